"""General forms found on the long pages of tests/data/other_pairs/tune25/ (README.md there), shown on sentences of
our own about other pairs and years: each text with the events it must (or must not) give."""

from __future__ import annotations

import pytest

from detente import extract_text


def _codes(text: str) -> set[tuple]:
    return {(e.source, e.target, e.cameo) for e in extract_text(text)}


def _dated(text: str) -> set[tuple]:
    return {(e.source, e.target, e.cameo, e.date) for e in extract_text(text)}


# A date that opens the sentence ("In October 1986 ..."), or the clause after a lead-in and a colon, frames every clause
# after it that names no date of its own: the second act is not dated by the section's heading.
@pytest.mark.parametrize("text, expected", [
    ("Reform and 1989\n\nIn October 1986 Erich Honecker made a state visit to China, and the two parties restored their "
     "ties.", ("DDR", "CHN", "054", "1986-10")),
    ("The thaw and 1990\n\nThe reforms drew Hanoi back: in November 1977 Pham Van Dong visited Moscow, and the two "
     "governments signed a trade agreement.", ("VNM", "SUN", "057", "1977-11")),
    ("Normalization (1978)\n\nIn March 1975 the Thai foreign minister visited Beijing, and the two sides agreed to "
     "exchange ambassadors.", ("THA", "CHN", "032", "1975-03")),
])
def test_a_fronted_date_frames_the_clauses_after_it(text, expected):
    assert expected in _dated(text)


def test_a_clause_told_later_is_not_framed_by_the_fronted_date():
    dated = _dated("Years of war, 1980-1988\n\nIn July 1972 Anwar Sadat expelled the Soviet advisers, and Egypt later "
                   "broke off relations with Libya.")
    assert not [d for d in dated if d[:2] == ("EGY", "LBY") and d[3] == "1972-07"]


def test_a_later_clause_with_its_own_date_keeps_it():
    dated = _dated("Crisis years\n\nIn March 1962 Ne Win seized power in Burma, and India protested to Rangoon in "
                   "June 1964.")
    assert [d for d in dated if d[:2] == ("IND", "MMR") and d[3] == "1964-06"]


# A visit, a trip or meetings cancelled or called off: a meeting refused (125), on the state whose visitor or officials
# were to come.
@pytest.mark.parametrize("text, expected", [
    ("In 1990 Beijing cancelled a visit by the French prime minister.", ("CHN", "FRA", "125")),
    ("In May 1998 Pakistan called off a meeting with Indian officials.", ("PAK", "IND", "125")),
    ("In 1986 Nicaragua cancelled the visits of two Honduran ministers.", ("NIC", "HND", "125")),
    ("In 2008 China called off several meetings with French officials in protest.", ("CHN", "FRA", "125")),
])
def test_a_cancelled_visit_or_meeting_is_refused(text, expected):
    assert expected in _codes(text)


# A medical, relief or rescue brigade or mission sent to a state is aid, as a medical team is.
@pytest.mark.parametrize("text, expected", [
    ("In October 2005 Cuba sent a medical brigade to Pakistan.", ("CUB", "PAK", "073")),
    ("After the earthquake of January 2010 Venezuela sent a rescue mission to Haiti.", ("VEN", "HTI", "073")),
    ("In 1999 Greece sent relief brigades to Turkey.", ("GRC", "TUR", "073")),
])
def test_a_medical_brigade_sent_is_aid(text, expected):
    assert expected in _codes(text)


def test_an_armoured_brigade_sent_is_no_aid():
    assert not [c for c in _codes("In 1979 Vietnam sent an armoured brigade to Cambodia.") if c[2] == "073"]


# "charge" after "of" or "in" is the noun ("free of charge", "in charge of"): no accusation; the verb still accuses.
@pytest.mark.parametrize("text", [
    "From 1999 Cuban medical schools trained hundreds of young Bolivians free of charge.",
    "In 1975 the Indian general in charge of the border met Chinese officers at Nathu La.",
    "Japan trained Thai engineers free of charge in the 1980s, and Thailand bought Japanese trucks.",
])
def test_charge_as_a_noun_accuses_no_one(text):
    assert not [c for c in _codes(text) if c[2] == "112"]


@pytest.mark.parametrize("text, expected", [
    ("In 1962 India charged China with aggression.", ("IND", "CHN", "112")),
    ("In 1985 the Libyan officer in charge of the mission charged Chad with aggression.", ("LBY", "TCD", "112")),
])
def test_the_verb_charge_still_accuses(text, expected):
    assert expected in _codes(text)


# People on the move are no state: a count written in figures ("about 125,000 Cubans") or people "of Indian origin",
# "of Asian descent" who leave a country; a state or its troops that leave still act.
@pytest.mark.parametrize("text", [
    "By October 1980 about 125,000 Cubans had left for the United States.",
    "In 1964 some three hundred thousand people of Indian origin left Burma.",
    "In 1972 about 50,000 people of Asian descent left Uganda for Britain.",
])
def test_people_on_the_move_are_no_state(text):
    assert not extract_text(text)


@pytest.mark.parametrize("text, expected", [
    ("In 1976 Egyptian troops left Syria.", ("EGY", "SYR", "087")),
    ("In 1980 Cuba left the talks with the United States.", ("CUB", "USA", "087")),
])
def test_states_and_troops_that_leave_still_act(text, expected):
    assert expected in _codes(text)


# "defeat" (or "rout") as a noun after a possessive or a demonym names what that state suffered, not who beat it: no
# assault is coded on another state of the sentence; "X's defeat of Y" and the verb still tell the act.
@pytest.mark.parametrize("text", [
    "After Japan's defeat in 1945 China recovered Taiwan.",
    "After the French defeat at Dien Bien Phu in 1954, India recognized North Vietnam.",
    "In 1991, after Iraq's rout in Kuwait, Syria restored relations with Egypt.",
])
def test_a_states_defeat_names_no_victor(text):
    assert not [c for c in _codes(text) if c[2].startswith("19")]


@pytest.mark.parametrize("text, expected", [
    ("In 1896 Ethiopia's defeat of Italy at Adwa ended the war.", ("ETH", "ITA", "190")),
    ("In 1967 Israel defeated Egypt.", ("ISR", "EGY", "190")),
])
def test_a_named_victor_still_defeats(text, expected):
    assert expected in _codes(text)
