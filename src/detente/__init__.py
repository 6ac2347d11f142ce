"""detente: documents about relations between states -> a sourced, queryable timeline."""

from detente.model import Document, Event, Mention, TimeExpr

__all__ = ["Document", "Event", "Mention", "TimeExpr"]
__version__ = "0.1.0"
