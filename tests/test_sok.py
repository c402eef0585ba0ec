"""Search in Norwegian: a reader types the definite or plural form and still finds the right page."""

import pytest

from sok import BOYNINGER, sok


@pytest.fixture(scope="module")
def sokeside(nettleser, adresse):
    context = nettleser.new_context(locale="nb-NO", viewport={"width": 1280, "height": 900})
    side = context.new_page()
    fremmede = []
    side.on("request", lambda r: "//127.0.0.1" not in r.url and fremmede.append(r.url))
    side.goto(adresse, wait_until="networkidle")
    yield side, fremmede
    context.close()


@pytest.mark.parametrize("ord_,forventet", BOYNINGER.items())
def test_boyd_form_finner_riktig_side_forst(sokeside, ord_, forventet):
    side, fremmede = sokeside
    treff = sok(side, ord_)
    assert treff, f"ingen treff for {ord_!r}"
    assert treff[0] == "/" + forventet, f"{ord_!r}: første treff {treff[0]}, ventet /{forventet}"
    assert fremmede == []


def test_forhaandsvisningen_viser_sidens_tekst_ikke_tilleggsformene(sokeside):
    side, _ = sokeside
    sok(side, "profilene")
    forhaandsvisning = side.locator(".md-search-result__item").first.inner_text()
    assert "Personvern" in forhaandsvisning
    assert "enes" not in forhaandsvisning.replace("profilene", "")


def test_ukjent_ord_gir_ingen_treff(sokeside):
    side, _ = sokeside
    assert sok(side, "flodhesten") == []
    assert side.locator(".md-search-result__meta").inner_text() == "Ingen treff"
