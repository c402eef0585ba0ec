"""The project's own CSS and JS as hooks/bunter.py serves them: one stylesheet and one deferred script for
every page, the checklist's and the generator's scripts only where they are used, all minified and hashed."""

import re

import pytest
import rcssmin
import rjsmin
from navigasjon import TELL_ABONNEMENT, nav_lenke, rask_navigasjon
from playwright.sync_api import expect
from sjekkliste_hjelp import framdrift, liste

from hooks.bunter import FASTE
from utvikling.bygg import ROT, konfig

pytestmark = pytest.mark.nettleser

HASHET = re.compile(r"\.[0-9a-f]{8}\.min\.(js|css)$")  # drift/nginx.conf's rule for a year's cache
SJEKKLISTE = re.compile(r"/verktoey/sjekkliste/sjekkliste\.[0-9a-f]{8}\.min\.js$")
GENERATOR = re.compile(r"/verktoey/ansvarsbegrensning/ansvarsbegrensning\.[0-9a-f]{8}\.min\.js$")
def kilde(sti):
    for mappe in (ROT / "docs", ROT / "overrides"):
        if (mappe / sti).is_file():
            return (mappe / sti).read_text(encoding="utf-8")
    return None


def bunt(site, mappe, endelse):
    (fil,) = (site / mappe).glob(f"felles.*.min.{endelse}")
    return fil.read_text(encoding="utf-8")


def skript(fane, moenster):
    return [u for u in fane.forespoersler if moenster.search(u.split("?")[0])]


# ---- the build -------------------------------------------------------------------------------------


@pytest.mark.bygg
def test_stilarket_har_hver_kildefils_regler_i_rekkefoelge(site):
    css = bunt(site, "assets/stylesheets", "css")
    plass = -1
    for sti in konfig()["extra_css"]:
        tekst = kilde(sti)
        if tekst is None:  # made by a hook (virksomhet.css): its rules are checked below
            continue
        regler = rcssmin.cssmin(tekst)
        assert regler in css, f"{sti} mangler i stilarket"
        assert css.index(regler) > plass, f"{sti} står ikke i rekkefølgen fra mkdocs.yml"
        plass = css.index(regler)
    assert "--md-primary-fg-color:#1b4570" in css  # virksomhet.css, from extra.virksomhet.primaerfarge
    # The print rules (utskrift.css) come last and keep their own @media print / @page.
    assert "@page{" in css and "@media print{" in css


def skriptene():
    """extra_javascript's paths (an entry is a path, or {path:, defer:})."""
    return [s["path"] if isinstance(s, dict) else s for s in konfig()["extra_javascript"]]


@pytest.mark.bygg
def test_skriptet_har_hver_kildefil(site):
    js = bunt(site, "assets/javascripts", "js")
    # What the tools share first: the tools' scripts and the others use it as they run.
    assert js.startswith(rjsmin.jsmin(kilde(FASTE[0])))
    for sti in [*FASTE, *skriptene()]:
        assert rjsmin.jsmin(kilde(sti)) in js, f"{sti} mangler i skriptet"
    # The tools loaded only where they are used stay out of it.
    assert 'verktoey("sjekkliste"' not in js and 'verktoey("ansvarsbegrensning"' not in js


@pytest.mark.bygg
def test_egne_filer_er_minifisert_med_hash_og_kildene_er_borte(site):
    egne = [
        f.relative_to(site).as_posix()
        for f in [*site.rglob("*.css"), *site.rglob("*.js")]
        if not f.name.startswith(("main.", "palette.", "bundle.")) and "lunr" not in f.parts and "workers" not in f.parts
    ]
    uten_hash = [f for f in egne if not HASHET.search(f)]
    # Only the offline build's iframe-worker shim, loaded by that build alone, keeps its name.
    assert uten_hash == ["assets/javascripts/iframe-worker/shim.js"]
    for sti in [*konfig()["extra_css"], *skriptene(), *FASTE]:
        assert not (site / sti).exists(), f"{sti} ligger fortsatt i nettstedet"
    assert not (site / "verktoey" / "sjekkliste" / "sjekkliste.js").exists()
    assert not (site / "verktoey" / "sjekkliste" / "sjekkliste.css").exists()


@pytest.mark.bygg
def test_verktoeyenes_stilark_er_i_det_ene_stilarket_ikke_i_innholdet(site):
    """The checklist's and the generator's stylesheets are joined into felles.css (extra_css): a stylesheet of
    their own, in the content, was one more request before the page showed (benchmarks/README.md)."""
    css = bunt(site, "assets/stylesheets", "css")
    for kilde_ in ("verktoey/sjekkliste/sjekkliste.css", "verktoey/ansvarsbegrensning/ansvarsbegrensning.css"):
        assert rcssmin.cssmin(kilde(kilde_)) in css, kilde_
    for side in ("personvern", "ansvarsbegrensning"):
        html = (site / side / "index.html").read_text(encoding="utf-8")
        assert re.findall(r"<link[^>]*stylesheet", html.split("</head>")[1]) == [], side


@pytest.mark.bygg
def test_hver_side_har_ett_stilark_og_ett_utsatt_skript_av_sine_egne(site):
    for side in ("index.html", "personvern/index.html", "404.html"):
        html = (site / side).read_text(encoding="utf-8")
        stilark = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html.split("</head>")[0])
        assert [s for s in stilark if "felles." in s] and len(stilark) == 2, stilark  # main, felles (hooks/uten_palett.py: no palette)
        assert re.search(r'data-skript="[^"]*assets/javascripts/felles\.[0-9a-f]{8}\.min\.js"', html.split("</head>")[0])
        # Material's bootstrap is inline, as in Material (overrides/partials/javascripts/base.html): no request.
        assert "md-scope" not in html and "<script data-rot=" in html.split("</head>")[0]


# ---- in the browser -------------------------------------------------------------------------------------


def test_sider_uten_verktoey_laster_ikke_skriptene_deres(fane, adresse):
    side = fane.side
    side.goto(adresse, wait_until="networkidle")
    for moenster in (SJEKKLISTE, GENERATOR):
        assert skript(fane, moenster) == [], moenster
    fane.forespoersler.clear()
    side.goto(adresse + "personvern/", wait_until="networkidle")
    assert len(skript(fane, SJEKKLISTE)) == 1
    assert skript(fane, GENERATOR) == []
    fane.forespoersler.clear()
    side.goto(adresse + "ansvarsbegrensning/", wait_until="networkidle")
    assert skript(fane, SJEKKLISTE) == []
    assert len(skript(fane, GENERATOR)) == 1
    assert fane.konsollfeil == []


def test_sjekklisten_virker_etter_instant_navigasjon_og_starter_bare_en_gang(fane, adresse):
    side = fane.side
    side.add_init_script(TELL_ABONNEMENT)
    side.goto(adresse, wait_until="networkidle")
    assert skript(fane, SJEKKLISTE) == []
    rask_navigasjon(side, nav_lenke(side, "Personvern"), "/personvern/")
    sjekkliste = liste(side)
    expect(sjekkliste).to_have_class(re.compile(r"\bsm-sjekkliste--js\b"))
    # Its stylesheet is in felles.css: the list has its frame (sjekkliste.css).
    expect(sjekkliste).to_have_css("border-left-style", "solid")
    abonnement = side.evaluate("window.__abonnement")
    assert abonnement.get("sjekkliste") == 1 and set(abonnement.values()) == {1}, abonnement
    # Back and forth: the tool must not start again.
    for _ in range(2):
        rask_navigasjon(side, nav_lenke(side, "Dialog"), "/dialog/")
        expect(liste(side, "dialog")).to_have_class(re.compile(r"\bsm-sjekkliste--js\b"))
        rask_navigasjon(side, nav_lenke(side, "Personvern"), "/personvern/")
        expect(liste(side)).to_have_class(re.compile(r"\bsm-sjekkliste--js\b"))
    side.wait_for_load_state("networkidle")
    # The script came once for the document, not again with every page that has the list.
    assert side.evaluate("window.__sjekklisteskript") == 1
    assert side.evaluate("window.__abonnement") == abonnement
    # One change is stored once, and the page shows it once.
    side.evaluate("""() => {
      window.__lagringer = 0;
      const lagre = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k, v) {
        if (k.startsWith("sm-sjekkliste:")) window.__lagringer++;
        return lagre.call(this, k, v);
      };
    }""")
    liste(side).get_by_role("checkbox").first.check()
    expect(framdrift(liste(side))).to_have_text("1 av 6 sjekket")
    assert side.evaluate("window.__lagringer") == 1
    assert fane.konsollfeil == []


def test_generatoren_starter_bare_en_gang_etter_frem_og_tilbake(fane, adresse):
    side = fane.side
    side.add_init_script(TELL_ABONNEMENT)
    side.goto(adresse, wait_until="networkidle")
    klar = "document.querySelector('[data-sm-ansvarsbegrensning]')?.dataset.klar === '1'"
    rask_navigasjon(side, nav_lenke(side, "Ansvarsbegrensning"), "/ansvarsbegrensning/")
    side.wait_for_function(klar)
    abonnement = side.evaluate("window.__abonnement")
    assert abonnement.get("ansvarsbegrensning") == 1 and set(abonnement.values()) == {1}, abonnement
    rask_navigasjon(side, nav_lenke(side, "Personvern"), "/personvern/")
    rask_navigasjon(side, nav_lenke(side, "Ansvarsbegrensning"), "/ansvarsbegrensning/")
    side.wait_for_function(klar)
    side.wait_for_load_state("networkidle")
    # The checklist's script came along on Personvern; every tool's count stays at one.
    etter = side.evaluate("window.__abonnement")
    assert etter.get("sjekkliste") == 1 and {k: v for k, v in etter.items() if k != "sjekkliste"} == abonnement, etter
    side.locator("#sm-ansvarsbegrensning-navn").fill("Bufdir")
    expect(side.locator("#sm-ansvarsbegrensning-tekst")).to_contain_text("redigeres av Bufdirs kommunikasjonsavdeling")
    assert fane.konsollfeil == []


def test_hele_veiledningen_laster_hvert_verktoys_skript_foerst_naar_leseren_naermer_seg_det(fane, adresse):
    """The whole guidance on one page: its first view loads no tool; near the first checklist its script
    comes, once, and starts every checklist; the generator's script comes only near the generator."""
    side = fane.side
    side.goto(adresse + "hele-veiledningen/", wait_until="networkidle")
    side.wait_for_timeout(300)
    assert skript(fane, SJEKKLISTE) == skript(fane, GENERATOR) == []
    expect(liste(side, "dialog")).not_to_have_class(re.compile(r"\bsm-sjekkliste--js\b"))
    liste(side, "dialog").scroll_into_view_if_needed()
    for navn in ("personvern", "dialog"):
        expect(liste(side, navn)).to_have_class(re.compile(r"\bsm-sjekkliste--js\b"))
    side.wait_for_load_state("networkidle")
    assert len(skript(fane, SJEKKLISTE)) == 1
    assert skript(fane, GENERATOR) == []
    side.locator("[data-sm-ansvarsbegrensning]").scroll_into_view_if_needed()
    side.wait_for_function("document.querySelector('[data-sm-ansvarsbegrensning]')?.dataset.klar === '1'")
    side.wait_for_load_state("networkidle")
    assert len(skript(fane, SJEKKLISTE)) == len(skript(fane, GENERATOR)) == 1
    assert fane.konsollfeil == []


GENERATOR_KLAR = "document.querySelector('[data-sm-ansvarsbegrensning]')?.dataset.klar === '1'"


@pytest.mark.parametrize("anker, verktoey", [("ansvarsbegrensning", "generator"), ("personvern", "personvern")])
def test_hele_veiledningen_starter_verktoeyet_man_lander_paa(fane, adresse, anker, verktoey):
    """A link straight to a topic far down starts the tool there, not only the first tool on the page."""
    side = fane.side
    side.goto(adresse + f"hele-veiledningen/#{anker}", wait_until="networkidle")
    if verktoey == "generator":
        side.wait_for_function(GENERATOR_KLAR)
        side.locator("#sm-ansvarsbegrensning-navn").fill("Bufdir")
        expect(side.locator("#sm-ansvarsbegrensning-tekst")).to_contain_text("redigeres av Bufdirs kommunikasjonsavdeling")
    else:
        expect(liste(side, verktoey)).to_have_class(re.compile(r"\bsm-sjekkliste--js\b"))
    side.wait_for_load_state("networkidle")
    assert len(skript(fane, GENERATOR if verktoey == "generator" else SJEKKLISTE)) == 1
    assert fane.konsollfeil == []


def test_hele_veiledningen_starter_verktoeyene_ved_rulling_rett_ned_og_utskrift(fane, adresse):
    side = fane.side
    side.goto(adresse + "hele-veiledningen/", wait_until="networkidle")
    side.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    side.wait_for_function(GENERATOR_KLAR)
    # Printing loads the tools too, wherever the reader is.
    side.goto(adresse + "hele-veiledningen/", wait_until="networkidle")
    side.evaluate("dispatchEvent(new Event('beforeprint'))")
    side.wait_for_function(GENERATOR_KLAR)
    for navn in ("personvern", "dialog"):
        expect(liste(side, navn)).to_have_class(re.compile(r"\bsm-sjekkliste--js\b"))
    assert fane.konsollfeil == []
