"""evopen19: open gaps of the event layer. A visitor named in an aside or owning the plane lands (no armed landing);
the partner of a joint statement is no party of the act it announces; a longer Arabic name is no shorter gazetteer
name's holder; telephone conversations held; a body's approval of troops deployed; an organ named before its body
acts for the body; a note verbale's act is aimed at the mission it addresses. Sentences of our own."""

from __future__ import annotations

import pytest

from detente import extract_text


def _acts(text: str) -> list[tuple]:
    return [(e.source, e.target, e.cameo) for e in extract_text(text, origin="t.txt")]


@pytest.mark.parametrize("text, source, target", [
    ("On 14 March 1993, the Latvian Foreign Minister, Georgs Andrejevs, landed in Stockholm.", "LVA", "SWE"),
    ("On 2 June 1988, the Mexican Foreign Minister, Bernardo Sepulveda, landed in Managua.", "MEX", "NIC"),
])
def test_a_minister_named_in_an_aside_who_lands_makes_no_armed_landing(text, source, target):
    acts = _acts(text)
    assert not any(act[2].startswith("19") for act in acts), acts
    assert (source, target, "042") in acts


@pytest.mark.parametrize("text", [
    "On 9 May 1979, Shultz's aircraft landed at Manila airport.",
    "On 21 June 1995, Mubarak's plane landed at Addis Ababa airport.",
])
def test_a_persons_plane_that_lands_makes_no_armed_landing(text):
    assert not any(act[2].startswith("19") for act in _acts(text))


@pytest.mark.parametrize("text, source, target", [
    ("On 4 August 1964, Greek troops, led by Colonel Nikos Lagos, landed in Cyprus.", "GRC", "CYP"),
    ("On 2 April 1982, Argentine marines landed in the Falklands.", "ARG", "GBR"),
])
def test_troops_landing_stay_a_landing_in_force(text, source, target):
    assert (source, target, "190") in _acts(text)


@pytest.mark.parametrize("text, act", [
    ("On 3 April 1995, Japan imposed sanctions on North Korea in a joint statement issued with South Korea.",
     ("JPN", "PRK", "163")),
    ("On 9 May 2006, Norway demanded that Sudan end the killings, in a joint statement issued with Canada.",
     ("NOR", "SDN", "100")),
])
def test_a_joint_statements_partner_is_no_party_of_the_act_it_announces(text, act):
    acts = _acts(text)
    assert act in acts, acts
    partner = "KOR" if "South Korea" in text else "CAN"
    assert not any(partner in pair[:2] for pair in acts), acts


@pytest.mark.parametrize("text", [
    "On 3 May 2015, Sheikh Abdullah bin Zayed met the Foreign Minister of Japan in Tokyo.",
    "On 3 May 2015, Sheikh Abdullah Al Thani met the Foreign Minister of Japan in Tokyo.",
])
def test_a_longer_arabic_name_is_not_the_shorter_gazetteer_names_holder(text):
    assert not any("IND" in act[:2] or "JOR" in act[:2] for act in _acts(text))


@pytest.mark.parametrize("text, source", [
    ("On 3 May 1985, Sultan Qaboos bin Said met the Foreign Minister of Japan in Tokyo.", "OMN"),
    ("On 3 May 1965, King Hussein bin Talal met the Foreign Minister of Japan in Tokyo.", "JOR"),
    ("On 3 May 1985, Sheikh Sabah al-Ahmad met the Foreign Minister of Japan in Tokyo.", "KWT"),
])
def test_a_longer_name_the_gazetteer_holds_still_resolves(text, source):
    assert (source, "JPN", "043") in _acts(text)


@pytest.mark.parametrize("text, source, target", [
    ("On 2 February 1993, the President of Peru held a telephone conversation with the President of Bolivia.",
     "PER", "BOL"),
    ("On 8 October 2001, the Danish Prime Minister held telephone talks with the Prime Minister of Iceland.",
     "DNK", "ISL"),
])
def test_a_telephone_conversation_held_is_a_call(text, source, target):
    assert (source, target, "041") in _acts(text)


@pytest.mark.parametrize("text", [
    "BAKU, 29 June 2016 - President Aliyev and President Nazarbayev held a telephone conversation yesterday.",
    "On 19 December 2016, President Aliyev and President Nazarbayev spoke by telephone.",
])
def test_two_who_held_a_telephone_conversation_or_spoke_by_telephone_called_each_other(text):
    assert ("AZE", "KAZ", "041") in _acts(text)


@pytest.mark.parametrize("text, source, target", [
    ("On 8 August 2002, the parliament of Hungary approved the deployment of troops to Bosnia.", "HUN", "BIH"),
    ("On 12 March 2003, the Polish parliament authorized the deployment of soldiers to Iraq.", "POL", "IRQ"),
])
def test_a_bodys_approval_of_troops_deployed_is_the_states_force_posture(text, source, target):
    assert (source, target, "154") in _acts(text)


@pytest.mark.parametrize("text, body, target", [
    ("On 11 November 2011, the Council of the League of Arab States decided to suspend Libya's membership.",
     "ARAB_LEAGUE", "LBY"),
    ("On 4 June 2012, the Ministerial Council of the Arab League decided to suspend Libya.", "ARAB_LEAGUE", "LBY"),
])
def test_an_organ_named_before_its_body_acts_for_the_body(text, body, target):
    assert (body, target, "160") in _acts(text)


@pytest.mark.parametrize("text, source, target", [
    ("The Ministry of Foreign Affairs of Brazil presents its compliments to the Embassy of Paraguay and has the "
     "honour to protest the incursion of 3 May 1977.", "BRA", "PRY"),
    ("On 4 June 1996, the Embassy of Japan presented its compliments to the Ministry of Foreign Affairs of Korea and "
     "had the honour to protest the survey.", "JPN", "KOR"),
])
def test_a_note_verbales_act_is_aimed_at_the_mission_it_addresses(text, source, target):
    assert (source, target, "114") in _acts(text)


@pytest.mark.parametrize("text", [
    "On 5 May 1991, the Chilean presidential plane landed in Buenos Aires.",
    "On 9 July 1977, the Thai royal jet landed in Vientiane.",
])
def test_a_plane_named_for_the_office_it_carries_makes_no_armed_landing(text):
    assert not any(act[2].startswith("19") for act in _acts(text))


@pytest.mark.parametrize("text, source, target", [
    ("The cease-fire between Armenia and Azerbaijan came into force on 12 May 1994.", "ARM", "AZE"),
    ("On 6 October 1998, the cease-fire between Ecuador and Peru took effect.", "ECU", "PER"),
])
def test_a_cease_fire_spelled_with_a_hyphen_that_takes_effect_is_a_truce(text, source, target):
    # as 'ceasefire' is coded in the labelled rows: the truce between the two on the day it took effect
    assert (source, target, "0871") in _acts(text)


@pytest.mark.parametrize("text", [
    "LIMA, 3 June 1999 - A Chilean delegation headed by National Security Adviser Juan Somavia landed in Lima today.",
    "On 3 June 1999, a Chilean delegation led by Juan Somavia landed in Lima.",
])
def test_a_delegation_headed_by_someone_that_lands_is_a_visit(text):
    acts = _acts(text)
    assert ("CHL", "PER", "042") in acts and not any(act[2].startswith("19") for act in acts), acts


@pytest.mark.parametrize("text", [
    "In 1995 the OAS sent observers to supervise the cease-fire between Ecuador and Peru.",
    "In 1995 a conference in Brasilia proposed terms for a cease-fire between Ecuador and Peru.",
])
def test_a_cease_fire_only_named_is_no_truce(text):
    assert not any(act[2] == "0871" for act in _acts(text))
