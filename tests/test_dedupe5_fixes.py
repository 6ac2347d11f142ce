"""dedupe5: one act told twice on a page is one event (src/detente/events/dedupe.py merge_within).

Pages of our own about other pairs: one act told by one code at one month in a lead and in a section, a third state
named beside the pair in one telling; the signing of a communique and the relations it set up, told on one day in two
sentences; a visitor's speech to the host's legislature, in the visit's sentence or the next; beside them, acts of
one pair that stay two (a visit made again that month, another agreement signed on the day relations were set up,
talks held on the visit, a visit and a return visit).
"""

from __future__ import annotations

from detente.pipeline import extract_text

_FILLER = ("The capitals lie far apart across the ocean, and few travellers made the long journey between them. Schools "
           "on both sides taught in their own languages, and few officials spoke the other's well.")


_FILLER_2 = ("Fishing fleets of both countries worked the southern grounds each winter, and their crews met in the same "
             "ports. Neither navy kept more than a handful of ships at sea in those years.")


def _events(text: str) -> list[tuple[str, str, str, str]]:
    return sorted((e.date or "", e.source or "", e.target or "", e.cameo) for e in extract_text(text, origin="page.txt"))


def _visits(text: str) -> list[tuple[str, str, str, str]]:
    return [e for e in _events(text) if e[3] == "042"]


_LEAD = ("Relations between Norway and Chile have been friendly.\n\n"
         "The Chilean president visited Oslo in May 1994, on his way home from Sweden, and the two governments spoke of "
         "a new start.\n\n" + _FILLER + "\n\n" + _FILLER_2 + "\n\n")


def test_a_section_retelling_a_visit_the_lead_told_with_a_third_state_beside_it_is_that_visit():
    text = _LEAD + "The Chilean president stopped in Oslo in May 1994 and praised its schools.\n"
    assert _visits(text) == [("1994-05", "CHL", "NOR", "042")]


def test_a_visit_made_again_that_month_stays_a_second_visit():
    text = _LEAD + "The Chilean president visited Oslo again in May 1994 and praised its schools.\n"
    assert len(_visits(text)) == 2


def test_a_return_visit_that_month_stays_the_other_sides_act():
    text = _LEAD + "The Norwegian prime minister visited Santiago in May 1994 and praised its schools.\n"
    assert sorted(e[1] for e in _visits(text)) == ["CHL", "NOR"]


def test_a_speech_to_the_hosts_parliament_on_a_day_of_the_visit_is_part_of_the_visit():
    text = ("Relations between Ghana and Canada have been friendly.\n\n"
            "The Ghanaian president visited Canada in June 1961 and addressed both houses of Parliament on 14 June.\n")
    assert _events(text) == [("1961-06", "GHA", "CAN", "042")]


def test_a_speech_to_the_hosts_parliament_told_after_the_visit_is_part_of_the_visit():
    text = ("Relations between Ghana and Canada have been friendly.\n\n"
            "The Ghanaian president paid a state visit to Canada in June 1961. The prime minister met him at the airport, "
            "and the president addressed a joint session of Parliament.\n")
    assert _events(text) == [("1961-06", "GHA", "CAN", "042")]


def test_talks_held_on_the_visit_stay_an_act_of_their_own():
    text = ("Relations between Ghana and Canada have been friendly.\n\n"
            "The Ghanaian president visited Canada in June 1961 and held talks with the Canadian prime minister on "
            "14 June.\n")
    assert sorted(e[3] for e in _events(text)) == ["040", "042"]


def test_a_speech_to_parliament_in_another_year_stays_its_own_act():
    text = ("Relations between Ghana and Canada have been friendly.\n\n"
            "The Ghanaian president visited Canada in June 1961 and addressed both houses of Parliament in May 1964.\n")
    assert sorted(e[3] for e in _events(text)) == ["040", "042"]


_CAPTION = ("Relations between Tanzania and Zambia have been close since independence.\n\n"
            "![Two presidents at an airport](/img/lusaka-1965.jpg)\n"
            "*Julius Nyerere is welcomed by Kenneth Kaunda at Lusaka airport, June 1965.\n\n"
            + _FILLER + "\n\n")


def test_a_caption_of_the_hosts_welcome_at_the_visits_month_is_that_visit():
    text = _CAPTION + "Nyerere visited Lusaka in June 1965, and the two leaders spoke of a railway to the coast.\n"
    assert [e for e in _events(text) if e[3] != "040"] == [("1965-06", "TZA", "ZMB", "042")]


def test_a_caption_of_a_welcome_in_another_month_stays_its_own_act():
    text = _CAPTION + "Nyerere visited Lusaka in May 1967, and the two leaders spoke of a railway to the coast.\n"
    assert sorted(e[3] for e in _events(text) if e[3] != "040") == ["042", "051"]


def test_a_speech_to_parliament_in_a_timeline_entry_of_the_visit_is_part_of_the_visit():
    text = ("Ghana and Canada: a timeline\n\n"
            "1961\n\nThe Ghanaian president became the first African head of state to visit Canada. Crowds lined the "
            "streets of Ottawa, and he addressed a joint session of Parliament.\n\n"
            "1965\n\nCanada opened a trade office in Accra.\n")
    assert [e for e in _events(text) if e[0].startswith("1961")] == [("1961", "GHA", "CAN", "042")]

