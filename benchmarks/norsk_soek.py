"""Does search find what Norwegian readers type, how fast, and what does it cost? This site against plain
Material with the same text, in the same run.

1. Hit rate: every query in tests/data/soekespoerringer.yml (inflected forms, verbs, compound parts,
   synonyms, two words, one-letter typos) typed into the search box of this site and of its plain-Material
   twin (bibliotek.ren_tvilling), one after the other; recall@1 and recall@3 per class (is the page the
   query must find first, or among the first three?).
2. At 1 000 pages (bibliotek.lag, both twins): the search index and the search worker, raw and gzip (both
   are downloaded at a page's first view), the time from opening the front page until search first answers
   (the worker's start), and the time from the last key to the results shown (for one query of each class,
   and for two words both find on the same pages), this site and plain Material taking turns, round by
   round and query by query (the machine is shared: single figures are noisy, the
   medians over rounds are what to read).

Usage: python benchmarks/norsk_soek.py [--uten-bibliotek] [--runder N] [--vis-bommer]
"""

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

import bibliotek  # noqa: E402
import yaml
from felles import CHROMIUM, CHROMIUM_FLAGG, ROT, bygg, gzip9, kib, median, sider, start_server

from utvikling.soek import soek

SPOERRINGER = ROT / "tests" / "data" / "soekespoerringer.yml"
ARBEIDER = re.compile(r'"search": "((?:\.\./)*assets/javascripts/workers/[^"]+)"')
# Queries for the latency at 1 000 pages: one of each class.
TIDSSPORRINGER = ["svartiden", "segmentere", "politikk", "annonsering", "foreløpig svar", "persnvern"]
# Words both searches find on the same pages: what our search costs when it shows as many results as plain
# Material (all but «foreløpig svar» above find 121 pages here and none in plain Material).
KONTROLL = ["sanntid", "personvern"]
# What a reader of plain Material must type to see the page each query above must find: the text's own
# word. Ours with the reader's words against plain Material with these is the same work (showing the same
# pages), and the time until the reader sees the page; against plain Material's «Ingen treff» it is not:
# Material itself takes several times as long to show results as to show none (printed: the control
# words against the queries above, in plain Material).
TEKSTENS_ORD = {
    "svartiden": "svartid",
    "segmentere": "segmentering",
    "politikk": "kommunikasjonspolitikk",
    "annonsering": "betalt kommunikasjon",
    "foreløpig svar": "foreløpig svar",
    "persnvern": "personvern",
}

# Time from the last key (a real key press, seen at keydown) to the last change of the result list.
VAKT = """felt => {
    const input = document.querySelector(felt);
    const maaling = (window.smMaaling = { start: 0, endret: 0 });
    input.addEventListener("keydown", () => { maaling.start = performance.now(); }, { once: true, capture: true });
    maaling.vakt = new MutationObserver(() => { maaling.endret = performance.now(); });
    maaling.vakt.observe(document.querySelector(".md-search-result"), { childList: true, subtree: true, characterData: true });
}"""
# Done when the list has not changed for 400 ms.
VENT = """async () => {
    const maaling = window.smMaaling;
    const frist = performance.now() + 15000;
    while (performance.now() < frist && !(maaling.endret > maaling.start && performance.now() - maaling.endret > 400)) {
        await new Promise((ferdig) => setTimeout(ferdig, 25));
    }
    maaling.vakt.disconnect();
    return maaling.endret > maaling.start ? maaling.endret - maaling.start : NaN;
}"""


def spoerringer():
    with open(SPOERRINGER, encoding="utf-8") as f:
        return yaml.safe_load(f)


def plass(treff, side):
    """1-based place of `side` among the result pages (a page's sections count once), or None."""
    sider_ = list(dict.fromkeys(treff))
    sti = "/" + side
    return sider_.index(sti) + 1 if sti in sider_ else None


def treffrate(nettleser, adresser, vis_bommer):
    """{class: {twin: [places]}} for every query, the twins taking turns."""
    sider_ = {navn: nettleser.new_page() for navn in adresser}
    for navn, side in sider_.items():
        side.goto(adresser[navn], wait_until="networkidle")
    ut = {}
    for klasse, sett in spoerringer().items():
        ut[klasse] = {navn: [] for navn in adresser}
        for sporring, side in sett.items():
            for navn, fane in sider_.items():
                treff = soek(fane, sporring)
                p = plass(treff, side)
                ut[klasse][navn].append(p)
                if vis_bommer and (p is None or p > 1):
                    print(f"  {navn:6} {klasse:14} {sporring!r:28} -> {side or '(forsiden)'}: plass {p}, først {treff[:3]}")
    for side in sider_.values():
        side.close()
    return ut


def andel(plasser, k):
    return sum(1 for p in plasser if p and p <= k) / len(plasser)


def skriv_treffrate(ut):
    print(f"\n{'klasse':16}{'antall':>7}{'vårt @1':>10}{'vårt @3':>10}{'Material @1':>13}{'Material @3':>13}")
    alle = {"vårt": [], "ren": []}
    for klasse, tall in ut.items():
        for navn in alle:
            alle[navn] += tall[navn]
        rad = [andel(tall["vårt"], 1), andel(tall["vårt"], 3), andel(tall["ren"], 1), andel(tall["ren"], 3)]
        print(f"{klasse:16}{len(tall['vårt']):>7}" + "".join(f"{v:>{b}.0%}" for v, b in zip(rad, (10, 10, 13, 13), strict=True)))
    rad = [andel(alle["vårt"], 1), andel(alle["vårt"], 3), andel(alle["ren"], 1), andel(alle["ren"], 3)]
    print(f"{'alle':16}{len(alle['vårt']):>7}" + "".join(f"{v:>{b}.0%}" for v, b in zip(rad, (10, 10, 13, 13), strict=True)))


def vekt(site):
    """(index bytes, worker bytes) of a built site."""
    indeks = (site / "search" / "search_index.json").read_bytes()
    arbeider = (site / ARBEIDER.search((site / "index.html").read_text(encoding="utf-8")).group(1)).read_bytes()
    return indeks, arbeider


def skriv_vekt(sites):
    print(f"\n{'1 000 sider':14}{'indeks rått':>14}{'indeks gzip':>14}{'arbeider gzip':>15}{'sum gzip':>11}  (KiB)")
    for navn, site in sites.items():
        indeks, arbeider = vekt(site)
        print(f"{navn:14}{kib(len(indeks)):>14}{kib(gzip9(indeks)):>14}{kib(gzip9(arbeider)):>15}{kib(gzip9(indeks) + gzip9(arbeider)):>11}")


def klar(side, tidsfrist=60.0):
    """Waits until the page's search answers (the worker has built its index)."""
    slutt = time.monotonic() + tidsfrist
    while time.monotonic() < slutt:
        try:
            if soek(side, "sanntid", tidsfrist=10):
                return
        except AssertionError:
            pass
    raise SystemExit("søket ble ikke klart")


def ventetid(nettleser, adresser, runder):
    """({twin: [ms]}: last key to results shown, the twins taking turns query by query;
    {twin: [s]}: from opening the front page until search first answers, the worker's indexing included,
    once per round, the twins taking turns)."""
    sider_, oppstart = {}, {navn: [] for navn in adresser}
    for _ in range(runder):
        for navn, adresse in adresser.items():
            if navn in sider_:
                sider_[navn].close()
            side = nettleser.new_page()
            start = time.monotonic()
            side.goto(adresse, wait_until="networkidle")
            klar(side)
            oppstart[navn].append(time.monotonic() - start)
            sider_[navn] = side
    alle = list(dict.fromkeys(TIDSSPORRINGER + KONTROLL + list(TEKSTENS_ORD.values())))
    ut = {navn: {sporring: [] for sporring in alle} for navn in adresser}
    for _ in range(runder):
        for sporring in alle:
            for navn, side in sider_.items():
                if navn == "vårt" and sporring not in TIDSSPORRINGER + KONTROLL:
                    continue
                felt = side.locator("input.md-search__input")
                felt.fill("")
                felt.press_sequentially(sporring[:-1], delay=20)
                time.sleep(0.8)
                side.evaluate(VAKT, "input.md-search__input")
                felt.press(sporring[-1])
                ut[navn][sporring].append(side.evaluate(VENT))
    for side in sider_.values():
        side.close()
    return ut, oppstart


def bygg_bibliotek(tmp, antall):
    """{twin: site} for the library of `antall` pages, this site's and plain Material's."""
    virker, _ = bibliotek.virkende_makroer()
    sites = {}
    for navn, ren in (("vårt", False), ("ren", True)):
        konfig = bibliotek.lag(tmp / f"bib-{navn}", antall, ren=ren, virker=virker)
        resultat = bibliotek.bygg_prosjekt(konfig, tmp / f"bib-{navn}-site")
        if resultat.returncode:
            raise SystemExit(resultat.stderr[-3000:])
        sites[navn] = tmp / f"bib-{navn}-site"
    return sites


def kjoer(site=None, ferdige_bibliotek=None, runder=3, uten_bibliotek=False, bare_bibliotek=False, vis_bommer=False):
    """Both measurements, printed (benchmarks/alle.py keeps what is printed for resultater.md)."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp_, sync_playwright() as p:
        tmp = Path(tmp_)
        if site is None and not bare_bibliotek:
            site = tmp / "site"
            resultat = bygg(site)
            if resultat.returncode:
                raise SystemExit(resultat.stderr)
        nettleser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGG)
        if not bare_bibliotek:
            ren = bibliotek.ren_tvilling(tmp, site, sider(site))
            servere = {"vårt": start_server(site), "ren": start_server(ren)}
            adresser = {navn: f"http://127.0.0.1:{s.server_port}/" for navn, s in servere.items()}
            skriv_treffrate(treffrate(nettleser, adresser, vis_bommer))
            for s in servere.values():
                s.shutdown()
        if not uten_bibliotek:
            sites = dict(zip(("vårt", "ren"), ferdige_bibliotek, strict=True)) if ferdige_bibliotek else bygg_bibliotek(tmp, 1000)
            skriv_vekt(sites)
            servere = {navn: start_server(s) for navn, s in sites.items()}
            adresser = {navn: f"http://127.0.0.1:{s.server_port}/" for navn, s in servere.items()}
            tider, oppstart = ventetid(nettleser, adresser, runder)
            print(f"\nFra forsiden åpnes til søket svarer første gang, 1 000 sider (median av {runder} runder): "
                  + ", ".join(f"{n} {median(t):.1f} s" for n, t in oppstart.items()))
            print(f"\nSiste tast til treff vist, 1 000 sider, ms (median av {runder} runder per spørring):")
            print(f"  {'':18}" + "".join(f"{navn:>8}" for navn in tider))
            for sporring in TIDSSPORRINGER:
                print(f"  {sporring:18}" + "".join(f"{median(t[sporring]):8.0f}" for t in tider.values()))
            alle = {navn: [x for s in TIDSSPORRINGER for x in t[s]] for navn, t in tider.items()}
            print(f"  {'alle (median)':18}" + "".join(f"{median(t):8.0f}" for t in alle.values()))
            print(f"  vårt / ren: {median(alle['vårt']) / median(alle['ren']):.2f}×")
            print("  Kontroll, ord begge finner på de samme sidene:")
            for sporring in KONTROLL:
                print(f"  {sporring:18}" + "".join(f"{median(t[sporring]):8.0f}" for t in tider.values()))
            kontroll = {navn: [x for s in KONTROLL for x in t[s]] for navn, t in tider.items()}
            print(f"  vårt / ren: {median(kontroll['vårt']) / median(kontroll['ren']):.2f}×")
            print(f"  Ren Material selv, treff / «Ingen treff»: {median(kontroll['ren']) / median(alle['ren']):.2f}×")
            print("  De samme sidene vist: vårt med leserens ord, ren med tekstens ord:")
            for sporring, tekstens in TEKSTENS_ORD.items():
                print(f"  {sporring:18}{median(tider['vårt'][sporring]):8.0f}{median(tider['ren'][tekstens]):8.0f}  ({tekstens})")
            samme = [x for s in TEKSTENS_ORD.values() for x in tider["ren"][s]]
            print(f"  vårt / ren: {median(alle['vårt']) / median(samme):.2f}×")
            for s in servere.values():
                s.shutdown()
        nettleser.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--uten-bibliotek", action="store_true", help="bare treffraten, ikke 1 000 sider")
    parser.add_argument("--runder", type=int, default=3, help="runder med ventetidsmåling (standard 3)")
    parser.add_argument("--vis-bommer", action="store_true", help="skriv ut spørringene som ikke gir riktig side først")
    parser.add_argument("--site", type=Path, help="et ferdig bygg av dette nettstedet (ellers bygges det)")
    parser.add_argument("--bibliotek", type=Path, nargs=2, metavar=("VAART", "REN"), help="ferdige bygg av de to bibliotekene på 1 000 sider")
    parser.add_argument("--bare-bibliotek", action="store_true", help="bare målingene ved 1 000 sider")
    args = parser.parse_args()
    kjoer(args.site, args.bibliotek, args.runder, args.uten_bibliotek, args.bare_bibliotek, args.vis_bommer)


if __name__ == "__main__":
    sys.exit(main())
