"""Rebuild time after editing one page of the 1 000-page library, as `mkdocs serve` does it.

Starts `mkdocs serve` on a loopback port (the real configuration, benchmarks/bibliotek.py), waits for the
first build, then edits one page and times what a writer waits for: from saving the file until the
served page shows the change. That is what the browser's live-reload script does: it long-polls
/livereload/<epoch>/<id>, which answers when the rebuild is done, and then reloads the page. By default
`mkdocs serve` rebuilds the whole site on every change (and reloads mkdocs.yml and the plugins);
`--dirty` rebuilds only pages whose source changed, but every page still holds the whole navigation,
so a new or renamed page leaves the others stale. Both are measured. `--dirty` needs `--no-strict`
here: mkdocs.yml sets strict: true, and MkDocs warns on every dirty build, which aborts it.

Usage: python benchmarks/ombygging.py [--sider 1000] [--kjoringer 3]
"""

import argparse
import re
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import bibliotek
from felles import MILJOE, ledig_port, median

LIVERELOAD = re.compile(r"livereload\((\d+),\s*(\d+)\)")
BYGGET = re.compile(r"Documentation built in ([0-9.]+) seconds")
SIDE = "del-01/dialog.md"


def hent(url, timeout=120):
    with urllib.request.urlopen(url, timeout=timeout) as svar:
        return svar.read().decode("utf-8")


def vent_paa_server(url, prosess, logg, frist=900):
    slutt = time.monotonic() + frist
    while time.monotonic() < slutt:
        if prosess.poll() is not None:
            raise SystemExit(f"mkdocs serve stoppet:\n{Path(logg).read_text()[-3000:]}")
        try:
            return hent(url, timeout=30)
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.5)
    raise SystemExit("mkdocs serve kom ikke i gang")


def endre_og_vent(prosjekt, rot, side_url, nr):
    """Seconds from saving an edit of SIDE until the served page shows it."""
    html = hent(side_url)
    epoch, forespørsel = LIVERELOAD.search(html).groups()
    merke = f"Endring nummer {nr} fra ombyggingsmålingen."
    fil = Path(prosjekt) / "docs" / SIDE
    fil.write_text(fil.read_text(encoding="utf-8") + f"\n{merke}\n", encoding="utf-8")
    start = time.monotonic()
    while True:
        svar = hent(f"{rot}livereload/{epoch}/{forespørsel}", timeout=600)
        if int(svar) > int(epoch):
            break
    if merke not in hent(side_url):
        raise SystemExit(f"siden viste ikke endringen etter ombyggingen ({side_url})")
    return time.monotonic() - start


def maal_en(konfig, dirty, kjoringer):
    """(seconds per rebuild, MkDocs' own build times) for `mkdocs serve [--dirty]`."""
    port = ledig_port()
    rot = f"http://127.0.0.1:{port}/"
    with tempfile.NamedTemporaryFile("w+", suffix=".log", delete=False) as logg:
        kommando = [sys.executable, "-m", "mkdocs", "serve", "-f", str(konfig), "-a", f"127.0.0.1:{port}"]
        if dirty:
            # With strict: true, MkDocs' own «A 'dirty' build is being performed» warning aborts serve.
            kommando += ["--dirty", "--no-strict"]
        prosess = subprocess.Popen(kommando, cwd=Path(konfig).parent, env=MILJOE, stdout=logg, stderr=subprocess.STDOUT)
        try:
            side_url = rot + SIDE.removesuffix(".md") + "/"
            vent_paa_server(side_url, prosess, logg.name)
            tider = [endre_og_vent(Path(konfig).parent, rot, side_url, k) for k in range(kjoringer)]
        finally:
            prosess.terminate()
            try:
                prosess.wait(timeout=30)
            except subprocess.TimeoutExpired:
                prosess.kill()
                prosess.wait()
        bygget = [float(t) for t in BYGGET.findall(Path(logg.name).read_text())]
    Path(logg.name).unlink()
    return tider, bygget[1:]


def maale(antall=1000, kjoringer=3, logg=print):
    virker, _ = bibliotek.virkende_makroer()
    resultat = {"sider": antall}
    with tempfile.TemporaryDirectory() as tmp:
        konfig = bibliotek.lag(Path(tmp) / "bibliotek", antall, virker=virker)
        for navn, dirty in (("serve", False), ("serve --dirty", True)):
            tider, bygget = maal_en(konfig, dirty, kjoringer)
            resultat[navn] = {"median": median(tider), "alle": tider, "mkdocs": median(bygget)}
            logg(f"  mkdocs {navn}: {', '.join(f'{t:.2f}' for t in tider)} s", file=sys.stderr)
    return resultat


def tabell(r):
    linjer = [
        f"| ombygging etter endring av én side ({r['sider']} sider) | lagret → siden viser endringen | MkDocs' egen byggetid |",
        "| --- | ---: | ---: |",
    ]
    for navn in ("serve", "serve --dirty"):
        vist = "serve --dirty --no-strict" if "dirty" in navn else navn
        linjer.append(f"| `mkdocs {vist}` | {r[navn]['median']:.2f} s | {r[navn]['mkdocs']:.2f} s |")
    return "\n".join(linjer)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sider", type=int, default=1000)
    parser.add_argument("--kjoringer", type=int, default=3)
    args = parser.parse_args()
    print(tabell(maale(args.sider, args.kjoringer)))
