"""Page shapes, page furniture and dating units, from raw text to dated events.

Each test is one general failure kind on sentences of our own; the last one scores the documents of
``tests/data/shapes/`` (one or two per kind, other pairs of states) against their gold events.
"""

from __future__ import annotations

from pathlib import Path

from detente import extract, extract_text
from tests.scoring import read_jsonl, score

SHAPES = Path(__file__).parent / "data" / "shapes"


def _dated(text: str, origin: str = "t.txt") -> list[tuple]:
    return sorted(((e.date, e.source, e.target, e.cameo[:2]) for e in extract_text(text, origin=origin)), key=str)


# --- 1. pipe tables ---------------------------------------------------------------------------------------


def test_each_table_row_is_its_own_event_dated_by_its_date_cell():
    text = ("Japan and South Korea\n\n| Date | Event |\n|---|---|\n| June 1965 | Japan and South Korea signed a treaty. |\n"
            "| 1974 | South Korea protested to Japan. |\n| Japan imposed sanctions on South Korea | 2019 |\n")
    events = extract_text(text, origin="t.txt")
    assert sorted((e.date, e.source, e.target) for e in events) == [
        ("1965-06", "JPN", "KOR"), ("1974", "KOR", "JPN"), ("2019", "JPN", "KOR")]
    assert all("|" not in e.evidence and "\n" not in e.evidence for e in events)


# --- 2. lists with dated item titles ----------------------------------------------------------------------


def test_a_dated_item_title_dates_the_item_and_is_not_coded_itself():
    text = ("Spain and Morocco, 1956-2010\n\n"
            "* Expulsions (1964). Morocco expelled Spanish diplomats.\n"
            "* Fishing. Spain and Morocco held talks.\n"
            "* 1975 - Madrid Accords\n  Spain and Morocco signed an agreement in November.\n\n"
            "Recall (2001).\nMorocco recalled its ambassador from Spain.\n")
    events = extract_text(text, origin="t.txt")
    assert not [e for e in events if e.evidence.startswith(("*", "Recall"))], [e.evidence for e in events]
    dates = {e.trigger.split()[0].lower(): e.date for e in events}
    assert dates["expelled"] == "1964" and dates["signed"] == "1975-11" and dates["recalled"] == "2001"
    assert dates["held"] == "1956/2010"  # an undated item stays under the page's own date


BRACKET_LIST = ("Five steps that brought Argentina and Brazil together\n\n"
                "1. The rivers [October 1979]\n"
                "Argentina, Brazil and Paraguay signed the Itaipu-Corpus accord on the waters of the Parana.\n\n"
                "2. The first visit in four decades [May 1980]\n"
                "The Brazilian president flew to Buenos Aires. Argentina's president returned the visit that August.\n\n"
                "3. The summit at the Iguazu falls [30 November 1985]\n"
                "Sarney and Alfonsin issued the Declaration of Iguazu. The two governments also agreed to cooperate "
                "on nuclear energy.\n\n"
                "4. The spring of integration [July 1986]\n"
                "Argentina and Brazil signed the Programme for Integration and Economic Cooperation.\n")


def test_numbered_items_with_a_bracketed_date_are_dated_by_their_own_title():
    # "2. Title [May 1980]" over its text: each item is dated by its own bracket, whether its title line is short
    # enough to pass for a heading or not; the date of the item before it does not run on, and a season in a
    # title ("The spring of integration") names the item, its bracket dates it
    events = extract_text(BRACKET_LIST, origin="t.txt")
    assert not [e for e in events if "[" in e.evidence], [e.evidence for e in events]  # a title is no event
    dates = {e.trigger.split()[0].lower(): e.date for e in events}
    assert dates["signed"] == "1986-07" and dates["returned"] == "1980-08" and dates["issued"] == "1985-11-30"
    assert dates["cooperate"][:7] == "1985-11"
    assert {e.date for e in events if "Itaipu" in e.evidence} == {"1979-10"}


def test_a_date_line_between_paragraphs_dates_the_text_below_it_not_the_heading():
    text = ("Chile and Argentina, 1978-1984\n\n1979\n\nChile and Argentina accepted mediation.\n\n1984\n\n"
            "Chile and Argentina signed a treaty.\n")
    assert ("1984", "CHL", "ARG", "05") in _dated(text)  # was dated by the first date line, 1979


# --- 3. page furniture ------------------------------------------------------------------------------------


def test_questions_background_lines_and_lead_summaries_are_no_events():
    text = ("Hungary and Romania\n\n"
            "Relations between Hungary and Romania worsened in the 1980s. "
            "Hungary has had close trade ties with Romania since the 1970s.\n\n"
            "History\n\nIn 1988 Hungary protested to Romania.\n\n"
            "Questions\n\n1. Why did Romania criticize Hungary in 2001?\n")
    assert _dated(text) == [("1988", "HUN", "ROU", "11")]


def test_a_lead_dated_to_the_day_is_no_summary():
    text = ("Hungary and Romania\n\nIn September 1996 Hungary and Romania signed a treaty. Ties had soured in the 1980s.\n\n"
            "History\n\nThe archives tell more.\n")
    assert [d for d, *_ in _dated(text)] == ["1996-09"]


def test_reference_entries_are_citations_even_without_a_reference_heading():
    text = ("In 1988 Hungary protested to Romania.\n\n"
            "Kovacs, Istvan. The Treaty of Trianon and Romania. Budapest: Akademiai, 1988.\n"
            "Popescu, A. (2004). Hungary, Romania and the treaty of 1996. Humanitas.\n")
    assert _dated(text) == [("1988", "HUN", "ROU", "11")]


def test_a_pages_table_of_contents_tells_no_event():
    for title in ("Contents", "Table of contents"):
        text = (f"Chile and Peru\n\n{title}\n1 The war of 1879\n2 Treaty and border settlement\n3 Rivers and railways\n"
                "4 See also\n\nThe war of 1879\n\nChile declared war on Peru in April 1879.\n")
        assert _dated(text) == [("1879-04", "CHL", "PER", "19")], title
    # a numbered list of acts under a heading of another name is still read
    text = "Chile and Peru\n\nKey events\n1 Chile declared war on Peru in April 1879.\n2 Chile and Peru signed a treaty in 1929.\n"
    assert len(_dated(text)) == 2


def test_read_more_teasers_of_other_articles_are_dropped(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><article><h1>Treaty signed</h1>"
        "<p>Hungary and Romania signed a basic treaty in Timisoara on September 16, 1996, ending years of dispute.</p>"
        "<h2>More</h2><p>Hungary and Romania opened a consulate in Cluj on March 15, 1997. <a href='/x'>Read more</a></p>"
        "</article></body></html>", encoding="utf-8")
    assert [e.date for e in extract(str(page))] == ["1996-09-16"]


# --- 4. wire datelines ------------------------------------------------------------------------------------


def test_yesterday_in_the_lead_beats_the_dateline_date(tmp_path):
    for lead in ("SEOUL, South Korea, March 5, 1998 -- South Korea yesterday protested to Japan.",
                 "Seoul, 5 March 1998 (Reuters) - South Korea protested to Japan yesterday."):
        path = tmp_path / "wire.txt"
        path.write_text(lead + "\n", encoding="utf-8")
        assert [e.date for e in extract(str(path))] == ["1998-03-04"], lead


# --- 5. years that name things, asides --------------------------------------------------------------------


def test_a_year_naming_a_thing_does_not_date_the_act():
    assert _dated("In 1971 India and Pakistan fought a war. The two sides later agreed to respect the line of control of 1949.") \
        == [("1971", "IND", "PAK", "03"), ("1971", "IND", "PAK", "19")]
    # the act's own noun takes its date: "the pact of August 23, 1939" is the day the pact was made
    assert _dated("The Nazi-Soviet pact of August 23, 1939 shocked American opinion.")[0][0] == "1939-08-23"


def test_since_and_planned_dates_do_not_move_the_story_time():
    text = ("In January 1981 Peru and Ecuador fought in the mountains. Since 1954 Ecuador had claimed the Amazon. "
            "The following July, Peru and Ecuador held talks. A new round was planned for the spring of 1982. "
            "In October, Peru and Ecuador signed a treaty.")
    assert [d for d, *_ in _dated(text)] == ["1981-01", "1981-07", "1981-10"]


def test_a_back_reference_to_a_thing_does_not_move_the_story_time():
    text = ("In 1974 South Korea protested to Japan. The protest recalled the fishing agreement of 1952. "
            "Two years later, Japan and South Korea held talks.")
    assert [d for d, *_ in _dated(text)] == ["1974", "1976"]
    text = ("In 1974 South Korea protested to Japan. The quarrel went back to the clashes of 1952. "
            "Two years later, Japan and South Korea held talks.")
    assert [d for d, *_ in _dated(text)] == ["1974", "1976"]


def test_a_year_looked_back_on_at_the_end_of_a_sentence_does_not_move_the_story_time():
    # the sentence's own date is June 1961; "in 1899", in the claim it reports, is the past it looks back on
    text = ("In June 1961 Abd al-Karim Qasim declared that Kuwait had been part of the Ottoman province of Basra until the "
            "British detached it in 1899. Britain rejected the claim at once and sent troops to Kuwait.")
    assert {d for d, *_ in _dated(text)} == {"1961-06"}
    text = ("In 1950 Egypt and Britain held talks. The talks failed, and in 1951 Egypt abrogated the treaty of 1936. "
            "Britain protested to Egypt.")  # a year going forward still moves it
    assert [d for d, _, _, code in _dated(text) if code == "11"] == ["1951"]


# --- 6. ranges --------------------------------------------------------------------------------------------


def test_two_months_joined_by_and_are_one_range():
    assert _dated("In 1995 the two fought. In October and November, Ecuador and Peru negotiated in Brasilia.")[-1][0] == "1995-10/1995-11"
    assert _dated("In October and November 1956, Hungary and Romania held talks.")[0][0] == "1956-10/1956-11"


# --- the shape documents ----------------------------------------------------------------------------------


def test_shape_documents_score():
    gold = read_jsonl(SHAPES / "gold.jsonl")
    system = [e.to_dict() for e in extract(str(SHAPES))]
    result = score(gold, system)
    # measured 0.872 / 0.971 (before these rules: 0.564 / 0.537); the misses are coder gaps, not shapes.
    # With the coder of branch events2 merged: 0.872 / 0.895; the three new system events are a landing told
    # beside the expulsion the gold holds as one event, and "accepted mediation by the Holy See" coded as each
    # party's acceptance toward the mediator where the gold pairs the two parties
    assert result["strict_recall"] >= 0.85, [g["summary"] for g in result["missed"]]
    assert result["strict_precision"] >= 0.88


# --- 6. tagger gaps: counted seasons, "a single month" ----------------------------------------------------


def test_counted_seasons_and_a_single_unit_are_tagged():
    from detente import time

    text = "Tokyo hosted talks in the summer of 1983. Two summers later, Japan paid. The boycott lasted a single month."
    found = {t.text: (t.type, t.value) for t in time.tag(text, mode="narrative")}
    assert found["Two summers later"] == ("DATE", "1985-SU")
    assert found["a single month"] == ("DURATION", "P1M")
    # a season after "a" is no duration: "a summer offensive" stays untagged
    assert not time.tag("Japan planned a summer offensive.", mode="narrative")


def test_how_relations_went_over_decades_is_no_event_anywhere():
    text = ("In 1971 Chile and Argentina signed an agreement. Ties between Chile and Argentina soured in the 1970s "
            "after decades of mistrust. In 1978 Argentina massed troops on the border with Chile.")
    assert [d for d, *_ in _dated(text)] == ["1971", "1978"]


def test_a_plan_date_does_not_date_the_act_that_made_the_plan():
    text = "In 1983 the two drew closer. A state visit was proposed for the autumn of 1984. In January, Japan agreed to lend South Korea money."
    assert _dated(text)[-1][0] == "1983-01"
