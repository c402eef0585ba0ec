"""Unit tests of the macros, without a build."""

import datetime
import re
from pathlib import Path
from types import SimpleNamespace

import jinja2
import pytest
import yaml
from falsk_miljoe import FalskMiljoe  # noqa: E402

from macros import emner, front_matter, innstillinger, kilde, kontakt  # noqa: E402
from macros.feil import Innholdsfeil  # noqa: E402

pytestmark = pytest.mark.enhet

OVERRIDES = Path(__file__).resolve().parent.parent / "overrides"
# extra.kilde as mkdocs.yml has it (the test reads it from there, so a change of address needs no test change).
KONF = {"extra": {"kilde": yaml.safe_load(re.search(r"(?ms)^  kilde:\n.*?(?=^  #|^  \w+:(?! ))", (OVERRIDES.parent / "mkdocs.yml").read_text(encoding="utf-8"))[0])["kilde"]}}

VIRKSOMHET = {
    "navn": "Statens vegvesen",
    "kommunikasjonsavdeling": "kommunikasjonsstab",
    "epost": "firmapost@vegvesen.example",
    "telefon": "+47 22 07 30 00",
    "betjent": "hverdager kl. 8–15.30",
    "tilgjengelighetserklaering": "https://uustatus.no/nb/erklaringer/publisert/abc",
}


def gjengi_partial(kilde, **verdier):
    """A template string rendered the way the theme does, with overrides/ on the template path."""
    miljoe = jinja2.Environment(loader=jinja2.FileSystemLoader(str(OVERRIDES)), undefined=jinja2.StrictUndefined)
    return miljoe.from_string(kilde).render(**verdier)


@pytest.mark.parametrize(
    "dato,tekst",
    [
        (datetime.date(2017, 8, 16), "16. august 2017"),
        (datetime.date(2026, 12, 1), "1. desember 2026"),
        (datetime.date(2024, 5, 9), "9. mai 2024"),
        (datetime.datetime(2020, 3, 1, 12, 0), "1. mars 2020"),
    ],
)
def test_norsk_dato(dato, tekst):
    mal = '{% from "partials/norsk-dato.html" import norsk_dato %}{{ norsk_dato(d) }}'
    assert gjengi_partial(mal, d=dato) == tekst


def test_datoer_under_tittelen():
    meta = {"publisert": datetime.date(2017, 8, 16), "sist_endret": datetime.datetime(2019, 1, 25, 9, 30)}
    # A topic (top of nav): the dates are the original's, and the line says whose.
    html = gjengi_partial('{% include "partials/datoer.html" %}', page={"meta": meta, "parent": None}, config=KONF)
    assert html == (
        '<p class="sm-datoer">Originalen hos Digdir: Publisert <time datetime="2017-08-16">16. august 2017</time>'
        ' · Sist endret <time datetime="2019-01-25">25. januar 2019</time></p>'
    )


def test_virksomhetens_egen_side_viser_egne_datoer_uten_digdir():
    meta = {"publisert": datetime.date(2026, 11, 2), "sist_endret": datetime.date(2026, 11, 3)}
    html = gjengi_partial('{% include "partials/datoer.html" %}', page={"meta": meta, "parent": "Vår etat"}, config=KONF)
    assert html.startswith('<p class="sm-datoer">Publisert <time datetime="2026-11-02">')
    assert "Digdir" not in html


def test_side_uten_datoer_faar_ingen_datolinje():
    assert gjengi_partial('{% include "partials/datoer.html" %}', page={"meta": {}, "parent": None}, config=KONF).strip() == ""


GOD = "---\ndescription: Side.\npublisert: 2020-01-01\nsist_endret: 2020-01-02\n---\n\n# Side\n"


@pytest.mark.parametrize(
    "tekst",
    [
        GOD,
        "---\ndescription: Uten datoer.\n---\n\n# Side\n",
        "# Uten front matter\n",
        GOD.replace("---\n\n", "render_macros: true\n---\n\n") + "{{ kontaktinformasjon() }}\n",
        GOD.replace("---\n\n", "render_macros: false\n---\n\n") + "Klammer med vilje: {{ x }}\n",
    ],
)
def test_gode_sider_godtas(tekst):
    front_matter.sjekk_side("side.md", tekst)


def test_alle_sidene_i_docs_godtas():
    front_matter.sjekk({"docs_dir": str(OVERRIDES.parent / "docs")})


@pytest.mark.bygg
def test_innstillinger_godtas():
    conf = {"config_file_path": "mkdocs.yml", "extra": {"virksomhet": {**VIRKSOMHET, "primaerfarge": "#1b4570"}}}
    assert innstillinger.valider(conf)["navn"] == "Statens vegvesen"


def test_innstillinger_mangler_helt():
    with pytest.raises(Innholdsfeil, match="extra.virksomhet mangler"):
        innstillinger.valider({"extra": {}})


def miljoe(**virksomhet):
    """A stand-in env whose settings have been through the build's checks (which derive the «avsender»)."""
    conf = {"theme": SimpleNamespace(custom_dir=str(OVERRIDES)), "extra": {**KONF["extra"], "virksomhet": {**VIRKSOMHET, **virksomhet}}}
    kilde.valider(conf)
    env = FalskMiljoe(conf=conf)
    kontakt.registrer(env)
    return env


def test_kontakt_navngir_avdelingen_og_escaper():
    env = miljoe(navn="A & <B>")
    html = env.macros["kontakt_kommunikasjon"]("Er du i tvil, ta kontakt.")
    assert "<p>Er du i tvil, ta kontakt.</p>" in html
    assert "<strong>A &amp; &lt;B&gt;s kommunikasjonsstab</strong>" in html
    assert "E-post: <a href" in html and " · Telefon: <a href" in html
    assert 'href="mailto:firmapost@vegvesen.example"' in html
    assert 'href="tel:+4722073000"' in html
    assert "(hverdager kl. 8–15.30)" in html


def test_kontaktinformasjon_fra_innstillingene():
    html = miljoe().macros["kontaktinformasjon"]()
    # Who answers here (the agency's department, as a full phrase) and who wrote the guidance, apart.
    svarer, skrev = html.split('<h2 id="hvem-skrev">')
    assert '<h2 id="hvem-svarer">Hvem svarer på spørsmål her</h2>' in svarer
    assert "Statens vegvesens kommunikasjonsstab svarer på spørsmål" in svarer
    assert "Digdir" not in svarer
    assert "Direktoratet for forvaltning og digitalisering (Digdir)" in skrev
    assert "sender du til Statens vegvesens kommunikasjonsstab, ikke til Digdir" in skrev
    assert '<a href="tel:+4722073000">+47 22 07 30 00</a>' in html
    assert 'href="https://uustatus.no/nb/erklaringer/publisert/abc"' in html


def test_kontakt_krever_tekst():
    env = miljoe()
    with pytest.raises(TypeError, match="kontakt_kommunikasjon"):
        env.macros["kontakt_kommunikasjon"](None)


def test_sider_i_nav_gaar_gjennom_seksjoner():
    nav = ["index.md", {"A": "a.md"}, {"Seksjon": [{"B": "b/b.md"}, {"C": "https://example.org/"}]}]
    assert list(emner.sider_i_nav(nav)) == [(None, "index.md"), ("A", "a.md"), ("B", "b/b.md"), ("C", "https://example.org/")]


def test_emneoversikt_lenker_relativt_og_bruker_beskrivelsen(tmp_path):
    (tmp_path / "a.md").write_text("---\ndescription: Om A.\npublisert: 2020-01-01\n---\n# A\n", encoding="utf-8")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "b.md").write_text("---\ndescription: Om B.\npublisert: 2020-01-01\n---\n# B\n", encoding="utf-8")
    (tmp_path / "kontakt.md").write_text("---\ndescription: Kontakt oss.\n---\n# Kontakt\n", encoding="utf-8")
    (tmp_path / "index.md").write_text("---\ndescription: Hjem.\npublisert: 2020-01-01\n---\n# Hjem\n", encoding="utf-8")
    nav = [{"Hjem": "index.md"}, {"A": "a.md"}, {"B": "b/b.md"}, {"Kontakt": "kontakt.md"}]
    conf = {"nav": nav, "docs_dir": str(tmp_path)}
    env = FalskMiljoe(conf=conf, src_uri="index.md")
    emner.registrer(env)
    html = env.macros["emneoversikt"]()
    assert "[**A**](a.md)" in html and "Om A." in html
    assert "[**B**](b/b.md)" in html and "Om B." in html
    assert "Hjem" not in html
    assert "Kontakt" not in html, "sider uten publiseringsdato er ikke emner"


def test_emneoversikt_tar_ikke_med_sider_i_seksjoner(tmp_path):
    """An agency's own pages in a nav section are not topics of the guidance, even with a date."""
    for navn in ("a", "egen"):
        (tmp_path / f"{navn}.md").write_text(f"---\ndescription: Om {navn}.\npublisert: 2020-01-01\n---\n", encoding="utf-8")
    nav = [{"A": "a.md"}, {"Vår etat": [{"Egen side": "egen.md"}]}]
    env = FalskMiljoe(conf={"nav": nav, "docs_dir": str(tmp_path)}, src_uri="index.md")
    emner.registrer(env)
    html = env.macros["emneoversikt"]()
    assert "[**A**](a.md)" in html
    assert "egen.md" not in html and "Egen side" not in html


def test_emneoversikt_tar_aldri_med_oversiktssiden(tmp_path):
    for navn in ("index", "a"):
        (tmp_path / f"{navn}.md").write_text(f"---\ndescription: Om {navn}.\npublisert: 2020-01-01\n---\n", encoding="utf-8")
    env = FalskMiljoe(conf={"nav": [{"Egenskaper": "index.md"}, {"A": "a.md"}], "docs_dir": str(tmp_path)}, src_uri="alt.md")
    emner.registrer(env)
    html = env.macros["emneoversikt"]()
    assert "[**A**](a.md)" in html
    assert "Egenskaper" not in html


def test_emneoversikt_krever_beskrivelse(tmp_path):
    (tmp_path / "a.md").write_text("---\npublisert: 2020-01-01\n---\n# A uten beskrivelse\n", encoding="utf-8")
    env = FalskMiljoe(conf={"nav": [{"A": "a.md"}], "docs_dir": str(tmp_path)}, src_uri="index.md")
    emner.registrer(env)
    with pytest.raises(Innholdsfeil, match="docs/a.md: front matter mangler «description»"):
        env.macros["emneoversikt"]()


def test_emneoversikt_oppdager_manglende_fil(tmp_path):
    env = FalskMiljoe(conf={"nav": [{"A": "borte.md"}], "docs_dir": str(tmp_path)}, src_uri="index.md")
    emner.registrer(env)
    with pytest.raises(Innholdsfeil, match="borte.md"):
        env.macros["emneoversikt"]()
