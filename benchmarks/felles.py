"""What the benchmarks share: paths, the test suite's browser settings and server, sizes and medians."""

import functools
import gzip
import http.server
import io
import os
import statistics
import subprocess
import sys
import threading
from pathlib import Path

# What the tests use too, re-exported so that a benchmark imports its tools from one place.
from utvikling.bygg import ROT, bygg, mkdocs  # noqa: F401
from utvikling.nettleser import CHROMIUM, CHROMIUM_FLAGG  # noqa: F401
from utvikling.server import StilleHandler, ledig_port, start_server  # noqa: F401

KIB = 1024
MILJOE = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def kib(antall):
    return f"{antall / KIB:.1f}"


def forskjell(antall):
    """A difference in KiB with its sign: "+1.2", "−0.3" ("+0.0" for a rounding of nothing)."""
    tekst = kib(abs(antall))
    return f"−{tekst}" if antall < 0 and tekst.strip("0.") else f"+{tekst}"


def gzip9(data):
    """Size of `data` after gzip -9 (what a compressing web server sends at most)."""
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def median(verdier):
    return statistics.median(verdier) if verdier else float("nan")


def sider(site):
    """URL paths of every page of a built site ("", "dialog/", …), the 404 page left out."""
    ut = []
    for fil in sorted(Path(site).rglob("index.html")):
        rel = fil.parent.relative_to(site).as_posix()
        ut.append("" if rel == "." else rel + "/")
    return ut


def velg(alle, bare):
    """The pages in `alle` named by `bare` ("index" or "" is the front page); all when `bare` is empty."""
    if not bare:
        return alle
    oensket = {"" if s.strip("/") in ("", "index") else s.strip("/") + "/" for s in bare}
    ukjente = oensket - set(alle)
    if ukjente:
        sys.exit(f"ukjente sider: {', '.join(sorted(ukjente))} (finnes: {', '.join(s or 'index' for s in alle)})")
    return [s for s in alle if s in oensket]


def sidenavn(sti):
    return sti.strip("/") or "index"


class GzipHandler(StilleHandler):
    """The test server, but compressing text with gzip as an ordinary web server (nginx, IIS) does."""

    TEKST = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt")

    def send_head(self):
        sti = self.translate_path(self.path)
        if os.path.isdir(sti) and self.path.split("?")[0].endswith("/"):
            sti = os.path.join(sti, "index.html")
        if "gzip" not in self.headers.get("Accept-Encoding", "") or not sti.endswith(self.TEKST) or not os.path.isfile(sti):
            return super().send_head()
        with open(sti, "rb") as f:
            data = gzip.compress(f.read(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(sti))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(data)


def start_gzip_server(mappe, port=0):
    handler = functools.partial(GzipHandler, directory=str(mappe))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def versjon(*kommando):
    try:
        return subprocess.run(kommando, capture_output=True, text=True, timeout=60).stdout.strip().splitlines()[-1]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "?"
