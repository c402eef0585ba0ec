"""Publication dates from each page's front matter, written the Norwegian way."""

import datetime

from .feil import Innholdsfeil

MAANEDER = (
    "januar", "februar", "mars", "april", "mai", "juni",
    "juli", "august", "september", "oktober", "november", "desember",
)


def norsk_dato(dato):
    return f"{dato.day}. {MAANEDER[dato.month - 1]} {dato.year}"


def dato_fra(meta, felt, fil):
    verdi = meta.get(felt)
    if isinstance(verdi, datetime.datetime):
        return verdi.date()
    if isinstance(verdi, datetime.date):
        return verdi
    if verdi is None:
        raise Innholdsfeil(fil, f"front matter mangler «{felt}» (en dato som 2017-08-16)")
    raise Innholdsfeil(fil, f"«{felt}» i front matter er ikke en dato på formen ÅÅÅÅ-MM-DD: {verdi!r}")


def registrer(env):
    @env.macro
    def datoer():
        """«Publisert … · Sist endret …» under the page title."""
        fil = env.page.file.src_uri
        publisert = dato_fra(env.page.meta, "publisert", fil)
        endret = dato_fra(env.page.meta, "sist_endret", fil)
        if endret < publisert:
            raise Innholdsfeil(fil, f"«sist_endret» ({endret}) er før «publisert» ({publisert})")
        return (
            '<p class="sm-datoer">'
            f'Publisert <time datetime="{publisert.isoformat()}">{norsk_dato(publisert)}</time>'
            ' · '
            f'Sist endret <time datetime="{endret.isoformat()}">{norsk_dato(endret)}</time>'
            "</p>"
        )
