"""General forms of eventless look-alikes found on the labelled rows' false events (fer1), shown on sentences of our
own about other pairs and years, each beside the same verb told as done: a closing tag of belief (", Western
diplomats believe.", ", officials fear.") leaves the clause before it unvouched; a wish told with "would" ("said he
would welcome talks", "would be glad to receive") is no promise; the purpose of a meeting to
come ("will meet next month to discuss") is not held; and a headline's infinitive ("Laos to buy Russian jets, ministry
says") is an act to come."""

from __future__ import annotations

import pytest

from detente import extract_text


def _coded(text: str, dct: str | None = None) -> set[tuple]:
    return {(e.source, e.target, e.cameo) for e in extract_text(text, dct=dct)}


@pytest.mark.parametrize("text", [
    "NAIROBI, May 4 (Reuters) - Kenyan troops have crossed into Somalia to help the interim government, Western "
    "diplomats here believe.",
    "Ethiopian artillery shelled Eritrean positions near Badme overnight, aid workers in the area suspect.",
    "Talks between Chile and Bolivia on access to the sea could break down if the protests go on, officials fear.",
])
def test_a_closing_tag_of_belief_leaves_the_act_unvouched(text):
    assert _coded(text, dct="1998-05-04") == set()


@pytest.mark.parametrize("text, expected", [
    ("NAIROBI, May 4 (Reuters) - Kenyan troops have crossed into Somalia, Western diplomats here said.",
     ("KEN", "SOM", "190")),
    ("Ethiopian artillery shelled Eritrean positions near Badme overnight, aid workers in the area reported.",
     ("ETH", "ERI", "190")),
])
def test_a_closing_tag_of_saying_keeps_the_act(text, expected):
    assert {(s, t) for s, t, _ in _coded(text, dct="1998-05-04")} >= {expected[:2]}


@pytest.mark.parametrize("text", [
    "The Bolivian president has often said he would welcome talks with Santiago on an outlet to the sea.",
    "Hanoi said it would be glad to receive a delegation from Phnom Penh.",
    "The Greek premier said he would like to visit Ankara in the spring.",
])
def test_a_wish_told_with_would_is_no_promise(text):
    assert _coded(text) == set()


def test_a_promise_told_with_would_keeps_its_intent():
    assert ("BOL", "CHL", "036") in _coded("The Bolivian president said he would hold talks with Santiago.")


def test_the_purpose_of_a_meeting_to_come_is_not_held():
    coded = _coded("Greek and Turkish officials will meet next week to discuss the Aegean, a spokesman said.")
    assert not [key for key in coded if key[2].startswith("04")], coded


@pytest.mark.parametrize("text", [
    "Laos to send troops to Thailand on training mission, army says",
    "Chile, Peru to resume border talks in Lima",
])
def test_a_headlines_infinitive_is_an_act_to_come(text):
    assert _coded(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("Laos sends troops to Thailand on training mission, army says", ("LAO", "THA")),
    ("According to Lima, Chilean troops crossed the border near Tacna", ("CHL", "PER")),
])
def test_a_headlines_finite_verb_keeps_its_act(text, expected):
    assert expected in {(s, t) for s, t, _ in _coded(text)}


@pytest.mark.parametrize("text", [
    "A war between Chile and Peru could cost thousands of lives, a think tank warned in 1998.",
])
def test_a_closing_warning_of_a_danger_is_no_threat(text):
    assert _coded(text) == set()


def test_a_warning_told_to_a_state_is_a_threat():
    assert ("CHL", "PER", "130") in {(s, t, c[:2] + "0") for s, t, c in _coded("Chile warned Peru in 1998 that it would "
                                                                                  "answer any incursion with force.")}


@pytest.mark.parametrize("text", [
    "The prospect of Indian troops entering Nepal kept Beijing awake in 1989.",
    "The threat of Soviet rockets defending Syria, made in 1957, was a bluff.",
])
def test_an_act_after_the_threat_of_is_imagined(text):
    assert not [key for key in _coded(text) if key[2] in ("190", "052", "150")]


def test_the_same_participle_told_as_done_keeps_its_act():
    assert ("IND", "NPL", "190") in _coded("Indian troops entering Nepal in 1989 alarmed Beijing.")


@pytest.mark.parametrize("text", [
    "Chilean newspapers wrote at length about the Bolivian and Chilean armies facing each other at the border in 1978.",
    "A Greek novelist wrote about the Turkish invasion of Cyprus in 1974.",
])
def test_an_act_in_the_topic_of_writing_is_not_told(text):
    assert not [key for key in _coded(text) if key[2] in ("150", "190")]


def test_the_same_act_told_keeps_it():
    assert {("BOL", "CHL", "150"), ("CHL", "BOL", "150")} <= _coded(
        "Bolivian and Chilean troops faced each other at the border in 1978.")


@pytest.mark.parametrize("text", [
    "A timeline of the war between Ethiopia and Eritrea is printed at the end of the book.",
    "The 1929 treaty between Peru and Chile is known as the Treaty of Lima.",
])
def test_a_list_of_dates_or_a_name_given_tells_no_act(text):
    assert _coded(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("The war between Ethiopia and Eritrea lasted two years.", ("ETH", "ERI", "190")),
    ("The treaty between Peru and Chile was signed in Lima in 1929.", ("PER", "CHL", "057")),
])
def test_the_same_nouns_told_keep_their_acts(text, expected):
    assert expected in _coded(text)


def test_what_billboards_demand_is_no_act():
    assert _coded("Posters across Iran demanded the expulsion of the British ambassador in 1980.") == set()


def test_what_a_state_demands_is_its_act():
    assert ("IRN", "GBR", "100") in _coded("Iran demanded the expulsion of the British ambassador in 1980.")


def test_aid_named_as_a_flow_per_period_is_no_act():
    coded = _coded("Jordan received about 300 million dollars a year in American military aid after the peace with Israel.")
    assert not [key for key in coded if key[2][:2] in ("06", "07")], coded


@pytest.mark.parametrize("text, expected", [
    ("The Soviet Union sold Cuba 50,000 tons of oil in 1972.", ("SUN", "CUB", "061")),
    # a verb that starts or sets a flow is an act: the flow's amount per period does not undo it
    ("In 1974 Iran began to supply Egypt with about 20,000 barrels of oil a day on credit.", ("IRN", "EGY", "070")),
])
def test_aid_or_trade_told_by_a_verb_is_an_act(text, expected):
    assert expected in _coded(text)


def test_a_tie_never_made_is_no_refusal():
    assert _coded("Bhutan has never established diplomatic relations with China.") == set()


@pytest.mark.parametrize("text, expected", [
    ("Pakistan has never recognised Israel.", ("PAK", "ISR", "120")),
    ("Bolivia refused to establish relations with Chile in 1978.", ("BOL", "CHL", "120")),
])
def test_a_recognition_withheld_or_a_tie_refused_is_a_refusal(text, expected):
    assert expected in _coded(text)
