"""Shared by the checklist tests: the data file, opening a page with a checklist, reading its state."""

import json
import re
from pathlib import Path

import yaml
from playwright.sync_api import expect

DATA = Path(__file__).resolve().parent.parent / "overrides" / "verktoey" / "sjekkliste" / "sjekklister.yml"
LISTER = yaml.safe_load(DATA.read_text(encoding="utf-8"))
PERSONVERN = [p["tekst"] for p in LISTER["personvern"]["punkter"]]
DIALOG = [p["tekst"] for p in LISTER["dialog"]["punkter"]]
NOEKKEL = "sm-sjekkliste:"


def liste(side, navn="personvern"):
    return side.locator(f"#sjekkliste-{navn}")


def aapne(side, url, navn="personvern"):
    """Goes to `url` and waits until the script has taken over the checklist."""
    side.goto(url)
    expect(liste(side, navn)).to_have_class(re.compile(r"\bsm-sjekkliste--js\b"))
    return liste(side, navn)


def framdrift(liste):
    return liste.locator(".sm-sjekkliste__framdrift [role=status]")


def avkrysset(liste):
    return [b.is_checked() for b in liste.get_by_role("checkbox").all()]


def bekreft(side, svar=True):
    """Answers the next confirm() and returns the list its message will be put in."""
    meldinger = []

    def svar_paa(dialog):
        meldinger.append(dialog.message)
        dialog.accept() if svar else dialog.dismiss()

    side.once("dialog", svar_paa)
    return meldinger


def lagret(side, navn="personvern"):
    return json.loads(side.evaluate("k => localStorage.getItem(k)", NOEKKEL + navn) or "null")

# A small valid checklist file, for tests that change or break one (the real one may change wording).
GYLDIG = """\
personvern:
  tittel: Sjekk personverninnstillingene
  intervall: 90
  punkter:
    - id: tilgang
      tekst: Hvem har tilgang til informasjonen?
    - id: profil
      tekst: Har du åpen eller lukket profil?
dialog:
  tittel: Sjekkliste for virksomheten
  punkter:
    - id: mandat
      tekst: Mandat.
"""
