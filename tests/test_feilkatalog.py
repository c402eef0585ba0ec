"""Every kind of bad input to the build, as data: what is broken -> the file the message must name and the
words it must contain. Each row is built strictly (`mkdocs build --strict`) in a copy of the project and
must stop with that file and those words, and without a traceback. A new case is one row.

A change is either settings layered over mkdocs.yml (`innstillinger`, written to the copy's test.yml), or
file edits: path -> (old, new) to replace text that must be there, or path -> the whole new text."""

import re
from dataclasses import dataclass, field

import pytest
from sjekkliste_hjelp import GYLDIG

from utvikling.bygg import ROT, bygg, kopi_med

pytestmark = pytest.mark.bygg

GYLDIGLISTER = "overrides/verktoey/sjekkliste/sjekklister.yml"
TEKST = "overrides/verktoey/ansvarsbegrensning/tekst.yml"
PLATTFORMER = "overrides/verktoey/ansvarsbegrensning/plattformer.yml"
FELT = ["navn", "kommunikasjonsavdeling", "epost", "telefon", "betjent", "tilgjengelighetserklaering"]


def les(sti):
    return (ROT / sti).read_text(encoding="utf-8")


@dataclass
class Feil:
    hva: str
    fil: str
    ord: list
    filer: dict = field(default_factory=dict)
    innstillinger: dict = field(default_factory=dict)


def virksomhet(**felt):
    return {"extra": {"virksomhet": felt}}


def uten_linje(sti, start):
    linjer = les(sti).splitlines(keepends=True)
    uten = "".join(linje for linje in linjer if not linje.startswith(start))
    assert uten != "".join(linjer), f"{sti} har ingen linje som begynner med {start!r}"
    return uten




def sjekk(gammel, ny):
    assert gammel in GYLDIG, gammel
    return {GYLDIGLISTER: GYLDIG.replace(gammel, ny)}


KATALOG = [
    # --- pages: front matter, dates, macros, links ---------------------------------------------------
    Feil("front matter ikke lukket", "docs/eierskap.md", ["front matter er ikke lukket"], {"docs/eierskap.md": ("sist_endret: 2019-01-25\n---\n", "sist_endret: 2019-01-25\n")}),
    Feil("front matter ugyldig YAML", "docs/eierskap.md", ["front matter er ikke gyldig YAML på linje 6"], {"docs/eierskap.md": ("sist_endret: 2019-01-25\n", "sist_endret: 2019-01-25\nfeil: [ulukket\n")}),
    Feil("felt to ganger i front matter", "docs/eierskap.md", ["linje 4: «publisert» står to ganger"], {"docs/eierskap.md": ("sist_endret: 2019-01-25\n", "publisert: 2017-08-16\nsist_endret: 2019-01-25\n")}),
    Feil("dato i anførselstegn", "docs/eierskap.md", ["«publisert» skal stå uten anførselstegn", "publisert: 2017-08-16"], {"docs/eierskap.md": ("publisert: 2017-08-16", 'publisert: "2017-08-16"')}),
    Feil("dato med klokkeslett", "docs/eierskap.md", ["«publisert» skal være bare en dato, uten klokkeslett"], {"docs/eierskap.md": ("publisert: 2017-08-16", "publisert: 2017-08-16 10:00:00")}),
    Feil("dato som ikke finnes", "docs/eierskap.md", ["«2017-02-30» er ingen dato som finnes i kalenderen"], {"docs/eierskap.md": ("publisert: 2017-08-16", "publisert: 2017-02-30")}),
    Feil("dato på feil form", "docs/eierskap.md", ["ikke en dato på formen ÅÅÅÅ-MM-DD: '16. aug 2017'"], {"docs/eierskap.md": ("publisert: 2017-08-16", "publisert: 16. aug 2017")}),
    Feil("dato mangler", "docs/eierskap.md", ["front matter mangler «publisert»"], {"docs/eierskap.md": ("publisert: 2017-08-16\n", "")}),
    Feil("endret før publisert", "docs/eierskap.md", ["«sist_endret» (2016-01-01) er før «publisert» (2017-08-16)"], {"docs/eierskap.md": ("sist_endret: 2019-01-25", "sist_endret: 2016-01-01")}),
    Feil("makro uten render_macros", "docs/eierskap.md", ["bruker makroer", "render_macros: true"], {"docs/eierskap.md": ("# Eierskap\n", "# Eierskap\n\n{{ kontaktinformasjon() }}\n")}),
    Feil("Jinja-kommentar på makroside", "docs/personvern.md", ["starter en Jinja-kommentar", "{ #id }"], {"docs/personvern.md": ("render_macros: true\n---\n", "render_macros: true\n---\n\n## Tittel {#a}\n\nTekst som forsvinner. #}\n")}),
    Feil("udefinert variabel", "docs/personvern.md", ["finnes_ikke"], {"docs/personvern.md": ("render_macros: true\n---\n", "render_macros: true\n---\n\n{{ virksomhet.finnes_ikke }}\n")}),
    Feil("feil makroargument", "docs/personvern.md", ["kontakt_kommunikasjon"], {"docs/personvern.md": ("render_macros: true\n---\n", "render_macros: true\n---\n\n{{ kontakt_kommunikasjon(42) }}\n")}),
    Feil("ukjent sjekkliste", "docs/personvern.md", ["sjekkliste('personvren'): ukjent sjekkliste"], {"docs/personvern.md": ('sjekkliste("personvern")', 'sjekkliste("personvren")')}),
    # MkDocs' own link check names the file below docs/ (in English).
    Feil("lenke til side som ikke finnes", "'eierskap.md'", ["finnes-ikke.md"], {"docs/eierskap.md": ("# Eierskap\n", "# Eierskap\n\nSe [dette](finnes-ikke.md).\n")}),
    Feil("lenke til anker som ikke finnes", "'eierskap.md'", ["#ikke-her"], {"docs/eierskap.md": ("# Eierskap\n", "# Eierskap\n\nSe [dette](personvern.md#ikke-her).\n")}),
    # --- settings (mkdocs.yml) -------------------------------------------------------------------------
    *[Feil(f"{f} mangler", "test.yml", [f"extra.virksomhet.{f} mangler"], {"mkdocs.yml": uten_linje("mkdocs.yml", f"    {f}:")}) for f in FELT],
    *[Feil(f"{f} tom", "test.yml", [f"extra.virksomhet.{f} mangler eller er tom"], innstillinger=virksomhet(**{f: " "})) for f in FELT],
    Feil("erklæring uten https", "test.yml", ["tilgjengelighetserklaering må være en https-adresse"], innstillinger=virksomhet(tilgjengelighetserklaering="uustatus.no")),
    Feil("e-post uten @", "test.yml", ["extra.virksomhet.epost er ikke en e-postadresse"], innstillinger=virksomhet(epost="kommunikasjon")),
    Feil("farge uten anførselstegn", "test.yml", ['primaerfarge må stå i anførselstegn: primaerfarge: "#444f55"'], {"test.yml": "INHERIT: mkdocs.yml\nextra:\n  virksomhet:\n    primaerfarge: #444f55\n"}),
    Feil("farge på feil form", "test.yml", ['primaerfarge må være en farge på formen "#1b4570"'], innstillinger=virksomhet(primaerfarge="blå")),
    Feil("farge med for svak kontrast", "test.yml", ["#ffcc00 gir for svak kontrast", "minst 4.5:1"], innstillinger=virksomhet(primaerfarge="#ffcc00")),
    Feil("logo som ikke finnes", "test.yml", ["extra.virksomhet.logo peker på en fil som ikke finnes i docs/: 'assets/logo.svg'"], innstillinger=virksomhet(logo="assets/logo.svg")),
    Feil("endepunkt på annen vert", "test.yml", ["tilbakemelding.endepunkt må være en sti på dette nettstedet", "'//evil.example/samle'"], innstillinger=virksomhet(tilbakemelding={"epost": "", "endepunkt": "//evil.example/samle"})),
    Feil("endepunkt med http", "test.yml", ["tilbakemelding.endepunkt må være en sti", "ukryptert"], innstillinger=virksomhet(tilbakemelding={"epost": "", "endepunkt": "http://intranett.example/api"})),
    Feil("endepunkt med omvendt skråstrek", "test.yml", ["tilbakemelding.endepunkt må være en sti"], innstillinger=virksomhet(tilbakemelding={"epost": "", "endepunkt": "/\\evil.example/samle"})),
    Feil("tilbakemelding-epost uten @", "test.yml", ["tilbakemelding.epost er ikke en e-postadresse"], innstillinger=virksomhet(tilbakemelding={"epost": "svar", "endepunkt": ""})),
    Feil("felt med skrivefeil", "test.yml", ["extra.virksomhet kan bare ha", "«primærfarge» er ikke ett av dem. Mente du «primaerfarge»?"], innstillinger=virksomhet(**{"primærfarge": "#1b4570"})),
    Feil("telefon som tall", "test.yml", ['extra.virksomhet.telefon må være tekst: skriv den i anførselstegn, "22073000"'], innstillinger=virksomhet(telefon=22073000)),
    Feil("farge mangler", "test.yml", ['extra.virksomhet.primaerfarge mangler: skriv inn en farge'], {"mkdocs.yml": uten_linje("mkdocs.yml", "    primaerfarge:")}),
    Feil("ukjent felt i kilden", "test.yml", ["extra.kilde kan bare ha", "«forfatter» er ikke ett av dem"], innstillinger={"extra": {"kilde": {"forfatter": "Digdir"}}}),
    Feil("ukjent felt i tilbakemelding", "test.yml", ["tilbakemelding kan bare ha «epost» og «endepunkt»"], innstillinger=virksomhet(tilbakemelding={"adresse": "x"})),
    Feil("markup i nettstedets navn", "test.yml", ["site_name kan ikke inneholde <"], innstillinger={"site_name": "Veileder <b>ny</b>"}),
    # --- the disclaimer's data files -----------------------------------------------------------------
    Feil("nøkkel to ganger i tekst.yml", TEKST, ["«plassholdere» står to ganger"], {TEKST: les(TEKST) + "plassholdere: {}\n"}),
    Feil("nøkkel to ganger i plattformer.yml", PLATTFORMER, ["«grense» står to ganger"], {PLATTFORMER: re.sub(r"(\n    grense: \d+\n)", r"\1    grense: 5\n", les(PLATTFORMER), count=1)}),
    Feil("dato som ikke finnes i plattformer.yml", PLATTFORMER, ["er ingen dato som finnes i kalenderen"], {PLATTFORMER: re.sub(r"\n    sist_kontrollert: \S+", "\n    sist_kontrollert: 2026-02-30", les(PLATTFORMER), count=1)}),
    Feil("dato på feil form i plattformer.yml", PLATTFORMER, ["sist_kontrollert skal være en dato"], {PLATTFORMER: re.sub(r"\n    sist_kontrollert: \S+", "\n    sist_kontrollert: 25.11.2026", les(PLATTFORMER), count=1)}),
    Feil("grense er ikke et tall", PLATTFORMER, ["grense skal være et helt tall"], {PLATTFORMER: re.sub(r"grense: \d+", "grense: mange", les(PLATTFORMER), count=1)}),
    Feil("grense er null", PLATTFORMER, ["grense skal være et helt tall"], {PLATTFORMER: re.sub(r"grense: \d+", "grense: 0", les(PLATTFORMER), count=1)}),
    Feil("kilde uten https", PLATTFORMER, ["kilde skal være en https-adresse"], {PLATTFORMER: re.sub(r"kilde: https://", "kilde: http://", les(PLATTFORMER), count=1)}),
    Feil("plattform-id brukt to ganger", PLATTFORMER, ["id-en «x» er brukt før"], {PLATTFORMER: re.sub(r"- id: \w+", "- id: x", les(PLATTFORMER), count=2)}),
    Feil("plattform-id annet er reservert", PLATTFORMER, ["id-en «annet» er brukt før"], {PLATTFORMER: re.sub(r"- id: \w+", "- id: annet", les(PLATTFORMER), count=1)}),
    Feil("tekst.yml ugyldig YAML", TEKST, ["er ikke gyldig YAML"], {TEKST: ("avsnitt:\n", "avsnitt: [\n")}),
    Feil("tekst.yml er en liste", TEKST, ["skal inneholde nøkler"], {TEKST: "- a\n- b\n"}),
    Feil("ukjent plassholder", TEKST, ["ukjent plassholder {telefonen}"], {TEKST: ("{kontakt}.", "{telefonen}.")}),
    Feil("ulukket krøllparentes", TEKST, ["krøllparentes"], {TEKST: ("{kontakt}.", "{kontakt.")}),
    Feil("avsnitts-id brukt to ganger", TEKST, ["id-en «enkeltsaker» er brukt før"], {TEKST: ("id: sletting", "id: enkeltsaker")}),
    Feil("kjerneavsnitt gjort valgfritt", TEKST, ["avsnittet «sletting» skal alltid stå med"], {TEKST: ("  - id: sletting\n    deler:\n      - tekst:", "  - id: sletting\n    deler:\n      - id: s\n        valg: Ta med\n        tekst:")}),
    Feil("plassholder mangler", TEKST, ["plassholdere skal ha nøyaktig"], {TEKST: ("  betjent: normal arbeidstid\n", "")}),
    Feil("ingen kortversjon", TEKST, ["kortversjon mangler"], {TEKST: les(TEKST).split("\nkortversjon:")[0]}),
    Feil("ukjent del i bort", TEKST, ["kortversjon.bort skal liste delene"], {TEKST: ("bort: [redigeres,", "bort: [faks, redigeres,")}),
    Feil("del to ganger i bort", TEKST, ["hver én gang"], {TEKST: ("bort: [redigeres,", "bort: [epost, redigeres,")}),
    Feil("valgfri del uten id", TEKST, ["id mangler"], {TEKST: ("      - id: markedsforing\n", "      -\n")}),
    Feil("blogg som kilde", PLATTFORMER, ["kilden typecount.com er ikke plattformens egen side (youtube.com, google.com)"], {PLATTFORMER: ("kilde: https://developers.google.com/youtube/v3/docs/channels", "kilde: https://typecount.com/blog/youtube-description-character-limit")}),
    Feil("kilde på ubekreftet grense", PLATTFORMER, ["kilde hører bare til en bekreftet grense"], {PLATTFORMER: ("    bekreftet: false\n", "    bekreftet: false\n    kilde: https://www.facebook.com/help\n")}),
    Feil("verter mangler", PLATTFORMER, ["verter skal være en liste"], {PLATTFORMER: ("    verter: [tiktok.com]\n", "")}),
    # --- the search's synonym file ------------------------------------------------------------------
    Feil("synonymer to ganger", "hooks/synonymer.yml", ["«synonymer» står to ganger"], {"hooks/synonymer.yml": les("hooks/synonymer.yml") + "synonymer: []\n"}),
    # --- the checklists' data file -------------------------------------------------------------------
    Feil("sjekkliste-id brukt to ganger", GYLDIGLISTER, ["id «tilgang» er brukt to ganger"], sjekk("id: profil", "id: tilgang")),
    Feil("sjekklister ugyldig YAML", GYLDIGLISTER, ["er ikke gyldig YAML på linje"], sjekk("  intervall: 90\n", "  intervall: [90\n")),
    Feil("tabulator i sjekklister", GYLDIGLISTER, ["er ikke gyldig YAML"], sjekk("  tittel: Sjekk", "\ttittel: Sjekk")),
    Feil("punkt uten tekst", GYLDIGLISTER, ["«personvern», punkt 2 («profil») mangler «tekst»"], sjekk("      tekst: Har du åpen eller lukket profil?\n", "")),
    Feil("punkt med tom tekst", GYLDIGLISTER, ["«dialog», punkt 1 («mandat») mangler «tekst»"], sjekk("tekst: Mandat.", 'tekst: " "')),
    Feil("intervall null", GYLDIGLISTER, ["«personvern.intervall» må være et helt antall dager større enn 0"], sjekk("intervall: 90", "intervall: 0")),
    Feil("intervall tekst", GYLDIGLISTER, ["ikke 'tre måneder'"], sjekk("intervall: 90", "intervall: tre måneder")),
    Feil("intervall desimal", GYLDIGLISTER, ["ikke 1.5"], sjekk("intervall: 90", "intervall: 1.5")),
    Feil("intervall sann", GYLDIGLISTER, ["ikke True"], sjekk("intervall: 90", "intervall: yes")),
    Feil("punkt-id med store bokstaver", GYLDIGLISTER, ["id 'Profil' må bestå av små bokstaver"], sjekk("id: profil", "id: Profil")),
    Feil("punkt-id mangler", GYLDIGLISTER, ["punkt 2: id None må bestå av små bokstaver"], sjekk("    - id: profil\n      tekst", "    - tekst")),
    Feil("ukjent felt i sjekkliste", GYLDIGLISTER, ["«personvern» har ukjente felt: interval"], sjekk("  intervall: 90", "  interval: 90")),
    Feil("ukjent felt i punkt", GYLDIGLISTER, ["har ukjente felt: hjelp"], sjekk("tekst: Mandat.", "tekst: Mandat.\n      hjelp: x")),
    Feil("sjekkliste uten punkter", GYLDIGLISTER, ["«dialog» mangler «punkter»"], {GYLDIGLISTER: GYLDIG.split("dialog:")[0] + "dialog:\n  tittel: Tom\n"}),
    Feil("sjekkliste uten tittel", GYLDIGLISTER, ["«dialog» mangler «tittel»"], sjekk("  tittel: Sjekkliste for virksomheten\n", "")),
    Feil("sjekkliste to ganger", GYLDIGLISTER, ["«personvern» står to ganger"], {GYLDIGLISTER: GYLDIG + GYLDIG.split("dialog:")[0]}),
    Feil("sjekklistenavn med mellomrom", GYLDIGLISTER, ["navnet 'Dialog liste' må bestå av små bokstaver"], sjekk("dialog:", "Dialog liste:")),
    Feil("tom kontotekst", GYLDIGLISTER, ["«personvern.kontotekst» må være en tekst"], sjekk("  intervall: 90\n", "  intervall: 90\n  kontotekst: ''\n")),
    Feil("intervall negativt", GYLDIGLISTER, ["må være et helt antall dager"], sjekk("intervall: 90", "intervall: -7")),
    Feil("sjekklister uten lister", GYLDIGLISTER, ["må inneholde minst én sjekkliste"], {GYLDIGLISTER: "# ingen lister\n"}),
    Feil("punkt som bare er tekst", GYLDIGLISTER, ["«dialog», punkt 1 må ha feltene id og tekst"], sjekk("    - id: mandat\n      tekst: Mandat.", "    - Mandat.")),
]


def prosjekt_med(tmp_path, feil):
    filer = {}
    for sti, endring in feil.filer.items():
        if isinstance(endring, tuple):
            gammel, ny = endring
            tekst = les(sti)
            assert gammel in tekst, f"{sti} har ikke lenger {gammel!r}: rett raden «{feil.hva}»"
            filer[sti] = tekst.replace(gammel, ny, 1)
        elif sti != "test.yml":
            assert endring != (les(sti) if (ROT / sti).exists() else None), f"raden «{feil.hva}» endrer ingenting"
            filer[sti] = endring
    prosjekt = kopi_med(tmp_path / "p", feil.innstillinger, filer)
    if "test.yml" in feil.filer:
        (prosjekt / "test.yml").write_text(feil.filer["test.yml"], encoding="utf-8")
    return prosjekt


@pytest.mark.parametrize("feil", KATALOG, ids=[f.hva for f in KATALOG])
def test_feil_input_stopper_bygget_og_navngir_fila(tmp_path, feil):
    resultat = bygg(tmp_path / "site", config="test.yml", cwd=prosjekt_med(tmp_path, feil))
    assert resultat.returncode != 0, f"bygget gikk gjennom: {feil.hva}"
    melding = resultat.stderr
    assert "Traceback" not in melding, melding
    assert f"{feil.fil}" in melding, melding
    for ord_ in feil.ord:
        assert ord_ in melding, melding


@pytest.mark.enhet
def test_katalogen_har_ingen_dubletter():
    assert len({f.hva for f in KATALOG}) == len(KATALOG)
