"""General forms found on the sent21 labelled rows (tests/data/event_sentences.jsonl, split sent21: the prose of
historians' monographs and articles), shown on sentences of our own about other pairs and years: hearsay the writer
does not vouch for ("is sometimes said to have armed", "..., or so officials later claimed"), a question left open
("it remains unclear how far ... broke with"), acts beyond counting ("have met countless times"), meetings that "have
regularly been postponed", a nominal act judged with an adverb before the participle ("is less often noticed than",
"is sometimes overlooked") kept as an act, and the vocabulary of nominal style (a condemnation or denunciation of an
act, an expression of remorse, good offices offered, a state pressed for arms)."""

from __future__ import annotations

import pytest

from detente import extract_text


def _coded(text: str, dct: str | None = None) -> set[tuple]:
    return {(e.source, e.target, e.cameo) for e in extract_text(text, dct=dct)}


# hearsay: "X is (adverb) said / reported / rumoured to have done" is not vouched for by the writer; "is
# known to have" (a fact owned) and a report closing the sentence keep their act
@pytest.mark.parametrize("text", [
    "Ankara is sometimes said to have armed the Azerbaijani militias in 1992.",
    "Tripoli was widely reported to have financed the rebels in Chad in 1980.",
    "Hanoi is rumoured to have supplied rifles to the Khmer Rouge before 1975.",
])
def test_hearsay_is_no_act(text):
    assert _coded(text) == set()
    assert ("TUR", "AZE", "072") in _coded("Ankara is known to have armed the Azerbaijani militias in 1992.")
    assert ("TUR", "AZE", "072") in _coded("Ankara armed the Azerbaijani militias in 1992, Armenian officials said.")


# a closing hedge ", or so X claimed": the act is the claim of others, not the writer's
def test_or_so_they_claimed_is_no_act():
    assert _coded("Libya supplied arms to the IRA in the 1980s, or so British officials later claimed.") == set()
    assert ("LBY", "IRA", "072") in _coded("Libya supplied arms to the IRA in the 1980s, British officials said.")


# a question left open: "it remains unclear how far / whether" spans its own clause only
def test_a_question_left_open_is_no_act():
    assert _coded("It remains unclear how far Syria broke with Hezbollah after 2005.") == set()
    assert _coded("It is uncertain whether Caracas ever expelled the Colombian consul in 1980.") == set()
    assert ("SYR", "HEZBOLLAH", "161") in _coded(  # the open question ends at "but"
        "It is unclear whether Moscow knew, but Syria broke with Hezbollah in 2005.")


# acts beyond counting: "have met countless times since 1980" tells no one meeting
def test_countless_meetings_are_no_act():
    assert _coded("Kenyan and Somali officials have met countless times since 1980 without settling anything.") == set()
    assert ("KEN", "SOM", "043") in _coded("Kenyan and Somali officials met in Nairobi in 1980.")


# a meeting named as a noun that "has (regularly) been postponed" did not take place
@pytest.mark.parametrize("text", [
    "Summits between Ethiopia and Somalia have regularly been postponed because of quarrels over the Ogaden.",
    "Talks between Iraq and Syria have repeatedly been postponed since 1980.",
    "The summit between Ethiopia and Somalia has twice been postponed.",
])
def test_meetings_regularly_postponed_are_no_act(text):
    assert _coded(text) == set()
    assert ("IRQ", "SYR", "043") in _coded("The summit between Iraq and Syria was held in Baghdad in 1978.")


# a nominal act as the subject of a judgement with an adverb before the participle is still the act told
@pytest.mark.parametrize("text, expected", [
    ("Egypt's dispatch of troops to Yemen in 1962 is less often noticed than its wars with Israel.", ("EGY", "YEM", "074")),
    ("Cuba's dispatch of troops to Syria in 1973 is sometimes overlooked.", ("CUB", "SYR", "074")),
])
def test_a_nominal_act_judged_after_an_adverb(text, expected):
    assert expected in _coded(text)
    # a description or a judgement of credit after the adverb stays no act
    assert _coded("The war between Iran and Iraq is still the longest war of the century.") == set()
    assert _coded("The rapprochement between India and China in 1988 is generally credited to Rajiv Gandhi's visit.") == set()


# vocabulary of the nominal style
@pytest.mark.parametrize("text, expected", [
    ("Bonn's condemnation of the Soviet invasion was swift.", ("DEU", "SUN", "111")),
    ("Seoul's denunciation of the Japanese textbooks came within days.", ("KOR", "JPN", "111")),
    ("Bonn's expression of remorse, conveyed during the visit of Brandt in 1970, satisfied Warsaw.", ("DEU", "POL", "055")),
    ("Vienna offered its good offices to Rome and Belgrade in 1953.", ("AUT", "ITA", "039")),
    ("Amman pressed Washington for arms throughout the crisis of 1970.", ("JOR", "USA", "0232")),
])
def test_nominal_style_vocabulary(text, expected):
    assert expected in _coded(text)
    assert _coded("Journalists pressed the minister for details.") == set()


# arms sold named as a noun, the seller before it and the buyer after "to"
@pytest.mark.parametrize("text, expected", [
    ("Beijing's sale of M-11 missiles to Pakistan was reported in 1993.", ("CHN", "PAK", "062")),
    ("France's sale of Mirage jets to Libya in 1970 angered Israel.", ("FRA", "LBY", "062")),
])
def test_arms_sold_named_as_a_noun(text, expected):
    assert expected in _coded(text)
    assert _coded("The sale of the house to a Swiss buyer was completed.") == set()
    # a ban on the sale is the embargo alone
    assert _coded('Washington declared a "moral embargo" on the sale of aircraft to Moscow in December 1939.') == {
        ("USA", "SUN", "163")}


# a joint statement issued by two states is a text they agree on, as a communique issued is
def test_a_joint_statement_issued():
    assert ("BRA", "ARG", "057") in _coded("Brazil and Argentina issued a joint statement on nuclear energy in 1985.")
    assert _coded("Brazil issued a statement on nuclear energy in 1985.") == set()
