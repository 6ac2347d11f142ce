"""The exceptions detente raises.

::

    DetenteError
     ├── InputError       a document or path cannot be read (names the file, and the line)
     ├── ConfigError      a setting or option is wrong (names the key and allowed values)
     └── StoreError       the store cannot be opened, migrated or written

The library raises these; the CLI turns each into one line on stderr, in one place.
"""

from __future__ import annotations


class DetenteError(Exception):
    """Base of every error detente raises on purpose."""


class InputError(DetenteError):
    def __init__(self, origin: str, reason: str, message: str, line: int | None = None):
        self.origin = origin
        self.reason = reason
        self.line = line
        where = f"{origin}:{line}" if line is not None else origin
        super().__init__(f"{where}: {message}")
        self.message = message


class ConfigError(DetenteError):
    pass


class StoreError(DetenteError):
    pass
