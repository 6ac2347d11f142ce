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
    # "then" inside the clause is "at that time", no step on
    found = story("Turkey's foreign minister was in Moscow in October 1939. Stalin, then bound to Hitler by their pact "
                  "of August, offered him nothing.")
    assert found["August"] == "1939-08"
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


def spans(text: str) -> dict[str, tuple]:
    return {t.text: (t.value, t.begin[:7] if t.begin else None, t.until[:7] if t.until else None)
            for t in tag(text, mode="narrative") if t.layer == "timex"}


@pytest.mark.parametrize(("text", "named", "value"), [
    # the act named again by a word of the sentence that told it with its date
    ("Egypt and Israel signed a peace treaty on 26 March 1979. Three years after the treaty, Israel handed the last "
     "of the Sinai back to Egypt.", "Three years", "1982"),
    ("Algeria won its independence from France in July 1962. Two decades after independence, France and Algeria "
     "signed a gas agreement.", "Two decades", "1982"),
    ("The Berlin Wall went up in August 1961. Two years after the wall went up, Kennedy spoke in West Berlin.",
     "Two years", "1963"),
    # months from a month: the month; before the act: back
    ("Iraq invaded Kuwait on 2 August 1990. Six months after the invasion, the coalition began its ground war.",
     "Six months", "1991-02"),
    ("The Soviet Union invaded Afghanistan in December 1979. A year before the invasion, Moscow signed a treaty of "
     "friendship with Kabul.", "A year", "1978"),
])
def test_a_count_after_or_before_an_act_told_earlier_is_dated_from_that_act(text, named, value):
    assert story(text)[named] == value


def test_within_a_count_of_an_act_told_earlier_is_the_span_from_the_act():
    found = spans("Algeria won its independence from France in July 1962. Within a decade of independence, Algeria "
                  "nationalised the French oil companies.")
    assert found["a decade"] == ("P10Y", "1962-07", "1972-12")
    found = spans("Ghana became independent in March 1957. Within five years of independence, Nkrumah had broken "
                  "with Britain's plans for a federation.")
    assert found["five years"][1:] == ("1957-03", "1962-12")


def test_a_count_after_a_thing_no_earlier_sentence_dates_stays_a_span():
    found = story("Relations were poor for years. Two years after the treaty, Egypt expelled the Soviet advisers.")
    assert found["Two years"] == "P2Y"
    found = story("Nasser took power in 1954. Two years after taking office, he nationalised the Suez Canal Company.")
    assert found["Two years"] == "P2Y"
    # the act is dated in its own sentence: no earlier mention of a summit anchors the count
    found = story("Nixon and Brezhnev held a summit in Moscow in May 1972. Brezhnev arrived in Washington on 18 June "
                  "1973, four weeks after his summit with Brandt in Bonn on 18 May.")
    assert found["four weeks"] == "P4W"
    # a mention counted from something else carries no date of its own
    found = story("Carter met Sadat at Aswan on 4 January 1978, a week before the talks in Cairo. Two years after the "
                  "talks, Egypt and Israel exchanged ambassadors.")
    assert found["Two years"] == "P2Y"


def test_months_counted_from_a_year_reach_the_years_they_span_and_a_half_year_counts_its_months():
    found = spans("The two states broke off relations in 1982. Eighteen months later they restored them.")
    assert found["Eighteen months later"][1:] == ("1983-01", "1984-12")
    found = spans("The two states broke off relations in 1982. Twelve months later they restored them.")
    assert found["Twelve months later"] == ("1983", "1983-01", "1983-12")
    found = spans("The two states broke off relations in 1982. Eighteen months earlier they had quarrelled.")
    assert found["Eighteen months earlier"][1:] == ("1980-01", "1981-12")
    # thirty months after December 1972 is June 1975: the year 1975, not 1974
    assert story("The two German states signed the Basic Treaty in December 1972. Two and a half years later they "
                 "signed the Helsinki Final Act.")["Two and a half years later"] == "1975"


def test_an_act_dated_from_an_act_told_before_carries_the_offset_date():
    text = ("Iraq invaded Kuwait on 2 August 1990. Six months after the invasion, the United States attacked Iraqi "
            "forces in Kuwait.")
    found = sorted((e.source, e.target, e.date) for e in extract_text(text, origin="t.txt"))
    assert ("USA", "IRQ", "1991-02") in found
