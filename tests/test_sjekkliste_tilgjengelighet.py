"""axe-core finds nothing on the checklist pages, in every state the checklist can be in."""

import datetime
import re

import pytest
from playwright.sync_api import expect
from sjekkliste_hjelp import LISTER, aapne, framdrift
from tilgjengelighet import axe_brudd

pytestmark = pytest.mark.nettleser

START = datetime.datetime(2026, 11, 3, 10, 0)


def sjekk(sjekkliste, antall):
    for boks in sjekkliste.get_by_role("checkbox").all()[:antall]:
        boks.check()


def tom(side, sjekkliste):
    expect(framdrift(sjekkliste)).to_have_text("0 av 6 sjekket")


def delvis(side, sjekkliste):
    sjekk(sjekkliste, 2)
    expect(framdrift(sjekkliste)).to_have_text("2 av 6 sjekket")


def fullfoert(side, sjekkliste):
    sjekk(sjekkliste, 6)
    expect(sjekkliste.locator(".sm-sjekkliste__dato")).to_contain_text("(i dag)")


def forfalt(side, sjekkliste):
    sjekk(sjekkliste, 6)
    side.clock.set_system_time(START + datetime.timedelta(days=LISTER["personvern"]["intervall"] + 1))
    side.reload()
    sjekkliste = aapne(side, side.url)
    expect(sjekkliste.get_by_role("button", name="Start ny gjennomgang")).to_be_visible()


def flere_profiler(side, sjekkliste):
    for navn in ("Facebook – virksomheten", "Privat Instagram"):
        sjekkliste.get_by_label("Navn på kontoen").fill(navn)
        sjekkliste.get_by_role("button", name="Legg til konto").click()
    sjekk(sjekkliste, 3)
    expect(sjekkliste.get_by_role("button", name="Fjern konto")).to_be_visible()


def uten_lagring(side, sjekkliste):
    expect(sjekkliste.get_by_text("Nettleseren lar ikke sjekklisten lagre noe")).to_be_visible()
    sjekk(sjekkliste, 1)


TILSTANDER = [tom, delvis, fullfoert, forfalt, flere_profiler, uten_lagring]


@pytest.mark.parametrize("tilstand", TILSTANDER, ids=[t.__name__ for t in TILSTANDER])
def test_ingen_brudd_pa_personvernsiden(fane, adresse, tilstand):
    side = fane.side
    if tilstand is uten_lagring:
        fane.context.add_init_script(
            "Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('nope', 'SecurityError'); }});"
        )
    side.clock.install(time=START)
    sjekkliste = aapne(side, adresse + "personvern/")
    tilstand(side, sjekkliste)
    assert axe_brudd(side) == []
    assert fane.konsollfeil == []


def test_ingen_brudd_pa_dialogsiden(fane, adresse):
    side = fane.side
    dialog = aapne(side, adresse + "dialog/", "dialog")
    dialog.get_by_role("checkbox").first.check()
    assert axe_brudd(side) == []


def test_ingen_brudd_pa_smal_skjerm(fane, adresse):
    side = fane.side
    side.set_viewport_size({"width": 390, "height": 844})
    sjekkliste = aapne(side, adresse + "personvern/")
    sjekk(sjekkliste, 2)
    assert axe_brudd(side) == []
    # Nothing of the checklist sticks out sideways on a phone.
    assert side.evaluate("document.documentElement.scrollWidth") <= 390


def test_hele_lista_kan_brukes_med_tastaturet(fane, adresse):
    """Every control is reached by Tab in reading order, and each shows where the focus is."""
    side = fane.side
    sjekkliste = aapne(side, adresse + "personvern/")
    sjekkliste.get_by_label("Navn på kontoen").fill("Privat Instagram")
    sjekkliste.get_by_label("Navn på kontoen").press("Enter")
    expect(sjekkliste.get_by_label("Konto", exact=True).locator("option")).to_have_count(2)
    sjekkliste.get_by_label("Konto", exact=True).focus()
    rekkefoelge = []
    for _ in range(14):
        info = side.evaluate(
            """() => {
                const e = document.activeElement;
                return [e.closest('.sm-sjekkliste') ? (e.labels?.[0]?.textContent || e.textContent).trim() : null,
                        getComputedStyle(e).outlineStyle];
            }"""
        )
        if info[0] is None:
            break
        rekkefoelge.append(info[0])
        assert info[1] == "solid", f"no visible focus on {info[0]!r}"
        side.keyboard.press("Tab")
    assert rekkefoelge[0] == "Konto"
    assert rekkefoelge[1] == "Fjern konto"
    assert rekkefoelge[2:8] == [p["tekst"] for p in LISTER["personvern"]["punkter"]]
    assert rekkefoelge[8:] == ["Skriv ut", "Last ned som tekstfil (.md)", "Slett kryss og dato", "Navn på kontoen", "Legg til konto"]
    assert re.fullmatch(r"\d+ av 6 sjekket", framdrift(sjekkliste).text_content())
