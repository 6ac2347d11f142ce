"""Imported once by the fork server that starts the workers of a Dask cluster started for a build (Linux).

The server is a process of one thread, so a worker forked from it inherits no lock another thread held (see
``engines.dask``). Importing this module loads the default pipeline and runs it once on a short text, so every table
it loads lazily (lexicons, gazetteer, time grammar) is in memory before the first fork: each worker starts with them.
A build with other steps loads those in each worker with its first shard.
"""

from .shards import warm_steps

warm_steps()
