"""The learned news conventions (detente.time.conventions): the stored model, how it is applied, and that
histories never see it. Every text here is written for the test."""

from __future__ import annotations

import copy
import json

from detente.model import TimeExpr
from detente.resources import data_path
from detente.time import conventions, tag
from detente.time.tagger import tag as grammar_tag


def test_the_stored_model_has_only_plain_weights_for_known_rewrites():
    stored = json.loads(data_path(conventions.MODEL_FILE).read_text(encoding="utf-8"))
    decisions = {key: value for key, value in stored.items() if key in conventions.REWRITES}
    # only the decisions chosen by their gains on held-out folds are stored, and the file says which
    assert set(decisions) == set(stored["applied"]) and set(stored["cv_fold_gains"]) == set(conventions.REWRITES)
    assert set(stored) - set(decisions) <= {"about", "documents", "cv_fold_gains", "applied"}
    for weights in decisions.values():
        assert "<bias>" in weights and all(isinstance(w, float | int) for w in weights.values())


def test_a_decision_is_kept_only_when_it_gains_on_more_held_out_folds_than_it_loses():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "scripts" / "train_timex_conventions.py"
    spec = importlib.util.spec_from_file_location("train_timex_conventions", path)
    trainer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trainer)
    gains = {"a": [0.01, 0.0, -0.002, 0.003, 0.0], "b": [0.0, 0.0, 0.0, -0.004, 0.0], "c": [0.0] * 5, "d": [0.01, -0.01, 0.0, 0.0, 0.0]}
    assert trainer.select(gains) == ["a"]


def test_a_rewrite_applies_only_where_its_pattern_matches_the_value():
    week = TimeExpr(start=0, end=9, text="last week", type="DATE", value="1989-W43")
    day = TimeExpr(start=0, end=9, text="Friday", type="DATE", value="1989-10-27")
    night = TimeExpr(start=0, end=12, text="Friday night", type="DATE", value="1989-10-27TNI")
    vague = TimeExpr(start=0, end=12, text="recent years", type="DURATION", value="PXY")
    assert conventions.REWRITES["week_x"](week) == ("1989-WXX", "DATE")
    assert conventions.REWRITES["week_x"](day) is None
    assert conventions.REWRITES["day_only"](night) == ("1989-10-27", "DATE")
    assert conventions.REWRITES["day_only"](day) is None
    assert conventions.REWRITES["past_ref"](vague) == ("PAST_REF", "DATE")


def test_a_rewrite_is_made_when_its_weights_make_it_likely_and_not_otherwise():
    text = "Shares fell last week."
    found = [t for t in grammar_tag(text, dct="1989-10-30", mode="news", learned=False) if t.layer == "timex"]
    assert [t.value for t in found] == ["1989-W43"]
    sure = {"week_x": {"<bias>": 4.0}}
    never = {"week_x": {"<bias>": -4.0}}
    by_word = {"week_x": {"<bias>": -2.0, "x=last week": 5.0}}
    assert conventions.apply(text, copy.deepcopy(found), sure)[0].value == "1989-WXX"
    assert conventions.apply(text, copy.deepcopy(found), never)[0].value == "1989-W43"
    assert conventions.apply(text, copy.deepcopy(found), by_word)[0].value == "1989-WXX"
    assert conventions.apply("Shares fell this week.", [t for t in grammar_tag("Shares fell this week.", dct="1989-10-30", mode="news", learned=False)], by_word)[0].value == "1989-W44"


def test_the_interval_stays_when_the_value_is_rewritten():
    text = "Shares of the company fell last week, analysts said, as investors sold stock in trading on Wall Street."
    learned = {t.text: t for t in tag(text, dct="1989-10-30", mode="news")}
    grammar = {t.text: t for t in grammar_tag(text, dct="1989-10-30", mode="news", learned=False)}
    assert (learned["last week"].begin, learned["last week"].until) == (grammar["last week"].begin, grammar["last week"].until)


def test_features_name_the_words_the_neighbours_the_form_and_the_kind_of_report():
    text = "The company said net income rose in the quarter, a share earnings rose, and fiscal revenue grew. It fell on Friday night."
    t = next(t for t in grammar_tag(text, dct="1989-10-30", mode="news", learned=False) if t.text == "Friday night")
    names = conventions.features(text, t, conventions.doc_cues(text))
    assert "x=<wd> night" in names and "p1=on" in names and "form=partday" in names and "doc=earnings" in names
    assert conventions.doc_cues("The weather was fine on Friday.") == []


def test_histories_are_never_rewritten():
    text = "In 1941 the army crossed the river. That Wednesday night the city fell, and the next week the siege began."
    assert [(t.text, t.value) for t in tag(text, mode="narrative")] == [(t.text, t.value) for t in grammar_tag(text, mode="narrative", learned=False)]

