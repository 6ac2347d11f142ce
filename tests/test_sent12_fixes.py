"""General forms found on the sent12 labelled rows (tests/data/event_sentences.jsonl, split sent12), shown on
sentences of our own about other pairs and years: each sentence with the (source, target, type) it must yield."""

from __future__ import annotations

import pytest

from detente import extract_text


def _coded(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type) for e in extract_text(text)}


# Vocabulary: relations or ties cut or downgraded, a dialogue cut or broken off, imports held up or no longer bought,
# ships boarded or rammed, wells or refineries set on fire, demands presented, a U-2 or spy plane brought down, a
# suspension lifted, battalions moved to a border, membership applied for, crews held and let go, prisoners sent home,
# a state called a threat.
@pytest.mark.parametrize("text, expected", [
    ("Iran cut relations with Egypt in May 1980.", ("IRN", "EGY", "SANCTION")),
    ("Saudi Arabia cut ties with Iran in January 2016.", ("SAU", "IRN", "SANCTION")),
    ("Ankara downgraded relations with Tel Aviv to the level of second secretary in September 2011.",
     ("TUR", "ISR", "SANCTION")),
    ("Beijing cut off its dialogue with Taipei in 1995.", ("CHN", "TWN", "SANCTION")),
    ("India broke off the dialogue with Pakistan after the Mumbai attacks of 2008.", ("IND", "PAK", "SANCTION")),
    ("Greece held up goods bound for Macedonia at the port of Thessaloniki in 1994.", ("GRC", "MKD", "COERCE")),
    ("The European Community stopped buying Argentine goods in April 1982.", ("EEC", "ARG", "COERCE")),
    ("Iranian Revolutionary Guards boarded a British-flagged tanker in the Strait of Hormuz in July 2019.",
     ("IRN", "GBR", "COERCE")),
    ("A Chinese trawler rammed two Japanese coast guard vessels near the Senkakus in September 2010.",
     ("CHN", "JPN", "ASSAULT")),
    ("Saddam Hussein's troops set Kuwaiti oil wells ablaze as they withdrew in February 1991.", ("IRQ", "KWT", "ASSAULT")),
    ("Germany presented Czechoslovakia with new demands over the Sudetenland in September 1938.",
     ("GMY", "CSK", "REQUEST")),
    ("Soviet air defences brought down an American spy plane near Sverdlovsk on 1 May 1960.", ("SUN", "USA", "ASSAULT")),
    ("The OAS lifted Cuba's suspension in June 2009.", ("OAS", "CUB", "CONCEDE")),
    ("Turkey moved armoured brigades to the Syrian border in October 1998.", ("TUR", "SYR", "MOBILIZE")),
    ("Sweden applied for NATO membership on 18 May 2022.", ("SWE", "NATO", "REQUEST")),
    ("Ukraine applied to join the European Union in February 2022.", ("UKR", "EU", "REQUEST")),
    ("Iran held fifteen British sailors and marines for thirteen days in 2007.", ("IRN", "GBR", "COERCE")),
    ("North Korea held the crew of the USS Pueblo for eleven months and let them go in December 1968.",
     ("PRK", "USA", "RETREAT")),
    ("The Soviet Union sent the last German prisoners of war home in 1956.", ("SUN", "DEU", "RETREAT")),
    ("After the Pokhran tests of May 1998 Pakistan called India a threat to peace in South Asia.",
     ("PAK", "IND", "ACCUSE")),
])
def test_vocabulary_found_on_sent12(text, expected):
    assert expected in _coded(text)


# An aim that opens the sentence ("To punish Qatar,", "Seeking to isolate Taipei,", "In order to deter Pakistan,")
# names the act's object or its cause: the main clause's subject after the comma is the doer.
@pytest.mark.parametrize("text, expected", [
    ("To punish Qatar, Saudi Arabia broke off relations with Doha on 5 June 2017.", ("SAU", "QAT", "SANCTION")),
    ("Seeking to punish Qatar, Bahrain broke off relations with Doha in June 2017.", ("BHR", "QAT", "SANCTION")),
    ("To put pressure on Hanoi, China cut off its aid to Vietnam in July 1978.", ("CHN", "VNM", "SANCTION")),
    ("In order to punish Pakistan for its nuclear tests, Japan froze its aid loans in 1998.", ("JPN", "PAK", "SANCTION")),
])
def test_an_opening_aim_names_no_subject(text, expected):
    coded = _coded(text)
    assert expected in coded
    assert (expected[1], expected[0], expected[2]) not in coded


@pytest.mark.parametrize("text, expected", [
    ("According to the Indian government, Pakistani soldiers crossed the ceasefire line in Kashmir in August 1965.",
     ("PAK", "IND", "ASSAULT")),
    ("To the dismay of Moscow, Beijing invited Nixon to China in 1971.", ("CHN", "USA", "AGREE")),
])
def test_an_opening_phrase_that_is_no_aim_keeps_its_reading(text, expected):
    assert expected in _coded(text)
