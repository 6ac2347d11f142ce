"""Actors: find state, organization, person and group mentions and resolve each to the entity valid at its date.

Public contract (the pipeline and the CLI rely on it):

    find_mentions(text, *, when=None) -> list[Mention]
    entity(code) -> dict | None
    lookup(code_or_name, when=None) -> dict | None
    mention_record(mention) -> dict

``when(position)`` gives the (begin, until) ISO interval the sentence at ``position`` is about, or None.
A name shared by successive entities ("Russia", "China", "Germany", "Moscow") resolves to the one valid
for most of that interval; undated, to the modern one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import cache

from detente.actors import gazetteer
from detente.actors.gazetteer import entity, lookup
from detente.actors.matcher import REFERENCE, STOP, Form, Hit, scan
from detente.model import Mention

__all__ = ["find_mentions", "entity", "lookup", "mention_record"]

When = Callable[[int], "tuple[str, str] | None"]

# Preference when one spelling is several kinds of form of the same entity ("U.S." is a name and an adjective).
_VIA_RANK = {"name": 0, "group": 1, "leader": 2, "institution": 3, "capital": 4, "place": 5, "adjective": 6}
_FUNCTION_WORDS = frozenset(
    "and or but the of to in on at by for with from as a an is was were are be".split()
)


@cache
def _sector_pattern() -> re.Pattern[str]:
    """After a state adjective: up to two lower-case modifiers, then a sector noun ("leftist intellectuals")."""
    nouns = sorted(gazetteer.data()["sectors"], key=len, reverse=True)
    # The noun may start with a capital ("the Indian President"); modifiers stay lower-case.
    alternatives = "|".join(f"[{n[0]}{n[0].upper()}]{re.escape(n[1:])}" for n in nouns)
    return re.compile(r"((?:[ \t]+[a-z][a-z-]*){0,2}?)[ \t]+(" + alternatives + r")\b")


# Salience of the states in focus: every new mention fades the older ones, so "the two nations" means the
# pair the text has been talking about, not merely the last two names (a passing "Germany's defeat").
_DECAY = 0.85
_WEIGHT = {
    "name": 1.0,
    "leader": 1.0,
    "capital": 1.0,
    "adjective": 0.8,
    "group": 0.8,
    "institution": 0.8,
    "place": 0.5,
}
_PAIR_BONUS = 0.5  # "India and Pakistan", "Soviet Union – United States": a pair named together
_JOINED = re.compile(r"\s*(?:and|&|–|—|-|/|,|versus|vs\.?)\s*(?:the\s+)?", re.I)


# A seat or place right before one of these names an agreement or a meeting, not the state.
_NAMES_A_DOCUMENT = re.compile(
    r"[ \t]+(?:(?i:declaration|agreements?|accords?|treaty|conference|summit|pact|communiqu[eé]|protocol|charter"
    r"|convention|olympics|games)|Resolution|Talks|Peace|Process|Consensus|Doctrine|Plan|Statement|Formula)\b"
)


class _Focus:
    """States in focus with a salience that fades as the text moves on."""

    def __init__(self) -> None:
        self.score: dict[str, float] = {}
        self.last: tuple[str, int] | None = None  # (code, end) of the latest state mention

    def note(self, text: str, mention: Mention) -> None:
        codes = _states_in_focus(mention)
        if not codes:
            return
        for code in self.score:
            self.score[code] *= _DECAY
        weight = _WEIGHT.get(mention.via, 1.0)
        for code in codes:
            self.score[code] = self.score.get(code, 0.0) + weight
        if self.last is not None and self.last[0] not in codes and len(codes) == 1:
            gap = text[self.last[1] : mention.start]
            if len(gap) <= 12 and _JOINED.fullmatch(gap):
                self.score[self.last[0]] += _PAIR_BONUS
                self.score[codes[0]] += _PAIR_BONUS
        self.last = (codes[-1], mention.end)

    def pair(self) -> tuple[str, ...]:
        ranked = sorted(self.score.items(), key=lambda item: -item[1])
        return tuple(code for code, _ in ranked[:2])


def find_mentions(text: str, *, when: When | None = None) -> list[Mention]:
    """Every actor mention in ``text``, resolved in time, sorted by start."""
    mentions: list[Mention] = []
    focus = _Focus()
    hits = [hit for hit in scan(text) if not any(form.via == STOP for form in hit.forms)]
    era: tuple[str, str] | None | bool = False  # computed on the first undated hit
    for hit in hits:
        interval = when(hit.start) if when is not None else None
        if interval is None:
            if era is False:
                era = _era(hits)
            interval = era or None
        days = gazetteer.interval_days(interval)
        date = interval[0] if interval else None
        if hit.forms[0].via == REFERENCE:
            mentions.append(
                Mention(
                    hit.start,
                    hit.end,
                    text[hit.start : hit.end],
                    "REF",
                    "group",
                    date=date,
                    via="reference",
                    members=focus.pair(),
                )
            )
            continue
        mention = _resolve(text, hit, days, date)
        if mention is None:
            continue
        if mention.via in ("capital", "place") and _NAMES_A_DOCUMENT.match(text, mention.end):
            continue  # "the Tashkent Declaration", "the Shanghai Communique": a title, not an actor
        mentions.append(mention)
        focus.note(text, mention)
    return mentions


def _era(hits: list[Hit]) -> tuple[str, str] | None:
    """The time an undated text is about, from the names that only fit one era.

    Each spelling that points at a single person (a tenure) or a single state that no longer exists, or
    that is used only in an interval ("Bonn"), gives a span; the era is where most spans overlap. A text
    naming Reagan, Gromyko and Ogarkov is about 1982-1984, so its "Moscow" is the Soviet capital.
    """
    records = gazetteer.entities()
    edges: list[tuple[int, int]] = []
    for hit in hits:
        targets = {form.target for form in hit.forms if form.target is not None}
        if len(targets) != 1:
            continue
        form = next(form for form in hit.forms if form.target is not None)
        record = records[form.target]  # type: ignore[index]
        if form.span is not None:
            span = form.span
        elif record["kind"] == "person" or (record["kind"] == "state" and record.get("valid_to")):
            span = gazetteer.validity(record)
        else:
            continue
        edges.append((span[0], 1))
        edges.append((span[1] + 1, -1))
    if not edges:
        return None
    edges.sort()
    depth = best = 0
    start = stop = None
    for index, (day, step) in enumerate(edges):
        depth += step
        if depth > best and index + 1 < len(edges):
            best, start, stop = depth, day, edges[index + 1][0] - 1
    if start is None or stop is None or stop < start:
        return None
    return _iso(start), _iso(min(stop, gazetteer.OPEN_END))


def _iso(day: int) -> str:
    return dt.date.fromordinal(day).isoformat()


def _resolve(text: str, hit: Hit, days: tuple[int, int] | None, date: str | None) -> Mention | None:
    forms = [form for form in hit.forms if form.target is not None]
    if not forms:
        return None
    target = gazetteer.resolve_forms([(form.target, form.span) for form in forms], days)  # type: ignore[misc]
    if target is None:
        return None  # "Bonn" in 1930, "Saigon" in 1990: the spelling names no state at that date
    via = min((form.via for form in forms if form.target == target), key=lambda v: _VIA_RANK.get(v, 9))
    record = gazetteer.entities()[target]
    found = text[hit.start : hit.end]
    kind = record["kind"]
    if kind == "institution":
        state = gazetteer.entities()[gazetteer.resolve_ids(record["states"], days)]
        return Mention(
            hit.start,
            hit.end,
            found,
            state["code"] + record["sector"],
            "group",
            state=state["code"],
            role=record["role"],
            date=date,
            via="institution",
        )
    if kind == "place":
        state = gazetteer.entities()[gazetteer.resolve_ids(record["states"], days)]
        return Mention(
            hit.start, hit.end, found, state["code"], "state", qid=state["qid"], date=date, via="place"
        )
    if kind == "person":
        span = gazetteer.validity(record)
        office = gazetteer.office_at(record, days)
        state = gazetteer.state_for(office["states"], days, fallback=span)
        return Mention(
            hit.start,
            hit.end,
            found,
            record["code"],
            "person",
            qid=record["qid"],
            state=state,
            role=office["role"],
            date=date,
            via="leader",
        )
    if kind == "group":
        return Mention(
            hit.start,
            hit.end,
            found,
            record["code"],
            "group",
            qid=record["qid"],
            date=date,
            via="group",
            members=gazetteer.members_at(record, days),
        )
    if kind == "organization":
        return Mention(
            hit.start,
            hit.end,
            found,
            record["code"],
            "organization",
            qid=record["qid"],
            date=date,
            via="name",
            members=gazetteer.members_at(record, days),
        )
    if via == "adjective":
        group = _sector_group(text, hit, record, date)
        if group is not None:
            return group
    return Mention(hit.start, hit.end, found, record["code"], "state", qid=record["qid"], date=date, via=via)


def _sector_group(text: str, hit: Hit, record: dict, date: str | None) -> Mention | None:
    """ "American leftist intellectuals": a non-state group of the state, with its sector."""
    match = _sector_pattern().match(text, hit.end, min(len(text), hit.end + 60))
    if match is None:
        return None
    if any(word in _FUNCTION_WORDS for word in match.group(1).split()):
        return None
    noun = match.group(2)
    sector = gazetteer.data()["sectors"][noun[0].lower() + noun[1:]]
    end = match.end(2)
    return Mention(
        hit.start,
        end,
        text[hit.start : end],
        record["code"] + sector["code"],
        "group",
        qid=None,
        state=record["code"],
        role=sector["role"],
        date=date,
        via="adjective",
    )


def _states_in_focus(mention: Mention) -> tuple[str, ...]:
    if mention.kind == "state":
        return (mention.entity,)
    if mention.kind in ("person", "group") and mention.state:
        return (mention.state,)
    return ()


def mention_record(mention: Mention) -> dict:
    """A mention as a plain dict for JSON lines and tables."""
    return {
        "span": [mention.start, mention.end],
        "text": mention.text,
        "entity": mention.entity,
        "qid": mention.qid,
        "kind": mention.kind,
        "state": mention.state,
        "role": mention.role,
        "date": mention.date,
        "via": mention.via,
        "members": list(mention.members),
    }


# Re-exported for callers that want the typed form records.
_ = Form
