"""detente: documents about relations between states -> a sourced, queryable timeline.

The public API::

    detente.extract(paths, dct=None)          -> iterator of Event
    detente.extract_text(text, dct=None)      -> list of Event
    detente.open_store(path="detente.db")     -> Store (a context manager)
    detente.build(paths, store)               -> BuildReport
"""

from detente.errors import ConfigError, DetenteError, InputError, StoreError
from detente.model import Document, Event, Mention, Skipped, TimeExpr
from detente.pipeline import BuildReport, build, extract, extract_documents, extract_text
from detente.settings import Settings
from detente.store import open_store

__all__ = [
    "BuildReport",
    "ConfigError",
    "DetenteError",
    "Document",
    "Event",
    "InputError",
    "Mention",
    "Settings",
    "Skipped",
    "StoreError",
    "TimeExpr",
    "build",
    "extract",
    "extract_documents",
    "extract_text",
    "open_store",
]
__version__ = "0.1.0"
