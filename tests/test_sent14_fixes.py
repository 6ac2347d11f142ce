"""General forms found on the sent14 labelled rows (tests/data/event_sentences.jsonl, split sent14), shown on
sentences of our own about other pairs and years: each sentence with the (source, target, type) it must yield, and
look-alikes that must not yield it."""

from __future__ import annotations

import pytest

from detente import extract_text


def _coded(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type) for e in extract_text(text)}


# Vocabulary: advisers ordered or called home, relief dropped from the air, vaccine doses sent or given, people shot
# dead, states talked out of war, enclaves swapped, warships docking at a port, tours curbed, a mission told to cut its
# staff, captives handed back by their trade.
@pytest.mark.parametrize("text, expected", [
    ("Moscow ordered its military advisers home from Egypt in July 1972.", ("SUN", "EGY", "SANCTION")),
    ("Moscow called its technicians home from Albania in 1961.", ("SUN", "ALB", "SANCTION")),
    ("American transport planes dropped food and medicine over Bosnia in March 1993.", ("USA", "BIH", "AID")),
    ("Japan sent a million doses of vaccine to Vietnam in June 2021.", ("JPN", "VNM", "AID")),
    ("China gifted Cambodia 600,000 doses of vaccine in February 2021.", ("CHN", "KHM", "AID")),
    ("Israeli soldiers shot dead two Egyptian policemen on the Sinai border in August 2011.", ("ISR", "EGY", "ASSAULT")),
    ("The Algerian president talked Ethiopia and Eritrea out of war in 2000.", ("DZA", "ETH", "CONSULT")),
    ("Belgium and the Netherlands exchanged territory along the Meuse in 2018.", ("BEL", "NLD", "RETREAT")),
    ("Indian warships docked in Manila in May 2023.", ("IND", "PHL", "COOPERATE")),
    ("Russia halted tours to Egypt in November 2015.", ("RUS", "EGY", "COERCE")),
    ("Moscow ordered the American embassy to cut its staff in July 2017.", ("RUS", "USA", "SANCTION")),
    ("Iran handed back the fifteen British sailors in April 2007.", ("IRN", "GBR", "RETREAT")),
])
def test_sent14_vocabulary(text, expected):
    assert expected in _coded(text)


@pytest.mark.parametrize("text, unwanted", [
    ("The ferry docked in Havana in June 2024.", "COOPERATE"),  # no armed force: no naval visit
    ("Thousands of German tourists visited Turkey in 2013.", "COERCE"),  # tours made, not curbed
    ("The general shot dead in Lahore in 1988 was never named.", "AID"),
])
def test_sent14_vocabulary_look_alikes(text, unwanted):
    assert unwanted not in {t for (_, _, t) in _coded(text)}


# "Its (southern) neighbour" as the subject of a later sentence: "its" stands for the state the passage is about,
# named first in the sentence before, and the neighbour is the other state of that pair; the act aims at the first
# unless the sentence names its own target. A neighbour named outright keeps its own name.
@pytest.mark.parametrize("text, expected", [
    ("Ecuador's quarrel with Peru over the Amazon flared in January 1981. Its neighbour sent troops across the "
     "Cordillera del Condor.", ("PER", "ECU", "ASSAULT")),
    ("Lesotho's dispute with South Africa deepened in 1998. In September its neighbour sent troops into Maseru.",
     ("ZAF", "LSO", "ASSAULT")),
    ("Georgia's talks with Russia on the breakaway regions failed in 2006. Its northern neighbour then banned "
     "Georgian wine.", ("RUS", "GEO", "COERCE")),
])
def test_its_neighbour_is_the_other_state_of_the_pair(text, expected):
    assert expected in _coded(text)


def test_a_neighbour_named_outright_keeps_its_name():
    coded = _coded("Iraq invaded its neighbour Kuwait in August 1990.")
    assert ("IRQ", "KWT", "ASSAULT") in coded
    assert not any(source == "KWT" for source, _, _ in coded)



# Demands handed, delivered or sent to a state, a list of demands too ("sent Serbia a list of ten demands").
@pytest.mark.parametrize("text, expected", [
    ("Austria-Hungary sent Serbia a list of ten demands on 23 July 1914.", ("AUTHUN", "SRB", "REQUEST")),
    ("The Soviet Union handed Finland its demands for ground near Leningrad in October 1939.", ("SUN", "FIN", "REQUEST")),
])
def test_demands_handed_or_sent(text, expected):
    assert expected in _coded(text)


def test_a_lifted_ban_on_tourists_is_no_new_measure():
    assert ("CHN", "TWN", "COERCE") not in _coded("Beijing lifted its ban on Taiwanese tourists in 2008.")


# Relations broken in one sentence and taken up again as "them" in the next ("The two countries restored them in
# 1990"): the act on the relations the paragraph told just before, by one of their parties against the other; a state
# that was no party to them restores nothing of theirs.
@pytest.mark.parametrize("text, expected", [
    ("Guinea broke off relations with France in 1965. Sekou Toure's government restored them ten years later, in 1975.",
     ("GIN", "FRA", "SUPPORT")),
    ("Chile broke off relations with Cuba in September 1973. The two countries restored them in 1995.",
     ("CHL", "CUB", "SUPPORT")),
    ("Indonesia suspended relations with China in October 1967. The two countries did not restore them until "
     "August 1990.", ("IDN", "CHN", "SUPPORT")),
])
def test_relations_taken_up_again_in_the_next_sentence(text, expected):
    assert expected in _coded(text)


def test_relations_of_others_are_not_restored_by_a_third_state():
    coded = _coded("Iran broke off relations with Egypt in 1979. Jordan restored them in 1984.")
    assert not any(source == "JOR" for source, _, _ in coded)


# A task force or an armada sent, with no destination told, is a show of force; a sentence before may give the foe.
@pytest.mark.parametrize("text, expected", [
    ("Argentina invaded the Falklands on 2 April 1982. Britain sent a task force within the week.",
     ("GBR", "ARG", "MOBILIZE")),
    ("The United States sent a carrier task force after the Chinese missile tests of March 1996.",
     ("USA", "CHN", "MOBILIZE")),
])
def test_task_force_sent(text, expected):
    assert expected in _coded(text)


def test_a_task_force_of_engineers_is_no_show_of_force():
    assert not _coded("The company sent a task force of engineers to study the dam.")


# What a speaker says was done to "its" things inside the act's own words ("rammed its patrol boats") was done to the
# speaker's state; "its own" stays the doer's.
@pytest.mark.parametrize("text, expected", [
    ("The Japanese coast guard said Chinese trawlers had rammed its patrol boats near the Senkakus in September 2010.",
     ("CHN", "JPN", "ASSAULT")),
    ("The Philippine coast guard said Chinese ships had rammed its vessels near Sabina Shoal in August 2024.",
     ("CHN", "PHL", "ASSAULT")),
])
def test_its_things_belong_to_the_speaker(text, expected):
    assert expected in _coded(text)


# An army that marches on a town attacks it (a crowd's march on a building stays a protest); troops or soldiers moved
# to a border are a build-up; relations declared normal by two leaders; a place declared part of a state backs that
# state's claim.
@pytest.mark.parametrize("text, expected", [
    ("In April 1979 the Tanzanian army marched on Kampala.", ("TZA", "UGA", "ASSAULT")),
    ("Iraq began moving tens of thousands of soldiers to the border with Kuwait in July 1990.", ("IRQ", "KWT", "MOBILIZE")),
    ("Sadat and Begin declared relations between Egypt and Israel normal in January 1980.", ("EGY", "ISR", "SUPPORT")),
    ("In December 2020 the Trump administration declared Western Sahara a part of Morocco.", ("USA", "MAR", "SUPPORT")),
])
def test_marches_moves_and_declarations(text, expected):
    assert expected in _coded(text)


def test_a_crowd_marching_on_a_building_is_no_attack():
    assert "ASSAULT" not in {t for (_, _, t) in _coded("Thousands of students marched on the parliament in Bangkok in 1973.")}


# Two states' own forces, each named by a possessive, listed as the subject: each is an item of the list ("Peru's
# troops and Ecuador's troops clashed"); a possessive before a common noun that is no force still breaks the list.
@pytest.mark.parametrize("text, expected", [
    ("Peru's troops and Ecuador's troops clashed in the Cenepa valley in January 1995.", ("PER", "ECU", "ASSAULT")),
    ("Thailand's army and Cambodia's army clashed near the Preah Vihear temple in February 2011.",
     ("THA", "KHM", "ASSAULT")),
])
def test_possessive_forces_listed_as_subject(text, expected):
    assert expected in _coded(text)


# A passive with its object first and its doer after "by" ("arms were flown to Israel by American transport planes")
# is the verb's act, by the doer on the state after "to"/"on"; with no doer named it names no party.
@pytest.mark.parametrize("text, expected", [
    ("Arms were flown to Israel by American transport planes in October 1973.", ("USA", "ISR", "AID")),
    ("Sanctions were imposed on Iraq by the Security Council in August 1990.", ("UNSC", "IRQ", "COERCE")),
    ("Mirage fighters were sold to Pakistan by France in 1967.", ("FRA", "PAK", "COOPERATE")),
])
def test_passive_with_its_doer_after_by(text, expected):
    assert expected in _coded(text)


@pytest.mark.parametrize("text", [
    "Sanctions were imposed on Iraq in August 1990.",
    "Arms were flown to Israel by night in October 1973.",
])
def test_passive_without_a_named_doer_names_no_party(text):
    assert not _coded(text)
