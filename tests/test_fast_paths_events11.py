"""The events stage's shortcuts of speed11 answer what the plain work they replace would answer: the clause walks'
jumps over ordinary words, the nearest date taken without scoring a lone candidate, the trigger-in-a-name test as a
plain loop, and the one pass that sorts a sentence's participants (each filter kept in its order)."""

from __future__ import annotations

import pytest

from detente import pipeline
from detente.events.agents import _list_item_before, _listed_verb, next_listed_verb
from detente.events.dating import _distance, _nearest, _sentence_units, datable
from detente.events.roles import _WALK_STOPS, _stop_before, _stop_from, participants
from detente.events.sentence import SPEAKERS, TELLING, _covered, _tells
from detente.events.triggers import tokenize
from detente.model import Document

_SENTENCES = [
    "After talks in Geneva failed in March 1962, the two delegations, which had met for weeks, signed the accords.",
    "Greece sent rescue teams to Turkey in August 1999 (after the earthquake) and Turkey returned the help.",
    "The Argentine commander – surrounded, and short of food – surrendered to the British on 14 June 1982.",
    "Egypt, independent since 1922, signed a treaty with Britain in 1936; the treaty ended in 1951.",
    "Peru recalled its ambassador",
]


@pytest.mark.parametrize("text", _SENTENCES)
def test_walk_stops_found_in_c_equal_a_plain_scan(text):
    tokens = tokenize(text)
    stops = [i for i, token in enumerate(tokens) if token.low in _WALK_STOPS]
    for index in range(len(tokens) + 1):
        assert _stop_before(tokens, index) == max((i for i in stops if i < index), default=-1)
        assert _stop_from(tokens, index) == min((i for i in stops if i >= index), default=len(tokens))


def _prepared(text: str) -> Document:
    doc = Document(id="", origin="<test>", text=text)
    pipeline.clean(doc)
    pipeline.layout(doc)
    pipeline.tag_time(doc)
    pipeline.find_actors(doc)
    return doc


@pytest.mark.parametrize("text, verb, dates", [
    ("Having promised help in 1949, Washington shipped wheat to India in 1950.", "shipped", 2),
    ("After talks in February 1962, the delegations signed the accords on 18 March 1962.", "signed", 2),
    ("Britain recognized Israel in January 1949 and opened an embassy there in 1950.", "opened", 2),
    ("Moscow broke off relations with Tel Aviv in June 1967, restored them in October 1991 and sent an envoy in 1992.",
     "restored", 3),
    ("China and Japan signed a treaty of peace in August 1978.", "signed", 1),
])
def test_nearest_unit_is_the_one_min_picks(text, verb, dates):
    doc = _prepared(text)
    timexes = datable(doc)
    sentence_span = (0, len(doc.text))
    _, candidates = _sentence_units(doc, timexes, sentence_span)
    assert len(candidates) == dates
    start = text.index(verb)
    trigger_span = (start, start + len(verb))
    context = (doc.text, sentence_span, sentence_span, trigger_span, [], [], None, None)
    expected = min(candidates, key=lambda unit: _distance(unit, *context))  # min() scores every unit, a lone one too
    assert _nearest(candidates, *context) is expected


@pytest.mark.parametrize("start, end, spans, inside", [
    (10, 15, [(0, 5), (8, 20)], True),
    (10, 15, [(0, 5), (11, 20)], False),
    (10, 15, [(10, 15)], True),
    (10, 15, [], False),
    (3, 9, [(20, 30), (0, 9), (2, 4)], True),
])
def test_covered_equals_any(start, end, spans, inside):
    assert _covered(start, end, spans) is inside
    assert _covered(start, end, spans) == any(s <= start and end <= e for s, e in spans)


@pytest.mark.parametrize("text, source, target", [
    # set aside by a contrast: the one after "not" takes no part
    ("Norway, not India, brokered a ceasefire between Sri Lanka and the rebels in 2002.", "NOR", None),
    ("In 1966 the Soviet Union, not Britain, hosted the talks between India and Pakistan at Tashkent.", "SUN", None),
    # "anti-" before a name: no party
    ("Washington armed anti-Soviet fighters in Afghanistan in 1986.", "USA", None),
    # who tells of the act is no party to it
    ("According to the Indian government, Pakistan shelled the border posts in May 1999.", "PAK", "IND"),
])
def test_participants_sorted_in_one_pass(text, source, target):
    events = pipeline.extract_text(text)
    assert events, text
    assert events[0].source == source
    if target is not None:
        assert events[0].target == target


@pytest.mark.parametrize("text, imagined, act", [
    ("Had Moscow refused, the treaty would have failed; instead, the Soviet Union signed it with France in 1944.", 2,
     ("SUN", "FRA")),
    ("Were Washington to invade, Havana would resist; in the end, the United States lifted the blockade in 1962.", 1,
     ("USA", "CUB")),
    ("Had Paris been warned, the ministers would have stayed home; France recognized Algeria in July 1962.", 1,
     ("FRA", "DZA")),
    # no act imagined before the semicolon: the count is still in the meta, at 0
    ("Had it been summer, the crowds would have been larger; Egypt recognized China in May 1956.", 0, ("EGY", "CHN")),
    ("Had the weather been better, the ships would have sailed sooner; Britain recognized Israel in 1950.", 0,
     ("GBR", "ISR")),
])
def test_inverted_conditional_counts_the_acts_it_imagines(text, imagined, act):
    doc = pipeline.process(Document(id="", origin="<test>", text=text))
    assert doc.meta["dropped"]["hypothetical"] == imagined
    assert [(e.source, e.target) for e in doc.events] == [act]  # only the act after the semicolon is told


def _plain_next_listed_verb(tokens, after: int, end: int) -> int:
    # the walk over every word that next_listed_verb replaced with positions found in C
    for index in range(after + 1, min(len(tokens) - 1, end)):
        if tokens[index].text == "," or tokens[index].low == "and":
            if _listed_verb(tokens, index + 1) and (tokens[index].text != "," or _list_item_before(tokens, index, after)):
                return index
    return end


@pytest.mark.parametrize("text", [
    "Somalia expelled the Soviet advisers, renounced the 1974 treaty and broke off relations with Cuba in 1977.",
    "Egypt accused Israel, closed the straits and massed troops in Sinai in May 1967.",
    "The rebels landed near Santiago and, with Cuban help, defeated the Spanish garrison.",
    "Ghana recognized the new state and sent an envoy, and Nigeria followed in 1971.",
    "Chile and Argentina met",
])
def test_next_listed_verb_equals_the_plain_walk(text):
    tokens = tokenize(text)
    for after in range(len(tokens)):
        for end in (len(tokens), len(tokens) - 2, after + 3):
            assert next_listed_verb(tokens, after, end) == _plain_next_listed_verb(tokens, after, end)


def _plain_tells(tokens, participant) -> bool:
    # _tells without its first-word exit: the window of four words read every time
    following = [t.low for t in tokens[participant.last + 1 : participant.last + 5]]
    for index, word in enumerate(following):
        if word in TELLING:
            return index == 0 or all(w in SPEAKERS for w in following[:index])
        if word not in SPEAKERS:
            return False
    return False


@pytest.mark.parametrize("text", [
    "Radio Phnom Penh said that Thai troops had crossed the border in 1977.",
    "India's foreign minister announced that New Delhi would recognize Bangladesh.",
    "The Indian government protested to Beijing, and China denied it.",
    "According to the Egyptian government, Israeli jets struck Cairo in 1970.",
    "Moscow",
])
def test_tells_equals_the_plain_window(text):
    doc = _prepared(text)
    tokens = tokenize(doc.text)
    found = participants(doc.mentions, tokens)
    assert found
    for participant in found:
        assert _tells(tokens, participant) == _plain_tells(tokens, participant)
