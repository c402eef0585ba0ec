# Shared by scripts/serve, scripts/test and scripts/zensical: virtualenvs with the pinned packages.
set -euo pipefail
ROT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROT"
export NO_MKDOCS_2_WARNING=1

python_miljo() {
  local krav="$1"
  if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv || {
      echo "python3 -m venv mislyktes: installer python3-venv (apt-get install python3-venv)" >&2
      exit 1
    }
  fi
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$krav"
}

# Zensical in an environment of its own (.venv-zensical/, requirements-zensical.txt): it pins other
# versions of packages MkDocs also uses, and the MkDocs build must stay as it is.
zensical_miljo() {
  if [ ! -x .venv-zensical/bin/python ]; then
    python3 -m venv .venv-zensical || {
      echo "python3 -m venv mislyktes: installer python3-venv (apt-get install python3-venv)" >&2
      exit 1
    }
  fi
  .venv-zensical/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-zensical.txt
}
