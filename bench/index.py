"""Relations index benchmark: the index and periods of a pair over a synthetic store of a million events.

    python bench/index.py [--events 1000000] [--db PATH [--reuse]] [--merge-sample 10000] [--seed 7]
                          [--peer-periods FILE]

Builds a SQLite store with ``--events`` stored events, already on the timeline as a merge of singletons
would put them (events, their actors, timeline events, members and families; bulk SQL, not the pipeline;
the web's trigger-filled key tables are left out),
60% of them between the USA and the USSR with a Goldstein level that changes at known years, the rest
between other pairs. Then times, on that store:

- ``relations_index`` by year, month and decade (SQL aggregation, plus the smoothing in Python);
- ``periods`` (yearly index, stated periods, the segmentation level by level, key events by SQL), and its
  time over the yearly index's;
- the peer: the same per-year aggregation in pure Python over the same rows, read with one SELECT;

and reports the ratio peer / SQL (both measured here, in this process, on this machine). With
``--merge-sample N`` it also times ``timeline.merge.update`` on N fresh events in a separate store
(events merged per second). With ``--reuse`` an existing ``--db`` store is timed as it is (built by an
earlier run with the same ``--events`` and ``--seed``) instead of being built again; a store made by an older
detente is migrated when it is opened (``open_seconds``). With ``--peer-periods
FILE`` (another version of ``src/detente/timeline/periods.py``, e.g. ``git show main:src/detente/timeline/periods.py
> /tmp/periods_main.py``) it times that version's ``periods()`` and this one's alternately on the same store
and reports the best of each and their ratio (both on this tree's store code). With ``--peer-src DIR`` (another
checkout's ``src``, e.g. ``git archive 0f85bdc src | tar -x -C /tmp/old``, then ``/tmp/old/src``) it times that
tree's ``periods()`` with its own index and store SQL against this tree's, each in its own process on the same
store, alternately (an older tree opens a store migrated further: it reads only what it knows). Figures go to stdout as one JSON object.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

# (first year, USA-USSR Goldstein level): the regime the synthetic scores follow
REGIMES = [(1917, -5.0), (1921, 2.0), (1933, 3.5), (1939, -2.0), (1941, 6.0), (1946, -4.0), (1963, 1.0),
           (1969, 4.0), (1980, -5.0), (1986, 5.0)]
CAMEOS = [("042", "CONSULT", 1, 1.9), ("057", "SUPPORT", 1, 8.0), ("070", "AID", 2, 7.0), ("112", "ACCUSE", 3, -2.0),
          ("130", "THREATEN", 3, -4.4), ("190", "ASSAULT", 4, -10.0), ("163", "SANCTION", 4, -8.0)]
OTHER_PAIRS = [("USA", "GBR"), ("SUN", "CHN"), ("USA", "CUB"), ("SUN", "DDR"), ("GBR", "FRA"), ("USA", "JPN")]


def level(year: int) -> float:
    current = REGIMES[0][1]
    for start, value in REGIMES:
        if year >= start:
            current = value
    return current


def synthetic_events(count: int, seed: int):
    """(id, doc, date, begin, end, precision, source, target, cameo, type, quad, goldstein) tuples."""
    from detente.model import date_bounds

    rng = random.Random(seed)
    for number in range(count):
        if rng.random() < 0.6:
            source, target = ("USA", "SUN") if rng.random() < 0.5 else ("SUN", "USA")
            year = rng.randint(1917, 1991)
            wanted = level(year) + rng.gauss(0, 3.0)
            cameo, kind, quad, score = min(CAMEOS, key=lambda c: abs(c[3] - wanted) + rng.random() * 2)
        else:
            source, target = rng.choice(OTHER_PAIRS)
            year = rng.randint(1917, 1991)
            cameo, kind, quad, score = rng.choice(CAMEOS)
        shape = rng.random()
        if shape < 0.5:
            date, precision = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "day"
        elif shape < 0.8:
            date, precision = f"{year}-{rng.randint(1, 12):02d}", "month"
        else:
            date, precision = f"{year}", "year"
        begin, end = date_bounds(date)
        yield (f"e{number:08d}", f"d{number % 500:05d}", date, begin, end, precision, source, target, cameo, kind, quad, score)


def build_store(path: str, count: int, seed: int) -> float:
    """Fill a fresh store with ``count`` events already on the timeline; returns the seconds it took."""
    from detente.model import content_id
    from detente.store import open_store
    from detente.timeline.families import family

    began = time.perf_counter()
    with open_store(path) as store:
        conn = store.conn
        # a throwaway store: no journal, no waiting for the disk, a large page cache for the random-keyed indexes
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -400000")
        # other readers' key tables (the web's, filled row by row by triggers) are not what is measured here:
        # without their triggers a million rows load in minutes, not hours on a shared machine
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        with store.transaction():
            conn.executemany(
                "INSERT INTO documents (id, origin, format, text) VALUES (?, ?, 'text', ?)",
                [(f"d{n:05d}", f"synthetic/{n:05d}.txt", f"Synthetic {n}\n\nDetente (1969–1979)\n") for n in range(500)],
            )
            batch_events, batch_actors, batch_timeline, batch_members, batch_families = [], [], [], [], []

            def flush() -> None:
                conn.executemany(
                    "INSERT INTO events (id, doc_id, date, date_begin, date_end, precision, source, target, type, cameo, "
                    "goldstein, quad, polarity, modality) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'asserted')",
                    batch_events)
                conn.executemany("INSERT INTO event_actors (event_id, actor, position) VALUES (?, ?, ?)", batch_actors)
                conn.executemany(
                    "INSERT INTO timeline_events (id, date, date_begin, date_end, precision, source, target, source_family, "
                    "target_family, type, cameo, goldstein, quad, polarity, evidence, doc_id, members, documents, conflict, "
                    "versions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, 1, 1, NULL, '{}')", batch_timeline)
                conn.executemany("INSERT INTO timeline_members (event_id, timeline_id) VALUES (?, ?)", batch_members)
                conn.executemany("INSERT INTO timeline_actors (timeline_id, family, actor) VALUES (?, ?, ?)", batch_families)
                for batch in (batch_events, batch_actors, batch_timeline, batch_members, batch_families):
                    batch.clear()
                conn.execute("COMMIT")  # one transaction per batch
                conn.execute("BEGIN")

            for ident, doc, date, begin, end, precision, source, target, cameo, kind, quad, score in synthetic_events(count, seed):
                polarity = "cooperation" if score > 0 else "conflict"
                timeline_id = content_id("timeline", ident)
                batch_events.append((ident, doc, date, begin, end, precision, source, target, kind, cameo, score, quad, polarity))
                batch_actors += [(ident, source, 0), (ident, target, 1)]
                batch_timeline.append((timeline_id, date, begin, end, precision, source, target, family(source), family(target),
                                       kind, cameo, score, quad, polarity, doc))
                batch_members.append((ident, timeline_id))
                batch_families += [(timeline_id, family(source), source), (timeline_id, family(target), target)]
                if len(batch_events) >= 50_000:
                    flush()
            flush()
        # the stated periods of the documents: as a build reads them
        from detente.timeline.periods import read_stated_periods

        read_stated_periods(store)
        conn.execute("ANALYZE")
    return time.perf_counter() - began


def analyze_new_indexes(store) -> list[str]:
    """ANALYZE the indexes a migration built after the store was analyzed (build_store ends with ANALYZE): with
    statistics for every other index and none for a new one, SQLite takes the new one for very selective and
    may choose plans no real store (never analyzed) gets. Returns their names."""
    conn = store.conn
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        return []
    names = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND name NOT IN (SELECT idx FROM sqlite_stat1 WHERE idx IS NOT NULL) ORDER BY name")]
    for name in names:
        conn.execute(f'ANALYZE "{name}"')
    return names


def timed(function, repeat: int = 3):
    """(best seconds of ``repeat`` runs, last result)."""
    best, result = float("inf"), None
    for _ in range(repeat):
        began = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - began)
    return best, result


def python_peer(store, first: str, second: str) -> dict[str, tuple[int, float]]:
    """The yearly index aggregation in pure Python over the same rows: the peer the SQL is compared with."""
    found: dict[str, list] = {}
    pairs = {(first, second), (second, first)}
    for source, target, begin, end, quad, score in store.conn.execute(
        "SELECT source_family, target_family, date_begin, date_end, quad, goldstein FROM timeline_events"
    ):
        if (source, target) not in pairs or begin is None or begin[:4] != end[:4]:
            continue
        row = found.get(begin[:4])
        if row is None:
            row = found[begin[:4]] = [0, 0.0, 0.0, [0, 0, 0, 0, 0]]
        row[0] += 1
        row[1] += score
        row[2] += score * score
        row[3][quad] += 1
    return {bucket: (row[0], round(row[1], 3)) for bucket, row in found.items()}


def compare_periods(store, pair: list[str], path: str, rounds: int = 7) -> dict:
    """Best seconds of ``periods()`` of this version and of the one in ``path``, run alternately on one store."""
    import importlib.util

    from detente.timeline.periods import periods

    spec = importlib.util.spec_from_file_location("detente_peer_periods", path)
    peer = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = peer  # dataclasses look their module up
    spec.loader.exec_module(peer)
    best = {"this": float("inf"), "peer": float("inf")}
    for _ in range(rounds):
        for name, function in (("peer", peer.periods), ("this", periods)):
            began = time.perf_counter()
            function(store, pair)
            best[name] = min(best[name], time.perf_counter() - began)
    detect_best = {}
    from detente.timeline.index import relations_index

    rows = relations_index(store, pair, by="year")
    for name, module in (("peer", peer), ("this", __import__("detente.timeline.periods", fromlist=["detect"]))):
        seconds, _ = timed(lambda module=module: module.detect(rows), 5)
        detect_best[name] = seconds
    return {"peer_file": path, "rounds": rounds, "this_seconds": round(best["this"], 3), "peer_seconds": round(best["peer"], 3),
            "this_over_peer": round(best["this"] / best["peer"], 2),
            "detect_this_ms": round(detect_best["this"] * 1000, 1), "detect_peer_ms": round(detect_best["peer"] * 1000, 1)}


_TREE_RUN = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from detente.store import open_store
from detente.timeline.periods import periods
with open_store(sys.argv[2]) as store:
    best = float("inf")
    for _ in range(int(sys.argv[3])):
        began = time.perf_counter()
        found = periods(store, ["USA", "SUN"])
        best = min(best, time.perf_counter() - began)
print(json.dumps({"seconds": best, "periods": [(p.start, p.end, p.kind, p.level) for p in found]}))
"""


def compare_trees(path: str, peer_src: str, rounds: int = 3, calls: int = 2) -> dict:
    """Best seconds of ``periods()`` of this tree and of another checkout's ``src`` (its periods, index and store code
    together), each in its own process on the same store, alternately: ``rounds`` processes each, ``calls`` calls in
    each (the first reads the store's pages into that process's cache)."""
    import subprocess

    trees = {"this": str(HERE.parent / "src"), "peer": str(Path(peer_src).resolve())}
    best = {"this": float("inf"), "peer": float("inf")}
    found = {}
    for _ in range(rounds):
        for name in ("peer", "this"):
            output = subprocess.run([sys.executable, "-c", _TREE_RUN, trees[name], path, str(calls)], check=True,
                                    capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"}).stdout
            result = json.loads(output.splitlines()[-1])
            best[name] = min(best[name], result["seconds"])
            found[name] = result["periods"]
    return {"peer_src": peer_src, "rounds": rounds, "calls": calls, "this_seconds": round(best["this"], 3),
            "peer_seconds": round(best["peer"], 3), "this_over_peer": round(best["this"] / best["peer"], 2),
            "level_one_same": [p for p in found["this"] if p[3] == 1] == [p for p in found["peer"] if p[3] == 1]}


def merge_sample(count: int, seed: int) -> dict:
    """Seconds for ``timeline.merge.update`` to merge ``count`` fresh events, written as a build writes them."""
    from detente.model import Document, Event
    from detente.store import open_store
    from detente.timeline import merge

    rng = random.Random(seed)
    words = "treaty summit talks embargo grain missiles troops aid recognition protest blockade crisis".split()
    with tempfile.TemporaryDirectory() as folder, open_store(Path(folder) / "merge.db") as store:
        ids = []
        for number, (ident, doc, date, _b, _e, precision, source, target, cameo, kind, quad, score) in enumerate(
            synthetic_events(count, seed)
        ):
            evidence = " ".join(rng.sample(words, 4))
            event = Event(id=ident, doc=doc, doc_id=doc, date=date, date_text=date, precision=precision, source=source,
                          target=target, actors=[source, target], type=kind, cameo=cameo, goldstein=score, quad=quad,
                          polarity="cooperation" if score > 0 else "conflict", evidence=evidence, span=(number, number + 1))
            if not store.has_document(doc):
                store.write_document(Document(id=doc, origin=doc, text="x"), {})
            with store.transaction():
                store._write_event(event)
            ids.append(ident)
        began = time.perf_counter()
        merge.update(store, ids)
        seconds = time.perf_counter() - began
        timeline = store.conn.execute("SELECT COUNT(*) FROM timeline_events").fetchone()[0]
    return {"events": count, "seconds": round(seconds, 2), "events_per_second": round(count / seconds),
            "timeline_events": timeline}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", default=None, help="Store file (default: a temporary one, removed afterwards).")
    parser.add_argument("--merge-sample", type=int, default=10_000, help="Also time merging this many events (0: skip).")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--reuse", action="store_true", help="Time an existing --db store instead of building it again.")
    parser.add_argument("--peer-periods", default=None, help="Another periods.py to time against this one, alternately.")
    parser.add_argument("--peer-src", default=None,
                        help="Another checkout's src/ (e.g. git archive 0f85bdc src): its periods() with its own index and "
                             "store code, timed against this tree's in separate processes, alternately.")
    args = parser.parse_args(argv)
    if args.reuse and not (args.db and Path(args.db).exists()):
        parser.error("--reuse needs --db naming an existing store (built by a run with the same --events and --seed)")

    from detente.store import open_store
    from detente.timeline.index import relations_index
    from detente.timeline.periods import periods

    with tempfile.TemporaryDirectory() as folder:
        path = args.db or str(Path(folder) / "index.db")
        if args.reuse:
            report: dict = {"events": args.events, "store_build_seconds": None, "reused_store": path}
        else:
            if Path(path).exists():
                Path(path).unlink()
            build_seconds = build_store(path, args.events, args.seed)
            report = {"events": args.events, "store_build_seconds": round(build_seconds, 1)}
        began = time.perf_counter()
        with open_store(path) as store:
            # a reused store made by an older detente is migrated here (e.g. 0008 rebuilds the pair's covering index)
            report["open_seconds"] = round(time.perf_counter() - began, 2)
            report["migrations"] = store.schema_version
            if args.reuse:
                report["analyzed_indexes"] = analyze_new_indexes(store)
            pair = ["USA", "SUN"]
            sync_seconds, _ = timed(lambda: __import__("detente.timeline.merge", fromlist=["sync"]).sync(store), 1)
            report["sync_check_seconds"] = round(sync_seconds, 3)
            for by in ("year", "month", "decade"):
                seconds, rows = timed(lambda by=by: relations_index(store, pair, by=by))
                report[f"index_{by}_seconds"] = round(seconds, 3)
                report[f"index_{by}_buckets"] = len(rows)
            seconds, found = timed(lambda: periods(store, pair))
            report["periods_seconds"] = round(seconds, 3)
            # periods read the yearly index, then add stated periods, the segmentation and key events by SQL:
            # its time over the index's, both measured here, is what a change of the method shows
            report["periods_over_index_year_ratio"] = round(seconds / report["index_year_seconds"], 2)
            report["detected_levels"] = sorted({p.level for p in found if p.kind == "detected"})
            report["periods"] = [(p.start, p.end, p.kind, p.label, p.mean_goldstein) for p in found]
            if args.peer_periods:
                report["peer_periods"] = compare_periods(store, pair, args.peer_periods)
        if args.peer_src:
            report["peer_tree"] = compare_trees(path, args.peer_src)
        with open_store(path) as store:
            detected = {p.start for p in found if p.kind == "detected"}
            planted = [start for start, _ in REGIMES]
            report["planted_changes_found"] = f"{sum(year in detected for year in planted[1:])}/{len(planted) - 1}"
            peer_seconds, peer = timed(lambda: python_peer(store, "cow:2", "cow:365"))
            report["python_peer_year_seconds"] = round(peer_seconds, 3)
            sql_rows = {row.bucket: (row.events, row.goldstein_sum) for row in relations_index(store, pair, by="year")}
            report["peer_agrees"] = sql_rows == peer
            report["peer_over_sql_ratio"] = round(peer_seconds / report["index_year_seconds"], 2)
        report["pair_events"] = sum(count for count, _ in peer.values())
    if args.merge_sample:
        report["merge_sample"] = merge_sample(args.merge_sample, args.seed + 1)
    print(json.dumps(report, indent=1))
    return 0 if report["peer_agrees"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
