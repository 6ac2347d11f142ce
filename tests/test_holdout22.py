"""The twentieth never-tuned set (tests/data/other_pairs/holdout22/, see its README): floors a little under the scores
measured once when it was written, so a change that makes the coder worse on long pages of shapes nobody tuned on shows
up. The assertions print no missed events (only figures and gold ids): the set must stay unread by whoever tunes.

Measured on 2026-11-28 with score_events.py, 190 gold events in 5 long pages (one pair of states each, in shapes new to
the sets: India-South Korea as a parliamentary debate record (Lok Sabha, Hansard style), China-Saudi Arabia as the text
extracted from a PDF report, Pakistan-UAE as a think tank's e-mail newsletter (the .eml source saved as text),
Cuba-Holy See as an exam paper with its mark scheme, Bangladesh-China as a Wikipedia-style list of visits and agreements
in HTML tables), with the branch holdout22 at 471e4c93 (main's coder, unchanged), 186 dated system events:
      strict recall 0.616 (117/190), strict precision 0.629 (117/186);
      lenient recall 0.642 (122/190), lenient precision 0.656 (122/186)
"""

from __future__ import annotations

from pathlib import Path

from detente import extract
from detente.export import event_record
from detente.model import Document
from detente.pipeline import extract_documents
from tests.scoring import read_jsonl, score

HOLDOUT22 = Path(__file__).resolve().parent / "data" / "other_pairs" / "holdout22"
DOCUMENT_SUFFIXES = (".txt", ".md", ".html")
EVENT_FLOORS = (0.59, 0.60)  # strict recall, strict precision: measured 0.616, 0.629 at its writing


def _documents() -> list[str]:
    return sorted(str(p) for p in HOLDOUT22.iterdir() if p.suffix in DOCUMENT_SUFFIXES and p.name != "README.md")


def _texts() -> dict[str, str]:
    return {Path(d.origin).name: d.text for d in extract_documents(_documents()) if isinstance(d, Document)}


def test_every_document_is_read_has_gold_and_every_gold_event_a_document():
    gold = read_jsonl(HOLDOUT22 / "gold.jsonl")
    names = set(_texts())
    assert len(_documents()) == 5
    assert {g["doc"] for g in gold} == names
    assert len(names) == 5
    assert len({g["id"] for g in gold}) == len(gold) == 190


def test_every_document_is_a_long_page():
    sizes = {Path(p).name: Path(p).stat().st_size for p in _documents()}
    assert all(10_000 <= size <= 30_000 for size in sizes.values()), sizes


def test_every_gold_evidence_is_in_the_text_its_document_reads_as():
    texts = _texts()
    assert len(texts) == 5
    bad = [g["id"] for g in read_jsonl(HOLDOUT22 / "gold.jsonl") if g["evidence"] not in texts.get(g["doc"], "")]
    assert not bad, bad


def test_the_coder_holds_its_floor_on_the_twentieth_never_tuned_set():
    result = score(read_jsonl(HOLDOUT22 / "gold.jsonl"), [event_record(e) for e in extract(_documents())])
    recall, precision = EVENT_FLOORS
    assert result["strict_recall"] >= recall, round(result["strict_recall"], 3)
    assert result["strict_precision"] >= precision, round(result["strict_precision"], 3)
