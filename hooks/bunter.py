"""The project's own CSS and JavaScript served as few small files that browsers may cache for a year.

The sources stay where they are and stay listed in mkdocs.yml (extra_css, extra_javascript), so
`mkdocs serve` without this hook, or Zensical, which runs no hooks, loads them one by one as before.
This hook, at build time:

- joins every local file in extra_css, minified and in the listed order, into one stylesheet
  (assets/stylesheets/felles.<hash>.min.css). The print rules (utskrift.css) wrap themselves in
  @media print / @page, so they print from inside the bundle as they did from their own file;
- joins every local, plain file in extra_javascript into one deferred script
  (assets/javascripts/felles.<hash>.min.js). Deferred: it runs after Material's bundle, when
  `document$` exists, and never holds up the first paint. Every widget script is its own IIFE, so
  joining them changes no scope;
- minifies each widget file that is not in those lists (the checklist's and the generator's stylesheets
  and scripts, which only the pages that use them load: their macros put a <link> and a <script defer>
  in the page) into widgets/<name>/<file>.<hash>.min.(css|js) and points the pages at it. A page that
  uses two such widgets (the whole guidance on one page) gets their scripts joined into one file;
- minifies md-scope.js, which overrides/partials/javascripts/base.html names in <head>, to
  assets/javascripts/md-scope.<hash>.min.js (same folder: it finds the site root from its own address)
  and points every page, the 404 page too, at it;
- leaves the source files out of the built site: nothing refers to them any longer.

The <hash> is the first 8 hex digits of the file's SHA-256, the name form that drift/nginx.conf serves
as immutable for a year (like Material's own bundle.<hash>.min.js): changed content is a new name in
HTML that is always revalidated, so a reader never gets a stale file and never waits for a
revalidation of an unchanged one.
"""

import hashlib
import posixpath
import re
from pathlib import Path

import rcssmin
import rjsmin
from mkdocs.config.config_options import ExtraScriptValue
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

CSS_BUNT = "assets/stylesheets/felles.{}.min.css"
JS_BUNT = "assets/javascripts/felles.{}.min.js"
# Widget files loaded only by the pages that use them (see macro.py in each widget's folder).
WIDGETS = "widgets/"
SAMLET = "widgets/samlet.{}.min.js"
# What a widget macro writes for its script (its path below the site root after a mark the page template
# resolves, macros/widgets.py: fra_roten), or, on the whole-guidance
# page, the mark that loads it once the reader nears the tool (macros/widgets.py, skript_ved_behov).
SKRIPT = re.compile(r'<script src="([^"]+)" defer></script>|<span data-sm-skript="([^"]+)"></span>')
# A widget's stylesheet as its macro writes it (macros/widgets.py).
STILARK = re.compile(r'<link rel="stylesheet" href="([^"]+)">')
# Files a template names by their path; the built pages are pointed at the minified, hashed copy.
FASTE = ("assets/javascripts/md-scope.js",)

# Per build: source path -> minified, hashed path of the per-page files, and the joined files the pages asked for.
_sidevise = {}
_samlet = {}
_faste = {}


def hash8(data):
    return hashlib.sha256(data).hexdigest()[:8]


def minifiser(sti, tekst):
    if sti.endswith(".css"):
        return rcssmin.cssmin(tekst)
    return rjsmin.jsmin(tekst)


def lokal(sti):
    return "://" not in sti and not sti.startswith("/")


def les(files, sti):
    fil = files.get_file_from_path(sti)
    if fil is None:
        raise PluginError(f"hooks/bunter.py: {sti} står i mkdocs.yml, men fila finnes ikke i docs/ eller overrides/")
    return fil


def bunt(files, config, kilder, mal, skille):
    """Joins the minified `kilder` into one generated file named by `mal`; the sources are left out."""
    deler = []
    for sti in kilder:
        fil = les(files, sti)
        deler.append(minifiser(sti, fil.content_string))
        files.remove(fil)
    data = skille.join(deler).encode("utf-8")
    navn = mal.format(hash8(data))
    files.append(File.generated(config, navn, content=data))
    return navn


def minifisert_kopi(files, config, fil):
    """Puts the minified file, named NAME.<hash>.min.EXT beside it, in place of `fil`; (its path, its bytes)."""
    data = minifiser(fil.src_uri, fil.content_string).encode("utf-8")
    rot, endelse = posixpath.splitext(fil.src_uri)
    navn = f"{rot}.{hash8(data)}.min{endelse}"
    files.remove(fil)
    files.append(File.generated(config, navn, content=data))
    return navn, data


def vanlig_skript(skript):
    """A plain classic script (no type, async or defer of its own): safe to join with the others."""
    return isinstance(skript, str) or not (skript.type or skript.async_ or skript.defer)


@event_priority(-100)  # after every other on_files, so generated sources (virksomhet.css) are there
def on_files(files, config):
    _sidevise.clear()
    _samlet.clear()
    _faste.clear()
    for sti in FASTE:
        fil = files.get_file_from_path(sti)
        if fil is not None:
            _faste[sti] = minifisert_kopi(files, config, fil)[0]
    css = [s for s in config.extra_css if lokal(s)]
    js = [str(s) for s in config.extra_javascript if lokal(str(s)) and vanlig_skript(s)]
    if css:
        navn = bunt(files, config, css, CSS_BUNT, "\n")
        config.extra_css = [navn, *(s for s in config.extra_css if s not in css)]
    if js:
        # A semicolon between files: a file ending without one must not run into the next one's "(".
        skript = ExtraScriptValue(bunt(files, config, js, JS_BUNT, ";\n"))
        skript.defer = True
        config.extra_javascript = [skript, *(s for s in config.extra_javascript if str(s) not in js)]
    for fil in list(files):
        sti = fil.src_uri
        if sti.startswith(WIDGETS) and sti.endswith((".js", ".css")) and not fil.generated_by:
            _sidevise[sti] = minifisert_kopi(files, config, fil)
    return files


def kilde_for(src):
    """The per-page source a stylesheet or script address in a page points to, or None."""
    for sti in _sidevise:
        if src == sti or src.endswith(("/" + sti, ":" + sti)):
            return sti
    return None


def bytt_kilde(src, sti, navn):
    """The address `src` of the source `sti` turned into one of `navn`, in the same form (same prefix)."""
    return src[: len(src) - len(sti)] + navn


def on_page_content(html, page, config, files):
    """Points the widget stylesheets and scripts in a page at their minified files; two or more scripts of
    a kind (loaded at once, or when the reader nears them) become one file."""
    for ved_behov in (False, True):
        html = pek_paa_minifisert(html, page, ved_behov)

    def stilark(m):
        sti = kilde_for(m[1])
        return f'<link rel="stylesheet" href="{bytt_kilde(m[1], sti, _sidevise[sti][0])}">' if sti else m[0]

    return STILARK.sub(stilark, html)


def pek_paa_minifisert(html, page, ved_behov):
    treff = [(m, kilde_for(m[2] or m[1])) for m in SKRIPT.finditer(html) if bool(m[2]) == ved_behov]
    treff = [(m, sti) for m, sti in treff if sti]
    if not treff:
        return html
    if len(treff) == 1:
        navn = _sidevise[treff[0][1]][0]
    else:
        data = b";\n".join(_sidevise[sti][1] for _, sti in treff)
        navn = SAMLET.format(hash8(data))
        _samlet[navn] = data
    forste, sti = treff[0]
    src = bytt_kilde(forste[2] or forste[1], sti, navn)
    ny = f'<span data-sm-skript="{src}"></span>' if ved_behov else f'<script src="{src}" defer></script>'
    # The first script tag takes the place of all: deferred scripts run once the page is parsed anyway.
    # Every mark stays, pointing at the joined file, so each tool starts wherever the reader reaches it.
    for i, (m, _) in reversed(list(enumerate(treff))):
        html = html[: m.start()] + (ny if i == 0 or ved_behov else "") + html[m.end() :]
    return html


def pek_om(html, page=None):
    """Points the template's references to FASTE files (src=".../md-scope.js") at their hashed copies."""
    for sti, navn in _faste.items():
        if page is not None:
            # A page names it relative to itself: plain text, faster than a pattern over every page.
            ny = html.replace(f'src="{get_relative_url(sti, page.url)}"', f'src="{get_relative_url(navn, page.url)}"')
            if ny != html:
                html = ny
                continue
        html = re.sub(rf'(src="[^"]*?){re.escape(sti)}"', lambda m: f'{m[1]}{navn}"', html)
    return html


def on_post_page(output, page, config):
    return pek_om(output, page)


def on_post_template(output_content, template_name, config):
    # The 404 page and other theme templates are not pages: they come through here instead.
    return pek_om(output_content)


def on_post_build(config):
    for navn, data in _samlet.items():
        maal = Path(config.site_dir) / navn
        maal.parent.mkdir(parents=True, exist_ok=True)
        maal.write_bytes(data)
