// «Kopier lenke» after every section heading (overrides/widgets/kopier-lenke): copies the section's
// full address (origin + path + #anchor, so it is right below any sub-path) and says so politely.
(() => {
  const OVERSKRIFTER = "article.md-content__inner :is(h2, h3, h4, h5, h6)[id]";
  let melding, skjul;

  // One live region for the whole site, outside the content Material swaps on instant navigation.
  function meldingsfelt() {
    if (!melding || !melding.isConnected) {
      melding = document.createElement("div");
      melding.className = "sm-kopier-lenke-melding";
      melding.setAttribute("role", "status");
      document.body.append(melding);
    }
    return melding;
  }

  function si(tekst) {
    const felt = meldingsfelt();
    felt.textContent = tekst;
    felt.classList.add("sm-kopier-lenke-melding--synlig");
    clearTimeout(skjul);
    skjul = setTimeout(() => {
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

  // navigator.clipboard exists only in secure contexts (https, localhost); an intranet on plain http
  // gets the older copy command, from a hidden textarea, and focus goes back where it was. The
  // disclaimer generator copies with this too (window.smKopier): one fallback to keep right.
  async function kopier(tekst) {
    try {
      await navigator.clipboard.writeText(tekst);
      return true;
    } catch {}
    const fokus = document.activeElement;
    const felt = document.createElement("textarea");
    felt.value = tekst;
    felt.setAttribute("readonly", "");
    felt.className = "sm-kopier-lenke-kilde";
    document.body.append(felt);
    felt.select();
    let ok = false;
    try {
      ok = document.execCommand("copy");
    } catch {}
    felt.remove();
    fokus?.focus();
    return ok;
  }
  window.smKopier = kopier;

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
      navn.className = "sm-kopier-lenke__navn";
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
    if (await kopier(lenke)) {
      si("Lenken er kopiert");
    } else {
      // Nothing could be copied: put the address in the address bar, where the reader can copy it.
      history.replaceState(history.state, "", lenke);
      si("Lenken kunne ikke kopieres automatisk. Den står nå i adresselinjen.");
    }
  });

  window.document$ ? document$.subscribe(start) : start();
})();
