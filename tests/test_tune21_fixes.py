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
