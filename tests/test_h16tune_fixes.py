"""General forms found on holdout16 (retired into tuning by h16tune, see its README), shown on sentences of our own
about other pairs and years: a vote against a state's admission told by its possessive; co-operation suspended by its
projects; displeasure made plain to a government; "the first day of the summit" dated on the day the story reached
when it told the summit, not over the whole meeting; an election or campaign that "was fought" is no war; "Trade
(2009):" as an infobox label is no trading."""

from __future__ import annotations

from detente import extract_text


def _dated(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type, e.date) for e in extract_text(text)}


def _coded(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type) for e in extract_text(text)}


def test_a_vote_against_a_states_admission_told_by_its_possessive_is_a_rejection():
    assert ("BOL", "CHL", "REJECT") in _coded("In May 1961 Bolivia voted against Chile's admission to the organisation.")
    assert ("BOL", "CHL", "REJECT") in _coded(
        "On 12 May 1961 Bolivia was the only state to vote against Chile's admission to the organisation.")
    # only the possessive names the state kept out: "its admission" leaves the body as no target
    events = _coded("Chile refused to exchange envoys as long as Bolivia voted against its admission to the organisation.")
    assert not [e for e in events if e[0] == "BOL"], events


def test_cooperation_suspended_by_its_projects_is_a_cut_in_cooperation():
    events = _coded("In 1983 the United States suspended some co-operation projects with Brazil's energy ministry.")
    assert ("USA", "BRA", "SANCTION") in events, events


def test_displeasure_made_plain_to_a_government_is_disapproval():
    events = _coded("In 1994 Chancellor Helmut Kohl made his displeasure plain to the Turkish government.")
    assert ("DEU", "TUR", "ACCUSE") in events, events


def test_the_first_day_of_the_summit_is_the_day_the_summit_opened():
    text = ("The third summit of the African states met in Accra from 10 to 13 March 1965. "
            "On the first day of the summit Ghana recognised Togo.")
    dates = {e.date for e in extract_text(text) if e.type == "SUPPORT"}
    assert dates == {"1965-03-10"}, dates
    # its last day is left to the summit's own dates: the story time holds no end
    dates = {e.date for e in extract_text(text.replace("first day", "last day")) if e.type == "SUPPORT"}
    assert "1965-03-10" not in dates, dates


def test_an_election_fought_over_a_state_is_no_war():
    assert not [e for e in extract_text("The election of 12 March 1990 was fought in good part over Uganda, and the "
                                        "ruling party won it.") if e.type == "ASSAULT"]
    assert not [e for e in extract_text("In 1990 the Kenyan president fought the election campaign on his quarrel "
                                        "with Uganda.") if e.type == "ASSAULT"]
    # a war fought after an election is still a war
    events = _coded("After the election of March 1990, Kenya fought Uganda on the border for a month.")
    assert ("KEN", "UGA", "ASSAULT") in events, events


def test_trade_as_an_infobox_label_is_no_trading():
    text = ("| Trade (1999): about 40 million US dollars | Brazilian visitors to Kenya (1999): about 2,000 |\n"
            "Relations between Kenya and Brazil began in 1964, and in 1970 Kenya signed a trade agreement with Brazil.")
    assert not [e for e in extract_text(text) if e.type == "COOPERATE"]
    # a sentence that opens with trade and a verb of trading is still read as before
    assert ("KEN", "BRA", "SUPPORT") in _coded(text)


def test_a_leader_back_in_another_states_city_visits_it_again():
    text = ("President Julius Nyerere visited Nairobi in 1975. Nyerere was back in Nairobi in May 1978, with Idi Amin, "
            "for the meeting of the three East African states.")
    assert ("TZA", "KEN", "CONSULT", "1978-05") in _dated(text)
    # no place named at once, or troops back in a city, are no visit
    for other in ("In 1980 the Kenyan delegates were back in their hotel.", "In August 1969 Soviet troops were back in Prague."):
        assert not [e for e in extract_text(other) if e.type == "CONSULT"], other
