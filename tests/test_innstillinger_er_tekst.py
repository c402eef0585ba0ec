"""Settings are text on every page: markup and quotes in any setting never become an element or an attribute."""

from html.parser import HTMLParser

import pytest

from utvikling.bygg import bygg, kopi_med

pytestmark = pytest.mark.bygg


def last(navn, med_mellomrom=True):
    """A value that would add the element <sm-inn-NAVN> and the attribute sm-attr-NAVN if printed raw."""
    rom = " " if med_mellomrom else ""
    return f'X<sm-inn-{navn}{rom}sm-attr-{navn}="1">"\'{rom}sm-attr-{navn}-2="1\'&amp;'


INNSTILLINGER = {
    "extra": {
        "virksomhet": {
            "navn": last("navn"),
            "kommunikasjonsavdeling": last("avdeling"),
            "epost": "post" + last("epost", False) + "@virksomheten.example",
            "telefon": last("telefon"),
            "betjent": last("betjent"),
            "tilgjengelighetserklaering": "https://uustatus.no/" + last("erklaering", False),
            "tilbakemelding": {
                "epost": "svar" + last("tilbakemelding-epost", False) + "@virksomheten.example",
                "endepunkt": "/api/" + last("endepunkt", False),
            },
        }
    },
}


class Elementer(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tagger, self.attributter = set(), set()

    def handle_starttag(self, tag, attrs):
        self.tagger.add(tag)
        self.attributter.update(navn for navn, _ in attrs)

    handle_startendtag = handle_starttag


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    mappe = tmp_path_factory.mktemp("tekst")
    prosjekt = kopi_med(mappe / "p", INNSTILLINGER)
    resultat = bygg(mappe / "site", config="test.yml", cwd=prosjekt)
    assert resultat.returncode == 0, resultat.stderr
    return mappe / "site"


def test_ingen_innstilling_blir_element_eller_attributt_paa_noen_side(site):
    sider = sorted(site.rglob("*.html"))
    assert len(sider) >= 12
    for fil in sider:
        html = fil.read_text(encoding="utf-8")
        tolket = Elementer()
        tolket.feed(html)
        tolket.close()
        assert not [t for t in tolket.tagger if t.startswith("sm-inn-")], fil
        assert not [a for a in tolket.attributter if a.startswith("sm-attr-")], fil


def test_innstillingene_staar_som_tekst(site):
    bunn = (site / "dialog" / "index.html").read_text(encoding="utf-8")
    tolket = []

    class Tekst(HTMLParser):
        def handle_data(self, data):
            tolket.append(data)

    Tekst().feed(bunn)
    tekst = "".join(tolket)
    for verdi in ("navn", "avdeling", "telefon", "betjent"):
        assert f"X<sm-inn-{verdi} sm-attr-{verdi}=" in tekst, verdi
