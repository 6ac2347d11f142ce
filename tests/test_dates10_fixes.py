"""Dates put wrong on acts of the tuned pages, fixed by dates10, each on sentences of our own (other pairs, years and
words): another clause's date taken for the act, a date of an aside or of the object's own act, a plan's marker read
into a past proposal, a month without its year taken forward past a restated year or back past an aside's pluperfect,
and a day told as the bound of the act."""

from __future__ import annotations

import pytest

from detente import extract_text
from detente.time import tag


def _dates(text: str) -> list[tuple]:
    return sorted((e.source, e.target, e.cameo[:2], e.date) for e in extract_text(text, origin="t.txt"))


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # a list of the subject's acts joined by commas: the date after each act is its own, not the one closing the act before
    ("The Argentine president arrived in Brasilia on 4 May 1986, signed a nuclear accord with the Brazilian president "
     "José Sarney on 6 May, and addressed the Brazilian congress the next day.",
     ("ARG", "BRA", "05", "1986-05-06"), ("ARG", "BRA", "05", "1986-05-04")),
    # "proposed in November 1986" is when the proposal was made, no plan's date: the main clause after "when" has it
    ("Alfonsín paid his first state visit to Brazil in July 1985, and when Sarney proposed in November 1986 that the two "
     "states share nuclear data, Argentina was among the first to endorse the proposal.",
     ("ARG", "BRA", "05", "1986-11"), ("ARG", "BRA", "05", "1985-07")),
    # a "which" aside after the sentence's own date dates the aside's act, not the act after it
    ("In August 1994 the Brazilian president was in Argentina for the summit of Mercosur, which Paraguay chaired that "
     "year, and held talks with the Argentine president.",
     ("BRA", "ARG", "04", "1994-08"), ("BRA", "ARG", "04", "1994")),
    # a "which" clause on the verb's object dates the object's act; the opening "In the Treaty of ... of" dates the act
    ("In the Treaty of Asunción of 26 March 1991 Brazil and Argentina agreed on a customs union, which took effect on "
     "1 January 1995, and on a common tariff.",
     ("BRA", "ARG", "05", "1991-03-26"), ("BRA", "ARG", "05", "1995-01-01")),
    # "and by June 1992 the smugglers had withdrawn": another subject's state the story reached later; the raids keep
    # the story's time
    ("In March 1992 the Argentine navy found Brazilian smugglers on the river. Argentina launched raids against Brazil, "
     "and by June 1992 the smugglers had withdrawn.",
     ("ARG", "BRA", "19", "1992-03"), ("ARG", "BRA", "19", "1992-06")),
    # "the next day" in the next clause is counted from the story's day, which the act before it keeps
    ("On 20 January 1994 Menem went on radio and accused the Brazilian embassy of plotting against him. Menem declared "
     "the Brazilian ambassador unwelcome on the spot, and the ambassador left Buenos Aires the next day.",
     ("ARG", "BRA", "16", "1994-01-20"), ("ARG", "BRA", "16", "1994-01-21")),
    # a finer date after the act, in its clause and inside the frame the sentence opens with, is the act's day
    ("In September 1997 the Argentine president received the Brazilian president at the Casa Rosada on 8 September.",
     ("ARG", "BRA", "04", "1997-09-08"), ("ARG", "BRA", "04", "1997-09")),
    ("In April 1983 Greece recalled its ambassador from Turkey on 11 April.",
     ("GRC", "TUR", "16", "1983-04-11"), ("GRC", "TUR", "16", "1983-04")),
])
def test_the_act_takes_its_own_date_not_another_clauses(text, expected, wrong):
    found = _dates(text)
    assert expected in found
    assert wrong not in found


def test_a_participle_after_the_comma_keeps_the_date_of_the_act_before():
    # (the list comma above is no clause of its own before a participle: "froze relations in March 1971, accusing ...")
    assert ("GRC", "ALB", "11", "1971-03") in _dates("Greece froze its relations with Albania in March 1971, accusing Tirana "
                                                     "of the border raid of 1968.")


@pytest.mark.parametrize(("text", "expected"), [
    # the week before (after) the day that bounds the act, not the day itself nor the story's earlier time
    ("In 1986 trade grew. Shortly before Christmas 1988 Argentina released 40 Brazilian fishermen.",
     ("ARG", "BRA", "08", "1988-12-18/1988-12-24")),
    ("Shortly after Easter 1979 Greece expelled two Turkish diplomats.", ("GRC", "TUR", "16", "1979-04-16/1979-04-22")),
])
def test_shortly_before_or_after_a_day_is_the_week_on_that_side(text, expected):
    assert expected in _dates(text)


def _value(text: str, words: str) -> str | None:
    return next(t.value for t in tag(text) if t.text == words)


def test_a_month_after_an_asides_pluperfect_moves_on_with_the_story():
    text = ("On 12 August 1997 Chile and Peru signed the accord that settled the last border question. Bolivia, which had "
            "asked to be consulted, protested to Peru in October, and Fujimori paid a state visit to Chile in November 1997.")
    assert _value(text, "October") == "1997-10"
    # (the pluperfect of the clause itself still looks back: "Peru had warned Chile in February" after April 1998)
    assert _value("In April 1998 Peru's navy seized a Chilean trawler. Peru had warned Chile in February.", "February") == "1998-02"


def test_a_sentence_that_restates_the_year_holds_the_months_told_after_it():
    text = ("Ties improved: Lagos visited Lima in October 2004, and Toledo came to Santiago twice in 2005, in May and at the "
            "end of September. The year 2005 tested the friendship in another way. When a Peruvian patrol boat sank in the "
            "Pacific in March and Chile blamed Peru for the collision, Lima rejected the findings.")
    assert _value(text, "March") == "2005-03"
    # (without the restated year the story is at September 2005, and a later March is the next year's)
    assert _value(text.replace(" The year 2005 tested the friendship in another way.", ""), "March") == "2006-03"


def test_a_day_the_story_reached_under_a_heading_of_its_month_dates_the_sentences_after_it():
    text = ("Relations between Greece and Turkey\n\nThe Cyprus crisis of July 1974\n\nA coup in Nicosia on 15 July 1974 "
            "overthrew Makarios. On 20 July 1974 Turkish forces landed on the north coast of Cyprus. At Kyrenia the Turks "
            "fought the Greek officers of the National Guard, who had arrived only the week before.")
    found = _dates(text)
    assert ("TUR", "GRC", "19", "1974-07-20") in found
    assert ("TUR", "GRC", "19", "1974-07") not in found


def test_a_pair_joined_by_and_in_a_clause_on_the_object_is_not_another_subjects_act():
    # "the truce that Ecuador and Peru signed on 17 February 1995": the object's clause, whose date is the brokering's;
    # "and Ecuador and Peru signed a truce on ..." after a comma is another subject's act, and keeps its date
    found = _dates("In 1995 the talks dragged on. Colombia, not Venezuela, brokered the truce that Ecuador and Peru signed "
                   "on 17 February 1995.")
    assert ("COL", "ECU", "04", "1995-02-17") in found
    found = _dates("In 1995 the talks dragged on. Colombia denounced the treaty, and Ecuador and Peru signed a truce on "
                   "17 February 1995.")
    assert ("COL", "ECU", "11", "1995") in found


def test_an_act_before_the_next_clauses_date_is_of_its_month_when_the_story_time_is_older():
    # the story is still in the autumn of 1964; "..., and on 12 February 1965 the two ministers signed" tells that the
    # mediation came just before: February 1965, not the autumn (nor the signing's day)
    text = ("After Greece and Turkey clashed over Cyprus in the autumn of 1964, the Italian premier invited both foreign "
            "ministers to Rome. The Italian premier mediated between Greece and Turkey for a week, and on 12 February 1965 "
            "the two ministers signed a declaration there.")
    found = _dates(text)
    assert ("ITA", "GRC", "04", "1965-02") in found
    assert ("GRC", "TUR", "05", "1965-02-12") in found
    # (a story time a month or less before the next clause's date still dates the act)
    found = _dates(text.replace("the autumn of 1964", "December 1964").replace("12 February 1965", "12 January 1965"))
    assert ("ITA", "GRC", "04", "1964-12") in found


def test_the_subjects_next_verb_after_a_place_shares_the_date_closing_the_clause_before():
    # "came back the next month, to Mombasa, and thanked ...": thanked then, not in the heading's year
    text = ("Kenya and Uganda\n\nThe coup of 1971\n\nIdi Amin, newly in power, flew home by way of Nairobi. On 12 December "
            "1971 Kenyatta met him at Nairobi airport. Amin came back to Kenya the next month, to Mombasa, and thanked the "
            "Kenyan people before a vast crowd.")
    found = _dates(text)
    assert ("UGA", "KEN", "05", "1972-01") in found
    assert ("UGA", "KEN", "05", "1971") not in found
