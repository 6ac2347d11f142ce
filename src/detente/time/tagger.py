"""The tagging walk: grammar matches -> candidates -> ranges -> anchored TimeExprs.

News anchors everything to the DCT.  Narrative keeps a story time that each
dated expression moves, except when the expression is an aside: inside
parentheses, or introduced by "until", "by", "later", "would"... (a glance at a
later date must not re-date what follows).  A section whose heading or date
line holds a date resets the story time for the text under it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from datetime import timedelta
from functools import cache

import ahocorasick

from detente.model import Section, TimeExpr
from detente.time import calendar as cal
from detente.time import conventions
from detente.time.calendar import Point
from detente.time.cues import number_of, tense, unit_of
from detente.time.grammar import candidate_starts, grammar_match, tokenize
from detente.time.normalize import reporting_quarter, resolve, today_point
from detente.time.periods import entry_for, find_periods, tables

_SPEAKER_NOW = re.compile(r"(?i:today|yesterday|tomorrow|tonight|nowadays|these\s+days|(?:last|tomorrow|yesterday)\s+(?:night|morning|evening|afternoon))\b")
# "the spring and summer of 1968", "in May and again in November 1963", "in May and at the end of August 1972": the
# months share the year written last
_SHARED_YEAR = re.compile(r",?\s+(?:and|or|&)\s+(?:(?:again|then|later)\s+)?(?:(?:in|at|during)\s+)?")
# "June and July of the following year": a year counted from the story's ("of the next year") is shared the same way
_COUNTED_YEAR = {"mon": "mon_of", "season": "se_of", "dmy": "dmy_of", "mdy": "mdy_of"}
_RANGE_DASH = re.compile(r"\s*[-–—]\s*$")
_RANGE_WORD = re.compile(r"\s+(?:to|until|till|through|thru|and)\s+$", re.I)
_RANGE_OPEN = re.compile(r"(?i:\b(?:from|between)\s+(?:the\s+)?$)")
_ASIDE_CUE = re.compile(r"(?i:\b(?:until|till|up\s+to|by|later|eventually|would|afterwards|subsequently|not\s+until|as\s+late\s+as|today|now)\b[^.;:()]{0,30}$)")
# Dates that are no step of the story: the start of a state that goes on ("since 1954"), a date a plan is set for
# ("planned for the spring of 1984"), a year that names a thing ("the border of 1942", "the agreement of 1965",
# "the tribunal's award of 1968"),
# a look back ("the quarrel went back to 1952").
_NOT_STORY_TIME = re.compile(
    r"(?i:\b(?:(?:ever\s+)?since|(?:planned|scheduled|slated|envisaged|set|due|expected|proposed|intended|postponed"
    r"|deferred|put\s+off)\s+(?:for|in|to|till)|to\s+(?:be\s+held|take\s+place|meet|convene|open)\s+(?:in|on|by)"
    r"|(?:treaty|treaties|agreement|accords?|pact|protocol|convention|border|borders|frontiers?|boundary|boundaries"
    r"|line|lines|line\s+of\s+control|armistice|settlement|constitution|charter"
    # a tribunal's or a court's decision named by its year ("whose award of 1968", "the ruling of 2016")
    r"|award|awards|ruling|rulings|verdict|judgment|judgement)\s+of)\s+(?:the\s+)?$)"
    # a look back at an earlier time: "a quarrel that went back to 1952", "as far back as the 1920s"
    r"|(?i:\b(?:(?:dat(?:es|ed|ing)|go(?:es|ing)?|went|hark(?:s|ed|ing)?)\s+back\s+to|as\s+far\s+back\s+as|reminiscent\s+of)\b[^.;:()]{0,30}$)")
# _NOT_STORY_TIME's words: the last word before the date (or before "the" there) of its first part, and a word its
# look-back part holds
_NOT_STORY_LAST = frozenset(("since", "for", "in", "to", "till", "on", "by", "of"))
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


# the word right before that last word in the first part ("planned for", "put off until", "to be held in", "the
# treaty of", "the line of control of"); "since" needs none
_NOT_STORY_BEFORE = frozenset((
    "planned", "scheduled", "slated", "envisaged", "set", "due", "expected", "proposed", "intended", "postponed",
    "deferred", "off", "held", "place", "meet", "convene", "open", "treaty", "treaties", "agreement", "accord", "accords",
    "pact", "protocol", "convention", "border", "borders", "frontier", "frontiers", "boundary", "boundaries", "line",
    "lines", "control", "armistice", "settlement", "constitution", "charter", "award", "awards", "ruling", "rulings",
    "verdict", "judgment", "judgement"))


def _last_word_is_a_cue(lower: str) -> bool:
    """Whether ``lower`` ends with whitespace after a word of _NOT_STORY_LAST (or after one and "the") that is
    "since" or stands after whitespace after a word of _NOT_STORY_BEFORE: what the first part of _NOT_STORY_TIME
    needs ("signed in", "the capital of" are no cue, and most dates stand after such words)."""
    tail = lower.rstrip()
    if len(tail) == len(lower):
        return False
    word = tail[len(tail.rstrip(_LETTERS)) :]
    if word == "the":
        return _last_word_is_a_cue(tail[:-3])
    if word not in _NOT_STORY_LAST:
        return False
    if word == "since":
        return True
    before = tail[: -len(word)]
    head = before.rstrip()
    if len(head) == len(before):
        return False
    return head[len(head.rstrip(_LETTERS)) :] in _NOT_STORY_BEFORE


def _not_story_time(text: str, start: int) -> bool:
    """``_NOT_STORY_TIME`` in the 40 characters before ``start``; an ASCII window first by the words every match
    needs (where lower() and the regex's IGNORECASE agree exactly), so most dates cost no regex."""
    window = text[max(0, start - 40) : start]
    if window.isascii():
        lower = window.lower()
        if "back" not in lower and "reminiscent" not in lower and not _last_word_is_a_cue(lower):
            return False
    return _NOT_STORY_TIME.search(text, max(0, start - 40), start) is not None


# In news, these count from the story's last date, not from the DCT: "the following year", "that day",
# "two days later", "the next morning".
_ANAPHORIC = re.compile(
    r"(?i:(?:later\s+|earlier\s+)?(?:that|the\s+(?:following|previous|preceding|same|next|prior))\b"
    r"|.*\b(?:later|earlier|after|before|afterwards?|previously)$)"
)
# "By mid-1939, talks had stalled": a sentence that opens with "By" and a date sets the scene at that date.
_SCENE_BY = re.compile(r"(?:^|[.!?]\s+|\n\s*)By\s+(?:(?:early|mid|late)[- ]?|the\s+(?:end|middle|spring|summer|autumn|fall|winter)\s+of\s+)?$")
# "had recovered by November 2000, when the city hosted the summit": the "when" clause tells what happened at that date,
# so the date is the story's time, not a glance ahead
_WHEN_AFTER = re.compile(r",?\s+when\b")
# "On Jan. 5, 1998, the board met ...": a date that opens its sentence sets the scene for the rest of it
_SCENE_OPEN = re.compile(r"(?:^|[.!?]['\"’”]*\s+|\n\s*)(?:(?:On|By|In|Early\s+on|Late\s+on)\s+)?$")
_SENTENCE_STOP = re.compile(r"[.!?](?=\s+[A-Z\"'`(])|\n\s*\n")
_THAT = re.compile(r"(?i:(?:(?:later|earlier)\s+)?that\b)")
_QUARTER_WORD = re.compile(r"(?i:\bquarters?\b(?!-(?:century|mile|inch|hour|point|pound|final)))")  # not "headquarters", "quarterly", "a quarter-century low"
_FISCAL = re.compile(r"(?i:fiscal)")
_QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]")
# what a quarter's results are told with: "fourth-quarter earnings", "a fourth-quarter loss", "its fourth quarter ended Sept. 30"
_RESULTS_AFTER = re.compile(r"(?i:\s+(?:net\s+)?(?:earnings|profits?|net|loss(?:es)?|results|sales|revenues?|income)\b|\s+(?:that\s+)?ended\s+[A-Z])")
_WORD = re.compile(r"[^\W_]+")
_NEWS_WORDS = frozenset(("said", "says", "told", "reported", "announced", "spokesman", "spokeswoman", "official", "officials", "today", "yesterday"))
_ERA_AD = re.compile(r"\b(?:A\.D\.|AD|C\.E\.|CE)(?![\w.])")
_WEEKDAY_WORDS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))


# A wire report's dateline at the start of a line near the top: the place in capitals, perhaps its region and the
# day, then the agency in parentheses ("MOSCOW, Aug. 21 (AP) -", "NEW DELHI (PTI) --", "SIMFEROPOL, Ukraine, March 4 (AP)")
_DATELINE = re.compile(
    r"(?m:^[^\S\n]*[A-Z][A-Z'.\-]+(?:[^\S\n]+[A-Z][A-Z'.\-]+)*(?:,[^\S\n]+[A-Z][\w.\-]*(?:[^\S\n]+[\w.\-]+){0,2}){0,3}"
    r"[^\S\n]*\((?:[A-Z][\w.\-]*(?:[^\S\n]+[A-Z][\w.\-]*){0,3})\))"
)


_META_LINE = re.compile(r"(?im:^[^\n]{0,80}(?:\b(?:posted|published|updated|last\s+edited|last\s+modified|retrieved|accessed|copyright)\b|©)[^\n]{0,80}$)")


def choose_mode(text: str, dct: str | None) -> str:
    """News when a DCT is given and the text reads like a dated report, narrative otherwise."""
    today = today_point(dct)
    if today is None:
        return "narrative"
    if _DATELINE.search(text[:400]):
        return "news"  # a wire report, however many past years it recalls ("in 1968")
    # the page's own lines ("Posted in History · June 24, 2016", "© 2019 ...") say when it was written, not what of
    body = _META_LINE.sub(" ", text[:20000])
    words = _WORD.findall(body)
    years = [int(w) for w in words if len(w) == 4 and w.isdigit() and w[0] in "12" and 1500 <= int(w) <= 2099]
    near = sum(1 for y in years if abs(y - today.year) <= 1)
    lowered = [w.lower() for w in words]
    cues = sum(1 for w in lowered if w in _NEWS_WORDS) + sum(1 for a, b in zip(lowered, lowered[1:], strict=False) if a == "on" and b in _WEEKDAY_WORDS)
    if not years:
        return "news" if cues else "narrative"
    return "news" if near * 2 >= len(years) or (cues >= 3 and near * 4 >= len(years)) else "narrative"


# A scholar's citation: the year a work came out, not a time of the story. In brackets after an author's name,
# with pages or further works after it ("(Gaddis 1997: 45)", "(see Westad & Quinn 2005, 12; Lin 2001)"), or after
# the author in the sentence, who then argues something ("Westad (2005) argues", "as Raman (1987: 40) shows").
_CITED_BEFORE = re.compile(
    r"(?:\(|;\s*)(?:(?:see|cf\.|e\.g\.|compare|also)\s+)*[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+|\s+et\s+al\.)?,?\s+$")
_CITED_AFTER = re.compile(r"[a-z]?(?:(?:[:,]\s*(?:pp?\.\s*)?[\divxl]+(?:[-–]\d+)?(?:,\s*\d+(?:[-–]\d+)?)*)?\s*[;)]|,\s*(?:pp?\.\s*)?\d)")
_AUTHOR_BEFORE = re.compile(r"[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+|\s+et\s+al\.)?\s+\($")
_AUTHOR_AFTER = re.compile(
    r"[a-z]?(?:[:,]\s*(?:pp?\.\s*)?\d+(?:[-–]\d+)?)?\)\s+(?:also\s+|rightly\s+|wrongly\s+|instead\s+|too\s+|even\s+)?"
    r"(?:argu|claim|call|doubt|believ|speculat|suggest|show|note|read|write|wrote|contend|maintain|insist|stress|conclud|"
    r"point|put|describ|predat|disput|reject|question|emphasi[sz]|estimat|report|observ|remark|assert|blam|credit|"
    r"dismiss|challeng|disagre|recount|explain|reconstruct|interpret|portray)(?:e|es|ed|s|d|ing)?\b")


def _cited_year(text: str, start: int, end: int) -> bool:
    """Whether the year at [start, end) is a citation's year of publication (see ``_CITED_BEFORE``)."""
    if not text[start:end].isdigit():
        return False
    before = text[max(0, start - 60) : start]
    if _CITED_BEFORE.search(before) and _CITED_AFTER.match(text, end):
        return True
    return bool(_AUTHOR_BEFORE.search(before)) and bool(_AUTHOR_AFTER.match(text, end))


# A date given in the Julian (Old Style) calendar beside its Gregorian one: "(23 August Old Style)", "(16-17 June O.S.)",
# "(O.S. 25 October)", "27 January (Old Style)"; a history that names no Gregorian day beside it is rarer than this
_OTHER_CALENDAR_AFTER = re.compile(  # (not "6 February 1904 (O.S. 24 January)": the mark there is the next date's)
    r"(?:[-–/]\d{1,2}(?:[^\S\n]+[A-Z][a-z]+\.?)?)?"  # the first day of a range: "(16-17 June O.S.)"
    r",?[^\S\n]*[(\[]?[^\S\n]*(?:O\.[^\S\n]?S\.|(?i:old[^\S\n]+style\b|julian\b))(?![:,]?[^\S\n]*(?:\d|[A-Z][a-z]+[^\S\n]+\d))")
_OTHER_CALENDAR_BEFORE = re.compile(r"(?:O\.[^\S\n]?S\.|(?i:old[^\S\n]+style|julian(?:[^\S\n]+calendar)?))[:,]?[^\S\n]*$")
_NAME_AFTER = re.compile(r"\s+(?:for|of|With|of\s+the)\s+[A-Z]")
_SENTENCE_END = re.compile(r"(?:[.!?:]['\"’”)]*\s+|\n\s*|^\s*|[`'\"‘“(]+)$")


def _title_name(text: str, start: int, end: int) -> bool:
    """ "This Week" (a programme), "VOA Today", "the March for Life": words of a name, not a date."""
    words = text[start:end].split()
    if not words or not all(word[:1].isupper() for word in words) or any(ch.isdigit() for ch in text[start:end]):
        return False
    if _NAME_AFTER.match(text, end):
        return True
    if len(words) > 1 and re.match(r"[,.]?(?:\"|”|'')", text[end : end + 3]) and re.search(r"(?:\"|“|``)$", text[max(0, start - 2) : start]):
        return True  # a quoted title: "This Week"
    if _SENTENCE_END.search(text[max(0, start - 4) : start]) or len(words) == 1 and words[0][1:].islower() and words[0].lower() not in ("today", "now"):
        return False
    return True


# "Bismarck, who was dismissed in 1890, had designed it": a clause set off by commas inside a sentence is an aside,
# as a parenthesis is; one that ends its sentence ("..., which it signed in 1894.") tells the story on
_RELATIVE_OPEN = re.compile(r",\s+(?:who|which|whose|whom)\b[^,.;:!?()\n]*$")
_RELATIVE_CLOSE = re.compile(r"[^,.;:!?()\n]*,")


def _in_relative_aside(text: str, start: int, end: int) -> bool:
    return bool(_RELATIVE_OPEN.search(text, max(0, start - 80), start)) and bool(_RELATIVE_CLOSE.match(text, end, end + 80))


def _in_parentheses(text: str, start: int) -> bool:
    window = text[max(0, start - 120) : start]
    return window.rfind("(") > window.rfind(")") and "\n" not in window[window.rfind("(") :]


def _short_line(text: str, start: int, end: int) -> bool:
    """A timeline date line or heading: the expression is most of its line."""
    limit = max(60, 2 * (end - start))  # look no further than that, so a 1 MB line costs no more than a short one
    line_start = text.rfind("\n", max(0, end - limit - 1), start) + 1
    if line_start == 0 and end - limit - 1 > 0:
        return False
    line_end = text.find("\n", end, start + limit + 1)
    line_end = (len(text) if start + limit + 1 >= len(text) else start + limit + 1) if line_end < 0 else line_end
    return line_end - line_start <= limit


def _inside_any(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of the sorted, non-overlapping spans (by bisection: many headings)."""
    index = bisect.bisect_right(starts, start) - 1
    return index >= 0 and spans[index][0] <= start and end <= spans[index][1]


def tag_timexes(text: str, dct: str | None, mode: str, sections: Sequence[Section], tokens=None, periods: Sequence[TimeExpr] = ()) -> list[TimeExpr]:
    news = mode == "news"
    today = today_point(dct)
    ref = today
    story = None  # news: the last date the report told, for "that day", "two days later"
    story_until = -1  # news: where the sentence of the last explicit day ends
    past_until = -1  # news: where the sentence of the last date written with a year before the DCT's ends
    past_day_until = -1  # news: where the paragraph of the last day written with a year before the DCT's ends
    first_quarter = _QUARTER_WORD.search(text) if news else None
    ctx = {"dct": today, "quarter": reporting_quarter(today) if news else None, "quarter_at": first_quarter.start() if first_quarter else -1, "periods": periods}
    resets = sorted(
        (span[0], span[1], section.start)
        for section in sections
        for span in (section.heading_span, section.date_span)
        if span is not None
    )
    heading_spans = [(a, b) for a, b, _ in resets]
    heading_starts = [a for a, _ in heading_spans]
    _, event_re, _ = tables()
    # known events of a day, by where they end: a story with no date yet is at the last one named
    events = [] if news else sorted(
        (p.end, Point(int(p.begin[:4]), int(p.begin[5:7]), int(p.begin[8:10])))
        for p in periods if p.precision == "day" and p.begin and p.begin[:4].isdigit()
    )
    event_ends = [end for end, _ in events]
    found: list[TimeExpr] = []
    explicit: list[bool] = []
    moved_by = (-1, None)  # narrative: the index of the expression that last moved the story, and the time before it
    aside_at = (-1, None)  # narrative: the index of the last date told as a glance ahead ("until 1979") and its time
    relative_at = (-1, None)  # narrative: where the sentence of the last date told in a relative aside ends, and its time
    previous_end = -1
    fiscal = False  # whether the reporting quarter is a fiscal one the report named
    for position in candidate_starts(text, tokens):
        if position < previous_end:
            continue
        match = grammar_match(text, position)
        if match is None:
            continue
        if ref is None and events:
            ref = _event_before(events, event_ends, position)  # "After the fall of France ... that summer": the event's time
        use = ref
        told_on = False  # a weekday counted forward from the day its sentence named
        if news and story is not None and match.lastgroup in ("rel", "ago", "wday", "deictic", "mon", "season") and _ANAPHORIC.match(match.group()):
            use = story
        elif news and story is not None and story_until > position and match.lastgroup == "wday" and not match["wd_rel"]:
            use, told_on = story, True  # "On Jan. 5, 1998, the board met and on Tuesday it voted": the sentence's own date anchors its weekday
        elif news and story is not None and past_until > position and (
                match.lastgroup == "mon" and not (match["mon_rel"] or match["mon_y"])
                or match.lastgroup == "dmy" and not match["dmy_y"] or match.lastgroup == "mdy" and not match["mdy_y"]):
            use, told_on = story, True  # "troops landed on 6 June 1944, and Paris was liberated in late August" (or "on
            # 25 August", "on August 25"): that year's
        elif news and story is not None and story.day is not None and past_day_until > position and (
                match.lastgroup == "dmy" and not match["dmy_y"] or match.lastgroup == "mdy" and not match["mdy_y"]):
            use, told_on = story, True  # a backgrounder's "On 2 August 1990 Iraq invaded Kuwait. ... The Council imposed
            # sanctions on 6 August.": a bare day later in the paragraph of a past day is of that day's year, not the
            # last 6 August before the report's own day
        elif news and story is not None and story.day is not None and match.lastgroup == "clock" and not (match["cl_wd"] or match["cl_dx"] or match["cl_mon"]):
            use = story  # "shot at 10 p.m.": on the day the report last named
        elif not news and today is not None and _speaker_deictic(match) and not _in_quotation(text, position):
            use = today  # "Today, some 200 agreements remain", "Updated 2 days ago": the writer's day, not the story's
        elif not news and match.lastgroup == "deictic" and _SPEAKER_NOW.match(match.group()):
            quoted = ref is not None and _in_quotation(text, position)
            use = ref if quoted else today  # "Tomorrow I will take the children", a diary of 1989 says: its own day
        if not news and position < relative_at[0] and match.lastgroup in ("mon", "season") and _THAT.match(match.group()):
            use = relative_at[1]  # "Abiy, who took office in April 2018, went to Beijing that September": the aside's year
        if not news and match.lastgroup == "rel" and found and found[-1].begin and _SAME_YEAR.fullmatch(match.group()) \
                and not _SENTENCE_STOP.search(text, found[-1].end, position):
            use = cal.point_of(_fields_of(found[-1])) or use  # "independent since 26 July 1965, ... the same year": that date's
        if not news and match.lastgroup == "ago" and aside_at[0] == len(found) - 1 >= 0 and aside_at[1] is not None and _SENTENCE_OPEN.search(text, max(0, position - 4), position) and match["ago_dir"].lower() in ("later", "afterwards", "afterward"):
            use = aside_at[1]  # "... lasted until his assassination on 26 October 1979. Seven months later": from the date just told
        if not news and match.lastgroup == "ago" and moved_by[0] == len(found) - 1 >= 0 and _APPOSITION.fullmatch(text, found[-1].end, position) and _CLAUSE_CLOSE.match(text, match.end()):
            use = moved_by[1]  # "surrendered on 16 December, thirteen days later.": the same day, counted from the one before
        if match.lastgroup == "wday" and not match["wd_rel"] and _NAMED_DAY.search(text, max(0, position - 12), position):
            continue  # "Black Sunday", "Bloody Sunday", "Super Tuesday": a day's name, not a weekday of the story
        # a bare weekday on a page whose story has reached no day beyond the writer's own: by tense, as news reads it
        by_tense = not news and today is not None and match.lastgroup == "wday" and not match["wd_rel"] and (
            use == today or use is not None and use.month is None and tense(text, match.start(), match.end()) == "future")
        if not by_tense and not news and today is not None and use is not None and use.month is None \
                and (match.lastgroup == "wday" and not match["wd_rel"] or match.lastgroup == "clock" and match["cl_wd"]) \
                and not any(t.precision == "day" and t.anchor != "dct" for t in found):
            # "A treaty signed in 1974 came into force at midnight on Friday", on a page dated 1 August 2015, before
            # the story has told any day: the writer's Friday, as the byline's week reads it
            by_tense = True
        if by_tense:
            use = today  # "Her funeral will be held on Sunday" after "in 1951": the writer's coming Sunday
        fields = resolve(match, text, use, (news and not told_on) or by_tense, ctx)
        if fields is None and use is not ref and not _THAT.match(match.group()):  # the story's date was too coarse ("the previous week" after "the past year"); "that day" points back or nowhere
            fields = resolve(match, text, ref, news, ctx)
        if fields is None:
            continue
        if not news and use is not None and match.lastgroup == "deictic" and _SPEAKER_NOW.match(match.group()):
            fields["_moves"] = False  # a speaker's "tomorrow" is no step of the story
        if use is today and not news and (match.lastgroup == "deictic" or _speaker_deictic(match)):
            fields["_moves"] = False
            if today is not None and fields.get("begin"):
                fields["anchor"] = "dct"
        start, end = fields.pop("_start", match.start()), fields.pop("_end", match.end())
        if match.lastgroup in ("rel", "deictic", "mon", "season") and _title_name(text, start, end):
            continue
        if fields.get("precision") == "year" and _cited_year(text, start, end):
            continue  # "(Gaddis 1997: 45)", "Westad (2005) argues": when a book came out, not when anything happened
        if _OTHER_CALENDAR_AFTER.match(text, end) or _OTHER_CALENDAR_BEFORE.search(text, max(0, start - 16), start):
            previous_end = end  # (its month alone is no expression either)
            continue  # "5 September 1905 (23 August Old Style)": the same day in the Julian calendar, no second time
        if start < previous_end:
            continue
        if fields["type"] == "DATE" and _DAY_VALUE.fullmatch(fields["value"]):
            clock = _CLOCK_AFTER.match(text, end)
            if clock is not None:  # "12 October 2017, 09:15", "Mar 3, 2019 at 14:20": one time on that day
                hour, minute = (clock["hi"], clock["mi"]) if clock["hi"] else (clock["h24"], clock["m24"] or clock["m24d"])
                seconds = f":{clock['si']}" if clock["si"] else ""  # "2021-05-03T14:22:10Z"
                fields = {**fields, "type": "TIME", "value": f"{fields['value']}T{int(hour):02d}:{minute}{seconds}"}
                end = clock.end()
            step = _DAY_STEP_BEFORE.search(text, max(previous_end, start - 24), start) if fields["type"] == "DATE" else None
            if step is not None:  # "the day before last Tuesday's hearing", "the day after Christmas": one day off that day
                day = cal.to_date(cal.point_of(fields)) + timedelta(days=-1 if step["dir"].lower() == "before" else 1)
                fields, start = {**fields, **cal.day_fields(day.year, day.month, day.day)}, step.start()
        anchor_event = _event_anchor(match, text, event_re) if match.lastgroup == "ago" else None
        if anchor_event is not None:
            fields, end = anchor_event
        elif not news and fields["type"] == "DURATION" and match.lastgroup in ("ago", "dur"):
            fields = _told_anchor(match, fields, text, found) or fields
        in_heading = _inside_any(heading_spans, heading_starts, start, end)
        expr = TimeExpr(
            start=start, end=end, text=text[start:end], type=fields["type"], value=fields["value"],
            mod=fields.get("mod"), begin=fields.get("begin"), until=fields.get("until"),
            precision=fields.get("precision") if fields["type"] == "DATE" or fields.get("begin") else None,
            anchor="heading" if in_heading and fields["anchor"] == "absolute" else fields["anchor"],
        )
        year_given = fields["_year"] or (match.lastgroup in _COUNTED_YEAR and bool(match[_COUNTED_YEAR[match.lastgroup]]))
        range_partner = _range_partner(text, found, start) if found else None
        if range_partner is not None:
            if not explicit[-1] and year_given and range_partner.precision in ("month", "day", "season"):
                _borrow_year(range_partner, expr)
            whole = (range_partner.start, end)
            range_partner.range = whole
            expr.range = whole
        elif found and not explicit[-1] and year_given and found[-1].precision in ("month", "season", "day") and found[-1].precision == expr.precision and _SHARED_YEAR.fullmatch(text, found[-1].end, start):
            _borrow_year(found[-1], expr)  # "the spring and summer of 1968"
        found.append(expr)
        if fields["_year"] and not news:  # the era the text last wrote, for years it writes bare
            if expr.value.startswith("BC"):
                ctx["era"] = "BC"
            elif _ERA_AD.search(expr.text):
                ctx["era"] = "AD"
        if news and match.lastgroup == "quarter" and _QUARTER_VALUE.fullmatch(expr.value):
            # "the fiscal first quarter": the company's own quarter is the one the report is about, so
            # "the quarter", "a year ago" and "the 1988 period" count from it from here on, until the
            # report turns to a past quarter by its calendar name ("America West reported third-quarter profit")
            named = (int(expr.value[:4]), int(expr.value[-1]))
            if _FISCAL.search(match.group()):
                ctx["quarter"], fiscal = named, True
                ctx["quarter_at"] = start if ctx["quarter_at"] < 0 else ctx["quarter_at"]
            elif fiscal and today is not None and expr.until and expr.until < f"{today.year:04d}-{today.month or 12:02d}":
                ctx["quarter"], fiscal = named, False
            elif (not fiscal and today is not None and today.month and named == (today.year, (today.month - 1) // 3 + 1)
                  and _RESULTS_AFTER.match(text, end) and tense(text, start, end) == "past"):
                # "Ralston reported a decline in fourth-quarter earnings" on 2 November: a quarter the calendar has not
                # ended yet, told as done, is the company's own (its year ends in September); it is the one reported on
                ctx["quarter"], fiscal = named, True
        explicit.append(fields["_year"])
        prior_end = previous_end  # where the expression before this one ended: its words are no cue for this one
        previous_end = end
        if news and (fields["type"] == "DATE" or fields["type"] == "TIME" and fields["_year"]) and fields.get("begin") \
                and range_partner is None and not _in_parentheses(text, start):  # ("at midnight on 17 April 1980" too)
            story = cal.point_of(fields) or story
            if story is not None and today is not None and story.year < today.year and fields.get("precision") in ("year", "season", "quarter", "month", "day") and not _in_relative_aside(text, start, end):
                # (a year inside ", who took power in 1997 elections," is no scene of the sentence: "issued in June" is this June)
                found_end = _SENTENCE_STOP.search(text, end)
                past_until = found_end.start() if found_end else len(text)
                if fields.get("precision") == "day":
                    line_end = text.find("\n", end)
                    past_day_until = line_end if line_end >= 0 else len(text)
            if fields["_year"] and story is not None and story.day is not None and _SCENE_OPEN.search(text[max(0, start - 12) : start]):
                found_end = _SENTENCE_STOP.search(text, end)
                story_until = found_end.start() if found_end else len(text)
        if not news and fields["_moves"] and range_partner is None:
            # a page's own dates ("Published 12 March 2019", "Last updated", "© 2021") and a bracketed date on a
            # list line ("Treaty of Rome (25 March 1957)") tell nothing of the story's time
            aside = _page_meta(text, start) or _hatnote_line(text, start) or not in_heading and _in_parentheses(text, start) or not in_heading and not _short_line(text, start, end) and (
                _in_parentheses(text, start) or _aside_cue(text[max(0, start - 40, prior_end) : start]) and not _SCENE_BY.search(text[max(0, start - 12) : start])
                and not _WHEN_AFTER.match(text, end)
                or _not_story_time(text, start)
                or _in_relative_aside(text, start, end)
                or match.lastgroup == "ago" and _flashback(match, text, start, end)
                or _looks_back_in_pluperfect(match, fields, text, start, ref)
            )
            if not aside and ref is not None and fields.get("precision") == "year" and _NAMES_A_THING_BEFORE.search(text, max(0, start - 8), start) \
                    and _NAMES_A_THING_AFTER.match(text, end) and fields["value"][:4].isdigit() and int(fields["value"][:4]) < ref.year \
                    and not _SUBJECT_THING.search(text, max(0, start - 12), start):
                aside = True  # "renounced the 1974 treaty" in a story at 1977: an earlier year that names a thing is no step back
                # (but "The 1965 war began in August": a sentence about the thing of that year tells its story)
            if not aside and ref is not None and fields.get("precision") == "year" and text[start - 4 : start] == " of " \
                    and fields["value"][:4].isdigit() and int(fields["value"][:4]) < ref.year \
                    and _NAMED_OF_BEFORE.search(text, max(0, start - 40), start):
                aside = True  # "ended the Treaty of Friendship of 1971" in a story at 1976: the year of a named text, no step
                # back ("That April" after it is 1976's)
            if aside and _aside_cue(text[max(0, start - 40, prior_end) : start]) and not _in_parentheses(text, start):
                aside_at = (len(found) - 1, cal.point_of(fields))
            if aside and fields.get("precision") in ("month", "day") and _in_relative_aside(text, start, end):
                found_end = _SENTENCE_STOP.search(text, end)
                relative_at = (found_end.start() if found_end else len(text), cal.point_of(fields))
            if not aside:
                point = cal.point_of(fields)
                if point is not None and (not _holds(point, ref) or _year_restated(text, start, point, ref)) and not _span_holds(fields, ref):
                    moved_by = (len(found) - 1, ref)
                    ref = point
                    ctx["story_at"] = end  # where the story's time was last told (a month glances back from it in its paragraph)
        elif not news and range_partner is not None and (ref is None or in_heading) and fields["_year"]:
            # "Between 15 April and 31 October 1980 ...": a story that opens with a range is at its start; so is the
            # text under a heading dated by a range ("5. The textbook row [June–September 1982]")
            ref = cal.point_of(_fields_of(range_partner))
    return found


_APPOSITION = re.compile(r",[^\S\n]+")
_SAME_YEAR = re.compile(r"(?i:(?:the|that)\s+same\s+year)")  # the year of the date just told, even one told aside
_SENTENCE_OPEN = re.compile(r"[.!?]['\"’”)]*\s+$")
_CLAUSE_CLOSE = re.compile(r"\s*(?:[.;!?]|$)")


def _fields_of(t: TimeExpr) -> dict:
    return {"value": t.value, "begin": t.begin, "until": t.until, "precision": t.precision}


_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
# "the day before" or "the day after" right before a day: that day's neighbour ("the day after the May 9 parade" too)
_DAY_STEP_BEFORE = re.compile(r"(?i:\bthe\s+day\s+(?P<dir>before|after)\s+(?:the\s+)?$)")
# a year written between an article or possessive and a noun names a thing of that year: "the 1974 treaty"
_NAMES_A_THING_BEFORE = re.compile(r"(?i:\b(?:the|its|their|his|her|this|that)\s+$)")
_SUBJECT_THING = re.compile(r"(?:^|[.!?]['\"’”)]*\s+|\n\s*)The\s+$")
# a capitalised name right before "of" and a year, inside a sentence: "the Treaty of Friendship of 1971", "the
# Constitution of 1956" (not a season or a part of a year: "the Spring of 1971")
_NAMED_OF_BEFORE = re.compile(r"[A-Za-z,-][^\S\n]+(?!(?:Spring|Summer|Autumn|Fall|Winter|End|Beginning|Start|Middle|Rest)\b)[A-Z][a-z]+[^\S\n]+of[^\S\n]+$")
_NAMES_A_THING_AFTER = re.compile(r"[^\S\n]+(?!and\b|or\b|to\b|until\b|when\b)[a-z]")
# a clock stamp written after its date, on the same line, as pages and feeds stamp their posts: ", 09:15",
# " at 14:20" (a time told in prose, "1 September 1939, at 4:45 a.m.", stays an expression of its own)
_CLOCK_AFTER = re.compile(
    r"(?:,?[^\S\n]+(?:at[^\S\n]+)?(?P<h24>[01]?\d|2[0-3])(?::(?P<m24>[0-5]\d)|\.(?P<m24d>[0-5]\d)(?=[^\S\n]*(?:BST|GMT|UTC|CET|CEST|EET|EST|EDT|CST|CDT|PST|PDT|IST|JST|AEST)\b))"
    r"|T(?P<hi>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<si>[0-5]\d)(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)(?![\d:])(?![^\S\n]*[apAP]\.?[mM]\b)"
)
# Words of the page about itself, before its own dates on the same line
_PAGE_META = re.compile(
    r"(?i:\blast\s+(?:updated|edited|modified|revised|reviewed)(?:[^\S\n]+(?:on|at))?[^\S\n]*:?[^\S\n]*$)"
    r"|(?m:(?:^|[·|•—–])[^\S\n]*(?:[A-Za-z]+[^\S\n]+){0,2}(?i:published|posted|updated|edited|modified|revised|asked|answered|accessed|retrieved|copyright)"
    r"(?:[^\S\n]+(?:on|at|in))?[^\S\n]*:?[^\S\n]*$)|©[^\S\n]*$"
)
# a line pointing to other articles ("See also: Prague Spring and the invasion of 1968", "Main article: Suez Crisis"):
# the years of the articles it names are not the story's time
_HATNOTE = re.compile(r"\W{0,3}(?:see\s+also|main\s+articles?|further\s+information|related(?:\s+articles?)?|for\s+more)\b"
                      r"[^:\n]{0,30}:", re.I)


# Words one of which every match holds, lower-cased: of _PAGE_META ("©" aside, which no ASCII text holds) and of
# _ASIDE_CUE ("til" of "until" and "till", "late" of "later" and "as late as")
_PAGE_META_WORDS = ("updated", "edited", "modified", "revised", "reviewed", "published", "posted", "asked", "answered",
                    "accessed", "retrieved", "copyright")
_ASIDE_CUE_WORDS = ("til", "up", "by", "late", "eventually", "would", "afterward", "subsequently", "today", "now")


@cache
def _words_machine(words: tuple[str, ...]) -> ahocorasick.Automaton:
    machine = ahocorasick.Automaton()
    for word in words:
        machine.add_word(word, word)
    machine.make_automaton()
    return machine


def _none_of(words: tuple[str, ...], window: str) -> bool:
    """Whether an ASCII ``window`` holds none of ``words`` in any case (lower() and IGNORECASE agree on ASCII)."""
    return window.isascii() and next(_words_machine(words).iter(window.lower()), None) is None


def _page_meta(text: str, start: int) -> bool:
    """``_PAGE_META`` in the 40 characters before ``start``, the regex only when a word it needs is there."""
    if _none_of(_PAGE_META_WORDS, text[max(0, start - 40) : start]):
        return False
    return _PAGE_META.search(text, max(0, start - 40), start) is not None


def _aside_cue(window: str) -> bool:
    """``_ASIDE_CUE`` in ``window``, the regex only when a word it needs is there."""
    return not _none_of(_ASIDE_CUE_WORDS, window) and _ASIDE_CUE.search(window) is not None


def _hatnote_line(text: str, start: int) -> bool:
    line = text.rfind("\n", 0, start) + 1
    return start - line < 200 and _HATNOTE.match(text, line, start) is not None


_NAMED_DAY = re.compile(r"\b(?:Black|Bloody|Super|Cyber)\s+$")
# Words that count from the speaker's day, not the story's: "two years ago", "last week", "next month", "this year"
_DEICTIC_WORD = frozenset(("last", "next", "this", "coming"))


def _speaker_deictic(match) -> bool:
    """Whether the expression counts from the moment of writing: "ago", or last/next/this without an article."""
    kind = match.lastgroup
    if kind == "ago":
        return match["ago_dir"].lower().split()[0] == "ago"
    words = {"rel": "rel_w", "mon": "mon_rel", "season": "se_rel", "wday": "wd_rel", "holiday": "ho_rel"}.get(kind)
    if words is None or not match[words]:
        return False
    if kind == "rel" and match.group().lower().startswith(("the", "that")):
        return False
    return match[words].lower().split()[0] in _DEICTIC_WORD


_QUOTE_OPEN = re.compile(r"[“«]|``|(?<![\w.,!?])\"")
_QUOTE_CLOSE = re.compile(r"[”»]|''|\"(?![\w])")


def _in_quotation(text: str, position: int) -> bool:
    """Whether ``position`` lies inside quoted speech that opened in its paragraph (a diary, a letter, a speaker)."""
    start = max(text.rfind("\n\n", 0, position), position - 600, 0)
    window = text[start:position]
    opened = [m.end() for m in _QUOTE_OPEN.finditer(window)]
    if not opened:
        return False
    closed = [m.end() for m in _QUOTE_CLOSE.finditer(window, opened[-1])]
    return not closed


_HAD = re.compile(r"\b(?:had|hadn't|'d)\s+(?:(?:not|already|just|never|long|first)\s+)?[a-z]+(?:ed|en|wn|ne|ght|lt|nt|ng|ck|ft|pt|id|ld|ok|ost|ung|unk|ew|on|ot)\b", re.I)


def _flashback(match, text: str, start: int, end: int) -> bool:
    """ "Harold had beaten the Norwegians three weeks earlier": a count back told in the pluperfect looks back from
    the story's time without moving it."""
    if match["ago_dir"].lower().split()[0] not in ("earlier", "before", "previously"):
        return False
    stop = _SENTENCE_STOP.search(text, end)
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    return bool(_HAD.search(text, sentence_start, stop.start() if stop else len(text)))


def _looks_back_in_pluperfect(match, fields: dict, text: str, start: int, ref: Point | None) -> bool:
    """ "In May 1999 patrols found that troops had crossed the line during the winter", "withdrew behind the line it
    had held in 1959": a season with no year, or a year before the story's, told in the pluperfect is a time before
    the story's, no step of it (the winter before that May, not the one after; the story stays in 1962)."""
    if match.lastgroup == "season" and not fields["_year"]:
        pass
    elif ref is None or not fields["_year"] or (cal.point_of(fields) or ref).year >= ref.year:
        return False
    sentence_start = max(text.rfind(". ", max(0, start - 300), start), text.rfind("\n", max(0, start - 300), start)) + 1
    return bool(_HAD.search(text, sentence_start, start))


def _event_before(events: list[tuple[int, Point]], ends: list[int], position: int) -> Point | None:
    """The day of the last known event named before ``position``."""
    index = bisect.bisect_right(ends, position) - 1
    return events[index][1] if index >= 0 else None


def _holds(point: Point, ref: Point | None) -> bool:
    """Whether ``point`` is a coarser time that holds the story's time: "later that month" after "1 May 1886" keeps
    the day, so that "the next morning" still has one."""
    if ref is None or point.year != ref.year:
        return False
    if point.month is None:
        return ref.month is not None
    return point.day is None and point.month == ref.month and ref.day is not None


def _year_restated(text: str, start: int, point: Point, ref: Point) -> bool:
    """Whether a sentence opens on the year the story is in ("The year 2010 tested the alliance ...", "In 2010, ..."
    after "in May and at the end of August [2010]"): the story is now at that year, and a month told alone after it
    ("sank in March") lies in it, not in the next."""
    return point.month is None and ref.month is not None and ref.day is None \
        and _YEAR_OPENS.search(text, max(0, start - 16), start) is not None


# a sentence's opening up to its year: "The year ", "In ", or nothing
_YEAR_OPENS = re.compile(r"(?:^|[.!?]['\"’”)]*\s+)(?:The\s+year\s+|In\s+|During\s+)?$")


def _span_holds(fields: dict, ref: Point | None) -> bool:
    """Whether a decade, century or millennium holds the story's year: "1906: the largest eruption of the 20th century"
    is still 1906 for "from 4 April to 21 April"."""
    if ref is None or fields.get("precision") not in ("decade", "century", "millennium") or not fields.get("until"):
        return False
    first, last = fields["begin"], fields["until"]
    first_year = -int(first[1:5]) if first.startswith("-") else int(first[:4])
    last_year = -int(last[1:5]) if last.startswith("-") else int(last[:4])
    return first_year <= ref.year <= last_year


def _range_partner(text: str, found: list[TimeExpr], start: int) -> TimeExpr | None:
    """The previous DATE expression when only a range connector separates it from ``start``."""
    last = found[-1]
    if last.type != "DATE" or not (last.begin or last.value.startswith("XXXX-")) or last.range is not None:
        return None
    between = text[last.end : start]
    if len(between) > 12:
        return None
    if _RANGE_DASH.fullmatch(between) or _RANGE_DASH.match(between) and between.strip() in "-–—":
        return last
    if _RANGE_WORD.fullmatch(between) and _RANGE_OPEN.search(text[max(0, last.start - 14) : last.start]):
        return last
    return None


def _borrow_year(first: TimeExpr, second: TimeExpr) -> None:
    """"between June and August 1941": the first end takes the second end's year."""
    if not second.begin or second.begin.startswith("-"):
        return
    year = int(second.begin[:4])
    written = first.begin or first.value.replace("XXXX", "0000")
    if not written[5:7].isdigit():
        return
    month = int(written[5:7])
    if first.precision == "season" and first.value[-2:] in cal.SEASON_MONTHS:
        fields = cal.season_fields(year, first.value[-2:])
    elif first.precision == "month":
        fields = cal.month_fields(year, month)
    elif first.precision == "day" and written[8:10].isdigit():
        day = int(written[8:10])
        if not cal.valid_day(year, month, day):
            return
        fields = cal.day_fields(year, month, day)
    else:
        return
    first.value, first.begin, first.until = fields["value"], fields["begin"], fields["until"]
    first.anchor = second.anchor


def _event_anchor(match, text: str, event_re: re.Pattern) -> tuple[dict, int] | None:
    """"five days after the fall of Paris": the shift applied to a known event's day."""
    direction = match["ago_dir"].lower()
    if direction not in ("after", "before"):
        return None
    gap = re.match(r"\s+", text[match.end() : match.end() + 4])
    if gap is None:
        return None
    event = event_re.match(text, match.end() + gap.end())
    number = number_of(match["ago_n"])
    if event is None or number is None:
        return None
    entry = entry_for(event.group())
    if entry is None:
        return None
    base = Point(int(entry["begin"][:4]), int(entry["begin"][5:7]), int(entry["begin"][8:10]))
    unit = match["ago_u"].lower().rstrip("s")
    sign = -1 if direction == "before" else 1
    day = cal.to_date(base)
    if unit in ("day", "week") and day is not None:
        target = day + timedelta(days=int(number) * sign * (7 if unit == "week" else 1))
        fields = cal.day_fields(target.year, target.month, target.day)
    elif unit == "month":
        fields = cal.month_fields(*cal.shift_month(base.year, base.month, int(number) * sign))
    elif unit == "year":
        fields = cal.year_fields(base.year + int(number) * sign)
    else:
        return None
    return {**fields, "type": "DATE", "mod": None, "anchor": "event", "_year": True, "_moves": True}, event.end()


# "two years after the treaty", "three years after the wall went up", "within a decade of independence": a span
# counted from an act the text told before, named again by a word of its sentence ("signed a peace treaty on 26
# March 1979", "won its independence in July 1962"); the words after "after"/"before"/"of" are looked for in an
# earlier sentence, and that sentence's date is the anchor
_TOLD_WORDS = re.compile(r"[^\S\n]+(?:(?:the|its|their|his|her|this|that)[^\S\n]+)?(?P<first>[a-z]{4,})(?:[^\S\n]+(?P<second>[a-z]{4,}))?\b")
_NOT_A_NAME = frozenset((
    "that", "this", "then", "which", "when", "they", "them", "their", "there", "these", "those", "what", "with", "from",
    "into", "some", "many", "more", "most", "much", "both", "each", "other", "same", "first", "last", "next", "following",
    "previous", "years", "months", "weeks", "days", "decades", "year", "month", "week", "decade", "have", "been", "were",
    "would", "could", "should", "also", "only", "even", "just", "still", "about", "over", "under", "between", "against",
))
_WITHIN_BEFORE = re.compile(r"(?i:\bwithin\s+$)")
_OF_AFTER = re.compile(r"[^\S\n]+of(?=[^\S\n])")
_TOLD_REACH = 4000  # how far back (characters) an act may have been told
_DATED_HERE = re.compile(r"\b(?:1[0-9]{3}|20[0-9]{2})\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")
_COUNTED_FROM = re.compile(r"(?i:\b(?:after|before|since|until)\s+(?:[\w'-]+\s+){0,2}$)")


_NOUN_ENDING = re.compile(r"(?:ation|ition|sion|ment|ence|ance|ion|al)$")


def _stem(word: str) -> str:
    """What a noun of an act shares with its verb: "invasion" and "invaded", "independence" and "independent"."""
    stem = _NOUN_ENDING.sub("", word)
    return stem if len(stem) >= 4 else word


def _told_act(text: str, at: int, found: list[TimeExpr], counted_at: int | None = None) -> TimeExpr | None:
    """The date of the earlier sentence that names the act the words at ``at`` name again (see ``_TOLD_WORDS``)."""
    words = _TOLD_WORDS.match(text, at)
    if words is None:
        return None
    stop = _SENTENCE_STOP.search(text, at)
    if _DATED_HERE.search(text, at, stop.start() if stop else len(text)):
        return None  # "a week after his summit with him in Singapore on 12 June": the act's date is told here
    own = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1  # the sentence of the offset itself
    if counted_at is not None and _DATED_HERE.search(text, own, counted_at):
        # "visited China in June 2009, two months after becoming prime minister": the sentence's act has its date
        # before the count, which says how long after the other act it came; no earlier sentence's date anchors it
        return None
    for word in (words["first"], words["second"]):
        if not word or word in _NOT_A_NAME or word.endswith(("ing", "ed", "ly")):
            continue
        for told in list(re.compile(rf"(?i:\b{_stem(word)}\w*)").finditer(text, max(0, own - _TOLD_REACH), own))[:-4:-1]:
            if _COUNTED_FROM.search(text, max(0, told.start() - 30), told.start()):
                continue  # "a fortnight before his summit with Seoul": that sentence's date is not the summit's
            begin = max(text.rfind(". ", 0, told.start()), text.rfind("\n", 0, told.start())) + 1
            stop = _SENTENCE_STOP.search(text, told.end())
            end = stop.start() if stop else len(text)
            dated = [t for t in found[-40:] if begin <= t.start < end and t.type == "DATE" and t.begin and t.begin[:4].isdigit()
                     and t.precision in ("day", "month", "year")]
            if dated:  # the last three mentions at most: the nearest one whose sentence has a date
                return min(dated, key=lambda t: abs(t.start - told.start()))
    return None


def _shifted(base: Point, number: float, unit: str, sign: int) -> dict | None:
    """The day, month or year ``number`` units from ``base``, at the finer of the two precisions the text gives."""
    if unit == "decade":
        number, unit = number * 10, "year"
    day = cal.to_date(base)
    if unit in ("day", "week") and day is not None and number == int(number):
        target = day + timedelta(days=int(number) * sign * (7 if unit == "week" else 1))
        return cal.day_fields(target.year, target.month, target.day)
    if unit == "year" and number != int(number) and base.month is not None:  # "two and a half years after": thirty months on
        return cal.year_fields(cal.shift_month(base.year, base.month, round(number * 12) * sign)[0])
    if unit == "month" and base.month is not None and number == int(number):
        return cal.month_fields(*cal.shift_month(base.year, base.month, int(number) * sign))
    if unit == "year" and number == int(number):
        return cal.year_fields(base.year + int(number) * sign)
    return None


def _told_anchor(match, fields: dict, text: str, found: list[TimeExpr]) -> dict | None:
    """ "two years after the treaty": the date that far from the act told before; "within a decade of independence":
    the span from the act to that date."""
    kind = match.lastgroup
    if kind == "ago" and match["ago_dir"].lower() in ("after", "before"):
        number, unit, sign, within = number_of(match["ago_n"]), unit_of(match["ago_u"]), -1 if match["ago_dir"].lower() == "before" else 1, False
        if number is not None and (match["ago_half"] or match["ago_nhalf"]):
            number += 0.5
        at = match.end()
    elif kind == "dur" and _WITHIN_BEFORE.search(text, max(0, match.start() - 8), match.start()) and (of := _OF_AFTER.match(text, match.end())):
        number, unit, sign, within = number_of(match["dur_n"]) or (1 if match["dur_n"] is None else None), unit_of(match["dur_u"]), 1, True
        at = of.end()
    else:
        return None
    if number is None or not found:
        return None
    act = _told_act(text, at, found, match.start())
    base = cal.point_of(_fields_of(act)) if act is not None else None
    shifted = _shifted(base, number, unit, sign) if base is not None else None
    if shifted is None:
        return None
    if within:  # a span: from the act to the end of the count; the duration keeps its TimeML value
        return {**fields, "begin": act.begin, "until": shifted["until"], "precision": shifted["precision"], "_moves": False}
    return {**shifted, "type": "DATE", "mod": fields.get("mod"), "anchor": "event", "_year": True, "_moves": True}


def tag(text: str, *, dct: str | None = None, mode: str = "auto", sections: Sequence[Section] = (), learned: bool = True) -> list[TimeExpr]:
    """``learned=False`` leaves out the learned news conventions (their trainer reads the grammar's own output)."""
    if not isinstance(text, str) or not text:
        return []
    if mode not in ("news", "narrative"):
        mode = choose_mode(text, dct)
    tokens = tokenize(text)
    periods = find_periods(text, tokens)  # first: "the early years of the war" is a part of the war named before it
    timexes = tag_timexes(text, dct, mode, sections, tokens, periods)
    if learned and mode == "news":
        timexes = conventions.apply(text, timexes)
    found = timexes + periods
    found.sort(key=lambda t: (t.start, -t.end, t.layer))
    return found
