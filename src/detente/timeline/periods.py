"""Periods of a pair's relations: detected from the yearly index, and stated by the texts.

**Detected** periods come from change-point detection on the yearly series of the pair's timeline events:
PELT (Killick, Fearnhead & Eckley 2012), exact optimal partitioning with pruning, under a Gaussian
mean-shift cost: a segment costs the squared deviations of its events' Goldstein scores from the segment
mean, and each change costs ``penalty * variance * ln(events)`` (``variance`` of all the pair's scores;
default penalty 0.5, a larger one gives fewer, longer periods). A change at a year where a stated period
begins or ends costs a quarter of that (:data:`STATED_DISCOUNT`): the texts' own boundaries are evidence of a
change, though the scores must still move. A period runs from its first year with events (or the stated
boundary just before it) to the start of the next period; the last to its last year with events.

**Stated** periods are what the texts say, each kept with its sentence and document:
a heading that carries a year range ("Recognition and the uneasy 1930s (1933–1941)"), a name followed by
a range in running text ("the Korean War (1950–53)", "the Cold War, from about 1947 to 1991"), and
mentions of the named periods of ``periods.json`` ("the Cold War") with their usual bounds.

Labels: a detected period takes the name of the stated period it overlaps best (at least half of the
union of their years), else its polarity: ``cooperation`` when its mean Goldstein is at least 1,
``hostility`` at most -1, ``mixed relations`` between.
"""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, field

from detente.errors import ConfigError
from detente.model import content_id

DEFAULT_PENALTY = 0.5
POLARITY_THRESHOLD = 1.0
MAX_NAMED_YEARS = 60

_DASH = r"\s*(?:–|—|-|to|until|till)\s*"
_YEARS = r"(?P<a>1[5-9]\d\d|20\d\d)" + _DASH + r"(?P<b>1[5-9]\d\d|20\d\d|\d\d)(?!\d)"
_HEADING = re.compile(r"^(?P<label>[^\n.!?]{3,90}?)(?:\s*\(" + _YEARS + r"\)|,\s*" + _YEARS.replace("?P<a>", "?P<a2>").replace("?P<b>", "?P<b2>") + r")\s*$")
_NAME = r"(?P<label>(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){0,4}[A-Z][\w'’-]*)"
_INLINE = re.compile(_NAME + r"\s*\(" + _YEARS + r"\)")
_FROM = re.compile(_NAME + r",?\s+(?:which\s+lasted\s+|lasting\s+|that\s+ran\s+|running\s+)?from\s+(?:about\s+|around\s+|roughly\s+|c\.\s*)?"
                   + _YEARS.replace(_DASH, r"\s+(?:to|until|till)\s+(?:about\s+|around\s+)?"))


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
    for pattern, how in ((_INLINE, "inline"), (_FROM, "inline")):
        for match in pattern.finditer(text):
            line_start = text.rfind("\n", 0, match.start()) + 1
            line_end = text.find("\n", match.end())
            line_end = len(text) if line_end < 0 else line_end
            if _HEADING.match(text[line_start:line_end].strip()) and line_start != 0:
                continue  # already read as a heading
            years = _year_pair(match.group("a"), match.group("b"))
            if years and match.group("label").split()[-1][0].isupper():
                span = _sentence(text, match.start(), match.end())
                found.append(_stated(match.group("label"), years, how, text[span[0]:span[1]], span))
    # a name the text dates itself ("the Korean War (1950–53)") is kept as the text says it, not as a mere mention
    unique = {(p["span"], p["label"], p["start"], p["end"]): p for p in _named(text) + found}
    return sorted(unique.values(), key=lambda p: (p["span"][0], p["label"]))


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


def read_stated_periods(store) -> int:
    """Read the stated periods of every stored document not read yet; returns how many documents were read."""
    documents = store.documents_without_stated_periods()
    for doc_id, text in documents:
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
    """Start indexes of the segments minimizing total cost plus the penalty of each change (PELT, exact).

    The series is given per bucket as event counts, sums and sums of squares; a segment's cost is the
    sum of its events' squared deviations from its mean. A change before bucket ``t`` costs
    ``penalty * discounts[t]`` (1 when no discounts). Pruning drops a start ``i`` once
    ``F(i) + cost(i, j) > F(j)``, which is safe for this cost whatever the penalties. Returns [0, ...].
    """
    n = len(counts)
    weights = discounts or [1.0] * n
    cn, cs, cq = [0], [0.0], [0.0]
    for count, total, square in zip(counts, sums, squares, strict=True):
        cn.append(cn[-1] + count)
        cs.append(cs[-1] + total)
        cq.append(cq[-1] + square)

    def cost(i: int, j: int) -> float:  # buckets i..j-1
        events = cn[j] - cn[i]
        if events == 0:
            return 0.0
        total = cs[j] - cs[i]
        return max(0.0, (cq[j] - cq[i]) - total * total / events)

    best = [0.0] * (n + 1)
    last = [0] * (n + 1)
    candidates = [0]
    for j in range(1, n + 1):
        scored = [(best[i] + cost(i, j) + (penalty * weights[i] if i > 0 else 0.0), i) for i in candidates]
        value, start = min(scored)
        best[j], last[j] = value, start
        candidates = [i for i in candidates if best[i] + cost(i, j) <= value] + [j]
    starts = []
    j = n
    while j > 0:
        starts.append(last[j])
        j = last[j]
    return sorted(starts)


STATED_DISCOUNT = 0.25  # a change where a stated period begins or ends costs a quarter of a change


def detect(rows, penalty: float = DEFAULT_PENALTY, stated_years: set[int] | frozenset[int] = frozenset()
           ) -> list[tuple[int, int, list]]:
    """Segments of a yearly index (IndexRows with ``sum_squares``) as (first year, end year, rows).

    A change between two years with events costs ``penalty * variance * ln(events)``, times
    :data:`STATED_DISCOUNT` when a stated period begins or ends after the earlier year and by the later one.
    """
    if penalty < 0:
        raise ConfigError(f"--penalty {penalty}: must be zero or more (larger gives fewer periods)")
    if not rows:
        return []
    counts = [row.events for row in rows]
    sums = [row.goldstein_sum for row in rows]
    squares = [row.sum_squares for row in rows]
    events = sum(counts)
    mean = sum(sums) / events
    variance = max(sum(squares) / events - mean * mean, 1e-6)
    years = [int(row.bucket) for row in rows]
    discounts = [1.0] + [
        STATED_DISCOUNT if any(years[t - 1] < year <= years[t] for year in stated_years) else 1.0 for t in range(1, len(rows))
    ]
    starts = pelt(counts, sums, squares, penalty * variance * math.log(max(events, 2)), discounts)
    segments = []
    for number, begin in enumerate(starts):
        end_index = starts[number + 1] if number + 1 < len(starts) else len(rows)
        chunk = rows[begin:end_index]
        first_year = _stated_start(years[begin - 1] if begin else None, years[begin], stated_years)
        if number + 1 < len(starts):
            end_year = _stated_start(years[end_index - 1], years[end_index], stated_years)
        else:
            end_year = years[end_index - 1]
        segments.append((first_year, end_year, chunk))
    return segments


def _stated_start(before: int | None, year: int, stated_years) -> int:
    """Where a period that starts at ``year`` (after a quiet stretch from ``before``) begins: at a stated
    boundary inside the gap if there is one (the latest), else at its first year with events."""
    inside = [y for y in stated_years if (before is None or before < y) and y <= year and (before is not None or y >= year - 1)]
    return max(inside) if inside else year


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
        boundaries = {year for period in stated for year in (period.start, period.end) if period.end - period.start >= 2}
        for start, end, chunk in detect(rows, penalty, boundaries):
            count = sum(row.events for row in chunk)
            mean = sum(row.goldstein_sum for row in chunk) / count
            polarity = polarity_of(mean)
            label = _label_for((start, end), stated) or {"cooperation": "cooperation", "conflict": "hostility"}.get(polarity, "mixed relations")
            last_year = end - 1 if end > start and end != last else end  # the next period owns its first year
            result.append(Period(start, end, label, polarity, round(mean, 3), "detected", count,
                                 _key_events(store, families, start, last_year, key_events)))
    return sorted(result, key=lambda p: (p.start, p.end, p.kind, p.label))


def _key_events(store, families: tuple[str, str], start: int, end: int, limit: int) -> list[str]:
    """The events between the pair in the years [start, end] that most sources report, then the strongest scores."""
    return store.timeline_dyad_top(*families, f"{start:04d}-01-01", f"{end:04d}-12-31", limit)


def _label_for(span: tuple[int, int], stated: list[Period]) -> str | None:
    best, label = 0.5, None
    for period in stated:
        share = _overlap_share(span, (period.start, period.end))
        if share >= best:
            best, label = share, period.label
    return label
