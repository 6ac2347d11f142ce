"""The time tagger on web pages and wire reports, as users run it (--mode auto): a page's own dates (published,
updated, comment stamps) and the writer's "last week" must not re-date its story, and a wire report that recalls
old years is still news.  Every text here is written for the test, none is from tests/data/web_timex_fresh.jsonl."""

from __future__ import annotations

import pytest

from detente import extract_text
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


def test_a_clock_stamp_after_its_date_is_one_time_but_a_time_told_in_prose_stays_apart():
    found = values("Posted 14 May 2015, 08:05 by editor\nanswered Jun 2, 2016 at 17:40")
    assert found["14 May 2015, 08:05"] == "2015-05-14T08:05"
    assert found["Jun 2, 2016 at 17:40"] == "2016-06-02T17:40"
    found = values("The assault began on 22 June 1941, at 3:15 a.m.")
    assert found["22 June 1941"] == "1941-06-22"
    assert found["3:15 a.m."] == "1941-06-22T03:15"


def test_a_weekday_written_before_a_day_and_month_is_one_expression():
    found = values("The library reopens on Tuesday, 4 June, after a year of work.", "2019-05-20")
    assert found["Tuesday, 4 June"] == "2019-06-04"
    found = values("It sank on Friday, 12 April 1912.")
    assert found["Friday, 12 April 1912"] == "1912-04-12"


def test_a_time_of_day_at_a_line_end_does_not_take_the_date_that_opens_the_next_line():
    found = values("Timeline\nJune 4, 1940 - The last ships leave Dunkirk at 3 a.m.\nJune 10 - Italy declares war.")
    assert found["3 a.m."] == "1940-06-04T03:00"
    assert found["June 10"] == "1940-06-10"


def test_a_quarter_of_this_year_is_one_expression():
    found = values("SEOUL, April 8 (Yonhap) - Exports rose in the first quarter of this year and fell in the fourth quarter of last year.", "2021-04-08")
    assert found["the first quarter of this year"] == "2021-Q1"
    assert found["the fourth quarter of last year"] == "2020-Q4"


def test_since_a_month_points_back_even_before_a_future_clause():
    found = values("ROME, Aug 21 (ANSA) - Bond yields have risen since February, and the bank will meet on Sept. 9.", "2019-08-21")
    assert found["February"] == "2019-02"
    assert found["Sept. 9"] == "2019-09-09"


def test_in_news_a_bare_month_in_the_sentence_of_an_older_dated_day_takes_its_year():
    text = "WARSAW (PAP) - Poland will mark the anniversary on Sunday. The uprising began on 1 August 1944 and ended in early October."
    found = values(text, "2019-07-29")
    assert found["early October"] == "1944-10"
    assert found["Sunday"] == "2019-08-04"


def test_a_count_back_told_in_the_pluperfect_does_not_move_the_story():
    text = "The siege ended on 3 July 1863. Grant had crossed the river two months earlier. At dawn the next day the garrison marched out."
    found = values(text)
    assert found["two months earlier"] == "1863-05"
    assert found["the next day"] == "1863-07-04"


def test_a_three_digit_year_closing_its_clause_after_in_is_a_year_even_in_a_later_story():
    found = values("Constantinople fell in 1453. The western empire had already fallen in 476.")
    assert found["476"] == "0476"
    found = values("In 1941 the division lost men in 476 attacks. By 1942 the toll had risen to 476.")
    assert "476" not in found


def test_the_next_decade_or_century_of_a_story_told_before_christ_counts_toward_the_era():
    found = values("In 479 BC the Persians withdrew. The next decade was calm; the next century was not.")
    assert found["The next decade"] == "BC046"
    assert found["the next century"] == "BC03"


def test_a_century_that_holds_the_story_year_does_not_move_it():
    found = values("Eruptions\n- 1906: the worst eruption of the 20th century, lasting from 4 April to 21 April.")
    assert found["4 April"] == "1906-04-04"
    assert found["the 20th century"] == "19"


def test_a_future_weekday_on_a_dated_page_after_a_story_of_years_is_the_writers():
    text = "Anna Berg, who began teaching in 1951, died on Tuesday. Her funeral will be held on Sunday."
    found = values(text, "2019-11-08")
    assert found["Tuesday"] == "2019-11-05"
    assert found["Sunday"] == "2019-11-10"


def test_in_news_a_bare_month_in_the_sentence_of_last_year_is_last_years():
    text = "PARIS (AFP) - Farmers will protest on Wednesday. Last year's protests blocked roads in March."
    found = values(text, "2023-09-18")
    assert found["March"] == "2022-03"
    assert found["Wednesday"] == "2023-09-20"


def test_a_pages_own_date_lines_do_not_make_a_history_page_news():
    text = "Posted in History, Travel · June 24, 2016\nThe fort was built in 1569. Two centuries later it lay in ruins. Next summer we will go back."
    assert choose_mode(text, "2016-06-24") == "narrative"
    found = values(text, "2016-06-24")
    assert found["Two centuries later"] == "1769"
    assert found["Next summer"] == "2017-SU"


def test_page_stamps_in_feed_and_newspaper_forms_are_times():
    found = values("Posted: 2021-05-03T14:22:10Z\nFirst published Tue 8 Jun 2021 09.30 BST")
    assert found["2021-05-03T14:22:10Z"] == "2021-05-03T14:22:10"
    assert found["Tue 8 Jun 2021 09.30"] == "2021-06-08T09:30"
    # a dotted number after a date is a time only before a time zone
    assert values("Prices rose on 5 June 2021 by 12.30 percent.")["5 June 2021"] == "2021-06-05"


# h13tune (found on holdout13): an explainer's lead told its act "at midnight on Friday" after a standfirst year
@pytest.mark.parametrize("text, dct, weekday, value", [
    ("Britain joined the European Community in 1973. It left the European Union at 11 p.m. on Friday.", "2020-02-01",
     "11 p.m. on Friday", "2020-01-31T23:00"),
    ("Twelve countries agreed on a single currency in 1992. They began using euro notes and coins on Tuesday.",
     "2002-01-02", "Tuesday", "2002-01-01"),
    ("In 2003 Croatia applied for membership. It became the 28th member of the European Union on Monday.", "2013-07-02",
     "Monday", "2013-07-01"),
])
def test_a_weekday_before_the_story_names_any_day_is_the_writers_whatever_the_tense(text, dct, weekday, value):
    assert values(text, dct)[weekday] == value


def test_a_weekday_after_the_story_named_a_day_still_counts_from_that_day():
    assert values("The talks opened on 3 March 1921. On Friday the delegates signed the treaty.", "2021-05-01")["Friday"] == "1921-03-04"


def test_a_time_on_a_weekday_dates_the_act_told_at_it():
    events = extract_text("Britain joined the European Community in 1973. Britain left the European Union at 11 p.m. on Friday.",
                          origin="t.txt", dct="2020-02-01")
    assert any(e.date == "2020-01-31" for e in events), [(e.source, e.target, e.cameo, e.date) for e in events]
