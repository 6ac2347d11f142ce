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


_POST = ("BALKAN WATCH\nHome | News | Analysis | Archive\n\n"
         "Posted on Thursday, 11 March 2004 by newsdesk | Filed under: Greece, Turkey | 3 comments\n\n"
         "ATHENS - Greece and Turkey signed an agreement on the fight against illegal migration yesterday, the foreign "
         "ministry said.\n")


def test_a_text_page_stamped_posted_under_its_title_is_published_that_day(tmp_path):
    from detente import extract

    page = tmp_path / "post.txt"
    page.write_text(_POST, encoding="utf-8")
    dated = {(e.source, e.target, e.date) for e in extract([str(page)])}
    assert ("GRC", "TUR", "2004-03-10") in dated  # "yesterday" of the day it was posted


@pytest.mark.parametrize(("head", "expected"), [
    ("Oslo Notes\n\nBy K. Berg | Published 3 June 2011 | 9 min read\n\nText.", "2011-06-03"),
    ("Oslo Notes\nPosted by admin · Published: May 4, 2009\n", "2009-05-04"),
    # a listing's "last updated" dates the listing, not the reports under it; a history's sentence stamps nothing
    ("RELEASES ARCHIVE\nLast updated: 14.06.2012 | Visitors: 3,114\n", None),
    ("The Anglo-Norwegian treaty was negotiated through the winter and the text that both governments had agreed was "
     "published on 2 May 1955 in Oslo and London.\nPosted 4 May 1955\n", None),
])
def test_the_stamp_of_a_text_page(head, expected):
    from detente.ingest.html import text_stamp_date

    assert text_stamp_date(head) == expected


def test_an_irregular_past_before_a_pluperfect_moves_the_story_on():
    # the clause's own verb comes first ("withdrew", "struck"): the pluperfect after it is the line's, not a glance back
    text = ("In October 1962 Chinese troops attacked Indian posts in Ladakh. On 21 November China withdrew its troops "
            "behind the line it had held in 1959.")
    assert _value(text, "21 November") == "1962-11-21"
    text = "In June 1965 the two armies met in the Rann. On 9 August Pakistan struck at the posts India had built."
    assert _value(text, "9 August") == "1965-08-09"


@pytest.mark.parametrize(("text", "expected"), [
    ("In October 1962 Chinese troops attacked Indian posts in Ladakh. On 21 November China withdrew its troops "
     "behind the line it had held in 1959.", ("CHN", "IND", "1962-11-21")),
    ("In October 1962 Chinese troops attacked Indian posts in Ladakh. On 21 November, having made its point, China "
     "declared a ceasefire and withdrew its troops behind the line it had held in 1959.", ("CHN", "IND", "1962-11-21")),
])
def test_a_date_in_a_pluperfect_clause_on_the_acts_object_is_not_the_acts(text, expected):
    dated = {(e.source, e.target, e.date) for e in extract_text(text, origin="t.txt")}
    assert expected in dated, dated


def test_a_count_after_the_sentences_own_date_is_not_anchored_on_an_earlier_act():
    # "two months after becoming prime minister": the act has its date before the count; an earlier sentence that
    # named a prime minister (another one) is no anchor
    text = ("In March 1997 Prime Minister Nawaz Sharif visited Tehran.\nBenazir Bhutto visited Beijing in February 1989, "
            "two months after becoming prime minister, to meet Deng Xiaoping.")
    assert _value(text, "two months") == "P2M"
    dated = {(e.source, e.target, e.date) for e in extract_text(text, origin="t.txt")}
    assert ("PAK", "CHN", "1997-05") not in dated and ("PAK", "CHN", "1989-02") in dated, dated
    # with no date of its own before the count, the act told before still anchors it
    text = "Egypt and Israel signed a peace treaty on 26 March 1979. Two years after the treaty, Sadat was killed."
    assert _value(text, "Two years") == "1981"
