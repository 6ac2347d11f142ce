"""Dating gaps closed by dates8, each on sentences of our own: an offset from a dated anchor act, and a yearless
month joined by "and" to a month of a written year."""

from __future__ import annotations

import pytest

from detente import extract_text
from detente.time import tag


def _dates(text: str) -> list[tuple]:
    return sorted((e.source, e.target, e.cameo[:2], e.date) for e in extract_text(text, origin="t.txt"))


@pytest.mark.parametrize(("text", "anchor", "act"), [
    # the date closes the "after"/"before" phrase: it is the anchor act's; the main act is that far from it
    ("Four days after Iraq invaded Kuwait on 2 August 1990, the United Nations imposed sanctions on Iraq.",
     ("IRQ", "KWT", "19", "1990-08-02"), ("UN", "IRQ", "16", "1990-08-06")),
    ("Two days before Britain declared war on Germany on 3 September 1939, Germany invaded Poland.",
     ("GBR", "GMY", "19", "1939-09-03"), ("GMY", "POL", "19", "1939-09-01")),
    ("Germany invaded Poland two days before Britain declared war on Germany on 3 September 1939.",
     ("GBR", "GMY", "19", "1939-09-03"), ("GMY", "POL", "19", "1939-09-01")),
    ("Four days after Japan attacked the United States on 7 December 1941, Germany declared war on the United States.",
     ("JPN", "USA", "19", "1941-12-07"), ("GMY", "USA", "19", "1941-12-11")),
    ("Nine days after Germany signed a pact with the Soviet Union on 23 August 1939, Germany invaded Poland.",
     ("GMY", "SUN", "05", "1939-08-23"), ("GMY", "POL", "19", "1939-09-01")),
])
def test_an_offset_from_a_dated_anchor_dates_the_main_act_and_the_anchor_keeps_its_day(text, anchor, act):
    found = _dates(text)
    assert anchor in found
    assert act in found


@pytest.mark.parametrize(("text", "expected"), [
    ("A month after the coup in April 1964, Brazil broke off relations with Cuba.", ("BRA", "CUB", "16", "1964-05")),
    ("Two months before the summit in June 1961, the Soviet Union protested to the United States.",
     ("SUN", "USA", "11", "1961-04")),
])
def test_a_month_offset_from_an_anchor_month(text, expected):
    assert expected in _dates(text)


@pytest.mark.parametrize(("text", "expected"), [
    # the date is the act's own, the offset an aside: nothing moves
    ("On 6 August 1990, four days after the invasion of Kuwait, the United Nations imposed sanctions on Iraq.",
     ("UN", "IRQ", "16", "1990-08-06")),
    ("On 13 May 1964, six weeks after the coup, Brazil broke off relations with Cuba.", ("BRA", "CUB", "16", "1964-05-13")),
])
def test_a_date_outside_the_offset_phrase_is_the_acts_own(text, expected):
    assert expected in _dates(text)


@pytest.mark.parametrize(("text", "months"), [
    ("Kissinger travelled to China in July and again in October 1971.", ["1971-07", "1971-10"]),
    ("The South Korean president met the North Korean leader in April and then in May 2018.", ["2018-04", "2018-05"]),
    ("The North Korean leader visited China in March and again in May 2018.", ["2018-03", "2018-05"]),
])
def test_a_yearless_month_joined_to_a_dated_month_shares_its_year_and_the_act_is_told_at_each(text, months):
    assert sorted(e.date for e in extract_text(text, origin="t.txt")) == months


def test_the_shared_year_overrides_the_story_year_of_a_bare_month():
    text = "Nixon was elected in 1968. Kissinger went to Beijing in July and again in October 1971."
    dates = {t.text: t.value for t in tag(text, mode="narrative")}
    assert dates["July"] == "1971-07"
    assert dates["October 1971"] == "1971-10"


def test_a_month_of_another_clause_keeps_the_story_year():
    text = "Khrushchev visited France in March 1960. In May the Soviet Union shot down an American plane, and Kennedy won the election in November 1960."
    dates = {t.text: t.value for t in tag(text, mode="narrative")}
    assert dates["May"] == "1960-05"


@pytest.mark.parametrize(("text", "expected"), [
    ("In September 1978 the Egyptian and Israeli leaders went to Camp David. Egypt negotiated with Israel there from the 5th "
     "to the 17th.", ("EGY", "ISR", "04", "1978-09-05/1978-09-17")),
    ("The Allied leaders gathered at Yalta in February 1945. Between the 4th and the 11th, Stalin met Roosevelt.",
     ("SUN", "USA", "04", "1945-02-04/1945-02-11")),
    ("In October 1986, Gorbachev met Reagan in Reykjavik from the 11th to the 12th of that month.",
     ("SUN", "USA", "04", "1986-10-11/1986-10-12")),
])
def test_ordinal_days_with_no_month_are_days_of_the_month_in_focus(text, expected):
    assert expected in _dates(text)


@pytest.mark.parametrize(("text", "expected"), [
    # no such days in the month, or ordinals that count something else: the month stays
    ("The Allied leaders gathered at Yalta in February 1945. Between the 29th and the 30th, Stalin met Roosevelt.",
     ("SUN", "USA", "04", "1945-02")),
    ("In June 1987 the United States negotiated with the Soviet Union in Geneva, from the 2nd to the 5th rounds of the talks.",
     ("USA", "SUN", "04", "1987-06")),
])
def test_ordinals_that_name_no_day_of_the_month_leave_it(text, expected):
    assert expected in _dates(text)
