"""roles2 (the second round on sources and targets): general causes of wrong roles left by roles1, each shown on
sentences of our own (several wordings, states and years), not taken from the labelled file."""

from __future__ import annotations

import pytest

from detente import extract_text
from detente.actors import find_mentions


def _acts(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type) for e in extract_text(text, origin="t.txt")}


# --- 1. two states named together as the subject of a demand, complaint, refusal or boycott do it side by side: the
# other is no target, even when the two are the pair the text is about -----------------------------------------------

@pytest.mark.parametrize("text, first, second, kind, aimed", [
    ("In 1996 Canada and Mexico refused to comply with the new American sanctions law.", "CAN", "MEX", "REJECT", "USA"),
    ("Egypt and Syria rejected the American peace plan in 1977.", "EGY", "SYR", "REJECT", "USA"),
    ("Canada and Mexico refused to comply with the Helms-Burton Act in 1996.", "CAN", "MEX", "REJECT", None),
    ("In 1980 Iraq and Libya protested.", "IRQ", "LBY", "ACCUSE", None),
    ("In 1984 Cuba and Ethiopia boycotted the games.", "CUB", "ETH", "PROTEST", None),
])
def test_co_subjects_of_an_act_done_side_by_side_are_not_each_others_target(text, first, second, kind, aimed):
    acts = _acts(text)
    assert (first, aimed, kind) in acts and (second, aimed, kind) in acts  # each does it
    assert (first, second, kind) not in acts and (second, first, kind) not in acts


def test_co_subjects_of_an_act_done_side_by_side_share_the_target_the_clause_names():
    acts = _acts("Britain and France protested to Moscow in 1956.")
    assert {("GBR", "SUN", "ACCUSE"), ("FRA", "SUN", "ACCUSE")} <= acts


@pytest.mark.parametrize("text, act", [
    ("In 1975 Egypt and Israel agreed.", ("EGY", "ISR", "SUPPORT")),
    ("In 1972 Chile and Peru met.", ("CHL", "PER", "CONSULT")),
    ("In January 1996 Greece and Turkey sent warships to the islets of Imia.", ("GRC", "TUR", "MOBILIZE")),
    ("Ethiopia and Somalia agreed in April 1988 to withdraw their troops from the border.", ("ETH", "SOM", "AGREE")),
])
def test_co_subjects_of_an_act_done_to_each_other_keep_the_other_as_partner(text, act):
    assert act in _acts(text)


# --- 2. force named by its means after a passive's "by" is used on the passive's subject, not on a state named later

@pytest.mark.parametrize("text, act, later", [
    ("The Chinese embassy in Belgrade was hit by five American bombs during NATO's air war on 7 May 1999.",
     ("USA", "CHN", "ASSAULT"), "NATO"),
    ("A Soviet freighter in Haiphong was damaged by American bombs during the raids on North Vietnam in 1972.",
     ("USA", "SUN", "ASSAULT"), "VDR"),
])
def test_force_after_a_passives_by_strikes_the_passives_subject(text, act, later):
    acts = _acts(text)
    assert act in acts
    assert not any(target == later for source, target, _ in acts if source == act[0])


@pytest.mark.parametrize("text, act", [
    ("The Dutch government was shocked by the German invasion of Belgium in May 1940.", ("GMY", "BEL", "ASSAULT")),
    ("Thai leaders were alarmed by the Vietnamese advance towards Cambodia's western border in 1979.", ("VNM", "KHM", "ASSAULT")),
])
def test_an_act_with_its_own_object_after_a_feelings_by_keeps_it(text, act):
    acts = _acts(text)
    assert act in acts
    assert not any(source == act[0] and target != act[1] for source, target, type_ in acts if type_ == act[2])


# --- 3. a threat to defend a state is aimed at the state told, or the one named after "if" or "against" -------------

@pytest.mark.parametrize("text, act", [
    ("On July 25, 1961 Kennedy told the Soviet Union that the United States would defend West Berlin by force if necessary.",
     ("USA", "SUN", "THREATEN")),
    ("In 1939 Chamberlain told Berlin that Britain would defend Poland by force.", ("GBR", "GMY", "THREATEN")),
    ("In 1955 Eisenhower warned Peking that the United States would defend Formosa with nuclear weapons.",
     ("USA", "CHN", "THREATEN")),
    ("In 1960 Moscow threatened that Soviet rockets could defend Cuba if the United States attacked it.",
     ("SUN", "USA", "THREATEN")),
    ("In 1958 Washington warned that American forces would defend Taiwan if China invaded it.", ("USA", "CHN", "THREATEN")),
])
def test_a_threat_to_defend_a_state_is_aimed_at_the_one_warned_off(text, act):
    assert act in _acts(text)


def test_a_threat_to_defend_a_state_with_no_foe_named_keeps_the_state_defended():
    assert ("SUN", "CUB", "THREATEN") in _acts("In 1960 Moscow threatened that its rockets would defend Cuba.")


# --- 4. aid received "from" a state is given by it, however long the phrase between the verb and the aid ------------

@pytest.mark.parametrize("text, act", [
    ("Between 1948 and 1952 France received about 2.7 billion dollars of Marshall Plan aid from the United States.",
     ("USA", "FRA", "AID")),
    ("In 1957 Yugoslavia obtained several hundred million dollars of economic aid from the Soviet Union.",
     ("SUN", "YUG", "AID")),
    ("In 1950 Yugoslavia received economic aid from the United States.", ("USA", "YUG", "AID")),
])
def test_aid_received_from_a_state_is_that_states_act(text, act):
    acts = _acts(text)
    assert act in acts
    assert (act[1], act[0], act[2]) not in acts


def test_aid_asked_for_from_a_state_stays_the_askers_request():
    assert ("IND", "SUN", "REQUEST") in _acts("In 1971 India asked for aid from the Soviet Union.")


# --- 5. games named by their host city: the actors stage names no state, the boycott's target is the host ----------

@pytest.mark.parametrize("text, act", [
    ("Kenya stayed away from the Moscow Olympics in 1980.", ("KEN", "SUN", "PROTEST")),
    ("Cuba boycotted the Seoul Olympics in 1988 in solidarity with North Korea.", ("CUB", "KOR", "PROTEST")),
    ("The American team boycotted the Moscow Olympics in 1980 over the invasion of Afghanistan.", ("USA", "SUN", "PROTEST")),
    ("In 1980 Japan boycotted the Moscow Summer Olympics.", ("JPN", "SUN", "PROTEST")),
    ("West Germany joined the boycott of the Moscow Games in 1980.", ("DEU", "SUN", "PROTEST")),
])
def test_a_boycott_of_games_named_by_a_city_is_aimed_at_the_host(text, act):
    acts = _acts(text)
    assert act in acts
    assert {target for source, target, type_ in acts if type_ == "PROTEST"} == {act[1]}


@pytest.mark.parametrize("text, year", [
    ("Kenya stayed away from the Moscow Olympics in 1980.", "1980"),
    ("Cuba boycotted the Seoul Olympics in 1988.", "1988"),
])
def test_the_city_naming_the_games_is_still_no_mention(text, year):
    when = lambda _position: (f"{year}-01-01", f"{year}-12-31")  # noqa: E731
    assert [m.text for m in find_mentions(text, when=when) if m.text in ("Moscow", "Seoul")] == []
