"""Builds the site and writes or checks tests/data/lenker.txt (the list of stable addresses).
What it checks and why: utvikling/lenkeliste.py.

    .venv/bin/python scripts/lenkeliste.py            # build, then write tests/data/lenker.txt
    .venv/bin/python scripts/lenkeliste.py --sjekk    # build, then only check (exit 1 on a difference)
    .venv/bin/python scripts/lenkeliste.py --site site [--sjekk]   # use an existing build
"""

import sys

from utvikling.lenkeliste import main

sys.exit(main())
