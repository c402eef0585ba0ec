"""axe-core (bundled in axe-playwright-python, so it runs offline) with the WCAG tags we answer to."""

from axe_playwright_python.sync_playwright import Axe

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
_axe = Axe()


def axe_brudd(side, kontekst=None):
    """Violations on the open page as readable lines (rule, impact, the elements); empty when clean."""
    svar = _axe.run(side, context=kontekst, options={"runOnly": {"type": "tag", "values": WCAG}})
    return [
        f"{brudd['id']} ({brudd['impact']}): {[node['target'] for node in brudd['nodes']][:5]} – {brudd['help']}"
        for brudd in svar.response["violations"]
    ]
