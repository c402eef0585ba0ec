"""Driving Material's search box the way a reader does, and the inflected forms it must understand."""

import time

# An inflected (definite or plural) form a reader types, and the page it must find first.
BOYNINGER = {
    "sanntiden": "sanntid/",
    # The agency's profiles («på sine profiler»); Personvern came first while its checklist's buttons
    # («Slett profil», «Legg til profil») were in the search index.
    "profilene": "ansvarsbegrensning/",
    "profilen": "personvern/",
    "dialogen": "dialog/",
    "personvernet": "personvern/",
    "eierskapet": "eierskap/",
    "svartiden": "sanntid/",
    "innstillingene": "personvern/",
    "appene": "personvern/",
    "segmenteringen": "betalt-kommunikasjon/",
    "disclaimeren": "ansvarsbegrensning/",
    "ansvarsbegrensningen": "ansvarsbegrensning/",
    "saksbehandlingen": "dialog/",
    "mandatet": "dialog/",
    "rutinene": "dialog/",
    "innleggene": "ansvarsbegrensning/",
    "meldingene": "viral-spredning/",
    "søkemotorene": "personvern/",
    "kollegaen": "sanntid/",
    "markedsføringen": "ansvarsbegrensning/",
    "personopplysningene": "dialog/",
    "mønsteret": "personvern/",
    "forventningene": "sanntid/",
    "demografien": "betalt-kommunikasjon/",
    "tilgangen": "personvern/",
    "kartet": "personvern/",
    "kommunikasjonspolitikken": "betalt-kommunikasjon/",
    "utestengelsen": "ansvarsbegrensning/",
}


def soek(side, sporring, tidsfrist=10.0):
    """Type `sporring` into the search box of the open page; return the result pages' addresses in order."""
    felt = side.locator("input.md-search__input")
    if not felt.is_visible():
        side.locator("label.md-search__icon[for=__search]").first.click()
    felt.click()
    felt.fill("")
    felt.press_sequentially(sporring, delay=20)
    meta = side.locator(".md-search-result__meta")
    slutt = time.monotonic() + tidsfrist
    forrige = None
    while time.monotonic() < slutt:
        tekst = meta.inner_text()
        if "treff" in tekst.lower():
            treff = side.locator(".md-search-result__item > a.md-search-result__link").evaluate_all(
                "lenker => lenker.map(a => new URL(a.href).pathname)"
            )
            if treff == forrige:
                return treff
            forrige = treff
        time.sleep(0.25)
    raise AssertionError(f"søket etter {sporring!r} ga ikke svar innen {tidsfrist} s: {meta.inner_text()!r}")
