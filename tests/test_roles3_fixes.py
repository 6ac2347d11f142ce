"""roles3 (the third round on sources and targets): general causes of wrong roles left by roles1 and roles2, each shown
on sentences of our own (several wordings, states and years), not taken from the labelled file."""

from __future__ import annotations

import pytest

from detente import extract_text


def _acts(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type) for e in extract_text(text, origin="t.txt")}


# --- 1. two states named as the subject of an act they do with each other (fight, meet, sign) are its parties; a
# third state that is the subject of a later clause ("until Brazil brokered a ceasefire") is no party ----------------

@pytest.mark.parametrize("text, first, second, kind, third", [
    ("Ecuador and Peru fought over the Cenepa valley in 1995 until Brazil brokered a ceasefire.", "ECU", "PER", "ASSAULT", "BRA"),
    ("Honduras and El Salvador fought in July 1969 until the OAS arranged a ceasefire.", "HND", "SLV", "ASSAULT", "OAS"),
    ("Ethiopia and Eritrea fought over Badme from 1998 until Algeria hosted peace talks in 2000.", "ETH", "ERI", "ASSAULT", "DZA"),
    ("Greece and Turkey clashed over Imia in 1996 until the United States intervened.", "GRC", "TUR", "ASSAULT", "USA"),
    ("Peru and Ecuador fought in 1941 before the United States mediated.", "PER", "ECU", "ASSAULT", "USA"),
    ("Argentina and Chile signed a treaty in 1984 after the Vatican mediated.", "ARG", "CHL", "SUPPORT", "VAT"),
    ("Argentina and Chile signed a treaty in 1984 after the Pope mediated.", "ARG", "CHL", "SUPPORT", "VAT"),
])
def test_a_state_in_a_later_clause_of_its_own_is_no_party_to_the_pairs_act(text, first, second, kind, third):
    acts = _acts(text)
    assert (first, second, kind) in acts or (second, first, kind) in acts
    assert not {a for a in acts if a[2] == kind and third in a[:2]}


@pytest.mark.parametrize("text, act", [
    ("Iraq and Iran fought until 1988.", ("IRQ", "IRN", "ASSAULT")),  # "until" with a date opens no clause
    ("Britain and France agreed with Turkey in 1939 before Germany attacked Poland.", ("GBR", "TUR", "SUPPORT")),
])
def test_a_date_after_until_or_a_partner_before_the_clause_stays(text, act):
    assert act in _acts(text)


# --- 2. a show of force is aimed at the state it is meant to deter or warn, not at the place the force is sent to ---

@pytest.mark.parametrize("text, act, place", [
    ("In 1995 the United States sent two carriers to the waters near Taiwan to deter China.", ("USA", "CHN", "MOBILIZE"), "TWN"),
    ("In 1990 the United States moved troops to Saudi Arabia to deter an Iraqi attack.", ("USA", "IRQ", "MOBILIZE"), "SAU"),
    ("In 1976 the United States moved warships to Korea to warn the North after the axe murders.", ("USA", "PRK", "MOBILIZE"), "KOR"),
    ("In 1999 India moved troops to Kashmir to deter any Pakistani incursion.", ("IND", "PAK", "MOBILIZE"), None),
])
def test_a_show_of_force_is_aimed_at_the_state_it_deters(text, act, place):
    acts = _acts(text)
    assert act in acts
    assert (act[0], place, "MOBILIZE") not in acts


# --- 3. a state's bare name right before a noun of force or coercion is where it was done, not who did it; the doer
# follows after "by" or as the subject of a relative clause; a demonym, a possessive or an abbreviation is the doer ----

@pytest.mark.parametrize("text, act", [
    ("The Grenada invasion that Reagan ordered in October 1983 was condemned by the General Assembly.", ("USA", "GRD", "ASSAULT")),
    ("The Panama invasion that Bush ordered in December 1989 toppled Noriega.", ("USA", "PAN", "ASSAULT")),
    ("The Cyprus invasion that Ecevit ordered in July 1974 divided the island.", ("TUR", "CYP", "ASSAULT")),
])
def test_a_states_name_before_a_noun_of_force_is_its_target(text, act):
    acts = _acts(text)
    assert act in acts
    assert (act[1], act[0], act[2]) not in acts


@pytest.mark.parametrize("text, victim", [
    ("The Grenada invasion of October 1983 was condemned by Britain.", "GRD"),
    ("The Kuwait invasion of August 1990 was condemned by Egypt.", "KWT"),
])
def test_the_state_named_before_a_noun_of_force_with_no_doer_does_not_do_it(text, victim):
    assert not {a for a in _acts(text) if a[2] == "ASSAULT" and a[0] == victim}


@pytest.mark.parametrize("text, act", [
    ("The US invasion of Panama in December 1989 toppled Noriega.", ("USA", "PAN", "ASSAULT")),
    ("The USSR invasion of Afghanistan began in 1979.", ("SUN", "AFG", "ASSAULT")),
    ("Iraq's invasion of Kuwait in August 1990 was condemned by Egypt.", ("IRQ", "KWT", "ASSAULT")),
    ("The Soviet invasion of Afghanistan in December 1979 alarmed Pakistan.", ("SUN", "AFG", "ASSAULT")),
])
def test_an_abbreviation_possessive_or_demonym_before_the_noun_is_the_doer(text, act):
    assert act in _acts(text)


# --- 4. a protest, boycott or cut in ties done "in protest at" another state's act is aimed at that state, not at the
# topic or place of what is boycotted ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, act, topic", [
    ("Pakistan boycotted the Bonn conference on Afghanistan in December 2011 in protest at the NATO air strike.",
     ("PAK", "NATO", "PROTEST"), "AFG"),
    ("In 2011 Pakistan boycotted the conference on Afghanistan in protest over the American raid.", ("PAK", "USA", "PROTEST"), "AFG"),
])
def test_an_act_in_protest_at_a_states_act_is_aimed_at_that_state(text, act, topic):
    acts = _acts(text)
    assert act in acts
    assert (act[0], topic, act[2]) not in acts


@pytest.mark.parametrize("text, act", [
    ("In 1962 Ghana expelled the British envoy to protest the arrest of its students in London.", ("GHA", "GBR", "SANCTION")),
    ("In 1974 Pakistan suspended talks with Delhi to protest the Indian nuclear test.", ("PAK", "IND", "SANCTION")),
])
def test_a_protest_naming_no_state_right_after_keeps_its_target(text, act):
    assert act in _acts(text)
