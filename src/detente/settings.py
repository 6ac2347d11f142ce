"""One table of settings: each with its default and the reason it exists."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any

from detente.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Settings:
    max_document_bytes: int = 64 * 1024 * 1024
    """A single document larger than this is skipped (reason too_large), so one input cannot exhaust memory."""
    max_decompressed_bytes: int = 256 * 1024 * 1024
    """A .gz file that inflates past this is refused (decompression bomb)."""
    max_sentence_chars: int = 2000
    """Longer 'sentences' (tables, run-on scraped lines) are not mined for events."""
    mode: str = "auto"
    """How relative dates are anchored: auto, news (publication date) or narrative (the story's own time)."""

    def with_values(self, **values: Any) -> Settings:
        known = {f.name: f for f in fields(self)}
        for key, value in values.items():
            if key not in known:
                raise ConfigError(f"unknown setting {key!r}; known settings: {', '.join(sorted(known))}")
        if values.get("mode", self.mode) not in ("auto", "news", "narrative"):
            raise ConfigError(f"setting 'mode' must be auto, news or narrative, not {values['mode']!r}")
        return replace(self, **values)


DEFAULT = Settings()
