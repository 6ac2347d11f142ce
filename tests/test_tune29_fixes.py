"""General forms found on the long pages of tests/data/other_pairs/tune29/ (README.md there), shown on sentences of
our own about other pairs and years: each text with the events it must (or must not) give."""

from __future__ import annotations

import pytest

from detente import extract_text


def _codes(text: str, dct: str | None = None) -> set[tuple]:
    return {(e.source, e.target, e.cameo) for e in extract_text(text, dct=dct)}


def _dated(text: str, dct: str | None = None) -> set[tuple]:
    return {(e.source, e.target, e.cameo, e.date) for e in extract_text(text, dct=dct)}


def _pairs(text: str, dct: str | None = None) -> set[tuple]:
    return {(e.source, e.target) for e in extract_text(text, dct=dct)}


# A date followed by an apposition that tells what else that date saw (", the year Ghana became independent and the
# year Spain signed a treaty with the Allies") closes the act's clause: a state named in the apposition is no partner
# of the act before it.
@pytest.mark.parametrize("text, pair, stranger", [
    ("Spain and Ghana established diplomatic relations in 1957, the year Ghana became independent and the year Spain "
     "signed a treaty with the Allies in Paris.", ("ESP", "GHA"), "GBR"),
    ("Chile and Sweden opened embassies in 1968, the year the Soviet Union invaded Czechoslovakia.", ("CHL", "SWE"), "SUN"),
])
def test_an_apposition_to_the_date_tells_another_act(text, pair, stranger):
    codes = _codes(text)
    acts = {c[2] for c in codes if set(c[:2]) == set(pair)}
    assert acts
    assert not any(stranger in c[:2] and c[2] in acts for c in codes)  # (the apposition's own act may be told)


# A date in a "since" phrase after a first or last of its kind ("his first meeting with a Peruvian leader since he
# took power in March") opens the span before the act, and never dates it, even when it is the sentence's only date.
def test_the_date_after_first_since_does_not_date_the_act():
    text = ("King Albert of Belgium met Peru's President Alan Garcia during the summit, his first meeting with a "
            "Peruvian head of state since he took power in March.")
    dated = _dated(text, dct="2003-05-12")
    assert ("BEL", "PER", "043") in {d[:3] for d in dated}
    assert not any(d[3] and d[3].startswith("2003-03") for d in dated)
    # (a date of the act's own still dates it)
    dated = _dated("In May 2003 King Albert of Belgium met Peru's President Alan Garcia, the first meeting since 1995.")
    assert ("BEL", "PER", "043", "2003-05") in dated


# A monarch's title alone ("the king", "the emir") stands for the last person in focus styled with it, never for a
# president or a premier named after him; with no such person, for nobody.
def test_the_king_is_the_last_king_named():
    text = ("In May 2003 King Abdullah of Jordan met Peru's President Alejandro Toledo during the summit. "
            "The king also met Chile's President Ricardo Lagos.")
    codes = _codes(text)
    assert ("JOR", "CHL", "043") in codes
    assert not any(c[:2] in (("PER", "CHL"), ("CHL", "PER")) for c in codes)
    # (with no king named, "the king" is nobody: no president or chancellor stands in for him)
    codes = _codes("In 1985 President Reagan met Chancellor Kohl in Bonn. Later the king met Mitterrand.")
    assert not any("FRA" in c[:2] for c in codes)


# Vocabulary: a vote for the resolution that gives a body's seat to a state, wherever it was cast, supports that state;
# a vote for sanctions takes part in them against the state the sentence sanctions; states or leaders among the
# signatories sign together; a call on members to stop trading with a state calls for an embargo on it.
@pytest.mark.parametrize("text, expected", [
    ("On 25 October 1971 Kenya voted in the UN General Assembly for the resolution that gave China's seat to the "
     "government in Beijing.", ("KEN", "CHN", "051")),
    ("In July 1964 the OAS ordered its members to cut their ties with Havana, and Haiti voted for the sanctions.",
     ("HTI", "CUB", "163")),
    ("In 1967 Thailand's Prime Minister Thanom Kittikachorn and Indonesia's President Suharto were among the "
     "signatories.", ("THA", "IDN", "057")),
    ("After the coup of 1980 the OAU called on its members to stop trading with Liberia.", ("OAU", "LBR", "163")),
])
def test_vocabulary(text, expected):
    assert expected in _codes(text)


def test_a_vote_for_sanctions_sanctions_their_target_not_the_council():
    assert ("GHA", "PRT", "163") in _codes("In 1963 the OAU condemned Portugal, and Ghana voted for the sanctions.")
    assert not any(c[1] == "UNSC" for c in _codes(
        "In 2008 China voted in the Security Council for each of the sanctions resolutions on Iran."))
    assert not any(c[1] in ("UN", "UNSC") for c in _codes(
        "In 2006 Russia voted for United Nations sanctions after Iran's missile tests."))
    assert not any(c[1] in ("UN", "UNSC") for c in _codes(
        "In March 2013 Russia again voted for new sanctions, adopted by the Security Council on 7 March."))


# A natural hazard that "had struck" a place is no actor; and a date closing a relative clause set off by commas before
# the act ("in the province that an earthquake had struck two months earlier,") dates that clause, not the act.
def test_an_earthquake_that_had_struck_is_no_attack_and_does_not_date_the_visit():
    dated = _dated("In May 2010 Manmohan Singh went to Padang, in the province that an earthquake had struck two months "
                   "earlier, for a summit hosted by Indonesia.")
    assert not any(d[2].startswith("19") for d in dated)
    assert dated and all(d[3] == "2010-05" for d in dated)


# "insisted" with a clause that tells what was or is so, with no "that" ("insisted they served the Kenyan people"),
# is a claim, not a demand; "insisted Israel withdraw" is still one.
def test_insisted_with_a_clause_told_is_no_demand():
    assert not any(c[2] == "100" for c in _codes(
        "In 1999 Swedish officials insisted they served the Kenyan people, not any one president."))
    assert not any(c[2] == "100" for c in _codes(
        "In 2002 Japan protested against the visit, and Korean officials insisted the visit was private."))
    assert ("EGY", "ISR", "100") in _codes("In 1975 Egypt insisted Israel withdraw from Sinai.")


# What is "to be held" is a plan ("Summits are to be held every year"); a duty to help is no help given.
def test_what_is_to_be_held_is_a_plan():
    codes = _codes("In 1985 India and Pakistan agreed on a charter. Summits are to be held every year.")
    assert not any(c[2] == "043" for c in codes)


def test_a_duty_to_help_is_no_help():
    assert not any(c[2] == "070" for c in _codes(
        "In 1996 Havana restored relations with Port-au-Prince. Cuban officials began to speak of Haiti as the poorest "
        "neighbour they had a duty to help."))


# Heads of government and state the gazetteer now knows, acting by their names and titles.
@pytest.mark.parametrize("text, expected", [
    ("Prime Minister Romano Prodi visited Brazil in March 2007.", ("ITA", "BRA", "042")),
    ("President Natsagiin Bagabandi paid a state visit to Japan in 1998.", ("MNG", "JPN", "042")),
    ("In 1997 President René Préval flew to Caracas for talks.", ("HTI", "VEN", "042")),
])
def test_heads_the_gazetteer_knows(text, expected):
    assert expected in _codes(text)


# A mutual verb whose subject is named but is no actor ("the delegates also met A and B", "South Asian leaders agreed to
# admit A and to give B a seat"): its objects are not each other's partners.
@pytest.mark.parametrize("text, objects", [
    ("In 2005 the delegates also met India's Prime Minister Manmohan Singh and China's President Hu Jintao.",
     {"IND", "CHN"}),
    ("In 2007 African leaders agreed at their summit in Accra to admit Morocco as a member and to give China and Japan "
     "observer status.", {"MAR", "CHN"}),
])
def test_a_named_subject_keeps_the_objects_apart(text, objects):
    assert not any(objects == set(c[:2]) and c[2] in ("043", "057") for c in _codes(text))


# Aid under review is no aid given; commitments to consult are no consultation.
def test_reviewing_and_commitments_are_no_acts():
    assert not _codes("In 2005 Western diplomats said Britain and the United States were reviewing their own military "
                      "aid to Nepal.")
    codes = _codes("In 1994 India and Mongolia signed a treaty. The treaty replaced the declarations with commitments "
                   "to consult and to cooperate in trade.")
    assert not any(c[2] in ("040", "060") for c in codes)


# State oil and construction companies act for their state, as "Chinese firms" do.
@pytest.mark.parametrize("text, pair", [
    ("PetroChina agreed in March 2008 to buy 40,000 barrels of Venezuelan crude a day.", ("CHN", "VEN")),
    ("Gazprom cut gas supplies to Ukraine in January 2006.", ("RUS", "UKR")),
])
def test_state_companies_act_for_their_state(text, pair):
    assert pair in {c[:2] for c in _codes(text)}
