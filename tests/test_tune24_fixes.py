"""General forms found on the long pages of tests/data/other_pairs/tune24/ (README.md there), shown on sentences of
our own about other pairs and years: each text with the events it must (or must not) give."""

from __future__ import annotations

import pytest

from detente import extract_text


def _codes(text: str) -> set[tuple]:
    return {(e.source, e.target, e.cameo) for e in extract_text(text)}


def _pairs(text: str) -> set[tuple]:
    return {(e.source, e.target) for e in extract_text(text)}


# A step not taken, told with "did not" and a concessive aside (", however,"), a first move ("did not move to
# recognize") or "made no move to", or as a passive with "no" ("no treaty was signed"), states nothing done: no
# refusal (REJECT) is coded; "would not" still tells a refusal.
@pytest.mark.parametrize("text", [
    "Singapore did not, however, move to recognize Beijing in 1985.",
    "West Germany made no move to recognize East Germany in 1960.",
    "In January 1950 Israel recognized the People's Republic; it did not, however, open diplomatic relations with Beijing.",
    "Kosygin met Zhou Enlai at Beijing airport in September 1969, but no agreement was signed with China.",
    "Egypt took no steps to restore relations with Iran in 1985.",
])
def test_a_step_not_taken_is_no_refusal(text):
    assert not [code for code in _codes(text) if code[2].startswith("12")]


@pytest.mark.parametrize("text, expected", [
    ("In January 1950 Israel recognized the People's Republic; it did not, however, open diplomatic relations with "
     "Beijing.", ("ISR", "CHN")),
    ("Kosygin met Zhou Enlai at Beijing airport in September 1969, but no agreement was signed with China.",
     ("SUN", "CHN")),
])
def test_the_act_told_beside_a_step_not_taken_stays(text, expected):
    assert expected in _pairs(text)


def test_would_not_still_tells_a_refusal():
    assert ("PAK", "BGD", "120") in _codes("Pakistan would not, however, recognize Bangladesh in 1972.")


# ", landing at (a city)" after a journey told in the clause before is how the traveller arrived: the visit, no
# armed landing; a force that lands is still an attack.
@pytest.mark.parametrize("text, pair", [
    ("President Suharto paid a state visit to Pakistan in November 1980, landing at Lahore.", ("IDN", "PAK")),
    ("Nixon flew to China in February 1972, landing at Beijing airport on a grey morning.", ("USA", "CHN")),
    ("Sadat made his journey to Israel in November 1977, landing at Ben Gurion airport at night.", ("EGY", "ISR")),
])
def test_landing_on_a_visit_is_no_attack(text, pair):
    events = extract_text(text)
    assert {(e.source, e.target) for e in events if e.polarity == "cooperation"} >= {pair}
    assert not [e for e in events if e.polarity == "conflict"]


# Scholars who "tend to" or "came to" blame a state judge it; no state accuses another.
@pytest.mark.parametrize("text", [
    "Cuban writers tend to blame the United States for the break of 1962.",
    "Soviet historians came to blame Washington for the Berlin crisis of 1961.",
    "Indian historians tended to blame China for the war of 1962.",
])
def test_scholars_who_tend_to_blame_tell_no_accusation(text):
    assert not extract_text(text)


def test_a_state_that_blames_still_accuses():
    assert ("IND", "PAK", "111") in _codes("In August 1965 India blamed Pakistan for the infiltration into Kashmir.")


# "He" in the next sentence goes on with the sentence's subject, not with a person a preposition governs inside an
# apposition to it ("X, an admirer of Ronald Reagan, was ...").
@pytest.mark.parametrize("text, absent", [
    ("Abdalá Bucaram, an admirer of Fidel Castro, was a surprising president. In January 1997 he flew to Peru.",
     ("CUB", "PER")),
    ("León Febres Cordero, a friend of Ronald Reagan, took office in 1984. In April 1985 he flew to Cuba.",
     ("USA", "CUB")),
    ("Omar Torrijos, an admirer of Fidel Castro, ruled Panama from 1968. In September 1977 he flew to Washington.",
     ("CUB", "USA")),
])
def test_he_is_not_a_person_governed_inside_an_apposition(text, absent):
    assert absent not in _pairs(text)


@pytest.mark.parametrize("text, expected", [
    ("Fidel Castro toured Africa in 1977. In March he met Mengistu in Addis Ababa.", ("CUB", "ETH")),
    ("Omar Torrijos, an admirer of Fidel Castro, ruled Panama from 1968. In September 1977 he flew to Washington.",
     ("PAN", "USA")),
])
def test_he_still_goes_on_with_the_subject(text, expected):
    assert expected in _pairs(text)


# "the first (last) day of 1979": that day of the year named.
@pytest.mark.parametrize("text, date", [
    ("On the first day of 1979 the United States established diplomatic relations with China.", "1979-01-01"),
    ("On the last day of 1999 the United States handed the Panama Canal over to Panama.", "1999-12-31"),
])
def test_the_first_or_last_day_of_a_year(text, date):
    assert date in {e.date for e in extract_text(text)}


# Vocabulary: fences mended; contacts or exchanges put off or cancelled; a joint council set up; an army trained in a
# host state; relations raised to the rank of ambassadors with the partner named between.
@pytest.mark.parametrize("text, expected", [
    ("In September 1984 Jordan mended fences with Egypt.", ("JOR", "EGY", "050")),
    ("In May 1999 China cancelled military contacts with the United States.", ("CHN", "USA", "160")),
    ("In July 2004 Beijing put off official exchanges with Singapore.", ("CHN", "SGP", "160")),
    ("In 2003 China and Singapore set up a joint council to oversee their projects.", ("CHN", "SGP", "060")),
    ("From 1975 Singapore's army trained in Taiwan.", ("SGP", "TWN", "062")),
    ("In the 1960s Israel's army officers trained in France.", ("ISR", "FRA", "062")),
    ("In January 1984 Ecuador raised relations with Cuba to the rank of ambassadors.", ("ECU", "CUB", "054")),
    ("In January 1972 India upgraded its ties with North Vietnam to embassy level.", ("IND", "VDR", "054")),
])
def test_tune24_vocabulary(text, expected):
    assert expected in _codes(text)


def test_guerrillas_trained_in_a_state_are_no_army_of_the_speaker():
    assert not extract_text("Army officers said in 1981 that the guerrillas captured in Colombia were trained in Cuba.")


# A relative clause opened by "with which" (", to which", ", against which") on a state tells an act with that state,
# even when the sentence names no other and the paragraph is about another pair; "later that year" points back to no
# state.
@pytest.mark.parametrize("text, expected, absent", [
    ("In April 1985 Ecuador's president visited Cuba. He kept up his criticism of Nicaragua, with which Ecuador broke "
     "off relations in October 1985.", ("ECU", "NIC"), ("ECU", "CUB", "161")),
    ("In April 1985 Ecuador's president visited Cuba. He kept up his criticism of Nicaragua, with which Ecuador broke "
     "off relations later that year.", ("ECU", "NIC"), ("ECU", "CUB", "161")),
    ("In 1988 Iran restored relations with Britain. Tehran still quarrelled with Egypt, with which it had broken off "
     "relations in 1980.", ("IRN", "EGY"), ("IRN", "GBR", "161")),
    ("Albania drew closer to China in 1960. Tirana kept attacking the Soviet Union, with which it broke off relations "
     "in December 1961.", ("ALB", "SUN"), ("ALB", "CHN", "161")),
])
def test_a_relative_with_which_names_the_other_party(text, expected, absent):
    assert expected in _pairs(text)
    assert absent not in _codes(text)


# An act named with "a" or "an" opening what was said, set equal to another kind ("that an attack on Pakistan was an
# attack on Indonesia"), is spoken of, not told done; an act said to be done ("was repulsed") is still told.
@pytest.mark.parametrize("text", [
    "Sukarno assured Asghar Khan in September 1965 that an attack on Pakistan was an attack on Indonesia.",
    "In 1980 Carter told Congress that an assault on Saudi Arabia was an assault on the United States.",
])
def test_an_act_equated_in_speech_is_not_told(text):
    assert not [e for e in extract_text(text) if e.cameo.startswith("19")]


def test_an_act_said_done_is_still_told():
    assert ("CHN", "SUN") in _pairs("In March 1969 Moscow said that a Chinese attack on its border post was repulsed.")

