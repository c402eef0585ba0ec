"""The checklist data file and the `sjekkliste` macro: what the build makes of them, and how it stops on mistakes."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from sjekkliste_hjelp import DATA, DIALOG, GYLDIG, LISTER, PERSONVERN

from utvikling.bygg import bygg, kopi_med

pytestmark = pytest.mark.bygg

FIL = "overrides/verktoey/sjekkliste/sjekklister.yml"
KILDE = Path(__file__).parent / "data" / "egenskaper.txt"
SIDE = "---\ndescription: En testside.\npublisert: 2020-01-01\nsist_endret: 2020-01-02\nrender_macros: true\n---\n\n# Test\n\n"



def bygg_kopi(tmp_path, filer):
    prosjekt = kopi_med(tmp_path / "prosjekt", {}, filer)
    return bygg(tmp_path / "site", config="test.yml", cwd=prosjekt)


def kildepunkter(etter):
    """The bullet lines of egenskaper.txt right after the line `etter`."""
    linjer = KILDE.read_text(encoding="utf-8").splitlines()
    start = linjer.index(etter)
    punkter = []
    for linje in linjer[start + 1:]:
        if linje.strip().startswith("•"):
            punkter.append(linje.strip().lstrip("• ").strip())
        elif punkter and linje.strip() == "":
            break
    return punkter


@pytest.mark.enhet
def test_personvernpunktene_er_sporsmalene_fra_kilden_ordrett():
    kilde = kildepunkter("Dette bør du sjekke jevnlig")
    assert len(kilde) == len(PERSONVERN) == 6
    for sporsmal, linje in zip(PERSONVERN, kilde, strict=True):
        assert linje.startswith(sporsmal)
    # The warning that shared the third bullet in the source stays a note beside the list, not in a question.
    assert not any("garanti" in p for p in PERSONVERN)


@pytest.mark.enhet
def test_dialogpunktene_er_kildeteksten_ordrett():
    assert DIALOG == kildepunkter("I praksis vil dette si:")


@pytest.mark.enhet
def test_dataene_er_gyldige_og_har_intervall():
    for navn, liste in LISTER.items():
        ids = [p["id"] for p in liste["punkter"]]
        assert len(ids) == len(set(ids)), navn
        assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i) for i in ids)
        assert isinstance(liste.get("intervall", 90), int)


class Skjema(HTMLParser):
    """The checklist's elements as (tag, attributes) and the text of each label."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elementer, self.etiketter, self._i_etikett = [], {}, None

    def handle_starttag(self, tag, attrs):
        self.elementer.append((tag, dict(attrs)))
        if tag == "label":
            self._i_etikett = dict(attrs)["for"]
            self.etiketter[self._i_etikett] = ""

    def handle_endtag(self, tag):
        if tag == "label":
            self._i_etikett = None

    def handle_data(self, data):
        if self._i_etikett:
            self.etiketter[self._i_etikett] += data


def verktoeyet(html, navn):
    start = html.index(f'<div class="sm-sjekkliste" id="sjekkliste-{navn}"')
    slutt = html.index('<p class="sm-sjekkliste__lagring"', start)
    return html[start:html.index("</div>", slutt) + 6]


@pytest.mark.parametrize("sti,navn,tekster", [("personvern/", "personvern", PERSONVERN), ("dialog/", "dialog", DIALOG)])
def test_makroen_gir_felt_med_avkrysningsbokser(site, sti, navn, tekster):
    html = verktoeyet((site / sti / "index.html").read_text(encoding="utf-8"), navn)
    skjema = Skjema()
    skjema.feed(html)
    tagger = [t for t, _ in skjema.elementer]
    assert tagger.count("fieldset") == 1 and tagger.count("legend") == 1
    bokser = [a for t, a in skjema.elementer if t == "input" and a.get("type") == "checkbox"]
    assert [skjema.etiketter[b["id"]] for b in bokser] == tekster
    assert f'data-intervall="{LISTER[navn].get("intervall", 90)}"' in html
    # Everything the script drives is hidden until the script shows it (the browser tests check the rest).
    for tag, attrs in skjema.elementer:
        if "data-js" in attrs:
            assert "hidden" in attrs, (tag, attrs)


def test_personvernsiden_har_lista_i_stedet_for_punktene(site):
    html = (site / "personvern" / "index.html").read_text(encoding="utf-8")
    assert html.count('class="sm-sjekkliste"') == 1
    # The note about no guarantee stands right after the checklist, outside it.
    etter = html[html.index('id="sjekkliste-personvern"'):]
    assert etter.index('<p class="admonition-title">Ingen garanti</p>') > etter.index("sm-sjekkliste__lagring")


def test_intervall_er_90_dager_naar_det_mangler(tmp_path):
    resultat = bygg_kopi(tmp_path, {FIL: GYLDIG, "docs/dialog.md": SIDE + '{{ sjekkliste("dialog") }}\n'})
    assert resultat.returncode == 0, resultat.stderr
    html = (tmp_path / "site" / "dialog" / "index.html").read_text(encoding="utf-8")
    assert 'data-sjekkliste="dialog" data-intervall="90"' in html
    assert "<p>Sjekker du flere kontoer? Legg til hver konto" in html


def test_tekst_fra_datafila_blir_escapet(tmp_path):
    data = GYLDIG.replace("tekst: Mandat.", 'tekst: "Mandat <b onclick=x>&amp; rutiner"')
    resultat = bygg_kopi(tmp_path, {FIL: data, "docs/dialog.md": SIDE + '{{ sjekkliste("dialog") }}\n'})
    assert resultat.returncode == 0, resultat.stderr
    html = (tmp_path / "site" / "dialog" / "index.html").read_text(encoding="utf-8")
    assert "Mandat &lt;b onclick=x&gt;&amp;amp; rutiner" in html
    assert "<b onclick" not in html


def test_ukjent_sjekkliste_stopper_bygget(tmp_path):
    resultat = bygg_kopi(tmp_path, {"docs/eierskap.md": SIDE + '{{ sjekkliste("finnes-ikke") }}\n'})
    assert resultat.returncode != 0
    assert "eierskap.md: sjekkliste('finnes-ikke'): ukjent sjekkliste" in resultat.stderr
    assert f"{FIL} har «personvern»" in resultat.stderr


def test_samme_sjekkliste_to_ganger_pa_en_side_far_egne_id_er(tmp_path):
    side = SIDE + '{{ sjekkliste("dialog") }}\n\n{{ sjekkliste("dialog") }}\n'
    resultat = bygg_kopi(tmp_path, {"docs/eierskap.md": side})
    assert resultat.returncode == 0, resultat.stderr
    html = (tmp_path / "site" / "eierskap" / "index.html").read_text(encoding="utf-8")
    for id_ in ("sjekkliste-dialog", "sjekkliste-dialog--mandat", "sjekkliste-dialog__profil",
                "sjekkliste-dialog__2", "sjekkliste-dialog__2--mandat", "sjekkliste-dialog__2__profil"):
        assert html.count(f'id="{id_}"') == 1, id_
        assert f'for="{id_}"' in html or id_ in ("sjekkliste-dialog", "sjekkliste-dialog__2")


@pytest.mark.enhet
def test_den_ekte_datafila_er_den_testene_leser():
    assert DATA.as_posix().endswith(FIL)


@pytest.mark.enhet
def test_skript_og_stil_er_til_sammen_hoeyst_5_kib_komprimert():
    """As the pages get them: minified (hooks/bunter.py) and gzipped; the comments in the sources are free."""
    import gzip

    import rcssmin
    import rjsmin

    mappe = DATA.parent
    js = rjsmin.jsmin((mappe / "sjekkliste.js").read_text(encoding="utf-8"))
    css = rcssmin.cssmin((mappe / "sjekkliste.css").read_text(encoding="utf-8"))
    stoerrelse = sum(len(gzip.compress(t.encode(), compresslevel=9)) for t in (js, css))
    assert stoerrelse <= 5 * 1024, stoerrelse


def test_ordlyden_som_baerer_logikken(site):
    """The saved states are per account («Konto», not «Profil», which is also an item: «Har du åpen eller lukket
    profil?»); the two resets say what they do; the reader learns when the review date is stored; the download
    says what file it gives; the agency's list says who ticks it."""
    personvern = (site / "personvern" / "index.html").read_text(encoding="utf-8")
    assert '<label for="sjekkliste-personvern__profil">Konto</label>' in personvern
    kontroller = personvern.split('class="sm-sjekkliste"', 1)[1].split("</form>")[0]
    assert ">Profil<" not in kontroller and "Slett profil" not in kontroller and "ny profil" not in kontroller
    assert ">Start ny gjennomgang</button>" in personvern and ">Slett kryss og dato</button>" in personvern
    assert "Når du har krysset av for alle punktene, lagres datoen som dato for siste gjennomgang." in personvern
    assert ">Last ned som tekstfil (.md)</button>" in personvern
    dialog = (site / "dialog" / "index.html").read_text(encoding="utf-8")
    assert '<p class="sm-sjekkliste__hvem">Denne lista er for arbeidsgiveren. Den som har ansvaret for sosiale medier' in dialog
