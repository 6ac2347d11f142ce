"""A state named by its tie to another: "Beijing and its ally", "Islamabad's patron", "Moscow's client".

The phrase stands for a state the text has in focus other than the one it hangs on (the possessor: the state named
by "X's", or for "its" the state named last before it in the sentence), and other than the states its own sentence
has named before it (the actor of "Washington warned Islamabad's patron" is not the patron). It resolves only when
the focus allows: one such state, or one at least twice as salient as the next; else it is left unresolved. A name
right after the phrase ("its ally Pakistan", "Islamabad's patron, China,") is the mention itself, and a phrase in
apposition to a state just named ("the Soviet Union, India's ally,") adds nothing.
"""

from __future__ import annotations

import re
from operator import attrgetter

from detente.actors import gazetteer
from detente.model import Mention

__all__ = ["allies_named"]

_TIE_WORDS = ("ally", "patron", "protector", "benefactor", "backer", "client")
# "its ally", "their patron", "its closest ally", "X's ally" (the possessive right before), one modifier allowed
_PHRASE = re.compile(
    r"(?:\b(?P<its>[Ii]ts|[Tt]heir)|(?P<possessive>'s|\u2019s))[ \t]+(?P<tie>(?:(?:closest|close|chief|main|principal"
    r"|old|traditional|staunch|new|powerful|only|great|northern|western|eastern|southern)[ \t]+)?"
    r"(?:ally|patron|protector|benefactor|backer|client))\b"
)
_NAME_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:the[ \t]+)?[A-Z]")
_APPOSITION_BEFORE = re.compile(r"[ \t]*,[ \t]*(?:(?:the|a|an)[ \t]+)?")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[A-Z\"\u201c(])")
_DECAY = 0.85
_PLAIN = 2.0  # how much more salient than the next candidate the chosen state must be


def _state(mention: Mention) -> str | None:
    if mention.kind == "state":
        return mention.entity
    if mention.kind in ("person", "group") and mention.state and not mention.members:
        return mention.state
    return None


def _is_word_character(character: str) -> bool:
    return character.isalnum() or character == "_"  # what a regex's \w is


def _ties(text: str) -> list[tuple[int, int]]:
    """(start, end) of each tie word standing as a word, in text order. Found with ``str.find`` word by word: a regex
    scan tries a match at every position of the text, and these words are rare ("ally" inside "formally" is passed
    over by the boundary checks)."""
    found = []
    size = len(text)
    for word in _TIE_WORDS:
        start = text.find(word)
        while start != -1:
            end = start + len(word)
            if (start == 0 or not _is_word_character(text[start - 1])) and (end == size or not _is_word_character(text[end])):
                found.append((start, end))
            start = text.find(word, end)
    found.sort()
    return found


def _phrases(text: str):
    """The matches of ``_PHRASE`` in ``text``, found from its tie words: the phrase's other words lie in the 40
    characters before its tie word, so only those windows are searched, not every "its" and "'s" of the text."""
    for tie_start, tie_end in _ties(text):
        for phrase in _PHRASE.finditer(text, max(0, tie_start - 40), tie_end):
            if phrase.end() == tie_end:
                yield phrase
                break


def allies_named(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each "its ally" or "X's patron" the focus resolves added as a mention of that state."""
    if not mentions:
        return mentions
    added: list[Mention] = []
    for phrase in _phrases(text):
        start, end = phrase.start(), phrase.end()
        owner = None
        if phrase.group("possessive"):
            owner = next((m for m in reversed(mentions) if m.end == start), None)
            if owner is None or _state(owner) is None:
                continue  # "the company's client", "Nixon's ally": no state hangs on it
            start = phrase.start("tie")  # "Islamabad's patron": "Islamabad" stays its own mention
        if _NAME_AFTER.match(text, end) or any(m.start < end and start < m.end for m in mentions):
            continue  # "its ally Pakistan": the name is the mention; or the words are part of one already
        before = [m for m in mentions if m.end <= start and m is not owner]
        opening = owner.start if owner is not None else start
        if before and before[-1].end <= opening and _APPOSITION_BEFORE.fullmatch(text, before[-1].end, opening):
            continue  # "the Soviet Union, India's ally,": the state just named
        sentence_start = 0
        for boundary in _SENTENCE_END.finditer(text, max(0, start - 400), start):
            sentence_start = boundary.end()
        named_here = {code for m in before if m.start >= sentence_start and (code := _state(m))}
        if owner is not None:
            owner_code = _state(owner)
        else:
            owner_code = next((code for m in reversed(before) if m.start >= sentence_start and (code := _state(m))), None)
            if owner_code is None:
                continue  # "its ally" with no state before it in the sentence: whose?
        score: dict[str, float] = {}
        for distance, mention in enumerate(reversed(before[-40:])):
            code = _state(mention)
            if code:
                score[code] = score.get(code, 0.0) + _DECAY**distance
        candidates = sorted(
            ((value, code) for code, value in score.items() if code != owner_code and code not in named_here), reverse=True
        )
        if not candidates or (len(candidates) > 1 and candidates[0][0] < _PLAIN * candidates[1][0]):
            continue  # nobody, or no state plainly in focus: left unresolved
        code = candidates[0][1]
        record = gazetteer.entity(code)
        date = next((m.date for m in reversed(before) if m.date), None)
        added.append(
            Mention(start, end, text[start:end], code, "state", record.get("qid") if record else None,
                    None, None, date, "ally")
        )
    if not added:
        return mentions
    return sorted(mentions + added, key=attrgetter("start", "end"))
