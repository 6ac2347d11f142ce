"""Disagreements: sources that date or type one happening differently.

Every version is kept with its sources; the timeline event takes the best-supported one by this rule:

- **date**: each distinct date the members give is a version; its *support* is the number of distinct
  documents whose date for the happening overlaps it. The chosen date has the most support, then the
  narrowest interval (the most precise), then the earliest document id (content hash: arbitrary but stable).
  The event is flagged ``date`` when some source's date does not overlap the chosen one.
- **type**: each distinct PLOVER type is a version, supported by the documents that give it. The chosen type
  has the most documents, then is one that a source of the chosen date gives, then comes first by name.
  The event is flagged ``type`` when its documents do not all give the same types (one sentence the coder
  read two ways keeps both versions but is no disagreement between sources).

The representative event (whose actors, CAMEO code, Goldstein score and evidence the timeline event shows)
is a member with the chosen date and type: the one whose CAMEO code most documents give, then the narrowest
date, the earliest document id, the smallest event id.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date

from detente.model import Event, date_bounds


@dataclass
class Choice:
    date: str | None
    precision: str | None
    interval: tuple[str, str] | None
    type: str
    representative: Event
    conflict: str | None  # None | "date" | "type" | "date,type"
    versions: dict


def _interval(event: Event) -> tuple[str, str] | None:
    begin, end = date_bounds(event.date)
    return (begin, end) if begin and end else None


def _width(interval: tuple[str, str]) -> int:
    return Date.fromisoformat(interval[1]).toordinal() - Date.fromisoformat(interval[0]).toordinal()


def _overlap(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def resolve(events: list[Event]) -> Choice:
    """The best-supported date and type of one happening, its versions and its conflict flag (rule above)."""
    dated = [(event, _interval(event)) for event in events]
    dated = [(event, interval) for event, interval in dated if interval]
    date_versions = []
    for value in sorted({event.date for event, _ in dated}):
        interval = next(interval for event, interval in dated if event.date == value)
        givers = [event for event, _ in dated if event.date == value]
        supporters = {event.doc_id for event, other in dated if _overlap(interval, other)}
        date_versions.append({
            "date": value, "precision": givers[0].precision, "interval": interval, "support": len(supporters),
            "first_doc": min(event.doc_id for event in givers),
            "sources": sorted(({"event": e.id, "doc": e.doc, "evidence": e.evidence} for e in givers), key=lambda s: (s["doc"], s["event"])),
        })
    date_versions.sort(key=lambda v: (-v["support"], _width(v["interval"]), v["first_doc"], v["date"]))
    chosen_date = date_versions[0] if date_versions else None
    flags = []
    if chosen_date and any(not _overlap(chosen_date["interval"], interval) for _, interval in dated):
        flags.append("date")

    on_date = [event for event in events if chosen_date is None or event.date == chosen_date["date"]]
    types = []
    for kind in sorted({event.type for event in events}):
        givers = [event for event in events if event.type == kind]
        types.append({
            "type": kind, "support": len({event.doc_id for event in givers}),
            "on_chosen_date": any(event.type == kind for event in on_date),
            "sources": sorted(({"event": e.id, "doc": e.doc, "cameo": e.cameo} for e in givers), key=lambda s: (s["doc"], s["event"])),
        })
    types.sort(key=lambda v: (-v["support"], not v["on_chosen_date"], v["type"]))
    chosen_type = types[0]["type"]
    per_document: dict[str, set[str]] = {}
    for event in events:
        per_document.setdefault(event.doc_id, set()).add(event.type)
    if len({frozenset(kinds) for kinds in per_document.values()}) > 1:  # the sources, not one source's two readings
        flags.append("type")

    pool = [event for event in on_date if event.type == chosen_type] or on_date or events
    cameo_docs: dict[str, set[str]] = {}
    for event in events:
        cameo_docs.setdefault(event.cameo, set()).add(event.doc_id)
    representative = min(pool, key=lambda e: (-len(cameo_docs[e.cameo]), _width(_interval(e)) if _interval(e) else 10**9,
                                              e.doc_id, e.id))
    for version in date_versions:
        version["interval"] = list(version["interval"])
        del version["first_doc"]
    for version in types:
        del version["on_chosen_date"]
    return Choice(
        date=chosen_date["date"] if chosen_date else None,
        precision=representative.precision if chosen_date else None,
        interval=tuple(chosen_date["interval"]) if chosen_date else None,
        type=chosen_type, representative=representative, conflict=",".join(flags) or None,
        versions={"dates": date_versions, "types": types},
    )


def conflicts(store, families: list[str] | None = None, kind: str | None = None) -> list[dict]:
    """Timeline events whose sources disagree (``kind`` "date" or "type" to keep one kind), with every version."""
    import json

    from detente.timeline.merge import sync

    sync(store)
    found = []
    for record in store.timeline_records(families or (), conflicts_only=True):
        if kind and kind not in record["conflict"].split(","):
            continue
        versions = json.loads(record["versions"])
        found.append({
            "id": record["id"], "date": record["date"], "type": record["type"], "conflict": record["conflict"],
            "actors": list(record["actors"].values()), "evidence": record["evidence"],
            "documents": record["documents"], "dates": versions["dates"], "types": versions["types"],
        })
    return found
