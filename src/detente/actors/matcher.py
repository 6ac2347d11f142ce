"""One pass over a text with an Aho-Corasick automaton: every actor name, leftmost-longest, on word boundaries.

Both the names and the text are normalized the same length-preserving way (lower case, every non-word
character a space) and each name is looked for with a space on both sides, so a name can only match whole
words ("Iran" never inside "Iranian") and offsets in the normalized text are offsets in the original.
Case is then checked against the original spelling: "US" matches "US" but not "us".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import ahocorasick

from detente.actors import gazetteer

_NON_WORD = re.compile(r"[\W_]")

# Kinds of phrase the automaton reports besides entity names.
REFERENCE = "reference"
STOP = "stop"


@dataclass(frozen=True, slots=True)
class Form:
    """One spelling of one entity (or a reference phrase, or a stop phrase)."""

    text: str
    target: str | None  # entity id; None for references and stops
    via: str  # name | adjective | capital | leader | group | place | reference | stop
    span: tuple[int, int] | None = None  # days the form is restricted to ("Bonn" 1949-1990); None: always


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    forms: tuple[Form, ...]


def normalize(text: str) -> str:
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters (e.g. "İ") lower to two; keep offsets aligned
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    return _NON_WORD.sub(" ", lowered)


def case_fits(found: str, form: str) -> bool:
    """Whether the text's spelling is an acceptable writing of ``form``."""
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
    """The automaton over every form; each key's value indexes the forms sharing that normalized key."""
    data = gazetteer.data()
    grouped: dict[str, list[Form]] = {}
    for form_text, target, via, start, stop in data["forms"]:
        span = gazetteer.form_span(start, stop)
        grouped.setdefault(normalize(form_text), []).append(Form(form_text, target, via, span))
    for phrase in data["references"]:
        grouped.setdefault(normalize(phrase), []).append(Form(phrase, None, REFERENCE))
    for phrase in data["stops"]:
        grouped.setdefault(normalize(phrase), []).append(Form(phrase, None, STOP))
    machine = ahocorasick.Automaton()
    table: list[tuple[Form, ...]] = []
    for key in sorted(grouped):
        if not key.strip():
            continue
        machine.add_word(" " + key + " ", len(table))
        table.append(tuple(grouped[key]))
    machine.make_automaton()
    return machine, table


def scan(text: str) -> list[Hit]:
    """Leftmost-longest hits whose spelling fits, sorted by start; stop phrases included (callers drop them)."""
    machine, table = automaton()
    padded = " " + normalize(text) + " "
    found: list[Hit] = []
    for last, index in machine.iter(padded):
        forms = table[index]
        length = len(forms[0].text)
        start = (
            last - length - 1
        )  # key = space + form + space ending at padded[last]; text = padded shifted by one
        end = start + length
        written = text[start:end]
        fitting = tuple(form for form in forms if case_fits(written, form.text))
        if fitting:
            found.append(Hit(start, end, fitting))
    found.sort(key=lambda hit: (hit.start, hit.start - hit.end))
    chosen: list[Hit] = []
    reach = -1
    for hit in found:
        if hit.start >= reach:
            chosen.append(hit)
            reach = hit.end
    return chosen
