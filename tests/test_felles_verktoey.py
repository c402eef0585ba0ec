"""What the tools share (docs/assets/javascripts/felles-verktoey.js, felles-verktoey.css), through the tools
that use it, in a real browser: storage that fails is one behaviour in the checklist and the reading path,
and the two error summaries are one look, in the colour tema.css defines, clean under axe."""

import re

import pytest
from ansvarsbegrensning_hjelp import aapne_generatoren, fyll
from playwright.sync_api import expect
from sjekkliste_hjelp import aapne, framdrift
from tilgjengelighet import axe_brudd

from utvikling.bygg import ROT

pytestmark = pytest.mark.nettleser

BLOKKERT = "Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('nope', 'SecurityError'); }});"
FULL = "Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };"
ULESELIG = "Storage.prototype.getItem = function () { throw new DOMException('nope', 'SecurityError'); };"
SJEKKLISTE_ADVARSEL = "Nettleseren lar ikke sjekklisten lagre noe"
LESESTI_ADVARSEL = "merkene blir borte"


def lesestimerke(side):
    return side.get_by_role("checkbox", name="Jeg har lest denne siden")


@pytest.mark.parametrize("feil", [BLOKKERT, FULL, ULESELIG], ids=["blokkert", "full", "uleselig"])
def test_lagring_som_svikter_er_lik_i_sjekklisten_og_lesestien(fane, adresse, feil):
    """Personvern has both tools. Each says at once that nothing is kept (before the reader changes
    anything), both keep working in memory, and both still have what the reader did after instant
    navigation away and back."""
    fane.context.add_init_script(feil)
    side = fane.side
    sjekkliste = aapne(side, adresse + "personvern/")
    lesesti = side.locator("article .sm-lesesti--side")
    expect(sjekkliste.get_by_text(SJEKKLISTE_ADVARSEL)).to_be_visible()
    expect(lesesti.locator(".sm-lesesti__lagring")).to_contain_text(LESESTI_ADVARSEL)
    # One warning, one look: the same class and the same colours from tema.css.
    advarsler = side.locator(".sm-advarsel")
    expect(advarsler).to_have_count(2)
    utseende = advarsler.evaluate_all("es => es.map(e => [getComputedStyle(e).backgroundColor, getComputedStyle(e).borderLeftColor])")
    assert utseende[0] == utseende[1] == ["rgb(255, 244, 229)", "rgb(179, 92, 0)"], utseende

    sjekkliste.get_by_role("checkbox").nth(2).check()
    lesestimerke(side).check()
    expect(framdrift(sjekkliste)).to_have_text("1 av 6 sjekket")
    expect(lesesti.locator("[data-lesesti-status]")).to_have_text("1 av 8 sider lest")

    side.locator(".md-sidebar--primary").get_by_role("link", name="Dialog").click()
    expect(side).to_have_url(re.compile(r"/dialog/$"))
    side.locator(".md-sidebar--primary").get_by_role("link", name="Personvern").click()
    expect(side).to_have_url(re.compile(r"/personvern/$"))
    sjekkliste = side.locator("#sjekkliste-personvern")
    expect(sjekkliste).to_have_class(re.compile(r"\bsm-sjekkliste--js\b"))
    expect(framdrift(sjekkliste)).to_have_text("1 av 6 sjekket")
    expect(lesestimerke(side)).to_be_checked()
    expect(side.locator(".sm-advarsel")).to_have_count(2)
    assert fane.konsollfeil == []


def test_uten_feil_i_lagringen_er_det_ingen_advarsel(fane, adresse):
    side = fane.side
    sjekkliste = aapne(side, adresse + "personvern/")
    sjekkliste.get_by_role("checkbox").first.check()
    lesestimerke(side).check()
    expect(side.locator("article .sm-lesesti--side [data-lesesti-status]")).to_have_text("1 av 8 sider lest")
    assert side.locator(".sm-advarsel").count() == 0
    assert fane.konsollfeil == []


def oppsummering_i_generatoren(side, adresse):
    aapne_generatoren(side, adresse)
    fyll(side, navn="")
    side.locator("#sm-ansvarsbegrensning-betjent").press("Enter")
    oppsummering = side.locator(".sm-ansvarsbegrensning .sm-feiloppsummering")
    expect(oppsummering).to_be_focused()
    return oppsummering, side.locator("#sm-ansvarsbegrensning-navn")


def oppsummering_i_kommentarskjemaet(side, adresse):
    side.goto(adresse + "dialog/", wait_until="networkidle")
    side.locator(".sm-kommentar").get_by_role("button", name="Send kommentar").click()
    oppsummering = side.locator(".sm-kommentar .sm-feiloppsummering")
    expect(oppsummering).to_be_focused()
    return oppsummering, side.locator("#sm-kommentar-tekst")


@pytest.mark.parametrize("vis", [oppsummering_i_generatoren, oppsummering_i_kommentarskjemaet], ids=["generator", "kommentar"])
def test_feiloppsummeringen_er_lik_i_begge_skjemaene(fane, adresse, vis):
    side = fane.side
    oppsummering, felt = vis(side, adresse)
    farge = side.evaluate("getComputedStyle(document.documentElement).getPropertyValue('--sm-feil').trim()")
    assert farge == "#b3261e"
    rgb = "rgb(179, 38, 30)"
    expect(oppsummering).to_have_css("border-top-color", rgb)
    expect(oppsummering.locator("a").first).to_have_css("color", rgb)
    expect(felt).to_have_css("border-top-color", rgb)
    melding = side.locator(f"#{felt.get_attribute('id')}-feil")
    expect(melding).to_have_css("color", rgb)
    # The message is named first in the field's description, before any hint.
    assert felt.get_attribute("aria-describedby").split()[0] == melding.get_attribute("id")
    assert axe_brudd(side) == []
    # The summary's link moves the focus to the field, without changing the address.
    adressen = side.url
    oppsummering.locator("a").first.click()
    expect(felt).to_be_focused()
    assert side.url == adressen
    assert fane.konsollfeil == []


@pytest.mark.bygg
def test_hvert_verktoey_har_en_readme_som_ikke_publiseres(site):
    """A tool folder holds a short README for whoever changes it (MkDocs leaves it out of the site: its
    theme-file filter skips *readme*; scripts/zensical_bygg.py removes Zensical's copy)."""
    mapper = [m for m in (ROT / "overrides" / "verktoey").iterdir() if m.is_dir() and m.name != "__pycache__"]
    assert mapper and [m.name for m in mapper if not (m / "README.md").is_file()] == []
    assert sorted(site.glob("verktoey/*/README.md")) == []
