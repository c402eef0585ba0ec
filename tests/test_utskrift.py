"""Print media in Chromium: no navigation chrome, external addresses after the link text, collapsed
blocks open, forms still there, and every topic of «Hele veiledningen» on a new page."""

import pytest
from playwright.sync_api import expect

from utvikling.bygg import ROT
from utvikling.server import kopi_servert

pytestmark = pytest.mark.nettleser

SKJULT_VED_UTSKRIFT = [
    ".md-header",
    ".md-tabs",
    ".md-sidebar--primary",
    ".md-sidebar--secondary",
    ".md-footer",
    ".md-search",
    ".md-top",
    "article a.headerlink",
    "article .sm-kopier-lenke",
    "article .sm-lesesti--side",
]


def etter(side, velger):
    return side.locator(velger).first.evaluate("e => getComputedStyle(e, '::after').content")


@pytest.fixture
def utskrift(fane, adresse):
    def aapne(sti):
        fane.side.goto(adresse + sti, wait_until="networkidle")
        fane.side.emulate_media(media="print")
        return fane.side

    return aapne


def test_skjermen_viser_navigasjonen(fane, adresse):
    """The same checks on screen, so the print test proves the print stylesheet, not a missing element."""
    fane.side.goto(adresse + "sanntid/", wait_until="networkidle")
    for velger in (".md-header", ".md-sidebar--primary", "article .sm-lesesti--side"):
        assert fane.side.locator(velger).first.is_visible(), velger


@pytest.mark.parametrize("sti", ["sanntid/", "hele-veiledningen/", "for-nye-medarbeidere/"])
def test_utskrift_uten_navigasjon(utskrift, sti):
    side = utskrift(sti)
    for velger in SKJULT_VED_UTSKRIFT:
        for element in side.locator(velger).all():
            assert not element.is_visible(), velger
    assert side.locator("article h1").is_visible()
    assert side.locator("article p").first.is_visible()


def test_eksterne_lenker_far_adressen_etter_teksten(utskrift):
    side = utskrift("dialog/")
    assert etter(side, 'article a[href="https://lovdata.no/lov/1967-02-10"]') == '" (https://lovdata.no/lov/1967-02-10)"'
    # The site's own links (made absolute by instant navigation) and e-mail links print as they are.
    assert etter(side, 'article a[href$="/ansvarsbegrensning/"]') == "none"


def test_eksterne_lenker_paa_skjermen_har_ingen_adresse(fane, adresse):
    fane.side.goto(adresse + "dialog/", wait_until="networkidle")
    assert etter(fane.side, 'article a[href="https://lovdata.no/lov/1967-02-10"]') == "none"


def test_sammenslatte_blokker_skrives_ut_aapne(utskrift):
    side = utskrift("sanntid/")
    side.evaluate(
        """() => {
        const d = document.createElement('details');
        d.className = 'note';
        d.innerHTML = '<summary>Mer</summary><p id="inni">Skjult på skjermen</p>';
        document.querySelector('article').append(d);
    }"""
    )
    assert side.locator("#inni").is_visible()
    side.emulate_media(media="screen")
    assert not side.locator("#inni").is_visible()


def test_material_aapner_sammenslatte_blokker_for_utskrift_og_lukker_dem_etter(fane, tmp_path):
    """The project has no code of its own for this: Material opens every collapsed <details> in the content
    on beforeprint (browsers whose print ignores utskrift.css's rule) and closes it again after."""
    tekst = (ROT / "docs" / "sanntid.md").read_text(encoding="utf-8") + '\n\n??? note "Mer"\n\n    Skjult på skjermen.\n'
    with kopi_servert(tmp_path, filer={"docs/sanntid.md": tekst}) as adresse:
        side = fane.side
        side.goto(adresse + "sanntid/", wait_until="networkidle")
        blokk = side.locator("article details")
        expect(blokk).to_have_js_property("open", False)
        side.evaluate("dispatchEvent(new Event('beforeprint'))")
        expect(blokk).to_have_js_property("open", True)
        side.evaluate("dispatchEvent(new Event('afterprint'))")
        expect(blokk).to_have_js_property("open", False)
    assert fane.konsollfeil == []


def test_sjekklisten_og_ansvarsbegrensningen_skrives_ut(utskrift):
    """The tools decide what they print; this stylesheet must hide neither the checklist's boxes nor
    the disclaimer text."""
    side = utskrift("personvern/")
    bokser = side.locator(".sm-sjekkliste input[type=checkbox]")
    assert bokser.count() > 0
    assert all(boks.is_visible() for boks in bokser.all())
    side = utskrift("ansvarsbegrensning/")
    assert side.locator(".sm-forslag").is_visible()
    assert "Vi behandler ikke enkeltsaker her." in side.locator(".sm-forslag").inner_text()


def test_hvert_emne_begynner_paa_ny_side(utskrift):
    side = utskrift("hele-veiledningen/")
    emner = side.locator("article h2.sm-emne")
    assert emner.count() == 8
    assert set(emner.evaluate_all("hs => hs.map(h => getComputedStyle(h).breakBefore)")) == {"page"}
