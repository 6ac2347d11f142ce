"""Digest of a built SQLite store, to show that a speed change leaves what a build stores as it was.

    python scripts/store_digest.py STORE.db [--dump DIR]

Prints one SHA-256 per table (every table of the file, full-text search's own included) over its rows sorted, and
one over them all. Rows are sorted, so two builds that wrote the same rows in another order match; rowids are left
out unless a table has no other key (full-text search's numbered rows, whose numbering is the order of writing,
are kept: the same numbering is part of "the same store"). With ``--dump`` the sorted rows are also written to
DIR/TABLE.txt for a diff when a digest differs. Compare the output for a build of main's code and of a branch's,
over the same inputs.
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
from pathlib import Path


def table_rows(conn: sqlite3.Connection, table: str) -> list[str]:
    """Every row of ``table`` as text, sorted (rowid first for tables that have one, so its numbering counts)."""
    has_rowid = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0] or ""
    select = "SELECT rowid, *" if "WITHOUT ROWID" not in has_rowid.upper() and "VIRTUAL TABLE" not in has_rowid.upper() else "SELECT *"
    return sorted(repr(row) for row in conn.execute(f'{select} FROM "{table}"'))


def digest(path: str, dump: Path | None = None) -> dict[str, str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    tables = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")]
    result: dict[str, str] = {}
    whole = hashlib.sha256()
    for table in tables:
        rows = table_rows(conn, table)
        text = "\n".join(rows)
        result[table] = f"{len(rows):7} rows  {hashlib.sha256(text.encode()).hexdigest()[:16]}"
        whole.update(f"{table}\n{text}\n".encode())
        if dump is not None:
            dump.mkdir(parents=True, exist_ok=True)
            (dump / f"{table}.txt").write_text(text + "\n")
    result["ALL"] = whole.hexdigest()
    conn.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("store")
    parser.add_argument("--dump", type=Path)
    args = parser.parse_args()
    for table, line in digest(args.store, args.dump).items():
        print(f"{table:32} {line}")


if __name__ == "__main__":
    main()
