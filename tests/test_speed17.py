"""speed17's fast paths of find_mentions give what their plain forms give.

- _sector_group skips a word no sector noun opens with (its lower case is none of the heads) before building the
  one- and two-word nouns it would look up: the plain loop is kept here (``_sector_group_reference``) and both run on
  written adjective and seat phrases about other pairs of states, on the labelled sentences, the demo corpus and the
  seed pages.
- find_mentions reads the next "Operation" of the text only when it starts early enough to stand before the mention:
  a mention is still dropped exactly when "Operation" and at most two capitalised words stand right before it.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

import detente.actors as actors
from detente.actors import find_mentions, gazetteer
from detente.actors.matcher import pad, scan
from detente.model import Mention
from detente.resources import demo_files

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = ROOT / "tests" / "data" / "event_sentences.jsonl"
SEEDS = ROOT.parent / "shared" / "seeds"


def _sector_group_reference(text, hit, code, date, governing_only=False):
    """_sector_group as it was before the head test in its noun loop (speed17's branch point)."""
    if governing_only:
        ahead = actors._NEXT_WORD.match(text, hit.end)
        if ahead is None or ahead.group(1).lower() not in actors._governing_heads():
            return None
        words = [(ahead.group(1), ahead.end(1))]
        second = actors._NEXT_WORD.match(text, ahead.end(1))
        if second is not None:
            words.append((second.group(1), second.end(1)))
    else:
        heads = actors._sector_heads()
        ahead = actors._NEXT_WORDS.match(text, hit.end)
        if ahead is None:
            return None
        first, second, third = ahead.groups()
        if first.lower() not in heads and (
            (second is None or second.lower() not in heads) and (third is None or third.lower() not in heads)
        ):
            return None
        words = [(first, ahead.end(1))]
        if second is not None:
            words.append((second, ahead.end(2)))
            if third is not None:
                words.append((third, ahead.end(3)))
                fourth = actors._NEXT_WORD.match(text, ahead.end(3))
                if fourth is not None:
                    words.append((fourth.group(1), fourth.end(1)))
    sectors = gazetteer.data()["sectors"]
    for count in range(min(1 if governing_only else 3, len(words))):
        if count and not words[count - 1][0][0].islower():
            return None
        head, head_end = words[count]
        candidates = []
        if count + 1 < len(words):
            candidates.append((head + " " + words[count + 1][0], words[count + 1][1]))
        candidates.append((head, head_end))
        for noun, end in candidates:
            key = noun[0].lower() + noun[1:]
            if key not in sectors:
                key = noun.lower()
            if key not in sectors or (governing_only and sectors[key]["code"] != "GOV"):
                continue
            if text.startswith(("'s", "’s"), end):
                return None
            if any(word in actors._FUNCTION_WORDS for word, _ in words[:count]):
                return None
            if any(actors._is_verb(text, hit, word) for word, _ in words[:count]):
                return None
            sector = sectors[key]
            return Mention(hit.start, end, text[hit.start : end], code + sector["code"], "group", qid=None, state=code,
                           role=sector["role"], date=date, via="adjective")
    return None


def _phrases() -> list[str]:
    """Adjectives and seats before sector nouns, modifiers, verbs, function words and capitals, in several cases."""
    sectors = sorted(gazetteer.data()["sectors"])
    nouns = [noun for noun in sectors[:: max(1, len(sectors) // 60)]] + ["prime minister", "foreign ministry"]
    nouns += [noun.upper() for noun in nouns[:6]] + [noun.title() for noun in nouns[6:12]]
    fillers = ["leftist", "young", "and", "the", "sent", "deployed", "armed", "Red", "new", "of", "said", "more"]
    openers = ["the Kenyan", "Brazilian", "the Norwegian", "Peruvian", "the Oslo", "Nairobi", "Lima", "the US", "Chilean"]
    rng = random.Random(17)
    phrases = []
    for _ in range(3000):
        words = [rng.choice(fillers) for _ in range(rng.randint(0, 3))]
        words.insert(rng.randint(0, len(words)), rng.choice(nouns))
        glue = rng.choice([" ", " ", "\t", "  "])
        tail = rng.choice(["", "'s", "’s", ".", " met", ","])
        phrases.append(f"In 1978 {rng.choice(openers)}{glue}{' '.join(words)}{tail} in the capital.")
    return phrases


def _texts() -> list[str]:
    texts = _phrases()
    texts += [json.loads(line)["text"] for line in SENTENCES.read_text(encoding="utf-8").splitlines()
              if line.strip() and not json.loads(line).get("split", "").endswith("-holdout")]
    for entry in demo_files():
        if entry.name.endswith(".txt"):
            texts.append(entry.read_text(encoding="utf-8", errors="replace"))
    texts.extend(path.read_text(encoding="utf-8", errors="replace") for path in sorted(SEEDS.glob("*.txt")))
    return texts


def test_sector_group_equals_the_plain_noun_loop():
    compared = found = 0
    for text in _texts():
        for hit in scan(text, pad(text)):
            for governing_only in (False, True):
                for date in (None, "1978-01-01"):
                    got = actors._sector_group(text, hit, "KEN", date, governing_only=governing_only)
                    assert got == _sector_group_reference(text, hit, "KEN", date, governing_only), text[hit.start : hit.end + 60]
                    compared += 1
                    found += got is not None
    assert compared > 20000 and found > 1000, (compared, found)


@pytest.mark.parametrize("seed", range(4))
def test_mentions_after_an_operation_name_are_dropped_exactly_where_the_rule_reads_one(seed):
    rng = random.Random(seed)
    names = ["Chile", "Norway", "Kenya", "Peru", "Ghana"]
    capitals = ["Desert", "Blue", "Northern", "Iron", "Red", "Swift"]
    for _ in range(60):
        parts = []
        for _ in range(rng.randint(2, 9)):
            gap = " ".join(rng.choice(["troops", "then", "the", "of", "and", "in", "a", "long", "x" * rng.randint(1, 30)])
                           for _ in range(rng.randint(0, 5)))
            operation = rng.random() < 0.6
            before = ("Operation " + " ".join(rng.sample(capitals, rng.randint(0, 3))) + " ") if operation else ""
            parts.append(f"{gap} {before}{rng.choice(names)}")
        text = ". ".join(parts) + "."
        kept = {(m.start, m.end) for m in find_mentions(text) if m.kind == "state"}
        for hit in scan(text, pad(text)):
            if text[hit.start : hit.end] not in names:
                continue
            dropped = actors._OPERATION_BEFORE.search(text, max(0, hit.start - 40), hit.start) is not None
            assert ((hit.start, hit.end) not in kept) == dropped, (text[max(0, hit.start - 45) : hit.end], text)


def _era_reference(hits):
    """_era as it was before its edges became ints (speed17's branch point)."""
    edges = []
    for hit in hits:
        span = actors._era_span(hit.forms)
        if span is not None:
            edges.append((span[0], 1))
            edges.append((span[1] + 1, -1))
    if not edges:
        return None
    edges.sort()
    depth = best = 0
    start = stop = None
    for index, (day, step) in enumerate(edges):
        depth += step
        if depth > best and index + 1 < len(edges):
            best, start, stop = depth, day, edges[index + 1][0] - 1
    if start is None or stop is None or stop < start:
        return None
    stop = min(stop, gazetteer.OPEN_END)
    if stop < gazetteer.OPEN_END and stop - start > actors._ERA_REACH:
        start = stop - actors._ERA_REACH
    return actors._iso(start), actors._iso(stop)


def test_era_from_int_edges_equals_the_era_from_pairs():
    texts = _texts()
    pool = [hit for text in texts for hit in scan(text, pad(text))]
    rng = random.Random(5)
    samples = [scan(text, pad(text)) for text in texts]
    # random mixes of many texts' names: persons of several eras, bygone states, spans closing where others open
    samples += [rng.sample(pool, rng.randint(1, 60)) for _ in range(3000)]
    eras = 0
    for hits in samples:
        era = actors._era(hits)
        assert era == _era_reference(hits), [h.forms[0].text for h in hits]
        eras += era is not None
    assert eras > 1000, eras


def test_the_document_of_gate_lets_every_match_through():
    # _DOCUMENT_OF is searched only where the 40 characters before a seat or place, their last blanks taken off, end
    # in "of" or "the": every match of it must lie behind that gate
    words = ["Treaty", "Treaties", "Congress", "Peace", "Conference", "Accord", "Accords", "Pact", "Summit",
             "Communiqué", "Act", "treaty", "the", "of", "The", "Protocol", "Charter", "x" * 30]
    blanks = [" ", "  ", "\t", " \t", "", "\n"]
    rng = random.Random(11)
    matched = 0
    for _ in range(20000):
        window = "".join(rng.choice(words) + rng.choice(blanks) for _ in range(rng.randint(1, 5)))
        text = window + "Lima"
        start = len(window)
        if actors._DOCUMENT_OF.search(text, max(0, start - 40), start):
            matched += 1
            assert text[max(0, start - 40) : start].rstrip(" \t").endswith(("of", "the")), window
    assert matched > 100, matched
