"""The disclaimer's data files: valid and the source's wording (broken ones: test_feilkatalog.py)."""

import datetime
import html
import json
import re
from urllib.parse import urlparse

import pytest
import yaml
from ansvarsbegrensning_hjelp import GENITIV_JS, MAPPE, PLATTFORMER, TEKST, kildens_forslag, makro

from macros import genitiv as genitivmodul

pytestmark = pytest.mark.enhet


def test_statisk_tekst_er_kildens_ordlyd():
    assert makro.avsnitt(TEKST) == kildens_forslag()


def test_kildens_plassholdere_staar_som_i_kilden():
    tekst = "\n".join(makro.avsnitt(TEKST))
    for plassholder in ("Denne [kanalen]", "[virksomheten]s kommunikasjonsavdeling", "[epost/tlf]", "utenom normal arbeidstid"):
        assert plassholder in tekst


def test_kjerneavsnittene_har_ingen_valgfrie_deler():
    for kjerne in ("enkeltsaker", "personopplysninger", "sletting"):
        (avsnitt,) = [a for a in TEKST["avsnitt"] if a["id"] == kjerne]
        assert all("valg" not in d for d in avsnitt["deler"])


def test_markedsfoering_og_eksterne_lenker_kan_slaas_av_hver_for_seg():
    valgfrie = {d["id"]: d["tekst"] for a in TEKST["avsnitt"] for d in a["deler"] if "valg" in d}
    assert valgfrie == {
        "markedsforing": "Kommentarer skal ikke brukes til kommersiell markedsføring.",
        "eksterne-lenker": "{virksomheten} står ikke ansvarlig for innhold på eksterne sider som det lenkes til.",
    }
    uten_markedsfoering = "\n".join(makro.avsnitt(TEKST, uten={"markedsforing"}))
    assert "kommersiell markedsføring" not in uten_markedsfoering
    assert "[virksomheten] står ikke ansvarlig" in uten_markedsfoering
    assert len(makro.avsnitt(TEKST, uten={"markedsforing", "eksterne-lenker"})) == 4


# Each platform's own web sites: the only hosts a limit's source may be on (no blogs, counters or news).
EGNE_VERTER = {
    "facebook": {"facebook.com", "meta.com"},
    "instagram": {"instagram.com", "facebook.com", "meta.com"},
    "x": {"x.com", "twitter.com"},
    "linkedin": {"linkedin.com"},
    "youtube": {"youtube.com", "google.com"},
    "tiktok": {"tiktok.com"},
}


def test_plattformene_har_grense_og_kontrolldato():
    assert [p["id"] for p in PLATTFORMER] == ["facebook", "instagram", "x", "linkedin", "youtube", "tiktok"]
    grenser = {p["id"]: p["grense"] for p in PLATTFORMER}
    assert grenser == {"facebook": 101, "instagram": 150, "x": 160, "linkedin": 120, "youtube": 1000, "tiktok": 80}
    for p in PLATTFORMER:
        assert isinstance(p["kontrollert"], datetime.date)


@pytest.mark.parametrize("plattform", PLATTFORMER, ids=lambda p: p["id"])
def test_kilden_er_plattformens_egen_side_eller_grensen_er_merket_ubekreftet(plattform):
    egne = EGNE_VERTER[plattform["id"]]
    if plattform["bekreftet"]:
        vert = urlparse(plattform["kilde"]).hostname
        assert any(vert == v or vert.endswith("." + v) for v in egne), vert
    else:
        assert plattform["kilde"] is None
        assert plattform["merknad"]
    # The data file may only name the platform's own sites as hosts a source can be on.
    assert set(makro_data(plattform["id"])["verter"]) <= egne


def makro_data(pid):
    data = yaml.safe_load((MAPPE / "plattformer.yml").read_text(encoding="utf-8"))
    return next(p for p in data["plattformer"] if p["id"] == pid)


@pytest.mark.bygg
def test_ubekreftet_grense_sier_det_en_gang(site):
    side = (site / "ansvarsbegrensning" / "index.html").read_text(encoding="utf-8")
    for p in PLATTFORMER:
        kilde = re.search(rf'<li data-plattform="{p["id"]}".*?<p class="sm-ansvarsbegrensning__kilde">(.*?)</p>', side, re.S)[1]
        tekst = html.unescape(re.sub(r"<[^>]+>", "", kilde))
        if p["bekreftet"]:
            assert "Kilde: " + p["vert"] in tekst and "bekreftet" not in tekst
        else:
            assert tekst.count("bekreftet") == 1, tekst
            assert f"Ikke bekreftet av {p['eier']}." in tekst
        for blogg in ("aitoearn", "twicsy", "businessinsider", "lettercounter", "lifewire", "typecount"):
            assert blogg not in kilde


@pytest.mark.parametrize("navn,genitiv", GENITIV_JS.items())
def test_genitiv_etter_spraakraadet(navn, genitiv):
    assert genitivmodul.genitiv(navn) == genitiv


@pytest.mark.parametrize(
    "navn,avdeling,bestemt,avsender",
    [
        ("Statens vegvesen", "kommunikasjonsstab", "", "Statens vegvesens kommunikasjonsstab"),
        ("Norsk Tipping AS", "kommunikasjonsavdeling", "", "Norsk Tipping AS\u2019 kommunikasjonsavdeling"),
        ("Statens vegvesens", "kommunikasjonsstab", "", "Statens vegvesens kommunikasjonsstab"),
        ("Statsforvalteren i Oslo og Viken", "kommunikasjonsavdeling", "kommunikasjonsavdelingen",
         "kommunikasjonsavdelingen i Statsforvalteren i Oslo og Viken"),
        ("Forsvarets forskningsinstitutt (FFI)", "kommunikasjonsavdeling", "kommunikasjonsavdelingen",
         "kommunikasjonsavdelingen i Forsvarets forskningsinstitutt (FFI)"),
        ("Forsvarets forskningsinstitutt (FFI)", "kommunikasjonsavdeling", "", None),
    ],
)
def test_avsender_med_eieform_eller_med_i(navn, avdeling, bestemt, avsender):
    assert genitivmodul.avsender(navn, avdeling, bestemt) == avsender


@pytest.mark.parametrize(
    "kanal,denne",
    [("Facebook-siden", "Denne"), ("nettstedet", "Dette"), ("Facebook-sidene", "Disse"), ("Instagram-kontoene", "Disse"), ("X-kontoen", "Denne")],
)
def test_denne_dette_disse(kanal, denne):
    assert makro.denne(kanal) == denne


@pytest.mark.parametrize("tekst, html_", [
    ("skriv til post@etat.example.", "skriv til post@<wbr>etat<wbr>.example<wbr>."),
    ("se https://etat.no/om", "se https:/<wbr>/<wbr>etat<wbr>.no/<wbr>om"),
    ('<b x="1">&</b> a<i>@b.no', '&lt;b x=&#34;1&#34;&gt;&amp;&lt;/b&gt; a&lt;i&gt;@<wbr>b<wbr>.no'),
])
def test_adresser_kan_brytes_og_alt_annet_er_tekst(tekst, html_):
    """The text for readers without JavaScript: a line may break inside an address where ansvarsbegrensning.js
    lets it (test_ansvarsbegrensning compares the two in Chromium), and settings never become markup."""
    assert makro.med_brudd(tekst) == html_


@pytest.mark.bygg
def test_siden_viser_forslaget_fra_datafila(site):
    side = (site / "ansvarsbegrensning" / "index.html").read_text(encoding="utf-8")
    forslag = re.search(r'<div class="sm-forslag">(.*?)</div>', side, re.S)[1]
    assert [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", forslag)] == kildens_forslag()


@pytest.mark.bygg
def test_generatoren_far_samme_mal_som_json(site):
    side = (site / "ansvarsbegrensning" / "index.html").read_text(encoding="utf-8")
    data = json.loads(html.unescape(re.search(r'data-mal="([^"]*)"', side)[1]))
    assert data["avsnitt"] == TEKST["avsnitt"]
    assert data["plassholdere"] == TEKST["plassholdere"]
    assert data["kortversjon"] == TEKST["kortversjon"]
    assert [(p["id"], p["kanal"], p["grense"]) for p in data["plattformer"]] == [(p["id"], p["kanal"], p["grense"]) for p in PLATTFORMER]


@pytest.mark.bygg
def test_ingen_inline_skript_i_generatoren(site):
    """Material's instant navigation would run any inline <script> in the page as JavaScript. The content
    has no script at all: the generator's own file is a mark that felles-verktoey.js loads after the first
    paint, only on the pages with the generator."""
    side = (site / "ansvarsbegrensning" / "index.html").read_text(encoding="utf-8")
    artikkel = side[side.index("<article"):side.index("</article>")]
    assert "<script" not in artikkel
    assert re.findall(r'<span data-sm-skript="([^"]*)"></span>', artikkel) == [
        re.search(r'"([^"]*/verktoey/ansvarsbegrensning/ansvarsbegrensning\.[0-9a-f]{8}\.min\.js)"', artikkel)[1]
    ]
