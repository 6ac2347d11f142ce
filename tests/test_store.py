"""The store on every backend (the ``store`` fixture: SQLite and PostgreSQL): schema version, idempotent writes,
one transaction per document."""

from __future__ import annotations

import pytest

from detente.errors import StoreError
from detente.model import Document, Event, Skipped, content_id
from detente.store import open_store
from detente.store.migrations import MIGRATIONS


def _event(doc: Document, date: str | None, source="USA", target="SUN", start=0) -> Event:
    end = start + 20
    return Event(
        id=content_id(doc.id, str(start), source, target), doc=doc.origin, doc_id=doc.id, date=date, date_text=date,
        precision="year", source=source, target=target, actors=[source, target], type="SUPPORT", cameo="054",
        goldstein=3.5, quad=1, polarity="cooperation", evidence=doc.text[start:end], span=(start, end),
    )


def _document(text: str, origin: str = "a.txt", dates=("1933",)) -> Document:
    doc = Document(id=content_id(text), origin=origin, text=text)
    doc.events = [_event(doc, date, start=i * 2) for i, date in enumerate(dates)]
    return doc


def test_migrations_are_recorded_and_not_run_twice(tmp_path):
    path = tmp_path / "s.db"
    with open_store(path) as store:
        assert store.schema_version == len(MIGRATIONS)
    with open_store(path) as store:
        assert store.migrate() == []
        assert store.schema_version == len(MIGRATIONS)


def test_a_store_whose_migrations_were_numbered_otherwise_is_refused(tmp_path):
    """A branch that numbered its migration 6 (as scale's 0007_postgres_keys once was) made a store that would
    skip this detente's migration 6 and fail on its own: a clear error instead."""
    import sqlite3

    path = tmp_path / "s.db"
    with open_store(path):
        pass
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DELETE FROM _detente_migrations WHERE id >= 6")
        conn.execute("INSERT INTO _detente_migrations (id, name) VALUES (6, 'elsewhere_keys')")
    conn.close()
    with pytest.raises(StoreError, match=r"migration 6 of this store is 'elsewhere_keys', of this detente '0006_"):
        open_store(path)


def test_writing_the_same_document_twice_changes_nothing(store):
    doc = _document("The United States recognized the Soviet Union in 1933 after long talks.")
    assert store.write_document(doc) is True
    before = store.dump()
    assert store.write_document(doc) is False
    assert store.dump() == before
    assert store.counts()["events"] == 1


def test_the_same_text_under_a_second_name_is_one_document_with_two_origins(store):
    store.write_document(_document("Same words in two files about the 1963 treaty.", "a.txt"))
    store.write_document(_document("Same words in two files about the 1963 treaty.", "copy/a.txt"))
    assert store.counts()["documents"] == 1
    assert store.conn.execute("SELECT COUNT(*) FROM document_origins").fetchone()[0] == 2


def test_a_document_is_written_whole_or_not_at_all(store):
    doc = _document("Text about the 1972 summit in Moscow and the treaties signed there.", dates=("1972", "1972"))
    # a failure while writing the second event stands for a crash halfway through the document
    _fail_on_second_event_source(store)
    with pytest.raises(Exception, match="simulated crash"):
        store.write_document(doc)
    assert store.counts()["documents"] == 0 and store.counts()["events"] == 0


def _fail_on_second_event_source(store) -> None:
    """A trigger that aborts the insert of any event source after the first, in the backend's own dialect."""
    if getattr(store, "dialect", "sqlite") == "postgresql":
        store.conn.execute("CREATE FUNCTION fail_second() RETURNS trigger AS $$ BEGIN "
                           "IF NEW.span_start > 0 THEN RAISE EXCEPTION 'simulated crash'; END IF; RETURN NEW; END $$ "
                           "LANGUAGE plpgsql")
        store.conn.execute("CREATE TRIGGER fail_second BEFORE INSERT ON event_sources FOR EACH ROW EXECUTE FUNCTION fail_second()")
        return
    store.conn.execute("CREATE TRIGGER fail_second AFTER INSERT ON event_sources WHEN "
                       "(SELECT COUNT(*) FROM event_sources) > 0 AND NEW.span_start > 0 "
                       "BEGIN SELECT RAISE(ABORT, 'simulated crash'); END")


def test_events_read_back_in_date_order_with_filters(store):
    doc = _document("A text of forty characters or more, for spans.", dates=("1945", "1933-11", None))
    store.write_document(doc)
    dates = [event.date for event in store.events()]
    assert dates == ["1933-11", "1945", None]  # undated last
    assert [e.date for e in store.events(start=1940)] == ["1945"]
    assert [e.date for e in store.events(end=1939)] == ["1933-11"]
    assert list(store.events(actors=["POL"])) == []
    first = next(store.events())
    assert first.span == (2, 22) and first.evidence == doc.text[2:22] and first.actors == ["USA", "SUN"]


def test_skipped_inputs_are_recorded_once(store):
    store.record_skipped(Skipped("bad.jsonl", "invalid_json", "bad.jsonl:3: invalid JSON", 3))
    store.record_skipped(Skipped("bad.jsonl", "invalid_json", "bad.jsonl:3: invalid JSON", 3))
    assert store.counts()["skipped"] == 1


def test_a_file_that_is_not_a_store_gives_a_clear_error(tmp_path):
    path = tmp_path / "not.db"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match="not.db"):
        open_store(path)


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_a_store_made_before_the_cameo_in_the_dyad_index_migrates_and_reads_its_acts_the_same(tmp_path, monkeypatch, backend):
    """A store made before 0008 (the pair's covering index without the CAMEO code) opens, migrates, and answers the
    periods' read of a year's turning-point acts as before; on SQLite the read then touches the index alone."""
    import detente.store.postgres as postgres_module
    import detente.store.sqlite as sqlite_module
    from detente.timeline import merge
    from detente.timeline.periods import read_stated_periods
    from tests.conftest import drop_postgres_schema, postgres_schema_url

    before = [name for name, _ in MIGRATIONS].index("0008_timeline_dyad_cameo")
    where = str(tmp_path / "old.db") if backend == "sqlite" else postgres_schema_url()
    doc = _document("Relations\nDétente (1969–1979)\nThe United States and the Soviet Union signed an accord; later a "
                    "quarrel and a visit.", dates=("1972", "1972", "1973"))
    for number, (cameo, quad, score) in enumerate([("057", 1, 8.0), ("112", 3, -2.0), ("043", 1, 2.8)]):
        doc.events[number].cameo, doc.events[number].quad, doc.events[number].goldstein = cameo, quad, score

    def dyad_columns(store) -> list[str]:
        if backend == "sqlite":
            return [row[2] for row in store.conn.execute("PRAGMA index_info('timeline_events_dyad')")]
        (definition,) = store.conn.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'timeline_events_dyad' AND schemaname = current_schema()"
        ).fetchone()
        return [column.strip() for column in definition.split("(", 1)[1].rstrip(")").split(",")]

    def acts(store) -> tuple[dict, dict]:
        return (store.timeline_dyad_cameos("cow:2", "cow:365", "1972-01-01", "1972-12-31", ("057", "04")),
                store.timeline_dyad_cameos("cow:2", "cow:365", "1972-01-01", "1973-12-31", ("057", "04")))

    try:
        with monkeypatch.context() as old:
            old.setattr(sqlite_module, "MIGRATIONS", MIGRATIONS[:before])
            old.setattr(postgres_module, "MIGRATIONS", MIGRATIONS[:before])
            with open_store(where) as store:
                store.write_document(doc)
                merge.sync(store)
                assert store.schema_version == before and "cameo" not in dyad_columns(store)
                found = acts(store)
        assert found == ({"057": 1}, {"043": 1, "057": 1})
        with pytest.raises(StoreError, match="older than this detente"):
            open_store(where, readonly=True)  # a reader cannot migrate: it names the command that does
        with open_store(where) as store:
            assert store.schema_version == len(MIGRATIONS)
            assert dyad_columns(store)[-1] == "cameo"
            assert acts(store) == found
            read_stated_periods(store)  # the periods' read of the stated periods of the pair's documents
            assert [(row["label"], row["start_year"]) for row in store.stated_periods_of_dyad("cow:2", "cow:365")] == [
                ("Détente", 1969)]
            assert store.stated_periods_of_dyad("cow:2", "cow:710") == []
            if backend == "sqlite":
                statements: list[str] = []
                store.conn.set_trace_callback(statements.append)
                acts(store)
                store.conn.set_trace_callback(None)
                plans = [" ".join(str(row[-1]) for row in store.conn.execute("EXPLAIN QUERY PLAN " + sql))
                         for sql in statements if sql.lstrip().upper().startswith("SELECT")]
                assert plans and all("COVERING INDEX timeline_events_dyad" in plan for plan in plans), plans
    finally:
        if backend == "postgres":
            drop_postgres_schema(where)


def test_a_writing_connection_keeps_a_larger_page_cache_than_sqlites_default(tmp_path):
    """A build's writes land all over several hash-keyed B-trees: the writing connection keeps 32 MB of them."""
    from detente.store.sqlite import WRITE_CACHE_KIB, Store

    with Store(tmp_path / "s.db") as store:
        assert store.conn.execute("PRAGMA cache_size").fetchone()[0] == -WRITE_CACHE_KIB == -32768


def _multilateral(text: str, origin: str, actors_of: list[list[str]], dates: list[str | None]) -> Document:
    """A document whose events have the given actors (three or more make pairs; a repeated code is one actor)."""
    doc = Document(id=content_id(text), origin=origin, text=text)
    for number, (actors, date) in enumerate(zip(actors_of, dates, strict=True)):
        event = _event(doc, date, source=actors[0], target=actors[-1], start=number * 3)
        event.actors = list(actors)
        doc.events.append(event)
    return doc


def _edge_batches() -> list[list[Document]]:
    """Batches that exercise every way a row can be left out: a text met twice (in a batch and across batches),
    an actor named twice in one event, undated events, and a later document that reuses a stored event's id with
    other actors (ids are hashes of the document, so only a hand-made event does that)."""
    first = _multilateral("Moscow, Washington and Beijing signed a treaty on arms in 1972, then talked.", "a.txt",
                          [["USA", "SUN", "CHN"], ["USA", "USA", "SUN"], ["FRN"]], ["1972-05", None, "1972"])
    second = _multilateral("Paris and Bonn met in 1963 and signed the Elysee treaty that year.", "b.txt",
                           [["FRN", "GFR"], ["GFR", "FRN", "UK"]], ["1963-01-22", "1963"])
    third = _multilateral("A third text, about talks in Geneva in 1955 between four powers.", "c.txt",
                          [["USA", "UK", "FRN", "SUN"]], ["1955-07"])
    reused = _multilateral("A fourth text that reports the first document's treaty again, in its own words.", "d.txt",
                           [["USA", "JPN"]], ["1972-05"])
    reused.events[0].id = first.events[0].id  # the stored event gains JPN: its keys pair JPN with the stored actors
    return [[first, second, first], [_document(second.text, "copy-of-b.txt"), third], [reused, third]]


def _write_batches(store, batches: list[list[Document]]) -> list[list[bool]]:
    records = {"USA": {"name": "United States", "kind": "state"}, "SUN": {"name": "Soviet Union", "kind": "state"}}
    flags = []
    for number, batch in enumerate(batches):
        if number % 2:  # one document at a time, as an older build did
            flags.append([store.write_document(doc, records) for doc in batch])
        else:
            flags.append(store.write_documents([(doc, records) for doc in batch]))
    return flags


def test_the_write_path_fills_the_key_and_search_rows_the_triggers_of_an_older_store_did(tmp_path, monkeypatch):
    """0009_writes_fill_keys: the write path adds event_keys and full-text rows itself where 0004's triggers did,
    row for row; a store made before the migration upgrades (its triggers dropped) and goes on to the same rows."""
    import detente.store.sqlite as sqlite_module

    before = [name for name, _ in MIGRATIONS].index("0009_writes_fill_keys")
    batches = _edge_batches()
    old_db, new_db, triggered_db = str(tmp_path / "old.db"), str(tmp_path / "new.db"), str(tmp_path / "triggered.db")
    with monkeypatch.context() as old:
        old.setattr(sqlite_module, "MIGRATIONS", MIGRATIONS[:before])
        with open_store(old_db) as store:
            assert store.schema_version == before and store._fills() == (False, False)  # the triggers add them
            old_flags = _write_batches(store, batches[:2])
        with open_store(triggered_db) as store:
            _write_batches(store, batches)  # every row of the three batches from the triggers
    with open_store(new_db) as store:
        assert store._fills() == (True, True)
        assert not store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
                                      "('event_actors', 'event_sources')").fetchall()
        new_flags = _write_batches(store, batches[:2])
        partial = store.dump()
    assert new_flags == old_flags == [[True, True, False], [False, True]]
    with open_store(old_db) as store:  # migrated now: the write path adds the rows from here on
        assert store.schema_version == len(MIGRATIONS) and store._fills() == (True, True)
        assert store.dump() == partial
        _write_batches(store, batches[2:])
        upgraded = store.dump()
    with open_store(new_db) as store:
        _write_batches(store, batches[2:])
        assert store.dump() == upgraded
    with open_store(triggered_db) as store:  # migrated: nothing but the triggers changes
        assert store.dump() == upgraded
    keys = {row[:2] + (row[4],) for row in upgraded["event_keys"]}
    event = batches[0][0].events[0].id
    assert {("USA", "", event), ("CHN", "SUN", event), ("JPN", "USA", event), ("JPN", "SUN", event)} <= keys
    assert ("USA", "USA", batches[0][0].events[1].id) not in keys  # an actor named twice is one actor, no pair
    undated = [row for row in upgraded["event_keys"] if row[4] == batches[0][0].events[1].id]
    assert undated and {row[2:4] for row in undated} == {("~", "~")}
    assert len(upgraded["evidence_search"]) == len(upgraded["event_sources"])
    assert upgraded["evidence_search#terms"]


def test_a_build_through_the_triggers_and_one_through_the_write_path_store_the_same_rows(tmp_path, monkeypatch):
    """The demo corpus built by the pipeline into a store before 0009 (the triggers add key and search rows) and
    into a current one (the write path adds them, a batch at a time) ends row for row the same, full-text index
    included, and the search finds the same rows."""
    import detente.store.sqlite as sqlite_module
    from detente import pipeline
    from detente.resources import demo_paths
    from detente.store import queries

    before = [name for name, _ in MIGRATIONS].index("0009_writes_fill_keys")
    old_db, new_db = str(tmp_path / "old.db"), str(tmp_path / "new.db")
    with demo_paths() as paths:
        inputs = [str(p) for p in sorted(paths)]
        with monkeypatch.context() as old:
            old.setattr(sqlite_module, "MIGRATIONS", MIGRATIONS[:before])
            with open_store(old_db) as store:
                pipeline.build(inputs, store)
        with open_store(new_db) as store:
            pipeline.build(inputs, store)
    with open_store(old_db) as old_store, open_store(new_db) as new_store:
        old_rows, new_rows = old_store.dump(), new_store.dump()
        assert new_rows["event_keys"] and new_rows["evidence_search#terms"]
        assert old_rows == new_rows
        assert queries.search(old_store, "treaty") == queries.search(new_store, "treaty")


def test_a_batch_staged_in_a_file_and_copied_stores_what_writing_it_stores(tmp_path, monkeypatch):
    """store/staging.py: the edge batches staged by a worker and copied into the store end with every row, rowid
    and full-text entry that Store.write_documents gives them (a text met twice, a document or event id already
    stored, an actor named twice, undated events, actor records that differ by document), in a current store and
    in one made before 0009 (its triggers add the key and search rows)."""
    import detente.store.sqlite as sqlite_module
    from detente.store import staging

    def records(doc: Document) -> dict:  # the first record of a code in a batch is the one kept
        return {"USA": {"name": f"United States ({doc.origin})", "kind": "state"}, "FRN": {"name": "France"}}

    before = [name for name, _ in MIGRATIONS].index("0009_writes_fill_keys")
    for schema in (MIGRATIONS, MIGRATIONS[:before]):
        with monkeypatch.context() as patched:
            patched.setattr(sqlite_module, "MIGRATIONS", schema)
            direct, copied = str(tmp_path / f"direct-{len(schema)}.db"), str(tmp_path / f"copied-{len(schema)}.db")
            with open_store(direct) as written, open_store(copied) as store:
                for number, batch in enumerate(_edge_batches()):
                    flags = written.write_documents([(doc, records(doc)) for doc in batch])
                    path = str(tmp_path / f"staged-{len(schema)}-{number}.db")
                    assert staging.stage(path, [(doc, records(doc)) for doc in batch]) == len({doc.id for doc in batch})
                    with staging.attached(store, [path]) as names, store.transaction():
                        stored, events = staging.copy(store, names[0])
                    assert stored == sum(flags)
                    assert events == sum(len(doc.events) for doc, flag in zip(batch, flags, strict=True) if flag)
                assert store.dump() == written.dump()
                for table in ("documents", "events", "event_sources", "event_actors"):
                    order = f"SELECT rowid, * FROM {table} ORDER BY rowid"
                    assert store.conn.execute(order).fetchall() == written.conn.execute(order).fetchall()
                assert store.conn.execute("SELECT name FROM actors WHERE code = 'USA'").fetchone() == ("United States (a.txt)",)
                assert {row[1] for row in store.conn.execute("PRAGMA database_list")} <= {"main", "temp"}  # detached
