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
])
def test_an_arrival_or_an_end_keeps_its_day(text, expected):
    assert expected in _dates(text)
