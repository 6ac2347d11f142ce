"""General forms found on the seed-shaped pages of tests/data/other_pairs/tune27/ (README.md there), shown on texts
of our own about other pairs and years: each text with the events (or time values) it must or must not give."""

from __future__ import annotations

import pytest

from detente import extract_text
from detente.time import tag


def _dated(text: str, dct: str | None = None) -> set[tuple]:
    return {(e.source, e.target, e.cameo, e.date) for e in extract_text(text, dct=dct)}


# In a report, a day or month written without its year, in the clause after a date of an earlier year, is of that
# year, not of the report's ("independent on 17 April 1980, and on 18 April ... established relations").
@pytest.mark.parametrize("text, dct, expected", [
    ("Zimbabwe became independent at midnight on 17 April 1980, and on 18 April the two countries opened relations.",
     "2008-04-23", "1980-04-18"),
    ("Germany invaded Poland on 1 September 1939, and on 3 September Britain declared war.", "1989-09-01", "1939-09-03"),
    ("The troops landed on June 6, 1944, and Paris was freed on August 25.", "1994-06-06", "1944-08-25"),
])
def test_a_yearless_day_after_a_dated_clause_takes_its_year(text, dct, expected):
    assert expected in [t.value for t in tag(text, dct=dct, mode="news")]


def test_a_yearless_day_alone_in_a_report_is_of_the_report_year():
    assert [t.value for t in tag("The rebels attacked on 17 April, the army said.", dct="2008-04-23", mode="news")] \
        == ["2008-04-17"]


# A report's sections under headings of their own after its dateline tell background history: a sentence with no
# date of its own there goes on at the date the sentence before it told, not on the report's day.
@pytest.mark.parametrize("text, dct, expected", [
    ("ARUSHA, Nov. 15 - Tanzania, Kenya and Uganda agreed yesterday on how to share the assets of their old "
     "community.\n\nA long friendship\n\nJulius Nyerere made a state visit to China in February 1965. He and Zhou "
     "Enlai signed a treaty of friendship in Beijing.\n", "1983-11-15", ("TZA", "CHN", "057", "1965-02")),
    ("CAIRO, Nov. 20 - Egypt's president flew to Jerusalem yesterday.\n\nBackground\n\n"
     "Anwar Sadat flew to Damascus in November 1977. He and Hafez al-Assad held talks there.\n",
     "1977-11-20", ("EGY", "SYR", "040", "1977-11")),
    ("WASHINGTON, May 2 - The president said yesterday that he would travel to Moscow.\n\nHow it began\n\n"
     "Richard Nixon flew to Beijing in February 1972. He and Mao Zedong met for an hour in Mao's study.\n",
     "1972-05-02", ("USA", "CHN", "043", "1972-02")),
])
def test_a_backgrounder_section_carries_its_story_time(text, dct, expected):
    dated = _dated(text, dct)
    assert expected in dated
    assert not [d for d in dated if d[:3] == expected[:3] and d[3] == dct]


def test_the_lead_of_a_report_still_tells_the_day_news():
    # no heading between the dateline and the act: an old date told in passing does not carry on
    dated = _dated("LONDON, April 4 - Britain and Argentina signed a communications agreement in 1971. Britain broke "
                   "off relations with Argentina yesterday. Britain froze Argentine assets in London.\n", "1982-04-04")
    assert not [d for d in dated if d[:2] == ("GBR", "ARG") and d[3] == "1971" and d[2] != "057"]
    assert [d for d in dated if d[:2] == ("GBR", "ARG") and d[3] == "1982-04-04"]


# An answer "No." ends its sentence: the act told after it is not refused ("A: No. Jordan and Israel signed ...").
# "No." before a number stays an abbreviation ("No. 10 Downing Street", "Resolution No. 242").
@pytest.mark.parametrize("text, expected", [
    ("Q: Did Syria follow Egypt?\nA: No. Egypt and Israel signed a peace treaty on 26 March 1979.\n",
     ("EGY", "ISR", "057", "1979-03-26")),
    ("Did Pakistan stay neutral?\n\nNo. Pakistan joined the Baghdad Pact in September 1955.",
     ("PAK", "CENTO", "057", "1955-09")),
    ("Question: Did Britain keep its base at Suez?\nAnswer: No. Britain withdrew its last troops from Egypt in June "
     "1956.", ("GBR", "EGY", "087", "1956-06")),
])
def test_an_answer_no_ends_its_sentence(text, expected):
    dated = _dated(text)
    assert expected in dated
    assert not [d for d in dated if d[2].startswith("12")]


def test_no_before_a_number_or_after_a_question_on_its_line_stays_in_its_sentence():
    from detente.text.sentences import split_sentences
    text = "Under Resolution No. 242 Israel was asked to withdraw. He lived at No. 10 Downing Street."
    assert len(split_sentences(text)) == 2
    assert len(split_sentences("**Did the two fight a war?** No. Neither side declared one.")) == 1


# The act of an adjunct after a comma with no subject of its own ("after stops in Libya", "after stopping in Libya")
# is the main clause's subject's, not its object's.
@pytest.mark.parametrize("text, expected, wrong", [
    ("Castro reached Mozambique late in March 1977, after stops in Libya and Somalia.", ("CUB", "LBY", "042"),
     ("MOZ", "LBY", "042")),
    ("In March 1977 Castro visited Angola, after stopping in Libya.", ("CUB", "LBY", "042"), ("AGO", "LBY", "042")),
    ("In May 1972 Nixon visited the Soviet Union, after stopping in Austria.", ("USA", "AUT", "042"),
     ("SUN", "AUT", "042")),
])
def test_an_adjunct_after_the_object_is_the_subjects_act(text, expected, wrong):
    codes = {d[:3] for d in _dated(text)}
    assert expected in codes and wrong not in codes


# A tour, trip or journey "that took him to" places: a visit to each, by the traveller the clause names.
@pytest.mark.parametrize("text, expected", [
    ("President Jiang Zemin made a state visit to Zimbabwe in May 1996, during a tour that also took him to Kenya and "
     "Namibia.", {("CHN", "ZWE"), ("CHN", "KEN"), ("CHN", "NAM")}),
    ("In 1965 Zhou Enlai went on a tour that took him to Tanzania and Egypt.", {("CHN", "TZA"), ("CHN", "EGY")}),
    ("In September 1959 Khrushchev made a trip that took him to the United States.", {("SUN", "USA")}),
])
def test_a_tour_that_took_him_to_places_visits_them(text, expected):
    assert expected <= {d[:2] for d in _dated(text) if d[2] == "042"}


# A line of four links or more split by bars is a menu: its words ("visits", "1971") tell no act; a table's row
# ("| 1971 | Jordan | Pakistan | ... |") is still read.
def test_a_bar_menu_tells_no_event():
    text = ("Pakistan and Jordan\n\nJump to: Early years | The 1960s and Black September | 1971 | Summits and visits | "
            "The 1990s and after\n\nIn December 1971 Jordan sent fighter aircraft to Pakistan.\n")
    assert {(e.source, e.target, e.date) for e in extract_text(text)} == {("JOR", "PAK", "1971-12")}


def test_a_table_row_with_many_cells_is_no_menu():
    text = ("Key dates\n\n| Date | Actor | Other | Event |\n|---|---|---|---|\n| 1971 | Jordan | Pakistan | Jordan sends "
            "fighter aircraft to Pakistan |\n")
    assert ("JOR", "PAK", "1971") in {(e.source, e.target, e.date) for e in extract_text(text)}


# An armed force that "moved against" a party attacks it; pressing a state "to" do a named thing is a demand.
@pytest.mark.parametrize("text, expected", [
    ("In April 1975 the North Vietnamese army moved against Saigon.", ("VDR", "RVN", "190")),
    ("In August 1968 Soviet troops moved against Czechoslovakia.", ("SUN", "CSK", "190")),
    ("In December 1955 Britain sent a general to Amman to press Jordan to join the Baghdad Pact.", ("GBR", "JOR", "100")),
    ("In 1973 the United States pressed South Vietnam to accept the Paris agreement.", ("USA", "RVN", "100")),
    ("In November 1956 the United States pressured Britain to withdraw from Suez.", ("USA", "GBR", "100")),
])
def test_moving_against_and_pressing_to(text, expected):
    assert expected in {d[:3] for d in _dated(text)}


@pytest.mark.parametrize("text, code", [
    ("In 1979 the government moved against the opposition.", "190"),
    ("In May 1945 Soviet tanks pressed on to Berlin.", "100"),
    ("In February 1945, under Allied pressure and in time to join the new United Nations, Turkey declared war on "
     "Germany.", "100"),
])
def test_no_attack_or_demand_without_a_foreign_party_or_a_named_demand(text, code):
    assert not [d for d in _dated(text) if d[2] == code]


# Renamo, the Mozambican rebel movement (an opposition party after 1992), is a party of its own, not the state or the
# page's other state.
@pytest.mark.parametrize("text, expected", [
    ("On 4 October 1992 the Mozambican government and Renamo signed the Rome peace accords.", ("MOZ", "RENAMO")),
    ("In 1981 Renamo fighters attacked Mozambican railways.", ("RENAMO", "MOZ")),
])
def test_renamo_is_a_party_of_its_own(text, expected):
    assert expected in {d[:2] for d in _dated(text)}


# "the Soviet-led Council for Mutual Economic Assistance": the body named after "X-led" is the party, not its leader;
# "the American-led coalition", with no name after it, still stands for its leader.
@pytest.mark.parametrize("text, expected, leader", [
    ("In 1981 Mozambique asked to join the Soviet-led Council for Mutual Economic Assistance.", ("MOZ", "COMECON"),
     ("MOZ", "SUN")),
    ("In July 1972 Cuba joined the Soviet-led COMECON.", ("CUB", "COMECON"), ("CUB", "SUN")),
    ("In May 1955 West Germany joined the American-led NATO.", ("DEU", "NATO"), ("DEU", "USA")),
])
def test_a_body_named_after_its_leader_is_the_party(text, expected, leader):
    pairs = {d[:2] for d in _dated(text)}
    assert expected in pairs and leader not in pairs


def test_an_unnamed_coalition_stands_for_its_leader():
    assert ("PAK", "USA") in {d[:2] for d in _dated("In 1990 Pakistan joined the American-led coalition against Iraq.")}


def test_a_movement_leading_a_government_is_that_government():
    text = "HAVANA, July 24 - Cuba and the new Sandinista-led Government of Nicaragua established diplomatic relations today."
    assert ("CUB", "NIC") in {d[:2] for d in _dated(text, "1979-07-24")}


# The next stop of a journey, "flew on to", "travelled on to", is visited too; "went on to win" is no journey.
@pytest.mark.parametrize("text, expected", [
    ("In July 2010 the Indian external affairs minister visited Mauritius. He then flew on to Mozambique.", ("IND", "MOZ")),
    ("In May 1972 Nixon visited Moscow and then flew on to Tehran.", ("USA", "IRN")),
    ("In 1955 Bulganin and Khrushchev toured India and travelled on to Burma.", ("SUN", "MMR")),
])
def test_flying_on_to_the_next_stop_visits_it(text, expected):
    assert expected in {d[:2] for d in _dated(text) if d[2] == "042"}


# An aside on the subject that says where it comes from ("fresh from", "back from") keeps its own date: the act after
# it is dated by the sentence's date, not by "the day before" of the meeting it came from.
@pytest.mark.parametrize("text, expected", [
    ("On 16 October 1962 Algeria's Ahmed Ben Bella, fresh from talks with Kennedy in Washington the day before, flew "
     "to Havana.", ("DZA", "CUB", "042", "1962-10-16")),
    ("On 21 February 1972 Richard Nixon, fresh from a stopover in Hawaii the week before, arrived in Beijing.",
     ("USA", "CHN", "042", "1972-02-21")),
])
def test_a_from_aside_keeps_its_date(text, expected):
    assert expected in _dated(text)


# "Ask the community.", "Ask your teacher why ...": an imperative to the reader asks no state for anything.
@pytest.mark.parametrize("text", [
    "India and Pakistan\n\nIn 1965 India and Pakistan went to war. Still have a question? Ask the community.",
    "Ask your teacher why China backed Pakistan in 1965.",
])
def test_an_imperative_to_the_reader_is_no_request(text):
    assert not [d for d in _dated(text) if d[2].startswith("02")]
