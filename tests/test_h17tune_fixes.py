"""General forms found on holdout17 (retired into tuning by h17tune, see its README), shown on sentences of our own
about other pairs and years: a backgrounder's history under a heading of its own after the dateline's section is not
dated by the report's day; a bare day later in the paragraph of a past day a news page told is of that day's year;
an act told as hearsay ("was said to have promised") is no event; "recognised it" after a state that "became
independent" recognises that state; an exhibit's credit line ("Lent by a private collector.") is no loan; Portugal's
heads of state and government and Sudan's first military ruler (Abboud) stand for their states; "struck him as a
tired man" is how one seemed, no blow; "him" inside an aid phrase ("sent him some arms") is the person named before;
"Soviet-made weapons" names where the arms were made, no party."""

from __future__ import annotations

from detente import extract_text

_BACKGROUNDER = (
    "Kenya and Uganda: from partners to rivals\n\n"
    "NAIROBI, May 4, 2004 -- The two governments yesterday signed a protocol on the lake.\n\n"
    "The early years\n\n"
    "Kenya opened a consulate in Kampala soon after independence. The two governments signed a trade treaty in "
    "Nairobi on 3 June 1965; Kenya's minister of commerce signed for the president.\n\n"
    "The border crisis\n\n"
    "On 2 March 1995 Uganda closed the border with Kenya. Thousands of lorries were stranded. Kenya expelled the "
    "Ugandan ambassador on 9 March. The Kenyan foreign minister flew to Kampala later that month.\n"
)


def _dated(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type, e.date) for e in extract_text(text)}


def _coded(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type) for e in extract_text(text)}


def test_a_backgrounders_history_is_not_dated_by_the_reports_day():
    events = _dated(_BACKGROUNDER)
    # the report's own news keeps its day
    assert ("KEN", "UGA", "SUPPORT", "2004-05-03") in events, events
    # an act of the history sections with no date of its own takes neither the report's day nor its year
    assert not [e for e in events if e[3] and e[3].startswith("2004-05-04")], events
    assert ("KEN", "UGA", "SUPPORT", "1965-06-03") in events, events


def test_a_bare_day_after_a_past_day_in_its_paragraph_is_of_that_year():
    events = _dated(_BACKGROUNDER)
    assert ("KEN", "UGA", "SANCTION", "1995-03-09") in events, events
    assert ("KEN", "UGA", "CONSULT", "1995-03") in events, events  # "later that month" counts from it
    assert not [e for e in events if e[3] and e[3].startswith("2004-03")], events


def test_an_act_told_as_hearsay_is_no_event():
    assert not _coded("In 1981 Saudi Arabia was said to have promised Kenya money if it broke with Moscow.")
    assert not _coded("In 1981 the Libyan leader is often said to have paid Uganda for its oil.")
    # told as done, or known, it is one
    assert ("SAU", "KEN", "AGREE") in _coded("In 1981 Saudi Arabia promised Kenya money if it broke with Moscow.")


def test_recognised_it_after_a_state_became_independent_is_that_state():
    events = _coded("In April 1993 Kenya signed a trade agreement with Sudan. "
                    "On 24 May 1993 Eritrea became independent, and Kenya recognised it the same day.")
    assert ("KEN", "ERI", "SUPPORT") in events, events


def test_an_exhibits_credit_line_is_no_loan():
    text = ("In 1962 Kenya and Tanzania signed a boundary agreement.\n\n"
            "> Object 2.1. Map of the boundary, about 1962. Lent by a private collector.\n")
    events = _coded(text)
    assert not [e for e in events if e[2] == "AID"], events
    # a loan told as an act is still aid
    assert ("KEN", "TZA", "AID") in _coded("In 1962 Kenya lent Tanzania ten million dollars.")


def test_portugals_leaders_and_sudans_first_military_ruler_stand_for_their_states():
    assert ("PRT", "BRA", "CONSULT") in _coded("In October 1979 Ramalho Eanes paid a state visit to Brazil.")
    assert ("PRT", "AGO", "CONSULT") in _coded("In 1991 Cavaco Silva flew to Luanda and met the Angolan president.")
    assert ("SDN", "EGY", "CONSULT") in _coded("In 1960 General Abboud visited Egypt.")
    # a bare surname only within its bearer's years in office
    assert not [e for e in _coded("In 2012 Abboud visited Egypt.") if e[0] == "SDN"]


def test_struck_him_as_is_how_one_seemed_no_blow():
    assert not [e for e in _coded("Early in June 1975, in Bonn, Tito told Helmut Schmidt that Brezhnev struck him as a "
                                  "tired man.") if e[2] == "ASSAULT"]
    assert not [e for e in _coded("In 1962 Nehru told Nasser that Zhou Enlai struck him as cunning.") if e[2] == "ASSAULT"]
    # "as" opening a clause of its own leaves the blow
    assert ("UGA", "KEN", "ASSAULT") in _coded("In June 1975 Ugandan soldiers struck them as they crossed the border "
                                               "from Kenya.")


def test_him_inside_an_aid_phrase_is_the_person_named_before():
    events = _coded("In 1978 the Kenyan president was short of weapons. Libya had promised Moi money if he broke with "
                    "Moscow, and Egypt sent him some Soviet-made arms of its own.")
    assert ("EGY", "KEN", "AID") in events, events
    assert ("EGY", "SUN", "AID") not in events, events


def test_where_arms_were_made_names_no_party():
    events = _coded("Relations between Kenya and Uganda collapsed in 1975, when the Kenyan police found a cache of "
                    "Soviet-made weapons in the Ugandan embassy in Nairobi and the Ugandan ambassador was expelled.")
    assert ("KEN", "UGA", "SANCTION") in events, events
    assert not [e for e in events if "SUN" in e], events
