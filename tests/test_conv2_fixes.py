"""Decision 6 of tests/data/other_pairs/CONVENTIONS.md (branch conv2): a change in a state's regime or existence
told as done with a date is one event of that state alone, with the polarity the user's seed gold gives its kind.
These tests read the tuning golds only (never holdout19 on; holdout18 since h18tune retired it) and run no coder."""

import json
from pathlib import Path

OTHER_PAIRS = Path(__file__).parent / "data" / "other_pairs"
BLIND = {f"holdout{n}" for n in range(19, 40)}
CONFLICT_KINDS = {"coup", "coup attempt"}
NEUTRAL_KINDS = {"revolution", "dissolution", "independence", "independence declared", "founding", "unification",
                 "republic proclaimed"}


def _tuning_gold():
    paths = [OTHER_PAIRS / "gold.jsonl"] + sorted(p / "gold.jsonl" for p in OTHER_PAIRS.iterdir()
                                                  if p.is_dir() and p.name not in BLIND and (p / "gold.jsonl").exists())
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield path.parent.name, json.loads(line)


def test_one_state_transitions_take_the_polarity_of_their_kind():
    wrong = [(name, g["id"], g["kind"], g["polarity"]) for name, g in _tuning_gold() if len(g["actors"]) == 1
             and (g["kind"] in CONFLICT_KINDS and g["polarity"] != "conflict"
                  or g["kind"] in NEUTRAL_KINDS and g["polarity"] != "neutral")]
    assert not wrong, wrong


def test_sets_written_after_the_old_rule_now_hold_one_state_transitions():
    # tune22 on and holdout2 to holdout18 coded no coup, revolution or independence of one state before decision 6.
    held = {name for name, g in _tuning_gold() if len(g["actors"]) == 1
            and g["kind"] in CONFLICT_KINDS | NEUTRAL_KINDS}
    later = {f"tune{n}" for n in range(22, 33)} | {f"holdout{n}" for n in range(2, 19)}
    assert later <= held, sorted(later - held)
