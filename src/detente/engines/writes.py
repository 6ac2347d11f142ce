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

Into SQLite from workers on this machine, a worker stages its shard's rows in a file of the build's work
directory (``stage_result``, ``store/staging.py``) and only the file's name and the shard's counts come back;
the building process copies the file into the store in the shard's transaction (``write_staged``) and deletes
it. The building process then does the store's own work only (SQLite's inserts, its indexes, the commit): no
result to unpickle, no row to build in Python.
"""

from __future__ import annotations

import glob
import os
import shutil
import tempfile
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detente.model import Skipped

from .profile import Timers
from .shards import SHARD_BYTES, ShardResult

GROUP_BYTES = SHARD_BYTES  # input a transaction of staged shards holds at least (write_staged_groups)


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


@dataclass(slots=True)
class StagedShard:
    """A shard a worker processed and staged as rows in a file (``path``), with what its summary needs."""

    shard: str
    path: str
    read: int = 0
    bytes: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    timings: dict[str, float] | None = None


def stage_result(result: ShardResult, workdir: str) -> StagedShard:
    """Stage the rows of one processed shard in ``workdir`` (a worker's part of a staged write)."""
    from detente.store import staging

    skipped = [item for item in result.items if isinstance(item, Skipped)]
    documents = [item for item in result.items if not isinstance(item, Skipped)]
    path = os.path.join(workdir, f"{result.shard}.db")
    staging.stage(path, [(doc, _actor_records(doc)) for doc in documents])
    return StagedShard(result.shard, path, len(documents), result.bytes, skipped, result.timings)


def write_staged(store, group: list[StagedShard], timers: Timers | None = None) -> list[ShardSummary]:
    """Copy staged shards (plan order; ``staging.ATTACHED`` at most) into the store in one transaction, each with its
    ``build_shards`` row, then delete their files: the rows ``write_result`` writes for the same shards."""
    from detente.store import staging

    summaries = []
    with timers.timing("write", cpu=True) if timers is not None else nullcontext():
        with staging.attached(store, [staged.path for staged in group]) as names, store.transaction():
            for staged, name in zip(group, names, strict=True):
                summary = ShardSummary(staged.shard, read=staged.read, bytes=staged.bytes, skipped=staged.skipped,
                                       timings=staged.timings)
                for item in staged.skipped:
                    store.record_skipped(item)
                summary.stored, summary.events = staging.copy(store, name)
                summary.unchanged = summary.read - summary.stored
                store.conn.execute(
                    "INSERT OR IGNORE INTO build_shards (id, documents, skipped, events, bytes) VALUES (?, ?, ?, ?, ?)",
                    (staged.shard, summary.read, len(staged.skipped), summary.events, staged.bytes),
                )
                summaries.append(summary)
        for staged in group:
            os.unlink(staged.path)
    return summaries


def write_staged_groups(store, staged: Iterable[StagedShard], timers: Timers | None = None,
                        group_bytes: int | None = None) -> Iterator[ShardSummary]:
    """Staged shards copied in plan order, a group of them a transaction: shards of at least ``group_bytes`` of input
    in all (or ``staging.ATTACHED`` shards, or the last ones); the summaries, shard by shard, once committed.

    A commit writes every page the transaction touched, and a shard's rows land all over the store's hash-keyed
    B-trees: small shards committed one by one write the same pages again and again (bench/results/scale.txt).
    A group is what a default shard holds, so a stopped build redoes no more than with default shards. A shard
    the store refuses stops the build after the shards before it, as it would without groups.
    """
    from detente.store import staging

    group_bytes = group_bytes or GROUP_BYTES
    group: list[StagedShard] = []
    size = 0
    for shard in staged:
        group.append(shard)
        size += shard.bytes
        if size >= group_bytes or len(group) >= staging.ATTACHED:
            yield from _write_group(store, group, timers)
            group, size = [], 0
    if group:
        yield from _write_group(store, group, timers)


def _write_group(store, group: list[StagedShard], timers: Timers | None) -> Iterator[ShardSummary]:
    try:
        summaries = write_staged(store, group, timers)
    except Exception:
        if len(group) == 1:
            raise
        # the store refused a shard of the group, which rolled back whole: the shards before that one commit as
        # they would have alone, and the refusal stops the build there, as it does without groups
        for staged in group:
            yield from write_staged(store, [staged], timers)
        return
    yield from summaries


class WorkDirectory:
    """A build's own directory for staged shards, made on first use beside the store (``<store>.build-<pid>-<random>``;
    the system's temporary directory for a store in memory) and removed with what it holds when the build ends.
    One that a killed build left behind is removed by the next build beside the same store, once its process is
    gone; two builds at once each have their own."""

    def __init__(self, store) -> None:
        path = str(getattr(store, "path", "") or "")
        self.base = (Path(path).resolve() if path and path != ":memory:" and not path.startswith("file:")
                     else Path(tempfile.gettempdir()) / "detente")
        self.path: str | None = None

    def __enter__(self) -> WorkDirectory:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.path is not None:
            shutil.rmtree(self.path, ignore_errors=True)
            self.path = None

    def create(self) -> str:
        if self.path is None:
            prefix = f"{self.base.name}.build-"
            for left in self.base.parent.glob(f"{glob.escape(prefix)}*"):
                owner = left.name[len(prefix):].split("-", 1)[0]
                if owner.isdigit() and left.is_dir() and not _running(int(owner)):
                    shutil.rmtree(left, ignore_errors=True)
            self.base.parent.mkdir(parents=True, exist_ok=True)
            self.path = tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-", dir=self.base.parent)
        return self.path


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: running
        return True
    return True


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
