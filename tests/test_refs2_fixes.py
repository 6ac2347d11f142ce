"""Governments and organs named without their state's name, fixed by refs2, each on sentences of our own (other pairs,
years and words): "the federal government" is the federal state in focus; a title read in a new paragraph stands
for a state its paragraph names before a state of an earlier paragraph; a region's police force is its state's;
and a meeting with reporters takes no target from the pair in focus (they are its other party)."""

from __future__ import annotations

import pytest

from detente import extract_text


def _events(text: str) -> set[tuple]:
    return {(e.source, e.target, e.cameo[:2]) for e in extract_text(text, origin="t.txt")}


@pytest.mark.parametrize(("text", "expected"), [
    # "the federal government" alone: the federal state of the two in focus (Paraguay is no federation)
    ("Brazil and Paraguay signed a treaty on the dam in April 1973. In June 1974 the federal government approved a "
     "loan to Paraguay.", ("BRA", "PRY", "07")),
    # a federation in focus beside a unitary state: the federal government breaks off relations with the other
    ("Mexico and Guatemala quarrelled over fishing in 1958. On 31 December 1958 the federal government broke off "
     "relations with Guatemala.", ("MEX", "GTM", "16")),
    ("Ghana and Nigeria traded accusations in 1983. In January 1983 the federal government expelled a million Ghanaian "
     "workers.", ("NGA", "GHA", "17")),
])
def test_federal_government_is_the_federal_state_in_focus(text: str, expected: tuple) -> None:
    assert expected in _events(text)


def test_a_title_in_a_new_paragraph_is_of_the_state_its_paragraph_names() -> None:
    # Brazil, named three times a paragraph before, is still the most salient state; the paragraph about Malaysia
    # names Malaysia, whose federal government made the accusation
    text = ("Brazil and Paraguay signed a treaty on the dam in April 1973. Brazil built the dam from 1975, and Brazil "
            "paid for most of it.\n\nMalaysia and Singapore argued about water in 1998. In June 1999 the federal "
            "government accused Singapore of stealing its water.")
    found = _events(text)
    assert ("MYS", "SGP", "11") in found
    assert ("BRA", "SGP", "11") not in found

def test_an_antecedent_of_an_earlier_paragraph_gives_way_to_the_paragraphs_own_state() -> None:
    # "the federal government" of the Brazilian paragraph is no antecedent once the next paragraph turns to Germany
    text = ("Brazil and Paraguay signed a treaty on the dam in April 1973. In June 1974 the federal government approved "
            "a loan to Paraguay.\n\nGermany reunified in 1990. In November 1990 the federal government signed a treaty "
            "with Poland.")
    found = _events(text)
    assert ("DEU", "POL", "05") in found
    assert ("BRA", "POL", "05") not in found


@pytest.mark.parametrize(("text", "expected"), [
    # a state of the Indian union names India's police
    ("Kerala police arrested two Pakistani fishermen in May 2001.", ("IND", "PAK", "17")),
    # a province of Pakistan names Pakistan's police
    ("Sindh police detained two Indian diplomats in Karachi on 2 June 1992.", ("PAK", "IND", "17")),
])
def test_a_regions_police_is_its_states(text: str, expected: tuple) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize("text", [
    "In March 2009 a Sri Lankan trawler strayed into Indian waters.\n\nThe Indian police chief met reporters in 2014.",
    "Nepal and Bhutan quarrelled over refugees in 1993. The Nepalese foreign minister met journalists in Kathmandu in 1994.",
])
def test_reporters_met_are_no_party_and_the_pair_lends_none(text: str) -> None:
    # a meeting with reporters names its other party: the other state of the pair in focus is no target of it
    assert not any(root == "04" for _source, _target, root in _events(text))
