"""Material's bundle where Material puts it: a plain script at the end of <body>, as in plain Material.

It was once deferred and named in <head> (hooks/material_utsatt.py). Lighthouse then painted the text
sooner (FCP), but counted the deferred bundle, its start-up and the sitemap and search index it fetches
in the largest contentful paint anyway, and its start-up, now after the first paint, as blocking time:
LCP and TBT worse than plain Material's (benchmarks/README.md; benchmarks/lighthouse.py --mot-ren)."""

import re

import pytest
from navigasjon import TELL_ABONNEMENT
from playwright.sync_api import expect
from sjekkliste_hjelp import liste

pytestmark = pytest.mark.nettleser

BUNDLE = re.compile(r'<script src="[^"]*assets/javascripts/bundle\.[0-9a-f]{8}\.min\.js"( defer)?></script>')


def test_bundlen_staar_som_vanlig_skript_nederst_i_body(site):
    for side in ("index.html", "personvern/index.html", "404.html"):
        html = (site / side).read_text(encoding="utf-8")
        hode, kropp = html.split("</head>")
        (tagg,) = BUNDLE.findall(html)
        assert tagg == "", side
        assert not BUNDLE.search(hode) and BUNDLE.search(kropp), side
        # After the text, as in Material.
        assert kropp.index("</article>") < BUNDLE.search(kropp).start(), side
        # The inline bootstrap in <head> sets __md_scope before the bundle reads it.
        assert "__md_scope=" in hode, side


VERKTOEY = re.compile(r'<script data-rot="[^"]*" data-skript="[^"]*assets/javascripts/felles\.[0-9a-f]{8}\.min\.js">')


@pytest.mark.bygg
def test_det_verktoeyene_deler_lastes_av_oppstartsskriptet_i_head(site):
    """window.smVerktoey (docs/assets/javascripts/felles-verktoey.js, first in the joined felles.js that
    hooks/bunter.py makes of it and extra_javascript) is named once, by the inline bootstrap in <head>,
    which loads it after the first paint; no script tag names it."""
    for side in ("index.html", "personvern/index.html", "ansvarsbegrensning/index.html", "404.html"):
        html = (site / side).read_text(encoding="utf-8")
        hode, kropp = html.split("</head>")
        assert len(VERKTOEY.findall(html)) == 1 and VERKTOEY.search(hode), side
        assert "assets/javascripts/felles" not in kropp, side
        assert not re.search(r'<script src="[^"]*assets/javascripts/felles', html), side


def prioriteter(side, adresse):
    cdp = side.context.new_cdp_session(side)
    cdp.send("Network.enable")
    prioritet = {}
    cdp.on("Network.requestWillBeSent", lambda e: prioritet.setdefault(e["request"]["url"].rsplit("/", 1)[-1], e["request"]["initialPriority"]))
    side.goto(adresse, wait_until="networkidle")
    # felles.js comes after the first paint: wait until it has run, whatever the machine's load.
    side.wait_for_function("window.smVerktoey?.startet?.size > 0")
    return prioritet


def test_chromium_henter_bundlen_som_i_ren_material(fane, adresse):
    """Fetched at High priority beside the stylesheets, as plain Material's is; the project's own script
    at Low."""
    prioritet = prioriteter(fane.side, adresse + "eierskap/")
    bundle = [v for k, v in prioritet.items() if k.startswith("bundle.")]
    egne = [v for k, v in prioritet.items() if k.startswith("felles.") and k.endswith(".js")]
    stilark = [v for k, v in prioritet.items() if k.endswith(".css")]
    assert bundle == ["High"], prioritet
    assert egne == ["Low"], prioritet
    assert len(stilark) == 2 and set(stilark) == {"VeryHigh"}, prioritet
    expect(fane.side.locator("html")).not_to_have_class(re.compile(r"\bno-js\b"))
    assert fane.konsollfeil == []


def test_verktoeyet_starter_etter_bundlen_ved_foerste_lasting(fane, adresse):
    """Opened directly, the checklist's deferred script runs after Material's: it subscribes to document$
    (once) instead of starting without it, and Material's search works beside it."""
    side = fane.side
    side.add_init_script(TELL_ABONNEMENT)
    side.goto(adresse + "personvern/", wait_until="networkidle")
    expect(liste(side)).to_have_class(re.compile(r"\bsm-sjekkliste--js\b"))
    abonnement = side.evaluate("window.__abonnement")
    assert abonnement.get("sjekkliste") == 1 and set(abonnement.values()) == {1}, abonnement
    side.keyboard.press("/")
    side.keyboard.type("eierskap")
    expect(side.locator(".md-search-result__item").first).to_be_visible()
    assert fane.konsollfeil == []


# Keeps the page's first frames without contentful paint for `ms` after DOMContentLoaded: a frame drawn is
# not yet a frame shown (in CI, under load, felles.js was requested at 176 ms and the first paint came at 184).
USYNLIG_FOERST = """(ms) => {
    const stil = new CSSStyleSheet();
    stil.replaceSync("html { opacity: 0 !important }");
    document.adoptedStyleSheets = [stil];
    addEventListener("DOMContentLoaded", () => setTimeout(() => { document.adoptedStyleSheets = []; }, ms));
}"""


@pytest.mark.parametrize("usynlig_ms", [0, 600])
def test_egne_skript_hentes_etter_foerste_visning_og_verktoeyene_starter(fane, adresse, usynlig_ms):
    """felles.js and the checklist's own script are requested only after the first contentful paint
    (Lighthouse counted a script fetched before it in LCP, and a tool's deferred script ran in the task that
    fires DOMContentLoaded, which it counted in TBT), and the checklist starts all the same; also when the
    first frames Chromium draws show nothing yet."""
    side = fane.side
    if usynlig_ms:
        side.add_init_script(f"({USYNLIG_FOERST})({usynlig_ms})")
    side.goto(adresse + "personvern/", wait_until="networkidle")
    expect(side.locator(".sm-sjekkliste").first).to_have_class(re.compile(r"\bsm-sjekkliste--js\b"))
    tider = side.evaluate("""() => {
        const hentet = (navn) => performance.getEntriesByType("resource").filter((e) => new RegExp(`/${navn}\\\\.[0-9a-f]{8}\\\\.min\\\\.js$`).test(e.name)).map((e) => e.startTime);
        return {
            visning: performance.getEntriesByType("paint").find((e) => e.name === "first-contentful-paint").startTime,
            felles: hentet("assets/javascripts/felles"),
            sjekkliste: hentet("verktoey/sjekkliste/sjekkliste"),
            venter: window.smVenter.length,
        };
    }""")
    for navn in ("felles", "sjekkliste"):
        assert len(tider[navn]) == 1 and tider[navn][0] >= tider["visning"], tider
    assert tider["venter"] == 0, tider
    assert fane.konsollfeil == []


def test_materials_no_js_blir_staaende_til_bundlen_kjoerer_og_verktoeyene_venter_ikke_paa_den(fane, adresse):
    """The inline bootstrap marks JavaScript with a class of its own (sm-js) and leaves Material's no-js to
    Material's bundle, as plain Material does: taking it away is what makes the bundle's first run lay
    out the page, and Lighthouse counts a task that lays out at half the CPU slowdown (benchmarks/README.md).
    Our controls hang on sm-js only: with the bundle blocked, no-js stays and the checklist still shows
    its controls and starts."""
    side = fane.side
    side.route(re.compile(r".*/assets/javascripts/bundle\.[0-9a-f]{8}\.min\.js$"), lambda rute: rute.abort())
    side.goto(adresse + "personvern/", wait_until="networkidle")
    html = side.locator("html")
    expect(html).to_have_class(re.compile(r"^(?=.*\bno-js\b)(?=.*\bsm-js\b)"))
    expect(liste(side)).to_have_class(re.compile(r"\bsm-sjekkliste--js\b"))
    for kontroll in liste(side).locator("[data-js]:not([hidden])").all():
        expect(kontroll).to_be_visible()
    side.unroute_all()
    side.goto(adresse + "eierskap/", wait_until="networkidle")
    expect(html).not_to_have_class(re.compile(r"\bno-js\b"))
    expect(html).to_have_class(re.compile(r"\bsm-js\b"))
