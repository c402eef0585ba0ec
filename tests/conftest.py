import subprocess

import pytest
from playwright.sync_api import sync_playwright

from utvikling.bygg import bygg
from utvikling.nettleser import CHROMIUM, CHROMIUM_FLAGG
from utvikling.server import ledig_port, start_server

# The suite's three lanes (pyproject.toml, markers). A test file says its lane with
# `pytestmark = pytest.mark.<lane>`; a test in it may say another lane of its own (the nearest mark counts).
FELT = ("enhet", "bygg", "nettleser")


def felt(item):
    return next((m.name for m in item.iter_markers() if m.name in FELT), None)


@pytest.hookimpl(tryfirst=True)  # before pytest's own `-m` selection
def pytest_collection_modifyitems(config, items):
    uten = [item.nodeid for item in items if felt(item) is None]
    if uten:
        raise pytest.UsageError(
            "Disse testene mangler felt (enhet, bygg eller nettleser; se pyproject.toml): " + ", ".join(uten)
        )
    # `-m` matches every mark of a test, its class and its file: a browser test in a build file was in
    # `-m bygg` too. Each test keeps only its nearest lane mark, as its own.
    for item in items:
        navn = felt(item)
        if not any(m.name == navn for m in item.own_markers):
            item.add_marker(navn)
    for node in {node for item in items for node in item.listchain()[:-1]}:
        node.own_markers[:] = [m for m in node.own_markers if m.name not in FELT]


class IkkeIEnhetsfeltet(subprocess.Popen):
    def __init__(self, args, *rest, **navngitt):
        raise AssertionError(
            f"En enhetstest starter ingen prosess ({args!r}): merk testen bygg eller nettleser."
        )


@pytest.fixture(autouse=True)
def feltets_grenser(request, monkeypatch):
    """Keeps each test inside its lane, so `-m enhet` stays fast and a mark can't lie: a unit test starts no
    process (no build, no browser, no server program), and only a browser test gets the browser."""
    navn = felt(request.node)
    if "nettleser" in request.fixturenames and navn != "nettleser":
        pytest.fail("Testen bruker nettleseren: merk den nettleser.")
    # The build is shared by the session: a unit test that reads it passes only when another test built it first.
    if "site" in request.fixturenames and navn == "enhet":
        pytest.fail("Testen bruker det bygde nettstedet: merk den bygg eller nettleser.")
    if navn == "enhet":
        monkeypatch.setattr(subprocess, "Popen", IkkeIEnhetsfeltet)

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
        self.forespoersler = []
        self.konsollfeil = []
        self.side.on("request", lambda r: self.forespoersler.append(r.url))
        self.side.on("console", lambda m: m.type == "error" and self.konsollfeil.append(m.text))
        self.side.on("pageerror", lambda e: self.konsollfeil.append(str(e)))

    def fremmede(self, vert="127.0.0.1"):
        return [u for u in self.forespoersler if not u.startswith(("data:", "blob:", "about:")) and f"//{vert}" not in u]


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
