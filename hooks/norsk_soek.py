"""Norwegian search on top of Material's: inflected forms, the query's stem, compound parts and synonyms.

Material adds a trailing wildcard to every query term and lunr then skips stemming, so "sanntiden" only
finds words that begin with "sanntiden". hooks/norsk_soek.js, run inside the search worker, looks the
reader's query up as inflected forms and compound parts of the index's words and by its stem, and adds
synonyms to the search documents that hold a phrase of a synonym group (README, «Søk på norsk»). It does so
in the reader's browser: search_index.json stays Material's own (it is downloaded at every page's first
view), and the build does no work per page.

This hook gives the worker what only the build can know, as data in front of norsk_soek.js:
- the compound words of the site's text split into their parts, with the Norwegian word frequencies of
  the `wordfreq` package (a dictionary-based splitter: the split whose parts are the most common words);
  the word list itself is 300 000 words and stays at build time: only this site's own words travel;
- the synonym groups of hooks/synonymer.yml, checked here (a mistake stops the build with a message).

It writes a worker that is that data, norsk_soek.js (minified, as hooks/bunter.py does the rest) and
Material's own worker, named after its content (nginx caches such names for a year), and points the pages'
configuration at it. Without the hook (Zensical ignores hooks) the pages keep Material's worker and stock
search.
"""

import functools
import hashlib
import json
import re
from pathlib import Path

import rjsmin
import yaml
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

SKRIPT = Path(__file__).with_name("norsk_soek.js")
SYNONYMER = Path(__file__).with_name("synonymer.yml")
MAPPE = "assets/javascripts/workers/"
MATERIALS_ARBEIDER = re.compile(re.escape(MAPPE) + r"search\.[0-9a-f]{8}\.min\.js")
# A source map comment would point at the wrong lines once our code comes first.
KILDEKART = re.compile(r"\n?//# sourceMappingURL=\S+\s*$")
TAGG = re.compile(r"<[^>]+>")
ORD = re.compile(r"[^\W\d_]+")

# Compounds: the shortest word tried, the shortest part, and how common a part must be (a share of all
# words in wordfreq's Norwegian list; rarer "words" there are mostly typos and names). Set so that the
# site's compounds split and its other words do not («kommunikasjon», «virksomheten» stay whole).
KORTESTE_ORD = 8
KORTESTE_DEL = 4
VANLIG_NOK = 5e-7
# Letters Norwegian puts between the parts of a compound («ansvar-s-begrensning», «nettside-e» is rare).
FUGE = ("s", "e")
# Endings of Norwegian grammar that wordfreq also lists as words («ring», «ende», «hets»): never the last
# part, or «segmentering» would be «segmente» + «ring» and «brukerne» «bruk» + «erne».
ENDELSER = {"erne", "ende", "ring", "else", "het", "hets", "heten", "heter", "skap", "skapet", "skapene", "skaper"}


@functools.cache
def frekvenser():
    """wordfreq's Norwegian bokmål list (large: about 300 000 words with their frequency)."""
    import wordfreq

    return wordfreq.get_frequency_dict("nb", wordlist="large")


def del_opp(ord_, frekvens=None):
    """The parts of a compound word as a list («saks», «behandlings», «systemet»), or [ord_] if it is not
    one. Of the ways to split it in two whose parts are common words (the left part may end in a linking
    s or e), the one whose parts are the most common wins, and only if they are more common than the whole
    word (Koehn and Knight 2003: «kolleger» is not «koll» + «eger»); each part is split again."""
    frekvens = frekvens or frekvenser()
    if len(ord_) < KORTESTE_ORD:
        return [ord_]

    def vanlig(del_):
        f = frekvens.get(del_, 0.0)
        if f < VANLIG_NOK and del_.endswith(FUGE) and len(del_) > KORTESTE_DEL:
            f = frekvens.get(del_[:-1], 0.0)
        return f

    beste, beste_verdi = None, vanlig(ord_)
    for i in range(KORTESTE_DEL, len(ord_) - KORTESTE_DEL + 1):
        venstre, hode = ord_[:i], ord_[i:]
        f_hode, f_venstre = frekvens.get(hode, 0.0), vanlig(venstre)
        if f_hode < VANLIG_NOK or f_venstre < VANLIG_NOK or hode in ENDELSER:
            continue
        verdi = (f_venstre * f_hode) ** 0.5
        if verdi > beste_verdi:
            beste, beste_verdi = (venstre, hode), verdi
    if beste is None:
        return [ord_]
    return del_opp(beste[0], frekvens) + del_opp(beste[1], frekvens)


def sammensetninger(ordene):
    """"saks|behandlings|systemet …": the compounds among `ordene`, their parts joined by |, sorted."""
    ut = []
    for ord_ in sorted(ordene):
        deler = del_opp(ord_)
        if len(deler) > 1:
            ut.append("|".join(deler))
    return " ".join(ut)


def les_synonymer(sti=SYNONYMER):
    """The synonym groups of `sti` as lists of lower-case phrases; a mistake stops the build with a Norwegian
    message naming the file, the place and the fix."""
    navn = sti.name if sti == SYNONYMER else str(sti)
    fil = f"hooks/{navn}" if sti == SYNONYMER else navn

    def feil(hva):
        raise PluginError(f"{fil}: {hva}")

    try:
        tekst = sti.read_text(encoding="utf-8")
        # A key written twice would silently drop the first list (PyYAML keeps the last), as in the other
        # data files (macros/datafil.py, which a hook cannot import).
        node = yaml.compose(tekst)
        if isinstance(node, yaml.MappingNode):
            noekler = [k.value for k, _ in node.value]
            for k in {k for k in noekler if noekler.count(k) > 1}:
                feil(f"«{k}» står to ganger; slå listene sammen til én")
        data = yaml.safe_load(tekst)
    except FileNotFoundError:
        feil("fila mangler. Legg den tilbake (se README, «Søk på norsk»), med «synonymer:» og en tom liste om ingen trengs")
    except yaml.YAMLError as e:
        feil(f"er ikke gyldig YAML ({str(e).splitlines()[0]}). Sjekk innrykk og at hver gruppe står på formen «- [ord, ord]»")
    if not isinstance(data, dict) or set(data) != {"synonymer"}:
        feil("fila skal ha ett felt, «synonymer:», med en liste av grupper under, f.eks. «- [disclaimer, ansvarsbegrensning]»")
    grupper = data["synonymer"] or []
    if not isinstance(grupper, list):
        feil("«synonymer» skal være en liste av grupper, hver på formen «- [ord, ord]»")
    sett = {}
    ut = []
    for nr, gruppe in enumerate(grupper, 1):
        hvor = f"synonymer, gruppe {nr}"
        if not isinstance(gruppe, list) or len(gruppe) < 2:
            feil(f"{hvor}: en gruppe er en liste med minst to ord eller uttrykk, f.eks. «- [some, sosiale medier]», ikke {gruppe!r}")
        fraser = []
        for ledd in gruppe:
            if not isinstance(ledd, str) or not ORD.search(ledd):
                feil(f"{hvor}: {ledd!r} er ikke et ord. Skriv ord eller uttrykk med bokstaver, f.eks. «betalt spredning»")
            if "<" in ledd or ">" in ledd:
                feil(f"{hvor}: «{ledd}» inneholder < eller >. Skriv bare ord")
            frase = " ".join(ORD.findall(ledd.lower()))
            if frase in sett:
                feil(f"{hvor}: «{ledd}» står også i gruppe {sett[frase]}. Et ord kan stå i bare én gruppe: slå sammen gruppene eller ta bort det ene")
            sett[frase] = nr
            fraser.append(frase)
        ut.append(fraser)
    return ut


class NorskSoek:
    """One build's state: Material's worker file, and the name of ours once written."""

    def __init__(self):
        self.material = None
        self.bytte = None
        self.synonymer = []

    def on_config(self, config):
        self.synonymer = les_synonymer()
        return config

    def on_files(self, files, config):
        self.bytte = None
        self.material = next((f for f in files if MATERIALS_ARBEIDER.fullmatch(f.src_uri)), None)
        return files

    def on_env(self, env, config, files):
        """Every page's text is known here and no file is written yet: the worker can carry the site's words."""
        if self.material is None:  # another theme, or a Material that names its worker otherwise: stock search
            return env
        ordene = set()
        for fil in files.documentation_pages():
            if fil.page is not None and fil.page.content:
                ordene.update(o.lower() for o in ORD.findall(TAGG.sub(" ", fil.page.content)))
        data = {"sammensetninger": sammensetninger(ordene), "synonymer": self.synonymer}
        innhold = (
            f"self.norskSokData={json.dumps(data, ensure_ascii=False, separators=(',', ':'))};\n"
            + rjsmin.jsmin(SKRIPT.read_text(encoding="utf-8"))
            + "\n"
            + KILDEKART.sub("", self.material.content_string)
            + "\n"
        )
        navn = f"norsk-soek.{hashlib.sha256(innhold.encode('utf-8')).hexdigest()[:8]}.min.js"
        files.append(File.generated(config, MAPPE + navn, content=innhold))
        self.bytte = ("workers/" + Path(self.material.src_uri).name, "workers/" + navn)
        return env

    def bytt_arbeider(self, html):
        """The page with Material's search worker (in its __config) replaced by ours."""
        return html.replace(f'{self.bytte[0]}"', f'{self.bytte[1]}"') if self.bytte else html

    def on_post_page(self, output, page, config):
        return self.bytt_arbeider(output)

    def on_post_template(self, output_content, template_name, config):  # 404.html
        return self.bytt_arbeider(output_content)


_bygg = NorskSoek()
on_config = _bygg.on_config
on_files = _bygg.on_files
on_env = _bygg.on_env
on_post_page = _bygg.on_post_page
on_post_template = _bygg.on_post_template
