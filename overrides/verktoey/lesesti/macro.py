"""The reading path for new employees.

Macros:
- `{{ lesetid("sanntid.md") }}`: «ca. 3 min», the reading time of a page, from its words.
- `{{ lesesti() }}`: every topic in nav order with its reading time, description and a
  «Jeg har lest denne siden» mark (lesesti.js keeps the marks in localStorage).

The topics are the guidance pages: the pages at the top level of `nav`, in order, whose front matter has
a `publisert` date (the reading path, the whole-guidance page and a contact page have none; pages in nav
sections are an agency's own, see macros/emner.py, which also reads them and their reading time). The
same rule picks the pages that get the mark at their end (overrides/verktoey/lesesti/merke.html).
"""

from pathlib import Path

from macros.emner import antall_ord, emner, les_side, lesetid_tekst, minutter
from macros.feil import Innholdsfeil
from macros.verktoey import fra_roten, gjengi, kildefil

MAPPE = Path(__file__).resolve().parent


def registrer(env):
    def gjeldende():
        return kildefil(env.page)

    def lenke(url):
        """A link from the current page to a page `url` (relative to the site root)."""
        return fra_roten(url)

    @env.macro
    def lesetid(sti=None):
        """«ca. 3 min»: the reading time of the page `sti` (relative to docs/), or of this page."""
        sti = sti or gjeldende()
        return lesetid_tekst(minutter(antall_ord(les_side(env.conf["docs_dir"], sti))))

    @env.macro
    def lesesti():
        """The reading path: every topic in order, with its reading time and a mark for «read»."""
        liste = emner(env.conf)
        if not liste:
            raise Innholdsfeil(gjeldende(), "lesesti(): nav har ingen emnesider (sider øverst i nav med «publisert» i front matter)")
        return gjengi(
            MAPPE,
            "lesesti.html",
            emner=[
                {
                    "tittel": e.tittel,
                    "id": e.id,
                    "url": e.url,
                    "lenke": lenke(e.url),
                    "lesetid": lesetid_tekst(e.minutter),
                    "beskrivelse": e.beskrivelse,
                }
                for e in liste
            ],
            sider=[e.url for e in liste],
        )
