"""Builds the site with Zensical (run by scripts/zensical inside .venv-zensical/; the project folder is the
current folder). Zensical reads mkdocs.yml, runs the macros and the templates, but runs no hooks and copies
every file in theme.custom_dir. This script does what has a place outside the hooks, and says in Norwegian
what the Zensical build lacks, instead of dropping it silently (UTVIKLING.md, «Zensical»):

- writes docs/assets/stylesheets/virksomhet.css from extra.virksomhet.primaerfarge (hooks/virksomhet.py
  makes it under MkDocs; the committed copy is checked against mkdocs.yml by tests/test_zensical.py);
- stops an offline build (OFFLINE=true): Zensical would point search at unpkg.com, another host;
- names what every other hook in mkdocs.yml does that this build does not get;
- removes the Python files Zensical copied from overrides/ into the site (MkDocs leaves them out).
"""

import argparse
import importlib.util
import subprocess
import sys
from pathlib import Path

from zensical.config import parse_mkdocs_config

# What each hook in mkdocs.yml does that Zensical (0.0.73) has no place for yet, and what the reader gets.
MANGLER = {
    "hooks/norsk_soek.py": "søket finner ikke bøyde former av norske ord («sanntiden», «profilene»): Zensical har "
    "sitt eget søk og ingen måte å utvide det på",
    "hooks/bunter.py": "egen CSS og JS lastes som separate filer, uminifisert og uten hash i navnet (nginx kan ikke "
    "bufre dem i et år); Zensical kan ikke samle dem",
    "hooks/uten_palett.py": "Materials palettstilark (12 KiB, ingen regel i det gjelder sidene) lastes før første "
    "visning",
    "overrides/verktoey/kopier-lenke/knapper.py": "«Kopier lenke»-knappene står ikke i HTML-en; kopier-lenke.js "
    "legger dem til når siden vises (en lang overskrift kan da flytte innholdet litt)",
    "hooks/serve_feil.py": "under «zensical serve» vises en feil i bygget bare i terminalen, ikke i nettleseren",
}
# Hooks whose work has a place both engines honour (see the hook's docstring).
IVARETATT = {"hooks/virksomhet.py", "hooks/offline.py"}


def merk(tekst):
    print(f"MERK (Zensical): {tekst}", flush=True)


def skriv_virksomhetsfarge(rot, conf):
    """docs/assets/stylesheets/virksomhet.css from the settings, with hooks/virksomhet.py's own stilark()."""
    spec = importlib.util.spec_from_file_location("virksomhet_hook", rot / "hooks" / "virksomhet.py")
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    fil = rot / conf["docs_dir"] / hook.STILARK
    tekst = hook.stilark(conf["extra"]["virksomhet"]["primaerfarge"])
    if not fil.is_file() or fil.read_text(encoding="utf-8") != tekst:
        fil.write_text(tekst, encoding="utf-8")
        merk(f"{fil.relative_to(rot)} er skrevet på nytt fra extra.virksomhet.primaerfarge; legg endringen inn i git.")


def fjern_kildefiler(site):
    """The Python files and the tools' READMEs Zensical copies from overrides/ (MkDocs leaves them out)."""
    filer = sorted([*site.rglob("*.py"), *site.glob("verktoey/*/README.md")])
    for fil in filer:
        fil.unlink()
    if filer:
        merk(f"fjernet {len(filer)} Python- og README-filer som Zensical kopierte fra overrides/ til nettstedet.")


def main():
    valg = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    valg.add_argument("-f", "--config-file", default="mkdocs.yml")
    valg.add_argument("-c", "--clean", action="store_true", help="kaldt bygg: tøm Zensicals hurtigbuffer først")
    args = valg.parse_args()
    rot = Path(args.config_file).resolve().parent
    conf = parse_mkdocs_config(str(Path(args.config_file).resolve()))
    if conf["plugins"].get("offline", {}).get("config", {}).get("enabled"):
        sys.exit(
            "Zensical kan ikke bygge offline-pakken: søket ville hente iframe-worker fra unpkg.com (en annen vert), "
            "og rask navigasjon virker ikke fra disk. Bygg den med ./scripts/offline-pakke (MkDocs)."
        )
    for hook in conf.get("hooks") or []:
        if hook not in IVARETATT:
            merk(f"{hook} kjøres ikke: " + MANGLER.get(hook, "det den gjør, mangler i dette bygget") + ".")
    skriv_virksomhetsfarge(rot, conf)
    kommando = [sys.executable, "-m", "zensical", "build", "--config-file", args.config_file]
    # strict: true in mkdocs.yml: a broken link or anchor stops the build, as under MkDocs.
    kommando += ["--strict"] * bool(conf.get("strict")) + ["--clean"] * args.clean
    bygg = subprocess.run(kommando, cwd=rot)
    if bygg.returncode != 0:
        sys.exit(bygg.returncode)
    fjern_kildefiler(rot / conf["site_dir"])


if __name__ == "__main__":
    main()
