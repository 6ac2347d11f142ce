"""recall15 (gold events the coder missed on the tuned pages): a coup that befalls or brings to power a ruler told
as the clause's subject ("X was killed in a coup", "X took power in a coup"); power taken by a general, the army or
officers; military advisers who arrive in a state (sent to it, 074); soldiers brought home with no place named (the
state they served in, from the paragraph before); a vote for the resolution a body was told passing just before; a
timeline line "Ghana independent: 6 March 1957".
Shown on sentences of our own, with look-alikes that stay as they were."""

from __future__ import annotations

import pytest

from detente import extract_text


def _acts(text: str) -> list[tuple]:
    return sorted((e.source or "", e.target or "", e.cameo, e.date or "") for e in extract_text(text))


@pytest.mark.parametrize("text, act", [
    # the subject of the clause is the ruler the coup befell or brought to power: the coup is his state's
    ("Sylvanus Olympio was killed in a coup on 13 January 1963.", ("TGO", "", "D02", "1963-01-13")),
    ("Jerry Rawlings took power in a coup on 31 December 1981.", ("GHA", "", "D02", "1981-12-31")),
    ("Salvador Allende died in a military coup on 11 September 1973.", ("CHL", "", "D02", "1973-09-11")),
])
def test_a_coup_that_befalls_the_subject(text, act):
    assert act in _acts(text), _acts(text)


@pytest.mark.parametrize("text", [
    # another verb before "in a coup", or the subject after a preposition: the coup is no one's here
    "In 1966 Nigeria spoke out in a coup debate.",
    "In 1966 the Nigerian ambassador was shot in a coup attempt in Lagos.",
])
def test_no_owner_for_a_coup_after_other_words(text):
    acts = _acts(text)
    assert not [a for a in acts if a[2] == "D02"], acts


@pytest.mark.parametrize("text, act", [
    # military advisers, instructors or technicians who arrive in a state are sent to it, as "sent advisers to"
    ("The first Soviet military advisers arrived in Syria in March 1956.", ("SUN", "SYR", "074", "1956-03")),
    ("Chinese military technicians went to Tanzania in 1966.", ("CHN", "TZA", "074", "1966")),
])
def test_military_advisers_arrive(text, act):
    assert act in _acts(text), _acts(text)


def test_soldiers_who_arrive_stay_no_visit_nor_aid():
    acts = _acts("Cuban soldiers arrived in Angola in November 1975.")
    assert not [a for a in acts if a[2] in ("042", "074")], acts


def test_soldiers_brought_home_with_no_place_named():
    # the state they served in is the one the paragraph dealt with before
    acts = _acts("Vietnam sent troops into Cambodia in 1978. In 1989 Vietnam began to bring home most of its soldiers.")
    assert ("VNM", "KHM", "087", "1989") in acts, acts


@pytest.mark.parametrize("text, act", [
    # a vote for the resolution a body was just told passing: the voter does the body's act on its target
    ("In July 1975 the OAS voted to lift the sanctions on Cuba. Jamaica voted for the resolution.",
     ("JAM", "CUB", "085", "1975-07")),
    ("In June 2010 the Security Council imposed new sanctions on Iran. Russia voted for it.",
     ("RUS", "IRN", "163", "2010-06")),
])
def test_a_vote_for_the_resolution_told_before(text, act):
    assert act in _acts(text), _acts(text)


@pytest.mark.parametrize("text", [
    # no body's act told before, or the resolution's content told after it: no vote read from the context
    "In 1964 Mexico sent aid to Cuba. Peru voted for it.",
    "In 1964 the OAS imposed sanctions on Cuba. Peru voted for the resolution that praised Mexico.",
])
def test_a_vote_with_no_resolution_told_before(text):
    acts = _acts(text)
    assert not [a for a in acts if a[0] == "PER"], acts


@pytest.mark.parametrize("text, act", [
    # power taken by a general, the army or officers is a coup of the state named with them
    ("General Ibrahim Babangida took power in Lagos in August 1985.", ("NGA", "", "D02", "1985-08")),
    ("In October 1972 the army under Major Mathieu Kerekou took power in Cotonou.", ("BEN", "", "D02", "1972-10")),
])
def test_power_taken_by_the_army(text, act):
    assert act in _acts(text), _acts(text)


@pytest.mark.parametrize("text", [
    # no armed ruler named with it, power taken after elections, or a change named as a time ("soon after taking power")
    "Julius Nyerere took power in Dar es Salaam in December 1961.",
    "The army supported the party that took power in Accra after the elections of 1979.",
    "General Acheampong had dropped the claim soon after taking power in 1972.",
])
def test_power_taken_with_no_coup(text):
    acts = _acts(text)
    assert not [a for a in acts if a[2] == "D02"], acts


@pytest.mark.parametrize("text, act", [
    # a timeline's verbless line: the state that opens it, "independent", its date
    ("Ghana independent: 6 March 1957", ("GHA", "", "D04", "1957-03-06")),
    ("- 6 March 1957: Ghana independent under Kwame Nkrumah.", ("GHA", "", "D04", "1957-03-06")),
])
def test_a_timeline_line_of_independence(text, act):
    assert act in _acts(text), _acts(text)


@pytest.mark.parametrize("text", [
    # "independent" in a clause with its verb, or of another state: no line of a timeline
    "Egypt remained independent in 1950.",
    "Ghana independent of Britain, 1957.",
])
def test_independent_in_prose_is_no_change(text):
    acts = _acts(text)
    assert not [a for a in acts if a[2] == "D04"], acts
