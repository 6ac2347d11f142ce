"""The passes after the actor scan look only at the mentions that can change, found by C-level passes over the
mentions' fields (map, list.index), instead of a Python loop over every mention; they give what the plain loops gave.

The plain loops are kept here as the reference. Their inputs are the mention lists find_mentions hands to the first of
these passes, recorded on real texts (the labelled sentences, the actor cases, the demo corpus) and on sentences of
our own built to exercise each rule.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from detente import actors
from detente.actors import gazetteer
from detente.actors.matcher import STOP, scan
from detente.model import Mention
from detente.resources import demo_files

ROOT = Path(__file__).resolve().parent.parent
OWN = [
    "Anglo-French troops landed at Suez in 1956, while Franco-German talks went on in Bonn.",
    "The Soviet-Cuban forces in Angola met Cuban and Angolan forces near the border; Sino-Soviet relations cooled.",
    "Cuban, Ethiopian and Yemeni troops fought in the Ogaden in 1978 beside Soviet and Cuban advisers.",
    "The two neighbours (India and Pakistan) signed the Simla Agreement; both countries, India and Pakistan, agreed.",
    "The Allies — Britain, France and Russia — declared war; the three powers, Britain, France and the Soviet Union,"
    " met at Yalta.",
    "An Anglo-American ultimatum reached Tehran in 1941 and Indo-Pakistani talks resumed in 1972.",
    "Greek and Turkish Cypriots clashed in 1963; US and British troops stayed in Germany.",
]


def _texts() -> list[str]:
    texts = list(OWN)
    for line in (ROOT / "tests" / "data" / "event_sentences.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if not str(row.get("split", "")).endswith("-holdout"):  # the blind rows stay unread
                texts.append(row["text"])
    for line in (ROOT / "tests" / "data" / "actor_cases.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            texts.append(json.loads(line)["text"])
    for entry in demo_files():
        if entry.name.endswith(".txt"):
            texts.append(entry.read_text(encoding="utf-8", errors="replace"))
    return texts


@pytest.fixture(scope="module")
def recorded():
    """(text, mentions) as find_mentions hands them to _spelled_out, the first of the passes."""
    found = []
    real = actors._spelled_out

    def record(text, mentions):
        found.append((text, list(mentions)))
        return real(text, mentions)

    actors._spelled_out = record
    try:
        for text in _texts():
            actors.find_mentions(text)
    finally:
        actors._spelled_out = real
    return found


def _plain_spelled_out(text: str, mentions: list[Mention]) -> list[Mention]:
    for index, mention in enumerate(mentions):
        if mention.via not in ("reference", "group") or mention.kind == "state":
            continue
        opening = actors._OPENING.match(text, mention.end)
        if opening is None:
            continue
        mark = opening.group(0).strip()[0]
        close = text.find(actors._CLOSING[mark], opening.end(), opening.end() + 160)
        if close < 0:
            continue
        listed: list[str] = []
        cursor = opening.end()
        for inner in mentions[index + 1 :]:
            if inner.start >= close:
                break
            if not actors._LIST_GLUE.fullmatch(text, cursor, inner.start):
                listed = []
                break
            listed.extend(actors._states_in_focus(inner))
            cursor = inner.end
        if listed and not actors._LIST_GLUE.fullmatch(text, cursor, close):
            listed = []
        if len(set(listed)) >= 2:
            mentions[index] = replace(mention, members=tuple(dict.fromkeys(listed)))
    return mentions


def _plain_joint(text: str, mentions: list[Mention]) -> list[Mention]:
    result: list[Mention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        second = mentions[index + 1] if index + 1 < len(mentions) else None
        if (
            second is not None
            and first.kind == second.kind == "state"
            and first.via == second.via == "adjective"
            and first.entity != second.entity
            and text[first.end : second.start] in ("-", "\u2013")
            and actors._JOINT_ACTION.match(text, second.end)
        ):
            result.append(Mention(first.start, second.end, text[first.start : second.end], "JOINT", "group",
                                  date=first.date, via="group", members=(first.entity, second.entity)))
            index += 2
            continue
        if (
            second is not None
            and first.kind == "state" and first.via == "adjective"
            and second.kind == "group" and second.via == "adjective" and second.state
            and first.entity != second.state
            and text[first.end : second.start] in ("-", "\u2013")
        ):
            result.append(Mention(first.start, second.end, text[first.start : second.end], "JOINT", "group",
                                  date=first.date, via="group", members=(first.entity, second.state)))
            index += 2
            continue
        result.append(first)
        index += 1
    return result


def _plain_shared_noun(text: str, mentions: list[Mention]) -> list[Mention]:
    shared: set[int] = set()
    for index in range(len(mentions) - 2, -1, -1):
        first, second = mentions[index], mentions[index + 1]
        if (
            second.kind != "group"
            or first.kind != "state"
            or not (
                (first.via == "adjective" and not first.text.endswith("s"))
                or (first.via == "name" and actors._ABBREVIATION.fullmatch(first.text))
            )
            or second.via not in ("adjective", "institution")
            or not second.state
            or second.state == first.entity
            or not (
                actors._AND_BETWEEN.fullmatch(text, first.end, second.start)
                or (index + 1 in shared and actors._COMMA_BETWEEN.fullmatch(text, first.end, second.start))
            )
        ):
            continue
        trailing = actors._TRAILING_NOUN.search(second.text)
        noun = trailing.group(0).strip() if trailing else second.text.split()[-1]
        if noun == second.text:
            continue
        composed = first.text + " " + noun
        hits = scan(composed)
        if not hits or hits[0].start != 0 or any(form.via == STOP for form in hits[0].forms):
            continue
        days = gazetteer.interval_days((first.date, first.date)) if first.date else None
        found = actors._resolve(composed, hits[0], days, first.date)
        if found is not None and found.kind == "group" and (found.start, found.end) == (0, len(composed)):
            mentions[index] = replace(found, start=first.start, end=first.end, text=first.text)
            shared.add(index)
    return mentions


def test_the_passes_after_the_scan_equal_their_plain_loops(recorded):
    changed = {"spelled": 0, "joint": 0, "shared": 0}
    for text, mentions in recorded:
        spelled = actors._spelled_out(text, list(mentions))
        assert spelled == _plain_spelled_out(text, list(mentions)), text
        changed["spelled"] += spelled != mentions
        joint = actors._joint(text, list(spelled))
        assert joint == _plain_joint(text, list(spelled)), text
        changed["joint"] += joint != spelled
        shared = actors._shared_noun(text, list(joint))
        assert shared == _plain_shared_noun(text, list(joint)), text
        changed["shared"] += shared != joint
    assert min(changed.values()) >= 3, changed  # every pass changed some lists: the rules are exercised

