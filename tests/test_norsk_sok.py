"""Norwegian search forms made in the browser: the JS stemmer and forms equal Python's, the search index
stays Material's own, and the worker that makes them is named after its content."""

import hashlib
import json
import re

import pytest
import rjsmin
import snowballstemmer

from bygg import ROT
from conftest import kopi_servert
from sok import sok

ARBEIDER = re.compile(r'"search": "((?:\.\./)*assets/javascripts/workers/norsk-sok\.([0-9a-f]{8})\.min\.js)"')
ORD = re.compile(r"[^\W\d_]+")
TAGG = re.compile(r"<[^>]+>")
# Endings that take each branch of the stemmer's suffix rules, added to the site's words.
ENDELSER = ("", "e", "ene", "hetene", "erte", "ert", "s", "ers", "kers", "ets", "heten", "t", "dt", "vt", "lig", "elov", "hetslov", "'s")
# Apostrophes, short words, letters outside the BMP and other corners of the algorithm.
SAERTILFELLER = [
    "", "a", "å", "øy", "ørn", "o'neill", "'", "l'art", "kvinners", "hindrers", "sakers", "knivers",
    "fellesskapers", "havers", "givers", "lederskaps", "𝐀𝐁𝐂ene", "ærlighetenes", "kjærlighetens",
]
# Every pair of letters before a final s, after stems short and long: the s rule looks at both.
BOKSTAVER = "abcdefghijklmnopqrstuvwxyzåæøêòóô'"
PAR = [grunn + a + b + "s" for grunn in ("", "u", "kontor") for a in BOKSTAVER for b in BOKSTAVER]

_stemmer = snowballstemmer.stemmer("norwegian")


def python_former(tekst):
    """The forms the former Python build step wrote into search_index.json: the reference for the JS port."""
    grunner = set()
    for ord_ in re.findall(r"[^\W\d_]{4,}", TAGG.sub(" ", tekst or "")):
        ord_ = ord_.lower()
        grunner |= {ord_, _stemmer.stemWord(ord_), ord_[:-1] if ord_.endswith("e") else ord_}
    return " ".join(sorted(grunn + endelse for grunn in grunner for endelse in ("enes", "ernes", "ets", "as")))


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
def js(nettleser, arbeider):
    """A page that has run the built worker file: call norskSok's functions with js(expression, argument)."""
    side = nettleser.new_page()
    feil = []
    side.on("pageerror", lambda e: feil.append(str(e)))
    side.set_content("<!doctype html><title>norsk_sok</title>")
    side.add_script_tag(content=arbeider[1])
    assert feil == []
    yield side.evaluate
    side.close()


def test_js_stemmeren_gir_snowballs_stamme_for_hvert_ord_paa_nettstedet(indeks, js):
    ord_ = {o.lower() for dok in indeks["docs"] for o in ORD.findall(TAGG.sub(" ", dok["title"] + " " + dok["text"]))}
    assert len(ord_) > 500
    alle = sorted({o + e for o in ord_ for e in ENDELSER} | set(SAERTILFELLER) | set(PAR))
    stammer = js("ord => ord.map(norskSok.stamme)", alle)
    ulike = [(o, s, _stemmer.stemWord(o)) for o, s in zip(alle, stammer) if s != _stemmer.stemWord(o)]
    assert ulike == [], "(ord, JS, Python)"


def test_js_gir_de_samme_formene_som_python_for_hver_side(indeks, js):
    for dok in indeks["docs"]:
        for kilde in ("title", "text"):
            assert js("t => norskSok.former(t)", dok[kilde]) == python_former(dok[kilde]), dok["location"]


def test_formene_dekker_bestemt_form_og_flertall(js):
    former = js("t => norskSok.former(t)", "<p>Sanntid og profiler</p>").split()
    for lest in ("sanntiden", "sanntidene", "sanntidet", "profilene", "profilen", "profilet"):
        assert any(form.startswith(lest) for form in former), lest


def test_formene_hopper_over_korte_ord_og_html(js):
    assert js("t => norskSok.former(t)", "<a href='x'>og i på</a>") == ""


def test_utvid_legger_til_felt_med_vekt_og_lar_teksten_vaere(js):
    indeks = {"config": {"fields": {"title": {"boost": 1000}}}, "docs": [{"title": "Personvern", "text": "Profil"}]}
    indeks = js("i => norskSok.utvid(i)", indeks)
    assert indeks["config"]["fields"]["former"] == {"boost": 1}
    assert indeks["config"]["fields"]["tittelformer"] == {"boost": 1000}
    assert "personvernets" in indeks["docs"][0]["tittelformer"].split()
    assert "profilenes" in indeks["docs"][0]["former"].split()
    assert indeks["docs"][0]["text"] == "Profil"


def test_sokeindeksen_har_bare_materials_felt(indeks):
    assert set(indeks["config"]) <= {"lang", "separator", "pipeline", "fields"}
    assert set(indeks["config"]["fields"]) <= {"title", "text", "tags"}
    assert {felt for dok in indeks["docs"] for felt in dok} <= {"location", "title", "text", "tags", "boost"}


def test_arbeideren_er_vaar_kode_minifisert_foran_materials_og_navngitt_etter_innholdet(site, arbeider):
    sti, tekst = arbeider
    assert hashlib.sha256(tekst.encode("utf-8")).hexdigest()[:8] == re.search(r"\.([0-9a-f]{8})\.min", sti).group(1)
    assert tekst.startswith(rjsmin.jsmin((ROT / "hooks" / "norsk_sok.js").read_text(encoding="utf-8")))
    materials = next((site / "assets" / "javascripts" / "workers").glob("search.*.min.js")).read_text(encoding="utf-8")
    assert materials.split("//# sourceMappingURL=")[0].strip() in tekst
    for side in ("404.html", "personvern/index.html"):
        assert "norsk-sok." in (site / side).read_text(encoding="utf-8"), side


def test_uten_kroken_er_indeksen_den_samme_og_materials_sok_virker(tmp_path, site, nettleser):
    """Zensical ignores hooks: without this one the pages use Material's worker and search still works."""
    with kopi_servert(tmp_path, filer={"hooks/norsk_sok.py": ""}) as adresse:
        uten = tmp_path / "site"
        assert (uten / "search" / "search_index.json").read_bytes() == (site / "search" / "search_index.json").read_bytes()
        html = (uten / "index.html").read_text(encoding="utf-8")
        assert re.search(r'"search": "assets/javascripts/workers/search\.[0-9a-f]{8}\.min\.js"', html)
        assert not list((uten / "assets" / "javascripts" / "workers").glob("norsk-sok.*"))
        side = nettleser.new_page()
        side.goto(adresse, wait_until="networkidle")
        assert sok(side, "sanntid")[0] == "/sanntid/"
        side.close()
