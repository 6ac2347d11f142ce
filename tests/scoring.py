"""The shared event scorer (../shared/eval/score_events.py), loaded for tests; development data only."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tests.conftest import SHARED

SCORER = SHARED / "eval" / "score_events.py"


def load_scorer():
    if not SCORER.exists():
        pytest.skip("../shared/eval/score_events.py is not beside the repository")
    spec = importlib.util.spec_from_file_location("score_events", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(gold: list[dict], system: list[dict], key: str = "doc") -> dict:
    """Strict and lenient recall and precision, as score_events.py computes them."""
    scorer = load_scorer()
    docs = {g.get(key) for g in gold}
    scoped = [s for s in system if s.get("date") and any(scorer.same_doc({key: d}, s, key) for d in docs)]
    strict, used = scorer.score(gold, scoped, True, key)
    lenient, used_lenient = scorer.score(gold, scoped, False, key)
    found = {g["id"] for g, _ in strict}
    return {
        "strict_recall": len(strict) / max(len(gold), 1),
        "strict_precision": len(used) / max(len(scoped), 1),
        "lenient_recall": len(lenient) / max(len(gold), 1),
        "lenient_precision": len(used_lenient) / max(len(scoped), 1),
        "missed": [g for g in gold if g["id"] not in found],
    }


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
