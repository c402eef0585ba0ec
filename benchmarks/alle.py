"""Runs every performance benchmark and writes benchmarks/resultater.md (and prints it).

    .venv/bin/python benchmarks/alle.py            # everything, ~35 min on 2 cores; writes resultater.md
    .venv/bin/python benchmarks/alle.py --rask    # two pages, one build each, < 6 min; prints only

Needs `npm ci` (Lighthouse) and Chromium at /usr/bin/chromium. Each part can also run on its own:
sidevekt.py, lighthouse.py (--mot-ren: side by side with plain Material), norsk_soek.py, byggetid.py,
ombygging.py.
"""

import argparse
import contextlib
import datetime
import io
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

import byggetid
import lighthouse
import norsk_soek
import ombygging
import sidevekt
from felles import CHROMIUM, ROT, forskjell, kib, sidenavn, versjon

UT = Path(__file__).resolve().parent / "resultater.md"
# The run without compression shows what a server without it gives, and plain Material with the same
# content, served alike, shows what the platform scores on this machine; three pages each (front page, the
# two tool pages) keep the whole run near a quarter of an hour.
UTVALGTE_SIDER = ["index", "personvern", "ansvarsbegrensning"]


def maskin():
    cpu = "?"
    try:
        cpu = next(linje.split(":", 1)[1].strip() for linje in open("/proc/cpuinfo") if linje.startswith("model name"))
    except (OSError, StopIteration):
        pass
    commit = subprocess.run(["git", "-C", str(ROT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    endret = subprocess.run(["git", "-C", str(ROT), "status", "--porcelain"], capture_output=True, text=True).stdout.strip()
    import material
    import mkdocs

    return (
        f"{datetime.date.today().isoformat()}, commit {commit or '?'}{' med lokale endringer' if endret else ''}; "
        f"{os.cpu_count()} kjerner ({cpu}), Python {platform.python_version()}, MkDocs {mkdocs.__version__}, "
        f"Material {material.__version__}, Lighthouse {versjon(str(lighthouse.LIGHTHOUSE), '--version')}, "
        f"{versjon(CHROMIUM, '--version')}"
    )


def budsjetter(vekt, lh, bygg, mot_ren=None):
    """The summary table: every budget, what was measured, met or not."""
    rader = []

    def rad(navn, krav, maalt, ok):
        rader.append(f"| {navn} | {krav} | {maalt} | {'ja' if ok else '**nei**'} |")

    for tittel, res in (("Lighthouse, servert som README sier (drift/nginx.conf)", lh),):
        if not res:
            continue
        for form in ("mobil", "desktop"):
            valgt = {k: v for k, v in res.items() if k[1] == form}
            if not valgt:
                continue
            laveste = {kat: min(v["poeng"][kat] for v in valgt.values()) for kat in lighthouse.KATEGORIER}
            tekst = ", ".join(f"{lighthouse.KORT[k]} {p}" for k, p in laveste.items())
            ren = sorted({p for v in (mot_ren or {}).values() for p in v["ren"]["runder"]}) if form == "mobil" else []
            if ren:
                tekst += f" (ren Material, samme innhold og server: ytelse {ren[0]}–{ren[-1]})"
            rad(f"{tittel}, {form}", "100 i alle fire på hver side", f"laveste: {tekst}", all(p == 100 for p in laveste.values()))
    for server in lighthouse.SERVERE:
        sider_ = {sti: v for (s, sti), v in (mot_ren or {}).items() if s == server}
        if not sider_:
            continue
        brudd = {sti: lighthouse.brudd(v["ekte"], v["ren"]) for sti, v in sider_.items()}
        mangler = [f"{sidenavn(sti)} ({', '.join(b)})" for sti, b in brudd.items() if b]
        rad(
            f"Lighthouse side om side med ren Material, {lighthouse.SERVERE[server]}, mobil",
            f"LCP ≤ ren, TBT ≤ ren + {lighthouse.TBT_SLINGRING} ms, CLS 0, ytelse ≥ ren, de tre andre 100",
            f"holder på {len(sider_) - len(mangler)} av {len(sider_)} sider" + (f"; brudd: {'; '.join(mangler)}" if mangler else ""),
            not mangler,
        )
    if vekt:
        tyngste, lastet = sidevekt.tyngste_side(vekt)
        rad(
            "Egen JS + CSS ved første visning (gzip -9)",
            "≤ 12.0 KiB på hver side",
            f"tyngste side {sidenavn(tyngste)}: {kib(lastet)} KiB",
            lastet <= sidevekt.BUDSJETT_EGNE,
        )
        verst = None
        for sti, svar in vekt["sider"].items():
            ren = vekt["ren"].get(sti)
            if ren:
                over = sidevekt.sum_(svar)[1] - sidevekt.sum_(ren)[1]
                over_raa = sidevekt.sum_(svar)[0] - sidevekt.sum_(ren)[0]
                if verst is None or over > verst[1]:
                    verst = (sti, over, over_raa)
        if verst:
            ok = verst[1] <= sidevekt.BUDSJETT_EGNE
            rad(
                "Tyngste side mot ren Material",
                "≤ ren Material med samme innhold + 12 KiB (gzip)",
                f"{sidenavn(verst[0])}: {forskjell(verst[1])} KiB gzip, {forskjell(verst[2])} KiB rått",
                ok,
            )
    s = bygg["storrelser"] if bygg else {}
    if 500 in s and 1000 in s:
        vekst = s[1000]["ekte"]["mkdocs"] / s[500]["ekte"]["mkdocs"]
        rad("Byggetid 1 000 / 500 sider", f"≤ {byggetid.BUDSJETT_VEKST}×", f"{vekst:.2f}× ({s[500]['ekte']['mkdocs']:.1f} s → {s[1000]['ekte']['mkdocs']:.1f} s)", vekst <= byggetid.BUDSJETT_VEKST)
    if s:
        n = max(s)
        # Against plain Material with the same text: the tools' text is content, not the project's machinery.
        filer = {"ekte": s[n]["ekte"]["filer"], "ren": s[n].get("samme", s[n]["ren"])["filer"]}
        deler = [navn for navn in byggetid.MAALTE if navn.startswith(("søkeindeksen", "en vanlig side"))]
        if all(navn in filer[v] for v in filer for navn in deler):
            gz = {v: sum(filer[v][navn][1] for navn in deler) for v in filer}
            raa = {v: sum(filer[v][navn][0] for navn in deler) for v in filer}
            over, over_raa = gz["ekte"] - gz["ren"], raa["ekte"] - raa["ren"]
            rad(
                f"Vanlig side + søkeindeks ved {s[n]['sider']} sider, mot ren Material med samme tekst",
                "≤ ren Material + 12 KiB (gzip)",
                f"{forskjell(over)} KiB gzip, {forskjell(over_raa)} KiB rått ({kib(gz['ekte'])} mot {kib(gz['ren'])} KiB gzip)",
                over <= sidevekt.BUDSJETT_EGNE,
            )
    if 1000 in s:
        mot = s[1000]["ekte"]["mkdocs"] / s[1000]["ren"]["mkdocs"]
        rad("Byggetid ekte / ren Material, 1 000 sider", f"≤ {byggetid.BUDSJETT_MOT_REN}×", f"{mot:.2f}× ({s[1000]['ekte']['mkdocs']:.1f} s mot {s[1000]['ren']['mkdocs']:.1f} s)", mot <= byggetid.BUDSJETT_MOT_REN)
    return "\n".join(["| budsjett | krav | målt | oppfylt |", "| --- | --- | --- | --- |", *rader])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rask", action="store_true", help="to sider, én kjøring, uten gzip-variant; skriver ikke fila")
    parser.add_argument("--bare-sider", default="", help="kommaseparert, f.eks. index,personvern")
    parser.add_argument("--kjoringer", type=int, help="bygg per størrelse (standard 3, --rask 1)")
    parser.add_argument("--uten-lighthouse", action="store_true")
    parser.add_argument("--uten-bygg", action="store_true", help="hopp over byggetid og ombygging")
    parser.add_argument("--uten-soek", action="store_true", help="hopp over søket (treffrate og ventetid ved 1 000 sider)")
    parser.add_argument("--ut", type=Path, help=f"skriv tabellen hit (standard {UT.relative_to(ROT)} ved full kjøring)")
    args = parser.parse_args()
    bare = [s for s in args.bare_sider.split(",") if s] or (["index", "personvern"] if args.rask else [])
    kjoringer = args.kjoringer or (1 if args.rask else 3)
    ut = args.ut or (None if args.rask or bare or args.uten_lighthouse or args.uten_bygg or args.uten_soek else UT)

    start = time.monotonic()

    def steg(navn):
        print(f"[{time.monotonic() - start:5.0f} s] {navn}", file=sys.stderr)

    steg("sidevekt")
    vekt = sidevekt.maale(bare)
    lh = lh_ukomprimert = mot_ren = soek = None
    if not args.uten_lighthouse:
        steg("Lighthouse, nginx (drift/nginx.conf)")
        en = dict.fromkeys(lighthouse.FORMER, 1)
        lh = lighthouse.maale(bare, server="nginx", runder=en if args.rask else None)
        if not args.rask:
            steg("Lighthouse side om side med ren Material med samme innhold (mobil, begge servere)")
            mot_ren = lighthouse.side_om_side(bare or UTVALGTE_SIDER)
            steg("Lighthouse, uten komprimering (mobil)")
            lh_ukomprimert = lighthouse.maale(bare or UTVALGTE_SIDER, server="enkel", former=("mobil",), runder=en)
    bygg = omb = None
    if not args.uten_bygg:
        steg("byggetid")
        bygg = byggetid.maale(kjoringer=kjoringer)
        steg("ombygging")
        omb = ombygging.maale(1000, kjoringer=1 if args.rask else 2)
    if not args.uten_soek and not args.rask:
        steg("søk: treffrate og ventetid ved 1 000 sider")
        utskrift = io.StringIO()
        with contextlib.redirect_stdout(utskrift):
            norsk_soek.kjoer()
        soek = utskrift.getvalue().strip("\n")
    steg("ferdig")

    deler = [
        "# Ytelse: målinger",
        "",
        f"Skrevet av `benchmarks/alle.py` {maskin()}. Kjøretid {time.monotonic() - start:.0f} s.",
        "Se benchmarks/README.md for hvordan det måles og hva som skal til der et budsjett ikke holder.",
        "",
        "## Budsjetter",
        "",
        budsjetter(vekt, lh, bygg, mot_ren),
        "",
        "## Vekt ved første visning",
        "",
        "KiB (1 KiB = 1024 byte). Cellene er rått / gzip -9. «ren Material» er det samme innholdet (HTML-en det",
        "ekte bygget lagde av hver sides tekst) bygget uten makroer, kroker, maloverstyringer og egen CSS/JS, med",
        "resten av mkdocs.yml likt (søk på norsk, `font: false`). Budsjettet gjelder det som overføres (gzip).",
        "",
        sidevekt.tabell(vekt),
    ]
    if lh:
        deler += ["", "## Lighthouse, servert med drift/nginx.conf (under understi, gzip, CSP)", "", lighthouse.tabell(lh)]
    if mot_ren:
        deler += [
            "", f"## Lighthouse side om side med ren Material med samme innhold (issue 17; runder om hverandre, median av {lighthouse.RUNDER_MOT_REN})",
            "", lighthouse.tabell_mot_ren(mot_ren),
        ]
    if lh_ukomprimert:
        deler += [
            "", "## Lighthouse uten komprimering, mobil (utvalgte sider; ikke budsjett, viser hvorfor gzip må være på)",
            "", lighthouse.tabell(lh_ukomprimert),
        ]
    if soek:
        deler += ["", "## Søk på norsk mot ren Material med samme tekst (`norsk_soek.py`)", "", "```text", soek, "```"]
    if bygg:
        deler += ["", f"## Byggetid (median av {kjoringer}, MkDocs' egen «Documentation built in»)", "", byggetid.tabell(bygg)]
    if omb:
        deler += ["", "## Ombygging under `mkdocs serve`", "", ombygging.tabell(omb)]
    tekst = "\n".join(deler) + "\n"
    if ut:
        ut.write_text(tekst, encoding="utf-8")
        print(f"skrev {ut}", file=sys.stderr)
    print(tekst)


if __name__ == "__main__":
    main()
