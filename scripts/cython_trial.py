"""Measure what compiling the extract path's modules unchanged with Cython gains (a trial, not an accelerator).

    python scripts/cython_trial.py [--out build/cython-trial] [--binding] [--modules MOD ...]
    python scripts/cython_trial.py --bench [--out DIR] [--sentences 10000] [--rounds 2]

Needs Cython (``pip install cython``) and a C compiler with the Python headers. The first form copies
``src/detente`` to ``OUT/detente`` and compiles the chosen modules there in place (the ``.py`` of each is removed
from the copy, so the extension is what imports); ``src/`` is never touched, and nothing here is installed
or imported by detente itself. ``annotation_typing`` is off: Cython would otherwise enforce the annotations
(``x: list[...] = ()`` raises on a tuple), and the trial is of the code as it is. ``--binding`` keeps
Cython's default function objects (introspectable, slower to call); without it functions compile as plain
C functions.

The second form times ``bench/events.py --speed-only`` (the whole extract path and each stage, CPU time of one
process) with ``PYTHONPATH=src`` and with ``PYTHONPATH=OUT``, alternately, ``--rounds`` times each, and
prints the best of each and their ratios: on a shared machine only a same-run ratio means anything.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The extract path: every stage's modules (packages' __init__ only where they hold a stage's code).
MODULES = (
    ["detente.model", "detente.pipeline", "detente.time", "detente.actors"]
    + [f"detente.events.{m}" for m in ("agents", "coder", "dating", "dedupe", "dyads", "implicit", "modality",
                                        "recode", "roles", "sentence", "triggers")]
    + [f"detente.time.{m}" for m in ("calendar", "conventions", "cues", "grammar", "normalize", "periods",
                                      "relative", "tagger")]
    + ["detente.actors.gazetteer", "detente.actors.matcher"]
    + [f"detente.text.{m}" for m in ("clean", "furniture", "layout", "sentences")]
)


def build(out: Path, modules: list[str], binding: bool) -> None:
    try:
        from Cython.Build import cythonize
    except ImportError:
        raise SystemExit("Cython is not installed: pip install cython") from None
    from setuptools import Extension
    from setuptools.command.build_ext import build_ext
    from setuptools.dist import Distribution

    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(ROOT / "src" / "detente", out / "detente", ignore=shutil.ignore_patterns("__pycache__"))
    sources = {}
    for name in modules:
        path = out / (name.replace(".", "/") + ".py")
        if not path.exists():
            path = out / name.replace(".", "/") / "__init__.py"
        if not path.exists():
            raise SystemExit(f"--modules: no module {name} under src/")
        sources[name] = path
    os.chdir(out)
    extensions = [Extension(name, [str(path.relative_to(out))], extra_compile_args=["-O2", "-Wno-unused-function"])
                  for name, path in sources.items()]
    directives = {"language_level": 3, "binding": binding, "annotation_typing": False}
    compiled = cythonize(extensions, compiler_directives=directives, nthreads=os.cpu_count() or 1, quiet=True)
    command = build_ext(Distribution({"ext_modules": compiled}))
    command.inplace = True
    command.parallel = os.cpu_count() or 1
    command.ensure_finalized()
    command.run()
    for name, path in sources.items():
        path.unlink()
        path.with_suffix(".c").unlink(missing_ok=True)
        if path.name == "__init__.py":  # built as detente/time.*.so: a package's module goes inside it
            package = out / name.replace(".", "/")
            for library in package.parent.glob(package.name + ".cpython-*.so"):
                library.rename(package / ("__init__" + library.name[len(package.name):]))
    print(f"{len(sources)} modules compiled under {out}; run with PYTHONPATH={out}")


def bench(out: Path, sentences: int, rounds: int) -> None:
    if not any(out.rglob("*.so")):
        raise SystemExit(f"{out}: no compiled module; build it first (without --bench)")
    peers = {"pure": ROOT / "src", "compiled": out}
    best: dict[str, dict] = {}
    for _ in range(rounds):
        for name, path in peers.items():
            env = dict(os.environ, PYTHONPATH=str(path))
            run = subprocess.run([sys.executable, str(ROOT / "bench" / "events.py"), "--speed-only", "--json",
                                  "--speed-sentences", str(sentences)], env=env, capture_output=True, text=True, check=True)
            speed = json.loads(run.stdout)["speed"]
            figures = {"extract path": speed["extract path"]["seconds"]}
            figures.update({stage: r["seconds"] for stage, r in speed["stages"].items()})
            figures["sentences"] = speed["extract path"]["sentences"]
            kept = best.setdefault(name, figures)
            for key, value in figures.items():
                kept[key] = min(kept[key], value)
    count = best["pure"]["sentences"]
    print(f"{count} sentences, best of {rounds} alternating runs of {sys.executable} bench/events.py --speed-only "
          f"(each itself best of 3), CPU seconds; load average now {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print(f"  {'':<14}{'pure s':>10}{'compiled s':>12}{'pure sent/s':>13}{'compiled':>10}{'ratio':>8}")
    for key in best["pure"]:
        if key == "sentences":
            continue
        pure, compiled = best["pure"][key], best["compiled"][key]
        print(f"  {key:<14}{pure:>10.3f}{compiled:>12.3f}{count / pure:>13,.0f}{count / compiled:>10,.0f}"
              f"{pure / compiled:>8.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "cython-trial")
    parser.add_argument("--modules", nargs="+", default=MODULES, help="dotted module names to compile")
    parser.add_argument("--binding", action="store_true", help="Cython's binding=True (its default)")
    parser.add_argument("--bench", action="store_true", help="time pure against the compiled copy in --out")
    parser.add_argument("--sentences", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    out = args.out.resolve()
    if args.bench:
        bench(out, args.sentences, args.rounds)
    else:
        build(out, list(args.modules), args.binding)


if __name__ == "__main__":
    main()
