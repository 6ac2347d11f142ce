"""Appositions between a subject and its verb (tune32's README, "left open"), shown on texts of our own about other
pairs and years: a phrase set off by commas that describes the state before it is no party to the main clause, and a
subject listed after it (", and Y signed") is the second party."""

from __future__ import annotations

import pytest

from detente import extract_text


def _pairs(text: str) -> set[tuple]:
    return {(e.source, e.target, e.cameo[:2], e.date) for e in extract_text(text, origin="<text>")}


@pytest.mark.parametrize("text, expected, outside", [
    ("Chile, a former colony of Spain, and Peru signed a treaty in 1929.", {"CHL", "PER"}, "ESP"),
    ("Estonia, then an ally of Finland, and Latvia signed a defence pact in 1923.", {"EST", "LVA"}, "FIN"),
    ("Uzbekistan, the most populous successor state of the Soviet Union, and India established diplomatic "
     "relations in 1992.", {"UZB", "IND"}, "SUN"),
])
def test_an_apposition_to_the_first_subject_keeps_the_list_of_subjects(text, expected, outside):
    events = extract_text(text, origin="<text>")
    assert {frozenset((e.source, e.target)) for e in events} == {frozenset(expected)}, events
    assert not any(outside in e.actors for e in events)


def test_each_subject_around_an_apposition_acts_against_the_object():
    pairs = _pairs("Estonia, then an ally of Finland, and Latvia invaded Lithuania in 1923.")
    assert {(s, t) for s, t, *_ in pairs} == {("EST", "LTU"), ("LVA", "LTU")}


def test_a_describing_phrase_right_before_the_verb_is_no_subject():
    # the demonym in the apposition ("British") is no doer: the state before the phrase is
    assert {(s, t) for s, t, *_ in _pairs("Ghana, once a British colony, signed a treaty with Guinea in 1958.")} \
        == {("GHA", "GIN")}


def test_a_name_between_commas_is_an_item_of_the_list_not_an_apposition():
    # "the United States" describes nothing: it is the list's second item, never dropped while the first is kept
    sources = {e.source for e in extract_text("Britain, the United States, and France signed a treaty with Japan in 1930.",
                                              origin="<text>")}
    assert "FRA" in sources and ("GBR" not in sources or "USA" in sources), sources


def test_a_persons_office_between_commas_still_names_whom_the_person_acts_for():
    # the state in a describing phrase after a state is no party; after a person, it is the one the person acts for
    assert {(s, t) for s, t, *_ in _pairs("Sam Nujoma, then leader of SWAPO, visited Havana in 1985.")} == {("SWAPO", "CUB")}


@pytest.mark.parametrize("text", [
    "Britain, France, and Italy signed a naval agreement with Japan in 1930.",
    "In 1930 Britain, France, and Italy signed a naval agreement with Japan.",
])
def test_a_serial_comma_before_the_last_subject_opens_no_clause(text):
    # ", and Italy" after a list of names is the list's last item, not a new clause: every state of it acts
    assert {(s, t) for s, t, *_ in _pairs(text)} == {("GBR", "JPN"), ("FRA", "JPN"), ("ITA", "JPN")}


def test_a_list_of_objects_before_a_serial_comma_is_no_list_of_subjects():
    # the names after a verb are its objects; "and Vietnam invaded" is a clause of its own
    pairs = {(s, t) for s, t, *_ in _pairs("China recognized Laos, Cambodia, and Vietnam invaded Thailand in 1979.")}
    assert ("VNM", "THA") in pairs and not {("LAO", "THA"), ("KHM", "THA")} & pairs
