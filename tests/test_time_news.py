"""The time tagger on news: tense around bare days and months, reporting periods, and the words that look
like times but are not. Every text here is written for the test; the DCT is the report's date."""

from __future__ import annotations

from detente.time import tag
from detente.time.tagger import tag as grammar_tag


def news(text: str, dct: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, dct=dct, mode="news") if t.layer == "timex"}


# A Wednesday, in the fourth quarter of the year.
DCT = "2003-10-15"


def test_soon_is_a_future_reference_but_as_soon_as_is_a_conjunction():
    assert news("The ministers expect to sign the accord soon.", DCT)["soon"] == "FUTURE_REF"
    assert "soon" not in news("The envoys will leave as soon as the talks end.", DCT)
    assert "soon" not in news("The rebels were soon after driven back.", DCT)


def test_soon_told_in_the_past_is_no_time_ahead():
    # a past tense right after "soon", or a past auxiliary right before it: soon after some past time, not the future
    assert "soon" not in news("The envoy was soon recalled to Ankara.", DCT)
    assert "soon" not in news("Grain prices soon fell back after the ban was lifted.", DCT)
    assert "soon" not in news("The strikes had soon spread from Gdansk to the mines of Silesia.", DCT)
    assert "soon" not in news("Protesters were soon dispersed by the police, the agency said.", DCT)
    # a modal or a present keeps it ahead, even before a verb that ends in -ed
    assert news("Warsaw will soon need more credit from its lenders.", DCT)["soon"] == "FUTURE_REF"
    assert news("The two sides may soon resume their talks in Geneva.", DCT)["soon"] == "FUTURE_REF"
    assert news("Officials say the border is soon to reopen.", DCT)["soon"] == "FUTURE_REF"


def test_years_after_into_and_after_a_determiner_that_ends_in_at():
    assert news("The council expects the slump to continue into 2004.", DCT)["2004"] == "2004"
    assert news("That 1979 accord still binds both sides.", DCT)["1979"] == "1979"
    # still counts and prices, not years
    assert "1441" not in news("The council cited Resolution 1441 again.", DCT)
    assert "1800" not in news("The ticket cost $1800 in the end.", DCT)


def test_a_passive_participle_after_a_future_is_not_a_past_tense():
    found = news("Colonel Reyes will be appointed commander of the mission in February.", DCT)
    assert found["February"] == "2004-02"
    found = news("The dividend would be paid on a still undisclosed date in January.", DCT)
    assert found["January"] == "2004-01"


def test_a_plan_told_in_the_pluperfect_lies_in_the_past():
    found = news("The offer had been due to expire Friday, but it was extended.", DCT)
    assert found["Friday"] == "2003-10-10"
    found = news("The vote, previously scheduled for Monday, was postponed.", DCT)
    assert found["Monday"] == "2003-10-13"


def test_a_future_after_a_sentence_opening_day_moves_it_ahead():
    assert news("On Tuesday, the league plans to hold a rally in the capital.", DCT)["Tuesday"] == "2003-10-21"
    # a past tense first, or a past "planned", keeps the day behind the report
    assert news("On Tuesday, the league held a rally in the capital.", DCT)["Tuesday"] == "2003-10-14"
    assert news("On Tuesday, the government planned to pay the first claims.", DCT)["Tuesday"] == "2003-10-14"


def test_quarters_a_year_back_are_one_expression():
    text = "Profit rose in the third quarter. In the year-ago third quarter, the bank lost money."
    assert news(text, DCT)["the year-ago third quarter"] == "2002-Q3"
    text = "Profit rose in the quarter ended Sept. 30. For the quarter a year ago, the bank lost money."
    assert news(text, DCT)["the quarter a year ago"] == "2002-Q3"
    text = "Sales grew 4% in the quarter. Sales for last year's quarter were flat, and the 2002 period had a charge."
    found = news(text, DCT)
    assert found["last year's quarter"] == "2002-Q3"
    assert found["the 2002 period"] == "2002-Q3"


def test_the_past_year_is_the_year_before_but_the_past_decade_is_a_span():
    found = news("Membership of such groups grew over the past year.", DCT)
    assert found["the past year"] == "2002"
    assert news("Attacks had become routine over the past decade.", DCT)["the past decade"] == "P10Y"
    assert news("Talks should resume in the coming week.", DCT)["the coming week"] == "2003-W43"


def test_future_names_a_time_only_as_a_noun_or_before_a_unit():
    assert "future" not in news("The firm is confident about future earnings.", DCT)
    assert news("The treaty decides the region's future for good.", DCT)["future"] == "FUTURE_REF"
    assert news("Costs will fall in future years.", DCT)["future"] == "FUTURE_REF"


def test_spans_written_with_a_half_a_hyphen_or_long():
    assert news("But a minute and a half later, the pilot called.", DCT)["a minute and a half"] == "PT1M30S"
    found = news("After a day-long meeting and a one-day visit, the envoy left.", DCT)
    assert found["a day-long"] == "P1D"
    assert found["one-day"] == "P1D"


def test_second_day_after_and_takes_the_month_of_the_first():
    found = news("The summit will meet on April 24 and 25 in Washington.", DCT)
    assert found["April 24"] == "2004-04-24"
    assert found["25"] == "2004-04-25"
    assert "4" not in news("Troops arrived on May 3 and 4 others died.", DCT)


def test_hours_told_with_a_part_of_the_day():
    found = news("The ferry will leave at 4 in the morning and return at 9 in the evening.", DCT)
    assert found["4 in the morning"].endswith("T04:00")
    assert found["9 in the evening"].endswith("T21:00")


def test_the_last_half_of_a_year():
    assert news("Earnings will be lower for the last half of 2003.", DCT)["the last half of 2003"] == "2003-H2"


def test_a_daily_between_names_is_a_newspaper():
    assert "daily" not in news("The Communist Party daily Granma printed the letter.", DCT)
    assert news("Protesters gather daily outside the embassy.", DCT)["daily"] == "P1D"


def test_fiscal_years_are_years_even_before_a_plural_noun():
    found = news("Sales were above fiscal 2002 sales of $155 million.", DCT)
    assert found["fiscal 2002"] == "2002"


def test_parts_of_the_day_with_later_and_mid():
    found = news("The envoy meets the minister later this afternoon.", DCT)
    assert found["later this afternoon"] == "2003-10-15TAF"
    found = news("At mid-afternoon yesterday shares were up; by mid morning they fell.", DCT)
    assert found["mid-afternoon yesterday"] == "2003-10-14TAF"
    assert found["mid morning"] == "2003-10-15TMO"


def test_a_day_something_is_put_off_to_lies_ahead():
    found = news("Officials postponed until Tuesday any action on the request.", DCT)
    assert found["Tuesday"] == "2003-10-21"
    found = news("The agency extended its deadline until 9 a.m. Friday.", DCT)
    assert found["9 a.m. Friday"] == "2003-10-17T09:00"


def test_spans_of_no_stated_length():
    assert news("They will have to manage without power for a while.", DCT)["a while"] == "PXX"
    assert news("Funds must pay investors in the weeks ahead.", DCT)["the weeks ahead"] == "PXW"
    assert news("The loan may run for an additional year.", DCT)["an additional year"] == "P1Y"
    assert news("Profit returned after several quarters of losses.", DCT)["several quarters"] == "PXQ"
    assert "three quarters" not in news("Three quarters of the grain was lost.", DCT)


def test_will_one_day_is_some_day_ahead_and_one_day_alone_is_nothing():
    assert news("The city will one day be the capital.", DCT)["one day"] == "FUTURE_REF"
    assert "One day" not in news("One day he simply left the party.", DCT)


def test_holidays_near_the_report_and_holiday_weeks():
    # Easter 2000 fell on April 23: a report of Monday April 17 speaks of that week, past tense or not
    found = news("Protesters prayed as Easter week began.", "2000-04-17")
    assert found["Easter week"] == "2000-W16"
    # a holiday some weeks ahead is the coming one; one months behind is the last one
    assert news("Shoppers crowd the stores before Christmas.", "2000-11-20")["Christmas"] == "2000-12-25"
    assert news("Sales were weak at Christmas.", "2000-03-20")["Christmas"] == "1999-12-25"


def test_a_named_fiscal_quarter_becomes_the_reported_quarter():
    text = ("The maker said it earned $5 million in the fiscal first quarter.\n\nSales for the quarter rose 39% from a year "
            "earlier. In the 2002 period, it earned $2 million.\n\nSeparately, a rival reported third-quarter profit jumped "
            "45%, from $4 million a year earlier.")
    found = [(t.text, t.value) for t in tag(text, dct=DCT, mode="news")]
    assert ("the fiscal first quarter", "2003-Q1") in found
    assert ("the quarter", "2003-Q1") in found
    assert ("the 2002 period", "2002-Q1") in found
    # the rival's calendar quarter takes over again
    assert found[-1] == ("a year earlier", "2002-Q3")


def test_a_quarter_still_running_by_the_calendar_but_reported_is_the_companys_own():
    # in mid-October the calendar's fourth quarter has barely begun: results told for it are of a fiscal quarter (a year
    # ending in September), and "a year earlier", "the latest period" count from it
    text = ("Harwell Foods reported a 12% drop in fourth-quarter profit. It earned $8 million, down from $9 million a year "
            "earlier. Sales in the latest period were $140 million.")
    found = [(t.text, t.value) for t in tag(text, dct=DCT, mode="news")]
    assert found == [("fourth-quarter", "2003-Q4"), ("a year earlier", "2002-Q4"), ("the latest period", "2003-Q4")]
    text = "Kessler Steel said net income for its fourth quarter ended Sept. 30 fell 8%. A year earlier it earned $40 million."
    assert news(text, DCT)["A year earlier"] == "2002-Q4"
    # a quarter looked forward to, or a charge still to come in it, leaves the calendar's reporting quarter alone
    text = "Harwell Foods said it expects a fourth-quarter charge. In the quarter just ended it earned $8 million."
    assert news(text, DCT)["the quarter"] == "2003-Q3"
    text = "Analysts expect fourth-quarter sales to slow. Profit in the latest quarter rose 5% from a year earlier."
    found = news(text, DCT)
    assert (found["the latest quarter"], found["a year earlier"]) == ("2003-Q3", "2002-Q3")


def test_a_hyphenated_span_before_a_noun_leaves_the_article_out():
    found = news("During the two-week visit and the two days after it, talks went on.", DCT)
    assert found["two-week"] == "P2W"
    assert found["the two days"] == "P2D"


def test_now_with_a_comma_opening_a_sentence_is_a_discourse_marker():
    assert "Now" not in news("The plan failed. Now, he says, it looks different.", DCT)
    assert news("The fund now holds more cash.", DCT)["now"] == "PRESENT_REF"
    assert news("Now officials are investigating.", DCT)["Now"] == "PRESENT_REF"


def test_year_end_is_the_end_of_the_year():
    [found] = [t for t in tag("They expect to close the deal by year-end.", dct=DCT, mode="news") if t.layer == "timex"]
    assert (found.value, found.mod, found.until) == ("2003", "END", "2003-12-31")


def test_spans_counted_in_quarters_keep_the_quarter_as_their_unit():
    assert news("The unit lost money in the past two quarters.", DCT)["the past two quarters"] == "P2Q"
    found = {t.text: (t.type, t.value) for t in tag("Interest is paid every quarter.", dct=DCT, mode="news")}
    assert found["every quarter"] == ("SET", "P1Q")


def test_weekdays_in_the_plural_recur_and_share_their_plural_across_and():
    found = {t.text: (t.type, t.value) for t in tag("The ferry sails on Fridays, and the late bus runs on Monday and Thursday nights.", dct=DCT, mode="news")}
    assert found["Fridays"] == ("SET", "XXXX-WXX-5")
    assert found["Thursday nights"] == ("SET", "XXXX-WXX-4TNI")
    assert found["Monday"] == ("SET", "XXXX-WXX-1TNI")
    # one day named alone, or a possessive, is still that day
    found = {t.text: (t.type, t.value) for t in tag("Monday's vote was close, and the count ended Tuesday.", dct=DCT, mode="news")}
    assert found["Monday"] == ("DATE", "2003-10-13")
    assert found["Tuesday"] == ("DATE", "2003-10-14")


def test_coming_units_are_some_time_ahead_and_recent_alone_dates_nothing():
    assert news("Analysts expect the economy to slow in coming months.", DCT)["coming months"] == "FUTURE_REF"
    found = news("Police blamed the recent bomb attacks on a splinter group.", DCT)
    assert "recent" not in found
    assert news("Prices have fallen in recent years.", DCT)["recent years"] == "PXY"


def test_a_term_extended_through_a_month_runs_ahead_of_the_report():
    found = news("In recent weeks the lenders extended $90 million in loans through January.", DCT)
    assert found["January"] == "2004-01"
    found = news("The lenders cut the company off in January.", DCT)
    assert found["January"] == "2003-01"


def test_early_late_earlier_and_later_mark_the_start_or_end_of_a_day_or_unit():
    found = {t.text: t for t in tag("Early Tuesday the storm hit, and late yesterday the talks ended. Late last week prices fell; "
                                    "earlier this year they had risen, and early next year they may rise again.", dct=DCT, mode="news")}
    assert (found["Early Tuesday"].value, found["Early Tuesday"].mod) == ("2003-10-14", "START")
    assert (found["late yesterday"].value, found["late yesterday"].mod) == ("2003-10-14", "END")
    assert (found["Late last week"].value, found["Late last week"].mod) == ("2003-W41", "END")
    earlier = found["earlier this year"]
    # the part of the year before the report, not its first months
    assert (earlier.value, earlier.mod, earlier.begin, earlier.until) == ("2003", "START", "2003-01-01", "2003-10-15")
    early = found["early next year"]
    assert (early.value, early.mod, early.until) == ("2004", "START", "2004-04-30")
    # a part of the day keeps its own reading
    assert "Monday night" in {t.text for t in tag("Later Monday night it rained.", dct=DCT, mode="news")}


def test_open_ended_years_and_approximate_counts():
    found = {t.text: t for t in tag("The plant may open in 1996 or later; the old one dates from 1950 or earlier. "
                                    "A week or so ago the board met, and prices may stay flat for a couple of years.", dct=DCT, mode="news")}
    assert (found["1996 or later"].value, found["1996 or later"].mod) == ("1996", "ON_OR_AFTER")
    assert (found["1950 or earlier"].value, found["1950 or earlier"].mod) == ("1950", "ON_OR_BEFORE")
    assert (found["A week or so ago"].value, found["A week or so ago"].mod) == ("2003-W41", "APPROX")
    assert (found["a couple of years"].value, found["a couple of years"].mod) == ("P2Y", "APPROX")
    # "or" before another phrase is no open end
    assert "1990" in {t.text for t in tag("Sales fell in 1990 or after the merger.", dct=DCT, mode="news")}


def test_a_weekday_with_a_part_of_the_day_is_a_date_valued_with_that_part():
    # the grammar's own reading; in news the learned conventions may then keep the day alone (test_time_conventions)
    found = {t.text: t for t in grammar_tag("The message was read Wednesday night at a rally.", dct=DCT, mode="news", learned=False)}
    night = found["Wednesday night"]
    assert (night.type, night.value, night.begin, night.until) == ("DATE", "2003-10-15TNI", "2003-10-15", "2003-10-15")
    found = {t.text: t for t in tag("The message was read Wednesday night at a rally.", dct=DCT, mode="news")}
    assert found["Wednesday night"].value in ("2003-10-15TNI", "2003-10-15") and found["Wednesday night"].begin == "2003-10-15"


def test_a_date_that_opens_its_sentence_anchors_the_weekdays_of_that_sentence():
    found = [(t.text, t.value) for t in tag("On March 3, 2001, the jury retired and on Thursday it reached a verdict. On Thursday the judge will rule.", dct=DCT, mode="news") if t.layer == "timex"]
    # March 3, 2001 was a Saturday: the Thursday after it; the next sentence's Thursday is the report's
    assert found == [("March 3, 2001", "2001-03-03"), ("Thursday", "2001-03-08"), ("Thursday", "2003-10-16")]
    # a date told inside the clause is no scene: the weekday still counts from the report's day
    found = news("Police said the suspect, arrested on Aug. 2, 2001, confessed Monday.", DCT)
    assert found["Monday"] == "2003-10-13"


def test_the_next_weekday_counts_from_the_day_told_before():
    found = news("The accord was signed on June 4, 2002, and the next Friday the troops withdrew.", DCT)
    assert found["the next Friday"] == "2002-06-07"
    assert news("The council meets next Friday.", DCT)["next Friday"] == "2003-10-17"


def test_a_year_after_of_the_names_a_thing_but_before_a_plural_it_counts():
    assert news("Sydney hopes to finish the stadium before the opening of the 2004 Olympics.", DCT)["2004"] == "2004"
    assert news("Critics of the 1998 budget walked out.", DCT)["1998"] == "1998"
    assert "1500" not in news("Most of the 1500 delegates left early.", DCT)
    assert "1200" not in news("Half of the 1200 men were wounded.", DCT)


def test_a_bare_unit_before_of_and_a_date_is_a_part_of_that_date_not_a_span():
    found = news("Police arrested him in the early hours of Thursday morning.", DCT)
    assert "hours" not in found and found["Thursday morning"].startswith("2003-10-09")  # TMO, or the day alone by the learned conventions
    assert news("He spent months of talks in Geneva.", DCT)["months"] == "PXM"


def test_two_quarters_of_a_year_are_its_half_and_a_compared_span_is_one_duration():
    found = news("Weak demand should last through the first two quarters of 2004, the company said.", DCT)
    assert found["first two quarters of 2004"] == "2004-H1"
    found = news("Net for the year-earlier nine months included a gain of $9 million.", DCT)
    assert found == {"the year-earlier nine months": "P9M"}


def test_the_quarter_ended_a_day_is_the_calendar_quarter_of_its_middle_month():
    found = [t for t in tag("In the quarter ended July 31, the retailer lost money.", dct=DCT, mode="news") if t.layer == "timex"]
    quarter = next(t for t in found if t.text == "the quarter")
    assert (quarter.value, quarter.begin, quarter.until) == ("2003-Q2", "2003-05-01", "2003-07-31")
    assert news("For the quarter ended Sept. 30, the airline posted a profit.", DCT)["the quarter"] == "2003-Q3"


def test_then_current_is_a_past_reference():
    found = news("Holders may buy shares at half the then current market price or at the then-current value.", DCT)
    assert found == {"then current": "PAST_REF", "then-current": "PAST_REF"}
    assert news("He called current market conditions harsh.", DCT)["current"] == "PRESENT_REF"


def test_a_timetable_verb_in_the_present_puts_the_weekday_ahead():
    assert news("The two leaders meet separately Monday with the envoy.", DCT)["Monday"] == "2003-10-20"
    assert news("The exchange opens Thursday after the holiday.", DCT)["Thursday"] == "2003-10-16"
    # an infinitive, a pluperfect or a noun before the verb is no timetable
    assert news("The offer had been due to expire Friday, but it was extended.", DCT)["Friday"] == "2003-10-10"
    assert news("The minister said he visited Paris Monday.", DCT)["Monday"] == "2003-10-13"


def test_a_deadline_for_what_an_infinitive_plans_lies_ahead():
    assert news("The sale is part of the group's plan to repay its bridge loan by February.", DCT)["February"] == "2004-02"
    assert news("The group repaid its bridge loan by February.", DCT)["February"] == "2003-02"


def test_a_plan_named_by_a_participle_is_past_when_its_clause_is():
    assert news("A rally planned for Saturday was canceled after threats.", DCT)["Saturday"] == "2003-10-11"
    assert news("A rally is planned for Saturday in the capital.", DCT)["Saturday"] == "2003-10-18"


def test_a_half_of_the_year_is_h1_or_h2_of_the_year_the_words_count_to():
    found = news("Sales rose in the first half of the year, and the second half of last year was weak.", DCT)
    assert found == {"the first half of the year": "2003-H1", "the second half of last year": "2002-H2"}
    [half] = [t for t in tag("The front held in 1941; in the second half of the year it broke.") if t.layer == "timex" and "half" in t.text]
    assert (half.value, half.begin, half.until) == ("1941-H2", "1941-07-01", "1941-12-31")


def test_the_year_before_a_year_number_is_one_expression():
    assert news("The year 1997 was a bad one for the fund.", DCT) == {"The year 1997": "1997"}
    assert news("By the year 2000 troops had left.", DCT) == {"the year 2000": "2000"}


def test_the_future_of_a_thing_is_its_prospects_not_a_time():
    assert news("Trade is very important to the future of our peoples.", DCT) == {}
    assert news("The quarter was terrible, and the future looks bleak.", DCT) == {"The quarter": "2003-Q3"}
    assert news("Firms will sell abroad more often in the future.", DCT) == {"the future": "FUTURE_REF"}
    assert news("Strikes may continue well into the future.", DCT) == {"the future": "FUTURE_REF"}


def test_a_later_date_and_right_now_are_vague_references():
    assert news("The plant will be financed at a later date.", DCT) == {"a later date": "FUTURE_REF"}
    assert news("Right now the market is calm.", DCT) == {"Right now": "PRESENT_REF"}


def test_trading_and_business_days_are_days_and_a_quoted_title_is_no_span():
    found = news("Eight trading days after the crash, the index fell; the deal closes within 10 business days.", DCT)
    assert found == {"Eight trading days": "P8D", "10 business days": "P10D"}
    assert news("Gonzalez said on CBS's ''60 Minutes.'' that he would stay.", DCT) == {}


def test_a_previous_week_after_a_year_counts_from_the_report_not_from_nothing():
    found = news("Over the past year, prices rose. The previous week they fell.", DCT)
    assert found == {"the past year": "2002", "The previous week": "2003-W41"}


def test_this_past_weekend_and_the_day_before_yesterday():
    found = news("This past weekend rallies were held; the day before yesterday the leader left.", DCT)
    assert found == {"This past weekend": "2003-W41-WE", "the day before yesterday": "2003-10-13"}
    assert news("He returns the day after tomorrow.", DCT) == {"the day after tomorrow": "2003-10-17"}


def test_a_range_of_lengths_is_one_duration_of_unknown_count():
    found = news("The repairs should take four to six weeks; over the coming 9 to 12 months rates may fall.", DCT)
    assert found == {"four to six weeks": "PXW", "the coming 9 to 12 months": "PXM"}
    assert news("The talks ran one or two hours each night.", DCT)["one or two hours"] == "PTXH"
    # a number before "to" that is no lower end leaves the length alone: a rise to a length, a larger first number
    assert news("Terms rose to 30 years.", DCT) == {"30 years": "P30Y"}
    assert news("He served 10 to 8 years ago.", DCT) == {"8 years ago": "1995"}

def test_last_with_the_name_of_the_month_just_ended_reaches_a_year_back():
    # a report of 15 October: "last September" is not the month just ended (that is "last month") but the one before
    assert news("Sales fell last September and rose last June.", DCT) == {"last September": "2002-09", "last June": "2003-06"}
    assert news("He was elected last November.", DCT)["last November"] == "2002-11"


def test_a_quarter_century_is_no_reporting_quarter_for_a_year_earlier():
    text = "Unemployment stayed near its quarter-century low last month, and wages were 3.8 percent higher than a year earlier."
    found = {t.text: t.value for t in tag(text, dct="2004-02-06", mode="news") if t.layer == "timex"}
    assert found["a year earlier"] == "2003"


def test_that_day_with_no_day_told_is_no_month():
    text = "Funds lost money in September. When bad news hits, investors pull out that day and for two days after."
    found = {t.text: t.value for t in tag(text, dct="2004-10-27", mode="news") if t.layer == "timex"}
    assert "that day" not in found


def test_a_deadline_given_for_something_still_to_do_lies_ahead_even_after_a_past_verb():
    text = "The court gave the ministry until Friday to answer the complaint."
    found = {t.text: t.value for t in tag(text, dct="2005-03-09", mode="news") if t.layer == "timex"}
    assert found["Friday"] == "2005-03-11"
    found = {t.text: t.value for t in tag("The court met on Friday.", dct="2005-03-09", mode="news") if t.layer == "timex"}
    assert found["Friday"] == "2005-03-04"


def test_an_irregular_participle_after_will_be_is_no_past_tense():
    found = {t.text: t.value for t in tag("The funeral will be held on Sunday.", dct="2019-11-08", mode="news") if t.layer == "timex"}
    assert found["Sunday"] == "2019-11-10"
    found = {t.text: t.value for t in tag("The talks were held on Sunday.", dct="2019-11-08", mode="news") if t.layer == "timex"}
    assert found["Sunday"] == "2019-11-03"


def test_a_timetable_verb_after_a_and_a_noun_is_a_noun():
    # "a confidence vote on Monday" names the vote, held in the past; "the committee meets Monday" is a timetable
    found = {t.text: t.value for t in tag("The prime minister survived a confidence vote on Monday.", dct="2022-06-09", mode="news")}
    assert found == {"Monday": "2022-06-06"}
    found = {t.text: t.value for t in tag("The committee meets Monday.", dct="2022-06-09", mode="news")}
    assert found == {"Monday": "2022-06-13"}


def test_expecting_something_to_happen_and_what_could_last_until_look_ahead():
    found = {t.text: t.value for t in tag("Senators expect hearings to begin in late July or early September.", dct="2005-06-30", mode="news")}
    assert found == {"late July": "2005-07", "early September": "2005-09"}
    found = {t.text: t.value for t in tag("Coalition talks could last until Christmas.", dct="2021-09-27", mode="news")}
    assert found == {"Christmas": "2021-12-25"}
    # a past expectation of what had already happened stays in the past
    found = {t.text: t.value for t in tag("Analysts had expected the bank to be sold in March.", dct="2005-06-30", mode="news")}
    assert found == {"March": "2005-03"}


def test_a_quarter_ahead_in_a_clause_that_looks_ahead_is_this_years():
    found = {t.text: t.value for t in tag("She said she expected a return to profit in the fourth quarter.", dct="1999-07-21", mode="news")}
    assert found == {"the fourth quarter": "1999-Q4"}
    found = {t.text: t.value for t in tag("Profit fell in the fourth quarter.", dct="1999-07-21", mode="news")}
    assert found == {"the fourth quarter": "1998-Q4"}


def test_the_nth_weekday_of_a_month():
    found = {t.text: t.value for t in tag("The court will return on the first Monday in October.", dct="2005-06-30", mode="news")}
    assert found == {"the first Monday in October": "2005-10-03"}
    found = {t.text: t.value for t in tag("They met on the last Thursday of November 1942.", mode="narrative") if t.layer == "timex"}
    assert found == {"the last Thursday of November 1942": "1942-11-26"}


def test_the_full_year_in_a_report_on_last_years_fourth_quarter_is_last_year():
    found = {t.text: t.value for t in tag("Fourth-quarter revenue rose 6 percent. For the full year, revenue grew 5 percent.", dct="2013-02-06", mode="news")}
    assert found["the full year"] == "2012"
    found = {t.text: t.value for t in tag("Third-quarter revenue rose. For the full year, the company expects growth.", dct="2013-10-06", mode="news")}
    assert found["the full year"] == "2013"


def test_since_a_month_points_back_even_when_it_is_two_months_ahead():
    found = {t.text: t.value for t in tag("The retailer, which has closed 60 stores since January, cut its forecast.", dct="2010-11-18", mode="news")}
    assert found == {"January": "2010-01"}
    # with no tense to go by a month two ahead is still to come, as before
    found = {t.text: t.value for t in tag("The plant opens in January.", dct="2010-11-18", mode="news")}
    assert found == {"January": "2011-01"}


def test_a_year_in_a_relative_clause_gives_no_year_to_the_sentences_bare_month():
    text = "Taylor, who took power in 1997 elections, faces an indictment issued in June."
    found = {t.text: t.value for t in tag(text, dct="2003-08-12", mode="news")}
    assert found == {"1997": "1997", "June": "2003-06"}


def test_what_takes_effect_at_a_time_on_a_weekday_lies_ahead():
    found = {t.text: t.value for t in tag("The ruling takes effect at 12:01 a.m. Friday.", dct="2020-06-03", mode="news")}
    assert found == {"12:01 a.m. Friday": "2020-06-05T00:01"}


def test_the_week_of_a_market_report_is_an_unknown_week_of_its_year():
    found = news("The index fell 2% on Friday. For the week, it lost 4%, and the week's busiest session was Tuesday.", DCT)
    assert found["the week"] == "2003-WXX"
    assert "the week" not in news("A hearing is set for the week of Nov. 3, the clerk said.", DCT)
    # a history has no report's week to count from
    assert "the week" not in {t.text for t in tag("For the week, the army rested.", mode="narrative")}


def test_a_span_earlier_or_later_than_planned_is_a_duration():
    found = news("The plant will close in 2028, two years earlier than planned.", DCT)
    assert found["two years"] == "P2Y"
    assert news("The vote came six months later than required.", DCT)["six months"] == "P6M"


def test_a_forecast_and_what_would_last_lie_ahead():
    assert news("More storms are forecast for Friday evening.", DCT)["Friday evening"] == "2003-10-17TEV"
    assert news("Forecasters said the heat would last through Sunday.", DCT)["Sunday"] == "2003-10-19"


def test_tonight_is_the_night_of_the_report():
    found = {t.text: (t.type, t.value, t.begin) for t in tag("Snow will fall tonight.", dct=DCT, mode="news")}
    assert found["tonight"] == ("TIME", "2003-10-15TNI", "2003-10-15")


def test_the_halves_of_a_business_year():
    assert news("Pretax profit for the first half rose 8 percent.", DCT)["the first half"] == "2003-H1"
    assert news("Demand should recover in the second half, the company said.", DCT)["the second half"] == "2003-H2"
    assert news("He scored twice in the second half.", DCT) == {}  # a match's half


def test_the_current_quarter_is_the_quarter_in_progress_not_the_one_reported():
    text = "Third-quarter profit rose 6%. The chief said the current quarter had started slowly."
    found = news(text, DCT)
    assert found["Third-quarter"] == "2003-Q3"
    assert found["the current quarter"] == "2003-Q4"
    assert news("Fuel costs will weigh on results in the current quarter.", "2011-07-20")["the current quarter"] == "2011-Q3"
    # the latest quarter is still the one the report looks back on
    assert news("Sales fell in the latest quarter.", "1997-02-03")["the latest quarter"] == "1996-Q4"


def test_a_weekday_after_this_coming_and_a_day_of_the_month_in_words():
    assert news("The summit opens this coming Thursday.", "2004-06-08")["this coming Thursday"] == "2004-06-10"
    found = news("Mother's Day falls this coming Sunday, May ninth, the organisers said.", "1993-05-05")
    assert found == {"this coming Sunday, May ninth": "1993-05-09"}
    assert news("The treaty was signed on October twenty-first.", "1991-11-02")["October twenty-first"] == "1991-10-21"
    # an ordinal joined to the next word is no day
    assert news("In March first-time buyers were scarce.", DCT) == {"March": "2003-03"}


def test_a_reporting_period_followed_by_last_year_is_one_expression():
    found = news("Net was $4 million, against $3 million for the corresponding period last year.", DCT)
    assert found == {"the corresponding period last year": "2002-Q3"}
    assert news("Sales were up from the second quarter last year.", "2011-08-02")["the second quarter last year"] == "2010-Q2"
    assert news("Margins were thinner than in the same period of last year.", "1996-04-20")["the same period of last year"] == "1995-Q1"


def test_todays_papers_and_sittings_are_the_day_but_todays_world_is_no_day():
    assert news("The notice, printed in today's editions of the Gazette, names the buyer.", DCT)["today"] == "2003-10-15"
    assert news("Senators met on the eve of tomorrow's vote.", "1995-03-01")["tomorrow"] == "1995-03-02"
    assert news("The reform matters for today's youth.", DCT) == {}
    assert news("Chips like these sit in many of today's laptops.", DCT) == {}


def test_now_for_and_now_to_open_a_new_item_in_a_broadcast():
    assert news("Now for the weather. Rain is due.", DCT) == {}
    assert news("Now to the markets, where shares fell.", DCT) == {}
    assert news("Now the court must decide.", DCT)["Now"] == "PRESENT_REF"


def test_a_year_after_pre_or_post_is_that_year_with_a_before_or_after_mod():
    text = "The post-1989 governments of Poland kept the borders drawn in 1945, not the pre-1939 ones."
    found = {t.text: (t.value, t.mod) for t in tag(text, mode="narrative")}
    assert found == {"post-1989": ("1989", "AFTER"), "1945": ("1945", None), "pre-1939": ("1939", "BEFORE")}
    assert news("The post-1959 quarrels split many families.", DCT)["post-1959"] == "1959"


def test_a_year_earlier_beside_nine_months_is_the_year_before_not_its_quarter():
    text = ("Third-quarter profit rose to $8 million from $6 million a year earlier. For the nine months, the bank "
            "earned $20 million, or $1.10 a share, against $15 million, or 81 cents a share, a year earlier.")
    found = [(t.text, t.value) for t in tag(text, dct="1997-10-22", mode="news") if t.layer == "timex"]
    assert found == [("Third-quarter", "1997-Q3"), ("a year earlier", "1996-Q3"), ("the nine months", "P9M"), ("a year earlier", "1996")]
    text = "Quarterly sales fell. In the first nine months, net was $30 million, against a loss in the 2004 period."
    assert news(text, "2005-11-02")["the 2004 period"] == "2004"
    text = "Sales rose in the third quarter. Year-to-date revenue was $1.2 billion, up from year-earlier revenue of $1 billion."
    assert news(text, "2005-11-02")["year-earlier"] == "2004"


def test_what_a_bet_a_hope_or_a_plan_is_on_lies_ahead_even_in_a_past_clause():
    assert news("Investors added to bets on a rate cut in September.", "2019-06-14")["September"] == "2019-09"
    assert news("The envoy announced plans for a summit in March.", "2004-10-20")["March"] == "2005-03"
    assert news("Hopes of a truce by Friday rose.", "2012-11-19")["Friday"] == "2012-11-23"
    # with no such noun the past clause keeps the month behind
    assert news("Exports fell in March.", "2004-10-20")["March"] == "2004-03"


def test_what_would_not_happen_until_a_day_lies_ahead_of_the_report():
    assert news("Forecasters said the frost would not ease until the weekend.", "2010-12-14")["the weekend"] == "2010-W50-WE"
    assert news("Police said the bridge would stay closed until Thursday.", "2007-03-05")["Thursday"] == "2007-03-08"
    assert news("The blockade lasted until Thursday.", "2007-03-05")["Thursday"] == "2007-03-01"


def test_a_year_earlier_after_the_month_a_figure_is_of_is_that_month_a_year_back():
    assert news("Car sales fell 3 percent in November from a year earlier.", "2020-01-15")["a year earlier"] == "2018-11"
    assert news("Hotel bookings rose 9 percent this month from a year ago.", "2017-10-12")["a year ago"] == "2016-10"
    # in a quarterly report, a month named in the clause still wins over the quarter
    found = news("Third-quarter profit rose. Sales in September rose 5% from a year earlier.", "1989-10-20")
    assert found["a year earlier"] == "1988-09"
    # a month in another clause says nothing of the figure
    assert news("In March the firm hired 50 people; profit rose from a year earlier.", "1989-10-20")["a year earlier"] == "1988"


def test_a_bare_season_in_a_report_goes_by_the_tense_of_its_clause():
    assert news("The party lost two by-elections in the autumn.", "2014-01-22")["the autumn"] == "2013-FA"
    assert news("The new terminal will open in the spring.", "2013-10-03")["the spring"] == "2014-SP"
    # a season already under way or just past, and a clause that gives no tense, stay in the report's year
    assert news("Sales were strong in the summer.", "2013-10-03")["the summer"] == "2013-SU"
    assert news("Prices should ease by the summer.", "2013-02-03")["the summer"] == "2013-SU"


def test_a_span_told_in_two_units_without_and_is_one_duration():
    assert news("She won in 2 hours 11 minutes, a course record.", DCT) == {"2 hours 11 minutes": "PT2H11M"}
    assert news("The flight took 16 hours 40 minutes.", DCT) == {"16 hours 40 minutes": "PT16H40M"}
    # a span and a date that follows it stay two expressions
    found = news("The strike lasted 10 days three weeks ago.", DCT)
    assert found["10 days"] == "P10D" and "three weeks ago" in found


def test_the_nth_day_of_something_the_sentence_says_it_is_is_that_day():
    assert news("Today is the ninth day of the dockers' strike.", DCT)["the ninth day"] == "2003-10-15"
    assert news("It's the third day of a curfew in the capital.", DCT)["the third day"] == "2003-10-15"
    # how long, or an nth day the sentence does not place, is no date
    assert news("Shares rose for a third straight day.", DCT) == {}
    assert news("The second day of talks ended without a deal.", DCT) == {}
    text = "On 10 September 1939 the Polish army was fighting on the Bzura. It was the tenth day of the war."
    assert {t.text: t.value for t in tag(text, mode="narrative")}["the tenth day"] == "1939-09-10"


def test_the_latest_fiscal_year_is_the_last_one_closed():
    assert news("The grocer had sales of $7 billion in the latest fiscal year.", "1995-10-26")["the latest fiscal year"] == "1994"
    assert news("The latest results include a one-time gain.", DCT) == {}


def test_that_before_a_second_or_a_week_is_the_conjunction():
    assert news("Forecasters warned on Monday that a second storm would follow.", DCT) == {"Monday": "2003-10-13"}
    assert news("Officials said that a week of talks had ended.", DCT) == {"a week": "P1W"}


def test_units_joined_by_or_are_one_span_told_by_the_first():
    assert news("The envoy said the talks could last weeks or months.", DCT) == {"weeks or months": "PXW"}
    assert news("Repairs will take days or even weeks.", DCT) == {"days or even weeks": "PXD"}


def test_an_amount_per_period_is_a_rate_but_a_recurring_act_is_a_set():
    # "annually" after an amount says how much per year, as "$40 million a year" does: no timex
    assert "annually" not in news("Exports of Chilean copper were forecast to grow 6% annually over the decade.", DCT)
    assert "annually" not in news("The new plant in Gdansk would assemble about 12,000 buses annually.", DCT)
    assert "yearly" not in news("Under the 1994 deal Jordan receives 50 million cubic meters of water yearly.", DCT)
    assert "monthly" not in news("The ministry pays the refugees 300 dinars monthly, officials said.", DCT)
    assert "quarterly" not in news("Norway's fund set aside 2.5 billion kroner quarterly for the reserve.", DCT)
    # what recurs stays a set, and so does a count of times
    assert news("The two foreign ministers have met annually since 1996.", DCT)["annually"] == "P1Y"
    assert news("The joint commission on the border meets monthly in Vienna.", DCT)["monthly"] == "P1M"
    assert news("Inspectors visited the site three times annually.", DCT)["annually"] == "P1Y"
    assert news("Since 1996 the two navies have exercised annually in the Aegean.", DCT)["annually"] == "P1Y"


def test_a_plan_with_its_object_lies_ahead_whatever_a_later_clause_tells():
    # 2000-01-07 is a Friday: with an object, "planned"/"scheduled" is the clause's verb and its day is ahead
    found = news("Students planned a sit-in outside the ministry in Seoul on Saturday and were collecting signatures.", "2000-01-07")
    assert found["Saturday"] == "2000-01-08"
    found = news("The dockers scheduled another walkout for Thursday after the talks had broken down.", "2000-01-07")
    assert found["Thursday"] == "2000-01-13"
    # without one it names the thing planned, and the clause's own verb decides
    assert news("A service planned for Saturday was canceled.", "2000-01-07")["Saturday"] == "2000-01-01"


def test_per_unit_after_an_amount_is_a_measure_but_a_recurrence_stays_a_set():
    assert "per second" not in news("The new Hitachi chip handles 40 million instructions per second.", DCT)
    assert "per night" not in news("Hotels in Sarajevo charged $120 per night during the conference.", DCT)
    assert "per hour" not in news("The convoy crossed Anatolia at 60 kilometers per hour.", DCT)
    assert news("Patrols along the Golan line now run twice per day.", DCT)["twice per day"] == "P1D"
    assert news("The Security Council renews the mandate every year.", DCT)["every year"] == "P1Y"


def test_the_same_day_of_a_month_told_without_its_day():
    # the story's last date is a month: "that same day" is a day of it the text does not tell, not the report's day
    found = news("The minister resigned last June. His deputy was dismissed that same day.", DCT)
    assert found == {"last June": "2003-06", "that same day": "2003-06-XX"}
    found = news("Iraq invaded Kuwait in August 1990, and the Security Council met the same day.", DCT)
    assert found == {"August 1990": "1990-08", "the same day": "1990-08-XX"}
    # a day told: that day; only a year told: no day at all (and not the DCT's day from "same day" alone)
    assert news("The talks opened on Sept. 8. The rebels shelled the city that same day.", DCT)["that same day"] == "2003-09-08"
    assert news("The treaty was signed in 1987, and the senate voted that same day.", DCT) == {"1987": "1987"}


def test_the_past_few_seasons_are_that_season_year_after_year():
    # "the past three summers" is each of those summers (a SET, as "every summer"), not "the past" and a count
    assert news("Farmers in the south have lost crops to drought for the past three summers.", DCT) == {"the past three summers": "XXXX-SU"}
    assert news("The city ran short of gas in each of the last two winters.", DCT) == {"the last two winters": "XXXX-WI"}
    found = {t.text: (t.type, t.value) for t in tag("The lake froze over during the previous four winters.", dct=DCT, mode="news")}
    assert found == {"the previous four winters": ("SET", "XXXX-WI")}
    # one season is still a date; a count of seasons before "ago" still counts back
    assert news("The floods came in the spring of 1997.", DCT) == {"the spring of 1997": "1997-SP"}
    assert news("Two summers ago the dam broke.", DCT) == {"Two summers ago": "2001-SU"}


def test_the_day_before_or_after_a_day_is_its_neighbour():
    # "the day before" / "the day after" right before a day (or before "the" and a day): one day off it, one expression
    found = news("The day before last Tuesday's vote, the premier met the unions.", DCT)
    assert found == {"The day before last Tuesday": "2003-10-13"}
    assert news("Shops in Tallinn reopened the day after Christmas.", DCT) == {"the day after Christmas": "2002-12-26"}
    found = news("The curfew began the day after the Sept. 3 riots.", DCT)
    assert found == {"the day after the Sept. 3": "2003-09-04"}
    # a year is no day to step from; "the day before" alone still counts from the story's last day
    assert news("He resigned the day before the 1999 election.", DCT) == {"1999": "1999"}
    found = news("The envoys met on Oct. 2. The day before, the talks had broken down.", DCT)
    assert found == {"Oct. 2": "2003-10-02", "The day before": "2003-10-01"}
