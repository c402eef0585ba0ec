"""The list of stable addresses: every public page and section anchor, checked against each build.

Onboarding material links to exact sections of the guidance, so tests/data/lenker.txt lists every page
address and every section anchor (a heading with a ¶ permalink, h2–h6) of the built site, one per line,
below the site address: «/sanntid/» and «/sanntid/#når-svaret-tar-tid». tests/test_lenker.py fails when

- a listed page is gone and no redirect (mkdocs.yml, plugin «redirects», redirect_maps) serves its
  address, or a listed anchor is gone from its page (or from the page a redirect leads to): a link from
  onboarding material would break;
- the build has a page or anchor the list does not have: the list must stay complete.

Usage (from the project folder):

    .venv/bin/python scripts/lenkeliste.py            # build, then write tests/data/lenker.txt
    .venv/bin/python scripts/lenkeliste.py --sjekk    # build, then only check (exit 1 on a difference)
    .venv/bin/python scripts/lenkeliste.py --site site [--sjekk]   # use an existing build

Writing keeps every listed address that still works (through a redirect, too), adds the new ones and
drops the broken ones; it prints both, so the change can be reviewed before it is committed.
"""

import argparse
import posixpath
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from .bygg import ROT, ferdig_bygg

LISTE = ROT / "tests" / "data" / "lenker.txt"
HODE = """\
# Stabile adresser: hver offentlig side og hvert avsnittsanker i nettstedet, under nettstedets adresse.
# Opplæringsmateriell lenker hit. Lages av scripts/lenkeliste.py; tests/test_lenker.py sjekker hvert bygg.
# Flytter du en side, legg inn en omdirigering i mkdocs.yml (redirects: redirect_maps). Et anker som
# endres eller fjernes, kan bare tas ut av lista med vilje: kjør scripts/lenkeliste.py og se over endringen.
"""
OVERSKRIFT = re.compile(r"^h[2-6]$")
OPPDATER = ".venv/bin/python scripts/lenkeliste.py"


class _Side(HTMLParser):
    """Section anchors (h2–h6 in the article with a permalink) and a meta refresh, if any."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ankere = []
        self.omdirigering = None
        self.artikkel = 0
        self.overskrift = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "refresh":
            m = re.search(r"url=(.+)$", a.get("content") or "", re.I)
            if m:
                self.omdirigering = m.group(1).strip().strip("'\"")
        elif tag == "article":
            self.artikkel += 1
        elif self.artikkel and OVERSKRIFT.match(tag) and a.get("id"):
            self.overskrift = a["id"]
        elif tag == "a" and self.overskrift and "headerlink" in (a.get("class") or "").split():
            if self.overskrift not in self.ankere:
                self.ankere.append(self.overskrift)

    def handle_endtag(self, tag):
        if tag == "article":
            self.artikkel -= 1
        elif OVERSKRIFT.match(tag):
            self.overskrift = None


@dataclass
class Bygg:
    sider: dict = field(default_factory=dict)  # "/sanntid/" -> ["svartid", …] in document order
    omdirigeringer: dict = field(default_factory=dict)  # "/gammel/" -> "/ny/"

    def adresser(self):
        for side in sorted(self.sider):
            yield side
            for anker in self.sider[side]:
                yield f"{side}#{anker}"

    def maal(self, side):
        """The page a redirected address ends on (None when it ends nowhere)."""
        for _ in range(10):
            if side in self.sider:
                return side
            side = self.omdirigeringer.get(side)
            if side is None:
                return None
        return None


def les_bygg(site):
    """Every page of a build (404.html left out) with its section anchors, and every redirect."""
    site = Path(site)
    bygg = Bygg()
    for fil in sorted(site.rglob("index.html")):
        mappe = fil.parent.relative_to(site).as_posix()
        side = "/" if mappe == "." else f"/{mappe}/"
        parser = _Side()
        parser.feed(fil.read_text(encoding="utf-8"))
        if parser.omdirigering:
            mal = posixpath.normpath(posixpath.join(side, parser.omdirigering.split("#")[0]))
            bygg.omdirigeringer[side] = mal if mal == "/" else mal.rstrip("/") + "/"
        else:
            bygg.sider[side] = parser.ankere
    return bygg


def les_liste(fil=LISTE):
    """The listed addresses, in order (comments and blank lines left out)."""
    linjer = Path(fil).read_text(encoding="utf-8").splitlines()
    return [linje.strip() for linje in linjer if linje.strip() and not linje.lstrip().startswith("# ")]


@dataclass
class Rapport:
    mangler: list  # (address, why): listed, but a link to it would break
    nye: list  # built, not listed

    @property
    def ok(self):
        return not self.mangler and not self.nye

    def forklaring(self):
        deler = []
        if self.mangler:
            deler.append(
                "Adresser i tests/data/lenker.txt som ikke virker lenger (lenker fra opplæringsmateriell brekker):\n"
                + "\n".join(f"  {adresse}  ({hvorfor})" for adresse, hvorfor in self.mangler)
                + "\nEn side som er flyttet eller fjernet, trenger en omdirigering i mkdocs.yml "
                "(plugins: redirects: redirect_maps: gammel.md: ny.md). Et anker kan ikke omdirigeres: "
                f"gi overskriften tilbake sin gamle tekst, eller ta ankeret ut av lista med vilje ({OPPDATER})."
            )
        if self.nye:
            deler.append(
                "Adresser i bygget som ikke står i tests/data/lenker.txt:\n"
                + "\n".join(f"  {adresse}" for adresse in self.nye)
                + f"\nOppdater lista med {OPPDATER}, se over endringen og commit den."
            )
        return "\n\n".join(deler) or "Lenkelista stemmer med bygget."


def sjekk(bygg, liste):
    """Compares a build (Bygg or a site folder) with the listed addresses."""
    if not isinstance(bygg, Bygg):
        bygg = les_bygg(bygg)
    mangler = []
    for adresse in liste:
        side, _, anker = adresse.partition("#")
        if side not in bygg.sider and side not in bygg.omdirigeringer:
            mangler.append((adresse, "siden finnes ikke, og ingen omdirigering"))
            continue
        maal = bygg.maal(side)
        if maal is None:
            mangler.append((adresse, f"omdirigeringen fra {side} fører ikke til en side"))
        elif anker and anker not in bygg.sider[maal]:
            hvor = "siden" if maal == side else f"{maal} (omdirigert fra {side})"
            mangler.append((adresse, f"ankeret finnes ikke på {hvor}"))
    listet = set(liste)
    nye = [adresse for adresse in bygg.adresser() if adresse not in listet]
    return Rapport(mangler, nye)


def ny_liste(bygg, gammel):
    """The addresses to keep: every built one, and every listed one that still works."""
    rapport = sjekk(bygg, gammel)
    brutt = {adresse for adresse, _ in rapport.mangler}
    beholdes = [adresse for adresse in gammel if adresse not in brutt]
    alle = dict.fromkeys([*bygg.adresser(), *beholdes])
    rekkefoelge = {adresse: nr for nr, adresse in enumerate(bygg.adresser())}

    def noekkel(adresse):
        side, _, anker = adresse.partition("#")
        return (side, 0 if not anker else 1, rekkefoelge.get(adresse, len(rekkefoelge)), anker)

    return sorted(alle, key=noekkel), rapport


def skriv(adresser, fil=LISTE):
    Path(fil).write_text(HODE + "\n".join(adresser) + "\n", encoding="utf-8")


def main(argv=None):
    valg = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    valg.add_argument("--site", type=Path, help="et ferdig bygg (ellers bygges nettstedet i en midlertidig mappe)")
    valg.add_argument("--sjekk", action="store_true", help="bare sjekk bygget mot lista; skriv ikke")
    valg.add_argument("--liste", type=Path, default=LISTE, help=f"lista (standard {LISTE.relative_to(ROT)})")
    args = valg.parse_args(argv)
    with ferdig_bygg(args.site) as site:
        bygg = les_bygg(site)
    gammel = les_liste(args.liste) if args.liste.exists() else []
    if args.sjekk:
        rapport = sjekk(bygg, gammel)
        print(rapport.forklaring())
        return 0 if rapport.ok else 1
    adresser, rapport = ny_liste(bygg, gammel)
    skriv(adresser, args.liste)
    for adresse, hvorfor in rapport.mangler:
        print(f"- {adresse}  (tatt ut: {hvorfor})")
    for adresse in rapport.nye:
        print(f"+ {adresse}")
    print(f"{args.liste}: {len(adresser)} adresser ({len(rapport.nye)} nye, {len(rapport.mangler)} tatt ut)")
    return 0

