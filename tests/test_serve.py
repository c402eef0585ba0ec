"""`./scripts/serve` for a communications editor: a mistake made while it runs shows in the browser."""

import re
import subprocess
import sys
import time
import urllib.request

import pytest
from playwright.sync_api import expect

from utvikling.bygg import kopi_med
from utvikling.server import ledig_port

pytestmark = pytest.mark.nettleser


@pytest.fixture
def serve(tmp_path):
    prosjekt = kopi_med(tmp_path / "p", {})
    port = ledig_port()
    prosess = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--config-file", "test.yml", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=prosjekt, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
    )
    adresse = f"http://127.0.0.1:{port}/"
    slutt = time.monotonic() + 120
    while True:
        assert prosess.poll() is None, prosess.stderr.read()
        try:
            urllib.request.urlopen(adresse, timeout=2).close()
            break
        except OSError:
            assert time.monotonic() < slutt, "mkdocs serve svarte ikke"
            time.sleep(0.3)
    yield prosjekt, adresse
    prosess.terminate()
    prosess.wait(20)


def test_feil_under_serve_vises_i_nettleseren_og_forsvinner_naar_den_er_rettet(fane, serve):
    prosjekt, adresse = serve
    side = fane.side
    side.goto(adresse + "dialog/")
    expect(side.locator("h1")).to_contain_text("Dialog")
    fil = prosjekt / "docs" / "dialog.md"
    riktig = fil.read_text(encoding="utf-8")
    fil.write_text(riktig.replace("publisert: 2017-08-16", 'publisert: "2017-08-16"'), encoding="utf-8")
    # Live reload brings the message to the page the editor is looking at.
    expect(side.locator("h1")).to_have_text("Nettstedet kan ikke bygges", timeout=90_000)
    melding = side.locator("main li").inner_text()
    assert "docs/dialog.md" in melding and "«publisert» skal stå uten anførselstegn" in melding
    fil.write_text(riktig, encoding="utf-8")
    expect(side.locator("h1")).to_contain_text("Dialog", timeout=90_000)

    # A settings mistake too: an unquoted colour that YAML reads as a comment.
    innstillinger = prosjekt / "test.yml"
    innstillinger.write_text(
        "INHERIT: mkdocs.yml\nextra:\n  virksomhet:\n    primaerfarge: #444f55\n", encoding="utf-8"
    )
    expect(side.locator("h1")).to_have_text("Nettstedet kan ikke bygges", timeout=90_000)
    assert re.search(r'primaerfarge må stå i anførselstegn: primaerfarge: "#444f55"', side.locator("main").inner_text())
    assert fane.fremmede() == []
