"""The merged timeline as TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html).

One slide per dated timeline event, its text the chosen evidence and every source (escaped HTML), with
the disagreeing versions when sources disagree; dates at the precision the texts give (a year stays a
year, a month a month, a decade "1940s", a range has an end date); eras from the periods (of the pair,
when one is given; else the periods the texts state).
"""

from __future__ import annotations

import calendar
import json
from html import escape
from pathlib import Path


def date_parts(value: str) -> tuple[dict, dict | None]:
    """TimelineJS start and end date objects of an event date ("1941", "1933-11", "1941-06-22", "1939/1941", a decade
    "194", a century "19", or a range of them: "194/195")."""
    first, _, last = value.partition("/")
    start = _one(first, low=True)
    if not last:
        if _span(first):  # a decade or a century alone: from its first year to its last
            return start, _one(first, low=False)
        return start, None
    end = _one(last, low=False)
    display = f"{start['display_date']} – {end['display_date']}"
    start["display_date"] = end["display_date"] = display
    return start, end


def _span(value: str) -> bool:
    """A decade ("194") or a century ("19")."""
    return len(value) in (2, 3) and value.isdigit()


def _one(value: str, low: bool = True) -> dict:
    if _span(value):
        if len(value) == 3:
            return {"year": int(value + ("0" if low else "9")), "display_date": f"{value}0s"}
        century = int(value)
        return {"year": century * 100 + (0 if low else 99), "display_date": f"{_ordinal(century + 1)} century"}
    parts = value.split("-")
    record: dict = {"year": int(parts[0])}
    if len(parts) >= 2:
        record["month"] = int(parts[1])
    if len(parts) >= 3:
        record["day"] = int(parts[2])
    if "day" in record:
        record["display_date"] = f"{calendar.month_name[record['month']]} {record['day']}, {record['year']}"
    elif "month" in record:
        record["display_date"] = f"{calendar.month_name[record['month']]} {record['year']}"
    else:
        record["display_date"] = str(record["year"])
    return record


def _ordinal(number: int) -> str:
    suffix = "th" if number % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def slide(record: dict, sources: list[dict]) -> dict:
    """One TimelineJS slide for a timeline event and its sources."""
    start, end = date_parts(record["date"])
    actors = " – ".join(record["actors"].values()) if isinstance(record.get("actors"), dict) else ""
    headline = f"{actors}: {record['type'].lower()}" if actors else record["type"].lower()
    body = [f"<p>{escape(record['evidence'])}</p>"]
    if record.get("conflict"):
        versions = json.loads(record["versions"])
        told = "; ".join(f"{escape(v['date'])} ({v['support']} source{'s' if v['support'] != 1 else ''})" for v in versions["dates"])
        kinds = "; ".join(f"{escape(v['type'])} ({v['support']})" for v in versions["types"])
        body.append(f"<p><b>Sources disagree</b> ({escape(record['conflict'])}): dates {told}; types {kinds}</p>")
    items = "".join(
        f"<li>{escape(Path(source['doc']).name)} ({escape(source['date'] or 'undated')}): “{escape(source['evidence'])}”</li>"
        for source in sources
    )
    body.append(f"<p>{len(sources)} source{'s' if len(sources) != 1 else ''}:</p><ul>{items}</ul>")
    result = {"start_date": start, "text": {"headline": escape(headline), "text": "".join(body)},
              "group": record["polarity"], "unique_id": record["id"]}
    if end:
        result["end_date"] = end
    return result


def era(start: int, end: int, label: str) -> dict:
    return {"start_date": {"year": start}, "end_date": {"year": max(end, start)}, "text": {"headline": escape(label)}}


def timelinejs(store, actor_codes: list[str] | None = None) -> dict:
    """The TimelineJS document of the whole timeline, or of one pair (then eras are its periods)."""
    title, records, eras = _contents(store, actor_codes)
    doc_ids: set[str] = set()
    events = list(slides(store, records, doc_ids))
    return {"title": title_slide(title, len(records), len(doc_ids)), "events": events, "eras": eras}


def write(store, out, actor_codes: list[str] | None = None) -> int:
    """Write the TimelineJS document to ``out`` slide by slide (the sources of a few hundred events in memory at a
    time, not every source of a large store); the title, which counts the documents, comes last. Returns the slides."""
    title, records, eras = _contents(store, actor_codes)
    doc_ids: set[str] = set()
    out.write('{"events": [')
    count = 0
    for item in slides(store, records, doc_ids):
        out.write(("," if count else "") + "\n" + json.dumps(item, ensure_ascii=False))
        count += 1
    out.write('\n], "eras": ' + json.dumps(eras, ensure_ascii=False))
    out.write(',\n"title": ' + json.dumps(title_slide(title, count, len(doc_ids)), ensure_ascii=False) + "}\n")
    return count


def _contents(store, actor_codes: list[str] | None) -> tuple[str, list[dict], list[dict]]:
    """The title, the dated timeline records in date order and the eras of the document."""
    from detente.timeline.merge import sync

    sync(store)
    eras = []
    if actor_codes:
        from detente.timeline.index import pair_families
        from detente.timeline.periods import periods

        families = pair_families(actor_codes)
        records = store.timeline_records(families)
        for period in periods(store, actor_codes):
            eras.append(era(period.start, period.end, f"{period.label} ({period.kind})"))
        title = f"{actor_codes[0]}–{actor_codes[1]}"
    else:
        records = store.timeline_records()
        seen = set()
        for row in store.stated_period_rows():
            key = (row["label"].lower(), row["start_year"], row["end_year"])
            if key not in seen:
                seen.add(key)
                eras.append(era(row["start_year"], row["end_year"], row["label"]))
        title = "detente timeline"
    return title, [record for record in records if record["date"]], eras


def slides(store, records: list[dict], doc_ids: set[str], chunk: int = 500):
    """The slides of ``records`` in their order, reading their sources a chunk at a time; adds the documents seen
    to ``doc_ids``."""
    for begin in range(0, len(records), chunk):
        part = records[begin : begin + chunk]
        sources = store.timeline_sources([record["id"] for record in part])
        for items in sources.values():
            doc_ids.update(source["doc_id"] for source in items)
        for record in part:
            yield slide(record, sources.get(record["id"], []))


def title_slide(title: str, events: int, documents: int) -> dict:
    return {"text": {"headline": escape(title), "text": f"{events} events from {documents} documents"}}
