"""Dating gaps closed by evopen9, each on timeline lines and sentences of our own."""

from __future__ import annotations

import pytest

from detente import extract_text


def _coded(text: str) -> list[tuple]:
    return [(e.source, e.target, e.cameo[:2], e.date) for e in extract_text(text, origin="t.txt")]


@pytest.mark.parametrize(("line", "expected"), [
    ("1953, Dec. - The United States signed a mutual defense treaty with South Korea.\n", ("USA", "KOR", "05", "1953-12")),
    ("1972, Feb. – President Nixon visited China.\n", ("USA", "CHN", "04", "1972-02")),
    ("1956, Nov - Soviet troops entered Hungary.\n", ("SUN", "HUN", "19", "1956-11")),
    ("1979, Jan. — The United States recognized the People's Republic of China.\n", ("USA", "CHN", "05", "1979-01")),
])
def test_a_year_first_line_keeps_its_abbreviated_month(line, expected):
    assert _coded(line) == [expected]


@pytest.mark.parametrize(("line", "expected"), [
    ("May 1997 - Russia signed a treaty with Ukraine.\n", ("RUS", "UKR", "05", "1997-05")),
    ("May 12, 1997 - Russia signed a treaty with Ukraine.\n", ("RUS", "UKR", "05", "1997-05-12")),
    ("May 1955 – The Soviet Union and its allies formed the Warsaw Pact.\n", ("SUN", "WARSAW_PACT", "05", "1955-05")),
    ("May 1972 — Nixon visited Moscow.\n", ("USA", "SUN", "04", "1972-05")),
])
def test_may_opening_a_line_before_a_number_is_the_month_not_the_modal(line, expected):
    assert _coded(line) == [expected]


@pytest.mark.parametrize("text", [
    "May Britain recognize the new regime in 1950?\n",
    "May India and Pakistan sign a treaty soon.\n",
])
def test_may_opening_a_sentence_with_no_number_stays_the_modal(text):
    assert _coded(text) == []


def test_a_name_between_a_year_and_a_verb_is_no_month():
    # "Jan" here is a person's name: no dash follows it, so it dates nothing
    events = extract_text("In 1948, Jan Masaryk's Czechoslovakia signed a treaty with Poland.\n", origin="t.txt")
    assert all(e.date == "1948" for e in events)


@pytest.mark.parametrize("text", [
    "Relations between Greece and Turkey from 1923 to 1974 were uneasy. Turkey invaded Cyprus.\n",
    "Relations between Egypt and Israel between 1948 and 1979 were hostile. Egypt closed the Straits of Tiran to Israeli shipping.\n",
    "From 1960 to 1989 relations between Moscow and Beijing were poor. China condemned the Soviet invasion of Czechoslovakia.\n",
    "Between 1945 and 1991 Soviet-American relations passed through several phases. The Soviet Union blockaded West Berlin.\n",
])
def test_a_lead_surveying_relations_over_decades_dates_no_act_told_after_it(text):
    events = extract_text(text, origin="t.txt")
    assert events and all(e.date is None for e in events), [(e.cameo, e.date) for e in events]


def test_an_act_after_a_survey_keeps_its_own_date_and_passes_it_on():
    coded = _coded("Relations between Britain and Argentina from 1965 to 1981 were tense. Argentina occupied the "
                   "Falklands in April 1982. Britain sent a task force.\n")
    assert [c[3] for c in coded] == ["1982-04", "1982-04"], coded


@pytest.mark.parametrize("text, date", [
    ("From 1950 to 1953 war raged in Korea. Chinese troops attacked American forces.\n", "1950/1953"),
    ("Relations between Iran and Iraq between 1980 and 1982 were at war. Iraq bombed Tehran.\n", "1980/1982"),
])
def test_a_short_range_is_a_scene_the_next_act_is_told_in(text, date):
    assert [c[3] for c in _coded(text)] == [date]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Soviet Union established relations with Egypt in 1943, with Syria in 1944, with Iraq in 1944.\n",
     {("SUN", "EGY", "1943"), ("SUN", "SYR", "1944"), ("SUN", "IRQ", "1944")}),
    ("The Soviet Union recognized the People's Republic of China in October 1949, East Germany in October 1949.\n",
     {("SUN", "CHN", "1949-10"), ("SUN", "DDR", "1949-10")}),
    ("The Soviet Union established relations with Syria in 1944, Lebanon in 1944, Iraq in 1944.\n",
     {("SUN", "SYR", "1944"), ("SUN", "LBN", "1944"), ("SUN", "IRQ", "1944")}),
])
def test_a_comma_list_of_partners_each_with_its_time_keeps_every_act_even_in_one_year(text, expected):
    assert {(c[0], c[1], c[3]) for c in _coded(text)} == expected


@pytest.mark.parametrize(("text", "date"), [
    ("In 1960 Moscow withdrew its experts from China. A few years afterwards, Chinese troops clashed with Soviet troops.\n",
     "1962/1966"),
    ("Egypt signed an arms deal with Czechoslovakia in 1955. Some years afterward Cairo expelled Soviet advisers.\n",
     "1957/1961"),
    ("In 1948 Moscow expelled Yugoslavia from the Cominform. Several years afterwards Khrushchev visited Belgrade.\n",
     "1950/1954"),
])
def test_a_vague_count_of_years_afterwards_moves_the_story_on(text, date):
    assert [c[3] for c in _coded(text)][-1] == date


def test_years_after_an_event_named_is_no_shift_of_the_story():
    # "a few years after the war": counted from the war, which the tagger does not date here; not "afterwards"
    dates = [c[3] for c in _coded("In 1960 Moscow withdrew its experts from China. A few years after the split, "
                                  "Chinese troops clashed with Soviet troops.\n")]
    assert "1962/1966" not in dates
