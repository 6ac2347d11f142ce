"""Forms that count from a reference time: "three days later", "last week", "for 45 years",
"every year", "Monday", "10 p.m. Wednesday", "today", "the weekend".

Each handler takes (match, text, ref, news, ctx) like those of
:mod:`detente.time.normalize` and returns TIMEX3 fields or None.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from detente.time import calendar as cal
from detente.time.calendar import Point
from detente.time.cues import (
    anchored,
    duration_value,
    future_cue,
    near_year,
    number_of,
    over_nine_months,
    sentence_before,
    unit_of,
)
from detente.time.grammar import MONTHS, SEASONS, WEEKDAYS, grammar_match

_DEICTIC_REF = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "the present": "PRESENT_REF", "at present": "PRESENT_REF", "current": "PRESENT_REF", "recently": "PAST_REF",
    "the past": "PAST_REF", "recent": "PAST_REF", "recent years": "PAST_REF", "recent months": "PAST_REF",
    "recent weeks": "PAST_REF", "recent days": "PAST_REF", "the future": "FUTURE_REF", "future": "FUTURE_REF",
    "soon": "FUTURE_REF", "then current": "PAST_REF", "then-current": "PAST_REF",
}
_PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_MODS = {
    "more": "MORE_THAN", "over": "MORE_THAN", "nearly": "LESS_THAN", "almost": "LESS_THAN", "less": "LESS_THAN",
    "fewer": "LESS_THAN", "about": "APPROX", "some": "APPROX", "roughly": "APPROX", "around": "APPROX",
    "at": "EQUAL_OR_MORE", "up": "EQUAL_OR_LESS",
}
# "for years", "within weeks", "months of talks": a bare plural unit is a duration only after these words.
_BARE_BEFORE = re.compile(r"(?i:\b(?:for|within|over|after|spent|lasted|took|take|in|following|follows|followed)\s+$)")
# "358,000 a month", "seats a week", "$55 a night": a rate, not a duration.
_RATE_BEFORE = re.compile(r"(?:\d[\d,.]*%?|[a-z]+s|million|billion|trillion|thousand|hundred)\s+$")
# "revenue to rise 20% annually", "10,000 units annually", "$2 million yearly": an amount per period, a rate like
# "$2 million a year" (above), not a recurring event; "meets weekly", "held here annually" stay sets.
# The amount may carry its unit ("cubic meters of water"); a year ("since 1996 ... annually") is no amount.
_AMOUNT_BEFORE = re.compile(r"(?i:(?:\b(?!(?:1[0-9]|20)\d\d\b)\d[\d,.]*%?|million|billion|trillion|thousand|hundred|percent)(?:\s+(?!times\b)[a-z]+){0,2}(?:\s+of\s+[a-z]+)?\s+$)")
_NOT_PLURAL = frozenset(("was", "is", "has", "as", "this", "its", "his", "us", "less", "across", "perhaps", "thus", "always", "towards", "afterwards", "plus", "yes", "does"))
# A set adverb right before one of these words is still an adverb ("adjusted quarterly and ..."); before any other lower-case word it is an adjective ("quarterly dividend").
_ADVERB_NEXT = frozenset(("and", "or", "but", "in", "on", "at", "for", "to", "from", "since", "through", "until", "by", "with", "as", "during", "over", "the", "a", "an", "basis",
                          "outside", "inside", "near", "across", "around", "before", "after", "throughout", "into", "under", "among", "along", "again", "against"))


def _shift(ref: Point, number: float, unit: str, sign: int) -> dict | None:
    """The reference moved by number x unit, at the precision of the unit ("six weeks ago" is a week)."""
    unit = unit_of(unit)
    if unit == "year" and number != int(number) and ref.month is not None:
        # "two and a half years later" after December 1972: thirty months on, told as a year (1975, not 1974)
        return cal.year_fields(cal.shift_month(ref.year, ref.month, round(number * 12) * sign)[0])
    steps = int(number) * sign
    sign = 1 if sign >= 0 else -1
    base = cal.to_date(ref)
    if unit in ("day", "night") and base is not None:
        return cal.day_fields(*(base + timedelta(days=steps)).timetuple()[:3])
    if unit in ("week", "fortnight", "weekend") and base is not None:
        return cal.week_fields(base + timedelta(days=steps * (14 if unit == "fortnight" else 7)))
    if unit in ("day", "night", "week", "fortnight", "weekend", "month") and ref.month is not None:
        months = steps if unit == "month" else round(steps * (7 if unit == "week" else 1) / 30)
        return cal.month_fields(*cal.shift_month(ref.year, ref.month, months))
    if unit == "quarter" and ref.month is not None:
        year, month = cal.shift_month(ref.year, ref.month, 3 * steps)
        return cal.quarter_fields(year, (month - 1) // 3 + 1)
    if unit in SEASONS and unit != "fall":  # "two summers later": that season, so many years on
        return cal.season_fields(ref.year + steps, SEASONS[unit])
    if unit in ("decade", "century", "millennium"):  # "a decade ago", "half a century later": a year, not the 1980s
        year = ref.year + round(number * {"decade": 10, "century": 100, "millennium": 1000}[unit]) * sign
        if ref.year < 0 <= year or year < 0 <= ref.year:
            year += 1 if sign > 0 else -1  # there is no year 0
        return cal.year_fields(year)
    if unit in ("month", "quarter"):
        # a story told in years, counted on in months: the count reaches into one year or two ("eighteen months on"
        # after 1971 is 1972/1973, "twelve months later" 1972); the value keeps the nearest year, as TimeML would
        months = steps * (1 if unit == "month" else 3)
        fields = cal.year_fields(ref.year + round(months / 12))
        first, last = ref.year + months // 12, ref.year + (months + 11) // 12
        if first != last and first > 0 and last > 0:
            fields = {**fields, "begin": cal.year_fields(first)["begin"], "until": cal.year_fields(last)["until"]}
        return fields
    if unit == "year":
        year = ref.year + steps
        if ref.year < 0 <= year or year < 0 <= ref.year:
            year += 1 if steps > 0 else -1  # there is no year 0 between 1 BC and AD 1
        return cal.year_fields(year)
    return None


def _bc_step(year_bc: int, unit: str, sign: int) -> dict | None:
    """The decade or century next to (sign 1) or before (sign -1) the one holding ``year_bc`` BC."""
    if unit == "decade":
        decade = year_bc // 10 * 10 - 10 * sign  # 479 BC lies in the 470s BC (479-470 BC)
        if decade < 0:
            return None
        return {"value": f"BC{decade // 10:03d}", "begin": cal.iso_day(-(decade + 9), 1, 1), "until": cal.iso_day(-max(decade, 1), 12, 31), "precision": "decade"}
    number = (year_bc - 1) // 100 + 1 - sign  # 479 BC lies in the 5th century BC
    return cal.century_fields(number, True) if number >= 1 else None


# The month a report's figure is of, named in its clause before "from a year earlier": "in November", "this month"
_CLAUSE_MONTH = re.compile(
    r"(?:\b(?:in|for|during)\s+(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)"
    r"|\b(?P<rel>this|last)\s+month\b)(?![^,;]*\b(?:quarter|year)\b)(?![^;:]*,\s+(?:and|but|while|whereas)\b)[^;:]*$")


def _clause_month(text: str, start: int, dct: Point | None) -> tuple[int, int] | None:
    """(year, month) of the month a report's sentence names before ``start``, counted from the report's day."""
    if dct is None or dct.month is None:
        return None
    found = _CLAUSE_MONTH.search(sentence_before(text, start, 100))
    if found is None:
        return None
    if found["rel"]:
        return cal.shift_month(dct.year, dct.month, -1 if found["rel"] == "last" else 0)
    month = MONTHS[found["m"].lower()]
    return (near_year(month, dct, True, False), month)


# "thirty years ago today", "ten years ago this week": an anniversary, the same day (week, month) that many years back
_ANNIVERSARY = re.compile(r"\s+(?:(?P<day>today|yesterday)|this\s+(?P<unit>week|month))(?![\w-])", re.IGNORECASE)


def _anniversary(m, text: str, ref: Point | None, number: float | None) -> dict | None:
    """The day, week or month ``number`` years before the reference's, when "today" or "this week" follows."""
    anchor = _ANNIVERSARY.match(text, m.end())
    base = cal.to_date(ref)
    if anchor is None or base is None or number is None or number != int(number) or m["ago_mod"]:
        return None
    year = base.year - int(number)
    if anchor["unit"] == "month":
        fields = cal.month_fields(year, base.month)
    else:
        day = base - timedelta(days=1) if (anchor["day"] or "").lower() == "yesterday" else base
        if not cal.valid_day(year, day.month, day.day):
            return None  # 29 February in a year that has none
        fields = cal.day_fields(year, day.month, day.day) if anchor["day"] else cal.week_fields(date(year, day.month, day.day))
    return {**fields, "_end": anchor.end()}


# the directions a vague count ("a few years ...") moves the story by: "later", "earlier", "afterwards"
_VAGUE_SHIFTS = frozenset(("later", "earlier", "afterwards", "afterward"))


def _ago(m, text, ref, news, ctx):
    direction = m["ago_dir"].lower().split()[0]
    sign = -1 if direction in ("ago", "earlier", "before", "previously") else 1
    number = number_of(m["ago_n"])
    if number is not None and (m["ago_half"] or m["ago_nhalf"]):
        number += 0.5  # "a minute and a half later", "three and a half years ago"
    mod = _MODS.get((m["ago_mod"] or "").lower().split()[0]) if m["ago_mod"] else None
    if mod is None and (m["ago_so"] or "couple" in m["ago_n"].lower()):
        mod = "APPROX"  # "a week or so ago", "a couple of years later"
    unit = unit_of(m["ago_u"])
    if direction == "ago" and unit == "year" and (anniversary := _anniversary(m, text, ref, number)):
        return anchored(anniversary, True, news)
    if direction in ("after", "before") and (re.match(r"\s+(?!(?:that|this|then|which|when|and|or|but)\b)[A-Za-z]", text[m.end() : m.end() + 8])
                                            or re.search(r"(?i:\b(?:for|during|over|within)\s+$)", text[max(0, m.start() - 8) : m.start()])):
        # "For nearly half a century after that": how long, counted from what "that" was; a span either way
        # "a year after the death of Elizabeth": counted from an event the tagger does not know (known
        # events are resolved by the tagger before this); TimeML keeps the span as a duration
        return {"type": "DURATION", "value": duration_value(number, unit), "mod": mod, "_end": m.end("ago_half") if m["ago_half"] else m.end("ago_u")}
    if direction in ("earlier", "later") and re.match(r"\s+than\b", text[m.end() : m.end() + 6]):
        # "six months earlier than required", "two years later than planned": a difference between two dates, a span
        return {"type": "DURATION", "value": duration_value(number, unit), "mod": mod, "_end": m.end("ago_half") if m["ago_half"] else m.end("ago_u"), "_moves": False}
    if news and direction in ("later", "after", "before", "afterward", "afterwards", "hence", "on"):
        # TimeBank's reading of news: "three days later" holds the duration "three days"; its
        # interval still says which day it points to, for whoever dates events by it
        pointed = _shift(ref, number, unit, sign) if ref is not None and number is not None else None
        interval = {key: pointed[key] for key in ("begin", "until", "precision")} if pointed else {}
        return {"type": "DURATION", "value": duration_value(number, unit), "mod": mod, "_end": m.end("ago_half") if m["ago_half"] else m.end("ago_u"), "_moves": False, **interval}
    if number is None or ref is None:
        span = _vague_span(ref, unit, sign) if not news and direction in _VAGUE_SHIFTS and not m["ago_mod"] else None
        # "It withdrew its objection a few weeks later": no count, but the story's day is known, so the weeks it
        # reaches (two to six units on, told at the unit's precision) date what follows; the value stays TimeML's
        return {"value": "PAST_REF" if sign < 0 else "FUTURE_REF", "_moves": False, **(span or {})}
    month = _clause_month(text, m.start(), ctx.get("dct")) if news and unit == "year" and number == 1 and direction in ("ago", "earlier") else None
    if month is not None:  # "sales fell in November from a year earlier": that month, a year back
        return anchored({**cal.month_fields(month[0] - 1, month[1]), "mod": mod}, True, news)
    reported = ctx.get("quarter")
    if news and unit == "year" and number == 1 and sign < 0 and reported and 0 <= ctx.get("quarter_at", -1) < m.start():
        if over_nine_months(text, m.start()):  # "for the nine months ... a year earlier": those months of the year before, its year
            return anchored({**cal.year_fields(reported[0] - 1), "mod": mod}, True, news)
        return anchored({**cal.quarter_fields(reported[0] - 1, reported[1]), "mod": mod}, True, news)
    if not news and direction != "ago" and unit in ("week", "weeks", "fortnight", "fortnights") and ref.day is not None and number == int(number):
        # "three weeks later" after "3 January 1868": the story counts in days from its day, so the day it reaches
        # (a writer's "two weeks ago" is a week, as news tells it)
        unit = "day"
        number = number * (14 if unit_of(m["ago_u"]) == "fortnight" else 7)
    fields = _shift(ref, number, unit, sign)
    return anchored({**fields, "mod": mod}, True, news) if fields else None


def _vague_span(ref: Point | None, unit: str, sign: int) -> dict | None:
    """The stretch "a few (several, some) <unit>s later" (or earlier) reaches from the reference: two to six units on."""
    if ref is None:
        return None
    base = cal.to_date(ref)
    if unit in ("day", "week") and base is not None:
        days = 7 if unit == "week" else 1
        ends = sorted((base + timedelta(days=sign * 2 * days), base + timedelta(days=sign * 6 * days)))
        return {"begin": ends[0].isoformat(), "until": ends[1].isoformat(), "precision": "day" if unit == "day" else "month"}
    if unit in ("week", "month") and ref.month is not None:
        steps = sorted((sign * (1 if unit == "week" else 2), sign * (2 if unit == "week" else 6)))
        first, last = (cal.month_fields(*cal.shift_month(ref.year, ref.month, step)) for step in steps)
        return {"begin": first["begin"], "until": last["until"], "precision": "month"}
    if unit == "year":
        first, last = sorted((ref.year + sign * 2, ref.year + sign * 6))
        return {"begin": cal.year_fields(first)["begin"], "until": cal.year_fields(last)["until"], "precision": "year"}
    return None


_DETERMINER_BEFORE = re.compile(r"(?i:\b(?:that|the|this)\s+$)")


def _rel(m, text, ref, news, ctx):
    word = m["rel_w"].lower()
    unit = m["rel_u"].lower()
    if word == "that" and (m["rel_n"] or "").lower() in ("a", "an"):
        return None  # "warned that a second storm", "said that a week of talks": the conjunction, then what follows it
    if word == "same" and m.start() == m.start("rel_w") and _DETERMINER_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        return None  # what is left of a "that same day" that tells no day: not the day of the DCT
    if unit[:-1] in SEASONS:
        # "for the past three summers", "in each of the last two winters": that season, year after year (as "every summer")
        return {"type": "SET", "value": f"XXXX-{SEASONS[unit[:-1]]}", "_moves": False}
    plural = unit.endswith("s") and unit != "centuries" or unit == "centuries"
    if word == "last" and (m["rel_n"] or plural) and re.search(r"(?i:\b(?:to|would|will|could|did|not|should|might|may|can|must|shall)\s+$)", text[max(0, m.start() - 8) : m.start()]):
        # "meant to last fifty years", "could last weeks or months": the verb, then the span
        other = None if m["rel_n"] else _OR_UNITS.match(text, m.end())
        return {"type": "DURATION", "value": duration_value(number_of(m["rel_n"]) if m["rel_n"] else None, unit),
                "_start": m.start("rel_n") if m["rel_n"] else m.start("rel_u"), **({"_end": other.end()} if other else {})}
    if plural and not m["rel_n"] and word == "coming":
        return {"value": "FUTURE_REF", "_moves": False}  # "in coming months": some time ahead, of no stated length
    if m["rel_n"] or m["rel_half"] or plural or word == "past" and unit in ("decade", "century"):  # "over the past decade": the span
        number = number_of(m["rel_n"]) if m["rel_n"] else 0.5 if m["rel_half"] else None if plural else 1  # "the next half century"
        if plural and not m["rel_n"] and word == "past":
            return {"value": "PAST_REF", "_moves": False}  # "in past years"
        after = _OR_SO.match(text, m.end())
        approx = after or "couple" in (m["rel_n"] or "").lower()  # "the next two years or so", "the next couple of years"
        return {"type": "DURATION", "value": duration_value(number, unit), "mod": "APPROX" if approx else None, **({"_end": after.end()} if after else {})}
    if ref is None:
        return {"value": "PAST_REF" if word in ("last", "previous", "preceding", "prior", "past") else "FUTURE_REF" if word in ("next", "following", "coming") else "PRESENT_REF", "_moves": False}
    # "the past year" is the year before the reference, as "last year" is; "the coming week" the next one
    sign = -1 if word in ("last", "previous", "preceding", "prior", "past", "latest") else 1 if word in ("next", "following", "coming") else 0
    unit = unit_of(unit)
    base = cal.to_date(ref)
    # "early next year", "earlier this month", "late last week": the start or the end of that unit
    edge = _EDGE_MOD.get((m["rel_part"] or "").lower())
    if unit in ("week", "weekend") and base is not None:
        fields = cal.week_fields(base + timedelta(days=7 * sign))
        if unit == "weekend":
            fields["value"] += "-WE"
    elif unit == "quarter" and ref.month is not None:
        year, month = cal.shift_month(ref.year, ref.month, 3 * sign)
        fields = cal.quarter_fields(year, (month - 1) // 3 + 1)
    elif unit in ("decade", "century") and ref.year < 0:
        fields = _bc_step(-ref.year, unit, sign)  # BC years count down: the decade after the 470s BC is the 460s BC
    elif unit == "decade":
        fields = cal.decade_fields((ref.year // 10 + sign) * 10)
    elif unit == "century":
        fields = cal.century_fields(ref.year // 100 + 1 + sign)
    else:
        fields = _shift(ref, 1, unit, sign) if sign else _shift(ref, 0, unit, 1)
        if fields and unit in ("day", "night") and word in ("same", "that") and ref.day is None:
            if word == "same" and unit == "day" and ref.month is not None:
                # "killed last October; crossed out that same day": a day of that month, which the text does not tell
                return anchored({**cal.month_fields(ref.year, ref.month), "value": f"{cal.year_text(ref.year)}-{ref.month:02d}-XX"}, True, news)
            return None
        if fields and edge and fields.get("precision") == "year" and m["rel_part"].lower() in ("early", "late"):
            fields = cal.year_fields(ref.year + sign, edge)  # "early next year": its first months, as "early 1942"
    if fields and edge:
        fields["mod"] = edge
        if m["rel_part"].lower() in ("earlier", "later") and not sign and base is not None and fields.get("begin"):
            # "earlier this year": the part of the year before the reference day, not its first months
            day = base.isoformat()
            fields["begin" if edge == "END" else "until"] = max(fields["begin"], min(day, fields["until"]))
    return anchored(fields, True, news) if fields else None


def _dur(m, text, ref, news, ctx):
    unit = m["dur_u"].lower()
    raw = m["dur_n"] or (m["dur_an_n"] or "one" if m["dur_an"] else None) or re.sub(r"^(?:(?:more|less|fewer)\s+than|at\s+least|up\s+to|nearly|about|almost|over|some|roughly|around|only|just)\s+", "", " ".join((m["dur_more"] or "").lower().split()))
    if m["dur_tail"] and m["dur_tail"].lower() == "old":
        return None  # an age ("a 52-year-old"), not a span of time
    if (m.group()[0].isupper() or (m["dur_n"] or "x")[0].isupper()) and m.group("dur_u")[0].isupper() and re.match(r"['’]?\s+[A-Z]", text[m.end() : m.end() + 3]):
        return None  # "the Six-Day War", "the Seven Years' War": a name
    if m.group("dur_u")[0].isupper() and re.search(r"(?:''|\"|“|``|‘)$", text[max(0, m.start() - 2) : m.start()]):
        return None  # CBS's ''60 Minutes'': a quoted title
    number = number_of(raw)
    lead = raw.lower()
    if number is not None and number >= 1000 and (m["dur_the"] or re.search(r"(?i:\bthe\s+$)", text[max(0, m.start() - 5) : m.start()])):
        return None  # "the 1988 quarter" is no span of 1988 quarters
    if unit == "second" and lead in ("a", "an") and re.match(r"\s+(?!(?:of|or|and|later|ago|earlier|before|after)\b)[A-Za-z]", text[m.end() : m.end() + 12]):
        return None  # "a second attack", "A second Turkish offensive"
    if lead in ("some", "many") and not unit.endswith("s"):
        return None
    if lead in ("a", "an", "one") and not m["dur_more"]:
        before = text[max(0, m.start() - 16) : m.start()]
        rate = _RATE_BEFORE.search(before)
        if rate and rate.group().split()[0].lower() not in _NOT_PLURAL:
            return None
        if lead == "one" and unit.lower() == "day" and m.group()[m.start("dur_u") - m.start() - 1] == " " and re.match(r"\s+[a-z]+", text[m.end() : m.end() + 12]) and not re.search(r"(?i:\b(?:for|in|within|after|than|about|only|just|by)\s+$)", before):
            if re.search(r"(?i:\b(?:will|would|could|may|might|shall|must)\s+$)", before):
                return {"value": "FUTURE_REF", "_moves": False}  # "it will one day be": some day ahead, no span
            return None  # "one day he left": no date, no span
    if unit_of(unit) == "quarter" and re.match(r"\s+of\b", text[m.end() : m.end() + 4]) and number is not None:
        return None  # "three-quarters of its food": a fraction
    if number is not None and (m["dur_frac"] or re.search(r"and[- ]a[- ]half", m.group(), re.I)):
        number += 0.5
    mod = None
    if m["dur_more"]:
        mod = _MODS.get(m["dur_more"].lower().split()[0])
    after = _OR_SO.match(text, m.end())
    if mod is None and (after or "couple" in raw.lower()):
        mod = "APPROX"  # "a couple of years", "three weeks or so"
    fields = {"type": "DURATION", "value": duration_value(number, unit), "mod": mod}
    if after:
        fields["_end"] = after.end()
    elif number is not None and number == int(number) and not m["dur_tail"]:
        more = _AND_MORE.match(text, m.end())  # "four years and three months", "2 hours 9 minutes": one span, P4Y3M
        extra = number_of(more.group(1)) if more else None
        pair = (unit_of(unit), unit_of(more.group(2))) if more else None
        if extra is not None and extra == int(extra) and pair in _COMPOUND and not re.match(r"\s+(?:later|earlier|ago|after|before|afterwards?)\b", text[more.end() : more.end() + 12], re.I):
            head, tail = _COMPOUND[pair]
            fields["value"] = head.format(int(number)) + tail.format(int(extra))
            fields["_end"] = more.end()
    if m["dur_the"] and m["dur_the"].split()[0].lower() == "the" and len(m["dur_the"].split()) == 1 and text[m.start("dur_u") - 1] == "-":
        fields["_start"] = m.start("dur_n") if m["dur_n"] else m.start("dur_more")  # "the two-week trip": the span is the adjective
    elif m["dur_n"] and number is not None and not (m["dur_the"] or m["dur_tail"]) and m.start() == m.start("dur_n"):
        window = max(0, m.start() - 40)
        low = _RANGE_LOW.search(text, window, m.start())
        if low is not None and (number_of(low["low"]) or number) < number:
            # "two to three weeks", "the next 12 to 18 months": TimeML tags a range of lengths as one DURATION; neither
            # end is its length, so the count is unknown (PXW, PXM) and the span runs from the first end (and
            # "the next"/"the past" before it)
            fields.update({"value": duration_value(None, unit), "mod": None, "_start": low.start("lead") if low["lead"] else low.start("low")})
    return fields


_BARE_STEP = re.compile(r"\s+(later|earlier|afterwards?)(?![\w-])")
# where a clause starts: the text's start, a sentence's, after a comma, a semicolon, "and" or "but"
_BARE_STEP_BEFORE = re.compile(r"(?:^|[.!?;:,]['\"’”)]*\s+|\n\s*|\b(?:and|but|only)\s+)$")


_THE_WORD_BEFORE = re.compile(r"(?i:\bthe\s+[a-z]+\s+$)")


def _bare(m, text, ref, news, ctx):
    before = text[max(0, m.start() - 10) : m.start()]
    after = text[m.end() : m.end() + 4]
    if re.match(r"\s+(?:between|from)\s+(?:\d|the\b)|\s+of\s+(?:\d|the\s+(?:war|year|decade|century)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:this|that|last|next)\s+(?:week|month|year))|\s+\d{3,4}\b", text[m.end() : m.end() + 24]):
        return None  # "the closing months of 1944", "the early hours of Thursday", "the years 1914-18": a part of a date or the dates themselves, not a span
    if m["ba_one"]:  # "a day-long meeting": one unit
        return {"type": "DURATION", "value": duration_value(1, m["ba_one"])}
    step = _BARE_STEP.match(text, m.end()) if m["ba_u"] and not m["ba_long"] and _BARE_STEP_BEFORE.search(text, max(0, m.start() - 10), m.start()) else None
    if step:  # "Weeks later, the survivors came home": some time on (or back) from the story's time, by no stated count
        return {"value": "PAST_REF" if step.group(1).lower() == "earlier" else "FUTURE_REF", "_moves": False, "_end": step.end()}
    if not news and re.match(r"\s+of\b", after) and _THE_WORD_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        # a history's "the worst years of the Special Period", "the famine years of the 1960s": a time named, not a
        # span (TimeBank tags news's "the last years of the regime" as a duration, and news keeps that)
        return None
    if not (m["ba_long"] or _BARE_BEFORE.search(before) or re.match(r"\s+of\b", after) or re.search(r"(?i:\bthe\s+$)", before) and m["ba_u"].lower() == "years"):
        return None
    other = _OR_UNITS.match(text, m.end()) if m["ba_u"] and not m["ba_long"] else None
    # "within weeks or months": one span of no stated length, told by its first unit
    return {"type": "DURATION", "value": duration_value(None, m["ba_u"]), **({"_end": other.end()} if other else {})}


_OR_UNITS = re.compile(r"(?i:\s+or\s+(?:even\s+)?(?:minutes|hours|days|weeks|months|years|decades)(?![\w-]))")


def _ahead(m, text, ref, news, ctx):
    """ "in the weeks ahead": some weeks from the reference on; "for a while": a span of no stated length."""
    if m["ah_u"]:
        return {"type": "DURATION", "value": duration_value(None, m["ah_u"])}
    if not re.search(r"(?i:\b(?:for|after|in|within|take|took|takes|last|lasted|wait|waited)\s+$)", text[max(0, m.start() - 10) : m.start()]):
        return None  # "a while ago", "once in a while" read otherwise; only the span is tagged
    return {"type": "DURATION", "value": "PXX"}


def _set(m, text, ref, news, ctx):
    if m["set_w"] and m["set_w"].lower() == "per" and _AMOUNT_BEFORE.search(text[max(0, m.start() - 50) : m.start()]):
        return None  # "15 million instructions per second", "$55 per night": a unit of a measure, as "$55 a night" is
    if m["set_adv"]:
        following = re.match(r"\s+([a-z]+)", text[m.end() : m.end() + 20])
        if following and following.group(1) not in _ADVERB_NEXT:
            return None  # "quarterly dividend", "daily flights": an adjective
        if re.match(r"\s+[A-Z][a-z]", text[m.end() : m.end() + 3]) and re.search(r"\b[A-Z][a-z]+\s+$", text[max(0, m.start() - 20) : m.start()]):
            return None  # "the Party daily Pravda": a newspaper
        if _AMOUNT_BEFORE.search(text[max(0, m.start() - 50) : m.start()]):
            return None
        unit = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year", "quarterly": "quarter", "hourly": "hour"}[m["set_adv"].lower()]
        return {"type": "SET", "value": duration_value(1, unit)}
    if m["set_x"]:  # "twice a year": the unit it recurs in (TIMEX3 says how often by freq, which the value leaves out)
        return {"type": "SET", "value": duration_value(1, m["set_xu"])}
    if m["set_se"]:  # "every summer"
        return {"type": "SET", "value": f"XXXX-{SEASONS[m['set_se'].lower()]}"}
    if m["set_n"]:  # "every other year" P2Y, "every four years" P4Y, "every few years" PXY
        count = " ".join(m["set_n"].lower().split())
        number = {"other": 2, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "couple of": 2}.get(count) or number_of(count)
        return {"type": "SET", "value": duration_value(number, m["set_u"])}
    if m["set_wd"]:
        return {"type": "SET", "value": f"XXXX-WXX-{WEEKDAYS[m['set_wd'].lower()] + 1}"}
    if m["set_m"]:
        return {"type": "SET", "value": f"XXXX-{MONTHS[m['set_m'].lower().rstrip('.')]:02d}"}
    return {"type": "SET", "value": duration_value(1, m["set_u"])}


def weekday_date(weekday: int, rel: str, day: date, news: bool, future: bool) -> date:
    """The day a weekday names: news looks back from the DCT unless the clause is future; a story moves forward."""
    back = (day.weekday() - weekday) % 7
    ahead = (weekday - day.weekday()) % 7
    if rel in ("next", "the following", "the next", "coming", "this coming"):
        return day + timedelta(days=ahead or 7)
    if rel in ("last", "the previous"):
        return day - timedelta(days=back or 7)
    if news:
        return day + timedelta(days=ahead) if future else day - timedelta(days=back)
    return day + timedelta(days=ahead)


def _clock(m, text, ref, news, ctx):
    if m["cl_h24"]:
        hour, minute = int(m["cl_h24"]), int(m["cl_m24"])
    elif m["cl_hw"]:  # "4 in the morning", "8 o'clock in the evening"
        hour, minute = int(m["cl_hw"]) % 12, int(m["cl_mw"] or 0)
        part = m["cl_pw"].lower()
        hour += 12 if part in ("afternoon", "evening") or part == "night" and hour >= 6 else 0
    elif m["cl_oc"]:  # "at 10 o'clock": the hour as told, morning or evening unsaid
        hour, minute = int(m["cl_oc"]), 0
    elif m["cl_w"]:
        word = m["cl_w"].lower()
        if not (m["cl_wd"] or m["cl_dx"] or m["cl_rd"] or re.search(r"(?i:\b(?:at|by|until|till|before|after|around|about|from|since|past)\s+$)", text[max(0, m.start() - 8) : m.start()])):
            return None  # "the noon meal": a time only where it dates something
        hour, minute = (24 if word == "midnight" else 12), 0
    else:
        hour, minute = int(m["cl_h"]) % 12, int(m["cl_min"] or 0)
        hour += 12 if m["cl_ap"].lower().startswith("p") else 0
    day = cal.to_date(ref)
    if day is not None and m["cl_wd"]:
        day = weekday_date(WEEKDAYS[m["cl_wd"].lower()], "", day, news, future_cue(text, m.start(), m.end()))
    elif day is not None and m["cl_dx"]:
        day += timedelta(days={"yesterday": -1, "tomorrow": 1}.get(m["cl_dx"].lower(), 0))
    elif m["cl_rd"]:  # "at noon the next day": the time on the day the words count to from the story's day
        if news:  # news keeps TimeBank's two expressions: the time alone, then "the next day" on its own
            alone = grammar_match(text[: m.start("cl_rd")], m.start())
            if alone is None or alone.lastgroup != "clock" or alone["cl_rd"]:
                return None
            fields = _clock(alone, text, ref, news, ctx)
            return {**fields, "_end": alone.end()} if fields else None
        if day is None:
            return None
        words = m["cl_rd"].lower().split()
        day += timedelta(days=1 if words[1] in ("next", "following") else -1 if words[1] in ("previous", "preceding") else 0)
        return anchored({"type": "TIME", "value": f"{day.isoformat()}T{hour:02d}:{minute:02d}", **_its_day(day), "_moves": not news}, True, news)
    elif m["cl_mon"] or m["cl_dm"]:  # "5 p.m. EST, Nov. 6", "11 a.m. on 11 November 1918"
        month = MONTHS[(m["cl_mon"] or m["cl_dm"]).lower().rstrip(".")]
        number = int(re.sub(r"\D", "", m["cl_day"] or m["cl_dd"]))
        written = m["cl_y"] or m["cl_y2"]
        if written:
            year = int(written)
        else:
            year = near_year(month, ref, news, future_cue(text, m.start(), m.end()) or None) if ref else None
        day = date(year, month, number) if year and cal.valid_day(year, month, number) else None
        if written:  # a time on a day the text writes in full dates its events and moves the story, as the day would
            if day is None:
                return None
            return {"type": "TIME", "value": f"{day.isoformat()}T{hour:02d}:{minute:02d}", **_its_day(day), "_year": True, "_moves": True}
        if day is not None and not news:
            # "At noon on 20 December troops crossed the line": a time on a day named without its year (the story's)
            # dates its events by that day as "on 20 December" would, and moves the story as it would
            return anchored({"type": "TIME", "value": f"{day.isoformat()}T{hour:02d}:{minute:02d}", **_its_day(day), "_moves": True}, True, news)
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    # ("at midnight on Friday": the weekday's day dates an act told at that time, as "the next morning" does)
    its_day = _its_day(day) if day is not None and m["cl_wd"] else {}
    return {"type": "TIME", "value": f"{prefix}T{hour:02d}:{minute:02d}", **its_day, "_moves": False, "anchor": "dct" if news and day else "absolute"}


def _week_end(ref: Point | None, news: bool, future: bool) -> dict | None:
    day = cal.to_date(ref)
    if day is None:
        return None
    if news and not future:
        day -= timedelta(days=(day.weekday() + 1) % 7)  # back to the last Sunday
    elif news or day.weekday() < 5:
        day += timedelta(days=5 - day.weekday() if day.weekday() < 5 else 0)
    fields = cal.week_fields(day)
    return {**fields, "value": fields["value"] + "-WE", "_moves": False}


def _century_part(number: int, mod: str, news: bool) -> dict | None:
    """A part of the Nth century (AD), counted from the reference."""
    fields = cal.century_fields(number, False, mod) if number > 0 else None
    return anchored({**fields, "mod": mod, "_moves": False}, True, news) if fields else None


def _rel_step(ref: Point | None, unit: str, sign: int, news: bool) -> dict | None:
    """The unit after (or before) the reference: the day after, the year before."""
    if ref is None:
        return None
    fields = _shift(ref, 1, unit, sign)
    return anchored(fields, True, news) if fields else None


# What a day has of its own: its papers, its sittings, its games ("advertised in today's editions", "for tomorrow's vote")
_DAY_ITEM = re.compile(
    r"['’]s\s+(?:[a-z]+\s+)?(?:editions?|papers?|newspapers?|issues?|sessions?|sittings?|meetings?|votes?|games?|match(?:es)?|races?|trading"
    r"|talks|quiz|shows?|programs?|programmes?|broadcasts?|hearings?|elections?|deadlines?|schedule|agenda|headlines|news|summit)\b")


# "soon" in a clause told in the past: a past tense right after it ("soon rose", "soon became") or a past auxiliary
# right before it ("was soon released", "had soon spread"); a modal before it ("will soon need") keeps it ahead
_SOON_IN_THE_PAST = re.compile(
    r"\s+(?:(?!need\b|feed\b|proceed\b|exceed\b|succeed\b)[a-z]{2,}ed|became|began|came|went|left|made|took|gave|got|grew|fell|rose"
    r"|saw|won|lost|sold|sent|spread|ran|broke|drew|froze|shook|swept|struck|fled|met|paid|said|told|thought|knew|felt|led|lay)\b")
_PAST_BEFORE_SOON = re.compile(r"(?i:\b(?:was|were|had(?:\s+been)?)\s+$)")


def _deictic(m, text, ref, news, ctx):
    words = " ".join(m["dx"].lower().split())
    if words == "soon" and (re.search(r"(?i:\bas\s+$)", text[max(0, m.start() - 4) : m.start()]) or re.match(r"\s+(?:after|before|afterwards?|thereafter|became|found|learned|realized)\b", text[m.end() : m.end() + 14])):
        return None  # "as soon as", "soon after the war": a conjunction or a signal, not a time
    if words == "soon" and (_SOON_IN_THE_PAST.match(text, m.end()) or _PAST_BEFORE_SOON.search(text, max(0, m.start() - 12), m.start())):
        return None  # "he was soon released", "prices soon rose": soon after a past time, told in the past, no time ahead
    if words == "now" and (text[m.end() : m.end() + 1] == "," or re.match(r"\s+(?:for|to)\s", text[m.end() : m.end() + 5])) and re.search(r"(?:^|[.!?]['\"’”]*\s+|\n\s*)$", text[max(0, m.start() - 4) : m.start()]):
        return None  # "Now, he says, ...", "Now for the weather": a discourse marker opening the sentence, not the present
    if words.startswith("right "):  # "right now"
        words = words.split()[-1]
    if words.endswith((" date", " stage")):  # "at a later date", "at an earlier stage": some time ahead (or before)
        return {"value": "PAST_REF" if "earlier" in words else "FUTURE_REF", "_moves": False}
    if words in _DEICTIC_REF:
        if words == "recent":
            return None  # "the recent bomb attacks": a quality of a thing, dated by nothing (TimeBank leaves it untagged)
        if words in ("current", "future", "then current", "then-current") and not re.match(r"\s+[a-z]", text[m.end() : m.end() + 2]):
            return None  # only as an adjective ("current realities", "future losses")
        if words == "the future" and (re.match(r"\s+of\b", text[m.end() : m.end() + 4]) or not _TIME_PREPOSITION.search(text, max(0, m.start() - 9), m.start())):
            return None  # "the future of our peoples", "the future looks bleak": the prospects of something, no time
        if words == "future" and re.search(r"(?i:\bthe\s+$)", text[max(0, m.start() - 4) : m.start()]):
            return None  # what is left of a "the future" that is no time
        if words == "future" and not re.match(r"\s+(?:years|months|weeks|days|quarters|decades|generations|periods|away|is|was|of|that|and|or|in|for|with|remains|looks|will|at|as|to|but)\b", text[m.end() : m.end() + 14]):
            return None  # "future earnings", "future president": a quality of a thing; "future years" is a time
        return {"value": _DEICTIC_REF[words], "_moves": False}
    if words.startswith(("the near", "the distant", "the foreseeable", "the short", "the near", "the long", "over the", "in the")) or "coming" in words:
        return {"value": "FUTURE_REF", "_moves": False}
    if words == "the weekend":
        fields = _week_end(ref, news, future_cue(text, m.start(), m.end()))
        return anchored(fields, True, news) if fields else {"value": "XXXX-WXX-WE", "_moves": False}
    if re.fullmatch(r"(?:the )?mid[- ]?century", words):  # "by mid-century": the middle of the reference's century
        if ref is not None and ref.year % 100 >= 67 and (future_cue(text, m.start(), m.end()) or re.search(r"(?i:\bby\s+$)", text[max(0, m.start() - 4) : m.start()])):
            return _century_part(ref.year // 100 + 2, "MID", news)  # "will double by mid-century", said in 1998: 2050
        words = "the middle of the century"
    if words in ("the day before yesterday", "the day after tomorrow"):
        day = cal.to_date(ref)
        if day is None:
            return {"value": "PAST_REF" if words.endswith("yesterday") else "FUTURE_REF", "_moves": False}
        day += timedelta(days=-2 if words.endswith("yesterday") else 2)
        return anchored({**cal.day_fields(day.year, day.month, day.day), "_moves": not news}, True, news)
    if re.fullmatch(r"the (?:day|week|month|year) (?:after|before)", words):  # "The day after, traffic resumed."
        return _rel_step(ref, words.split()[1], 1 if words.endswith("after") else -1, news)
    if words in ("the decade", "the century") or words.startswith(("earlier in", "later in", "early in", "late in", "year", "the end of", "the beginning of", "the start of", "the middle of")):
        if ref is None:
            return None
        unit = words.split()[-1]
        mod = cal.PART_MOD.get(words.split()[1]) if words.startswith("the ") else "END" if words.startswith("year") else None
        if unit == "day":  # "later in the day": the reference's day, when it has one
            day = cal.to_date(ref)
            if day is None:
                return None
            fields = cal.day_fields(day.year, day.month, day.day)
        elif unit == "month" and ref.month is not None:
            fields = cal.month_fields(ref.year, ref.month)
        elif unit == "week" and cal.to_date(ref) is not None:
            fields = cal.week_fields(cal.to_date(ref))
        elif unit == "decade":
            fields = cal.decade_fields(ref.year // 10 * 10, mod)
        elif unit == "century":
            fields = cal.century_fields(ref.year // 100 + 1, False, mod) if ref.year > 0 else None
        else:
            fields = cal.year_fields(ref.year, mod)
        if fields and words.startswith(("early ", "late ")):  # "late in the decade": its last years, as "the late 1950s"
            mod = _EDGE_MOD[words.split()[0]]
            fields = cal.decade_fields(ref.year // 10 * 10, mod) if unit == "decade" else cal.century_fields(ref.year // 100 + 1, False, mod) if unit == "century" and ref.year > 0 else cal.year_fields(ref.year, mod) if unit == "year" else fields
        elif fields and words.startswith(("earlier", "later")):  # "earlier in the year": before the reference day, START in TIMEX3
            mod = _EDGE_MOD[words.split()[0]]
            day = cal.to_date(ref)
            if day is not None:
                fields["begin" if mod == "END" else "until"] = max(fields["begin"], min(day.isoformat(), fields["until"]))
        return anchored({**fields, "mod": mod, "_moves": False}, True, news) if fields else None
    day = cal.to_date(ref)
    if day is None:
        return {"value": "PRESENT_REF" if words.startswith(("today", "this", "tonight")) else "PAST_REF" if words.startswith(("yesterday", "last")) else "FUTURE_REF", "_moves": False}
    first = words.split()[0]
    edge = None
    if first in ("later", "earlier", "early", "late"):  # "later this afternoon": that part of the day; "late yesterday": its end
        edge = _EDGE_MOD[first] if words.split()[1] in ("today", "yesterday", "tomorrow") else None
        words = words.split(None, 1)[1]
        first = words.split()[0]
    if first.startswith("mid"):  # "mid-afternoon yesterday", "by mid morning"
        shift = {"yesterday": -1, "tomorrow": 1}.get(words.split()[-1], 0)
        target = day + timedelta(days=shift)
        part = "MO" if "morning" in words else "AF"
        return anchored({"type": "TIME", "value": f"{target.isoformat()}T{part}", **_its_day(target), "_moves": False}, True, news)
    if first in ("today", "tomorrow") and re.search(r"(?i:\b(?:of|in|for)\s+$)", text[max(0, m.start() - 5) : m.start()]) and not _DAY_ITEM.match(text, m.end()):
        return None  # "the people of tomorrow", "in today's world": no day meant ("in today's editions" is the day's)
    shift = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(first, 0)
    if first == "the":
        shift = -1 if words.split()[1] == "previous" else 1
    target = day + timedelta(days=shift)
    last = words.split()[-1]
    if words == "tonight":  # TimeML's night of the day ("2026-01-22TNI"); its interval is the day
        return anchored({"type": "TIME", "value": f"{target.isoformat()}TNI", **_its_day(target), "_moves": False}, True, news)
    if last in _PARTS_OF_DAY and len(words.split()) > 1:
        return anchored({"type": "TIME", "value": f"{target.isoformat()}T{_PARTS_OF_DAY[last]}", **_its_day(target), "_moves": False},
                        True, news)
    return anchored({**cal.day_fields(target.year, target.month, target.day), "mod": edge, "_moves": not news}, True, news)


def _its_day(target) -> dict:
    """The interval of a part of a day ("the next morning"): the day, so an act told at that time is dated by it."""
    return {"begin": target.isoformat(), "until": target.isoformat(), "precision": "day"}


# "on Monday and Tuesday nights": the first weekday shares the plural of the second.
_PLURAL_PARTNER = re.compile(r"\s*,?\s+(?:and|or)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:s(?![\w'])|\s+(?i:(morning|afternoon|evening|night))s(?![\w']))")


_OR_SO = re.compile(r"\s+or\s+so\b")
_RANGE_LOW = re.compile(
    r"(?i:(?:(?<![\w-])(?P<lead>(?:the\s+)?(?:next|past|last|coming|previous|following|first))\s+)?(?<![\w.,-])(?P<low>\d{1,3}(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"
    r"(?:\s+(?:to|or)\s+|\s*[-–—]\s*)$)")
_AND_MORE = re.compile(r"(?i:(?:,?\s+and\s+|[^\S\n]+)(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\s+(months?|weeks?|days?|hours?|minutes?|seconds?)(?![\w-]))")
# A span told in two units, the larger first: the ISO 8601 form of both together
_COMPOUND = {("year", "month"): ("P{}Y", "{}M"), ("year", "day"): ("P{}Y", "{}D"), ("month", "day"): ("P{}M", "{}D"), ("week", "day"): ("P{}W", "{}D"),
             ("day", "hour"): ("P{}D", "T{}H"), ("hour", "minute"): ("PT{}H", "{}M"), ("minute", "second"): ("PT{}M", "{}S")}
_TIME_PREPOSITION = re.compile(r"(?i:\b(?:in|into|for|to|toward|towards|until|till|from|on|at|near|about|with)\s+$)")
_EDGE_MOD = {"early": "START", "earlier": "START", "late": "END", "later": "END"}


def _wday(m, text, ref, news, ctx):
    weekday = WEEKDAYS[m["wd"].lower()]
    partner = None if m["wd_pl"] or m["wd_ppl"] or m["wd_rel"] else _PLURAL_PARTNER.match(text, m.end())
    if m["wd_pl"] or m["wd_ppl"] or partner:
        # "on Mondays", "Tuesday nights": every such day, a SET in TIMEX3 ("XXXX-WXX-2TNI")
        part = m["wd_part"] or (partner.group(1) if partner else None)
        value = f"XXXX-WXX-{weekday + 1}" + ("T" + _PARTS_OF_DAY[part.lower()] if part else "")
        return {"type": "SET", "value": value, "_moves": False}
    day = cal.to_date(ref)
    if day is None:
        return {"value": f"XXXX-WXX-{weekday + 1}", "precision": "day"}
    rel = " ".join((m["wd_rel"] or "").lower().split())
    target = weekday_date(weekday, rel, day, news, news and future_cue(text, m.start(), m.end()))
    written = ctx.get("dct")
    if not news and not rel and written is not None and written.day is not None and target > cal.to_date(written) \
            and not future_cue(text, m.start(), m.end()):
        # a long read dated Friday: "left on Thursday", "On Wednesday he met": a story's weekday that would fall
        # after the day the page was written, in a clause not about the future, is the one before
        target = day - timedelta(days=(day.weekday() - weekday) % 7)
    fields = anchored(cal.day_fields(target.year, target.month, target.day), True, news)
    if m["wd_edge"]:  # "early Tuesday", "later Sunday": the start or the end of that day
        fields["mod"] = _EDGE_MOD[m["wd_edge"].lower()]
    if m["wd_part"]:  # "Sunday night": a part of that day; TimeBank types it DATE with the part in its value
        return {**fields, "value": fields["value"] + "T" + _PARTS_OF_DAY[m["wd_part"].lower()]}
    return fields


# "Today is the eighth day of the blockade", "It's the second day of an offensive": the day the sentence is told on
_IS_BEFORE = re.compile(r"(?i:\b(?:is|['’]s|marks|marked|was)\s+$)")


def _nthday(m, text, ref, news, ctx):
    """ "(today is) the eighth day of the strike": the reference's day, when the sentence says it is that day."""
    verb = _IS_BEFORE.search(text, max(0, m.start() - 8), m.start())
    if verb is None or ref is None or ref.day is None or news and verb.group().lower().startswith(("was", "marked")):
        return None  # "for a third straight day": how long; "the third day of talks" with no day told, or a report's past: no date
    day = cal.to_date(ref)
    return anchored(cal.day_fields(day.year, day.month, day.day), True, news)


HANDLERS = {"nthday": _nthday, "ahead": _ahead, "ago": _ago, "rel": _rel, "dur": _dur, "bare": _bare, "set": _set, "clock": _clock, "deictic": _deictic, "wday": _wday}
