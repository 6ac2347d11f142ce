"""Paths to raw documents: files, directories, gzip, JSONL, HTML, e-mail messages and stdin.

``read_inputs`` yields a :class:`Document` (text not yet cleaned) or a
:class:`Skipped` record for every input; it never raises for one bad file, so a
batch always goes on and the caller counts what was skipped and why.
"""

from __future__ import annotations

import codecs
import datetime
import gzip
import io
import json
import os
import re
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from detente.errors import InputError
from detente.ingest.decode import decode, looks_binary
from detente.ingest.feeds import FEED_SUFFIXES, html_to_text, looks_like_feed, read_feed
from detente.ingest.html import extract_html, looks_like_html, text_stamp_date, warm_dates
from detente.ingest.limits import deadline
from detente.ingest.mail import MAIL_SUFFIXES, MBOX_SUFFIXES, looks_like_mail, read_mail, split_mbox
from detente.ingest.subtitles import SUBTITLE_SUFFIXES, looks_like_subtitles, read_subtitles
from detente.ingest.warc import is_warc, read_warc
from detente.model import Document, Skipped
from detente.settings import DEFAULT, Settings

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc"}
KNOWN_SUFFIXES = (TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES | FEED_SUFFIXES | SUBTITLE_SUFFIXES
                  | MAIL_SUFFIXES | MBOX_SUFFIXES)


def read_inputs(paths: Iterable[str], settings: Settings = DEFAULT) -> Iterator[Document | Skipped]:
    """Every document named by ``paths`` (files, directories walked recursively, ``-`` for stdin)."""
    for item in _read_inputs(paths, settings):
        yield _named(item)


def _named(item: Document | Skipped) -> Document | Skipped:
    """``item`` with its origin as text any writer takes: a file name that is not UTF-8 reaches us with surrogate
    escapes (os.walk, sys.argv), which the store and stdout refuse; they become U+FFFD in what we show and store."""
    if not _LONE_SURROGATE.search(item.origin):
        return item
    origin = _LONE_SURROGATE.sub("\ufffd", item.origin)
    if isinstance(item, Skipped):
        return Skipped(origin, item.reason, _LONE_SURROGATE.sub("\ufffd", item.message), item.line)
    item.origin = origin
    if isinstance(item.meta.get("file"), str):
        item.meta["file"] = _LONE_SURROGATE.sub("\ufffd", item.meta["file"])
    return item


def _read_inputs(paths: Iterable[str], settings: Settings) -> Iterator[Document | Skipped]:
    for given in paths:
        if given == "-":
            yield from _stdin(settings)
            continue
        path = Path(given)
        if path.is_dir():
            yield from _walk(path, settings)
        elif path.exists():
            yield from read_file(given, settings)
        else:
            yield Skipped(given, "missing", f"{given}: no such file or directory; check the path")


def _walk(root: Path, settings: Settings) -> Iterator[Document | Skipped]:
    seen: set[tuple[int, int]] = set()
    for folder, dirs, files in os.walk(root, followlinks=True):
        info = os.stat(folder)
        if (info.st_dev, info.st_ino) in seen:  # a symlink loop: do not walk the same folder twice
            dirs[:] = []
            continue
        seen.add((info.st_dev, info.st_ino))
        dirs.sort()
        for name in sorted(files):
            path = str(Path(folder) / name)
            if walked(name, path):
                yield from read_file(path, settings)


def walked(name: str, path: str) -> bool:
    """Whether a directory walk reads the file ``name`` at ``path``: a known suffix, or an .xml file that is a feed."""
    return bool(_suffixes(name) & KNOWN_SUFFIXES) or name.lower().endswith(".xml") and _feed_file(path)


def _feed_file(path: str) -> bool:
    """Whether an .xml file met in a directory walk is a news feed (its root element rss, feed or rdf:RDF): other
    XML (a sitemap, a settings file) is no document and is passed over, as any file of an unknown kind is."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(6000)
    except OSError:
        return True  # read_file says what is wrong with it
    return looks_like_feed(head.decode("utf-8", errors="replace"))


def _suffixes(name: str) -> set[str]:
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    return {os.path.splitext(lower)[1]}


def read_file(origin: str, settings: Settings = DEFAULT) -> Iterator[Document | Skipped]:
    """The documents in one file; a problem becomes a :class:`Skipped` with a message naming the file.

    Memory stays bounded by the limits whatever the file holds: a plain file over
    ``max_document_bytes`` is refused from its size; gzip is inflated as a stream and
    refused once past ``max_decompressed_bytes`` (or, for one document, ``max_document_bytes``);
    JSONL is read line by line, a line over ``max_document_bytes`` skipped without being held.
    """
    compressed = origin.lower().endswith(".gz")
    name = origin[:-3] if compressed else origin
    try:
        info = os.stat(origin)
        if not stat.S_ISREG(info.st_mode):  # a pipe or device could block forever or never end
            raise InputError(origin, "not_a_file", "not a regular file (a pipe, socket or device); "
                             "save what it sends to a file, or pipe it to standard input as -")
        if is_warc(origin):  # a crawl archive: streamed record by record, never read whole
            yield from read_warc(origin, settings)
            return
        if os.path.splitext(name.lower())[1] in JSONL_SUFFIXES:
            yield from _jsonl_file(origin, compressed, settings)
            return
        if compressed:
            data = _gunzip(origin, settings)
        else:
            if info.st_size > settings.max_document_bytes:
                raise InputError(origin, "too_large", f"file is {info.st_size} bytes, over max_document_bytes="
                                 f"{settings.max_document_bytes}; split it or raise the limit")
            with open(origin, "rb") as handle:
                data = handle.read(settings.max_document_bytes + 1)
            if len(data) > settings.max_document_bytes:  # it grew since the stat
                raise InputError(origin, "too_large", f"file is over max_document_bytes={settings.max_document_bytes}; "
                                 "split it or raise the limit")
    except InputError as error:
        yield Skipped(origin, error.reason, str(error), error.line)
        return
    except PermissionError:
        yield Skipped(origin, "unreadable", f"{origin}: permission denied; make the file readable")
        return
    except OSError as error:
        yield Skipped(origin, "unreadable", f"{origin}: cannot read ({error.strerror or error}); check the file")
        return
    yield from _documents_from_bytes(origin, name, data, settings)


def _gunzip(origin: str, settings: Settings) -> bytes:
    """Inflate one gzip document as a stream, refusing truncated streams and anything past the limits."""
    bomb, document = settings.max_decompressed_bytes, settings.max_document_bytes
    limit = min(bomb, document)
    out = io.BytesIO()
    try:
        with gzip.open(origin, "rb") as stream:
            while chunk := stream.read(min(1 << 20, limit + 1 - out.tell())):
                out.write(chunk)
                if out.tell() > limit:
                    break
    except (EOFError, zlib.error, gzip.BadGzipFile) as error:
        raise InputError(origin, "bad_gzip", f"truncated or corrupt gzip ({error}); re-download or re-compress the file") from None
    if out.tell() > limit:
        if limit == bomb:
            raise InputError(origin, "too_large", f"decompresses past max_decompressed_bytes={bomb}; refusing a possible decompression bomb")
        raise InputError(origin, "too_large", f"decompresses past max_document_bytes={document}; split it or raise the limit")
    return out.getvalue()


def _stdin(settings: Settings) -> Iterator[Document | Skipped]:
    """Standard input: JSON Lines (it starts with ``{``) streamed a record at a time, else one bounded document."""
    stream = sys.stdin.buffer
    head = stream.peek(1)[:1] if hasattr(stream, "peek") else b""
    try:
        if head == b"{":
            yield from _jsonl_stream("-", stream, settings, None)
            return
        data = stream.read(settings.max_document_bytes + 1)
        if len(data) > settings.max_document_bytes:
            raise InputError("-", "too_large", f"standard input is over max_document_bytes={settings.max_document_bytes}; "
                             "save it to a file and split it, or raise the limit")
        if data.startswith(b"\x1f\x8b"):  # gzip, as a .gz file is read
            data = _gunzip_bytes(data, settings)
    except InputError as error:
        yield Skipped("-", error.reason, str(error), error.line)
        return
    yield from _documents_from_bytes("-", "-", data, settings)


def _gunzip_bytes(data: bytes, settings: Settings) -> bytes:
    """Standard input that is gzip (any number of members), inflated no further than the limits allow."""
    limit = min(settings.max_decompressed_bytes, settings.max_document_bytes)
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data), mode="rb") as stream:
            out = stream.read(limit + 1)
    except (EOFError, zlib.error, gzip.BadGzipFile) as error:
        raise InputError("-", "bad_gzip", f"truncated or corrupt gzip ({error}); re-compress it or send it unzipped") from None
    if len(out) > limit:
        raise InputError("-", "too_large", f"standard input decompresses past {limit} bytes; save it to a file, "
                         "split it or raise the limit")
    return out


def _jsonl_file(origin: str, compressed: bool, settings: Settings) -> Iterator[Document | Skipped]:
    """The records of a JSONL file (or .jsonl.gz), read one line at a time; raises InputError for the whole file."""
    opener = gzip.open if compressed else open
    try:
        with opener(origin, "rb") as handle:
            yield from _jsonl_stream(origin, handle, settings, settings.max_decompressed_bytes if compressed else None)
    except (EOFError, zlib.error, gzip.BadGzipFile) as error:
        raise InputError(origin, "bad_gzip", f"truncated or corrupt gzip ({error}); the records before the damage "
                         "were read; re-download or re-compress the file") from None


def _jsonl_stream(origin: str, handle, settings: Settings, total: int | None) -> Iterator[Document | Skipped]:
    """The records of a binary stream of JSON Lines; ``total`` bounds the bytes read (an inflating stream)."""
    limit = settings.max_document_bytes + 64  # room for the record's keys around a text at the limit
    seen = False
    for number, raw in _bounded_lines(handle, limit, total, origin):
        if raw is None:
            yield Skipped(origin, "too_large", f"{origin}:{number}: line over max_document_bytes="
                          f"{settings.max_document_bytes}; split the record or raise the limit", number)
            seen = True
            continue
        if not raw.strip():
            continue
        if not seen:
            seen = True
            if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # UTF-16 lines cannot be cut at b"\n"
                bound = settings.max_document_bytes
                data = raw + handle.read(bound + 1 - len(raw))
                if len(data) > bound:
                    raise InputError(origin, "too_large", f"UTF-16 JSON Lines over max_document_bytes={bound}; "
                                     "convert it to UTF-8, which is read a line at a time")
                yield from _jsonl_documents(origin, decode(data, origin), settings)
                return
            if looks_binary(raw):
                raise InputError(origin, "binary", "binary file, not JSON Lines; remove it from the input or convert it")
        where = f"{origin}:{number}"
        try:
            text = decode(raw, where)
        except InputError as error:
            yield Skipped(origin, error.reason, str(error), number)
            continue
        yield from _jsonl_documents(origin, text.rstrip("\r\n"), settings, first_line=number)
    if not seen:
        raise InputError(origin, "empty", "empty file; nothing to read")


def _bounded_lines(handle, limit: int, total: int | None, origin: str) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) for every line of a binary stream; None for a line over ``limit`` bytes, never held whole.

    ``total`` bounds the bytes read in all (the inflated size of a gzip stream).
    """
    number, consumed = 0, 0
    while True:
        raw = handle.readline(limit + 1)
        if not raw:
            return
        number += 1
        consumed += len(raw)
        too_long = len(raw) > limit
        while too_long and not raw.endswith(b"\n"):  # skip the rest of the line in blocks
            raw = handle.readline(1 << 20)
            consumed += len(raw)
            if not raw or (total is not None and consumed > total):
                break
        if total is not None and consumed > total:
            raise InputError(origin, "too_large", f"decompresses past max_decompressed_bytes={total}; "
                             "refusing a possible decompression bomb", number)
        yield number, None if too_long else raw


def _documents_from_bytes(origin: str, name: str, data: bytes, settings: Settings) -> Iterator[Document | Skipped]:
    suffix = os.path.splitext(name.lower())[1]
    try:
        if not data.strip():
            raise InputError(origin, "empty", "empty file; nothing to read")
        if suffix in MBOX_SUFFIXES:
            yield from _mbox_documents(origin, data, settings)
            return
        text = decode(data, origin)
        if suffix in JSONL_SUFFIXES or (origin == "-" and text.lstrip().startswith("{")):
            yield from _jsonl_documents(origin, text, settings)
            return
        # an e-mail message by its suffix or, saved as .txt, by its header block (before HTML: its HTML part may
        # open with "<body" within the page's first lines)
        if suffix in MAIL_SUFFIXES or looks_like_mail(text):
            yield _mail_document(origin, data, settings)
            return
        # a feed or a subtitle file by its suffix or, saved as .txt, .html or .xml, by how it opens
        if suffix in FEED_SUFFIXES or looks_like_feed(text):
            with deadline(settings.document_timeout_seconds, origin):
                body, title = read_feed(text, origin)
            yield Document(id="", origin=origin, text=body, title=title, format="feed", raw_size=len(data))
            return
        if suffix in SUBTITLE_SUFFIXES or looks_like_subtitles(text):
            yield Document(id="", origin=origin, text=read_subtitles(text, origin), format="subtitles", raw_size=len(data))
            return
        if suffix in HTML_SUFFIXES or looks_like_html(text):
            if settings.document_timeout_seconds > 0:
                warm_dates()
            with deadline(settings.document_timeout_seconds, origin):
                body, meta = extract_html(text, origin, settings.max_html_bytes)
            yield Document(id="", origin=origin, text=body, title=meta["title"], url=meta["url"],
                           published=_iso_date(meta["published"]), format="html", raw_size=len(data))
            return
        if not text.strip():
            raise InputError(origin, "empty", "file holds only white space; nothing to read")
        # a saved post's stamp under its title ("Posted 12 March 2004") is its publication date, as an HTML page's is
        yield Document(id="", origin=origin, text=text, format="text", raw_size=len(data), published=text_stamp_date(text))
    except InputError as error:
        yield Skipped(origin, error.reason, str(error), error.line)


def _mail_document(origin: str, data: bytes, settings: Settings, meta: dict | None = None) -> Document:
    """One e-mail message (see ``ingest/mail.py``): its text part, or its HTML part read as an HTML page is; its
    Subject the title, its Date the publication date (as an HTML page's date from its markup)."""
    body, title, published, kind = read_mail(data, origin)
    if kind == "html":
        if settings.document_timeout_seconds > 0:
            warm_dates()
        try:
            with deadline(settings.document_timeout_seconds, origin):
                body, page = extract_html(body, origin, settings.max_html_bytes)
            title = title or page["title"]
        except InputError as error:
            if error.reason != "no_text":
                raise
            body = html_to_text(body)  # a short message the page extractor takes for boilerplate: its words as they are
            if not body.strip():
                raise
    return Document(id="", origin=origin, text=body, title=title, published=published, format="email",
                    raw_size=len(data), meta=meta or {})


def _mbox_documents(origin: str, data: bytes, settings: Settings) -> Iterator[Document | Skipped]:
    """The messages of an mbox file, one document each (origin "file.mbox#3"); a bad one is skipped alone."""
    messages = split_mbox(data)
    if not messages:
        raise InputError(origin, "bad_mail", "mbox file with no message (no \"From \" line opening one); check the file")
    for number, message in enumerate(messages, start=1):
        where = f"{origin}#{number}"
        try:
            yield _mail_document(where, message, settings, {"file": origin, "message": number})
        except InputError as error:
            yield Skipped(origin, error.reason, str(error), None)


def _jsonl_documents(origin: str, text: str, settings: Settings, first_line: int = 1) -> Iterator[Document | Skipped]:
    """One document per line: ``id`` and ``text`` required; ``url``, ``title``, ``published``/``dct`` optional.

    ``first_line`` numbers the lines of a piece cut from a larger file (the engines read shards of JSONL by byte range).
    """
    for item in _jsonl_records(origin, text, settings, first_line):
        yield _named(item)


def _jsonl_records(origin: str, text: str, settings: Settings, first_line: int) -> Iterator[Document | Skipped]:
    for number, line in enumerate(text.split("\n"), start=first_line):  # only "\n" ends a JSON line: U+2028 may sit in a string
        line = line.rstrip("\r")
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Skipped(origin, "invalid_json", f"{where}: invalid JSON ({error.msg} at column {error.colno}); fix or remove the line", number)
            continue
        if not isinstance(record, dict):
            yield Skipped(origin, "invalid_json", f"{where}: a JSONL line must be an object with 'id' and 'text'", number)
            continue
        if "\\u" in line:  # JSON may spell a lone surrogate, which no UTF-8 writer (store, stdout) accepts
            record = {key: _LONE_SURROGATE.sub("\ufffd", value) if isinstance(value, str) else value
                      for key, value in record.items()}
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield Skipped(origin, "no_text", f"{where}: record has no 'text' string; add the document text under 'text'", number)
            continue
        if len(body.encode("utf-8", "surrogatepass")) > settings.max_document_bytes:
            yield Skipped(origin, "too_large", f"{where}: text over max_document_bytes={settings.max_document_bytes}; split it", number)
            continue
        record_id = record.get("id", record.get("doc_id"))  # "doc_id" as corpora such as TimeBank name it
        label = str(record_id) if record_id not in (None, "") else where
        fmt = "jsonl"
        if looks_like_html(body):
            if settings.document_timeout_seconds > 0:
                warm_dates()
            try:
                with deadline(settings.document_timeout_seconds, where):
                    body, meta = extract_html(body, where, settings.max_html_bytes)
            except InputError as error:
                yield Skipped(origin, error.reason, str(error), number)
                continue
            record.setdefault("title", meta["title"])
            fmt = "html"
        yield Document(id="", origin=label, text=body, title=_str(record.get("title")), url=_str(record.get("url")),
                       published=_iso_date(record.get("published") or record.get("dct")), format=fmt,
                       raw_size=len(line), meta={"file": origin, "line": number})


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _str(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def _iso_date(value: object) -> str | None:
    """Keep a publication date only when it is a calendar date in ISO form (YYYY, YYYY-MM or a YYYY-MM-DD prefix)."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    found = _ISO_DATE.match(value)
    if found is None:
        return None
    year, month, day = found.groups()
    try:
        datetime.date(int(year), int(month or 1), int(day or 1))  # "1962-13-45" has the shape of a date, not a date
    except ValueError:
        return None
    return "-".join(part for part in (year, month, day) if part)


_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ].*)?)?)?$")
