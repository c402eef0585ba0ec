# Shared by scripts/serve and scripts/test: a project virtualenv with the pinned packages.
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
