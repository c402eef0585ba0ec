"""«Var denne siden nyttig?» and the comment form: validation, e-mail, POST to an endpoint, accessibility."""

import functools
import http.server
import json
import threading
from urllib.parse import parse_qs, unquote, urlparse

import pytest

from bygg import bygg, kopi_med
from conftest import StilleHandler
from tilgjengelighet import axe_brudd


class Mottak(StilleHandler):
    """Serves the site and takes POSTs to /api/tilbakemelding, answering with `svarkode`."""

    svarkode = 200
    mottatt = []

    def do_POST(self):
        lengde = int(self.headers.get("Content-Length", 0))
        Mottak.mottatt.append((self.path, self.headers.get("Content-Type"), json.loads(self.rfile.read(lengde))))
        self.send_response(Mottak.svarkode)
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
    Mottak.svarkode = 200


def send_kommentar(side, tekst="Siden var nyttig.", navn="", epost=""):
    side.fill("#sm-kommentar-navn", navn)
    side.fill("#sm-kommentar-epost", epost)
    side.fill("#sm-kommentar-tekst", tekst)
    side.get_by_role("button", name="Send kommentar").click()


def test_skjemaet_har_obligatorisk_felt_og_paaminnelse(fane, adresse):
    fane.side.goto(adresse + "dialog/")
    skjema = fane.side.locator(".sm-kommentar form")
    assert skjema.is_visible()
    assert "* obligatorisk felt som du må fylle ut" in skjema.inner_text()
    assert "Ikke skriv personopplysninger eller annen taushetsbelagt informasjon" in skjema.inner_text()
    assert fane.side.get_by_role("textbox", name="Kommentar").get_attribute("required") is not None
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
    side.goto(adresse + "personvern/")
    side.get_by_role("button", name="Ja, siden var nyttig").click()
    assert side.get_by_text("Takk for svaret! Skriv gjerne en kommentar under.").is_visible()
    send_kommentar(side, tekst="Bra liste <b>&</b>", navn="Kari", epost="kari@eksempel.no")
    lenke = side.locator(".sm-kommentar__status a")
    assert lenke.evaluate("a => a === document.activeElement")
    href = lenke.get_attribute("href")
    assert href.startswith("mailto:kommunikasjon@virksomheten.example?")
    felt = parse_qs(urlparse(href).query)
    assert felt["subject"] == ["Kommentar til «Personvern - Sosiale medier i forvaltningen»"]
    kropp = felt["body"][0]
    assert f"Adresse: {adresse}personvern/" in kropp
    assert "Nyttig: ja" in kropp and "Navn: Kari" in kropp and "E-post: kari@eksempel.no" in kropp
    assert kropp.endswith("Bra liste <b>&</b>")
    assert side.locator(".sm-kommentar b").count() == 0
    assert fane.fremmede() == [] and fane.konsollfeil == []


def test_post_til_endepunkt_gir_kvittering(fane, med_endepunkt):
    side = fane.side
    side.goto(med_endepunkt + "sanntid/", wait_until="networkidle")
    side.get_by_role("button", name="Nei, siden kan bli bedre").click()
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
    side.get_by_text("Kommentaren ble ikke sendt (feil 500 fra serveren). Prøv igjen senere.").wait_for()
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


def test_axe_med_vurdering_og_utfylt_skjema(fane, adresse):
    side = fane.side
    side.goto(adresse + "eierskap/", wait_until="networkidle")
    assert axe_brudd(side) == []
    side.get_by_role("button", name="Ja, siden var nyttig").click()
    send_kommentar(side, tekst="Takk")
    assert axe_brudd(side) == []
    assert unquote(side.locator(".sm-kommentar__status a").get_attribute("href")).endswith("Takk")
