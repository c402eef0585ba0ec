"""Every benchmark script starts: its imports resolve and it answers --help. (After the move of the shared
test tools into utvikling/, five of eight stopped at an import, and no test saw it.)"""

import runpy
import sys
from pathlib import Path

import pytest

from utvikling.bygg import ROT

pytestmark = pytest.mark.enhet

MAPPE = ROT / "benchmarks"
# The scripts; felles.py is what they share.
SKRIPT = sorted(p.name for p in MAPPE.glob("*.py") if 'if __name__ == "__main__":' in p.read_text(encoding="utf-8"))


def test_alle_skriptene_er_med():
    assert {"alle.py", "lighthouse.py", "norsk_soek.py", "sidevekt.py", "ombygging.py"} <= set(SKRIPT)


@pytest.mark.parametrize("navn", SKRIPT)
def test_skriptet_starter_og_svarer_paa_help(navn, monkeypatch, capsys):
    monkeypatch.syspath_prepend(str(MAPPE))
    monkeypatch.setattr(sys, "argv", [navn, "--help"])
    for modul in [m for m in sys.modules if getattr(sys.modules[m], "__file__", None) and Path(sys.modules[m].__file__).parent == MAPPE]:
        monkeypatch.delitem(sys.modules, modul)
    with pytest.raises(SystemExit) as slutt:
        runpy.run_path(str(MAPPE / navn), run_name="__main__")
    assert slutt.value.code == 0
    assert "usage:" in capsys.readouterr().out
