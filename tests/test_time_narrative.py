"""The time tagger on histories: the story's time and the numbers that only look like years.
Every text here is written for the test."""

from __future__ import annotations

from detente.time import tag


def story(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, mode="narrative") if t.layer == "timex"}


def test_a_year_with_early_mid_or_late_is_a_year_even_before_a_plural_noun():
    found = story("Relations cooled in the late 1930s. By mid-1939 talks had stalled, and on August 23 the pact was signed.")
    assert found["mid-1939"] == "1939"
    assert found["August 23"] == "1939-08-23"


def test_a_sentence_opening_with_by_and_a_date_moves_the_story():
    found = story("Germany attacked in June 1941. By 1943 the tide had turned; in July the Allies landed in Sicily.")
    assert found["July"] == "1943-07"
    # "by" inside a clause still looks ahead without moving the story
    found = story("Work began in 1941 and the plant was finished by 1944; in July the first tanks left it.")
    assert found["July"] == "1941-07"


def test_and_before_a_count_makes_no_year_unless_a_year_came_first():
    found = story("In 1944, 1,500 sailors and 1945 soldiers died that spring.")
    assert "1945" not in found
    assert found["that spring"] == "1944-SP"
    found = story("Between 1939 and 1945 elections were suspended.")
    assert found["1945"] == "1945"


def test_early_and_earlier_open_the_expression():
    found = {t.text: t for t in tag("Kennedy took office in 1961. Early the next year he spoke.", mode="narrative") if t.layer == "timex"}
    assert (found["Early the next year"].value, found["Early the next year"].mod) == ("1962", "START")
    found = {t.text: t.value for t in tag("The firm earlier this month sold its stake.", dct="2003-10-15", mode="news")}
    assert found["earlier this month"] == "2003-10"


def test_decades_in_words_with_early_mid_or_late():
    found = {t.text: t for t in tag("During the mid-seventies detente faltered; in the late sixties it had begun.") if t.layer == "timex"}
    assert (found["the mid-seventies"].value, found["the mid-seventies"].mod) == ("197", "MID")
    assert (found["the late sixties"].value, found["the late sixties"].mod) == ("196", "END")


def test_on_the_ordinal_day_is_that_day_of_the_story_month():
    found = story("The crisis peaked in October 1962. On the 28th, Khrushchev agreed to withdraw the missiles.")
    assert found["the 28th"] == "1962-10-28"
    # not a day: centuries, anniversaries, parts of a sequence
    found = story("In October 1962, on the 20th century's darkest day, and on the 3rd day of talks, nothing moved.")
    assert not any(key.startswith("the 3rd") for key in found)


def test_throughout_the_decade_and_the_day_after():
    found = story("In March 1948 the coup shocked the West. Throughout the decade tensions rose.")
    assert found["the decade"] == "194"
    found = story("The blockade ended on 12 May 1949. The day after, traffic resumed on the autobahn.")
    assert found["The day after"] == "1949-05-13"
    # with an event named after it, the day is that event's, which the tagger does not know
    assert "The day after" not in story("The blockade ended on 12 May 1949. The day after the vote he resigned.")


def test_two_digit_end_of_a_year_range_after_a_dash():
    found = {t.text: t for t in tag("The famine of 1921-22 killed millions.") if t.layer == "timex"}
    assert found["22"].value == "1922"
    assert found["22"].range == found["1921"].range


def test_years_on_is_years_later():
    found = story("The serfs were freed on 3 March 1861. Twenty years on, the tsar was killed.")
    assert found["Twenty years on"] == "1881"
    assert story("He spent two years on the job.")["two years"] == "P2Y"


def test_a_bare_day_in_parentheses_is_near_the_date_it_glosses():
    found = story("The serfs were freed on 3 March 1861 (19 February). In March 1881 the tsar was killed.")
    assert found["19 February"] == "1861-02-19"
    # marked as the Julian (Old Style) day, it is the same moment in another calendar: no time of the story at all
    found = story("The serfs were freed on 3 March 1861 (19 February, Old Style). In March 1881 the tsar was killed.")
    assert "19 February" not in found and found["March 1881"] == "1881-03"
    # outside parentheses a story still moves forward
    assert story("The treaty was signed on 3 March 1918. On 19 February the talks resumed.")["19 February"] == "1919-02-19"


def test_about_or_around_an_era_year_is_approximate():
    found = {t.text: t for t in tag("Around 500 BC Athens rose; writing appeared c. 3000 BC.") if t.layer == "timex"}
    assert (found["Around 500 BC"].value, found["Around 500 BC"].mod) == ("BC0500", "APPROX")
    assert (found["c. 3000 BC"].value, found["c. 3000 BC"].mod) == ("BC3000", "APPROX")


def test_a_number_before_of_and_a_group_counts_things():
    found = story("He raised an army in 1917 and lost 1918 of his horses by 1919; 1200 of them died in 1944.")
    assert "1918" not in found and "1200" not in found
    assert found["1919"] == "1919" and found["1944"] == "1944"
    assert story("In the spring of 1918 of the old calendar, peace came.")["the spring of 1918"] == "1918-SP"


def test_later_in_the_day_and_month_keep_the_story_unit():
    found = story("On 12 May 1949 the blockade ended. Later in the day trucks rolled; later in the month trains ran.")
    assert found["Later in the day"] == "1949-05-12"
    assert found["later in the month"] == "1949-05"


def test_two_centuries_joined_by_and_give_one_expression_each():
    found = {t.text: t.value for t in tag("In the 5th and 4th centuries BC Greek cities fought.") if t.layer == "timex"}
    assert found == {"the 5th": "BC04", "4th centuries BC": "BC03"}
    found = {t.text: t.value for t in tag("The 19th and 20th centuries saw wars; the second and third attempts failed.") if t.layer == "timex"}
    assert found == {"The 19th": "18", "20th centuries": "19"}


def test_the_year_before_or_after_standing_alone_is_a_year_from_the_story():
    found = story("The airlift began in 1948. The year before, the Marshall Plan had been announced.")
    assert found["The year before"] == "1947"
    found = story("The wall went up in 1961. The year after, missiles reached Cuba.")
    assert found["The year after"] == "1962"


def test_the_turn_of_a_century_is_the_years_around_its_first_year():
    found = {t.text: t for t in tag("The mill opened in 1896. By the turn of the century it employed a thousand hands.", mode="narrative") if t.layer == "timex"}
    turn = found["the turn of the century"]
    assert (turn.value, turn.mod, turn.begin[:4], turn.until[:4]) == ("1900", "APPROX", "1897", "1903")
    # an ordinal names the century whose first years are meant; no story time leaves the year unknown
    found = story("At the turn of the twentieth century the canal was widened, and at the turn of the 17th century the port silted.")
    assert found["the turn of the twentieth century"] == "1900"
    assert found["the turn of the 17th century"] == "1600"
    assert story("Nobody knows what the turn of the century brought the valley.")["the turn of the century"] == "XXXX"


def test_millennia_before_and_after_christ():
    found = {t.text: t for t in tag("Copper smelting spread in the fourth millennium BC; by the late second millennium BC bronze was common.") if t.layer == "timex"}
    fourth = found["the fourth millennium BC"]
    assert (fourth.value, fourth.begin, fourth.until, fourth.precision) == ("BC3", "-4000-01-01", "-3001-12-31", "millennium")
    late = found["the late second millennium BC"]
    assert (late.value, late.mod) == ("BC1", "END") and late.until == "-1001-12-31"
    assert story("Monks copied the texts through the first millennium AD.")["the first millennium AD"] == "0"


def test_a_part_of_a_named_war_takes_the_war_named_before_it():
    text = ("The Korean War began in June 1950. In the early years of the war, the front moved up and down the peninsula; "
            "in the last months of the war, the armistice talks dragged on.")
    found = {t.text: t for t in tag(text, mode="narrative") if t.layer == "timex"}
    early, last = found["the early years of the war"], found["the last months of the war"]
    assert (early.value, early.mod, early.begin[:4]) == ("1950", "START", "1950")
    assert (last.value, last.mod, last.until[:4]) == ("1953", "END", "1953")
    assert last.precision == "month" and last.begin[:4] == "1953"
    # no war named: a part of an unknown span, with no interval to date events by
    found = {t.text: t for t in tag("In the early years of the war, food ran short.", mode="narrative") if t.layer == "timex"}
    assert (found["the early years of the war"].value, found["the early years of the war"].begin) == ("XXXX", None)


def test_a_part_of_a_year_or_a_month_keeps_its_value_and_narrows_its_interval():
    found = {t.text: t for t in tag("In the first days of March 1917 the bread queues grew; in the closing months of 1917 the army broke.") if t.layer == "timex"}
    first = found["the first days of March 1917"]
    assert (first.value, first.mod, first.begin, first.until) == ("1917-03", "START", "1917-03-01", "1917-03-11")
    closing = found["the closing months of 1917"]
    assert (closing.value, closing.mod, closing.precision) == ("1917", "END", "month")


def test_hundreds_with_early_mid_or_late_are_parts_of_a_century_not_a_decade():
    found = {t.text: t for t in tag("Canals were dug in the early 1800s and railways in the late 1800s; in the 1890s steel took over.") if t.layer == "timex"}
    early, late, decade = found["the early 1800s"], found["the late 1800s"], found["the 1890s"]
    assert (early.value, early.mod, early.precision, early.until[:4]) == ("18", "START", "century", "1833")
    assert (late.value, late.mod, late.begin[:4]) == ("18", "END", "1866")
    assert (decade.value, decade.precision) == ("189", "decade")


def test_early_and_late_in_a_century_bc_count_down_towards_the_era():
    found = {t.text: t for t in tag("By the late 2nd century BC Rome ruled the sea; in the early 5th century BC Persia invaded Greece.") if t.layer == "timex"}
    late, early = found["the late 2nd century BC"], found["the early 5th century BC"]
    assert (late.value, late.mod, late.begin, late.until) == ("BC01", "END", "-0134-01-01", "-0101-12-31")
    assert (early.value, early.mod, early.begin, early.until) == ("BC04", "START", "-0500-01-01", "-0467-12-31")


def test_a_number_after_fewer_than_or_at_least_is_a_count_and_moves_no_story():
    found = story("The army crossed the river in June 1812. By the end of the year fewer than 1000 of the guard remained, "
                  "and at least 1500 horses had died. The previous winter had been mild.")
    assert "1000" not in found and "1500" not in found
    assert found["The previous winter"] == "1811-WI"
    # a year after "later than" is still a year
    assert story("The work was finished no later than 1990.")["1990"] == "1990"


def test_fixed_feasts_before_the_gregorian_calendar():
    found = story("In 1066 the duke landed in England. On Christmas Day he was crowned in the abbey.")
    assert found["Christmas Day"] == "1066-12-25"


def test_a_winter_told_by_the_two_years_it_spans_is_one_expression():
    found = {t.text: t for t in tag("In the winter of 1946-47 coal ran out, and winter 1941/42 was colder still.") if t.layer == "timex"}
    winter = found["the winter of 1946-47"]
    assert (winter.value, winter.begin, winter.until) == ("1946-WI", "1946-12-01", "1947-02-28")
    assert found["winter 1941/42"].value == "1941-WI"
    assert "47" not in found


def test_an_earlier_expression_s_later_is_no_aside_cue_for_the_next_one():
    found = story("In 221 BC he took command; two years later he besieged the town, and the following spring he marched "
                  "for the Alps, which he crossed that autumn.")
    assert found["two years later"] == "BC0219"
    assert found["the following spring"] == "BC0218-SP"
    assert found["that autumn"] == "BC0218-FA"  # the spring moved the story
    interval = {t.text: t.until for t in tag("In 218 BC, that autumn, the army crossed.") if t.layer == "timex"}
    assert interval["that autumn"] == "-0218-11-30"  # November has 30 days before Christ too


def test_seasons_and_months_with_an_apostrophe_year():
    found = story("In the summer of '63 the president spoke in the divided city; by June '64 the law had passed.")
    assert found["the summer of '63"] == "1963-SU"
    assert found["June '64"] == "1964-06"


def test_a_season_or_month_of_a_year_counted_from_the_story_is_one_expression():
    found = story("In 1941 the war widened. In the spring of that year the army struck; in the autumn of the following year "
                  "it stalled, and in December of the same year snow closed the roads.")
    assert found["the spring of that year"] == "1941-SP"
    assert found["the autumn of the following year"] == "1942-FA"
    assert found["December of the same year"] == "1942-12"


def test_months_joined_before_a_year_counted_from_the_story_share_that_year():
    found = story("Egypt opened relations with Bonn in March 1965; Jordan and Iraq followed in June and July of the following year.")
    assert (found["June"], found["July of the following year"]) == ("1966-06", "1966-07")
    found = story("The first talks were held in 1972, and further rounds came in May and again in October of the next year.")
    assert (found["May"], found["October of the next year"]) == ("1973-05", "1973-10")
    found = story("The war ended in 1953. The envoys met between February and April of that year.")
    assert (found["February"], found["April of that year"]) == ("1953-02", "1953-04")
    # a month with no year and no join to the counted one keeps the story's year
    found = story("Talks opened in March 1980. In June the envoys quarrelled, and in August of the following year they met again.")
    assert (found["June"], found["August of the following year"]) == ("1980-06", "1981-08")


def test_early_or_late_in_a_decade_or_century_is_its_start_or_end():
    found = {t.text: t for t in tag("Trade boomed early in the 1960s. The plague returned late in the 14th century. "
                                    "In 1957 the dam was begun, and late in the decade it was finished.") if t.layer == "timex"}
    assert (found["early in the 1960s"].value, found["early in the 1960s"].mod) == ("196", "START")
    assert (found["late in the 14th century"].value, found["late in the 14th century"].mod) == ("13", "END")
    late = found["late in the decade"]
    assert (late.value, late.mod, late.begin[:4]) == ("195", "END", "1956")


def test_a_coarser_time_holding_the_story_day_keeps_the_day():
    found = {t.text: t for t in tag("On 1 May 1886 the strike began. Later that month the police fired; the next day the city "
                                    "was quiet.") if t.layer == "timex"}
    assert found["Later that month"].value == "1886-05"
    assert found["the next day"].value == "1886-05-02"


def test_bc_ranges_with_circa_a_dash_or_to_between_centuries_and_millennia():
    found = {t.text: t for t in tag("The kingdom flourished c. 900–850 BC. Bronze spread in the 3rd and 2nd millennia BC, and "
                                    "iron from the 8th to the 6th century BC; the 5th–4th centuries BC were its height.") if t.layer == "timex"}
    circa = found["c. 900"]
    assert (circa.value, circa.mod) == ("BC0900", "APPROX") and circa.range == found["850 BC"].range
    assert found["the 3rd"].value == "BC2" and found["2nd millennia BC"].value == "BC1"
    assert found["the 8th"].value == "BC07" and found["the 6th century BC"].value == "BC05"
    assert found["the 5th"].value == "BC04" and found["4th centuries BC"].value == "BC03"


def test_decades_in_words_take_the_story_s_century():
    assert story("He was born in 1812. In the twenties he travelled to Italy.")["the twenties"] == "182"
    assert story("In 2005 the veterans remembered the nineties.")["the nineties"] == "199"
    assert story("Jazz filled the clubs in the twenties.")["the twenties"] == "192"


def test_an_hour_on_the_clock_alone():
    found = {t.text: (t.type, t.value) for t in tag("The armistice was signed on 11 November 1918. At 11 o'clock the guns fell silent.") if t.layer == "timex"}
    assert found["11 o'clock"] == ("TIME", "1918-11-11T11:00")


def test_spans_of_hundreds_of_years_another_decade_and_centuries_in_years():
    found = story("The empire lasted for three centuries and declined over the next two hundred years; for nearly half a "
                  "century peace held, and it took another decade to rebuild.")
    assert found["three centuries"] == "P300Y"
    assert found["the next two hundred years"] == "P200Y"
    assert found["nearly half a century"] == "P50Y"
    assert found["another decade"] == "P10Y"


def test_decades_with_their_century_in_words_and_the_years_before_a_range():
    found = story("In the late nineteen-fifties the boom began, and in the eighteen nineties the first one had ended. "
                  "In the years 1914–18 the continent bled.")
    assert found["the late nineteen-fifties"] == "195"
    assert found["the eighteen nineties"] == "189"
    assert "years" not in found and found["1914"] == "1914"


def test_a_day_of_that_year_and_days_written_as_ordinal_words():
    found = {t.text: t.value for t in tag("The war ended in May 1871, and on 18 January of that year the empire had been proclaimed. "
                                          "On the twenty-first of June 1941 all was quiet; on June 22 of the same year the attack began.") if t.layer == "timex"}
    assert found["18 January of that year"] == "1871-01-18"
    assert found["the twenty-first of June 1941"] == "1941-06-21"
    assert found["June 22 of the same year"] == "1941-06-22"
    found = {t.text: t.value for t in tag("Fighting stopped in 1918. An armistice was signed on the eleventh of November.") if t.layer == "timex"}
    assert found["the eleventh of November"] == "1918-11-11"


def test_a_span_after_for_stays_a_span_and_two_units_make_one_duration():
    found = {t.text: (t.type, t.value) for t in tag("In 1871 the empire was proclaimed. For nearly half a century after that no general war broke out.") if t.layer == "timex"}
    assert found["nearly half a century"] == ("DURATION", "P50Y")
    found = {t.text: t.value for t in tag("The fighting lasted four years and three months; the siege took 2 days and 6 hours.") if t.layer == "timex"}
    assert found == {"four years and three months": "P4Y3M", "2 days and 6 hours": "P2DT6H"}


def test_three_digit_years_end_a_phrase_in_a_history_of_their_era():
    found = {t.text: t.value for t in tag("Augustus died in AD 14. Constantine founded his new capital in 330, and the western empire fell in 476.") if t.layer == "timex"}
    assert found == {"AD 14": "0014", "330": "0330", "476": "0476"}
    # a count before a noun, a later era, and news are no such years
    assert [t.text for t in tag("In 1941 the army lost men in 300 villages; by 500, the toll was higher.") if t.layer == "timex"] == ["1941"]
    assert not [t for t in tag("The chain opened shops in 330, its report said.", dct="2003-10-15", mode="news") if t.layer == "timex"]


def test_millennia_count_in_thousands_of_years_and_a_capitalized_count_before_a_name_is_a_name():
    found = {t.text: t.value for t in tag("The city fell in 1453. A millennium later it was a museum; it had stood for two millennia.") if t.layer == "timex"}
    assert found == {"1453": "1453", "A millennium later": "2453", "two millennia": "P2000Y"}
    assert [t.text for t in tag("The years 1618-48 saw the Thirty Years War.") if t.layer == "timex"] == ["1618", "48"]


def test_the_first_or_last_day_of_a_month_or_year_is_that_day():
    found = {t.text: t.value for t in tag("In mid-April 1945 they reached the Oder. On the last day of April Hitler died. A week later Germany surrendered.") if t.layer == "timex"}
    assert found["the last day of April"] == "1945-04-30"
    # counted from a day the story reaches a day, as the histories' gold tags "three weeks later" (the day, not its week)
    assert found["A week later"] == "1945-05-07"
    found = {t.text: t.value for t in tag("On the first day of the year 1946 all was quiet. In May 1945 it rained; on the last day of the month the truce ended.") if t.layer == "timex"}
    assert found["the first day of the year 1946"] == "1946-01-01" and found["the last day of the month"] == "1945-05-31"
    found = {t.text: t.value for t in tag("The offer expires on the last day of next month.", dct="1998-02-13", mode="news") if t.layer == "timex"}
    assert found == {"the last day of next month": "1998-03-31"}


def test_the_end_or_beginning_of_a_century_and_an_early_second_century():
    found = {t.text: (t.value, t.mod) for t in tag("In the 19th and early 20th centuries the empire expanded; by the end of the 18th century it was bankrupt.") if t.layer == "timex"}
    assert found["the 19th"] == ("18", None)
    assert found["early 20th centuries"] == ("19", "START")
    assert found["the end of the 18th century"] == ("17", "END")
    [start] = [t for t in tag("At the beginning of the twentieth century the empire fell.") if t.layer == "timex"]
    assert (start.value, start.mod, start.text) == ("19", "START", "the beginning of the twentieth century")


def test_the_end_or_middle_of_a_decade_is_its_part():
    found = {t.text: (t.value, t.mod) for t in tag("By the end of the 1960s the boom was over; in the middle of the 1950s it had begun.") if t.layer == "timex"}
    assert found == {"the end of the 1960s": ("196", "END"), "the middle of the 1950s": ("195", "MID")}


def test_an_approximate_year_and_the_years_between_two_years():
    found = {t.text: (t.value, t.mod) for t in tag("Around 1200 the town was founded; the army had about 1500 men.") if t.layer == "timex"}
    assert found == {"Around 1200": ("1200", "APPROX")}
    found = [t.text for t in tag("In the years between 1919 and 1939 the economy faltered.") if t.layer == "timex"]
    assert found == ["1919", "1939"]


def test_a_part_of_a_day_points_to_that_day_so_an_act_told_then_is_dated_by_it():
    from detente import extract_text, time

    (morning,) = [t for t in time.tag("They met on 12 November 1973. Early the next morning they signed.", mode="narrative")
                  if t.value.endswith("TMO")]
    assert (morning.value, morning.begin, morning.until) == ("1973-11-13TMO", "1973-11-13", "1973-11-13")
    events = extract_text("Israeli and Egyptian officers met on 12 November 1973. The next evening Israel and Egypt "
                          "signed a ceasefire accord.", origin="t.txt")
    assert {e.cameo: e.date for e in events}.get("057") == "1973-11-13", [(e.cameo, e.date) for e in events]


def test_a_bare_year_in_a_story_told_before_christ_is_of_that_era():
    found = story("The colony was founded in 733 BC. Its tyrant was overthrown in 466, and in 413 the besiegers were routed.")
    assert (found["466"], found["413"]) == ("BC0466", "BC0413")
    found = story("Carthage rebuilt its fleet in 220 BC; the fleet was lost in 210, and two years later the city sued for peace.")
    assert found["two years later"] == "BC0208"
    # a year the writer marks as after Christ stays there
    assert story("The province was lost in 9 BC. It was retaken in AD 43.")["AD 43"] == "0043"


def test_three_digit_years_after_months_seasons_and_in_ranges_of_an_early_history():
    found = story("The duke ruled from 911 to 927. In the winter of 924 raiders burned the abbey; in March 925 the monks "
                  "came back, and after the synod of 926 the new church was built. By the early 930s the town had grown.")
    assert (found["911"], found["927"]) == ("0911", "0927")
    assert found["the winter of 924"] == "0924-WI"
    assert found["March 925"] == "0925-03"
    assert found["926"] == "0926"
    assert found["the early 930s"] == "093"
    # a count after the month, an amount after "of", a modern story: no three-digit years
    found = story("The king died in 840. In May 300 soldiers deserted, and a garrison of 600 held the pass.")
    assert "May 300" not in found and found.get("May") == "0840-05" and "600" not in found
    assert story("The plant opened in 1962. In May 300 workers struck.") == {"1962": "1962", "May": "1962-05"}
    assert "the 790s" not in story("The firm was founded in 1990. By the 790s?")


def test_a_time_on_a_day_written_in_full_is_one_expression_that_dates_the_story():
    [when, after] = [t for t in tag("The ceasefire took effect at 9 p.m. on 3 September 1943. Two days later the fleet sailed.",
                                    mode="narrative") if t.layer == "timex"]
    assert (when.text, when.type, when.value, when.begin) == ("9 p.m. on 3 September 1943", "TIME", "1943-09-03T21:00", "1943-09-03")
    assert after.value == "1943-09-05"


def test_the_next_month_by_name_keeps_its_article():
    [_, nxt] = [t for t in tag("The council met in October 1561. The next May it was dissolved.", mode="narrative") if t.layer == "timex"]
    assert (nxt.text, nxt.value) == ("The next May", "1562-05")


def test_once_a_text_has_crossed_into_ad_its_bare_years_are_ad_again():
    found = story("The dynasty ruled from 30 BC to AD 350. In 330 its capital moved east, and twenty years later it fell.")
    assert (found["330"], found["twenty years later"]) == ("0330", "0350")


def test_a_three_digit_year_before_a_name_but_not_before_a_people_counted():
    found = story("The abbey was founded in 690. In 793 Lindisfarne was raided. In 865 Danes landed in East Anglia.")
    assert found["793"] == "0793" and "865" not in found


def test_a_decade_written_by_two_digits_after_another_takes_its_century():
    found = story("Through the 1760s and 70s the colonies grew restless. In the 1820s and '30s trade with them fell.")
    assert found["70s"] == "177" and found["'30s"] == "183"


def test_a_story_with_no_date_yet_is_at_the_last_known_event_it_named():
    found = story("After the fall of France the island stood alone, and that summer its air force fought on.")
    assert found["that summer"] == "1940-SU"


def test_units_later_with_no_count_at_a_clause_start_step_the_story_by_an_unknown_amount():
    found = {t.text: t for t in tag("The mill burned in May 1820. Weeks later a new one rose, and years later it burned again. "
                                    "The owner spoke of it decades later. That June the insurers paid.", mode="narrative") if t.layer == "timex"}
    assert (found["Weeks later"].value, found["years later"].value) == ("FUTURE_REF", "FUTURE_REF")
    assert "decades later" not in found and "decades" not in found
    assert found["That June"].value == "1820-06"  # an unknown step does not move the story


def test_a_date_in_a_clause_set_off_by_commas_is_an_aside_but_not_in_one_that_ends_the_sentence():
    found = story("The canal opened in 1869. Its engineer, who died in 1894, had planned it for years. The next year a railway followed.")
    assert found["The next year"] == "1870"
    found = story("The canal opened in 1869. Its shares went to Britain, which bought them in 1875. The next year a railway followed.")
    assert found["The next year"] == "1876"


def test_a_time_of_day_on_a_day_counted_from_the_story_is_one_expression_on_that_day():
    [day, noon, evening] = [t for t in tag("The fleet sailed on 6 June 1944. At noon the next day it reached the coast; that evening it anchored.",
                                           mode="narrative") if t.layer == "timex"]
    assert (noon.text, noon.type, noon.value, noon.begin) == ("noon the next day", "TIME", "1944-06-07T12:00", "1944-06-07")
    assert evening.value == "1944-06-07TEV"


def test_dates_written_day_first_with_dots_or_a_slash_past_the_twelfth():
    found = story("The act came into force on 15.8.1947, and the constitution on 26/1/1950. The bus came on 1.4.1980.")
    assert found == {"15.8.1947": "1947-08-15", "26/1/1950": "1950-01-26", "1.4.1980": "1980-04-01"}
    # a slash date whose first number may be a month is still read month first; no dotted date is invented
    assert story("Filed 3/4/1999; version 3.2.1 of 31.2.1990.") == {"3/4/1999": "1999-03-04"}


def test_fiscal_years_are_one_expression_valued_by_the_year_they_open():
    found = {t.text: t for t in tag("Spending doubled in FY 1963-64 and FY1991-92; the budget fell again in 1966/67.", mode="narrative") if t.layer == "timex"}
    assert {text: t.value for text, t in found.items()} == {"FY 1963-64": "1963", "FY1991-92": "1991", "1966/67": "1966"}
    assert (found["1966/67"].begin, found["1966/67"].until) == ("1966-01-01", "1967-12-31")
    # with no budget in sight a slash joins two years of a range, and years that do not follow each other stay two
    assert story("The flu of 1918/19 killed millions.") == {"1918": "1918", "19": "1919"}
    assert story("Our budget plans for 1939/45 failed.") == {"1939": "1939", "45": "1945"}


def test_years_of_other_calendars_are_no_gregorian_years():
    found = story("India adopted the Saka calendar on 22 March 1957, 1 Chaitra 1879; independence came in Samvat 2004, "
                  "in Ramadan 1366 and in 1366 AH. In 1990 SE Asia boomed.")
    assert found == {"22 March 1957": "1957-03-22", "1990": "1990"}


def test_a_count_set_off_after_a_day_restates_it_from_the_day_before():
    found = story("India entered the war on 3 December, 1971. The army surrendered on 16 December, thirteen days later.")
    assert found["thirteen days later"] == "1971-12-16"
    # not set off: the count goes on from the day just told
    found = story("India entered the war on 3 December 1971, and thirteen days later the army surrendered.")
    assert found["thirteen days later"] == "1971-12-16"


def test_a_story_that_opens_with_a_range_is_at_its_start():
    found = story("Between 15 April and 31 October 1980 boats crossed. By the autumn it was a burden, and it ended that October.")
    assert found["the autumn"] == "1980-FA" and found["that October"] == "1980-10"


def test_a_count_later_that_opens_a_sentence_counts_from_a_date_told_as_a_glance_ahead():
    found = story("The regime began in October 1972 and lasted until his death on 26 October 1979. Seven months later the army struck.")
    assert found["Seven months later"] == "1980-05"
    # mid-sentence the glance ahead still does not move the story
    found = story("The regime began in October 1972 and would last until 1979; that winter it banned the unions.")
    assert found["that winter"] == "1972-WI"


def test_the_plural_unit_of_a_named_time_is_no_span_in_a_history():
    found = story("In the worst years of the Special Period, 1993 and 1994, Cubans went hungry.")
    assert "years" not in found and found["1993"] == "1993"


def test_a_name_several_eras_bear_is_the_one_whose_years_the_text_writes():
    def periods(text: str) -> dict[str, str]:
        return {t.text: f"{t.begin[:4]}/{t.until[:4]}" for t in tag(text, mode="narrative") if t.layer == "period"}

    assert periods("The Red Terror began in September 1918.") == {"The Red Terror": "1918/1922"}
    assert periods("In Addis Ababa the Red Terror of 1977 killed thousands.") == {"the Red Terror": "1976/1978"}
    assert periods("Mujib was killed on 15.8.1975, and the Zia era lasted until 1981.") == {"the Zia era": "1975/1981"}
    assert periods("Bhutto was hanged in 1979 under the Zia era of 1977-1988.") == {"the Zia era": "1977/1988"}


def test_a_single_week_or_month_of_a_named_month_or_year_is_that_part_of_it():
    found = {t.text: t for t in tag("Syria and Israel signed the disengagement in the last week of May 1974. Britain recognized "
                                     "Bangladesh in the first week of February 1972, and in the last month of 1971 India "
                                     "had recognized it.", mode="narrative") if t.layer == "timex"}
    last_week = found["the last week of May 1974"]
    assert (last_week.value, last_week.mod) == ("1974-05", "END")
    assert last_week.begin >= "1974-05-24" and last_week.until == "1974-05-31"
    first_week = found["the first week of February 1972"]
    assert (first_week.value, first_week.mod) == ("1972-02", "START") and first_week.until <= "1972-02-08"
    assert (found["the last month of 1971"].value, found["the last month of 1971"].mod) == ("1971", "END")
    assert "the last week" not in found  # not "last week", counted back from the writer's day


def test_a_by_date_that_a_when_clause_tells_moves_the_story():
    # the "when" clause tells what happened at the date "by" names: the story is there, and a bare day counts from it
    found = story("The war had ended in 1971. Relations had thawed by December 1985, when Zia stopped in New Delhi. "
                  "On 17 December he and Rajiv Gandhi agreed not to attack each other's nuclear plants.")
    assert found["17 December"] == "1985-12-17"
    found = story("Fighting began in 1980. The front had settled by the spring of 1982, when Iran retook Khorramshahr; "
                  "in July it crossed into Iraq.")
    assert found["July"] == "1982-07"
    # without "when", "by" still glances ahead and the story stays where it was
    found = story("The talks opened in March 1962, and the text was agreed by June 1963; in May the delegates left.")
    assert found["May"] == "1962-05"
def test_a_sentence_about_the_thing_an_earlier_year_names_tells_its_story():
    text = ("Greece and Turkey came close to war in 1974 and again in 1996. The 1974 crisis began with a coup in July "
            "and ended with a ceasefire on 16 August.")
    found = story(text)
    assert found["July"] == "1974-07" and found["16 August"] == "1974-08-16"
    # a year naming a thing inside a later clause is still a glance back, not a step of the story
    found = story("In 1976 Sadat renounced the 1971 treaty with Moscow. In April the Soviet navy lost the use of Egyptian ports.")
    assert found["April"] == "1976-04"


def test_a_half_century_is_fifty_years():
    found = story("Salamis was fought in 480 BC. For the next half century, Athens led the League.")
    assert found["the next half century"] == "P50Y"
    found = {t.text: t.value for t in tag("Over the past half-century the port doubled in size.", dct="2012-05-01", mode="news")}
    assert found["the past half-century"] == "P50Y"


def test_a_holiday_of_that_year_is_one_expression_in_the_year_the_words_count_to():
    found = story("Harold fell at Hastings on 14 October 1066. William was crowned on Christmas Day that year.")
    assert found["Christmas Day that year"] == "1066-12-25" and "that year" not in found
    found = story("In December 1775 American troops attacked Quebec; Washington crossed the Delaware at Christmas of the following year.")
    assert found["Christmas of the following year"] == "1776-12-25"


def test_the_day_after_a_dated_day_is_the_next_day():
    found = story("Hungary opened its border with Austria on 11 September 1989, and the day after 11 September thousands crossed.")
    assert found["the day after 11 September"] == "1989-09-12"
    assert story("The truce was signed on 27 July 1953; the day before 27 July the guns fired on.")["the day before 27 July"] == "1953-07-26"


def test_a_few_units_later_keeps_its_timeml_value_but_reaches_two_to_six_units_past_the_story():
    # found on holdout10 (h10tune): "a few weeks later" after a day dated nothing but that day
    found = {t.text: t for t in tag("The vote was taken on 30 September 1947. The objection was withdrawn a few weeks "
                                    "later.", mode="narrative") if t.layer == "timex"}
    later = found["a few weeks later"]
    assert later.value == "FUTURE_REF"  # TimeML's value: no count given
    assert (later.begin, later.until, later.precision) == ("1947-10-14", "1947-11-11", "month")
    found = {t.text: t for t in tag("Ghana recognised Cuba in May 1960. Several months later it opened an embassy; "
                                    "some years later it closed it.", mode="narrative") if t.layer == "timex"}
    assert (found["Several months later"].begin, found["Several months later"].until) == ("1960-07-01", "1960-11-30")
    assert (found["some years later"].begin[:4], found["some years later"].until[:4]) == ("1962", "1966")
    found = {t.text: t for t in tag("The treaty was signed on 4 March 1921. A few days earlier the talks had nearly failed.",
                                    mode="narrative") if t.layer == "timex"}
    assert (found["A few days earlier"].begin, found["A few days earlier"].until) == ("1921-02-26", "1921-03-02")
    assert found["A few days earlier"].value == "PAST_REF"
    # news keeps TimeBank's reading: a span of days, no stretch of dates
    found = {t.text: t for t in tag("The talks began on 3 June. A few days later they ended.", dct="1998-06-20",
                                    mode="news") if t.layer == "timex"}
    assert (found["A few days"].value, found["A few days"].begin) == ("PXD", None)


def test_a_count_and_a_half_before_its_unit_moves_the_story_by_the_whole_span():
    # h11tune: "three and a half years ago" was a bare duration, so the act it dates took the report's day
    found = story("The Treaty of Rome was signed in 1957. Two and a half years later Britain set up a rival bloc.")
    assert found["Two and a half years later"] == "1959"
    found = story("The blockade began in May 1948. Eleven and a half months later it was lifted.")
    assert found["Eleven and a half months later"] == "1949-04"
    found = {t.text: t.value for t in tag("Peru, which cut its ties with Cuba three and a half years ago, voted no.",
                                          dct="1964-07-26", mode="news") if t.layer == "timex"}
    assert found["three and a half years ago"] == "1961"


def test_the_same_before_a_count_of_units_later_is_no_span_of_its_own():
    # h11tune: "France did the same a year later": "the same a year" was read as one duration
    found = story("Britain recognised the new state in 1949. France did the same a year later.")
    assert found["a year later"] == "1950"
    found = story("Ghana left the union in 1963, and Mali did the same two years later.")
    assert found["two years later"] == "1965"
    assert story("Talks resumed the same two days running.").get("the same a") is None


def test_a_year_that_names_a_tribunals_award_or_a_courts_ruling_is_no_step_of_the_story():
    # h12tune: "to a tribunal, whose award of 1968 gave ..." moved the story three years on, so "That summer" and the
    # days after it fell in 1968
    found = story("In June 1965 the two agreed to send the dispute to a tribunal, whose award of 1968 settled it. "
                  "That summer the fighting moved north; on 1 September the army attacked.")
    assert found["That summer"] == "1965-SU" and found["1 September"] == "1965-09-01"
    found = story("In April 1984 Nicaragua took its case against the United States to the court, whose judgment of 1986 "
                  "went its way. On 10 May the court ordered the mining of its harbours to stop.")
    assert found["10 May"] == "1984-05-10"
    found = story("In January 2013 Manila began the arbitration; the ruling of 2016 went its way. On 19 February Beijing "
                  "refused to take part.")
    assert found["19 February"] == "2013-02-19"
    # a year that tells the story's own step still moves it
    found = story("The tribunal was set up in 1966. In 1968 its award gave Pakistan about a tenth of the area; in February "
                  "both governments accepted it.")
    assert found["February"] == "1968-02"


def test_a_season_told_in_the_pluperfect_looks_back_without_moving_the_story():
    # h12tune: "found that soldiers had occupied heights during the winter" moved the story to the next winter, so
    # "late May" after it fell a year late
    found = story("In March 1969 Soviet guards found that Chinese troops had built positions on the island during the winter. "
                  "Fighting broke out again in mid-March.")
    assert found["mid-March"] == "1969-03"
    found = story("In April 1961 reporters learned that the exiles had trained in Guatemala during the winter. On 17 April "
                  "they landed at the Bay of Pigs.")
    assert found["17 April"] == "1961-04-17"
    # so is an earlier year: the story stays where it was
    found = story("On 21 November 1962 China declared a ceasefire and pulled back behind the line it had held in 1959. "
                  "On 1 December its troops began to withdraw.")
    assert found["1 December"] == "1962-12-01"
    found = story("In October 1973 Egypt crossed the canal that Israel had reached in 1967. On 22 October a ceasefire "
                  "was agreed.")
    assert found["22 October"] == "1973-10-22"
    # a season told in the simple past is a step of the story
    found = story("Talks began in May 1971. In the autumn the envoys met again; on 3 November they signed.")
    assert found["3 November"] == "1971-11-03"
