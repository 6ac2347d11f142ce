"""Cleaning scraped pages, sections and sentences: general rules checked on our own texts and the seeds."""

from __future__ import annotations

import pytest

from detente.text.clean import clean_text, splice_term
from detente.text.layout import is_date_line, split_sections
from detente.text.sentences import split_sentences

SCRAPED = """Atlas of Treaties
   HOME

MENU

The naval treaty was negotiated by delegates of the five powers who hoped to limit the building of
Battleship Battleship (or battle-ship) is a large armored warship with a main battery of heavy guns, which dominated ...
fleets for ten years.[4] The talks were held in Washington.[citation needed]


References

* Smith, J. Naval Limitation, 1922. Oxford.
* Jones, K. The Conference, p. 14.
Your name
Your email address
"""


def test_glossary_splice_is_replaced_by_its_term_and_the_sentence_rejoined():
    cleaned = clean_text(SCRAPED)
    assert "armored warship" not in cleaned.text
    assert "limit the building of Battleship fleets for ten years." in cleaned.text
    assert cleaned.removed["glossary_splice"] == 1


def test_chrome_footnotes_and_reference_list_are_removed_and_citations_kept():
    cleaned = clean_text(SCRAPED)
    for chrome in ("HOME", "MENU", "Your name", "Your email", "[4]", "[citation needed]"):
        assert chrome not in cleaned.text
    assert "References" not in cleaned.text
    assert len(cleaned.citations) == 2 and cleaned.citations[0].startswith("Smith")
    assert "The talks were held in Washington." in cleaned.text


def test_an_ordinary_sentence_that_trails_off_is_not_taken_for_a_splice():
    assert splice_term("The delegates argued for hours about tonnage, guns and bases, and then ...") is None
    assert splice_term("Cruiser Cruiser is a type of warship that is smaller than a battleship ...") == "Cruiser"


def test_seed_page_000_loses_its_spliced_definitions_and_first_sentence_is_whole(seed_paths):
    raw = seed_paths[0].read_text(encoding="utf-8")
    cleaned = clean_text(raw)
    assert cleaned.removed.get("glossary_splice", 0) >= 4
    assert " ..." not in cleaned.text and "may refer to" not in cleaned.text
    sentences = split_sentences(cleaned.text, split_sections(cleaned.text))
    narrative = [cleaned.text[s.start : s.end] for s in sentences if cleaned.text[s.start : s.end].endswith(".")]
    first = narrative[0]
    assert first.startswith("The American") and first.count(". ") == 0
    assert "anti-fascist alliance." in first


def test_timeline_entries_take_their_date_line():
    text = (
        "Key dates\n\nTreaty of Rapallo\n\nApril 16, 1922\n\nGermany and Soviet Russia renounced claims.\n\n"
        "Hotline\n\n1963 - 1964\n\nA direct line linked the two capitals.\n"
    )
    sections = split_sections(text)
    entries = [s for s in sections if s.kind == "entry"]
    assert [s.heading for s in entries] == ["Treaty of Rapallo", "Hotline"]
    assert [text[slice(*s.date_span)] for s in entries] == ["April 16, 1922", "1963 - 1964"]


def test_date_lines_are_told_from_titles():
    assert is_date_line("March 8 1917 - March 12 1917")
    assert is_date_line("1939–45")
    assert is_date_line("the late 1920s")
    assert not is_date_line("Treaty of Versailles")
    assert not is_date_line("In 1919 the delegates met.")


def test_sentences_do_not_break_at_initials_titles_or_dotted_acronyms():
    text = "Gen. L. K. Smith met Franklin D. Roosevelt in Washington. The U.S. delegation left on May 3. Talks resumed."
    spans = split_sentences(text)
    pieces = [text[s.start : s.end] for s in spans]
    assert pieces == [
        "Gen. L. K. Smith met Franklin D. Roosevelt in Washington.",
        "The U.S. delegation left on May 3.",
        "Talks resumed.",
    ]


def test_sentence_spans_index_the_text_exactly():
    text = "  First one.  Second one!\n\nThird: after a break?  "
    for sentence in split_sentences(text):
        piece = text[sentence.start : sentence.end]
        assert piece == piece.strip() and piece


@pytest.mark.parametrize("line", ["== Talks and treaties ==", "=== The 1970s (1971–1979) ===", "## Background", "# The war"])
def test_a_heading_in_wiki_or_markdown_markup_is_a_heading(line):
    from detente.text.layout import is_heading, split_sections

    assert is_heading(line)
    text = f"{line}\n\nJapan broke off relations with Taipei in September 1972.\n"
    assert [s.heading for s in split_sections(text) if s.heading] == [line]


@pytest.mark.parametrize("line", ["== unclosed", "#hashtag", "= one bar ="])
def test_markup_that_is_no_heading_is_not_taken_for_one(line):
    from detente.text.layout import is_heading

    assert not is_heading(line)
