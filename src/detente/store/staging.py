"""A batch of documents staged as rows in a file of its own, then copied into the SQLite store in one statement a table.

A worker process turns the documents of a shard it processed into the store's rows (``store/rows.py``: the
same tuples ``Store.write_documents`` inserts) and writes them into a small SQLite file of plain tables (no
index, no journal): ``stage``. The building process copies the file into the store with ATTACH and one
``INSERT ... SELECT`` per table (``copy``), inside SQLite: no document, event or row becomes a Python object
in the building process, and no result is pickled or unpickled on its way there.

The copy inserts what ``Store.write_documents`` inserts, in the same order, so the store ends with the same
rows, rowids and full-text numbering. Its cases are the same: a text met twice in the batch is staged once,
under its first origin, and the other origin is added; a document an earlier write already stored keeps its
row, gains the origin, and its events are not written again. The ``event_keys`` rows are computed by the
worker for the usual case, every event and actor row going in; when the store refused some (a document or
an event id already stored), they are read back from what was stored, as ``write_documents`` does.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from detente.model import Document
from detente.store import rows
from detente.store.sqlite import _EVENT_COLUMNS, Store

_DOCUMENT = "id, origin, title, url, published, format, text"
_EVENT = ", ".join(_EVENT_COLUMNS)
_SOURCE = "event_id, doc_id, span_start, span_end, evidence"
_MEMBER = "event_id, actor, position"
_KEY = "a, b, date_begin, date_end, event_id, type, polarity, goldstein"
_ACTOR = "code, name, kind, qid, valid_from, valid_to"

# The staged file's tables: the store's columns, plus what the copy needs to handle a document already stored
# (each document's event count; the document of an event actor or an actor record) and, for the actor records,
# whether the row is the first of its code in the batch (the one a store that ignores a taken code keeps).
_TABLES = {
    "documents": f"{_DOCUMENT}, events",
    "document_origins": "doc_id, origin",
    "events": _EVENT,
    "event_sources": _SOURCE,
    "event_actors": f"{_MEMBER}, doc_id",
    "event_keys": _KEY,
    "actors": f"{_ACTOR}, doc_id, first",
}
SCHEMA = "staged"  # the name the store's connection gives a staged file it copies from (numbered: staged0, ...)


def stage(path: str, batch: Iterable[tuple[Document, dict[str, dict[str, Any]] | None]]) -> int:
    """Write the rows of ``batch`` (documents with their actor records, as ``Store.write_documents`` takes them)
    into a new file at ``path``; returns how many documents it holds (a text met twice counts once)."""
    first: list[tuple[Document, dict[str, dict[str, Any]] | None]] = []
    origins: list[tuple[str, str]] = []
    seen: set[str] = set()
    for doc, records in batch:
        origins.append((doc.id, doc.origin))
        if doc.id not in seen:
            seen.add(doc.id)
            first.append((doc, records))
    event_rows, source_rows, member_rows = rows.event_rows_of(event for doc, _ in first for event in doc.events)
    members = [(*row, event_row_doc) for row, event_row_doc in _member_docs(event_rows, member_rows)]
    values = {row[0]: (row[3], row[4], row[10], row[15], row[13]) for row in event_rows}
    keys = rows.key_rows([row[:2] for row in member_rows], values, {})
    actors: list[tuple] = []
    codes: set[str] = set()
    for doc, records in first:
        for code, record in (records or {}).items():
            actors.append((code, record.get("name"), record.get("kind"), record.get("qid"), record.get("valid_from"),
                           record.get("valid_to"), doc.id, code not in codes))
            codes.add(code)
    if os.path.exists(path):  # a shard processed again (a task retried): start the file afresh
        os.unlink(path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = OFF")  # a file read once, by one reader, after it is closed
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("BEGIN")
        for table, columns in _TABLES.items():
            conn.execute(f"CREATE TABLE {table} ({columns})")
        conn.executemany("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         [(*rows.document_row(doc), len(doc.events)) for doc, _ in first])
        conn.executemany("INSERT INTO document_origins VALUES (?, ?)", origins)
        conn.executemany(f"INSERT INTO events VALUES ({', '.join('?' for _ in _EVENT_COLUMNS)})", event_rows)
        conn.executemany("INSERT INTO event_sources VALUES (?, ?, ?, ?, ?)", source_rows)
        conn.executemany("INSERT INTO event_actors VALUES (?, ?, ?, ?)", members)
        conn.executemany("INSERT INTO event_keys VALUES (?, ?, ?, ?, ?, ?, ?, ?)", keys)
        conn.executemany("INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?)", actors)
        conn.execute("COMMIT")
    finally:
        conn.close()
    return len(first)


def _member_docs(event_rows: list[tuple], member_rows: list[tuple]) -> Iterator[tuple[tuple, str]]:
    doc_of = {row[0]: row[1] for row in event_rows}
    for row in member_rows:
        yield row, doc_of[row[0]]


ATTACHED = 8  # staged files copied in one transaction at most (SQLite attaches 10 databases at most)


@contextmanager
def attached(store: Store, paths: list[str]) -> Iterator[list[str]]:
    """The staged files at ``paths`` attached to the store's connection (outside any transaction: one that has read
    a file cannot detach it); their schema names, in order. Detached afterwards."""
    if store.conn.in_transaction:
        raise RuntimeError("staged files are attached before the transaction that copies them begins")
    if len(paths) > ATTACHED:
        raise ValueError(f"at most {ATTACHED} staged files at once, not {len(paths)}")
    names: list[str] = []
    try:
        for number, path in enumerate(paths):
            store.conn.execute(f"ATTACH DATABASE ? AS {SCHEMA}{number}", (path,))
            names.append(f"{SCHEMA}{number}")
        yield names
    finally:
        for name in names:
            store.conn.execute(f"DETACH DATABASE {name}")


def copy(store: Store, schema: str = SCHEMA) -> tuple[int, int]:
    """Copy the staged file attached as ``schema`` into the store, inside the caller's transaction; returns the
    documents it stored and their events (documents already stored are not written again, nor their events)."""
    conn = store.conn
    staged = conn.execute(f"SELECT COUNT(*), COALESCE(SUM(events), 0) FROM {schema}.documents").fetchone()
    search, keys = store._fills()
    marks = store._last_rowids() if search or keys else {}
    before = conn.execute("SELECT COALESCE(MAX(rowid), 0) FROM main.documents").fetchone()[0]
    stored = conn.execute(f"INSERT OR IGNORE INTO main.documents ({_DOCUMENT}) SELECT {_DOCUMENT} FROM {schema}.documents "
                          "ORDER BY rowid").rowcount
    conn.execute(f"INSERT OR IGNORE INTO main.document_origins (doc_id, origin) SELECT doc_id, origin FROM "
                 f"{schema}.document_origins ORDER BY rowid")
    every = stored == staged[0]  # the usual case: every staged document was new to the store
    events = staged[1]
    new = "" if every else " WHERE {column} IN (SELECT id FROM main.documents WHERE rowid > ?)"
    params: tuple = () if every else (before,)
    if not every:
        events = conn.execute(f"SELECT COALESCE(SUM(events), 0) FROM {schema}.documents WHERE id IN "
                              "(SELECT id FROM main.documents WHERE rowid > ?)", params).fetchone()[0]
    if events:
        _copy_events(store, schema, marks, every, new, params, search, keys)
    chosen = " WHERE first" if every else new.format(column="doc_id")
    conn.execute(f"INSERT OR IGNORE INTO main.actors ({_ACTOR}) SELECT {_ACTOR} FROM {schema}.actors{chosen} "
                 "ORDER BY rowid", params)
    return stored, events


def _copy_events(store: Store, schema: str, marks: dict[str, int], every: bool, new: str, params: tuple, search: bool, keys: bool) -> None:
    """The staged events of the documents just stored, their sources and actors, then the rows the write path adds
    for them (``Store._write_events``): the full-text rows of the sources and the key rows of the actors."""
    conn = store.conn
    where = new.format(column="doc_id")
    whole = True  # every staged row went in
    for table, columns in (("events", _EVENT), ("event_sources", _SOURCE), ("event_actors", _MEMBER)):
        done = conn.execute(f"INSERT OR IGNORE INTO main.{table} ({columns}) SELECT {columns} FROM {schema}.{table}"
                            f"{where} ORDER BY rowid", params).rowcount
        if table != "event_sources":  # as write_documents: the keys depend on the events and actors stored
            whole = whole and done == conn.execute(f"SELECT COUNT(*) FROM {schema}.{table}{where}", params).fetchone()[0]
    if search:  # the sources just stored (OR IGNORE kept some out), in the order they were stored
        conn.execute("INSERT INTO main.evidence_search (evidence, event_id, doc_id, span_start) SELECT evidence, "
                     "event_id, doc_id, span_start FROM main.event_sources WHERE rowid > ? ORDER BY rowid",
                     (marks["event_sources"],))
    if not keys:
        return
    if every and whole:  # the worker's key rows are those of the rows just stored
        conn.execute(f"INSERT OR IGNORE INTO main.event_keys ({_KEY}) SELECT {_KEY} FROM {schema}.event_keys ORDER BY rowid")
    else:
        store._write_keys(marks)
