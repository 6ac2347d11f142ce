"""Open gaps of the event coder (issue 5, evopen15): every object of "armed", weapons named by their model, the second
stop of a journey, a pair's act on a third, an end asked for by name, letters told as a noun phrase, an undated
dateline: each on sentences of our own, with look-alikes."""

from __future__ import annotations

import pytest

from detente import extract_text
from detente.events.triggers import find_triggers, tokenize


def _coded(text: str) -> list[tuple]:
    return [(e.source, e.target, e.cameo, e.date) for e in extract_text(text, origin="t.txt")]


def _dyads(text: str, cameo: str | None = None) -> set[tuple]:
    return {(s, t) for s, t, c, _ in _coded(text) if cameo is None or c == cameo}


# --- "armed Laos and Cambodia": a one-word phrase entry is a verb, each of its listed objects acted on --------------


@pytest.mark.parametrize("text, pairs", [
    ("In 1964 China armed Laos and Cambodia.", {("CHN", "LAO"), ("CHN", "KHM")}),
    ("In 1977 Cuba armed Angola, Mozambique and Ethiopia.", {("CUB", "AGO"), ("CUB", "MOZ"), ("CUB", "ETH")}),
])
def test_armed_acts_on_each_listed_object(text, pairs):
    assert _dyads(text, "072") == pairs, _coded(text)


def test_armed_as_an_adjective_arms_no_one():
    assert not _dyads("In 1964 the armed forces of Laos and Cambodia met at the border.", "072")


# --- weapons named by their model: "sold F-16s", "supplied Mirages" are arms ----------------------------------------


@pytest.mark.parametrize("text, pair, cameo", [
    ("In 1974 the Soviet Union supplied MiG-23s to Syria.", ("SUN", "SYR"), "072"),
    ("In 1968 France sold Mirages to Peru.", ("FRA", "PER"), "062"),
    ("In 1990 the United States sold Bahrain F-16s.", ("USA", "BHR"), "062"),
    ("In 1961 the United States delivered Skyhawks to Argentina.", ("USA", "ARG"), "072"),
    ("In 1983 Britain supplied Jaguars to Ecuador.", ("GBR", "ECU"), "072"),
    ("In 1965 Poland supplied Sabre jets to Uganda.", ("POL", "UGA"), "072"),
    ("In 1979 Ghana received Su-22s from Libya.", ("LBY", "GHA"), "072"),
])
def test_weapons_named_by_their_model_are_arms(text, pair, cameo):
    assert _dyads(text, cameo) == {pair}, _coded(text)


def test_a_model_number_is_no_date():
    coded = _coded("The Soviet Union delivered MiG-21s to Guinea in May 1966.")
    assert [(s, t, c, d) for s, t, c, d in coded if c == "072"] == [("SUN", "GIN", "072", "1966-05")], coded


def test_a_model_with_its_own_noun_is_read_by_the_noun():
    # "U-2 flights" are flights, not weapons: no arms sent
    assert not any(c[:3] == "072" for *_, c, _ in _coded("In 1970 Washington sent U-2 flights over the canal zone."))


def test_model_names_read_as_weapons_only_after_a_handing_verb():
    tokens = tokenize("The Mirages flew low over the border.")
    assert not find_triggers(tokens) or all(t.entry["cameo"][:2] != "07" for t in find_triggers(tokens))
    assert tokens[1].low == "mirages"  # the tokens themselves are left as they were


# --- a journey's second stop: "visited Belgrade and then went on to Sofia", "travelled to Delhi and then to Karachi" --


@pytest.mark.parametrize("text, pairs", [
    ("In 1974 the Italian premier visited Bucharest and then went on to Sofia.", {("ITA", "ROU"), ("ITA", "BGR")}),
    ("In 1980 the Thai foreign minister travelled to Hanoi and then to Vientiane.", {("THA", "VNM"), ("THA", "LAO")}),
    ("In 1980 the Thai foreign minister flew to Manila and later to Jakarta.", {("THA", "PHL"), ("THA", "IDN")}),
    ("In 1966 the Polish premier visited Cairo, then Algiers.", {("POL", "EGY"), ("POL", "DZA")}),
    ("In 1980 the Chinese premier went on to Canberra.", {("CHN", "AUS")}),
])
def test_each_stop_of_a_journey_is_a_visit(text, pairs):
    assert _dyads(text, "042") == pairs, _coded(text)


def test_going_on_to_do_something_is_no_journey():
    assert not _dyads("In 1954 Burma invited the premiers of India and Indonesia to Rangoon; the three went on to "
                      "call a conference.", "042")


def test_he_after_a_visit_is_the_visitor_not_the_host_who_met_him():
    text = ("President Sukarno paid a state visit to Burma in May 1958, landing at Rangoon, where General Ne Win met him "
            "at the airport. He went on to Thailand from there.")
    assert ("IDN", "THA") in _dyads(text, "042"), _coded(text)
    assert ("MMR", "THA") not in _dyads(text, "042")


# --- "both governments left CENTO": each state of the pair does the act to the third ---------------------------------


def test_both_governments_leave_a_body_each():
    text = "Iran and Turkey were members of CENTO for two decades. In March 1979 both governments left CENTO."
    assert _dyads(text, "160") == {("IRN", "CENTO"), ("TUR", "CENTO")}, _coded(text)


def test_listed_states_leave_a_body_each():
    assert _dyads("In March 1979 Iran and Turkey withdrew from CENTO.", "160") == {("IRN", "CENTO"), ("TUR", "CENTO")}


@pytest.mark.parametrize("text, pairs", [
    ("Iran and Turkey were members of CENTO for two decades. In March 1979 Iran and Turkey withdrew from the pact.",
     {("IRN", "CENTO"), ("TUR", "CENTO")}),
    ("Turkey and Iraq signed the Baghdad Pact in 1955. In 1959 both governments left the alliance.",
     {("TUR", "CENTO"), ("IRQ", "CENTO")}),
    ("Pakistan joined SEATO in 1954. India protested to Washington. In 1972 Pakistan withdrew from the pact.",
     {("PAK", "SEATO")}),
])
def test_the_pact_left_is_the_body_named_before(text, pairs):
    assert _dyads(text, "160") == pairs, _coded(text)
    assert not _dyads(text, "161") and not _dyads(text, "087"), _coded(text)


def test_a_pact_with_a_partner_is_no_body():
    # "the pact with France" names the partner: no body stands for it, the break is with France as before
    text = "Egypt joined the Arab League in 1945. In 1956 Egypt withdrew from the pact with France."
    assert not _dyads(text, "160") and ("EGY", "FRA") in _dyads(text), _coded(text)


def test_an_alliance_noun_needs_an_alliance_named():
    # "the alliance" does not stand for the United Nations
    text = "The United Nations sent observers in 1965. In 1966 Pakistan left the alliance."
    assert not any(t == "UN" for _, t in _dyads(text)), _coded(text)


# --- "sent notes to A and B demanding the end of the occupation": the end asked for is not done ------------------------


@pytest.mark.parametrize("text", [
    "In 1956 the Soviet Union sent notes to Britain and France demanding the end of the occupation of the canal zone.",
    "In 1961 Tunisia sent notes to France and Italy demanding an end to the blockade of the port.",
    "In 1983 Libya called for the lifting of the blockade of the port by Egypt.",
])
def test_an_end_asked_for_by_name_is_not_done(text):
    assert not any(c[:2] == "08" for *_, c, _ in _coded(text)), _coded(text)


def test_an_end_done_after_a_demand_stays_done():
    text = "In 1962 Cuba demanded talks and Washington lifted the blockade of Cuba."
    assert ("USA", "CUB") in _dyads(text, "081"), _coded(text)


# --- letters told as a noun phrase: the sender's act toward the addressee, typed by what the letter does -------------


@pytest.mark.parametrize("text, pair, cameo", [
    ("In March 1959 a letter from Nasser to Nehru proposed a meeting of the non-aligned states.", ("UAR", "IND"), "036"),
    ("A letter from Sukarno to Nehru in 1961 urged a joint stand on the Congo.", ("IDN", "IND"), "020"),
    ("In a letter to Nasser in 1958, Nkrumah urged an end to the quarrel.", ("GHA", "EGY"), "020"),
    ("In a letter to Tito, Nehru proposed a conference of neutral states.", ("IND", "YUG"), "036"),
    ("In a personal letter to Ayub Khan, Sukarno warned that Indonesia would not stay neutral.", ("IDN", "PAK"), "130"),
])
def test_a_letter_told_as_a_noun_phrase_is_its_senders_act_to_its_addressee(text, pair, cameo):
    assert pair in _dyads(text, cameo), _coded(text)


def test_a_letter_fronted_keeps_the_verbs_own_object():
    # the verb names its own object state: that one is the target, not the letter's addressee
    text = "In a letter to Tito, Nehru urged Indonesia to release the prisoners."
    # an appeal to release: 0253 (decision 10 of tests/data/other_pairs/CONVENTIONS.md)
    assert _dyads(text, "0253") == {("IND", "IDN")}, _coded(text)


# --- an undated dateline ("VIENNA -") opens a news report, as "VIENNA (AP) -" does ----------------------------------------


@pytest.mark.parametrize("head", ["VIENNA - ", "VIENNA -- ", "VIENNA — ", "VIENNA, Austria - "])
def test_an_undated_dateline_reads_as_news(head):
    events = extract_text(head + "Austria expelled two Czechoslovak diplomats, the foreign ministry said.", dct="1979-06-18")
    assert [(e.source, e.target, e.date) for e in events] == [("AUT", "CSK", "1979-06-18")]


def test_a_title_with_a_dash_is_no_dateline():
    from detente.pipeline import _BARE_LEAD

    assert _BARE_LEAD.match("INDIA – NEPAL RELATIONS: A CHRONOLOGY\n") is None
    assert _BARE_LEAD.match("STUDY NOTES — Unit 3, the Cold War in Asia\n") is None
    assert _BARE_LEAD.match("NEW DELHI - India and Nepal signed a trade treaty on Monday.\n") is not None


# --- "sent notes to London and Paris, demanding ...": after the comma the participle is still the sender's ----------


@pytest.mark.parametrize("text, pairs", [
    ("In 1961 Tunisia sent notes to Paris and Rome, demanding the return of the prisoners.", {("TUN", "FRA"), ("TUN", "ITA")}),
    ("In 1961 Tunisia sent a note to France, protesting the raid on Sakiet.", {("TUN", "FRA")}),
])
def test_a_participle_after_the_addressees_comma_is_the_senders(text, pairs):
    assert {(s, t) for s, t, c, _ in _coded(text) if c[:2] in ("10", "11")} == pairs, _coded(text)


def test_a_participle_after_a_subjects_comma_keeps_its_subject():
    # no note sent: the states before the comma act themselves
    text = "In 1961 Tunisia and Morocco met in Rabat, demanding the return of the prisoners from France."
    assert not any(s == "FRA" for s, *_ in _coded(text)), _coded(text)


def test_a_third_named_in_what_the_pair_agreed_is_no_target_of_each():
    text = "When Nehru visited Kennedy in 1961, the two governments agreed that Britain would supply the aircraft instead."
    assert ("USA", "GBR") not in _dyads(text), _coded(text)
