"""The strict build: clean for the real site, and a clear stop naming the file for every kind of mistake."""

import re

import pytest

from bygg import ROT, bygg, kopi_med

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


def test_lenke_til_side_som_ikke_finnes_stopper_bygget(tmp_path):
    resultat = bygg_kopi(tmp_path, filer={"docs/eierskap.md": SIDE + "Se [dette](finnes-ikke.md).\n"})
    assert resultat.returncode != 0
    assert "finnes-ikke.md" in resultat.stderr


def test_lenke_til_anker_som_ikke_finnes_stopper_bygget(tmp_path):
    resultat = bygg_kopi(tmp_path, filer={"docs/eierskap.md": SIDE + "Se [dette](personvern.md#ikke-her).\n"})
    assert resultat.returncode != 0
    assert "#ikke-her" in resultat.stderr


def test_anker_med_aeoeaa_virker_i_lenker(tmp_path):
    resultat = bygg_kopi(tmp_path, filer={"docs/eierskap.md": SIDE + "Se [svar](sanntid.md#når-svaret-tar-tid).\n"})
    assert resultat.returncode == 0, resultat.stderr


def test_udefinert_variabel_stopper_bygget_og_navngir_fila(tmp_path):
    resultat = bygg_kopi(tmp_path, filer={"docs/eierskap.md": SIDE + "{{ virksomhet.finnes_ikke }}\n"})
    assert resultat.returncode != 0
    assert "eierskap.md" in resultat.stderr
    assert "finnes_ikke" in resultat.stderr


def test_feil_makroargument_stopper_bygget(tmp_path):
    resultat = bygg_kopi(tmp_path, filer={"docs/eierskap.md": SIDE + "{{ kontakt_kommunikasjon(42) }}\n"})
    assert resultat.returncode != 0
    assert "eierskap.md" in resultat.stderr
    assert "kontakt_kommunikasjon" in resultat.stderr


def test_manglende_dato_stopper_bygget_og_navngir_fila(tmp_path):
    uten_dato = SIDE.replace("publisert: 2020-01-01\n", "")
    resultat = bygg_kopi(tmp_path, filer={"docs/eierskap.md": uten_dato})
    assert resultat.returncode != 0
    assert "eierskap.md: front matter mangler «publisert»" in resultat.stderr


def test_makrokall_uten_render_macros_stopper_bygget_og_navngir_fila(tmp_path):
    uten = SIDE.replace("render_macros: true\n", "") + "{{ kontaktinformasjon() }}\n"
    resultat = bygg_kopi(tmp_path, filer={"docs/eierskap.md": uten})
    assert resultat.returncode != 0
    assert "docs/eierskap.md: bruker makroer" in resultat.stderr
    assert "render_macros: true" in resultat.stderr


def test_sider_uten_makroer_viser_datoene_under_tittelen(site):
    html = (site / "sanntid" / "index.html").read_text(encoding="utf-8")
    assert "{{" not in html
    assert re.search(
        r'</h1>\s*<p class="sm-datoer">Originalen hos Digdir: Publisert <time datetime="2017-08-16">16\. august 2017</time> · '
        r'Sist endret <time datetime="2019-01-25">25\. januar 2019</time></p>',
        html,
    )


FELT = ["navn", "kommunikasjonsavdeling", "epost", "telefon", "betjent", "tilgjengelighetserklaering"]


@pytest.mark.parametrize("felt", FELT)
def test_manglende_innstilling_stopper_bygget(tmp_path, felt):
    linjer = (ROT / "mkdocs.yml").read_text(encoding="utf-8").splitlines(keepends=True)
    uten = "".join(linje for linje in linjer if not linje.startswith(f"    {felt}:"))
    assert uten != "".join(linjer)
    resultat = bygg_kopi(tmp_path, filer={"mkdocs.yml": uten})
    assert resultat.returncode != 0
    assert f"test.yml: extra.virksomhet.{felt} mangler" in resultat.stderr


@pytest.mark.parametrize("felt", FELT)
def test_tom_innstilling_stopper_bygget(tmp_path, felt):
    resultat = bygg_kopi(tmp_path, {"extra": {"virksomhet": {felt: " "}}})
    assert resultat.returncode != 0
    assert f"test.yml: extra.virksomhet.{felt} mangler eller er tom" in resultat.stderr


def test_tilgjengelighetserklaering_maa_vaere_https(tmp_path):
    resultat = bygg_kopi(tmp_path, {"extra": {"virksomhet": {"tilgjengelighetserklaering": "uustatus.no"}}})
    assert resultat.returncode != 0
    assert "extra.virksomhet.tilgjengelighetserklaering må være en https-adresse" in resultat.stderr
