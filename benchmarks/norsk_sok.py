"""How many inflected Norwegian forms does search find? Prints a table for a built site.

Usage: python benchmarks/norsk_sok.py [SITE_DIR]   (default: a fresh strict build)
"""

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from playwright.sync_api import sync_playwright  # noqa: E402

from bygg import bygg  # noqa: E402
from conftest import CHROMIUM, CHROMIUM_FLAGG, start_server  # noqa: E402
from sok import BOYNINGER, sok  # noqa: E402


def maal(site):
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
