"""Local engines: the shards run in this process, or in worker processes on this machine.

Worker processes are forked where the platform allows it (Linux), after this process
has imported the pipeline, so a worker starts with every module loaded; elsewhere
they are spawned. Shards are handed out through one queue, a few per worker ahead
(a worker that finishes takes the next, so a slow shard holds up no other), with a
bounded number in flight so memory stays flat however many shards the plan holds.

Either a worker stages its shard's rows in a file (``stage_shards``, the default into SQLite)
or sends its shard's result back (``run_shards``: pickled once, in the worker), and the
building process writes them in plan order, or (``write_shards``)
each worker writes the shards it processed itself, in a thread of its own that commits
a shard once the shard before it is committed (a counter shared by the workers) while
the worker goes on with its next shard; then only counts come back. Which of the two
a build uses is ``build.workers_write``'s choice.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import queue
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from detente.errors import DetenteError

from .profile import Timers
from .shards import Shard, ShardResult, load_steps, process_shard, warm_steps
from .writes import ShardSummary, StagedShard, close_stores, stage_result, submit_write

_POLL_SECONDS = 0.5  # how often a waiting parent checks its workers are alive
AHEAD = 3  # shards in flight per worker: one running, the next ones queued (and results waiting to be written)


class SerialEngine:
    """The shards one after another in this process: ``--engine local --workers 1``.

    Into a PostgreSQL store a shard is written by a thread of this process while the next shard is processed:
    the write mostly waits for the server, which works on another core. Into SQLite the write is this
    process's own work, so it stays in line: one worker, one core.
    """

    workers = 1

    def __init__(self) -> None:
        self.timers = Timers()

    def __enter__(self) -> SerialEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def writes_to(self, target: str) -> bool:
        return True  # this process's thread can open any store this process can

    def run_shards(self, shards: Iterable[Shard], *args: Any) -> Iterator[ShardResult]:
        """Each shard processed here, in order. ``args``: process_shard's (settings, dct, steps)."""
        for shard in shards:
            yield _timed(self.timers, shard, args)

    def write_shards(self, shards: Iterable[Shard], target: str, *args: Any) -> Iterator[ShardSummary]:
        """Each shard processed here and written by this process's writing thread (its own connection), in order;
        one shard's write at a time runs beside the next shard's processing."""
        pending: deque = deque()
        try:
            for shard in shards:
                result = _timed(self.timers, shard, args)
                while pending:  # the write before this one has had a shard's processing to finish
                    yield pending.popleft().result()
                pending.append(submit_write(target, result))
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:  # stopped: let a write under way end (it commits whole or not at all)
                future.cancel() or future.exception()
            close_stores()


def _timed(timers: Timers, shard: Shard, args: tuple) -> ShardResult:
    with timers.timing("process", cpu=True):
        result = process_shard(shard, *args)
    result.timings = timers.take()
    return result


def start_method() -> str:
    """``fork`` on Linux (workers inherit the loaded pipeline: no start-up), ``spawn`` elsewhere (fork is unsafe
    on macOS with its system frameworks, and Windows has only spawn)."""
    return "fork" if sys.platform.startswith("linux") else "spawn"


def _context():
    """The way to start workers now: a fork only while this process runs no other thread."""
    return multiprocessing.get_context(start_method() if threading.active_count() == 1 else "spawn")


def forks() -> bool:
    """Whether workers started now are forked from this process, and so start with what it has loaded."""
    return _context().get_start_method() == "fork"


class LocalEngine:
    """``workers`` processes on this machine: ``--engine local --workers N``."""

    def __init__(self, workers: int | None = None):
        self.workers = max(1, workers or os.cpu_count() or 1)
        # Forking copies only the calling thread: a lock another thread of this process holds at that moment (an
        # import, a queue's feeder, a logging handler) stays held for ever in the child. A caller running builds in
        # threads gets spawned workers; the command line runs no other thread and keeps the cheap fork.
        self.context = _context()
        self.processes: list = []
        self.arrived: dict[int, Any] = {}
        self.timers = Timers()

    def __enter__(self) -> LocalEngine:
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self._stop(graceful=exc_type is None)

    def writes_to(self, target: str) -> bool:
        return True  # the workers run on this machine: they open whatever this process can

    def run_shards(self, shards: Iterable[Shard], *args: Any) -> Iterator[ShardResult]:
        """Each shard processed by a worker; the results, in shard order. ``args``: process_shard's (settings, dct, steps)."""
        return self._run(shards, None, args)

    def write_shards(self, shards: Iterable[Shard], target: str, *args: Any) -> Iterator[ShardSummary]:
        """Each shard processed and written into the store at ``target`` by a worker, committed in shard order;
        the summaries in that order. ``args``: process_shard's (settings, dct, steps)."""
        return self._run(shards, target, args)

    stages = True  # the workers run on this machine: a file they stage is one this process can read

    def stage_shards(self, shards: Iterable[Shard], workdir: str, *args: Any) -> Iterator[StagedShard]:
        """Each shard processed by a worker and staged as rows in a file in ``workdir`` (writes.stage_result); what
        came back, in shard order, for this process to copy into the store. ``args``: process_shard's."""
        return self._run(shards, None, args, workdir)

    def _run(self, shards: Iterable[Shard], target: str | None, args: tuple, workdir: str | None = None) -> Iterator[Any]:
        warm_steps(args[2], args[0], args[1])  # before the fork: every worker starts with the pipeline loaded
        self.context = _context()  # asked again right before the workers start: a thread begun since then forbids a fork
        inbox = self.context.Queue()
        outbox = self.context.Queue()
        turn = self.context.Condition()
        written = self.context.Value("q", 0, lock=False)  # shards committed so far: the next one's number
        started = time.time()
        self.processes = [self.context.Process(target=_work, args=(inbox, outbox, turn, written, target, args, started, workdir),
                                               daemon=True) for _ in range(self.workers)]
        for process in self.processes:
            process.start()
        window = AHEAD * self.workers  # shards handed out and not yet taken from here (written, or counted)
        sent = received = 0
        for number, shard in enumerate(shards):
            inbox.put((number, shard))
            sent += 1
            while sent - received >= window:
                yield self._receive(outbox, received)
                received += 1
        while received < sent:
            yield self._receive(outbox, received)
            received += 1
        for _ in self.processes:
            inbox.put(None)  # every shard is done: the workers close their connections and end

    def _receive(self, outbox, number: int) -> Any:
        """Shard ``number``'s result (or, when workers write, summary): several workers finish in any order, so a
        later shard that comes first waits here."""
        with self.timers.timing("wait_results"):
            while number not in self.arrived:
                try:
                    got, payload = outbox.get(timeout=_POLL_SECONDS)
                except queue.Empty:
                    dead = [p for p in self.processes if not p.is_alive()]
                    if dead:
                        raise DetenteError(f"a worker process stopped (exit code {dead[0].exitcode}) before shard {number} "
                                           "was written; run the same build again to resume after the shards it finished") from None
                    continue
                if isinstance(payload, BaseException):
                    raise payload
                self.arrived[got] = payload
        payload = self.arrived.pop(number)
        if isinstance(payload, bytes):  # a result, pickled by the worker
            with self.timers.timing("decode", cpu=True):
                payload = pickle.loads(payload)
        return payload

    def _stop(self, graceful: bool) -> None:
        for process in self.processes:
            if process.pid is None:  # never started
                continue
            if graceful:
                process.join(timeout=10)
            if process.is_alive():
                process.terminate()  # a transaction cut short rolls back: its shard is simply not recorded
            process.join()
        self.processes = []


def _work(inbox, outbox, turn, written, target: str | None, args: tuple, started: float, workdir: str | None = None) -> None:
    """A worker process: process shards as they come; stage each one's rows in a file in ``workdir`` and send back
    its name, or send each result back pickled (``target`` None), or hand it to this process's writing thread,
    which commits it when its turn comes (shard ``number`` after 0 .. number - 1)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group: the parent decides
    timers = Timers()
    load_steps(args[2])  # already imported when forked; a spawned worker imports here
    timers.add("startup", time.time() - started)
    stop = threading.Event()
    parent = os.getppid()

    def wait_for(number: int) -> Callable[[], bool]:
        def before() -> bool:
            with turn:
                while not turn.wait_for(lambda: written.value == number or stop.is_set(), timeout=1):
                    if os.getppid() != parent:  # the build was killed: its next run redoes this shard
                        stop.set()
            return not stop.is_set()
        return before

    def committed(number: int) -> Callable[[ShardSummary], None]:
        def after(summary: ShardSummary) -> None:
            outbox.put((number, summary))
            with turn:
                written.value = number + 1
                turn.notify_all()
        return after

    def failed(number: int):
        def check(future) -> None:
            error = future.exception()
            if error is not None:
                stop.set()
                outbox.put((number, _picklable(error)))
        return check

    while True:
        try:
            with timers.timing("wait_task"):
                task = inbox.get(timeout=1)
        except queue.Empty:
            if os.getppid() != parent:  # the build was killed: nobody will read what this worker still has to send
                outbox.cancel_join_thread()  # so do not wait, on exit, for the queue's thread to send it
                break
            if stop.is_set():
                break
            continue
        if task is None:
            break
        if os.getppid() != parent:  # killed while shards were still queued: they are redone by the next run
            outbox.cancel_join_thread()
            break
        number, shard = task
        try:
            with timers.timing("process", cpu=True):
                result = process_shard(shard, *args)
            if workdir is not None:
                with timers.timing("stage", cpu=True):
                    staged = stage_result(result, workdir)
                staged.timings = timers.take()
                outbox.put((number, staged))
                continue
            if target is None:
                with timers.timing("encode", cpu=True):  # pickled here, in the worker's own time, once
                    result.timings = timers.take()
                    payload = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
                outbox.put((number, payload))
                continue
        except BaseException as error:  # noqa: BLE001 - the parent must hear of it, not wait for ever
            outbox.put((number, _picklable(error)))
            raise
        result.timings = timers.take()
        submit_write(target, result, wait_for(number), committed(number)).add_done_callback(failed(number))
    close_stores()


def _picklable(error: BaseException) -> BaseException:
    try:
        pickle.loads(pickle.dumps(error))
        return error
    except Exception:  # noqa: BLE001
        return DetenteError(f"{type(error).__name__}: {error}")
