"""roles7: who did it to whom. Sentences of our own about other pairs, years and words."""

from __future__ import annotations

import pytest

from detente import extract_text


def _pairs(text: str) -> set[tuple[str, str | None]]:
    return {(event.source, event.target) for event in extract_text(text)}


@pytest.mark.parametrize(("text", "pair", "third"), [
    # a mutual act of a listed pair of subjects is between the two, not with a host, a topic or a bystander named after it
    ("Iran and Iraq agreed on Monday to restore relations after talks hosted by Oman.", ("IRN", "IRQ"), "OMN"),
    ("Brazilian and Argentine diplomats began meeting in Montevideo in 1979 to discuss the dam and Paraguay.",
     ("BRA", "ARG"), "PRY"),
    ("Colombia, Peru sign trade deal in blow to Ecuador's hopes", ("COL", "PER"), "ECU"),
    ("Iran and Iraq agreed in August 1988 to a ceasefire after talks hosted by the United Nations.", ("IRN", "IRQ"), "UN"),
])
def test_a_listed_pair_acts_with_each_other(text, pair, third):
    pairs = _pairs(text)
    assert pair in pairs
    assert all(third not in p for p in pairs)


@pytest.mark.parametrize(("text", "pair"), [
    # an end to a fight declared or done by a listed pair is an act toward each other
    ("Peruvian President Alberto Fujimori and Ecuadorian President Jamil Mahuad declared an end to the war in 1998.",
     ("PER", "ECU")),
    ("Ecuadorian and Peruvian troops stopped firing at midnight on 3 March 1995.", ("ECU", "PER")),
    ("Ecuador and Peru agreed in 1995 to withdraw their forces under a plan brokered by Brazil.", ("ECU", "PER")),
])
def test_a_pair_ends_a_fight_with_each_other(text, pair):
    assert pair in _pairs(text)


@pytest.mark.parametrize(("text", "pair"), [
    # the partner after "with", the object right after the verb, and a state a withdrawal is from keep their role
    ("Egypt and Syria signed a defence pact with Jordan in 1967.", ("EGY", "JOR")),
    ("The Indian and Pakistani leaders met Kosygin in Tashkent in January 1966.", ("IND", "SUN")),
    ("Britain and France agreed in 1956 to withdraw their troops from Egypt.", ("GBR", "EGY")),
    ("British and French troops withdrew from Port Said in December 1956.", ("FRA", "EGY")),
])
def test_a_named_partner_or_object_stays(text, pair):
    assert pair in _pairs(text)


@pytest.mark.parametrize(("text", "pair"), [
    # force on a movement's premises named after it in a state's place is aimed at that state
    ("Rhodesian forces raided ZAPU camps in Zambia in October 1978.", ("RHO", "ZMB")),
    ("Rhodesian commandos raided suspected ZANU offices in the Mozambican capital in 1979.", ("RHO", "MOZ")),
    ("Rhodesian commandos raided ZANU houses in Maputo in 1979.", ("RHO", "MOZ")),
])
def test_force_on_a_movements_premises_abroad_is_aimed_at_the_host(text, pair):
    assert pair in _pairs(text)


@pytest.mark.parametrize(("text", "pair"), [
    # a body's own seat ("the PLO's headquarters"), premises named with no place, or near a border, stay the movement's
    ("Israel raided the PLO's headquarters near Tunis on 1 October 1985.", ("ISR", "PLO")),
    ("Rhodesian forces raided ZAPU camps in 1978.", ("RHO", "ZAPU")),
    ("Rhodesian forces raided ZAPU camps near the Zambian border in 1978.", ("RHO", "ZAPU")),
])
def test_a_movements_own_seat_stays_its(text, pair):
    assert pair in _pairs(text)


@pytest.mark.parametrize(("text", "pair", "court"), [
    # a court a case is taken to hears it: the case is against whom the sentence told acting on the plaintiff
    ("Chile seized Bolivian ports in 1879, and La Paz took the dispute to the International Court of Justice in 2013.",
     ("BOL", "CHL"), "ICJ"),
    ("Guatemala occupied the disputed islets in 1988, and Belize took the case to the International Court of Justice.",
     ("BLZ", "GTM"), "ICJ"),
])
def test_a_court_is_no_party_to_the_case(text, pair, court):
    pairs = _pairs(text)
    assert pair in pairs
    assert all(court not in p for p in pairs)


@pytest.mark.parametrize(("text", "pair"), [
    ("Bolivia took Chile to the International Court of Justice in April 2013.", ("BOL", "CHL")),
    ("The Philippines took its dispute with China to the Permanent Court of Arbitration in January 2013.", ("PHL", "CHN")),
])
def test_the_state_taken_to_court_stays_the_target(text, pair):
    assert pair in _pairs(text)


@pytest.mark.parametrize(("text", "pair"), [
    # a verb after "and" with no subject of its own shares the subject of the verb before, not that verb's named object;
    # a request that names no one is made of whom the list or note was handed
    ("Turkey handed Greece a list of ten fugitives in 1999 and asked for them to be sent to Ankara.", ("TUR", "GRC")),
    ("Chad gave Libya a list of prisoners in 1989 and asked for their release.", ("TCD", "LBY")),
])
def test_the_verb_after_and_keeps_the_first_subject(text, pair):
    pairs = _pairs(text)
    assert pair in pairs
    assert (pair[1], pair[0]) not in pairs


@pytest.mark.parametrize(("text", "pair"), [
    # an act of force's participle after a thing named in lower case, then "by" and its doer, is a passive
    ("Greece said the transport plane shot down by Turkish fighters on 3 May 1996 had been over Greek waters.",
     ("TUR", "GRC")),
    ("Britain said the trawler sunk by an Icelandic gunboat in 1973 had been in international waters.", ("ISL", "GBR")),
])
def test_a_thing_struck_by_a_named_doer(text, pair):
    pairs = _pairs(text)
    assert pair in pairs
    assert (pair[1], pair[0]) not in pairs


def test_a_deal_struck_is_no_attack():
    events = extract_text("The trade truce struck by Lula and Macri in Montevideo in 2017 lasted a year.")
    assert all(event.polarity != "conflict" for event in events)


@pytest.mark.parametrize(("text", "pair"), [
    # an office named by its state's possessive between a person and ", and" describes the person; the list of
    # subjects goes on with that person, in its order
    ("Hugo Chavez, Venezuela's president, and Evo Morales signed an energy agreement in May 2006.", ("VEN", "BOL")),
    ("Evo Morales, Bolivia's president, and Hugo Chavez signed an energy agreement in May 2006.", ("BOL", "VEN")),
])
def test_an_office_apposition_does_not_cut_the_list_of_subjects(text, pair):
    assert pair in _pairs(text)


@pytest.mark.parametrize(("text", "pair", "helped"), [
    # whom a force fought for is the side it helped; the act of force is aimed at the side after "against"
    ("In 1978 Libyan troops began arriving in Uganda to fight for Amin against Tanzanian forces.", ("LBY", "TZA"), None),
    ("In 1975 Cuban troops fought for the MPLA against South African forces.", ("CUB", "ZAF"), "MPLA"),
])
def test_the_side_fought_for_is_not_the_foe(text, pair, helped):
    pairs = _pairs(text)
    assert pair in pairs
    assert helped is None or (pair[0], helped) not in pairs


@pytest.mark.parametrize(("text", "pair"), [
    # a boycott of a body's gathering held in a state's place is aimed at the host, not the body
    ("Bangladesh stayed away from the SAARC summit in Kathmandu in 2002.", ("BGD", "NPL")),
    ("Nepal's prime minister stayed away from the SAARC summit due in Dhaka in November 2014.", ("NPL", "BGD")),
])
def test_a_boycotted_gathering_is_aimed_at_its_host(text, pair):
    assert pair in _pairs(text)


def test_a_boycott_of_a_gathering_at_home_stays_the_bodys():
    assert ("NPL", "SAARC") in _pairs("Nepal stayed away from the SAARC summit in Kathmandu in 2002.")


@pytest.mark.parametrize(("text", "pair", "land"), [
    # a refusal to recognize an annexation is aimed at the state that took the land (after "by" or "into"), even
    # when the land is named first, by "of" or by its possessive
    ("Australia never recognized the incorporation of the Baltic states into the Soviet Union.", ("AUS", "SUN"), "EST"),
    ("Australia did not recognize the Baltic states' annexation by the Soviet Union in 1940 at any time.",
     ("AUS", "SUN"), "EST"),
    ("Ottawa did not recognize Crimea's annexation by Russia in 2014 at any time.", ("CAN", "RUS"), "UKR"),
])
def test_an_annexation_judged_is_the_takers_act(text, pair, land):
    pairs = _pairs(text)
    assert pair in pairs
    assert (pair[0], land) not in pairs
