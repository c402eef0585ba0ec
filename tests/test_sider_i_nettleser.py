"""Every page in Chromium: its h1, no console errors, no request to another host, zero axe violations."""

from urllib.parse import unquote

import pytest
from navigasjon import nav_lenke, rask_navigasjon
from playwright.sync_api import expect
from sider import ALLE_SIDER, SIDER
from tilgjengelighet import axe_brudd

pytestmark = pytest.mark.nettleser

UTEN_PERMALENKE = "h => [...h.childNodes].filter(n => !n.classList?.contains('headerlink')).map(n => n.textContent).join('').trim()"


def h1(side):
    return side.locator("article h1").evaluate(UTEN_PERMALENKE)


@pytest.mark.parametrize("sti,tittel", ALLE_SIDER.items())
def test_siden_viser_tittelen_uten_feil_og_uten_fremmede_forespoersler(fane, adresse, sti, tittel):
    fane.side.goto(adresse + sti, wait_until="networkidle")
    assert h1(fane.side) == tittel
    assert fane.side.locator("html").get_attribute("lang") == "nb"
    assert fane.konsollfeil == []
    assert fane.forespoersler, "siden lastet ingenting"
    assert fane.fremmede() == []


@pytest.mark.parametrize("sti", ALLE_SIDER)
def test_axe_finner_ingen_brudd(fane, adresse, sti):
    fane.side.goto(adresse + sti, wait_until="networkidle")
    assert axe_brudd(fane.side) == []


def test_axe_finner_ingen_brudd_med_aapent_soek_og_mobilmeny(nettleser, adresse):
    context = nettleser.new_context(locale="nb-NO", viewport={"width": 390, "height": 844})
    side = context.new_page()
    side.goto(adresse + "personvern/", wait_until="networkidle")
    side.locator("label.md-header__button[for=__drawer]").click()
    assert side.locator(".md-nav--primary").is_visible()
    assert axe_brudd(side) == []
    context.close()


@pytest.mark.parametrize("sti,tittel", SIDER.items())
def test_veiledningen_kan_leses_uten_javascript(fane_uten_js, adresse, sti, tittel):
    fane_uten_js.side.goto(adresse + sti)
    artikkel = fane_uten_js.side.locator("article")
    assert h1(fane_uten_js.side) == tittel
    assert artikkel.locator("p").first.is_visible()
    assert len(artikkel.inner_text()) > 200
    assert "Publisert 16. august 2017 · Sist endret 25. januar 2019" in artikkel.inner_text()


def test_instant_navigasjon_bytter_side_uten_ny_lasting(fane, adresse):
    side = fane.side
    side.goto(adresse, wait_until="networkidle")
    rask_navigasjon(side, nav_lenke(side, "Personvern"), "/personvern/")
    # Material may change the address before it swaps the content: read the heading once it is there
    # (read at once, it failed in two full-suite runs on a loaded machine, and passed alone).
    expect(side.locator("article h1")).to_contain_text("Personvern")
    assert h1(side) == "Personvern"
    assert fane.konsollfeil == []


def test_ankere_beholder_aeoeaa_og_har_permalenke(fane, adresse):
    fane.side.goto(adresse + "sanntid/#når-svaret-tar-tid")
    overskrift = fane.side.locator("h2#når-svaret-tar-tid")
    assert overskrift.inner_text().startswith("Når svaret tar tid")
    lenke = unquote(overskrift.locator("a.headerlink").get_attribute("href"))
    assert lenke.endswith("sanntid/#når-svaret-tar-tid")
    assert overskrift.is_visible()
    assert overskrift.evaluate("h => h.getBoundingClientRect().top") < 300, "siden rullet ikke til delen"
