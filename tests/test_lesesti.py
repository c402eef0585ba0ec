"""The reading path: reading times, the built pages, and the marks in Chromium."""

import json
import math
import re

import pytest
from navigasjon import rask_navigasjon
from playwright.sync_api import expect
from sider import HELE, NYE, SIDER, les
from tilgjengelighet import axe_brudd

from macros import emner as makro  # the topics' reading time
from utvikling.bygg import ROT, bygg, kopi_med

pytestmark = pytest.mark.nettleser




def kilde(sti):
    """The Markdown source of a built page address ("" is index.md)."""
    return (ROT / "docs" / (f"{sti.strip('/')}.md" if sti else "index.md")).read_text(encoding="utf-8")


# --- reading time ---------------------------------------------------------------------------------


@pytest.mark.enhet
def test_ren_tekst_tar_bort_front_matter_jinja_html_og_markdown():
    md = (
        "---\ndescription: Ikke med i teksten.\n---\n\n# Tittel { .klasse }\n\n{{ datoer() }}\n"
        "{% if x %}y{% endif %} {# kommentar #}\n"
        '<div class="boks" markdown>\n\nEn [lenke](https://example.org/ "tittel") og ![bilde](b.png).\n</div>\n'
        "Fotnote[^1] og **fet** tekst.\n\n[^1]: Selve noten.\n[ref]: https://example.org/\n"
        '!!! tip "Før du publiserer"\n'
    )
    tekst = makro.ren_tekst(md)
    for borte in ("description", "datoer", "kommentar", "endif", "div", "boks", "https", "b.png", "klasse", "[^1]", "ref"):
        assert borte not in tekst, borte
    assert makro.ORD.findall(tekst) == [
        "Tittel", "y", "En", "lenke", "og", "Fotnote", "og", "fet", "tekst", "Selve", "noten", "tip", "Før", "du", "publiserer",
    ]


@pytest.mark.enhet
@pytest.mark.parametrize("ord_,minutter", [(0, 1), (1, 1), (200, 1), (201, 2), (400, 2), (401, 3), (1000, 5)])
def test_minutter_rundes_opp_med_200_ord_i_minuttet(ord_, minutter):
    assert makro.minutter(ord_) == minutter


@pytest.mark.enhet
def test_lesetid_tekst():
    assert makro.lesetid_tekst(3) == "ca. 3 min"


# --- the built pages ------------------------------------------------------------------------------


@pytest.mark.bygg
def test_lesestien_har_hvert_emne_i_rekkefoelge_med_lesetid(site):
    html = les(site, NYE)
    emner = re.findall(
        r'<p class="sm-lesesti__tittel"><a href="([^"]*)">([^<]+)</a> <span class="sm-lesesti__tid"[^>]*>Lesetid ca\. (\d+) min</span>',
        html,
    )
    assert [tittel for _, tittel, _ in emner] == list(SIDER.values())
    for (lenke, _, minutter), sti in zip(emner, SIDER, strict=True):
        assert lenke == "../" + sti
        forventet = math.ceil(len(makro.ORD.findall(makro.ren_tekst(kilde(sti)))) / 200)
        assert int(minutter) == max(1, forventet), sti
    sider = json.loads(re.search(r"data-lesesti-sider='([^']+)'", html).group(1))
    assert sider == list(SIDER)


@pytest.mark.bygg
def test_merket_staar_paa_hver_emneside_og_ikke_paa_de_andre(site):
    for sti in SIDER:
        html = les(site, sti)
        assert f'data-lesesti-side="{sti}"' in html, sti
        assert json.loads(re.search(r"data-lesesti-sider='([^']+)'", html).group(1)) == list(SIDER)
    for sti in (NYE, HELE, "kontakt/"):
        assert "sm-lesesti--side" not in les(site, sti), sti


@pytest.mark.bygg
def test_egne_sider_i_en_seksjon_er_ikke_emner(tmp_path):
    """A page an agency adds in a nav section of its own, with a date, joins neither the reading path,
    the topic overview nor the whole guidance, and gets no mark."""
    egen = "---\ndescription: Etatens egen side.\npublisert: 2020-01-01\nsist_endret: 2020-01-02\n---\n\n# Vår egen side\n"
    with open(ROT / "mkdocs.yml", encoding="utf-8") as f:
        nav = [linje.strip()[2:] for linje in f.read().split("\nnav:\n", 1)[1].split("\n\n", 1)[0].splitlines()]
    nav = [dict([punkt.split(": ", 1)]) for punkt in nav] + [{"Vår etat": [{"Vår egen side": "etat/egen.md"}]}]
    kopi = kopi_med(tmp_path / "prosjekt", {"nav": nav}, filer={"docs/etat/egen.md": egen})
    resultat = bygg(tmp_path / "site", config="test.yml", cwd=kopi)
    assert resultat.returncode == 0, resultat.stderr
    site = tmp_path / "site"
    assert "Vår egen side" in les(site, "etat/egen/")
    assert "sm-lesesti--side" not in les(site, "etat/egen/")
    # The topic rule is said in Python (macros/emner.py, emnesider) and in two templates (the mark, the
    # source note): all pick the same pages.
    for sti in SIDER:
        assert 'class="sm-kilde"' in les(site, sti) and "sm-lesesti--side" in les(site, sti), sti
    for sti in ("etat/egen/", NYE, "kontakt/"):
        assert 'class="sm-kilde"' not in les(site, sti), sti
    assert les(site, HELE).count('class="sm-kilde"') == 1  # once at the top, from the macro
    kort = re.findall(r'<a href="([^"]+)"><strong>', les(site, "").split('class="grid cards sm-emner"', 1)[1])
    assert kort == [sti for sti in SIDER if sti], kort
    assert json.loads(re.search(r"data-lesesti-sider='([^']+)'", les(site, "sanntid/")).group(1)) == list(SIDER)
    for sti in (NYE, HELE, ""):
        assert "Vår egen side" not in les(site, sti).split("<article", 1)[1], sti


# --- in Chromium ------------------------------------------------------------------------------------


def status(side):
    return side.locator("article [data-lesesti-status]").inner_text()


def test_merke_paa_emneside_vises_i_lesestien_og_huskes(fane, adresse):
    side = fane.side
    side.goto(adresse + "sanntid/", wait_until="networkidle")
    merke = side.get_by_role("checkbox", name="Jeg har lest denne siden")
    assert merke.is_visible()
    assert status(side) == "0 av 8 sider lest"
    merke.check()
    assert status(side) == "1 av 8 sider lest"
    # To the reading path by the link in the mark (instant navigation, no reload).
    rask_navigasjon(side, side.get_by_role("link", name="Lesestien for nye medarbeidere"), NYE)
    assert side.get_by_role("checkbox", name="Jeg har lest «Sanntid»").is_checked()
    assert not side.get_by_role("checkbox", name="Jeg har lest «Dialog»").is_checked()
    assert status(side) == "1 av 8 sider lest"
    assert side.locator("article [data-lesesti-status]").get_attribute("role") == "status"
    side.get_by_role("checkbox", name="Jeg har lest «Dialog»").check()
    side.get_by_role("checkbox", name="Jeg har lest «Sanntid»").uncheck()
    assert status(side) == "1 av 8 sider lest"
    side.reload(wait_until="networkidle")
    assert not side.get_by_role("checkbox", name="Jeg har lest «Sanntid»").is_checked()
    assert side.get_by_role("checkbox", name="Jeg har lest «Dialog»").is_checked()
    assert status(side) == "1 av 8 sider lest"
    side.goto(adresse + "dialog/", wait_until="networkidle")
    assert side.get_by_role("checkbox", name="Jeg har lest denne siden").is_checked()
    lagret = json.loads(side.evaluate("localStorage.getItem('sm-lesesti')"))
    assert lagret == {"v": 1, "lest": ["dialog/"]}
    assert fane.konsollfeil == []
    assert fane.fremmede() == []


def test_alle_lest(fane, adresse):
    side = fane.side
    side.goto(adresse + NYE, wait_until="networkidle")
    for boks in side.locator("[data-lesesti-side]").all():
        boks.check()
    assert status(side) == "8 av 8 sider lest"


def test_oedelagt_lagring_gir_tom_start(fane, adresse):
    fane.context.add_init_script("localStorage.setItem('sm-lesesti', '{ikke json')")
    fane.side.goto(adresse + NYE, wait_until="networkidle")
    assert status(fane.side) == "0 av 8 sider lest"
    assert fane.konsollfeil == []


def test_lagring_som_kaster_oedelegger_ikke_siden(fane, adresse):
    fane.context.add_init_script(
        "Object.defineProperty(window, 'localStorage', {get() { throw new DOMException('blokkert', 'SecurityError'); }});"
    )
    side = fane.side
    side.goto(adresse + "sanntid/", wait_until="networkidle")
    merke = side.get_by_role("checkbox", name="Jeg har lest denne siden")
    merke.check()
    assert status(side) == "1 av 8 sider lest"
    assert "merkene blir borte" in side.locator("article .sm-lesesti__lagring").inner_text()
    # Kept in memory across instant navigation.
    side.get_by_role("link", name="Lesestien for nye medarbeidere").click()
    side.wait_for_url(re.compile(NYE + "$"))
    assert side.get_by_role("checkbox", name="Jeg har lest «Sanntid»").is_checked()
    assert status(side) == "1 av 8 sider lest"
    assert fane.konsollfeil == []


def test_lagring_som_ikke_kan_leses_sier_fra(fane, adresse):
    # Only reading throws: the marks must not silently show as unread.
    fane.context.add_init_script(
        "Storage.prototype.getItem = function () { throw new DOMException('blokkert', 'SecurityError'); };"
    )
    side = fane.side
    side.goto(adresse + "sanntid/", wait_until="networkidle")
    advarsel = side.locator("article .sm-lesesti__lagring")
    assert "merkene blir borte" in advarsel.inner_text()
    side.get_by_role("checkbox", name="Jeg har lest denne siden").check()
    side.get_by_role("link", name="Lesestien for nye medarbeidere").click()
    side.wait_for_url(re.compile(NYE + "$"))
    assert side.get_by_role("checkbox", name="Jeg har lest «Sanntid»").is_checked()
    assert fane.konsollfeil == []


def test_merker_fra_to_faner_blandes_ikke_bort(fane, adresse):
    en, to = fane.side, fane.context.new_page()
    for side in (en, to):
        side.goto(adresse + NYE, wait_until="networkidle")
    en.get_by_role("checkbox", name="Jeg har lest «Sanntid»").check()
    # The other tab shows it at once, and its own mark is added to it, not written over it.
    expect(to.get_by_role("checkbox", name="Jeg har lest «Sanntid»")).to_be_checked()
    to.get_by_role("checkbox", name="Jeg har lest «Dialog»").check()
    assert status(to) == "2 av 8 sider lest"
    expect(en.get_by_role("checkbox", name="Jeg har lest «Dialog»")).to_be_checked()
    assert status(en) == "2 av 8 sider lest"
    en.get_by_role("checkbox", name="Jeg har lest «Eierskap»").check()
    lagret = json.loads(en.evaluate("localStorage.getItem('sm-lesesti')"))
    assert sorted(lagret["lest"]) == ["dialog/", "eierskap/", "sanntid/"]
    to.close()


def test_uten_javascript_er_lesestien_en_liste_med_lenker(fane_uten_js, adresse):
    side = fane_uten_js.side
    side.goto(adresse + NYE)
    assert side.locator(".sm-lesesti__emne").count() == 8
    assert side.get_by_role("link", name="Personvern", exact=True).last.is_visible()
    assert side.locator("article").get_by_text("Lesetid ca.").first.is_visible()
    assert side.locator("article input[type=checkbox]").count() == 8
    assert not side.locator("article input[type=checkbox]").first.is_visible()
    side.goto(adresse + "sanntid/")
    assert not side.locator(".sm-lesesti--side").is_visible()


@pytest.mark.parametrize("sti", [NYE, HELE])
def test_nye_sider_uten_feil_fremmede_forespoersler_eller_axe_brudd(fane, adresse, sti):
    fane.side.goto(adresse + sti, wait_until="networkidle")
    if sti == NYE:
        fane.side.locator("[data-lesesti-side]").first.check()
    assert axe_brudd(fane.side) == []
    assert fane.konsollfeil == []
    assert fane.fremmede() == []
    assert fane.side.locator("html").get_attribute("lang") == "nb"


def test_emneside_med_merket_avkrysset_har_ingen_axe_brudd(fane, adresse):
    fane.side.goto(adresse + "eierskap/", wait_until="networkidle")
    fane.side.get_by_role("checkbox", name="Jeg har lest denne siden").check()
    assert axe_brudd(fane.side, ".sm-lesesti--side") == []


def test_skriv_ut_knappen_finnes_med_javascript(fane, adresse):
    fane.side.goto(adresse + HELE, wait_until="networkidle")
    assert fane.side.get_by_role("button", name="Skriv ut veiledningen").is_visible()


@pytest.mark.bygg
def test_merkene_navngir_siden_og_holdes_utenfor_soeket(site):
    html = les(site, NYE)
    for tittel in SIDER.values():
        assert f">Jeg har lest «{tittel}»</label>" in html
    indeks = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "Jeg har lest" not in indeks
    assert "sider lest" not in indeks
