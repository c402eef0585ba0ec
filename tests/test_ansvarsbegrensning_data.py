"""The disclaimer's data files: valid and the source's wording (broken ones: test_feilkatalog.py)."""

import datetime
import html
import json
import re

import pytest

from generator_hjelp import GENITIV_JS, PLATTFORMER, TEKST, kildens_forslag, makro


def test_statisk_tekst_er_kildens_ordlyd():
    assert makro.avsnitt(TEKST) == kildens_forslag()


def test_kildens_plassholdere_star_som_i_kilden():
    tekst = "\n".join(makro.avsnitt(TEKST))
    for plassholder in ("Denne [kanalen]", "[virksomheten]s kommunikasjonsavdeling", "[epost/tlf]", "utenom normal arbeidstid"):
        assert plassholder in tekst


def test_kjerneavsnittene_har_ingen_valgfrie_deler():
    for kjerne in ("enkeltsaker", "personopplysninger", "sletting"):
        (avsnitt,) = [a for a in TEKST["avsnitt"] if a["id"] == kjerne]
        assert all("valg" not in d for d in avsnitt["deler"])


def test_markedsforing_og_eksterne_lenker_kan_slas_av_hver_for_seg():
    valgfrie = {d["id"]: d["tekst"] for a in TEKST["avsnitt"] for d in a["deler"] if "valg" in d}
    assert valgfrie == {
        "markedsforing": "Kommentarer skal ikke brukes til kommersiell markedsføring.",
        "eksterne-lenker": "{virksomheten} står ikke ansvarlig for innhold på eksterne sider som det lenkes til.",
    }
    uten_markedsforing = "\n".join(makro.avsnitt(TEKST, uten={"markedsforing"}))
    assert "kommersiell markedsføring" not in uten_markedsforing
    assert "[virksomheten] står ikke ansvarlig" in uten_markedsforing
    assert len(makro.avsnitt(TEKST, uten={"markedsforing", "eksterne-lenker"})) == 4


def test_plattformene_har_grense_kilde_og_kontrolldato():
    assert [p["id"] for p in PLATTFORMER] == ["facebook", "instagram", "x", "linkedin", "youtube", "tiktok"]
    grenser = {p["id"]: p["grense"] for p in PLATTFORMER}
    assert grenser == {"facebook": 101, "instagram": 150, "x": 160, "linkedin": 120, "youtube": 1000, "tiktok": 80}
    for p in PLATTFORMER:
        assert datetime.date.fromisoformat(p["sist_kontrollert"]) == datetime.date(2026, 11, 25)
        if p["bekreftet"]:
            assert p["kilde"].startswith("https://")
        else:
            assert p["merknad"], p["id"]


@pytest.mark.parametrize("navn,genitiv", GENITIV_JS.items())
def test_genitiv_etter_spraakraadet(navn, genitiv):
    assert makro.genitiv(navn) == genitiv


def test_siden_viser_forslaget_fra_datafila(site):
    side = (site / "ansvarsbegrensning" / "index.html").read_text(encoding="utf-8")
    forslag = re.search(r'<div class="sm-forslag">(.*?)</div>', side, re.S)[1]
    assert [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", forslag)] == kildens_forslag()


def test_generatoren_far_samme_mal_som_json(site):
    side = (site / "ansvarsbegrensning" / "index.html").read_text(encoding="utf-8")
    data = json.loads(html.unescape(re.search(r'data-mal="([^"]*)"', side)[1]))
    assert data["avsnitt"] == TEKST["avsnitt"]
    assert data["plassholdere"] == TEKST["plassholdere"]
    assert data["kortversjoner"] == TEKST["kortversjoner"]
    assert [(p["id"], p["kanal"], p["grense"]) for p in data["plattformer"]] == [(p["id"], p["kanal"], p["grense"]) for p in PLATTFORMER]


def test_ingen_inline_skript_i_generatoren(site):
    """Material's instant navigation would run any inline <script> in the page as JavaScript."""
    side = (site / "ansvarsbegrensning" / "index.html").read_text(encoding="utf-8")
    artikkel = side[side.index("<article"):side.index("</article>")]
    # The one script is the generator's own file, loaded only by the pages with the generator.
    assert re.findall(r"<script[^>]*>.*?</script>", artikkel, re.S) == [
        re.search(r'<script src="[^"]*/widgets/ansvarsbegrensning/generator\.[0-9a-f]{8}\.min\.js" defer></script>', artikkel)[0]
    ]
