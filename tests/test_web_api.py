"""The HTTP API and pages, in-process: contracts, filters, paging, the index, search, one error body, escaping.

The store is the bundled demo corpus built once for the module, plus one JSON Lines record whose id, title
and text carry markup (a script, an onerror handler, a javascript: link) that every page must show as text.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
import sqlite3
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from detente import pipeline
from detente.cli import cli
from detente.resources import demo_paths
from detente.store import open_store, queries
from detente.store.migrations import MIGRATIONS, SQLITE_ONLY
from detente.web import create_app

HOSTILE_ID = "<script>window.__pwned='id'</script>"
HOSTILE_TITLE = "<img src=x onerror=\"window.__pwned='title'\">Hostile page"
HOSTILE_TEXT = (
    "On November 16, 1933, the United States recognized the Soviet Union <script>window.__pwned = 1</script> after long talks.\n"
    "In March 1948 the Soviet Union accused the United States of aggression <img src=x onerror=\"window.__pwned = 2\"> "
    "at the conference.\n"
    "On June 24, 1948, the Soviet Union blockaded Berlin, and the United States protested "
    "<a href=\"javascript:window.__pwned=3\">click</a> loudly.\n"
)
ERROR_KEYS = {"error"}


def build_demo_store(folder: Path) -> Path:
    """The demo corpus and the hostile record, built into a SQLite store in ``folder``."""
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps({"id": HOSTILE_ID, "title": HOSTILE_TITLE, "text": HOSTILE_TEXT}) + "\n", encoding="utf-8")
    db = folder / "demo.db"
    with demo_paths() as paths, open_store(db) as store:
        pipeline.build([str(p) for p in paths] + [str(hostile)], store)
    return db


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    return build_demo_store(tmp_path_factory.mktemp("web"))


class Client:
    """A synchronous face on httpx's in-process ASGI client (no port, no thread)."""

    def __init__(self, app):
        self.app = app

    def get(self, path: str, **kwargs) -> httpx.Response:
        return self.request("GET", path, **kwargs)

    def request(self, method: str, path: str, **kwargs) -> httpx.Response:
        async def go():
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
                return await client.request(method, path, **kwargs)

        return asyncio.run(go())


@pytest.fixture(scope="module")
def client(demo_db) -> Client:
    return Client(create_app(demo_db))


def _json(response: httpx.Response, status: int = 200) -> dict:
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


def _error(response: httpx.Response, status: int) -> str:
    body = _json(response, status)
    assert set(body) == ERROR_KEYS and set(body["error"]) == {"status", "message"}
    assert body["error"]["status"] == status and body["error"]["message"]
    return body["error"]["message"]


# the timeline ------------------------------------------------------------------------------------------
def test_timeline_of_a_pair_has_the_contract_fields_and_checkable_evidence(client, demo_db):
    body = _json(client.get("/api/timeline?actors=USA,SUN&from=1917&to=1991"))
    assert body["kind"] in ("timeline", "events") and body["total"] >= 20
    with sqlite3.connect(demo_db) as conn:
        texts = dict(conn.execute("SELECT id, text FROM documents"))
    begins = []
    for event in body["events"]:
        assert {"id", "date", "precision", "type", "polarity", "goldstein", "actors", "sources"} <= set(event)
        assert event["polarity"] in ("cooperation", "conflict", "neutral")
        assert event["begin"] <= "1991-12-31" and event["end"] >= "1917-01-01"
        assert event["sources"], event["id"]
        for source in event["sources"]:
            start, end = source["span"]
            assert texts[source["doc_id"]][start:end] == source["evidence"]
        begins.append(event["begin"])
    assert begins == sorted(begins)


def test_actor_names_mean_their_codes(client):
    by_code = _json(client.get("/api/timeline?actors=USA,SUN&detail=compact"))
    by_name = _json(client.get("/api/timeline?actors=United States,USSR&detail=compact"))
    assert by_name["filters"]["actors"] == "USA,SUN"
    assert [e["id"] for e in by_name["events"]] == [e["id"] for e in by_code["events"]]


def test_pages_of_the_timeline_follow_each_other(client):
    ten = _json(client.get("/api/timeline?actors=USA,SUN&limit=10&detail=compact"))["events"]
    first = _json(client.get("/api/timeline?actors=USA,SUN&limit=5&offset=0&detail=compact"))["events"]
    second = _json(client.get("/api/timeline?actors=USA,SUN&limit=5&offset=5&detail=compact"))["events"]
    assert [e["id"] for e in first + second] == [e["id"] for e in ten]
    assert "sources" not in ten[0] and ten[0]["source_count"] >= 1


def test_dates_narrow_the_timeline(client):
    wide = _json(client.get("/api/timeline?actors=USA,SUN&detail=compact&limit=10000"))
    narrow = _json(client.get("/api/timeline?actors=USA,SUN&from=1933-11&to=1933-11&detail=compact"))
    assert 0 < narrow["total"] < wide["total"]
    assert all(e["begin"] <= "1933-11-30" and e["end"] >= "1933-11-01" for e in narrow["events"])


def test_events_filter_by_polarity_and_type(client):
    conflict = _json(client.get("/api/events?actors=USA,SUN&polarity=conflict"))
    assert conflict["total"] > 0 and {e["polarity"] for e in conflict["events"]} == {"conflict"}
    types = {e["type"] for e in conflict["events"]}
    one = sorted(types)[0]
    typed = _json(client.get(f"/api/events?actors=USA,SUN&type={one}"))
    assert typed["total"] > 0 and {e["type"] for e in typed["events"]} == {one}
    everything = _json(client.get("/api/events?limit=10000"))
    with open_store(client.app.state.stores.target, readonly=True) as store:
        assert everything["total"] == store.counts()["events"]


def test_key_tables_and_plain_sql_give_the_same_answers(demo_db):
    """SQLite reads through event_keys/timeline_keys; PostgreSQL through plain joins. Same filters, same rows."""
    filters = [
        queries.parse_filters("USA,SUN", "1917", "1991", limit=10000),
        queries.parse_filters("USA", None, "1950", polarity="conflict", limit=10000),
        queries.parse_filters("USA,SUN,GBR", limit=10000),
        queries.parse_filters("SUN,USA", "1945", None, limit=3, offset=2),
    ]
    with open_store(demo_db, readonly=True) as store:
        keyed = [(queries.event_ids(store, f), queries.timeline_ids(store, f), queries.index(store, f)["points"]) for f in filters]
        store.dialect = "plain"  # take the plain-SQL paths on the same data
        queries.forget(store)  # nothing kept from the keyed reads
        plain = [(queries.event_ids(store, f), queries.timeline_ids(store, f), queries.index(store, f)["points"]) for f in filters]
    assert keyed == plain
    assert keyed[0][0][0] > 0 and keyed[2][1][0] > 0


# index and periods -------------------------------------------------------------------------------------
def test_index_of_a_pair_is_the_timeline_modules_index(client, demo_db):
    from detente.timeline.index import relations_index

    body = _json(client.get("/api/index?actors=USA,USSR&step=year"))
    with open_store(demo_db, readonly=True) as store:
        expected = [row.to_dict() for row in relations_index(store, ["USA", "SUN"], by="year")]
    assert body["kind"] == "timeline" and expected
    assert [{k: p[k] for k in expected[0]} for p in body["points"]] == expected
    for point in body["points"]:
        assert point["begin"] == point["start"] and point["end"].startswith(point["period"])
        assert point["cooperation"] + point["conflict"] + point["neutral"] == point["events"]


def test_index_by_decade_and_dates(client):
    decades = _json(client.get("/api/index?actors=USA,SUN&step=decade"))["points"]
    assert decades and all(p["period"].endswith("0s") and p["end"].endswith("9-12-31") for p in decades)
    years = _json(client.get("/api/index?actors=USA,SUN&from=1940&to=1949"))["points"]
    assert years and all("1940" <= p["period"] <= "1949" for p in years)
    _error(client.get("/api/index?actors=USA,SUN&step=week"), 400)


def test_periods_of_a_pair(client):
    body = _json(client.get("/api/periods?actors=USA,SUN&from=1917&to=1991"))
    names = {p["name"] for p in body["named"]}
    assert "Cold War" in names and "20th century" not in names
    assert body["detected"], "a merged demo timeline has detected periods"
    for period in body["detected"] + body["stated"]:
        assert period["begin"] <= period["end"]


# actors, documents, search -------------------------------------------------------------------------------
def test_actor_search_finds_codes_by_name(client):
    assert "SUN" in {a["code"] for a in _json(client.get("/api/actors?q=USSR"))["actors"]}
    assert "SUN" in {a["code"] for a in _json(client.get("/api/actors?q=soviet"))["actors"]}
    sun = _json(client.get("/api/actors/SUN"))
    assert sun["events"] > 0 and "USA" in {p["code"] for p in sun["partners"]}
    _error(client.get("/api/actors/NOWHERE_LAND"), 404)


def test_a_document_carries_every_evidence_span(client, demo_db):
    with sqlite3.connect(demo_db) as conn:
        doc_id, count = conn.execute(
            "SELECT doc_id, COUNT(*) FROM event_sources GROUP BY doc_id ORDER BY COUNT(*) DESC LIMIT 1").fetchone()
        evidence = dict(conn.execute("SELECT event_id, evidence FROM event_sources WHERE doc_id = ?", (doc_id,)))
    body = _json(client.get(f"/api/documents/{doc_id}"))
    assert len(body["spans"]) == count
    for span in body["spans"]:
        assert body["text"][span["span"][0]:span["span"][1]] == evidence[span["event_id"]]
    _error(client.get("/api/documents/0000000000000000"), 404)


def test_search_finds_words_and_marks_them(client):
    body = _json(client.get("/api/search?q=recognition"))
    assert body["total"] > 0
    for result in body["results"]:
        evidence = result["source"]["evidence"]
        assert "recognition" in evidence.lower()
        assert result["matches"] and all(evidence[s:e].lower() == "recognition" for s, e in result["matches"])
    prefix = _json(client.get("/api/search?q=recogn*"))
    assert prefix["total"] >= body["total"]
    narrowed = _json(client.get("/api/search?q=recognition&actors=USA,SUN&from=1933&to=1933"))
    assert 0 < narrowed["total"] <= body["total"]


def test_a_prefix_too_short_to_narrow_a_large_store_is_refused_by_name(client):
    response = client.get("/api/search", params={"q": "treaty s*"})
    _error(response, 400)
    assert "'s*'" in response.text and "at least 3 letters" in response.text
    assert _json(client.get("/api/search", params={"q": "tre*"}))["total"] > 0


@pytest.mark.parametrize("q", ['"', "NEAR(a b", "a OR", "*", "-x", "x:y", "'); DROP TABLE events; --", "^"])
def test_search_reads_every_query_as_words_never_as_syntax(client, q):
    response = client.get("/api/search", params={"q": q})
    assert response.status_code in (200, 400), response.text
    if response.status_code == 400:
        _error(response, 400)
    assert _json(client.get("/api/timeline?limit=1"))["total"] > 0


# errors and limits -------------------------------------------------------------------------------------
@pytest.mark.parametrize("path, status, words", [
    ("/api/timeline?actors=Atlantis", 400, "unknown actor"),
    ("/api/timeline?from=1991&to=1917", 400, "swap"),
    ("/api/timeline?from=19x1", 400, "not a date"),
    ("/api/timeline?limit=100000", 400, "limit"),
    ("/api/timeline?limit=0", 400, "limit"),
    ("/api/timeline?offset=-1", 400, "offset"),
    ("/api/timeline?polarity=friendly", 400, "polarity"),
    ("/api/timeline?type=1;DROP", 400, "type"),
    ("/api/timeline?detail=everything", 400, "detail"),
    ("/api/timeline?actors=" + ",".join(["USA"] * 9), 400, "actors"),
    ("/api/search?q=", 400, "q"),
    ("/api/search?q=" + "a" * 201, 400, "q"),
    ("/api/actors?q=" + "a" * 201, 400, "q"),
    ("/api/events/nope", 404, "no event"),
    ("/api/nothing-here", 404, "nothing at"),
    ("/events/nope.json", 404, "no event"),
])
def test_every_error_has_one_body(client, path, status, words):
    assert words in _error(client.get(path), status)


@pytest.mark.parametrize("path, words", [
    ("/api/timeline?from=1933-13", "from='1933-13'"),
    ("/api/timeline?to=1933-00", "to='1933-00'"),
    ("/api/timeline?from=1933-02-30", "from='1933-02-30'"),
    ("/api/events?to=1991-12-32", "to='1991-12-32'"),
    ("/api/index?actors=USA,SUN&from=1950-13", "from='1950-13'"),
])
def test_a_date_parameter_must_be_a_calendar_date(client, path, words):
    # only the shape was checked: from=1933-13 read as the day "1933-13-01" and answered 200
    assert words in _error(client.get(path), 400)


@pytest.mark.parametrize("path", ["/api/timeline?type=AGRE", "/api/events?type=AGREE,NOPE", "/api/index?type=FIGHT",
                                  "/api/search?q=blockade&type=NOPE", "/timeline.json?type=PROTESTS"])
def test_an_unknown_event_type_is_refused_naming_the_known_ones(client, path):
    # a typo used to answer 200 with no events, as if the store held none of that type
    message = _error(client.get(path), 400)
    assert message.startswith("type=") and "AGREE" in message and "ACCUSE" in message


def test_event_types_are_read_in_any_case(client):
    upper = _json(client.get("/api/timeline?type=AGREE,ACCUSE&limit=5"))
    assert upper["total"] > 0 and upper == _json(client.get("/api/timeline?type=agree,%20Accuse&limit=5"))


def test_methods_other_than_get_are_refused_with_the_same_body(client):
    _error(client.request("POST", "/api/timeline"), 405)


def test_error_pages_are_html_for_pages(client):
    response = client.get("/documents/nope")
    assert response.status_code == 404 and response.headers["content-type"].startswith("text/html")
    assert "no document" in response.text


def test_openapi_documents_the_api(client):
    schema = _json(client.get("/openapi.json"))
    for path in ("/api/timeline", "/api/events", "/api/index", "/api/periods", "/api/actors", "/api/documents/{doc_id}",
                 "/api/search"):
        assert path in schema["paths"], path
    names = {p["name"] for p in schema["paths"]["/api/timeline"]["get"]["parameters"]}
    assert {"actors", "from", "to", "type", "polarity", "limit", "offset"} <= names
    assert not any(path.startswith("/events") for path in schema["paths"])  # pages stay out of the API schema


# pages and their twins ---------------------------------------------------------------------------------
def test_each_page_has_a_json_twin_with_the_same_data(client):
    timeline = _json(client.get("/timeline.json?actors=USA,SUN"))
    api = _json(client.get("/api/timeline?actors=USA,SUN&detail=compact&limit=200"))
    assert timeline["total"] == api["total"] and [e["id"] for e in timeline["events"]] == [e["id"] for e in api["events"]]
    page = client.get("/?actors=USA,SUN")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert 'href="/timeline.json?actors=USA,SUN"' in page.text.replace("%2C", ",")
    event_id = api["events"][0]["id"]
    event = _json(client.get(f"/events/{event_id}.json"))
    assert event["id"] == event_id and all("context" in s for s in event["sources"])
    html = client.get(f"/events/{event_id}").text
    assert event["sources"][0]["context"]["evidence"][:40].replace("&", "&amp;").replace("'", "&#39;").replace('"', "&#34;") in html
    for path in ("/actors", "/actors/SUN", "/search?q=recognition", f"/documents/{event['sources'][0]['doc_id']}"):
        assert client.get(path).status_code == 200, path
        twin = path.replace("?", ".json?", 1) if "?" in path else path + ".json"
        assert isinstance(_json(client.get(twin)), dict), twin


def test_an_event_whose_sources_disagree_shows_every_version(client):
    timeline = _json(client.get("/api/timeline?actors=USA,SUN&detail=compact&limit=10000"))
    disputed = [e for e in timeline["events"] if e.get("conflict")]
    assert disputed, "the demo corpus has events its sources date differently"
    event = _json(client.get(f"/events/{disputed[0]['id']}.json"))
    assert event["disagreements"] and all(len(d["values"]) > 1 for d in event["disagreements"])
    html = client.get(f"/events/{disputed[0]['id']}").text
    assert "The sources disagree" in html


def test_hostile_text_is_shown_never_run(client, demo_db):
    with sqlite3.connect(demo_db) as conn:
        doc_id = conn.execute("SELECT id FROM documents WHERE origin = ?", (HOSTILE_ID,)).fetchone()[0]
        event_ids = [row[0] for row in conn.execute("SELECT event_id FROM event_sources WHERE doc_id = ?", (doc_id,))]
    assert event_ids
    pages = [f"/documents/{doc_id}", f"/events/{event_ids[0]}", "/search?q=aggression", "/search?q=blockaded",
             "/?actors=USA,SUN&from=1948&to=1948", "/actors?q=%3Cscript%3E"]
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        text = response.text
        assert not re.search(r"<script>window|<img src=x|<a href=\"javascript:|onerror=\"window", text), path
        assert response.headers["content-security-policy"].startswith("default-src 'none'")
    document = client.get(f"/documents/{doc_id}").text
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in document
    assert "&lt;img src=x onerror=" in document
    embedded = client.get("/?actors=USA,SUN&from=1948&to=1948").text
    data = embedded.split('id="page-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and json.loads(data)["total"] >= 1


def test_the_server_never_writes_to_the_store(client, demo_db):
    before = hashlib.sha256(Path(demo_db).read_bytes()).hexdigest()
    for path in ("/api/timeline?actors=USA,SUN", "/api/index?actors=USA,SUN", "/api/periods?actors=USA,SUN",
                 "/?actors=USA,SUN", "/api/search?q=treaty"):
        assert client.get(path).status_code == 200
    assert hashlib.sha256(Path(demo_db).read_bytes()).hexdigest() == before
    store = client.app.state.stores.get()
    with pytest.raises(sqlite3.OperationalError):
        store.conn.execute("DELETE FROM events")


# the search migration ----------------------------------------------------------------------------------
def test_migration_0004_fills_its_tables_for_a_store_built_before_it(demo_db, tmp_path):
    copy = tmp_path / "old.db"
    copy.write_bytes(Path(demo_db).read_bytes())
    with sqlite3.connect(copy) as conn:
        expected = {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall()) for t in ("event_keys", "timeline_keys")}
        expected["evidence_search"] = sorted(conn.execute("SELECT evidence, event_id FROM evidence_search").fetchall())
        triggers = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")]
        assert sorted(triggers) == ["timeline_keys_delete", "timeline_keys_insert"]  # 0009 dropped the other two
        for statement in [f"DROP TRIGGER {name}" for name in triggers] + [
            "DROP TABLE evidence_search", "DROP TABLE event_keys", "DROP TABLE timeline_keys",
            "DELETE FROM _detente_migrations WHERE name = '0004_search'",
        ]:
            conn.execute(statement)
    with open_store(copy) as store:  # migrates: the backfill must equal what the triggers wrote
        assert store.schema_version == len(MIGRATIONS)
    with sqlite3.connect(copy) as conn:
        for table in ("event_keys", "timeline_keys"):
            assert sorted(conn.execute(f"SELECT * FROM {table}").fetchall()) == expected[table], table
        assert sorted(conn.execute("SELECT evidence, event_id FROM evidence_search").fetchall()) == expected["evidence_search"]
    assert expected["event_keys"] and expected["timeline_keys"]


def test_postgres_reads_the_sqlite_only_statements_as_nothing():
    from detente.store.postgres import _Connection

    conn = _Connection(raw=None)
    statements = [s for name, group in MIGRATIONS if name == "0004_search" for s in group]
    assert statements and all(s.startswith(SQLITE_ONLY) for s in statements)
    assert {conn.translate(s, False) for s in statements} == {"SELECT 1"}


def test_queries_run_on_postgres(postgres_url):
    """The plain-SQL paths on a real PostgreSQL store (skipped without $DETENTE_TEST_POSTGRES)."""
    with demo_paths() as paths, open_store(postgres_url) as store:
        pipeline.build([str(p) for p in paths], store)
    with open_store(postgres_url, readonly=True) as store:
        filters = queries.parse_filters("USA,SUN", "1917", "1991", limit=10000)
        page = queries.timeline(store, filters, detail=True)
        assert page["total"] > 10 and all(e["sources"] for e in page["events"])
        assert queries.index(store, filters)["points"]
        found = queries.search(store, "recognition", queries.Filters(limit=50))
        assert found["total"] > 0 and all("recognition" in r["source"]["evidence"].lower() for r in found["results"])
        assert queries.document(store, page["events"][0]["sources"][0]["doc_id"])["spans"]


# the command ---------------------------------------------------------------------------------------------
def test_serve_answers_one_request_without_a_port(demo_db):
    result = CliRunner().invoke(cli, ["serve", "--db", str(demo_db), "--get", "/api/timeline?actors=USA,SUN&limit=2"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.output)["events"]) == 2


def test_serve_binds_localhost_and_refuses_a_missing_store(tmp_path):
    params = {p.name: p for p in cli.commands["serve"].params}
    assert params["host"].default == "127.0.0.1"
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no such store" in result.output


def test_search_pages_link_to_the_next_results(client):
    first = _json(client.get("/search.json?q=the"))
    assert first["total"] > first["limit"]
    html = client.get("/search?q=the").text
    assert 'rel="next" href="/search?q=the&amp;offset=50"' in html and 'rel="prev"' not in html
    second = _json(client.get("/search.json?q=the&offset=50"))
    def keys(page):
        return {(r["event"]["id"], r["source"]["doc_id"], r["source"]["span"][0]) for r in page["results"]}

    assert keys(second) and keys(first).isdisjoint(keys(second))


# how values read on the page ---------------------------------------------------------------------------
@pytest.mark.parametrize("date, label", [
    ("1933", "1933"), ("1933-11", "November 1933"), ("1933-11-16", "16 November 1933"), ("1939/1941", "1939–1941"),
    ("1958-06/1958-08", "June 1958–August 1958"), ("194", "1940s"), (None, "undated"), ("1933-13", "1933-13"),
])
def test_dates_read_at_their_precision(date, label):
    from detente.web.display import date_label

    assert date_label(date) == label


def test_marked_pieces_rebuild_the_text_and_carry_their_spans():
    from detente.web.display import context, segments

    text = "Alpha beta gamma delta epsilon."
    pieces = segments(text, [{"span": [6, 16], "id": "a"}, {"span": [11, 22], "id": "b"}])
    assert "".join(p["text"] for p in pieces) == text
    assert [(p["text"], [m["id"] for m in p["marks"]]) for p in pieces] == [
        ("Alpha ", []), ("beta ", ["a"]), ("gamma", ["a", "b"]), (" delta", ["b"]), (" epsilon.", []),
    ]
    around = context("x " * 300 + "The sentence. " + "y " * 300, [600, 613], window=50)
    assert around["evidence"] == "The sentence." and around["clipped_before"] and around["clipped_after"]
    assert len(around["before"]) <= 50 and not around["before"].startswith(" ")


def test_totals_and_indexes_are_kept_briefly_and_can_be_forgotten(demo_db):
    with open_store(demo_db, readonly=True) as store:
        filters = queries.parse_filters("USA,SUN")
        first = queries.index(store, filters)
        first["points"].clear()  # a caller changing its copy changes nothing kept
        assert queries.index(store, filters)["points"]
        total = queries.timeline(store, filters)["total"]
        store._detente_kept[next(k for k in store._detente_kept if k[0] == "count")] = (total + 1, time.monotonic())
        assert queries.timeline(store, filters)["total"] == total + 1  # read from what is kept
        queries.forget(store)
        assert queries.timeline(store, filters)["total"] == total


@pytest.mark.parametrize("date, label", [
    ("19", "20th century"), ("20", "21st century"), ("11", "12th century"), ("12", "13th century"), ("01", "2nd century"),
    ("17/18", "18th century–19th century"),
])
def test_centuries_read_with_their_ordinal(date, label):
    # the tagger dates "the 21st century" as "20": it read "21th century"
    from detente.web.display import date_label

    assert date_label(date) == label


def test_direction_controls_cannot_disguise_a_source_url_or_leak_out_of_a_title(tmp_path):
    # "http://a.example/\u202etxt.exe" displayed as "http://a.example/exe.txt": a right-to-left override in a URL or
    # file name shows the reader another address than the one stored
    record = {"id": "bidi", "title": "Cable \u202eNOITCURTSNI", "url": "http://a.example/\u202etxt.exe",
              "published": "1962-03-06",
              "text": "On 5 March 1962 the United States protested to the Soviet Union about the blockade."}
    source = tmp_path / "bidi.jsonl"
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    db = tmp_path / "bidi.db"
    with open_store(db) as store:
        pipeline.build([str(source)], store)
        (event,) = list(store.events())
    client = Client(create_app(db))
    for path in (f"/events/{event.id}", f"/documents/{event.doc_id}"):
        page = client.get(path).text
        assert "http://a.example/\\u202etxt.exe" in page and "\u202etxt.exe" not in page
    # the JSON keeps the stored value: only what a reader sees is made plain
    assert _json(client.get(f"/api/events/{event.id}"))["sources"][0]["url"] == record["url"]
    css = client.get("/static/detente.css").text
    assert re.search(r"unicode-bidi:\s*isolate", css)  # a title's override ends with its element
