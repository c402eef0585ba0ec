// The reading path (overrides/verktoey/lesesti): «Jeg har lest denne siden» marks and the progress.
// The marks stay in this browser: one versioned JSON record in localStorage, the addresses (below the
// site root) of the pages read. Nothing is sent anywhere. On every page (mkdocs.yml, extra_javascript);
// window.smVerktoey (docs/assets/javascripts/felles-verktoey.js) starts it once.
smVerktoey.verktoey("lesesti", () => {
  const NOEKKEL = "sm-lesesti";
  const VERSJON = 1;
  // In memory instead where localStorage fails: survives instant navigation, not a reload.
  const lager = new smVerktoey.Lager(NOEKKEL);

  // Corrupt or another version: start empty.
  function hent() {
    try {
      const d = JSON.parse(lager.les());
      if (d && d.v === VERSJON && Array.isArray(d.lest)) return new Set(d.lest.filter((s) => typeof s == "string"));
    } catch {}
    return new Set();
  }

  const lagre = (lest) => lager.skriv(JSON.stringify({ v: VERSJON, lest: [...lest] }));

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
    if (lagring && !lager.virker)
      smVerktoey.advarOmLagring(lagring, "Nettleseren lar ikke siden lagre noe, så merkene blir borte når du lukker eller laster siden på nytt.");
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

  // Another tab changed the marks.
  addEventListener("storage", (e) => {
    if (e.key === NOEKKEL) visAlle();
  });

  // Material swaps the page content on instant navigation and announces each new page on document$.
  return () => document.querySelectorAll("[data-lesesti]").forEach(start);
});
