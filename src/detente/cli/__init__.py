"""The ``detente`` command line: the group lives in :mod:`detente.cli.base`; each sibling module adds its commands."""

from detente.cli import (
    analysis,  # noqa: F401
    core,  # noqa: F401  (registers the core commands)
    web,  # noqa: F401
)
from detente.cli.base import cli

__all__ = ["cli"]
