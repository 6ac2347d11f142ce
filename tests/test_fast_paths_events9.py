"""The events stage's early exits (speed9) answer what the work they skip would answer: each is compared with the
plain path over hand-made sentences that reach both outcomes."""

from __future__ import annotations

from collections import Counter

import pytest

from detente import pipeline
from detente.events.dating import Timexes, coordinated_dates, datable
from detente.events.dedupe import merge_within
from detente.model import Document


def _prepared(text: str) -> Document:
    doc = Document(id="", origin="<test>", text=text)
    pipeline.clean(doc)
    pipeline.layout(doc)
    pipeline.tag_time(doc)
    pipeline.find_actors(doc)
    return doc


@pytest.mark.parametrize("text, verb", [
    ("Nixon met Brezhnev in Moscow in May 1972 and in Washington in June 1973.", "met"),
    ("France tested an atomic bomb in the Sahara in February 1960 and again in April 1960.", "tested"),
    ("Argentina and Chile signed a peace treaty in November 1984.", "signed"),
    ("Egypt expelled its Soviet advisers in July 1972, and Sadat flew to Jerusalem in November 1977.", "expelled"),
    ("In 1962 China attacked India along the border.", "attacked"),
])
def test_coordinated_dates_counted_by_bisection_equal_the_units_walk(text, verb):
    doc = _prepared(text)
    timexes = datable(doc)
    assert isinstance(timexes, Timexes)
    start = text.index(verb)
    trigger_span = (start, start + len(verb))
    sentence_span = (0, len(doc.text))
    # a plain list of the same expressions takes no shortcut: every unit of the clause is read
    plain = coordinated_dates(doc, list(timexes), sentence_span, trigger_span)
    fast = coordinated_dates(doc, timexes, sentence_span, trigger_span)
    assert [d.label for d in fast] == [d.label for d in plain]


def test_coordinated_dates_shortcut_still_finds_two_dates_after_the_verb():
    text = "Nixon met Brezhnev in Moscow in May 1972 and in Washington in June 1973."
    doc = _prepared(text)
    found = coordinated_dates(doc, datable(doc), (0, len(text)), (text.index("met"), text.index("met") + 3))
    assert [d.label for d in found] == ["1972-05", "1973-06"]


def test_merge_within_passes_a_lone_event_through_untouched():
    events = [event for event in pipeline.extract_text("Iran and Iraq signed a ceasefire in August 1988.")]
    assert len(events) == 1
    dropped: Counter = Counter()
    merged = merge_within(events, dropped)
    assert merged == events and merged is not events
    assert not dropped
    assert merge_within([], dropped) == []


@pytest.mark.parametrize("text", ["In 1979 China attacked and invaded Vietnam.", "In 1965 India attacked and invaded Pakistan."])
def test_merge_within_still_merges_two_verbs_for_one_act(text):
    doc = pipeline.process(Document(id="", origin="<test>", text=text))
    assert len(doc.events) == 1
    assert doc.meta["dropped"].get("merged_within_document") == 1  # two events came in, one went out
