"""The relations index of a pair of actors: per month, year or decade, from the merged timeline, by SQL.

The index counts the timeline events *between* the pair: one of them the source, the other the target
(an ordered index only one way). An event that merely names both (Japan attacks the United States, "an
ally of the USSR") says nothing of their relations and is left out. Each bucket holds the timeline events whose whole date interval lies inside it (a year-precision event counts
in its year and decade, not in a month; a range over several years in none of them), so each happening
counts once however many sources report it. Per bucket: events by quad class (1 verbal cooperation,
2 material cooperation, 3 verbal conflict, 4 material conflict, 0 neutral), the sum and mean Goldstein score,
and a *smoothed index*: the exponentially weighted mean Goldstein score of all events so far, each weighted
by ``0.5 ** (age / halflife)`` with age in buckets, so quiet stretches keep the last level and fade slowly.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from detente.errors import ConfigError
from detente.timeline.families import family

WIDTHS = {"month": 7, "year": 4, "decade": 3}
DEFAULT_HALFLIFE = {"month": 12.0, "year": 2.0, "decade": 1.0}


@dataclass
class IndexRow:
    bucket: str  # "1933-11", "1933", "1930s"
    start: str  # first ISO day of the bucket
    events: int
    quad1: int
    quad2: int
    quad3: int
    quad4: int
    neutral: int
    goldstein_sum: float
    goldstein_mean: float
    smoothed: float
    sum_squares: float = 0.0

    def to_dict(self) -> dict:
        record = asdict(self)
        del record["sum_squares"]
        return record


def pair_families(actor_codes: list[str]) -> tuple[str, str]:
    """The two actor families of a pair given as codes (``["USA", "SUN"]``)."""
    if len(actor_codes) != 2:
        raise ConfigError(f"--actors needs exactly two actors (got {len(actor_codes)}), e.g. --actors USA,USSR")
    first, second = family(actor_codes[0]), family(actor_codes[1])
    if first == second:
        raise ConfigError(f"{actor_codes[0]} and {actor_codes[1]} are one state under two names; name two different actors")
    return first, second


def bucket_ordinal(bucket: str, by: str) -> int:
    """A bucket's position on a line of buckets of its width (months count in months)."""
    if by == "month":
        return int(bucket[:4]) * 12 + int(bucket[5:7]) - 1
    return int(bucket)


def relations_index(store, actor_codes: list[str], by: str = "year", ordered: bool = False,
                    halflife: float | None = None) -> list[IndexRow]:
    """The index of a pair, bucket by bucket in date order (buckets with no event are left out).

    Args:
        actor_codes: two actor codes; ``ordered`` counts only what the first does to the second.
        by: ``month``, ``year`` or ``decade``.
        halflife: of the smoothed index, in buckets (default 12 months, 2 years, 1 decade).
    """
    if by not in WIDTHS:
        raise ConfigError(f"--by {by!r}: choose month, year or decade")
    if halflife is not None and halflife <= 0:
        raise ConfigError(f"--halflife {halflife}: must be a positive number of {by}s")
    from detente.timeline.merge import sync

    sync(store)
    first, second = pair_families(actor_codes)
    rows = store.timeline_index(first, second, WIDTHS[by], ordered)
    return build_rows(rows, by, halflife or DEFAULT_HALFLIFE[by])


def build_rows(rows: list[tuple], by: str, halflife: float) -> list[IndexRow]:
    """Index rows from (bucket, quad, count, sum[, sum of squares]) SQL rows sorted by bucket."""
    buckets: dict[str, IndexRow] = {}
    for row in rows:
        bucket, quad, count, total = row[:4]
        squares = row[4] if len(row) > 4 else 0.0
        entry = buckets.get(bucket)
        if entry is None:
            entry = buckets[bucket] = IndexRow(_label(bucket, by), _start(bucket, by), 0, 0, 0, 0, 0, 0, 0.0, 0.0, 0.0)
        entry.events += count
        entry.goldstein_sum += total
        entry.sum_squares += squares or 0.0
        name = {1: "quad1", 2: "quad2", 3: "quad3", 4: "quad4"}.get(int(quad), "neutral")
        setattr(entry, name, getattr(entry, name) + count)
    numerator = denominator = 0.0
    previous = None
    result = []
    for bucket in sorted(buckets):
        entry = buckets[bucket]
        position = bucket_ordinal(bucket, by)
        if previous is not None:
            decay = 0.5 ** ((position - previous) / halflife)
            numerator *= decay
            denominator *= decay
        numerator += entry.goldstein_sum
        denominator += entry.events
        previous = position
        entry.goldstein_sum = round(entry.goldstein_sum, 3)
        entry.goldstein_mean = round(entry.goldstein_sum / entry.events, 3) if entry.events else 0.0
        entry.smoothed = round(numerator / denominator, 3) if denominator else 0.0
        result.append(entry)
    return result


def _label(bucket: str, by: str) -> str:
    return f"{bucket}0s" if by == "decade" else bucket


def _start(bucket: str, by: str) -> str:
    if by == "decade":
        return f"{bucket}0-01-01"
    if by == "year":
        return f"{bucket}-01-01"
    return f"{bucket}-01"
