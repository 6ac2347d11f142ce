"""Dates put wrong in the event coder, fixed by dates14, each on texts of our own (other pairs, years and words): a
page's lead that dates by the month an act its body dates to the day is one act with it, also when an ordinal ranks
the doer among states ("the second state in the region to do so") or when the two tellings name the pair that
established relations either way round; and a time on a day named without its year ("at noon on 12 March") dates the
act by that day."""

from __future__ import annotations

from detente import extract_text

_FILLER = ("Both sat in the same regional bodies for decades, and their ministers met at the edges of larger "
           "gatherings more often than in each other's capitals. The railway between them carried coffee, cotton "
           "and copper to the coast, and the lake between them was fished by both.")


def _events(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(e.source, e.target, e.cameo, e.date) for e in extract_text(text, origin="brief.txt")]


def test_an_ordinal_ranking_the_doer_among_states_says_no_act_done_again():
    text = ("Kenya and Uganda\n\nUganda opened diplomatic relations with Kenya in March 1981, with little fanfare.\n\n"
            f"Background\n\n{_FILLER}\n\n"
            "On 12 March 1981 Uganda and Kenya established diplomatic relations, making Uganda the second state in "
            "the region to do so.\n")
    ties = [e for e in _events(text) if e[2] == "054"]
    assert ties == [("UGA", "KEN", "054", "1981-03-12")], ties


def test_a_second_state_visit_is_still_a_visit_made_again():
    # the ordinal before 'state visit' still says the act was done again: the two visits stay two
    text = ("Kenya and Uganda\n\nThe Ugandan president visited Kenya in March 1981.\n\n"
            f"Background\n\n{_FILLER}\n\n"
            "On 12 March 1981 the Ugandan president paid a second state visit to Kenya.\n")
    visits = [e for e in _events(text) if e[2] == "042"]
    assert len(visits) == 2, visits


def test_relations_established_told_of_either_side_first_are_one_act():
    text = ("Malta and Libya\n\nLibya and Malta established diplomatic relations in May 1970 and have kept them "
            f"ever since.\n\nEarly years\n\n{_FILLER}\n\n"
            "Malta and Libya established diplomatic relations on 4 May 1970, after talks in Tripoli.\n")
    ties = [e for e in _events(text) if e[2] == "054"]
    assert ties == [("MLT", "LBY", "054", "1970-05-04")], ties


def test_a_recognition_either_way_round_stays_two_acts():
    # a recognition is one side's act: each side's, told at a month and at a day, is its own
    text = ("Malta and Libya\n\nLibya recognised Malta in May 1970.\n\n"
            f"Early years\n\n{_FILLER}\n\n"
            "Malta recognised Libya on 4 May 1970.\n")
    ties = {e for e in _events(text) if e[2] == "054"}
    assert ("LBY", "MLT", "054", "1970-05") in ties, ties
    assert ("MLT", "LBY", "054", "1970-05-04") in ties, ties


def test_a_time_on_a_day_named_without_its_year_dates_the_act():
    text = ("In March 1975 Chile and Peru held talks in Lima. At noon on 12 March Peruvian troops crossed into "
            "Chile. At midnight on 14 March Chile closed its border with Bolivia.")
    dated = {(e[0], e[1], e[3]) for e in _events(text)}
    assert ("PER", "CHL", "1975-03-12") in dated, dated
    assert ("CHL", "BOL", "1975-03-14") in dated, dated


def test_an_act_at_midnight_between_two_days_is_of_the_second():
    text = ("In December 1970 Britain and Oman held talks in London. At midnight on 30-31 December 1970 Britain handed "
            "the Dhofar bases over to Oman.")
    dated = {(e[0], e[1], e[3]) for e in _events(text)}
    assert ("GBR", "OMN", "1970-12-31") in dated, dated
    # a night named by its two days is still of the day it begins, and two days of talks a range
    text = ("On the night of 14-15 January 1971 Omani troops attacked Yemen. Oman and Britain held talks on "
            "19-20 February 1971.")
    dated = {(e[0], e[1], e[3]) for e in _events(text)}
    assert ("OMN", "YEM", "1971-01-14") in dated, dated
    assert ("OMN", "GBR", "1971-02-19/1971-02-20") in dated, dated


def test_relations_raised_to_full_ones_are_a_second_step():
    # "relations restored" at a year and "full diplomatic relations" at a month may be two steps: both stay
    text = ("Malta and Libya\n\nLibya and Malta restored relations in 1975.\n\n"
            f"Early years\n\n{_FILLER}\n\n"
            "Malta and Libya established full diplomatic relations in May 1975.\n")
    ties = {e for e in _events(text) if e[2] == "054"}
    assert len(ties) == 2, ties


_FORCE_FILLER = ("Both sat in the same regional bodies for decades, and their ministers met at the edges of larger "
                 "gatherings more often than in each other's capitals. The railway between them carried cotton to the "
                 "coast.")


def test_a_state_taken_whole_at_a_month_is_the_invasion_the_body_dates_to_the_day():
    text = ("Syria and Lebanon\n\nThe friendship was tested when Syria seized Lebanon in June 1976, and it never quite "
            f"recovered.\n\nBackground\n\n{_FORCE_FILLER}\n\n"
            "Syrian forces crossed into Lebanon on 1 June 1976 and reached the outskirts of Beirut within days.\n")
    force = [e for e in _events(text) if e[2] == "190"]
    assert force == [("SYR", "LBN", "190", "1976-06-01")], force


def test_a_state_attacked_at_a_month_stays_a_blow_of_its_own():
    # a blow at the state, not its taking: a month of war holds many blows of one code
    text = ("Syria and Lebanon\n\nThe friendship was tested when Syria attacked Lebanon in June 1976, and it never "
            f"quite recovered.\n\nBackground\n\n{_FORCE_FILLER}\n\n"
            "Syrian forces crossed into Lebanon on 1 June 1976 and reached the outskirts of Beirut within days.\n")
    force = {e for e in _events(text) if e[2] == "190"}
    assert force == {("SYR", "LBN", "190", "1976-06"), ("SYR", "LBN", "190", "1976-06-01")}, force


def test_a_pluperfect_verb_with_no_date_of_its_own_retells_the_act_told_before():
    story = ("Ecuador and Peru\n\nThe policy reached its best moment on 3 May 1965. The Peruvian president stopped in "
             "Quito on his way home from Bogota, and the two leaders spoke of a common market. Two days later the "
             "Ecuadorian cabinet resigned over the budget.\n\n")
    text = story + "The Peruvian president had come to Quito straight from Bogota.\n"
    visits = [e for e in _events(text) if e[2] == "042"]
    assert visits == [("PER", "ECU", "042", "1965-05-03")], visits
    # with a day of its own the pluperfect tells an earlier journey of its own
    text = story + "The Peruvian president had come to Quito on 20 April 1965 as well, for a funeral.\n"
    visits = {e for e in _events(text) if e[2] == "042"}
    assert ("PER", "ECU", "042", "1965-04-20") in visits and ("PER", "ECU", "042", "1965-05-03") in visits, visits


def test_a_pluperfect_verb_years_after_the_act_told_before_is_no_retelling():
    text = ("Ecuador and Peru\n\nThe Peruvian president stopped in Quito on 3 May 1960 for talks on trade. "
            "In June 1965 the Ecuadorian cabinet resigned over the budget. The Peruvian president had come to Quito "
            "for talks on the border.\n")
    visits = {e[3] for e in _events(text) if e[2] == "042" and e[:2] == ("PER", "ECU")}
    assert "1960-05-03" in visits and len(visits) == 2, visits
