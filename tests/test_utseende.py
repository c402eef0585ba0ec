"""Layout faults seen at 390 px and in a narrow desktop window, in Chromium: dates and addresses do not
break inside themselves, the platform cards are not indented on a phone, the logo is named."""

import re

import pytest
from ansvarsbegrensning_hjelp import aapne_generatoren, fyll

from utvikling.bygg import bygg, kopi_med

pytestmark = pytest.mark.nettleser


def mobil(nettleser):
    return nettleser.new_context(locale="nb-NO", viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)


def test_en_dato_brytes_ikke_inne_i_seg_selv(nettleser, adresse):
    context = mobil(nettleser)
    side = context.new_page()
    for bredde in (390, 330):
        side.set_viewport_size({"width": bredde, "height": 844})
        side.goto(adresse + "sanntid/")
        linjer = side.eval_on_selector_all(".sm-datoer time", "ts => ts.map(t => t.getClientRects().length)")
        assert linjer == [1, 1], bredde
    context.close()


def test_plattformkortene_er_ikke_innrykket_paa_mobil(nettleser, adresse):
    context = mobil(nettleser)
    side = context.new_page()
    aapne_generatoren(side, adresse)
    liste = side.locator(".sm-ansvarsbegrensning__plattformer").bounding_box()
    kort = side.locator("[data-plattform]").first.bounding_box()
    assert abs(kort["x"] - liste["x"]) < 1
    assert abs(kort["width"] - liste["width"]) < 1
    context.close()


def test_adresser_brytes_ved_krollalfa_og_punktum_ikke_midt_i_et_ord(nettleser, adresse):
    context = mobil(nettleser)
    side = context.new_page()
    aapne_generatoren(side, adresse)
    fyll(side, epost="kommunikasjonsavdelingen@statsforvalteren.example", adresse="https://www.statsforvalteren.example/om-oss/ansvar")
    # Every piece between two break opportunities stands on one line.
    deler = side.evaluate("""() => [...document.querySelectorAll('#sm-ansvarsbegrensning-tekst wbr, [data-kort] wbr')].flatMap(w =>
        [w.previousSibling, w.nextSibling].filter(n => n && n.nodeType === 3 && n.textContent.trim()).map(n => {
            const r = document.createRange();
            const start = n.textContent.search(/\\S+$/) >= 0 && n === w.previousSibling ? n.textContent.search(/\\S+$/) : 0;
            const slutt = n === w.nextSibling && /\\s/.test(n.textContent) ? n.textContent.search(/\\s/) : n.textContent.length;
            r.setStart(n, start); r.setEnd(n, slutt);
            return [r.toString(), r.getClientRects().length]; }))""")
    assert deler, "ingen bruddpunkter i adressene"
    assert [d for d in deler if d[1] > 1] == []
    assert "kommunikasjonsavdelingen@statsforvalteren.example" in side.locator("#sm-ansvarsbegrensning-tekst").inner_text().replace("\n", "")
    assert side.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


@pytest.mark.bygg
def test_logoen_har_virksomhetens_navn_som_tekst(tmp_path):
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'
    prosjekt = kopi_med(
        tmp_path / "p",
        {"extra": {"virksomhet": {"navn": "Statens vegvesen", "logo": "assets/logo.svg"}}},
        {"docs/assets/logo.svg": svg},
    )
    resultat = bygg(tmp_path / "site", config="test.yml", cwd=prosjekt)
    assert resultat.returncode == 0, resultat.stderr
    html = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'<img src="[^"]*logo\.svg" alt="([^"]*)">', html) == ["Statens vegvesen", "Statens vegvesen"]
    assert 'alt="logo"' not in html
