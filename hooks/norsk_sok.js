// Lets Material's search find inflected Norwegian words (see hooks/norsk_sok.py and README, «Søk på norsk»).
//
// hooks/norsk_sok.py puts this file in front of Material's search worker. Material adds a trailing wildcard
// to every query term and lunr then skips stemming, so «sanntiden» only finds words that begin with
// «sanntiden». Before Material builds its lunr index, this adds two fields to every document: the
// longest inflected forms of each of its words. A prefix query for any shorter form then matches one of
// them. The forms are made here rather than at build time so that search_index.json stays Material's own
// (it is downloaded at every page's first view) and the build does no work per word.
"use strict";

(() => {
  // --- Snowball's Norwegian stemmer --------------------------------------------------------------------
  // A line-by-line port of snowballstemmer/norwegian_stemmer.py and basestemmer.py (Snowball 3.1.1), so the
  // forms are exactly those the Python step made; tests/test_norsk_sok.py compares the two on every
  // word of the site. Snowball's own names are kept (cursor, limit, bra, ket …) so the two can be read
  // side by side. The word is an array of code points because Python indexes strings by code point.

  const V = new Set("aeiouyåæêòóôø");
  const S_ENDELSE = new Set("bcdfghjlmnoptvyz");

  // [string, index of the longest entry that is its suffix, result], as Snowball's Among.
  const A_0 = [
    ["", -1, 1], ["ind", 0, -1], ["kk", 0, -1], ["nk", 0, -1], ["amm", 0, -1], ["omm", 0, -1],
    ["kap", 0, -1], ["skap", 6, 1], ["pp", 0, -1], ["lt", 0, -1], ["ast", 0, -1], ["øst", 0, -1],
    ["v", 0, -1], ["hav", 12, 1], ["giv", 12, 1],
  ];
  const A_1 = [
    ["a", -1, 1], ["e", -1, 1], ["ede", 1, 1], ["ande", 1, 1], ["ende", 1, 1], ["ane", 1, 1],
    ["ene", 1, 1], ["hetene", 6, 1], ["erte", 1, 4], ["en", -1, 1], ["heten", 9, 1], ["ar", -1, 1],
    ["er", -1, 1], ["heter", 12, 1], ["s", -1, 3], ["as", 14, 1], ["es", 14, 1], ["edes", 16, 1],
    ["endes", 16, 1], ["enes", 16, 1], ["hetenes", 19, 1], ["ens", 14, 1], ["hetens", 21, 1],
    ["ers", 14, 2], ["ets", 14, 1], ["et", -1, 1], ["het", 25, 1], ["ert", -1, 4], ["ast", -1, 1],
  ];
  const A_2 = [["dt", -1, -1], ["vt", -1, -1]];
  const A_3 = [
    ["leg", -1, 1], ["eleg", 0, 1], ["ig", -1, 1], ["eig", 2, 1], ["lig", 2, 1], ["elig", 4, 1],
    ["els", -1, 1], ["lov", -1, 1], ["elov", 7, 1], ["slov", 7, 1], ["hetslov", 9, 1],
  ];
  for (const tabell of [A_0, A_1, A_2, A_3]) {
    for (const rad of tabell) rad[0] = Array.from(rad[0]);
  }

  class Stemmer {
    constructor(ord) {
      this.current = Array.from(ord);
      this.cursor = 0;
      this.limit = this.current.length;
      this.limitBackward = 0;
      this.bra = 0;
      this.ket = this.limit;
      this.p1 = 0;
    }

    goInGrouping(s) {
      while (this.cursor < this.limit) {
        if (!s.has(this.current[this.cursor])) return true;
        this.cursor += 1;
      }
      return false;
    }

    goOutGrouping(s) {
      while (this.cursor < this.limit) {
        if (s.has(this.current[this.cursor])) return true;
        this.cursor += 1;
      }
      return false;
    }

    inGroupingB(s) {
      if (this.cursor <= this.limitBackward) return false;
      if (!s.has(this.current[this.cursor - 1])) return false;
      this.cursor -= 1;
      return true;
    }

    outGroupingB(s) {
      if (this.cursor <= this.limitBackward) return false;
      if (!s.has(this.current[this.cursor - 1])) {
        this.cursor -= 1;
        return true;
      }
      return false;
    }

    forrigeEr(tegn) {
      return this.cursor > this.limitBackward && this.current[this.cursor - 1] === tegn;
    }

    findAmongB(v) {
      let i = 0;
      let j = v.length;
      const c = this.cursor;
      const lb = this.limitBackward;
      let commonI = 0;
      let commonJ = 0;
      let firstKeyInspected = false;
      for (;;) {
        const k = i + ((j - i) >> 1);
        let diff = 0;
        let common = Math.min(commonI, commonJ);
        const w = v[k][0];
        for (let i2 = w.length - 1 - common; i2 >= 0; i2--) {
          if (c - common === lb) {
            diff = -1;
            break;
          }
          diff = this.current[c - 1 - common].codePointAt(0) - w[i2].codePointAt(0);
          if (diff !== 0) break;
          common += 1;
        }
        if (diff < 0) {
          j = k;
          commonJ = common;
        } else {
          i = k;
          commonI = common;
        }
        if (j - i <= 1) {
          if (i > 0) break;
          if (j === i) break;
          if (firstKeyInspected) break;
          firstKeyInspected = true;
        }
      }
      for (;;) {
        const [s, under, resultat] = v[i];
        if (commonI >= s.length) {
          this.cursor = c - s.length;
          return resultat;
        }
        i = under;
        if (i < 0) return 0;
      }
    }

    replaceS(cBra, cKet, s) {
      const justering = s.length - (cKet - cBra);
      this.current.splice(cBra, cKet - cBra, ...s);
      this.limit += justering;
      if (this.cursor >= cKet) this.cursor += justering;
      else if (this.cursor > cBra) this.cursor = cBra;
      return justering;
    }

    sliceFrom(s) {
      const tegn = Array.from(s);
      this.replaceS(this.bra, this.ket, tegn);
      this.ket = this.bra + tegn.length;
    }

    sliceDel() {
      this.sliceFrom("");
    }

    markRegions() {
      this.p1 = this.limit;
      const v1 = this.cursor;
      lab0: {
        lab1: {
          const v2 = this.cursor;
          // Past the first apostrophe if there is one …
          for (;;) {
            if (this.cursor !== this.limit && this.current[this.cursor] === "'") {
              this.cursor += 1;
              break;
            }
            if (this.cursor >= this.limit) {
              this.cursor = v2;
              break lab1;
            }
            this.cursor += 1;
          }
          this.p1 = this.cursor;
          break lab0;
        }
        // … otherwise past the first vowel followed by a non-vowel.
        if (!this.goOutGrouping(V)) break lab0;
        this.cursor += 1;
        if (!this.goInGrouping(V)) break lab0;
        this.cursor += 1;
        this.p1 = this.cursor;
      }
      this.cursor = v1;
      const v3 = this.cursor;
      if (this.cursor + 3 > this.limit) return false;
      this.cursor += 3;
      if (this.p1 < this.cursor) this.p1 = this.cursor;
      this.cursor = v3;
      return true;
    }

    mainSuffix() {
      if (this.cursor < this.p1) return false;
      const v2 = this.limitBackward;
      this.limitBackward = this.p1;
      this.ket = this.cursor;
      let amongVar = this.findAmongB(A_1);
      if (amongVar === 0) {
        this.limitBackward = v2;
        return false;
      }
      this.bra = this.cursor;
      this.limitBackward = v2;
      if (amongVar === 1) {
        this.sliceDel();
      } else if (amongVar === 2) {
        amongVar = this.findAmongB(A_0);
        if (amongVar === 1) this.sliceDel();
      } else if (amongVar === 3) {
        lab: {
          const v3 = this.limit - this.cursor;
          if (this.inGroupingB(S_ENDELSE)) break lab;
          this.cursor = this.limit - v3;
          if (this.forrigeEr("r")) {
            this.cursor -= 1;
            if (!this.forrigeEr("e")) break lab;
          }
          this.cursor = this.limit - v3;
          if (!this.forrigeEr("k")) return false;
          this.cursor -= 1;
          if (!this.outGroupingB(V)) return false;
        }
        this.sliceDel();
      } else {
        this.sliceFrom("er");
      }
      return true;
    }

    consonantPair() {
      const v1 = this.limit - this.cursor;
      if (this.cursor < this.p1) return false;
      const v3 = this.limitBackward;
      this.limitBackward = this.p1;
      this.ket = this.cursor;
      if (this.findAmongB(A_2) === 0) {
        this.limitBackward = v3;
        return false;
      }
      this.bra = this.cursor;
      this.limitBackward = v3;
      this.cursor = this.limit - v1;
      if (this.cursor <= this.limitBackward) return false;
      this.cursor -= 1;
      this.bra = this.cursor;
      this.sliceDel();
      return true;
    }

    otherSuffix() {
      if (this.cursor < this.p1) return false;
      const v2 = this.limitBackward;
      this.limitBackward = this.p1;
      this.ket = this.cursor;
      if (this.findAmongB(A_3) === 0) {
        this.limitBackward = v2;
        return false;
      }
      this.bra = this.cursor;
      this.limitBackward = v2;
      this.sliceDel();
      return true;
    }

    stem() {
      if (!this.markRegions()) return false;
      this.limitBackward = this.cursor;
      this.cursor = this.limit;
      const v1 = this.limit - this.cursor;
      this.mainSuffix();
      this.cursor = this.limit - v1;
      const v2 = this.limit - this.cursor;
      this.consonantPair();
      this.cursor = this.limit - v2;
      const v3 = this.limit - this.cursor;
      this.otherSuffix();
      this.cursor = this.limit - v3;
      this.ket = this.cursor;
      if (!this.forrigeEr("'")) return false;
      this.cursor -= 1;
      this.bra = this.cursor;
      this.sliceDel();
      this.cursor = this.limitBackward;
      return true;
    }
  }

  function stamme(ord) {
    const stemmer = new Stemmer(ord);
    stemmer.stem();
    return stemmer.current.join("");
  }

  // --- The inflected forms -------------------------------------------------------------------------------

  // The longest Norwegian noun endings: every shorter ending (-en, -ene, -er, -et, -a) is a prefix of one.
  const ENDELSER = ["enes", "ernes", "ets", "as"];
  // Field in the search index -> the document field its forms come from, and its weight.
  const FELT = { former: ["text", 1], tittelformer: ["title", 1000] };
  // As Python's [^\W\d_]{4,}: letters, and numerals that are not digits.
  const ORD = /[\p{L}\p{Nl}\p{No}]{4,}/gu;
  const TAGG = /<[^>]+>/g;

  // The same words recur on every page of a large site.
  const husket = new Map();

  // The bases a reader's inflected form can start with: the word, its stem, the word without final e.
  function grunnformer(ord) {
    const liten = ord.toLowerCase();
    let grunner = husket.get(liten);
    if (!grunner) {
      grunner = new Set([liten, stamme(liten), liten.endsWith("e") ? liten.slice(0, -1) : liten]);
      husket.set(liten, grunner);
    }
    return grunner;
  }

  // Space-separated inflected forms of every word of 4 or more letters in `tekst` (HTML allowed).
  function former(tekst) {
    const grunner = new Set();
    for (const ord of (tekst || "").replace(TAGG, " ").match(ORD) || []) {
      for (const grunn of grunnformer(ord)) grunner.add(grunn);
    }
    const ut = [];
    for (const grunn of grunner) {
      for (const endelse of ENDELSER) ut.push(grunn + endelse);
    }
    // Sorted as the Python step sorted them, so the tests can compare the two texts.
    return ut.sort().join(" ");
  }

  // Adds the form fields to a Material search index (as in search_index.json) in place.
  function utvid(indeks) {
    for (const [felt, [kilde, vekt]] of Object.entries(FELT)) {
      indeks.config.fields[felt] = { boost: vekt };
      for (const dokument of indeks.docs) dokument[felt] = former(dokument[kilde]);
    }
    return indeks;
  }

  // For tests/test_norsk_sok.py and benchmarks/norsk_sok.py, which load this file in a page.
  self.norskSok = { stamme, grunnformer, former, utvid };

  // Registered before Material's own listener (its code follows this file), so the setup message
  // (type 0, carrying the index) already has the fields when Material builds its lunr index.
  addEventListener("message", (hendelse) => {
    const melding = hendelse.data;
    if (melding?.type === 0 && melding.data?.config?.fields && Array.isArray(melding.data.docs)) {
      utvid(melding.data);
    }
  });
})();
