"""Local engines: the shards run in this process, or in worker processes on this machine.

Workers are started with ``spawn`` (safe on every platform and with threads in the
parent); the pipeline steps are plain functions, so a worker only needs the shard
and the settings. Results come back in shard order, with a bounded number of
shards in flight so memory stays flat however many shards the plan holds.

With a store the workers can open (a file, a PostgreSQL URL), each worker writes
the shards it processed itself (``write_shards``): a thread of its own commits a
shard once the shard before it is committed (a counter shared by the workers), while
the worker goes on with its next shard. Only counts come back to this process.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from detente.errors import DetenteError

from .shards import Shard, process_shard
from .writes import ShardSummary, close_stores, submit_write

_POLL_SECONDS = 0.5  # how often a waiting parent checks its workers are alive


class SerialEngine:
    """The shards one after another in this process: ``--engine local --workers 1``.

    Into a PostgreSQL store a shard is written by a thread of this process while the next shard is processed:
    the write mostly waits for the server, which works on another core. Into SQLite the write is this
    process's own work, so it stays in line: one worker, one core.
    """

    workers = 1

    def __enter__(self) -> SerialEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def map(self, func: Callable[..., Any], items: Iterable[Any], *args: Any) -> Iterator[Any]:
        for item in items:
            yield func(item, *args)

    def writes_to(self, target: str) -> bool:
        return target.startswith(("postgresql://", "postgres://"))

    def write_shards(self, shards: Iterable[Shard], target: str, *args: Any) -> Iterator[ShardSummary]:
        """Each shard processed here and written by this process's writing thread (its own connection), in order;
        one shard's write at a time runs beside the next shard's processing."""
        pending: deque = deque()
        try:
            for shard in shards:
                result = process_shard(shard, *args)
                while pending:  # the write before this one has had a shard's processing to finish
                    yield pending.popleft().result()
                pending.append(submit_write(target, result))
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:  # stopped: let a write under way end (it commits whole or not at all)
                future.cancel() or future.exception()
            close_stores()


class LocalEngine:
    """``workers`` processes on this machine: ``--engine local --workers N``."""

    def __init__(self, workers: int | None = None):
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.context = multiprocessing.get_context("spawn")
        self.pool = None
        self.processes: list = []
        self.arrived: dict[int, ShardSummary] = {}

    def __enter__(self) -> LocalEngine:
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if self.pool is not None:
            if exc_type is None:
                self.pool.close()
            else:
                self.pool.terminate()  # stopped (Ctrl-C, --strict): do not wait for shards nobody will write
            self.pool.join()
            self.pool = None
        self._stop_writers(graceful=exc_type is None)

    def map(self, func: Callable[..., Any], items: Iterable[Any], *args: Any) -> Iterator[Any]:
        """``func(item, *args)`` for every item, results in item order; at most two shards per worker in flight."""
        if self.pool is None:
            self.pool = self.context.Pool(self.workers)
        pending: deque = deque()
        for item in items:
            pending.append(self.pool.apply_async(func, (item, *args)))
            if len(pending) >= 2 * self.workers:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()

    def write_shards(self, shards: Iterable[Shard], target: str, *args: Any) -> Iterator[ShardSummary]:
        """Each shard processed and written into the store at ``target`` by a worker, committed in shard order;
        the summaries in that order. ``args``: process_shard's (settings, dct, steps)."""
        inbox = self.context.Queue()
        outbox = self.context.Queue()
        turn = self.context.Condition()
        written = self.context.Value("q", 0, lock=False)  # shards committed so far: the next one's number
        self.processes = [self.context.Process(target=_work, args=(inbox, outbox, turn, written, target, args), daemon=True)
                          for _ in range(self.workers)]
        for process in self.processes:
            process.start()
        window = 3 * self.workers  # shards handed out and not yet committed: each worker one running, more queued
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
            inbox.put(None)  # every shard is committed: the workers close their connections and end

    def _receive(self, outbox, number: int) -> ShardSummary:
        """Shard ``number``'s summary: shards commit in order, but a queue fed by several processes may deliver
        a later one first, so those wait here."""
        while number not in self.arrived:
            try:
                got, summary = outbox.get(timeout=_POLL_SECONDS)
            except queue.Empty:
                dead = [p for p in self.processes if not p.is_alive()]
                if dead:
                    raise DetenteError(f"a worker process stopped (exit code {dead[0].exitcode}) before shard {number} "
                                       "was written; run the same build again to resume after the shards it finished")
                continue
            if isinstance(summary, BaseException):
                raise summary
            self.arrived[got] = summary
        return self.arrived.pop(number)

    def _stop_writers(self, graceful: bool) -> None:
        for process in self.processes:
            if process.pid is None:  # never started
                continue
            if graceful:
                process.join(timeout=10)
            if process.is_alive():
                process.terminate()  # a transaction cut short rolls back: its shard is simply not recorded
            process.join()
        self.processes = []


def _work(inbox, outbox, turn, written, target: str, args: tuple) -> None:
    """A worker process: process shards as they come, hand each to this process's writing thread, which
    commits it when its turn comes (shard ``number`` after shards 0 .. number - 1)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole process group: the parent decides
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
            task = inbox.get(timeout=1)
        except queue.Empty:
            if os.getppid() != parent or stop.is_set():
                break
            continue
        if task is None:
            break
        number, shard = task
        try:
            result = process_shard(shard, *args)
        except BaseException as error:  # noqa: BLE001 - the parent must hear of it, not wait for ever
            outbox.put((number, _picklable(error)))
            raise
        submit_write(target, result, wait_for(number), committed(number)).add_done_callback(failed(number))
    close_stores()


def _picklable(error: BaseException) -> BaseException:
    try:
        import pickle

        pickle.loads(pickle.dumps(error))
        return error
    except Exception:  # noqa: BLE001
        return DetenteError(f"{type(error).__name__}: {error}")
