"""prec7 (issue 5, precision on unseen pages): the general forms of the false events found on the tuned page sets,
shown on texts of our own about other pairs and years; each test also keeps an act a reader would keep apart."""

from __future__ import annotations

import pytest

from detente import extract_text

# a paragraph between the body's sentence and the key-dates box, so the box is well apart from what it retells
_FILLER = ("The relationship had its critics on both sides, in the press and in the army, and the archives opened "
           "since then have shown how little either government trusted the other even in its warmest years.\n\n")


def _acts(text: str) -> list[tuple]:
    return sorted((e.source, e.target, e.cameo, e.date) for e in extract_text(text, origin="t.txt"))


def _table(*rows: str) -> str:
    return "## Key dates\n\n| Date | Event |\n|---|---|\n" + "".join(f"| {row} |\n" for row in rows)


# A key-dates row that opens with a short name ("US", "UK") retells the body's act of that day as one that opens with a
# longer name does, though the body's sentence names a third state beside the pair.
@pytest.mark.parametrize("body, row, code", [
    ("On 18 December 1972 the United States recognized the German Democratic Republic, a week after the Soviet Union "
     "had urged its allies to press Washington.\n\n", "18 Dec 1972 | US recognizes East Germany", "054"),
    ("On 2 March 1978 the United Kingdom recognized the new government in Accra, weeks after France had urged "
     "London to wait.\n\n", "2 Mar 1978 | UK recognizes the government of Ghana", "054"),
])
def test_a_key_dates_row_opening_with_an_acronym_retells_the_bodys_act(body, row, code):
    acts = [a for a in _acts(body + _FILLER + _table(row)) if a[2] == code]
    assert len(acts) == 1, acts


# A key-dates row at a day retells the body's act that the body dates only by the month holding that day (the same
# code between the same pair): one event, the day kept. Force is left apart: a month of war holds many blows.
@pytest.mark.parametrize("body, row, expected", [
    ("President Yang Shangkun visited Thailand in June 1991, the first visit of a Chinese head of state.\n\n",
     "14 Jun 1991 | Yang Shangkun arrives in Bangkok", ("CHN", "THA", "042", "1991-06-14")),
    ("Chancellor Helmut Kohl visited Poland in November 1989, the first such visit since the war.\n\n",
     "9 Nov 1989 | Helmut Kohl arrives in Warsaw", ("DEU", "POL", "042", "1989-11-09")),
])
def test_a_key_dates_day_retells_the_act_the_body_dates_by_its_month(body, row, expected):
    visits = [a for a in _acts(body + _FILLER + _table(row)) if a[2] == "042"]
    assert visits == [expected], visits


def test_a_key_dates_day_of_war_stays_beside_a_blow_the_body_dates_by_its_month():
    # the line's crossing and the body's rout are two blows of one month: both kept
    text = ("In the last week of November 1950 Chinese troops routed American divisions near the Chongchon River.\n\n"
            + _FILLER + "Key dates\n\n- 3 November 1950 - Chinese forces cross into Korea.\n")
    force = [a for a in _acts(text) if a[2].startswith("19")]
    assert len(force) >= 2, force


# A key-dates line of the same month as the body's agreement between the same pair, told with another word for
# agreeing (agree to, agree on, sign), retells it; an agreement of the same pair in another month stays.
@pytest.mark.parametrize("body, line", [
    ("In June 1992 Boris Yeltsin and Nursultan Nazarbayev agreed in Moscow that Russia would lease the Baikonur "
     "cosmodrome.\n\n", "Key dates\n\n- Jun. 1992 – Kazakh and Russian leaders agree Russia may lease Baikonur\n"),
    ("At a meeting in Wellington in March 1965 the Commonwealth prime ministers agreed that Malaysia could remain a "
     "full member.\n\n", "Key dates\n\n- Mar. 1965 – Commonwealth leaders agree Malaysia may stay in\n"),
])
def test_a_key_dates_month_retells_an_agreement_told_with_another_word(body, line):
    agreed = [a for a in _acts(body + _FILLER + line) if a[2] in ("030", "031", "032", "057")]
    assert len(agreed) == 1, agreed
    other = line.replace("Jun. 1992", "Aug. 1992").replace("Mar. 1965", "Aug. 1965")
    agreed = [a for a in _acts(body + _FILLER + other) if a[2] in ("030", "031", "032", "057")]
    assert len(agreed) == 2, agreed


# A cooperative act done together, told in the box with the pair the other way round ("Diplomatic relations agreed"
# between India and the Soviet Union as the body's "New Delhi and Moscow agreed to establish relations"), is one act.
@pytest.mark.parametrize("body, line", [
    ("The governments in Jakarta and Moscow agreed to establish diplomatic relations on 3 February 1950, weeks "
     "after the Netherlands had handed over sovereignty.\n\n", "Key dates\n\n1950, February 3 – Diplomatic relations agreed\n"),
    ("The governments in Nairobi and Beijing agreed to establish diplomatic relations on 14 December 1963, two days "
     "after Britain had handed over power.\n\n", "Key dates\n\n1963, December 14 – Diplomatic relations agreed\n"),
])
def test_a_key_dates_line_retells_a_joint_act_either_way_round(body, line):
    agreed = [a for a in _acts(body + _FILLER + line) if a[2] in ("030", "031", "032", "057")]
    assert len(agreed) == 1, agreed


# A named person sent to a capital as the state's ambassador or chargé d'affaires opens a mission, as "sent an
# ambassador to" does; a personal envoy sent on an errand does not.
@pytest.mark.parametrize("text, expected", [
    ("In 1954 China sent Huan Xiang to London as its first chargé d'affaires.", ("CHN", "GBR", "054", "1954")),
    ("In 1972 Bonn sent Ulrich Sahm to Moscow as its ambassador.", ("DEU", "SUN", "054", "1972")),
    ("In 1992 Seoul sent Roh Jae-won to Beijing as its first ambassador.", ("KOR", "CHN", "054", "1992")),
])
def test_a_person_sent_to_a_capital_as_ambassador_opens_a_mission(text, expected):
    assert expected in _acts(text)


def test_a_person_sent_as_a_personal_envoy_opens_no_mission():
    assert not [a for a in _acts("In 1943 Churchill sent Eden to Moscow as his personal envoy.") if a[2] == "054"]


# A revolution named as a noun is the time a sentence is set in, or the thing it praises, flees or takes as a model:
# no dated change of rule; the change is coded from its verb ("overthrew", "seized power", "proclaimed").
@pytest.mark.parametrize("text", [
    "In 1977 the Soviet press hailed the Ethiopian revolution.",
    "Many Iranian students fled abroad after the revolution of 1979.",
    "Mexican writers in the 1960s held up the revolution of 1910 as a model for the continent.",
])
def test_a_revolution_named_as_a_noun_is_no_change_of_rule(text):
    assert not [a for a in _acts(text) if a[2].startswith("D0")]


def test_a_change_of_rule_told_by_its_verb_is_kept():
    # (D02, a coup, since decision 6 of tests/data/other_pairs/CONVENTIONS.md: "overthrew" without a name is a coup)
    assert ("LBY", None, "D02", "1969-09") in _acts("In September 1969 army officers led by Muammar Qaddafi overthrew "
                                                     "King Idris of Libya.")


# Protests, demonstrations, crowds, parties and societies broken up or dissolved are no state's end; a state or a pact
# dissolved stays one, with whatever follows the verb ("at a meeting in Prague", ", and its republics held meetings").
@pytest.mark.parametrize("text", [
    "In June 1989 Chinese troops broke up the protests in Tiananmen Square.",
    "In March 2008 police in Kathmandu broke up demonstrations by Tibetan exiles.",
    "In January 1953 Nasser dissolved the political parties of Egypt.",
    "In September 1967 Sihanouk dissolved the Khmer–Chinese Friendship Association.",
])
def test_a_gathering_or_society_broken_up_or_dissolved_ends_no_state(text):
    assert not [a for a in _acts(text) if a[2] == "D03"]


@pytest.mark.parametrize("text, expected", [
    ("In 1991 the Warsaw Pact was dissolved at a meeting in Prague.", ("WARSAW_PACT", None, "D03", "1991")),
    ("In 1991 the Soviet Union was dissolved, and its republics held meetings.", ("SUN", None, "D03", "1991")),
    ("In December 1991 the Soviet Union broke up.", ("SUN", None, "D03", "1991-12")),
])
def test_a_state_or_pact_dissolved_stays_an_end(text, expected):
    assert expected in _acts(text)


# A wiki's maintenance banner is the page's word about itself: its "discuss these issues on the talk page" is no talks
# between the page's pair, in any of its wordings; a sentence that tells talks stays.
@pytest.mark.parametrize("banner", [
    "This article has multiple issues. Please help improve it or discuss these issues on the talk page.",
    "This section needs additional citations for verification. Please help improve this section by adding citations.",
    "This article relies largely on a single source. Learn how and when to remove this message.",
])
def test_a_wiki_maintenance_banner_tells_no_talks(banner):
    text = f"Greece and Turkey\n\n{banner}\n\nIn 1930 Greece and Turkey held talks in Ankara.\n"
    assert [(e.cameo, e.date) for e in extract_text(text, origin="t.txt")] == [("040", "1930")]


# Arms flown into a capital, one kind or a list of them, are arms given to its state.
@pytest.mark.parametrize("text, expected", [
    ("In October 1973 Soviet planes flew tanks and ammunition into Damascus.", ("SUN", "SYR", "072", "1973-10")),
    ("In April 1975 American aircraft flew ammunition and rice into Phnom Penh.", ("USA", "KHM", "072", "1975-04")),
    ("In November 1962 American transport aircraft were flying rifles, mortars and ammunition into New Delhi.",
     ("USA", "IND", "072", "1962-11")),
])
def test_arms_flown_into_a_capital_are_arms_given(text, expected):
    assert expected in _acts(text)
