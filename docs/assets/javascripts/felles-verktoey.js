// What the tools (overrides/verktoey/*) share, once: window.smVerktoey. The inline bootstrap in <head>
// (overrides/partials/javascripts/base.html) loads it after the first paint, joined first into felles.js
// by hooks/bunter.py (under Zensical, which runs no hooks, on its own), and loads the tools' own scripts
// (Skriptlaster, below). Scripts that ran before it (under Zensical the other extra_javascript files) found
// the bootstrap's stand-in, which kept their smVerktoey.verktoey(...) calls in window.smVenter: they start
// here, in the order they came.
(() => {
  /** A value in localStorage, kept in memory instead where the browser blocks storage, it is full, or it
   * cannot be read back: then `virker` turns false for good (the tool says so) and what the reader did
   * survives instant navigation, though not a reload. Corrupt content is the tool's to clean up. */
  class Lager {
    constructor(noekkel) {
      this.noekkel = noekkel;
      this.minne = null;
      this.virker = true;
      // A test write first: full or blocked storage is told at once, not after the reader's first change.
      try {
        localStorage.setItem(noekkel + ":test", "1");
        localStorage.removeItem(noekkel + ":test");
      } catch {
        this.virker = false;
      }
    }

    /** The stored text, or null (nothing stored, or storage that throws when read). */
    les() {
      if (this.minne !== null) return this.minne;
      try {
        return localStorage.getItem(this.noekkel);
      } catch {
        this.virker = false;
        return null;
      }
    }

    /** Stores `tekst`; false when it lives in memory only. */
    skriv(tekst) {
      try {
        localStorage.setItem(this.noekkel, tekst);
      } catch {
        this.virker = false;
      }
      // Storage that cannot be written or read back: what is written would be lost on the next read.
      this.minne = this.virker ? null : tekst;
      return this.virker;
    }
  }

  const smVerktoey = {
    Lager,
    // The tools started in this document, by name.
    startet: new Set(),

    /** Starts the tool `navn` once per document: `lag()` sets it up (its state, its listeners) and returns
     * what to run for every page Material shows. Instant navigation runs a tool's script again every time
     * a page with the tool is entered; only the first run subscribes to document$, which announces every
     * later page (and replays the current one to a script loaded late). */
    verktoey(navn, lag) {
      if (this.startet.has(navn)) return;
      this.startet.add(navn);
      // Each tool starts in a task of its own, not all in the one that loaded this file: together they made
      // one long task after the first paint, which Lighthouse counts in TBT (benchmarks/README.md). Its setup
      // and its first page are two tasks, too: the checklist's two parts together took 25-78 ms with the CPU
      // slowed down four times, as Lighthouse does, each part alone under the 50 ms a long task starts at.
      setTimeout(() => {
        const side = lag();
        setTimeout(() => (window.document$ ? document$.subscribe(side) : side()));
      });
    },

    /** The warning a tool shows in `element` once its storage has failed (Lager.virker is false). */
    advarOmLagring(element, tekst) {
      if (element.classList.contains("sm-advarsel")) return;
      element.hidden = false;
      element.classList.add("sm-advarsel");
      element.textContent = tekst;
    },

    /** Shows `feil`, a list of [field, message], in the error summary `oppsummering` (a list of links to
     * the fields) and at each field (a message just before it, named first in its description); the
     * messages shown before are cleared. Returns how many there are; focusing the summary is the caller's
     * choice (a form that clears fixed errors as the reader types must not take the focus away). */
    visFeil(oppsummering, feil) {
      const skjema = oppsummering.closest("form");
      for (const felt of skjema.querySelectorAll("[aria-invalid]")) {
        felt.removeAttribute("aria-invalid");
        document.getElementById(`${felt.id}-feil`)?.remove();
        beskriv(felt, null);
      }
      const lenker = feil.map(([felt, tekst]) => {
        const melding = document.createElement("p");
        melding.className = "sm-feil";
        melding.id = `${felt.id}-feil`;
        melding.textContent = tekst;
        felt.before(melding);
        felt.setAttribute("aria-invalid", "true");
        beskriv(felt, melding.id);
        const lenke = document.createElement("a");
        lenke.href = `#${felt.id}`;
        lenke.textContent = tekst;
        const punkt = document.createElement("li");
        punkt.append(lenke);
        return punkt;
      });
      oppsummering.querySelector("ul").replaceChildren(...lenker);
      oppsummering.hidden = !lenker.length;
      return lenker.length;
    },

    /** Offers `tekst` as a file named `filnavn` of the MIME type `type`. */
    lastNed(tekst, filnavn, type) {
      // Not added to the page, so Material's instant navigation never sees the click.
      const a = document.createElement("a");
      a.href = URL.createObjectURL(new Blob([tekst], { type }));
      a.download = filnavn;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 1e4);
    },

    /** Copies `tekst`; false when the browser let nothing be copied. navigator.clipboard exists only in
     * secure contexts (https, localhost): an intranet on plain http gets the older copy command, from a
     * hidden text field, and the focus goes back where it was. */
    async kopier(tekst) {
      try {
        await navigator.clipboard.writeText(tekst);
        return true;
      } catch {}
      const fokus = document.activeElement;
      const felt = document.createElement("textarea");
      felt.value = tekst;
      felt.setAttribute("readonly", "");
      felt.className = "sm-skjult-tekst";
      // Fixed at the top of the window: selecting it scrolls nothing.
      felt.style.position = "fixed";
      document.body.append(felt);
      felt.select();
      let ok = false;
      try {
        ok = document.execCommand("copy");
      } catch {}
      felt.remove();
      fokus?.focus();
      return ok;
    },
  };

  // The field's error message first in its description (read before any hint), or taken out (id null).
  function beskriv(felt, id) {
    const andre = (felt.getAttribute("aria-describedby") || "").split(" ").filter((d) => d && d !== `${felt.id}-feil`);
    const alle = [id, ...andre].filter(Boolean);
    alle.length ? felt.setAttribute("aria-describedby", alle.join(" ")) : felt.removeAttribute("aria-describedby");
  }

  // A link in an error summary focuses its field, with the field in the middle of the screen. Caught before
  // Material's instant navigation (capture on window), which takes over in-page links and drops the focus.
  window.addEventListener(
    "click",
    (e) => {
      const lenke = e.target.closest?.(".sm-feiloppsummering a");
      if (!lenke) return;
      e.preventDefault();
      e.stopPropagation();
      const felt = document.getElementById(decodeURIComponent(lenke.hash.slice(1)));
      felt?.scrollIntoView({ block: "center" });
      felt?.focus({ preventScroll: true });
    },
    true,
  );

  /** The tools' scripts. Each tool has a mark just inside its root, <span data-sm-skript="…"> (macros/verktoey.py),
   * instead of a <script> in the content: that one was fetched before the first paint and ran in the task
   * that fires DOMContentLoaded, and Lighthouse counted both (benchmarks/README.md). Here, after the first
   * paint, each address loads once per document, on every page Material shows; the tools subscribe to
   * document$, which replays the current page to them. A mark with data-sm-ved-behov («Hele veiledningen»)
   * waits until its tool comes within a screen of the viewport (scrolling, a link to a heading, find in page),
   * or the page is printed; where IntersectionObserver is missing, it loads at once. */
  class Skriptlaster {
    constructor() {
      this.lastet = new Set();
      this.obs = "IntersectionObserver" in window
        ? new IntersectionObserver((poster) => {
            for (const p of poster.filter((p) => p.isIntersecting)) {
              this.obs.unobserve(p.target);
              this.last(p.target.querySelector(":scope > [data-sm-skript]"));
            }
          }, { rootMargin: "100% 0px" })
        : null;
      // A printed page shows every tool as the reader left it, also those never scrolled to.
      addEventListener("beforeprint", () => this.merker().forEach((m) => this.last(m)));
    }

    merker() {
      return [...document.querySelectorAll("[data-sm-skript]")];
    }

    last(merke) {
      // Absolute: after instant navigation the same file has another relative address.
      const src = new URL(merke.dataset.smSkript, location.href).href;
      if (this.lastet.has(src)) return;
      this.lastet.add(src);
      document.body.append(Object.assign(document.createElement("script"), { src }));
    }

    /** The current page's marks: the tools it shows load now, those that wait are watched. */
    side() {
      this.obs?.disconnect();
      for (const merke of this.merker()) {
        // The mark sits just inside its tool: the tool is what comes into view.
        if ("smVedBehov" in merke.dataset && this.obs) this.obs.observe(merke.parentElement);
        else this.last(merke);
      }
    }
  }

  window.smVerktoey = smVerktoey;
  for (const [navn, lag] of (window.smVenter || []).splice(0)) smVerktoey.verktoey(navn, lag);
  const laster = new Skriptlaster();
  // Without Material's bundle (blocked, failed) there is no document$: the one page there is.
  window.document$ ? document$.subscribe(() => laster.side()) : laster.side();
})();
