"""dedupe3: one act told twice on a page is one event (src/detente/events/dedupe.py merge_within).

Pages of our own about other pairs: a meeting told in the sentence after the visit it was held on and dated by it,
and a key-dates line that retells an act the body told with more parties; beside them, acts of one pair that stay
two (a return visit, a meeting dated in its own sentence, another act on the line's day).
"""

from __future__ import annotations

from detente.pipeline import extract_text

_FILLER = ("Trade across the border grew slowly through the decade, and the railway from the coast carried most of it. "
           "Few of the lorries were owned by either government, and the ports were run by private firms for many years.")


def _codes(text: str) -> list[tuple[str, str, str, str]]:
    return sorted((e.date or "", e.source or "", e.target or "", e.cameo) for e in extract_text(text, origin="page.txt"))


def test_the_host_receiving_the_visitor_in_the_next_sentence_is_the_visit_told_again():
    text = ("Relations between Norway and Chile have been friendly.\n\n"
            "The Chilean president paid a state visit to Norway in May 1994. The Norwegian prime minister received him "
            "in Oslo.\n")
    assert _codes(text) == [("1994-05", "CHL", "NOR", "042")]


def test_the_visitors_own_talks_in_the_next_sentence_stay_an_act_of_their_own():
    # as the labelled rows code a passage of this form (a visit, then "He held talks with ...": two events)
    text = ("Relations between Norway and Chile have been friendly.\n\n"
            "The Norwegian prime minister arrived in Chile in March 1997. He held talks with the Chilean president in "
            "Santiago.\n")
    assert [c[3] for c in _codes(text)] == ["040", "042"]


def test_the_host_receiving_the_visitor_is_the_visit_told_again():
    text = ("Relations between Ghana and Egypt have been friendly.\n\n"
            "The Egyptian president paid a state visit to Ghana in March 1961. "
            "The Ghanaian president met him at the airport.\n")
    assert [c[3] for c in _codes(text)] == ["042"]


def test_a_meeting_dated_in_its_own_sentence_and_a_return_visit_stay_acts_of_their_own():
    text = ("Relations between Norway and Chile have been friendly.\n\n"
            "In 1997 the Norwegian prime minister went to Santiago. On 3 March 1998 the two foreign ministers held talks "
            "in Lima. The Chilean president paid a return visit to Norway in 1998.\n")
    codes = _codes(text)
    assert ("1997", "NOR", "CHL", "042") in codes
    assert any(c[3] == "040" for c in codes)  # the talks of 1998, dated by their own sentence
    assert any(c[2] == "NOR" and c[3] == "042" for c in codes)  # the visit the other way


def test_two_visits_of_one_year_stay_two():
    text = ("Relations between Norway and Chile have been friendly.\n\n"
            "The Norwegian prime minister went to Santiago in March 1997. The Norwegian foreign minister went to Santiago "
            "again in May 1997.\n")
    assert [c[3] for c in _codes(text)].count("042") == 2


_BODY = ("Relations between Kenya and Tanzania have been close since independence.\n\n"
         "Kenya signed the Arusha Accord on 12 May 1981 together with the other members of the Security Council and "
         "Tanzania.\n\n" + _FILLER + "\n\nKey dates\n\n")


def test_a_key_dates_line_retelling_an_act_the_body_told_with_more_parties_is_one_event():
    events = extract_text(_BODY + "- 12 May 1981 - Arusha Accord signed.\n", origin="page.txt")
    signings = [e for e in events if e.cameo == "057"]
    assert len(signings) == 1
    assert {"KEN", "TZA"} <= set(signings[0].actors)  # the body's telling, which names the pair, is the one kept


def test_a_key_dates_line_of_another_act_or_another_day_stays():
    text = _BODY + "- 12 May 1981 - Arusha Accord signed.\n- 2 June 1981 - Arusha Accord signed.\n"
    assert [e.date for e in extract_text(text, origin="page.txt") if e.cameo == "057"].count("1981-06-02") == 1


def test_a_dated_key_dates_line_that_opens_with_the_act_in_lower_case_retells_it():
    events = extract_text(_BODY + "1981 May 12 - accord signed at Arusha\n", origin="page.txt")
    assert [e.cameo for e in events].count("057") == 1


def test_a_dated_line_that_opens_with_a_pronoun_or_a_scene_is_no_retelling():
    # checked on the line-opening rule itself: since roles4 the body's signing is Kenya's with Tanzania (the Council's
    # members stand beside it), so a same-day line of the same pair is merged by the same-actors rule whatever it opens with
    from detente.events.dedupe import _RECAP_OPEN_LOWER

    for rest in ("they signed the accord again at Arusha", "in Arusha the accord was signed", "the accord was signed"):
        assert _RECAP_OPEN_LOWER.match(rest) is None, rest
    for rest in ("accord signed at Arusha", "armistice at Arusha", "treaty of friendship signed"):
        assert _RECAP_OPEN_LOWER.match(rest) is not None, rest


_ARMISTICE = ("Relations between Kenya and Tanzania have been close since independence.\n\n"
              "Kenya signed the armistice at Arusha on 12 May 1981 together with the other members of the Security "
              "Council and Tanzania.\n\n" + _FILLER + "\n\nKey dates\n\n")


def test_a_key_dates_line_naming_the_armistice_the_body_signed_is_the_signing_told_again():
    for line in ("1981 May 12 - armistice signed at Arusha\n", "- 12 May 1981 - Armistice signed at Arusha.\n"):
        events = extract_text(_ARMISTICE + line, origin="page.txt")
        signings = [e for e in events if e.cameo in ("057", "0871")]
        assert [(e.cameo, e.source) for e in signings] == [("057", "KEN")], line  # the line merged into the body's
        assert "TZA" in signings[0].actors


def test_an_armistice_line_of_another_day_stays():
    events = extract_text(_ARMISTICE + "- 2 June 1981 - Armistice signed at Arusha.\n", origin="page.txt")
    assert any(e.cameo in ("057", "0871") and e.date == "1981-06-02" for e in events)
