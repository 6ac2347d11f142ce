"""A build over shards on any engine, written by this process into any store, resumable.

The engine only decides where ``process_shard`` runs; the store is written here,
each document whole as in ``pipeline.build`` (so the rows are the same as a local
build's; a shard's documents share one transaction where the store allows it),
shard after shard in plan order. A shard is recorded in
``build_shards`` once all its documents are written; a build started again skips
the recorded shards and redoes at most the shard it was stopped in, which writes
nothing twice because documents and events are keyed by content hash. After the
last shard the stored events are merged into the timeline, as ``pipeline.build`` ends.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from detente import timeline
from detente.errors import ConfigError
from detente.model import Skipped
from detente.settings import DEFAULT, Settings
from detente.store import open_store

from .shards import PIPELINE, SHARD_BYTES, ShardResult, plan_shards, process_shard

ENGINES = ("local", "dask")


@dataclass
class ParallelBuildReport:
    """``pipeline.BuildReport``'s counts (read, stored, unchanged, events, skipped), and the shards'."""

    read: int = 0
    stored: int = 0
    unchanged: int = 0
    events: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    shards_total: int = 0
    shards_done: int = 0
    shards_resumed: int = 0  # recorded as done by an earlier, stopped build: not read again
    bytes: int = 0
    seconds: float = 0.0  # the whole build, the timeline merge included
    merge_seconds: float = 0.0  # merging the stored events into the timeline, in this process, after the shards
    startup_seconds: float = 0.0  # opening the store and starting the engine (a Dask cluster: its processes)
    workers: int = 1
    threads: int = 1  # threads running shards, in all the workers (one per worker process unless a cluster says more)

    @property
    def skipped_by_reason(self) -> dict[str, int]:
        return dict(Counter(item.reason for item in self.skipped))


@dataclass
class BuildProgress:
    """Passed to ``on_progress`` after each shard is written: enough for a progress bar of shards and documents."""

    shards_done: int
    shards_total: int
    shards_resumed: int
    documents: int
    events: int
    skipped: list[Skipped] = field(default_factory=list)  # inputs skipped in the shard just written


def make_engine(engine: str = "local", workers: int | None = None, scheduler: str | None = None):
    """The engine named ``engine``: ``local`` (this process, or a process pool when workers > 1) or ``dask``."""
    if engine == "local":
        if scheduler:
            raise ConfigError("--scheduler is for --engine dask; drop it or add --engine dask")
        from .local import LocalEngine, SerialEngine

        return SerialEngine() if workers == 1 else LocalEngine(workers)
    if engine == "dask":
        from .dask import DaskEngine

        return DaskEngine(workers, scheduler)
    raise ConfigError(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}")


def build_parallel(
    paths: Iterable[str],
    db,
    engine: str = "local",
    workers: int | None = None,
    scheduler: str | None = None,
    settings: Settings = DEFAULT,
    dct: str | None = None,
    on_progress: Callable[[BuildProgress], None] | None = None,
    *,
    shard_bytes: int = SHARD_BYTES,
    steps: str = PIPELINE,
) -> ParallelBuildReport:
    """Build the store ``db`` (a path, a ``postgresql://`` URL or an open store) from ``paths`` on ``engine``.

    Shards already recorded in the store by an earlier build of the same, unchanged
    files are skipped, so a stopped build resumes where it stopped.
    """
    paths = list(paths)
    began = time.perf_counter()
    opened = open_store(db) if isinstance(db, str | Path) else nullcontext(db)
    with opened as store, make_engine(engine, workers, scheduler) as runner:
        finished = finished_shards(store)
        report = ParallelBuildReport(workers=runner.workers, threads=getattr(runner, "threads", runner.workers),
                                     startup_seconds=time.perf_counter() - began)
        for shard in plan_shards(paths, shard_bytes):  # a first pass only counts, so the bar has a total
            report.shards_total += 1
            report.shards_resumed += shard.id in finished
        todo = (shard for shard in plan_shards(paths, shard_bytes) if shard.id not in finished)
        for result in runner.map(process_shard, todo, settings, dct, steps):
            new_skipped = write_shard(store, result, report)
            if on_progress is not None:
                on_progress(BuildProgress(report.shards_done + report.shards_resumed, report.shards_total,
                                          report.shards_resumed, report.read, report.events, new_skipped))
        merging = time.perf_counter()
        # as pipeline.build ends: every stored event not yet on the timeline is merged into it; the merge
        # depends only on the stored events, so it ends as a local build's, and a resumed build merges
        # what the stopped one stored
        timeline.sync(store)
        report.merge_seconds = time.perf_counter() - merging
    report.seconds = time.perf_counter() - began
    return report


def write_shard(store, result: ShardResult, report: ParallelBuildReport) -> list[Skipped]:
    """Write one shard's skipped inputs, then its documents (in one transaction where the store can), then record the shard."""
    skipped: list[Skipped] = [item for item in result.items if isinstance(item, Skipped)]
    documents = [item for item in result.items if not isinstance(item, Skipped)]
    stored_events = 0
    for item in skipped:
        store.record_skipped(item)
    # the shard's documents in one transaction where the store can: one commit for all, each still written whole
    write_many = getattr(store, "write_documents", None)
    batch = [(item, _actor_records(item)) for item in documents]
    written = write_many(batch) if write_many is not None else [store.write_document(*pair) for pair in batch]
    for item, stored in zip(documents, written, strict=True):
        report.read += 1
        if stored:
            report.stored += 1
            stored_events += len(item.events)
        else:
            report.unchanged += 1
    report.events += stored_events
    report.skipped.extend(skipped)
    report.shards_done += 1
    report.bytes += result.bytes
    with store.transaction():
        store.conn.execute(
            "INSERT OR IGNORE INTO build_shards (id, documents, skipped, events, bytes) VALUES (?, ?, ?, ?, ?)",
            (result.shard, sum(1 for item in result.items if not isinstance(item, Skipped)), len(skipped), stored_events, result.bytes),
        )
    return skipped


def finished_shards(store) -> set[str]:
    """Ids of the shards earlier builds into this store finished."""
    return {row[0] for row in store.conn.execute("SELECT id FROM build_shards")}


def _actor_records(doc) -> dict[str, dict]:
    if not any(event.actors for event in doc.events):
        return {}
    from detente.pipeline import _actor_records  # the same records a local build stores

    return _actor_records(doc)
