"""Advice that names the agency's own communication department and how to reach it."""

from html import escape


def telefonlenke(nummer):
    return "tel:" + "".join(tegn for tegn in nummer if tegn.isdigit() or tegn == "+")


def registrer(env):
    @env.macro
    def kontaktinformasjon():
        """The agency's contact details from the settings, for the Kontakt page."""
        v = env.conf["extra"]["virksomhet"]
        rader = [
            ("Virksomhet", escape(v["navn"])),
            ("Ansvarlig for veiledningen", escape(v["kommunikasjonsavdeling"])),
            ("E-post", f'<a href="mailto:{escape(v["epost"])}">{escape(v["epost"])}</a>'),
            ("Telefon", f'<a href="{telefonlenke(v["telefon"])}">{escape(v["telefon"])}</a>'),
            ("Betjent", escape(v["betjent"])),
            ("Tilgjengelighet", f'<a href="{escape(v["tilgjengelighetserklaering"])}">Tilgjengelighetserklæring</a> (uustatus.no)'),
        ]
        return '<dl class="sm-kontaktinfo">' + "".join(f"<dt>{n}</dt><dd>{v}</dd>" for n, v in rader) + "</dl>"

    @env.macro
    def kontakt_kommunikasjon(raad):
        """A callout with the given advice followed by the configured department's contact."""
        if not isinstance(raad, str) or not raad.strip():
            raise TypeError(f"kontakt_kommunikasjon() trenger rådet som tekst, fikk {raad!r}")
        v = env.conf["extra"]["virksomhet"]
        return (
            '<div class="admonition tip sm-kontakt">'
            '<p class="admonition-title">Er du i tvil?</p>'
            f"<p>{escape(raad)}</p>"
            f'<p><strong>{escape(v["navn"])}, {escape(v["kommunikasjonsavdeling"])}</strong><br>'
            f'E-post: <a href="mailto:{escape(v["epost"])}">{escape(v["epost"])}</a><br>'
            f'Telefon: <a href="{telefonlenke(v["telefon"])}">{escape(v["telefon"])}</a> '
            f'({escape(v["betjent"])})</p>'
            "</div>"
        )
