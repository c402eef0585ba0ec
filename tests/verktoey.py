"""Both tools used once, the way a reader would: for hosting tests (sub-path, CSP, file://)."""

import re

from playwright.sync_api import expect


def bruk_sjekklisten(side):
    liste = side.locator("#sjekkliste-personvern")
    expect(liste).to_have_class(re.compile(r"\bsm-sjekkliste--js\b"))
    liste.get_by_role("checkbox").first.check()
    expect(liste.locator(".sm-sjekkliste__framdrift [role=status]")).to_contain_text("1 av 6 sjekket")


def bruk_generatoren(side):
    side.wait_for_function("document.querySelector('[data-sm-ansvarsbegrensning]')?.dataset.klar === '1'")
    side.fill("#sm-ansvarsbegrensning-navn", "Statens vegvesen")
    expect(side.locator("#sm-ansvarsbegrensning-tekst p").first).to_contain_text("Statens vegvesens kommunikasjonsavdeling")
