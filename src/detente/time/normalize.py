"""From a grammar match to TIMEX3 fields, given the reference time.

``resolve`` returns a dict with type, value, mod, begin, until, precision,
anchor, plus two private keys the tagger uses: ``_year`` (the text named its
year itself) and ``_moves`` (the expression may move the story's time).
Relative and underspecified expressions are anchored to ``ref``; with no
reference they keep an underspecified value ("XXXX-06") and no interval.

This module reads the calendar forms (dates, months, seasons, years, decades,
centuries, quarters, holidays); :mod:`detente.time.relative` reads the forms
that count from a reference (ago, last/next, durations, weekdays, clock times).
"""

from __future__ import annotations

import re

from detente.time import calendar as cal
from detente.time.calendar import Point
from detente.time.cues import (
    anchored,
    future_cue,
    near_year,
    number_of,
    over_nine_months,
    part_mod,
    since_cue,
    spelled_year,
    story_step,
    tense,
)
from detente.time.grammar import (
    DAY_WORDS,
    MONTHS,
    ORDINALS,
    SEASONS,
    WEEKDAYS,
    looks_like_count,
    other_calendar,
)
from detente.time.relative import HANDLERS as RELATIVE_HANDLERS

_BC = re.compile(r"B\.?C", re.I)
_SEASON_CUE = re.compile(r"(?i:\b(?:the|in|of|this|last|next|that|early|late|during|by|until|since|through|mid)\s+$)")
_DECADE_WORDS = {"twenties": 192, "thirties": 193, "forties": 194, "fifties": 195, "sixties": 196, "seventies": 197, "eighties": 198, "nineties": 199}
_YEAR_DASH = re.compile(r"(?:\b(?:mid|pre|post|early|late)|\d{4})\s*-$", re.I)


def resolve(m, text: str, ref: Point | None, news: bool, ctx: dict | None = None) -> dict | None:
    """TIMEX3 fields of one grammar match; None when the match is not a time expression after all.

    ``ctx`` is the document's running context, kept by the tagger: ``dct`` (a Point),
    ``quarter`` (the reporting quarter of a news report, as (year, quarter)) and
    ``quarter_at`` (offset of the first mention of a quarter, or -1).
    """
    handler = _HANDLERS.get(m.lastgroup)
    if handler is None:
        return None
    try:
        fields = handler(m, text, ref, news, ctx if ctx is not None else {})
    except (ValueError, OverflowError, KeyError, IndexError):
        return None
    if fields is not None:
        fields.setdefault("type", "DATE")
        fields.setdefault("mod", None)
        fields.setdefault("anchor", "absolute")
        fields.setdefault("_year", False)
        fields.setdefault("_moves", fields["type"] == "DATE" and bool(fields.get("begin")))
    return fields


def _year_of(raw: str) -> int:
    if raw.isascii() and raw.isdigit():
        return int(raw)  # most years are written in digits alone: what the regex below would read, without it
    if raw[:1] in "'’":  # "'63" is 1963, "'05" 2005, as two-digit years in dates are read
        short = int(raw[1:])
        return short + (1900 if short >= 30 else 2000)
    if raw[:1].isalpha() and not _BC.match(raw):
        year = spelled_year(raw)
        if year is None:
            raise ValueError(raw)
        return year
    digits = int(re.sub(r"\D", "", raw) or 0)
    return -digits if _BC.search(raw) else digits


def _looking_ahead(text: str, start: int, end: int) -> bool | None:
    found = tense(text, start, end)
    return None if found is None else found == "future"


def _story_step(text: str, start: int, end: int, ref, news: bool) -> str | None:
    """In a history whose story has a month, what the clause says of a date named without its year (see story_step)."""
    return story_step(text, start, end) if not news and ref is not None and ref.month is not None else None


def _month_of(raw: str) -> int:
    return MONTHS[raw.lower().rstrip(".")]


def _iso(m, text, ref, news, ctx):
    year, month = int(m["iso_y"]), int(m["iso_m"])
    if m["iso_d"]:
        day = int(m["iso_d"])
        return {**cal.day_fields(year, month, day), "_year": True} if cal.valid_day(year, month, day) else None
    return {**cal.month_fields(year, month), "_year": True}


def _slash(m, text, ref, news, ctx):
    year = int(m["sl_y"])
    year = year + (1900 if year >= 30 else 2000) if len(m["sl_y"]) == 2 else year
    month, day = int(m["sl_m"]), int(m["sl_d"])
    return {**cal.day_fields(year, month, day), "_year": True} if cal.valid_day(year, month, day) else None


_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "last": -1}


def _nthwd(m, text, ref, news, ctx):
    """ "the first Monday in October", "the last Thursday of November 1942": that day of the month."""
    month = _month_of(m["nw_m"])
    explicit = m["nw_y"] is not None
    year = int(m["nw_y"]) if explicit else near_year(month, ref, news, _looking_ahead(text, m.start(), m.end()) if news else True)
    if year is None or year < 1:
        return None
    day = cal.nth_weekday(year, month, WEEKDAYS[m["nw_wd"].lower()], _NTH[m["nw_n"].lower()])
    if day.month != month:
        return None  # no fifth Monday that month
    fields = cal.day_fields(day.year, day.month, day.day)
    return {**fields, "_year": True} if explicit else anchored(fields, True, news)


def _dotted(m, text, ref, news, ctx):
    """ "15.8.1947", "26/1/1950": a date written day first, as most of the world writes it (a slash date whose first
    number can be a month is read month first, by :func:`_slash`, before this)."""
    year, month, day = int(m["dd_y"]), int(m["dd_m"]), int(m["dd_d"])
    return {**cal.day_fields(year, month, day), "_year": True} if cal.valid_day(year, month, day) else None


# "1996/97" is one fiscal year where the text has been speaking of budgets and fiscal years; elsewhere ("the flu of
# 1918/19") it is a range of two years
_FISCAL_CUE = re.compile(r"(?i:\b(?:fiscal|financial\s+year|budgets?|FY\s*\d|plan\s+year|crop\s+year)\b)")


def _fyr(m, text, ref, news, ctx):
    """A fiscal year: "FY 1991-92", "fiscal 1989", "financial year 1963-64", "1996/97" (one year written with the
    next one's last two digits after a slash, where the text speaks of budgets).  Its value is the year it opens, as TimeBank values "fiscal 1989";
    its interval spans both calendar years, whose months differ from country to country."""
    if m["fyr_y0"]:
        if looks_like_count(text, m.start(), m.end("fyr_y0")):
            return None  # "Note No. 1963/45", "Resolution 1514/15": a reference number after its label, not a year
        year = int(m["fyr_y0"])
        if int(m["fyr_y3"]) != (year + 1) % 100 or not _FISCAL_CUE.search(text, max(0, m.start() - 300), m.start()):
            return {**cal.year_fields(year), "_year": True, "_end": m.end("fyr_y0")}  # "1939/45": a range's first end
        second = year + 1
    else:
        year = int(m["fyr_y"])
        second = year
        if m["fyr_y2"]:
            if int(m["fyr_y2"]) != (year + 1) % 100:
                return {**cal.year_fields(year), "_year": True, "_end": m.end("fyr_y")}
            second = year + 1
    fields = cal.year_fields(year)
    if second != year:
        fields["until"] = cal.year_fields(second)["until"]
    return {**fields, "_year": True}


def _full_day(month: int, day: int, raw_year: str | None, ref, news, text, start, end, of_year: str | None = None) -> dict | None:
    explicit = raw_year is not None
    if explicit:
        year = _year_of(raw_year)
    elif of_year:  # "on 18 January of that year": the day in the year the words count to
        if ref is None:
            return {"value": f"XXXX-{month:02d}-{day:02d}", "precision": "day"}
        year = ref.year + _OF_YEAR.get(of_year.split()[-1].lower(), 0)
        if not cal.valid_day(year, month, day):
            return None
        return anchored(cal.day_fields(year, month, day), True, news)
    elif (lined := _line_year(text, start)) is not None:  # "1959 Jan. 1 - ...": the line's own year, wherever the story was
        if not cal.valid_day(lined, month, day):
            return None
        return anchored(cal.day_fields(lined, month, day), True, news)
    else:
        if not 1 <= day <= 31 or day > cal.last_day(2000, month):
            return None
        year = near_year(month, ref, news, _looking_ahead(text, start, end) if news else True, step=_story_step(text, start, end, ref, news))
        if not news and year is not None and _in_parentheses(text, start):
            year = _nearest_year(month, ref)  # "3 March 1861 (19 February, Old Style)": the same moment, not a year on
    if year is None:
        return {"value": f"XXXX-{month:02d}-{day:02d}", "precision": "day"}
    if year > 0 and not cal.valid_day(year, month, day):
        return None
    fields = cal.day_fields(year, month, day)
    fields["_year"] = explicit
    return fields if explicit else anchored(fields, True, news)


# a key-dates line that opens with its year, the month and day after it ("1948 Jun. 16 - ...", "* 1974 May -"): that
# year is the month's, not the year the story before the box had come to ("June 1959" then "1959 Jan. 1" is January 1959)
_LINE_YEAR = re.compile(r"[ \t]*(?:[*•\-–][ \t]+)?(1[0-9]{3}|20[0-9]{2}),?[ \t]+$")


def _line_year(text: str, start: int) -> int | None:
    """The year that opens the line of the month at ``start`` and stands right before it, if any."""
    if start < 5 or text[start - 1] not in " \t" or not text[start - 2].isdigit() and text[start - 2] != ",":
        return None
    opened = text.rfind("\n", max(0, start - 12), start) + 1
    if opened == 0 and start > 11:
        return None
    found = _LINE_YEAR.match(text, opened, start)
    return int(found.group(1)) if found else None


def _in_parentheses(text: str, start: int) -> bool:
    window = text[max(0, start - 60) : start]
    return window.rfind("(") > window.rfind(")")


def _nearest_year(month: int, ref: Point) -> int:
    """The year that puts ``month`` within six months of the reference."""
    if ref.month is None:
        return ref.year
    return ref.year - 1 if month - ref.month > 6 else ref.year + 1 if ref.month - month > 6 else ref.year


def _dmy(m, text, ref, news, ctx):
    day = DAY_WORDS[re.sub(r"[- ]+", "-", m["dmy_dw"].lower())] if m["dmy_dw"] else int(re.sub(r"\D", "", m["dmy_d"]))
    if m["dmy_y3"]:  # "29 May 453": a year only in a history before the year 1000
        if _y3_ok(text, m.start("dmy_y3"), m.end("dmy_y3"), ref, news):
            return _full_day(_month_of(m["dmy_m"]), day, _era_year(int(m["dmy_y3"]), ref, ctx), ref, news, text, m.start(), m.end())
        fields = _full_day(_month_of(m["dmy_m"]), day, None, ref, news, text, m.start(), m.end("dmy_m"))
        return {**fields, "_end": m.end("dmy_m")} if fields else None
    return _full_day(_month_of(m["dmy_m"]), day, m["dmy_y"], ref, news, text, m.start(), m.end(), m["dmy_of"])


def _drange(m, text, ref, news, ctx):
    """ "9-10 November 1938": the first day of a day range takes the month and year of the second."""
    return _full_day(_month_of(m["dr_m"]), int(m["dr_d"]), m["dr_y"], ref, news, text, m.start(), m.end())


_MONTH_DAY_DASH = re.compile(r"([A-Z][a-z]{2,8}\.?)\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–—]|\s+(?:and|to|or))\s*$")


def _oday(m, text, ref, news, ctx):
    """ "On the 28th": that day of the month the story (or the report) is in."""
    if ref is None or ref.month is None:
        return None
    day, year, month = int(m["od_d"]), ref.year, ref.month
    if news and ref.day is not None and day > ref.day and not future_cue(text, m.start(), m.end()):
        year, month = cal.shift_month(year, month, -1)  # a report's "on the 28th" before its own day: last month
    if year <= 0 or not cal.valid_day(year, month, day):
        return None
    return anchored(cal.day_fields(year, month, day), True, news)


def _dtail(m, text, ref, news, ctx):
    """ "June 3-5, 1945": the second day of a range takes the month written before the dash."""
    head = _MONTH_DAY_DASH.search(text[max(0, m.start() - 18) : m.start()])
    if head is None or head.group(1).lower().rstrip(".") not in MONTHS:
        if len(m["dt_d"]) == 2 and not m["dt_y"] and text[m.start() - 1 : m.start()] in "-–—":
            return _short_year(m.start(), m["dt_d"], text)  # "the famine of 1921-22": no month before, so a year
        return None
    if head.group().rstrip()[-1] not in "-–—" and re.match(r"\s+(?:[a-z]+s|more|other|of)\b", text[m.end() : m.end() + 12]):
        return None  # "on May 3 and 4 others", "June 5 to 6 tons": a count after the day
    return _full_day(_month_of(head.group(1)), int(m["dt_d"]), m["dt_y"], ref, news, text, m.start(), m.end())


def _mdy(m, text, ref, news, ctx):
    day = DAY_WORDS[re.sub(r"[- ]+", "-", m["mdy_dw"].lower())] if m["mdy_dw"] else int(re.sub(r"\D", "", m["mdy_d"]))  # "March eighth"
    return _full_day(_month_of(m["mdy_m"]), day, m["mdy_y"], ref, news, text, m.start(), m.end(), m["mdy_of"])


_OF_YEAR = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1}


# a bare month right after "the" and a capitalized word is the last word of a name ("the Green March")
_NAMED_BEFORE = re.compile(r"\b[Tt]he\s+[A-Z][a-z]+(?:'s)?\s+$")


def _mon(m, text, ref, news, ctx):
    if m["mon_y3"]:
        if _y3_ok(text, m.start("mon_y3"), m.end("mon_y3"), ref, news):
            return {**cal.month_fields(_year_of(_era_year(int(m["mon_y3"]), ref, ctx)), _month_of(m["mon_m"])), "mod": part_mod(m["mon_part"]), "_year": True}
        fields = _mon_of(m, text, ref, news, None, ctx)
        return {**fields, "_end": m.end("mon_m")} if fields else None
    return _mon_of(m, text, ref, news, m["mon_y"], ctx)


_YEAR_COMMA_BEFORE = re.compile(r"(?<![\d,])(?:1[0-9]{3}|20[0-9]{2}),[^\S\n]*$")
# after the month: the dash or colon before the entry, or the line's end (a chronology's date on a line of its own,
# "1947 Aug." above its entry, as an HTML <dt> is written out)
_DASH_AFTER = re.compile(r"[^\S\n]*(?:[-–—:]|\n|\Z)")


def _year_first_line(text, m) -> bool:
    """A timeline line's date written year first, "1953, Dec. - ..." or "1990 Jul. - ...": the abbreviation between the year and the dash
    is its month (a name would not stand between a year and a dash), as it is when the two fill a line of their own
    ("- 1947 Aug." above its entry)."""
    return bool((_YEAR_COMMA_BEFORE.search(text, max(0, m.start() - 8), m.start()) or _line_year(text, m.start()) is not None)
                and _DASH_AFTER.match(text, m.end()))  # (or the year opens the line with no comma: "1990 Jul. - ...")


def _mon_of(m, text, ref, news, written, ctx):
    month = _month_of(m["mon_m"])
    mod = part_mod(m["mon_part"])
    if written:
        return {**cal.month_fields(_year_of(written), month), "mod": mod, "_year": True}
    if (m["mon_m"].endswith(".") or len(m["mon_m"]) <= 3 and m["mon_m"] != "May") and not _year_first_line(text, m):
        return None  # a lone abbreviation ("Jan", "Dec.") is too often a name or an initial
    if m["mon_m"] == "May" and not (m["mon_part"] or m["mon_rel"] or m["mon_ry"]) and not re.search(r"(?i:\b(?:in|of|since|until|by|during|early|late|mid|from|through|to|and|last|next|this|that|before|after)\s+$)", text[max(0, m.start() - 12) : m.start()]):
        return None  # "May" alone is as often the verb
    if not (m["mon_part"] or m["mon_rel"] or m["mon_ry"] or m["mon_of"]) and _NAMED_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return None  # "the Green March", "the Long March": a march with a name, not the month
    rel = (m["mon_rel"] or "").lower().split()
    year = None
    if m["mon_of"] and ref is not None:  # "December of the same year", "May of the following year"
        year = ref.year + _OF_YEAR.get(m["mon_of"].split()[-1].lower(), 0)
    elif m["mon_ry"] and ref is not None:
        year = ref.year + {"last": -1, "next": 1}.get(m["mon_ry"].lower(), 0)
    elif ref is not None:
        if rel and rel[-1] in ("last", "previous"):
            # a report's "last February" on 1 March is a year back: the month just ended is "last month" (or "this
            # February"), so "last" with the month's name reaches past it
            just_ended = news and rel[-1] == "last" and ref.month is not None and month == (ref.month - 2) % 12 + 1
            year = ref.year - 1 if ref.month is None or month >= ref.month or just_ended else ref.year
        elif rel and rel[-1] in ("next", "following"):
            year = ref.year + 1 if ref.month is None or month <= ref.month else ref.year
        elif rel:
            year = ref.year
        elif (lined := _line_year(text, m.start())) is not None:
            year = lined
        else:
            since = since_cue(text, m.start()) if news else None
            step = _story_step(text, m.start(), m.end(), ref, news)
            # a month named alone a month or two before the story's glances back within its paragraph; a new
            # paragraph (or line) that names one with no cue of its own ("earlier", a pluperfect) moves the story on
            told_at = ctx.get("story_at", -1)
            step_back = news or told_at < 0 or "\n" not in text[told_at : m.start()]
            year = near_year(month, ref, news, since if since is not None else _looking_ahead(text, m.start(), m.end()) if news else True, step_back=step_back, step=step)
    if year is None:
        return {"value": f"XXXX-{month:02d}", "mod": mod, "precision": "month"}
    return anchored({**cal.month_fields(year, month), "mod": mod}, True, news)


_WINTER_YEARS = re.compile(r"\s*[-–/]\s*(\d{2}|\d{4})(?![\w-])")


def _season(m, text, ref, news, ctx):
    if m["se_y3"]:
        if _y3_ok(text, m.start("se_y3"), m.end("se_y3"), ref, news):
            return _season_of(m, text, ref, news, _era_year(int(m["se_y3"]), ref, ctx))
        fields = _season_of(m, text, ref, news, None)
        return {**fields, "_end": m.end("se")} if fields else None
    return _season_of(m, text, ref, news, m["se_y"])


def _season_of(m, text, ref, news, written):
    season = SEASONS[m["se"].lower()]
    mod = part_mod(m["se_part"])
    if written:
        year = _year_of(written)
        fields = {**cal.season_fields(year, season), "mod": mod, "_year": True}
        following = _WINTER_YEARS.match(text, m.end()) if season == "WI" and year > 0 else None
        if following and int(following.group(1)) in (year + 1, (year + 1) % 100):
            fields["_end"] = following.end()  # "the winter of 1946-47": one winter, told by the two years it spans
        return fields
    if m["se"][0].isupper() and not m["se"].isupper() and not written and (
        re.match(r"\s+[A-Z]", text[m.end() : m.end() + 2]) or re.search(r"[a-z][A-Z][a-z]*\s+$|[A-Z][a-z]+\s+$", text[max(0, m.start() - 20) : m.start()]) and not re.search(r"[.!?]\s+\S+\s+$|^\s*\S+\s+$", text[max(0, m.start() - 20) : m.start()])
    ):
        return None  # "the Winter War", "the Prague Spring": a name
    if m["se"].lower() == "fall" and not written and re.match(r"\s+of\b", text[m.end() : m.end() + 4]):
        return None  # "the fall of Paris", "the fall of the government": a falling, not the autumn
    if m["se"][0].islower() and not (m["se_part"] or m["se_rel"]) and m.start() == m.start("se"):
        if not _SEASON_CUE.search(text[max(0, m.start() - 10) : m.start()]):
            return None  # "prices fall", "spring up": a verb, not a season
    if m["se_of"]:  # "the autumn of the following year": that season of the year the words count to
        if ref is None:
            return {"value": f"XXXX-{season}", "mod": mod, "precision": "season"}
        return anchored({**cal.season_fields(ref.year + _OF_YEAR.get(m["se_of"].split()[-1].lower(), 0), season), "mod": mod}, True, news)
    rel = (m["se_rel"] or "").lower().split()
    if rel == ["this", "past"]:
        rel = ["this"]
    if rel and rel[-1] in ("past", "coming"):
        return None
    if ref is None:
        return {"value": f"XXXX-{season}", "mod": mod, "precision": "season"}
    year = ref.year + (-1 if rel and rel[-1] in ("last", "previous") and not news else 0)
    year += 1 if rel and rel[-1] in ("next", "following") else 0
    if news and rel and rel[-1] == "last":
        year = ref.year - 1
    elif news and not rel and season != "WI" and ref.month is not None:
        # a report's bare season, as its bare month: "lost two by-elections in the autumn" in January is last
        # autumn, "will open in the spring" in October the next (a winter spans the turn of the year: left as it is)
        first, last = _SEASON_MONTHS[season]
        when = tense(text, m.start(), m.end())
        if when == "past" and ref.month < first:
            year -= 1
        elif when == "future" and ref.month > last:
            year += 1
    return anchored({**cal.season_fields(year, season), "mod": mod}, True, news)


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}


def _joined_parts(fields_of, first: str, second: str) -> dict:
    """ "the mid-to-late 1970s": from the start of the first part to the end of the second.  TIMEX3 has one mod;
    the span keeps the one that is not MID ("early-to-mid" START, "mid-to-late" END), none for "early-to-late"."""
    one, two = part_mod(first), part_mod(second)
    head, tail = fields_of(one), fields_of(two)
    if head is None or tail is None:
        return head or tail
    mods = {one, two} - {"MID"}
    mod = mods.pop() if len(mods) == 1 else None
    begin, until = min(head["begin"], tail["begin"]), max(head["until"], tail["until"])
    if begin.startswith("-"):  # BC years count down: the earlier year is the larger number
        begin, until = head["begin"] if head["begin"] > tail["begin"] else tail["begin"], head["until"] if head["until"] < tail["until"] else tail["until"]
    return {**head, "begin": begin, "until": until, "mod": mod}


def _decade(m, text, ref, news, ctx):
    if m["de_in"] and not m["de_part"]:  # "early in the 1960s" is "the early 1960s"
        return _decade_fields(m, text, part_mod(m["de_in"]), ref, news, ctx)
    if m["de_of"] and not m["de_part"]:  # "by the end of the 1960s" is "the late 1960s"
        return _decade_fields(m, text, {"end": "END", "close": "END", "middle": "MID"}.get(m["de_of"].lower(), "START"), ref, news, ctx)
    if m["de_part2"]:
        return _joined_parts(lambda mod: _decade_fields(m, text, mod, ref, news, ctx), m["de_part"], m["de_part2"])
    return _decade_fields(m, text, part_mod(m["de_part"]), ref, news, ctx)


_DECADE_BEFORE = re.compile(r"\b(1\d|20)\d0['’]?s\s*(?:and|or|to|[-–])\s*$")


def _decade_fields(m, text, mod, ref, news, ctx=None):
    if m["de_bc"]:  # "the 470s BC": 479-470 BC
        return _bc_decade(int(m["de_bc"]))
    if m["de_w"]:
        decade = _DECADE_WORDS[m["de_w"].lower()] * 10
        if m["de_c"]:  # "the nineteen-sixties", "the eighteen-nineties": the century is written
            decade = decade % 100 + {"seventeen": 1700, "eighteen": 1800, "nineteen": 1900}[m["de_c"][:-1].lower()]
        elif ref is not None and not news and ref.year > 0:
            # "the twenties" in a story of the 1810s is the 1820s: the latest such decade that begins
            # no more than ten years after the story's time
            decade = decade % 100 + (ref.year + 10 - decade % 100) // 100 * 100
    elif m["de_y3"]:  # "the late 790s": a decade of a history told before the year 1000, of its era
        if news or ref is not None and ref.year >= 1000:
            return None
        decade = int(m["de_y3"])
        if _story_bc(ref, ctx or {}):
            return {**_bc_decade(decade), "mod": mod}
        return {**cal.decade_fields(decade, mod), "mod": mod, "_year": True}
    else:
        raw = m["de_y"] or "'" + m["de_y2"]
        decade = 1900 + int(raw[1:]) if raw.startswith("'") else int(raw)
        joined = _DECADE_BEFORE.search(text, max(0, m.start() - 16), m.start()) if raw.startswith("'") else None
        if joined:  # "the 1860s and 70s", "the 1920s and '30s": the century of the decade the second is joined to
            decade = int(joined.group(1)) * 100 + int(raw[1:])
        if decade % 100 == 0 and decade <= 1900 and (re.match(r"(?i:(?:\w+\s+in\s+)?the\s)", m.group()) or mod):
            # "the 1800s" is the century 1800-1899, as "the 1900s" usually is, and "the early 1800s" its start
            fields = cal.century_fields(decade // 100 + 1, False, mod)
            return {**fields, "value": f"{decade // 100:02d}", "mod": mod, "_year": True}
    return {**cal.decade_fields(decade, mod), "mod": mod, "_year": True}


def _bc_decade(decade: int) -> dict:
    """ "the 470s BC": the years 479-470 BC."""
    return {"value": f"BC{decade // 10:03d}", "begin": f"-{decade + 9:04d}-01-01", "until": f"-{decade:04d}-12-31", "precision": "decade", "_year": True}


def _century(m, text, ref, news, ctx):
    raw = m["ce_n"].lower()
    number = ORDINALS.get(raw) or int(re.sub(r"\D", "", raw))
    if not 1 <= number <= 21:
        return None
    mod = part_mod(m["ce_part"] or m["ce_in"])  # "late in the 14th century" is "the late 14th century"
    if m["ce_of"] and not m["ce_part"]:  # "by the end of the 18th century": its last part, as "the late 18th century"
        mod = {"end": "END", "close": "END", "middle": "MID"}.get(m["ce_of"].lower(), "START")
    era = m["ce_bc"] or m["ce_bc2"]  # "the 5th and 4th centuries BC": the first takes the era of the second
    bc = bool(era and _BC.search(era))
    if m["ce_of"] and m.group()[:1] not in "Tt":
        the = re.search(r"(?i:\bthe\s+)$", text[max(0, m.start() - 5) : m.start()])
        if the:  # "the" too, when it stood too far before the ordinal to open the match
            extra = {"_start": m.start() - len(the.group())}
            return {**cal.century_fields(number, bc, mod), "mod": mod, "_year": True, **extra}
    if m["ce_part2"]:  # "the mid-to-late 19th century"
        return {**_joined_parts(lambda part: {**cal.century_fields(number, bc, part), "mod": part}, m["ce_part"], m["ce_part2"]), "_year": True}
    return {**cal.century_fields(number, bc, mod), "mod": mod, "_year": True}


def _turn(m, text, ref, news, ctx):
    """ "the turn of the century": the years around a century's first year, the 20th century's turn is 1900; "the turn
    of the decade" the years around the decade's first year nearest the story's time."""
    if m["tu_n"]:
        raw = m["tu_n"].lower()
        number = ORDINALS.get(raw) or int(re.sub(r"\D", "", raw))
        if not 1 <= number <= 21:
            return None
        year, explicit = (number - 1) * 100, True
    elif m["tu_y"]:
        year, explicit = int(m["tu_y"]), True
    else:
        if ref is None:
            return {"value": "XXXX", "mod": "APPROX", "_moves": False}
        step = {"millennium": 1000, "decade": 10}.get(m["tu_w"].lower(), 100)
        year, explicit = (ref.year + step // 2) // step * step, False  # the nearest turn to the story's (or report's) time
    if year < 1:
        return None
    reach = 1 if m["tu_w"] and m["tu_w"].lower() == "decade" else 3  # "the turn of the decade" in a 1960s story: 1969-1971
    fields = {"value": f"{year:04d}", "mod": "APPROX", "begin": f"{max(1, year - reach):04d}-01-01", "until": f"{year + reach:04d}-12-31", "precision": "year", "_year": explicit}
    if m.group()[:1] in "Tt" and re.search(r"(?i:\bthe\s+)$", text[max(0, m.start() - 5) : m.start()]):
        fields["_start"] = m.start() - len(re.search(r"(?i:\bthe\s+)$", text[max(0, m.start() - 5) : m.start()]).group())  # "the" too
    return fields if explicit else anchored(fields, True, news)


def _mill(m, text, ref, news, ctx):
    raw = m["mi_n"].lower()
    number = ORDINALS.get(raw) or int(re.sub(r"\D", "", raw))
    mod = part_mod(m["mi_part"])
    era = m["mi_bc"] or m["mi_bc2"]  # "the 3rd and 2nd millennia BC": the first takes the era of the second
    bc = bool(era and _BC.search(era))
    if not bc and number > 3:
        return None
    return {**cal.millennium_fields(number, bc, mod), "mod": mod, "_year": True}


_SPAN_PART = {"early": "START", "earliest": "START", "first": "START", "opening": "START", "initial": "START", "middle": "MID",
              "last": "END", "final": "END", "closing": "END", "late": "END", "later": "END", "latter": "END", "dying": "END"}


_PART_MOST = {"months": 92, "weeks": 21, "days": 10, "month": 31, "week": 7}  # "the last week of August 2004": one week


def _spanpart(m, text, ref, news, ctx):
    """ "the early years of the war", "the closing months of 1944": a third of what it names, START/MID/END in TIMEX3.

    "the war" is the last named period before it whose name has that word ("World War II", "the Korean War");
    with none, the expression keeps an unknown year and no interval."""
    mod = _SPAN_PART[m["sp_part"].lower()]
    if m["sp_what"]:
        noun = m["sp_what"].lower()
        whole = next((p for p in reversed(ctx.get("periods", ())) if p.start < m.start() and p.begin and not p.begin.startswith("-") and re.search(rf"(?i)\b{noun}", p.text)), None)
        if whole is None:
            return {"value": "XXXX", "mod": mod, "_moves": False}
        begin, until, explicit = whole.begin, whole.until, True
    elif m["sp_mon"]:
        month = cal.month_fields(_year_of(m["sp_my"]), _month_of(m["sp_mon"]))
        begin, until, explicit = month["begin"], month["until"], True
        if begin.startswith("-"):
            return {**month, "mod": mod, "_year": True}
    else:
        year = _year_of(m["sp_y"])
        if year < 0:
            return {**cal.year_fields(year), "mod": mod, "_year": True}
        whole_year = cal.year_fields(year)
        begin, until, explicit = whole_year["begin"], whole_year["until"], True
    # the unit bounds the part: "the last months of the war" are its last few months, not its last third
    part = cal.part_of(begin, until, mod, _PART_MOST.get(m["sp_u"].lower()))
    if part is None:
        return None
    first, last, precision = part
    if m["sp_what"]:  # the year the part begins (or, for the last part, ends) in; the interval says more
        value = first[:4] if mod != "END" else last[:4]
    else:  # TIMEX3 keeps the value of what is divided and says which part by the mod: "1944" END
        value = begin[:7] if m["sp_mon"] else begin[:4]
    return {"value": value, "mod": mod, "begin": first, "until": last, "precision": precision, "_year": explicit, "anchor": "period" if m["sp_what"] else "absolute"}


def reporting_quarter(dct: Point | None) -> tuple[int, int] | None:
    """The quarter a report dated ``dct`` looks back on: the last one completed."""
    if dct is None or dct.month is None:
        return None
    quarter = (dct.month - 1) // 3 + 1
    return (dct.year, quarter - 1) if quarter > 1 else (dct.year - 1, 4)


_YEAR_BACK = re.compile(r"(?i:year-ago|year-earlier|prior-year|previous-year)")


def _quarter(m, text, ref, news, ctx):
    quarter = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}[m["q_n"].lower()]
    raw_year = m["q_y"] or m["q_yr"]
    if raw_year:
        year = int(raw_year)
        explicit = True
    else:
        explicit = False
        owner = m.group().lower()
        if ref is None:
            return {"value": f"XXXX-Q{quarter}", "precision": "quarter"}
        current = (ref.month - 1) // 3 + 1 if ref.month else 4
        # a report looks back on a quarter still to come only when its clause looks ahead ("expects a profit in the fourth quarter")
        year = ref.year if quarter <= current or not news or _looking_ahead(text, m.start(), m.end()) else ref.year - 1
        year += 1 if owner.startswith("next year's") else -1 if owner.startswith("last year's") else 0
        if m["q_rel"]:  # "the first quarter of this year": the year is named, the quarter is not counted back
            year = ref.year + {"this": 0, "last": -1, "next": 1}[m["q_rel"].lower()]
        if m["q_ago"] or _YEAR_BACK.search(m["q_own"] or ""):
            year -= 1  # "the year-ago third quarter", "the third quarter a year ago": that quarter a year back
    fields = cal.quarter_fields(year, quarter)
    if re.search(r"-quarter$", m.group(), re.I) and m.group()[:4].lower() == "the ":
        fields["_start"] = m.start("q_n") if not m["q_yr"] else m.start("q_yr")  # "the third-quarter results": an adjective
    return {**fields, "_year": explicit} if explicit else anchored(fields, True, news)


_ENDED = re.compile(r"\s+(?:that\s+)?(?:ended|ending|ends)\s+([A-Z][a-z]{2,8}\.?)(?:\s+\d{1,2}(?:,\s*(\d{4}))?)?\b")


def _period(m, text, ref, news, ctx):
    """ "the latest quarter", "the year-ago period": the report's own quarter, or that quarter a year back."""
    adjective = " ".join((m["pe_adj"] or "").lower().split())
    unit = m["pe_u"].lower()
    if unit == "period" and not (adjective or m["pe_yr"] or m["pe_ago"]):
        return None
    ended = _ENDED.match(text, m.end()) if unit == "quarter" and not (adjective or m["pe_yr"] or m["pe_ago"]) else None
    if ended and ended.group(1).lower().rstrip(".") in MONTHS and ref is not None:
        # "the quarter ended July 31": the three months up to that day, the calendar quarter of their middle month
        month = _month_of(ended.group(1))
        year = int(ended.group(2)) if ended.group(2) else near_year(month, ref, news, False)
        if year is not None:
            middle_year, middle = cal.shift_month(year, month, -1)
            fields = cal.quarter_fields(middle_year, (middle - 1) // 3 + 1)
            fields["begin"], fields["until"] = cal.month_fields(*cal.shift_month(year, month, -2))["begin"], cal.month_fields(year, month)["until"]
            return anchored(fields, True, news)
    reported = ctx.get("quarter")
    if reported is None:
        return None
    year, quarter = reported
    a_year_back = m["pe_ago"] or m["pe_det"].lower().startswith("last") or any(word in adjective for word in ("year-ago", "year-earlier", "comparable", "corresponding"))
    if unit == "period" and (m["pe_yr"] or a_year_back) and over_nine_months(text, m.start()):
        # "net for the nine months ... against a loss in the 1988 period": those nine months of that year, valued by the year
        return {**cal.year_fields(int(m["pe_yr"])), "_year": True} if m["pe_yr"] else anchored(cal.year_fields(year - 1), True, news)
    if m["pe_yr"]:
        year = int(m["pe_yr"])  # "the 1988 period": the reported quarter of that year
    elif a_year_back:
        year -= 1
    elif adjective in ("previous", "prior"):
        year, quarter = (year, quarter - 1) if quarter > 1 else (year - 1, 4)
    elif adjective == "current" and unit == "quarter" and ref is not None and ref.month is not None:
        # "results in the current quarter": the quarter in progress on the report's day, not the one it reports on
        year, quarter = ref.year, (ref.month - 1) // 3 + 1
    return anchored(cal.quarter_fields(year, quarter), True, news)


def _yago(m, text, ref, news, ctx):
    """ "year-earlier results": the reporting quarter a year back when the report speaks of quarters."""
    reported = ctx.get("quarter")
    if reported is not None and 0 <= ctx.get("quarter_at", -1) < m.start() and not over_nine_months(text, m.start()):
        return anchored(cal.quarter_fields(reported[0] - 1, reported[1]), True, news)
    if ref is None:
        return None
    return anchored(cal.year_fields(ref.year - 1), True, news)


def _dayof(m, text, ref, news, ctx):
    """ "the last day of April", "the first day of the year": that one day of the month or year the words name."""
    last = m["do_w"].lower() in ("last", "final", "closing")
    if m["do_ev"]:
        # "On the first day of the summit": the day the story reached when it told the meeting ("from 22 to 24
        # February": the 22nd), a day only; its last day would need the meeting's end, which the story time lacks
        if last or ref is None or ref.day is None:
            return None
        return anchored(cal.day_fields(ref.year, ref.month, ref.day), True, news)
    if m["do_m"]:
        if m["do_m"].endswith(".") or len(m["do_m"]) <= 3 and m["do_m"] != "May":
            return None
        month = _month_of(m["do_m"])
        year = int(m["do_y"]) if m["do_y"] else near_year(month, ref, news, _looking_ahead(text, m.start(), m.end()) if news else True)
    elif m["do_uy"] and m["do_u"].lower() == "year":  # "the first day of the year 1946"
        year, month = int(m["do_uy"]), (12 if last else 1)
    elif m["do_by"]:  # "on the last day of 1961": the year's last day
        year, month = int(m["do_by"]), (12 if last else 1)
    elif ref is None or ref.month is None and m["do_u"].lower() == "month":
        return None
    else:
        shift = {"last": -1, "next": 1}.get(m["do_rel"].lower(), 0)
        if m["do_u"].lower() == "year":
            year, month = ref.year + shift, (12 if last else 1)
        else:
            year, month = cal.shift_month(ref.year, ref.month, shift)
    if year is None:
        return None
    day = cal.last_day(year, month) if last else 1
    fields = cal.day_fields(year, month, day)
    return {**fields, "_year": True} if m["do_y"] or m["do_uy"] or m["do_by"] else anchored(fields, True, news)


_BUSINESS_SENTENCE = re.compile(r"(?i:\b(?:profits?|revenues?|sales|earnings|results|losses|margins?|demand|output|growth|economy|inflation|dividends?|shipments|orders)\b)")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end], at most 200 characters either side."""
    left = max(text.rfind(". ", max(0, start - 200), start), text.rfind("\n", max(0, start - 200), start))
    right = text.find(". ", end, end + 200)
    return text[left + 1 if left >= 0 else max(0, start - 200) : right if right >= 0 else end + 200]


def _half(m, text, ref, news, ctx):
    """ "the second half of the year", "the first half of last year": H1 or H2 of the year the words count to."""
    if m["ha_bare"]:
        # "profit for the first half", "demand should recover in the second half": in a report on business, the
        # report's year's half; elsewhere (a match's second half, a book's) no time of the calendar
        if not news or ref is None or not _BUSINESS_SENTENCE.search(sentence_around(text, m.start(), m.end())):
            return None
        first = m["ha_bare"].lower() == "first"
        months = (1, 6) if first else (7, 12)
        return anchored({"value": f"{cal.year_text(ref.year)}-H{1 if first else 2}", "begin": cal.month_fields(ref.year, months[0])["begin"],
                         "until": cal.month_fields(ref.year, months[1])["until"], "precision": "half"}, True, news)
    if ref is None:
        return None
    rel = " ".join((m["ha_rel"] or "").lower().split())
    year = ref.year + {"last": -1, "the previous": -1, "the prior": -1, "next": 1, "the following": 1}.get(rel, 0)
    first = m["ha_n"].lower() == "first"
    months = (1, 6) if first else (7, 12)
    return anchored({"value": f"{cal.year_text(year)}-H{1 if first else 2}", "begin": cal.month_fields(year, months[0])["begin"],
                     "until": cal.month_fields(year, months[1])["until"], "precision": "half"}, True, news)


def _fy(m, text, ref, news, ctx):
    """ "the year", "the fiscal year": the story's (or report's) year; a span when "ended"/"ending" follows.
    In news, "the week" ("for the week, the index fell"; "the week's most active session") is a week of the report's
    year; which one the words do not say ("the week following the crash"), so its value is the year's unknown week."""
    if m["fy_wk"]:
        if not news or ref is None or ref.day is None:
            return None  # a history's "the week" has no week told
        if re.match(r"\s+(?:ended|ending|ends|to\s+date)\b", text[m.end() : m.end() + 12]):
            return {"type": "DURATION", "value": "P1W"}
        week = cal.week_fields(cal.to_date(ref))  # TimeBank values it an unknown week of the year (4 of 4, 3 reports)
        return anchored({**week, "value": week["value"][:4] + "-WXX"}, True, news)
    if re.match(r"\s+(?:ended|ending|ends|to\s+date)\b", text[m.end() : m.end() + 12]):
        return {"type": "DURATION", "value": "P1Y"}
    if ref is None or (not news and not m["fy_adj"]):
        return None
    year = ref.year
    reported = ctx.get("quarter")
    if news and reported and reported[0] < ref.year and reported[1] == 4 and 0 <= ctx.get("quarter_at", -1) < m.start() and not _looking_ahead(text, m.start(), m.end()):
        year = reported[0]  # "fourth-quarter revenue rose ...; for the full year, revenue grew" in February: the year just reported
    return anchored(cal.year_fields(year), True, news)


def _bcr(m, text, ref, news, ctx):
    """ "from 264 to 241 BC": the first end of a BC range takes the era of the second."""
    year = int(m["bcr_n"])
    return {**cal.year_fields(-year), "mod": "APPROX" if m["bcr_c"] else None, "_year": True} if year else None


def _bc(m, text, ref, news, ctx):
    raw = m["bc_n1"] or m["bc_n2"]
    year = int(raw)
    if year == 0:
        return None
    if m["bc_suf"] and _BC.search(m["bc_suf"]):
        year = -year
    mod = "APPROX" if m["bc_c"] else None
    return {**cal.year_fields(year), "mod": mod, "_year": True}


_OPEN_END = re.compile(r"(?i:\s+(?:or|and)\s+(later|after|beyond|earlier|before))\b(?!\s+(?:the|a|an|that|this|his|her|its|their)\b)")


def _year(m, text, ref, news, ctx):
    start = m.start("yr")
    if " ".join((m["yr_part"] or "").lower().split()) in ("fiscal", "the year"):  # "fiscal 1989 sales", "the year 1997": never a count
        return {**cal.year_fields(int(m["yr"])), "_year": True}
    if (m["yr_part"] or "").lower() in ("pre", "post"):  # "the post-1959 politics", "its pre-1914 borders": before or after that year
        return {**cal.year_fields(int(m["yr"])), "mod": "BEFORE" if m["yr_part"].lower() == "pre" else "AFTER", "_year": True}
    if not m["yr_part"] and looks_like_count(text, start, m.end("yr")):  # "mid-1939 talks" is still a year
        return None
    if not m["yr_part"] and not m["yr_c"] and other_calendar(text, start, m.end("yr")):
        return None  # "Samvat 2004" is 1947, "1 Chaitra 1900" 22 March 1978: not these Gregorian years
    if start and text[start - 1] == "-" and not m["yr_part"] and not _YEAR_DASH.search(text[max(0, start - 8) : start]):
        return None  # "A-1941", "555-1212": a code, not a year
    mod = "APPROX" if m["yr_c"] else part_mod(m["yr_part"])
    part = (m["yr_part"] or "").lower().split()
    year = int(m["yr"])
    open_end = _OPEN_END.match(text, m.end()) if not m["yr_part"] else None
    if open_end:  # "1994 or later", "1990 and beyond", "1985 or earlier": from (or up to) that year on
        return {**cal.year_fields(year), "mod": "ON_OR_BEFORE" if open_end.group(1).lower() in ("earlier", "before") else "ON_OR_AFTER", "_year": True, "_end": open_end.end()}
    if "quarters" in part:  # "the first two quarters of 1990" is its first half
        part = ["the", part[-4], "half"]
    if len(part) >= 3 and part[2] == "half":  # "the second half of 1944"
        first = 1 if part[1] == "first" else 7  # second, last or latter half
        return {"value": f"{year:04d}-H{1 if first == 1 else 2}", "begin": f"{year:04d}-{first:02d}-01", "until": cal.month_fields(year, first + 5)["until"], "precision": "half", "_year": True}
    if len(part) >= 3 and part[1] in SEASONS:
        return {**cal.season_fields(year, SEASONS[part[1]]), "_year": True}
    return {**cal.year_fields(year, mod), "mod": mod, "_year": True}


# "from 772 to 804", "between 602 and 628": the second end of a range of three-digit years
_Y3_RANGE_HEAD = re.compile(r"(?i:\b(?:from|between)\s+(?:c\.\s*|about\s+|around\s+)?[1-9]\d{2,3}\s+(?:to|and)\s+$)")
# "a total of 782", "a garrison of 600": an amount, not a year
_AMOUNT_OF = re.compile(r"(?i:\b(?:total|sum|number|average|population|force|garrison|army|armies|crew|fleet|tally|toll|majority|loss|losses"
                        r"|strength|size|height|depth|length|distance|rate|price|cost|budget|fine|debt|score|count|range|speed|weight|altitude"
                        r"|capacity|minimum|maximum|peak|low|high|record|group|band|company|body|crowd|party|army\s+strength)\s+of\s+$)")


def _story_bc(ref, ctx: dict) -> bool:
    """Whether the story's time is before Christ and the text last wrote an era as BC: a year written bare is then of
    that era ("in 664" after "667 BC"), but not once the text has crossed to AD ("from 27 BC to AD 476. In 410 ...")."""
    return ref is not None and ref.year <= 0 and ctx.get("era") != "AD"


def _y3_ok(text: str, start: int, end: int, ref, news: bool) -> bool:
    """Whether a three-digit number after a month or a season is its year: only in a history told before the year 1000,
    and not when a count follows ("May 300 soldiers")."""
    return not news and (ref is None or ref.year < 1000) and not looks_like_count(text, start, end)


def _era_year(number: int, ref, ctx: dict) -> str:
    """A bare year as _year_of reads it, with the story's era."""
    return f"{number} BC" if _story_bc(ref, ctx) else str(number)


def _y3(m, text, ref, news, ctx):
    """ "Constantine founded the city in 330.": a three-digit year, only in a history and only where a year ends the
    phrase (no noun follows to make it a count), and not when a later era is the story's ("in 330" in 1941 is a count).
    In a story told before Christ a bare year is of that era: "in 664" after "667 BC" is 664 BC."""
    late_story = ref is not None and ref.year >= 1000
    if late_story and not (_CLAUSE_END.match(text, m.end()) and text[max(0, m.start() - 3) : m.start()] in ("in ", "In ")):
        return None  # after the year 1000 a bare three-digit number is a count, unless "in 476." closes its clause
    if news or text[max(0, m.start() - 8) : m.start()].rstrip().endswith(("$", "%")):
        return None
    before = text[max(0, m.start() - 40) : m.start()]
    if before.endswith(("to ", "and ")) and not _Y3_RANGE_HEAD.search(before):
        return None  # "rose to 804.", "ships and 600": only the second end of a range of years
    if before.endswith("of ") and (_AMOUNT_OF.search(before) or looks_like_count(text, m.start(), m.end())):
        return None
    name = _Y3_NAME_AFTER.match(text, m.end())
    if name and (not before.endswith(("in ", "In ", "by ", "By ")) or name.group(1) and not name.group(2)):
        return None  # "in 410 Rome was sacked" is a year; "of 300 Franks", "in 800 Saxons fled" are counts of a people
    number = int(m["y3_n"])
    return {**cal.year_fields(-number if _story_bc(ref, ctx) else number), "_year": True}


_CLAUSE_END = re.compile(r"[.;](?:\s|$)|$")
# a capitalized word after a three-digit number: a name ("in 410 Rome"), or a people counted ("300 Spartans") when
# it ends in a plural "s" that no singular verb follows ("in 480 Athens was burned" is a name)
_Y3_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]*?(s)?(?![\w'’])(\s+(?:was|is|had|has|fell|became|surrendered)\b)?")


def _spyear(m, text, ref, news, ctx):
    year = spelled_year(m.group())
    return {**cal.year_fields(year), "_year": True} if year else None


def _shorty(m, text, ref, news, ctx):
    return _short_year(m.start(), m["sh"], text)


_SHORT_HEAD = re.compile(r"(1\d|20)(\d\d)\s*[-–—/]$")


def _short_year(start: int, digits: str, text: str) -> dict | None:
    """ "1939-45": the second end of a year range written with two digits."""
    head = _SHORT_HEAD.search(text, max(0, start - 8), start)
    if head is None or int(digits) <= int(head.group(2)) or looks_like_count(text, head.start(), head.start() + 4):
        return None  # (a label before the first end makes both a reference number: "Resolution 1514/15")
    return {**cal.year_fields(int(head.group(1) + digits)), "_year": True}


def _holiday(m, text, ref, news, ctx):
    name = " ".join(m["ho"].split())
    if m["ho_y"]:
        day = cal.holiday(name, int(m["ho_y"]))
        return {**_holiday_fields(day, m["ho_wk"]), "_year": True} if day else None
    if ref is None:
        return None
    if m["ho_of"]:  # "on Christmas Day that year", "Easter of the following year": the year the words count to
        day = cal.holiday(name, ref.year + _OF_YEAR.get(m["ho_of"].split()[-1].lower(), 0))
        return anchored(_holiday_fields(day, m["ho_wk"]), True, news) if day else None
    rel = (m["ho_rel"] or "").lower()
    base = cal.to_date(ref)
    day = cal.holiday(name, ref.year)
    if day is None:
        return None
    if news and not rel and base is not None:
        # as with a bare month: the coming one when the clause looks ahead or it is at most two months
        # ahead of the report, otherwise the latest one
        found = tense(text, m.start(), m.end())
        ahead = found == "future" or found is None and 0 <= (day - base).days <= 61
        if abs((day - base).days) <= 7:
            pass  # a holiday within a week of the report is this one, whatever the tense ("as Easter week began")
        elif ahead and day < base:
            day = cal.holiday(name, ref.year + 1)
        elif not ahead and day > base:
            day = cal.holiday(name, ref.year - 1)
    elif base is not None and rel == "last" and day > base:
        day = cal.holiday(name, ref.year - 1)
    elif base is not None and rel == "next" and day < base:
        day = cal.holiday(name, ref.year + 1)
    return anchored(_holiday_fields(day, m["ho_wk"]), True, news) if day else None


def _holiday_fields(day, week: str | None) -> dict:
    """The holiday's day, or the week around it ("Easter week")."""
    if week:
        fields = cal.week_fields(day)
        return {**fields, "value": fields["value"] + ("-WE" if week.lower() == "weekend" else "")}
    return cal.day_fields(day.year, day.month, day.day)


_HANDLERS = {
    "fyr": _fyr, "nthwd": _nthwd, "dotted": _dotted, "iso": _iso, "slash": _slash, "drange": _drange, "dtail": _dtail, "oday": _oday, "dmy": _dmy, "mdy": _mdy, "mon": _mon, "season": _season, "decade": _decade,
    "century": _century, "turn": _turn, "mill": _mill, "spanpart": _spanpart, "quarter": _quarter, "bc": _bc, "bcr": _bcr, "year": _year, "y3": _y3, "shorty": _shorty, "spyear": _spyear,
    "holiday": _holiday, "period": _period, "yago": _yago, "dayof": _dayof, "half": _half, "fy": _fy, **RELATIVE_HANDLERS,
}


def today_point(dct: str | None) -> Point | None:
    """The DCT as a point ("1998-01-08", "1998-01", "1998"); None when unreadable."""
    if not dct or not isinstance(dct, str):
        return None
    found = re.match(r"\s*(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?", dct)
    if not found:
        return None
    year, month, day = int(found.group(1)), found.group(2), found.group(3)
    if year < 1:
        return None
    if month and day and cal.valid_day(year, int(month), int(day)):
        return Point(year, int(month), int(day))
    if month and 1 <= int(month) <= 12:
        return Point(year, int(month))
    return Point(year)


__all__ = ["resolve", "today_point", "number_of", "reporting_quarter"]
