"""Lets Material's search find inflected Norwegian words.

Material adds a trailing wildcard to every query term, and lunr skips stemming for wildcard terms, so
"sanntiden" only finds words that begin with "sanntiden". hooks/norsk_sok.js adds, per search document,
the longest inflected forms of each word (stem or word + "enes", "ernes", "ets", "as"); a prefix query for
any shorter form ("sanntiden", "profilene", "mandatet") then matches one of them.

It does so in the reader's browser, inside the search worker, when the index is loaded: the forms would
make search_index.json six to seven times Material's, and that file is downloaded at every page's first
view. This hook only writes a worker that is norsk_sok.js followed by Material's own worker, named after
its content (nginx caches such names for a year), norsk_sok.js minified like hooks/bunter.py does the rest, and points the pages' configuration at it. Without the
hook (Zensical ignores hooks) the pages keep Material's worker and stock search.
"""

import hashlib
import re
from pathlib import Path

import rjsmin
from mkdocs.structure.files import File

SKRIPT = Path(__file__).with_name("norsk_sok.js")
MAPPE = "assets/javascripts/workers/"
MATERIALS_ARBEIDER = re.compile(re.escape(MAPPE) + r"search\.[0-9a-f]{8}\.min\.js")
# A source map comment would point at the wrong lines once our code comes first.
KILDEKART = re.compile(r"\n?//# sourceMappingURL=\S+\s*$")

# Material's worker file name -> ours, for the build in progress (None: nothing to swap).
_bytte = None


def on_files(files, config):
    global _bytte
    _bytte = None
    material = next((f for f in files if MATERIALS_ARBEIDER.fullmatch(f.src_uri)), None)
    if material is None:  # another theme, or a Material that names its worker otherwise: stock search
        return files
    innhold = rjsmin.jsmin(SKRIPT.read_text(encoding="utf-8")) + "\n" + KILDEKART.sub("", material.content_string) + "\n"
    navn = f"norsk-sok.{hashlib.sha256(innhold.encode('utf-8')).hexdigest()[:8]}.min.js"
    files.append(File.generated(config, MAPPE + navn, content=innhold))
    _bytte = ("workers/" + Path(material.src_uri).name, "workers/" + navn)
    return files


def bytt_arbeider(html):
    """The page with Material's search worker (in its __config) replaced by ours."""
    return html.replace(f'{_bytte[0]}"', f'{_bytte[1]}"') if _bytte else html


def on_post_page(output, page, config):
    return bytt_arbeider(output)


def on_post_template(output_content, template_name, config):  # 404.html
    return bytt_arbeider(output_content)
