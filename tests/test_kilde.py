"""Whose guidance it is: Digdir is credited on every page, from the one place the facts are kept
(extra.kilde in mkdocs.yml), and the project's own words are marked as added."""

import re

import pytest
from sider import ALLE_SIDER, SIDER

from utvikling.bygg import bygg, konfig, kopi_med

pytestmark = pytest.mark.bygg

ANDRE_SIDER = ["for-nye-medarbeidere/", "hele-veiledningen/"]


def les(site, sti):
    return (site / sti / "index.html").read_text(encoding="utf-8")


def kilde():
    return konfig()["extra"]["kilde"]


def bunntekst(html):
    return html[html.index('<div class="md-copyright sm-bunntekst">'):]


def artikkel(html):
    return html[html.index("<article"):html.index("</article>")]


@pytest.mark.parametrize("sti", [*ALLE_SIDER, *ANDRE_SIDER])
def test_bunnteksten_krediterer_digdir_paa_hver_side(site, sti):
    k = kilde()
    tekst = bunntekst(les(site, sti))
    assert f"Teksten er fra Digdir: veiledningen «{k['tittel']}», siden «{k['side']}»" in tekst
    assert f'<a href="{k["adresse"]}">originalen</a>' in tekst
    assert "Publisert her av Virksomheten." in tekst


@pytest.mark.parametrize("sti", SIDER)
def test_hver_emneside_har_kildemerknad_og_digdirs_datoer(site, sti):
    k = kilde()
    html = artikkel(les(site, sti))
    (merknad,) = re.findall(r'<aside class="sm-kilde" aria-label="Kilde" data-search-exclude>.*?</aside>', html, re.S)
    assert f"«{k['side']}» i veiledningen «{k['tittel']}» fra {k['utgiver']} ({k['utgiver_kort']})" in merknad
    assert f'<a href="{k["adresse"]}">originalsiden</a>' in merknad
    assert f'<a href="{k["gjeldende"]}">gjeldende utgave hos Digdir</a>' in merknad
    # Attribution without implying endorsement, and what «Lagt til» means.
    assert "Digdir har ikke laget eller godkjent denne utgaven." in merknad
    assert "merket «Lagt til»" in merknad
    # No licence is named unless mkdocs.yml names one (none has been found stated by Digdir).
    assert "isens" not in merknad
    assert '<p class="sm-datoer">Originalen hos Digdir: Publisert' in html


@pytest.mark.parametrize("sti", ["kontakt/", *ANDRE_SIDER])
def test_virksomhetens_egne_sider_har_ingen_digdir_datoer(site, sti):
    html = artikkel(les(site, sti))
    assert "Originalen hos Digdir" not in html.split('<h2 class="sm-emne"', 1)[0]


def test_kildemerknaden_er_utenfor_soeket(site):
    indeks = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "har ikke laget eller godkjent" not in indeks


def test_lagt_til_er_merket_og_kildens_overskrifter_er_det_ikke(site):
    sanntid = les(site, "sanntid/")
    assert re.search(r'<h2 class="sm-lagt-til" id="svartid">', sanntid)
    assert 'class="admonition tip sm-lagt-til"' in sanntid
    # «Dette bør du sjekke jevnlig» and «Forslag til tekst» are Digdir's own headings.
    assert re.search(r'<h2 id="dette-bør-du-sjekke-jevnlig">', les(site, "personvern/"))
    assert re.search(r'<h2 id="forslag-til-tekst">', les(site, "ansvarsbegrensning/"))


def test_se_eksempel_under_lenker_til_forslaget(site):
    assert '(<a href="../ansvarsbegrensning/#forslag-til-tekst">se eksempel under</a>).' in les(site, "dialog/")


def test_lisens_nevnes_naar_den_er_oppgitt(tmp_path):
    k = {**kilde(), "lisens": {"navn": "Eksempellisens 1.0", "adresse": "https://lisens.example/1.0"}}
    prosjekt = kopi_med(tmp_path / "p", {"extra": {"kilde": k}})
    resultat = bygg(tmp_path / "site", config="test.yml", cwd=prosjekt)
    assert resultat.returncode == 0, resultat.stderr
    html = les(tmp_path / "site", "sanntid/")
    assert 'Lisens: <a href="https://lisens.example/1.0">Eksempellisens 1.0</a>.' in html
    assert 'lisens <a href="https://lisens.example/1.0">Eksempellisens 1.0</a>' in bunntekst(html)


@pytest.mark.parametrize(
    "endring,feil",
    [
        ({"adresse": "http://difi.no/egenskaper"}, "extra.kilde.adresse må være en https-adresse"),
        ({"utgiver_kort": ""}, "extra.kilde.utgiver_kort mangler eller er tom"),
        ({"lisens": {"navn": "NLOD"}}, "extra.kilde.lisens er enten tom, eller har både «navn» og «adresse»"),
    ],
)
def test_feil_i_kilden_stopper_bygget(tmp_path, endring, feil):
    prosjekt = kopi_med(tmp_path / "p", {"extra": {"kilde": {**kilde(), **endring}}})
    resultat = bygg(tmp_path / "site", config="test.yml", cwd=prosjekt)
    assert resultat.returncode != 0
    assert feil in resultat.stderr
