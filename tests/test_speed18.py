"""speed18: the actor pass's fast paths give what the plain code they replace gives, on many inputs of our own."""

from __future__ import annotations

import random
import re

from detente.actors import _all_starts, _occurrences, _starts_of, _stripped_end

_PIECES = ["a", "b", "ab", "Li", "Tan", " ", "  ", "\t", "\n", "\u2003", ".", "é", "\u4e2d", "\U0001f600", "aa", "Tanaka"]


def _texts(seed: int, count: int):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 90))), rng


def test_all_starts_equals_one_find_sweep_per_name():
    for text, rng in _texts(18, 2000):
        names = list({"".join(rng.choice(_PIECES[:5] + _PIECES[10:]) for _ in range(rng.randint(1, 3)))
                      for _ in range(rng.randint(1, 30))})
        assert _all_starts(text, names) == {name: _starts_of(text, name) for name in names}


def test_occurrences_of_many_names_as_of_few():
    text = "Tanaka met Li. Li and Tanaka, then Ohira and Li Peng; Tanakas. " * 3
    names = [f"Name{number}" for number in range(20)] + ["Tanaka", "Li", "Ohira", "Peng"]
    found = _occurrences(text, names, {})
    assert found == {name: _starts_of(text, name) for name in names}
    assert found["Li"] and found["Name3"] == []


def test_stripped_end_equals_rstrip_of_the_head():
    for text, _ in _texts(180, 800):
        for at in range(len(text) + 1):
            assert _stripped_end(text, at) == len(text[:at].rstrip())
    long = "x" + " \n\t\u2003" * 100
    assert all(_stripped_end(long, at) == len(long[:at].rstrip()) for at in range(len(long) + 1))


_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+$")


def test_word_before_a_bounded_head_as_before_the_whole_head():
    for text, _ in _texts(1818, 1500):
        head = len(text.rstrip())
        whole = _WORD_BEFORE.search(text[:head] + " ", max(0, head - 40))
        part = _WORD_BEFORE.search(text[max(0, head - 40) : head] + " ")
        assert (whole and whole.group(1)) == (part and part.group(1))


_LEADERS = (
    "Jawaharlal Nehru", "Zhou Enlai", "Nikita Khrushchev", "Dwight Eisenhower", "Charles de Gaulle", "Harold Macmillan",
    "Konrad Adenauer", "Gamal Abdel Nasser", "Ayub Khan", "Sukarno", "Josip Broz Tito", "Fidel Castro", "John Kennedy",
    "Kwame Nkrumah", "David Ben-Gurion", "Ferdinand Marcos", "Indira Gandhi", "Anwar Sadat", "Leonid Brezhnev",
    "Golda Meir", "Willy Brandt", "Zulfikar Ali Bhutto", "Richard Nixon",
)


def test_find_mentions_with_the_automaton_as_with_the_sweeps(monkeypatch):
    import detente.actors as actors

    surnames = [name.split()[-1] for name in _LEADERS]
    text = " ".join(f"{name} wrote to {other}." for name, other in zip(_LEADERS, reversed(_LEADERS), strict=True))
    text += " " + " ".join(f"Later {a} and {b} met; {a}'s aides briefed {b}." for a, b in zip(surnames[:-3], surnames[3:], strict=True))
    seen = []
    original = actors._occurrences
    monkeypatch.setattr(actors, "_occurrences", lambda t, names, phrases=None: seen.append(len(names)) or original(t, names, phrases))
    for when in (None, lambda _at: ("1971-01-01", "1971-12-31")):
        fast = actors.find_mentions(text, when=when)
        monkeypatch.setattr(actors, "_SWEEPS_UP_TO", 10**9)
        plain = actors.find_mentions(text, when=when)
        monkeypatch.undo()
        monkeypatch.setattr(actors, "_occurrences", lambda t, names, phrases=None: seen.append(len(names)) or original(t, names, phrases))
        assert fast == plain
    assert max(seen) >= actors._SWEEPS_UP_TO  # the automaton's path was taken


def test_sentence_start_backwards_as_forwards():
    from detente.actors.titles import _sentence_start, _sentence_start_plain

    rng = random.Random(1962)
    pieces = ["a", "Bb", " ", "  ", "\n", ".", "!", "?", ";", '"', "'", ")", "]", "(", "word", "\u2003", ". ", "x" * 60]
    for _ in range(1500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 160)))
        for at in range(len(text) + 1):
            assert _sentence_start(text, at) == _sentence_start_plain(text, at)


def test_body_words_found_in_one_pass_as_by_sweeps():
    from detente.actors import bodies

    rng = random.Random(1974)
    pieces = ["Co.", "Company", "Inc", "Incorporated", "Ltd", "Limited", "Corporation", "Olympic", "Cricket", "Sports",
              "Soccer", " ", "x", " Board", " Association", "a", "\n", "é", "\U0001f600", "Table Tennis Federation"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        firms, sports = bodies._opening_places(text)
        for pattern, words, places in ((bodies._FIRM, bodies._FIRM_WORDS, firms), (bodies._SPORT, bodies._SPORT_WORDS, sports)):
            assert list(bodies._word_starts(pattern, text, words, places)) == list(bodies._word_starts(pattern, text, words))
