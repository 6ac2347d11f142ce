"""The event coder on gaps earlier sessions left open (issue 5), each on sentences of our own: pronouns that stand
for a state named in the sentence before, protests handed over in a capital, wars named by their two parties,
pullbacks by both sides, lists of three states or more."""

from __future__ import annotations

import pytest

from detente import extract_text


def _coded(text: str) -> set[tuple]:
    return {(e.source, e.target, e.cameo[:2], e.date) for e in extract_text(text, origin="t.txt")}


# --- pronouns ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Britain weighed the question for months. It recognized Israel in January 1949.", ("GBR", "ISR", "05", "1949-01")),
    ("Norway followed the fighting closely. In January 1950 it recognized the People's Republic of China.",
     ("NOR", "CHN", "05", "1950-01")),
    ("Argentina stayed neutral for most of the war. It declared war on Germany in March 1945.",
     ("ARG", "GMY", "19", "1945-03")),
    ("Mexico's oil fields were the centre of a long quarrel. It broke off relations with Britain in May 1938.",
     ("MEX", "GBR", "16", "1938-05")),
])
def test_it_opening_a_sentence_stands_for_the_one_state_named_before(text, expected):
    assert expected in _coded(text)


@pytest.mark.parametrize("text", [
    "Britain protested to Iceland in 1958.\n\nNorway and Sweden followed the war in Palestine closely. It recognized Israel in 1949.",
    "Chile and Peru signed the Santiago Declaration in August 1952.\n\nBolivia and Argentina both bordered Chile. "
    "It broke off relations with Chile in 1962.",
])
def test_it_with_two_states_that_fit_is_left_unresolved(text):
    # the doer of an act told a paragraph earlier is no answer either: no act is coded for the sentence
    second = text.split("\n\n")[1]
    assert not [e for e in extract_text(text, origin="t.txt") if e.evidence in second], text


@pytest.mark.parametrize("text, doers, target", [
    ("Egypt and Syria coordinated their plans in 1973. They attacked Israel on 6 October 1973.", {"EGY", "SYR"}, "ISR"),
    ("Britain and France warned Germany in August 1939. They declared war on it in September 1939.", {"GBR", "FRA"}, "GMY"),
    ("Britain and France consulted at Sevres in October 1956. They attacked Egypt on 31 October 1956.", {"GBR", "FRA"}, "EGY"),
])
def test_they_stands_for_each_state_that_acted_in_the_sentence_before(text, doers, target):
    second = text.split(". ", 1)[1]
    told = {(e.source, e.target) for e in extract_text(text, origin="t.txt") if e.evidence == second}
    assert told == {(doer, target) for doer in doers}, told



@pytest.mark.parametrize("text, expected", [
    ("The United States proposed a ceasefire along the Suez Canal in June 1970. Egypt accepted it in July 1970.",
     ("EGY", "USA", "08", "1970-07")),
    ("The Soviet Union offered Egypt a loan for the Aswan dam in 1958. Egypt accepted it in December 1958.",
     ("EGY", "SUN", "08", "1958-12")),
    ("Britain made new proposals on the Suez base to Egypt in 1953. Cairo accepted them in 1954.",
     ("EGY", "GBR", "08", "1954")),
])
def test_accepting_it_or_them_yields_to_who_proposed_it(text, expected):
    assert expected in _coded(text)


# --- protests and ultimatums handed over in a capital -----------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("The American ambassador protested in Tokyo in December 1937.", ("USA", "JPN", "11", "1937-12")),
    ("The British ambassador delivered a protest in Berlin in March 1939.", ("GBR", "GMY", "11", "1939-03")),
    ("The German ambassador delivered an ultimatum in Brussels on 2 August 1914.", ("GMY", "BEL", "13", "1914-08-02")),
    ("The Austro-Hungarian minister handed over an ultimatum in Belgrade on 23 July 1914.",
     ("AUTHUN", "SRB", "13", "1914-07-23")),
])
def test_a_protest_or_ultimatum_handed_over_in_a_capital_is_addressed_to_its_state(text, expected):
    assert expected in _coded(text)


def test_a_protest_in_ones_own_capital_or_by_a_crowd_names_no_target():
    assert not _coded("Chinese students protested in Beijing in May 1999.")
    assert not _coded("Students protested in Moscow in 1965.")
    # protests in the streets of a capital are no note handed to its government
    assert ("SYR", "LBN", "11", "2005-04") not in _coded("The Syrian withdrawal from Lebanon in April 2005 followed weeks of "
                                                        "protests in Beirut.")


# --- wars named by the hyphenated pair that fought them ---------------------------------------------------


@pytest.mark.parametrize("text, pair, date", [
    ("The Indo-Pakistani war of 1971 broke out on 3 December.", {"IND", "PAK"}, "1971-12-03"),
    ("The Iran-Iraq War began in September 1980.", {"IRN", "IRQ"}, "1980-09"),
    ("In 1965 the Indo-Pakistani war broke out over Kashmir.", {"IND", "PAK"}, "1965"),
    ("The Soviet-Afghan war lasted from 1979 to 1989.", {"SUN", "AFG"}, "1979/1989"),
    ("The Sino-Vietnamese war erupted in February 1979.", {"CHN", "VNM"}, "1979-02"),
])
def test_a_war_named_by_a_hyphenated_pair_is_between_the_two(text, pair, date):
    events = extract_text(text, origin="t.txt")
    assert [({e.source, e.target}, e.cameo, e.date) for e in events] == [(pair, "190", date)]


@pytest.mark.parametrize("text", [
    "When the war broke out in 1939, Britain evacuated its children from the cities.",
    "The Greek civil war broke out again in 1946.",
])
def test_a_war_that_names_no_pair_is_no_act_of_one_state(text):
    assert not extract_text(text, origin="t.txt")


# --- both sides pulling back their own troops --------------------------------------------------------------


@pytest.mark.parametrize("text, pair, date", [
    ("India and Pakistan fought in 1965. In February 1966 both sides withdrew their forces to the lines of August 1965.",
     {"IND", "PAK"}, "1966-02"),
    ("Indian and Chinese troops clashed in the Galwan valley in June 2020. In February 2021 both sides pulled back "
     "their troops from the Pangong lake.", {"IND", "CHN"}, "2021-02"),
])
def test_both_sides_pulling_back_is_one_act_of_the_two(text, pair, date):
    # the gold sets' convention: a mutual pullback is one event of both sides (coding it each way, tried on the
    # tuned page sets, only added events their gold does not count)
    pulled = [e for e in extract_text(text, origin="t.txt") if e.cameo.startswith("087") and e.date == date]
    assert [set(e.actors) for e in pulled] == [pair], pulled


# --- an envoy posted in a capital speaks to its state -------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("The American ambassador in Tokyo protested in December 1937.", ("USA", "JPN", "11", "1937-12")),
    ("The British ambassador in Berlin protested in March 1939.", ("GBR", "GMY", "11", "1939-03")),
    ("The British ambassador in Tehran protested in May 1951.", ("GBR", "IRN", "11", "1951-05")),
])
def test_what_an_envoy_posted_in_a_capital_says_is_said_to_its_state(text, expected):
    assert expected in _coded(text)


# --- a person's name at the end of a town's hyphenated name ----------------------------------------------


@pytest.mark.parametrize("text", [
    "The Taliban took Mazar-i-Sharif in August 1998.",
    "Northern Alliance forces retook Mazar-i-Sharif in November 2001.",
])
def test_a_town_ending_in_a_persons_name_names_no_person(text):
    from detente.actors import find_mentions

    assert not [m for m in find_mentions(text) if m.kind == "person"], find_mentions(text)


def test_a_name_after_an_arabic_article_is_still_a_person():
    from detente.actors import find_mentions

    assert [m.entity for m in find_mentions("Bashar al-Assad met Erdogan in 2009.") if m.kind == "person"][:1] == ["bashar_al_assad"]


# --- acts of three states or more: one act of each pair --------------------------------------------------


@pytest.mark.parametrize("text, states, root", [
    ("Representatives of the United States, Britain and the Soviet Union met at Yalta in February 1945.",
     ["USA", "GBR", "SUN"], "04"),
    ("The foreign ministers of the United States, Britain and France met in Washington in April 1949.",
     ["USA", "GBR", "FRA"], "04"),
    ("Envoys of the Netherlands, Belgium and Luxembourg signed a customs union in London in September 1944.",
     ["NLD", "BEL", "LUX"], "05"),
    ("On 30 September 1938 Britain, France, Germany and Italy signed the Munich Agreement.", ["GBR", "FRA", "GMY", "ITA"], "05"),
    ("In February 1934 Greece, Turkey, Romania and Yugoslavia formed the Balkan Entente.", ["GRC", "TUR", "ROU", "YUG"], "05"),
    ("In 1955 Turkey, Iraq, Iran, Pakistan and Britain formed the Baghdad Pact.", ["TUR", "IRQ", "IRN", "PAK", "GBR"], "05"),
])
def test_an_act_of_a_list_of_states_is_coded_for_each_pair(text, states, root):
    # the convention of _several_parties (and of the labelled sentences): each pair of a plain list acts together,
    # so the index of every pair counts the act; an article before the first name ("of the United States") is no
    # title that would take it out of the list
    pairs = {frozenset((e.source, e.target)) for e in extract_text(text, origin="t.txt") if e.cameo.startswith(root)}
    assert pairs == {frozenset((a, b)) for i, a in enumerate(states) for b in states[i + 1 :]}, pairs


# --- named fleets, purchases ----------------------------------------------------------------------------------


def test_a_fleet_named_with_a_numeral_is_its_states():
    assert ("USA", "SYR", "15", "1967-06") in _coded("In June 1967 the 6th Fleet moved toward the Syrian coast.")


@pytest.mark.parametrize("text, expected", [
    ("In 1982 India bought Mirage jets from France.", ("IND", "FRA", "06", "1982")),
    ("Pakistan bought the F-16 from the United States in 1981.", ("PAK", "USA", "06", "1981")),
    ("In 1867 the United States purchased Alaska from Russia.", ("USA", "RUSEMP", "06", "1867")),
    ("Egypt bought arms from Czechoslovakia in September 1955.", ("EGY", "CSK", "06", "1955-09")),
])
def test_buying_from_a_state_is_an_exchange_with_it(text, expected):
    assert expected in _coded(text)


def test_buying_time_buys_nothing():
    assert not _coded("Britain bought time from Germany at Munich in 1938.")


def test_a_purchase_named_as_a_noun_is_no_act_of_buying():
    assert not [e for e in extract_text("Tokyo's purchase of the islands from a private owner in 2012 angered Beijing.",
                                        origin="t.txt") if e.cameo.startswith("06")]


# --- a party of one state acting at home ------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The Baath party overthrew Qasim in February 1963.",
    "In February 1963 the Baathists overthrew Qasim and seized power in Baghdad.",
])
def test_the_iraqi_baath_of_1963_acts_in_iraq(text):
    # the Baath governed Iraq from February to November 1963 as well as Syria from March 1963: its coup in Baghdad
    # is Iraq's own change of government, no act of Syria on Iraq
    events = extract_text(text, origin="t.txt")
    assert events and all("SYR" not in e.actors for e in events), [(e.source, e.cameo, e.target) for e in events]
    assert any(e.source == "IRQ" and e.cameo.startswith("D0") for e in events)


# --- an embassy closed whose owner the sentence leaves unnamed ---------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Britain and Iran broke off relations in 1952. The embassy in Tehran was closed in October 1952.",
     ("GBR", "IRN", "16", "1952-10")),
    ("West Germany and Egypt fell out in 1965. The embassy in Cairo was closed in May 1965.", ("DEU", "EGY", "16", "1965-05")),
    ("China and Indonesia quarrelled in 1967. The embassy in Jakarta was closed in October 1967.",
     ("CHN", "IDN", "16", "1967-10")),
])
def test_the_embassy_in_a_capital_of_the_pair_is_the_other_states(text, expected):
    assert expected in _coded(text)


def test_an_embassy_closed_with_no_pair_in_focus_names_no_owner():
    assert not _coded("The embassy in Jakarta was closed in October 1967.")


@pytest.mark.parametrize("text", ["Britain formed a coalition government in May 1940.", "Churchill formed a new cabinet in 1951."])
def test_forming_a_government_is_no_pact(text):
    assert not _coded(text)
