"""Kill -9 `detente build` at random moments, build again, and compare the store with an uninterrupted build.

    python scripts/crash_test.py [--rounds 5] [--kills 2] [--backend sqlite|postgres|both] [--seed 1] [--workers N] [PATH...]

PATH defaults to the bundled demo corpus. For each backend: one uninterrupted build is the reference; then every
round starts from an empty store, kills the build (SIGKILL, no chance to clean up) up to ``--kills`` times at a
random moment between its start and the reference build's duration, runs it once more to the end, and
compares every row of every table with the reference. While the builds run, a reader opens the store
read-only and lists its events again and again, as the web app and `detente timeline` would; any error it
meets is counted. PostgreSQL runs when $DETENTE_TEST_POSTGRES names a server (scripts/ci_postgres.sh), each
store in a schema of its own, dropped afterwards. The reference and the rounds must run the same code: in a
work tree others edit meanwhile, run a frozen copy (git archive HEAD src | tar -x -C DIR; PYTHONPATH=DIR/src).

``--workers N`` builds on the local engine (shards, each written in one batch, see engines/build.py) instead
of the plain one-process build.

Prints one line per round and a summary; exits 1 when a row was lost or added, or a reader failed.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote


def demo_corpus() -> str:
    """The demo corpus of the detente that runs (PYTHONPATH may point at a frozen copy of the code)."""
    import detente

    return str(Path(detente.__file__).parent / "data" / "demo")


@dataclass
class Outcome:
    backend: str
    rounds: int = 0
    kills: int = 0
    killed_mid_write: int = 0  # kills that left a partial store behind (the rest came before the first row)
    reference_rows: int = 0
    rows_lost: int = 0
    rows_extra: int = 0
    reader_reads: int = 0
    reader_errors: list[str] = field(default_factory=list)
    tables: dict[str, list[int]] = field(default_factory=dict)  # table -> [rows lost, rows extra]
    drift: int = 0  # rows an uninterrupted control build at the end differs from the reference by (must be 0)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.rows_lost == 0 and self.rows_extra == 0 and not self.reader_errors and not self.drift


def _build_command(paths: list[str], db: str, extra: tuple[str, ...] = ()) -> list[str]:
    return [sys.executable, "-m", "detente", "build", *paths, "--db", db, "-q", *extra]


def _dump(db: str) -> dict[str, list[tuple]]:
    from detente.store import open_store

    with open_store(db) as store:
        return store.dump()


def _rows(dump: dict[str, list[tuple]]) -> set[tuple]:
    return {(table, repr(row)) for table, rows in dump.items() for row in rows}


def _document_count(db: str) -> int:
    from detente.store import open_store

    try:
        with open_store(db, readonly=True) as store:
            return store.counts()["documents"]
    except Exception:  # noqa: BLE001 - not created yet, or not migrated yet
        return 0


class Reader(threading.Thread):
    """Reads the store's events over and over while a build writes it; counts reads and errors."""

    def __init__(self, db: str):
        super().__init__(daemon=True)
        self.db = db
        self.reads = 0
        self.errors: list[str] = []
        self.stop = threading.Event()

    def run(self) -> None:
        from detente.errors import StoreError
        from detente.store import open_store

        while not self.stop.is_set():
            try:
                with open_store(self.db, readonly=True) as store:
                    for _ in store.events():
                        pass
                self.reads += 1
            except StoreError:
                pass  # the build has not created or migrated the store yet: not a reader failure
            except Exception as error:  # noqa: BLE001 - every other failure is what this counts
                self.errors.append(f"{type(error).__name__}: {str(error).strip().splitlines()[0] if str(error).strip() else ''}")
            self.stop.wait(0.05)


@contextmanager
def _sqlite_store(folder: Path, name: str):
    yield str(folder / f"{name}.db")


@contextmanager
def _postgres_store(folder: Path, name: str):
    import psycopg

    base = os.environ["DETENTE_TEST_POSTGRES"]
    schema = f"crash_{name}_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    separator = "&" if "?" in base else "?"
    try:
        yield f"{base}{separator}options={quote(f'-csearch_path={schema}')}"
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def _kill_at_random(process: subprocess.Popen, db: str, rng: random.Random, duration: float, documents: int) -> bool:
    """SIGKILL ``process`` at a random moment; False if it finished first.

    Half the kills come at a random time (start-up, migration, any write); the others once the store holds a
    random number of documents, a moment later (mid-document, mid-merge, at the very end).
    """
    if rng.random() < 0.5:
        deadline, target = time.monotonic() + rng.uniform(0.1, duration), None
    else:
        deadline, target = time.monotonic() + duration * 3, rng.randint(1, max(1, documents))
    while process.poll() is None and time.monotonic() < deadline:
        if target is not None and _document_count(db) >= target:
            time.sleep(rng.uniform(0, 0.2))
            break
        time.sleep(0.02)
    if process.poll() is not None:
        return False
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    return True


def run(backend: str, paths: list[str], rounds: int, kills: int, seed: int, echo=print, workers: int | None = None) -> Outcome:
    """Crash-test one backend; returns the counts (see :class:`Outcome`). ``workers``: build on the local engine."""
    build_args = ("--workers", str(workers)) if workers else ()
    rng = random.Random(seed)
    outcome = Outcome(backend)
    began = time.monotonic()
    store = _postgres_store if backend == "postgres" else _sqlite_store
    with tempfile.TemporaryDirectory(prefix="detente-crash-") as tmp:
        folder = Path(tmp)
        with store(folder, "reference") as reference_db:
            started = time.monotonic()
            subprocess.run(_build_command(paths, reference_db, build_args), check=True, stdout=subprocess.DEVNULL)
            duration = time.monotonic() - started
            dump = _dump(reference_db)
            reference = _rows(dump)
            documents = len(dump["documents"])
        outcome.reference_rows = len(reference)
        echo(f"{backend}: reference build {duration:.1f} s, {len(reference)} rows")
        for number in range(1, rounds + 1):
            with store(folder, f"round{number}") as db:
                reader = Reader(db)
                reader.start()
                partial = []
                for _ in range(kills):
                    process = subprocess.Popen(_build_command(paths, db, build_args), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                    if _kill_at_random(process, db, rng, duration, documents):
                        outcome.kills += 1
                        partial.append(_document_count(db))
                subprocess.run(_build_command(paths, db, build_args), check=True, stdout=subprocess.DEVNULL)
                reader.stop.set()
                reader.join()
                rows = _rows(_dump(db))
                lost, extra = len(reference - rows), len(rows - reference)
                for table, _ in reference - rows:
                    outcome.tables.setdefault(table, [0, 0])[0] += 1
                for table, _ in rows - reference:
                    outcome.tables.setdefault(table, [0, 0])[1] += 1
                outcome.rounds += 1
                outcome.killed_mid_write += sum(1 for count in partial if count)
                outcome.rows_lost += lost
                outcome.rows_extra += extra
                outcome.reader_reads += reader.reads
                outcome.reader_errors += reader.errors
                echo(f"{backend} round {number}: killed with {partial} documents stored; after the re-run "
                     f"{len(rows)} rows, lost {lost}, extra {extra}; reader {reader.reads} reads, {len(reader.errors)} errors")
        with store(folder, "control") as control_db:  # an uninterrupted build again: did the code change meanwhile?
            subprocess.run(_build_command(paths, control_db, build_args), check=True, stdout=subprocess.DEVNULL)
            outcome.drift = len(reference ^ _rows(_dump(control_db)))
        if outcome.drift:
            echo(f"{backend}: an uninterrupted control build differs from the reference in {outcome.drift} rows: the "
                 "code or the inputs changed during the test, so its counts mean nothing; run it on a frozen copy")
    outcome.seconds = time.monotonic() - began
    return outcome


def summary(outcome: Outcome) -> str:
    return (f"crash test {outcome.backend}: {outcome.rounds} rounds, {outcome.kills} kills "
            f"({outcome.killed_mid_write} mid-build), reference rows {outcome.reference_rows}, "
            f"rows lost {outcome.rows_lost}, rows extra {outcome.rows_extra}, "
            f"reader reads {outcome.reader_reads}, reader errors {len(outcome.reader_errors)}, "
            f"control build drift {outcome.drift} ({outcome.seconds:.0f} s)")


def backends(choice: str) -> list[str]:
    wanted = ["sqlite", "postgres"] if choice == "both" else [choice]
    if "postgres" in wanted and not os.environ.get("DETENTE_TEST_POSTGRES"):
        print("postgres: skipped, DETENTE_TEST_POSTGRES is not set (scripts/ci_postgres.sh starts a server)")
        wanted.remove("postgres")
    return wanted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", help="inputs to build (default: the demo corpus)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--kills", type=int, default=2, help="kills per round before the build is let finish")
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=None, help="build on the local engine with N workers")
    args = parser.parse_args(argv)
    paths = args.paths or [demo_corpus()]
    outcomes = [run(name, paths, args.rounds, args.kills, args.seed, workers=args.workers) for name in backends(args.backend)]
    for outcome in outcomes:
        print(summary(outcome))
        for table, (lost, extra) in sorted(outcome.tables.items()):
            print(f"  table {table}: lost {lost}, extra {extra}")
        for error in outcome.reader_errors[:5]:
            print(f"  reader error: {error}")
    return 0 if all(outcome.ok for outcome in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
