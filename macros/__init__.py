"""Macros for the guidance pages (mkdocs-macros, `define_env` only so Zensical can run them too)."""

from . import datoer, emner, innstillinger, kontakt, widgets


def define_env(env):
    innstillinger.valider(env.conf)
    for modul in (datoer, emner, kontakt, widgets):
        modul.registrer(env)
