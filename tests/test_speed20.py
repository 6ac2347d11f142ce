"""speed20: work the events stage did again for each trigger or call of a sentence, now done once, gives what it gave.

Two cuts, each compared here with the plain form it replaces on the labelled sentences (the never-tuned rows left
out), the demo corpus, the seed pages (when ../shared is there) and sentences written for these tests:
- names_a_thing, asked of a sentence's dating units for every trigger, is kept per sentence and unit in the
  document's Timexes memo (dating._date_event);
- participants() places a sentence's mentions on its tokens once, by bisection within the document's token lists
  (roles.SentenceMentions, made by coder.code_events), and hands each caller new Participant objects.
"""

from __future__ import annotations

import bisect
import json
import operator
from pathlib import Path

from detente.events import triggers
from detente.events.dating import (
    Timexes,
    _sentence_dating,
    _sentence_units,
    datable,
    date_event,
    names_a_thing,
    units,
)
from detente.events.roles import Participant, SentenceMentions, participants
from detente.model import Document
from detente.pipeline import clean, drop_furniture, find_actors, layout, tag_time
from detente.resources import demo_files

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = ROOT / "tests" / "data" / "event_sentences.jsonl"
SEEDS = ROOT.parent / "shared" / "seeds"

WRITTEN = [
    "Denmark and Iceland signed the fisheries accord of 1973 in Reykjavik on 2 June 1976, and Norway protested.",
    "In March 1984 Peru condemned the Ecuadorian raid of January 1981 and recalled its ambassador from Quito.",
    "Sweden called off Sunday's talks with Finland; on 9 May 1952 the two governments met again in Helsinki.",
    "Mali's first visit to Senegal since 1960 came in April 1993, when Mali and Senegal reopened the railway and signed a pact.",
    "Laos and Thailand, which had fought over the border of 1907, agreed in 1988 to withdraw their troops and exchanged prisoners.",
    "Before 12 August 1961 East German troops held the positions; Bonn protested, and Washington sent envoys to Berlin in 1962.",
    "Honduras blamed El Salvador for the attack on 14 July 1969 and broke off relations; the OAS mediated a truce on 18 July.",
    "The 1965 treaty between Japan and South Korea restored ties; Tokyo paid Seoul $800 million from 1966 to 1975.",
    "Bolivia and Chile have had no ties since 1978, when Bolivia broke off relations over the corridor.",
    "No date at all: Nepal and Bhutan talked about rivers and signed nothing.",
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


def _documents() -> list[Document]:
    from detente.errors import InputError

    found = []
    for text in _texts():
        try:
            doc = layout(clean(Document(id="", origin="<test>", text=text)))
        except InputError:
            continue
        tag_time(doc)
        find_actors(doc)
        drop_furniture(doc)
        found.append(doc)
    return found


DOCUMENTS = _documents()


def _on_grid(mentions, tokens, ends, starts, offset) -> SentenceMentions:
    """As coder.code_events makes them."""
    grid = SentenceMentions(mentions)
    grid.tokens, grid.ends, grid.starts, grid.offset, grid.placed = tokens, ends, starts, offset, None
    return grid


def _fields(found: list[Participant]) -> list[tuple]:
    return [(p.codes, p.first, p.last, id(p.mention)) for p in found]


def test_mentions_placed_once_on_the_documents_token_lists_as_on_the_sentences_own():
    placed = sentences = 0
    for doc in DOCUMENTS:
        all_tokens = triggers.tokenize(doc.text)
        starts, ends = list(map(operator.itemgetter(2), all_tokens)), list(map(operator.itemgetter(3), all_tokens))
        for sentence in doc.sentences:
            offset = bisect.bisect_left(starts, sentence.start)
            tokens = all_tokens[offset : bisect.bisect_left(starts, sentence.end)]
            inside = [m for m in doc.mentions if sentence.start <= m.start and m.end <= sentence.end]
            # and mentions that run over the sentence's edges or lie outside it (the placement must agree on any)
            near = [m for m in doc.mentions if m.end > sentence.start - 40 and m.start < sentence.end + 40]
            for mentions in (inside, near):
                plain = participants(list(mentions), tokens)
                grid = _on_grid(mentions, tokens, ends, starts, offset)
                first = participants(grid, tokens)
                assert _fields(first) == _fields(plain)
                for p in first:  # rules change what they are given: the next caller still gets the placement
                    p.codes, p.first = ("XXX",), -1
                again = participants(grid, tokens)
                assert _fields(again) == _fields(plain)
                assert not any(a is b for a, b in zip(again, first, strict=True))
                # another token list than the one the mentions were laid on: placed on it, as before
                assert _fields(participants(grid, list(tokens))) == _fields(plain)
                placed += len(plain)
            sentences += 1
    assert sentences > 3000 and placed > 3000


def test_sentence_mentions_are_the_mentions():
    doc = next(d for d in DOCUMENTS if d.text.startswith("Honduras blamed"))
    grid = _on_grid(doc.mentions, [], [], [], 0)
    assert list(grid) == doc.mentions and len(grid) == len(doc.mentions) and grid.placed is None


def test_a_unit_names_a_thing_asked_once_per_sentence_as_asked_each_time():
    """Every word of a dated sentence taken as the act's trigger, in turn: dated with the document's memo, which keeps
    names_a_thing's answers across the sentence's triggers, and with a fresh memo for each (the plain form)."""
    dated = compared = 0
    for doc in DOCUMENTS:
        timexes = datable(doc)
        for sentence in doc.sentences:
            span = (sentence.start, sentence.end)
            if not units(doc, timexes, *span):
                continue
            dated += 1
            section = doc.sections[sentence.section] if doc.sections else None
            words = [t for t in triggers.tokenize(doc.text[span[0] : span[1]]) if t.text[:1].isalpha()]
            for word in words[::2] if len(words) > 12 else words:
                trigger = (span[0] + word.start, span[0] + word.end)
                kept = date_event(doc, timexes, span, span, trigger, section, None, None, False)
                fresh = date_event(doc, Timexes(list(timexes), doc.text), span, span, trigger, section, None, None, False)
                assert kept == fresh
                compared += 1
    assert dated > 1000 and compared > 10000


def test_names_a_thing_kept_per_sentence_and_unit():
    """What is kept: for each unit asked of, by its start, the unit itself (told apart by identity) and the answer."""
    doc = next(d for d in DOCUMENTS if d.text.startswith("Denmark and Iceland"))
    timexes = datable(doc)
    sentence = doc.sentences[0]
    span = (sentence.start, sentence.end)
    for trigger in ("signed", "protested"):
        at = doc.text.index(trigger)
        date_event(doc, timexes, span, span, (at, at + len(trigger)), doc.sections[sentence.section] if doc.sections else None,
                   None, None, False)
    _, candidates, things = _sentence_dating(doc, timexes, span)
    assert things and all(things[u[0]][0] is u for u in candidates if u[0] in things)
    assert {start: answer for start, (_, answer) in things.items()} == {
        u[0]: names_a_thing(doc.text, sentence.start, u) for u in candidates if u[0] in things}
    assert [answer for _, answer in things.values()] == [True, False]  # "the accord of 1973" names a thing; "on 2 June 1976"
    # a plain list of expressions (no memo): a new dict at each call, nothing kept from one event to the next
    assert _sentence_dating(doc, list(timexes), span)[2] == {}
    assert _sentence_units(doc, timexes, span) == (_sentence_dating(doc, timexes, span)[0], candidates)
