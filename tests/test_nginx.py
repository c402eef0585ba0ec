"""The site under a sub-path behind the README's nginx configuration: every link and asset, headers, CSP."""

import re
import urllib.error
import urllib.request
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlparse

import pytest
from navigasjon import nav_lenke, rask_navigasjon
from sider import SIDER
from verktoey import bruk_generatoren, bruk_sjekklisten

from utvikling import nginx
from utvikling.bygg import ROT, bygg
from utvikling.server import ledig_port
from utvikling.soek import soek

pytestmark = pytest.mark.bygg


class Lenker(HTMLParser):
    def __init__(self):
        super().__init__()
        self.adresser = []

    def handle_starttag(self, tag, attrs):
        for navn, verdi in attrs:
            if navn in ("href", "src") and verdi:
                self.adresser.append(verdi)


@pytest.fixture(scope="module")
def intranett(tmp_path_factory):
    port = ledig_port()
    rot = f"http://127.0.0.1:{port}{nginx.UNDERSTI}"
    mappe = tmp_path_factory.mktemp("nginx")
    resultat = bygg(mappe / "site", env={"SITE_URL": rot})
    assert resultat.returncode == 0, resultat.stderr
    prosess = nginx.start(mappe / "site", port, mappe)
    yield rot
    prosess.terminate()
    prosess.wait(10)


def hent(adresse):
    try:
        with urllib.request.urlopen(adresse, timeout=10) as svar:
            return svar.status, svar.headers, svar.read()
    except urllib.error.HTTPError as feil:
        return feil.code, feil.headers, feil.read()


def test_readme_viser_konfigurasjonen_som_testen_bruker():
    assert nginx.KONFIG.read_text(encoding="utf-8").strip() in (ROT / "PUBLISERING.md").read_text(encoding="utf-8")


def test_gjennomsok_finner_ingen_brutte_lenker(intranett):
    vert = urlparse(intranett).netloc
    ko, sett, brutte, utenfor = [intranett], set(), [], []
    while ko:
        adresse = ko.pop()
        if adresse in sett:
            continue
        sett.add(adresse)
        status, hoder, kropp = hent(adresse)
        if status != 200:
            brutte.append((adresse, status))
            continue
        if hoder.get_content_type() != "text/html":
            continue
        parser = Lenker()
        parser.feed(kropp.decode("utf-8"))
        for lenke in parser.adresser:
            mal = urldefrag(urljoin(adresse, lenke)).url
            if urlparse(mal).scheme not in ("http", "https") or urlparse(mal).netloc != vert:
                continue
            if not urlparse(mal).path.startswith(nginx.UNDERSTI):
                utenfor.append((adresse, lenke))
            elif mal not in sett:
                ko.append(mal)
    assert brutte == []
    assert utenfor == [], "lenker som går utenfor understien"
    assert len([a for a in sett if a.endswith("/")]) >= len(SIDER)


def test_sokeindeks_og_sitemap_finnes(intranett):
    status, hoder, _ = hent(intranett + "search/search_index.json")
    assert status == 200 and hoder.get_content_type() == "application/json"
    status, _, kropp = hent(intranett + "sitemap.xml")
    assert status == 200
    assert all(url.startswith(intranett) for url in re.findall(r"<loc>([^<]+)</loc>", kropp.decode()))


def test_html_revalideres_og_har_sikkerhetshoder(intranett):
    status, hoder, _ = hent(intranett + "personvern/")
    assert status == 200
    assert hoder["Content-Type"] == "text/html; charset=utf-8"
    assert hoder["Cache-Control"] == "no-cache"
    assert "script-src 'self'" in hoder["Content-Security-Policy"]
    assert "unsafe-inline" not in hoder["Content-Security-Policy"]


def test_csp_tillater_det_ene_innebygde_skriptet_med_summen_sin(intranett):
    """Material's bootstrap is inline (overrides/partials/javascripts/base.html) and the same on every page;
    script-src allows it by its SHA-256 and nothing else inline."""
    tekster = set()
    for sti in ("", "personvern/", "ansvarsbegrensning/", "finnes-ikke/"):
        _, hoder, kropp = hent(intranett + sti)
        tekster.update(nginx.innebygde_skript(kropp.decode()))
    (tekst,) = tekster
    summer = re.findall(r"'(sha256-[^']+)'", hoder["Content-Security-Policy"].split("script-src")[1].split(";")[0])
    riktig = nginx.summen(tekst).strip("'")
    assert summer == [riktig], f"Skriptet i overrides/partials/javascripts/base.html er endret: sett '{riktig}' i script-src i drift/nginx.conf og PUBLISERING.md"
    assert hoder["X-Content-Type-Options"] == "nosniff"
    assert hoder["Referrer-Policy"] == "no-referrer"


def test_hashede_filer_caches_lenge_med_riktig_type(intranett):
    _, _, kropp = hent(intranett)
    bunt = re.search(r'src="(assets/javascripts/bundle\.[0-9a-f]{8}\.min\.js)"', kropp.decode()).group(1)
    status, hoder, _ = hent(intranett + bunt)
    assert status == 200
    assert hoder.get_content_type() in ("application/javascript", "text/javascript")
    assert hoder["Cache-Control"] == "public, max-age=31536000, immutable"
    assert hoder["Content-Security-Policy"]
    # The project's own bundles (hooks/bunter.py) carry a hash too, and are cached the same way.
    side = kropp.decode()
    for bunt, type_ in (
        (r'href="(assets/stylesheets/felles\.[0-9a-f]{8}\.min\.css)"', "text/css"),
        (r'data-skript="(assets/javascripts/felles\.[0-9a-f]{8}\.min\.js)"', "application/javascript"),
    ):
        status, hoder, _ = hent(intranett + re.search(bunt, side).group(1))
        assert status == 200 and hoder.get_content_type() == type_
        assert hoder["Cache-Control"] == "public, max-age=31536000, immutable"
    # A file without a hash in its name is revalidated.
    status, hoder, _ = hent(intranett + "assets/javascripts/iframe-worker/shim.js")
    assert status == 200 and hoder["Cache-Control"] == "no-cache"


def test_ukjent_side_gir_404_siden_paa_norsk(intranett):
    status, _, kropp = hent(intranett + "finnes-ikke/")
    assert status == 404
    assert "<h1>Fant ikke siden</h1>" in kropp.decode()


@pytest.mark.nettleser
def test_404_siden_virker_dypt_under_understien(nettleserfane, intranett):
    side, logg = nettleserfane
    side.goto(intranett + "finnes/ikke/her/", wait_until="networkidle")
    assert side.locator("article h1").inner_text() == "Fant ikke siden"
    assert side.locator(".md-header").evaluate("h => getComputedStyle(h).backgroundColor") == "rgb(27, 69, 112)"
    # The page's own 404 status is the one error the console may show; a missing asset would add another.
    assert logg["feil"] == ["Failed to load resource: the server responded with a status of 404 (Not Found)"]
    side.get_by_role("link", name="Gå til forsiden av veiledningen").click()
    side.wait_for_url(intranett)
    assert len(logg["feil"]) == 1


@pytest.fixture
def nettleserfane(nettleser):
    context = nettleser.new_context(locale="nb-NO", viewport={"width": 1280, "height": 900})
    side = context.new_page()
    logg = {"feil": [], "foresporsler": []}
    side.on("console", lambda m: m.type == "error" and logg["feil"].append(m.text))
    side.on("pageerror", lambda e: logg["feil"].append(str(e)))
    side.on("request", lambda r: logg["foresporsler"].append(r.url))
    yield side, logg
    context.close()


@pytest.mark.nettleser
@pytest.mark.parametrize("sti", SIDER)
def test_sidene_virker_under_csp_uten_feil(nettleserfane, intranett, sti):
    side, logg = nettleserfane
    side.goto(intranett + sti, wait_until="networkidle")
    assert side.locator("article h1").count() == 1
    assert logg["feil"] == [], "CSP-brudd eller skriptfeil"
    assert all(u.startswith(intranett) for u in logg["foresporsler"])


@pytest.mark.nettleser
def test_soek_og_rask_navigasjon_under_understi(nettleserfane, intranett):
    side, logg = nettleserfane
    side.goto(intranett, wait_until="networkidle")
    sti = urlparse(intranett).path
    assert soek(side, "profilen")[0] == sti + "personvern/"
    # The query's stem, a compound's part, a synonym and a typo: the worker's own code, under CSP.
    for sporring, side_ in (("segmentere", "betalt-kommunikasjon/"), ("politikk", "betalt-kommunikasjon/"),
                            ("annonsering", "betalt-kommunikasjon/"), ("persnvern", "personvern/")):
        assert soek(side, sporring)[0] == sti + side_, sporring
    side.keyboard.press("Escape")
    rask_navigasjon(side, nav_lenke(side, "Sanntid"), intranett + "sanntid/")
    assert logg["feil"] == []


@pytest.mark.nettleser
def test_verktoeyene_virker_under_understi_og_csp(nettleserfane, intranett):
    side, logg = nettleserfane
    side.goto(intranett + "personvern/", wait_until="networkidle")
    bruk_sjekklisten(side)
    side.goto(intranett + "ansvarsbegrensning/", wait_until="networkidle")
    bruk_generatoren(side)
    assert logg["feil"] == []
    assert all(u.startswith(intranett) for u in logg["foresporsler"])


def test_tekst_komprimeres(intranett):
    forespoersel = urllib.request.Request(intranett + "search/search_index.json", headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(forespoersel, timeout=10) as svar:
        assert svar.headers["Content-Encoding"] == "gzip"
        assert svar.headers["Vary"] == "Accept-Encoding"


def test_omdirigering_til_understien_har_de_samme_sikkerhetshodene(intranett):
    class IkkeFolg(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    try:
        urllib.request.build_opener(IkkeFolg).open(intranett.rstrip("/"), timeout=10)
        raise AssertionError("ingen omdirigering")
    except urllib.error.HTTPError as svar:
        status, omdirigering = svar.code, svar.headers
    assert status == 301 and omdirigering["Location"].endswith(nginx.UNDERSTI)
    _, side, _ = hent(intranett + "personvern/")
    for hode in ("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options",
                 "Cross-Origin-Opener-Policy", "Permissions-Policy"):
        assert omdirigering[hode] == side[hode], hode


def test_sti_som_bare_begynner_likt_er_ikke_nettstedet(intranett):
    status, _, _ = hent(intranett.rstrip("/") + "-arkiv/index.html")
    assert status == 404
