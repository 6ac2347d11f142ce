"""Events out: JSON Lines (the contract other tools read), CSV, a terminal table; the merged timeline as TimelineJS."""

from __future__ import annotations

import csv
import functools
import json
from collections.abc import Iterable
from typing import IO

from detente.actors import entity
from detente.model import Event

# The event JSON contract: these keys, in this order, always present. Extend, never rename.
CONTRACT_FIELDS = (
    "id", "doc", "date", "date_text", "source", "target", "actors", "type", "cameo", "goldstein", "quad",
    "polarity", "evidence", "span",
)
EXTRA_FIELDS = ("precision", "date_source", "mode", "modality", "trigger", "trigger_span", "doc_id", "title")
# The same source and target as other tools name them, so our events join their data: the CAMEO actor code
# (a historical state without one of its own gets its single successor's, as CAMEO coders write it), the
# Correlates of War state number, and the Wikidata item. None where the entity has no such code.
ACTOR_ID_FIELDS = ("source_cameo", "target_cameo", "source_cow", "target_cow", "source_qid", "target_qid")


@functools.lru_cache(maxsize=4096)
def actor_ids(code: str | None) -> tuple[str | None, int | None, str | None]:
    """(CAMEO code, COW number, Wikidata QID) of an actor code."""
    record = entity(code) if code else None
    if record is None:
        return None, None, None
    cameo = (record.get("cameo") or {}).get("code")
    return cameo, record.get("cow"), record.get("qid")


def event_record(event: Event) -> dict:
    data = event.to_dict()
    record = {key: data[key] for key in CONTRACT_FIELDS}
    record.update({key: data[key] for key in EXTRA_FIELDS})
    (source_cameo, source_cow, source_qid), (target_cameo, target_cow, target_qid) = (
        actor_ids(data["source"]), actor_ids(data["target"]))
    record.update(source_cameo=source_cameo, target_cameo=target_cameo, source_cow=source_cow,
                  target_cow=target_cow, source_qid=source_qid, target_qid=target_qid)
    return record


def write_jsonl(events: Iterable[Event], out: IO[str]) -> int:
    count = 0
    for event in events:
        out.write(json.dumps(event_record(event), ensure_ascii=False) + "\n")
        count += 1
    return count


# A text cell a spreadsheet would run as a formula (=, +, -, @, a tab or a carriage return first): documents are
# untrusted, and an id, a title or a sentence such as '=HYPERLINK("http://...")' must open as the text it is.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> object:
    """A CSV cell: None empty, text that starts like a formula kept as text by a leading apostrophe (OWASP's rule)."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(events: Iterable[Event], out: IO[str]) -> int:
    writer = csv.writer(out, lineterminator="\n")
    columns = CONTRACT_FIELDS + EXTRA_FIELDS + ACTOR_ID_FIELDS
    writer.writerow(columns)
    count = 0
    for event in events:
        record = event_record(event)
        record["actors"] = ";".join(record["actors"])
        record["span"] = f"{record['span'][0]}-{record['span'][1]}"
        record["trigger_span"] = f"{record['trigger_span'][0]}-{record['trigger_span'][1]}" if record["trigger_span"] else ""
        writer.writerow([csv_cell(record[key]) for key in columns])
        count += 1
    return count


def write_table(events: Iterable[Event], out: IO[str], width: int | None = None) -> int:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=False, expand=False)
    for column in ("date", "source", "target", "type", "cameo", "goldstein", "polarity", "evidence", "doc"):
        table.add_column(column, overflow="fold")
    count = 0
    for event in events:
        cells = (event.date or "—", event.source or "", event.target or "", event.type, event.cameo, f"{event.goldstein:+.1f}",
                 event.polarity, _short(event.evidence, 110), event.doc)
        table.add_row(*(Text(cell) for cell in cells))  # Text: brackets in evidence or paths are not rich markup
        count += 1
    Console(file=out, width=width or 200, highlight=False, soft_wrap=False).print(table)
    return count


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def write_timelinejs(store, out: IO[str], actor_codes: list[str] | None = None) -> int:
    """The merged timeline (of a pair, when given) as one TimelineJS JSON document; returns the slides written."""
    from detente.timeline import timelinejs

    return timelinejs.write(store, out, actor_codes)


# A merged timeline event as ``detente timeline --merged --format jsonl`` writes it: one happening, the reading the
# merge chose (date, type, score), the sentence that speaks for it, ``conflict`` ("date", "type" or both, comma
# separated; null when its sources agree) and every source with what that source says.
TIMELINE_FIELDS = (
    "id", "date", "precision", "begin", "end", "source", "target", "actors", "type", "cameo", "goldstein", "quad",
    "polarity", "conflict", "evidence", "source_count", "sources",
)
TIMELINE_SOURCE_FIELDS = (
    "doc", "doc_id", "title", "url", "published", "date", "precision", "type", "polarity", "goldstein", "evidence",
    "span", "event_id",
)


def timeline_record(record: dict) -> dict:
    """A merged timeline event (:func:`detente.query.merged_timeline`) in the export's field order."""
    out = {field: record.get(field) for field in TIMELINE_FIELDS if field != "sources"}
    out["sources"] = [{field: source.get("origin" if field == "doc" else field) for field in TIMELINE_SOURCE_FIELDS}
                      for source in record.get("sources", [])]
    return out


def write_timeline(records: Iterable[dict], out: IO[str], fmt: str) -> int:
    """The merged timeline as JSON Lines (every source), CSV (one row a happening) or a terminal table."""
    if fmt == "jsonl":
        count = 0
        for record in records:
            out.write(json.dumps(timeline_record(record), ensure_ascii=False) + "\n")
            count += 1
        return count
    if fmt == "csv":
        writer = csv.writer(out)
        columns = [field for field in TIMELINE_FIELDS if field != "sources"] + ["documents"]
        writer.writerow(columns)
        count = 0
        for record in records:
            flat = timeline_record(record)
            flat["actors"] = ";".join(flat["actors"] or [])
            flat["documents"] = " | ".join(dict.fromkeys(s["doc"] or s["doc_id"] or "" for s in flat["sources"]))
            writer.writerow([csv_cell(flat[column]) for column in columns])
            count += 1
        return count
    return _timeline_table(records, out)


def _timeline_table(records: Iterable[dict], out: IO[str], width: int | None = None) -> int:
    from pathlib import PurePath

    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=False, expand=False)
    for column in ("date", "source", "target", "type", "goldstein", "polarity", "sources", "conflict", "evidence", "docs"):
        table.add_column(column, overflow="fold")
    count = 0
    for record in records:
        documents = dict.fromkeys(PurePath(s.get("origin") or s.get("doc_id") or "").name for s in record.get("sources", []))
        cells = (record["date"] or "—", record["source"] or "", record["target"] or "", record["type"],
                 f"{record['goldstein']:+.1f}", record["polarity"], str(record.get("source_count") or len(record.get("sources", []))),
                 record.get("conflict") or "", _short(record.get("evidence") or "", 100), _short(", ".join(documents), 60))
        table.add_row(*(Text(cell) for cell in cells))  # Text: brackets in evidence or paths are not rich markup
        count += 1
    Console(file=out, width=width or 200, highlight=False, soft_wrap=False).print(table)
    return count


def write_events(events: Iterable[Event], out: IO[str], fmt: str) -> int:
    writers = {"jsonl": write_jsonl, "csv": write_csv, "table": write_table}
    return writers[fmt](events, out)
