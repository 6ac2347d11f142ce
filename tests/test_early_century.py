"""Pages on the first half of the century (the causes tune18 found, shown on sentences of our own about other pairs
and years): dates given in both calendars, the older press's datelines ("VIENNA, Austria, July 28.—"), ..."""

from __future__ import annotations

import pytest

from detente import extract_text


def _acts(text: str, dct: str | None = None) -> list[tuple]:
    return sorted((e.source, e.target, e.date) for e in extract_text(text, dct=dct, origin="t.txt"))


def _dates(text: str, dct: str | None = None) -> set:
    return {e.date for e in extract_text(text, dct=dct, origin="t.txt")}


# --- the Julian (Old Style) date beside the Gregorian one is the same day, no second date, range or story time ---

@pytest.mark.parametrize("text, date", [
    # a timeline's date line with the Old Style day beside it
    ("1 August 1914 (19 July O.S.)\nGermany declares war on Russia.", "1914-08-01"),
    ("6 February 1904 (O.S. 24 January)\nJapan breaks off diplomatic relations with Russia.", "1904-02-06"),
    # a range of days in both calendars
    ("17-18 November 1912 (4-5 November O.S.)\nBulgarian troops attack the Ottoman lines at Chataldzha.",
     "1912-11-17/1912-11-18"),
    # inside a sentence, and the next sentence keeps the Gregorian day as its time
    ("Romania declared war on Bulgaria on 10 July 1913 (27 June Old Style). Bulgaria asked Russia for help.", "1913-07-10"),
])
def test_an_old_style_date_is_no_second_time(text, date):
    dates = _dates(text)
    assert dates, text
    assert dates == {date}, dates  # not the Julian day, nor a range from one day to the other


def test_the_old_style_day_does_not_date_the_next_sentence():
    text = ("The treaty was signed on 5 September 1905 (23 August Old Style). Russia recognised Japan's "
            "paramount interests in Korea.")
    assert ("RUSEMP", "JPN", "1905-09-05") in _acts(text)


# --- the older press's datelines: the place in capitals, its region, the day and a full stop before the dash ---

@pytest.mark.parametrize("text, dct, act", [
    # "tonight" is the dateline's day, not the next morning's paper
    ("VIENNA, Austria, July 28.—Austria-Hungary declared war on Serbia today.",
     "1914-07-29", ("AUTHUN", "SRB", "1914-07-28")),
    ("CONSTANTINOPLE, Turkey, Oct. 17 (AP).—Turkey declared war on Bulgaria and Serbia today.",
     "1912-10-18", ("OTTOMAN", "BGR", "1912-10-17")),
    # a weekday told in the past is the one before the dateline's day
    ("SOFIA, Bulgaria, Oct. 24.—Bulgaria appealed to the League of Nations on Thursday against the Greek invasion.",
     "1925-10-25", ("BGR", "LEAGUE_OF_NATIONS", "1925-10-22")),
])
def test_an_older_dateline_with_a_region_dates_the_report(text, dct, act):
    assert act in _acts(text, dct)


# --- a text's date in the phrase a sentence opens with dates the act done by it ("By the Treaty of X of DATE") ---

@pytest.mark.parametrize("text, act", [
    ("Latvian and Soviet troops fought through 1919. By the Treaty of Riga of 11 August 1920 Soviet Russia recognised "
     "Latvia.", ("RSFSR", "LVA", "1920-08-11")),
    ("Estonia and Soviet Russia fought in 1919. Under the Treaty of Tartu of 2 February 1920 Soviet Russia recognised "
     "Estonia.", ("RSFSR", "EST", "1920-02-02")),
])
def test_the_date_of_the_text_a_sentence_opens_with_dates_its_act(text, act):
    assert act in _acts(text)


def test_a_time_after_which_an_act_came_is_no_date_of_it():
    acts = _acts("Britain fought the Ottoman Empire from 1914. After the armistice of Mudros of 30 October 1918 British "
                 "troops occupied Constantinople.")
    assert acts and not any(date == "1918-10-30" for _, _, date in acts), acts


# --- a table row's parties cell names the pair of its acts, not the pair of the rows before ---

def test_a_table_rows_parties_cell_names_the_pair_of_its_act():
    page = ("Peace treaties of Soviet Russia with its western neighbours\n\n"
            "| Date | Parties | Treaty | Notes |\n|---|---|---|---|\n"
            "| 2 February 1920 | Estonia, Soviet Russia | Treaty of Tartu | Soviet Russia recognises Estonia |\n"
            "| 12 July 1920 | Lithuania, Soviet Russia | Soviet-Lithuanian peace treaty | Moscow recognises Vilnius as Lithuanian |\n"
            "| 11 August 1920 | Latvia, Soviet Russia | Treaty of Riga | signed at Riga |\n"
            "| 14 October 1920 | Finland, Soviet Russia | Treaty of Tartu | the border is fixed |\n")
    acts = _acts(page)
    assert ("LVA", "RSFSR", "1920-08-11") in acts and ("FIN", "RSFSR", "1920-10-14") in acts, acts
    assert not any("LTU" in (source, target) and date in ("1920-08-11", "1920-10-14") for source, target, date in acts), acts


# --- a weekday's possessive names the day of a thing ("Monday's speech"), not the day of the act told beside it ---

def test_a_weekdays_possessive_dates_no_other_act():
    acts = _acts("LONDON, Sept. 14 (AP).—Prime Minister Chamberlain offered last night to fly to Germany to meet Herr "
                 "Hitler, after Monday's speech at Nuremberg.", "1938-09-15")
    assert ("GBR", "GMY", "1938-09-13") in acts and not any(date == "1938-09-12" for _, _, date in acts), acts
