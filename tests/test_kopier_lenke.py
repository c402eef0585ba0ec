"""Permalinks and «Kopier lenke» in Chromium: visible on hover, keyboard focus and touch screens; the
copied address is absolute, has the anchor and is right below a sub-path."""

from pathlib import Path
from urllib.parse import unquote

import pytest
from navigasjon import nav_lenke, rask_navigasjon
from tilgjengelighet import axe_brudd

from utvikling.server import kopi_servert, start_server

pytestmark = pytest.mark.nettleser

OVERSKRIFT = "h2#når-svaret-tar-tid"


def kontekst(nettleser, **valg):
    context = nettleser.new_context(locale="nb-NO", viewport={"width": 1280, "height": 900}, **valg)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    return context


def opasitet(element):
    return element.evaluate("e => getComputedStyle(e).opacity")


def test_hver_avsnittsoverskrift_har_permalenke_og_kopier_lenke(fane, adresse):
    fane.side.goto(adresse + "sanntid/", wait_until="networkidle")
    overskrifter = fane.side.locator("article h2[id]:has(> a.headerlink)")
    assert overskrifter.count() == 3
    for nr in range(overskrifter.count()):
        h = overskrifter.nth(nr)
        assert h.locator(":scope > a.headerlink").count() == 1
        assert h.locator(":scope > button.sm-kopier-lenke").count() == 1
    knapp = fane.side.get_by_role("button", name="Kopier lenke til «Når svaret tar tid»")
    assert knapp.count() == 1
    assert fane.side.locator("article h1 .sm-kopier-lenke").count() == 0, "h1 har bare permalenken"
    assert fane.konsollfeil == []


def test_kopier_lenke_med_tastaturet_gir_full_adresse_og_melding(nettleser, adresse):
    context = kontekst(nettleser)
    side = context.new_page()
    side.goto(adresse + "sanntid/", wait_until="networkidle")
    h = side.locator(OVERSKRIFT)
    permalenke, knapp = h.locator("a.headerlink"), h.locator(".sm-kopier-lenke")
    assert opasitet(permalenke) == "0" and opasitet(knapp) == "0"
    # Reached with Tab from the permalink, and both are visible while either has focus.
    permalenke.focus()
    side.wait_for_timeout(200)
    assert opasitet(permalenke) == "1"
    side.keyboard.press("Tab")
    assert side.evaluate("document.activeElement.classList.contains('sm-kopier-lenke')")
    assert side.evaluate("document.activeElement.parentElement.id") == "når-svaret-tar-tid"
    side.wait_for_timeout(200)
    assert opasitet(knapp) == "1"
    assert opasitet(permalenke) == "1"
    side.keyboard.press("Enter")
    melding = side.locator(".sm-kopier-lenke-melding")
    melding.get_by_text("Lenken er kopiert").wait_for()
    assert melding.get_attribute("role") == "status"
    kopiert = side.evaluate("navigator.clipboard.readText()")
    assert kopiert == adresse + "sanntid/#n%C3%A5r-svaret-tar-tid"
    assert unquote(kopiert) == adresse + "sanntid/#når-svaret-tar-tid"
    context.close()


def test_permalenken_vises_ved_pekeren(fane, adresse):
    fane.side.goto(adresse + "sanntid/", wait_until="networkidle")
    h = fane.side.locator(OVERSKRIFT)
    h.hover()
    fane.side.wait_for_timeout(200)
    assert opasitet(h.locator("a.headerlink")) == "1"
    assert opasitet(h.locator(".sm-kopier-lenke")) == "1"


def test_paa_beroringsskjerm_vises_begge_uten_peker_og_axe_er_fornoeyd(nettleser, adresse):
    context = nettleser.new_context(locale="nb-NO", viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    side = context.new_page()
    side.goto(adresse + "sanntid/", wait_until="networkidle")
    assert side.evaluate("matchMedia('(hover: none)').matches")
    h = side.locator(OVERSKRIFT)
    assert opasitet(h.locator("a.headerlink")) == "1"
    assert opasitet(h.locator(".sm-kopier-lenke")) == "1"
    # Now visible, the controls must pass contrast and the other rules too.
    assert axe_brudd(side) == []
    context.close()


def test_adressen_er_riktig_under_en_understi(nettleser, site, tmp_path):
    """An intranet serves the site below a path: the copied address keeps that path."""
    rot = tmp_path / "rot"
    (rot / "veiledere").mkdir(parents=True)
    (rot / "veiledere" / "sosiale-medier").symlink_to(Path(site), target_is_directory=True)
    server = start_server(rot)
    try:
        context = kontekst(nettleser)
        side = context.new_page()
        grunn = f"http://127.0.0.1:{server.server_port}/veiledere/sosiale-medier/"
        side.goto(grunn + "personvern/?fra=epost", wait_until="networkidle")
        side.locator("h2#posisjonen-din .sm-kopier-lenke").click()
        side.locator(".sm-kopier-lenke-melding").get_by_text("Lenken er kopiert").wait_for()
        assert side.evaluate("navigator.clipboard.readText()") == grunn + "personvern/#posisjonen-din"
        context.close()
    finally:
        server.shutdown()


def test_uten_utklippstavle_havner_adressen_i_adresselinjen(nettleser, adresse):
    context = nettleser.new_context(locale="nb-NO")
    context.add_init_script(
        "Object.defineProperty(navigator, 'clipboard', {get() { return undefined; }});"
        "document.execCommand = () => false;"
    )
    side = context.new_page()
    feil = []
    side.on("pageerror", lambda e: feil.append(str(e)))
    side.goto(adresse + "sanntid/", wait_until="networkidle")
    side.locator("h2#svartid .sm-kopier-lenke").click()
    side.locator(".sm-kopier-lenke-melding").get_by_text("Den står nå i adresselinjen.").wait_for()
    assert unquote(side.url) == adresse + "sanntid/#svartid"
    assert feil == []
    context.close()


def test_knappene_kommer_ogsaa_etter_rask_navigasjon(fane, adresse):
    side = fane.side
    side.goto(adresse + "sanntid/", wait_until="networkidle")
    rask_navigasjon(side, nav_lenke(side, "Dialog"), "/dialog/")
    side.locator("h2#følg-med-på-dialogen .sm-kopier-lenke").wait_for(state="attached")
    assert side.evaluate("window.__samme_dokument") is True
    assert side.locator(".sm-kopier-lenke").count() == side.locator("article h2[id] > a.headerlink").count()
    assert fane.konsollfeil == []


@pytest.mark.parametrize("sti", ["for-nye-medarbeidere/", "hele-veiledningen/"])
def test_nye_sider_har_knapp_paa_hvert_avsnitt(fane, adresse, sti):
    fane.side.goto(adresse + sti, wait_until="networkidle")
    lenker = fane.side.locator("article :is(h2,h3,h4,h5,h6)[id] > a.headerlink").count()
    assert fane.side.locator("article .sm-kopier-lenke").count() == lenker


@pytest.mark.bygg
def test_knappene_staar_i_html_en_men_ikke_i_soeket(site):
    """Written by the build (knapper.py), so they hold their place from the first paint; hidden without
    JavaScript (data-js); their text is not part of the section titles in the search index."""
    html = (site / "sanntid" / "index.html").read_text(encoding="utf-8")
    assert (
        '<a class="headerlink" href="#når-svaret-tar-tid" title="Lenke til denne delen">&para;</a>'
        '<button type="button" class="sm-kopier-lenke" data-js data-search-exclude>Kopier lenke'
        '<span class="sm-skjult-tekst"> til «Når svaret tar tid»</span></button></h2>'
    ) in html
    assert html.count('class="sm-kopier-lenke"') == html.count('<a class="headerlink"') - 1  # not the h1's
    assert "Kopier lenke til «" not in (site / "search" / "search_index.json").read_text(encoding="utf-8")


def test_uten_byggets_knapper_legger_skriptet_dem_til(nettleser, tmp_path):
    """Zensical runs no hooks: the script still gives every section heading its button."""
    with kopi_servert(tmp_path, filer={"overrides/verktoey/kopier-lenke/knapper.py": ""}) as adresse:
        context = kontekst(nettleser)
        side = context.new_page()
        side.goto(adresse + "sanntid/", wait_until="networkidle")
        assert "sm-kopier-lenke" not in side.evaluate("fetch(location.href).then(r => r.text())")
        side.get_by_role("button", name="Kopier lenke til «Når svaret tar tid»").click()
        assert unquote(side.evaluate("navigator.clipboard.readText()")) == adresse + "sanntid/#når-svaret-tar-tid"
        assert side.locator(".sm-kopier-lenke").count() == side.locator("article h2[id] > a.headerlink").count() == 3
        context.close()


@pytest.mark.parametrize("bredde", [700, 800])
def test_skjult_knapp_gir_ingen_tom_linje_under_overskriften_i_smalt_vindu(nettleser, adresse, bredde):
    """With a mouse the hidden button keeps no room: «Saksbehandling og taushetsplikt i sosiale medier» fits
    on one line at 700 and 800 px, and the button used to wrap onto an empty line of its own below it."""
    context = nettleser.new_context(locale="nb-NO", viewport={"width": bredde, "height": 900})
    side = context.new_page()
    side.goto(adresse + "dialog/", wait_until="networkidle")
    assert side.evaluate("matchMedia('(hover: hover)').matches")
    hoeyder = side.evaluate("""() => [...document.querySelectorAll('article h2:has(> .sm-kopier-lenke)')].map(h => {
        const tekst = document.createRange();
        tekst.selectNodeContents(h.firstChild);
        const merke = parseFloat(getComputedStyle(h, '::before').height) || 0;
        const m = parseFloat(getComputedStyle(h, '::before').marginBottom) || 0;
        return [h.id, h.getBoundingClientRect().height - tekst.getBoundingClientRect().height - merke - m]; })""")
    assert len(hoeyder) == 3
    # The «Lagt til» label's border and line add a few pixels; a line of its own for the button added 35.
    for anker, ekstra in hoeyder:
        assert ekstra < 12, (anker, ekstra)
    # Shown on hover, it covers none of the heading's text and does not widen the page.
    h = side.locator("h2#saksbehandling-og-taushetsplikt-i-sosiale-medier")
    h.hover()
    knapp = h.locator(".sm-kopier-lenke").bounding_box()
    assert knapp["y"] + knapp["height"] <= h.bounding_box()["y"] + 1
    assert side.evaluate("document.documentElement.scrollWidth") <= bredde
    context.close()
