"""A built site served on 127.0.0.1, as a static server does (no compression, no headers of its own)."""

import contextlib
import functools
import http.server
import socket
import threading

from .bygg import bygg, kopi_med


def ledig_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class StilleHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def start_server(mappe, port=0):
    handler = functools.partial(StilleHandler, directory=str(mappe))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@contextlib.contextmanager
def kopi_servert(mappe, overstyr=None, filer=None):
    """A copy of the project with other settings or files (bygg.kopi_med), built strictly into
    mappe/site and served on 127.0.0.1; yields the site's address."""
    prosjekt = kopi_med(mappe / "p", overstyr or {}, filer)
    resultat = bygg(mappe / "site", config="test.yml", cwd=prosjekt)
    assert resultat.returncode == 0, resultat.stderr
    server = start_server(mappe / "site")
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
