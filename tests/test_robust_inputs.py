"""Bad inputs: every case of the matrix is skipped with its reason and a message naming the file (and line),
the batch goes on, the build's summary counts the skips by reason, exit code 3, and --strict makes a skip fatal."""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from detente import pipeline
from detente.cli import cli
from detente.errors import InputError
from detente.ingest.limits import deadline
from detente.model import Document, Skipped
from detente.settings import Settings
from detente.store import open_store
from tests.robust_cases import (
    BIG_CASES,
    CASES,
    LIMITS,
    PROSE,
    Case,
    bomb,
    empty,
    invalid_json,
    long_line,
    missing,
)

ROOT = Path(__file__).resolve().parent.parent


def _run_case(case: Case, folder: Path) -> tuple[list[str], list[Document], list[Skipped]]:
    paths = case.build(folder)
    settings = Settings().with_values(**case.settings)
    items = list(pipeline.extract_documents(paths, settings))
    return paths, [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Skipped)]


# The time limit fires again every second until the document gives up, so a tick may land inside a library's
# __del__, where Python can only print the exception; the next tick stops the document, which is what is tested.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_input_is_skipped_with_its_reason_and_the_batch_goes_on(case, tmp_path):
    if case.name.startswith("WARC"):
        pytest.importorskip("warcio")
    paths, documents, skipped = _run_case(case, tmp_path)
    assert dict(Counter(s.reason for s in skipped)) == case.skipped
    if case.documents_at_least:
        assert len(documents) >= case.documents
    else:
        assert len(documents) == case.documents
    for item in skipped:  # every message names the input it is about
        assert str(tmp_path) in item.message, item.message
    if case.line is not None:
        assert skipped[0].line == case.line and f":{case.line}:" in skipped[0].message
    if case.holds is not None:
        assert documents and all(case.holds in doc.text for doc in documents)
    for doc in documents:  # what was read went through every stage
        assert doc.text and doc.sentences


def test_build_summary_counts_skips_by_reason_exit_3_and_strict_exit_1(tmp_path):
    folder = tmp_path / "in"
    paths = missing(folder) + empty(folder) + invalid_json(folder)
    good = folder / "good.txt"
    good.write_text(PROSE + "Washington answered a week later.\n", encoding="utf-8")
    runner = CliRunner()
    db = str(tmp_path / "s.db")
    result = runner.invoke(cli, ["build", *paths, str(good), "--db", db, "-q"])
    assert result.exit_code == 3, result.output
    assert "documents read 4" in result.stdout  # three JSONL records and the good file
    assert "skipped 4 (empty 2, invalid_json 1, missing 1)" in result.stdout
    assert f"{folder}/wire.jsonl:3: invalid JSON" in result.stderr
    assert "gone.txt: no such file or directory" in result.stderr
    with open_store(db) as store:
        assert store.counts()["skipped"] == 4 and store.counts()["documents"] == 4

    strict = runner.invoke(cli, ["build", str(good), *paths, "--db", str(tmp_path / "strict.db"), "-q", "--strict"])
    assert strict.exit_code == 1
    assert "stopped by --strict" in strict.stderr and "gone.txt" in strict.stderr

    clean = runner.invoke(cli, ["build", str(good), "--db", str(tmp_path / "clean.db"), "-q", "--strict"])
    assert clean.exit_code == 0


def test_extract_names_skips_and_exits_3(tmp_path):
    paths = bomb(LIMITS["max_decompressed_bytes"])(tmp_path)
    env = {"DETENTE_MAX_DECOMPRESSED_BYTES": str(LIMITS["max_decompressed_bytes"])}
    result = CliRunner().invoke(cli, ["extract", *paths], env=env)
    assert result.exit_code == 3
    assert "bomb.jsonl.gz:1: decompresses past max_decompressed_bytes=4194304" in result.stderr
    assert "skipped 2 input(s): too_large 2" in result.stderr


def test_permission_denied_is_named(tmp_path):
    """Root reads every file, so as root the command runs as 'nobody' to meet a file it may not read."""
    folder = Path(tempfile.mkdtemp(prefix="detente-perm-"))
    try:
        secret = folder / "secret.txt"
        secret.write_text(PROSE, encoding="utf-8")
        secret.chmod(0o000)
        folder.chmod(0o755)
        command = [sys.executable, "-m", "detente", "extract", str(secret)]
        if os.geteuid() == 0:  # root reads anything: drop the capabilities that let it (setpriv, util-linux)
            if shutil.which("setpriv") is None:
                pytest.skip("running as root without setpriv, so no file is unreadable")
            caps = "-dac_override,-dac_read_search"
            command = ["setpriv", f"--inh-caps={caps}", f"--bounding-set={caps}", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    assert result.returncode == 3, result.stderr
    assert f"{secret}: permission denied; make the file readable" in result.stderr


def test_a_document_over_the_time_limit_is_skipped_and_the_next_one_read(tmp_path):
    small = tmp_path / "a_small.txt"
    small.write_text(PROSE, encoding="utf-8")
    slow = tmp_path / "b_slow.txt"
    slow.write_text("".join(f"In {1900 + n % 90} the United States protested to the Soviet Union again. " for n in range(6000)),
                    encoding="utf-8")
    after = tmp_path / "c_after.txt"
    after.write_text(PROSE, encoding="utf-8")
    list(pipeline.extract_documents([str(small)]))  # load the lexicons and gazetteer outside the limit
    settings = Settings().with_values(document_timeout_seconds=0.2)
    items = list(pipeline.extract_documents([str(small), str(slow), str(after)], settings))
    assert [type(i).__name__ for i in items] == ["Document", "Skipped", "Document"]
    assert items[1].reason == "timeout" and str(slow) in items[1].message
    assert "document_timeout_seconds=0.2" in items[1].message


def test_deadline_interrupts_a_busy_loop_and_leaves_no_timer_behind():
    began = time.monotonic()
    with pytest.raises(InputError) as caught, deadline(0.1, "busy.txt"):
        while True:
            pass
    assert caught.value.reason == "timeout" and time.monotonic() - began < 5
    with deadline(0.05, "quick.txt"):
        pass
    time.sleep(0.1)  # a timer left running would fire here


def test_deadline_gives_back_the_alarm_handler_it_found():
    def own(signum, frame):
        pass

    before = signal.signal(signal.SIGALRM, own)
    try:
        with deadline(5, "kept.txt"):
            assert signal.getsignal(signal.SIGALRM) is not own  # its own handler while it runs
        assert signal.getsignal(signal.SIGALRM) is own
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
        with pytest.raises(InputError), deadline(0.05, "busy.txt"):
            while True:
                pass
        assert signal.getsignal(signal.SIGALRM) == signal.SIG_DFL
    finally:
        signal.signal(signal.SIGALRM, before)


def test_deadline_outside_the_main_thread_does_nothing():
    errors = []

    def work():
        try:
            with deadline(0.01, "thread.txt"):
                time.sleep(0.05)
        except BaseException as error:  # noqa: BLE001
            errors.append(error)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert errors == []


def test_limits_come_from_settings_and_are_checked():
    with pytest.raises(Exception, match="document_timeout_seconds"):
        Settings().with_values(document_timeout_seconds="soon")
    loaded = Settings.load(environ={"DETENTE_DOCUMENT_TIMEOUT_SECONDS": "2.5", "DETENTE_MAX_DOCUMENT_BYTES": "1_000"})
    assert loaded.document_timeout_seconds == 2.5 and loaded.max_document_bytes == 1000
    for bad in ({"max_document_bytes": 0}, {"max_decompressed_bytes": "-1"}, {"document_timeout_seconds": float("nan")},
                {"document_timeout_seconds": -1.0}):
        with pytest.raises(Exception, match=next(iter(bad))):
            Settings().with_values(**bad)
    assert Settings().with_values(document_timeout_seconds=0).document_timeout_seconds == 0  # 0: no time limit


def _peak_child_rss_mb(script: str) -> tuple[float, str]:
    """Run ``script`` in a fresh interpreter; its peak resident memory (MB) and its output."""
    # VmHWM is this process's own high-water mark; ru_maxrss would carry over the forking parent's (pytest's) size
    code = script + ("\nimport re, resource\ntry:\n    peak = int(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read())[1])\n"
                     "except OSError:\n    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\nprint('RSS', peak)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    rss = int(result.stdout.rsplit("RSS", 1)[1]) / 1024
    return rss, result.stdout


@pytest.mark.parametrize("case", BIG_CASES, ids=[case.name for case in BIG_CASES])
def test_inputs_of_the_sizes_the_issue_names_are_refused_fast_with_flat_memory(case, tmp_path):
    """A single 200 MB line and a bomb past the default 256 MB limit, at the default limits, in a child process."""
    paths = case.build(tmp_path)
    script = (
        "from collections import Counter\nfrom detente.ingest.read import read_inputs\nfrom detente.model import Skipped\n"
        f"items = list(read_inputs({paths!r}))\n"
        "print('SKIPPED', dict(Counter(i.reason for i in items if isinstance(i, Skipped))), 'DOCS', "
        "sum(not isinstance(i, Skipped) for i in items))"
    )
    began = time.monotonic()
    rss, output = _peak_child_rss_mb(script)
    seconds = time.monotonic() - began
    assert f"SKIPPED {case.skipped} DOCS {case.documents}" in output
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    limit_mb = Settings().max_document_bytes / (1 << 20)
    assert rss < limit_mb + 120, f"peak {rss:.0f} MB (this test process: {baseline:.0f} MB)"  # the line is never held whole
    assert seconds < 60


def test_standard_input_streams_json_lines_and_bounds_a_document(tmp_path):
    lines = "\n".join([json.dumps({"id": "s1", "text": PROSE}), "{broken", json.dumps({"id": "s3", "text": PROSE + " Again."})])
    command = [sys.executable, "-m", "detente", "extract", "-"]
    result = subprocess.run(command, input=lines + "\n", capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 3
    assert "-:2: invalid JSON" in result.stderr
    assert {json.loads(line)["doc"] for line in result.stdout.splitlines()} == {"s1", "s3"}
    small = {**os.environ, "DETENTE_MAX_DOCUMENT_BYTES": "100"}
    result = subprocess.run(command, input=PROSE * 3, capture_output=True, text=True, timeout=120, cwd=ROOT, env=small)
    assert result.returncode == 3 and "standard input is over max_document_bytes=100" in result.stderr


def test_utf16_json_lines_are_read_whole_within_the_limit(tmp_path):
    path = tmp_path / "wide.jsonl"
    path.write_bytes((json.dumps({"id": "w1", "text": PROSE}) + "\n").encode("utf-16"))
    (doc,) = list(pipeline.extract_documents([str(path)]))
    assert isinstance(doc, Document) and doc.origin == "w1" and doc.events


def test_an_engine_build_cuts_a_giant_jsonl_line_the_same_way(tmp_path):
    """JSONL cut into byte ranges for workers: a line over the limit is skipped there too, never held whole."""
    from detente.engines.build import build_parallel

    folder = tmp_path / "in"
    folder.mkdir()
    paths = [p for p in long_line(2 * LIMITS["max_document_bytes"])(folder) if p.endswith(".jsonl")]
    settings = Settings().with_values(**LIMITS)
    report = build_parallel(paths, str(tmp_path / "e.db"), "local", 1, settings=settings, shard_bytes=1 << 16)
    assert report.shards_total >= 2  # the file was cut into ranges
    assert [(s.reason, s.line) for s in report.skipped] == [("too_large", 1)]
    assert report.read == 1


def test_a_deadline_swallowed_by_a_catch_all_fires_again():
    swallowed = 0
    began = time.monotonic()
    with pytest.raises(InputError), deadline(0.1, "stubborn.txt"):
        while time.monotonic() - began < 10:
            try:
                while True:
                    pass
            except Exception:  # noqa: BLE001 - what a library's fallback does
                swallowed += 1
                if swallowed > 1:
                    raise
    assert swallowed == 2 and time.monotonic() - began < 5


_DATE_PARSER_AT_LIMIT = """
import contextlib, sys
from htmldate import extractors
from detente.ingest import read
from detente.settings import Settings

seen = []
timed = read.deadline

@contextlib.contextmanager
def watched(seconds, origin):
    seen.append(extractors.get_external_parser.cache_info().currsize)  # 1 once dateparser's tables are built
    with timed(seconds, origin):
        yield

read.deadline = watched
items = list(read.read_inputs(sys.argv[1:], Settings().with_values(document_timeout_seconds=30)))
print(seen, [type(item).__name__ for item in items])
"""


def test_the_date_parser_html_pages_fall_back_on_is_loaded_before_a_page_time_limit_starts(tmp_path):
    """dateparser builds its tables for every language (4-5 CPU-s) the first time a page's date needs it: inside that
    page's limit it made the page time out on a busy machine, the alarm going off inside the loader. A fresh
    process, so nothing is loaded before; the page is one whose byline date reaches dateparser."""
    page = tmp_path / "byline.html"
    page.write_text(
        "<html><head><title>Relations at a glance</title></head><body><article><h1>Relations at a glance</h1>"
        "<p class='byline'>By our Delhi correspondent | Updated 15 December 2010</p>"
        "<p>The two governments opened embassies in each other's capitals in the spring of 1992, officials said.</p>"
        "<p>Trade between them grew quickly through the rest of that decade, and ministers met every year.</p>"
        "</article></body></html>", encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", _DATE_PARSER_AT_LIMIT, str(page), str(page)], capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("] ")[0] == "[1, 1", result.stdout
    assert result.stdout.strip().endswith("['Document', 'Document']"), result.stdout
