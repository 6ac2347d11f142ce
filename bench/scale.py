"""Scale benchmark: documents/s and MB/s per engine and store, peak memory, scaling ratios.

    python bench/scale.py [--corpus DIR] [--docs 200000] [--sample-mb 6] [--postgres URL] [--steps pipeline|text]
                          [--only RUNS] [--repeat N] [--writes N] [--profile] [--ceiling]

Generates the corpus with bench/corpus.py when DIR is empty, then builds a sample
of it (a fixed share of every format: JSONL, gzipped JSONL, text, HTML, WARC; the last
JSONL and WARC file of a format cut to fit) with:
the plain one-process build (pipeline.build), local 1 and 2 workers, Dask with 1 and 2 workers, into SQLite,
and local 1 and 2 workers into PostgreSQL (when --postgres or $DETENTE_TEST_POSTGRES
names a server). Peak memory (RSS of the whole process tree, sampled) is measured
for the single-process build on the sample and on a sample four times larger, to
show it does not grow with the corpus (any SQLite build named with ``_x4`` in ``--only``, e.g.
``local2_sqlite_x4``, is measured so too). Each build runs in a fresh process.

The timeline merge (one pass in the building process after the last shard, the same for every
engine) is left out unless ``--merge``: the figures are those of extraction and storing.
``--steps text`` runs only the text stages (cleaning, sections, sentences) per
document: a stand-in while the full pipeline cannot run; the report says which ran.
``--repeat N`` runs the chosen builds N times, round after round (each round every build once, back to back),
and gives every ratio per round and their median: on a shared machine only builds run close together compare.
``--writes N`` times the store alone: one sample processed once, its shards written N times into a new SQLite
file and a new PostgreSQL schema, alternately (wall, this process's CPU, and the server backend's CPU), and
staged in files then copied into a new SQLite file in groups, as worker processes and the building process do
(the staging's CPU and the copy's, apart).
``--profile`` sets $DETENTE_PROFILE in every build and prints, per build, where the time went (engines/profile.py):
the workers' processing (wall and CPU), waiting for a shard, pickling results or staging a shard's rows in a
file, waiting for the turn to write,
writing; the building process waiting for results, unpickling, writing; and how busy the workers were
(processing CPU over workers x running wall). A run named with ``_workers`` (``local2_sqlite_workers``) has the
workers write their own shards whatever the store (``worker_writes=True``), to compare with the default.
``--peer SRC`` runs every build twice in each round, this checkout's then SRC's (another commit's ``src``, put
on PYTHONPATH), and gives this one's CPU and wall time over the peer's, per build and round.
``--ceiling`` measures, at the start and the end of every round, what two processes can get out of this machine at
that moment: the pipeline alone (no engine, no store) over the sample's first quarter in one process, then in two
processes at once (each the same quarter); 2 x one's time / two's time is the most any engine's 2/1 ratio could be
in that round (2.0 on two idle cores; less when other programs hold a core). Each ratio is then also given as a
share of that ceiling.
"parent" is the CPU of the building process (planning, the timeline, and the writes it makes itself; with
worker processes that write their own shards, little else).
"MB/s in" counts input bytes as read from disk (compressed files at their compressed size); "MB/s text"
the text the pipeline read (the stored documents' cleaned text, in characters): the figure the
target of 1 MB/s per core is about.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
STEPS = {"pipeline": "detente.pipeline:process", "text": "scale:text_stages"}
SHARES = (("jsonl", 0.80), ("text", 0.08), ("html", 0.07), ("warc", 0.05))


def text_stages(doc, settings=None, dct=None, **named):
    """The text stages of the pipeline only (clean, sections, sentences): the stand-in for ``--steps text``."""
    from detente.model import content_id
    from detente.text.clean import clean_text
    from detente.text.layout import split_sections
    from detente.text.sentences import split_sentences

    cleaned = clean_text(doc.text)
    doc.text = cleaned.text
    doc.id = content_id(doc.text)
    doc.sections = split_sections(doc.text)
    doc.sentences = split_sentences(doc.text, doc.sections)
    return doc


def sample(corpus: Path, megabytes: float, into: Path) -> list[str]:
    """Inputs of every format, in a fixed order, about ``megabytes`` of text in all, shared as the corpus is.

    Whole files while they fit; the last JSONL or WARC file of a format is cut (its first lines or records,
    gzipped again if it was) into ``into``, so a sample can be smaller than one shard file of the corpus.
    """
    chosen: list[str] = []
    into.mkdir(parents=True, exist_ok=True)
    for kind, share in SHARES:
        budget = megabytes * 1e6 * share
        files = sorted(path for path in (corpus / kind).rglob("*") if path.is_file())
        if kind == "jsonl":  # plain and gzipped shards alternate so both readers are measured
            plain = [f for f in files if not f.name.endswith(".gz")]
            packed = [f for f in files if f.name.endswith(".gz")]
            files = [f for pair in zip(plain, packed, strict=False) for f in pair] + plain[len(packed):]
        used = 0.0
        for path in files:
            if used >= budget:
                break
            size = _text_size(path)
            if size > budget - used and kind in ("jsonl", "warc"):
                path, size = _cut(path, budget - used, into / f"{megabytes:g}-{path.name}")
            chosen.append(str(path))
            used += size
    return chosen


def _text_size(path: Path) -> int:
    if path.name.endswith(".gz"):
        with gzip.open(path, "rb") as handle:
            return sum(len(block) for block in iter(lambda: handle.read(1 << 20), b""))
    return path.stat().st_size


def _cut(path: Path, budget: float, out: Path) -> tuple[Path, int]:
    """The head of a JSONL or WARC file holding about ``budget`` bytes (uncompressed), as a file of its own."""
    opener = gzip.open if path.name.endswith(".gz") else open
    used = 0
    if path.name.endswith((".jsonl", ".jsonl.gz")):
        with opener(path, "rb") as source, opener(out, "wb") as target:
            for line in source:
                if used >= budget:
                    break
                target.write(line)
                used += len(line)
        return out, used
    from warcio.archiveiterator import ArchiveIterator
    from warcio.warcwriter import WARCWriter

    with open(path, "rb") as source, open(out, "wb") as target:
        writer = WARCWriter(target, gzip=True)
        for record in ArchiveIterator(source):
            if used >= budget:
                break
            used += int(record.rec_headers.get_header("Content-Length") or 0)
            writer.write_record(record)
    return out, used


def run_build(paths: list[str], db: str, engine: str, workers: int, steps: str, merge: bool = False,
              shard_mb: float = 4.0, profile: bool = False, writer: str = "", source: str = "") -> dict:
    """One build in a fresh process; its report with the peak RSS of its whole process tree."""
    import psutil

    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(paths))
    command = [sys.executable, str(HERE / "scale.py"), "_run", "--db", db, "--engine", engine, "--workers", str(workers),
               "--steps", steps, "--list", listing.name, "--shard-mb", str(shard_mb)] + (["--merge"] if merge else [])
    command += ["--writer", writer] if writer else []
    env = {**os.environ, "DETENTE_PROFILE": "1"} if profile else dict(os.environ)
    if source:  # another checkout's detente (--peer): the same build of an older commit, for a before/after
        env["PYTHONPATH"] = source
    load = round(os.getloadavg()[0], 2)  # the machine is shared: what else was running when this build began
    import resource

    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=HERE, env=env)
    peak = 0
    done = threading.Event()
    seen: dict[int, tuple[str, float]] = {}  # pid -> (role, CPU seconds when last sampled): the tree's CPU per process

    def watch() -> None:
        nonlocal peak
        try:
            tree = psutil.Process(child.pid)
        except psutil.Error:
            return
        while not done.is_set():
            try:
                members = [tree, *tree.children(recursive=True)]
                total = 0
                for member in members:
                    with member.oneshot():
                        total += member.memory_info().rss
                        used = member.cpu_times()
                        role = seen[member.pid][0] if member.pid in seen else _role(member, tree)
                        seen[member.pid] = (role, used.user + used.system)
                peak = max(peak, total)
            except psutil.Error:
                pass
            time.sleep(0.1)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    out, _ = child.communicate()
    done.set()
    watcher.join()
    os.unlink(listing.name)
    if child.returncode != 0:
        raise SystemExit(f"build {engine}/{workers} into {db} failed (exit {child.returncode})")
    report = json.loads(out.strip().splitlines()[-1])
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the tree's processes that were waited for
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    # A Dask cluster's workers come from a fork server that nobody waits for (it ends with the build), so their CPU
    # never reaches RUSAGE_CHILDREN: the CPU sampled per process every 0.1 s is then the larger, truer figure.
    cpu = max(cpu, sum(used for _, used in seen.values()))
    report.update(wall=time.perf_counter() - began, peak_rss_mb=round(peak / 1e6, 1), cpu_seconds=round(cpu, 1))
    roles: dict[str, list[float]] = {}
    for role, used in seen.values():  # sampled every 0.1 s: a process's last tenth of a second is not counted
        roles.setdefault(role, []).append(used)
    report["cpu_by_process"] = {role: [round(used, 2) for used in sorted(values, reverse=True)] for role, values in roles.items()}
    report["text_mb_per_cpu_s"] = round(report["text_chars"] / 1e6 / cpu, 3) if cpu else None
    report["docs_per_s"] = round(report["read"] / report["seconds"], 1)
    # the same without starting the engine (a Dask cluster's processes): what a long build settles to
    running = report["seconds"] - report.get("startup_seconds", 0.0)
    report["docs_per_s_running"] = round(report["read"] / running, 1) if running > 0 else None
    report["mb_per_s"] = round(report["bytes"] / 1e6 / report["seconds"], 3)
    report["text_mb_per_s"] = round(report["text_chars"] / 1e6 / report["seconds"], 3)
    report["load_before"] = load
    return report


def _role(member, root) -> str:
    """What a process of a build's tree is, from its command line: the building process, a worker (spawned by
    multiprocessing, forked from a fork server or from the building process), or Dask's and multiprocessing's helpers."""
    if member.pid == root.pid:
        return "building process"
    line = " ".join(member.cmdline())
    if "resource_tracker" in line:
        return "resource tracker"
    if "forkserver" in line:
        return "fork server" if member.ppid() == root.pid else "worker (from the fork server)"
    if "spawn_main" in line:
        return "worker (spawned)"
    return "worker (forked)"


def ceiling(paths: list[str], shard_mb: float, steps: str) -> dict:
    """The pipeline alone over the sample's first quarter: in one process, then in two at once (``--ceiling``)."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(paths))
    command = [sys.executable, str(HERE / "scale.py"), "_pipeline", "--list", listing.name, "--shard-mb", str(shard_mb),
               "--steps", steps]

    def run(count: int) -> float:
        children = [subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=HERE) for _ in range(count)]
        spans = [json.loads(child.communicate()[0].strip().splitlines()[-1]) for child in children]
        return max(span["end"] for span in spans) - min(span["start"] for span in spans)

    try:
        one, two = run(1), run(2)
    finally:
        os.unlink(listing.name)
    return {"one_s": round(one, 2), "two_s": round(two, 2), "ratio": round(2 * one / two, 2), "load": round(os.getloadavg()[0], 2)}


def _pipeline_alone(args: argparse.Namespace) -> None:
    """``scale.py _pipeline``: the first quarter of the sample's shards processed here, timed without start-up."""
    sys.path.insert(0, str(HERE))
    from detente.engines.shards import load_steps, plan_shards, process_shard

    paths = Path(args.list).read_text().split("\n")
    load_steps(STEPS[args.steps])
    shards = list(plan_shards(paths, int(args.shard_mb * 1e6)))
    start = time.time()
    for shard in shards[: max(1, len(shards) // 4)]:
        process_shard(shard, steps=STEPS[args.steps])
    print(json.dumps({"start": start, "end": time.time()}))


def _child(args: argparse.Namespace) -> None:
    """The build itself (``scale.py _run``), in its own process so its memory and start-up are its own."""
    sys.path.insert(0, str(HERE))
    from detente.engines import build_parallel
    from detente.store import open_store

    paths = Path(args.list).read_text().split("\n")
    threads = _ThreadCpu() if os.environ.get("DETENTE_PROFILE") else None
    if not args.merge:  # the timeline merge is one pass in this process after any engine's build: timed apart
        from detente import timeline

        timeline.update = timeline.sync = lambda *rest, **named: 0
    if args.engine == "plain":  # the plain `detente build`: pipeline.build in this process, no shards
        import importlib

        from detente import pipeline

        module, _, name = STEPS[args.steps].partition(":")
        pipeline.process = getattr(importlib.import_module(module), name)  # --steps text: the same stand-in
        began = time.perf_counter()
        with open_store(args.db) as store:
            report = pipeline.build(paths, store)
        seconds = time.perf_counter() - began
        counts = {"bytes": sum(os.path.getsize(path) for path in paths), "seconds": seconds, "shards": 0}
    else:
        report = build_parallel(paths, args.db, args.engine, args.workers, steps=STEPS[args.steps],
                                shard_bytes=int(args.shard_mb * 1e6), worker_writes=True if args.writer == "workers" else None)
        counts = {"bytes": report.bytes, "seconds": report.seconds, "shards": report.shards_total,
                  "startup_seconds": round(report.startup_seconds, 2), "threads": report.threads, "workers": report.workers,
                  "writer": report.writer, "profile": report.profile}
    with open_store(args.db) as store:  # the text the pipeline read: cleaned document text, in characters
        text_chars = store.conn.execute("SELECT SUM(LENGTH(text)) FROM documents").fetchone()[0] or 0
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)  # this process alone: planning, and writing the store for the workers
    if threads is not None:
        counts["cpu_by_thread"] = threads.stop()
    print(json.dumps({"read": report.read, "stored": report.stored, "events": report.events, "skipped": len(report.skipped),
                      "text_chars": text_chars, "writer_cpu_seconds": round(own.ru_utime + own.ru_stime, 1), **counts}))


class _ThreadCpu:
    """The building process's CPU per thread (``--profile``): /proc's figure for each thread, sampled every 0.5 s
    and named from ``threading`` (Dask's event loop, the queues' feeders, ...); threads of one name are summed."""

    def __init__(self) -> None:
        self.used: dict[int, tuple[str, float]] = {}
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._watch, name="bench thread sampler", daemon=True)
        self.thread.start()

    def _sample(self) -> None:
        names = {thread.native_id: thread.name for thread in threading.enumerate()}
        tick = os.sysconf("SC_CLK_TCK")
        for task in Path("/proc/self/task").iterdir():
            try:
                fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            tid = int(task.name)
            name = names.get(tid) or (self.used[tid][0] if tid in self.used else f"thread {tid}")
            name = name.split(" ")[0] if name.startswith("AsyncProcess") else name.rstrip("0123456789_-")
            self.used[tid] = (name, (int(fields[11]) + int(fields[12])) / tick)

    def _watch(self) -> None:
        while not self.done.wait(0.5):
            self._sample()

    def stop(self) -> dict[str, float]:
        self.done.set()
        self.thread.join()
        self._sample()
        named: dict[str, float] = {}
        for name, used in self.used.values():
            named[name] = round(named.get(name, 0.0) + used, 2)
        return dict(sorted(named.items(), key=lambda item: -item[1]))


def _line(name: str, result: dict) -> str:
    layout = f"{result.get('workers', 1)}w/{result.get('threads', 1)}t"  # worker processes / threads running shards in all
    return (f"{name:18} {layout:6} {result['read']:7} docs {result['corpus_mb']:6} MB in, {result['text_mb']:6} MB text "
            f"{result['shards']:3} shards {result['seconds']:7.1f} s (start {result.get('startup_seconds', 0.0):4.1f} s) "
            f"{result['docs_per_s']:8} docs/s ({result['docs_per_s_running']} running) {result['mb_per_s']:7} MB/s in "
            f"{result['text_mb_per_s']:7} MB/s text  cpu {result['cpu_seconds']} s ({result['text_mb_per_cpu_s']} MB text/cpu-s, parent {result.get('writer_cpu_seconds')} s)  peak {result['peak_rss_mb']} MB  load {result['load_before']}")


def _profile_line(result: dict) -> str:
    """Where a build's time went (``--profile``): seconds summed over the workers, and in the building process."""
    profile = result.get("profile") or {}
    if not profile:
        return ""
    workers, parent = profile.get("workers", {}), profile.get("parent", {})
    running = result["seconds"] - result.get("startup_seconds", 0.0)
    busy = workers.get("process_cpu", 0.0) / (result.get("threads", 1) * running) if running > 0 else 0.0

    def part(name: str, table: dict) -> str:
        return f"{name} {table[name]:.2f}" if name in table else ""

    shown = [part(name, workers) for name in ("startup", "process", "process_cpu", "wait_task", "encode", "stage",
                                               "stage_cpu", "wait_turn", "write", "write_cpu")]
    mine = [part(name, parent) for name in ("warm", "warm_cpu", "wait_results", "decode", "decode_cpu", "write", "write_cpu")]
    return (f"{'':18} profile ({result.get('writer', 'this process')} wrote): workers "
            + ", ".join(item for item in shown if item) + " | parent " + ", ".join(item for item in mine if item)
            + f" | workers busy {busy:.0%} of {result.get('threads', 1)} x {running:.1f} s running"
            + "\n" + f"{'':18} cpu by process: " + "; ".join(f"{role} {'+'.join(str(used) for used in values)}"
                                                    for role, values in (result.get("cpu_by_process") or {}).items())
            + "\n" + f"{'':18} building process by thread: " + ", ".join(f"{name} {used}" for name, used in
                                                                 (result.get("cpu_by_thread") or {}).items() if used >= 0.05))


def time_writes(paths: list[str], shard_mb: float, postgres: str, rounds: int, work: Path) -> None:
    """The store alone: the sample's shards processed once, then written ``rounds`` times into a new SQLite file and
    a new PostgreSQL schema, alternately, each in this process as the one-worker engine writes them."""
    from detente.engines.shards import plan_shards, process_shard
    from detente.engines.writes import stage_result, write_result, write_staged_groups
    from detente.store import open_store

    if not postgres:
        raise SystemExit("--writes compares with PostgreSQL: pass --postgres URL or set DETENTE_TEST_POSTGRES")
    import resource

    def cpu() -> float:
        own = resource.getrusage(resource.RUSAGE_SELF)
        return own.ru_utime + own.ru_stime

    results = [process_shard(shard) for shard in plan_shards(paths, int(shard_mb * 1e6))]
    documents = sum(1 for result in results for item in result.items if hasattr(item, "events"))
    events = sum(len(getattr(item, "events", ())) for result in results for item in result.items)
    print(f"writes: {len(results)} shards, {documents} documents, {events} events, written {rounds} times into each store")
    ratios = []
    for number in range(rounds):
        walls = {}
        for backend in ("sqlite", "postgres"):
            db = str(work / f"writes-{number}.db") if backend == "sqlite" else _fresh_postgres(postgres, "bench_writes")
            with open_store(db) as store:
                backend_pid = store.conn.execute("SELECT pg_backend_pid()").fetchone()[0] if backend == "postgres" else None
                server, mine, began = _process_cpu(backend_pid), cpu(), time.perf_counter()
                for result in results:
                    write_result(store, result)
                walls[backend] = time.perf_counter() - began
                print(f"  {backend:8} wall {walls[backend]:6.2f} s  cpu {cpu() - mine:5.2f} s  server cpu "
                      f"{_process_cpu(backend_pid) - server:5.2f} s  load {os.getloadavg()[0]:.2f}", flush=True)
        ratios.append(round(walls["sqlite"] / walls["postgres"], 2))
        # the staged way (engines.writes): each shard's rows staged in a file, as a worker does, then copied in groups
        staged_dir = Path(tempfile.mkdtemp(dir=work))
        mine = cpu()
        staged = [stage_result(result, str(staged_dir)) for result in results]
        staging_cpu = cpu() - mine
        with open_store(str(work / f"writes-{number}-staged.db")) as store:
            mine, began = cpu(), time.perf_counter()
            for _ in write_staged_groups(store, staged):
                pass
            print(f"  {'staged':8} wall {time.perf_counter() - began:6.2f} s  cpu {cpu() - mine:5.2f} s  (staging the "
                  f"files, a worker's part: cpu {staging_cpu:5.2f} s)  load {os.getloadavg()[0]:.2f}", flush=True)
    print(f"  PostgreSQL writes as fast as SQLite's x{statistics.median(ratios):.2f} (median; each round {ratios})")


def _process_cpu(pid: int | None) -> float:
    """CPU seconds of a process on this machine (the PostgreSQL backend serving a connection); 0 for none."""
    if pid is None:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _fresh_postgres(url: str, name: str) -> str:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")
        conn.execute(f"CREATE SCHEMA {name}")
    separator = "&" if "?" in url else "?"
    return f"{url}{separator}options=-csearch_path%3D{name}"


def _name(run: tuple) -> str:
    engine, workers, backend, writer = run
    return f"{engine}{workers}_{backend}" + (f"_{writer}" if writer else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command")
    child = sub.add_parser("_run")
    for flag in ("--db", "--engine", "--list"):
        child.add_argument(flag, required=True)
    child.add_argument("--workers", type=int, default=1)
    child.add_argument("--steps", choices=STEPS, default="pipeline")
    child.add_argument("--merge", action="store_true")
    child.add_argument("--shard-mb", type=float, default=4.0)
    child.add_argument("--writer", default="")
    alone = sub.add_parser("_pipeline")
    alone.add_argument("--list", required=True)
    alone.add_argument("--shard-mb", type=float, default=4.0)
    alone.add_argument("--steps", choices=STEPS, default="pipeline")
    parser.add_argument("--corpus", type=Path, default=Path(tempfile.gettempdir()) / "detente-scale-corpus")
    parser.add_argument("--docs", type=int, default=200_000)
    parser.add_argument("--sample-mb", type=float, default=6.0)
    parser.add_argument("--steps", choices=STEPS, default="pipeline")
    parser.add_argument("--postgres", default=os.environ.get("DETENTE_TEST_POSTGRES", ""))
    parser.add_argument("--shard-mb", type=float, default=None,
                        help="shard size (default: a sixteenth of the sample, so two workers share many shards)")
    parser.add_argument("--only", default="", help="comma-separated runs, e.g. local1_sqlite,local2_sqlite (ratios need both)")
    parser.add_argument("--merge", action="store_true",
                        help="also merge the events into the timeline in every build (a serial pass after the shards)")
    parser.add_argument("--out", type=Path, default=None, help="also write the results as JSON here")
    parser.add_argument("--repeat", type=int, default=1, help="rounds of the chosen builds; ratios per round and their median")
    parser.add_argument("--writes", type=int, default=0, help="time N alternate writes of the processed sample into SQLite and PostgreSQL")
    parser.add_argument("--profile", action="store_true", help="time each build's steps in its workers and in the building process")
    parser.add_argument("--peer", default="", help="another checkout's src directory (an older commit): every build "
                        "of a round also runs with it, right after, and the CPU and wall ratios are given per build")
    parser.add_argument("--ceiling", action="store_true", help="measure what two processes can get out of the machine, every round")
    args = parser.parse_args()
    if args.command == "_run":
        _child(args)
        return
    if args.command == "_pipeline":
        _pipeline_alone(args)
        return

    if not any(args.corpus.glob("*/*")):
        print(f"generating {args.docs} documents in {args.corpus} ...", file=sys.stderr)
        subprocess.run([sys.executable, str(HERE / "corpus.py"), str(args.corpus), "--docs", str(args.docs)], check=True)
    work = Path(tempfile.mkdtemp(prefix="detente-scale-"))
    paths = sample(args.corpus, args.sample_mb, work / "sample")
    larger = sample(args.corpus, args.sample_mb * 4, work / "sample")
    shard_mb = args.shard_mb or args.sample_mb / 16
    runs = [("plain", 1, "sqlite"), ("local", 1, "sqlite"), ("local", 2, "sqlite"), ("dask", 1, "sqlite"), ("dask", 2, "sqlite")]
    if args.postgres:
        runs += [("local", 1, "postgres"), ("local", 2, "postgres")]
    runs += [(engine, workers, backend, "workers") for engine in ("local", "dask") for workers in (1, 2)
             for backend in ("sqlite",)]  # the workers write their own shards (only when named in --only)
    runs = [run if len(run) == 4 else (*run, "") for run in runs]
    named = args.only.split(",") if args.only else [_name(run) for run in runs if not run[3]]
    runs = [run for run in runs if _name(run) in named]
    if args.writes:
        time_writes(paths, shard_mb, args.postgres, args.writes, work)
        return
    results = []
    rounds: list[dict] = []
    ceilings: list[float] = []
    peers: dict[str, list[tuple[float, float]]] = {}  # build -> (CPU, wall) of this source over the peer's, per round
    for round_number in range(args.repeat):
        this_round = {}
        if args.ceiling:
            before = ceiling(paths, shard_mb, args.steps)
            print(f"ceiling before round {round_number + 1}: one process {before['one_s']} s, two at once "
                  f"{before['two_s']} s: 2/1 at most {before['ratio']} (load {before['load']})", flush=True)
        for engine, workers, backend, writer in runs:
            name = _name((engine, workers, backend, writer))
            db = (str(work / f"{name}-{round_number}.db") if backend == "sqlite"
                  else _fresh_postgres(args.postgres, f"bench_{name}"))
            result = run_build(paths, db, engine, workers, args.steps, args.merge, shard_mb, args.profile, writer)
            result.update(engine=engine, workers=workers, store=backend + (f"_{writer}" if writer else ""),
                          corpus_mb=round(result["bytes"] / 1e6, 1))
            result["text_mb"] = round(result["text_chars"] / 1e6, 1)
            if round_number == 0:
                results.append(result)
            this_round[(engine, workers, result["store"])] = result
            print(_line(name, result), flush=True)
            if args.profile:
                print(_profile_line(result), flush=True)
            if args.peer:
                db = (str(work / f"{name}-{round_number}-peer.db") if backend == "sqlite"
                      else _fresh_postgres(args.postgres, f"bench_{name}"))
                peer = run_build(paths, db, engine, workers, args.steps, args.merge, shard_mb, args.profile, writer, args.peer)
                peer.update(engine=engine, workers=workers, store=result["store"] + "@peer", corpus_mb=result["corpus_mb"],
                            text_mb=round(peer["text_chars"] / 1e6, 1))
                this_round[(engine, workers, peer["store"])] = peer
                if round_number == 0:
                    results.append(peer)
                print(_line(name + "@peer", peer), flush=True)
                if args.profile:
                    print(_profile_line(peer), flush=True)
                peers.setdefault(name, []).append((round(result["cpu_seconds"] / peer["cpu_seconds"], 2),
                                                   round(result["seconds"] / peer["seconds"], 2)))
        if args.ceiling:
            after = ceiling(paths, shard_mb, args.steps)
            ceilings.append(round((before["ratio"] + after["ratio"]) / 2, 2))
            print(f"ceiling after round {round_number + 1}: one process {after['one_s']} s, two at once "
                  f"{after['two_s']} s: 2/1 at most {after['ratio']} (load {after['load']}); round's ceiling "
                  f"{ceilings[-1]}", flush=True)
        rounds.append(this_round)
    by = {(r["engine"], r["workers"], r["store"]): r for r in results}
    summary = {
        "steps": STEPS[args.steps],
        "timeline_merge": args.merge,
        "shard_mb": shard_mb,
        "corpus_documents": args.docs,
        "sample_documents": results[0]["read"] if results else 0,
        "cpus": os.cpu_count(),
        "runs": results,
        "ratios": {},
    }
    larger_runs = [name for name in args.only.split(",") if name.endswith("_x4")] if args.only else ["local1_sqlite_x4"]
    for name in larger_runs:  # memory: the same build on a sample four times larger (only SQLite builds)
        engine, workers = name[:-len("_sqlite_x4")].rstrip("0123456789"), int(name.split("_")[0][-1])
        big = run_build(larger, str(work / f"larger-{name}.db"), engine, workers, args.steps, args.merge, shard_mb)
        big.update(corpus_mb=round(big["bytes"] / 1e6, 1), text_mb=round(big["text_chars"] / 1e6, 1))
        print(_line(name, big), flush=True)
        memory = summary.setdefault("memory", {})
        memory[name] = {"mb_in": big["corpus_mb"], "peak_rss_mb": big["peak_rss_mb"]}
        if (engine, workers, "sqlite") in by:
            memory[name[:-3]] = {"mb_in": by[(engine, workers, "sqlite")]["corpus_mb"],
                                 "peak_rss_mb": by[(engine, workers, "sqlite")]["peak_rss_mb"]}
    pairs = {
        "local_2_over_1": (("local", 2, "sqlite"), ("local", 1, "sqlite")),
        "dask_2_over_1": (("dask", 2, "sqlite"), ("dask", 1, "sqlite")),
        "dask_2_over_local_1": (("dask", 2, "sqlite"), ("local", 1, "sqlite")),
        "local_1_over_plain": (("local", 1, "sqlite"), ("plain", 1, "sqlite")),
        "postgres_over_sqlite_1": (("local", 1, "postgres"), ("local", 1, "sqlite")),
        "postgres_2_over_1": (("local", 2, "postgres"), ("local", 1, "postgres")),
        "local_2_workers_write_over_1": (("local", 2, "sqlite_workers"), ("local", 1, "sqlite")),
        "dask_2_over_1_workers_write": (("dask", 2, "sqlite_workers"), ("dask", 1, "sqlite_workers")),
    }
    if args.peer:  # the same ratios for the peer's builds
        pairs.update({name + "@peer": ((*top[:2], top[2] + "@peer"), (*bottom[:2], bottom[2] + "@peer"))
                      for name, (top, bottom) in list(pairs.items())})
    for name, (top, bottom) in pairs.items():
        if top in by and bottom in by:
            summary["ratios"][name] = round(by[top]["docs_per_s"] / by[bottom]["docs_per_s"], 2)
            if by[top].get("startup_seconds") or by[bottom].get("startup_seconds"):
                summary["ratios"][name + "_running"] = round(by[top]["docs_per_s_running"] / by[bottom]["docs_per_s_running"], 2)
            if len(rounds) > 1:
                for key, field_name in ((name, "docs_per_s"), (name + "_running", "docs_per_s_running")):
                    per_round = [round(one[top][field_name] / one[bottom][field_name], 2) for one in rounds]
                    summary.setdefault("rounds", {})[key] = {"each": per_round, "median": round(statistics.median(per_round), 2)}
                    if ceilings and top[1] == 2 and bottom[1] == 1:  # a 2/1 ratio as a share of what the machine allowed
                        shares = [round(ratio / most, 2) for ratio, most in zip(per_round, ceilings, strict=True)]
                        summary["rounds"][key].update(of_ceiling=shares, of_ceiling_median=round(statistics.median(shares), 2))
    if ceilings:
        summary["ceilings"] = {"each": ceilings, "median": round(statistics.median(ceilings), 2)}
    if peers:
        summary["over_peer"] = {name: {"cpu": [cpu for cpu, _ in each], "wall": [wall for _, wall in each]}
                                for name, each in peers.items()}
    summary["load_after"] = round(os.getloadavg()[0], 2)
    print(json.dumps({k: v for k, v in summary.items() if k != "runs"}, indent=1))
    if args.out:
        args.out.write_text(json.dumps(summary, indent=1) + "\n")


if __name__ == "__main__":
    main()
