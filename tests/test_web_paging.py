"""Date windows and keyset paging over the key tables (migrations 0004 and 0006; PostgreSQL: 0007) against
the plain SQL.

The store holds events of every span class the window index knows: days, months, years, decades, ranges across
a decade and across a century, and undated ones, between two and three actors. Whatever the window, filters and
page size, the key tables must give the rows, order and totals the plain joins give, and walking the pages by
their ``next`` cursors must give the whole list once.
"""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest

from detente.model import Document, Event, content_id
from detente.store import open_store, queries
from detente.timeline import merge
from tests.test_web_api import Client

DATES = ["1917-03-08", "1933-11", "1941", "194", "1939/1941", "1899/1901", "1962-10/1963-01", "1989-11-09", "1900",
         "1999/2001", "1950-06-25/1953-07-27", None]
KINDS = [("AGREE", "057", 4.8, 1, "cooperation"), ("ACCUSE", "112", -2.0, 3, "conflict"), ("MOBILIZE", "150", 0.0, 0, "neutral")]
WINDOWS = [
    (None, None), ("1917", "1991"), ("1941", None), (None, "1941"), ("1940", "1940"), ("1900", "1900"), ("1901", "1901"),
    ("1933-11", "1933-11"), ("1963-01-15", "1963-02"), ("1999-12-31", "2000-01-01"), ("1800", "1899"), ("2001", "2050"),
]


def fill(store) -> None:
    """Events of every span class between the USA and the USSR (a fifth with Britain too), merged."""
    rng = random.Random(3)
    for n in range(240):
        date = rng.choice(DATES)
        kind = rng.choice(KINDS)
        actors = ["USA", "SUN"] if n % 5 else ["USA", "SUN", "GBR"]
        text = f"Dispatch {n}: note q{n}x{rng.randrange(10**6)} about the matter number {n}."
        doc_id = content_id("paging", str(n))
        event = Event(
            id=content_id("paging-event", str(n)), doc=f"d{n}.txt", doc_id=doc_id, date=date, date_text=date,
            precision=None if date is None else "day", source=actors[n % 2], target=actors[1 - n % 2], actors=actors,
            type=kind[0], cameo=kind[1], goldstein=kind[2], quad=kind[3], polarity=kind[4], evidence=text,
            span=(0, len(text)),
        )
        store.write_document(Document(id=doc_id, origin=f"d{n}.txt", text=text, events=[event]))
    merge.sync(store)


@pytest.fixture(scope="module")
def spans_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("paging") / "spans.db"
    with open_store(db) as store:
        fill(store)
    return db


def _filters(begin, end, **more):
    return queries.parse_filters(more.pop("actors", "USA,SUN"), begin, end, limit=more.pop("limit", 10_000), **more)


@pytest.mark.parametrize("begin,end", WINDOWS)
@pytest.mark.parametrize("extra", [{}, {"polarity": "conflict"}, {"types": "AGREE,MOBILIZE"}, {"actors": "USA,SUN,GBR"},
                                   {"actors": "SUN"}])
def test_windows_read_the_same_rows_from_the_key_tables_as_from_the_plain_joins(spans_db, begin, end, extra):
    filters = _filters(begin, end, **extra)
    with open_store(spans_db, readonly=True) as store:
        assert queries.merged_ready(store)
        keyed = (queries.timeline_ids(store, filters), queries.event_ids(store, filters))
        store.dialect = "plain"
        queries.forget(store)
        plain = (queries.timeline_ids(store, filters), queries.event_ids(store, filters))
    assert keyed == plain
    assert keyed[0][0] == len(keyed[0][1])


@pytest.mark.parametrize("offset", [0, 3])
def test_deep_offsets_read_one_range_and_agree_with_the_span_classes(spans_db, monkeypatch, offset):
    """Past ``_SPLIT_OFFSET`` a page reads one range of the primary key instead of merging the span classes."""
    with open_store(spans_db, readonly=True) as store:
        merged = [queries.timeline_ids(store, _filters(b, e, offset=offset, limit=20)) for b, e in WINDOWS]
        queries.forget(store)
        monkeypatch.setattr(queries, "_SPLIT_OFFSET", -1)
        single = [queries.timeline_ids(store, _filters(b, e, offset=offset, limit=20)) for b, e in WINDOWS]
    assert merged == single and any(ids for _, ids in merged)


def test_a_window_meets_every_event_whose_dates_overlap_it(spans_db):
    with open_store(spans_db, readonly=True) as store:
        everything = queries.timeline(store, _filters(None, None), detail=False)["events"]
        for begin, end in WINDOWS[1:]:
            filters = _filters(begin, end)
            low, high = filters.begin or "0000", filters.end or "9999"
            expected = [e["id"] for e in everything if e["begin"] and e["begin"] <= high and e["end"] >= low]
            assert queries.timeline_ids(store, filters)[1] == expected, (begin, end)
    assert any(e["begin"] is None for e in everything) and expected


@pytest.mark.parametrize("dialect", ["sqlite", "plain"])
@pytest.mark.parametrize("begin,end", [(None, None), ("1917", "1991"), ("1941", None)])
def test_next_cursors_walk_every_page_once(spans_db, dialect, begin, end):
    with open_store(spans_db, readonly=True) as store:
        store.dialect = dialect
        whole = queries.timeline(store, _filters(begin, end), detail=False)
        assert whole["next"] is None
        seen, after, pages = [], None, 0
        while True:
            page = queries.timeline(store, _filters(begin, end, limit=7, after=after), detail=False)
            assert page["total"] == whole["total"]
            seen += [e["id"] for e in page["events"]]
            pages += 1
            after = page["next"]
            if after is None:
                break
        events = [queries.events_page(store, _filters(begin, end, limit=9))]
        while events[-1]["next"]:
            events.append(queries.events_page(store, _filters(begin, end, limit=9, after=events[-1]["next"])))
    assert seen == [e["id"] for e in whole["events"]] and pages == -(-whole["total"] // 7)
    walked = [e["id"] for page in events for e in page["events"]]
    assert walked == queries_event_ids(spans_db, begin, end) and len(walked) == len(set(walked))


def queries_event_ids(db: Path, begin, end) -> list[str]:
    with open_store(db, readonly=True) as store:
        return queries.event_ids(store, _filters(begin, end))[1]


def test_a_cursor_and_an_offset_combine(spans_db):
    with open_store(spans_db, readonly=True) as store:
        ids = queries.timeline_ids(store, _filters("1917", "1991"))[1]
        first = queries.timeline(store, _filters("1917", "1991", limit=5), detail=False)
        later = queries.timeline(store, _filters("1917", "1991", limit=5, offset=3, after=first["next"]), detail=False)
    assert [e["id"] for e in later["events"]] == ids[8:13]


def test_a_window_scans_the_window_index_not_the_history_before_it(spans_db):
    filters = _filters("1980", "1984", limit=100)
    with open_store(spans_db, readonly=True) as store:
        arms = queries._key_arms(filters, queries._families(filters), queries._TIMELINE_MEMBER, "timeline_id")
        assert len(arms) == len(queries.SPAN_CLASSES)
        for where, params in arms:
            plan = " ".join(row[3] for row in store.conn.execute(
                f"EXPLAIN QUERY PLAN SELECT k.timeline_id FROM timeline_keys k WHERE {where}", params))
            assert "timeline_keys_window" in plan and "date_begin>" in plan, plan


@pytest.mark.parametrize("after", ["nonsense", "1933-11-16,1933-11-16", "1933,1933,x", "~,1933-11-16,x", "1,2,3",
                                   "1933-11-16,1933-11-16," + "x" * 300])
def test_a_bad_cursor_is_a_400_naming_after(spans_db, after):
    from detente.web import create_app

    response = Client(create_app(spans_db)).get("/api/timeline", params={"actors": "USA,SUN", "after": after})
    assert response.status_code == 400
    assert "after" in response.json()["error"]["message"]


def test_the_api_pages_by_cursor(spans_db):
    from detente.web import create_app

    client = Client(create_app(spans_db))
    whole = client.get("/api/timeline?actors=USA,SUN&detail=compact&limit=1000").json()
    first = client.get("/api/timeline?actors=USA,SUN&detail=compact&limit=10").json()
    second = client.get("/api/timeline", params={"actors": "USA,SUN", "detail": "compact", "limit": 10,
                                                 "after": first["next"]}).json()
    assert [e["id"] for e in first["events"] + second["events"]] == [e["id"] for e in whole["events"][:20]]
    assert whole["next"] is None and first["next"].endswith("," + first["events"][-1]["id"])


@pytest.mark.parametrize("keys", [True, False])
def test_cursors_walk_every_page_once_on_postgres(postgres_url, monkeypatch, keys):
    """The keyset condition over 0007's key tables and, without them, the plain one on PostgreSQL's own ordering
    (skipped without $DETENTE_TEST_POSTGRES)."""
    with open_store(postgres_url) as store:
        fill(store)
    if not keys:
        monkeypatch.setattr(queries, "_has_keys", lambda *_: False)
    with open_store(postgres_url, readonly=True) as store:
        for begin, end in [(None, None), ("1941", None), ("1917", "1991")]:
            whole = queries.timeline_ids(store, _filters(begin, end))[1]
            seen, after = [], None
            while True:
                page = queries.timeline(store, _filters(begin, end, limit=6, after=after), detail=False)
                seen += [e["id"] for e in page["events"]]
                after = page["next"]
                if after is None:
                    break
            assert seen == whole and whole, (begin, end)


def test_openapi_documents_the_cursor(spans_db):
    from detente.web import create_app

    schema = Client(create_app(spans_db)).get("/openapi.json").json()
    for path in ("/api/timeline", "/api/events"):
        assert "after" in {p["name"] for p in schema["paths"][path]["get"]["parameters"]}


def test_postgres_reads_windows_and_cursors_through_its_key_tables_as_sqlite_does(postgres_url, spans_db):
    """0007's key tables and window indexes: on PostgreSQL the same arms give the rows, order, totals and
    cursors SQLite's give (skipped without $DETENTE_TEST_POSTGRES)."""
    with open_store(postgres_url) as store:
        fill(store)
    with open_store(postgres_url, readonly=True) as pg, open_store(spans_db, readonly=True) as lite:
        assert queries._has_keys(pg, "timeline_keys") and queries._has_keys(pg, "event_keys")
        for begin, end in WINDOWS:
            for extra in ({}, {"polarity": "conflict"}, {"types": "AGREE,MOBILIZE"}, {"actors": "USA,SUN,GBR"}):
                filters = _filters(begin, end, **extra)
                assert queries.timeline_ids(pg, filters) == queries.timeline_ids(lite, filters), (begin, end, extra)
                assert queries.event_ids(pg, filters) == queries.event_ids(lite, filters), (begin, end, extra)
                paged = _filters(begin, end, limit=4, offset=1, **extra)
                first = queries.timeline(pg, paged, detail=False)
                assert first["next"] == queries.timeline(lite, paged, detail=False)["next"]
                if first["next"]:
                    later = replace(paged, after=queries.parse_cursor(first["next"]))
                    assert queries.timeline_ids(pg, later) == queries.timeline_ids(lite, later)
                    assert queries.events_page(pg, later)["next"] == queries.events_page(lite, later)["next"]


def test_a_window_on_postgres_scans_the_window_index(postgres_url):
    """0007's window indexes (over an expression) match the span class store/queries.py writes (index against
    index: the planner may read a table this small whole)."""
    with open_store(postgres_url) as store:
        fill(store)
        store.conn.execute("ANALYZE")
    filters = _filters("1980", "1984", limit=100)
    with open_store(postgres_url, readonly=True) as store:
        store.conn.execute("SET enable_seqscan = off")
        store.conn.execute("SET enable_bitmapscan = off")
        for table, ident, member, keys in (
            ("timeline_keys", "timeline_id", queries._TIMELINE_MEMBER, queries._families(filters)),
            ("event_keys", "event_id", queries._EVENT_MEMBER, filters.actors),
        ):
            arms = queries._key_arms(filters, keys, member, ident)
            assert len(arms) == len(queries.SPAN_CLASSES)
            for where, params in arms:
                plan = " ".join(row[0] for row in store.conn.execute(
                    f"EXPLAIN SELECT k.{ident} FROM {table} k WHERE {where}", params).fetchall())
                assert f"{table}_window" in plan and "CASE WHEN" in plan.split("Index Cond")[1], plan
