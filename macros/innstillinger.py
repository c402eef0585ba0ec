"""The agency settings in mkdocs.yml (`extra.virksomhet`), checked once per build."""

from urllib.parse import urlparse

from .feil import Innholdsfeil

PAAKREVD = {
    "navn": "virksomhetens navn",
    "kommunikasjonsavdeling": "kommunikasjonsavdelingens navn",
    "epost": "kommunikasjonsavdelingens e-postadresse",
    "telefon": "kommunikasjonsavdelingens telefonnummer",
    "betjent": "når kanalene er betjent, f.eks. «normal arbeidstid»",
    "tilgjengelighetserklaering": "adressen til tilgjengelighetserklæringen i uustatus.no",
}


def kilde(conf):
    return conf.get("config_file_path") or "mkdocs.yml"


def valider(conf):
    fil = kilde(conf)
    virksomhet = (conf.get("extra") or {}).get("virksomhet")
    if not isinstance(virksomhet, dict):
        raise Innholdsfeil(fil, "extra.virksomhet mangler (virksomhetens navn, kontakt og tilgjengelighetserklæring)")
    for felt, forklaring in PAAKREVD.items():
        verdi = virksomhet.get(felt)
        if not isinstance(verdi, str) or not verdi.strip():
            raise Innholdsfeil(fil, f"extra.virksomhet.{felt} mangler eller er tom: skriv inn {forklaring}")
    if "@" not in virksomhet["epost"]:
        raise Innholdsfeil(fil, f"extra.virksomhet.epost er ikke en e-postadresse: {virksomhet['epost']!r}")
    adresse = urlparse(virksomhet["tilgjengelighetserklaering"])
    if adresse.scheme != "https" or not adresse.netloc:
        raise Innholdsfeil(
            fil, "extra.virksomhet.tilgjengelighetserklaering må være en https-adresse, f.eks. https://uustatus.no/…"
        )
    return virksomhet
