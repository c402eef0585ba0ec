// Interactive checklists (overrides/verktoey/sjekkliste). The state stays in this browser: one
// versioned JSON record per checklist in localStorage, holding every profile. Nothing is sent anywhere.
// Each checklist has a mark for this script (macros/verktoey.py); window.smVerktoey
// (docs/assets/javascripts/felles-verktoey.js) loads it once per document and starts it once.
smVerktoey.verktoey("sjekkliste", () => {
  const VERSJON = 1;
  const STANDARD = "standard";
  const DATO = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
  // One record per checklist, by storage key: its storage (smVerktoey.Lager, which keeps it in memory when
  // localStorage fails), its state and the copies on the page that show it. Copies of one checklist on a
  // page (the whole guidance repeats each page's lists) share one record.
  const poster = {};

  const to = (n) => String(n).padStart(2, "0");
  const idag = () => {
    const d = new Date();
    return `${d.getFullYear()}-${to(d.getMonth() + 1)}-${to(d.getDate())}`;
  };
  const deler = (s) => s.split("-").map(Number);
  // The month names come from the page (data-maaneder, written from overrides/partials/norsk-dato.html).
  const norsk = (s, maaneder) => {
    const [a, m, d] = deler(s);
    return `${d}. ${maaneder[m - 1]} ${a}`;
  };
  // Calendar days, counted in UTC so that the 23- and 25-hour days around DST do not shift the count.
  const dagerSiden = (s) => {
    const [a, m, d] = deler(s), [x, y, z] = deler(idag());
    return Math.round((Date.UTC(x, y - 1, z) - Date.UTC(a, m - 1, d)) / 864e5);
  };
  const siden = (n) => (n < 1 ? "i dag" : n < 2 ? "i går" : `for ${n} dager siden`);
  // The name field's maxlength; a name from storage or set by script is cut to it too (a 100 000-character
  // name froze the page), and control characters never reach the page or the downloaded record.
  const NAVNLENGDE = 60;
  const KONTROLL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
  const enLinje = (t) => t.replace(KONTROLL, " ").replace(/\s+/g, " ").trim();
  const rensNavn = (n) => enLinje(n).slice(0, NAVNLENGDE);
  // Text in the downloaded Markdown record: one line, Markdown's own characters escaped, so that a name
  // cannot add a line, a ticked item or markup of its own.
  const somMarkdown = (t) => enLinje(t).replace(/[\\`*_{}[\]()<>&#|~!]/g, "\\$&");

  // Whatever is stored (corrupt, another version, items since removed) becomes a valid state:
  // unknown item ids are dropped, known ones kept, and a default profile always exists.
  function rydd(raa, ids) {
    let d;
    try {
      d = JSON.parse(raa);
    } catch {}
    if (!d || d.v !== VERSJON || !Array.isArray(d.profiler)) d = { profiler: [] };
    const sett = new Set([STANDARD]);
    const profiler = [{ id: STANDARD, navn: "Standard", sjekket: [], dato: null }];
    for (const p of d.profiler) {
      if (!p || typeof p.id != "string" || typeof p.navn != "string" || p.id.length > 40) continue;
      const ny = {
        id: p.id,
        navn: rensNavn(p.navn) || "Uten navn",
        sjekket: Array.isArray(p.sjekket) ? ids.filter((i) => p.sjekket.includes(i)) : [],
        dato: DATO.test(p.dato) ? p.dato : null,
      };
      if (p.id == STANDARD) profiler[0] = { ...ny, navn: "Standard" };
      else if (!sett.has(p.id)) profiler.push(ny);
      sett.add(p.id);
    }
    return { v: VERSJON, aktiv: sett.has(d.aktiv) ? d.aktiv : STANDARD, profiler };
  }

  function start(rot) {
    if (rot.dataset.klar) return;
    rot.dataset.klar = 1;
    const $ = (s) => rot.querySelector(s);
    const navn = rot.dataset.sjekkliste;
    const intervall = +rot.dataset.intervall || 90;
    const noekkel = "sm-sjekkliste:" + navn;
    const maaneder = rot.dataset.maaneder.split(" ");
    const dag = (s) => norsk(s, maaneder);
    const bokser = [...rot.querySelectorAll("[type=checkbox]")];
    const ids = bokser.map((b) => b.value);
    const velg = $("select"), ny = $("form"), felt = ny.querySelector("input");
    const status = $("[role=status]"), dato = $(".sm-sjekkliste__dato"), lagring = $(".sm-sjekkliste__lagring");
    const d = (poster[noekkel] ??= { lager: new smVerktoey.Lager(noekkel), ids, visere: [] });
    // A new page reads the record again: another tab may have changed it meanwhile.
    if (!d.visere.some((v) => v.rot.isConnected)) {
      d.t = rydd(d.lager.les(), ids);
      d.visere = [];
    }
    const aktiv = () => d.t.profiler.find((p) => p.id == d.t.aktiv);

    function vis() {
      const p = aktiv(), n = p.sjekket.length;
      const profiler = d.t.profiler.map((p) => p.id + ":" + p.navn).join();
      if (velg.dataset.profiler != profiler) {
        velg.replaceChildren(...d.t.profiler.map((p) => new Option(p.navn, p.id)));
        velg.dataset.profiler = profiler;
      }
      const dager = p.dato ? dagerSiden(p.dato) : 0;
      const s = `${n} av ${ids.length} sjekket`;
      for (const b of bokser) b.checked = p.sjekket.includes(b.value);
      velg.value = p.id;
      $("[data-handling=slett]").hidden = p.id == STANDARD;
      // Only a changed text makes the live region speak.
      if (status.textContent != s) status.textContent = s;
      dato.textContent = p.dato ? `Sist gjennomgått ${dag(p.dato)} (${siden(dager)})` : "";
      $(".sm-sjekkliste__paaminnelse").hidden = !(p.dato && dager >= intervall);
      $("[data-handling=ny-runde]").hidden = !n;
      $(".sm-sjekkliste__utskrift").textContent = `Konto: ${p.navn} · Dato: ${dag(idag())}`;
      if (!d.lager.virker)
        smVerktoey.advarOmLagring(lagring, "Nettleseren lar ikke sjekklisten lagre noe, så det du krysser av, blir borte når du lukker eller laster siden på nytt.");
    }

    vis.rot = rot;
    d.visere.push(vis);

    // The record as it is stored now (another tab may have changed it), or this tab's copy of it where
    // storage cannot be read.
    function fersk() {
      const raa = d.lager.les();
      return rydd(d.lager.virker ? raa : JSON.stringify(d.t), ids);
    }

    // A change is made to the fresh record, not to this tab's copy: writing the old copy whole would erase
    // what another tab changed. `gjoer` gets the record and this tab's active profile in it (put back if
    // another tab deleted it: nothing is lost).
    function endre(gjoer) {
      const t = fersk();
      const egen = aktiv();
      let p = t.profiler.find((q) => q.id == egen.id);
      if (!p) t.profiler.push((p = { ...egen }));
      t.aktiv = p.id;
      gjoer(t, p);
      d.t = t;
      d.lager.skriv(JSON.stringify(t));
      visAlle(d);
    }

    function lastNed() {
      const p = aktiv();
      const linjer = [
        `# ${somMarkdown($("legend").textContent)}`,
        "",
        `- Konto: ${somMarkdown(p.navn)}`,
        `- Dato: ${dag(idag())}`,
        `- Sist gjennomgått: ${p.dato ? dag(p.dato) : "ikke ennå"}`,
        `- ${status.textContent}`,
        `- Kilde: ${location.href.split("#")[0]}`,
        "",
        ...bokser.map((b) => `- [${b.checked ? "x" : " "}] ${somMarkdown(b.labels[0].textContent)}`),
        "",
      ];
      smVerktoey.lastNed(linjer.join("\n"), `sjekkliste-${navn}-${idag()}.md`, "text/markdown;charset=utf-8");
    }

    const handlinger = {
      slett() {
        const p = aktiv();
        if (!confirm(`Vil du fjerne kontoen «${p.navn}» fra sjekklisten? Det som er krysset av for den, blir borte. Selve kontoen i sosiale medier berøres ikke.`)) return;
        endre((t) => {
          t.profiler = t.profiler.filter((q) => q.id != p.id);
          t.aktiv = STANDARD;
        });
        velg.focus();
      },
      nullstill() {
        const p = aktiv();
        if (!confirm(`Vil du slette alle kryss og datoen for siste gjennomgang for kontoen «${p.navn}»?`)) return;
        endre((t, q) => {
          q.sjekket = [];
          q.dato = null;
        });
      },
      "ny-runde"() {
        // The date of the last full check stays as history until the next one.
        endre((t, p) => (p.sjekket = []));
        bokser[0].focus();
      },
      "skriv-ut"() {
        const html = document.documentElement.classList;
        html.add("sm-skriver-ut");
        rot.classList.add("sm-sjekkliste--utskrift");
        addEventListener("afterprint", () => {
          html.remove("sm-skriver-ut");
          rot.classList.remove("sm-sjekkliste--utskrift");
        }, { once: true });
        print();
      },
      "last-ned": lastNed,
    };

    rot.addEventListener("click", (e) => {
      const h = e.target.closest("[data-handling]");
      if (h) handlinger[h.dataset.handling]();
    });

    rot.addEventListener("change", (e) => {
      const b = e.target;
      if (b == velg) {
        d.t.aktiv = velg.value;
        endre(() => {});
      } else if (bokser.includes(b)) {
        // Only this item changes; the others stay as the record has them (another tab may have ticked them).
        endre((t, p) => {
          const alle = p.sjekket.length == ids.length;
          p.sjekket = ids.filter((i) => (i == b.value ? b.checked : p.sjekket.includes(i)));
          if (!alle && p.sjekket.length == ids.length) p.dato = idag();
        });
      }
    });

    felt.addEventListener("input", () => felt.setCustomValidity(""));
    ny.addEventListener("submit", (e) => {
      e.preventDefault();
      const n = rensNavn(felt.value);
      const t = fersk();
      const feil = !n ? "Skriv navnet på kontoen."
        : t.profiler.some((p) => p.navn.toLowerCase() == n.toLowerCase()) ? `Du har allerede en konto som heter «${n}».` : "";
      felt.setCustomValidity(feil);
      if (feil) return felt.reportValidity();
      const id = "p" + Date.now().toString(36) + Math.random().toString(36).slice(2, 6);
      endre((t) => {
        t.profiler.push({ id, navn: n, sjekket: [], dato: null });
        t.aktiv = id;
      });
      felt.value = "";
      velg.focus();
    });

    vis();
    // Shown only now, with their first text already in place, so the live regions stay quiet on load.
    for (const e of rot.querySelectorAll("[data-js]")) e.hidden = false;
    rot.classList.add("sm-sjekkliste--js");
  }

  const visAlle = (d) => d.visere.forEach((v) => v.rot.isConnected && v());

  // Another tab changed a record: take it as it now is, and stay on this tab's profile if it still exists.
  addEventListener("storage", (e) => {
    const d = poster[e.key];
    if (!d || !d.visere.some((v) => v.rot.isConnected)) return;
    const t = rydd(e.newValue, d.ids);
    if (t.profiler.some((p) => p.id == d.t.aktiv)) t.aktiv = d.t.aktiv;
    d.t = t;
    visAlle(d);
  });

  // Material swaps the page content on instant navigation and announces each new page on document$.
  return () => document.querySelectorAll(".sm-sjekkliste").forEach(start);
});
