"""Merging benchmark: one happening told thousands of times, against a mixed corpus of the same size.

    python bench/merge.py [--copies 1000,10000,50000] [--seed 5] [--peer-src DIR --peer-max N] [--profile]

For each size N it writes, into a fresh SQLite store as a build writes them, either

- ``copies``: N reports of one happening (the United States recognizes the Soviet Union), each from its own
  document, told in varied words (subject, verb, object and a tail drawn from small pools, and one report in
  ten with a word of its own), dated mostly to the day, some to the month or the year, a few a year late
  (the disagreement a merge must keep); or
- ``mixed``: N events of many pairs, types and years, each from one of N/5 documents (bench/index.py's
  synthetic events), most of them happenings told once;

then times ``timeline.merge.update`` on all N events (the build's merge step) and reports seconds, events per
second and the timeline events made. The scaling ratio is seconds(N) / seconds(smallest N) over N / smallest N:
1 is linear, N / smallest N quadratic. The copies / mixed ratio compares one huge happening with the same
number of ordinary events, both measured here, in this process. With ``--peer-src`` (another checkout's
``src``, e.g. the merge before this one), each run of at most ``--peer-max`` events is also timed with that
code, in a child process of this script, one after the other, and ``peer_over_this`` gives the ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, os.environ.get("DETENTE_BENCH_SRC") or str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

SUBJECTS = ["Washington", "The United States", "Roosevelt's government", "The American government", "President Roosevelt"]
VERBS = ["recognized", "formally recognized", "extended diplomatic recognition to", "granted recognition to",
         "established diplomatic relations with"]
OBJECTS = ["the Soviet Union", "the Soviet government", "Moscow", "the USSR"]
TAILS = ["", "after an exchange of letters", "ending sixteen years of non-recognition", "in a ceremony at the White House",
         "after talks with Litvinov", "and the two sides exchanged ambassadors"]


def copies(count: int, seed: int):
    """Events (as Event objects) reporting one recognition ``count`` times."""
    from detente.model import Event

    rng = random.Random(seed)
    for number in range(count):
        shape = rng.random()
        date, precision = ("1933-11-16", "day") if shape < 0.8 else ("1933-11", "month") if shape < 0.93 else \
            ("1933", "year") if shape < 0.98 else ("1934-11", "month")
        words = [rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS), rng.choice(TAILS)]
        if rng.random() < 0.1:
            words.append(f"reportedly{number}")  # a word no other report has: its signature is its own
        source, target = ("USA", "SUN") if rng.random() < 0.9 else ("USA", "RSFSR")
        yield Event(id=f"c{number:07d}", doc=f"c{number:07d}", doc_id=f"c{number:07d}", date=date, date_text=date,
                    precision=precision, source=source, target=target, actors=[source, target], type="SUPPORT",
                    cameo="054", goldstein=6.0, quad=1, polarity="cooperation", evidence=" ".join(w for w in words if w) + ".",
                    span=(0, 40))


def mixed(count: int, seed: int):
    """``count`` events of many pairs and years (bench/index.py's synthetic events), evidence from a word pool."""
    from index import synthetic_events

    from detente.model import Event

    rng = random.Random(seed)
    pool = "treaty summit talks embargo grain missiles troops aid recognition protest blockade crisis".split()
    for number, (ident, _doc, date, _b, _e, precision, source, target, cameo, kind, quad, score) in enumerate(
            synthetic_events(count, seed)):
        doc = f"m{number % max(1, count // 5):07d}"
        yield Event(id=ident, doc=doc, doc_id=doc, date=date, date_text=date, precision=precision, source=source,
                    target=target, actors=[source, target], type=kind, cameo=cameo, goldstein=score, quad=quad,
                    polarity="cooperation" if score > 0 else "conflict", evidence=" ".join(rng.sample(pool, 4)),
                    span=(number, number + 1))


def run(kind: str, count: int, seed: int, profile: bool = False) -> dict:
    from detente.model import Document
    from detente.store import open_store
    from detente.timeline import merge

    events = list((copies if kind == "copies" else mixed)(count, seed))
    with tempfile.TemporaryDirectory() as folder, open_store(Path(folder) / "merge.db") as store:
        store.conn.execute("PRAGMA synchronous = OFF")
        for doc in sorted({event.doc_id for event in events}):
            store.write_document(Document(id=doc, origin=doc, text="x"), {})
        with store.transaction():
            for event in events:
                store._write_event(event)
        ids = [event.id for event in events]
        began = time.perf_counter()
        if profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.runcall(merge.update, store, ids)
            pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(18)
        else:
            merge.update(store, ids)
        seconds = time.perf_counter() - began
        timeline = store.conn.execute("SELECT COUNT(*) FROM timeline_events").fetchone()[0]
        largest = store.conn.execute("SELECT MAX(members) FROM timeline_events").fetchone()[0]
    return {"kind": kind, "events": count, "seconds": round(seconds, 3), "events_per_second": round(count / seconds),
            "timeline_events": timeline, "largest_timeline_event": largest}


def peer_run(source: str, kind: str, size: int, seed: int) -> dict:
    """The same run with the code under ``source``, in a child process (its own imports)."""
    import subprocess

    environment = dict(os.environ, DETENTE_BENCH_SRC=source, PYTHONPATH=source)
    output = subprocess.run([sys.executable, __file__, "--copies", str(size), "--kinds", kind, "--seed", str(seed)],
                            env=environment, capture_output=True, text=True, check=True).stdout
    return json.loads(output)["runs"][0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", default="1000,10000,50000", help="Sizes, comma-separated.")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--kinds", default="copies,mixed", help="copies, mixed or both (comma-separated).")
    parser.add_argument("--peer-src", default=None, help="Also time each run with the code of this src folder.")
    parser.add_argument("--peer-max", type=int, default=1000, help="Largest run the peer is timed on.")
    parser.add_argument("--profile", action="store_true", help="cProfile each merge (to stderr).")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.copies.split(",")]
    kinds = args.kinds.split(",")
    report: dict = {"load": os.getloadavg()[0], "runs": []}
    for size in sizes:
        for kind in kinds:
            run_report = run(kind, size, args.seed, args.profile)
            if args.peer_src and size <= args.peer_max:
                peer = peer_run(args.peer_src, kind, size, args.seed)
                run_report["peer_seconds"] = peer["seconds"]
                run_report["peer_timeline_events"] = peer["timeline_events"]
                run_report["peer_over_this"] = round(peer["seconds"] / run_report["seconds"], 2)
            report["runs"].append(run_report)
    for kind in kinds:
        runs = [r for r in report["runs"] if r["kind"] == kind]
        if len(runs) > 1:
            base = runs[0]
            report[f"{kind}_scaling"] = {
                str(r["events"]): round((r["seconds"] / base["seconds"]) / (r["events"] / base["events"]), 2) for r in runs[1:]
            }
            peers = [r for r in runs if "peer_seconds" in r]
            if len(peers) > 1:
                report[f"{kind}_peer_scaling"] = {
                    str(r["events"]): round((r["peer_seconds"] / peers[0]["peer_seconds"]) / (r["events"] / peers[0]["events"]), 2)
                    for r in peers[1:]
                }
    pairs = {r["events"]: r for r in report["runs"] if r["kind"] == "mixed"}
    report["copies_over_mixed"] = {str(r["events"]): round(r["seconds"] / pairs[r["events"]]["seconds"], 2)
                                   for r in report["runs"] if r["kind"] == "copies" and r["events"] in pairs}
    report["load_after"] = os.getloadavg()[0]
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
