"""The records every stage speaks.

One :class:`Document` flows through the pipeline; each stage fills one of its
fields (sections, sentences, timexes, mentions, events).  Every span is a pair
of character offsets into ``Document.text`` (the cleaned text), half-open.
"""

from __future__ import annotations

import calendar
import functools
import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

POLARITIES = ("cooperation", "conflict", "neutral")


def content_id(*parts: str, size: int = 16) -> str:
    """A stable hex id from the given strings (content hash, so re-ingest is idempotent)."""
    # each part followed by a unit separator, hashed in one call (the same bytes as updating part by part); joined in
    # C, no list of parts made first
    joined = "\x1f".join(parts) + "\x1f" if parts else ""
    return hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()[:size]


@dataclass(slots=True)
class TimeExpr:
    """A time expression with its TIMEX3 normalization and the interval it denotes.

    ``begin``/``until`` are ISO dates (inclusive) of the interval; a year is kept as
    its whole span with ``precision="year"``, never as 1 January.  ``layer`` is
    ``"timex"`` for TimeML expressions and ``"period"`` for named periods such as
    "World War II", which TimeML does not tag but which date the text around them.
    ``range`` holds the span of the whole range expression when this is one end
    of a range ("1939 - 1941": two TimeExprs share ``range``).
    """

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str  # TIMEX3 value: "1941-06", "194", "P3D", "PAST_REF", "BC0264"
    mod: str | None = None  # START | MID | END | APPROX | BEFORE | AFTER | ...
    begin: str | None = None
    until: str | None = None
    precision: str | None = None  # day | month | season | quarter | year | decade | century
    anchor: str = "absolute"  # absolute | dct | narrative | heading | period | event
    layer: str = "timex"  # timex | period
    range: tuple[int, int] | None = None


@dataclass(slots=True)
class Mention:
    """An actor mention resolved to a canonical entity valid at ``date``."""

    start: int
    end: int
    text: str
    entity: str  # canonical code: "USA", "SUN", "RSFSR", "NATO"
    kind: str  # state | organization | person | group
    qid: str | None = None
    state: str | None = None  # for persons and groups: the state they belong to or act for
    role: str | None = None  # for persons: office; for groups: sector
    date: str | None = None  # the date used to resolve the mention (ISO)
    via: str = "name"  # name | adjective | capital | leader | reference | group
    members: tuple[str, ...] = ()  # for blocs and references that stand for several states


@dataclass(slots=True)
class Section:
    """A stretch of text under one heading; a heading or date line may date it."""

    start: int
    end: int
    heading: str | None = None
    heading_span: tuple[int, int] | None = None
    date: TimeExpr | None = None  # the time the heading or the entry's date line gives
    kind: str = "body"  # body | entry (a timeline entry: title line, date line, description) | item (a list item under a dated title)
    date_span: tuple[int, int] | None = None  # an entry's date line
    parent: int | None = None  # the section an item list interrupts: text after the list goes on under its date


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    section: int = 0  # index into Document.sections


@dataclass(slots=True)
class Event:
    """Who did what to whom, when, with the sentence it came from."""

    id: str
    doc: str  # the document as the user named it: path as given, or the JSONL record's id
    doc_id: str
    date: str | None  # ISO 8601 at the text's precision; ranges "1939/1941"
    date_text: str | None
    precision: str | None
    source: str | None
    target: str | None
    actors: list[str]
    type: str  # PLOVER event type
    cameo: str
    goldstein: float
    quad: int  # 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict; 0 neutral
    polarity: str  # cooperation | conflict | neutral
    evidence: str  # the sentence
    span: tuple[int, int]  # the sentence's span in the document text
    trigger: str = ""
    trigger_span: tuple[int, int] | None = None
    mode: str | None = None  # PLOVER mode
    modality: str = "asserted"
    date_source: str | None = None  # clause | sentence | section | narrative | period
    title: str | None = None  # the document's title

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["span"] = list(self.span)
        data["trigger_span"] = list(self.trigger_span) if self.trigger_span else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        values = {k: data.get(k) for k in cls.__dataclass_fields__}
        values["span"] = tuple(data["span"])
        values["trigger_span"] = tuple(data["trigger_span"]) if data.get("trigger_span") else None
        values["actors"] = list(data.get("actors") or [])
        values["trigger"] = data.get("trigger") or ""
        values["modality"] = data.get("modality") or "asserted"
        return cls(**values)


@dataclass(slots=True)
class Document:
    """One input document and everything the stages found in it."""

    id: str  # content hash of the cleaned text
    origin: str  # path as given, URL, or the JSONL record's id
    text: str  # cleaned text: every span points into it
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date, the document creation time if known
    format: str = "text"  # text | html | jsonl | feed | subtitles | email
    raw_size: int = 0
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    citations: list[str] = field(default_factory=list)  # reference-list entries, kept apart from narrative
    timexes: list[TimeExpr] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]


@dataclass(slots=True)
class Skipped:
    """An input that could not be read, with the reason and what to do."""

    origin: str
    reason: str  # short key: missing | empty | binary | invalid_json | no_text | unreadable | too_large
    message: str
    line: int | None = None

    @property
    def failed(self) -> bool:
        """Whether this input was meant to be read and could not be: a web archive's images, scripts, redirects
        and revisits are passed over by design (counted, never an error)."""
        return self.reason not in PASSED_OVER


# reasons a record of a web archive holds no page to read: every crawl has them
PASSED_OVER = frozenset({"not_html", "warc_revisit", "http_status"})


@functools.lru_cache(maxsize=4096)  # a document's events share a few dates, each read several times
def date_bounds(date: str | None) -> tuple[str | None, str | None]:
    """First and last ISO day of an event date ("1941", "1933-11", "1939/1941", "194", "19"), or (None, None)."""
    if not date:
        return None, None
    first, _, last = date.partition("/")
    return _day_of(first, low=True), _day_of(last or first, low=False)


def _day_of(value: str, low: bool) -> str | None:
    value = value.strip()
    try:
        if len(value) == 10:
            return value
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:7])
            return f"{value}-01" if low else f"{value}-{calendar.monthrange(year, month)[1]:02d}"
        if len(value) == 4:
            return f"{value}-01-01" if low else f"{value}-12-31"
        if len(value) == 3:
            return f"{value}0-01-01" if low else f"{value}9-12-31"
        if len(value) == 2 and value.isdigit():  # a century, TIMEX3 style: "19" is 1900-1999
            return f"{value}00-01-01" if low else f"{value}99-12-31"
    except ValueError:
        return None
    return None
