"""Paths to raw documents: files, directories, gzip, JSONL, HTML and stdin.

``read_inputs`` yields a :class:`Document` (text not yet cleaned) or a
:class:`Skipped` record for every input; it never raises for one bad file, so a
batch always goes on and the caller counts what was skipped and why.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from detente.errors import InputError
from detente.ingest.decode import decode
from detente.ingest.html import extract_html, looks_like_html
from detente.ingest.warc import is_warc, read_warc
from detente.model import Document, Skipped
from detente.settings import DEFAULT, Settings

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES


def read_inputs(paths: Iterable[str], settings: Settings = DEFAULT) -> Iterator[Document | Skipped]:
    """Every document named by ``paths`` (files, directories walked recursively, ``-`` for stdin)."""
    for given in paths:
        if given == "-":
            data = sys.stdin.buffer.read()
            yield from _documents_from_bytes("-", "-", data, settings)
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
        stat = os.stat(folder)
        if (stat.st_dev, stat.st_ino) in seen:  # a symlink loop: do not walk the same folder twice
            dirs[:] = []
            continue
        seen.add((stat.st_dev, stat.st_ino))
        dirs.sort()
        for name in sorted(files):
            if _suffixes(name) & KNOWN_SUFFIXES:
                yield from read_file(str(Path(folder) / name), settings)


def _suffixes(name: str) -> set[str]:
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    return {os.path.splitext(lower)[1]}


def read_file(origin: str, settings: Settings = DEFAULT) -> Iterator[Document | Skipped]:
    """The documents in one file; a problem becomes a :class:`Skipped` with a message naming the file."""
    if is_warc(origin):  # a crawl archive: streamed record by record, never read whole
        yield from read_warc(origin, settings)
        return
    try:
        size = os.path.getsize(origin)
        if size > settings.max_document_bytes and not origin.lower().endswith((".jsonl", ".ndjson", ".gz")):
            raise InputError(origin, "too_large", f"file is {size} bytes, over max_document_bytes={settings.max_document_bytes}; split it or raise the limit")
        with open(origin, "rb") as handle:
            data = handle.read()
    except InputError as error:
        yield Skipped(origin, error.reason, str(error))
        return
    except PermissionError:
        yield Skipped(origin, "unreadable", f"{origin}: permission denied; make the file readable")
        return
    except OSError as error:
        yield Skipped(origin, "unreadable", f"{origin}: cannot read ({error.strerror or error}); check the file")
        return
    name = origin[:-3] if origin.lower().endswith(".gz") else origin
    if origin.lower().endswith(".gz"):
        try:
            data = _gunzip(data, origin, settings.max_decompressed_bytes)
        except InputError as error:
            yield Skipped(origin, error.reason, str(error))
            return
    yield from _documents_from_bytes(origin, name, data, settings)


def _gunzip(data: bytes, origin: str, limit: int) -> bytes:
    """Inflate gzip data, refusing truncated streams and anything that grows past ``limit``."""
    out = io.BytesIO()
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            while chunk := stream.read(1 << 20):
                out.write(chunk)
                if out.tell() > limit:
                    raise InputError(origin, "too_large", f"decompresses past max_decompressed_bytes={limit}; refusing a possible decompression bomb")
    except (EOFError, OSError, zlib.error) as error:
        raise InputError(origin, "bad_gzip", f"truncated or corrupt gzip ({error}); re-download or re-compress the file") from None
    return out.getvalue()


def _documents_from_bytes(origin: str, name: str, data: bytes, settings: Settings) -> Iterator[Document | Skipped]:
    suffix = os.path.splitext(name.lower())[1]
    try:
        if not data.strip():
            raise InputError(origin, "empty", "empty file; nothing to read")
        text = decode(data, origin)
        if suffix in JSONL_SUFFIXES or (origin == "-" and text.lstrip().startswith("{")):
            yield from _jsonl_documents(origin, text, settings)
            return
        if suffix in HTML_SUFFIXES or looks_like_html(text):
            body, meta = extract_html(text, origin)
            yield Document(id="", origin=origin, text=body, title=meta["title"], url=meta["url"],
                           published=_iso_date(meta["published"]), format="html", raw_size=len(data))
            return
        if not text.strip():
            raise InputError(origin, "empty", "file holds only white space; nothing to read")
        yield Document(id="", origin=origin, text=text, format="text", raw_size=len(data))
    except InputError as error:
        yield Skipped(origin, error.reason, str(error), error.line)


def _jsonl_documents(origin: str, text: str, settings: Settings, first_line: int = 1) -> Iterator[Document | Skipped]:
    """One document per line: ``id`` and ``text`` required; ``url``, ``title``, ``published``/``dct`` optional.

    ``first_line`` numbers the lines of a piece cut from a larger file (the engines read shards of JSONL by byte range).
    """
    for number, line in enumerate(text.splitlines(), start=first_line):
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
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield Skipped(origin, "no_text", f"{where}: record has no 'text' string; add the document text under 'text'", number)
            continue
        if len(body.encode("utf-8", "surrogatepass")) > settings.max_document_bytes:
            yield Skipped(origin, "too_large", f"{where}: text over max_document_bytes={settings.max_document_bytes}; split it", number)
            continue
        record_id = record.get("id")
        label = str(record_id) if record_id not in (None, "") else where
        fmt = "jsonl"
        if looks_like_html(body):
            try:
                body, meta = extract_html(body, where)
            except InputError as error:
                yield Skipped(origin, error.reason, str(error), number)
                continue
            record.setdefault("title", meta["title"])
            fmt = "html"
        yield Document(id="", origin=label, text=body, title=_str(record.get("title")), url=_str(record.get("url")),
                       published=_iso_date(record.get("published") or record.get("dct")), format=fmt,
                       raw_size=len(line), meta={"file": origin, "line": number})


def _str(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def _iso_date(value: object) -> str | None:
    """Keep a publication date only when it reads as an ISO date (YYYY, YYYY-MM or YYYY-MM-DD prefix)."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:4].isdigit():
        return value[:10]
    if len(value) in (4, 7) and value[:4].isdigit():
        return value
    return None
