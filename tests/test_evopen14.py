"""Relations told object first under a longer noun, a body's full name after "suspended from the", notes sent to a
list of states, and the proposal a letter makes: each on sentences of our own."""

from __future__ import annotations

import pytest

from detente import extract_text
from detente.events.triggers import find_triggers, tokenize


def _coded(text: str) -> list[tuple]:
    return [(e.source, e.target, e.cameo, e.date) for e in extract_text(text, origin="t.txt")]


def _dyads(text: str, cameo: str) -> set[tuple]:
    return {(s, t) for s, t, c, _ in _coded(text) if c == cameo}


# --- "diplomatic relations with Seoul were established by Moscow": the doer after "by", the other after "with" ------


@pytest.mark.parametrize("text, cameo, pair", [
    ("Diplomatic relations with Seoul were established by Moscow on 30 September 1990.", "054", ("SUN", "KOR")),
    ("In 1972 diplomatic relations with Bonn were established by Warsaw.", "054", ("POL", "DEU")),
    ("Diplomatic relations with Beijing were restored by Jakarta in August 1990.", "054", ("IDN", "CHN")),
    ("Diplomatic relations with Israel were broken by the Soviet Union in June 1967.", "161", ("SUN", "ISR")),
    ("Diplomatic ties with Israel were broken off by Guinea in June 1967.", "161", ("GIN", "ISR")),
])
def test_relations_under_a_modifier_told_object_first(text, cameo, pair):
    assert _dyads(text, cameo) == {pair}, _coded(text)


def test_talks_with_a_state_keep_their_owner():
    # the noun's owner before it is still the doer: the "with" read one word on changes nothing here
    assert ("IND", "PAK") in _dyads("India's talks with Pakistan broke down in 1972.", "164")


# --- "was suspended from the Organization of American States": the body's full name runs past the phrase ----------


@pytest.mark.parametrize("text, body, state", [
    ("Cuba was suspended from the Organization of American States in January 1962.", "OAS", "CUB"),
    ("Egypt was suspended from the League of Arab States in 1979.", "ARAB_LEAGUE", "EGY"),
    ("Syria was suspended from the Organisation of Islamic Cooperation in August 2012.", "OIC", "SYR"),
    ("Fiji was suspended from the Commonwealth of Nations in September 2009.", "COMMONWEALTH", "FJI"),
])
def test_a_body_named_in_full_suspends(text, body, state):
    assert (body, state) in _dyads(text, "160"), _coded(text)


def test_suspended_from_no_body_is_no_suspension():
    assert not [e for e in _coded("Cuba was suspended from the talks in 1962.") if e[2] == "160"]


# --- notes sent to a list of states: each listed state a target; a state after the participle is none --------------


@pytest.mark.parametrize("text, source, targets, root", [
    ("In March 1952 the Soviet Union sent notes to Britain, France and the United States proposing a peace treaty "
     "with Germany.", "SUN", {"GBR", "FRA", "USA"}, "03"),
    ("On 31 March 1954 Moscow sent notes to Washington, London and Paris proposing a collective security treaty for "
     "Europe.", "SUN", {"USA", "GBR", "FRA"}, "03"),
    ("In November 1958 the Soviet Union sent notes to the United States, Britain and France demanding that Berlin "
     "become a free city.", "SUN", {"USA", "GBR", "FRA"}, "10"),
])
def test_notes_to_a_list_reach_each_state(text, source, targets, root):
    aimed = {t for s, t, c, _ in _coded(text) if s == source and c[:2] == root}
    assert aimed == targets, _coded(text)


def test_a_long_gap_crosses_a_list_of_names_only():
    tokens = tokenize("Moscow sent notes to Britain, France and the United States proposing talks.")
    assert any(t.entry["cameo"] == "030" for t in find_triggers(tokens))
    # a comma that closes a clause is no list: the gap stops there
    tokens = tokenize("Moscow sent notes to Britain, and Paris replied by proposing talks.")
    assert not any(t.entry["cameo"] == "030" for t in find_triggers(tokens))


def test_a_note_that_demands_is_a_demand():
    assert ("CHN", "IND") in _dyads("In 1950 Beijing sent a message to New Delhi insisting on its claim to Tibet.", "100")


# --- "sent a letter to Eisenhower proposing a summit": the proposal is the act, the summit is not held -------------


@pytest.mark.parametrize("text, pair, held", [
    ("In January 1958 Bulganin sent a letter to Eisenhower proposing a summit.", ("SUN", "USA"), "043"),
    ("In April 1958 Eisenhower sent a letter to Khrushchev proposing technical talks on a test ban.", ("USA", "SUN"),
     "040"),
    ("In 1958 Eisenhower sent a letter to Khrushchev proposing a conference of experts.", ("USA", "SUN"), "043"),
])
def test_a_letter_proposing_a_meeting_is_an_offer_to_meet(text, pair, held):
    events = _coded(text)
    assert pair in _dyads(text, "036"), events
    assert not [e for e in events if e[2][:2] == held[:2]], events


# --- a vote on a resolution that condemns: a vote for it condemns, a vote against it or an abstention does not -----


@pytest.mark.parametrize("text, voter, condemned", [
    ("In January 1980 Cuba voted against the resolution condemning the Soviet intervention in Afghanistan.", "CUB", "SUN"),
    ("In November 1983 Jamaica voted against the resolution condemning the American invasion of Grenada.", "JAM", "USA"),
    ("In January 1980 India abstained on the resolution condemning the Soviet intervention in Afghanistan.", "IND", "SUN"),
])
def test_a_vote_against_a_condemnation_condemns_no_one(text, voter, condemned):
    assert (voter, condemned) not in _dyads(text, "110"), _coded(text)


def test_a_vote_for_a_condemnation_condemns():
    text = "In January 1980 China voted for the resolution condemning the Soviet invasion of Afghanistan."
    assert ("CHN", "SUN") in _dyads(text, "110"), _coded(text)


# --- "wrote to Eisenhower proposing a summit": a letter with no noun, coded by its participle -------------------------


@pytest.mark.parametrize("text, expected, not_held", [
    ("In January 1956 Bulganin wrote to Eisenhower proposing a treaty of friendship.", {("SUN", "USA")}, "057"),
    ("On 19 July 1958 Khrushchev wrote to Eisenhower proposing an immediate summit on the Middle East.",
     {("SUN", "USA")}, "043"),
])
def test_wrote_to_proposing_is_the_offer(text, expected, not_held):
    events = _coded(text)
    assert {(s, t) for s, t, c, _ in events if c[:2] == "03"} == expected, events
    assert not [e for e in events if e[2] == not_held], events


def test_wrote_to_urging_is_an_appeal_to_each():
    text = "In October 1962 U Thant wrote to Kennedy and Khrushchev urging a pause."
    assert _dyads(text, "020") == {("UN", "USA"), ("UN", "SUN")}, _coded(text)
