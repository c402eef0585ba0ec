"""Material's palette stylesheet is left out of the pages (hooks/uten_palett.py): with the site's palette none
of its rules applies, so it only held up the first paint. The look stays the same."""

import re

import pytest

from utvikling.bygg import bygg, kopi_med

pytestmark = pytest.mark.bygg

PALETT_LENKE = re.compile(r'<link rel="stylesheet" href="[^"]*assets/stylesheets/palette\.[0-9a-f]{8}\.min\.css">')
FARGER = {"scheme": "default", "primary": "custom", "accent": "custom"}
# Elements whose colours come from the palette attributes on <body>.
ELEMENTER = ("body", ".md-header", ".md-typeset a", ".md-nav__link--active", ".md-footer", ".md-search__input")


def regler_for(css, farger):
    """The selectors in `css` that can match a page whose <body> has these data-md-color-* values: those that
    name none of the attributes, or name them with the page's values. [data-md-color-switching] is left out:
    Material's script sets it only while a palette toggle switches, and the site has none."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    treff = []
    for m in re.finditer(r"([^{}]+)\{", css):
        if m[1].strip().startswith("@"):  # @media and the like: their rules follow
            continue
        for velger in m[1].split(","):
            krav = re.findall(r'data-md-color-(\w+)=["\']?([\w-]+)', velger)
            if all(farger.get(navn) == verdi for navn, verdi in krav) and "data-md-color-switching" not in velger:
                treff.append(velger.strip())
    return treff


def test_sidene_lenker_ikke_til_palettstilarket(site):
    for side in ("index.html", "personvern/index.html", "404.html"):
        html = (site / side).read_text(encoding="utf-8")
        assert not PALETT_LENKE.search(html), side
        # The palette itself stays set: the agency's colour (virksomhet.css) hangs on these attributes.
        assert re.search(r'<body[^>]* data-md-color-scheme="default" data-md-color-primary="custom" data-md-color-accent="custom"', html), side


def test_palettstilarket_har_ingen_regel_for_nettstedets_farger(site):
    """If a new Material adds rules for these values, the stylesheet must come back (the hook's reason is gone)."""
    (fil,) = (site / "assets" / "stylesheets").glob("palette.*.min.css")
    assert regler_for(fil.read_text(encoding="utf-8"), FARGER) == []


def test_en_annen_palett_beholder_stilarket(tmp_path):
    prosjekt = kopi_med(tmp_path / "p", {"theme": {"palette": {"primary": "indigo"}}})
    resultat = bygg(tmp_path / "site", config="test.yml", cwd=prosjekt)
    assert resultat.returncode == 0, resultat.stderr
    assert PALETT_LENKE.search((tmp_path / "site" / "index.html").read_text(encoding="utf-8"))


@pytest.mark.nettleser
def test_utseendet_er_det_samme_med_palettstilarket(fane, adresse, site):
    """In Chromium: the computed colours of the page are the same with Material's palette stylesheet put back."""
    side = fane.side
    side.goto(adresse + "personvern/", wait_until="networkidle")
    hent = """(velgere) => velgere.map((v) => {
        const e = document.querySelector(v);
        if (!e) return [v, null];
        const s = getComputedStyle(e);
        return [v, s.color, s.backgroundColor, s.borderColor, s.getPropertyValue("--md-primary-fg-color")];
    })"""
    uten = side.evaluate(hent, list(ELEMENTER))
    assert all(rad[1] is not None for rad in uten), uten
    assert dict((r[0], r[2]) for r in uten)[".md-header"] == "rgb(27, 69, 112)"  # extra.virksomhet.primaerfarge
    (fil,) = (site / "assets" / "stylesheets").glob("palette.*.min.css")
    side.add_style_tag(url=adresse + f"assets/stylesheets/{fil.name}")
    lastet = "(navn) => [...document.styleSheets].filter((s) => (s.href || '').endsWith(navn)).map((s) => s.cssRules.length)"
    assert side.evaluate(lastet, fil.name)[0] > 0  # the stylesheet is really there, with its rules
    assert side.evaluate(hent, list(ELEMENTER)) == uten
    assert fane.konsollfeil == []
