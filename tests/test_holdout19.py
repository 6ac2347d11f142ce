"""The seventeenth never-tuned set (tests/data/other_pairs/holdout19/, see its README): floors a little under the scores
measured once when it was written, so a change that makes the coder worse on long pages of shapes nobody tuned on shows
up. The assertions print no missed events (only figures and gold ids): the set must stay unread by whoever tunes.

Measured on 2026-11-28 with score_events.py, 151 gold events in 5 long pages (one pair of states each, in shapes new to
the sets: China-Brazil as a foreign ministry's bilateral-relations page, Cuba-Yugoslavia as a lecture handout extracted
from PDF, India-Kenya as a Q&A site thread, Pakistan-Malaysia as a library finding aid, China-Argentina as a wiki
printable version in Markdown), with the branch holdout19 at 98cfb809 (main's coder, unchanged), 220 dated system events:
      strict recall 0.695 (105/151), strict precision 0.477 (105/220);
      lenient recall 0.722 (109/151), lenient precision 0.495 (109/220)
"""

from __future__ import annotations

from pathlib import Path

from detente import extract
from detente.export import event_record
from detente.model import Document
from detente.pipeline import extract_documents
from tests.scoring import read_jsonl, score

HOLDOUT19 = Path(__file__).resolve().parent / "data" / "other_pairs" / "holdout19"
DOCUMENT_SUFFIXES = (".txt", ".md", ".html")
EVENT_FLOORS = (0.66, 0.44)  # strict recall, strict precision: measured 0.695, 0.477


def _documents() -> list[str]:
    return sorted(str(p) for p in HOLDOUT19.iterdir() if p.suffix in DOCUMENT_SUFFIXES and p.name != "README.md")


def test_every_document_has_gold_and_every_gold_event_a_document():
    gold = read_jsonl(HOLDOUT19 / "gold.jsonl")
    names = {Path(p).name for p in _documents()}
    assert {g["doc"] for g in gold} == names
    assert len(names) == 5
    assert len({g["id"] for g in gold}) == len(gold) == 151


def test_every_document_is_a_long_page():
    sizes = {Path(p).name: Path(p).stat().st_size for p in _documents()}
    assert all(10_000 <= size <= 30_000 for size in sizes.values()), sizes


def test_every_gold_evidence_is_in_the_text_its_document_reads_as():
    texts = {Path(d.origin).name: d.text for d in extract_documents(_documents()) if isinstance(d, Document)}
    assert len(texts) == 5
    bad = [g["id"] for g in read_jsonl(HOLDOUT19 / "gold.jsonl") if g["evidence"] not in texts.get(g["doc"], "")]
    assert not bad, bad


def test_the_coder_holds_its_floor_on_the_seventeenth_never_tuned_set():
    result = score(read_jsonl(HOLDOUT19 / "gold.jsonl"), [event_record(e) for e in extract(_documents())])
    recall, precision = EVENT_FLOORS
    assert result["strict_recall"] >= recall, round(result["strict_recall"], 3)
    assert result["strict_precision"] >= precision, round(result["strict_precision"], 3)
