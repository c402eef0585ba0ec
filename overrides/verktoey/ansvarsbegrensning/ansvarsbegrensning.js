/* Ansvarsbegrensning: fills in the suggested text from the form (docs/ansvarsbegrensning.md).
   The text comes from tekst.yml, put in data-mal by macro.py, so it cannot differ from the one
   the page shows. Everything happens here in the browser: nothing typed is sent anywhere, and
   what the reader types only ever reaches the page as text (text nodes), never as HTML. Copying,
   the download and the error summary are window.smVerktoey's (docs/assets/javascripts/felles-verktoey.js),
   which also loads this script (a mark in the page: macros/verktoey.py) and starts it once per document. */
smVerktoey.verktoey("ansvarsbegrensning", () => {
  "use strict";
  // Platforms count characters, not UTF-16 code units: an emoji is one character, not two.
  const tegn = t => [...t].length;
  const tall = n => String(n).replace(/\B(?=(\d{3})+$)/g, "\u00a0");
  // Språkrådet: an s without apostrophe; the typographic apostrophe alone after s, x or z («Norsk Tipping AS’»);
  // a name already in the genitive («Statens vegvesens») as it is; null after «)», «.» or a quote mark, where
  // no s can go («(FFI)s»): such a name needs the form with «i». The same rule as macros/genitiv.py.
  const genitiv = n => {
    n = n.trim().replace(/\s+/g, " ");
    if (!n) return "";
    if (/[).\]»"'’”]$/.test(n)) return null;
    if (/[a-zæøå](?:en|et)s$/.test(n)) return n;
    return n + (/[sxz]$/i.test(n) ? "\u2019" : "s");
  };
  const EPOST = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:".]{2,}$/;
  const TELEFON = /^(\+47|0047)?\d{8}$/;
  const PLASS = /\{(\w+)\}/g;
  const NAVN = ["navn", "annen", "avdeling", "bestemt", "epost", "telefon", "betjent", "adresse"];
  // A shared link carries the form in the fragment, which the browser never sends to the server.
  const DELT = "#generator?";
  const adresseOk = a => {
    try {
      const u = new URL(a);
      return /^https?:$/.test(u.protocol) && u.hostname.includes(".");
    } catch {
      return false;
    }
  };
  const fyll = (mal, v, tom) => mal.replace(PLASS, (_, n) => v[n] || tom[n] || "");
  // Text with a line-break opportunity (<wbr>) after «@» and «/» and before «.» in e-mail and web addresses
  // (macro.py, med_brudd, breaks the text for readers without JavaScript by the same rule),
  // so a long address breaks there, not in the middle of a word. <wbr> adds no text: copying is unchanged.
  const medBrudd = (tag, tekst) => {
    const e = document.createElement(tag);
    for (const del of tekst.split(/(\S+@\S+|https?:\/\/\S+)/)) {
      if (!/@|:\/\//.test(del)) e.append(del);
      else del.split(/(?<=[@/])|(?=\.)/).forEach((bit, i) => e.append(...(i ? [document.createElement("wbr"), bit] : [bit])));
    }
    return e;
  };
  window.ansvarsbegrensning = { genitiv, tegn };

  function start() {
    const rot = document.querySelector("[data-sm-ansvarsbegrensning]");
    if (!rot || rot.dataset.klar) return;
    // "1" once everything is drawn (below): what tests and a reader's script can wait for.
    rot.dataset.klar = "starter";
    const $ = s => rot.querySelector(s);
    const data = JSON.parse(rot.dataset.mal);
    const skjema = $("form");
    const f = skjema.elements;
    const sammendrag = $(".sm-ansvarsbegrensning__sammendrag");
    const valg = [...skjema.querySelectorAll("[name=ta-med]")];
    let tekst = "";
    let viste = new Set();
    let pause;
    const profiler = $(".sm-ansvarsbegrensning__profiler");
    // The platforms' section shows once its cards are drawn (below).
    rot.querySelectorAll("[data-js]").forEach(e => (e.hidden = e === profiler));

    // "Denne Facebook-siden", "Dette nettstedet", "Disse Facebook-sidene": a definite neuter noun ends in -et,
    // a definite plural in -ene (macro.py has the same rule).
    const medKanal = (v, kanal) =>
      Object.assign({}, v, { kanalen: kanal, denne: kanal && (/ene$/i.test(kanal) ? "Disse" : /et$/i.test(kanal) ? "Dette" : "Denne") });
    const iForm = () => skjema.querySelector("[name=form]:checked")?.value === "i";

    const verdier = () => {
      const v = {};
      // Cut to the field's limit also when a script set the value past maxlength: a 100 000-character
      // word froze the page while every platform's card was measured and laid out.
      for (const n of NAVN) v[n] = f[n].value.slice(0, f[n].maxLength).trim();
      const k = f.kanal.value;
      const eier = genitiv(v.navn);
      return medKanal(
        Object.assign(v, {
          virksomheten: v.navn,
          // «kommunikasjonsavdelingen i Statens vegvesen», or «Statens vegvesens kommunikasjonsavdeling».
          avsender: iForm() ? v.bestemt && v.navn && `${v.bestemt} i ${v.navn}` : eier && v.avdeling && `${eier} ${v.avdeling}`,
          kontakt: [v.epost, v.telefon].filter(Boolean).join(" eller "),
        }),
        k === "annet" ? v.annen : (data.plattformer.find(p => p.id === k) || {}).kanal || ""
      );
    };

    // An empty field shows the source's placeholder, so an empty form gives the text as the source words it.
    const avsnitt = (v, kjerne) => {
      const uten = new Set(valg.filter(b => kjerne || !b.checked).map(b => b.value));
      return data.avsnitt
        .map(a => a.deler.filter(d => !uten.has(d.id)).map(d => fyll(d.tekst, v, data.plassholdere)).join(" "))
        .filter(Boolean)
        .join("\n\n");
    };

    // The text without its optional sentences; else the short version (tekst.yml): parts are dropped in the
    // order written there until it fits, then put back, the last dropped first, while they still fit. A
    // sentence whose placeholder is empty is left out; «epost» and «telefon» are the channels in {kontakt}.
    const kort = (v, grense) => {
      const kjerne = avsnitt(v, true);
      if (tegn(kjerne) <= grense) return kjerne;
      const { setninger, bort } = data.kortversjon;
      const sett = borte => {
        const w = Object.assign({}, v, { kontakt: ["epost", "telefon"].filter(k => !borte.has(k)).map(k => v[k]).filter(Boolean).join(" eller ") });
        return setninger
          .filter(s => !borte.has(s.id) && [...s.tekst.matchAll(PLASS)].every(m => w[m[1]]))
          .map(s => fyll(s.tekst, w, {}))
          .join(" ");
      };
      const borte = new Set();
      let t = sett(borte);
      for (const del of bort) {
        if (tegn(t) <= grense) break;
        borte.add(del);
        t = sett(borte);
      }
      if (!t || tegn(t) > grense) return "";
      for (const del of [...borte].reverse()) {
        borte.delete(del);
        const u = sett(borte);
        if (tegn(u) <= grense) t = u;
        else borte.add(del);
      }
      return t;
    };

    const tegne = skrevet => {
      const v = verdier();
      tegneTeksten(v, skrevet);
      tegneProfilene(v);
    };

    const tegneTeksten = (v, skrevet) => {
      tekst = avsnitt(v);
      const n = tegn(tekst);
      $("#sm-ansvarsbegrensning-tekst").replaceChildren(...tekst.split("\n\n").map(t => medBrudd("p", t)));
      $("#sm-ansvarsbegrensning-antall").textContent = tall(n) + " tegn";
      // Announced once the reader pauses, not on every keystroke.
      clearTimeout(pause);
      if (skrevet) pause = setTimeout(() => ($("#sm-ansvarsbegrensning-status").textContent = `Teksten er oppdatert: ${tall(n)} tegn.`), 1500);
    };

    // Each platform gets the text for its own channel ("Denne Instagram-kontoen …").
    const tegneProfilene = v => {
      for (const li of profiler.querySelectorAll("[data-plattform]")) {
        const { kanal } = data.plattformer.find(p => p.id === li.dataset.plattform);
        const pv = medKanal(v, kanal);
        const hel = avsnitt(pv);
        const g = +li.dataset.grense;
        const passer = tegn(hel) <= g;
        const k = passer ? hel : kort(pv, g);
        const [p, kp, tl, knapp] = li.querySelectorAll("[data-passer], [data-kort], [data-teller], button");
        li.dataset.tekst = k;
        p.textContent = passer
          ? `Hele teksten for ${kanal} får plass: ${tall(tegn(hel))} av ${tall(g)} tegn.`
          : `Hele teksten for ${kanal} er for lang: ${tall(tegn(hel))} av ${tall(g)} tegn. ` +
            (k ? "Bruk denne kortversjonen:" : "Ingen kortversjon får plass. Gjør e-postadressen eller adressen til hele teksten kortere.");
        kp.replaceChildren(...(passer ? [] : medBrudd("span", k).childNodes));
        tl.textContent = `${tall(tegn(k))} av ${tall(g)} tegn`;
        kp.hidden = tl.hidden = passer || !k;
        knapp.hidden = !k;
      }
    };

    const feil = v => {
      const e = {};
      if (!v.navn) e.navn = "Skriv inn navnet på virksomheten.";
      else if (!iForm() && genitiv(v.navn) === null)
        e.navn = `Navnet slutter med «${v.navn.slice(-1)}» og kan ikke få genitiv-s. Velg «Med «i» og navnet etter» under.`;
      if (f.kanal.value === "annet" && !v.annen) e.annen = "Skriv inn kanalen, for eksempel «Snapchat-kontoen».";
      if (iForm()) {
        if (!v.bestemt) e.bestemt = "Skriv inn avdelingen i bestemt form, for eksempel «kommunikasjonsavdelingen».";
      } else if (!v.avdeling) e.avdeling = "Skriv inn avdelingen som redigerer kanalen.";
      else if (v.navn && v.avdeling.toLowerCase().startsWith(v.navn.toLowerCase()))
        e.avdeling = "Skriv avdelingen uten virksomhetens navn: navnet står allerede foran avdelingen i teksten.";
      if (!v.epost && !v.telefon) e.epost = "Skriv inn e-postadresse eller telefonnummer, eller begge.";
      else if (v.epost && !EPOST.test(v.epost)) e.epost = "Skriv inn en e-postadresse på formen navn@virksomhet.no.";
      if (v.telefon && !TELEFON.test(v.telefon.replace(/\s/g, "")))
        e.telefon = "Skriv inn et telefonnummer med 8 siffer, for eksempel 22 07 30 00 eller +47 22 07 30 00.";
      if (!v.betjent) e.betjent = "Skriv inn når kanalen er bemannet, for eksempel «normal arbeidstid».";
      if (v.adresse && !adresseOk(v.adresse))
        e.adresse = "Skriv inn en fullstendig adresse som begynner med https://, eller la feltet stå tomt.";
      return e;
    };

    const vis = e => {
      smVerktoey.visFeil(sammendrag, Object.entries(e).map(([n, t]) => [f[n], t]));
      viste = new Set(Object.keys(e));
    };

    const sjekk = () => {
      vis(feil(verdier()));
      if (viste.size) sammendrag.focus();
      return !viste.size;
    };

    const si = (knapp, t) => {
      const m = knapp.closest("li, section").querySelector("[data-melding]");
      // Emptied first so that the same message twice is announced twice.
      m.textContent = "";
      setTimeout(() => (m.textContent = t), 100);
    };

    const del = async knapp => {
      const p = new URLSearchParams();
      for (const n of NAVN) if (f[n].value.trim()) p.set(n, f[n].value.trim());
      p.set("kanal", f.kanal.value);
      if (iForm()) p.set("form", "i");
      const uten = valg.filter(b => !b.checked).map(b => b.value);
      if (uten.length) p.set("uten", uten.join(","));
      const lenke = location.href.split("#")[0] + DELT + p;
      const inp = $("#sm-ansvarsbegrensning-lenke");
      inp.value = lenke;
      $("#sm-ansvarsbegrensning-lenke-felt").hidden = false;
      const ok = await smVerktoey.kopier(lenke);
      si(knapp, ok ? "Lenken er kopiert. Den som åpner den, får skjemaet ferdig utfylt." : "Kopier lenken i feltet under.");
      if (!ok) inp.select();
    };

    // A shared link: every value is capped and treated as text, and only known channels are taken.
    const fraLenke = () => {
      if (!location.hash.startsWith(DELT)) return;
      const p = new URLSearchParams(location.hash.slice(DELT.length));
      for (const n of NAVN) if (p.has(n)) f[n].value = p.get(n).slice(0, f[n].maxLength);
      if ([...f.kanal.options].some(o => o.value === p.get("kanal"))) f.kanal.value = p.get("kanal");
      $(p.get("form") === "i" ? "#sm-ansvarsbegrensning-form-i" : "#sm-ansvarsbegrensning-form-eie").checked = true;
      if (p.has("uten")) {
        const uten = p.get("uten").split(",");
        for (const b of valg) b.checked = !uten.includes(b.value);
      }
      rot.scrollIntoView();
    };

    const visFelt = () => {
      $("#sm-ansvarsbegrensning-annen-felt").hidden = f.kanal.value !== "annet";
      $("#sm-ansvarsbegrensning-bestemt-felt").hidden = !iForm();
    };

    skjema.addEventListener("input", () => {
      visFelt();
      tegne(true);
      // Errors already shown go away as they are fixed; new ones wait until the reader copies, downloads
      // or presses Enter.
      if (viste.size) {
        const e = feil(verdier());
        for (const n in e) if (!viste.has(n)) delete e[n];
        vis(e);
      }
    });

    // The text follows the form as the reader types (no button makes it). Enter in a field checks the form
    // and moves to the text; the form has no submit button, so the browser would not submit it by itself.
    skjema.addEventListener("submit", ev => ev.preventDefault());
    skjema.addEventListener("keydown", ev => {
      if (ev.key !== "Enter" || !ev.target.matches("input:not([type=checkbox]):not([type=radio])")) return;
      ev.preventDefault();
      if (sjekk()) $("#sm-ansvarsbegrensning-resultat").focus();
    });

    rot.addEventListener("click", async ev => {
      const b = ev.target.closest("button[data-handling]");
      if (!b) return;
      const h = b.dataset.handling;
      if (h === "del") return del(b);
      if (!sjekk()) return;
      tegne();
      if (h === "last-ned") {
        smVerktoey.lastNed(tekst, "ansvarsbegrensning.txt", "text/plain;charset=utf-8");
        return si(b, "Teksten er lastet ned som ansvarsbegrensning.txt.");
      }
      const li = b.closest("li");
      const ok = await smVerktoey.kopier(li ? li.dataset.tekst : tekst);
      si(b, ok ? (li ? `Teksten for ${li.dataset.navn} er kopiert.` : "Teksten er kopiert.") : "Teksten ble ikke kopiert. Merk den og kopier den selv.");
    });

    fraLenke();
    visFelt();
    tegneTeksten(verdier());
    // The platforms' cards in a task of their own: with the text they made one task of 60-70 ms with the CPU
    // slowed down four times, as Lighthouse does, which it counts in TBT (benchmarks/README.md); apart,
    // each is under the 50 ms a long task starts at. A reader who types first has had them drawn already.
    setTimeout(() => {
      tegneProfilene(verdier());
      profiler.hidden = false;
      rot.dataset.klar = "1";
    });
  }

  // Material's instant navigation swaps pages without a new load; document$ fires for every page.
  return start;
});
