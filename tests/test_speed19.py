"""speed19: the events stage's gates and shared word sets give what the plain code they skip gives.

Each cut of speed19 skips work whose result is known from a cheaper test first (a word the rule needs is not in the
sentence; a sentence has no date) or reuses the sentence's word set instead of building it again. Here each fast form
is compared with its plain form on the labelled sentences (the never-tuned rows left out), the demo corpus, the seed
pages (when ../shared is there) and sentences written for these tests.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

from detente.events import triggers
from detente.events.coder import _narrative_after
from detente.events.dating import Dated, datable, units
from detente.events.dyads import _beside
from detente.events.roles import Participant
from detente.events.sentence import _BACKED_END, _SIDE_WORDS
from detente.model import Document
from detente.pipeline import clean, drop_furniture, find_actors, layout, tag_time
from detente.resources import demo_files

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = ROOT / "tests" / "data" / "event_sentences.jsonl"
SEEDS = ROOT.parent / "shared" / "seeds"

WRITTEN = [
    "Fighting on the Paraguayan side, Argentine volunteers crossed the Pilcomayo in 1932.",
    "Chile fought alongside Peru against Spain in 1866, and Ecuador stood beside them.",
    "The Bolivian side of the border was shelled by Paraguay on 4 March 1933.",
    "A US-backed force and Soviet-supported militias clashed near Luanda in November 1975.",
    "Kenya-bound aid from Norway was held at Mombasa; the Tanzanian-funded road opened in 1979.",
    "Ghana and Togo signed a trade pact in Lomé on 12 May 1961 after talks on the co-operation of their ports.",
    "The Mongolian government sold MiG-21s to nobody; Kazakhstan bought F-16s from no one in 1994.",
    "Uruguay sided with Brazil, and on the Argentine side the army took Montevideo's outskirts.",
    "No date here: Nepal and Bhutan talked about rivers.",
    "",
]


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


def _laid_out(text: str) -> Document | None:
    from detente.errors import InputError

    try:
        return layout(clean(Document(id="", origin="<test>", text=text)))
    except InputError:
        return None


def _token_sentences() -> list[list[triggers.Token]]:
    found = []
    for text in TEXTS:
        doc = _laid_out(text)
        if doc is None:
            continue
        tokens = triggers.tokenize(doc.text)
        found.extend([t for t in tokens if s.start <= t.start and t.end <= s.end] for s in doc.sentences)
    return found


TEXTS = _texts()
SENTENCE_TOKENS = _token_sentences()


def test_inputs_are_many():
    assert len(SENTENCE_TOKENS) > 3000


def test_fronted_objects_with_the_sentence_words_given_as_built_again():
    checked = 0
    for tokens in SENTENCE_TOKENS:
        lows = frozenset(map(triggers._LOW, tokens))
        assert triggers._fronted_candidates(tokens, lows) == triggers._fronted_candidates(tokens)
        chosen = triggers.find_triggers_reference(tokens)
        plain = triggers.with_fronted_objects(tokens, list(chosen))
        given = triggers.with_fronted_objects(tokens, list(chosen), lows)
        assert [(id(t.entry), t.first, t.last) for t in given] == [(id(t.entry), t.first, t.last) for t in plain]
        checked += bool(plain)
    assert checked > 1000


def test_backed_suffix_looked_for_only_in_a_sentence_with_a_hyphen():
    hyphened = 0
    words = [list(map(triggers._LOW, tokens)) for tokens in SENTENCE_TOKENS]
    # and written words: every suffix of the rule after a hyphen, and near misses
    words.append([f"{name}-{word}" for name in ("us", "soviet", "kenya") for word in ("backed", "supported", "funded", "armed")])
    words.append(["backed", "us backed", "-", "us-", "us—backed", "us‐backed"])
    for lows in words:
        fast = "-" in "".join(lows) and any(map(_BACKED_END, lows))
        assert fast == any(map(_BACKED_END, lows))
        hyphened += fast
    assert hyphened > 3


def test_no_ally_without_a_side_word():
    allies = 0
    for tokens in SENTENCE_TOKENS:
        lows = set(map(triggers._LOW, tokens))
        for first, last in itertools.combinations_with_replacement(range(len(tokens)), 2):
            if last - first > 3:
                continue
            ally = _beside(tokens, Participant((), first, last, None))
            allies += ally
            if ally:
                assert not lows.isdisjoint(_SIDE_WORDS)
    assert allies > 10


def _documents():
    for text in TEXTS:
        doc = _laid_out(text)
        if doc is None:
            continue
        tag_time(doc)
        find_actors(doc)
        drop_furniture(doc)
        yield doc


def test_story_time_unchanged_by_a_sentence_with_no_date():
    earlier = Dated("1961-05", "May 1961", "1961-05-01", "1961-05-31", "month", "narrative")
    dateless = dated = 0
    for doc in _documents():
        timexes = datable(doc)
        for sentence in doc.sentences:
            if units(doc, timexes, sentence.start, sentence.end):
                dated += 1
                continue
            dateless += 1
            for narrative, is_title, news in itertools.product((None, earlier), (False, True), (False, True)):
                assert _narrative_after(doc, timexes, sentence.start, sentence.end, is_title, narrative, news) is narrative
    assert dateless > 500 and dated > 500
