"""evopen10: a verb after "and" whose subject is the clause's, not a demonym in the object before it; a fight against
a disease, a pest or a crime is no attack on a state. Sentences of our own."""

from __future__ import annotations

import pytest

from detente import extract_text


def _acts(text: str) -> list[tuple]:
    return [(e.source, e.target, e.cameo) for e in extract_text(text, origin="t.txt")]


@pytest.mark.parametrize("text, source, target", [
    ("In 1961 Kuwait feared an Iraqi invasion and asked Britain for help.", "KWT", "GBR"),
    ("In 1990 Saudi Arabia dreaded an Iraqi attack and invited American troops.", "SAU", "USA"),
    ("In 1971 Pakistan expected an Indian offensive and appealed to China for support.", "PAK", "CHN"),
    ("In 1983 Chad faced a Libyan incursion and requested French troops.", "TCD", "FRA"),
])
def test_a_verb_after_and_keeps_the_clause_subject_not_a_demonym_in_its_object(text, source, target):
    acts = _acts(text)
    assert acts and all(act[:2] == (source, target) for act in acts), acts


@pytest.mark.parametrize("text", [
    "In 1962 India feared a war and the Chinese army attacked Ladakh.",
    "In 1962 India feared a war, and Chinese troops attacked its posts in Ladakh.",
])
def test_a_demonym_that_opens_the_clause_after_and_is_still_its_subject(text):
    # the rule reads only a demonym in the object of the verb before "and"; a subject of its own keeps it
    assert ("CHN", "IND", "190") in _acts(text)


@pytest.mark.parametrize("text", [
    "In 2001 Britain asked the Netherlands for help to fight foot-and-mouth disease.",
    "In 2014 Cuba sent doctors to Sierra Leone to fight the Ebola epidemic.",
    "In 1979 Mexico fought a cholera epidemic with American help.",
    "In 1995 Thailand and Burma fought the drug trade together.",
    "In 1990 Colombia fought the drug cartels with US aid.",
    "In 1988 Mexico and the United States agreed to cooperate in a war on drugs.",
    "In 2009 India and Somalia fought against piracy in the Gulf of Aden.",
])
def test_a_fight_against_a_disease_pest_or_crime_is_no_attack(text):
    acts = _acts(text)
    assert not any(act[2][:2] in ("18", "19", "20") for act in acts), acts


@pytest.mark.parametrize("text, source, target", [
    ("In 1965 India fought Pakistan over Kashmir.", "IND", "PAK"),
    ("In 1979 China fought a border war against Vietnam.", "CHN", "VNM"),
    ("In 1991 the United States fought Iraq to free Kuwait.", "USA", "IRQ"),
])
def test_a_fight_against_a_state_is_still_an_attack(text, source, target):
    acts = _acts(text)
    assert any(act[:2] == (source, target) and act[2][:2] == "19" for act in acts), acts


@pytest.mark.parametrize("text, target, cameo", [
    ("In 1973 the non-aligned summit in Algiers condemned Israel.", "ISR", "110"),
    ("In 1976 the non-aligned summit in Colombo denounced the United States.", "USA", "110"),
    ("In 1986 the nonaligned summit at Harare criticized South Africa.", "ZAF", "110"),
])
def test_a_body_named_in_lower_case_acts_through_its_summit_with_no_meeting_of_its_own(text, target, cameo):
    # the summit is where the body acted: no meeting between the body and the state it acted on
    assert _acts(text) == [("NON_ALIGNED", target, cameo)]


def test_a_summit_that_only_met_is_still_a_meeting():
    acts = _acts("In 1986 the Soviet-American summit in Reykjavik ended without agreement.")
    assert [act[2] for act in acts] == ["043"], acts
