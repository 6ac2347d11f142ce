"""HTML to text with trafilatura: boilerplate removed, headings kept as their own lines."""

from __future__ import annotations

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
        result = trafilatura.bare_extraction(
            tree if tree is not None else html,
            with_metadata=True,
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
        "published": getattr(result, "date", None),
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
