"""The embedded store: SQLite, with idempotent writes; each document whole in one transaction.

Documents and events are keyed by content hashes, so building the same corpus
twice changes nothing, and a build killed halfway and started again ends with
the same rows: a document is written whole (its row, its events, their sources
and actors) in one transaction or not at all; a build puts several documents in
one transaction (``write_documents``), which commits them all or none.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from detente.errors import StoreError
from detente.model import Document, Event, Skipped
from detente.store import rows
from detente.store.migrations import MIGRATIONS, POSTGRES_ONLY

READ_MMAP_BYTES = 1 << 31  # SQLite's default ceiling on a memory map; address space only, not memory
READ_CACHE_KIB = 32 * 1024  # page cache of a read-only connection, beside the map
# page cache of a writing connection (SQLite's default is 2 MB): every row of a build lands in a few B-trees keyed
# by content hashes (events, event_keys and its window index, full-text search), so a write touches pages all
# over each of them; with the upper levels kept in memory a build's writes take a fifth less CPU
# (bench/results/scale.txt). A ceiling, reached only once the store is larger than it.
WRITE_CACHE_KIB = 32 * 1024

_EVENT_COLUMNS = (
    "id", "doc_id", "date", "date_begin", "date_end", "precision", "date_text", "date_source", "source", "target",
    "type", "mode", "cameo", "goldstein", "quad", "polarity", "modality", "trigger",
)


class Store:
    """A detente store in one SQLite file (``:memory:`` for tests). Use as a context manager."""

    _other_backend = POSTGRES_ONLY  # migration statements that begin so are not for this store

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
                # a reader (the web app) maps the file instead of copying each page it reads into its own cache:
                # a page of a large store touches a few hundred scattered pages, and every thread shares the map
                self.conn.execute(f"PRAGMA mmap_size = {READ_MMAP_BYTES}")
                self.conn.execute(f"PRAGMA cache_size = -{READ_CACHE_KIB}")
                self._check_schema()
                return
            self.conn = sqlite3.connect(self.path, isolation_level=None)
            self.conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")  # readers keep working during a build
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute(f"PRAGMA cache_size = -{WRITE_CACHE_KIB}")
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
                f"run `detente timeline --db {self.path}` once to migrate it, then try again"
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
        done = dict(self.conn.execute("SELECT id, name FROM _detente_migrations").fetchall())
        for number, (name, _) in enumerate(MIGRATIONS, start=1):
            if done.get(number, name) != name:  # numbered in another order (a branch's): applying would skip one
                raise StoreError(
                    f"{self._label()}: migration {number} of this store is {done[number]!r}, of this detente {name!r}; "
                    "the store was made by another detente (a development branch): rebuild it in a new store"
                )
        applied = []
        for number, (name, statements) in enumerate(MIGRATIONS, start=1):
            if number in done:
                continue
            with self.transaction():
                for statement in statements:
                    if not statement.startswith(self._other_backend):  # e.g. PostgreSQL's form of what SQLite has
                        self.conn.execute(statement)
                self.conn.execute("INSERT INTO _detente_migrations (id, name) VALUES (?, ?)", (number, name))
            applied.append(name)
        return applied

    def _label(self) -> str:
        """The store as messages name it."""
        return self.path

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
        return self.write_documents([(doc, actor_records)])[0]

    def write_documents(self, batch: Iterable[tuple[Document, dict[str, dict[str, Any]] | None]]) -> list[bool]:
        """Store several processed documents (a shard, a batch of ``pipeline.build``) in one transaction, each
        whole with its events, their sources and actors; for each, False if it was already stored (by an earlier
        write, or earlier in the batch: a text met twice is stored once, under its first origin, and the other
        origin is added).

        The same rows as writing the documents one by one, in this order, table by table: one ``executemany`` per
        table and one look-up of the batch's ids, where a document at a time cost a look-up and a statement per row.
        """
        docs = list(batch)
        if not docs:
            return []
        with self.transaction():
            known = self._stored_ids([doc.id for doc, _ in docs])
            flags: list[bool] = []
            new: list[tuple[Document, dict[str, dict[str, Any]] | None]] = []
            for doc, records in docs:
                flags.append(doc.id not in known)
                if flags[-1]:
                    known.add(doc.id)
                    new.append((doc, records))
            executemany = self.conn.executemany
            if new:
                executemany(self._INSERT_DOCUMENT, [rows.document_row(doc) for doc, _ in new])
            executemany(self._INSERT_ORIGIN, [(doc.id, doc.origin) for doc, _ in docs])
            self._write_events([event for doc, _ in new for event in doc.events])
            if new:
                executemany(self._INSERT_ACTOR_RECORD, rows.actor_rows(records for _, records in new))
        return flags

    def _stored_ids(self, ids: Sequence[str]) -> set[str]:
        """Those of ``ids`` already in ``documents``: one query per 500, not one per document."""
        found: set[str] = set()
        for chunk in _chunks(sorted(set(ids)), 500):
            found.update(row[0] for row in self.conn.execute(
                f"SELECT id FROM documents WHERE id IN ({', '.join('?' for _ in chunk)})", chunk))
        return found

    _INSERT_DOCUMENT = "INSERT INTO documents (id, origin, title, url, published, format, text) VALUES (?, ?, ?, ?, ?, ?, ?)"
    _INSERT_ORIGIN = "INSERT OR IGNORE INTO document_origins (doc_id, origin) VALUES (?, ?)"
    _INSERT_EVENT = f"INSERT OR IGNORE INTO events ({', '.join(_EVENT_COLUMNS)}) VALUES ({', '.join('?' for _ in _EVENT_COLUMNS)})"
    _INSERT_SOURCE = "INSERT OR IGNORE INTO event_sources (event_id, doc_id, span_start, span_end, evidence) VALUES (?, ?, ?, ?, ?)"
    _INSERT_ACTOR = "INSERT OR IGNORE INTO event_actors (event_id, actor, position) VALUES (?, ?, ?)"
    _INSERT_ACTOR_RECORD = "INSERT OR IGNORE INTO actors (code, name, kind, qid, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?)"
    _INSERT_KEY = ("INSERT OR IGNORE INTO event_keys (a, b, date_begin, date_end, event_id, type, polarity, goldstein) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")

    def _write_event(self, event: Event) -> None:
        """One event of a stored document, with its source, actors and their key and search rows."""
        self._write_events([event])

    def _write_events(self, events: Sequence[Event]) -> None:
        """Events with their sources and actors, each table's rows in one statement; then the rows the write path
        adds for them (``_fills``): the full-text rows of the sources and the key rows of the actors it stored."""
        if not events:
            return
        search, keys = self._fills()
        marks = self._last_rowids() if search or keys else {}
        event_rows, source_rows, member_rows = rows.event_rows_of(events)
        executemany = self.conn.executemany
        stored_events = executemany(self._INSERT_EVENT, event_rows).rowcount
        executemany(self._INSERT_SOURCE, source_rows)
        stored_members = executemany(self._INSERT_ACTOR, member_rows).rowcount
        if search:  # the sources just stored (OR IGNORE kept some out), in the order they were stored
            self.conn.execute(
                "INSERT INTO evidence_search (evidence, event_id, doc_id, span_start) SELECT evidence, event_id, "
                "doc_id, span_start FROM event_sources WHERE rowid > ? ORDER BY rowid", (marks["event_sources"],))
        if not keys:
            return
        if stored_events == len(event_rows) and stored_members == len(member_rows):
            # every event and actor row went in (the usual case: ids are hashes of new documents), so the rows
            # just written are what the store holds for these events
            values = {row[0]: (row[3], row[4], row[10], row[15], row[13]) for row in event_rows}
            added: Iterable[tuple[str, str]] = [row[:2] for row in member_rows]
            self.conn.executemany(self._INSERT_KEY, rows.key_rows(added, values, {}))
        else:
            self._write_keys(marks)

    def _write_keys(self, marks: dict[str, int]) -> None:
        """``event_keys`` rows of the event actors stored since ``marks``, read back (rows.key_rows): some rows of the
        batch were not written (a text or an event id already stored, an actor named twice)."""
        added = self.conn.execute(
            "SELECT event_id, actor FROM event_actors WHERE rowid > ? ORDER BY rowid", (marks["event_actors"],)).fetchall()
        if not added:
            return
        values = {row[0]: row[1:] for row in self.conn.execute(
            "SELECT id, date_begin, date_end, type, polarity, goldstein FROM events WHERE rowid > ?", (marks["events"],))}
        before: dict[str, list[str]] = {}
        earlier = sorted({event_id for event_id, _ in added if event_id not in values})
        for chunk in _chunks(earlier, 500):  # actors added to events an earlier write stored (rare: ids are hashes)
            marks_sql = ", ".join("?" for _ in chunk)
            values.update((row[0], row[1:]) for row in self.conn.execute(
                f"SELECT id, date_begin, date_end, type, polarity, goldstein FROM events WHERE id IN ({marks_sql})", chunk))
            for event_id, actor in self.conn.execute(
                f"SELECT event_id, actor FROM event_actors WHERE event_id IN ({marks_sql}) AND rowid <= ? ORDER BY rowid",
                [*chunk, marks["event_actors"]],
            ):
                before.setdefault(event_id, []).append(actor)
        self.conn.executemany(self._INSERT_KEY, rows.key_rows(added, values, before))

    def _last_rowids(self) -> dict[str, int]:
        return {table: self.conn.execute(f"SELECT COALESCE(MAX(rowid), 0) FROM {table}").fetchone()[0]
                for table in ("events", "event_sources", "event_actors")}

    def _fills(self) -> tuple[bool, bool]:
        """Whether the write path adds (the full-text rows of evidence, the event_keys rows) itself: where the
        schema has the tables and no longer the triggers that added them (0009_writes_fill_keys)."""
        found = self.__dict__.get("_filling")
        if found is None:
            names = {(kind, name) for kind, name in self.conn.execute(
                "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'trigger')")}
            found = self._filling = (
                ("table", "evidence_search") in names and ("trigger", "evidence_search_insert") not in names,
                ("table", "event_keys") in names and ("trigger", "event_keys_insert") not in names,
            )
        return found

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

    # timeline (detente.timeline): merged events, their members, stated periods -------------------
    def events_by_id(self, ids: Iterable[str]) -> list[Event]:
        """The stored events with these ids (any order of ids; returned sorted by id)."""
        found: list[Event] = []
        ids = sorted(set(ids))
        for chunk in _chunks(ids, 500):
            marks = ", ".join("?" for _ in chunk)
            cursor = self.conn.execute(
                "SELECT e.*, s.span_start, s.span_end, s.evidence, d.origin AS doc, d.title AS title "
                "FROM events e JOIN event_sources s ON s.event_id = e.id JOIN documents d ON d.id = e.doc_id "
                f"WHERE e.id IN ({marks})", chunk,
            )
            names = [column[0] for column in cursor.description]
            rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
            actors: dict[str, list[str]] = {}
            for event_id, actor in self.conn.execute(
                f"SELECT event_id, actor FROM event_actors WHERE event_id IN ({marks}) ORDER BY event_id, position", chunk
            ):
                actors.setdefault(event_id, []).append(actor)
            for record in rows:
                record["actors"] = actors.get(record["id"], [])
                record["span"] = (record["span_start"], record["span_end"])
                found.append(Event.from_dict(record))
        return sorted(found, key=lambda event: event.id)

    def event_ids_with_actors(self, first: Iterable[str], second: Iterable[str] | None, begin: str, end: str,
                              earliest: str | None = None) -> list[str]:
        """Ids of dated events with an actor among ``first`` (and one among ``second``) whose dates meet [begin, end].

        ``earliest`` bounds how early such an event may start: the query then walks the date index over that
        stretch only, and looks each event's actors up by key, so its cost follows the events near the
        dates asked for, not the size of the store.
        """
        first = list(first)
        params: list[Any] = []
        clauses = ["e.date_begin <= ?", "e.date_end >= ?"]
        params += [end, begin]
        if earliest is not None:
            clauses.append("e.date_begin >= ?")
            params.append(earliest)
        clauses.append(f"EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id AND a.actor IN ({', '.join('?' for _ in first)}))")
        params += first
        if second is not None:
            second = list(second)
            clauses.append(f"EXISTS (SELECT 1 FROM event_actors b WHERE b.event_id = e.id AND b.actor IN ({', '.join('?' for _ in second)}))")
            params += second
        query = f"SELECT e.id FROM events e WHERE {' AND '.join(clauses)} ORDER BY e.id"
        return [row[0] for row in self.conn.execute(query, params)]

    def unmerged_event_ids(self) -> list[str]:
        """Events that belong to no timeline event yet (stored before the timeline existed, or by another engine)."""
        return [row[0] for row in self.conn.execute(
            "SELECT e.id FROM events e LEFT JOIN timeline_members m ON m.event_id = e.id WHERE m.event_id IS NULL ORDER BY e.id"
        )]

    def timeline_groups(self, event_ids: Iterable[str]) -> dict[str, list[str]]:
        """For the timeline events these events belong to: timeline id -> its member event ids."""
        groups: dict[str, list[str]] = {}
        for chunk in _chunks(sorted(set(event_ids)), 500):
            marks = ", ".join("?" for _ in chunk)
            for timeline_id, event_id in self.conn.execute(
                "SELECT m.timeline_id, m.event_id FROM timeline_members m WHERE m.timeline_id IN "
                f"(SELECT timeline_id FROM timeline_members WHERE event_id IN ({marks})) ORDER BY m.event_id", chunk,
            ):
                groups.setdefault(timeline_id, []).append(event_id)
        return groups

    def replace_timeline_events(self, remove: Iterable[str], records: Iterable[dict[str, Any]]) -> None:
        """Drop the timeline events ``remove`` and write ``records`` (each with its members and families), in one transaction."""
        with self.transaction():
            for timeline_id in sorted(set(remove)):
                for table in ("timeline_members", "timeline_actors"):
                    self.conn.execute(f"DELETE FROM {table} WHERE timeline_id = ?", (timeline_id,))
                self.conn.execute("DELETE FROM timeline_events WHERE id = ?", (timeline_id,))
            for record in records:
                values = [record[column] for column in _TIMELINE_COLUMNS]
                placeholders = ", ".join("?" for _ in _TIMELINE_COLUMNS)
                self.conn.execute(
                    f"INSERT OR REPLACE INTO timeline_events ({', '.join(_TIMELINE_COLUMNS)}) VALUES ({placeholders})", values
                )
                for event_id in record["member_ids"]:  # row by row: the PostgreSQL connection has no executemany
                    self.conn.execute(
                        "INSERT OR REPLACE INTO timeline_members (event_id, timeline_id) VALUES (?, ?)", (event_id, record["id"])
                    )
                for family, actor in record["families"].items():
                    self.conn.execute(
                        "INSERT OR REPLACE INTO timeline_actors (timeline_id, family, actor) VALUES (?, ?, ?)",
                        (record["id"], family, actor),
                    )

    def timeline_records(self, families: Iterable[str] = (), start: int | None = None, end: int | None = None,
                         conflicts_only: bool = False) -> list[dict[str, Any]]:
        """Timeline events (dict rows, ``actors`` as family -> actor) with every family in ``families``, in date order."""
        clauses, params = [], []
        for family in families:
            clauses.append("t.id IN (SELECT timeline_id FROM timeline_actors WHERE family = ?)")
            params.append(family)
        if start is not None:
            clauses.append("t.date_end >= ?")
            params.append(f"{start:04d}-01-01")
        if end is not None:
            clauses.append("t.date_begin <= ?")
            params.append(f"{end:04d}-12-31")
        if conflicts_only:
            clauses.append("t.conflict IS NOT NULL")
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        cursor = self.conn.execute(
            f"SELECT t.* FROM timeline_events t {where} ORDER BY t.date_begin IS NULL, t.date_begin, t.date_end, t.id", params
        )
        names = [column[0] for column in cursor.description]
        records = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        for chunk in _chunks(records, 500):
            marks = ", ".join("?" for _ in chunk)
            by_id = {record["id"]: record for record in chunk}
            for record in chunk:
                record["actors"] = {}
            for timeline_id, family, actor in self.conn.execute(
                f"SELECT timeline_id, family, actor FROM timeline_actors WHERE timeline_id IN ({marks}) ORDER BY family",
                [record["id"] for record in chunk],
            ):
                by_id[timeline_id]["actors"][family] = actor
        return records

    def timeline_index(self, first: str, second: str, width: int, ordered: bool = False) -> list[tuple]:
        """(bucket, quad, events, sum, sum of squares of Goldstein) of the timeline events between two actor families.

        Events between them: one family is the source and the other the target (``ordered``: ``first`` acts on
        ``second``). A bucket is the first ``width`` characters of an ISO date (4 a year, 7 a month, 3 a decade);
        an event counts in a bucket only when its whole date interval lies inside it.
        """
        dyad, params = self._dyad(first, second, ordered)
        query = (
            "SELECT substr(t.date_begin, 1, ?) AS bucket, t.quad, COUNT(*), SUM(t.goldstein), "
            f"SUM(t.goldstein * t.goldstein) FROM timeline_events t WHERE {dyad} AND t.date_begin IS NOT NULL "
            "AND substr(t.date_begin, 1, ?) = substr(t.date_end, 1, ?) GROUP BY bucket, t.quad ORDER BY bucket, t.quad"
        )
        return [tuple(row) for row in self.conn.execute(query, [width, *params, width, width])]

    def _dyad(self, first: str, second: str, ordered: bool = False) -> tuple[str, list[str]]:
        """The SQL condition "between the two families" (one the source, the other the target), as the covering
        index ``timeline_events_dyad`` answers it (an OR of two pairs would read the table)."""
        if ordered:
            return "t.source_family = ? AND t.target_family = ?", [first, second]
        return ("t.source_family IN (?, ?) AND t.target_family IN (?, ?) AND t.source_family <> t.target_family",
                [first, second, first, second])

    def timeline_dyad_stats(self, first: str, second: str, begin: str, end: str) -> tuple[int, float]:
        """(events, sum Goldstein) of the timeline events between two families dated wholly within [begin, end]."""
        dyad, params = self._dyad(first, second)
        row = self.conn.execute(
            # date_begin <= end is implied by date_end <= end: it bounds the range the dyad index reads
            f"SELECT COUNT(*), COALESCE(SUM(t.goldstein), 0) FROM timeline_events t WHERE {dyad} "
            "AND t.date_begin >= ? AND t.date_begin <= ? AND t.date_end <= ?", [*params, begin, end, end],
        ).fetchone()
        return int(row[0]), float(row[1])

    def timeline_dyad_top(self, first: str, second: str, begin: str, end: str, limit: int) -> list[str]:
        """Ids of the timeline events between two families within [begin, end] that most documents report, then
        the strongest scores, then the earliest."""
        dyad, params = self._dyad(first, second)
        return [row[0] for row in self.conn.execute(
            f"SELECT t.id FROM timeline_events t WHERE {dyad} AND t.date_begin >= ? AND t.date_begin <= ? "
            "AND t.date_end <= ? ORDER BY t.documents DESC, ABS(t.goldstein) DESC, t.date_begin, t.id LIMIT ?",
            [*params, begin, end, end, limit],
        )]

    def timeline_dyad_cameos(self, first: str, second: str, begin: str, end: str, prefixes: Sequence[str]) -> dict[str, int]:
        """CAMEO code -> how many timeline events between two families dated wholly within [begin, end] have it, for
        the codes that begin with one of ``prefixes`` (the periods' turning-point acts; a few years at a time)."""
        if not prefixes:
            return {}
        dyad, params = self._dyad(first, second)
        codes = " OR ".join("t.cameo LIKE ?" for _ in prefixes)
        return {str(code): int(count) for code, count in self.conn.execute(
            # date_begin <= end is implied by date_end <= end: it bounds the range the dyad index reads
            f"SELECT t.cameo, COUNT(*) FROM timeline_events t WHERE {dyad} AND t.date_begin >= ? AND t.date_begin <= ? "
            f"AND t.date_end <= ? AND ({codes}) GROUP BY t.cameo ORDER BY t.cameo",
            [*params, begin, end, end, *(prefix + "%" for prefix in prefixes)],
        )}

    def stated_periods_of_dyad(self, first: str, second: str) -> list[dict[str, Any]]:
        """Stated periods of the documents that report an event between two families, with the document's name.

        Each document's events are read from the document (CROSS JOIN keeps SQLite's join in that order). Driven by
        the pair's events instead, the check reads the pair's history from its start for every document: SQLite
        chose that when the other indexes had statistics (ANALYZE) and a newly built dyad index had none (a store
        analyzed before migration 0008; 12.8 s of bench/index.py's 1M events, against 0.04 s)."""
        dyad, params = self._dyad(first, second)
        cursor = self.conn.execute(
            "SELECT p.id, p.doc_id, d.origin AS doc, p.start_year, p.end_year, p.label, p.how, p.evidence, p.span_start, "
            "p.span_end FROM stated_periods p JOIN documents d ON d.id = p.doc_id WHERE EXISTS (SELECT 1 FROM events e "
            "CROSS JOIN timeline_members m CROSS JOIN timeline_events t "
            f"WHERE e.doc_id = p.doc_id AND m.event_id = e.id AND t.id = m.timeline_id AND {dyad}) "
            "ORDER BY p.start_year, p.end_year, p.label, p.doc_id, p.span_start",
            params,
        )
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def timeline_is_complete(self) -> bool:
        """Whether every stored event is on the timeline (two counts: cheap on a large store)."""
        events = self.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        return events == self.conn.execute("SELECT COUNT(*) FROM timeline_members").fetchone()[0]

    def timeline_sources(self, timeline_ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
        """Timeline id -> its members' sources (event id, document, span, evidence, date), by document then span."""
        found: dict[str, list[dict[str, Any]]] = {}
        for chunk in _chunks(sorted(set(timeline_ids)), 500):
            marks = ", ".join("?" for _ in chunk)
            cursor = self.conn.execute(
                "SELECT m.timeline_id, e.id, d.origin, e.doc_id, s.span_start, s.span_end, s.evidence, e.date, e.type "
                "FROM timeline_members m JOIN events e ON e.id = m.event_id JOIN event_sources s ON s.event_id = e.id "
                f"JOIN documents d ON d.id = e.doc_id WHERE m.timeline_id IN ({marks}) "
                "ORDER BY m.timeline_id, d.origin, s.span_start, e.id", chunk,
            )
            for timeline_id, event_id, origin, doc_id, start, end, evidence, date, kind in cursor:
                found.setdefault(timeline_id, []).append({
                    "event": event_id, "doc": origin, "doc_id": doc_id, "span": [start, end], "evidence": evidence,
                    "date": date, "type": kind,
                })
        return found

    def documents_without_stated_periods(self) -> list[tuple[str, str]]:
        """(id, text) of stored documents whose stated periods have not been read yet."""
        return [tuple(row) for row in self.conn.execute(
            "SELECT d.id, d.text FROM documents d LEFT JOIN stated_period_documents p ON p.doc_id = d.id "
            "WHERE p.doc_id IS NULL ORDER BY d.id"
        )]

    def write_stated_periods(self, doc_id: str, periods: Iterable[dict[str, Any]]) -> None:
        """Record a document's stated periods (and that it was read), in one transaction."""
        with self.transaction():
            for period in periods:
                self.conn.execute(
                    "INSERT OR IGNORE INTO stated_periods (id, doc_id, start_year, end_year, label, how, evidence, "
                    "span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (period["id"], doc_id, period["start"], period["end"], period["label"], period["how"],
                     period["evidence"], period["span"][0], period["span"][1]),
                )
            self.conn.execute("INSERT OR IGNORE INTO stated_period_documents (doc_id) VALUES (?)", (doc_id,))

    def stated_period_rows(self, doc_ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """Stated periods (of the documents ``doc_ids``, or all), with the document's name, by start year."""
        params: list[str] = []
        where = ""
        if doc_ids is not None:
            params = sorted(set(doc_ids))
            if not params:
                return []
            where = f"WHERE p.doc_id IN ({', '.join('?' for _ in params)}) "
        cursor = self.conn.execute(
            "SELECT p.id, p.doc_id, d.origin AS doc, p.start_year, p.end_year, p.label, p.how, p.evidence, p.span_start, "
            f"p.span_end FROM stated_periods p JOIN documents d ON d.id = p.doc_id {where}"
            "ORDER BY p.start_year, p.end_year, p.label, p.doc_id, p.span_start", params,
        )
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def counts(self) -> dict[str, int]:
        tables = ("documents", "events", "event_sources", "event_actors", "actors", "skipped")
        return {table: self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] for table in tables}

    def dump(self) -> dict[str, list[tuple]]:
        """Every row of every table, sorted: what 'the same store' means in tests.

        A full-text index is given by what it holds (each term's row, column and position, read through
        ``fts5vocab``), not by its B-tree's blobs: how those are cut into segments follows the transactions and
        statements that wrote them (a batch of documents, a document at a time), not what was written.
        """
        tables = [row[0] for row in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        full_text = [row[0] for row in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE % USING fts5%'")]
        layout = {f"{name}_{part}" for name in full_text for part in ("data", "idx")}
        rows = {table: sorted(self.conn.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
                for table in tables if table not in layout}
        for name in full_text:
            vocabulary = f"temp.detente_vocabulary_{name}"
            self.conn.execute(f'CREATE VIRTUAL TABLE IF NOT EXISTS {vocabulary} USING fts5vocab(main, "{name}", instance)')
            try:
                rows[f"{name}#terms"] = sorted(self.conn.execute(f"SELECT * FROM {vocabulary}").fetchall(), key=repr)
            finally:
                self.conn.execute(f"DROP TABLE {vocabulary}")
        return rows


_TIMELINE_COLUMNS = (
    "id", "date", "date_begin", "date_end", "precision", "source", "target", "source_family", "target_family", "type",
    "cameo", "goldstein", "quad", "polarity", "evidence", "doc_id", "members", "documents", "conflict", "versions",
)


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT (ROLLBACK on an error); inside an open transaction it joins that one, which
    then commits or rolls back everything (``write_documents`` holds several ``write_document``)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.joined = False

    def __enter__(self) -> None:
        self.joined = self.conn.in_transaction
        if not self.joined:
            self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if not self.joined:
            self.conn.execute("ROLLBACK" if exc_type else "COMMIT")
