// Scripts a page needs only once the reader gets near them: on «Hele veiledningen» (macro.py) the tools'
// script is a mark, <span data-sm-skript="…">, and the page loads this file instead (macros/widgets.py,
// skript_ved_behov), so its first view does not pay for tools far down and no other page pays for this.
// The script is added when its mark comes within a screen of the viewport, or at once where
// IntersectionObserver is missing. Each address loads once per document; the tools themselves subscribe
// to document$, which replays the current page to them.
(() => {
  // Instant navigation runs this file again each time the page is entered; the first run serves them all.
  if (window.smLastVedBehov) return;
  window.smLastVedBehov = true;
  const lastet = new Set();

  function last(merke) {
    // Absolute: after instant navigation the same file has another relative address.
    const src = new URL(merke.dataset.smSkript, location.href).href;
    if (lastet.has(src)) return;
    lastet.add(src);
    const skript = document.createElement("script");
    skript.src = src;
    document.body.append(skript);
  }

  function observer(merker) {
    if (!("IntersectionObserver" in window)) return merker.forEach(last);
    const obs = new IntersectionObserver(
      (poster) => {
        for (const p of poster) {
          if (!p.isIntersecting) continue;
          obs.unobserve(p.target);
          last(p.target);
        }
      },
      { rootMargin: "100% 0px" },
    );
    merker.forEach((m) => obs.observe(m));
  }

  const start = () => observer([...document.querySelectorAll("[data-sm-skript]")]);
  window.document$ ? document$.subscribe(start) : start();
})();
