"""The register of the tools' scripts (their stylesheets are in extra_css): which file the build serves for a
source file, and what each page has been given already.

The tools declare their files through it (macros/verktoey.py, `verktoey`); hooks/bunter.py fills in the
minified, hashed name of each file before any page is rendered (MkDocs: on_files comes before the pages'
Markdown), so a macro writes the final address at once and nothing reads the page's HTML back. Under
Zensical, which runs no hooks, the register has no minified names and the sources are served as they are.
One register per build, kept on the build's configuration, which both engines make anew for each build.
"""

NOEKKEL = "_sm_ressurser"


class Side:
    """What one page has been given: whether its tools' scripts wait until the reader nears them, and how many
    times each tool stands on it."""

    def __init__(self):
        self.ved_behov = False
        self.tellere = {}

    def nummer(self, hva):
        """1 the first time the page holds `hva`, 2 the second …"""
        self.tellere[hva] = self.tellere.get(hva, 0) + 1
        return self.tellere[hva]


class Ressurser:
    def __init__(self):
        self.serveres = {}  # source path below the site root -> the path the build serves it as
        self.sider = {}  # page's source file -> Side

    def adresse(self, kilde):
        return self.serveres.get(kilde, kilde)

    def side(self, fil):
        return self.sider.setdefault(fil, Side())


def register(conf):
    """The build's register (made the first time a build asks for it)."""
    if conf.get(NOEKKEL) is None:
        conf[NOEKKEL] = Ressurser()
    return conf[NOEKKEL]
