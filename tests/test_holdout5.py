"""The third never-tuned set of its kind (tests/data/other_pairs/holdout5/, see its README), retired into tuning on
2026-11-27 (helper h5tune): its documents, gold and misses were read to find the general causes of what goes wrong on
pages nobody tuned on, so it is no longer unseen; holdout6/ to holdout9/ were the never-tuned sets then (holdout6/ was
retired too, by h6tune). The floors sit a little under the final figures, so a change that undoes the general fixes
shows up.

Measured with score_events.py, 220 gold events in 7 documents (14 inputs: the wire file holds 8 records):
  the code at the session's start (/tmp/lead/base6):  strict recall 0.505 (111/220), strict precision 0.620 (111/179);
                                                      lenient recall 0.518 (114/220), lenient precision 0.637 (114/179)
  main at ab7589e (branch holdout5's start):          strict recall 0.518 (114/220), strict precision 0.640 (114/178);
                                                      lenient recall 0.532 (117/220), lenient precision 0.657 (117/178)
  main at 4b1bf21 (h5tune's start, before any change): strict recall 0.545 (120/220), strict precision 0.642 (120/187);
                                                      lenient recall 0.559 (123/220), lenient precision 0.658 (123/187)
  branch h5tune (final):                              strict recall 0.691 (152/220), strict precision 0.707 (152/215);
                                                      lenient recall 0.695 (153/220), lenient precision 0.712 (153/215)
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
EVENT_FLOORS = (0.66, 0.68)  # strict recall, strict precision: measured 0.691, 0.707 (h5tune, final)


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


def test_the_coder_holds_its_floor_on_the_retired_third_holdout():
    result = score(read_jsonl(HOLDOUT5 / "gold.jsonl"), [event_record(e) for e in extract(_documents())])
    recall, precision = EVENT_FLOORS
    assert result["strict_recall"] >= recall, round(result["strict_recall"], 3)
    assert result["strict_precision"] >= precision, round(result["strict_precision"], 3)
