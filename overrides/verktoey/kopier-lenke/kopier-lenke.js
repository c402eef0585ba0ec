// «Kopier lenke» after every section heading (overrides/verktoey/kopier-lenke): copies the section's
// full address (origin + path + #anchor, so it is right below any sub-path) and says so politely.
//
// Why not Material's own copy (clipboard.js on data-clipboard-text, content.code.copy): its «Kopiert»
// appears in .md-dialog, which is no live region (a screen reader hears nothing, WCAG 4.1.3), for two
// seconds, and it says nothing when copying fails; then this puts the address in the address bar and says so.
smVerktoey.verktoey("kopier-lenke", () => {
  const OVERSKRIFTER = "article.md-content__inner :is(h2, h3, h4, h5, h6)[id]";
  // One live region for the whole site, outside the content Material swaps on instant navigation.
  const melding = { felt: null, skjul: 0 };

  function meldingsfelt() {
    if (!melding.felt || !melding.felt.isConnected) {
      melding.felt = document.createElement("div");
      melding.felt.className = "sm-kopier-lenke-melding";
      melding.felt.setAttribute("role", "status");
      document.body.append(melding.felt);
    }
    return melding.felt;
  }

  function si(tekst) {
    const felt = meldingsfelt();
    felt.textContent = tekst;
    felt.classList.add("sm-kopier-lenke-melding--synlig");
    clearTimeout(melding.skjul);
    melding.skjul = setTimeout(() => {
      felt.classList.remove("sm-kopier-lenke-melding--synlig");
      felt.textContent = "";
    }, 4000);
  }

  // The heading's own text, without the permalink and this control.
  const tittel = (h) =>
    [...h.childNodes]
      .filter((n) => !(n.classList && (n.classList.contains("headerlink") || n.classList.contains("sm-kopier-lenke"))))
      .map((n) => n.textContent)
      .join("")
      .trim();

  function adresse(id) {
    const u = new URL(location.href);
    u.search = "";
    u.hash = id; // the URL API percent-encodes æ, ø and å, so the link survives any e-mail or document
    return u.href;
  }

  // The build writes the buttons into the page (knapper.py, so they hold their place from the first paint);
  // this adds them where it did not run, as under Zensical, which runs no hooks.
  function start() {
    for (const h of document.querySelectorAll(OVERSKRIFTER)) {
      const permalenke = h.querySelector(":scope > a.headerlink");
      if (!permalenke || h.querySelector(":scope > .sm-kopier-lenke")) continue;
      const knapp = document.createElement("button");
      knapp.type = "button";
      knapp.className = "sm-kopier-lenke";
      const navn = document.createElement("span");
      // The heading's name completes the button's accessible name («Kopier lenke til «Svartid»»), unseen.
      navn.className = "sm-skjult-tekst";
      navn.textContent = ` til «${tittel(h)}»`;
      knapp.append("Kopier lenke", navn);
      permalenke.after(knapp);
    }
  }

  document.addEventListener("click", async (e) => {
    const knapp = e.target.closest(".sm-kopier-lenke");
    if (!knapp) return;
    const h = knapp.parentElement;
    const lenke = adresse(h.id);
    meldingsfelt();
    if (await smVerktoey.kopier(lenke)) {
      si("Lenken er kopiert");
    } else {
      // Nothing could be copied: put the address in the address bar, where the reader can copy it.
      history.replaceState(history.state, "", lenke);
      si("Lenken kunne ikke kopieres automatisk. Den står nå i adresselinjen.");
    }
  });

  return start;
});
