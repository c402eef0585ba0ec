// Norwegian search on top of Material's (see hooks/norsk_sok.py and README, «Søk på norsk»).
//
// hooks/norsk_sok.py puts this file in front of Material's search worker, after `self.norskSokData` (the
// site's compound words split into parts, and the synonym groups of hooks/synonymer.yml). It changes two
// things in the lunr that Material's worker uses:
// - Indexing: every search document gets four more fields, made here in the reader's browser so that
//   search_index.json stays Material's own: the inflected forms of its words and of its title's words,
//   the parts of its compound words, and the synonyms of words it holds.
// - Searching: Material adds a trailing wildcard to every query term and lunr then never stems it. Each
//   term is also looked up by its stem (and without a derivational ending: «målretting» → «målrett»),
//   and, if nothing found it, with one letter wrong; a page is then ranked by how many of the terms it
//   holds and how well it matched them: exact or prefix, then a compound part or synonym, then the stem
//   only, then a typo.
// The stemmer is lunr's Norwegian one (lunr.no, Snowball), which Material's worker loads itself.
"use strict";

(() => {
  const DATA = self.norskSokData || { sammensetninger: "", synonymer: [] };

  // The longest Norwegian noun endings: every shorter ending (-en, -ene, -er, -et, -a) is a prefix of one.
  const ENDELSER = ["enes", "ernes", "ets", "as"];
  // Field -> weight. Forms and synonyms of the title weigh as the title; parts and synonyms of the text less
  // than the text («privatliv» found For nye medarbeidere, which lists the page titles, before Personvern).
  const FELT = { former: 1, tittelformer: 1000, deler: 0.5, synonymer: 0.5, tittelsynonymer: 1000 };
  // Fields whose hits rank as a compound part or synonym, not as the word itself.
  const AVLEDET = new Set(["deler", "synonymer", "tittelsynonymer"]);
  // As Python's [^\W\d_]: letters, and numerals that are not digits.
  const ORD = /[\p{L}\p{Nl}\p{No}]+/gu;
  const TAGG = /<[^>]+>/g;
  // How a document matched a query term, from best to worst. Results are ranked first by how many of the
  // terms their page holds, then by the mean of these ranks over the terms (exact and prefix matches above
  // compound parts and synonyms, above the stem only, above a typo), and only then by lunr's score.
  const RANG = { ord: 3, del: 2, stamme: 1, skrivefeil: 0.5 };
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

  class Ordbok {
    constructor(data) {
      // «saks|behandlings|systemet» -> saksbehandlingssystemet: its parts.
      this.deler = new Map();
      for (const ledd of data.sammensetninger.split(" ").filter(Boolean)) {
        const deler = ledd.split("|");
        this.deler.set(deler.join(""), deler);
      }
      // Each synonym group as lists of words («betalt spredning» -> [betalt, spredning]).
      this.synonymer = data.synonymer.map((gruppe) => gruppe.map((frase) => frase.split(" ")));
      this.grunner = new Map();
      this.synonymstammer = null;
    }

    // The bases a reader's inflected form can start with: the word, its stem, the word without final e.
    grunnformer(ord) {
      let grunner = this.grunner.get(ord);
      if (!grunner) {
        grunner = new Set([ord, stamme(ord), ord.endsWith("e") ? ord.slice(0, -1) : ord]);
        this.grunner.set(ord, grunner);
      }
      return grunner;
    }

    // Space-separated inflected forms of the words of 4 or more letters in `ordene`.
    former(ordene) {
      const grunner = new Set();
      for (const ord of ordene) {
        if (ord.length >= 4) for (const grunn of this.grunnformer(ord)) grunner.add(grunn);
      }
      const ut = [];
      for (const grunn of grunner) {
        for (const endelse of ENDELSER) ut.push(grunn + endelse);
      }
      return ut.join(" ");
    }

    // The parts of the compound words in `ordene`, and their forms.
    delerAv(ordene) {
      const deler = [];
      for (const ord of ordene) deler.push(...(this.deler.get(ord) || []));
      return deler.length ? `${deler.join(" ")} ${this.former(deler)}` : "";
    }

    // The words of every synonym of a phrase found in `ordene` (matched by stem), and their forms.
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
      return funnet.length ? `${funnet.join(" ")} ${this.former(funnet)}` : "";
    }

    // Adds the fields to one search document.
    utvid(dokument) {
      const tekst = ord(dokument.text);
      const tittel = ord(dokument.title);
      dokument.former = this.former(tekst);
      dokument.tittelformer = this.former(tittel);
      dokument.deler = this.delerAv([...tittel, ...tekst]);
      dokument.synonymer = this.synonymerAv(tekst);
      dokument.tittelsynonymer = this.synonymerAv(tittel);
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
  function treffAv(term, vs, metadata) {
    let beste = null;
    const bedre = (type) => {
      if (!beste || RANG[type] > RANG[beste]) beste = type;
    };
    for (const [indeksord, felt] of Object.entries(metadata)) {
      if (indeksord.startsWith(term)) {
        bedre(Object.keys(felt).some((f) => !AVLEDET.has(f)) ? "ord" : "del");
      } else if (vs.some((v) => indeksord.startsWith(v))) {
        bedre("stamme");
      } else if (term.length >= KORTESTE_SKRIVEFEIL && ettTegnFra(term, indeksord)) {
        bedre("skrivefeil");
      }
    }
    return beste;
  }

  // lunr.Index.prototype.search for Material's query string («foreløpig* svar*»).
  function sok(indeks, sporring, lunr) {
    // Typos are looked up only for terms nothing else found: a fuzzy lookup is the dearest (measured at
    // 1 000 pages: «foreløpig svar» 20 ms without, 170 ms with), and a word found as typed needs none.
    const vanlige = [];
    const sporr = (skrivefeil) =>
      indeks.query((query) => {
        new lunr.QueryParser(sporring, query).parse();
        for (const klausul of [...query.clauses]) {
          // Only Material's plain terms: the reader's own +, -, ~ and field syntax is left as lunr reads it.
          if (!klausul.term.endsWith("*") || klausul.term.startsWith("*") || klausul.presence !== lunr.Query.presence.OPTIONAL) continue;
          const term = klausul.term.slice(0, -1);
          // A prefix of 3 letters or fewer finds, in Material's own fields, every page its forms would: a
          // form is a word, its stem (3 letters at least) or the word less its e, plus an ending. Searched
          // in our fields too, «s» took 1 300 ms at 1 000 pages against Material's 45 (matching the forms).
          if (term.length < KORTESTE_STAMME) klausul.fields = klausul.fields.filter((felt) => !(felt in FELT));
          const vs = varianter(term);
          if (!skrivefeil) vanlige.push([term, vs]);
          const felles = { fields: klausul.fields, usePipeline: false };
          for (const v of vs) query.term(v, { ...felles, boost: 0.2, wildcard: lunr.Query.wildcard.TRAILING });
          if (skrivefeil?.has(term)) query.term(term, { ...felles, boost: 0.1, editDistance: 1 });
        }
      });
    let resultater = sporr(null);
    if (!vanlige.length) return resultater;
    const funnet = (term, vs) => resultater.some((r) => treffAv(term, vs, r.matchData.metadata));
    const ukjente = new Set(vanlige.filter(([term, vs]) => term.length >= KORTESTE_SKRIVEFEIL && !funnet(term, vs)).map(([term]) => term));
    if (ukjente.size) resultater = sporr(ukjente);

    // Per result and per page: how well it matched each term.
    const sider = new Map();
    for (const resultat of resultater) {
      const metadata = resultat.matchData.metadata;
      resultat.treff = vanlige.map(([term, vs]) => treffAv(term, vs, metadata));
      const side = resultat.ref.split("#")[0];
      const dekket = sider.get(side) || new Set();
      resultat.treff.forEach((t, i) => t && dekket.add(i));
      sider.set(side, dekket);
      // Material marks a term no index word begins with as missing («Mangler: …»): the stem or the typo found it.
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
    lunr.Index.prototype.search = function (sporring) {
      return sok(this, sporring, lunr);
    };
  }

  const ordbok = new Ordbok(DATA);

  // For tests/test_norsk_sok.py, which loads this file in a page.
  self.norskSok = { ordbok, varianter, ettTegnFra, tilpass: () => tilpass(self.lunr, ordbok) };

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
