"""prec12 (issue 5, false events on the tuned pages): forms that made events no reader codes -- a glossary's entry
(a bold term, a colon and its definition), an alliance in being named again as what a state leaves or its members
rename or move, a talk page's signed comment, 'prisoners of war', a host of a body's summit coded as meeting the body --
shown on sentences and pages of our own, each with look-alikes that keep their events."""

from __future__ import annotations

import pytest

from detente import extract_text


def _acts(text: str) -> list[tuple]:
    return sorted((e.source, e.target, e.cameo, e.date) for e in extract_text(text))


GLOSSARY_PAGE = """# Chile and Peru

In 1955 Chile and Peru signed the Treaty of Lima.

## Terms used on this page

- **Pacific Pact**: the alliance of Chile, Peru and Ecuador signed in 1955 against Bolivia.
- **Arica Fund:** a fund set up with Peruvian support in 1961 to pay for the port.
"""


def test_a_glossary_entry_is_page_furniture():
    assert _acts(GLOSSARY_PAGE) == [("CHL", "PER", "057", "1955")], _acts(GLOSSARY_PAGE)


@pytest.mark.parametrize("line, kept", [
    # a timeline's entry in bold opens with its date, and what follows names the actor
    ("- **1961:** Peru signed a trade agreement with Chile.", ("PER", "CHL", "057", "1961")),
    ("- **March 1961** - Peru and Chile sign a trade agreement.", ("PER", "CHL", "057", "1961-03")),
    # a fact box's label before a list of names
    ("- **Key agreements:** Lima treaty signed by Chile and Peru in 1929", ("CHL", "PER", "057", "1929")),
])
def test_a_bold_line_that_is_no_glossary_entry_keeps_its_event(line, kept):
    page = "# Chile and Peru\n\nChile and Peru are neighbours on the Pacific.\n\n" + line + "\n"
    assert kept in _acts(page), _acts(page)


@pytest.mark.parametrize("text", [
    "In 1955 Chile, Peru and Ecuador formed the Pacific Pact. Ecuador left the pact in March 1970.",
    "In 1955 Chile, Peru and Ecuador formed the Pacific Pact. In 1970 the members renamed the alliance the Andean League.",
    "In 1955 Chile, Peru and Ecuador formed the Pacific Pact. Once Peru had gone, the pact moves its seat to Santiago in "
    "1971 and Chile and Ecuador stay on.",
    "In 1955 Chile, Peru and Ecuador formed the Pacific Pact. In March 1970 Peru left the alliance, and Chile and Ecuador "
    "stayed on.",
])
def test_an_alliance_named_again_is_not_made_again(text):
    acts = _acts(text)
    assert not [a for a in acts if a[2] in ("057", "050") and a[3] != "1955"], acts
    assert ("CHL", "PER", "057", "1955") in acts, acts


@pytest.mark.parametrize("text, kept", [
    ("In March 1970 Ecuador signed the pact with Peru.", ("ECU", "PER", "057", "1970-03")),
    ("In 1970 Ecuador and Peru renewed the pact of 1955.", ("ECU", "PER", "057", "1970")),
    ("In March 1970 Ecuador left the Andean League and signed a pact with Peru.", ("ECU", "PER", "057", "1970-03")),
])
def test_a_pact_made_keeps_its_event(text, kept):
    assert kept in _acts(text), _acts(text)


def test_prisoners_of_war_name_no_war():
    text = ("Algiers handed 90 Moroccan prisoners of war between 1987 and 1989 to the Red Cross, and Rabat freed its "
            "Algerian captives in Morocco.")
    acts = _acts(text)
    assert not [a for a in acts if a[2] == "190"], acts
    assert ("MAR", "DZA", "0841", "1987/1989") in acts, acts


def test_a_war_between_two_states_is_kept():
    assert ("PER", "ECU", "190", "1995-01") in _acts("The war between Peru and Ecuador began in January 1995.")


TALK_PAGE = """Kenya and Uganda signed a customs treaty in 1967.

Talk page excerpt
"Should the article say that Kenya expelled the Ugandan envoy in 1987? I have no source." - Nairobi_reader (talk)
"Yes, Kenya expelled him in 1987; keep it." - Kampala77 (talk)

> **Mombasa_fan** (talk) 10:15, 4 May 2012: Uganda recalled its ambassador in 1987, not 1988.
"""


def test_a_signed_comment_of_a_talk_page_is_page_furniture():
    assert _acts(TALK_PAGE) == [("KEN", "UGA", "057", "1967")], _acts(TALK_PAGE)


def test_a_sentence_that_names_a_talk_is_kept():
    text = "In May 1987 Uganda recalled its ambassador from Kenya after a talk - a short one - with Nairobi failed."
    assert ("UGA", "KEN", "161", "1987-05") in _acts(text), _acts(text)


@pytest.mark.parametrize("text", [
    "In March 1981 Kenya hosted the summit of the Organisation of African Unity in Nairobi.",
    "Sri Lanka hosted the SAARC summit in Colombo in July 2008. Afghanistan sent its foreign minister.",
])
def test_a_host_of_a_bodys_summit_meets_no_body(text):
    acts = _acts(text)
    assert not [a for a in acts if a[2] == "043" and a[1] in ("OAU", "SAARC")], acts


@pytest.mark.parametrize("text, kept", [
    ("In 1986 Zimbabwe hosted the talks between Angola and South Africa.", ("ZWE", "AGO", "043", "1986")),
    # a group that is a party to the talks hosted is met by the host, though the gazetteer files it as an organization
    ("In January 2019 Norway hosted the talks between Afghanistan and the Taliban in Oslo.",
     ("NOR", "TALIBAN", "043", "2019-01")),
    ("In June 1981 Nairobi hosted the African summit, and Tanzania sent its foreign minister.",
     ("KEN", "TZA", "043", "1981-06")),
])
def test_a_host_of_states_keeps_its_meeting(text, kept):
    assert kept in _acts(text), _acts(text)
