"""Writing a shard's results into the store: by the building process, or by the worker that processed it.

A shard is written in one transaction: its skipped inputs, its documents (each whole,
as ``pipeline.build`` writes them) and its row in ``build_shards``, so a shard is
either recorded with all its rows or not at all, and a stopped build redoes it.

Shards commit in plan order whoever writes them, so the store ends row for row as a
one-process build leaves it (the first copy of a text met twice is the one kept;
full-text search numbers its rows in the same order).

Who writes (``build.workers_write``): into SQLite, which takes one writer at a time,
the building process, as results come back, while the workers go on with the next
shards (a worker never waits for a turn to write). Into PostgreSQL, which takes
writers side by side and does the work of a write on the server, each worker writes
the shards it processed, in a thread of its own: it waits there for the shard before
it to commit while the worker processes its next shard, and only counts come back.
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detente.model import Skipped

from .profile import Timers
from .shards import ShardResult


@dataclass(slots=True)
class ShardSummary:
    """What writing one shard did: the counts of a build report and the shard's skipped inputs (to print them)."""

    shard: str
    read: int = 0
    stored: int = 0
    unchanged: int = 0
    events: int = 0
    bytes: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    timings: dict[str, float] | None = None  # seconds per step for this shard, when profiling (engines.profile)


def write_result(store, result: ShardResult, timers: Timers | None = None) -> ShardSummary:
    """Write one processed shard whole in one transaction, its ``build_shards`` row included.

    ``timers``: where the write's time goes (when profiling); the summary carries the worker's timings on.
    """
    with timers.timing("write", cpu=True) if timers is not None else nullcontext():
        summary = _write(store, result)
    summary.timings = result.timings
    return summary


def _write(store, result: ShardResult) -> ShardSummary:
    skipped: list[Skipped] = [item for item in result.items if isinstance(item, Skipped)]
    documents = [item for item in result.items if not isinstance(item, Skipped)]
    summary = ShardSummary(result.shard, read=len(documents), bytes=result.bytes, skipped=skipped)
    batch = [(item, _actor_records(item)) for item in documents]
    write_many = getattr(store, "write_documents", None)
    with store.transaction():  # every write below joins this one
        for item in skipped:
            store.record_skipped(item)
        written = write_many(batch) if write_many is not None else [store.write_document(*pair) for pair in batch]
        for item, stored in zip(documents, written, strict=True):
            if stored:
                summary.stored += 1
                summary.events += len(item.events)
        summary.unchanged = summary.read - summary.stored
        store.conn.execute(
            "INSERT OR IGNORE INTO build_shards (id, documents, skipped, events, bytes) VALUES (?, ?, ?, ?, ?)",
            (result.shard, summary.read, len(skipped), summary.events, result.bytes),
        )
    return summary


def worker_target(store) -> str | None:
    """Where worker processes on this machine can open the store themselves: a file's absolute path or a
    PostgreSQL URL; None for a store only this process holds (``:memory:``)."""
    path = str(getattr(store, "path", "") or "")
    if getattr(store, "dialect", "sqlite") == "postgresql":
        return path
    if not path or path == ":memory:" or path.startswith("file:"):
        return None
    return str(Path(path).resolve())


# One writing thread per worker process, with its own connection: SQLite connections stay in the thread that
# opened them, and a worker's writes never run two at a time (the shard order allows one at a time anyway).
_writer: ThreadPoolExecutor | None = None
_writer_guard = threading.Lock()
_stores: dict[str, Any] = {}  # target -> store, touched only in the writing thread
_inherited: list = []  # a forked worker's copies of its parent's writer and connections: kept, never used or closed


def _forget_parent_writer() -> None:
    """In a forked worker: the parent's writing thread did not come along, and its connections are the parent's
    (closing a copy could end the parent's PostgreSQL session), so the worker starts its own, untouched."""
    global _writer, _stores, _writer_guard
    _inherited.append((_writer, _stores))
    _writer, _stores, _writer_guard = None, {}, threading.Lock()


os.register_at_fork(after_in_child=_forget_parent_writer)


def submit_write(target: str, result: ShardResult, before=None, after=None) -> Future:
    """Write ``result`` into the store at ``target`` in this process's writing thread; ``before()`` runs first
    (waits for the shard's turn), ``after(summary)`` once it is committed. Returns the summary's future."""
    global _writer
    with _writer_guard:
        if _writer is None:
            _writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="detente-writer")
    return _writer.submit(_write_in_thread, target, result, before, after)


def _write_in_thread(target: str, result: ShardResult, before, after) -> ShardSummary | None:
    timers = Timers()
    with timers.timing("wait_turn"):
        if before is not None and before() is False:  # the build was stopped while this shard waited for its turn
            return None
    store = _stores.get(target)
    if store is None:
        from detente.store import open_store

        store = _stores[target] = open_store(target)
    summary = write_result(store, result, timers)
    if timers.on:
        timers.merge(result.timings)
        summary.timings = timers.take()
    if after is not None:
        after(summary)
    return summary


def close_stores() -> None:
    """Close this process's writing connections (a Dask worker that outlives the build)."""
    with _writer_guard:
        writer = _writer
    if writer is not None:
        writer.submit(_close_in_thread).result()


def _close_in_thread() -> None:
    while _stores:
        _, store = _stores.popitem()
        store.close()


def _actor_records(doc) -> dict[str, dict]:
    if not any(event.actors for event in doc.events):
        return {}
    from detente.pipeline import _actor_records  # the same records a local build stores

    return _actor_records(doc)
