"""Every trigger lexicon entry is reachable: a phrase built from its own pattern is matched by it (or by a
longer entry of the same CAMEO code), and every code maps to a PLOVER type, Goldstein value and quad class."""

from __future__ import annotations

import pytest

from detente.events.triggers import find_triggers, tokenize
from detente.resources import load_json

LEXICON = load_json("lexicon_en.json")
CODES = load_json("cameo.json")


def _example(entry: dict) -> str:
    words = []
    for part in entry["pattern"]:
        if "gap" in part:
            words.append("quickly")
        elif not part.get("optional"):
            words.append(sorted(part["any"], key=len)[-1])
    return " ".join(words)


@pytest.mark.parametrize("entry", LEXICON, ids=[f"{e['cameo']}:{e['phrase']}" for e in LEXICON])
def test_entry_matches_its_own_example(entry):
    text = _example(entry)
    found = find_triggers(tokenize(text))
    assert found, f"nothing matched {text!r}"
    assert any(t.entry["cameo"] == entry["cameo"] or t.entry is entry for t in found), (
        text, [(t.entry["cameo"], t.entry["phrase"]) for t in found])


@pytest.mark.parametrize("code", sorted({e["cameo"] for e in LEXICON}))
def test_every_lexicon_code_is_fully_described(code):
    info = CODES[code]
    assert info["type"], f"{code} has no PLOVER type"
    assert -10.0 <= info["goldstein"] <= 10.0
    assert info["quad"] in (0, 1, 2, 3, 4)
    expected = {0: "neutral", 1: "cooperation", 2: "cooperation", 3: "conflict", 4: "conflict"}[info["quad"]]
    if info["quad"] == 0 and abs(info["goldstein"]) >= 1.0:
        # statements and appeals take the clear sign of their Goldstein value
        expected = "cooperation" if info["goldstein"] > 0 else "conflict"
    assert info["polarity"] == expected


def test_appeals_take_the_sign_of_their_goldstein_value():
    assert CODES["0233"]["polarity"] == "cooperation"   # appeal for humanitarian aid, +3.4
    assert CODES["0256"]["polarity"] == "neutral"       # appeal for de-escalation, -0.3
    assert CODES["010"]["polarity"] == "neutral"        # a bare statement, 0
    assert CODES["016"]["polarity"] == "conflict"       # deny responsibility, -2.0
