// Feedback under each page: Material's "Var denne siden nyttig?" buttons and the comment form.
// Sends only to the agency's own endpoint (JSON POST) or prepares an e-mail (mailto:); no analytics.
(() => {
  const EPOST = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

  function send(endepunkt, data) {
    return fetch(endepunkt, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ side: location.pathname, tittel: document.title, adresse: location.href, ...data }),
    });
  }

  function feilmeldinger(skjema) {
    const feil = [];
    const epost = skjema.elements.epost.value.trim();
    if (epost && !EPOST.test(epost)) feil.push([skjema.elements.epost, "Skriv e-postadressen slik: navn@eksempel.no"]);
    if (!skjema.elements.kommentar.value.trim()) feil.push([skjema.elements.kommentar, "Skriv en kommentar"]);
    return feil;
  }

  function visFeil(skjema, feil) {
    for (const gammel of skjema.querySelectorAll(".sm-feil")) gammel.remove();
    for (const felt of skjema.querySelectorAll("[aria-invalid]")) {
      felt.removeAttribute("aria-invalid");
      felt.setAttribute("aria-describedby", (felt.getAttribute("aria-describedby") || "").replace(/\S+-feil\b/, "").trim());
    }
    const oppsummering = skjema.querySelector(".sm-feiloppsummering");
    const liste = oppsummering.querySelector("ul");
    liste.replaceChildren();
    for (const [felt, tekst] of feil) {
      const melding = document.createElement("p");
      melding.className = "sm-feil";
      melding.id = `${felt.id}-feil`;
      melding.textContent = tekst;
      felt.before(melding);
      felt.setAttribute("aria-invalid", "true");
      felt.setAttribute("aria-describedby", `${felt.getAttribute("aria-describedby") || ""} ${melding.id}`.trim());
      const lenke = document.createElement("a");
      lenke.href = `#${felt.id}`;
      lenke.textContent = tekst;
      const punkt = document.createElement("li");
      punkt.append(lenke);
      liste.append(punkt);
    }
    oppsummering.hidden = feil.length === 0;
    if (feil.length) oppsummering.focus();
  }

  function epostlenke(adresse, vurdering, felt) {
    const tittel = document.title;
    const linjer = [`Side: ${tittel}`, `Adresse: ${location.href}`];
    if (vurdering !== null) linjer.push(`Nyttig: ${vurdering === "1" ? "ja" : "nei"}`);
    if (felt.navn) linjer.push(`Navn: ${felt.navn}`);
    if (felt.epost) linjer.push(`E-post: ${felt.epost}`);
    linjer.push("", felt.kommentar);
    const emne = encodeURIComponent(`Kommentar til «${tittel}»`);
    return `mailto:${adresse}?subject=${emne}&body=${encodeURIComponent(linjer.join("\n"))}`;
  }

  // Material's instant navigation takes over in-page links and then drops the focus: the error
  // summary's links are caught before it (capture on window) and move the focus themselves.
  window.addEventListener("click", (e) => {
    const lenke = e.target.closest?.(".sm-kommentar .sm-feiloppsummering a");
    if (!lenke) return;
    e.preventDefault();
    e.stopPropagation();
    document.getElementById(lenke.hash.slice(1))?.focus();
  }, true);

  document$.subscribe(() => {
    const seksjon = document.querySelector(".sm-kommentar");
    if (!seksjon) return;
    const { epost, endepunkt } = seksjon.dataset;
    const skjema = seksjon.querySelector("form");
    const status = skjema.querySelector(".sm-kommentar__status");
    let vurdering = null;

    const vurderingsskjema = document.forms.feedback;
    if (vurderingsskjema) {
      vurderingsskjema.hidden = false;
      for (const knapp of vurderingsskjema.querySelectorAll("[type=submit]")) {
        knapp.addEventListener("click", (e) => {
          e.preventDefault();
          vurdering = knapp.dataset.mdValue;
          vurderingsskjema.firstElementChild.disabled = true;
          const note = vurderingsskjema.querySelector(`.md-feedback__note [data-md-value='${vurdering}']`);
          if (note) note.hidden = false;
          if (endepunkt) send(endepunkt, { vurdering }).catch(() => {});
        });
      }
    }

    skjema.addEventListener("submit", async (e) => {
      e.preventDefault();
      status.replaceChildren();
      const feil = feilmeldinger(skjema);
      visFeil(skjema, feil);
      if (feil.length) return;
      const felt = Object.fromEntries(["navn", "epost", "kommentar"].map((n) => [n, skjema.elements[n].value.trim()]));
      if (endepunkt) {
        try {
          const svar = await send(endepunkt, { vurdering, ...felt });
          status.textContent = svar.ok
            ? "Takk! Kommentaren er sendt."
            : `Kommentaren ble ikke sendt (feil ${svar.status} fra serveren). Prøv igjen senere.`;
          if (svar.ok) skjema.reset();
        } catch {
          status.textContent = "Kommentaren ble ikke sendt: fikk ikke kontakt med serveren. Prøv igjen senere.";
        }
        return;
      }
      const lenke = document.createElement("a");
      lenke.href = epostlenke(epost, vurdering, felt);
      lenke.textContent = "Åpne e-postprogrammet og send kommentaren";
      status.append("Kommentaren er klar. ", lenke);
      lenke.focus();
    });
  });
})();
