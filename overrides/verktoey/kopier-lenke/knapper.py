"""MkDocs hook (listed under `hooks` in mkdocs.yml): the «Kopier lenke» buttons written into each page at
build time, after the permalink of every section heading (h2-h6).

Why at build time: added by kopier-lenke.js once the page is shown, a button can wrap a long heading onto
a second line on a phone and push everything below it down (Lighthouse: a layout shift of 0.04 on
Eierskap). In the HTML they hold their place from the first paint. Copying needs the script, so without
JavaScript uten-js.css hides them (data-js). kopier-lenke.js adds the same button wherever it is missing
(Zensical runs no hooks), so the feature does not depend on this file. data-search-exclude keeps the
button's text out of the section titles in Material's search index.
"""

import html
import re

OVERSKRIFT = re.compile(
    r'(<h([2-6])(?: class="[^"]*")? id="[^"]+"[^>]*>)(.*?)(<a class="headerlink" href="#[^"]*" title="[^"]*">[^<]*</a>)(</h\2>)', re.S
)
MERKER = re.compile(r"<[^>]+>")


def med_knapp(m):
    # The heading's own text, as the script takes it: its text without tags, the permalink left out.
    tittel = html.escape(html.unescape(MERKER.sub("", m[3])).strip(), quote=False)
    return (
        f'{m[1]}{m[3]}{m[4]}<button type="button" class="sm-kopier-lenke" data-js data-search-exclude>Kopier lenke'
        f'<span class="sm-skjult-tekst"> til «{tittel}»</span></button>{m[5]}'
    )


def on_page_content(html_, page, config, files):
    if 'class="headerlink"' not in html_:
        return html_
    return OVERSKRIFT.sub(med_knapp, html_)
