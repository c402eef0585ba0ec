"""The settings in mkdocs.yml that a communication department edits (`extra.virksomhet`, `extra.kilde`), as
typed schemas (voluptuous), checked once per build.

Each field is declared once: whether it must be there, its type, what it may hold and the Norwegian message
that names it and says what to write. A field that is not in the schema stops the build too, with the
nearest known name: a misspelt «primærfarge» would otherwise be ignored and the site built without it.
"""

import difflib
import re
from pathlib import Path
from urllib.parse import urlparse

from voluptuous import All, Invalid, Maybe, MultipleInvalid, Optional, Required, Schema

from .feil import Innholdsfeil

HEKSFARGE = re.compile(r"#[0-9a-fA-F]{6}")
# WCAG 2.1 AA for normal text: the header's white text on the primary colour, and links on white.
MINSTE_KONTRAST = 4.5
UTENFOR_SKJEMA = "extra keys not allowed"  # voluptuous' message for a key the schema does not know


def luminans(farge):
    """Relative luminance of #rrggbb (WCAG 2.1)."""

    def kanal(verdi):
        c = int(verdi, 16) / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (kanal(farge[i : i + 2]) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def kontrast(a, b):
    lys, moerk = sorted((luminans(a), luminans(b)), reverse=True)
    return (lys + 0.05) / (moerk + 0.05)


def kilde(conf):
    return conf.get("config_file_path") or "mkdocs.yml"


# --- field types: each raises Invalid with the words after the field's name ------------------------------


def paakrevd(navn, forklaring, *videre):
    """(key, check) of a required field: text that is not blank, then checked by `videre`."""
    melding = f"mangler eller er tom: skriv inn {forklaring}"

    def tekst(verdi):
        if isinstance(verdi, (int, float)) and not isinstance(verdi, bool):
            # telefon: 22073000 reads as a number, and the number loses its spaces and a leading 0.
            raise Invalid(f'må være tekst: skriv den i anførselstegn, "{verdi}"')
        if not isinstance(verdi, str) or not verdi.strip():
            raise Invalid(melding)
        return verdi

    return Required(navn, msg=melding), All(tekst, *videre)


def valgfri_tekst(verdi):
    if verdi is None:
        return ""
    if not isinstance(verdi, str):
        raise Invalid(f"må være tekst, ikke {verdi!r}")
    return verdi


def epost(verdi):
    if verdi and "@" not in verdi:
        raise Invalid(f"er ikke en e-postadresse: {verdi!r}")
    return verdi


def https_adresse(verdi):
    adresse = urlparse(verdi if isinstance(verdi, str) else "")
    return adresse.scheme == "https" and bool(adresse.netloc)


def https(eksempel):
    def sjekk(verdi):
        if verdi and not https_adresse(verdi):
            raise Invalid(f"må være en https-adresse, f.eks. {eksempel}, ikke {verdi!r}")
        return verdi

    return sjekk


def endepunkt_godtas(endepunkt):
    """A path on this host (/…, not //… or /\\…, which browsers read as another host) or an https URL."""
    if any(t.isspace() or ord(t) < 32 or t == "\\" for t in endepunkt):
        return False
    if endepunkt.startswith("/"):
        return not endepunkt.startswith("//")
    return https_adresse(endepunkt)


def endepunkt(verdi):
    if verdi and not endepunkt_godtas(verdi):
        raise Invalid(
            "må være en sti på dette nettstedet (/api/tilbakemelding) eller en https-adresse "
            f"(https://intranett.example/api/…), ikke {verdi!r}. En adresse som begynner med // eller http:// "
            "ville sendt lesernes kommentarer til en annen vert eller ukryptert."
        )
    return verdi


def farge(conf):
    def sjekk(verdi):
        if verdi is None and (skrevet := skrevet_uten_anfoerselstegn(conf, "primaerfarge")):
            raise Invalid(
                f'må stå i anførselstegn: primaerfarge: "{skrevet}" '
                "(uten dem leser YAML # som starten på en kommentar, og feltet blir tomt)"
            )
        if verdi is None:
            raise Invalid('mangler: skriv inn en farge i anførselstegn, f.eks. "#1b4570"')
        if not isinstance(verdi, str) or not HEKSFARGE.fullmatch(verdi):
            raise Invalid(f'må være en farge på formen "#1b4570", i anførselstegn, ikke {verdi!r}')
        forhold = kontrast(verdi, "#ffffff")
        if forhold < MINSTE_KONTRAST:
            raise Invalid(
                f"{verdi} gir for svak kontrast: hvit tekst på fargen har {forhold:.2f}:1, WCAG krever minst "
                f"{MINSTE_KONTRAST}:1. Velg en mørkere farge."
            )
        return verdi

    return sjekk


def skrevet_uten_anfoerselstegn(conf, felt):
    """The value an editor wrote after `felt:` without quotes, where YAML took # as a comment; else None."""
    try:
        tekst_ = Path(kilde(conf)).read_text(encoding="utf-8")
    except OSError:
        return None
    m = re.search(rf"^[ \t]*{felt}:[ \t]*(#[0-9a-fA-F]{{3,8}})\b", tekst_, re.M)
    return m and m.group(1)


def fil_i_docs(docs_dir):
    def sjekk(verdi):
        if verdi in (None, ""):
            return ""
        if not isinstance(verdi, str) or not (Path(docs_dir) / verdi).is_file():
            raise Invalid(f"peker på en fil som ikke finnes i docs/: {verdi!r}. Legg fila der, eller la feltet stå tomt")
        return verdi

    return sjekk


def virksomheten(conf):
    """The schema of extra.virksomhet; the colour and logo checks need the settings file and docs/."""
    return Schema(
        dict(
            [
                paakrevd("navn", "virksomhetens navn"),
                paakrevd("kommunikasjonsavdeling", "kommunikasjonsavdelingens navn"),
                paakrevd("epost", "kommunikasjonsavdelingens e-postadresse", epost),
                paakrevd("telefon", "kommunikasjonsavdelingens telefonnummer"),
                paakrevd("betjent", "når kanalene er betjent, f.eks. «normal arbeidstid»"),
                paakrevd(
                    "tilgjengelighetserklaering",
                    "adressen til tilgjengelighetserklæringen i uustatus.no",
                    https("https://uustatus.no/…"),
                ),
                (Optional("kommunikasjonsavdeling_bestemt", default=""), valgfri_tekst),
                (Required("primaerfarge", default=None), farge(conf)),
                (Optional("logo", default=""), fil_i_docs(conf.get("docs_dir") or "docs")),
                (Optional("tilbakemelding", default=None), Maybe(TILBAKEMELDING)),
            ]
        )
    )


TILBAKEMELDING = Schema(
    {
        Optional("epost", default=""): All(valgfri_tekst, epost),
        Optional("endepunkt", default=""): All(valgfri_tekst, endepunkt),
    }
)


def kontroller(conf, navn, skjema, hva_mangler):
    """extra.`navn` checked against `skjema` and completed with its defaults; else Innholdsfeil naming the field
    and the fix. `hva_mangler` follows «extra.`navn` mangler» when the section is absent."""
    fil = kilde(conf)
    data = (conf.get("extra") or {}).get(navn)
    if not isinstance(data, dict):
        raise Innholdsfeil(fil, f"extra.{navn} mangler{hva_mangler}")
    try:
        conf["extra"][navn] = skjema(data)
        return conf["extra"][navn]
    except MultipleInvalid as feil:
        raise Innholdsfeil(fil, melding(f"extra.{navn}", feil.errors[0], skjema)) from None


def melding(prefiks, feil, skjema):
    sti = [str(ledd) for ledd in feil.path]
    if feil.error_message != UTENFOR_SKJEMA:
        return f"{prefiks}.{'.'.join(sti)} {feil.error_message}"
    *foreldre, ukjent = sti
    for ledd in foreldre:  # the schema of the section the unknown key sits in (a Schema, or Maybe(Schema))
        verdi = next(s for k, s in skjema.schema.items() if str(k) == ledd)
        skjema = verdi if isinstance(verdi, Schema) else next(s for s in verdi.validators if isinstance(s, Schema))
    kjente = [f"«{k}»" for k in skjema.schema]
    naer = difflib.get_close_matches(ukjent, [str(k) for k in skjema.schema], n=1)
    return (
        f"{'.'.join([prefiks, *foreldre])} kan bare ha {', '.join(kjente[:-1])} og {kjente[-1]}: «{ukjent}» er ikke ett av dem."
        + (f" Mente du «{naer[0]}»?" if naer else " Ta det bort.")
    )


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


def valider(conf):
    valider_nettstedet(conf, kilde(conf))
    return kontroller(
        conf, "virksomhet", virksomheten(conf), " (virksomhetens navn, kontakt og tilgjengelighetserklæring)"
    )
