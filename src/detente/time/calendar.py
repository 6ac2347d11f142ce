"""Calendar arithmetic on partial dates, and the TIMEX3 value and interval of each.

A partial date is a :class:`Point`: a year with optionally a month and a day.
BC years are negative (264 BC is -264); they have TIMEX values ("BC0264") and
intervals written with a leading minus, but no Python ``date``.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
QUARTER_MONTHS = {1: (1, 3), 2: (4, 6), 3: (7, 9), 4: (10, 12)}
PART_MOD = {"early": "START", "beginning": "START", "start": "START", "mid": "MID", "middle": "MID", "late": "END", "end": "END"}


@dataclass(slots=True, frozen=True)
class Point:
    year: int
    month: int | None = None
    day: int | None = None


@cache
def _days_in(year: int, month: int) -> int:
    """``calendar.monthrange(year, month)[1]``, once per month (it works out the month's first weekday too); an
    invalid month raises as it does, and a raise is not cached."""
    return calendar.monthrange(year, month)[1]


def valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= year <= 9999 and 1 <= month <= 12 and 1 <= day <= _days_in(year, month)


def last_day(year: int, month: int) -> int:
    """Days in the month; before AD 1 (no Python calendar) as in a common year: November 30, February 28."""
    return _days_in(year if 1 <= year <= 9999 else 2001, month)


def year_text(year: int) -> str:
    return f"BC{-year:04d}" if year < 0 else f"{year:04d}"


def _iso(year: int, month: int, day: int) -> str:
    return f"-{-year:04d}-{month:02d}-{day:02d}" if year < 0 else f"{year:04d}-{month:02d}-{day:02d}"


def iso_day(year: int, month: int, day: int) -> str:
    """An interval bound, a BC year written negative ("-0479-01-01")."""
    return _iso(year, month, day)


def day_fields(year: int, month: int, day: int) -> dict:
    iso = _iso(year, month, day)
    return {"value": iso if year > 0 else f"{year_text(year)}-{month:02d}-{day:02d}", "begin": iso, "until": iso, "precision": "day"}


def month_fields(year: int, month: int) -> dict:
    value = f"{year_text(year)}-{month:02d}"
    return {"value": value, "begin": _iso(year, month, 1), "until": _iso(year, month, last_day(year, month)), "precision": "month"}


def year_fields(year: int, mod: str | None = None) -> dict:
    first, last = (1, 12)
    if mod == "START":
        first, last = 1, 4
    elif mod == "MID":
        first, last = 5, 8
    elif mod == "END":
        first, last = 9, 12
    return {"value": year_text(year), "begin": _iso(year, first, 1), "until": _iso(year, last, last_day(year, last)), "precision": "year"}


def season_fields(year: int, season: str) -> dict:
    first, last = SEASON_MONTHS[season]
    end_year = year + 1 if season == "WI" else year
    return {"value": f"{year_text(year)}-{season}", "begin": _iso(year, first, 1), "until": _iso(end_year, last, last_day(end_year, last)), "precision": "season"}


def quarter_fields(year: int, quarter: int) -> dict:
    first, last = QUARTER_MONTHS[quarter]
    return {"value": f"{year_text(year)}-Q{quarter}", "begin": _iso(year, first, 1), "until": _iso(year, last, last_day(year, last)), "precision": "quarter"}


def decade_fields(decade: int, mod: str | None = None) -> dict:
    """``decade`` is the first year (1940); early/mid/late narrow the interval to about a third."""
    first, last = decade, decade + 9
    if mod == "START":
        last = decade + 3
    elif mod == "MID":
        first, last = decade + 3, decade + 6
    elif mod == "END":
        first = decade + 6
    return {"value": f"{decade // 10:03d}", "begin": _iso(first, 1, 1), "until": _iso(last, 12, 31), "precision": "decade"}


def century_fields(number: int, bc: bool = False, mod: str | None = None) -> dict:
    """The Nth century: TIMEX value N-1 ("19" for the 20th); interval 1900-1999 as usually meant."""
    if bc:  # BC years count down: the late 2nd century BC is 133-100 BC, the years nearest the era's turn
        mod = {"START": "END", "END": "START"}.get(mod, mod)
    start = (number - 1) * 100
    first, last = start, start + 99
    if mod == "START":
        last = start + 33
    elif mod == "MID":
        first, last = start + 33, start + 66
    elif mod == "END":
        first = start + 66
    if bc:
        return {"value": f"BC{number - 1:02d}", "begin": _iso(-(last + 1), 1, 1), "until": _iso(-(first + 1), 12, 31), "precision": "century"}
    if first < 1:
        first = 1
    return {"value": f"{number - 1:02d}", "begin": _iso(first, 1, 1), "until": _iso(last, 12, 31), "precision": "century"}


def millennium_fields(number: int, bc: bool = False, mod: str | None = None) -> dict:
    """The Nth millennium: TIMEX value N-1 ("1" for the second, 1000-1999; "BC1" for 1999-1000 BC)."""
    if bc:  # as with centuries: the late 2nd millennium BC is its last third, nearest 1000 BC
        mod = {"START": "END", "END": "START"}.get(mod, mod)
    start = (number - 1) * 1000
    first, last = start, start + 999
    if mod == "START":
        last = start + 333
    elif mod == "MID":
        first, last = start + 333, start + 666
    elif mod == "END":
        first = start + 666
    if bc:
        return {"value": f"BC{number - 1}", "begin": _iso(-(last + 1), 1, 1), "until": _iso(-(first + 1), 12, 31), "precision": "millennium"}
    return {"value": f"{number - 1}", "begin": _iso(max(first, 1), 1, 1), "until": _iso(last, 12, 31), "precision": "millennium"}


def part_of(begin: str, until: str, mod: str, most: int | None = None) -> tuple[str, str, str] | None:
    """The first, middle or last third of the interval begin..until (START, MID, END), at most ``most`` days long,
    with the precision it is told at: years for a span of years, months for one of months, days otherwise.
    None before AD 1."""
    try:
        first, last = date.fromisoformat(begin), date.fromisoformat(until)
    except ValueError:
        return None
    third = (last - first) / 3
    if most is not None and third.days > most:
        third = timedelta(days=most)
    if mod == "MID":
        middle = first + (last - first) / 2
        first, last = middle - third / 2, middle + third / 2
        mod = None
    if mod == "START":
        first, last = first, first + third
    elif mod == "END":
        first, last = last - third, last
    span = (last - first).days
    if span >= 700:
        return first.replace(month=1, day=1).isoformat(), last.replace(month=12, day=31).isoformat(), "year"
    if span >= 55:
        return first.replace(day=1).isoformat(), last.replace(day=last_day(last.year, last.month)).isoformat(), "month"
    return first.isoformat(), last.isoformat(), "day"


def week_fields(day: date) -> dict:
    year, week, _ = day.isocalendar()
    monday = day - timedelta(days=day.weekday())
    return {"value": f"{year:04d}-W{week:02d}", "begin": monday.isoformat(), "until": (monday + timedelta(days=6)).isoformat(), "precision": "week"}


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def to_date(point: Point | None) -> date | None:
    if point is None or point.month is None or point.day is None or not valid_day(point.year, point.month, point.day):
        return None
    return date(point.year, point.month, point.day)


def point_of(fields: dict) -> Point | None:
    """The story time an expression sets: its first day at its precision."""
    begin = fields.get("begin")
    if not begin:
        return None
    sign = -1 if begin.startswith("-") else 1
    begin = begin.lstrip("-")
    year, month, day = sign * int(begin[:4]), int(begin[5:7]), int(begin[8:10])
    precision = fields.get("precision")
    if precision in ("day", "week"):
        return Point(year, month, day)
    if precision in ("month", "season", "quarter"):
        return Point(year, month)
    return Point(year)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth (1-based; -1 for the last) given weekday (Monday 0) of a month."""
    if nth < 0:
        last = date(year, month, last_day(year, month))
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def easter(year: int) -> date:
    """Western Easter Sunday (the Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


_FIXED_HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
    "new year's eve": (12, 31), "independence day": (7, 4), "veterans day": (11, 11), "armistice day": (11, 11),
    "may day": (5, 1), "bastille day": (7, 14),
}


def holiday(name: str, year: int) -> date | None:
    """The day of a named holiday in ``year`` (US holidays by their US rules); None when unknown or out of range."""
    name = " ".join(name.lower().split())
    if name in _FIXED_HOLIDAYS and 1 <= year <= 9999:  # "Christmas Day" 1066 is 25 December whatever the calendar
        return date(year, *_FIXED_HOLIDAYS[name])
    if not 1583 <= year <= 9999:  # the movable feasts by the Gregorian rules only
        return None
    if name.startswith("thanksgiving"):
        return nth_weekday(year, 11, 3, 4)
    if name == "election day":
        return nth_weekday(year, 11, 0, 1) + timedelta(days=1)
    if name == "labor day":
        return nth_weekday(year, 9, 0, 1)
    if name == "memorial day":
        return nth_weekday(year, 5, 0, -1)
    if name.startswith("easter"):
        return easter(year) + timedelta(days=1 if name.endswith("monday") else 0)
    return None
