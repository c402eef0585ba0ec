"""Whose guidance this is: `extra.kilde` in mkdocs.yml, checked once per build.

The facts (publisher, title, page, addresses, licence) live only there; the footer
(overrides/partials/copyright.html), the note at the end of every topic page (overrides/partials/kilde.html),
the date line (overrides/partials/datoer.html) and the Kontakt page read them. Also derives the agency's
«[virksomhetens] [avdeling]» once (extra.avledet.avsender), so templates need no genitive rule of their own.
"""

from .feil import Innholdsfeil
from .genitiv import avsender
from .innstillinger import https_adresse, seksjon
from .innstillinger import kilde as konfigfil

PAAKREVD = {
    "utgiver": "navnet på den som har skrevet veiledningen, «Direktoratet for forvaltning og digitalisering»",
    "utgiver_kort": "kortnavnet, «Digdir»",
    "tittel": "veiledningens tittel",
    "side": "navnet på siden teksten er hentet fra, «Egenskaper»",
    "adresse": "adressen til originalsiden (https)",
}


def valider(conf):
    fil = konfigfil(conf)
    kilde = seksjon(conf, fil, "kilde", PAAKREVD, ": hvem veiledningen er fra (utgiver, tittel, side, adresse)")
    for felt in ("adresse", "gjeldende"):
        verdi = kilde.get(felt)
        if verdi in (None, "") and felt == "gjeldende":
            continue
        if not https_adresse(verdi):
            raise Innholdsfeil(fil, f"extra.kilde.{felt} må være en https-adresse, ikke {verdi!r}")
    lisens = kilde.get("lisens")
    if lisens not in (None, "") and not (isinstance(lisens, dict) and lisens.get("navn") and lisens.get("adresse")):
        raise Innholdsfeil(fil, "extra.kilde.lisens er enten tom, eller har både «navn» og «adresse» (der utgiveren oppgir lisensen)")

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
