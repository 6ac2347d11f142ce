"""A test set of events, actors and dates on pairs of states, first written never to be tuned on (issues 5, 4, 3).

RETIRED INTO TUNING on 2026-11-27 (events only). tests/data/other_pairs/holdout3/ (eight documents and their gold
events) was written to measure detente honestly on text nobody tuned on and stayed unseen from 428db09 (strict
0.486/0.646) to 2bea719 (0.678/0.740); helper h3tune then read its misses to fix their general causes on sentences
of its own (see the README's "Retired into tuning" section), so it is no longer a never-tuned measure: holdout5/ to
holdout9/ are. Its companions tests/data/actor_cases_holdout.jsonl and tests/data/timex_holdout.jsonl were not read
and stay NOT FOR TUNING: do not read their failures to write rules, lexicon entries or tests.

Event floors sit a little under the h3tune round's final figures (strict recall 0.734, precision 0.789; lenient
0.748 / 0.804); the per-document figures below and the actor and timex floors are from the first scoring
(commit 428db09, 2026-11-26), so they guard against regressions without asking for anything:

events (score_events.py, strict; lenient in brackets), 214 gold events in 8 documents:
    ussr_finland_encyclopedia.txt   recall 0.538  precision 0.737  (0.615 / 0.842)
    india_china_timeline.txt        recall 0.600  precision 0.692  (0.600 / 0.692)
    iraq_kuwait_wire.jsonl          recall 0.406  precision 0.565  (0.406 / 0.565)   8 wire records
    usa_nicaragua_scraped.html      recall 0.385  precision 0.769  (0.385 / 0.769)
    uk_ireland_textbook.txt         recall 0.538  precision 0.560  (0.577 / 0.600)
    greece_turkey_list.txt          recall 0.333  precision 0.400  (0.625 / 0.750)
    france_germany_wiki.md          recall 0.700  precision 0.840  (0.700 / 0.840)
    ussr_afghanistan_table.txt      recall 0.300  precision 0.600  (0.400 / 0.800)
    overall                         recall 0.486  precision 0.646  (104/214, 104/161; lenient 0.542 / 0.720)
  (before the gold was adjudicated once for consistency, 208 events: strict recall 0.481, precision 0.621)
  after the h3tune round (2026-11-27), strict: ussr_finland 0.808/0.875, india_china 0.833/0.893, iraq_kuwait
  0.625/0.690, usa_nicaragua 0.654/0.739, uk_ireland 0.769/0.909, greece_turkey 0.667/0.640, france_germany
  0.800/0.828, ussr_afghanistan 0.700/0.737; overall 0.734/0.789 (157/214, 157/199; lenient 0.748 / 0.804);
  with main merged in (33c4230: h4tune, sent9, prec3 beside it) 0.729/0.776 (lenient 0.748 / 0.796)
  with the reciprocal convention (ctx1: a reciprocal act is two events; holdout3-ind-27b added, 215 events)
  0.730/0.777 (157/215, 157/202)
actors: 70 of 108 cases resolve in full (0.648); 235 of 279 expected mentions and absences hold (0.842)
timex: 182 expected values in 69 passages; relaxed extent F1 0.994, value F1 0.989, values right 179/182 (0.984)
"""

from __future__ import annotations

import json
from pathlib import Path

from detente import extract
from detente.actors import find_mentions
from detente.export import event_record
from detente.time import tag
from tests import test_actors as actor_tests  # a module import: pytest must not collect its tests twice
from tests.scoring import load_scorer, read_jsonl, score

DATA = Path(__file__).resolve().parent / "data"
HOLDOUT3 = DATA / "other_pairs" / "holdout3"
ACTOR_CASES = DATA / "actor_cases_holdout.jsonl"
TIMEX = DATA / "timex_holdout.jsonl"
DOCUMENT_SUFFIXES = (".txt", ".md", ".html", ".jsonl")

EVENT_FLOORS = (0.71, 0.76)  # strict recall, strict precision: 0.734, 0.789 after the h3tune round (0.486, 0.646 at first)
ACTOR_CASE_FLOOR = 0.60  # measured 0.648
ACTOR_MENTION_FLOOR = 0.80  # measured 0.842
TIMEX_FLOORS = (0.97, 0.95)  # relaxed extent F1, value F1: measured 0.994, 0.989


def _documents() -> list[Path]:
    return sorted(p for p in HOLDOUT3.iterdir()
                  if p.suffix in DOCUMENT_SUFFIXES and p.name not in ("gold.jsonl", "README.md"))


def _texts() -> dict[str, str]:
    """Document name (a wire record's id) -> the text detente reads, after HTML extraction."""
    from detente.model import Document
    from detente.pipeline import extract_documents

    texts = {}
    for item in extract_documents([str(p) for p in _documents()]):
        assert isinstance(item, Document), item
        texts[Path(item.origin).name] = item.text
    return texts


# ------------------------------------------------------------------------------------------- events

def test_holdout3_has_eight_documents_in_several_shapes():
    documents = _documents()
    assert len(documents) == 8
    assert {p.suffix for p in documents} == set(DOCUMENT_SUFFIXES)


def test_holdout3_gold_quotes_its_documents_with_known_codes_and_readable_dates():
    scorer = load_scorer()
    gold = read_jsonl(HOLDOUT3 / "gold.jsonl")
    texts = _texts()
    assert len({g["id"] for g in gold}) == len(gold), "duplicate ids"
    assert {g["doc"] for g in gold} == set(texts), "every document has gold events"
    known = set(scorer.CANON) | {e.get("code") for e in _gazetteer_entities()}
    problems = []
    for g in gold:
        if g["evidence"] not in texts[g["doc"]]:
            problems.append((g["id"], "evidence not in the document"))
        try:
            (start, _), (_, end) = scorer.interval(g["date"])
            assert start <= end
        except (ValueError, TypeError, AssertionError):
            problems.append((g["id"], f"unreadable date {g['date']!r}"))
        problems.extend((g["id"], f"unknown actor code {code}") for code in g["actors"] if code not in known)
        if g["polarity"] not in ("cooperation", "conflict", "neutral") or not isinstance(g.get("fuzzy"), bool):
            problems.append((g["id"], "polarity or fuzzy"))
    assert not problems, problems
    counts = {}
    for g in gold:
        name = "iraq_kuwait_wire.jsonl" if g["doc"].startswith("wire-") else g["doc"]
        counts[name] = counts.get(name, 0) + 1
    assert all(15 <= n <= 33 for n in counts.values()), counts  # 32 before conv2 added two to the wire (decision 6)


def _gazetteer_entities() -> list[dict]:
    from detente.resources import data_path

    with data_path("actors.json").open("r", encoding="utf-8") as handle:
        return list(json.load(handle)["entities"].values())


def test_holdout3_events_meet_their_floors():
    gold = read_jsonl(HOLDOUT3 / "gold.jsonl")
    result = score(gold, [event_record(e) for e in extract([str(p) for p in _documents()])])
    recall, precision = EVENT_FLOORS
    missed = [(g["id"], g["date"], g["actors"], g["polarity"]) for g in result["missed"]]
    assert result["strict_recall"] >= recall, (result["strict_recall"], missed)
    assert result["strict_precision"] >= precision, result["strict_precision"]


# ------------------------------------------------------------------------------------------- actors

def _actor_cases() -> list[dict]:
    return read_jsonl(ACTOR_CASES)


def test_actor_holdout_cases_are_well_formed():
    cases = _actor_cases()
    assert len(cases) >= 80
    for case in cases:
        assert set(case) <= {"text", "date", "expect", "absent", "note"}, case
        for expected in case["expect"]:
            text = expected[0] if isinstance(expected, list) else expected["text"]
            assert text in case["text"], (text, case["text"])
        assert all(text in case["text"] for text in case.get("absent", [])), case


def _mention_checks(case: dict) -> tuple[int, int]:
    """(checks that hold, checks) for one case: each expected mention resolved as expected, each absence."""
    date = case.get("date")
    found = find_mentions(case["text"], when=(lambda _p: (date, date)) if date else None)
    held = total = 0
    used: set[int] = set()
    for expected in case["expect"]:
        if isinstance(expected, list):
            expected = {"text": expected[0], "code": expected[1]}
        total += 1
        index = next((i for i, m in enumerate(found) if i not in used and m.text == expected["text"]), None)
        if index is None:
            continue
        used.add(index)
        mention = found[index]
        code = expected.get("code")
        ok = code is None or actor_tests.acting(mention) == (sorted(code) if isinstance(code, list) else code)
        ok = ok and all(getattr(mention, key) == expected[key] for key in ("state", "kind", "role") if key in expected)
        held += ok
    for text in case.get("absent", []):
        total += 1
        held += text not in [m.text for m in found]
    return held, total


def test_actor_holdout_cases_meet_their_floors():
    cases = _actor_cases()
    passed = 0
    held = total = 0
    for case in cases:
        try:
            actor_tests.test_cases_about_other_pairs_resolve(case)  # the check the tuned cases go through
            passed += 1
        except AssertionError:
            pass
        h, t = _mention_checks(case)
        held, total = held + h, total + t
    assert passed / len(cases) >= ACTOR_CASE_FLOOR, (passed, len(cases))
    assert held / total >= ACTOR_MENTION_FLOOR, (held, total)


# ------------------------------------------------------------------------------------------- time

def _timex_docs() -> list[dict]:
    return read_jsonl(TIMEX)


def test_timex_holdout_is_well_formed():
    docs = _timex_docs()
    assert len(docs) >= 60 and {d["split"] for d in docs} == {"holdout3"}
    for doc in docs:
        assert doc["timexes"], doc["doc_id"]
        for t in doc["timexes"]:
            assert doc["text"][t["start"] : t["end"]] == t["text"], (doc["doc_id"], t)
            assert t["type"] in ("DATE", "TIME", "DURATION", "SET"), (doc["doc_id"], t)


def test_timex_holdout_meets_its_floors():
    """Relaxed extent F1 and value F1 as TempEval-3 counts them (the same pairing as tests/test_time.py)."""
    gold_n = pred_n = found = matched = right = 0
    for doc in _timex_docs():
        gold = doc["timexes"]
        pred = [t for t in tag(doc["text"], dct=doc.get("dct"), mode="auto") if t.layer == "timex"]
        gold_n += len(gold)
        pred_n += len(pred)
        found += sum(1 for g in gold if any(p.start < g["end"] and g["start"] < p.end for p in pred))
        matched += sum(1 for p in pred if any(p.start < g["end"] and g["start"] < p.end for g in gold))
        used: set[int] = set()
        for g in gold:
            for index, p in enumerate(pred):
                if index not in used and p.start < g["end"] and g["start"] < p.end:
                    used.add(index)
                    right += p.value.upper() == g["value"].upper()
                    break
    precision, recall = matched / pred_n, found / gold_n
    value_p, value_r = right / pred_n, right / gold_n
    relaxed = 2 * precision * recall / (precision + recall)
    value = 2 * value_p * value_r / (value_p + value_r)
    assert relaxed >= TIMEX_FLOORS[0] and value >= TIMEX_FLOORS[1], (relaxed, value)
