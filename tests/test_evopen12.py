"""Onlookers named beside a signing, a summit that is a hill's top, a paper that "went to" a state, and an ally's
foe in "fought alongside": each on sentences of our own."""

from __future__ import annotations

import pytest

from detente import extract_text


def _coded(text: str) -> list[tuple]:
    return [(e.source, e.target, e.cameo, e.date) for e in extract_text(text, origin="t.txt")]


# --- a witness or an onlooker of a signing is no party to it --------------------------------------------------


@pytest.mark.parametrize("text, parties", [
    ("In 1978 Egypt and Israel signed the accords at Camp David, with President Carter as witness.", {"EGY", "ISR"}),
    ("In 1960 India and Pakistan signed the Indus Waters Treaty, with the World Bank as a witness.", {"IND", "PAK"}),
    ("In October 1994 Jordan and Israel signed a peace treaty, with the United States as a witness.", {"JOR", "ISR"}),
    ("Armenia and Azerbaijan signed a ceasefire in May 1994, with Russia and Kyrgyzstan as witnesses.", {"ARM", "AZE"}),
    ("In 1955 Austria signed a treaty with the Soviet Union, with France as a witness.", {"AUT", "SUN"}),
    ("Peru and Ecuador signed a peace agreement in Brasilia in 1998 in the presence of the presidents of Argentina "
     "and Brazil.", {"PER", "ECU"}),
])
def test_a_witness_of_a_signing_is_no_party(text, parties):
    signed = [(s, t) for s, t, c, _ in _coded(text) if c == "057"]
    assert signed and all({s, t} == parties for s, t in signed), signed


def test_a_list_after_an_onlooker_goes_on_by_names_not_by_an_adjective():
    # the comma closes the fronted phrase: the adjectives after it name the clause's subjects, no more onlookers
    events = _coded("Meeting under the auspices of the Organisation of African Unity, Ethiopian and Somali envoys agreed "
                    "to a ceasefire in 1964.")
    assert [e for e in events if {e[0], e[1]} == {"ETH", "SOM"}], events


def test_an_objection_to_a_presence_is_no_onlooker():
    events = _coded("In 1976 Canada objected to the presence of Cuban troops in Angola.")
    assert ("CAN", "CUB") in [(s, t) for s, t, c, _ in events if c == "111"], events


def test_the_parties_after_a_go_between_are_no_list_of_onlookers():
    # "mediated by X between A and B": only the go-between looks on; A and B stay the parties of the talks
    events = _coded("Talks mediated by the Soviet Union between India and Pakistan opened in Tashkent in January 1966.")
    assert [e for e in events if {e[0], e[1]} == {"IND", "PAK"} and e[2].startswith("04")], events


def test_a_state_signing_with_another_is_still_its_party():
    # "with" before the partner, no "as witness" after it: the partner stays the target
    signed = [(s, t) for s, t, c, _ in _coded("In 1961 Mali signed a trade agreement with Guinea.") if c == "057"]
    assert signed == [("MLI", "GIN")], signed


# --- "summit" as the top of a hill ------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "In 1962 Chinese troops reached the summit of the pass before India could reinforce it.",
    "In 1960 a Chinese team climbed to the summit and India protested.",
    "In 1999 Pakistani troops occupied the summit of the peak near Kargil and India attacked them.",
    "In 1936 Italian climbers scaled the summit while Ethiopia watched.",
])
def test_the_summit_of_a_height_is_no_meeting(text):
    assert not [c for c in _coded(text) if c[2] == "043"], _coded(text)


@pytest.mark.parametrize("text, pair", [
    ("In 1961 Kennedy and Khrushchev held a summit in Vienna.", {"USA", "SUN"}),
    ("In 1985 the summit of the United States and the Soviet Union took place in Geneva.", {"USA", "SUN"}),
    ("In 1975 Leonid Brezhnev and Gerald Ford reached agreement at the summit in Vladivostok.", {"USA", "SUN"}),
])
def test_a_summit_of_leaders_is_still_a_meeting(text, pair):
    assert [c for c in _coded(text) if c[2] == "043" and {c[0], c[1]} == pair], _coded(text)


# --- a paper that "went to" a state is no visit ------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "In March 1950 Britain sent a note to the Soviet Union that also went to France.",
    "In 1958 Khrushchev wrote to Eisenhower, and copies of the letter went to Britain and France.",
    "In 1962 a Soviet protest went to Washington the same day.",
])
def test_a_paper_that_went_to_a_state_is_no_visit(text):
    assert not [c for c in _coded(text) if c[2] == "042"], _coded(text)


@pytest.mark.parametrize("text, visit", [
    ("In 1959 Khrushchev went to the United States.", ("SUN", "USA")),
    ("The note was handed to the ambassador in 1961 and Gromyko went to Bonn.", ("SUN", "DEU")),
])
def test_a_person_who_went_to_a_state_still_visits_it(text, visit):
    assert visit in [(s, t) for s, t, c, _ in _coded(text) if c == "042"], _coded(text)


# --- fighting alongside one party of the page's pair is force against the other, told once ----------------------


@pytest.mark.parametrize("text, fighter, ally, foe", [
    ("Angola–South Africa relations\n\nSouth Africa invaded Angola in 1975. In November 1975 Cuban troops came to "
     "fight alongside the Angolans.\n", "CUB", "AGO", "ZAF"),
    ("Ethiopia–Somalia relations\n\nSomalia invaded Ethiopia in 1977. In early 1978 South Yemeni units fought beside "
     "the Ethiopians.\n", "YMD", "ETH", "SOM"),
    ("Israel–Syria relations\n\nSyria and Israel went to war in October 1973. Iraqi divisions fought alongside the "
     "Syrians in 1973.\n", "IRQ", "SYR", "ISR"),
])
def test_fighting_beside_one_of_the_pair_is_force_against_the_other_once(text, fighter, ally, foe):
    force = [(s, t) for s, t, c, _ in _coded(text) if c == "190" and s == fighter]
    assert force == [(fighter, foe)], force  # against the foe, once; never against the ally


def test_a_foe_named_in_the_sentence_is_the_only_target():
    text = ("Israel–Syria relations\n\nSyria and Israel went to war in October 1973. In 1973 Moroccan troops fought "
            "beside the Syrians against Israel.\n")
    force = [(s, t) for s, t, c, _ in _coded(text) if c == "190" and s == "MAR"]
    assert force == [("MAR", "ISR")], force


# --- a guest received by a host named by title alone: the host is the state of the place ------------------------


@pytest.mark.parametrize("text, host, guest", [
    ("In 1959 Khrushchev was received at the White House by the president.", "USA", "SUN"),
    ("In 1974 Brezhnev was received at the Elysee by the president.", "FRA", "SUN"),
    ("In 1955 Nehru was received in Moscow by the Soviet premier.", "SUN", "IND"),
    ("In 1956 Sukarno was received in Washington by President Eisenhower.", "USA", "IDN"),
    ("In 1956 Nehru was received by King Saud in Riyadh.", "SAU", "IND"),
])
def test_the_host_of_a_guest_received_is_the_source(text, host, guest):
    hosted = [(s, t) for s, t, c, _ in _coded(text) if c == "043"]
    assert hosted == [(host, guest)], hosted
