"""conv3: the coder under decisions 7 to 11 of tests/data/other_pairs/CONVENTIONS.md.

Sentences of our own about other pairs, years and words than the material that raised each question.
"""

from __future__ import annotations

import pytest

from detente import extract_text


def _events(text: str) -> set[tuple[str | None, str | None, str, str]]:
    return {(event.source, event.target, event.cameo, event.polarity) for event in extract_text(text)}


def _codes(text: str) -> set[str]:
    return {event.cameo for event in extract_text(text)}


# decision 8: a town, island, territory or a whole state taken by force is 192; a post, position or base overrun is
# fighting (190); a ship, boat or aircraft captured is property seized (171)

@pytest.mark.parametrize(("text", "pair"), [
    ("Libyan forces seized Chad in a week in 1983.", ("LBY", "TCD")),
    ("The Nigerian seizure of Cameroon in 1994 was condemned by the OAU.", ("NGA", "CMR")),
])
def test_a_state_seized_is_territory_taken(text, pair):
    assert (*pair, "192", "conflict") in _events(text)


@pytest.mark.parametrize(("text", "pair"), [
    ("In 1986 Malian troops overran the Burkinabe border posts at Ouagadougou's edge.", ("MLI", "BFA")),
    ("Ethiopian forces overran the Somali base at Harardera in 1982.", ("ETH", "SOM")),
])
def test_posts_overrun_are_fought_over(text, pair):
    events = _events(text)
    assert (*pair, "190", "conflict") in events
    assert not any(e[2] == "192" for e in events)
    # a town overrun stays occupied
    assert ("ETH", "SOM", "192", "conflict") in _events("Ethiopian forces overran the Somali town of Balanbale in 1982.")


@pytest.mark.parametrize(("text", "pair"), [
    ("Icelandic coastguards captured two British trawlers in 1973.", ("ISL", "GBR")),
    ("In 1969 Peruvian gunboats captured an American tuna boat.", ("PER", "USA")),
    ("Argentine forces captured a Chilean helicopter near the border in 1978.", ("ARG", "CHL")),
])
def test_a_vessel_or_aircraft_captured_is_property_seized(text, pair):
    assert (*pair, "171", "conflict") in _events(text)


# decision 9: arms delivered, sent, shipped or received without a sale are military aid (072); arms sold are 062

@pytest.mark.parametrize(("text", "pair", "cameo"), [
    ("In 1941 Canada shipped tanks to the Soviet Union.", ("CAN", "SUN"), "072"),
    ("In 1964 Czechoslovakia shipped arms to Algeria.", ("CSK", "DZA"), "072"),
    ("Throughout the 1970s Bulgaria sold arms to Libya.", ("BGR", "LBY"), "062"),
    ("In 1982 the Soviet Union sold arms to both Iran and Iraq.", ("SUN", "IRN"), "062"),
])
def test_arms_given_are_aid_and_arms_sold_are_cooperation(text, pair, cameo):
    assert (*pair, cameo, "cooperation") in _events(text)
    # goods and fuel shipped stay aid not specified
    assert ("CAN", "GHA", "070", "cooperation") in _events("In 1966 Canada shipped fuel to Ghana.")


# decision 10: called on, urged, asked or appealed to the other side to leave, release or lift: an appeal to yield
# (025x), neutral; a demand keeps its own words

@pytest.mark.parametrize(("text", "pair", "cameo"), [
    ("In 1977 Kenya asked Somalia to withdraw its forces from the border.", ("KEN", "SOM"), "0256"),
    ("In 1975 Sweden called on Portugal to leave Angola.", ("SWE", "PRT"), "0256"),
    ("In 1986 Norway urged Libya to release the Norwegian sailors.", ("NOR", "LBY"), "0253"),
    ("In 1987 Zambia asked Malawi to free the detained Zambians.", ("ZMB", "MWI"), "0253"),
    ("In 1995 Mexico called on the United States to lift its embargo against Cuba.", ("MEX", "USA"), "0254"),
    ("In 1993 the Ghanaian government asked the United Nations to lift the sanctions.", ("GHA", "UN"), "0254"),
])
def test_an_appeal_to_yield_is_neutral(text, pair, cameo):
    assert (*pair, cameo, "neutral") in _events(text)
    # a demand keeps its own words and polarity
    demand = _events("In 1986 Norway demanded that Libya release the Norwegian sailors.")
    assert any(e[:2] == ("NOR", "LBY") and e[3] == "conflict" for e in demand)
    # asking the host's police to take people away is no appeal to yield
    assert "0256" not in _codes("In 1994 the Danish ambassador asked the Chilean police to remove the squatters.")


# decision 11: a state's professionals named by their state at work in another state are aid from it to the host;
# workers by trade, troops and anyone else are not

@pytest.mark.parametrize(("text", "pair"), [
    ("In the early 1960s Czechoslovak engineers worked in Guinea.", ("CSK", "GIN")),
    ("Cuban doctors served in Nicaragua in 1981.", ("CUB", "NIC")),
    ("Bulgarian doctors and nurses worked in Libya in 1985.", ("BGR", "LBY")),
    ("Some 300 East German teachers were at work in Mozambique in 1982.", ("DDR", "MOZ")),
])
def test_professionals_at_work_abroad_are_aid(text, pair):
    assert (*pair, "070", "cooperation") in _events(text)
    # workers by trade, a correspondent, an ambassador at his post: no aid
    for other in ("Thousands of Egyptian workers worked in Libya in 1975.",
                  "He worked in Moscow as a correspondent in 1962.",
                  "The ambassador served in Paris from 1958 to 1962."):
        assert not any(e[2] == "070" for e in _events(other))
