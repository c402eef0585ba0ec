"""Lighthouse for every page, mobile and desktop: the four category scores, LCP, TBT and CLS, and for
every score under 100 the audits that cost points.

Three ways to serve the built site on 127.0.0.1:
- `--nginx`: the way README tells intranets to publish it, Debian's nginx running drift/nginx.conf (the
  sub-path /veiledere/sosiale-medier/, gzip, cache headers, the Content-Security-Policy; tests/nginx.py).
  This is the run the budget is judged on.
- `--gzip`: a plain Python server that compresses, as any web server with compression on.
- neither: the test suite's server (tests/conftest.start_server), which does not compress: what a server
  without compression gives.
Lighthouse comes from package.json (`npm ci`) and runs Debian's Chromium headless.

`--mot-ren` measures the project and plain Material with the same content (benchmarks/bibliotek.py) side by
side, mobile: for every page and round one run of each, taking turns, so that a busy machine weighs on both
alike; the median of 5 rounds, both without compression and with drift/nginx.conf. Per page it reports the
four scores, FCP, LCP, TBT and CLS of both, the element Lighthouse counts as the largest contentful paint and
its render delay, and the budget: LCP no later than plain Material's, TBT at most 25 ms above, CLS 0,
performance no lower, the three other categories 100. `--kontroll` adds plain Material against itself in the
same run (the same build served a second time, on its own port, taking turns with the other two): how far
apart two medians of one site fall on this machine, page by page, next to the budget's differences.

Usage: python benchmarks/lighthouse.py [--nginx | --gzip] [--bare-sider index,personvern] [--kun mobil|desktop] [--site DIR]
       [--runder N] [--ren]
       python benchmarks/lighthouse.py --mot-ren [--bare-sider index,personvern] [--runder 5] [--server enkel|nginx]
       [--kontroll]
"""

import argparse
import contextlib
import json
import os
import subprocess
import tempfile
from collections import defaultdict
from pathlib import Path

import bibliotek
from felles import CHROMIUM, ROT, bygg, ledig_port, median, sidenavn, sider, start_gzip_server, start_server, velg

from utvikling import nginx

LIGHTHOUSE = ROT / "node_modules" / ".bin" / "lighthouse"
KATEGORIER = ("performance", "accessibility", "best-practices", "seo")
KORT = {"performance": "ytelse", "accessibility": "tilgj.", "best-practices": "praksis", "seo": "SEO"}
FORMER = {"mobil": [], "desktop": ["--preset=desktop"]}
CHROME_FLAGG = "--headless=new --no-sandbox --disable-gpu"


# Lighthouse sometimes loses the trace of a load (NO_NAVSTART, "run Lighthouse again"): try again.
FORSOEK = 3
# Runs per page. The mobile performance score moves a point or two between runs on one machine; Lighthouse's
# docs advise the median of several runs (docs/variability.md), picked by its own computeMedianRun
# (median_kjoring.mjs). Desktop has scored 100 in every run here.
RUNDER = {"mobil": 3, "desktop": 1}
MEDIAN = Path(__file__).with_name("median_kjoring.mjs")


def kjoer(url, form, mappe, nr=0):
    """Path of the Lighthouse report (JSON) of run `nr` for `url`, `form` being "mobil" or "desktop"."""
    ut = Path(mappe) / f"{abs(hash((url, form)))}-{nr}.json"
    kommando = [
        str(LIGHTHOUSE), url, *FORMER[form],
        f"--only-categories={','.join(KATEGORIER)}",
        "--output=json", f"--output-path={ut}", f"--chrome-flags={CHROME_FLAGG}", "--quiet",
    ]
    for _ in range(FORSOEK):
        ut.unlink(missing_ok=True)
        resultat = subprocess.run(
            kommando, env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True, timeout=300
        )
        if resultat.returncode == 0 and ut.exists():
            return ut
    raise RuntimeError(f"lighthouse {url} ({form}) feilet {FORSOEK} ganger:\n{resultat.stderr[-2000:]}")


def median_rapport(url, form, mappe, runder):
    """(the median run's report, parsed, as Lighthouse's computeMedianRun picks it; every run's performance score)."""
    filer = [kjoer(url, form, mappe, nr) for nr in range(runder)]
    valgt = int(subprocess.run(["node", str(MEDIAN), *map(str, filer)], capture_output=True, text=True, check=True).stdout)
    rapporter = [json.loads(f.read_text(encoding="utf-8")) for f in filer]
    return rapporter[valgt], [round(100 * (r["categories"]["performance"]["score"] or 0)) for r in rapporter]


def oppsummer(rapport):
    """Scores, metrics, the weighted audits under full score per category, and performance hints."""
    audits = rapport["audits"]
    ut = {
        "poeng": {k: round(100 * (rapport["categories"][k]["score"] or 0)) for k in KATEGORIER},
        "fcp": audits["first-contentful-paint"]["numericValue"],
        "lcp": audits["largest-contentful-paint"]["numericValue"],
        "tbt": audits["total-blocking-time"]["numericValue"],
        "cls": audits["cumulative-layout-shift"]["numericValue"],
        "feil": {},
        "hint": [],
        "advarsler": rapport.get("runWarnings", []),
    }
    for k in KATEGORIER:
        for ref in rapport["categories"][k]["auditRefs"]:
            a = audits[ref["id"]]
            if a["score"] is None or a["score"] >= 1 or a["scoreDisplayMode"] in ("notApplicable", "manual", "informative"):
                continue
            if ref["weight"] > 0:
                ut["feil"].setdefault(k, []).append((a["id"], a["title"], a.get("displayValue") or ""))
            elif k == "performance" and ref.get("group") not in ("hidden",):
                ut["hint"].append((a["id"], a["title"], a.get("displayValue") or ""))
    return ut


@contextlib.contextmanager
def servert(site, port, mappe, server, ren=False):
    """The site served on `port` by `server` ("nginx", "gzip" or "enkel"); yields its root address. `ren`:
    plain Material, whose own inline scripts nginx's CSP allows by their hashes (the project's CSP would
    block them, and plain Material's bootstrap would not run: not Material as it ships)."""
    if server == "nginx":
        prosess = nginx.start(site, port, mappe, egne_skript=ren)
        try:
            yield f"http://127.0.0.1:{port}{nginx.UNDERSTI}"
        finally:
            prosess.terminate()
            prosess.wait()
        return
    tjener = (start_gzip_server if server == "gzip" else start_server)(site, port)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        tjener.shutdown()


def maale(bare=None, server="enkel", former=("mobil", "desktop"), site=None, runder=None, ren=False):
    """{(path, form): summary} for every page of a fresh build (or of the built `site`); `ren`: of plain
    Material with the same content instead (benchmarks/bibliotek.py), as a reference."""
    if not LIGHTHOUSE.exists():
        raise SystemExit("Lighthouse mangler: kjør `npm ci` i prosjektmappa først")
    runder = {**RUNDER, **(runder or {})}
    resultat = {}
    with tempfile.TemporaryDirectory() as tmp:
        port = ledig_port()
        rot = f"http://127.0.0.1:{port}{nginx.UNDERSTI if server == 'nginx' else '/'}"
        if site is None:
            site = Path(tmp) / "site"
            # Instant navigation and the canonical links need the address the site is served from.
            bygget = bygg(site, env={"SITE_URL": rot})
            if bygget.returncode:
                raise SystemExit(bygget.stderr)
        if ren:
            site = bibliotek.ren_tvilling(tmp, site, sider(site))
        with servert(site, port, tmp, server, ren) as rot:
            for sti in velg(sider(site), bare):
                for form in former:
                    rapport, alle = median_rapport(rot + sti, form, tmp, runder[form])
                    resultat[(sti, form)] = {**oppsummer(rapport), "runder": alle}
    return resultat


def tabell(resultat):
    """Markdown: one row per page and form, then the failing audits and the performance hints."""
    linjer = [
        "| side | form | " + " | ".join(KORT[k] for k in KATEGORIER) + " | FCP | LCP | TBT | CLS | budsjett 100 |",
        "| --- | --- | " + " | ".join("---:" for _ in KATEGORIER) + " | ---: | ---: | ---: | ---: | --- |",
    ]
    feil = defaultdict(set)
    hint = defaultdict(list)
    for (sti, form), r in resultat.items():
        p = r["poeng"]
        ok = all(v == 100 for v in p.values())
        celler = [str(p[k]) if p[k] == 100 else f"**{p[k]}**" for k in KATEGORIER]
        if len(set(r["runder"])) > 1:  # KATEGORIER[0] is performance: the median run's, and the range of all runs
            celler[0] += f" ({min(r['runder'])}–{max(r['runder'])})"
        poeng = " | ".join(celler)
        linjer.append(
            f"| {sidenavn(sti)} | {form} | {poeng} | {r['fcp'] / 1000:.1f} s | {r['lcp'] / 1000:.1f} s | {r['tbt']:.0f} ms | {r['cls']:.3f} | {'ja' if ok else 'nei'} |"
        )
        for kategori, liste in r["feil"].items():
            for id_, tittel, verdi in liste:
                feil[(kategori, id_, tittel)].add(f"{sidenavn(sti)} ({form}{': ' + verdi if verdi else ''})")
        for id_, tittel, verdi in r["hint"]:
            hint[(id_, tittel)].append(verdi)
    if feil:
        linjer += ["", "Revisjoner som trekker ned (kategori, id, tittel: sider):", ""]
        for (kategori, id_, tittel), hvor in sorted(feil.items()):
            linjer.append(f"- {KORT[kategori]}: `{id_}` {tittel}: {', '.join(sorted(hvor))}")
    if hint:
        linjer += ["", f"Ytelsesråd uten egen vekt (id, tittel: antall sider av {len(resultat)}, verdier):", ""]
        for (id_, tittel), verdier in sorted(hint.items(), key=lambda x: -len(x[1])):
            vist = sorted({v for v in verdier if v})
            linjer.append(f"- `{id_}` {tittel}: {len(verdier)}" + (f" ({', '.join(vist[:3])}{' …' if len(vist) > 3 else ''})" if vist else ""))
    advarsler = sorted({a for r in resultat.values() for a in r["advarsler"]})
    if advarsler:
        linjer += ["", "Lighthouse advarte: " + " / ".join(advarsler)]
    return "\n".join(linjer)


# ---- The project and plain Material side by side ------------------------------------------------------------

SERVERE = {"enkel": "uten komprimering (testserveren)", "nginx": "`drift/nginx.conf` (gzip, understi, CSP)"}
HVEM = ("ekte", "ren")
# With --kontroll: plain Material once more, the same build on a port of its own (the A/A control).
KONTROLL = "ren igjen"
RUNDER_MOT_REN = 5
# The budget: TBT may be this much above plain Material's.
TBT_SLINGRING = 25


def adresse(server, port):
    return f"http://127.0.0.1:{port}{nginx.UNDERSTI if server == 'nginx' else '/'}"


def lcp_element(rapport):
    """(CSS selector of the element Lighthouse counts as the largest contentful paint, its render delay in ms)."""
    velger, forsinkelse = "?", float("nan")
    for tabell_ in rapport["audits"].get("largest-contentful-paint-element", {}).get("details", {}).get("items", []):
        for rad in tabell_.get("items", []):
            if "node" in rad:
                velger = rad["node"].get("selector", "?")
            elif rad.get("phase") == "Render Delay":
                forsinkelse = rad["timing"]
    return velger, forsinkelse


def median_av(rapporter):
    """Median of each score and metric over the runs; the LCP element and render delay of the median-LCP run."""
    alle = [oppsummer(r) for r in rapporter]
    ut = {"poeng": {k: median([o["poeng"][k] for o in alle]) for k in KATEGORIER}}
    for navn in ("fcp", "lcp", "tbt", "cls"):
        ut[navn] = median([o[navn] for o in alle])
    midterste = sorted(range(len(alle)), key=lambda i: alle[i]["lcp"])[len(alle) // 2]
    ut["element"], ut["forsinkelse"] = lcp_element(rapporter[midterste])
    ut["runder"] = [o["poeng"]["performance"] for o in alle]
    return ut


def side_om_side(bare=None, servere=tuple(SERVERE), runder=RUNDER_MOT_REN, kontroll=False):
    """{(server, path): {"ekte": median summary, "ren": median summary}}, mobile, for a fresh build of the
    project and its plain Material twin, each built for the address it is served from. `kontroll`: also
    KONTROLL, the twin served a second time, so that plain Material against itself is measured in the same run."""
    hvem_alle = HVEM + ((KONTROLL,) if kontroll else ())
    if not LIGHTHOUSE.exists():
        raise SystemExit("Lighthouse mangler: kjør `npm ci` i prosjektmappa først")
    resultat = {}
    with tempfile.TemporaryDirectory() as tmp:
        for server in servere:
            mappe = Path(tmp) / server
            porter = {}
            for hvem in hvem_alle:
                porter[hvem] = next(p for p in iter(ledig_port, None) if p not in porter.values())
            site = {"ekte": mappe / "site"}
            bygget = bygg(site["ekte"], env={"SITE_URL": adresse(server, porter["ekte"])})
            if bygget.returncode:
                raise SystemExit(bygget.stderr)
            site["ren"] = bibliotek.ren_tvilling(mappe, site["ekte"], sider(site["ekte"]), adresse(server, porter["ren"]))
            with contextlib.ExitStack() as stakk:
                rot = {}
                for nr, hvem in enumerate(hvem_alle):
                    ren = hvem != "ekte"
                    (mappe / f"server-{nr}").mkdir(parents=True)
                    rot[hvem] = stakk.enter_context(servert(site["ren" if ren else "ekte"], porter[hvem], mappe / f"server-{nr}", server, ren))
                for sti in velg(sider(site["ekte"]), bare):
                    rapporter = {hvem: [] for hvem in hvem_alle}
                    for nr in range(runder):
                        for hvem in omgang(hvem_alle, nr):
                            fil = kjoer(rot[hvem] + sti, "mobil", mappe, nr)
                            rapporter[hvem].append(json.loads(fil.read_text(encoding="utf-8")))
                    resultat[(server, sti)] = {hvem: median_av(rapporter[hvem]) for hvem in hvem_alle}
    return resultat


def omgang(hvem, nr):
    """Who runs in round `nr`, in order: everyone once, taking turns, and who goes first changes every round
    (with two: ab, ba; with three: abc, bca, cab), so that a busy spell weighs on all alike."""
    k = nr % len(hvem)
    return hvem[k:] + hvem[:k]


def brudd(ekte, ren):
    """What of the budget the project misses against plain Material on one page (empty: all met)."""
    ut = []
    if ekte["lcp"] > ren["lcp"]:
        ut.append("LCP")
    if ekte["tbt"] > ren["tbt"] + TBT_SLINGRING:
        ut.append("TBT")
    if ekte["cls"] > 0:
        ut.append("CLS")
    if ekte["poeng"]["performance"] < ren["poeng"]["performance"]:
        ut.append(KORT["performance"])
    ut += [KORT[k] for k in KATEGORIER[1:] if ekte["poeng"][k] < 100]
    return ut


# The columns of the side-by-side table: how one side's median summary is written in each.
CELLE = {
    **{k: (lambda r, k=k: f"{r['poeng'][k]:.0f}") for k in KATEGORIER},
    "FCP": lambda r: f"{r['fcp'] / 1000:.2f} s",
    "LCP": lambda r: f"{r['lcp'] / 1000:.2f} s",
    "TBT": lambda r: f"{r['tbt']:.0f} ms",
    "CLS": lambda r: f"{r['cls']:.3f}",
    "LCP-element": lambda r: f"`{r['element'].split(' > ')[-1]}`",
    "forsinkelse": lambda r: f"{r['forsinkelse'] / 1000:.2f} s",
}


def tabell_mot_ren(resultat, runder=RUNDER_MOT_REN):
    """Markdown: per server, one row per page, each cell «ours / plain Material»; with the control run, two
    columns more: ours minus plain, and plain again minus plain."""
    linjer = []
    kontroll = any(KONTROLL in r for r in resultat.values())
    for server, navn in SERVERE.items():
        rader = {sti: r for (s, sti), r in resultat.items() if s == server}
        if not rader:
            continue
        linjer += [
            f"### {navn[0].upper()}{navn[1:]}, mobil, median av {runder}", "",
            "| side | " + " | ".join(KORT.get(navn, navn) for navn in CELLE) + " | budsjett |"
            + (" vårt − ren | ren igjen − ren |" if kontroll else ""),
            "| --- | " + " | ".join("---" if navn == "LCP-element" else "---:" for navn in CELLE) + " | --- |"
            + (" ---: | ---: |" if kontroll else ""),
        ]
        for sti, r in rader.items():
            celler = [sidenavn(sti)] + [" / ".join(CELLE[navn](r[hvem]) for hvem in HVEM) for navn in CELLE]
            mangler = brudd(r["ekte"], r["ren"])
            celler.append("ja" if not mangler else "**nei**: " + ", ".join(mangler))
            if kontroll:
                celler += [avvik(r, "ekte"), avvik(r, KONTROLL)]
            linjer.append("| " + " | ".join(celler) + " |")
        linjer.append("")
    linjer.append(f"Celler: prosjektet / ren Material med samme innhold. Budsjett: LCP ≤ ren, TBT ≤ ren + {TBT_SLINGRING} ms, "
                  "CLS 0, ytelse ≥ ren, tilgjengelighet, praksis og SEO 100. Forsinkelse: LCP-elementets «render delay».")
    if kontroll:
        linjer.append("Vårt − ren og ren igjen − ren: forskjellen i LCP og TBT. «Ren igjen» er det samme bygget av ren Material, "
                      "servert en gang til og målt i de samme rundene: så langt fra hverandre havner to medianer av samme nettsted her.")
    return "\n".join(linjer)


def avvik(r, hvem):
    """LCP and TBT of `hvem` minus plain Material's on one page, e.g. «+0.12 s, −30 ms»."""
    lcp, tbt = (r[hvem][k] - r["ren"][k] for k in ("lcp", "tbt"))
    return f"{lcp / 1000:+.2f} s, {tbt:+.0f} ms".replace("-", "−")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    hvordan = parser.add_mutually_exclusive_group()
    hvordan.add_argument("--nginx", action="store_true", help="drift/nginx.conf med Debians nginx (budsjettet)")
    hvordan.add_argument("--gzip", action="store_true", help="server med gzip, som en vanlig webserver")
    parser.add_argument("--bare-sider", default="", help="kommaseparert, f.eks. index,personvern")
    parser.add_argument("--kun", choices=tuple(FORMER), help="bare mobil eller bare desktop")
    parser.add_argument("--site", type=Path, help="en ferdig bygget mappe i stedet for et nytt bygg")
    parser.add_argument("--runder", type=int, help=f"kjøringer per side og form (standard {RUNDER}); medianen teller")
    parser.add_argument("--ren", action="store_true", help="ren Material med samme innhold, som referanse")
    parser.add_argument("--mot-ren", action="store_true", help="prosjektet og ren Material side om side, mobil, begge servere")
    parser.add_argument("--server", choices=tuple(SERVERE), help="med --mot-ren: bare denne serveren")
    parser.add_argument("--kontroll", action="store_true", help="med --mot-ren: også ren Material mot seg selv i samme kjøring")
    args = parser.parse_args()
    if args.mot_ren:
        bare = [s for s in args.bare_sider.split(",") if s]
        runder = args.runder or RUNDER_MOT_REN
        servere = (args.server,) if args.server else tuple(SERVERE)
        for server in servere:  # one table per server as soon as it is measured: a long run shows its progress
            print(tabell_mot_ren(side_om_side(bare, (server,), runder, args.kontroll), runder), end="\n\n", flush=True)
    else:
        former = (args.kun,) if args.kun else tuple(FORMER)
        server = "nginx" if args.nginx else "gzip" if args.gzip else "enkel"
        runder = dict.fromkeys(FORMER, args.runder) if args.runder else None
        print(tabell(maale([s for s in args.bare_sider.split(",") if s], server=server, former=former, site=args.site, runder=runder, ren=args.ren)))
