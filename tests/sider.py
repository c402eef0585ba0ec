"""Every guidance page: its address below the site root and its h1."""

SIDER = {
    "": "Egenskaper",
    "dialog/": "Dialog",
    "sanntid/": "Sanntid",
    "viral-spredning/": "Viral spredning",
    "eierskap/": "Eierskap",
    "personvern/": "Personvern",
    "betalt-kommunikasjon/": "Betalt kommunikasjon",
    "ansvarsbegrensning/": "Ansvarsbegrensning",
}

# Pages that are not guidance text: no publication dates, no comment form.
TJENESTESIDER = {
    "kontakt/": "Kontakt",
}

ALLE_SIDER = {**SIDER, **TJENESTESIDER}
