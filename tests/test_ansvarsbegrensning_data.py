"""The disclaimer's data files: valid, the source's wording, and a clear stop when one is broken."""

import datetime
import html
import json
import re

import pytest

from bygg import bygg, kopi_med
from generator_hjelp import GENITIV_JS, MAPPE, PLATTFORMER, TEKST, kildens_forslag, makro


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
    "ingen kortversjoner": (GYLDIG_TEKST.split("\nkortversjoner:")[0], "kortversjoner mangler"),
}

PLATTFORMFEIL = {
    "grense er ikke et tall": (GYLDIGE_PLATTFORMER.replace("grense: 150", "grense: mange"), "grense skal være et helt tall"),
    "grense er null": (GYLDIGE_PLATTFORMER.replace("grense: 80", "grense: 0"), "grense skal være et helt tall"),
    "kilde uten https": (GYLDIGE_PLATTFORMER.replace("kilde: https://www.lifewire", "kilde: http://www.lifewire"), "kilde skal være en https-adresse"),
    "ubekreftet uten merknad": (re.sub(r"    merknad: >-\n(      .*\n)+", "", GYLDIGE_PLATTFORMER, count=1), "merknad (påkrevd når bekreftet er false)"),
    "dato på feil form": (GYLDIGE_PLATTFORMER.replace("sist_kontrollert: 2026-11-25", "sist_kontrollert: 25.11.2026", 1), "sist_kontrollert skal være en dato"),
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
