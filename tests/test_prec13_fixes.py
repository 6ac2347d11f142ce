"""prec13 (issue 5, false events on the tuned pages): forms that made events no reader codes -- the entries of a
contents list the sentence splitter cut at their numbers, and the states listed after "the ceasefire in" read as the
truce's parties -- shown on sentences and pages of our own, each with look-alikes that keep their events."""

from __future__ import annotations

import pytest

from detente import extract_text


def _acts(text: str) -> list[tuple]:
    return sorted((e.source, e.target, e.cameo, e.date) for e in extract_text(text))


# a contents list of numbered lines: the splitter cuts it at each number ("Contents\n1." / "Trade and aid,
# 1950-1970\n3."), so no sentence of it opens with "Contents"
CONTENTS_PAGE = """Chile and Peru since 1929
Seminar paper

Contents
{blank}1. Introduction
2. Trade and aid, 1950-1970
3. The war scare of 1975
4. Conclusion

1. Introduction

In March 1929 Chile and Peru signed the Treaty of Lima.
"""


@pytest.mark.parametrize("blank", ["", "\n"])
def test_a_contents_list_cut_at_its_numbers_tells_no_event(blank):
    acts = _acts(CONTENTS_PAGE.format(blank=blank))
    assert acts == [("CHL", "PER", "057", "1929-03")], acts


def test_a_numbered_list_of_acts_under_another_title_keeps_its_events():
    # a numbered list of dated acts with no "Contents" over it is a chronology, not a page's sections
    page = ("Chile and Peru since 1929\n\nKey dates\n1. In March 1929 Chile and Peru signed the Treaty of Lima.\n"
            "2. In 1975 Peru massed troops on the border with Chile.\n")
    acts = _acts(page)
    assert ("CHL", "PER", "057", "1929-03") in acts, acts


@pytest.mark.parametrize("text", [
    "In 1989 the ceasefire in Angola, Namibia and Mozambique held for a month.",
    "In 1954 the truce in Laos and Cambodia took effect.",
])
def test_states_listed_after_a_truce_in_are_where_it_held(text):
    acts = [a for a in _acts(text) if a[2].startswith("087")]
    assert acts == [], acts


@pytest.mark.parametrize("text, kept", [
    ("In 1965 the United Nations sent observers to supervise the ceasefire between India and Pakistan.",
     ("IND", "PAK", "0871", "1965")),
    ("In August 1988 Iran and Iraq accepted a ceasefire in the Gulf war.", ("IRN", "IRQ", "0871", "1988-08")),
])
def test_a_truce_whose_parties_are_named_keeps_its_event(text, kept):
    acts = _acts(text)
    assert kept in acts, acts


@pytest.mark.parametrize("text", [
    "In 1997 some Chilean doctors complained that the Peruvians were taking their posts in the public service.",
    "A few Bolivian business leaders complained in 2006 that the friendship with Venezuela brought little trade.",
    "Many Peruvian exiles resented the Chilean decision of 1976.",
])
def test_some_of_a_peoples_callings_are_not_its_state(text):
    acts = _acts(text)
    assert acts == [], acts


@pytest.mark.parametrize("text, kept", [
    # an organ of the state under a quantifier, and a people's calling with no quantifier, keep their acts
    ("In 1962 some Cuban diplomats complained to Peru about the arrests.", ("CUB", "PER", "114", "1962")),
    ("Some Indian soldiers crossed into Pakistan in 1965.", ("IND", "PAK", "190", "1965")),
    ("In 1975 Chilean officials complained that Peru was massing troops.", ("CHL", "PER", "114", "1975")),
])
def test_a_states_organs_under_a_quantifier_keep_their_acts(text, kept):
    acts = _acts(text)
    assert kept in acts, acts


@pytest.mark.parametrize("text", [
    "In 1990 a defence agreement between Chile and Bolivia was never signed.",
    "A border agreement between Chile and Bolivia was drafted in 1994 but never signed.",
    "The trade deal Peru offered Ecuador in 1996 was never signed.",
])
def test_a_text_never_signed_is_no_refusal_nor_agreement(text):
    acts = [a for a in _acts(text) if a[2] in ("120", "057")]
    assert acts == [], acts


@pytest.mark.parametrize("text, kept", [
    # a state that never signs or would not sign refuses (the labelled rows code it), and a treaty signed but never
    # ratified was signed
    ("In 1975 Bolivia would not sign the agreement with Chile.", ("BOL", "CHL", "120", "1975")),
    ("The treaty between Chile and Bolivia was signed in 1990 but never ratified.", ("CHL", "BOL", "057", "1990")),
])
def test_a_refusal_or_a_signing_not_ratified_keeps_its_event(text, kept):
    acts = _acts(text)
    assert kept in acts, acts
