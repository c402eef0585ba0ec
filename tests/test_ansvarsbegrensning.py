"""The disclaimer generator in Chromium: preview, settings, validation, copy, download, sharing, safety."""

import re
from urllib.parse import quote

import pytest
from ansvarsbegrensning_hjelp import (
    FELT,
    GENITIV_JS,
    PLATTFORMER,
    SIDE,
    aapne_generatoren,
    forventet,
    fyll,
    innstillinger,
    kildens_forslag,
    plattformtall,
    rolig,
    skjemaverdier,
    tall,
    tekst,
    tom_skjema,
)
from navigasjon import nav_lenke, rask_navigasjon
from playwright.sync_api import expect
from tilgjengelighet import axe_brudd

from utvikling.server import kopi_servert

pytestmark = pytest.mark.nettleser

VEGVESEN = dict(
    navn="Statens vegvesen",
    kanal="instagram",
    avdeling="seksjon for kommunikasjon",
    epost="firmapost@vegvesen.no",
    telefon="22 07 30 00",
    betjent="hverdager kl. 8–16",
)


def test_forhandsvisning_for_typisk_utfylling(fane, adresse):
    side = fane.side
    aapne_generatoren(side, adresse)
    fyll(side, **VEGVESEN)
    assert tekst(side) == (
        "Denne Instagram-kontoen redigeres av Statens vegvesens seksjon for kommunikasjon. Vi behandler ikke "
        "enkeltsaker her. Har du en sak du ønsker at vi skal behandle, ber vi deg om å kontakte oss på "
        "firmapost@vegvesen.no eller 22 07 30 00.\n\n"
        "Husk at alt du skriver her, er synlig for andre. Personsensitive og private opplysninger, enten det gjelder "
        "deg selv eller andre, må ikke publiseres, og kan bli slettet av oss.\n\n"
        "Vi forbeholder oss retten til, uten varsel, å slette innlegg som vi mener er støtende, krenkende, truende "
        "eller på annen måte representerer uakseptable former for ytringer. Dette inkluderer, men begrenser seg ikke "
        "til, ytringer som vurderes å være ærekrenkende, truende, pornografiske eller rasistiske. Ved brudd på "
        "retningslinjene vil vi vurdere utestengelse.\n\n"
        "Kommentarer skal ikke brukes til kommersiell markedsføring. Statens vegvesen står ikke ansvarlig for "
        "innhold på eksterne sider som det lenkes til.\n\n"
        "Vi tilstreber å besvare henvendelser så snart som mulig, men tar forbehold om at Instagram-kontoen ikke er "
        "bemannet utenom hverdager kl. 8–16."
    )
    assert tekst(side) == forventet(**{**VEGVESEN, "kanal": "Instagram-kontoen"})
    assert side.locator("#sm-ansvarsbegrensning-antall").inner_text() == f"{len(tekst(side)):,}".replace(",", "\u00a0") + " tegn"
    # The polite status speaks once the reader pauses, not on every keystroke.
    expect(side.locator("#sm-ansvarsbegrensning-status")).to_have_text(f"Teksten er oppdatert: {tall(side.locator('#sm-ansvarsbegrensning-antall').inner_text())[0]:,} tegn.".replace(",", "\u00a0"))
    assert fane.konsollfeil == []


def test_bare_epost_eller_bare_telefon(fane, adresse):
    side = fane.side
    aapne_generatoren(side, adresse)
    fyll(side, **{**VEGVESEN, "telefon": ""})
    assert "kontakte oss på firmapost@vegvesen.no." in tekst(side)
    fyll(side, epost="", telefon="+47 22 07 30 00")
    assert "kontakte oss på +47 22 07 30 00." in tekst(side)


def test_kanal_skrevet_selv_og_intetkjonn(fane, adresse):
    side = fane.side
    aapne_generatoren(side, adresse)
    annen = side.locator("#sm-ansvarsbegrensning-annen")
    expect(annen).to_be_hidden()
    fyll(side, kanal="annet")
    expect(annen).to_be_visible()
    fyll(side, annen="Snapchat-kontoen")
    assert tekst(side).startswith("Denne Snapchat-kontoen redigeres av")
    assert "forbehold om at Snapchat-kontoen ikke er bemannet" in tekst(side)
    fyll(side, annen="nettstedet")
    assert tekst(side).startswith("Dette nettstedet redigeres av")


def test_tomt_skjema_gir_kildens_tekst_som_staar_pa_siden(fane, adresse):
    side = fane.side
    aapne_generatoren(side, adresse)
    tom_skjema(side)
    statisk = side.eval_on_selector_all(".sm-forslag p", "ps => ps.map(p => p.textContent)")
    assert statisk == kildens_forslag()
    assert tekst(side) == "\n\n".join(statisk)


def test_teksten_uten_javascript_er_den_samme_som_generatoren_lager(fane, fane_uten_js, adresse):
    fane_uten_js.side.goto(adresse + SIDE)
    uten_js = "\n\n".join(fane_uten_js.side.locator("#sm-ansvarsbegrensning-tekst p").all_text_contents())
    aapne_generatoren(fane.side, adresse)
    assert tekst(fane.side) == uten_js
    assert fane.side.locator("#sm-ansvarsbegrensning-antall").inner_text() == fane_uten_js.side.locator("#sm-ansvarsbegrensning-antall").inner_text()
    # The same places to break a line: the e-mail address after «@» and before «.» (on a phone without
    # JavaScript it broke in the middle of a word).
    avsnitt = "#sm-ansvarsbegrensning-tekst p"
    uten_js_html = [p.inner_html() for p in fane_uten_js.side.locator(avsnitt).all()]
    assert "kommunikasjon@<wbr>virksomheten<wbr>.example" in "".join(uten_js_html)
    assert [p.inner_html() for p in fane.side.locator(avsnitt).all()] == uten_js_html


def test_standardverdier_kommer_fra_innstillingene(fane, adresse):
    v = innstillinger()
    aapne_generatoren(fane.side, adresse)
    assert skjemaverdier(fane.side) == {
        "navn": v["navn"], "annen": "", "avdeling": v["kommunikasjonsavdeling"], "epost": v["epost"],
        "telefon": v["telefon"], "betjent": v["betjent"], "adresse": "", "kanal": "facebook", "med": [True, True],
    }
    forventes = forventet(v["navn"], "Facebook-siden", v["kommunikasjonsavdeling"], v["epost"], v["telefon"], v["betjent"])
    assert tekst(fane.side) == forventes


@pytest.fixture(scope="module")
def vegvesen_adresse(tmp_path_factory):
    """A build for another agency, served: the form and the text are pre-filled for it."""
    tmp = tmp_path_factory.mktemp("vegvesen")
    virksomhet = {
        "navn": "Statens vegvesen",
        "kommunikasjonsavdeling": "seksjon for kommunikasjon",
        "epost": "firmapost@vegvesen.no",
        "telefon": "22 07 30 00",
        "betjent": "hverdager kl. 8–16",
    }
    with kopi_servert(tmp, {"extra": {"virksomhet": virksomhet}}) as adresse:
        yield adresse


def test_annen_virksomhet_far_skjema_og_tekst_fylt_ut(fane, fane_uten_js, vegvesen_adresse):
    aapne_generatoren(fane.side, vegvesen_adresse)
    verdier = skjemaverdier(fane.side)
    assert {k: verdier[k] for k in ("navn", "avdeling", "epost", "telefon", "betjent")} == {
        "navn": "Statens vegvesen", "avdeling": "seksjon for kommunikasjon", "epost": "firmapost@vegvesen.no",
        "telefon": "22 07 30 00", "betjent": "hverdager kl. 8–16",
    }
    forventes = forventet(**{**VEGVESEN, "kanal": "Facebook-siden"})
    assert tekst(fane.side) == forventes
    assert "Denne Facebook-siden redigeres av Statens vegvesens seksjon for kommunikasjon." in forventes
    assert "kontakte oss på firmapost@vegvesen.no eller 22 07 30 00." in forventes
    assert "ikke er bemannet utenom hverdager kl. 8–16." in forventes
    # Without JavaScript: the same pre-filled form and text.
    fane_uten_js.side.goto(vegvesen_adresse + SIDE)
    assert fane_uten_js.side.locator("#sm-ansvarsbegrensning-navn").get_attribute("value") == "Statens vegvesen"
    assert "\n\n".join(fane_uten_js.side.locator("#sm-ansvarsbegrensning-tekst p").all_text_contents()) == forventes


def test_valgfrie_setninger_kan_slaas_av(fane, adresse):
    side = fane.side
    aapne_generatoren(side, adresse)
    fyll(side, **VEGVESEN)
    full = tekst(side)
    side.get_by_label("Ta med at kommentarer ikke skal brukes til kommersiell markedsføring").uncheck()
    uten_markedsfoering = tekst(side)
    assert "kommersiell markedsføring" not in uten_markedsfoering
    assert "Statens vegvesen står ikke ansvarlig for innhold på eksterne sider som det lenkes til." in uten_markedsfoering
    assert uten_markedsfoering == forventet(**{**VEGVESEN, "kanal": "Instagram-kontoen"}, uten={"markedsforing"})
    side.get_by_label("Ta med at virksomheten ikke står ansvarlig for innhold på eksterne sider").uncheck()
    kjerne = tekst(side)
    assert "eksterne sider" not in kjerne
    assert len(kjerne.split("\n\n")) == 4
    for setning in ("Vi behandler ikke enkeltsaker her.", "Personsensitive og private opplysninger", "Vi forbeholder oss retten til"):
        assert setning in kjerne
    assert tall(side.locator("#sm-ansvarsbegrensning-antall").inner_text())[0] == len(kjerne) < len(full)


@pytest.mark.parametrize("navn,genitiv", GENITIV_JS.items())
def test_genitiv_i_nettleseren(fane, adresse, navn, genitiv):
    aapne_generatoren(fane.side, adresse)
    assert fane.side.evaluate("n => window.ansvarsbegrensning.genitiv(n)", navn) == genitiv


@pytest.mark.parametrize(
    "navn,genitiv",
    [("Norsk Tipping AS", "Norsk Tipping AS\u2019"), ("Datatilsynet", "Datatilsynets"), ("Fritz ", "Fritz\u2019"), ("Statens vegvesens", "Statens vegvesens")],
)
def test_genitiv_i_forhandsvisningen(fane, adresse, navn, genitiv):
    aapne_generatoren(fane.side, adresse)
    fyll(fane.side, navn=navn)
    assert f"redigeres av {genitiv} kommunikasjonsavdeling." in tekst(fane.side)
    assert f"{navn.strip()} står ikke ansvarlig" in tekst(fane.side)


def test_form_med_i_for_lange_navn_og_navn_uten_genitiv(fane, adresse):
    side = fane.side
    aapne_generatoren(side, adresse)
    fyll(side, navn="Forsvarets forskningsinstitutt (FFI)")
    # «(FFI)s» is wrong: the name cannot take an s, and the form says what to do.
    assert "(FFI)s" not in tekst(side)
    side.locator("#sm-ansvarsbegrensning-betjent").press("Enter")
    expect(side.locator("#sm-ansvarsbegrensning-navn-feil")).to_have_text(re.compile(r"slutter med «\)» og kan ikke få genitiv-s"))
    bestemt = side.locator("#sm-ansvarsbegrensning-bestemt")
    expect(bestemt).to_be_hidden()
    side.get_by_label(re.compile("^Med «i» og navnet etter")).check()
    expect(bestemt).to_be_visible()
    fyll(side, bestemt="kommunikasjonsavdelingen")
    assert tekst(side).startswith("Denne Facebook-siden redigeres av kommunikasjonsavdelingen i Forsvarets forskningsinstitutt (FFI).")
    expect(side.locator("#sm-ansvarsbegrensning-navn-feil")).to_be_hidden()
    # The choice travels with a shared link.
    fane.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=adresse.rstrip("/"))
    side.get_by_role("button", name="Kopier lenke til utfylt skjema", exact=True).click()
    ny = fane.context.new_page()
    ny.goto(side.locator("#sm-ansvarsbegrensning-lenke").input_value())
    ny.wait_for_function("document.querySelector('[data-sm-ansvarsbegrensning]')?.dataset.klar === '1'")
    assert tekst(ny) == tekst(side)


def test_avdeling_med_virksomhetens_navn_gir_feil(fane, adresse):
    side = fane.side
    aapne_generatoren(side, adresse)
    fyll(side, navn="Statens vegvesen", avdeling="Statens vegvesens kommunikasjonsavdeling")
    side.locator("#sm-ansvarsbegrensning-avdeling").press("Enter")
    expect(side.locator("#sm-ansvarsbegrensning-avdeling-feil")).to_have_text("Skriv avdelingen uten virksomhetens navn: navnet står allerede foran avdelingen i teksten.")


def test_flertall_gir_disse(fane, adresse):
    side = fane.side
    aapne_generatoren(side, adresse)
    fyll(side, kanal="annet", annen="Facebook-sidene")
    assert tekst(side).startswith("Disse Facebook-sidene redigeres av")


# ---- validation ----------------------------------------------------------------------------------

FEILMELDINGER = {
    "navn": "Skriv inn navnet på virksomheten.",
    "annen": "Skriv inn kanalen, for eksempel «Snapchat-kontoen».",
    "avdeling": "Skriv inn avdelingen som redigerer kanalen.",
    "epost": "Skriv inn en e-postadresse på formen navn@virksomhet.no.",
    "telefon": "Skriv inn et telefonnummer med 8 siffer, for eksempel 22 07 30 00 eller +47 22 07 30 00.",
    "betjent": "Skriv inn når kanalen er bemannet, for eksempel «normal arbeidstid».",
    "adresse": "Skriv inn en fullstendig adresse som begynner med https://, eller la feltet stå tomt.",
}


def lag_teksten(side):
    """The text follows the form; Enter in a field checks the form (there is no «Lag teksten» button)."""
    side.locator("#sm-ansvarsbegrensning-betjent").press("Enter")


def test_teksten_foelger_skjemaet_uten_egen_knapp(fane, adresse):
    side = fane.side
    aapne_generatoren(side, adresse)
    expect(side.get_by_role("button", name="Lag teksten", exact=True)).to_have_count(0)
    fyll(side, navn="Skatteetaten")
    assert tekst(side).startswith("Denne Facebook-siden redigeres av Skatteetatens")


def test_feiloppsummering_med_lenker_og_fokus(fane, adresse):
    side = fane.side
    aapne_generatoren(side, adresse)
    fyll(side, navn="", kanal="annet", avdeling=" ", epost="ikke-en-adresse", telefon="123", betjent="", adresse="vegvesen.no")
    lag_teksten(side)
    sammendrag = side.locator(".sm-ansvarsbegrensning__sammendrag")
    expect(sammendrag).to_be_visible()
    expect(sammendrag).to_be_focused()
    expect(sammendrag.get_by_role("heading")).to_have_text("Rett opp dette før du kopierer eller laster ned teksten")
    lenker = sammendrag.get_by_role("link")
    assert lenker.all_text_contents() == list(FEILMELDINGER.values())
    assert [lenke.get_attribute("href") for lenke in lenker.all()] == [f"#sm-ansvarsbegrensning-{n}" for n in FEILMELDINGER]
    for navn, melding in FEILMELDINGER.items():
        felt = side.locator(f"#sm-ansvarsbegrensning-{navn}")
        assert felt.get_attribute("aria-invalid") == "true"
        beskrevet = felt.get_attribute("aria-describedby").split()
        assert beskrevet[0] == f"sm-ansvarsbegrensning-{navn}-feil"
        assert side.locator(f"#sm-ansvarsbegrensning-{navn}-feil").inner_text() == melding
        expect(felt).to_have_accessible_description(re.compile(re.escape(melding)))
        if side.locator(f"#sm-ansvarsbegrensning-{navn}-hint").count():
            assert f"sm-ansvarsbegrensning-{navn}-hint" in beskrevet
    # A link in the summary moves focus to its field.
    lenker.nth(3).click()
    expect(side.locator("#sm-ansvarsbegrensning-epost")).to_be_focused()
    assert "#sm-ansvarsbegrensning" not in side.url
    assert fane.konsollfeil == []


def test_rettet_feil_forsvinner_og_teksten_lages(fane, adresse):
    side = fane.side
    aapne_generatoren(side, adresse)
    fyll(side, navn="")
    lag_teksten(side)
    expect(side.locator("#sm-ansvarsbegrensning-navn-feil")).to_be_visible()
    fyll(side, navn="Datatilsynet")
    expect(side.locator("#sm-ansvarsbegrensning-navn-feil")).to_be_hidden()
    expect(side.locator(".sm-ansvarsbegrensning__sammendrag")).to_be_hidden()
    navn = side.locator("#sm-ansvarsbegrensning-navn")
    assert navn.get_attribute("aria-invalid") is None
    assert navn.get_attribute("aria-describedby") == "sm-ansvarsbegrensning-navn-hint"
    lag_teksten(side)
    expect(side.locator("#sm-ansvarsbegrensning-resultat")).to_be_focused()


def test_epost_eller_telefon_er_paakrevd(fane, adresse):
    side = fane.side
    aapne_generatoren(side, adresse)
    fyll(side, epost="", telefon="")
    lag_teksten(side)
    expect(side.locator(".sm-ansvarsbegrensning__sammendrag li")).to_have_text(["Skriv inn e-postadresse eller telefonnummer, eller begge."])
    assert side.locator("#sm-ansvarsbegrensning-epost").get_attribute("aria-invalid") == "true"
    fyll(side, telefon="22 07 30 00")
    expect(side.locator(".sm-ansvarsbegrensning__sammendrag")).to_be_hidden()


@pytest.mark.parametrize("nummer", ["22 07 30 00", "22073000", "+47 22 07 30 00", "+4722073000", "0047 22 07 30 00", " 915 12 345 "])
def test_gyldige_telefonnummer(fane, adresse, nummer):
    aapne_generatoren(fane.side, adresse)
    fyll(fane.side, telefon=nummer)
    lag_teksten(fane.side)
    expect(fane.side.locator("#sm-ansvarsbegrensning-resultat")).to_be_focused()


@pytest.mark.parametrize("nummer", ["2207300", "220730001", "+46 22 07 30 00", "22-07-30-00", "tlf 22073000", "+47+22073000"])
def test_ugyldige_telefonnummer(fane, adresse, nummer):
    aapne_generatoren(fane.side, adresse)
    fyll(fane.side, telefon=nummer)
    lag_teksten(fane.side)
    expect(fane.side.locator("#sm-ansvarsbegrensning-telefon-feil")).to_have_text(FEILMELDINGER["telefon"])


@pytest.mark.parametrize("epost,gyldig", [
    ("firmapost@vegvesen.no", True), ("post.mottak@skatteetaten.no", True), ("a@b.co", True),
    ("firmapost", False), ("firmapost@vegvesen", False), ("@vegvesen.no", False), ("to@@vegvesen.no", False),
    ("med mellomrom@vegvesen.no", False), ("<b>@vegvesen.no", False),
])
def test_epostadresser(fane, adresse, epost, gyldig):
    aapne_generatoren(fane.side, adresse)
    fyll(fane.side, epost=epost)
    lag_teksten(fane.side)
    if gyldig:
        expect(fane.side.locator("#sm-ansvarsbegrensning-resultat")).to_be_focused()
    else:
        expect(fane.side.locator("#sm-ansvarsbegrensning-epost-feil")).to_have_text(FEILMELDINGER["epost"])


def test_enter_i_et_felt_sender_skjemaet_og_alt_gaar_med_tastatur(fane, adresse):
    side = fane.side
    aapne_generatoren(side, adresse)
    fyll(side, navn="")
    side.locator("#sm-ansvarsbegrensning-betjent").press("Enter")
    expect(side.locator(".sm-ansvarsbegrensning__sammendrag")).to_be_focused()
    side.keyboard.press("Tab")
    expect(side.locator(".sm-ansvarsbegrensning__sammendrag a")).to_be_focused()
    side.keyboard.press("Enter")
    expect(side.locator("#sm-ansvarsbegrensning-navn")).to_be_focused()
    side.keyboard.type("Skatteetaten")
    side.keyboard.press("Enter")
    expect(side.locator("#sm-ansvarsbegrensning-resultat")).to_be_focused()
    # From the last checkbox, Tab reaches «Kopier teksten»; its focus ring is visible.
    side.locator("#sm-ansvarsbegrensning-med-eksterne-lenker").focus()
    side.keyboard.press("Tab")
    knapp = side.get_by_role("button", name="Kopier teksten", exact=True)
    expect(knapp).to_be_focused()
    assert knapp.evaluate("b => getComputedStyle(b).outlineStyle") != "none"


def test_felt_har_synlig_fokus_og_maksimal_lengde(fane, adresse):
    side = fane.side
    aapne_generatoren(side, adresse)
    for navn in FELT:
        felt = side.locator(f"#sm-ansvarsbegrensning-{navn}")
        assert int(felt.get_attribute("maxlength")) > 0
        if felt.is_visible():
            side.locator(f"label[for=sm-ansvarsbegrensning-{navn}]").click()
            side.keyboard.press("End")
            assert felt.evaluate("e => getComputedStyle(e).outlineStyle") == "solid"


# ---- copy, download, share -----------------------------------------------------------------------


def test_kopier_teksten_til_utklippstavlen(fane, adresse):
    fane.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=adresse.rstrip("/"))
    side = fane.side
    aapne_generatoren(side, adresse)
    fyll(side, **VEGVESEN)
    side.get_by_role("button", name="Kopier teksten", exact=True).click()
    expect(side.locator(".sm-ansvarsbegrensning__resultat [data-melding]")).to_have_text("Teksten er kopiert.")
    assert side.evaluate("navigator.clipboard.readText()") == tekst(side)
    side.get_by_role("button", name="Kopier teksten for TikTok", exact=True).click()
    tiktok = side.locator("[data-plattform=tiktok]")
    expect(tiktok.locator("[data-melding]")).to_have_text("Teksten for TikTok er kopiert.")
    assert side.evaluate("navigator.clipboard.readText()") == tiktok.locator("[data-kort]").text_content()


def test_kopiering_uten_utklippstavle_bruker_markert_tekst(fane, adresse):
    side = fane.side
    aapne_generatoren(side, adresse)
    side.evaluate("""() => {
        Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('nei')) } });
        window.__kopiert = null;
        document.execCommand = cmd => { window.__kopiert = document.activeElement.value; return cmd === 'copy'; };
    }""")
    knapp = side.get_by_role("button", name="Kopier teksten", exact=True)
    tekstfelt = side.locator("textarea").count()
    knapp.click()
    expect(side.locator(".sm-ansvarsbegrensning__resultat [data-melding]")).to_have_text("Teksten er kopiert.")
    assert side.evaluate("window.__kopiert") == tekst(side)
    expect(knapp).to_be_focused()
    assert side.locator("textarea").count() == tekstfelt


def test_kopiering_krever_gyldig_skjema(fane, adresse):
    side = fane.side
    aapne_generatoren(side, adresse)
    fyll(side, navn="")
    side.get_by_role("button", name="Kopier teksten", exact=True).click()
    expect(side.locator(".sm-ansvarsbegrensning__sammendrag")).to_be_focused()
    expect(side.locator(".sm-ansvarsbegrensning__resultat [data-melding]")).to_have_text("")


def test_last_ned_gir_tekstfil(fane, adresse):
    side = fane.side
    aapne_generatoren(side, adresse)
    fyll(side, **VEGVESEN)
    with side.expect_download() as nedlasting:
        side.get_by_role("button", name="Last ned (.txt)", exact=True).click()
    fil = nedlasting.value
    assert fil.suggested_filename == "ansvarsbegrensning.txt"
    with open(fil.path(), encoding="utf-8") as f:
        assert f.read() == tekst(side)
    expect(side.locator(".sm-ansvarsbegrensning__resultat [data-melding]")).to_have_text("Teksten er lastet ned som ansvarsbegrensning.txt.")


def test_delt_lenke_fyller_ut_skjemaet(fane, adresse):
    fane.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=adresse.rstrip("/"))
    side = fane.side
    aapne_generatoren(side, adresse)
    fyll(side, **{**VEGVESEN, "kanal": "annet"}, annen="Flickr-albumet", adresse="https://www.vegvesen.no/om-oss")
    side.get_by_label("Ta med at kommentarer ikke skal brukes til kommersiell markedsføring").uncheck()
    side.get_by_role("button", name="Kopier lenke til utfylt skjema", exact=True).click()
    expect(side.locator(".sm-ansvarsbegrensning__resultat [data-melding]")).to_have_text("Lenken er kopiert. Den som åpner den, får skjemaet ferdig utfylt.")
    lenke = side.locator("#sm-ansvarsbegrensning-lenke").input_value()
    assert lenke.startswith(adresse + SIDE + "#generator?")
    assert side.evaluate("navigator.clipboard.readText()") == lenke
    ny = fane.context.new_page()
    ny.goto(lenke)
    ny.wait_for_function("document.querySelector('[data-sm-ansvarsbegrensning]')?.dataset.klar === '1'")
    assert skjemaverdier(ny) == skjemaverdier(side)
    assert tekst(ny) == tekst(side)
    assert tekst(ny).startswith("Dette Flickr-albumet redigeres av Statens vegvesens seksjon for kommunikasjon.")
    assert ny.locator("#sm-ansvarsbegrensning-annen").is_visible()


def test_utskrift_viser_bare_teksten(fane, adresse):
    side = fane.side
    aapne_generatoren(side, adresse)
    side.emulate_media(media="print")
    expect(side.locator(".sm-ansvarsbegrensning__skjema")).to_be_hidden()
    expect(side.locator(".sm-ansvarsbegrensning__profiler")).to_be_hidden()
    expect(side.get_by_role("button", name="Kopier teksten", exact=True)).to_be_hidden()
    expect(side.locator("#sm-ansvarsbegrensning-tekst")).to_be_visible()


def test_verdier_fra_lenke_kontrolleres(fane, adresse):
    side = fane.side
    lang = "A" * 500
    aapne_generatoren(side, adresse, f"#generator?navn={lang}&kanal=myspace&telefon={'9' * 50}&uten=finnes-ikke,eksterne-lenker&ukjent=1")
    verdier = skjemaverdier(side)
    assert verdier["navn"] == "A" * 120
    assert verdier["telefon"] == "9" * 20
    assert verdier["kanal"] == "facebook"
    assert verdier["med"] == [True, False]
    assert verdier["epost"] == innstillinger()["epost"]


# ---- safety ---------------------------------------------------------------------------------------

NYTTELAST = ['<img src=x onerror=window.__xss=1>', '"><script>window.__xss=1</script>', "<svg onload=window.__xss=1>"]


def elementer(side):
    return side.evaluate("() => [...document.querySelectorAll('img, script, iframe, svg')].length")


@pytest.mark.parametrize("last", NYTTELAST)
def test_skript_og_html_i_alle_felt_er_uskadelig(fane, adresse, last):
    side = fane.side
    aapne_generatoren(side, adresse)
    for_ = elementer(side)
    fyll(side, kanal="annet")
    fyll(side, **{navn: last for navn in FELT})
    lag_teksten(side)
    side.get_by_role("button", name="Kopier lenke til utfylt skjema", exact=True).click()
    assert side.evaluate("window.__xss") is None
    assert elementer(side) == for_
    assert side.locator("[data-sm-ansvarsbegrensning] img, [data-sm-ansvarsbegrensning] svg, [data-sm-ansvarsbegrensning] script:not(#sm-ansvarsbegrensning-data)").count() == 0
    navn = side.locator("#sm-ansvarsbegrensning-navn").input_value()
    assert navn == last
    assert f"redigeres av {last}s" in tekst(side) or f"redigeres av {last}'" in tekst(side)
    assert last in side.locator("#sm-ansvarsbegrensning-tekst").inner_text()
    assert fane.konsollfeil == []


@pytest.mark.parametrize("last", NYTTELAST)
def test_skript_og_html_i_delt_lenke_er_uskadelig(fane, adresse, last):
    side = fane.side
    deler = "&".join(f"{navn}={quote(last)}" for navn in FELT) + f"&kanal={quote(last)}&uten={quote(last)}"
    # Counted once the generator has started: the bootstrap appends felles.js after the first paint,
    # which can be after the load event goto waits for (CI counted 16 before and 17 after).
    aapne_generatoren(side, adresse)
    for_ = elementer(side)
    aapne_generatoren(side, adresse, "#generator?" + deler)
    side.reload()
    side.wait_for_function("document.querySelector('[data-sm-ansvarsbegrensning]')?.dataset.klar === '1'")
    assert side.evaluate("window.__xss") is None
    assert elementer(side) == for_
    assert side.locator("#sm-ansvarsbegrensning-navn").input_value() == last
    assert skjemaverdier(side)["kanal"] == "facebook"
    assert last in side.locator("#sm-ansvarsbegrensning-tekst").inner_text()


def test_ingen_forespoersler_mens_teksten_lages(fane, adresse):
    fane.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=adresse.rstrip("/"))
    side = fane.side
    side.goto(adresse + SIDE, wait_until="networkidle")
    side.wait_for_function("document.querySelector('[data-sm-ansvarsbegrensning]')?.dataset.klar === '1'")
    for_ = len(fane.forespoersler)
    for navn, verdi in VEGVESEN.items():
        if navn == "kanal":
            fyll(side, kanal=verdi)
        else:
            side.locator(f"#sm-ansvarsbegrensning-{navn}").fill("")
            side.locator(f"#sm-ansvarsbegrensning-{navn}").press_sequentially(verdi)
    side.locator("#sm-ansvarsbegrensning-adresse").press_sequentially("https://www.vegvesen.no/om-oss")
    lag_teksten(side)
    side.get_by_role("button", name="Kopier teksten", exact=True).click()
    side.get_by_role("button", name="Kopier lenke til utfylt skjema", exact=True).click()
    side.get_by_role("button", name="Kopier teksten for Instagram", exact=True).click()
    expect(side.locator("[data-plattform=instagram] [data-melding]")).to_have_text("Teksten for Instagram er kopiert.")
    assert fane.forespoersler[for_:] == []
    assert fane.fremmede() == []


# ---- without JavaScript ---------------------------------------------------------------------------


def test_uten_javascript_staar_forslaget_og_skjemaet_med_standardverdier(fane_uten_js, adresse):
    side = fane_uten_js.side
    side.goto(adresse + SIDE)
    forslag = side.locator(".sm-forslag p")
    expect(forslag).to_have_text(kildens_forslag())
    assert forslag.first.is_visible()
    expect(side.locator("#sm-ansvarsbegrensning-navn")).to_have_value("Virksomheten")
    assert side.locator("#sm-ansvarsbegrensning-navn").is_visible()
    expect(side.locator(".sm-ansvarsbegrensning__merknad")).to_be_visible()
    assert side.locator("#sm-ansvarsbegrensning-tekst p").first.is_visible()
    for navn in ("Kopier teksten", "Last ned (.txt)", "Kopier lenke til utfylt skjema", "Kopier teksten for Instagram"):
        expect(side.get_by_role("button", name=navn, exact=True)).to_be_hidden()
    expect(side.locator(".sm-ansvarsbegrensning__profiler")).to_be_hidden()
    # The text can be selected and copied: it is ordinary page text.
    assert side.locator(".sm-forslag").evaluate("e => getComputedStyle(e).userSelect") != "none"


# ---- accessibility ----------------------------------------------------------------------------------


def test_axe_tomt_utfylt_og_med_feil(fane, adresse):
    side = fane.side
    aapne_generatoren(side, adresse)
    assert axe_brudd(side) == [], "standard"
    tom_skjema(side)
    assert axe_brudd(side) == [], "tomt"
    fyll(side, **{**VEGVESEN, "kanal": "annet"}, annen="Snapchat-kontoen", adresse="https://www.vegvesen.no/om-oss")
    side.get_by_role("button", name="Kopier lenke til utfylt skjema", exact=True).click()
    expect(side.locator("#sm-ansvarsbegrensning-lenke")).to_be_visible()
    rolig(side)
    assert axe_brudd(side) == [], "utfylt"
    fyll(side, navn="", annen="", epost="feil", telefon="1", adresse="feil")
    lag_teksten(side)
    expect(side.locator(".sm-ansvarsbegrensning__sammendrag")).to_be_visible()
    rolig(side)
    assert axe_brudd(side) == [], "med feil"


def test_mobil_390_px_uten_vannrett_rulling_og_uten_axe_brudd(nettleser, adresse):
    context = nettleser.new_context(locale="nb-NO", viewport={"width": 390, "height": 844})
    side = context.new_page()
    aapne_generatoren(side, adresse)
    fyll(side, navn="", epost="feil")
    lag_teksten(side)
    assert side.evaluate("document.documentElement.scrollWidth") <= 390
    rolig(side)
    assert axe_brudd(side) == []
    context.close()


# ---- platforms ---------------------------------------------------------------------------------------


def test_kortversjon_passer_hver_plattform(fane, adresse):
    side = fane.side
    aapne_generatoren(side, adresse)
    fyll(side, **VEGVESEN)
    tall_per_plattform = plattformtall(side)
    assert [p["grense"] for p in tall_per_plattform] == [p["grense"] for p in PLATTFORMER]
    for p in tall_per_plattform:
        assert "er for lang" in p["passer"], p
        assert 0 < len(p["tekst"]) <= p["grense"], p
        assert p["kort"] == p["tekst"]
        assert tall(p["teller"]) == [len(p["tekst"]), p["grense"]]
        assert p["teller_synlig"]
    tiktok = next(p for p in tall_per_plattform if p["id"] == "tiktok")
    assert tiktok["teller"] == f"{len(tiktok['tekst'])} av 80 tegn"
    youtube = next(p for p in tall_per_plattform if p["id"] == "youtube")
    # YouTube takes the text without its optional sentences, for its own channel.
    assert youtube["tekst"].startswith("Denne YouTube-kanalen redigeres av Statens vegvesens")
    assert "kommersiell" not in youtube["tekst"]
    assert tall(youtube["teller"])[1] == 1000


def test_kortversjonen_beholder_kontaktkanalene_som_far_plass(fane, adresse):
    side = fane.side
    aapne_generatoren(side, adresse)
    fyll(side, **VEGVESEN)
    tekster = {p["id"]: p["tekst"] for p in plattformtall(side)}
    # Same wording as the full text; «redigeres av» goes first, both channels stay where they fit.
    begge = "Vi behandler ikke enkeltsaker her. Kontakt oss på firmapost@vegvesen.no eller 22 07 30 00."
    for pid in ("facebook", "instagram", "x", "linkedin"):
        assert tekster[pid] == begge, pid
    assert tekster["tiktok"] == "Vi behandler ikke enkeltsaker her. Kontakt oss på firmapost@vegvesen.no."
    # With only the phone number short enough, the phone number stays.
    fyll(side, epost="en.lang.adresse.til.kommunikasjon@vegvesen.no")
    tiktok = next(p for p in plattformtall(side) if p["id"] == "tiktok")
    assert tiktok["tekst"] == "Vi behandler ikke enkeltsaker her. Kontakt oss på 22 07 30 00."


def test_kortversjonen_peker_til_hele_teksten_der_den_far_plass(fane, adresse):
    side = fane.side
    aapne_generatoren(side, adresse)
    fyll(side, **VEGVESEN, adresse="https://vegvesen.no/ansvar")
    tekster = {p["id"]: p for p in plattformtall(side)}
    for pid in ("instagram", "x"):
        assert tekster[pid]["tekst"].endswith("Hele ansvarsbegrensningen: https://vegvesen.no/ansvar"), pid
    # Where the address and the contact channels do not all fit, the channels come first.
    assert "https://" not in tekster["facebook"]["tekst"]
    assert "22 07 30 00" in tekster["facebook"]["tekst"]
    for p in tekster.values():
        assert len(p["tekst"]) <= p["grense"]


def test_hele_teksten_far_plass_naar_den_er_kort_nok(fane, adresse):
    side = fane.side
    aapne_generatoren(side, adresse)
    fyll(side, **VEGVESEN)
    side.get_by_label("Ta med at kommentarer ikke skal brukes til kommersiell markedsføring").uncheck()
    side.get_by_label("Ta med at virksomheten ikke står ansvarlig for innhold på eksterne sider").uncheck()
    youtube = next(p for p in plattformtall(side) if p["id"] == "youtube")
    assert youtube["passer"].startswith("Hele teksten for YouTube-kanalen får plass:")
    assert not youtube["teller_synlig"]
    assert youtube["tekst"] == tekst(side).replace("Instagram-kontoen", "YouTube-kanalen")


def test_kortversjonen_for_smaa_felt_og_ingen_naar_ingenting_far_plass(fane, adresse):
    side = fane.side
    aapne_generatoren(side, adresse)
    fyll(side, epost="en.veldig.lang.adresse.som.aldri.tar.slutt@" + "underavdeling." * 5 + "example.no", telefon="")
    tiktok = side.locator("[data-plattform=tiktok]")
    expect(tiktok.locator("[data-kort]")).to_have_text("Vi behandler ikke enkeltsaker her.")
    # A field shorter than the shortest version: no text is offered, and nothing to copy.
    tiktok.evaluate("li => li.dataset.grense = 20")
    fyll(side, navn="Nav")
    expect(tiktok.locator("[data-passer]")).to_have_text(re.compile(r"er for lang: .* av 20 tegn\. Ingen kortversjon får plass\."))
    expect(tiktok.locator("[data-kort]")).to_be_hidden()
    expect(tiktok.get_by_role("button")).to_be_hidden()


def test_tegn_telles_som_kodepunkter(fane, adresse):
    side = fane.side
    aapne_generatoren(side, adresse)
    fyll(side, navn="Etaten 😀")
    assert "😀" in tekst(side)
    assert tall(side.locator("#sm-ansvarsbegrensning-antall").inner_text())[0] == len(tekst(side))
    assert side.evaluate("t => window.ansvarsbegrensning.tegn(t)", "😀æøå") == 4


# ---- instant navigation -------------------------------------------------------------------------------


def test_virker_etter_instant_navigasjon(fane, adresse):
    side = fane.side
    side.goto(adresse, wait_until="networkidle")
    rask_navigasjon(side, nav_lenke(side, "Ansvarsbegrensning"), "/ansvarsbegrensning/")
    side.wait_for_function("document.querySelector('[data-sm-ansvarsbegrensning]')?.dataset.klar === '1'")
    fyll(side, navn="Bufdir")
    assert "redigeres av Bufdirs kommunikasjonsavdeling" in tekst(side)
    fyll(side, navn="")
    lag_teksten(side)
    expect(side.locator(".sm-ansvarsbegrensning__sammendrag")).to_be_focused()
    # Away and back again: the new page gets a working generator of its own.
    side.locator(".md-nav--primary").get_by_role("link", name="Personvern", exact=True).click()
    side.wait_for_url(re.compile(r"/personvern/$"))
    side.go_back()
    side.wait_for_function("document.querySelector('[data-sm-ansvarsbegrensning]')?.dataset.klar === '1'")
    fyll(side, navn="Nav")
    assert "redigeres av Navs kommunikasjonsavdeling" in tekst(side)
    assert side.evaluate("window.__samme_dokument") is True
    assert fane.konsollfeil == []


def test_for_lang_verdi_fra_skript_kuttes_til_feltets_grense(fane, adresse):
    # A script (or a paste past maxlength) put a 100 000-character word in the field: the text uses the
    # field's limit, as a share link's values are.
    side = fane.side
    aapne_generatoren(side, adresse)
    grense = int(side.get_attribute("#sm-ansvarsbegrensning-navn", "maxlength"))
    side.eval_on_selector(
        "#sm-ansvarsbegrensning-navn", "f => { f.value = 'a'.repeat(100000); f.dispatchEvent(new Event('input', {bubbles: true})); }"
    )
    lengste = max(len(ord_) for ord_ in re.findall(r"a+", tekst(side)))
    assert lengste == grense
    for kort in side.locator("[data-plattform] [data-kort]").all_inner_texts():
        assert "a" * (grense + 1) not in kort
    assert fane.konsollfeil == []
