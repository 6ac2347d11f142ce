"""Cleaning of scraped pages by general rules.

What is removed or set apart, and why:

- site chrome: navigation words on a line of their own ("HOME", "Menu", "OR:"),
  comment forms ("Your name", "Post a comment"), mirror-site and licence notices,
  wiki templates; none of it is narrative, and a lone word would be read as a heading;
- glossary splices: mirror sites paste a linked term's tooltip into the sentence, as
  a line holding the term, the term again and a definition cut off with "...";
  the line is replaced by the term and joined back into its sentence;
- footnote markers ("[3]", "[citation needed]") that would glue sentences together;
- reference lists (after "References", "Notes", "See also", or lines led by "^"):
  kept apart as citations, never mined as narrative, since they name dates and
  states without stating events;
- pipe tables (Markdown ``| 1979 | text |`` or wiki ``{| ... |}``): each row becomes a
  unit of its own, its date cell a date line and its other cells the description under
  it, as on a timeline page; separator and header rows go, since a row glued to the next
  would lend its date and its actors to every other row;
- teasers: a line that ends with a "Read more" link, or that repeats an earlier line, whole
  or cut off with "...": the page's own article told again, or another article's opening.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

import ahocorasick

from detente.text.layout import is_date_line
from detente.text.pages import (
    FOLDED,
    WRAP_MIN,
    page_furniture,
    printed,
    unescape_entities,
    unwrap,
    wrapped_lines,
)
from detente.text.sentences import ENTRY_LINE, FIELD_LINE

_INVISIBLE = {**dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None), **FOLDED}
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_FOOTNOTE = re.compile(r"\[(?:\^[\w-]{1,20}|\d{1,3}|[a-z]|[ivx]{1,4}|note \d+|n \d+|citation needed|clarification needed|edit|edit source|when\?|who\?|by whom\?|dubious[^\]]{0,20}|according to whom\?)\]", re.I)
_SPACE_BEFORE_PUNCT = re.compile(r" +([.,;:!?])")
_TEMPLATE = re.compile(r"\{\{[^{}]*(?:\}\}|$)")

_NAV_WORDS = (
    r"home|menu|main menu|navigation|toggle navigation|search|search this site|log ?in|log ?out|sign ?in|sign ?up|register|"
    r"contact|contact us|about|about us|share|share this|print|print this page|edit|donate|subscribe|next|previous|prev|"
    r"back|back to top|top|skip to (?:main )?content|jump to (?:navigation|search)|or|and|main page|random article|"
    r"tweet|like|follow us|read more|more|close|advertisement|sponsored|related articles|related posts|tags?|categories|"
    r"reply|submit|cancel|loading\.*|cookies?|accept|accept all|accept cookies|privacy|privacy policy|terms|terms of use|sitemap"
)
_CHROME_LINE = re.compile(rf"^(?:[|•·>»\-–—*]\s*)?(?:{_NAV_WORDS})\s*[:.!|»>]*\s*$", re.I)
_NAME = r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|and|the)){0,5}"  # a name in capitals: "The Daily Ledger", "Ledger Press Ltd."
_CHROME_PHRASE = re.compile(
    r"(?:your (?:name|e-?mail(?: address)?|website|comment)|"
    r"(?:post|leave|add|write|make|submit) (?:a |your )?(?:comment|reply)|"
    r"got something to say|comments? \(\d+\)|\d+ comments?|"
    r"from wikipedia, the free encyclopedia|"
    r"our (?:list of )?(?:articles|citable)|citable articles|"
    r"retrieved (?:from|on) |this (?:article|page) (?:was|is|has been) (?:last )?(?:retrieved|modified|mirrored|copied|edited)|"
    r"all rights reserved|^\s*(?:©|copyright\b)|privacy policy|terms of (?:use|service)|"
    # "(c)" is a copyright sign only alone, before a year, or before a name and a year or nothing more ("(c) 2004 The
    # Ledger", "(c) Ledger Press 1998", "(c) Reuters"): "(c) whether ..." is the third of a list's lettered items (a
    # "(c)" line soon after a "(b)" one is always an item: see clean_text)
    r"^\s*\(c\)(?:\s*$|\s*(?:1[89]|20)\d\d(?:\s*[-–]\s*(?:1[89]|20)\d\d)?(?-i:(?:,?\s+" + _NAME + r")?)\s*\.?\s*$"
    r"|(?-i:\s*" + _NAME + r"(?:,?\s+(?:1[89]|20)\d\d\b|\s*\.?\s*$)))|"
    r"we use cookies|this site uses cookies|powered by |"
    r"is licensed under|creative commons attribution|text is available under|"
    # a wiki's maintenance banner ("This article has multiple issues. Please help improve it or discuss these issues on
    # the talk page."): the page's word about itself, whose "discuss" would be read as talks between the page's pair
    r"this (?:article|section) (?:has multiple issues|needs additional citations|relies (?:largely|too much) on)|"
    r"please help improve (?:it|this (?:article|section))|discuss (?:these|this) issues? on the talk page|"
    r"learn how and when to remove this)",
    re.I,
)
# Every match of _CHROME_PHRASE holds one of these (lower case): a substring test rules most lines out
# before the regex runs. Only for ASCII lines, where lower() and the regex's IGNORECASE agree exactly.
_CHROME_KEYS = (
    "your ", "comment", "reply", "got something", "wikipedia", "articles", "citable", "retrieved", "this article",
    "this page", "all rights", "(c)", "copyright", "privacy", "terms of", "cookies", "powered by", "licensed under",
    "creative commons", "text is available", "this section", "help improve", "talk page", "remove this",
)
# a heading over readers' comments at a page's foot, and the rule line that ends them ("----" before the footer)
# (in Markdown it may be set in bold or italics: "**Comments (4)**", "_2 comments_")
_COMMENTS_HEADING = re.compile(r"(?:#{1,6}[ \t]*)?(?P<em>\*\*|\*|__|_)?(?:\d+[ \t]+|reader'?s'?[ \t]+)?comments?(?:[ \t]*\(\d+\))?[ \t]*:?"
                               r"(?(em)(?P=em))$", re.I)
_RULE = re.compile(r"(?:-{3,}|_{3,}|\*{3,}|={3,})$")
# a numbered entry of a contents list ("7 See also", "3.2 The thaw"): "11 Comments" after one is the list's last
# entry, not the heading over readers' posts, and taking it for one would drop the article that follows the list
_CONTENTS_ENTRY = re.compile(r"\d+(?:\.\d+)*\.?[ \t]+\S.{0,60}$")
_REFERENCE_HEADING = re.compile(
    r"^(?:#{1,6}\s*)?(?:references?|notes?|footnotes?|citations?|sources?|bibliography|further reading|external links|see also|"
    r"notes and references|works cited|literature|"
    r"(?:(?:selected|select|suggested|recommended|additional|general|primary|secondary|other)\s+)?"
    r"(?:references|sources|bibliography|reading|readings|literature)|reading list|works consulted|literature cited|"
    r"sources and (?:further )?reading|references and (?:further )?reading)\s*(?:\((?:selected|select|partial|abridged)\)\s*)?:?\s*$",
    re.I,
)
# A reference-list entry outside a reference list: "Kovacs, Istvan. Title. Budapest: Akademiai, 1988.",
# "Popescu, A. (2004). Title. Publisher." — a name inverted at the start, a year, and a place and publisher,
# a "(year)" after the name, a "Press", pages, an ISBN or a DOI.
_CITED_NAME = re.compile(r"(?:[*•\-–]\s+|\d{1,3}[.)]\s+)?[A-Z][\w'’-]+,\s+(?:[A-Z][\w'’-]*\.?\s*){1,3}(?:\(\d{4}[a-z]?\)|[.,]|and\s|&)")
_CITED_TRAIT = re.compile(
    r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?:\s+[A-Z]|\bPress\b|\bpp?\.\s*\d|\bISBN\b|\bdoi:|\(\d{4}[a-z]?\)|\bVol\.\s*\d|\beds?\.")
_CITED_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d[a-z]?\b")
# An author-date entry: the name inverted, initials, then the year as a sentence of its own ("Paredes, M. 1979.
# Title.", "Rahim, A. and Liu, J. 2007. Title."): a reference whatever its title says.
_AUTHOR_DATE = re.compile(r"(?:[*•\-–]\s+|\d{1,3}[.)]\s+)?[A-Z][\w'’-]+,\s+(?:[A-Z][a-z]?\.\s*(?:-\s*[A-Z]\.\s*)?){1,3}"
                          r"(?:(?:and|&)\s+[^.]{1,60}?\.\s+)?\(?(?:1[5-9]|20)\d\d[a-z]?\)?\.(?:\s|$)")
# A web citation as a wiki prints it, outside its list: the day it was looked up closes it ('"India and Japan sign a
# pact". The Hindu. 9 May 2001. Retrieved 3 June 2011.', "... Archived from the original on 4 May 2009."): a source
# named with its date, no act told on the page
_WEB_CITE_END = re.compile(r"\b(?:Retrieved|Accessed|Archived from the original)(?:\s+on)?\s+(?:\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}"
                           r"|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{4}-\d\d-\d\d)\s*\.?\s*$")
# A contents list flattened into one line ("Contents 1 History 2 Border dispute 3 Trade 4 See also", after the page's
# title too): the page's sections, three numbered in a row
_FLAT_CONTENTS = re.compile(r"(?:^|\W)(?:Table of contents|Contents|CONTENTS)\s*:?\s+1\.?\s+[A-Z][^.!?]{0,80}?\s2\.?\s+[A-Z]"
                            r"[^.!?]{0,80}?\s3\.?\s+[A-Z]")
# A Markdown footnote's text: "[^3]: Raman, Merger, 102." (its marks in the prose, "[^3]", go as "[3]" goes)
_NOTE_DEFINITION = re.compile(r"\s*\[\^[\w-]{1,20}\]:")
# A teaser for another article: its first sentence, then a link to read it.
_TEASER_END = re.compile(r"(?:\.\.\.|…|[.!?])?\s*[\[(]?(?:read more|continue reading|read the (?:full|whole|rest of the) (?:story|article)|"
                         r"full (?:story|article)|more\s*»)[\])]?\s*[»›>→.]*\s*$", re.I)
# The page's word about itself, not its story: an editor's note or a correction ("Correction, 14 May 2017: an earlier
# version gave ..."), and a reader's comment under a user name and the day it was posted ("ravi_k, 3 March 2019: My
# uncle ...", "mk1984 · 2 June 2017: ..."); a user name is one word in lower case or with a digit or "_", so a
# capitalised dateline ("Moscow, 3 March 2019: ...") is no comment
# A hatnote: the link to another article over a section ("Main article: Bhilai Steel Plant", "*See also: [Kashmir](...)*");
# it names the section's subject and tells no act (alone it would be coded with the paragraph before's date); and a link
# to another article opening its line ("Read more: Britain and France landed at Port Said in 1956", "[Related: how the
# hotline was set up]"): the other article's title, which may name an act, tells none of this page's
_HATNOTE = re.compile(r"\W{0,3}(?:main\s+articles?|see\s+also|further\s+information|for\s+more\s+(?:details|information)"
                      r"|read\s+more|also\s+read|related(?:\s+(?:articles?|stories|story|reading))?)\s*:\s", re.I)
# ... or after the linked article's title on the same line, under "Related articles" ("Hanoi's friends in the 1979 war
# Read more: India condemned the Chinese attack of February 1979."): a title has no sentence's end before the link
_TITLED_READ_MORE = re.compile(r"\W{0,3}[A-Z][^.!?:\n]{2,80}?\s+Read\s+more\s*:\s")
_NOTE_DAY = r"(?:\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})"
_NOTE_OR_COMMENT = re.compile(
    rf"(?:(?:editor['’]s\s+note|editors['’]\s+note|note\s+from\s+the\s+editors?|correction|clarification)(?:,?\s+{_NOTE_DAY})?"
    rf"|(?=[\w.-]*[a-z0-9_])(?![A-Z][a-z]+,)[\w.-]{{2,30}}\s*[,·|-]\s*{_NOTE_DAY}(?:,?\s+(?:at\s+)?\d{{1,2}}[:.]\d\d\s*(?:[ap]\.?m\.?)?)?"
    # a talk page's post: a user name in bold, or one with a digit or an underscore, then its day in brackets, often
    # quoted ("> **Valpo_reader** (3 March 2012): ..."; not "Britain (3 March 2012): ..." in a list of acts)
    rf"|(?:>\s*)?(?:\*\*[\w.-]{{2,30}}\*\*|(?=[\w.-]*[\d_])[\w.-]{{2,30}})\s*\({_NOTE_DAY}\))"
    r"\s*:\s", re.I)
_ITEM_REACH = 12  # lines from a list's "(b)" item within which a "(c)" line is its next item, never a copyright line
_LIST_ITEM = re.compile(r"^(?:[*•\-–]\s+|\d{1,3}[.)]\s+|\^\s*|\d{1,3}\.\s*\^)")
_TERMINAL = re.compile(r"[.!?…:;\"'”’)\]]$")
_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)\s*$")
_WRAPPED_AVERAGE = 130  # characters per line, blank lines counted, above which a text is not hard-wrapped (WRAP_MAX)
_REPEAT_MIN = 60  # a line that opens with as many characters as an earlier one repeats it
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


@dataclass(slots=True)
class Cleaned:
    text: str
    citations: list[str] = field(default_factory=list)
    removed: dict[str, int] = field(default_factory=dict)


def clean_text(raw: str) -> Cleaned:
    """Cleaned text of a page (paragraphs separated by one blank line) and its citations."""
    removed: dict[str, int] = {}
    citations: list[str] = []
    normal = _normalize(raw)
    lines = normal.split("\n")
    if normal.startswith("---"):
        lines = _front_matter(lines, removed)
    if printed(normal):  # text from a PDF: page numbers, running headers, footnotes (see text/pages.py)
        lines = page_furniture(lines, removed, citations)
    # hard-wrapped text has short lines on average: a page of one line per paragraph is ruled out without a look
    wrapped = len(normal) <= _WRAPPED_AVERAGE * len(lines) and wrapped_lines(lines)
    if wrapped:  # typed at a fixed width: broken words and indented paragraphs
        lines = unwrap(lines, removed)
    if "|" in raw:
        lines = table_rows(lines, removed)
    kept: list[tuple[str, bool]] = []  # (line, is_splice)
    in_references = False
    in_note = False  # inside a Markdown footnote's text, which runs to the next blank line
    in_comments = False  # under a readers' comments heading, which runs to a rule line or the page's end
    openings: dict[str, set[str]] = {}  # the first characters of each long line -> the lines that open so
    # readers' comments follow the article: a "Comments" line before any sentence of it is a tab or a counter in the
    # page's head ("Comments (0)" under a byline), and taking it for the comments would drop the whole story
    story_begun = False
    previous = ""  # the last line with text, whatever became of it
    item_b = -_ITEM_REACH - 1  # the line of the last "(b)" item: a "(c)" line soon after it is the next item
    for number, line in enumerate(lines):
        if "[^" in line[:8] and _NOTE_DEFINITION.match(line) or in_note and line.strip():
            in_note = True
            citations.append(_NOTE_DEFINITION.sub("", line, count=1).strip())
            _count(removed, "citation")
            continue
        in_note = False
        if "{{" in line:  # the cheap test first: most lines hold no template and no footnote marker
            line = _TEMPLATE.sub(" ", line)
        if "[" in line:
            line = _FOOTNOTE.sub(" ", line)
        if "  " in line or "\t" in line or not line.isascii():  # else every run of spaces is one " " already
            line = _SPACES.sub(" ", line)
        if " ." in line or " ," in line or " ;" in line or " :" in line or " !" in line or " ?" in line:
            line = _SPACE_BEFORE_PUNCT.sub(r"\1", line)  # only where the regex finds something: most lines have none
        line = line.strip()
        if in_comments:
            if _RULE.match(line):
                in_comments = False
            else:
                _count(removed, "comment")
            continue
        if not line:
            kept.append(("", False))
            continue
        line_before, previous = previous, line
        if ("omment" in line or "OMMENT" in line) and story_begun and _COMMENTS_HEADING.match(line) and not (
                line[0].isdigit() and _CONTENTS_ENTRY.match(line_before)):
            in_comments = True  # "COMMENTS (4)", "### 2 comments": readers' posts, not the article
            _count(removed, "comments_heading")
            continue
        if _REFERENCE_HEADING.match(line):
            in_references = True
            _count(removed, "reference_heading")
            continue
        if line.startswith("[[") and _WIKI_FILE.match(line):
            _count(removed, "image")
            continue  # "[[File:Bandung 1955.jpg|thumb|Zhou arriving at the conference, April 1955]]": a picture and its
            # caption, which retells or shows what the article tells, dated by the picture's file name
        third_item = False  # a list's "(c)" item, not a copyright line (see _CHROME_PHRASE)
        if line[:1] == "(" and line[2:3] == ")":
            if line[1:3] in ("b)", "B)"):
                item_b = number
            elif line[1:3] in ("c)", "C)") and number - item_b <= _ITEM_REACH and "ights reserved" not in line:
                item_b, third_item = -_ITEM_REACH - 1, True
        if not third_item and _is_chrome(line):
            _count(removed, "chrome")
            continue
        if _teaser(line):
            _count(removed, "teaser")
            continue
        if ":" in line[:64] and _NOTE_OR_COMMENT.match(line):
            _count(removed, "note_or_comment")
            continue
        if ":" in line[:32] and len(line) < 300 and _HATNOTE.match(line) \
                or "Read more:" in line[:100] and len(line) < 300 and _TITLED_READ_MORE.match(line):
            _count(removed, "hatnote")
            continue
        if is_citation(line):
            citations.append(_LIST_ITEM.sub("", line).strip())
            _count(removed, "citation")
            continue
        if in_references:
            if _LIST_ITEM.match(line) or "^" in line[:8] or len(line) < 200 and not _looks_like_prose(line):
                citations.append(_LIST_ITEM.sub("", line).strip())
                _count(removed, "citation")
                continue
            in_references = False
        if _LIST_ITEM.match(line) and line.lstrip().startswith("^"):
            citations.append(_LIST_ITEM.sub("", line).strip())
            _count(removed, "citation")
            continue
        term = splice_term(line)
        if term is None and line[-1] in ".…" and line_before and line_before[-1] not in _CLOSES_SENTENCE \
                and number + 1 < len(lines) and lines[number + 1][:1].islower():
            term = titled_splice_term(line)
        if term is not None:
            _count(removed, "glossary_splice")
            kept.append((term, True))
            continue
        if len(line) >= _REPEAT_MIN:
            # a teaser of the page's own article, lower down: the same opening, whole or cut off with "..."
            head = line[:_REPEAT_MIN]
            if head in openings and (line in openings[head] or _ELLIPSIS_END.search(line)):
                _count(removed, "repeat")
                continue
            openings.setdefault(head, set()).add(line)
        kept.append((line, False))
        if not story_begun and len(line) >= 40 and line[-1] in ".!?":
            story_begun = True
    return Cleaned(_join(kept, wrapped), citations, removed)


_TABLE_ROW = re.compile(r"^\s*\|(?![-}+])(?:[^|\n]*\|)+")  # "| 1979 | text |", "| a || b" (not "|-", "|}", "|+")
_TABLE_RULE = re.compile(r"^\s*\|?[\s:|+]*-{3,}[\s:|+-]*$")  # "|---|:---:|", "----+----"
_WIKI_FILE = re.compile(r"\[\[(?:File|Image):[^|\]\n]*\|.*\]\]$", re.I)  # a wiki picture link with its caption, a line of its own
_WIKI_MARK = re.compile(r"^\s*(?:\{\||\|\}|\|-|\|\+|!)")  # a wiki table's start, end, row break, caption, header cells
_CELL_MARKUP = re.compile(r"\*\*|__|'{2,3}|^\s*(?:[a-z-]+=\"[^\"]*\"\s*)+\|\s*")  # bold, and a wiki cell's attributes


# a line of a Markdown page's front matter: "title: ...", "date: 2015-12-02", "tags: [a, b]", or a list item under a key
_FRONT_KEY = re.compile(r"[A-Za-z_][\w-]*:(?:\s|$)")


def _front_matter(lines: list[str], removed: dict[str, int]) -> list[str]:
    """A Markdown page's YAML front matter ("---", "title: ...", "tags: [...]", "---") goes: it is the site's data
    about the page, and its title and tags would be read as a sentence naming the page's states."""
    if lines[0].strip() != "---":
        return lines
    for index in range(1, min(len(lines), 40)):
        line = lines[index]
        if line.strip() == "---":
            if index > 1 and _FRONT_KEY.match(lines[1]):
                _count(removed, "front_matter")
                return lines[index + 1 :]
            return lines
        if line.strip() and not _FRONT_KEY.match(line) and not line.startswith((" ", "\t", "- ")):
            return lines  # a line that is no key: a rule above prose, not front matter
    return lines


def table_rows(lines: list[str], removed: dict[str, int]) -> list[str]:
    """Lines with every pipe table rewritten as one unit per row: the date cell on a line of its own, then
    the row's other cells as its description, each a paragraph (see the module docstring)."""
    out: list[str] = []
    in_wiki = False
    ruled = False  # under a Markdown rule: rows may leave out the outer pipes ("1979 | text")
    for index, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith("{|"):
            in_wiki = True
        if in_wiki and _WIKI_MARK.match(line):
            in_wiki = not stripped.startswith("|}")
            _count(removed, "table_markup")
            continue
        if _TABLE_RULE.match(line) and "|" in line:
            _count(removed, "table_markup")
            ruled = True
            continue
        ruled = ruled and "|" in line
        following = lines[index + 1] if index + 1 < len(lines) else ""
        header = "|" in line and _TABLE_RULE.match(following) is not None and "|" in following and not _dated_row(stripped)
        if not (_TABLE_ROW.match(line) or ruled or header):
            out.append(line)
            continue
        if header:
            _count(removed, "table_header")  # the row above the rule names the columns
            continue
        # a wiki row parts its cells with "||" (one "|" ends a cell's attributes), a Markdown row with "|"
        cells = [_CELL_MARKUP.sub("", cell).strip() for cell in (stripped[1:].split("||") if in_wiki else stripped.strip("|").split("|"))]
        cells = [cell for cell in cells if cell]
        if not cells:
            continue
        date = next((cell for cell in cells if is_date_line(cell)), None)
        # a cell of two dates ("Relations broken | 11 August 1964; 12 September 1973") tells the row's act twice:
        # each date is a unit of its own, with the row's other cells as its description
        several = _cell_of_dates(cells) if date is None and (";" in stripped or "<br" in stripped) else None
        dates = [date] if date is not None else [part for part in _DATE_LIST.split(several) if part] if several else [None]
        rest = [cell for cell in cells if cell is not date and cell is not several]
        _count(removed, "table_row")
        description = "; ".join(rest)
        if description and not _TERMINAL.search(description):
            description += "."
        for one in dates:
            if one is not None:
                out.extend(["", one])
            if description:
                out.extend(["", description])
            out.append("")
    return out


_DATE_LIST = re.compile(r"\s*(?:;|<br\s*/?>)\s*")  # the dates of one cell parted by ";" or a line break


def _dated_row(row: str) -> bool:
    """Whether a row above a table's rule is a row of events, not the names of its columns: one date cell beside
    cells of words. A table of "label | date" rows (a wiki's th/td key dates, "| Simla Agreement signed | 2 July
    1972 |") comes out of the HTML reader with its first row set above the rule as a header; column names are no
    dates (a row of several years, "| Country | 1990 | 2000 |", still names columns)."""
    cells = [cell.strip() for cell in row.strip("|").split("|") if cell.strip()]
    return len(cells) >= 2 and sum(1 for cell in cells if is_date_line(cell)) == 1


def _cell_of_dates(cells: list[str]) -> str | None:
    """The cell that holds two or more dates and nothing else ("11 August 1964; 12 September 1973"), if any."""
    for cell in cells:
        if (";" in cell or "<br" in cell) and len(cell) < 80:
            parts = [part for part in _DATE_LIST.split(cell) if part]
            if len(parts) > 1 and all(is_date_line(part) for part in parts):
                return cell
    return None


def _normalize(raw: str) -> str:
    text = unescape_entities(raw.replace("\r\n", "\n").replace("\r", "\n")).translate(_INVISIBLE)
    if "\u00e2\u20ac" in text or "\u00c3" in text:
        text = _MOJIBAKE.sub(_unmangle, text)
    return text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\f", "\n")


# UTF-8 read as Windows-1252 on a scraped page: "Hanoiâ€™s" is "Hanoi’s", "Ã©" is "é"; a run that does not decode is
# left as it is. A closing quote whose last byte (0x9d) has no Windows-1252 character loses it: "â€" alone is "”",
# and so is "â€" with the replacement character or a C1 control where that byte stood.
_MOJIBAKE = re.compile("\u00e2\u20ac[\ufffd\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                       "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]?"
                       "|\u00c3[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
                       "\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")


def _unmangle(match: re.Match) -> str:
    run = match.group()
    if run in ("\u00e2\u20ac", "\u00e2\u20ac\ufffd", "\u00e2\u20ac\x9d"):
        return "\u201d"
    try:
        return run.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return run


def _count(counter: dict[str, int], key: str) -> None:
    counter[key] = counter.get(key, 0) + 1


@cache
def _chrome_keys() -> ahocorasick.Automaton:
    machine = ahocorasick.Automaton()
    for key in _CHROME_KEYS:
        machine.add_word(key, key)
    machine.make_automaton()
    return machine


def _is_chrome(line: str) -> bool:
    if _CHROME_LINE.match(line):
        return True
    if len(line) <= 12 and line.isupper() and len(line.split()) <= 2 and not any(ch.isdigit() for ch in line):
        return True  # "HOME", "MENU", "LOGIN": shouting single words are navigation, not headings
    if len(line) >= 240:
        return False
    if ("ontents" in line or "CONTENTS" in line) and _FLAT_CONTENTS.search(line):
        return True
    if line.isascii():
        if next(_chrome_keys().iter(line.lower()), None) is None:  # one pass of an automaton, not a test per key
            return False
    return bool(_CHROME_PHRASE.search(line))


def _teaser(line: str) -> bool:
    """Whether the line ends with a link to read on (see ``_TEASER_END``); the link closes the line: its end only.
    Every match holds "more", "reading", "story" or "article": a substring test rules most lines out before the regex
    runs, for ASCII lines (see ``_CHROME_KEYS``)."""
    at = max(0, len(line) - 48)
    tail = line[at:]
    if tail.isascii():
        lower = tail.lower()
        if "more" not in lower and "reading" not in lower and "story" not in lower and "article" not in lower:
            return False
    return _TEASER_END.search(line, at) is not None


def is_citation(line: str) -> bool:
    """Whether a line reads as one entry of a reference list (see ``_CITED_NAME``, ``_WEB_CITE_END``), wherever it
    stands."""
    if len(line) >= 400:
        return False
    if ("etrieved" in line or "ccessed" in line or "rchived" in line) and _WEB_CITE_END.search(line):
        return True
    return _CITED_NAME.match(line) is not None and _CITED_YEAR.search(line) is not None and _CITED_TRAIT.search(line) is not None \
        or _AUTHOR_DATE.match(line) is not None


def _looks_like_prose(line: str) -> bool:
    return len(line.split()) >= 12 and bool(re.search(r"[a-z]{3,} [a-z]{3,} [a-z]{3,}", line))


_CLOSES_SENTENCE = frozenset(".!?:;\"'”’)]")
# a person's card: the name, then the office held ("Nikita Khrushchev First Secretary of the Communist Party ... ...")
_TITLED_SPLICE = re.compile(
    r"(?P<term>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}?) (?:(?:First|Chief|General|Prime|Deputy|Vice|Foreign|Supreme) )?"
    r"(?:Secretary|Minister|President|Premier|Chairman|Chancellor|King|Queen|Emperor|Shah|Marshal|Leader|Head|Commander)\b"
    r"(?: of\b| and\b|,| from\b| in\b|$)")


def titled_splice_term(line: str) -> str | None:
    """The person's name when ``line``, cut off with an ellipsis inside a sentence (the caller checks the lines
    around it: the one before runs on, the one after goes on in lower case), is a spliced card of a person: the name
    and then the office held, with no repeat of the name (see :func:`splice_term`)."""
    if len(line) < 40 or not _ELLIPSIS_END.search(line):
        return None
    found = _TITLED_SPLICE.match(line)
    return found.group("term") if found is not None else None


def splice_term(line: str) -> str | None:
    """The linked term when ``line`` is a spliced glossary definition, else None.

    Such a line ends with an ellipsis and starts with a short term that the
    definition then repeats ("Term Term (or A Term…) is … ..."): the repeat is
    what tells a splice from an ordinary sentence that happens to trail off.
    """
    if len(line) < 40 or not _ELLIPSIS_END.search(line):
        return None
    words = line.split(" ")
    for size in range(1, min(7, len(words))):
        term = " ".join(words[:size])
        rest = _LEADING_ARTICLE.sub("", " ".join(words[size:]))
        stem = term.lower()[: max(4, len(term) - 3)]
        if len(stem) >= 3 and rest.lower().startswith(stem):
            return term.rstrip(",;:")
    # the definition may open with one word of the term rather than the whole: a surname ("Alexei Kosygin Kosygin
    # headed ..."), the head of a name ("Soviet Union The Union of Soviet Socialist Republics was ...")
    for size in range(2, min(7, len(words))):
        rest = _LEADING_ARTICLE.sub("", " ".join(words[size:]))
        if not rest[:1].isupper():
            continue
        opening = rest.split(" ", 1)[0].lower()[:4]
        if len(opening) == 4 and opening.isalpha() and any(
                word[:1].isupper() and word.lower().startswith(opening) for word in words[:size]):
            return " ".join(words[:size]).rstrip(",;:")
    return None


def _join(kept: list[tuple[str, bool]], wrapped: bool = False) -> str:
    """Rebuild paragraphs: splices rejoin their sentence; blank lines separate paragraphs; in a hard-wrapped text,
    a line of a typed line's length that stops mid-sentence goes on on the next line."""
    paragraphs: list[str] = []
    current: list[str] = []
    previous_splice = False
    for line, is_splice in kept:
        if not line:
            if current:
                paragraphs.append("".join(current))
                current = []
            previous_splice = False
            continue
        if not current:
            current.append(line)
        elif is_splice or previous_splice or _continues(current[-1], line) or wrapped and _wraps(current[-1], line):
            glue = "" if line[0] in ".,;:!?)" else " "
            current.append(glue + line)
        else:
            current.append("\n" + line)
        previous_splice = is_splice
    if current:
        paragraphs.append("".join(current))
    return "\n\n".join(paragraphs) + ("\n" if paragraphs else "")


def _wraps(previous: str, line: str) -> bool:
    """In a hard-wrapped text: the previous line was cut at the typed width, mid-sentence (a title in capitals
    is no part of a sentence, a list item starts anew)."""
    tail = previous.rsplit("\n", 1)[-1]
    return (len(tail) >= WRAP_MIN and not _TERMINAL.search(tail) and not tail.isupper()
            and not _LIST_ITEM.match(line) and not (line[:1].isdigit() and _ENTRY.match("\n" + line))
            and not (_FIELD.match(line) and _FIELD.match(tail))
            and " | " not in tail and " | " not in line and not _RULE.fullmatch(tail))


# a rule across the page ("=====", "-----") is no typed line; nor is a line of bar-separated fields, a paper's stamp
# ("THE DAILY LEDGER | Tuesday, 4 May 1982 | Page 1, Col. 2") or a menu: neither runs on into the next line
_RULE = re.compile(r"[=\-_*~#\s]{8,}")


# a record of labelled fields, one to a line ("Title: Agreement on trade" over "Signed: 12.05.1983 | Place: Lagos"
# over "Summary: ..."): a field line is no typed line cut at its width, whatever its length, when the line before
# it is a field too
_FIELD = re.compile(FIELD_LINE)


# a line of a key-dates box that opens with its date and a dash ("1948 Jun. 16 - a state of emergency"): the line
# before it, which ends with no stop, is an entry too, not a typed line cut at its width
_ENTRY = re.compile(ENTRY_LINE)


# a chronology line that opens in lower case with a part of a year and a dash ("late 1990 - troops sent") starts anew
_SEASON_ENTRY = re.compile(r"(?:early|mid|late|spring|summer|autumn|fall|winter)[ -]\d{3,4}[ \t]*[–—:-][ \t]")


def _continues(previous: str, line: str) -> bool:
    """A hard-wrapped line: the previous one stops mid-sentence and this one goes on in lower case."""
    return not _TERMINAL.search(previous) and (line[0].islower() and not _SEASON_ENTRY.match(line) or line[0] in ",;)")
