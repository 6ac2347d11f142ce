"""The events stage's helpers that speed14 wrote as plain loops (so that their callers make no cell per call) answer
what the comprehensions they replaced answered. Each reference below is the former expression, kept here to test
against, run on many random token grids and participant lists (fixed seeds: the same cases every run)."""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest

from detente.events import coder, roles, sentence, triggers
from detente.events.roles import Participant, _apposed_relative, _participle, _relative_closed
from detente.events.triggers import Token, Trigger

# words that open the walks of the helpers below (relative words, participles, "since", "by" after "led", forces,
# commas and breaks) among ordinary words and names, so that random sentences reach every branch
_WORDS = ("which who whom whose , , , ; . since led by the a forces troops army signed broken flying held met "
          "in at of and Cuba Egypt France Syria Chile 1961 1975 said").split()


def _tokens(rng: random.Random, size: int, words=_WORDS) -> list[Token]:
    tokens, at = [], 0
    for _ in range(size):
        word = rng.choice(words)
        tokens.append(Token(word, word.lower(), at, at + len(word)))
        at += len(word) + 1
    return tokens


def _parts(rng: random.Random, size: int, count: int) -> list[Participant]:
    parts = []
    for _ in range(count):
        first = rng.randrange(size)
        last = min(size - 1, first + rng.randrange(3))
        codes = tuple(rng.sample(("CUB", "EGY", "FRA", "SYR", "CHL"), rng.randrange(1, 3)))
        parts.append(Participant(codes, first, last, None))
    return parts


def _cases(seed: int, words: str | None = None, count: int = 3000):
    """Random token grids and participants; ``words``, when given, are the only words drawn (a helper's own cue
    words with a name or two, so that its walks run to their end often)."""
    rng = random.Random(seed)
    for _ in range(count):
        size = rng.randrange(2, 18)
        yield rng, _tokens(rng, size, words.split() if words else _WORDS), _parts(rng, size, rng.randrange(0, 5))


# the former expressions


def _in_relative_before(tokens, participant, start, trigger_first):
    if roles._RELATIVE_OPENERS.isdisjoint(t.low for t in tokens[start + 1 : participant.first]):
        return False
    opened = next((i for i in range(participant.first - 1, start, -1) if tokens[i].low in ("which", "who", "whom", "whose")
                   and (tokens[i - 1].text == "," or tokens[i].low in ("who", "whose") and _apposed_relative(tokens, i) is not None)),
                  None)
    if opened is None:
        return False
    return any(tokens[i].text == "," for i in range(participant.last + 1, trigger_first)) and _relative_closed(
        tokens, opened + 1, trigger_first)


def _in_participle_aside_before(tokens, participant, start, trigger_first):
    if trigger_first < 2 or tokens[trigger_first - 1].text != ",":
        return False
    opened = next((i for i in range(participant.first - 1, (participant.first - 6 if participant.first - 6 > start else start), -1)
                   if tokens[i - 1].text == "," and _participle(tokens[i])), None)
    return opened is not None and opened >= 2 and not any(t.text == "," for t in tokens[participant.last + 1 : trigger_first - 1])


def _in_apposition_before(tokens, participant, candidates, trigger_first):
    opening = participant.first - 1
    while opening >= 0 and tokens[opening].text != "," and participant.first - opening <= 4:
        opening -= 1
    if opening < 1 or tokens[opening].text != "," or not any(q.last == opening - 1 for q in candidates):
        return False
    closing = next((i for i in range(participant.last + 1, trigger_first) if tokens[i].text == ","), None)
    return closing is not None and closing + 3 >= trigger_first and any(
        tokens[i].low == "since" for i in range(participant.last + 1, closing))


def _leader_of_named_force_before(tokens, participant, candidates):
    by = participant.first - 1 - (participant.first > 1 and tokens[participant.first - 1].low == "the")
    if by < 2 or tokens[by].low != "by" or tokens[by - 1].low not in roles._LEADING:
        return False
    return any(q.last < by - 1 and by - 1 - q.last <= 2 and tokens[q.last + 1].low in roles._LED_FORCES for q in candidates)


def _past_relative_before(tokens, clause):
    start, end = clause
    if end + 2 >= len(tokens) or tokens[end].low not in ("which", "whose", "where") or not (
            tokens[end - 1].text == "," or tokens[end - 1].low in ("of", "in", "by", "under") and tokens[end - 2].text == ","):
        return clause
    for k in range(end + 1, min(len(tokens) - 2, end + 16)):
        if tokens[k].text in roles._BREAK_PUNCT:
            return clause
        if tokens[k].text == ",":
            if tokens[k + 1].low in roles._DATE_OPENERS and (tokens[k + 2].text[:1].isupper() or tokens[k + 2].text[:1].isdigit()):
                stop = next((i for i in range(k + 2, len(tokens)) if tokens[i].text in roles._BREAK_PUNCT or tokens[i].text == ","),
                            len(tokens))
                return start, stop
            return clause
    return clause


def test_in_relative_answers_as_before():
    for rng, tokens, parts in _cases(1, "which who whose , , Cuba Egypt said the signed"):
        for p in parts:
            start = rng.randrange(-1, p.first + 1)
            trigger_first = rng.randrange(p.last, len(tokens) + 1)
            assert roles.in_relative(tokens, p, start, trigger_first) == _in_relative_before(tokens, p, start, trigger_first)


def test_in_participle_aside_answers_as_before():
    for rng, tokens, parts in _cases(2, "flying broken held , , Cuba the signed"):
        for p in parts:
            start = rng.randrange(0, p.first + 1)
            trigger_first = rng.randrange(p.last, len(tokens) + 1)
            assert roles._in_participle_aside(tokens, p, start, trigger_first) == \
                _in_participle_aside_before(tokens, p, start, trigger_first)


def test_in_apposition_answers_as_before():
    for rng, tokens, parts in _cases(3, ", , since Cuba ally 1961 signed"):
        for p in parts:
            trigger_first = rng.randrange(p.last, len(tokens) + 1)
            assert roles._in_apposition(tokens, p, parts, trigger_first) == _in_apposition_before(tokens, p, parts, trigger_first)


def test_leader_of_named_force_answers_as_before():
    for _rng, tokens, parts in _cases(4, "led by the forces army Cuba Egypt ,", 20000):
        for p in parts:
            assert roles._leader_of_named_force(tokens, p, parts) == _leader_of_named_force_before(tokens, p, parts)


def test_past_relative_and_right_patients_answer_as_before():
    for rng, tokens, parts in _cases(5, ", , which in of Cuba 1955 ; was", 20000):
        # (the clause mostly ends at a "which", where the walk starts)
        ends = [i for i, t in enumerate(tokens) if t.low == "which" and i > 0] or [rng.randrange(1, len(tokens) + 1)]
        end = rng.choice(ends)
        clause = (rng.randrange(0, end), end)
        assert roles.past_relative(tokens, clause) == _past_relative_before(tokens, clause)
        last = rng.randrange(-1, len(tokens))
        assert roles.right_patients(parts, last, end) == [p for p in parts if p.first > last and p.last < end]


def test_sentence_helpers_answer_as_before():
    for rng, tokens, parts in _cases(6):
        after, before = rng.randrange(-1, len(tokens)), rng.randrange(0, len(tokens) + 1)
        assert sentence._named_between(parts, after, before) == any(after < p.first and p.last < before for p in parts)
        codes = set(rng.sample(("CUB", "EGY", "FRA", "SYR", "CHL"), rng.randrange(0, 4)))
        assert sentence._codes_within(parts, after, before, codes) == all(
            set(p.codes) <= codes for p in parts if after <= p.first < before)
        times = [SimpleNamespace(layer=rng.choice(("timex", "period")), start=rng.randrange(40)) for _ in range(rng.randrange(4))]
        assert sentence._timex_before(times, before * 3) == bool([t for t in times if t.layer == "timex" and t.start < before * 3])
        events = [SimpleNamespace(polarity=rng.choice(("conflict", "cooperation")), target=rng.choice(("CUB", "EGY", None)),
                                  source=rng.choice(("FRA", None))) for _ in range(rng.randrange(4))]
        victim = rng.choice(("CUB", "EGY"))
        assert sentence._last_conflict_on(events, victim) is next(
            (e for e in reversed(events) if e.polarity == "conflict" and e.target == victim and e.source), None)


def test_trigger_helpers_answer_as_before():
    rng = random.Random(7)
    words = [{"any": frozenset(rng.sample(_WORDS, 6))} for _ in range(4)]
    for _, tokens, _parts_ in _cases(8):
        size = rng.randrange(1, 4)
        first = rng.randrange(0, len(tokens) - size + 1) if len(tokens) >= size else 0
        if first + size <= len(tokens):
            assert triggers._words_match(tokens, first, words, size) == (
                not any(tokens[first + k].low not in words[k]["any"] for k in range(size)))
        chosen = [Trigger({"flags": []}, p.first, p.last, 0, 0) for p in _parts_]
        taken = {i: t for t in chosen for i in range(t.first, t.last + 1)}
        holder = rng.choice(chosen) if chosen and rng.random() < 0.5 else None
        last = rng.randrange(0, len(tokens))
        start = rng.randrange(0, last + 1)
        assert triggers._taken_by_another(taken, holder, start, last) == any(
            i in taken and taken[i] is not holder for i in range(start, last + 1))


@pytest.mark.parametrize("seed", range(3))
def test_coder_helpers_answer_as_before(seed):
    rng = random.Random(seed)
    for _ in range(2000):
        units = []
        for _ in range(rng.randrange(4)):
            begin, until = rng.choice(("1950", "1961", "1975", "")), rng.choice(("1949", "1960", "1980", ""))
            units.append((0, 0, SimpleNamespace(begin=begin, until=until), None if rng.random() < 0.5 else SimpleNamespace(until=until)))
        for i, u in enumerate(units):
            assert coder._before_an_earlier_date(u, units[:i]) == any(
                v[2].begin and (u[3] or u[2]).until and (u[3] or u[2]).until[:4] < v[2].begin[:4] for v in units[:i])
        pairs = {("CUB", "USA"): rng.randrange(3), ("EGY", "ISR"): rng.randrange(3), ("FRA", "GBR"): rng.randrange(3)}
        latest = {pair: pair[::-1] for pair in pairs}
        best = max(pairs.values())
        assert coder._leading_pair(pairs, latest) == latest[next(pair for pair in reversed(pairs) if pairs[pair] == best)]
