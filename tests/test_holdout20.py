"""The eighteenth never-tuned set (tests/data/other_pairs/holdout20/, see its README): floors a little under the scores
measured once when it was written, so a change that makes the coder worse on long pages of shapes nobody tuned on shows
up. The assertions print no missed events (only figures and gold ids): the set must stay unread by whoever tunes.

Measured on 2026-11-28 with score_events.py, 177 gold events in 5 long pages (one pair of states each, in shapes new to
the sets: China-Kenya as an embassy's "news and events" listing, China-Romania as the OCR text of a scanned yearbook
chapter, Cuba-North Korea as a web archive record (.warc) holding a news feature, Pakistan-Germany as a podcast
transcript, India-Australia as a study guide in Markdown), with the branch holdout20 at b57323e5 (main's coder,
unchanged), 199 dated system events:
      strict recall 0.621 (110/177), strict precision 0.553 (110/199);
      lenient recall 0.655 (116/177), lenient precision 0.583 (116/199)

The WARC record's document is named by its target URI, so its gold `doc` is the URI's last segment
(cuba-north-korea-fifty-years.html), not the archive's file name; reading it needs warcio (installed with detente).
"""

from __future__ import annotations

from pathlib import Path

from detente import extract
from detente.export import event_record
from detente.model import Document
from detente.pipeline import extract_documents
from tests.scoring import read_jsonl, score

HOLDOUT20 = Path(__file__).resolve().parent / "data" / "other_pairs" / "holdout20"
DOCUMENT_SUFFIXES = (".txt", ".md", ".html", ".warc")
EVENT_FLOORS = (0.59, 0.52)  # strict recall, strict precision: measured 0.621, 0.553


def _documents() -> list[str]:
    return sorted(str(p) for p in HOLDOUT20.iterdir() if p.suffix in DOCUMENT_SUFFIXES and p.name != "README.md")


def _texts() -> dict[str, str]:
    return {Path(d.origin).name: d.text for d in extract_documents(_documents()) if isinstance(d, Document)}


def test_every_document_is_read_has_gold_and_every_gold_event_a_document():
    gold = read_jsonl(HOLDOUT20 / "gold.jsonl")
    names = set(_texts())
    assert len(_documents()) == 5
    assert {g["doc"] for g in gold} == names
    assert len(names) == 5
    assert len({g["id"] for g in gold}) == len(gold) == 177


def test_every_document_is_a_long_page():
    sizes = {Path(p).name: Path(p).stat().st_size for p in _documents()}
    assert all(10_000 <= size <= 30_000 for size in sizes.values()), sizes


def test_every_gold_evidence_is_in_the_text_its_document_reads_as():
    texts = _texts()
    assert len(texts) == 5
    bad = [g["id"] for g in read_jsonl(HOLDOUT20 / "gold.jsonl") if g["evidence"] not in texts.get(g["doc"], "")]
    assert not bad, bad


def test_the_coder_holds_its_floor_on_the_eighteenth_never_tuned_set():
    result = score(read_jsonl(HOLDOUT20 / "gold.jsonl"), [event_record(e) for e in extract(_documents())])
    recall, precision = EVENT_FLOORS
    assert result["strict_recall"] >= recall, round(result["strict_recall"], 3)
    assert result["strict_precision"] >= precision, round(result["strict_precision"], 3)
