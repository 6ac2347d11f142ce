"""The twelfth never-tuned set (tests/data/other_pairs/holdout14/, see its README), retired into tuning on 2026-11-28, the
nineteenth session (helper h14tune): its documents, gold and misses were read to find the general causes of what goes
wrong on long scraped pages nobody tuned on, so it is no longer unseen; holdout15/ to holdout18/ were the never-tuned
sets then (holdout15/ was retired too, by h15tune, in the twentieth session; holdout16/ to holdout19/ are now). The floors sit a little under the measured figures, so a change that makes the coder worse here shows up.

Measured on 2026-11-27 with score_events.py, 196 gold events in 5 long pages (one pair of states each, in the shape
of the user's seed pages: Cuba-Venezuela, China-Indonesia, India-Nepal, Pakistan-Iran, Cuba-Spain), load average
about 17 on 2 cores; the session's start (/tmp/lead/base15) and main at e8f6705 gave the same 239 dated system events
and the same figures:
      strict recall 0.704 (138/196), strict precision 0.577 (138/239);
      lenient recall 0.730 (143/196), lenient precision 0.598 (143/239)
  main at 9c97608 (h14tune's start, before any change), 240 dated system events:
      strict recall 0.714 (140/196), strict precision 0.583 (140/240);
      lenient recall 0.740 (145/196), lenient precision 0.604 (145/240)
  h14tune's last commit (after its fixes and two gold corrections, see the README), 240 dated system events:
      strict recall 0.755 (148/196), strict precision 0.617 (148/240);
      lenient recall 0.770 (151/196), lenient precision 0.629 (151/240)
"""

from __future__ import annotations

from pathlib import Path

from detente import extract
from detente.export import event_record
from detente.model import Document
from detente.pipeline import extract_documents
from tests.scoring import read_jsonl, score

HOLDOUT14 = Path(__file__).resolve().parent / "data" / "other_pairs" / "holdout14"
DOCUMENT_SUFFIXES = (".txt", ".md", ".html")
EVENT_FLOORS = (0.67, 0.55)  # strict recall, strict precision: measured 0.704, 0.577


def _documents() -> list[str]:
    return sorted(str(p) for p in HOLDOUT14.iterdir() if p.suffix in DOCUMENT_SUFFIXES and p.name != "README.md")


def test_every_document_has_gold_and_every_gold_event_a_document():
    gold = read_jsonl(HOLDOUT14 / "gold.jsonl")
    names = {Path(p).name for p in _documents()}
    assert {g["doc"] for g in gold} == names
    assert len(names) == 5
    assert len({g["id"] for g in gold}) == len(gold) == 201  # 196 before conv2 (decision 6)


def test_every_document_is_a_long_page():
    sizes = {Path(p).name: Path(p).stat().st_size for p in _documents()}
    assert all(12_000 <= size <= 30_000 for size in sizes.values()), sizes


def test_every_gold_evidence_is_in_the_text_its_document_reads_as():
    texts = {Path(d.origin).name: d.text for d in extract_documents(_documents()) if isinstance(d, Document)}
    assert len(texts) == 5
    bad = [g["id"] for g in read_jsonl(HOLDOUT14 / "gold.jsonl") if g["evidence"] not in texts.get(g["doc"], "")]
    assert not bad, bad


def test_the_coder_holds_its_floor_on_the_retired_twelfth_holdout():
    result = score(read_jsonl(HOLDOUT14 / "gold.jsonl"), [event_record(e) for e in extract(_documents())])
    recall, precision = EVENT_FLOORS
    assert result["strict_recall"] >= recall, round(result["strict_recall"], 3)
    assert result["strict_precision"] >= precision, round(result["strict_precision"], 3)
