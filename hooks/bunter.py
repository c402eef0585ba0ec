"""The project's own CSS and JavaScript served as few small files that browsers may cache for a year.

The sources stay where they are and stay listed in mkdocs.yml (extra_css, extra_javascript), so
`mkdocs serve` without this hook, or Zensical, which runs no hooks, loads them one by one as before.
This hook, at build time:

- joins every local file in extra_css, minified and in the listed order, into one stylesheet
  (assets/stylesheets/felles.<hash>.min.css). The print rules (utskrift.css) wrap themselves in
  @media print / @page, so they print from inside the bundle as they did from their own file;
- joins felles-verktoey.js (what the tools share, which the inline bootstrap in
  overrides/partials/javascripts/base.html loads after the first paint) and every local, plain file in
  extra_javascript into one script (assets/javascripts/felles.<hash>.min.js), points the bootstrap of
  every page, the 404 page too, at it, and takes the files out of extra_javascript: loaded after the
  first paint, it never holds up the page, and `document$` exists by then. Every script is its own IIFE,
  so joining them changes no scope;
- minifies each tool file that is not in those lists (the checklist's and the generator's scripts, which
  only the pages that use them load) into verktoey/<name>/<file>.<hash>.min.(css|js)
  and enters the name in the register (macros/ressurser.py) before any page is rendered: the tool macros
  write the minified file's address themselves, and no page's HTML is read back;
- leaves the source files out of the built site: nothing refers to them any longer.

The <hash> is the first 8 hex digits of the file's SHA-256, the name form that drift/nginx.conf serves
as immutable for a year (like Material's own bundle.<hash>.min.js): changed content is a new name in
HTML that is always revalidated, so a reader never gets a stale file and never waits for a
revalidation of an unchanged one.
"""

import hashlib
import posixpath
import re

import rcssmin
import rjsmin
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from macros.ressurser import register

CSS_BUNT = "assets/stylesheets/felles.{}.min.css"
JS_BUNT = "assets/javascripts/felles.{}.min.js"
# Tool files loaded only by the pages that use them (see macro.py in each tool's folder).
VERKTOEY = "verktoey/"
# Files a template names by their path; the built pages are pointed at the joined, hashed file that holds them.
FASTE = ("assets/javascripts/felles-verktoey.js",)


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
    """Puts the minified file, named NAME.<hash>.min.EXT beside it, in place of `fil`; returns its path."""
    data = minifiser(fil.src_uri, fil.content_string).encode("utf-8")
    rot, endelse = posixpath.splitext(fil.src_uri)
    navn = f"{rot}.{hash8(data)}.min{endelse}"
    files.remove(fil)
    files.append(File.generated(config, navn, content=data))
    return navn


def kan_slaas_sammen(skript):
    """A classic script, plain or deferred (no type or async of its own): the joined file is deferred, so it
    runs as a deferred one would, in the listed order."""
    return isinstance(skript, str) or not (skript.type or skript.async_)


class Bunter:
    """One per build (MkDocs loads the hooks anew with each configuration, `serve`'s rebuilds too)."""

    def __init__(self):
        self.faste = {}  # FASTE source path -> the minified, hashed file that holds it

    @event_priority(-100)  # after every other on_files, so generated sources (virksomhet.css) are there
    def on_files(self, files, config):
        css = [s for s in config.extra_css if lokal(s)]
        js = [str(s) for s in config.extra_javascript if lokal(str(s)) and kan_slaas_sammen(s)]
        if css:
            navn = bunt(files, config, css, CSS_BUNT, "\n")
            config.extra_css = [navn, *(s for s in config.extra_css if s not in css)]
        foerst = [sti for sti in FASTE if files.get_file_from_path(sti) is not None]
        if foerst or js:
            # What the tools share goes first, and the joined file takes its place in the bootstrap, which
            # loads it after the first paint: one request instead of two, none of them before the paint
            # (issue 17, benchmarks/README.md). A semicolon between files: a file ending without one must
            # not run into the next one's "(".
            navn = bunt(files, config, foerst + js, JS_BUNT, ";\n")
            for sti in foerst:
                self.faste[sti] = navn
            config.extra_javascript = [s for s in config.extra_javascript if str(s) not in js]
        ressurser = register(config)
        for fil in list(files):
            sti = fil.src_uri
            if sti.startswith(VERKTOEY) and sti.endswith((".js", ".css")) and not fil.generated_by:
                ressurser.serveres[sti] = minifisert_kopi(files, config, fil)
        return files

    def pek_om(self, html, page=None):
        """Points the template's reference to a FASTE file (data-skript=".../felles-verktoey.js", in the inline
        bootstrap) at the hashed file that holds it."""
        for sti, navn in self.faste.items():
            if page is not None:
                # A page names it relative to itself: plain text, faster than a pattern over every page.
                ny = html.replace(f'data-skript="{get_relative_url(sti, page.url)}"', f'data-skript="{get_relative_url(navn, page.url)}"')
                if ny != html:
                    html = ny
                    continue
            html = re.sub(rf'(data-skript="[^"]*?){re.escape(sti)}"', lambda m, navn=navn: f'{m[1]}{navn}"', html)
        return html

    def on_post_page(self, output, page, config):
        return self.pek_om(output, page)

    def on_post_template(self, output_content, template_name, config):
        # The 404 page and other theme templates are not pages: they come through here instead.
        return self.pek_om(output_content)


_bunter = Bunter()
on_files = _bunter.on_files
on_post_page = _bunter.on_post_page
on_post_template = _bunter.on_post_template
