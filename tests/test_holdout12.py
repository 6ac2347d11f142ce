"""The tenth never-tuned set (tests/data/other_pairs/holdout12/, see its README), retired into tuning on 2026-11-27, the
seventeenth session (helper h12tune): its documents, gold and misses were read to find the general causes of what goes
wrong on long scraped pages nobody tuned on, so it is no longer unseen; holdout13/ to holdout16/ were the never-tuned
sets then (holdout13/ was retired too, by h13tune, in the eighteenth session; holdout14/ to holdout17/ are now). The floors sit a little under the measured figures, so a change that makes the coder worse here shows up.

Measured on 2026-11-27 with score_events.py, 287 gold events in 5 long pages (one pair of states each, in the shape
of the user's seed pages), load average about 10 on 2 cores; main at 8e02d39 gave 289 dated system events:
      strict recall 0.624 (179/287), strict precision 0.619 (179/289);
      lenient recall 0.655 (188/287), lenient precision 0.651 (188/289)
  main at efd42c2 (h12tune's start, before any change), 294 dated system events:
      strict recall 0.638 (183/287), strict precision 0.622 (183/294);
      lenient recall 0.659 (189/287), lenient precision 0.643 (189/294)
  after h12tune's fixes (branch h12tune, gold h12-160/161 corrected to UNSC), 300 dated system events:
      strict recall 0.690 (198/287), strict precision 0.660 (198/300);
      lenient recall 0.707 (203/287), lenient precision 0.677 (203/300)
"""

from __future__ import annotations

from pathlib import Path

from detente import extract
from detente.export import event_record
from detente.model import Document
from detente.pipeline import extract_documents
from tests.scoring import read_jsonl, score

HOLDOUT12 = Path(__file__).resolve().parent / "data" / "other_pairs" / "holdout12"
DOCUMENT_SUFFIXES = (".txt", ".md", ".html")
EVENT_FLOORS = (0.66, 0.63)  # strict recall, strict precision: measured 0.690, 0.660 (h12tune; 0.624, 0.619 when written)


def _documents() -> list[str]:
    return sorted(str(p) for p in HOLDOUT12.iterdir() if p.suffix in DOCUMENT_SUFFIXES and p.name != "README.md")


def test_every_document_has_gold_and_every_gold_event_a_document():
    gold = read_jsonl(HOLDOUT12 / "gold.jsonl")
    names = {Path(p).name for p in _documents()}
    assert {g["doc"] for g in gold} == names
    assert len(names) == 5
    assert len({g["id"] for g in gold}) == len(gold) == 291  # 287 before conv1, 286 before conv2


def test_every_document_is_a_long_page():
    sizes = {Path(p).name: Path(p).stat().st_size for p in _documents()}
    assert all(12_000 <= size <= 30_000 for size in sizes.values()), sizes


def test_every_gold_evidence_is_in_the_text_its_document_reads_as():
    texts = {Path(d.origin).name: d.text for d in extract_documents(_documents()) if isinstance(d, Document)}
    assert len(texts) == 5
    bad = [g["id"] for g in read_jsonl(HOLDOUT12 / "gold.jsonl") if g["evidence"] not in texts.get(g["doc"], "")]
    assert not bad, bad


def test_the_coder_holds_its_floor_on_the_retired_tenth_holdout():
    result = score(read_jsonl(HOLDOUT12 / "gold.jsonl"), [event_record(e) for e in extract(_documents())])
    recall, precision = EVENT_FLOORS
    assert result["strict_recall"] >= recall, round(result["strict_recall"], 3)
    assert result["strict_precision"] >= precision, round(result["strict_precision"], 3)
