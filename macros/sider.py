"""Checks every page's front matter when the build starts, so that a mistake stops the build and names
the file, instead of showing up on a page:

- dates: `publisert` and `sist_endret` come together, as ÅÅÅÅ-MM-DD, the change not before the
  publication. overrides/partials/datoer.html shows them under the title;
- macros: only a page with `render_macros: true` has its {{ … }} rendered (`render_by_default: false` in
  mkdocs.yml: rendering every page of a large library costs a fifth of the build). A page that calls a
  macro without it would show the braces, so that stops the build; `render_macros: false` says a page
  shows braces on purpose.

Front matter is read line by line, not as YAML: at a thousand pages parsing YAML here would cost more
than it checks, and the fields are plain lines.
"""

import datetime
import re
from pathlib import Path

from .feil import Innholdsfeil

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)
FELT = re.compile(r"^(publisert|sist_endret|render_macros)[ \t]*:[ \t]*(.*?)[ \t]*$", re.M)
JINJA = re.compile(r"\{\{|\{%")
# A date as YAML reads one; a time after it (2020-03-01 12:00) is allowed and ignored.
DATO = re.compile(r"""^["']?(\d{4}-\d{2}-\d{2})(?:[ tT][0-9:.+-]*Z?)?["']?$""")


def dato(felt, navn, fil):
    verdi = felt.get(navn)
    if verdi is None:
        raise Innholdsfeil(fil, f"front matter mangler «{navn}» (en dato som 2017-08-16)")
    m = DATO.match(verdi)
    try:
        if m:
            return datetime.date.fromisoformat(m.group(1))
    except ValueError:  # 2020-02-30
        pass
    raise Innholdsfeil(fil, f"«{navn}» i front matter er ikke en dato på formen ÅÅÅÅ-MM-DD: {verdi!r}")


def sjekk_side(sti, tekst):
    """Raises Innholdsfeil naming docs/`sti` for wrong dates or a macro call on a page not rendered."""
    fil = f"docs/{sti}"
    m = FRONT_MATTER.match(tekst)
    felt = dict(FELT.findall(m.group(1) or "")) if m else {}
    kropp = tekst[m.end():] if m else tekst
    if "render_macros" not in felt and JINJA.search(kropp):
        raise Innholdsfeil(
            fil,
            "bruker makroer ({{ … }}), men front matter mangler «render_macros: true»; uten den vises klammene som tekst",
        )
    if "publisert" in felt or "sist_endret" in felt:
        publisert, endret = dato(felt, "publisert", fil), dato(felt, "sist_endret", fil)
        if endret < publisert:
            raise Innholdsfeil(fil, f"«sist_endret» ({endret}) er før «publisert» ({publisert})")


def sjekk(conf):
    rot = Path(conf["docs_dir"])
    for fil in sorted(rot.rglob("*.md")):
        sjekk_side(fil.relative_to(rot).as_posix(), fil.read_text(encoding="utf-8"))
