"""The overview of topics: each guidance page's title and its meta description, in navigation order.

Guidance pages (topics) are the pages at the top level of the nav whose front matter has a `publisert`
date; service pages (Kontakt, reading path, …) have none and are left out. Pages an agency adds in nav
sections of their own are not topics: the overview, the reading path and the whole guidance stay the
guidance's own, and no page has to list a library of a thousand pages.

Also the topics as the reading path (overrides/verktoey/lesesti) and the whole guidance on one page
(overrides/verktoey/hele-veiledningen) both read them: `emner(conf)`, each with its reading time.
"""

import math
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path

from pymdownx.slugs import slugify

from . import front_matter
from .feil import Innholdsfeil
from .verktoey import kildefil


def punkter(nav):
    """(title, path, children) of each entry at one level of the nav, as either engine hands it over:
    MkDocs as written in mkdocs.yml ({title: path or list} or a path), Zensical as
    {"title", "url", "children", …} (path None for a section)."""
    for punkt in nav or []:
        if isinstance(punkt, dict) and {"title", "url", "children"} <= punkt.keys():
            yield punkt["title"], punkt["url"], punkt["children"]
        elif isinstance(punkt, dict):
            for tittel, innhold in punkt.items():
                yield (tittel, None, innhold) if isinstance(innhold, list) else (tittel, innhold, [])
        else:
            yield None, punkt, []


def sider_i_nav(nav):
    """(title, path) of every page in the nav, depth first."""
    for tittel, sti, barn in punkter(nav):
        if sti is not None:
            yield tittel, sti
        yield from sider_i_nav(barn)


def sider_oeverst(nav):
    """(title, path) of the pages at the top level of the nav, in order (sections skipped)."""
    for tittel, sti, _ in punkter(nav):
        if sti is not None:
            yield tittel, sti


def del_opp(tekst, fil="docs"):
    """(Markdown without front matter, front matter as a dict), read by the one rule the build checks every
    page with when it starts (macros/front_matter.py), so both engines read a page alike (dates as date objects)."""
    meta, kropp = front_matter.les(fil, tekst)
    return kropp.lstrip("\n"), meta


def les_side(docs_dir, sti):
    fil = Path(docs_dir) / sti
    if not fil.is_file():
        raise Innholdsfeil("mkdocs.yml", f"nav peker på {sti}, men fila finnes ikke i docs/")
    return fil.read_text(encoding="utf-8")


def emnesider(conf):
    """(title, path, Markdown as written, front matter) of every topic, in nav order: the one rule for what a
    topic is (the module's docstring), used by the overview, the reading path and the whole guidance.
    overrides/verktoey/lesesti/merke.html and overrides/partials/content.html say it again in Jinja, because
    a theme template cannot call a macro: tests/test_lesesti.py checks that they pick the same pages."""
    for tittel, sti in sider_oeverst(conf["nav"]):
        if "://" in sti:
            continue
        raa = les_side(conf["docs_dir"], sti)
        meta = del_opp(raa, f"docs/{sti}")[1]
        if "publisert" in meta:
            yield tittel, sti, raa, meta


def beskrivelse(sti, meta):
    tekst = meta.get("description")
    if not isinstance(tekst, str) or not tekst.strip():
        raise Innholdsfeil(f"docs/{sti}", "front matter mangler «description» (brukes i emneoversikten og som metabeskrivelse)")
    return tekst.strip()


def registrer(env):
    @env.macro
    def emneoversikt():
        """Cards linking every other topic, with its description as the summary."""
        her = kildefil(env.page)
        kort = []
        for tittel, sti, _, meta in emnesider(env.conf):
            # The overview itself (the home page) is no topic, also where "Hele veiledningen" repeats it.
            if sti in (her, "index.md"):
                continue
            lenke = posixpath.relpath(sti, posixpath.dirname(her) or ".")
            kort.append(f"-   [**{tittel}**]({lenke})\n\n    {beskrivelse(sti, meta)}\n")
        return '<div class="grid cards sm-emner" markdown data-search-exclude>\n\n' + "\n".join(kort) + "\n</div>"


# ---- the topics with their reading time (the reading path, the whole guidance) ----------------------

# Instructional Norwegian text, read with care: 200 words a minute.
ORD_PER_MINUTT = 200

_slug = slugify(case="lower")

JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
ATTRLISTE = re.compile(r"\{:?[ \t]*[.#][^}\n]*\}")
HTML_KOMMENTAR = re.compile(r"<!--.*?-->", re.S)
TAGG = re.compile(r"<[^>]+>")
BILDE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
LENKE_I_TEKST = re.compile(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\[[^\]]*\]")
FOTNOTEREF = re.compile(r"\[\^[^\]\s]+\]:?")
REFERANSE = re.compile(r"^[ \t]*\[[^\]^]+\]:[ \t]*\S+.*$", re.M)
ORD = re.compile(r"\w+(?:[-'’.]\w+)*")


def ren_tekst(markdown):
    """The words a reader reads: front matter, Jinja, HTML and Markdown markup taken out."""
    tekst, _ = del_opp(markdown)
    tekst = JINJA.sub(" ", tekst)
    tekst = ATTRLISTE.sub(" ", tekst)
    tekst = HTML_KOMMENTAR.sub(" ", tekst)
    tekst = TAGG.sub(" ", tekst)
    tekst = BILDE.sub(" ", tekst)
    tekst = REFERANSE.sub(" ", tekst)
    tekst = FOTNOTEREF.sub(" ", tekst)
    tekst = LENKE_I_TEKST.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), tekst)
    return tekst


def antall_ord(markdown):
    return len(ORD.findall(ren_tekst(markdown)))


def minutter(ord_):
    """Whole minutes, rounded up, at least one."""
    return max(1, math.ceil(ord_ / ORD_PER_MINUTT))


def lesetid_tekst(antall):
    return f"ca. {antall} min"


@dataclass
class Emne:
    tittel: str
    sti: str  # relative to docs_dir, e.g. "sanntid.md"
    url: str  # relative to the site root, e.g. "sanntid/" ("" for the front page)
    id: str  # slug of the title: the topic's anchor on the whole-guidance page
    beskrivelse: str
    meta: dict
    tekst: str  # Markdown without front matter
    minutter: int
    # The topic page's own heading anchors -> their anchors on the whole-guidance page.
    ankere: dict = field(default_factory=dict)


def side_url(conf, sti):
    """The page's address below the site root as templates know it (page.url): "" for the front page."""
    rot, _ = posixpath.splitext(sti)
    if not conf.get("use_directory_urls", True):
        return rot + ".html"
    mappe = posixpath.dirname(rot) if posixpath.basename(rot) in ("index", "README") else rot
    return mappe + "/" if mappe else ""


def emner(conf):
    """The topics of the reading path, in nav order."""
    liste = []
    for tittel, sti, raa, meta in emnesider(conf):
        tekst = del_opp(raa)[0]
        tittel = tittel or meta.get("title") or Path(sti).stem
        liste.append(
            Emne(
                tittel=tittel,
                sti=sti,
                url=side_url(conf, sti),
                id=_slug(tittel, "-"),
                beskrivelse=str(meta.get("description") or "").strip(),
                meta=meta,
                tekst=tekst,
                minutter=minutter(antall_ord(raa)),
            )
        )
    return liste
