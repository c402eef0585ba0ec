"""The strict build: clean for the real site (every kind of mistake that must stop it: test_feilkatalog.py)."""

import re

import pytest

from utvikling.bygg import bygg, kopi_med

pytestmark = pytest.mark.bygg

SIDE = "---\ndescription: En testside.\npublisert: 2020-01-01\nsist_endret: 2020-01-02\nrender_macros: true\n---\n\n# Test\n\n"


def test_ekte_bygg_er_rent(site):
    assert (site / "index.html").exists()


def test_ekte_bygg_gir_ingen_advarsler(tmp_path):
    resultat = bygg(tmp_path / "site")
    assert resultat.returncode == 0, resultat.stderr
    assert "WARNING" not in resultat.stderr


def bygg_kopi(tmp_path, overstyr=None, filer=None):
    prosjekt = kopi_med(tmp_path / "prosjekt", overstyr or {}, filer)
    return bygg(tmp_path / "site", config="test.yml", cwd=prosjekt)


def test_anker_med_aeoeaa_virker_i_lenker(tmp_path):
    resultat = bygg_kopi(tmp_path, filer={"docs/eierskap.md": SIDE + "Se [svar](sanntid.md#når-svaret-tar-tid).\n"})
    assert resultat.returncode == 0, resultat.stderr


def test_sider_uten_makroer_viser_datoene_under_tittelen(site):
    html = (site / "sanntid" / "index.html").read_text(encoding="utf-8")
    assert "{{" not in html
    assert re.search(
        r'</h1>\s*<p class="sm-datoer">Originalen hos Digdir: Publisert <time datetime="2017-08-16">16\. august 2017</time> · '
        r'Sist endret <time datetime="2019-01-25">25\. januar 2019</time></p>',
        html,
    )
