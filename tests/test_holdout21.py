"""The nineteenth never-tuned set (tests/data/other_pairs/holdout21/, see its README): floors a little under the scores
measured once when it was written, so a change that makes the coder worse on long pages of shapes nobody tuned on shows
up. The assertions print no missed events (only figures and gold ids): the set must stay unread by whoever tunes.

Measured on 2026-11-28 with score_events.py, 181 gold events in 5 long pages (one pair of states each, in shapes new to
the sets: USSR-Egypt as a reader of declassified diplomatic cables, China-Yugoslavia as the subtitles of a documentary
(.srt cues saved as text), India-Cuba as a newspaper's obituary of a diplomat, Cuba-Iraq as a foreign ministry's RSS
feed of press releases (the XML saved as text), Pakistan-Poland as a scholarly review essay in Markdown), with the
branch holdout21 at b8ab6997 (main's coder, unchanged), 182 dated system events:
      strict recall 0.486 (88/181), strict precision 0.484 (88/182);
      lenient recall 0.508 (92/181), lenient precision 0.505 (92/182)
"""

from __future__ import annotations

from pathlib import Path

from detente import extract
from detente.export import event_record
from detente.model import Document
from detente.pipeline import extract_documents
from tests.scoring import read_jsonl, score

HOLDOUT21 = Path(__file__).resolve().parent / "data" / "other_pairs" / "holdout21"
DOCUMENT_SUFFIXES = (".txt", ".md", ".html")
EVENT_FLOORS = (0.51, 0.50)  # strict recall, strict precision: measured 0.486, 0.484 at its writing; 0.536, 0.524 once the
# reader took feeds and subtitles (reader1, 2026-11-28; the lead's figure, misses not looked at)


def _documents() -> list[str]:
    return sorted(str(p) for p in HOLDOUT21.iterdir() if p.suffix in DOCUMENT_SUFFIXES and p.name != "README.md")


def _texts() -> dict[str, str]:
    return {Path(d.origin).name: d.text for d in extract_documents(_documents()) if isinstance(d, Document)}


def test_every_document_is_read_has_gold_and_every_gold_event_a_document():
    gold = read_jsonl(HOLDOUT21 / "gold.jsonl")
    names = set(_texts())
    assert len(_documents()) == 5
    assert {g["doc"] for g in gold} == names
    assert len(names) == 5
    assert len({g["id"] for g in gold}) == len(gold) == 181


def test_every_document_is_a_long_page():
    sizes = {Path(p).name: Path(p).stat().st_size for p in _documents()}
    assert all(10_000 <= size <= 30_000 for size in sizes.values()), sizes


def test_every_gold_evidence_is_in_the_text_its_document_reads_as():
    texts = _texts()
    assert len(texts) == 5
    bad = [g["id"] for g in read_jsonl(HOLDOUT21 / "gold.jsonl") if g["evidence"] not in texts.get(g["doc"], "")]
    assert not bad, bad


def test_the_coder_holds_its_floor_on_the_nineteenth_never_tuned_set():
    result = score(read_jsonl(HOLDOUT21 / "gold.jsonl"), [event_record(e) for e in extract(_documents())])
    recall, precision = EVENT_FLOORS
    assert result["strict_recall"] >= recall, round(result["strict_recall"], 3)
    assert result["strict_precision"] >= precision, round(result["strict_precision"], 3)
