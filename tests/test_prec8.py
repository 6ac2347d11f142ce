"""prec8 (issue 5, precision on unseen pages): a sentence's second act that is only the first one's content, purpose or
result, shown on texts of our own about other pairs and years; each test also keeps an act a reader would keep apart."""

from __future__ import annotations

import pytest

from detente import extract_text


def _acts(text: str) -> list[tuple]:
    return sorted((e.source, e.target, e.cameo) for e in extract_text(text, origin="t.txt"))


# A joint body that two states agree to set up, or an agreement is for, is what they agreed: the agreement is the act.
@pytest.mark.parametrize("text, kept", [
    ("In January 1909 the United States and Britain agreed to set up a joint commission for the boundary waters.", "030"),
    ("In January 1960 Burma and China also agreed in Beijing to set up a joint boundary committee.", "057"),
    ("In 1986 Argentina and Brazil signed an agreement for a joint venture to build aircraft.", "057"),
])
def test_a_joint_body_agreed_on_is_the_agreement(text, kept):
    acts = _acts(text)
    assert [a[2] for a in acts] == [kept], acts


def test_a_joint_body_set_up_is_still_an_act():
    # set up, told as done, with no agreement before it: the body is the act
    acts = _acts("In 1975 Iraq and Iran formed a joint commission to mark the land border.")
    assert acts == [("IRQ", "IRN", "060")], acts


# "summoned the ambassador to protest": why the envoy was called in; the summons is the protest, told once and by
# who summoned (the infinitive read alone gave the envoy's state as the protester).
@pytest.mark.parametrize("text, pair", [
    ("On 8 May 1999 the Chinese foreign ministry summoned the American ambassador to protest.", ("CHN", "USA")),
    ("On 16 August 2006 Japan summoned the Russian ambassador to protest about the fishing boat.", ("JPN", "RUS")),
    ("In February 2005 Seoul summoned the Japanese ambassador to complain.", ("KOR", "JPN")),
])
def test_a_protest_that_is_the_purpose_of_a_summons_is_the_summons(text, pair):
    acts = _acts(text)
    assert acts == [(*pair, "114")], acts


def test_a_protest_of_its_own_after_a_summons_stays():
    acts = _acts("On 8 May 1999 Beijing summoned the American ambassador, and on 9 May 1999 it protested to the "
                 "United Nations.")
    assert ("CHN", "USA", "114") in acts and ("CHN", "UN", "114") in acts, acts


# ", cutting ...": what a sanction told before it did, no second act of its doer.
@pytest.mark.parametrize("text, kept", [
    ("In May 1981 Washington ordered Libya to close its mission, cutting its last diplomatic link with Tripoli.", "161"),
    ("In October 1986 Britain broke off relations with Syria, cutting its last diplomatic link with Damascus.", "161"),
])
def test_a_cut_told_as_what_a_sanction_did_is_that_sanction(text, kept):
    acts = _acts(text)
    assert [a[2] for a in acts] == [kept], acts


def test_a_cut_by_another_state_stays():
    acts = _acts("In 1990 Britain imposed sanctions on Iraq, while France was cutting off aid to Iraq.")
    assert ("FRA", "IRQ", "162") in acts and ("GBR", "IRQ", "163") in acts, acts


# "signed the X Agreement, which provided for a ceasefire and the withdrawal of ...": the terms of the text signed.
@pytest.mark.parametrize("text", [
    "On 26 March 1979 Egypt and Israel signed a peace treaty, which provided for the withdrawal of Israeli forces from "
    "Sinai.",
    "On 15 May 1955 Austria and the Soviet Union signed the State Treaty, which provided for the departure of Soviet "
    "troops.",
    "On 4 April 1949 the United States and Canada signed the North Atlantic Treaty, which provided for mutual defence.",
    "In July 1954 France and North Vietnam signed the Geneva accords, which provided for the withdrawal of French forces "
    "from the north.",
])
def test_the_terms_a_signed_text_provides_for_are_the_signing(text):
    acts = _acts(text)
    assert [a[2] for a in acts] == ["057"], acts


def test_a_withdrawal_told_as_done_after_the_terms_stays():
    acts = _acts("On 17 September 1978 Egypt and Israel signed the Camp David Accords, which set out a framework for "
                 "peace; Israel withdrew from Sinai in 1982.")
    assert ("ISR", "EGY", "087") in acts, acts


# "left" with people as its subject, or leaving a thing in a state, is no state's forces withdrawn.
@pytest.mark.parametrize("text", [
    "In October 1951 Egyptian workers left the British base at Suez in protest.",
    "In 1972 Ugandan Asian families left Uganda for Britain.",
    "In 1962 many settlers left Algeria, and those who left that summer never returned.",
    "The Anglo-Russian convention of 1907 had left unclear the line between the two spheres in Persia.",
])
def test_people_leaving_or_a_thing_left_unclear_is_no_withdrawal(text):
    acts = _acts(text)
    assert not [a for a in acts if a[2] == "087"], acts


@pytest.mark.parametrize("text, pair", [
    ("In June 1956 the last British troops left the Suez Canal Zone.", ("GBR", "EGY")),
    ("The last Soviet soldiers left Afghanistan on 15 February 1989.", ("SUN", "AFG")),
])
def test_forces_leaving_are_still_a_withdrawal(text, pair):
    assert (*pair, "087") in _acts(text)


# An act named as what an offer, a decision or an attempt was for is not done: the verb that governs the noun is the act.
@pytest.mark.parametrize("text, kept", [
    ("On 19 July 1956 the United States withdrew its offer to help finance the Aswan dam in Egypt.", ("USA", "EGY", "162")),
    ("In 1965 India denounced the note as an attempt to help Pakistan.", ("IND", "PAK", "110")),
])
def test_an_act_named_by_a_noun_of_intent_is_not_done(text, kept):
    assert _acts(text) == [kept]


@pytest.mark.parametrize("text, expected", [
    ("In 1965 the Soviet Union decided to help North Vietnam with missiles.", ("SUN", "VDR", "070")),
    ("In April 1982 Peru renewed its offer to mediate between Britain and Argentina.", ("PER", "GBR", "045")),
])
def test_a_verb_of_deciding_and_an_offer_to_mediate_keep_their_act(text, expected):
    assert expected in _acts(text)


# "withdrew" with an envoy, an acceptance or an application as its object is a step back from relations, not a
# withdrawal of forces (a cooperative retreat).
@pytest.mark.parametrize("text, expected", [
    ("In 1946 India withdrew its high commissioner from South Africa.", ("IND", "ZAF", "161")),
    ("In May 1998 Canada withdrew its high commissioner from New Delhi.", ("CAN", "IND", "161")),
    ("In March 1961 Hendrik Verwoerd withdrew South Africa's application to remain in the Commonwealth.",
     ("ZAF", "COMMONWEALTH", "160")),
])
def test_an_envoy_or_an_application_withdrawn_is_a_step_back(text, expected):
    acts = extract_text(text, origin="t.txt")
    assert [(e.source, e.target, e.cameo) for e in acts] == [expected]
    assert acts[0].polarity == "conflict"


def test_an_acceptance_withdrawn_is_a_refusal_and_troops_withdrawn_a_retreat():
    acts = extract_text("On 9 July 1947 Warsaw withdrew its acceptance of the invitation to Paris.",
                        origin="t.txt")
    assert [(e.cameo, e.polarity) for e in acts] == [("120", "conflict")], acts
    assert ("VNM", "KHM", "087") in _acts("In 1989 Vietnam withdrew its troops from Cambodia.")
    assert ("AFG", "PAK", "080") in _acts("In 1947 Kabul withdrew its objection to Pakistan's admission to the United Nations.")
