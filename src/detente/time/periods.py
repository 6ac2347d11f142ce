"""Named periods ("the Cold War") and anchor events ("the fall of Paris") from periods.json."""

from __future__ import annotations

import re
from functools import cache

from detente.model import TimeExpr
from detente.resources import load_json

# Only after these words is an event name a time anchor ("after Germany's defeat").
ANCHOR_WORDS = re.compile(r"(?i:\b(after|before|since|until|till|following|by\s+the\s+time\s+of|at\s+the\s+time\s+of|on\s+the\s+eve\s+of|in\s+the\s+wake\s+of))\s+$")


def _pattern(names: list[str]) -> re.Pattern:
    alternatives = sorted({re.escape(name).replace(r"\ ", r"\s+").replace("'", "['’]") for name in names}, key=len, reverse=True)
    return re.compile(r"(?i)(?<![\w-])(?:the\s+)?(?:" + "|".join(alternatives) + r")(?![\w-])")


@cache
def tables() -> tuple[re.Pattern, re.Pattern, dict[str, dict]]:
    """(period pattern, event pattern, lower-cased name -> entry)."""
    entries = load_json("periods.json")["entries"]
    by_name = {}
    for entry in entries:
        for name in entry["names"]:
            by_name[_key(name)] = entry
    periods = [name for entry in entries if entry["kind"] == "period" for name in entry["names"]]
    events = [name for entry in entries if entry["kind"] == "event" for name in entry["names"]]
    return _pattern(periods), _pattern(events), by_name


def _key(name: str) -> str:
    name = " ".join(name.lower().replace("’", "'").split())
    return name[4:] if name.startswith("the ") else name


def entry_for(name: str) -> dict | None:
    return tables()[2].get(_key(name))


def period_label(entry: dict) -> str:
    cut = {"day": 10, "month": 7}.get(entry["precision"], 4)
    begin, until = entry["begin"][:cut], entry["until"][:cut]
    return begin if begin == until else f"{begin}/{until}"


def find_periods(text: str) -> list[TimeExpr]:
    """Named periods anywhere, and anchor events where a word like "after" makes them a time."""
    period_re, event_re, _ = tables()
    found = []
    for match in period_re.finditer(text):
        entry = entry_for(match.group())
        if entry is None:
            continue
        if match.group().lower() in ("detente", "the detente", "thaw", "the thaw", "depression") and not match.group()[0].isupper() and "é" not in match.group():
            continue  # lower-case "detente"/"depression" is more often the word than the era
        found.append(_period_expr(match.start(), match.end(), text, entry, "period"))
    for match in event_re.finditer(text):
        if ANCHOR_WORDS.search(text[max(0, match.start() - 30) : match.start()]):
            entry = entry_for(match.group())
            if entry is not None:
                found.append(_period_expr(match.start(), match.end(), text, entry, "event"))
    return found


def _period_expr(start: int, end: int, text: str, entry: dict, anchor: str) -> TimeExpr:
    return TimeExpr(
        start=start, end=end, text=text[start:end], type="DATE", value=period_label(entry),
        begin=entry["begin"], until=entry["until"], precision=entry["precision"], anchor=anchor, layer="period",
    )
