"""Material's bundle as hooks/material_utsatt.py serves it: named in <head>, deferred, fetched after the
stylesheets the first paint waits for, and still there before the tools' scripts start."""

import pytest
import re

from playwright.sync_api import expect

from sjekkliste_hjelp import liste
from test_bunter import TELL_ABONNEMENT

pytestmark = pytest.mark.nettleser

BUNDLE = re.compile(r'<script src="[^"]*assets/javascripts/bundle\.[0-9a-f]{8}\.min\.js"( defer)?></script>')


@pytest.mark.bygg
def test_bundlen_staar_utsatt_i_head_etter_md_scope(site):
    for side in ("index.html", "personvern/index.html", "404.html"):
        html = (site / side).read_text(encoding="utf-8")
        hode, kropp = html.split("</head>")
        (tagg,) = BUNDLE.findall(html)
        assert tagg == " defer", side
        assert BUNDLE.search(hode) and not BUNDLE.search(kropp), side
        # md-scope.js, a plain script, sets __md_scope before the bundle reads it.
        assert hode.index("md-scope.") < BUNDLE.search(hode).start(), side


FELLES = re.compile(r'<script src="[^"]*assets/javascripts/felles\.[0-9a-f]{8}\.min\.js" defer></script>')


def test_fellesskriptet_staar_i_head_etter_bundlen(site):
    """The site-wide script holds window.smVerktoy, which the tools' deferred scripts in the content call
    as they run: it must come before them, and after Material's bundle (document$)."""
    for side in ("index.html", "personvern/index.html", "404.html"):
        html = (site / side).read_text(encoding="utf-8")
        hode = html.split("</head>")[0]
        assert len(FELLES.findall(html)) == 1 and FELLES.search(hode), side
        assert BUNDLE.search(hode).start() < FELLES.search(hode).start(), side


def prioriteter(side, adresse):
    cdp = side.context.new_cdp_session(side)
    cdp.send("Network.enable")
    prioritet = {}
    cdp.on("Network.requestWillBeSent", lambda e: prioritet.setdefault(e["request"]["url"].rsplit("/", 1)[-1], e["request"]["initialPriority"]))
    side.goto(adresse, wait_until="networkidle")
    return prioritet


def test_chromium_henter_bundlen_etter_stilarkene(fane, adresse):
    """A plain script is fetched at High priority and shares a slow line with the stylesheets the first
    paint waits for; a deferred one waits its turn."""
    prioritet = prioriteter(fane.side, adresse + "eierskap/")
    bundle = [v for k, v in prioritet.items() if k.startswith("bundle.")]
    stilark = [v for k, v in prioritet.items() if k.endswith(".css")]
    assert bundle == ["Low"], prioritet
    assert len(stilark) == 3 and set(stilark) == {"VeryHigh"}, prioritet
    expect(fane.side.locator("html")).not_to_have_class(re.compile(r"\bno-js\b"))
    assert fane.konsollfeil == []


def test_verktoyet_starter_etter_bundlen_ved_forste_lasting(fane, adresse):
    """Opened directly, the checklist's deferred script runs after Material's: it subscribes to document$
    (once) instead of starting without it, and Material's search works beside it."""
    side = fane.side
    side.add_init_script(TELL_ABONNEMENT)
    side.goto(adresse + "personvern/", wait_until="networkidle")
    expect(liste(side)).to_have_class(re.compile(r"\bsm-sjekkliste--js\b"))
    abonnement = side.evaluate("window.__abonnement")
    assert [(re.sub(r"\.[0-9a-f]{8}\.min", "", k), v) for k, v in abonnement.items()] == [("/widgets/sjekkliste/sjekkliste.js", 1)], abonnement
    side.keyboard.press("/")
    side.keyboard.type("eierskap")
    expect(side.locator(".md-search-result__item").first).to_be_visible()
    assert fane.konsollfeil == []
