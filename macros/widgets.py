"""Loads the interactive widgets.

A widget keeps everything in one folder, overrides/widgets/<name>/: macro.py (registers its macros
with `registrer(env)`), its Jinja template, its JS and CSS (MkDocs copies them to
site/widgets/<name>/ as theme files; .py and .html files are not copied) and its data files.
"""

import functools
import importlib.util
from pathlib import Path

import jinja2


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
