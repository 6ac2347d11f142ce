"""The third never-tuned set (tests/data/other_pairs/holdout5/, see its README): floors a little under the scores
measured once when it was written, so a change that makes the coder worse on pages nobody tuned on shows up. The
assertions print no missed events (only figures and gold ids): the set must stay unread by whoever tunes.

Measured on 2026-11-26 with score_events.py, 220 gold events in 7 documents (14 inputs: the wire file holds 8 records):
  the code at the session's start (/tmp/lead/base6):  strict recall 0.505 (111/220), strict precision 0.620 (111/179);
                                                      lenient recall 0.518 (114/220), lenient precision 0.637 (114/179)
  main at ab7589e (branch holdout5's start):          strict recall 0.518 (114/220), strict precision 0.640 (114/178);
                                                      lenient recall 0.532 (117/220), lenient precision 0.657 (117/178)
"""

from __future__ import annotations

from pathlib import Path

from detente import extract
from detente.export import event_record
from detente.model import Document
from detente.pipeline import extract_documents
from tests.scoring import read_jsonl, score

HOLDOUT5 = Path(__file__).resolve().parent / "data" / "other_pairs" / "holdout5"
DOCUMENT_SUFFIXES = (".txt", ".jsonl", ".md", ".html")
EVENT_FLOORS = (0.47, 0.60)  # strict recall, strict precision: measured 0.518, 0.640


def _documents() -> list[str]:
    return sorted(str(p) for p in HOLDOUT5.iterdir()
                  if p.suffix in DOCUMENT_SUFFIXES and p.name not in ("gold.jsonl", "README.md"))


def test_every_document_has_gold_and_every_gold_event_a_document():
    gold_docs = {g["doc"] for g in read_jsonl(HOLDOUT5 / "gold.jsonl")}
    names = {Path(p).name for p in _documents()}
    assert all(doc in names or doc.startswith("indbgd-wire-") for doc in gold_docs)
    assert names <= gold_docs | {"india_bangladesh_wire.jsonl"}
    assert len(names) == 7


def test_every_gold_evidence_is_in_the_text_its_document_reads_as():
    texts = {d.origin: d.text for d in extract_documents(_documents()) if isinstance(d, Document)}
    assert len(texts) == 14  # six files and eight wire records
    bad = [g["id"] for g in read_jsonl(HOLDOUT5 / "gold.jsonl")
           if not any(origin.endswith(g["doc"]) and g["evidence"] in text for origin, text in texts.items())]
    assert not bad, bad


def test_the_coder_holds_its_floor_on_the_third_never_tuned_set():
    result = score(read_jsonl(HOLDOUT5 / "gold.jsonl"), [event_record(e) for e in extract(_documents())])
    recall, precision = EVENT_FLOORS
    assert result["strict_recall"] >= recall, round(result["strict_recall"], 3)
    assert result["strict_precision"] >= precision, round(result["strict_precision"], 3)
