"""The actor gazetteer: entity records, the names that point at them, and resolution in time.

Every entity has an ``id`` (its key, unique) and a ``code`` (the code events are written with).  They are
equal except for the regimes of one state that share a state code: the German Empire, the Weimar Republic
and Nazi Germany are three entities (own QID, own validity) written with the Correlates of War code GMY.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import cache, lru_cache

from detente.resources import load_json

# An open end of validity counts as "today" for overlap arithmetic; a fixed day keeps results reproducible.
OPEN_END = dt.date(2100, 1, 1).toordinal()
OPEN_START = dt.date(1, 1, 1).toordinal()
# Days before a restricted form's first day in which it already names its entity (a state being proclaimed).
_EMERGING = 183


@cache
def data() -> dict:
    return load_json("actors.json")


def entities() -> dict[str, dict]:
    return data()["entities"]


@cache
def _by_code() -> dict[str, list[str]]:
    """Event code -> ids of the entities written with it (several for GMY's regimes)."""
    index: dict[str, list[str]] = {}
    for ident, record in entities().items():
        index.setdefault(record["code"].upper(), []).append(ident)
        index.setdefault(ident.upper(), [])
        if ident not in index[ident.upper()]:
            index[ident.upper()].append(ident)
    # Other systems' codes (USR, GMW, PRC) only where no entity of ours is written with them.
    for ident, record in entities().items():
        for code in record.get("other_codes", []):
            ids = index.setdefault(code.upper(), [])
            if not ids:
                ids.append(ident)
    return index


@cache
def _by_name() -> dict[str, list[str]]:
    """Lower-cased name, adjective or capital -> entity ids."""
    index: dict[str, list[str]] = {}
    for form, ident, *_rest in data()["forms"]:
        ids = index.setdefault(form.lower(), [])
        if ident not in ids:
            ids.append(ident)
    for ident, record in entities().items():
        ids = index.setdefault(record["name"].lower(), [])
        if ident not in ids:
            ids.append(ident)
    return index


def ids_named(name: str) -> list[str]:
    """The ids of the entities with this name, adjective or capital (any case)."""
    return _by_name().get(name.lower(), [])


# Letters with a stroke, which Unicode does not decompose into a base letter and an accent.
_STROKES = str.maketrans("øłđħı", "oldhi")
_NOT_WORD = re.compile(r"[\W_]+")


def folded(name: str) -> str:
    """A name as a person may type it: lower case, accents off, punctuation and spacing aside ("Houphouët-Boigny",
    "houphouet boigny" and "Houphouet Boigny" are one key)."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_STROKES)
    return " ".join(_NOT_WORD.sub(" ", bare).split())


@cache
def _by_folded_name() -> dict[str, list[str]]:
    """Folded name (see ``folded``) -> entity ids, a leading "the" dropped: the lookup of a name typed loosely."""
    index: dict[str, list[str]] = {}
    for name, ids in _by_name().items():
        key = folded(name)
        key = key[4:] if key.startswith("the ") else key
        known = index.setdefault(key, [])
        known.extend(ident for ident in ids if ident not in known)
    return index


@cache
def ordinal(value: str | None, end: bool = False) -> int | None:
    """Day number of an ISO day, month or year (its last day when ``end``); None when unreadable."""
    if not value:
        return None
    text = value.strip()
    negative = text.startswith("-")
    parts = text.lstrip("-+").split("T")[0].split("-")
    try:
        year = int(parts[0])
        if negative or year < 1:
            return OPEN_START
        month = int(parts[1]) if len(parts) > 1 else (12 if end else 1)
        if len(parts) > 2:
            return dt.date(year, month, int(parts[2][:2])).toordinal()
        if end:
            following = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
            return following.toordinal() - 1
        return dt.date(year, month, 1).toordinal()
    except (ValueError, IndexError):
        return None


def validity(record: dict) -> tuple[int, int]:
    return _validity_of(record["id"]) if record.get("id") in entities() else _span_of(record)


@cache
def _validity_of(ident: str) -> tuple[int, int]:
    return _span_of(entities()[ident])


def _span_of(record: dict) -> tuple[int, int]:
    start = ordinal(record.get("valid_from")) or OPEN_START
    stop = ordinal(record.get("valid_to"), end=True) or OPEN_END
    return start, stop


@lru_cache(maxsize=4096)
def interval_days(interval: tuple[str, str] | None) -> tuple[int, int] | None:
    if not interval:
        return None
    begin, until = interval
    first = ordinal(begin)
    last = ordinal(until, end=True) if until else first
    if first is None and last is None:
        return None
    first = first if first is not None else last
    last = last if last is not None else first
    return (first, last) if first <= last else (last, first)


def best_in_time(spans: list[tuple[int, int]], days: tuple[int, int] | None) -> int:
    """Index of the span valid for most of ``days``; the nearest when none overlaps; the latest when undated."""
    if not spans:
        raise ValueError("no candidates")
    if days is None:
        # Undated: the entity valid at the latest date the name is used, i.e. the modern one.
        return max(range(len(spans)), key=lambda i: (spans[i][1], spans[i][0]))
    first, last = days

    def score(index: int) -> tuple[int, int, int]:
        start, stop = spans[index]
        overlap = min(stop, last) - max(start, first) + 1
        gap = 0 if overlap > 0 else (start - last if start > last else first - stop)
        return (max(overlap, 0), -gap, start)

    return max(range(len(spans)), key=score)


def resolve_ids(ids: list[str], days: tuple[int, int] | None) -> str:
    """Pick, among entities sharing a name, the one the interval ``days`` is about."""
    if len(ids) == 1:
        return ids[0]
    return ids[best_in_time([_validity_of(ident) for ident in ids], days)]


def form_span(start: str | None, stop: str | None) -> tuple[int, int] | None:
    """The days a restricted form is used in; None for a form used whenever its entity is meant."""
    if start is None and stop is None:
        return None
    return ordinal(start) or OPEN_START, ordinal(stop, end=True) or OPEN_END


def resolve_forms(
    candidates: list[tuple[str, tuple[int, int] | None]], days: tuple[int, int] | None, emerging: bool = True
) -> str | None:
    """Among (entity id, restriction) candidates for one spelling, the entity meant at ``days``.

    A restricted form ("Bonn" 1949-1990, "Texas" 1836-1845) only counts inside its interval; when every
    candidate is restricted and none covers the date, the spelling names no actor and None is returned.
    With ``emerging`` false (a place's holders) a holder still to come does not stand in: the gap is meant.
    """
    if days is not None:
        covering = [
            (ident, span)
            for ident, span in candidates
            if span is None or (span[0] <= days[1] and days[0] <= span[1])
        ]
        if not covering and emerging:
            # A seat named in the months before its state's proclamation stands for the state in the making
            # ("Pyongyang" in August 1948, "Bonn" in the spring of 1949); never after the state is gone.
            covering = [(ident, span) for ident, span in candidates if 0 < span[0] - days[1] <= _EMERGING]  # type: ignore[index]
        if not covering:
            return None
        candidates = covering
    ids: list[str] = []
    spans: list[tuple[int, int]] = []
    restricted: list[bool] = []
    for ident, span in candidates:
        if ident in ids:
            continue
        ids.append(ident)
        own = _validity_of(ident)
        spans.append((max(own[0], span[0]), min(own[1], span[1])) if span else own)
        restricted.append(span is not None)
    if len(ids) == 1:
        return ids[0]
    if days is not None and days[1] - days[0] >= _A_YEAR:
        born = _born_within(spans, restricted, days)
        if born is not None:
            return ids[born]
    return ids[best_in_time(spans, days)]


_A_YEAR = 364  # days - 1 of a year-only date: the shortest interval too coarse to say which side of a birth it means


def _born_within(spans: list[tuple[int, int]], restricted: list[bool], days: tuple[int, int]) -> int | None:
    """The state whose own name is used, born inside a year-only (or coarser) date, when every other candidate is a
    place form of its old holder that ends before the birth ("Rhodesia" in 1965: the state of UDI, not the British
    colony; "Ukraine" in 1991): a text naming the new state in its birth year tells of the state; else None."""
    born = [i for i in range(len(spans)) if not restricted[i] and days[0] < spans[i][0] <= days[1]]
    if len(born) != 1:
        return None
    birth = spans[born[0]][0]
    if all(i == born[0] or restricted[i] and spans[i][1] < birth for i in range(len(spans))):
        return born[0]
    return None


def office_at(person: dict, days: tuple[int, int] | None) -> dict:
    offices = person["offices"]
    spans = [(ordinal(o["from"]) or OPEN_START, ordinal(o["to"], end=True) or OPEN_END) for o in offices]
    return offices[best_in_time(spans, days)]


def sector_at(record: dict, days: tuple[int, int] | None) -> dict | None:
    """The period of a movement's sector at ``days`` (the Sandinistas are rebels before July 1979, the
    government after); None for an organization without sectors."""
    periods = record.get("sectors")
    if not periods:
        return None
    spans = [(ordinal(p["from"]) or OPEN_START, ordinal(p["to"], end=True) or OPEN_END) for p in periods]
    return periods[best_in_time(spans, days)]


def state_for(
    lineage: list[str], days: tuple[int, int] | None, fallback: tuple[int, int] | None = None
) -> str:
    """The event code of the state in ``lineage`` valid at ``days`` (else at ``fallback``, the tenure)."""
    chosen = resolve_ids(lineage, days if days is not None else fallback)
    return entities()[chosen]["code"]


def members_at(record: dict, days: tuple[int, int] | None = None) -> tuple[str, ...]:
    """Codes of the members of a bloc or organization at ``days``: those that existed and belonged then."""
    records = entities()
    spans = record.get("member_spans", {})
    codes = []
    for member in record.get("members", []):
        if member not in records:
            continue
        if days is not None:
            own = validity(records[member])
            joined = form_span(*spans[member]) if member in spans else None
            if not _overlaps(own, days) or (joined is not None and not _overlaps(joined, days)):
                continue
        codes.append(records[member]["code"])
    return tuple(dict.fromkeys(codes))


@cache
def _communist_periods() -> dict[str, tuple[tuple[int, int], ...]]:
    return {
        code: tuple((ordinal(start) or OPEN_START, ordinal(stop, end=True) or OPEN_END) for start, stop in periods)
        for code, periods in data().get("communist", {}).items()
    }


def communist(code: str, days: tuple[int, int]) -> bool:
    """Whether the state written ``code`` was ruled by a communist party during part of ``days`` (regimes.txt)."""
    return any(_overlaps(period, days) for period in _communist_periods().get(code, ()))


def exists_at(code: str, days: tuple[int, int]) -> bool:
    """Whether an entity written with ``code`` (any regime of a shared code) exists during part of ``days``; an unknown
    code counts as existing."""
    ids = _by_code().get(code.upper())
    return not ids or any(_overlaps(_validity_of(ident), days) for ident in ids)


def _overlaps(span: tuple[int, int], days: tuple[int, int]) -> bool:
    return span[0] <= days[1] and days[0] <= span[1]


@lru_cache(maxsize=4096)
def continuing(code: str, days: tuple[int, int] | None) -> str:
    """The code of the state continuing ``code`` at ``days`` (same Correlates of War number): a text that
    spoke of the Soviet Union and says "the two governments" in 2000 means the Russian Federation."""
    ids = _by_code().get(code.upper())
    if not ids or days is None:
        return code
    records = entities()
    if any(_overlaps(_validity_of(ident), days) for ident in ids):
        return code
    cow = records[ids[0]].get("cow")
    if cow is None or records[ids[0]]["kind"] != "state":
        return code
    family = [
        ident for ident, record in records.items() if record["kind"] == "state" and record.get("cow") == cow
    ]
    return records[resolve_ids(family, days)]["code"]


@cache
def context(ident: str) -> frozenset[str]:
    """Codes of the states within two steps of ``ident``'s lineage (the Nationalists' context: ROC, TWN, CHN)."""
    records = entities()
    own = records.get(ident, {})
    # an institution's or a movement's states stand in its lineage ("the Republican Guard" near "Iraq")
    near = {ident, *own.get("states", []), *(s for p in own.get("sectors", []) for s in p["states"])}
    for _ in range(2):
        for member in list(near):
            record = records.get(member, {})
            near.update(record.get("predecessors", []) + record.get("successors", []))
    return frozenset(records[member]["code"] for member in near if member in records)


def entity(code: str) -> dict | None:
    """The record of an entity by id or event code (for a shared code, the latest regime); None if unknown."""
    if not code:
        return None
    ids = _by_code().get(code.strip().upper())
    if not ids:
        return None
    exact = [ident for ident in ids if ident.upper() == code.strip().upper()]
    chosen = exact[0] if exact else resolve_ids(ids, None)
    return dict(entities()[chosen])


def lookup(code_or_name: str, when: str | None = None) -> dict | None:
    """An entity by id, code or any of its names; a name shared by several is resolved at ``when``."""
    if not code_or_name:
        return None
    days = interval_days((when, when)) if when else None
    key = code_or_name.strip()
    ids = _by_code().get(key.upper())
    if not ids:
        ids = _by_name().get(key.lower()) or _by_name().get("the " + key.lower())
    if not ids:  # accents, hyphens and spacing as typed ("Sekou Toure", "Chou En lai", "Houphouet-Boigny")
        loose = folded(key)
        ids = _by_folded_name().get(loose[4:] if loose.startswith("the ") else loose)
    if not ids:
        return None
    return dict(entities()[resolve_ids(ids, days)])
