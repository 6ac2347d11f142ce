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
- or they are two readings of one sentence with the same parties, the same date and the same polarity (one
  source that the coder read two ways: one happening, its types a disagreement); other readings of one sentence
  (a friendly and a hostile act are two happenings), and
  events of different sentences of one document, are apart.

A timeline event is a group of events linked by that relation (:func:`components`): events told the same
way (same families, actors, dates, codes and words) are one unit from the start; units are taken in date order
and each joins the group it links to best, compared through at most :data:`REPRESENTATIVES` of the group's
versions (so one happening told ten thousand times costs ten thousand comparisons with a few dozen versions,
not fifty million pairs); none that would make one document date the group twice, none that would stretch the
group's dates further apart than :data:`NEAR_DAYS`. The order depends on the events alone, and a timeline
event's id is a hash of its sorted member ids, so the same corpus built in any order, at once or in batches,
gives the same timeline. ``update`` recomputes only what a batch of new events touches: the closure of the new
events under the relation, with the current timeline events of every event reached.
"""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Iterable
from datetime import date as Date
from functools import cache, lru_cache
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
    return _content_words(event.evidence)


@lru_cache(maxsize=65536)  # a happening told many times is told in the same few sentences
def _content_words(evidence: str) -> frozenset[str]:
    lemmas = _lemmas()
    words = {stem(lemmas.get(word, word)) for word in _WORD.findall(evidence.lower()) if word not in _STOP}
    return frozenset(words - _person_words())


_NAME_WORD = re.compile(r"(?<=[\w,;:()'’] )[A-Z][^\W\d_]{2,}")


def name_words(event: Event) -> frozenset[str]:
    """Stems of the capitalized words inside the sentence (not its first word): places, treaties, operations."""
    return _name_words(event.evidence)


@lru_cache(maxsize=65536)
def _name_words(evidence: str) -> frozenset[str]:
    words = {stem(word.lower()) for word in _NAME_WORD.findall(evidence) if word.lower() not in _STOP}
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
        # one sentence read two ways is one happening if same parties, date and polarity; two sentences of one
        # document are two happenings (the coder already joined a document's retellings of one act). A hostile and
        # a friendly act in one sentence ("tanks faced each other ... before both withdrew") are two happenings:
        # merged, the index would lose one of them and the timeline would show a disagreement no source has.
        return (ea.span == eb.span and a.families == b.families and a.interval == b.interval
                and ea.polarity == eb.polarity)
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


# a page that tells an act twice does so apart (its lead and a section, its prose and a key-dates list); sentences
# closer than this are a narrative's next step, and one that says "again" tells another act
RETOLD_GAP = 200
_REPEATED = re.compile(r"\b(?:again|anew|another|second|third|renewed|further|fresh|additional)\b", re.IGNORECASE)


def retold_in_document(a: _Item, b: _Item) -> bool:
    """Whether two sentences of one document tell one act, at dates that may disagree ("broke off relations in April
    1962" in the lead, "in 1963 ... broke off relations" in a section): the same actor families and CAMEO code, dates
    within :data:`NEAR_DAYS`, sentences at least :data:`RETOLD_GAP` apart, neither alone saying the act was done again,
    and most of the shorter one's content words (at least two) in the other. Merged, the timeline flags the page's
    disagreement as it flags two documents'."""
    ea, eb = a.event, b.event
    if ea.doc_id != eb.doc_id or ea.span == eb.span or a.days is None or b.days is None or a.families != b.families \
            or ea.cameo != eb.cameo:
        return False
    if max(0, b.days[0] - a.days[1], a.days[0] - b.days[1]) > NEAR_DAYS:
        return False
    first, second = sorted((ea.span, eb.span))
    if second[0] - first[1] < RETOLD_GAP:
        return False
    if bool(_REPEATED.search(ea.evidence)) != bool(_REPEATED.search(eb.evidence)):
        return False
    ignore = _shared_actor_words(a, b)
    words_a, words_b = a.words - ignore, b.words - ignore
    return len(words_a & words_b) >= 2 and similarity(words_a, words_b) >= 0.5


REPRESENTATIVES = 24  # a group is compared with a new retelling through at most this many of its distinct ones


class _Unit:
    """Events that tell a happening in the same way: the same families, actors, dates, codes and words (only
    the document, the span and the id differ). What :func:`same_happening` says of one member and an event of
    another document it says of every member, so a unit is compared once, through its first member."""

    __slots__ = ("items", "rep", "docs", "order")

    def __init__(self, items: list[_Item]):
        self.items = sorted(items, key=lambda item: item.event.id)
        self.rep = self.items[0]
        self.docs: dict[str, list[_Item]] = {}
        for item in self.items:
            self.docs.setdefault(item.event.doc_id, []).append(item)
        days = self.rep.days or (0, 0)
        self.order = (days[0], days[1], self.rep.event.id)


def _signature(item: _Item) -> tuple:
    event = item.event
    return (item.families, item.days, event.cameo, event.type, event.quad, tuple(sorted(set(event.actors))),
            item.words, item.names)


def _units(items: Iterable[_Item]) -> list[_Unit]:
    """The units of ``items`` in date order: events with one signature from two documents or more are one unit
    when two of them from different documents are the same happening (then all are); else each sentence of a
    document (its span) is a unit of its own."""
    by_signature: dict[tuple, list[_Item]] = {}
    for item in items:
        by_signature.setdefault(_signature(item) if item.days else ("undated", item.event.id), []).append(item)
    units = []
    for members in by_signature.values():
        docs: dict[str, _Item] = {}
        for item in sorted(members, key=lambda item: item.event.id):
            docs.setdefault(item.event.doc_id, item)
        firsts = sorted(docs.values(), key=lambda item: item.event.id)
        if len(firsts) > 1 and same_happening(firsts[0], firsts[1]):
            units.append(_Unit(members))
            continue
        by_span: dict[tuple, list[_Item]] = {}
        for item in members:
            by_span.setdefault((item.event.doc_id, tuple(item.event.span or ())), []).append(item)
        units.extend(_Unit(group) for group in by_span.values())
    units.sort(key=lambda unit: unit.order)
    return units


def _linked(u: _Unit, v: _Unit) -> bool:
    """Whether some member of ``u`` and some member of ``v`` are the same happening."""
    a, b = u.rep, v.rep
    if a.event.doc_id == b.event.doc_id:  # look for members of two documents: the rule between documents
        other_a = next((item for doc, items in u.docs.items() if doc != b.event.doc_id for item in items[:1]), None)
        other_b = next((item for doc, items in v.docs.items() if doc != a.event.doc_id for item in items[:1]), None)
        if other_a is not None:
            a = other_a
        elif other_b is not None:
            b = other_b
    if a.event.doc_id != b.event.doc_id and same_happening(a, b):
        return True
    small, large = (u, v) if len(u.docs) <= len(v.docs) else (v, u)
    for doc, items in small.docs.items():  # two readings of one sentence
        for x in items:
            for y in large.docs.get(doc, ()):
                if same_happening(x, y):
                    return True
    return False


def _unit_keys(unit: _Unit, apart: bool = False) -> list:
    """What two units must share to be compared (no other pair passes :func:`same_happening`): a word that is not
    an actor's name together with a related type (the same CAMEO code, PLOVER type, CAMEO root or quad class;
    with ``apart``, dates that do not meet, only the same code or type); or the same day and code; or, for two
    readings of one sentence, its document and span."""
    item = unit.rep
    event = item.event
    kinds: list[tuple] = [("c", event.cameo), ("t", event.type)]
    if not apart:
        kinds.append(("r", event.cameo[:2]))
        if event.quad:
            kinds.append(("q", event.quad))
    own: list = [(*kind, word) for word in sorted(item.keys) for kind in kinds]
    if not apart:
        if item.single_day:
            own.append(("day", item.days[0], event.cameo))
        own.extend(("span", member.event.doc_id, tuple(member.event.span or ())) for member in unit.items)
    return [(families, *key) for families in _family_keys(item.families) for key in own]


@lru_cache(maxsize=4096)
def _family_keys(families: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """The families two events must have in common to be compared, as :func:`same_happening` reads them: one
    family matches only itself, a set of two or more a set sharing at least two of them, so each pair is a key.
    (Keys of the families alone let every event of a busy actor meet every other within a year: the pair is
    what makes the candidates few.)"""
    ordered = sorted(families)
    return (tuple(ordered),) if len(ordered) == 1 else tuple(combinations(ordered, 2))


class _Group:
    """Units taken as one happening so far: their dates per document, the latest start and earliest end of
    their members, their latest end, and the representatives they are compared through."""

    __slots__ = ("units", "reps", "dates", "spread", "reach", "order")

    def __init__(self, unit: _Unit):
        self.units = [unit]
        self.reps = [unit]
        self.dates: dict[str, list[tuple[int, int]]] = {doc: [unit.rep.days] for doc in unit.docs}
        self.spread = unit.rep.days
        self.reach = unit.rep.days[1]
        self.order = unit.order

    def fits(self, other: _Group) -> bool:
        """Whether the two groups can be one: dates no further apart than NEAR_DAYS, and no document dating
        them more than CLOSE_DAYS apart."""
        if max(self.spread[0], other.spread[0]) - min(self.spread[1], other.spread[1]) > NEAR_DAYS:
            return False
        small, large = (self.dates, other.dates) if len(self.dates) <= len(other.dates) else (other.dates, self.dates)
        for doc, spans in small.items():
            for x in spans:
                for y in large.get(doc, ()):
                    if max(0, y[0] - x[1], x[0] - y[1]) > CLOSE_DAYS:
                        return False
        return True

    def absorb(self, other: _Group) -> list[_Unit]:
        """Take ``other`` in; returns the units that became representatives."""
        if len(self.dates) < len(other.dates):
            self.dates, other.dates = other.dates, self.dates
        for doc, spans in other.dates.items():
            self.dates.setdefault(doc, []).extend(spans)
        self.spread = (max(self.spread[0], other.spread[0]), min(self.spread[1], other.spread[1]))
        self.reach = max(self.reach, other.reach)
        self.units.extend(other.units)
        self.order = min(self.order, other.order)
        reps = sorted({*self.reps, *other.reps}, key=lambda unit: unit.order)[:REPRESENTATIVES]
        added = [unit for unit in reps if unit not in self.reps]
        self.reps = reps
        return added


# links are taken in rounds of widening date gaps: dates that overlap, then a few days apart, then a year
ROUNDS = (0, CLOSE_DAYS, NEAR_DAYS)


def components(items: list[_Item]) -> list[list[_Item]]:
    """Groups of :func:`same_happening`, each sorted by event id, sorted by first id.

    Events told the same way are one unit (:class:`_Unit`). Links are taken in rounds (:data:`ROUNDS`): first
    between overlapping dates, then a few days apart, then up to :data:`NEAR_DAYS` (closest dates first, as a
    source a year off is the last to join). In each round the groups of the round before are taken in date
    order (then id); each is compared with the groups of this round sharing a key word (or its day and code)
    through their representatives (the first :data:`REPRESENTATIVES` units of each: a group of a few
    retellings is compared member by member, one told ten thousand times through a sample of its versions, so
    merging stays linear in the number of events). It joins the group it links to best (closest dates, then
    most similar evidence, then ids) and links further groups into it. A join is skipped when it would make one
    document date the group twice more than :data:`CLOSE_DAYS` apart (such a link runs through a sentence that
    names two happenings: "met at Geneva in 1985 and at Reykjavik") or stretch its dates further apart than
    :data:`NEAR_DAYS` (yearly reports of a recurring act do not chain into one). Everything depends on the
    events alone, not on their order.
    """
    units = _units(items)
    found = [list(unit.items) for unit in units if unit.rep.days is None]  # undated: the same as nothing
    groups = _retold_groups([unit for unit in units if unit.rep.days is not None])
    before = -1
    for limit in ROUNDS:
        groups = _round(groups, before, limit)
        before = limit
    found.extend(sorted((item for unit in group.units for item in unit.items), key=lambda item: item.event.id)
                 for group in groups)
    return sorted(found, key=lambda group: group[0].event.id)


def _retold_groups(units: list[_Unit]) -> list[_Group]:
    """A group for each dated unit, but the units holding one document's retellings of an act
    (:func:`retold_in_document`) one group from the start, as long as its dates stay within :data:`NEAR_DAYS` (the
    rounds never join them: one document dating a group twice is what they refuse)."""
    groups = [_Group(unit) for unit in units]
    by_kind: dict[tuple, list[tuple[int, _Item]]] = {}  # only the same document, families and code can be one act
    for number, unit in enumerate(units):
        for item in unit.items:
            by_kind.setdefault((item.event.doc_id, item.families, item.event.cameo), []).append((number, item))
    parent = list(range(len(groups)))

    def root(number: int) -> int:
        while parent[number] != number:
            parent[number] = parent[parent[number]]
            number = parent[number]
        return number

    for told in by_kind.values():
        if len(told) < 2:
            continue
        told.sort(key=lambda pair: (pair[1].days, pair[0]))
        for index, (first, a) in enumerate(told):
            for second, b in told[index + 1 :]:
                if b.days[0] - a.days[1] > NEAR_DAYS:
                    break
                one, other = root(first), root(second)
                if one == other or not retold_in_document(a, b):
                    continue
                keep, drop = min(one, other), max(one, other)
                spread = (max(groups[keep].spread[0], groups[drop].spread[0]), min(groups[keep].spread[1], groups[drop].spread[1]))
                if spread[0] - spread[1] <= NEAR_DAYS:
                    groups[keep].absorb(groups[drop])
                    parent[drop] = keep
    return [group for number, group in enumerate(groups) if parent[number] == number]


def _round(elements: list[_Group], before: int, limit: int) -> list[_Group]:
    """One round of linking: ``elements`` (in date order) joined wherever their dates are more than ``before``
    and at most ``limit`` days apart (closer ones were compared in the rounds before; the rule of
    :func:`components`)."""
    elements = sorted(elements, key=lambda group: group.order)
    made: list[_Group] = []
    parent: list[int] = []
    index: dict = {}  # key -> deque of (group number, representative unit), in the order they were registered

    def root(number: int) -> int:
        while parent[number] != number:
            parent[number] = parent[parent[number]]
            number = parent[number]
        return number

    apart = before >= CLOSE_DAYS  # past a few days apart, only the same code or type can be one happening

    def register(number: int, units: Iterable[_Unit]) -> None:
        for unit in units:
            for key in _unit_keys(unit, apart):
                index.setdefault(key, deque()).append((number, unit))

    for element in elements:
        start = element.order[0]
        best: dict[int, tuple] = {}
        for mine in element.reps:
            a = mine.rep
            seen: set[int] = set()
            for key in _unit_keys(mine, apart):
                entries = index.get(key)
                if not entries:
                    continue
                while entries and entries[0][1].rep.days[1] + limit < start:
                    entries.popleft()  # ended too long before these dates: never links again in this round
                for number, theirs in entries:
                    if id(theirs) in seen:
                        continue
                    seen.add(id(theirs))
                    b = theirs.rep
                    gap = max(0, b.days[0] - a.days[1], a.days[0] - b.days[1])
                    if not before < gap <= limit or not a.families & b.families:
                        continue
                    if gap and a.event.cameo != b.event.cameo and a.event.type != b.event.type:
                        continue  # dates apart: only the same code or type can be one happening
                    if _linked(mine, theirs):
                        number = root(number)
                        link = _link_key(a, b)
                        if number not in best or link < best[number]:
                            best[number] = link
        links = sorted((link, number) for number, link in best.items())
        links.sort()
        target = None
        for _, number in links:
            number = root(number)
            if target is None:
                if made[number].fits(element):
                    target = number
                    register(target, made[target].absorb(element))
            elif number != target and made[target].fits(made[number]):
                keep, drop = min(target, number), max(target, number)  # the older group's number stays
                register(keep, made[keep].absorb(made[drop]))
                parent[drop] = keep
                target = keep
        if target is None:
            parent.append(len(made))
            made.append(element)
            register(len(made) - 1, element.reps)
    return [group for number, group in enumerate(made) if parent[number] == number]


def _link_key(a: _Item, b: _Item) -> tuple:
    gap = max(0, b.days[0] - a.days[1], a.days[0] - b.days[1])
    ignore = _shared_actor_words(a, b)
    first, second = sorted((a.event.id, b.event.id))
    return (gap, -round(similarity(a.words - ignore, b.words - ignore), 6), first, second)


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


def _reaching(loaded: dict[str, _Item], frontier: set[str], involved: set[str]) -> set[str]:
    """Loaded events not involved yet that are the same happening as an event of the frontier (one link is
    enough: the comparisons of a unit stop at its first)."""
    index: dict = {}
    for unit in _units(loaded[key] for key in sorted(frontier) if key in loaded):
        for key in _unit_keys(unit):
            index.setdefault(key, []).append(unit)
    reached: set[str] = set()
    for unit in _units(loaded[key] for key in sorted(loaded.keys() - involved)):
        seen: set[int] = set()
        if any(_first_link(unit, index.get(key, ()), seen) for key in _unit_keys(unit)):
            reached.update(item.event.id for item in unit.items)
    return reached


def _first_link(unit: _Unit, partners: Iterable[_Unit], seen: set[int]) -> bool:
    for partner in partners:
        if id(partner) not in seen:
            seen.add(id(partner))
            if unit.rep.families & partner.rep.families and _linked(unit, partner):
                return True
    return False


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
        reached = _reaching(loaded, frontier, involved)
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
