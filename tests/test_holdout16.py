"""The fourteenth never-tuned set (tests/data/other_pairs/holdout16/, see its README), retired into tuning on 2026-11-28, the
twentieth session (helper h16tune): its documents, gold and misses were read to find the general causes of what goes
wrong on long scraped pages nobody tuned on, so it is no longer unseen; holdout17/ to holdout19/ were the never-tuned
sets then (holdout17/ was retired too, by h17tune, in the twenty-first session; holdout18/ to holdout21/ are now). The floors sit a little under the measured figures, so a change that makes the coder worse here shows up.

Measured on 2026-11-27 with score_events.py, 188 gold events in 5 long pages (one pair of states each, in the shape
of the user's seed pages: China-Nepal, Cuba-Jamaica, India-Afghanistan, Pakistan-Libya, China-Israel); the session's
start (/tmp/lead/base17) and main at efd42c2 (the same code) gave the same 239 dated system events and the same figures:
      strict recall 0.649 (122/188), strict precision 0.510 (122/239);
      lenient recall 0.702 (132/188), lenient precision 0.552 (132/239)
  main at 17e11b6 (h16tune's start, before any change), 244 dated system events:
      strict recall 0.681 (128/188), strict precision 0.525 (128/244);
      lenient recall 0.729 (137/188), lenient precision 0.561 (137/244)
  h16tune's last commit (after its fixes and one gold correction, see the README), 246 dated system events:
      strict recall 0.713 (134/188), strict precision 0.545 (134/246);
      lenient recall 0.739 (139/188), lenient precision 0.565 (139/246)
Now that it is tuned, the floors sit a little under h16tune's figures.
"""

from __future__ import annotations

from pathlib import Path

from detente import extract
from detente.export import event_record
from detente.model import Document
from detente.pipeline import extract_documents
from tests.scoring import read_jsonl, score

HOLDOUT16 = Path(__file__).resolve().parent / "data" / "other_pairs" / "holdout16"
DOCUMENT_SUFFIXES = (".txt", ".md", ".html")
EVENT_FLOORS = (0.68, 0.52)  # strict recall, strict precision: measured 0.713, 0.545 (h16tune)


def _documents() -> list[str]:
    return sorted(str(p) for p in HOLDOUT16.iterdir() if p.suffix in DOCUMENT_SUFFIXES and p.name != "README.md")


def test_every_document_has_gold_and_every_gold_event_a_document():
    gold = read_jsonl(HOLDOUT16 / "gold.jsonl")
    names = {Path(p).name for p in _documents()}
    assert {g["doc"] for g in gold} == names
    assert len(names) == 5
    assert len({g["id"] for g in gold}) == len(gold) == 202  # 188 before conv1, 191 before conv2, 201 before conv3


def test_every_document_is_a_long_page():
    sizes = {Path(p).name: Path(p).stat().st_size for p in _documents()}
    assert all(12_000 <= size <= 30_000 for size in sizes.values()), sizes


def test_every_gold_evidence_is_in_the_text_its_document_reads_as():
    texts = {Path(d.origin).name: d.text for d in extract_documents(_documents()) if isinstance(d, Document)}
    assert len(texts) == 5
    bad = [g["id"] for g in read_jsonl(HOLDOUT16 / "gold.jsonl") if g["evidence"] not in texts.get(g["doc"], "")]
    assert not bad, bad


def test_the_coder_holds_its_floor_on_the_retired_fourteenth_holdout():
    result = score(read_jsonl(HOLDOUT16 / "gold.jsonl"), [event_record(e) for e in extract(_documents())])
    recall, precision = EVENT_FLOORS
    assert result["strict_recall"] >= recall, round(result["strict_recall"], 3)
    assert result["strict_precision"] >= precision, round(result["strict_precision"], 3)
