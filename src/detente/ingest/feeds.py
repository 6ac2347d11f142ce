"""News feeds (RSS 2.0 and 0.9x, RDF/RSS 1.0, Atom) as one document: a dated listing of their items.

A feed is a list of reports, each with its own day. The reader keeps one document per feed file and writes its
items in the two dated layouts the later stages read:

- when two items or more are dated to the day, as news feeds are, each such item has a stamp line
  ("Item | 14 March 2007"; see ``text/articles.py``) over its text: the page is read report by report, each from
  its own day, so a report's "on Tuesday" is the Tuesday before its day and an act it tells with no date of its own
  is told on that day;
- otherwise (an item dated to the month or the year, a feed of one item) each item has a date line ("June 1992")
  over its text, a timeline entry (``text/layout.py``) dated by it.

A title that reads as a heading goes above the stamp or date line, as the heading of the item's section (under a
stamp it names the report's topic and is not coded; over a date line it is an entry's title, coded on the entry's
date); a title that reads as a sentence goes under the line, as the item's first sentence, told on its day.
Dates are written at the precision the feed gives them ("14 March 2007", "June 1992"). The feed's own title is the
document's title; no publication date is made up for the document: its items are dated by their own lines.

Parsing: ``xml.etree`` (expat), which never fetches an external DTD or entity; a feed that declares entities is
refused (an internal subset can expand without bound). A feed that is not well-formed XML (an unescaped "&" is the
usual fault) is read again by a tolerant reader that finds the item, title, date and text elements by pattern.
"""

from __future__ import annotations

import datetime
import email.utils
import html
import re
import xml.etree.ElementTree as ElementTree

from detente.errors import InputError
from detente.text.articles import MIN_ARTICLES
from detente.text.layout import is_heading

FEED_SUFFIXES = {".rss", ".atom", ".rdf"}
"""Suffixes that name a feed; a ``.xml`` file is a feed when its root element is one (see :func:`looks_like_feed`)."""

# the root element of a feed, after an optional BOM, XML declaration, comments, processing instructions and DOCTYPE
_FEED_ROOT = re.compile(
    r"\ufeff?\s*(?:<\?xml[^>]{0,300}\?>\s*)?(?:(?:<!--(?:[^-]|-(?!->)){0,2000}-->|<\?[^>]{0,300}\?>|<!DOCTYPE[^>\[]{0,500}"
    r"(?:\[[^\]]{0,2000}\])?\s*>)\s*)*<(?:rss|feed|(?:\w+:)?RDF)\b", re.I)
_ENTITY_DECLARATION = re.compile(r"<!ENTITY", re.I)

STAMP_LABEL = "Item"
"""The label of an item's stamp line ("Item | 14 March 2007"): a word that names no actor and no date."""
_FULL_DAY = re.compile(r"\d{1,2} [A-Z][a-z]+ \d{4}")
_ITEM_TAGS = frozenset(("item", "entry"))
_DATE_TAGS = ("pubDate", "published", "date", "updated", "issued", "modified", "created")  # dc:date, dcterms:*
_TEXT_TAGS = ("encoded", "content", "description", "summary")  # content:encoded, Atom content, RSS description


def looks_like_feed(text: str) -> bool:
    """Whether ``text`` opens with a feed's root element: ``<rss``, ``<feed`` or ``<rdf:RDF``."""
    return text.lstrip()[:1] == "<" and _FEED_ROOT.match(text[:6000].lstrip()) is not None


def read_feed(text: str, origin: str) -> tuple[str, str | None]:
    """The text of a feed as a dated listing of its items, and the feed's title; :class:`InputError` when the
    feed declares entities, or holds no item with any text."""
    if _ENTITY_DECLARATION.search(text):
        raise InputError(origin, "unsafe_xml", "feed declares XML entities (<!ENTITY ...>), which are refused: they "
                         "can expand without bound or name local files; remove the DOCTYPE and read it again")
    try:
        title, items = _parse(text)
    except RecursionError:
        raise InputError(origin, "too_complex", "feed markup too deeply nested to read; flatten the markup") from None
    except ElementTree.ParseError:  # not well-formed: an unescaped "&", an entity HTML knows and XML does not
        title, items = _scan(text)
        if not items and title is None:
            raise InputError(origin, "bad_feed", "malformed feed: neither an XML parser nor the tolerant reader found "
                             "an <item> or <entry> in it; check the file is a whole RSS or Atom feed") from None
    blocks = _listing(items)
    if not blocks:
        raise InputError(origin, "no_text", "feed with no items that hold text (no <item> or <entry> with a title or "
                         "description); nothing to read")
    return "\n\n".join(blocks) + "\n", title


def _local(tag: object) -> str:
    """An element's name without its namespace: ``{http://purl.org/dc/elements/1.1/}date`` -> ``date``."""
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _parse(text: str) -> tuple[str | None, list[dict[str, str]]]:
    root = ElementTree.fromstring(text.lstrip("\ufeff \t\r\n"))
    items = []
    inside: set[int] = set()
    for node in root.iter():
        if _local(node.tag) in _ITEM_TAGS:
            items.append(_fields(node))
            inside.update(map(id, node.iter()))
    # the feed's title is the first title outside any item (RSS 1.0 puts the items after the channel, an image has one)
    title = next((html_to_text("".join(node.itertext()), inline=True) for node in root.iter()
                  if _local(node.tag) == "title" and id(node) not in inside), None) or None
    return title, items


def _fields(item: ElementTree.Element) -> dict[str, str]:
    """Title, date and text of one item (the first of each kind in the item, the fuller text where two are given)."""
    found: dict[str, str] = {}
    for child in item:
        name = _local(child.tag)
        if name == "title" and "title" not in found:
            found["title"] = html_to_text("".join(child.itertext()), inline=True)
        elif name in _DATE_TAGS and name not in found:
            found[name] = (child.text or "").strip()
        elif name in _TEXT_TAGS and name not in found:
            if child.get("type") == "xhtml" or (len(child) and not (child.text or "").strip()):
                markup = ElementTree.tostring(child, encoding="unicode", method="html")
                found[name] = html_to_text(_PREFIX.sub(r"<\1", markup))  # <ns0:p> read as <p>
            else:
                found[name] = html_to_text(child.text or "") if child.get("type") != "text" else _squeeze(child.text or "")
    return found


_PREFIX = re.compile(r"<(/?)\w+:(?=\w)")
_SCAN_ITEM = re.compile(r"<(?:\w+:)?(item|entry)\b[^>]*>(.*?)</(?:\w+:)?\1\s*>", re.S | re.I)
_SCAN_FIELD = re.compile(r"<(?:\w+:)?(title|pubDate|published|date|updated|issued|modified|created|encoded|content|"
                         r"description|summary)\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?\1\s*>)", re.S | re.I)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
_NAMES = {name.lower(): name for name in ("title", *_DATE_TAGS, *_TEXT_TAGS)}


def _scan(text: str) -> tuple[str | None, list[dict[str, str]]]:
    """Items of a feed that is not well-formed XML, found by pattern: each field's text with its CDATA opened and
    its entities read (an unescaped "&" stays as it is)."""
    items = []
    first = None
    for match in _SCAN_ITEM.finditer(text):
        first = match.start() if first is None else first
        found: dict[str, str] = {}
        for field in _SCAN_FIELD.finditer(match.group(2)):
            name = _NAMES[field.group(1).lower()]
            if name in found:
                continue
            raw = _CDATA.sub(r"\1", field.group(2) or "") if "<![CDATA[" in (field.group(2) or "") else html.unescape(field.group(2) or "")
            if name == "title":
                found[name] = html_to_text(raw, inline=True)
            elif name in _TEXT_TAGS:
                found[name] = html_to_text(raw)
            else:
                found[name] = raw.strip()
        items.append(found)
    head = text[: first if first is not None else len(text)]
    title = re.search(r"<(?:\w+:)?title\b[^>]*>(.*?)</(?:\w+:)?title\s*>", head, re.S | re.I)
    return (html_to_text(_CDATA.sub(r"\1", title.group(1)), inline=True) or None) if title else None, items


def _listing(items: list[dict[str, str]]) -> list[str]:
    """The items as blocks of text, each with its date where it has one (see the module's docstring)."""
    dates = [next((feed_date(item[name]) for name in _DATE_TAGS if item.get(name)), "") for item in items]
    stamped = sum(_FULL_DAY.fullmatch(date) is not None for date in dates) >= MIN_ARTICLES
    return [block for item, date in zip(items, dates, strict=True) if (block := _item_block(item, date, stamped))]


def _item_block(item: dict[str, str], date: str, stamped: bool) -> str:
    title = item.get("title", "")
    body = next((item[name] for name in _TEXT_TAGS if item.get(name)), "")
    if body and title and _squeeze(body) == title:  # a text that only repeats the title
        title = ""
    if not title and not body:
        return ""
    if not date:
        return "\n\n".join(part for part in (title, body) if part)
    stamp = stamped and _FULL_DAY.fullmatch(date) is not None
    line = f"{STAMP_LABEL} | {date}" if stamp else date  # a report of that day
    if stamp and title and not body:
        # a headline with no text under it ("Kenya recalls its envoy from Somalia") is all the report tells: its
        # sentence, told on the day (a heading over the stamp would name a topic with nothing under it to code)
        return f"{line}\n\n{title}{'' if title[-1] in '.!?' else '.'}"
    if title and is_heading(title):  # a heading names the report's topic, and its stamp or date line starts its text
        return "\n\n".join(part for part in (title, line, body) if part)
    return "\n\n".join(part for part in (line, title, body) if part)  # a title that is a sentence is told on the day


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")
_RFC822_HINT = re.compile(r"\b\d{4}\b")
_W3C_DATE = re.compile(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")


def feed_date(value: str) -> str:
    """An item's date as a date line at the precision the feed gives: RFC 822 ("Wed, 14 Mar 2007 09:30:00 GMT") and
    W3C/ISO 8601 ("2007-03-14T09:30:00Z", "2007-03") become "14 March 2007", "March 2007"; a date in any other form
    is kept as written, so the time tagger may still read it. The clock time and the zone are dropped: the day
    written is the item's day."""
    value = _squeeze(value)
    found = _W3C_DATE.match(value)
    if found:
        year, month, day = found.groups()
        return _written(int(year), int(month) if month else None, int(day) if day else None) or value
    try:
        parsed = email.utils.parsedate_tz(value) if _RFC822_HINT.search(value) else None
    except (ValueError, TypeError, IndexError, OverflowError):  # the parser's own faults on odd strings
        parsed = None
    if parsed is not None:
        return _written(parsed[0], parsed[1], parsed[2]) or value
    return value


def _written(year: int, month: int | None, day: int | None) -> str | None:
    try:
        datetime.date(year, month or 1, day or 1)
    except ValueError:
        return None
    if month is None:
        return str(year)
    return f"{day} {_MONTH_NAMES[month - 1]} {year}" if day else f"{_MONTH_NAMES[month - 1]} {year}"


# HTML of an item's text reduced to plain text: the content of scripts, styles and comments goes, a list item is a
# line of its own opening with a dash, a block element or <br> ends a line, every other tag goes (a link keeps its
# words, an image leaves nothing), entities are read
_LIST_ITEM = re.compile(r"<li\b[^>]*>\s*", re.I)
_DROPPED = re.compile(r"<(script|style|noscript|iframe|object|svg)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_BLOCK = re.compile(r"<(?:br|hr)\b[^>]*>|</?(?:p|div|li|ul|ol|h[1-6]|blockquote|tr|table|section|article|figure|"
                    r"figcaption|pre|dd|dt|dl|header|footer)\b[^>]*>", re.I)
_TAG = re.compile(r"</?[A-Za-z][^<>]*>|<![^<>]*>")
_SPACE = re.compile(r"[ \t\u00a0]+")
_BLANKS = re.compile(r"\n\s*\n\s*")


def html_to_text(fragment: str, inline: bool = False) -> str:
    """Plain text of an HTML fragment (an item's description): paragraphs kept apart by a blank line, or, ``inline``,
    all on one line (a title)."""
    if "<" in fragment:
        fragment = _DROPPED.sub(" ", fragment)
        fragment = _blocks(fragment, inline)
        fragment = _TAG.sub("", fragment)
    if "&" in fragment:
        fragment = html.unescape(fragment)
        if "<" in fragment and _TAG.search(fragment):  # escaped twice ("&amp;lt;p&amp;gt;"): its tags show only now
            fragment = _TAG.sub("", _blocks(_DROPPED.sub(" ", fragment), inline))
    if inline:
        return _squeeze(fragment)
    lines = (_SPACE.sub(" ", line).strip() for line in fragment.replace("\r", "").split("\n"))
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def _blocks(fragment: str, inline: bool) -> str:
    """Block elements as line breaks; each list item a line of its own opening with a dash ("- They agreed to ..."),
    so an item with no stop of its own is read as a list's entry, not as a heading over the next line."""
    if not inline and ("<li" in fragment or "<LI" in fragment):
        fragment = _LIST_ITEM.sub("\n\n- ", fragment)
    return _BLOCK.sub("\n\n", fragment)


def _squeeze(text: str) -> str:
    return " ".join(text.split())
