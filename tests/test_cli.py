"""The command line: contracts other tools rely on, exit codes, messages, and crash safety of build."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from detente.cli import cli
from detente.pipeline import BATCH_DOCUMENTS
from detente.store import open_store

TEXT = (
    "Soviet–American relations\n\nIn November 1933 the United States established diplomatic relations with the "
    "Soviet Union. In 1949 the Soviet Union detonated its first atomic bomb.\n"
)


def _run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_extract_prints_one_json_event_a_line(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = _run("extract", str(path), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and all(r["doc"] == str(path) for r in records)
    assert {"1933-11", "1949"} <= {r["date"] for r in records}


def test_extract_reads_stdin():
    result = _run("extract", "-", "--format", "jsonl", input=TEXT)
    assert result.exit_code == 0
    assert any(json.loads(line)["doc"] == "-" for line in result.stdout.splitlines())


def test_missing_path_is_named_and_exit_code_says_input_was_skipped(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text(TEXT, encoding="utf-8")
    result = _run("extract", str(tmp_path / "nope.txt"), str(good))
    assert result.exit_code == 3
    assert "nope.txt: no such file or directory" in result.stderr
    assert result.stdout.strip()  # the good file was still read


def test_build_then_timeline_and_export(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    db = str(tmp_path / "s.db")
    result = _run("build", str(path), "--db", db)
    assert result.exit_code == 0, result.output
    assert "documents read 1, stored 1" in result.stdout
    timeline = _run("timeline", "--db", db, "--actors", "USA,USSR", "--format", "jsonl")
    dates = [json.loads(line)["date"] for line in timeline.stdout.splitlines()]
    assert dates == sorted(dates) and "1933-11" in dates
    before = _run("timeline", "--db", db, "--actors", "USA,SUN", "--to", "1940", "--format", "jsonl")
    assert all(json.loads(line)["date"] < "1941" for line in before.stdout.splitlines())
    out = tmp_path / "events.csv"
    exported = _run("export", "--db", db, "--format", "csv", "-o", str(out))
    assert exported.exit_code == 0 and out.read_text().startswith("id,doc,date,date_text,source,target")


def test_reading_a_store_that_does_not_exist_says_how_to_build_one(tmp_path):
    result = _run("timeline", "--db", str(tmp_path / "none.db"))
    assert result.exit_code == 1 and "build one first" in result.stderr


def test_unknown_actor_is_a_clear_error(tmp_path):
    db = str(tmp_path / "s.db")
    open_store(db).close()
    result = _run("timeline", "--db", db, "--actors", "Atlantis")
    assert result.exit_code == 1 and "unknown actor 'Atlantis'" in result.stderr


def _rows(db: str) -> dict:
    with open_store(db) as store:
        return store.dump()


@pytest.mark.parametrize("kill_after_documents", [1, 3])
def test_a_build_killed_halfway_and_run_again_ends_like_one_that_ran_through(tmp_path, kill_after_documents):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # more documents than a build writes in one transaction (pipeline.BATCH_DOCUMENTS), so a kill can land
    # between two of its commits
    documents = 3 * BATCH_DOCUMENTS
    for number in range(documents):
        year = 1950 + number % 40
        (corpus / f"d{number:03d}.txt").write_text(
            f"Report {number}\n\nIn {year} the United States protested to the Soviet Union about incident {number}. "
            f"In March {year} Moscow rejected the protest.\n" * 4,
            encoding="utf-8",
        )
    reference = str(tmp_path / "reference.db")
    subprocess.run([sys.executable, "-m", "detente", "build", str(corpus), "--db", reference, "-q"], check=True)
    killed = str(tmp_path / "killed.db")
    process = subprocess.Popen([sys.executable, "-m", "detente", "build", str(corpus), "--db", killed, "-q"])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with sqlite3.connect(killed) as conn:
                if conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] >= kill_after_documents:
                    break
        except sqlite3.Error:
            pass
        time.sleep(0.01)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    partial = _rows(killed)["documents"]
    subprocess.run([sys.executable, "-m", "detente", "build", str(corpus), "--db", killed, "-q"], check=True)
    assert _rows(killed) == _rows(reference)
    assert len(partial) < documents  # the kill really happened halfway


def test_table_prints_brackets_in_evidence_and_paths_as_they_are(tmp_path):
    # rich reads "[b]" and "[/x]" as markup: an unmatched closing tag used to end the table with a traceback,
    # and a matched one vanished from the evidence
    folder = tmp_path / "[draft]"
    folder.mkdir()
    path = folder / "notes.txt"
    path.write_text("On 5 March 1962 the United States protested [/sic] to the Soviet Union about the [bold]blockade[/bold].\n",
                    encoding="utf-8")
    result = _run("extract", str(path), "--format", "table")
    assert result.exit_code == 0, result.output
    flat = " ".join(result.stdout.split())
    assert "[/sic]" in flat and "[bold]" in flat and "[draft]" in flat
    db = str(tmp_path / "s.db")
    assert _run("build", str(path), "--db", db).exit_code == 0
    table = _run("timeline", "--db", db, "--actors", "USA,SUN")
    assert table.exit_code == 0 and "[/sic]" in " ".join(table.stdout.split())


@pytest.mark.parametrize("command, option", [("index", "--halflife"), ("periods", "--penalty"), ("plot", "--penalty")])
@pytest.mark.parametrize("value", ["nan", "inf", "-inf"])
def test_a_number_option_that_is_not_finite_is_refused_naming_it(tmp_path, command, option, value):
    # float("nan") parses, then fails every comparison: the index came out as NaN (invalid JSON in --format jsonl)
    # and a NaN penalty silently meant "no detected period"
    db = str(tmp_path / "s.db")
    open_store(db).close()
    args = [command, "--db", db, "--actors", "USA,SUN", option, value]
    if command == "plot":
        args += ["-o", str(tmp_path / "p.svg")]
    result = _run(*args)
    assert result.exit_code == 2, result.output
    assert option in result.stderr and "finite" in result.stderr


@pytest.mark.parametrize("command", ["extract", "timex", "build"])
@pytest.mark.parametrize("dct", ["garbage", "1962-13-01", "1962-02-30", "62-10-24", "24/10/1962"])
def test_a_publication_date_that_is_not_a_date_is_a_usage_error(tmp_path, command, dct):
    # it used to be dropped without a word: every relative date ("yesterday") of the run came out undated
    path = tmp_path / "wire.txt"
    path.write_text("Yesterday the United States protested to the Soviet Union about the blockade.\n", encoding="utf-8")
    args = [command, str(path), "--dct", dct] + (["--db", str(tmp_path / "s.db")] if command == "build" else [])
    result = _run(*args)
    assert result.exit_code == 2, result.output
    assert "--dct" in result.stderr and repr(dct) in result.stderr


@pytest.mark.parametrize("dct", ["1962-10-24", "1962-10-24T09:30:00"])
def test_a_publication_date_anchors_relative_dates(tmp_path, dct):
    path = tmp_path / "wire.txt"
    path.write_text("Yesterday the United States protested to the Soviet Union about the blockade.\n", encoding="utf-8")
    result = _run("extract", str(path), "--dct", dct)
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["date"] for line in result.stdout.splitlines()] == ["1962-10-23"]


@pytest.mark.parametrize("args", [["export", "--format", "csv"], ["export", "--format", "timelinejs"],
                                  ["plot", "--actors", "USA,SUN"]])
def test_an_output_file_in_a_missing_folder_is_a_clear_error(tmp_path, args):
    # open() raised FileNotFoundError out of the command: a traceback instead of one line naming the file
    db = str(tmp_path / "s.db")
    open_store(db).close()
    target = tmp_path / "no" / "such" / ("out.svg" if args[0] == "plot" else "out.txt")
    result = _run(*args, "--db", db, "-o", str(target))
    assert result.exit_code == 1, result.output
    assert str(target) in result.stderr and "Traceback" not in result.output


def test_a_record_with_a_lone_surrogate_is_built_and_exported(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_text('{"id": "s1", "title": "Cable \\udfff", "text": "On 5 March 1962 the United States protested to the '
                    'Soviet Union \\ud800 about the blockade."}\n' + json.dumps({"id": "s2", "text": TEXT}) + "\n",
                    encoding="utf-8")
    db = str(tmp_path / "s.db")
    built = _run("build", str(path), "--db", db)
    assert built.exit_code == 0, built.output
    assert "documents read 2, stored 2" in built.stdout
    for fmt in ("jsonl", "csv"):
        exported = _run("export", "--db", db, "--format", fmt)
        assert exported.exit_code == 0 and "Soviet Union \ufffd about" in exported.stdout
    extracted = _run("extract", str(path))
    assert extracted.exit_code == 0 and "\ufffd" in extracted.stdout


def test_ctrl_c_during_a_build_says_what_is_kept_and_how_to_go_on(tmp_path):
    # click answered Ctrl-C with a bare "Aborted!": README promises exit 1 with a message saying what to do
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number in range(2 * BATCH_DOCUMENTS):
        (corpus / f"d{number:03d}.txt").write_text(
            f"Report {number}\n\nIn {1950 + number % 40} the United States protested to the Soviet Union about "
            f"incident {number}. Moscow rejected the protest.\n" * 4, encoding="utf-8")
    db = str(tmp_path / "s.db")
    process = subprocess.Popen([sys.executable, "-m", "detente", "build", str(corpus), "--db", db, "-q"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # a shell's & ignores it
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with sqlite3.connect(db) as conn:
                if conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] >= 1:
                    break
        except sqlite3.Error:
            pass
        time.sleep(0.01)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 1, stderr
    assert "interrupted" in stderr and "run the same command again" in stderr and "Traceback" not in stderr


@pytest.mark.parametrize("option, year", [("--from", "10000"), ("--to", "10000"), ("--from", "-5"), ("--to", "0")])
def test_a_year_outside_1_to_9999_is_a_usage_error(tmp_path, option, year):
    # years are compared as ISO text: --from 10000 kept every event and --to 10000 none
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert _run("build", str(path), "--db", db).exit_code == 0
    result = _run("timeline", "--db", db, option, year)
    assert result.exit_code == 2 and option in result.stderr
    assert len(_run("timeline", "--db", db, "--from", "1", "--to", "9999", "--format", "jsonl").stdout.splitlines()) >= 2


@pytest.mark.parametrize("command", ["build", "timeline", "export", "serve", "index", "demo"])
def test_the_db_option_says_it_takes_a_postgresql_url_too(command):
    # README passes --db postgresql://... to build, timeline and serve; the help said only "SQLite file of the store"
    result = _run(command, "-h")
    assert result.exit_code == 0 and "postgresql://" in result.stdout


def test_gzip_on_standard_input_is_read_like_a_gz_file():
    # README reads .gz files and '-'; `detente extract - < wire.txt.gz` answered "binary file"
    import gzip

    result = _run("extract", "-", input=gzip.compress(TEXT.encode("utf-8")))
    assert result.exit_code == 0, result.output
    assert {"1933-11", "1949"} <= {json.loads(line)["date"] for line in result.stdout.splitlines()}
    lines = json.dumps({"id": "w1", "text": TEXT}) + "\n"
    records = _run("extract", "-", input=gzip.compress(lines.encode("utf-8")))
    assert records.exit_code == 0 and {json.loads(line)["doc"] for line in records.stdout.splitlines()} == {"w1"}
    cut = _run("extract", "-", input=gzip.compress(TEXT.encode("utf-8"))[:-12])
    assert cut.exit_code == 3 and "corrupt gzip" in cut.stderr


@pytest.mark.parametrize("host, url", [("127.0.0.1", "http://127.0.0.1:8000/"), ("::1", "http://[::1]:8000/"),
                                       ("localhost", "http://localhost:8000/")])
def test_serve_announces_an_address_a_browser_can_open(host, url):
    # an IPv6 host was printed bare ("http://::1:8000/"), which no browser opens
    from detente.cli.web import address

    assert address(host, 8000) == url


def test_serve_never_prints_the_password_of_its_store():
    # README: a password in the store's URL "is never printed"; serve's first line printed the URL whole
    from detente.cli.web import announcement

    line = announcement("postgresql://bob:s3cret@db.example/detente", "127.0.0.1", 8000)
    assert "s3cret" not in line and "postgresql://bob:***@db.example/detente" in line and "http://127.0.0.1:8000/" in line


def test_a_store_too_old_to_read_names_a_command_that_migrates_it(tmp_path):
    """serve opens its store read-only and cannot migrate it: its message names a command that can, and it does."""
    from detente.errors import StoreError

    path = tmp_path / "old.db"
    sqlite3.connect(path).execute("CREATE TABLE notes (body TEXT)").connection.close()  # a store of no schema version
    with pytest.raises(StoreError) as refused:
        open_store(str(path), readonly=True)
    command = str(refused.value).split("`")[1]
    assert command == f"detente timeline --db {path}"
    result = CliRunner().invoke(cli, command.split()[1:])
    assert result.exit_code == 0, result.output
    with open_store(str(path), readonly=True) as store:
        assert store.schema_version > 0
