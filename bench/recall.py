"""Why gold events go unfound: every gold event of the tuned sets that no system event matches, sorted by kind.

    python bench/recall.py [--sets demo,root,holdout,...] [--show KIND,...]

For each tuned set (the demo corpus, tests/data/other_pairs/ root files, holdout/, holdout2/, tune3/ ... and any
tuneN/ present, holdout3/ to holdout18/ (retired into tuning), the page shapes sets and the seed pages; never holdout19/ to holdout22/,
which are scored blind), the
documents are extracted and scored strictly as ``../shared/eval/score_events.py`` scores them. Each gold event left
unmatched is found in its document by its evidence, and what the coder did with that sentence gives its kind:
  (a) trigger   the sentence has no trigger (vocabulary missing from the lexicon)
  (b) dropped   a trigger was found but the event was suppressed (modality, negation, a "no event" rule); the
                rules that fired are listed
  (c) actor     the sentence's event lacks an actor of the gold, or the event was dropped for want of one
  (d) role      the sentence's event names another state than the gold (a third party, a member, a swap)
  (e) type      the sentence's event has the gold's actors and date but the other polarity
  (f) date      the sentence's event has the gold's actors and polarity at another date (or none)
  (g) merged    the sentence's event that would match was taken by another gold event (two acts told as one),
                or a duplicate of it was merged away
  (h) text      the evidence is not in the cleaned text, or is split across sentences
  (i) arguable  the gold is arguable (set by hand only: not counted against the coder)
The script proposes a kind; bench/results/recall_labels.tsv (gold id, kind, note) overrides it where a reading
by hand says otherwise.  The table goes to stdout; ``--show`` lists the misses of some kinds with their sentence,
what the coder emitted on it and the suppressing rules.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import events as bench_events  # noqa: E402  (bench/events.py: the scorer loader and JSONL reader)
import precision as bench_precision  # noqa: E402  (bench/precision.py: the tuned sets)

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "bench" / "results" / "recall_labels.tsv"
KINDS = ("a", "b", "c", "d", "e", "f", "g", "h", "i")
KIND_NAMES = {"a": "no trigger", "b": "suppressed", "c": "actor missing", "d": "wrong actor/role", "e": "wrong type/polarity",
              "f": "wrong date", "g": "merged", "h": "text lost", "i": "gold arguable"}
# the rules of sentence.py that drop an event for want of an actor: the miss is an actor's, not a modality's
ACTOR_DROPS = frozenset({"no_actor", "no_target", "not_a_place", "mediator_unnamed", "unarmed_subject"})


def tuned_sets() -> list[tuple[str, list[str], Path | None]]:
    sets = bench_precision.tuned_sets()
    for name in ("shapes", "shapes2"):
        folder = ROOT / "tests" / "data" / name
        if (folder / "gold.jsonl").exists():
            docs = sorted(str(p) for p in folder.iterdir() if p.suffix in (".txt", ".jsonl", ".html", ".warc")
                          and p.name != "gold.jsonl")
            sets.append((name, docs, folder / "gold.jsonl"))
    seeds = bench_events.SHARED / "seeds"
    if (seeds / "gold.jsonl").exists():
        sets.append(("seeds", sorted(str(p) for p in seeds.glob("*.txt")), seeds / "gold.jsonl"))
    return sets


class _Trace(Counter):
    """The coder's ``dropped`` counter that also notes, per sentence span, which rules dropped an event there."""

    def __init__(self):
        super().__init__()
        self.where: dict[tuple[int, int], list[str]] = defaultdict(list)

    def __setitem__(self, key, value):
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_name not in ("_code_sentence", "merge_within"):
            frame = frame.f_back
        if frame is not None and frame.f_code.co_name == "_code_sentence":
            self.where[tuple(frame.f_locals["span"])].append(key)
        elif frame is not None and "event" in frame.f_locals:
            self.where[tuple(frame.f_locals["event"].span)].append(key)  # the event merged into another
        super().__setitem__(key, value)


def _documents(paths: list[str]):
    """Processed documents with the trace of dropped events in ``meta['trace']``."""
    import detente.pipeline as pipeline

    original = pipeline.code_events

    def traced(doc, **options):
        trace = _Trace()
        options["dropped"] = trace
        events = original(doc, **options)
        doc.meta["trace"] = trace.where
        return events

    pipeline.code_events = traced
    try:
        return [d for d in pipeline.extract_documents(paths) if isinstance(d, pipeline.Document)]
    finally:
        pipeline.code_events = original


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _locate(doc, evidence: str) -> tuple[int, int] | None:
    """The character span of a gold event's evidence in the document's cleaned text (spaces folded)."""
    text = _squash(doc.text)
    want = _squash(evidence).rstrip(".")
    at = text.find(want)
    if at < 0 and len(want) > 40:
        at = text.find(want[:40])
        if at >= 0:
            want = want[:40]
    if at < 0:
        return None
    # map the squashed offset back: count non-space runs
    squashed_to_raw = []
    raw = doc.text
    i, last_space = 0, True
    while i < len(raw) and raw[i].isspace():
        i += 1
    for j in range(i, len(raw)):
        if raw[j].isspace():
            if not last_space:
                squashed_to_raw.append(j)
            last_space = True
        else:
            squashed_to_raw.append(j)
            last_space = False
    start = squashed_to_raw[at] if at < len(squashed_to_raw) else len(raw)
    end = squashed_to_raw[min(at + len(want), len(squashed_to_raw)) - 1] + 1
    return start, end


def _doc_for(documents, gold_doc: str):
    return [d for d in documents if str(d.origin).endswith(gold_doc)]


def classify(scorer, gold: list[dict], system: list[dict], documents) -> tuple[list, dict]:
    """Each unmatched gold event with its proposed kind, its sentence, the events on it and the rules that dropped."""
    from detente.events.triggers import find_triggers, tokenize

    docs = {g.get("doc") for g in gold}
    scoped = [s for s in system if s.get("date") and any(scorer.same_doc({"doc": d}, s, "doc") for d in docs)]
    strict, used = scorer.score(gold, scoped, True, "doc")
    found = {id(g) for g, _ in strict}
    taken_by = {id(s): g for g, s in strict}
    figures = {"gold": len(gold), "system": len(scoped), "recall": len(strict) / max(len(gold), 1),
               "precision": len(used) / max(len(scoped), 1)}
    rows = []
    for g in gold:
        if id(g) in found:
            continue
        ga = scorer.actors(g)
        need = min(2, len(ga))
        row = {"gold": g, "sentence": None, "events": [], "drops": [], "triggers": [], "kind": "h", "near": None}
        rows.append(row)
        candidates = _doc_for(documents, g["doc"])
        where = None
        for doc in candidates:
            span = _locate(doc, g.get("evidence") or "")
            if span:
                where = doc, span
                break
        if where is None:
            continue
        doc, (start, end) = where
        sentences = [s for s in doc.sentences if s.start < end and start < s.end]
        if not sentences:
            continue
        first = sentences[0]
        s_start, s_end = first.start, sentences[-1].end
        row["sentence"] = doc.text[s_start:s_end]
        row["split"] = len(sentences) > 1
        row["context_doc"] = (doc, first, ga)
        on = [s for s in system if scorer.same_doc(g, s, "doc") and s["span"][0] < s_end and s_start < s["span"][1]
              and str(s.get("doc")) == str(doc.origin)]
        row["events"] = on
        for sentence in sentences:
            row["drops"].extend(doc.meta.get("trace", {}).get((sentence.start, sentence.end), []))
        tokens = tokenize(doc.text[s_start:s_end], s_start)
        row["triggers"] = [doc.text[t.start:t.end] for t in find_triggers(tokens)]
        # what the coder did with the sentence decides the kind
        kind = None
        for s in on:
            sa = scorer.actors(s)
            actors_ok = len(ga & sa) >= need
            polarity_ok = s["polarity"] == g["polarity"]
            date_ok = bool(s.get("date")) and scorer.date_ok(g["date"], s["date"], not g.get("fuzzy"))
            if actors_ok and polarity_ok and date_ok and id(s) in taken_by:
                # another gold event took the sentence's event: this act was merged into it, or its own trigger
                # was dropped (for want of an actor, by a rule) or never found
                row["near"] = s
                drops = [d for d in row["drops"] if d != "merged_within_document"]
                if "merged_within_document" in row["drops"] or len(row["triggers"]) <= 1:
                    kind = "g"
                elif drops:
                    kind = "c" if set(drops) <= ACTOR_DROPS else "b"
                else:
                    kind = "g"
                break
        if kind is None:
            for test, name in ((lambda s, sa, ga=ga, need=need, g=g: len(ga & sa) >= need and s["polarity"] == g["polarity"], "f"),
                               (lambda s, sa, ga=ga, need=need: len(ga & sa) >= need, "e"),
                               (lambda s, sa, ga=ga: len(ga & sa) >= 1 and len(sa) < len(ga), "c"),
                               (lambda s, sa, ga=ga: len(ga & sa) >= 1 or len(sa) >= 2, "d")):
                near = next((s for s in on if test(s, scorer.actors(s))), None)
                if near is not None:
                    kind, row["near"] = name, near
                    break
        if kind is None:
            if row["drops"]:
                kind = "c" if set(row["drops"]) <= ACTOR_DROPS else "b"
            elif not row["triggers"]:
                kind = "h" if row["split"] else "a"
            elif on:
                kind = "d"
            else:
                kind = "c"  # a trigger, no rule dropped it, no event: no actor or target was found for it
        row["kind"] = kind
        where = row.pop("context_doc", None)
        row["context"] = context_kind(*where[:3], scorer.canon, row["sentence"], kind) if where else ""
    return rows, figures


# the context kinds (issue 5, ctx1): why one sentence is not enough to code an act
CONTEXT_KINDS = ("prev", "place", "signing", "reciprocal", "nounhead", "pair")
CONTEXT_NAMES = {"prev": "an actor named only in the sentence or clause before", "place": "an actor told only by a place or "
                 "victims of a state", "signing": "a multi-party signing coded per pair", "reciprocal": "a reciprocal act (two "
                 "events)", "nounhead": "'the X's' noun head whose doer the sentence before names",
                 "pair": "an actor given only by 'the two nations' or the pair in focus"}
_RECIPROCAL = re.compile(r"\beach other|\bone another|\bmutual|\bboth sides\b|\bexchanged? (?:ambassadors|envoys|diplomats|"
                         r"visits|prisoners|fire|notes|letters)|\breciprocal\b|\bexchange of (?:ambassadors|envoys|visits|"
                         r"fire|prisoners|notes)", re.IGNORECASE)
_SIGNING = re.compile(r"\bsign(?:ed|ing|s|atories|atory)\b", re.IGNORECASE)
_PAIR_WORDS = re.compile(r"\b(?:the|both) (?:two )?(?:nations|countries|states|governments|sides|neighbours|neighbors|"
                         r"powers|superpowers|rivals|capitals|leaders)\b", re.IGNORECASE)
_NOUN_HEAD = re.compile(r"^\W*(?:(?:In|On|By|At|After)\b[^,]{0,40},?\s+)?(?:the|an?|this|that)\s+(?:\w+\s+)?(?:invasion|attack|"
                        r"offensive|blockade|occupation|bombing|bombardment|embargo|raid|assault|incursion|shelling|"
                        r"airlift|intervention|withdrawal|talks|negotiations|agreement|treaty|accord|ceasefire|cease-fire|"
                        r"war|campaign|strikes?|sanctions|boycott|visit|summit|recognition|expulsion|deployment|"
                        r"mobilization|annexation|test|tests|aid|loan)\b", re.IGNORECASE)


def _named(doc, sentence, canon) -> set[str]:
    """The actor codes a sentence names (states, persons' and groups' states, members of groups), canonical."""
    codes = set()
    for m in doc.mentions:
        if m.start >= sentence.start and m.end <= sentence.end:
            for code in (m.entity, m.state, *(m.members or ())):
                if code:
                    codes.add(canon(code))
    return codes


def context_kind(doc, sentence, gold_actors: set[str], canon, text: str, kind: str = "c") -> str:
    """Which context kind a miss on this sentence belongs to, or '' when one sentence names all it needs (or the
    miss is of a kind no context would mend: no trigger, a modality, a type or a date)."""
    if kind not in ("c", "d", "g"):
        return ""
    if _RECIPROCAL.search(text):
        return "reciprocal"
    named = _named(doc, sentence, canon)
    if _SIGNING.search(text) and len(named) >= 3:
        return "signing"
    if kind == "g":
        return ""
    absent = gold_actors - named
    if not absent:
        return ""
    index = doc.sentences.index(sentence)
    before = set()
    for prior in doc.sentences[max(0, index - 2):index]:
        if prior.section == sentence.section:
            before |= _named(doc, prior, canon)
    if _PAIR_WORDS.search(text):
        return "pair"
    if absent <= before:
        return "nounhead" if _NOUN_HEAD.match(text) and not named else "prev"
    return "place"


def load_labels() -> dict[str, tuple[str, str]]:
    labels = {}
    if LABELS.exists():
        for line in LABELS.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            gold_id, kind, *note = line.split("\t")
            labels[gold_id] = (kind.strip(), note[0] if note else "")
    return labels


def run(set_names: list[str] | None = None) -> dict:
    from detente.export import event_record
    from detente.resources import data_path, demo_paths

    scorer = bench_events.load_scorer()
    labels = load_labels()
    results = {}
    for name, paths, gold_path in tuned_sets():
        if set_names and name not in set_names:
            continue
        if name == "demo":
            with demo_paths() as demo:
                documents = _documents([str(p) for p in demo])
            with data_path("demo_expected.jsonl").open("r", encoding="utf-8") as handle:
                gold = [json.loads(line) for line in handle if line.strip()]
        else:
            documents = _documents(paths)
            gold = bench_events.read_jsonl(gold_path)
        system = [event_record(e) for d in documents for e in d.events]
        rows, figures = classify(scorer, gold, system, documents)
        for row in rows:
            row["auto"] = row["kind"]
            label = labels.get(row["gold"].get("id", ""))
            if label:
                row["kind"], row["note"] = label
        results[name] = (rows, figures)
    return results


def table(results) -> str:
    lines = [f"{'set':<10}{'gold':>6}{'sys':>6}{'recall':>8}{'prec':>7}{'missed':>8}  "
             + "".join(f"{k:>5}" for k in KINDS) + "   recall w/o (i)"]
    totals: Counter = Counter()
    for name, (rows, f) in results.items():
        counts = Counter(row["kind"] for row in rows)
        totals.update(counts)
        totals["gold"] += f["gold"]
        totals["system"] += f["system"]
        totals["found"] += f["gold"] - len(rows)
        adjusted = (f["gold"] - len(rows)) / max(f["gold"] - counts["i"], 1)
        lines.append(f"{name:<10}{f['gold']:>6}{f['system']:>6}{f['recall']:>8.3f}{f['precision']:>7.3f}{len(rows):>8}  "
                     + "".join(f"{counts[k]:>5}" for k in KINDS) + f"   {adjusted:.3f}")
    missed = sum(totals[k] for k in KINDS)
    lines.append(f"{'all':<10}{totals['gold']:>6}{totals['system']:>6}{totals['found'] / max(totals['gold'], 1):>8.3f}{'':>7}"
                 f"{missed:>8}  " + "".join(f"{totals[k]:>5}" for k in KINDS)
                 + f"   {totals['found'] / max(totals['gold'] - totals['i'], 1):.3f}")
    lines.append("kinds: " + ", ".join(f"({k}) {v}" for k, v in KIND_NAMES.items()))
    return "\n".join(lines)


def context_table(results) -> str:
    """Misses by context kind per set (kind (i), arguable golds, left out)."""
    lines = [f"{'set':<10}{'missed':>8}" + "".join(f"{k:>12}" for k in CONTEXT_KINDS) + f"{'none':>8}"]
    totals: Counter = Counter()
    for name, (rows, _) in results.items():
        counts = Counter(row.get("context") or "none" for row in rows if row["kind"] != "i")
        totals.update(counts)
        lines.append(f"{name:<10}{sum(counts.values()):>8}" + "".join(f"{counts[k]:>12}" for k in CONTEXT_KINDS)
                     + f"{counts['none']:>8}")
    lines.append(f"{'all':<10}{sum(totals.values()):>8}" + "".join(f"{totals[k]:>12}" for k in CONTEXT_KINDS)
                 + f"{totals['none']:>8}")
    lines.append("context kinds: " + "; ".join(f"{k}: {v}" for k, v in CONTEXT_NAMES.items())
                 + "; none: the sentence names every actor the gold has")
    return "\n".join(lines)


def _brief(s: dict) -> str:
    return f"{s['source']}>{s['target']} {s['type']}/{s['cameo']} {s['polarity']} {s['date']} trig={s.get('trigger')!r}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", help="comma-separated set names (demo, root, holdout, holdout2, tune3, ..., shapes, seeds)")
    parser.add_argument("--show", help="comma-separated kinds to list miss by miss (a,b,...,i) or 'all'")
    parser.add_argument("--context", action="store_true", help="also count the misses by context kind (issue 5)")
    args = parser.parse_args(argv)
    results = run(args.sets.split(",") if args.sets else None)
    print(table(results))
    if args.context:
        print()
        print(context_table(results))
    if args.show:
        wanted = set(args.show.split(","))
        for name, (rows, _) in results.items():
            for row in rows:
                if "all" in wanted or row["kind"] in wanted:
                    g = row["gold"]
                    print(f"\n[{name} {row['kind']}/{row['auto']}] {g.get('id')} {g['doc']} {g['date']} {sorted(g['actors'])} "
                          f"{g['polarity']} | {g.get('summary', '')}" + (f"  NOTE {row['note']}" if row.get("note") else ""))
                    if row.get("context"):
                        print(f"    context: {row['context']}")
                    print(f"    S: {(row['sentence'] or '(evidence not found: ' + str(g.get('evidence')) + ')')[:400]}")
                    if row["triggers"]:
                        print(f"    triggers: {row['triggers']}")
                    if row["drops"]:
                        print(f"    dropped by: {row['drops']}")
                    for s in row["events"]:
                        print(f"    sys: {_brief(s)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
