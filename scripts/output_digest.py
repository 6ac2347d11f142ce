"""Digest of everything the extract path produces, to show that a speed change leaves the output as it was.

    PYTHONPATH=<src> python scripts/output_digest.py [--dump DIR] [--only NAME ...]

Runs the extractor of the ``detente`` on PYTHONPATH over fixed inputs and prints one SHA-256 per input set of the
sorted JSON lines it produced (events with every field, time expressions, mentions, sections, sentence counts, meta,
skipped inputs). Compare the printed digests of two sources (e.g. the session's start and a branch); with ``--dump``
the lines are also written to DIR/NAME.jsonl for a diff when they differ. The texts are never printed or read here
beyond handing them to the extractor (some of the other-pairs sets are never tuned on).

Sets: seeds (../shared/seeds/*.txt), demo (the demo corpus), other (every document under tests/data/other_pairs,
each subfolder included), shapes (tests/data/shapes), sentences (the events of each line of
tests/data/event_sentences.jsonl, extracted alone with its dct), corpus (2,000 bench/corpus.py documents, seed 7,
read as JSONL), bench (the first 300 documents of bench/events.py's speed workload).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SUFFIXES = (".txt", ".jsonl", ".md", ".html", ".htm")
SETS = ("seeds", "demo", "other", "shapes", "sentences", "corpus", "bench")


def _bench_module(name: str):
    spec = importlib.util.spec_from_file_location(f"_digest_{name}", ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _document_lines(item) -> list[str]:
    from detente.model import Document

    if not isinstance(item, Document):
        return [json.dumps({"k": "skipped", **asdict(item)}, sort_keys=True, default=str)]
    lines = [json.dumps({"k": "event", **event.to_dict()}, sort_keys=True, default=str) for event in item.events]
    lines += [json.dumps({"k": "mention", "doc": item.origin, **asdict(m)}, sort_keys=True, default=str) for m in item.mentions]
    lines += [json.dumps({"k": "timex", "doc": item.origin, **asdict(t)}, sort_keys=True, default=str) for t in item.timexes]
    lines.append(json.dumps({"k": "doc", "doc": item.origin, "id": item.id, "meta": item.meta, "title": item.title,
                             "published": item.published, "sentences": [asdict(s) for s in item.sentences],
                             "sections": [asdict(s) for s in item.sections]}, sort_keys=True, default=str))
    return lines


def _paths_lines(paths: list[str], folder: str | None = None) -> list[str]:
    """The lines of these inputs; ``folder`` (where they lie, when that differs from run to run or from one source
    tree to another) is written as <dir>."""
    from detente.pipeline import extract_documents

    lines: list[str] = []
    for item in extract_documents(paths):
        lines.extend(_document_lines(item))
    return [line.replace(folder, "<dir>") for line in lines] if folder else lines


def set_lines(name: str) -> list[str]:
    if name == "seeds":
        return _paths_lines(sorted(str(p) for p in (SHARED / "seeds").glob("*.txt")))
    if name == "demo":
        from detente.resources import demo_paths

        with demo_paths() as paths:
            return _paths_lines([str(p) for p in paths], str(Path(paths[0]).parent) if paths else None)
    if name in ("other", "shapes"):
        folder = ROOT / "tests" / "data" / ("other_pairs" if name == "other" else "shapes")
        return _paths_lines(sorted(str(p) for p in folder.rglob("*") if p.is_file() and p.suffix in SUFFIXES
                                   and p.name not in ("gold.jsonl", "README.md", "CONVENTIONS.md")))
    if name == "sentences":
        from detente.errors import InputError
        from detente.pipeline import extract_text

        lines = []
        for row in _bench_module("events").read_jsonl(ROOT / "tests" / "data" / "event_sentences.jsonl"):
            try:
                events = [event.to_dict() for event in extract_text(row["text"], dct=row.get("dct"))]
            except InputError as error:  # a labelled line that is all page furniture: its refusal is its output
                events = [{"refused": error.reason}]
            lines.append(json.dumps({"id": row.get("id"), "events": events}, sort_keys=True, default=str))
        return lines
    if name == "corpus":
        import random

        corpus = _bench_module("corpus")
        rng = random.Random(7)
        rows = []
        for number in range(2000):
            title, text, published = corpus.article(number, rng)
            rows.append(json.dumps({"id": f"doc-{number}", "title": title, "text": text, "published": published}))
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "corpus.jsonl"
            path.write_text("\n".join(rows) + "\n", encoding="utf-8")
            return _paths_lines([str(path)], folder)
    if name == "bench":
        from detente.model import Document
        from detente.pipeline import process

        events = _bench_module("events")
        documents = events.speed_documents(events.read_jsonl(events.SENTENCES), 6000)[:300]
        lines = []
        for number, text in enumerate(documents):
            lines.extend(_document_lines(process(Document(id="", origin=f"<bench {number}>", text=text))))
        return lines
    raise SystemExit(f"output_digest.py: unknown set {name!r} (one of {', '.join(SETS)})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path, help="also write each set's sorted lines to DIR/NAME.jsonl")
    parser.add_argument("--only", nargs="+", choices=SETS, help="only these sets")
    args = parser.parse_args(argv)
    total = hashlib.sha256()
    for name in args.only or SETS:
        lines = sorted(set_lines(name))
        data = ("\n".join(lines) + "\n").encode("utf-8")
        digest = hashlib.sha256(data).hexdigest()
        total.update(digest.encode())
        print(f"{name:<10}{len(lines):>8} lines  {digest}")
        if args.dump:
            args.dump.mkdir(parents=True, exist_ok=True)
            (args.dump / f"{name}.jsonl").write_bytes(data)
    print(f"{'all':<10}{'':>8}        {total.hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
