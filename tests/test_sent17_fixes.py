"""General forms found on the sent17 labelled rows (tests/data/event_sentences.jsonl, split sent17: how pages name
the doer and the target), shown on sentences of our own about other pairs and years. The epithets themselves
("the Himalayan kingdom", "the Gulf state", "the communist north", "the Hashemite kingdom") are tested in
tests/test_actors.py; here the acts they take part in, and the verbs whose objects were named in a way the coder
did not reach."""

from __future__ import annotations

import pytest

from detente import extract_text


def _coded(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type) for e in extract_text(text)}


# An epithet for a state named in the sentence before is that state as doer or target.
@pytest.mark.parametrize("text, expected", [
    ("Protests shook Bahrain in February 2011. In March the Gulf state asked Saudi Arabia for troops.",
     ("BHR", "SAU", "REQUEST")),
    ("Iraqi troops crossed into Kuwait on 2 August 1990. Baghdad annexed the emirate six days later.",
     ("IRQ", "KWT", "COERCE")),
    ("Bhutan joined the United Nations in September 1971. The Himalayan kingdom recognized Bangladesh on 6 December.",
     ("BTN", "BGD", "SUPPORT")),
    ("The Hashemite kingdom recalled its ambassador from Tehran in April 2016.", ("JOR", "IRN", "SANCTION")),
])
def test_an_epithet_acts_for_the_state_it_names(text, expected):
    assert expected in _coded(text)


# A government that takes its own state out of a body, or brings it back in, is that state leaving or rejoining it;
# troops taken out of a state stay a withdrawal, and a thing taken out of a place is no act.
@pytest.mark.parametrize("text, expected", [
    ("De Gaulle took France out of NATO's integrated command in 1966.", ("FRA", "NATO", "SANCTION")),
    ("Chávez took Venezuela out of the Andean Community in April 2006.", ("VEN", "ANDEAN_COMMUNITY", "SANCTION")),
    ("Mubarak brought Egypt back into the Arab League in May 1989.", ("EGY", "ARAB_LEAGUE", "SUPPORT")),
    ("Britain took its last troops out of Egypt in June 1956.", ("GBR", "EGY", "RETREAT")),
])
def test_a_state_taken_out_of_a_body_or_brought_back_into_it(text, expected):
    assert expected in _coded(text)


def test_a_thing_taken_out_of_a_place_is_no_act():
    assert not _coded("The Swiss bank took the gold out of its vaults in 1940.")


# A military mission or advisers ordered out of a state are expelled by it; experts called home are aid withdrawn;
# captives let go home or free are released; supply routes shut are a blockade; rules on travel eased are a concession.
@pytest.mark.parametrize("text, expected", [
    ("Sadat ordered the Soviet military mission out of Egypt in July 1972.", ("EGY", "SUN", "SANCTION")),
    ("In 1961 Moscow called home its experts from Albania.", ("SUN", "ALB", "SANCTION")),
    ("In December 1994 Pyongyang let the American pilot go home.", ("PRK", "USA", "RETREAT")),
    ("Islamabad shut NATO's supply lines through the Khyber Pass in October 2010.", ("PAK", "NATO", "COERCE")),
    ("Washington eased rules on remittances to Cuba in April 2009.", ("USA", "CUB", "CONCEDE")),
])
def test_vocabulary_of_expulsions_recalls_releases_closures_and_eased_rules(text, expected):
    assert expected in _coded(text)


@pytest.mark.parametrize("text", [
    "The general ordered his men out of the barracks in 1936.",
    "The pilots were let go by the airline in 2009.",
])
def test_look_alikes_with_no_state_on_the_other_side_stay_eventless(text):
    assert not _coded(text)


# A state whose envoy or embassy carries a message after "through" or "via" is the go-between, not whom the act is
# aimed at; a state an army passes "through" is no go-between.
@pytest.mark.parametrize("text, expected, go_between", [
    ("In August 1964 Washington warned through the Canadian envoy, Blair Seaborn, that Hanoi would suffer heavier "
     "blows if the war spread.", ("USA", "VDR", "THREATEN"), "CAN"),
    ("Zhou Enlai warned through the Indian ambassador on 3 October 1950 that the Americans must not cross the 38th "
     "parallel.", ("CHN", "USA", "THREATEN"), "IND"),
])
def test_a_go_between_is_not_the_target(text, expected, go_between):
    coded = _coded(text)
    assert expected in coded
    assert not [act for act in coded if act[1] == go_between]


def test_a_state_crossed_on_the_way_keeps_no_go_between_reading():
    assert ("GMY", "FRA", "ASSAULT") in _coded("Germany attacked France through Belgium in August 1914.")


# The whole country named before its half ("Korea's communist north") says which country's half is meant: the half
# acts, and the whole is no second actor (the coder took "Korea's" for the doer and the half for its target).
@pytest.mark.parametrize("text, expected", [
    ("In January 1968 Korea's communist north seized the American spy ship Pueblo.", ("PRK", "USA", "COERCE")),
    ("Vietnam's communist north signed an aid pact with Moscow in 1965.", ("VDR", "SUN", "SUPPORT")),
])
def test_a_half_named_with_its_whole_acts_alone(text, expected):
    coded = _coded(text)
    assert expected in coded
    assert not [act for act in coded if act[0] in ("KOR", "RVN")]


# "The Chinese side", "the Egyptian side": a party to talks or a dispute named by its state's adjective is that state,
# as doer or target, and the noun is no verb "to side with"; a place on "the Indian side of the border" stays a place.
@pytest.mark.parametrize("text, expected", [
    ("The Egyptian side signed a disengagement agreement with Israel on 18 January 1974.", ("EGY", "ISR", "SUPPORT")),
    ("The North Korean side broke off the talks with the American side in 1953.", ("PRK", "USA", "SANCTION")),
    ("The Soviet side called home its experts from Albania in 1961.", ("SUN", "ALB", "SANCTION")),
    ("Pakistani troops shelled villages on the Indian side of the border in 1999.", ("PAK", "IND", "ASSAULT")),
    ("Moscow sided openly with Hanoi in 1979.", ("SUN", "VNM", "SUPPORT")),
])
def test_a_side_named_by_its_states_adjective_is_that_state(text, expected):
    assert expected in _coded(text)


# A body's suspension of a member ended, a body walked out of, captives sent home with the particle first.
@pytest.mark.parametrize("text, expected", [
    ("The African Union ended its suspension of Madagascar in January 2014.", ("AU", "MDG", "CONCEDE")),
    ("The Arab League lifted its suspension of Egypt in May 1989.", ("ARAB_LEAGUE", "EGY", "CONCEDE")),
    ("South Africa walked out of UNESCO in 1956.", ("ZAF", "UNESCO", "SANCTION")),
    ("Israel sent home the Egyptian prisoners of war in November 1973.", ("ISR", "EGY", "RETREAT")),
])
def test_suspensions_ended_bodies_left_and_captives_sent_home(text, expected):
    assert expected in _coded(text)


# A government, regime or junta named by its seat ("the government in Kabul") is the second item of a list of
# subjects: both act, each with the other.
@pytest.mark.parametrize("text, expected", [
    ("Moscow and the government in Hanoi signed an aid pact in 1965.", ("SUN", "VDR", "SUPPORT")),
    ("Britain and the junta in Buenos Aires broke off relations in April 1982.", ("GBR", "ARG", "SANCTION")),
    ("Egypt and the regime in Tripoli fought a short border war in July 1977.", ("EGY", "LBY", "ASSAULT")),
])
def test_a_government_named_by_its_seat_is_an_item_of_the_subject_list(text, expected):
    assert expected in _coded(text)
