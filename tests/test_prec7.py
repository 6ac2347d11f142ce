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
    ("In March 1961 India sent Ali Yavar Jung to Cairo as its ambassador.", ("IND", "EGY", "054", "1961-03")),
    ("In 1992 Seoul sent Roh Jae-won to Beijing as its first ambassador.", ("KOR", "CHN", "054", "1992")),
])
def test_a_person_sent_to_a_capital_as_ambassador_opens_a_mission(text, expected):
    assert expected in _acts(text)


def test_a_person_sent_as_a_personal_envoy_opens_no_mission():
    assert not [a for a in _acts("In 1943 Churchill sent Eden to Moscow as his personal envoy.") if a[2] == "054"]
