"""What the tests, the scripts and the benchmarks share: building the site (bygg), serving it (server),
the browser's settings (nettleser), nginx with drift/nginx.conf (nginx), driving the search box (sok) and
the list of stable addresses (lenkeliste). Not part of the site: nothing in the build imports it."""
