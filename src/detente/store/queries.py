"""Read queries the web app and the CLI share: events by actors, dates, type and polarity, with paging; the
index and periods of a pair; actors; a document with its evidence spans; full-text search over evidence.

Every function takes an open store and returns plain dicts and lists, ready for JSON. SQL is always
parameterized and written in the SQLite dialect that :mod:`detente.store.postgres` translates. The reads
use the key tables of migration ``0004_search`` (``event_keys``: an actor's or a pair's events in date order),
which PostgreSQL has from ``0007_postgres_keys``; full-text search uses SQLite's FTS5 (``evidence_search``),
and on PostgreSQL matches evidence with ``ILIKE``. Bad parameters raise :class:`ConfigError` naming the parameter.
"""

from __future__ import annotations

import calendar
import datetime
import functools
import json
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from detente import actors as gazetteer
from detente.errors import ConfigError
from detente.model import POLARITIES, date_bounds
from detente.resources import load_json
from detente.store.migrations import SPAN_CLASS, SPAN_CLASSES

DEFAULT_LIMIT = 100  # events a page holds unless asked: enough to read, small enough to answer at once
MAX_LIMIT = 10_000
MAX_OFFSET = 10_000_000
MAX_QUERY_CHARS = 200
MAX_ACTORS = 8
_CHUNK = 500  # ids per IN (...) list
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_TYPE = re.compile(r"^[A-Z_]{2,20}$")
_WORD = re.compile(r"\w+", re.UNICODE)
UNDATED = "~"  # event_keys' date for undated events: sorts after every digit
_EVENT_MEMBER = "SELECT 1 FROM event_actors x WHERE x.event_id = k.event_id AND x.actor = ?"
_TIMELINE_MEMBER = "SELECT 1 FROM timeline_actors x WHERE x.timeline_id = k.timeline_id AND x.family = ?"
_KEY_SPAN_CLASS = SPAN_CLASS.replace("date_begin", "k.date_begin").replace("date_end", "k.date_end")  # as 0006 indexes it
_CURSOR_DATE = re.compile(r"^(~|-?\d{1,6}-\d{2}-\d{2})$")
MAX_CURSOR_CHARS = 200


@dataclass(frozen=True)
class Filters:
    """Which events: all ``actors`` take part; dates overlap [begin, end] (ISO days); type and polarity in the sets."""

    actors: tuple[str, ...] = ()
    begin: str | None = None
    end: str | None = None
    types: tuple[str, ...] = ()
    polarities: tuple[str, ...] = ()
    limit: int = DEFAULT_LIMIT
    offset: int = 0
    after: tuple[str, str, str] | None = None  # keyset paging: (date_begin, date_end, id) of the last event seen

    def query(self) -> dict[str, str]:
        """The filters as URL query parameters (what a shared link carries)."""
        params = {}
        if self.actors:
            params["actors"] = ",".join(self.actors)
        if self.begin:
            params["from"] = self.begin
        if self.end:
            params["to"] = self.end
        if self.types:
            params["type"] = ",".join(self.types)
        if self.polarities:
            params["polarity"] = ",".join(self.polarities)
        return params


def parse_filters(
    actors: str | None = None, start: str | None = None, end: str | None = None, types: str | None = None,
    polarity: str | None = None, limit: int | str | None = None, offset: int | str | None = None,
    *, default_limit: int = DEFAULT_LIMIT, max_limit: int = MAX_LIMIT, after: str | None = None,
) -> Filters:
    """Filters from user text (``actors="USA,USSR"``, ``start="1917"``, ``end="1991-12"``); ConfigError names the field.

    ``after`` is the ``next`` cursor of a page: the page then starts after that page's last event (``offset``
    still skips from there).
    """
    codes = _actor_codes(actors)
    begin = _date_param("from", start, low=True)
    last = _date_param("to", end, low=False)
    if begin and last and begin > last:
        raise ConfigError(f"from={start} is after to={end}; swap them")
    type_list = tuple(t.strip().upper() for t in (types or "").split(",") if t.strip())
    for value in type_list:
        if not _TYPE.match(value) or value not in event_types():
            raise ConfigError(f"type={value[:40]!r} is not an event type; give PLOVER types, comma-separated: "
                              f"{', '.join(event_types())}")
    polarities = tuple(p.strip().lower() for p in (polarity or "").split(",") if p.strip())
    for value in polarities:
        if value not in POLARITIES:
            raise ConfigError(f"polarity={value!r} is not one of {', '.join(POLARITIES)}")
    return Filters(
        codes, begin, last, type_list, polarities,
        _int_param("limit", limit, default_limit, 1, max_limit), _int_param("offset", offset, 0, 0, MAX_OFFSET),
        parse_cursor(after),
    )


def cursor(begin: str | None, end: str | None, ident: str) -> str:
    """The ``next`` cursor after an event: its first day, last day (``~`` undated) and id, comma-separated."""
    return f"{begin or UNDATED},{end or UNDATED},{ident}"


def parse_cursor(text: str | None) -> tuple[str, str, str] | None:
    """``"1933-11-16,1933-11-16,ID"`` -> its three parts; ConfigError when it is not a cursor this API gave."""
    if text is None or str(text).strip() == "":
        return None
    text = str(text).strip()
    parts = text.split(",", 2)
    if (len(text) > MAX_CURSOR_CHARS or len(parts) != 3 or not all(_CURSOR_DATE.match(part) for part in parts[:2])
            or not parts[2] or (parts[0] == UNDATED) != (parts[1] == UNDATED)):
        raise ConfigError(f"after={text[:40]!r} is not a cursor; pass the 'next' of the previous page")
    return parts[0], parts[1], parts[2]


def _actor_codes(text: str | None) -> tuple[str, ...]:
    names = [name.strip() for name in (text or "").split(",") if name.strip()]
    if len(names) > MAX_ACTORS:
        raise ConfigError(f"actors: at most {MAX_ACTORS} actors, got {len(names)}")
    codes: list[str] = []
    for name in names:
        if len(name) > 100:
            raise ConfigError("actors: a name is longer than 100 characters")
        record = gazetteer.lookup(name)
        code = record["code"] if record else None
        if code is None:
            raise ConfigError(f"actors: unknown actor {name!r}; give a code such as USA or SUN, or a name such as Soviet Union")
        if code not in codes:
            codes.append(code)
    return tuple(codes)


def event_types() -> tuple[str, ...]:
    """The PLOVER event types events are coded with (from the CAMEO table), sorted."""
    return _event_types()


@functools.cache
def _event_types() -> tuple[str, ...]:
    return tuple(sorted({row["type"] for row in load_json("cameo.json").values()}))


def _date_param(name: str, value: str | None, low: bool) -> str | None:
    if value is None or str(value).strip() == "":
        return None
    value = str(value).strip()
    if not _DATE.match(value) or not _calendar_date(value):
        raise ConfigError(f"{name}={value[:40]!r} is not a date; give a year (1917), a month (1933-11) or a day (1933-11-16)")
    first, last = date_bounds(value)
    bound = first if low else last
    if bound is None:
        raise ConfigError(f"{name}={value!r} is not a valid date")
    return bound


def _calendar_date(value: str) -> bool:
    """"1933", "1933-11" and "1933-11-16" are; "1933-13" and "1933-02-30" have the shape of a date only."""
    parts = [int(part) for part in value.split("-")]
    try:
        datetime.date(parts[0], *(parts[1:] + [1, 1])[:2])
    except ValueError:
        return False
    return True


def _int_param(name: str, value: int | str | None, default: int, low: int, high: int) -> int:
    if value is None or value == "":
        return default
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{name}={str(value)[:20]!r} is not a whole number") from None
    if not low <= number <= high:
        raise ConfigError(f"{name}={number} is out of range; give {low} to {high}")
    return number


def _dialect(store) -> str:
    return getattr(store, "dialect", "sqlite")


def _rows(store, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    cursor = store.conn.execute(sql, list(params))
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _has_table(store, name: str) -> bool:
    if _dialect(store) == "postgresql":  # not information_schema: planning its view took 10-20 ms a request
        sql = "SELECT 1 WHERE to_regclass(?) IS NOT NULL"
    else:
        sql = "SELECT 1 FROM sqlite_master WHERE name = ?"
    return store.conn.execute(sql, [name]).fetchone() is not None


# events ------------------------------------------------------------------------------------------------
def _key_where(filters: Filters, keys: Sequence[str] | None = None, member: str = _EVENT_MEMBER) -> tuple[str, list[Any]]:
    """WHERE over a keys table (SQLite): one actor (b = '') or a pair (a < b); more actors must also take part.

    ``keys`` are the actors as the table keys them (codes, or families for the timeline); ``member`` the SQL
    that tells whether one more of them takes part.
    """
    keys = list(filters.actors if keys is None else keys)
    first = sorted(keys[:2])
    a, b = (first[0], "") if len(first) == 1 else (first[0], first[1])
    clauses, params = ["k.a = ?", "k.b = ?"], [a, b]
    for extra in keys[2:]:
        clauses.append(f"EXISTS ({member})")
        params.append(extra)
    if filters.begin or filters.end:
        clauses.append("k.date_begin <> ?")
        params.append(UNDATED)
    if filters.begin:
        clauses.append("k.date_end >= ?")
        params.append(filters.begin)
    if filters.end:
        clauses.append("k.date_begin <= ?")
        params.append(filters.end)
    _in(clauses, params, "k.type", filters.types)
    _in(clauses, params, "k.polarity", filters.polarities)
    return " AND ".join(clauses), params


_SPLIT_OFFSET = 2_000  # past this offset one range scan of the pair beats merging the span classes row by row


def _key_arms(filters: Filters, keys: Sequence[str], member: str, ident: str, split: bool = True) -> list[tuple[str, list[Any]]]:
    """WHERE clauses over a keys table ``k`` (SQLite) whose rows, together and in key order, are the matching events.

    Without a first date (or without ``split``), one clause: a range of the pair's primary key. With one, one
    clause per span class of migration 0006 (:data:`SPAN_CLASSES`), each a range of its index that starts where
    an event of that class can first meet the date, so a window late in a long history does not walk the history
    before it. ``after`` (keyset paging) starts every range after the cursor.
    """
    keys = list(keys)
    first = sorted(keys[:2])
    a, b = (first[0], "") if len(first) == 1 else (first[0], first[1])
    common, params = ["k.a = ?", "k.b = ?"], [a, b]
    for extra in keys[2:]:
        common.append(f"EXISTS ({member})")
        params.append(extra)
    # an upper bound on the date always: it makes the primary key's order the plan (without one SQLite may sort
    # the window index instead); ISO days sort before UNDATED, so "<" leaves the undated out of any window
    if filters.end:
        common.append("k.date_begin <= ?")
    else:
        common.append("k.date_begin < ?" if filters.begin else "k.date_begin <= ?")
    params.append(filters.end or UNDATED)
    _in(common, params, "k.type", filters.types)
    _in(common, params, "k.polarity", filters.polarities)
    after = filters.after
    if after is not None:
        common.append(f"(k.date_begin, k.date_end, k.{ident}) > (?, ?, ?)")
        params.extend(after)
    if not filters.begin:
        return [(" AND ".join(common), params)]
    if not split:
        return [(" AND ".join([*common, "k.date_end >= ?"]), [*params, filters.begin])]
    arms = []
    for width in SPAN_CLASSES:
        low = filters.begin[:width]
        if after is not None and after[0] > low:
            low = after[0]
        clauses = [*common, f"{_KEY_SPAN_CLASS} = {width}", "k.date_begin >= ?", "k.date_end >= ?"]
        arms.append((" AND ".join(clauses), [*params, low, filters.begin]))
    return arms


def _key_page(store, filters: Filters, table: str, ident: str, keys: Sequence[str], member: str):
    """(total, [(date_begin, date_end, id)] of one page, whether more follow) from a keys table, in date order."""
    counted = _key_arms(replace(filters, after=None), keys, member, ident)
    total = _count(store, "SELECT " + " + ".join(f"(SELECT COUNT(*) FROM {table} k WHERE {where})" for where, _ in counted),
                   [value for _, arm in counted for value in arm])
    arms = _key_arms(filters, keys, member, ident, split=filters.offset <= _SPLIT_OFFSET)
    if len(arms) == 1:
        where, params = arms[0]
        sql = (f"SELECT k.date_begin, k.date_end, k.{ident} FROM {table} k WHERE {where} "
               f"ORDER BY k.date_begin, k.date_end, k.{ident} LIMIT ? OFFSET ?")
    else:
        params = [value for _, arm in arms for value in arm]
        # each arm comes in index order; SQLite merges them (MERGE (UNION ALL)) and stops at the page's end
        sql = " UNION ALL ".join(f"SELECT k.date_begin, k.date_end, k.{ident} FROM {table} k WHERE {where}" for where, _ in arms)
        sql += " ORDER BY 1, 2, 3 LIMIT ? OFFSET ?"
    rows = store.conn.execute(sql, [*params, filters.limit + 1, filters.offset]).fetchall()
    return total, [tuple(row) for row in rows[: filters.limit]], len(rows) > filters.limit


def _plain_page(store, filters: Filters, table: str, alias: str, where: str, params: list[Any]):
    """As :func:`_key_page`, over the table itself (PostgreSQL, or SQLite without key tables).

    The dated rows and the undated ones are read apart, each in an order the date index gives: one ORDER BY that
    puts the undated last (``date_begin IS NULL`` first in the key) sorted every matching row for every page, which
    on a store of a million events made the whole-store page (no actors) cost half a second however small.
    """
    total = _count(store, f"SELECT COUNT(*) FROM {table} {alias} WHERE {where}", params)
    want = filters.limit + 1
    rows: list[tuple] = []
    after = filters.after
    offset = filters.offset
    if after is None or after[0] != UNDATED:
        dated, dated_params = f"{where} AND {alias}.date_begin IS NOT NULL", list(params)
        if after is not None:
            begin, end, ident = after
            # the first term gives the date index its range; the row value says exactly where the page starts
            dated += f" AND {alias}.date_begin >= ? AND ({alias}.date_begin, {alias}.date_end, {alias}.id) > (?, ?, ?)"
            dated_params += [begin, begin, end, ident]
        rows = store.conn.execute(
            f"SELECT {alias}.date_begin, {alias}.date_end, {alias}.id FROM {table} {alias} WHERE {dated} "
            f"ORDER BY {alias}.date_begin, {alias}.date_end, {alias}.id LIMIT ? OFFSET ?",
            [*dated_params, want, offset],
        ).fetchall()
        if len(rows) < want and offset:
            # the offset reached past the dated rows only when none came back: then skip the rest of it
            offset = 0 if rows else max(0, offset - _count(store, f"SELECT COUNT(*) FROM {table} {alias} WHERE {dated}",
                                                           dated_params))
    if len(rows) < want:
        undated, undated_params = f"{where} AND {alias}.date_begin IS NULL", list(params)
        if after is not None and after[0] == UNDATED:
            undated += f" AND {alias}.id > ?"
            undated_params.append(after[2])
        rows += store.conn.execute(
            f"SELECT {alias}.date_begin, {alias}.date_end, {alias}.id FROM {table} {alias} WHERE {undated} "
            f"ORDER BY {alias}.id LIMIT ? OFFSET ?",
            [*undated_params, want - len(rows), offset],
        ).fetchall()
    return total, [tuple(row) for row in rows[: filters.limit]], len(rows) > filters.limit


def _next(keys: list[tuple], more: bool) -> str | None:
    return cursor(*keys[-1]) if more and keys else None


def _event_where(filters: Filters) -> tuple[str, list[Any]]:
    """WHERE over events (any backend)."""
    clauses: list[str] = []
    params: list[Any] = []
    for actor in filters.actors:
        clauses.append("e.id IN (SELECT event_id FROM event_actors WHERE actor = ?)")
        params.append(actor)
    if filters.begin:
        clauses.append("e.date_end >= ?")
        params.append(filters.begin)
    if filters.end:
        clauses.append("e.date_begin <= ?")
        params.append(filters.end)
    _in(clauses, params, "e.type", filters.types)
    _in(clauses, params, "e.polarity", filters.polarities)
    return (" AND ".join(clauses) or "1 = 1"), params


def _in(clauses: list[str], params: list[Any], column: str, values: Sequence[str]) -> None:
    if values:
        clauses.append(f"{column} IN ({', '.join('?' for _ in values)})")
        params.extend(values)


def _has_keys(store, name: str) -> bool:
    """Whether the store has the key table ``name`` (SQLite: 0004_search; PostgreSQL: 0007_postgres_keys)."""
    return _dialect(store) in ("sqlite", "postgresql") and _has_table(store, name)


def _uses_keys(store, filters: Filters) -> bool:
    return bool(filters.actors) and _has_keys(store, "event_keys")


def event_ids(store, filters: Filters) -> tuple[int, list[str]]:
    """(how many events match, the ids of one page of them in date order, undated last)."""
    total, keys, _ = _event_keys_page(store, filters)
    return total, [key[2] for key in keys]


def _event_keys_page(store, filters: Filters):
    if _uses_keys(store, filters):
        return _key_page(store, filters, "event_keys", "event_id", filters.actors, _EVENT_MEMBER)
    where, params = _event_where(filters)
    return _plain_page(store, filters, "events", "e", where, params)


_KEEP_SECONDS = 30.0
_KEPT = 256


def _kept(store, key: tuple, compute):
    """``compute()``, kept on the store for half a minute under ``key``.

    A server reads a store that changes only when a build runs beside it; totals and indexes cost more than a
    page of events on a large store, and every page of one view asks for the same ones. A build shows up at most
    half a minute late. :func:`forget` drops what is kept.
    """
    kept = getattr(store, "_detente_kept", None)
    if kept is None:
        kept = {}
        try:
            store._detente_kept = kept
        except AttributeError:  # a store that takes no new attributes: compute every time
            pass
    now = time.monotonic()
    hit = kept.get(key)
    if hit is not None and now - hit[1] < _KEEP_SECONDS:
        return hit[0]
    value = compute()
    if len(kept) >= _KEPT:
        kept.clear()
    kept[key] = (value, now)
    return value


def kept(store, key: tuple, compute):
    """``compute()`` kept on ``store`` for half a minute under ``key`` (what :func:`forget` drops): for callers
    that keep something derived from these reads, such as the web app's encoded index."""
    return _kept(store, ("caller", *key), compute)


def forget(store) -> None:
    """Drop the totals and indexes kept on ``store`` (the next reads compute them afresh)."""
    getattr(store, "_detente_kept", {}).clear()


def _count(store, sql: str, params: Sequence[Any]) -> int:
    """A ``SELECT COUNT(*)``: every page of one filter shares its total, which costs more than the page itself."""
    return _kept(store, ("count", sql, tuple(params)), lambda: store.conn.execute(sql, list(params)).fetchone()[0])


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _marks(count: int) -> str:
    return ", ".join("?" for _ in range(count))


def events_by_id(store, ids: Sequence[str], *, detail: bool = True) -> list[dict[str, Any]]:
    """Event records for ``ids``, in that order; with ``detail`` each carries its sources and their evidence."""
    found: dict[str, dict[str, Any]] = {}
    columns = (
        "e.id, e.date, e.date_text, e.precision, e.date_begin, e.date_end, e.type, e.cameo, e.mode, e.polarity, "
        "e.goldstein, e.quad, e.modality, e.source, e.target, e.doc_id"
    )
    for chunk in _chunks(ids):
        for row in _rows(store, f"SELECT {columns} FROM events e WHERE e.id IN ({_marks(len(chunk))})", chunk):
            row["begin"], row["end"] = row.pop("date_begin"), row.pop("date_end")
            row["actors"], row["sources"] = [], []
            found[row["id"]] = row
        for event_id, actor in store.conn.execute(
            f"SELECT event_id, actor FROM event_actors WHERE event_id IN ({_marks(len(chunk))}) ORDER BY event_id, position",
            list(chunk),
        ).fetchall():
            if event_id in found:
                found[event_id]["actors"].append(actor)
        if detail:
            rows = _rows(
                store,
                "SELECT s.event_id, s.doc_id, s.span_start, s.span_end, s.evidence "
                f"FROM event_sources s WHERE s.event_id IN ({_marks(len(chunk))}) ORDER BY s.event_id, s.span_start",
                chunk,
            )
            _with_documents(store, rows)
            for row in rows:
                event = found.get(row.pop("event_id"))
                if event is not None:
                    row["span"] = [row.pop("span_start"), row.pop("span_end")]
                    event["sources"].append(row)
        else:
            for event_id, count in store.conn.execute(
                f"SELECT event_id, COUNT(*) FROM event_sources WHERE event_id IN ({_marks(len(chunk))}) GROUP BY event_id",
                list(chunk),
            ).fetchall():
                if event_id in found:
                    found[event_id]["source_count"] = count
    events = [found[event_id] for event_id in ids if event_id in found]
    if not detail:
        for event in events:
            del event["sources"]
            event.setdefault("source_count", 0)
    return events


def _with_documents(store, rows: list[dict[str, Any]]) -> None:
    """Add each source row's document name, title, URL and publication date (one lookup per document, not per row)."""
    ids = sorted({row["doc_id"] for row in rows})
    documents: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(ids):
        for doc in _rows(store, f"SELECT id, origin, title, url, published FROM documents WHERE id IN ({_marks(len(chunk))})", chunk):
            documents[doc.pop("id")] = doc
    empty = {"origin": None, "title": None, "url": None, "published": None}
    for row in rows:
        row.update(documents.get(row["doc_id"], empty))


def events_page(store, filters: Filters, *, detail: bool = True) -> dict[str, Any]:
    """One page of the events that match, with the total and the paging."""
    total, keys, more = _event_keys_page(store, filters)
    return {
        "total": total, "limit": filters.limit, "offset": filters.offset, "filters": filters.query(),
        "events": events_by_id(store, [key[2] for key in keys], detail=detail), "next": _next(keys, more),
    }


def event(store, event_id: str) -> dict[str, Any] | None:
    """One event with every source; ``others`` are the events told by the same sentences (what they disagree on)."""
    found = events_by_id(store, [event_id])
    if not found:
        return None
    record = found[0]
    others: list[str] = []
    for source in record["sources"]:
        others += [row[0] for row in store.conn.execute(
            "SELECT event_id FROM event_sources WHERE doc_id = ? AND span_start = ? AND event_id <> ?",
            [source["doc_id"], source["span"][0], event_id],
        ).fetchall()]
    record["same_evidence"] = events_by_id(store, sorted(set(others)), detail=False)
    return record


# documents -----------------------------------------------------------------------------------------------
def document(store, doc_id: str) -> dict[str, Any] | None:
    """A stored document: its text and every evidence span in it, with the event each span gave."""
    rows = _rows(store, "SELECT id, origin, title, url, published, format, text FROM documents WHERE id = ?", [doc_id])
    if not rows:
        return None
    record = rows[0]
    record["spans"] = []
    for row in _rows(
        store,
        "SELECT s.span_start, s.span_end, s.event_id, e.date, e.precision, e.type, e.polarity, e.goldstein "
        "FROM event_sources s JOIN events e ON e.id = s.event_id WHERE s.doc_id = ? ORDER BY s.span_start, s.event_id",
        [doc_id],
    ):
        row["span"] = [row.pop("span_start"), row.pop("span_end")]
        record["spans"].append(row)
    return record


def document_texts(store, doc_ids: Sequence[str]) -> dict[str, str]:
    """The text of each document in ``doc_ids`` (those stored), a chunk of ids to a statement: for showing evidence
    in its context, without the spans and events of the rest of each document."""
    texts: dict[str, str] = {}
    unique = sorted(set(doc_ids))
    for chunk in _chunks(unique):
        for doc_id, text in store.conn.execute(
            f"SELECT id, text FROM documents WHERE id IN ({_marks(len(chunk))})", list(chunk)
        ).fetchall():
            texts[doc_id] = text
    return texts


# actors --------------------------------------------------------------------------------------------------
def actors(store, q: str = "", limit: int = 50) -> list[dict[str, Any]]:
    """Stored actors whose code or name contains ``q`` (any case); a gazetteer name ("USSR") finds its code."""
    q = _check_text("q", q, required=False)
    clauses, params = [], []
    if q:
        clauses.append("(LOWER(code) LIKE ? OR LOWER(name) LIKE ?)")
        pattern = "%" + q.lower().replace("\\", "").replace("%", "").replace("_", "") + "%"
        params += [pattern, pattern]
        record = gazetteer.lookup(q)
        if record is not None:
            clauses[-1] = f"({clauses[-1]} OR code = ?)"
            params.append(record["code"])
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    return _rows(
        store, f"SELECT code, name, kind, qid, valid_from, valid_to FROM actors {where} ORDER BY code LIMIT ?",
        [*params, limit],
    )


def actor_names(store, codes: Sequence[str]) -> list[dict[str, Any]]:
    """``[{"code", "name"}]`` for actor codes: the stored name, else the gazetteer's, else the code."""
    stored = {}
    if codes:
        stored = dict(store.conn.execute(f"SELECT code, name FROM actors WHERE code IN ({_marks(len(codes))})", list(codes)).fetchall())
    names = []
    for code in codes:
        record = gazetteer.lookup(code) or {}
        names.append({"code": code, "name": stored.get(code) or record.get("name") or code})
    return names


def actor(store, code: str) -> dict[str, Any] | None:
    """One actor: its stored record, the gazetteer's, how many events and the actors it shares most events with."""
    code = _check_text("code", code)
    record = gazetteer.lookup(code)
    if record is not None:
        code = record["code"]
    rows = _rows(store, "SELECT code, name, kind, qid, valid_from, valid_to FROM actors WHERE code = ?", [code])
    if not rows and record is None:
        return None
    result = rows[0] if rows else {"code": code, "name": record.get("name"), "kind": record.get("kind")}
    result["record"] = record
    # both walk every event of the actor (a second on the USA of a million events): kept, as totals are
    result["events"], partners = _kept(store, ("actor", code), lambda: _actor_counts(store, code))
    result["partners"] = [dict(partner) for partner in partners]
    return result


def _actor_counts(store, code: str) -> tuple[int, list[dict[str, Any]]]:
    events = store.conn.execute("SELECT COUNT(*) FROM event_actors WHERE actor = ?", [code]).fetchone()[0]
    partners = [
        {"code": other, "events": count} for other, count in store.conn.execute(
            "SELECT o.actor, COUNT(*) AS n FROM event_actors x JOIN event_actors o ON o.event_id = x.event_id "
            "AND o.actor <> x.actor WHERE x.actor = ? GROUP BY o.actor ORDER BY n DESC, o.actor LIMIT 20",
            [code],
        ).fetchall()
    ]
    return events, partners


# search --------------------------------------------------------------------------------------------------
def _check_text(name: str, value: str | None, required: bool = True) -> str:
    value = (value or "").strip()
    if required and not value:
        raise ConfigError(f"{name} is empty; give some words")
    if len(value) > MAX_QUERY_CHARS:
        raise ConfigError(f"{name} is {len(value)} characters long; at most {MAX_QUERY_CHARS}")
    return value


MIN_PREFIX = 3  # letters a prefix search ("treat*") needs


def search_terms(q: str) -> list[str]:
    """The words of a query; a trailing ``*`` on a word asks for its prefix."""
    terms = []
    for match in re.finditer(r"\w+\*?", q, re.UNICODE):
        terms.append(match.group())
    return terms[:20]


def search(store, q: str, filters: Filters | None = None) -> dict[str, Any]:
    """Evidence sentences holding every word of ``q`` (FTS5 on SQLite, ILIKE on PostgreSQL), with their events."""
    q = _check_text("q", q)
    filters = filters or Filters(limit=50)
    terms = search_terms(q)
    if not terms:
        raise ConfigError("q has no words to search for")
    short = [t for t in terms if t.endswith("*") and len(t) - 1 < MIN_PREFIX]
    if short:
        # "s*" matches most of a large store, and counting and ranking every match takes seconds
        raise ConfigError(f"q: the prefix {short[0]!r} is too short; give at least {MIN_PREFIX} letters before *")
    event_filter, event_params = _event_where(replace(filters, limit=0, offset=0))
    if _dialect(store) == "sqlite" and _has_table(store, "evidence_search"):
        # each word quoted as an FTS5 string, so no user text is ever read as FTS5 syntax
        match = " ".join('"' + t.rstrip("*").replace('"', '""') + '"' + ("*" if t.endswith("*") else "") for t in terms)
        base = (
            "FROM evidence_search f JOIN events e ON e.id = f.event_id "
            f"WHERE evidence_search MATCH ? AND {event_filter}"
        )
        params: list[Any] = [match, *event_params]
        order = "ORDER BY f.rank, f.event_id"
        select = "SELECT f.event_id, f.doc_id, f.span_start "
    else:
        likes = " AND ".join("s.evidence ILIKE ?" for _ in terms)
        base = f"FROM event_sources s JOIN events e ON e.id = s.event_id WHERE {likes} AND {event_filter}"
        params = ["%" + t.rstrip("*").replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for t in terms]
        params += event_params
        order = "ORDER BY e.date_begin, s.event_id"
        select = "SELECT s.event_id, s.doc_id, s.span_start "
    total = _count(store, f"SELECT COUNT(*) {base}", params)
    rows = store.conn.execute(f"{select}{base} {order} LIMIT ? OFFSET ?", [*params, filters.limit, filters.offset]).fetchall()
    events = {e["id"]: e for e in events_by_id(store, sorted({row[0] for row in rows}))}
    results = []
    for event_id, doc_id, span_start in rows:
        record = events.get(event_id)
        if record is None:
            continue
        source = next((s for s in record["sources"] if s["doc_id"] == doc_id and s["span"][0] == span_start),
                      record["sources"][0] if record["sources"] else None)
        if source is None:
            continue
        results.append({
            "event": {k: v for k, v in record.items() if k != "sources"}, "source": source,
            "matches": match_spans(source["evidence"], terms),
        })
    return {"q": q, "terms": terms, "total": total, "limit": filters.limit, "offset": filters.offset, "results": results}


def match_spans(text: str, terms: Sequence[str]) -> list[list[int]]:
    """Where the query's words (or prefixes) occur in ``text``: sorted [start, end] pairs, to highlight."""
    spans = []
    for word in _WORD.finditer(text):
        token = word.group().lower()
        for term in terms:
            stem = term.rstrip("*").lower()
            if token == stem or (term.endswith("*") and token.startswith(stem)):
                spans.append([word.start(), word.end()])
                break
    return spans




# the merged timeline (detente.timeline, migration 0003) ----------------------------------------------------
_READY_SECONDS = 30.0


def merged_ready(store) -> bool:
    """True when the store holds a merged timeline with every stored event on it (then the timeline is read from it).

    Counting two tables costs a scan, so the answer is kept on the store for half a minute: a builder writing
    beside a running server shows up that much later.
    """
    cached = getattr(store, "_detente_merged", None)
    now = time.monotonic()
    if cached is not None and now - cached[1] < _READY_SECONDS:
        return cached[0]
    ready = False
    if _has_table(store, "timeline_events") and _has_table(store, "timeline_members"):
        members = store.conn.execute("SELECT COUNT(*) FROM timeline_members").fetchone()[0]
        ready = members > 0 and members == store.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    try:
        store._detente_merged = (ready, now)
    except AttributeError:  # a store that takes no new attributes: ask every time
        pass
    return ready


def _families(filters: Filters) -> list[str]:
    from detente.timeline.families import family

    found: list[str] = []
    for code in filters.actors:
        if family(code) not in found:
            found.append(family(code))
    return found


def _timeline_where(filters: Filters, families: Sequence[str]) -> tuple[str, list[Any]]:
    """WHERE over timeline_events t (any backend)."""
    clauses: list[str] = []
    params: list[Any] = []
    for key in families:
        clauses.append("t.id IN (SELECT timeline_id FROM timeline_actors WHERE family = ?)")
        params.append(key)
    if filters.begin:
        clauses.append("t.date_end >= ?")
        params.append(filters.begin)
    if filters.end:
        clauses.append("t.date_begin <= ?")
        params.append(filters.end)
    _in(clauses, params, "t.type", filters.types)
    _in(clauses, params, "t.polarity", filters.polarities)
    return (" AND ".join(clauses) or "1 = 1"), params


def timeline_ids(store, filters: Filters) -> tuple[int, list[str]]:
    """(how many timeline events match, the ids of one page of them in date order, undated last)."""
    total, keys, _ = _timeline_keys_page(store, filters)
    return total, [key[2] for key in keys]


def _timeline_keys_page(store, filters: Filters):
    families = _families(filters)
    if families and _has_keys(store, "timeline_keys"):
        return _key_page(store, filters, "timeline_keys", "timeline_id", families, _TIMELINE_MEMBER)
    where, params = _timeline_where(filters, families)
    return _plain_page(store, filters, "timeline_events", "t", where, params)


_TIMELINE_FIELDS = (
    "id", "date", "precision", "begin", "end", "type", "cameo", "polarity", "goldstein", "quad", "source", "target",
    "source_family", "target_family", "members", "documents", "conflict",
)
_TIMELINE_SELECT = (
    "SELECT t.id, t.date, t.precision, t.date_begin, t.date_end, t.type, t.cameo, t.polarity, t.goldstein, t.quad, "
    "t.source, t.target, t.source_family, t.target_family, t.members, t.documents, t.conflict FROM timeline_events t "
)
_READING = ("date", "precision", "type", "polarity", "goldstein")


PAGE_SOURCES = 20  # sources each event of a page lists (``sources_total`` says how many it has): a happening
# that a thousand documents report must not make a page of a hundred events a hundred thousand sources long


def timeline_by_id(store, ids: Sequence[str], *, detail: bool = True, max_sources: int | None = None) -> list[dict[str, Any]]:
    """Timeline events for ``ids``, in that order; with ``detail`` each carries the sources that report it (every
    one, or the first ``max_sources`` by document and span) and ``sources_total``.

    A page of a large store reads scattered rows, so each chunk of ids costs a few statements, never one per
    event, and rows become dicts once, by position (no renaming of keys afterwards).
    """
    found: dict[str, dict[str, Any]] = {}
    conn = store.conn
    fields = _TIMELINE_FIELDS
    for chunk in _chunks(ids):
        chunk = list(chunk)
        marks = _marks(len(chunk))
        for row in conn.execute(f"{_TIMELINE_SELECT}WHERE t.id IN ({marks})", chunk).fetchall():
            record = dict(zip(fields, row, strict=True))
            record["actors"], record["families"], record["source_count"] = [], {}, record["members"]
            found[row[0]] = record
        for timeline_id, key, actor in conn.execute(
            f"SELECT timeline_id, family, actor FROM timeline_actors WHERE timeline_id IN ({marks}) ORDER BY timeline_id, family",
            chunk,
        ).fetchall():
            record = found.get(timeline_id)
            if record is not None:
                record["actors"].append(actor)
                record["families"][key] = actor
        if detail:
            _timeline_sources(conn, chunk, marks, found)
    events = [found[i] for i in ids if i in found]
    if detail:
        for record in events:
            sources = record.setdefault("sources", [])
            record["sources_total"] = len(sources)
            if max_sources is not None and len(sources) > max_sources:
                del sources[max_sources:]
    return events


def _timeline_sources(conn, chunk: list[str], marks: str, found: dict[str, dict[str, Any]]) -> None:
    """Every source of the timeline events ``chunk``: document, span, evidence and what it says (date, type,
    polarity, score), by document name then span. A timeline event of one member says what its one event says;
    the members of the others are read from the events table (one lookup per such member)."""
    rows = conn.execute(
        "SELECT m.timeline_id, s.event_id, s.doc_id, s.span_start, s.span_end, s.evidence, d.origin, d.title, d.url, "
        "d.published FROM timeline_members m JOIN event_sources s ON s.event_id = m.event_id "
        f"LEFT JOIN documents d ON d.id = s.doc_id WHERE m.timeline_id IN ({marks})",
        chunk,
    ).fetchall()
    shared = sorted({row[1] for row in rows if found.get(row[0], {}).get("members", 1) > 1})
    readings: dict[str, tuple] = {}
    for part in _chunks(shared):
        for row in conn.execute(f"SELECT id, {', '.join(_READING)} FROM events WHERE id IN ({_marks(len(part))})", list(part)):
            readings[row[0]] = row[1:]
    rows.sort(key=lambda r: (r[0], r[6] or "", r[3], r[1]))
    for timeline_id, event_id, doc_id, start, end, evidence, origin, title, url, published in rows:
        record = found.get(timeline_id)
        if record is None:
            continue
        reading = readings.get(event_id)
        if reading is None:
            reading = (record["date"], record["precision"], record["type"], record["polarity"], record["goldstein"])
        record.setdefault("sources", []).append({
            "event_id": event_id, "doc_id": doc_id, "evidence": evidence, "origin": origin, "title": title, "url": url,
            "published": published, "date": reading[0], "precision": reading[1], "type": reading[2],
            "polarity": reading[3], "goldstein": reading[4], "span": [start, end],
        })


def timeline(store, filters: Filters, *, detail: bool = True) -> dict[str, Any]:
    """One page of the timeline: merged timeline events when the store has them all (``kind: "timeline"``),
    else the stored events (``kind: "events"``)."""
    if not merged_ready(store):
        page = events_page(store, filters, detail=detail)
        page["kind"] = "events"
        return page
    total, keys, more = _timeline_keys_page(store, filters)
    return {
        "kind": "timeline", "total": total, "limit": filters.limit, "offset": filters.offset,
        "filters": filters.query(),
        "events": timeline_by_id(store, [key[2] for key in keys], detail=detail, max_sources=PAGE_SOURCES),
        "next": _next(keys, more),
    }


def timeline_event(store, event_id: str) -> dict[str, Any] | None:
    """A timeline event (or, by its id, a stored event) with every source and the versions its sources give."""
    if _has_table(store, "timeline_events"):
        found = timeline_by_id(store, [event_id])
        if found:
            record = found[0]
            row = store.conn.execute("SELECT versions FROM timeline_events WHERE id = ?", [event_id]).fetchone()
            record["versions"] = json.loads(row[0]) if row and row[0] else None
            record["kind"] = "timeline"
            return record
    record = event(store, event_id)
    if record is not None:
        record["kind"] = "event"
    return record


# index and periods ---------------------------------------------------------------------------------------
STEPS = {"year": 4, "month": 7, "decade": 3}


def index(store, filters: Filters, step: str = "year") -> dict[str, Any]:
    """The cooperation–conflict index per month, year or decade (see :func:`compute_index`), kept for half a minute."""
    key = ("index", step, filters.actors, filters.begin, filters.end, filters.types, filters.polarities)
    result = _kept(store, key, lambda: compute_index(store, filters, step))
    return {**result, "points": list(result["points"])}


def compute_index(store, filters: Filters, step: str = "year") -> dict[str, Any]:
    """The cooperation–conflict index per month, year or decade (:mod:`detente.timeline.index` semantics).

    From the merged timeline when the store has it: for a pair, the events between the two (one the source,
    the other the target); an event counts in a bucket when its whole date lies in it. Each point: events by
    quad class, Goldstein sum, mean and smoothed index, and the bucket's first and last day.
    """
    from detente.timeline.index import DEFAULT_HALFLIFE, build_rows

    if step not in STEPS:
        raise ConfigError(f"step={step!r} is not one of {', '.join(STEPS)}")
    width = STEPS[step]
    merged = merged_ready(store)
    families = _families(filters) if merged else list(filters.actors)
    keys = bool(families)
    quad = "quad"
    if merged and keys and _has_keys(store, "timeline_keys"):
        where, params = _key_where(filters, families, _TIMELINE_MEMBER)
        table, alias = "timeline_keys k", "k"
        if len(families) == 2:
            where += " AND k.dyad = 1"
    elif merged:
        where, params = _timeline_where(filters, families)
        table, alias = "timeline_events t", "t"
        if len(families) == 2:
            where += " AND ((t.source_family = ? AND t.target_family = ?) OR (t.source_family = ? AND t.target_family = ?))"
            params += [families[0], families[1], families[1], families[0]]
    elif keys and _has_keys(store, "event_keys"):
        where, params = _key_where(filters)
        table, alias, quad = "event_keys k JOIN events e ON e.id = k.event_id", "k", "e.quad"  # the key scan picks the rows
    else:
        where, params = _event_where(filters)
        table, alias = "events e", "e"
    quad = quad if "." in quad else f"{alias}.{quad}"
    bucket = f"SUBSTR({alias}.date_begin, 1, {width})"
    where += f" AND {alias}.date_begin IS NOT NULL AND {alias}.date_begin <> ? AND {bucket} = SUBSTR({alias}.date_end, 1, {width})"
    params.append(UNDATED)
    rows = store.conn.execute(
        f"SELECT {bucket} AS bucket, {quad}, COUNT(*), SUM({alias}.goldstein) FROM {table} WHERE {where} "
        f"GROUP BY {bucket}, {quad} ORDER BY bucket, {quad}",
        params,
    ).fetchall()
    points = []
    for row in build_rows([tuple(r) for r in rows], step, DEFAULT_HALFLIFE[step]):
        first, last = _bucket_bounds(row.start, step)
        points.append({  # by hand, not dataclasses.asdict: a monthly index has a thousand points
            "bucket": row.bucket, "start": row.start, "events": row.events, "quad1": row.quad1, "quad2": row.quad2,
            "quad3": row.quad3, "quad4": row.quad4, "neutral": row.neutral, "goldstein_sum": row.goldstein_sum,
            "goldstein_mean": row.goldstein_mean, "smoothed": row.smoothed, "period": row.bucket, "begin": first,
            "end": last, "mean": row.goldstein_mean, "cooperation": row.quad1 + row.quad2, "conflict": row.quad3 + row.quad4,
        })
    return {"step": step, "kind": "timeline" if merged else "events",
            "filters": replace(filters, limit=DEFAULT_LIMIT, offset=0).query(), "points": points}


def _bucket_bounds(start: str, step: str) -> tuple[str, str]:
    """First and last ISO day of the bucket that begins on ``start`` ("1933-11-01" by month -> 1933-11-30)."""
    year = int(start[:4])
    if step == "decade":
        return f"{year:04d}-01-01", f"{year + 9:04d}-12-31"
    if step == "year":
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    month = int(start[5:7])
    return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def named_periods(filters: Filters) -> list[dict[str, Any]]:
    """Named periods (periods.json, no centuries) that overlap the filter's dates, earliest first."""
    from detente.resources import load_json

    found = []
    for entry in load_json("periods.json")["entries"]:
        if entry.get("kind") != "period" or entry.get("precision") == "century":
            continue
        if filters.begin and entry["until"] < filters.begin or filters.end and entry["begin"] > filters.end:
            continue
        found.append({"name": entry["names"][0], "begin": entry["begin"], "end": entry["until"], "kind": "named"})
    return sorted(found, key=lambda p: (p["begin"], p["end"]))


def periods_for(store, filters: Filters) -> dict[str, Any]:
    """Named periods over the filter's dates; for a pair with a merged timeline, also the periods its texts state
    and those detected in its index (:mod:`detente.timeline.periods`)."""
    result: dict[str, Any] = {
        "filters": replace(filters, limit=DEFAULT_LIMIT, offset=0).query(), "named": named_periods(filters),
        "stated": [], "detected": [],
    }
    if len(_families(filters)) == 2 and merged_ready(store):
        from detente.timeline.periods import periods as pair_periods

        for period in pair_periods(store, list(filters.actors[:2])):
            record = period.to_dict()
            record.update({"name": period.label, "begin": f"{period.start:04d}-01-01", "end": f"{period.end:04d}-12-31"})
            if filters.begin and record["end"] < filters.begin or filters.end and record["begin"] > filters.end:
                continue
            result[period.kind].append(record)
    return result
