from mkdocs.exceptions import PluginError


class Innholdsfeil(PluginError):
    """A content or settings mistake; MkDocs prints the message and stops the build."""

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
        return f"docs/{page.file.src_uri}: en makro ({{{{ … }}}}) stoppet: {error}"
