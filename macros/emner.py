"""The overview of topics: each guidance page's title and its meta description, in navigation order.

Guidance pages (topics) are the pages at the top level of the nav whose front matter has a `publisert`
date; service pages (Kontakt, reading path, …) have none and are left out. Pages an agency adds in nav
sections of their own are not topics: the overview, the reading path and the whole guidance stay the
guidance's own, and no page has to list a library of a thousand pages.
"""

import posixpath
from pathlib import Path

from . import sider
from .feil import Innholdsfeil
from .widgets import kildefil


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
    page with when it starts (macros/sider.py), so both engines read a page alike (dates as date objects)."""
    meta, kropp = sider.front_matter(fil, tekst)
    return kropp.lstrip("\n"), meta


def les_side(docs_dir, sti):
    fil = Path(docs_dir) / sti
    if not fil.is_file():
        raise Innholdsfeil("mkdocs.yml", f"nav peker på {sti}, men fila finnes ikke i docs/")
    return fil.read_text(encoding="utf-8")


def emnesider(conf):
    """(title, path, Markdown as written, front matter) of every topic, in nav order: the one rule for what a
    topic is (the module's docstring), used by the overview, the reading path and the whole guidance.
    overrides/widgets/lesesti/merke.html and overrides/partials/content.html say it again in Jinja, because
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
