"""Named periods ("the Cold War") and anchor events ("the fall of Paris") from periods.json."""

from __future__ import annotations

import itertools
import re
from functools import cache

from detente.model import TimeExpr
from detente.resources import load_json

# Only after these words is an event name a time anchor ("after Germany's defeat").
ANCHOR_WORDS = re.compile(r"(?i:\b(after|before|since|until|till|following|by\s+the\s+time\s+of|at\s+the\s+time\s+of|on\s+the\s+eve\s+of|in\s+the\s+wake\s+of))\s+$")


def _pattern(names: list[str]) -> re.Pattern:
    # a hyphen in a name matches the dashes pages print it with ("the Iran–Iraq War"), and no dash may join a
    # longer name to it ("the Iraq War" is not inside "the Iran–Iraq War")
    alternatives = sorted({re.escape(name).replace(r"\ ", r"\s+").replace("'", "['’]").replace(r"\-", "[-–—]")
                           for name in names}, key=len, reverse=True)
    return re.compile(r"(?i)(?<![\w\-–—])(?:the\s+)?(?:" + "|".join(alternatives) + r")(?![\w\-–—])")


@cache
def first_words() -> frozenset[str]:
    """Lower-cased first word of every period and event name (after "the"): where a name may start."""
    words = set()
    for entry in load_json("periods.json")["entries"]:
        for name in entry["names"]:
            found = _WORD.findall(name.lower())
            if found:
                words.add(found[1] if found[0] == "the" and len(found) > 1 else found[0])
    return frozenset(words)


_WORD = re.compile(r"[^\W_]+")


@cache
def tables() -> tuple[re.Pattern, re.Pattern, dict[str, dict]]:
    """(period pattern, event pattern, lower-cased name -> entry)."""
    entries = load_json("periods.json")["entries"]
    by_name = {}
    for entry in entries:
        for name in entry["names"]:
            by_name.setdefault(_key(name), entry)  # a name of several eras: the first row by default (see _choose)
    periods = [name for entry in entries if entry["kind"] == "period" for name in entry["names"]]
    events = [name for entry in entries if entry["kind"] == "event" for name in entry["names"]]
    return _pattern(periods), _pattern(events), by_name


def _key(name: str) -> str:
    name = " ".join(name.lower().replace("’", "'").replace("–", "-").replace("—", "-").split())
    return name[4:] if name.startswith("the ") else name


def entry_for(name: str) -> dict | None:
    return tables()[2].get(_key(name))


@cache
def _shared_names() -> dict[str, tuple[dict, ...]]:
    """Lower-cased key -> every entry of a name that several eras bear ("the Red Terror" of Russia and of Ethiopia)."""
    rows: dict[str, list[dict]] = {}
    for entry in load_json("periods.json")["entries"]:
        for name in entry["names"]:
            rows.setdefault(_key(name), []).append(entry)
    return {key: tuple(found) for key, found in rows.items() if len(found) > 1}


_NEAR_YEAR = re.compile(r"(?<![\w])(?<!\d,)(1[6-9]\d\d|20\d\d)(?![\w%]|[.,]\d)")


def _choose(key: str, text: str, start: int, end: int, default: dict) -> dict:
    """Of the eras that share a name, the one whose span holds most of the years written within 300 characters."""
    entries = _shared_names().get(key)
    if not entries:
        return default
    years = [int(y) for y in _NEAR_YEAR.findall(text, max(0, start - 300), min(len(text), end + 300))]
    best, best_count = default, 0
    for entry in entries:
        first, last = int(entry["begin"][:4]), int(entry["until"][:4])
        count = sum(1 for year in years if first <= year <= last)
        if count > best_count:
            best, best_count = entry, count
    return best


def period_label(entry: dict) -> str:
    cut = {"day": 10, "month": 7}.get(entry["precision"], 4)
    begin, until = entry["begin"][:cut], entry["until"][:cut]
    return begin if begin == until else f"{begin}/{until}"


@cache
def _first_forms() -> frozenset[str]:
    """First words as written in lower case, Capitalized or UPPER: a set lookup per token, no lower()."""
    return frozenset(form for word in first_words() for form in (word, word[:1].upper() + word[1:], word.upper()))


def _starts(text: str, tokens: tuple[list[str], list[int]] | None) -> list[int]:
    """Offsets of tokens that may begin a name, and of a "the" right before one."""
    words, offsets = tokens or (_WORD.findall(text), [m.start() for m in _WORD.finditer(text)])
    first = _first_forms()
    starts = []
    # the test depends on the word alone: made once per distinct word, then the positions picked in C
    distinct = set(words)
    hits = distinct & first
    hits.update(word for word in distinct - hits if word[:1].isupper() and word.lower() in first)
    if not hits:
        return []
    for index in itertools.compress(range(len(words)), map(hits.__contains__, words)):
        if index and words[index - 1].lower() == "the":
            starts.append(offsets[index - 1])
        starts.append(offsets[index])
    return starts


@cache
def _following() -> dict[str, frozenset[str] | None]:
    """For the first word of each name (lower case), the words its names go on with; None: a one-word name or
    one with a letter beyond ASCII, which may go on with anything."""
    following: dict[str, set[str] | None] = {}
    for entry in load_json("periods.json")["entries"]:
        for name in entry["names"]:
            words = _WORD.findall(name.lower())
            for ways in (words, words[1:] if words[:1] == ["the"] else []):
                if not ways:
                    continue
                if len(ways) == 1 or not name.isascii():
                    following[ways[0]] = None
                elif following.get(ways[0], set()) is not None:
                    following.setdefault(ways[0], set()).add(ways[1])  # type: ignore[union-attr]
    return {word: None if after is None else frozenset(after) for word, after in following.items()}


def _may_go_on(following: dict, words: list[str], index: int) -> bool:
    """Whether a name may start at word ``index`` given the word after it (a necessary condition, cheap)."""
    after = following.get(words[index].lower(), ())
    if after is None or after == () or not words[index].isascii() or index + 1 >= len(words):
        return True  # one-word names, words not known here, and letters whose case folding lower() may not follow
    following_word = words[index + 1]
    return not following_word.isascii() or following_word.lower() in after


def _gated_starts(text: str, tokens: tuple[list[str], list[int]] | None) -> list[int]:
    """:func:`_starts` without the starts where no name can go on with the next word ("Soviet Union" starts no
    period, "Soviet invasion" may): each start costs two long regular expressions, the word test a set lookup."""
    words, offsets = tokens or (_WORD.findall(text), [m.start() for m in _WORD.finditer(text)])
    first = _first_forms()
    following = _following()
    distinct = set(words)
    hits = distinct & first
    hits.update(word for word in distinct - hits if word[:1].isupper() and word.lower() in first)
    if not hits:
        return []
    starts = []
    for index in itertools.compress(range(len(words)), map(hits.__contains__, words)):
        if not _may_go_on(following, words, index):
            continue
        if index and words[index - 1].lower() == "the":
            starts.append(offsets[index - 1])
        starts.append(offsets[index])
    return starts


def _matches(pattern: re.Pattern, text: str, starts: list[int]):
    end = -1
    for start in starts:
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is not None:
            end = match.end()
            yield match


@cache
def _exact_names() -> dict[str, str]:
    """Lower-cased key -> the name as it must be written, for names taken only with their capitals."""
    return {_key(name): " ".join(name.split()) for entry in load_json("periods.json")["entries"] for name in entry.get("exact", ())}


_THE = re.compile(r"(?i:the)\s+")
_CAPITAL_AFTER = re.compile(r"[^\S\n]+[A-Z]")


def _as_written(text: str, match: re.Match) -> bool:
    """Whether a name taken only with its capitals is written so, and no capitalized word makes it part of a longer
    name ("the Emergency Committee")."""
    wanted = _exact_names().get(_key(match.group()))
    if wanted is None:
        return True
    written = match.group()
    the = _THE.match(written)
    if the is not None and not wanted.lower().startswith("the "):
        written = written[the.end() :]
    return " ".join(written.split()) == wanted and not _CAPITAL_AFTER.match(text, match.end())


def find_periods(text: str, tokens: tuple[list[str], list[int]] | None = None) -> list[TimeExpr]:
    """Named periods anywhere, and anchor events where a word like "after" makes them a time."""
    period_re, event_re, _ = tables()
    starts = _gated_starts(text, tokens)
    found = []
    for match in _matches(period_re, text, starts):
        entry = entry_for(match.group())
        if entry is None:
            continue
        if match.group().lower() in ("detente", "the detente", "thaw", "the thaw", "depression") and not match.group()[0].isupper() and "é" not in match.group():
            continue  # lower-case "detente"/"depression" is more often the word than the era
        if not _as_written(text, match):
            continue
        entry = _choose(_key(match.group()), text, match.start(), match.end(), entry)
        found.append(_period_expr(match.start(), match.end(), text, entry, "period"))
    for match in _matches(event_re, text, starts):
        if ANCHOR_WORDS.search(text[max(0, match.start() - 30) : match.start()]):
            entry = entry_for(match.group())
            if entry is not None:
                found.append(_period_expr(match.start(), match.end(), text, entry, "event"))
    return found


def _period_expr(start: int, end: int, text: str, entry: dict, anchor: str) -> TimeExpr:
    return TimeExpr(
        start=start, end=end, text=text[start:end], type="DATE", value=period_label(entry),
        begin=entry["begin"], until=entry["until"], precision=entry["precision"], anchor=anchor, layer="period",
    )
