"""The one place that reads package data (``detente/data``), each file once."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any


def data_path(name: str):
    """A traversable for a file under ``detente/data``."""
    return resources.files("detente.data").joinpath(name)


@cache
def load_json(name: str) -> Any:
    """Parse ``detente/data/<name>`` once and keep it for the process.

    The parsed data (the gazetteer alone is some 15,000 dicts and lists) stays alive and unchanged until the
    process ends, so it is moved out of the garbage collector's generations (``gc.freeze``): a full collection,
    which any long call making many objects triggers, no longer walks it every time. Whatever else is alive
    then is frozen with it (modules, functions, other loaded data), which is as static."""
    with data_path(name).open("r", encoding="utf-8") as handle:
        parsed = json.load(handle)
    gc.freeze()
    return parsed


def demo_files() -> list[Any]:
    """The bundled demo corpus, sorted by name."""
    folder = resources.files("detente.data").joinpath("demo")
    return sorted(
        (entry for entry in folder.iterdir() if entry.name.endswith((".txt", ".html", ".jsonl"))),
        key=lambda entry: entry.name,
    )


@contextmanager
def demo_paths() -> Iterator[list[Path]]:
    """File-system paths of the demo documents, valid inside the ``with`` block (even from a zipped install)."""
    with ExitStack() as stack:
        yield [stack.enter_context(resources.as_file(entry)) for entry in demo_files()]
