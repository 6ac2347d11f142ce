"""Companies and sports bodies named after a state: a body of the state's society, never the state itself.

"The Anglo-Iranian Oil Company", "the China National Petroleum Corporation", "the Indian Olympic Association", "the
Pakistan Cricket Board": the state words inside such a name do not make the state a party to what the body does or
what is done to it. A body named after one state is a non-state group of it, with the sector its kind of body is in
(a company the business sector, as "Air India" is; a sports body or team the civilians, with "sports" as its role);
a body named after two ("Anglo-Iranian", "Hong Kong and Shanghai") is neither's. A person named in a company's name
("the Ford Motor Company") is not the person.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter

import ahocorasick

from detente.model import Mention

__all__ = ["named_bodies"]

_START = attrgetter("start")
_SPAN = attrgetter("start", "end")  # the mentions' order

# The last words of a body's name: a firm's legal form, or a sport before the word for its board, league or team
# ("Table Tennis Association", "Cricket Board", "Olympic Committee").
_FIRM = re.compile(r"Company|Corporation|Co\.|Ltd\b|Limited\b|Inc\b|Incorporated\b")
_SPORT = re.compile(
    r"(?:Olympic|Cricket|Football|Hockey|Tennis|Chess|Athletics|Sports|Rugby|Basketball|Volleyball|Badminton|Soccer)"
    r"(?:[ \t]+[A-Z][a-z]+)?[ \t]+(?:Board|Association|Federation|Committee|Council|Team|Club|League|Squad)\b"
)
# A word of a body's name: capitalised ("Anglo-Iranian", "U.S.") or a joining word inside it ("of", "and", "&").
_NAME_WORD = re.compile(r"[A-Z][\w'\u2019.&-]*|and|of|for|&")
_TOKEN = re.compile(r"\S+")
# Capitalised words that open a sentence, not a name ("The China National Petroleum Corporation bought ...").
_OPENERS = frozenset("The A An In On At By For From With After Before When While As Then But And Its His Her Their".split())
_JOINING = frozenset({"and", "of", "for", "&"})
_SECTORS = {"firm": ("BUS", "business"), "sport": ("CVL", "sports")}


def _name_start(text: str, end: int) -> int:
    """Where the capitalised name that ends at ``end`` (before the body's last words) begins: back over capitalised
    words and the joining words between them, stopping at a possessive ("Britain's"), a sentence's end or a line's."""
    start = cursor = end
    for token in reversed(list(_TOKEN.finditer(text, max(0, end - 120), end))):
        if text[token.end() : cursor].strip(" \t") or "\n" in text[token.end() : cursor]:
            break
        word = token.group()
        if not _NAME_WORD.fullmatch(word) or word.endswith(("'s", "\u2019s")) or word in _OPENERS:
            break
        if word.endswith(".") and word.count(".") == 1 and len(word) > 2:
            break  # "... with Iran." ends a sentence; initials ("U.S.") go on
        if word not in _JOINING:
            start = token.start()
        cursor = token.start()
    return start


# The words every match of each pattern opens with: only where one of them stands can the pattern match.
_FIRM_WORDS = ("Company", "Corporation", "Co.", "Ltd", "Limited", "Inc")  # "Inc" opens "Incorporated" too
_SPORT_WORDS = ("Olympic", "Cricket", "Football", "Hockey", "Tennis", "Chess", "Athletics", "Sports", "Rugby",
                "Basketball", "Volleyball", "Badminton", "Soccer")


def _word_starts(pattern: re.Pattern, text: str, words: tuple[str, ...], places: set[int] | None = None):
    """(start, end) of the matches of ``pattern`` that open a word, as successive searches find them; every match
    opens with one of ``words``. The places those words stand are found with ``str.find`` (a regex search over the
    whole text tries every position), or given (``places``: every start of every word) and the pattern is matched
    there only, in text order: the first place it matches from a position on is where a search from there would find
    it. The patterns have no leading word boundary; a match inside a word is passed over by looking again one character
    on, as a leading boundary would have it."""
    if places is None:
        places = set()
        for word in words:
            at = text.find(word)
            while at >= 0:
                places.add(at)
                at = text.find(word, at + 1)
    position = 0
    for at in sorted(places):
        if at < position:
            continue
        found = pattern.match(text, at)
        if found is None:
            continue
        if at and (text[at - 1].isalnum() or text[at - 1] == "_"):
            position = at + 1
            continue
        yield at, found.end()
        position = max(found.end(), at + 1)


# Every start of the words of both, found in one pass of an automaton (built once) rather than one str.find sweep of
# the text for each of the 19 words: about two thirds of their CPU time.
_OPENING_WORDS = ahocorasick.Automaton()
for _kind, _words in (("firm", _FIRM_WORDS), ("sport", _SPORT_WORDS)):
    for _word in _words:
        _OPENING_WORDS.add_word(_word, (len(_word) - 1, _kind))
_OPENING_WORDS.make_automaton()


def _opening_places(text: str) -> tuple[set[int], set[int]]:
    """Every start of a word of ``_FIRM_WORDS`` in ``text``, and of ``_SPORT_WORDS``."""
    firms: set[int] = set()
    sports: set[int] = set()
    for last, (shift, kind) in _OPENING_WORDS.iter(text):
        (firms if kind == "firm" else sports).add(last - shift)
    return firms, sports


def _bodies(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each body's last words, in text order, none overlapping: a firm's legal form, or a sport
    before the word for its board, league or team ("Table Tennis Association", "Cricket Board")."""
    firms, sports = _opening_places(text)
    found = sorted([(start, end, "firm") for start, end in _word_starts(_FIRM, text, _FIRM_WORDS, firms)]
                   + [(start, end, "sport") for start, end in _word_starts(_SPORT, text, _SPORT_WORDS, sports)])
    bodies: list[tuple[int, int, str]] = []
    for start, end, kind in found:
        if not bodies or start >= bodies[-1][1]:
            bodies.append((start, end, kind))
    return bodies


# A body's name whose "for" names what the body is for ("the Kuwait Fund for Arab Economic Development", "the Society
# for Sino-Indian Friendship", "the Commission for India and Pakistan"): the words after "for" name its purpose or the
# parties it serves, no actor of what the body does or what is done to it; the words before it stay what they are
# ("Kuwait": the fund is Kuwait's).
_PURPOSE_BODIES = frozenset(
    "Fund Committee Council Agency Association Society Institute Foundation Commission Organization Organisation"
    " Centre Center League Bureau Front Trust Programme Program Conference Movement Alliance Federation".split()
)
_PURPOSE_JOINING = frozenset({"and", "of", "&", "the"})


def _purpose_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the capitalised words after "for" in a body's name ("... Fund for Arab Economic Development")."""
    spans = []
    at = text.find(" for ")
    while at >= 0:
        after = at + 5
        if after < len(text) and (text[after].isupper() or text.startswith("the ", after)):
            word = text[text.rfind(" ", max(0, at - 14), at) + 1 : at]
            if word in _PURPOSE_BODIES:
                end = cursor = after
                for token in _TOKEN.finditer(text, after, min(len(text), after + 120)):
                    if text[cursor : token.start()].strip(" \t"):
                        break  # a dash or a line's end closes the name
                    cursor = token.end()
                    found = token.group()
                    if found.endswith(("'s", "\u2019s")) or not (
                        found in _PURPOSE_JOINING or (found[0].isupper() and _NAME_WORD.fullmatch(found.rstrip(".,;:")))
                    ):
                        break
                    if found[-1] in ".,;:":
                        if found[0].isupper():
                            end = token.end() - 1
                        break
                    if found not in _PURPOSE_JOINING:
                        end = token.end()
                if end > after:
                    spans.append((after, end))
        at = text.find(" for ", at + 5)
    return spans


def _without_purposes(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less those standing in what a body's name says it is for (see ``_purpose_spans``)."""
    spans = _purpose_spans(text)
    if not spans:
        return mentions
    starts = [start for start, _ in spans]
    kept = []
    for mention in mentions:
        index = bisect_left(starts, mention.start + 1) - 1
        if index >= 0 and mention.end <= spans[index][1] and mention.kind != "person":
            continue
        kept.append(mention)
    return kept


def named_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the states and persons inside a company's or a sports body's name turned into the body: a
    group of the one state it is named after, else nothing; none standing in what a body's name says it is for."""
    if not mentions:
        return mentions
    mentions = _without_purposes(text, mentions)
    bodies = list(_bodies(text))
    if not bodies:
        return mentions
    result = sorted(mentions, key=_SPAN)  # in text order (as they come, mostly: then a cheap sort)
    starts = list(map(_START, result))  # rebuilt when a body changes the mentions
    for body_start, end, kind in bodies:
        start = _name_start(text, body_start)
        # only the mentions that open inside the name can lie inside it: look there, not through every mention
        inside = [m for m in result[bisect_left(starts, start) : bisect_left(starts, end)] if m.end <= end]
        # a state by its name or adjective; a place keeps standing for its state ("the Suez Canal Company")
        named = [m for m in inside if m.kind == "person" or (m.kind == "state" and m.via in ("name", "adjective"))]
        if not named:
            continue
        states = {m.entity for m in named if m.kind == "state"}
        kept = [m for m in result if m not in named]
        if len(states) == 1 and all(m in named and m.kind == "state" for m in inside):
            code = states.pop()
            sector, role = _SECTORS[kind]
            kept = [m for m in kept if not (start <= m.start and m.end <= end)]
            first = named[0]
            kept.append(Mention(start, end, text[start:end], code + sector, "group", None, code, role, first.date, "institution"))
            kept.sort(key=_SPAN)
        result = kept
        starts = list(map(_START, result))
    return result
