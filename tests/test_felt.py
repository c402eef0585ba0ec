"""The suite's lanes (tests/conftest.py): every test has one, and a test can't do more than its lane allows."""

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]
pytestmark = pytest.mark.enhet

CONFTEST = (Path(__file__).parent / "conftest.py").read_text(encoding="utf-8")
MARKERS = '[pytest]\nmarkers =\n    enhet: x\n    bygg: x\n    nettleser: x\n'


@pytest.fixture
def suite(pytester):
    pytester.makeconftest(CONFTEST)
    pytester.makeini(MARKERS)
    return pytester


def test_en_test_uten_felt_stopper_innsamlingen(suite):
    suite.makepyfile("def test_uten_felt():\n    pass\n")
    resultat = suite.runpytest_inprocess()
    assert resultat.ret == pytest.ExitCode.USAGE_ERROR
    assert "mangler felt" in "\n".join(resultat.errlines) and "test_uten_felt" in "\n".join(resultat.errlines)


def test_en_enhetstest_som_starter_en_prosess_feiler(suite):
    suite.makepyfile(
        "import subprocess, sys, pytest\n"
        "pytestmark = pytest.mark.enhet\n"
        "def test_bygger():\n"
        "    subprocess.run([sys.executable, '-c', 'pass'])\n"
    )
    resultat = suite.runpytest_inprocess()
    resultat.assert_outcomes(failed=1)
    assert "En enhetstest starter ingen prosess" in resultat.stdout.str()


@pytest.mark.bygg  # the test inside starts a process; so does this one, then
def test_naermeste_merke_gjelder(suite):
    suite.makepyfile(
        "import subprocess, sys, pytest\n"
        "pytestmark = pytest.mark.enhet\n"
        "@pytest.mark.bygg\n"
        "def test_bygger():\n"
        "    subprocess.run([sys.executable, '-c', 'pass'], check=True)\n"
    )
    suite.runpytest_inprocess().assert_outcomes(passed=1)


def test_bare_nettlesertester_faar_nettleseren(suite):
    suite.makepyfile(
        "import pytest\n"
        "pytestmark = pytest.mark.bygg\n"
        "@pytest.fixture(scope='session')\n"
        "def nettleser():\n"
        "    return object()\n"
        "def test_bruker_nettleser(nettleser):\n"
        "    pass\n"
    )
    resultat = suite.runpytest_inprocess()
    resultat.assert_outcomes(errors=1)
    assert "merk den nettleser" in resultat.stdout.str()


def test_en_enhetstest_som_leser_bygget_feiler(suite):
    suite.makepyfile(
        "import pytest\n"
        "pytestmark = pytest.mark.enhet\n"
        "@pytest.fixture(scope='session')\n"
        "def site():\n"
        "    return object()\n"
        "def test_leser_bygget(site):\n"
        "    pass\n"
    )
    resultat = suite.runpytest_inprocess()
    resultat.assert_outcomes(errors=1)
    assert "merk den bygg eller nettleser" in resultat.stdout.str()


@pytest.mark.parametrize(("felt", "valgt"), [("enhet", "test_enhet"), ("bygg", "test_bygg"), ("nettleser", None)])
def test_minus_m_velger_testene_i_feltet_og_ingen_andre(suite, felt, valgt):
    # The nearest mark is the lane for `-m` too: a bygg test in a unit-test file is not in `-m enhet`.
    suite.makepyfile(
        "import pytest\n"
        "pytestmark = pytest.mark.enhet\n"
        "def test_enhet():\n"
        "    pass\n"
        "@pytest.mark.bygg\n"
        "def test_bygg():\n"
        "    pass\n"
    )
    resultat = suite.runpytest_inprocess("-m", felt, "--collect-only", "-q")
    valgte = [linje.split("::")[-1] for linje in resultat.outlines if "::" in linje]
    assert valgte == ([valgt] if valgt else [])
