"""Fast paths of the text, time and actor stages give what their plain forms give.

Each check runs the fast form and the plain one (the regex or loop it replaced) on the labelled sentences, the demo
texts and random strings built to hit the edge cases, and asks for the same answer.
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
    texts = [json.loads(line)["text"] for line in SENTENCES.read_text(encoding="utf-8").splitlines() if line.strip()]
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


def test_printed_finds_what_the_printed_regex_finds():
    from detente.text import pages

    pieces = list("abcXYZ 0123\t\n-–—.,;:!?\"”’)(“Pp") + ["age", "Page ", "abc.", "xyz,1", "\n12\n", " - 3 -", "word.4 The"]
    found = 0
    for text in TEXTS + _random(pieces, 60000, 25, 11):
        expected = pages.PRINTED.search(text) is not None
        assert pages.printed(text) == expected, repr(text)
        found += expected
    assert found > 1000  # page numbers and glued marks are both exercised


def test_teaser_gate_keeps_every_teaser():
    from detente.text import clean

    pieces = ["read more", "Read More", "READ MORE", "continue reading", "Read the full story", "full article", "more »",
              "More»", "...", "…", "[", "]", "(", ")", " ", "x", "Story", "ARTICLE", "reading", "ſtory", "K", "ı"]
    lines = [line for text in TEXTS for line in text.split("\n")] + _random(pieces, 40000, 12, 12)
    found = 0
    for line in lines:
        expected = clean._TEASER_END.search(line, max(0, len(line) - 48)) is not None
        assert clean._teaser(line) == expected, repr(line)
        found += expected
    assert found > 100


def test_chrome_keys_automaton_equals_the_substring_loop():
    from detente.text import clean

    pieces = [*clean._CHROME_KEYS, "a", " ", "Your", "COMMENTS", "(C)", "x"]
    for line in [line for text in TEXTS for line in text.split("\n")] + _random(pieces, 20000, 6, 13):
        lower = line.lower()
        plain = any(key in lower for key in clean._CHROME_KEYS)
        assert (next(clean._chrome_keys().iter(lower), None) is not None) == plain, repr(line)


def test_space_before_punctuation_gate_equals_the_regex():
    from detente.text import clean

    for line in _random(list(" .,;:!?ab\t"), 20000, 10, 14):
        gate = " ." in line or " ," in line or " ;" in line or " :" in line or " !" in line or " ?" in line
        assert gate == (clean._SPACE_BEFORE_PUNCT.search(line) is not None), repr(line)


def _dated_title_plain(text: str, start: int, end: int) -> int | None:
    from detente.text import layout

    for pattern in (layout._TITLE_PAREN, layout._TITLE_BRACKET, layout._TITLE_DATE_FIRST):
        match = pattern.match(text, start, end)
        if match and len(match.group("title").split()) <= layout.TITLE_WORDS and layout.is_date_line(match.group("date")):
            return match.end()
    return None


def test_dated_title_gates_and_one_line_paragraphs_change_nothing():
    from detente.text import layout

    pieces = ["Expulsions", " (1964)", " [June 1962]", "1964", " - ", " – ", ": ", "The airlift", ".", "\n", "* ", "3. ",
              " Text", "March 1941", "(", "[", "—"]
    found = 0
    for text in TEXTS + _random(pieces, 20000, 8, 15):
        plain_lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
        for start, end in plain_lines:
            expected = _dated_title_plain(text, start, end)
            assert layout.dated_title(text, start, end) == expected, repr(text[start:end])
            found += expected is not None
        for start, end in [m.span() for m in layout._PARAGRAPH.finditer(text)]:
            lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text[start:end])]
            # the one-line tests of _split_glued_headings and _items: one line exactly when the regex finds one
            assert (text.find("\n", start, end - 1) < 0) == (len(lines) < 2), repr(text[start:end])
            if text.find("\n", start, end) < 0:
                assert [(start + a, start + b) for a, b in lines] == [(start, end)]
    assert found > 100


def test_titled_words_from_the_phrase_pass_equal_those_from_a_find_sweep_of_every_title_and_name():
    """_occurrences gives a title's occurrences only where it stands as whole words (matcher.phrase_starts over the
    normalized text); the words after titles read from them are those read from every raw occurrence, as before."""
    from detente import actors

    def sweep(text: str, word: str) -> list[int]:
        return [at for at in range(len(text)) if text.startswith(word, at)]

    names = ["Nixon", "Khan", "King", "Li"]
    pieces = [*actors._TITLES, *names, " ", "\t", "Vice ", "x", "_", "-", "é", "President Nixon", "Field Marshal Ayub Khan",
              "PRESIDENT ", "president ", "Generals ", "xKing ", "Prime\tMinister "]
    titled = 0
    for text in TEXTS[:3000] + _random(pieces, 3000, 6, 16):
        named = [name for name in names if name in text]
        found = actors._occurrences(text, named)
        swept = {word: sweep(text, word) for word in [*actors._TITLES, *named]}
        expected = list(actors._titled_words(text, swept))
        assert list(actors._titled_words(text, found)) == expected, text
        titled += len(expected)
        for word in actors._TITLES:  # the titles kept: occurrences as written, standing as words
            assert set(found.get(word, [])) <= set(swept[word]), (word, text)
        for word in names:
            assert found.get(word, []) == (swept[word] if word in text else []), (word, text)
    assert titled > 300


def _raw_matches(text: str, word: str, also_after: str = "") -> list[int]:
    """Every start of ``word`` in ``text`` (str.find from each start on) with no letter or digit on either side, nor
    one of ``also_after`` right after: the boundary checks of the raw-text automata the phrase pass replaced."""
    found = []
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and text[at - 1].isalnum()) and not (end < len(text) and (text[end].isalnum() or text[end] in also_after)):
            found.append(at)
        at = text.find(word, at + 1)
    return found


def test_officials_and_short_names_from_the_phrase_pass_equal_a_raw_sweep():
    """Officials' titles and "the Pact"-like short names are read from one pass over the normalized text
    (matcher.phrase_starts); what is kept equals the matches of a sweep of the raw text with the old boundary checks."""
    import sys

    from detente.actors import matcher, officials

    short = sys.modules["detente.actors.short_names"]  # the module (the package exports the function by its name)

    def official_titles(text: str) -> list[tuple[int, int, str]]:
        found = sorted(
            ((start, start + len(title), title) for title in officials._TITLES for start in _raw_matches(text, title)),
            key=lambda item: (item[0], -item[1]),
        )
        kept: list[tuple[int, int, str]] = []
        for item in found:
            if not kept or item[0] >= kept[-1][1]:
                kept.append(item)
        return kept

    def short_phrases(text: str) -> list[tuple[int, str]]:
        return sorted(
            (start, head) for head in short.HEADS for article in ("the ", "The ")
            for start in _raw_matches(text, article + head, "-")
        )

    pieces = [*officials._TITLES, *(f"the {head}" for head in short.HEADS), "The Pact", " ", "\t", "-", "_", "x", "é",
              "Vice ", "PRESIDENT", "The\tUnion", "the  League", "-wide", "s "]
    kept = named = 0
    for text in TEXTS[:2000] + _random(pieces, 3000, 6, 19):
        expected = official_titles(text)
        assert officials._titles_in(text) == expected, text
        kept += len(expected)
        expected_short = short_phrases(text)
        assert short._phrases_in(text, matcher.phrase_starts(matcher.pad(text), short.PHRASES)) == expected_short, text
        named += len(expected_short)
    assert kept > 400 and named > 100, (kept, named)


def test_sentence_boundaries_tried_where_they_may_start_equal_finditer():
    from detente.text import sentences

    pieces = list("aB. !?…\"'”’)]\n\t (“‘[Z9À*•-–—:") + ["\n\n", "12 May 1949: ", "\n1914 Apr. 21 – ", "\nMarch 1941 - ",
                                                         "U.S. ", "\n* x", "Sept. 3, 1939 — ", "end.\n\nNext"]
    empty_then_break = 0
    for text in TEXTS + _random(pieces, 30000, 20, 17):
        for start, end in ((0, len(text)), (min(2, len(text)), len(text)), (0, max(0, len(text) - 2))):
            plain = [(m.span(), m.group()) for m in sentences._BOUNDARY.finditer(text, start, end)]
            assert [(m.span(), m.group()) for m in sentences._boundaries(text, start, end)] == plain, (text, start, end)
            empty_then_break += any(a[0][0] == a[0][1] == b[0][0] for a, b in zip(plain, plain[1:], strict=False))
    assert empty_then_break > 100  # an empty match followed by a line break at the same place is exercised


def test_not_story_time_gate_keeps_every_match():
    from detente.time import tagger

    pieces = ["since ", "ever since ", "planned for ", "scheduled in ", "to be held in ", "treaty of ", "the ", "The ",
              "dating back to ", "as far back as ", "reminiscent of ", "of", "x", " ", "\t", "(", "1962", "In ", "BY "]
    found = 0
    for text in [t for t in TEXTS[:4000]] + _random(pieces, 40000, 6, 18):
        for start in range(0, len(text) + 1, 7 if len(text) > 200 else 1):
            expected = tagger._NOT_STORY_TIME.search(text, max(0, start - 40), start) is not None
            assert tagger._not_story_time(text, start) == expected, (text, start)
            found += expected
    assert found > 1000


def test_datelines_tried_at_line_starts_equal_the_regex_search():
    from detente import pipeline
    from detente.text.articles import at_line_starts

    pieces = ["WASHINGTON, ", "Seoul, ", "5 March 1998 ", "March 5, 1998 ", "(Reuters) ", "-- ", "— ", ": ", "\n", "x ",
              "From our Correspondent, Rawalpindi, Jan. 30.", "LIMA (AP) --", "The ", "NEW DELHI (PTI) - "]
    found = 0
    for text in TEXTS[:3000] + _random(pieces, 20000, 8, 19):
        head = text[:400]
        for pattern in (pipeline._DATELINE_LEAD, pipeline._DATELINE_DATE, pipeline._CORRESPONDENT_DATE):
            plain = [m.span() for m in pattern.finditer(head)]
            assert [m.span() for m in at_line_starts(pattern, head)] == plain, (pattern.pattern[:30], head)
            found += bool(plain)
        first = pipeline._DATELINE_DATE.search(head) or pipeline._CORRESPONDENT_DATE.search(head)
        fast = pipeline._first_dateline(head)
        assert (fast.span() if fast else None) == (first.span() if first else None), head
    assert found > 1000


def test_report_datelines_tried_at_line_starts_equal_the_regex_search():
    from detente.text import articles

    pieces = ["OSLO, ", "STOCKHOLM, ", "NEW DELHI, ", "Paris, ", "June 8, 1905 ", "1 September 1905 ", "Oct. 26, 1905",
              "(Reuters) ", "— ", "-- ", ": ", "\n", "\n\n", "  ", "\t", "x ", "The talks ", "LIMA, Peru, ",
              "KARLSTAD, 1 September 1905 (Reuters) - ", "BONN, March 3, 1970 — ", "\nQUITO, 9 Jan 1942: "]
    found = 0
    for text in TEXTS[:3000] + _random(pieces, 30000, 10, 23):
        plain = [m.span() for m in articles._ARTICLE_DATELINE.finditer(text)]
        assert [m.span() for m in articles.at_line_starts(articles._ARTICLE_DATELINE, text)] == plain, text
        found += len(plain) >= 2  # a page of reports, as article_datelines wants
    assert found > 1000


def test_page_meta_and_aside_cue_gates_keep_every_match():
    from detente.time import tagger

    pieces = [*tagger._PAGE_META_WORDS, "Last updated on ", "Posted in ", "© ", "·", "\n", " ", "x", "UNTIL ", "by ",
              "later ", "as late as ", "would ", "now", "(", ".", "Up to "]
    found = [0, 0]
    for text in TEXTS[:3000] + _random(pieces, 30000, 6, 20):
        for start in range(0, len(text) + 1, 9 if len(text) > 200 else 1):
            expected = tagger._PAGE_META.search(text, max(0, start - 40), start) is not None
            assert tagger._page_meta(text, start) == expected, (text, start)
            window = text[max(0, start - 40) : start]
            cue = tagger._ASIDE_CUE.search(window) is not None
            assert tagger._aside_cue(window) == cue, window
            found[0] += expected
            found[1] += cue
    assert min(found) > 1000
