"""Dates for events and sentences, from the text's own time expressions.

Order of evidence for an event: a date in its clause, else in its sentence
(the nearest to the trigger), else a named period in the sentence ("during
World War II"), else the section's heading or timeline-entry date, else the
narrative time set by a recent sentence of the same section; in news, the
publication date last.  Never the publication date of a history.
"""

from __future__ import annotations

import bisect
import datetime
import operator
import re
from dataclasses import dataclass

from detente.model import Document, Section, TimeExpr, date_bounds
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


def report_day(doc: Document, at: int | None = None) -> str | None:
    """The day a report tells of as 'today': the day its dateline names when it was filed a day or two before it was
    published ("BANGKOK, Feb. 17 (UPI)" in a paper of February 18), else its publication date. On a page of several
    reports (``doc.meta["articles"]``), a position ``at`` inside one of them tells on that report's day, and a position
    on the page outside them on no report's day (the page's own date, if any)."""
    articles = doc.meta.get("articles")
    if articles and at is not None:
        for start, end, day in articles:
            if start <= at < end:
                return day
    return doc.meta.get("filed") or doc.published


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


_TIMEX_START = operator.attrgetter("start")  # TimeExpr.start, read in C
_TIMEX_ORDER = operator.attrgetter("start", "end")


class Timexes(list):
    """Time expressions sorted by start, with their starts, so a sentence finds its own by bisection.

    ``memo`` keeps what is worked out once per stretch of the document's text (its dating units): every
    sentence is dated for the actors, for the narrative time and for each of its events, from the same units.
    """

    def __init__(self, items, text: str | None = None):
        super().__init__(sorted(items, key=_TIMEX_ORDER))
        self.starts = list(map(_TIMEX_START, self))
        self.text = text  # the text the expressions point into: the memo holds only for it
        self.memo: dict = {}

    def within(self, start: int, end: int) -> list[TimeExpr]:
        """Expressions lying inside [start, end)."""
        first = bisect.bisect_left(self.starts, start)
        last = bisect.bisect_left(self.starts, end, first)
        if first == last:
            return []  # none starts there (most stretches): no walk
        return [t for t in self[first:last] if t.end <= end]


def datable(doc: Document) -> Timexes:
    """Expressions that point to a stretch of the calendar: dates, times with their day ("10 p.m. Wednesday"),
    anchored durations ("three days later" in a report) and named periods; a bare span ("for 45 years") has
    no interval and is left out."""
    global _LAST_DATABLE
    cached = _LAST_DATABLE
    if cached is not None and cached[0] is doc and cached[1] is doc.timexes and cached[2] is doc.text and cached[3] == len(doc.timexes):
        return cached[4]  # the actors stage and the coder date the same document: one index for both
    timexes = Timexes((t for t in doc.timexes if t.begin and t.until and (t.layer == "period" or t.type in ("DATE", "TIME", "DURATION"))),
                      doc.text)
    _LAST_DATABLE = (doc, doc.timexes, doc.text, len(doc.timexes), timexes)
    return timexes


# the last document ``datable`` indexed, held (not by id, which a freed document could pass on) with what the
# index was made from: a document whose text or expressions changed since gets a new index
_LAST_DATABLE: tuple | None = None


def _within(timexes: list[TimeExpr], start: int, end: int) -> list[TimeExpr]:
    if isinstance(timexes, Timexes):
        return timexes.within(start, end)
    inside = []  # (a plain loop: a comprehension here would make its cells at every call, the index's too)
    for t in timexes:
        if start <= t.start and t.end <= end:
            inside.append(t)
    return inside


def units(doc: Document, timexes: list[TimeExpr], start: int, end: int) -> list[tuple[int, int, TimeExpr, TimeExpr | None]]:
    """Dating units within [start, end): single expressions, ranges, and 'from X ... to Y' spans."""
    if isinstance(timexes, Timexes) and timexes.text is doc.text:
        key = ("units", start, end)
        found = timexes.memo.get(key)
        if found is None:
            found = timexes.memo[key] = _units(doc, timexes, start, end)
        return found
    return _units(doc, timexes, start, end)


def _units(doc: Document, timexes: list[TimeExpr], start: int, end: int) -> list[tuple[int, int, TimeExpr, TimeExpr | None]]:
    inside = [t for t in _within(timexes, start, end) if t.layer == "timex"]
    result = []
    used: set[int] = set()
    for index, timex in enumerate(inside):
        if index in used:
            continue
        partner = None
        for other_index in range(index + 1, len(inside)):
            other = inside[other_index]
            between = doc.text[timex.end : other.start]
            if (timex.range is not None and other.range == timex.range or _day_span(timex, other, between)) \
                    and _midnight_between(doc.text, timex, other):
                timex = other  # "at midnight on 19-20 December": the act at the stroke that opens the second day
                used.add(other_index)
                break
            if timex.range is not None and other.range == timex.range:
                partner = None if _night_of(doc.text, timex, other) else other
                used.add(other_index)
                break
            if _day_span(timex, other, between) and _night_of(doc.text, timex, other):
                used.add(other_index)
                break
            # "began in June 1948 and lasted until May 1949"; not "ratified it in 1973; Morocco did not ratify it until
            # 1989", where the second date is another act's, done then
            lasted_until = len(between) <= 60 and _until_at_end(between) and ";" not in between \
                and not _NOT_UNTIL.search(between) and not _CONTRAST.search(between)
            if lasted_until or _month_span(timex, other, between) or _year_pair(timex, other, between) or _day_span(timex, other, between) or _FROM.search(doc.text[max(start, timex.start - 25) : timex.start]) and len(between) <= 120 and _TO.search(between[:12]):
                partner = other
                used.add(other_index)
                break
            break
        result.append((inside[index].start, (partner or timex).end, timex, partner))
    return result


_NOT_UNTIL = re.compile(r"\b(?:not|never|\w+n't)\b[^,;]*\buntil\b", re.I)
# a clause opened after the act's ("renounced its pact, and on 29 November broke off relations"): its date is its own
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|then)\b|;", re.I)
# "followed in 1975, while Laos waited until 1990": the clause after the comma is another subject's, its date its own
_CONTRAST = re.compile(r",\s+(?:while|whereas|but)\b", re.I)
_AND_ONLY = re.compile(r"\s*,?\s+and\s+")
_BRACKETED = re.compile(r"\W*\[([^\]]{3,30})\]\s*(?:After|Before|Following)\b[^,;]*$")  # a list item's date, then a fronted act
_LEADING_ADJUNCT = re.compile(r"\W*(?:After|Before|Following)\b[^,;]*$")
# a date that opens the sentence, or the clause after a lead-in and a colon ("Reforms drew East Berlin back: in October
# 1986 ..."): the time of all the sentence tells
_FRONTED_DATE = re.compile(r"\W*(?:[^.;:]{0,120}:\s*)?(?:In|On|During|in|on|during)\s+")
_TOLD_LATER = re.compile(r"\b(?:later|afterwards|afterward|subsequently|eventually|thereafter)\b")
_DAY_TO = re.compile(r"\s+(?:to|and)\s+")


_NIGHT_OF = re.compile(r"\bnight\s+of\s+(?:the\s+)?$", re.I)


def _night_of(text: str, first: TimeExpr, second: TimeExpr) -> bool:
    """ "on the night of 17-18 December 1961", "the night of 20 to 21 August": a night is dated by the day it begins
    (tests/data/other_pairs/CONVENTIONS.md), not by a range of its two days."""
    if _NIGHT_OF.search(text, max(0, first.start - 24), first.start) is None:
        return False
    return _next_day(first, second)


# "at midnight on 30 June-1 July", "at midnight of 19-20 December": the stroke that ends one day opens the next
_MIDNIGHT_ON = re.compile(r"\bmidnight\s+(?:on|of)\s+(?:the\s+night\s+of\s+)?(?:the\s+)?$", re.I)


def _midnight_between(text: str, first: TimeExpr, second: TimeExpr) -> bool:
    """ "At midnight on 19-20 December 1999 Portugal handed Macau over": an act at midnight between two days named is
    of the day that midnight opens, the second."""
    if _MIDNIGHT_ON.search(text, max(0, first.start - 40), first.start) is None:
        return False
    return _next_day(first, second)


def _next_day(first: TimeExpr, second: TimeExpr) -> bool:
    """Whether ``second`` is the day after ``first`` (two days named)."""
    if first.precision != "day" or second.precision != "day":
        return False
    a, b = first.begin or first.value, second.begin or second.value
    if len(a) != 10 or len(b) != 10 or not (a[8:].isdigit() and b[8:].isdigit()):
        return False
    if a[:8] == b[:8]:  # "the night of 20 to 21 August", its year not yet known
        return int(b[8:]) - int(a[8:]) == 1
    try:  # "the night of 31 December 1978 to 1 January 1979"
        return datetime.date.fromisoformat(b) - datetime.date.fromisoformat(a) == datetime.timedelta(days=1)
    except ValueError:
        return False


def _day_span(first: TimeExpr, second: TimeExpr, between: str) -> bool:
    """ "from 20 to 21 August": a bare day joined by 'to' or 'and' to a date of the same month is a range (but a night
    of two days is the first day: ``_night_of``)."""
    return first.text.isdigit() and len(first.text) <= 2 and bool(first.value) and bool(second.value) \
        and len(first.value) == 10 and len(second.value) == 10 and first.value[:7] == second.value[:7] \
        and _DAY_TO.fullmatch(between) is not None


def _month_span(first: TimeExpr, second: TimeExpr, between: str) -> bool:
    """ "in October and November 1956": two months of one year joined by 'and' are one stretch of time."""
    return (first.precision == second.precision == "month" and _AND_ONLY.fullmatch(between) is not None
            and bool(first.begin and second.begin) and first.begin[:4] == second.begin[:4] and first.begin < second.begin)


def _year_pair(first: TimeExpr, second: TimeExpr, between: str) -> bool:
    """ "sold Indonesia warships in 1960 and 1961": two years in a row joined by 'and' are one stretch of time."""
    return (first.precision == second.precision == "year" and _AND_ONLY.fullmatch(between) is not None
            and bool(first.begin and second.begin) and int(second.begin[:4]) - int(first.begin[:4]) == 1)


def _inside(entry_date, span: tuple[int, int], start: int, end: int) -> bool:
    """Whether [start, end) lies in the span; a date opening a list entry ("• September 17, 1939 – Soviet troops ...")
    dates the whole entry."""
    if entry_date is not None and start < entry_date.end():
        return True
    return span[0] <= start and end <= span[1]


def _foreign(text: str, where, entry_date, clause_span: tuple[int, int], other_clauses, start: int, end: int) -> bool:
    """A date in another act's clause dates that act: "paved the way for the invasion in September, and it made ..."."""
    if where is not None and end <= where.start() and not _HOLDS_BREAK.search(text, end, where.start()):
        return False
    if _inside(entry_date, clause_span, start, end):
        return False
    for other in other_clauses:  # (a plain loop: no generator made per date)
        if _inside(entry_date, other, start, end):
            return True
    return False


def _nearest(candidates, *context):
    """The unit ``_distance`` puts nearest the act, the first of equals as min() gives; one unit is taken unscored."""
    if len(candidates) == 1:
        return candidates[0]
    best, best_distance = None, 0
    for unit in candidates:
        distance = _distance(unit, *context)
        if best is None or distance < best_distance:
            best, best_distance = unit, distance
    return best


def _distance(unit: tuple[int, int, TimeExpr, TimeExpr | None], text: str, sentence_span: tuple[int, int],
              clause_span: tuple[int, int], trigger_span: tuple[int, int], other_triggers, other_clauses, entry_date, where) -> int:
    """How far a dating unit stands from the act, with penalties for what stands between them (the lowest wins)."""
    start, end = unit[0], unit[1]
    if unit[3] is None and _done_only_then(text, trigger_span, start):
        return -1  # "In 1971 it refused to recognize Bangladesh until August 1975": done on the day "until" names
    gap = max(trigger_span[0] - end, start - trigger_span[1], 0)
    penalty = 0 if _inside(entry_date, clause_span, start, end) else 10_000
    low, high = (end, trigger_span[0]) if end <= trigger_span[0] else (trigger_span[1], start)
    bare = " " not in text[trigger_span[0] : trigger_span[1]]  # a verb with no object of its own
    if any(low <= t0 and t1 <= high and not (bare and _JOINED.fullmatch(text, trigger_span[1], t0)) for t0, t1 in other_triggers):
        penalty += 5_000  # another act stands between the date and this one (not "torpedoed and sank it")
    elif end <= trigger_span[0] and any(t1 <= start for _, t1 in other_triggers) and (
            _COORDINATED_VERB.search(text[end : trigger_span[0]])
            or _LIST_COMMA.fullmatch(text, end, trigger_span[0]) and not _PARTICIPLE_OPENS.match(text, trigger_span[0])):
        penalty += 5_000  # the date closes the act before: "imposed an embargo in 1960 and broke off relations"
    if end <= trigger_span[0] and _THAT.search(text, end, trigger_span[0]) and (
            _REPORTED_THAT.search(text, end, trigger_span[0]) or _REPORTED_THAT.search(text, sentence_span[0], trigger_span[0])):
        # (a report's "that" between the date and the act: looked for first, most spans have none)
        penalty += 2_000  # "told a news conference today that a Soviet interceptor shot down ... on Sept. 1"
    if end <= trigger_span[0] and _LEADING_ADJUNCT.match(text, sentence_span[0], start) and "," in text[end : trigger_span[0]]:
        penalty += 6_000  # "After talks in February 1962, the delegations signed the accords on 18 March": the talks' date
    if end <= trigger_span[0] and "," in text[end : trigger_span[0]] and start - trigger_span[1] < 40:
        penalty += 40  # "Having promised help in 1949, Washington shipped wheat ... in 1950": past a comma,
        # an earlier clause's date; the one after the act, close by, is its own
    if trigger_span[0] < start and end < trigger_span[1] and "," in text[trigger_span[0] : start] \
            and "," in text[end : trigger_span[1]]:
        penalty += 3_000  # "relations between A and B, broken off in 1952, were restored on 8 May 1960": a
        # date in an aside the trigger spans dates the aside's act
    if unit[3] is None and _foreign(text, where, entry_date, clause_span, other_clauses, start, end):
        penalty += 100_000
    elif unit[3] is None and _later_clause(text, clause_span, start):
        penalty += 50_000
    return gap + penalty


# "from the 5th to the 7th", "between the 12th and the 14th (of that month)": days of the month in focus
_ORDINAL_DAY_RANGE = re.compile(r"\b(?:from|between)\s+the\s+([1-3]?\d)(?:st|nd|rd|th)\s+(?:to|and|until|till|through)\s+the\s+"
                                r"([1-3]?\d)(?:st|nd|rd|th)(?=\s*(?:[,.;)]|$|of\s+(?:that|the\s+same|this|the)\s+month\b))", re.I)


def date_event(doc: Document, timexes: list[TimeExpr], sentence_span: tuple[int, int], *args, **kwargs) -> Dated | None:
    """The date of one event; a month refined by a range of days the sentence gives by their ordinals alone."""
    dated = _date_event(doc, timexes, sentence_span, *args, **kwargs)
    if dated is None or dated.precision != "month" or len(dated.label) != 7:
        return dated
    # (searched only in a sentence that holds "from" or "between", which the pattern opens with)
    found = _ORDINAL_DAY_RANGE.search(doc.text, sentence_span[0], sentence_span[1]) \
        if _may_hold(doc.text[sentence_span[0] : sentence_span[1]], ("from", "between")) else None
    if found is None:
        return dated
    first, last = int(found.group(1)), int(found.group(2))
    if not 1 <= first < last or f"{dated.label}-{last:02d}" > dated.until:
        return dated  # ("from the 30th to the 31st" of a month of 30 days: no such day)
    begin, until = f"{dated.label}-{first:02d}", f"{dated.label}-{last:02d}"
    return Dated(f"{begin}/{until}", found.group(0), begin, until, "range", dated.source)


# the label of a fact line, up to its colon ("Iraqi invasion of Kuwait: "), with no stop or clause of its own
_FACT_LABEL = re.compile(r"([A-Z][^\n.:;!?]{1,60}):[ \t]+")


# the act's object names a thing by its date: "condemned the coup of May 2000", "protested against the tests of 1998"
_OBJECT_OF_DATE = re.compile(r"\s+(?:against\s+|at\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){1,3}of\s+\Z")


def _reaction_to_later(text: str, trigger_span: tuple[int, int], candidates):
    """The date of a thing the act's object names, when every date before the act ends before it ("India reopened
    its mission in March 1999, condemned the coup of May 2000"): an act on that thing is not before it."""
    for u in candidates:
        if u[3] is None and u[0] > trigger_span[1] and u[0] - trigger_span[1] <= 40 and u[2].begin \
                and _OBJECT_OF_DATE.match(text, trigger_span[1], u[0]):
            earlier = [c for c in candidates if c[1] <= trigger_span[0]]
            if earlier and all((c[3] or c[2]).until and (c[3] or c[2]).until < u[2].begin for c in earlier):
                return u
    return None


# the act told again after a colon as the instrument that did it, with its date: "extended the embargo to all arms: its
# order of 20 May took effect on 26 May": the order's date is the act's own, no other thing's
# (its doer's, by a possessive, or an instrument of acts: not "the treaty of 1974", another thing)
_ELABORATED = re.compile(r":\s+(?:(?:his|her|its|their)\s+(?:[a-z-]+\s+){1,2}|the\s+(?:[a-z-]+\s+)?(?:order|decree|proclamation|directive|"
                         r"ordinance|edict|note|notice|declaration|announcement|statement|letter|law|act|bill|resolution)\s+)of\s+\Z")


def _elaborates(text: str, trigger_span: tuple[int, int], start: int) -> bool:
    """Whether the date at ``start`` is that of the act told again after a colon (see _ELABORATED)."""
    return start > trigger_span[1] and text.find(":", trigger_span[1], start) >= 0 \
        and _ELABORATED.search(text, (start - 60 if start - 60 > trigger_span[1] else trigger_span[1]), start) is not None


# "was signed in Almaty in April 1994, when Li Peng visited Kazakhstan": a "when" clause right after the date tells
# what else that time saw; its act shares the date (not the report's day, nor the story's)
_WHEN_AFTER_DATE = re.compile(r"(?:\s+in\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)?,\s+when\s+[^,;.()]{0,80}")


def _date_event(
    doc: Document,
    timexes: list[TimeExpr],
    sentence_span: tuple[int, int],
    clause_span: tuple[int, int],
    trigger_span: tuple[int, int],
    section: Section,
    section_date: Dated | None,
    narrative: Dated | None,
    news: bool,
    other_clauses: list[tuple[int, int]] = (),
    other_triggers: list[tuple[int, int]] = (),
) -> Dated | None:
    """The date of one event (see the module docstring for the order of evidence)."""
    text = doc.text
    entry_date, candidates, things = _sentence_dating(doc, timexes, sentence_span)
    if len(candidates) == 1 and text[sentence_span[1] - 1].isdigit() and trigger_span[1] <= candidates[0][0]:
        # a fact line of an infobox, "Iraqi invasion of Kuwait: 2 August 1990": the value after the label's colon is
        # the date of the act the label names (not a clause of its own)
        only = candidates[0]
        label = _FACT_LABEL.fullmatch(text, sentence_span[0], only[0])
        if label is not None and only[1] == sentence_span[1] and label.end(1) >= trigger_span[1]:
            return _dated(only[2], only[3], "clause", text[only[0] : only[1]])
    if entry_date is not None and news and _DATELINE_LIKE.search(entry_date.group()):
        entry_date = None  # "LONDON, May 3 (AP) — ... sank the cruiser yesterday": a dateline is the report's day, no entry
    old_from = trigger_span[0] - 16 if trigger_span[0] - 16 > sentence_span[0] else sentence_span[0]
    if _may_hold(text[old_from : trigger_span[0]], _OLD_WAR_WORDS) and _OF_AN_OLD_WAR.search(text, old_from, trigger_span[0]):
        # "textbooks that whitewashed Japan's wartime invasion of China": an act named as one of a past era is dated
        # only by a date of its own right after it ("the wartime occupation of 1940"), never the report's or the page's
        kept = []
        for u in candidates:
            if trigger_span[1] <= u[0] <= trigger_span[1] + 40 and u[3] is None:
                kept.append(u)
        candidates = kept
        if not candidates:
            return None
        section_date = narrative = None
        news = False

    # "Four months later Nehru flew to Peking, where Mao received him": the place's clause goes on at the main clause's time
    where = _WHERE_OPENS.search(text, (clause_span[0] - 12 if clause_span[0] > 12 else 0), clause_span[0])

    # a range ("from 1947 to 1991") tells how long something lasted, whichever clause holds it; a date of
    # another act's clause is a last resort, taken only where it refines the section's date
    lead = doc.meta.get("dateline")
    if lead and not sentence_span[0] < lead[1]:
        lead = None
    kept, named = [], []  # (plain loops here and below: no function object or cell made per call)
    for u in candidates:
        # a report's dateline ("SEOUL, March 5, 1998 -") tells the day it was filed: "yesterday" in the lead dates the act
        if lead and lead[0] <= u[0] and u[1] <= lead[1]:
            continue
        # the date of the report ("sank the cruiser yesterday, the ministry said today") or of an aside about the
        # subject ("Haig, whose shuttle ended last week, said ...") does not date the act
        if _aside_date(text, sentence_span, u, trigger_span):
            continue
        kept.append(u)
    candidates = kept
    if len(candidates) > 1 and _holds(text, "which", sentence_span[0], trigger_span[0]):
        # a pluperfect "which" clause on the subject keeps its time when the act has a date of its own with a year ("In
        # March 1972, India, which had recognised Bangladesh that year, signed"); not "the same day", told from it
        aside, own = [], []  # (plain loops: date_event makes no cells)
        for u in candidates:
            if _in_pluperfect_which(text, sentence_span, u, trigger_span):
                aside.append(u)
            elif _WITH_YEAR.search(text, u[0], u[1]):
                own.append(u)
        if aside and own:
            kept = []
            for u in candidates:
                if u not in aside:
                    kept.append(u)
            candidates = kept
    if len(candidates) > 1 and _may_hold(text[sentence_span[0] : trigger_span[0]], _RELATIVE_WORDS):
        # "went to L'Aquila, in the region that an earthquake had struck three months earlier, for the summit": the
        # date of a relative clause closed before the act is that clause's, when the act has another (tune29)
        aside = [u for u in candidates if _in_relative_before(text, sentence_span[0], u, trigger_span)]
        if aside and len(aside) < len(candidates):
            candidates = [u for u in candidates if u not in aside]
    kept = []
    for u in candidates:
        # "agreed on a partnership for the 21st century", "a programme for the 1990s": the span an act looks ahead to
        if u[3] is None and u[2].precision in ("century", "decade") and _LOOKS_AHEAD.search(text, max(0, u[0] - 12), u[0]):
            continue
        if _first_since(text, sentence_span[0], u) and _SINCE_CLAUSE.search(text, max(sentence_span[0], u[0] - 80), u[0]) \
                and not _in_since_clause(text, sentence_span, u, trigger_span):
            # "met Musharraf, his first meeting with a Pakistani leader since he took power in February": the date of a
            # clause after "since" opens the span since the last such act, never the act's own, even when it is the
            continue  # only one (not "its largest exercise since the Soviet collapse in June 1999": a noun's, unclear)
        kept.append(u)
        # a year naming a thing is still the date of that thing's own act: "the pact of August 23, 1939 shocked ..."
        # (asked once per unit of the sentence, whichever trigger asks: the answer depends on the unit and where the
        # sentence starts, not on the act; kept by the unit's start with the unit itself, told apart by identity)
        thing = things[u[0]] if u[0] in things else None
        if thing is None or thing[0] is not u:
            thing = things[u[0]] = (u, names_a_thing(text, sentence_span[0], u))
        if thing[1] \
                and not (_OWN_DATE.fullmatch(text, trigger_span[1], u[0]) and not _UNDOING.search(text, trigger_span[0], trigger_span[1])) \
                and not _done_only_then(text, trigger_span, u[0]) and not _negated_until(text, sentence_span, u, trigger_span) \
                and not _in_since_clause(text, sentence_span, u, trigger_span) \
                and not _OPENING_THING.match(text, sentence_span[0], u[0]) \
                and not _DAYS_OWN_ACT.fullmatch(text, u[1], trigger_span[0]) \
                and not (_PARTICIPLE_NEXT.fullmatch(text, u[1], trigger_span[0]) and _MADE.match(text, trigger_span[0], trigger_span[1])) \
                and not _elaborates(text, trigger_span, u[0]):
            named.append(u)
    candidates = kept
    if len(candidates) > 1:
        own = _reaction_to_later(text, trigger_span, candidates)
        own = _dated(own[2], own[3], "clause", text[own[0] : own[1]]) if own is not None else None
        if own is not None:
            return own
    if len(named) < len(candidates) or section_date is not None or narrative is not None:
        frame = section_date or narrative
        # ... unless the story's time is before it and the act is told as coming after it: "After the peace treaty of
        # March 1979 the Arab League suspended Egypt", in a story still in September 1978, is dated by the treaty
        # (a month or a year, in which the act may fall; not a day: "After the armistice of 30 October 1918 British
        # troops occupied Constantinople" did so days later)
        floor = []
        if frame is not None and frame.until:
            for u in named:
                if u[3] is None and u[2].begin and u[2].precision in ("month", "year") and frame.until < u[2].begin \
                        and _AFTER_OPENING.match(text, sentence_span[0], u[0]):
                    floor.append(u)
        if named:
            kept = []
            for u in candidates:
                if u not in named or u in floor:
                    kept.append(u)
            candidates = kept
    # "Egypt accused the United States, and Syria broke off relations yesterday", "X denounced the pact and Y broke
    # off relations two weeks later": a date after a subject named after 'and' with its own verb dates that act; ours
    # takes the section's date, the story's time or the report's day, else none
    kept = []
    next_clause = None  # the first date of the clause after the act's, told as coming next ("..., and in June 1954 they agreed")
    for u in candidates:
        if not (u[0] >= trigger_span[1] and (_another_subjects_act(text, trigger_span, u[0]) or _opens_next_clause(text, trigger_span, u)
                                             or _past_semicolon(text, trigger_span, u[0]) or _in_relative_after(text, trigger_span, u[0])
                                             or (text.find("had", trigger_span[1], u[0]) >= 0  # (the pattern needs it)
                                                 and _CONTACT_PLUPERFECT.match(text, trigger_span[1], u[0]) is not None))):
            kept.append(u)
        elif next_clause is None and u[3] is None and _AND_THEN_DATE.search(text, trigger_span[1], u[0]):
            next_clause = u
    candidates = kept
    if len(candidates) > 1 and _holds(text, ", which ", trigger_span[1], sentence_span[1]):
        # "agreed on a customs union, which took effect on 1 January 1995, and on a common tariff": a date in a clause on
        # the verb's object is the object's, when the sentence has another date for the act
        kept = []
        for u in candidates:
            if not (u[0] >= trigger_span[1] and _object_relative(text, trigger_span, u[0])):
                kept.append(u)
        if kept:
            candidates = kept
    best: Dated | None = None
    if candidates:
        start, end, first, last = _nearest(candidates, text, sentence_span, clause_span, trigger_span, other_triggers, other_clauses,
                                           entry_date, where)
        if section_date is not None and section is not None and section.kind == "entry" and end <= trigger_span[0] \
                and _LEADING_ADJUNCT.match(text, sentence_span[0], start) and "," in text[end : trigger_span[0]]:
            # "July 1968 / After Kosygin's visit to Rawalpindi in April, Moscow agrees to sell ...": the date of the
            # fronted act is not the main act's; the entry's date is
            return Dated(section_date.label, section_date.text, section_date.begin, section_date.until,
                         section_date.precision, "section")
        bracket = _BRACKETED.match(text, sentence_span[0], start) if _holds(text, "[", sentence_span[0], start) else None
        if bracket is not None and end <= trigger_span[0] and "," in text[end : trigger_span[0]]:
            # "[October 1965] After the failed coup of 30 September, the army accuses ...": the item's bracketed date
            for u in candidates:
                if u[1] <= bracket.end(1) and u[3] is None:
                    start, end, first, last = u
                    break
        if entry_date is not None and start < entry_date.end() and last is None:
            # an entry's year gives way to a date in the act's own clause that falls within it ("• 1956 – Israel
            # invades the Sinai on October 29"): the entry date is the frame, the clause's date the day
            finer = []
            for u in candidates:
                if u[0] >= entry_date.end() and u[3] is None and _inside(entry_date, clause_span, u[0], u[1]) \
                        and first.begin and u[2].begin and first.begin <= u[2].begin and u[2].until <= first.until \
                        and (u[2].begin, u[2].until) != (first.begin, first.until):
                    finer.append(u)
            if finer:
                start, end, first, last = _nearest(finer, text, sentence_span, clause_span, trigger_span, other_triggers, other_clauses,
                                                   entry_date, where)
        if last is None and (_foreign(text, where, entry_date, clause_span, other_clauses, start, end) or _later_clause(text, clause_span, start)) \
                and not (start < clause_span[0] and _FRONTED_DATE.fullmatch(text, sentence_span[0], start)
                         and not _TOLD_LATER.search(text, end, trigger_span[0])) \
                and not (end <= trigger_span[0] and _SAME_SUBJECT_NEXT.fullmatch(text, end, trigger_span[0])) \
                and not (end <= trigger_span[0] and _WHEN_AFTER_DATE.fullmatch(text, end, trigger_span[0])) \
                and not _elaborates(text, trigger_span, start):
            # (nor one closing the clause before, when the act is that subject's next verb: "He came back to India the
            # next month, to Calcutta, and thanked its people" thanked them then)
            # (a date that opens the sentence, "In October 1986 Honecker visited China, and the two parties restored
            # their ties", frames every clause after it that has no date of its own)
            if section_date is not None and not (section_date.begin <= first.begin and first.until <= section_date.until):
                return section_date
            if section_date is None and narrative is not None and (first.anchor == "narrative" and start >= trigger_span[1]
                                                                   or not _foreign(text, where, entry_date, clause_span, other_clauses, start, end)):
                # "India launched air strikes, and by July the intruders had withdrawn": the story's time; so too before
                # another act counted from it ("declared him unwelcome, and the envoy left the next day")
                return narrative
            if section_date is None and news and report_day(doc, sentence_span[0]) and not (
                    first.anchor == "dct" and first.precision == "day" and _SAME_SUBJECT_VERB.fullmatch(text, end, trigger_span[0])):
                # a report's background date in another clause ("the treaty of 1978, and accused Washington"); not
                # the day of the subject's act that this verb continues ("attacked a post yesterday, killing two
                # soldiers, and occupied it": occupied yesterday too)
                day = report_day(doc, sentence_span[0])
                return Dated(day, day, day, day, "day", "publication")
        if last is not None and start < trigger_span[0] and trigger_span[1] <= end:
            # the trigger sits between a range's ends ("from 1947 to the dissolution ... on December 25, 1991"):
            # the end nearer to it dates it
            first = last if abs(last.start - trigger_span[1]) < abs(trigger_span[0] - first.end) else first
            start, end, last = first.start, first.end, None
        if last is None:
            # "a week ago, on Sunday, March 12", "in 1972, on 23 December": a finer date in apposition to the one
            # taken restates it; the finer one dates the act
            finer = [u for u in candidates if u[0] >= end and u[3] is None and _APPOSED.fullmatch(text, end, u[0])
                     and first.begin and u[2].begin and first.begin <= u[2].begin and u[2].until <= first.until
                     and (u[2].begin, u[2].until) != (first.begin, first.until)] if "," in text[end : end + 3] else ()
            if finer:
                start, end, first, last = finer[0]
        if last is None and end <= trigger_span[0] and first.begin and first.precision in ("year", "month") and len(candidates) > 1:
            # "In September 1997 Menem received Cardoso at the Casa Rosada on 8 September", "That same year Pakistan left
            # CENTO, the successor of the Baghdad Pact, in March, and joined ...": a finer date after the act, in its
            # clause and within the frame the sentence opened with, is the act's own (dates10 and h15tune)
            for u in candidates:
                if u[0] >= trigger_span[1] and u[3] is None and u[2].begin and first.begin <= u[2].begin and u[2].until <= first.until \
                        and (u[2].begin, u[2].until) != (first.begin, first.until) \
                        and not any(trigger_span[1] <= t0 < u[0] for t0, _ in other_triggers) \
                        and not _NEXT_CLAUSE.search(text, trigger_span[1], u[0]):
                    start, end, first, last = u
                    break
        source = "clause" if _inside(entry_date, clause_span, start, end) else "sentence"
        best = _dated(first, last, source, text[start:end])
        if best is not None and last is None and best.precision == "day" and best.begin == best.until \
                and _may_hold(text[(start - 20 if start - 20 > sentence_span[0] else sentence_span[0]) : start], ("before", "after")):
            best = _shortly(best, text, sentence_span[0], start)
        if best is not None and last is None and not (_may_hold(text[clause_span[0] : trigger_span[0]], _NOT_WORDS)
                                                      and _NOT_BEFORE.search(text, clause_span[0], trigger_span[0])) \
                and not _done_only_then(text, trigger_span, start) and not _negated_until(text, sentence_span, (start, end), trigger_span):
            # ("did not call up its reserves until October 6": done on the day named, no span up to it)
            best = _until(best, text, start, narrative or section_date)
    if best is None:
        periods = []
        for t in _within(timexes, *sentence_span):
            if t.layer == "period" and t.begin and not _foreign(text, where, entry_date, clause_span, other_clauses, t.start, t.end) \
                    and not _TOPIC_BEFORE.search(text, (t.start - 16 if t.start > 16 else 0), t.start):
                periods.append(t)  # (not a talk's topic: "met King Khalid and talked about the Gulf war")
        if periods:
            best = _period_date(text, periods, trigger_span, narrative or section_date)
            if best is not None and news and report_day(doc) and best.begin <= report_day(doc) <= best.until:
                best = None  # a report of today that names an era ("the Cold War") is dated today
    if best is not None and section_date is not None and section is not None and section.kind in ("entry", "item"):
        best = _into_entry_year(best, section_date)  # (an item headed by its date: "7. Two summits (February 1978)")
    if best is not None and section_date is not None and _refines(section_date, best):
        return Dated(section_date.label, section_date.text, section_date.begin, section_date.until, section_date.precision, "section")
    if best is not None and best.precision == "day" and text.find(" until ", trigger_span[1], sentence_span[1]) >= 0:
        best = _stayed_until(best, text, timexes, sentence_span, trigger_span)
    if best is not None:
        if text.find(" after ", sentence_span[0], sentence_span[1]) >= 0 or text.find(" before ", sentence_span[0], sentence_span[1]) >= 0:
            best = _offset_from_anchor(best, text, sentence_span, trigger_span)
        if best.precision == "month" and text.find(" later", trigger_span[1], sentence_span[1]) >= 0:
            best = _counted_back(best, text, timexes, sentence_span, trigger_span)
        return _lasting(best, text, sentence_span, trigger_span, other_triggers)
    item = _item_date(doc, timexes, sentence_span)
    if item is not None:
        return item  # "- 5 April 1986: A bomb explodes ... Washington blames Libya": the item's date, not the page's
    if section_date is not None:
        if narrative is not None and section is not None and (section.kind in ("entry", "item") or section_date.precision in ("century", "year", "range", "decade", "season", "month")) \
                and _refines(narrative, section_date):  # "Twentieth century" over a story told in years and days
            # "1987 / 20 July – The Council adopts Resolution 598. Iraq accepts it": the entry's day; "The rising of
            # 1956" over "... Three days later the Red Army attacked. The United States condemned the intervention.";
            # a page's title ("China and Indonesia, 1950-1990: twenty key events") over "[November 1959] ... Peking protests";
            # a season over a month the story names in it ("[summer 2000] In June, ... Beijing retaliated")
            return narrative
        if narrative is not None and _story_moved_on(doc.text, section, section_date, narrative):
            return narrative
        return section_date
    if narrative is not None:
        if next_clause is not None and not news:
            later = _stale_before(narrative, next_clause[2])
            if later is not None:
                return later
        return narrative
    if news and report_day(doc, sentence_span[0]):
        day = report_day(doc, sentence_span[0])
        return _lasting(Dated(day, day, day, day, "day", "publication"), text, sentence_span, trigger_span, other_triggers)
    return None


# the verb right after ", and" with no subject of its own, nothing but a participle phrase between it and a day
# counted from the report's ("yesterday")
# the clause before's date, a place at most, then "and" and the act's verb with no subject of its own
_SAME_SUBJECT_NEXT = re.compile(r"(?:\s*,\s*(?:to|in|at|from|via)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?\s*,?\s+and\s+(?:then\s+)?")
_SAME_SUBJECT_VERB = re.compile(r"(?:\s*,\s*[a-z]+ing\b[^;:—–]{0,80}?)?,?\s+and\s+(?:then\s+)?")

# 'and' (or 'but', 'while'), then a subject with a capital, then its own verb in the past: another act's clause
_OTHER_SUBJECT = re.compile(
    r"(?:,\s*|\s)(?:and|but|while|whereas)\s+(?:the\s+)?(?:[A-Z][\w'’.\-]*\s+){1,4}(?:[a-z]+\s+){0,2}?"
    r"(?:\w+ed|broke|sent|took|met|held|gave|went|left|began|fought|sank|shot|struck|made|put|cut|won|lost|led|brought|"
    r"sold|bought|flew|drove|threw|withdrew|overthrew|stood|kept|ran|laid|told|said|came|became|tore|froze|swore|rose)\b")
_PAST_VERB = re.compile(r"\b(?:[a-z]+ed|broke|sent|took|met|held|gave|went|left|began|fought|sank|shot|struck|made|put|cut|won|"
                        r"lost|led|brought|sold|bought|flew|drove|threw|withdrew|overthrew|stood|kept|ran|laid|told|said|came|"
                        r"became|tore|froze|swore|rose)\b")


def _another_subjects_act(text: str, trigger_span: tuple[int, int], date_start: int) -> bool:
    """Whether a date after the act stands in a clause of another subject ("denounced the pact and Iran broke off
    relations two weeks later"); not when the act is a noun whose own verb follows ("talks between the United States
    and North Vietnam opened in May 1968")."""
    found = _OTHER_SUBJECT.search(text, trigger_span[1], date_start)
    if found is not None and (_BETWEEN_NAMES.search(text, max(trigger_span[1], found.start() - 40), found.start())
                              or _RELATIVE_PAIR.search(text, max(trigger_span[1], found.start() - 40), found.start())):
        # "talks mediated by Algeria between Iran and Iraq opened in March 1975": "and" joins the pair; so in a clause on
        # the act's object, "brokered the truce that Quito and the rebels signed on 2 May 1996"
        return False
    return found is not None and bool(_PAST_VERB.search(text, trigger_span[0], found.start() + 1))


_RELATIVE_PAIR = re.compile(r"\b(?:that|which)\s+(?:the\s+)?(?:[A-Z][\w'’.\-]*\s*){1,4}$")
_BETWEEN_NAMES = re.compile(r"\bbetween\s+(?:the\s+)?(?:[A-Z][\w'’.\-]*\s*){1,4}$")


_TOPIC_BEFORE = re.compile(r"\b(?:about|concerning|regarding)\s+(?:the\s+)?$", re.I)
_LOOKS_AHEAD = re.compile(r"\b(?:for|into)\s+(?:the\s+)?$", re.I)


def _past_semicolon(text: str, trigger_span: tuple[int, int], date_start: int) -> bool:
    """Whether a date after the act stands in the clause after a semicolon with a verb of its own ("banned imports of
    steel; the two governments settled the dispute in July"): that clause's act is dated, not this one."""
    semicolon = text.find(";", trigger_span[1], date_start)
    return semicolon != -1 and _PAST_VERB.search(text, semicolon, date_start) is not None \
        and _LASTING_VERB.search(text, semicolon, date_start) is None


def _in_relative_after(text: str, trigger_span: tuple[int, int], date_start: int) -> bool:
    """Whether a date after the act stands in a relative clause with a verb of its own that hangs on a name after it
    ("served in the United Nations operation in Somalia, which a Turkish general commanded in 1993"): that clause's
    act is dated, not this one. (An act told by a noun may be what the clause is about: "Germany's withdrawal from the
    League, which Hitler announced in October 1933".)"""
    if text.find("where", trigger_span[1], date_start) >= 0 and _FROM_WHERE.search(text, trigger_span[1], date_start) is not None:
        return True  # "had come to Quito straight from Lima, where on 12 May the delegates signed ...": before the journey
    relative = _RELATIVE_AFTER.search(text, trigger_span[1], date_start)
    if relative is not None and _PAST_VERB.search(text, relative.end(), date_start) is not None \
            and _PAST_VERB.search(text, trigger_span[0], trigger_span[1]) is not None:
        return True
    # ... and so does a participle with "by" on the verb's object: "Bolivia joins the alliance founded by Cuba and
    # Venezuela two years earlier" (the founding is dated, not the joining)
    if _REDUCED_RELATIVE.match(text, trigger_span[1], date_start) is not None \
            and _VERB_BEFORE_OBJECT.fullmatch(text, trigger_span[0], trigger_span[1]) is not None:
        return True
    # ... and a participle right after an object of the trigger's own, then the date: "waived the sanctions imposed in
    # 1998", "lifted the embargo imposed in 1975" (the imposing is dated, not the waiving)
    # (the trigger's own test first: one anchored match on its words, where the participle's match tries each way of
    # splitting the words after it; all three are tests on the text alone, so their order changes no answer)
    return _VERB_THEN_OBJECT.match(text, trigger_span[0], trigger_span[1]) is not None \
        and (_THING_PARTICIPLE.match(text, trigger_span[1], date_start) is not None
             or _THING_PARTICIPLE_ASIDE.search(text, trigger_span[1], date_start) is not None
             and _COUNT_BACK.match(text, date_start) is not None)


# a clause on a thing after the act, with a subject of its own and a pluperfect, up to the date: "withdrew its troops
# behind the line it had held in 1959", "returned the villages that Iraq had taken in 1969": what had been done before
# the act is dated, not the act (a pronoun, "the" and a noun, or a name as that clause's subject)
_CONTACT_PLUPERFECT = re.compile(
    r"[^,;.:()]*?\b[a-z]+\s+(?:that\s+|which\s+)?(?:it|they|he|she|we|the\s+[a-z]+|[A-Z][\w'’-]+)\s+had\s+"
    r"(?:(?:already|once|first|long|earlier|previously)\s+)?(?!been\b)[a-z]{3,}\s+(?:[a-z]+\s+){0,3}"
    r"(?:in|on|since|during|until|by)\s+(?:(?:early|late|mid)[- ]?\s*)?$")


def _object_relative(text: str, trigger_span: tuple[int, int], date_start: int) -> bool:
    """Whether a date after a verb and its object stands in a 'which' clause on that object ("agreed on a customs union,
    which took effect on 1 January 1995"); not after a noun ("Castro's visit, which began on Wednesday")."""
    comma = text.find(", which ", trigger_span[1], date_start)
    return comma > trigger_span[1] and _SUBJECT_RELATIVE.match(text, comma, date_start) is not None \
        and _VERB_THEN_OBJECT.match(text, trigger_span[0], comma) is not None


_SUBJECT_RELATIVE = re.compile(r", which [^,;.:()]*$")
# "since" with a clause of its own: a subject, then a verb ("since he took power in ", "since the army seized power in ")
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:he|she|it|they|we|the\s+\w+|[A-Z][\w'’-]*)\s+(?:had\s+|was\s+|were\s+)?\w+(?:ed|ok|ame|ew|ought|ave|ose)\b[^,;.]{0,40}\s(?:in|on)\s+$")
_RELATIVE_WORDS = ("that", "which")
# a relative clause with a subject of its own opened after a comma, with no comma since ("..., in the region that an
# earthquake had struck ")
_RELATIVE_BEFORE = re.compile(r",[^,;]*?\b(?:that|which)\s+(?:a|an|the|his|her|its|their|[A-Z][\w'’-]*)\b[^,;]*$")


def _in_relative_before(text: str, sentence_start: int, unit, trigger_span: tuple[int, int]) -> bool:
    """Whether a date before the act closes a relative clause set off by commas before it ("went to L'Aquila, in the
    region that an earthquake had struck three months earlier, for the summit")."""
    if unit[1] > trigger_span[0]:
        return False
    if _RELATIVE_BEFORE.search(text, max(sentence_start, unit[0] - 80), unit[0]) is None:
        return False
    comma = text.find(",", unit[1], trigger_span[0])
    return 0 <= comma - unit[1] < 12  # the clause closes right after its date ("three months earlier,")


# (an object relative, with a subject of its own: not "Castro's visit, which began on Wednesday", whose verb is the act's)
# a 'where' clause on the place a journey started from, up to the date: what was done there came before the journey
_FROM_WHERE = re.compile(r"\bfrom\s+(?:the\s+)?[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|del|de|da|do|of|the)){0,4},\s*where\b[^;.]*$")
_RELATIVE_AFTER = re.compile(r",\s*(?:which|whom)\s+(?:a|an|the|his|her|its|their|[A-Z][\w'’-]*)\b(?=[^,;.]*$)")


# a sentence opening with the thing after which its act came, up to that thing's date: "After the peace treaty of "
_AFTER_OPENING = re.compile(r"(?:After|Following)\s[^,;:.]*$")
# the verb's object, then a participle with "by" and its doers up to the date: " the alliance founded by Cuba and ..."
_REDUCED_RELATIVE = re.compile(r"\s+(?:the|a|an|its|their)\s+(?:[a-z][\w'’-]*\s+){0,3}?[a-z]+(?:ed|en)\s+by\s+[^,;.]*$")
# a participle right after the trigger's object, then the date: " imposed in ", " signed on "
_THING_PARTICIPLE = re.compile(r"\s+(?!was\b|were\b)[a-z]+(?:ed|en)\s+(?:in|on|during)\s+$")
# ... or after a comma, with a particle, then a count back: "restored relations, broken off eight years earlier",
# "resumed ties, cut two years before" (the breaking is dated, not the restoring)
_THING_PARTICIPLE_ASIDE = re.compile(r",\s+(?!was\b|were\b)(?:[a-z]+(?:ed|en)|cut|broke|set|put)(?:\s+(?:off|out|up|down|back))?\s+$")
_COUNT_BACK = re.compile(r"[\w-]+\s+(?:years?|months?|weeks?|days?)\s+(?:earlier|before)\b")
# a trigger that opens with a verb and holds its object: "waived the sanctions" (not a noun: "An armistice")
_VERB_THEN_OBJECT = re.compile(r"(?:[a-z]+ed|[a-z]+s|broke|sent|took|gave|made|cut|put|lift|waive|ease|end)\s+[\w'’-]")
# a verb, past or present, as the trigger's last word: "joined", "joins" (not a noun's plural: "Accords")
_VERB_BEFORE_OBJECT = re.compile(r"(?:[\w'’-]+\s+)*?(?:[a-z]+ed|[a-z]+s|broke|sent|took|met|signed|gave|left|made)")


# "had to expel the German troops; the war against Germany lasted from September 1944": how long the act went on
_LASTING_VERB = re.compile(r"\b(?:lasted|continued|went\s+on|dragged\s+on|ran\s+on)\b")


# ", and in 1978 Ottawa ended ...": a date that opens the next clause, before its own subject and verb
_CLAUSE_OPENING_DATE = re.compile(r",\s*(?:and|but|while|whereas)\s+(?:then\s+)?(?:(?:in|on|by|during|from)\s+)?$")
_SUBJECT_AND_VERB = re.compile(r",?\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:\w+ed|[a-z]+)\b")
# ... or a subject in lower case ("and in 1975 astronauts and cosmonauts shook hands", "and that September the foreign
# ministers of the OAS condemned Cuba"): up to eight words, then a verb in the past
_COMMON_SUBJECT_AND_VERB = re.compile(r",?\s+(?:[\w'’-]+\s+){1,8}?(?:[a-z]+ed|broke|sent|took|met|held|gave|went|left|began|fought|"
                                      r"sank|shot|struck|made|put|cut|won|lost|led|brought|sold|bought|flew|drove|threw|withdrew|"
                                      r"overthrew|stood|kept|ran|laid|told|said|came|became|tore|froze|swore|rose|shook)\b")


# "attends the inauguration, and three days later the new government restores relations", "attends the swearing-in
# and the next day speaks to a crowd", "met Khrushchev and two days later signed a pact": a date between "and" and a
# verb, with at most a pronoun or a short subject before it, is the next verb's
_SEMICOLON_DATE = re.compile(r";\s+(?:(?:in|on|by|during|from)\s+)?$", re.I)
_AND_DATE = re.compile(r"(?:,\s*|\s)and\s+(?:then\s+)?(?:(?:in|on|during)\s+)?$")
_PRESENT_VERB_NEXT = re.compile(r",?\s+(?:(?:he|she|it|they|the\s+[a-z]+(?:\s+[a-z]+)?)\s+)?(?:[a-z]{3,}(?<!ss)(?<!ous)(?<!is)s|[a-z]{2,}ed)\b")


def _opens_next_clause(text: str, trigger_span: tuple[int, int], unit) -> bool:
    """Whether a date after the act opens a clause of another subject ("objected to the Cuban troops in Angola, and in
    1978 Ottawa ended its aid"): that clause's date, not this act's."""
    if _AND_DATE.search(text, trigger_span[1], unit[0]) is not None and _PRESENT_VERB_NEXT.match(text, unit[1]) is not None:
        return True
    if _SEMICOLON_DATE.search(text, trigger_span[1], unit[0]) is not None:
        return True  # "occupy Pyrdiwah; on 18 April border guards kill": a date opening the clause after a semicolon is its own
    if _CLAUSE_OPENING_DATE.search(text, trigger_span[1], unit[0]) is None:
        return False
    after = _SUBJECT_AND_VERB.match(text, unit[1])
    if after is not None and _PAST_VERB.match(text, after.end() - len(after.group().split()[-1])):
        return True
    if text[max(0, unit[0] - 3) : unit[0]] == "by ":
        # "occupied Manchuria, and by February 1932 it held the whole region": the act's end, reached then; not "launched
        # raids, and by June 1992 the smugglers had withdrawn", another subject's state that the story reached later
        return _OTHER_SUBJECT_HAD.match(text, unit[1]) is not None
    after = _COMMON_SUBJECT_AND_VERB.match(text, unit[1])
    return after is not None and "," not in after.group()[1:] and not _HAD_BEFORE.search(after.group())


_OTHER_SUBJECT_HAD = re.compile(r",?\s+(?!(?:it|they|he|she|we)\s)(?:[\w'’-]+\s+){1,4}?had\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en|wn)\b")
# ", and in June 1954 ...", ", and on 10 January 1966 ...": a clause after the act's that the story reaches next
_AND_THEN_DATE = re.compile(r",\s*and\s+(?:then\s+)?(?:in|on)\s+$")


def _stale_before(narrative: Dated, later: TimeExpr) -> Dated | None:
    """The month of the next clause's date when the story's time ends more than a month before it: "Kosygin mediated
    between them for a week, and on 10 January 1966 the two leaders signed" in a story still in the autumn of 1965 is
    an act of the days just before, not of the autumn (a day is coarsened to its month: the act came before it)."""
    if not later.begin or not narrative.until or later.precision not in ("day", "month") or later.begin[:7] <= narrative.until[:7]:
        return None
    try:
        gap = datetime.date.fromisoformat(later.begin[:10]) - datetime.date.fromisoformat(narrative.until[:10])
    except ValueError:
        return None
    if gap.days <= 31:
        return None
    label = later.begin[:7]
    begin, until = date_bounds(label)
    return Dated(label, later.text, begin, until, "month", "sentence")


_NOT_BEFORE = re.compile(r"\b(?:not|\w+n't)\b", re.I)
_HAD_BEFORE = re.compile(r"\b(?:had|has|have|was|were|is|are|be|been|to)\s+\S+$")  # "and by July the intruders had withdrawn": no new clause of its own time


_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_DAYS_APART = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(day|days|week|weeks)\s+(after|before)\s+"
                         r"(?:[A-Za-z][\w'’-]*\s+){1,4}$", re.I)


def _days_apart(dated: Dated, text: str, sentence_span: tuple[int, int], trigger_span: tuple[int, int]) -> Dated:
    """'bombed the airfields tonight, a day after Egypt rejected the ultimatum': the act after 'a day after' came a
    day before the day the sentence names."""
    import datetime

    window = text[(trigger_span[0] - 80 if trigger_span[0] - 80 > sentence_span[0] else sentence_span[0]) : trigger_span[0]]
    if " after " not in window and " before " not in window:
        return dated  # the common case, checked without the regular expression
    found = _DAYS_APART.search(text, max(sentence_span[0], trigger_span[0] - 80), trigger_span[0])
    if found is None or dated.precision != "day" or dated.begin != dated.until or any(c.isdigit() for c in found.group(0)[3:]):
        return dated
    amount = found.group(1).lower()
    days = (int(amount) if amount.isdigit() else _NUMBER_WORDS[amount]) * (7 if found.group(2).lower().startswith("week") else 1)
    try:
        day = datetime.date.fromisoformat(dated.begin) + datetime.timedelta(days=-days if found.group(3).lower() == "after" else days)
    except ValueError:
        return dated
    label = day.isoformat()
    return Dated(label, found.group(0).strip(), label, label, "day", dated.source)


# "a week after his summit with China on 12 June": the offset, then the anchor act whose own date closes the phrase
_OFFSET_ANCHOR = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?|months?)\s+"
                            r"(after|before)\s+", re.I)
_ANCHOR_DATE_BEFORE = re.compile(r"\b(?:on|in|of)\s+(?:the\s+)?$", re.I)


def _offset_from_anchor(dated: Dated, text: str, sentence_span: tuple[int, int], trigger_span: tuple[int, int]) -> Dated:
    """'A week after his summit with China on 12 June 2018, the president threatened ...', 'protested two days before
    the vote on 3 May': the date given is the anchor act's, so the anchor keeps it and the act outside the phrase is
    dated at the offset from it (a week later, two days earlier). 'On 12 June, a week after the summit, ...' dates
    the act itself: its date is outside the phrase and stays."""
    if dated.begin != dated.until and dated.precision == "day" or dated.precision not in ("day", "month"):
        return _days_apart(dated, text, sentence_span, trigger_span)
    date_at = text.find(dated.text, sentence_span[0], sentence_span[1]) if dated.text else -1
    if date_at < 0:
        return _days_apart(dated, text, sentence_span, trigger_span)
    for found in _OFFSET_ANCHOR.finditer(text, (date_at - 120 if date_at - 120 > sentence_span[0] else sentence_span[0]), date_at):
        gap = text[found.end() : date_at]
        if len(gap) > 90 or any(c in gap for c in ",;:()") or not _ANCHOR_DATE_BEFORE.search(gap):
            continue
        if found.end() <= trigger_span[0] < date_at:
            return dated  # the anchor act itself ("his summit ... on 12 June"): its own date
        if found.start() < trigger_span[1] and trigger_span[0] < date_at + len(dated.text):
            return dated
        amount, unit = found.group(1).lower(), found.group(2).lower().rstrip("s")
        count = (int(amount) if amount.isdigit() else _NUMBERS[amount]) * (-1 if found.group(3).lower() == "before" else 1)
        try:
            if unit in ("day", "week") and dated.precision == "day":
                label = (datetime.date.fromisoformat(dated.begin) + datetime.timedelta(days=count * (7 if unit == "week" else 1))).isoformat()
                begin = until = label
            elif unit == "month" and dated.precision == "month":
                months = int(dated.label[:4]) * 12 + int(dated.label[5:7]) - 1 + count
                label = f"{months // 12:04d}-{months % 12 + 1:02d}"
                begin, until = date_bounds(label)
            else:
                return dated
        except (ValueError, KeyError):
            return dated
        return Dated(label, text[found.start() : date_at + len(dated.text)], begin, until, dated.precision, dated.source)
    return _days_apart(dated, text, sentence_span, trigger_span)


# the next clause's day counted from the act: "occupied the post in June; three days later, on 14 June, ..."
_LATER_ON = re.compile(r"[,;]\s*(?:and\s+)?(a|an|one|two|three|four|five|six|seven|\d)\s+(days?|weeks?)\s+later\s*,?\s+on\s+(?:the\s+)?$", re.I)


def _counted_back(dated: Dated, text: str, timexes, sentence_span: tuple[int, int], trigger_span: tuple[int, int]) -> Dated:
    """An act dated by its month, then a later clause's day told as counted from it ("In June 1986 Peru occupied the
    post; three days later, on 14 June, Ecuador's patrol was ambushed"): the act's day is that day less the count, when
    it falls in the act's month."""
    for t in _within(timexes, trigger_span[1], sentence_span[1]):
        if t.precision != "day" or not t.begin or len(t.begin) != 10:
            continue
        found = _LATER_ON.search(text, (t.start - 40 if t.start - 40 > trigger_span[1] else trigger_span[1]), t.start)
        if found is None:
            continue
        amount = found.group(1).lower()
        days = (int(amount) if amount.isdigit() else _NUMBER_WORDS[amount]) * (7 if found.group(2).lower().startswith("week") else 1)
        try:
            day = (datetime.date.fromisoformat(t.begin) - datetime.timedelta(days=days)).isoformat()
        except ValueError:
            return dated
        if not dated.begin <= day <= dated.until:
            return dated
        return Dated(day, found.group(0) + t.text, day, day, "day", dated.source)
    return dated


# "shortly before Christmas 1988", "shortly after 4 May": within a week of the day, on the side the words say
_SHORTLY = re.compile(r"\b(?:[Ss]hortly|[Ss]oon)\s+(before|after)\s+(?:the\s+)?$")


def _shortly(dated: Dated, text: str, sentence_start: int, start: int) -> Dated:
    """A day told as the bound of the act ("Shortly before Christmas 1962 Cuba released the prisoners"): the week before
    (or after) it, not the day itself."""
    found = _SHORTLY.search(text, (start - 20 if start - 20 > sentence_start else sentence_start), start)
    if found is None:
        return dated
    try:
        day = datetime.date.fromisoformat(dated.begin)
    except ValueError:
        return dated
    if found.group(1) == "before":
        begin, until = day - datetime.timedelta(days=7), day - datetime.timedelta(days=1)
    else:
        begin, until = day + datetime.timedelta(days=1), day + datetime.timedelta(days=7)
    begin_text, until_text = begin.isoformat(), until.isoformat()
    return Dated(f"{begin_text}/{until_text}", text[found.start() : start] + dated.text, begin_text, until_text, "range", dated.source)


# an arrival on a visit, then how long the visitor stayed: "arrived in Havana on 28 January and stayed until 3 February"
_ARRIVAL = re.compile(r"(?:arriv|came|come|went|go|flew|fly|reach|visit)\w*\b|set\s+foot\b", re.I)
_STAYED_UNTIL = re.compile(r"\b(?:stayed|remained)\s+(?:there\s+|on\s+)?until\s+$", re.I)


def _stayed_until(dated: Dated, text: str, timexes, sentence_span: tuple[int, int], trigger_span: tuple[int, int]) -> Dated:
    """A visit told by its day of arrival and the day the visitor stayed until is the span of those days."""
    if dated.begin != dated.until or not _ARRIVAL.match(text, trigger_span[0]):
        return dated
    for t in _within(timexes, trigger_span[1], sentence_span[1]):
        if t.precision == "day" and t.begin and t.begin > dated.until and _STAYED_UNTIL.search(text, max(trigger_span[1], t.start - 40), t.start):
            return Dated(f"{dated.label}/{t.begin}", t.text, dated.begin, t.until, "range", dated.source)
    return dated


_ORDINAL_DAYS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_NUMBERS = {**_NUMBER_WORDS, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18,
            "twenty": 20}
# "six days of talks", "after three days of fighting", "nine years of secret negotiations": the act lasted that long
_SPAN_OF = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|\d{1,2})"
                      r"\s+(days?|weeks?|months?|years?)\s+of\s+(?:[a-z-]+\s+)?$", re.I)
_FIGHTING = re.compile(r"(?:fighting|battle|battles|clashes|combat|shelling|bombing|bombardment|siege)\b", re.I)
_MANNER_OF = re.compile(r"\b(?:in|after|during|within)\s+$", re.I)
# "exchanged fire for a third day": the act went on since the days before
_NTH_DAY = re.compile(r"\bfor\s+(?:a|the)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
                      r"(?:straight\s+|consecutive\s+|successive\s+)?day\b", re.I)


# the act's own words give its length: "paid a three-day visit", "held two days of talks" (not one that ends it)
_LENGTH_IN_ACT = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d)(?:[- ]day\s+(?:[a-z]+\s+){0,2}?visit|\s+days\s+of\s+"
                            r"(?:[a-z-]+\s+)?(?:talks|negotiations|meetings|consultations))\b", re.I)
_ON_OR_FROM = re.compile(r"\b(?:on|from)\s+(?:the\s+)?$", re.I)
_ENDING_ACT = re.compile(r"\b(?:end|ended|ends|ending|conclude[ds]?|concluding|left|leaves|wound\s+up|cut\s+short|after)\b", re.I)


def _length_of_act(dated: Dated, text: str, sentence_span: tuple[int, int], trigger_span: tuple[int, int]) -> Dated:
    """'flew to Quito on 3 May and held two days of talks', 'paid a three-day visit to Chile from 12 March': an act
    whose own words tell how many days it lasted, dated by the day it began (told before it, or after it with "on" or
    "from"), is the span of those days; not one its words end ("ended a three-day visit on 14 March")."""
    found = _LENGTH_IN_ACT.search(text, trigger_span[0], trigger_span[1])
    if found is None or _ENDING_ACT.search(text, trigger_span[0], trigger_span[1]):
        return dated
    count = int(found.group(1)) if found.group(1).isdigit() else _NUMBERS.get(found.group(1).lower(), 1)
    if count < 2:
        return dated
    told = text.find(dated.text, sentence_span[0], sentence_span[1]) if dated.text else -1
    if told < 0 or told > trigger_span[1] and (not _ON_OR_FROM.search(text, max(sentence_span[0], told - 12), told)
                                               or _ENDING_ACT.search(text, trigger_span[1], told)):
        return dated  # ("held three days of talks that ended on 14 March": the last day, not the first)
    try:
        first = datetime.date.fromisoformat(dated.begin)
    except ValueError:
        return dated
    last = (first + datetime.timedelta(days=count - 1)).isoformat()
    return Dated(f"{dated.label}/{last}", found.group(0), dated.begin, last, "range", dated.source)


def _lasting(dated: Dated, text: str, sentence_span: tuple[int, int], trigger_span: tuple[int, int],
             other_triggers=()) -> Dated:
    """'Six days of talks ended today', 'left today after three days of talks': an act told with how long it lasted, up
    to the day the sentence names, is the span of days up to that day (a span of months or years for 'nine years of
    talks'); not the fighting of "recaptured Badme yesterday after three days of fighting", the way another act of the
    sentence was done, which that act's day dates."""
    if dated.precision not in ("day", "month", "year") or dated.begin != dated.until and dated.precision == "day":
        return dated
    if dated.precision == "day" and (text.find("day", trigger_span[0], trigger_span[1]) >= 0):
        longer = _length_of_act(dated, text, sentence_span, trigger_span)
        if longer is not dated:
            return longer
    window = (trigger_span[0] - 40 if trigger_span[0] - 40 > sentence_span[0] else sentence_span[0])
    # each pattern needs a word of its own ("of", "day"): looked for first, without the regular expressions
    found = _SPAN_OF.search(text, window, trigger_span[0]) if text.find(" of ", window, trigger_span[0]) >= 0 else None
    if found is not None and _FIGHTING.match(text, trigger_span[0]) and _MANNER_OF.search(text, (found.start() - 8 if found.start() - 8 > sentence_span[0] else sentence_span[0]), found.start()) \
            and any(sentence_span[0] <= t1 <= found.start() for _, t1 in other_triggers):
        return dated
    if found is not None:
        amount = found.group(1).lower()
        count = int(amount) if amount.isdigit() else _NUMBERS.get(amount, 1)
        unit = found.group(2).lower().rstrip("s")
    else:
        stop = (trigger_span[1] + 30 if trigger_span[1] + 30 < sentence_span[1] else sentence_span[1])
        found = _NTH_DAY.search(text, trigger_span[0], stop) if text.find(" day", trigger_span[0], stop) >= 0 else None
        if found is None:
            return dated
        count, unit = _ORDINAL_DAYS[found.group(1).lower()] - 1, "day"
    try:
        end = datetime.date.fromisoformat(dated.until)
        if unit in ("day", "week") and dated.precision == "day":
            first = (end - datetime.timedelta(days=count * (7 if unit == "week" else 1))).isoformat()
        elif unit == "month" and dated.precision in ("day", "month"):
            months = end.year * 12 + end.month - 1 - count
            first = f"{months // 12:04d}-{months % 12 + 1:02d}"
        elif unit == "year" and count > 1:
            first = f"{end.year - count:04d}"
        else:
            return dated
    except ValueError:
        return dated
    begin = date_bounds(first)[0] or first
    label = f"{first}/{dated.label}"
    return Dated(label, found.group(0).strip(), begin, dated.until, "range", dated.source)


def _item_date(doc: Document, timexes: list[TimeExpr], sentence_span: tuple[int, int]) -> Dated | None:
    """The date opening the list item or timeline line a later sentence of it belongs to."""
    text = doc.text
    line_start = text.rfind("\n", 0, sentence_span[0]) + 1
    if line_start >= sentence_span[0]:
        return None
    opening = _ENTRY_DATE.match(text, line_start, sentence_span[0])
    if opening is None:
        return None
    found = [u for u in units(doc, timexes, line_start, opening.end()) if u[0] < opening.end()]
    return _dated(found[0][2], found[0][3], "section", text[found[0][0] : found[0][1]]) if found else None


_REPORT_DATE = re.compile(r"\b(?:said|says|told\s+\w+|announced|reported|stated|claimed|confirmed|disclosed)\s+(?:on\s+)?$", re.I)
_PLUPERFECT = re.compile(r"\bhad\s+(?:\w+\s+)?\w+(?:ed|en|ned|ung|ought|aught|ade|igned)\b[^,;]*$")
# ", who had seized power in 1999,", ", the army chief who had seized power in 1999,": a relative clause's own date
_RELATIVE = re.compile(r",\s*(?:[a-z]+\s+){0,4}?(?:who|whose)\b[^,;]*$", re.I)


def _lowered(window: str) -> str | None:
    """``window`` in lower case where that tells which words a case-insensitive pattern can find in it; None for text
    that is not ASCII (Unicode case folding has more spellings than lower case: every pattern is then tried)."""
    return window.lower() if window.isascii() else None


def _may_hold(window: str, words: tuple[str, ...]) -> bool:
    """Whether ``window`` may hold one of ``words`` in any case: the test before a case-insensitive regex needing one."""
    low = _lowered(window)
    return low is None or any(map(low.__contains__, words))


def _holds_by(text: str, start: int, end: int) -> bool:
    """Whether _BY finds "by" closing text[start:end] (tried only when the window may hold the word)."""
    return _may_hold(text[start:end], ("by",)) and _BY.search(text, start, end) is not None


def _holds(text: str, literal: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds ``literal``: the test before a case-sensitive regex that needs it."""
    return text.find(literal, start, end) >= 0


# the words each case-insensitive pattern below needs: a window without any cannot match it
_REPORT_WORDS = ("said", "says", "told", "announced", "reported", "stated", "claimed", "confirmed", "disclosed")
_OLD_WAR_WORDS = ("war", "era")  # _OF_AN_OLD_WAR's
_NOT_WORDS = ("not", "n't")  # _NOT_BEFORE's
_UNTIL_WORDS = ("until", "till")  # _UNTIL_AFTER's
_APOSTROPHES = ("'", "’")  # the first character of a _DAYS_THING match
_PLAN_WORDS = ("planned", "scheduled", "set", "due", "expected", "slated", "envisaged", "proposed", "intended", "postponed",
               "deferred", "held", "place")


def _aside_date(text: str, sentence_span: tuple[int, int], unit, trigger_span: tuple[int, int]) -> bool:
    start, end = unit[0], unit[1]
    sentence_start = sentence_span[0]
    if start >= trigger_span[1] and _may_hold(text[(start - 30 if start - 30 > trigger_span[1] else trigger_span[1]) : start], _REPORT_WORDS) \
            and _REPORT_DATE.search(text, max(trigger_span[1], start - 30), start) \
            and "," in text[trigger_span[1] : start] and not _THAT.search(text, end, sentence_span[1]):
        return True  # "..., the ministry said today." closes the sentence; "announced on July 23 that" dates what it tells
    if start >= trigger_span[1] and _holds(text, "had", trigger_span[1], start) and _PLUPERFECT.search(text, trigger_span[1], start):
        return True  # "renounced the treaty it had signed with Moscow in 1974": the date of the earlier act
    if end <= trigger_span[0] and _holds(text, "since", sentence_start, start) and _SINCE_ASIDE.search(text, (start - 10 if start - 10 > sentence_start else sentence_start), start) \
            and "," in text[sentence_start:start] and "," in text[end : trigger_span[0]]:
        return True  # "Syria, at odds with Iraq since 1979, backed Iran": the date of the subject's state, not the act
    if end <= trigger_span[0] and _holds(text, "since", sentence_start, start) and _SINCE_ASIDE.search(text, (start - 10 if start - 10 > sentence_start else sentence_start), start):
        comma = text.rfind(",", sentence_start, start)
        if comma >= 0 and _WITH_YEAR.search(text, sentence_start, comma):
            return True  # "On 21 December 2007 they opened the refinery, idle since the 1990s and restarted as a joint
            # venture": a state's start in an aside after the sentence's own date, which dates the act
    if start >= trigger_span[1] and _holds(text, "since", trigger_span[1], start) and _SINCE_ASIDE.search(text, (start - 10 if start - 10 > trigger_span[1] else trigger_span[1]), start) \
            and "," in text[trigger_span[1] : start]:
        return True  # "Cuba released Alan Gross, held since 2009,": the start of the object's state, not the act's date
    if start >= trigger_span[1] and (_holds(text, "fter", trigger_span[1], start) or _holds(text, "efore", trigger_span[1], start)):
        if _THINGS_PAST.search(text, max(trigger_span[1], start - 40), start):
            return True  # "threatened companies that used property seized after 1959": the date of the thing's past
    if end <= trigger_span[0] and _holds(text, "from", sentence_start, start) and "," in text[end : trigger_span[0]] \
            and _BACK_FROM_ASIDE.search(text, (start - 120 if start - 120 > sentence_start else sentence_start), start):
        return True  # "On 16 October 1962 Ben Bella, fresh from a meeting at the White House the day before, flew on to
        # Havana": the aside's date is of the meeting he came from, not the flight
    if end <= trigger_span[0] and _holds(text, "which", sentence_start, start) and "," in text[end : trigger_span[0]]:
        relative = _WHICH_ASIDE.search(text, sentence_start, start)
        if relative is not None and _WITH_YEAR.search(text, sentence_start, relative.start()):
            return True  # "In August 1994 Cardoso was in Buenos Aires for the summit, which Argentina chaired that year,
            # and held talks": the aside's date, after the sentence's own, is the aside's act's
    return end <= trigger_span[0] and _holds(text, ",", sentence_start, start) and _may_hold(text[sentence_start:start], ("who",)) \
        and bool(_RELATIVE.search(text, sentence_start, start)) and "," in text[end : trigger_span[0]]


def _in_pluperfect_which(text: str, sentence_span: tuple[int, int], unit, trigger_span: tuple[int, int]) -> bool:
    """Whether a date before the act stands in a 'which' clause in the pluperfect on the subject, closed by a comma
    before the act: "India, which had recognised Bangladesh that year, signed" (the clause's own time)."""
    start, end = unit[0], unit[1]
    if not (end <= trigger_span[0] and "," in text[end : trigger_span[0]] and _holds(text, "which", sentence_span[0], start)):
        return False
    relative = _WHICH_HAD.search(text, sentence_span[0], start)
    return relative is not None


_WHICH_ASIDE = re.compile(r",\s*which\s+(?!had\s)[^,;]*$")  # (a pluperfect one is _in_pluperfect_which's)
_WHICH_HAD = re.compile(r",\s*which\s+(?:[^,;]*\s)?had\s[^,;]*$", re.I)
_WITH_YEAR = re.compile(r"\b\d{4}\b|\b\d{3}0s\b")


_WHERE_OPENS = re.compile(r",\s*where\s*\Z")
_OF_AN_OLD_WAR = re.compile(r"\b(?:wartime|war-time|prewar|pre-war|colonial-era)\s+\Z", re.I)
_HOLDS_BREAK = re.compile(r"[;:—–]|,\s*(?:and|but|while)\b")
_SINCE_ASIDE = re.compile(r"\bsince (?:the )?\Z")
# an aside on the subject opened by where it comes from ("fresh from", "back from", "returning from"), no comma inside
_BACK_FROM_ASIDE = re.compile(r",\s*(?:fresh|straight|just back|back|returning|home) from\b[^,;]*\Z")
# a participle after a lower-case noun, then "after"/"before" a date: what was done to the thing then, not the act
_THINGS_PAST = re.compile(r"\b[a-z]{3,}s?\s+(?:\w+ed|taken|held|built|won|lost|given|sold|bought|seen|made)\s+(?:after|before)\s+(?:the\s+)?\Z")


def _sentence_units(doc: Document, timexes: list[TimeExpr], sentence_span: tuple[int, int]) -> tuple:
    """What dating any event of a sentence starts from: the sentence's list-entry date and its units that date no
    plan; the same for every event of the sentence, so worked out once (what depends on the act is filtered after)."""
    return _sentence_dating(doc, timexes, sentence_span)[:2]


def _sentence_dating(doc: Document, timexes: list[TimeExpr], sentence_span: tuple[int, int]) -> tuple:
    """_sentence_units's two, and third a dict for what is asked of those units for each event and depends on them
    alone (whether a unit names a thing), filled as it is asked; all kept in the memo for the sentence."""
    memo = timexes.memo if isinstance(timexes, Timexes) and timexes.text is doc.text else None
    key = ("sentence", sentence_span)
    if memo is not None and key in memo:
        return memo[key]
    text = doc.text
    entry_date = _entry_date(text, *sentence_span)
    candidates = [u for u in units(doc, timexes, *sentence_span) if not _planned(text[(u[0] - 25 if u[0] > 25 else 0) : u[0]])
                  and not (_holds_by(text, (u[0] - 20 if u[0] - 20 > sentence_span[0] else sentence_span[0]), u[0])
                           and _WOULD.search(text, sentence_span[0], u[0]))]
    found = (entry_date, candidates, {})
    if memo is not None:
        memo[key] = found
    return found


def _entry_date(text: str, start: int, end: int) -> re.Match[str] | None:
    """A list entry's own date opening text[start:end] ("• September 17, 1939 – Soviet troops ...").

    It ends in a dash or a colon within its first 45 characters: a sentence with none there has no entry date.
    """
    head = text[start : (start + 48 if start + 48 < end else end)]
    if "-" not in head and ":" not in head and "–" not in head and "—" not in head:
        return None
    return _ENTRY_DATE.match(text, start, end)


def _planned(before: str) -> bool:
    return _may_hold(before, _PLAN_WORDS) and bool(_PLANNED.search(before))


# a year that names a thing, not when the act happened: "the Hallstein Doctrine of 1955", "the 1950 treaty",
# "the first visit since 1928", "the border of 1942", "the line of control of 1959"
_NAMED_OF = re.compile(r"[A-Z][\w'-]+ of\s+$")
_WHEN_ON = re.compile(r"\b(?:on|in|On|In)\s+$")
# ... and a common noun for such a thing, with a year: "the agreement of 1965" (a day after it, "the pact of
# August 23, 1939", is told as the day the pact was made)
_THING_OF = re.compile(
    r"\b(?:treaty|treaties|agreement|accords?|pact|protocol|convention|declaration|charter|border|borders|frontiers?|"
    r"boundary|boundaries|line|lines|line\s+of\s+control|armistice|ceasefire|settlement|constitution|partition|"
    r"war|wars|crisis|revolution|uprising|rising|terms|status\s+quo)"
    r" of\s+(?:the\s+)?$", re.I)
# ... and so does a month or a day after a happening or a decision it names, whatever the precision: "complying with
# the resolution of the foreign ministers of July", "after the elections of May 1993", "the tests of 11 and 13 May"
# (a few words may stand between: who made it); the act told is dated by its entry, its clause or the story's time.
# (Not a gathering: "at the summit of 12 May they signed" is dated by the summit's day.)
_HAPPENING_OF = re.compile(
    r"\b(?:resolutions?|decisions?|elections?|referendum|plebiscite|tests?|explosions?|coup|putsch|massacre|riots?|events)"
    r"\s+(?:of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?)?of\s+(?:the\s+)?$", re.I)
# ... but it is the anchor an act is counted from ("two days after India's tests of 11 May", "after the coup of 30
# September"), or the thing the act made or held ("helped draft the Council's resolution of April 1948", "staged the
# tests of May 1974"): then it dates the act
_AFTER_HAPPENING = re.compile(r"\b(?:after|following|draft\w*|adopt\w*|pass\w*|sponsor\w*|table[ds]?|propos\w*|approv\w*|"
                              r"vot\w+\s+for|conduct\w*|carr\w+\s+out|h[eo]ld\w*|stag\w+)\s+(?:[\w'’-]+\s+){0,4}$", re.I)
# a line drawn at a day is a thing, whatever the precision: "withdraw to the lines of June 4, 1967" (no act that day)
_LINE_OF = re.compile(r"\b(?:borders?|frontiers?|boundary|boundaries|lines?)\s+of\s+(?:the\s+)?$", re.I)
# ... and a year that counts a visit among that year's ("during his second visit of that year", "her third trip of
# 1983"): the scope of the count, not the act's date, which a finer date in the sentence gives
_COUNTED_OF = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|last|only|\d+(?:st|nd|rd|th))\s+(?:[a-z-]+\s+)?"
                         r"(?:visits?|trips?|journeys?|tours?|meetings?|summits?|missions?|rounds?)\s+of\s+(?:the\s+)?(?:same\s+)?$", re.I)
_NAMED_BEFORE = re.compile(  # "the pact of 1955", "the 1965 fisheries agreement" (one word between)
    r"\s+(?:(?!(?:a|an|the|his|her|its|their|this|that)\s)[a-z]+\s+)?(?:treaty|treaties|agreement|pact|accord|accords|act|law|doctrine|war|crisis|constitution|convention|declaration|"
    r"plan|border|borders|lines|frontier|armistice|ceasefire|resolution|communique|talks|summit|election|elections)\b", re.I)
# what a heading's "the 1965 war" names: an act or a text the section comes to
_HEADING_THING = re.compile(r"\s+(?:[a-z]+\s+)?(?:treaty|agreement|pact|accord|accords|war|crisis|invasion|occupation|revolution|"
                            r"uprising|coup|conflict|partition|split|summit|talks|elections?|settlement|embargo)\b", re.I)
_HATNOTE = re.compile(r"\W{0,3}(?:see\s+also|main\s+articles?|further\s+information|related(?:\s+articles?)?|for\s+more)\b[^:\n]{0,30}:",
                      re.I)
_HEADING_THING_OF = re.compile(r"\band\s+the\s+(?:[a-z]+\s+)?(?:treaty|agreement|pact|accords?|convention|protocol|declaration|"
                               r"charter|settlement)\s+of\s+$", re.I)
_OWN_DATE = re.compile(r"\s+of\s+(?:the\s+)?")
# ... and so is a thing's date in the phrase the sentence opens with, when the act is done by it: "By the Treaty of
# Addis Ababa of 26 October 1896 Italy recognised ...", "Under the treaty of 1947 Italy ceded ..." (not "After the war
# of 1932": a time before the act, which may come years later); "In the Treaty of Asunción of 26 March 1991 the two governments agreed" too
_OPENING_THING = re.compile(r"\W{0,3}(?:By|Under|Through|In)\s+the\s+[^,.;:()]{0,60}?\bof\s+(?:the\s+)?$")
# ... unless the act undoes or invokes a text made before it: "abrogates the treaty of 1936", "denounced the pact of
# 1925", "violated the armistice of 1953" tell the text's year, not the act's
_UNDOING = re.compile(r"\b(?:abrogat|renounc|denounc|repudiat|annul|cancel|scrap|violat|breach|terminat|suspend|revok|"
                      r"invok|renew|extend|revis|tore\s+up|tear\s+up|withdr[ae]w\s+from|pull(?:ed|s)?\s+out\s+of)", re.I)
_REPORTED_THAT = re.compile(
    r"\b(?:said|says|told|tells|announced|reported|declared|claimed|stated|charged|insisted|confirmed|denied|protested|complained|"
    r"alleged|admitted|acknowledged|revealed|disclosed|asserted|maintained|warned)\b[^.;]*\bthat\b", re.I)
_THAT = re.compile(r"\bthat\b", re.I)
_BOUNDARY = re.compile(r"\b(?:before|until|till)\s+(?:the\s+)?$", re.I)
_NOT_UNTIL_HERE = re.compile(r"\b(?:not|never|\w+n't)\s+(?:\w+\s+){0,3}(?:until|till)\s+(?:the\s+)?$", re.I)
# (not a place the act is for: "signed a treaty of cession for the town on 2 February 1951" is dated by that day)
_OTHER_ACT = re.compile(r"\bfor\s+(?:the|their|its|his|her)\s+(?!(?:town|city|port|island|islands|territory|territories|region|"
                        r"province|enclave|enclaves|colony|colonies|settlement|settlements|base|bases|area|zone|district)\s)"
                        r"\w+\s+(?:on|in|of)\s+$", re.I)
# "the first visit since 1928", "the first meeting of the leaders since the peninsula was divided in 1945"
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?(?:[^,;.]{0,50}\s(?:in|on)\s+)?$", re.I)
_FIRST = re.compile(r"\b(?:first|last|only|largest|biggest|worst|highest|lowest)\b", re.I)


# a weekday's possessive names the day of a thing: "Sunday's plebiscite", "Friday's summit"
_DAYS_THING = re.compile(r"['’]s\s+[a-z]")
_DAYS_OWN_ACT = re.compile(r"['’]s\s+(?:[a-z-]+\s+)?")  # ... which is the act's own when the act is that thing: "Sunday's attack"
# ... and so is it when the participle of the thing's making comes right after it: "the Treaty of Lima of 9 March
# 1929, signed by Chile and Peru, ..." was signed that day (a later date in the sentence is another act's)
_PARTICIPLE_NEXT = re.compile(r",?[^\S\n]+")
_MADE = re.compile(r"(?:signed|concluded|initial(?:l)?ed|agreed|negotiated|drawn\s+up)\b", re.I)
_WEEKDAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def names_a_thing(text: str, sentence_start: int, unit) -> bool:
    """Whether a dating unit names a thing rather than when something happened (also used for the actors' dates)."""
    start, end = unit[0], unit[1]
    before = text[(start - 30 if start - 30 > sentence_start else sentence_start) : start]
    # each pattern on ``before`` needs a word of its own: lower case tells which can match (ASCII; else all are tried)
    low = _lowered(before)
    if (_holds(before, " of", 0, len(before)) and _NAMED_OF.search(before)) or _NAMED_BEFORE.match(text, end, end + 30) \
            and not _WHEN_ON.search(before):
        return True  # (not "; on 18 April Bangladeshi border guards kill": right after "on" or "in" a date says when)
    if text[end : end + 1] in _APOSTROPHES and _DAYS_THING.match(text, end) and text[start:end].lower() in _WEEKDAY_NAMES:
        return True  # "called off Sunday's plebiscite", "before Tuesday's vote": the day of a thing, not of the act
    if unit[3] is None and unit[2].precision in ("year", "decade") and (low is None or "of" in low) and _THING_OF.search(before):
        return True
    if unit[3] is None and (low is None or "of" in low) and _LINE_OF.search(before):
        return True
    if unit[3] is None and unit[2].precision == "year" and (low is None or "of" in low) and _COUNTED_OF.search(before):
        return True
    if (low is None or "of" in low) and (happening := _HAPPENING_OF.search(text, (start - 60 if start - 60 > sentence_start else sentence_start), start)) \
            and not _AFTER_HAPPENING.search(text, max(sentence_start, happening.start() - 40), happening.start()):
        return True
    if (low is None or "before" in low or "until" in low or "till" in low) and _BOUNDARY.search(before) and not _SHORTLY.search(before) \
            or (low is None or "for" in low) and _OTHER_ACT.search(before):
        return True  # "the positions they held before August 5", "blamed them for the attack on Dec. 13"
    return _first_since(text, sentence_start, unit)


def _first_since(text: str, sentence_start: int, unit) -> bool:
    """Whether a date closes a 'since' phrase after a first or last of its kind ("the first visit since 1928", "his first
    meeting with a Peruvian leader since he took power in March")."""
    start = unit[0]
    wider = text[(start - 80 if start - 80 > sentence_start else sentence_start) : start]
    return "since" in wider.lower() and bool(_SINCE.search(wider)) and bool(_FIRST.search(text[sentence_start:start]))


# a date a plan is set for is not the date of the act that made the plan ("a joint mission planned for 1975")
# ("proposed", "postponed" and "deferred" then "in" or "on" tell when that was done: "Sarney proposed in November 1986
# that ...", "the summit was postponed in May"; the plan's date follows "for", "to", "until")
_PLANNED = re.compile(r"\b(?:(?:planned|scheduled|set|due|expected|slated|envisaged|intended)\s+(?:for|in|by|to)"
                      r"|(?:proposed|postponed|deferred)\s+(?:for|by|to|until|till)"
                      r"|to\s+(?:be\s+held|take\s+place)\s+(?:in|on|by))\s+(?:the\s+)?$", re.I)
# the deadline of an act announced or agreed ("said that it would withdraw its troops by the end of the year"):
# when the act is to be done, not when it was told
_BY = re.compile(r"\bby\s+(?:the\s+)?(?:(?:end|middle|close|start)\s+of\s+)?(?:the\s+)?$", re.I)
# (or a condition the act sets: "authorized force if Iraq did not leave Kuwait by 15 January", "unless Lima paid by May")
_WOULD = re.compile(r"\b(?:would|will|to\s+\w+|unless|if\s[^.;]*?\b(?:not|n't|failed\s+to))\b", re.I)
_AFTER_PERIOD = re.compile(r"\b(?:after|following|before)\s+(?:the\s+)?$", re.I)
_UNTIL = re.compile(r"\b(?:until|till|up to|through to)\s+(?:the\s+)?$", re.I)
# the words _UNTIL needs (of "up to" and "through to" the first, as any blanks may follow it): a window without any
# cannot match it (a $-anchored search tries every position of its window: ~5 us on 20 characters, a test in C ~1)
_UNTIL_CUES = ("til", "up", "through")


def _until_at_end(window: str) -> bool:
    """Whether _UNTIL finds "until", "till", "up to" or "through to" closing ``window``."""
    return _may_hold(window, _UNTIL_CUES) and _UNTIL.search(window) is not None
_FROM_PERIOD = re.compile(r"\b(?:from|since)\s+(?:the\s+)?(?:end|close|start|beginning|outbreak)?\s*(?:of\s+)?(?:the\s+)?$", re.I)
_END_OF = re.compile(r"\b(?:(?:end|close|aftermath|conclusion|wake)\s+of|ending|ended|end)\s+(?:the\s+)?$", re.I)
_OVER = re.compile(r"\s+(?:was\s+|is\s+|had\s+)?(?:over|ended|came to an end|drew to a close)\b", re.I)
_START_OF = re.compile(r"\b(?:start|beginning|outbreak|eve|onset|dawn)\s+of\s+(?:the\s+)?$", re.I)


# a list entry's own date: up to 40 characters, then a dash or a colon
_ENTRY_DATE = re.compile(r"\W{0,3}[^–—:\n]{4,40}?\s[–—-]\s|\W{0,3}[^–—:\n]{4,40}?:\s")
_DATELINE_LIKE = re.compile(r"\b[A-Z]{3,}\b|\((?:AP|UPI|Reuters|AFP|TASS)\)")
_JOINED = re.compile(r"\s+(?:and|or)\s+")
_COORDINATED_VERB = re.compile(r"^\W*(?:,\s*)?(?:and|but|then)\b", re.I)
# ... or a comma alone in a list of the subject's acts ("arrived on 19 May, signed an accord with the premier on 21
# May"); not before a participle, whose act is the one before's ("froze relations in October 1967, blaming Beijing")
_LIST_COMMA = re.compile(r"\s*,\s*")
_PARTICIPLE_OPENS = re.compile(r"[A-Za-z]+ing\b")
_COORDINATION = re.compile(r",\s*(?:and|but|while)\b|[;:]\s")  # a colon opens a clause of its own: "signed two treaties: the canal would pass ..."


_UNTIL_AFTER = re.compile(r"[^,;.]{0,40}\b(?:until|till)\s+(?:the\s+)?$", re.I)
_NOT_RIGHT_BEFORE = re.compile(r"\b(?:not|never|\w+n't)\s+(?:\w+\s+){0,2}$", re.I)


def _done_only_then(text: str, trigger_span: tuple[int, int], start: int) -> bool:
    """'signed it in 1965 but did not ratify it until 1966': the date after 'not ... until' is when the act was done
    (a boundary of something else only when no negation stands before the act: "the positions held until 1967")."""
    return start >= trigger_span[1] and _may_hold(text[trigger_span[1] : start], _UNTIL_WORDS) \
        and _UNTIL_AFTER.fullmatch(text, trigger_span[1], start) is not None \
        and (_NOT_RIGHT_BEFORE.search(text, max(0, trigger_span[0] - 30), trigger_span[0]) is not None
             or _NOT_THEN_UNTIL.match(text, trigger_span[1], start) is not None  # "the talks did not resume until 1958"
             or _REFUSED.match(text, trigger_span[0]) is not None)  # "refused to recognize Bangladesh until August 1975"


_REFUSED = re.compile(r"refus(?:e|ed|es|ing)\s+to\s+recogni[sz]e", re.I)  # recoded as the recognition then given
_NOT_THEN_UNTIL = re.compile(r"\s+(?:did|was|were|had|would)\s+(?:not|never)\s+\w+\s+(?:until|till)\s+(?:the\s+)?$", re.I)


def _in_since_clause(text: str, sentence_span: tuple[int, int], unit, trigger_span: tuple[int, int]) -> bool:
    """Whether the act is told inside the 'since' clause the date closes ("the first visit since relations were broken in
    1962": the date is the breaking's own, not the visit's)."""
    since = text.rfind("since", max(sentence_span[0], unit[0] - 80), unit[0])
    return since >= 0 and since < trigger_span[0] < unit[0]


def _negated_until(text: str, sentence_span: tuple[int, int], unit, trigger_span: tuple[int, int]) -> bool:
    """'The agreement was not signed until 25 March 1947, and each side soon accused the other': a date after 'not ...
    until' before the act is the day the earlier act was done, the story's time for the clause after it."""
    if unit[1] > trigger_span[0]:
        return False
    start = (unit[0] - 80 if unit[0] - 80 > sentence_span[0] else sentence_span[0])
    if text.find("til", start, unit[0]) < 0:
        return False  # neither 'until' nor 'till' before the date: the common case, without the regular expression
    return _NOT_UNTIL_HERE.search(text, start, unit[0]) is not None


def _later_clause(text: str, clause_span: tuple[int, int], start: int) -> bool:
    """Whether a date stands in a clause coordinated after ours ("promised help, and in November he declared")."""
    return start >= clause_span[1] and bool(_COORDINATION.search(text[clause_span[1] : start]))


def _until(dated: Dated, text: str, start: int, earlier: Dated | None) -> Dated:
    """'persisted until 1991': a span from the story's time to the date named."""
    if earlier is None or not _until_at_end(text[(start - 20 if start > 20 else 0) : start]) or earlier.begin >= dated.begin:
        return dated
    label = f"{earlier.label.split('/')[0]}/{dated.label.split('/')[-1]}"
    return Dated(label, dated.text, earlier.begin, dated.until, "range", dated.source)


def _period_point(text: str, period: TimeExpr) -> Dated | None:
    """A named period, or its end or start when the text says so ("the end of World War II" is 1945)."""
    before = text[max(0, period.start - 30) : period.start]
    whole = _dated(period, None, "period", period.text)
    if whole is None or _AFTER_PERIOD.search(before):
        return None  # "After the Second World War the Viet Minh fought the French": some time after it, not during it
    if _END_OF.search(before) or _OVER.match(text, period.end):
        year = whole.until[:4]
        return Dated(year, text[period.start : period.end], f"{year}-01-01", whole.until, "year", "period")
    if _START_OF.search(before):
        year = whole.begin[:4]
        return Dated(year, text[period.start : period.end], whole.begin, f"{year}-12-31", "year", "period")
    return whole


def _period_date(text: str, periods: list[TimeExpr], trigger_span: tuple[int, int], earlier: Dated | None) -> Dated | None:
    ordered = sorted(periods, key=lambda t: t.start)
    for first, second in zip(ordered, ordered[1:], strict=False):
        between = text[first.end : second.start]
        if _FROM_PERIOD.search(text[max(0, first.start - 40) : first.start]) and len(between) < 40 and _until_at_end(between):
            a, b = _period_point(text, first), _period_point(text, second)
            if a and b and a.begin <= b.begin:
                label = f"{a.label.split('/')[0]}/{b.label.split('/')[-1]}"
                return Dated(label, text[first.start : second.end], a.begin, b.until, "range", "period")
    nearest = min(periods, key=lambda t: abs(t.start - trigger_span[0]))
    point = _period_point(text, nearest)
    if point is not None and earlier is not None and _until_at_end(text[max(0, nearest.start - 20) : nearest.start]) \
            and earlier.begin < point.begin:
        label = f"{earlier.label.split('/')[0]}/{point.label.split('/')[-1]}"
        return Dated(label, point.text, earlier.begin, point.until, "range", "period")
    return point


_YEAR_NUMBER = re.compile(r"\d{3,4}")


def _into_entry_year(best: Dated, entry: Dated) -> Dated:
    """A day or month told without its year inside a timeline entry falls in the entry's year: "arranged a ceasefire in
    early February" under the date line "January–February 1981" is February 1981, whichever year came before."""
    if best.precision not in ("day", "month") or len(best.label) not in (7, 10) or _YEAR_NUMBER.search(best.text):
        return best
    year = entry.begin[:4]
    if entry.until[:4] != year or best.begin[:4] == year or (best.begin <= entry.until and entry.begin <= best.until):
        return best
    try:
        datetime.date.fromisoformat(year + best.begin[4:10])
        datetime.date.fromisoformat(year + best.until[4:10])
    except ValueError:
        return best  # the 29th of February of another year
    return Dated(year + best.label[4:], best.text, year + best.begin[4:], year + best.until[4:], best.precision, best.source)


def _story_moved_on(text: str, section: Section | None, section_date: Dated, narrative: Dated) -> bool:
    """Whether the story has moved past the one year a titled heading names: under "The hijacking of 1983", after
    "Two years later, in March 1985, a torpedo boat drifted into South Korean waters", "Seoul protested" is of March
    1985; under "The war of 1948", after "In 1956 Israel invaded the Sinai", "the Soviet Union protested" is of 1956.
    Only a year, a month or a day the story tells, after the heading's year, under a heading of words and a year (not
    a bare year heading, or a timeline entry, whose date stands for all it holds). Under a heading of words and a day
    ("After 11 September 2001"), a later day or month the story tells moves it too. (h14tune) And a story the section
    opens before the year its heading names, at a day or month written under it ("Nixon, Kissinger and 1971": "Nixon
    stopped in Lahore on 1 August 1969. He asked Yahya ..."), is at that day."""
    if section is None or section.kind != "body" or section.date_span or not section.heading_span \
            or section_date.precision not in ("year", "day") or narrative.precision not in ("day", "month", "year"):
        return False
    earlier = section_date.precision == "year" and narrative.precision != "year" and bool(narrative.until) \
        and bool(section_date.begin) and narrative.until < section_date.begin
    if not (narrative.begin and section_date.until and narrative.begin > section_date.until) and not earlier:
        return False
    if section_date.precision == "day" and narrative.precision == "year":
        return False
    heading = text[section.heading_span[0] : section.heading_span[1]]
    if not (section_date.text in heading and _HEADING_WORDS.search(heading.replace(section_date.text, " "))):
        return False
    if earlier:
        return text.find(narrative.text, section.heading_span[1], section.end) >= 0
    # a year alone moves the story only where a sentence of the section opens with it ("In 1956 Israel invaded"); a
    # year the story mentions ("The lease ran until 1994") is no time it has reached
    return narrative.precision != "year" or narrative.text in _OPENING_YEAR.findall(text, section.heading_span[1], section.end)


# a sentence that opens with its year: "In 1956 ...", "By 1970, ...", "1973 saw ..."
_OPENING_YEAR = re.compile(r"(?:^|[.!?]\s+)(?:(?:In|By|During)\s+(?:early\s+|late\s+|mid-)?)?([12]\d{3})\b", re.M)


_HEADING_WORDS = re.compile(r"[A-Za-z]{3,}")  # ("The war of 1967": a word of three letters is a title's word too)


def _refines(outer: Dated, inner: Dated) -> bool:
    """Whether ``outer`` (a section date) is a narrower interval lying inside ``inner``."""
    return inner.begin <= outer.begin and outer.until <= inner.until and (outer.begin, outer.until) != (inner.begin, inner.until)


def section_dates(doc: Document, timexes: list[TimeExpr]) -> list[Dated | None]:
    """The date each section's date line or heading gives, if any."""
    result: list[Dated | None] = []
    for section in doc.sections:
        span = section.date_span or section.heading_span
        dated = None
        if not section.date_span and section.heading_span and _HATNOTE.match(doc.text, *section.heading_span):
            # "See also: Mexican debt crisis of 1982", "Main article: Suez Crisis": a line pointing to other articles
            # under a heading; its years name those articles, and the text under it goes on under the heading's date
            result.append(result[-1] if result else None)
            continue
        if span:
            found = units(doc, timexes, *span)
            if found and not section.date_span:
                # a heading's month or day with no year written ("Black July and its aftermath") names a thing or
                # leans on the text before; it does not date what the section tells
                # ("The spring of protest [April 2005]": the season names the item, its bracket dates it)
                found = [u for u in found if any(c.isdigit() for c in doc.text[u[0] : u[1]]) or
                         (u[2].precision not in ("month", "day", "week", "season"))]
                # "The boundary settlement and the 1965 war": a year naming a war or a treaty names a topic the
                # section comes to, not the time of all it tells
                found = [u for u in found if not _HEADING_THING.match(doc.text, u[1], u[1] + 30)
                         or doc.text[max(span[0], u[0] - 4) : u[0]].lower() not in ("the ", " the")]
                # ... and so does a text named "and the treaty of 1936" ("The kingdom and the treaty of 1936"): the
                # section tells the years around the text ("The uprising of 1956" is the section's own year)
                found = [u for u in found if not _HEADING_THING_OF.search(doc.text, span[0], u[0])]
            if len(found) > 1 and _refined_after(found):
                found = found[1:]  # "Crisis of 1967 (November–December 1967)": the year named, then the months within it
            if found:
                start, end, first, last = found[0] if len(found) == 1 else (found[0][0], found[-1][1], found[0][2], found[-1][3] or found[-1][2])
                dated = _dated(first, last, "section", doc.text[start:end])
        if dated is None and section.parent is not None and section.parent < len(result):
            dated = result[section.parent]  # the text after an item list goes on under the date of what it interrupted
        result.append(dated)
    return result


def _refined_after(found: list) -> bool:
    """Whether every unit after a heading's first lies within the first's interval (a year, then its months)."""
    outer = found[0][3] or found[0][2]
    if found[0][3] is not None or not (found[0][2].begin and outer.until):
        return False
    return all(u[2].begin and (u[3] or u[2]).until and found[0][2].begin <= u[2].begin and (u[3] or u[2]).until <= outer.until
               and (u[2].begin, (u[3] or u[2]).until) != (found[0][2].begin, outer.until) for u in found[1:])


_AND = re.compile(r"\band\b|,")
# a comma, then a conjunction that opens a clause of its own ("..., after the waivers expired earlier this month")
_SUBORDINATE = re.compile(r",\s*(?:after|before|when|since|because|until|while|once|as)\b", re.I)
_REPORTING = re.compile(r"\b(?:said|says|told|announced|reported|stated|claimed|confirmed|disclosed|revealed)\b", re.I)
# a verb in the past right after 'and' starts another act, whose date is its own: "signed a border agreement in
# March 1963 and opened the Karakoram route in 1982"; so does a verb in the past right after a comma, the main verb after
# a participle's phrase: "signed by Canada, Mexico and the United States in December 1992, came into force in 1994"
_NEXT_VERB = re.compile(r"(?:\band|,)\s+(?:then\s+|later\s+|finally\s+)?(?:[a-z]+ed|took|went|sent|made|broke|gave|began|won|fought|"
                        r"held|met|left|sold|drew|struck|withdrew|overran|ran|came|became|set|put|cut|shot|built|lost|"
                        r"brought|got|fell|rose|kept|led|bought|stood|threw|undertook|wrote|paid|flew|lent|sank|spent)\b")


# ", and at Yalta in February 1945": a second place and date of the verb before, set off by a comma, no verb of its own
_PLACE_AND_DATE = re.compile(r"\s*,\s*and\s+(?:again\s+)?(?:at|in)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+(?:in|on)\s+"
                             r"(?:(?:early|late|mid-?)\s*)?(?=[A-Z0-9])")


def place_and_date_after(text: str, clause: tuple[int, int], sentence_end: int) -> tuple[int, int]:
    """The clause with a second place and date of its verb that a comma split off ("met at Tehran from November 28 to
    December 1, 1943, and at Yalta in February 1945"), else the clause as it is."""
    if clause[1] >= sentence_end or text[clause[1] : clause[1] + 1] not in (",", " ") or "and" not in text[clause[1] : clause[1] + 8]:
        return clause
    found = _PLACE_AND_DATE.match(text, clause[1], sentence_end)
    if found is None:
        return clause
    stop = re.compile(r"[,;.]").search(text, found.end(), sentence_end)
    return clause[0], stop.start() if stop else sentence_end


_OWN_PARTNER_BETWEEN = re.compile(r",?\s*(?:and\s+)?(?:(?:with|to|from|against)\s+)?(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+(?:in|on)\s+$")
_APPOSED = re.compile(r",\s*(?:on|in|that\s+is,?)?\s*")  # "a week ago, on Sunday, March 12": a date restated, finer


def _nested(one: TimeExpr, other: TimeExpr) -> bool:
    """Whether either date falls within the other (both known): the same time told twice."""
    if not (one.begin and one.until and other.begin and other.until):
        return False
    return (one.begin <= other.begin and other.until <= one.until) or (other.begin <= one.begin and one.until <= other.until)


_RESPECTIVELY = re.compile(r"\s*,?\s*respectively\b", re.I)
_FOLLOWED = re.compile(r"follow", re.I)


def dates_in_turn(doc: Document, timexes: list[TimeExpr], clause_span: tuple[int, int], trigger_span: tuple[int, int]) -> list[Dated]:
    """The two dates of one stretch ("in June and July 1975", "in 1970 and 1971") after an act of two doers, when
    they go one to each doer in turn: "respectively" says so, and so does "followed" (each doer followed in its
    turn: "Bolivia and Chile followed in August and September").  Else none (the stretch dates the act)."""
    found = [u for u in units(doc, timexes, *clause_span) if u[0] >= trigger_span[1]]
    if not found or found[0][3] is None or found[0][0] - trigger_span[1] > 60:
        return []
    start, end, first, last = found[0]
    if not _AND_ONLY.fullmatch(doc.text, first.end, last.start) or first.precision != last.precision:
        return []
    if not (_RESPECTIVELY.match(doc.text, end) or _FOLLOWED.match(doc.text, trigger_span[0])):
        return []
    one, other = _dated(first, None, "clause", first.text), _dated(last, None, "clause", last.text)
    return [one, other] if one is not None and other is not None and one.label != other.label else []


def coordinated_dates(doc: Document, timexes: list[TimeExpr], clause_span: tuple[int, int],
                      trigger_span: tuple[int, int], other_triggers: list[tuple[int, int]] = ()) -> list[Dated]:
    """Dates of one act told several times in one clause, after its verb and joined by 'and'.

    "met at Geneva in November 1985 and at Reykjavik in October 1986" gives two dates; a range or a
    single date gives none (the caller dates the act the ordinary way).
    """
    if isinstance(timexes, Timexes):
        # two dates after the verb need two expressions starting there (counted by bisection): most clauses have fewer
        after = trigger_span[1] if trigger_span[1] > clause_span[0] else clause_span[0]
        if bisect.bisect_left(timexes.starts, clause_span[1]) - bisect.bisect_left(timexes.starts, after) < 2:
            return []
    found = [u for u in units(doc, timexes, *clause_span) if u[0] >= trigger_span[1]]
    if len(found) < 2:
        return []
    if any(found[0][0] <= t0 < found[-1][0] for t0, _ in other_triggers):
        return []  # the later date belongs to another verb ("in 1960 and broke off relations in 1961")
    for (_, end, one, _), (start, _, other, _) in zip(found, found[1:], strict=False):
        between = doc.text[end:start]
        if _APPOSED.fullmatch(between) and _nested(one, other):
            return []  # "left a week ago, on Sunday, March 12": one date said twice, the second finer (date_event takes it)
        if not _AND.search(between) or len(between) > 60 or _REPORTING.search(between) or _NEXT_VERB.search(between) \
                or _SUBORDINATE.search(between):
            return []  # "sank the cruiser yesterday, the ministry said today": the later date is the report's; "...,
            # after the waivers expired earlier this month": the later date is the subordinate clause's own
    dated = [_dated(first, last, "clause", doc.text[start:end]) for start, end, first, last in found]
    labels = [d.label for d in dated if d is not None]
    if len(labels) != len(dated) or len(set(labels)) != len(labels) and not all(
            _OWN_PARTNER_BETWEEN.match(doc.text, end, start) for (_, end, _, _), (start, _, _, _) in zip(found, found[1:], strict=False)):
        return []  # (a year told again is one act's, unless each time has its own partner: "with Syria in 1944, with Iraq in 1944")
    if len(found) == 2 and doc.text[found[0][1] : found[1][0]].strip() == "and" and all(len(label) == 4 for label in labels) \
            and abs(int(labels[1]) - int(labels[0])) <= 1:
        return []  # "released the prisoners in 1973 and 1974": one act over two years, not two acts (but "visited
        # Hanoi in 1973 and 1995", "the wars of 1965 and 1971": years apart, an act told at each)
    return dated  # type: ignore[return-value]
