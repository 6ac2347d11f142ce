"""The events stage's shortcuts of speed12 answer what the work they gate would answer: a sentence's regexes are
tried only when substring tests in C find what any match must hold."""

from __future__ import annotations

import itertools

import pytest

from detente.events.brokers import BROKERED, may_name_broker
from detente.events.followed import GAPPED
from detente.events.sentence import _HYPHEN_BROKER, _QUOTE_AFTER_COMMA, _may_quote

# sentences written for these tests: each regex matches some of them and misses others
_SENTENCES = [
    "A Qatari-brokered truce between Ethiopia and Eritrea held through the summer of 2019.",
    "The talks, mediated by Algeria, ended the hostage crisis between Iran and the United States in January 1981.",
    "An Egyptian-mediated ceasefire between Israel and Hamas took effect in May 2021.",
    "The summit hosted by Finland brought Reagan and Gorbachev together? No: Bush and Gorbachev met in Helsinki in 1990.",
    "'We shall not yield,' the Greek prime minister told Turkey in 1974.",
    "\u201cThe border is closed,\u201d the Thai foreign ministry said of Cambodia in 2008.",
    "China's envoy said: \"Withdraw your troops\" to India in September 1965.",
    "Thatcher visited Moscow in 1987, and President Bush in 1991.",
    "Peru recalled its ambassador from Chile in 1975.",
    "An immediate stated aim of the treaty was peace.",
    "TALKS BROKERED BY NORWAY OPENED IN OSLO IN 1993.",
    "A truce MEDİATED by Turkey and one medıated by Qatar followed in 2020.",
    "The \u212aremlin-brokered deal of 2020 ended the fighting over Nagorno-Karabakh.",
    "Brazil, Argentina, and Chile in turn.",
]


@pytest.mark.parametrize("text", _SENTENCES)
def test_broker_gate_passes_every_sentence_the_regex_matches(text):
    if BROKERED.search(text):
        assert may_name_broker(text)


def test_broker_gate_passes_every_spelling_the_case_blind_regex_accepts():
    # every spelling of the two words the regex accepts, each letter in each case it folds to ("İ" and "ı" for "i",
    # the Kelvin sign for "k"), after a hyphen and before "by"
    folds = {"i": "iIİı", "k": "kK\u212a"}
    for word in ("brokered", "mediated"):
        for spelling in itertools.product(*(folds.get(letter, letter + letter.upper()) for letter in word)):
            written = "".join(spelling)
            for text in (f"a Soviet-{written} accord", f"talks {written} by Norway"):
                assert BROKERED.search(text), text
                assert may_name_broker(text), text


def test_broker_gate_fails_a_sentence_without_the_words():
    assert not may_name_broker("Peru recalled its ambassador from Chile in 1975.")
    assert not may_name_broker("The mediator set out his terms in 1978.")  # "med" without "ated"
    # "med" and "ated" both there pass the gate; the regex then answers
    assert may_name_broker("The mediator stated his terms in 1978.")
    assert not BROKERED.search("The mediator stated his terms in 1978.")


@pytest.mark.parametrize("text", _SENTENCES)
def test_hyphen_broker_gate_holds_what_every_match_holds(text):
    match = _HYPHEN_BROKER(text)
    if match:
        assert "brokered" in text or "mediated" in text or "hosted by" in text


@pytest.mark.parametrize("text", _SENTENCES)
def test_quote_gate_passes_every_sentence_the_regex_matches(text):
    if _QUOTE_AFTER_COMMA.search(text):
        assert _may_quote(text)
    assert _may_quote(text) == any(mark in text for mark in "'\"\u2019\u201d\u00bb")


@pytest.mark.parametrize("text", _SENTENCES)
def test_gapped_gate_holds_what_every_match_holds(text):
    if GAPPED.search(text):
        assert "and" in text


# windows before or after an act, as the dating rules cut them from sentences written for these tests; each pattern
# matches some and misses the others
_WINDOWS = [
    "textbooks that excused the WARTIME ",
    "the pre-war ",
    "the colonial-era ",
    "the Prewar ",
    "the war-time treaty ",
    "Japan did not ",
    "Ankara DIDN'T ",
    "Moscow would n't ",
    "Cairo wasn’t ",
    "and held the line UNTIL the ",
    "kept their troops there till ",
    "remained untıl ",
    "stayed there Tİll the ",
    "were to withdraw by the end of ",
    "BY the ",
    "Syria, at odds with Iraq since ",
    "held since the ",
    "[June 1967] After the war ",
    "'s vote ",
    "’s plebiscite ",
    "an ordinary window without any of the words",
]


@pytest.mark.parametrize("window", _WINDOWS)
def test_dating_gates_pass_every_window_their_pattern_matches(window):
    from detente.events import dating

    if dating._OF_AN_OLD_WAR.search(window):
        assert dating._may_hold(window, dating._OLD_WAR_WORDS)
    if dating._NOT_BEFORE.search(window):
        assert dating._may_hold(window, dating._NOT_WORDS)
    if dating._UNTIL_AFTER.fullmatch(window):
        assert dating._may_hold(window, dating._UNTIL_WORDS)
    assert dating._holds_by(window, 0, len(window)) == bool(dating._BY.search(window))
    if dating._SINCE_ASIDE.search(window):
        assert dating._holds(window, "since", 0, len(window))
    if dating._BRACKETED.match(window):
        assert dating._holds(window, "[", 0, len(window))
    if dating._DAYS_THING.match(window):
        assert window[:1] in dating._APOSTROPHES


def test_dating_windows_reach_every_pattern():
    # the windows above are no empty test: each pattern matches one of them at least
    from detente.events import dating

    assert any(dating._OF_AN_OLD_WAR.search(w) for w in _WINDOWS)
    assert any(dating._NOT_BEFORE.search(w) for w in _WINDOWS)
    assert sum(bool(dating._UNTIL_AFTER.fullmatch(w)) for w in _WINDOWS) >= 3
    assert any(dating._BY.search(w) for w in _WINDOWS)
    assert any(dating._SINCE_ASIDE.search(w) for w in _WINDOWS)
    assert any(dating._BRACKETED.match(w) for w in _WINDOWS)
    assert sum(bool(dating._DAYS_THING.match(w)) for w in _WINDOWS) == 2


@pytest.mark.parametrize("text", _SENTENCES + [
    "The sanctions that the United Nations had imposed on Iraq in 1990 were lifted in 2003.",
    "Relations, which Cuba broke off in 1962, were restored by Venezuela in 1974.",
    "The embargo was lifted by Washington in 2016 after the talks.",
])
def test_fronted_candidates_read_in_c_equal_the_plain_filter(text):
    from detente.events import triggers

    tokens = triggers.tokenize(text)
    lows = frozenset(t.low for t in tokens)
    objects = triggers._object_index()
    plain = {low for low in lows & triggers._object_words() if not objects[low][0].isdisjoint(lows)}
    assert triggers._fronted_candidates(tokens) == plain


def test_fronted_candidates_found_in_some_sentence():
    from detente.events import triggers

    assert triggers._fronted_candidates(triggers.tokenize("The sanctions imposed on Iraq in 1990 were lifted in 2003."))
