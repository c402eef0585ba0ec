// Scripts a page needs only once the reader gets near them: on «Hele veiledningen» (macro.py) the tools'
// script is a mark, <span data-sm-skript="…">, and the page loads this file instead (macros/verktoey.py,
// skript_ved_behov), so its first view does not pay for tools far down and no other page pays for this.
// Every tool has its mark; a script is added when one of its marks comes within a screen of the viewport
// (by scrolling, a link to a heading, find in page), before printing, or at once where IntersectionObserver
// is missing. Each address loads once per document; the tools themselves subscribe
// to document$, which replays the current page to them. window.smVerktoey starts this once, however often
// instant navigation runs the file.
smVerktoey.verktoey("last-ved-behov", () => {
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
          last(p.target.querySelector(":scope > [data-sm-skript]"));
        }
      },
      { rootMargin: "100% 0px" },
    );
    // The mark sits just inside its tool (macros/verktoey.py): the tool is what comes into view.
    merker.forEach((m) => obs.observe(m.parentElement));
  }

  const merker = () => [...document.querySelectorAll("[data-sm-skript]")];
  // A printed page shows every tool as the reader left it, also those never scrolled to.
  addEventListener("beforeprint", () => merker().forEach(last));
  return () => observer(merker());
});
