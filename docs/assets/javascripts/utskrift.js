// Printing, on every page (beside utskrift.css). Collapsed <details> print open without code of ours:
// Material opens them on beforeprint and closes them again after.
smVerktoey.verktoey("utskrift", () => () => {
  // utskrift.css prints the address after every link that starts with http. Material's instant navigation
  // makes the site's own links absolute too; those are marked so only external ones print.
  for (const a of document.querySelectorAll("article a[href]:not(.sm-intern)")) {
    try {
      if (new URL(a.href, location.href).origin === location.origin) a.classList.add("sm-intern");
    } catch {}
  }
  // «Skriv ut veiledningen» (docs/hele-veiledningen.md): hidden until the script can print.
  for (const knapp of document.querySelectorAll("[data-sm-skriv-ut]")) {
    if (knapp.dataset.klar) continue;
    knapp.dataset.klar = "1";
    knapp.hidden = false;
    knapp.addEventListener("click", () => print());
  }
});
