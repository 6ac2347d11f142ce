"""Package data loading: each file parsed once, and kept out of the garbage collector's walks."""

from __future__ import annotations

import gc

from detente.resources import load_json


def test_loaded_data_is_parsed_once_and_frozen_out_of_the_collectors_generations():
    data = load_json("actors.json")
    assert load_json("actors.json") is data
    assert gc.get_freeze_count() > 0
    # frozen objects are in no generation: a full collection does not walk the gazetteer's records again
    tracked = {id(item) for item in gc.get_objects()}
    assert id(data) not in tracked
    assert id(data["entities"]) not in tracked
    assert id(data["forms"]) not in tracked


def test_the_actor_automatons_forms_are_frozen_with_the_data_they_come_from():
    from detente.actors.matcher import automaton

    _machine, table = automaton()
    tracked = {id(item) for item in gc.get_objects()}
    assert id(table) not in tracked
    assert id(table[0]) not in tracked and id(table[0][0]) not in tracked
