"""The time tagger on histories: the story's time and the numbers that only look like years.
Every text here is written for the test."""

from __future__ import annotations

from detente.time import tag


def story(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, mode="narrative") if t.layer == "timex"}


def test_a_year_with_early_mid_or_late_is_a_year_even_before_a_plural_noun():
    found = story("Relations cooled in the late 1930s. By mid-1939 talks had stalled, and on August 23 the pact was signed.")
    assert found["mid-1939"] == "1939"
    assert found["August 23"] == "1939-08-23"


def test_a_sentence_opening_with_by_and_a_date_moves_the_story():
    found = story("Germany attacked in June 1941. By 1943 the tide had turned; in July the Allies landed in Sicily.")
    assert found["July"] == "1943-07"
    # "by" inside a clause still looks ahead without moving the story
    found = story("Work began in 1941 and the plant was finished by 1944; in July the first tanks left it.")
    assert found["July"] == "1941-07"


def test_and_before_a_count_makes_no_year_unless_a_year_came_first():
    found = story("In 1944, 1,500 sailors and 1945 soldiers died that spring.")
    assert "1945" not in found
    assert found["that spring"] == "1944-SP"
    found = story("Between 1939 and 1945 elections were suspended.")
    assert found["1945"] == "1945"
