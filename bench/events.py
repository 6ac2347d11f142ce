"""Event coder accuracy and speed: our labelled sentences, the demo corpus, the seed pages, and sentences per second.

    python bench/events.py [--sentences PATH] [--split NAME] [--speed-sentences 40000] [--errors 15] [--json]

Accuracy on ``tests/data/event_sentences.jsonl`` (written by us; one sentence a line with its events):
  each gold event is paired with at most one event the coder emits for that sentence, the one sharing the
  most actors (aliases folded as ``../shared/eval/score_events.py`` folds them), then type, then polarity.
  event recall                      share of gold events paired with an event the coder emits
  type / polarity / roles accuracy  share of paired events with the gold type, polarity, or the gold source
                                    and target in that order; "of gold" columns count unpaired events as wrong
  date accuracy                     share of dated, paired gold events whose event's date lies in the gold unit
  false-event rate                  share of sentences with no event (form none, negated, hypothetical, ...)
                                    on which the coder emits at least one event
Demo corpus, other pairs, page shapes and seeds: strict and lenient recall and precision as ``score_events.py``
computes them, against ``src/detente/data/demo_expected.jsonl``, ``tests/data/other_pairs/gold.jsonl`` (and its
``holdout/``, ``holdout2/``, ``holdout3/`` to ``holdout18/`` (the last sixteen retired into tuning on 2026-11-27 and
2026-11-28) and
``tune3/`` to ``tune28/``),
``tests/data/shapes/gold.jsonl`` and ``../shared/seeds/gold.jsonl``.

Speed: the whole extract path (``detente.extract_text``: cleaning, layout, time, actors, events) on one core,
over documents built from the labelled sentences and the demo texts, against two peers timed in the same run
on the same documents: the text stages alone (clean + sections + sentences) and a plain regex sentence splitter;
then each stage timed apart on the same documents (its sentences/s and its share of the path).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SENTENCES = ROOT / "tests" / "data" / "event_sentences.jsonl"
OTHER_PAIRS = ROOT / "tests" / "data" / "other_pairs"  # our documents about other pairs of states, with gold events
SCORER = SHARED / "eval" / "score_events.py"
EMPTY_FORMS = ("none", "negated", "hypothetical", "intention", "reported", "attitude")


def load_scorer():
    """The shared scorer, for its alias folding, date units and recall/precision; None when ../shared is absent."""
    if not SCORER.exists():
        return None
    spec = importlib.util.spec_from_file_location("score_events", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise SystemExit(f"{path}: line {number} is not valid JSON ({error.msg})") from None
    return rows


# Alias folding beyond score_events.py: the periods of one state (the gazetteer codes Germany GMY before 1949).
EXTRA_FAMILIES = [{"GMY", "DEU"}, {"RUSEMP", "RUSPRV", "RSFSR", "SUN", "RUS"}, {"ROC", "TWN"}]


def folder(scorer):
    table: dict[str, str] = {}
    for family in EXTRA_FAMILIES:
        for code in family:
            table[code] = min(family)

    def fold(code: str | None) -> str | None:
        if not code:
            return None
        code = str(code).upper()
        if scorer is not None:
            code = scorer.canon(code)
        return table.get(code, code)

    return fold


def _pairs(golds: list[dict], system: list[dict], fold) -> dict[int, int]:
    """Gold index -> system index, one to one: the pairs sharing most actors first, then same type, polarity, roles."""
    candidates = []
    for g, gold in enumerate(golds):
        wanted = {fold(gold["source"]), fold(gold["target"])} - {None}
        for s, event in enumerate(system):
            emitted = {fold(a) for a in event.get("actors") or []} | {fold(event.get("source")), fold(event.get("target"))}
            shared = len(wanted & emitted)
            if shared:
                roles = fold(event.get("source")) == fold(gold["source"]) and fold(event.get("target")) == fold(gold["target"])
                key = (shared, event["type"] == gold["type"], event["polarity"] == gold["polarity"], roles, -g, -s)
                candidates.append((key, g, s))
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _, g, s in sorted(candidates, reverse=True):
        if g not in pairs and s not in taken:
            pairs[g] = s
            taken.add(s)
    return pairs


def evaluate(rows: list[dict], extract, scorer=None) -> dict:
    """Accuracy figures for labelled sentences; ``extract(text, dct)`` returns event dicts (``Event.to_dict``)."""
    fold = folder(scorer)
    gold_events = typed = polar = roled = dated = dated_ok = paired_count = 0
    empty_by_form: Counter = Counter()
    false_by_form: Counter = Counter()
    found_by_form: Counter = Counter()
    gold_by_form: Counter = Counter()
    by_type: dict[str, Counter] = {}
    system_on_event_sentences = 0
    errors: list[dict] = []
    for row in rows:
        system = extract(row["text"], row.get("dct"))
        form = row.get("form", "plain")
        if not row["events"]:
            empty_by_form[form] += 1
            if system:
                false_by_form[form] += 1
                errors.append({"id": row["id"], "kind": "false event", "form": form, "text": row["text"],
                               "gold": [], "system": [_brief(e) for e in system]})
            continue
        system_on_event_sentences += len(system)
        pairs = _pairs(row["events"], system, fold)
        for number, gold in enumerate(row["events"]):
            gold_events += 1
            gold_by_form[form] += 1
            counts = by_type.setdefault(gold["type"], Counter())
            counts["gold"] += 1
            event = system[pairs[number]] if number in pairs else None
            if event is not None:
                paired_count += 1
                found_by_form[form] += 1
                counts["paired"] += 1
            type_ok = event is not None and event["type"] == gold["type"]
            polarity_ok = event is not None and event["polarity"] == gold["polarity"]
            roles_ok = event is not None and fold(event.get("source")) == fold(gold["source"]) and fold(event.get("target")) == fold(gold["target"])
            typed += type_ok
            polar += polarity_ok
            roled += roles_ok
            counts["type"] += type_ok
            if gold.get("date") and event is not None:
                dated += 1
                ok = bool(event and event.get("date") and scorer is not None and scorer.date_ok(gold["date"], event["date"], True))
                dated_ok += ok
            if not (type_ok and polarity_ok and roles_ok):
                kind = "missed" if event is None else ("type" if not type_ok else "polarity" if not polarity_ok else "roles")
                errors.append({"id": row["id"], "kind": kind, "form": form, "text": row["text"],
                               "gold": [_brief(gold)], "system": [_brief(e) for e in system]})
    empties = sum(empty_by_form.values())
    return {
        "sentences": len(rows),
        "gold_events": gold_events,
        "event_recall": paired_count / max(gold_events, 1),
        "type_accuracy": typed / max(paired_count, 1),
        "polarity_accuracy": polar / max(paired_count, 1),
        "roles_accuracy": roled / max(paired_count, 1),
        "date_accuracy": dated_ok / max(dated, 1) if scorer is not None else None,
        "type_of_gold": typed / max(gold_events, 1),
        "polarity_of_gold": polar / max(gold_events, 1),
        "roles_of_gold": roled / max(gold_events, 1),
        "event_precision": paired_count / max(system_on_event_sentences, 1),
        "no_event_sentences": empties,
        "false_event_rate": sum(false_by_form.values()) / max(empties, 1),
        "false_event_rate_by_form": {form: false_by_form[form] / n for form, n in sorted(empty_by_form.items())},
        "found_by_form": {form: found_by_form[form] / n for form, n in sorted(gold_by_form.items())},
        "type_accuracy_by_type": {t: c["type"] / max(c["paired"], 1) for t, c in sorted(by_type.items())},
        "recall_by_type": {t: c["paired"] / c["gold"] for t, c in sorted(by_type.items())},
        "errors": errors,
    }


def _brief(event: dict) -> str:
    return f"{event.get('source')}>{event.get('target')} {event.get('type')}/{event.get('cameo')} {event.get('polarity')} {event.get('date')}"


def extract_dicts(text: str, dct: str | None) -> list[dict]:
    from detente import extract_text
    from detente.errors import InputError

    try:
        return [event.to_dict() for event in extract_text(text, dct=dct)]
    except InputError as error:
        if error.reason != "no_text":
            raise
        return []  # a labelled line that is all site navigation ("See also: ...") states no event


def corpus_scores(scorer) -> dict:
    """score_events.py figures on the demo corpus and, when ../shared is there, the seed pages."""
    from functools import partial

    from detente import extract
    from detente.export import event_record
    from detente.resources import data_path, demo_paths
    from detente.settings import Settings

    # no time limit per document: on a loaded machine a long page would be skipped as a timeout and its events lost
    extract = partial(extract, settings=Settings(document_timeout_seconds=0))

    results = {}
    with demo_paths() as paths:
        system = [event_record(e) for e in extract([str(p) for p in paths])]
    with data_path("demo_expected.jsonl").open("r", encoding="utf-8") as handle:
        gold = [json.loads(line) for line in handle if line.strip()]
    results["demo"] = _recall_precision(scorer, gold, system)
    for name, folder in (("other pairs", OTHER_PAIRS), ("other pairs, holdout", OTHER_PAIRS / "holdout"),
                         ("other pairs, holdout2", OTHER_PAIRS / "holdout2"), ("other pairs, holdout3", OTHER_PAIRS / "holdout3"),
                         ("other pairs, tune3", OTHER_PAIRS / "tune3"),
                         ("other pairs, tune4", OTHER_PAIRS / "tune4"), ("other pairs, tune5", OTHER_PAIRS / "tune5"),
                         ("other pairs, tune6", OTHER_PAIRS / "tune6"), ("other pairs, tune7", OTHER_PAIRS / "tune7"),
                         ("other pairs, tune8", OTHER_PAIRS / "tune8"), ("other pairs, tune9", OTHER_PAIRS / "tune9"),
                         ("other pairs, tune10", OTHER_PAIRS / "tune10"), ("other pairs, tune11", OTHER_PAIRS / "tune11"),
                         ("other pairs, tune12", OTHER_PAIRS / "tune12"), ("other pairs, tune13", OTHER_PAIRS / "tune13"),
                         ("other pairs, tune14", OTHER_PAIRS / "tune14"), ("other pairs, tune15", OTHER_PAIRS / "tune15"),
                         ("other pairs, tune16", OTHER_PAIRS / "tune16"), ("other pairs, tune17", OTHER_PAIRS / "tune17"),
                         ("other pairs, tune18", OTHER_PAIRS / "tune18"), ("other pairs, tune19", OTHER_PAIRS / "tune19"),
                         ("other pairs, tune20", OTHER_PAIRS / "tune20"), ("other pairs, tune21", OTHER_PAIRS / "tune21"), ("other pairs, tune22", OTHER_PAIRS / "tune22"),
                         ("other pairs, tune23", OTHER_PAIRS / "tune23"),
                         ("other pairs, tune24", OTHER_PAIRS / "tune24"),
                         ("other pairs, tune25", OTHER_PAIRS / "tune25"),
                         ("other pairs, tune26", OTHER_PAIRS / "tune26"),
                         ("other pairs, tune27", OTHER_PAIRS / "tune27"),
                         ("other pairs, tune28", OTHER_PAIRS / "tune28"),
                         ("other pairs, tune29", OTHER_PAIRS / "tune29"),
                         ("other pairs, tune30", OTHER_PAIRS / "tune30"),
                         ("other pairs, tune31", OTHER_PAIRS / "tune31"),
                         ("other pairs, tune32", OTHER_PAIRS / "tune32"),
                         ("other pairs, feeds1", OTHER_PAIRS / "feeds1"),
                         ("other pairs, holdout4", OTHER_PAIRS / "holdout4"), ("other pairs, holdout5", OTHER_PAIRS / "holdout5"),
                         ("other pairs, holdout6", OTHER_PAIRS / "holdout6"), ("other pairs, holdout7", OTHER_PAIRS / "holdout7"),
                         ("other pairs, holdout8", OTHER_PAIRS / "holdout8"), ("other pairs, holdout9", OTHER_PAIRS / "holdout9"),
                         ("other pairs, holdout10", OTHER_PAIRS / "holdout10"), ("other pairs, holdout11", OTHER_PAIRS / "holdout11"),
                         ("other pairs, holdout12", OTHER_PAIRS / "holdout12"), ("other pairs, holdout13", OTHER_PAIRS / "holdout13"),
                         ("other pairs, holdout14", OTHER_PAIRS / "holdout14"), ("other pairs, holdout15", OTHER_PAIRS / "holdout15"),
                         ("other pairs, holdout16", OTHER_PAIRS / "holdout16"), ("other pairs, holdout17", OTHER_PAIRS / "holdout17"),
                         ("other pairs, holdout18", OTHER_PAIRS / "holdout18")):
        if (folder / "gold.jsonl").exists():
            # holdout3 also holds a Markdown page and a scraped HTML page; its README.md is no document; feeds1
            # holds news feeds (.rss, .atom, an RSS saved as .xml)
            documents = sorted(str(p) for p in folder.iterdir() if p.suffix in (".txt", ".jsonl", ".md", ".html", ".rss", ".atom", ".xml")
                               and p.name not in ("gold.jsonl", "README.md", "CONVENTIONS.md"))
            system = [event_record(e) for e in extract(documents)]
            results[name] = _recall_precision(scorer, read_jsonl(folder / "gold.jsonl"), system)
    shapes = ROOT / "tests" / "data" / "shapes"  # our pages of each shape: pipe tables, dated lists, datelines, furniture
    if (shapes / "gold.jsonl").exists():
        documents = sorted(str(p) for p in shapes.iterdir() if p.suffix in (".txt", ".jsonl", ".html") and p.name != "gold.jsonl")
        results["page shapes"] = _recall_precision(scorer, read_jsonl(shapes / "gold.jsonl"), [event_record(e) for e in extract(documents)])
    # raw page formats: hard-wrapped text, PDF text, a wiki HTML article, a news archive page, a WARC, mixed encodings
    shapes2 = ROOT / "tests" / "data" / "shapes2"
    if (shapes2 / "gold.jsonl").exists():
        documents = sorted(str(p) for p in shapes2.iterdir() if p.suffix in (".txt", ".html", ".warc") and p.name != "gold.jsonl")
        results["raw page formats (shapes2)"] = _recall_precision(scorer, read_jsonl(shapes2 / "gold.jsonl"),
                                                                  [event_record(e) for e in extract(documents)])
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    if seeds:
        system = [event_record(e) for e in extract([str(p) for p in seeds])]
        results["seeds"] = _recall_precision(scorer, read_jsonl(SHARED / "seeds" / "gold.jsonl"), system)
    return results


def _recall_precision(scorer, gold: list[dict], system: list[dict]) -> dict:
    docs = {g.get("doc") for g in gold}
    scoped = [s for s in system if s.get("date") and any(scorer.same_doc({"doc": d}, s, "doc") for d in docs)]
    strict, used = scorer.score(gold, scoped, True, "doc")
    lenient, used_lenient = scorer.score(gold, scoped, False, "doc")
    return {
        "gold": len(gold), "system": len(scoped),
        "strict_recall": len(strict) / max(len(gold), 1), "strict_precision": len(used) / max(len(scoped), 1),
        "lenient_recall": len(lenient) / max(len(gold), 1), "lenient_precision": len(used_lenient) / max(len(scoped), 1),
    }


# -- speed --------------------------------------------------------------------------------------------

_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])")


def speed_documents(rows: list[dict], target_sentences: int, seed: int = 7) -> list[str]:
    """Documents of 5 to 30 sentences drawn from the labelled sentences and the demo texts' paragraphs."""
    from detente.resources import demo_files

    pool = [row["text"] for row in rows]
    for entry in demo_files():
        text = entry.read_text(encoding="utf-8", errors="replace")
        if entry.name.endswith(".jsonl"):
            text = "\n\n".join(json.loads(line)["text"] for line in text.splitlines() if line.strip())
        if entry.name.endswith((".html", ".htm")):
            continue  # HTML goes through trafilatura first: another path, not the sentence path measured here
        pool.extend(p.strip() for p in text.split("\n\n") if len(p.strip()) > 40)
    rng = random.Random(seed)
    documents, count = [], 0
    while count < target_sentences:
        size = rng.randint(5, 30)
        picked = [rng.choice(pool) for _ in range(size)]
        # paragraphs of a few sentences each, a title first, as a history page reads
        paragraphs = [" ".join(picked[i:i + 4]) for i in range(0, len(picked), 4)]
        documents.append("Relations between states\n\n" + "\n\n".join(paragraphs))
        count += sum(len(_SPLIT.split(p)) for p in paragraphs)
    return documents


def time_speed(documents: list[str], repeat: int = 3) -> dict:
    from detente.model import Document
    from detente.pipeline import clean, layout, process

    def whole() -> int:
        total = 0
        for text in documents:
            doc = process(Document(id="", origin="<bench>", text=text))
            total += len(doc.sentences)
        return total

    def text_stages() -> int:
        total = 0
        for text in documents:
            doc = layout(clean(Document(id="", origin="<bench>", text=text)))
            total += len(doc.sentences)
        return total

    def regex_split() -> int:
        return sum(len(_SPLIT.split(p)) for text in documents for p in text.split("\n\n"))

    results = {}
    for name, run in (("extract path", whole), ("text stages only", text_stages), ("regex splitter", regex_split)):
        run()  # warm: package data loads once per process, not per document
        best, best_wall, sentences = float("inf"), float("inf"), 0
        for _ in range(repeat):
            # CPU time of this process: one core, and fair on a machine other jobs share; wall time shown beside it
            start, start_wall = time.process_time(), time.perf_counter()
            sentences = run()
            best = min(best, time.process_time() - start)
            best_wall = min(best_wall, time.perf_counter() - start_wall)
        best = max(best, 1e-6)
        results[name] = {"sentences": sentences, "seconds": best, "wall_seconds": best_wall, "per_second": sentences / best}
    results["stages"] = stage_speed(documents, repeat)
    return results


STAGES = ("clean", "layout", "time", "actors", "events")


def stage_speed(documents: list[str], repeat: int = 3) -> dict:
    """Each stage of the extract path timed apart (CPU time), on the same documents: sentences/s and share."""
    from detente.model import Document
    from detente.pipeline import clean, code, find_actors, layout, tag_time

    steps = (clean, layout, tag_time, find_actors, code)
    best = dict.fromkeys(STAGES, float("inf"))
    sentences = 0
    for _ in range(repeat):
        spent = dict.fromkeys(STAGES, 0.0)
        sentences = 0
        clock = time.process_time
        for text in documents:
            doc = Document(id="", origin="<bench>", text=text)
            for name, step in zip(STAGES, steps, strict=True):
                start = clock()
                step(doc)
                spent[name] += clock() - start
            sentences += len(doc.sentences)
        for name in STAGES:
            best[name] = min(best[name], spent[name])
    total = sum(best.values())
    return {name: {"sentences": sentences, "seconds": best[name], "per_second": sentences / max(best[name], 1e-9),
                   "share": best[name] / max(total, 1e-9)} for name in STAGES}


# -- report -------------------------------------------------------------------------------------------

def print_speed(speed: dict, repeat: int) -> None:
    whole = speed["extract path"]["per_second"]
    print(f"speed, one core (CPU time), best of {repeat}:")
    print(f"  {'stage':<20}{'sentences':>10}{'cpu s':>10}{'wall s':>10}{'sent/s':>12}{'extract / this':>16}")
    for name, r in speed.items():
        if name == "stages":
            continue
        print(f"  {name:<20}{r['sentences']:>10}{r['seconds']:>10.3f}{r['wall_seconds']:>10.3f}"
              f"{r['per_second']:>12,.0f}{whole / r['per_second']:>16.3f}")
    print(f"  each stage timed apart (same documents, best of {repeat}):")
    print(f"  {'stage':<20}{'cpu s':>10}{'share':>10}{'sent/s':>12}{'extract / this':>16}")
    for name, r in speed["stages"].items():
        print(f"  {name:<20}{r['seconds']:>10.3f}{r['share']:>10.1%}{r['per_second']:>12,.0f}{whole / r['per_second']:>16.3f}")
    print(f"  target 20,000 sentences/s: {'met' if whole >= 20000 else 'not met'} ({whole:,.0f})")
    print(f"  load average at the end: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores (a shared machine: compare ratios)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sentences", type=Path, default=SENTENCES, help="labelled sentences (JSONL)")
    parser.add_argument("--speed-sentences", type=int, default=40000, help="sentences in the speed workload (0: skip)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per speed measure; the best counts")
    parser.add_argument("--split", help="score only the labelled sentences of this split (events3, tune3, holdout, sent5, "
                        "sent5-holdout (never tuned on), sent6, sent6-holdout (never tuned on), sent7, sent7-holdout (never tuned "
                        "on), sent8, sent8-holdout (never tuned on), sent9, sent9-holdout (never tuned on), sent9-probe, sent10, sent10-holdout (never tuned on), sent11, sent11-holdout (never tuned on), sent11-probe, sent12, sent12-holdout (never tuned on), sent13, sent13-holdout (never tuned on), sent14, sent14-holdout (never tuned on), sent15, sent15-holdout (never tuned on), sent16, sent16-holdout (never tuned on), sent17, sent17-holdout (never tuned on), sent18, sent18-holdout (never tuned on), sent19, sent19-holdout (never tuned on), sent20 (news-wire and press-release language), sent20-holdout (never tuned on), wire13 (news-wire and press-release language of other pairs, years and words, with eventless look-alikes), sent21 (historians' scholarly prose), sent21-holdout (never tuned on), sent22 (the official register: communiques, notes verbales, treaty articles, resolutions, spokesmen, ceremonial acts), sent22-holdout (never tuned on), pairs, prec1, prec2, prec3, rec1, tune11, h3tune, h4tune, h5tune, h6tune, h7tune, h8tune, h9tune, h10tune, h11tune, h12tune, nominal1, ctx1 (passages of 2-4 sentences, issue 5 context), ctx2 (short names and pronouns carried across sentences), wire12, evopen (issue 5's open gaps), tune17, tune18, tune19, prec4, tune20, tune21, evopen4, prec5, prec6, prec7, prec8, prec9 (one act told twice on a page, prec9), prec10 (acts named but not told done: set for a date, hoped for or feared, a step no one took), prec11 (a measure or an occupation in force named as what a clause judges or spans); 'none' for those without one)")
    parser.add_argument("--errors", type=int, default=0, help="print this many coder errors per kind")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--speed-only", action="store_true", help="only the speed figures (no accuracy; for A/B runs "
                        "such as scripts/cython_trial.py --bench)")
    args = parser.parse_args(argv)
    if args.speed_only:
        speed = time_speed(speed_documents(read_jsonl(args.sentences), args.speed_sentences), args.repeat)
        if args.json:
            print(json.dumps({"speed": speed}, indent=1))
        else:
            print_speed(speed, args.repeat)
        return 0

    scorer = load_scorer()
    rows = read_jsonl(args.sentences)
    if args.split:
        rows = [row for row in rows if (row.get("split") or "none") == args.split]
        if not rows:
            raise SystemExit(f"{args.sentences}: no labelled sentence has split {args.split!r}")
    accuracy = evaluate(rows, extract_dicts, scorer)
    corpora = corpus_scores(scorer) if scorer is not None else {}
    speed = time_speed(speed_documents(rows, args.speed_sentences), args.repeat) if args.speed_sentences else {}
    if args.json:
        figures = {"sentences": {k: v for k, v in accuracy.items() if k != "errors"}, "corpora": corpora, "speed": speed}
        print(json.dumps(figures, indent=1))
        return 0

    a = accuracy
    print(f"labelled sentences: {a['sentences']} ({a['gold_events']} gold events, {a['no_event_sentences']} sentences with none)")
    print(f"  {'measure':<28}{'of paired':>10}{'of gold':>10}")
    print(f"  {'event recall (paired)':<28}{'':>10}{a['event_recall']:>10.3f}")
    print(f"  {'type accuracy':<28}{a['type_accuracy']:>10.3f}{a['type_of_gold']:>10.3f}")
    print(f"  {'polarity accuracy':<28}{a['polarity_accuracy']:>10.3f}{a['polarity_of_gold']:>10.3f}")
    print(f"  {'source/target accuracy':<28}{a['roles_accuracy']:>10.3f}{a['roles_of_gold']:>10.3f}")
    if a["date_accuracy"] is not None:
        print(f"  {'date accuracy (strict)':<28}{a['date_accuracy']:>10.3f}")
    print(f"  {'event precision':<28}{a['event_precision']:.3f}   (paired / events emitted on sentences with events)")
    print(f"  {'false-event rate':<28}{a['false_event_rate']:.3f}   " + ", ".join(
        f"{form} {rate:.2f}" for form, rate in a["false_event_rate_by_form"].items()))
    print("  gold events found by form: " + ", ".join(f"{form} {rate:.2f}" for form, rate in a["found_by_form"].items()))
    print("  recall by type:            " + ", ".join(f"{t} {rate:.2f}" for t, rate in a["recall_by_type"].items()))
    print("  type accuracy by type:     " + ", ".join(f"{t} {rate:.2f}" for t, rate in a["type_accuracy_by_type"].items()))
    for name, r in corpora.items():
        print(f"{name}: {r['gold']} gold, {r['system']} dated system events; strict recall {r['strict_recall']:.3f}, "
              f"strict precision {r['strict_precision']:.3f}, lenient recall {r['lenient_recall']:.3f}, "
              f"lenient precision {r['lenient_precision']:.3f}")
    if speed:
        print_speed(speed, args.repeat)
    if args.errors:
        by_kind: dict[str, list[dict]] = {}
        for error in a["errors"]:
            by_kind.setdefault(error["kind"], []).append(error)
        for kind, items in sorted(by_kind.items(), key=lambda kv: -len(kv[1])):
            print(f"\n{kind}: {len(items)}")
            for item in items[: args.errors]:
                print(f"  [{item['id']} {item['form']}] {item['text']}\n      gold {item['gold']}  system {item['system']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
