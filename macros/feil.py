"""The build's error for a content or settings mistake: names the file and says what to fix."""

import sys

from .verktoey import kildefil

# Under MkDocs a PluginError makes MkDocs print just the message and stop («Aborted with a BuildError!»),
# not a traceback. The class is taken from MkDocs only when MkDocs is the engine running (then it is
# loaded already), so the macros import nothing from MkDocs and load the same way under Zensical.
_mkdocs = sys.modules.get("mkdocs.exceptions")
_Grunnklasse = _mkdocs.PluginError if _mkdocs else Exception


class Innholdsfeil(_Grunnklasse):
    """A content or settings mistake; the engine prints the message and stops the build."""

    def __init__(self, fil, hva):
        super().__init__(f"{fil}: {hva}")
        self.fil = fil
        self.hva = hva


def korte_makrofeil():
    """mkdocs-macros reports a macro that fails with a Python traceback. An editor needs the file and the
    reason: its error formatter (a singledispatch function) gets a short message for our errors and for
    any other error in a page's {{ … }}."""
    try:
        from mkdocs_macros.errors import format_error
    except ImportError:  # another engine (Zensical) reports errors its own way
        return

    @format_error.register
    def _innholdsfeil(error: Innholdsfeil, markdown, page):
        return str(error)

    @format_error.register
    def _annen_feil(error: Exception, markdown, page):
        return f"docs/{kildefil(page)}: en makro ({{{{ … }}}}) stoppet: {error}"
