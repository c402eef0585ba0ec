"""Macros for the guidance pages (mkdocs-macros, `define_env` only so Zensical can run them too)."""

from . import emner, feil, innstillinger, kilde, kontakt, sider, widgets


def define_env(env):
    feil.korte_makrofeil()
    innstillinger.valider(env.conf)
    kilde.valider(env.conf)
    sider.sjekk(env.conf)
    for modul in (emner, kontakt, widgets):
        modul.registrer(env)
