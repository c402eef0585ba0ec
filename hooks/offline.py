"""Offline bundle (OFFLINE=true), for use opened from disk (file://).

Material's offline plugin loads the iframe-worker shim from a CDN unless a polyfill with
"iframe-worker" in its name is listed already: list the copy shipped in docs/. It also leaves instant
navigation on, which cannot fetch pages from file://; the failure ends Material's document$ before the
first page is announced, so no page script (the tools) would start. Turn it off.
"""

from mkdocs.plugins import event_priority

SHIM = "assets/javascripts/iframe-worker/shim.js"


@event_priority(100)  # before the offline plugin's own on_config
def on_config(config):
    offline = config.plugins.get("material/offline")
    if offline and offline.config.enabled:
        config.extra["polyfills"] = [*config.extra.get("polyfills", []), SHIM]
        features = config.theme.get("features") or []
        config.theme["features"] = [f for f in features if not f.startswith("navigation.instant")]
    return config
