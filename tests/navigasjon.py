"""Material's instant navigation, driven and checked the same way by every test that needs it."""

import re

# Counts the tools' subscriptions to Material's document$ by tool name (window.document$ is set once, by
# Material's bundle, which subscribes to it itself on every page: only the functions the tools' setups
# return, through window.smVerktoey.verktoey(name, …), count). By name, not by file: a tool whose script ran
# before felles-verktoey.js was started from the bootstrap's queue (window.smVenter), with no frame of its
# file, and every tool starts in a task of its own.
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
// The function each tool subscribes (what its setup returns) -> the tool's name.
const navnAv = new WeakMap();
let ekteVerktoey;
// Both the bootstrap's stand-in and the real smVerktoey pass through here.
Object.defineProperty(window, "smVerktoey", {
  configurable: true,
  get() { return ekteVerktoey; },
  set(verdi) {
    const start = verdi.verktoey;
    verdi.verktoey = function (navn, lag) {
      return start.call(this, navn, () => {
        const side = lag();
        navnAv.set(side, navn);
        return side;
      });
    };
    ekteVerktoey = verdi;
  },
});
let ekte;
Object.defineProperty(window, "document$", {
  configurable: true,
  get() { return ekte; },
  set(verdi) {
    ekte = verdi;
    const abonner = verdi.subscribe.bind(verdi);
    verdi.subscribe = (...a) => {
      const navn = navnAv.get(a[0]);
      if (navn) window.__abonnement[navn] = (window.__abonnement[navn] || 0) + 1;
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
