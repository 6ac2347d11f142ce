"""Local engines: the shards run in this process, or in a pool of worker processes on this machine.

Workers are started with ``spawn`` (safe on every platform and with threads in the
parent); the pipeline steps are plain functions, so a worker only needs the shard
and the settings. Results come back in shard order, with a bounded number of
shards in flight so memory stays flat however many shards the plan holds.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any


class SerialEngine:
    """The shards one after another in this process: ``--engine local --workers 1``."""

    workers = 1

    def __enter__(self) -> SerialEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def map(self, func: Callable[..., Any], items: Iterable[Any], *args: Any) -> Iterator[Any]:
        for item in items:
            yield func(item, *args)


class LocalEngine:
    """A pool of ``workers`` processes on this machine: ``--engine local --workers N``."""

    def __init__(self, workers: int | None = None):
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.pool = None

    def __enter__(self) -> LocalEngine:
        self.pool = multiprocessing.get_context("spawn").Pool(self.workers)
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if self.pool is not None:
            if exc_type is None:
                self.pool.close()
            else:
                self.pool.terminate()  # stopped (Ctrl-C, --strict): do not wait for shards nobody will write
            self.pool.join()
            self.pool = None

    def map(self, func: Callable[..., Any], items: Iterable[Any], *args: Any) -> Iterator[Any]:
        """``func(item, *args)`` for every item, results in item order; at most two shards per worker in flight."""
        assert self.pool is not None, "use the engine as a context manager"
        pending: deque = deque()
        for item in items:
            pending.append(self.pool.apply_async(func, (item, *args)))
            if len(pending) >= 2 * self.workers:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
