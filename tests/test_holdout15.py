"""The thirteenth never-tuned set (tests/data/other_pairs/holdout15/, see its README), retired into tuning on 2026-11-28, the
twentieth session (helper h15tune): its documents, gold and misses were read to find the general causes of what goes
wrong on long scraped pages nobody tuned on, so it is no longer unseen; holdout16/ to holdout19/ were the never-tuned
sets then (holdout16/ was retired too, by h16tune, in the twentieth session; holdout17/ to holdout19/ are now). The floors sit a little under the measured figures, so a change that makes the coder worse here shows up.

Measured on 2026-11-27 with score_events.py, 174 gold events in 5 long pages (one pair of states each, in the shape
of the user's seed pages: Cuba-Brazil, China-Malaysia, India-Canada, Pakistan-Egypt, Cuba-Dominican Republic); the
session's start (/tmp/lead/base16) and main at 1737a79 first gave the same 240 dated system events and the same
figures (strict recall 0.638, strict precision 0.463); after two facts in the texts were corrected (see the README),
main at 1737a79 gave:
      strict recall 0.638 (111/174), strict precision 0.464 (111/239);
      lenient recall 0.661 (115/174), lenient precision 0.481 (115/239)
  main at f6970b2 (h15tune's start, before any change), 237 dated system events:
      strict recall 0.649 (113/174), strict precision 0.477 (113/237);
      lenient recall 0.678 (118/174), lenient precision 0.498 (118/237)
  h15tune's last commit (after its fixes; no gold line was changed), 240 dated system events:
      strict recall 0.730 (127/174), strict precision 0.529 (127/240);
      lenient recall 0.736 (128/174), lenient precision 0.533 (128/240)
Now that it is tuned, the floors sit a little under h15tune's figures.
"""

from __future__ import annotations

from pathlib import Path

from detente import extract
from detente.export import event_record
from detente.model import Document
from detente.pipeline import extract_documents
from tests.scoring import read_jsonl, score

HOLDOUT15 = Path(__file__).resolve().parent / "data" / "other_pairs" / "holdout15"
DOCUMENT_SUFFIXES = (".txt", ".md", ".html")
EVENT_FLOORS = (0.70, 0.50)  # strict recall, strict precision: measured 0.730, 0.529 after tuning (0.649, 0.477 before)


def _documents() -> list[str]:
    return sorted(str(p) for p in HOLDOUT15.iterdir() if p.suffix in DOCUMENT_SUFFIXES and p.name != "README.md")


def test_every_document_has_gold_and_every_gold_event_a_document():
    gold = read_jsonl(HOLDOUT15 / "gold.jsonl")
    names = {Path(p).name for p in _documents()}
    assert {g["doc"] for g in gold} == names
    assert len(names) == 5
    assert len({g["id"] for g in gold}) == len(gold) == 179  # 174 before conv1, 173 before conv2


def test_every_document_is_a_long_page():
    sizes = {Path(p).name: Path(p).stat().st_size for p in _documents()}
    assert all(12_000 <= size <= 30_000 for size in sizes.values()), sizes


def test_every_gold_evidence_is_in_the_text_its_document_reads_as():
    texts = {Path(d.origin).name: d.text for d in extract_documents(_documents()) if isinstance(d, Document)}
    assert len(texts) == 5
    bad = [g["id"] for g in read_jsonl(HOLDOUT15 / "gold.jsonl") if g["evidence"] not in texts.get(g["doc"], "")]
    assert not bad, bad


def test_the_coder_holds_its_floor_on_the_retired_thirteenth_holdout():
    result = score(read_jsonl(HOLDOUT15 / "gold.jsonl"), [event_record(e) for e in extract(_documents())])
    recall, precision = EVENT_FLOORS
    assert result["strict_recall"] >= recall, round(result["strict_recall"], 3)
    assert result["strict_precision"] >= precision, round(result["strict_precision"], 3)
