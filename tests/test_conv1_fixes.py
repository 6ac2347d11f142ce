"""The coder on the five gold conventions decided on 2026-11-28 (tests/data/other_pairs/CONVENTIONS.md), on sentences
written for these tests about other pairs, years and words than the pages that showed the faults:

1. a denial or rebuttal of one's own part is no event (the accusation it answers is one);
2. one act of three or more states done together is one event whose actors are every party (in the gold only: the
   coder's rule is left out of this branch, see the commit that reverts it);
3. a host's reception of a visitor told with the visit is part of the visit;
4. guarantors, mediators, witnesses and the help lent to an act are no party to it;
5. "the night of 17-18 December" is 17 December, the day the night begins.
"""

from __future__ import annotations

import pytest

from detente.pipeline import extract_text


def _events(text: str) -> list[tuple]:
    return [(e.source, e.target, e.cameo, e.date, tuple(e.actors)) for e in extract_text(text)]


# 1. denials and rebuttals


@pytest.mark.parametrize("text", [
    "In April 1961 Ghana accused Togo of sheltering plotters. Togo rejected the charges.",
    "In April 1961 Ghana accused Togo of sheltering plotters. Togo dismissed the accusations as baseless.",
    "In April 1961 Ghana accused Togo of sheltering plotters. Togo rebuffed these allegations.",
])
def test_a_rebuttal_of_a_charge_is_no_event_and_the_charge_is_one(text):
    events = _events(text)
    assert [(s, t, c[:2]) for s, t, c, _, _ in events] == [("GHA", "TGO", "11")], events


@pytest.mark.parametrize("text, expected", [
    ("In 1975 Morocco rejected the Algerian claim to a say in the Sahara.", ("MAR", "DZA", "120")),
    ("Egypt rejected the Soviet demands in July 1972.", ("EGY", "SUN", "120")),
    ("In 1972 Uganda refused to pay the transit charges to Kenya.", ("UGA", "KEN", "120")),
])
def test_a_rejected_claim_or_demand_stays_a_rejection(text, expected):
    assert expected in [(s, t, c) for s, t, c, _, _ in _events(text)]


# 3. a reception told with the visit


@pytest.mark.parametrize("text, visit", [
    ("President Moi arrived in Lusaka on 3 March 1981 for a visit of five days, and President Kaunda received him the "
     "following day.", ("KEN", "ZMB", "042", "1981-03-03")),
    ("President Nyerere arrived in Nairobi on 4 June 1975 and was welcomed by President Kenyatta.",
     ("TZA", "KEN", "042", "1975-06-04")),
    ("In March 1966 the Emperor of Ethiopia paid a state visit to Kenya. President Kenyatta welcomed him at the airport.",
     ("ETH", "KEN", "042", "1966-03")),
])
def test_a_hosts_reception_told_with_the_visit_is_the_visit(text, visit):
    assert [(s, t, c, d) for s, t, c, d, _ in _events(text)] == [visit]


def test_talks_held_on_the_visit_stay_an_event_of_their_own():
    events = _events("President Nyerere arrived in Nairobi on 4 June 1975 and held talks with President Kenyatta.")
    assert {c for _, _, c, _, _ in events} == {"042", "040"}, events


# 4. guarantors, mediators, witnesses, helpers


@pytest.mark.parametrize("text, pair, code", [
    ("On 14 April 1988 Afghanistan and Pakistan signed the Geneva Accords, with the Soviet Union and the United States "
     "as guarantors.", {"AFG", "PAK"}, "057"),
    ("In March 1961 Ghana and Togo signed a border treaty, with Britain and France as guarantors.", {"GHA", "TGO"}, "057"),
    ("Laos and Thailand restored relations in May 1979 through Vietnamese mediation.", {"LAO", "THA"}, "054"),
    ("In June 1967 Kenya and Somalia signed an agreement, drafted with Zambian help, that ended the border war.",
     {"KEN", "SOM"}, "057"),
    ("Mali and Burkina Faso restored relations in 1986 through the good offices of Senegal.", {"MLI", "BFA"}, "054"),
    ("Greece and Turkey restored relations in 1950 with British help.", {"GRC", "TUR"}, "054"),
])
def test_guarantors_mediators_and_helpers_are_no_party(text, pair, code):
    events = _events(text)
    assert len(events) == 1, events
    source, target, cameo, _, actors = events[0]
    assert {source, target} == pair and set(actors) == pair and cameo == code


# 5. a night


@pytest.mark.parametrize("text, date", [
    ("On the night of 4-5 March 1953 Greek troops crossed into Albania.", "1953-03-04"),
    ("On the night of 11 to 12 June 1977 Ethiopian aircraft bombed Somali positions near the border.", "1977-06-11"),
])
def test_a_night_is_the_day_it_begins(text, date):
    assert [d for _, _, _, d, _ in _events(text)] == [date]


def test_two_days_that_are_no_night_stay_a_range():
    assert [d for _, _, _, d, _ in _events("From 11 to 12 June 1977 Ethiopian aircraft bombed Somali positions near the "
                                            "border.")] == ["1977-06-11/1977-06-12"]
