"""Work split into shards: groups of input files and byte ranges of large JSONL files.

A shard is what one worker processes in one go and what a build records as done
(table ``build_shards``), so a stopped build resumes at the first unfinished
shard. Its id is a hash of what it covers (paths, byte ranges, sizes and
modification times): a file that changes gets a new shard and is read again.

Planning streams: directories are walked and large JSONL files are cut at line
boundaries without holding the corpus, or even its list of files, in memory.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from detente.errors import ConfigError, InputError
from detente.ingest.decode import decode
from detente.ingest.read import (
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    WARC_SUFFIXES,
    _jsonl_documents,
    _suffixes,
    read_inputs,
    walked,
)
from detente.model import Document, Skipped, content_id
from detente.settings import DEFAULT, Settings

SHARD_BYTES = 4 * 1024 * 1024  # a few seconds of work for one worker: small enough to resume cheaply
SHARD_FILES = 200  # many tiny files still make shards of a useful size
_SCAN_BLOCK = 1 << 20
PIPELINE = "detente.pipeline:process"  # the per-document steps a worker runs, named so a worker can import them

Steps = Callable[[Document, Settings, "str | None"], Document]


@dataclass(frozen=True, slots=True)
class Piece:
    """A whole file (``end`` None) or the lines of a JSONL file in bytes [start, end), the first numbered ``first_line``."""

    path: str
    start: int = 0
    end: int | None = None
    first_line: int = 1
    stamp: str = ""  # size and modification time: part of the shard id, so a changed file is read again


@dataclass(frozen=True, slots=True)
class Shard:
    id: str
    number: int  # position in the plan; results are written in this order so any engine stores the same rows
    pieces: tuple[Piece, ...]
    size: int


@dataclass(slots=True)
class ShardResult:
    """What a worker sends back: processed documents (trimmed to what the store keeps) and skipped inputs, in input order."""

    shard: str
    items: list[Document | Skipped] = field(default_factory=list)
    bytes: int = 0
    timings: dict[str, float] | None = None  # the worker's timers up to this shard, when profiling (engines.profile)


def plan_shards(paths: Iterable[str], shard_bytes: int = SHARD_BYTES, shard_files: int = SHARD_FILES) -> Iterator[Shard]:
    """The shards covering ``paths``, in the order ``read_inputs`` would read them."""
    pieces: list[Piece] = []
    size = 0
    number = 0
    for piece, piece_size in _pieces(paths, shard_bytes):
        pieces.append(piece)
        size += piece_size
        if size >= shard_bytes or len(pieces) >= shard_files:
            yield _shard(number, pieces, size)
            number += 1
            pieces, size = [], 0
    if pieces:
        yield _shard(number, pieces, size)


def holds_html(shard: Shard) -> bool:
    """Whether a shard holds an HTML page or a web archive by its files' names (gzipped or not)."""
    return any(_suffixes(piece.path) & _PAGE_SUFFIXES for piece in shard.pieces)


_PAGE_SUFFIXES = HTML_SUFFIXES | WARC_SUFFIXES


def _shard(number: int, pieces: list[Piece], size: int) -> Shard:
    key = "\x1e".join(f"{p.path}\x1d{p.start}\x1d{p.end}\x1d{p.stamp}" for p in pieces)
    return Shard(id=content_id(key), number=number, pieces=tuple(pieces), size=size)


def _pieces(paths: Iterable[str], shard_bytes: int) -> Iterator[tuple[Piece, int]]:
    for given in paths:
        if given == "-":
            raise ConfigError("standard input cannot be split among workers; save it to a file, or build it without --engine, --workers and --scheduler")
        path = Path(given)
        if path.is_dir():
            for name in _walk(path):
                yield from _file_pieces(name, shard_bytes)
        else:
            yield from _file_pieces(given, shard_bytes)  # a missing file becomes a Skipped when read, as in a local build


def _walk(root: Path) -> Iterator[str]:
    """Files under ``root`` that detente reads, in the order the local reader walks them (sorted, symlink loops once)."""
    seen: set[tuple[int, int]] = set()
    for folder, dirs, files in os.walk(root, followlinks=True):
        stat = os.stat(folder)
        if (stat.st_dev, stat.st_ino) in seen:
            dirs[:] = []
            continue
        seen.add((stat.st_dev, stat.st_ino))
        dirs.sort()
        for name in sorted(files):
            if walked(name, str(Path(folder) / name)):
                yield str(Path(folder) / name)


def _file_pieces(path: str, shard_bytes: int) -> Iterator[tuple[Piece, int]]:
    try:
        stat = os.stat(path)
    except OSError:
        yield Piece(path), 0
        return
    stamp = f"{stat.st_size}:{stat.st_mtime_ns}"
    if os.path.splitext(path.lower())[1] not in JSONL_SUFFIXES or stat.st_size <= shard_bytes:
        yield Piece(path, stamp=stamp), stat.st_size
        return
    try:
        yield from _jsonl_ranges(path, stat.st_size, shard_bytes, stamp)
    except OSError:
        yield Piece(path, stamp=stamp), stat.st_size


def _jsonl_ranges(path: str, total: int, shard_bytes: int, stamp: str) -> Iterator[tuple[Piece, int]]:
    """Cut a JSONL file at the first line end after every ``shard_bytes``, counting lines as it goes."""
    with open(path, "rb") as handle:
        start, line = 0, 1
        while start < total:
            handle.seek(start)
            lines = 0
            position = start
            while position < total and position - start < shard_bytes:  # count the lines in the next block
                block = handle.read(min(_SCAN_BLOCK, shard_bytes - (position - start)))
                if not block:
                    break
                lines += block.count(b"\n")
                position += len(block)
            while rest := handle.readline(_SCAN_BLOCK):  # finish the line the block ended in, a block at a time
                position += len(rest)
                if rest.endswith(b"\n"):
                    lines += 1
                    break
            end = min(position, total)
            yield Piece(path, start, end, line, stamp), end - start
            start, line = end, line + lines


def read_piece(piece: Piece, steps: Steps, settings: Settings = DEFAULT, dct: str | None = None) -> Iterator[Document | Skipped]:
    """Processed documents and skipped inputs of one piece, in input order, as ``pipeline.extract_documents`` gives them."""
    if piece.end is None:
        for item in read_inputs([piece.path], settings):
            yield item if isinstance(item, Skipped) else _process(item, steps, settings, dct)
        return
    for number, raw in _lines(piece, settings.max_document_bytes + 64):
        if raw is None:  # never held whole: skipped as the plain reader skips it
            yield Skipped(piece.path, "too_large", f"{piece.path}:{number}: line over max_document_bytes="
                          f"{settings.max_document_bytes}; split the record or raise the limit", number)
            continue
        where = f"{piece.path}:{number}"
        try:
            text = decode(raw, where)
        except InputError as error:
            yield Skipped(piece.path, error.reason, str(error), number)
            continue
        for item in _jsonl_documents(piece.path, text.rstrip("\r\n"), settings, first_line=number):
            yield item if isinstance(item, Skipped) else _process(item, steps, settings, dct)


def _lines(piece: Piece, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """The non-blank lines of a piece with their numbers; None for a line over ``limit`` bytes, skipped in blocks."""
    with open(piece.path, "rb") as handle:
        handle.seek(piece.start)
        position, number = piece.start, piece.first_line
        while position < (piece.end or 0):
            raw = handle.readline(limit + 1)
            if not raw:
                break
            position += len(raw)
            if len(raw) > limit and not raw.endswith(b"\n"):
                while rest := handle.readline(_SCAN_BLOCK):
                    position += len(rest)
                    if rest.endswith(b"\n"):
                        break
                yield number, None
            elif raw.strip():
                yield number, raw
            number += 1


def _process(doc: Document, steps: Steps, settings: Settings, dct: str | None) -> Document | Skipped:
    """``pipeline.process`` with the same per-document failure handling as ``pipeline.extract_documents``.

    (That handling sits inside extract_documents' loop; were it a function of its own, this would call it.)
    """
    try:
        return steps(doc, settings, dct)
    except InputError as error:
        return Skipped(doc.origin, error.reason, str(error), error.line)
    except RecursionError:
        return Skipped(doc.origin, "too_complex", f"{doc.origin}: document too deeply nested to process; simplify or split it")
    except Exception as error:  # noqa: BLE001 - one document's failure must never stop a shard
        return Skipped(doc.origin, "internal_error",
                       f"{doc.origin}: detente failed on this document ({type(error).__name__}: {error}); "
                       "the rest of the batch went on; please report it with the document")


def process_shard(shard: Shard, settings: Settings = DEFAULT, dct: str | None = None, steps: str = PIPELINE) -> ShardResult:
    """Run the pipeline over one shard; a plain function, so any engine (process pool, Dask worker) can call it.

    ``steps`` names the per-document function as ``module:function`` (``pipeline.process`` unless a test says otherwise).
    """
    run = load_steps(steps)
    result = ShardResult(shard.id, bytes=shard.size)
    for piece in shard.pieces:
        for item in read_piece(piece, run, settings, dct):
            result.items.append(_trim(item) if isinstance(item, Document) else item)
    return result


_WARM_UP_TEXT = "Geneva, 4 May 1955\n\nThe two delegations met on Tuesday; a week later they signed an agreement.\n"


def warm_steps(steps: str = PIPELINE, settings: Settings = DEFAULT, dct: str | None = None) -> Steps:
    """``load_steps``, then the steps run once on a short document, so every table they load lazily (lexicons,
    gazetteer, grammar) is loaded: a process that forks its workers after this spares each worker the loading."""
    run = load_steps(steps)
    try:
        run(Document(id="", origin="<warm-up>", text=_WARM_UP_TEXT), settings, dct)
    except Exception:  # noqa: BLE001, S110 - a step that fails here fails again on a real document, and says so there
        pass
    return run


def load_steps(steps: str = PIPELINE) -> Steps:
    """The per-document function named ``module:function``, imported (a process that forks workers calls it first,
    so they start with the pipeline and its modules loaded)."""
    module, _, name = steps.partition(":")
    return getattr(importlib.import_module(module), name)


def _trim(doc: Document) -> Document:
    """Drop what the store does not keep (sentences, time expressions, mentions) before the result crosses processes."""
    doc.sections, doc.sentences, doc.timexes, doc.mentions, doc.citations = [], [], [], [], []
    doc.meta = {}
    return doc
