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


# --- page shapes found on tests/data/other_pairs/tune20/ (texts of our own, other pairs and years) ---------------------


@pytest.mark.parametrize(("line", "term"), [
    ("Alexei Kosygin Kosygin headed the Soviet government from 1964 to 1980 and met Johnson at Glassboro ...", "Alexei Kosygin"),
    ("Soviet Union The Union of Soviet Socialist Republics was a federal state governed from Moscow until 1991 ...", "Soviet Union"),
    ("Security Council The Council is the organ of the United Nations that may order sanctions and send troops ...", "Security Council"),
    ("Golda Meir Meir, prime minister of Israel from 1969 to 1974, had been born in Kiev and raised in Milwaukee ...", "Golda Meir"),
    ("Hosni Mubarak Mubarak ruled Egypt from 1981 until the protests of 2011 forced him to step down ...", "Hosni Mubarak"),
])
def test_a_splice_whose_definition_opens_with_one_word_of_the_term_is_a_splice(line, term):
    assert splice_term(line) == term


def test_a_sentence_that_trails_off_is_no_splice_unless_the_definition_names_the_term_again():
    assert splice_term("The Soviet Union signed a treaty with India in 1971, and the Soviet press called it a new stage ...") is None
    assert splice_term("Kosygin and Johnson met at Glassboro in 1967 but agreed on nothing, the papers wrote ...") is None


MIRROR = """Israel–Egypt relations
The talks were chaired by the Soviet premier
Alexei Kosygin Kosygin headed the Soviet government from 1964 to 1980 and met Johnson at Glassboro ...
and the American envoy, who met in Geneva in December 1973.
Editor's note, 10 October 2019: an earlier version gave the date of the Geneva conference as 1974.
Correction, 2 May 2020: Sadat flew to Jerusalem in November 1977, not in December.
Cairo, 3 March 1974: Egypt and Israel exchange prisoners.

Comments (2)
sinai_walker, 3 March 2019: My father was at Kilometre 101 in 1973 and said nobody slept.
reader1982 · 14 August 2021: The 1979 treaty held, which is more than most expected.
"""


def test_a_splice_opening_with_a_surname_leaves_no_date_of_its_own_in_the_sentence():
    cleaned = clean_text(MIRROR)
    assert "chaired by the Soviet premier Alexei Kosygin and the American envoy, who met in Geneva in December 1973." in cleaned.text
    assert "1964" not in cleaned.text and "Glassboro" not in cleaned.text


def test_editors_notes_corrections_and_readers_comments_are_no_part_of_the_story():
    cleaned = clean_text(MIRROR)
    for furniture in ("My father", "which is more than most expected", "an earlier version", "not in December"):
        assert furniture not in cleaned.text
    assert cleaned.removed["note_or_comment"] == 2  # the editor's note and the correction, told in the article
    assert cleaned.removed["comment"] >= 2  # the readers' posts under the comments heading (and the blank lines there)
    assert "Cairo, 3 March 1974: Egypt and Israel exchange prisoners." in cleaned.text  # a capitalised place is a dateline


KEY_DATES = """Key dates
1978, Sept. 17 – Camp David Accords
1977, Nov.–Dec. – Sadat in Jerusalem, then talks in Cairo
1979, March 26 – Egypt and Israel sign the peace treaty in Washington
1949, Feb.–July – armistice talks on Rhodes
1982, April 25 – Israel hands back the last of Sinai
"""


def test_key_dates_lines_with_a_month_range_are_entries_of_their_own():
    sections = split_sections(KEY_DATES)
    sentences = [KEY_DATES[s.start : s.end] for s in split_sentences(KEY_DATES, sections)]
    assert "1979, March 26 – Egypt and Israel sign the peace treaty in Washington" in sentences
    assert "1977, Nov.–Dec. – Sadat in Jerusalem, then talks in Cairo" in sentences
    assert "1982, April 25 – Israel hands back the last of Sinai" in sentences
    assert not any(s.kind == "item" for s in sections)  # no line is the dated title of those after it


KEY_DATES_DAY_RANGES = """Key dates
1972 Feb. 21 - Nixon arrives in Beijing
1972 May 22-30 - Nixon visits Moscow
1978 Sept. 5-17 - Begin and Sadat meet at Camp David
1979 Jan. 1 - the United States and China establish relations
"""


def test_key_dates_lines_with_a_day_range_are_entries_of_their_own():
    # (h13tune, found on holdout13: "2018 Mar. 25-28 - ..." was read as the end of the line before it)
    sections = split_sections(KEY_DATES_DAY_RANGES)
    sentences = [KEY_DATES_DAY_RANGES[s.start : s.end] for s in split_sentences(KEY_DATES_DAY_RANGES, sections)]
    assert "1972 Feb. 21 - Nixon arrives in Beijing" in sentences
    assert "1972 May 22-30 - Nixon visits Moscow" in sentences
    assert "1978 Sept. 5-17 - Begin and Sadat meet at Camp David" in sentences


WIKI_SECTIONS = """Brezhnev and after
Main article: Leonid Brezhnev's visits to Yugoslavia

Tito received Brezhnev in Belgrade in November 1976.

## The embargo years
*Main article: [United States embargo against Cuba](/wiki/Embargo)*

*See also: [Bay of Pigs](/wiki/Bay_of_Pigs), [Missile crisis](/wiki/Missile_crisis)*

Kennedy widened the embargo in February 1962.
"""


def test_hatnotes_over_a_section_are_removed():
    cleaned = clean_text(WIKI_SECTIONS)
    assert "Main article" not in cleaned.text and "See also" not in cleaned.text and "embargo against Cuba" not in cleaned.text
    assert cleaned.removed["hatnote"] == 3
    assert "Tito received Brezhnev in Belgrade in November 1976." in cleaned.text
    assert "Kennedy widened the embargo in February 1962." in cleaned.text


@pytest.mark.parametrize("link", [
    # a link to another article opening its line: the other article's title, even one that names an act, is no part
    # of this page's story
    "Read more: Britain and France landed at Port Said in 1956",
    "[Related: How Moscow and Washington set up the hotline in 1963]",
    "Also read: Why Egypt expelled the Soviet advisers",
    "Related stories: India and Pakistan sign the Simla Agreement",
])
def test_a_link_to_another_article_opening_its_line_is_removed(link):
    cleaned = clean_text(f"Egypt and the powers\n\n{link}\n\nEgypt nationalised the Suez Canal Company in July 1956.\n")
    assert link not in cleaned.text and cleaned.removed["hatnote"] == 1
    assert "Egypt nationalised the Suez Canal Company in July 1956." in cleaned.text


def test_a_line_that_only_mentions_reading_or_relations_keeps_its_place():
    # look-alikes: "related" and "read" inside prose, or before no colon, open no link
    page = ("Egypt and the powers\n\nRelated talks in Geneva failed in 1955: neither side moved.\n\n"
            "Read more widely, the record shows that Nasser sought arms in the West first.\n")
    cleaned = clean_text(page)
    assert "Related talks in Geneva failed in 1955" in cleaned.text and "Read more widely" in cleaned.text
    assert "hatnote" not in cleaned.removed


def test_a_comments_counter_in_the_head_of_a_page_does_not_drop_the_story():
    story = "\n".join(f"In {1950 + n} the two governments held talks on trade for the {n + 1}th time." for n in range(9))
    for counter in ("Comments (0)", "COMMENTS", "3 comments"):
        page = f"India and Japan\nBy a staff writer, 3 May 2020\n{counter}\n\n{story}\n"
        cleaned = clean_text(page)
        assert "In 1958 the two governments held talks" in cleaned.text, counter
        assert "comment" not in cleaned.removed, counter
    tail = clean_text(f"India and Japan\n\n{story}\n\nComments (1)\nravi_k | 3 May 2020\nThey met in 1999 too.\n")
    assert "They met in 1999" not in tail.text and "ravi_k" not in tail.text and tail.removed["comments_heading"] == 1


def test_a_comments_entry_of_a_contents_list_after_the_lead_does_not_drop_the_article():
    lead = "Chile and Peru have argued over their sea border since the 1950s; both went to The Hague in 2008."
    body = "\n".join(f"In {1960 + n} the two governments met on fishing rights for the {n + 1}th time." for n in range(9))
    for numbering in ("{n} {title}", "{n}. {title}"):
        titles = ["Early years", "The maritime dispute", "The court case", "See also", "References", "Comments"]
        contents = "\n".join(numbering.format(n=n, title=title) for n, title in enumerate(titles, start=6))
        page = f"Chile-Peru relations\n\n{lead}\n\nContents\n{contents}\n\n{body}\n\nComments (2)\nlucho | 2 May 2019\nGood read.\n"
        cleaned = clean_text(page)
        assert "In 1968 the two governments met on fishing rights" in cleaned.text, numbering
        assert "Good read" not in cleaned.text and cleaned.removed["comments_heading"] == 1, numbering
    # a count of posts under the article keeps its meaning when the line before it is prose, not a contents entry
    tail = clean_text(f"Chile-Peru relations\n\n{lead}\n\n{body}\n3 comments\nlucho | 2 May 2019\nGood read.\n")
    assert "Good read" not in tail.text and tail.removed["comments_heading"] == 1


@pytest.mark.parametrize("heading", ["**Comments (3)**", "*2 comments*", "__Comments__"])
def test_a_comments_heading_set_in_markdown_bold_or_italics_ends_the_article(heading):
    # (h13tune, found on holdout13: course notes whose readers' posts sat under "**Comments (4)**")
    body = "\n".join(f"Part {n + 1} of these notes covers what Pakistan and Bangladesh did in {1972 + n}." for n in range(9))
    page = f"Pakistan and Bangladesh\n\n{body}\n\n{heading}\n\n**Imran K.** — 19 October 2011, 14:47\nMy family never talks about 1974.\n"
    cleaned = clean_text(page)
    assert "Part 5 of these notes covers what Pakistan and Bangladesh did in 1976." in cleaned.text
    assert "never talks" not in cleaned.text and cleaned.removed["comments_heading"] == 1, cleaned.removed


# A talk page's posts scraped to Markdown: a user name in bold (or one with a digit or an underscore), its day in
# brackets, often quoted; a state named before a bracketed day in a list of acts is no reader (tune22).
TALK_POSTS = """## History

In 1971 Argentina and Chile agreed to submit the Beagle dispute to arbitration.

> **Andes_reader** (4 May 2011): The award of 1977 deserves a section of its own.
>
> **mapmaker** (6 May 2011): Agreed; Argentina rejected it in 1978.

gaucho_77 (9 June 2012): Chile sent warships south in 1978.

Chile (2 May 1985): Chile and Argentina ratify the Treaty of Peace and Friendship.
"""


def test_talk_page_posts_with_a_bracketed_day_are_comments():
    cleaned = clean_text(TALK_POSTS)
    for post in ("deserves a section", "rejected it in 1978", "sent warships south"):
        assert post not in cleaned.text
    assert cleaned.removed["note_or_comment"] == 3
    assert "Chile (2 May 1985): Chile and Argentina ratify the Treaty of Peace and Friendship." in cleaned.text
    assert "agreed to submit the Beagle dispute to arbitration" in cleaned.text
