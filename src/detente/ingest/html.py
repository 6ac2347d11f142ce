"""HTML to text with trafilatura: boilerplate removed, headings kept as their own lines."""

from __future__ import annotations

import datetime
import functools
import re

from detente.errors import InputError

_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_WORD = re.compile(r"\w\w+")
# trafilatura's formatted output is Markdown: it puts a backslash before brackets and asterisks and keeps superscripts
# and subscripts as tags, so a wiki page's footnote mark ("<sup>[2]</sup>") would hide from the cleaner and glue a
# sentence to the next; the tags go, their text stays ("km<sup>2</sup>" reads "km2"), and the escapes are undone
_INLINE_TAG = re.compile(r"</?(?:sup|sub)>", re.I)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")
# boxes beside a wiki article's text (MediaWiki's class names, which Wikipedia and its mirrors keep): an infobox
# lists a relation's facts as labels and dates ("Relations restored | 26 November 2010") that the text tells as
# events, a navbox or sidebar lists related pages, the table of contents lists headings; none is narrative
_BOX_CLASSES = frozenset(("infobox", "navbox", "vertical-navbox", "sidebar", "toc", "mw-editsection", "reflist-navbox"))
_BOX_HINT = re.compile(r"infobox|navbox|sidebar|\btoc\b|mw-editsection")
# A page's own stamp: the words a site puts before the day it wrote, changed or copied the page ("Updated 14 May
# 2021", "This page was last edited on 9 June 2016", "Copied on 9 May 2011", "Posted on 12 June 2015"), at the start
# of a text, after a separator ("By A. Writer · Updated ...", "(Last reviewed March 2011)") or after "page was": a
# history's "the treaty was revised on 12 May 1955" stamps nothing
_STAMP = re.compile(
    r"(?i:(?:^|[>·|•(\[]|\s[-–—]\s|\b(?:page|article|post|entry|story)\s+(?:was\s+)?)\s*(?:last\s+)?"
    r"(?:updated|posted|published|edited|modified|revised|reviewed|copied|archived)(?:\s+(?:on|at))?\s+(?=[\w,. ]{0,12}\d))")
_STAMP_TAGS = ("p", "div", "span", "time", "small", "li", "td", "footer", "header", "address", "em", "i", "b")
MAX_DEPTH = 256
"""libxml2's HTML parser stops at 256 levels of nested elements and drops what lies deeper: such pages are refused."""
MIN_WORDS = 4
"""A page whose main text has no line of this many words (only menu items, a title) has no text to read."""


def extract_html(html: str, origin: str, max_bytes: int | None = None) -> tuple[str, dict[str, str | None]]:
    """Main text and metadata (title, date, url) of an HTML page.

    Headings come back on lines of their own between blank lines, so the section
    splitter sees them as it would in a plain-text page. A page over ``max_bytes``
    (setting ``max_html_bytes``) is refused before it is parsed.
    """
    if max_bytes is not None and len(html) > max_bytes and len(html.encode("utf-8", "surrogatepass")) > max_bytes:
        raise InputError(origin, "too_large", f"HTML page over max_html_bytes={max_bytes}; extracting its text would take "
                         "too long; save its text instead, or raise the limit")
    import trafilatura  # lazy: importing lxml and friends costs ~0.3 s
    from trafilatura.utils import load_html

    try:
        tree = load_html(html)  # parsed here so its depth can be checked; trafilatura reads the same tree
        if tree is not None and _depth(tree) >= MAX_DEPTH:
            raise InputError(origin, "too_complex", f"HTML nested {MAX_DEPTH} elements deep or more; the parser drops "
                             "everything below that depth, so the page would lose text; flatten the markup")
        if tree is not None and _BOX_HINT.search(html):
            _drop_boxes(tree)
        stamps = _stamp_lines(tree) if tree is not None and _STAMP.search(html) else []
        result = trafilatura.bare_extraction(
            tree if tree is not None else html,
            with_metadata=True,
            # the page's date from its markup (meta tags, <time>, date classes, its address) only: the free-text
            # search took any date of the page, a reading list's "2010-11" or a history's own day; see _stamp_date
            date_extraction_params={"original_date": True, "extensive_search": False, "max_date": _today()},
            include_comments=False,
            include_tables=True,  # a table of events has a date column: each row becomes a dated unit (text/clean.py)
            include_formatting=True,
            output_format="python",
        )
    except InputError:
        raise
    except RecursionError:
        raise InputError(origin, "too_complex", "HTML too deeply nested to extract; flatten the markup") from None
    except Exception as error:  # noqa: BLE001 - a parser failure on one page must not stop the batch
        raise InputError(origin, "bad_html", f"cannot extract text from this HTML ({type(error).__name__}: {error}); "
                         "check the page is complete") from None
    text = getattr(result, "text", None) if result is not None else None
    if not text or not any(len(_WORD.findall(line)) >= MIN_WORDS for line in text.splitlines()):
        raise InputError(origin, "no_text", "HTML page with no main text; check it is an article page, not a menu, feed or script")
    lines = []
    for line in text.splitlines():
        heading = _MARKDOWN_HEADING.match(line)
        if heading:
            lines.extend(["", _plain(heading.group(1)), ""])
        else:
            lines.append(_EMPHASIS.sub(r"\2", _plain(line)))
    meta = {
        "title": getattr(result, "title", None),
        "published": _markup_date(getattr(result, "date", None), html) or _stamp_date(stamps),
        "url": getattr(result, "url", None),
    }
    return "\n".join(lines).strip() + "\n", meta


def warm() -> None:
    """Load trafilatura and the stoplists of every language its last fallback (jusText) reads, as reading a page would
    the first time: a process that forks its workers after this spares each worker that start (import ~0.3 CPU-s,
    stoplists ~0.2). Pages are read as before: the stoplists are what the fallback would load itself."""
    import trafilatura  # noqa: F401 - loaded for the workers
    from trafilatura import external

    if getattr(external, "JT_STOPLIST", ()) is None and hasattr(external, "jt_stoplist_init"):
        external.jt_stoplist_init()
    warm_dates()


@functools.cache
def warm_dates() -> None:
    """Load the date parser trafilatura's date finder (htmldate) falls back on, once, before any page is read under
    the document time limit. dateparser builds its tables for every language the first time a page's date string
    needs it (4-5 CPU-seconds); loaded inside the first such page's limit it made that page time out on a busy
    machine, and a timeout must never interrupt a loader halfway. A process that reads no HTML never pays it."""
    try:
        from htmldate import extractors
    except ImportError:  # pragma: no cover - trafilatura depends on htmldate
        return
    for load in (getattr(extractors, "get_external_parser", None), getattr(extractors, "month_words", None)):
        if load is None:  # another htmldate version: its loaders then load themselves as before
            continue
        try:
            loaded = load()
            if hasattr(loaded, "get_date_data"):
                loaded.get_date_data("15 December 2010")
        except Exception:  # noqa: BLE001, S112 - a loader that fails here fails again on a page, and says so there
            continue


def _today() -> str:
    return datetime.date.today().isoformat()


def _markup_date(found: str | None, html: str) -> str | None:
    """The date htmldate took from the page's markup; None when it took it from the page's text ("Assignment due
    2021-10-14": its last resort reads any ISO day of the text), which only a stamp may date (see ``_stamp_date``).
    A day written in an attribute (``content=``, ``datetime=``, an address) or a JSON-LD field is markup."""
    if not found or found not in html:
        return found  # written in another form than ISO (a meta tag's "2021/05/14", an address): markup
    if re.search(rf"""(?:=\s*["'][^"'<>]*|"\w*[Dd]ate\w*"\s*:\s*"){found}""", html):
        return found
    return None


def _stamp_lines(tree) -> list[str]:
    """The short texts of the page that stamp a day on it (see ``_STAMP``), from the stamp's words on, in page order."""
    found = []
    for node in tree.iter(*_STAMP_TAGS):
        for piece in (node.text, node.tail):
            stamp = _STAMP.search(piece) if piece and len(piece) < 300 else None
            if stamp is not None:
                found.append(piece[stamp.start() : stamp.start() + 60])
    return found


_MONTHS = {name: number for number, names in enumerate(
    (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"), ("july", "jul"),
     ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec")), 1)
    for name in names}
_MONTH_WORD = r"(?P<m>[A-Za-z]{3,9})\.?"
# the day a stamp names, as sites write it: "14 May 2021", "May 14, 2021", "2021-05-14", or a month: "December 2010"
_STAMP_DAY = re.compile(
    rf"(?P<iso>(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d))|(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+{_MONTH_WORD},?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|{_MONTH_WORD.replace('<m>', '<m2>')}\s+(?:(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+)?(?P<y2>(?:19|20)\d\d)")


def _stamp_date(stamps: list[str]) -> str | None:
    """The day (or month) the first of the page's stamps names, when its markup gave none: a byline's "Updated 14 May
    2021", a wiki mirror's "last edited on 9 June 2016", a briefing's "Updated December 2010"."""
    for stamp in stamps:
        found = _STAMP_DAY.search(stamp)
        if found is None:
            continue
        if found["iso"]:
            year, month, day = int(found["iy"]), int(found["im"]), int(found["id"])
        else:
            month = _MONTHS.get((found["m"] or found["m2"]).lower())
            year, day = int(found["y1"] or found["y2"]), int(found["d1"] or found["d2"] or 0)
        if not month:
            continue
        try:
            written = datetime.date(year, month, day or 1)
        except ValueError:
            continue
        if written <= datetime.date.today():
            return written.isoformat() if day else written.isoformat()[:7]
    return None


# A plain-text page's own stamp line under its title, as a saved post keeps it: "Posted on Saturday, 16 October 2004 by
# ...", "By A. Writer | Published 26 July 2019 | 16 min read".  Only the words that say when the page itself came out
# count: an archive's or a listing's "Last updated: 12.11.2010" dates the listing, not the reports under it, whose
# "today" is each report's own day.  Only the page's head is read, up to its first line of prose: a history's "the
# treaty was published on 2 May 1955" stamps nothing.
_TEXT_STAMP = re.compile(r"(?i:(?:^|[·|•]|\s[-–—]\s)[^\S\n]*(?:posted|published)(?:[^\S\n]+on)?:?[^\S\n]+)")
_PROSE_WORDS = 25
_HEAD_LINES = 16


def text_stamp_date(text: str) -> str | None:
    """The day (or month) a plain-text page's stamp line names right after its words (see ``_TEXT_STAMP``), from the
    lines above its first line of prose; None when there is none."""
    for number, line in enumerate(text[:2000].splitlines()):
        if number >= _HEAD_LINES or len(line.split()) >= _PROSE_WORDS:
            break
        for stamp in _TEXT_STAMP.finditer(line):
            after = line[stamp.end() : stamp.end() + 60]
            # the day right after the words, perhaps after its weekday: "on Saturday, 16 October 2004"
            if _STAMP_DAY.match(after) or _STAMP_DAY.match(after, after.find(" ") + 1):
                found = _stamp_date([after])
                if found is not None:
                    return found
    return None


def _plain(line: str) -> str:
    """A line of trafilatura's Markdown as plain text: superscript and subscript tags dropped, escapes undone."""
    if "<" in line:
        line = _INLINE_TAG.sub("", line)
    if "\\" in line:
        line = _ESCAPE.sub(r"\1", line)
    return line


def _drop_boxes(tree) -> None:
    """Remove a wiki page's infoboxes, navboxes, sidebars, table of contents and [edit] links (see ``_BOX_CLASSES``)."""
    doomed = [node for node in tree.iter() if isinstance(node.tag, str)
              and (not _BOX_CLASSES.isdisjoint((node.get("class") or "").split()) or node.get("id") == "toc")]
    for node in doomed:
        parent = node.getparent()
        if parent is not None:
            tail = node.tail
            parent.remove(node)
            if tail and tail.strip():  # the text after the box belongs to the parent
                previous = parent[-1] if len(parent) else None
                if previous is not None:
                    previous.tail = (previous.tail or "") + tail
                else:
                    parent.text = (parent.text or "") + tail


def _depth(root, limit: int = MAX_DEPTH) -> int:
    """How deeply elements nest under ``root`` (the root is 1), counted up to ``limit``."""
    deepest = 0
    stack = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > deepest:
            deepest = depth
            if deepest >= limit:
                break
        stack.extend((child, depth + 1) for child in node)
    return deepest


def looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or ("<body" in head and "</" in head)
