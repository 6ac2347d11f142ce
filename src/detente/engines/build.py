"""A build over shards on any engine, written into any store, resumable.

The engine only decides where ``process_shard`` runs; ``workers_write`` decides who
writes its result: this process (SQLite, one writer at a time) or the worker that
processed the shard (PostgreSQL, which takes writers side by side; see
``engines.writes``). Into SQLite from workers on this machine (``stages``), a worker
stages its shard's rows in a file and this process copies the files into the store,
a group of shards a transaction. Either way each shard is written in one
transaction with its row in ``build_shards``, shard after shard in plan order, each
document whole as in ``pipeline.build``, so the rows are the same as a local
build's. A build started again skips the recorded shards and redoes at most the
shards it was stopped in (a group of staged shards), which writes nothing twice because
documents and events are keyed by content hash. After the last shard the stored events are merged into
the timeline, as ``pipeline.build`` ends.
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
from detente.ingest.html import warm as warm_html
from detente.model import Skipped
from detente.settings import DEFAULT, Settings
from detente.store import open_store

from .profile import Timers
from .shards import PIPELINE, SHARD_BYTES, holds_html, plan_shards
from .writes import ShardSummary, WorkDirectory, worker_target, write_result, write_staged_groups

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
    writer: str = "this process"  # who wrote the shards: "this process" or "workers"
    # where the time went, when $DETENTE_PROFILE is set (engines.profile): seconds per step, summed over the
    # workers ("workers") and in this process ("parent"); empty otherwise
    profile: dict[str, dict[str, float]] = field(default_factory=dict)

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
    worker_writes: bool | None = None,
    staged: bool | None = None,
) -> ParallelBuildReport:
    """Build the store ``db`` (a path, a ``postgresql://`` URL or an open store) from ``paths`` on ``engine``.

    Shards already recorded in the store by an earlier build of the same, unchanged
    files are skipped, so a stopped build resumes where it stopped. ``worker_writes``:
    None (the default) lets ``workers_write`` choose; True has the workers write whenever
    they can open the store; False has this process write every shard. ``staged``: None (the default) or True has
    workers on this machine stage their shards' rows in files this process copies into an SQLite store
    (``engines.writes``); False has them send their results back to be written.
    """
    paths = list(paths)
    began = time.perf_counter()
    opened = open_store(db) if isinstance(db, str | Path) else nullcontext(db)
    with opened as store, WorkDirectory(store) as workdir, make_engine(engine, workers, scheduler) as runner:
        finished = finished_shards(store)
        report = ParallelBuildReport(workers=runner.workers, threads=getattr(runner, "threads", runner.workers),
                                     startup_seconds=time.perf_counter() - began)
        pages = 0  # shards to do that hold HTML pages or web archives
        for shard in plan_shards(paths, shard_bytes):  # a first pass only counts, so the bar has a total
            report.shards_total += 1
            report.shards_resumed += shard.id in finished
            pages += shard.id not in finished and holds_html(shard)
        if pages > 1 and runner.workers > 1 and engine == "local":
            from .local import forks

            if forks():  # several workers would each load the HTML reader (~0.5 CPU-s): loaded here once, before the fork
                warm_html()
        todo = (shard for shard in plan_shards(paths, shard_bytes) if shard.id not in finished)
        target = worker_target(store)
        parent, workers = Timers(), Timers()
        if workers_write(runner, target, worker_writes):
            report.writer = "workers"
            summaries = runner.write_shards(todo, target, settings, dct, steps)
        elif staged is not False and stages(runner, store):
            staging = runner.stage_shards(todo, workdir.create(), settings, dct, steps)
            summaries = write_staged_groups(store, staging, parent)
        else:
            summaries = (write_result(store, result, parent) for result in runner.run_shards(todo, settings, dct, steps))
        for summary in summaries:
            _count(report, summary)
            workers.merge(summary.timings)
            if on_progress is not None:
                on_progress(BuildProgress(report.shards_done + report.shards_resumed, report.shards_total,
                                          report.shards_resumed, report.read, report.events, summary.skipped))
        merging = time.perf_counter()
        # as pipeline.build ends: every stored event not yet on the timeline is merged into it; the merge
        # depends only on the stored events, so it ends as a local build's, and a resumed build merges
        # what the stopped one stored
        timeline.sync(store)
        report.merge_seconds = time.perf_counter() - merging
        parent.merge(getattr(runner, "timers", Timers(False)).seconds)
    report.seconds = time.perf_counter() - began
    if parent.on:
        report.profile = {"workers": workers.seconds, "parent": parent.seconds}
    return report


def workers_write(runner, target: str | None, choice: bool | None = None) -> bool:
    """Whether the workers write the shards they process (else they send the results to this process to write).

    Only when they can open the store (``target``; on a Dask cluster given by address, a server they can reach).
    Then, unless ``choice`` says: into PostgreSQL, yes: it takes writers side by side and does a write's work on
    the server, and each worker's write waits for its turn in a thread beside its next shard. Into SQLite, no:
    it takes one writer at a time, so workers writing it would take turns; this process writes while the workers
    go on, from files the workers staged (``stages``) or from results they sent back.
    """
    if choice is False or target is None or not hasattr(runner, "write_shards") or not runner.writes_to(target):
        return False
    return choice is True or target.startswith(("postgresql://", "postgres://"))


def stages(runner, store) -> bool:
    """Whether the workers stage their shards in files (``engines.writes``) for this process to copy into the store:
    into SQLite, from workers that share this machine's files (worker processes, a Dask cluster started here)."""
    return getattr(store, "dialect", "sqlite") == "sqlite" and getattr(runner, "stages", False)


def _count(report: ParallelBuildReport, summary: ShardSummary) -> None:
    report.read += summary.read
    report.stored += summary.stored
    report.unchanged += summary.unchanged
    report.events += summary.events
    report.skipped.extend(summary.skipped)
    report.shards_done += 1
    report.bytes += summary.bytes


def finished_shards(store) -> set[str]:
    """Ids of the shards earlier builds into this store finished."""
    return {row[0] for row in store.conn.execute("SELECT id FROM build_shards")}
