"""Time expressions: find, normalize (TIMEX3) and anchor them.

Public contract (the pipeline and the CLI rely on it):

    tag(text, *, dct=None, mode="auto", sections=()) -> list[TimeExpr]
    event_date(t) -> str | None
    timex_record(t) -> dict

``tag`` returns every time expression (``layer="timex"``) and named period
(``layer="period"``) in ``text``, sorted by start offset, with relative and
underspecified expressions anchored (news: to ``dct``; narrative: to the
story's current time, reset by each section's heading date).

Conventions worth knowing when dating events by these expressions:

- ``begin``/``until`` is the interval an expression points to, whatever its
  TIMEX3 type: "Sunday night" is a DATE valued ``...TNI`` with its day as interval;
  in news, "three days later" is TimeBank's DURATION ``P3D`` whose interval is
  the day it points to.  A span with no interval ("for three days", "a year
  after the death of X" when X is no known event) has ``begin=None``.
- In histories, "today"/"yesterday" are the writer's days (the DCT), and they
  never move the story's time; asides ("(it would last until 1944)") and
  counts ("1500 sailors") do not move it either.
- News anchors bare months and weekdays by tense: ahead when the clause is
  future or the month is at most two ahead, otherwise the latest one.

The package is split by concern: ``grammar`` (one compiled pattern and the
candidate starts), ``normalize`` (calendar forms), ``relative`` (forms counted
from a reference), ``cues`` (tense, counts, spelled numbers), ``calendar``
(intervals and holidays), ``periods`` (named eras and anchor events) and
``tagger`` (the walk that keeps the story's time).
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.model import Section, TimeExpr
from detente.time.tagger import choose_mode
from detente.time.tagger import tag as _tag

__all__ = ["tag", "event_date", "timex_record", "choose_mode"]


def tag(text: str, *, dct: str | None = None, mode: str = "auto", sections: Sequence[Section] | None = ()) -> list[TimeExpr]:
    """Every time expression and named period of ``text``; never raises on a string (``sections`` None is none)."""
    try:
        return _tag(text, dct=dct, mode=mode, sections=sections or ())
    except RecursionError:  # pragma: no cover - the grammar has no recursion; kept as a last guard
        return []


_CUT = {"day": 10, "week": 10, "month": 7, "season": 7, "quarter": 7, "half": 7, "year": 4}


def event_date(t: TimeExpr) -> str | None:
    """The event-date label at the text's precision ("1941", "1933-11", "194", "1939/1945"); None without an interval."""
    if not t.begin or not t.until or t.begin.startswith("-") or t.until.startswith("-"):
        return None
    precision = t.precision or "day"
    if precision == "decade" and not t.mod and t.value[:3].isdigit() and len(t.value) == 3:
        return t.value
    if precision == "century" and not t.mod and len(t.value) == 2 and t.value.isdigit():
        return t.value
    cut = _CUT.get(precision, 4)
    begin, until = t.begin[:cut], t.until[:cut]
    return begin if begin == until else f"{begin}/{until}"


def timex_record(t: TimeExpr) -> dict:
    """The scorer's view of one expression: start, end, text, type, value, mod."""
    return {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value, "mod": t.mod}
