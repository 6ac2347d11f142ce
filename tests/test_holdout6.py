"""The fourth never-tuned set of its kind (tests/data/other_pairs/holdout6/, see its README), retired into tuning on
2026-11-27 (helper h6tune): its documents, gold and misses were read to find the general causes of what goes wrong on
pages nobody tuned on, so it is no longer unseen; holdout7/ to holdout9/ were the never-tuned sets then (holdout7/ was
retired too, by h7tune, the same day; holdout8/ to holdout10/ are now). The floors sit
a little under the measured figures, so a change that makes the coder worse here shows up.

Measured on 2026-11-26 with score_events.py, 211 gold events in 7 documents (14 inputs: the wire file holds 8 records),
162 dated system events, load average about 6 on 2 cores:
  the code at the session's start (/tmp/lead/base7 = main at 4378d49, branch holdout6's start):
      strict recall 0.493 (104/211), strict precision 0.642 (104/162);
      lenient recall 0.540 (114/211), lenient precision 0.704 (114/162)
  main at 06b38ee (h6tune's start, before any change), 167 dated system events:
      strict recall 0.555 (117/211), strict precision 0.701 (117/167);
      lenient recall 0.588 (124/211), lenient precision 0.743 (124/167)
  branch h6tune (final), 183 dated system events:
      strict recall 0.682 (144/211), strict precision 0.787 (144/183);
      lenient recall 0.687 (145/211), lenient precision 0.792 (145/183)
"""

from __future__ import annotations

from pathlib import Path

from detente import extract
from detente.export import event_record
from detente.model import Document
from detente.pipeline import extract_documents
from tests.scoring import read_jsonl, score

HOLDOUT6 = Path(__file__).resolve().parent / "data" / "other_pairs" / "holdout6"
DOCUMENT_SUFFIXES = (".txt", ".jsonl", ".md", ".html")
WIRE = "cuba_grenada_wire.jsonl"
EVENT_FLOORS = (0.65, 0.75)  # strict recall, strict precision: measured 0.682, 0.787 (h6tune, final)


def _documents() -> list[str]:
    return sorted(str(p) for p in HOLDOUT6.iterdir()
                  if p.suffix in DOCUMENT_SUFFIXES and p.name not in ("gold.jsonl", "README.md"))


def test_every_document_has_gold_and_every_gold_event_a_document():
    gold_docs = {g["doc"] for g in read_jsonl(HOLDOUT6 / "gold.jsonl")}
    names = {Path(p).name for p in _documents()}
    assert all(doc in names or doc.startswith("cugrd-wire-") for doc in gold_docs)
    assert names <= gold_docs | {WIRE}
    assert len(names) == 7
    wire_ids = {g["doc"] for g in read_jsonl(HOLDOUT6 / "gold.jsonl") if g["doc"].startswith("cugrd-wire-")}
    assert not [a for a in wire_ids for b in wire_ids if a != b and a.endswith(b)]  # no record id ends another


def test_every_gold_evidence_is_in_the_text_its_document_reads_as():
    texts = {d.origin: d.text for d in extract_documents(_documents()) if isinstance(d, Document)}
    assert len(texts) == 14  # six files and eight wire records
    bad = [g["id"] for g in read_jsonl(HOLDOUT6 / "gold.jsonl")
           if not any(origin.endswith(g["doc"]) and g["evidence"] in text for origin, text in texts.items())]
    assert not bad, bad


def test_the_coder_holds_its_floor_on_the_retired_fourth_holdout():
    result = score(read_jsonl(HOLDOUT6 / "gold.jsonl"), [event_record(e) for e in extract(_documents())])
    recall, precision = EVENT_FLOORS
    assert result["strict_recall"] >= recall, round(result["strict_recall"], 3)
    assert result["strict_precision"] >= precision, round(result["strict_precision"], 3)
