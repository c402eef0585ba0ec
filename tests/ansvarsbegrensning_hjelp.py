"""Shared by the disclaimer generator's tests: its macro module and data, and its form in a page."""

import importlib.util
import re

from utvikling.bygg import ROT, konfig

MAPPE = ROT / "overrides" / "verktoey" / "ansvarsbegrensning"
SIDE = "ansvarsbegrensning/"
# The form's text fields, in the order of the form (and of the error summary).
FELT = ["navn", "annen", "avdeling", "epost", "telefon", "betjent", "adresse"]
KILDE = ROT / "tests" / "data" / "egenskaper.txt"
# Names and their genitive after Språkrådet, for the Python (macros/genitiv.py) and the JavaScript side
# alike. None: no s can follow the name, which then needs the form with «i».
GENITIV_JS = {
    "Statens vegvesen": "Statens vegvesens",
    "Skatteetaten": "Skatteetatens",
    "Datatilsynet": "Datatilsynets",
    # The typographic apostrophe alone after s, x and z, as Språkrådet writes it.
    "Norsk Tipping AS": "Norsk Tipping AS\u2019",
    "Vinmonopolet": "Vinmonopolets",
    "Felleskjøpet Agri SA": "Felleskjøpet Agri SAs",
    "Nav": "Navs",
    "Bufdir": "Bufdirs",
    "Statens kartverk": "Statens kartverks",
    "Max": "Max\u2019",
    "Fritz": "Fritz\u2019",
    "NORSK TIPPING AS": "NORSK TIPPING AS\u2019",
    "MAX": "MAX\u2019",
    "Fritz  ": "Fritz\u2019",
    "  Nav\t": "Navs",
    "Statens  vegvesen": "Statens vegvesens",
    "": "",
    # Already in the genitive: no second s.
    "Statens vegvesens": "Statens vegvesens",
    "Skatteetatens": "Skatteetatens",
    "Mattilsynets": "Mattilsynets",
    # After a closing bracket, a full stop or a quote mark no s can go.
    "Forsvarets forskningsinstitutt (FFI)": None,
    "Datatilsynet.": None,
    "«Norsk Tipping»": None,
    'Kulturrådet"': None,
    "Nav [arbeid]": None,
}


def last_makro():
    """overrides/verktoey/ansvarsbegrensning/macro.py as a module (it imports the project's macros package)."""
    spec = importlib.util.spec_from_file_location("ansvarsbegrensning_makro", MAPPE / "macro.py")
    modul = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(modul)
    return modul


makro = last_makro()
TEKST = makro.les_tekst(MAPPE / "tekst.yml", "tekst.yml")
PLATTFORMER = makro.les_plattformer(MAPPE / "plattformer.yml", "plattformer.yml")


def innstillinger():
    """extra.virksomhet in mkdocs.yml (its !ENV and Python tags read as nothing)."""

    return konfig()["extra"]["virksomhet"]


def kildens_forslag():
    """The five paragraphs under "Forslag til tekst" in the source page, word for word."""
    linjer = [linje.strip() for linje in KILDE.read_text(encoding="utf-8").splitlines() if linje.strip()]
    start = linjer.index("Forslag til tekst") + 1
    return linjer[start:start + 5]


def forventet(navn, kanal, avdeling, epost, telefon, betjent, uten=()):
    """The text the generator should give, built from tekst.yml by the Python side."""
    innstillinger = {"navn": navn, "kommunikasjonsavdeling": avdeling, "epost": epost, "telefon": telefon, "betjent": betjent}
    return "\n\n".join(makro.avsnitt(TEKST, makro.verdier_fra(innstillinger, kanal), uten))


def aapne_generatoren(side, adresse, fragment=""):
    side.goto(adresse + SIDE + fragment)
    side.wait_for_function("document.querySelector('[data-sm-ansvarsbegrensning]')?.dataset.klar === '1'")


def fyll(side, **verdier):
    for navn, verdi in verdier.items():
        if navn == "kanal":
            side.select_option("#sm-ansvarsbegrensning-kanal", verdi)
        else:
            side.fill(f"#sm-ansvarsbegrensning-{navn}", verdi)


def tom_skjema(side):
    """Every field empty; a channel of one's own, left empty, is the only way to have no channel."""
    fyll(side, kanal="annet", **{navn: "" for navn in FELT})


def tekst(side):
    """The preview as plain text: its paragraphs joined by a blank line, as copied and downloaded."""
    return "\n\n".join(side.eval_on_selector_all("#sm-ansvarsbegrensning-tekst p", "ps => ps.map(p => p.textContent)"))


def skjemaverdier(side):
    return side.evaluate(
        """(felt) => { const f = document.querySelector('[data-sm-ansvarsbegrensning] form').elements;
        return { ...Object.fromEntries(felt.map(n => [n, f[n].value])), kanal: f.kanal.value,
                 med: [...document.querySelectorAll('[name=ta-med]')].map(b => b.checked) }; }""",
        FELT,
    )


def plattformtall(side):
    """Per platform: its limit, the offered text and the "N av M tegn" counter."""
    return side.evaluate(
        """() => [...document.querySelectorAll('[data-plattform]')].map(li => ({
            id: li.dataset.plattform, grense: +li.dataset.grense, tekst: li.dataset.tekst,
            passer: li.querySelector('[data-passer]').textContent,
            kort: li.querySelector('[data-kort]').textContent,
            teller: li.querySelector('[data-teller]').textContent,
            teller_synlig: !li.querySelector('[data-teller]').hidden }))"""
    )


def tall(tekst):
    """'1 061 av 1 000 tegn' -> [1061, 1000]."""
    return [int(t.replace("\u00a0", "")) for t in re.findall(r"\d[\d\u00a0]*", tekst)]


def rolig(side):
    """Pointer away and transitions finished: Material's buttons fade to their focus colours, and axe
    measuring contrast halfway through a fade reports a contrast the reader never sees."""
    side.mouse.move(0, 0)
    side.wait_for_function("document.getAnimations().every(a => a.playState !== 'running')")
