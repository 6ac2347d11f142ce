"""The seventh never-tuned set (tests/data/other_pairs/holdout9/, see its README), retired into tuning on 2026-11-27
(helper h9tune): its documents, gold and misses were read to find the general causes of what goes wrong on pages
nobody tuned on, so it is no longer unseen; holdout10/ to holdout13/ were the never-tuned sets then (holdout10/ was
retired too, by h10tune, the same day; holdout11/ to holdout14/ are now). The floors sit a
little under the measured figures, so a change that makes the coder worse here shows up.

Measured on 2026-11-27 with score_events.py, 192 gold events in 7 documents (18 inputs: the wire file holds 12
records), load average about 9 on 2 cores; the code at the session's start (/tmp/lead/base10) and this branch's start
(main at 4b1bf21) are the same code and gave 188 dated system events:
      strict recall 0.615 (118/192), strict precision 0.628 (118/188);
      lenient recall 0.635 (122/192), lenient precision 0.649 (122/188)
  main at 893effb (h9tune's start, before any change), 192 dated system events:
      strict recall 0.641 (123/192), strict precision 0.641 (123/192);
      lenient recall 0.656 (126/192), lenient precision 0.656 (126/192)
  branch h9tune (final), 195 dated system events:
      strict recall 0.724 (139/192), strict precision 0.713 (139/195);
      lenient recall 0.740 (142/192), lenient precision 0.728 (142/195)
"""

from __future__ import annotations

from pathlib import Path

from detente import extract
from detente.export import event_record
from detente.model import Document
from detente.pipeline import extract_documents
from tests.scoring import read_jsonl, score

HOLDOUT9 = Path(__file__).resolve().parent / "data" / "other_pairs" / "holdout9"
DOCUMENT_SUFFIXES = (".txt", ".jsonl", ".md", ".html")
WIRE = "cuba_nicaragua_wire.jsonl"
WIRE_PREFIX = "nicub-wire-"
EVENT_FLOORS = (0.70, 0.69)  # strict recall, strict precision: measured 0.724, 0.713 (h9tune, final)


def _documents() -> list[str]:
    return sorted(str(p) for p in HOLDOUT9.iterdir()
                  if p.suffix in DOCUMENT_SUFFIXES and p.name not in ("gold.jsonl", "README.md"))


def test_every_document_has_gold_and_every_gold_event_a_document():
    gold = read_jsonl(HOLDOUT9 / "gold.jsonl")
    gold_docs = {g["doc"] for g in gold}
    names = {Path(p).name for p in _documents()}
    assert all(doc in names or doc.startswith(WIRE_PREFIX) for doc in gold_docs)
    assert names <= gold_docs | {WIRE}
    assert len(names) == 7
    wire_ids = {doc for doc in gold_docs if doc.startswith(WIRE_PREFIX)}
    assert len(wire_ids) == 12
    assert not [a for a in wire_ids for b in wire_ids if a != b and a.endswith(b)]  # no record id ends another
    assert len({g["id"] for g in gold}) == len(gold) == 198  # 192 before conv1, 191 before conv2


def test_every_gold_evidence_is_in_the_text_its_document_reads_as():
    texts = {d.origin: d.text for d in extract_documents(_documents()) if isinstance(d, Document)}
    assert len(texts) == 18  # six files and twelve wire records
    bad = [g["id"] for g in read_jsonl(HOLDOUT9 / "gold.jsonl")
           if not any(origin.endswith(g["doc"]) and g["evidence"] in text for origin, text in texts.items())]
    assert not bad, bad


def test_the_coder_holds_its_floor_on_the_retired_seventh_holdout():
    result = score(read_jsonl(HOLDOUT9 / "gold.jsonl"), [event_record(e) for e in extract(_documents())])
    recall, precision = EVENT_FLOORS
    assert result["strict_recall"] >= recall, round(result["strict_recall"], 3)
    assert result["strict_precision"] >= precision, round(result["strict_precision"], 3)
