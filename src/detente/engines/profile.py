"""Where a parallel build's time goes, measured when ``DETENTE_PROFILE`` is set (``bench/scale.py --profile``).

Each process of a build keeps a few timers: a worker its start-up, the CPU and wall time of processing its
shards, waiting for a shard to hand out or for its turn to write, writing; the building process waiting for
results, decoding them and writing. A worker's timers travel with each shard it finishes (``take``), so the
building process sums them all in ``ParallelBuildReport.profile``. Off by default: then nothing is timed
and a shard carries nothing extra.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager

ENV = "DETENTE_PROFILE"


def enabled() -> bool:
    return os.environ.get(ENV, "").strip() not in ("", "0")


class Timers:
    """Seconds per named step, summed, in one process (or, in the building process, over the whole build)."""

    def __init__(self, on: bool | None = None):
        self.on = enabled() if on is None else on
        self.seconds: dict[str, float] = {}

    def add(self, name: str, seconds: float) -> None:
        if self.on:
            self.seconds[name] = self.seconds.get(name, 0.0) + seconds

    @contextmanager
    def timing(self, name: str, cpu: bool = False) -> Iterator[None]:
        """Time the block's wall clock as ``name`` (and, with ``cpu``, this thread's CPU as ``name_cpu``)."""
        if not self.on:
            yield
            return
        wall, used = time.perf_counter(), time.thread_time()
        try:
            yield
        finally:
            self.add(name, time.perf_counter() - wall)
            if cpu:
                self.add(f"{name}_cpu", time.thread_time() - used)

    def merge(self, seconds: dict[str, float] | None) -> None:
        for name, value in (seconds or {}).items():
            self.add(name, value)

    def take(self) -> dict[str, float] | None:
        """The timers so far, reset: what one shard's summary carries to the building process (None when off)."""
        if not self.on or not self.seconds:
            return None
        taken, self.seconds = self.seconds, {}
        return taken
