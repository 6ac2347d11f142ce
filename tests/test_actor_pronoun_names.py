"""A family name written first that is also an English word ("He" of He Yingqin) is never read alone as the person.

The given-name rule lets "Fidel" stand for Fidel Castro once the text has named him in full. Chinese names put the
family name first, so "He Yingqin" offered "He" as such a word, and every sentence opening "He said ..." became the
ROC premier of 1949 whoever the pronoun meant.
"""

from detente.actors import find_mentions

TEXT = (
    "In May 1949 He Yingqin resigned as premier in Guangzhou. Dean Acheson met the Chinese envoy in June 1949. "
    "He said Washington would publish a white paper."
)


def _at(text: str, word_start: int):
    return [m for m in find_mentions(text) if m.start == word_start]


def test_the_full_name_is_the_person():
    mentions = _at(TEXT, TEXT.index("He Yingqin"))
    assert [m.entity for m in mentions] == ["he_yingqin"]


def test_the_pronoun_is_not_the_person():
    start = TEXT.index("He said")
    assert all(m.entity != "he_yingqin" for m in find_mentions(TEXT) if m.start == start)


def test_a_given_name_that_is_no_english_word_still_stands_for_the_person():
    text = "Fidel Castro visited Moscow in April 1963. Fidel stayed for forty days."
    start = text.index("Fidel stayed")
    assert [m.entity for m in _at(text, start)] == [m.entity for m in _at(text, 0)]
