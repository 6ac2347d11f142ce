"""Robustness, measured: the bad-input matrix, kill -9 during builds, and the server under load.

    python bench/robust.py [--quick] [--rounds 3] [--seconds 30] [--clients 50] [--skip-matrix|crash|load]

1. Matrix: every case of tests/robust_cases.py (and, without --quick, the sizes the issue names: a single
   200 MB line, a bomb past the default 256 MB limit) goes through `detente build` as a user runs it. Per
   case: the reasons it was skipped for, whether they are the right ones, the exit code (3 expected; 1 with
   --strict), crashes (a traceback or any other exit code), seconds and the child's peak memory.
2. Crash safety: scripts/crash_test.py on the demo corpus, SQLite and (with $DETENTE_TEST_POSTGRES) PostgreSQL:
   rows lost and added after kill -9 and a rerun, reader errors during the builds.
3. Load: `detente serve` on 127.0.0.1 over the demo corpus, ``--clients`` concurrent clients (asyncio, httpx)
   for ``--seconds``, over a mix of API and page URLs: requests, errors, latency percentiles; the peer run is
   one client alone over the same URLs, and the report gives the ratio of latencies under load to it.
   Client and server share this machine's cores, so the figures are a floor, not the server's ceiling.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.robust_cases import BIG_CASES, CASES, Case, Server  # noqa: E402

SUMMARY = re.compile(r"skipped (\d+)(?: \(([^)]*)\))?")


def _run(command: list[str], env: dict[str, str]) -> tuple[int, str, str, float, float]:
    """Exit code, stdout, stderr, seconds and peak resident MB of one child process (its own, from wait4)."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        began = time.monotonic()
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env, text=True)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - began
        out.seek(0)
        err.seek(0)
        return process.returncode, out.read(), err.read(), seconds, usage.ru_maxrss / 1024


def _reasons(stdout: str) -> dict[str, int]:
    match = SUMMARY.search(stdout)
    if not match or not match.group(2):
        return {}
    return {reason: int(count) for reason, count in (part.rsplit(" ", 1) for part in match.group(2).split(", "))}


def matrix(cases: list[Case], strict: bool = True) -> list[dict]:
    rows = []
    for case in cases:
        folder = Path(tempfile.mkdtemp(prefix="detente-robust-"))
        try:
            if case.name.startswith("WARC") and importlib.util.find_spec("warcio") is None:
                rows.append({"case": case.name, "note": "warcio not installed"})
                continue
            (folder / "in").mkdir()
            paths = case.build(folder / "in")
            env = {**os.environ, **{f"DETENTE_{key.upper()}": str(value) for key, value in case.settings.items()}}
            command = [sys.executable, "-m", "detente", "build", *paths, "--db", str(folder / "s.db"), "-q"]
            code, out, err, seconds, peak = _run(command, env)
            got = _reasons(out)
            expected_code = 3 if case.skipped else 0
            row = {
                "case": case.name, "inputs": len(paths), "expected": case.skipped, "got": got,
                "right": got == case.skipped, "exit": code, "exit_ok": code == expected_code,
                "crash": "Traceback" in err or code not in (0, 1, 3), "seconds": seconds, "peak_mb": peak,
            }
            if strict and case.skipped and not case.slow:
                strict_code = _run(command[:-3] + ["--db", str(folder / "strict.db"), "-q", "--strict"], env)[0]
                row["strict_exit"] = strict_code
                row["exit_ok"] = row["exit_ok"] and strict_code == 1
            rows.append(row)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    return rows


def print_matrix(rows: list[dict]) -> None:
    print(f"{'input':44} {'skipped (reason count)':34} {'right':5} {'exit':>4} {'strict':>6} {'crash':5} {'sec':>6} {'peak MB':>7}")
    for row in rows:
        if "note" in row:
            print(f"{row['case']:44} {row['note']}")
            continue
        got = ", ".join(f"{k} {v}" for k, v in sorted(row["got"].items())) or "-"
        print(f"{row['case']:44} {got:34} {'yes' if row['right'] else 'NO':5} {row['exit']:>4} "
              f"{row.get('strict_exit', '-'):>6} {'YES' if row['crash'] else 'no':5} {row['seconds']:6.2f} {row['peak_mb']:7.0f}")
    measured = [r for r in rows if "note" not in r]
    print(f"matrix: {len(measured)} cases, {sum(r['inputs'] for r in measured)} inputs tried, "
          f"{sum(r['right'] for r in measured)} skipped with the right reasons, "
          f"{sum(r['exit_ok'] for r in measured)} with the right exit codes, crashes {sum(r['crash'] for r in measured)}")


def crash_safety(rounds: int) -> list:
    spec = importlib.util.spec_from_file_location("crash_test", ROOT / "scripts" / "crash_test.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["crash_test"] = module
    spec.loader.exec_module(module)
    outcomes = []
    for backend in module.backends("both"):
        outcome = module.run(backend, [module.demo_corpus()], rounds, 2, seed=20, echo=lambda line: print("  " + line))
        print(module.summary(outcome))
        outcomes.append(outcome)
    return outcomes


async def _client(client, urls: list[str], stop: float, latencies: list[float], errors: list[str], retried: list[str],
                  start: int) -> None:
    import httpx

    index = start
    while time.monotonic() < stop:
        url = urls[index % len(urls)]
        index += 1
        began = time.perf_counter()
        for attempt in (1, 2):
            try:
                response = await client.get(url)
                if response.status_code != 200:
                    errors.append(f"{response.status_code} {url}")
                break
            except (httpx.ReadError, httpx.RemoteProtocolError) as error:
                # a kept-alive connection the server closed as this request went out: a browser sends a GET
                # again on a new connection, and so does this client, once; it is counted apart
                if attempt == 2:
                    errors.append(f"{type(error).__name__} {url}")
                else:
                    retried.append(f"{type(error).__name__} {url}")
            except Exception as error:  # noqa: BLE001 - every other failure is an error to count
                errors.append(f"{type(error).__name__} {url}")
                break
        latencies.append(time.perf_counter() - began)


async def _load(base: str, urls: list[str], clients: int, seconds: float) -> tuple[list[float], list[str], list[str]]:
    import httpx

    latencies: list[float] = []
    errors: list[str] = []
    retried: list[str] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
        stop = time.monotonic() + seconds
        await asyncio.gather(*(_client(client, urls, stop, latencies, errors, retried, n) for n in range(clients)))
    return latencies, errors, retried


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else float("nan")


def _wrk(base: str, urls: list[str], clients: int, seconds: float, folder: Path) -> dict:
    """The same URLs under wrk (C, two threads: a lighter client than asyncio's); its counts and latencies."""
    script = folder / "urls.lua"
    listed = ", ".join('"' + url + '"' for url in urls)
    script.write_text(f"local urls = {{{listed}}}\nlocal i = 0\nrequest = function()\n  i = i + 1\n"
                      "  return wrk.format(\"GET\", urls[(i % #urls) + 1])\nend\n", encoding="utf-8")
    result = subprocess.run(["wrk", "-t2", f"-c{clients}", f"-d{int(seconds)}s", "--timeout", "30s", "--latency",
                             "-s", str(script), base], capture_output=True, text=True, timeout=seconds + 120)
    out = result.stdout

    def number(pattern: str) -> float:
        found = re.search(pattern, out)
        return float(found.group(1)) if found else 0.0

    def millis(label: str) -> float:
        found = re.search(rf"\s{label}%\s+([\d.]+)(us|ms|s)\b", out)
        if not found:
            return float("nan")
        return float(found.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[found.group(2)]

    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return {
        "requests": int(number(r"(\d+) requests in")), "rps": number(r"Requests/sec:\s+([\d.]+)"),
        "non_2xx": int(number(r"Non-2xx or 3xx responses: (\d+)")),
        "socket_errors": sum(int(g) for g in socket.groups()) if socket else 0,
        "p50": millis("50"), "p90": millis("90"), "p99": millis("99"),
    }


def load_test(clients: int, seconds: float) -> dict:
    folder = Path(tempfile.mkdtemp(prefix="detente-load-"))
    try:
        db = folder / "demo.db"
        subprocess.run([sys.executable, "-m", "detente", "build", str(ROOT / "src/detente/data/demo"), "--db", str(db), "-q"],
                       check=True, stdout=subprocess.DEVNULL)
        import sqlite3

        with sqlite3.connect(db) as conn:
            doc_id = conn.execute("SELECT id FROM documents ORDER BY id LIMIT 1").fetchone()[0]
            event_id = conn.execute("SELECT id FROM events ORDER BY id LIMIT 1").fetchone()[0]
        urls = ["/api/timeline?actors=USA,SUN", "/api/events?limit=50", "/api/index?actors=USA,SUN",
                "/api/search?q=treaty", "/api/actors?q=sov", f"/api/documents/{doc_id}", f"/api/events/{event_id}",
                "/timeline?actors=USA,SUN", f"/documents/{doc_id}", "/api/periods?actors=USA,SUN"]
        with Server(str(db)) as server:
            single, single_errors, _ = asyncio.run(_load(server.url, urls, 1, min(10.0, seconds)))
            latencies, errors, retried = asyncio.run(_load(server.url, urls, clients, seconds))
            wrk = _wrk(server.url, urls, clients, seconds, folder) if shutil.which("wrk") else None
            alive = server.alive()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    result = {
        "clients": clients, "seconds": seconds, "requests": len(latencies), "errors": len(errors), "retried": len(retried),
        "rps": len(latencies) / seconds, "p50": _percentile(latencies, 0.5), "p95": _percentile(latencies, 0.95),
        "p99": _percentile(latencies, 0.99), "max": max(latencies, default=float("nan")),
        "single_p50": _percentile(single, 0.5), "single_requests": len(single), "single_errors": len(single_errors),
        "alive": alive, "error_kinds": sorted(set(errors))[:5], "wrk": wrk,
    }
    return result


def print_load(result: dict) -> None:
    print(f"load: {result['clients']} clients for {result['seconds']:.0f} s on 127.0.0.1: {result['requests']} requests "
          f"({result['rps']:.0f}/s), errors {result['errors']} (retried once on a closed keep-alive connection: "
          f"{result['retried']}); latency p50 {result['p50'] * 1000:.0f} ms, "
          f"p95 {result['p95'] * 1000:.0f} ms, p99 {result['p99'] * 1000:.0f} ms, max {result['max'] * 1000:.0f} ms; "
          f"server still up: {'yes' if result['alive'] else 'NO'}")
    ratio = result["p50"] / result["single_p50"] if result["single_p50"] else float("nan")
    print(f"load peer: one client alone, {result['single_requests']} requests, errors {result['single_errors']}, "
          f"p50 {result['single_p50'] * 1000:.1f} ms; p50 under load / alone = {ratio:.1f}x")
    for kind in result["error_kinds"]:
        print(f"  error: {kind}")
    wrk = result.get("wrk")
    if wrk:
        print(f"load (wrk, {result['clients']} connections, {result['seconds']:.0f} s): {wrk['requests']} requests "
              f"({wrk['rps']:.0f}/s), non-2xx {wrk['non_2xx']}, socket errors {wrk['socket_errors']}; latency p50 "
              f"{wrk['p50']:.0f} ms, p90 {wrk['p90']:.0f} ms, p99 {wrk['p99']:.0f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="leave out the 200 MB line and the default-size bomb")
    parser.add_argument("--rounds", type=int, default=3, help="crash-test rounds per backend")
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--skip-matrix", action="store_true")
    parser.add_argument("--skip-crash", action="store_true")
    parser.add_argument("--skip-load", action="store_true")
    args = parser.parse_args()
    failed = False

    if not args.skip_matrix:
        print("== bad-input matrix (detente build, one run per case; --strict run beside it) ==")
        rows = matrix(CASES + ([] if args.quick else BIG_CASES))
        print_matrix(rows)
        failed |= any(not r["right"] or not r["exit_ok"] or r["crash"] for r in rows if "note" not in r)

    if not args.skip_crash:
        print("\n== kill -9 during build, then build again (scripts/crash_test.py) ==")
        outcomes = crash_safety(args.rounds)
        failed |= not all(o.ok for o in outcomes)

    if not args.skip_load:
        print("\n== server under load ==")
        result = load_test(args.clients, args.seconds)
        print_load(result)
        failed |= result["errors"] > 0 or not result["alive"]
        failed |= bool(result["wrk"]) and (result["wrk"]["non_2xx"] > 0 or result["wrk"]["socket_errors"] > 0)
    print(f"\nrobust: {'FAILED' if failed else 'all good'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
