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
