"""Decision 6 (tests/data/other_pairs/CONVENTIONS.md) in the coder, shown on texts of our own: a change of a state's
regime or existence told as done with a date is one event of that state alone; an overthrow or a deposition is a
coup (conflict); a change named by its noun ("the revolution of 1959", "its independence in 1960") is an event only
with a date in the phrase; an independence "from" the old state is the new state's alone."""

from __future__ import annotations

import pytest

from detente import extract_text


def _changes(text: str) -> set[tuple]:
    return {(e.source, e.target, e.cameo, e.polarity, e.date) for e in extract_text(text, origin="<text>")
            if e.cameo[:2] == "D0"}


@pytest.mark.parametrize("text, expected", [
    ("In November 1968 the army overthrew President Keita of Mali.", ("MLI", None, "D02", "conflict", "1968-11")),
    ("Colonel Bokassa overthrew the government of the Central African Republic on 1 January 1966.",
     ("CAF", None, "D02", "conflict", "1966-01-01")),
    ("The army deposed King Idris of Libya in September 1969.", ("LBY", None, "D02", "conflict", "1969-09")),
])
def test_an_overthrow_of_a_states_own_government_is_a_coup(text, expected):
    assert _changes(text) == {expected}


@pytest.mark.parametrize("text, expected", [
    ("Mongolia's democratic revolution of 1990 opened the country to visitors.", ("MNG", "D01", "1990")),
    ("The 1979 revolution in Iran ended the monarchy.", ("IRN", "D01", "1979")),
    ("The Portuguese revolution of April 1974 ended the war in Africa.", ("PRT", "D01", "1974-04")),
    ("Tanganyika's independence in December 1961 came without bloodshed.", ("TZA", "D04", "1961-12")),
    ("Jamaica's independence of August 1962 was celebrated in Kingston.", ("JAM", "D04", "1962-08")),
])
def test_a_change_named_by_its_noun_with_a_date_is_an_event_of_that_state(text, expected):
    code, cameo, date = expected
    assert _changes(text) == {(code, None, cameo, "neutral", date)}


@pytest.mark.parametrize("text", [
    "After the revolution, Mongolia turned to Moscow for loans.",
    "After independence, Tanganyika kept the colonial border.",
    "The Mexican war of independence in 1810 began in a village church.",
    "The revolution brought a new government to Iran.",
])
def test_the_noun_without_a_date_names_an_era_not_a_change(text):
    assert not _changes(text)


@pytest.mark.parametrize("text, code", [
    ("In 1993 Eritrea declared its independence from Ethiopia.", "ERI"),
    ("Guinea became independent from France in October 1958.", "GIN"),
])
def test_an_independence_from_the_old_state_is_the_new_states_alone(text, code):
    changes = _changes(text)
    assert {(source, target) for source, target, *_ in changes} == {(code, None)}


@pytest.mark.parametrize("text, expected", [
    ("In February 1963 the army toppled the government of Togo.", ("TGO", "D02", "1963-02")),
    ("Siad Barre, who seized power in Somalia in October 1969, later broke with Moscow.", ("SOM", "D02", "1969-10")),
])
def test_a_dated_coup_told_in_passing_is_an_event(text, expected):
    code, cameo, date = expected
    assert (code, None, cameo, "conflict", date) in _changes(text)


@pytest.mark.parametrize("text", [
    "Crowds toppled a statue of the king in Lisbon in 1974.",
    "The colonels who seized power stayed on good terms with Washington.",
    "The generals who deposed the president in March 1964 distrusted Havana.",
])
def test_no_coup_without_a_government_overthrown_or_a_date_and_state(text):
    assert not _changes(text)


@pytest.mark.parametrize("text", [
    "In June 1960 the Nigerian Independence Act passed the Commons.",
    "In 1961 the 1952 revolution museum opened in Cairo.",
])
def test_a_thing_named_after_the_change_is_no_change(text):
    assert not _changes(text)


@pytest.mark.parametrize("text, expected", [
    ("Sri Lanka became a republic on 22 May 1972 and stayed in the Commonwealth.", ("LKA", "1972-05-22")),
    ("Malta was declared a republic in December 1974, and its ties with Libya grew.", ("MLT", "1974-12")),
])
def test_a_republic_proclaimed_is_a_change_of_that_state(text, expected):
    code, date = expected
    assert (code, None, "D04", "neutral", date) in _changes(text)


def test_each_state_declaring_its_independence_declares_it_alone():
    assert {(s, t) for s, t, *_ in _changes("Estonia and Latvia each declared independence from the Soviet Union in "
                                               "1990.")} == {("EST", None), ("LVA", None)}
