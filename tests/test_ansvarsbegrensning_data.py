"""The disclaimer's data files: valid, the source's wording, and a clear stop when one is broken."""

import datetime
import html
import json
import re
from urllib.parse import urlparse

import pytest
import yaml

from bygg import bygg, kopi_med
from generator_hjelp import GENITIV_JS, MAPPE, PLATTFORMER, TEKST, kildens_forslag, makro
from macros import genitiv as genitivmodul


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


def test_ubekreftet_grense_sier_det_en_gang(site):
    side = (site / "ansvarsbegrensning" / "index.html").read_text(encoding="utf-8")
    for p in PLATTFORMER:
        kilde = re.search(rf'<li data-plattform="{p["id"]}".*?<p class="sm-gen__kilde">(.*?)</p>', side, re.S)[1]
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


def test_siden_viser_forslaget_fra_datafila(site):
    side = (site / "ansvarsbegrensning" / "index.html").read_text(encoding="utf-8")
    forslag = re.search(r'<div class="sm-forslag">(.*?)</div>', side, re.S)[1]
    assert [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", forslag)] == kildens_forslag()


def test_generatoren_far_samme_mal_som_json(site):
    side = (site / "ansvarsbegrensning" / "index.html").read_text(encoding="utf-8")
    data = json.loads(html.unescape(re.search(r'data-mal="([^"]*)"', side)[1]))
    assert data["avsnitt"] == TEKST["avsnitt"]
    assert data["plassholdere"] == TEKST["plassholdere"]
    assert data["kortversjon"] == TEKST["kortversjon"]
    assert [(p["id"], p["kanal"], p["grense"]) for p in data["plattformer"]] == [(p["id"], p["kanal"], p["grense"]) for p in PLATTFORMER]


def test_ingen_inline_skript_i_generatoren(site):
    """Material's instant navigation would run any inline <script> in the page as JavaScript."""
    side = (site / "ansvarsbegrensning" / "index.html").read_text(encoding="utf-8")
    artikkel = side[side.index("<article"):side.index("</article>")]
    # The one script is the generator's own file, loaded only by the pages with the generator.
    assert re.findall(r"<script[^>]*>.*?</script>", artikkel, re.S) == [
        re.search(r'<script src="[^"]*/widgets/ansvarsbegrensning/generator\.[0-9a-f]{8}\.min\.js" defer></script>', artikkel)[0]
    ]


# ---- broken data files -------------------------------------------------------------------------

GYLDIG_TEKST = (MAPPE / "tekst.yml").read_text(encoding="utf-8")
GYLDIGE_PLATTFORMER = (MAPPE / "plattformer.yml").read_text(encoding="utf-8")

TEKSTFEIL = {
    "ugyldig YAML": (GYLDIG_TEKST.replace("avsnitt:\n", "avsnitt: [\n", 1), "er ikke gyldig YAML"),
    "liste i stedet for nøkler": ("- a\n- b\n", "skal inneholde nøkler"),
    "ukjent plassholder": (GYLDIG_TEKST.replace("{kontakt}.", "{telefonen}."), "ukjent plassholder {telefonen}"),
    "ulukket krøllparentes": (GYLDIG_TEKST.replace("{kontakt}.", "{kontakt."), "krøllparentes"),
    "id brukt to ganger": (GYLDIG_TEKST.replace("id: sletting", "id: enkeltsaker"), "id-en «enkeltsaker» er brukt før"),
    "kjerneavsnitt gjort valgfritt": (
        GYLDIG_TEKST.replace("  - id: sletting\n    deler:\n      - tekst:", "  - id: sletting\n    deler:\n      - id: s\n        valg: Ta med\n        tekst:"),
        "avsnittet «sletting» skal alltid stå med",
    ),
    "valgfri del uten id": (GYLDIG_TEKST.replace("      - id: markedsforing\n", "      -\n"), "id mangler"),
    "tom tekst": (GYLDIG_TEKST.replace('      - tekst: "Husk at', '      - tekst: ""\n        gammel: "Husk at'), "tekst mangler"),
    "plassholder mangler": (GYLDIG_TEKST.replace("  betjent: normal arbeidstid\n", ""), "plassholdere skal ha nøyaktig"),
    "ingen kortversjon": (GYLDIG_TEKST.split("\nkortversjon:")[0], "kortversjon mangler"),
    "ukjent del i bort": (GYLDIG_TEKST.replace("bort: [redigeres,", "bort: [faks, redigeres,"), "kortversjon.bort skal liste delene"),
    "del to ganger i bort": (GYLDIG_TEKST.replace("bort: [redigeres,", "bort: [epost, redigeres,"), "hver én gang"),
}

PLATTFORMFEIL = {
    "grense er ikke et tall": (GYLDIGE_PLATTFORMER.replace("grense: 150", "grense: mange"), "grense skal være et helt tall"),
    "grense er null": (GYLDIGE_PLATTFORMER.replace("grense: 80", "grense: 0"), "grense skal være et helt tall"),
    "kilde uten https": (GYLDIGE_PLATTFORMER.replace("kilde: https://developers.google.com", "kilde: http://developers.google.com"), "kilde skal være en https-adresse"),
    "blogg som kilde": (
        GYLDIGE_PLATTFORMER.replace("kilde: https://developers.google.com/youtube/v3/docs/channels", "kilde: https://typecount.com/blog/youtube-description-character-limit"),
        "kilden typecount.com er ikke plattformens egen side (youtube.com, google.com)",
    ),
    "kilde på ubekreftet grense": (
        GYLDIGE_PLATTFORMER.replace("    bekreftet: false\n", "    bekreftet: false\n    kilde: https://www.facebook.com/help\n", 1),
        "kilde hører bare til en bekreftet grense",
    ),
    "verter mangler": (GYLDIGE_PLATTFORMER.replace("    verter: [tiktok.com]\n", ""), "verter skal være en liste"),
    "ubekreftet uten merknad": (re.sub(r"    merknad: >-\n(      .*\n)+", "", GYLDIGE_PLATTFORMER, count=1), "merknad (påkrevd når bekreftet er false)"),
    "dato på feil form": (re.sub(r"sist_kontrollert: (\d{4})-(\d\d)-(\d\d)", r"sist_kontrollert: \3.\2.\1", GYLDIGE_PLATTFORMER, count=1), "sist_kontrollert skal være en dato"),
    "id brukt to ganger": (GYLDIGE_PLATTFORMER.replace("id: tiktok", "id: x"), "id-en «x» er brukt før"),
    "id annet er reservert": (GYLDIGE_PLATTFORMER.replace("id: tiktok", "id: annet"), "id-en «annet» er brukt før"),
}


@pytest.mark.parametrize("tilfelle", TEKSTFEIL)
def test_odelagt_tekstfil_gir_feil_med_grunn(tmp_path, tilfelle):
    innhold, grunn = TEKSTFEIL[tilfelle]
    fil = tmp_path / "tekst.yml"
    fil.write_text(innhold, encoding="utf-8")
    with pytest.raises(makro.Innholdsfeil) as feil:
        makro.les_tekst(fil, "tekst.yml")
    assert str(feil.value).startswith("tekst.yml: ")
    assert grunn in str(feil.value)


@pytest.mark.parametrize("tilfelle", PLATTFORMFEIL)
def test_odelagt_plattformfil_gir_feil_med_grunn(tmp_path, tilfelle):
    innhold, grunn = PLATTFORMFEIL[tilfelle]
    assert innhold != GYLDIGE_PLATTFORMER
    fil = tmp_path / "plattformer.yml"
    fil.write_text(innhold, encoding="utf-8")
    with pytest.raises(makro.Innholdsfeil) as feil:
        makro.les_plattformer(fil, "plattformer.yml")
    assert grunn in str(feil.value)


@pytest.mark.parametrize(
    "fil,innhold,melding",
    [
        ("tekst.yml", TEKSTFEIL["ukjent plassholder"][0], "overrides/widgets/ansvarsbegrensning/tekst.yml: avsnittet «enkeltsaker», del nr. 1: ukjent plassholder {telefonen}"),
        ("plattformer.yml", PLATTFORMFEIL["grense er ikke et tall"][0], "overrides/widgets/ansvarsbegrensning/plattformer.yml: plattformen «instagram»: grense skal være et helt tall"),
    ],
)
def test_odelagt_datafil_stopper_bygget_og_navngir_fila(tmp_path, fil, innhold, melding):
    prosjekt = kopi_med(tmp_path / "p", {}, {f"overrides/widgets/ansvarsbegrensning/{fil}": innhold})
    resultat = bygg(tmp_path / "site", config="test.yml", cwd=prosjekt)
    assert resultat.returncode != 0
    assert melding in resultat.stderr
