"""One table of settings: each with its default and the reason it exists.

Layering, lowest first: the defaults here < a ``detente.toml`` file (its
``[detente]`` table, or top-level keys) < ``DETENTE_<NAME>`` environment
variables < values given on the command line.  Every layer is validated the
same way: an unknown name or a value of the wrong kind is a :class:`ConfigError`
that names the key and what it accepts.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from detente.errors import ConfigError

MODES = ("auto", "news", "narrative")


@dataclass(frozen=True, slots=True)
class Settings:
    max_document_bytes: int = 64 * 1024 * 1024
    """A single document larger than this is skipped (reason too_large), so one input cannot exhaust memory."""
    max_decompressed_bytes: int = 256 * 1024 * 1024
    """A .gz file that inflates past this is refused (decompression bomb)."""
    max_html_bytes: int = 8 * 1024 * 1024
    """An HTML page larger than this is skipped (too_large): extracting its text takes time that grows faster than
    the page (2 MB: 9 s; 20 MB: 11 minutes, overrunning a 5-minute timeout inside C code no timeout can interrupt)."""
    max_sentence_chars: int = 2000
    """Longer 'sentences' (tables, run-on scraped lines) are not mined for events."""
    document_timeout_seconds: float = 60.0
    """One document's reading and processing is stopped (reason timeout) after this many seconds; 0 for no limit."""
    mode: str = "auto"
    """How relative dates are anchored: auto, news (publication date) or narrative (the story's own time)."""

    def with_values(self, **values: Any) -> Settings:
        """A copy with ``values`` set, each checked: names must exist and values must be of the field's kind."""
        known = {f.name: f for f in fields(self)}
        checked = {}
        for key, value in values.items():
            if key not in known:
                raise ConfigError(f"unknown setting {key!r}; known settings: {', '.join(sorted(known))}")
            checked[key] = _coerce(key, value, type(getattr(self, key)))
            if key.startswith("max_") and checked[key] < 1:  # a limit of 0 would refuse every input
                raise ConfigError(f"setting {key!r} must be 1 or more, not {checked[key]!r}")
            if isinstance(checked[key], float) and not 0 <= checked[key] < float("inf"):  # NaN fails this too
                raise ConfigError(f"setting {key!r} must be a number of seconds, 0 or more, not {checked[key]!r}")
        if checked.get("mode", self.mode) not in MODES:
            raise ConfigError(f"setting 'mode' must be one of {', '.join(MODES)}, not {checked['mode']!r}")
        return replace(self, **checked)

    @classmethod
    def load(cls, path: str | Path | None = None, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults < ``path`` (or ./detente.toml when it exists) < DETENTE_* variables < ``overrides``."""
        settings = cls()
        candidate = Path(path) if path else Path("detente.toml")
        if path or candidate.exists():
            settings = settings.with_values(**_read_toml(candidate))
        environ = os.environ if environ is None else environ
        names = {f.name for f in fields(cls)}
        from_env = {key[8:].lower(): value for key, value in environ.items()
                    if key.startswith("DETENTE_") and key[8:].lower() in names}
        return settings.with_values(**from_env).with_values(**{k: v for k, v in overrides.items() if v is not None})

    @staticmethod
    def describe() -> list[tuple[str, Any, str]]:
        """(name, default, help) for every setting, for `detente settings` and the docs."""
        docs = _field_docs()
        return [(f.name, f.default, docs.get(f.name, "")) for f in fields(Settings)]


def _coerce(key: str, value: Any, kind: type) -> Any:
    if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
        return value
    if kind is int and isinstance(value, str):
        try:
            return int(value.replace("_", ""))
        except ValueError:
            pass
    if kind is float and isinstance(value, int | float | str) and not isinstance(value, bool):
        try:
            number = float(value)
        except ValueError:
            pass
        else:
            if number >= 0 and number != float("inf"):
                return number
    if kind is str and isinstance(value, str):
        return value
    wanted = {int: "a whole number", float: "a number of seconds, 0 or more"}.get(kind, "text")
    raise ConfigError(f"setting {key!r} must be {wanted}, not {value!r}")


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: settings file not found; check the path") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML ({error}); fix the file") from None
    table = data.get("detente", data)
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [detente] must be a table of settings")
    return table


def _field_docs() -> dict[str, str]:
    """The docstring under each field, read from this module's source (one place for help text)."""
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(Settings))
    docs: dict[str, str] = {}
    body = tree.body[0].body  # type: ignore[attr-defined]
    for node, following in zip(body, body[1:], strict=False):
        if isinstance(node, ast.AnnAssign) and isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant):
            docs[node.target.id] = str(following.value.value)  # type: ignore[union-attr]
    return docs


DEFAULT = Settings()
