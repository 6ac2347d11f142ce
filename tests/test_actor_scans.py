"""The actor layer's whole-text scans for bodies and ties find only matches that open a word.

Their patterns have no leading word boundary (so the regex engine can skip ahead); the boundary is checked in Python,
and a match inside a word must not hide a real one that starts later inside it.
"""

from detente.actors.allies import _phrases
from detente.actors.bodies import _bodies


def test_a_body_word_inside_another_word_is_no_body():
    text = "The Subcompany and the Pakistan Cricket Board met the Chinese Table Tennis Association."
    found = [(text[start:end], kind) for start, end, kind in _bodies(text)]
    assert found == [("Cricket Board", "sport"), ("Tennis Association", "sport")]


def test_a_match_inside_a_word_does_not_hide_a_real_one_that_opens_inside_it():
    text = "the xOlympic Cricket Board and Air India Ltd"
    found = [(text[start:end], kind) for start, end, kind in _bodies(text)]
    assert found == [("Cricket Board", "sport"), ("Ltd", "firm")]


def test_a_tie_word_inside_another_word_opens_no_phrase():
    text = "Moscow formally backed its ally. Hanoi finally thanked its closest patron, and really its client too."
    assert [m.group() for m in _phrases(text)] == ["its ally", "its closest patron", "its client"]


def _searched(pattern, text: str):
    """The matches opening a word as successive regex searches over the whole text find them (the plain scan)."""
    position = 0
    while (found := pattern.search(text, position)) is not None:
        start = found.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            position = start + 1
            continue
        yield start, found.end()
        position = max(found.end(), start + 1)


def test_body_words_found_with_str_find_equal_a_regex_search_of_the_whole_text():
    """The body patterns are matched only where one of their opening words stands (found with str.find): the same
    matches as a regex search of every position, on real texts and on random strings of the patterns' own words."""
    import json
    import random
    from pathlib import Path

    from detente.actors import bodies
    from detente.resources import demo_files

    root = Path(__file__).resolve().parent.parent
    texts = [entry.read_text(encoding="utf-8", errors="replace") for entry in demo_files() if entry.name.endswith(".txt")]
    for line in (root / "tests" / "data" / "actor_cases.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            texts.append(json.loads(line)["text"])
    pieces = [*bodies._FIRM_WORDS, *bodies._SPORT_WORDS, "Incorporated", "Co", ".", " ", "\t", "x", "_", "s", "Sub",
              " Board", " Association", " Table", " Team", " Council", "Olympic Committee", "Cricket Board", " of", "-"]
    rng = random.Random(23)
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(20000)]
    found = 0
    for text in texts:
        for pattern, words in ((bodies._FIRM, bodies._FIRM_WORDS), (bodies._SPORT, bodies._SPORT_WORDS)):
            expected = list(_searched(pattern, text))
            assert list(bodies._word_starts(pattern, text, words)) == expected, text
            found += len(expected)
    assert found > 5000
