"""speed22's fast paths of the time and actors stages give what their plain forms give, on many inputs.

Each check runs the fast form and the plain one (the regex or loop it stands for) on the labelled sentences, the demo
texts and random strings built from the pieces each fast path reads, and asks for the same answer.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from detente.resources import demo_files

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = ROOT / "tests" / "data" / "event_sentences.jsonl"


def _texts() -> list[str]:
    texts = []
    for line in SENTENCES.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if not str(row.get("split", "")).endswith("-holdout"):
                texts.append(row["text"])
    for entry in demo_files():
        text = entry.read_text(encoding="utf-8", errors="replace")
        if entry.name.endswith(".jsonl"):
            texts.extend(json.loads(line)["text"] for line in text.splitlines() if line.strip())
        elif not entry.name.endswith((".html", ".htm")):
            texts.append(text)
    return texts


TEXTS = _texts()


def _random(alphabet: list[str], count: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_not_story_time_gate_reads_the_word_before_the_cue():
    """The gate asks for the word before "in", "of", "for" ... that the regex's first part needs; every word of the
    regex, other words before the same cues, "the", case, blanks and cut words are tried against the regex itself."""
    from detente.time import tagger

    words = sorted(set(re.findall(r"[a-z]{2,}", tagger._NOT_STORY_TIME.pattern)))
    pieces = [w + " " for w in words] + [w.upper() + " " for w in words[::3]] + [w.title() + "\t" for w in words[1::3]]
    pieces += ["signed ", "capital ", "met ", "born ", "the ", "The ", "THE ", "in ", "of ", "for ", "to ", "on ",
               "by ", "till ", "since ", "\n", "(", "x", "_", "1", "-", "ſ", "K", ",", "treatyx ", "xtreaty ", "  "]
    found = skipped = 0
    texts = TEXTS[:3000] + _random(pieces, 60000, 7, 22)
    for text in texts:
        for start in range(0, len(text) + 1, 9 if len(text) > 200 else 1):
            expected = tagger._NOT_STORY_TIME.search(text, max(0, start - 40), start) is not None
            assert tagger._not_story_time(text, start) == expected, (text, start)
            found += expected
            window = text[max(0, start - 40) : start].lower()
            skipped += window.isascii() and "back" not in window and "reminiscent" not in window \
                and not tagger._last_word_is_a_cue(window) and re.search(r"\b(?:in|of|for|to|on|by|till)\s+(?:the\s+)?$", window) is not None
    # every word and phrase of the regex before every cue word, with and without "the", in three cases
    phrases = words + ["ever since", "put off", "to be held", "to take place", "line of control", "take place", "be held"]
    for phrase in phrases:
        for cue in ("for", "in", "to", "till", "on", "by", "of", "since", "at"):
            for tail in ("", "the ", "THE ", "the\n"):
                for text in (f"it was {phrase} {cue} {tail}1962", f"{phrase.upper()}  {cue.upper()}\t{tail}1962",
                             f"x{phrase} {cue} {tail}1962", f"({phrase.title()} {cue} {tail}1962"):
                    start = text.index("1962")
                    expected = tagger._NOT_STORY_TIME.search(text, max(0, start - 40), start) is not None
                    assert tagger._not_story_time(text, start) == expected, (text, start)
                    found += expected
    assert found > 2000  # matches of every kind are exercised
    assert skipped > 20000  # and windows the former gate let through ("signed in") are turned away here
