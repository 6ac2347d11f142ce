"""General forms found on the sent15 labelled rows (tests/data/event_sentences.jsonl, split sent15), shown on
sentences of our own about other pairs and years: each sentence with the (source, target, type) it must yield, and
look-alikes that must not yield it."""

from __future__ import annotations

import pytest

from detente import extract_text


def _coded(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type) for e in extract_text(text)}


# A giving verb with the receiver as its first object ("sold Pakistan its first Mirage III fighters", "gave Greece
# and Turkey $400 million"): the receiver's name, one to four capitalized words, does not count against the gap
# before the thing given, and the giver is the source, the receiver the target.
@pytest.mark.parametrize("text, expected", [
    ("The United States sold Saudi Arabia sixty F-15 fighters in 1978.", ("USA", "SAU", "COOPERATE")),
    ("France sold Brazil the retired aircraft carrier Foch in 2000.", ("FRA", "BRA", "COOPERATE")),
    ("Russia leased India a second nuclear-powered attack submarine in 2012.", ("RUS", "IND", "COOPERATE")),
    ("India gifted Vietnam a missile corvette in July 2023.", ("IND", "VNM", "AID")),
    ("In 1950 the United States gave Thailand tanks and aircraft under a military aid agreement.", ("USA", "THA", "AID")),
    ("In 1957 the United States sent Lebanon and Jordan arms under the Eisenhower Doctrine.", ("USA", "JOR", "AID")),
])
def test_receiver_named_before_the_thing_given(text, expected):
    assert expected in _coded(text)


@pytest.mark.parametrize("text", [
    "The minister handed Parliament a report on the navy in 1990.",
    "He sold the family house in Lisbon in 1990.",
    "The committee gave March 1990 as the date of the first deliveries.",
])
def test_giving_look_alikes_give_nothing(text):
    assert not _coded(text)


# Arms received or taken delivery of, the receiver the subject: the giver (after "from", or the demonym on the
# weapons) is the source.
@pytest.mark.parametrize("text, expected", [
    ("Egypt received its first Soviet MiG-21 jets in 1962.", ("SUN", "EGY", "AID")),
    ("Iran took delivery of its first American F-14 fighters in January 1976.", ("USA", "IRN", "AID")),
    ("Greece received its first German-built submarines in 1971.", ("DEU", "GRC", "AID")),
])
def test_receiver_as_subject_of_arms_received(text, expected):
    assert expected in _coded(text)


# A mediator named in a hyphenated adjective before the act it arranged: the act is the parties' (after "between", or
# the other states the sentence names), and the mediator mediates with each of them; it takes no part in the act.
@pytest.mark.parametrize("text, expected", [
    ("A French-brokered ceasefire between Russia and Georgia took effect on 12 August 2008.",
     {("RUS", "GEO", "RETREAT"), ("FRA", "RUS", "CONSULT"), ("FRA", "GEO", "CONSULT")}),
    ("An American-brokered ceasefire between Israel and Lebanon took effect on 27 November 2024.",
     {("ISR", "LBN", "RETREAT"), ("USA", "ISR", "CONSULT"), ("USA", "LBN", "CONSULT")}),
    ("Ethiopia and Eritrea signed the Algerian-brokered peace agreement in December 2000.",
     {("ETH", "ERI", "SUPPORT"), ("DZA", "ETH", "CONSULT"), ("DZA", "ERI", "CONSULT")}),
    ("Turkey brokered a prisoner swap between Russia and Ukraine in September 2022.",
     {("TUR", "RUS", "CONSULT"), ("TUR", "UKR", "CONSULT")}),
])
def test_mediator_named_in_an_adjective_mediates_with_each_party(text, expected):
    coded = _coded(text)
    assert expected <= coded
    mediators = {s for (s, _, t) in expected if t == "CONSULT"}
    assert not any(t != "CONSULT" and {s, o} & mediators for (s, o, t) in coded)  # no part in the act itself


@pytest.mark.parametrize("text", [
    "The well-mediated dispute was settled out of court.",
    "The UN-brokered plan was never put to a vote.",
])
def test_hyphenated_mediator_look_alikes(text):
    assert not {t for (_, _, t) in _coded(text)} & {"CONSULT", "RETREAT"}


# A body that suspends a member state named as the object, puts a state under sanctions or lets it back in; aid won,
# obtained or secured, the receiver the subject.
@pytest.mark.parametrize("text, expected", [
    ("The African Union suspended Mali in August 2020.", ("AU", "MLI", "SANCTION")),
    ("1962 - The OAS suspends Cuba from its councils.", ("OAS", "CUB", "SANCTION")),
    ("The Commonwealth suspended Zimbabwe in March 2002.", ("COMMONWEALTH", "ZWE", "SANCTION")),
    ("The United States put Cuba under a full trade embargo in February 1962.", ("USA", "CUB", "COERCE")),
    ("The Security Council placed Libya under sanctions in March 1992.", ("UNSC", "LBY", "COERCE")),
    ("The Arab League let Egypt back in in May 1989.", ("ARAB_LEAGUE", "EGY", "SUPPORT")),
    ("Egypt obtained a large loan from the Soviet Union in 1958.", ("SUN", "EGY", "AID")),
    ("Jordan secured British military aid in 1948.", ("GBR", "JOR", "AID")),
])
def test_bodies_suspend_sanction_readmit_and_aid_won(text, expected):
    assert expected in _coded(text)


@pytest.mark.parametrize("text", [
    "China agreed in 1971 to resume the aid it had suspended.",
    "The exiles suspended their campaign that November.",
    "The court suspended the sentence in 1990.",
])
def test_suspension_look_alikes(text):
    assert "SANCTION" not in {t for (_, _, t) in _coded(text)}


# A host or mediator named after "hosted/brokered/mediated by" with the parties after "between": the act is the
# parties', and the host hosts each of them (043).
@pytest.mark.parametrize("text, expected", [
    ("Peace talks hosted by Norway between Sri Lanka and the Tamil Tigers opened in Oslo in December 2002.",
     {("NOR", "LKA", "CONSULT"), ("NOR", "LTTE", "CONSULT"), ("LKA", "LTTE", "CONSULT")}),
    ("Talks hosted by Qatar between the United States and the Taliban opened in Doha in October 2018.",
     {("QAT", "USA", "CONSULT"), ("QAT", "TALIBAN", "CONSULT"), ("USA", "TALIBAN", "CONSULT")}),
])
def test_host_named_after_by_hosts_each_party(text, expected):
    assert expected <= _coded(text)
