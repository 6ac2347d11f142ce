"""Artefacts of how a page was made, undone before cleaning: printed pages, typewriters and careless encoders.

One step per artefact, each gated by a cheap test so that a page without it pays (almost) nothing:

- ``fold_characters``: HTML entities left in plain text ("&amp;", "&#8217;", "&nbsp;") become their characters;
  typographic ligatures from PDF text ("ﬁ", "ﬂ") and full-width forms ("１９３８") become plain letters and digits,
  so that a trigger, a name or a date spelled with them is read as it is meant;
- ``page_furniture``: text extracted from a PDF repeats the running header or footer of every page
  ("CHAPTER 6   DISPUTED TEMPLES   143", or "14 Journal of Atlantic Studies" beside or over its number), prints the
  page number alone on a line, glues footnote numbers to the word or the year they annotate ("recognition.12",
  "in 1985.2", "1961.¹") and sets the footnotes at the bottom of the page ("12 See Chandler, ...");
  the headers and page numbers go, the marks go, the footnotes become citations, and a paragraph cut by a page
  break is joined again;
- ``unwrap``: hard-wrapped text (typed at ~70 columns, as e-mail archives, Project Gutenberg and old reports are)
  has words hyphenated at line ends ("recog-" / "nition") and paragraphs marked by an indent instead of a blank
  line; the words are joined and each indented line opens a paragraph. Whether a line break inside a paragraph
  joins two parts of a sentence is ``wrapped_lines``' answer, which the cleaner's paragraph builder asks.
"""

from __future__ import annotations

import html
import re

# -- characters ---------------------------------------------------------------------------------------------

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
# full-width ASCII (U+FF01-U+FF5E) as East Asian pages and some PDF fonts write digits and Latin letters
_FULL_WIDTH = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
FOLDED = {**{ord(key): value for key, value in _LIGATURES.items()}, **_FULL_WIDTH}
"""Characters folded to plain ones (a ``str.translate`` table); the cleaner merges it into its own."""


def unescape_entities(text: str) -> str:
    """``text`` with every complete HTML entity ("&amp;", "&#8217;", "&#x2019;", "&nbsp;") replaced by its character.

    Only entities closed by ";" are read: "AT&T" or "R&D" stay as they are. An unknown name stays too.
    """
    if "&" not in text or ";" not in text:
        return text
    return _ENTITY.sub(lambda match: html.unescape(match.group()), text)


# -- printed pages ------------------------------------------------------------------------------------------

# a page number alone on its line: "144", "- 12 -", "Page 7", "Page 7 of 30" (a four-digit number alone is a year line)
_PAGE_NUMBER = re.compile(r"^\s*(?:[-–—]\s*)?\d{1,3}(?:\s*[-–—])?\s*$|^\s*page\s+\d{1,4}(?:\s+of\s+\d{1,4})?\s*$", re.I)
# a running header or footer: a page number set apart by a wide gap from a title in capitals
# ("CHAPTER 6   DISPUTED TEMPLES   143", "144   SOUTHEAST ASIAN BORDERS")
_RUNNING = re.compile(r"^\s*(?:(?P<before>\d{1,4})(?:[ ]{2,}|\t))?(?P<title>[^a-z\n]*?[A-Z]{2}[^a-z\n]*?)(?:(?:[ ]{2,}|\t)(?P<after>\d{1,4}))?\s*$")
_GAP = re.compile(r"[ ]{3,}|\t")
_DIGITS = re.compile(r"\d+")
# a footnote number glued to the word or the punctuation it follows: "recognition.12 The", "the treaty,3 which"
_GLUED_MARK = re.compile(r"(?<=[a-z][a-z][a-z][.,;:!?\"”’)])(\d{1,3})(?=[ \t]+[A-Za-z\"“(]|[ \t]*$)", re.M)
# ... or to a year: "relations in 1932.1 The", "in 1955,2 and", "(1962)3": a year closes a sentence or a clause as often
# as a word does. After a stop the mark must open no decimal ("1932.1 The", not "1250.5 tons"); the year stands alone
# ("1,985.2" is no year)
_YEAR_MARK = re.compile(r"(?<![\d.,])((?:1[5-9]|20)\d\d(?:\.(?=\d{1,2}(?:[ \t]+[A-Z\"“(]|[ \t]*$))"
                        r"|[,;:)\"”’](?=\d{1,2}(?:[ \t]+[A-Za-z\"“(]|[ \t]*$))))(\d{1,2})", re.M)
# ... or set as superscript digits, as a PDF's text may keep them: "opened embassies in 1961.¹ The", "the treaty²": a
# mark after a word of three letters or more, a stop or a year ("km²" and "10⁶" keep theirs); left in, it glued two
# sentences into one
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_DIGITS = str.maketrans(_SUPERSCRIPTS, "0123456789")
_SUPER_MARK = re.compile(r"(?:(?<=[a-z][a-z][a-z])|(?<=[.,;:!?\"”’)])|(?<=\d\d\d\d))([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?![⁰¹²³⁴⁵⁶⁷⁸⁹])")
# a footnote: its number (or superscript number) at the line's start, then its text; a note may open in lower case
# with a scholar's abbreviation ("3 ibid.", "4 cf. ...", "5 see ...")
_FOOTNOTE_LINE = re.compile(r"^\s*(\d{1,3}[ \t]+|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}[ \t]*)(?=[A-Z\"“(]|(?:ibid|cf|see|op|id)\b)")
_TERMINAL = re.compile(r"[.!?…:;\"'”’)\]]\s*$")
# the cheap test before ``page_furniture``: a page number alone on a line, or a footnote number glued to a word
PRINTED = re.compile(r"^[ \t]*(?:[-–—][ \t]*)?\d{1,3}(?:[ \t]*[-–—])?[ \t]*$|^[ \t]*[Pp]age[ \t]+\d|"
                     r"[a-z][a-z][a-z][.,;:!?\"”’)]\d{1,3}(?:[ \t]+[A-Za-z\"“(]|[ \t]*$)|" + _YEAR_MARK.pattern + "|"
                     + _SUPER_MARK.pattern, re.M)
# PRINTED's alternatives searched apart, each opening with what the regex engine can skip to instead of trying every
# position: a line's start written as "\n" (the text searched with one before it), or the glued mark's punctuation
# (the three letters before it a look-behind)
_PRINTED_LINE = re.compile(r"\n[ \t]*(?:[-–—][ \t]*)?\d{1,3}(?:[ \t]*[-–—])?[ \t]*(?=\n|\Z)|\n[ \t]*[Pp]age[ \t]+\d")
_PRINTED_MARK = re.compile(_YEAR_MARK.pattern + "|" + _SUPER_MARK.pattern, re.M)  # a mark after a year, a superscript
_PRINTED_GLUED = re.compile(r"[.,;:!?\"”’)](?<=[a-z][a-z][a-z].)\d{1,3}(?:[ \t]+[A-Za-z\"“(]|[ \t]*(?=\n|\Z))")


def printed(text: str) -> bool:
    """Whether ``PRINTED`` finds something in ``text`` (a page number or a glued footnote mark), a few times faster."""
    return (_PRINTED_GLUED.search(text) is not None or _PRINTED_LINE.search("\n" + text) is not None
            or _PRINTED_MARK.search(text) is not None)


def page_furniture(lines: list[str], removed: dict[str, int], citations: list[str]) -> list[str]:
    """``lines`` of a page without running headers, page numbers, glued footnote marks and footnote blocks.

    A footnote line is one that opens with a number seen glued to a word above it: a numbered list item opens
    with a number too, but nothing in the text points to it. The footnotes are kept as citations.
    """
    text_has_gap = any("   " in line or "\t" in line for line in lines)
    headers = _running_headers(lines) if text_has_gap else set()
    headers |= _headers_by_page_numbers(lines) | _numbered_headers(lines)
    marks: set[str] = set()
    out: list[str | None] = []  # None where a page's furniture stood: the page broke there
    in_footnote = False
    note_line = ""  # the footnote's last line
    for line in lines:
        stripped = line.strip()
        if not stripped:
            in_footnote = False
            out.append(line)
            continue
        if _PAGE_NUMBER.match(stripped) or stripped in headers:
            _count(removed, "page_furniture")
            in_footnote = False
            out.append(None)
            continue
        note = _FOOTNOTE_LINE.match(line)
        # a footnote goes on on the next line while it runs mid-sentence or the line goes on in lower case: a line that
        # opens a sentence after a footnote's full stop is the text again (the next page's, when no number or header
        # stands between), not the note's
        if note and note.group(1).strip().translate(_SUPER_DIGITS) in marks or in_footnote and not note and (
                stripped[:1].islower() or not _TERMINAL.search(note_line)):
            citations.append(line[note.end():].strip() if note else stripped)
            _count(removed, "footnote")
            in_footnote, note_line = True, stripped
            out.append(None)
            continue
        in_footnote = False
        if "." in line or "," in line or ";" in line or ")" in line or "”" in line or '"' in line:
            found = _GLUED_MARK.findall(line)
            if found:
                marks.update(found)
                line = _GLUED_MARK.sub("", line)
                _count(removed, "footnote_mark")
            after_year = _YEAR_MARK.findall(line)
            if after_year:
                marks.update(mark for _, mark in after_year)
                line = _YEAR_MARK.sub(r"\1", line)
                _count(removed, "footnote_mark")
        if not line.isascii():
            raised = _SUPER_MARK.findall(line)
            if raised:
                marks.update(mark.translate(_SUPER_DIGITS) for mark in raised)
                line = _SUPER_MARK.sub("", line)
                _count(removed, "footnote_mark")
        out.append(line)
    return _join_page_breaks(out)


def _running_headers(lines: list[str]) -> set[str]:
    """Stripped lines that are running headers or footers: a title in capitals beside a page number, or a line
    that comes back on several pages with only its number changed."""
    found: set[str] = set()
    seen: dict[str, list[str]] = {}
    for line in lines:
        if not _GAP.search(line):
            continue
        stripped = line.strip()
        match = _RUNNING.match(line)
        if match and (match.group("before") or match.group("after")):
            found.add(stripped)
            continue
        parts = _GAP.split(stripped)
        if len(stripped) <= 100 and (parts[0].isdigit() or parts[-1].isdigit()):
            seen.setdefault(_DIGITS.sub("#", stripped), []).append(stripped)
    for same in seen.values():
        if len(same) >= 2:
            found.update(same)
    return found


_HEADER_MAX = 100  # a running header or footer is a title, a name or a journal's name: a short line


def _headers_by_page_numbers(lines: list[str]) -> set[str]:
    """Stripped lines that stand next to a page number (the nearest line with text above or below a line that is
    only a number) twice or more: a running header or footer with its number on a line of its own, as a PDF's text
    gives it ("14" over "Journal of Atlantic Studies" at every page's turn). A title or a sentence of the text is next
    to a page number once at most."""
    numbers = [index for index, line in enumerate(lines) if line[-1:].isdigit() and _PAGE_NUMBER.match(line)]
    if len(numbers) < 2:
        return set()
    beside: dict[str, int] = {}
    for index in numbers:
        for step in (-1, 1):
            at = index + step
            while 0 <= at < len(lines) and not lines[at].strip():
                at += step
            if 0 <= at < len(lines):
                near = lines[at].strip()
                if len(near) <= _HEADER_MAX and not _PAGE_NUMBER.match(near):
                    beside[near] = beside.get(near, 0) + 1
    return {line for line, count in beside.items() if count >= 2}


# a line of a running header or footer with its page number a space away: "14 Journal of Atlantic Studies",
# "Ghana and Brazil: A Survey 15"
_NUMBERED = re.compile(r"(\d{1,3}) (\S.*\S)|(\S.*\S) (\d{1,3})")


def _numbered_headers(lines: list[str]) -> set[str]:
    """Stripped lines that are a running header or footer with its page number a single space away, as a PDF viewer
    copies them: the same words of two or more (no digit, no closing stop) on several lines with the number rising
    from one to the next. A list's items, a timeline's dates ("12 March 1962") and a treaty's "Article 2" differ
    in their words, hold a digit or are one word."""
    runs: dict[str, list[tuple[int, str]]] = {}
    for line in lines:
        if not (line[:1].isdigit() or line[-1:].isdigit()) or len(line) > _HEADER_MAX:
            continue
        stripped = line.strip()
        found = _NUMBERED.fullmatch(stripped)
        if found is None:
            continue
        rest = found.group(2) or found.group(3)
        if " " not in rest or _TERMINAL.search(rest) or any(char.isdigit() for char in rest):
            continue
        runs.setdefault(rest, []).append((int(found.group(1) or found.group(4)), stripped))
    found_lines: set[str] = set()
    for run in runs.values():
        numbers = [number for number, _ in run]
        if len(run) >= 2 and all(before < after for before, after in zip(numbers, numbers[1:], strict=False)):
            found_lines.update(stripped for _, stripped in run)
    return found_lines


def _join_page_breaks(lines: list[str | None]) -> list[str]:
    """Drop the furniture's places; where a page broke a paragraph (the line before goes on mid-sentence and the
    line after starts in lower case), drop the blank lines around the break so the paragraph is whole again."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if line is not None and line.strip():
            out.append(line)
            index += 1
            continue
        end = index
        while end < len(lines) and (lines[end] is None or not lines[end].strip()):
            end += 1
        gap = lines[index:end]
        previous = next((kept for kept in reversed(out) if kept.strip()), None) if out and out[-1].strip() else None
        following = lines[end] if end < len(lines) else None
        broken = (None in gap and previous is not None and following is not None and not _TERMINAL.search(previous)
                  and (following.lstrip()[:1].islower() or _cut_before(previous, following)))
        if not broken:
            out.extend(kept for kept in gap if kept is not None)
        index = end
    return out


_LAST_WORD = re.compile(r"(?:^|\s)[a-z][a-z'’-]*,?\s*$")


def _cut_before(previous: str, following: str) -> bool:
    """Whether a page broke a sentence before a capital ("signed by the" / "Brazilian foreign minister ..."): the
    line before is a full line that ends on a word in lower case, the line after a full line too (a heading at the
    top of a page is short)."""
    return (len(previous.strip()) >= WRAP_MIN and len(following.strip()) >= WRAP_MIN
            and _LAST_WORD.search(previous) is not None)


# -- typed text ---------------------------------------------------------------------------------------------

WRAP_MIN = 45  # a line broken by a typist or a mail program is at least this long; a short line ends a paragraph
WRAP_MAX = 130  # Markdown chapters and papers are often wrapped at 120 characters
_LIST_OPENING = re.compile(r"^\s*(?:[*•\-–]\s|\d{1,3}[.)]\s|\^)")
# a word broken at the line's end: the first part ends with a hyphen, the rest opens the next line in lower case
_BROKEN_WORD = re.compile(r"([A-Za-z]{2,})-[ \t]*$")
_REST_OF_WORD = re.compile(r"^([ \t]*)([a-z]+[^\s]*)[ \t]*")
# a hyphen at a line's end after one of these is a compound's own ("self-" / "determination"), kept
_COMPOUND_HEADS = frozenset((
    "self", "non", "anti", "pro", "ex", "co", "post", "pre", "semi", "quasi", "counter", "pan", "all", "half", "vice",
    "cross", "well", "long", "short", "full", "so", "mid", "inter", "intra", "neo", "ultra", "sub", "super", "multi",
))


def wrapped_lines(lines: list[str]) -> bool:
    """Whether a text is hard-wrapped: most of its lines that another line follows in the same paragraph are
    of a typed line's length and stop mid-sentence."""
    pairs = wrapped = 0
    for line, following in zip(lines, lines[1:], strict=False):
        line = line.rstrip()
        if not line or not following.strip():
            continue
        pairs += 1
        if WRAP_MIN <= len(line) <= WRAP_MAX and not _TERMINAL.search(line) and not _LIST_OPENING.match(following):
            wrapped += 1
    return wrapped >= 3 and 2 * wrapped >= pairs


def unwrap(lines: list[str], removed: dict[str, int]) -> list[str]:
    """Hard-wrapped ``lines`` with their broken words joined and a blank line before each indented paragraph.

    A word is joined when its first part ends the line with a hyphen and its rest opens the next line in lower
    case ("indepen-" / "dence" -> "independence"); after a compound's usual first part ("self-") the hyphen stays.
    """
    out = list(lines)
    emptied: set[int] = set()  # lines whose only word went up to the line before
    for index in range(len(out) - 1):
        if "-" not in out[index]:
            continue
        broken = _BROKEN_WORD.search(out[index])
        rest = _REST_OF_WORD.match(out[index + 1]) if broken else None
        if rest is None:
            continue
        head = broken.group(1)
        glue = "-" if head.lower() in _COMPOUND_HEADS else ""
        out[index] = out[index][: broken.start()] + head + glue + rest.group(2)
        out[index + 1] = rest.group(1) + out[index + 1][rest.end():]
        if not out[index + 1].strip():
            emptied.add(index + 1)
        _count(removed, "broken_word")
    if emptied:
        out = [line for index, line in enumerate(out) if index not in emptied]
    indented: list[str] = []
    for index, line in enumerate(out):
        previous = out[index - 1] if index else ""
        if (line[:1] in (" ", "\t") and line.strip() and previous.strip() and previous[:1] not in (" ", "\t")
                and not _LIST_OPENING.match(line)):
            indented.append("")
            _count(removed, "indented_paragraph")
        if line.strip() or not indented or indented[-1].strip():
            indented.append(line)
    return indented


def _count(counter: dict[str, int], key: str) -> None:
    counter[key] = counter.get(key, 0) + 1
