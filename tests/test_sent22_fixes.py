"""General forms found on the sent22 labelled rows (tests/data/event_sentences.jsonl, split sent22: the official
register of communiques, notes verbales, treaty articles, resolutions and spokesmen), shown on sentences of our own
about other pairs and years: papers received (a note, a letter, a message) are no visitor received; who asked for a
meeting ("at the request of X, Y and Z") is no party to it; a practice said to go on ("will continue to") is no new
act nor promise; an envoy "asked to leave" is expelled; a tie named inside a view ("held that the normalization of
relations serves ...") is no act; and a text's operative clause in the plain present ("The Governments of A and B agree
mutually to ...") tells no act."""

from __future__ import annotations

import pytest

from detente import extract_text


def _coded(text: str, dct: str | None = None) -> set[tuple]:
    return {(e.source, e.target, e.cameo) for e in extract_text(text, dct=dct)}


# "received" with a paper as its object: something got, no visitor received; a person received stays a host's act
@pytest.mark.parametrize("text", [
    "Nasser received the letter of the Israeli Prime Minister on 3 March 1956.",
    "The Foreign Office said it had received the note of the Egyptian Government and would study it.",
    "On 9 May 1988 the Thai Government received a message from Laos about the border.",
])
def test_a_paper_received_is_no_visit(text):
    assert not any(cameo == "043" for _, _, cameo in _coded(text))
    assert ("EGY", "ISR", "043") in _coded("Nasser received the Israeli Prime Minister on 3 March 1956.")


# who asked for a meeting is no party to it: a body meeting at the request of states makes no meeting among them,
# and states meeting at a third's request meet one another only
def test_who_asked_for_a_meeting_is_no_party():
    assert _coded("The Security Council met at the request of the United Kingdom, France and the Soviet Union on "
                  "5 November 1956.") == set()
    coded = _coded("The foreign ministers of Greece and Turkey met in Zurich at the request of the United Kingdom in "
                   "February 1959.")
    assert {(s, t) for s, t, _ in coded} == {("GRC", "TUR")}
    assert {(s, t) for s, t, _ in _coded("Nasser and Tito met at the invitation of Nehru in July 1956.")} == {("EGY", "YUG")}


# "will / shall / would continue to" a practice: no new act, nor a promise of one; the plain future stays an intent
@pytest.mark.parametrize("text", [
    "Greece will continue to supply fuel to Serbia, the ministry said.",
    "Athens said it would continue to supply fuel to Serbia.",
])
def test_a_practice_said_to_go_on_is_no_act(text):
    assert _coded(text) == set()
    assert ("GRC", "SRB", "033") in _coded("Greece will supply fuel to Serbia, the ministry said.")


# an envoy asked to leave the state he serves in is expelled (as "ordered to leave")
def test_an_envoy_asked_to_leave_is_expelled():
    assert ("EGY", "JOR", "161") in _coded("On 2 June 1967 Egypt asked the Jordanian ambassador to leave Cairo.")
    assert ("SAU", "SWE", "161") in _coded("Riyadh asked the Swedish envoy to leave the kingdom in March 2015.")


# a tie named inside a view held, in the present or a modal and with no date, is no act; the tie told as done stays
@pytest.mark.parametrize("text", [
    "The two governments held that the normalization of relations serves the interests of both Greece and Turkey.",
    "At the dinner the King said that the friendship between the Thai and Lao peoples would last forever.",
    "Ankara reaffirmed its view that the Cyprus question is the main obstacle to the normalization of relations "
    "between Turkey and Greece.",
])
def test_a_tie_in_a_view_is_no_act(text):
    assert _coded(text) == set()
    assert ("EGY", "ISR", "050") in _coded("The normalization of relations between Egypt and Israel in 1980 surprised "
                                           "the Arab world.")


# a text's operative clause: "The Governments of A and B agree ..." in the plain present with no date; a headline in
# the present keeps its act
@pytest.mark.parametrize("text", [
    "The Governments of Ghana and Togo agree mutually to respect the frontier between them.",
    "The Republic of Chile and the Argentine Republic agree to submit the dispute to arbitration.",
])
def test_a_texts_operative_clause_is_no_act(text):
    assert _coded(text) == set()
    assert ("GHA", "TGO", "030") in _coded("Ghana and Togo agree to reopen border")


# the official register's vocabulary, each with its doer and the state it is aimed at
@pytest.mark.parametrize("text, coded", [
    ("On 28 May 1971 President Nixon sent a message of condolence to the King of Nepal.", ("USA", "NPL", "051")),
    ("In August 1992 the Government of Chile sent a message of sympathy to the Government of Peru.", ("CHL", "PER", "051")),
    ("The United States vacated its bases in Libya in June 1970.", ("USA", "LBY", "087")),
    ("In January 1958 Moscow extended an invitation to Nasser to visit the Soviet Union.", ("SUN", "EGY", "036")),
    ("The Arab League decided on 12 June 1961 to restore Kuwait's membership.", ("ARAB_LEAGUE", "KWT", "081")),
    ("Eritrea accepted the Security Council's call for a cease-fire on 18 June 2000.", ("ERI", "UNSC", "080")),
    ("On 5 June 1995 Britain gave France formal notice of its withdrawal from the fisheries agreement.",
     ("GBR", "FRA", "130")),
    ("The Government of Egypt decided in March 1991 to extend full cooperation to Syria.", ("EGY", "SYR", "062")),
    ("Gromyko led the Soviet delegation out of the conference hall on 5 May 1960.", ("SUN", None, "143")),
])
def test_official_vocabulary(text, coded):
    assert coded in _coded(text)


# letters of credence presented, as credentials are
@pytest.mark.parametrize("text, coded", [
    ("The Ambassador of Chile presented his letters of credence to President Belaunde in Lima in 1981.",
     ("CHL", "PER", "054")),
    ("The first Chilean ambassador presented his letters of credence in Lima in June 1981.", ("CHL", "PER", "054")),
])
def test_ceremonial_acts(text, coded):
    assert coded in _coded(text)
