"""Short names standing for a body or state the text named in full before: "the Pact", "the Alliance", "the Union".

A text names an alliance or a state once in full and then by the head of its name: "the Warsaw Pact ... the Pact",
"NATO ... the Alliance", "the African Union ... the Union", "Nazi Germany ... the Reich". A capitalised short name
stands for the last state or body named before it (within ``REACH`` characters) that bears the head in one of its
names and exists at the short name's date ("the Warsaw Pact ... in 1995 the Pact" names no actor: the Pact was gone);
with none such it names no actor ("the Union" in a text that named no union), and a lower-case head is a common
word ("the league tables", "a united front").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from operator import attrgetter

from detente.actors import gazetteer
from detente.actors.matcher import normalize, pad, phrase_starts
from detente.model import Mention

__all__ = ["short_names"]

HEADS = ("Pact", "Alliance", "Union", "Reich", "Republic", "Kingdom", "Community", "League", "Organization",
         "Organisation", "Federation", "Entente", "Commonwealth", "Front", "Confederation", "Empire", "Tigers",
         "Council", "Assembly")
# heads that stand only for a body the text named with the head itself ("the Security Council ... the Council", "the
# General Assembly ... the Assembly"), never for any mention of a body bearing it: "the UN ... the Council" may be
# another council, and "Turkey ... the Assembly" names no assembly (recall14)
_NAMED_HEADS = frozenset(("Council", "Assembly"))
# how far back (characters) the full name may stand: a few paragraphs
REACH = 4000
# a short name going on as a longer name is that name, not the short one: "the Union of South Africa", "the Front
# for the Liberation of ...", "the League Council", "the Republic's" is still the short name
_LONGER = re.compile(r"[ \t]+(?:(?:of|for|de)[ \t]+(?:the[ \t]+)?)?[A-Z]")


# "the Pact", "The Pact", ...: the phrases looked for (matcher.phrase_starts), normalized phrase -> its head
PHRASES = frozenset(article + head for head in HEADS for article in ("the ", "The "))
_HEAD_OF = {normalize("the " + head): head for head in HEADS}


@cache
def _bearers(head: str) -> frozenset[str]:
    """The codes of the states and bodies with the head as the head noun of one of their names: its last word ("the
    Warsaw Pact", "the Soviet Union") or the word before "of" ("the League of Nations", "the Union of South Africa");
    not any word ("Palestine Liberation Organization" is no front, "Republic of China" is a republic)."""
    noun = re.compile(r"(?:^|\s)" + head + r"(?:$|\s+of\b)")
    return frozenset(record["code"] for record in gazetteer.entities().values()
                     if record.get("kind") in ("state", "organization")
                     and any(noun.search(name) for name in [record.get("name") or "", *record.get("names", ())]))


def short_names(
    text: str, mentions: list[Mention], days_at: Callable[[int], tuple[int, int] | None] = lambda _position: None,
    phrases: dict[str, list[int]] | None = None,
) -> list[Mention]:
    """``mentions`` (sorted by start) with a mention for each short name whose full name the text gave before it;
    ``days_at`` gives the days a position of the text speaks of (None: undated); ``phrases``: ``matcher.phrase_starts``
    of the text, when the caller has them."""
    if not mentions:
        return mentions
    if phrases is None:
        phrases = phrase_starts(pad(text), PHRASES)
    added: list[Mention] = []
    last_short: dict[str, Mention] = {}
    replaced: set[int] = set()
    starts = list(map(attrgetter("start"), mentions))
    for start, head in _phrases_in(text, phrases):
        end = start + 4 + len(head)
        if _LONGER.match(text, end):
            continue
        word = start + 4  # the head itself: what an earlier mention's text may end with
        after = bisect.bisect_left(starts, end)
        covering = [m for m in mentions[max(0, after - 3):after] if m.end > word]
        if any(not _bare(m, head) for m in covering):
            continue  # inside a name the scan found ("the Union of Soviet Socialist Republics")
        days = days_at(start)
        antecedent = _antecedent(mentions, after - len(covering), start, head, days)
        # a long text goes on calling the body by its short name: the last short name of that head, within reach,
        # stands in for the full name it stood for ("the Tigers ... the Tigers" pages after the full name)
        chained = last_short.get(head)
        if (chained is not None and chained.start >= start - REACH
                and (antecedent is None or antecedent.start < chained.start)
                and (days is None or gazetteer.exists_at(chained.entity, days))):
            antecedent = chained
        if antecedent is None:
            continue
        # a bare short name the gazetteer gives one body ("the League" of Nations, "the Reich") stands for the body
        # named in full before it when there is one ("the Arab League ... the League")
        if covering and all(m.entity == antecedent.entity for m in covering):
            continue  # the gazetteer's own reading agrees
        span = (covering[0].start, covering[0].end, covering[0].text) if covering else (word, end, text[word:end])
        replaced.update(id(m) for m in covering)
        added.append(replace(antecedent, start=span[0], end=span[1], text=span[2], via="short"))
        last_short[head] = added[-1]
    if not added:
        return mentions
    kept = [m for m in mentions if id(m) not in replaced]
    return sorted(kept + added, key=attrgetter("start", "end"))


def _phrases_in(text: str, phrases: dict[str, list[int]]) -> list[tuple[int, str]]:
    """(start, head) of each short name written as listed ("the Pact", "The Pact") and standing as whole words, not
    the first part of a compound ("the Union-wide ..."), in text order; from ``phrases`` (``matcher.phrase_starts``)."""
    found = []
    for key, places in phrases.items():  # the few phrases the text holds, not every head
        head = _HEAD_OF.get(key)
        if head is not None:
            found.extend(
                (start, head) for start in places
                if text.startswith(("the ", "The "), start) and text.startswith(head, start + 4)
                and not text.startswith("-", start + 4 + len(head))
            )
    found.sort()
    return found


def _bare(mention: Mention, head: str) -> bool:
    """Whether a mention is the short name alone ("the League", "Reich"), not a longer name around it."""
    return mention.text.removeprefix("the ").removeprefix("The ") == head


def _antecedent(
    mentions: list[Mention], after: int, start: int, head: str, days: tuple[int, int] | None
) -> Mention | None:
    """The last state or body named before ``start`` (mentions before index ``after``), within reach, that bears
    ``head`` in its name (or its text) and exists at ``days``."""
    bearers = _bearers(head)
    for index in range(after - 1, -1, -1):
        mention = mentions[index]
        if mention.start >= start:
            continue
        if mention.start < start - REACH:
            return None
        if mention.kind not in ("state", "organization") or mention.members and mention.kind != "organization":
            continue
        if (mention.entity in bearers and head not in _NAMED_HEADS
                or re.search(r"\b" + head + r"\b", mention.text) and not _bare(mention, head)):
            if days is None or gazetteer.exists_at(mention.entity, days):
                return mention
    return None
