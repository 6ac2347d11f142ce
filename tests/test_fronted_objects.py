"""Acts told with their object first: a relative clause on the object ("the sanctions that the OAS imposed on
Cuba", "the aid Britain cut off to Malawi"), with or without its relative word. The verb entry "impose *
sanctions" is matched from its object back to its verb, so the clause's act is coded at its own date with the
clause's subject as its source; a modal, a negation or a passive in the clause leaves it alone."""

from __future__ import annotations

import pytest

from detente import extract_text
from detente.events.triggers import find_triggers, find_triggers_reference, tokenize


def _acts(text: str) -> list[tuple]:
    return sorted((e.source, e.target, e.cameo, e.date) for e in extract_text(text, origin="t.txt"))


@pytest.mark.parametrize("text, act", [
    ("The relations that Senegal broke off with Israel in 1973 were restored in 1994.", ("SEN", "ISR", "161", "1973")),
    ("The relations which Egypt broke off with Iran in 1980 stayed frozen for decades.", ("EGY", "IRN", "161", "1980")),
    ("The aid Britain cut off to Malawi in 1993 was resumed later.", ("GBR", "MWI", "162", "1993")),
    ("The embargo that Washington imposed on Nicaragua in May 1985 was lifted in March 1990.",
     ("USA", "NIC", "163", "1985-05")),
])
def test_a_relative_clause_on_the_object_tells_its_act(text, act):
    assert act in _acts(text)


@pytest.mark.parametrize("text, cameo", [
    ("the sanctions that the OAS imposed on Cuba", "163"),
    ("the sanctions the League imposed on Italy", "163"),
    ("the relations which Ghana broke off with Israel", "161"),
    ("the relations Cairo had restored with Amman", "054"),
])
def test_the_verb_is_found_after_its_fronted_object(text, cameo):
    tokens = tokenize(text)
    found = find_triggers(tokens)
    assert [t.entry["cameo"] for t in found] == [cameo]
    assert tokens[found[0].first].low in ("imposed", "broke", "restored")
    assert [(t.first, t.last) for t in found] == [(t.first, t.last) for t in find_triggers_reference(tokens)]


@pytest.mark.parametrize("text", [
    "the sanctions that were debated for months",  # no verb of the entry after the object
    "the sanctions, which Britain imposed",  # a clause set off by a comma is read elsewhere
    "the relations that Ghana was breaking off",  # a progressive form tells no done act
])
def test_no_fronted_match_without_the_entry_verb_close_after(text):
    assert not [t for t in find_triggers(tokenize(text)) if t.entry["cameo"] in ("163", "161")]


@pytest.mark.parametrize("text, verb", [
    ("the terms that Ankara would not accept", "accept"),  # a modal and a negation: no act done
    ("the sanctions Washington never lifted", "lifted"),
    ("the sanctions that were lifted", "lifted"),  # a passive names no agent: left to the noun entries
    ("Canada kept its embassy open", "open"),  # a bare verb form after the object is no participle
    ("a gunman fired at President Park in Seoul and killed his wife", "killed"),  # a title in a name, a new clause
])
def test_no_fronted_match_for_acts_not_done_or_not_told(text, verb):
    tokens = tokenize(text)
    assert not [t for t in find_triggers(tokens) if tokens[t.first].low == verb], text


def test_a_passive_keeps_the_noun_entry_of_the_same_act():
    assert ("USA", "CUB", "163", "1962-02") in _acts("An embargo on Cuba was imposed by the United States in February 1962.")
