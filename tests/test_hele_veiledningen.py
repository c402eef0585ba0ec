"""«Hele veiledningen» (overrides/verktoey/hele-veiledningen/): every topic on one page, as built. How its
tools load when the reader nears them: tests/test_bunter.py; how it prints: tests/test_utskrift.py."""

import json
import re

import pytest
from sider import DATOER, HELE, NYE, SIDER, les

from utvikling.bygg import ROT, bygg, kopi_med

pytestmark = pytest.mark.bygg


def test_hele_veiledningen_viser_emnet_som_emnesiden_gjoer(tmp_path):
    """Jinja runs on a topic in the whole guidance only where it runs on the topic's own page: braces shown
    on purpose (render_macros: false) stay braces in both places."""
    kilde = (ROT / "docs" / "viral-spredning.md").read_text(encoding="utf-8")
    side = kilde.replace("sist_endret: 2019-01-25\n", "sist_endret: 2019-01-25\nrender_macros: false\n").replace(
        "# Viral spredning\n", "# Viral spredning\n\nSlik skrives en makro: {{ 7*7 }}\n"
    )
    assert side.count("{{ 7*7 }}") == 1 and "render_macros: false" in side
    kopi = kopi_med(tmp_path / "prosjekt", {}, filer={"docs/viral-spredning.md": side})
    resultat = bygg(tmp_path / "site", config="test.yml", cwd=kopi)
    assert resultat.returncode == 0, resultat.stderr
    for sti in ("viral-spredning/", HELE):
        html = les(tmp_path / "site", sti)
        assert "Slik skrives en makro: {{ 7*7 }}" in html, sti
        assert "Slik skrives en makro: 49" not in html, sti


def test_hele_veiledningen_har_alle_emnene_med_datoer_og_innhold(site):
    html = les(site, HELE)
    artikkel = html[html.index("<article"):html.index("</article>")]
    assert "{{" not in artikkel and "{%" not in artikkel and "{#" not in artikkel
    titler = re.findall(r'<h2 class="sm-emne" id="([^"]+)">([^<]+)<', artikkel)
    assert [t for _, t in titler] == list(SIDER.values())
    assert artikkel.count(DATOER.replace("16. august 2017", '<time datetime="2017-08-16">16. august 2017</time>')
                          .replace("25. januar 2019", '<time datetime="2019-01-25">25. januar 2019</time>')) == len(SIDER)
    innhold = re.search(r'<h2 id="innhold">.*?</ol>', artikkel, re.S).group(0)
    assert re.findall(r'<a href="#([^"]+)">', innhold) == [i for i, _ in titler]
    # The macros of the included pages ran: checklists, the agency's contact advice, the footnote.
    assert 'id="sjekkliste-personvern"' in artikkel and 'id="sjekkliste-dialog"' in artikkel
    assert "Virksomhetens kommunikasjonsavdeling" in artikkel
    # Whose guidance it is, once, before the contents.
    assert artikkel.count('<aside class="sm-kilde"') == 1
    assert artikkel.count("Originalen hos Digdir: " + DATOER.split(" · ")[0].replace("16. august 2017", '<time datetime="2017-08-16">16. august 2017</time>')) == len(SIDER)
    assert 'id="fn:personvern-antall"' in artikkel
    # Only one h1, and no id twice.
    assert artikkel.count("<h1") == 1
    ider = re.findall(r'\sid="([^"]+)"', html)
    assert sorted({i for i in ider if ider.count(i) > 1}) == []


def test_hele_veiledningen_har_emnesidenes_avsnitt_med_forutsigbare_ankere(site):
    hele = set(re.findall(r'<h3 id="([^"]+)"', les(site, HELE)))
    for sti, tittel in SIDER.items():
        emne = re.search(r'<h2 class="sm-emne" id="([^"]+)">' + re.escape(tittel), les(site, HELE)).group(1)
        for anker in re.findall(r'<h2 id="([^"]+)">[^<]*<a class="headerlink"', les(site, sti)):
            assert f"{emne}--{anker}" in hele, (sti, anker)


def test_lenker_mellom_emnene_peker_inn_paa_siden(site):
    html = les(site, HELE)
    start = html.index('<h2 class="sm-emne" id="sanntid">')
    sanntid = html[start:html.index('<h2 class="sm-emne" id="viral-spredning">')]
    assert '<a href="#ansvarsbegrensning">"Ansvarsbegrensning"</a>' in sanntid
    assert '<a href="https://lovdata.no/lov/1967-02-10">Forvaltningslovens</a>' in html


def test_hele_veiledningen_er_ikke_i_soeket(site):
    indeks = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    steder = [dok["location"] for dok in indeks["docs"]]
    assert not [s for s in steder if s.startswith(HELE)]
    assert any(s.startswith(NYE) for s in steder)
