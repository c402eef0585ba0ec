"""Macros for the guidance pages (`define_env` only, no import from MkDocs: MkDocs' mkdocs-macros and
Zensical both run them)."""

import importlib.util
import sys

# Zensical (0.0.73) executes this file by its path and does not put the package in sys.modules, so the
# relative imports below would look for «macros» on sys.path and fail («No module named 'macros'»).
# Registering the package first (its __spec__ knows the folder) makes them work under both engines;
# under MkDocs it is registered already.
if __spec__.name not in sys.modules:
    sys.modules[__spec__.name] = importlib.util.module_from_spec(__spec__)

from . import emner, feil, front_matter, innstillinger, kilde, kontakt, verktoey  # noqa: E402

# Set on the build's configuration once the settings and every page's front matter are checked.
SJEKKET = "_sm_sjekket"


def define_env(env):
    # Once per build: MkDocs calls define_env once, Zensical once per page with macros, and checking every
    # page's front matter for every page made a 1 000-page build with Zensical take 100 s instead of
    # about 20 (benchmarks/zensical.py). The mark lives on the configuration, which both engines make anew
    # for each build (also for each rebuild of `serve`).
    if not env.conf.get(SJEKKET):
        feil.korte_makrofeil()
        innstillinger.valider(env.conf)
        kilde.valider(env.conf)
        front_matter.sjekk(env.conf)
        env.conf[SJEKKET] = True
    for modul in (emner, kontakt, verktoey):
        modul.registrer(env)
