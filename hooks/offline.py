"""Offline bundle (OFFLINE=true): Material's offline plugin loads the iframe-worker shim from a CDN
unless a polyfill with "iframe-worker" in its name is listed already; list the copy shipped in docs/."""

from mkdocs.plugins import event_priority

SHIM = "assets/javascripts/iframe-worker/shim.js"


@event_priority(100)  # before the offline plugin's own on_config
def on_config(config):
    offline = config.plugins.get("material/offline")
    if offline and offline.config.enabled:
        config.extra["polyfills"] = [*config.extra.get("polyfills", []), SHIM]
    return config
