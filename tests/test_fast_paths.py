"""The fast paths of the extract path give what their plain forms give: gates never drop an event.

Each fast path keeps its plain form reachable (``*_reference`` or ``*_each``); here both run on the labelled
sentences, the demo corpus and the seed pages (when ../shared is there) and must agree exactly.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detente.events import triggers
from detente.model import Document
from detente.pipeline import clean, layout
from detente.resources import demo_files

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = ROOT / "tests" / "data" / "event_sentences.jsonl"
SEEDS = ROOT.parent / "shared" / "seeds"


def _texts() -> list[str]:
    texts = [json.loads(line)["text"] for line in SENTENCES.read_text(encoding="utf-8").splitlines() if line.strip()]
    for entry in demo_files():
        text = entry.read_text(encoding="utf-8", errors="replace")
        if entry.name.endswith(".jsonl"):
            texts.extend(json.loads(line)["text"] for line in text.splitlines() if line.strip())
        elif not entry.name.endswith((".html", ".htm")):
            texts.append(text)
    texts.extend(path.read_text(encoding="utf-8", errors="replace") for path in sorted(SEEDS.glob("*.txt")))
    return texts


TEXTS = _texts()
# lowering changes the length ("İ"), depends on context (final sigma), curly apostrophes, possessives
ODD = ["İstanbul's envoy met ΣΟΦΙΑ’s delegates", "Hitler’s invasion of Poland", "The U.S.S.R.'s 'peace' offensive",
       "ΟΔΟΣ and the Kremlin's reply", ""]


def _sentences(text: str) -> list[list[triggers.Token]]:
    doc = layout(clean(Document(id="", origin="<test>", text=text)))
    tokens = triggers.tokenize(doc.text)
    return [[t for t in tokens if s.start <= t.start and t.end <= s.end] for s in doc.sentences]


@pytest.mark.parametrize("text", TEXTS[:40] + ODD)
def test_tokenize_equals_token_by_token_lowering(text):
    assert triggers.tokenize(text, 7) == triggers._tokenize_each(text, 7)


def test_tokenize_equals_token_by_token_lowering_everywhere():
    for text in TEXTS:
        assert triggers.tokenize(text) == triggers._tokenize_each(text)


def _key(found: list[triggers.Trigger]) -> list[tuple]:
    return [(id(t.entry), t.first, t.last, t.start, t.end) for t in found]


def test_compiled_trigger_matching_equals_the_plain_one():
    checked = 0
    for text in TEXTS + ODD:
        for tokens in _sentences(text) if text else []:
            assert _key(triggers.find_triggers(tokens)) == _key(triggers.find_triggers_reference(tokens)), text
            checked += 1
    assert checked > 900


def test_the_trigger_gate_never_hides_a_trigger():
    gated = 0
    for text in TEXTS:
        for tokens in _sentences(text):
            if not triggers.any_trigger(tokens):
                gated += 1
                assert triggers.find_triggers_reference(tokens) == []
            assert triggers.any_trigger(tokens) == any(triggers.starts_trigger(t) for t in tokens)
    assert gated > 0  # the gate is exercised
