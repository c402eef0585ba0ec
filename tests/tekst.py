"""The readable text of built pages, as a reader (or a screen reader) gets it."""

import re
from html.parser import HTMLParser

# Elements whose text is not guidance: permalink pilcrows and footnote reference numbers.
HOPP_OVER = {"sup": None, "a": "headerlink"}


class _Tekst(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.deler = []
        self.i_artikkel = 0
        self.hopp = []

    def handle_starttag(self, tag, attrs):
        klasser = (dict(attrs).get("class") or "").split()
        if tag == "article":
            self.i_artikkel += 1
        if tag in HOPP_OVER and (HOPP_OVER[tag] is None or HOPP_OVER[tag] in klasser):
            self.hopp.append(tag)
        elif self.hopp and tag == self.hopp[0]:
            self.hopp.append(tag)
        if tag in ("p", "li", "h1", "h2", "h3", "div", "br", "blockquote", "cite"):
            self.deler.append(" ")

    def handle_endtag(self, tag):
        if self.hopp and tag == self.hopp[-1]:
            self.hopp.pop()
        if tag == "article":
            self.i_artikkel -= 1

    def handle_data(self, data):
        if self.i_artikkel and not self.hopp:
            self.deler.append(data)


def artikkeltekst(html):
    """Text inside <article> with whitespace folded; footnote markers and pilcrows left out."""
    parser = _Tekst()
    parser.feed(html)
    return re.sub(r"\s+", " ", "".join(parser.deler)).strip()
