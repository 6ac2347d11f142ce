"""The act the words name where a head word's general sense used to win (types2), shown on sentences of our own about
other pairs and years: regret over a death or a loss is an apology, not a criticism; a ceasefire agreed with no
"to" is a truce, not an intent; trade banned with a state is an embargo, never trade; talks that broke up are a
halt of negotiations; experts or engineers withdrawn from a state are aid cut, not a retreat."""

from __future__ import annotations

import pytest

from detente import extract_text


def _codes(text: str) -> set[tuple]:
    return {(e.source, e.target, e.cameo) for e in extract_text(text, origin="<text>")}


@pytest.mark.parametrize("text, expected", [
    ("Oslo expressed regret over the death of the Danish sailor in March 1971.", {("NOR", "DNK", "055")}),
    ("Norway expressed regret over the sinking of the Danish trawler in March 1971.", {("NOR", "DNK", "055")}),
    ("Tokyo expressed regret over the loss of the Australian pilot in 1988.", {("JPN", "AUS", "055")}),
])
def test_regret_over_a_death_or_a_loss_is_an_apology(text, expected):
    assert _codes(text) == expected
    # regret over the other's own act stays a criticism
    assert _codes("Oslo expressed regret over the Danish decision in March 1971.") == {("NOR", "DNK", "110")}


@pytest.mark.parametrize("text", [
    "Ecuador and Peru agreed a ceasefire in February 1995.",
    "Ecuador and Peru agreed on 3 February 1995 to stop firing.",
])
def test_a_ceasefire_agreed_is_a_truce(text):
    assert _codes(text) == {("ECU", "PER", "0871")}


def test_trade_banned_with_a_state_is_an_embargo_not_trade():
    assert _codes("Bolivia banned trade with Chile in 1978.") == {("BOL", "CHL", "163")}


def test_talks_that_broke_up_are_a_halt_of_negotiations():
    assert {code for *_, code in _codes("In June 1966 the talks between Ghana and Togo broke up without agreement.")} \
        == {"164"}


def test_experts_withdrawn_from_a_state_are_aid_cut():
    assert _codes("Some 300 Czechoslovak engineers were withdrawn from Ghana in 1966.") == {("CSK", "GHA", "162")}
    # engineers who stay and build keep their aid
    assert {code for *_, code in _codes("Czechoslovak engineers built a dam in Ghana in 1966.")} == {"070"}


@pytest.mark.parametrize("text, expected", [
    ("The Chilean president condemned the bombing and expressed his regret to Argentina in May 1983.",
     {("CHL", "ARG", "055")}),
    ("Lima condemned the bombing and sent its condolences to Bogota in 1993.", {("PER", "COL", "051")}),
])
def test_a_blow_condemned_beside_sympathy_for_its_victim_is_no_accusation_of_the_victim(text, expected):
    assert _codes(text) == expected
    # a blow condemned beside a measure against the other stays an accusation
    assert ("URY", "BRA", "110") in _codes("Uruguay condemned the attack and expelled the Brazilian ambassador in 1990.")


@pytest.mark.parametrize("text", [
    "Swedish aid to Vietnam was suspended in 1979.",
    "In 1979 Stockholm ended all its remaining economic and technical aid to Hanoi.",
])
def test_aid_told_as_stopped_is_aid_cut(text):
    assert _codes(text) == {("SWE", "VNM", "162")}
    # aid sent beside another measure keeps its aid
    assert ("SWE", "VNM", "070") in _codes("Sweden sent aid to Vietnam and suspended its trade with China in 1979.")


@pytest.mark.parametrize("text, expected", [
    ("Seoul said 20 Japanese military aircraft had crossed into its air defence zone in March 2019.",
     {("JPN", "KOR", "150")}),
    ("Ankara expressed regret over the downed Syrian jet in 2012.", {("TUR", "SYR", "055")}),
    ("Paris barred French citizens from travelling to Libya in 1986.", {("FRA", "LBY", "172")}),
])
def test_the_act_of_the_whole_phrase_beats_its_head_word(text, expected):
    assert _codes(text) == expected
    # troops crossing into a state by land stay an attack
    assert _codes("Chinese troops crossed into Vietnam in February 1979.") == {("CHN", "VNM", "190")}


@pytest.mark.parametrize("text, expected", [
    ("Kenya handed over the rebel leader Joseph Kony to Uganda in March 2010.", {("KEN", "UGA", "063")}),
    ("Turkey handed over nine suspected militants to Iraq in June 2012.", {("TUR", "IRQ", "063")}),
    ("Nasser called on Tito at his residence on Brioni in July 1956.", {("EGY", "YUG", "042")}),
])
def test_people_handed_over_and_a_leader_called_on_at_home(text, expected):
    assert _codes(text) == expected
    # a territory handed over and a call on a state to act keep their acts
    assert _codes("Portugal handed over Macau to China in December 1999.") == {("PRT", "CHN", "0842")}
    assert _codes("Nasser called on Tito to support the resolution in July 1956.") == {("EGY", "YUG", "020")}


@pytest.mark.parametrize("text, expected", [
    ("After the bombing Ankara pressed Baghdad in 1995 to hand over the Kurdish militants still living in Iraq.",
     {("TUR", "IRQ", "1013")}),
    ("Turkey asked Syria in 1998 to hand over the Kurdish rebel leader.", {("TUR", "SYR", "0213")}),
])
def test_people_asked_for_are_a_demand_or_an_appeal_for_judicial_cooperation(text, expected):
    assert _codes(text) == expected


@pytest.mark.parametrize("text", [
    "The Yugoslav leader landed yesterday at Leningrad after a flight from Belgrade in a Soviet airliner.",
    "On 2 May 1999 a Japanese air force plane landed at Dhaka with an envoy, doctors and medicines.",
])
def test_a_visitor_or_a_relief_flight_landing_is_no_attack(text):
    assert not any(code.startswith("19") for *_, code in _codes(text))
    # troops landing stay an attack
    assert _codes("Turkish troops landed in northern Cyprus on 20 July 1974.") == {("TUR", "CYP", "190")}
