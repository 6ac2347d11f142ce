"""The fifth never-tuned set of its kind (tests/data/other_pairs/holdout7/, see its README), retired into tuning on
2026-11-27 (helper h7tune): its documents, gold and misses were read to find the general causes of what goes wrong on
pages nobody tuned on, so it is no longer unseen; holdout8/ to holdout10/ were the never-tuned sets then (holdout8/ was
retired too, by h8tune, the same day; holdout9/ to holdout12/ are now). The floors sit
a little under the measured figures, so a change that makes the coder worse here shows up.

Measured on 2026-11-26 with score_events.py, 158 gold events (as written) in 6 documents (15 inputs: the wire file holds 10 records),
load average about 10 on 2 cores:
  the code at the session's start (/tmp/lead/base8), 130 dated system events:
      strict recall 0.500 (79/158), strict precision 0.608 (79/130);
      lenient recall 0.513 (81/158), lenient precision 0.623 (81/130)
  this branch's start (main at a40d9c4), 129 dated system events:
      strict recall 0.494 (78/158), strict precision 0.605 (78/129);
      lenient recall 0.506 (80/158), lenient precision 0.620 (80/129)
  main at c40f0d7 (h7tune's start, before any change), 142 dated system events:
      strict recall 0.627 (99/158), strict precision 0.697 (99/142);
      lenient recall 0.627 (99/158), lenient precision 0.697 (99/142)
  the gold corrected by h7tune (159 events, one Soviet act on Mongolia added, see the README):
      main at c40f0d7: strict recall 0.629 (100/159), strict precision 0.704 (100/142)
      branch h7tune (final), 140 dated system events: strict recall 0.742 (118/159), strict precision 0.843 (118/140)
"""

from __future__ import annotations

from pathlib import Path

from detente import extract
from detente.export import event_record
from detente.model import Document
from detente.pipeline import extract_documents
from tests.scoring import read_jsonl, score

HOLDOUT7 = Path(__file__).resolve().parent / "data" / "other_pairs" / "holdout7"
DOCUMENT_SUFFIXES = (".txt", ".jsonl", ".md", ".html")
WIRE = "cuba_mexico_wire.jsonl"
EVENT_FLOORS = (0.71, 0.80)  # strict recall, strict precision: measured 0.742, 0.843 (h7tune, final)


def _documents() -> list[str]:
    return sorted(str(p) for p in HOLDOUT7.iterdir()
                  if p.suffix in DOCUMENT_SUFFIXES and p.name not in ("gold.jsonl", "README.md"))


def test_every_document_has_gold_and_every_gold_event_a_document():
    gold_docs = {g["doc"] for g in read_jsonl(HOLDOUT7 / "gold.jsonl")}
    names = {Path(p).name for p in _documents()}
    assert all(doc in names or doc.startswith("cumex-wire-") for doc in gold_docs)
    assert names <= gold_docs | {WIRE}
    assert len(names) == 6
    wire_ids = {g["doc"] for g in read_jsonl(HOLDOUT7 / "gold.jsonl") if g["doc"].startswith("cumex-wire-")}
    assert len(wire_ids) == 10
    assert not [a for a in wire_ids for b in wire_ids if a != b and a.endswith(b)]  # no record id ends another


def test_every_gold_evidence_is_in_the_text_its_document_reads_as():
    texts = {d.origin: d.text for d in extract_documents(_documents()) if isinstance(d, Document)}
    assert len(texts) == 15  # five files and ten wire records
    bad = [g["id"] for g in read_jsonl(HOLDOUT7 / "gold.jsonl")
           if not any(origin.endswith(g["doc"]) and g["evidence"] in text for origin, text in texts.items())]
    assert not bad, bad


def test_the_coder_holds_its_floor_on_the_retired_fifth_holdout():
    result = score(read_jsonl(HOLDOUT7 / "gold.jsonl"), [event_record(e) for e in extract(_documents())])
    recall, precision = EVENT_FLOORS
    assert result["strict_recall"] >= recall, round(result["strict_recall"], 3)
    assert result["strict_precision"] >= precision, round(result["strict_precision"], 3)
