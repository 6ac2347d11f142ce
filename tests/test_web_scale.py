"""The web app on a store shaped like a large corpus: one happening told by many documents, documents that tell
many events. What a request reads must stay bounded by what it shows, not grow with the store."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.model import Document, Event, content_id
from detente.store import open_store
from detente.timeline import merge
from detente.web.app import create_app
from tests.test_web_api import Client

REPORTS = 40  # documents reporting the same treaty signing
OTHERS = 60  # other events told by each of those documents


def fill(store) -> str:
    """``REPORTS`` documents that each report one signing (merged into one timeline event) among ``OTHERS``
    events of their own; returns the signing's timeline event id."""
    for n in range(REPORTS):
        sentences = [f"Report {n}: the two governments signed the arms treaty in Washington."]
        sentences += [f"Item {n}.{k}: the ministers met again on question {k} of file {n}." for k in range(OTHERS)]
        text = " ".join(sentences)
        doc_id = content_id("scale-doc", str(n))
        events, start = [], 0
        for k, sentence in enumerate(sentences):
            date = "1987-12-08" if k == 0 else f"19{50 + k % 40}-0{1 + k % 9}-1{k % 10}"
            kind = ("AGREE", "057", 4.8, 1) if k == 0 else ("CONSULT", "040", 1.0, 1)
            events.append(Event(
                id=content_id("scale-event", str(n), str(k)), doc=f"report-{n}.txt", doc_id=doc_id, date=date,
                date_text=date, precision="day", source="USA", target="SUN", actors=["USA", "SUN"], type=kind[0],
                cameo=kind[1], goldstein=kind[2], quad=kind[3], polarity="cooperation", evidence=sentence,
                span=(start, start + len(sentence)),
            ))
            start += len(sentence) + 1
        store.write_document(Document(id=doc_id, origin=f"report-{n}.txt", text=text, events=events))
    merge.sync(store)
    row = store.conn.execute("SELECT id FROM timeline_events WHERE date = '1987-12-08'").fetchall()
    assert len(row) == 1
    return row[0][0]


@pytest.fixture(scope="module")
def scale_db(tmp_path_factory) -> tuple[Path, str]:
    db = tmp_path_factory.mktemp("webscale") / "scale.db"
    with open_store(db) as store:
        signing = fill(store)
    return db, signing


def test_event_page_reads_each_document_text_once_not_its_other_events(scale_db):
    db, signing = scale_db
    app = create_app(db)
    client = Client(app)
    traced: list[str] = []
    original = app.state.stores.get

    def get():
        store = original()
        store.conn.set_trace_callback(traced.append)
        return store

    app.state.stores.get = get
    response = client.get(f"/events/{signing}.json")
    assert response.status_code == 200, response.text[:300]
    record = response.json()
    assert len(record["sources"]) == REPORTS
    assert all(s["context"]["evidence"].endswith("signed the arms treaty in Washington.") for s in record["sources"])
    # the other events of those documents are never read, and the statements do not grow with the sources
    assert not [sql for sql in traced if "FROM event_sources s JOIN events e" in sql and "doc_id" in sql], traced
    assert len(traced) < REPORTS, len(traced)


def _many(store, documents: int, per_document: int = 50) -> None:
    """Dated and undated events of many pairs, merged: a store with no actor to narrow a page to."""
    codes = ["USA", "SUN", "GBR", "FRA", "CHN", "DEU", "JPN", "IND"]
    for n in range(documents):
        events, parts, start = [], [], 0
        for k in range(per_document):
            sentence = f"Note {n}.{k}: the envoys met on matter {k} of dispatch {n}."
            date = None if k % 10 == 0 else f"{1900 + (n * 7 + k) % 100}-{1 + k % 12:02d}-{1 + n % 28:02d}"
            source, target = codes[(n + k) % 8], codes[(n + 2 * k + 1) % 8]
            if source == target:
                target = "ISR"
            events.append(Event(
                id=content_id("many", str(n), str(k)), doc=f"m{n}.txt", doc_id=content_id("many-doc", str(n)),
                date=date, date_text=date or "", precision=None if date is None else "day", source=source,
                target=target, actors=[source, target], type="CONSULT", cameo="040", goldstein=1.0, quad=1,
                polarity="cooperation", evidence=sentence, span=(start, start + len(sentence)),
            ))
            parts.append(sentence)
            start += len(sentence) + 1
        store.write_document(Document(id=content_id("many-doc", str(n)), origin=f"m{n}.txt", text=" ".join(parts), events=events))
    merge.sync(store)


def _steps(store, read) -> int:
    """SQLite virtual-machine steps (in thousands) ``read`` takes: the work of a query, not its time."""
    steps = [0]

    def tick():
        steps[0] += 1
        return 0

    store.conn.set_progress_handler(tick, 1000)
    try:
        read()
    finally:
        store.conn.set_progress_handler(None, 0)
    return steps[0]


@pytest.mark.parametrize("kind", ["timeline", "events"])
def test_a_page_of_the_whole_store_costs_the_same_in_a_store_ten_times_larger(tmp_path, kind):
    from detente.store import queries

    costs = []
    for documents in (8, 80):
        with open_store(tmp_path / f"{kind}-{documents}.db") as store:
            _many(store, documents)
            read = queries.timeline if kind == "timeline" else queries.events_page
            filters = queries.parse_filters(None, None, None, None, None, 100, 0)
            first = read(store, filters, detail=False)  # the total is counted once and kept, as a server does
            total = first["total"]
            assert total == documents * 50 if kind == "events" else 0 < total <= documents * 50
            costs.append(_steps(store, lambda read=read, filters=filters: read(store, filters, detail=False)))
            # and every event once, dated in date order, the undated last, across the pages by cursor and by offset
            seen, after = [], None
            while True:
                page = read(store, queries.parse_filters(None, None, None, None, None, 500, 0, after=after), detail=False)
                seen += [event["id"] for event in page["events"]]
                after = page["next"]
                if after is None:
                    break
            assert len(seen) == len(set(seen)) == total
            by_offset = []
            for offset in range(0, total, 700):
                page = read(store, queries.parse_filters(None, None, None, None, None, 700, offset), detail=False)
                by_offset += [event["id"] for event in page["events"]]
            assert by_offset == seen
    assert costs[1] < 2 * costs[0] + 5, costs


def test_a_page_of_events_lists_a_bounded_number_of_sources_each(scale_db):
    from detente.store import queries

    db, signing = scale_db
    client = Client(create_app(db))
    page = client.get("/api/timeline?actors=USA,SUN&from=1987&to=1987").json()
    (event,) = [e for e in page["events"] if e["id"] == signing]
    assert event["sources_total"] == REPORTS and len(event["sources"]) == queries.PAGE_SOURCES < REPORTS
    # the first ones by document name and span, as the event itself lists them all
    full = client.get(f"/api/events/{signing}").json()
    assert len(full["sources"]) == full["sources_total"] == REPORTS
    assert event["sources"] == full["sources"][: queries.PAGE_SOURCES]


def test_an_actor_counts_its_events_and_partners_once_while_they_are_kept(scale_db):
    """Counting an actor's events and partners walks all of them (a second for the USA of a million events): a
    server keeps the counts as it keeps totals, so a reader going back and forth does not pay it each time."""
    from detente.store import queries

    db, _ = scale_db
    with open_store(db, readonly=True) as store:
        first = queries.actor(store, "USA")
        assert first["events"] == REPORTS * (OTHERS + 1) and first["partners"][0]["code"] == "SUN"
        traced: list[str] = []
        store.conn.set_trace_callback(traced.append)
        again = queries.actor(store, "USA")
        store.conn.set_trace_callback(None)
    assert again["events"] == first["events"] and again["partners"] == first["partners"]
    assert not [sql for sql in traced if "event_actors" in sql], traced
