"""actors8: forms that gave tuned pages' events the wrong actors, shown on sentences of our own about other pairs and
years: a bare surname years before its only known bearer rose to office (a namesake), and "the two governments"
right after an act between two states named as its subject and its object of "with"."""

from __future__ import annotations

import pytest

from detente.actors import find_mentions


def _at(date: str):
    return lambda _position: (date, date)


def _read(text: str, date: str) -> dict[str, object]:
    """text -> what an event is written with (a person's state, a reference's members, sorted)."""
    out: dict[str, object] = {}
    for m in find_mentions(text, when=_at(date)):
        if m.via == "reference":
            out[m.text] = sorted(m.members)
        else:
            out[m.text] = m.state if m.kind in ("person", "group") else m.entity
    return out


# --- a bare surname before its bearer's rise -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "date", "name"), [
    # Joseph Estrada rose in 1998: a Mexican envoy of that name in 1979 is someone else
    ("In 1979 Trinidad expelled Estrada, the Mexican chargé, for meddling.", "1979-05-01", "Estrada"),
    # Erdogan first held office in 2003: a footballer of that name in 1984 is no Turkish premier
    ("In 1984 Erdogan signed for a club in Bremen.", "1984-07-01", "Erdogan"),
])
def test_a_bare_surname_long_before_its_bearers_first_office_is_a_namesake(text, date, name):
    assert name not in _read(text, date)


@pytest.mark.parametrize(("text", "date", "name", "code"), [
    ("Estrada left Manila for Tokyo in 1999.", "1999-06-01", "Estrada", "PHL"),  # in office
    ("In 1992 Estrada, then vice-president, flew to Taipei.", "1992-06-01", "Estrada", "PHL"),  # six years before
    # defence minister then (his first office in the gazetteer was his premiership of 2001, beyond a reach of ten years)
    ("Sharon sent tanks towards Beirut in 1982.", "1982-06-10", "Sharon", "ISR"),
    ("Arafat met Hussein in Amman in 1970.", "1970-09-01", "Arafat", "PLO"),  # an office of a movement counts
    ("Nixon went to Moscow again in 1986.", "1986-07-01", "Nixon", "USA"),  # after office the reach stays long
])
def test_a_bare_surname_near_its_bearers_offices_is_the_person(text, date, name, code):
    assert _read(text, date)[name] == code


def test_a_surname_given_in_full_before_keeps_the_person():
    # the full name first: the bare surname after it is that person even years before his first office
    found = _read("Joseph Estrada, the mayor, visited Tokyo in 1984. Estrada met Japanese bankers.", "1984-05-01")
    assert found["Estrada"] == "PHL"


# --- "the two governments" after an act told with "with" ---------------------------------------------------------

@pytest.mark.parametrize(("text", "date", "reference", "pair"), [
    ("Chile and Bolivia signed a trade pact in 1950, and Chilean engineers built a railway in Bolivia. When Bolivia "
     "broke off relations with Peru in 1961, Bolivian trade went west through Argentina. The two governments restored "
     "relations in 1963.", "1963-06-01", "The two governments", ["BOL", "PER"]),
    ("India and Nepal signed a treaty in 1950. Indian engineers built roads in Nepal. In 1962 Nepal quarrelled with "
     "China over the border, and trade stopped. Both sides settled the matter in 1963.", "1963-01-01", "Both sides",
     ["CHN", "NPL"]),
    ("Kenya and Uganda signed a pact in 1967. Somalia went to war against Ethiopia in 1977, and both sides massed "
     "troops.", "1977-08-01", "both sides", ["ETH", "SOM"]),
])
def test_the_two_governments_after_an_act_with_a_state_are_its_parties(text, date, reference, pair):
    assert _read(text, date)[reference] == pair


@pytest.mark.parametrize(("text", "date", "reference", "pair"), [
    # a pair named together in the sentence before still wins over an older act
    ("Cuba traded with Poland. Later Brazil and Paraguay signed a pact. The two nations then met again.",
     "1975-01-01", "The two nations", ["BRA", "PRY"]),
    # an act told in a paragraph before does not reach across the break
    ("Ghana broke off relations with Guinea in 1966.\n\nNigeria and Niger signed a pact in 1967. Togo and Benin met. "
     "Later the two countries built a road.", "1968-01-01", "the two countries", ["BEN", "TGO"]),
])
def test_the_two_governments_without_such_an_act_keep_the_pair_in_focus(text, date, reference, pair):
    assert _read(text, date)[reference] == pair


def test_an_undated_text_keeps_the_long_reach_of_its_guessed_era():
    # no date: the era guessed from the names is where most of their spans meet (here the war's last months), far
    # from the later leaders; their surnames still name them, as before the shorter reach
    text = ("Roosevelt, Churchill and Stalin met at Yalta in the war's last winter. Decades later, under Nixon and "
            "Brezhnev, the two powers signed a treaty on missiles.")
    found = {m.text: m.state for m in find_mentions(text) if m.kind == "person"}
    assert found.get("Brezhnev") == "SUN"
