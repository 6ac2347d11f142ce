"""Small readings shared by the normalizers: counts, durations, tense, the year of a bare month.

Nothing here looks at a grammar match as a whole; each function reads one
piece of text or one number and is pure.
"""

from __future__ import annotations

import re

from detente.time import calendar as cal
from detente.time.calendar import Point
from detente.time.grammar import NUMBER_WORDS

_UNIT_CODE = {
    "second": ("T", "S"), "minute": ("T", "M"), "hour": ("T", "H"), "night": ("", "D"), "day": ("", "D"),
    "week": ("", "W"), "weekend": ("", "WE"), "fortnight": ("", "2W"), "month": ("", "M"), "year": ("", "Y"),
    "decade": ("", "DE"), "century": ("", "CE"), "centurie": ("", "CE"), "quarter": ("", "Q"),
}
# Half a unit in the next smaller one: "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M.
_HALF = {"year": ("P{}Y", "6M"), "month": ("P{}M", "15D"), "day": ("P{}D", "T12H"), "hour": ("PT{}H", "30M"), "minute": ("PT{}M", "30S")}
# Words that put a clause in the future: a bare month or weekday then lies ahead of the DCT.
_FUTURE = re.compile(
    r"\b(?:will|'ll|shall|is\s+to|are\s+to|plans?\s+to|planning|scheduled|schedule|expected|expects?\s+to"
    r"|is\s+due|are\s+due|due\s+to|(?:could|might|may)\s+(?:well\s+)?(?:last|continue|run|drag\s+on|go\s+on|stretch|take\s+until)|intends?\s+to|expects?\s+(?:[\w'-]+\s+){1,3}?to\s+(?!have\b|be\s+[a-z]+ed\b)|going\s+to|would\s+(?:not\s+|never\s+)?[a-z]+(?:\s+[a-z]+)?\s+until|would\s+(?:be|begin|start|resume|meet|hold|visit|leave|arrive|travel|last|continue|remain|stay)"
    r"|forecasts?\s+(?:for|to)|(?:is|are)\s+forecast"
    r"|to\s+be\s+held|upcoming|effective|next(?!\s+to\b)|as\s+soon\s+as|as\s+early\s+as|set\s+to|payable|of\s+record|planned)\b",
    re.I,
)
_PAST = re.compile(r"\b(?:[Ww]as|[Ww]ere|[Hh]ad|[Dd]id|said|ago|last|earlier|previously|been|began|met|went|came|left|took|told|held|gave|made|sent|saw|fell|rose|lost|won|sold|bought|brought|fought|spent|built|wrote|spoke|chose|grew|stood)\b|\b[a-z]{3,}ed\b")
# A sentence ends at . ! ? ; : before a space, but not after an initial or a title ("Daniel P. Davison", "Mr. Bush").
_SENTENCE_START = re.compile(r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)(?<!\bGen)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bCol)(?<!\bLt)[.!?;:]\s|\n")


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
    if ones in ("hundred", "thousand") and tens in NUMBER_WORDS:  # "two hundred", "a thousand"
        return NUMBER_WORDS[tens] * (100 if ones == "hundred" else 1000)
    if tens in NUMBER_WORDS and ones in NUMBER_WORDS:
        return NUMBER_WORDS[tens] + NUMBER_WORDS[ones]
    return None


def _count_text(number: float | None) -> str:
    if number is None:
        return "X"
    return str(int(number)) if number == int(number) else str(number)


def unit_of(word: str) -> str:
    """The singular unit of "days", "centuries", "decade"."""
    word = word.lower()
    if word.startswith("centur"):
        return "century"
    if word.startswith("millenni"):
        return "millennium"
    return word[:-1] if word.endswith("s") else word


def duration_value(number: float | None, unit: str) -> str:
    """TIMEX3 duration: P3D, PT2H, P20Y for two decades, P2Y6M for two and a half years, PXY when vague."""
    unit = unit_of(unit)
    if unit == "decade":
        return f"P{_count_text(None if number is None else number * 10)}Y" if number is not None else "PXDE"
    if unit in ("century", "centurie") and number is not None:  # "three centuries" P300Y, "half a century" P50Y, as decades are told in years
        return f"P{_count_text(number * 100)}Y"
    if unit == "millennium":  # "two millennia" P2000Y
        return f"P{_count_text(number * 1000)}Y" if number is not None else "PXML"
    if unit == "quarter":  # TIMEX3 keeps the quarter as its unit: "the past two quarters" is P2Q, "several quarters" PXQ
        return f"P{_count_text(number)}Q"
    time_part, code = _UNIT_CODE.get(unit, ("", "Y"))
    if code == "2W":
        return f"P{_count_text(None if number is None else number * 2)}W"
    if number is not None and number != int(number) and number * 2 == int(number * 2) and unit in _HALF:
        head, half = _HALF[unit]
        whole = int(number)
        return (head.format(whole) if whole else head.format(0).replace("0" + head[-1], "")) + half
    return f"P{time_part}{_count_text(number)}{code}"


def spelled_year(raw: str) -> int | None:
    """ "nineteen ninety-six" -> 1996, "nineteen o five" -> 1905, "the year two thousand and one" -> 2001."""
    words = re.sub(r"[-\s]+", " ", raw.lower()).split()
    if words[:2] == ["the", "year"]:
        words = words[2:]
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        return 2000 + int(NUMBER_WORDS.get(rest[0], 0)) if rest else 2000
    if not words or words[0] not in ("eighteen", "nineteen"):
        return None
    century = int(NUMBER_WORDS[words[0]]) * 100
    rest = [w for w in words[1:] if w not in ("o", "and")]
    if rest == ["hundred"]:
        return century
    total = 0
    for word in rest:
        value = NUMBER_WORDS.get(word)
        if value is None:
            return None
        total += int(value)
    return century + total if total < 100 else None


def part_mod(part: str | None) -> str | None:
    if not part:
        return None
    words = part.lower().split()
    key = words[1] if len(words) > 1 and words[0] == "the" else words[0]
    return cal.PART_MOD.get(key)


def sentence_before(text: str, start: int, width: int = 80) -> str:
    """The text of the current sentence before ``start`` (at most ``width`` characters)."""
    window = text[max(0, start - width) : start]
    ends = [found.end() for found in _SENTENCE_START.finditer(window)]
    return window[ends[-1] :] if ends else window


# After the expression only a finite future form counts ("planned" there is as often a past tense).
_FUTURE_AFTER = re.compile(r"\b(?:will|'ll|shall|(?:is|are)\s+(?:to|due|scheduled|expected|set|going\s+to)|(?:plans|intends|expects|hopes)\s+to)\b", re.I)
# Before an -ed word, these make it a participle or an adjective, not a past tense: "will be named",
# "is expected", "a still unspecified date", "the revised plan".
_PARTICIPLE_BEFORE = re.compile(r"(?i:\b(?:be|been|being|is|are|am|a|an|the|still|newly|not|to|will|would|shall|get|gets|getting)\s+$)")
# A plan told in the pluperfect ("had been due to", "previously planned"): its day has passed.
_PAST_PLAN = re.compile(r"(?i:\b(?:had(?:\s+been)?|previously|originally)\s+(?:\w+\s+)?$)")


def _is_past(before: str, found: re.Match) -> bool:
    word = found.group()
    if word[0].isupper() or word[-2:] != "ed" and word not in _IRREGULAR_PARTICIPLES:
        return True
    return not _PARTICIPLE_BEFORE.search(before, max(0, found.start() - 12), found.start())


# past forms that are also passive participles: "will be held", "is being sent" are no past
_IRREGULAR_PARTICIPLES = frozenset(("held", "made", "sent", "told", "given", "taken", "left", "lost", "won", "sold", "bought", "brought", "fought", "spent", "built", "kept",
                                    "led", "paid", "sought", "caught", "found", "withheld", "upheld", "laid", "shot", "beat"))


# "postponed until Tuesday", "extended to Nov. 16", "extended $90 million in loans through January": the day a thing
# is put off (or run on) to lies ahead of the putting off.
_PUT_OFF = re.compile(r"(?i:\b(?:postpone[ds]?|delay(?:ed|s)?|defer(?:red|s)?|adjourn(?:ed|s)?|extend(?:ed|s)?|put\s+off|pushed\s+back|moved\s+back)\s+(?:[\w'$.,-]+\s+){0,9}?(?:until|till|to|through)\s+(?:on\s+|the\s+)?$)")


# A verb of a timetable in the simple present right before the day: "Arafat meets Albright Monday" is a meeting
# ahead ("meets separately Monday", "the exchange opens Tuesday").
_SCHEDULED = re.compile(
    r"(?<![\w'])(?P<word>[\w']+)\s+(?P<verb>(?i:meet|meets|arrive|arrives|begin|begins|start|starts|open|opens|leave|leaves|visit|visits|travel|travels|return|returns"
    r"|resume|resumes|vote|votes|convene|convenes|reconvene|reconvenes|depart|departs|fly|flies|head|heads|expire|expires|close|closes"
    r"|testify|testifies|decide|decides|rule|rules|sign|signs|launch|launches|go|goes|takes\s+office|take\s+office|takes\s+effect|take\s+effect))"
    r"(?:\s+[a-z]+ly)?(?:\s+(?i:with|in|to)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})?\s+(?i:on\s+|at\s+)?$")
def _noun_compound(before: str, scheduled: re.Match) -> bool:
    """ "survived a confidence vote on Monday": after "a" and a noun, the verb's bare form is a noun of a compound
    ("a committee meets Monday" is still a timetable)."""
    verb = scheduled["verb"].lower()
    return not verb.endswith("s") and bool(_INDEFINITE_BEFORE.search(before, 0, scheduled.start("word")))


_INDEFINITE_BEFORE = re.compile(r"(?i:\b(?:a|an|another|one)\s+$)")


# before the verb, these make it no present tense of a timetable: "due to expire", "would leave", "the vote"
_NOT_PRESENT = frozenset(("to", "will", "would", "could", "should", "might", "may", "must", "can", "did", "do", "does", "not", "the", "a", "an", "its", "his", "her", "their"))
# "a program to pay down its loan by February": a deadline for what an infinitive plans lies ahead
_DEADLINE = re.compile(r"(?i:\b(?:by|before|until|till)\s+(?:early\s+|mid-?\s*|late\s+|the\s+end\s+of\s+)?$)")
_INFINITIVE = re.compile(r"\bto\s+(?!be\b|have\b)[a-z]{3,}\b")
# "planned", "scheduled" before the day may be a participle naming the thing ("a service planned for Saturday
# was canceled"): then the clause's own verb after the day decides
_PLAN_PARTICIPLE = re.compile(r"(?i:^(?:planned|scheduled|expected|set)$)")
# "protesters planned a march on Saturday", "scheduled talks for Monday": with its object the word is the clause's
# own verb, and what it plans lies ahead whatever a later clause says
_OBJECT_AFTER = re.compile(r"(?i:\s+(?:a|an|another|the|their|its|his|her|new|more|further|fresh)\s)")
_AUXILIARY_BEFORE = re.compile(r"(?i:\b(?:is|are|was|were|be|been|being|had|has|have|'s|now)\s+$)")


def _after_clause(text: str, end: int) -> str:
    after = text[end : end + 90]
    stop = _SENTENCE_START.search(after)
    return after[: stop.start()] if stop else after


def tense(text: str, start: int, end: int) -> str | None:
    """ "future", "past" or None: the tense of the clause around text[start:end], from its nearest cue."""
    before = sentence_before(text, start, 80)
    if _SINCE.search(before):
        return "past"  # "has lost 40 percent since January": since points back, whatever the clause goes on to say
    scheduled = _SCHEDULED.search(before)
    if _PUT_OFF.search(before) or scheduled and scheduled["word"].lower() not in _NOT_PRESENT and not _noun_compound(before, scheduled):
        return "future"
    futures = [f for f in _FUTURE.finditer(before) if not _PAST_PLAN.search(before, max(0, f.start() - 24), f.start())]
    taken = [(f.start(), f.end()) for f in _FUTURE.finditer(before)]
    pasts = [p for p in _PAST.finditer(before) if not any(a <= p.start() < b for a, b in taken) and _is_past(before, p)]
    if futures and (not pasts or futures[-1].start() > pasts[-1].start()):
        last = futures[-1]
        if _PLAN_PARTICIPLE.match(last.group()) and not _AUXILIARY_BEFORE.search(before, max(0, last.start() - 8), last.start()) and not _OBJECT_AFTER.match(before, last.end()):
            after = _after_clause(text, end)
            past = next((p for p in _PAST.finditer(after) if _is_past(after, p)), None)
            future = _FUTURE_AFTER.search(after)
            if past is not None and (future is None or past.start() < future.start()):
                return "past"
        return "future"
    if _ANTICIPATED.search(before):
        return "future"  # "traders added to bets on a rate cut in September": what a bet, a hope or a plan is on lies ahead
    if _DEADLINE.search(before) and (_INFINITIVE.search(before, pasts[-1].end() if pasts else 0) or _INFINITIVE.match(text, end + 1, end + 24) and text[end : end + 1] == " "):
        return "future"  # "gave the leader until Monday to answer": a deadline set for something still to be done
    if pasts:
        return "past"
    after = _after_clause(text, end)
    future = _FUTURE_AFTER.search(after)  # "On Tuesday, the league plans to...": the first cue after decides
    past = next((p for p in _PAST.finditer(after) if _is_past(after, p) and not (future and future.start() <= p.start() < future.end())), None)
    if future and (past is None or future.start() < past.start()):
        return "future"
    return None


# A noun of looking ahead and what it is on, ending right before the date: "bets on a rate cut in", "hopes of a deal
# by", "plans for a summit on"; the words between hold no verb of their own (no "that", no clause break)
_ANTICIPATED = re.compile(
    r"(?i:\b(?:bets?|wagers?|expectations?|hopes?|plans?|prospects?|odds|forecasts?|predictions?)\s+(?:of|on|for)\s+"
    r"(?:(?!that\b|which\b|who\b)[\w'$%.-]+\s+){1,5}(?:in|on|by|for|before)\s+(?:early\s+|mid-?\s*|late\s+)?$)")
_SINCE = re.compile(r"(?i:\b(?:ever\s+)?since\s+(?:(?:early|late|mid)[- ]?|the\s+(?:start|beginning|end|middle)\s+of\s+)?$)")


def future_cue(text: str, start: int, end: int) -> bool:
    """Whether the clause around text[start:end] speaks of the future ("will meet on Monday")."""
    return tense(text, start, end) == "future"


_SINCE_PAST = 0  # what since_cue gives: a past no later clause can turn ahead ("has closed 60 stores since January")


def since_cue(text: str, start: int) -> int | None:
    """``_SINCE_PAST`` when "since" opens the expression ("since January"), for :func:`near_year`; else None."""
    return _SINCE_PAST if _SINCE.search(sentence_before(text, start, 40)) else None


def near_year(month: int, ref: Point | None, news: bool, future: bool | int | None, step_back: bool = False, step: str | None = None) -> int | None:
    """The year of a month named without one.

    News: the next such month when the clause speaks of the future or when it
    is at most two months ahead; otherwise the latest one up to the DCT (a
    report looks back: "In March" in an October report is last March).  Narrative: forward from the story time ("In December"
    after "In June 1941" is December 1941; after "In October 1941", too); with ``step_back``, a month named alone
    a month or two before the story's is a glance back within its year ("at the end of August" after "In September
    1977" is August 1977: a story that moved on ten months would name the year).  ``step`` is what the clause
    says of it (:func:`story_step`): "back" takes the latest such month up to the story's, "on" the next after it.
    """
    if ref is None:
        return None
    if ref.month is None:
        return ref.year
    if news:
        ahead = (month - ref.month) % 12
        if not future and future is not _SINCE_PAST:  # a month at most two ahead is still to come, unless "since" points back
            future = 0 < ahead <= 2  # "Nov. 6" in a late-October report lies ahead; "March" lies behind
        if future:
            return ref.year if month >= ref.month else ref.year + 1
        return ref.year if month <= ref.month else ref.year - 1
    if step == "back":
        return ref.year if month <= ref.month else ref.year - 1
    if step_back and step != "on" and 0 < ref.month - month <= 2:
        return ref.year
    return ref.year + 1 if month < ref.month else ref.year


# What a history's clause says of a month or a day named without a year: it looks back from the story's time
# ("Earlier, in November", "Back in October", "In June, Iraq had accused Iran", "before that, in May") or moves on
# ("Later, in August", "and then in May").  A clause of its own: a later "that"/"when" clause's pluperfect is
# another clause's ("In May India protested that Pakistan had moved troops" moves on with the story), and so is one
# after the clause's own verb ("in December Athens agreed to withdraw the troops it had sent").
_BACK_CUE = re.compile(r"(?<!\ban\s)(?<!\bthe\s)\b(?:[Ee]arlier|[Pp]reviously|[Bb]efore\s+(?:that|this|then))\b|(?:^\s*|,\s*)[Bb]ack\s+in\s+$")
# "had" and a participle, not "had to", "had a meeting", "had been due to" (a plan, whose day may lie ahead)
_PLUPERFECT = re.compile(
    r"\bhad\s+(?:(?:[a-z]+ly|not|never|already|also|just|first|long|once|earlier)\s+)?"
    r"(?!(?:to|a|an|the|no|its|his|her|their|our|some|little|much|many|few|more|less|any|every|one|two|been\s+(?:due|set|scheduled|planned|expected))\b)[a-z]{3,}")
# at the clause's start or right before the date: "then bound to Germany by their pact of August" is "at that time"
_ON_WORD = r"(?:later|then|afterwards?|after\s+that|subsequently|thereafter)"
# ("by then", "before then", "until then" look back to the story's time, not on from it: "Before then, on 20 November,
# China had declared a ceasefire" after "In December 1962" is November 1962)
_ON_CUE = re.compile(rf"(?i:^\s*{_ON_WORD}\b|(?<!\bby\s)(?<!\bbefore\s)(?<!\buntil\s)(?<!\btill\s)\b{_ON_WORD}\s*,?\s+(?:(?:in|on|during|early\s+in|late\s+in)\s+)?$)")
_CLAUSE_JOIN = re.compile(r"(?i:,?\s+(?:and|but|while|whereas|when|after|that|which|who|because|so)\s|;)")
# "By June, France had fallen": what had happened by a date is the story moving on to it, not a glance back
_BOUND_BEFORE = re.compile(r"(?i:\b(?:by|until|till|since|from|through|to)\s+(?:(?:early|late|mid)[- ]?|the\s+(?:end|beginning|start|middle)\s+of\s+)?$)")


def story_step(text: str, start: int, end: int) -> str | None:
    """ "back", "on" or None: whether the clause of a month (or day) named alone in text[start:end] looks back from
    the story's time or moves on from it, from its own cues."""
    before = sentence_before(text, start, 80)
    if _BOUND_BEFORE.search(before):
        return None
    joins = [found.end() for found in _CLAUSE_JOIN.finditer(before)]
    clause_before = before[joins[-1] :] if joins else before
    if _ON_CUE.search(clause_before):
        return "on"
    # (a pluperfect closed by a comma before the date is an aside's: "Singapore, which had promised not to go first,
    # opened relations with Beijing in October" moves on)
    if _BACK_CUE.search(clause_before) or _PLUPERFECT.search(clause_before, clause_before.rfind(",") + 1):
        return "back"
    after = _after_clause(text, end)
    join = _CLAUSE_JOIN.search(after)
    pluperfect = _PLUPERFECT.search(after, 0, join.start() if join else len(after))
    # the clause's own verb comes first: "in August it repudiated the debts it had taken over" moves on
    return "back" if pluperfect and not any(_is_past(after, p) for p in _STORY_PAST.finditer(after, 0, pluperfect.start())) else None


# the clause's own verb in the simple past, irregular ones too ("On 21 November China withdrew its troops behind the
# line it had held in 1959": the pluperfect is the line's, the withdrawal moves on with the story); past forms only
# (not "cut", "set", "hit", which are also present), participles among them checked as ``_is_past`` checks "held"
_STORY_PAST = re.compile(_PAST.pattern + r"|\b(?:withdrew|drew|struck|broke|flew|threw|overran|overthrew|led|paid|ran|sought"
                         r"|caught|found|became|knew|drove|froze|stole|sank|fled|swore|forbade|undertook|withheld|upheld"
                         r"|overtook|laid|shot|slew|rode|sprang|forgave|arose|bore|tore|wore|beat|sang|swam|began|gave)\b")


# A sentence about a span of a business year longer than a quarter and shorter than the year ("For the nine months,
# net rose ... from $3 million a year earlier"): the same span a year back has no TIMEX3 value of its own but its year
_LONGER_THAN_QUARTER = re.compile(r"(?i:\b(?:nine|9)[- ]months?\b|\bfirst\s+three\s+quarters\b|\byear[-\s]to[-\s]date\b)")


def over_nine_months(text: str, start: int) -> bool:
    """Whether the sentence before ``start`` speaks of a business year's first nine months (or its year to date)."""
    return bool(_LONGER_THAN_QUARTER.search(sentence_before(text, start, 240)))


def anchored(fields: dict, ref_known: bool, news: bool) -> dict:
    fields["anchor"] = ("dct" if news else "narrative") if ref_known else "absolute"
    return fields
