"""Checks every page's front matter when the build starts, so that a mistake stops the build and names
the file, instead of showing up on a page:

- front matter: closed by a line of ---, valid YAML (macros/datafil.py: no key twice, no date that does
  not exist). MkDocs would otherwise show broken front matter as text and drop the page's fields, so the
  page would fall out of the topic overview, the whole guidance and the reading path;
- dates: `publisert` and `sist_endret` come together, as a date without quotes or time (2017-08-16), the
  change not before the publication. overrides/partials/datoer.html shows them under the title;
- macros: only a page with `render_macros: true` has its {{ … }} rendered (`render_by_default: false` in
  mkdocs.yml: rendering every page of a large library costs a fifth of the build). A page that calls a
  macro without it would show the braces, so that stops the build; `render_macros: false` says a page
  shows braces on purpose. On a page that is rendered, «{#» would open a Jinja comment that silently
  swallows the text up to «#}», so it is refused.
"""

import datetime
import re
from pathlib import Path

from . import datafil
from .feil import Innholdsfeil

# MkDocs' own rule for front matter (mkdocs.utils.meta): a first line of ---, closed by --- or ....
START = re.compile(r"\A---[ \t]*\n")
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
JINJA = re.compile(r"\{\{|\{%")
JINJA_KOMMENTAR = "{#"
DATO = re.compile(r"^\d{4}-\d{2}-\d{2}")


def les(fil, tekst):
    """(front matter as a dict, the text after it); raises Innholdsfeil for front matter MkDocs would
    show as text."""
    if not START.match(tekst):
        return {}, tekst
    m = FRONT_MATTER.match(tekst)
    if not m:
        raise Innholdsfeil(fil, "front matter er ikke lukket: skriv en linje med bare --- etter den siste linjen i den")
    data = datafil.tolk(m.group(1) or "", fil, linje_forskyvning=1, hva="front matter")
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise Innholdsfeil(fil, "front matter skal være felt på formen «navn: verdi», én per linje")
    return data, tekst[m.end():]


def dato(felt, navn, fil):
    if navn not in felt:
        raise Innholdsfeil(fil, f"front matter mangler «{navn}» (en dato som 2017-08-16)")
    verdi = felt[navn]
    if isinstance(verdi, datetime.datetime):
        raise Innholdsfeil(fil, f"«{navn}» skal være bare en dato, uten klokkeslett: {navn}: {verdi.date().isoformat()}")
    if isinstance(verdi, datetime.date):
        return verdi
    if isinstance(verdi, str) and DATO.match(verdi.strip()) and len(verdi.strip()) > 10:
        raise Innholdsfeil(fil, f"«{navn}» skal være bare en dato, uten klokkeslett: {navn}: {verdi.strip()[:10]}")
    if isinstance(verdi, str) and DATO.match(verdi.strip()):
        raise Innholdsfeil(
            fil, f"«{navn}» skal stå uten anførselstegn, ellers blir den tekst og ikke en dato: {navn}: {verdi.strip()[:10]}"
        )
    raise Innholdsfeil(fil, f"«{navn}» i front matter er ikke en dato på formen ÅÅÅÅ-MM-DD: {verdi!r}")


def sjekk_side(sti, tekst):
    """Raises Innholdsfeil naming docs/`sti` for broken front matter, wrong dates, a macro call on a page
    not rendered, or a Jinja comment on a page that is."""
    fil = f"docs/{sti}"
    felt, kropp = les(fil, tekst)
    if "render_macros" not in felt and JINJA.search(kropp):
        raise Innholdsfeil(
            fil,
            "bruker makroer ({{ … }}), men front matter mangler «render_macros: true»; uten den vises klammene som tekst",
        )
    if felt.get("render_macros") is True and JINJA_KOMMENTAR in kropp:
        linje = kropp[: kropp.index(JINJA_KOMMENTAR)].count("\n") + tekst[: len(tekst) - len(kropp)].count("\n") + 1
        raise Innholdsfeil(
            fil,
            f"«{{#» på linje {linje} starter en Jinja-kommentar på en side med «render_macros: true», og teksten "
            "fram til «#}» forsvinner. Skriv { #id } med mellomrom (attr_list), eller {{ '{#' }} for tegnene selv",
        )
    if "publisert" in felt or "sist_endret" in felt:
        publisert, endret = dato(felt, "publisert", fil), dato(felt, "sist_endret", fil)
        if endret < publisert:
            raise Innholdsfeil(fil, f"«sist_endret» ({endret}) er før «publisert» ({publisert})")


def sjekk(conf):
    rot = Path(conf["docs_dir"])
    for fil in sorted(rot.rglob("*.md")):
        sjekk_side(fil.relative_to(rot).as_posix(), fil.read_text(encoding="utf-8"))
