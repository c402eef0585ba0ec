"""Runs the README's sample nginx configuration (drift/nginx.conf) on a loopback port for tests."""

import base64
import hashlib
import os
import re
import shutil
import socket
import subprocess
import time
from pathlib import Path

from .bygg import ROT

KONFIG = ROT / "drift" / "nginx.conf"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
UNDERSTI = "/veiledere/sosiale-medier/"


INNEBYGD_SKRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>(.+?)</script>", re.S)
SUMMER = re.compile(r"'sha256-[^']+'")


def innebygde_skript(html):
    """The text of every inline script in `html` (not the JSON Material keeps its configuration in)."""
    return INNEBYGD_SKRIPT.findall(html)


def summen(tekst):
    """How script-src names the inline script `tekst`: 'sha256-…'."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(tekst.encode("utf-8")).digest()).decode() + "'"


def skriptsummer(site):
    """script-src's hashes of every inline script in the pages of `site`."""
    return sorted({summen(tekst) for side in Path(site).rglob("*.html") for tekst in innebygde_skript(side.read_text(encoding="utf-8"))})


def serverblokk(site, port, egne_skript=False):
    """drift/nginx.conf with only the listen address and the folder changed. `egne_skript`: script-src
    allows the inline scripts of `site` instead of the project's one (plain Material, served alike in the
    benchmarks: the project's CSP blocks Material's own inline scripts)."""
    tekst = KONFIG.read_text(encoding="utf-8")
    for gammel, ny in (("listen 80;", f"listen 127.0.0.1:{port};"), ("alias /srv/www/sosiale-medier/;", f"alias {site}/;")):
        assert gammel in tekst, f"drift/nginx.conf har ikke lenger «{gammel}»"
        tekst = tekst.replace(gammel, ny)
    if egne_skript:
        assert SUMMER.search(tekst), "drift/nginx.conf har ingen sha256-sum i script-src"
        tekst = SUMMER.sub(lambda _: " ".join(skriptsummer(site)), tekst, count=1)
    return tekst


def hovedkonfig(mappe, serverfil):
    """The parts of /etc/nginx/nginx.conf a distribution supplies, pointed at a private folder."""
    midlertidig = " ".join(f"{navn}_temp_path {mappe}/{navn};" for navn in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    bruker = "user root;" if os.geteuid() == 0 else ""
    return (
        f"daemon off; {bruker} pid {mappe}/nginx.pid; error_log {mappe}/error.log;\n"
        "events { worker_connections 64; }\n"
        "http { include /etc/nginx/mime.types; default_type application/octet-stream; access_log off;\n"
        f"{midlertidig}\ninclude {serverfil}; }}\n"
    )


def start(site, port, mappe, egne_skript=False):
    mappe = Path(mappe)
    serverfil = mappe / "sosiale-medier.conf"
    serverfil.write_text(serverblokk(site, port, egne_skript), encoding="utf-8")
    (mappe / "nginx.conf").write_text(hovedkonfig(mappe, serverfil), encoding="utf-8")
    prosess = subprocess.Popen([NGINX, "-p", str(mappe), "-c", str(mappe / "nginx.conf")], stderr=subprocess.PIPE)
    slutt = time.monotonic() + 10
    while time.monotonic() < slutt:
        if prosess.poll() is not None:
            raise RuntimeError(f"nginx stoppet: {prosess.stderr.read().decode()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return prosess
        except OSError:
            time.sleep(0.05)
    prosess.kill()
    raise RuntimeError("nginx svarte ikke innen 10 s")
