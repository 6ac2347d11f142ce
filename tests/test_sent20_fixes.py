"""General forms found on the sent20 labelled rows (tests/data/event_sentences.jsonl, split sent20: news-wire and
press-release language), shown on sentences of our own about other pairs and years: a wire's relative time words
("today", "yesterday", "on Monday", "last week") set between a verb and the rest of its phrase ("agreed today to
reopen") leave the phrase whole; a closing tag "..., officials fear." is no disapproval; a promise told inside
"whether" is a choice left open; an agreement a state is "near" or "close to" is not yet made, and "close to" is no
verb "to close"; and the vocabulary of a line of credit given, troops ordered out of a place, and
an act a state regards as an act of war."""

from __future__ import annotations

import pytest

from detente import extract_text


def _coded(text: str, dct: str | None = None) -> set[tuple]:
    return {(e.source, e.target, e.cameo) for e in extract_text(text, dct=dct)}


def _dated(text: str, dct: str | None = None) -> set[tuple]:
    return {(e.source, e.target, e.cameo, e.date) for e in extract_text(text, dct=dct)}


# "agreed today to reopen": the time words sit between "agreed" and "to"; the intent is read as without them, not
# as an agreement signed (057), and dated by the dateline.
@pytest.mark.parametrize("text, expected", [
    ("Ghana and Togo agreed today to reopen their border.", ("GHA", "TGO", "030", "1975-03-04")),
    ("Peru agreed on Monday to release the Chilean fishermen.", ("PER", "CHL", "030", "1975-03-03")),
    ("Ghana and Togo agreed last week to reopen their border.", ("GHA", "TGO", "030", None)),
])
def test_a_wire_time_word_between_a_verb_and_its_phrase(text, expected):
    dated = _dated(text, dct="1975-03-04")
    assert {event[:3] for event in dated} == {expected[:3]}
    if expected[3] is not None:
        assert expected in dated


def test_a_plain_agreement_after_a_time_word_stays_one():
    assert ("GHA", "TGO", "057") in _coded("Ghana and Togo agreed today on a new border line.", dct="1975-03-04")


# "..., Iraqi officials fear.": a closing tag whose object is the clause before it (an act that may come); no one
# disapproves of anyone. A fear with its own object keeps its reading.
def test_a_closing_fear_tag_codes_nothing():
    assert _coded("Iran could carry out a second test within weeks, Iraqi intelligence officials fear.") == set()
    assert _coded("Libya could close its border within days, Egyptian officials fear.") == set()


# "has not yet said whether it will recognize Belize": a choice left open, no promise (032) made.
@pytest.mark.parametrize("text", [
    "Mexico has not yet said whether it will recognize Belize.",
    "Peru has not yet said whether it will send troops to Ecuador.",
])
def test_a_promise_inside_whether_is_no_act(text):
    assert _coded(text) == set()


def test_a_promise_stated_outside_whether_is_kept():
    assert ("MEX", "BLZ", "032") in _coded("Mexico said it will recognize Belize.")


# An agreement a state is near or close to is not yet made; "close to" is the adjective, nothing closed.
@pytest.mark.parametrize("text", [
    "Chile, Bolivia said to be near border pact",
    "Chile and Bolivia are near a border pact.",
    "Chile and Bolivia are close to a border pact, officials said.",
])
def test_an_agreement_near_or_close_is_not_made(text):
    assert _coded(text) == set()


def test_an_agreement_signed_near_a_place_is_kept():
    assert ("CHL", "BOL", "057") in _coded("Chile and Bolivia signed a border pact near Arica in 1929.")
    assert ("CHL", "BOL", "191") in _coded("Chile closed its border to Bolivian trucks in 1978.")


# Vocabulary of the wire.
@pytest.mark.parametrize("text, expected", [
    ("Japan has given Burma a 50 million dollar line of credit, the Burmese treasury said.", ("JPN", "MMR", "071")),
    ("Syria ordered its forces out of Lebanon in April 2005.", ("SYR", "LBN", "0874")),
    ("Mexico regards the Guatemalan claim as an act of war.", ("MEX", "GTM", "138")),
])
def test_wire_vocabulary(text, expected):
    assert expected in _coded(text)


# An unnamed crowd that marches, rallies or demonstrates "in protest at" another state's act, in or through a capital,
# protests for the capital's state; a march over no state's act, or troops marching through a capital, is none.
@pytest.mark.parametrize("text, expected", [
    ("Thousands marched through Lima today in protest at Chile's new maritime law.", ("PER", "CHL", "141")),
    ("Hundreds of thousands rallied in Quito yesterday in protest over the Peruvian raid.", ("ECU", "PER", "141")),
])
def test_a_crowd_marching_in_protest_through_a_capital(text, expected):
    assert expected in _coded(text, dct="2005-03-26")


@pytest.mark.parametrize("text", [
    "Workers marched in Lima in protest at rising prices.",
    "Chilean troops marched through Lima in 1881.",
])
def test_a_march_with_no_state_protested_is_none(text):
    assert not any(cameo == "141" for _, _, cameo in _coded(text, dct="2005-03-26"))


# An inspection allowed names the inspector after "by"; "will not allow" it is a refusal; a treaty's leave is no act.
@pytest.mark.parametrize("text, expected", [
    ("Iraq says it will not allow any inspection of its sites by the United Nations.", ("IRQ", "UN", "120")),
    ("Iraq allowed an inspection of its reactor by the IAEA in May 1991.", ("IRQ", "IAEA", "086")),
])
def test_an_inspection_allowed_or_refused(text, expected):
    assert expected in _coded(text, dct="1991-10-29")


def test_an_inspection_a_treaty_allows_is_no_act():
    assert _coded("The treaty allows inspections of missile bases.") == set()


@pytest.mark.parametrize("text, expected", [
    ("The Greek navy and the Turkish navy held their first joint search and rescue drill off Crete last November.",
     ("GRC", "TUR", "062")),
    ("Chilean forces landed on the islands today and took control of Lima.", ("CHL", "PER", "192")),
    ("The United States has begun flying automatic weapons and ammunition to Israel.", ("USA", "ISR", "072")),
])
def test_more_wire_vocabulary(text, expected):
    assert expected in _coded(text, dct="2004-03-03")


def test_control_of_a_body_taken_is_no_seizure():
    assert _coded("The general took control of the army in 1999.") == set()


def test_interest_sections_opened():
    assert ("EGY", "IRN", "050") in _coded("Egypt opened an interests section in Tehran in 1977.")
