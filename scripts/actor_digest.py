"""Digest of what ``find_mentions`` returns, to show that a speed change of the actor layer leaves its output as it was.

    PYTHONPATH=<src> python scripts/actor_digest.py [--dump DIR]

Runs ``detente.actors.find_mentions`` of the ``detente`` on PYTHONPATH over fixed texts, each undated and dated, and
prints one SHA-256 per set of the JSON lines of every mention (every field). Compare the digests printed by two
sources (e.g. a branch point and a branch); with ``--dump`` the lines are also written to DIR/NAME.jsonl for a diff.
Nothing of the texts is printed.

Sets:
  bench      bench/actors.py's text (the demo and seed documents joined, once), undated, dated as the bench dates it
             (October 1962) and dated by position (a year that moves every 2,000 characters, 1800-2029)
  cases      every text of tests/data/actor_cases.jsonl at its own date, and undated
  documents  each demo and seed document alone, undated and dated by position
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "data" / "actor_cases.jsonl"


def _bench_module():
    spec = importlib.util.spec_from_file_location("_actor_digest_bench", ROOT / "bench" / "actors.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _by_position(position: int) -> tuple[str, str]:
    """A date that changes along the text, so every era of the gazetteer is resolved somewhere."""
    year = 1800 + (position // 2000 * 37) % 230
    month = 1 + position // 2000 % 12
    return f"{year}-{month:02d}-01", f"{year}-{month:02d}-28"


def _fixed(_position: int) -> tuple[str, str]:
    return ("1962-10-01", "1962-10-31")


def _lines(label: str, text: str, when) -> list[str]:
    from detente.actors import find_mentions

    return [json.dumps({"in": label, **asdict(m)}, sort_keys=True, default=str) for m in find_mentions(text, when=when)]


def digests(dump: Path | None = None) -> dict[str, str]:
    bench = _bench_module()
    one, _count = bench.corpus_text(0)  # megabytes 0: the documents joined once
    sets: dict[str, list[str]] = {}
    sets["bench"] = (
        _lines("undated", one, None) + _lines("1962", one, _fixed) + _lines("moving", one, _by_position)
    )
    lines: list[str] = []
    for number, raw in enumerate(CASES.read_text(encoding="utf-8").splitlines()):
        if not raw.strip():
            continue
        case = json.loads(raw)
        date = case.get("date")
        lines += _lines(f"{number}:undated", case["text"], None)
        if date:
            lines += _lines(f"{number}:dated", case["text"], lambda _p, d=date: (d, d))
    sets["cases"] = lines
    lines = []
    for number, document in enumerate(_documents(bench)):
        lines += _lines(f"{number}:undated", document, None) + _lines(f"{number}:moving", document, _by_position)
    sets["documents"] = lines
    result = {}
    for name, rows in sets.items():
        result[name] = hashlib.sha256("\n".join(rows).encode("utf-8")).hexdigest()
        result[name + "_mentions"] = str(len(rows))
        if dump is not None:
            dump.mkdir(parents=True, exist_ok=True)
            (dump / f"{name}.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return result


def _documents(bench) -> list[str]:
    from detente.ingest.read import read_inputs
    from detente.model import Skipped
    from detente.pipeline import clean
    from detente.resources import demo_paths

    with demo_paths() as paths:
        inputs = [str(p) for p in paths] + [str(p) for p in sorted(bench.SEEDS.glob("*.txt"))]
        return [clean(item).text for item in read_inputs(inputs) if not isinstance(item, Skipped)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path, help="also write each set's lines to DIR/NAME.jsonl")
    args = parser.parse_args(argv)
    for name, value in digests(args.dump).items():
        print(f"{name:<20} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
