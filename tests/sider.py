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

NYE = "for-nye-medarbeidere/"
HELE = "hele-veiledningen/"
DATOER = "Publisert 16. august 2017 · Sist endret 25. januar 2019"


def les(site, sti):
    """The built page at address `sti` below the site root."""
    return (site / sti / "index.html").read_text(encoding="utf-8")
