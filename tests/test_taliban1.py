"""taliban1: a movement that governed a state under its own name (movements.txt "GOV/named": the Taliban of 1996-2001
and from 2021) keeps its own code when named bare; it is the state only where the text names the state's organs --
its government, regime, authorities, embassy, ambassador, "recognized ... as the government of", "Taliban-ruled"
(tests/data/other_pairs/CONVENTIONS.md, Actors). Sentences of our own on Pakistan, Saudi Arabia, the UAE and the
Taliban."""

from __future__ import annotations

import pytest

from detente import extract_text
from detente.actors import find_mentions


def _when(value: str):
    return lambda _position: (value, value)


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(e.source, e.target) for e in extract_text(text)}


@pytest.mark.parametrize("text", [
    "In March 1998 Saudi Arabia gave the Taliban forty million dollars.",
    "In 1999 Islamabad armed the Taliban against the Northern Alliance.",
    "In August 2000 the United Arab Emirates condemned the Taliban.",
])
def test_the_bare_movement_keeps_its_code_while_it_governs(text):
    pairs = _pairs(text)
    assert any("TALIBAN" in pair for pair in pairs) and not any("AFG" in pair for pair in pairs), pairs


@pytest.mark.parametrize("text", [
    "In May 1997 the United Arab Emirates recognized the Taliban as the legitimate government of Afghanistan.",
    "In 1999 the Taliban regime expelled a Saudi diplomat.",
    "In September 2001 Riyadh withdrew recognition from the Taliban government.",
    "In 1998 Pakistan shipped fuel to Taliban-ruled Afghanistan.",
    "In October 1999 the Taliban authorities protested to Islamabad.",
])
def test_its_government_named_as_one_is_the_state(text):
    pairs = _pairs(text)
    assert any("AFG" in pair for pair in pairs) and not any("TALIBAN" in pair for pair in pairs), pairs


def test_an_organ_named_after_the_regime_fell_is_still_the_state():
    # the embassy of the fallen regime stayed open ten days past 12 November 2001
    assert _pairs("On 23 November 2001 Saudi Arabia closed the Taliban embassy in Riyadh.") == {("SAU", "AFG")}


def test_mentions_by_date_and_by_organ():
    [bare] = find_mentions("The Taliban shelled the town.", when=_when("1998-06-01"))
    assert (bare.entity, bare.state, bare.role) == ("TALIBAN", "AFG", "government")
    [regime] = find_mentions("The Taliban regime shelled the town.", when=_when("1998-06-01"))
    assert (regime.entity, regime.text) == ("AFGGOV", "The Taliban")
    [envoy] = find_mentions("The Taliban's ambassador left.", when=_when("2000-03-01"))
    assert envoy.entity == "AFGGOV"
    [later] = find_mentions("The Taliban shelled the town.", when=_when("2022-06-01"))
    assert later.entity == "TALIBAN"
    # "run" as a verb names no organ
    found = find_mentions("The Taliban run the country.", when=_when("1998-06-01"))
    assert [m.entity for m in found if m.text.endswith("Taliban")] == ["TALIBAN"]


def test_a_movement_governing_without_the_field_is_still_its_state():
    # the Sandinistas in power are Nicaragua's government (movements.txt: GOV, not GOV/named)
    [governing] = find_mentions("The Sandinistas expelled the envoy.", when=_when("1983-06-01"))
    assert governing.entity == "NICGOV"


def test_its_leader_heads_the_state_only_while_it_governs():
    # while it governs its leader is the head of state (a leader stands for its state); after its fall he leads rebels
    assert _pairs("In June 2000 a Saudi envoy flew to Kandahar to meet the Taliban leader.") == {("SAU", "AFG")}
    found = find_mentions("The Taliban leadership met in Quetta.", when=_when("2010-06-01"))
    assert [m.entity for m in found] == ["TALIBAN", "PAK"]
