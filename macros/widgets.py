"""Loads the interactive widgets.

A widget keeps everything in one folder, overrides/widgets/<name>/: macro.py (registers its macros
with `registrer(env)`), its Jinja template, its JS and CSS (MkDocs copies them to
site/widgets/<name>/ as theme files; .py and .html files are not copied) and its data files.
"""

import contextlib
import functools
import importlib.util
from pathlib import Path

import jinja2
from mkdocs.utils import get_relative_url


def mappe(conf):
    return Path(conf["theme"].custom_dir) / "widgets"


def registrer(env):
    for macro in sorted(mappe(env.conf).glob("*/macro.py")):
        spec = importlib.util.spec_from_file_location(f"widgets.{macro.parent.name}", macro)
        modul = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(modul)
        modul.registrer(env)


@functools.lru_cache(maxsize=None)  # one environment per widget folder: templates compile once per build
def _miljo(widgetmappe):
    # The widget's own folder first; then overrides/, so a template can import a shared partial
    # ({% from "partials/norsk-dato.html" import norsk_dato %}).
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader([widgetmappe, str(Path(widgetmappe).parent.parent)]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def gjengi(widgetmappe, mal, **verdier):
    """Renders a widget's own template with autoescaping; an undefined name is an error, not a blank."""
    return _miljo(str(widgetmappe)).get_template(mal).render(**verdier)


def _en_gang(side, tagg):
    """`tagg` the first time a page asks for it, "" after (a page may hold a widget twice)."""
    sett = side.__dict__.setdefault("_sm_tagger", set())
    if tagg in sett:
        return ""
    sett.add(tagg)
    return tagg


def verktoy(side, html, stilark, skript):
    """A tool's `html` with its stylesheet and script (paths below the site root), each once per page, for
    the pages that use them; hooks/bunter.py points them at the minified files.

    The stylesheet goes just inside the tool's root element: before the tool, so that it is never shown
    unstyled, and inside a block, as Markdown would put a <link> of its own in an empty paragraph. The
    script is deferred, so it runs once the page is parsed and Material's document$ exists; instant
    navigation re-creates the tag on every page that has it, so the script must start only once however
    often it runs. Inside `skript_ved_behov` the script is instead a mark just inside the root of every
    tool, not only the first, so a reader who lands on any of them (a link to its heading, scrolling,
    find in page) starts it there; the loader watches the tool the mark sits in."""
    laster = side.__dict__.get("_sm_laster")
    inne = _en_gang(side, f'<link rel="stylesheet" href="{get_relative_url(stilark, side.url)}">')
    if laster:
        inne += f'<span data-sm-skript="{get_relative_url(skript, side.url)}"></span>'
    slutt = html.index(">") + 1
    return html[:slutt] + inne + html[slutt:] + _skripttagg(side, laster or skript)


def _skripttagg(side, sti):
    return _en_gang(side, f'\n<script src="{get_relative_url(sti, side.url)}" defer></script>')


@contextlib.contextmanager
def skript_ved_behov(side, laster):
    """Inside the block, the widget scripts `side` asks for load only when the reader nears them (a long page
    whose tools lie far down): each is a mark (<span data-sm-skript>), and the page gets the script `laster`
    (below the site root), once, which turns the marks into scripts."""
    side.__dict__["_sm_laster"] = laster
    try:
        yield
    finally:
        del side.__dict__["_sm_laster"]
