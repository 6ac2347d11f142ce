"""Actors: find state, organization, person and group mentions and resolve each to the entity valid at its date.

Public contract (the pipeline and the CLI rely on it):

    find_mentions(text, *, when=None) -> list[Mention]
    entity(code) -> dict | None
    lookup(code_or_name, when=None) -> dict | None
    mention_record(mention) -> dict

``when(position)`` gives the (begin, until) ISO interval the sentence at ``position`` is about, or None.
A name shared by successive entities ("Russia", "China", "Germany", "Moscow") resolves to the one valid
for most of that interval; undated, to the one the text's era-bound names fit (Reagan, Gromyko: 1982-1984),
else to the modern one.

What a mention is (``Mention.kind`` / ``Mention.via``):
  state / name, adjective, capital, place   "Russia", "Soviet", "the Kremlin", "Vladivostok"
  state / reference                          "the North" (the half of the divided country in focus)
  person / leader                            "Stalin": ``state`` and ``role`` of the office held at the date
  organization / name                        "NATO", with its ``members`` at the date
  group / group                              "the Allies", "the two Koreas": ``members`` at the date
  group / reference                          "the two nations": ``members`` the states most in focus
  group / adjective, institution             "American leftist intellectuals", "the Red Army": ``state``
                                             and the sector in ``role``; ``entity`` is state + CAMEO sector
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
import itertools
import operator
import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache, partial
from operator import attrgetter, itemgetter

import ahocorasick

from detente.actors import gazetteer
from detente.actors.allies import allies_named
from detente.actors.bodies import named_bodies
from detente.actors.gazetteer import entity, lookup
from detente.actors.matcher import (
    HALF,
    REFERENCE,
    STOP,
    TITLE,
    Form,
    Hit,
    automaton,
    normalize,
    pad,
    phrase_starts,
    scan,
)
from detente.actors.officials import PHRASES as OFFICIAL_PHRASES
from detente.actors.officials import unknown_officials
from detente.actors.short_names import PHRASES as SHORT_PHRASES
from detente.actors.short_names import short_names
from detente.actors.titles import resolve_title
from detente.model import Mention

__all__ = ["find_mentions", "entity", "lookup", "mention_record"]

When = Callable[[int], "tuple[str, str] | None"]

# Preference when one spelling is several kinds of form of the same entity ("U.S." is a name and an adjective).
_VIA_RANK = {
    "name": 0, "group": 1, "leader": 2, "institution": 3, "capital": 4, "place": 5, "adjective": 6, "combining": 7
}
# A mention's fields read by C-level passes over every mention (map, sorted) instead of a Python loop each.
_START = attrgetter("start")
_END = attrgetter("end")
_KIND = attrgetter("kind")
_VIA = attrgetter("via")
_FORMS = attrgetter("forms")
_SPAN = attrgetter("start", "end")  # the mentions' order
_FUNCTION_WORDS = frozenset(
    "and or but the of to in on at by for with from as a an is was were are be its their his her".split()
)


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
_SOLE = 3.0  # how much more salient than any other a state must be to be plainly the one in focus
_PAIR_BONUS = 0.5  # "India and Pakistan", "Soviet Union – United States": a pair named together
_JOINED = re.compile(r"\s*(?:and|&|–|—|-|/|,|versus|vs\.?)\s*(?:the\s+)?", re.I)


# A reference naming persons ("the two leaders", "both men") counts the states of the persons in focus.
_NAMES_PEOPLE = re.compile(r"\b(?:leaders|men|presidents|ministers|statesmen|heads)\b", re.I)

# A seat or place right before one of these names an agreement or a meeting, not the state.
_DOCUMENT_WORDS = (
    "declaration agreement agreements accord accords treaty treaties conference summit pact communique communiqué protocol"
    " charter convention olympics games"
).split()  # in any case
_DOCUMENT_TITLES = "Resolution Talks Peace Process Consensus Doctrine Plan Statement Formula Memorandum".split()
_NAMES_A_DOCUMENT = re.compile(
    r"[ \t]+(?:(?i:" + "|".join(_DOCUMENT_WORDS) + ")|" + "|".join(_DOCUMENT_TITLES) +
    # "the Paris peace accords", "the Geneva peace talks": the talks' venue, no party to them (the Paris peace
    # treaties of 1947 stay France's, a signatory)
    r"|peace[ \t]+(?:accords|talks|negotiations))\b"
)

# A seat or a state's name before one of these, or "Times of" before it, is the title of a newspaper.
_PAPER_WORDS = "Post Times Herald Daily Tribune Gazette Chronicle Telegraph".split()
_NAMES_A_PAPER = re.compile(r"[ \t]+(?:" + "|".join(_PAPER_WORDS) + r")\b")
_PAPER_OF = re.compile(r"\bTimes[ \t]+of[ \t]+$")

# ... or right after "Treaty of", "Congress of": the title of an agreement or a conference.
_DOCUMENT_OF = re.compile(
    r"\b(?:Treaty|Treaties|Congress|Peace|Conference|Declaration|Protocol|Accords?|Agreement|Convention|Pact"
    r"|Charter|Summit|Act|Communiqu[eé])[ \t]+of[ \t]+(?:the[ \t]+)?$"
)


# A person's name (and the names hyphenated to it) before one of these is the title of a plan, a doctrine, a line or
# an agreement named after them: "the Truman Doctrine", "the Rogers Plan", "the McMahon Line", "the Kissinger plan",
# "the Molotov-Ribbentrop Pact", "the Platt Amendment", "the Cripps Mission".
_NAMED_AFTER_A_PERSON = re.compile(
    r"(?:[ \t]*[-–—][ \t]*[A-Z][\w'’]*)*[ \t]+(?:(?:Doctrine|Plan|Line|Pact|Accords?|Agreement|Declaration|Formula"
    r"|Initiative|Proposals?|Treaty|Amendment|Act|Report|Commission|Mission|Award|Corollary|Memorandum)\b"
    r"|(?:doctrine|plan|line|amendment|formula|proposals?)\b(?![ \t]+to\b))"
)
# An organization after a judgment noun and "of" is the author of what is acted on, not a party: "did not accept the
# ruling of the International Court of Justice in the case brought by Nicaragua" is against Nicaragua.
_ACT_OF = re.compile(
    r"\b(?:ruling|rulings|judgment|judgments|judgement|judgements|verdict|verdicts|advisory[ \t]+opinion|award)"
    r"[ \t]+of[ \t]+(?:the[ \t]+)?$"
)
_AFTER_A_NAME = frozenset(" \t-–—")
_ASKED_BEFORE = re.compile(r"\b(?:asked|asks|ask|urged|urges|requested|requests|pressed|petitioned|begged|appealed[ \t]+to"
                           r"|called[ \t]+on|calls[ \t]+on)[ \t]+(?:the[ \t]+)?$")
# A weak one-word spelling right after a capitalised word that opens no sentence, or right before "of", is a word of
# another body's name: "the Sikkim Congress", "the Twentieth Party Congress", "the Congress of Vienna".
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+$")
_OF_AFTER = re.compile(r"[ \t]+of\b")
_ARTICLES = frozenset({"the", "a", "an"})


def _stripped_end(text: str, at: int) -> int:
    """``len(text[:at].rstrip())``: where the text before ``at`` ends once its trailing blanks are off, read back from
    ``at`` a few characters at a time rather than copied from the text's start."""
    start = at
    while start > 0:
        start = max(0, start - 64)
        kept = len(text[start:at].rstrip())
        if kept:
            return start + kept
    return 0


def _inside_a_name(text: str, hit: Hit) -> bool:
    found = text[hit.start : hit.end]
    if " " in found or not found[:1].isupper() or any(form.via == "leader" for form in hit.forms):
        return False  # a person's name after a title is still the person ("President Zia")
    if _OF_AFTER.match(text, hit.end):
        return True
    before = _WORD_BEFORE.search(text, max(0, hit.start - 40), hit.start)
    if before is None:
        return False
    word = before.group(1)
    if not word[0].isupper() or word.endswith(("'s", "’s")) or word.lower() in _FUNCTION_WORDS or word.lower() in _OPENERS:
        return False  # "India's Congress", "the Congress", "When Congress voted"
    head = _stripped_end(text, before.start(1))  # len(text[: before.start(1)].rstrip()), without the copy
    if not head or text[head - 1] in ".!?:;\"'(“‘\n":
        return False  # a sentence's first word stands apart
    # after a preposition the capitalised word is a name of its own ("In Poland Solidarity called a strike"); after
    # an article or another capitalised word it opens the longer name ("the Sikkim Congress", "Twentieth Party Congress")
    earlier = _WORD_BEFORE.search(text[max(0, head - 40) : head] + " ")
    return earlier is None or earlier.group(1).lower() in _ARTICLES or earlier.group(1).lower() not in _FUNCTION_WORDS


# A name or adjective inside the name of a sea, strait, gulf, bay, river, island, reef or peninsula names a place,
# not the state or the person: "the Sea of Japan", "the Korea Strait", "the South China Sea", "Manila Bay", "Johnson
# South Reef", "the Korean peninsula" (peninsula and strait are often written in lower case). So does a single name
# before "War" or "civil war": "the Korean War", "the Chinese Civil War" name where a war was fought, not who fought
# it, as "the Suez Crisis" and "the Mukden Incident" name an episode; a compound names its belligerents ("the
# Iran–Iraq War", "the Sino-Indian war"), so its parts stay states (_AFTER_HYPHEN).
_FEATURE_NOUNS = (
    "Sea Seas Strait Straits Gulf Bay Channel Ocean River Reef Reefs Island Islands Isles Islet Islets Shoal Shoals Atoll"
    " Atolls Archipelago Peninsula peninsula strait straits"
    # a street named after a state or a city ("Pakistan Street", "the Burma Road") is an address
    " Street Road Avenue Boulevard Lane"
).split()
_QUARTERS = "North South East West".split()
_WAR_KINDS = "Civil Liberation Independence Border".split()
_EPISODES = "Crisis Incident Affair Airlift Blockade".split()
_NAMES_A_FEATURE = re.compile(
    r"(?:[ \t]*[-–—][ \t]*[A-Z][\w'’]*)*[ \t]+(?:(?:" + "|".join(_QUARTERS) + r")[ \t]+)?"
    r"(?:" + "|".join(_FEATURE_NOUNS) + r")\b"
    # "the War Office", "the War Cabinet" are a government's, so the name before them stays an actor
    r"|(?P<event>[ \t]+(?:(?:(?:" + "|".join(_WAR_KINDS) + r")[ \t]+)?Wars?\b(?![ \t]+(?:Office|Cabinet|Ministry|Minister|Department|Council"
    r"|Secretary|Committee|Board|College))|civil[ \t]+wars?\b|(?:" + "|".join(_EPISODES) + r")\b))"
)
# A state's name or adjective before a cuisine, a breed, a disease, a currency or a holiday names a thing called after
# it, no actor: "Chinese cooking", "Afghan hounds", "the Spanish flu", "the Pakistani rupee", "twenty million Swiss
# francs", "Chinese New Year", "Pakistan Day".
_THING_WORDS = (
    "cuisine restaurant restaurants dish dishes cooking cat cats hound hounds dog dogs ponies flu influenza twins clay"
    " checkers lantern lanterns beetle beetles sandwich sandwiches fries rupee rupees peso pesos yuan renminbi rouble roubles"
    " ruble rubles yen taka currency franc francs dollar dollars pounds shilling shillings dinar dinars riyal riyals"
    " rial rials escudo escudos cruzeiro cruzeiros lire lira kwacha cedi cedis courage"
).split()  # in any case
_NAMES_A_THING = re.compile(
    r"[ \t]+(?:(?i:" + "|".join(word for word in _THING_WORDS if word != "ink") + r")\b"
    # ... but not when the thing is what the state gives or sends ("Cuban pesos in aid"); goods a state trades (its food,
    # tea, silk, cigars) are no such thing: "traded machinery for Chinese food" is a trade with China
    r"(?![ \t]+(?i:aid|shipments?|supplies|deliveries|assistance|relief|credits?|loans?|grants?|programmes?|programs?))"
    # "India ink" is a thing, but a headline's "China, India ink trade pact" signs one (wire13): "ink" before a deal
    r"|(?i:ink)\b(?!(?:[ \t]+[\w$.,'’-]+){0,3}?[ \t]+(?i:deals?|pacts?|accords?|agreements?|treat(?:y|ies)|memorand))"
    r"|New[ \t]+Year\b|Day\b)"
)


def _after_a_list(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """Whether a state's name follows another's after a comma or "and" ("China, India ink ...", "Japan and India
    ink"): the names are a headline's subject, and the word after them its verb."""
    if not mentions or mentions[-1].kind != "state":
        return False
    return text[mentions[-1].end : mention.start] in (", ", " and ", " & ", ",")


# "American" before the states of a group names the hemisphere's states ("a meeting of the American states"), not the
# United States ("the American republics" acting together are the OAS: its names)
_AMERICAN_GROUP_WORDS = ("republics", "states", "nations", "countries")
_AMERICAN_STATES = re.compile(r"[ \t]+(?:" + "|".join(_AMERICAN_GROUP_WORDS) + r")\b")
# "a Cuban-born pilot" (wire13), "Soviet-made weapons", "American-manufactured parts" (h17tune): where a person was
# born or a thing made, no actor
_BORN_OR_MADE = ("-born", "–born", "-made", "–made", "-manufactured", "–manufactured")
_AFTER_HYPHEN = re.compile(r"[-–—][ \t]*$")
# "Commonwealth", with or without "the", is the Commonwealth of Nations ("Fiji left Commonwealth in 1987"), unless
# another commonwealth is meant: one "of" a state ("the Commonwealth of Australia", "a Commonwealth of the United
# States"), one a name or an article puts before it ("the Polish-Lithuanian Commonwealth", "a commonwealth"), or games;
# nor are "British and Commonwealth forces" the body: the armies of its members
_COMMONWEALTHS = frozenset({"Commonwealth", "the Commonwealth", "The Commonwealth"})
_OF_OR_GAMES_AFTER = re.compile(r"[ \t]+(?:of|Games)\b")
_FORCES_AFTER = re.compile(r"[ \t]+(?:forces|troops|soldiers|armies|divisions|brigades|units|navies|squadrons)\b")


def _another_commonwealth(text: str, mention) -> bool:
    """Whether a "Commonwealth" mention names a commonwealth other than the Commonwealth of Nations."""
    if _OF_OR_GAMES_AFTER.match(text, mention.end):
        return True
    if mention.text != "Commonwealth":
        return False
    if _FORCES_AFTER.match(text, mention.end):
        return True
    before = _WORD_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    return before is not None and (before.group(1)[:1].isupper() or before.group(1).lower() in _ARTICLES)


# A word joined to the one before by a Persian, Urdu or Arabic particle between hyphens ("Mazar-i-Sharif",
# "Lashkar-e-Taiba", "Nizam-ul-Mulk") is the last part of a place's or a body's name, not a name of its own.
_LINKED_BEFORE = re.compile(r"[^\W\d_]-(?:i|e|ul|al|ud|ur|us|ush|ut|el)-$")
_PLACE_WAR = re.compile(r"[ \t]+wars?\b")
# What the rules reading the words right after a mention (_NAMES_A_THING, _AMERICAN_STATES, _PLACE_WAR,
# _NAMES_A_FEATURE, _NAMES_A_DOCUMENT, _NAMES_A_PAPER) can find there: a dash going on with a hyphenated name, or past blanks one of these
# words, in lower case (a word outside ASCII may match a pattern's letters in another case: it is let through). One
# look-up in this set spares their patterns at most mentions, which a common word follows ("Moscow said").
_WORD_AFTER = re.compile(r"[ \t]*([-–—]|\w+)")
_OPEN_PHRASES_AFTER = frozenset(
    word.lower()
    for word in (
        *_THING_WORDS, "ink", *_AMERICAN_GROUP_WORDS, "New", "Day", "war", "wars", *_FEATURE_NOUNS, *_QUARTERS, *_WAR_KINDS, "War", "Wars", "civil",
        *_EPISODES, *_DOCUMENT_WORDS, *_DOCUMENT_TITLES, "peace", *_PAPER_WORDS, "-", "–", "—",
    )
)


def _phrase_may_follow(text: str, end: int) -> bool:
    """Whether a word or dash right after ``end`` may open one of the phrases the rules after a mention read
    (find_mentions has it inlined, past a blank or a dash right after the mention)."""
    found = _WORD_AFTER.match(text, end)
    if found is None:
        return False
    word = found.group(1)
    return word.lower() in _OPEN_PHRASES_AFTER or not word.isascii()


# A capitalised name right after "Operation" (and up to two capitalised words) is an operation's code name.
_OPERATION_BEFORE = re.compile(r"\bOperation[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,2}$")
_FEATURE_OF = re.compile(r"\b(?:Seas?|Straits?|Gulf|Bay|Isles?)[ \t]+of[ \t]+(?:the[ \t]+)?$")


class _Focus:
    """States in focus with a salience that fades as the text moves on (decayed lazily, per state)."""

    def __init__(self) -> None:
        self.step = 0
        self.score: dict[str, tuple[float, int]] = {}  # code -> (salience, step it was last updated at)
        # The same salience counted from persons only: "the two leaders" are the states of the people in
        # focus, not the host of their meeting ("Kim Jong Un met Trump in Singapore; the two leaders ...").
        self.people: dict[str, tuple[float, int]] = {}
        self.last: tuple[str, int] | None = None  # (code, end) of the latest state mention
        self.total: dict[str, float] = {}  # undecayed: the states the whole text so far is about
        # States a movement named so far acts in ("the Sandinistas" are Nicaragua's rebels): they license a weak
        # form of that state ("a National Guard post") but count in no salience, as the movement is not the state.
        self.acting: set[str] = set()
        self._sole: tuple[tuple[int, object], str | None] | None = None  # the last answer of sole(), at its step

    def _add(self, code: str, weight: float, table: dict[str, tuple[float, int]] | None = None) -> None:
        table = self.score if table is None else table
        value, at = table.get(code, (0.0, self.step))
        table[code] = (value * _DECAY ** (self.step - at) + weight, self.step)

    def note(self, text: str, mention: Mention) -> None:
        # _states_in_focus inlined (a mention has one state in focus or none): once per mention
        kind = mention.kind
        if kind == "state":
            code = mention.entity
        elif (kind == "person" or kind == "group") and mention.state:
            code = mention.state
        else:
            if kind == "organization" and mention.state:
                self.acting.add(mention.state)
            return
        self.step = step = self.step + 1
        weight = _WEIGHT.get(mention.via, 1.0)
        score = self.score
        entry = score.get(code)  # _add inlined
        score[code] = (weight if entry is None else entry[0] * _DECAY ** (step - entry[1]) + weight, step)
        total = self.total
        total[code] = total.get(code, 0.0) + weight
        if kind == "person":
            self._add(code, weight, self.people)
        last = self.last
        if last is not None and last[0] != code:
            # the gap at most 12 characters long; matched in place rather than sliced out
            if mention.start - last[1] <= 12 and _JOINED.fullmatch(text, last[1], mention.start):
                self._add(last[0], _PAIR_BONUS)
                self._add(code, _PAIR_BONUS)
        self.last = (code, mention.end)

    def main(self, count: int = 2, without: str | None = None) -> tuple[str, ...]:
        """The ``count`` states the text so far has named most, whenever named (recent mentions break ties)."""
        recent = self.top(len(self.score))
        ranked = sorted((code for code in self.total if code != without), key=lambda c: (-self.total[c], recent.index(c)))
        return tuple(ranked[:count])

    def continuing(self, days: tuple[int, int] | None) -> tuple[str, ...]:
        """The states in focus mapped to the state continuing each at ``days``, their salience summed, most salient
        first: "the USSR ... the Soviet Union" in a sentence about 1917 are all Soviet Russia's."""
        now: dict[object, float] = {}
        best: dict[object, tuple[float, str]] = {}  # the family's most salient member: the text's own reading
        step = self.step
        decayed = _decayed(self.score, step)
        for code in heapq.nlargest(12, decayed, key=decayed.__getitem__):  # the states a title may mean
            value = decayed[code]
            family = _family(code)
            now[family] = now.get(family, 0.0) + value
            if value > best.get(family, (-1.0, ""))[0]:
                best[family] = (value, code)
        ranked = sorted(now, key=lambda family: -now[family])
        return tuple(dict.fromkeys(_near_date(best[family][1], days) for family in ranked))

    def sole(self, days: tuple[int, int] | None) -> str | None:
        """The one state plainly in focus: the only family named, or one at least _SOLE times as salient as the next."""
        step = self.step
        if self._sole is not None and self._sole[0] == (step, days):
            return self._sole[1]  # a title asks twice at one point of the text
        now: dict[object, float] = {}
        best: dict[object, tuple[float, str]] = {}
        decayed = _decayed(self.score, step)
        for code in heapq.nlargest(8, decayed, key=decayed.__getitem__):  # the rest fade below any share that counts
            value = decayed[code]
            family = _family(code)
            now[family] = now.get(family, 0.0) + value
            if value > best.get(family, (-1.0, ""))[0]:
                best[family] = (value, code)
        found = None
        ranked = sorted(now.values(), reverse=True)
        if ranked and (len(ranked) == 1 or ranked[0] >= _SOLE * ranked[1]):
            family = max(now, key=now.__getitem__)
            found = _near_date(best[family][1], days)
        self._sole = ((step, days), found)
        return found

    def top(self, count: int = 2, people: bool = False, without: str | None = None) -> tuple[str, ...]:
        """The ``count`` most salient states but ``without``; with ``people``, those of the persons in focus
        when there are enough of them."""
        table = self.score
        if people:
            persons = {code: entry for code, entry in self.people.items() if code != without}
            if len(persons) >= count:
                table = persons
        now = _decayed(table, self.step)
        now.pop(without, None)  # type: ignore[arg-type]
        # as sorted(..., key=-salience)[:count], ties in the order first named
        return tuple(code for code, _ in heapq.nlargest(count, now.items(), key=itemgetter(1)))


def _decayed(table: dict[str, tuple[float, int]], step: int) -> dict[str, float]:
    """Code -> salience at ``step``: ``value * _DECAY ** (step - at)`` of each (value, at) entry, in the table's order,
    computed by C-level passes (map, zip): the focus is asked at every title and reference, and holds every state the
    text has named."""
    entries = table.values()
    powers = map(pow, itertools.repeat(_DECAY), map(operator.sub, itertools.repeat(step), map(_SECOND, entries)))
    return dict(zip(table, map(operator.mul, map(_FIRST, entries), powers), strict=True))


@lru_cache(maxsize=1024)
def _family(code: str) -> object:
    """States of one lineage share a family (their Correlates of War number): the Russian Empire, Soviet Russia and
    the Soviet Union are one state in focus for a title ("the new regime" of 1917)."""
    ids = gazetteer._by_code().get(code.upper(), [])
    records = gazetteer.entities()
    cows = {records[ident].get("cow") for ident in ids if records[ident]["kind"] == "state"}
    return cows.pop() if len(cows) == 1 and None not in cows else code


@lru_cache(maxsize=4096)
def _near_date(code: str, days: tuple[int, int] | None) -> str:
    """``code`` as the text reads it when its state exists within a year of ``days`` ("the Soviet Union" in a sentence
    dated days before the revolution stays Soviet Russia), else the state continuing it then."""
    if days is None:
        return code
    wider = (days[0] - 365, days[1] + 365)
    if any(gazetteer._overlaps(gazetteer.validity(gazetteer.entities()[ident]), wider)
           for ident in gazetteer._by_code().get(code.upper(), [])):
        return code
    return gazetteer.continuing(code, days)


_UNSET = object()


def find_mentions(text: str, *, when: When | None = None) -> list[Mention]:
    """Every actor mention in ``text``, resolved in time, sorted by start."""
    mentions: list[Mention] = []
    focus = _Focus()
    hits = []
    kinds = []  # _vias of each hit's forms
    padded = pad(text)
    for hit in scan(text, padded):
        vias = _vias(hit.forms)
        if STOP in vias:
            continue
        if text[hit.start - 1 : hit.start] == "-" and _LINKED_BEFORE.search(text, max(0, hit.start - 8), hit.start):
            continue  # "Mazar-i-Sharif", "Jaish-e-Mohammed": the last word of a name its particle links, nobody
        if "combining" in vias or text.startswith("-", hit.end):  # the only hits _compound changes
            compound = _compound(text, hit)
            if compound is None:
                continue
            if compound is not hit:
                hit, vias = compound, _vias(compound.forms)
        hits.append(hit)
        kinds.append(vias)
    era: tuple[str, str] | None | bool = False  # computed on the first undated hit
    resolved_for: object = _UNSET  # the interval ``days`` and ``date`` were computed from (hits of a sentence share it)
    # words two context rules search for before each mention, looked for once in the whole text: most texts have none
    operations = _starts_of(text, "Operation")
    papers = "Times" in text
    operation = 0  # index in ``operations`` of the first that may stand before the next mention
    next_operation = operations[0] if operations else len(text)  # its start (past every mention's when none is left)
    days: tuple[int, int] | None = None
    date: str | None = None
    for position, hit in enumerate(hits):
        if mentions and hit.start < mentions[-1].end:
            continue  # inside a group the adjective before it took ("the Hungarian Communists")
        vias = kinds[position]  # ("leader" in vias: a set test before the first form is read, most hits are none)
        if hit.start > 3 and text[hit.start - 1] in "- " and _after_name_particle(text, hit.start) and "leader" not in vias:
            continue  # "Sheikh Jaber al-Sabah", "Hamad bin Jassim": a family's name (Sabah is no Malaysian state here)
        if "leader" in vias and hit.forms[0].via == "leader" and _surname_first(hit.forms) and _NAME_AFTER.match(
            text, hit.end
        ):
            continue  # "Jiang Qing", "Deng Yingchao": a Chinese surname opening another person's name
        interval = when(hit.start) if when is not None else None
        if interval is None:
            if era is False:
                era = _era(hits)
            interval = era or None
        if interval is not resolved_for:
            days = gazetteer.interval_days(interval)
            date = interval[0] if interval else None
            resolved_for = interval
        if HALF in vias and _NAME_AFTER.match(text, hit.end):
            # "the Republic Day parade", "the North Sea": a half before another capitalised word opens a longer name
            hit = replace(hit, forms=tuple(form for form in hit.forms if form.via != HALF))
            if not any(form.target is not None for form in hit.forms):
                continue
            vias = _vias(hit.forms)
        if HALF in vias:
            half = _half(text, hit, focus, days, date)
            if half is not None:
                if mentions and mentions[-1].end + 3 == hit.start and text.startswith("'s ", mentions[-1].end) \
                        and mentions[-1].kind == "state" and mentions[-1].entity != half.entity:
                    # "Korea's communist north": the whole named before its half says which country's; it is no
                    # actor beside the half
                    mentions.pop()
                mentions.append(half)
                focus.note(text, half)
                continue
            # no state in focus bears the name: the spelling's own forms, if any ("the People's Republic" is China's)
            hit = replace(hit, forms=tuple(form for form in hit.forms if form.via != HALF))
            if not any(form.target is not None for form in hit.forms):
                continue
            vias = _vias(hit.forms)
        if _WEAK in vias and (_LEGISLATES.match(text, hit.end) or _CHAMBERS_BEFORE.search(text, max(0, hit.start - 32), hit.start)):
            # "Congress passed the Jackson-Vanik amendment": a legislature making law, whatever state is in focus
            laws = tuple(replace(form, weak=False) for form in hit.forms if form.target and _legislature(form.target))
            if laws:
                hit = Hit(hit.start, hit.end, laws)
                vias = _vias(laws)
        if "leader" in vias and hit.forms[0].via == "leader" and _opens_another_name(
            text, hit, hits[position + 1 : position + 4]
        ):
            continue  # "President Hassan Gouled Aptidon of Djibouti": not the Hassan of the gazetteer
        if TITLE in vias:
            # "the junta", "the premier", "the embassy": the state in focus or the one named right after
            titled = resolve_title(
                text, hit, ranked=lambda days=days: focus.continuing(days), mentions=mentions, following=hits[position + 1 : position + 2],
                days=days, date=date, resolve=_resolve, states_of=_states_in_focus,
                sole=partial(focus.sole, days),
            )
            if titled is not None:
                mentions.append(titled)
                focus.note(text, titled)
            continue
        if _WEAK in vias:
            in_use = _in_use(hit, days)
            if _weak_context(in_use.forms) is not None and (
                _inside_a_name(text, hit) or _ASKED_BEFORE.search(text, max(0, hit.start - 24), hit.start)
            ):
                # "the Sikkim Congress", "the Party Congress", "the Congress of Vienna": another body's name; "Truman
                # asked Congress for aid to Greece": a request at home, how the state commits the aid, no party to it
                continue
            if _weak_context(in_use.forms) is not None and not _in_context(
                in_use, focus, hits[position + 1 : position + 6]
            ):
                continue  # "Nationalists" with no Chinese state in focus: some other country's nationalists
            hit = _weak_choice(text, hit, focus, hits[position + 1 : position + 6], mentions, days)
        if text.startswith("American", hit.end + 1) and _before_american(text, hit, hits[position + 1 : position + 2]):
            continue  # "Japanese Americans", "Irish-American": citizens of the United States
        if text[hit.start : hit.end] in _FORENAME_STATES and _a_persons_name(
            text, hit, hits[position - 1] if position else None, hits[position + 1 : position + 2]
        ):
            continue  # "Chad Johnson, a reporter", "Vernon Jordan", "Senator Nunn of Georgia": a person or an American state
        if "capital" in vias and text[hit.start - 2 : hit.start - 1].isalpha() and text[
            text.rfind(" ", max(0, hit.start - 30), hit.start - 1) + 1
        ].isupper() and _a_seat_closing_a_name(text, hit, hits[position - 1] if position else None):
            continue  # "the guerrilla leader Turcios Lima", "Harold Washington": a person's surname, not the seat
        if len(hit.forms) > 1 and "leader" in vias and hit.forms[0].via == "leader":  # vias: a superset here
            hit = _person_choice(text, hit, hits[position + 1 : position + 6], mentions, days)
        if days is not None and hit.forms[0] in _rival_forms():
            hit = _rival_choice(text, hit, days, focus, mentions, hits, position)
        mention = _resolve(text, hit, days, date, interval is era)
        if mention is not None and mention.kind == "person" and text.startswith(" of ", mention.end) \
                and _titled_of_another_state(text, mention, hits[position + 1 : position + 2], days, date):
            continue  # "President Fulano Mbeki of Gabon": the title's state names the person, not a namesake elsewhere
        if mention is None:
            if not any(form.via == REFERENCE for form in hit.forms):
                continue
            # "the two nations": the states most in focus; "the three powers" outside 1943-1945: the top three
            found = text[hit.start : hit.end]
            count = 4 if "four" in found.lower() else 3 if "three" in found.lower() else 2
            people = _NAMES_PEOPLE.search(found) is not None
            agent = _agent_of(text, mentions, hit.start)
            if _PARAGRAPH_START.search(text, max(0, hit.start - 40), hit.start) and not people:
                # "The two countries opened interests sections in 1977." opening a paragraph: the pair the
                # text is about, not the last two states of the paragraph before (the missile crisis's Moscow)
                ranked = focus.main(count, without=agent)
            elif count == 2 and agent is None and not people and (linked := _linked_pair(text, mentions, hit.start)):
                # "Bolivia broke off relations with Peru ... The two governments restored them": the pair of the
                # act just told, not the pair the text was about before it (India, still salient)
                ranked = linked
            else:
                ranked = focus.top(count, people=people, without=agent)
            members = tuple(dict.fromkeys(gazetteer.continuing(code, days) for code in ranked))
            mentions.append(
                Mention(
                    hit.start, hit.end, found, "REF", "group", date=date, via="reference", members=members
                )
            )
            continue
        if next_operation <= mention.start - 9 and mention.kind != "person":  # 9: len("Operation")
            # the first "Operation" that may still stand within 40 characters before a mention (the mentions come in
            # text order, so it only moves on; none moves while the next one starts too late to stand before this one)
            while next_operation < mention.start - 40:
                operation += 1
                next_operation = operations[operation] if operation < len(operations) else len(text)
            if next_operation <= mention.start - 9 and _OPERATION_BEFORE.search(
                text, max(0, mention.start - 40), mention.start
            ):
                continue  # "Operation Gibraltar", "Operation Iraqi Freedom": a military operation's code name
        # the rules below reading the words right after the mention all need a blank or a dash there (most mentions
        # end before a comma, a full stop or a possessive), then a word one of them looks for (most have none):
        # _phrase_may_follow inlined (once per mention)
        if text.startswith(_BORN_OR_MADE, mention.end):
            continue  # "the Argentine-born guerrilla", "found a cache of Soviet-made weapons": where born or made, no actor
        spaced = False
        if text[mention.end : mention.end + 1] in _BLANK_OR_DASH:
            after = _WORD_AFTER.match(text, mention.end)
            if after is not None:
                word = after.group(1)
                spaced = word.lower() in _OPEN_PHRASES_AFTER or not word.isascii()
        if spaced and mention.kind == "state" and (thing := _NAMES_A_THING.match(text, mention.end)) \
                and not (thing.group().lstrip(" \t").lower() == "ink" and _after_a_list(text, mention, mentions)):
            continue  # "Chinese food", "the Spanish flu", "the Pakistani rupee", "Pakistan Day": a thing named after it
        if spaced and mention.text == "American" and _AMERICAN_STATES.match(text, mention.end):
            continue  # "the American states": the states of the hemisphere, not the United States
        if mention.text in _COMMONWEALTHS and _another_commonwealth(text, mention):
            continue  # "the Commonwealth of Australia", "the Polish-Lithuanian Commonwealth": no Commonwealth of Nations
        if mention.text == "American republics" and text.endswith(" other ", 0, mention.start):
            continue  # "Colombia, Cuba and the other American republics": states beside those named, not their body
        if spaced and mention.via == "place" and _PLACE_WAR.match(text, mention.end):
            continue  # "the Falklands war", "the Kargil war": a place before a war in lower case names the war
        feature = _NAMES_A_FEATURE.match(text, mention.end) if spaced else None
        if (
            feature is not None
            and (
                feature.group("event") is None
                or not _AFTER_HYPHEN.search(text, max(0, mention.start - 3), mention.start)  # "Russo-Japanese War"
            )
        ) or (
            text.endswith(("of ", "the "), 0, mention.start)
            and _FEATURE_OF.search(text, max(0, mention.start - 16), mention.start)
        ):
            continue  # "the Sea of Japan", "Johnson South Reef", "the Iran–Iraq War": a place or an event
        if mention.kind == "organization" and text.endswith(("of ", "of the "), 0, mention.start) and _ACT_OF.search(
            text, max(0, mention.start - 40), mention.start
        ):
            continue  # "the ruling of the International Court of Justice": the ruling, not a party to the act on it
        if mention.kind == "person" and text[mention.end : mention.end + 1] in _AFTER_A_NAME and _NAMED_AFTER_A_PERSON.match(
            text, mention.end
        ):
            continue  # "the Truman Doctrine", "the Rogers Plan", "the Nehru-Liaquat Pact": a title, not the person
        if mention.via in ("capital", "place") and (
            (spaced and _NAMES_A_DOCUMENT.match(text, mention.end))
            # _DOCUMENT_OF ends in "of" or "the" and blanks: the window without its last blanks must end so first
            or (
                text[max(0, mention.start - 40) : mention.start].rstrip(" \t").endswith(("of", "the"))
                and _DOCUMENT_OF.search(text, max(0, mention.start - 40), mention.start)
            )
        ):
            continue  # "the Tashkent Declaration", "the Treaty of Moscow": a title, not an actor
        if mention.via in ("capital", "place", "name") and (
            (spaced and _NAMES_A_PAPER.match(text, mention.end))
            or (papers and _PAPER_OF.search(text, max(0, mention.start - 12), mention.start))
        ):
            continue  # "the Jerusalem Post", "China Daily", "the Times of India": a newspaper
        if mention.kind == "state" and text.startswith("-led ", mention.end) and _LED_BODY.match(text, mention.end + 5):
            continue  # "the Soviet-led Council for Mutual Economic Assistance": the body named after it acts, not its
            # leader ("the American-led coalition", with no name, still stands for its leader; a movement leading a
            # government, "the Sandinista-led Government of Nicaragua", is that government)
        if mention.via == "capital" and mention.text in _COURT_SEATS and _RULES_AFTER.match(text, mention.end):
            # "The Hague ruled that ...": the court sitting there at the date, not the Dutch government
            court = _world_court(text, mention, days, date)
            mention = court or mention
        mentions.append(mention)
        focus.note(text, mention)
    if era is False and when is None:
        era = _era(hits)
    phrases = phrase_starts(padded, _PHRASES)
    known = _surnames(text, mentions, when, era or None, phrases)

    def date_at(position: int) -> str | None:
        interval = (when(position) if when is not None else None) or era or None
        return interval[0] if interval else None

    def days_at(position: int) -> tuple[int, int] | None:
        return gazetteer.interval_days((when(position) if when is not None else None) or era or None)

    known = unknown_officials(text, known, date_at, phrases)
    found = allies_named(text, named_bodies(text, _shared_noun(text, _joint(text, _spelled_out(text, known)))))
    return short_names(text, found, days_at, phrases)  # "the Pact" after "the Warsaw Pact": the body named in full before


def _starts_of(text: str, word: str) -> list[int]:
    """Where ``word`` starts in ``text``, every occurrence, in order."""
    starts = []
    at = text.find(word)
    while at >= 0:
        starts.append(at)
        at = text.find(word, at + 1)
    return starts


_BLANK_OR_DASH = frozenset(" \t-\u2013\u2014")


# A verb of law-making right after a weak name of a legislature ("Congress passed", "Congress voted").
_LEGISLATES = re.compile(
    r"[ \t]+(?:passed|voted|approved|ratified|enacted|appropriated|overrode|amended|authori[sz]ed|outlawed"
    r"|refused[ \t]+to[ \t]+ratify|cut[ \t]+off)\b"
)
# "a joint meeting of Congress", "both houses of Congress": a legislature's chambers, never a party's (tune19)
_CHAMBERS_BEFORE = re.compile(r"(?:\bjoint[ \t]+(?:meeting|session|sitting)|\bboth[ \t]+houses)[ \t]+of[ \t]+(?:the[ \t]+)?$")
# A verb of judgment after the seat of the world's courts ("The Hague ruled", "The Hague ordered Tehran to ...").
_COURT_SEATS = frozenset({"The Hague", "the Hague", "THE HAGUE"})
_RULES_AFTER = re.compile(r"[ \t]+(?:ruled|rules|ordered|orders|found|finds|awarded|awards|decided|decides)\b")


# a body's proper name after "X-led " ("Council for ...", "Baghdad Pact", "COMECON")
_LED_BODY = re.compile(r"(?!The\b)[A-Z][\w’'-]*")


@lru_cache(maxsize=256)
def _legislature(ident: str) -> bool:
    record = gazetteer.entities().get(ident, {})
    return record.get("kind") == "institution" and record.get("sector") == "LEG"


def _world_court(text: str, mention: Mention, days: tuple[int, int] | None, date: str | None) -> Mention | None:
    """The court a "World Court" sitting at the date is (the PCIJ before 1946, the ICJ after), at the seat's span."""
    hits = scan("the World Court")
    if not hits:
        return None
    return _resolve(text, Hit(mention.start, mention.end, hits[0].forms), days, date)


# A one-word person's name opening a longer name of capitalised words the gazetteer does not know ("President Hassan
# Gouled Aptidon of Djibouti" is not Hassan II): after a title, or before two such words; the run of capitalised words
# must end the way a name in running text does (a lower-case word, "of", a comma, a possessive), so a headline in
# title case ("Nixon and Brezhnev Sign Arms Pacts in Kremlin") keeps its names.
_CAPITALISED_RUN = re.compile(
    r"((?:[ \t]+[A-Z][\w'\u2019-]*[a-z]){1,3}?)(?:(?=[ \t]+of\b|[ \t]*[,(]|['\u2019]s\b)|(?P<verb>(?=[ \t]+[a-z])))"
)
_TITLE_BEFORE = re.compile(
    r"\b(?:President|Prime[ \t]+Minister|Premier|Chancellor|Chairman|General|Marshal|Colonel|Admiral|Minister"
    r"|Ambassador|Emperor|King|Queen|Sheikh|Prince|Sultan|Emir|Mr\.?|Mrs\.?|Dr\.?)[ \t]+$"
)


def _unknown_name_after(text: str, end: int, free: Callable[[int], bool], titled: bool) -> bool:
    """Whether capitalised words no mention starts at (``free``) follow ``end`` as the rest of a person's name."""
    run = _CAPITALISED_RUN.match(text, end)
    if run is None or _headline(text, end):
        return False
    words = [(m.start(), m.group()) for m in re.finditer(r"[A-Z][\w'\u2019-]*", run.group(1))]
    if len(words) < (1 if titled else 2) or (run.group("verb") is not None and (not titled or len(words) < 2)):
        return False  # before a lower-case word only a long name after a title: "Nixon Arrives in Peking" is a headline
    first = words[0][1]
    if first in _CALENDAR_WORDS or first.lower() in gazetteer.data()["sectors"]:
        return False  # "Nixon Administration", "Nehru Monday"
    return all(free(end + offset) for offset, _ in words)


_LINE_WORD = re.compile(r"[^\W\d_][\w'\u2019-]{3,}")
_SMALL_WORDS = frozenset("with from into over after than that upon amid against about before under between without".split())


def _headline(text: str, at: int) -> bool:
    """Whether the line around ``at`` is written in title case: three capitalised longer words and no lower-case one
    but a preposition ("Roosevelt and Litvinov Exchange Letters; Ambassadors to Be Named")."""
    start = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", at)
    words = _LINE_WORD.findall(text, start, stop if stop >= 0 else len(text))
    return sum(word[0].isupper() for word in words) >= 3 and all(
        word[0].isupper() or word in _SMALL_WORDS for word in words
    )


# the particles of an Arabic name before a family's or father's name ("al-Sabah", "Al Thani", "bin Sultan")
_NAME_PARTICLES = frozenset(("al-", "Al-", "Al ", "bin ", "ibn "))


def _after_name_particle(text: str, start: int) -> bool:
    """Whether a particle of an Arabic name, a word of its own, stands right before ``start``."""
    for size in (3, 4):
        if text[start - size : start] in _NAME_PARTICLES and (start == size or not text[start - size - 1].isalpha()):
            return True
    return False
# a title then up to two capitalised names before a person's surname: "President Omar Bongo", "the Emir, Sheikh Jaber"
_TITLED_NAME_BEFORE = re.compile(
    r"\b(?:President|Prime[ \t]+Minister|Premier|Chancellor|Chairman|General|Marshal|Colonel|Emperor|King|Queen|Sheikh"
    r"|Prince|Sultan|Emir|Shah)[ \t]+(?:[A-Z][\w'\u2019.-]*[ \t]+){0,2}$"
)


def _titled_of_another_state(text: str, mention: Mention, following: list[Hit], days, date) -> bool:
    """Whether a titled person's name is followed by "of" and a state that is not the person's own at the date
    ("President Fulano Mbeki of Gabon": an unknown Gabonese president, no South African namesake)."""
    if not following or following[0].start != mention.end + 4 or not mention.state:
        return False
    if _TITLED_NAME_BEFORE.search(text, max(0, mention.start - 60), mention.start) is None:
        return False
    after = _resolve(text, following[0], days, date)
    if after is None or after.kind != "state":
        return False
    record = gazetteer.entities().get(after.entity)
    return record is not None and record["code"] != mention.state


# a father's name after a person's ("Sheikh Abdullah bin Zayed", "Prince Sultan ibn Abdulaziz"): the name goes on
_PATRONYMIC_AFTER = re.compile(r"[ \t]+(?:bin|ibn|bint|Bin|Ibn|Bint)[ \t]+[A-Z]")
# a family's name after a given one ("Al Thani", "al-Sabah")
_FAMILY_AFTER = re.compile(r"[ \t]+(?:[Aa]l|[Ee]l)[- \t][A-Z]")
# honorifics that open a two-word name of the gazetteer whose second word is a given name ("Sheikh Abdullah")
_NAME_HONORIFICS = frozenset(("Sheikh", "Shaikh", "Emir", "Amir", "Prince", "Sultan", "King", "Imam"))


_NAME_WORD = re.compile(r"[A-Z][\w'\u2019-]*")


def _known_name_word(hit: Hit, text: str, at: int) -> bool:
    """Whether the name word at ``at`` (after "bin" or "al-") is in a full name the gazetteer gives a person of the hit."""
    word = _NAME_WORD.match(text, at)
    if word is None:
        return False
    records = gazetteer.entities()
    return any(word.group() in name.split() or "-" + word.group() in name
               for form in hit.forms if form.target in records for name in records[form.target].get("names", ()))


def _opens_another_name(text: str, hit: Hit, following: list[Hit]) -> bool:
    if any(form.via != "leader" for form in hit.forms):
        return False
    longer = _PATRONYMIC_AFTER.match(text, hit.end)
    if longer is not None:
        # "Sheikh Abdullah bin Zayed": another Abdullah than the gazetteer's "Sheikh Abdullah" (not "Sultan Qaboos bin
        # Said", whose full name the gazetteer holds)
        return not _known_name_word(hit, text, longer.end() - 1)
    words = text[hit.start : hit.end].split()
    if len(words) == 2 and words[0] in _NAME_HONORIFICS:
        # "Sheikh Abdullah Al Thani": an honorific and a given name the text goes on from with a family's name
        longer = _FAMILY_AFTER.match(text, hit.end)
        return longer is not None and not _known_name_word(hit, text, longer.end() - 1)
    if not _NAME_AFTER.match(text, hit.end) or len(words) > 1:
        return False
    if _NAMED_AFTER_A_PERSON.match(text, hit.end):
        return False  # "the Truman Doctrine": dropped on its own
    starts = {later.start for later in following}
    titled = _TITLE_BEFORE.search(text, max(0, hit.start - 20), hit.start) is not None
    return _unknown_name_after(text, hit.end, lambda at: at not in starts, titled)


_AMERICANS = frozenset({"American", "Americans"})


# After "Cuban-American" these words name what passes between the two states, so both halves are states.
_RELATIONS_AFTER = re.compile(
    # up to two lower-case modifiers first ("Cuban-American migration talks", "Sino-Indian border trade")
    r"(?:[ \t]+(?!(?:and|or|of|the|to|in|on|who|which|that|was|were|is|are|has|have|had)\b)[a-z][\w-]*){0,2}?"
    r"[ \t]+(?:relations|ties|talks|negotiations|trade|treat(?:y|ies)|agreements?|accords?|rapprochement|tensions?"
    r"|disputes?|summits?|conflict|friendship|alliance|cooperation|co-operation|d[ée]tente|hostility|rivalry"
    r"|normalization|normalisation|diplomacy|dialogue|wars?|border|commission|understanding|exchanges?|contacts?"
    r"|standoff|stand-off|crisis|confrontation|meetings?|deal|pact|claims|negotiators|feud|quarrel|thaw|clash(?:es)?)\b",
    re.I,
)


def _before_american(text: str, hit: Hit, following: list[Hit]) -> bool:
    """Whether an adjective stands right before "American(s)" ("Japanese Americans"): an American group, unless a
    word of relations follows ("Cuban-American relations": Cuba and the United States)."""
    if not following or not any(form.via == "adjective" for form in hit.forms):
        return False
    after = following[0]
    return (
        after.start - hit.end == 1
        and text[hit.end] in " -"
        and text[after.start : after.end] in _AMERICANS
        and not any(form.text in _AMERICANS for form in hit.forms)
        and not (text[hit.end] == "-" and _RELATIONS_AFTER.match(text, after.end))
    )


# States named like a forename or a surname: before a capitalised word that is not a name of the gazetteer and
# that a comma, a possessive or a lower-case word follows, the state's name opens a person's ("Chad Johnson, a
# reporter", "Israel Epstein lived in Peking"); "Jordan" after a capitalised word that opens no sentence closes one
# ("Hamilton Jordan", "Vernon Jordan"). A state of Georgia's name is the American state's after an American title
# or "state of" ("Senator Sam Nunn of Georgia", "the governor of Georgia").
_FORENAME_STATES = frozenset({"Chad", "Jordan", "Israel", "Georgia", "India", "Kenya", "Jamaica"})
_SURNAME_STATES = frozenset({"Jordan"})
_CALENDAR = (
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August"
    "|September|October|November|December|Today|Yesterday|Tonight"
)
_CALENDAR_WORDS = frozenset(_CALENDAR.split("|"))
_PERSON_AFTER = re.compile(
    rf" (?!(?:{_CALENDAR})\b)([A-Z][a-z]*(?:['’][A-Z]?[a-z]+)?[a-z])(?=(?:['’]s)?[,;:]|(?:['’]s)? [a-z])"
)
# the kind of arms a model's name stands before ("Mirage fighters", "Hawk missiles", "Centurion tanks"), after the name
# of the state that receives them ("sold Israel Phantom jets"): no person's surname
_KIND_OF_ARMS = re.compile(r"[ \t]+(?:fighters?|jets?|bombers?|interceptors?|missiles?|rockets?|tanks?|aircraft|planes?"
                           r"|warplanes?|helicopters?|warships?|frigates?|destroyers?|submarines?|rifles?|guns?|howitzers?)\b")
# "In India Nehru said", "to Israel Sharon sent": after a preposition the name is the place, whoever follows
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|In|to|from|of|for|with|across|throughout|inside|outside|into|at|on|by|against|toward|towards)[ \t]+$"
)
_NOT_A_FORENAME_BEFORE = frozenset(
    {"Hashemite", "Greater", "Modern", "Kingdom", "King", "Queen", "Emir", "East", "West", *_CALENDAR.split("|")}
)
_AMERICAN_GEORGIA = re.compile(
    r"(?:\b(?:Senator|Sen\.|senator|Governor|Gov\.|governor|Congressman|Congresswoman|congressman|congresswoman"
    r"|Representative|Rep\.)\b[^.;:\n]{0,40}?\bof|\bstate[ \t]+of"
    # "in south Georgia", "rural Georgia": a part of the American state (the island is "South Georgia")
    r"|\b(?:north|south|east|west|central|rural|southern|northern|eastern|western|coastal|middle|upstate))[ \t]+$"
)


def _a_persons_name(text: str, hit: Hit, previous: Hit | None, following: list[Hit]) -> bool:
    """Whether a one-word state name is part of a person's name here ("Chad Johnson", "Vernon Jordan")."""
    found = text[hit.start : hit.end]
    if found not in _FORENAME_STATES:
        return False
    if found == "Georgia" and _AMERICAN_GEORGIA.search(text, max(0, hit.start - 60), hit.start):
        return True
    after = _PERSON_AFTER.match(text, hit.end)
    if after is not None and _KIND_OF_ARMS.match(text, after.end(1)):
        after = None  # "sold Israel Mirage fighters", "sent India Gnat jets": a model's name before the kind of arms
    if after is not None and not _PREPOSITION_BEFORE.search(text, max(0, hit.start - 12), hit.start) and not (
        following and following[0].start == after.start(1) and any(form.via != "leader" for form in following[0].forms)
    ):  # "Chad Johnson" is a person even though Johnson is one; "Jordan Syria" would be two states
        return True
    if found in _SURNAME_STATES:
        before = _NAME_BEFORE.search(text, max(0, hit.start - 30), hit.start)
        if before is None:
            return False
        word = before.group(1)
        if word in _NOT_A_FORENAME_BEFORE or word in _POLITICAL_TITLES or word.endswith(("'s", "’s")):
            return False
        if previous is not None and previous.end == before.end(1):
            return False  # "Soviet Georgia", "Arab Jordan": a name or an adjective of the gazetteer
        head = _stripped_end(text, before.start(1))  # len(text[: before.start(1)].rstrip()), without the copy
        if head and text[head - 1] not in ".!?:;\"'(“‘\n":
            return True
        # a sentence's first word is a forename before a verb or a possessive ("Vernon Jordan met", "Hamilton
        # Jordan's memo"), not an opener or an adverb ("Meanwhile Jordan", "Eventually Jordan")
        lowered = word.lower()
        return (
            lowered not in _OPENERS and lowered not in _FUNCTION_WORDS and not lowered.endswith("ly")
            and _VERB_OR_POSSESSIVE_AFTER.match(text, hit.end) is not None
        )
    return False


_VERB_OR_POSSESSIVE_AFTER = re.compile(r"(?:['’]s\b|[ \t]+[a-z])")


# A seat named as the last word of a person's name ("the guerrilla leader Turcios Lima", "Harold Washington", "Jack
# London"): after a capitalised word that is no name of the gazetteer, opens no sentence and is no word set before a
# city ("Radio Moscow", "Greater London", "Old Delhi", "Communist Peking"), the seat closes the person's name; a
# sentence's first word counts only when it is no opener or adverb ("Meanwhile Moscow") and a verb or a possessive
# follows ("Turcios Lima led the rebels"). A title before it makes the name a person's too ("General Washington").
_BEFORE_A_SEAT = frozenset(
    "Radio Greater Old New Central Downtown Metropolitan Inner Outer Upper Lower Red Communist Nationalist Imperial"
    " Occupied Liberated Free Divided Allied Official Fortress Port Fort Camp Saint St Mount Lake Embassy Consulate"
    " Station Airport Air Summit Conference Peace Treaty Agreement Accord Declaration Pact Protocol Garrison Wartime"
    " Postwar Prewar Modern Medieval Ancient Colonial British French Republican Soviet Nazi Tsarist Czarist Royal"
    " North South East West Northern Southern Eastern Western Hong Kowloon".split()
) | _CALENDAR_WORDS | _NOT_A_FORENAME_BEFORE
_LOWER_WORD_BEFORE = re.compile(r"\b(?!(?:" + "|".join(sorted(_SMALL_WORDS)) + r")\b)[a-z][a-z'\u2019-]{3,}")
_SENTENCE_CLOSERS = frozenset(".!?:;\"'(“‘\n")
# a sentence's first words that are no forename: adverbs and conjunctions opening a clause ("Later Washington agreed")
_NOT_A_NAME_OPENING = frozenset(
    "later soon now still instead also again thereafter afterwards afterward nevertheless nonetheless however therefore"
    " thus hence moreover furthermore indeed first next last only even already both neither nor unless whether where why"
    " how what here this that these those every each all some many most no not such because whereas unlike like without"
    " within during despite against between among across under over through toward towards into upon about around"
    " beyond behind near outside inside except besides accordingly consequently subsequently perhaps never often ever"
    " twice".split()
)
_AFTER_A_SURNAME = re.compile(r"(?:['’]s\b|[ \t]+[a-z]|,[ \t]+(?:the|a|an|who|whose)\b)")


def _a_seat_closing_a_name(text: str, hit: Hit, previous: Hit | None) -> bool:
    """Whether a one-word seat ("Lima", "Washington") is the last word of a person's name here (see above)."""
    if hit.start < 3 or text[hit.start - 1] != " " or not text[hit.start - 2].isalpha():
        return False
    if any(form.via != "capital" for form in hit.forms) or " " in text[hit.start : hit.end]:
        return False
    before = _NAME_BEFORE.search(text, max(0, hit.start - 30), hit.start)
    if before is None:
        return False
    word = before.group(1)
    if len(word) < 2 or not word[1:].replace("-", "").isalpha() or not word[1:].islower() or word in _BEFORE_A_SEAT:
        return False  # an acronym ("UN Geneva"), a possessive, a word set before a city
    if previous is not None and previous.end >= before.start(1):
        return False  # "Soviet Moscow", "Nationalist China's Taipei": a name or an adjective of the gazetteer
    if word in _POLITICAL_TITLES:
        return True  # "General Washington", "President Lima": a person's surname after a title
    head = text[max(0, before.start(1) - 8) : before.start(1)].rstrip(" \t")  # (not the whole text's prefix: a copy)
    if head and head[-1] not in _SENTENCE_CLOSERS:
        # "Turcios Lima" inside a sentence; a title line ("Talks Resume Between Washington And Moscow") has no lower-case
        # word but a preposition (a cheap look at the words just before first: lines may be long)
        return _LOWER_WORD_BEFORE.search(text, max(0, hit.start - 80), hit.start) is not None or not _headline(text, hit.start)
    lowered = word.lower()
    return (
        lowered not in _OPENERS and lowered not in _FUNCTION_WORDS and lowered not in _NOT_A_NAME_OPENING
        and not lowered.endswith("ly") and _AFTER_A_SURNAME.match(text, hit.end) is not None
    )


_OPENING = re.compile(r"[ \t]*(?:\(|[—–,:]|--)")
_CLOSING = {"(": ")", "—": "—", "–": "–", "-": "--", ",": ",", ":": "."}
_LIST_GLUE = re.compile(r"(?:[\s,&]|\band\b|\bthe\b|\bof\b)*", re.I)


_PARAGRAPH_START = re.compile(r"(?:\n[ \t]*\n|^)[ \t]*(?:(?:In|By|After|Since|From)[ \t][^,.;:\n]{0,25}?[ \t,]+)?$")
_AGENT_GAP = re.compile(r"[ \t]+(?:[a-z]+[ \t]+){0,2}[a-z]+[ \t]+")
# Words after which the speaker is among those the phrase counts ("Nixon said that the two nations ...").
_INCLUDING = frozenset(
    "and or but that as when while with said says say stated declared announced noted believed hoped thought "
    "felt insisted claimed argued added wrote recalled promised".split()
)


def _agent_of(text: str, mentions: list[Mention], at: int) -> str | None:
    """The state acting on a reference, which is then not one of the states it counts: "Kosygin invited both
    leaders to Tashkent", "Washington urged both sides to talk". It is the state of every earlier mention in the
    sentence, the last of them one to three lower-case words (a verb, a preposition) before the reference."""
    start = 0
    for end in _SENTENCE_END.finditer(text, max(0, at - 400), at):
        start = end.end()
    before = []
    for mention in reversed(mentions):  # the sentence's mentions are the last ones found
        if mention.start < start:
            break
        if mention.end <= at:
            before.append(mention)
    if not before:
        return None
    before.reverse()
    states = {code for m in before for code in _states_in_focus(m)}
    if len(states) != 1:
        return None
    gap = _AGENT_GAP.fullmatch(text, before[-1].end, at)
    if gap is None or _INCLUDING & set(gap.group(0).split()):
        return None
    return states.pop()


# Between a state and another: a verb phrase in lower case ending in "with" or "against" ("broke off relations with",
# "went to war against the"): the two are the parties of one act.
_LINK_WITH = re.compile(r"[ \t]+(?:[a-z][\w'-]*[ \t]+){1,6}?(?:with|against)[ \t]+(?:the[ \t]+)?")


def _linked_pair(text: str, mentions: list[Mention], at: int) -> tuple[str, str] | None:
    """The two states of the last act told in the sentence before a reference or in its own words before it, when
    one is the subject and the other the object of "with"/"against" ("Bolivia broke off relations with Peru"):
    "the two governments" after it are those two. None when no such pair stands there."""
    ends = [end.end() for end in _SENTENCE_END.finditer(text, max(0, at - 600), at + 1)]  # + 1: a capital at ``at``
    start = ends[-2] - 1 if len(ends) > 1 else max(0, at - 600)  # the sentence before begins there (its capital)
    if "\n\n" in text[start:at]:
        start = text.rfind("\n\n", start, at)  # not across a paragraph
    later: Mention | None = None
    for mention in reversed(mentions):  # the last ones found are the nearest
        if mention.start < start:
            break
        if mention.end > at:
            continue
        if later is not None and _LINK_WITH.fullmatch(text, mention.end, later.start):
            first, second = _states_in_focus(mention), _states_in_focus(later)
            if len(first) == 1 and len(second) == 1 and _family(first[0]) != _family(second[0]):
                return first[0], second[0]
        later = mention
    return None


_BEFORE_HYPHEN = re.compile(r"-[^\W\d_]")


def _compound(text: str, hit: Hit) -> Hit | None:
    """Before a hyphen and a word ("Franco-German") a spelling is the first half of a compound adjective: its
    state forms win over a person's ("Franco" the dictator); a combining form counts nowhere else."""
    if _BEFORE_HYPHEN.match(text, hit.end):
        states = tuple(form for form in hit.forms if form.via in ("combining", "adjective", "name"))
        return Hit(hit.start, hit.end, states) if states and len(states) < len(hit.forms) else hit
    if not any(form.via == "combining" for form in hit.forms):
        return hit
    if hit.start >= 2 and text[hit.start - 1] == "-" and text[hit.start - 2].isalpha():
        return hit  # the second half of a compound ("Indo-Pak talks"): the combining form is its state
    others = tuple(form for form in hit.forms if form.via != "combining")
    return Hit(hit.start, hit.end, others) if others else None


# A title before a capitalised word ("President Suharto", "General Noriega", "Prime Minister Whitlam"): the word is
# the surname (the last word of a full name) of the one person of the gazetteer holding an office at that date.
_TITLES = (
    "President", "Vice President", "Prime Minister", "Premier", "Chancellor", "Chairman", "General", "Marshal",
    "Field Marshal", "Colonel", "Admiral", "Foreign Minister", "Defence Minister", "Defense Minister", "Secretary",
    "Ambassador", "Emperor", "King", "Queen", "Shah", "Sheikh", "Prince", "Ayatollah", "Generalissimo", "Sultan",
    "Emir",
)
_AFTER_TITLE = re.compile(r"[ \t]+([A-Z][\w'\u2019-]*\w)\b")
_TITLES_OF_KEY: dict[str, list[str]] = {}  # normalized phrase -> the titles written so
for _title in _TITLES:
    _TITLES_OF_KEY.setdefault(normalize(_title), []).append(_title)
_TITLE_PHRASES = frozenset(_TITLES)
# The phrases the passes after the scan look for (titles before a name, officials' titles, short names): found in one
# pass over the normalized text (matcher.phrase_starts) for all of them.
_PHRASES = _TITLE_PHRASES | OFFICIAL_PHRASES | SHORT_PHRASES


def _titled_words(text: str, occurrences: dict[str, list[int]]):
    """(start, end, word, title) of each capitalised word right after a title; the titles found by _occurrences, as a
    regular expression alternation of the titles would try every position of a long text (a title's occurrences may
    be all of them or only those standing as words: the others are passed over here)."""
    for title in _TITLES:
        if title not in occurrences:
            continue  # most texts hold few titles or none
        for at in _successive(occurrences[title], len(title), 0):
            stop = at + len(title)
            if (at == 0 or not text[at - 1].isalnum()) and (found := _AFTER_TITLE.match(text, stop)):
                yield found.start(1), found.end(1), found.group(1), title


def _occurrences(text: str, names, phrases: dict[str, list[int]] | None = None) -> dict[str, list[int]]:
    """Title or name -> start of every occurrence of it in ``text``: of a title where it stands as whole words, written
    as listed (all that _titled_words reads); of a name everywhere (overlapping ones too, in order). The titles from
    ``phrases`` (``matcher.phrase_starts`` of the text's phrases, found once for several passes), the names (a text
    names few persons in full) by ``str.find``. A title or name that does not occur has no key or an empty list."""
    if phrases is None:
        phrases = phrase_starts(pad(text), _TITLE_PHRASES)
    found: dict[str, list[int]] = {}
    for key, places in phrases.items():  # the few phrases the text holds, not every title
        for title in _TITLES_OF_KEY.get(key, ()):
            starts = [at for at in places if text.startswith(title, at)]
            if starts:
                found[title] = starts
    names = list(names)
    if len(names) < _SWEEPS_UP_TO or "" in names:
        for name in names:
            found[name] = _starts_of(text, name)
        return found
    found.update(_all_starts(text, names))
    return found


# Up to this many names, one str.find sweep of the text each; more, one Aho-Corasick pass for all (its build and its
# pass cost about as much as 16 sweeps in CPU time, and a third of them for 45 names).
_SWEEPS_UP_TO = 16


def _all_starts(text: str, names: list[str]) -> dict[str, list[int]]:
    """Name -> where it starts in ``text``, every occurrence (overlapping ones too), in order: ``_starts_of`` of
    each name, found in one pass of an automaton built for these names."""
    automaton = ahocorasick.Automaton()
    found: dict[str, list[int]] = {}
    for name in names:
        automaton.add_word(name, (len(name) - 1, name))
        found[name] = []
    automaton.make_automaton()
    for last, (shift, name) in automaton.iter(text):
        found[name].append(last - shift)
    return found


def _successive(starts, length: int, origin: int):
    """The occurrences successive ``str.find`` calls from ``origin`` return: each found after the last one's end."""
    reach = origin
    for start in starts:
        if start >= reach:
            yield start
            reach = start + length


@lru_cache(maxsize=1)
def _surname_index() -> dict[str, tuple[str, ...]]:
    """Last word of every full name (two words or more) of every person -> the persons bearing it."""
    index: dict[str, set[str]] = {}
    for ident, record in gazetteer.entities().items():
        if record["kind"] != "person":
            continue
        for name in record["names"]:
            words = name.split()
            if len(words) >= 2 and words[-1][:1].isupper() and not words[-1].endswith("."):
                index.setdefault(words[-1], set()).add(ident)
    return {word: tuple(sorted(idents)) for word, idents in index.items()}


@lru_cache(maxsize=1)
def _given_name_index() -> dict[str, tuple[str, ...]]:
    """First word of every full name (two words or more, an honorific aside) of every person -> the persons bearing
    it: "Mohammed" of "Mohammed Daoud Khan", "George" of "George V"."""
    index: dict[str, set[str]] = {}
    for ident, record in gazetteer.entities().items():
        if record["kind"] != "person":
            continue
        for name in record["names"]:
            words = name.split()
            if len(words) >= 2 and words[0][:1].isupper() and words[0] not in _HONORIFICS:
                index.setdefault(words[0], set()).add(ident)
    return {word: tuple(sorted(idents)) for word, idents in index.items()}


# Titles of monarchs, who are named by their given name ("King George", "Emperor Wilhelm").
_REGNAL_TITLES = frozenset({"King", "Queen", "Emperor"})


def _heads_state(ident: str, days: tuple[int, int]) -> bool:
    """Whether a person is a head of state at ``days`` (a monarch's office)."""
    for office in gazetteer.entities()[ident]["offices"]:
        start = gazetteer.ordinal(office["from"]) or gazetteer.OPEN_START
        stop = gazetteer.ordinal(office["to"], end=True) or gazetteer.OPEN_END
        if office["role"] == "head of state" and start <= days[1] and days[0] <= stop:
            return True
    return False


def _office_states(ident: str, days: tuple[int, int]) -> set[str]:
    """The state codes a person holds an office of at ``days``."""
    records = gazetteer.entities()
    codes: set[str] = set()
    for office in records[ident]["offices"]:
        start = gazetteer.ordinal(office["from"]) or gazetteer.OPEN_START
        stop = gazetteer.ordinal(office["to"], end=True) or gazetteer.OPEN_END
        if start <= days[1] and days[0] <= stop:
            codes.update(records[state]["code"] for state in office["states"] if state in records)
    return codes


def _states_near(text: str, at: int, mentions: list[Mention]) -> set[str]:
    """The states named in the sentence around ``at`` and the one before it (a person's state for a person)."""
    ends = [end.end() - 1 for end in _SENTENCE_END.finditer(text, max(0, at - 600), at)]  # a sentence's first letter
    first = ends[-2] if len(ends) >= 2 else (0 if at < 600 else (ends[0] if ends else at - 600))
    after = _SENTENCE_END.search(text, at)
    last = after.start() + 1 if after else len(text)
    near: set[str] = set()
    for mention in mentions:
        if first <= mention.start < last:
            code = mention.entity if mention.kind == "state" else mention.state
            if code:
                near.add(code)
    return near


def _given_name_in_focus(
    text: str, at: int, mentions: list[Mention], idents: tuple[str, ...], rivals: tuple[str, ...],
    days: tuple[int, int], title: str,
) -> tuple[str, ...]:
    """The bearers of a surname after a title when the word is also the given name of others in office at the date
    ("President Mohammed" in 1975: Murtala Mohammed of Nigeria, or a Mohammed of Afghanistan?). A monarch's title takes
    a given name ("King George" in 1917 is George V, not Lloyd George): the bearer whose state the sentence (or the one
    before) names, or with no state named the one bearer. Other titles take the surname's bearer only when those
    sentences name his state and no rival's: the date alone does not tell."""
    near = _states_near(text, at, mentions)
    if title.split()[-1] not in _POLITICAL_TITLES:
        # the monarch of a state named nearby; with no state named, the one monarch of that name at the date
        chosen = tuple(ident for ident in rivals if _office_states(ident, days) & near) or (() if near else rivals)
        return chosen if len(chosen) == 1 else ()
    if any(_office_states(ident, days) & near for ident in rivals):
        return ()
    return tuple(ident for ident in idents if _office_states(ident, days) & near)


# A first word that may stand for its bearer later in the text: a capitalised word of two letters or more.
# A family name written first that is also an English word a sentence may start with ("He Yingqin ... He said"):
# alone it is the word, never the person.
_PRONOUN_LIKE = frozenset({"He", "She", "It", "We", "Me", "Us", "So", "No", "An", "As", "At", "By", "Do", "If", "In",
                           "On", "Or", "To", "Up", "Go", "My", "Oh"})
_GIVEN = re.compile(r"[A-Z][a-z\u00c0-\u024f'\u2019-]*[a-z\u00c0-\u024f]")
# Words opening a full name that are no part of the person's own name.
_HONORIFICS = frozenset(
    {word for title in _TITLES for word in title.split()}
    | {"Lord", "Lady", "Sir", "Dame", "Pope", "Madame", "Mrs", "Mr", "Bishop", "Pandit", "Sardar", "Maharaja", "Nawab",
       "Chief", "The", "Saint", "Mahatma", "Comrade", "Dr", "Big", "Field", "Young", "Old"}
)
_NAME_BEFORE = re.compile(r"([A-Z][\w'\u2019-]*)[ \t]+$")  # no full stop: a sentence's end or "Mr." stand apart
_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")
# Titles after which a lone name is still the person's own ("President Bhutto", "Premier Li").
_POLITICAL_TITLES = frozenset({word for title in _TITLES for word in title.split()} | {"Mr", "Mrs", "Madame"}) - {
    "King", "Queen", "Emperor", "Prince", "Shah", "Sultan", "Emir", "Ayatollah", "Sheikh"
}


@lru_cache(maxsize=1 << 14)
def _surname_first(forms: tuple[Form, ...]) -> bool:
    """Whether a spelling is only a one-word surname written first in its bearers' full names ("Jiang" of "Jiang
    Zemin", "Deng" of "Deng Xiaoping"): before another capitalised word it opens someone else's name."""
    people = [form for form in forms if form.target is not None]
    if not people or any(form.via != "leader" or " " in form.text for form in people):
        return False
    records = gazetteer.entities()
    for form in people:
        names = [name.split() for name in records[form.target]["names"] if " " in name]
        if not any(words[0] == form.text for words in names):
            return False
        if any(words[-1] == form.text and words[0] not in _HONORIFICS for words in names):
            return False  # a surname written last ("Castro" of "Fidel Castro")
    return True


def _part_of_a_name(text: str, start: int, end: int, first_word: bool) -> bool:
    """Whether a name word stands inside a longer capitalised name ("Yahya Khan", "Li Peng", "Central Park")
    rather than alone, a title before it excepted ("President Bhutto"; for a first word, political titles only)."""
    if _NAME_AFTER.match(text, end):
        return True
    before = _NAME_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group(1)
    if word.lower() in _FUNCTION_WORDS or word.lower() in _OPENERS:
        return False  # "When Li arrived", "But Bhutto refused": a sentence's first word
    return word not in (_POLITICAL_TITLES if first_word else _HONORIFICS)


_OPENERS = frozenset("when while after before then since until if though although yet so once meanwhile there".split())


def _in_office(ident: str, days: tuple[int, int]) -> bool:
    for office in gazetteer.entities()[ident]["offices"]:
        start = gazetteer.ordinal(office["from"]) or gazetteer.OPEN_START
        stop = gazetteer.ordinal(office["to"], end=True) or gazetteer.OPEN_END
        if start <= days[1] and days[0] <= stop:
            return True
    return False


def _surnames(
    text: str, mentions: list[Mention], when: When | None, era: tuple[str, str] | None,
    phrases: dict[str, list[int]] | None = None,
) -> list[Mention]:
    """Surnames the gazetteer does not list alone: after the person's full name in the same text ("Fidel Ramos
    ... Ramos"), or after a title naming the one person of that surname in office at the date ("President
    Suharto", "General Noriega"). ``phrases``: ``matcher.phrase_starts`` of the text, when the caller has them."""
    starts = list(map(_START, mentions))  # sorted, the mentions disjoint
    taken: set[int] = set()  # starts of the surnames added here (each a whole word)

    def free(start: int, end: int) -> bool:
        if start in taken:
            return False
        at = bisect.bisect_right(starts, start) - 1
        if at >= 0 and mentions[at].end > start:
            return False
        return at + 1 >= len(starts) or starts[at + 1] >= end

    def days_at(position: int) -> tuple[tuple[int, int] | None, str | None]:
        interval = when(position) if when is not None else None
        interval = interval or era
        return gazetteer.interval_days(interval), (interval[0] if interval else None)

    def add(start: int, end: int, ident: str) -> None:
        if _NAMED_AFTER_A_PERSON.match(text, end):
            return  # "Brezhnev ... the Brezhnev Doctrine": the title again, not the person
        days, date = days_at(start)
        form = Form(text[start:end], ident, _NAMED)
        mention = _resolve(text, Hit(start, end, (form,)), days, date)
        if mention is not None:
            added.append(mention)
            taken.add(start)

    added: list[Mention] = []
    index = _surname_index()
    named: dict[str, list[tuple[int, str]]] = {}  # surname -> (end of a full mention, person), in text order
    given: set[str] = set()  # first words standing for the person ("Li Zongren ... Li", "Fidel Castro ... Fidel")
    for at in _indices(list(map(_KIND, mentions)), "person"):
        mention = mentions[at]
        if " " not in mention.text:
            continue
        words = mention.text.split()
        surname = words[-1]
        if surname[:1].isupper() and surname in index:
            named.setdefault(surname, []).append((mention.end, mention.entity))
        first = words[0]
        if len(words) <= 3 and _GIVEN.fullmatch(first) and first not in _HONORIFICS and first not in _PRONOUN_LIKE:
            named.setdefault(first, []).append((mention.end, mention.entity))
            given.add(first)
    occurrences = _occurrences(text, named, phrases)
    for start, end, word, title in _titled_words(text, occurrences):
        idents = index.get(word, ())
        regnal = title in _REGNAL_TITLES and word in _given_name_index()  # "King George": a monarch's given name
        if not (idents or regnal) or not free(start, end):
            continue
        longer = _PATRONYMIC_AFTER.match(text, end) or title in _NAME_HONORIFICS and _FAMILY_AFTER.match(text, end)
        if _unknown_name_after(text, end, lambda at: free(at, at + 1), True) or longer and not _known_name_word(
                Hit(start, end, tuple(Form(word, ident, _NAMED) for ident in idents)), text, longer.end() - 1):
            continue  # "President Hassan Gouled Aptidon", "Sheikh Abdullah bin Zayed": a longer name the gazetteer
            # does not know
        following = bisect.bisect_left(starts, end)
        if following < len(mentions) and mentions[following].kind == "person" and not text[end : mentions[following].start].strip(" \t"):
            continue  # "President Mohammed Daoud": a forename before the person the gazetteer knows, not a "Mohammed"
        days, _ = days_at(start)
        if days is not None:
            idents = tuple(ident for ident in idents if _in_office(ident, days))
            rivals = tuple(
                ident for ident in _given_name_index().get(word, ()) if ident not in idents and _in_office(ident, days)
            )
            if regnal:
                rivals = tuple(ident for ident in rivals if _heads_state(ident, days))
            if rivals and (idents or regnal):
                idents = _given_name_in_focus(text, start, mentions, idents, rivals, days, title)
        if len(idents) == 1:
            add(start, end, idents[0])
    for surname, full in named.items():
        full.sort()
        for start in _successive(occurrences.get(surname, ()), len(surname), full[0][0]):
            end = start + len(surname)
            if (start and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
                continue  # inside a longer word
            if _part_of_a_name(text, start, end, surname in given):
                continue  # "Khan" of "Yahya Khan", "Li" of "Li Peng": another person's name
            before = bisect.bisect_right(full, (start, "\uffff"))  # the full mentions ending before this word
            if before and free(start, end):
                add(start, end, full[before - 1][1])
    if not added:
        return mentions
    return sorted(mentions + added, key=_SPAN)


# A compound adjective of two states before a noun of joint action ("the Anglo-French landing", "an
# Anglo-French ultimatum", "Franco-British forces") names both states acting as one; before any other noun
# ("the Franco-German treaty", "Sino-Soviet relations", "the Indo-Pakistani war") its halves stay the pair.
_JOINT_ACTION = re.compile(
    r"[ \t]+(?:forces?|troops|landings?|ultimatum|fleets?|expedition(?:ary[ \t]+force)?|intervention|invasion|armies"
    r"|army|navies|task[ \t]+force|command|bombers|aircraft|paratroopers|operations?|attacks?|offensive|occupation"
    r"|blockade|bombing|air[ \t]+strikes?|guarantee|note|démarche|demarche)\b",
    re.I,
)


def _joint(text: str, mentions: list[Mention]) -> list[Mention]:
    """Two state adjectives joined by a hyphen before a noun of joint action: one group of both states."""
    # Only two mentions one character apart can be joined: those pairs are found by C-level passes over the spans
    # (most texts have a few), and only they are looked at in Python.
    gaps = list(map(operator.sub, map(_START, mentions[1:]), map(_END, mentions)))
    result: list[Mention] = []
    taken = 0  # mentions before this index are in ``result``
    for index in _indices(gaps, 1):
        if index < taken:
            continue  # the second half of a pair just joined
        first, second = mentions[index], mentions[index + 1]
        if (
            first.kind == second.kind == "state"
            and first.via == second.via == "adjective"
            and first.entity != second.entity
            and text[first.end : second.start] in ("-", "\u2013")
            and _JOINT_ACTION.match(text, second.end)
        ):
            members = (first.entity, second.entity)
        elif (
            first.kind == "state" and first.via == "adjective"
            and second.kind == "group" and second.via == "adjective" and second.state
            and first.entity != second.state
            and text[first.end : second.start] in ("-", "\u2013")
        ):
            # "Anglo-French troops", "Soviet-Cuban forces": the second adjective took the armed force with it
            members = (first.entity, second.state)
        else:
            continue
        result.extend(mentions[taken:index])
        result.append(
            Mention(
                first.start, second.end, text[first.start : second.end], "JOINT", "group",
                date=first.date, via="group", members=members,
            )
        )
        taken = index + 2
    result.extend(mentions[taken:])
    return result


_AND_BETWEEN = re.compile(r"[ \t]*(?:,[ \t]*)?(?:and|or|&)[ \t]+")
_COMMA_BETWEEN = re.compile(r"[ \t]*,[ \t]*")
_TRAILING_NOUN = re.compile(r"(?:[ \t]+[a-z][\w-]*)+$")


def _shared_noun(text: str, mentions: list[Mention]) -> list[Mention]:
    """An adjective joined by "and" to a group of another state takes the group's noun: "Cuban and Angolan forces"
    are both states' militaries, "Greek and Turkish Cypriots" both communities, "Soviet and Cuban advisers" both
    states' advisers. Right to left, so a list ("Cuban, Ethiopian and Yemeni troops") shares its last noun; a plural
    people ("Americans, Nazi leaders") shares nothing."""
    shared: set[int] = set()
    # only a mention before a group can take its noun: those, found by a C-level pass over the kinds, right to left
    # (a mention that took a noun is a group, so the one before it is tried next)
    pending = [at - 1 for at in _indices(list(map(_KIND, mentions)), "group") if at]
    while pending:
        index = pending.pop()
        first, second = mentions[index], mentions[index + 1]
        if (
            second.kind != "group"
            or first.kind != "state"
            or not (
                (first.via == "adjective" and not first.text.endswith("s"))
                or (first.via == "name" and _ABBREVIATION.fullmatch(first.text))
            )
            or second.via not in ("adjective", "institution")
            or not second.state
            or second.state == first.entity
            or not (
                _AND_BETWEEN.fullmatch(text, first.end, second.start)
                or (index + 1 in shared and _COMMA_BETWEEN.fullmatch(text, first.end, second.start))
            )
        ):
            continue
        trailing = _TRAILING_NOUN.search(second.text)
        noun = trailing.group(0).strip() if trailing else second.text.split()[-1]
        if noun == second.text:
            continue
        composed = first.text + " " + noun
        hits = scan(composed)
        if not hits or hits[0].start != 0 or any(form.via == STOP for form in hits[0].forms):
            continue
        days = gazetteer.interval_days((first.date, first.date)) if first.date else None
        found = _resolve(composed, hits[0], days, first.date)
        if found is not None and found.kind == "group" and (found.start, found.end) == (0, len(composed)):
            mentions[index] = replace(found, start=first.start, end=first.end, text=first.text)
            shared.add(index)
            if index and (not pending or pending[-1] != index - 1):
                pending.append(index - 1)
    return mentions


def _spelled_out(text: str, mentions: list[Mention]) -> list[Mention]:
    """A group or reference the text spells out right after ("the two neighbours (India and Pakistan)",
    "the Allies — Britain, France and Russia —", "both countries, India and Pakistan,")
    stands for the states it lists; the list must hold nothing but those states and "and"."""
    vias = list(map(_VIA, mentions))  # the references and groups found by C-level passes, not a Python loop
    for index in sorted(_indices(vias, "reference") + _indices(vias, "group")):
        mention = mentions[index]
        if mention.kind == "state":
            continue
        opening = _OPENING.match(text, mention.end)
        if opening is None:
            continue
        mark = opening.group(0).strip()[0]
        close = text.find(_CLOSING[mark], opening.end(), opening.end() + 160)
        if close < 0:
            continue
        listed: list[str] = []
        cursor = opening.end()
        for inner_index in range(index + 1, len(mentions)):  # not a slice: a copy of the rest of the list
            inner = mentions[inner_index]
            if inner.start >= close:
                break
            if not _LIST_GLUE.fullmatch(text, cursor, inner.start):
                listed = []
                break
            listed.extend(_states_in_focus(inner))
            cursor = inner.end
        if listed and not _LIST_GLUE.fullmatch(text, cursor, close):
            listed = []
        if len(set(listed)) >= 2:
            mentions[index] = replace(mention, members=tuple(dict.fromkeys(listed)))
    return mentions


def _indices(values: list, value: object) -> list[int]:
    """The indices at which ``value`` stands in ``values``, in order (``list.index`` from each to the next)."""
    found: list[int] = []
    if value not in values:
        return found  # most lists hold none: no call at all
    at = -1
    while True:
        try:
            at = values.index(value, at + 1)
        except ValueError:
            return found
        found.append(at)


def _in_context(hit: Hit, focus: _Focus, following: list[Hit]) -> bool:
    """False when every form of the hit is weak and no state of their lineages is in focus or named in the
    next 200 characters ("the Nationalists ... Manchuria")."""
    wanted = _weak_context(hit.forms)
    if wanted is None:
        return True
    if wanted & focus.score.keys() or wanted & focus.acting:
        return True
    for later in following:
        if later.start > hit.end + 200:
            break
        if any(wanted & _states_named(form.target) for form in later.forms if form.target and not form.weak):
            return True
    return False


@lru_cache(maxsize=1 << 14)
def _vias(forms: tuple[Form, ...]) -> frozenset[str]:
    """The kinds of form a spelling's forms are (a stop phrase, a combining form, a half), and _WEAK when any form
    is weak: what find_mentions asks of every hit, in one cached call."""
    vias = frozenset(form.via for form in forms)
    return vias | {_WEAK} if any(form.weak for form in forms) else vias


_WEAK = "weak form"  # no form's via


def _in_use(hit: Hit, days: tuple[int, int] | None) -> Hit:
    """The hit with only the forms whose restriction covers the date, when any does ("the Revolutionary Command
    Council" of Egypt is no strong form in 1972, so the spelling is weak then)."""
    if days is None or all(form.span is None for form in hit.forms):
        return hit
    forms = tuple(
        form for form in hit.forms if form.span is None or (form.span[0] <= days[1] and days[0] <= form.span[1])
    )
    return Hit(hit.start, hit.end, forms) if forms and len(forms) < len(hit.forms) else hit


_SENTENCE_END = re.compile(r"[.!?][\"')\]]?\s+[\"'(]?[A-Z0-9]")


def _weak_choice(
    text: str, hit: Hit, focus: _Focus, following: list[Hit], before: list[Mention], days: tuple[int, int] | None
) -> Hit:
    """A spelling whose forms in use at the date name several entities, some weak ("the Revolutionary Command
    Council" of Iraq and of Libya in 1969-1977): keep the entity whose state the text names nearest ("Iraq's
    Revolutionary Command Council", "the Revolutionary Command Council in Tripoli"), else the one in focus most
    recently. Beside a strong form a weak one counts only when a state of its lineage is named near ("the OAS"
    near de Gaulle in 1962 is the French Secret Army, near Cuba the Organization of American States)."""
    named = [
        form
        for form in hit.forms
        if form.target is not None
        and (form.span is None or days is None or (form.span[0] <= days[1] and days[0] <= form.span[1]))
    ]
    if len(named) < 2 or not any(form.weak for form in named):
        return hit

    def rank(form: Form) -> tuple[int, int]:
        wanted = frozenset(form.weak) if isinstance(form.weak, tuple) else gazetteer.context(form.target)  # type: ignore[arg-type]
        distances = [
            hit_after.start - hit.end
            for hit_after in following
            if hit_after.start <= hit.end + 200
            and not _SENTENCE_END.search(text, hit.end, hit_after.start)
            and any(wanted & _states_named(other.target) for other in hit_after.forms if other.target and not other.weak)
        ]
        distances += [
            hit.start - mention.end
            for mention in before[-6:]
            if mention.end <= hit.start
            and not _SENTENCE_END.search(text, mention.end, hit.start)
            and wanted & {mention.entity, mention.state or ""}
        ]
        nearest = min((d for d in distances if d <= 200), default=None)
        recent = max((focus.score[code][1] for code in wanted if code in focus.score), default=-1)
        return (-nearest if nearest is not None else -10_000, recent)

    ranks = {form: rank(form) for form in named}
    if not all(form.weak for form in named) and not any(
        form.weak and ranks[form][0] > -10_000 for form in named
    ):
        # a strong form beside weak ones no state near licenses ("the OAS" condemning Cuba is the Americas')
        return replace(hit, forms=tuple(form for form in hit.forms if not form.weak))
    best = max(ranks.values())
    if all(value == best for value in ranks.values()):
        return hit
    return replace(hit, forms=tuple(form for form in hit.forms if form.target is None or ranks.get(form) == best))


def _person_choice(
    text: str, hit: Hit, following: list[Hit], before: list[Mention], days: tuple[int, int] | None
) -> Hit:
    """A spelling naming several persons in office at the date ("Amin" in April 1979: Uganda's and Afghanistan's)
    names the one whose state the sentence names nearest, before or after it ("Tanzanian troops entered Kampala and
    Amin fled")."""
    if days is None:
        return hit
    targets = {
        form.target for form in hit.forms
        if form.via == "leader" and form.target and (form.span is None or (form.span[0] <= days[1] and days[0] <= form.span[1]))
        and _in_office(form.target, days)
    }
    if len(targets) < 2:
        return hit  # one of them in office then: the gazetteer's own reading in time ("Kohl" in 1972 is Michael Kohl)
    records = gazetteer.entities()

    def nearest(ident: str) -> int | None:
        wanted = {records[state]["code"] for office in records[ident]["offices"] for state in office["states"] if state in records}
        distances = [
            later.start - hit.end for later in following
            if later.start <= hit.end + 200 and not _SENTENCE_END.search(text, hit.end, later.start)
            and any(wanted & _states_named(form.target) for form in later.forms if form.target and not form.weak)
        ]
        distances += [
            hit.start - mention.end for mention in before[-6:]
            if mention.end <= hit.start and hit.start - mention.end <= 200
            and not _SENTENCE_END.search(text, mention.end, hit.start) and wanted & {mention.entity, mention.state or ""}
        ]
        return min(distances, default=None)

    found = {ident: nearest(ident) for ident in targets}
    near = [ident for ident, distance in found.items() if distance is not None]
    if not near:
        return hit
    best = min(found[ident] for ident in near)  # type: ignore[type-var]
    chosen = [ident for ident in near if found[ident] == best]
    if len(chosen) != 1:
        return hit
    return replace(hit, forms=tuple(form for form in hit.forms if form.target is None or form.target == chosen[0] or form.via != "leader"))


@lru_cache(maxsize=1 << 14)
def _weak_context(forms: tuple[Form, ...]) -> frozenset[str] | None:
    """The lineage codes that license a spelling all of whose forms are weak; None for any other spelling."""
    named = [form for form in forms if form.target is not None]
    if not named or not all(form.weak for form in named):
        return None
    return frozenset().union(
        *(frozenset(form.weak) if isinstance(form.weak, tuple) else gazetteer.context(form.target) for form in named)  # type: ignore[arg-type]
    )


@lru_cache(maxsize=1 << 14)
def _states_named(ident: str) -> frozenset[str]:
    """Codes of the states a form's entity may stand for, whatever the date."""
    record = gazetteer.entities()[ident]
    if record["kind"] == "state":
        return frozenset({record["code"]})
    # a movement names the states it acts in ("the New Fourth Army" licenses "the Nationalists" beside it)
    lineage = (
        record.get("states")
        or [s for office in record.get("offices", []) for s in office["states"]]
        or [s for period in record.get("sectors", []) for s in period["states"]]
    )
    records = gazetteer.entities()
    return frozenset(records[member]["code"] for member in lineage if member in records)


def _half(
    text: str, hit: Hit, focus: _Focus, days: tuple[int, int] | None, date: str | None
) -> Mention | None:
    """ "the North" in a text about Korea: the state in focus named "North ..."; nothing when none is.

    A word of several words may stand anywhere in the name ("the People's Republic": the Democratic People's
    Republic of Korea)."""
    word = next(gazetteer.data()["halves"][form.text] for form in hit.forms if form.via == HALF)
    bears = _bears_half(word)
    in_focus = [gazetteer.entity(gazetteer.continuing(code, days)) for code in focus.top(6)]
    chosen = next((record for record in in_focus if record and record["kind"] == "state" and bears(record)), None)
    if chosen is None:
        chosen = _other_half(word, in_focus, days, date)
    if chosen is None:
        return None
    found = text[hit.start : hit.end]
    return Mention(hit.start, hit.end, found, chosen["code"], "state", qid=chosen["qid"], date=date, via="reference")


_COMPASS_HALVES = ("North", "South")


def _other_half(word: str, in_focus: list, days: tuple[int, int] | None, date: str | None) -> dict | None:
    """ "the North" when the other half of a divided state, or the whole, is in focus: North Korea in a text about
    South Korea or Korea, North Vietnam in one about South Vietnam in 1965, South Yemen in one about Yemen in 1972;
    only a state of that name that exists at the date ("the South" in a text about Sudan in 1983 is none)."""
    if word not in _COMPASS_HALVES or days is None:
        return None
    halves = _compass_states()
    for record in in_focus:
        if not record or record["kind"] != "state":
            continue
        for name in record["names"]:
            half, _, base = name.partition(" ")
            ids = halves.get(f"{word} {base if half in _COMPASS_HALVES else name}".lower())
            other = gazetteer.entities()[gazetteer.resolve_ids(ids, days)] if ids else None
            if other is not None and other["code"] != record["code"] and gazetteer.exists_at(other["code"], days):
                return other
    return None


@lru_cache(maxsize=1)
def _compass_states() -> dict[str, list[str]]:
    """The states named "North ..." or "South ..." by their lower-cased names: the halves of divided countries."""
    index: dict[str, list[str]] = {}
    for ident, record in gazetteer.entities().items():
        if record["kind"] == "state":
            for name in record["names"]:
                if name.startswith(("North ", "South ")):
                    index.setdefault(name.lower(), []).append(ident)
    return index


@lru_cache(maxsize=64)
def _bears_half(word: str) -> Callable[[dict], bool]:
    """Whether a state's names fit a half's word: begin with a one-word half, contain a longer one."""
    if " " in word:
        pattern = re.compile(r"(?:^|\s)" + re.escape(word) + r"(?:\s|$)")
        return lambda record: any(pattern.search(name) for name in record["names"])
    return lambda record: any(name.startswith(word + " ") for name in record["names"])


def _era(hits: list[Hit]) -> tuple[str, str] | None:
    """The time an undated text is about, from the names that only fit one era.

    Each spelling that points at a single person (a tenure) or a single state that no longer exists, or
    that is used only in an interval ("Bonn"), gives a span; the era is where most spans overlap. A text
    naming Reagan, Gromyko and Ogarkov is about 1982-1984, so its "Moscow" is the Soviet capital.
    """
    # each edge one int, 2 * day + 1 where a span opens and 2 * day where one has closed the day before: sorted as
    # the (day, +1 or -1) pairs they stand for (a closing before an opening on one day), without a tuple for each
    edges: list[int] = []
    for span in map(_era_span, map(_FORMS, hits)):
        if span is not None:
            edges.append(span[0] * 2 + 1)
            edges.append(span[1] * 2 + 2)
    if not edges:
        return None
    edges.sort()
    depth = best = 0
    start = stop = None
    for index, edge in enumerate(edges):
        depth += 1 if edge & 1 else -1
        if depth > best and index + 1 < len(edges):
            best, start, stop = depth, edge >> 1, (edges[index + 1] >> 1) - 1
    if start is None or stop is None or stop < start:
        return None
    stop = min(stop, gazetteer.OPEN_END)
    if stop < gazetteer.OPEN_END and stop - start > _ERA_REACH:
        # a long era ("British India": before August 1947; the Qing's centuries) says little but its end: a text
        # about a bygone state is mostly about its last decades, so Taiwan beside "British India" is Japan's colony,
        # not the Qing's island
        start = stop - _ERA_REACH
    return _iso(start), _iso(stop)


_ERA_REACH = 50 * 365  # days: the longest era an undated text's era-bound names are taken to give
_FIRST = itemgetter(0)
_SECOND = itemgetter(1)


@lru_cache(maxsize=1 << 14)
def _era_span(forms: tuple[Form, ...]) -> tuple[int, int] | None:
    """The days a spelling ties a text to, when it names one person, one bygone state or is restricted."""
    targets = {form.target for form in forms if form.target is not None}
    if len(targets) != 1:
        return None
    form = next(form for form in forms if form.target is not None)
    record = gazetteer.entities()[form.target]  # type: ignore[index]
    if form.span is not None:
        own = gazetteer.validity(record)  # a form restricted from an open start ("British India" to 1947) only
        return max(form.span[0], own[0]), min(form.span[1], own[1])  # dates its entity's years
    if record["kind"] == "person":
        return _office_years(form.target)  # type: ignore[arg-type]
    if record["kind"] == "state" and record.get("valid_to"):
        return gazetteer.validity(record)
    return None


@lru_cache(maxsize=1 << 12)
def _office_years(ident: str) -> tuple[int, int]:
    """The days a person held offices of a state: Mao's years as a party leader before 1949 tie a text to no era
    of the Chinese state ("Sino-Soviet relations" over 1950-1989 is no text about the Republic of China)."""
    records = gazetteer.entities()
    spans = [
        (gazetteer.ordinal(office["from"]) or gazetteer.OPEN_START, gazetteer.ordinal(office["to"], end=True) or gazetteer.OPEN_END)
        for office in records[ident]["offices"]
        if all(records.get(state, {}).get("kind") == "state" for state in office["states"])
    ]
    if not spans:
        return gazetteer.validity(records[ident])
    return min(start for start, _ in spans), max(stop for _, stop in spans)


@lru_cache(maxsize=1 << 12)
def _first_office(ident: str) -> int:
    """The first day of a person's first office of any kind (Arafat's PLO chair, Walesa's union before his
    presidency): the rise a bare surname may run ahead of."""
    offices = gazetteer.entities()[ident]["offices"]
    return min((gazetteer.ordinal(office["from"]) or gazetteer.OPEN_START for office in offices), default=gazetteer.OPEN_START)


def _iso(day: int) -> str:
    return dt.date.fromordinal(day).isoformat()


_ABBREVIATION = re.compile(r"(?:[A-Z]\.?){2,5}")
_CAPITAL_OR_STOP = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ.")


# A movement governing under its own name (movements.txt "GOV/named": the Taliban of 1996-2001) is the state's
# government only where the text names its government as one (CONVENTIONS.md, Actors): a government noun right after
# it ("the Taliban regime", "the Taliban embassy", "Taliban-ruled Kabul") or "as the (legitimate) government" after it
# ("recognized the Taliban as the government of Afghanistan"); elsewhere it keeps its own code.
_RULING = "ruling"
_RULING_NOW = "ruling now"  # and at the mention's date it governs: its leader heads the state ("the Taliban leader")
_RULING_ORGAN = re.compile(
    r"(?:'s|\u2019s)?\s+(?:government|regime|administration|authorities|embassy|ambassador|envoy|consulate|mission|"
    r"foreign\s+minister|foreign\s+ministry)\b|-(?:ruled|controlled|run|led)\b"
    r"|,?\s+as\s+(?:the\s+|its\s+|a\s+)?(?:\w+\s+){0,2}?government\b"
)
_RULING_HEAD = re.compile(r"(?:'s|\u2019s)?\s+(?:supreme\s+)?(?:leader|leaders|leadership|chief|head)\b")


def _resolve(
    text: str, hit: Hit, days: tuple[int, int] | None, date: str | None, guessed: bool = False
) -> Mention | None:
    """``guessed``: ``days`` are the era guessed for an undated text, not the date of the mention's sentence."""
    who = _identify(hit.forms, days, guessed)
    if who is None:
        return None
    entity_code, kind, qid, state, role, via, members = who
    if via == _RULING or via == _RULING_NOW:
        organ = _RULING_ORGAN.match(text, hit.end) or (via == _RULING_NOW and _RULING_HEAD.match(text, hit.end) or None)
        if organ is None:
            via = "name"
        else:  # the name's span only: the noun after it may be a trigger's ("closed the Taliban embassy")
            return Mention(hit.start, hit.end, text[hit.start : hit.end], state + "GOV", "group", qid, state, "government",
                           date, "institution")
    if via in ("adjective", "capital") or (
        via == "name" and kind == "state"
        # an abbreviation's second character is a capital or a full stop ("US", "U.S."): a set test before the regex
        and text[hit.start + 1 : hit.start + 2] in _CAPITAL_OR_STOP
        and _ABBREVIATION.fullmatch(text, hit.start, hit.end)
    ):
        # "American intellectuals", "US troops" (an abbreviated name stands as an adjective); a seat only before
        # a word for its government ("the Seoul government", "the Hanoi leadership"), as "Moscow students" are
        # the city's, not the state's
        group = _sector_group(text, hit, entity_code, date, governing_only=via == "capital")
        if group is not None:
            return group
    elif via == "place" and text.startswith(" police", hit.end) and not text[hit.end + 7 : hit.end + 8].isalpha():
        # "Kerala police arrested the sailors": a region's police force is its state's (the state holding the place)
        sector = gazetteer.data()["sectors"]["police"]
        end = hit.end + 7
        return Mention(hit.start, end, text[hit.start : end], entity_code + sector["code"], "group", None, entity_code,
                       sector["role"], date, "adjective")
    # every field by position (start, end, text, entity, kind, qid, state, role, date, via, members): once per mention
    return Mention(hit.start, hit.end, text[hit.start : hit.end], entity_code, kind, qid, state, role, date, via, members)


# Rival regimes of one divided nation sharing a spelling at a date (bare "Vietnam" and "Vietnamese" are the Democratic
# Republic's and the State, then the Republic, of Vietnam's in 1949-1976; "Turkey" the Sultan's and Ankara's in
# 1920-22): the latest-starting regime by default (resolve_forms: the Republic of Vietnam, the state the war was fought
# in), another when its sentence or the text says so. In order: the one regime its sentence names otherwise ("Ho Chi
# Minh said Vietnam ...", "Hanoi ... Vietnam", "the North"); the rival of the regime whose rebels the sentence names
# ("Vietnam armed the Viet Cong"); the regime in the camp of the other states its sentence names, when they are all of
# one camp and one regime only is communist ("China and Vietnam", "the Soviet Union's aid to Vietnam" are the DRV's,
# "the United States and Vietnam" the Republic's: regimes.txt); the regime plainly in focus (twice as salient as the
# other). The spelling is no rival's outside those years, and Korea, Germany, Yemen and China name one state each.
_SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[A-Z\"\u201c(])|\n")
_RIVAL_FOCUS = 2.0  # how much more salient than its rival a regime in focus must be
_RIVAL_SALIENCE = 0.5  # and how salient at least
_RIVAL_DAYS = 31  # how long two regimes must coexist to be rivals


@lru_cache(maxsize=1)
def _rival_forms() -> frozenset[Form]:
    """The forms of every spelling that names two states of different codes valid at some same date."""
    records = gazetteer.entities()
    found: set[Form] = set()
    for forms in automaton()[1]:
        spans = []
        for form in forms:
            if form.target is None or form.via not in ("name", "adjective"):
                continue
            record = records.get(form.target)
            if record is None or record["kind"] != "state":
                continue
            valid = gazetteer.validity(record)
            span = form.span or valid
            spans.append((record["code"], (max(valid[0], span[0]), min(valid[1], span[1]))))
        if any(code != other and _coexist(first, second) for code, first in spans for other, second in spans):
            found.update(forms)
    return frozenset(found)


def _coexist(first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether two spans share more than a month: rivals, not a state and its successor on the handover day ("Russia"
    is the Soviet Union's and the Federation's on 25 December 1991)."""
    return min(first[1], second[1]) - max(first[0], second[0]) > _RIVAL_DAYS


def _rival_choice(
    text: str, hit: Hit, days: tuple[int, int], focus: _Focus, mentions: list[Mention], hits: list[Hit], position: int
) -> Hit:
    """``hit`` kept to the forms of the regime meant, when two rival regimes share its spelling at ``days``."""
    records = gazetteer.entities()
    regimes: dict[str, str] = {}  # code -> entity id
    for form in hit.forms:
        record = records.get(form.target) if form.target is not None else None
        if record is None or record["kind"] != "state" or not gazetteer._overlaps(gazetteer.validity(record), days):
            continue
        if form.span is None or gazetteer._overlaps(form.span, days):
            regimes.setdefault(record["code"], form.target)
    if len(regimes) != 2 or not _coexist(*(gazetteer.validity(records[ident]) for ident in regimes.values())):
        return hit
    half = (days[1] - days[0] + 1) / 2
    if any(min(stop, days[1]) - max(start, days[0]) + 1 < half
           for start, stop in (gazetteer.validity(records[ident]) for ident in regimes.values())):
        return hit  # one of them held only a part of the interval ("in 1975"): the one holding most of it, as ever
    named = [form for form in hit.forms if form.target is not None]
    default = gazetteer.resolve_forms([(form.target, form.span) for form in named], days)
    chosen = _rival_cue(text, hit, days, tuple(regimes), focus, mentions, hits, position)
    if chosen is None or default is None or records[default]["code"] == chosen:
        return hit
    return Hit(hit.start, hit.end, tuple(
        form for form in hit.forms if form.target is None or records[form.target]["code"] == chosen
    ))


def _rival_cue(
    text: str, hit: Hit, days: tuple[int, int], regimes: tuple[str, ...], focus: _Focus, mentions: list[Mention],
    hits: list[Hit], position: int,
) -> str | None:
    """The code of the regime its context names (see above), or None when the context does not tell."""
    breaks = list(_SENTENCE_BREAK.finditer(text, max(0, hit.start - 400), hit.start))
    first = breaks[-1].end() if breaks else max(0, hit.start - 400)
    closing = _SENTENCE_BREAK.search(text, hit.end, hit.end + 400)
    last = closing.start() if closing else min(len(text), hit.end + 400)
    named: set[str] = set()
    rebels: set[str] = set()
    records = gazetteer.entities()

    def note(code: str | None, kind: str, state: str | None) -> None:
        if kind == "state" and code:
            named.add(code)
        elif kind in ("person", "group") and state:
            named.add(state)
        elif kind == "organization" and state and code in records:
            period = gazetteer.sector_at(records[code], days)
            if period is not None and period["sector"] == "REB":
                rebels.add(state)

    for mention in reversed(mentions):
        if mention.start < first:
            break
        note(mention.entity, mention.kind, mention.state)
    rivals = _rival_forms()
    for later in hits[position + 1 :]:
        if later.start >= last:
            break
        who = _identify(later.forms, days)
        if who is not None and not (later.forms[0] in rivals and (who[0] in regimes or who[3] in regimes)):
            note(who[0], who[1], who[3])  # (a later "Vietnam" read by default tells nothing of this one)
    own = [code for code in regimes if code in named]
    if len(own) == 1:
        return own[0]
    fought = [code for code in regimes if code in rebels]
    if len(fought) == 1:
        return next(code for code in regimes if code != fought[0])
    others = named - set(regimes)
    communists = [code for code in regimes if gazetteer.communist(code, days)]
    if others and len(communists) == 1:
        camp = {gazetteer.communist(code, days) for code in others}
        if camp == {True}:
            return communists[0]
        if camp == {False}:
            return next(code for code in regimes if code != communists[0])
    salience = _decayed(focus.score, focus.step)
    ranked = sorted(regimes, key=lambda code: -salience.get(code, 0.0))
    top, second = (salience.get(code, 0.0) for code in ranked)
    if top >= _RIVAL_SALIENCE and top >= _RIVAL_FOCUS * second:
        return ranked[0]
    return None


@lru_cache(maxsize=1 << 16)
def _identify(forms: tuple[Form, ...], days: tuple[int, int] | None, guessed: bool = False) -> tuple | None:
    """(entity, kind, qid, state, role, via, members) for a spelling at a date; None when it names no actor.

    Cached: a text says "Moscow" in 1962 many times, and a corpus says it in every document.
    """
    named = [form for form in forms if form.target is not None]
    if not named:
        return None
    target = gazetteer.resolve_forms([(form.target, form.span) for form in named], days)  # type: ignore[misc]
    if target is None:
        return None  # "Bonn" in 1930, "Saigon" in 1990: the spelling names no state at that date
    via = min((form.via for form in named if form.target == target), key=lambda v: _VIA_RANK.get(v, 9))
    via = "adjective" if via == "combining" else via
    records = gazetteer.entities()
    record = records[target]
    kind = record["kind"]
    if kind == "institution":
        state = records[gazetteer.resolve_ids(record["states"], days)]
        return (
            state["code"] + record["sector"],
            "group",
            None,
            state["code"],
            record["role"],
            "institution",
            (),
        )
    if kind == "place":
        spans = record.get("state_spans", {})
        candidates = [(member, gazetteer.form_span(*spans[member]) if member in spans else None)
                      for member in record["states"]]
        # a gap between dated holders is meant (Hyderabad between independence and its annexation): no state then
        held = gazetteer.resolve_forms(candidates, days, emerging=False) if spans else None
        if spans and held is None and days is not None:
            return None  # no state held it then: the West Bank between Jordan's claim and Palestine's
        state = records[held or gazetteer.resolve_ids(record["states"], days)]
        return (state["code"], "state", state["qid"], None, None, "place", ())
    if kind == "person":
        if days is not None and all(" " not in form.text for form in named if form.target == target):
            first, last = _office_years(target)
            if days[0] > last + _SURNAME_REACH or days[1] < (
                first - _SURNAME_REACH if guessed or named[0].via == _NAMED
                else _first_office(target) - _SURNAME_REACH_BEFORE
            ):
                # a bare surname decades after its bearer's offices ("Johnson" in 2020), or years before the first
                # of them ("Estrada" in 1980, a Cuban envoy, not the Philippine president of 1998): a namesake
                return None
        office = gazetteer.office_at(record, days)
        state_code = _state_before(tuple(office["states"]), days) if _before_office(office, days) else False
        if state_code is False:
            state_code = gazetteer.state_for(office["states"], days, fallback=gazetteer.validity(record))
        return (record["code"], "person", record["qid"], state_code, office["role"], "leader", ())
    period = gazetteer.sector_at(record, days)
    if period is not None:
        # A movement acts in the sector of a state: the Contras are Nicaraguan rebels (state and role
        # recorded, the movement's own code kept); while it governs, it is that state's government.
        state_code = gazetteer.state_for(period["states"], days, fallback=gazetteer.validity(record))
        # a movement that governs under its own name ("GOV/named": the Taliban) keeps it; _resolve makes its
        # government the state's where the text names it as one, at any date ("the Taliban embassy" stayed open ten
        # days after the regime fell; "Pakistan's support for the Taliban regime" told in 2005 is of its years)
        ruled = any(other.get("named") for other in record["sectors"])
        if period["sector"] == "GOV" and not ruled:
            return (state_code + "GOV", "group", record["qid"], state_code, period["role"], "institution", ())
        via = "name" if not ruled else _RULING_NOW if period.get("named") else _RULING
        return (record["code"], kind, record["qid"], state_code, period["role"], via, gazetteer.members_at(record, days))
    if kind in ("group", "organization"):
        members = gazetteer.members_at(record, days)
        return (
            record["code"],
            kind,
            record["qid"],
            None,
            None,
            "group" if kind == "group" else "name",
            members,
        )
    return (record["code"], "state", record["qid"], None, None, via, ())


@lru_cache(maxsize=1 << 12)
def _state_before(lineage: tuple[str, ...] | list[str], days: tuple[int, int] | None) -> str | None | bool:
    """A person named before every state of their office's lineage existed ("Moshe Dayan ... in 1941", a future
    Israeli minister under the British mandate): the predecessor of those states valid then, else None (no state);
    False when a state of the lineage exists at the date or within half a year of it (a state in the making)."""
    if days is None:
        return False
    records = gazetteer.entities()
    states = [records[ident] for ident in lineage if ident in records]
    if not states or len(states) != len(lineage) or any(state["kind"] != "state" for state in states):
        return False  # a movement's leader (Mao for the CCP) acts for it whatever the state
    spans = [gazetteer.validity(state) for state in states]
    if any(start - days[1] <= _EMERGING_PERSON and days[0] <= stop for start, stop in spans):
        return False
    earlier = [
        ident for state in states for ident in state.get("predecessors", [])
        if ident in records and gazetteer._overlaps(gazetteer.validity(records[ident]), days)
    ]
    return records[gazetteer.resolve_ids(earlier, days)]["code"] if earlier else None


def _before_office(office: dict, days: tuple[int, int] | None) -> bool:
    """Whether ``days`` end before the office's tenure begins (a future minister named in his youth); an office the
    gazetteer dates over those days (Gandhi leading India's independence movement in 1930) is the data's own reading."""
    start = gazetteer.ordinal(office["from"])
    return days is not None and start is not None and days[1] < start


_EMERGING_PERSON = 183  # days before a state's first day in which its founders already act for it

# Days beyond its bearer's first and last office in which a bare surname still names the person.
_SURNAME_REACH = 25 * 365
# Before the first office the reach is shorter: a text looking back names a former leader by surname decades on,
# but names a future one that way only near his rise (a namesake otherwise). A surname the same text gave in full
# before ("Joseph Estrada ... Estrada") keeps the longer reach (its form's via is _NAMED), and so does a mention dated
# only by the era guessed for an undated text (a point where most names' spans meet, often far from a later leader's).
_SURNAME_REACH_BEFORE = 10 * 365
_NAMED = "named"

_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w-]*)")


@lru_cache(maxsize=1)
def _sector_heads() -> frozenset[str]:
    """The lower-cased first words of the sector nouns ("border" of "border guards")."""
    return frozenset(key.split()[0].lower() for key in gazetteer.data()["sectors"])


@lru_cache(maxsize=1)
def _governing_heads() -> frozenset[str]:
    """The lower-cased first words of the sector nouns of a government (GOV), all a seat can take ("the Moscow
    leadership", "the Hanoi government")."""
    sectors = gazetteer.data()["sectors"]
    return frozenset(key.split()[0].lower() for key in sectors if sectors[key]["code"] == "GOV")


# The three words _NEXT_WORD reads one after another from a position, in one call (the gate of _sector_group).
_NEXT_WORDS = re.compile(r"[ \t]+([^\W\d_][\w-]*)(?:[ \t]+([^\W\d_][\w-]*)(?:[ \t]+([^\W\d_][\w-]*))?)?")


def _sector_group(
    text: str, hit: Hit, code: str, date: str | None, governing_only: bool = False
) -> Mention | None:
    """ "American leftist intellectuals": a non-state group of the state, with its sector.

    After the adjective: up to two lower-case modifiers, then a sector noun (its first letter in either case:
    "the Indian President"); a function word among the modifiers breaks the phrase ("American and ...").
    """
    heads = _sector_heads()
    if governing_only:
        # a seat takes a noun of government right after it: its first word read and looked up, a second word read
        # only then (a two-word noun)
        ahead = _NEXT_WORD.match(text, hit.end)
        if ahead is None or ahead.group(1).lower() not in _governing_heads():
            return None  # most seats stand alone
        words = [(ahead.group(1), ahead.end(1))]
        second = _NEXT_WORD.match(text, ahead.end(1))
        if second is not None:
            words.append((second.group(1), second.end(1)))
    else:
        ahead = _NEXT_WORDS.match(text, hit.end)
        if ahead is None:
            return None
        first, second, third = ahead.groups()
        if first.lower() not in heads and (
            (second is None or second.lower() not in heads) and (third is None or third.lower() not in heads)
        ):
            return None  # no sector noun can start within reach: most adjectives stand alone
        # the words after the hit, (word, end), as successive _NEXT_WORD matches would read them: the three the gate
        # read, and a fourth for a two-word noun after two modifiers
        words = [(first, ahead.end(1))]
        if second is not None:
            words.append((second, ahead.end(2)))
            if third is not None:
                words.append((third, ahead.end(3)))
                fourth = _NEXT_WORD.match(text, ahead.end(3))
                if fourth is not None:
                    words.append((fourth.group(1), fourth.end(1)))
    sectors = gazetteer.data()["sectors"]
    for count in range(min(1 if governing_only else 3, len(words))):  # a seat takes its noun right after it
        if count and not words[count - 1][0][0].islower():
            return None  # a capitalized word is no modifier
        head, head_end = words[count]
        if head.lower() not in heads:
            continue  # no sector noun opens with this word (its first word lowered is one of the heads), nor two
        candidates = []
        if count + 1 < len(words):
            candidates.append((head + " " + words[count + 1][0], words[count + 1][1]))
        candidates.append((head, head_end))
        for noun, end in candidates:
            key = noun[0].lower() + noun[1:]
            if key not in sectors:
                key = noun.lower()  # a title in capitals: "the Israeli Prime Minister"
            if key not in sectors or (governing_only and sectors[key]["code"] != "GOV"):
                continue
            if text.startswith(("'s", "’s"), end):
                return None  # "the Chinese People's Volunteers": the noun begins a name, it is no sector
            if any(word in _FUNCTION_WORDS for word, _ in words[:count]):
                return None
            if any(_is_verb(text, hit, word) for word, _ in words[:count]):
                return None  # "the Chinese sent troops": the people as their state, then a verb
            sector = sectors[key]
            return Mention(
                hit.start,
                end,
                text[hit.start : end],
                code + sector["code"],
                "group",
                qid=None,
                state=code,
                role=sector["role"],
                date=date,
                via="adjective",
            )
    return None


# Finite verbs that can stand between a people and a sector noun ("the Chinese sent troops", "Americans
# built bases"); a word in -ed after "the Chinese" or a plural ("the French deployed troops", "Soviets
# trained pilots") is one too, unless it is one of the participles that qualify forces ("armed forces").
_VERBS = frozenset(
    "sent send sends took take takes made make makes gave give gives had has have held hold holds began begin"
    " begins won win wins lost lose loses fought fight fights struck strike strikes brought bring brings met"
    " meet meets saw see sees told tell tells kept keep keeps left leave leaves drove drive drives withdrew"
    " withdraw withdraws shot shoot shoots sold sell sells bought buy buys built build builds threw throw"
    " seized seize seizes shelled bombed fired fire fires moved move moves rushed massed deployed used"
    " use uses stationed landed poured dispatched flew fly flies sank sink sinks led lead leads ran run runs".split()
)
_PARTICIPLES = frozenset("armed allied united combined organized organised expeditionary".split())
_THE_BEFORE = re.compile(r"\b(?:the|The|THE)[ \t]+$")


def _is_verb(text: str, hit: Hit, word: str) -> bool:
    if word in _VERBS:
        return True
    if not word.endswith("ed") or word in _PARTICIPLES:
        return False
    return text[hit.end - 1] == "s" or _THE_BEFORE.search(text, max(0, hit.start - 6), hit.start) is not None


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
