"""Screenshots of built pages at desktop (1280 px), narrow desktop window (800 px, no touch) and phone
(390 px) width, for looking at them.

Usage: python scripts/skjermbilder.py SITE_DIR OUT_DIR [PAGE ...]   (PAGE like "" or "personvern/")
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from utvikling.nettleser import CHROMIUM, CHROMIUM_FLAGG
from utvikling.server import start_server

BREDDER = {"desktop": (1280, 900), "smal": (800, 900), "mobil": (390, 844)}


def main(site, ut, sider):
    ut.mkdir(parents=True, exist_ok=True)
    server = start_server(site)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGG)
        for navn, (bredde, hoeyde) in BREDDER.items():
            side = browser.new_page(viewport={"width": bredde, "height": hoeyde}, device_scale_factor=1)
            for sti in sider:
                side.goto(f"http://127.0.0.1:{server.server_port}/{sti}")
                fil = ut / f"{(sti.strip('/') or 'forside').replace('/', '_')}-{navn}.png"
                side.screenshot(path=str(fil), full_page=True)
                print(fil)
        browser.close()
    server.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:] or [""])
