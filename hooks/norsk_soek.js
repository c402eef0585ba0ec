// Norwegian search on top of Material's (see hooks/norsk_soek.py and README, «Søk på norsk»).
//
// hooks/norsk_soek.py puts this file in front of Material's search worker, after `self.norskSokData` (the
// site's compound words split into parts, and the synonym groups of hooks/synonymer.yml). It changes two
// things in the lunr that Material's worker uses:
// - Indexing: a search document that holds a phrase of a synonym group gets the other phrases' words in two
//   more fields (of its text, of its title). Nothing else is added per document: inflected forms and
//   compound parts are matched against the index's words when the reader searches (below).
// - Searching: Material adds a trailing wildcard to every query term and lunr then never stems it. Each
//   term is also looked up as an inflected form of the index's words («sanntiden» finds «sanntid»), as a
//   part of its compound words («politikk» finds «kommunikasjonspolitikk»), by its stem (and without a
//   derivational ending: «målretting» → «målrett»), and, if nothing found it, with one letter wrong; a
//   page is then ranked by how many of the terms it holds and how well it matched them: exact or prefix,
//   then an inflected form, then a compound part or synonym, then the stem only, then a typo.
//   Measured at 1 000 pages (benchmarks/norsk_soek.py): the inflected forms of every document's words, made
//   as extra fields when the index was built, made the worker ready after 7–15 s (Material's own: 1–2 s),
//   12 of them in lunr indexing the forms; every query then searched a vocabulary grown by the forms.
// The stemmer is lunr's Norwegian one (lunr.no, Snowball), which Material's worker loads itself.
"use strict";

(() => {
  const DATA = self.norskSokData || { sammensetninger: "", synonymer: [] };

  // The longest Norwegian noun endings: every shorter ending (-en, -ene, -er, -et, -a) is a prefix of one.
  const ENDELSER = ["enes", "ernes", "ets", "as"];
  // What a reader may have typed after a word's base: the endings and their beginnings («e», «en», «ene» …).
  const ENDELSESLEDD = [...new Set(ENDELSER.flatMap((e) => [...e].map((_, i) => e.slice(0, i + 1))))];
  // Our fields -> weight. Synonyms of the title weigh as the title; of the text less than the text
  // («privatliv» found For nye medarbeidere, which lists the page titles, before Personvern).
  const FELT = { synonymer: 0.5, tittelsynonymer: 1000 };
  // A compound word found by one of its parts weighs half the word itself (as the synonyms of the text).
  const DELVEKT = 0.5;
  // As Python's [^\W\d_]: letters, and numerals that are not digits.
  const ORD = /[\p{L}\p{Nl}\p{No}]+/gu;
  const TAGG = /<[^>]+>/g;
  // How a document matched a query term, from best to worst. Results are ranked first by how many of the
  // terms their page holds, then by the mean of these ranks over the terms (exact and prefix above an
  // inflected form, above compound parts and synonyms, above the stem only, above a typo), and only then by
  // lunr's score. (Form and word ranked alike, «profilen» found Ansvarsbegrensning's «profiler» before
  // Personvern's «profilen»: Material's boost for a page over a section outweighed lunr's score.)
  const RANG = { ord: 3, form: 2.5, del: 2, stamme: 1, skrivefeil: 0.5 };
  // Each step of the ranking above multiplies the score by this. Material then multiplies it by 1 to 5 (its
  // own boost for articles and terms found) and lunr's score is scaled to 1–10 here: 60 > 5 × 10 keeps the
  // order. (Scaled to 1–2, Material's article boost outweighed lunr: «profilene» found Ansvarsbegrensning's
  // one «profiler» before Personvern's profiles.)
  const STEG = 60;
  // Words shorter than this are not stemmed or looked up with a typo: too many other words are that close.
  const KORTESTE_STAMME = 4;
  const KORTESTE_SKRIVEFEIL = 5;

  // lunr.no is there once Material's worker has loaded it (before it builds its index); without it
  // (another search language) words are left as they are.
  const stammer = new Map();
  function stamme(ord) {
    let s = stammer.get(ord);
    if (s === undefined) {
      s = self.lunr?.no ? self.lunr.no.stemmer(ord) : ord;
      stammer.set(ord, s);
    }
    return s;
  }

  // The words of a built index, sorted, each with the index terms it stands in: lunr's terms keep the
  // punctuation around a word («sanntid.», ««disclaimer»»), as Material's separator splits only at spaces
  // and hyphens.
  class Ordliste {
    constructor(termer) {
      this.termer = new Map();
      for (const term of termer) {
        const ord = term.match(ORD)?.[0];
        if (!ord) continue;
        const liste = this.termer.get(ord);
        if (liste) liste.push(term);
        else this.termer.set(ord, [term]);
      }
      this.ord = [...this.termer.keys()].sort();
    }

    // The words that begin with `prefiks`, found by halving the sorted list.
    *medPrefiks(prefiks) {
      let lav = 0;
      let hoy = this.ord.length;
      while (lav < hoy) {
        const midt = (lav + hoy) >> 1;
        if (this.ord[midt] < prefiks) lav = midt + 1;
        else hoy = midt;
      }
      for (let i = lav; i < this.ord.length && this.ord[i].startsWith(prefiks); i++) yield this.ord[i];
    }
  }

  class Ordbok {
    constructor(data) {
      // «saks|behandlings|systemet» -> each part: the compound words it is part of.
      this.sammensatte = new Map();
      for (const ledd of data.sammensetninger.split(" ").filter(Boolean)) {
        const deler = ledd.split("|");
        for (const del of deler) this.sammensatte.set(del, [...(this.sammensatte.get(del) || []), deler.join("")]);
      }
      // Each synonym group as lists of words («betalt spredning» -> [betalt, spredning]).
      this.synonymer = data.synonymer.map((gruppe) => gruppe.map((frase) => frase.split(" ")));
      this.grunner = new Map();
      this.synonymstammer = null;
    }

    // The bases an inflected form of a word starts with: the word, its stem, the word without final e.
    grunnformer(ord) {
      let grunner = this.grunner.get(ord);
      if (!grunner) {
        grunner = new Set([ord, stamme(ord), ord.endsWith("e") ? ord.slice(0, -1) : ord]);
        this.grunner.set(ord, grunner);
      }
      return grunner;
    }

    // The bases a reader's `term` may be made of, if it ends in (the beginning of) an ending.
    grunnerAv(term) {
      return ENDELSESLEDD.filter((e) => term.endsWith(e)).map((e) => term.slice(0, -e.length));
    }

    // Does `term` name `ord` of 4 letters or more as the reader typed it, or inflected
    // («sanntiden»: sanntid; «profilene»: profiler; «rutinen»: rutine)?
    erFormAv(term, grunner, ord) {
      return ord.length >= 4 && (ord.startsWith(term) || grunner.some((grunn) => this.grunnformer(ord).has(grunn)));
    }

    // The index terms `term` names in an inflected form, those it begins left out (Material finds them).
    former(term, ordliste) {
      const grunner = this.grunnerAv(term);
      const ut = new Set();
      for (const grunn of grunner) {
        for (const ord of ordliste.medPrefiks(grunn)) {
          if (!ord.startsWith(term) && this.erFormAv(term, grunner, ord)) ordliste.termer.get(ord).forEach((t) => ut.add(t));
        }
      }
      return ut;
    }

    // The index terms of the compound words that have a part `term` names («politikk»:
    // kommunikasjonspolitikk).
    sammensatteAv(term, ordliste) {
      const grunner = this.grunnerAv(term);
      const ut = new Set();
      for (const [del, ordene] of this.sammensatte) {
        if (!this.erFormAv(term, grunner, del)) continue;
        for (const ord of ordene) (ordliste.termer.get(ord) || []).forEach((t) => ut.add(t));
      }
      return ut;
    }

    // The words of every synonym of a phrase found in `ordene` (matched by stem), or nothing.
    synonymerAv(ordene) {
      // Stemmed when the first document is indexed: lunr.no is loaded by then.
      this.synonymstammer ||= this.synonymer.map((gruppe) => gruppe.map((frase) => frase.map(stamme)));
      const stammer = ordene.map(stamme);
      const funnet = [];
      for (const [g, gruppe] of this.synonymer.entries()) {
        const treff = this.synonymstammer[g].findIndex((frase) => inneholder(stammer, frase));
        if (treff < 0) continue;
        for (const [i, frase] of gruppe.entries()) if (i !== treff) funnet.push(...frase);
      }
      return funnet.length ? funnet.join(" ") : undefined;
    }

    // Adds the synonym fields to one search document.
    utvid(dokument) {
      dokument.synonymer = this.synonymerAv(ord(dokument.text));
      dokument.tittelsynonymer = this.synonymerAv(ord(dokument.title));
    }
  }

  function ord(tekst) {
    return ((tekst || "").replace(TAGG, " ").toLowerCase().match(ORD) || []);
  }

  // Does the word list `ordene` hold the words of `frase` one after another?
  function inneholder(ordene, frase) {
    for (let i = ordene.indexOf(frase[0]); i >= 0; i = ordene.indexOf(frase[0], i + 1)) {
      if (frase.every((o, j) => ordene[i + j] === o)) return true;
    }
    return false;
  }

  // The prefixes a query term is also looked up by: its stem, and the stem without a derivational ending
  // («målretting» → «målrett», «segmentering» → «segmenter», «utestengt» → «utesteng»).
  function varianter(term) {
    const ut = new Set([stamme(term)]);
    // Both the bare and the stemmed form: the stemmer may cut the bare one too short («rediger» → «red»).
    const kutt = (n) => [term.slice(0, -n), stamme(term.slice(0, -n))].forEach((v) => ut.add(v));
    if (term.endsWith("ing") && term.length >= 7) kutt(3);
    if (term.endsWith("t") && term.length >= 6) kutt(1);
    ut.delete(term);
    return [...ut].filter((v) => v.length >= KORTESTE_STAMME);
  }

  // One edit (a letter missing, added or changed) between two words?
  function ettTegnFra(a, b) {
    if (Math.abs(a.length - b.length) > 1) return false;
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
  }

  // How one result matched `term` (a key of RANG, or null), from the index terms it matched and their fields.
  function treffAv(term, oppslag, metadata) {
    let beste = null;
    const bedre = (type) => {
      if (!beste || RANG[type] > RANG[beste]) beste = type;
    };
    for (const [indeksord, felt] of Object.entries(metadata)) {
      const egetFelt = Object.keys(felt).some((f) => !(f in FELT));
      if (indeksord.startsWith(term)) {
        bedre(egetFelt ? "ord" : "del");
      } else if (oppslag.former.has(indeksord)) {
        bedre(egetFelt ? "form" : "del");
      } else if (oppslag.sammensatte.has(indeksord)) {
        bedre("del");
      } else if (oppslag.varianter.some((v) => indeksord.startsWith(v))) {
        bedre("stamme");
      } else if (term.length >= KORTESTE_SKRIVEFEIL && ettTegnFra(term, indeksord)) {
        bedre("skrivefeil");
      }
    }
    return beste;
  }

  // lunr.Index.prototype.search for Material's query string («foreløpig* svar*»).
  function soek(indeks, spoerring, lunr, ordbok) {
    // Per term: the words it is also looked up by, found once for both runs of the query below.
    const oppslag = new Map();
    const slaaOpp = (term) => {
      if (!oppslag.has(term)) {
        const kort = term.length < KORTESTE_STAMME;
        oppslag.set(term, {
          varianter: varianter(term),
          former: kort ? new Set() : ordbok.former(term, indeks.ordliste),
          sammensatte: kort ? new Set() : ordbok.sammensatteAv(term, indeks.ordliste),
        });
      }
      return oppslag.get(term);
    };
    // Typos are looked up only for terms nothing else found: a fuzzy lookup is the dearest (measured at
    // 1 000 pages: «foreløpig svar» 20 ms without, 170 ms with), and a word found as typed needs none.
    const vanlige = [];
    const sporr = (skrivefeil) =>
      indeks.query((query) => {
        new lunr.QueryParser(spoerring, query).parse();
        for (const klausul of [...query.clauses]) {
          // Only Material's plain terms: the reader's own +, -, ~ and field syntax is left as lunr reads it.
          if (!klausul.term.endsWith("*") || klausul.term.startsWith("*") || klausul.presence !== lunr.Query.presence.OPTIONAL) continue;
          const term = klausul.term.slice(0, -1);
          const materials = klausul.fields.filter((felt) => !(felt in FELT));
          // A prefix of 3 letters or fewer is searched as Material does: in its own fields, without forms,
          // parts or synonyms (one letter searched in every field took 1 300 ms at 1 000 pages against
          // Material's 45, when the forms were a field).
          if (term.length < KORTESTE_STAMME) klausul.fields = materials;
          const o = slaaOpp(term);
          if (!skrivefeil) vanlige.push([term, o]);
          const felles = { fields: klausul.fields, usePipeline: false };
          for (const v of o.varianter) query.term(v, { ...felles, boost: 0.2, wildcard: lunr.Query.wildcard.TRAILING });
          // lunr keeps the options object as the clause: each term needs its own.
          for (const form of o.former) query.term(form, { ...felles });
          for (const sammensatt of o.sammensatte) query.term(sammensatt, { fields: materials, boost: DELVEKT, usePipeline: false });
          if (skrivefeil?.has(term)) query.term(term, { ...felles, boost: 0.1, editDistance: 1 });
        }
      });
    let resultater = sporr(null);
    if (!vanlige.length) return resultater;
    const funnet = (term, o) => resultater.some((r) => treffAv(term, o, r.matchData.metadata));
    const ukjente = new Set(vanlige.filter(([term, o]) => term.length >= KORTESTE_SKRIVEFEIL && !funnet(term, o)).map(([term]) => term));
    if (ukjente.size) resultater = sporr(ukjente);

    // Per result and per page: how well it matched each term.
    const sider = new Map();
    for (const resultat of resultater) {
      const metadata = resultat.matchData.metadata;
      resultat.treff = vanlige.map(([term, o]) => treffAv(term, o, metadata));
      const side = resultat.ref.split("#")[0];
      const dekket = sider.get(side) || new Set();
      resultat.treff.forEach((t, i) => t && dekket.add(i));
      sider.set(side, dekket);
      // Material marks a term no index word begins with as missing («Mangler: …»): a form, part, stem or
      // typo found it.
      vanlige.forEach(([term], i) => {
        if (resultat.treff[i] && !Object.keys(metadata).some((o) => o.startsWith(term))) metadata[term] = {};
      });
    }
    const hoyest = Math.max(...resultater.map((r) => r.score));
    for (const resultat of resultater) {
      const snitt = resultat.treff.reduce((sum, t) => sum + (t ? RANG[t] : 0), 0) / vanlige.length;
      const side = sider.get(resultat.ref.split("#")[0]).size / vanlige.length;
      resultat.score = (1 + (9 * resultat.score) / hoyest) * STEG ** (4 * RANG.ord * side + snitt);
      delete resultat.treff;
    }
    return resultater.sort((a, b) => b.score - a.score);
  }

  // Patches the lunr of Material's worker, once: it exists when the first message arrives.
  function tilpass(lunr, ordbok) {
    if (lunr.norskSok) return;
    lunr.norskSok = true;
    const leggTil = lunr.Builder.prototype.add;
    lunr.Builder.prototype.add = function (dokument, egenskaper) {
      ordbok.utvid(dokument);
      leggTil.call(this, dokument, egenskaper);
      // Indexed: the fields need not travel with every result to the page.
      for (const felt of Object.keys(FELT)) delete dokument[felt];
    };
    const bygg = lunr.Builder.prototype.build;
    lunr.Builder.prototype.build = function () {
      const indeks = bygg.call(this);
      indeks.ordliste = new Ordliste(Object.keys(indeks.invertedIndex));
      return indeks;
    };
    lunr.Index.prototype.search = function (spoerring) {
      return soek(this, spoerring, lunr, ordbok);
    };
  }

  const ordbok = new Ordbok(DATA);

  // For tests/test_norsk_soek.py, which loads this file in a page.
  self.norskSok = { ordbok, Ordliste, varianter, ettTegnFra, tilpass: () => tilpass(self.lunr, ordbok) };

  // Registered before Material's own listener (its code follows this file): on the setup message (type 0,
  // carrying the index) the fields are declared, and lunr patched, before Material builds its index.
  addEventListener("message", (hendelse) => {
    const melding = hendelse.data;
    if (melding?.type === 0 && melding.data?.config?.fields && self.lunr) {
      for (const [felt, vekt] of Object.entries(FELT)) melding.data.config.fields[felt] = { boost: vekt };
      tilpass(self.lunr, ordbok);
    }
  });
})();
