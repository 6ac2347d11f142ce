"""Stores: where built documents and events live.

``open_store(target)`` picks the backend from the target: a path (or ``:memory:``)
opens the embedded SQLite store; a ``postgresql://`` URL the PostgreSQL one
(extra ``detente[postgres]``).  Both speak the same interface.
"""

from __future__ import annotations

from pathlib import Path

from detente.store.sqlite import Store

DEFAULT_PATH = "detente.db"


def open_store(target: str | Path = DEFAULT_PATH, *, readonly: bool = False) -> Store:
    """The store at ``target``; use it as a context manager so it is closed.

    ``readonly`` opens an existing store for reading only (a server, a report) and
    never creates or migrates it.
    """
    text = str(target)
    if text.startswith(("postgresql://", "postgres://")):
        # psycopg is an optional extra: import it only when a PostgreSQL store is asked for
        from detente.store.postgres import PostgresStore

        return PostgresStore(text, readonly=readonly)
    return Store(text, readonly=readonly)


__all__ = ["DEFAULT_PATH", "Store", "open_store"]
