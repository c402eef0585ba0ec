"""Lets Material's search find inflected Norwegian words.

Material adds a trailing wildcard to every query term, and lunr skips stemming for wildcard terms, so
"sanntiden" only finds words that begin with "sanntiden". This step adds, per search document, the
longest inflected forms of each word (stem or word + "enes", "ernes", "ets", "as"); a prefix query for
any shorter form ("sanntiden", "profilene", "mandatet") then matches one of them. The forms live in
fields of their own, so result previews still show the real text.
"""

import functools
import json
import re
from pathlib import Path

import snowballstemmer

# The longest Norwegian noun endings: every shorter ending (-en, -ene, -er, -et, -a) is a prefix of one.
ENDELSER = ("enes", "ernes", "ets", "as")
# Field in the search index -> the document field its forms come from, and its weight.
FELT = {"former": ("text", 1), "tittelformer": ("title", 1000)}
ORD = re.compile(r"[^\W\d_]{4,}")
TAGG = re.compile(r"<[^>]+>")

_stemmer = snowballstemmer.stemmer("norwegian")


@functools.lru_cache(maxsize=None)  # the same words recur on every page of a large site
def grunnformer(ord_):
    """The bases a reader's inflected form can start with: the word, its stem, the word without final e."""
    ord_ = ord_.lower()
    return frozenset({ord_, _stemmer.stemWord(ord_), ord_[:-1] if ord_.endswith("e") else ord_})


def former(tekst):
    """Space-separated inflected forms of every word of 4 or more letters in `tekst` (HTML allowed)."""
    grunner = set()
    for ord_ in ORD.findall(TAGG.sub(" ", tekst or "")):
        grunner |= grunnformer(ord_)
    return " ".join(sorted(grunn + endelse for grunn in grunner for endelse in ENDELSER))


def utvid(indeks):
    """Adds the form fields to a Material search index (the parsed search_index.json) in place."""
    for felt, (kilde, vekt) in FELT.items():
        indeks["config"]["fields"][felt] = {"boost": vekt}
        for dokument in indeks["docs"]:
            dokument[felt] = former(dokument.get(kilde, ""))
    return indeks


def on_post_build(config, **kwargs):
    sti = Path(config["site_dir"]) / "search" / "search_index.json"
    if sti.exists():
        indeks = utvid(json.loads(sti.read_text(encoding="utf-8")))
        sti.write_text(json.dumps(indeks, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
