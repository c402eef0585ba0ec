"""Building the site for tests: the real configuration, or a copy with other settings."""

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROT = Path(__file__).resolve().parent.parent
PROSJEKT = ("mkdocs.yml", "docs", "overrides", "macros", "hooks")


def mkdocs(*args, cwd=ROT, env=None):
    miljoe = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", *args], cwd=cwd, env=miljoe, capture_output=True, text=True
    )


def bygg(maal, config="mkdocs.yml", cwd=ROT, env=None):
    """Strict build into `maal`; returns the finished process (check .returncode and .stderr)."""
    return mkdocs("build", "--strict", "--config-file", config, "--site-dir", str(maal), cwd=cwd, env=env)


@contextlib.contextmanager
def ferdig_bygg(site=None):
    """For scripts: the given build, or a fresh strict build in a temporary folder (removed afterwards).
    A failing build exits with MkDocs' own message."""
    if site is not None:
        yield Path(site)
        return
    with tempfile.TemporaryDirectory() as tmp:
        maal = Path(tmp) / "site"
        resultat = bygg(maal)
        if resultat.returncode != 0:
            sys.exit(f"Bygget feilet:\n{resultat.stderr}")
        yield maal


def kopi_med(tmp, overstyr, filer=None):
    """A copy of the project in `tmp` whose config inherits mkdocs.yml and changes `overstyr`.

    `filer` maps paths inside the copy to new text, for tests that need broken content.
    """
    tmp.mkdir(parents=True, exist_ok=True)
    for navn in PROSJEKT:
        kilde = ROT / navn
        (shutil.copytree if kilde.is_dir() else shutil.copy)(kilde, tmp / navn)
    for sti, tekst in (filer or {}).items():
        (tmp / sti).parent.mkdir(parents=True, exist_ok=True)
        (tmp / sti).write_text(tekst, encoding="utf-8")
    (tmp / "test.yml").write_text(yaml.safe_dump({"INHERIT": "mkdocs.yml", **overstyr}, allow_unicode=True))
    return tmp


def konfig():
    """mkdocs.yml as data, for tests that read its settings (its !ENV and Python tags read as nothing)."""

    class Laster(yaml.SafeLoader):
        pass

    Laster.add_multi_constructor("!", lambda laster, tagg, node: None)
    Laster.add_multi_constructor("tag:yaml.org,2002:python/", lambda laster, tagg, node: None)
    return yaml.load((ROT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Laster)
