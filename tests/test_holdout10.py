"""The eighth never-tuned set (tests/data/other_pairs/holdout10/, see its README), retired into tuning on 2026-11-27
(helper h10tune): its documents, gold and misses were read to find the general causes of what goes wrong on pages
nobody tuned on, so it is no longer unseen; holdout11/ to holdout14/ were the never-tuned sets then (holdout11/ was
retired too, by h11tune, in the sixteenth session; holdout12/ to holdout15/ are now). The floors sit a
little under the measured figures, so a change that makes the coder worse here shows up.

Measured on 2026-11-27 with score_events.py, 206 gold events in 7 documents (18 inputs: the wire file holds 12
records), load average about 5 on 2 cores; main at 06b38ee gave 218 dated system events:
      strict recall 0.675 (139/206), strict precision 0.638 (139/218);
      lenient recall 0.684 (141/206), lenient precision 0.647 (141/218)
  main at e8f6705 (h10tune's start, before any change), 226 dated system events:
      strict recall 0.714 (147/206), strict precision 0.650 (147/226);
      lenient recall 0.723 (149/206), lenient precision 0.659 (149/226)
  after h10tune's fixes (and one gold line corrected, see the README), 231 dated system events:
      strict recall 0.791 (163/206), strict precision 0.706 (163/231);
      lenient recall 0.796 (164/206), lenient precision 0.710 (164/231)
"""

from __future__ import annotations

from pathlib import Path

from detente import extract
from detente.export import event_record
from detente.model import Document
from detente.pipeline import extract_documents
from tests.scoring import read_jsonl, score

HOLDOUT10 = Path(__file__).resolve().parent / "data" / "other_pairs" / "holdout10"
DOCUMENT_SUFFIXES = (".txt", ".jsonl", ".md", ".html")
WIRE = "cuba_colombia_wire.jsonl"
WIRE_PREFIX = "cucol-wire-"
EVENT_FLOORS = (0.76, 0.68)  # strict recall, strict precision: measured 0.791, 0.706 (h10tune)


def _documents() -> list[str]:
    return sorted(str(p) for p in HOLDOUT10.iterdir()
                  if p.suffix in DOCUMENT_SUFFIXES and p.name not in ("gold.jsonl", "README.md"))


def test_every_document_has_gold_and_every_gold_event_a_document():
    gold = read_jsonl(HOLDOUT10 / "gold.jsonl")
    gold_docs = {g["doc"] for g in gold}
    names = {Path(p).name for p in _documents()}
    assert all(doc in names or doc.startswith(WIRE_PREFIX) for doc in gold_docs)
    assert names <= gold_docs | {WIRE}
    assert len(names) == 7
    wire_ids = {doc for doc in gold_docs if doc.startswith(WIRE_PREFIX)}
    assert len(wire_ids) == 12
    assert not [a for a in wire_ids for b in wire_ids if a != b and a.endswith(b)]  # no record id ends another
    assert len({g["id"] for g in gold}) == len(gold) == 207  # 206 before conv1, 205 before conv2


def test_every_gold_evidence_is_in_the_text_its_document_reads_as():
    texts = {d.origin: d.text for d in extract_documents(_documents()) if isinstance(d, Document)}
    assert len(texts) == 18  # six files and twelve wire records
    bad = [g["id"] for g in read_jsonl(HOLDOUT10 / "gold.jsonl")
           if not any(origin.endswith(g["doc"]) and g["evidence"] in text for origin, text in texts.items())]
    assert not bad, bad


def test_the_coder_holds_its_floor_on_the_eighth_never_tuned_set():
    result = score(read_jsonl(HOLDOUT10 / "gold.jsonl"), [event_record(e) for e in extract(_documents())])
    recall, precision = EVENT_FLOORS
    assert result["strict_recall"] >= recall, round(result["strict_recall"], 3)
    assert result["strict_precision"] >= precision, round(result["strict_precision"], 3)
