"""The interactive checklist in a real browser: checking, profiles, dates, storage trouble, print, download."""

import datetime
import json
import re

import pytest
from playwright.sync_api import expect
from sjekkliste_hjelp import (
    DIALOG,
    LISTER,
    NOEKKEL,
    PERSONVERN,
    aapne,
    avkrysset,
    bekreft,
    framdrift,
    lagret,
    liste,
)

from utvikling.bygg import ROT
from utvikling.server import kopi_servert

pytestmark = pytest.mark.nettleser

INTERVALL = LISTER["personvern"]["intervall"]
START = datetime.datetime(2026, 11, 3, 10, 0)
KASTER = "Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('nope', 'SecurityError'); }});"
FULL = """
Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
"""
ADVARSEL = "Nettleseren lar ikke sjekklisten lagre noe"


@pytest.fixture
def side(fane):
    return fane.side


@pytest.fixture
def url(adresse):
    return adresse + "personvern/"


def legg_til_profil(sjekkliste, navn):
    sjekkliste.get_by_label("Navn på kontoen").fill(navn)
    sjekkliste.get_by_role("button", name="Legg til konto").click()


def profilvalg(sjekkliste):
    return sjekkliste.get_by_label("Konto", exact=True)


def test_punktene_er_avkrysningsbokser_med_sporsmalet_som_navn(side, url, fane):
    sjekkliste = aapne(side, url)
    gruppe = sjekkliste.get_by_role("group", name=LISTER["personvern"]["tittel"])
    expect(gruppe).to_be_visible()
    for tekst in PERSONVERN:
        expect(gruppe.get_by_role("checkbox", name=tekst, exact=True)).not_to_be_checked()
    expect(framdrift(sjekkliste)).to_have_text("0 av 6 sjekket")
    expect(sjekkliste.get_by_text("Lagres bare i denne nettleseren.")).to_be_visible()
    assert fane.konsollfeil == []


def test_sjekk_med_tastaturet(side, url, fane):
    sjekkliste = aapne(side, url)
    profilvalg(sjekkliste).focus()
    side.keyboard.press("Tab")
    foerste = sjekkliste.get_by_role("checkbox", name=PERSONVERN[0])
    expect(foerste).to_be_focused()
    # The focus ring is there for a keyboard user.
    assert side.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"
    side.keyboard.press("Space")
    expect(foerste).to_be_checked()
    expect(framdrift(sjekkliste)).to_have_text("1 av 6 sjekket")
    side.keyboard.press("Tab")
    side.keyboard.press("Space")
    expect(sjekkliste.get_by_role("checkbox", name=PERSONVERN[1])).to_be_checked()
    expect(framdrift(sjekkliste)).to_have_text("2 av 6 sjekket")
    side.keyboard.press("Space")
    expect(framdrift(sjekkliste)).to_have_text("1 av 6 sjekket")
    assert fane.konsollfeil == []


def test_framdriften_leses_opp_hoeflig(side, url):
    sjekkliste = aapne(side, url)
    status = framdrift(sjekkliste)
    assert status.get_attribute("role") == "status"
    assert status.get_attribute("aria-live") == "polite"


def test_klikk_lagres_og_staar_etter_ny_innlasting(side, url, fane):
    sjekkliste = aapne(side, url)
    sjekkliste.get_by_text(PERSONVERN[2]).click()  # the label
    sjekkliste.get_by_role("checkbox", name=PERSONVERN[4]).click()
    expect(framdrift(sjekkliste)).to_have_text("2 av 6 sjekket")
    side.reload()
    sjekkliste = aapne(side, url)
    assert avkrysset(sjekkliste) == [False, False, True, False, True, False]
    expect(framdrift(sjekkliste)).to_have_text("2 av 6 sjekket")
    data = lagret(side)
    assert data["v"] == 1
    assert data["profiler"][0]["sjekket"] == ["grupper", "apper"]
    assert fane.konsollfeil == []


def test_profiler_holdes_fra_hverandre(side, url, fane):
    sjekkliste = aapne(side, url)
    boks = sjekkliste.get_by_role("checkbox")
    boks.nth(0).check()
    legg_til_profil(sjekkliste, "Facebook – virksomheten")
    expect(profilvalg(sjekkliste)).to_have_value(re.compile(r"^p"))
    expect(profilvalg(sjekkliste)).to_be_focused()
    assert avkrysset(sjekkliste) == [False] * 6
    boks.nth(1).check()
    boks.nth(2).check()
    legg_til_profil(sjekkliste, "Privat Instagram")
    boks.nth(5).check()

    side.reload()
    sjekkliste = aapne(side, url)
    valg = profilvalg(sjekkliste)
    expect(valg.locator("option")).to_have_text(["Standard", "Facebook – virksomheten", "Privat Instagram"])
    assert avkrysset(sjekkliste) == [False] * 5 + [True]
    valg.select_option(label="Facebook – virksomheten")
    assert avkrysset(sjekkliste) == [False, True, True, False, False, False]
    expect(framdrift(sjekkliste)).to_have_text("2 av 6 sjekket")
    valg.select_option(label="Standard")
    assert avkrysset(sjekkliste) == [True] + [False] * 5
    expect(sjekkliste.get_by_role("button", name="Fjern konto")).to_be_hidden()
    assert fane.konsollfeil == []


def test_samme_profilnavn_to_ganger_avvises(side, url):
    sjekkliste = aapne(side, url)
    legg_til_profil(sjekkliste, "Privat Instagram")
    legg_til_profil(sjekkliste, "privat instagram")
    felt = sjekkliste.get_by_label("Navn på kontoen")
    assert "allerede" in felt.evaluate("e => e.validationMessage")
    expect(profilvalg(sjekkliste).locator("option")).to_have_count(2)
    legg_til_profil(sjekkliste, "   ")
    expect(profilvalg(sjekkliste).locator("option")).to_have_count(2)


def test_profilnavn_blir_tekst_ikke_html(side, url, fane):
    sjekkliste = aapne(side, url)
    navn = '<img src=x onerror="window.angrep=1">Facebook'
    legg_til_profil(sjekkliste, navn)
    expect(profilvalg(sjekkliste).locator("option:checked")).to_have_text(navn)
    expect(sjekkliste.locator(".sm-sjekkliste__utskrift")).to_have_text(re.compile(re.escape(f"Konto: {navn}")))
    assert sjekkliste.locator("img").count() == 0
    assert side.evaluate("window.angrep") is None
    assert fane.fremmede() == []


def test_slett_profil_etter_bekreftelse(side, url, fane):
    sjekkliste = aapne(side, url)
    legg_til_profil(sjekkliste, "Privat Instagram")
    sjekkliste.get_by_role("checkbox").first.check()
    slett = sjekkliste.get_by_role("button", name="Fjern konto")

    meldinger = bekreft(side, svar=False)
    slett.click()
    assert meldinger and "Privat Instagram" in meldinger[0]
    expect(profilvalg(sjekkliste).locator("option")).to_have_count(2)

    bekreft(side)
    slett.click()
    expect(profilvalg(sjekkliste).locator("option")).to_have_text(["Standard"])
    expect(profilvalg(sjekkliste)).to_be_focused()
    expect(slett).to_be_hidden()
    side.reload()
    expect(profilvalg(aapne(side, url)).locator("option")).to_have_text(["Standard"])
    assert fane.konsollfeil == []


def test_nullstill_etter_bekreftelse(side, url, fane):
    side.clock.install(time=START)
    sjekkliste = aapne(side, url)
    for boks in sjekkliste.get_by_role("checkbox").all():
        boks.check()
    expect(sjekkliste.locator(".sm-sjekkliste__dato")).to_contain_text("Sist gjennomgått")
    nullstill = sjekkliste.get_by_role("button", name="Slett kryss og dato")

    meldinger = bekreft(side, svar=False)
    nullstill.click()
    assert meldinger and "slette alle kryss og datoen" in meldinger[0]
    expect(framdrift(sjekkliste)).to_have_text("6 av 6 sjekket")

    bekreft(side)
    nullstill.click()
    expect(framdrift(sjekkliste)).to_have_text("0 av 6 sjekket")
    expect(sjekkliste.locator(".sm-sjekkliste__dato")).to_have_text("")
    side.reload()
    sjekkliste = aapne(side, url)
    assert avkrysset(sjekkliste) == [False] * 6
    assert lagret(side)["profiler"][0]["dato"] is None
    assert fane.konsollfeil == []


def test_alt_sjekket_viser_datoen(side, url, fane):
    side.clock.install(time=START)
    sjekkliste = aapne(side, url)
    dato = sjekkliste.locator(".sm-sjekkliste__dato")
    bokser = sjekkliste.get_by_role("checkbox").all()
    for boks in bokser[:-1]:
        boks.check()
    expect(dato).to_have_text("")
    bokser[-1].check()
    expect(dato).to_have_text("Sist gjennomgått 3. november 2026 (i dag)")
    assert lagret(side)["profiler"][0]["dato"] == "2026-11-03"
    expect(sjekkliste.get_by_text("Det er på tide å sjekke igjen")).to_be_hidden()

    for dager, tekst in ((1, "i går"), (22, "for 22 dager siden")):
        side.clock.set_system_time(START + datetime.timedelta(days=dager))
        side.reload()
        expect(aapne(side, url).locator(".sm-sjekkliste__dato")).to_have_text(
            f"Sist gjennomgått 3. november 2026 ({tekst})"
        )
    assert fane.konsollfeil == []


def test_paaminnelse_etter_intervallet_og_ny_runde(side, url, fane):
    side.clock.install(time=START)
    sjekkliste = aapne(side, url)
    for boks in sjekkliste.get_by_role("checkbox").all():
        boks.check()

    # The day before the interval is up: no reminder yet.
    side.clock.set_system_time(START + datetime.timedelta(days=INTERVALL - 1))
    side.reload()
    sjekkliste = aapne(side, url)
    expect(sjekkliste.get_by_text("Det er på tide å sjekke igjen")).to_be_hidden()

    side.clock.set_system_time(START + datetime.timedelta(days=INTERVALL + 10))
    side.reload()
    sjekkliste = aapne(side, url)
    expect(sjekkliste.get_by_text("Det er på tide å sjekke igjen.")).to_be_visible()
    expect(sjekkliste.locator(".sm-sjekkliste__dato")).to_have_text(
        f"Sist gjennomgått 3. november 2026 (for {INTERVALL + 10} dager siden)"
    )
    sjekkliste.get_by_role("button", name="Start ny gjennomgang").click()
    assert avkrysset(sjekkliste) == [False] * 6
    expect(sjekkliste.get_by_role("checkbox").first).to_be_focused()
    # The history date stays until the next full check.
    expect(sjekkliste.locator(".sm-sjekkliste__dato")).to_contain_text("3. november 2026")
    expect(sjekkliste.get_by_role("button", name="Start ny gjennomgang")).to_be_hidden()

    for boks in sjekkliste.get_by_role("checkbox").all():
        boks.check()
    ny_dato = (START + datetime.timedelta(days=INTERVALL + 10)).date()
    expect(sjekkliste.locator(".sm-sjekkliste__dato")).to_have_text(
        f"Sist gjennomgått {ny_dato.day}. februar 2027 (i dag)"
    )
    expect(sjekkliste.get_by_text("Det er på tide å sjekke igjen")).to_be_hidden()
    assert fane.konsollfeil == []


@pytest.mark.parametrize(
    "innhold",
    ["{ikke json", "null", "[]", '"tekst"', '{"v": 1, "profiler": "feil"}', '{"v": 1, "profiler": [null, 5, {"id": 3}]}',
     '{"v": 99, "aktiv": "x", "profiler": []}'],
    ids=["ugyldig", "null", "liste", "tekst", "profiler-ikke-liste", "rare-profiler", "ukjent-versjon"],
)
def test_oedelagt_lagring_gir_tom_liste_uten_feil(side, url, fane, innhold):
    aapne(side, url)
    side.evaluate("([k, v]) => localStorage.setItem(k, v)", [NOEKKEL + "personvern", innhold])
    side.reload()
    sjekkliste = aapne(side, url)
    expect(framdrift(sjekkliste)).to_have_text("0 av 6 sjekket")
    expect(profilvalg(sjekkliste).locator("option")).to_have_text(["Standard"])
    sjekkliste.get_by_role("checkbox").first.check()
    assert lagret(side)["profiler"][0]["sjekket"] == ["tilgang"]
    assert fane.konsollfeil == []


def test_data_fra_eldre_punkter_beholder_kjente_id_er(side, url, fane):
    gammel = {
        "v": 1,
        "aktiv": "p1",
        "profiler": [
            {"id": "standard", "navn": "Standard", "sjekket": ["tilgang", "fjernet-punkt"], "dato": "2026-10-01"},
            {"id": "p1", "navn": "Privat Instagram", "sjekket": ["posisjon", "gammelt", "apper", "apper"], "dato": "ikke-dato"},
        ],
    }
    aapne(side, url)
    side.evaluate("([k, v]) => localStorage.setItem(k, v)", [NOEKKEL + "personvern", json.dumps(gammel)])
    side.reload()
    sjekkliste = aapne(side, url)
    expect(profilvalg(sjekkliste)).to_have_value("p1")
    assert avkrysset(sjekkliste) == [False, False, False, False, True, True]
    expect(framdrift(sjekkliste)).to_have_text("2 av 6 sjekket")
    expect(sjekkliste.locator(".sm-sjekkliste__dato")).to_have_text("")
    profilvalg(sjekkliste).select_option("standard")
    assert avkrysset(sjekkliste) == [True] + [False] * 5
    expect(sjekkliste.locator(".sm-sjekkliste__dato")).to_contain_text("1. oktober 2026")
    profiler = lagret(side)["profiler"]
    assert [p["sjekket"] for p in profiler] == [["tilgang"], ["apper", "posisjon"]]
    assert fane.konsollfeil == []


@pytest.mark.parametrize("skript", [KASTER, FULL], ids=["utilgjengelig", "full"])
def test_uten_lagring_virker_lista_i_minnet_og_sier_fra(fane, url, skript):
    fane.context.add_init_script(skript)
    side = fane.side
    sjekkliste = aapne(side, url)
    sjekkliste.get_by_role("checkbox").nth(0).check()
    sjekkliste.get_by_role("checkbox").nth(3).check()
    expect(framdrift(sjekkliste)).to_have_text("2 av 6 sjekket")
    expect(sjekkliste.get_by_text(ADVARSEL)).to_be_visible()
    expect(sjekkliste.get_by_text("Lagres bare i denne nettleseren.")).to_have_count(0)
    legg_til_profil(sjekkliste, "Privat Instagram")
    expect(framdrift(sjekkliste)).to_have_text("0 av 6 sjekket")
    profilvalg(sjekkliste).select_option(label="Standard")
    assert avkrysset(sjekkliste) == [True, False, False, True, False, False]

    # Instant navigation keeps the page's memory: away and back, the checks are still there.
    side.locator(".md-sidebar--primary").get_by_role("link", name="Dialog").click()
    expect(side).to_have_url(re.compile(r"/dialog/$"))
    side.locator(".md-sidebar--primary").get_by_role("link", name="Personvern").click()
    sjekkliste = liste(side)
    expect(sjekkliste).to_have_class(re.compile("sm-sjekkliste--js"))
    expect(framdrift(sjekkliste)).to_have_text("2 av 6 sjekket")
    expect(sjekkliste.get_by_text(ADVARSEL)).to_be_visible()
    assert fane.konsollfeil == []


def test_virker_etter_instant_navigasjon(side, adresse, fane):
    side.goto(adresse)
    side.evaluate("window.sammeSide = true")
    side.locator(".md-sidebar--primary").get_by_role("link", name="Personvern").click()
    expect(side).to_have_url(adresse + "personvern/")
    sjekkliste = liste(side)
    expect(sjekkliste).to_have_class(re.compile("sm-sjekkliste--js"))
    # Instant navigation swapped the content without loading a new document.
    assert side.evaluate("window.sammeSide") is True
    sjekkliste.get_by_role("checkbox").nth(1).check()
    expect(framdrift(sjekkliste)).to_have_text("1 av 6 sjekket")

    side.locator(".md-sidebar--primary").get_by_role("link", name="Dialog").click()
    dialog = liste(side, "dialog")
    expect(dialog).to_have_class(re.compile("sm-sjekkliste--js"))
    dialog.get_by_role("checkbox").first.check()
    expect(framdrift(dialog)).to_have_text("1 av 3 sjekket")
    side.go_back()
    sjekkliste = liste(side)
    expect(framdrift(sjekkliste)).to_have_text("1 av 6 sjekket")
    # One handler per checklist, however often the page is entered.
    sjekkliste.get_by_role("checkbox").nth(2).check()
    expect(framdrift(sjekkliste)).to_have_text("2 av 6 sjekket")
    assert lagret(side)["profiler"][0]["sjekket"] == ["profil", "grupper"]
    assert side.evaluate("window.sammeSide") is True
    assert fane.konsollfeil == []


def test_dialogsiden_har_sin_egen_sjekkliste(side, adresse, fane):
    dialog = aapne(side, adresse + "dialog/", "dialog")
    for tekst in DIALOG:
        expect(dialog.get_by_role("checkbox", name=tekst, exact=True)).to_be_visible()
    assert DIALOG[0].startswith("Organisering – arbeidsgiver må innenfor")
    dialog.get_by_role("checkbox").nth(2).check()
    expect(framdrift(dialog)).to_have_text("1 av 3 sjekket")
    assert lagret(side, "dialog")["profiler"][0]["sjekket"] == ["rutiner"]
    assert lagret(side, "personvern") is None
    assert fane.konsollfeil == []


def test_utskrift_er_en_datert_oversikt(fane, url):
    side = fane.side
    # The real print dialog would wait for a person; count the calls instead.
    fane.context.add_init_script("window.print = () => { window.utskrifter = (window.utskrifter || 0) + 1; };")
    side.clock.install(time=START)
    sjekkliste = aapne(side, url)
    legg_til_profil(sjekkliste, "Facebook – virksomheten")
    sjekkliste.get_by_role("checkbox").nth(0).check()
    sjekkliste.get_by_role("checkbox").nth(3).check()
    sjekkliste.get_by_role("button", name="Skriv ut").click()
    assert side.evaluate("window.utskrifter") == 1

    side.emulate_media(media="print")
    expect(sjekkliste.locator(".sm-sjekkliste__utskrift")).to_have_text(
        "Konto: Facebook – virksomheten · Dato: 3. november 2026"
    )
    expect(sjekkliste.locator(".sm-sjekkliste__utskrift")).to_be_visible()
    expect(sjekkliste.get_by_text(LISTER["personvern"]["tittel"])).to_be_visible()
    for nr, tekst in enumerate(PERSONVERN):
        boks = sjekkliste.get_by_role("checkbox", name=tekst)
        expect(boks).to_be_visible()
        assert boks.is_checked() == (nr in (0, 3))
    expect(framdrift(sjekkliste)).to_be_visible()
    for chrome in (".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer"):
        expect(side.locator(chrome)).to_be_hidden()
    for knapp in ("Skriv ut", "Last ned", "Nullstill", "Legg til konto"):
        expect(sjekkliste.get_by_role("button", name=knapp)).to_be_hidden()
    expect(profilvalg(sjekkliste)).to_be_hidden()
    # «Skriv ut» prints the record alone, under the page title.
    expect(side.get_by_role("heading", name="Personvern", level=1)).to_be_visible()
    expect(side.get_by_text("Ulike apper har ulike innstillinger")).to_be_hidden()

    # Printing the page itself (after the record's print is done) gives the whole page.
    side.evaluate("dispatchEvent(new Event('afterprint'))")
    expect(side.get_by_text("Ulike apper har ulike innstillinger")).to_be_visible()
    expect(sjekkliste.locator(".sm-sjekkliste__utskrift")).to_be_visible()
    expect(side.locator(".md-header")).to_be_hidden()
    side.emulate_media(media="screen")
    expect(sjekkliste.locator(".sm-sjekkliste__utskrift")).to_be_hidden()
    assert fane.konsollfeil == []


def test_last_ned_gir_en_datert_oversikt(side, url, fane):
    side.clock.install(time=START)
    sjekkliste = aapne(side, url)
    legg_til_profil(sjekkliste, "Privat Instagram")
    for nr in (1, 5):
        sjekkliste.get_by_role("checkbox").nth(nr).check()
    with side.expect_download() as nedlasting:
        sjekkliste.get_by_role("button", name="Last ned").click()
    fil = nedlasting.value
    assert fil.suggested_filename == "sjekkliste-personvern-2026-11-03.md"
    tekst = open(fil.path(), encoding="utf-8").read()
    assert tekst.startswith(f"# {LISTER['personvern']['tittel']}\n")
    assert "- Konto: Privat Instagram\n" in tekst
    assert "- Dato: 3. november 2026\n" in tekst
    assert "- Sist gjennomgått: ikke ennå\n" in tekst
    assert "- 2 av 6 sjekket\n" in tekst
    for nr, sporsmal in enumerate(PERSONVERN):
        assert f"- [{'x' if nr in (1, 5) else ' '}] {sporsmal}\n" in tekst
    assert fane.fremmede() == []
    assert fane.konsollfeil == []


def test_uten_javascript_er_punktene_en_vanlig_liste(fane_uten_js, url):
    side = fane_uten_js.side
    side.goto(url)
    sjekkliste = liste(side)
    expect(sjekkliste.get_by_role("listitem")).to_have_text(PERSONVERN)
    for punkt in sjekkliste.get_by_role("listitem").all():
        expect(punkt).to_be_visible()
    expect(sjekkliste.get_by_text(LISTER["personvern"]["tittel"])).to_be_visible()
    # No dead controls: nothing to click, type in or pick without the script.
    for kontroll in sjekkliste.locator("button, select, input").all():
        expect(kontroll).to_be_hidden()
    expect(sjekkliste.get_by_role("status")).to_have_count(0)
    expect(sjekkliste.locator(".sm-sjekkliste__utskrift")).to_be_hidden()
    side.emulate_media(media="print")
    expect(sjekkliste.get_by_role("listitem")).to_have_text(PERSONVERN)
    for kontroll in sjekkliste.locator("button, select, input").all():
        expect(kontroll).to_be_hidden()


def test_ingenting_sendes_ut(side, url, fane):
    side.clock.install(time=START)
    sjekkliste = aapne(side, url)
    side.wait_for_load_state("networkidle")
    typer = []
    side.on("request", lambda r: typer.append((r.resource_type, r.method, r.url)))
    legg_til_profil(sjekkliste, "Facebook – virksomheten")
    for boks in sjekkliste.get_by_role("checkbox").all():
        boks.check()
    with side.expect_download():
        sjekkliste.get_by_role("button", name="Last ned").click()
    profilvalg(sjekkliste).select_option(label="Standard")
    bekreft(side)
    sjekkliste.get_by_role("button", name="Slett kryss og dato").click()
    expect(framdrift(sjekkliste)).to_have_text("0 av 6 sjekket")
    assert [t for t in typer if t[0] in ("fetch", "xhr") or t[1] != "GET"] == []
    assert [t for t in typer if not t[2].startswith("blob:")] == []
    assert fane.fremmede() == []
    assert fane.konsollfeil == []


TO_LISTER = """---
description: Flere sjekklister på én side.
render_macros: true
---

# Flere lister

{{ sjekkliste("personvern") }}

Tekst mellom listene.

{{ sjekkliste("dialog") }}

<div class="omslag" markdown>

Den samme lista en gang til, lenger inne på siden:

{{ sjekkliste("personvern") }}

</div>
"""


@pytest.fixture(scope="module")
def to_lister(tmp_path_factory):
    """A build whose Eierskap page holds both checklists, served on its own port."""
    tmp = tmp_path_factory.mktemp("to-lister")
    with kopi_servert(tmp, filer={"docs/eierskap.md": TO_LISTER}) as adresse:
        yield adresse + "eierskap/"


def test_to_sjekklister_pa_samme_side_holdes_fra_hverandre(side, to_lister, fane):
    side.goto(to_lister)
    personvern, dialog = liste(side, "personvern"), liste(side, "dialog")
    for sjekkliste in (personvern, dialog):
        expect(sjekkliste).to_have_class(re.compile("sm-sjekkliste--js"))
    personvern.get_by_role("checkbox").nth(0).check()
    expect(framdrift(personvern)).to_have_text("1 av 6 sjekket")
    expect(framdrift(dialog)).to_have_text("0 av 3 sjekket")
    for boks in dialog.get_by_role("checkbox").all():
        boks.check()
    expect(dialog.locator(".sm-sjekkliste__dato")).to_contain_text("Sist gjennomgått")
    expect(personvern.locator(".sm-sjekkliste__dato")).to_have_text("")
    legg_til_profil(dialog, "Instagram-kontoen")
    expect(profilvalg(personvern).locator("option")).to_have_text(["Standard"])
    bekreft(side)
    personvern.get_by_role("button", name="Slett kryss og dato").click()
    expect(framdrift(personvern)).to_have_text("0 av 6 sjekket")

    side.reload()
    personvern, dialog = liste(side, "personvern"), liste(side, "dialog")
    expect(dialog).to_have_class(re.compile("sm-sjekkliste--js"))
    expect(profilvalg(dialog).locator("option")).to_have_text(["Standard", "Instagram-kontoen"])
    profilvalg(dialog).select_option(label="Standard")
    assert avkrysset(dialog) == [True] * 3
    assert avkrysset(personvern) == [False] * 6
    # Every id on the page is unique, the second copy's included.
    ider = side.evaluate("[...document.querySelectorAll('[id]')].map(e => e.id)")
    assert len(ider) == len(set(ider))
    assert fane.konsollfeil == []


def test_samme_sjekkliste_to_ganger_pa_en_side_holder_seg_i_takt(side, to_lister, fane):
    side.goto(to_lister)
    foerste, andre = liste(side, "personvern"), side.locator("#sjekkliste-personvern__2")
    expect(andre).to_have_class(re.compile("sm-sjekkliste--js"))
    andre.get_by_role("checkbox", name=PERSONVERN[3]).check()
    expect(foerste.get_by_role("checkbox", name=PERSONVERN[3])).to_be_checked()
    expect(framdrift(foerste)).to_have_text("1 av 6 sjekket")
    legg_til_profil(foerste, "Privat Instagram")
    expect(profilvalg(andre).locator("option")).to_have_text(["Standard", "Privat Instagram"])
    expect(framdrift(andre)).to_have_text("0 av 6 sjekket")
    andre.get_by_role("checkbox", name=PERSONVERN[0]).check()
    profilvalg(andre).select_option(label="Standard")
    assert avkrysset(foerste) == [False, False, False, True, False, False]
    bekreft(side)
    foerste.get_by_role("button", name="Slett kryss og dato").click()
    expect(framdrift(andre)).to_have_text("0 av 6 sjekket")
    profilvalg(foerste).select_option(label="Privat Instagram")
    assert avkrysset(andre) == [True] + [False] * 5
    assert fane.konsollfeil == []


def test_skriv_ut_gir_bare_den_ene_lista_ogsaa_langt_inne_pa_siden(fane, to_lister):
    side = fane.side
    fane.context.add_init_script("window.print = () => { window.utskrifter = (window.utskrifter || 0) + 1; };")
    side.goto(to_lister)
    andre = side.locator("#sjekkliste-personvern__2")
    expect(andre).to_have_class(re.compile("sm-sjekkliste--js"))
    andre.get_by_role("button", name="Skriv ut").click()
    side.emulate_media(media="print")
    expect(andre.locator(".sm-sjekkliste__utskrift")).to_be_visible()
    expect(andre.get_by_role("checkbox", name=PERSONVERN[0])).to_be_visible()
    expect(side.get_by_role("heading", name="Flere lister", level=1)).to_be_visible()
    expect(liste(side, "personvern")).to_be_hidden()
    expect(liste(side, "dialog")).to_be_hidden()
    expect(side.get_by_text("Den samme lista en gang til")).to_be_hidden()
    expect(side.get_by_text("Tekst mellom listene.")).to_be_hidden()
    assert fane.konsollfeil == []


def test_virker_under_innholdssikkerhetsregelen_fra_drift(fane, url):
    """The README's nginx sends a Content-Security-Policy without 'unsafe-inline'; the checklist,
    its download (a blob: link) included, must not need anything it forbids."""
    konfig = (ROT / "drift" / "nginx.conf").read_text(encoding="utf-8")
    regel = re.search(r'add_header Content-Security-Policy "([^"]+)"', konfig).group(1)
    side = fane.side

    def med_regel(route):
        svar = route.fetch()
        route.fulfill(response=svar, headers={**svar.headers, "content-security-policy": regel})

    side.route("**/*", med_regel)
    sjekkliste = aapne(side, url)
    sjekkliste.get_by_role("checkbox").first.check()
    legg_til_profil(sjekkliste, "Privat Instagram")
    expect(framdrift(sjekkliste)).to_have_text("0 av 6 sjekket")
    with side.expect_download() as nedlasting:
        sjekkliste.get_by_role("button", name="Last ned").click()
    assert "- Konto: Privat Instagram" in open(nedlasting.value.path(), encoding="utf-8").read()
    assert fane.konsollfeil == []


def test_to_faner_visker_ikke_ut_hverandres_endringer(fane, url):
    # Two tabs with the same list: a change in one must survive the next change in the other.
    en = fane.side
    to = fane.context.new_page()
    liste_en, liste_to = aapne(en, url), aapne(to, url)
    liste_en.get_by_role("checkbox").nth(0).check()
    # The other tab picks the change up at once (storage event) ...
    expect(liste_to.get_by_role("checkbox").nth(0)).to_be_checked()
    liste_to.get_by_role("checkbox").nth(2).check()
    expect(liste_en.get_by_role("checkbox").nth(2)).to_be_checked()
    # ... and a write never removes what it did not change, even when the event comes too late.
    to.evaluate("() => { window.addEventListener('storage', e => e.stopImmediatePropagation(), true); }")
    liste_en.get_by_role("checkbox").nth(4).check()
    liste_to.get_by_role("checkbox").nth(5).check()
    legg_til_profil(liste_en, "Etatens Facebook")
    liste_to.get_by_role("checkbox").nth(1).check()
    profiler = lagret(en)["profiler"]
    assert [p["navn"] for p in profiler] == ["Standard", "Etatens Facebook"]
    ids = [p["id"] for p in LISTER["personvern"]["punkter"]]
    assert profiler[0]["sjekket"] == [ids[i] for i in (0, 1, 2, 4, 5)]
    # The item ticked in the second tab went to the profile that tab shows (Standard).
    assert profiler[1]["sjekket"] == []
    expect(framdrift(liste_en)).to_have_text("0 av 6 sjekket")
    to.close()


def test_navn_i_nedlastet_oversikt_kan_ikke_lage_egne_punkter(side, url, fane):
    sjekkliste = aapne(side, url)
    # By script, past the field's limits: a line break, a forged ticked item, markup and control characters.
    navn = "Kari\n- [x] Forfalsket punkt <b>fet</b>\u0007" + "x" * 100_000
    side.evaluate(
        "([k, n]) => localStorage.setItem(k, JSON.stringify({v: 1, aktiv: 'p1', profiler: [{id: 'p1', navn: n, sjekket: []}]}))",
        [NOEKKEL + "personvern", navn],
    )
    sjekkliste = aapne(side, url)
    expect(profilvalg(sjekkliste)).to_have_value("p1")
    valgt = profilvalg(sjekkliste).locator("option:checked").inner_text()
    assert len(valgt) <= 60 and "\n" not in valgt and "\u0007" not in valgt
    with side.expect_download() as nedlasting:
        sjekkliste.get_by_role("button", name="Last ned som tekstfil (.md)").click()
    tekst = open(nedlasting.value.path(), encoding="utf-8").read()
    punkter = [linje for linje in tekst.splitlines() if linje.startswith("- [")]
    assert len(punkter) == len(PERSONVERN) and not any(p.startswith("- [x]") for p in punkter)
    profillinje = next(linje for linje in tekst.splitlines() if linje.startswith("- Konto: "))
    assert profillinje.startswith("- Konto: Kari - \\[x\\] Forfalsket punkt \\<b\\>fet\\</b\\>")
    assert "\u0007" not in tekst and "<b>" not in tekst
    assert fane.konsollfeil == []


def test_for_langt_profilnavn_fra_skript_kuttes(side, url, fane):
    sjekkliste = aapne(side, url)
    felt = sjekkliste.get_by_label("Navn på kontoen")
    felt.evaluate("f => (f.value = 'a'.repeat(100000))")
    sjekkliste.get_by_role("button", name="Legg til konto").click()
    assert [p["navn"] for p in lagret(side)["profiler"]] == ["Standard", "a" * 60]
    assert fane.konsollfeil == []
