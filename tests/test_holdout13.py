"""The eleventh never-tuned set (tests/data/other_pairs/holdout13/, see its README), retired into tuning on 2026-11-28, the
eighteenth session (helper h13tune): its documents, gold and misses were read to find the general causes of what goes
wrong on long scraped pages nobody tuned on, so it is no longer unseen; holdout14/ to holdout17/ were the never-tuned
sets then (holdout14/ was retired too, by h14tune, in the nineteenth session; holdout15/ by h15tune in the twentieth; holdout16/ to holdout19/ are now). The floors sit a little under the measured figures, so a change that makes the coder worse here shows up.

Measured on 2026-11-27 with score_events.py, 249 gold events in 5 long pages (one pair of states each, in the shape
of the user's seed pages: Cuba-Soviet Union, China-Vietnam, India-Bangladesh, Pakistan-Bangladesh, China-North
Korea), load average about 12 on 2 cores; the session's start (/tmp/lead/base14) and main at 893effb gave the same
308 dated system events and the same figures:
      strict recall 0.639 (159/249), strict precision 0.516 (159/308);
      lenient recall 0.691 (172/249), lenient precision 0.558 (172/308)
  main at fdf6a42 (h13tune's start, before any change), 296 dated system events:
      strict recall 0.639 (159/249), strict precision 0.537 (159/296);
      lenient recall 0.679 (169/249), lenient precision 0.571 (169/296)
  after h13tune's fixes (branch h13tune, gold h13-235/239/244 corrected to UNSC), 293 dated system events:
      strict recall 0.679 (169/249), strict precision 0.577 (169/293);
      lenient recall 0.707 (176/249), lenient precision 0.601 (176/293)
"""

from __future__ import annotations

from pathlib import Path

from detente import extract
from detente.export import event_record
from detente.model import Document
from detente.pipeline import extract_documents
from tests.scoring import read_jsonl, score

HOLDOUT13 = Path(__file__).resolve().parent / "data" / "other_pairs" / "holdout13"
DOCUMENT_SUFFIXES = (".txt", ".md", ".html")
EVENT_FLOORS = (0.65, 0.55)  # strict recall, strict precision: measured 0.679, 0.577 (h13tune; 0.639, 0.516 when written)


def _documents() -> list[str]:
    return sorted(str(p) for p in HOLDOUT13.iterdir() if p.suffix in DOCUMENT_SUFFIXES and p.name != "README.md")


def test_every_document_has_gold_and_every_gold_event_a_document():
    gold = read_jsonl(HOLDOUT13 / "gold.jsonl")
    names = {Path(p).name for p in _documents()}
    assert {g["doc"] for g in gold} == names
    assert len(names) == 5
    assert len({g["id"] for g in gold}) == len(gold) == 257  # 249 before conv2 (decision 6)


def test_every_document_is_a_long_page():
    sizes = {Path(p).name: Path(p).stat().st_size for p in _documents()}
    assert all(12_000 <= size <= 30_000 for size in sizes.values()), sizes


def test_every_gold_evidence_is_in_the_text_its_document_reads_as():
    texts = {Path(d.origin).name: d.text for d in extract_documents(_documents()) if isinstance(d, Document)}
    assert len(texts) == 5
    bad = [g["id"] for g in read_jsonl(HOLDOUT13 / "gold.jsonl") if g["evidence"] not in texts.get(g["doc"], "")]
    assert not bad, bad


def test_the_coder_holds_its_floor_on_the_retired_eleventh_holdout():
    result = score(read_jsonl(HOLDOUT13 / "gold.jsonl"), [event_record(e) for e in extract(_documents())])
    recall, precision = EVENT_FLOORS
    assert result["strict_recall"] >= recall, round(result["strict_recall"], 3)
    assert result["strict_precision"] >= precision, round(result["strict_precision"], 3)
