"""actors9: actor gaps left open (issue 4), shown on sentences of our own about other pairs, years and words.

A town named in a relative clause that "who" opens with no comma ("gunmen who held <town> shelled ...") is what the
subject took or held, never the doer of the main verb: the subject stands before "who"."""

from __future__ import annotations

import pytest

from detente import extract_text


def _pairs(text: str) -> set[tuple[str, str | None]]:
    return {(event.source, event.target) for event in extract_text(text)}


@pytest.mark.parametrize(("text", "pair", "town_state"), [
    # the movement's men act under its own code (the Taliban while governing under its name), not as the town's state
    ("On 9 March 1999 Taliban gunmen who held Kunduz shelled a Tajik border post.", ("TALIBAN", "TJK"), "AFG"),
    ("On 5 June 1997 Taliban fighters who had taken Herat stormed the Turkmen consulate there.", ("TALIBAN", "TKM"), "AFG"),
    # a state's soldiers: the town they took is a place of another state, which does not act
    ("On 2 May 1982 Argentine marines who held Port Stanley fired on a British frigate.", ("ARG", "GBR"), None),
    ("In June 1967 Israeli paratroopers who had captured Kuneitra shelled Syrian positions.", ("ISR", "SYR"), None),
])
def test_a_town_in_a_relative_clause_with_no_comma_is_no_doer(text, pair, town_state):
    pairs = _pairs(text)
    assert pair in pairs
    if town_state is not None:
        assert all(source != town_state for source, _target in pairs)


@pytest.mark.parametrize(("text", "pair"), [
    # a relative clause naming no one: the subject before "who" acts, as before
    ("On 4 April 1996 Iranian troops who had crossed the border attacked Iraqi Kurdish camps.", ("IRN", "IRQ")),
    # a comma before "who" is the other form (in_relative), unchanged
    ("In May 1999 the Taliban, who held Kunduz, shelled a Tajik border post.", ("TALIBAN", "TJK")),
])
def test_the_subject_before_who_keeps_the_act(text, pair):
    assert pair in _pairs(text)
