"""Page artefacts undone before cleaning (text/pages.py) and pages of several reports (text/articles.py)."""

from __future__ import annotations

from detente.text.articles import article_datelines
from detente.text.clean import clean_text
from detente.text.pages import page_furniture, unescape_entities, unwrap, wrapped_lines

# -- characters ---------------------------------------------------------------------------------------------


def test_entities_left_in_plain_text_are_read():
    assert unescape_entities("Cooperation &amp; Mutual Assistance, the Union&#8217;s allies, A&#x2019;s") == \
        "Cooperation & Mutual Assistance, the Union\u2019s allies, A\u2019s"
    cleaned = clean_text("The two states signed it on 27&nbsp;February&nbsp;1946.\n").text
    assert cleaned == "The two states signed it on 27 February 1946.\n"


def test_text_that_only_looks_like_an_entity_is_kept():
    for text in ("AT&T and R&D budgets", "Q&A; notes", "&unknownentity; stays", "a & b;"):
        assert unescape_entities(text) == text


def test_ligatures_and_full_width_forms_become_plain_letters_and_digits():
    cleaned = clean_text("The of\ufb01cial con\ufb02ict began in November \uff11\uff19\uff13\uff18\uff0e\n").text
    assert cleaned == "The official conflict began in November 1938.\n"


def test_a_mojibake_closing_quote_with_a_lost_byte_is_a_closing_quote():
    assert clean_text("at \u00e2\u20ac\u0153Gab\u00e2\u20ac\ufffd and Nagymaros.\n").text == "at \u201cGab\u201d and Nagymaros.\n"


# -- printed pages ------------------------------------------------------------------------------------------

PDF_PAGES = """CHAPTER 3   THE BORDER QUESTION   57

Norway and Sweden settled the frontier in a convention.4 The two
governments then exchanged envoys,5 and trade grew.

4 Convention of 1905, article 2.
continued on the next line.
5 See Lindgren, Norway and Sweden (Oslo, 1959).

58

58   NORDIC NEIGHBOURS

The talks went on through the winter and the two delegations
met again in

CHAPTER 3   THE BORDER QUESTION   59

the spring of 1906, when they signed a second convention.
"""


def test_running_headers_page_numbers_and_footnotes_leave_the_text():
    cleaned = clean_text(PDF_PAGES)
    assert "CHAPTER" not in cleaned.text and "NORDIC" not in cleaned.text
    assert "\n58\n" not in cleaned.text
    assert "convention. The two" in cleaned.text  # the mark "4" is gone
    assert "envoys, and trade grew." in cleaned.text
    assert "Lindgren" not in cleaned.text and "article 2" not in cleaned.text
    assert "See Lindgren, Norway and Sweden (Oslo, 1959)." in cleaned.citations
    assert "continued on the next line." in cleaned.citations  # a footnote's second line goes with it
    # a page break in mid-sentence does not cut the paragraph
    assert "met again in the spring of 1906, when they signed a second convention." in cleaned.text


def test_a_numbered_list_is_no_footnote_block_without_marks_pointing_to_it():
    lines = ["Three acts followed.", "", "1 Sweden recognized Norway.", "2 Norway thanked Sweden."]
    assert page_furniture(lines, {}, []) == lines


def test_a_year_alone_on_a_line_is_a_date_line_not_a_page_number():
    lines = ["1905", "", "Sweden recognized Norway."]
    assert page_furniture(lines, {}, []) == lines


def test_a_decimal_or_an_abbreviation_keeps_its_number():
    lines = ["Version 2.1 of the text.", "See No.4 Squadron and pp.12 onwards."]
    assert page_furniture(list(lines), {}, []) == lines


# -- typed text ---------------------------------------------------------------------------------------------

TYPED = """THE IBERIAN NEIGHBOURS
    For most of the century the two dictatorships of the peninsula
watched each other with suspicion, yet they found it use-
ful to keep the peace. The self-
determination of peoples was no theme of theirs, and the indepen-
dence of each was guarded with care by the other government.
    In July 1940 the two governments added a protocol to the treaty,
pledging to consult each other on any threat to their territory.
"""


def test_hard_wrapped_text_is_joined_into_paragraphs_of_whole_words():
    cleaned = clean_text(TYPED).text
    paragraphs = cleaned.strip().split("\n\n")
    assert paragraphs[0] == "THE IBERIAN NEIGHBOURS"
    assert "found it useful to keep the peace." in paragraphs[1]
    assert "The self-determination of peoples" in paragraphs[1]  # a compound's hyphen stays
    assert "the independence of each" in paragraphs[1]
    assert "of the peninsula watched each other" in paragraphs[1]  # the wrap is a space, not a line break
    assert paragraphs[2].startswith("In July 1940") and paragraphs[2].endswith("on any threat to their territory.")


def test_paragraph_per_line_text_is_not_taken_for_hard_wrapped():
    lines = ["Hungary and Romania signed a basic treaty in Timisoara on September 16, 1996, ending years of dispute.",
             "The two prime ministers promised to respect the existing border.",
             "Romania agreed to protect the rights of its Hungarian minority."]
    assert not wrapped_lines(lines)
    timeline = ["1978", "December 22 - Argentina massed troops on the border with Chile", "1979",
                "January 8 - Chile and Argentina accepted mediation by the Holy See"]
    assert not wrapped_lines(timeline)


def test_unwrap_moves_a_broken_word_up_and_drops_a_line_it_empties():
    lines = ["the two governments agreed to nego-", "tiation.", "Next line."]
    assert unwrap(lines, {}) == ["the two governments agreed to negotiation.", "Next line."]


# -- pages of several reports -------------------------------------------------------------------------------

ARCHIVE = """From our archive

Storting acts

STOCKHOLM, June 8, 1905 — The Storting yesterday declared the union dissolved.

Talks open

KARLSTAD, 1 September 1905 (Reuters) - Delegates opened negotiations here yesterday.
"""


def test_a_page_of_reports_has_a_dateline_per_report():
    found = article_datelines(ARCHIVE)
    assert [d.day for d in found] == ["1905-06-08", "1905-09-01"]
    assert ARCHIVE[found[0].start:].startswith("STOCKHOLM") and ARCHIVE[found[0].end:].startswith("The Storting")


def test_one_dateline_or_a_date_in_running_text_is_no_page_of_reports():
    assert article_datelines("STOCKHOLM, June 8, 1905 — The Storting acted.\n\nMore text here.\n") == []
    assert article_datelines("On June 8, 1905 — a Thursday — the Storting acted.\n\nOn June 9, 1905 — it met.\n\n") == []


def test_each_report_dates_its_yesterday_from_its_own_dateline():
    from detente import extract_text

    events = extract_text(ARCHIVE.replace("Storting", "Norwegian government").replace("dissolved", "with Sweden dissolved")
                          .replace("Delegates opened", "Swedish and Norwegian delegates opened"), dct="2005-06-07")
    dates = sorted(e.date for e in events if e.date)
    assert dates and all(d.startswith("1905") for d in dates), dates
    assert "1905-08-31" in dates
