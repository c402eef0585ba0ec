"""First-view weight of every page, and the project's own JavaScript and CSS.

A page's first view is everything Chromium fetches from a fresh cache until the network has been idle
for half a second after `load`: HTML, CSS, JS (the search worker's scripts too), images and the search
index. Each response body is counted raw and after gzip -9. The reference is plain Material serving the
same content: the pages built by benchmarks/bibliotek.py --ren (no macros, hooks, overrides or extra
CSS/JS), each page's Markdown replaced by the HTML the real build made of its text, so that a page's
extra weight is the project's machinery and not text a macro wrote («Hele veiledningen» is every topic).
The budget (reference + 12 KiB) is judged on what travels, gzip; raw is shown beside it.

The project's own files are every .css and .js in the built site that is not one of Material's. The
budget (12 KiB gzip) is for what one page loads of them on its first view: the per-page figure, checked
for the heaviest page measured. The sum of all own files in the site is shown too.

Usage: python benchmarks/sidevekt.py [--bare-sider index,personvern]   (prints two tables)
"""

import argparse
import tempfile
from pathlib import Path

import bibliotek
import material
from felles import CHROMIUM, CHROMIUM_FLAGG, KIB, bygg, forskjell, gzip9, kib, ledig_port, sidenavn, sider, start_server, velg
from playwright.sync_api import sync_playwright

MATERIAL = Path(material.__file__).parent / "templates"
TYPER = {"document": "html", "stylesheet": "css", "script": "js", "image": "bilde", "fetch": "json", "xhr": "json"}
BUDSJETT_EGNE = 12 * KIB
ARBEIDERE = "assets/javascripts/workers/"
BILDER = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".ico", ".svg")


def foerste_visning(nettleser, url):
    """[(url, type, raw bytes, gzip bytes)] of what the page at `url` fetches on its first view."""
    context = nettleser.new_context(locale="nb-NO", viewport={"width": 390, "height": 844})
    svar = []
    context.on("response", lambda r: svar.append(r))
    side = context.new_page()
    side.goto(url, wait_until="load")
    side.wait_for_load_state("networkidle")
    ut = []
    for r in svar:
        if not r.url.startswith("http") or r.status != 200:
            continue
        try:
            data = r.body()
        except Exception:  # noqa: BLE001 (a body the browser did not keep, e.g. a redirect)
            continue
        sti = r.url.split("?")[0]
        type_ = TYPER.get(r.request.resource_type, "annet")
        if sti.endswith(".js"):
            type_ = "js"
        elif sti.endswith(BILDER):
            type_ = "bilde"
        # Images are sent as they are: gzip would not make them smaller.
        ut.append((r.url, type_, len(data), len(data) if type_ == "bilde" else gzip9(data)))
    context.close()
    return ut


def mal_sider(site, stier):
    """{path: [(url, type, raw, gz)]} for the pages of a built site."""
    server = start_server(site)
    rot = f"http://127.0.0.1:{server.server_port}/"
    try:
        with sync_playwright() as p:
            nettleser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGG)
            resultat = {sti: foerste_visning(nettleser, rot + sti) for sti in stier}
            nettleser.close()
    finally:
        server.shutdown()
    return resultat


def egne_filer(site, lastet):
    """[(path, raw, gzip, loaded on first view)] of every .css and .js in `site` that is not Material's.
    A search worker of our own (hooks/norsk_soek.py: our code in front of Material's worker, which the page
    then does not load) counts with what it adds to Material's worker, not with Material's part."""
    materials_arbeider = next(Path(site, ARBEIDERE).glob("search.*.min.js"), None)
    fratrekk = materials_arbeider.read_bytes() if materials_arbeider else b""
    ut = []
    for fil in sorted([*Path(site).rglob("*.css"), *Path(site).rglob("*.js")]):
        rel = fil.relative_to(site).as_posix()
        if (MATERIAL / rel).exists():
            continue
        data = fil.read_bytes()
        raa, gz = len(data), gzip9(data)
        if rel.startswith(ARBEIDERE) and fratrekk:
            raa, gz = raa - len(fratrekk), gz - gzip9(fratrekk)
        ut.append((rel, raa, gz, rel in lastet))
    return ut


def maale(bare=None):
    """Builds the site and its plain-Material twin, measures both; returns a dict for the tables."""
    with tempfile.TemporaryDirectory() as tmp:
        port = ledig_port()
        site = Path(tmp) / "site"
        resultat = bygg(site, env={"SITE_URL": f"http://127.0.0.1:{port}/"})
        if resultat.returncode:
            raise SystemExit(resultat.stderr)
        stier = velg(sider(site), bare)
        ren_site = bibliotek.ren_tvilling(tmp, site, sider(site))
        ekte = mal_sider(site, stier)
        ren = mal_sider(ren_site, [s for s in stier if (ren_site / s / "index.html").exists()])
        lastet = {rel(u) for svar in ekte.values() for u, *_ in svar}
        egne = egne_filer(site, lastet)
        return {"sider": ekte, "ren": ren, "egne": egne}


def rel(url):
    """The path of a URL on the test server, relative to the site root."""
    return url.split("/", 3)[3].split("?")[0]



def egne_per_side(data, svar):
    """(raw, gzip) of the project's own CSS and JS that one page loaded on its first view (the search
    worker with what it adds to Material's)."""
    lastet = {rel(s[0]) for s in svar}
    egne = [f for f in data["egne"] if f[0] in lastet]
    return sum(f[1] for f in egne), sum(f[2] for f in egne)


def tyngste_side(data):
    """(path, gzip bytes) of the measured page that loads the most of the project's own CSS and JS."""
    sti = max(data["sider"], key=lambda sti: egne_per_side(data, data["sider"][sti])[1])
    return sti, egne_per_side(data, data["sider"][sti])[1]


def sum_(svar, type_=None):
    valgt = [s for s in svar if type_ is None or s[1] == type_]
    return sum(s[2] for s in valgt), sum(s[3] for s in valgt)


def tabell(data):
    """Markdown tables: weight per page against plain Material + 12 KiB, and the project's own files."""
    linjer = [
        "| side | forespørsler | HTML | CSS | JS | JSON | bilder | sum rått | sum gzip | egne JS+CSS rått / gzip | ren Material rått / gzip | budsjett (ren + 12 KiB) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for sti, svar in data["sider"].items():
        raa, gz = sum_(svar)
        deler = [f"{kib(sum_(svar, t)[0])} / {kib(sum_(svar, t)[1])}" for t in ("html", "css", "js", "json", "bilde")]
        ren = data["ren"].get(sti)
        if ren:
            rr, rg = sum_(ren)
            ok = gz <= rg + BUDSJETT_EGNE
            ref = f"{kib(rr)} / {kib(rg)}"
            diff = {t: sum_(svar, t)[1] - sum_(ren, t)[1] for t in ("html", "css", "js", "json")}
            dom = (
                f"{'ja' if ok else '**NEI**'}: {forskjell(raa - rr)} rått, {forskjell(gz - rg)} gzip "
                f"(CSS+JS {forskjell(diff['css'] + diff['js'])}, JSON {forskjell(diff['json'])}, HTML {forskjell(diff['html'])})"
            )
        else:
            ref, dom = "–", "–"
        egne = egne_per_side(data, svar)
        linjer.append(
            f"| {sidenavn(sti)} | {len(svar)} | {' | '.join(deler)} | {kib(raa)} | {kib(gz)} | "
            f"{kib(egne[0])} / {kib(egne[1])} | {ref} | {dom} |"
        )
    linjer += [
        "",
        "| egen fil | rått | gzip -9 | lastes ved første visning |",
        "| --- | ---: | ---: | --- |",
    ]
    for sti, raa, gz, lastet in data["egne"]:
        linjer.append(f"| `{sti}` | {kib(raa)} | {kib(gz)} | {'ja' if lastet else 'nei (ingen av de målte sidene laster den)'} |")
    alle = (sum(f[1] for f in data["egne"]), sum(f[2] for f in data["egne"]))
    linjer.append(f"| sum av alle egne filer i nettstedet | {kib(alle[0])} | {kib(alle[1])} | (ingen side laster alle) |")
    if data["sider"]:
        tyngste, gz = tyngste_side(data)
        ok = gz <= BUDSJETT_EGNE
        linjer.append(
            f"| **egne JS+CSS ved første visning, tyngste side ({sidenavn(tyngste)})** | | **{kib(gz)}** | "
            f"budsjett 12.0: {'ja' if ok else '**NEI**'} |"
        )
    return "\n".join(linjer)


def detaljer(data, sti):
    """Every response of one page, largest first (for finding what makes a page heavy)."""
    return "\n".join(
        f"{raa:>9} {gz:>8}  {type_:5} {url}" for url, type_, raa, gz in sorted(data["sider"][sti], key=lambda s: -s[2])
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bare-sider", default="", help="kommaseparert, f.eks. index,personvern")
    parser.add_argument("--detaljer", action="store_true", help="alle forespørslene for hver side")
    args = parser.parse_args()
    data = maale([s for s in args.bare_sider.split(",") if s])
    print("KiB (1 KiB = 1024 byte); cellene er rått / gzip -9\n")
    print(tabell(data))
    if args.detaljer:
        for sti in data["sider"]:
            print(f"\n{sidenavn(sti)}: rått gzip type url\n{detaljer(data, sti)}")
