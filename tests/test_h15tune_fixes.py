"""General forms found on holdout15 (retired into tuning by h15tune, see its README), shown on sentences and pages of
our own about other pairs and years: a long read's weekdays look back from the day it was written; a key-dates line
that opens with its year and a dash is an entry of its own in a hard-wrapped page, dated in that year; an "until" of a
contrasted clause does not stretch the first clause's date; trade named as a subject or with nothing traded is no
trading; "back in power", "came back" and a page's "Sign up" are no backing or signing; private travellers told in the
perfect are no state's visit; the British spelling "co-operation" reads as the lexicon's "cooperation"; and leaders of
Brazil, Malaysia, Canada and the Dominican Republic the gazetteer lacked."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente import extract, extract_text


def _dated(text: str, dct: str | None = None) -> set[tuple]:
    return {(e.source, e.target, e.type, e.date) for e in extract_text(text, dct=dct)}


def _coded(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type) for e in extract_text(text)}


# A long read written on a Tuesday: "left on Monday", "On Sunday ... met" are the days before, not the week after.
def test_a_story_weekday_after_the_day_the_page_was_written_is_the_one_before():
    text = ("The Chilean foreign minister left Lima on Monday after a visit that his rivals had asked him to call off. "
            "On Sunday, his first day in the city, he met the Peruvian president and then called on the prime minister.")
    dates = {e.date for e in extract_text(text, dct="1999-03-09")}
    assert dates == {"1999-03-08", "1999-03-07"}, dates


# A weekday of a clause about the future still lies ahead.
def test_a_future_weekday_still_lies_ahead():
    dates = {e.date for e in extract_text("The Chilean foreign minister will visit Peru on Monday.", dct="1999-03-09")}
    assert dates <= {"1999-03-15"}, dates


# A key-dates box in a page of short lines: each "YYYY Mon. D - ..." line is its own entry, dated in its own year,
# even after the story had reached a later month of that year.
def test_a_key_dates_line_is_an_entry_of_its_own_in_its_own_year(tmp_path: Path):
    page = tmp_path / "peru_ecuador.txt"
    page.write_text(
        "PERU AND ECUADOR\n\nNotes on two neighbours and their quarrel in the Amazon.\n\n"
        "Troops on the border in June 1942: two divisions, by land and by sea\n\n"
        "1942 Jan. 29 - Peru and Ecuador sign the Rio Protocol at the conference\n"
        "1995 Jan. 26 - Ecuador attacks Peruvian posts on the upper Cenepa river\n"
        "1998 Oct. 26 - Peru and Ecuador sign the Brasilia peace accord\n", encoding="utf-8")
    found = {(e.source, e.target, e.date, e.evidence) for e in extract([str(page)])}
    assert ("PER", "ECU", "1942-01-29", "1942 Jan. 29 - Peru and Ecuador sign the Rio Protocol at the conference") in found, found
    assert ("ECU", "PER", "1995-01-26", "1995 Jan. 26 - Ecuador attacks Peruvian posts on the upper Cenepa river") in found, found


@pytest.mark.parametrize("text, date", [
    ("Argentina and Chile restored ties with Cuba in 1973, while Brazil and Uruguay waited until 1986.", "1973"),
    ("Peru restored relations with Cuba in 1972, but Bolivia waited until 1983.", "1972"),
])
def test_an_until_of_a_contrasted_clause_does_not_stretch_the_date(text, date):
    assert {d for *_, d in _dated(text)} == {date}


# The same "until" in the act's own clause still spans.
def test_an_until_of_the_acts_own_clause_still_spans():
    assert {d for *_, d in _dated("Chile occupied the port of Arica from 1880 until 1929.")} <= {"1880/1929"}


@pytest.mark.parametrize("text", [
    "Chile and Bolivia broke off relations in 1978. Trade resumed in a small way in 1985, mostly through Peru.",
    "In the early 1990s Chile and Bolivia had very little to trade, and the relationship stayed cool.",
    "Patricio Aylwin, president of Chile from March 1990, was at first wary of Bolivia, but trade drew him in.",
])
def test_trade_as_a_subject_or_with_nothing_traded_is_no_trading(text):
    assert not {t for t in _coded(text) if t[2] == "COOPERATE"}


@pytest.mark.parametrize("text, expected", [
    ("Chile and Bolivia trade with each other through the port of Arica.", ("CHL", "BOL", "COOPERATE")),
    ("In 1993 Chile resumed trade with Bolivia.", ("CHL", "BOL", "COOPERATE")),
])
def test_trading_told_is_still_trade(text, expected):
    assert expected in _coded(text)


@pytest.mark.parametrize("text", [
    "Somoza, back in power from 1950, was as cold to Costa Rica as he had been before.",
    "[Sign up](/newsletter/) for our letters on Peru and Chile, 1990.",
])
def test_back_as_an_adverb_and_a_sign_up_link_are_no_acts(text):
    assert not {t for t in _coded(text) if t[2] == "SUPPORT"}


def test_backing_and_signing_told_are_kept():
    assert ("CHL", "PER", "SUPPORT") in _coded("Chile backed Peru in the dispute of 1990.")
    assert ("BRA", "ARG", "SUPPORT") in _coded("In 1991 Brazil and Argentina sign a pact on trade.")


@pytest.mark.parametrize("text", [
    "Chilean traders have visited the coast of Peru for many centuries, and in 1900 many worked in Lima.",
    "Bolivian students have gone to Buenos Aires for generations, and in 1950 many stayed.",
])
def test_private_travellers_told_in_the_perfect_make_no_state_visit(text):
    assert not {t for t in _coded(text) if t[2] == "CONSULT"}


def test_british_spelling_of_cooperation_is_read():
    assert ("SWE", "CHL", "SANCTION", "1976-06-03") in _dated("On 3 June 1976 Sweden suspended its military co-operation with Chile.")


@pytest.mark.parametrize("text, expected", [
    ("Prime Minister Stephen Harper visited Mexico in August 2007.", ("CAN", "MEX", "CONSULT")),
    ("Prime Minister Abdullah Ahmad Badawi made his first visit to Japan as prime minister late in May 2004.", ("MYS", "JPN", "CONSULT")),
    ("In December 1996 President Fernández received the Haitian president in Santo Domingo.", ("DOM", "HTI", "CONSULT")),
    ("President Sarney went to Buenos Aires in July 1986.", ("BRA", "ARG", "CONSULT")),
    ("In May 1977 Prime Minister Hussein Onn flew to Manila.", ("MYS", "PHL", "CONSULT")),
])
def test_leaders_the_gazetteer_lacked_act_for_their_states(text, expected):
    assert expected in _coded(text)


# Short entry lines, each a sentence already: the year that opens the line dates its month and day, not the story's
# year the line before had reached (June 1942, then "1942 Jan. 29" is January 1942, not 1943).
def test_a_key_dates_line_takes_the_year_it_opens_with(tmp_path: Path):
    page = tmp_path / "peru_ecuador_box.txt"
    page.write_text(
        "PERU AND ECUADOR\n\nNotes on two neighbours and their quarrel in the Amazon.\n\n"
        "Troops on the border in June 1942: two divisions, by land and by sea\n\n"
        "1942 Jan. 29 - Peru and Ecuador sign a protocol\n"
        "1942 Feb. 26 - Peru and Ecuador sign a pact\n", encoding="utf-8")
    assert {e.date for e in extract([str(page)])} == {"1942-01-29", "1942-02-26"}


# A fronted year frames the act; its own month told after the verb, inside that year, dates it.
def test_a_month_after_the_verb_refines_a_fronted_year():
    text = ("Iran broke with Egypt in 1979. That same year Turkey left the Central Treaty Organization, the successor of "
            "the Baghdad Pact, in March, and joined the Non-Aligned Movement in September.")
    assert ("TUR", "CENTO", "SANCTION", "1979-03") in _dated(text)


@pytest.mark.parametrize("text, expected", [
    # an organization that shuts a state out, with no "from"
    ("The Organization of American States excluded Venezuela on 12 May 1962 all the same.", ("OAS", "VEN", "SANCTION")),
    # a state that becomes a partner or member of a body joins it
    ("Laos became a full dialogue partner of ASEAN in July 1994.", ("LAO", "ASEAN", "SUPPORT")),
    # nuclear fuel sold to a state is trade with it
    ("In 1961 the United States sold Pakistan the heavy water for its first reactor.", ("USA", "PAK", "COOPERATE")),
    # a leader who returns to another state visits it
    ("Mulroney returned to Mexico for the summit in Acapulco in November 1983.", ("CAN", "MEX", "CONSULT")),
    # money or food given to a state is aid to it
    ("During the famine of 1966 India gave money and food to Nepal.", ("IND", "NPL", "AID")),
    # a leader who decorates another state's leader honours that state
    ("In 1964 Khrushchev decorated Nasser with the Order of Lenin.", ("SUN", "EGY", "SUPPORT")),
    # a return to a body's command is rejoining it, not a visit
    ("France returned to the integrated command of NATO in April 2009.", ("FRA", "NATO", "SUPPORT")),
    # advisers of another state sent home: expelled
    ("In July 1958 Ghana sent home the British military advisers.", ("GHA", "GBR", "SANCTION")),
])
def test_vocabulary_and_places_found_missing(text, expected):
    assert expected in _coded(text)


@pytest.mark.parametrize("text", [
    "Sheikh Hasina returned to power in Bangladesh at the start of 2009.",
    "Hasina's return to power in Bangladesh in January 2009 cooled relations with Pakistan.",
    "Britain withdrew from the island on 1 July 1997, and the whole island returned to Chinese rule.",
    "Imre Nagy had lived in Berlin, Paris and Moscow before returning to Hungary in 1944.",
])
def test_a_return_to_power_is_no_visit(text):
    assert not {t for t in _coded(text) if t[2] == "CONSULT"}


# A journey told by "left for", "went to", "flew to" names its place at once; without one there is no visit.
@pytest.mark.parametrize("text", [
    "His puppet president, Joaquin Balaguer, stayed on for some months and then left for exile in 1962.",
    "In 1959 Peru accused Chile before the OAS, and the matter went to a meeting of foreign ministers in Santiago that August.",
    "After the hurricane of 1998 Cuban doctors went to work in Honduras.",
])
def test_no_visit_without_a_place_named_after_the_verb(text):
    assert not {t for t in _coded(text) if t[2] == "CONSULT"}


@pytest.mark.parametrize("text, expected", [
    ("On 12 May 1957 Nehru flew to Berchtesgaden to see Adenauer.", ("IND", "DEU", "CONSULT")),
    ("In 1962 Nasser came to the United States.", ("EGY", "USA", "CONSULT")),
])
def test_a_visit_to_a_place_named_after_the_verb_is_kept(text, expected):
    assert expected in _coded(text)


# A meeting of counted states the sentence does not name ("forty nations met") is no meeting of the pair the page is
# about, nor is the talk it was held for; a meeting of "the two states" or of states named is kept.
@pytest.mark.parametrize("text", [
    "In 1956 Peru and Chile quarrelled over fishing. In August forty nations met in Geneva to discuss the sea.",
    "In 1956 Peru and Chile quarrelled over fishing. When twenty-two states met in Lima in August, nothing was settled.",
])
def test_a_meeting_of_counted_unnamed_states_is_no_meeting_of_the_pair(text):
    assert not {t for t in _coded(text) if t[2] == "CONSULT"}


@pytest.mark.parametrize("text", [
    "Peru and Chile quarrelled in 1955. In August 1956 the two states met in Lima.",
    "In August 1956 Peru and Chile met in Lima to discuss fishing.",
])
def test_a_meeting_of_the_pair_is_kept(text):
    assert ("PER", "CHL", "CONSULT") in _coded(text)


# What a state's act is denounced or described as is no act of its own: "as an aggressive alliance" makes no alliance.
def test_a_noun_a_thing_is_denounced_as_is_no_act():
    coded = _coded("In 1955 Moscow denounced the new pact as an aggressive alliance serving American imperialism.")
    assert not {t for t in coded if t[2] == "SUPPORT"}, coded


def test_an_alliance_made_is_kept():
    assert ("GBR", "IRQ", "SUPPORT") in _coded("In 1955 Britain and Iraq signed a pact.")
