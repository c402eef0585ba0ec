"""Search in Norwegian, in the browser: a reader types an inflected form, a verb for the text's noun, a
part of a compound, a synonym, two words or a typo, and still finds the right page first; the previews
show the guidance, not the tools' buttons and counters."""

import pytest
import yaml

from utvikling.bygg import ROT
from utvikling.soek import BOYNINGER, soek

pytestmark = pytest.mark.nettleser

with open(ROT / "tests" / "data" / "soekespoerringer.yml", encoding="utf-8") as _f:
    SPOERRINGER = yaml.safe_load(_f)
# What the tools show on the page and a result preview must never show.
VERKTOYTEKST = [
    "Jeg har lest denne siden", "sider lest", "sjekket", "Lagres bare", "Start ny runde",
    "Nullstill", "Slett profil", "Legg til profil", "Kopier teksten", "Last ned", "Del utfylt lenke", " tegn",
    "Rett opp dette", "Lesetid ca.",
]


def sider(treff):
    """The result pages in order, each once (Material lists a page's sections under it)."""
    return list(dict.fromkeys(treff))


@pytest.fixture(scope="module")
def soekeside(nettleser, adresse):
    context = nettleser.new_context(locale="nb-NO", viewport={"width": 1280, "height": 900})
    side = context.new_page()
    fremmede = []
    side.on("request", lambda r: "//127.0.0.1" not in r.url and fremmede.append(r.url))
    side.goto(adresse, wait_until="networkidle")
    yield side, fremmede
    context.close()


@pytest.mark.parametrize("ord_,forventet", BOYNINGER.items())
def test_boyd_form_finner_riktig_side_foerst(soekeside, ord_, forventet):
    side, fremmede = soekeside
    treff = soek(side, ord_)
    assert treff, f"ingen treff for {ord_!r}"
    assert treff[0] == "/" + forventet, f"{ord_!r}: første treff {treff[0]}, ventet /{forventet}"
    assert fremmede == []


def test_forhaandsvisningen_viser_sidens_tekst_ikke_tilleggsformene(soekeside):
    side, _ = soekeside
    soek(side, "profilen")
    forhaandsvisning = side.locator(".md-search-result__item").first.inner_text()
    assert "Personvern" in forhaandsvisning
    assert "enes" not in forhaandsvisning


def test_ukjent_ord_gir_ingen_treff(soekeside):
    side, _ = soekeside
    assert soek(side, "flodhesten") == []
    assert side.locator(".md-search-result__meta").inner_text() == "Ingen treff"


@pytest.mark.parametrize("klasse", SPOERRINGER)
def test_lesernes_spoerringer_finner_siden_blant_de_tre_foerste(soekeside, klasse):
    """benchmarks/norsk_soek.py measures these against plain Material; here: at least 90 % of each class
    (and the goal, 95 % of all, is checked by the benchmark's table)."""
    side, fremmede = soekeside
    bom = []
    for sporring, forventet in SPOERRINGER[klasse].items():
        treff = sider(soek(side, sporring))
        if "/" + forventet not in treff[:3]:
            bom.append((sporring, forventet, treff[:3]))
    assert len(bom) <= len(SPOERRINGER[klasse]) // 10, bom
    assert fremmede == []


@pytest.mark.parametrize(
    "sporring,forventet",
    [("segmentere", "/betalt-kommunikasjon/"), ("målretting", "/betalt-kommunikasjon/"), ("organiseringen", "/dialog/")],
)
def test_verb_og_substantiv_finner_siden_med_samme_stamme(soekeside, sporring, forventet):
    side, _ = soekeside
    assert sider(soek(side, sporring))[0] == forventet


def test_stammetreff_vises_uten_mangler_merket(soekeside):
    """Material strikes through a term no word of the result begins with («Mangler: segmentere»)."""
    side, _ = soekeside
    assert sider(soek(side, "segmentere"))[0] == "/betalt-kommunikasjon/"
    assert side.locator(".md-search-result__terms").count() == 0


def test_eksakt_treff_foer_treff_paa_stammen(soekeside):
    """«profilering» stands on Betalt kommunikasjon; «profiler», its stem, on other pages: they come after."""
    side, _ = soekeside
    treff = sider(soek(side, "profilering"))
    assert treff[0] == "/betalt-kommunikasjon/"
    assert "/personvern/" in treff[1:]


def test_del_av_sammensatt_ord_finner_helheten_men_hele_ord_kommer_foerst(soekeside):
    side, _ = soekeside
    assert sider(soek(side, "politikk"))[0] == "/betalt-kommunikasjon/"  # kommunikasjonspolitikk
    treff = sider(soek(side, "linje"))  # the front page has «linje», Dialog only «retningslinjer»
    assert treff[0] == "/"
    assert "/dialog/" in treff[1:]


def test_forhaandsvisningen_merker_det_sammensatte_ordet_en_del_fant(soekeside):
    """«politikk» found «kommunikasjonspolitikk»: the preview marks that word, as it marks a word found as typed
    (the part is looked up among the index's own words, not in a field of its own that previews never show)."""
    side, _ = soekeside
    assert sider(soek(side, "politikk"))[0] == "/betalt-kommunikasjon/"
    merket = side.locator(".md-search-result__item").first.locator("mark").all_inner_texts()
    assert any("kommunikasjonspolitikk" in m.lower() for m in merket), merket


@pytest.mark.parametrize(
    "sporring,forventet",
    [("annonsering", "/betalt-kommunikasjon/"), ("ansvarsfraskrivelse", "/ansvarsbegrensning/"), ("responstid", "/sanntid/")],
)
def test_synonym_fra_synonymlista_finner_siden(soekeside, sporring, forventet):
    side, _ = soekeside
    assert sider(soek(side, sporring))[0] == forventet


@pytest.mark.parametrize(
    "sporring,forventet",
    [("spesifikk person", "/viral-spredning/"), ("lukket profil", "/personvern/"), ("alle berørte", "/betalt-kommunikasjon/")],
)
def test_to_ord_siden_med_begge_kommer_foerst(soekeside, sporring, forventet):
    side, _ = soekeside
    assert sider(soek(side, sporring))[0] == forventet


@pytest.mark.parametrize("sporring,forventet", [("persnvern", "/personvern/"), ("ansvarsbegrensing", "/ansvarsbegrensning/")])
def test_en_bokstav_feil_finner_siden(soekeside, sporring, forventet):
    side, _ = soekeside
    assert sider(soek(side, sporring))[0] == forventet


@pytest.mark.parametrize("sporring", ["profil", "lest", "lagres", "runde", "teksten", "lesetid", "sjekke"])
def test_forhaandsvisningen_viser_veiledningen_ikke_verktoyenes_knapper_og_tellere(soekeside, sporring):
    side, _ = soekeside
    soek(side, sporring)
    forhaandsvisninger = side.locator(".md-search-result__item").all_inner_texts()
    for tekst in VERKTOYTEKST:
        assert not any(tekst in f for f in forhaandsvisninger), (sporring, tekst)
