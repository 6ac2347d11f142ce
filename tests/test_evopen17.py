"""evopen17: open gaps of the event layer (issue 5), shown on sentences of our own about other pairs and years.

- A pact told before and taken up again as "it" ("both renewed it") is renewed by its two parties; "it" with no
  pact told or named before stays no act.
- A state that quits a body ("quit CENTO") leaves it, as one that left or withdrew from it does; a question raised
  with a state ("raised the question of X with Y") is a consultation (040) with the state after "with".
- "condemned the occupation of X by Y": the doer named after "by" is the target, not the victim.
- A protest against an act told before by a noun with a modifier ("the naval blockade") is aimed at that act's doer,
  and the noun adds no second act.
- Gapped clauses: a state after ", and" with only a time counted from the act ("and Finland two days later") does
  the act in its turn; after a one-actor act, at its own time ("and Pakistan in 1998"); a second object after a
  fronted time ("and, in 1980, to Uganda") takes that time, which no longer dates the first object.
- Troops told sent in the passive: the state they are named by, the doer after "by", or the one state the paragraph
  makes the only candidate; two candidates or none, no act.
"""

from __future__ import annotations

from detente import extract_text


def _coded(text: str, dct: str | None = None) -> set[tuple]:
    return {(e.source, e.target, e.type) for e in extract_text(text, dct=dct)}


def _events(text: str, dct: str | None = None):
    return list(extract_text(text, dct=dct))


# 1. A pact named again as "it".
def test_a_pact_signed_before_and_renewed_as_it_is_renewed_by_its_parties():
    events = _events("Denmark and Poland signed a shipping agreement in 1957. It ran out in 1962, and both "
                     "governments renewed it in 1964.")
    renewals = [(e.source, e.target, e.cameo, e.date) for e in events if e.date == "1964"]
    assert renewals and all(e[2] == "057" and {e[0], e[1]} == {"DNK", "POL"} for e in renewals), renewals


def test_a_pact_named_with_its_parties_then_renewed_as_it():
    events = _events("The fishing convention between Canada and Portugal expired in 1971; the two governments renewed "
                     "it in 1973.")
    assert [(e.cameo, e.date) for e in events] == [("057", "1973")], events
    assert {events[0].source, events[0].target} == {"CAN", "PRT"}, events


def test_a_renewal_of_it_by_one_party_is_aimed_at_the_other():
    events = _events("Austria and Hungary signed a transit accord in 1966. Vienna renewed it in 1970.")
    assert ("AUT", "HUN", "057", "1970") in {(e.source, e.target, e.cameo, e.date) for e in events}, events


def test_it_renewed_with_no_pact_before_is_no_act():
    assert not [e for e in _events("In 1981 Greece renewed it.") if e.cameo == "057"]
    # a claim, no pact, told before: "it" is no pact
    assert not [e for e in _events("Venezuela pressed its claim to Essequibo in 1962 and renewed it in 1966.")
                if e.cameo == "057"]


# 4. Bodies quit; questions raised with a state.
def test_a_state_that_quits_a_body_leaves_it():
    assert ("PAK", "CENTO", "SANCTION") in _coded("Pakistan quit CENTO in March 1979.")
    assert ("ALB", "WARSAW_PACT", "SANCTION") in _coded("Albania quitted the Warsaw Pact in 1968.")


def test_troops_that_quit_a_state_withdraw_and_quit_alone_is_no_act():
    assert ("VNM", "KHM", "RETREAT") in _coded("Vietnamese troops quit Cambodia in September 1989.")
    assert not _coded("The Finnish foreign minister quit in 1975.")


def test_a_question_raised_with_a_state_is_a_consultation_with_it():
    events = _events("In 1967 Rabat raised the question of the Saharan border with Nouakchott.")
    assert [(e.source, e.target, e.cameo) for e in events] == [("MAR", "MRT", "040")], events
    # the state named as the question's topic is no party; a question raised at a body stays an appeal to it
    events = _events("In 1976 Quito raised the issue of Peru with Bogota.")
    assert [(e.source, e.target, e.cameo) for e in events] == [("ECU", "COL", "040")], events


# 5. The doer of a condemned act named after "by".
def test_a_condemnation_of_an_act_by_a_named_doer_is_aimed_at_the_doer():
    coded = _coded("In December 1979 Pakistan condemned the invasion of Afghanistan by the Soviet Union.")
    assert ("PAK", "SUN", "ACCUSE") in coded, coded
    assert ("PAK", "AFG", "ACCUSE") not in coded, coded
    coded = _coded("Chile denounced the occupation of the Falklands by Argentina in April 1982.")
    assert ("CHL", "ARG", "ACCUSE") in coded, coded


# 6. A protest against an act told before, named by a noun with a modifier.
def test_a_protest_against_a_modified_act_noun_is_aimed_at_its_doer_and_adds_no_act():
    events = _events("In May 1964 Ghana imposed a trade blockade on Togo. In 1965 Togo signed a loan accord with "
                     "France. Lome protested against the economic blockade.")
    protest = [(e.source, e.target, e.type) for e in events if "protested" in e.evidence]
    assert protest == [("TGO", "GHA", "ACCUSE")], [(e.source, e.target, e.cameo, e.evidence) for e in events]


def test_a_condemned_modified_act_noun_is_no_second_act():
    events = _events("In August 1975 Iraq launched an air raid on Kuwait. In 1976 Kuwait signed a trade treaty with "
                     "Japan. Kuwait condemned the aerial raid.")
    judged = [(e.source, e.target, e.type) for e in events if "condemned" in e.evidence]
    assert judged == [("KWT", "IRQ", "ACCUSE")], [(e.source, e.target, e.cameo, e.evidence) for e in events]


def test_an_act_noun_with_its_victim_after_a_protest_is_still_coded():
    # "the naval blockade of Cuba" names whom it was done to: the act keeps its own event as before
    coded = _coded("In October 1962 the Soviet Union protested against the naval blockade of Cuba by the United States.")
    assert ("SUN", "USA", "ACCUSE") in coded, coded


# 2. Gapped clauses.
def test_a_state_after_and_with_a_time_counted_from_the_act_does_it_in_its_turn():
    events = _events("Norway recognized Croatia on 15 January 1992, and Denmark two days later.")
    assert {(e.source, e.target, e.cameo, e.date) for e in events} == {
        ("NOR", "HRV", "054", "1992-01-15"), ("DNK", "HRV", "054", "1992-01-17")}, events
    events = _events("Portugal recognized Angola in November 1975, and Brazil the next day.")
    assert ("BRA", "AGO", "054", "1975-11") in {(e.source, e.target, e.cameo, e.date) for e in events}, events


def test_a_state_with_its_own_year_after_an_act_on_another_stays_no_turn():
    # "recognized Namibia in 1990, and Eritrea in 1993" may name a second object: no doer is read into it
    events = _events("Kenya recognized Namibia in 1990, and Eritrea in 1993.")
    assert not any(e.source == "ERI" for e in events), events


def test_a_one_actor_act_gapped_with_another_state_and_year_is_that_states_at_its_year():
    events = _events("China tested a hydrogen bomb in 1967, and France in 1968.")
    assert {(e.source, e.target, e.date) for e in events} == {("CHN", None, "1967"), ("FRA", None, "1968")}, events


def test_a_second_object_after_a_fronted_time_takes_that_time():
    events = _events("Syria sent troops to Lebanon in 1976 and, in 1990, to Saudi Arabia.")
    assert {(e.source, e.target, e.date) for e in events} == {("SYR", "LBN", "1976"), ("SYR", "SAU", "1990")}, events
    events = _events("Morocco sent troops to Zaire and, in 1991, to Saudi Arabia.")
    dated = {(e.source, e.target, e.date) for e in events if e.date}
    assert dated == {("MAR", "SAU", "1991")}, events


# 3. Passives of troops sent, the sender unstated.
def test_troops_sent_in_the_passive_are_sent_by_the_only_state_the_paragraph_names():
    events = _events("In 1963 Egypt backed the republicans. By 1965 troops had been sent to Yemen.")
    assert ("EGY", "YEM", "074", "1965") in {(e.source, e.target, e.cameo, e.date) for e in events}, events


def test_troops_sent_in_the_passive_with_two_candidates_or_none_are_no_act():
    events = _events("In 1963 Egypt and Syria backed the republicans. By 1965 troops had been sent to Yemen.")
    assert not [e for e in events if e.cameo == "074"], events
    assert not _events("By 1965 troops had been sent to Yemen.")


def test_troops_sent_in_the_passive_by_their_own_state_or_a_named_doer():
    assert ("EGY", "YEM", "AID") in _coded("Egyptian soldiers were sent to Yemen in 1962.")
    coded = _coded("In 1963 Egypt backed the republicans. Troops were sent to Yemen by Saudi Arabia in 1965.")
    assert ("SAU", "YEM", "AID") in coded and ("EGY", "YEM", "AID") not in coded, coded


# bench/recall.py "no trigger": a vote for the resolution that seated a state.
def test_a_vote_for_the_resolution_that_seated_a_state_supports_that_state():
    events = _events("In 1971 Kenya voted in the General Assembly for the Albanian resolution that seated Beijing.")
    assert [(e.source, e.target, e.cameo) for e in events] == [("KEN", "CHN", "051")], events
