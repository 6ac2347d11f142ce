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


# a heading in wiki or Markdown markup: "== Talks and treaties ==", "### The 1970s", with the attributes some Markdown
# dialects put after it ("## The 1950 treaty {#treaty}")
_MARKUP_HEADING = re.compile(r"(?P<bar>={2,6})[ \t]*(?P<wiki>[^=\n]+?)[ \t]*(?P=bar)|#{1,6}[ \t]+(?P<md>[^\n#{]+?)[ \t]*#*(?:[ \t]*\{[#.][^}\n]*\})?")


def is_heading(line: str) -> bool:
    markup = _MARKUP_HEADING.fullmatch(line)
    if markup:
        line = markup["wiki"] or markup["md"]
    words = line.split()
    return (
        0 < len(words) <= 14
        and len(line) <= 100
        and not _SENTENCE_END.search(line)
        and (line[0].isupper() or line[0].isdigit() or line[0] in "\"'“‘(")
    )


# A list item's dated title, then its text: "Expulsions (1964). Text", "* Expulsions (1964)" alone on its line,
# "3. The airlift [November 1962]" alone on its line, "1964 - Expulsions" alone on its line.  The title names the
# item; its date dates the item's text.
_MARKER = r"(?:[*•\-–]\s+|\d{1,3}[.)]\s+)?"
_TITLE_PAREN = re.compile(rf"{_MARKER}(?P<title>[A-Z\"'“][^()\n.!?;:]{{1,60}}?)\s*\((?P<date>[^()\n]{{3,40}})\)\s*[.:]?(?=[ \t]+[A-Z\"“]|[ \t]*(?:\n|$))")
_TITLE_BRACKET = re.compile(rf"{_MARKER}(?P<title>[A-Z\"'“][^\[\]\n.!?;:]{{1,60}}?)\s*\[(?P<date>[^\[\]\n]{{3,40}})\][ \t]*(?=\n|$)")
# the date before the dash may hold a dash of its own between two words, as a range does: "1955, Nov.–Dec. – ..."
_FIRST_DATE = r"(?:[^\n–—:]|(?<=\S)[–—](?=\S)){3,40}?"
_TITLE_DATE_FIRST = re.compile(rf"{_MARKER}(?P<date>{_FIRST_DATE})(?:\s*:|\s+[-–—])\s+(?P<title>[A-Z\"'“][^\n.!?;:]{{1,60}}?):?[ \t]*(?=\n|$)")
# each shape with a character class holding what every match of it holds: "(", "[", or the colon or dash after the date
_TITLE_SHAPES = ((_TITLE_PAREN, re.compile(r"\(")), (_TITLE_BRACKET, re.compile(r"\[")), (_TITLE_DATE_FIRST, re.compile(r"[:\-–—]")))
_LINE = re.compile(r"[^\n]+")
_ITEM_START = re.compile(r"\s*(?:[*•\-–]\s|\d{1,3}[.)]\s)")
TITLE_WORDS = 8


def dated_title(text: str, start: int, end: int) -> int | None:
    """End of the dated title opening the line at ``start`` (up to ``end``), or None.

    "Expulsions (1964)." may be followed by the item's text on the same line; "1964 - Expulsions" must
    stand alone on its line, with no full stop, since a line that opens with a date and a dash is as often
    a whole entry ("1956 - Israel invades the Sinai.").
    """
    for pattern, marks in _TITLE_SHAPES:
        if marks.search(text, start, end) is None:
            continue  # the mark the shape needs is nowhere on the line: the regex cannot match
        match = pattern.match(text, start, end)
        if match and len(match.group("title").split()) <= TITLE_WORDS and is_date_line(match.group("date")):
            return match.end()
    return None


def _items(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """Items of one paragraph that open with a dated title and go on with text: (start, title end, end)."""
    if text.find("\n", start, end) < 0:  # one line, as most paragraphs are
        lines = [(start, end)] if start < end else []
    else:
        lines = [(m.start(), m.end()) for m in _LINE.finditer(text, start, end)]
    found: list[list[int]] = []
    for number, (line_start, line_end) in enumerate(lines):
        indent = line_start
        while indent < line_end and text[indent] in " \t":
            indent += 1
        opens = _ITEM_START.match(text, line_start, line_end) is not None
        if found and opens and found[-1][2] == end:
            found[-1][2] = line_start  # a new list item ends the dated one before it
        title_end = dated_title(text, indent, line_end)
        if title_end is None:
            continue
        rest = text[title_end:line_end].strip() or (number + 1 < len(lines) and _ITEM_START.match(text, *lines[number + 1]) is None
                                                    and not _date_first_entry(text, *lines[number + 1]))
        if rest:
            if found and found[-1][2] == end:
                found[-1][2] = line_start
            found.append([indent, title_end, end])
    return [(a, b, c) for a, b, c in found]


def _date_first_entry(text: str, start: int, end: int) -> bool:
    """Whether a line is "1914 Apr. 21 – U.S. forces seize Veracruz": a key-dates box writes one act a line, each
    opening with its date, so a line of that shape under another is the next entry, not the text of a dated title."""
    while start < end and text[start] in " \t":
        start += 1
    match = _DATE_FIRST_LINE.match(text, start, end)
    return match is not None and is_date_line(match.group("date"))


_DATE_FIRST_LINE = re.compile(rf"(?P<date>{_FIRST_DATE})(?:\s*:|\s+[-–—])\s+\S")


# a glued heading: a short first line of a few words over a line of prose at least twice as long
GLUED_HEADING_WORDS = 6


def _split_glued_headings(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A heading or a year line with no blank line under it ("Background\nJapan annexed Korea in 1910. ...",
    "1978\nDecember 22 - ...\n1979\nJanuary 8 - ...") is a paragraph of its own, as scraped pages often write them.
    Headings count only as a paragraph's first line: a hard-wrapped paragraph's lines are alike in length, so its
    first line stays; year lines count anywhere, since prose lines never hold only a date."""
    split: list[tuple[int, int]] = []
    for start, end in paragraphs:
        if text.find("\n", start, end - 1) < 0:  # one line (a paragraph's only line break may end it)
            split.append((start, end))
            continue
        lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text[start:end])]
        if len(lines) < 2:
            split.append((start, end))
            continue
        cuts = []  # offsets (within the paragraph) where a new paragraph starts
        for number, (line_start, line_end) in enumerate(lines[:-1]):
            line = text[start + line_start : start + line_end].strip()
            following = text[start + lines[number + 1][0] : start + lines[number + 1][1]].strip()
            # the line below may open with a day ("1977\n21 July – Egyptian troops cross ...")
            glued = (line and len(line.split()) <= GLUED_HEADING_WORDS and (following[:1].isupper() or following[:1].isdigit())
                     and len(following) >= 2 * len(line) and _SENTENCE_END.search(following))
            if glued and (is_date_line(line) or number == 0 and is_heading(line)):
                cuts += [line_start, lines[number + 1][0]]
        bounds = sorted({0, *cuts, end - start})
        split += [(start + a, start + b) for a, b in zip(bounds, bounds[1:], strict=False) if text[start + a : start + b].strip()]
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), a + len(text[a:b].rstrip())) for a, b in split]


# a paragraph: lines with no blank line between them (and a last line break when no blank line follows it);
# whole runs of a character class, where "[^\n](?:[^\n]|\n(?!\n))*" stepped one character at a time
_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*(?:\n(?!\n))?")


def split_sections(text: str) -> list[Section]:
    """Sections in document order; text before the first heading forms a section without heading."""
    paragraphs = _split_glued_headings(text, [m.span() for m in _PARAGRAPH.finditer(text)])
    sections: list[Section] = []
    parents: dict[int, Section] = {}  # id of an item or of the text after a list -> the section the list interrupts
    current = Section(start=0, end=len(text))
    index = 0

    def begin(section: Section, at: int) -> Section:
        nonlocal current
        current.end = at
        sections.append(current)
        current = section
        return section

    while index < len(paragraphs):
        start, end = paragraphs[index]
        line = text[start:end]
        single_line = "\n" not in line
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if current.kind == "item":  # the list is over: the text after it goes on under the section it interrupted
            parent = parents[id(current)]
            parents[id(begin(Section(start=start, end=len(text)), start))] = parent
        if single_line and following and (is_heading(line) or dated_title(text, start, end) == end) and not is_date_line(line):
            begin(Section(start=start, end=len(text), heading=line, heading_span=(start, end)), start)
            next_line = text[following[0] : following[1]]
            if "\n" not in next_line and is_date_line(next_line):
                current.kind = "entry"
                current.date_span = following
                index += 1
        elif single_line and is_date_line(line) and following:
            # a bare date line starts an entry of its own, under a heading or not: a date line between two
            # paragraphs of a section dates the text below it, not the section's heading
            begin(Section(start=start, end=len(text), kind="entry", date_span=(start, end)), start)
        else:
            parent = parents.get(id(current), current)
            previous_end = None
            for item_start, title_end, item_end in _items(text, start, end):
                if previous_end is not None and previous_end < item_start:  # undated items between dated ones
                    parents[id(begin(Section(start=previous_end, end=len(text)), previous_end))] = parent
                title = text[item_start:title_end].strip()
                item = begin(Section(start=item_start, end=item_end, heading=title, heading_span=(item_start, item_start + len(title)),
                                     kind="item"), item_start)
                parents[id(item)] = parent
                previous_end = item_end
            if previous_end is not None and previous_end < end:
                parents[id(begin(Section(start=previous_end, end=len(text)), previous_end))] = parent
        index += 1
    current.end = len(text)
    sections.append(current)
    kept = [section for section in sections if section.end > section.start or section.heading]
    position = {id(section): number for number, section in enumerate(kept)}
    for section in kept:
        parent = parents.get(id(section))
        section.parent = position.get(id(parent)) if parent is not None else None
    return kept
