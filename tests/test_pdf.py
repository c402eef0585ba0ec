"""The documented command scripts/pdf.py: a PDF of the whole guidance whose text (pdftotext) has every
topic, the publication dates, the external addresses and «Side N av M» on every page."""

import re
import shutil
import subprocess
import sys

import pytest
from sider import SIDER

from utvikling.bygg import ROT

pytestmark = pytest.mark.bygg

DATOER = "Publisert 16. august 2017 · Sist endret 25. januar 2019"


@pytest.fixture(scope="module")
def pdf(site, tmp_path_factory):
    assert shutil.which("pdftotext"), "pdftotext mangler: apt-get install poppler-utils"
    ut = tmp_path_factory.mktemp("pdf") / "veiledningen.pdf"
    kjoering = subprocess.run(
        [sys.executable, "scripts/pdf.py", "--site", str(site), "--ut", str(ut)],
        cwd=ROT, capture_output=True, text=True, timeout=300,
    )
    assert kjoering.returncode == 0, kjoering.stderr
    assert ut.stat().st_size > 10_000
    return ut


@pytest.fixture(scope="module")
def sider(pdf):
    """The text of each PDF page (pdftotext separates pages with a form feed)."""
    tekst = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [re.sub(r"\s+", " ", side).strip() for side in tekst.split("\f") if side.strip()]


def test_hvert_emne_med_datoene(sider):
    tekst = " ".join(sider)
    for tittel in SIDER.values():
        assert re.search(rf"\b{re.escape(tittel)} Originalen hos Digdir: {re.escape(DATOER)}", tekst), tittel
    assert tekst.count(DATOER) == len(SIDER)
    # The printed guidance says whose it is.
    assert "Digdir har ikke laget eller godkjent denne utgaven." in tekst
    assert "{{" not in tekst


def test_hvert_emne_begynner_paa_en_ny_side(sider):
    for tittel in SIDER.values():
        assert any(re.search(rf"^(.*? )?{re.escape(tittel)} Originalen hos Digdir: {re.escape(DATOER)}", side) for side in sider), tittel


def test_sidetall_paa_hver_side(sider):
    antall = len(sider)
    assert antall > len(SIDER)
    for nr, side in enumerate(sider, 1):
        assert f"Side {nr} av {antall}" in side, nr


def test_innholdsfortegnelse_og_eksterne_adresser(sider):
    assert sider[0].startswith("Hele veiledningen")
    assert "Innhold" in sider[0]
    tekst = " ".join(sider)
    assert "Forvaltningslovens (https://lovdata.no/lov/1967-02-10)" in tekst
    assert "127.0.0.1" not in tekst, "en intern lenke fikk adressen skrevet ut"


def test_ingen_navigasjon_i_pdf(sider):
    tekst = " ".join(sider)
    for krom in ("Hopp til innhold", "Innholdsliste", "Til toppen", "Forrige", "Neste"):
        assert krom not in tekst, krom
