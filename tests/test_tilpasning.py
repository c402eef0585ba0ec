"""A second agency's settings reach every place they belong (bad settings: test_feilkatalog.py)."""

import pytest
from sider import SIDER

from utvikling.server import kopi_servert

pytestmark = pytest.mark.nettleser

LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#fff"/></svg>'
VEGVESEN = {
    "navn": "Statens vegvesen",
    "kommunikasjonsavdeling": "kommunikasjonsstab",
    "epost": "firmapost@vegvesen.example",
    "telefon": "22 07 30 00",
    "betjent": "hverdager kl. 8–15",
    "tilgjengelighetserklaering": "https://uustatus.no/nb/erklaringer/publisert/vegvesen",
    "logo": "assets/vegvesen.svg",
    "primaerfarge": "#444f55",
    "tilbakemelding": {"epost": "innspill@vegvesen.example", "endepunkt": ""},
}


@pytest.fixture(scope="module")
def vegvesen(tmp_path_factory):
    mappe = tmp_path_factory.mktemp("vegvesen")
    with kopi_servert(mappe, {"extra": {"virksomhet": VEGVESEN}}, {"docs/assets/vegvesen.svg": LOGO}) as adresse:
        yield mappe / "site", adresse


@pytest.mark.bygg
def test_raad_og_kontaktside_navngir_virksomheten(vegvesen):
    site, _ = vegvesen
    forside = (site / "index.html").read_text(encoding="utf-8")
    assert "<strong>Statens vegvesens kommunikasjonsstab</strong>" in forside
    kontakt = (site / "kontakt" / "index.html").read_text(encoding="utf-8")
    assert "Statens vegvesens kommunikasjonsstab svarer på spørsmål" in kontakt
    assert '<a href="tel:22073000">22 07 30 00</a>' in kontakt


@pytest.mark.parametrize("sti", SIDER)
def test_bunntekst_logo_og_farge_paa_hver_side(vegvesen, fane, sti):
    _, adresse = vegvesen
    side = fane.side
    side.goto(adresse + sti, wait_until="networkidle")
    bunntekst = side.locator(".sm-bunntekst")
    assert "Spørsmål om sosiale medier: Statens vegvesens kommunikasjonsstab" in bunntekst.inner_text()
    assert "Publisert her av Statens vegvesen." in bunntekst.inner_text()
    assert "firmapost@vegvesen.example" in bunntekst.inner_text()
    assert bunntekst.get_by_role("link", name="Tilgjengelighetserklæring").get_attribute("href").endswith("/vegvesen")
    logo = side.locator(".md-header .md-logo img")
    assert logo.get_attribute("src").endswith("assets/vegvesen.svg")
    assert logo.evaluate("img => img.complete && img.naturalWidth > 0")
    bakgrunn = side.locator(".md-header").evaluate("h => getComputedStyle(h).backgroundColor")
    assert bakgrunn == "rgb(68, 79, 85)"
    lenker = side.locator("article p a")
    if lenker.count():
        assert lenker.first.evaluate("a => getComputedStyle(a).color") == "rgb(68, 79, 85)"
    assert fane.konsollfeil == [] and fane.fremmede() == []


def test_kommentarer_gaar_til_virksomhetens_adresse(vegvesen, fane):
    _, adresse = vegvesen
    side = fane.side
    side.goto(adresse + "sanntid/", wait_until="networkidle")
    side.fill("#sm-kommentar-tekst", "Hei")
    side.get_by_role("button", name="Send kommentar").click()
    assert side.locator(".sm-kommentar__status a").get_attribute("href").startswith("mailto:innspill@vegvesen.example?")
