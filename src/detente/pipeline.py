"""The stages in order, as plain functions over one :class:`Document`.

    read -> clean -> sections -> sentences -> time -> actors -> events

``process`` runs the stages on one document; ``extract_documents`` runs them over
inputs and yields processed documents and :class:`Skipped` records (``extract``
yields only their events); ``build`` also
writes each document to a store in its own transaction and reports counts.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime
import functools
import re
import time as _time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from detente import actors, time, timeline
from detente.errors import InputError
from detente.events.coder import code_events
from detente.events.dating import datable, names_a_thing, section_dates, units
from detente.ingest.limits import deadline
from detente.ingest.read import read_inputs
from detente.model import Document, Event, Skipped, content_id
from detente.settings import DEFAULT, Settings
from detente.text.articles import article_datelines, at_line_starts
from detente.text.clean import clean_text
from detente.text.furniture import furniture
from detente.text.layout import split_sections
from detente.text.sentences import split_sentences

# news agencies whose name in brackets after a place marks a wire report ("Beijing, May 5 (Xinhua) --",
# "New Delhi, Oct 27 (PTI)", "TOKYO, May 29 (Kyodo) --")
_AGENCIES = (r"AP|Reuters|UPI|AFP|TASS|Tass|ITAR-TASS|Xinhua|Hsinhua|NCNA|Kyodo|PTI|UNI|AAP|NZPA|APP|DPA|dpa|ANSA|EFE|"
             r"IPS|Prensa Latina|Tanjug|MENA|IRNA|Yonhap|KCNA|Bernama|Antara|PAP|CTK|MTI|Interfax|Novosti|CP")
# a newspaper's own dateline: "From our Correspondent, Rawalpindi, Jan. 30." (groups as in _DATELINE_DATE)
_CORRESPONDENT_DATE = re.compile(
    r"^From\s+(?:[Oo]ur|[Aa])\s+(?:[A-Z][a-z]+\s+){0,2}Correspondents?,\s+[A-Z][A-Za-z .'\-]{2,30},\s+"
    r"([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?\b", re.M)
# a wire report's dateline with neither date nor agency: the place in capitals (perhaps its country after a comma) and
# a dash before the story's first word ("VIENNA - The", "NEW DELHI -- Indian", "VIENNA, Austria — Austria")
_BARE_DATELINE = (r"^[A-Z][A-Z'.\-]{2,}(?:[^\S\n][A-Z][A-Z'.\-]+){0,3}(?:,[^\S\n]+[A-Z][a-z][\w.\-]*(?:[^\S\n]+[A-Z][a-z][\w.\-]*)?)?"
                  r"[^\S\n]+(?:--?|—|–)[^\S\n]+(?=[\"“]?[A-Z](?![A-Z]{2,}\b)[^\n]*[.!?][\"”’]?[^\S\n]*(?:\n|\Z))")
# (a sentence after the dash, ending its line: not a title "INDIA – PAKISTAN RELATIONS: A CHRONOLOGY", "NOTES — Paper 2")
_DATELINE = re.compile(
    r"^[A-Z][A-Z .,'\-]{2,40}(?:,\s+[A-Z][a-z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?){0,2},?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
    rf"|\((?:{_AGENCIES})\)|{_CORRESPONDENT_DATE.pattern}|{_BARE_DATELINE}",
    re.M,
)


def clean(doc: Document) -> Document:
    cleaned = clean_text(doc.text)
    if not cleaned.text.strip():
        raise InputError(doc.origin, "no_text", "no text left once site navigation and boilerplate are removed; "
                         "check it is an article page")
    doc.text = cleaned.text
    doc.citations = cleaned.citations
    doc.meta["removed"] = cleaned.removed
    doc.id = content_id(doc.text)
    return doc


def layout(doc: Document) -> Document:
    doc.sections = split_sections(doc.text)
    doc.sentences = split_sentences(doc.text, doc.sections)
    if doc.title is None and doc.sections and doc.sections[0].heading and doc.sections[0].start == 0:
        doc.title = doc.sections[0].heading
    return doc


def reading_mode(doc: Document, mode: str) -> str:
    """news when the document has a publication date and reads as a dated report; else narrative."""
    if mode != "auto":
        return mode
    return "news" if doc.published and _DATELINE.search(doc.text[:400]) else "narrative"


_MONTHS = {name: number for number, names in enumerate(
    ["jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july", "aug august",
     "sep sept september", "oct october", "nov november", "dec december"], start=1) for name in names.split()}
_DATELINE_DATE = re.compile(  # the place in capitals, perhaps its region ("KAUNAS, Lithuania, March 19.—")
    r"^[A-Z][A-Z .,'\-]{2,40}(?:,\s+[A-Z][a-z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?){0,2},?\s+([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?\b", re.M)
_YEAR_IN_NAME = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")


# A wire report's dateline: the place, then its date and/or the agency, then a dash ("SEOUL, March 5, 1998 -",
# "Seoul, 5 March 1998 (Reuters) -", "LIMA (AP) --"); the date is the day of filing, no event's date.
_DATELINE_LEAD = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'\-]+(?:,?\s[A-Z][A-Za-z.'\-]+){0,4}),?\s+"
    r"(?:(?P<date>(?P<m1>[A-Z][a-z]{2,8})\.?\s+(?P<d1>\d{1,2})(?:,?\s+(?P<y1>\d{4}))?"
    r"|(?P<d2>\d{1,2})\s+(?P<m2>[A-Z][a-z]{2,8})\.?(?:,?\s+(?P<y2>\d{4}))?)\s*)?"
    r"(?:(?P<agency>\([A-Za-z][A-Za-z .\-]{1,24}\)\s*)?(?:[-–—]{1,2}|:)\s"
    r"|(?P<agency2>\([A-Za-z][A-Za-z .\-]{1,24}\))?\.[-–—]{1,2}(?=[A-Z\"“]))", re.M)  # the older press: "March 19.—The", "(AP).—German"


_BARE_LEAD = re.compile(_BARE_DATELINE)


def _first_dateline(head: str) -> re.Match | None:
    """``_DATELINE_DATE.search(head) or _CORRESPONDENT_DATE.search(head)``, both tried at line starts only."""
    return next(at_line_starts(_DATELINE_DATE, head), None) or next(at_line_starts(_CORRESPONDENT_DATE, head), None)


def dateline(doc: Document) -> re.Match | None:
    """The dateline of a report, if its first lines have one with a date or an agency (see ``_DATELINE_LEAD``)."""
    for match in at_line_starts(_DATELINE_LEAD, doc.text[:400]):
        month = match.group("m1") or match.group("m2")
        if match.group("agency") or match.group("agency2") or month and month.lower().rstrip(".") in _MONTHS:
            return match
        if not month and _BARE_LEAD.match(doc.text, match.start()):
            return match  # "VIENNA - ": the place in capitals, no date, no agency; the page gives the day
    return None


def dateline_date(doc: Document) -> str | None:
    """The day a news report was filed, from its dateline ("WASHINGTON, November 17, 1933 —").

    A dateline without its year ("WASHINGTON, Jan. 4 (AP)") takes the year from the file's name, the way
    archives name their copies ("wire_grain_embargo_1980.txt"); with neither, there is no date.
    """
    match = _first_dateline(doc.text[:400])
    if match is None or match.group(1).lower() not in _MONTHS:
        lead = dateline(doc)  # a mixed-case place or a day before its month: "Seoul, 5 March 1998 (Reuters) -"
        if lead is not None and not lead.group("date"):
            # "LIMA (AP) --" under a line that is only a date ("Tuesday, 3 March 1998"): the paper's day
            return _date_line_above(doc.text, lead.start())
        if lead is None or not lead.group("date") or (lead.group("m1") or lead.group("m2")).lower() not in _MONTHS:
            return None
        return _dated_day(doc, lead.group("m1") or lead.group("m2"), lead.group("d1") or lead.group("d2"),
                          lead.group("y1") or lead.group("y2"), lead.start())
    return _dated_day(doc, match.group(1), match.group(2), match.group(3), match.start())


# a full date in a report's head ("Filed Sunday, 5 July 1998, 18:40", "Posted March 12, 2009"): the year of a dateline
# that names the same day and month without its year ("ALMATY, July 5 -")
_HEAD_DATE = re.compile(r"\b(?:(\d{1,2})\s+([A-Z][a-z]{2,8})\.?|([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),?),?\s+(1[5-9]\d\d|20\d\d)(?!\d)")


def _stamped_years(head: str, month: int, day: int) -> list[str]:
    """The years of the head's full dates on the dateline's day and month ("Filed Sunday, 5 July 1998" for "July 5")."""
    return [m[5] for m in _HEAD_DATE.finditer(head)
            if int(m[1] or m[4]) == day and _MONTHS.get((m[2] or m[3]).lower()) == month]


# a line of the report's head that is only a date, perhaps after its weekday: "3 March 1998", "Tuesday, March 3, 1998"
_DATE_LINE = re.compile(r"^[^\S\n]*(?:[A-Z][a-z]{2,5}day,?[^\S\n]+)?(?:(\d{1,2})[^\S\n]+([A-Z][a-z]{2,8})\.?|([A-Z][a-z]{2,8})\.?[^\S\n]+(\d{1,2}),?)"
                        r",?[^\S\n]+(1[5-9]\d\d|20\d\d)[^\S\n]*$", re.M)
_FILED_WITHIN = datetime.timedelta(days=7)  # a report is filed on its paper's day or in the week before it


def _date_line_above(text: str, end: int) -> str | None:
    """The day of the last line that is only a date above ``end`` (a report's dateline), in the head's first 400
    characters: the day of the paper or page that printed the report."""
    found = None
    for line in _DATE_LINE.finditer(text, 0, min(end, 400)):
        month = _MONTHS.get((line[2] or line[3]).lower())
        if month is not None:
            try:
                found = datetime.date(int(line[5]), month, int(line[1] or line[4]))
            except ValueError:
                continue
    return found.isoformat() if found else None


def _filed_year(text: str, end: int, month: int, day: int) -> str | None:
    """The year of a yearless dateline's day under a date line of the paper (see ``_date_line_above``) printed on
    that day or in the week after it ("3 March 1998" over "SANTIAGO, March 2 --"; "2 January 1999" over "Dec. 31")."""
    printed = _date_line_above(text, end)
    if printed is None:
        return None
    printed = datetime.date.fromisoformat(printed)
    for year in (printed.year, printed.year - 1):
        try:
            filed = datetime.date(year, month, day)
        except ValueError:
            continue
        if filed <= printed and printed - filed <= _FILED_WITHIN:
            return str(year)
    return None


def _dated_day(doc: Document, month_name: str, day_text: str, year: str | None, at: int = 400) -> str | None:
    """The ISO day of a dateline's month, day and year; the year from the file's name when the dateline has none."""
    month, day = _MONTHS[month_name.lower()], int(day_text)
    if year is None:
        found = _YEAR_IN_NAME.findall(doc.origin.rsplit("/", 1)[-1])
        if len(set(found)) != 1:
            found = _stamped_years(doc.text[:400], month, day)
        if len(set(found)) != 1:
            filed = _filed_year(doc.text, at, month, day)
            found = [filed] if filed else []
        if len(set(found)) != 1:
            return None
        year = found[0]
    try:
        return datetime.date(int(year), month, day).isoformat()
    except ValueError:
        return None


def tag_time(doc: Document, mode: str = "auto") -> Document:
    if doc.published is None and mode != "narrative":
        doc.published = dateline_date(doc)
    doc.meta["mode"] = reading_mode(doc, mode)
    lead = dateline(doc) if doc.meta["mode"] == "news" else None
    if lead is not None:
        doc.meta["dateline"] = (lead.start(), lead.end())  # its date is the day of filing: it dates no event
        for section in doc.sections:
            # a date line right above the dateline ("3 March 1998" / "SANTIAGO, March 2 --") is the paper's day, no
            # timeline entry's: the report's acts are dated by their own words and its day
            if section.kind == "entry" and section.date_span and section.date_span[1] <= lead.start() \
                    and not doc.text[section.date_span[1] : lead.start()].strip():
                section.kind, section.date_span = "body", None
    filed = _filed_before(doc) if doc.meta["mode"] == "news" else None
    if filed:
        doc.meta["filed"] = filed  # "today" in the report is the day its dateline names
    articles = article_datelines(doc.text) if mode != "narrative" else []
    if articles:  # a page of several reports: each read from its own dateline's day (see text/articles.py)
        doc.meta["mode"] = "news"
        doc.meta["articles"] = _article_reaches(doc, articles)
        doc.timexes = _tag_articles(doc, articles, filed or doc.published)
        return doc
    doc.timexes = time.tag(doc.text, dct=filed or doc.published, mode=doc.meta["mode"], sections=doc.sections)
    return doc


def _tag_articles(doc: Document, articles: list, page_day: str | None) -> list:
    """The time expressions of a page of reports, tagged report by report with the report's own day as "today";
    a dateline's own date is the day of filing and dates no event, so it is left out."""
    starts = [0] + [article.start for article in articles]
    days = [page_day] + [article.day for article in articles]
    ends = starts[1:] + [len(doc.text)]
    timexes = []
    for start, end, day in zip(starts, ends, days, strict=True):
        if end <= start:
            continue
        sections = [dataclasses.replace(s, start=max(s.start, start) - start, end=min(s.end, end) - start, parent=None,
                                        heading_span=_shift(s.heading_span, start), date_span=_shift(s.date_span, start))
                    for s in doc.sections if s.start < end and s.end > start and s.start >= start]
        for timex in time.tag(doc.text[start:end], dct=day, mode="news", sections=sections):
            timex.start += start
            timex.end += start
            if timex.range is not None:
                timex.range = (timex.range[0] + start, timex.range[1] + start)
            if not any(article.start <= timex.start and timex.end <= article.end for article in articles):
                timexes.append(timex)
    return timexes


def _article_reaches(doc: Document, articles: list) -> list[tuple[int, int, str]]:
    """Where each report of a page of reports runs, with its day: from its dateline to the next dateline or the end of
    the dateline's section, whichever comes first (an explainer under headings of its own after the last report is no
    part of it); its undated acts are told on its day."""
    reaches = []
    for index, article in enumerate(articles):
        end = articles[index + 1].start if index + 1 < len(articles) else len(doc.text)
        for section in doc.sections:
            if section.start <= article.start < section.end:
                end = min(end, section.end)
                break
        reaches.append((article.start, end, article.day))
    return reaches


def _shift(span: tuple[int, int] | None, by: int) -> tuple[int, int] | None:
    return (span[0] - by, span[1] - by) if span is not None else None


def drop_furniture(doc: Document) -> Document:
    """Sentences that tell no event (questions, background lines, lead summaries) leave the coder's view."""
    found = furniture(doc.text, doc.sections, doc.sentences, doc.timexes)
    if found:
        doc.sentences = [sentence for index, sentence in enumerate(doc.sentences) if index not in found]
        doc.meta["furniture"] = dict(Counter(found.values()))
    return doc


def _filed_before(doc: Document) -> str | None:
    """The dateline's day when it falls one to three days before the publication date (a wire report filed the day
    before the paper printed it: "BANGKOK, Feb. 17 (UPI)" published on February 18); else None."""
    if not doc.published or len(doc.published) < 10:
        return None
    match = _first_dateline(doc.text[:400])
    if match is not None and match.group(1).lower() in _MONTHS:
        month_name, day_text, year_text = match.group(1), match.group(2), match.group(3)
    else:  # a place with its region or country: "COZUMEL, Mexico, Aug. 7 (Reuters) -", as dateline_date reads it
        lead = dateline(doc)
        if lead is None or not lead.group("date") or (lead.group("m1") or lead.group("m2")).lower() not in _MONTHS:
            return None
        month_name, day_text = lead.group("m1") or lead.group("m2"), lead.group("d1") or lead.group("d2")
        year_text = lead.group("y1") or lead.group("y2")
    try:
        published = datetime.date.fromisoformat(doc.published[:10])
        year = int(year_text or published.year)
        filed = datetime.date(year, _MONTHS[month_name.lower()], int(day_text))
        if filed > published and year_text is None:
            filed = filed.replace(year=year - 1)  # filed on December 31, published on January 1
    except ValueError:
        return None
    return filed.isoformat() if 1 <= (published - filed).days <= 3 else None


def find_actors(doc: Document) -> Document:
    doc.mentions = actors.find_mentions(doc.text, when=_sentence_dates(doc))
    return doc


def _sentence_dates(doc: Document) -> Callable[[int], tuple[str, str] | None]:
    """For a character position, the interval its sentence is about: what an ambiguous name resolves against."""
    timexes = datable(doc)
    by_section = section_dates(doc, timexes)
    starts = [sentence.start for sentence in doc.sentences]
    intervals: list[tuple[str, str] | None] = []
    current: tuple[str, str] | None = None
    current_section = -1
    for sentence in doc.sentences:
        if sentence.section != current_section:
            current_section = sentence.section
            dated = by_section[sentence.section] if by_section else None
            current = (dated.begin, dated.until) if dated else None
        # a date that names a thing ("the nineteenth-century treaties", "the 1950 pact") is not what the sentence is about
        found = units(doc, timexes, sentence.start, sentence.end)
        own = [unit for unit in found if not names_a_thing(doc.text, sentence.start, unit)]
        if not own and found and current and current[1] < found[0][2].begin:
            # only a thing's date ("after the uprising of 1959"), later than the story's time so far: the sentence is
            # set no earlier than the thing it names, so its names resolve in that era (Tibet in 1959 is China's)
            first = found[0]
            intervals.append((first[2].begin, (first[3] or first[2]).until))
        elif own:
            first, last = own[0][2], own[0][3] or own[0][2]
            interval = (first.begin, last.until)
            intervals.append(interval)  # type: ignore[arg-type]
            current = interval  # type: ignore[assignment]
        else:
            intervals.append(current)

    def when(position: int) -> tuple[str, str] | None:
        index = bisect.bisect_right(starts, position) - 1
        return intervals[index] if 0 <= index < len(intervals) else None

    return when


@functools.cache
@functools.cache  # the coder asks it of every state named, in every sentence (the gazetteer is package data)
def _succession_line(code: str) -> str:
    """States of one line of succession share a Correlates of War number (Soviet Russia, the USSR, Russia)."""
    record = actors.entity(code)
    return str(record.get("cow") or code) if record else code


@functools.cache
def _split_predecessors(code: str) -> tuple[str, ...]:
    """The ended states a state succeeded on another line of succession (South Korea after the Korean Empire, the
    Federal Republic after the Reich); successors on one line (the USSR after Soviet Russia) are one state to the coder
    already."""
    record = actors.entity(code)
    if not record:
        return ()
    return tuple(before for before in record.get("predecessors") or ()
                 if _succession_line(before) != _succession_line(code) and _ended_before(before, record.get("valid_from")))


def _ended_before(code: str, start: str | None) -> bool:
    """Whether a state had ceased to exist when another began: the Korean Empire before South Korea, not the USSR
    before Estonia's restored independence (the USSR went on as Russia's predecessor)."""
    record = actors.entity(code)
    end = record.get("valid_to") if record else None
    return bool(end and start and end <= start)


@functools.cache
def _bloc_members(code: str) -> tuple[str, ...]:
    """Member states of an organization or bloc (the Warsaw Pact, Comecon), empty for a state."""
    record = actors.entity(code)
    return tuple(record.get("members") or ()) if record and record.get("kind") == "organization" else ()


@functools.lru_cache(maxsize=4096)
def _state_at(code: str, day: str) -> str:
    """The state of a line of succession on a day: South Vietnam's line is Vietnam in 1994 (one successor only), the
    USSR's is Soviet Russia in 1921 (one predecessor on its own line)."""
    if _steady(code):
        return code  # most states: no record read for each new day
    for _ in range(4):
        record = actors.entity(code)
        if not record or record.get("kind") != "state":
            return code
        if record.get("valid_from") and day[:10] < record["valid_from"]:
            before = [p for p in record.get("predecessors") or () if _succession_line(p) == _succession_line(code)]
            previous = actors.entity(before[0]) if len(before) == 1 else None
            if not previous or previous.get("code") == record.get("code"):
                return code  # one code for both regimes (the Empire of Japan and Japan are JPN): nothing to change
            # one step back only: a month that opens before a state's first day ("November 1917" for the
            # Bolsheviks' state) still means the state the text names, not the one before it
            return previous["code"]
        if not record.get("valid_to") or day[:10] <= record["valid_to"]:
            return code
        successors = record.get("successors") or []
        if len(successors) != 1:
            return code
        code = successors[0]
    return code


@functools.cache
def _steady(code: str) -> bool:
    """Whether ``_state_at`` names ``code`` itself on every day: no other state of its line before its first day, no
    sole successor after its last (the tests of ``_state_at``'s first step, read once per code)."""
    record = actors.entity(code)
    if not record or record.get("kind") != "state":
        return True
    if record.get("valid_from"):
        before = [p for p in record.get("predecessors") or () if _succession_line(p) == _succession_line(code)]
        previous = actors.entity(before[0]) if len(before) == 1 else None
        if previous and previous.get("code") != record.get("code"):
            return False
    return not record.get("valid_to") or len(record.get("successors") or []) != 1


def code(doc: Document, settings: Settings = DEFAULT) -> Document:
    dropped: Counter = Counter()
    doc.events = code_events(doc, max_sentence_chars=settings.max_sentence_chars, news=doc.meta.get("mode") == "news",
                             dropped=dropped, family=_succession_line, bloc_members=_bloc_members, state_at=_state_at,
                             predecessors=_split_predecessors)
    doc.meta["dropped"] = dict(dropped)
    return doc


def process(doc: Document, settings: Settings = DEFAULT, dct: str | None = None, *,
            known: Callable[[str], bool] | None = None) -> Document:
    """Run every stage on one raw document (as ingest produced it).

    ``known(doc_id)`` tells a document already stored (by the content hash of its cleaned text): such a
    document stops after cleaning, with no events, since storing it again changes no row of its.
    """
    if dct:
        doc.published = dct
    if settings.document_timeout_seconds > 0:
        _warm_up()
    with deadline(settings.document_timeout_seconds, doc.origin):
        clean(doc)
        if known is not None and known(doc.id):
            doc.meta["known"] = True
            return doc
        layout(doc)
        tag_time(doc, settings.mode)
        find_actors(doc)
        drop_furniture(doc)
        return code(doc, settings)


@functools.cache
def _warm_up() -> None:
    """Load every stage's tables once, outside any time limit: a timeout must never interrupt a loader halfway."""
    text = "Washington, March 5, 1962\n\nThe United States protested to the Soviet Union; two days later Moscow replied.\n"
    doc = Document(id="", origin="<warm-up>", text=text, published="1962-03-05")
    try:
        clean(doc)
        layout(doc)
        tag_time(doc)
        find_actors(doc)
        code(doc)
    except Exception:  # noqa: BLE001, S110 - a stage that fails here fails again on the real document, and says so there
        pass


def extract_documents(paths: Iterable[str], settings: Settings = DEFAULT, dct: str | None = None, *,
                      known: Callable[[str], bool] | None = None) -> Iterator[Document | Skipped]:
    """Processed documents and skipped inputs, in input order; one bad document never stops the rest.

    With ``known``, documents it says are stored already stop after cleaning (see :func:`process`).
    """
    for item in read_inputs(paths, settings):
        if isinstance(item, Skipped):
            yield item
            continue
        try:
            yield process(item, settings, dct) if known is None else process(item, settings, dct, known=known)
        except InputError as error:
            yield Skipped(item.origin, error.reason, str(error), error.line)
        except RecursionError:
            yield Skipped(item.origin, "too_complex", f"{item.origin}: document too deeply nested to process; simplify or split it")
        except Exception as error:  # noqa: BLE001 - one document's failure must never stop a batch
            yield Skipped(item.origin, "internal_error",
                          f"{item.origin}: detente failed on this document ({type(error).__name__}: {error}); "
                          "the rest of the batch went on; please report it with the document")


def extract(paths: str | Iterable[str], *, dct: str | None = None, settings: Settings = DEFAULT) -> Iterator[Event]:
    """Events of every readable document under ``paths`` (files, directories, ``-``), in input order.

    Inputs that cannot be read are passed over; use :func:`extract_documents` to see them.
    """
    if isinstance(paths, str):
        paths = [paths]
    for item in extract_documents(paths, settings, dct):
        if isinstance(item, Document):
            yield from item.events


def extract_text(text: str, *, dct: str | None = None, origin: str = "<text>", settings: Settings = DEFAULT) -> list[Event]:
    """Events stated in one text (plain text, not HTML)."""
    return process(Document(id="", origin=origin, text=text), settings, dct).events


@dataclass
class BuildReport:
    read: int = 0
    stored: int = 0
    unchanged: int = 0
    events: int = 0
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def skipped_by_reason(self) -> dict[str, int]:
        return dict(Counter(item.reason for item in self.skipped))


# documents written per transaction by ``build``: one commit for many (a commit costs more than the rows of a
# document); a batch is also written once it is this old, so progress shows and a stopped build loses little
BATCH_DOCUMENTS = 64
BATCH_SECONDS = 1.0


def build(paths: Iterable[str], store, settings: Settings = DEFAULT, dct: str | None = None,
          on_document: Callable[[Document | Skipped], None] | None = None) -> BuildReport:
    """Extract and store; each document is written whole, several to a transaction."""
    report = BuildReport()
    stored_events: list[str] = []
    batch: list[Document] = []
    began = 0.0

    def flush() -> None:
        written = _write_batch(store, batch)
        for document, stored in zip(batch, written, strict=True):
            report.read += 1
            if stored:
                report.stored += 1
                report.events += len(document.events)
                stored_events.extend(event.id for event in document.events)
            else:
                report.unchanged += 1
            if on_document is not None:
                on_document(document)
        batch.clear()

    # a document stored by an earlier build (a rerun, a resumed build, a page crawled twice) is only cleaned:
    # its content hash finds it, and writing it again adds at most its origin
    known = getattr(store, "has_document", None)
    for item in extract_documents(paths, settings, dct, known=known):
        if isinstance(item, Skipped):
            if batch:
                flush()  # the documents before it first: callers see every input in input order
            report.skipped.append(item)
            store.record_skipped(item)
            if on_document is not None:
                on_document(item)
            continue
        if not batch:
            began = _time.monotonic()
        batch.append(item)
        if len(batch) >= BATCH_DOCUMENTS or _time.monotonic() - began >= BATCH_SECONDS:
            flush()
    if batch:
        flush()
    timeline.update(store, stored_events)  # merge the new events into the one timeline, incrementally
    # and the events a build killed before this point stored but never merged: the rerun finds their documents
    # unchanged, so without this a crash would leave them off the timeline for good
    timeline.sync(store)
    return report


def _write_batch(store, batch: list[Document]) -> list[bool]:
    """Write documents in one transaction where the store can (``write_documents``), else one by one."""
    write_many = getattr(store, "write_documents", None)
    if write_many is not None:
        return write_many([(document, _actor_records(document)) for document in batch])
    return [store.write_document(document, _actor_records(document)) for document in batch]


def _actor_records(doc: Document) -> dict[str, dict]:
    records = {}
    for event in doc.events:
        for code in event.actors:
            record = actors.entity(code) or {}
            records[code] = {
                "name": record.get("name"), "kind": record.get("kind"), "qid": record.get("qid"),
                "valid_from": record.get("valid_from") or record.get("start"), "valid_to": record.get("valid_to") or record.get("end"),
            }
    return records
