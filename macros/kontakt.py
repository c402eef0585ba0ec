"""The agency's contact details from the settings: the "Er du i tvil?" callout and the Kontakt page."""

from html import escape


def telefonlenke(nummer):
    return "tel:" + "".join(tegn for tegn in nummer if tegn.isdigit() or tegn == "+")


def epost_a(adresse):
    return f'<a href="mailto:{escape(adresse)}">{escape(adresse)}</a>'


def telefon_a(nummer):
    return f'<a href="{telefonlenke(nummer)}">{escape(nummer)}</a>'


def registrer(env):
    @env.macro
    def kontaktinformasjon():
        """The agency's contact details from the settings, for the Kontakt page."""
        v = env.conf["extra"]["virksomhet"]
        erklaering = f'<a href="{escape(v["tilgjengelighetserklaering"])}">Tilgjengelighetserklæring</a> (uustatus.no)'
        rader = [
            ("Virksomhet", escape(v["navn"])),
            ("Ansvarlig for veiledningen", escape(v["kommunikasjonsavdeling"])),
            ("E-post", epost_a(v["epost"])),
            ("Telefon", telefon_a(v["telefon"])),
            ("Betjent", escape(v["betjent"])),
            ("Tilgjengelighet", erklaering),
        ]
        # A line break between the cells: the search index joins text without one («TelefonBetjent»).
        return '<dl class="sm-kontaktinfo">\n' + "".join(f"<dt>{n}</dt>\n<dd>{v}</dd>\n" for n, v in rader) + "</dl>"

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
            f'<p><strong>{escape(v["navn"])}, {escape(v["kommunikasjonsavdeling"])}</strong><br>\n'
            f'E-post: {epost_a(v["epost"])}<br>\n'
            f'Telefon: {telefon_a(v["telefon"])} ({escape(v["betjent"])})</p>'
            "</div>"
        )
