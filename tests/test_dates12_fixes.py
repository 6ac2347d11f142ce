"""Dates put wrong by the tagger, fixed by dates12, each on sentences of our own (other pairs, years and words): a
reference number after its label taken for a year range, a key-dates line written year first with an abbreviated
month and no comma, a day or month after "by then", "before then" or "until then" read as moving the story on."""

from __future__ import annotations

import pytest

from detente import extract_text
from detente.time import tag


def _values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text)]


def _value(text: str, words: str) -> str | None:
    return next((t.value for t in tag(text) if t.text == words), None)


@pytest.mark.parametrize("text", [
    "Note No. 1957/42 of the Foreign Ministry protested the seizure of two Greek trawlers.",
    "Under Resolution 1762/17 the Assembly asked both governments to withdraw.",
    "The Soviet reply, Note No. 1948-52, reached Belgrade in the spring.",
])
def test_a_reference_number_after_its_label_is_no_year(text):
    assert not any(value.isdigit() for _, value in _values(text)), _values(text)


def test_a_reference_number_does_not_set_the_story_year():
    text = ("The dispute reached the Assembly in 1958. Under Resolution 1762/17 the Assembly asked both governments to "
            "withdraw. The Greek government refused in April.")
    assert _value(text, "April") == "1958-04"
    # year ranges with no label before them are still years
    assert _value("the war of 1914-18", "18") == "1918"
    assert _value("the famine of 1932/33", "33") == "1933"
    assert _value("the flu of 1918/19 killed millions", "1918") == "1918"


def test_a_key_dates_line_written_year_first_without_a_comma_dates_its_month():
    text = ("Key dates\n\n1973 Aug. - Ankara recalls its ambassador from Nicosia\n"
            "1975 Sept. - Trade talks resume in Athens\n")
    assert _value(text, "Aug.") == "1973-08"
    assert _value(text, "Sept.") == "1975-09"
    # an abbreviation in a sentence is still no month
    assert _value("In 1973 Aug. Smith, the envoy, came back.", "Aug.") is None


@pytest.mark.parametrize("cue", ["By then", "Before then", "Until then"])
def test_by_or_before_then_looks_back_to_the_storys_year(cue):
    text = f"In March 1969 Soviet and Chinese troops clashed on the Ussuri. {cue}, on 14 February, Moscow had protested."
    assert _value(text, "14 February") == "1969-02-14"
    text = f"In March 1969 Soviet and Chinese troops clashed on the Ussuri. {cue}, in February, Moscow had protested."
    assert _value(text, "February") == "1969-02"
    # "then" alone moves the story on, and with no cue a day named alone does too (tests/test_time_narrative.py)
    text = "In March 1969 Soviet and Chinese troops clashed on the Ussuri. Then, on 14 February, Moscow protested."
    assert _value(text, "14 February") == "1970-02-14"
    assert _value("In March 1969 Soviet and Chinese troops clashed on the Ussuri. On 14 February the talks resumed.",
                  "14 February") == "1970-02-14"


def test_an_event_told_before_then_is_dated_in_the_storys_year():
    text = ("In December 1971 Indian and Pakistani forces fought on both fronts. Before then, on 25 November, Pakistan "
            "had accused India of attacking Jessore.")
    dated = {(e.source, e.target, e.date) for e in extract_text(text, origin="t.txt")}
    assert ("PAK", "IND", "1971-11-25") in dated
