"""prec14 (issue 5, false events on the tuned pages): forms that made events no reader codes -- an alliance a state
sits in or one named again as a thing, a body's meeting paired with the state named as its host, a stance held
("opposed to", "kept opposing"), competing, "met" after the writer, a crowd or a thing, a "never" refusal dated by the
story around it, trade goods on the move -- shown on sentences of our own, each with look-alikes that keep theirs."""

from __future__ import annotations

import pytest

from detente import extract_text


def _acts(text: str) -> list[tuple]:
    return sorted((e.source or "", e.target or "", e.cameo, e.date or "") for e in extract_text(text))


TREATY = "Norway and Sweden signed a defence treaty in March 1951. "
TITLE = "Norway and Sweden\n\n"  # a page's title naming the pair


@pytest.mark.parametrize("text", [
    "In 1962 Norway sat in a Western alliance while Sweden stayed out of every bloc.",
    "Denmark, still inside two military alliances in 1975, did not join the Nordic pact with Sweden.",
    TREATY + "In 1985 the editor of Le Monde said that the Swedish navy was the heart of the alliance.",
    TREATY + "By 1991 the alliance was already a memory.",
    TREATY + "In 1962 the pact was unpopular in most of Scandinavia.",
    TREATY + "In 1979 both governments left the Nordic Defence Union, and the alliance, long an empty shell, was wound up.",
])
def test_an_alliance_in_being_is_no_alliance_made(text):
    acts = [a for a in _acts(text) if a[2] in ("050", "057") and a[3] != "1951-03"]
    assert acts == [], acts


@pytest.mark.parametrize("text, kept", [
    ("In 1954 Norway and Sweden concluded a secret alliance against Finland.", ("NOR", "SWE", "050", "1954")),
    (TREATY + "In 1955 the pact was signed in Oslo by Norway and Sweden.", ("NOR", "SWE", "057", "1955")),
    (TREATY + "In 1956 Norway and Sweden put the alliance into practice.", ("NOR", "SWE", "050", "1956")),
    ("In 1949 Norway's alliance with Britain was resented in Sweden.", ("NOR", "GBR", "050", "1949")),
])
def test_an_alliance_made_or_told_with_its_partner_keeps_its_event(text, kept):
    assert kept in _acts(text), _acts(text)


@pytest.mark.parametrize("text, body", [
    ("In November 2008 the Canadian prime minister flew to Lima for the APEC summit that Peru hosted, and he met "
     "President Alan García there.", "APEC"),
    ("In 1983 the summit of the Non-Aligned Movement that Peru had been due to host was moved to New Delhi.",
     "NON_ALIGNED"),
])
def test_a_bodys_meeting_is_no_meeting_with_the_state_named_as_its_host(text, body):
    acts = [a for a in _acts(text) if a[2] == "043" and body in a[:2]]
    assert acts == [], acts


def test_a_state_that_meets_a_body_at_its_summit_keeps_the_meeting():
    acts = _acts("In 2008 the Peruvian president attended the summit of the Non-Aligned Movement in Havana.")
    assert ("PER", "NON_ALIGNED", "042", "2008") in acts, acts


@pytest.mark.parametrize("text", [
    "In March 1986 the Swedish prime minister said that Sweden was firmly opposed to the Norwegian whaling quota.",
    "In 1988 Norway and Denmark went on opposing the Swedish dam in the Nordic Council.",
    "In 1990 Sweden kept opposing the Norwegian fishing zone.",
    "In 1986 the Norwegian government, which had opposed the Swedish plan since 1984, asked for talks.",
])
def test_a_stance_held_is_no_objection_made(text):
    acts = [a for a in _acts(text) if a[2] == "110"]
    assert acts == [], acts


@pytest.mark.parametrize("text, kept", [
    ("In 1986 Sweden opposed the Norwegian whaling quota.", ("SWE", "NOR", "110", "1986")),
    ("In May 1987 Norway objected to the Swedish dam.", ("NOR", "SWE", "111", "1987-05")),
])
def test_an_objection_made_keeps_its_event(text, kept):
    acts = _acts(text)
    assert any(a[:2] == kept[:2] and a[2][:2] == "11" and a[3] == kept[3] for a in acts), acts


@pytest.mark.parametrize("text", [
    "In 1994 Norwegian and Swedish skiers competed at the Lillehammer Games.",
    "In the 1990s Norway's salmon farms competed with Sweden's for the same buyers in France.",
])
def test_competing_is_no_disapproval(text):
    acts = [a for a in _acts(text) if a[2] == "110"]
    assert acts == [], acts


@pytest.mark.parametrize("text", [
    "In 1985 Norwegian and Swedish interests met again in the Barents Sea.",
    TITLE + "In June 1962 the Swedish king reached Oslo, where cheering crowds met him.",
    TITLE + "Many of the Swedish officers I met in Oslo in 1995 still spoke of the crisis.",
])
def test_a_meeting_of_no_state_is_no_meeting(text):
    acts = [a for a in _acts(text) if a[2] == "043"]
    assert acts == [], acts


@pytest.mark.parametrize("text, kept", [
    ("In 1972 the Norwegian prime minister met the Swedish prime minister in Oslo.", ("NOR", "SWE", "043", "1972")),
    ("In July 1988 Norway and the Swedish delegations met for the first time at Bergen.", ("NOR", "SWE", "043", "1988-07")),
])
def test_states_and_their_agents_that_meet_keep_the_meeting(text, kept):
    acts = _acts(text)
    assert any(set(a[:2]) == set(kept[:2]) and a[2:] == kept[2:] for a in acts), acts


def test_a_refusal_that_held_all_along_takes_no_date_from_the_story():
    text = (TITLE + "In March 1962 Norway and Sweden signed a fisheries agreement. "
            "Sweden never recognized the Norwegian claim to the Svalbard shelf.")
    acts = _acts(text)
    assert ("SWE", "NOR", "120", "") in acts, acts
    assert not [a for a in acts if a[2] == "120" and a[3]], acts


@pytest.mark.parametrize("text, kept", [
    ("In 1961 Oslo said it would never recognize the Swedish claim.", ("NOR", "SWE", "120", "1961")),
    ("In May 1965 Sweden refused to recognize the Norwegian zone.", ("SWE", "NOR", "120", "1965-05")),
])
def test_a_refusal_with_a_time_of_its_own_keeps_its_date(text, kept):
    assert kept in _acts(TITLE + text), _acts(TITLE + text)


@pytest.mark.parametrize("text", [
    "By the late 1990s cheap Swedish furniture and toys were pouring into Norway.",
    "Through the 1960s Swedish trucks and buses went on arriving at Norwegian ports.",
])
def test_goods_and_vehicles_on_the_move_are_no_visit_or_attack(text):
    acts = [a for a in _acts(TITLE + text) if a[2][:2] in ("04", "19")]
    assert acts == [], acts


@pytest.mark.parametrize("text, kept", [
    ("In June 1966 Swedish troops were pouring into Norway.", ("SWE", "NOR", "190", "1966-06")),
    ("In 1967 the Swedish prime minister went on to Oslo.", ("SWE", "NOR", "042", "1967")),
    ("In 1972 the Swedish foreign minister, Krister Rice, arrived in Oslo.", ("SWE", "NOR", "042", "1972")),
])
def test_troops_and_leaders_on_the_move_keep_their_events(text, kept):
    assert kept in _acts(TITLE + text), _acts(TITLE + text)
