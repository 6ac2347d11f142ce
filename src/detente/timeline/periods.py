"""Periods of a pair's relations: detected from the yearly index, and stated by the texts.

**Detected** periods come from change-point detection on the yearly series of the pair's timeline events,
level by level (:func:`detect`):

- *Several series at once.* Each event gives three values: its Goldstein score, whether it is an act of
  conflict (quad class 3 or 4) and whether it is a material act (quad class 2 or 4). A segment costs, per
  series, the squared deviations of its events' values from the segment's mean over that series' variance
  among all the pair's events (a Gaussian mean shift with a diagonal covariance): a change of the mix of
  acts counts even where the mean score stays put.
- *Penalty by BIC.* Each change costs ``penalty * (d + 1) * ln(events)`` (``d`` = 3 series; each change adds
  a mean per series and a place), the Bayesian information criterion when ``penalty`` is 1 (the default; a
  larger one gives fewer, longer periods). The scale is the whole variance, changes included: a change must
  explain a fair share of the pair's variation (conservative on a few dozen events).
- *A minimum length.* A period spans :data:`MIN_YEARS` years or more (from its first year to the next
  period's first year): a one-year swing is an episode within a period, not a period.
- *The texts' periods, both ways.* A change between two years with events costs ``(1 + a) / (1 + s)`` of the
  penalty. ``s`` statements put a period boundary at a year in between (the year most statements give; each
  document's stated period of two years or more that begins or ends there counts once per document); where
  the series is quiet, the boundary lies at the stated year most statements give (the earliest of equals), else
  at the first year of the later events. ``a`` documents state an *era* that holds that boundary year strictly
  inside it (a stated period of :data:`NESTED_MIN_YEARS` to :data:`MAX_NAMED_YEARS` years: "the Cold War,
  from about 1947 to 1991"): the texts hold those years as one period, so a change there must be stronger
  to split it at this level, and comes out one level down otherwise. Either way the scores decide: a stated
  boundary the series does not bear out is no change, and an era the series does not bear out is split.
- *Turning-point acts.* Historians date periods by acts that change the standing of relations rather than their
  level: recognition, a treaty, a summit, the first armed clash (:data:`TURNING_ACTS`). Two periods on either side of such
  an act can be equally cooperative (rapprochement, then normalization once relations are established) or
  equally hostile (a political split, then border war), and the scores then show no change. A stated boundary
  whose first year with events (from the boundary on) holds a turning-point act between the pair is confirmed:
  its change costs one default penalty less, ``(penalty * (1 + a) - 1) / (1 + s)`` of the BIC penalty and never
  below zero, so at the default penalty it is a change on its own unless an era stated around it holds it. An
  act with no statement, and a statement with no act, change nothing by themselves.
- *Acts on a sparse series.* Where one change's BIC penalty is more than :data:`SPARSE_SHARE` of the series' whole
  scaled variation (:func:`sparse`: fewer than about 130 events), a change of a few events never pays for itself,
  and a pair whose texts state no period years keeps one period. There an act that sets the standing of relations
  (:data:`STANDING_ACTS`) proposes a boundary at its year when it changes the standing (:func:`act_boundaries`):
  its kind (:data:`ACT_KINDS`) differs from the polarity of the :data:`ACT_WINDOW` events before it (recognition
  after hostility, relations restored) or from the kind of the standing act before it (relations broken after
  recognition, even when the months between were already hostile). Each proposal counts as one statement of a
  boundary there, which the act confirms: at the default penalty the change is free where the scores gain by it,
  at a user's larger penalty it costs again. Armed force within a war that a break opened, or a treaty (no
  standing act), proposes nothing. On a dense series the scores decide alone, as before.
- *Episodes within an established standing.* Recognition sets the standing of relations, and so do a break of
  relations and war (:data:`STANDING_ACTS`); historians then date the next period by the act that ends that
  standing, not by a chill that passes. So at each level, once the cost has chosen the changes, a period opened
  by such an act of its own polarity (recognition opening a cooperative period) keeps a swing that follows it
  as an episode within it when the swing (a) is not of its polarity, (b) opens with no turning-point act of the
  other kind (:data:`ACT_KINDS`: broken relations or armed force against a cooperative standing), (c) lasts
  less than :data:`NESTED_MIN_YEARS` and (d) is followed by a period of the first one's polarity again (it
  comes back: a swing that does not is a turn). The two are one period, and the swing comes out one level
  down within it. Recognition in 1933, a chill of accusations and an embargo in 1939-40 (the Nazi-Soviet pact,
  the Winter War), then the wartime alliance: one period 1933-1941 with the chill inside it. The scores and the
  statements choose every change; this rule only joins, and needs an act that opened the period.
- *Periods within periods.* Each period of :data:`NESTED_MIN_YEARS` or more is segmented again with half
  the BIC penalty, never less than AIC's ``penalty * 2 * (d + 1)``; when that splits it, its parts are
  reported as periods one ``level`` down within it (détente within the Cold War), down to :data:`MAX_LEVEL`.
  Within a period, the eras that count against a change are those stated inside it, not the period itself
  (nor one as long).

The cost is minimized exactly (optimal partitioning over every start; a pair's years are a few hundred
buckets at most). A period runs from its first year with events (or the stated boundary before it) to the
start of the next period; the last to its last year with events.

What the series, the statements and the acts each find on the demo corpus, and the period historians name
that the detected periods miss, is written beside the test that counts them (tests/test_timeline.py).

**Stated** periods are what the texts say, each kept with its sentence and document:
a heading that carries a year range ("Recognition and the uneasy 1930s (1933–1941)"), a name followed by
a range in running text ("the Korean War (1950–53)", "the Cold War, from about 1947 to 1991"), and
mentions of the named periods of ``periods.json`` ("the Cold War") with their usual bounds.

Labels: a detected period takes the name of the stated period it overlaps best (at least half of the union
of their years, then the most documents; a name goes to one of the periods that overlap, so a period within
one does not take its name), else the turning-point act it opens with where its polarity agrees
(``recognition``, ``armed conflict``, ``broken relations``), or ``détente`` for a cooperative period that
opens with a treaty and a summit between two periods of conflict at its level, else its polarity and the
quad class most of its events fall in, e.g. ``hostility (material conflict)``; polarity is ``cooperation``
when its mean Goldstein is at least 1, ``conflict`` at most -1, ``neutral`` between. Each detected period
lists the turning-point acts of its first year with events (``opens_with``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field

from detente.errors import ConfigError
from detente.model import content_id

DEFAULT_PENALTY = 1.0  # times the BIC penalty
POLARITY_THRESHOLD = 1.0
MAX_NAMED_YEARS = 60

_DASH = r"\s*(?:–|—|-|to|until|till)\s*"
_YEARS = r"(?P<a>1[5-9]\d\d|20\d\d)" + _DASH + r"(?P<b>1[5-9]\d\d|20\d\d|\d\d)(?!\d)"
_HEADING = re.compile(r"^(?P<label>[^\n.!?]{3,90}?)(?:\s*\(" + _YEARS + r"\)|,\s*" + _YEARS.replace("?P<a>", "?P<a2>").replace("?P<b>", "?P<b2>") + r")\s*$")
_NAME = r"(?P<label>(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){0,4}[A-Z][\w'’-]*)"
_INLINE = re.compile(_NAME + r"\s*\(" + _YEARS + r"\)")
_FROM = re.compile(_NAME + r",?\s+(?:which\s+lasted\s+|lasting\s+|that\s+ran\s+|running\s+)?from\s+(?:about\s+|around\s+|roughly\s+|c\.\s*)?"
                   + _YEARS.replace(_DASH, r"\s+(?:to|until|till)\s+(?:about\s+|around\s+)?"))
# what a match of each must hold, found by one quick search: the patterns above try their name at every character of
# a text, and most texts state no period this way (the timeline reads every stored document with them)
_INLINE_HINT = re.compile(r"\((?:1[5-9]\d\d|20\d\d)")
_FROM_HINT = re.compile(r"from\s+(?:about\s+|around\s+|roughly\s+|c\.\s*)?(?:1[5-9]\d\d|20\d\d)\s+(?:to|until|till)\s")


@dataclass
class Period:
    start: int
    end: int
    label: str
    polarity: str
    mean_goldstein: float | None
    kind: str  # stated | detected
    events: int = 0
    key_events: list[str] = field(default_factory=list)
    sources: list[dict] = field(default_factory=list)  # stated: where the texts say it
    level: int = 1  # detected: 1 a period of the whole series, 2 a period found again within one of level 1
    dominant: str = ""  # detected: the quad class most of its events fall in
    opens_with: list[str] = field(default_factory=list)  # detected: turning-point acts and summits of its first year with events

    def to_dict(self) -> dict:
        return asdict(self)


# stated periods -------------------------------------------------------------------------------------

def _year_pair(first: str, second: str) -> tuple[int, int] | None:
    start = int(first)
    end = int(second) if len(second) == 4 else int(first[:2] + second)
    if end < start and len(second) == 2:
        end += 100
    return (start, end) if start <= end <= start + 150 else None


def stated_in_text(text: str) -> list[dict]:
    """The periods a text states, each with its label, years, kind of statement, sentence and span."""
    found: list[dict] = []
    lines = list(re.finditer(r"[^\n]+", text))
    for number, line in enumerate(lines):
        body = line.group().strip()
        if number == 0 or not body or body[-1] in ".!?:;" or len(body) > 100:
            continue  # the first line is the title: it gives the document's scope, not a period
        match = _HEADING.match(body)
        if match:
            years = _year_pair(match.group("a") or match.group("a2"), match.group("b") or match.group("b2"))
            offset = line.start() + line.group().index(body)
            if years:
                found.append(_stated(match.group("label"), years, "heading", body, (offset, offset + len(body))))
    for pattern, how, hint in ((_INLINE, "inline", _INLINE_HINT), (_FROM, "inline", _FROM_HINT)):
        if hint.search(text) is None:
            continue
        for match in pattern.finditer(text):
            line_start = text.rfind("\n", 0, match.start()) + 1
            line_end = text.find("\n", match.end())
            line_end = len(text) if line_end < 0 else line_end
            if _HEADING.match(text[line_start:line_end].strip()) and line_start != 0:
                continue  # already read as a heading
            years = _year_pair(match.group("a"), match.group("b"))
            if years and match.group("label").split()[-1][0].isupper():
                span = _sentence(text, match.start(), match.end())
                if how == "inline" and pattern is _INLINE and _names_an_actor(text, span, match.end("label")):
                    continue  # "the Kingdom of Yugoslavia (1918–41)": a state's or person's lifetime
                found.append(_stated(match.group("label"), years, how, text[span[0]:span[1]], span))
    # a name the text dates itself ("the Korean War (1950–53)", "The Second World War (1941–45)" as this pair's war) is
    # kept as the text says it, not as a mere mention with the name's usual bounds
    dated = [(p["span"], p["label"].lower()) for p in found]
    named = [p for p in _named(text) if not any(label == p["label"].lower() and span[0] < p["span"][1] and p["span"][0] < span[1]
                                                for span, label in dated)]
    unique = {(p["span"], p["label"], p["start"], p["end"]): p for p in named + found}
    return sorted(unique.values(), key=lambda p: (p["span"][0], p["label"]))


def _names_an_actor(text: str, span: tuple[int, int], label_end: int) -> bool:
    """Whether the words before a bracketed range end with a state, organization or person: the years are then
    that actor's lifetime or tenure ("Nikita Khrushchev (1894–1971)"), or the span of relations with it ("the
    Ottoman Empire and Persia (1501–1922)"), not a period the text names."""
    from detente.actors import find_mentions

    return any(span[0] + mention.end == label_end for mention in find_mentions(text[span[0]:label_end]))


def _named(text: str) -> list[dict]:
    """Mentions of the named periods of periods.json (eras and wars), with their usual bounds."""
    from detente.time.periods import entry_for, find_periods

    found = []
    for expr in find_periods(text):
        if expr.anchor != "period" or not expr.begin or not expr.until:
            continue
        entry = entry_for(expr.text)
        if entry is None or entry.get("kind") != "period":
            continue
        label = expr.text
        if int(expr.until[:4]) - int(expr.begin[:4]) > MAX_NAMED_YEARS:
            continue  # a century is a time, not a period of relations
        span = _sentence(text, expr.start, expr.end)
        found.append(_stated(label, (int(expr.begin[:4]), int(expr.until[:4])), "named", text[span[0]:span[1]], span))
    return found


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(mark, 0, start) for mark in (". ", "\n", "! ", "? "))
    right_candidates = [index for index in (text.find(mark, end) for mark in (". ", "\n", "! ", "? ")) if index >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    begin = left + 1 if left >= 0 else 0
    while begin < start and text[begin].isspace():
        begin += 1
    return begin, min(right, len(text))


def _stated(label: str, years: tuple[int, int], how: str, evidence: str, span: tuple[int, int]) -> dict:
    label = " ".join(label.split())
    if label.lower().startswith("the "):
        label = label[4:]
    return {"id": "", "label": label, "start": years[0], "end": years[1], "how": how,
            "evidence": " ".join(evidence.split()), "span": span}


# documents whose stated periods are written in one transaction: a commit costs more than a document's few rows, and
# a build reads every document it stored (each document's rows stay whole: a stopped read redoes the unread ones)
STATED_BATCH = 256


def read_stated_periods(store) -> int:
    """Read the stated periods of every stored document not read yet; returns how many documents were read."""
    documents = store.documents_without_stated_periods()
    for first in range(0, len(documents), STATED_BATCH):
        with store.transaction():  # each document's write below joins it
            for doc_id, text in documents[first : first + STATED_BATCH]:
                periods = stated_in_text(text)
                for period in periods:
                    period["id"] = content_id("period", doc_id, str(period["span"][0]), period["label"], str(period["start"]))
                store.write_stated_periods(doc_id, periods)
    return len(documents)


def stated_periods(store, families: tuple[str, str], first: int | None = None, last: int | None = None) -> list[Period]:
    """The stated periods of the documents that report events between the pair, one per label and years, with
    every source."""
    rows = store.stated_periods_of_dyad(*families)
    merged: dict[tuple, Period] = {}
    for row in rows:
        if first is not None and last is not None and (row["end_year"] < first - 1 or row["start_year"] > last + 1):
            continue
        key = (row["label"].lower(), row["start_year"], row["end_year"])
        period = merged.get(key)
        if period is None:
            period = merged[key] = Period(row["start_year"], row["end_year"], row["label"], "", None, "stated")
        period.sources.append({"doc": row["doc"], "how": row["how"], "evidence": row["evidence"],
                               "span": [row["span_start"], row["span_end"]]})
    return sorted(merged.values(), key=lambda p: (p.start, p.end, p.label))


# detected periods -----------------------------------------------------------------------------------

def pelt(counts: list[int], sums: list[float], squares: list[float], penalty: float,
         discounts: list[float] | None = None) -> list[int]:
    """Start indexes of the segments minimizing total cost plus the penalty of each change (one series).

    The series is given per bucket as event counts, sums and sums of squares; a segment's cost is the
    sum of its events' squared deviations from its mean. A change before bucket ``t`` costs
    ``penalty * discounts[t]`` (1 when no discounts). Returns [0, ...]. (:func:`segment` with one feature.)
    """
    weights = discounts or [1.0] * len(counts)
    series = [[(count, total, square)] for count, total, square in zip(counts, sums, squares, strict=True)]
    return segment(series, [penalty * weight for weight in weights])


def segment(series: list[list[tuple[float, float, float]]], penalties: list[float], years: list[int] | None = None,
            min_years: int = 1, scales: list[float] | None = None) -> list[int]:
    """Start indexes of the segmentation of ``series`` with the least cost plus penalties (exact, optimal partitioning).

    ``series[t][k]`` is bucket ``t``'s (events, sum, sum of squares) of feature ``k``. A segment costs, per
    feature, the squared deviations of its events' values from the segment's mean divided by ``scales[k]``
    (the feature's variance: a Gaussian mean shift in several series at once, each in its own units). A
    change before bucket ``t`` costs ``penalties[t]``. With ``years``, a segment must span ``min_years``
    (from its first year to the next segment's first year; the last to its last year, inclusive).
    Exact dynamic programming over every start (PELT's pruning is not safe with per-change penalties and a
    minimum length; a pair's years are a few hundred buckets at most). Returns [0, ...].
    """
    n = len(series)
    if n == 0:
        return []
    features = len(series[0])
    scales = scales or [1.0] * features
    cumulative = [[(0.0, 0.0, 0.0)] for _ in range(features)]
    for bucket in series:
        for k, (count, total, square) in enumerate(bucket):
            c, s, q = cumulative[k][-1]
            cumulative[k].append((c + count, s + total, q + square))

    def cost(i: int, j: int) -> float:  # buckets i..j-1
        value = 0.0
        for k in range(features):
            c = cumulative[k][j][0] - cumulative[k][i][0]
            if c:
                s = cumulative[k][j][1] - cumulative[k][i][1]
                value += max(0.0, (cumulative[k][j][2] - cumulative[k][i][2]) - s * s / c) / scales[k]
        return value

    def long_enough(i: int, j: int) -> bool:
        if years is None or min_years <= 1:
            return True
        end = years[j] if j < n else years[n - 1] + 1
        return end - years[i] >= min_years

    best = [math.inf] * (n + 1)
    best[0] = 0.0
    last = [0] * (n + 1)
    for j in range(1, n + 1):
        for i in range(j):
            if best[i] == math.inf or not long_enough(i, j):
                continue
            value = best[i] + cost(i, j) + (penalties[i] if i > 0 else 0.0)
            if value < best[j]:
                best[j], last[j] = value, i
    if best[n] == math.inf:  # the whole series is shorter than a period: one segment
        return [0]
    starts = []
    j = n
    while j > 0:
        starts.append(last[j])
        j = last[j]
    return sorted(starts)


MIN_YEARS = 2  # a period lasts two years or more: a shorter swing is an episode (a crisis) within a period
MAX_LEVEL = 3  # periods within periods within periods at most
NESTED_MIN_YEARS = 8  # a period this long or longer is looked at again for periods within it


def features(row) -> list[tuple[float, float, float]]:
    """A bucket's (events, sum, sum of squares) of each feature of its events: the Goldstein score, conflict
    (quad class 3 or 4: 1, else 0) and material acts (quad class 2 or 4: 1, else 0)."""
    conflict = row.quad3 + row.quad4
    material = row.quad2 + row.quad4
    return [(row.events, row.goldstein_sum, row.sum_squares), (row.events, conflict, conflict),
            (row.events, material, material)]


def _variances(series: list[list[tuple[float, float, float]]]) -> list[float]:
    result = []
    for k in range(len(series[0])):
        count = sum(bucket[k][0] for bucket in series)
        total = sum(bucket[k][1] for bucket in series)
        square = sum(bucket[k][2] for bucket in series)
        result.append(max(square / count - (total / count) ** 2, 1e-6) if count else 1.0)
    return result


def _boundary(before: int | None, year: int, support: dict[int, int]) -> tuple[int, int]:
    """Where a change between the years with events ``before`` and ``year`` lies, and how many documents say so:
    the stated boundary in (before, year] that most documents give (the earliest of equals), else ``year``."""
    low = year - 1 if before is None else before
    stated = [(count, -candidate) for candidate, count in support.items() if low < candidate <= year]
    if not stated:
        return year, 0
    count, candidate = max(stated)
    return -candidate, count


def detect(rows, penalty: float = DEFAULT_PENALTY, stated_years: dict[int, int] | set[int] | frozenset[int] = frozenset(),
           min_years: int = MIN_YEARS, nested: bool = True,
           stated_spans: Sequence[tuple[int, int, int]] = (),
           turning: Mapping[int, int] | None = None,
           acts: Callable[[int], Mapping[str, int]] | None = None) -> list[tuple[int, int, list, int]]:
    """Periods of a yearly index (IndexRows with ``sum_squares``) as (first year, end year, rows, level).

    Level 1 segments the whole series; each period of :data:`NESTED_MIN_YEARS` or more is segmented again,
    and its parts, when it splits, are periods one level down (to :data:`MAX_LEVEL`; the module docstring
    gives the rules). ``stated_years`` maps a year to how many documents state a period boundary there (a
    set: one each); ``stated_spans`` lists the stated periods as (start, end, documents that state it);
    ``turning`` maps a year to how many turning-point acts (:data:`TURNING_ACTS`) the pair's events of that
    year hold (only the years :func:`confirming_years` lists are looked at); ``acts`` gives a year's turning-point
    acts between the pair by CAMEO code (asked for a few years: the first of each period found, and the years
    :func:`confirming_years` lists, whose counts it then gives instead of ``turning``). Without ``acts`` no
    period is held against an episode (:func:`_episodes`).
    """
    if penalty < 0:
        raise ConfigError(f"--penalty {penalty}: must be zero or more (larger gives fewer periods)")
    if not rows:
        return []
    support = dict(stated_years) if isinstance(stated_years, dict) else {year: 1 for year in stated_years}
    eras = [(start, end, documents) for start, end, documents in stated_spans
            if NESTED_MIN_YEARS <= end - start <= MAX_NAMED_YEARS]
    series = [features(row) for row in rows]
    scales = _variances(series)
    years = [int(row.bucket) for row in rows]
    dimension = len(scales)
    events = sum(row.events for row in rows)
    # where a change before bucket t lies, and how many documents put a boundary there
    places = [(years[0], 0)] + [_boundary(years[t - 1], years[t], support) for t in range(1, len(rows))]
    if acts is not None and sparse(events, dimension):
        for year in act_boundaries(rows, acts):  # a sparse series: a standing act that changes it proposes a boundary
            support[year] = support.get(year, 0) + 1
        places = [(years[0], 0)] + [_boundary(years[t - 1], years[t], support) for t in range(1, len(rows))]
    turns = dict(turning or {})
    if acts is not None:
        turns = {year: sum(acts(year).values()) for year in confirming_years(rows, support)}

    def against(t: int, parent: tuple[int, int] | None) -> int:
        """Documents that state an era holding the boundary before bucket ``t`` inside it (within ``parent``,
        the eras inside it, not the parent itself)."""
        year = places[t][0]
        return sum(documents for start, end, documents in eras if start < year < end and (
            parent is None or (parent[0] - 1 <= start and end <= parent[1] + 1
                               and not (start <= parent[0] + 1 and end >= parent[1] - 1))))

    def run(low: int, high: int, beta: float, parent: tuple[int, int] | None = None) -> list[int]:
        penalties = [beta * _weight(penalty, against(t, parent), places[t][1], t > 0 and turns.get(years[t], 0) > 0)
                     for t in range(low, high)]
        starts = [low + start for start in segment(series[low:high], penalties, years[low:high], min_years, scales)]
        return _episodes(rows, starts, high, [places[t][0] for t in starts], acts) if acts is not None else starts

    def spans(starts: list[int], high: int, level: int) -> list[tuple[int, int, list, int]]:
        found = []
        for number, begin in enumerate(starts):
            end_index = starts[number + 1] if number + 1 < len(starts) else high
            first = years[0] if begin == 0 else _boundary(years[begin - 1], years[begin], support)[0]
            end = _boundary(years[end_index - 1], years[end_index], support)[0] if end_index < len(rows) else years[-1]
            found.append((first, end, rows[begin:end_index], level))
        return found

    # BIC: each change adds a mean per feature and a place, (d + 1) ln(events) in units of -2 log-likelihood
    top_beta = (dimension + 1) * math.log(max(events, 2))
    top = run(0, len(rows), top_beta)
    result = spans(top, len(rows), 1)
    if nested:
        # half the evidence of a period of the whole, never less than AIC's 2 (d + 1): AIC alone splits
        # steady stretches of a large corpus (bench/index.py's 120,000 events of the pair)
        inner_beta = max(2 * (dimension + 1), top_beta / 2)
        todo = [(top + [len(rows)], result[:], 1)]
        while todo:
            bounds, found, level = todo.pop(0)
            if level >= MAX_LEVEL:
                continue
            for number, (first, end, _, _) in enumerate(found):
                if end - first < NESTED_MIN_YEARS:
                    continue
                inner = run(bounds[number], bounds[number + 1], inner_beta, (first, end))
                if len(inner) > 1:
                    parts = spans(inner, bounds[number + 1], level + 1)
                    result.extend(parts)
                    todo.append((inner + [bounds[number + 1]], parts, level + 1))
    return sorted(result, key=lambda item: (item[0], item[3], item[1]))


def _episodes(rows, starts: list[int], high: int, firsts: list[int], acts: Callable[[int], Mapping[str, int]]) -> list[int]:
    """The starts of a segmentation of ``rows[starts[0]:high]`` less those of episodes: a period opened by an act that
    sets the standing of relations (:data:`STANDING_ACTS`: recognition, broken relations, armed force) of its own
    polarity keeps a later swing within it when the swing is not of its polarity, lasts less than
    :data:`NESTED_MIN_YEARS` (from ``firsts``, the periods' first years), opens with no turning-point act of the
    other kind (:data:`ACT_KINDS`) and is followed by a period of the first one's polarity again."""
    bounds = [*starts, high]

    def polarity(number: int) -> str:
        chunk = rows[bounds[number]:bounds[number + 1]]
        return polarity_of(sum(row.goldstein_sum for row in chunk) / sum(row.events for row in chunk))

    def kinds(number: int, listed: Sequence[str]) -> set[str]:
        opening = acts(int(rows[bounds[number]].bucket))
        return {ACT_KINDS[act] for act in map(_act_of, opening) if act in listed}

    held = set()
    for number in range(1, len(starts) - 1):
        if number - 1 in held:
            continue  # the period before is itself an episode of the one before it
        standing = polarity(number - 1)
        if (standing not in kinds(number - 1, STANDING_ACTS) or polarity(number) == standing
                or polarity(number + 1) != standing or firsts[number + 1] - firsts[number] >= NESTED_MIN_YEARS):
            continue
        if not kinds(number, TURNING_ACTS) - {standing}:
            held.add(number)
    return [start for number, start in enumerate(starts) if number not in held]


SPARSE_SHARE = 0.05  # a series is sparse when one change's BIC penalty is more than this share of its whole variation
ACT_WINDOW = 3  # a standing act is read against the polarity of this many events before it (whole years back)


def sparse(events: int, dimension: int = 3) -> bool:
    """Whether a change's BIC penalty, ``(d + 1) ln(events)``, exceeds :data:`SPARSE_SHARE` of the series' whole scaled
    variation (``d * events``: each of the ``d`` series scaled by its variance): fewer than about 130 events with three
    series. There the scores alone cannot cut a change of a few events, and the acts stand in for the statements."""
    return events > 1 and (dimension + 1) * math.log(events) > SPARSE_SHARE * dimension * events


def act_boundaries(rows, acts: Callable[[int], Mapping[str, int]]) -> list[int]:
    """The years of a sparse series whose standing acts (:data:`STANDING_ACTS`) change the standing of relations: an
    act whose kind (:data:`ACT_KINDS`) differs from the polarity of the :data:`ACT_WINDOW` events before it, or from
    the kind of the last standing act before it (relations established, then broken). Each counts as one statement of
    a boundary at that year, which the act confirms (:func:`_weight`); the scores still choose among them."""
    found = []
    standing: set[str] = set()
    for t in range(len(rows)):
        year = int(rows[t].bucket)
        kinds = {ACT_KINDS[act] for act in map(_act_of, acts(year)) if act in STANDING_ACTS}
        if not kinds:
            continue
        count = total = 0.0
        back = t
        while back > 0 and count < ACT_WINDOW:
            back -= 1
            count += rows[back].events
            total += rows[back].goldstein_sum
        before = {polarity_of(total / count)} if count else set()
        if t > 0 and (kinds - before or (standing and kinds - standing)):
            found.append(year)
        standing = kinds if len(kinds) == 1 else standing
    return found


def _weight(penalty: float, eras: int, statements: int, confirmed: bool) -> float:
    """A change's cost in BIC penalties: ``penalty * (1 + a) / (1 + s)`` for ``a`` documents stating an era around
    it and ``s`` statements of a boundary there, less one default penalty when a turning-point act confirms the
    stated boundary (the act is the evidence of a change the scores need not give), never below zero."""
    confirmed = confirmed and statements > 0
    return max(0.0, penalty * (1 + eras) - (1.0 if confirmed else 0.0)) / (1 + statements)


def confirming_years(rows, support: Mapping[int, int]) -> list[int]:
    """The years whose turning-point acts :func:`detect` asks for: each first year with events from a stated
    boundary on (the boundary lies after the previous year with events, at most at that year)."""
    years = [int(row.bucket) for row in rows]
    return [year for before, year in zip(years, years[1:], strict=False)
            if any(before < stated <= year for stated in support)]


def polarity_of(mean: float) -> str:
    if mean >= POLARITY_THRESHOLD:
        return "cooperation"
    if mean <= -POLARITY_THRESHOLD:
        return "conflict"
    return "neutral"


def _overlap_share(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 and inter > 0 else (1.0 if a == b else 0.0)


def periods(store, actor_codes: list[str], penalty: float = DEFAULT_PENALTY, kinds: tuple[str, ...] = ("stated", "detected"),
            key_events: int = 3) -> list[Period]:
    """Detected and stated periods of a pair, by start year (the rules in the module docstring)."""
    from detente.timeline.index import pair_families, relations_index

    families = pair_families(actor_codes)
    rows = relations_index(store, actor_codes, by="year")
    first = int(rows[0].bucket) if rows else None
    last = int(rows[-1].bucket) if rows else None
    stated = stated_periods(store, families, first, last)
    result: list[Period] = []
    for period in stated:
        period.events, total = store.timeline_dyad_stats(*families, f"{period.start:04d}-01-01", f"{period.end:04d}-12-31")
        if period.events:
            period.mean_goldstein = round(total / period.events, 3)
            period.polarity = polarity_of(total / period.events)
        else:
            period.polarity = "neutral"
        period.key_events = _key_events(store, families, period.start, period.end, key_events)
    if "stated" in kinds:
        result.extend(stated)
    if "detected" in kinds:
        spans = [(p.start, p.end, len({source["doc"] for source in p.sources})) for p in stated]
        support = boundary_support(stated)
        acts: dict[int, dict[str, int]] = {}  # year -> its turning-point acts and summits, read once

        def acts_of(year: int) -> dict[str, int]:
            if year not in acts:
                acts[year] = turning_acts(store, families, year, year)
            return acts[year]

        found = detect(rows, penalty, support, stated_spans=spans, acts=acts_of)
        names = _labels([(start, end, level) for start, end, _, level in found], stated)
        means = [sum(row.goldstein_sum for row in chunk) / sum(row.events for row in chunk) for _, _, chunk, _ in found]
        for number, ((start, end, chunk, level), name) in enumerate(zip(found, names, strict=True)):
            count = sum(row.events for row in chunk)
            polarity = polarity_of(means[number])
            dominant = _dominant_class(chunk)
            first_year = int(chunk[0].bucket)
            opens_with = sorted({ACT_NAMES[code] for code in map(_act_of, acts_of(first_year)) if code})
            if not name:
                around = [polarity_of(means[other]) for other, (s2, e2, _, l2) in enumerate(found)
                          if l2 == level and (e2 == start or s2 == end) and other != number]
                name = _describe(polarity, dominant, opens_with, around)
            last_year = end - 1 if end > start and end != last else end  # the next period owns its first year
            result.append(Period(start, end, name, polarity, round(means[number], 3), "detected",
                                 count, _key_events(store, families, start, last_year, key_events), level=level,
                                 dominant=dominant, opens_with=opens_with))
    return sorted(result, key=lambda p: (p.start, p.end, p.kind, p.level, p.label))


QUAD_NAMES = {"quad1": "verbal cooperation", "quad2": "material cooperation", "quad3": "verbal conflict",
              "quad4": "material conflict", "neutral": "neutral acts"}


def boundary_support(stated: list[Period]) -> dict[int, int]:
    """Year -> how many statements put a period boundary there: each document's stated period (of two years or
    more) that begins or ends then counts once (a document that ends one period and begins the next at a year
    says it twice)."""
    support: dict[int, int] = {}
    for period in stated:
        if period.end - period.start >= 2:
            documents = len({source["doc"] for source in period.sources})
            for year in {period.start, period.end}:
                support[year] = support.get(year, 0) + documents
    return support


# Turning-point acts: the acts that change the standing of two states' relations, not its daily weather (CAMEO
# codes, each with the codes below it): granting diplomatic recognition (054), signing a formal agreement
# (057), military cooperation (062), a ceasefire (0871), reducing or breaking diplomatic relations (161), armed
# force (19, 20), and summits (visits and meetings, 042-044: CAMEO does not tell a leaders' summit from
# another visit, and a confirmed boundary needs a statement too). Historians date periods by such acts
# (recognition in 1933, the first armed clash, a leader's first visit).
SUMMITS = ("042", "043", "044")
TURNING_ACTS = ("054", "057", "062", "0871", "161", "19", "20", *SUMMITS)


# Acts that set the standing of relations until an act of the other kind: relations established, broken, or war.
STANDING_ACTS = ("054", "161", "19", "20")
# Which way each turning-point act turns relations
ACT_KINDS = {act: ("conflict" if act in ("161", "19", "20") else "cooperation") for act in TURNING_ACTS}

ACT_NAMES = {"054": "recognition", "057": "treaty", "062": "military cooperation", "0871": "ceasefire",
             "161": "broken relations", "19": "armed force", "20": "armed force", "042": "summit", "043": "summit",
             "044": "summit"}


def _act_of(code: str) -> str | None:
    """The listed act (a key of :data:`ACT_NAMES`) a CAMEO code falls under, if any."""
    return next((act for act in sorted(ACT_NAMES, key=len, reverse=True) if code.startswith(act)), None)


def turning_acts(store, families: tuple[str, str], start: int, end: int,
                 codes: Sequence[str] = TURNING_ACTS) -> dict[str, int]:
    """CAMEO code -> how many acts between the pair under ``codes`` (by default the turning-point acts) are dated
    within the years [start, end]."""
    return store.timeline_dyad_cameos(*families, f"{start:04d}-01-01", f"{end:04d}-12-31", codes)


def _dominant_class(chunk) -> str:
    counts = {name: sum(getattr(row, name) for row in chunk) for name in QUAD_NAMES}
    return QUAD_NAMES[max(sorted(counts), key=counts.get)]


def _describe(polarity: str, dominant: str, opens_with: Sequence[str] = (), around: Sequence[str] = ()) -> str:
    """A detected period's name when no stated period names it: by the act it opens with where that act and its
    polarity agree (``recognition``, ``armed conflict``, ``broken relations``), ``détente`` for a cooperative
    period opening with a treaty and a summit between two periods of conflict at its level, else its polarity
    and the quad class most of its events fall in."""
    if "recognition" in opens_with and polarity != "conflict":
        return "recognition"
    if polarity == "conflict":
        for act, name in (("armed force", "armed conflict"), ("broken relations", "broken relations")):
            if act in opens_with:
                return name
    if polarity == "cooperation" and {"treaty", "summit"} <= set(opens_with) and list(around) == ["conflict"] * 2:
        return "détente"
    word = {"cooperation": "cooperation", "conflict": "hostility"}.get(polarity, "mixed relations")
    return f"{word} ({dominant})"


def _key_events(store, families: tuple[str, str], start: int, end: int, limit: int) -> list[str]:
    """The events between the pair in the years [start, end] that most sources report, then the strongest scores."""
    return store.timeline_dyad_top(*families, f"{start:04d}-01-01", f"{end:04d}-12-31", limit)


def _labels(found: list[tuple[int, int, int]], stated: list[Period]) -> list[str | None]:
    """Names of detected (start, end, level) periods from the stated ones: the pairs that overlap best come first
    (a share of the union of their years of at least a half, then the most documents); a name goes to one of
    the periods that overlap (a period within one does not take its name), and a stated span longer than
    :data:`MAX_NAMED_YEARS` names none (a state's lifetime, not a period of its relations)."""
    candidates = []
    for number, (start, end, level) in enumerate(found):
        for period in stated:
            if period.end - period.start > MAX_NAMED_YEARS:
                continue
            share = _overlap_share((start, end), (period.start, period.end))
            if share >= 0.5:
                documents = len({source["doc"] for source in period.sources})
                candidates.append((-share, -documents, level, start, period.label, number))
    names: list[str | None] = [None] * len(found)
    for *_, label, number in sorted(candidates):
        start, end, _ = found[number]
        if names[number] is None and not any(
            other is not None and other.lower() == label.lower() and min(end, found[o][1]) > max(start, found[o][0])
            for o, other in enumerate(names)
        ):
            names[number] = label
    return names
