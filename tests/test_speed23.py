"""speed23: walks of the events stage skipped for a sentence that lacks the words they look for give what they gave.

Each cut is compared here with its plain form on the labelled sentences (the never-tuned rows left out), the demo
corpus, the seed pages (when ../shared is there), sentences written for these tests and variants of all of them with
the cue words put in:
- modality(): _seen_as_proof and _wire_modality's two walks (a denial of confirming, a closing claim or denial) run only
  for a sentence holding the words they need; the plain form is the same call with every cue word added to the words;
- _onlookers(): its three helpers per participant run only for a sentence holding one of their cue words (or opening
  with "and" or a comma, where a list of onlookers may go on); the plain form is the call without the words;
- triggers._plural_models: the words with a hyphen picked in C, then the same test as the plain loop over every word.
"""

from __future__ import annotations

import json
import operator
import re
from pathlib import Path

from detente.events import modality as modality_module
from detente.events import sentence as sentence_module
from detente.events import triggers
from detente.events.roles import participants
from detente.model import Document
from detente.pipeline import clean, drop_furniture, find_actors, layout, tag_time
from detente.resources import demo_files

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = ROOT / "tests" / "data" / "event_sentences.jsonl"
SEEDS = ROOT.parent / "shared" / "seeds"

WRITTEN = [
    "Norway would not confirm that it had sent patrol boats to Iceland, the ministry said.",
    "Ghana refused to confirm that its troops crossed into Togo in 1966.",
    "Uruguay sold beef to Paraguay in 1950, or so Argentine officials later claimed.",
    "Chile was said to have leased an island to Peru, a claim both governments denied.",
    "Kenya has closed its border with Uganda, the radio reported, but the ministry denied it.",
    "Finland saw the loan as proof that Sweden had sided with Denmark.",
    "The two ministers signed the accord with Portugal as witness in Lisbon.",
    "Laos and Vietnam agreed under the auspices of the United Nations to reopen the road.",
    "Through Swiss mediation, Austria and Hungary settled the dispute over the dam.",
    "The treaty was signed in the presence of the presidents of Brazil and Argentina.",
    "And Norway, Denmark and Iceland signed the pact in 1952.",
    ", Sweden and Finland met in Oslo.",
    "Cyprus bought MiG-29s and F-16s from Greece; the co-operation of the two navies went on.",
]
# words the gated tests read: put into copies of every sentence, so that each gate is also met where it opens
CUES = ("that", "confirm", "not", "or so", "a claim", "denied", "but", "as proof", "as a witness", "under", "by",
        "in the presence of", "with British help", "through the good offices of", "and", ",")


def _texts() -> list[str]:
    texts = []
    for line in SENTENCES.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if not str(row.get("split") or "").endswith("-holdout"):  # never-tuned rows: not read here
                texts.append(row["text"])
    for entry in demo_files():
        text = entry.read_text(encoding="utf-8", errors="replace")
        if entry.name.endswith(".jsonl"):
            texts.extend(json.loads(line)["text"] for line in text.splitlines() if line.strip())
        elif not entry.name.endswith((".html", ".htm")):
            texts.append(text)
    texts.extend(path.read_text(encoding="utf-8", errors="replace") for path in sorted(SEEDS.glob("*.txt")))
    return texts + WRITTEN


TEXTS = _texts()


def _variants(text: str, number: int) -> list[str]:
    """The text, and two copies with cue words put in before and after a word in its middle."""
    words = text.split(" ")
    if len(words) < 4:
        return [text]
    middle = len(words) // 2
    first, second = CUES[number % len(CUES)], CUES[(number * 7 + 3) % len(CUES)]
    return [text, " ".join([*words[:middle], first, *words[middle:]]),
            " ".join([*words[: middle - 1], second, words[middle - 1], first, *words[middle:]])]


def _short_texts() -> list[str]:
    found = []
    for number, text in enumerate(TEXTS):
        if len(text) < 400:
            found.extend(_variants(text, number))
    return found


SHORT = _short_texts()
# every word a gate in modality() reads: with all of them among the words, every gate opens (the plain form)
_ALL_CUES = frozenset(("that", "as", "or", "so", "but")) | modality_module._CONFIRMING | modality_module._CLAIMS \
    | modality_module.DENYING | modality_module._PROOF


def test_modality_gated_by_the_sentences_words_as_with_every_gate_open():
    compared = differ = 0
    for text in SHORT:
        tokens = triggers.tokenize(text)
        if not tokens:
            continue
        words = frozenset(map(operator.itemgetter(1), tokens))
        plain_words = words | _ALL_CUES
        for first in range(len(tokens)):
            for last in (None, first, min(first + 2, len(tokens) - 1)):
                for start in {0, max(0, first - 5)}:
                    gated = modality_module.modality(tokens, start, first, last, words)
                    assert gated == modality_module.modality(tokens, start, first, last, plain_words)
                    assert gated == modality_module.modality(tokens, start, first, last)  # (words read from the tokens)
                    wire = modality_module._wire_modality(tokens, start, first, last, words)
                    assert wire == modality_module._wire_modality(tokens, start, first, last)
                    compared += 1
                    differ += gated != "asserted" or wire is not None
    assert compared > 200000 and differ > 1000


def test_each_gated_modality_rule_is_met_by_the_written_sentences():
    """The written sentences reach the rules behind the gates (so that the comparison above tests them open)."""
    found = set()
    for text in WRITTEN:
        tokens = triggers.tokenize(text)
        words = frozenset(map(operator.itemgetter(1), tokens))
        for first in range(len(tokens)):
            found.add(modality_module._wire_modality(tokens, 0, first, first, words))
            if first > 3 and modality_module._seen_as_proof(tokens, first):
                found.add("proof")
    assert {"negated", "hypothetical", "proof"} <= found


def _documents() -> list[Document]:
    from detente.errors import InputError

    found = []
    for text in TEXTS + SHORT:
        try:
            doc = layout(clean(Document(id="", origin="<test>", text=text)))
        except InputError:
            continue
        tag_time(doc)
        find_actors(doc)
        drop_furniture(doc)
        found.append(doc)
    return found


def test_onlookers_gated_by_the_sentences_words_as_plain():
    compared = onlookers = 0
    for doc in _documents():
        for sentence in doc.sentences:
            tokens = triggers.tokenize(doc.text[sentence.start : sentence.end], sentence.start)
            if not tokens:
                continue
            inside = [m for m in doc.mentions if sentence.start <= m.start and m.end <= sentence.end]
            parts = participants(inside, tokens)
            if not parts:
                continue
            words = set(map(operator.itemgetter(1), tokens))
            for clause in ((0, len(tokens)), (0, max(1, len(tokens) // 2)), (len(tokens) // 3, len(tokens))):
                gated = sentence_module._onlookers(tokens, participants(inside, tokens), clause, words)
                assert gated == sentence_module._onlookers(tokens, participants(inside, tokens), clause)
                compared += 1
                onlookers += bool(gated)
    assert compared > 5000 and onlookers > 20


def _plural_models_plain(lows: list[str]) -> None:
    for number, low in enumerate(lows):
        if "-" in low and low[-1] == "s" and triggers._PLURAL_AIRCRAFT.match(low):
            lows[number] = "jets"


def test_plural_models_picked_in_c_as_plain():
    made = ["mig-21s", "f-16s", "su-30s", "tu-95s", "ss-20s", "mig-21", "a-4s", "-", "--", "-s", "s-", "f-16s-", "co-ops",
            "b-52s", "jf-17s", "c-130s", "il-76s", "j-10s", "x-1s", "mid-70s"]
    changed = 0
    for text in TEXTS + [" ".join(made)]:
        lows = [word.lower() for word in re.findall(r"\S+", text)] + made
        plain, fast = list(lows), list(lows)
        _plural_models_plain(plain)
        triggers._plural_models(fast)
        assert fast == plain
        changed += plain != lows
    assert changed >= 2
