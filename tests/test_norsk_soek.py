"""Norwegian search made in the search worker: the build's data (compound parts, synonyms) and its checks,
the worker file, and the worker's code (forms, query variants) run in a page with lunr's Norwegian stemmer."""

import hashlib
import json
import re

import pytest
import rjsmin
from mkdocs.exceptions import PluginError

from hooks import norsk_soek
from utvikling.bygg import ROT, bygg, kopi_med
from utvikling.server import kopi_servert
from utvikling.soek import soek

pytestmark = pytest.mark.nettleser

ARBEIDER = re.compile(r'"search": "((?:\.\./)*assets/javascripts/workers/norsk-soek\.([0-9a-f]{8})\.min\.js)"')
DATA = re.compile(r"^self\.norskSokData=(\{.*?\});\n", re.S)


@pytest.fixture(scope="module")
def indeks(site):
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def arbeider(site):
    """The built worker's address below the site root, and its text."""
    treff = ARBEIDER.search((site / "index.html").read_text(encoding="utf-8"))
    assert treff, "forsiden peker ikke på søkearbeideren med norske former"
    return treff.group(1), (site / treff.group(1)).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def js(nettleser, site, arbeider):
    """A page that has run the built worker file and lunr's Norwegian stemmer, as Material's worker loads
    them: call the worker's functions with js(expression, argument)."""
    side = nettleser.new_page()
    feil = []
    side.on("pageerror", lambda e: feil.append(str(e)))
    side.set_content("<!doctype html><title>norsk_soek</title>")
    side.add_script_tag(content=arbeider[1])
    for fil in ("lunr.stemmer.support.min.js", "lunr.no.min.js"):
        side.add_script_tag(content=(site / "assets" / "javascripts" / "lunr" / "min" / fil).read_text(encoding="utf-8"))
    assert feil == []
    yield side.evaluate
    side.close()


# --- Compound words ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "ord_,deler",
    [
        ("kommunikasjonspolitikk", ["kommunikasjons", "politikk"]),
        ("ansvarsbegrensning", ["ansvars", "begrensning"]),
        ("saksbehandlingssystemet", ["saksbehandlings", "systemet"]),
        ("personverninnstillingene", ["person", "vern", "innstillingene"]),
        ("åpenhetskultur", ["åpenhets", "kultur"]),
    ],
)
@pytest.mark.enhet
def test_sammensatte_ord_deles_i_ord_fra_ordlista(ord_, deler):
    assert norsk_soek.del_opp(ord_) == deler


@pytest.mark.enhet
@pytest.mark.parametrize("ord_", ["kolleger", "segmentering", "brukerne", "virksomheten", "kommunikasjon", "mennesker"])
def test_ord_som_ikke_er_sammensatt_blir_hele(ord_):
    """Rarer «words» of the list and grammatical endings do not split a common word («koll» + «eger»)."""
    assert norsk_soek.del_opp(ord_) == [ord_]


@pytest.mark.bygg
def test_arbeideren_har_nettstedets_sammensetninger_og_synonymene(arbeider):
    data = json.loads(DATA.match(arbeider[1]).group(1))
    sammensetninger = data["sammensetninger"].split()
    assert "kommunikasjons|politikk" in sammensetninger
    assert "taushets|plikt" in sammensetninger
    assert all("".join(s.split("|")).isalpha() for s in sammensetninger)
    assert ["ansvarsbegrensning", "disclaimer", "ansvarsfraskrivelse"] in data["synonymer"]


# --- The synonym file and its checks -----------------------------------------------------------------------


@pytest.mark.enhet
def test_synonymfila_leses_med_smaa_bokstaver_og_ord_for_ord(tmp_path):
    fil = tmp_path / "s.yml"
    fil.write_text("synonymer:\n  - [SoMe, Sosiale  medier]\n  - [annonse, betalt spredning]\n", encoding="utf-8")
    assert norsk_soek.les_synonymer(fil) == [["some", "sosiale medier"], ["annonse", "betalt spredning"]]


@pytest.mark.parametrize(
    "tekst,melding",
    [
        ("synonymer: [a, b", "er ikke gyldig YAML"),
        ("- [some, sosiale medier]\n", "fila skal ha ett felt, «synonymer:»"),
        ("synonymer:\n  ord: [a, b]\n", "«synonymer» skal være en liste av grupper"),
        ("synonymer:\n  - [some]\n", "synonymer, gruppe 1: en gruppe er en liste med minst to ord"),
        ("synonymer:\n  - some, sosiale medier\n", "synonymer, gruppe 1: en gruppe er en liste med minst to ord"),
        ("synonymer:\n  - [some, 42]\n", "synonymer, gruppe 1: 42 er ikke et ord"),
        ("synonymer:\n  - [some, '<b>x</b>']\n", "synonymer, gruppe 1: «<b>x</b>» inneholder < eller >"),
        ("synonymer:\n  - [some, sosiale medier]\n  - [reklame, SoMe]\n", "synonymer, gruppe 2: «SoMe» står også i gruppe 1"),
        ("synonymer:\n  - [reklame, annonse, Reklame]\n", "synonymer, gruppe 1: «Reklame» står også i gruppe 1"),
    ],
)
@pytest.mark.enhet
def test_feil_i_synonymfila_gir_norsk_melding_med_sted_og_retting(tmp_path, tekst, melding):
    fil = tmp_path / "synonymer.yml"
    fil.write_text(tekst, encoding="utf-8")
    with pytest.raises(PluginError) as feil:
        norsk_soek.les_synonymer(fil)
    assert str(feil.value).startswith(f"{fil}: ")
    assert melding in str(feil.value)


@pytest.mark.bygg
def test_dobbelt_synonym_stopper_det_strenge_bygget(tmp_path):
    tekst = (ROT / "hooks" / "synonymer.yml").read_text(encoding="utf-8") + "  - [reklame, markedsføring]\n"
    prosjekt = kopi_med(tmp_path / "p", {}, {"hooks/synonymer.yml": tekst})
    resultat = bygg(tmp_path / "site", config="test.yml", cwd=prosjekt)
    assert resultat.returncode != 0
    assert "hooks/synonymer.yml: synonymer, gruppe" in resultat.stderr
    assert "«reklame» står også i gruppe 3" in resultat.stderr
    assert "slå sammen gruppene" in resultat.stderr


# --- The worker's code ---------------------------------------------------------------------------------------


# Index terms as lunr keeps them: Material splits only at spaces and hyphens, so punctuation stays on.
TERMER = ["sanntid.", "sanntidsbilde", "profiler", "profilering", "rutine", "tid", "tiden", "«disclaimer»,", "kommunikasjonspolitikk"]


@pytest.mark.parametrize(
    "term,former",
    [
        ("sanntiden", {"sanntid."}),
        ("sanntidene", {"sanntid."}),
        ("profilene", {"profiler"}),
        ("rutinen", {"rutine"}),
        ("disclaimeren", {"«disclaimer»,"}),
        # «tid» is shorter than 4 letters (its forms are too many other words' beginnings); «tiden» is a word.
        ("tidene", {"tiden"}),
        # A word the term begins is Material's own prefix match.
        ("sanntid", set()),
    ],
)
def test_soekeordet_finner_indeksordene_det_er_en_boyd_form_av(js, term, former):
    assert set(js("([t, termer]) => [...norskSok.ordbok.former(t, new norskSok.Ordliste(termer))]", [term, TERMER])) == former


@pytest.mark.parametrize("term", ["politikk", "politikken", "kommunikasjon"])
def test_del_av_sammensatt_ord_finner_indeksordet_for_helheten(js, term):
    funnet = js("([t, termer]) => [...norskSok.ordbok.sammensatteAv(t, new norskSok.Ordliste(termer))]", [term, TERMER])
    assert funnet == ["kommunikasjonspolitikk"]


def test_ordlista_finner_ord_med_prefiks_uten_tegnsetting(js):
    assert js("([p, termer]) => [...new norskSok.Ordliste(termer).medPrefiks(p)]", ["sanntid", TERMER]) == ["sanntid", "sanntidsbilde"]
    assert js("([p, termer]) => [...new norskSok.Ordliste(termer).medPrefiks(p)]", ["x", TERMER]) == []


@pytest.mark.parametrize(
    "term,variant",
    [("segmentere", "segmenter"), ("målretting", "målrett"), ("utestengt", "utesteng"), ("redigering", "rediger"), ("svartiden", "svartid")],
)
def test_sporreordet_slaas_ogsaa_opp_paa_stammen(js, term, variant):
    assert variant in js("t => norskSok.varianter(t)", term)


def test_korte_stammer_brukes_ikke(js):
    """«tider» → «tid» would find every word beginning with «tid»."""
    assert js("t => norskSok.varianter(t)", "tider") == []


def test_dokumentet_faar_synonymer_og_ingen_former(js):
    """Forms and compound parts are matched when the reader searches: nothing but synonyms is added per document."""
    dok = js(
        """d => { norskSok.ordbok.utvid(d); return d; }""",
        {"title": "Sosiale medier", "text": "<p>Statens kommunikasjonspolitikk og betalt spredning.</p>"},
    )
    assert {"annonsering", "reklame", "sponset", "innhold"} <= set(dok["synonymer"].split())
    assert "spredning" not in dok["synonymer"].split()
    assert dok["tittelsynonymer"] == "some"
    assert set(dok) == {"title", "text", "synonymer", "tittelsynonymer"}


def test_dokument_uten_synonymer_faar_ingen_felt(js):
    dok = js("""d => { norskSok.ordbok.utvid(d); return d; }""", {"title": "Eierskap", "text": "<p>Innholdet ditt.</p>"})
    assert {felt for felt, verdi in dok.items() if verdi} == {"title", "text"}


def test_ett_tegn_fra(js):
    assert js("([a, b]) => norskSok.ettTegnFra(a, b)", ["persnvern", "personvern"])
    assert js("([a, b]) => norskSok.ettTegnFra(a, b)", ["sanntis", "sanntid"])
    assert not js("([a, b]) => norskSok.ettTegnFra(a, b)", ["sanntdi", "sanntid"])


# --- The worker file and the index ---------------------------------------------------------------------------


@pytest.mark.bygg
def test_sokeindeksen_har_bare_materials_felt(indeks):
    assert set(indeks["config"]) <= {"lang", "separator", "pipeline", "fields"}
    assert set(indeks["config"]["fields"]) <= {"title", "text", "tags"}
    assert {felt for dok in indeks["docs"] for felt in dok} <= {"location", "title", "text", "tags", "boost"}


@pytest.mark.bygg
def test_arbeideren_er_data_og_vaar_kode_minifisert_foran_materials_og_navngitt_etter_innholdet(site, arbeider):
    sti, tekst = arbeider
    assert hashlib.sha256(tekst.encode("utf-8")).hexdigest()[:8] == re.search(r"\.([0-9a-f]{8})\.min", sti).group(1)
    etter_data = tekst[DATA.match(tekst).end():]
    assert etter_data.startswith(rjsmin.jsmin((ROT / "hooks" / "norsk_soek.js").read_text(encoding="utf-8")))
    materials = next((site / "assets" / "javascripts" / "workers").glob("search.*.min.js")).read_text(encoding="utf-8")
    assert materials.split("//# sourceMappingURL=")[0].strip() in tekst
    for side in ("404.html", "personvern/index.html"):
        assert "norsk-soek." in (site / side).read_text(encoding="utf-8"), side


def test_uten_kroken_er_indeksen_den_samme_og_materials_soek_virker(tmp_path, site, nettleser):
    """Zensical ignores hooks: without this one the pages use Material's worker and search still works."""
    with kopi_servert(tmp_path, filer={"hooks/norsk_soek.py": ""}) as adresse:
        uten = tmp_path / "site"
        assert (uten / "search" / "search_index.json").read_bytes() == (site / "search" / "search_index.json").read_bytes()
        html = (uten / "index.html").read_text(encoding="utf-8")
        assert re.search(r'"search": "assets/javascripts/workers/search\.[0-9a-f]{8}\.min\.js"', html)
        assert not list((uten / "assets" / "javascripts" / "workers").glob("norsk-soek.*"))
        side = nettleser.new_page()
        side.goto(adresse, wait_until="networkidle")
        assert soek(side, "sanntid")[0] == "/sanntid/"
        side.close()

