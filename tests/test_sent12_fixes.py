"""General forms found on the sent12 labelled rows (tests/data/event_sentences.jsonl, split sent12), shown on
sentences of our own about other pairs and years: each sentence with the (source, target, type) it must yield."""

from __future__ import annotations

import pytest

from detente import extract_text


def _coded(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type) for e in extract_text(text)}


# Vocabulary: relations or ties cut or downgraded, a dialogue cut or broken off, imports held up or no longer bought,
# ships boarded or rammed, wells or refineries set on fire, demands presented, a spy plane brought down,
# battalions moved to a border, membership applied for, crews held and let go, prisoners sent home,
# a state called a threat.
@pytest.mark.parametrize("text, expected", [
    ("Iran cut relations with Egypt in May 1980.", ("IRN", "EGY", "SANCTION")),
    ("Saudi Arabia cut ties with Iran in January 2016.", ("SAU", "IRN", "SANCTION")),
    ("Ankara downgraded relations with Tel Aviv to the level of second secretary in September 2011.",
     ("TUR", "ISR", "SANCTION")),
    ("Beijing cut off its dialogue with Taipei in 1995.", ("CHN", "TWN", "SANCTION")),
    ("India broke off the dialogue with Pakistan after the Mumbai attacks of 2008.", ("IND", "PAK", "SANCTION")),
    ("Greece held up goods bound for Macedonia at the port of Thessaloniki in 1994.", ("GRC", "MKD", "COERCE")),
    ("The European Community stopped buying Argentine goods in April 1982.", ("EEC", "ARG", "COERCE")),
    ("Iranian Revolutionary Guards boarded a British-flagged tanker in the Strait of Hormuz in July 2019.",
     ("IRN", "GBR", "COERCE")),
    ("A Chinese trawler rammed two Japanese coast guard vessels near the Senkakus in September 2010.",
     ("CHN", "JPN", "ASSAULT")),
    ("Saddam Hussein's troops set Kuwaiti oil wells ablaze as they withdrew in February 1991.", ("IRQ", "KWT", "ASSAULT")),
    ("Germany presented Czechoslovakia with new demands over the Sudetenland in September 1938.",
     ("GMY", "CSK", "REQUEST")),
    ("Soviet air defences brought down an American spy plane near Sverdlovsk on 1 May 1960.", ("SUN", "USA", "ASSAULT")),
    ("Turkey moved armoured brigades to the Syrian border in October 1998.", ("TUR", "SYR", "MOBILIZE")),
    ("Sweden applied for NATO membership on 18 May 2022.", ("SWE", "NATO", "REQUEST")),
    ("Ukraine applied to join the European Union in February 2022.", ("UKR", "EU", "REQUEST")),
    ("Iran held fifteen British sailors and marines for thirteen days in 2007.", ("IRN", "GBR", "COERCE")),
    ("North Korea held the crew of the USS Pueblo for eleven months and let them go in December 1968.",
     ("PRK", "USA", "RETREAT")),
    ("The Soviet Union sent the last German prisoners of war home in 1956.", ("SUN", "DEU", "RETREAT")),
    ("After the Pokhran tests of May 1998 Pakistan called India a threat to peace in South Asia.",
     ("PAK", "IND", "ACCUSE")),
])
def test_vocabulary_found_on_sent12(text, expected):
    assert expected in _coded(text)


# An aim that opens the sentence ("To punish Qatar,", "Seeking to isolate Taipei,", "In order to deter Pakistan,")
# names the act's object or its cause: the main clause's subject after the comma is the doer.
@pytest.mark.parametrize("text, expected", [
    ("To punish Qatar, Saudi Arabia broke off relations with Doha on 5 June 2017.", ("SAU", "QAT", "SANCTION")),
    ("Seeking to punish Qatar, Bahrain broke off relations with Doha in June 2017.", ("BHR", "QAT", "SANCTION")),
    ("To put pressure on Hanoi, China cut off its aid to Vietnam in July 1978.", ("CHN", "VNM", "SANCTION")),
    ("In order to punish Pakistan for its nuclear tests, Japan froze its aid loans in 1998.", ("JPN", "PAK", "SANCTION")),
])
def test_an_opening_aim_names_no_subject(text, expected):
    coded = _coded(text)
    assert expected in coded
    assert (expected[1], expected[0], expected[2]) not in coded


@pytest.mark.parametrize("text, expected", [
    ("According to the Indian government, Pakistani soldiers crossed the ceasefire line in Kashmir in August 1965.",
     ("PAK", "IND", "ASSAULT")),
    ("To the dismay of Moscow, Beijing invited Nixon to China in 1971.", ("CHN", "USA", "AGREE")),
])
def test_an_opening_phrase_that_is_no_aim_keeps_its_reading(text, expected):
    assert expected in _coded(text)


# An envoy recalled in the passive: his own state recalls him from the state named inside the phrase or after "from".
@pytest.mark.parametrize("text, expected", [
    ("The Chinese ambassador in Vilnius was recalled in August 2021.", ("CHN", "LTU", "SANCTION")),
    ("The Soviet ambassador was recalled from Tirana in 1961.", ("SUN", "ALB", "SANCTION")),
    ("Moscow's ambassador was withdrawn from Tirana in December 1961.", ("SUN", "ALB", "SANCTION")),
    ("France's ambassadors to Washington and Canberra were recalled in September 2021.", ("FRA", "USA", "SANCTION")),
])
def test_an_envoy_recalled_in_the_passive(text, expected):
    assert expected in _coded(text)


def test_an_envoy_recalled_with_no_state_named_is_no_act():
    assert not _coded("The ambassador was recalled from his post in 1961.")


# A truce declared, or forces pulled back, with no other state named: the doer's own act, kept with no target; a
# withdrawal from talks is not one, and a negated or promised withdrawal is not done.
@pytest.mark.parametrize("text, expected", [
    ("Israel declared a unilateral ceasefire on 18 January 2009.", ("ISR", None, "RETREAT")),
    ("China withdrew its last troops in March 1979.", ("CHN", None, "RETREAT")),
    ("Yugoslav forces pulled out of Kosovo in June 1999.", ("SCG", None, "RETREAT")),
])
def test_an_own_retreat_with_no_foe_named_is_kept(text, expected):
    assert expected in _coded(text)


@pytest.mark.parametrize("text", [
    "India withdrew from the talks in 2001.",
    "Iraq did not withdraw its troops in January 1991.",
    "Moscow promised to withdraw its troops by 1994.",
])
def test_no_own_retreat_where_none_was_made(text):
    assert not any(t == "RETREAT" for _, _, t in _coded(text))


# Feelings at an act told by "that" or "when", displeasure "with" a measure, approval "of" an act: an attitude of the
# one who feels it toward the doer.
@pytest.mark.parametrize("text, expected", [
    ("Islamabad was pleased when Washington lifted its sanctions in September 2001.", ("PAK", "USA", "SUPPORT")),
    ("Castro was angry that Moscow had not consulted him in October 1962.", ("CUB", "SUN", "ACCUSE")),
    ("Nepal was displeased with India's new political map of November 2019.", ("NPL", "IND", "ACCUSE")),
    ("Tokyo was shaken when a North Korean missile flew over Hokkaido in August 2017.", ("JPN", "PRK", "ACCUSE")),
    ("Havana approved of the Soviet intervention in Afghanistan in 1980.", ("CUB", "SUN", "SUPPORT")),
    ("Beijing was upset that Washington had sold F-16 fighters to Taipei in 1992.", ("CHN", "USA", "ACCUSE")),
])
def test_feelings_told_by_that_when_with_of(text, expected):
    assert expected in _coded(text)


@pytest.mark.parametrize("text", [
    "Chinese troops fired on an Indian post in 1959 and forced its garrison to withdraw.",
    "In December 1971 Moscow vetoed a resolution that called on both armies to cease fire and withdraw.",
    "The two foreign ministers signed an agreement in 1972 to withdraw their forces from the border.",
])
def test_no_own_act_where_it_was_forced_asked_agreed_or_not_let(text):
    assert not any(t in ("RETREAT",) and target is None for _, target, t in _coded(text))


def test_letting_a_thing_go_is_no_release():
    assert not _coded("The Syrian government said it would not let the raid go unanswered.")


# Dissatisfaction voiced "with" an act, aid suspended by its sum, foreign firms' plants taken
# over, troops sent to occupy a place, a visit called off, formations moved to a border.
@pytest.mark.parametrize("text, expected", [
    ("Beijing expressed strong dissatisfaction with Japan's purchase of the islands in September 2012.",
     ("CHN", "JPN", "ACCUSE")),
    ("In September 2018 the Pentagon withheld $300 million in military aid from Pakistan.", ("USA", "PAK", "SANCTION")),
    ("Indonesia took over Dutch plantations and firms in December 1957.", ("IDN", "NLD", "COERCE")),
    ("Argentina sent troops to occupy the Falklands in April 1982.", ("ARG", "GBR", "COERCE")),
    ("Japan's prime minister called off a visit to India in December 2019.", ("JPN", "IND", "REJECT")),
    ("In 2002 Pakistan moved its strike formations to the border with India.", ("PAK", "IND", "MOBILIZE")),
])
def test_more_vocabulary_found_on_sent12(text, expected):
    assert expected in _coded(text)


def test_a_visit_called_off_is_no_visit():
    assert not any(t == "CONSULT" for _, _, t in _coded("Japan's prime minister called off a visit to India in December 2019."))


# Towns and heights taken.
@pytest.mark.parametrize("text, expected", [
    ("Eritrean troops took the town of Badme from Ethiopia in May 1998.", ("ERI", "ETH", "COERCE")),
    ("Israeli troops took the Golan Heights from Syria in June 1967.", ("ISR", "SYR", "COERCE")),
])
def test_towns_and_heights_taken(text, expected):
    assert expected in _coded(text)


@pytest.mark.parametrize("text", [
    "Britain accepted the Icelandic fishing limit in June 1976, ending the Cod War.",
    "The Chinese army that had entered Vietnam in February 1979 withdrew in March.",
])
def test_no_own_retreat_for_a_war_ended_or_a_subject_told_by_a_relative_clause(text):
    assert not any(target is None and t == "RETREAT" for _, target, t in _coded(text))


def test_ambassadors_exchanged_in_the_passive_stay_an_exchange():
    assert ("CHN", "PAK", "SUPPORT") in _coded("Ambassadors were exchanged between China and Pakistan in 1951.")


# Troops pulled back: two states named as the subject pull back from each other; one state alone, from the state
# named after "from", else with no target.
@pytest.mark.parametrize("text, expected", [
    ("India and Pakistan pulled their troops back from the border in late 2002.", ("IND", "PAK", "RETREAT")),
    ("Moscow pulled its troops back from Mongolia between 1989 and 1992.", ("SUN", "MNG", "RETREAT")),
    ("China pulled its troops back from the Galwan Valley in July 2020.", ("CHN", None, "RETREAT")),
])
def test_troops_pulled_back(text, expected):
    assert expected in _coded(text)


# Force authorised against a state, bases a state lets another use (or will not), soldiers who fly home from a state
# (a person who flies home makes no retreat).
@pytest.mark.parametrize("text, expected", [
    ("The Security Council authorised the use of force against Libya in March 2011.", ("UNSC", "LBY", "THREATEN")),
    ("Uzbekistan allowed American forces to use the Karshi-Khanabad air base from October 2001.",
     ("UZB", "USA", "COOPERATE")),
    ("Turkey would not allow American troops to use its bases for the invasion of Iraq in March 2003.",
     ("TUR", "USA", "REJECT")),
    ("Cuban troops flew home from Ethiopia in 1989.", ("CUB", "ETH", "RETREAT")),
])
def test_force_authorised_bases_lent_soldiers_flown_home(text, expected):
    assert expected in _coded(text)


def test_a_minister_flying_home_makes_no_retreat():
    assert not _coded("The Cuban foreign minister flew home from Moscow in 1991.")
