"""General forms found on the sent16 labelled rows (tests/data/event_sentences.jsonl, split sent16: sentences a page
holds that state no new act beside near look-alikes that do), shown on sentences of our own about other pairs and
years: each eventless sentence must yield nothing, and each look-alike must keep its act."""

from __future__ import annotations

import pytest

from detente import extract_text


def _coded(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type) for e in extract_text(text)}


# An act weighed or feared with "a(n)" is one that may come, not one done ("weighed an air strike", "feared an Indian
# strike on Kahuta"); a fear of an act named with "the" names one done, and an act after "and" is the doer's own.
@pytest.mark.parametrize("text", [
    "In 1979 Washington weighed a naval blockade of Iran.",
    "The Israeli cabinet weighed an attack on the Iraqi reactor for months in 1980.",
    "Seoul pondered a strike on North Korean artillery in 2010.",
    "Greece feared a Turkish landing on Rhodes throughout 1974.",
    "Kuwait feared an Iraqi invasion in the summer of 1961.",
])
def test_acts_weighed_or_feared_are_not_done(text):
    assert not _coded(text)


@pytest.mark.parametrize("text, expected", [
    ("Tehran feared the American blockade of its ports in 1980.", ("IRN", "USA", "ACCUSE")),
    ("Britain weighed its options and sent troops to Kuwait in July 1961.", ("GBR", "KWT", "AID")),
    ("Thailand feared an attack from Vietnam and asked the United States for arms in 1979.", ("THA", "USA", "REQUEST")),
    ("Fearing a Vietnamese attack, Thailand asked the United States for arms in 1979.", ("THA", "USA", "REQUEST")),
])
def test_acts_beside_a_fear_keep_their_event(text, expected):
    assert expected in _coded(text)


# A text's leave to act ("The Platt Amendment allowed the United States to intervene"), a word's meaning ("means
# pulling troops back") and terms under a text's name with a duty ("Under the Camp David accords Israel was to
# return the Sinai") tell no act; a state that allows another to act, and a text's name before an act done, keep theirs.
@pytest.mark.parametrize("text", [
    "The treaty of 1903 allowed the United States to intervene in Panama.",
    "The Anglo-Egyptian agreement of 1936 permitted Britain to station troops along the Suez Canal.",
    "The mandate authorized France to administer Syria and Lebanon.",
    "Detente, for Moscow, meant trading with the West while arming its allies.",
    "Under the Geneva accords France was to withdraw its forces from northern Vietnam within a year.",
    "Under the Montreux Convention Turkey would close the Straits to warships in time of war.",
])
def test_terms_and_definitions_tell_no_act(text):
    assert not _coded(text)


@pytest.mark.parametrize("text, expected", [
    ("Britain allowed American aircraft to bomb Libya from its bases in April 1986.", ("USA", "LBY", "ASSAULT")),
    ("Under the Geneva accords France withdrew its forces from Hanoi in October 1954.", ("FRA", "VDR", "RETREAT")),
])
def test_acts_beside_terms_keep_their_event(text, expected):
    assert expected in _coded(text)


# Scholars' judgements of an act named by a verb's word after "the" and a year or a name ("call the 1979 fighting
# with Vietnam a counterattack"): a judgement, no act of a state.
@pytest.mark.parametrize("text", [
    "Indian writers describe the 1962 fighting with China as a humiliation.",
    "Turkish historians call the 1974 landing on Cyprus a peace operation.",
    "Many scholars regard the 1956 fighting at Suez as the end of an empire.",
])
def test_scholars_judging_a_verbal_noun_tell_no_act(text):
    assert not _coded(text)


# Sums, routes and standings of trade and aid: "came to about $2.7 billion" (after an aside too), "were worth" with
# two nouns joined, "passes through Indian ports", and a noun ranked after a copula ("was the main export of") tell
# how much or how things stood, no act; trade or aid begun, resumed or sent keeps its act.
@pytest.mark.parametrize("text", [
    "American aid to Egypt came to about two billion dollars a year in the 1980s.",
    "Trade between Brazil and Argentina, most of it in cars and wheat, came to some $10 billion in 1997.",
    "Japanese loans and grants to China were worth billions of dollars in the 1980s.",
    "Laos's trade with the outside world passed mostly through Thai ports in the 1980s.",
    "Rice remained the chief export of Burma to India in the 1950s.",
    "Coffee was the main export of Colombia to the United States for decades.",
])
def test_sums_and_standings_of_trade_tell_no_act(text):
    assert not _coded(text)


@pytest.mark.parametrize("text, expected", [
    ("India resumed trade with Pakistan in 1974.", ("IND", "PAK", "COOPERATE")),
    ("Soviet aid reached Hanoi by rail through China in 1965.", ("SUN", "VDR", "AID")),
    ("Japan came to the aid of Indonesia with emergency loans in 1998.", ("JPN", "IDN", "AID")),
])
def test_trade_and_aid_given_keep_their_act(text, expected):
    assert expected in _coded(text)


# Vocabulary: a concern conveyed to a government ("conveyed its concern to"), a trade status granted, a bus, rail or
# air link opened or restored between two states, a medical brigade or mission sent, and contacts cut or suspended.
@pytest.mark.parametrize("text, expected", [
    ("Japan conveyed its deep concern to Beijing over the gas drilling in 2015.", ("JPN", "CHN", "ACCUSE")),
    ("Seoul conveyed its unease to Tokyo about the textbook in 2001.", ("KOR", "JPN", "ACCUSE")),
    ("The United States granted China most-favored-nation status in 1980.", ("USA", "CHN", "COOPERATE")),
    ("China and Taiwan opened direct air links in December 2008.", ("CHN", "TWN", "COOPERATE")),
    ("Greece and Turkey restored the rail link between Thessaloniki and Istanbul in 2005.", ("GRC", "TUR", "COOPERATE")),
    ("Cuba sent a medical mission to Algeria in 1963.", ("CUB", "DZA", "AID")),
    ("Cuba sent a medical brigade to Peru after the earthquake of 2007.", ("CUB", "PER", "AID")),
    ("In June 1989 the European Community suspended high-level contacts with Beijing.", ("EEC", "CHN", "SANCTION")),
])
def test_vocabulary_of_sent16(text, expected):
    assert expected in _coded(text)


# People travelling on their own account (a sports team, tourists, pilgrims, climbers) make no state's visit; a team
# of officials, a state hosting such visitors, and visitors a state invited, do.
@pytest.mark.parametrize("text", [
    "The Indian hockey team visited Pakistan in 2006.",
    "Thousands of Chinese tourists visited Taiwan in 2010.",
    "Sri Lankan pilgrims travelled to Bodh Gaya in India in 1985.",
    "A Japanese football squad toured South Korea in 1998.",
])
def test_private_travellers_make_no_visit(text):
    assert not _coded(text)


@pytest.mark.parametrize("text, expected", [
    ("An Indian team of negotiators visited Beijing in 1981.", ("IND", "CHN", "CONSULT")),
    ("Zhou Enlai received the visiting American table tennis players in Beijing on 14 April 1971.", ("CHN", "USA", "CONSULT")),
    ("A South Korean football team visited Pyongyang at the North's invitation in October 1990.", ("KOR", "PRK", "CONSULT")),
])
def test_state_visits_beside_travellers_keep_their_event(text, expected):
    assert expected in _coded(text)


# A practice that "has become a regular part of" ties is a standing, no act.
@pytest.mark.parametrize("text", [
    "Naval visits have become a regular feature of relations between India and Vietnam.",
    "Joint patrols have become part of the routine between Thailand and Malaysia.",
])
def test_practices_become_standing_tell_no_act(text):
    assert not _coded(text)


# A text drafted or drawn up is written, not signed: no agreement between the states it names; a text signed keeps
# its signing.
@pytest.mark.parametrize("text", [
    "British lawyers drafted the treaty between Egypt and Sudan in 1953.",
    "In 1955 the Soviet Union drafted a peace treaty with Japan.",
    "Moscow drew up a treaty of friendship with Kabul in 1978.",
])
def test_texts_drafted_are_not_signed(text):
    assert not _coded(text)


@pytest.mark.parametrize("text, expected", [
    ("Egypt and Sudan signed the Nile Waters Agreement in 1959.", ("EGY", "SDN", "SUPPORT")),
    ("India and Nepal signed a treaty of peace and friendship in 1950.", ("IND", "NPL", "SUPPORT")),
])
def test_texts_signed_keep_their_signing(text, expected):
    assert expected in _coded(text)
