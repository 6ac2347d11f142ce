"""prec10 (issue 5, false events): acts a sentence names but does not tell done -- set for a date ("was due to
visit", "was to be held"), hoped for or feared in a relative clause ("the treaty Tokyo hoped to sign"), supposed
("a war between Greece and Turkey would"), a step no one took ("No NATO state had recognized", "never recognized
... before 1993") and a treaty that frames its terms -- shown on sentences of our own, each with look-alikes that
keep their events."""

from __future__ import annotations

import pytest

from detente import extract_text


def _acts(text: str) -> list[tuple]:
    return sorted((e.source, e.target, e.cameo, e.date) for e in extract_text(text))


@pytest.mark.parametrize("text", [
    "Eisenhower was due to visit the Soviet Union in June 1960.",
    "The foreign secretaries of India and Pakistan were scheduled to meet in Islamabad in January 2016.",
    "Brezhnev was slated to fly to Bonn in May 1973.",
    "The summit between Obama and Putin was to be held in Moscow in September 2013.",
    "The talks between the foreign secretaries of India and Pakistan were to be held in Islamabad in January 2016.",
    "A treaty of friendship between Moscow and Cairo was to be signed in May 1971.",
])
def test_an_act_set_for_a_date_is_a_plan(text):
    assert _acts(text) == [], _acts(text)


@pytest.mark.parametrize("text, kept", [
    ("The talks between Egypt and Israel were held at Kilometre 101 in November 1973.", ("EGY", "ISR", "040", "1973-11")),
    ("The summit of Brezhnev and Nixon was held in Moscow in May 1972.", ("SUN", "USA", "043", "1972-05")),
    ("Nixon visited the Soviet Union in May 1972.", ("USA", "SUN", "042", "1972-05")),
])
def test_an_act_told_held_or_done_keeps_its_event(text, kept):
    assert kept in _acts(text), _acts(text)


@pytest.mark.parametrize("text", [
    "The peace treaty Tokyo hoped to sign with Moscow in 1956 was never concluded.",
    "The treaty Warsaw hoped to conclude with Bonn in 1969 took another year to negotiate.",
    "The summit that Moscow wanted to hold with Washington in 1983 never took place.",
    "The attack that Pakistan feared India would launch during the Brasstacks exercise in 1987 never came.",
    "The attack the Israelis feared Egypt might launch in 1967 came from another direction.",
    "Britain feared Argentina would invade the Falklands in 1977.",
])
def test_an_act_a_relative_clause_hopes_for_or_fears_is_not_done(text):
    assert _acts(text) == [], _acts(text)


def test_an_act_a_relative_clause_tells_done_keeps_its_event():
    assert _acts("The treaty Warsaw signed with Bonn in December 1970 recognized the Oder-Neisse line.") == [
        ("POL", "DEU", "057", "1970-12")]
    assert ("UN", "IRQ", "163", "1990-08/2003") in _acts(
        "The sanctions the United Nations imposed on Iraq in August 1990 lasted until 2003.")


@pytest.mark.parametrize("text", [
    "No NATO state had recognized East Germany before 1972.",
    "No Syrian government has ever recognised the transfer of Alexandretta to Turkey.",
    "Neither Israel nor Pakistan has signed the Non-Proliferation Treaty.",
    "Spain never recognized Israel during the Franco years.",
    "The Vatican never recognized Israel before 1993.",
    "The Arab League never recognized Israel throughout the 1950s.",
])
def test_a_step_no_one_took_or_not_taken_over_a_time_is_no_refusal(text):
    assert _acts(text) == [], _acts(text)


@pytest.mark.parametrize("text, kept", [
    ("Argentina has never recognized British sovereignty over the Falklands.", ("ARG", "GBR", "120", None)),
    ("Nasser never recognized Israel.", ("EGY", "ISR", "120", None)),
    ("In 1961 London said it would never recognize the East German government.", ("GBR", "DDR", "120", "1961")),
])
def test_never_with_no_bounding_time_keeps_the_refusal(text, kept):
    assert kept in _acts(text), _acts(text)


@pytest.mark.parametrize("text", [
    "Under the Antarctic Treaty Argentina and Britain keep their claims frozen.",
    "Under the Indus Waters Treaty India uses the eastern rivers and Pakistan the western ones.",
    "Under the treaty the Soviet Union kept its naval base at Porkkala in Finland until 1956.",
    "Under the accord the United Nations was to patrol a buffer zone inside Eritrea.",
])
def test_a_treaty_framing_the_sentence_without_a_comma_is_its_terms(text):
    assert not [a for a in _acts(text) if a[2] == "057"], _acts(text)


def test_a_treaty_told_signed_after_under_keeps_the_other_acts():
    acts = _acts("Under the Simla Agreement India returned the prisoners of war to Pakistan in 1973.")
    assert acts == [("IND", "PAK", "0841", "1973")], acts


@pytest.mark.parametrize("text", [
    "A war between Greece and Turkey over the Aegean would split NATO.",
    "A war between India and China would ruin both economies.",
])
def test_a_war_supposed_between_two_named_states_is_none_fought(text):
    assert _acts(text) == [], _acts(text)


def test_a_war_told_begun_between_two_named_states_is_fought():
    assert _acts("The war between Iran and Iraq began in September 1980.") == [("IRN", "IRQ", "190", "1980-09")]


@pytest.mark.parametrize("text", [
    "Neither Indian nor Chinese accounts say who fired first at Nathu La in September 1967.",
    "Soviet and Chinese accounts differ on who attacked first on the Ussuri in March 1969.",
    "Pakistani officials still argue over who sent the army's troops across the Kargil ridges in 1999.",
    "Who ordered the Pakistani troops into Kargil in 1999 is still disputed.",
])
def test_an_act_whose_doer_is_asked_about_is_not_told(text):
    assert _acts(text) == [], _acts(text)


@pytest.mark.parametrize("text, kept", [
    ("The Chinese troops who crossed the McMahon Line on 20 October 1962 took Tawang within days.",
     ("CHN", "IND", "190", "1962-10-20")),
    ("Nehru, who visited Moscow in June 1955, praised Soviet planning.", ("IND", "SUN", "042", "1955-06")),
    ("It was China who attacked first, Nehru told parliament in November 1962.", ("CHN", "IND", "190", "1962-11")),
])
def test_a_relative_who_after_a_name_keeps_the_act(text, kept):
    assert kept in _acts(text), _acts(text)
