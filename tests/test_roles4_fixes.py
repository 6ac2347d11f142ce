"""roles4 (the fourth round on sources and targets): general causes of a wrong source or target on the tuned pages, each
shown on sentences of our own (other states, years and words), not taken from the pages that revealed them."""

from __future__ import annotations

import pytest

from detente import extract_text


def _acts(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type) for e in extract_text(text, origin="t.txt")}


# --- 1. a state named after "with ... as mediator(s)" (sponsors, brokers) stands beside the act; the parties are the
# two named as its subject (guarantors are left as they were: the tuned gold counts a guarantor as a party) ----------

@pytest.mark.parametrize("text, first, second, beside", [
    ("On 3 May 1980 the foreign ministers of Iran and Iraq signed the accord, with France and Italy as mediators.",
     "IRN", "IRQ", {"FRA", "ITA"}),
    ("In June 1961 Ghana and Togo signed a border treaty, with Nigeria as mediator.", "GHA", "TGO", {"NGA"}),
    ("In 1961 Ghana and Togo signed a border treaty, with Nigeria as sponsor.", "GHA", "TGO", {"NGA"}),
])
def test_a_mediator_named_after_with_as_is_no_party(text, first, second, beside):
    acts = _acts(text)
    assert (first, second, "SUPPORT") in acts or (second, first, "SUPPORT") in acts
    assert not {a for a in acts if a[2] == "SUPPORT" and beside & set(a[:2])}


# --- 2. the subject's fellows named after "with its partners in", "with the rest of" act with it, not on it -----------

@pytest.mark.parametrize("text, source, fellow", [
    ("In June 1975 Egypt condemned the raid, recalled its ambassador and, with its partners in the Arab League, "
     "halted oil sales to Israel.", "EGY", "ARAB_LEAGUE"),
    ("In March 1982 Denmark condemned the landing and, with the rest of the European Community, halted imports from "
     "Argentina.", "DNK", "EEC"),
    ("In 1990 Norway condemned the invasion and, with its allies in NATO, sent ships to the Gulf.", "NOR", "NATO"),
])
def test_the_subjects_fellows_after_with_are_no_target(text, source, fellow):
    acts = _acts(text)
    assert not {a for a in acts if a[0] == source and a[1] == fellow}


# --- 3. what a complaint says: a state inside a prepositional phrase of the clause after "protested that" is no target;
# what the object is called after "denounced ... as a ... of" is no target either --------------------------------------

@pytest.mark.parametrize("text, source, said", [
    ("In 1981 Libya protested that the dispute was a bilateral matter between Chad and France.", "LBY", {"TCD", "FRA"}),
    ("In 1974 Greece complained that the quarrel was a question for Cyprus and Britain alone.", "GRC", {"CYP", "GBR"}),
    ("In 1983 Nicaragua protested that the weapons would one day be used against Honduras.", "NIC", {"HND"}),
])
def test_a_state_inside_what_a_complaint_says_is_no_target(text, source, said):
    acts = _acts(text)
    assert not {a for a in acts if a[0] == source and a[1] in said}


def test_the_speaker_complained_of_after_that_stays_the_target():
    # the subject of the clause after "that" is who is complained of (not inside a prepositional phrase)
    assert ("LBY", "FRA", "ACCUSE") in _acts("In 1984 Libya protested that France had bombed its towns.") | \
        _acts("In 1984 Libya complained that France had bombed its towns.")


@pytest.mark.parametrize("text, source, called", [
    ("In 1977 Japan denounced the federation as a puppet of Vietnam.", "JPN", "VNM"),
    ("In 1961 Ghana condemned the new regime as a creature of Belgium.", "GHA", "BEL"),
])
def test_the_possessor_in_what_an_object_is_called_is_no_target(text, source, called):
    acts = _acts(text)
    assert not {a for a in acts if a[0] == source and a[1] == called}


# --- 4. an object "it" after a later verb of the sentence stands for the state named before it in that sentence ------

@pytest.mark.parametrize("text, source, target, kind", [
    ("Sudan was quiet that spring. In March 1984 the Arab League voted to break diplomatic relations with Cairo and to "
     "suspend all trade with it.", "ARAB_LEAGUE", "EGY", "COERCE"),
    ("Chile was quiet that year. In May 1966 the OAS voted to break relations with Santo Domingo and to cut trade with it.",
     "OAS", "DOM", "COERCE"),
])
def test_an_object_it_stands_for_the_state_named_before_in_the_sentence(text, source, target, kind):
    acts = _acts(text)
    assert (source, target, kind) in acts
    assert not {a for a in acts if a[0] == source and a[2] == kind and a[1] != target}


# --- 5. "they" after "both governments" in the same sentence stands for the pair the text is about ----------------------

@pytest.mark.parametrize("title, text, pair", [
    ("# France and Algeria", "President Kennedy persuaded both governments to stop the fighting, and on 3 June 1963 they "
     "agreed to a ceasefire.", {"FRA", "DZA"}),
    ("# Peru and Ecuador", "The Brazilian envoy urged the two governments to talk, and in May 1942 they signed a treaty.",
     {"PER", "ECU"}),
])
def test_they_after_both_governments_is_the_pair(title, text, pair):
    acts = _acts(title + "\n\n" + text)
    assert {a for a in acts if set(a[:2]) == pair}


# --- 6. the state named in "X, the capital of Y" after a place is where the act was done, no party to it; the side a
# force is sent "in support of" is helped, not fought ----------------------------------------------------------------

@pytest.mark.parametrize("text, pair, place", [
    ("In 1990 Iraq and Iran held talks in Muscat, the capital of Oman.", {"IRQ", "IRN"}, "OMN"),
    ("In 1969 Nigeria and Biafra met for talks in Addis Ababa, the capital of Ethiopia.", {"NGA", "BIAFRA"}, "ETH"),
])
def test_the_state_of_the_town_where_talks_are_held_is_no_party(text, pair, place):
    acts = _acts(text)
    assert {a for a in acts if set(a[:2]) == pair}
    assert not {a for a in acts if place in a[:2]}


def test_a_third_brought_to_talks_in_a_capital_is_no_party():
    acts = _acts("In July 1985 India brought the Sri Lankan government and the Tamil groups to talks in Kathmandu, "
                 "the capital of Nepal.")
    assert not {a for a in acts if "NPL" in a[:2]}


@pytest.mark.parametrize("text, source, helped", [
    ("Syria sent tanks across the border in support of the Palestinians on 18 September 1970.", "SYR", "PSE"),
    ("In 1975 Cuba sent troops across the border in support of the Angolans.", "CUB", "AGO"),
])
def test_the_side_a_force_supports_is_not_its_target(text, source, helped):
    acts = _acts(text)
    assert not {a for a in acts if a[0] == source and a[1] == helped and a[2] in ("ASSAULT", "FIGHT", "COERCE", "MOBILIZE")}


# --- 7. a clause after ", and" whose subject is a pronoun or a quantity ("and many in Paris took that as ...") tells
# something else: a state it names is no target of the act before --------------------------------------------------

@pytest.mark.parametrize("text, source, other", [
    ("The United States, not France, brokered the truce signed at Evian in March 1962, and many in Paris took that as "
     "a sign of how far French influence had fallen.", "USA", "FRA"),
    ("In May 1962 Italy agreed to lend money, and most in Algiers saw that as a gift to Tunisia.", "ITA", "TUN"),
])
def test_a_state_in_a_later_clause_with_a_subject_of_its_own_is_no_target(text, source, other):
    acts = _acts(text)
    assert not {a for a in acts if a[0] == source and a[1] == other}


# --- 8. the place of a participle's aside after the subject (", meeting in Quito, Ecuador,") is no subject ------------

@pytest.mark.parametrize("text, place", [
    ("# Cuba and Haiti\n\nThe organisation investigated, and its foreign ministers, meeting in Quito, Ecuador, voted on "
     "5 May 1965 to condemn Haiti.", "ECU"),
    ("# Cuba and Haiti\n\nThe delegates, meeting at Santiago, Chile, voted on 5 May 1967 to condemn Haiti.", "CHL"),
    ("# Cuba and Haiti\n\nThe ministers, gathered at Lima, Peru, voted on 7 June 1966 to condemn Haiti.", "PER"),
])
def test_the_place_of_a_participle_aside_is_no_subject(text, place):
    acts = _acts(text)
    assert not {a for a in acts if a[0] == place}


# --- 9. a body's measure that a state applies, enforces or imposes is the state's act ------------------------------

@pytest.mark.parametrize("text, act, body", [
    ("Zambia closed its border with Rhodesia on 9 January 1973 and applied United Nations sanctions against the regime "
     "of Ian Smith.", ("ZMB", "RHO", "COERCE"), "UN"),
    ("In August 1990 Turkey enforced UN sanctions on Iraq.", ("TUR", "IRQ", "COERCE"), "UN"),
    ("In 1992 Greece implemented the European Community embargo against Serbia.", ("GRC", "SCG", "COERCE"), "EEC"),
])
def test_a_bodys_measure_applied_by_a_state_is_the_states_act(text, act, body):
    acts = _acts(text)
    assert act in acts
    assert not {a for a in acts if a[0] == body}

