"""The agency settings in mkdocs.yml (`extra.virksomhet`), checked once per build."""

import re
from pathlib import Path
from urllib.parse import urlparse

from .feil import Innholdsfeil

HEKSFARGE = re.compile(r"#[0-9a-fA-F]{6}")
# WCAG 2.1 AA for normal text: the header's white text on the primary colour, and links on white.
MINSTE_KONTRAST = 4.5

PAAKREVD = {
    "navn": "virksomhetens navn",
    "kommunikasjonsavdeling": "kommunikasjonsavdelingens navn",
    "epost": "kommunikasjonsavdelingens e-postadresse",
    "telefon": "kommunikasjonsavdelingens telefonnummer",
    "betjent": "når kanalene er betjent, f.eks. «normal arbeidstid»",
    "tilgjengelighetserklaering": "adressen til tilgjengelighetserklæringen i uustatus.no",
}


def luminans(farge):
    """Relative luminance of #rrggbb (WCAG 2.1)."""

    def kanal(verdi):
        c = int(verdi, 16) / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (kanal(farge[i : i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def kontrast(a, b):
    lys, mork = sorted((luminans(a), luminans(b)), reverse=True)
    return (lys + 0.05) / (mork + 0.05)


def kilde(conf):
    return conf.get("config_file_path") or "mkdocs.yml"


# Material prints site_name and site_description as they are in some places (<title>, the description
# <meta>): characters that would become markup there are refused instead of escaped by overrides of
# Material's templates.
MARKUPTEGN = set('<>&"')


def valider_nettstedet(conf, fil):
    for felt in ("site_name", "site_description"):
        verdi = conf.get(felt) or ""
        if MARKUPTEGN & set(verdi):
            tegn = " ".join(sorted(MARKUPTEGN & set(verdi)))
            raise Innholdsfeil(
                fil, f"{felt} kan ikke inneholde {tegn}: Material skriver feltet rett inn i sidene. Skriv det uten disse tegnene."
            )


def https_adresse(verdi):
    adresse = urlparse(verdi if isinstance(verdi, str) else "")
    return adresse.scheme == "https" and bool(adresse.netloc)


def seksjon(conf, fil, navn, paakrevd, hva_mangler):
    """extra.`navn` from the settings, with every field of `paakrevd` (field -> what to write) filled in;
    else Innholdsfeil naming the field. `hva_mangler` follows «extra.`navn` mangler» when it is absent."""
    data = (conf.get("extra") or {}).get(navn)
    if not isinstance(data, dict):
        raise Innholdsfeil(fil, f"extra.{navn} mangler{hva_mangler}")
    for felt, forklaring in paakrevd.items():
        verdi = data.get(felt)
        if not isinstance(verdi, str) or not verdi.strip():
            raise Innholdsfeil(fil, f"extra.{navn}.{felt} mangler eller er tom: skriv inn {forklaring}")
    return data


def valider(conf):
    fil = kilde(conf)
    valider_nettstedet(conf, fil)
    virksomhet = seksjon(conf, fil, "virksomhet", PAAKREVD, " (virksomhetens navn, kontakt og tilgjengelighetserklæring)")
    if "@" not in virksomhet["epost"]:
        raise Innholdsfeil(fil, f"extra.virksomhet.epost er ikke en e-postadresse: {virksomhet['epost']!r}")
    if not https_adresse(virksomhet["tilgjengelighetserklaering"]):
        raise Innholdsfeil(
            fil, "extra.virksomhet.tilgjengelighetserklaering må være en https-adresse, f.eks. https://uustatus.no/…"
        )
    valider_farge(fil, virksomhet.get("primaerfarge"), conf)
    valider_logo(fil, virksomhet.get("logo"), conf.get("docs_dir") or "docs")
    valider_tilbakemelding(fil, virksomhet.get("tilbakemelding"))
    return virksomhet


def skrevet_uten_anfoerselstegn(conf, felt):
    """The value an editor wrote after `felt:` without quotes, where YAML took # as a comment; else None."""
    try:
        tekst = Path(kilde(conf)).read_text(encoding="utf-8")
    except OSError:
        return None
    m = re.search(rf"^[ \t]*{felt}:[ \t]*(#[0-9a-fA-F]{{3,8}})\b", tekst, re.M)
    return m and m.group(1)


def valider_farge(fil, farge, conf):
    if farge is None and (skrevet := skrevet_uten_anfoerselstegn(conf, "primaerfarge")):
        raise Innholdsfeil(
            fil,
            f'extra.virksomhet.primaerfarge må stå i anførselstegn: primaerfarge: "{skrevet}" '
            "(uten dem leser YAML # som starten på en kommentar, og feltet blir tomt)",
        )
    if not isinstance(farge, str) or not HEKSFARGE.fullmatch(farge):
        raise Innholdsfeil(
            fil, f'extra.virksomhet.primaerfarge må være en farge på formen "#1b4570", i anførselstegn, ikke {farge!r}'
        )
    forhold = kontrast(farge, "#ffffff")
    if forhold < MINSTE_KONTRAST:
        raise Innholdsfeil(
            fil,
            f"extra.virksomhet.primaerfarge {farge} gir for svak kontrast: hvit tekst på fargen har "
            f"{forhold:.2f}:1, WCAG krever minst {MINSTE_KONTRAST}:1. Velg en mørkere farge.",
        )


def valider_logo(fil, logo, docs_dir):
    if logo in (None, ""):
        return
    if not isinstance(logo, str) or not (Path(docs_dir) / logo).is_file():
        raise Innholdsfeil(fil, f"extra.virksomhet.logo: fant ikke fila {logo!r} i docs/")


def valider_tilbakemelding(fil, mottak):
    if mottak is None:
        return
    if not isinstance(mottak, dict) or set(mottak) - {"epost", "endepunkt"}:
        raise Innholdsfeil(fil, "extra.virksomhet.tilbakemelding kan bare ha «epost» og «endepunkt»")
    epost, endepunkt = mottak.get("epost") or "", mottak.get("endepunkt") or ""
    if epost and "@" not in epost:
        raise Innholdsfeil(fil, f"extra.virksomhet.tilbakemelding.epost er ikke en e-postadresse: {epost!r}")
    if endepunkt and not endepunkt_godtas(endepunkt):
        raise Innholdsfeil(
            fil,
            "extra.virksomhet.tilbakemelding.endepunkt må være en sti på dette nettstedet (/api/tilbakemelding) "
            f"eller en https-adresse (https://intranett.example/api/…), ikke {endepunkt!r}. En adresse som begynner "
            "med // eller http:// ville sendt lesernes kommentarer til en annen vert eller ukryptert.",
        )


def endepunkt_godtas(endepunkt):
    """A path on this host (/…, not //… or /\…, which browsers read as another host) or an https URL."""
    if any(t.isspace() or ord(t) < 32 or t == "\\" for t in endepunkt):
        return False
    if endepunkt.startswith("/"):
        return not endepunkt.startswith("//")
    return https_adresse(endepunkt)
