"""The sixteenth never-tuned set (tests/data/other_pairs/holdout18/, see its README), retired into tuning on 2026-11-28, the
twenty-second session (helper h18tune): its documents, gold and misses were read to find the general causes of what goes
wrong on long scraped pages nobody tuned on, so it is no longer unseen; holdout19/ to holdout22/ are the never-tuned
sets now. The floors sit a little under the measured figures, so a change that makes the coder worse here shows up.

Measured on 2026-11-28 with score_events.py, 188 gold events in 5 long pages (one pair of states each, in the shape
of the user's seed pages: China-Egypt, China-Canada, Cuba-Colombia, India and the two Germanys, Pakistan-Syria); the
session's start (/tmp/lead/base19) and main at 89c3b90 gave the same 222 dated system events and the same figures:
      strict recall 0.638 (120/188), strict precision 0.541 (120/222);
      lenient recall 0.660 (124/188), lenient precision 0.559 (124/222)
  main at 255bfd0 (h18tune's start, before any change), 213 dated system events:
      strict recall 0.654 (123/188), strict precision 0.577 (123/213);
      lenient recall 0.670 (126/188), lenient precision 0.592 (126/213)
  the same code on the aligned and corrected gold (5 lines of decision 6 added, h18-016 dated as its sentence; 193
  gold events, see the README): strict 0.642 (124/193), 0.582 (124/213)
  after h18tune's changes, 210 dated system events:
      strict recall 0.679 (131/193), strict precision 0.624 (131/210);
      lenient recall 0.694 (134/193), lenient precision 0.638 (134/210)
"""

from __future__ import annotations

from pathlib import Path

from detente import extract
from detente.export import event_record
from detente.model import Document
from detente.pipeline import extract_documents
from tests.scoring import read_jsonl, score

HOLDOUT18 = Path(__file__).resolve().parent / "data" / "other_pairs" / "holdout18"
DOCUMENT_SUFFIXES = (".txt", ".md", ".html")
EVENT_FLOORS = (0.65, 0.60)  # strict recall, strict precision: tuned, measured 0.679, 0.624


def _documents() -> list[str]:
    return sorted(str(p) for p in HOLDOUT18.iterdir() if p.suffix in DOCUMENT_SUFFIXES and p.name != "README.md")


def test_every_document_has_gold_and_every_gold_event_a_document():
    gold = read_jsonl(HOLDOUT18 / "gold.jsonl")
    names = {Path(p).name for p in _documents()}
    assert {g["doc"] for g in gold} == names
    assert len(names) == 5
    assert len({g["id"] for g in gold}) == len(gold) == 193


def test_every_document_is_a_long_page():
    sizes = {Path(p).name: Path(p).stat().st_size for p in _documents()}
    assert all(12_000 <= size <= 30_000 for size in sizes.values()), sizes


def test_every_gold_evidence_is_in_the_text_its_document_reads_as():
    texts = {Path(d.origin).name: d.text for d in extract_documents(_documents()) if isinstance(d, Document)}
    assert len(texts) == 5
    bad = [g["id"] for g in read_jsonl(HOLDOUT18 / "gold.jsonl") if g["evidence"] not in texts.get(g["doc"], "")]
    assert not bad, bad


def test_the_coder_holds_its_floor_on_the_retired_sixteenth_holdout():
    result = score(read_jsonl(HOLDOUT18 / "gold.jsonl"), [event_record(e) for e in extract(_documents())])
    recall, precision = EVENT_FLOORS
    assert result["strict_recall"] >= recall, round(result["strict_recall"], 3)
    assert result["strict_precision"] >= precision, round(result["strict_precision"], 3)
