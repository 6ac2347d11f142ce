"""Engines: shards cover the input exactly once, every engine stores the same rows, stopped builds resume."""

from __future__ import annotations

import json
import sys

import pytest

from detente import timeline
from detente.engines import build_parallel, make_engine
from detente.engines.shards import Piece, _process, plan_shards, read_piece
from detente.errors import ConfigError
from detente.ingest.read import read_inputs
from detente.model import Document, Skipped
from detente.store import open_store
from tests.test_engines_support import BROKEN_STEPS, LEISURELY_STEPS, SLOW_STEPS, STEPS, sign_events


def _corpus(root, records: int = 120):
    """Text, HTML-free JSONL with a broken line and a record without text, and duplicates under two names."""
    root.mkdir(exist_ok=True)
    with open(root / "wire.jsonl", "w", encoding="utf-8") as handle:
        for n in range(records):
            if n == 17:
                handle.write("{not json\n")
            elif n == 40:
                handle.write(json.dumps({"id": "empty", "title": "no text here"}) + "\n")
            elif n == 41:
                handle.write("\n")
            else:
                text = f"Report {n}. The delegations met in Helsinki. Envoys signed protocol number {n % 50}. Talks go on."
                handle.write(json.dumps({"id": f"wire-{n}", "text": text, "published": "1975-07-30"}) + "\n")
    sub = root / "notes"
    sub.mkdir(exist_ok=True)
    for n in range(12):
        (sub / f"note{n:02d}.txt").write_text(f"Note {n}. Ministers signed a trade accord in year {1970 + n}.", encoding="utf-8")
    (sub / "copy.txt").write_text("Note 3. Ministers signed a trade accord in year 1973.", encoding="utf-8")
    (sub / "empty.txt").write_text("", encoding="utf-8")
    (sub / "boom.txt").write_text("This note makes the stand-in stage explode.", encoding="utf-8")
    return root


def _rows(db: str) -> dict:
    with open_store(db) as store:
        rows = store.dump()
    rows.pop("build_shards", None)  # how the work was cut, not what was built
    return {table: [tuple(row) for row in table_rows] for table, table_rows in rows.items()}


def _reference(paths, db):
    """A one-process build written as pipeline.build writes, document by document in input order."""
    with open_store(db) as store:
        for item in read_inputs(paths):
            if not isinstance(item, Skipped):
                item = _process(item, sign_events, None, None)  # the stand-in stage, with the pipeline's failure handling
            if isinstance(item, Skipped):
                store.record_skipped(item)
            else:
                store.write_document(item)
        timeline.sync(store)  # as pipeline.build ends
    return _rows(db)


def test_shards_cover_a_large_jsonl_file_line_for_line(tmp_path):
    root = _corpus(tmp_path / "corpus")
    path = str(root / "wire.jsonl")
    shards = list(plan_shards([path], shard_bytes=700))
    pieces = [piece for shard in shards for piece in shard.pieces]
    assert len(pieces) > 5
    assert pieces[0].start == 0 and pieces[-1].end == (root / "wire.jsonl").stat().st_size
    assert all(a.end == b.start for a, b in zip(pieces, pieces[1:], strict=False))  # no gap, no overlap

    def identity(doc, settings, dct):
        return doc

    whole = [(type(i).__name__, i.origin, getattr(i, "message", None), getattr(i, "line", None) or i.meta.get("line"))
             for i in read_inputs([path])]
    cut = [(type(i).__name__, i.origin, getattr(i, "message", None), getattr(i, "line", None) or i.meta.get("line"))
           for piece in pieces for i in read_piece(piece, identity)]
    assert cut == whole  # same documents, same skipped lines with the same messages and numbers


def test_shard_ids_are_stable_and_change_with_the_file(tmp_path):
    root = _corpus(tmp_path / "corpus")
    first = [shard.id for shard in plan_shards([str(root)], shard_bytes=2000)]
    assert first == [shard.id for shard in plan_shards([str(root)], shard_bytes=2000)]
    (root / "notes" / "note05.txt").write_text("Note 5 rewritten. Envoys signed nothing new.", encoding="utf-8")
    second = [shard.id for shard in plan_shards([str(root)], shard_bytes=2000)]
    assert len(set(first) - set(second)) == 1


def test_worker_processes_store_the_same_rows_as_one_process(tmp_path, monkeypatch):
    monkeypatch.delenv("DETENTE_PROFILE", raising=False)
    root = _corpus(tmp_path / "corpus")
    expected = _reference([str(root)], str(tmp_path / "ref.db"))
    report = build_parallel([str(root)], str(tmp_path / "two.db"), "local", 2, steps=STEPS, shard_bytes=900)
    assert report.shards_total > 3 and report.workers == 2
    assert report.profile == {}  # nothing timed unless asked
    assert _rows(str(tmp_path / "two.db")) == expected
    assert report.skipped_by_reason == {"invalid_json": 1, "no_text": 1, "empty": 1, "internal_error": 1}
    assert report.read == 130 and report.unchanged == 1  # copy.txt repeats note03.txt


def test_a_stopped_build_resumes_after_the_finished_shards(tmp_path):
    root = _corpus(tmp_path / "corpus")
    db = str(tmp_path / "resumed.db")
    seen = []

    def stop_after_three(progress):
        seen.append(progress.shards_done)
        if progress.shards_done == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_parallel([str(root)], db, "local", 1, steps=STEPS, shard_bytes=900, on_progress=stop_after_three)
    report = build_parallel([str(root)], db, "local", 1, steps=STEPS, shard_bytes=900)
    assert seen == [1, 2, 3] and report.shards_resumed == 3
    assert report.shards_done == report.shards_total - 3
    assert _rows(db) == _reference([str(root)], str(tmp_path / "ref.db"))
    again = build_parallel([str(root)], db, "local", 1, steps=STEPS, shard_bytes=900)
    assert again.shards_done == 0 and again.read == 0


def test_progress_counts_shards_and_documents(tmp_path):
    root = _corpus(tmp_path / "corpus")
    updates = []
    build_parallel([str(root)], str(tmp_path / "p.db"), "local", 1, steps=STEPS, shard_bytes=900, on_progress=updates.append)
    assert [u.shards_done for u in updates] == list(range(1, len(updates) + 1))
    assert updates[-1].shards_done == updates[-1].shards_total and updates[-1].documents == 130
    assert sum(len(u.skipped) for u in updates) == 4


def test_standard_input_and_unknown_engines_are_refused_with_a_way_out(tmp_path):
    with pytest.raises(ConfigError, match="standard input"):
        build_parallel(["-"], str(tmp_path / "s.db"), "local", 2, steps=STEPS)
    with pytest.raises(ConfigError, match="unknown engine 'spark'"):
        make_engine("spark")
    with pytest.raises(ConfigError, match="--scheduler is for --engine dask"):
        make_engine("local", 2, "tcp://127.0.0.1:8786")


def test_without_dask_the_engine_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(ConfigError) as caught:
        make_engine("dask", 2)
    assert str(caught.value) == "Install dask to use --engine dask: pip install 'detente[dask]'"


def test_dask_stores_the_same_rows_as_a_local_build(tmp_path):
    pytest.importorskip("distributed", reason="dask not installed: pip install 'detente[dask]'")
    root = _corpus(tmp_path / "corpus")
    expected = _reference([str(root)], str(tmp_path / "ref.db"))
    report = build_parallel([str(root)], str(tmp_path / "dask.db"), "dask", 2, steps=STEPS, shard_bytes=900)
    assert report.workers == 2 and report.shards_done == report.shards_total
    assert _rows(str(tmp_path / "dask.db")) == expected


def _twice_told(root):
    """The same text in two files, dated differently; the first file's copy is slow to process, so a worker that
    took the second file finishes first. A one-process build keeps the first copy (and its dates)."""
    root.mkdir()
    text = "Envoys signed the accord in Geneva. Talks go on."
    with open(root / "a.jsonl", "w", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "first", "title": "slow", "text": text, "published": "1975-01-01"}) + "\n")
    with open(root / "b.jsonl", "w", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "second", "text": text, "published": "1980-05-05"}) + "\n")
    for n in range(6):
        (root / f"c{n}.txt").write_text(f"Note {n}. Ministers signed trade accord {n}.", encoding="utf-8")
    return root


def _plan_order(root, shard_bytes: int) -> list[str]:
    return [shard.id for shard in plan_shards([str(root)], shard_bytes)]


@pytest.mark.parametrize("staged", [True, False], ids=["staged", "results"])
@pytest.mark.parametrize("engine", ["local", "dask"])
def test_into_sqlite_this_process_writes_the_workers_results_in_plan_order(tmp_path, monkeypatch, engine, staged):
    """SQLite takes one writer at a time: the workers only process, this process writes every shard, in plan order
    although a later shard finishes first, so the store is the one-process build's (the first copy of a
    twice-told text included). By default the workers stage each shard's rows in a file that this process copies
    and deletes; told otherwise, they send their results back to be written: the same rows either way."""
    if engine == "dask":
        pytest.importorskip("distributed", reason="dask not installed: pip install 'detente[dask]'")
    import os

    from detente.engines import build as build_module
    from detente.engines import writes as writes_module

    root = _twice_told(tmp_path / "corpus")
    expected = _reference([str(root)], str(tmp_path / "ref.db"))
    assert [row[1] for row in expected["documents"] if "Geneva" in row[6]] == ["first"]
    written, files, groups = [], [], []
    name = "write_staged" if staged else "write_result"
    monkeypatch.setattr("detente.engines.writes.GROUP_BYTES", 120)  # two or three of these shards a transaction
    real = getattr(writes_module, name)

    def record(store, result, timers=None):
        groups.append(len(result) if staged else 1)
        for one in result if staged else [result]:  # staged shards come in groups, a transaction each
            written.append((one.shard, os.getpid()))
            if staged:
                files.append(one.path)
                assert os.path.exists(one.path)
        return real(store, result, timers)

    def refuse(*args):
        raise AssertionError("written the other way")

    writers = {"write_result": build_module, "write_staged": writes_module}  # where each is looked up
    for other in writers:
        monkeypatch.setattr(writers[other], other, record if other == name else refuse)
    monkeypatch.setenv("DETENTE_PROFILE", "1")
    db = str(tmp_path / "workers.db")
    report = build_parallel([str(root)], db, engine, 2, steps=SLOW_STEPS, shard_bytes=60, staged=staged)
    assert report.writer == "this process" and report.shards_total >= 4
    assert [shard for shard, _ in written] == _plan_order(root, 60)
    assert {pid for _, pid in written} == {os.getpid()}
    assert report.read == 8 and report.unchanged == 1
    assert _rows(db) == expected
    # the profile: the workers processed (the slow document's second among them), this process wrote
    assert report.profile["workers"]["process"] >= 1.0 and report.profile["parent"]["write"] > 0
    assert ("stage" in report.profile["workers"]) is staged
    # a staged shard's file lived beside the store until its copy; the build's work directory went with the build
    assert all(os.path.dirname(os.path.dirname(path)) == str(tmp_path) for path in files)
    assert len(set(files)) == len(files) == (report.shards_total if staged else 0)
    assert max(groups) == (2 if staged else 1) < report.shards_total
    assert not list(tmp_path.glob("*.build-*"))


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_into_postgres_the_workers_write_their_own_shards_in_plan_order(tmp_path, monkeypatch, postgres_url, engine):
    """PostgreSQL takes writers side by side: each worker writes what it processed, yet shards commit in plan order,
    so the store is the one-process build's, and this process writes no shard."""
    if engine == "dask":
        pytest.importorskip("distributed", reason="dask not installed: pip install 'detente[dask]'")
    root = _twice_told(tmp_path / "corpus")
    expected = _reference([str(root)], str(tmp_path / "ref.db"))

    def refuse(*args):
        raise AssertionError("the building process wrote a shard")

    monkeypatch.setattr("detente.engines.build.write_result", refuse)
    monkeypatch.setenv("DETENTE_PROFILE", "1")
    report = build_parallel([str(root)], postgres_url, engine, 2, steps=SLOW_STEPS, shard_bytes=60)
    assert report.writer == "workers" and report.shards_done == report.shards_total >= 4
    assert {"process", "wait_turn", "write"} <= set(report.profile["workers"])  # timed where they happened
    assert report.read == 8 and report.unchanged == 1
    with open_store(postgres_url) as store:
        recorded = [row[0] for row in store.conn.execute("SELECT id FROM build_shards")]
    assert sorted(recorded) == sorted(_plan_order(root, 60))
    shared = _rows(postgres_url)
    assert shared == {table: rows for table, rows in expected.items() if table in shared}


def _children(pid: int) -> list[int]:
    from pathlib import Path

    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    from pathlib import Path

    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has ended
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc to find the workers")
def test_a_build_killed_mid_way_resumes_to_the_rows_of_an_uninterrupted_one(tmp_path):
    """SIGKILL to a two-worker build into SQLite after its first shards are recorded: no chance to clean up; its
    workers notice and end (though the results they were sending have no reader), and the same build run again
    redoes only the unrecorded shards."""
    import os
    import signal
    import subprocess
    import time

    root = tmp_path / "corpus"
    root.mkdir()
    with open(root / "long.jsonl", "w", encoding="utf-8") as handle:  # results larger than a pipe holds
        for n in range(80):
            text = " ".join(f"Envoys {'signed' if k == 0 else 'met on'} protocol {n}-{k} in Vienna." for k in range(300))
            handle.write(json.dumps({"id": f"long-{n}", "text": text}) + "\n")
    db = str(tmp_path / "killed.db")
    script = ("import sys; from detente.engines import build_parallel; "
              "build_parallel([sys.argv[1]], sys.argv[2], 'local', 2, steps=sys.argv[3], shard_bytes=40_000)")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    builder = subprocess.Popen([sys.executable, "-c", script, str(root), db, LEISURELY_STEPS], env=env)
    deadline = time.monotonic() + 60
    recorded = 0
    while recorded < 2 and builder.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
        try:
            with open_store(db) as store:
                recorded = store.conn.execute("SELECT COUNT(*) FROM build_shards").fetchone()[0]
        except Exception:  # noqa: BLE001 - not yet created or migrated
            recorded = 0
    workers = _children(builder.pid)
    builder.send_signal(signal.SIGKILL)
    builder.wait()
    ending = time.monotonic() + 30
    while workers and time.monotonic() < ending:  # orphaned, they notice and end, whatever they held
        workers = [pid for pid in workers if _alive(pid)]
        time.sleep(0.1)
    for pid in workers:  # the test fails below; leave no process behind
        os.kill(pid, signal.SIGKILL)
    assert not workers, "worker processes outlived their killed build"
    with open_store(db) as store:
        done = store.conn.execute("SELECT COUNT(*) FROM build_shards").fetchone()[0]
    report = build_parallel([str(root)], db, "local", 2, steps=STEPS, shard_bytes=40_000)
    assert 2 <= done < report.shards_total, "the build was not stopped half-way"
    assert report.shards_resumed == done and report.shards_done == report.shards_total - done
    assert _rows(db) == _reference([str(root)], str(tmp_path / "ref.db"))


def test_a_stopped_build_of_worker_processes_resumes(tmp_path):
    root = _corpus(tmp_path / "corpus")
    db = str(tmp_path / "resumed.db")

    def stop_after_two(progress):
        if progress.shards_done == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_parallel([str(root)], db, "local", 2, steps=STEPS, shard_bytes=900, on_progress=stop_after_two)
    report = build_parallel([str(root)], db, "local", 2, steps=STEPS, shard_bytes=900)
    assert report.shards_resumed >= 2 and report.shards_done == report.shards_total - report.shards_resumed
    assert _rows(db) == _reference([str(root)], str(tmp_path / "ref.db"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked only on Linux")
def test_workers_are_forked_only_when_no_other_thread_runs():
    """A fork copies only the calling thread, and a lock another thread holds at that moment stays held in the child
    for ever: with a second thread alive (builds run in threads), the local engine spawns its workers instead."""
    import threading

    from detente.engines.local import LocalEngine

    # earlier tests may leave threads behind (a Dask client's pools): then this process must not fork either
    alone = "fork" if threading.active_count() == 1 else "spawn"
    assert LocalEngine(1).context.get_start_method() == alone
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert LocalEngine(1).context.get_start_method() == "spawn"
    finally:
        release.set()
        other.join()
    assert LocalEngine(1).context.get_start_method() == alone


def test_a_thread_begun_after_the_engine_is_made_makes_its_workers_spawned(tmp_path):
    """The way to start workers is asked again right before they start: a thread begun between the engine's making and
    its run (a caller's, or one a warm-up step starts) would hold its locks for ever in a forked child."""
    import threading

    from detente.engines.local import LocalEngine
    from detente.settings import DEFAULT

    root = _corpus(tmp_path / "corpus", records=6)
    shards = list(plan_shards([str(root)], 900))
    release = threading.Event()
    with LocalEngine(1) as engine:
        other = threading.Thread(target=release.wait)
        other.start()
        try:
            results = list(engine.run_shards(shards, DEFAULT, None, STEPS))
        finally:
            release.set()
            other.join()
        assert engine.context.get_start_method() == "spawn"
    assert len(results) == len(shards) > 1 and all(result.items for result in results)


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_two_builds_of_worker_processes_into_one_store_at_once(tmp_path, request, backend):
    """Two builders of the same corpus into the same store at the same time (into SQLite two writing processes, into
    PostgreSQL four writing workers), each waiting for the others' transactions; every row once, as one build
    leaves them."""
    import threading

    root = _corpus(tmp_path / "corpus")
    db = str(tmp_path / "shared.db") if backend == "sqlite" else request.getfixturevalue("postgres_url")
    open_store(db).close()  # created and migrated before the builders race
    reports, errors = [], []

    def build():
        try:
            reports.append(build_parallel([str(root)], db, "local", 2, steps=STEPS, shard_bytes=900))
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)

    builders = [threading.Thread(target=build) for _ in range(2)]
    for builder in builders:
        builder.start()
    for builder in builders:
        builder.join()
    assert not errors and len(reports) == 2
    assert sum(report.stored for report in reports) == 129  # 130 read each, one a copy: stored by one builder only
    expected = _reference([str(root)], str(tmp_path / "ref.db"))
    shared = _rows(db)
    assert shared == {table: rows for table, rows in expected.items() if table in shared}


@pytest.mark.parametrize(("engine", "worker_writes"), [("local", None), ("local", True), ("dask", None), ("dask", True)])
def test_a_shard_the_store_refuses_stops_the_build_and_the_shards_behind_it(tmp_path, engine, worker_writes):
    """The store's refusal reaches this process as the error, whoever wrote (this process, or a worker when told
    to); no shard after it commits, nobody waits for ever."""
    if engine == "dask":
        pytest.importorskip("distributed", reason="dask not installed: pip install 'detente[dask]'")
    import sqlite3

    root = tmp_path / "corpus"
    root.mkdir()
    for n in range(8):
        word = "corrupt" if n == 2 else "sound"
        (root / f"n{n}.txt").write_text(f"Note {n}, {word}. Ministers signed trade accord {n}.", encoding="utf-8")
    db = str(tmp_path / "refused.db")
    with pytest.raises(sqlite3.IntegrityError):
        build_parallel([str(root)], db, engine, 2, steps=BROKEN_STEPS, shard_bytes=40, worker_writes=worker_writes)
    with open_store(db) as store:
        origins = sorted(row[0] for row in store.conn.execute("SELECT origin FROM documents"))
    assert [origin.rsplit("/", 1)[1] for origin in origins] == ["n0.txt", "n1.txt"]


def test_who_writes_can_be_chosen_and_this_process_writes_a_store_only_it_holds(tmp_path):
    root = _corpus(tmp_path / "corpus")
    expected = _reference([str(root)], str(tmp_path / "ref.db"))
    for choice, writer in ((False, "this process"), (True, "workers")):  # workers taking turns at SQLite: slower, same rows
        db = str(tmp_path / f"chosen-{choice}.db")
        report = build_parallel([str(root)], db, "local", 2, steps=STEPS, shard_bytes=900, worker_writes=choice)
        assert report.writer == writer and _rows(db) == expected
    from detente.engines.writes import worker_target

    with open_store(":memory:") as memory:
        assert worker_target(memory) is None  # only this process holds it
        report = build_parallel([str(root)], memory, "local", 2, steps=STEPS, shard_bytes=900, worker_writes=True)
        assert report.writer == "this process" and report.read == 130 and memory.counts()["documents"] == 129


def test_workers_of_a_remote_dask_cluster_write_only_a_server_they_can_reach():
    pytest.importorskip("distributed", reason="dask not installed: pip install 'detente[dask]'")
    from detente.engines.dask import DaskEngine

    remote = DaskEngine(2, "tcp://scheduler.example:8786")  # not connected: only the decision is asked
    assert remote.writes_to("postgresql://detente@db.example/detente")
    assert not remote.writes_to("postgresql://postgres@127.0.0.1:5432/detente")  # each worker's own machine
    assert not remote.writes_to("postgresql://detente@localhost/detente")
    assert not remote.writes_to(str(__file__))  # an SQLite file here: the workers may run elsewhere


@pytest.mark.parametrize("workers", [1, 2])
def test_a_parallel_build_into_postgres_matches_sqlite(tmp_path, postgres_url, workers):
    """Two workers write their own shards; one worker writes each shard in a thread while it processes the next."""
    root = _corpus(tmp_path / "corpus")
    build_parallel([str(root)], postgres_url, "local", workers, steps=STEPS, shard_bytes=900)
    build_parallel([str(root)], str(tmp_path / "lite.db"), "local", 1, steps=STEPS, shard_bytes=900)
    shared, lite = _rows(postgres_url), _rows(str(tmp_path / "lite.db"))
    assert shared["documents"] and shared["events"]
    assert shared == {table: rows for table, rows in lite.items() if table in shared}  # SQLite adds its FTS/key tables


def test_documents_cross_processes_without_their_working_records(tmp_path):
    root = _corpus(tmp_path / "corpus")
    from detente.engines.shards import process_shard

    shard = next(plan_shards([str(root / "notes")]))
    result = process_shard(shard, steps=STEPS)
    docs = [item for item in result.items if isinstance(item, Document)]
    assert docs and all(not doc.sentences and not doc.mentions and doc.events for doc in docs)
    assert isinstance(Piece(str(root)), Piece)


# The command line, on the real pipeline: engines are compared with each other, never with fixed counts,
# because the stages keep changing what they find.

def _cli(*args):
    from click.testing import CliRunner

    from detente.cli import cli

    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _exported(db: str) -> list[dict]:
    result = _cli("export", "--db", db, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    return sorted((json.loads(line) for line in result.stdout.splitlines()), key=lambda event: event["id"])


@pytest.fixture
def demo_corpus(tmp_path):
    """The bundled demo corpus plus an unreadable input, so skipped inputs and exit code 3 are compared too."""
    import shutil

    from detente.resources import demo_paths

    root = tmp_path / "demo"
    root.mkdir()
    with demo_paths() as paths:
        for path in paths:
            shutil.copy(path, root / path.name)
    (root / "zz_broken.jsonl").write_text('{"id": "ok", "text": "In 1972 the United States and the Soviet Union signed '
                                          'the ABM Treaty."}\n{broken\n', encoding="utf-8")
    return str(root)


@pytest.mark.parametrize("engine_args", [["--workers", "2"], ["--engine", "dask", "--workers", "2"]], ids=["local2", "dask2"])
def test_build_on_an_engine_prints_and_stores_what_a_plain_build_does(tmp_path, demo_corpus, engine_args):
    if "dask" in engine_args:
        pytest.importorskip("distributed", reason="dask not installed: pip install 'detente[dask]'")
    plain, sharded = str(tmp_path / "plain.db"), str(tmp_path / "sharded.db")
    expected = _cli("build", demo_corpus, "--db", plain)
    result = _cli("build", demo_corpus, "--db", sharded, *engine_args)
    assert expected.exit_code == result.exit_code == 3  # the broken line
    assert result.stdout.replace(sharded, plain) == expected.stdout
    assert "zz_broken.jsonl:2: invalid JSON" in result.stderr and "shards 1/1" in result.stderr
    assert _exported(sharded) == _exported(plain)
    assert _rows(sharded) == _rows(plain)


def test_build_run_again_on_an_engine_resumes_instead_of_reading_again(tmp_path, demo_corpus):
    db = str(tmp_path / "s.db")
    first = _cli("build", demo_corpus, "--db", db, "--engine", "local", "--workers", "1")
    again = _cli("build", demo_corpus, "--db", db, "--engine", "local", "--workers", "1")
    assert first.exit_code == 3 and "documents read 0" not in first.stdout
    assert again.exit_code == 0 and "documents read 0, stored 0" in again.stdout
    assert "(1 finished by an earlier build)" in again.stderr


def test_build_options_that_do_not_fit_are_refused(tmp_path, demo_corpus):
    db = str(tmp_path / "s.db")
    stdin = _cli("build", "-", "--db", db, "--workers", "2")
    assert stdin.exit_code == 1 and "standard input cannot be split" in stdin.stderr
    local = _cli("build", demo_corpus, "--db", db, "--engine", "local", "--scheduler", "tcp://127.0.0.1:8786")
    assert local.exit_code == 1 and "--scheduler is for --engine dask" in local.stderr
    assert _cli("build", demo_corpus, "--db", db, "--workers", "0").exit_code == 2


def test_strict_stops_an_engine_build_at_the_first_skipped_input(tmp_path, demo_corpus):
    result = _cli("build", demo_corpus, "--db", str(tmp_path / "s.db"), "--workers", "1", "--strict")
    assert result.exit_code == 1 and "stopped by --strict" in result.stderr and "invalid_json" not in result.stdout


def test_build_into_postgres_from_the_command_line(tmp_path, demo_corpus, postgres_url):
    lite = str(tmp_path / "lite.db")
    _cli("build", demo_corpus, "--db", lite)
    result = _cli("build", demo_corpus, "--db", postgres_url, "--workers", "2")
    assert result.exit_code == 3 and result.stdout.startswith("documents read")
    assert _exported(postgres_url) == _exported(lite)


def _profiling() -> bool:
    import dask

    return dask.config.get("distributed.worker.profile.enabled")


def test_a_dask_cluster_for_a_build_runs_separate_processes_of_one_thread_without_the_profiler():
    """What makes two Dask workers use two cores: processes (not threads sharing one interpreter), one thread each,
    and none of the dashboard's per-task sampling, which cost a quarter of a build's CPU."""
    pytest.importorskip("distributed", reason="dask not installed: pip install 'detente[dask]'")
    import os

    with make_engine("dask", 2) as engine:
        workers = engine.client.scheduler_info()["workers"]
        assert len(workers) == 2 and all(info["nthreads"] == 1 for info in workers.values())
        pids = set(engine.client.run(os.getpid).values())
        assert len(pids) == 2 and os.getpid() not in pids
        assert set(engine.client.run(_profiling).values()) == {False}
        assert engine.workers == engine.threads == 2


def _tables_loaded() -> bool:
    from detente.events.triggers import _index

    return _index.cache_info().currsize == 1


def _threads() -> int:
    import threading

    return threading.active_count()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers come from a fork server on Linux only")
def test_a_dask_cluster_for_a_build_starts_its_workers_from_a_fork_server_with_the_pipeline_loaded():
    """Workers are not forked from this process, whose other threads may hold a lock at that moment (a CI run once
    hung so), but from one fork server of its own that loaded the pipeline's tables once: every worker starts with
    them loaded, before any shard, and no worker imports and loads them again."""
    pytest.importorskip("distributed", reason="dask not installed: pip install 'detente[dask]'")
    import os
    import threading

    helpers = [threading.Thread(target=threading.Event().wait, args=(0.5,)) for _ in range(3)]
    for helper in helpers:  # a process running threads of its own, as the one that hung
        helper.start()
    with make_engine("dask", 2) as engine:
        parents = set(engine.client.run(os.getppid).values())
        assert len(parents) == 1 and os.getpid() not in parents  # one fork server, not this process
        assert set(engine.client.run(_tables_loaded).values()) == {True}
    for helper in helpers:
        helper.join()


def test_a_dask_cluster_whose_workers_do_not_start_in_time_stops_with_an_error_not_a_hang(monkeypatch):
    """A worker that never reports (the hang a fork from a threaded process can cause) ends the start with a
    ConfigError that says what to do, and leaves no worker process behind."""
    pytest.importorskip("distributed", reason="dask not installed: pip install 'detente[dask]'")
    import multiprocessing
    import time

    import detente.engines.dask as dask_engine

    before = {child.pid for child in multiprocessing.active_children()}
    monkeypatch.setattr(dask_engine, "START_TIMEOUT", "0.01s")
    with pytest.raises(ConfigError, match=r"did not start .*0\.01s to start: try fewer --workers, or --engine local"):
        with make_engine("dask", 2):
            pass
    def started_here() -> set[int]:
        return {child.pid for child in multiprocessing.active_children()} - before

    deadline = time.monotonic() + 30
    while started_here() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert started_here() == set()


def test_a_build_s_work_directory_is_its_own_and_one_a_killed_build_left_is_removed(tmp_path):
    """Staged shards live in a directory beside the store, one per build (two builders at once never share one);
    one left behind by a build whose process is gone (SIGKILL) is removed by the next build, another live
    builder's is left alone."""
    import os
    import subprocess

    from detente.engines.writes import WorkDirectory

    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    left = tmp_path / f"s.db.build-{gone.pid}-abc"
    live = tmp_path / f"s.db.build-{os.getppid()}-def"
    for folder in (left, live):
        folder.mkdir()
        (folder / "shard.db").write_bytes(b"")
    with open_store(str(tmp_path / "s.db")) as store:
        with WorkDirectory(store) as first, WorkDirectory(store) as second:
            assert first.path is None  # made only when a build stages
            mine, other = first.create(), second.create()
            assert mine != other and os.path.dirname(mine) == str(tmp_path) and os.path.isdir(mine)
            assert not left.exists() and live.exists()
        assert not os.path.exists(mine) and not os.path.exists(other)


def test_a_shard_holds_pages_by_its_files_names():
    from detente.engines.shards import Shard, holds_html

    def shard(*names: str) -> Shard:
        return Shard("x", 0, tuple(Piece(name) for name in names), 1)

    assert holds_html(shard("notes/a.txt", "pages/b.HTM"))
    assert holds_html(shard("crawl/c.warc.gz"))
    assert holds_html(shard("site/d.xhtml.gz", "e.jsonl"))
    assert not holds_html(shard("a.txt", "wire.jsonl.gz", "f.md", "html.txt"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked only on Linux")
def test_worker_processes_find_the_html_reader_loaded_when_the_build_holds_pages(tmp_path, monkeypatch):
    """trafilatura's import and its fallback's stoplists are loaded once, before the workers fork, when several shards
    to do hold HTML pages or web archives; a build of text alone, with one such shard, or in one process, does not load
    them ahead (its one reader of pages loads them as before)."""
    import detente.engines.build as build_module
    import detente.engines.local as local_module

    warmed: list[int] = []
    monkeypatch.setattr(build_module, "warm_html", lambda: warmed.append(1))
    # earlier tests may leave threads behind (a Dask client's pools), which make the workers spawned: the warm-up is
    # then skipped, so here the engine is taken to fork (the workers themselves start as _context says)
    monkeypatch.setattr(local_module, "forks", lambda: True)
    root = _corpus(tmp_path / "corpus", records=20)
    build_parallel([str(root)], str(tmp_path / "text.db"), "local", 2, steps=STEPS, shard_bytes=900)
    assert warmed == []
    page = "<html><body><p>Envoys of Chile and Peru met in Lima in 1929 and signed a treaty on Tacna.</p></body></html>"
    (root / "page.html").write_text(page, encoding="utf-8")
    build_parallel([str(root)], str(tmp_path / "one_page.db"), "local", 2, steps=STEPS, shard_bytes=900)
    assert warmed == []
    (root / "notes" / "other.htm").write_text(page.replace("1929", "1930"), encoding="utf-8")
    build_parallel([str(root)], str(tmp_path / "one_process.db"), "local", 1, steps=STEPS, shard_bytes=900)
    assert warmed == []
    build_parallel([str(root)], str(tmp_path / "pages.db"), "local", 2, steps=STEPS, shard_bytes=900)
    assert warmed == [1]
    monkeypatch.setattr(local_module, "forks", lambda: False)
    build_parallel([str(root)], str(tmp_path / "spawned.db"), "local", 2, steps=STEPS, shard_bytes=900)
    assert warmed == [1]  # spawned workers inherit nothing: no load ahead


def test_warming_the_html_reader_loads_the_stoplists_its_fallback_reads():
    from trafilatura import external

    from detente.ingest.html import warm

    warm()
    assert external.JT_STOPLIST and "the" in external.JT_STOPLIST
