"""roles5: references to states the role choice got wrong, each shown on sentences of our own (other pairs, years and
words than the pages that revealed them): "the regime" and "the junta" with two states in focus, "the government in
exile", a sentence-opening "it" after a possessive, a titled person named with another state, a family's name read as
a place, and "condemned it" after another state's act."""

from __future__ import annotations

import pytest

from detente import extract_text


def _acts(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type) for e in extract_text(text, origin="t.txt")}


# --- 1. "the regime", "the junta" when two states share the focus ------------------------------------------------------

def test_a_seat_named_before_the_regime_is_its_state() -> None:
    # "In Lima the regime": the seat opening the clause binds the regime to Peru (it was excluded as the state
    # looking at the regime from outside)
    text = ("Peru and Ecuador were at odds over the Amazon in 1941. In Lima the regime had long wanted the disputed land. "
            "On 5 July 1941 the regime attacked Ecuador.")
    assert ("PER", "ECU", "ASSAULT") in _acts(text)


def test_the_regime_of_two_states_in_focus_with_no_cue_is_no_ones() -> None:
    acts = _acts("Honduras and El Salvador quarrelled over migrants in 1969. On 14 July 1969 the regime invaded its "
                 "neighbour.")
    assert not {a for a in acts if a[2] == "ASSAULT"}


def test_the_regime_is_that_of_the_state_whose_leader_was_named_last() -> None:
    acts = _acts("Uganda and Tanzania quarrelled over the border in 1978. Idi Amin had ruled since 1971. In October 1978 "
                 "the regime invaded the Kagera salient.")
    assert ("UGA", "TZA", "ASSAULT") in acts


def test_the_regime_after_a_junta_named_with_its_state_is_that_states() -> None:
    acts = _acts("Chile and Argentina quarrelled over the Beagle Channel in 1978. The Argentine junta rejected the award "
                 "in January 1978. In December 1978 the regime mobilized its army against Chile.")
    assert ("ARG", "CHL", "MOBILIZE") in acts


# --- 2. "the government in exile": not the government of the states its sentence names before it -----------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Germany overran the Netherlands in May 1940. The Dutch government fled to London. In 1942 the American government "
     "recognized the government in exile.", ("USA", "NLD", "SUPPORT")),
    ("Czechoslovakia was dismembered in 1939. In July 1941 the Soviet government recognized the government in exile.",
     ("SUN", "CSK", "SUPPORT")),
])
def test_the_government_in_exile_is_of_the_state_it_stands_for(text: str, expected: tuple) -> None:
    assert expected in _acts(text)


# --- 3. "It" opening a sentence after "Its ..." goes on with the paragraph's topic ---------------------------------------

@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("# Senegal and France\n\nSenegal became independent in 1960. Its economy rested on groundnuts and on French aid. "
     "It recognized the new republic of Mauritania in 1961.", ("SEN", "MRT", "SUPPORT"), "FRA"),
    ("# Kenya and Britain\n\nIn 1963 Kenya became independent. Its army was trained by British officers. It broke off "
     "relations with Somalia in 1966.", ("KEN", "SOM", "SANCTION"), "GBR"),
])
def test_it_after_a_possessive_sentence_is_the_topic(text: str, expected: tuple, wrong: str) -> None:
    acts = _acts(text)
    assert expected in acts
    assert not {a for a in acts if a[0] == wrong and a[2] == expected[2]}


# --- 4. titled persons: the state after "of" names the person; a family's name is no place ------------------------------

def test_a_titled_name_of_another_state_is_no_namesake() -> None:
    acts = _acts("# Japan and Gabon\n\nIn 1975 the Japanese prime minister received President Fulano Mbeki of Gabon.")
    assert ("JPN", "GAB", "CONSULT") in acts
    assert not {a for a in acts if "ZAF" in a[:2]}


def test_a_family_name_after_al_is_no_place() -> None:
    acts = _acts("# India and Kuwait\n\nIn 1981 Indira Gandhi met the Emir, Sheikh Fulan al-Sabah, during a tour of the "
                 "Gulf.")
    assert not {a for a in acts if "MYS" in a[:2]}


# --- 5. "condemned it" after another state's act in the sentence: aimed at that act's doer -------------------------------

@pytest.mark.parametrize(("text", "expected", "wrong"), [
    ("# Chile and Bolivia\n\nOn 6 August 1990 Iraq invaded Kuwait; Chile condemned it.", ("CHL", "IRQ", "ACCUSE"), "BOL"),
    ("# Japan and Thailand\n\nIn May 1998 India tested nuclear weapons, and Japan condemned it at once.",
     ("JPN", "IND", "ACCUSE"), "THA"),
])
def test_condemned_it_is_aimed_at_the_doer_of_the_act_told(text: str, expected: tuple, wrong: str) -> None:
    acts = _acts(text)
    assert expected in acts
    assert (expected[0], wrong, "ACCUSE") not in acts


# --- 1b. "the government" with two states in focus: its seat named before it, else the state whose leader was named
# last; with neither, no one's ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Ecuador and Colombia quarrelled over the border in 2008. President Rafael Correa protested loudly. In March 2008 "
     "the government broke off relations with Colombia.", ("ECU", "COL", "SANCTION")),
    ("Ecuador and Colombia quarrelled over the border in 2008. In Quito the government expelled the Colombian ambassador "
     "on 3 March 2008.", ("ECU", "COL", "SANCTION")),
])
def test_the_government_of_two_in_focus_by_its_seat_or_leader(text: str, expected: tuple) -> None:
    assert expected in _acts(text)


def test_the_government_of_two_in_focus_with_no_cue_is_no_ones() -> None:
    acts = _acts("Ecuador and Colombia quarrelled over the border in 2008. In March 2008 the government broke off "
                 "relations with Colombia.")
    assert not {a for a in acts if a[2] == "SANCTION"}
