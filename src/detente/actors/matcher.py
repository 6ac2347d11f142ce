"""One pass over a text with an Aho-Corasick automaton: every actor name, leftmost-longest, on word boundaries.

Both the names and the text are normalized the same length-preserving way (lower case, every non-word
character a space) and each name is looked for with a space on both sides, so a name can only match whole
words ("Iran" never inside "Iranian") and offsets in the normalized text are offsets in the original.
Case is then checked against the original spelling: "US" matches "US" but not "us". Accented Latin letters count as
their base letter on both sides ("Yaounde" is "Yaoundé", "Houphouet-Boigny" "Houphouët-Boigny").
"""

from __future__ import annotations

import gc
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

import ahocorasick

from detente.actors import gazetteer

# Kinds of phrase the automaton reports besides entity names.
REFERENCE = "reference"
HALF = "half"
TITLE = "title"  # "the junta", "the premier": a body or an office of the state in focus (titles.py)
STOP = "stop"


@dataclass(frozen=True, slots=True, eq=False)  # identity: each form is one object of the automaton's table
class Form:
    """One spelling of one entity (or a reference phrase, or a stop phrase)."""

    text: str
    target: str | None  # entity id; None for references and stops
    via: str  # name | adjective | capital | leader | group | place | institution | reference | half | title | stop
    span: tuple[int, int] | None = None  # days the form is restricted to ("Bonn" 1949-1990); None: always
    # counts only when a state of the entity's lineage is in focus ("Nationalists"); a tuple names the states that
    # license it instead ("the Communists" after 1949 are the People's Republic's across the Taiwan Strait only)
    weak: bool | tuple[str, ...] = False


@dataclass(slots=True)  # never changed in place; not frozen, as a frozen dataclass is built three times slower
class Hit:
    start: int
    end: int
    forms: tuple[Form, ...]


def _latin_folds() -> dict[int, str]:
    """Latin letters with diacritics (U+00C0-U+024F, U+1E00-U+1EFF) to the ASCII letter they are written on, so
    "Yaounde" finds "Yaoundé" and "Houphouet-Boigny" "Houphouët-Boigny": one character for one, so offsets hold.
    Letters with a stroke, which Unicode does not decompose, are given by hand."""
    folds = {ord("ø"): "o", ord("Ø"): "O", ord("ł"): "l", ord("Ł"): "L", ord("đ"): "d", ord("Đ"): "D"}
    for point in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        parts = unicodedata.normalize("NFD", chr(point))
        if len(parts) > 1 and parts[0].isascii() and parts[0].isalpha() and all(map(unicodedata.combining, parts[1:])):
            folds[point] = parts[0]
    return folds


FOLDS = _latin_folds()  # case kept: what case_fits compares
_LOWER_FOLDS = {point: letter.lower() for point, letter in FOLDS.items()}  # what the automaton's keys are made of
# Typographic apostrophes are the plain one in a name's spelling ("Teng Hsiao-p’ing", "Ch’en Yi").
_SPELLING_FOLDS = {**FOLDS, 0x2019: "'", 0x2018: "'", 0x02BC: "'"}


def normalize(text: str) -> str:
    # Every character that is not a word character (as the regex \w knows it) becomes a space, upper-case ASCII letters
    # lower case: for ASCII text one byte translation table does both in one C pass.
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_LOWER_SPACES).decode("ascii")
    # Mostly ASCII (a dash, an accent here and there): every non-ASCII character becomes one "?" (a space after the
    # table), then the non-ASCII word characters (str.isalnum is the regex \w past ASCII) are put back lowered, accented
    # Latin letters as their base letter (_latin_folds). The text is not lowered whole: str.lower is slow past ASCII.
    encoded = text.encode("ascii", "replace")
    if encoded.count(b"?") * 8 > len(encoded):
        return _normalize_whole(text)  # a text mostly outside ASCII
    spaced = encoded.translate(_ASCII_LOWER_SPACES).decode("ascii")
    pieces = []
    last = 0
    at = encoded.find(b"?")
    while at >= 0:
        character = text[at]
        if character != "?":
            lowered = character.lower()
            if len(lowered) != 1 or lowered.isascii() or character == "\u03a3":
                # "İ" lowers to two characters, the Kelvin sign to "k", and "Σ" as its place in a word has it: the
                # whole text's lower case tells, as the rule is written
                return _normalize_whole(text)
            if lowered.isalnum():  # a non-ASCII letter or digit
                pieces.append(spaced[last:at])
                pieces.append(_LOWER_FOLDS.get(ord(lowered), lowered))
                last = at + 1
        at = encoded.find(b"?", at + 1)
    if not pieces:
        return spaced
    pieces.append(spaced[last:])
    return "".join(pieces)


def _normalize_whole(text: str) -> str:
    """``normalize`` as the rule is written: the text lowered whole, every non-word character a space, accented Latin
    letters their base letter."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters (e.g. "İ") lower to two; keep offsets aligned
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    return _NON_WORD.sub(" ", lowered).translate(_LOWER_FOLDS)


_NON_WORD = re.compile(r"[\W_]")
_ASCII_LOWER_SPACES = bytes(ord(chr(b).lower()) if chr(b).isalnum() else 32 for b in range(128)) + bytes(range(128, 256))


def case_fits(found: str, form: str) -> bool:
    """Whether the text's spelling is an acceptable writing of ``form``."""
    if found == form:
        return True
    if not (found.isascii() and form.isascii()):  # "Yaounde" for "Yaoundé": accents aside, the same rules
        found, form = found.translate(_SPELLING_FOLDS), form.translate(_SPELLING_FOLDS)
        if found == form:
            return True
    if form.islower():  # common-noun phrases ("the two nations") in any case
        return True
    if found == form[:1].upper() + form[1:]:  # sentence-initial "The Kremlin"
        return True
    # All-capital headings, but never for short forms whose case is their meaning ("US", "Us").
    return found.isupper() and not form.isupper() and len(form) >= 5


@cache
def automaton() -> tuple[ahocorasick.Automaton, list[tuple[Form, ...]]]:
    """The automaton over every form; each key's value is (its length + 1, minus its length, the index of the forms
    sharing that normalized key), so a match ending at ``last`` of the padded text starts at ``last`` - value[0]."""
    data = gazetteer.data()
    grouped: dict[str, list[Form]] = {}
    for form_text, target, via, start, stop, weak in data["forms"]:
        span = gazetteer.form_span(start, stop)
        weak = tuple(weak) if isinstance(weak, list) else weak
        grouped.setdefault(normalize(form_text), []).append(Form(form_text, target, via, span, weak))
    for phrase in data["references"]:
        grouped.setdefault(normalize(phrase), []).append(Form(phrase, None, REFERENCE))
    for phrase in data.get("halves", {}):
        grouped.setdefault(normalize(phrase), []).append(Form(phrase, None, HALF))
    for phrase in data.get("titles", {}):
        grouped.setdefault(normalize(phrase), []).append(Form(phrase, None, TITLE))
    for phrase in data["stops"]:
        grouped.setdefault(normalize(phrase), []).append(Form(phrase, None, STOP))
    machine = ahocorasick.Automaton()
    table: list[tuple[Form, ...]] = []
    for key in sorted(grouped):
        if not key.strip():
            continue
        machine.add_word(" " + key + " ", (len(key) + 1, -len(key), len(table)))
        table.append(tuple(grouped[key]))
    machine.make_automaton()
    gc.freeze()  # the forms live as long as the process, as the data they are made from (detente.resources.load_json)
    return machine, table


@cache
def _uniform_spellings() -> list[str | None]:
    """For each key of the automaton, the spelling all its forms share, or None when they differ."""
    return [forms[0].text if len({form.text for form in forms}) == 1 else None for forms in automaton()[1]]


def pad(text: str) -> str:
    """The text as the automata read it: normalized, with a space before and after (offsets shifted by one)."""
    return " " + normalize(text) + " "


@cache
def _phrase_machine(phrases: frozenset[str]) -> ahocorasick.Automaton:
    machine = ahocorasick.Automaton()
    for phrase in phrases:
        key = normalize(phrase)
        machine.add_word(" " + key + " ", (len(key) + 1, key))
    machine.make_automaton()
    return machine


def phrase_starts(padded: str, phrases: frozenset[str]) -> dict[str, list[int]]:
    """Normalized phrase -> the start (in the text ``padded`` was made from by ``pad``) of every place one of
    ``phrases`` stands there as whole words, in any case (callers compare the text's own spelling), in order.

    One pass over the padded text for the few phrases several later passes look for (titles, "the Pact"): an automaton
    whose keys all open with a space tries one transition at most characters, where one over the raw text tries every
    first letter of every phrase at each of them."""
    found: dict[str, list[int]] = {}
    for last, (shift, key) in _phrase_machine(phrases).iter(padded):
        found.setdefault(key, []).append(last - shift)
    return found


def scan(text: str, padded: str | None = None) -> list[Hit]:
    """Leftmost-longest hits whose spelling fits, sorted by start; stop phrases included (callers drop them).
    ``padded``: ``pad(text)``, when the caller has it."""
    machine, table = automaton()
    uniform = _uniform_spellings()
    if padded is None:
        padded = pad(text)
    # key = space + form + space ending at padded[last]; the text is padded shifted by one
    candidates = [(last - shift, negative, index) for last, (shift, negative, index) in machine.iter(padded)]
    candidates.sort()  # by start, the longest first
    chosen: list[Hit] = []
    reach = -1
    for start, negative, index in candidates:
        if start < reach:
            if start - negative > reach and chosen and chosen[-1].start < start and _extend_person(
                chosen, text, start - negative, table[index]
            ):
                reach = start - negative
            continue
        end = start - negative
        if padded.startswith("the ", start + 1):
            # a phrase opening with "the" gives way to a longer name that starts after the article ("the Federal
            # Republic of Yugoslavia", "the League of Nations"): the first candidate there is the longest
            after = bisect_left(candidates, (start + 4,))
            if after < len(candidates) and candidates[after][0] == start + 4 and start + 4 - candidates[after][1] > end:
                continue
        written = text[start:end]
        forms = table[index]
        spelling = uniform[index]
        if spelling is not None:  # one spelling for every form of the key: one case check
            fitting = forms if written == spelling or case_fits(written, spelling) else ()
        else:
            fitting = tuple(form for form in forms if case_fits(written, form.text))
        if fitting:
            if fitting[0].via == STOP and written[:1].isupper() and written[written.rfind(" ") + 1 :].islower() \
                    and _stop_is_a_verb(text, chosen, start, end):
                continue  # the name inside it is read instead (the next candidate at this start)
            chosen.append(Hit(start, end, fitting))
            reach = end
    return chosen


# what a headline's parties sign: "China, India ink pact" is no ink of India's
_SIGNED_NOUNS = frozenset("pact pacts deal deals accord accords agreement agreements treaty treaties".split())


def _stop_is_a_verb(text: str, chosen: list[Hit], start: int, end: int) -> bool:
    """Whether a stop phrase of a name and a word ("India ink") stands where the word is a headline's verb: after a list of names
    ("China, India ink pact", "Japan and India ink"), or before what is signed ("India ink deal")."""
    following = text[end : end + 16].split(None, 1)
    if following and following[0].strip(".,;:").lower() in _SIGNED_NOUNS:
        return True
    if not chosen or chosen[-1].forms[0].via == STOP:
        return False
    between = text[chosen[-1].end : start]
    return between in (", ", " and ", " & ", ",", " , ")


def _extend_person(chosen: list[Hit], text: str, end: int, forms: tuple[Form, ...]) -> bool:
    """A spelling of a person overlapping the person's hit before it and reaching further is one mention with it:
    "General Yahya" and "Yahya Khan" in "General Yahya Khan", which leftmost-longest would cut after "Yahya"
    (leaving "Khan" to be read alone). Only when both name the same person and the text fits the later spelling."""
    last = chosen[-1]
    people = {form.target for form in last.forms if form.via == "leader"}
    if not people or len(people) != len({form.target for form in last.forms}):
        return False
    fitting = tuple(
        form for form in forms if form.via == "leader" and form.target in people
        and case_fits(text[end - len(form.text) : end], form.text)
    )
    if not fitting:
        return False
    chosen[-1] = Hit(last.start, end, tuple(form for form in last.forms if form.target in {f.target for f in fitting}))
    return True
