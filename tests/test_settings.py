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


def test_the_settings_command_says_where_each_value_came_from(tmp_path, monkeypatch):
    # README promises "every setting in force and where it came from"; it only said "(default ...)"
    from click.testing import CliRunner

    from detente.cli import cli

    (tmp_path / "detente.toml").write_text("[detente]\nmax_sentence_chars = 900\nmode = 'news'\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["settings"], env={"DETENTE_MODE": "narrative", "DETENTE_MAX_HTML_BYTES": None})
    assert result.exit_code == 0, result.output
    lines = {line.split(" = ")[0]: line for line in result.output.splitlines() if " = " in line and not line.startswith(" ")}
    assert lines["mode"].startswith("mode = 'narrative'") and "from DETENTE_MODE" in lines["mode"]
    assert lines["max_sentence_chars"].startswith("max_sentence_chars = 900") and "from detente.toml" in lines["max_sentence_chars"]
    assert "default 2000" in lines["max_sentence_chars"]
    assert lines["max_html_bytes"].endswith("(default)")
