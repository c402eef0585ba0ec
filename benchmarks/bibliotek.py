"""A synthetic library made of the real pages, for build-time benchmarks; and its plain Material twin.

`lag(maal, antall)` writes a project to `maal`: the real mkdocs.yml, overrides/, macros/, hooks/ and
docs/ (the real site, as it is), and sections of about 50 pages more, up to `antall` pages in all, the way
an agency adds its own pages. A section holds the real topic pages under their own names (so their
relative links work) and numbered copies of them, front matter kept (`render_macros: true` only where a
macro call is left). The originals keep every macro call (kontakt_kommunikasjon,
sjekkliste, the generator …); the copies keep the calls of macros/ (contact advice) and have the tools'
calls replaced by a sentence, so each section has each tool once or twice, not on every sixth page. One page per section ("verktoy.md") calls every other
working macro once. Pages that call a macro covering the whole site (HELE_NETTSTEDET: the topic overview,
the reading path, the whole guidance on one page) are not copied: they stay single pages at the root,
and grow with the library as they would on a real site.

`lag(maal, antall, ren=True)` writes the same Markdown as plain Material: no macros plugin, no hooks,
no project overrides (an empty custom_dir), no extra CSS or JS, every macro call replaced by a sentence.
Everything else (theme features, Markdown extensions, search settings) is inherited from mkdocs.yml, so
a difference in build time is what the project's macros, hooks and overrides cost.

Tool macros are found by reading overrides/verktoey/*/macro.py for functions registered with
@env.macro; one whose trial build fails (a tool still being written) is left out and reported.

Usage: python benchmarks/bibliotek.py ANTALL MAAL [--ren]   (prints the config file to build)
"""

import argparse
import html
import re
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import yaml
from felles import MILJOE, ROT
from mkdocs.utils.yaml import yaml_load

from macros.emner import sider_i_nav

SEKSJON = 50
KONFIG = "bibliotek.yml"
KALL = re.compile(r"\{\{-?\s*(\w+)\s*\((.*?)\)\s*-?\}\}", re.S)
MAKRO = re.compile(r"@env\.macro\s*\n\s*def\s+(\w+)\s*\(([^)]*)\)")
LENKE = re.compile(r"\]\(([^):#\s]+\.md)(#[^)\s]*)?\)")
ERSTATNING = "Her sto et makrokall."
# Macros that list or include the whole navigation; one page per site calls them.
HELE_NETTSTEDET = {"emneoversikt", "lesesti", "hele_veiledningen"}
# What overrides/ adds to a page after its text (the reading mark, the rating, the comment form).
ETTER_TEKSTEN = ('<div class="sm-lesesti sm-lesesti--side"', '<form class="md-feedback"', '<section class="sm-kommentar"')
VERKTOYSKRIPT = re.compile(r'<span data-sm-skript="[^"]*"( data-sm-ved-behov)?></span>')


def ekte_konfig():
    """mkdocs.yml as MkDocs reads it (with !ENV resolved)."""
    with open(ROT / "mkdocs.yml", encoding="utf-8") as f:
        return yaml_load(f)


def nav_sider(nav):
    """(title, file) of the pages in the real nav, in order; a page without a title is named by its file."""
    for tittel, fil in sider_i_nav(nav):
        yield tittel or Path(fil).stem, fil


def makroer(kjerne_bare=False):
    """{name: parameters} of the macros registered with @env.macro in macros/ and overrides/verktoey/
    (in macros/ only, with `kjerne_bare`)."""
    filer = [*(ROT / "macros").glob("*.py")]
    if not kjerne_bare:
        filer += [*(ROT / "overrides" / "verktoey").glob("*/macro.py")]
    funnet = {}
    for fil in sorted(filer):
        for navn, parametre in MAKRO.findall(fil.read_text(encoding="utf-8")):
            funnet[navn] = parametre.strip()
    return funnet


def eksempelkall():
    """{call: macro name}: every distinct call in the real pages, e.g. 'sjekkliste("personvern")', and
    name() for every macro without required parameters that no page calls."""
    kall = {}
    for fil in sorted((ROT / "docs").rglob("*.md")):
        for m in KALL.finditer(fil.read_text(encoding="utf-8")):
            kall.setdefault(f"{m[1]}({m[2].strip()})", m[1])
    brukt = set(kall.values())
    for navn, parametre in makroer().items():
        uten_krav = all("=" in p or p.startswith("*") for p in parametre.split(",") if p.strip())
        if navn not in brukt and uten_krav:
            kall[f"{navn}()"] = navn
    return kall


def front_matter(tekst):
    m = re.match(r"---\n.*?\n---\n", tekst, re.S)
    return m[0] if m else ""


def front_matter_med_makroer():
    """Front matter of the first real page whose macros are rendered (`render_macros: true`)."""
    sider = [(ROT / "docs" / fil).read_text(encoding="utf-8") for _, fil in nav_sider(ekte_konfig()["nav"])]
    return next(front_matter(s) for s in sider if "render_macros: true" in front_matter(s))


def med_samme_innhold(ren_docs, site, stier):
    """Gives the plain-Material twin the real pages' content: each page's Markdown becomes the HTML the real
    build made of it (macros run; the tools' scripts and what the project's templates add after the text
    left out; its headings Markdown again, so plain Material builds its table of contents), so that a page's
    extra weight is the project's machinery, not text a macro wrote."""
    for sti in stier:
        md = ren_docs / ("index.md" if not sti else sti.rstrip("/") + ".md")
        if not md.exists():
            continue
        html = (site / sti / "index.html").read_text(encoding="utf-8")
        artikkel = html[html.index("<article"):html.index("</article>")]
        innhold = artikkel[artikkel.index("<h1"):]
        slutt = min((innhold.find(m) for m in ETTER_TEKSTEN if m in innhold), default=len(innhold))
        innhold = som_markdown_overskrifter(VERKTOYSKRIPT.sub("", innhold[:slutt]))
        front = front_matter(md.read_text(encoding="utf-8"))
        md.write_text(f"{front}\n{innhold}\n", encoding="utf-8")


# What the real build adds to a heading's text: the toc extension's permalink and the copy-link button.
I_OVERSKRIFT = re.compile(r'<a class="headerlink".*?</a>|<button.*?</button>', re.S)
TOMME = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _Overskrifter(HTMLParser):
    """The headings that stand at the top level of a page's HTML: (start, end, level, id, classes, inner HTML)."""

    def __init__(self, tekst):
        super().__init__(convert_charrefs=False)
        self.tekst, self.dybde, self.funnet, self.aapen = tekst, 0, [], None
        self.linjer = [0] + [m.end() for m in re.finditer("\n", tekst)]
        self.feed(tekst)

    def _her(self):
        linje, kolonne = self.getpos()
        return self.linjer[linje - 1] + kolonne

    def handle_starttag(self, tagg, attrs):
        if tagg in TOMME:
            return
        if self.dybde == 0 and re.fullmatch(r"h[1-6]", tagg):
            a = dict(attrs)
            self.aapen = (self._her(), int(tagg[1]), a.get("id"), (a.get("class") or "").split(), self._her() + len(self.get_starttag_text()))
        self.dybde += 1

    def handle_endtag(self, tagg):
        if tagg in TOMME:
            return
        self.dybde -= 1
        if self.dybde == 0 and self.aapen and tagg == f"h{self.aapen[1]}":
            start, nivaa, id_, klasser, inne = self.aapen
            slutt = self._her() + len(f"</{tagg}>")
            self.funnet.append((start, slutt, nivaa, id_, klasser, self.tekst[inne:self._her()]))
            self.aapen = None


def som_markdown_overskrifter(innhold):
    """The page's top-level headings as Markdown headings with their id (attr_list), so plain Material's toc
    extension sees them and builds the same table of contents as the real page has: as raw HTML it saw none,
    and the twin had no table of contents, lighter than plain Material is with the same text. Headings inside
    a tool's HTML stay HTML, as they are in the real page (the toc extension does not see them either)."""
    ut, forrige = [], 0
    for start, slutt, nivaa, id_, klasser, inne in _Overskrifter(innhold).funnet:
        tekst = html.unescape(re.sub(r"<[^>]+>", "", I_OVERSKRIFT.sub("", inne))).strip()
        attributter = " ".join([f"#{id_}"] * bool(id_) + [f".{k}" for k in klasser])
        ut += [innhold[forrige:start], f"\n\n{'#' * nivaa} {tekst}" + (f" {{ {attributter} }}" if attributter else "") + "\n\n"]
        forrige = slutt
    return "".join(ut) + innhold[forrige:]


def ren_tvilling(mappe, site, stier, site_url=None):
    """Builds plain Material with the content of the real build `site` into mappe/ren-site; returns that path.
    `site_url`: the address it will be served from (instant navigation only follows links under it)."""
    mappe = Path(mappe)
    konfig = lag(mappe / "ren", len(list(nav_sider(ekte_konfig()["nav"]))), ren=True, virker=set())
    med_samme_innhold(mappe / "ren" / "docs", site, stier)
    resultat = bygg_prosjekt(konfig, mappe / "ren-site", env={"SITE_URL": site_url} if site_url else None)
    if resultat.returncode:
        raise SystemExit(resultat.stderr)
    return mappe / "ren-site"


def omskriv(tekst, beholdt):
    """The page with each call of a macro not in `beholdt` (all, for plain Material) replaced by text. A page
    left without a macro call loses `render_macros: true` too, as its author would not write it (README)."""
    tekst = KALL.sub(lambda m: m[0] if m[1] in beholdt else ERSTATNING, tekst)
    if not KALL.search(tekst):
        tekst = tekst.replace("\nrender_macros: true\n", "\n", 1)
    return tekst


def flytt_lenker(tekst, naboer):
    """Links from a copy one folder down: to a page not copied alongside it, one level up."""
    return LENKE.sub(lambda m: m[0] if m[1] in naboer else f"](../{m[1]}{m[2] or ''})", tekst)


def kopier_prosjekt(maal, ren):
    maal.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROT / "mkdocs.yml", maal / "mkdocs.yml")
    if ren:
        (maal / "overrides").mkdir(exist_ok=True)
        return
    ignorer = shutil.ignore_patterns("__pycache__")
    for navn in ("overrides", "macros", "hooks"):
        shutil.copytree(ROT / navn, maal / navn, dirs_exist_ok=True, ignore=ignorer)
    # Everything in docs/ that is not a page (stylesheets, scripts, images).
    for fil in (ROT / "docs").rglob("*"):
        if fil.is_file() and fil.suffix != ".md":
            (maal / "docs" / fil.relative_to(ROT / "docs")).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(fil, maal / "docs" / fil.relative_to(ROT / "docs"))


def skriv_konfig(maal, nav, ren):
    konfig = {"INHERIT": "mkdocs.yml", "nav": nav}
    if ren:
        ekte = ekte_konfig()
        soek = [p for p in ekte.get("plugins", []) if p == "search" or (isinstance(p, dict) and "search" in p)]
        konfig.update(theme={"language": "nb"}, plugins=soek or ["search"], hooks=[], extra_css=[], extra_javascript=[])
    (maal / KONFIG).write_text(yaml.safe_dump(konfig, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return maal / KONFIG


def seksjonsstorrelser(resten):
    """Sizes of sections of about SEKSJON pages holding `resten` pages."""
    if resten <= 0:
        return []
    deler = max(1, round(resten / SEKSJON))
    return [resten // deler + (i < resten % deler) for i in range(deler)]


def lag(maal, antall, ren=False, virker=None):
    """Writes the library to `maal`; returns its config file.

    `virker`: the macros that build (virkende_makroer(); found when not given). Both twins get the
    same Markdown; the plain one has every call replaced by a sentence.
    """
    maal = Path(maal)
    ekte = ekte_konfig()
    kilder = list(nav_sider(ekte["nav"]))
    tekster = {fil: (ROT / "docs" / fil).read_text(encoding="utf-8") for _, fil in kilder}
    virker = virkende_makroer()[0] if virker is None else virker
    beholdt = set() if ren else virker
    # Numbered copies keep the calls of the project's own macros (dates, contact) and lose the tools':
    # each section has every tool once or twice, on its originals and its «Verktøy» page.
    kjerne = set(makroer(kjerne_bare=True))
    # Topic pages: those that do not list the whole site. They are what an agency adds more of.
    emner = [(t, f) for t, f in kilder if not {m[1] for m in KALL.finditer(tekster[f])} & HELE_NETTSTEDET]
    naboer = {f for _, f in emner} | {"verktoy.md"}
    i_emner = {m[1] for _, f in emner for m in KALL.finditer(tekster[f])}
    ekstra = [k for k, navn in eksempelkall().items() if navn in virker and navn not in HELE_NETTSTEDET | i_emner]

    kopier_prosjekt(maal, ren)
    docs = maal / "docs"
    for _, fil in kilder:
        (docs / fil).parent.mkdir(parents=True, exist_ok=True)
        (docs / fil).write_text(omskriv(tekster[fil], beholdt), encoding="utf-8")
    nav = [{tittel: fil} for tittel, fil in kilder]
    for nr, stoerrelse in enumerate(seksjonsstorrelser(antall - len(kilder)), 1):
        mappe = docs / f"del-{nr:02d}"
        mappe.mkdir(exist_ok=True)
        punkter = []

        def skriv(navn, tekst, tittel, beholdt=beholdt, mappe=mappe, punkter=punkter):
            (mappe / navn).write_text(omskriv(flytt_lenker(tekst, naboer), beholdt), encoding="utf-8")
            punkter.append({tittel: f"{mappe.name}/{navn}"})

        for tittel, fil in emner:
            skriv(Path(fil).name, tekster[fil], tittel)
        verktoey = front_matter_med_makroer() + "\n# Verktøy\n\n" + "".join(f"## {k.split('(')[0]}\n\n{{{{ {k} }}}}\n\n" for k in ekstra)
        skriv("verktoy.md", verktoey, "Verktøy")
        kopi = 1
        while len(punkter) < stoerrelse:
            i = (len(punkter) - len(emner) - 1) % len(emner)
            kopi += i == 0
            tittel, fil = emner[i]
            skriv(f"{Path(fil).stem}-{kopi}.md", tekster[fil], f"{tittel} {kopi}", beholdt & kjerne)
        nav.append({f"Del {nr}": punkter})
    return skriv_konfig(maal, nav, ren)


def bygg_prosjekt(konfig, site, env=None):
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(konfig), "-d", str(site)],
        cwd=Path(konfig).parent, env={**MILJOE, **(env or {})}, capture_output=True, text=True,
    )


def virkende_makroer():
    """(names of the macros that build, {name: why not} for the others).

    Trial builds of the real site with one extra page calling every example call; if that fails, one
    call at a time. A failing real site is not a benchmark matter: it raises.
    """
    kall = eksempelkall()
    with tempfile.TemporaryDirectory() as tmp:

        def proev(utvalg, navn):
            maal = Path(tmp) / navn
            kopier_prosjekt(maal, ren=False)
            kilder = list(nav_sider(ekte_konfig()["nav"]))
            for _, fil in kilder:
                (maal / "docs" / fil).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(ROT / "docs" / fil, maal / "docs" / fil)
            nav = [{t: f} for t, f in kilder]
            for i, k in enumerate(utvalg):
                tekst = front_matter_med_makroer() + f"\n# Prøve {i}\n\n{{{{ {k} }}}}\n"
                (maal / "docs" / f"prove-{i}.md").write_text(tekst, encoding="utf-8")
                nav.append({f"Prøve {i}": f"prove-{i}.md"})
            resultat = bygg_prosjekt(skriv_konfig(maal, nav, ren=False), maal / "site")
            return resultat.returncode == 0, resultat.stderr

        ok, stderr = proev([], "nettstedet")
        if not ok:
            raise SystemExit(f"det virkelige nettstedet bygger ikke:\n{stderr[-2000:]}")
        # Whole-site macros are tried where the real site calls them, not on a topic page.
        utvalg = {k: n for k, n in kall.items() if n not in HELE_NETTSTEDET}
        ok, _ = proev(list(utvalg), "alle")
        if ok:
            return set(kall.values()), {}
        virker, feil = set(kall.values()) - set(utvalg.values()), {}
        for i, (k, navn) in enumerate(utvalg.items()):
            ok, stderr = proev([k], f"k{i}")
            if ok:
                virker.add(navn)
            else:
                linjer = [linje for linje in stderr.splitlines() if "rror" in linje] or stderr.strip().splitlines() or ["?"]
                feil[navn] = linjer[-1].strip()[-200:]
        # A macro that failed with one of its example calls is left out altogether.
        return virker - set(feil), feil


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("antall", type=int)
    parser.add_argument("maal", type=Path)
    parser.add_argument("--ren", action="store_true", help="plain Material: no macros, hooks or overrides")
    args = parser.parse_args()
    virker, feil = virkende_makroer()
    for navn, grunn in feil.items():
        print(f"utelatt: {navn}(): {grunn}", file=sys.stderr)
    print(lag(args.maal, args.antall, ren=args.ren, virker=virker))
