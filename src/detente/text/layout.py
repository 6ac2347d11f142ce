"""Sections of a cleaned text: headings, timeline entries and their date lines.

A heading is a one-line paragraph that does not read as a sentence.  A timeline
entry is a heading followed by a paragraph that holds only a date ("June 1941",
"1939 - 1941"): the date line dates the description under it.
"""

from __future__ import annotations

import re

from detente.model import Section

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_DATE_TOKEN = (
    rf"(?:{_MONTHS})\.?|\d{{1,4}}(?:st|nd|rd|th|s|'s)?|'\d\ds|spring|summer|autumn|fall|winter|early|mid|late|the|of|"
    r"c\.|ca\.|circa|about|around|bc|bce|ad|ce|to|until|till|through|and|from|between|present|today|century|"
    r"mid-\d{4}s?|[-–—/,.()]"
)
_DATE_LINE = re.compile(rf"^\s*(?:(?:{_DATE_TOKEN})\s*)+$", re.I)
_HAS_NUMBER = re.compile(r"\d{3,4}|\b\d{1,2}(?:st|nd|rd|th)? century", re.I)
_SENTENCE_END = re.compile(r"[.!?;,:…]\s*$")


def is_date_line(line: str) -> bool:
    """A line that holds only a date or a date range."""
    return len(line) <= 80 and bool(_HAS_NUMBER.search(line)) and bool(_DATE_LINE.match(line))


def is_heading(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= 14
        and len(line) <= 100
        and not _SENTENCE_END.search(line)
        and (line[0].isupper() or line[0].isdigit() or line[0] in "\"'“‘(")
    )


# a paragraph: lines with no blank line between them (and a last line break when no blank line follows it);
# whole runs of a character class, where "[^\n](?:[^\n]|\n(?!\n))*" stepped one character at a time
_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*(?:\n(?!\n))?")


def split_sections(text: str) -> list[Section]:
    """Sections in document order; text before the first heading forms a section without heading."""
    paragraphs = [m.span() for m in _PARAGRAPH.finditer(text)]
    sections: list[Section] = []
    current = Section(start=0, end=len(text))
    index = 0
    while index < len(paragraphs):
        start, end = paragraphs[index]
        line = text[start:end]
        single_line = "\n" not in line
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if single_line and following and is_heading(line) and not is_date_line(line):
            current.end = start
            sections.append(current)
            current = Section(start=start, end=len(text), heading=line, heading_span=(start, end))
            next_line = text[following[0] : following[1]]
            if "\n" not in next_line and is_date_line(next_line):
                current.kind = "entry"
                current.date_span = following
                index += 1
        elif single_line and is_date_line(line) and current.heading is None and following:
            # a bare date line with no title starts an entry of its own
            current.end = start
            sections.append(current)
            current = Section(start=start, end=len(text), kind="entry", date_span=(start, end))
        index += 1
    current.end = len(text)
    sections.append(current)
    return [section for section in sections if section.end > section.start or section.heading]
