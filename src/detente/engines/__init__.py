"""Engines decide where the pipeline runs: this process, a local process pool, or a Dask cluster.

``build_parallel`` is the one entry point; the pipeline's stage functions are reused
as they are, over shards of the input (see ``shards``).
"""

from __future__ import annotations

from .build import ENGINES, BuildProgress, ParallelBuildReport, build_parallel, make_engine

__all__ = ["ENGINES", "BuildProgress", "ParallelBuildReport", "build_parallel", "make_engine"]
