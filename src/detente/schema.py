"""The event JSON contract as a JSON Schema, and a validator that needs no third-party package.

``event_schema()`` describes one line of ``detente extract``/``export --format jsonl``
(:func:`detente.export.event_record`): the contract keys are required, the extra
keys allowed, every value typed, the CAMEO codes and PLOVER types those of
the code table (``data/cameo.json``). ``validate_event(record)`` returns the list of
problems (empty when the record is valid), each naming the field; it
understands the part of JSON Schema this schema uses (type, anyOf, enum, pattern, minLength,
minimum/maximum, items, minItems/maxItems, required, properties), so the same
dictionary can be handed to any JSON Schema tool. ``check_event(event, text)``
adds what a schema cannot say: the spans lie inside the document's text and
the evidence is the text under its span. ``python -m detente.schema`` prints the schema as JSON.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from detente.export import CONTRACT_FIELDS, event_record
from detente.model import POLARITIES, Event
from detente.resources import load_json

_DATE = r"^\d{2,4}(-\d{2}){0,2}(/\d{2,4}(-\d{2}){0,2})?$"  # 1941, 1933-11, 1941-01-10, 194, 1939/1941-06
_SPAN = {"type": "array", "items": {"type": "integer", "minimum": 0}, "minItems": 2, "maxItems": 2}
_CODE = {"type": ["string", "null"], "minLength": 1}


@functools.cache
def event_schema() -> dict[str, Any]:
    """The JSON Schema of one event record (a dict any JSON Schema tool accepts)."""
    table = load_json("cameo.json")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://detente.invalid/schema/event.json",
        "title": "detente event",
        "type": "object",
        "required": list(CONTRACT_FIELDS),
        "properties": {
            "id": {"type": "string", "pattern": r"^[0-9a-f]{8,64}$"},
            "doc": {"type": "string", "minLength": 1},
            "date": {"type": ["string", "null"], "pattern": _DATE},
            "date_text": {"type": ["string", "null"]},
            "source": _CODE,
            "target": _CODE,
            "actors": {"type": "array", "items": {"type": "string", "minLength": 1}},
            "type": {"type": "string", "enum": sorted({code["type"] for code in table.values()})},
            "cameo": {"type": "string", "enum": sorted(table)},
            "goldstein": {"type": "number", "minimum": -10, "maximum": 10},
            "quad": {"type": "integer", "enum": [0, 1, 2, 3, 4]},
            "polarity": {"type": "string", "enum": list(POLARITIES)},
            "evidence": {"type": "string", "minLength": 1},
            "span": _SPAN,
            "precision": {"type": ["string", "null"]},
            "date_source": {"type": ["string", "null"]},
            "mode": {"type": ["string", "null"]},
            "modality": {"type": "string", "minLength": 1},
            "trigger": {"type": "string"},
            "trigger_span": {"anyOf": [_SPAN, {"type": "null"}]},
            "doc_id": {"type": "string"},
            "title": {"type": ["string", "null"]},
            **{f"{role}_cameo": _CODE for role in ("source", "target")},
            **{f"{role}_cow": {"type": ["integer", "null"], "minimum": 1} for role in ("source", "target")},
            **{f"{role}_qid": {"type": ["string", "null"], "pattern": r"^Q[0-9]+$"} for role in ("source", "target")},
        },
    }


_TYPES = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
    "null": lambda v: v is None,
    "boolean": lambda v: isinstance(v, bool),
}


def validate(value: Any, schema: dict[str, Any], where: str = "$") -> list[str]:
    """Problems of ``value`` against ``schema`` (the subset of JSON Schema described in the module docstring)."""
    if "anyOf" in schema:
        options = [validate(value, option, where) for option in schema["anyOf"]]
        return [] if any(not problems for problems in options) else min(options, key=len)
    kinds = schema.get("type")
    if kinds is not None:
        kinds = [kinds] if isinstance(kinds, str) else kinds
        if not any(_TYPES[kind](value) for kind in kinds):
            return [f"{where}: {value!r} is not of type {' or '.join(kinds)}"]
    if value is None:
        return []
    problems: list[str] = []
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{where}: {value!r} is not one of {schema['enum']}")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            problems.append(f"{where}: empty string")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            problems.append(f"{where}: {value!r} does not match {schema['pattern']}")
    if isinstance(value, int | float) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            problems.append(f"{where}: {value} is below {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            problems.append(f"{where}: {value} is above {schema['maximum']}")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0) or len(value) > schema.get("maxItems", len(value)):
            problems.append(f"{where}: {len(value)} items, not between {schema.get('minItems', 0)} and {schema.get('maxItems')}")
        for index, item in enumerate(value):
            problems += validate(item, schema.get("items", {}), f"{where}[{index}]")
    if isinstance(value, dict):
        problems += [f"{where}: missing required key {key!r}" for key in schema.get("required", []) if key not in value]
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                problems += validate(value[key], sub, f"{where}.{key}")
    return problems


def validate_event(record: dict[str, Any]) -> list[str]:
    """Problems of one event record (a line of the JSONL export) against :func:`event_schema`; empty when valid."""
    return validate(record, event_schema())


def check_event(event: Event, text: str) -> list[str]:
    """Schema problems of ``event`` plus its spans checked against the document ``text`` it came from."""
    problems = validate_event(event_record(event))
    for name in ("span", "trigger_span"):
        span = getattr(event, name)
        if span is None:
            continue
        start, end = span
        if not 0 <= start <= end <= len(text):
            problems.append(f"$.{name}: {list(span)} lies outside the text (length {len(text)})")
    if not problems and text[event.span[0] : event.span[1]] != event.evidence:
        problems.append("$.evidence: not the text under $.span")
    if event.trigger_span and not problems:
        start, end = event.trigger_span
        if not event.span[0] <= start <= end <= event.span[1]:
            problems.append(f"$.trigger_span: {list(event.trigger_span)} lies outside the sentence {list(event.span)}")
    if event.source is not None and event.source not in event.actors:
        problems.append(f"$.source: {event.source!r} is not among the actors {event.actors}")
    if event.target is not None and event.target not in event.actors:
        problems.append(f"$.target: {event.target!r} is not among the actors {event.actors}")
    return problems


if __name__ == "__main__":  # python -m detente.schema > event.schema.json: the schema for other tools
    import json

    print(json.dumps(event_schema(), indent=2, ensure_ascii=False))
