"""Scholarly prose (the causes tune16 found): citations, notes and bibliographies, wide-wrapped chapters, a body
named as the place of an act, the date of an act done for a place, and acts of such prose."""

from __future__ import annotations

import pytest

from detente import extract_text
from detente.text.clean import clean_text, is_citation
from detente.time import tag


def _sets(text: str) -> set[tuple]:
    return {(e.source, e.target, e.cameo, e.date) for e in extract_text(text, origin="t.txt")}


def _years(text: str) -> list[str]:
    return [t.value for t in tag(text) if t.type == "DATE"]


# --- a citation's year is when a book came out, not a time of the story -----------------------------------------


@pytest.mark.parametrize("text", [
    "In March 1969 Chinese and Soviet troops clashed on the Ussuri (Lüthi 2008: 112).",
    "In March 1969 Chinese and Soviet troops clashed on the Ussuri (see Lüthi 2008, 112; Radchenko 2009).",
    "In March 1969 Chinese and Soviet troops clashed on the Ussuri (Gerson & Ryan 2010).",
    "In March 1969 Chinese and Soviet troops clashed on the Ussuri (Goldstein et al. 2001: 4-9).",
])
def test_an_author_and_year_in_brackets_is_no_date(text):
    assert _years(text) == ["1969-03"]


@pytest.mark.parametrize("text", [
    "Kux (2001) argues that Washington armed Pakistan in 1981.",
    "As Hilali (2005: 77) shows, Washington armed Pakistan in 1981.",
    "Rahim and Liu (2007) doubt that Washington armed Pakistan in 1981.",
])
def test_an_author_and_year_before_a_scholars_verb_is_no_date(text):
    assert _years(text) == ["1981"]


@pytest.mark.parametrize("text, value", [
    ("the Treaty of Moscow (1970) was signed by the two governments", "1970"),
    ("the border war (1962) ended in November", "1962"),
    ("troops crossed the river (May 1969) and dug in", "1969-05"),
])
def test_a_year_in_brackets_that_dates_a_thing_stays_a_date(text, value):
    assert value in _years(text)


def test_a_cited_year_lends_no_date_to_the_next_undated_act():
    text = ("In October 1963 Moroccan troops attacked Algerian posts near Tindouf (Ferrand 1996: 71). "
            "Egypt sent troops to Algeria, and Moroccan forces captured several Egyptian officers.")
    found = _sets(text)
    assert found and all(e[3] == "1963-10" for e in found), found


# --- notes and bibliographies: titles hold event words, and they tell no event ----------------------------------


@pytest.mark.parametrize("line", [
    "Paredes, M. 1979. The United States Breaks with Trujillo, 1960. Mexico City.",
    "Whitcombe, R. 1962. \"The OAS Expels Cuba.\" Inter-American Affairs Quarterly 9.",
    "Okafor, C. A. (2001). Kennedy Meets Ben Bella. Lagos.",
    "Rahim, A. and Liu, J. 2007. China Recognizes Bangladesh, 1975. Dhaka.",
])
def test_an_author_date_entry_is_a_citation_whatever_its_title_says(line):
    assert is_citation(line)


@pytest.mark.parametrize("line", [
    "Nixon, after all, went to Peking in 1972.",
    "Brezhnev, Kosygin and Podgorny met in 1968. They agreed on nothing.",
])
def test_prose_that_opens_with_a_name_and_a_comma_is_no_citation(line):
    assert not is_citation(line)


def test_a_selected_bibliography_under_a_markdown_or_qualified_heading_is_set_apart():
    text = ("Washington broke off relations with Havana in January 1961.\n\n## Bibliography (selected)\n\n"
            "Brandt, K. 2003. Exiles and States: The Caribbean, 1946-1965.\n   Gainesville.\n"
            "Ocampo, L. 1988. \"Constanza, 1959: The Invasion That Failed.\" Caribbean Studies 21.\n")
    cleaned = clean_text(text)
    assert "Gainesville" not in cleaned.text and "Constanza" not in cleaned.text, cleaned.text
    assert len(cleaned.citations) == 3, cleaned.citations


def test_markdown_footnote_marks_go_and_their_notes_become_citations():
    text = ("India and France agreed on the transfer in October 1954.[^4] France handed over the enclaves on 1 November "
            "1954.[^5]\n\n## Notes\n\n[^4]: R. Raman, *India Takes Over the French Settlements, 1954* (Madras,\n"
            "    1987), 40-66.\n[^5]: Lok Sabha Debates, 1954, vol. 8.\n")
    cleaned = clean_text(text)
    assert "[^" not in cleaned.text and "Raman" not in cleaned.text and "Lok Sabha" not in cleaned.text, cleaned.text
    assert len(cleaned.citations) == 3, cleaned.citations
    assert _sets(text) >= {("FRA", "IND", "0842", "1954-11-01")}, _sets(text)


def test_a_chapter_wrapped_at_120_characters_is_rejoined_mid_sentence():
    line = "The cession took years. Paris hesitated, the parties split, and New Delhi lost patience with both. In"
    text = "\n".join([
        line + " the",
        "spring of 1954 India tightened its controls on the roads, and the French administrators of the enclaves",
        "complained to Paris in vain; after a vote of the councillors the two governments signed an agreement in",
        "October 1954, and France handed over the settlements on 1 November 1954, eight years before the treaty.",
    ])
    cleaned = clean_text(text)
    assert "the spring of 1954" in cleaned.text and "agreement in October 1954" in cleaned.text, cleaned.text


# --- acts of such prose ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, source, target", [
    ("At the Security Council in December 1971 China backed Pakistan.", "CHN", "PAK"),
    ("In the General Assembly in 1960 the Soviet Union denounced Belgium.", "SUN", "BEL"),
])
def test_a_body_named_as_the_place_of_an_act_is_not_its_doer(text, source, target):
    assert {(e[0], e[1]) for e in _sets(text)} == {(source, target)}, _sets(text)


def test_soviet_leader_and_a_name_stay_one_subject():
    assert {(e[0], e[1]) for e in _sets("Soviet leader Leonid Brezhnev met Indira Gandhi in 1971.")} == {("SUN", "IND")}


@pytest.mark.parametrize("text, date", [
    ("France handed Chandernagore to India on 2 May 1950, and the two governments signed a treaty of cession "
     "for the town on 2 February 1951.", "1951-02-02"),
    ("The United States handed Okinawa back to Japan in May 1972, and the two governments had signed an agreement "
     "for the island in June 1971.", "1971-06"),
])
def test_a_place_an_act_is_for_does_not_make_its_date_another_acts(text, date):
    assert any(e[2] == "057" and e[3] == date for e in _sets(text)), _sets(text)


def test_blamed_for_an_act_on_a_day_still_dates_that_other_act():
    found = _sets("On 20 May 1998 Pakistan blamed India for the attack on 13 May 1998.")
    assert found and all(e[3] == "1998-05-20" for e in found), found


@pytest.mark.parametrize("text, source, target", [
    ("In 1972 China cast its first veto in the Security Council against the admission of Bangladesh.", "CHN", "BGD"),
    ("In 1955 the Soviet Union used its veto against the admission of Japan to the United Nations.", "SUN", "JPN"),
])
def test_a_veto_cast_against_a_states_admission(text, source, target):
    assert any((e[0], e[1], e[2]) == (source, target, "120") for e in _sets(text)), _sets(text)


@pytest.mark.parametrize("text, source, target, year", [
    ("In 1953 India ordered Ouragan jet fighters from France.", "IND", "FRA", "1953"),
    ("Pakistan purchased submarines from France in 1966.", "PAK", "FRA", "1966"),
    ("In 1981 Pakistan ordered forty F-16 fighters from the United States.", "PAK", "USA", "1981"),
])
def test_weapons_ordered_or_purchased_are_bought(text, source, target, year):
    assert (source, target, "062", year) in _sets(text), _sets(text)


def test_troops_ordered_across_a_border_are_no_purchase():
    assert not any(e[2] == "062" for e in _sets("In 1961 Nehru ordered troops into Goa."))
