"""_sector_group reads a seat's words apart from an adjective's and finds what it found before, on real and random text.

A seat ("the Hanoi government") takes only a noun of government right after it: its path reads one word, looks it
up in the first words of the government's nouns, and reads a second only then; it used to read three words and look
them up among every sector's. The reference below is the function as it was before (the same regex reads, the same
rules); both must return the same group, or none, at every place tried, a seat's and an adjective's.
"""

import json
import random
from pathlib import Path

import detente.actors as actors
from detente.actors.matcher import Hit
from detente.resources import demo_files

ROOT = Path(__file__).resolve().parent.parent


def _sector_group_before(text, hit, code, date, governing_only=False):
    heads = actors._sector_heads()
    ahead = actors._NEXT_WORDS.match(text, hit.end)
    if ahead is None:
        return None
    first, second, third = ahead.groups()
    if first.lower() not in heads and (
        governing_only or ((second is None or second.lower() not in heads) and (third is None or third.lower() not in heads))
    ):
        return None
    sectors = actors.gazetteer.data()["sectors"]
    words = [(first, ahead.end(1))]
    if second is not None:
        words.append((second, ahead.end(2)))
        if third is not None and not governing_only:
            words.append((third, ahead.end(3)))
            fourth = actors._NEXT_WORD.match(text, ahead.end(3))
            if fourth is not None:
                words.append((fourth.group(1), fourth.end(1)))
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
            return actors.Mention(hit.start, end, text[hit.start : end], code + sector["code"], "group", qid=None,
                                  state=code, role=sector["role"], date=date, via="adjective")
    return None


def _random_texts() -> list[str]:
    sectors = actors.gazetteer.data()["sectors"]
    nouns = sorted(sectors)
    governing = sorted(key for key in nouns if sectors[key]["code"] == "GOV")
    rng = random.Random(8)
    pieces = [*rng.sample(nouns, 60), *governing, *(noun.capitalize() for noun in governing), *(n.upper() for n in governing[:5]),
              "and", "of", "the", "said", "sent", "signed", "recognized", "leftist", "young", "Volunteers", "People's",
              "'s", "’s", "x", "é", "Über", "1962", "U-2"]
    glue = [" ", " ", " ", "  ", "\t", ", ", ".", "-", ""]
    return ["Moscow" + "".join(rng.choice(glue) + rng.choice(pieces) for _ in range(rng.randint(1, 6))) for _ in range(6000)]


def _real_texts() -> list[str]:
    texts = [entry.read_text(encoding="utf-8", errors="replace") for entry in demo_files() if entry.name.endswith(".txt")]
    for line in (ROOT / "tests" / "data" / "actor_cases.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            texts.append(json.loads(line)["text"])
    return texts


def _compare(text: str, hit: Hit, counts: dict[bool, int]) -> None:
    for governing_only in (True, False):
        expected = _sector_group_before(text, hit, "RUS", "1962-10-22", governing_only)
        found = actors._sector_group(text, hit, "RUS", "1962-10-22", governing_only=governing_only)
        assert found == expected, (governing_only, text[hit.start : hit.end + 60])
        counts[governing_only] += expected is not None


def test_a_seat_and_an_adjective_take_the_same_groups_as_before_in_random_text():
    counts = {True: 0, False: 0}
    for text in _random_texts():
        _compare(text, Hit(0, len("Moscow"), ()), counts)
    assert counts[True] > 300 and counts[False] > 1000, counts  # the texts hold groups of both kinds


def test_a_seat_and_an_adjective_take_the_same_groups_as_before_after_every_capitalised_word_of_real_text():
    counts = {True: 0, False: 0}
    for text in _real_texts():
        for found in actors.re.finditer(r"\b[A-Z][a-z]+\b", text):
            _compare(text, Hit(found.start(), found.end(), ()), counts)
    assert counts[True] > 10 and counts[False] > 100, counts


def test_a_seat_takes_its_government_and_no_other_sector():
    text = "the Hanoi leadership, the Seoul government, the Moscow students, the Beijing regime's envoy"
    found = []
    for seat in ("Hanoi", "Seoul", "Moscow", "Beijing"):
        start = text.index(seat)
        group = actors._sector_group(text, Hit(start, start + len(seat), ()), "VNM", None, governing_only=True)
        found.append(group and group.text)
    # a noun before "'s" begins a name (the rule of "the Chinese People's Volunteers"): no group there either
    assert found == ["Hanoi leadership", "Seoul government", None, None]
