"""The whole guidance as one PDF, printed by headless Chromium from the page «Hele veiledningen».

Usage (from the project folder):

    .venv/bin/python scripts/pdf.py                       # writes ut/sosiale-medier-i-forvaltningen.pdf
    .venv/bin/python scripts/pdf.py --ut annen/fil.pdf    # somewhere else
    .venv/bin/python scripts/pdf.py --site site           # from an existing build (else it builds one)

The site is built strictly, served on 127.0.0.1 and printed with the print stylesheet
(docs/assets/stylesheets/utskrift.css): A4, backgrounds on, each page numbered «Side N av M». Each topic
starts on a new page under its title and its publication dates. Needs Chromium at /usr/bin/chromium.
"""

import argparse
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from utvikling.bygg import ROT, ferdig_bygg
from utvikling.nettleser import CHROMIUM, CHROMIUM_FLAGG
from utvikling.server import start_server

UT = ROT / "ut" / "sosiale-medier-i-forvaltningen.pdf"
SIDE = "hele-veiledningen/"
MARG = {"top": "18mm", "bottom": "20mm", "left": "16mm", "right": "16mm"}
STIL = "font-family: system-ui, sans-serif; font-size: 8pt; color: #333; width: 100%; margin: 0 16mm;"
TOPPTEKST = f'<div style="{STIL}"><span class="title"></span></div>'
BUNNTEKST = (
    f'<div style="{STIL} text-align: center;">'
    'Side <span class="pageNumber"></span> av <span class="totalPages"></span></div>'
)


def skriv_pdf(adresse, ut, nettleser=None):
    """Prints `adresse` + «hele-veiledningen/» to the file `ut`; `nettleser` is an open Playwright
    Chromium (one is started when it is None). Returns the path."""
    ut = Path(ut)
    ut.parent.mkdir(parents=True, exist_ok=True)
    if nettleser is None:
        with sync_playwright() as p:
            egen = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGG)
            try:
                return skriv_pdf(adresse, ut, egen)
            finally:
                egen.close()
    context = nettleser.new_context(locale="nb-NO")
    try:
        side = context.new_page()
        side.goto(adresse + SIDE, wait_until="networkidle")
        side.pdf(
            path=str(ut),
            format="A4",
            margin=MARG,
            print_background=True,
            display_header_footer=True,
            header_template=TOPPTEKST,
            footer_template=BUNNTEKST,
        )
    finally:
        context.close()
    return ut


def main(argv=None):
    valg = argparse.ArgumentParser(description="Hele veiledningen som PDF (headless Chromium).")
    valg.add_argument("--ut", type=Path, default=UT, help=f"PDF-fila (standard {UT.relative_to(ROT)})")
    valg.add_argument("--site", type=Path, help="et ferdig bygg (ellers bygges nettstedet i en midlertidig mappe)")
    args = valg.parse_args(argv)
    with ferdig_bygg(args.site) as site:
        server = start_server(site)
        try:
            ut = skriv_pdf(f"http://127.0.0.1:{server.server_port}/", args.ut)
        finally:
            server.shutdown()
    print(ut)
    return 0


if __name__ == "__main__":
    sys.exit(main())
