"""General forms found on the long pages of tests/data/other_pairs/tune26/ (README.md there), shown on sentences of
our own about other pairs and years: each text with the events it must (or must not) give."""

from __future__ import annotations

import pytest

from detente import extract_text


def _codes(text: str) -> set[tuple]:
    return {(e.source, e.target, e.cameo) for e in extract_text(text)}


def _dated(text: str) -> set[tuple]:
    return {(e.source, e.target, e.cameo, e.date) for e in extract_text(text)}


# A state named right before ", which" does the act the past-tense verb after it tells, on the object after that verb
# (not the main clause's subject, nor a state named earlier in the sentence).
@pytest.mark.parametrize("text, expected, wrong", [
    ("In March 1975 Syria protested to Egypt, which signed a disengagement agreement with Israel in September 1975.",
     ("EGY", "ISR", "057"), ("SYR", "ISR", "057")),
    ("In 1970 Moscow sent arms to Egypt, which attacked Israel in 1973.", ("EGY", "ISR", "190"), ("SUN", "ISR", "190")),
    ("In 1992 officials in Beijing feared that reform would pull Hanoi towards Washington, which lifted its embargo on "
     "Vietnam in February 1994.", ("USA", "VNM", "085"), ("CHN", "VNM", "085")),
])
def test_a_state_before_which_does_the_act_after_it(text, expected, wrong):
    codes = _codes(text)
    assert expected in codes
    assert wrong not in codes


def test_which_taking_up_the_whole_clause_gives_no_new_doer():
    assert _codes("In 1973 Washington shipped grain to Egypt, which was vital in ending the famine.") == {("USA", "EGY", "071")}


# "asked why / whether / if / how", "asked the question": a question, no appeal to anyone.
@pytest.mark.parametrize("text", [
    "In 1983 Mexican officials asked why Washington had armed the contras.",
    "In 1996 some in Ankara asked whether Greece would back down over the islet.",
    "Turkish writers have asked the question about Cyprus for decades.",
    "In 1962 Indian officers asked how China had moved so many troops into Aksai Chin.",
    "In 1995 some in Havana asked, privately, whether Hanoi had grown too fond of Washington.",
])
def test_a_question_asked_is_no_appeal(text):
    assert not [c for c in _codes(text) if c[2].startswith("02")]


@pytest.mark.parametrize("text", ["In 1985 Egypt asked Israel to withdraw from Taba.",
                                  "In 1985 Egypt asked Israel, formally, to withdraw from Taba."])
def test_an_appeal_asked_of_a_state_stays(text):
    # an appeal (02x): to withdraw, an appeal to yield, 0256, under decision 10 of tests/data/other_pairs/CONVENTIONS.md
    assert [c for c in _codes(text) if c[:2] == ("EGY", "ISR") and c[2].startswith("02")], _codes(text)


# "took over from his brother", "who took over from Sadat": an office passed on, nothing seized from anyone.
@pytest.mark.parametrize("text", [
    "In 1990 Sheikh Jaber, who took over from his brother in 1977, visited Saudi Arabia.",
    "Hosni Mubarak, who took over from Anwar Sadat in 1981, received several Israeli delegations in Cairo.",
    "In 1964 Leonid Brezhnev took over from Khrushchev and soon visited Poland.",
])
def test_taking_over_from_a_person_is_no_seizure(text):
    assert not [c for c in _codes(text) if c[2] == "192"]


def test_territory_taken_from_a_state_stays_a_seizure():
    assert ("ISR", "SYR", "192") in _codes("In 1967 Israel took the Golan Heights from Syria.")


# Strikes beside demonstrations or protests, or a general, hunger or dock strike: work stopped, no armed attack on the
# state named before.
@pytest.mark.parametrize("text", [
    "In August 1978 the Chinese premier arrived in Tehran and held talks with the Shah. By then strikes and "
    "demonstrations were spreading across Iran.",
    "In June 1981 the Soviet premier arrived in Warsaw. By then a general strike was spreading across Poland.",
    "In 1980 the Polish leader flew to Moscow. Protests and strikes soon closed the shipyards of Poland.",
])
def test_labour_strikes_are_no_attack(text):
    assert not [c for c in _codes(text) if c[2] == "190"]


def test_air_strikes_stay_attacks():
    assert ("USA", "LBY", "190") in _codes("In 1986 American aircraft carried out strikes on Libya.")


# Aid named after "the end of" or "the loss of" stopped: none is given.
@pytest.mark.parametrize("text", [
    "The end of Soviet aid in 1991 left Cuba short of fuel.",
    "The end of Soviet aid in 1991 left North Korea short of food.",
    "After the loss of American aid in 1975, Laos turned to Vietnam.",
])
def test_aid_that_ended_is_no_aid_given(text):
    assert not [c for c in _codes(text) if c[2].startswith("07")]


def test_aid_sent_stays_aid():
    assert ("SUN", "CUB", "070") in _codes("In 1991 the Soviet Union sent aid to Cuba.")


# "X was accused of ..." with no accuser named after "by": no accusation to code, whoever the sentence names elsewhere.
@pytest.mark.parametrize("text", [
    "In 2001 French troops served in Afghanistan while Pakistan was accused of sheltering the Taliban.",
    "In 1999 Pakistan was accused of sheltering militants.",
    "In 1964 American advisers stayed in Laos while North Vietnam was accused of using its roads.",
    "In August 2010 Zardari met Sarkozy in France, and was criticized at home for travelling at all.",
    "In 1986 Thatcher let American bombers fly from Britain, and was condemned in Parliament for it.",
])
def test_an_accusation_with_no_accuser_is_not_coded(text):
    assert not [c for c in _codes(text) if c[2].startswith("11")]


@pytest.mark.parametrize("text", [
    "In 1984 Britain was accused by Argentina of arming Chile.",
    "In 1984 Britain was accused of arming Chile by Argentina.",
])
def test_an_accusation_with_its_accuser_stays(text):
    assert ("ARG", "GBR", "112") in _codes(text)


# Rice shipped or sold is food shipped or trade, as grain and wheat are.
@pytest.mark.parametrize("text, expected", [
    ("In the early 1990s Vietnam, itself a poor country, shipped rice to Cuba.", ("VNM", "CUB", "071")),
    ("In 1974 Thailand sold rice to Indonesia.", ("THA", "IDN", "061")),
    ("In 1966 Burma shipped rice to Ceylon.", ("MMR", "LKA", "071")),
])
def test_rice_shipped_or_sold(text, expected):
    assert expected in _codes(text)


# Two bare years joined by "and" that are not next to each other tell the act once at each ("visited in 1972 and 1976",
# "the wars between India and Pakistan in 1965 and 1971"); two years in a row stay one act over both.
@pytest.mark.parametrize("text, expected", [
    ("Nixon visited China in 1972 and 1976.", {("USA", "CHN", "042", "1972"), ("USA", "CHN", "042", "1976")}),
    ("Brezhnev visited India in 1973 and 1980.", {("SUN", "IND", "042", "1973"), ("SUN", "IND", "042", "1980")}),
    ("During the wars between Egypt and Israel in 1967 and 1973, Moscow armed Egypt.",
     {("EGY", "ISR", "190", "1967"), ("EGY", "ISR", "190", "1973")}),
    ("India and Pakistan fought wars in 1965 and 1971.", {("IND", "PAK", "190", "1965"), ("IND", "PAK", "190", "1971")}),
])
def test_years_apart_tell_the_act_at_each(text, expected):
    assert expected <= _dated(text)


def test_dates_of_another_noun_are_not_the_acts():
    dated = _dated("The armed clashes between China and Taiwan, the missile crises and the talks of 1993 and 1998 are "
                   "well known.")
    assert not [d for d in dated if d[2] == "190" and d[3] == "1998"]


def test_years_in_a_row_stay_one_act():
    dated = _dated("The Soviet Union returned Japanese prisoners to Japan in 1955 and 1956.")
    assert {d[3] for d in dated if d[:2] == ("SUN", "JPN")} == {"1955/1956"}


def test_a_condemnation_with_its_author_stays():
    assert ("EGY", "ISR", "110") in _codes("In 1980 Israel was condemned by Egypt for the raid.")


# Debts repudiated to a state: relations reduced (160), as a treaty repudiated is (the debts a state "took over from"
# another are no seizure, so only the repudiation tells the act).
@pytest.mark.parametrize("text, expected", [
    ("In February 1918 Soviet Russia repudiated its debts to France.", ("RSFSR", "FRA", "160")),
    ("In 1956 Indonesia repudiated its debts to the Netherlands.", ("IDN", "NLD", "160")),
])
def test_debts_repudiated(text, expected):
    assert expected in _codes(text)


# A sentence opening "The same day" / "On the same day" tells a second act on the day of the one before, not that act
# told again: two signings of one day by one pair stay two events.
@pytest.mark.parametrize("text", [
    "On 26 May 1972 the United States and the Soviet Union signed the ABM Treaty in Moscow. The same day the two "
    "governments signed the Interim Agreement on offensive arms.",
    "On 17 September 1978 Egypt and Israel signed a framework for peace in the Middle East at Camp David. On the same "
    "day Egypt and Israel signed a framework for a peace treaty between them.",
])
def test_a_second_act_the_same_day_is_kept(text):
    signed = [e for e in extract_text(text) if e.cameo == "057"]
    assert len(signed) == 2 and len({e.span for e in signed}) == 2


def test_an_act_retold_in_a_later_sentence_is_still_one():
    text = ("On 26 May 1972 the United States and the Soviet Union signed the ABM Treaty in Moscow. The treaty was "
            "signed by the two governments on 26 May 1972.")
    assert len([e for e in extract_text(text) if e.cameo == "057"]) == 1


# A named war or era after "about", "concerning" or "regarding" is what was talked about: it does not date the talk,
# which keeps the time of the sentence before.
@pytest.mark.parametrize("text, expected", [
    ("Indira Gandhi flew to Riyadh in April 1982. She met King Khalid there and talked about the Gulf war and trade.",
     ("IND", "SAU", "043", "1982-04")),
    ("Helmut Kohl visited Moscow in October 1988. He met Gorbachev and spoke about the Second World War.",
     ("DEU", "SUN", "043", "1988-10")),
])
def test_a_war_talked_about_does_not_date_the_talk(text, expected):
    assert expected in _dated(text)


def test_a_war_the_act_falls_in_still_dates_it():
    assert ("EGY", "SAU", "074", "1990-08-02/1991-02-28") in _dated("During the Gulf war Egypt sent troops to Saudi Arabia.")


# Two doers and two dates of one verb go together in turn ("respectively"), each doer at its own date.
@pytest.mark.parametrize("text, expected", [
    ("Britain and France recognized Beijing in 1950 and 1964.", {("GBR", "CHN", "054", "1950"), ("FRA", "CHN", "054", "1964")}),
    ("Egypt and Jordan signed peace treaties with Israel in 1979 and 1994.",
     {("EGY", "ISR", "057", "1979"), ("JOR", "ISR", "057", "1994")}),
])
def test_two_doers_and_two_dates_go_in_turn(text, expected):
    assert expected <= _dated(text)


# "condemned the invasion and sent troops to Saudi Arabia": a condemnation of an act named again as a noun is aimed at
# that act's doer, whatever state the next verb of the list takes as its object.
@pytest.mark.parametrize("text, expected, wrong", [
    ("When Chinese troops crossed into northern Vietnam in February 1979, the Cuban government denounced the invasion "
     "and declared its full support for Hanoi.", ("CUB", "CHN", "110"), ("CUB", "VNM", "110")),
    ("When Soviet troops entered Afghanistan in December 1979, China condemned the invasion and sent arms to Pakistan.",
     ("CHN", "SUN", "110"), ("CHN", "PAK", "110")),
    ("After Iraq invaded Kuwait in August 1990, Egypt condemned the invasion and sent troops to Saudi Arabia.",
     ("EGY", "IRQ", "110"), ("EGY", "SAU", "110")),
])
def test_a_condemned_act_is_aimed_at_its_doer_past_a_list(text, expected, wrong):
    codes = _codes(text)
    assert expected in codes
    assert wrong not in codes


# A ruler's kin named by the ruler's possessive, with the name in an apposition ("the Shah's twin sister, Princess
# Ashraf, ..."), acts for the ruler's state, as an envoy named so does (not "China, the Khmer Rouge's patron").
@pytest.mark.parametrize("text, expected", [
    ("In 1946 the Shah's twin sister, Princess Ashraf, visited Moscow and met Stalin.", ("IRN", "SUN", "042")),
    ("In 1971 the Shah's twin sister, Princess Ashraf, flew to Beijing.", ("IRN", "CHN", "042")),
    ("In 1953 the Japanese emperor's son, Crown Prince Akihito, visited London.", ("JPN", "GBR", "042")),
])
def test_a_rulers_kin_acts_for_the_state(text, expected):
    assert expected in _codes(text)


def test_the_owner_of_a_described_noun_still_does_not_act():
    assert ("KHM", "VNM", "190") not in _codes("In 1979 China, the Khmer Rouge's patron, attacked Vietnam.")


# The act a second word of condemnation names again ("Castro called the attack a crime") is the other state's act told
# before, not the reacting state's own condemnation of it.
@pytest.mark.parametrize("text, expected, wrong", [
    ("When Chinese troops crossed into northern Vietnam in February 1979, the Cuban government denounced the invasion "
     "and declared its full support for Hanoi; Castro called the attack a crime.", ("CUB", "CHN"), ("CUB", "VNM")),
    ("When Iraq invaded Kuwait in August 1990, Syria condemned the invasion and sent troops to Saudi Arabia; Assad "
     "called the attack a crime.", ("SYR", "IRQ"), ("SYR", "SAU")),
])
def test_a_condemnation_named_again_keeps_the_doer(text, expected, wrong):
    accused = {c[:2] for c in _codes(text) if c[2].startswith("11")}
    assert expected in accused
    assert wrong not in accused


# People on the move named by a people's plural (workers, nurses, pilgrims, a faith's followers), with words that keep
# the act going or an apposition between, make no state visit.
@pytest.mark.parametrize("text", [
    "In 1990 India's Muslims, one of the largest Muslim communities in the world, kept travelling to Saudi Arabia.",
    "In 1975 Turkish workers travelled to West Germany.",
    "In 1985 Egypt's students continued to travel to the Soviet Union.",
])
def test_people_travelling_make_no_visit(text):
    assert not [c for c in _codes(text) if c[2] == "042"]


@pytest.mark.parametrize("text, expected", [
    ("In 1985 Egypt's foreign minister went to Moscow.", ("EGY", "SUN", "042")),
    ("In May 1963 a Cuban medical brigade of doctors and nurses arrived in Algeria.", ("CUB", "DZA", "042")),
])
def test_an_official_or_a_brigade_travelling_still_visits(text, expected):
    assert expected in _codes(text)
