"""Short names standing for the body or state named in full before them ("the Pact", "the Alliance", "the Union"),
on passages of our own."""

from __future__ import annotations

import pytest

from detente import extract_text
from detente.actors import find_mentions


def _short(text: str) -> list[tuple[str, str]]:
    """(text, entity) of each mention the short-name rule made."""
    return [(m.text, m.entity) for m in find_mentions(text) if m.via == "short"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bulgaria was a founding member of the Warsaw Pact in 1955. The Pact held its last summit in 1990.",
         [("Pact", "WARSAW_PACT")]),
        ("Iran left the Central Treaty Organization in 1979, and the Organization was wound up that year.",
         [("Organization", "CENTO")]),
        ("Portugal was a founder of NATO in 1949. In 1961 the Alliance gave it no help over Goa.",
         [("Alliance", "NATO")]),
        ("The Organization of African Unity was founded at Addis Ababa in 1963, and in 1982 the Organization admitted "
         "the Sahrawi republic.", [("Organization", "OAU")]),
        ("Austria joined the European Union in 1995, on the day the Union admitted Finland and Sweden too.",
         [("Union", "EU")]),
        ("The Polisario Front took up arms in 1973. Algeria armed the Front for years.", [("Front", "POLISARIO")]),
    ],
)
def test_a_short_name_stands_for_the_body_named_in_full_before(text, expected):
    assert _short(text) == expected


def test_the_kingdom_after_a_monarchy_stands_for_it():
    # a monarchy named by its state's name, then as "the Kingdom": since actors7 the gazetteer's dated weak form "the
    # kingdom" (places.txt) resolves it to the kingdom in focus, before the short-name rule would
    mentions = find_mentions("Morocco broke off relations with Algeria in March 1976. The Kingdom restored them in "
                             "May 1988.")
    assert [(m.text, m.entity) for m in mentions if "ingdom" in m.text] == [("The Kingdom", "MAR")]


def test_the_last_body_of_the_matching_kind_wins():
    # two unions named: the later one; a pact named between them does not count for "the Union"
    text = ("The European Union sent monitors to Georgia in 2008, after the Soviet Union had long been gone. "
            "The Warsaw Pact was gone too. In 1991 the Union had broken up.")
    assert _short(text) == [("Union", "SUN")]
    # the body most recently named that bears the head, not just the most recent body
    text = "Turkey joined NATO in 1952 and the Baghdad Pact in 1955. In 1959 the Alliance met in Washington."
    assert _short(text) == [("Alliance", "NATO")]


@pytest.mark.parametrize(
    "text",
    [
        "The Union protested to Madrid in 1953 about the bases.",  # no union named before
        "Hungarian clubs topped the league tables in the 1950s, and the league went on through 1956.",  # a common word
        "Ghana and Guinea formed a united front in 1958.",
        "The Republic of China left the United Nations in 1971, and the Republic of Korea joined it in 1991.",  # a longer name
        "NATO moved out of France in 1967. The Alliance-wide move took months.",  # a compound word
    ],
)
def test_no_short_name_without_a_full_name_of_its_kind_before_it(text):
    assert _short(text) == []


def _short_at(text: str, when: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity) for m in find_mentions(text, when=lambda _p: (when, when)) if m.via == "short"]


@pytest.mark.parametrize(
    ("text", "when", "expected"),
    [
        ("The Warsaw Pact met in Moscow in June 1990, and the Pact agreed to review its military role.", "1990-06-07",
         [("Pact", "WARSAW_PACT")]),
        # dissolved by then: the short name names no actor
        ("The Warsaw Pact had dissolved in 1991; in 1994 the Pact's former members Poland and Hungary applied to join "
         "NATO.", "1994-04-08", []),
        ("The Central Treaty Organization kept its headquarters in Ankara, and the Organization's secretary-general sat "
         "there.", "1975-06-01", [("Organization", "CENTO")]),
        ("The Central Treaty Organization was wound up in 1979; by 1985 the Organization's old members had formed a new "
         "economic body.", "1985-06-01", []),
        # the last union named is the Soviet one, gone by 1995: the European one is "the Union"
        ("The European Union took in Austria, years after the Soviet Union had fallen, and the Union also admitted "
         "Sweden.", "1995-01-01", [("Union", "EU")]),
    ],
)
def test_a_short_name_names_a_body_that_exists_at_its_date(text, when, expected):
    assert _short_at(text, when) == expected


def test_a_bare_name_the_gazetteer_gives_one_body_yields_to_the_body_named_before():
    # "the League" alone is the League of Nations; after "the Arab League" it is the Arab League
    mentions = find_mentions("Kuwait joined the Arab League in July 1961. Iraq then boycotted the League for a time.")
    assert [m.entity for m in mentions if m.text.endswith("League")] == ["ARAB_LEAGUE", "ARAB_LEAGUE"]
    mentions = find_mentions("Japan left the League in 1933 after the Manchurian crisis.")
    assert [m.entity for m in mentions if m.text.endswith("League")] == ["LEAGUE_OF_NATIONS"]


def test_the_short_name_carries_the_role_of_the_act():
    acts = {(e.source, e.target, e.type) for e in extract_text(
        "The Warsaw Pact was formed in May 1955. In August 1968 the Pact's armies invaded Czechoslovakia.\n\n"
        "The Organization of American States was set up in 1948. In July 1964 the Organization imposed sanctions on Cuba.",
        origin="t.txt")}
    assert ("WARSAW_PACT", "CSK", "ASSAULT") in acts
    assert ("OAS", "CUB", "COERCE") in acts


# --- pronouns agree in kind with what they stand for ---------------------------------------------------------------
def _acts(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type) for e in extract_text(text, origin="t.txt")}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # "he" skips the states named between the person and the pronoun: the person's state acts
        ("In September 1959 Khrushchev, whom Washington had invited, toured America, and he met Eisenhower at Camp "
         "David.", ("SUN", "USA", "CONSULT")),
        ("In 1972 Nixon, whom Peking had invited, toured China, and he met Mao in February.", ("USA", "CHN", "CONSULT")),
    ],
)
def test_he_stands_for_the_person_not_a_state_named_after_him(text, act):
    assert act in _acts(text)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # "later" ends a fronted phrase: the name after it is the subject, not the object of a verb "later"
        ("Four months later Brandt knelt in Warsaw, and he signed a treaty with Poland in December 1970.",
         ("DEU", "POL", "SUPPORT")),
        ("A week later Kosygin arrived in Tashkent, and he brought Shastri and Ayub Khan together in January 1966.",
         ("SUN", "IND", "CONSULT")),
    ],
)
def test_a_time_adverb_before_a_name_leaves_it_the_subject(text, act):
    assert act in _acts(text)


# --- a movement named by the head of its name, and a short name carried on through a long text (tune21) -----------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Liberation Tigers of Tamil Eelam rejected the offer in 1995, and the Tigers resumed the war in April.",
         [("Tigers", "LTTE")]),
        ("Colombo lifted its ban on the Tamil Tigers in 2002. The Tigers then opened talks in Thailand.",
         [("Tigers", "LTTE")]),
    ],
)
def test_the_tigers_stand_for_the_movement_named_before(text, expected):
    assert _short(text) == expected


def test_no_tigers_without_a_movement_of_that_name_before():
    assert _short("In 1968 the Tigers won the World Series in seven games, and Detroit celebrated.") == []


def test_a_short_name_carries_on_through_a_long_text():
    filler = "The talks dragged on through the monsoon without any result that either side would accept. " * 30
    text = ("The Liberation Tigers of Tamil Eelam fought the army in 1990. " + filler + "In 1991 the Tigers attacked a "
            "fort. " + filler + "In 1993 the Tigers sank a gunboat.")
    # each short name is within reach of the one before it, not of the full name: both stand for the movement
    assert _short(text) == [("Tigers", "LTTE"), ("Tigers", "LTTE")]
    # with no short name between, the full name is out of reach of the last one
    far = "The Liberation Tigers of Tamil Eelam fought the army in 1990. " + filler + filler + "In 1993 the Tigers sank a gunboat."
    assert _short(far) == []
