"""`{{ sjekkliste("navn") }}`: an interactive checklist whose items come from sjekklister.yml.

The data file is read and checked on every build, so a mistake in it stops `mkdocs build --strict`
with the file and the reason, even on a build where no page uses the broken list.
"""

import re
from pathlib import Path

from macros import datafil
from macros.datafil import visningssti
from macros.feil import Innholdsfeil
from macros.ressurser import register
from macros.verktoey import gjengi, kildefil, verktoey

MAPPE = Path(__file__).resolve().parent
DATA = "sjekklister.yml"
STANDARD_INTERVALL = 90
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LISTEFELT = {"tittel", "hvem", "intervall", "kontotekst", "punkter"}
# The saved state is per account (the reader's own social media accounts), so the word is «konto» throughout.
KONTOTEKST = "Sjekker du flere kontoer? Legg til hver konto, så holdes de fra hverandre."
PUNKTFELT = {"id", "tekst"}
# Only the pages that show a checklist load its stylesheet and script (macros/verktoey.py).
SKRIPT = "verktoey/sjekkliste/sjekkliste.js"


def tekstfelt(verdi):
    return isinstance(verdi, str) and bool(verdi.strip())


def valider_liste(navn, liste, feil):
    if not isinstance(navn, str) or not SLUG.match(navn):
        feil(f"navnet {navn!r} må bestå av små bokstaver (a–z), tall og bindestrek, f.eks. «personvern»")
    if not isinstance(liste, dict):
        feil(f"«{navn}» må ha feltene tittel, intervall og punkter")
    ukjente = set(liste) - LISTEFELT
    if ukjente:
        feil(f"«{navn}» har ukjente felt: {', '.join(sorted(map(str, ukjente)))} (tillatt: tittel, hvem, intervall, kontotekst, punkter)")
    if not tekstfelt(liste.get("tittel")):
        feil(f"«{navn}» mangler «tittel» (overskriften over punktene)")
    kontotekst = liste.get("kontotekst", KONTOTEKST)
    if not tekstfelt(kontotekst):
        feil(f"«{navn}.kontotekst» må være en tekst (eller utelates)")
    hvem = liste.get("hvem", "")
    if not isinstance(hvem, str):
        feil(f"«{navn}.hvem» må være en tekst (eller utelates)")
    intervall = liste.get("intervall", STANDARD_INTERVALL)
    if isinstance(intervall, bool) or not isinstance(intervall, int) or intervall < 1:
        feil(f"«{navn}.intervall» må være et helt antall dager større enn 0, ikke {intervall!r}")
    punkter = liste.get("punkter")
    if not isinstance(punkter, list) or not punkter:
        feil(f"«{navn}» mangler «punkter» (en liste med id og tekst)")
    sett = set()
    for nr, punkt in enumerate(punkter, 1):
        hvor = f"«{navn}», punkt {nr}"
        if not isinstance(punkt, dict):
            feil(f"{hvor} må ha feltene id og tekst")
        ukjente = set(punkt) - PUNKTFELT
        if ukjente:
            feil(f"{hvor} har ukjente felt: {', '.join(sorted(map(str, ukjente)))} (tillatt: id, tekst)")
        pid = punkt.get("id")
        if not isinstance(pid, str) or not SLUG.match(pid):
            feil(f"{hvor}: id {pid!r} må bestå av små bokstaver (a–z), tall og bindestrek, f.eks. «tilgang»")
        if pid in sett:
            feil(f"{hvor}: id «{pid}» er brukt to ganger i samme sjekkliste")
        sett.add(pid)
        if not tekstfelt(punkt.get("tekst")):
            feil(f"{hvor} («{pid}») mangler «tekst»")
    return {
        "navn": navn,
        "tittel": liste["tittel"].strip(),
        "intervall": intervall,
        "hvem": " ".join(hvem.split()),
        "kontotekst": " ".join(kontotekst.split()),
        "punkter": [{"id": p["id"], "tekst": " ".join(p["tekst"].split())} for p in punkter],
    }


def les(conf, fil=MAPPE / DATA):
    """All checklists by name, checked; raises Innholdsfeil naming the file and the mistake."""
    vist = visningssti(fil, conf)

    def feil(hva):
        raise Innholdsfeil(vist, hva)

    data = datafil.les(fil, conf)
    if not isinstance(data, dict) or not data:
        feil("må inneholde minst én sjekkliste (navn: med tittel, intervall og punkter)")
    return {navn: valider_liste(navn, liste, feil) for navn, liste in data.items()}


def registrer(env):
    lister = les(env.conf)
    datafil = visningssti(MAPPE / DATA, env.conf)

    @env.macro
    def sjekkliste(navn):
        """The checklist `navn` from sjekklister.yml as a fieldset of checkboxes (a plain list without JS).

        The same list may stand more than once on a page (the whole guidance on one page repeats each
        page's lists); every copy after the first gets its own ids, and the script keeps them in step.
        """
        side = f"docs/{kildefil(env.page)}"
        if navn not in lister:
            kjente = ", ".join(f"«{n}»" for n in lister)
            raise Innholdsfeil(side, f"sjekkliste({navn!r}): ukjent sjekkliste; {datafil} har {kjente}")
        nr = register(env.conf).side(kildefil(env.page)).nummer(f"sjekkliste:{navn}")
        html = gjengi(MAPPE, "sjekkliste.html", liste=lister[navn], nr=nr)
        return verktoey(env, html, SKRIPT)
