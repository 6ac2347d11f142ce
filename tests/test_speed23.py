"""speed23: walks of the events stage skipped for a sentence that lacks the words they look for give what they gave.

Each cut is compared here with its plain form on the labelled sentences (the never-tuned rows left out), the demo
corpus, the seed pages (when ../shared is there), sentences written for these tests and variants of all of them with
the cue words put in:
- modality(): seen_as_proof and _wire_modality's two walks (a denial of confirming, a closing claim or denial) run only
  for a sentence holding the words they need; the plain form is the same call with every cue word added to the words;
- _onlookers(): its three helpers per participant run only for a sentence holding one of their cue words (or opening
  with "and" or a comma, where a list of onlookers may go on); the plain form is the call without the words;
- triggers._plural_models: the words with a hyphen picked in C, then the same test as the plain loop over every word;
- regexes searched over windows of the sentence (dating's _UNTIL, _ORDINAL_DAY_RANGE, _CONTACT_PLUPERFECT,
  _FROM_WHERE; the coder's _THE_TWO and _UNTIL_CLAUSE) tried only where a word they need stands: each gate lets through
  every window its pattern matches (tested at every position of every text, in every case the patterns allow);
- _in_relative_after's three tests on the text in another order: the same answer for every trigger and date.
"""

from __future__ import annotations

import json
import operator
import re
from pathlib import Path

from detente.events import coder as coder_module
from detente.events import dating as dating_module
from detente.events import modality as modality_module
from detente.events import sentence as sentence_module
from detente.events import triggers
from detente.events.roles import participants
from detente.model import Document
from detente.pipeline import clean, drop_furniture, find_actors, layout, tag_time
from detente.resources import demo_files

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = ROOT / "tests" / "data" / "event_sentences.jsonl"
SEEDS = ROOT.parent / "shared" / "seeds"

WRITTEN = [
    "Norway would not confirm that it had sent patrol boats to Iceland, the ministry said.",
    "Ghana refused to confirm that its troops crossed into Togo in 1966.",
    "Uruguay sold beef to Paraguay in 1950, or so Argentine officials later claimed.",
    "Chile was said to have leased an island to Peru, a claim both governments denied.",
    "Kenya has closed its border with Uganda, the radio reported, but the ministry denied it.",
    "Finland saw the loan as proof that Sweden had sided with Denmark.",
    "The two ministers signed the accord with Portugal as witness in Lisbon.",
    "Laos and Vietnam agreed under the auspices of the United Nations to reopen the road.",
    "Through Swiss mediation, Austria and Hungary settled the dispute over the dam.",
    "The treaty was signed in the presence of the presidents of Brazil and Argentina.",
    "And Norway, Denmark and Iceland signed the pact in 1952.",
    ", Sweden and Finland met in Oslo.",
    "Cyprus bought MiG-29s and F-16s from Greece; the co-operation of the two navies went on.",
    "Malta and Libya kept the fisheries pact of 1972 UNTIL the Border Agreement of 1980, when Libya lasted up  to the end.",
    "Oman held the line from the 3rd to the 9th of that month, and the two governments met through to 1975.",
    "Both sides, The two states and both  nations signed the Treaty of Muscat in 1970 and the 1982 Water Accords.",
    "Qatar had come to Doha straight from Riyadh, where on 12 May the delegates had signed it in 1981.",
    "Fiji was the last state to recognize Tonga until Samoa did so in 1977, and Nauru waived the levies imposed in 1968.",
    "Chad restored relations, broken off eight years earlier, in 1990; the ties Niger had cut in 1981 stayed cut.",
    "Bhutan withdrew its guards and returned the villages that Nepal had taken in 1969 to the monks.",
]
# words the gated tests read: put into copies of every sentence, so that each gate is also met where it opens
CUES = ("that", "confirm", "not", "or so", "a claim", "denied", "but", "as proof", "as a witness", "under", "by",
        "in the presence of", "with British help", "through the good offices of", "and", ",")


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


TEXTS = _texts()


def _variants(text: str, number: int) -> list[str]:
    """The text, and two copies with cue words put in before and after a word in its middle."""
    words = text.split(" ")
    if len(words) < 4:
        return [text]
    middle = len(words) // 2
    first, second = CUES[number % len(CUES)], CUES[(number * 7 + 3) % len(CUES)]
    return [text, " ".join([*words[:middle], first, *words[middle:]]),
            " ".join([*words[: middle - 1], second, words[middle - 1], first, *words[middle:]])]


def _short_texts() -> list[str]:
    found = []
    for number, text in enumerate(TEXTS):
        if len(text) < 400:
            found.extend(_variants(text, number))
    return found


SHORT = _short_texts()
# every word a gate in modality() reads: with all of them among the words, every gate opens (the plain form)
_ALL_CUES = frozenset(("that", "as", "or", "so", "but")) | modality_module._CONFIRMING | modality_module._CLAIMS \
    | modality_module.DENYING | modality_module._PROOF


def test_modality_gated_by_the_sentences_words_as_with_every_gate_open():
    compared = differ = 0
    for text in SHORT:
        tokens = triggers.tokenize(text)
        if not tokens:
            continue
        words = frozenset(map(operator.itemgetter(1), tokens))
        plain_words = words | _ALL_CUES
        for first in range(len(tokens)):
            for last in (None, first, min(first + 2, len(tokens) - 1)):
                for start in {0, max(0, first - 5)}:
                    gated = modality_module.modality(tokens, start, first, last, words)
                    assert gated == modality_module.modality(tokens, start, first, last, plain_words)
                    assert gated == modality_module.modality(tokens, start, first, last)  # (words read from the tokens)
                    wire = modality_module._wire_modality(tokens, start, first, last, words)
                    assert wire == modality_module._wire_modality(tokens, start, first, last)
                    compared += 1
                    differ += gated != "asserted" or wire is not None
    assert compared > 200000 and differ > 1000


def test_each_gated_modality_rule_is_met_by_the_written_sentences():
    """The written sentences reach the rules behind the gates (so that the comparison above tests them open)."""
    found = set()
    for text in WRITTEN:
        tokens = triggers.tokenize(text)
        words = frozenset(map(operator.itemgetter(1), tokens))
        for first in range(len(tokens)):
            found.add(modality_module._wire_modality(tokens, 0, first, first, words))
            if first > 3 and modality_module.seen_as_proof(tokens, first):
                found.add("proof")
    assert {"negated", "hypothetical", "proof"} <= found


def _documents() -> list[Document]:
    from detente.errors import InputError

    found = []
    for text in TEXTS + SHORT:
        try:
            doc = layout(clean(Document(id="", origin="<test>", text=text)))
        except InputError:
            continue
        tag_time(doc)
        find_actors(doc)
        drop_furniture(doc)
        found.append(doc)
    return found


def test_onlookers_gated_by_the_sentences_words_as_plain():
    compared = onlookers = 0
    for doc in _documents():
        for sentence in doc.sentences:
            tokens = triggers.tokenize(doc.text[sentence.start : sentence.end], sentence.start)
            if not tokens:
                continue
            inside = [m for m in doc.mentions if sentence.start <= m.start and m.end <= sentence.end]
            parts = participants(inside, tokens)
            if not parts:
                continue
            words = set(map(operator.itemgetter(1), tokens))
            for clause in ((0, len(tokens)), (0, max(1, len(tokens) // 2)), (len(tokens) // 3, len(tokens))):
                gated = sentence_module._onlookers(tokens, participants(inside, tokens), clause, words)
                assert gated == sentence_module._onlookers(tokens, participants(inside, tokens), clause)
                compared += 1
                onlookers += bool(gated)
    assert compared > 5000 and onlookers > 20


def _plural_models_plain(lows: list[str]) -> None:
    for number, low in enumerate(lows):
        if "-" in low and low[-1] == "s" and triggers._PLURAL_AIRCRAFT.match(low):
            lows[number] = "jets"


def test_plural_models_picked_in_c_as_plain():
    made = ["mig-21s", "f-16s", "su-30s", "tu-95s", "ss-20s", "mig-21", "a-4s", "-", "--", "-s", "s-", "f-16s-", "co-ops",
            "b-52s", "jf-17s", "c-130s", "il-76s", "j-10s", "x-1s", "mid-70s"]
    changed = 0
    for text in TEXTS + [" ".join(made)]:
        lows = [word.lower() for word in re.findall(r"\S+", text)] + made
        plain, fast = list(lows), list(lows)
        _plural_models_plain(plain)
        triggers._plural_models(fast)
        assert fast == plain
        changed += plain != lows
    assert changed >= 2


def _windows(text: str):
    """(start, end) of windows from and to the start of every word and mark of the text (where the coder's windows
    begin and end: a trigger's end, a date's start), of the sizes the coder's regexes are given."""
    starts = [token.start for token in triggers.tokenize(text)] + [len(text)]
    for end in starts:
        for size in (20, 30, 60, 150):
            yield max(0, end - size), end
    for start in starts:
        yield start, min(len(text), start + 30)


def test_each_regex_gate_lets_through_every_window_its_pattern_matches():
    seen = dict.fromkeys(("until", "ordinal", "contact", "from_where", "the_two", "until_clause"), 0)
    for number, text in enumerate(SHORT):
        for variant in (text, text.upper(), text.lower()) if number % 7 == 0 else (text,):
            for start, end in _windows(variant):
                window = variant[start:end]
                if dating_module._UNTIL.search(window):
                    assert dating_module._until_at_end(window)
                    seen["until"] += 1
                else:
                    assert not dating_module._until_at_end(window)
                if dating_module._ORDINAL_DAY_RANGE.search(variant, start, end):
                    assert dating_module._may_hold(variant[start:end], ("from", "between"))
                    seen["ordinal"] += 1
                if dating_module._CONTACT_PLUPERFECT.match(variant, start, end):
                    assert variant.find("had", start, end) >= 0
                    seen["contact"] += 1
                if dating_module._FROM_WHERE.search(variant, start, end):
                    assert variant.find("where", start, end) >= 0
                    seen["from_where"] += 1
                the_two = coder_module._THE_TWO.search(variant, start, end) is not None
                assert coder_module._the_two(variant, start, end) == the_two
                seen["the_two"] += the_two
                if coder_module._UNTIL_CLAUSE.search(variant, start, end):
                    assert variant.find("til", start, end) >= 0
                    seen["until_clause"] += 1
    assert all(seen.values()), seen  # every pattern matched somewhere: each gate was tested open


def _in_relative_after_plain(text, trigger_span, date_start) -> bool:
    d = dating_module
    if d._FROM_WHERE.search(text, trigger_span[1], date_start) is not None:
        return True
    relative = d._RELATIVE_AFTER.search(text, trigger_span[1], date_start)
    if relative is not None and d._PAST_VERB.search(text, relative.end(), date_start) is not None \
            and d._PAST_VERB.search(text, trigger_span[0], trigger_span[1]) is not None:
        return True
    if d._REDUCED_RELATIVE.match(text, trigger_span[1], date_start) is not None \
            and d._VERB_BEFORE_OBJECT.fullmatch(text, trigger_span[0], trigger_span[1]) is not None:
        return True
    return (d._THING_PARTICIPLE.match(text, trigger_span[1], date_start) is not None
            or d._THING_PARTICIPLE_ASIDE.search(text, trigger_span[1], date_start) is not None
            and d._COUNT_BACK.match(text, date_start) is not None) \
        and d._VERB_THEN_OBJECT.match(text, trigger_span[0], trigger_span[1]) is not None


def test_in_relative_after_as_plain_for_every_trigger_and_date():
    compared = found = 0
    for text in SHORT:
        tokens = triggers.tokenize(text)
        dates = [t.start for t in tokens if t.text[:1].isdigit()] or [len(text)]
        for first in range(len(tokens)):
            for last in (first, min(first + 3, len(tokens) - 1)):
                span = (tokens[first].start, tokens[last].end)
                for date_start in dates:
                    if date_start >= span[1]:
                        answer = dating_module._in_relative_after(text, span, date_start)
                        assert answer == _in_relative_after_plain(text, span, date_start)
                        compared += 1
                        found += answer
    assert compared > 100000 and found > 50
