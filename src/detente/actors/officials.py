"""Officials the gazetteer does not list, told by their title and the state that qualifies it.

A page names many more officials than any gazetteer holds: "Colombian President Belisario Betancur", "the Egyptian
foreign minister, Ismail Fahmy,", "President Mathieu Kérékou of Benin", "Chad's President X". A title with a state
qualifier makes the unknown capitalised name next to it an official of that state:
  - a state adjective or possessive before the title ("Nigerian Foreign Minister Bolaji Akinyemi", "Peru's
    President X"): the name right after the title;
  - "of STATE" right after the name ("President Luis Alberto Monge of Costa Rica");
  - an apposition: "the Algerian foreign minister, Mohammed Benyahia," or "Mohammed Benyahia, the Algerian foreign
    minister,".
A bare title ("Prime Minister X") takes the one state the document names, and nobody when it names several or
none. A title after an organization, a person or a company ("NATO Secretary General X", "Ford President X") and a
name that is a street, a hotel or a body ("President Street", "General Motors", "General Assembly") make no
official. Later mentions of the surname in the same text ("... Benyahia said") are the same official. The mention
is a person with the title's role and the state, with no QID (no record to point to).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache
from operator import attrgetter

from detente.actors import gazetteer
from detente.actors.matcher import normalize, pad, phrase_starts
from detente.model import Mention

__all__ = ["unknown_officials"]

_START = attrgetter("start")
_END = attrgetter("end")
_SPAN = attrgetter("start", "end")  # the mentions' order

# title -> role, as leaders.txt names the roles; a capitalised title stands before a name, a lower-case one only in
# an apposition after a state adjective ("the Chilean foreign minister, X,")
_ROLES = {
    "President": "head of state",
    "Vice President": "vice president",
    "Prime Minister": "head of government",
    "Premier": "head of government",
    "Chancellor": "head of government",
    "Taoiseach": "head of government",
    "Foreign Minister": "foreign minister",
    "Foreign Secretary": "foreign minister",
    "Defence Minister": "defence minister",
    "Defense Minister": "defence minister",
    "Ambassador": "ambassador",
    "General": "commander",
    "Admiral": "commander",
    "Marshal": "commander",
    "King": "head of state",
    "Emir": "head of state",
    "Sultan": "head of state",
}
_TITLES = {**_ROLES, **{title.lower(): role for title, role in _ROLES.items()}}

# A name: capitalised words (initials, hyphens and accents too), lower-case particles between them ("Daniel arap
# Moi", "Hans van den Broek", "Saud al-Faisal"), up to five words.
_NAME = re.compile(
    r"[ \t]+((?:[A-Z\u00c0-\u00de][\w'\u2019.-]*|[a-z]{1,4}-[A-Z][\w'\u2019-]*)"
    r"(?:[ \t]+(?:(?:de|da|del|dos|van|von|den|der|bin|ibn|el|al|la|le|du|y|arap|e)[ \t]+)*"
    r"(?:[A-Z\u00c0-\u00de][\w'\u2019.-]*|[a-z]{1,4}-[A-Z][\w'\u2019-]*)){0,4})"
)
_NAME_BEFORE = re.compile(
    r"(?:^|(?<=[\s(\"“]))((?:[A-Z\u00c0-\u00de][\w'\u2019.-]*[ \t]+(?:(?:de|da|van|von|bin|al|el|arap)[ \t]+)*){0,3}"
    r"[A-Z\u00c0-\u00de][\w'\u2019-]*),[ \t]+(?:the[ \t]+)?$"
)
# Words that make a capitalised phrase after a title a place, a body or a firm, not a person.
_NOT_A_PERSON = frozenset(
    "Street Avenue Road Boulevard Square Bridge Hotel Hall Park Hospital University College School Airport Station"
    " Office Building House Palace Motors Electric Dynamics Foods Mills Assembly Staff Secretary Secretariat Council"
    " Committee Conference Agreement Accounting Headquarters Court Counsel Manager Consul Manuel Election Elect"
    " Kennedy Lines Line Company Corporation Club Bank Theatre Theater Library Museum Center Centre Guard Army Navy"
    " Command Strike Sherman Grant Lee Washington Lincoln".split()
)
_NOT_A_FIRST_WORD = frozenset(
    "The A An He She It They We His Her Their Its This That In On At Of For And But Or To By With As After Before"
    " When While Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June"
    " July August September October November December Mr Mrs Dr Sir".split()
)
# Words before a title that make it some other body's: "the company president", "Ford's President".
_NOT_A_STATES = re.compile(
    r"\b(?:company|firm|corporation|bank|club|university|college|union|federation|association|league|committee"
    r"|board|school|society|foundation|council|UN|NATO|Secretary|Attorney|Surgeon|Inspector|Postmaster|Governor)"
    r"(?:'s|\u2019s)?[ \t-]+$",
    re.I,
)
_OF_STATE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
_COMMA = re.compile(r"[ \t]*,")
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|')?[ \t]+$")
_WORD_END = re.compile(r"\w")


PHRASES = frozenset(_TITLES)
_TITLES_OF_KEY: dict[str, list[str]] = {}  # normalized phrase -> the titles written so ("President", "president")
for _title in _TITLES:
    _TITLES_OF_KEY.setdefault(normalize(_title), []).append(_title)


def _titles_in(text: str, phrases: dict[str, list[int]] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, title) of every title standing as whole words, the longest where two overlap; ``phrases``:
    ``matcher.phrase_starts`` of the text, when the caller has them."""
    if phrases is None:
        phrases = phrase_starts(pad(text), PHRASES)
    found = []
    for key, places in phrases.items():  # the few phrases the text holds, not every title
        for title in _TITLES_OF_KEY.get(key, ()):
            for start in places:
                if text.startswith(title, start):  # written as listed ("President", "president"; not "PRESIDENT")
                    found.append((start, start + len(title), title))
    found.sort(key=lambda item: (item[0], -item[1]))
    kept: list[tuple[int, int, str]] = []
    for item in found:
        if kept and item[0] < kept[-1][1]:
            continue
        kept.append(item)
    return kept


def _state_of(mention: Mention) -> str | None:
    if mention.kind == "state":
        return mention.entity
    if mention.kind == "group" and mention.via != "reference" and mention.state:
        return mention.state
    return None


def unknown_officials(
    text: str, mentions: list[Mention], when_at: Callable[[int], str | None],
    phrases: dict[str, list[int]] | None = None,
) -> list[Mention]:
    """``mentions`` with the officials the gazetteer does not know added; ``when_at(position)`` is the date there;
    ``phrases``: ``matcher.phrase_starts`` of the text, when the caller has them."""
    titles = _titles_in(text, phrases)
    if not titles:
        return mentions
    # built by C-level passes (map, zip), not a Python loop over every mention
    starts = list(map(_START, mentions))  # sorted, as find_mentions returns them
    by_end = dict(zip(map(_END, mentions), mentions, strict=True))
    by_start = dict(zip(starts, mentions, strict=True))
    states: list[str | None] = []

    def sole() -> str | None:
        """The one state the text names (persons and groups by theirs), or None."""
        if not states:
            only = None
            for m in mentions:
                code = m.state or (m.entity if m.kind == "state" else None)
                if code and code != only:
                    if only is not None:
                        only = None  # a second state: no sole one (and no need to read on)
                        break
                    only = code
            states.append(only)
        return states[0]

    def free(start: int, end: int) -> bool:
        at = bisect.bisect_left(starts, end) - 1
        if any(mentions[i].end > start for i in range(max(0, at - 2), at + 1)):
            return False  # a mention overlaps (the ones starting before ``end``, the nearest few)
        return not any(s < end and start < e for s, e, _ in officials[-3:])

    officials: list[tuple[int, int, Mention]] = []

    def add(start: int, end: int, state: str, role: str) -> None:
        name = text[start:end]
        ident = re.sub(r"\W+", "_", name.lower()).strip("_")
        officials.append(
            (start, end, Mention(start, end, name, ident, "person", None, state, role, when_at(start), "official"))
        )

    for start, end, title in titles:
        role = _TITLES[title]
        capital = title[0].isupper()
        qualifier = _qualifier(text, start, end, by_end)
        if capital:
            name = _NAME.match(text, end)
            if name is not None and not text.startswith(",", name.end(1)):
                if _a_person(text, name.group(1), name.end(1)) and free(name.start(1), name.end(1)):
                    state = qualifier
                    of = _OF_STATE.match(text, name.end(1))
                    if state is None and of is not None and of.end() in by_start:
                        state = _state_of(by_start[of.end()])
                    if state is None and _bare(text, start, by_end):
                        state = sole()  # "Prime Minister X" in a text about one state only
                    if state is not None and title.lower() in _MONARCHS and _no_monarch(state, when_at(start)):
                        continue  # "King George ... the American ambassador": a republic has no king
                    if state is not None:
                        add(name.start(1), name.end(1), state, role)
                        continue
        if qualifier is None:
            continue
        # an apposition: "the Chilean foreign minister, X," or "X, the Chilean foreign minister"
        comma = _COMMA.match(text, end)
        if comma is not None:
            name = _NAME.match(text, comma.end())
            if name is not None and _COMMA.match(text, name.end(1)) is not None or (
                name is not None and text.startswith(")", name.end(1))
            ):
                if _a_person(text, name.group(1), name.end(1)) and free(name.start(1), name.end(1)):
                    add(name.start(1), name.end(1), qualifier, role)
                    continue
        group = by_end.get(end)
        opening = group.start if group is not None else start
        before = _NAME_BEFORE.search(text, max(0, opening - 80), opening)
        if before is not None and _a_person(text, before.group(1), before.end(1)) and free(before.start(1), before.end(1)):
            add(before.start(1), before.end(1), qualifier, role)
    if not officials:
        return mentions
    added = [mention for _, _, mention in officials]
    added.extend(_later(text, mentions, officials, starts))
    return sorted(mentions + added, key=_SPAN)


# Titles only a monarch bears, and the words a monarch's names open with ("King Hussein", "Emir Jaber", "the Shah") or
# end with (a regnal number: "George VI").
_MONARCHS = frozenset({"king", "emir", "sultan"})
_REGAL_NAME = re.compile(
    r"^(?:the )?(?:King|Queen|Emperor|Empress|Emir|Amir|Sultan|Shah|Tsar|Czar|Kaiser|Negus|Sheikh|Prince|Grand Duke"
    r"|Grand Duchess|Maharaja|Nizam|Chogyal|Khedive|Bey)\b|\bShah\b|\b[IVX]+$"
)


@lru_cache(maxsize=1)
def _heads_of_state() -> dict[str, tuple[tuple[int, int, bool], ...]]:
    """State code -> (first day, last day, a monarch?) of every head of state the gazetteer lists for it."""
    records = gazetteer.entities()
    heads: dict[str, list[tuple[int, int, bool]]] = {}
    for record in records.values():
        if record["kind"] != "person":
            continue
        regal = any(_REGAL_NAME.search(name) for name in record["names"])
        for office in record["offices"]:
            if office["role"] != "head of state":
                continue
            start = gazetteer.ordinal(office["from"]) or gazetteer.OPEN_START
            stop = gazetteer.ordinal(office["to"], end=True) or gazetteer.OPEN_END
            for state in office["states"]:
                code = records[state]["code"] if state in records else state
                heads.setdefault(code, []).append((start, stop, regal))
    return {code: tuple(spans) for code, spans in heads.items()}


def _no_monarch(state: str, date: str | None) -> bool:
    """Whether the heads of state the gazetteer lists for ``state`` at ``date`` are all presidents or dictators: a
    king's, an emir's or a sultan's title then names none of its officials. With no head listed, or no date, the title
    stands as before."""
    days = gazetteer.interval_days((date, date)) if date else None
    if days is None:
        return False
    heads = [regal for start, stop, regal in _heads_of_state().get(state, ()) if start <= days[1] and days[0] <= stop]
    return bool(heads) and not any(heads)


def _qualifier(text: str, start: int, end: int, by_end: dict[int, Mention]) -> str | None:
    """The state an adjective or possessive before the title names: the sector group ending with the title ("Thai
    Prime Minister"), or a state named right before it ("Chad's President", "Peruvian Ambassador")."""
    group = by_end.get(end)
    if group is not None and group.kind == "group" and group.via == "adjective" and group.start < start:
        return group.state
    before = _POSSESSIVE.search(text, max(0, start - 4), start)
    if before is not None and before.start() in by_end:
        mention = by_end[before.start()]
        if mention.kind == "state":
            return mention.entity
    return None


def _a_person(text: str, name: str, end: int) -> bool:
    """Whether capitalised words after a title are a person's name, not a street, a body or a firm."""
    words = name.split()
    if words[0].rstrip(".") in _NOT_A_FIRST_WORD or any(word.rstrip(".,") in _NOT_A_PERSON for word in words):
        return False
    after = re.match(r"[ \t]+([A-Z][\w]*)", text[end : end + 30])
    return after is None or after.group(1) not in _NOT_A_PERSON


def _bare(text: str, start: int, by_end: dict[int, Mention]) -> bool:
    """Whether a title stands alone, with no organization, person or firm before it ("NATO Commander", "Ford's
    President", "the company President") that would make it another body's."""
    if _NOT_A_STATES.search(text, max(0, start - 30), start):
        return False
    before = _POSSESSIVE.search(text, max(0, start - 4), start)
    return before is None or before.start() not in by_end


def _later(text: str, mentions: list[Mention], officials, starts) -> list[Mention]:
    """Each later mention of an official's surname alone ("Foreign Minister Nzo", "Nzo said"): the same official."""
    taken = list(map(_SPAN, mentions)) + [(s, e) for s, e, _ in officials]
    found: list[Mention] = []
    for _, end, official in officials:
        words = official.text.split()
        # the surname, and the first name where a text uses it alone ("Siddhi Savetsila ... Siddhi", as Thai
        # names are used), as for the persons the gazetteer knows
        for word in dict.fromkeys((words[-1], words[0] if len(words) <= 3 else words[-1])):
            found.extend(_alone(text, word, end, official, taken))
    return found


def _alone(text: str, surname: str, end: int, official: Mention, taken: list[tuple[int, int]]) -> list[Mention]:
    """The mentions of one word of an official's name standing alone after ``end``."""
    found: list[Mention] = []
    if len(surname) < 3 or not surname[0].isupper() or not surname[1:2].islower() or surname in _SHARED_FIRST_WORDS:
        return found
    at = text.find(surname, end)
    while at >= 0:
        stop = at + len(surname)
        if (
            not (at and _WORD_END.match(text[at - 1]))
            and not (stop < len(text) and _WORD_END.match(text[stop]))
            and not any(s < stop and at < e for s, e in taken)
            and not _IN_A_LONGER_NAME.match(text, stop)
            and not _other_name_before(text, at)
        ):
            found.append(
                Mention(at, stop, surname, official.entity, "person", None, official.state, official.role, official.date, "official")
            )
            taken.append((at, stop))
        at = text.find(surname, stop)
    return found


# First words too many people share, or honorifics, to stand alone for one official.
_SHARED_FIRST_WORDS = frozenset(
    "Prince Princess Sheikh Sir Lord Lady Dame Dr Mohammed Muhammad Mohamed Mohammad Ahmed Ahmad Ali Abdul Abdel Abu"
    " Sayyid Maulana Pandit Don".split()
)
_IN_A_LONGER_NAME = re.compile(r"[ \t]+[A-Z]")
_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w'\u2019-]*)[ \t]+$")


def _other_name_before(text: str, at: int) -> bool:
    """Whether a capitalised word other than a title or a sentence's first word stands right before ("Ali Fahmy")."""
    before = _CAPITALISED_BEFORE.search(text, max(0, at - 30), at)
    if before is None:
        return False
    word = before.group(1)
    if word in _TITLES or word in ("Minister", "Secretary", "Mr", "Mrs", "Madame", "President", "Ambassador"):
        return False
    head = text[max(0, before.start(1) - 3) : before.start(1)].rstrip()
    return bool(head) and head[-1] not in ".!?\n\"“" and word not in _NOT_A_FIRST_WORD
