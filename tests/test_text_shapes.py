"""Page shapes at the text stage: pipe tables become one unit per row, dated list-item titles start items."""

from __future__ import annotations

from detente.text.clean import clean_text
from detente.text.layout import dated_title, is_heading, split_sections
from detente.text.sentences import split_sentences

MARKDOWN_TABLE = """Chronology

| Year | What happened |
|:-----|---------------|
| 1965 | Japan and South Korea **normalized** relations. |
| June 1998 | South Korea protested to Japan |
| Japan ended the fisheries agreement | January 1999 |
|  | South Korea protested again. |
"""

WIKI_TABLE = """{| class="wikitable"
! Date !! Event
|-
| 1941 || Peru invaded Ecuador.
|-
| style="text-align:left" | January 1942 || The Rio Protocol was signed
|}
Afterwards the border stayed quiet.
"""


def _units(text: str) -> list[tuple[str | None, str]]:
    """(date line or None, body) of every section of a cleaned text."""
    sections = split_sections(text)
    out = []
    for section in sections:
        date = text[slice(*section.date_span)] if section.date_span else None
        body_start = section.date_span[1] if section.date_span else (section.heading_span[1] if section.heading_span else section.start)
        out.append((date, text[body_start : section.end].strip()))
    return out


def test_markdown_table_rows_become_dated_units_and_header_and_rule_go():
    cleaned = clean_text(MARKDOWN_TABLE)
    assert "|" not in cleaned.text and "What happened" not in cleaned.text and "**" not in cleaned.text
    units = _units(cleaned.text)
    assert ("1965", "Japan and South Korea normalized relations.") in units
    assert ("June 1998", "South Korea protested to Japan.") in units  # a full stop closes a row that has none
    # a date cell in the last column still dates its row; a row with no date cell goes on under the row above
    assert ("January 1999", "Japan ended the fisheries agreement.\n\nSouth Korea protested again.") in units
    assert cleaned.removed["table_header"] == 1 and cleaned.removed["table_row"] == 4


def test_wiki_table_rows_become_dated_units_and_markup_goes():
    cleaned = clean_text(WIKI_TABLE)
    assert "{|" not in cleaned.text and "style=" not in cleaned.text and "Event" not in cleaned.text
    units = _units(cleaned.text)
    assert ("1941", "Peru invaded Ecuador.") in units
    assert ("January 1942", "The Rio Protocol was signed.\n\nAfterwards the border stayed quiet.") in units


def test_a_line_with_a_pipe_that_is_no_table_is_left_alone():
    text = "Chile | Argentina relations were tense.\n"
    assert clean_text(text).text == text


def test_dated_titles_are_told_from_whole_entries():
    line = "Expulsions (1964). Morocco expelled Spanish diplomats."
    assert dated_title(line, 0, len(line)) == len("Expulsions (1964).")
    assert dated_title("* 1975 - Madrid Accords", 0, 23) == 23
    assert dated_title("1975: Madrid Accords", 0, 20) == 20
    whole = "1956 - Israel invades the Sinai."  # a dated entry with a full stop is an event, not a title
    assert dated_title(whole, 0, len(whole)) is None
    note = "The war (which lasted until 1958) ended."
    assert dated_title(note, 0, len(note)) is None
    long_title = "Spain and Morocco at last agree on a lasting settlement of their many quarrels (1991)."
    assert dated_title(long_title, 0, len(long_title)) is None
    bracketed = "12. The Simla summit [28 June - 2 July 1972]\nIndira Gandhi and Bhutto met at Simla."
    assert dated_title(bracketed, 0, len(bracketed)) == len("12. The Simla summit [28 June - 2 July 1972]")
    aside = "Nehru said [in 1954] that India would stay neutral."  # a bracket inside a sentence is no title
    assert dated_title(aside, 0, len(aside)) is None


LIST_PAGE = """Spain and Morocco, 1956-2010

Relations were uneasy.

* Recognition (1956). Spain recognized Morocco in April.
* Trade talks. The two held talks.
* 1975 - Madrid Accords
  Spain and Morocco signed an agreement.

Ambassador recalled (2001).
Morocco recalled its ambassador.

Later the two states drew closer.
"""


def test_list_items_with_dated_titles_are_their_own_sections():
    text = clean_text(LIST_PAGE).text
    sections = split_sections(text)
    items = [s for s in sections if s.kind == "item"]
    assert [s.heading for s in items] == ["* Recognition (1956).", "* 1975 - Madrid Accords", "Ambassador recalled (2001)."]
    assert text[items[0].start : items[0].end].rstrip().endswith("in April.")  # the next item ends it
    assert all(s.parent == 0 for s in items)
    # the undated item and the text after the list go on under the page's own section
    rest = [s for s in sections if s.kind == "body" and s.parent == 0]
    assert [text[s.start : s.end].strip()[:11] for s in rest] == ["* Trade tal", "Later the t"]
    # each title is a sentence of its own, apart from the item's text
    sentences = [text[s.start : s.end] for s in split_sentences(text, sections)]
    assert "* Recognition (1956)." in sentences and "Spain recognized Morocco in April." in sentences
    assert "Ambassador recalled (2001)." in sentences and "Morocco recalled its ambassador." in sentences


def test_a_bare_date_line_under_a_heading_starts_an_entry():
    text = "Key dates\n\nTreaty\n\n1939\n\nThe two signed a pact.\n\n1941\n\nGermany invaded the Soviet Union.\n"
    sections = split_sections(text)
    entries = [(text[slice(*s.date_span)], text[s.date_span[1] : s.end].strip()) for s in sections if s.kind == "entry"]
    assert entries == [("1939", "The two signed a pact."), ("1941", "Germany invaded the Soviet Union.")]


def test_a_line_repeated_whole_or_cut_off_is_a_teaser_and_goes():
    lead = "Hungary and Romania signed a basic treaty in Timisoara on September 16, 1996, ending years of dispute."
    text = f"{lead}\n\nThe ministers met again.\n\n{lead}\n\n{lead[:80]}...\n\nOther news follows here.\n"
    cleaned = clean_text(text)
    assert cleaned.text.count("Hungary and Romania signed") == 1 and "Other news" in cleaned.text
    assert cleaned.removed["repeat"] == 2


def test_citation_lines_are_told_from_prose():
    from detente.text.clean import is_citation

    assert is_citation("Kovacs, Istvan. The Treaty of Trianon and Romania. Budapest: Akademiai, 1988.")
    assert is_citation("Popescu, A. (2004). Hungary, Romania and the treaty of 1996. Humanitas.")
    assert not is_citation("Moscow, however, refused to sign the treaty in 1988.")
    assert not is_citation("Romania, Hungary and Yugoslavia signed a pact in 1921.")


def test_a_markdown_table_without_outer_pipes_is_read_row_by_row():
    text = "Year | Event\n---- | -----\n1881 | Chile and Argentina signed a boundary treaty.\n1902 | The Pacts of May were signed\n\nAfter the table.\n"
    units = _units(clean_text(text).text)
    assert ("1881", "Chile and Argentina signed a boundary treaty.") in units
    assert ("1902", "The Pacts of May were signed.\n\nAfter the table.") in units


def test_a_heading_or_year_line_glued_to_its_text_is_its_own_line():
    from detente import extract_text

    page = ("Japan and Korea\n\nNormalization\nIn June 1965 Japan and South Korea signed a treaty on basic relations.\n\n"
            "Timeline\n1978\nDecember 22 - Argentina's junta ordered troops to seize islands from Chile.\n"
            "1984\nNovember 29 - Argentina and Chile signed a treaty of peace and friendship.\n")
    events = extract_text(page, origin="t.txt")
    assert events and all(not e.evidence.startswith(("Normalization", "1978", "1984")) for e in events), \
        [e.evidence for e in events]
    assert {e.date for e in events} >= {"1965-06", "1978-12-22", "1984-11-29"}


def test_a_hard_wrapped_paragraph_keeps_its_first_line():
    from detente.text.layout import split_sections

    text = ("The United States and the Soviet Union\nsigned the treaty in Moscow in 1963, and both\nkept to it.\n")
    assert all(section.heading is None for section in split_sections(text))


def test_a_cell_of_several_dates_makes_one_unit_per_date_with_the_rows_other_cells():
    markdown = ("| Event | Date |\n|---|---|\n| Relations broken | 12 February 1953; 10 June 1967 |\n"
                "| Relations restored | July 1953; 18 October 1991 |\n")
    units = _units(clean_text(markdown).text)
    for date in ("12 February 1953", "10 June 1967"):
        assert (date, "Relations broken.") in units
    for date in ("July 1953", "18 October 1991"):
        assert (date, "Relations restored.") in units
    wiki = ("{| class=\"wikitable\"\n! Event !! Dates\n|-\n| Diplomatic ties cut || 22 October 1952<br>7 March 1989\n|}\n")
    units = _units(clean_text(wiki).text)
    assert ("22 October 1952", "Diplomatic ties cut.") in units and ("7 March 1989", "Diplomatic ties cut.") in units
    # a cell with one date and other words is no list of dates: the row stays one unit
    units = _units(clean_text("| Treaty signed; ratified later | 1955 |\n|---|---|\n| Border closed; reopened | 1962 |\n").text)
    assert units.count(("1962", "Border closed; reopened.")) == 1


def test_a_first_row_with_a_date_cell_above_the_rule_is_a_row_of_events_not_a_header():
    # the HTML reader sets the first row of a table of "label | date" rows (a wiki's th/td key dates) above the rule
    text = ("| Diplomatic relations established | 29 September 1972 |\n|---|---|\n"
            "| Treaty of Peace and Friendship signed | 12 August 1978 |\n")
    cleaned = clean_text(text)
    units = _units(cleaned.text)
    assert ("29 September 1972", "Diplomatic relations established.") in units
    assert ("12 August 1978", "Treaty of Peace and Friendship signed.") in units
    assert "table_header" not in cleaned.removed


def test_a_header_of_column_names_or_of_several_years_still_goes():
    for header in ("| Date | Event |", "| Country | 1990 | 2000 |", "| Key dates |  |"):
        cleaned = clean_text(f"{header}\n|---|---|\n| 1965 | Japan and South Korea normalized relations. |\n")
        assert cleaned.removed["table_header"] == 1, header


def test_key_dates_in_th_and_td_rows_of_an_html_table_are_each_an_event(tmp_path):
    from detente import extract

    page = tmp_path / "china_japan.html"
    page.write_text(
        "<html><head><title>China–Japan relations</title></head><body><div id='content'><h1>China–Japan relations</h1>"
        "<p>China and Japan restored their relations in the 1970s after decades of war and estrangement between them.</p>"
        "<table class='wikitable'><tr><th>Diplomatic relations established</th><td>29 September 1972</td></tr>"
        "<tr><th>Treaty of Peace and Friendship signed</th><td>12 August 1978</td></tr></table>"
        "<p>Trade between the two countries grew quickly once the treaty was in force in the years after it.</p>"
        "</div></body></html>", encoding="utf-8")
    coded = {(e.source, e.target, e.cameo, e.date) for e in extract([str(page)])}
    assert {("CHN", "JPN", "054", "1972-09-29"), ("CHN", "JPN", "057", "1978-08-12")} <= coded


def test_a_markdown_pages_front_matter_goes_and_a_rule_above_prose_stays():
    # (h14tune) YAML front matter is the site's data about the page: its title and tags name states but tell nothing
    page = ('---\ntitle: "Ties across the Himalaya: India and Nepal"\ndate: 2016-03-02\ntags: [India, Nepal, treaties]\n'
            "layout: post\n---\n\n# India and Nepal\n\nOn 31 July 1950 India and Nepal signed a treaty of friendship.\n")
    cleaned = clean_text(page).text
    assert "tags" not in cleaned and "Ties across" not in cleaned
    assert "On 31 July 1950 India and Nepal signed a treaty of friendship." in cleaned
    prose = "---\nIn 1962 China and India fought a war over the border.\n---\nThe war lasted a month.\n"
    assert "In 1962 China and India fought a war" in clean_text(prose).text


def test_a_markdown_heading_with_attributes_is_a_heading():
    # (h14tune) "## The 1950 treaty {#treaty}": the id some Markdown dialects give a heading does not make it prose
    assert is_heading("## The 1950 treaty {#treaty}")
    assert is_heading("### Border war of 1962 {#war .section}")
    assert is_heading("## The 1950 treaty")
    assert not is_heading("## In 1950 India and Nepal signed a treaty of peace and friendship in Kathmandu, and both sides then agreed. {#x}")
