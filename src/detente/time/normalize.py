"""From a grammar match to TIMEX3 fields, given the reference time.

``resolve`` returns a dict with type, value, mod, begin, until, precision,
anchor, plus two private keys the tagger uses: ``_year`` (the text named its
year itself) and ``_moves`` (the expression may move the story's time).
Relative and underspecified expressions are anchored to ``ref``; with no
reference they keep an underspecified value ("XXXX-06") and no interval.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from detente.time import calendar as cal
from detente.time.calendar import Point
from detente.time.grammar import MONTHS, NUMBER_WORDS, ORDINALS, SEASONS, WEEKDAYS, looks_like_count

_BC = re.compile(r"B\.?C", re.I)
_FUTURE_CUE = re.compile(r"\b(?:will|'ll|shall|is\s+to|are\s+to|plans?|scheduled|expected|is\s+due|are\s+due)\b", re.I)
_UNIT_CODE = {
    "second": ("T", "S"), "minute": ("T", "M"), "hour": ("T", "H"), "night": ("", "D"), "day": ("", "D"),
    "week": ("", "W"), "weekend": ("", "WE"), "fortnight": ("", "2W"), "month": ("", "M"), "year": ("", "Y"),
    "decade": ("", "DE"), "century": ("", "CE"), "centurie": ("", "CE"), "quarter": ("", "Q"),
}
_DEICTIC_REF = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "the present": "PRESENT_REF", "at present": "PRESENT_REF", "recently": "PAST_REF", "the past": "PAST_REF",
    "recent years": "PAST_REF", "recent months": "PAST_REF", "recent weeks": "PAST_REF", "recent days": "PAST_REF",
    "the future": "FUTURE_REF",
}
_PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def number_of(word: str | None) -> float | None:
    """A count written in digits or words; None for vague counts ("several")."""
    if not word:
        return None
    word = re.sub(r"\s+", " ", word.lower().strip())
    if word.replace(".", "", 1).isdigit():
        return float(word)
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    tens, _, ones = word.replace("-", " ").partition(" ")
    if tens in NUMBER_WORDS and ones in NUMBER_WORDS:
        return NUMBER_WORDS[tens] + NUMBER_WORDS[ones]
    return None


def _count_text(number: float | None) -> str:
    if number is None:
        return "X"
    return str(int(number)) if number == int(number) else str(number)


def duration_value(number: float | None, unit: str) -> str:
    unit = unit.lower().rstrip("s") if unit.lower() != "centuries" else "century"
    time_part, code = _UNIT_CODE.get(unit, ("", "Y"))
    if code == "2W":
        return f"P{_count_text(None if number is None else number * 2)}W"
    return f"P{time_part}{_count_text(number)}{code}"


def _year_of(raw: str) -> int:
    digits = int(re.sub(r"\D", "", raw) or 0)
    return -digits if _BC.search(raw) else digits


def _month_of(raw: str) -> int:
    return MONTHS[raw.lower().rstrip(".")]


def _part_mod(part: str | None) -> str | None:
    if not part:
        return None
    words = part.lower().split()
    key = words[1] if len(words) > 1 and words[0] == "the" else words[0]
    return cal.PART_MOD.get(key)


def _near_year(month: int, ref: Point | None, news: bool, forward: bool) -> int | None:
    """The year of a month named without one: nearest to the DCT in news, forward from the story time otherwise."""
    if ref is None:
        return None
    if ref.month is None:
        return ref.year
    if news:
        diff = month - ref.month
        return ref.year - 1 if diff > 6 else ref.year + 1 if diff < -6 else ref.year
    return ref.year + 1 if forward and month < ref.month else ref.year


def _anchored(fields: dict, ref_known: bool, news: bool) -> dict:
    fields["anchor"] = ("dct" if news else "narrative") if ref_known else "absolute"
    return fields


def resolve(m, text: str, ref: Point | None, news: bool) -> dict | None:
    kind = m.lastgroup
    handler = _HANDLERS.get(kind)
    if handler is None:
        return None
    try:
        fields = handler(m, text, ref, news)
    except (ValueError, OverflowError, KeyError):
        return None
    if fields is not None:
        fields.setdefault("type", "DATE")
        fields.setdefault("mod", None)
        fields.setdefault("anchor", "absolute")
        fields.setdefault("_year", False)
        fields.setdefault("_moves", fields["type"] == "DATE" and bool(fields.get("begin")))
    return fields


def _iso(m, text, ref, news):
    year, month = int(m["iso_y"]), int(m["iso_m"])
    if m["iso_d"]:
        day = int(m["iso_d"])
        return {**cal.day_fields(year, month, day), "_year": True} if cal.valid_day(year, month, day) else None
    return {**cal.month_fields(year, month), "_year": True}


def _slash(m, text, ref, news):
    year = int(m["sl_y"])
    year = year + (1900 if year >= 30 else 2000) if len(m["sl_y"]) == 2 else year
    month, day = int(m["sl_m"]), int(m["sl_d"])
    return {**cal.day_fields(year, month, day), "_year": True} if cal.valid_day(year, month, day) else None


def _full_day(month: int, day: int, raw_year: str | None, ref, news, text, end) -> dict | None:
    explicit = raw_year is not None
    year = _year_of(raw_year) if explicit else _near_year(month, ref, news, forward=True)
    if year is None:
        return {"value": f"XXXX-{month:02d}-{day:02d}", "precision": "day"}
    if year > 0 and not cal.valid_day(year, month, day):
        return None
    fields = cal.day_fields(year, month, day)
    fields["_year"] = explicit
    return fields if explicit else _anchored(fields, True, news)


def _dmy(m, text, ref, news):
    return _full_day(_month_of(m["dmy_m"]), int(re.sub(r"\D", "", m["dmy_d"])), m["dmy_y"], ref, news, text, m.end())


def _mdy(m, text, ref, news):
    return _full_day(_month_of(m["mdy_m"]), int(re.sub(r"\D", "", m["mdy_d"])), m["mdy_y"], ref, news, text, m.end())


def _mon(m, text, ref, news):
    month = _month_of(m["mon_m"])
    mod = _part_mod(m["mon_part"])
    if m["mon_y"]:
        return {**cal.month_fields(_year_of(m["mon_y"]), month), "mod": mod, "_year": True}
    if m["mon_m"].endswith(".") or len(m["mon_m"]) <= 3 and m["mon_m"] != "May":
        return None  # a lone abbreviation ("Jan", "Dec.") is too often a name or an initial
    rel = (m["mon_rel"] or "").lower().split()
    year = None
    if ref is not None:
        if rel and rel[-1] in ("last", "previous"):
            year = ref.year - 1 if ref.month is None or month >= ref.month else ref.year
        elif rel and rel[-1] in ("next", "following"):
            year = ref.year + 1 if ref.month is None or month <= ref.month else ref.year
        elif rel:
            year = ref.year
        else:
            year = _near_year(month, ref, news, forward=True)
    if year is None:
        return {"value": f"XXXX-{month:02d}", "mod": mod, "precision": "month"}
    return _anchored({**cal.month_fields(year, month), "mod": mod}, True, news)


def _season(m, text, ref, news):
    season = SEASONS[m["se"].lower()]
    mod = _part_mod(m["se_part"])
    if m["se_y"]:
        return {**cal.season_fields(int(m["se_y"]), season), "mod": mod, "_year": True}
    if ref is None:
        return {"value": f"XXXX-{season}", "mod": mod, "precision": "season"}
    rel = (m["se_rel"] or "").lower().split()
    year = ref.year + (-1 if rel and rel[-1] in ("last", "previous") and not news else 0)
    year += 1 if rel and rel[-1] in ("next", "following") else 0
    if news and rel and rel[-1] == "last":
        year = ref.year - 1
    return _anchored({**cal.season_fields(year, season), "mod": mod}, True, news)


def _decade(m, text, ref, news):
    raw = m["de_y"]
    decade = 1900 + int(raw[1:]) if raw.startswith("'") else int(raw)
    return {**cal.decade_fields(decade, _part_mod(m["de_part"])), "mod": _part_mod(m["de_part"]), "_year": True}


def _century(m, text, ref, news):
    raw = m["ce_n"].lower()
    number = ORDINALS.get(raw) or int(re.sub(r"\D", "", raw))
    if not 1 <= number <= 21:
        return None
    mod = _part_mod(m["ce_part"])
    return {**cal.century_fields(number, bool(m["ce_bc"] and _BC.search(m["ce_bc"])), mod), "mod": mod, "_year": True}


def _quarter(m, text, ref, news):
    quarter = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}[m["q_n"].lower()]
    if m["q_y"]:
        return {**cal.quarter_fields(int(m["q_y"]), quarter), "_year": True}
    if ref is None:
        return {"value": f"XXXX-Q{quarter}", "precision": "quarter"}
    return _anchored(cal.quarter_fields(ref.year, quarter), True, news)


def _bc(m, text, ref, news):
    raw = m["bc_n1"] or m["bc_n2"]
    year = int(raw)
    if year == 0:
        return None
    if m["bc_suf"] and _BC.search(m["bc_suf"]):
        year = -year
    mod = "APPROX" if m["bc_c"] else None
    return {**cal.year_fields(year), "mod": mod, "_year": True}


def _year(m, text, ref, news):
    if looks_like_count(text, m.start("yr"), m.end("yr")):
        return None
    mod = _part_mod(m["yr_part"])
    part = (m["yr_part"] or "").lower().split()
    year = int(m["yr"])
    if len(part) >= 3 and part[1] in SEASONS:
        return {**cal.season_fields(year, SEASONS[part[1]]), "_year": True}
    return {**cal.year_fields(year, mod), "mod": mod, "_year": True}


def _shorty(m, text, ref, news):
    head = re.search(r"(1\d|20)(\d\d)\s*[-–—]$", text[max(0, m.start() - 8) : m.start()])
    if head is None or int(m["sh"]) <= int(head.group(2)):
        return None
    return {**cal.year_fields(int(head.group(1) + m["sh"])), "_year": True}


def _shift(ref: Point, number: float, unit: str, sign: int, news: bool) -> dict | None:
    unit = unit.lower().rstrip("s")
    unit = "century" if unit.startswith("centur") else unit
    steps = int(number) * sign
    base = cal.to_date(ref)
    if unit in ("day", "night", "week", "fortnight", "weekend") and base is not None:
        days = steps * {"week": 7, "fortnight": 14, "weekend": 7}.get(unit, 1)
        return cal.day_fields(*(base + timedelta(days=days)).timetuple()[:3])
    if unit in ("day", "night", "week", "fortnight", "weekend", "month") and ref.month is not None:
        months = steps if unit == "month" else round(steps * (7 if unit == "week" else 1) / 30)
        return cal.month_fields(*cal.shift_month(ref.year, ref.month, months))
    if unit == "quarter" and ref.month is not None:
        return cal.month_fields(*cal.shift_month(ref.year, ref.month, 3 * steps))
    years = {"decade": 10, "century": 100}.get(unit, 1) * steps if unit in ("decade", "century", "year", "month", "quarter") else 0
    if unit in ("month", "quarter"):
        years = round(steps / (12 if unit == "month" else 4))
    return cal.year_fields(ref.year + years)


def _ago(m, text, ref, news):
    direction = m["ago_dir"].lower().split()[0]
    sign = -1 if direction in ("ago", "earlier", "before", "previously") else 1
    number = number_of(m["ago_n"])
    if number is None or ref is None:
        return {"value": "PAST_REF" if sign < 0 else "FUTURE_REF", "_moves": False}
    fields = _shift(ref, number, m["ago_u"], sign, news)
    return _anchored(fields, True, news) if fields else None


def _rel(m, text, ref, news):
    word = m["rel_w"].lower()
    unit = m["rel_u"].lower()
    if m["rel_n"] or unit.endswith("s") and unit not in ("centuries",) or word in ("past", "coming") and unit not in ("weekend",):
        return {"type": "DURATION", "value": duration_value(number_of(m["rel_n"]) if m["rel_n"] else 1 if not unit.endswith("s") else None, unit)}
    if ref is None:
        return {"value": "PAST_REF" if word in ("last", "previous", "preceding", "prior") else "FUTURE_REF" if word in ("next", "following") else "PRESENT_REF", "_moves": False}
    sign = -1 if word in ("last", "previous", "preceding", "prior") else 1 if word in ("next", "following") else 0
    unit = unit.rstrip("s")
    base = cal.to_date(ref)
    if unit in ("week", "weekend") and base is not None:
        fields = cal.week_fields(base + timedelta(days=7 * sign))
        if unit == "weekend":
            fields["value"] += "-WE"
        return _anchored(fields, True, news)
    if unit == "quarter" and ref.month is not None:
        year, month = cal.shift_month(ref.year, ref.month, 3 * sign)
        return _anchored(cal.quarter_fields(year, (month - 1) // 3 + 1), True, news)
    if unit == "decade":
        return _anchored(cal.decade_fields((ref.year // 10 + sign) * 10), True, news)
    if unit == "century":
        return _anchored(cal.century_fields(ref.year // 100 + 1 + sign), True, news)
    fields = _shift(ref, 1, unit, sign, news) if sign else _shift(ref, 0, unit, 1, news)
    return _anchored(fields, True, news) if fields else None


def _dur(m, text, ref, news):
    unit = m["dur_u"].lower()
    raw = m["dur_n"] or re.sub(r"^(?:more\s+than|nearly|about|almost)\s+", "", (m["dur_more"] or "").lower())
    number = number_of(raw)
    if unit == "second" and raw.lower() in ("a", "an") and re.match(r"\s+[a-z]", text[m.end() : m.end() + 3]):
        return None  # "a second attack"
    if raw.lower() in ("some", "many") and not unit.endswith("s"):
        return None
    if "half" in m.group().lower() and number is not None:
        number += 0.5
    mod = None
    if m["dur_more"]:
        lead = m["dur_more"].lower().split()[0]
        mod = {"more": "MORE_THAN", "nearly": "LESS_THAN", "almost": "LESS_THAN", "about": "APPROX"}[lead]
    return {"type": "DURATION", "value": duration_value(number, unit), "mod": mod}


def _set(m, text, ref, news):
    if m["set_adv"]:
        unit = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year", "quarterly": "quarter"}[m["set_adv"].lower()]
    else:
        unit = m["set_u"].lower()
    return {"type": "SET", "value": duration_value(1, unit)}


def _clock(m, text, ref, news):
    if m["cl_h24"]:
        hour, minute = int(m["cl_h24"]), int(m["cl_m24"])
    else:
        hour, minute = int(m["cl_h"]) % 12, int(m["cl_min"] or 0)
        hour += 12 if m["cl_ap"].lower().startswith("p") else 0
    day = cal.to_date(ref)
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    return {"type": "TIME", "value": f"{prefix}T{hour:02d}:{minute:02d}", "_moves": False}


def _deictic(m, text, ref, news):
    words = " ".join(m["dx"].lower().split())
    if words in _DEICTIC_REF:
        return {"value": _DEICTIC_REF[words], "_moves": False}
    if words.startswith("the coming"):
        return {"type": "DURATION", "value": duration_value(None, words.split()[-1])}
    day = cal.to_date(ref)
    if day is None:
        return {"value": "PRESENT_REF" if words.startswith(("today", "this", "tonight")) else "PAST_REF" if words.startswith(("yesterday", "last")) else "FUTURE_REF", "_moves": False}
    first = words.split()[0]
    shift = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(first, 0)
    target = day + timedelta(days=shift)
    last = words.split()[-1]
    if words == "tonight" or last in _PARTS_OF_DAY and len(words.split()) > 1:
        part = "NI" if words == "tonight" else _PARTS_OF_DAY[last]
        return _anchored({"type": "TIME", "value": f"{target.isoformat()}T{part}", "_moves": False}, True, news)
    return _anchored({**cal.day_fields(target.year, target.month, target.day), "_moves": not news}, True, news)


def _wday(m, text, ref, news):
    weekday = WEEKDAYS[m["wd"].lower()]
    day = cal.to_date(ref)
    if day is None:
        return {"value": f"XXXX-WXX-{weekday + 1}", "precision": "day"}
    rel = " ".join((m["wd_rel"] or "").lower().split())
    back = (day.weekday() - weekday) % 7
    ahead = (weekday - day.weekday()) % 7
    if rel in ("next", "the following", "coming"):
        target = day + timedelta(days=ahead or 7)
    elif rel in ("last", "the previous"):
        target = day - timedelta(days=back or 7)
    elif news and _FUTURE_CUE.search(text[max(0, m.start() - 60) : m.end() + 40]):
        target = day + timedelta(days=ahead)
    elif news:
        target = day - timedelta(days=back)
    else:
        target = day + timedelta(days=ahead)  # a story moves forward
    fields = _anchored(cal.day_fields(target.year, target.month, target.day), True, news)
    if m["wd_part"]:
        return {**fields, "type": "TIME", "value": fields["value"] + "T" + _PARTS_OF_DAY[m["wd_part"].lower()], "_moves": False}
    return fields


_HANDLERS = {
    "iso": _iso, "slash": _slash, "dmy": _dmy, "mdy": _mdy, "mon": _mon, "season": _season, "decade": _decade,
    "century": _century, "quarter": _quarter, "bc": _bc, "year": _year, "shorty": _shorty, "ago": _ago,
    "rel": _rel, "dur": _dur, "set": _set, "clock": _clock, "deictic": _deictic, "wday": _wday,
}


def today_point(dct: str | None) -> Point | None:
    """The DCT as a point ("1998-01-08", "1998-01", "1998"); None when unreadable."""
    if not dct:
        return None
    found = re.match(r"\s*(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?", dct)
    if not found:
        return None
    year, month, day = int(found.group(1)), found.group(2), found.group(3)
    if month and day and cal.valid_day(year, int(month), int(day)):
        return Point(year, int(month), int(day))
    if month and 1 <= int(month) <= 12:
        return Point(year, int(month))
    return Point(year)


__all__ = ["resolve", "today_point", "number_of", "duration_value", "date"]
