"""General forms found on the long pages of tests/data/other_pairs/tune28/ (README.md there), shown on sentences of
our own about other pairs and years: each text with the events it must (or must not) give."""

from __future__ import annotations

import pytest

from detente import extract_text
from detente.pipeline import extract_documents


def _codes(text: str) -> set[tuple]:
    return {(e.source, e.target, e.cameo) for e in extract_text(text)}


def _dated(text: str) -> set[tuple]:
    return {(e.source, e.target, e.cameo, e.date) for e in extract_text(text)}


def _sentences(tmp_path, text: str) -> list[str]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    document = next(iter(extract_documents([str(page)])))
    return [document.text[s.start : s.end] for s in document.sentences]


# A chronology line of a plain-text page that opens with a numeric date ("19.06.1961 - ...", "02.1974 - ...") or a
# part of a year ("late 1990 - ..."), and a quick-facts line "Label: value" that ends with a number, are entries of
# their own, not run-ons of the line before them.
@pytest.mark.parametrize("lines", [
    ["12.03.1971 - Ceylon lets Pakistani aircraft refuel", "04.1972 - talks on trade in Colombo",
     "late 1976 - a cultural agreement is signed", "spring 1979 - a ministerial visit"],
    ["1998-05-11 - India tests nuclear devices", "06/1998 - sanctions are announced",
     "early 2001 - the sanctions are eased"],
])
def test_chronology_lines_with_numeric_dates_are_entries(tmp_path, lines):
    sentences = _sentences(tmp_path, "A chronology of relations between two states, told in short lines\n\n"
                                     "Chronology\n" + "\n".join(lines) + "\n")
    for line in lines:
        assert line in sentences


@pytest.mark.parametrize("lines", [
    ["Recognition: 14 May 1948", "Embassies opened: 1949", "Peace treaty: 26 March 1979"],
    ["Independence: 10 October 1970", "Coups: 1987 and 2000", "Coups since independence: 4"],
])
def test_quick_facts_lines_are_entries(tmp_path, lines):
    sentences = _sentences(tmp_path, "A page on two states that gives its facts in a box of short lines\n\n"
                                     "Quick facts\n" + "\n".join(lines) + "\n\nSummary\nThe two states are friends.\n")
    for line in lines:
        assert line in sentences


def test_prose_lines_that_end_without_a_stop_still_run_on(tmp_path):
    # a hard-wrapped sentence whose second line opens in lower case is no chronology entry
    sentences = _sentences(tmp_path, "Relations between Iran and Iraq\n\nThe two states fought from 1980 until the "
                                     "summer of\nlate August 1988, when a ceasefire took hold.\n")
    assert not any(s.startswith("late August 1988") for s in sentences)


# The value after a fact line's colon dates the act its label names, not the line before it.
@pytest.mark.parametrize("text, expected", [
    ("Iran and Iraq\n\nQuick facts\nDiplomatic relations: 1958\nIraqi invasion of Iran: 22 September 1980\n"
     "Ceasefire: 20 August 1988\n", ("IRQ", "IRN", "1980-09-22")),
    ("Egypt and Israel\n\nKey facts\nArmistice: 1949\nEgyptian attack on Israel: 6 October 1973\n",
     ("EGY", "ISR", "1973-10-06")),
])
def test_a_fact_line_is_dated_by_its_value(text, expected):
    found = {(e.source, e.target, e.date) for e in extract_text(text)}
    assert expected in found


def test_a_fact_box_sets_no_story_time():
    # the box's last line dates its own act; the undated lead after it is not dated by it
    text = ("India and South Africa\n\nAt a glance\nTrade embargo imposed by India: 1946\nRelations restored: November "
            "1993\n\nIndia was the first state to break with white-ruled South Africa and among the last to make "
            "peace with it.")
    assert not [e for e in extract_text(text) if e.evidence.startswith("India was the first") and e.date == "1993-11"]


# "the two governments" in a sentence that names one state outside the pair the page has told most so far: the pair
# of that state the page has told.
def test_the_two_governments_are_the_named_states_pair():
    text = ("Brazil and Angola\n\nBrazil and Angola opened relations in 1975. Cuban troops fought South African "
            "forces in Angola in 1976. South Africa attacked Angola again in 1981. Brazil welcomed the new state, "
            "and in 1976 the two governments signed a trade agreement.")
    codes = {(e.source, e.target, e.cameo) for e in extract_text(text) if e.date == "1976" and e.cameo.startswith("05")}
    assert codes and all({s, t} == {"BRA", "AGO"} for s, t, _ in codes)


# A worry that something would happen tells no act: "worried that the opening would anger Washington".
@pytest.mark.parametrize("text", [
    "In 1999 some Guatemalan business leaders worried that the opening would anger Washington.",
    "In 1972 Chile worried that the nationalization would provoke the United States.",
    "Pakistani officials worried in 2003 that the war would hurt Kuwait.",
])
def test_a_worry_about_what_would_come_is_no_act(text):
    assert not [c for c in _codes(text) if c[2].startswith("11")]


# A storm or an earthquake that strikes or devastates is no actor: "after Hurricane Mitch struck".
@pytest.mark.parametrize("text", [
    "Relations were restored in January 1998, and after Hurricane Mitch struck that autumn Cuban doctors went to Honduras.",
    "When Cyclone Nargis hit Burma in May 2008, Indian ships brought food.",
    "In 1970 the earthquake devastated Peru, and Cuban doctors flew to Lima.",
    "In 2005 the floods hit Pakistan, and Kuwaiti aid followed.",
])
def test_a_hazard_is_no_attacker(text):
    assert not [c for c in _codes(text) if c[2].startswith(("18", "19", "20"))]


def test_troops_that_strike_still_attack():
    assert ("CUB", "AGO", "190") in _codes("In 1976 Cuban troops struck rebel bases in Angola.") \
        or any(c[:2] == ("CUB", "AGO") and c[2].startswith(("18", "19")) for c in _codes("In 1976 Cuban troops struck Angola."))


# "fought (hard, harder than any other government) to slow/keep/block ...": an effort for an end, no fighting.
@pytest.mark.parametrize("text", [
    "In 2001 Mexico fought harder than any other government to slow China's entry into the WTO.",
    "India fought hard in 1998 to keep Pakistan out of the group.",
    "In 1975 France fought to block Spain's entry into the community.",
])
def test_fighting_to_do_something_is_no_armed_act(text):
    assert not [c for c in _codes(text) if c[2].startswith("19")]


@pytest.mark.parametrize("text, pair", [
    ("Argentina fought to the last against Britain in 1982.", ("ARG", "GBR")),
    ("In 1962 China fought India in the Himalayas to secure the Aksai Chin.", ("CHN", "IND")),
])
def test_fighting_a_state_is_still_an_armed_act(text, pair):
    assert [c for c in _codes(text) if c[:2] == pair and c[2].startswith("19")]


# Relations "opened", with no "with" after them, are established.
@pytest.mark.parametrize("text, pair", [
    ("Pakistan and Kuwait opened relations in 1963.", {"PAK", "KWT"}),
    ("Brazil and Angola opened relations in 1975.", {"BRA", "AGO"}),
    ("In 1972 Mexico and China opened relations.", {"MEX", "CHN"}),
])
def test_opened_relations_are_established(text, pair):
    assert [c for c in _codes(text) if {c[0], c[1]} == pair and c[2] == "054"]


# A mission that reopens or closes, told with no passive ("the Indian embassy in Suva reopened"): its state and the host.
@pytest.mark.parametrize("text, expected", [
    ("The Indian embassy in Suva reopened in March 1999.", {"IND", "FJI", "054"}),
    ("The British embassy in Tehran reopened in 2015.", {"GBR", "IRN", "054"}),
    ("The Soviet embassy in Santiago closed in September 1973.", {"SUN", "CHL", "161"}),
    ("The Libyan embassy in London closed in 1984.", {"LBY", "GBR", "161"}),
])
def test_a_mission_that_reopens_or_closes(text, expected):
    assert [c for c in _codes(text) if set(c) == expected]


# An act on a thing its object names by a date ("condemned the coup of May 2000") is not dated before that thing by an
# earlier clause's date.
@pytest.mark.parametrize("text, expected", [
    ("India reopened its mission in Suva in March 1999, condemned the coup of May 2000 in Fiji, and signed a loan "
     "in 2005.",
     ("IND", "2000-05")),
    ("Brazil opened an embassy in Luanda in 1976 and condemned the invasion of August 1981.", ("BRA", "1981-08")),
    ("In 1990 Japan resumed its aid to China, and protested against the tests of 1995.", ("JPN", "1995")),
])
def test_a_reaction_is_not_dated_before_what_it_reacts_to(text, expected):
    assert [e for e in extract_text(text) if e.cameo.startswith("11") and (e.source, e.date) == expected]


def test_a_reaction_to_an_older_thing_keeps_its_own_date():
    dated = _dated("In March 1999 India condemned the Fijian coup of May 1987.")
    assert [d for d in dated if d[0] == "IND" and d[3] == "1999-03"]


def test_a_demonym_beside_both_governments_leaves_the_pair():
    # "American mediation persuaded both governments": the mediator's demonym does not make the pair the mediator's
    text = ("Greece and Turkey\n\nGreece and Turkey quarrelled over the Aegean in 1987. In 1996 the two countries came "
            "close to war, until American mediation persuaded both governments to pull back their warships.")
    assert [c for c in _codes(text) if {c[0], c[1]} == {"GRC", "TUR"} and c[2].startswith("08")]


# A titled person the gazetteer does not know ("President Colom", "Prime Minister Qarase") is who "he" is after him,
# not the person named last before him: "he and Raúl Castro" are no visit by the Pope.
@pytest.mark.parametrize("text, pair", [
    ("Guatemala and Cuba\n\nPope John Paul II visited Guatemala in July 2002. President Colom flew to Havana in "
     "February 2009, and there he and Raul Castro held talks.", {"CUB", "GTM"}),
    ("Fiji and India\n\nPope John Paul II visited Fiji in November 1986. Prime Minister Qarase flew to New Delhi in "
     "October 2005, and on 10 October he and Manmohan Singh signed four agreements.", {"IND", "FJI"}),
])
def test_he_after_an_unknown_titled_person_is_not_the_last_known_one(text, pair):
    late = [e for e in extract_text(text) if e.date and e.date >= "2005"]
    assert late and all({e.source, e.target} == pair for e in late)


# A tour opened in a capital visits its state: "opened a tour of Latin America in Santiago".
@pytest.mark.parametrize("text, expected", [
    ("President Jiang Zemin opened a tour of Latin America in Santiago in April 2001.", ("CHN", "CHL", "042")),
    ("In November 1978 Deng Xiaoping began a tour of Southeast Asia in Bangkok.", ("CHN", "THA", "042")),
    ("In November 1996 Jiang Zemin started his tour of South Asia in New Delhi.", ("CHN", "IND", "042")),
])
def test_a_tour_opened_in_a_capital_visits_its_state(text, expected):
    assert expected in _codes(text)


def test_fighting_a_state_for_an_end_is_still_an_armed_act():
    assert [c for c in _codes("In 1991 the United States fought Iraq to free Kuwait.") if c[:2] == ("USA", "IRQ")]
