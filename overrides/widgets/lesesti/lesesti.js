// The reading path (overrides/widgets/lesesti): «Jeg har lest denne siden» marks and the progress.
// The marks stay in this browser: one versioned JSON record in localStorage, the addresses (below the
// site root) of the pages read. Nothing is sent anywhere.
(() => {
  const NOKKEL = "sm-lesesti";
  const VERSJON = 1;
  // Where the marks go when localStorage throws (blocked or full): survives instant navigation, not a reload.
  let minne = null;
  let lagringVirker = true;

  function hent() {
    if (minne) return new Set(minne);
    try {
      const d = JSON.parse(localStorage.getItem(NOKKEL));
      if (d && d.v === VERSJON && Array.isArray(d.lest)) return new Set(d.lest.filter((s) => typeof s == "string"));
    } catch (feil) {
      // Corrupt JSON: start empty. Storage that throws when read: say so, as when writing fails, instead
      // of silently showing every page as unread.
      if (!(feil instanceof SyntaxError)) lagringVirker = false;
    }
    return new Set();
  }

  function lagre(lest) {
    try {
      localStorage.setItem(NOKKEL, JSON.stringify({ v: VERSJON, lest: [...lest] }));
    } catch {
      lagringVirker = false;
    }
    // Storage that cannot be written or read back: the marks live on in memory.
    minne = lagringVirker ? null : [...lest];
  }

  function sjekkLagring() {
    try {
      const k = NOKKEL + ":test";
      localStorage.setItem(k, "1");
      localStorage.removeItem(k);
    } catch {
      lagringVirker = false;
    }
  }

  const sider = (rot) => {
    try {
      const s = JSON.parse(rot.dataset.lesestiSider);
      return Array.isArray(s) ? s : [];
    } catch {
      return [];
    }
  };

  function vis(rot) {
    const lest = hent();
    const alle = sider(rot);
    for (const boks of rot.querySelectorAll("[data-lesesti-side]")) boks.checked = lest.has(boks.dataset.lesestiSide);
    const n = alle.filter((s) => lest.has(s)).length;
    const tekst = `${n} av ${alle.length} ${alle.length == 1 ? "side" : "sider"} lest`;
    const status = rot.querySelector("[data-lesesti-status]");
    // Only a changed text makes the live region speak.
    if (status && status.textContent != tekst) status.textContent = tekst;
    const lagring = rot.querySelector("[data-lesesti-lagring]");
    if (lagring && !lagringVirker) {
      lagring.hidden = false;
      lagring.classList.add("sm-lesesti__advarsel");
      lagring.textContent =
        "Nettleseren lar ikke siden lagre noe, så merkene blir borte når du lukker eller laster siden på nytt.";
    }
  }

  const visAlle = () => document.querySelectorAll("[data-lesesti]").forEach(vis);

  function start(rot) {
    if (rot.dataset.klar) return;
    rot.dataset.klar = "1";
    for (const e of [rot, ...rot.querySelectorAll("[data-js]")]) if (e.hasAttribute("data-js")) e.hidden = false;
    rot.addEventListener("change", (e) => {
      const boks = e.target.closest("[data-lesesti-side]");
      if (!boks) return;
      const lest = hent();
      if (boks.checked) lest.add(boks.dataset.lesestiSide);
      else lest.delete(boks.dataset.lesestiSide);
      lagre(lest);
      visAlle();
    });
    vis(rot);
  }

  function skrivUt() {
    // Print: utskrift.css prints the address after every link that starts with http. Material's instant
    // navigation makes the site's own links absolute too; those are marked so only external ones print.
    for (const a of document.querySelectorAll("article a[href]:not(.sm-intern)")) {
      try {
        if (new URL(a.href, location.href).origin === location.origin) a.classList.add("sm-intern");
      } catch {}
    }
    for (const knapp of document.querySelectorAll("[data-sm-skriv-ut]")) {
      if (knapp.dataset.klar) continue;
      knapp.dataset.klar = "1";
      knapp.hidden = false;
      knapp.addEventListener("click", () => print());
    }
  }

  // Collapsed blocks print open: <details> is opened before printing and closed again after.
  let lukket = [];
  addEventListener("beforeprint", () => {
    lukket = [...document.querySelectorAll("details:not([open])")];
    for (const d of lukket) d.open = true;
  });
  addEventListener("afterprint", () => {
    for (const d of lukket) d.open = false;
    lukket = [];
  });

  // Another tab changed the marks.
  addEventListener("storage", (e) => {
    if (e.key === NOKKEL) visAlle();
  });

  sjekkLagring();
  // Material swaps the page content on instant navigation and announces each new page on document$.
  const alle = () => {
    document.querySelectorAll("[data-lesesti]").forEach(start);
    skrivUt();
  };
  window.document$ ? document$.subscribe(alle) : alle();
})();
