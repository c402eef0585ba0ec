"""Material's instant navigation, driven and checked the same way by every test that needs it."""

import re

# Counts the tool scripts' subscriptions to Material's document$ (window.document$ is set once, by
# Material's bundle, which subscribes to it itself on every page: only calls made from a file under
# verktoey/, by way of window.smVerktoey.verktoey or not, count, by the first such file below this wrapper).
TELL_ABONNEMENT = """
// Script elements for the checklist put into the page (by the parser or by instant navigation): a count
// that does not depend on whether the browser fetched the file again or took it from its cache.
window.__sjekklisteskript = 0;
new MutationObserver((endringer) => {
  for (const e of endringer)
    for (const n of e.addedNodes)
      if (n.tagName === "SCRIPT" && /sjekkliste/.test(n.src)) window.__sjekklisteskript++;
}).observe(document, { childList: true, subtree: true });
window.__abonnement = {};
let ekte;
Object.defineProperty(window, "document$", {
  configurable: true,
  get() { return ekte; },
  set(verdi) {
    ekte = verdi;
    const abonner = verdi.subscribe.bind(verdi);
    verdi.subscribe = (...a) => {
      const fil = new Error().stack.split("\\n").slice(2).join("\\n").match(/\\/verktoey\\/[^:?]+\\.js/);
      if (fil) window.__abonnement[fil[0]] = (window.__abonnement[fil[0]] || 0) + 1;
      return abonner(...a);
    };
  },
});
"""


def nav_lenke(side, navn):
    return side.locator(".md-nav--primary").get_by_role("link", name=navn, exact=True)


def rask_navigasjon(side, lenke, sti):
    """Clicks `lenke`, waits for the address ending in `sti`, and checks that Material swapped the page
    in place (instant navigation) instead of loading a new document."""
    side.evaluate("window.__samme_dokument = true")
    lenke.click()
    side.wait_for_url(re.compile(re.escape(sti) + "$"))
    assert side.evaluate("window.__samme_dokument") is True, "siden ble lastet på nytt"
