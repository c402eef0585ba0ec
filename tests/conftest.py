import contextlib
import functools
import http.server
import socket
import threading
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from bygg import bygg, kopi_med

CHROMIUM = "/usr/bin/chromium"
# Every lookup of another host fails at once, so a stray request shows up as a failure, not a stall.
CHROMIUM_FLAGG = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]


def ledig_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def port():
    return ledig_port()


@pytest.fixture(scope="session")
def site(tmp_path_factory, port):
    """The real build, for the address the tests serve it on: Material's instant navigation only
    takes over links below site_url."""
    maal = tmp_path_factory.mktemp("bygg") / "site"
    resultat = bygg(maal, env={"SITE_URL": f"http://127.0.0.1:{port}/"})
    assert resultat.returncode == 0, resultat.stderr
    return maal


class StilleHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def start_server(mappe, port=0):
    handler = functools.partial(StilleHandler, directory=str(mappe))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@contextlib.contextmanager
def kopi_servert(mappe, overstyr=None, filer=None):
    """A copy of the project with other settings or files (bygg.kopi_med), built strictly into
    mappe/site and served on 127.0.0.1; yields the site's address."""
    prosjekt = kopi_med(mappe / "p", overstyr or {}, filer)
    resultat = bygg(mappe / "site", config="test.yml", cwd=prosjekt)
    assert resultat.returncode == 0, resultat.stderr
    server = start_server(mappe / "site")
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()


@pytest.fixture(scope="session")
def adresse(site, port):
    server = start_server(site, port)
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()


@pytest.fixture(scope="session")
def nettleser():
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_FLAGG)
        yield browser
        browser.close()


class Fane:
    """A page plus everything it asked the network for and every console error it printed."""

    def __init__(self, context):
        self.context = context
        self.side = context.new_page()
        self.foresporsler = []
        self.konsollfeil = []
        self.side.on("request", lambda r: self.foresporsler.append(r.url))
        self.side.on("console", lambda m: m.type == "error" and self.konsollfeil.append(m.text))
        self.side.on("pageerror", lambda e: self.konsollfeil.append(str(e)))

    def fremmede(self, vert="127.0.0.1"):
        return [u for u in self.foresporsler if not u.startswith(("data:", "blob:", "about:")) and f"//{vert}" not in u]


@pytest.fixture
def fane(nettleser):
    context = nettleser.new_context(locale="nb-NO", viewport={"width": 1280, "height": 900})
    yield Fane(context)
    context.close()


@pytest.fixture
def fane_uten_js(nettleser):
    context = nettleser.new_context(locale="nb-NO", java_script_enabled=False)
    yield Fane(context)
    context.close()
