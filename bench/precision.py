"""Why the coder's events match no gold event: every unmatched system event of the tuned sets, sorted by kind.

    python bench/precision.py [--sets demo,root,holdout,...] [--show KIND,...] [--table]

For each tuned set (the demo corpus, tests/data/other_pairs/ root files, holdout/, holdout2/, tune3/ ... and any
tuneN/ present, and holdout3/ to holdout18/ (retired into tuning); never holdout19/ to holdout22/, which are scored blind),
the documents are extracted and scored strictly as ``../shared/eval/score_events.py`` scores them; each dated system
event left unmatched gets a kind by comparing it with the gold events of its document:
  (b) date     a gold event with its actors and polarity, at another date (or at a date it is not strictly inside)
  (c) actors   a gold event at its date with its polarity that shares one actor, or the same two actors, one of
               them is a third party
  (d) type     a gold event with its actors and date, of the other polarity
  (e) dup      it would match a gold event strictly that another system event already took
  (f?) other   none of these: no event at all, or a real event the gold left out (a); the labels file
               bench/results/precision_labels.tsv (doc, sentence start, source, target, kind) says which
Without labels an 'other' event counts as (f).  The table goes to stdout; ``--show`` lists the events of some kinds.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import events as bench_events  # noqa: E402  (bench/events.py: the scorer loader and JSONL reader)

ROOT = Path(__file__).resolve().parent.parent
OTHER_PAIRS = ROOT / "tests" / "data" / "other_pairs"
LABELS = ROOT / "bench" / "results" / "precision_labels.tsv"
BLIND = {"holdout19", "holdout20", "holdout21", "holdout22"}  # holdout3 to holdout18 retired into tuning (2026-11-27/28)
KINDS = ("a", "b", "c", "d", "e", "f")
KIND_NAMES = {"a": "gold left out", "b": "wrong date", "c": "wrong actor/role", "d": "wrong type/polarity",
              "e": "duplicate", "f": "no event"}


def tuned_sets() -> list[tuple[str, list[str], Path | None]]:
    """(name, documents, gold path); the demo corpus's gold is the package's demo_expected.jsonl."""
    sets = [("demo", [], None)]
    root_docs = sorted(str(p) for p in OTHER_PAIRS.iterdir() if p.is_file() and p.suffix in (".txt", ".jsonl", ".md", ".html")
                       and p.name not in ("gold.jsonl", "CONVENTIONS.md"))
    sets.append(("root", root_docs, OTHER_PAIRS / "gold.jsonl"))
    for folder in sorted(OTHER_PAIRS.iterdir(), key=lambda p: (len(p.name), p.name)):
        if not folder.is_dir() or folder.name in BLIND or not (folder / "gold.jsonl").exists():
            continue
        docs = sorted(str(p) for p in folder.iterdir() if p.suffix in (".txt", ".jsonl", ".md", ".html")
                      and p.name not in ("gold.jsonl", "README.md"))
        sets.append((folder.name, docs, folder / "gold.jsonl"))
    return sets


def load_labels() -> dict[tuple, str]:
    labels = {}
    if LABELS.exists():
        for line in LABELS.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            doc, start, source, target, kind = line.split("\t")[:5]
            labels[(doc, int(start), source, target)] = kind
    return labels


def classify(scorer, gold: list[dict], system: list[dict]) -> tuple[list[tuple[str, dict, dict | None]], dict]:
    """Each unmatched dated system event with its kind and the gold event nearest it."""
    docs = {g.get("doc") for g in gold}
    scoped = [s for s in system if s.get("date") and any(scorer.same_doc({"doc": d}, s, "doc") for d in docs)]
    strict, used = scorer.score(gold, scoped, True, "doc")
    lenient, _ = scorer.score(gold, scoped, False, "doc")
    taken = {id(g) for g, _ in strict}
    figures = {"gold": len(gold), "system": len(scoped), "recall": len(strict) / max(len(gold), 1),
               "precision": len(used) / max(len(scoped), 1), "lenient_recall": len(lenient) / max(len(gold), 1)}
    out = []
    for i, s in enumerate(scoped):
        if i in used:
            continue
        sa = scorer.actors(s)
        same_doc = [g for g in gold if scorer.same_doc(g, s, "doc")]
        kind, near = "f?", None
        for g in same_doc:
            ga = scorer.actors(g)
            need = min(2, len(ga))
            actors_ok = len(ga & sa) >= need
            date_strict = scorer.date_ok(g["date"], s["date"], not g.get("fuzzy"))
            if actors_ok and date_strict and s["polarity"] == g["polarity"] and id(g) in taken:
                kind, near = "e", g
                break
        if kind == "f?":
            for test, name in (
                    (lambda g, ga, sa=sa, s=s: len(ga & sa) >= min(2, len(ga)) and s["polarity"] == g["polarity"]
                     and scorer.date_ok(g["date"], s["date"], False), "b"),
                    (lambda g, ga, sa=sa, s=s: len(ga & sa) >= min(2, len(ga)) and scorer.date_ok(g["date"], s["date"], True), "d"),
                    (lambda g, ga, sa=sa, s=s: len(ga & sa) >= 1 and s["polarity"] == g["polarity"]
                     and scorer.date_ok(g["date"], s["date"], True), "c"),
                    (lambda g, ga, sa=sa, s=s: len(ga & sa) >= min(2, len(ga)) and s["polarity"] == g["polarity"]
                     and _near_year(g["date"], s["date"]), "b")):
                near = next((g for g in same_doc if test(g, scorer.actors(g))), None)
                if near is not None:
                    kind = name
                    break
        out.append((kind, s, near))
    return out, figures


def _near_year(gold_date: str, system_date: str) -> bool:
    try:
        return abs(int(str(gold_date)[:4]) - int(str(system_date)[:4])) <= 1
    except ValueError:
        return False


def run(set_names: list[str] | None = None):
    from detente.export import event_record
    from detente.pipeline import extract
    from detente.resources import data_path, demo_paths
    from detente.settings import Settings

    # no time limit per document: on a loaded machine a long page would be skipped as a timeout and its events lost
    untimed = Settings(document_timeout_seconds=0)
    scorer = bench_events.load_scorer()
    labels = load_labels()
    results = {}
    for name, docs, gold_path in tuned_sets():
        if set_names and name not in set_names:
            continue
        if name == "demo":
            with demo_paths() as paths:
                system = [event_record(e) for e in extract([str(p) for p in paths], settings=untimed)]
            with data_path("demo_expected.jsonl").open("r", encoding="utf-8") as handle:
                import json
                gold = [json.loads(line) for line in handle if line.strip()]
        else:
            system = [event_record(e) for e in extract(docs, settings=untimed)]
            gold = bench_events.read_jsonl(gold_path)
        rows, figures = classify(scorer, gold, system)
        final = []
        for kind, s, near in rows:
            label = labels.get((Path(str(s["doc"])).name, s["span"][0], s["source"] or "", s["target"] or ""))
            final.append((label or ("f" if kind == "f?" else kind), kind, s, near))
        results[name] = (final, figures)
    return results


def table(results) -> str:
    lines = [f"{'set':<10}{'gold':>6}{'sys':>6}{'recall':>8}{'prec':>7}{'unmatched':>10}  "
             + "".join(f"{k:>5}" for k in KINDS) + "   prec w/o (a)"]
    totals: Counter = Counter()
    for name, (rows, f) in results.items():
        counts = Counter(kind for kind, *_ in rows)
        totals.update(counts)
        totals["gold"] += f["gold"]
        totals["system"] += f["system"]
        matched = f["system"] - len(rows)
        totals["matched"] += matched
        adjusted = matched / max(f["system"] - counts["a"], 1)
        lines.append(f"{name:<10}{f['gold']:>6}{f['system']:>6}{f['recall']:>8.3f}{f['precision']:>7.3f}{len(rows):>10}  "
                     + "".join(f"{counts[k]:>5}" for k in KINDS) + f"   {adjusted:.3f}")
    unmatched = sum(totals[k] for k in KINDS)
    lines.append(f"{'all':<10}{totals['gold']:>6}{totals['system']:>6}{'':>8}{totals['matched'] / max(totals['system'], 1):>7.3f}"
                 f"{unmatched:>10}  " + "".join(f"{totals[k]:>5}" for k in KINDS)
                 + f"   {totals['matched'] / max(totals['system'] - totals['a'], 1):.3f}")
    lines.append("kinds: " + ", ".join(f"({k}) {v}" for k, v in KIND_NAMES.items()))
    return "\n".join(lines)


def context_kind(event: dict, canon) -> str:
    """Which context kind (issue 5, see bench/recall.py) an unmatched event belongs to: a reciprocal act or a signing
    told in its sentence, an actor its sentence does not name (taken from the text before: 'carried'), or ''."""
    import recall as bench_recall  # noqa: PLC0415  (bench/recall.py: the same patterns)

    from detente.actors import find_mentions

    text = event.get("evidence") or ""
    if bench_recall._RECIPROCAL.search(text):
        return "reciprocal"
    named = set()
    for m in find_mentions(text):
        for code in (m.entity, m.state, *(m.members or ())):
            if code:
                named.add(canon(code))
    if bench_recall._SIGNING.search(text) and len(named) >= 3:
        return "signing"
    actors = {canon(code) for code in (event.get("source"), event.get("target")) if code}
    if actors - named:
        return "pair" if bench_recall._PAIR_WORDS.search(text) else "carried"
    return ""


def context_table(results) -> str:
    """Unmatched events by context kind per set."""
    kinds = ("carried", "pair", "signing", "reciprocal")
    scorer = bench_events.load_scorer()
    lines = [f"{'set':<10}{'unmatched':>10}" + "".join(f"{k:>12}" for k in kinds) + f"{'none':>8}"]
    totals: Counter = Counter()
    for name, (rows, _) in results.items():
        counts = Counter(context_kind(s, scorer.canon) or "none" for kind, _, s, _ in rows if kind != "a")
        totals.update(counts)
        lines.append(f"{name:<10}{sum(counts.values()):>10}" + "".join(f"{counts[k]:>12}" for k in kinds) + f"{counts['none']:>8}")
    lines.append(f"{'all':<10}{sum(totals.values()):>10}" + "".join(f"{totals[k]:>12}" for k in kinds) + f"{totals['none']:>8}")
    lines.append("context kinds (unmatched events of kinds b-f): carried: an actor the event's sentence does not name; pair: "
                 "given by 'the two nations' or the like; signing: a multi-party signing; reciprocal: a reciprocal act")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", help="comma-separated set names (demo, root, holdout, holdout2, tune3, ...)")
    parser.add_argument("--show", help="comma-separated kinds to list event by event (a,b,c,d,e,f,f?) or 'all'")
    parser.add_argument("--context", action="store_true", help="also count the unmatched events by context kind (issue 5)")
    args = parser.parse_args(argv)
    results = run(args.sets.split(",") if args.sets else None)
    print(table(results))
    if args.context:
        print()
        print(context_table(results))
    if args.show:
        wanted = set(args.show.split(","))
        for name, (rows, _) in results.items():
            for kind, auto, s, near in rows:
                if "all" in wanted or kind in wanted or auto in wanted:
                    doc = Path(str(s["doc"])).name
                    print(f"\n[{name} {kind}/{auto}] {doc}\t{s['span'][0]}\t{s['source'] or ''}\t{s['target'] or ''}\t"
                          f"{s['type']}/{s['cameo']} {s['polarity']} {s['date']} trig={s.get('trigger')!r}")
                    print(f"    {s['evidence'][:300]}")
                    if near is not None:
                        print(f"    near gold: {near['date']} {near['actors']} {near['polarity']} | {near.get('summary', '')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
