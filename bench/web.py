"""Web benchmark: latency of the timeline and index API on a store with a million events.

    python bench/web.py [--events 1000000] [--db PATH] [--requests 200] [--postgres URL]

Builds (once; reused when --db exists) a synthetic SQLite store through the real schema, migrations and
triggers: ``--events`` events between 150 states over 1900-2020, dated to the day, month or year, each with
its evidence sentence in one of 1,000-event documents, and a merged timeline with one timeline event per
event, so the API reads the merged timeline as it does after a build. The USA-USSR pair holds 5% of the
events (about as much as the busiest dyad of a large news event set). Rows are written with executemany in
big transactions rather than document by document: a build at this size would take hours and measure the
pipeline, not the web.

Then, in process (httpx's ASGI transport: the whole FastAPI stack and JSON encoding, no socket), it
measures median and 95th-percentile latency of:

- ``/api/timeline?actors=USA,SUN&from=1917&to=1991`` (the default first page: 100 events with sources and
  evidence), a page of 500, random 5-year windows, random later pages by offset and by the ``next`` cursor
  (keyset), filtered by type, random 5-year windows filtered by polarity, and the page's own loader (compact,
  5,000 a page);
- ``/api/index?actors=USA,SUN`` by year and by month, and the index of other pairs.

The API runs as a server does: the totals and indexes it keeps for half a minute serve repeated views.
Peers, in the same run, cold (nothing kept): the same reads as library calls (``detente.store.queries``, no
HTTP), and the same
reads on the same store through the plain SQL joins the PostgreSQL backend uses (no key tables), so the
ratios say what the HTTP layer costs and what the key tables of migrations 0004 and 0006 save. Target: p95 < 50 ms
for the pages of 100 (first, date windows, type and polarity filters, later pages by cursor) and the index. A page
by offset walks every event before it: measured, not a target (the page's own loader reads by cursor).

``--postgres URL`` measures the same reads on a PostgreSQL store instead: the SQLite store's rows are copied
(COPY, once; reused while the schema ``bench_web_<events>_v<migrations>`` is complete) into that database, whose triggers
(migration 0007_postgres_keys) fill the key tables and their window indexes as a build would; "plain" is then the
plain joins on PostgreSQL.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from detente.model import content_id, date_bounds  # noqa: E402
from detente.store import open_store, queries  # noqa: E402

KINDS = [  # (type, cameo, goldstein, quad, polarity)
    ("CONSULT", "040", 1.0, 1, "cooperation"), ("AGREE", "057", 4.8, 1, "cooperation"), ("AID", "070", 7.0, 2, "cooperation"),
    ("ACCUSE", "112", -2.0, 3, "conflict"), ("THREATEN", "130", -4.4, 3, "conflict"), ("COERCE", "170", -7.0, 4, "conflict"),
    ("ASSAULT", "180", -9.0, 4, "conflict"), ("MOBILIZE", "150", 0.0, 0, "neutral"),
]
PAIR_SHARE = 0.05
PER_DOC = 1000


def states(count: int) -> list[str]:
    """``count`` state codes of distinct families, the USA and the USSR first."""
    from detente.actors import gazetteer
    from detente.timeline.families import family

    seen, codes = {family("USA"), family("SUN")}, ["USA", "SUN"]
    for ident, record in sorted(gazetteer.entities().items()):
        code = record.get("code") or ident
        if record.get("kind") == "state" and record.get("cow") is not None and family(code) not in seen:
            seen.add(family(code))
            codes.append(code)
        if len(codes) == count:
            break
    return codes


def build(path: Path, total: int, seed: int = 7) -> None:
    from detente.timeline.families import family

    rng = random.Random(seed)
    codes = states(150)
    weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(codes))]
    start_day = 1900 * 365
    started = time.perf_counter()
    with open_store(path) as store:
        conn = store.conn
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -400000")
        for code in codes:
            conn.execute("INSERT OR IGNORE INTO actors (code, name, kind) VALUES (?, ?, 'state')", (code, code))
        for first in range(0, total, PER_DOC):
            count = min(PER_DOC, total - first)
            sentences, events, sources, actors, timeline, members, families = [], [], [], [], [], [], []
            position = 0
            doc_text_parts = []
            for n in range(first, first + count):
                if rng.random() < PAIR_SHARE:
                    pair = ["USA", "SUN"] if rng.random() < 0.5 else ["SUN", "USA"]
                else:
                    pair = rng.choices(codes, weights, k=2)
                    while pair[0] == pair[1]:
                        pair = rng.choices(codes, weights, k=2)
                day = start_day + rng.randrange(121 * 365)
                year, rest = divmod(day, 365)
                month, dom = min(rest // 31 + 1, 12), rest % 28 + 1
                roll = rng.random()
                date = f"{year}-{month:02d}-{dom:02d}" if roll < 0.6 else f"{year}-{month:02d}" if roll < 0.85 else str(year)
                precision = {10: "day", 7: "month", 4: "year"}[len(date)]
                kind = KINDS[rng.randrange(len(KINDS))]
                sentence = f"Report {n}: {pair[0]} and {pair[1]} officials met over a {kind[0].lower()} matter in {date}."
                doc_text_parts.append(sentence)
                span = (position, position + len(sentence))
                position += len(sentence) + 1
                sentences.append((n, pair, date, precision, kind, span, sentence))
            text = " ".join(doc_text_parts)
            doc_id = content_id("bench", str(first))
            conn.execute("BEGIN")
            conn.execute("INSERT INTO documents (id, origin, title, format, text) VALUES (?, ?, ?, 'text', ?)",
                         (doc_id, f"bench-{first:07d}.txt", f"Synthetic reports {first}", text))
            for n, pair, date, precision, kind, span, sentence in sentences:
                event_id = content_id("event", str(n))
                begin, end = date_bounds(date)
                events.append((event_id, doc_id, date, begin, end, precision, date, "sentence", pair[0], pair[1], kind[0],
                               kind[1], kind[2], kind[3], kind[4], "asserted"))
                sources.append((event_id, doc_id, span[0], span[1], sentence))
                actors.extend([(event_id, pair[0], 0), (event_id, pair[1], 1)])
                timeline_id = content_id("timeline", event_id)
                timeline.append((timeline_id, date, begin, end, precision, pair[0], pair[1], family(pair[0]), family(pair[1]),
                                 kind[0], kind[1], kind[2], kind[3], kind[4], sentence, doc_id, "[]"))
                members.append((event_id, timeline_id))
                families.extend([(timeline_id, family(pair[0]), pair[0]), (timeline_id, family(pair[1]), pair[1])])
            conn.executemany(
                "INSERT INTO events (id, doc_id, date, date_begin, date_end, precision, date_text, date_source, source, "
                "target, type, cameo, goldstein, quad, polarity, modality) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                events)
            conn.executemany("INSERT INTO event_sources (event_id, doc_id, span_start, span_end, evidence) VALUES (?, ?, ?, ?, ?)",
                             sources)
            conn.executemany("INSERT INTO event_actors (event_id, actor, position) VALUES (?, ?, ?)", actors)
            conn.executemany(
                "INSERT INTO timeline_events (id, date, date_begin, date_end, precision, source, target, source_family, "
                "target_family, type, cameo, goldstein, quad, polarity, evidence, doc_id, members, documents, versions) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?)", timeline)
            conn.executemany("INSERT INTO timeline_members (event_id, timeline_id) VALUES (?, ?)", members)
            conn.executemany("INSERT INTO timeline_actors (timeline_id, family, actor) VALUES (?, ?, ?)", families)
            conn.execute("COMMIT")
            if (first // PER_DOC) % 100 == 99:
                done = first + count
                print(f"  {done:,} events, {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
        conn.execute("ANALYZE")
    print(f"built {total:,} events in {time.perf_counter() - started:.0f} s -> {path} "
          f"({path.stat().st_size / 1e9:.2f} GB)", flush=True)


_COPIED = ("actors", "documents", "events", "event_sources", "event_actors", "timeline_events", "timeline_members",
           "timeline_actors")  # in this order: the key tables' triggers find the events when the actors arrive


def postgres_copy(sqlite_path: Path, url: str, total: int) -> str:
    """The URL of a PostgreSQL schema holding the rows of the SQLite store (copied once, then reused)."""
    from urllib.parse import quote

    import psycopg

    from detente.store.migrations import MIGRATIONS

    # named by the schema version too: a schema another detente (branch) copied is never reused, nor dropped under it
    schema = f"bench_web_{total}_v{len(MIGRATIONS)}"
    separator = "&" if "?" in url else "?"
    target = f"{url}{separator}options={quote(f'-csearch_path={schema}')}"
    with psycopg.connect(url, autocommit=True) as conn:
        done = conn.execute("SELECT 1 FROM information_schema.tables WHERE table_schema = %s AND table_name = 'bench_complete'",
                            (schema,)).fetchone()
        if done:
            return target
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        conn.execute(f"CREATE SCHEMA {schema}")
    started = time.perf_counter()
    with open_store(target):  # the schema, migrations and triggers, as a build makes them
        pass
    import sqlite3

    source = sqlite3.connect(sqlite_path)
    with psycopg.connect(target) as conn:
        for table in _COPIED:
            columns = [row[1] for row in source.execute(f"PRAGMA table_info({table})")]
            with conn.cursor() as cursor, cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in source.execute(f"SELECT {', '.join(columns)} FROM {table}"):
                    copy.write_row(row)
            print(f"  copied {table}, {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
        conn.execute("CREATE TABLE bench_complete (at TEXT)")
        conn.commit()
    with psycopg.connect(target, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")  # the visibility map: index-only scans of the key tables, as on a settled store
    print(f"copied {total:,} events into PostgreSQL ({schema}) in {time.perf_counter() - started:.0f} s", flush=True)
    return target


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def summary(values: list[float]) -> tuple[float, float]:
    return statistics.median(values), percentile(values, 0.95)


async def measure_api(app, paths: list[str]) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of each request (CPU of the whole process: the server thread included),
    from sending it to holding the whole body; the client then decodes the body outside the timing (a browser's
    work, not the server's: 9 ms of a monthly index's 400 kB on a busy machine)."""
    import httpx

    timings, cpu = [], []
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
        for path in paths[:5]:  # warm the caches and the thread's store
            await client.get(path)
        for path in paths:
            began, began_cpu = time.perf_counter(), time.process_time()
            response = await client.get(path)
            timings.append((time.perf_counter() - began) * 1000)
            cpu.append((time.process_time() - began_cpu) * 1000)
            response.raise_for_status()
            response.json()
    return timings, cpu


def measure_calls(calls: list, store) -> list[float]:
    """Milliseconds of each call, cold: the totals and indexes the store keeps are dropped before each one."""
    timings = []
    for call in calls[:3]:
        call()
    for call in calls:
        queries.forget(store)
        began = time.perf_counter()
        call()
        timings.append((time.perf_counter() - began) * 1000)
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=None, help="store to build or reuse (default in the temp dir)")
    parser.add_argument("--requests", type=int, default=200, help="requests per measured read")
    parser.add_argument("--plain-requests", type=int, default=3, help="runs of each read through the plain joins")
    parser.add_argument("--build-only", action="store_true", help="build the store and stop")
    parser.add_argument("--postgres", default="", metavar="URL",
                        help="measure on PostgreSQL: the store's rows copied into a schema of this database")
    args = parser.parse_args()
    import tempfile

    db = args.db or Path(tempfile.gettempdir()) / f"detente-bench-web-{args.events}.db"
    if not db.exists():
        partial = db.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        build(partial, args.events)
        partial.rename(db)  # a build stopped halfway is never taken for a whole store
    with open_store(db):  # a store built by an older detente takes the newer migrations first
        pass
    sqlite_db = db
    if args.postgres:
        db = postgres_copy(sqlite_db, args.postgres, args.events)
    if args.build_only:
        return 0
    from detente.web import create_app

    rng = random.Random(11)
    app = create_app(db)
    with open_store(db, readonly=True) as store:
        assert queries.merged_ready(store), "the synthetic store should read as a merged timeline"
        pair = queries.parse_filters("USA,SUN", "1917", "1991")
        total = queries.timeline_ids(store, pair)[0]
        others = [f"{a},{b}" for a, b in zip(states(12)[2::2], states(12)[3::2], strict=False)]
    n = args.requests
    windows = []
    for _ in range(n):
        year = rng.randrange(1917, 1987)
        windows.append((year, year + 4))
    offsets = [rng.randrange(0, max(total - 500, 1)) for _ in range(n)]
    with open_store(db, readonly=True) as store:  # the cursor a reader holds after paging to each offset
        keys: list[tuple] = []
        after = None
        while True:
            page = queries.timeline(store, queries.parse_filters("USA,SUN", "1917", "1991", limit=queries.MAX_LIMIT, after=after),
                                    detail=False)
            keys += [(e["begin"], e["end"], e["id"]) for e in page["events"]]
            after = page["next"]
            if after is None:
                break
    cursors = [queries.cursor(*keys[o - 1]) if o else "" for o in offsets]
    polarity_windows = [(a, b, rng.choice(["conflict", "cooperation"])) for a, b in windows]
    reads = {
        "timeline, first page (100, full)": (
            ["/api/timeline?actors=USA,SUN&from=1917&to=1991"] * n,
            lambda s: queries.timeline(s, queries.parse_filters("USA,SUN", "1917", "1991"))),
        "timeline, page of 500 (full)": (
            ["/api/timeline?actors=USA,SUN&from=1917&to=1991&limit=500"] * n,
            lambda s: queries.timeline(s, queries.parse_filters("USA,SUN", "1917", "1991", limit=500))),
        "timeline, 5-year windows": (
            [f"/api/timeline?actors=USA,SUN&from={a}&to={b}" for a, b in windows],
            lambda s, w=windows: queries.timeline(s, queries.parse_filters("USA,SUN", str(w[0][0]), str(w[0][1])))),
        "timeline, random pages by offset": (
            [f"/api/timeline?actors=USA,SUN&from=1917&to=1991&offset={o}" for o in offsets],
            lambda s, o=offsets: queries.timeline(s, queries.parse_filters("USA,SUN", "1917", "1991", offset=o[0]))),
        "timeline, later pages by cursor": (
            [f"/api/timeline?actors=USA,SUN&from=1917&to=1991&after={c}" for c in cursors],
            lambda s, c=cursors: queries.timeline(s, queries.parse_filters("USA,SUN", "1917", "1991", after=c[1] or None))),
        "timeline, type filter": (
            ["/api/timeline?actors=USA,SUN&from=1917&to=1991&type=AGREE,ACCUSE"] * n,
            lambda s: queries.timeline(s, queries.parse_filters("USA,SUN", "1917", "1991", "AGREE,ACCUSE"))),
        "timeline, 5-year windows by polarity": (
            [f"/api/timeline?actors=USA,SUN&from={a}&to={b}&polarity={p}" for a, b, p in polarity_windows],
            lambda s, w=polarity_windows: queries.timeline(
                s, queries.parse_filters("USA,SUN", str(w[0][0]), str(w[0][1]), polarity=w[0][2]))),
        "timeline, page loader (5000, compact)": (  # the page reads the whole history by cursor, 5,000 at a time
            [f"/api/timeline?actors=USA,SUN&detail=compact&limit=5000&after={c}" for c in cursors[: max(n // 4, 10)]],
            lambda s, c=cursors: queries.timeline(s, queries.parse_filters("USA,SUN", limit=5000, after=c[1] or None),
                                                  detail=False)),
        "index by year": (
            ["/api/index?actors=USA,SUN"] * n,
            lambda s: queries.index(s, queries.parse_filters("USA,SUN"), "year")),
        "index by month": (
            ["/api/index?actors=USA,SUN&step=month"] * n,
            lambda s: queries.index(s, queries.parse_filters("USA,SUN"), "month")),
        "index, other pairs": (
            [f"/api/index?actors={others[i % len(others)]}" for i in range(n)],
            lambda s: queries.index(s, queries.parse_filters(others[0]), "year")),
    }
    where = f"PostgreSQL, the rows of {sqlite_db}" if args.postgres else f"{db} ({db.stat().st_size / 1e9:.2f} GB)"
    print(f"store: {where}, USA-SUN 1917-1991: {total:,} timeline events; "
          f"{n} requests per read, in process")
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores "
          "(wall-clock figures include waiting for a core; CPU p95 is the time this process computed)")
    print(f"{'read':40} {'API p50':>9} {'API p95':>9} {'CPU p95':>9} {'cold p95':>9} {'API/cold':>8} {'plain p95':>10} {'plain/API':>10}")
    worst = 0.0
    for name, (paths, call) in reads.items():
        api, cpu = asyncio.run(measure_api(app, paths))
        with open_store(db, readonly=True) as store:
            library = measure_calls([lambda c=call, s=store: c(s)] * min(n, 50), store)
            if args.postgres:  # the plain joins on PostgreSQL: the reads as they were before 0007_postgres_keys
                keyed, queries._has_keys = queries._has_keys, lambda *rest: False
                try:
                    plain = measure_calls([lambda c=call, s=store: c(s)] * args.plain_requests, store)
                finally:
                    queries._has_keys = keyed
            else:
                store.dialect = "plain"  # the PostgreSQL backend's joins, on the same SQLite data
                plain = measure_calls([lambda c=call, s=store: c(s)] * args.plain_requests, store)
        p50, p95 = summary(api)
        if "loader" not in name and "500" not in name and "offset" not in name:
            worst = max(worst, p95)  # the target: the API's default pages (first, filtered, by cursor) and the index
        lib95, plain95 = percentile(library, 0.95), percentile(plain, 0.95)
        print(f"{name:40} {p50:8.1f}ms {p95:8.1f}ms {percentile(cpu, 0.95):8.1f}ms {lib95:8.1f}ms {p95 / lib95:7.2f}x "
              f"{plain95:9.1f}ms {plain95 / p95:9.1f}x", flush=True)
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    verdict = "meets" if worst < 50 else "misses"
    print(f"worst p95 {worst:.1f} ms (pages of 100: first, windows, filters, by cursor; the index): {verdict} the 50 ms target")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
