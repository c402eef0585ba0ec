"""Stable addresses: tests/data/lenker.txt against the build, and proof that the check catches a
removed anchor, a moved page and a new section, and lets a redirected page pass."""


import pytest
from sider import SIDER

from utvikling import lenkeliste
from utvikling.bygg import ROT, bygg, kopi_med
from utvikling.lenkeliste import Bygg, les_liste, ny_liste, sjekk

pytestmark = pytest.mark.bygg

NYE_SIDER = ("for-nye-medarbeidere/", "hele-veiledningen/")


def test_lenkelista_stemmer_med_bygget(site):
    rapport = sjekk(site, les_liste())
    assert rapport.ok, rapport.forklaring()


@pytest.mark.enhet
def test_lista_har_hver_side_og_avsnittene():
    liste = les_liste()
    assert len(liste) == len(set(liste)), "en adresse står to ganger"
    for sti in [*SIDER, *NYE_SIDER]:
        assert f"/{sti}" in liste
    assert "/sanntid/#når-svaret-tar-tid" in liste
    assert "/hele-veiledningen/#sanntid--når-svaret-tar-tid" in liste
    assert all(adresse.startswith("/") for adresse in liste)


def bygg_kopi(tmp_path, filer=None, fjern=()):
    prosjekt = kopi_med(tmp_path / "prosjekt", {}, filer)
    for sti in fjern:
        (prosjekt / sti).unlink()
    resultat = bygg(tmp_path / "site", config="test.yml", cwd=prosjekt)
    assert resultat.returncode == 0, resultat.stderr
    return tmp_path / "site"


def les(sti):
    return (ROT / sti).read_text(encoding="utf-8")


def test_endret_overskrift_stopper_sjekken_og_sier_hvorfor(tmp_path):
    sanntid = les("docs/sanntid.md")
    assert "## Når svaret tar tid" in sanntid
    site = bygg_kopi(tmp_path, {"docs/sanntid.md": sanntid.replace("## Når svaret tar tid", "## Når svaret drøyer")})
    rapport = sjekk(site, les_liste())
    mangler = dict(rapport.mangler)
    assert mangler["/sanntid/#når-svaret-tar-tid"] == "ankeret finnes ikke på siden"
    assert "/hele-veiledningen/#sanntid--når-svaret-tar-tid" in mangler
    assert len(mangler) == 2
    assert "/sanntid/#når-svaret-drøyer" in rapport.nye
    assert not rapport.ok
    assert "/sanntid/#når-svaret-tar-tid" in rapport.forklaring()
    assert "scripts/lenkeliste.py" in rapport.forklaring()


def test_ny_overskrift_maa_inn_i_lista(tmp_path):
    eierskap = les("docs/eierskap.md") + "\n## Et nytt avsnitt\n\nTekst.\n"
    rapport = sjekk(bygg_kopi(tmp_path, {"docs/eierskap.md": eierskap}), les_liste())
    assert rapport.mangler == []
    assert rapport.nye == ["/eierskap/#et-nytt-avsnitt", "/hele-veiledningen/#eierskap--et-nytt-avsnitt"]
    assert "Oppdater lista med .venv/bin/python scripts/lenkeliste.py" in rapport.forklaring()


def flyttet_sanntid(omdiriger):
    """sanntid.md moved to sanntid-og-svartid.md, with or without a redirect from the old address."""
    konfig = les("mkdocs.yml")
    assert konfig.count("  - Sanntid: sanntid.md\n") == 1
    assert konfig.count("      redirect_maps:\n") == 1
    konfig = konfig.replace("  - Sanntid: sanntid.md\n", "  - Sanntid: sanntid-og-svartid.md\n")
    if omdiriger:
        konfig = konfig.replace("      redirect_maps:\n", "      redirect_maps:\n        sanntid.md: sanntid-og-svartid.md\n")
    return {"mkdocs.yml": konfig, "docs/sanntid-og-svartid.md": les("docs/sanntid.md")}


def test_flyttet_side_uten_omdirigering_stopper_sjekken(tmp_path):
    site = bygg_kopi(tmp_path, flyttet_sanntid(omdiriger=False), fjern=["docs/sanntid.md"])
    mangler = dict(sjekk(site, les_liste()).mangler)
    assert mangler["/sanntid/"] == "siden finnes ikke, og ingen omdirigering"
    assert "/sanntid/#svartid" in mangler


def test_omdirigering_holder_den_gamle_adressen_og_ankrene(tmp_path):
    site = bygg_kopi(tmp_path, flyttet_sanntid(omdiriger=True), fjern=["docs/sanntid.md"])
    assert 'content="0; url=../sanntid-og-svartid/"' in (site / "sanntid" / "index.html").read_text(encoding="utf-8")
    rapport = sjekk(site, les_liste())
    assert rapport.mangler == []
    assert "/sanntid-og-svartid/" in rapport.nye
    # Regenerating keeps the old addresses (they still work) and adds the new ones.
    adresser, _ = ny_liste(lenkeliste.les_bygg(site), les_liste())
    assert {"/sanntid/", "/sanntid/#svartid", "/sanntid-og-svartid/", "/sanntid-og-svartid/#svartid"} <= set(adresser)


def kunstig_bygg():
    return Bygg(
        sider={"/": ["a"], "/ny/": ["x", "y"], "/annen/": []},
        omdirigeringer={"/gammel/": "/ny/", "/eldst/": "/gammel/", "/blindvei/": "/borte/"},
    )


@pytest.mark.parametrize(
    "adresse,hvorfor",
    [
        ("/eldst/#x", None),
        ("/gammel/#y", None),
        ("/gammel/#z", "ankeret finnes ikke på /ny/ (omdirigert fra /gammel/)"),
        ("/blindvei/", "omdirigeringen fra /blindvei/ fører ikke til en side"),
        ("/borte/", "siden finnes ikke, og ingen omdirigering"),
        ("/#b", "ankeret finnes ikke på siden"),
    ],
)
def test_omdirigeringer_foelges_og_ankre_sjekkes_paa_maalet(adresse, hvorfor):
    liste = [*kunstig_bygg().adresser(), adresse]
    rapport = sjekk(kunstig_bygg(), liste)
    assert rapport.nye == []
    assert rapport.mangler == ([] if hvorfor is None else [(adresse, hvorfor)])


@pytest.mark.enhet
def test_ny_liste_tar_ut_det_som_er_brutt_og_beholder_omdirigert(tmp_path):
    gammel = ["/", "/#a", "/#borte", "/gammel/", "/gammel/#x", "/fjernet/"]
    adresser, rapport = ny_liste(kunstig_bygg(), gammel)
    assert adresser == ["/", "/#a", "/annen/", "/gammel/", "/gammel/#x", "/ny/", "/ny/#x", "/ny/#y"]
    assert [a for a, _ in rapport.mangler] == ["/#borte", "/fjernet/"]
    fil = tmp_path / "lenker.txt"
    lenkeliste.skriv(adresser, fil)
    assert les_liste(fil) == adresser
    assert fil.read_text(encoding="utf-8").startswith("# Stabile adresser")


def test_kommandoen_sjekker_et_bygg(site, capsys):
    assert lenkeliste.main(["--site", str(site), "--sjekk"]) == 0
    assert "Lenkelista stemmer med bygget." in capsys.readouterr().out
