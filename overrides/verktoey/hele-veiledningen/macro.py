"""The whole guidance on one page: `{{ hele_veiledningen() }}` (docs/hele-veiledningen.md).

A table of contents and every topic's Markdown (macros/emner.py: the pages at the top level of `nav` with a
`publisert` date), rendered with the same macros as on its own page, its headings one level down and its
links pointing into this page. The tools in it load their scripts only once the reader nears them
(macros/verktoey.py: skript_ved_behov; docs/assets/javascripts/felles-verktoey.js loads them).
"""

import posixpath
import re

import jinja2

from macros.emner import LENKE_I_TEKST, TAGG, _slug, emner, lesetid_tekst
from macros.feil import Innholdsfeil
from macros.verktoey import gjengi, kildefil, overstyringer, skript_ved_behov

FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
OVERSKRIFT = re.compile(r"^(#{1,6})[ \t]+(.*?)(?:[ \t]+\{([^}\n]*)\})?[ \t]*#*[ \t]*$")
FOTNOTE = re.compile(r"\[\^([^\]\s]+)\]")
# An inline link or image target: ](target) or ](target "title").
LENKEMAAL = re.compile(r"\]\(<?([^)\s>]+)>?((?:[ \t]+\"[^\"]*\")?)\)")
SKJEMA = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def overskriftstekst(tekst):
    """The text of a Markdown heading as the toc extension sees it, for its slug."""
    tekst = LENKE_I_TEKST.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), tekst)
    tekst = TAGG.sub("", tekst)
    return re.sub(r"[*_`]", "", tekst).strip()


def unik(anker, brukt):
    """toc's rule for a second heading with the same slug: a suffix _1, _2 …"""
    ny, n = anker, 0
    while ny in brukt:
        n += 1
        ny = f"{anker}_{n}"
    brukt.add(ny)
    return ny


def flytt_overskrifter(emne, under_tittelen=""):
    """The topic's Markdown with every heading one level down (its h1 becomes an h2 with the topic's
    id, followed by `under_tittelen`) and an explicit anchor «emne--anker» on every other heading; fills
    `emne.ankere`."""
    linjer, gjerde = [], None
    brukt_her = set()
    for linje in emne.tekst.splitlines():
        m = FENCE.match(linje)
        if gjerde:
            if m and m.group(1)[0] == gjerde[0] and len(m.group(1)) >= len(gjerde):
                gjerde = None
            linjer.append(linje)
            continue
        if m:
            gjerde = m.group(1)
            linjer.append(linje)
            continue
        o = OVERSKRIFT.match(linje)
        if not o:
            linjer.append(linje)
            continue
        nivaa, tekst, attr = len(o.group(1)), o.group(2), (o.group(3) or "").split()
        egen_id = next((a[1:] for a in attr if a.startswith("#")), None)
        andre = [a for a in attr if not a.startswith("#")]
        anker = egen_id or unik(_slug(overskriftstekst(tekst), "-"), brukt_her)
        if nivaa == 1:
            ny_id = emne.id
            andre.append(".sm-emne")
        else:
            ny_id = f"{emne.id}--{anker}"
        emne.ankere[anker] = ny_id
        linjer.append(f"{'#' * min(nivaa + 1, 6)} {tekst} {{ #{ny_id} {' '.join(andre)} }}".replace("  }", " }"))
        if nivaa == 1 and under_tittelen:
            linjer += ["", under_tittelen, ""]
    return "\n".join(linjer) + "\n"


def sidemiljo(env):
    """Jinja as the engine renders a page with macros: the registered macros and filters, an undefined name
    an error. Made here because only MkDocs' macros plugin hands over its own (env.env); Zensical's does not."""
    miljoe = jinja2.Environment(undefined=jinja2.StrictUndefined)  # noqa: S701 (Markdown, escaped by the macros)
    miljoe.filters.update(env.filters)
    miljoe.globals.update(env.macros)
    return miljoe


def registrer(env):
    def gjeldende():
        return kildefil(env.page)

    @env.macro
    def hele_veiledningen():
        """A table of contents and every topic, in order, rendered with their own dates and macros."""
        her = gjeldende()
        liste = emner(env.conf)
        if any(e.sti == her for e in liste):
            raise Innholdsfeil(her, "hele_veiledningen() kan ikke stå på en emneside (en side med «publisert» i front matter)")
        # Whose guidance this is, once, at the top (each topic page has it at its end: partials/kilde.html).
        overstyr = overstyringer(env.conf)
        innhold = [gjengi(overstyr, "partials/kilde.html", config=env.conf), "", "## Innhold { #innhold }", ""]
        for nr, e in enumerate(liste, 1):
            innhold.append(f"{nr}. [{e.tittel}](#{e.id}) ({lesetid_tekst(e.minutter)})")
        deler = ["\n".join(innhold) + "\n"]
        # Each topic's dates under its title, as on its own page (overrides/partials/datoer.html): a topic is
        # at the top of nav (no parent), so the line names the original's publisher.
        kilder = [
            (e, flytt_overskrifter(e, gjengi(overstyr, "partials/datoer.html", page={"meta": e.meta, "parent": None}, config=env.conf)))
            for e in liste
        ]
        per_sti = {e.sti: e for e in liste}
        side = env.page
        with skript_ved_behov(env):
            for e, tekst in kilder:
                tekst = FOTNOTE.sub(lambda m, e=e: f"[^{e.id}-{m.group(1)}]", tekst)
                # Jinja runs only where it runs on the topic's own page, so the text is the same in both places.
                if e.meta.get("render_macros") is True:
                    tekst = gjengi_emne(env, side, e, tekst, her)
                deler.append(skriv_om_lenker(tekst, e, per_sti, her, env.conf))
        return "\n\n".join(deler)


def gjengi_emne(env, side, emne, tekst, her):
    """A topic's Markdown with its macros rendered as on its own page. Macros that read the page's front
    matter read the topic's while it renders, and a mistake is reported against the topic's file."""
    egen = side.meta
    side.meta = emne.meta
    try:
        return sidemiljo(env).from_string(tekst).render(**{**env.variables, **emne.meta})
    except Innholdsfeil as feil:
        if feil.fil not in (her, f"docs/{her}"):
            raise
        raise Innholdsfeil(f"docs/{emne.sti}", f"{feil.hva} (også tatt med i {her})") from None
    except Exception as feil:
        raise Innholdsfeil(f"docs/{emne.sti}", f"kan ikke tas med i {her}: {feil}") from feil
    finally:
        side.meta = egen


def skriv_om_lenker(tekst, emne, per_sti, her, conf):
    """Links as they must be on the whole-guidance page: to a topic (or a heading in it) inside this
    page, to any other page relative to this page's folder."""

    def nytt(m):
        maal, tittel = m.group(1), m.group(2)
        if SKJEMA.match(maal) or maal.startswith("/"):
            return m.group(0)
        sti, _, anker = maal.partition("#")
        if sti:
            sti = posixpath.normpath(posixpath.join(posixpath.dirname(emne.sti), sti))
        else:
            sti = emne.sti
        if sti in per_sti:
            annet = per_sti[sti]
            if not anker:
                return f"](#{annet.id}{tittel})"
            if anker in annet.ankere:
                return f"](#{annet.ankere[anker]}{tittel})"
        relativ = posixpath.relpath(sti, posixpath.dirname(her) or ".")
        return f"]({relativ}{'#' + anker if anker else ''}{tittel})"

    return LENKEMAAL.sub(nytt, tekst)
