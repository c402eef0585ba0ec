"""Nothing on a page moves when its scripts start, on a phone or a desktop: what the scripts show or fill in
holds its place from the first paint (the tools' templates, overrides/verktoey/kopier-lenke/knapper.py,
uten-js.css). Lighthouse counts every such shift against the page (cumulative layout shift)."""

import pytest
from sider import ALLE_SIDER

pytestmark = pytest.mark.nettleser

SIDER = [*ALLE_SIDER, "for-nye-medarbeidere/", "hele-veiledningen/"]
FORMER = {
    "mobil": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True},
    "desktop": {"viewport": {"width": 1350, "height": 940}},
}
# Every layout shift of the page, with the elements that moved (Chromium's Layout Instability API).
SKIFT = """
window.__skift = [];
new PerformanceObserver((liste) => {
  for (const e of liste.getEntries())
    window.__skift.push({
      verdi: e.value,
      flyttet: e.sources.map((k) => k.node && (k.node.id || k.node.className || k.node.nodeName)),
    });
}).observe({ type: "layout-shift", buffered: true });
"""
# The scripts arrive after the stylesheets, as on a slow line: the page is painted before they run, so a
# change they make to the layout is a shift the observer sees.
FORSINKELSE_MS = 400


@pytest.mark.parametrize("form", FORMER)
@pytest.mark.parametrize("sti", SIDER)
def test_ingenting_flytter_seg_naar_skriptene_starter(nettleser, adresse, sti, form):
    context = nettleser.new_context(locale="nb-NO", **FORMER[form])
    side = context.new_page()
    side.add_init_script(SKIFT)

    def senere(route):
        side.wait_for_timeout(FORSINKELSE_MS)
        route.continue_()

    side.route(lambda url: url.endswith(".js") and "/assets/javascripts/lunr/" not in url, senere)
    side.goto(adresse + sti, wait_until="networkidle")
    # The scripts ran: Material's bundle (document$) and the project's (window.smVerktoey, felles-verktoey.js).
    side.wait_for_function("window.document$ !== undefined && window.smVerktoey !== undefined")
    side.wait_for_timeout(300)
    skift = side.evaluate("window.__skift")
    assert sum(s["verdi"] for s in skift) < 0.001, skift
    # A script still held back (a tool's script that «Hele veiledningen» loads late) must not fail the close.
    side.unroute_all(behavior="ignoreErrors")
    context.close()
