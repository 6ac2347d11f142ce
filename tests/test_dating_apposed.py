"""dates7: a date restated in apposition by a finer one ("a week ago, on Sunday, March 12") dates the act once,
at the finer date, and tells no second event."""

from __future__ import annotations

import pytest

from detente import extract_text


def _dates(text: str, dct: str | None = None) -> list[tuple]:
    return sorted((e.source, e.target, e.date) for e in extract_text(text, origin="t.txt", dct=dct))


@pytest.mark.parametrize("text, dct, pair, date", [
    # a news report's "a week ago" made exact by the day after it
    ("KABUL, Feb. 22 (AP) - The last Soviet troops left Afghanistan a week ago, on Wednesday, Feb. 15, officials said.",
     "1989-02-22", ("SUN", "AFG"), "1989-02-15"),
    # a history's year made exact by the day after it
    ("Egypt expelled the Soviet military advisers in 1972, on 18 July, after years of quarrels over arms.",
     None, ("EGY", "SUN"), "1972-07-18"),
    # a month made exact by the day after it
    ("Britain broke off relations with Argentina in April 1982, on the 2nd, as its fleet made ready to sail south.",
     None, ("GBR", "ARG"), "1982-04-02"),
])
def test_a_finer_date_in_apposition_dates_the_act_once(text, dct, pair, date):
    dates = [d for s, t, d in _dates(text, dct) if (s, t) == pair]
    assert dates == [date]


def test_two_dates_joined_by_and_still_tell_the_act_twice():
    # not apposition: two meetings, one at each date
    dates = [d for s, t, d in _dates("Nixon met Brezhnev in Moscow in May 1972 and in Washington in June 1973.")
             if {s, t} == {"USA", "SUN"}]
    assert sorted(dates) == ["1972-05", "1973-06"]


@pytest.mark.parametrize("text, pair, date", [
    # the coarser date after a day restates it too: the day stays, and the act is told once
    ("Iraq invaded Kuwait on 2 August 1990, in the summer, while talks in Jeddah had just failed.", ("IRQ", "KWT"), "1990-08-02"),
    ("Turkey invaded Cyprus on 20 July 1974, in that summer, days after the coup in Nicosia.", ("TUR", "CYP"), "1974-07-20"),
])
def test_a_coarser_date_in_apposition_leaves_the_finer_one(text, pair, date):
    dates = [e.date for e in extract_text(text, origin="t.txt") if (e.source, e.target) == pair and e.cameo.startswith("19")]
    assert dates == [date]
