"""General forms found on the long pages of tests/data/other_pairs/tune21/ (README.md there), shown on sentences of
our own about other pairs and years: each sentence with the (source, target, type) it must or must not yield."""

from __future__ import annotations

import pytest

from detente import extract_text


def _coded(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type) for e in extract_text(text)}


# A party named in a contrast set off by commas ("X, not Y, did it") takes no part in the act, and the "not" does not
# negate the act the sentence states.
@pytest.mark.parametrize("text, expected, absent", [
    ("In 1979 Algeria, not Switzerland, mediated between Iran and the United States.",
     ("DZA", "IRN", "CONSULT"), ("CHE", "IRN", "CONSULT")),
    ("In November 1962 Britain, not France, supplied the first arms to India.",
     ("GBR", "IND", "AID"), ("FRA", "IND", "AID")),
    ("In May 1948 the United States, not Britain, recognised Israel within minutes.",
     ("USA", "ISR", "SUPPORT"), ("GBR", "ISR", "SUPPORT")),
])
def test_a_party_set_aside_by_a_contrast_takes_no_part(text, expected, absent):
    coded = _coded(text)
    assert expected in coded
    assert absent not in coded


@pytest.mark.parametrize("text", [
    "In 1968 India did not, however, sign the treaty.",
    "Japan, not yet a member of the United Nations, could not vote on the resolution in 1955.",
])
def test_a_plain_negation_still_negates(text):
    assert _coded(text) == set()


# A state that bans, outlaws or proscribes a movement or party coerces it; the longer entries for bans on trade,
# flights or arms are kept.
@pytest.mark.parametrize("text, expected", [
    ("In April 1960 South Africa banned the African National Congress.", ("ZAF", "ANC", "COERCE")),
    ("Britain proscribed the Irish Republican Army in 1939.", ("GBR", "IRA", "COERCE")),
    ("Sri Lanka outlawed the Liberation Tigers of Tamil Eelam in January 1998.", ("LKA", "LTTE", "COERCE")),
])
def test_a_movement_banned_is_coerced(text, expected):
    assert expected in _coded(text)


def test_a_ban_on_trade_keeps_its_own_code():
    events = extract_text("In 1983 India banned imports from Pakistan.")
    assert [(e.source, e.target, e.cameo) for e in events] == [("IND", "PAK", "163")]


# A denial further back than the words read before a verb: a subject "Neither ..." and a complement "not to ..." that
# the act lies in (read by the modality rule itself, on the verb each sentence names).
def _modality_of(text: str, verb: str) -> str:
    from detente.events.modality import modality
    from detente.events.triggers import tokenize

    tokens = tokenize(text)
    at = next(i for i, t in enumerate(tokens) if t.low == verb)
    return modality(tokens, 0, at, at)


@pytest.mark.parametrize("text, verb", [
    ("Neither government, for all the speeches of that long and anxious spring, sent troops to the other.", "sent"),
    ("Neither side, despite years of talks and steady American pressure, dropped its claim to the islets.", "dropped"),
    ("In September 1972 Japan undertook not to authorize Japanese firms to take part in arming Taiwan.", "arming"),
    ("In 1998 Pakistan undertook in writing not to permit its nationals to take part in arming the Taliban.", "arming"),
])
def test_a_denial_from_afar_negates_the_act(text, verb):
    assert _modality_of(text, verb) == "negated"


@pytest.mark.parametrize("text, verb", [
    # the complement ends where a new clause begins: the act after it is done
    ("In 1994 Israel and Jordan agreed not to harbour each other's enemies, and within months they opened their "
     "border to trade.", "opened"),
    ("Both sides, for all the bitterness of the long and costly war, signed the armistice in July 1953.", "signed"),
])
def test_an_act_past_the_denial_stands(text, verb):
    assert _modality_of(text, verb) == "asserted"


# Angola and Mozambique by their official names of 1975-1990: "the People's Republic" after them is that state, not
# China.
@pytest.mark.parametrize("text, code", [
    ("The MPLA proclaimed the People's Republic of Angola in November 1975, and in February 1976 the Organization of "
     "African Unity admitted the People's Republic as a member.", "AGO"),
    ("Samora Machel proclaimed the People's Republic of Mozambique on 25 June 1975. In March 1976 the People's "
     "Republic closed its border with Rhodesia.", "MOZ"),
])
def test_the_peoples_republic_after_an_african_one_is_that_state(text, code):
    from detente.actors import find_mentions

    named = [m.entity for m in find_mentions(text) if "People's Republic" in m.text]
    assert named == [code, code]


# Power or sovereignty transferred or handed to a state grants it independence; "transfer" doubles its last consonant
# ("transferred"), which also mends the older entries on recognition and support transferred.
@pytest.mark.parametrize("text, expected", [
    ("On 15 August 1947 Britain transferred power to the new Dominion of India.", ("GBR", "IND", "SUPPORT")),
    ("The Netherlands transferred sovereignty to Indonesia on 27 December 1949.", ("NLD", "IDN", "SUPPORT")),
    ("Britain handed power to Ghana's first government on 6 March 1957.", ("GBR", "GHA", "SUPPORT")),
    ("In September 1972 Japan transferred its recognition from Taipei to Beijing.", ("JPN", "CHN", "SUPPORT")),
])
def test_power_transferred_is_independence_granted(text, expected):
    assert expected in _coded(text)


# "The Queen" alone is a reigning queen: the British one unless the Dutch or Danish crown is in focus or named after
# the title; not the state a list's line before named.
@pytest.mark.parametrize("text, expected", [
    ("Key dates\n\n- Nov. 1956 – Paris and London land troops at Port Said\n- 21 Jan. 1961 – The Queen arrives in "
     "New Delhi", ("GBR", "IND", "CONSULT")),
    ("Chronology\n\n- 1978 – Giscard and Schmidt propose a European Monetary System\n- Oct. 1986 – The Queen "
     "visits China", ("GBR", "CHN", "CONSULT")),
    ("In 1971 the Queen of the Netherlands paid a state visit to Indonesia.", ("NLD", "IDN", "CONSULT")),
])
def test_the_queen_alone_is_a_reigning_queen(text, expected):
    assert expected in _coded(text)


# A leader or state that makes its peace with another is reconciled with it.
@pytest.mark.parametrize("text, expected", [
    ("Mobutu Sese Seko made his peace with Neto in 1978.", ("COD", "AGO", "SUPPORT")),
    ("In May 1967 King Hussein made his peace with Nasser in Cairo.", ("JOR", "EGY", "SUPPORT")),
    ("Egypt made peace with Israel in March 1979.", ("EGY", "ISR", "SUPPORT")),
])
def test_peace_made_with_another_is_reconciliation(text, expected):
    assert expected in _coded(text)


# "The two governments" after a sentence has named two other states than the page's pair are those two.
@pytest.mark.parametrize("text, expected, absent", [
    ("Cuba–Angola relations\n\nCuba sent troops to Angola in 1975. Zaire's president, Mobutu, made his peace with Neto "
     "in 1978, and the two governments agreed to stop supporting each other's rebels.",
     ("COD", "AGO", "AGREE"), ("CUB", "AGO", "AGREE")),
    ("India–Pakistan relations\n\nIndia and Pakistan fought in 1965. In May 1967 Nasser received King Hussein in Cairo, "
     "and the two governments signed a defence pact.", ("EGY", "JOR", "SUPPORT"), ("IND", "PAK", "SUPPORT")),
])
def test_the_two_governments_are_the_two_the_sentence_names(text, expected, absent):
    coded = _coded(text)
    assert expected in coded
    assert absent not in coded


@pytest.mark.parametrize("text", [
    "In July 2006 Castro flew to a summit in Argentina, his last journey abroad before illness made him hand power to "
    "his brother.",
    "In November 1964, with Egypt's troops still in Yemen, King Saud of Saudi Arabia handed power to his brother "
    "Faisal.",
])
def test_power_handed_to_a_relative_is_no_act_between_states(text):
    assert not any(e.cameo == "054" for e in extract_text(text))


# A date told in a pluperfect clause ("where the British had built a summer capital in 1864") looks back: the story
# stays where it was, for irregular participles too ("had built", "had won", "had shot").
@pytest.mark.parametrize("text, act, date", [
    ("In June 1972 Bhutto came to India. He stayed at Simla, where the British had built a summer capital in 1864. "
     "India and Pakistan signed an agreement there.", ("IND", "PAK", "SUPPORT"), "1972-06"),
    ("In May 1998 the G8 leaders met in Birmingham. They lunched at a hall where Chamberlain had won his first seat in "
     "1918. The G8 condemned India's nuclear tests.", ("G7", "IND", "ACCUSE"), "1998-05"),
])
def test_a_date_in_a_pluperfect_clause_does_not_move_the_story(text, act, date):
    dated = {(e.source, e.target, e.type): e.date for e in extract_text(text)}
    assert dated.get(act) == date


# A verb whose object is "no ..." denies the act ("offered no apology"), not "no fewer than", "no longer".
def test_an_act_with_no_object_is_not_done():
    assert not any(e.cameo.startswith("03") for e in extract_text("In March 1979 China offered no apology to Vietnam."))
    assert _modality_of("In 1970 Israel offered no reply to the Egyptian proposal.", "offered") == "negated"
    assert _modality_of("In 1970 Israel offered no fewer than three replies to the Egyptian proposal.", "offered") \
        == "asserted"


# A verb of cooperation standing as a noun ("Trade recovered.", "good for trade", "Buddhism, trade and ...") is no act;
# the verb after its subject or "to" still is.
@pytest.mark.parametrize("text", [
    "Japan and South Korea settled their claims in 1965. Trade, tourism and students bound them after 1970.",
    "Relations between Chile and Peru, shaped by war, trade and the sea, improved in the 1990s.",
    "Some in Ottawa believed in 1971 that ministers cared more about trade than about Taiwan.",
    "The détente years of 1972 and 1973 were good for trade between Moscow and Bonn.",
])
def test_a_verb_of_cooperation_as_a_noun_is_no_act(text):
    assert not any(e.cameo.startswith("06") for e in extract_text(text))


@pytest.mark.parametrize("text, expected", [
    ("In 1995 Vietnam began to trade with the United States.", ("VNM", "USA", "COOPERATE")),
    ("China and Laos moved to mend their ties in 1988. Trade across the Yunnan border resumed in 1989.", ("CHN", "LAO", "COOPERATE")),
    ("Argentina traded grain to the Soviet Union in 1980.", ("ARG", "SUN", "COOPERATE")),
])
def test_the_verb_itself_still_tells_an_act(text, expected):
    assert expected in _coded(text)


def test_a_party_set_aside_is_not_filled_in_from_the_pair():
    text = ("India–United Kingdom relations\n\nThe war of 1965 ended in a stalemate. The Soviet Union, not Britain, "
            "brokered the peace signed at Tashkent in January 1966.")
    coded = _coded(text)
    assert ("SUN", "IND", "CONSULT") in coded
    assert not any("GBR" in (source, target) for source, target, _ in coded)


def test_a_thing_banned_in_a_state_is_no_movement_coerced():
    assert extract_text('The novel "The Satanic Verses" was banned in India in October 1988.') == []
