"""`detente serve` over real TCP under attack: traversal, oversized and SQL-looking parameters, huge page
numbers, odd methods sent byte for byte (no client tidies them first) all get a clean 4xx with the one error
body; nothing outside the app is served, the store is never written, the server stays up; hostile document
text (script tags, event handlers, javascript: links, a closing </script>) reaches the browser only as text."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from pathlib import Path

import pytest

from detente import pipeline
from detente.resources import demo_paths
from detente.store import open_store
from tests.robust_cases import HOSTILE, Server, attack_requests, raw_request

pytest.importorskip("uvicorn")
pytest.importorskip("fastapi")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    folder = tmp_path_factory.mktemp("attack")
    hostile = folder / "hostile<b>.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    db = folder / "store.db"
    with demo_paths() as paths, open_store(db) as store:
        pipeline.build([str(p) for p in sorted(paths)[:3]] + [str(hostile)], store)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    with Server(str(db)) as server:
        yield server, db
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before, "the server wrote to the store"


@pytest.mark.parametrize("what, method, target", attack_requests(), ids=[a[0] for a in attack_requests()])
def test_attacks_get_a_clean_4xx(served, what, method, target):
    server, _ = served
    status, headers, body = raw_request(server.port, target, method)
    assert 400 <= status < 500, (status, body[:300])
    text = body.decode("utf-8", "replace")
    assert "root:" not in text and "Traceback" not in text and "SQLite format" not in text
    assert "import " not in text  # no Python source from beside the static files
    if target.startswith("/api/") and "json" in headers.get("content-type", ""):
        error = json.loads(body)["error"]
        assert error["status"] == status and error["message"]
    assert server.alive()


def test_sql_in_search_is_read_as_words(served):
    server, db = served
    status, _, body = raw_request(server.port, "/api/search?q=%27%29%20OR%201%3D1%3B%20DROP%20TABLE%20events%3B--")
    assert status in (200, 400)
    if status == 200:
        assert json.loads(body)["total"] == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] > 0


def test_an_oversized_request_line_or_headers_are_refused_and_the_server_goes_on(served):
    server, _ = served
    status, _, _ = raw_request(server.port, "/api/timeline?actors=" + "A" * 70_000)
    assert 400 <= status < 500
    flood = "".join(f"X-Junk-{number}: {'j' * 8000}\r\n" for number in range(128))  # 1 MB of headers
    status, _, _ = raw_request(server.port, "/api/timeline", headers=flood)
    assert 400 <= status < 500 or status == 0  # an answer, or the connection closed: never a 5xx, never a hang
    assert raw_request(server.port, "/api/timeline?limit=1")[0] == 200
    assert server.alive()


def _hostile_pages(server, db) -> list[str]:
    with sqlite3.connect(db) as conn:
        doc_id = conn.execute("SELECT id FROM documents WHERE origin LIKE '%hostile%'").fetchone()[0]
        event_ids = [r[0] for r in conn.execute("SELECT event_id FROM event_sources WHERE doc_id = ?", (doc_id,))]
    assert event_ids, "the hostile document gave no event: nothing of it would be shown"
    return [f"/documents/{doc_id}", f"/events/{event_ids[0]}", "/timeline?actors=USA,SUN&from=1962&to=1962",
            "/search?q=protested", "/search?q=%3Cscript%3Ealert(1)%3C/script%3E", f"/api/documents/{doc_id}"]


def test_hostile_document_text_reaches_the_browser_only_as_text(served):
    server, db = served
    shown = 0
    for path in _hostile_pages(server, db):
        status, headers, body = raw_request(server.port, path)
        assert status == 200, path
        text = body.decode("utf-8")
        if path.startswith("/api/"):  # JSON keeps the text as it is; the browser never reads it as HTML
            assert headers["content-type"].startswith("application/json")
            assert "<script>alert('pwned')</script>" in json.loads(text)["text"]
            continue
        assert headers["content-type"].startswith("text/html")
        tag = r"<[a-z][^<>]*"  # inside a real tag: escaped text shows "&lt;img ...", which is harmless
        for pattern in (r"<script>alert", tag + r"\son\w+\s*=", r"<img\s+src=x", r"<svg\s+onload",
                        tag + r"\shref\s*=\s*[\"']?\s*jav", r"</script><script>"):
            assert not re.search(pattern, text, re.I), (path, pattern)
        shown += "&lt;script&gt;alert(" in text or "\\u003cscript\\u003e" in text or "&lt;IMG" in text
    assert shown, "no page showed the hostile text at all"
    policy = raw_request(server.port, "/timeline")[1].get("content-security-policy", "")
    assert "script-src" in policy or "default-src" in policy


def test_the_origin_of_a_hostile_file_name_is_escaped_too(served):
    server, db = served
    with sqlite3.connect(db) as conn:
        doc_id = conn.execute("SELECT id FROM documents WHERE origin LIKE '%hostile%'").fetchone()[0]
    text = raw_request(server.port, f"/documents/{doc_id}")[2].decode("utf-8")
    assert "hostile<b>" not in text and "hostile&lt;b&gt;" in text


def test_the_store_path_is_not_reachable(served):
    server, db = served
    for target in (f"/static/{Path(db).name}", "/detente.db", f"/static/..%2f{Path(db).name}"):
        status, _, body = raw_request(server.port, target)
        assert status == 404 and not body.startswith(b"SQLite format")
