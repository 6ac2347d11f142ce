"""The events stage's shortcuts answer what their plain forms answer (speed7): each is compared with the plain form it
stands in front of, over the whole gazetteer or over hand-made inputs that reach both outcomes."""

from __future__ import annotations

import hashlib

import pytest

from detente import pipeline
from detente.actors.gazetteer import entities
from detente.events.roles import Participant, in_relative
from detente.events.triggers import tokenize
from detente.model import Mention, content_id

# days around the starts and ends of states (the Russian revolution, the end of the Second World War, decolonization,
# the breakup of the USSR and Yugoslavia) and far from them
DAYS = ["1800-01-01", "1871-01-18", "1917-11-07", "1918-06-01", "1922-12-30", "1945-05-08", "1949-10-01", "1960-06-30",
        "1975-04-30", "1990-10-03", "1991-12-26", "1992-04-27", "2006-06-03", "2024-01-01"]


def test_state_at_for_steady_codes_equals_the_record_walk(monkeypatch):
    codes = sorted({record["code"] for record in entities().values() if record.get("code")})
    shortcut = {(code, day): pipeline._state_at(code, day) for code in codes for day in DAYS}
    assert any(not pipeline._steady(code) for code in codes)  # some states do hand over (the USSR, Yugoslavia)
    pipeline._state_at.cache_clear()
    monkeypatch.setattr(pipeline, "_steady", lambda code: False)
    try:
        walked = {(code, day): pipeline._state_at(code, day) for code in codes for day in DAYS}
    finally:
        pipeline._state_at.cache_clear()
    assert shortcut == walked
    assert any(code != state for (code, _), state in walked.items())  # the walk does name other states


@pytest.mark.parametrize("parts", [("doc", "(0, 10)", "042", "USA", "SUN"), ("",), ("a\x1fb", "c"), ()])
def test_content_id_hashes_each_part_with_its_separator(parts):
    expected = hashlib.sha256("".join(part + "\x1f" for part in parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    assert content_id(*parts) == expected


def _in_relative_plain(tokens, participant, start, trigger_first) -> bool:
    """in_relative without its first test (the relative words looked for before the backward walk)."""
    from detente.events.roles import _relative_closed

    opened = next((i for i in range(participant.first - 1, start, -1) if tokens[i].low in ("which", "who", "whom", "whose")
                   and tokens[i - 1].text == ","), None)
    if opened is None:
        return False
    return any(tokens[i].text == "," for i in range(participant.last + 1, trigger_first)) and _relative_closed(
        tokens, opened + 1, trigger_first)


@pytest.mark.parametrize("text, name", [
    ("Egypt, which Britain had occupied since 1882, signed a treaty with Israel in 1979.", "Britain"),
    ("The treaty, which Mexico and Brazil signed in 1967, banned nuclear weapons.", "Brazil"),
    ("Chile, whose envoy Peru had expelled, recalled its ambassador from Lima.", "Peru"),
    ("Turkey closed its border with Armenia in 1993.", "Armenia"),
    ("Pakistan, which China armed, fought India in 1965.", "China"),
])
def test_in_relative_with_its_word_test_equals_the_walk(text, name):
    tokens = tokenize(text)
    at = next(i for i, t in enumerate(tokens) if t.text == name)
    mention = Mention(text=name, start=tokens[at].start, end=tokens[at].end, kind="state", entity="X")
    participant = Participant(("X",), at, at, mention)
    for start in range(0, at):
        for trigger_first in range(at + 1, len(tokens)):
            assert in_relative(tokens, participant, start, trigger_first) == \
                _in_relative_plain(tokens, participant, start, trigger_first), (start, trigger_first)


def test_in_relative_cases_reach_both_answers():
    tokens = tokenize("Egypt, which Britain had occupied since 1882, signed a treaty with Israel in 1979.")
    at = next(i for i, t in enumerate(tokens) if t.text == "Britain")
    mention = Mention(text="Britain", start=tokens[at].start, end=tokens[at].end, kind="state", entity="GBR")
    participant = Participant(("GBR",), at, at, mention)
    signed = next(i for i, t in enumerate(tokens) if t.low == "signed")
    assert in_relative(tokens, participant, 0, signed)
    assert not in_relative(tokens, participant, at - 1, signed)
