"""Debian's Chromium as the tests, the scripts and the benchmarks start it."""

CHROMIUM = "/usr/bin/chromium"
# Every lookup of another host fails at once, so a stray request shows up as a failure, not a stall.
CHROMIUM_FLAGG = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]
