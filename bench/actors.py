"""Actor layer speed and accuracy: one pass over real text, against a naive matcher timed in the same run.

    python bench/actors.py [--megabytes 4] [--repeat 7] [--json]

Text: the demo corpus and the user's seed pages (``../shared/seeds``, when beside the repository), cleaned as
the pipeline cleans them, concatenated and repeated until the text is ``--megabytes`` long.

Timed, CPU time of this process (one core), ``--repeat`` rounds each running every measure once in turn (so a
slower spell of the machine falls on all measures alike; the regex peer, ten times slower, in the first three rounds
only); the least of the rounds (``seconds``, ``mb_per_s``) and their median (``median_seconds``, ``median_mb_per_s``)
are printed. The garbage collector runs as in the pipeline (enabled, the package data frozen as it is loaded); its
collections during the timed calls are counted. A pure-Python loop timed in every round (``machine``, beside ``measures``) shows how fast
the machine ran: on a shared machine the same loop varies by a third from one call to the next, so compare two
sources in alternated runs, and read the median beside the best.
  ours, undated   ``find_mentions(text)``: automaton scan, case and boundary checks, resolution, references
  ours, dated     the same with a ``when`` callback, as the pipeline calls it (resolution in time each hit)
  scan only       the Aho-Corasick pass and the leftmost-longest choice, no resolution
  peer            a naive matcher over the same spellings: one regular expression, an alternation of every
                  form longest first between word boundaries, its matches looked up in a dict
Printed: characters/s (MB/s), mentions/s, and the ratio ours / peer (above 1: ours is faster).

Accuracy: the share of ``tests/data/actor_cases.jsonl`` (hand-written cases about other pairs of states)
whose every expected mention is found and resolved, as ``tests/test_actors.py`` checks them; also per batch
(the audit that wrote the case, e.g. "actors3", marked "batch" or "set"), so a later batch written before its fixes is
scored apart.
"""

from __future__ import annotations

import argparse
import gc
import json
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
CASES = ROOT / "tests" / "data" / "actor_cases.jsonl"


def corpus_text(megabytes: float) -> tuple[str, int]:
    """Cleaned demo and seed documents joined, repeated to the wanted size; and the number of documents."""
    from detente.ingest.read import read_inputs
    from detente.model import Skipped
    from detente.pipeline import clean
    from detente.resources import demo_paths

    with demo_paths() as paths:
        inputs = [str(p) for p in paths] + [str(p) for p in sorted(SEEDS.glob("*.txt"))]
        texts = [clean(item).text for item in read_inputs(inputs) if not isinstance(item, Skipped)]
    if not texts:
        raise SystemExit("no documents read: is the demo corpus installed?")
    one = "\n\n".join(texts)
    copies = max(1, int(megabytes * 1_000_000 / len(one)) + 1)
    return "\n\n".join([one] * copies), len(texts)


def machine_loop() -> int:
    """A fixed pure-Python loop (no allocation that survives, no data): its CPU time tracks the machine's speed."""
    total = 0
    for number in range(1_000_000):
        total += number & 7
    return total


def rounds(measures: dict, repeat: int, limited: dict[str, int]) -> dict[str, dict]:
    """CPU seconds of each measure in ``repeat`` rounds (``limited``: measures run in fewer rounds), the last result
    of each, and the collector's runs per generation during each measure's timed calls."""
    times: dict[str, list[float]] = {name: [] for name in measures}
    found: dict[str, object] = {}
    collections: dict[str, list[int]] = {name: [0, 0, 0] for name in measures}
    current: list[str] = [""]

    def count(phase: str, info: dict) -> None:
        if phase == "start" and current[0]:
            collections[current[0]][info["generation"]] += 1

    gc.callbacks.append(count)
    try:
        for number in range(repeat):
            for name, function in measures.items():
                if number >= limited.get(name, repeat):
                    continue
                current[0] = name
                start = time.process_time()
                found[name] = function()
                times[name].append(max(time.process_time() - start, 1e-9))
                current[0] = ""
    finally:
        gc.callbacks.remove(count)
    return {name: {"times": times[name], "found": found[name], "collections": collections[name]} for name in measures}


def naive_matcher():
    """One alternation of every spelling, longest first, between word boundaries; hits looked up by text."""
    from detente.actors import gazetteer

    data = gazetteer.data()
    targets: dict[str, str] = {}
    for form, ident, *_rest in data["forms"]:
        targets.setdefault(form, ident)
    for phrase in data["references"]:
        targets.setdefault(phrase, "REF")
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(f) for f in sorted(targets, key=len, reverse=True)) + r")(?!\w)"
    )

    def run(text: str) -> list[tuple[int, int, str]]:
        return [(m.start(), m.end(), targets[m.group(0)]) for m in pattern.finditer(text)]

    return run


def case_accuracy() -> tuple[int, int, dict[str, dict[str, int]]]:
    """(cases passed, cases) on the hand-written generalization cases, and the same per batch (a case's
    ``batch`` or ``set`` names the audit that wrote it, scored apart; unmarked cases are the batch "")."""
    sys.path.insert(0, str(ROOT))
    from tests.test_actors import test_cases_about_other_pairs_resolve

    cases = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]
    passed = 0
    batches: dict[str, dict[str, int]] = {}
    for case in cases:
        batch = batches.setdefault(case.get("batch") or case.get("set", ""), {"passed": 0, "cases": 0})
        batch["cases"] += 1
        try:
            test_cases_about_other_pairs_resolve(case)
        except AssertionError:
            continue
        passed += 1
        batch["passed"] += 1
    return passed, len(cases), batches


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=4.0, help="size of the timed text (default 4)")
    parser.add_argument(
        "--repeat", type=int, default=7, help="rounds of every measure; the best and the median are printed (default 7)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = parser.parse_args(argv)
    if args.megabytes <= 0 or args.repeat < 1:
        parser.error("--megabytes must be positive and --repeat at least 1")

    from detente.actors import find_mentions
    from detente.actors.matcher import automaton, scan

    start = time.process_time()
    automaton()
    build_seconds = time.process_time() - start
    text, documents = corpus_text(args.megabytes)
    size = len(text.encode("utf-8"))

    def dated(_position: int) -> tuple[str, str]:
        return ("1962-10-01", "1962-10-31")

    peer_run = naive_matcher()
    measures = {
        "ours_undated": lambda: find_mentions(text),
        "ours_dated": lambda: find_mentions(text, when=dated),
        "scan_only": lambda: scan(text),
        "peer_regex": lambda: peer_run(text),
        "machine": machine_loop,
    }
    timed = rounds(measures, args.repeat, {"peer_regex": min(args.repeat, 3)})
    results: dict[str, dict] = {}
    for name, run in timed.items():
        seconds = min(run["times"])
        median = statistics.median(run["times"])
        row = {"seconds": round(seconds, 4), "median_seconds": round(median, 4), "runs": len(run["times"])}
        if name != "machine":
            count = len(run["found"])  # type: ignore[arg-type]
            row.update(
                mb_per_s=round(size / seconds / 1e6, 3),
                median_mb_per_s=round(size / median / 1e6, 3),
                mentions=count,
                mentions_per_s=round(count / seconds),
            )
        row["gc_collections"] = run["collections"]
        results[name] = row
    peer = results["peer_regex"]["seconds"]
    for name in ("ours_undated", "ours_dated", "scan_only"):
        results[name]["speed_vs_peer"] = round(peer / results[name]["seconds"], 2)
    passed, total, batches = case_accuracy()
    report = {
        "bytes": size,
        "documents_repeated": documents,
        "automaton_build_seconds": round(build_seconds, 3),
        "forms": len(automaton()[1]),
        "measures": {name: row for name, row in results.items() if name != "machine"},
        "machine": {**results["machine"], "worst_seconds": round(max(timed["machine"]["times"]), 4)},
        "gc": {"enabled": gc.isenabled(), "frozen_objects": gc.get_freeze_count(), "thresholds": list(gc.get_threshold())},
        "cases_passed": passed,
        "cases": total,
        "case_batches": batches,
    }
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    print(
        f"text: {size / 1e6:.2f} MB ({documents} documents repeated); automaton over {report['forms']} "
        f"spellings built in {build_seconds:.2f} s CPU"
    )
    print(
        f"{'measure':<14} {'CPU s':>8} {'MB/s':>8} {'median s':>9} {'MB/s':>6} {'runs':>5} {'mentions':>9} "
        f"{'mentions/s':>11} {'vs peer':>8}  gc runs (gen 0/1/2)"
    )
    for name, row in results.items():
        if name == "machine":
            continue
        ratio = f"{row['speed_vs_peer']:.2f}x" if "speed_vs_peer" in row else "1.00x"
        print(
            f"{name:<14} {row['seconds']:>8.3f} {row['mb_per_s']:>8.2f} {row['median_seconds']:>9.3f} "
            f"{row['median_mb_per_s']:>6.2f} {row['runs']:>5} {row['mentions']:>9} {row['mentions_per_s']:>11} "
            f"{ratio:>8}  {'/'.join(map(str, row['gc_collections']))}"
        )
    machine = report["machine"]
    print(
        f"machine: a pure-Python loop took {machine['seconds']:.3f} s CPU at best, {machine['median_seconds']:.3f} "
        f"median, {machine['worst_seconds']:.3f} at worst in the same rounds (the spread of the machine, not the code's)"
    )
    print(
        f"gc: {'enabled' if report['gc']['enabled'] else 'disabled'}, {report['gc']['frozen_objects']} objects "
        f"frozen, thresholds {report['gc']['thresholds']}"
    )
    print(f"generalization cases passed: {passed}/{total}")
    for name, batch in sorted(batches.items()):
        print(f"  batch {name or '(unmarked)'}: {batch['passed']}/{batch['cases']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
