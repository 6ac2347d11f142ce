"""Property tests on every stage: no input makes a stage raise, every span lies inside its text, and every
event is valid against the event schema (detente.schema) with its evidence the text under its span.

Texts are drawn from a vocabulary of the things the stages look for (state names, leaders, capitals, dates,
periods, trigger verbs, headings, list marks) mixed with arbitrary Unicode, so the properties meet the code
paths that matter and not only noise. Examples are few per test to keep the suite fast; CI can raise them
with HYPOTHESIS_PROFILE=ci.
"""

from __future__ import annotations

import gzip
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente import actors, pipeline, time
from detente.errors import InputError
from detente.ingest.decode import decode
from detente.ingest.html import extract_html
from detente.ingest.read import read_inputs
from detente.model import Document, Skipped
from detente.schema import check_event, validate_event
from detente.text.clean import clean_text
from detente.text.layout import split_sections
from detente.text.sentences import split_sentences

settings.register_profile("default", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

WORDS = [
    "the United States", "the Soviet Union", "the USSR", "Russia", "Soviet Russia", "Germany", "East Germany",
    "West Germany", "China", "Cuba", "Britain", "France", "NATO", "the Warsaw Pact", "the UN", "Moscow",
    "Washington", "Beijing", "Berlin", "Kennedy", "Khrushchev", "Brezhnev", "Nixon", "Gorbachev", "Reagan",
    "the President", "the Kremlin", "Soviet", "American", "Chinese", "the two nations", "both countries", "it",
    "they", "signed", "protested", "invaded", "recognized", "agreed", "rejected", "threatened", "met", "visited",
    "withdrew", "established diplomatic relations with", "broke off relations with", "imposed sanctions on",
    "did not sign", "refused to", "may", "plans to", "a treaty", "an embargo", "the blockade", "talks", "summit",
    "in 1933", "1962", "March 5, 1953", "5 March 1953", "in the 1970s", "1939-1945", "1939 to 1941", "1947–1991",
    "World War II", "the Cold War", "two days later", "the following year", "last year", "that spring", "today",
    "in late 1979", "on 12 June", "the 20th century", "BC 264", "Q3 1962", "since 1991", "until 1989", "by",
    "with", "to", "and", "or", "not", "of", "the", "a", "was", "were", "had",
]
PUNCT = [" ", " ", " ", ", ", ". ", ".", "; ", ": ", "\n", "\n\n", "\r\n", "\t", " — ", " – ", "-", "(", ")", "\"",
         "“", "”", "'", "’", "…", "• ", "* ", "# ", "== ", "1962: ", "\u2028", "\u00a0", "\ufeff", "\x00", "\x0c",
         "é", "ﬁ", "\u0301", "Ж", "中国", "😀", "\ud7ff"]


@st.composite
def texts(draw, max_pieces: int = 60) -> str:
    pieces = draw(st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(PUNCT), st.text(max_size=6)),
                           max_size=max_pieces))
    return "".join(pieces)


dcts = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()), st.sampled_from(["1962", "1962-10", "garbage", ""]))
modes = st.sampled_from(["auto", "news", "narrative"])


def _inside(spans, text: str) -> None:
    for start, end in spans:
        assert 0 <= start <= end <= len(text), (start, end, len(text))


@given(st.binary(max_size=3000))
def test_decode_never_raises_but_for_binary(data):
    try:
        assert isinstance(decode(data, "fuzz.bin"), str)
    except Exception as error:  # noqa: BLE001
        assert getattr(error, "reason", None) == "binary", error


@given(st.one_of(st.binary(max_size=2000), texts().map(lambda t: t.encode("utf-8", "surrogatepass"))),
       st.sampled_from([".txt", ".html", ".jsonl", ".txt.gz", ".jsonl.gz", ".md"]), st.booleans())
@settings(max_examples=60)
def test_ingest_never_raises_and_names_the_file(data, suffix, wrap):
    if wrap and suffix.startswith(".html"):
        data = b"<html><body><article><p>" + data + b"</p></article></body></html>"
    if wrap and suffix.startswith(".jsonl"):
        data = b'{"id": "x", "text": "' + data.replace(b"\\", b"\\\\").replace(b'"', b'\\"') + b'"}\n' + data
    if suffix.endswith(".gz") and wrap:
        data = gzip.compress(data)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        for item in read_inputs([str(path)]):
            assert isinstance(item, Document | Skipped)
            if isinstance(item, Skipped):
                assert str(path) in item.message and item.reason != "internal_error"
            else:
                assert isinstance(item.text, str) and item.text.strip()


TAGS = ["div", "p", "h1", "h2", "article", "main", "nav", "footer", "script", "style", "table", "tr", "td", "a", "b",
        "span", "ul", "li", "br", "img", "iframe", "svg", "template", "noscript", "pre", "code", "title", "meta"]


@st.composite
def html_pages(draw) -> str:
    """Markup of random shape: nested, unclosed and stray tags, attributes, entities, comments around the words."""
    parts = ["<html><head><title>", draw(texts(6)), "</title></head><body>"]
    for _ in range(draw(st.integers(0, 40))):
        tag = draw(st.sampled_from(TAGS))
        kind = draw(st.sampled_from(["open", "close", "text", "text", "attr", "entity", "comment", "deep"]))
        if kind == "open":
            parts.append(f"<{tag}>")
        elif kind == "close":
            parts.append(f"</{tag}>")
        elif kind == "attr":
            parts.append(f"<{tag} class=\"{draw(st.text(max_size=5))}\" href='javascript:x' onclick=\"y\">")
        elif kind == "entity":
            parts.append(draw(st.sampled_from(["&amp;", "&nbsp;", "&#0;", "&#x110000;", "&bogus;", "&", "&#65;"])))
        elif kind == "comment":
            parts.append(draw(st.sampled_from(["<!-- c -->", "<!--", "<![CDATA[x]]>", "<?php ?>", "<!DOCTYPE x>"])))
        elif kind == "deep":
            depth = draw(st.integers(1, 400))
            parts.append(f"<{tag}>" * depth + draw(texts(10)) + f"</{tag}>" * draw(st.integers(0, depth)))
        else:
            parts.append(draw(texts(20)))
    return "".join(parts)


@given(html_pages())
@settings(max_examples=60)
def test_html_extraction_gives_text_or_a_reason_never_an_exception(html):
    try:
        text, meta = extract_html(html, "fuzz.html")
    except InputError as error:
        assert error.reason in {"no_text", "too_complex", "bad_html"} and "fuzz.html" in str(error)
        return
    assert text.strip() and set(meta) == {"title", "published", "url"}


@given(texts(120))
def test_cleaning_and_layout_never_raise_and_spans_stay_inside(text):
    cleaned = clean_text(text)
    assert isinstance(cleaned.text, str)
    sections = split_sections(cleaned.text)
    _inside([(s.start, s.end) for s in sections], cleaned.text)
    _inside([s.heading_span for s in sections if s.heading_span], cleaned.text)
    sentences = split_sentences(cleaned.text, sections)
    _inside([(s.start, s.end) for s in sentences], cleaned.text)
    assert all(0 <= s.section < max(1, len(sections)) for s in sentences)


@given(texts(), dcts, modes)
def test_time_tagger_never_raises_and_spans_are_the_text(text, dct, mode):
    for timex in time.tag(text, dct=dct, mode=mode):
        _inside([(timex.start, timex.end)], text)
        assert text[timex.start : timex.end] == timex.text
        if timex.begin and timex.until and not timex.begin.startswith("-"):
            assert timex.begin <= timex.until, timex
        time.timex_record(timex)
        time.event_date(timex)


@given(texts())
def test_actor_matcher_never_raises_and_spans_are_the_text(text):
    for mention in actors.find_mentions(text):
        _inside([(mention.start, mention.end)], text)
        assert text[mention.start : mention.end] == mention.text
        assert mention.entity


@given(texts(), dcts, modes)
@settings(max_examples=60)
def test_event_coder_gives_events_valid_against_the_schema(text, dct, mode):
    settings_ = pipeline.DEFAULT.with_values(mode=mode)
    doc = Document(id="", origin="fuzz.txt", text=text)
    try:
        doc = pipeline.process(doc, settings_, dct if dct and dct[:4].isdigit() else None)
    except Exception as error:  # noqa: BLE001 - only the reasons a document is refused for are allowed
        assert getattr(error, "reason", None) == "no_text", repr(error)
        return
    _inside([(s.start, s.end) for s in doc.sentences], doc.text)
    for event in doc.events:
        assert check_event(event, doc.text) == []


def test_the_schema_refuses_what_breaks_the_contract():
    good = {"id": "0123456789abcdef", "doc": "a.txt", "date": "1933-11", "date_text": "November 1933", "source": "USA",
            "target": "SUN", "actors": ["USA", "SUN"], "type": "COOPERATE", "cameo": "064", "goldstein": 7.0, "quad": 1,
            "polarity": "cooperation", "evidence": "x", "span": [0, 1]}
    assert validate_event(good) == []
    assert any("missing required key 'span'" in p for p in validate_event({k: v for k, v in good.items() if k != "span"}))
    assert validate_event({**good, "date": "November 1933"})
    assert validate_event({**good, "polarity": "friendly"})
    assert validate_event({**good, "span": [3]})
    assert validate_event({**good, "goldstein": 11})
    assert validate_event({**good, "cameo": "999999"})
