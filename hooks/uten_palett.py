"""Material's palette stylesheet (assets/stylesheets/palette.<hash>.min.css) left out of the pages when none
of its rules can apply.

Material links it on every page whenever theme.palette is set, and the palette must stay set: it gives <body>
the data-md-color-* attributes that the agency's colour (virksomhet.css) hangs on. With this site's palette,
one scheme "default" with primary and accent "custom" and no toggle, the file holds no rule for the page:
its rules are for the named colours, the "slate" scheme and the moment of switching palettes. It is still
a render-blocking request, 11.9 KB (2.0 KB gzip), that the first paint and Lighthouse's LCP wait for
(issue 17; benchmarks/lighthouse.py --mot-ren, benchmarks/README.md). Another palette in mkdocs.yml keeps it.

Zensical runs no hooks: there the stylesheet stays, and the page looks the same.
"""

import re

PALETT = re.compile(r'\s*<link rel="stylesheet" href="[^"]*assets/stylesheets/palette\.[0-9a-f]{8}\.min\.css">')
# The values whose rules palette.css does not have (checked by tests/test_uten_palett.py against the file).
UTEN_REGLER = {"scheme": "default", "primary": "custom", "accent": "custom"}


def overflodig(config):
    palett = config.theme.get("palette")
    return isinstance(palett, dict) and all(palett.get(k, v) == v for k, v in UTEN_REGLER.items())


def uten_palett(html, config):
    return PALETT.sub("", html, count=1) if overflodig(config) else html


def on_post_page(output, page, config):
    return uten_palett(output, config)


def on_post_template(output_content, template_name, config):
    # The 404 page is a theme template, not a page.
    return uten_palett(output_content, config)
