"""While `mkdocs serve` runs (./scripts/serve), a mistake in the settings or the content is shown in the
browser, not only in the terminal that communications staff do not watch.

MkDocs' live-reload server keeps every browser waiting after a failed rebuild («The server will appear
stuck until build errors are resolved»): the page just spins. Here the rebuild is wrapped: when it fails,
every page of the served site is replaced by a page that says what is wrong and where (the messages the
build logged, the same that `mkdocs build --strict` prints), and the browser reloads to it. The next
build that succeeds writes every page again, and the browser reloads to the site. `mkdocs build` is not
touched: it still stops with the message.
"""

import html
import logging
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.serve_feil")


class Samler(logging.Handler):
    """Keeps the warnings and errors the build logs."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.meldinger = []

    def emit(self, record):
        self.meldinger.append(record.getMessage())


def feilside(meldinger):
    punkter = "".join(f"<li><pre>{html.escape(m)}</pre></li>" for m in meldinger)
    return (
        '<!doctype html><html lang="nb"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>Feil: nettstedet kan ikke bygges</title>"
        "<style>body{font:1.1rem/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}"
        "h1{color:#b3261e}pre{white-space:pre-wrap;font:inherit;margin:0}"
        "li{border-left:4px solid #b3261e;padding:.5rem 1rem;margin:1rem 0;background:#fdf3f2;list-style:none}"
        "ul{padding:0}</style></head><body><main>"
        "<h1>Nettstedet kan ikke bygges</h1>"
        "<p>Det er en feil i innstillingene (<code>mkdocs.yml</code>) eller i innholdet. Meldingen sier hvilken fil "
        "og hvilket felt det gjelder:</p>"
        f"<ul>{punkter}</ul>"
        "<p>Rett feilen og lagre fila. Denne siden lastes på nytt av seg selv når nettstedet kan bygges igjen.</p>"
        "</main></body></html>"
    )


def vis_i_nettleseren(site_dir, meldinger):
    side = feilside(meldinger).encode("utf-8")
    rot = Path(site_dir)
    sider = list(rot.rglob("*.html")) or [rot / "index.html"]
    for fil in sider:
        fil.parent.mkdir(parents=True, exist_ok=True)
        fil.write_bytes(side)


def on_serve(server, config, builder):
    bygg = server.builder

    def bygg_og_vis_feil():
        samler = Samler()
        logging.getLogger("mkdocs").addHandler(samler)
        try:
            bygg()
        except (Exception, SystemExit) as feil:
            meldinger = [m for m in samler.meldinger if "Aborted with" not in m] or [str(feil)]
            vis_i_nettleseren(config.site_dir, meldinger)
            log.error("Bygget stoppet; feilen vises også i nettleseren. Rett den og lagre fila.")
        finally:
            logging.getLogger("mkdocs").removeHandler(samler)

    server.builder = bygg_og_vis_feil
    return server
