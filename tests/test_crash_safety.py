"""Crash safety: builds killed with SIGKILL at random moments, then run again, end with exactly the rows of an
uninterrupted build (scripts/crash_test.py, a few quick rounds on part of the demo corpus), on SQLite and, when
$DETENTE_TEST_POSTGRES names a server, on PostgreSQL; readers keep working while a build writes."""

from __future__ import annotations

import importlib.util
import os
import sqlite3
import sys
from pathlib import Path

import pytest

from detente.resources import demo_paths
from detente.store import open_store

ROOT = Path(__file__).resolve().parent.parent


def _crash_test():
    spec = importlib.util.spec_from_file_location("crash_test", ROOT / "scripts" / "crash_test.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["crash_test"] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    """Four demo documents: a build long enough to be killed halfway, short enough for a few rounds."""
    folder = tmp_path_factory.mktemp("crash")
    with demo_paths() as paths:
        for path in sorted(paths)[:4]:
            (folder / path.name).write_bytes(path.read_bytes())
    return [str(folder)]


@pytest.mark.parametrize(("backend", "workers"), [("sqlite", None), ("sqlite", 2), ("postgres", None), ("postgres", 1)],
                         ids=["sqlite", "sqlite-staged", "postgres", "postgres-shards"])
def test_kill_9_during_build_then_rerun_loses_and_adds_no_row(backend, workers, corpus):
    """``postgres-shards``: the engine's path, where a shard is written in one batch (PostgresStore.write_batch);
    ``sqlite-staged``: two worker processes stage their shards in files the building process copies."""
    if backend == "postgres" and not os.environ.get("DETENTE_TEST_POSTGRES"):
        pytest.skip("no PostgreSQL test server: set DETENTE_TEST_POSTGRES=postgresql://... (scripts/ci_postgres.sh starts one)")
    crash_test = _crash_test()
    outcome = crash_test.run(backend, corpus, rounds=1, kills=3, seed=3, echo=lambda line: None, workers=workers)
    assert outcome.kills >= 1, "no build was killed: the corpus builds too fast to test"
    assert outcome.drift == 0, "two uninterrupted builds differ: the build is not deterministic (or the code changed)"
    assert outcome.rows_lost == 0 and outcome.rows_extra == 0, outcome.tables
    assert outcome.reader_errors == [] and outcome.reader_reads > 0


def test_a_file_store_is_in_wal_mode_so_readers_never_wait_for_a_build(tmp_path):
    db = tmp_path / "s.db"
    with open_store(db):
        pass
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_reader_sees_every_document_whole_or_not_at_all_while_a_writer_holds_its_transaction(tmp_path):
    from detente import pipeline
    from detente.model import Document

    db = tmp_path / "s.db"
    doc = pipeline.process(Document(id="", origin="a.txt", text=(
        "In March 1962 the United States protested to the Soviet Union. Moscow rejected the protest.\n")))
    assert doc.events
    with open_store(db) as writer, open_store(db, readonly=True) as reader:
        with writer.transaction():
            writer.conn.execute(
                "INSERT INTO documents (id, origin, title, url, published, format, text) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (doc.id, doc.origin, None, None, None, "text", doc.text))
            for event in doc.events:
                writer._write_event(event)
            assert reader.counts()["documents"] == 0 and reader.counts()["events"] == 0  # not half a document
        assert reader.counts()["documents"] == 1 and reader.counts()["events"] == len(doc.events)
