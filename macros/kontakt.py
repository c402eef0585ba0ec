"""The agency's contact details from the settings: the "Er du i tvil?" callout and the Kontakt page.

The contact line itself is one template, overrides/partials/kontaktlinje.html, shared with the footer.
"""

from html import escape

from .verktoey import gjengi, overstyringer


def registrer(env):
    def kontaktlinje():
        return gjengi(overstyringer(env.conf), "partials/kontaktlinje.html", config=env.conf)

    @env.macro
    def kontaktinformasjon():
        """The Kontakt page: who answers questions here (the agency), and who wrote the guidance (extra.kilde)."""
        v, k = env.conf["extra"]["virksomhet"], env.conf["extra"]["kilde"]
        avsender = env.conf["extra"]["avledet"]["avsender"]
        gjeldende = (
            f' og <a href="{escape(k["gjeldende"])}">gjeldende utgave hos {escape(k["utgiver_kort"])}</a>'
            + (f" ({escape(k['gjeldende_merknad'])})" if k.get("gjeldende_merknad") else "")
            if k.get("gjeldende")
            else ""
        )
        erklaering = f'<a href="{escape(v["tilgjengelighetserklaering"])}">Tilgjengelighetserklæring</a> (uustatus.no)'
        return (
            '<h2 id="hvem-svarer">Hvem svarer på spørsmål her</h2>'
            f"<p>{escape(avsender[:1].upper() + avsender[1:])} svarer på spørsmål om veiledningen og om hvilke regler "
            f"som gjelder hos {escape(v['navn'])}.</p>"
            f'<p class="sm-kontaktlinje">{kontaktlinje()}</p>'
            f"<p>{erklaering}</p>"
            '<h2 id="hvem-skrev">Hvem skrev veiledningen</h2>'
            f"<p>Veiledningen «{escape(k['tittel'])}» er skrevet av {escape(k['utgiver'])} ({escape(k['utgiver_kort'])}). "
            f"{escape(v['navn'])} publiserer siden «{escape(k['side'])}» her, med verktøy og tekst merket «Lagt til». "
            f'Se <a href="{escape(k["adresse"])}">originalsiden</a>{gjeldende}. '
            f"Spørsmål om det som står her, sender du til {escape(avsender)}, ikke til {escape(k['utgiver_kort'])}.</p>"
        )

    @env.macro
    def kontakt_kommunikasjon(raad):
        """A callout with the given advice followed by the configured department's contact."""
        if not isinstance(raad, str) or not raad.strip():
            raise TypeError(f"kontakt_kommunikasjon() trenger rådet som tekst, fikk {raad!r}")
        avsender = env.conf["extra"]["avledet"]["avsender"]
        return (
            '<div class="admonition question sm-kontakt">'
            '<p class="admonition-title">Er du i tvil?</p>'
            f"<p>{escape(raad)}</p>"
            f"<p><strong>{escape(avsender[:1].upper() + avsender[1:])}</strong><br>{kontaktlinje()}</p>"
            "</div>"
        )
