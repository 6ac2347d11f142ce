"""Sentence splitting with character offsets into the document text.

Rule-based and fast: a sentence ends at ., ! or ? followed by space and a
capital, digit or quote, unless the period closes an abbreviation or an
initial ("Gen.", "U.S.", "L. G."); paragraph breaks, headings and date lines
always end a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from detente.model import Section, Sentence

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt cmdr adm sgt gov sen rep pres st mt ft jr sr rev hon amb sec secy
    jan feb mar apr jun jul aug sep sept oct nov dec no nos vol vols p pp ch fig ed eds e.g i.e etc vs cf al approx
    inc corp co ltd bros dept univ assn est ca c""".split()
)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
# a line of a key-dates box opens with its date and a dash or colon ("1914 Apr. 21 – U.S. forces seize Veracruz",
# "12 May 1949: blockade lifted", "1955, Nov.–Dec. – talks", "2018 Mar. 25-28 - a visit"): it is an entry of its own even when the line before ends with no period
# numeric dates open such a line too ("19.06.1961 - ...", "02.1974 - ...", "1990-08-02: ..."), and so does a year with
# a season or a part of it ("late 1990 - ...", "spring 1975: ..."); a line of an infobox or a quick-facts box,
# "Label: value" that ends with a number and no stop ("Diplomatic relations: 1963", "Liberation: 26 February 1991"), is
# an entry of its own as well, not a run-on of the line before it (one value: a list of dates, "visits: 1990, 1995,
# 1997", tells several acts the line does not date one by one)
_NUMERIC_DATE = r"\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}[./]\d{4}|\d{4}-\d{2}(?:-\d{2})?"
_YEAR_PART = r"(?:[Ee]arly|[Mm]id|[Ll]ate|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)[ -]\d{4}"
_FACT_LINE = r"[A-Z][^\n.:;!?]{1,60}:[ \t][^\n.;!?,]{0,40}\d(?=[ \t]*(?:\n|$))"
FACT_LINE = _FACT_LINE  # a quick fact whose value ends in its number ("Recognition: 14 May 1948"): an entry
# a line of a record of labelled fields opens with its short label and a colon ("Signed: 12.05.1983 | Place: Lagos",
# "Summary: Nigeria and Brazil signed ..."): each field is a sentence of its own, not a run-on of the line before it
FIELD_LINE = r"[A-Z][a-z]{1,14}(?: [a-z]{1,10})?:[ \t]"
ENTRY_LINE = (r"\n(?=[ \t]*(?:" + FIELD_LINE + r"|(?:\d{1,2}\s+" + _MONTH + r"\s+\d{3,4}|" + _MONTH + r"\s+\d{1,2},?\s+\d{3,4}|" + _MONTH
               + r"\s+\d{3,4}|" + _NUMERIC_DATE + "|" + _YEAR_PART + r"|\d{3,4}(?:,?\s+" + _MONTH + r"(?:[–—-]" + _MONTH
               + r")?(?:\s+\d{1,2}(?:[–—-]\d{1,2})?)?)?)[ \t]*[–—:-][ \t]|" + _FACT_LINE + "))")
# (a sentence may open with an approximate year: "(c. 2010 – the island disappears.)", "c. 1951 – Pakistan objects")
# a talk page's reply opens its line with the colons of its indent (":Thanks.", "::Yes, the communiqué ..."), and a
# signature opens its line with two dashes ("--Editor (talk) 14:02, 3 May 2009 (UTC)"): each a sentence of its own,
# not a run-on of the line before it
_REPLY_LINE = r"|\n(?=:{1,6}[\"'A-Z]|--[A-Z])"
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"'”’)\]]*(?=\s+[\"'“‘(\[]?(?:[A-Z0-9À-Ý]|c\.\s?\d))|\n\s*\n|\n(?=\s*[*•\-–]\s)|" + ENTRY_LINE
                       + _REPLY_LINE)
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
# _BOUNDARY's alternatives after its first, which all open with a line break
_BOUNDARY_BREAK = re.compile(r"\n\s*\n|\n(?=\s*[*•\-–]\s)|" + ENTRY_LINE + _REPLY_LINE)
# where a boundary may start: after a full stop, "!", "?" or "…" (its look-behind), or at a line break
_STOP_OR_BREAK = re.compile(r"[.!?…\n]")


def _boundaries(text: str, start: int, end: int):
    """The matches ``_BOUNDARY.finditer(text, start, end)`` gives, tried only where one may start: the regex engine
    would try its alternatives at every character, since the first opens with a look-behind."""
    at = start
    after_empty = False  # the last match was empty: at its place only a non-empty one may follow (as finditer does)
    while True:
        found = None
        if after_empty:
            found = _BOUNDARY_BREAK.match(text, at, end)
            at += 1
        if found is None:
            for stop in _STOP_OR_BREAK.finditer(text, max(at - 1, 0), end):
                place = stop.start() if stop.group() == "\n" else stop.end()
                if place >= at and (found := _BOUNDARY.match(text, place, end)) is not None:
                    break
        if found is None:
            return
        yield found
        at = found.end()
        after_empty = found.start() == at


def split_sentences(text: str, sections: Sequence[Section] = ()) -> list[Sentence]:
    """Sentences of ``text`` in order; each knows the index of its section."""
    sections = list(sections) or [Section(0, len(text))]
    sentences: list[Sentence] = []
    for number, section in enumerate(sections):
        pieces = []
        if section.heading_span:
            pieces.append(section.heading_span)
        body_start = section.heading_span[1] if section.heading_span else section.start
        if section.date_span:
            pieces.append(section.date_span)
            body_start = max(body_start, section.date_span[1])
        pieces.extend(_split_block(text, body_start, section.end))
        for start, end in pieces:
            sentences.append(Sentence(start, end, number))
    return sentences


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _boundaries(text, start, end):
        if "\n" in match.group(0):  # a paragraph break or a list item always ends a sentence
            cut = match.start()
        elif _is_abbreviation(text, cursor, match.start()):
            continue
        else:
            cut = match.end()  # keep closing quotes and brackets with their sentence
        _add(text, cursor, cut, spans)
        cursor = cut
    _add(text, cursor, end, spans)
    return spans


def _is_abbreviation(text: str, start: int, stop: int) -> bool:
    """Whether the period just before ``stop`` closes an abbreviation or an initial, not a sentence."""
    head = text[max(start, stop - 40) : stop].rstrip("\"'”’)]")
    if not head.endswith("."):
        return False
    word = _last_word(head)
    if word is None:
        return False
    bare = word.rstrip(".").lower()
    if len(bare) == 1 and word[0].isupper():
        return True  # an initial: "L. G. Kornilov", "Franklin D. Roosevelt"
    if "." in word.rstrip("."):
        # dotted acronyms like "U.S." end a sentence only when the next word is a common sentence opener
        following = text[stop : stop + 12].split()
        return not following or following[0] not in _OPENERS
    if bare == "no" and not text[stop : stop + 3].lstrip()[:1].isdigit():
        # "No. 10 Downing Street", "Resolution No. 242": a number follows. An answer that opens its line or follows its
        # label ("A: No. Jordan and Israel signed ...") ends its own sentence; after a question on the same line
        # ("**Did they fight?** No. Neither ...") it stays with the question
        line = text[text.rfind("\n", 0, stop) + 1 : stop - 3].rstrip()
        return not (line == "" or line.endswith(":"))
    return bare in _ABBREVIATIONS


_LETTERS_AND_DOTS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."


def _last_word(head: str) -> str | None:
    """``_LAST_WORD.search(head).group(1)`` for a ``head`` ending with a period, from the run of letters and
    dots it ends with (two strips in C, where the search tried every position of the head)."""
    run = head[len(head.rstrip(_LETTERS_AND_DOTS)) :].lstrip(".")
    return run[:-1] if len(run) >= 2 else None


_OPENERS = frozenset("The A An In On At This That These Those It He She They We His Her Their Its After Before When During By From".split())


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
