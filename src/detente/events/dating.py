"""Dates for events and sentences, from the text's own time expressions.

Order of evidence for an event: a date in its clause, else in its sentence
(the nearest to the trigger), else a named period in the sentence ("during
World War II"), else the section's heading or timeline-entry date, else the
narrative time set by a recent sentence of the same section; in news, the
publication date last.  Never the publication date of a history.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from detente.model import Document, Section, TimeExpr
from detente.time import event_date

_FROM = re.compile(r"\b(?:from|between)\s+(?:about|around|circa|c\.|roughly|approximately)?\s*$", re.I)
_TO = re.compile(r"\b(?:to|until|till|through|and|into)\b", re.I)
_ORDER = {"day": 0, "month": 1, "season": 2, "quarter": 2, "year": 3, "decade": 4, "century": 5}


@dataclass(slots=True)
class Dated:
    label: str
    text: str
    begin: str
    until: str
    precision: str | None
    source: str  # clause | sentence | period | section | narrative | publication


def label_of(first: TimeExpr, last: TimeExpr | None = None) -> str | None:
    """ISO label of one expression, or of a range between two ("1947/1991-12-25")."""
    left = event_date(first)
    if left is None:
        return None
    if last is None or last is first:
        return left
    right = event_date(last)
    if right is None:
        return left
    return f"{left.split('/')[0]}/{right.split('/')[-1]}"


def _dated(first: TimeExpr, last: TimeExpr | None, source: str, text: str) -> Dated | None:
    label = label_of(first, last)
    end = last or first
    if label is None or not first.begin or not end.until:
        return None
    precision = first.precision if last is None or last is first else "range"
    return Dated(label, text, first.begin, end.until, precision, source)


def datable(doc: Document) -> list[TimeExpr]:
    """Calendar-dated expressions of the document (DATE timexes and named periods with an interval)."""
    return [t for t in doc.timexes if t.begin and t.until and (t.layer == "period" or t.type == "DATE")]


def units(doc: Document, timexes: list[TimeExpr], start: int, end: int) -> list[tuple[int, int, TimeExpr, TimeExpr | None]]:
    """Dating units within [start, end): single expressions, ranges, and 'from X ... to Y' spans."""
    inside = [t for t in timexes if start <= t.start and t.end <= end and t.layer == "timex"]
    result = []
    used: set[int] = set()
    for index, timex in enumerate(inside):
        if index in used:
            continue
        partner = None
        for other_index in range(index + 1, len(inside)):
            other = inside[other_index]
            if timex.range is not None and other.range == timex.range:
                partner = other
                used.add(other_index)
                break
            between = doc.text[timex.end : other.start]
            if _FROM.search(doc.text[max(start, timex.start - 25) : timex.start]) and len(between) <= 120 and _TO.search(between[:12]):
                partner = other
                used.add(other_index)
                break
            break
        result.append((timex.start, (partner or timex).end, timex, partner))
    return result


def date_event(
    doc: Document,
    timexes: list[TimeExpr],
    sentence_span: tuple[int, int],
    clause_span: tuple[int, int],
    trigger_span: tuple[int, int],
    section: Section,
    section_date: Dated | None,
    narrative: Dated | None,
    news: bool,
) -> Dated | None:
    candidates = units(doc, timexes, *sentence_span)
    best: Dated | None = None
    if candidates:
        def distance(unit: tuple[int, int, TimeExpr, TimeExpr | None]) -> int:
            start, end = unit[0], unit[1]
            gap = max(trigger_span[0] - end, start - trigger_span[1], 0)
            in_clause = clause_span[0] <= start and end <= clause_span[1]
            return gap + (0 if in_clause else 10_000)

        start, end, first, last = min(candidates, key=distance)
        in_clause = clause_span[0] <= start and end <= clause_span[1]
        best = _dated(first, last, "clause" if in_clause else "sentence", doc.text[start:end])
    if best is None:
        periods = [t for t in timexes if t.layer == "period" and sentence_span[0] <= t.start and t.end <= sentence_span[1] and t.begin]
        if periods:
            nearest = min(periods, key=lambda t: abs(t.start - trigger_span[0]))
            best = _dated(nearest, None, "period", nearest.text)
    if best is not None and section_date is not None and _refines(section_date, best):
        return Dated(section_date.label, section_date.text, section_date.begin, section_date.until, section_date.precision, "section")
    if best is not None:
        return best
    if section_date is not None:
        return section_date
    if narrative is not None:
        return narrative
    if news and doc.published:
        return Dated(doc.published, doc.published, doc.published, doc.published, "day", "publication")
    return None


def _refines(outer: Dated, inner: Dated) -> bool:
    """Whether ``outer`` (a section date) is a more precise date lying inside ``inner``."""
    return (
        inner.begin <= outer.begin
        and outer.until <= inner.until
        and (outer.begin, outer.until) != (inner.begin, inner.until)
        and _ORDER.get(outer.precision or "", 9) < _ORDER.get(inner.precision or "", 9)
    )


def section_dates(doc: Document, timexes: list[TimeExpr]) -> list[Dated | None]:
    """The date each section's date line or heading gives, if any."""
    result: list[Dated | None] = []
    for section in doc.sections:
        span = section.date_span or section.heading_span
        dated = None
        if span:
            found = units(doc, timexes, *span)
            if found:
                start, end, first, last = found[0] if len(found) == 1 else (found[0][0], found[-1][1], found[0][2], found[-1][3] or found[-1][2])
                dated = _dated(first, last, "section", doc.text[start:end])
        result.append(dated)
    return result
