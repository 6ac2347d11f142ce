"""prec11 (issue 5, false events on the tuned pages): forms that made events no reader codes -- a measure or an
occupation in force named with its doer as what a clause judges or spans ("condemned the Soviet embargo of Albania",
"throughout the German occupation"), a wiki picture link and its caption -- and a walk-out of a meeting aimed at a
state beside it instead of the body that held the meeting -- shown on sentences and pages of our own, each with
look-alikes that keep their events."""

from __future__ import annotations

import pytest

from detente import extract_text


def _acts(text: str) -> list[tuple]:
    return sorted((e.source, e.target, e.cameo, e.date) for e in extract_text(text))


@pytest.mark.parametrize("text, left", [
    ("Chile has condemned the Soviet embargo of Albania on many occasions.", [("CHL", "SUN", "110", None)]),
    ("Every autumn the Assembly votes on a resolution that calls for an end to the British embargo on Iceland.", []),
    ("Both governments opposed the Chinese occupation of Bhutan, and both were close to Nepal.", []),
    ("Norway kept its embassy in Prague open throughout the German occupation of Czechoslovakia.", []),
    ("In 1988 Kenya voted for the resolution against the French embargo of Madagascar.", []),
    ("Chad and Sudan both spoke against Libya's occupation of northern Chad.", []),
])
def test_a_measure_in_force_named_by_its_noun_is_not_imposed_again(text, left):
    acts = _acts(text)
    assert not [a for a in acts if a[2] in ("163", "085", "192")], acts
    assert all(a in acts for a in left), acts


@pytest.mark.parametrize("text, kept", [
    ("Greece's colonels resented the British arms embargo of 1967.", ("GBR", "GRC", "163", "1967")),
    ("Turkey's occupation of northern Cyprus in 1974 began a long quarrel with Greece.", ("TUR", "CYP", "192", "1974")),
    ("In 1966 Portugal joined the British embargo on trade with Rhodesia.", ("PRT", "RHO", "163", "1966")),
    ("In January 1979 Tanzanian forces invaded Uganda to punish Kampala for its occupation of the Kagera Salient.",
     ("UGA", "TZA", "192", "1979-01")),
    ("In March 1983 Ghana imposed an embargo on Togo.", ("GHA", "TGO", "163", "1983-03")),
])
def test_a_measure_imposed_or_dated_by_its_own_words_keeps_its_event(text, kept):
    assert kept in _acts(text), _acts(text)


PAGE_WITH_PICTURE = """Relations between Chad and Niger were close in the early 1980s.

[[File:Niamey summit 1981.jpg|thumb|The two presidents at the Niamey summit, May 1981]]

In May 1981 Chad and Niger signed a border treaty.

[[Image:Border post 1979.png|thumb|A border post visited by the two foreign ministers]]
"""


def test_a_wiki_picture_link_and_its_caption_are_page_furniture():
    assert _acts(PAGE_WITH_PICTURE) == [("TCD", "NER", "057", "1981-05")], _acts(PAGE_WITH_PICTURE)


def test_a_wiki_link_in_a_sentence_is_kept():
    text = "In May 1981 [[Chad]] and [[Niger]] signed a border treaty at Niamey."
    assert ("TCD", "NER", "057", "1981-05") in _acts(text), _acts(text)


WALK_OUT = ("In August 1965 the foreign ministers of the Organization of African Unity met at Addis Ababa. They adopted a "
            "resolution that condemned Morocco. The Moroccan foreign minister walked out of the meeting in protest.")


def test_a_walk_out_of_a_meeting_is_aimed_at_the_body_the_paragraph_named():
    acts = [(e.source, e.target, e.cameo) for e in extract_text(WALK_OUT) if e.cameo == "143"]
    assert acts == [("MAR", "OAU", "143")], acts


def test_a_walk_out_in_a_paragraph_that_names_no_body_keeps_its_target():
    text = ("In August 1965 the foreign ministers of the Organization of African Unity met at Addis Ababa.\n\n"
            "Years later Morocco and Ethiopia argued at a conference in Nairobi in March 1975, and the Moroccan "
            "foreign minister walked out of the hall.")
    acts = [(e.source, e.target) for e in extract_text(text) if e.cameo == "143"]
    assert all(target != "OAU" for _, target in acts), acts
