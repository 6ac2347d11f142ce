"""General forms found on the long pages of tests/data/other_pairs/tune23/ (README.md there), shown on sentences of
our own about other pairs and years: each text with the actors its events must (or must not) name."""

from __future__ import annotations

import pytest

from detente import extract_text


def _pairs(text: str) -> set[tuple]:
    return {(e.source, e.target) for e in extract_text(text)}


# A sentence dated only by the date of a thing it names ("after the uprising of 1959") is set no earlier than that
# thing: its names resolve in that era, not in the era of an older date told in the sentence before.
@pytest.mark.parametrize("text, expected, absent", [
    ("The British had taken the district in 1865.\n\nAfter the Tibetan uprising of 1959 Bhutan closed its northern "
     "border with Tibet.", ("BTN", "CHN"), ("BTN", "QING")),
    ("Japan had annexed the peninsula in 1905.\n\nAfter the armistice of 1953 Korea signed a defence treaty with the "
     "United States.", ("KOR", "USA"), ("KOREMP", "USA")),
    ("The tsar's army had occupied the town in 1878.\n\nAfter the missile crisis of 1962 Turkey invited Moscow to "
     "talks on trade.", ("TUR", "SUN"), ("TUR", "RUSEMP")),
])
def test_a_things_date_sets_the_era_its_names_resolve_in(text, expected, absent):
    pairs = _pairs(text)
    assert expected in pairs
    assert absent not in pairs


# A nested, numbered Markdown contents list of links to the page's headings names topics, not events, even where the
# sentence splitter leaves the next entry's number at the end of a line ("[Aid and the 1962 agreement](#aid)\n3.").
@pytest.mark.parametrize("title, entries", [
    ("Laos signed a treaty of friendship with Vietnam in 1977.",
     ["[Laos](#laos)", "[The 1954 treaty with France](#treaty)", "[Aid and the 1962 agreement with Japan](#aid)",
      "[War with Thailand in 1987](#war)"]),
    ("Oman and Britain signed a treaty of friendship in 1951.",
     ["[Oman](#oman)", "[The treaty and the sultan's visit](#treaty)", "[Aid, roads and the rebels](#aid)",
      "[The 1970 coup](#coup)"]),
])
def test_a_nested_markdown_contents_list_tells_no_event(title, entries):
    lines = ["# Relations", "", title, "", "## Contents", "", f"1. {entries[0]}", f"   1. {entries[1]}",
             f"   2. {entries[2]}", f"   3. {entries[3]}", "2. [Key dates](#dates)", "", "## History", "",
             "The two governments exchanged ambassadors in 1955."]
    events = extract_text("\n".join(lines) + "\n")
    assert not [e for e in events if e.evidence.lstrip().startswith("[")]
    assert [e for e in events if e.evidence == title]


# Forces named in an aside ", with units from A and B," (", together with British forces,") between the subject and
# its verb act with the subject; a backer named so (", with Soviet help,") does not.
@pytest.mark.parametrize("text, expected, absent", [
    ("On 25 October 1983 United States forces, with token units from Jamaica and Barbados, landed in Grenada.",
     {("USA", "GRD"), ("JAM", "GRD"), ("BRB", "GRD")}, set()),
    ("In January 1991 American forces, with units from Britain and France, attacked Iraq.",
     {("USA", "IRQ"), ("GBR", "IRQ"), ("FRA", "IRQ")}, set()),
    ("In March 2003 American forces, together with British and Australian units, invaded Iraq.",
     {("USA", "IRQ"), ("GBR", "IRQ"), ("AUS", "IRQ")}, set()),
    ("In November 1975 Cuban troops, with Soviet help, landed in Angola.", {("CUB", "AGO")}, {("SUN", "AGO")}),
    ("In January 1979 Vietnamese forces, with Soviet backing, invaded Cambodia.", {("VNM", "KHM")}, {("SUN", "KHM")}),
])
def test_forces_named_beside_the_subject_act_with_it(text, expected, absent):
    pairs = _pairs(text)
    assert expected <= pairs
    assert not absent & pairs


# A share of a people's agents ("most of the Cuban advisers", "some of the Chinese engineers") acts for its state: the
# "of" after a partitive word governs no object (but "most of Germany" names a land, not who acts).
@pytest.mark.parametrize("text, expected", [
    ("Most of the Cuban military advisers left Nicaragua during 1990.", ("CUB", "NIC")),
    ("In July 1972 most of the Soviet military advisers left Egypt.", ("SUN", "EGY")),
    ("Some of the Chinese engineers left Albania in 1978.", ("CHN", "ALB")),
])
def test_a_share_of_a_peoples_agents_acts_for_its_state(text, expected):
    assert expected in _pairs(text)


# Halting the delivery of goods to a state ("suspended the delivery of trucks to Cambodia") cuts material aid, as
# halting deliveries does.
@pytest.mark.parametrize("text, expected", [
    ("Washington halted the delivery of about 200 army trucks to Phnom Penh in April 2010.", ("USA", "KHM", "162")),
    ("In September 1965 the United States suspended the delivery of arms to Pakistan.", ("USA", "PAK", "162")),
    ("In July 1978 China stopped the delivery of aid to Vietnam.", ("CHN", "VNM", "162")),
])
def test_halting_a_delivery_cuts_aid(text, expected):
    assert expected in {(e.source, e.target, e.cameo) for e in extract_text(text)}


# "the same year" after a date told aside in its own sentence ("independent since 26 July 1965, ... the same year") is
# that date's year, not the year the story had reached before the sentence.
@pytest.mark.parametrize("text, pair, year", [
    ("In 2007 the two states signed a new treaty.\n\nThe Maldives, independent from Britain since 26 July 1965, "
     "established relations with India the same year.", ("MDV", "IND"), "1965"),
    ("Kenya and Israel later signed a trade accord in 1990.\n\nKenya, independent since 12 December 1963, established "
     "relations with Israel that same year.", ("KEN", "ISR"), "1963"),
    ("In 1980 Algeria signed a trade pact with Tunisia.\n\nAlgeria, a republic since July 1962, joined the Arab League "
     "the same year.", ("DZA", "ARAB_LEAGUE"), "1962"),
])
def test_the_same_year_is_the_year_just_told_in_its_sentence(text, pair, year):
    dates = {e.date for e in extract_text(text) if (e.source, e.target) == pair and "same year" in e.evidence}
    assert dates == {year}


# Giving or lending a state support or backing (diplomatic, political) endorses it, as "backed" does; a negated one
# tells no act.
@pytest.mark.parametrize("text, expected", [
    ("During the war with India in September 1965 Saudi Arabia gave Pakistan diplomatic backing.", ("SAU", "PAK")),
    ("In October 1973 the Soviet Union gave Egypt diplomatic backing.", ("SUN", "EGY")),
    ("During its war with Iraq in 1982 Syria gave Iran diplomatic support.", ("SYR", "IRN")),
    ("In 1982 the United States lent Britain its support in the Falklands War.", ("USA", "GBR")),
    ("In December 1971 China gave Pakistan political support.", ("CHN", "PAK")),
])
def test_giving_support_or_backing_endorses(text, expected):
    assert (*expected, "cooperation") in {(e.source, e.target, e.polarity) for e in extract_text(text)}


def test_support_not_given_is_no_act():
    assert not [e for e in extract_text("In 1990 Jordan did not give Iraq its backing.") if e.source == "JOR"]
