#!/usr/bin/env python3
"""Build ``src/detente/data/periods.json`` from ``data-src/periods.tsv``.

    python scripts/build_periods.py [--check]

Each row becomes one entry {kind, begin, until, precision, names[, exact]}; names
keep their written case (the tagger matches them case-insensitively) and lose a
leading "the", which the tagger treats as optional; a name written with a leading
"=" is also listed in ``exact``: the tagger takes it only with its capitals.  ``--check`` rebuilds in
memory and exits 1 when the committed file differs.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "data-src" / "periods.tsv"
TARGET = ROOT / "src" / "detente" / "data" / "periods.json"
KINDS = {"period", "event"}
PRECISIONS = {"day", "month", "year", "decade", "century"}


def read_rows(path: Path) -> list[dict]:
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, begin, until, precision, names = line.split("\t")
        if kind not in KINDS or precision not in PRECISIONS:
            raise SystemExit(f"{path}:{number}: unknown kind or precision")
        if date.fromisoformat(begin) > date.fromisoformat(until):
            raise SystemExit(f"{path}:{number}: begin after until")
        written = [name.strip() for name in names.split("|") if name.strip()]
        cleaned = sorted({_strip_article(name.lstrip("=")) for name in written})
        entry = {"kind": kind, "begin": begin, "until": until, "precision": precision, "names": cleaned}
        exact = sorted({_strip_article(name[1:]) for name in written if name.startswith("=")})
        if exact:
            entry["exact"] = exact  # matched only with these capitals ("the Emergency", not "an emergency")
        entries.append(entry)
    return entries


def _strip_article(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


def render(entries: list[dict]) -> str:
    return json.dumps({"entries": entries}, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed file is stale")
    args = parser.parse_args(argv)
    text = render(read_rows(SOURCE))
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is stale: run scripts/build_periods.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
