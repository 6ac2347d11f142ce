"""Open gaps of the event layer (issue 5) closed by evopen18, shown on sentences of our own about other pairs, years and
words: a turn told in the pluperfect and counted back from the act ("France had done so a year earlier"), and the state
that does an act in its turn is no object of the act before it ("left the pact in 1956; Albania did so in 1968"); an act
named in the object of a judgement in quotes ("called the Egyptian treaty with Israel 'a stab in the back'") is no act
told done, the judgement is a disapproval (or praise) of the state named first; a state after "over" in an active
shoot-down is where, not whose aircraft; a body's seat told passed to a state ("China's seat in the United Nations was
transferred to Beijing") is the body's act, as "gave China's seat to" is coded."""

from __future__ import annotations

import pytest

from detente import extract_text


def _coded(text: str, dct: str | None = None) -> set[tuple]:
    return {(e.source, e.target, e.cameo) for e in extract_text(text, dct=dct)}


def _dated(text: str) -> set[tuple]:
    return {(e.source, e.target, e.cameo, e.date) for e in extract_text(text)}


# 1. a turn in the pluperfect: its own date, or the act's counted back; undated, no date the text gives
@pytest.mark.parametrize("text, expected", [
    ("Denmark recognized Guinea-Bissau in 1974; Norway had done so a year earlier.", ("NOR", "GNB", "054", "1973")),
    ("Sweden recognized Vietnam in 1969, and Denmark had done the same in 1968.", ("DNK", "RVN", "054", "1968")),
    ("Austria expelled the Libyan envoy on 12 May 1984; Greece had done so two days earlier.",
     ("GRC", "LBY", "161", "1984-05-10")),
])
def test_a_turn_told_in_the_pluperfect_is_dated_before_the_act(text, expected):
    assert expected in _dated(text)


def test_an_undated_pluperfect_turn_takes_no_date_of_the_act():
    assert {e[0] for e in _dated("Finland recognized Namibia in 1990. Iceland had already done so.")} == {"FIN"}


@pytest.mark.parametrize("text, doer", [
    ("Hungary left the pact in 1956; Albania did so in 1968.", "ALB"),
    ("Portugal quit the alliance in 1974, and Greece followed suit in 1975.", "GRC"),
])
def test_the_state_doing_the_act_in_its_turn_is_no_object_of_the_act_before(text, doer):
    assert not any(target == doer for _, target, _ in _coded(text))


# 3. an act named in the object of a judgement in quotes: the judgement, not the act
@pytest.mark.parametrize("text, expected", [
    ("Libya called the Egyptian treaty with Israel 'a stab in the back' in 1979.", ("LBY", "EGY", "111")),
    ('Syria described the Jordanian peace treaty with Israel as "treason" in 1994.', ("SYR", "JOR", "111")),
    ('Mexico called the agreement between Cuba and Spain "a disgrace" in 1963.', ("MEX", "CUB", "111")),
    ('Chile called the Peruvian-Bolivian pact "a historic step" in 1975.', ("CHL", "PER", "051")),
])
def test_an_act_judged_in_quotes_is_the_judgement(text, expected):
    coded = _coded(text)
    assert expected in coded
    assert not any(cameo == "057" for _, _, cameo in coded)


def test_an_act_named_before_a_relative_clause_in_quotes_stays():
    text = 'Tanzania signed a trade pact with Zambia in 1970, which the press dubbed "the railway deal".'
    assert ("TZA", "ZMB", "057") in _coded(text)


# 6. shot down over a place: the place is not the aircraft's state
@pytest.mark.parametrize("text", [
    "Israel shot down a drone over Lebanon in 2006.",
    "A Soviet missile battery shot down a U-2 over northern Cuba in 1962.",
])
def test_a_state_after_over_is_where_the_aircraft_fell(text):
    assert not any(target in ("LBN", "CUB") for _, target, _ in _coded(text))


@pytest.mark.parametrize("text, expected", [
    ("Iraq shot down an Iranian jet over Kuwait in 1984.", ("IRQ", "IRN", "182")),
    ("A Libyan airliner was shot down over Egypt in 1973.", ("EGY", "LBY", "182")),
])
def test_the_aircraft_of_a_state_and_the_passive_keep_their_parties(text, expected):
    assert expected in _coded(text)


# 7. a body's seat passed to a state: the body's act (the state whose seat it was gives nothing)
@pytest.mark.parametrize("text, expected", [
    ("China's seat in the United Nations was transferred to Beijing in 1971.", ("UN", "CHN", "057")),
    ("The seat at the United Nations went to the People's Republic of China in 1971.", ("UN", "CHN", "057")),
    ("Yugoslavia's seat at the UN passed to Serbia in 2000.", ("UN", "SCG", "057")),
])
def test_a_seat_passed_to_a_state_is_the_bodys_act(text, expected):
    assert _coded(text) == {expected}


def test_a_seat_lost_names_no_act():
    assert _coded("Taiwan lost its seat at the United Nations in 1971.") == set()


# 5. clause boundaries: the other state of the pair, doing its own act to a third in the next clause, is no object left
# unnamed of that clause's act; states that do the act together ("as did") are no object of each other's
@pytest.mark.parametrize("text, wrong", [
    ("Zambia recognized Biafra in 1968 while Nigeria fought the secession.", ("NGA", "ZMB")),
    ("Austria joined the Community in 1995, as did Finland.", ("AUT", "FIN")),
])
def test_a_state_of_the_other_clause_is_no_party_of_the_act(text, wrong):
    assert not any((source, target) == wrong for source, target, _ in _coded(text))


# 6. a presence in a capital is a visit only with the visit it was on
@pytest.mark.parametrize("text, expected", [
    ("The Kenyan foreign minister was in Kampala on an official visit in May 1975.", ("KEN", "UGA", "042")),
    ("Iraq's vice president was in Amman on a state visit on 3 June 1980.", ("IRQ", "JOR", "042")),
])
def test_a_presence_on_a_visit_is_a_visit(text, expected):
    assert expected in _coded(text)


@pytest.mark.parametrize("text", [
    "The Egyptian president was in Damascus for three days in March 1970.",
    "The Peruvian president was in Quito when the war broke out in 1941.",
])
def test_a_presence_alone_is_no_visit(text):
    assert not any(cameo == "042" for _, _, cameo in _coded(text))
