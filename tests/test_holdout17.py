"""The fifteenth never-tuned set (tests/data/other_pairs/holdout17/, see its README), retired into tuning on 2026-11-28, the
twenty-first session (helper h17tune): its documents, gold and misses were read to find the general causes of what goes
wrong on long scraped pages nobody tuned on, so it is no longer unseen; holdout18/ to holdout21/ were the never-tuned
sets then (holdout18/ was retired too, by h18tune, in the twenty-second session; holdout19/ to holdout22/ are now). The floors sit a little under the measured figures, so a change that makes the coder worse here shows up.

Measured on 2026-11-28 with score_events.py, 193 gold events in 5 long pages (one pair of states each, in the shape
of the user's seed pages: China-Sudan, Cuba-Ethiopia, India-Iraq, Pakistan-Iraq, China-Portugal); the session's
start (/tmp/lead/base18) and main at fdf6a42 (the same code) gave the same 233 dated system events and the same figures:
      strict recall 0.544 (105/193), strict precision 0.451 (105/233);
      lenient recall 0.570 (110/193), lenient precision 0.472 (110/233)
  main at a71dcdf (h17tune's start, before any change), 234 dated system events:
      strict recall 0.565 (109/193), strict precision 0.466 (109/234);
      lenient recall 0.596 (115/193), lenient precision 0.491 (115/234)
  the same code on the corrected gold (h17-160a added, 194 gold events, see the README): strict 0.567 (110/194), 0.470 (110/234)
  after h17tune's changes, 229 dated system events:
      strict recall 0.593 (115/194), strict precision 0.502 (115/229);
      lenient recall 0.624 (121/194), lenient precision 0.528 (121/229)
"""

from __future__ import annotations

from pathlib import Path

from detente import extract
from detente.export import event_record
from detente.model import Document
from detente.pipeline import extract_documents
from tests.scoring import read_jsonl, score

HOLDOUT17 = Path(__file__).resolve().parent / "data" / "other_pairs" / "holdout17"
DOCUMENT_SUFFIXES = (".txt", ".md", ".html")
EVENT_FLOORS = (0.57, 0.48)  # strict recall, strict precision: measured 0.593, 0.502 (tuned on since h17tune)


def _documents() -> list[str]:
    return sorted(str(p) for p in HOLDOUT17.iterdir() if p.suffix in DOCUMENT_SUFFIXES and p.name != "README.md")


def test_every_document_has_gold_and_every_gold_event_a_document():
    gold = read_jsonl(HOLDOUT17 / "gold.jsonl")
    names = {Path(p).name for p in _documents()}
    assert {g["doc"] for g in gold} == names
    assert len(names) == 5
    assert len({g["id"] for g in gold}) == len(gold) == 210  # 194 before conv2 (decision 6), 209 before conv3 (decision 11)


def test_every_document_is_a_long_page():
    sizes = {Path(p).name: Path(p).stat().st_size for p in _documents()}
    assert all(12_000 <= size <= 30_000 for size in sizes.values()), sizes


def test_every_gold_evidence_is_in_the_text_its_document_reads_as():
    texts = {Path(d.origin).name: d.text for d in extract_documents(_documents()) if isinstance(d, Document)}
    assert len(texts) == 5
    bad = [g["id"] for g in read_jsonl(HOLDOUT17 / "gold.jsonl") if g["evidence"] not in texts.get(g["doc"], "")]
    assert not bad, bad


def test_the_coder_holds_its_floor_on_the_retired_fifteenth_holdout():
    result = score(read_jsonl(HOLDOUT17 / "gold.jsonl"), [event_record(e) for e in extract(_documents())])
    recall, precision = EVENT_FLOORS
    assert result["strict_recall"] >= recall, round(result["strict_recall"], 3)
    assert result["strict_precision"] >= precision, round(result["strict_precision"], 3)
