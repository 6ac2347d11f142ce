"""detente: documents about relations between states -> a sourced, queryable timeline.

The public API::

    detente.extract(paths, dct=None)          -> iterator of Event
    detente.extract_text(text, dct=None)      -> list of Event
    detente.open_store(path="detente.db")     -> Store (a context manager)
    detente.build(paths, store)               -> BuildReport

Names are imported on first use, so ``import detente.settings`` (or the CLI's
``--help``) does not load the whole pipeline.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "BuildReport": "detente.pipeline",
    "build": "detente.pipeline",
    "extract": "detente.pipeline",
    "extract_documents": "detente.pipeline",
    "extract_text": "detente.pipeline",
    "open_store": "detente.store",
    "Settings": "detente.settings",
    "Document": "detente.model",
    "Event": "detente.model",
    "Mention": "detente.model",
    "Skipped": "detente.model",
    "TimeExpr": "detente.model",
    "DetenteError": "detente.errors",
    "ConfigError": "detente.errors",
    "InputError": "detente.errors",
    "StoreError": "detente.errors",
}

__all__ = sorted(_EXPORTS)
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'detente' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
