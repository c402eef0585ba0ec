"""Build time of the real configuration for a synthetic library of 100, 500 and 1 000 pages, side by side
with plain Material building the same Markdown (benchmarks/bibliotek.py).

Each build is a fresh `mkdocs build --strict` process; the real and the plain build alternate, so load on
the machine hits both alike. The figure is MkDocs' own «Documentation built in» (configuration, plugins,
pages, search index, hooks; not Python's start-up), median of the runs; the wall time of the whole
command is shown next to it.

Usage: python benchmarks/byggetid.py [--sider 100,500,1000] [--kjoringer 3]
"""

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

import bibliotek
from felles import gzip9, kib, median, sider

BYGGET = re.compile(r"Documentation built in ([0-9.]+) seconds")
BUDSJETT_VEKST = 2.1  # 1 000 pages / 500 pages
BUDSJETT_MOT_REN = 1.2  # real / plain Material at 1 000 pages
# Files that every page, or one page, carries and that grow with the library.
MAALTE = {
    "søkeindeksen (lastes ved første visning av hver side)": "search/search_index.json",
    "en vanlig side (del-01/dialog/)": "del-01/dialog/index.html",
    "forsiden": "index.html",
    "hele-veiledningen/": "hele-veiledningen/index.html",
}


def bygg_en(konfig, site):
    """(MkDocs' own build time, wall time) of one build."""
    start = time.monotonic()
    resultat = bibliotek.bygg_prosjekt(konfig, site)
    vegg = time.monotonic() - start
    m = BYGGET.search(resultat.stderr)
    if resultat.returncode or not m:
        raise SystemExit(f"bygget av {konfig} feilet:\n{resultat.stderr[-3000:]}")
    return float(m[1]), vegg


def maale(antall=(100, 500, 1000), kjoringer=3, logg=print):
    """{pages: {"ekte"|"ren": {"mkdocs": median, "vegg": median, "alle": [...]}, "forside_kib": …}}."""
    virker, utelatt = bibliotek.virkende_makroer()
    resultat = {"makroer": sorted(virker), "utelatt": utelatt, "storrelser": {}}
    with tempfile.TemporaryDirectory() as tmp:
        for n in antall:
            konfig = {v: bibliotek.lag(Path(tmp) / f"{n}-{v}", n, ren=v == "ren", virker=virker) for v in ("ekte", "ren")}
            tider = {v: [] for v in konfig}
            for k in range(kjoringer):
                for v in konfig:
                    tider[v].append(bygg_en(konfig[v], Path(tmp) / f"{n}-{v}-site"))
                    logg(f"  {n} sider, {v}, kjøring {k + 1}: {tider[v][-1][0]:.2f} s", file=sys.stderr)
            resultat["storrelser"][n] = {
                v: {
                    "mkdocs": median([t[0] for t in tider[v]]),
                    "vegg": median([t[1] for t in tider[v]]),
                    "alle": tider[v],
                    "filer": filstorrelser(Path(tmp) / f"{n}-{v}-site"),
                }
                for v in tider
            }
            resultat["storrelser"][n]["sider"] = sum(1 for _ in (Path(tmp) / f"{n}-ekte-site").rglob("index.html"))
            # The file sizes also against plain Material serving the same text (not timed): the real
            # library's pages carry the tools' text, which the plain twin replaces by a sentence.
            samme = bibliotek.lag(Path(tmp) / f"{n}-samme", n, ren=True, virker=virker)
            ekte_site = Path(tmp) / f"{n}-ekte-site"
            bibliotek.med_samme_innhold(samme.parent / "docs", ekte_site, sider(ekte_site))
            bygg_en(samme, Path(tmp) / f"{n}-samme-site")
            resultat["storrelser"][n]["samme"] = {"filer": filstorrelser(Path(tmp) / f"{n}-samme-site")}
    return resultat


def filstorrelser(site):
    """{file: (raw, gzip)} of a few files whose size grows with the library."""
    ut = {}
    for navn, sti in MAALTE.items():
        fil = site / sti
        if fil.exists():
            data = fil.read_bytes()
            ut[navn] = (len(data), gzip9(data))
    return ut


def tabell(r):
    s = r["storrelser"]
    linjer = [
        "| sider | ekte konfigurasjon | ren Material | ekte / ren | vegg ekte / ren |",
        "| ---: | ---: | ---: | ---: | ---: |",
    ]
    for v in s.values():
        linjer.append(
            f"| {v['sider']} | {v['ekte']['mkdocs']:.2f} s | {v['ren']['mkdocs']:.2f} s | {v['ekte']['mkdocs'] / v['ren']['mkdocs']:.2f} "
            f"| {v['ekte']['vegg']:.1f} s / {v['ren']['vegg']:.1f} s |"
        )
    linjer.append("")
    if 500 in s and 1000 in s:
        for v, navn in (("ekte", "ekte konfigurasjon"), ("ren", "ren Material")):
            vekst = s[1000][v]["mkdocs"] / s[500][v]["mkdocs"]
            ok = vekst <= BUDSJETT_VEKST
            linjer.append(f"- Vekst 500 → 1 000 sider, {navn}: **{vekst:.2f}×** (budsjett ≤ {BUDSJETT_VEKST}×: {'ja' if ok else 'NEI'})")
    if 1000 in s:
        mot = s[1000]["ekte"]["mkdocs"] / s[1000]["ren"]["mkdocs"]
        ok = mot <= BUDSJETT_MOT_REN
        linjer.append(f"- Ekte konfigurasjon mot ren Material ved 1 000 sider: **{mot:.2f}×** (budsjett ≤ {BUDSJETT_MOT_REN}×: {'ja' if ok else 'NEI'})")
    linjer += [
        "",
        "Filer som vokser med biblioteket, KiB rått / gzip -9: ekte konfigurasjon (ren Material; ren Material med",
        "samme tekst, der hver sides Markdown er HTML-en det ekte bygget lagde):",
        "",
    ]
    linjer.append("| fil | " + " | ".join(f"{v['sider']} sider" for v in s.values()) + " |")
    linjer.append("| --- |" + " ---: |" * len(s))
    for navn in MAALTE:
        celler = []
        for v in s.values():
            e, ren = v["ekte"]["filer"].get(navn), v["ren"]["filer"].get(navn)
            samme = v.get("samme", {}).get("filer", {}).get(navn)
            deler = [f"{kib(x[0])} / {kib(x[1])}" for x in (ren, samme) if x]
            celler.append((f"{kib(e[0])} / {kib(e[1])}" if e else "–") + (f" ({'; '.join(deler)})" if deler else ""))
        linjer.append(f"| {navn} | " + " | ".join(celler) + " |")
    linjer.append("")
    linjer.append(f"- Makroer i biblioteket: {', '.join(r['makroer'])}")
    for navn, grunn in r["utelatt"].items():
        linjer.append(f"- Utelatt (prøvebygget feilet): {navn}(): {grunn}")
    return "\n".join(linjer)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sider", default="100,500,1000")
    parser.add_argument("--kjoringer", type=int, default=3)
    args = parser.parse_args()
    print(tabell(maale(tuple(int(n) for n in args.sider.split(",")), args.kjoringer)))
