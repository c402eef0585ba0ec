"""The same source built with Zensical (scripts/zensical), served under the sub-path behind drift/nginx.conf.

Every page must carry the same text, dates and agency settings as the MkDocs build, both tools and the
feedback form must work, and nothing may break the rules (no other host, no console error or CSP violation,
axe clean). What Zensical 0.0.73 has no place for is an expected failure naming the missing feature
(strict: the test turns red when a release adds it, and the mark must then go). UTVIKLING.md, «Zensical»,
has the table.
"""

import importlib.util
import os
import re
import subprocess
import urllib.parse
import urllib.request
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect
from sider import ALLE_SIDER, SIDER
from tekst import artikkeltekst
from tilgjengelighet import axe_brudd
from verktoey import bruk_generatoren, bruk_sjekklisten

from utvikling import nginx
from utvikling.bygg import ROT, konfig, kopi_med
from utvikling.server import ledig_port
from utvikling.soek import BOYNINGER

pytestmark = pytest.mark.bygg

ZENSICAL = ROT / ".venv-zensical" / "bin" / "python"
BYGG = ROT / "scripts" / "zensical_bygg.py"
# Pages beyond the guidance and service pages: the reading path and the whole guidance on one page.
EKSTRA = {"for-nye-medarbeidere/": "For nye medarbeidere", "hele-veiledningen/": "Hele veiledningen"}
SIDENE = {**ALLE_SIDER, **EKSTRA}
# The «Kopier lenke» buttons MkDocs writes into the headings (knapper.py); Zensical's script adds them later.
KNAPP = re.compile(r'<button type="button" class="sm-kopier-lenke".*?</button>', re.S)


def zensical(prosjekt, *args, env=None):
    return subprocess.run(
        [str(ZENSICAL), str(BYGG), "--config-file", "test.yml", *args],
        cwd=prosjekt,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
    )


@pytest.fixture(scope="module")
def zensical_bygg(tmp_path_factory):
    """A copy of the project built cold with Zensical for the sub-path; (project folder, build output)."""
    assert ZENSICAL.exists(), "Zensical er ikke installert: kjør ./scripts/test (eller ./scripts/zensical)"
    port = ledig_port()
    mappe = tmp_path_factory.mktemp("zensical")
    prosjekt = kopi_med(mappe / "p", {})
    rot = f"http://127.0.0.1:{port}{nginx.UNDERSTI}"
    resultat = zensical(prosjekt, "--clean", env={"SITE_URL": rot})
    assert resultat.returncode == 0, resultat.stdout + resultat.stderr
    return prosjekt, resultat, port, rot


@pytest.fixture(scope="module")
def intranett(zensical_bygg, tmp_path_factory):
    prosjekt, _, port, rot = zensical_bygg
    prosess = nginx.start(prosjekt / "site", port, tmp_path_factory.mktemp("nginx-zensical"))
    yield rot
    prosess.terminate()
    prosess.wait(10)


def hent(adresse):
    with urllib.request.urlopen(adresse, timeout=10) as svar:
        return svar.read().decode("utf-8")


# Zensical's search dialog (0.0.73) puts its stylesheet into the page as an inline <style> in a shadow root,
# which drift/nginx.conf's CSP blocks (style-src 'self'): the dialog opens unstyled. This is that style's
# hash, as Chromium reports it; test_sokedialogen_har_stil_under_csp expects it to go.
SOKETS_STIL = "sha256-NwSx/R2V/U4jnW0Tq5pQ53Y/rzPVJ4dqE7D6UTA/J1k="


class CspFane:
    """A tab (conftest.Fane) that also records the Content-Security-Policy violations the page reports.
    `csp` and `feil` leave out the one from Zensical's search style, which has its own expected failure."""

    def __init__(self, fane):
        self.fane = fane
        self.side = fane.side
        self.csp_alle = []
        self.side.on("console", lambda m: "Content Security Policy" in m.text and self.csp_alle.append(m.text))

    @property
    def csp(self):
        return [b for b in self.csp_alle if SOKETS_STIL not in b]

    @property
    def feil(self):
        return [f for f in self.fane.konsollfeil if SOKETS_STIL not in f]

    @property
    def forespoersler(self):
        return self.fane.forespoersler

    def fremmede(self):
        return self.fane.fremmede()


@pytest.fixture
def fane_csp(fane):
    return CspFane(fane)


# ---- the build ------------------------------------------------------------------------------------------


def test_bygget_sier_paa_norsk_hva_zensical_mangler(zensical_bygg):
    _, resultat, _, _ = zensical_bygg
    for hook in ("hooks/norsk_soek.py", "hooks/bunter.py", "kopier-lenke/knapper.py"):
        assert re.search(rf"MERK \(Zensical\): \S*{re.escape(hook)} kjøres ikke: \S", resultat.stdout), hook
    # The agency colour and logo have a place Zensical honours: no notice for them.
    assert "virksomhet.py" not in resultat.stdout


def test_ingen_python_eller_maler_i_nettstedet(zensical_bygg):
    prosjekt = zensical_bygg[0]
    site = prosjekt / "site"
    assert (site / "index.html").exists()
    assert sorted(site.rglob("*.py")) == []
    assert [f for f in site.rglob("verktoey/**/*.html")] == []
    # Each tool's README.md is for the people who change it, not for readers.
    assert sorted(site.glob("verktoey/*/README.md")) == []


def test_offline_bygg_stoppes_med_forklaring(tmp_path):
    prosjekt = kopi_med(tmp_path / "p", {})
    resultat = zensical(prosjekt, env={"OFFLINE": "true"})
    assert resultat.returncode != 0
    assert "Zensical kan ikke bygge offline-pakken" in resultat.stderr and "unpkg.com" in resultat.stderr
    assert not (prosjekt / "site").exists()


SIDE = "---\ndescription: En testside.\npublisert: 2020-01-01\nsist_endret: 2020-01-02\n---\n\n# Test\n\n"


def test_feil_dato_stopper_bygget_med_norsk_melding(tmp_path):
    prosjekt = kopi_med(tmp_path / "p", {}, {"docs/eierskap.md": SIDE.replace("2020-01-01", "2020-13-01")})
    resultat = zensical(prosjekt)
    assert resultat.returncode != 0
    assert "docs/eierskap.md: linje 3: «2020-13-01» er ingen dato som finnes i kalenderen" in resultat.stderr


def test_brutt_lenke_og_anker_stopper_bygget(tmp_path):
    tekst = SIDE + "Se [dette](finnes-ikke.md) og [den](personvern.md#ikke-her).\n"
    resultat = zensical(kopi_med(tmp_path / "p", {}, {"docs/eierskap.md": tekst}))
    assert resultat.returncode != 0
    assert "page does not exist" in resultat.stdout + resultat.stderr
    assert "anchor does not exist" in resultat.stdout + resultat.stderr


def test_virksomhetsfargen_i_docs_er_i_takt_med_mkdocs_yml():
    """docs/assets/stylesheets/virksomhet.css is generated (scripts/zensical writes it, for Zensical)."""
    spec = importlib.util.spec_from_file_location("virksomhet_hook", ROT / "hooks" / "virksomhet.py")
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)

    farge = konfig()["extra"]["virksomhet"]["primaerfarge"]
    fil = ROT / "docs" / hook.STILARK
    assert fil.read_text(encoding="utf-8") == hook.stilark(farge), (
        f"{hook.STILARK} er ikke i takt med extra.virksomhet.primaerfarge: kjør ./scripts/zensical og legg fila inn i git"
    )


def test_makroene_importerer_ikke_mkdocs():
    filer = [*(ROT / "macros").glob("*.py"), *(ROT / "overrides" / "verktoey").glob("*/macro.py")]
    for fil in filer:
        assert not re.search(r"^\s*(from|import) mkdocs\b", fil.read_text(encoding="utf-8"), re.M), fil


# ---- every page: text, dates, settings ------------------------------------------------------------------


@pytest.mark.parametrize("sti", SIDENE)
def test_siden_har_samme_tekst_som_mkdocs_bygget(intranett, site, sti):
    zensical_html = hent(intranett + sti)
    mkdocs_html = KNAPP.sub("", (site / sti / "index.html").read_text(encoding="utf-8"))
    tekst = artikkeltekst(zensical_html)
    assert f"{SIDENE[sti]}" in tekst
    assert tekst == artikkeltekst(mkdocs_html)


def test_hver_stabile_adresse_og_hvert_anker_finnes(intranett):
    """tests/data/lenker.txt: the pages and section anchors training material links to (æ, ø, å kept)."""
    mangler = []
    linjer = (ROT / "tests" / "data" / "lenker.txt").read_text(encoding="utf-8").splitlines()
    for linje in [linje.strip() for linje in linjer if linje.strip() and not linje.startswith("#")]:
        sti, _, anker = linje.lstrip("/").partition("#")
        html = hent(intranett + urllib.parse.quote(sti))
        if anker and f'id="{anker}"' not in html:
            mangler.append(linje)
    assert mangler == []


@pytest.mark.parametrize("sti", SIDER)
def test_siden_har_datoene_under_tittelen(intranett, sti):
    html = hent(intranett + sti)
    assert re.search(
        r'</h1>\s*<p class="sm-datoer">Originalen hos Digdir: Publisert <time datetime="\d{4}-\d{2}-\d{2}">\d{1,2}\. [a-zæøå]+ \d{4}</time> · '
        r'Sist endret <time datetime="\d{4}-\d{2}-\d{2}">\d{1,2}\. [a-zæøå]+ \d{4}</time></p>',
        html,
    ), sti


@pytest.mark.nettleser
@pytest.mark.parametrize("sti", SIDENE)
def test_siden_har_virksomhetens_innstillinger(fane_csp, intranett, sti):
    side = fane_csp.side
    side.goto(intranett + sti, wait_until="networkidle")
    bunntekst = side.locator(".sm-bunntekst")
    expect(bunntekst).to_contain_text("Virksomheten, kommunikasjonsavdeling")
    expect(bunntekst.get_by_role("link", name="kommunikasjon@virksomheten.example")).to_be_visible()
    assert side.locator(".md-header").evaluate("h => getComputedStyle(h).backgroundColor") == "rgb(27, 69, 112)"
    assert side.locator("html").get_attribute("lang") == "nb"


# ---- in the browser, under the sub-path and drift/nginx.conf's CSP --------------------------------------


@pytest.mark.nettleser
@pytest.mark.parametrize("sti", SIDENE)
def test_siden_uten_feil_fremmede_verter_eller_csp_brudd_og_axe_ren(fane_csp, intranett, sti):
    side = fane_csp.side
    side.goto(intranett + sti, wait_until="networkidle")
    assert side.locator("article h1").count() == 1
    assert fane_csp.csp == []
    assert fane_csp.feil == []
    assert fane_csp.fremmede() == []
    assert all(u.startswith(intranett) for u in fane_csp.forespoersler if u.startswith("http"))
    assert axe_brudd(side) == []


@pytest.mark.nettleser
def test_verktoeyene_starter_og_virker(fane_csp, intranett):
    side = fane_csp.side
    side.goto(intranett + "personvern/", wait_until="networkidle")
    bruk_sjekklisten(side)
    side.goto(intranett + "ansvarsbegrensning/", wait_until="networkidle")
    bruk_generatoren(side)
    assert fane_csp.feil == [] and fane_csp.csp == [] and fane_csp.fremmede() == []


@pytest.mark.nettleser
def test_verktoeyene_paa_hele_veiledningen_lastes_naar_leseren_naermer_seg(fane_csp, intranett):
    side = fane_csp.side
    side.goto(intranett + "hele-veiledningen/", wait_until="networkidle")
    # The first checklist (Dialog's) carries the mark that loads the script (macros/verktoey.py).
    side.locator("#sjekkliste-dialog").scroll_into_view_if_needed()
    expect(side.locator("#sjekkliste-dialog")).to_have_class(re.compile(r"\bsm-sjekkliste--js\b"))
    side.locator("#sjekkliste-personvern").scroll_into_view_if_needed()
    bruk_sjekklisten(side)
    generator = side.locator("[data-sm-ansvarsbegrensning]")
    generator.scroll_into_view_if_needed()
    # Waited for with a locator: wait_for_function polls with eval, which this CSP forbids once it must wait.
    expect(generator).to_have_attribute("data-klar", "1")
    bruk_generatoren(side)
    assert fane_csp.feil == [] and fane_csp.csp == []


@pytest.mark.nettleser
def test_lesemerket_teller_lesestiens_sider(fane_csp, intranett):
    side = fane_csp.side
    side.goto(intranett + "sanntid/", wait_until="networkidle")
    status = side.locator(".sm-lesesti--side [data-lesesti-status]")
    expect(status).to_have_text(f"0 av {len(SIDER)} sider lest")
    side.get_by_label("Jeg har lest denne siden").check()
    expect(status).to_have_text(f"1 av {len(SIDER)} sider lest")
    side.get_by_role("link", name="Lesestien for nye medarbeidere").click()
    side.wait_for_url(intranett + "for-nye-medarbeidere/")


@pytest.mark.nettleser
def test_tilbakemeldingen_virker(fane_csp, intranett):
    side = fane_csp.side
    side.goto(intranett + "personvern/", wait_until="networkidle")
    # With an e-mail address only, as configured, there is no rating to send (tests/test_tilbakemelding.py).
    expect(side.locator(".md-feedback")).to_be_hidden()
    side.fill("#sm-kommentar-tekst", "Bra liste")
    side.get_by_role("button", name="Send kommentar").click()
    href = side.locator(".sm-kommentar__status a").get_attribute("href")
    assert href.startswith("mailto:kommunikasjon@virksomheten.example?")
    assert parse_qs(urlparse(href).query)["body"][0].endswith("Bra liste")
    assert fane_csp.feil == [] and fane_csp.csp == [] and fane_csp.fremmede() == []


@pytest.mark.nettleser
def test_kopier_lenke_knappene_legges_til_av_skriptet(fane_csp, intranett):
    side = fane_csp.side
    side.goto(intranett + "sanntid/", wait_until="networkidle")
    knapp = side.locator("h2 .sm-kopier-lenke").first
    expect(knapp).to_be_visible()
    assert knapp.inner_text().startswith("Kopier lenke")


# ---- what Zensical 0.0.73 has no place for (expected failures; remove the mark when they pass) -----------


def zensical_soek(side, sporring):
    """Zensical's own search dialog (in an open shadow root, which Playwright's locators pierce): the
    result pages' paths in order."""
    side.locator(".md-search__button").click()
    felt = side.locator("dialog input[role=combobox]")
    felt.fill("")
    felt.press_sequentially(sporring, delay=20)
    # «5 results» or «No results», once the search has answered.
    expect(side.locator("dialog [role=status]")).to_contain_text(re.compile("results", re.I))
    side.wait_for_timeout(300)
    treff = side.locator("dialog a[role=option]").evaluate_all("a => a.map(a => new URL(a.href).pathname)")
    side.keyboard.press("Escape")
    return treff


@pytest.mark.nettleser
def test_soek_virker_under_understien(fane_csp, intranett):
    side = fane_csp.side
    side.goto(intranett, wait_until="networkidle")
    treff = zensical_soek(side, "personverninnstillinger")
    assert treff and treff[0] == urlparse(intranett).path + "personvern/"


@pytest.mark.nettleser
@pytest.mark.xfail(strict=True, reason="Zensicals søk kan ikke utvides (norsk_soek.py): bøyde norske former gir ikke riktig side først")
def test_soek_finner_boeyde_former(fane_csp, intranett):
    side = fane_csp.side
    side.goto(intranett, wait_until="networkidle")
    feil = {}
    for ord_, sti in BOYNINGER.items():
        treff = zensical_soek(side, ord_)
        if not treff or treff[0] != urlparse(intranett).path + sti:
            feil[ord_] = treff[:1]
    assert feil == {}


@pytest.mark.nettleser
@pytest.mark.xfail(strict=True, reason="Zensicals søkedialog har bare engelsk tekst (Search, results)")
def test_sokedialogen_er_paa_norsk(fane_csp, intranett):
    side = fane_csp.side
    side.goto(intranett, wait_until="networkidle")
    side.locator(".md-search__button").click()
    assert side.locator("dialog").first.get_attribute("aria-label") == "Søk"


@pytest.mark.nettleser
@pytest.mark.xfail(strict=True, reason="Zensicals søkedialog legger stilen sin inn som innebygd <style>, som CSP-en stopper")
def test_sokedialogen_har_stil_under_csp(fane_csp, intranett):
    side = fane_csp.side
    side.goto(intranett, wait_until="networkidle")
    assert fane_csp.csp_alle == []


@pytest.mark.xfail(strict=True, reason="Zensical kjører ikke hooks (knapper.py); knappene er ikke flyttet til en Markdown-utvidelse ennå")
def test_kopier_lenke_knappene_staar_i_html_en(intranett):
    assert 'class="sm-kopier-lenke"' in hent(intranett + "sanntid/")


@pytest.mark.xfail(strict=True, reason="Zensical kan ikke samle og minifisere extra_css/extra_javascript (bunter.py)")
def test_egen_css_og_js_er_en_fil_hver_med_hash(intranett):
    html = hent(intranett + "sanntid/")
    assert re.search(r'href="[^"]*assets/stylesheets/felles\.[0-9a-f]{8}\.min\.css"', html)
    assert re.search(r'src="[^"]*assets/javascripts/felles\.[0-9a-f]{8}\.min\.js"', html)
