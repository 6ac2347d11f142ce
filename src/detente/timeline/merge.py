"""Merging: the events several documents report about one happening become one timeline event.

Two stored events are *the same happening* (:func:`same_happening`) when

- their actor families match: the same set, or one set inside the other sharing at least two families
  (a source that also names Britain still reports the US–Soviet summit);
- their dates are compatible: the intervals overlap, or lie within :data:`NEAR_DAYS` of each other
  (a source that dates the happening a year off: merged, and flagged as a disagreement); precise dates
  within :data:`CLOSE_DAYS` are held to the rule for overlapping ones;
- their types are related: the same CAMEO code, the same PLOVER type, the same CAMEO root or quad class;
- their evidence is similar: the share of content words the shorter sentence has in common with the other
  (:func:`similarity`; the names of the actors both involve do not count, a third party's do); the looser
  the date and type agree, the more words they must share; a capitalized name both sentences give (a
  place, a treaty: "Potsdam") is enough when the dates overlap;
- or they are two readings of one sentence with the same parties and the same date (one source that the
  coder read two ways: one happening, its types a disagreement); other readings of one sentence, and
  events of different sentences of one document, are apart.

A timeline event is a group of events linked by that relation (:func:`components`: links closest dates
first; none that would make one document date the group twice, none that would stretch the group's dates
further apart than :data:`NEAR_DAYS`). Links are taken in an order that depends
on each pair alone, and a timeline event's id is a hash of its sorted member ids, so the same corpus built
in any order, at once or in batches, gives the same timeline. ``update`` recomputes only what a batch of
new events touches: the closure of the new events under the relation, with the current timeline events
of every event reached.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import date as Date
from functools import cache
from itertools import combinations

from detente.actors import gazetteer
from detente.model import Event, content_id
from detente.timeline import conflicts
from detente.timeline.families import codes, families_of, family

NEAR_DAYS = 400  # dates further apart than this are never the same happening
CLOSE_DAYS = 7  # precise dates this close read as the same moment told from two time zones or two days' news
# an event spanning more than this (a decade-long "arms race") is looked for among its neighbours by its start
# only: bounding the search keeps a merge's cost to the events near its dates, whatever the store's size
WIDEST_DAYS = 366 * 12

_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_STOP = frozenset("""
about above after again against also although among and another any are around away back because been before began
begin being between both but came can could did does down during each early earlier either end ended first for from
further had has have having her here him his how however into its itself just last late later like made make many
more most much must near new next nor not now off once one only onto other our out over own same several she should
since some soon still such than that the their them then there these they this those though three through thus time
today tonight too toward towards two under until upon very was were what when where which while who whom whose why
will with within without would year years yesterday january february march april may june july august september
october november december spring summer autumn fall winter mid day days week weeks month months decade decades century
mr mrs president leader leaders government governments officials official said says say told people nation nations
""".split())


_SUFFIXES = ("ations", "ation", "ings", "ing", "ions", "ion", "ments", "ment", "ed", "s")


def stem(word: str) -> str:
    """A crude stem: without a common suffix, the first five letters ("landed", "landing" -> "land";
    "recognized", "recognition" -> "recog")."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:5]


@cache
def _actor_words(code: str) -> frozenset[str]:
    """Stems of an actor's names, adjectives and capitals: shared by every event of a pair, so no evidence of sameness."""
    record = gazetteer.entity(code) or {}
    words: set[str] = set()
    for key in ("names", "adjectives", "capitals"):
        for name in record.get(key) or ():
            words.update(stem(word) for word in _WORD.findall(name.lower()))
    return frozenset(words)


@cache
def _lemmas() -> dict[str, str]:
    """Inflected verb forms -> their base, from the event lexicon's inflection sets ("met" -> "meet")."""
    from detente.resources import load_json

    found: dict[str, str] = {}
    for entry in load_json("lexicon_en.json"):
        for slot in entry.get("pattern") or ():
            forms = slot.get("any") or ()
            if len(forms) >= 3 and len({form[:2] for form in forms}) == 1:  # one verb's forms, not a list of synonyms
                for form in forms:
                    found.setdefault(form, forms[0])
    return found


@cache
def _person_words() -> frozenset[str]:
    """Stems of the gazetteer's people: a leader's name stands for a state, not for what happened."""
    words: set[str] = set()
    for record in gazetteer.entities().values():
        if record.get("kind") == "person":
            for name in record.get("names") or ():
                words.update(stem(word) for word in _WORD.findall(name.lower()) if word not in _STOP)
    return frozenset(words)


def content_words(event: Event) -> frozenset[str]:
    """Stemmed content words of the evidence (verbs at their base form), without stop words and people's names."""
    lemmas = _lemmas()
    words = {stem(lemmas.get(word, word)) for word in _WORD.findall(event.evidence.lower()) if word not in _STOP}
    return frozenset(words - _person_words())


_NAME_WORD = re.compile(r"(?<=[\w,;:()'’] )[A-Z][^\W\d_]{2,}")


def name_words(event: Event) -> frozenset[str]:
    """Stems of the capitalized words inside the sentence (not its first word): places, treaties, operations."""
    words = {stem(word.lower()) for word in _NAME_WORD.findall(event.evidence) if word.lower() not in _STOP}
    return frozenset(words - _person_words())


def _shared_actor_words(a: _Item, b: _Item) -> frozenset[str]:
    """Names of the actors of the families both events share: every event of the pair has them."""
    return _actor_words_of(tuple(sorted({*a.event.actors, *b.event.actors})), a.families & b.families)


@cache
def _actor_words_of(actors: tuple[str, ...], shared: frozenset[str]) -> frozenset[str]:
    words: set[str] = set()
    for actor in actors:
        if family(actor) in shared:
            words |= _actor_words(actor)
    return frozenset(words)


def similarity(first: frozenset[str], second: frozenset[str]) -> float:
    """Overlap coefficient: shared words over the smaller set's size (0 when either is empty)."""
    if not first or not second:
        return 0.0
    return len(first & second) / min(len(first), len(second))


def _days(iso: str) -> int:
    year, month, day = (int(part) for part in iso.split("-"))
    return Date(year, month, day).toordinal()


class _Item:
    """An event with what merging compares, computed once."""

    __slots__ = ("event", "families", "interval", "days", "words", "names", "single_day", "keys")

    def __init__(self, event: Event, interval: tuple[str, str] | None):
        self.event = event
        self.families = frozenset(families_of(event.actors) or ([event.source] if event.source else []))
        self.interval = interval
        self.days = (_days(interval[0]), _days(interval[1])) if interval else None  # ordinals, computed once
        self.words = content_words(event)
        self.names = name_words(event)
        self.single_day = interval is not None and interval[0] == interval[1]
        # words that can tell this happening from others of its actors: what two events must share to be compared
        own = _actor_words_of(tuple(sorted(set(event.actors))), self.families)
        self.keys = (self.words | self.names) - own


def same_happening(a: _Item, b: _Item) -> bool:
    """Whether two events report one happening (the rule in the module docstring)."""
    if a.interval is None or b.interval is None:
        return False
    ea, eb = a.event, b.event
    if ea.doc_id == eb.doc_id:
        # one sentence read two ways is one happening if same parties and date; two sentences of one document
        # are two happenings (the coder already joined a document's retellings of one act)
        return ea.span == eb.span and a.families == b.families and a.interval == b.interval
    if a.families != b.families:
        if not (a.families < b.families or b.families < a.families) or len(a.families & b.families) < 2:
            return False
    gap = max(0, b.days[0] - a.days[1], a.days[0] - b.days[1])
    if gap > NEAR_DAYS or abs(a.days[0] - b.days[0]) > NEAR_DAYS + WIDEST_DAYS:
        return False  # (the second test is the bound the store's neighbour search uses, so batches equal a rebuild)
    if ea.cameo == eb.cameo or ea.type == eb.type:
        kinship = 2
    elif ea.cameo[:2] == eb.cameo[:2] or (ea.quad == eb.quad and ea.quad != 0):
        kinship = 1
    else:
        return False
    ignore = _shared_actor_words(a, b)  # a third party's name ("Malta") still tells one happening from another
    words_a, words_b = a.words - ignore, b.words - ignore
    shared = similarity(words_a, words_b)
    widths = sorted((a.days[1] - a.days[0], b.days[1] - b.days[0]))
    if 0 < gap <= CLOSE_DAYS and widths[1] <= 31:  # days apart ("tonight" in a wire dated the next morning)
        return shared >= (0.25 if kinship == 2 else 0.4)
    if gap > 0:  # the sources disagree on the date: only a close match in type and words is the same happening
        return kinship == 2 and shared >= 0.34 and len(words_a & words_b) >= 2
    if a.single_day and b.single_day:  # the same day: the same CAMEO code between the same actors is enough
        return ea.cameo == eb.cameo or shared >= (0.1 if kinship == 2 else 0.25)
    if widths[1] > 366 and widths[0] < 32:  # a stretch of years and a dated moment in it: a process and one step
        return kinship == 2 and shared >= 0.5
    if (a.names - ignore) & (b.names - ignore):  # the same place or treaty named, at the same time: one happening
        return True
    return shared >= (0.25 if kinship == 2 else 0.4)


def components(items: list[_Item]) -> list[list[_Item]]:
    """Groups of :func:`same_happening`, each sorted by event id, sorted by first id.

    Links are taken closest dates first, then most similar evidence, then by ids (an order that depends on
    each pair alone, so any batch gives the same groups); a link is skipped when it would put two events of
    one document more than :data:`CLOSE_DAYS` apart into one group: a document does not date one happening
    twice, so such a link runs through a sentence that names two ("met at Geneva in 1985 and at Reykjavik").
    """
    items = sorted(items, key=lambda item: item.event.id)
    parent = list(range(len(items)))
    dates: list[dict[str, list[tuple[int, int]]]] = [
        {item.event.doc_id: [item.days]} if item.days else {} for item in items
    ]

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    # each group's latest start and earliest end: a group never spans dates further apart than NEAR_DAYS, so
    # yearly reports of a recurring act (a protest in 1950, another in 1951, ...) do not chain into one
    spread = [(item.days[0], item.days[1]) if item.days else (0, 0) for item in items]
    links = sorted((_link_key(items[i], items[j]), i, j) for i, j in _candidate_pairs(items) if same_happening(items[i], items[j]))
    for _, i, j in links:
        ri, rj = root(i), root(j)
        if ri == rj or _contradicts(dates[ri], dates[rj]):
            continue
        latest_start, earliest_end = max(spread[ri][0], spread[rj][0]), min(spread[ri][1], spread[rj][1])
        if latest_start - earliest_end > NEAR_DAYS:
            continue
        keep, drop = min(ri, rj), max(ri, rj)
        parent[drop] = keep
        spread[keep] = (latest_start, earliest_end)
        for doc, spans in dates[drop].items():
            dates[keep].setdefault(doc, []).extend(spans)
    groups: dict[int, list[_Item]] = {}
    for index, item in enumerate(items):
        groups.setdefault(root(index), []).append(item)
    return sorted(groups.values(), key=lambda group: group[0].event.id)


def _link_key(a: _Item, b: _Item) -> tuple:
    gap = max(0, b.days[0] - a.days[1], a.days[0] - b.days[1])
    ignore = _shared_actor_words(a, b)
    first, second = sorted((a.event.id, b.event.id))
    return (gap, -round(similarity(a.words - ignore, b.words - ignore), 6), first, second)


def _contradicts(first: dict[str, list[tuple[int, int]]], second: dict[str, list[tuple[int, int]]]) -> bool:
    """Whether one document dates events of the two groups more than CLOSE_DAYS apart."""
    for doc in first.keys() & second.keys():
        for x in first[doc]:
            for y in second[doc]:
                if max(0, y[0] - x[1], x[0] - y[1]) > CLOSE_DAYS:
                    return True
    return False


def _candidate_pairs(items: list[_Item]) -> Iterable[tuple[int, int]]:
    """Pairs worth comparing (a sweep by date): dated, sharing a family, starting within NEAR_DAYS plus the
    longer span, and sharing a word that is not an actor's name or else the same code on the same day (no
    other pair passes :func:`same_happening`, so the rest are never compared)."""
    dated = sorted((i for i, item in enumerate(items) if item.days), key=lambda i: items[i].days)
    starts = [items[i].days[0] for i in dated]
    ends = [items[i].days[1] for i in dated]
    reach = NEAR_DAYS
    open_: list[int] = []  # positions in ``dated`` whose interval may still meet later ones
    for position, index in enumerate(dated):
        start = starts[position]
        open_ = [p for p in open_ if ends[p] + reach >= start]
        item = items[index]
        for other in open_:
            j = dated[other]
            partner = items[j]
            if not item.families & partner.families:
                continue
            # without a word in common, only the same code on the same day can be one happening
            if item.keys & partner.keys or (item.single_day and item.days == partner.days and item.event.cameo == partner.event.cameo):
                yield (min(index, j), max(index, j))
        open_.append(position)


def timeline_record(group: list[_Item]) -> dict:
    """The timeline event of one component: the best-supported date and type, every version, the families."""
    events = [item.event for item in group]
    member_ids = sorted(event.id for event in events)
    choice = conflicts.resolve(events)
    rep = choice.representative
    families = families_of(_ordered_actors(rep, events))
    interval = choice.interval
    return {
        "id": content_id("timeline", *member_ids),
        "date": choice.date, "date_begin": interval[0] if interval else None, "date_end": interval[1] if interval else None,
        "precision": choice.precision, "source": rep.source, "target": rep.target,
        "source_family": family(rep.source) if rep.source else None,
        "target_family": family(rep.target) if rep.target else None,
        "type": choice.type, "cameo": rep.cameo, "goldstein": rep.goldstein, "quad": rep.quad, "polarity": rep.polarity,
        "evidence": rep.evidence, "doc_id": rep.doc_id, "members": len(events),
        "documents": len({event.doc_id for event in events}), "conflict": choice.conflict,
        "versions": json.dumps(choice.versions, ensure_ascii=False, sort_keys=True),
        "member_ids": member_ids, "families": families,
    }


def _ordered_actors(rep: Event, events: list[Event]) -> list[str]:
    """The representative's actors first, then those only other sources name (sorted, for determinism)."""
    others = sorted({actor for event in events for actor in event.actors} - set(rep.actors))
    return list(rep.actors) + others


def _items(events: Iterable[Event]) -> list[_Item]:
    from detente.model import date_bounds

    items = []
    for event in events:
        begin, end = date_bounds(event.date)
        items.append(_Item(event, (begin, end) if begin and end else None))
    return items


def _neighbour_ids(store, items: list[_Item]) -> set[str]:
    """Stored events that could be the same happening as one of ``items``: sharing two of its families (or its
    one family), dated within NEAR_DAYS; one query per pair of families and stretch of nearby dates."""
    spans: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for item in items:
        if item.days is None:
            continue
        families = sorted(item.families)
        for key in [tuple(families)] if len(families) == 1 else combinations(families, 2):
            spans.setdefault(key, []).append(item.days)
    found: set[str] = set()
    for key, days in sorted(spans.items()):
        windows: list[list[int]] = []
        for low, high in sorted(days):
            if windows and low - NEAR_DAYS <= windows[-1][1] + NEAR_DAYS:
                windows[-1][1] = max(windows[-1][1], high)
            else:
                windows.append([low, high])
        for low, high in windows:
            begin = Date.fromordinal(max(1, low - NEAR_DAYS)).isoformat()
            end = Date.fromordinal(high + NEAR_DAYS).isoformat()
            earliest = Date.fromordinal(max(1, low - NEAR_DAYS - WIDEST_DAYS)).isoformat()
            found.update(store.event_ids_with_actors(codes(key[0]), codes(key[1]) if len(key) > 1 else None, begin, end,
                                                     earliest))
    return found


def update(store, event_ids: Iterable[str]) -> int:
    """Recompute the timeline events the stored events ``event_ids`` touch; returns how many were written.

    The events recomputed are the closure of the new ones under :func:`same_happening` (with the current
    timeline events of every event reached), so the groups are those a rebuild from scratch would make.
    Also reads the stated periods of documents not read yet.
    """
    from detente.timeline.periods import read_stated_periods

    read_stated_periods(store)
    involved = set(event_ids)
    if not involved:
        return 0
    loaded: dict[str, _Item] = {}
    frontier = set(involved)
    old_groups: dict[str, list[str]] = {}
    while frontier:
        for item in _items(store.events_by_id(frontier - loaded.keys())):
            loaded[item.event.id] = item
        near = _neighbour_ids(store, [loaded[key] for key in frontier if key in loaded]) - loaded.keys()
        for item in _items(store.events_by_id(near)):
            loaded[item.event.id] = item
        items = [loaded[key] for key in sorted(loaded)]
        reached = set()
        for i, j in _candidate_pairs(items):
            a, b = items[i].event.id, items[j].event.id
            if (a in frontier) != (b in frontier) or a in frontier:
                if (a not in involved or b not in involved) and same_happening(items[i], items[j]):
                    reached.update((a, b))
        groups = store.timeline_groups(involved | reached)
        old_groups.update(groups)
        for members in groups.values():
            reached.update(members)
        frontier = reached - involved
        involved |= reached
    for item in _items(store.events_by_id(involved - loaded.keys())):
        loaded[item.event.id] = item
    groups = components([loaded[event_id] for event_id in sorted(involved) if event_id in loaded])
    records = [timeline_record(group) for group in groups]
    store.replace_timeline_events(old_groups.keys(), records)
    return len(records)


def sync(store) -> int:
    """Put every stored event not yet on the timeline on it (stores built before the timeline, or by an engine)."""
    if getattr(store, "readonly", False):
        return 0
    if store.timeline_is_complete():
        from detente.timeline.periods import read_stated_periods

        read_stated_periods(store)
        return 0
    return update(store, store.unmerged_event_ids())
