"""The whole path: raw document -> cleaned text -> sentences -> time, actors -> events -> store."""

from __future__ import annotations

import csv
import io
import json

from detente import build, extract_documents, extract_text, open_store
from detente.model import Document, Skipped

HISTORY = """Relations between Washington and Moscow

Recognition (1933)

After sixteen years of non-recognition, the United States established diplomatic relations with the
Soviet Union in November 1933.

The war years

In June 1941 Germany invaded the Soviet Union. The United States sent large amounts of war materiel to the
Soviet Union under Lend-Lease.
"""


def test_every_event_is_dated_coded_and_quotes_its_sentence():
    events = extract_text(HISTORY, origin="history.txt")
    assert events, "no event found"
    for event in events:
        assert event.evidence == _clean_text(HISTORY)[event.span[0] : event.span[1]]
        assert event.type and event.cameo and event.polarity in ("cooperation", "conflict", "neutral")
        assert event.doc == "history.txt"
    recognition = [e for e in events if e.cameo.startswith("05") and {"USA", "SUN"} <= set(e.actors)]
    assert recognition and recognition[0].date == "1933-11"
    invasion = [e for e in events if e.cameo.startswith("19") and e.target == "SUN"]
    assert invasion and invasion[0].date == "1941-06" and invasion[0].polarity == "conflict"


def _clean_text(text: str) -> str:
    """The document text events' spans index into: the raw text after the cleaning stage."""
    from detente.pipeline import process

    return process(Document(id="", origin="x", text=text)).text


def test_a_negated_act_is_not_coded_as_the_act():
    events = extract_text("In 1950 the United States did not recognize the People's Republic of China.", origin="n.txt")
    assert not any(e.cameo.startswith("054") for e in events)


def test_a_page_of_site_chrome_only_is_skipped_as_no_text(tmp_path):
    path = tmp_path / "menu.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav><script>var x=1;</script></body></html>", encoding="utf-8")
    (item,) = list(extract_documents([str(path)]))
    assert isinstance(item, Skipped) and item.reason == "no_text" and str(path) in item.message


def test_building_twice_changes_nothing_and_skips_are_counted(tmp_path):
    (tmp_path / "a.txt").write_text(HISTORY, encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text('{"id": "x", "text": "Moscow protested in 1960."}\n{oops\n', encoding="utf-8")
    with open_store(tmp_path / "s.db") as store:
        first = build([str(tmp_path)], store)
        rows = store.dump()
        second = build([str(tmp_path)], store)
        assert store.dump() == rows
    assert first.read == 2 and first.stored == 2 and first.events > 0
    assert second.stored == 0 and second.unchanged == 2
    assert first.skipped_by_reason == {"invalid_json": 1}


def test_event_json_contract_keys(tmp_path):
    from detente.export import CONTRACT_FIELDS, event_record

    (event,) = [e for e in extract_text("In 1949 the Soviet Union detonated its first atomic bomb.", origin="t") if e][:1]
    record = json.loads(json.dumps(event_record(event)))
    assert list(record)[: len(CONTRACT_FIELDS)] == list(CONTRACT_FIELDS)
    assert record["date"] == "1949" and record["source"] == "SUN"
    assert isinstance(record["span"], list) and len(record["span"]) == 2


def test_exports_name_actors_as_other_tools_do():
    from detente.export import event_record, write_csv

    text = ("In 1915 the Russian Empire declared war on the Ottoman Empire. "
            "In 1972 the United States and the Soviet Union signed a treaty limiting missiles.")
    by_year = {event.date[:4]: event_record(event) for event in extract_text(text, origin="t") if event.date}
    old, late = by_year["1915"], by_year["1972"]
    assert old["source"] == "RUSEMP" and old["source_cameo"] == "RUS" and old["source_cow"] == 365
    assert {late["source_qid"], late["target_qid"]} == {"Q30", "Q15180"}
    assert {late["source_cow"], late["target_cow"]} == {2, 365}
    out = io.StringIO()
    write_csv(extract_text(text, origin="t"), out)
    header, *rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert {"source_cameo", "target_qid"} <= set(header) and all(len(row) == len(header) for row in rows)


def test_a_wire_report_is_dated_by_its_dateline(tmp_path):
    path = tmp_path / "wire_grain_1980.txt"
    path.write_text(
        "GRAIN SALES HALTED\n\nWASHINGTON, Jan. 4 (AP) — The United States tonight suspended grain sales to the Soviet Union.\n",
        encoding="utf-8",
    )
    (item,) = list(extract_documents([str(path)]))
    assert item.published == "1980-01-04" and item.meta["mode"] == "news"
    assert any(e.date and e.date.startswith("1980-01") for e in item.events), [e.date for e in item.events]


def test_a_dateline_without_a_year_and_no_year_in_the_name_gives_no_date(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text("WASHINGTON, Jan. 4 (AP) — Talks went on.\n", encoding="utf-8")
    (item,) = list(extract_documents([str(path)]))
    assert item.published is None
