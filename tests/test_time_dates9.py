"""Dating gaps closed by dates9, each on texts of our own: a month or a day named without its year in a history that
looks back from the story's time or moves on from it, and a month, a day or a season joined to "that year",
"the following year" without "of"."""

from __future__ import annotations

import pytest

from detente import extract_text
from detente.time import tag


def story(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, mode="narrative") if t.layer == "timex"}


@pytest.mark.parametrize(("text", "named", "value"), [
    # the pluperfect looks back: the latest such month up to the story's, even across the turn of a year
    ("Egypt and Israel signed their peace treaty on 26 March 1979. In September, the two leaders had agreed the "
     "Camp David framework.", "September", "1978-09"),
    ("China withdrew its army from Vietnam on 16 March 1979. In December, Vietnam had invaded Cambodia.",
     "December", "1978-12"),
    ("Poland and West Germany signed the Treaty of Warsaw on 7 December 1970. Brandt had signed a treaty with the "
     "Soviet Union in August.", "August", "1970-08"),
    # "earlier", "back in", "before that" look back whatever the tense
    ("The Paris Peace Accords were signed on 27 January 1973. Earlier, in December, American bombers struck Hanoi.",
     "December", "1972-12"),
    ("Brandt signed the Treaty of Warsaw on 7 December 1970. Back in August, Bonn signed a treaty with Moscow.",
     "August", "1970-08"),
    # a day, too
    ("The Paris Peace Accords were signed on 27 January 1973. On 18 December, American bombers had begun to strike "
     "Hanoi.", "18 December", "1972-12-18"),
])
def test_a_month_named_alone_in_a_clause_that_looks_back_lies_before_the_story(text, named, value):
    assert story(text)[named] == value


@pytest.mark.parametrize(("text", "named", "value"), [
    # "later", "then" move on: a month just before the story's is the next year's, not a glance back
    ("Kissinger flew to Beijing in secret on 9 July 1971. Later, in May, Nixon and Brezhnev signed the SALT treaty "
     "in Moscow.", "May", "1972-05"),
    ("Soviet missiles were found in Cuba on 14 October 1962. Then, in August, Moscow, London and Washington signed "
     "the Partial Test Ban Treaty.", "August", "1963-08"),
])
def test_a_month_named_alone_after_later_or_then_moves_the_story_on(text, named, value):
    assert story(text)[named] == value


def test_what_had_happened_by_a_month_or_a_pluperfect_of_another_clause_does_not_look_back():
    # "by June ... had fallen": the story moves on to June
    assert story("Germany invaded Poland in September 1939. By June, France had fallen.")["June"] == "1940-06"
    # the pluperfect belongs to the clause "that" opens; the month's own clause moves on with the story
    found = story("The Soviet Union put Sputnik into orbit in October 1957. In January, the United States announced "
                  "that it had launched Explorer 1.")
    assert found["January"] == "1958-01"
    # a pluperfect after the clause's own verb tells what came before that act, not when the act was
    found = story("Soviet troops crushed the Hungarian rising in November 1956, and in December Britain and France "
                  "began to pull out the troops they had landed at Suez.")
    assert found["December"] == "1956-12"
    # with no cue, a month one or two before the story's is still a glance back in its year
    assert story("Sadat went to Jerusalem in November 1977. In September, Egypt and Israel met in secret in "
                 "Morocco.")["September"] == "1977-09"


@pytest.mark.parametrize(("text", "named", "value"), [
    ("Willy Brandt became chancellor in October 1969. In March the following year he met Willi Stoph at Erfurt.",
     "March the following year", "1970-03"),
    ("Nixon went to Beijing in February 1972. In May that year he signed the SALT treaty in Moscow.",
     "May that year", "1972-05"),
    ("The Berlin Wall fell in November 1989. In May that year, Hungary had begun to take down its border fence.",
     "May that year", "1989-05"),
    ("The Soviet Union launched Sputnik in October 1957. On 31 January the following year the United States put "
     "Explorer 1 into orbit.", "31 January the following year", "1958-01-31"),
    ("The Soviet Union launched Sputnik in October 1957. On January 31, the following year, the United States "
     "put Explorer 1 into orbit.", "January 31, the following year", "1958-01-31"),
    ("Warsaw Pact armies entered Czechoslovakia in August 1968; in the spring the following year Dubcek was "
     "removed.", "the spring the following year", "1969-SP"),
])
def test_a_date_joined_to_that_year_or_the_following_year_without_of_is_one_expression(text, named, value):
    found = story(text)
    assert found[named] == value
    assert not any(key.endswith("year") and key != named for key in found)  # no second step for the year words


def test_an_act_told_in_the_pluperfect_after_the_story_moved_on_is_dated_back():
    text = ("China withdrew its army from Vietnam on 16 March 1979. In December, Vietnam had invaded Cambodia.")
    found = sorted((e.source, e.target, e.date) for e in extract_text(text, origin="t.txt"))
    assert ("VNM", "KHM", "1978-12") in found
