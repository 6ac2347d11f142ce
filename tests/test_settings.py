"""Settings: defaults < detente.toml < DETENTE_* environment < command line, each validated with a clear message."""

from __future__ import annotations

import pytest

from detente.errors import ConfigError
from detente.settings import Settings


def test_layers_override_in_order(tmp_path):
    path = tmp_path / "detente.toml"
    path.write_text("[detente]\nmax_sentence_chars = 900\nmode = 'news'\n", encoding="utf-8")
    loaded = Settings.load(path, environ={"DETENTE_MODE": "narrative", "OTHER": "x"})
    assert loaded.max_sentence_chars == 900 and loaded.mode == "narrative"
    assert Settings.load(path, environ={}, mode="auto").mode == "auto"


def test_errors_name_the_key_and_what_it_takes(tmp_path):
    with pytest.raises(ConfigError, match="unknown setting 'max_words'"):
        Settings().with_values(max_words=3)
    with pytest.raises(ConfigError, match="'max_sentence_chars' must be a whole number"):
        Settings.load(environ={"DETENTE_MAX_SENTENCE_CHARS": "lots"})
    with pytest.raises(ConfigError, match="'mode' must be one of auto, news, narrative"):
        Settings().with_values(mode="poetry")
    bad = tmp_path / "bad.toml"
    bad.write_text("mode = \n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        Settings.load(bad, environ={})


def test_every_setting_has_help_text():
    described = Settings.describe()
    assert {name for name, _, _ in described} == {"max_document_bytes", "max_decompressed_bytes", "max_html_bytes", "max_sentence_chars", "document_timeout_seconds", "mode"}
    assert all(text for _, _, text in described)
