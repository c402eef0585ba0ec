// Feedback under each page: Material's "Var denne siden nyttig?" buttons and the comment form.
// Sends only to the agency's own endpoint (JSON POST) or prepares an e-mail (mailto:); no analytics.
// On every page (mkdocs.yml, extra_javascript); window.smVerktoey (docs/assets/javascripts/felles-verktoey.js)
// starts it once and shows its errors.
smVerktoey.verktoey("tilbakemelding", () => {
  const EPOST = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

  // An intranet endpoint behind a login answers an expired session with a redirect to the login page;
  // followed, that would look like success while the comment went nowhere. So a redirect, an opaque
  // answer, a status outside 2xx, no answer within TIDSGRENSE and a network error all count as failures.
  const TIDSGRENSE = 10000;
  // A lone surrogate (half an emoji, pasted or typed by script) makes encodeURIComponent throw.
  const velformet = (t) => t.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
  // The page's address without query or fragment: a share link's fragment can hold what a reader typed.
  const sideadresse = () => location.origin + location.pathname;

  /** Sends `data` as JSON; resolves to null when the endpoint took it, else to why it did not. */
  async function send(endepunkt, data) {
    const avbryt = new AbortController();
    const klokke = setTimeout(() => avbryt.abort(), TIDSGRENSE);
    try {
      const svar = await fetch(endepunkt, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ side: location.pathname, tittel: document.title, adresse: sideadresse(), ...data }),
        redirect: "manual",
        signal: avbryt.signal,
      });
      if (svar.type === "opaqueredirect" || (svar.status >= 300 && svar.status < 400))
        return "serveren ba om innlogging. Logg inn på nytt (for eksempel i en ny fane), og send igjen";
      if (svar.type === "opaque") return "serveren svarte ikke slik at siden kan se om den tok imot noe. Prøv igjen senere";
      if (!svar.ok) return `feil ${svar.status} fra serveren. Prøv igjen senere`;
      return null;
    } catch {
      return avbryt.signal.aborted
        ? `serveren svarte ikke på ${TIDSGRENSE / 1000} sekunder. Prøv igjen senere`
        : "fikk ikke kontakt med serveren. Prøv igjen senere";
    } finally {
      clearTimeout(klokke);
    }
  }

  // A value set by script or pasted past the limit is cut to the field's maxlength before use.
  const verdi = (felt) => velformet(felt.value.trim().slice(0, felt.maxLength > 0 ? felt.maxLength : undefined));

  function feilmeldinger(skjema) {
    const feil = [];
    const epost = verdi(skjema.elements.epost);
    if (epost && !EPOST.test(epost)) feil.push([skjema.elements.epost, "Skriv e-postadressen slik: navn@eksempel.no"]);
    if (!verdi(skjema.elements.kommentar)) feil.push([skjema.elements.kommentar, "Skriv en kommentar"]);
    return feil;
  }

  function epostlenke(adresse, felt) {
    const tittel = document.title;
    const linjer = [`Side: ${tittel}`, `Adresse: ${sideadresse()}`];
    if (felt.navn) linjer.push(`Navn: ${felt.navn}`);
    if (felt.epost) linjer.push(`E-post: ${felt.epost}`);
    linjer.push("", felt.kommentar);
    const emne = encodeURIComponent(velformet(`Kommentar til «${tittel}»`));
    return `mailto:${adresse}?subject=${emne}&body=${encodeURIComponent(velformet(linjer.join("\n")))}`;
  }

  return () => {
    const seksjon = document.querySelector(".sm-kommentar");
    if (!seksjon) return;
    const { epost, endepunkt } = seksjon.dataset;
    const skjema = seksjon.querySelector("form");
    const status = skjema.querySelector(".sm-kommentar__status");
    let vurdering = null;
    let sender = false;

    // Rating is offered only where it can be sent: with an e-mail address alone a click would send nothing.
    const vurderingsskjema = document.forms.feedback;
    if (vurderingsskjema && endepunkt) {
      vurderingsskjema.hidden = false;
      const gruppe = vurderingsskjema.firstElementChild;
      const melding = document.createElement("p");
      melding.className = "sm-vurdering__status";
      melding.setAttribute("role", "status");
      gruppe.after(melding);
      for (const knapp of vurderingsskjema.querySelectorAll("[type=submit]")) {
        knapp.addEventListener("click", async (e) => {
          e.preventDefault();
          if (gruppe.disabled) return;
          gruppe.disabled = true;
          melding.textContent = "Sender svaret …";
          const valgt = knapp.dataset.mdValue;
          const feil = await send(endepunkt, { vurdering: valgt });
          if (feil) {
            melding.textContent = `Svaret ble ikke sendt: ${feil}.`;
            gruppe.disabled = false;
            return;
          }
          vurdering = valgt;
          melding.textContent = "";
          const note = vurderingsskjema.querySelector(`.md-feedback__note [data-md-value='${valgt}']`);
          if (note) note.hidden = false;
        });
      }
    }

    const knapp = skjema.querySelector("[type=submit]");
    skjema.addEventListener("submit", async (e) => {
      e.preventDefault();
      // One comment in flight at a time: a second click while waiting would send it twice.
      if (sender) return;
      status.replaceChildren();
      const oppsummering = skjema.querySelector(".sm-feiloppsummering");
      if (smVerktoey.visFeil(oppsummering, feilmeldinger(skjema))) return oppsummering.focus();
      const felt = Object.fromEntries(["navn", "epost", "kommentar"].map((n) => [n, verdi(skjema.elements[n])]));
      if (endepunkt) {
        sender = true;
        knapp.setAttribute("aria-disabled", "true");
        status.textContent = "Sender kommentaren …";
        const grunn = await send(endepunkt, { vurdering, ...felt });
        sender = false;
        knapp.removeAttribute("aria-disabled");
        if (grunn) {
          status.textContent = `Kommentaren ble ikke sendt: ${grunn}. Kommentaren står fortsatt i skjemaet.`;
          return;
        }
        status.textContent = "Takk! Kommentaren er sendt.";
        skjema.reset();
        return;
      }
      const lenke = document.createElement("a");
      lenke.href = epostlenke(epost, felt);
      lenke.textContent = "Åpne e-postprogrammet og send kommentaren";
      status.append("Kommentaren er klar. ", lenke);
      lenke.focus();
    });
  };
});
