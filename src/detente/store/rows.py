"""The rows a batch of documents adds to the SQLite store, planned as plain tuples, one list per table.

The store's write path (``Store.write_documents``) inserts each list with one
``executemany``. What the schema's triggers once added row by row (migration
``0009_writes_fill_keys`` dropped them) is computed here from the rows the batch
actually stored: an ``event_keys`` row per event and actor (``b`` empty) and per pair
of its actors (``a < b``), with the event's dates ('~' for none), type, polarity and
score, as the ``event_keys_insert`` trigger of ``0004_search`` made them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from detente.model import Document, Event, date_bounds

UNDATED = "~"  # an undated event's date in the key tables: sorts after every digit


def document_row(doc: Document) -> tuple:
    return (doc.id, doc.origin, doc.title, doc.url, doc.published, doc.format, doc.text)


def event_rows_of(events: Iterable[Event]) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """(events, event_sources, event_actors) rows of ``events``, in the order a document writes them."""
    events_rows: list[tuple] = []
    sources: list[tuple] = []
    members: list[tuple] = []
    for event in events:
        begin, end = date_bounds(event.date)
        events_rows.append((
            event.id, event.doc_id, event.date, begin, end, event.precision, event.date_text, event.date_source,
            event.source, event.target, event.type, event.mode, event.cameo, event.goldstein, event.quad,
            event.polarity, event.modality, event.trigger,
        ))
        sources.append((event.id, event.doc_id, event.span[0], event.span[1], event.evidence))
        members.extend((event.id, actor, position) for position, actor in enumerate(event.actors))
    return events_rows, sources, members


def actor_rows(records: Iterable[dict[str, dict[str, Any]] | None]) -> list[tuple]:
    """``actors`` rows of the documents' actor records: the first record of each code (the one a store that
    ignores a taken code keeps)."""
    found: dict[str, tuple] = {}
    for actors in records:
        for code, record in (actors or {}).items():
            if code not in found:
                found[code] = (code, record.get("name"), record.get("kind"), record.get("qid"),
                               record.get("valid_from"), record.get("valid_to"))
    return list(found.values())


def key_rows(added: Iterable[tuple[str, str]], events: dict[str, tuple], actors_before: dict[str, list[str]]) -> list[tuple]:
    """``event_keys`` rows for the event actors ``added`` (event id, actor; in the order they were stored).

    ``events``: event id -> (date_begin, date_end, type, polarity, goldstein) as stored; ``actors_before``: the
    actors an event already had before them (only events stored by an earlier write have any). An actor gets
    its own row and one with each actor of the event stored before it, a pair keyed (lesser, greater). Sorted by
    key, the order of the table's B-tree (SQLite then inserts a fifth faster, more than the sort costs); a row
    met twice is left for the store to ignore, as it ignored the trigger's.
    """
    found: list[tuple] = []
    append = found.append
    present: dict[str, list[str]] = {}
    for event_id, actor in added:
        values = events.get(event_id)
        if values is None:  # no such event stored: the store refuses the actor (foreign key) before it matters
            continue
        begin, end, kind, polarity, goldstein = values
        if begin is None:
            begin = UNDATED
        if end is None:
            end = UNDATED
        append((actor, "", begin, end, event_id, kind, polarity, goldstein))
        others = present.get(event_id)
        if others is None:
            others = present[event_id] = list(actors_before.get(event_id, ()))
        for other in others:
            if other < actor:
                append((other, actor, begin, end, event_id, kind, polarity, goldstein))
            elif other > actor:
                append((actor, other, begin, end, event_id, kind, polarity, goldstein))
        others.append(actor)
    found.sort()
    return found
