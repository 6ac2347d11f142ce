"""recall14 (gold events the coder missed on the tuned pages for want of a trigger): a bus, rail, air or ferry link
between two places told as beginning, opening or resuming on its own; soldiers brought home or back from a place.
Shown on sentences of our own, with look-alikes that stay as they were."""

from __future__ import annotations

import pytest

from detente import extract_text


def _acts(text: str) -> list[tuple]:
    return sorted((e.source, e.target, e.cameo, e.date) for e in extract_text(text))


@pytest.mark.parametrize("text, act", [
    # a link between two places of two states that begins, opens or resumes with no doer named
    ("A bus service between Lahore and Amritsar began in January 2006.", ("IND", "PAK", "060", "2006-01")),
    ("Air services and shipping between Greece and Turkey resumed in 1990.", ("GRC", "TUR", "060", "1990")),
    ("A rail link between Kenya and Uganda opened in 1901.", ("KEN", "UGA", "060", "1901")),
    # the vehicle that begins running between them
    ("In March 1999 a passenger train began running between Amritsar and Lahore.", ("IND", "PAK", "060", "1999-03")),
])
def test_a_link_between_two_states_begins_or_resumes(text, act):
    acts = [(min(a[0], a[1]), max(a[0], a[1]), a[2], a[3]) for a in _acts(text)]
    assert act in acts, acts


@pytest.mark.parametrize("text, act", [
    ("In 1989 Cuba began to bring home its soldiers from Angola.", ("CUB", "AGO", "087", "1989")),
    ("In 1989 Cuba began to bring its soldiers home from Angola.", ("CUB", "AGO", "087", "1989")),
])
def test_soldiers_brought_home_from_a_place_are_withdrawn(text, act):
    assert act in _acts(text), _acts(text)


@pytest.mark.parametrize("text", [
    # a service named with no two places, a service that did not begin, a link only talked about
    "The service between the two capitals began in 1990.",
    "No bus service between Lahore and Amritsar ran in 1990.",
])
def test_look_alikes_make_no_link(text):
    acts = _acts(text)
    assert not [a for a in acts if a[2] == "060"], acts


@pytest.mark.parametrize("text, act", [
    # a body named in full and then by the head of its name alone
    ("The Security Council met in May 1967. On 5 June 1967 the Council demanded that Israel withdraw its forces.",
     ("UNSC", "ISR", "100", "1967-06-05")),
    ("The Gulf Cooperation Council was founded in 1981. In 1990 the Council condemned Iraq.",
     ("GCC", "IRQ", "110", "1990")),
    ("The General Assembly debated the matter in 1962. In October 1962 the Assembly called on Portugal to free Angola.",
     ("UN", "PRT", "0253", "1962-10")),  # an appeal to free: 0253 (decision 10 of ../data/other_pairs/CONVENTIONS.md)
])
def test_the_council_or_the_assembly_named_before_in_full(text, act):
    assert act in _acts(text), _acts(text)


@pytest.mark.parametrize("text", [
    # the UN or a state named before is no council nor assembly the short name could stand for
    "The United Nations sent observers in 1965. In 1966 the Council condemned Rhodesia.",
    "Turkey protested in 1974. In 1975 the Assembly condemned Greece.",
])
def test_the_council_or_the_assembly_with_no_body_of_that_name_before(text):
    acts = _acts(text)
    assert not [a for a in acts if a[0] in ("UN", "UNSC", "TUR") and a[3][:4] in ("1966", "1975")], acts


@pytest.mark.parametrize("text, act", [
    # "agreed with X to <act>": the agreement names its party, the act after it does not; the agreement is kept
    ("On 3 May 1990 the government of Chile agreed with Peru to raise relations to the level of ambassadors.",
     ("CHL", "PER", "057", "1990-05-03")),
    ("In 1971 India agreed with the Soviet Union to sign a treaty of friendship.", ("IND", "SUN", "057", "1971")),
])
def test_an_agreement_with_a_named_party_to_do_an_act(text, act):
    assert act in _acts(text), _acts(text)


def test_an_agreement_to_do_an_act_is_coded_once_as_the_act():
    # nothing named between "agreed" and the act: the act agreed to is coded, once (as before)
    acts = _acts("In 1965 Japan agreed to restore relations with South Korea.")
    assert len(acts) == 1, acts
