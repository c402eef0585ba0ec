"""The agency's name in the genitive («Statens vegvesens kommunikasjonsstab»), after Språkrådet.

One rule for the Python side: the Kontakt page, the footer, the «Er du i tvil?» advice and the generator's
text for readers without JavaScript. ansvarsbegrensning.js writes the same rule for the browser; the tests run the
same cases through both (tests/ansvarsbegrensning_hjelp.py, GENITIV).
"""

import re

# Språkrådet: a name ending in s, x or z takes an apostrophe alone, the typographic one: «Norsk Tipping AS’».
APOSTROF = "\u2019"
# A name already in the genitive (the reader wrote «Statens vegvesens»): a definite noun plus s.
ALLEREDE_GENITIV = re.compile(r"[a-zæøå](?:en|et)s$")
# After a closing bracket, a full stop or a quote mark no s can be added («(FFI)s», «Datatilsynet.s»):
# such a name needs the prepositional form, «kommunikasjonsavdelingen i Forsvarets forskningsinstitutt (FFI)».
UTEN_GENITIV = re.compile(r"""[).\]»"'’”]$""")


def genitiv(navn):
    """«Statens vegvesens», «Norsk Tipping AS’», the name itself if it is already in the genitive, "" for no
    name, and None when the name cannot take a genitive (use the prepositional form instead)."""
    navn = " ".join(navn.split())
    if not navn:
        return ""
    if UTEN_GENITIV.search(navn):
        return None
    if ALLEREDE_GENITIV.search(navn):
        return navn
    return navn + (APOSTROF if navn[-1].lower() in "sxz" else "s")


def avsender(navn, avdeling, bestemt=""):
    """Who edits: «Statens vegvesens kommunikasjonsstab», or the prepositional form when `bestemt` (the
    department in definite form, «kommunikasjonsstaben») is given: «kommunikasjonsstaben i Statens vegvesen».
    None when the name takes no genitive and no definite form is given."""
    navn, avdeling, bestemt = (" ".join(t.split()) for t in (navn, avdeling, bestemt or ""))
    if bestemt:
        return f"{bestemt} i {navn}"
    eier = genitiv(navn)
    return f"{eier} {avdeling}" if eier else None
