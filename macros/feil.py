from mkdocs.exceptions import PluginError


class Innholdsfeil(PluginError):
    """A content or settings mistake; MkDocs prints the message and stops the build."""

    def __init__(self, fil, hva):
        super().__init__(f"{fil}: {hva}")
        self.fil = fil
        self.hva = hva
