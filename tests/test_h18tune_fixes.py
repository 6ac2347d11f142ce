"""General forms found on holdout18 (retired into tuning by h18tune, see its README), shown on sentences of our own
about other pairs and years: "in July of last year" is the month of the year before, as "July last year" is; a stance
between two acts ("neither accepting it nor challenging it") refuses neither; "leave" with an object and the state it
was left in ("left Denmark without an embassy") is no departure; "a founding member of NATO" set off by commas after a
state's name says what the state is, no joining dated by the sentence; "Asad", the common one-s spelling of the Syrian
presidents' name, stands for Syria in their years; the year of a named text ("the Treaty of Friendship of 1969") does not
move the story back ("That June" after it is the story's June); an act of which no trace is found ("there is no sign
that", "Nor have I found any sign that") is no event and no refusal; "signed little" is nothing done; what "Some books
say" is a claim the text does not make its own; "did not argue that" tells no refusal; "fight for Syria" names the side,
no foe; what was done "as a rule" is no one act; a leader who "took a trade mission to" a state visits it;
"announced an arms deal with" a state is a deal with it."""

from __future__ import annotations

from detente import extract_text


def _dated(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type, e.date) for e in extract_text(text)}


def _coded(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type) for e in extract_text(text)}


def test_a_month_of_last_year_is_in_the_year_before():
    events = _dated("ACCRA, Nov. 20, 1990 -- Ghana and Togo reopened their border today.\n\n"
                    "Relations had improved since Accra and Lome signed a customs accord in September of last year.")
    assert ("GHA", "TGO", "SUPPORT", "1989-09") in events, events
    assert not [e for e in events if e[3] == "1990-09"], events


def test_neither_accepting_nor_challenging_refuses_neither():
    text = ("In 1977 the Norwegian and Icelandic ambassadors in Paris began talks on the fishing limits. The formula, "
            "found after ten months, was a clause saying that Norway \"notes\" the Icelandic view, neither accepting it "
            "nor challenging it.")
    events = _coded(text)
    assert ("NOR", "ISL", "CONSULT") in events, events
    assert not [e for e in events if e[2] == "REJECT"], events
    # a plain refusal stays one
    assert ("NOR", "ISL", "REJECT") in _coded("In March 1978 Norway would not accept the Icelandic proposal.")


def test_left_with_the_state_it_was_left_in_is_no_departure():
    events = _coded("On 4 May 1983 Denmark suspended relations with Iceland. "
                    "The suspension left Denmark once again without an embassy in Reykjavik.")
    assert not [e for e in events if e[2] == "RETREAT"], events
    # troops that leave a place, even "without" something, leave it
    assert ("BEL", "COD", "RETREAT") in _coded("The last Belgian troops left Kinshasa without a fight on 30 June 1962.")


def test_a_founding_membership_set_off_by_commas_is_no_joining():
    events = _dated("In 1961 Ghana, a founding member of the Non-Aligned Movement, opened an embassy in Belgrade.")
    assert not [e for e in events if e[1] == "NON_ALIGNED"], events
    assert ("GHA", "YUG", "SUPPORT", "1961") in events, events
    # the joining told is one
    assert ("NOR", "NATO", "SUPPORT") in _coded("Unlike Sweden, Norway joined NATO as a founding member in 1949.")


def test_asad_spelt_with_one_s_is_syria_in_his_years():
    assert ("SYR", None, "TRANSITION") in _coded("In November 1970 Asad seized power in Damascus.")
    assert ("SYR", "EGY", "CONSULT") in _coded("Asad visited Cairo in March 1975.")


def test_the_year_of_a_named_treaty_is_no_step_back_for_the_story():
    events = _dated("Relations with Moscow worsened. In May 1977 Sekou Toure ended the Guinean-Soviet Treaty of "
                    "Friendship of 1969. That June, a Guinean delegation went to Beijing.")
    assert ("GIN", "CHN", "CONSULT", "1977-06") in events, events
    assert not [e for e in events if e[3] and e[3].startswith("1969")], events


def test_an_act_of_which_no_trace_is_found_is_no_event():
    events = _coded("In 1986 Kenya and Tanzania reopened the border. Nor have I found any sign that a Kenyan head of "
                    "state ever paid an official visit to Dodoma in 1986.")
    assert not [e for e in events if e[2] == "CONSULT"], events
    assert not _coded("There is no sign that Kenya recognised Uganda in 1987.")  # no refusal told either
    assert ("KEN", "UGA", "SUPPORT") in _coded("There is a sign that Kenya recognised Uganda in 1987.")


def test_signed_little_is_nothing_done_and_nothing_refused():
    assert not _coded("In 1985 Kenya and Tanzania talked of a customs union and signed little.")
    assert ("KEN", "TZA", "AID") in _coded("In 1985 Kenya sent little aid to Tanzania.")


def test_what_some_books_say_is_no_act_the_text_tells():
    assert not _coded("Some books say that Nyerere visited Nairobi in 1979 or 1980.")
    assert ("TZA", "KEN", "CONSULT") in _coded("Nyerere visited Nairobi in 1979.")
    # a war the sentence names as known stays one
    events = _coded("Several websites say that Tanzania gave Uganda strong support in the war with Kenya in March 1982.")
    assert not [e for e in events if e[2] == "SUPPORT"], events


def test_a_case_not_argued_is_no_refusal():
    events = _coded("In August 1961 Nkrumah spoke at Belgrade. He argued there that the great powers must negotiate; "
                    "he did not argue that Ghana should recognise East Berlin, and it did not.")
    assert not [e for e in events if e[2] == "REJECT"], events
    assert ("GHA", "DDR", "REJECT") in _coded("In 1962 Ghana would not recognise East Berlin.")


def test_the_side_fought_for_is_no_foe():
    assert not _coded("In June 1967 Algerian newspapers reported that thousands of volunteers were ready to go and "
                      "fight for Syria.")
    assert not _coded("In June 1967 thousands of Algerian volunteers went to fight for Syria.")
    assert ("EGY", "ISR", "ASSAULT") in _coded("In 1948 Egyptian volunteers went to fight against Israel.")
    # "for" and a span is how long they fought
    assert ("KHM", "THA", "ASSAULT") in _coded("In April 2011 Thai and Cambodian troops fought for nine days near the "
                                               "temple.") | _coded("In April 2011 Cambodian and Thai troops fought for "
                                                                   "nine days near the temple.")
    assert ("CUB", "ZAF", "ASSAULT") in _coded("In the autumn of 1975 Cuban troops began arriving in Angola to fight "
                                               "for the MPLA against South African forces.")


def test_what_was_done_as_a_rule_is_no_one_act():
    assert not _coded("In the 1970s Venezuelan airliners were hijacked to Havana again and again; as a rule the Cubans "
                      "kept the hijackers and sent the aircraft and passengers home.")
    assert ("CUB", "VEN", "AID") in _coded("In March 1972 the Cubans sent the aircraft and passengers home to Venezuela.")


def test_a_leader_who_takes_a_mission_to_a_state_visits_it():
    assert ("CAN", "MEX", "CONSULT") in _coded("In May 1996 Jean Chretien took the first Team Canada mission to Mexico.")
    assert ("AUS", "CHN", "CONSULT") in _coded("In 1985 Bob Hawke took a trade delegation to China.")


def test_an_arms_deal_announced_with_a_state_is_one():
    assert ("SYR", "CSK", "SUPPORT") in _coded("In September 1955 Syria announced an arms deal with Czechoslovakia.")
