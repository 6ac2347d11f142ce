"""WARC and WARC.gz archives (web crawls), read record by record as a stream.

An HTML response (or resource) becomes a :class:`Document` through the same HTML
path as a ``.html`` file; its origin is the record's target URI and its
publication date is the page's own date, else the WARC-Date of the capture.
Records that carry a page but not an HTML one (images, PDFs, error statuses,
revisits) become :class:`Skipped` records with a reason; the crawler's own
bookkeeping records (warcinfo, request, metadata) are not documents and are passed over.
Memory stays flat: one record's payload at a time, never the whole archive.
Known limit: warcio ends quietly at a gzip member cut at its very end, so such a
last record is lost without a Skipped; damage earlier in a record is reported.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator

from detente.errors import InputError
from detente.ingest.decode import decode
from detente.ingest.html import extract_html, looks_like_html, warm_dates
from detente.ingest.limits import deadline
from detente.model import Document, Skipped
from detente.settings import DEFAULT, Settings

WARC_SUFFIXES = (".warc", ".warc.gz")
PAGE_RECORDS = {"response", "resource", "revisit", "conversion"}  # records that stand for a captured page
HTML_TYPES = ("text/html", "application/xhtml+xml")
INSTALL_HINT = "Install warcio to read WARC files: pip install warcio"


def is_warc(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


def read_warc(origin: str, settings: Settings = DEFAULT) -> Iterator[Document | Skipped]:
    """Every HTML page captured in the WARC file ``origin``; a bad archive or record is a :class:`Skipped`."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:
        yield Skipped(origin, "unsupported", f"{origin}: {INSTALL_HINT}")
        return
    try:
        handle = open(origin, "rb")  # noqa: SIM115 - closed in the finally below, around a generator
    except PermissionError:
        yield Skipped(origin, "unreadable", f"{origin}: permission denied; make the file readable")
        return
    except OSError as error:
        yield Skipped(origin, "unreadable", f"{origin}: cannot read ({error.strerror or error}); check the file")
        return
    number = 0
    try:
        try:
            for number, record in enumerate(ArchiveIterator(handle), start=1):
                if record.rec_type in PAGE_RECORDS:
                    yield _page(origin, number, record, settings)
        except ArchiveLoadFailed as error:
            if "non-chunked gzip" not in str(error):
                raise
            # the whole archive gzipped as one stream (not a member per record, as WARC tools write it): still a
            # WARC; read on through one gzip stream from the record after the last one read
            handle.close()
            handle = gzip.open(origin, "rb")  # noqa: SIM115 - closed in the finally below
            if not handle.peek(5).startswith(b"WARC/"):
                raise
            done = number
            for number, record in enumerate(ArchiveIterator(handle), start=1):
                if number > done and record.rec_type in PAGE_RECORDS:
                    yield _page(origin, number, record, settings)
    except (ArchiveLoadFailed, EOFError, OSError, zlib.error, ValueError, AttributeError) as error:
        # warcio reports damage in several ways (a missing header surfaces as AttributeError)
        yield Skipped(origin, "bad_warc", f"{origin}: corrupt or truncated WARC after record {number} ({_first_line(error)}); "
                      "the records before it were read; re-download the file", number + 1)
    finally:
        handle.close()


def _page(origin: str, number: int, record, settings: Settings) -> Document | Skipped:
    uri = record.rec_headers.get_header("WARC-Target-URI") or f"{origin}#{number}"
    where = f"{origin}: record {number} ({uri})"
    if record.rec_type == "revisit":
        return Skipped(uri, "warc_revisit", f"{where}: a revisit record holds no page of its own; the earlier capture is read", number)
    status = record.http_headers.get_statuscode() if record.http_headers else None
    if status and not status.startswith("2"):
        return Skipped(uri, "http_status", f"{where}: HTTP status {status}, not a page", number)
    content_type = _content_type(record)
    limit = settings.max_document_bytes
    payload = record.content_stream().read(limit + 1)
    if len(payload) > limit:
        return Skipped(uri, "too_large", f"{where}: payload over max_document_bytes={limit}; raise the limit to read it", number)
    try:
        if content_type and not content_type.startswith(HTML_TYPES) and not content_type.startswith("text/plain"):
            raise InputError(where, "not_html", f"content type {content_type}, not an HTML page")
        if not payload.strip():
            raise InputError(where, "empty", "empty payload; nothing to read")
        text = decode(payload, where, _charset(record))
        if not content_type.startswith(HTML_TYPES) and not looks_like_html(text):
            raise InputError(where, "not_html", f"content type {content_type or 'unknown'}, not an HTML page")
        if settings.document_timeout_seconds > 0:
            warm_dates()
        with deadline(settings.document_timeout_seconds, where):
            body, meta = extract_html(text, where, settings.max_html_bytes)
    except InputError as error:
        return Skipped(uri, error.reason, str(error), number)
    captured = record.rec_headers.get_header("WARC-Date")
    return Document(id="", origin=uri, text=body, title=meta.get("title"), url=uri,
                    published=_iso_day(meta.get("published")) or _iso_day(captured), format="html",
                    raw_size=len(payload), meta={"file": origin, "record": number})


def _content_type(record) -> str:
    if record.http_headers is not None:
        value = record.http_headers.get_header("Content-Type") or ""
    else:
        value = record.rec_headers.get_header("Content-Type") or ""
    return value.split(";")[0].strip().lower()


def _charset(record) -> str | None:
    """The charset the HTTP Content-Type header declares (``text/html; charset=koi8-r`` -> ``koi8-r``), or None."""
    headers = record.http_headers if record.http_headers is not None else record.rec_headers
    for part in (headers.get_header("Content-Type") or "").split(";")[1:]:
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip()
    return None


def _iso_day(value: object) -> str | None:
    """The ISO day a date string starts with (``2019-11-09T12:00:00Z`` -> ``2019-11-09``), or None."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:4].isdigit():
        return value[:10]
    return None


def _first_line(error: Exception) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
