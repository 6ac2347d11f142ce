"""recall15 (gold events the coder missed on the tuned pages): a change of regime told with its date inside a named
period ("the Iranian revolution of 1979"); a coup that befalls or brings to power a ruler told as the clause's subject
("X was killed in a coup", "X took power in a coup"); military advisers who arrive in a state (sent to it, 074);
soldiers brought home with no place named (the state they served in, from the paragraph before). Shown on sentences
of our own, with look-alikes that stay as they were."""

from __future__ import annotations

import pytest

from detente import extract_text


def _acts(text: str) -> list[tuple]:
    return sorted((e.source or "", e.target or "", e.cameo, e.date or "") for e in extract_text(text))


@pytest.mark.parametrize("text, act", [
    # a period named for a change of regime, told with its date, is that change (decision 6)
    ("The Iranian revolution of 1979 ended the alliance with Washington.", ("IRN", "", "D01", "1979")),
    ("The 1979 Iranian revolution ended the alliance with Washington.", ("IRN", "", "D01", "1979")),
])
def test_a_named_revolution_with_its_date(text, act):
    assert act in _acts(text), _acts(text)


def test_a_named_revolution_without_a_date_stays_an_era():
    acts = _acts("After the Iranian revolution Pakistan kept its embassy in Tehran.")
    assert not [a for a in acts if a[2][:2] == "D0"], acts


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
