"""The built HTML: descriptions, bokmål labels, sources as links, agency settings, nothing from other hosts."""

import re
from html.parser import HTMLParser

import pytest
from sider import SIDER

from utvikling.bygg import bygg, kopi_med

pytestmark = pytest.mark.bygg


def les(site, sti):
    return (site / sti / "index.html").read_text(encoding="utf-8")


class Ressurser(HTMLParser):
    """Addresses the browser loads by itself (scripts, styles, images, icons, frames), not links a reader follows."""

    def __init__(self):
        super().__init__()
        self.adresser = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "img", "iframe", "source", "video", "audio") and a.get("src"):
            self.adresser.append(a["src"])
        if tag == "link" and a.get("href") and a.get("rel") not in ("canonical", "prev", "next"):
            self.adresser.append(a["href"])


@pytest.mark.parametrize("sti", SIDER)
def test_ingen_ressurs_fra_andre_verter(site, sti):
    parser = Ressurser()
    parser.feed(les(site, sti))
    assert parser.adresser
    assert [a for a in parser.adresser if re.match(r"(https?:)?//", a)] == []


def test_hver_side_har_sin_egen_metabeskrivelse(site):
    beskrivelser = {}
    for sti in SIDER:
        funnet = re.findall(r'<meta name="description" content="([^"]+)">', les(site, sti))
        assert len(funnet) == 1, sti
        beskrivelser[sti] = funnet[0]
    assert len(set(beskrivelser.values())) == len(SIDER)
    assert "Veiledning for ansatte i forvaltningen" not in " ".join(beskrivelser.values())


def test_etiketter_paa_bokmaal(site):
    html = les(site, "personvern/")
    assert 'aria-label="Topptekst"' in html
    assert 'aria-label="Bunntekst"' in html
    assert not re.search(r'aria-label="(Header|Footer|Navigation|Search)"', html)
    assert '<html lang="nb"' in html


@pytest.mark.parametrize(
    "sti,lenketekst,adresse",
    [
        ("dialog/", "Forvaltningslovens", "https://lovdata.no/lov/1967-02-10"),
        ("dialog/", "Etiske retningslinjer for statstjenesten", "https://www.regjeringen.no/no/dokumenter/etiske-retningslinjer-for-statstjenesten/id88164/"),
        ("personvern/", "Straffelovens § 10", "https://lovdata.no/lov/2005-05-20-28/%C2%A710"),
        ("personvern/", "Ot.prp. nr. 90 (2003–2004)", "https://www.regjeringen.no/no/dokumenter/otprp-nr-90-2003-2004-/id179300/"),
        ("betalt-kommunikasjon/", "Statens kommunikasjonspolitikk", "https://www.regjeringen.no/no/dokumenter/statens-kommunikasjonspolitikk/id582088/"),
    ],
)
def test_kildene_er_lenker(site, sti, lenketekst, adresse):
    assert f'<a href="{adresse}">{lenketekst}</a>' in les(site, sti)


def test_ot_prp_er_en_ekte_fotnote(site):
    html = les(site, "personvern/")
    assert re.search(r'personer \(20-30 personer\)<sup id="fnref:antall"><a class="footnote-ref" href="#fn:antall"', html)
    assert '<li id="fn:antall">' in html
    # The link back from the footnote is named in Norwegian too (Python-Markdown's default is English).
    assert 'title="Tilbake til fotnote 1 i teksten"' in html and "Jump back" not in html


def test_overskriftsankere_beholder_aeoeaa(site):
    assert 'id="når-svaret-tar-tid"' in les(site, "sanntid/")
    assert 'id="følg-med-på-dialogen"' in les(site, "dialog/")


def test_standardinnstillingene_vises_i_rad_og_bunntekst(site):
    html = les(site, "")
    raad = re.search(r'<div class="admonition question sm-kontakt">.*?</div>', html, re.S).group(0)
    assert "Er du i tvil om hvilke regler som gjelder på arbeidsplassen, ta kontakt med din kommunikasjonsavdeling." in raad
    assert "<strong>Virksomhetens kommunikasjonsavdeling</strong>" in raad
    assert 'href="https://uustatus.no/">Tilgjengelighetserklæring</a>' in html


def test_en_annen_virksomhets_innstillinger_vises_overalt(tmp_path):
    virksomhet = {
        "navn": "Statens vegvesen", "kommunikasjonsavdeling": "kommunikasjonsstab",
        "epost": "firmapost@vegvesen.example", "telefon": "22 07 30 00", "betjent": "hverdager kl. 8–15",
        "tilgjengelighetserklaering": "https://uustatus.no/nb/erklaringer/publisert/vegvesen",
    }
    prosjekt = kopi_med(tmp_path / "p", {"extra": {"virksomhet": virksomhet}})
    resultat = bygg(tmp_path / "site", config="test.yml", cwd=prosjekt)
    assert resultat.returncode == 0, resultat.stderr
    forside = les(tmp_path / "site", "")
    assert "<strong>Statens vegvesens kommunikasjonsstab</strong>" in forside
    assert 'href="mailto:firmapost@vegvesen.example"' in forside
    assert 'href="tel:22073000"' in forside
    assert "· Telefon: <a href=\"tel:22073000\">22 07 30 00</a> (hverdager kl. 8–15)" in forside
    for sti in SIDER:
        html = les(tmp_path / "site", sti)
        bunntekst = html[html.index('<div class="md-copyright sm-bunntekst">'):]
        assert "Statens vegvesens kommunikasjonsstab" in bunntekst, sti
        assert "firmapost@vegvesen.example" in bunntekst
        assert 'href="https://uustatus.no/nb/erklaringer/publisert/vegvesen"' in bunntekst
        assert "Virksomheten" not in bunntekst


def test_dialoger_har_navn(site):
    for sti in SIDER:
        dialoger = re.findall(r'<[^>]+role="dialog"[^>]*>', les(site, sti))
        assert dialoger and all('aria-label="Søk"' in d for d in dialoger), sti
