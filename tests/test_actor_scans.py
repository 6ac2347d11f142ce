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
