"""A pair named as one and acted on, a state put out of a body, ties cut told object first, an end of fighting, a
fight named as the topic of words, a note coded by what it says, a meeting of the two, "as did" and a body's "it":
each on sentences of our own."""

from __future__ import annotations

import pytest

from detente import extract_text


def _coded(text: str) -> list[tuple]:
    return [(e.source, e.target, e.cameo, e.date) for e in extract_text(text, origin="t.txt")]


def _dyads(text: str, cameo: str) -> set[tuple]:
    return {(s, t) for s, t, c, _ in _coded(text) if c == cameo}


# --- a pair named as one ("both Korean states", "the two Yemens") acted on by another state: one act toward each ----


@pytest.mark.parametrize("text, cameo, expected", [
    ("In September 1991 the United Nations admitted both Korean states.", "057", {("UN", "KOR"), ("UN", "PRK")}),
    ("The United Nations admitted the two German states in September 1973.", "057", {("UN", "DEU"), ("UN", "DDR")}),
    ("In January 1973 Finland established relations with both German states.", "054", {("FIN", "DEU"), ("FIN", "DDR")}),
    ("In October 1972 the Arab League urged the two Yemens to stop fighting.", "0256", {("ARAB_LEAGUE", "YEM"), ("ARAB_LEAGUE", "YMD")}),
])
def test_a_pair_named_as_one_is_acted_on_each(text, cameo, expected):
    assert _dyads(text, cameo) == expected, _coded(text)


def test_a_pair_named_as_one_that_acts_stays_one_party():
    # the pair is the doer here: no act of one of its states toward the other is made up
    events = _coded("In 1991 both Korean states joined the United Nations.")
    assert events and all({e[0], e[1]} != {"KOR", "PRK"} for e in events), events


# --- "Egypt's expulsion from the Arab League": the body puts the state out -----------------------------------------


@pytest.mark.parametrize("text, body, state", [
    ("Egypt's expulsion from the Arab League came in 1979.", "ARAB_LEAGUE", "EGY"),
    ("Cuba's suspension from the OAS in January 1962 isolated Havana in the hemisphere.", "OAS", "CUB"),
    ("The Soviet Union's expulsion from the League of Nations followed in December 1939.", "LEAGUE_OF_NATIONS", "SUN"),
    ("Yugoslavia's expulsion from the Cominform in June 1948 surprised the West.", "COMINFORM", "YUG"),
])
def test_a_state_put_out_of_a_body_is_the_target(text, body, state):
    pairs = {(s, t) for s, t, c, _ in _coded(text) if c[:2] == "16"}
    assert (body, state) in pairs and (state, body) not in pairs, _coded(text)


@pytest.mark.parametrize("text, body, state", [
    ("The expulsion of Yugoslavia from the Cominform came in June 1948.", "COMINFORM", "YUG"),
    ("The expulsion of British diplomats from the Soviet Union followed in October 1971.", "SUN", "GBR"),
    ("The expulsion of Egypt from the Arab League in 1979 moved its headquarters to Tunis.", "ARAB_LEAGUE", "EGY"),
])
def test_the_expeller_after_from_may_take_the(text, body, state):
    assert (body, state) in _dyads(text, "166"), _coded(text)


def test_an_expulsion_of_others_keeps_its_owner_as_doer():
    pairs = _dyads("Britain's expulsion of Soviet officials from London came in September 1971.", "166")
    assert ("GBR", "SUN") in pairs, pairs


# --- "relations with Taipei were ended by Honduras": the doer after "by", the other after "with" --------------------


@pytest.mark.parametrize("text, cameo, doer, other", [
    ("In October 1973 ties with Israel were broken off by Ghana.", "161", "GHA", "ISR"),
    ("In July 1990 relations with Taiwan were severed by Saudi Arabia.", "161", "SAU", "TWN"),
    ("In May 1965 diplomatic relations with West Germany were broken off by Egypt.", "161", "EGY", "DEU"),
    ("In 2007 relations with Taipei were ended by Costa Rica.", "161", "CRI", "TWN"),
    ("In January 1979 relations with Beijing were established by Washington.", "054", "USA", "CHN"),
])
def test_ties_told_object_first_are_the_doers_after_by(text, cameo, doer, other):
    assert _dyads(text, cameo) == {(doer, other)}, _coded(text)


# --- fighting between two states that ended is an end of fighting, no fight ----------------------------------------


@pytest.mark.parametrize("text, pair, date", [
    ("Hostilities between India and Pakistan ended in September 1965.", {"IND", "PAK"}, "1965-09"),
    ("The war between Iran and Iraq ended in August 1988.", {"IRN", "IRQ"}, "1988-08"),
    ("Fighting between Ethiopia and Somalia ended in March 1978.", {"ETH", "SOM"}, "1978-03"),
    ("In March 1940 the war between the Soviet Union and Finland came to an end.", {"SUN", "FIN"}, "1940-03"),
])
def test_fighting_that_ended_is_no_fight(text, pair, date):
    events = _coded(text)
    assert [e for e in events if {e[0], e[1]} == pair and e[2] == "0871" and e[3] == date], events
    assert not [e for e in events if e[2][:2] in ("19", "11")], events


def test_a_war_still_begun_is_a_fight():
    events = _coded("In September 1980 war broke out between Iran and Iraq.")
    assert [e for e in events if {e[0], e[1]} == {"IRN", "IRQ"} and e[2] == "190"], events


@pytest.mark.parametrize("text, words", [
    ("In 1969 Beijing and Moscow traded accusations over the Ussuri clashes.", "112"),
    ("In 1962 India protested to China over the border clashes.", "114"),
    ("In 1960 Nepal complained to China about the clash near Mustang.", "114"),
])
def test_a_fight_named_as_the_topic_of_words_is_not_coded(text, words):
    events = _coded(text)
    assert [e for e in events if e[2] == words], events
    assert not [e for e in events if e[2][:2] in ("18", "19", "20")], events


def test_a_fight_told_as_done_is_still_coded():
    assert [e for e in _coded("In March 1969 Chinese and Soviet troops clashed on the Ussuri.") if e[2] == "190"]


# --- a note, a letter or a message, coded by the participle that says what it does ----------------------------------


@pytest.mark.parametrize("text, expected", [
    ("In 1961 Moscow sent a note to Finland proposing military consultations.", ("SUN", "FIN", "030")),
    ("In March 1969 Moscow sent a note to Beijing protesting the border clashes.", ("SUN", "CHN", "114")),
    ("In October 1962 Khrushchev sent a letter to Kennedy proposing a settlement.", ("SUN", "USA", "030")),
    ("In January 1950 Kim Il Sung sent a message to Stalin asking for support.", ("PRK", "SUN", "020")),
    ("In September 1983 the United States delivered a demarche to the Soviet Union over the downing of the airliner.",
     ("USA", "SUN", "114")),
])
def test_a_note_is_coded_by_what_it_does(text, expected):
    assert expected in {(s, t, c) for s, t, c, _ in _coded(text)}, _coded(text)


# --- "the two states held a meeting": the pair in focus meets; one state's own meeting is none ----------------------


@pytest.mark.parametrize("text, pair", [
    ("Relations between India and China thawed in 1988. In December the two states held a meeting in Beijing.",
     {"IND", "CHN"}),
    ("India and China quarrelled over the border in 1959. In 1960 the two prime ministers held meetings in Delhi.",
     {"IND", "CHN"}),
    ("In 1955 the Soviet Union and Yugoslavia held a meeting in Belgrade.", {"SUN", "YUG"}),
])
def test_a_meeting_of_the_two(text, pair):
    assert [e for e in _coded(text) if {e[0], e[1]} == pair and e[2] == "043"], _coded(text)


def test_one_states_own_meeting_is_no_meeting_with_the_other():
    events = _coded("Relations between India and China thawed in 1988. In 1989 India held a meeting of its cabinet on "
                    "the border.")
    assert not [e for e in events if e[2][:2] == "04"], events


# --- "..., as did France": the state after it does the act too, and is no target ------------------------------------


@pytest.mark.parametrize("text, cameo, expected", [
    ("In October 1956 Britain vetoed the resolution on Suez, as did France.", "125", {("GBR", "UNSC"), ("FRA", "UNSC")}),
    ("In 1980 Canada boycotted the Moscow Olympics, and so did Japan and Kenya.", "143",
     {("CAN", "SUN"), ("JPN", "SUN"), ("KEN", "SUN")}),
    ("In 1980 the United States boycotted the Moscow Olympics, and West Germany did too.", "143",
     {("USA", "SUN"), ("DEU", "SUN")}),
    ("In December 1971 India recognized Bangladesh, as did Bhutan.", "054", {("IND", "BGD"), ("BTN", "BGD")}),
])
def test_a_state_that_did_so_too_is_a_doer(text, cameo, expected):
    assert _dyads(text, cameo) == expected, _coded(text)


def test_a_state_that_did_so_too_is_no_target_of_a_noun():
    events = _coded("In 1979 the United States condemned the Soviet invasion, as did China.")
    assert not [e for e in events if e[1] == "CHN"], events


# --- "The Security Council met ... It imposed": a body named alone stands for the "it" of the next sentence ---------


@pytest.mark.parametrize("text, expected", [
    ("The Security Council met in November 1977. It imposed an arms embargo on South Africa.", ("UNSC", "ZAF", "163")),
    ("The Security Council met in June 1976. It voted to condemn South Africa.", ("UNSC", "ZAF")),
])
def test_a_body_named_alone_is_the_next_it(text, expected):
    found = {(s, t, c) for s, t, c, _ in _coded(text)} if len(expected) == 3 else {(s, t) for s, t, *_ in _coded(text)}
    assert expected in found, _coded(text)
