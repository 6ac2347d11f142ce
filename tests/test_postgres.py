"""The PostgreSQL store beyond the shared store tests: dialect, concurrent builders, readers, clear errors."""

from __future__ import annotations

import threading

import pytest

from detente.errors import StoreError
from detente.model import Document, Event, Skipped, content_id
from detente.store import open_store
from detente.store.migrations import MIGRATIONS
from detente.store.postgres import _Connection, _redact


def _document(text: str, origin: str) -> Document:
    doc = Document(id=content_id(text), origin=origin, text=text)
    doc.events = [Event(
        id=content_id(doc.id, str(start)), doc=origin, doc_id=doc.id, date="1972-05", date_text="May 1972",
        precision="month", source="USA", target="SUN", actors=["USA", "SUN"], type="AGREE", cameo="057",
        goldstein=4.8, quad=1, polarity="cooperation", evidence=text[start:start + 10], span=(start, start + 10),
    ) for start in (0, 10)]
    return doc


def _corpus(count: int) -> list[Document]:
    return [_document(f"Document {n}: envoys of both states met in Vienna and signed a protocol.", f"d{n}.txt") for n in range(count)]


def test_sqlite_idioms_are_rewritten_for_postgres():
    conn = _Connection(raw=None)
    conn._keys["skipped"] = ["origin", "line"]
    assert conn.translate("INSERT OR IGNORE INTO actors (code) VALUES (?)", True) == \
        "INSERT INTO actors (code) VALUES (%s) ON CONFLICT DO NOTHING"
    replaced = conn.translate("INSERT OR REPLACE INTO skipped (origin, line, reason) VALUES (?, ?, ?)", True)
    assert replaced.endswith("ON CONFLICT (origin, line) DO UPDATE SET reason = EXCLUDED.reason")
    assert conn.translate("SELECT 1 WHERE a LIKE 'x%' AND b = ?", True) == "SELECT 1 WHERE a LIKE 'x%%' AND b = %s"
    assert "DOUBLE PRECISION" in conn.translate("CREATE TABLE t (score REAL NOT NULL)", False)


def test_passwords_never_reach_messages():
    assert _redact("postgresql://builder:s3cret@db.example:5432/events") == "postgresql://builder:***@db.example:5432/events"


def test_an_unreachable_server_gives_a_clear_error():
    pytest.importorskip("psycopg")
    with pytest.raises(StoreError, match="cannot connect to PostgreSQL"):
        open_store("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")


def test_scores_keep_their_precision(postgres_url):
    with open_store(postgres_url) as store:
        store.write_document(_document("Goldstein scores such as 4.8 must read back exactly as written.", "g.txt"))
        assert {event.goldstein for event in store.events()} == {4.8}


def test_overlapping_builders_store_each_document_and_event_once(postgres_url):
    docs = _corpus(30)
    results: list[int] = []

    def build_all() -> None:
        with open_store(postgres_url) as store:  # each builder its own connection, as separate processes would
            results.append(sum(store.write_document(doc) for doc in docs))

    builders = [threading.Thread(target=build_all) for _ in range(3)]
    for builder in builders:
        builder.start()
    for builder in builders:
        builder.join()
    assert sum(results) == len(docs)  # every document written by exactly one builder
    with open_store(postgres_url) as store:
        counts = store.counts()
    assert counts["documents"] == 30 and counts["events"] == 60 and counts["event_sources"] == 60


def test_same_rows_as_sqlite(postgres_url):
    docs = _corpus(5)
    with open_store(":memory:") as lite, open_store(postgres_url) as pg:
        for store in (lite, pg):
            for doc in docs:
                store.write_document(doc, {"USA": {"name": "United States", "kind": "state"}})
            store.record_skipped(Skipped("bad.jsonl", "invalid_json", "bad.jsonl:2: invalid JSON", 2))
        lite_rows, pg_rows = lite.dump(), pg.dump()
    assert {"documents", "events", "event_sources", "event_actors", "actors", "skipped"} <= pg_rows.keys() <= lite_rows.keys()
    for table, rows in pg_rows.items():  # SQLite alone keeps its search tables (FTS5, clustered keys)
        assert [tuple(row) for row in rows] == [tuple(row) for row in lite_rows[table]], table


def test_readers_open_read_only_and_see_a_migrated_schema(postgres_url):
    with open_store(postgres_url) as store:
        store.write_document(_corpus(1)[0])
    with open_store(postgres_url, readonly=True) as reader:
        assert reader.schema_version == len(MIGRATIONS)
        assert len(list(reader.events())) == 2
        with pytest.raises(Exception, match="read-only"):
            reader.write_document(_corpus(2)[1])


def test_a_reader_on_an_empty_database_is_told_to_build_first(postgres_url):
    with pytest.raises(StoreError, match="schema version 0"):
        open_store(postgres_url, readonly=True)


def test_a_batch_stores_the_rows_of_documents_written_one_by_one(postgres_url):
    docs = _corpus(6)
    docs.append(_document(docs[2].text, "copy-of-d2.txt"))  # the same text again: one document, two origins
    actors = {"USA": {"name": "United States", "kind": "state"}}
    with open_store(":memory:") as lite, open_store(postgres_url) as pg:
        lite.write_document(docs[0], actors)
        pg.write_document(docs[0], actors)  # stored before the batch: the batch finds it and adds nothing
        expected = [lite.write_document(doc, actors) for doc in docs]
        stored = pg.write_documents([(doc, actors) for doc in docs])
        assert stored == expected == [False, True, True, True, True, True, False]
        assert pg.write_documents([]) == []
        lite_rows, pg_rows = lite.dump(), pg.dump()
    for table, rows in pg_rows.items():
        assert [tuple(row) for row in rows] == [tuple(row) for row in lite_rows[table]], table


def test_overlapping_batches_store_each_document_once_and_never_deadlock(postgres_url):
    docs = _corpus(40)
    results: list[list[bool]] = []
    errors: list[Exception] = []

    def build(order: list[Document]) -> None:
        try:
            with open_store(postgres_url) as store:
                for start in range(0, len(order), 8):  # shards of eight, overlapping the other builders' shards
                    results.append(store.write_documents([(doc, {}) for doc in order[start:start + 8]]))
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)

    orders = [docs, docs[::-1], docs[20:] + docs[:20]]  # every builder meets the others' documents in another order
    builders = [threading.Thread(target=build, args=(order,)) for order in orders]
    for builder in builders:
        builder.start()
    for builder in builders:
        builder.join(timeout=120)
    assert not errors, errors
    assert sum(sum(flags) for flags in results) == len(docs)  # every document stored by exactly one builder
    with open_store(postgres_url) as store:
        counts = store.counts()
    assert counts["documents"] == 40 and counts["events"] == 80 and counts["event_sources"] == 80


def test_the_key_tables_answer_pages_and_indexes_as_on_sqlite(postgres_url, tmp_path):
    """0007_postgres_keys: PostgreSQL keeps SQLite's key tables row for row, and the reads page through them."""
    from detente import pipeline
    from detente.resources import demo_paths
    from detente.store import queries

    lite_db = str(tmp_path / "lite.db")
    with demo_paths() as paths:
        for target in (lite_db, postgres_url):
            with open_store(target) as store:
                pipeline.build([str(p) for p in sorted(paths)], store)
    with open_store(lite_db, readonly=True) as lite, open_store(postgres_url, readonly=True) as pg:
        for table in ("event_keys", "timeline_keys"):
            rows = sorted(tuple(row) for row in pg.conn.execute(f"SELECT * FROM {table}").fetchall())
            assert rows and rows == sorted(tuple(row) for row in lite.conn.execute(f"SELECT * FROM {table}").fetchall())
        assert queries._has_keys(pg, "timeline_keys") and queries._has_keys(pg, "event_keys")
        for actors, start, end in (("USA,SUN", "1917", "1991"), ("USA", None, None), ("SUN,USA", "1950", "1960")):
            filters = queries.parse_filters(actors, start, end, limit=7, offset=3)
            assert queries.timeline_ids(pg, filters) == queries.timeline_ids(lite, filters)
            assert queries.event_ids(pg, filters) == queries.event_ids(lite, filters)
            for step in ("year", "month"):
                assert queries.compute_index(pg, filters, step) == queries.compute_index(lite, filters, step)
