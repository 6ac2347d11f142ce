"""The ninth never-tuned set (tests/data/other_pairs/holdout11/, see its README), retired into tuning on 2026-11-27, the
sixteenth session (helper h11tune): its documents, gold and misses were read to find the general causes of what goes
wrong on pages nobody tuned on, so it is no longer unseen; holdout12/ to holdout15/ are the never-tuned sets now. The
floors sit a little under the measured figures, so a change that makes the coder worse here shows up.

Measured on 2026-11-27 with score_events.py, 149 gold events in 7 documents (18 inputs: the wire file holds 12
records, 10 of which tell a gold event), load average about 10 on 2 cores; main at c40f0d7 gave 138 dated system
events in the documents with gold:
      strict recall 0.617 (92/149), strict precision 0.667 (92/138);
      lenient recall 0.617 (92/149), lenient precision 0.667 (92/138)
  main at 1737a79 (h11tune's start, before any change), 142 dated system events:
      strict recall 0.658 (98/149), strict precision 0.690 (98/142);
      lenient the same
  after h11tune's fixes (and one gold line corrected, see the README), 155 dated system events:
      strict recall 0.772 (115/149), strict precision 0.742 (115/155); lenient the same
"""

from __future__ import annotations

from pathlib import Path

from detente import extract
from detente.export import event_record
from detente.model import Document
from detente.pipeline import extract_documents
from tests.scoring import read_jsonl, score

HOLDOUT11 = Path(__file__).resolve().parent / "data" / "other_pairs" / "holdout11"
DOCUMENT_SUFFIXES = (".txt", ".jsonl", ".md", ".html")
WIRE = "cuba_peru_wire.jsonl"
WIRE_PREFIX = "cuper-wire-"
EVENT_FLOORS = (0.74, 0.71)  # strict recall, strict precision: measured 0.772, 0.742 (h11tune)


def _documents() -> list[str]:
    return sorted(str(p) for p in HOLDOUT11.iterdir()
                  if p.suffix in DOCUMENT_SUFFIXES and p.name not in ("gold.jsonl", "README.md"))


def test_every_document_has_gold_and_every_gold_event_a_document():
    gold = read_jsonl(HOLDOUT11 / "gold.jsonl")
    gold_docs = {g["doc"] for g in gold}
    names = {Path(p).name for p in _documents()}
    assert all(doc in names or doc.startswith(WIRE_PREFIX) for doc in gold_docs)
    assert names <= gold_docs | {WIRE}
    assert len(names) == 7
    wire_ids = {doc for doc in gold_docs if doc.startswith(WIRE_PREFIX)}
    assert len(wire_ids) == 10  # two of the twelve records (a failed vote, an airlift) tell no gold event
    assert not [a for a in wire_ids for b in wire_ids if a != b and a.endswith(b)]  # no record id ends another
    assert len({g["id"] for g in gold}) == len(gold) == 159  # 149 before conv2 (decision 6)


def test_every_gold_evidence_is_in_the_text_its_document_reads_as():
    texts = {d.origin: d.text for d in extract_documents(_documents()) if isinstance(d, Document)}
    assert len(texts) == 18  # six files and twelve wire records
    bad = [g["id"] for g in read_jsonl(HOLDOUT11 / "gold.jsonl")
           if not any(origin.endswith(g["doc"]) and g["evidence"] in text for origin, text in texts.items())]
    assert not bad, bad


def test_the_coder_holds_its_floor_on_the_retired_ninth_holdout():
    result = score(read_jsonl(HOLDOUT11 / "gold.jsonl"), [event_record(e) for e in extract(_documents())])
    recall, precision = EVENT_FLOORS
    assert result["strict_recall"] >= recall, round(result["strict_recall"], 3)
    assert result["strict_precision"] >= precision, round(result["strict_precision"], 3)
