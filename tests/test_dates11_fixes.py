"""Dates put wrong on acts of the tuned pages, fixed by dates11, each on sentences of our own (other pairs, years and
words): a month named alone in a new paragraph read back into the story's year, an act whose own words give its
length in days dated by its first day only, ..."""

from __future__ import annotations

import pytest

from detente import extract_text
from detente.time import tag


def _dates(text: str) -> list[tuple]:
    return sorted((e.source, e.target, e.cameo[:2], e.date) for e in extract_text(text, origin="t.txt"))


def _value(text: str, words: str) -> str | None:
    return next(t.value for t in tag(text) if t.text == words)


def test_a_month_just_before_the_story_in_a_new_paragraph_moves_the_story_on():
    text = ("On 3 August 2009 the court at The Hague ruled on the maritime border.\n\nIt fell to the next government to "
            "carry the ruling out. The Peruvian Congress ratified it in June. Humala flew to Santiago on 4 July.")
    assert _value(text, "June") == "2010-06"
    assert _value(text, "4 July") == "2010-07-04"
    # in the story's own paragraph, the month one or two before the story's is still a glance back in its year
    assert _value("On 3 August 2009 the court ruled on the border. The Peruvian Congress had debated it in June.",
                  "June") == "2009-06"
    assert _value("On 3 August 2009 the court ruled on the border. Lima protested in June.", "June") == "2009-06"
    # and a new paragraph that says it looks back still does
    assert _value("On 3 August 2009 the court ruled on the border.\n\nEarlier, in June, the Peruvian Congress had "
                  "debated it.", "June") == "2009-06"


@pytest.mark.parametrize(("text", "expected"), [
    # the act's own words give its length: the days from the one it began
    ("The Chilean foreign minister flew to Lima on 14 March 1993 and held three days of talks with the Peruvian "
     "president.", ("CHL", "PER", "04", "1993-03-14/1993-03-16")),
    ("Menem paid a three-day visit to Chile from 12 March 1991.", ("ARG", "CHL", "04", "1991-03-12/1991-03-14")),
    ("On 30 June 1991 Menem paid a two-day state visit to Chile.", ("ARG", "CHL", "04", "1991-06-30/1991-07-01")),
])
def test_an_act_whose_words_give_its_days_is_the_span_of_those_days(text, expected):
    assert expected in _dates(text)


@pytest.mark.parametrize(("text", "expected"), [
    # an arrival "for a three-day visit" is the day of the arrival; a visit its words end is the day it ended
    ("Menem arrived in Santiago on 12 March 1991 for a three-day visit.", ("ARG", "CHL", "04", "1991-03-12")),
    ("Menem ended a three-day visit to Chile on 12 March 1991.", ("ARG", "CHL", "04", "1991-03-12")),
    ("Menem held three days of talks with the Chilean president that ended on 14 March 1991.",
     ("ARG", "CHL", "04", "1991-03-14")),
])
def test_an_arrival_or_an_end_keeps_its_day(text, expected):
    assert expected in _dates(text)


@pytest.mark.parametrize(("text", "expected"), [
    # two doers and one stretch of two years or months: "respectively" gives one to each in turn
    ("Chile and Peru recognized the People's Republic of China in 1970 and 1971 respectively.",
     {("CHL", "CHN", "05", "1970"), ("PER", "CHN", "05", "1971")}),
    ("Greece and Cyprus recalled their ambassadors from Ankara in March and April 1987, respectively.",
     {("GRC", "TUR", "16", "1987-03"), ("CYP", "TUR", "16", "1987-04")}),
    # and so does "followed": each doer follows in its turn
    ("Ecuador broke off relations with Cuba in 1962. Bolivia and Chile followed in August and September 1964.",
     {("BOL", "CUB", "16", "1964-08"), ("CHL", "CUB", "16", "1964-09")}),
    ("Malaysia recognized Beijing in May 1974, and Burma and Laos followed in June and July of the next year.",
     {("MMR", "CHN", "05", "1975-06"), ("LAO", "CHN", "05", "1975-07")}),
])
def test_two_doers_take_the_two_dates_of_a_stretch_in_turn(text, expected):
    assert expected <= set(_dates(text))


def test_two_doers_of_one_act_over_a_stretch_keep_the_stretch():
    # no "respectively", no "followed": one act of the two over the two years
    assert ("BOL", "PRY", "19", "1932/1933") in _dates("Bolivia and Paraguay fought over the Chaco in 1932 and 1933.")
    # one doer who followed over two months keeps the two
    assert ("BOL", "CUB", "16", "1964-08/1964-09") in _dates("Ecuador broke off relations with Cuba in 1962. Bolivia "
                                                             "followed in August and September 1964.")


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # the act told again after a colon as its doer's instrument, with that instrument's date: the act's own date
    ("The Organization of American States suspended Chile on 12 May 1975. Washington then extended the embargo "
     "against Chile to all arms: its order of 20 May took effect on 26 May 1975.",
     ("USA", "CHL", "16", "1975-05-20"), ("USA", "CHL", "16", "1975-05-12")),
    ("The Organization of American States suspended Chile on 12 May 1975. Washington extended the embargo against "
     "Chile: the decree of 20 May 1975 covered all arms.",
     ("USA", "CHL", "16", "1975-05-20"), ("USA", "CHL", "16", "1975-05-12")),
    # another thing named with its date after the colon does not date the act
    ("The Organization of American States suspended Chile on 12 May 1975. Washington extended the embargo against "
     "Chile: the treaty of 1974 allowed it.", ("USA", "CHL", "16", "1975-05-12"), ("USA", "CHL", "16", "1974")),
])
def test_the_acts_instrument_after_a_colon_gives_its_date(text, expected, wrong):
    found = _dates(text)
    assert expected in found
    assert wrong not in found


def test_a_persons_card_spliced_inside_a_sentence_goes_and_does_not_date_the_act():
    from detente.text.clean import clean_text

    raw = ("Relations warmed in the spring. Late that year the Chilean president\n"
           "Patricio Aylwin President of Chile from 1990 to 1994 and head of the Concertación from 1988 ...\n"
           "visited Buenos Aires and met Menem. Trade grew.\n")
    text = clean_text(raw).text
    assert "Patricio Aylwin visited Buenos Aires" in " ".join(text.split())
    assert "1988" not in text
    # a line that trails off after a sentence of its own is no card
    kept = clean_text("Trade grew in 1991.\nPatricio Aylwin President of Chile from 1990 to 1994 and head of the "
                      "Concertación from 1988 ...\nThe talks went on.\n").text
    assert "1988" in kept


def test_a_visitor_setting_foot_in_a_state_and_staying_until_a_day_is_the_span_of_the_stay():
    found = _dates("Sadat arrived in Rabat on 4 March 1976, the first Egyptian president ever to set foot in Morocco, "
                   "and stayed until 9 March.")
    assert found == [("EGY", "MAR", "04", "1976-03-04/1976-03-09")]


@pytest.mark.parametrize(("text", "expected"), [
    # a later clause's day told as counted from the act: the act's day, within the month it was dated by
    ("In June 1986 Peruvian troops occupied a hill post in Ecuador, and two days later, on 14 June, Ecuador protested.",
     ("PER", "ECU", "19", "1986-06-12")),
    # a count that would leave the act's month tells nothing of its day
    ("In June 1986 Peruvian troops occupied a hill post in Ecuador, and twenty days later, on 4 July, Ecuador protested.",
     ("PER", "ECU", "19", "1986-06")),
])
def test_a_day_counted_from_the_act_in_the_next_clause_gives_the_acts_day(text, expected):
    assert expected in _dates(text)
