// Material's page bootstrap (partials/javascripts/base.html), loaded as a file so that the
// Content-Security-Policy needs no 'unsafe-inline'. Material computes the site root from the page's
// base_url; this file always sits two folders below the root, so the root is found from its own address.
// Runs in <head>: JavaScript is on, so the controls uten-js.css hides without it show from the first paint.
document.documentElement.classList.remove("no-js");
var __md_scope = new URL("../..", document.currentScript.src);
var __md_hash = (e) => [...e].reduce((e, _) => (e << 5) - e + _.charCodeAt(0), 0);
var __md_get = (e, _ = localStorage, t = __md_scope) => JSON.parse(_.getItem(t.pathname + "." + e));
var __md_set = (e, _, t = localStorage, a = __md_scope) => {
  try {
    t.setItem(a.pathname + "." + e, JSON.stringify(_));
  } catch (e) {}
};
