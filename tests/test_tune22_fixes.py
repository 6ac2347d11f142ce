"""General forms found on the long pages of tests/data/other_pairs/tune22/ (README.md there), shown on sentences of
our own about other pairs and years: each sentence with the (source, target, type) it must or must not yield."""

from __future__ import annotations

import pytest

from detente import extract_text


def _coded(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type) for e in extract_text(text)}


# "though" set off by commas is an adverb, as "however" is: it opens no clause, so a denial before it ("Neither
# government, though, ...") still negates the act after it.
@pytest.mark.parametrize("text", [
    "In 1962 India and China fought a war. Neither side, though, broke off relations.",
    "In 1969 the Soviet Union and China clashed on the Ussuri. Neither government, though, broke off relations.",
    "In 1965 India and Pakistan went to war. Neither state, though, severed diplomatic ties.",
])
def test_a_denial_before_though_negates_the_act(text):
    assert not {c for c in _coded(text) if c[2] == "SANCTION"}


@pytest.mark.parametrize("text, expected", [
    ("In 1956 Britain, though, recognised the new government of Sudan.", ("GBR", "SDN", "SUPPORT")),
    ("Though it had protested, Japan signed a treaty with China in 1978.", ("JPN", "CHN", "SUPPORT")),
])
def test_though_does_not_hide_an_asserted_act(text, expected):
    assert expected in _coded(text)


# A crowd that breaks into a mission's compound, office or residence, or sets its building on fire, acts against the
# state whose mission it is (as "broke into the embassy", "set fire to the office").
@pytest.mark.parametrize("text, expected", [
    ("In 1966 a mob broke into the residence of the Soviet ambassador in Beijing.", ("CHN", "SUN", "PROTEST")),
    ("In June 1967 Red Guards broke into the office of the Indian chargé in Beijing.", ("CHN", "IND", "PROTEST")),
    ("In 1979 demonstrators set the American embassy on fire in Islamabad.", ("PAK", "USA", "PROTEST")),
    ("On 22 August 1967 a crowd of Red Guards broke into the compound of the British chargé d'affaires in Beijing.",
     ("CHN", "GBR", "PROTEST")),
])
def test_breaking_into_or_burning_a_mission_is_an_act_against_its_state(text, expected):
    assert expected in _coded(text)


@pytest.mark.parametrize("text", [
    "In 1992 burglars broke into the office of a shipping firm in Hamburg.",
    "In 1980 the farmers set the stubble on fire.",
])
def test_a_break_in_or_fire_with_no_state_on_either_side_is_no_event(text):
    assert _coded(text) == set()


# Under a heading of words and one year ("The border war of 1962"), a story that tells a later month or day ("Three
# years later, in September 1965, ...") dates the undated acts after it, not the heading's year; a calendar date set
# right after a counted one ("Two years later, in April 1961,") is the time the story has reached. A bare year heading
# (a timeline's "1958") and a year the story only mentions ("ran until 1994") leave the heading's date in force.
@pytest.mark.parametrize("text, expected", [
    ("The embassy quarrel of 1958\n\nIn May 1958 Egypt expelled two British diplomats, and in 1959 the two governments "
     "resumed talks. Two years later, in April 1961, an Egyptian gunboat entered Sudanese waters. Sudan protested at the "
     "incursion.\n", ("1961-04", "SDN", "ACCUSE", "EGY")),
    ("The border war of 1962\n\nIn October 1962 Chinese troops attacked Indian posts. Three years later, in September "
     "1965, India and Pakistan went to war. China sent an ultimatum to India.\n", ("1965-09", "CHN", "THREATEN", "IND")),
    ("The airliner affair of 1983\n\nIn May 1983 Seoul returned a Chinese airliner. In March 1985 a Chinese patrol boat "
     "strayed into South Korean waters. Seoul protested at the incursion.\n", ("1985-03", "KOR", "ACCUSE", "CHN")),
])
def test_the_story_moves_past_a_titled_heading_year(tmp_path, text, expected):
    from detente import extract

    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    assert expected in {(e.date, e.source, e.type, e.target) for e in extract([str(path)])}


@pytest.mark.parametrize("text, expected", [
    ("1958\n\nIn May 1958 Egypt expelled two British diplomats. In April 1961 an Egyptian gunboat entered Sudanese "
     "waters. Sudan protested at the incursion.\n", ("1958", "SDN", "ACCUSE", "EGY")),
    ("The fishing dispute of 1972\n\nIn September 1972 Iceland extended its fishing limits. The lease on the base ran "
     "until 1994. Britain sent frigates to protect its trawlers.\n", ("1972", "GBR", "AID", "ISL")),
])
def test_a_bare_year_heading_or_a_mentioned_year_keeps_the_heading_date(tmp_path, text, expected):
    from detente import extract

    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    assert expected in {(e.date, e.source, e.type, e.target) for e in extract([str(path)])}


# Recognition withdrawn from (or revoked of) a government is a break, not a retreat; a high commission closed is a
# mission closed, as an embassy.
@pytest.mark.parametrize("text, expected", [
    ("In 1979 the United States withdrew its recognition from the government in Taipei.", ("USA", "TWN", "SANCTION")),
    ("In September 1972 Japan withdrew its recognition from the Republic of China.", ("JPN", "TWN", "SANCTION")),
    ("In July 1976 Britain closed its high commission in Kampala.", ("GBR", "UGA", "SANCTION")),
])
def test_recognition_withdrawn_and_a_high_commission_closed_are_breaks(text, expected):
    coded = _coded(text)
    assert expected in coded
    assert (expected[0], expected[1], "RETREAT") not in coded


def test_troops_withdrawn_are_still_a_retreat():
    assert ("USA", "KOR", "RETREAT") in _coded("In 1978 the United States withdrew some of its troops from South Korea.")


# A box of "Label: value" fields drawn between rule lines is an infobox, its labels may run to a short clause; it
# names acts the page tells in its sentences, so it tells none itself.
def test_a_fact_box_between_rule_lines_tells_no_act():
    page = ("Kenya and Tanzania, 1963-2000\n\n-----------------------------\nKEY FACTS\n"
            "Border with Kenya closed by Tanzania: 1977\nBorder reopened by the two states: 1983\n"
            "East African Community dissolved: 1977\n-----------------------------\n\n"
            "In February 1977 Tanzania closed its border with Kenya.\n")
    dates = {e.date for e in extract_text(page)}
    assert "1977-02" in dates
    assert dates <= {"1977-02"}


# A one-word verb of cooperation opening a compound is a noun ("Trade friction followed"), no act; a thing met (a
# boycott, resistance, a deadline) is no meeting of parties.
@pytest.mark.parametrize("text", [
    "In 2000 South Korea raised its tariff on Chinese garlic. Trade friction followed.",
    "In 1985 Japan and the United States argued over cars. Trade disputes grew.",
    "In 1974 India refused to play South Africa. Sport was where most Indians met the boycott.",
    "In 1980 the United States and the Soviet Union quarrelled. American athletes met the deadline.",
    "In 1965 India and Pakistan fought a war. The plan met with resistance in New Delhi.",
])
def test_a_compound_noun_or_a_thing_met_adds_no_cooperation(text):
    assert not {c for c in _coded(text) if c[2] in ("COOPERATE", "CONSULT")}


@pytest.mark.parametrize("text, expected", [
    ("Trade across the border resumed in 1976 between India and China.", ("IND", "CHN", "COOPERATE")),
    ("In 1955 the Soviet leaders met the Yugoslav leaders in Belgrade.", ("SUN", "YUG", "CONSULT")),
    ("In 1985 Reagan met with Gorbachev in Geneva.", ("USA", "SUN", "CONSULT")),
])
def test_trade_resumed_and_leaders_met_are_still_acts(text, expected):
    assert expected in _coded(text)


# In a history of two states, armed men or a crowd named without their state, acting against one of the two, are the
# other's; a date opening the clause ("On 11 September 1973 soldiers ...") does not hide that the subject is unnamed.
@pytest.mark.parametrize("text, expected", [
    ("Chile and Cuba broke relations in 1973. On 11 September 1973 soldiers fired on the Cuban embassy.",
     ("1973-09-11", "CHL", "ASSAULT", "CUB")),
    ("India and China quarrelled in 1967. In June 1967 crowds besieged the Indian embassy.",
     ("1967-06", "CHN", "PROTEST", "IND")),
    ("India and Pakistan went to war in 1965. In September 1965 troops shelled Indian posts in Kashmir.",
     ("1965-09", "PAK", "ASSAULT", "IND")),
])
def test_unnamed_soldiers_or_crowds_are_the_other_states(text, expected):
    assert expected in {(e.date, e.source, e.type, e.target) for e in extract_text(text)}


# "left" after "the" and a country's adjective, with a verb after it, or after "far", "radical" and the like, is a
# wing of that country's politics, no leaving; "The British left India", "the Soviets left", "left in 1947" stay.
@pytest.mark.parametrize("text", [
    "In 1936 the French left won the elections, and Blum's government sent no arms to Spain.",
    "In 1968 the Italian left condemned the Soviet invasion of Czechoslovakia.",
    "In 1983 the Dutch far left opposed the stationing of American cruise missiles.",
])
def test_a_wing_of_politics_is_no_leaving(text):
    assert not {c for c in _coded(text) if c[2] == "RETREAT"}


@pytest.mark.parametrize("text, expected", [
    ("The British left India in August 1947.", ("GBR", "IND", "RETREAT")),
    ("The Soviets left Afghanistan in February 1989.", ("SUN", "AFG", "RETREAT")),
    ("In 1989 the last Soviet troops left Afghanistan.", ("SUN", "AFG", "RETREAT")),
])
def test_a_state_that_left_still_left(text, expected):
    assert expected in _coded(text)


@pytest.mark.parametrize("text, absent", [
    ("India and Pakistan quarrelled in 2001. On 13 December 2001 gunmen attacked the Indian parliament.",
     ("PAK", "IND", "ASSAULT")),
    ("Kenya sent troops against al-Shabaab in Somalia in 2011. In September 2013 gunmen attacked a shopping centre in "
     "Nairobi.", ("SOM", "KEN", "ASSAULT")),
])
def test_unnamed_gunmen_are_no_states(text, absent):
    assert absent not in _coded(text)


# ... and so does a later year a sentence of the section opens with ("In 1970 ...", "By 1956, ..."), under a heading
# whose words may be short ("The war of 1948"): the acts told after it, undated, are of that year, not the heading's.
@pytest.mark.parametrize("text, expected", [
    ("The fedayeen of 1968\n\nIn 1968 the guerrillas crossed from Jordan into Israel. In 1970 Jordan attacked the PLO "
     "camps in Amman. Syria invaded Jordan.\n", ("1970", "SYR", "ASSAULT", "JOR")),
    ("The war of 1948\n\nIn May 1948 Egypt attacked Israel. By 1956, Egypt had closed the Straits of Tiran to Israeli "
     "ships. Israel invaded the Sinai.\n", ("1956", "ISR", "ASSAULT", "EGY")),
    ("The war of 1965\n\nPakistan attacked India in Kashmir. In December 1971 Pakistan bombed Indian airfields. "
     "India declared war on Pakistan.\n", ("1971-12", "IND", "ASSAULT", "PAK")),
])
def test_a_year_a_sentence_opens_with_moves_the_story_past_a_titled_heading(tmp_path, text, expected):
    from detente import extract

    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    assert expected in {(e.date, e.source, e.type, e.target) for e in extract([str(path)])}
