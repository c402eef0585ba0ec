"""Loads the interactive tools.

A tool keeps everything in one folder, overrides/verktoey/<name>/: macro.py (registers its macros
with `registrer(env)`), its Jinja template, its JS and CSS (MkDocs copies them to
site/verktoey/<name>/ as theme files; .py and .html files are not copied) and its data files.
"""

import contextlib
import functools
import importlib.util
from pathlib import Path

import jinja2

from .ressurser import register


def kildefil(side):
    """The page's Markdown file below docs/ ("sanntid.md"): MkDocs' page.file.src_uri, Zensical's page.path."""
    fil = getattr(side, "file", None)
    return fil.src_uri if fil is not None else side.path


# An address below the site root, written by a macro as ROT + "verktoey/sjekkliste/sjekkliste.css" and made
# relative to the page by the template (overrides/partials/content.html, with the engine's base_url). A
# macro cannot write the relative address itself: MkDocs leaves the <link>, <script> and <a> a macro
# writes as they are (relative to the built page), Zensical resolves them again as if relative to the
# Markdown file (one «../» too many under directory URLs). A scheme-like prefix neither engine touches.
ROT = "sm-rot:"


def fra_roten(maal):
    """`maal` (below the site root, "" for the front page) as the mark the page template resolves."""
    return ROT + maal


def prosjektmappe(conf):
    """The folder of mkdocs.yml: MkDocs names the file (config_file_path), Zensical the folder (root_dir)."""
    if conf.get("config_file_path"):
        return Path(conf["config_file_path"]).resolve().parent
    return Path(conf.get("root_dir") or ".").resolve()


def overstyringer(conf):
    """theme.custom_dir as a path: an attribute of MkDocs' Theme (absolute), a key in Zensical's theme
    settings (as written in mkdocs.yml, relative to it)."""
    tema = conf["theme"]
    return prosjektmappe(conf) / (tema.get("custom_dir") if isinstance(tema, dict) else tema.custom_dir)


def mappe(conf):
    return overstyringer(conf) / "verktoey"


# The tools' modules, loaded once per build and kept on its configuration: Zensical calls define_env once
# per page with macros, and loading them again each time was a fifth of a 1 000-page build.
MODULER = "_sm_verktoeymoduler"


def last(macro):
    spec = importlib.util.spec_from_file_location(f"verktoey.{macro.parent.name}", macro)
    modul = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(modul)
    return modul


def registrer(env):
    if env.conf.get(MODULER) is None:
        env.conf[MODULER] = [last(macro) for macro in sorted(mappe(env.conf).glob("*/macro.py"))]
    for modul in env.conf[MODULER]:
        modul.registrer(env)


@functools.cache  # one environment per tool folder: templates compile once per build
def _miljoe(verktoeymappe):
    # The tool's own folder first; then overrides/, so a template can import a shared partial
    # ({% from "partials/norsk-dato.html" import norsk_dato %}).
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader([verktoeymappe, str(Path(verktoeymappe).parent.parent)]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def gjengi(verktoeymappe, mal, **verdier):
    """Renders a tool's own template with autoescaping; an undefined name is an error, not a blank."""
    return _miljoe(str(verktoeymappe)).get_template(mal).render(**verdier)


def verktoey(env, html, skript):
    """A tool's `html` with its script (a path below the site root, served as the register says:
    macros/ressurser.py) as a mark just inside the tool's root, <span data-sm-skript="…">, on every tool, not
    only the first. What the tools share (felles-verktoey.js, loaded after the first paint) turns the marks
    into scripts, each address once per document, on every page Material shows. A <script defer> in the
    content was fetched before the first paint and run in the task that fires DOMContentLoaded, after
    Material's own work there: Lighthouse counted both (benchmarks/README.md). Inside `skript_ved_behov` the
    mark waits until the reader nears its tool. (The tool's stylesheet is in extra_css, joined into the one
    stylesheet of every page: a stylesheet of its own held up the first paint by a request.)"""
    ressurser = register(env.conf)
    side = ressurser.side(kildefil(env.page))
    ved_behov = " data-sm-ved-behov" if side.ved_behov else ""
    merke = f'<span data-sm-skript="{fra_roten(ressurser.adresse(skript))}"{ved_behov}></span>'
    slutt = html.index(">") + 1
    return html[:slutt] + merke + html[slutt:]


@contextlib.contextmanager
def skript_ved_behov(env):
    """Inside the block, the tools' scripts load only when the reader nears them (a long page whose tools lie
    far down): their marks carry data-sm-ved-behov, which felles-verktoey.js watches."""
    side = register(env.conf).side(kildefil(env.page))
    side.ved_behov = True
    try:
        yield
    finally:
        side.ved_behov = False
