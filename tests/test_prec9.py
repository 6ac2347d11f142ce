"""prec9 (issue 5, precision on unseen pages): one act told twice on one page, in its lead and a section or in a
key-dates line, in other words and at another date's precision, is one event; shown on texts of our own about other
pairs and years, each test with look-alikes a reader would keep apart."""

from __future__ import annotations

import pytest

from detente import extract_text

# what stands between a page's lead and the section that tells the act again (well over a sentence apart)
_FILLER = ("\n\nThe two governments argued for years afterwards about what had been promised, and the archives opened "
           "since then have shown how little either trusted the other in those months. Historians still disagree "
           "about who was to blame.\n\n")


def _acts(text: str) -> list[tuple]:
    return sorted((e.source, e.target, e.cameo, e.date) for e in extract_text(text, origin="t.txt"))


# A war or an invasion named whole in a lead, at a month, a season or a year, is the blow its doer struck on its foe
# that a section dates to the day; a closure of straits or airspace told twice is one measure.
@pytest.mark.parametrize("lead, section, kept", [
    ("The Soviet Union invaded Afghanistan in December 1979.",
     "On 25 December 1979 Soviet troops crossed into Afghanistan over the Amu Darya.",
     ("SUN", "AFG", "190", "1979-12-25")),
    ("The Turkish invasion of Cyprus in the summer of 1974 divided the island.",
     "On 20 July 1974 Turkish troops landed on the northern coast of Cyprus near Kyrenia.",
     ("TUR", "CYP", "190", "1974-07-20")),
    ("Egypt closed the Straits of Tiran to Israeli shipping in 1967.",
     "On 22 May 1967 Nasser closed the Straits of Tiran to Israeli ships.",
     ("EGY", "ISR", "191", "1967-05-22")),
    ("Pakistan closed its airspace to Indian aircraft in 2019.",
     "On 27 February 2019 Pakistan closed its airspace to Indian flights.",
     ("PAK", "IND", "191", "2019-02-27")),
])
def test_a_war_or_closure_a_lead_tells_coarsely_is_the_act_a_section_dates(lead, section, kept):
    acts = [a for a in _acts(lead + _FILLER + section) if a[2][:2] == "19"]
    assert acts == [kept], acts


def test_an_invasion_named_whole_keeps_the_other_acts_of_its_sentence():
    acts = _acts("Iraq invaded Kuwait in August 1990 and annexed it within the week." + _FILLER
                 + "On 2 August 1990 Iraqi troops crossed into Kuwait and reached the capital within hours.")
    assert acts == [("IRQ", "KWT", "190", "1990-08-02"), ("IRQ", "KWT", "192", "1990-08")], acts


def test_a_blow_told_at_a_season_that_names_no_war_whole_stays_its_own_act():
    # fighting through a summer holds many blows: the second offensive of August is an act of its own
    acts = _acts("Turkish forces fought Greek Cypriot units around Nicosia in the summer of 1974." + _FILLER
                 + "On 14 August 1974 Turkish forces launched a second offensive in Cyprus.")
    assert [a[3] for a in acts] == ["1974-06/1974-08", "1974-08-14"], acts
    # and an invasion outside the month of the dated blow is another act
    acts = _acts("The Soviet Union invaded Czechoslovakia in August 1968." + _FILLER
                 + "On 12 March 1969 Soviet troops fired on Czechoslovak border guards.")
    assert len(acts) == 2, acts


# The lead's telling names a third state beside the pair ("a few days after the United States"): still the same act.
def test_a_lead_naming_a_third_state_beside_the_pair_retells_the_sections_act():
    acts = _acts("The Soviet Union recognized Israel in May 1948, a few days after the United States." + _FILLER
                 + "Moscow recognized Israel de jure on 17 May 1948.")
    assert acts == [("SUN", "ISR", "054", "1948-05-17")], acts


def test_a_treaty_named_again_with_a_third_state_beside_it_is_the_signing():
    acts = _acts("In July 1961 Kim Il-sung went to Moscow, where he signed a treaty of alliance with the Soviet Union on "
                 "6 July, and in the same month he signed a treaty of alliance with China in Beijing on 11 July.\n\n"
                 "The Chinese treaty, which binds each side to come to the other's defence, is still in force.")
    treaties = [a for a in acts if a[2] == "057"]
    # one treaty with each neighbour, the Soviet one kept apart
    assert len(treaties) == 2 and {a[:2] for a in treaties} in ({("PRK", "SUN"), ("CHN", "PRK")},
                                                                  {("PRK", "SUN"), ("PRK", "CHN")}), acts


# A key-dates line ("1956 Nov. – the Soviet Union warns Britain over Suez") retells the body's act even when one of the
# two names a third state beside the pair, when the line opens its act with "the" and a name after its date, and when
# the body dates the act by the sentence before it ("... crossed into Kuwait. The Soviet government condemned ...").
@pytest.mark.parametrize("body, line, kept", [
    ("In November 1956 the Soviet Union warned Britain, in a note that also went to France, that its cities could be "
     "struck by rockets.", "Timeline\n\n1955 Apr. – Eden becomes prime minister\n1956 Nov. – the Soviet Union warns "
     "Britain over Suez\n1957 Jan. – Macmillan succeeds Eden", ("SUN", "GBR", "130")),
    ("In August 1990 Iraqi troops crossed into Kuwait. The Soviet government condemned Baghdad at once.",
     "Chronology\n\nAugust 1990 – the Soviet Union condemns Iraq over the invasion of Kuwait.\n1991 – Gulf War.",
     ("SUN", "IRQ", "110")),
    ("In December 1978 Vietnamese troops invaded Cambodia. The Chinese government condemned Hanoi within days.",
     "Chronology\n\nDecember 1978 – China condemns Vietnam over the invasion of Cambodia.\n1979 – war on the border.",
     ("CHN", "VNM", "110")),
])
def test_a_key_dates_line_retells_the_bodys_act_with_a_third_state_beside_it(body, line, kept):
    acts = [a for a in _acts(body + _FILLER + line) if a[:3] == kept]
    assert len(acts) == 1, _acts(body + _FILLER + line)


def test_a_key_dates_line_of_another_act_or_year_stays():
    acts = _acts("In August 1990 Iraqi troops crossed into Kuwait. The Soviet government condemned Baghdad at once."
                 + _FILLER + "Chronology\n\nAugust 1990 – the Soviet Union halts its arms deliveries to Iraq.\n"
                 "January 1991 – the Soviet Union condemns Iraq again.\n")
    assert [a[2:] for a in acts if a[:2] == ("SUN", "IRQ")] == [("110", "1990-08"), ("110", "1991-01"),
                                                                 ("162", "1990-08")], acts


_BOX_PAGE = ("China and Pakistan\n\n{box}\n\nRelations between the two states were cool in the 1950s. The border war of 1962 "
             "changed both governments' minds about each other, and the talks on their frontier in the Karakoram moved "
             "quickly after it, to the dismay of many in the region.\n\nOn 2 March 1963 Pakistan signed a boundary "
             "agreement with China in Beijing, the first that either had made about land India also claimed.\n")


def test_a_facts_box_before_the_body_tells_the_bodys_act_of_that_day_once():
    # the body's signing names a third state beside the pair; the box, above it, gives the same day: one act
    acts = [a for a in _acts(_BOX_PAGE.format(box="Boundary agreement; signed 2 March 1963 in Beijing."))
            if a[2] == "057"]
    assert len(acts) == 1 and acts[0][3] == "1963-03-02", acts
    # another agreement of another day in the box stays its own act
    acts = [a for a in _acts(_BOX_PAGE.format(box="Boundary agreement; signed 2 March 1963 in Beijing. Air services "
                                              "agreement; signed 29 August 1963.")) if a[2] == "057"]
    assert sorted(a[3] for a in acts) == ["1963-03-02", "1963-08-29"], acts


# A stop made for a meeting is one act, as before, also when the journey's end beside it ("on his way to Washington")
# puts a third state into the stop's actors; a visit and a meeting there, told by "visited ... and met", stay two.
@pytest.mark.parametrize("text, pair", [
    ("Park Chung-hee stopped in Tokyo in November 1961 on his way to Washington and met Prime Minister Ikeda Hayato.",
     ("KOR", "JPN")),
    ("In February 1979 Deng Xiaoping stopped in Tokyo on his way home from Washington and met Prime Minister Ohira.",
     ("CHN", "JPN")),
    ("Indira Gandhi stopped in London in November 1971 on her way to Washington to meet Edward Heath.", ("IND", "GBR")),
])
def test_a_stop_on_the_way_elsewhere_to_meet_a_leader_is_one_act(text, pair):
    acts = [a for a in _acts(text) if a[:2] == pair]
    assert [a[2] for a in acts] == ["042"], _acts(text)


def test_a_visit_on_the_way_elsewhere_and_a_meeting_there_stay_two():
    acts = _acts("In March 1959 Harold Macmillan visited Ottawa on his way to Washington and met John Diefenbaker.")
    assert [a[2] for a in acts if a[:2] == ("GBR", "CAN")] == ["042", "043"], acts


# A "Related articles" line gives another article's title and then its teaser after "Read more:": the teaser's act is
# that article's, not told again by this page.
@pytest.mark.parametrize("line", [
    "Moscow's Arab allies  Read more: Egypt expelled the Soviet military advisers in July 1972.",
    "The canal war  Read more: Israeli aircraft struck Egyptian positions along the canal in 1969.",
    "A summit in Delhi  Read more: Rajiv Gandhi received Mikhail Gorbachev in November 1986.",
])
def test_a_related_articles_line_with_its_title_before_read_more_tells_no_act(line):
    from detente.text.clean import clean_text

    page = f"Egypt and the Soviet Union\n\nEgypt nationalised the Suez Canal Company in July 1956.\n\nRelated articles\n\n{line}\n"
    assert line.split("  ")[1] not in clean_text(page).text
    acts = _acts(page)
    assert [a[3] for a in acts] == ["1956-07"], acts


def test_a_sentence_that_tells_readers_to_read_more_stays():
    from detente.text.clean import clean_text

    line = "The minister told Indian students in Moscow in 1955 that they should read more: Tolstoy, Gorky, Lenin."
    assert line in clean_text(f"India and the Soviet Union\n\n{line}\n").text


# What a body leaves its members free to do is a permission, not an act: the vote or ruling that frees them is the act.
@pytest.mark.parametrize("text, kept", [
    ("In July 1975 the OAS voted to leave each member free to restore relations and trade with Cuba.", ["087"]),
    ("In November 1987 the Arab League left each member free to restore relations with Egypt.", ["087"]),
    ("In November 1987 the Arab summit in Amman freed its members to resume relations with Egypt.", ["0841"]),
])
def test_what_members_are_left_free_to_do_is_not_done(text, kept):
    acts = _acts(text)
    assert [a[2] for a in acts] == kept, acts


def test_an_act_done_after_a_permission_stays():
    # the freeing in one clause, each member's act told as done in the next
    acts = _acts("In November 1987 the Arab League left each member free to deal with Cairo, and in the same month "
                 "Saudi Arabia restored relations with Egypt.")
    assert ("SAU", "EGY", "054", "1987-11") in acts, acts
