"""The embedded store: SQLite, with idempotent writes and one transaction per document.

Documents and events are keyed by content hashes, so building the same corpus
twice changes nothing, and a build killed halfway and started again ends with
the same rows: a document is written whole (its row, its events, their sources
and actors) in one transaction or not at all.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from detente.errors import StoreError
from detente.model import Document, Event, Skipped, date_bounds
from detente.store.migrations import MIGRATIONS

_EVENT_COLUMNS = (
    "id", "doc_id", "date", "date_begin", "date_end", "precision", "date_text", "date_source", "source", "target",
    "type", "mode", "cameo", "goldstein", "quad", "polarity", "modality", "trigger",
)


class Store:
    """A detente store in one SQLite file (``:memory:`` for tests). Use as a context manager."""

    def __init__(self, path: str | Path = "detente.db", *, readonly: bool = False):
        """Open (and migrate) the store; ``readonly`` opens an existing store for reading only, from any thread."""
        self.path = str(path)
        self.readonly = readonly
        try:
            if readonly:
                if self.path != ":memory:" and not Path(self.path).exists():
                    raise StoreError(f"{self.path}: no such store; build one first with `detente build PATH... --db {self.path}`")
                uri = f"file:{Path(self.path).resolve().as_posix()}?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
                self._check_schema()
                return
            self.conn = sqlite3.connect(self.path, isolation_level=None)
            self.conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")  # readers keep working during a build
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.migrate()
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: cannot open as a detente store ({error}); pass another --db path") from None

    def _check_schema(self) -> None:
        try:
            version = self.schema_version
        except sqlite3.DatabaseError:
            version = 0
        if version < len(MIGRATIONS):
            raise StoreError(
                f"{self.path}: store schema version {version} is older than this detente's {len(MIGRATIONS)}; "
                "run any `detente build ... --db` on it once to migrate"
            )

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # schema -----------------------------------------------------------------
    def migrate(self) -> list[str]:
        """Apply the migrations not yet recorded in ``_detente_migrations``; returns their names."""
        self.conn.execute("CREATE TABLE IF NOT EXISTS _detente_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
        done = {row[0] for row in self.conn.execute("SELECT id FROM _detente_migrations")}
        applied = []
        for number, (name, statements) in enumerate(MIGRATIONS, start=1):
            if number in done:
                continue
            with self.transaction():
                for statement in statements:
                    self.conn.execute(statement)
                self.conn.execute("INSERT INTO _detente_migrations (id, name) VALUES (?, ?)", (number, name))
            applied.append(name)
        return applied

    @property
    def schema_version(self) -> int:
        return self.conn.execute("SELECT COALESCE(MAX(id), 0) FROM _detente_migrations").fetchone()[0]

    def transaction(self):
        return _Transaction(self.conn)

    # writes -----------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def write_document(self, doc: Document, actor_records: dict[str, dict[str, Any]] | None = None) -> bool:
        """Store a processed document with its events, in one transaction. False if it was already stored."""
        with self.transaction():
            if self.has_document(doc.id):
                self.conn.execute(
                    "INSERT OR IGNORE INTO document_origins (doc_id, origin) VALUES (?, ?)", (doc.id, doc.origin)
                )
                return False
            self.conn.execute(
                "INSERT INTO documents (id, origin, title, url, published, format, text) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (doc.id, doc.origin, doc.title, doc.url, doc.published, doc.format, doc.text),
            )
            self.conn.execute("INSERT OR IGNORE INTO document_origins (doc_id, origin) VALUES (?, ?)", (doc.id, doc.origin))
            for event in doc.events:
                self._write_event(event)
            for code, record in (actor_records or {}).items():
                self.conn.execute(
                    "INSERT OR IGNORE INTO actors (code, name, kind, qid, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?)",
                    (code, record.get("name"), record.get("kind"), record.get("qid"), record.get("valid_from"), record.get("valid_to")),
                )
        return True

    def _write_event(self, event: Event) -> None:
        begin, end = date_bounds(event.date)
        values = (
            event.id, event.doc_id, event.date, begin, end, event.precision, event.date_text, event.date_source,
            event.source, event.target, event.type, event.mode, event.cameo, event.goldstein, event.quad,
            event.polarity, event.modality, event.trigger,
        )
        placeholders = ", ".join("?" for _ in _EVENT_COLUMNS)
        self.conn.execute(f"INSERT OR IGNORE INTO events ({', '.join(_EVENT_COLUMNS)}) VALUES ({placeholders})", values)
        self.conn.execute(
            "INSERT OR IGNORE INTO event_sources (event_id, doc_id, span_start, span_end, evidence) VALUES (?, ?, ?, ?, ?)",
            (event.id, event.doc_id, event.span[0], event.span[1], event.evidence),
        )
        for position, actor in enumerate(event.actors):
            self.conn.execute(
                "INSERT OR IGNORE INTO event_actors (event_id, actor, position) VALUES (?, ?, ?)", (event.id, actor, position)
            )

    def record_skipped(self, skipped: Skipped) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT OR REPLACE INTO skipped (origin, line, reason, message) VALUES (?, ?, ?, ?)",
                (skipped.origin, skipped.line or 0, skipped.reason, skipped.message),
            )

    # reads ------------------------------------------------------------------
    def events(
        self, actors: Iterable[str] = (), start: int | None = None, end: int | None = None
    ) -> Iterator[Event]:
        """Stored events in date order (undated last); all ``actors`` must take part; years inclusive."""
        clauses, params = [], []
        for actor in actors:
            clauses.append("e.id IN (SELECT event_id FROM event_actors WHERE actor = ?)")
            params.append(actor)
        if start is not None:
            clauses.append("e.date_end >= ?")
            params.append(f"{start:04d}-01-01")
        if end is not None:
            clauses.append("e.date_begin <= ?")
            params.append(f"{end:04d}-12-31")
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        query = (
            "SELECT e.*, s.span_start, s.span_end, s.evidence, d.origin AS doc, d.title AS title "
            "FROM events e JOIN event_sources s ON s.event_id = e.id JOIN documents d ON d.id = e.doc_id "
            f"{where} ORDER BY e.date_begin IS NULL, e.date_begin, e.date_end, d.origin, s.span_start, e.id"
        )
        cursor = self.conn.execute(query, params)
        names = [column[0] for column in cursor.description]
        for row in cursor:
            record = dict(zip(names, row, strict=True))
            record["actors"] = [
                actor for (actor,) in self.conn.execute(
                    "SELECT actor FROM event_actors WHERE event_id = ? ORDER BY position", (record["id"],)
                )
            ]
            record["span"] = (record["span_start"], record["span_end"])
            yield Event.from_dict(record)

    def counts(self) -> dict[str, int]:
        tables = ("documents", "events", "event_sources", "event_actors", "actors", "skipped")
        return {table: self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in tables}

    def dump(self) -> dict[str, list[tuple]]:
        """Every row of every table, sorted: what 'the same store' means in tests."""
        tables = [row[0] for row in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {table: sorted(self.conn.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr) for table in tables}


class _Transaction:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")
