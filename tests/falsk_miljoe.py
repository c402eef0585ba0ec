"""A stand-in for mkdocs-macros' env, enough to call a macro module's registered functions directly."""

from types import SimpleNamespace


class FalskMiljoe:
    def __init__(self, conf=None, meta=None, src_uri="side.md"):
        self.conf = conf or {}
        self.page = SimpleNamespace(meta=meta or {}, file=SimpleNamespace(src_uri=src_uri))
        self.macros = {}

    def macro(self, funksjon):
        self.macros[funksjon.__name__] = funksjon
        return funksjon
