"""recall13 (gold events the coder missed on the tuned pages for want of a trigger or an actor): a state's mission,
consulate-general, high commission, interests section or office of trade or culture opened in another state's capital
(also told with no verb in the passive); health workers and relief ships sent; a vote for the resolution that gives a
body's seat "in the United Nations to" a state. Shown on sentences of our own, with look-alikes that stay as they were."""

from __future__ import annotations

import pytest

from detente import extract_text


def _acts(text: str) -> list[tuple]:
    return sorted((e.source, e.target, e.cameo, e.date) for e in extract_text(text))


@pytest.mark.parametrize("text, act", [
    # an office of a state's trade, culture or representation opened in a capital: accredited to its state
    ("Japan opened a trade office in Seoul in 1973.", ("JPN", "KOR", "050", "1973")),
    ("Japan opened a cultural centre in Nairobi in May 1981.", ("JPN", "KEN", "050", "1981-05")),
    ("In 1994 Mexico opened a representative office in Warsaw.", ("MEX", "POL", "050", "1994")),
    # a consulate-general, written with its hyphen, as a consulate
    ("Mexico opened its consulate-general in Lima in 1962.", ("MEX", "PER", "054", "1962")),
    # a mission that opens or reopens with no verb in the passive: its state and the host
    ("The Swedish embassy in Lima opened on 3 March 1953.", ("SWE", "PER", "054", "1953-03-03")),
    ("The Ghanaian high commission in Nairobi reopened in June 1990.", ("GHA", "KEN", "054", "1990-06")),
    ("The Swiss interests section in Tehran opened on 2 May 1980.", ("CHE", "IRN", "050", "1980-05-02")),
])
def test_a_mission_or_office_opened_in_a_capital(text, act):
    assert act in _acts(text), _acts(text)


@pytest.mark.parametrize("text, act", [
    ("In April 1986 Brazil sent surgeons and nurses to Angola.", ("BRA", "AGO", "073", "1986-04")),
    ("Cuba sent ophthalmologists to Bolivia in 2006.", ("CUB", "BOL", "073", "2006")),
    ("In 1998 Norway sent paramedics and dentists to Honduras.", ("NOR", "HND", "073", "1998")),
    # ships or aircraft sent laden with relief (the hazard before is no act, the relief is)
    ("After a cyclone struck the coast of Burma in May 1991, the Indian navy sent two ships with food and medicine.",
     ("IND", "MMR", "073", "1991-05")),
    ("In March 2000 Chile sent three aircraft carrying tents and blankets to Bolivia.", ("CHL", "BOL", "073", "2000-03")),
])
def test_health_workers_and_relief_sent(text, act):
    assert act in _acts(text), _acts(text)


def test_a_vote_for_the_seat_given_in_a_body_to_a_state():
    text = "In October 1971 Kenya voted for the resolution that gave China's seat in the United Nations to Beijing."
    assert ("KEN", "CHN", "051", "1971-10") in _acts(text), _acts(text)


@pytest.mark.parametrize("text", [
    # where an office or a mission is, not its opening: no act of support
    "The bomb destroyed the Turkish cultural centre in Athens in 1975.",
    "In 1975 a bomb damaged the Turkish trade office in Athens.",
    # warships or troops sent with no relief aboard are no aid
    "In May 1991 the Indian navy sent two ships with marines to the coast of Burma.",
])
def test_look_alikes_make_no_opening_nor_aid(text):
    acts = _acts(text)
    assert not [a for a in acts if a[2] in ("050", "054", "073")], acts


@pytest.mark.parametrize("text, act", [
    # an insult after a leader named with his title and a word of scorn; praise by "a great ally"
    ('In June 2003 Hugo Chávez called President Álvaro Uribe an "abject lackey" of Washington.', ("VEN", "COL", "111", "2003-06")),
    ('In April 2009 Lula called Argentina "a great ally" of the Brazilian people.', ("BRA", "ARG", "051", "2009-04")),
    # debts rescheduled or all that is owed written off: relief of debt
    ("In 1996 Peru quietly rescheduled the payments it owed Argentina.", ("PER", "ARG", "071", "1996")),
    ("In 1987 Moscow wrote off everything Hanoi owed it for the war.", ("SUN", "VNM", "071", "1987")),
    # a deal or a contract put on hold or on ice, its partner named inside
    ("Under Russian pressure, Caracas put the pipeline deal with Bogotá on hold in March 2004.", ("VEN", "COL", "160", "2004-03")),
    ("In 1975 Algeria put the gas contract with France on ice.", ("DZA", "FRA", "160", "1975")),
])
def test_names_called_debts_relieved_deals_put_on_hold(text, act):
    assert act in _acts(text), _acts(text)


@pytest.mark.parametrize("text", [
    # an ally called false or the talks put off are no praise and no suspended deal
    'In 1962 Nasser called Jordan "a false friend" of the Arabs.',
    "In 1988 the two ministers put their differences on hold.",
])
def test_look_alikes_of_praise_and_deals_on_hold(text):
    acts = _acts(text)
    assert not [a for a in acts if a[2] in ("051", "160")], acts


@pytest.mark.parametrize("text, act", [
    # builders or engineers of one state who build works in another: aid
    ("In 1987 Chinese engineers built a stadium in Harare.", ("CHN", "ZWE", "070", "1987")),
    ("In 1962 Soviet engineers built Afghanistan's first paved roads.", ("SUN", "AFG", "070", "1962")),
    # relief and rescuers flown into a place
    ("In March 1994 the Indian air force was flying rescue teams and relief into Colombo.", ("IND", "LKA", "073", "1994-03")),
])
def test_works_built_and_relief_flown_in(text, act):
    assert act in _acts(text), _acts(text)


def test_works_built_in_no_other_state_are_no_aid():
    acts = _acts("In 1982 Israeli workers built a settlement near Hebron, and the engineers built a new bridge in 1985.")
    assert not [a for a in acts if a[2] == "070"], acts


@pytest.mark.parametrize("text, act", [
    # arms flown, told in the passive with their giver's demonym: the verb of a journey gives way to the arms sent
    ("Soviet weapons were flown to Syria in October 1973.", ("SUN", "SYR", "072", "1973-10")),
    ("In November 1962 American and British arms were flown to India.", ("USA", "IND", "072", "1962-11")),
])
def test_arms_flown_in_the_passive(text, act):
    assert act in _acts(text), _acts(text)


def test_a_leader_flown_to_a_capital_still_travels():
    acts = _acts("In May 1974 Sadat flew to Damascus, and Soviet arms were flown to Syria that October.")
    assert ("EGY", "SYR", "042", "1974-05") in acts, acts


@pytest.mark.parametrize("text, act", [
    # a state's office of trade ordered shut, as its embassy
    ("In May 1988 Israel ordered Iran's trade office in Tel Aviv to close.", ("ISR", "IRN", "161", "1988-05")),
    # trucks given, a plan or roads paid for, a contract won by a state's company: aid, economic cooperation
    ("In 1975 China gave Laos 200 military trucks.", ("CHN", "LAO", "070", "1975")),
    ("India paid for nearly all of Nepal's first road plan in 1956.", ("IND", "NPL", "070", "1956")),
    ("In 1998 a Brazilian state company won a contract to rebuild Angola's railways.", ("BRA", "AGO", "061", "1998")),
])
def test_offices_shut_trucks_given_works_paid_for_contracts_won(text, act):
    assert act in _acts(text), _acts(text)


def test_a_contract_won_at_home_is_no_act():
    assert _acts("In 2001 the workers won a contract with the city council.") == []


def test_a_promise_that_a_state_would_help_is_a_promise_made():
    text = "Visiting Managua in March 1986, the Libyan leader promised that Libya would help rebuild the port of Corinto."
    assert ("LBY", "NIC", "033", "1986-03") in _acts(text), _acts(text)


def test_help_that_would_come_on_a_condition_stays_unpromised():
    acts = _acts("In March 1986 the Libyan press wrote that Libya could help Nicaragua only if Moscow paid.")
    assert not [a for a in acts if a[2] == "033"], acts


def test_a_pilot_flying_an_aircraft_of_another_state_flies_no_arms_to_it():
    acts = _acts("In June 1967 a Syrian officer flying an Iraqi Hunter shot down a Jordanian jet over Irbid.")
    assert not [a for a in acts if a[2] == "072"], acts
