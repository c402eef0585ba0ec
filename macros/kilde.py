"""Whose guidance this is: `extra.kilde` in mkdocs.yml, checked once per build.

The facts (publisher, title, page, addresses, licence) live only there; the footer
(overrides/partials/copyright.html), the note at the end of every topic page (overrides/partials/kilde.html),
the date line (overrides/partials/datoer.html) and the Kontakt page read them. Also derives the agency's
«[virksomhetens] [avdeling]» once (extra.avledet.avsender), so templates need no genitive rule of their own.
"""

from voluptuous import All, Invalid, Optional, Schema

from .feil import Innholdsfeil
from .genitiv import avsender
from .innstillinger import https, kontroller, paakrevd, valgfri_tekst
from .innstillinger import kilde as konfigfil


def lisens(verdi):
    if verdi in (None, ""):
        return ""
    if not (isinstance(verdi, dict) and verdi.get("navn") and verdi.get("adresse")):
        raise Invalid("er enten tom, eller har både «navn» og «adresse» (der utgiveren oppgir lisensen)")
    return verdi


KILDE = Schema(
    dict(
        [
            paakrevd("utgiver", "navnet på den som har skrevet veiledningen, «Direktoratet for forvaltning og digitalisering»"),
            paakrevd("utgiver_kort", "kortnavnet, «Digdir»"),
            paakrevd("tittel", "veiledningens tittel"),
            paakrevd("side", "navnet på siden teksten er hentet fra, «Egenskaper»"),
            paakrevd("adresse", "adressen til originalsiden (https)", https("https://www.difi.no/…")),
            (Optional("gjeldende", default=""), All(valgfri_tekst, https("https://www.digdir.no/…"))),
            (Optional("gjeldende_merknad", default=""), valgfri_tekst),
            (Optional("lisens", default=""), lisens),
        ]
    )
)


def valider(conf):
    fil = konfigfil(conf)
    kilde = kontroller(conf, "kilde", KILDE, ": hvem veiledningen er fra (utgiver, tittel, side, adresse)")

    v = conf["extra"]["virksomhet"]
    hvem = avsender(v["navn"], v["kommunikasjonsavdeling"], v.get("kommunikasjonsavdeling_bestemt") or "")
    if hvem is None:
        raise Innholdsfeil(
            fil,
            f"extra.virksomhet.navn «{v['navn']}» slutter med et tegn som ikke kan få genitiv-s. Skriv avdelingen i "
            "bestemt form i extra.virksomhet.kommunikasjonsavdeling_bestemt, f.eks. «kommunikasjonsavdelingen»; "
            f"da står det «kommunikasjonsavdelingen i {v['navn']}».",
        )
    conf["extra"]["avledet"] = {"avsender": hvem}
    return kilde
