"""The second of the sets written never-tuned (tests/data/other_pairs/holdout4/, see its README), retired into tuning on
2026-11-27 by helper h4tune: its documents, gold and misses were read to find general causes of misses, so it is no
longer unseen (holdout5/ to holdout9/ are). Floors a little under the final figures, so a change that undoes those
fixes shows up.

Measured with score_events.py (strict), 181 gold events in 7 documents:
  the code at the session that wrote it, start (428db09): recall 0.453 (82/181), precision 0.689 (82/119)
  the code at the session that wrote it, end:             recall 0.547 (99/181), precision 0.723 (99/137)
  scored blind at the start of h4tune (2bea719):          recall 0.624 (113/181), precision 0.724 (113/156)
  after h4tune's general fixes:                           recall 0.757 (137/181), precision 0.801 (137/171)
  with the reciprocal convention (ctx1; -047b, -062b added, 183 events): recall 0.760 (139/183), precision 0.803 (139/173)
"""

from __future__ import annotations

from pathlib import Path

from detente import extract
from detente.export import event_record
from tests.scoring import read_jsonl, score

HOLDOUT4 = Path(__file__).resolve().parent / "data" / "other_pairs" / "holdout4"
DOCUMENT_SUFFIXES = (".txt", ".jsonl", ".md", ".html")
EVENT_FLOORS = (0.73, 0.77)  # strict recall, strict precision: measured 0.757, 0.801


def _documents() -> list[str]:
    return sorted(str(p) for p in HOLDOUT4.iterdir()
                  if p.suffix in DOCUMENT_SUFFIXES and p.name not in ("gold.jsonl", "README.md"))


def test_every_document_has_gold_and_every_gold_event_a_document():
    gold_docs = {g["doc"] for g in read_jsonl(HOLDOUT4 / "gold.jsonl")}
    names = {Path(p).name for p in _documents()}
    assert all(any(doc == name or doc.startswith("iriq-wire-") for name in names) for doc in gold_docs)
    assert len(names) == 7


def test_the_coder_holds_its_floor_on_the_retired_second_never_tuned_set():
    result = score(read_jsonl(HOLDOUT4 / "gold.jsonl"), [event_record(e) for e in extract(_documents())])
    recall, precision = EVENT_FLOORS
    assert result["strict_recall"] >= recall, round(result["strict_recall"], 3)
    assert result["strict_precision"] >= precision, round(result["strict_precision"], 3)
