"""roles8: who did it to whom. Sentences of our own about other pairs, years and words."""

from __future__ import annotations

import pytest

from detente import extract_text


def _pairs(text: str) -> set[tuple[str, str | None]]:
    return {(event.source, event.target) for event in extract_text(text)}


@pytest.mark.parametrize(("text", "pair", "movement"), [
    # shelter given to a movement out of power (exiles, rebels) is aimed at the state it fled
    ("India granted asylum to the Dalai Lama in 1960.", ("IND", "CHN"), "TIBET_EXILE"),
    ("Nepal, which had given the Dalai Lama asylum in 1961, let his followers open a school the next year.",
     ("NPL", "CHN"), "TIBET_EXILE"),
    ("Costa Rica gave asylum to the Sandinistas in 1977.", ("CRI", "NIC"), "SANDINISTAS"),
    ("Thailand gave shelter to the Khmer Rouge in 1980.", ("THA", "KHM"), "KHMER_ROUGE"),
])
def test_shelter_to_a_movement_is_aimed_at_the_state_it_fled(text, pair, movement):
    pairs = _pairs(text)
    assert pair in pairs
    assert all(movement not in p for p in pairs)


@pytest.mark.parametrize(("text", "pair", "end"), [
    # a route closed after a strike on the closer answers the striker; the land the route leads to is no party
    ("When an American air strike killed 24 Pakistani soldiers in 2011, Pakistan closed the supply routes to Afghanistan.",
     ("PAK", "USA"), "AFG"),
    ("Soviet jets shot down a Pakistani plane in 1986. Islamabad closed the supply routes into Afghanistan the next day.",
     ("PAK", "SUN"), "AFG"),
])
def test_a_closed_route_answers_the_striker(text, pair, end):
    pairs = _pairs(text)
    assert pair in pairs
    assert (pair[0], end) not in pairs


def test_a_closed_route_with_no_act_told_keeps_its_end():
    assert ("PAK", "AFG") in _pairs("Pakistan closed the supply routes to Afghanistan in 2011.")


@pytest.mark.parametrize(("text", "pair"), [
    # a listed pair's show of force or pull-back, where the sentence tells them at odds, is each toward the other
    ("The Peruvian and Ecuadorian armies moved towards the Cenepa valley in early 1995 as the two governments "
     "prepared for war.", ("PER", "ECU")),
    ("Indian and Chinese troops withdrew from the Depsang plain in 2013 after weeks of standoff.", ("IND", "CHN")),
])
def test_a_pair_at_odds_acts_toward_each_other(text, pair):
    pairs = _pairs(text)
    assert pair in pairs
    assert pair[::-1] in pairs


def test_allies_withdrawing_after_a_war_told_over_are_not_each_others_target():
    pairs = _pairs("Soviet and Cuban advisers withdrew in 1991 after the war.")
    assert ("SUN", "CUB") not in pairs
    assert ("CUB", "SUN") not in pairs


@pytest.mark.parametrize(("text", "source"), [
    # a weapons test whose sentence names the other state only as the owner of what it answers aims at no one
    ("North Korea conducted a nuclear test in October 2006, answering Japan's sanctions of that year.", "PRK"),
    ("In May 1998 India tested three nuclear devices in response to China's tests.", "IND"),
])
def test_a_test_answering_anothers_act_has_no_target(text, source):
    assert (source, None) in _pairs(text)


def test_a_test_fired_toward_anothers_coast_keeps_its_target():
    assert ("PRK", "JPN") in _pairs("North Korea test-fired a missile toward Japan's coast in 1998.")


def test_a_drill_before_anothers_election_keeps_its_target():
    pairs = _pairs("The Chinese air force staged exercises over the Taiwan Strait in January 2000 before Taiwan's "
                   "presidential election.")
    assert ("CHN", "TWN") in pairs


@pytest.mark.parametrize(("text", "pair"), [
    # a participle opening an aside right after a name and its comma tells what the name felt or suffered
    ("Chile, alarmed by Argentine rearmament, drew closer to Peru in the 1970s.", ("CHL", "ARG")),
    ("Norway, worried by Soviet naval power, drew closer to Britain in 1949.", ("NOR", "SUN")),
    ("Kuwait, invaded by Iraq in August 1990, appealed to the United Nations.", ("IRQ", "KWT")),
])
def test_a_participle_aside_after_a_name_is_a_passive(text, pair):
    pairs = _pairs(text)
    assert pair in pairs
    assert pair[::-1] not in pairs


def test_a_pair_pulling_back_after_a_third_states_mediation_acts_toward_each_other():
    pairs = _pairs("Peruvian and Ecuadorian troops withdrew from the disputed reef in 1995 after Brazilian mediation.")
    assert ("PER", "ECU") in pairs
    assert ("ECU", "PER") in pairs
    assert all("BRA" not in p for p in pairs)


def test_a_pair_withdrawing_from_a_named_land_keeps_it():
    pairs = _pairs("British and French troops withdrew from Port Said after American mediation.")
    assert ("GBR", "EGY") in pairs
    assert ("GBR", "FRA") not in pairs
