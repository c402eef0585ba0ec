"""Material's instant navigation, driven and checked the same way by every test that needs it."""

import re


def nav_lenke(side, navn):
    return side.locator(".md-nav--primary").get_by_role("link", name=navn, exact=True)


def rask_navigasjon(side, lenke, sti):
    """Clicks `lenke`, waits for the address ending in `sti`, and checks that Material swapped the page
    in place (instant navigation) instead of loading a new document."""
    side.evaluate("window.__samme_dokument = true")
    lenke.click()
    side.wait_for_url(re.compile(re.escape(sti) + "$"))
    assert side.evaluate("window.__samme_dokument") is True, "siden ble lastet på nytt"
