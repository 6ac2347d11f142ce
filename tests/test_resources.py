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
