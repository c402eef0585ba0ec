"""How many inflected Norwegian forms does search find, and what does it cost the reader?

Prints a table for a built site, the size of the search index and of the search worker (both are
downloaded at every page's first view), and how long the worker takes to make the forms.

Usage: python benchmarks/norsk_sok.py [SITE_DIR]   (default: a fresh strict build)
"""

import gzip
import json
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from playwright.sync_api import sync_playwright  # noqa: E402

from bygg import bygg  # noqa: E402
from conftest import CHROMIUM, CHROMIUM_FLAGG, start_server  # noqa: E402
from sok import BOYNINGER, sok  # noqa: E402

ARBEIDER = re.compile(r'"search": "((?:\.\./)*assets/javascripts/workers/[^"]+)"')


def storrelse(fil):
    data = fil.read_bytes()
    return f"{len(data) / 1024:.1f} KiB rått, {len(gzip.compress(data, 9, mtime=0)) / 1024:.1f} KiB gzip"


def vekt(site):
    indeks = site / "search" / "search_index.json"
    arbeider = site / ARBEIDER.search((site / "index.html").read_text(encoding="utf-8")).group(1)
    print(f"search_index.json: {storrelse(indeks)}")
    print(f"søkearbeideren ({arbeider.name}): {storrelse(arbeider)}")
    materials = next(arbeider.parent.glob("search.*.min.js"))
    if materials != arbeider:
        print(f"  Materials egen ({materials.name}): {storrelse(materials)}")
    return indeks, arbeider


def formtid(side, indeks, arbeider):
    """Milliseconds the worker's code takes to make the forms for the whole index (median of 5)."""
    side.add_script_tag(content=arbeider.read_text(encoding="utf-8"))
    return side.evaluate(
        """indeks => {
            const tider = [];
            for (let i = 0; i < 5; i++) {
                const kopi = structuredClone(indeks);
                const start = performance.now();
                norskSok.utvid(kopi);
                tider.push(performance.now() - start);
            }
            return tider.sort((a, b) => a - b)[2];
        }""",
        json.loads(indeks.read_text(encoding="utf-8")),
    )


def maal(site):
    indeks, arbeider = vekt(site)
    server = start_server(site)
    rot = f"http://127.0.0.1:{server.server_port}/"
    funnet = 0
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGG)
        side = browser.new_page()
        side.goto(rot)
        for ord_, forventet in BOYNINGER.items():
            treff = sok(side, ord_)
            first = treff[0].removeprefix("/") if treff else "—"
            ok = first == forventet
            funnet += ok
            print(f"{'ja ' if ok else 'NEI'}  {ord_:28} første treff: {first:24} ({len(treff)} treff)")
        if "norsk-sok." in arbeider.name:
            tom = browser.new_page()
            print(f"\nformene for hele indeksen lages i nettleseren på {formtid(tom, indeks, arbeider):.0f} ms")
        browser.close()
    server.shutdown()
    print(f"\n{funnet} av {len(BOYNINGER)} bøyde former finner riktig side først")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        maal(Path(sys.argv[1]))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            resultat = bygg(Path(tmp) / "site")
            sys.exit(resultat.stderr) if resultat.returncode else maal(Path(tmp) / "site")
