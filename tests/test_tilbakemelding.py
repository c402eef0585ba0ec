"""«Var denne siden nyttig?» and the comment form: validation, e-mail, POST to an endpoint, accessibility."""

import functools
import http.server
import json
import threading
from urllib.parse import parse_qs, unquote, urlparse

import pytest
from tilgjengelighet import axe_brudd

from utvikling.bygg import bygg, kopi_med
from utvikling.server import StilleHandler

pytestmark = pytest.mark.nettleser


class Mottak(StilleHandler):
    """Serves the site and takes POSTs to /api/tilbakemelding, answering with `svarkode`: a 3xx code
    redirects to /login (an expired intranet login), "henger" holds the answer back until `slipp` is set
    (at most 20 s), "brudd" closes the connection without an answer."""

    svarkode = 200
    mottatt = []
    hentet = []
    slipp = threading.Event()

    def do_GET(self):
        Mottak.hentet.append(self.path)
        super().do_GET()

    def do_POST(self):
        lengde = int(self.headers.get("Content-Length", 0))
        Mottak.mottatt.append((self.path, self.headers.get("Content-Type"), json.loads(self.rfile.read(lengde))))
        if Mottak.svarkode == "henger":
            Mottak.slipp.wait(20)
            return
        if Mottak.svarkode == "brudd":
            self.close_connection = True
            return
        self.send_response(Mottak.svarkode)
        if 300 <= Mottak.svarkode < 400:
            self.send_header("Location", "/login")
        self.send_header("Content-Length", "0")
        self.end_headers()


def bygg_med(tmp_path_factory, navn, tilbakemelding):
    mappe = tmp_path_factory.mktemp(navn)
    prosjekt = kopi_med(mappe / "p", {"extra": {"virksomhet": {"tilbakemelding": tilbakemelding}}})
    resultat = bygg(mappe / "site", config="test.yml", cwd=prosjekt)
    assert resultat.returncode == 0, resultat.stderr
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Mottak, directory=str(mappe / "site")))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}/"


@pytest.fixture(scope="module")
def med_endepunkt(tmp_path_factory):
    server, adresse = bygg_med(tmp_path_factory, "endepunkt", {"epost": "", "endepunkt": "/api/tilbakemelding"})
    yield adresse
    server.shutdown()


@pytest.fixture(scope="module")
def uten_mottak(tmp_path_factory):
    server, adresse = bygg_med(tmp_path_factory, "uten", {"epost": "", "endepunkt": ""})
    yield adresse
    server.shutdown()


@pytest.fixture(autouse=True)
def tomt_mottak():
    Mottak.mottatt.clear()
    Mottak.hentet.clear()
    Mottak.svarkode = 200
    Mottak.slipp.clear()
    yield
    Mottak.slipp.set()


def send_kommentar(side, tekst="Siden var nyttig.", navn="", epost=""):
    side.fill("#sm-kommentar-navn", navn)
    side.fill("#sm-kommentar-epost", epost)
    side.fill("#sm-kommentar-tekst", tekst)
    side.get_by_role("button", name="Send kommentar").click()


def test_skjemaet_har_obligatorisk_felt_og_paaminnelse(fane, adresse):
    fane.side.goto(adresse + "dialog/")
    skjema = fane.side.locator(".sm-kommentar form")
    assert skjema.is_visible()
    assert fane.side.locator("#sm-kommentar-tittel").inner_text() == "Kommentar til siden"
    assert "Feltet merket med * må fylles ut." in skjema.inner_text()
    # The one field marked with * is the one that is required, and only that one.
    merket = skjema.locator("label:has(span[aria-hidden=true])")
    assert merket.all_inner_texts() == ["Kommentar *"]
    assert skjema.locator("[required]").evaluate_all("e => e.map(f => f.id)") == ["sm-kommentar-tekst"]
    # It asks for name and e-mail (optional), so the note must not forbid writing about oneself.
    assert "Ikke skriv taushetsbelagt informasjon eller opplysninger om andre personer" in skjema.inner_text()
    assert "om deg selv" not in skjema.inner_text()


def test_med_bare_epost_vises_ikke_vurderingen(fane, adresse):
    # Nothing could send a rating without a comment: no thumbs, no «Takk for svaret!» for nothing.
    fane.side.goto(adresse + "dialog/", wait_until="networkidle")
    assert fane.side.locator(".sm-kommentar form").is_visible()
    assert fane.side.locator(".md-feedback").is_hidden()


def test_med_endepunkt_vises_vurderingen(fane, med_endepunkt):
    fane.side.goto(med_endepunkt + "dialog/", wait_until="networkidle")
    assert fane.side.locator(".md-feedback").is_visible()
    assert fane.side.locator(".md-feedback__title").inner_text().strip() == "Var denne siden nyttig?"


def test_tom_kommentar_og_feil_epost_gir_feil_ved_feltet_og_oppsummering(fane, adresse):
    side = fane.side
    side.goto(adresse + "dialog/")
    send_kommentar(side, tekst="  ", epost="ikke-en-adresse")
    oppsummering = side.locator(".sm-feiloppsummering")
    assert oppsummering.is_visible()
    assert oppsummering.evaluate("o => o === document.activeElement")
    assert oppsummering.locator("a").all_inner_texts() == ["Skriv e-postadressen slik: navn@eksempel.no", "Skriv en kommentar"]
    tekst = side.locator("#sm-kommentar-tekst")
    assert tekst.get_attribute("aria-invalid") == "true"
    assert side.locator("#" + tekst.get_attribute("aria-describedby").split()[-1]).inner_text() == "Skriv en kommentar"
    assert "sm-kommentar-epost-hint" in side.locator("#sm-kommentar-epost").get_attribute("aria-describedby")
    oppsummering.locator("a", has_text="Skriv en kommentar").click()
    assert tekst.evaluate("t => t === document.activeElement")
    assert axe_brudd(side) == []
    send_kommentar(side, tekst="Nå er det riktig.", epost="navn@eksempel.no")
    assert oppsummering.is_hidden()
    assert tekst.get_attribute("aria-invalid") is None
    assert side.locator(".sm-feil").count() == 0


def test_epost_lager_mailto_med_side_og_adresse(fane, adresse):
    side = fane.side
    side.goto(adresse + "personvern/?fra=epost#personvern")
    send_kommentar(side, tekst="Bra liste <b>&</b>", navn="Kari", epost="kari@eksempel.no")
    lenke = side.locator(".sm-kommentar__status a")
    assert lenke.evaluate("a => a === document.activeElement")
    href = lenke.get_attribute("href")
    assert href.startswith("mailto:kommunikasjon@virksomheten.example?")
    felt = parse_qs(urlparse(href).query)
    assert felt["subject"] == ["Kommentar til «Personvern - Sosiale medier i forvaltningen»"]
    kropp = felt["body"][0]
    # The page's address without query or fragment: those can carry what a reader typed elsewhere.
    assert f"Adresse: {adresse}personvern/\n" in kropp
    assert "Navn: Kari" in kropp and "E-post: kari@eksempel.no" in kropp
    assert kropp.endswith("Bra liste <b>&</b>")
    assert side.locator(".sm-kommentar b").count() == 0
    assert fane.fremmede() == [] and fane.konsollfeil == []


def test_post_til_endepunkt_gir_kvittering(fane, med_endepunkt):
    side = fane.side
    side.goto(med_endepunkt + "sanntid/", wait_until="networkidle")
    side.get_by_role("button", name="Nei, siden kan bli bedre").click()
    side.get_by_text("Takk for svaret! Fortell oss gjerne under hva som kan bli bedre.").wait_for()
    send_kommentar(side, tekst="Mer om svartid, takk.", epost="ola@eksempel.no")
    status = side.locator(".sm-kommentar__status")
    status.get_by_text("Takk! Kommentaren er sendt.").wait_for()
    assert status.get_attribute("role") == "status"
    vurdering, kommentar = Mottak.mottatt
    assert vurdering[2]["vurdering"] == "0" and "kommentar" not in vurdering[2]
    sti, type_, data = kommentar
    assert sti == "/api/tilbakemelding" and type_ == "application/json"
    assert data["kommentar"] == "Mer om svartid, takk." and data["epost"] == "ola@eksempel.no"
    assert data["side"] == "/sanntid/" and data["vurdering"] == "0"
    assert side.locator("#sm-kommentar-tekst").input_value() == ""
    assert fane.fremmede() == [] and fane.konsollfeil == []


def test_feil_fra_endepunktet_sies_tydelig(fane, med_endepunkt):
    Mottak.svarkode = 500
    side = fane.side
    side.goto(med_endepunkt + "sanntid/", wait_until="networkidle")
    send_kommentar(side, tekst="Hei")
    side.get_by_text("Kommentaren ble ikke sendt: feil 500 fra serveren. Prøv igjen senere.").wait_for()
    assert "Kommentaren står fortsatt i skjemaet." in side.locator(".sm-kommentar__status").inner_text()
    assert side.locator("#sm-kommentar-tekst").input_value() == "Hei"
    assert axe_brudd(side) == []


def test_uten_mottaker_vises_verken_skjema_eller_vurdering(fane, uten_mottak):
    fane.side.goto(uten_mottak + "dialog/", wait_until="networkidle")
    assert fane.side.locator(".sm-kommentar").count() == 0
    assert fane.side.locator(".md-feedback").is_hidden()


def test_kontaktsiden_har_ikke_skjemaet(fane, adresse):
    fane.side.goto(adresse + "kontakt/", wait_until="networkidle")
    assert fane.side.locator(".sm-kommentar").count() == 0
    assert fane.side.locator(".md-feedback").count() == 0


def test_uten_javascript_vises_epostadressen_ikke_skjemaet(fane_uten_js, adresse):
    side = fane_uten_js.side
    side.goto(adresse + "dialog/")
    assert side.locator(".sm-kommentar form").is_hidden()
    assert side.locator(".md-feedback").is_hidden()
    lenke = side.locator(".sm-kommentar__uten-js a")
    assert lenke.get_attribute("href") == "mailto:kommunikasjon@virksomheten.example"


def test_axe_med_vurdering_og_utfylt_skjema(fane, med_endepunkt):
    side = fane.side
    side.goto(med_endepunkt + "eierskap/", wait_until="networkidle")
    assert axe_brudd(side) == []
    side.get_by_role("button", name="Ja, siden var nyttig").click()
    side.get_by_text("Takk for svaret! Skriv gjerne en kommentar under.").wait_for()
    send_kommentar(side, tekst="Takk")
    side.get_by_text("Takk! Kommentaren er sendt.").wait_for()
    assert axe_brudd(side) == []


@pytest.mark.parametrize("kode", [301, 302, 303, 307])
def test_omdirigering_til_innlogging_er_ikke_sendt(fane, med_endepunkt, kode):
    # An expired intranet login answers with a redirect: nothing reached the endpoint.
    Mottak.svarkode = kode
    side = fane.side
    side.goto(med_endepunkt + "sanntid/", wait_until="networkidle")
    Mottak.hentet.clear()
    send_kommentar(side, tekst="Viktig innspill")
    status = side.locator(".sm-kommentar__status")
    status.get_by_text("Kommentaren ble ikke sendt: serveren ba om innlogging.").wait_for()
    assert "Logg inn på nytt" in status.inner_text()
    assert "Takk" not in status.inner_text()
    assert side.locator("#sm-kommentar-tekst").input_value() == "Viktig innspill"
    assert "/login" not in Mottak.hentet
    assert axe_brudd(side) == []


@pytest.mark.parametrize("svar", [500, 404, "brudd"])
def test_vurdering_som_ikke_kom_fram_sies(fane, med_endepunkt, svar):
    Mottak.svarkode = svar
    side = fane.side
    side.goto(med_endepunkt + "dialog/", wait_until="networkidle")
    side.get_by_role("button", name="Ja, siden var nyttig").click()
    side.get_by_text("Svaret ble ikke sendt:").wait_for()
    assert side.locator(".md-feedback__note").get_by_text("Takk for svaret!").all() != []
    assert all(n.is_hidden() for n in side.locator(".md-feedback__note").get_by_text("Takk for svaret!").all())
    # The reader can try again, and then it is thanked.
    Mottak.svarkode = 200
    side.get_by_role("button", name="Ja, siden var nyttig").click()
    side.get_by_text("Takk for svaret! Skriv gjerne en kommentar under.").wait_for()
    assert side.get_by_text("Svaret ble ikke sendt:").count() == 0


def test_nettverksbrudd_sies_og_kommentaren_blir(fane, med_endepunkt):
    Mottak.svarkode = "brudd"
    side = fane.side
    side.goto(med_endepunkt + "dialog/", wait_until="networkidle")
    send_kommentar(side, tekst="Hei")
    side.get_by_text("Kommentaren ble ikke sendt: fikk ikke kontakt med serveren.").wait_for()
    assert side.locator("#sm-kommentar-tekst").input_value() == "Hei"


def test_endepunkt_som_henger_viser_sending_sender_en_gang_og_gir_opp(fane, med_endepunkt):
    Mottak.svarkode = "henger"
    side = fane.side
    side.clock.install()
    side.goto(med_endepunkt + "dialog/", wait_until="networkidle")
    send_kommentar(side, tekst="Bare én gang")
    status = side.locator(".sm-kommentar__status")
    status.get_by_text("Sender kommentaren …").wait_for()
    # A second send while the first waits does not send the comment again.
    side.locator(".sm-kommentar form").evaluate("f => f.requestSubmit()")
    side.wait_for_timeout(300)
    assert len(Mottak.mottatt) == 1
    assert side.get_by_role("button", name="Send kommentar").get_attribute("aria-disabled") == "true"
    side.clock.fast_forward(10_500)
    status.get_by_text("Kommentaren ble ikke sendt: serveren svarte ikke på 10 sekunder.").wait_for()
    assert side.locator("#sm-kommentar-tekst").input_value() == "Bare én gang"
    assert side.get_by_role("button", name="Send kommentar").get_attribute("aria-disabled") is None
    assert len(Mottak.mottatt) == 1


def test_adressen_som_sendes_har_verken_spoerring_eller_fragment(fane, med_endepunkt):
    # A filled-in generator's share link carries e-mail and phone in the fragment: not sent with a comment.
    side = fane.side
    side.goto(med_endepunkt + "ansvarsbegrensning/?kilde=x#generator?epost=kari@eksempel.no&telefon=22000000")
    side.wait_for_load_state("networkidle")
    send_kommentar(side, tekst="Fin generator")
    side.get_by_text("Takk! Kommentaren er sendt.").wait_for()
    (_, _, data), = Mottak.mottatt
    assert data["adresse"] == med_endepunkt + "ansvarsbegrensning/"
    assert "kari" not in json.dumps(data) and "22000000" not in json.dumps(data)


def test_halvt_tegnpar_gir_ingen_ukontrollert_feil(fane, adresse):
    # A lone surrogate (half an emoji) made encodeURIComponent throw with no message.
    side = fane.side
    side.goto(adresse + "dialog/", wait_until="networkidle")
    side.locator("#sm-kommentar-navn").evaluate("f => (f.value = 'Kari \\uD83D')")
    side.locator("#sm-kommentar-tekst").evaluate("f => (f.value = 'Hei \\uDE00 der')")
    side.get_by_role("button", name="Send kommentar").click()
    href = side.locator(".sm-kommentar__status a").get_attribute("href")
    assert "Hei \ufffd der" in unquote(href)
    assert fane.konsollfeil == []


def test_for_lang_verdi_fra_skript_kuttes_til_feltets_grense(fane, med_endepunkt):
    side = fane.side
    side.goto(med_endepunkt + "dialog/", wait_until="networkidle")
    side.locator("#sm-kommentar-tekst").evaluate("f => (f.value = 'a'.repeat(100000))")
    side.get_by_role("button", name="Send kommentar").click()
    side.get_by_text("Takk! Kommentaren er sendt.").wait_for()
    (_, _, data), = Mottak.mottatt
    assert len(data["kommentar"]) == 2000
