"""The pages in a real browser: Debian's Chromium driven by Playwright, against uvicorn serving the demo store.

Load the timeline, filter to USA–USSR, zoom, open an event from the canvas and see its evidence highlighted in
its document, search, and check that a document holding a script, an onerror handler and a javascript: link
runs none of them. Screenshots go to tests/artifacts/. Skipped when /usr/bin/chromium is absent.
"""

from __future__ import annotations

import socket
import sqlite3
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("no /usr/bin/chromium: apt-get install -y chromium (.ci/run installs it)", allow_module_level=True)
playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed: pip install -e '.[dev]'")

import uvicorn  # noqa: E402

from detente.model import Document, Event, content_id  # noqa: E402
from detente.store import open_store  # noqa: E402
from detente.web import create_app  # noqa: E402
from tests.test_web_api import HOSTILE_ID, build_demo_store  # noqa: E402

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """uvicorn in a thread on a free localhost port."""

    def __init__(self, db: Path):
        self.port = _free_port()
        config = uvicorn.Config(create_app(db), host="127.0.0.1", port=self.port, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    return build_demo_store(tmp_path_factory.mktemp("browser"))


@pytest.fixture(scope="module")
def site(demo_db):
    with Server(demo_db) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, site):
    context = browser.new_context(viewport={"width": 1300, "height": 900})
    opened = context.new_page()
    problems: list[str] = []
    opened.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    opened.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    outside: list[str] = []
    opened.on("request", lambda request: outside.append(request.url) if not request.url.startswith((site, "data:")) else None)
    opened.site = site
    yield opened
    context.close()
    assert not problems, problems
    assert not outside, f"the page fetched from outside the app: {outside}"


def _loaded(page) -> int:
    page.wait_for_selector("#chart[data-loaded]", timeout=30000)
    page.wait_for_timeout(100)  # one animation frame after the last page of events
    return int(page.get_attribute("#chart", "data-loaded"))


def _marks(page) -> list[dict]:
    return page.evaluate("window.detenteTimeline.marks()")


def _canvas_click(page, mark: dict) -> None:
    box = page.locator("#timeline-canvas").bounding_box()
    page.mouse.click(box["x"] + mark["x"], box["y"] + mark["y"])


def _wait_until(condition, seconds: float = 10.0) -> None:
    """Poll from Python: wait_for_function would evaluate a string in the page, which its CSP rightly forbids."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.05)


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def test_filter_to_a_pair_open_an_event_and_see_its_evidence(page):
    page.goto(page.site + "/")
    _loaded(page)
    page.fill("#f-actors", "USA,USSR")
    page.fill("#f-from", "1917")
    page.fill("#f-to", "1991")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**actors=USA%2CUSSR**")
    loaded = _loaded(page)
    assert loaded > 10
    assert "Soviet" in page.inner_text("#heading")
    marks = [m for m in _marks(page) if m["id"]]
    assert marks, "some events are drawn one by one"
    _canvas_click(page, marks[len(marks) // 2])
    page.wait_for_selector("#panel:not([hidden]) .source mark.evidence", timeout=10000)
    evidence = page.inner_text("#panel .source mark.evidence")
    assert len(evidence) > 20
    _wait_until(lambda: "event=" in page.evaluate("location.search"))  # the open event is part of the shareable URL
    _shot(page, "timeline-event-panel.png")
    with page.expect_navigation():
        page.click("#panel .source h4 a")
    focus = page.locator("mark.focus").first
    focus.wait_for()
    assert focus.inner_text() == evidence
    assert focus.is_visible()
    _shot(page, "document-evidence.png")


def test_zoom_from_the_whole_history_to_a_day_and_share_the_view(page):
    page.goto(page.site + "/?actors=USA,SUN")
    _loaded(page)
    whole = page.evaluate("window.detenteTimeline.view()")
    box = page.locator("#timeline-canvas").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + 100)
    for _ in range(5):
        page.mouse.wheel(0, -300)
        page.wait_for_timeout(30)
    zoomed = page.evaluate("window.detenteTimeline.view()")
    assert zoomed[0] > whole[0] and zoomed[1] < whole[1]
    page.click("button[data-level=day]")
    page.wait_for_timeout(300)
    day = page.evaluate("window.detenteTimeline.view()")
    assert day[1] <= _plus_days(day[0], 4)
    page.click("button[data-level=century]")
    page.wait_for_timeout(300)
    century = page.evaluate("window.detenteTimeline.view()")
    assert int(century[1][:4]) - int(century[0][:4]) >= 99
    page.click("button[data-level=decade]")
    page.wait_for_timeout(400)  # the view is written to the URL after a short pause
    shared = page.url
    assert "view=" in shared
    page.goto(shared)
    _loaded(page)
    reopened = page.evaluate("window.detenteTimeline.view()")
    assert abs(int(reopened[0][:4]) - int(shared.split("view=")[1][:4])) <= 1


def _plus_days(iso: str, days: int) -> str:
    from datetime import date, timedelta

    return (date.fromisoformat(iso) + timedelta(days=days)).isoformat()


def test_search_from_the_bar(page):
    page.goto(page.site + "/?actors=USA,SUN")
    _loaded(page)
    page.fill(".quick-search input", "recognition")
    with page.expect_navigation():
        page.press(".quick-search input", "Enter")
    page.wait_for_selector(".results mark")
    marks = page.locator(".results mark").all_inner_texts()
    assert marks and {m.lower() for m in marks} == {"recognition"}
    _shot(page, "search.png")
    with page.expect_navigation():
        page.locator(".results .meta a").last.click()
    assert page.locator("mark.focus").count() >= 1


def test_hostile_document_renders_inert(page, demo_db):
    with sqlite3.connect(demo_db) as conn:
        doc_id = conn.execute("SELECT id FROM documents WHERE origin = ?", (HOSTILE_ID,)).fetchone()[0]
        event_id = conn.execute("SELECT event_id FROM event_sources WHERE doc_id = ? ORDER BY span_start", (doc_id,)).fetchone()[0]
    for path in (f"/documents/{doc_id}", f"/events/{event_id}", "/search?q=aggression", "/actors?q=%3Cscript%3E"):
        page.goto(page.site + path)
        assert page.evaluate("typeof window.__pwned") == "undefined", path
        assert page.locator("main img").count() == 0, path
        assert page.locator("main a[href^='javascript:']").count() == 0, path
    page.goto(page.site + f"/documents/{doc_id}")
    text = page.inner_text(".doc-text")
    assert "<script>window.__pwned = 1</script>" in text and 'onerror="window.__pwned = 2"' in text
    assert "<img src=x onerror" in page.inner_text("h1")
    _shot(page, "hostile-document.png")
    # the same text through the timeline's panel, which builds its DOM in JavaScript
    page.goto(page.site + f"/?actors=USA,SUN&from=1948&to=1948&event={event_id}")
    _loaded(page)
    page.wait_for_selector("#panel:not([hidden]) .source mark.evidence")
    panel = page.inner_text("#panel")
    assert "<img src=x onerror" in panel  # the title, as text
    assert page.locator("#panel img, #panel script, #panel a[href^='javascript:']").count() == 0
    for link in page.locator("#panel .source h4 a").all():
        link.click()
        page.wait_for_load_state()
        assert page.evaluate("typeof window.__pwned") == "undefined"
        break


def _synthetic_store(path: Path, count: int) -> None:
    """``count`` events between the USA and the USSR, 1945–1991, written through the store like a build writes them."""
    kinds = [("AGREE", "057", 4.8, 1, "cooperation"), ("ACCUSE", "112", -2.0, 3, "conflict"), ("CONSULT", "040", 1.0, 1, "cooperation"),
             ("COERCE", "170", -7.0, 4, "conflict"), ("MOBILIZE", "150", 0.0, 0, "neutral")]
    with open_store(path) as store:
        per_doc = 500
        for first in range(0, count, per_doc):
            text = " ".join(f"Sentence {n} about the two powers." for n in range(first, first + per_doc))
            doc = Document(id=content_id(text), origin=f"synthetic-{first}.txt", text=text, title=f"Synthetic {first}")
            position = 0
            for n in range(first, min(first + per_doc, count)):
                sentence = f"Sentence {n} about the two powers."
                start = text.index(sentence, position)
                position = start + len(sentence)
                day = 1945 * 365 + (n * 1693) % (47 * 365)
                year, rest = divmod(day, 365)
                month, dom = min(rest // 31 + 1, 12), rest % 28 + 1
                date = f"{year}-{month:02d}-{dom:02d}" if n % 3 else f"{year}-{month:02d}" if n % 2 else f"{year}"
                kind = kinds[n % len(kinds)]
                doc.events.append(Event(
                    id=content_id(doc.id, str(n)), doc=doc.origin, doc_id=doc.id, date=date, date_text=date,
                    precision={10: "day", 7: "month", 4: "year"}[len(date)], source="USA" if n % 2 else "SUN",
                    target="SUN" if n % 2 else "USA", actors=["USA", "SUN"] if n % 2 else ["SUN", "USA"], type=kind[0],
                    cameo=kind[1], goldstein=kind[2], quad=kind[3], polarity=kind[4], evidence=sentence,
                    span=(start, start + len(sentence)),
                ))
            store.write_document(doc)


def test_ten_thousand_events_cluster_when_dense_and_separate_when_zoomed(browser, tmp_path):
    db = tmp_path / "dense.db"
    _synthetic_store(db, 10_000)
    with Server(db) as url:
        context = browser.new_context(viewport={"width": 1300, "height": 900})
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(url + "/?actors=USA,SUN")
        assert _loaded(page) == 10_000
        marks = _marks(page)
        clusters = [m for m in marks if m["count"] > 1]
        assert clusters and len(marks) < 2000, "dense years are drawn as clusters, not 10,000 marks"
        assert sum(m["count"] for m in marks) <= 10_000
        _shot(page, "ten-thousand-events.png")
        biggest = max(clusters, key=lambda m: m["count"])
        before = page.evaluate("window.detenteTimeline.view()")
        _canvas_click(page, biggest)  # a click on a cluster zooms into it
        page.wait_for_timeout(300)
        after = page.evaluate("window.detenteTimeline.view()")
        assert after[0] > before[0] or after[1] < before[1]
        page.click("button[data-level=month]")
        page.wait_for_timeout(300)
        assert any(m["id"] for m in _marks(page)), "a month shows single events"
        context.close()
        assert not errors, errors


def test_the_page_labels_dates_as_the_server_does(page):
    # the canvas and the event panel label dates in JavaScript: a century ("19", as the tagger dates "the 20th
    # century") read "19" there and "20th century" on the server's pages
    from detente.web.display import date_label

    page.goto(page.site + "/")
    dates = ["1933", "1933-11", "1933-11-16", "1939/1941", "1958-06/1958-08", "194", "19", "20", "11", "17/18"]
    labels = page.evaluate("(dates) => dates.map(window.detente.dateLabel)", dates)
    assert labels == [date_label(date) for date in dates]


def test_the_event_panel_writes_direction_controls_in_addresses_out(page):
    from detente.web.display import plain_address

    page.goto(page.site + "/")
    given = ["http://a.example/\u202etxt.exe", "plain.txt", "\u2067x\u2069", ""]
    assert page.evaluate("(items) => items.map(window.detente.address)", given) == [plain_address(g) for g in given]
