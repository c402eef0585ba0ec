"""The offline bundle: made by the documented command, used from disk (file://) in Chromium, no network."""

import datetime
import re
import subprocess
import zipfile

import pytest
from sider import SIDER
from verktoey import bruk_generatoren, bruk_sjekklisten

from utvikling.bygg import ROT
from utvikling.soek import soek

pytestmark = pytest.mark.nettleser


@pytest.fixture(scope="module")
def pakke(tmp_path_factory):
    resultat = subprocess.run([str(ROT / "scripts" / "offline-pakke")], cwd=ROT, capture_output=True, text=True)
    assert resultat.returncode == 0, resultat.stderr
    navn = f"sosiale-medier-i-forvaltningen-{datetime.date.today():%Y-%m-%d}"
    zip_ = ROT / "ut" / f"{navn}.zip"
    assert resultat.stdout.strip().endswith(f"ut/{navn}.zip")
    utpakket = tmp_path_factory.mktemp("offline")
    with zipfile.ZipFile(zip_) as arkiv:
        arkiv.extractall(utpakket)
    return utpakket / navn


@pytest.mark.bygg
def test_pakken_har_sidene_og_sokeindeksen_som_skript(pakke):
    for sti in SIDER:
        assert (pakke / (sti.rstrip("/") + ".html" if sti else "index.html")).is_file(), sti
    assert (pakke / "search" / "search_index.js").read_text(encoding="utf-8").startswith("var __index = ")
    html = (pakke / "index.html").read_text(encoding="utf-8")
    assert 'src="assets/javascripts/iframe-worker/shim.js"' in html
    assert not re.search(r'(src|href)="https?://(?!127\.0\.0\.1)[^"]*\.(js|css)', html)


def test_navigasjon_og_soek_fra_disk_uten_nett(fane, pakke):
    side = fane.side
    side.goto((pakke / "index.html").as_uri())
    side.locator(".md-nav--primary").get_by_role("link", name="Personvern", exact=True).click()
    side.wait_for_url(re.compile(r"personvern\.html$"))
    assert side.locator("article h1").inner_text().startswith("Personvern")
    # The query's stem, a compound's part, a synonym and a typo work from disk too.
    for sporring, fil in (("segmentere", "betalt-kommunikasjon"), ("politikk", "betalt-kommunikasjon"),
                          ("annonsering", "betalt-kommunikasjon"), ("persnvern", "personvern")):
        assert soek(side, sporring)[0].endswith(f"/{fil}.html"), sporring
    treff = soek(side, "sanntiden")
    assert treff and treff[0].endswith("/sanntid.html")
    side.locator(".md-search-result__link").first.click()
    side.wait_for_url(re.compile(r"sanntid\.html"))
    assert [u for u in fane.forespoersler if not u.startswith("file://")] == []
    assert fane.konsollfeil == []


def test_begge_verktoeyene_virker_fra_disk(fane, pakke):
    side = fane.side
    side.goto((pakke / "personvern.html").as_uri())
    bruk_sjekklisten(side)
    side.goto((pakke / "ansvarsbegrensning.html").as_uri())
    bruk_generatoren(side)
    assert [u for u in fane.forespoersler if not u.startswith("file://")] == []
    assert fane.konsollfeil == []
