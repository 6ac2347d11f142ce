"""The time tagger on web pages and wire reports, as users run it (--mode auto): a page's own dates (published,
updated, comment stamps) and the writer's "last week" must not re-date its story, and a wire report that recalls
old years is still news.  Every text here is written for the test, none is from tests/data/web_timex_fresh.jsonl."""

from __future__ import annotations

from detente.time import choose_mode, tag


def values(text: str, dct: str | None = None) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct=dct, mode="auto") if t.layer == "timex"}


def test_a_wire_dateline_makes_news_however_many_old_years_the_report_recalls():
    text = "OSLO, May 3 (NTB) - The parliament, first elected in 1814 and rebuilt after 1945, voted on Tuesday to move it."
    assert choose_mode(text, "2022-05-03") == "news"
    assert values(text, "2022-05-03")["Tuesday"] == "2022-05-03"
    text = "LIMA (Andina) -- Peru's congress met Monday, 40 years after the 1980 election, and will meet again next month."
    found = values(text, "2020-07-29")
    assert (found["Monday"], found["next month"]) == ("2020-07-27", "2020-08")
    # a history page with a capitalised heading and no agency is not a wire
    assert choose_mode("THE HANSEATIC LEAGUE\nIn 1241 Lübeck and Hamburg agreed to protect the road.", "2022-05-03") == "narrative"


def test_the_writers_ago_and_last_and_next_count_from_the_page_date_not_from_the_story():
    text = "The Hanseatic League\nIn 1356 the towns met at Lübeck. The league had lost its power by 1669.\nReader note, 3 days ago: I saw the old hall last summer and will go back next year."
    found = values(text, "2021-09-10")
    assert found["3 days ago"] == "2021-09-07"
    assert found["last summer"] == "2020-SU"
    assert found["next year"] == "2022"
    # with no page date the story is all there is to count from
    assert values("In 1356 the towns met. Two years later they met again.")["Two years later"] == "1358"


def test_a_pages_own_dates_do_not_move_the_story():
    text = ("The Hanseatic League\nBy Ola Berg · Published 4 April 2018 · Last updated: 9 June 2020\n"
            "The league's diet met at Lübeck in June. Its merchants left Novgorod the following year.\n"
            "Posted on 2 March 2019 by editor")
    found = values(text)
    assert found["4 April 2018"] == "2018-04-04" and found["9 June 2020"] == "2020-06-09"
    # "June" is the story's, which no date has set yet: not June 2020
    assert found["the following year"] != "2021"
    text = "Hanseatic towns\nAnswered 12 May 2015 at 10:02\nIn 1370 the league defeated Denmark. That summer the peace of Stralsund was signed."
    assert values(text)["That summer"] == "1370-SU"


def test_a_bracketed_date_on_a_list_line_does_not_date_the_next_line():
    text = "On this day: 11 June\n- Peace of Stralsund ratified (1370).\n- Battle of Visby (1361).\nNext: 12 June"
    found = values(text, "2023-06-11")
    assert found["11 June"] == "2023-06-11"
    assert found["12 June"] == "2023-06-12"


def test_a_speakers_tomorrow_in_a_quoted_diary_is_the_diarys_day_and_does_not_move_the_story():
    text = 'His diary for 3 October 1990 reads: "Tomorrow we go to Leipzig." Four days later he was back in Bonn.'
    found = values(text)
    assert found["Tomorrow"] == "1990-10-04"
    assert found["Four days later"] == "1990-10-07"


def test_a_weekday_in_a_days_name_is_not_a_weekday():
    found = values("On 19 October 1987, known since as Black Monday, the market fell 22 percent.")
    assert "Monday" not in found and "Black Monday" not in found
    assert values("The broker said Monday that shares fell.", "1987-10-21")["Monday"] == "1987-10-19"


def test_a_bare_weekday_on_a_dated_page_with_no_story_day_reads_by_tense():
    text = "Thousands gathered on Sunday in the square where the 1956 uprising began, to mark its anniversary."
    assert values(text, "2016-10-26")["Sunday"] == "2016-10-23"
