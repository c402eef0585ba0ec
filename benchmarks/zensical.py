"""Build time of the same project with MkDocs and with Zensical, cold and warm, at this site's size and at
1 000 pages (the library of benchmarks/bibliotek.py), side by side in one run.

- MkDocs: `mkdocs build --strict`, each build a fresh process. MkDocs keeps no cache between builds, so
  «kaldt» is the first build of a freshly written project and «varmt» the median of the builds after it
  (the difference is the operating system's file cache and Python's bytecode).
- Zensical: scripts/zensical_bygg.py (what ./scripts/zensical runs), in .venv-zensical. «Kaldt» is
  `--clean` (Zensical's cache emptied first), «varmt» a build that reuses the cache of the build before.

The figures are the wall time of the whole command (Python's start-up included), median of the runs, and
next to it the engine's own figure («Documentation built in» / «Build finished in»). The builds
alternate, so load on the machine hits both alike. Needs ./scripts/test or ./scripts/zensical run once
(both environments).

Usage: .venv/bin/python benchmarks/zensical.py [--sider 11,1000] [--kjoringer 3]
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import bibliotek
from felles import MILJOE, ROT, median

ZENSICAL = ROT / ".venv-zensical" / "bin" / "python"
BYGG = ROT / "scripts" / "zensical_bygg.py"
EGEN_TID = {
    "mkdocs": re.compile(r"Documentation built in ([0-9.]+) seconds"),
    "zensical": re.compile(r"Build finished in ([0-9.]+)(m?s)"),
}


def kjoer(motor, konfig, kaldt):
    """(wall time, the engine's own figure) of one build of the project whose config file is `konfig`."""
    if motor == "mkdocs":
        kommando = [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", konfig.name, "-d", "site-mkdocs"]
    else:
        kommando = [str(ZENSICAL), str(BYGG), "--config-file", konfig.name, *(["--clean"] if kaldt else [])]
    start = time.monotonic()
    resultat = subprocess.run(kommando, cwd=konfig.parent, env=MILJOE, capture_output=True, text=True)
    vegg = time.monotonic() - start
    utskrift = resultat.stdout + resultat.stderr
    m = EGEN_TID[motor].search(utskrift)
    if resultat.returncode or not m:
        raise SystemExit(f"{motor}-bygget av {konfig} feilet:\n{utskrift[-3000:]}")
    egen = float(m[1]) / (1000 if m.lastindex == 2 and m[2] == "ms" else 1)
    return vegg, egen


def maale(antall, kjoringer, logg):
    """{pages: {(engine, "kaldt"|"varmt"): [(wall, own), …]}}."""
    virker, _ = bibliotek.virkende_makroer()
    ut = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in antall:
            konfig = bibliotek.lag(Path(tmp) / f"{n}", n, virker=virker)
            sider = sum(1 for _ in (konfig.parent / "docs").rglob("*.md"))
            tider = {(motor, art): [] for motor in ("mkdocs", "zensical") for art in ("kaldt", "varmt")}
            # MkDocs: the first build of the fresh project is the cold one.
            tider[("mkdocs", "kaldt")].append(kjoer("mkdocs", konfig, True))
            for k in range(kjoringer):
                tider[("zensical", "kaldt")].append(kjoer("zensical", konfig, True))
                tider[("zensical", "varmt")].append(kjoer("zensical", konfig, False))
                tider[("mkdocs", "varmt")].append(kjoer("mkdocs", konfig, False))
                logg(f"  {sider} sider, kjøring {k + 1} av {kjoringer}", file=sys.stderr)
            ut[sider] = tider
    return ut


def main():
    valg = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    valg.add_argument("--sider", default="11,1000", help="antall sider, kommaseparert (11 = nettstedet som det er)")
    valg.add_argument("--kjoringer", type=int, default=3)
    args = valg.parse_args()
    if not ZENSICAL.exists():
        raise SystemExit("Zensical er ikke installert: kjør ./scripts/zensical først")
    versjon = subprocess.run([str(ZENSICAL), "-m", "zensical", "--version"], capture_output=True, text=True).stdout.strip()
    resultat = maale([int(n) for n in args.sider.split(",")], args.kjoringer, print)
    print(f"Byggetid, MkDocs 1.6.1 + Material mot Zensical ({versjon}); median av {args.kjoringer} kjøringer, "
          f"{os.cpu_count()} kjerner. Veggtid (motorens eget tall i parentes), sekunder.")
    print(f"{'sider':>6} | {'MkDocs kaldt':>14} | {'MkDocs varmt':>14} | {'Zensical kaldt':>15} | {'Zensical varmt':>15}")
    for sider, tider in resultat.items():
        celler = []
        for motor in ("mkdocs", "zensical"):
            for art in ("kaldt", "varmt"):
                maalinger = tider[(motor, art)]
                celler.append(f"{median([v for v, _ in maalinger]):.2f} ({median([e for _, e in maalinger]):.2f})")
        print(f"{sider:>6} | {celler[0]:>14} | {celler[1]:>14} | {celler[2]:>15} | {celler[3]:>15}")


if __name__ == "__main__":
    main()
