"""Writing a shard's results into the store: by the building process, or by the worker that processed it.

A shard is written in one transaction: its skipped inputs, its documents (each whole,
as ``pipeline.build`` writes them) and its row in ``build_shards``, so a shard is
either recorded with all its rows or not at all, and a stopped build redoes it.

Worker processes write their own shards (``--engine local --workers N`` and a local
Dask cluster) so that no result crosses processes and no single writer bounds the
build; they still commit in shard order, each waiting for the shard before it, so
the store ends row for row as a one-process build leaves it (the first copy of a
text met twice is the one kept; full-text search numbers its rows in the same
order). Waiting takes no core: the write runs in a thread of its own beside the
next shard's processing.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detente.model import Skipped

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


def write_result(store, result: ShardResult) -> ShardSummary:
    """Write one processed shard whole in one transaction, its ``build_shards`` row included."""
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


def submit_write(target: str, result: ShardResult, before=None, after=None) -> Future:
    """Write ``result`` into the store at ``target`` in this process's writing thread; ``before()`` runs first
    (waits for the shard's turn), ``after(summary)`` once it is committed. Returns the summary's future."""
    global _writer
    with _writer_guard:
        if _writer is None:
            _writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="detente-writer")
    return _writer.submit(_write_in_thread, target, result, before, after)


def _write_in_thread(target: str, result: ShardResult, before, after) -> ShardSummary | None:
    if before is not None and before() is False:  # the build was stopped while this shard waited for its turn
        return None
    store = _stores.get(target)
    if store is None:
        from detente.store import open_store

        store = _stores[target] = open_store(target)
    summary = write_result(store, result)
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
