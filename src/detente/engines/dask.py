"""The Dask engine (extra ``detente[dask]``): the same shard function on a Dask cluster.

With no scheduler address a local cluster of ``workers`` single-threaded worker
processes is started for the build; with one (``tcp://host:8786``) the build runs
on that cluster, however it was deployed (Kubernetes, YARN, an HPC queue through
Dask's own deployers). Into SQLite this process writes the shards in shard order while
the workers go on: on a cluster started for the build each worker stages its shard's
rows in a file this process copies (``stage_shards``, ``engines.writes``); on a cluster
given by address, whose workers may not share this machine's files, the results come
back (``run_shards``). Into a
PostgreSQL server the workers can reach (a cluster started for the build; on a
given cluster, a server that is not this machine's loopback address) each worker
writes the shards it processed (``write_shards``), committed in shard order: a
shard's task waits, out of the worker's thread pool (``secede``), for the Dask
event of the shard before it, so the worker meanwhile processes its next shard.
Every worker needs detente installed at the same version.

The worker processes of a cluster started for the build come from a fork server where the platform allows it
(Linux): a process of one thread, started once, that imports Dask and detente and loads the pipeline's tables
(``engines.forkserver``), so each worker starts with them loaded instead of importing and loading them itself (about
2 CPU-seconds a worker, bench/results/scale.txt). They are not forked from this process: a Dask nanny starts its
worker from one of its threads while others run, and a child forked then can inherit a lock another thread held at
that moment and wait on it for ever (a CI run once hung so: both workers started, neither reported back).
Elsewhere, and on a cluster given by address, each worker loads the pipeline itself, once, with its first shard.
A worker that has not reported within ``START_TIMEOUT`` stops the build with an error instead of a hang.

A cluster started for the build is told to skip what only an interactive session
needs (``QUIET``): Dask's defaults sample every task's stack every 10 ms for the
dashboard's profile, check memory every 100 ms and time the event loop every 20 ms.
(On a crowded 2-core machine builds spent 9-40% less CPU without them; on a quiet one
no difference showed: bench/results/scale.txt.) A cluster given by ``--scheduler``
keeps its own settings.
"""

from __future__ import annotations

import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

from detente.errors import ConfigError

from .profile import Timers
from .shards import Shard, ShardResult, process_shard
from .writes import ShardSummary, StagedShard, close_stores, stage_result, submit_write

INSTALL_HINT = "Install dask to use --engine dask: pip install 'detente[dask]'"
FORK_SERVER_PRELOAD = ["distributed", "detente.engines.forkserver"]  # imported once by the fork server (see above)
START_TIMEOUT = "180s"  # for each worker of a cluster started for a build to start and report to its nanny
QUIET = {  # Dask settings for a cluster started for one build (the workers get them from their nanny)
    "distributed.worker.profile.enabled": False,  # the dashboard's statistical profiler: a stack walk every 10 ms
    "distributed.admin.tick.interval": "1s",  # event-loop health check, every 20 ms by default
    "distributed.admin.system-monitor.interval": "5s",  # CPU, memory, network figures for the dashboard
    "distributed.worker.memory.monitor-interval": "1s",  # memory limits still enforced, checked less often
    # the scheduler's periodic rebalancing: every 100 ms it weighs moving queued tasks between workers, every 2 s
    # copies of data between them; a build keeps a few shards in flight on alike workers, so neither has work
    "distributed.scheduler.work-stealing": False,
    "distributed.scheduler.active-memory-manager.start": False,
}


def _preload_fork_server() -> None:
    """What the fork server imports when it starts (the first cluster this process starts; later ones reuse it).
    Asked of Dask's own context first, so that Dask's choice of modules (made once) does not replace ours."""
    from distributed.utils import get_mp_context

    get_mp_context().set_forkserver_preload(FORK_SERVER_PRELOAD)


def _passed_environment() -> dict[str, str]:
    """The variables a worker reads, as this process has them now: a worker forked from the fork server would
    otherwise see them as they were when the server started."""
    import os

    from . import profile

    return {profile.ENV: os.environ.get(profile.ENV, "")}


class DaskEngine:
    def __init__(self, workers: int | None = None, scheduler: str | None = None):
        try:
            import distributed  # noqa: F401 - checked here so the message comes before any work
        except ImportError:
            raise ConfigError(INSTALL_HINT) from None
        self.requested = workers
        self.scheduler = scheduler
        self.client = None
        self.cluster = None
        self.workers = workers or 1
        self.threads = self.workers  # threads running shards in all the workers, known once connected
        self.stop_event: str | None = None  # the event that tells waiting shards of a stopped build to give up
        self.timers = Timers()

    def __enter__(self) -> DaskEngine:
        from distributed import Client, LocalCluster

        try:
            if self.scheduler:
                self.client = Client(self.scheduler, timeout="20s")
            else:
                import dask

                from .local import start_method

                settings = dict(QUIET)
                if start_method() == "fork":
                    settings["distributed.worker.multiprocessing-method"] = "forkserver"
                with dask.config.set(settings):
                    if start_method() == "fork":
                        _preload_fork_server()
                    self.cluster = LocalCluster(n_workers=self.requested or None, threads_per_worker=1, processes=True,
                                                dashboard_address=None, silence_logs=40, death_timeout=START_TIMEOUT,
                                                env=_passed_environment())
                    self.client = Client(self.cluster)
        except Exception as error:
            self.__exit__(None)
            if self.scheduler is None:  # a worker not started in time ends in Dask's own errors, whichever comes first
                raise ConfigError(f"the Dask cluster for this build did not start ({type(error).__name__}: {error}); "
                                  f"each worker has {START_TIMEOUT} to start: try fewer --workers, or --engine local"
                                  ) from error
            if isinstance(error, OSError):
                raise ConfigError(f"cannot reach the Dask scheduler {self.scheduler}: {error}; check the address "
                                  "(tcp://HOST:8786) and that the scheduler is running") from None
            raise
        found = self.client.scheduler_info().get("workers", {})
        self.workers = max(1, len(found) or self.requested or 1)
        self.threads = sum(info.get("nthreads", 1) for info in found.values()) or self.workers
        return self

    def __exit__(self, *exc: object) -> None:
        if self.client is not None:
            if self.stop_event is not None:  # stopped halfway: shards waiting for their turn must not write
                from distributed import Event

                Event(self.stop_event, client=self.client).set()
            self.client.close()
            self.client = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None

    def run_shards(self, shards: Iterable[Shard], *args: Any) -> Iterator[ShardResult]:
        """Each shard processed on the cluster; the results in shard order, a bounded window of shards in flight.
        ``args``: process_shard's (settings, dct, steps)."""
        return self.map(_process, shards, *args)

    def map(self, func: Callable[..., Any], items: Iterable[Any], *args: Any) -> Iterator[Any]:
        """``func(item, *args)`` on the cluster, results in item order; a bounded window of shards in flight."""
        assert self.client is not None, "use the engine as a context manager"
        window = 3 * self.threads
        pending: deque = deque()

        def receive() -> Any:
            future = pending.popleft()
            with self.timers.timing("wait_results"):
                result = future.result()
            future.release()
            return result

        for item in items:
            pending.append(self.client.submit(func, item, *args, pure=False))
            if len(pending) >= window:
                yield receive()
        while pending:
            yield receive()

    @property
    def stages(self) -> bool:
        """Whether the workers can stage shards in files this process reads: those of a cluster started here."""
        return self.cluster is not None

    def stage_shards(self, shards: Iterable[Shard], workdir: str, *args: Any) -> Iterator[StagedShard]:
        """Each shard processed on the cluster and staged as rows in a file in ``workdir`` (writes.stage_result);
        what came back, in shard order, for this process to copy into the store. ``args``: process_shard's."""
        return self.map(_process_and_stage, shards, workdir, *args)

    def writes_to(self, target: str) -> bool:
        """Whether the workers can write the store at ``target`` themselves: any store a cluster started here
        can open; on a cluster given by address, a PostgreSQL server named by a host that is not a loopback."""
        if self.cluster is not None:
            return True
        if not target.startswith(("postgresql://", "postgres://")):
            return False  # an SQLite file on this machine: the workers may run elsewhere
        host = urlsplit(target).hostname or ""
        return host not in ("", "localhost", "::1") and not host.startswith("127.")

    def write_shards(self, shards: Iterable[Shard], target: str, *args: Any) -> Iterator[ShardSummary]:
        """Each shard processed and written into the store at ``target`` on a worker, committed in shard order;
        the summaries in that order. ``args``: process_shard's (settings, dct, steps)."""
        from distributed import Event

        assert self.client is not None, "use the engine as a context manager"
        token = f"detente-build-{uuid.uuid4().hex}"
        self.stop_event = f"{token}-stop"
        window = 2 * self.threads + 1
        pending: deque = deque()
        received = 0

        def receive() -> ShardSummary:
            nonlocal received
            future = pending.popleft()
            summary = future.result()
            future.release()
            if received:  # shard n is written, so its task is past waiting for shard n - 1: that event can go
                Event(f"{token}-{received - 1}", client=self.client).clear()
            received += 1
            return summary

        for number, shard in enumerate(shards):
            pending.append(self.client.submit(_process_and_write, shard, number, token, target, *args, pure=False))
            if len(pending) >= window:
                yield receive()
        while pending:
            yield receive()
        if received:
            Event(f"{token}-{received - 1}", client=self.client).clear()
        self.stop_event = None
        self.client.run(close_stores)


def _process(shard: Shard, *args: Any) -> ShardResult:
    """A Dask task: process a shard (timed, when profiling)."""
    timers = Timers()
    with timers.timing("process", cpu=True):
        result = process_shard(shard, *args)
    result.timings = timers.take()
    return result


def _process_and_stage(shard: Shard, workdir: str, *args: Any) -> StagedShard:
    """A Dask task: process a shard and stage its rows in a file in ``workdir``; only the file's name and the
    shard's counts go back to the building process."""
    timers = Timers()
    with timers.timing("process", cpu=True):
        result = process_shard(shard, *args)
    with timers.timing("stage", cpu=True):
        staged = stage_result(result, workdir)
    staged.timings = timers.take()
    return staged


def _process_and_write(shard: Shard, number: int, token: str, target: str, *args: Any) -> ShardSummary | None:
    """A Dask task: process a shard, then, out of the worker's thread pool, wait for the shard before it to be
    committed and commit this one (in the worker's writing thread)."""
    from distributed import Event, secede

    result = _process(shard, *args)
    secede()  # from here on this task holds no slot: the worker starts its next shard
    if number > 0:
        previous, stop = Event(f"{token}-{number - 1}"), Event(f"{token}-stop")
        while not previous.wait(timeout=5):  # the building process clears it once this shard is written
            if stop.is_set():
                return None
    summary = submit_write(target, result).result()
    Event(f"{token}-{number}").set()
    return summary
