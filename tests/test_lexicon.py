"""Every trigger lexicon entry is reachable: a phrase built from its own pattern is matched by it (or by a
longer entry of the same CAMEO code), and every code maps to a PLOVER type, Goldstein value and quad class."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from detente import extract_text
from detente.events import triggers
from detente.events.triggers import find_triggers, tokenize
from detente.resources import load_json

_SPEC = importlib.util.spec_from_file_location("build_data", Path(__file__).resolve().parent.parent / "scripts" / "build_data.py")
BUILD = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(BUILD)

LEXICON = load_json("lexicon_en.json")
CODES = load_json("cameo.json")


def _example(entry: dict) -> str:
    words = []
    for part in entry["pattern"]:
        if "gap" in part:
            words.append("quickly")
        elif not part.get("optional"):
            words.append(sorted(part["any"], key=len)[-1])
    return " ".join(words)


@pytest.mark.parametrize("entry", LEXICON, ids=[f"{e['cameo']}:{e['phrase']}" for e in LEXICON])
def test_entry_matches_its_own_example(entry):
    text = _example(entry)
    found = find_triggers(tokenize(text))
    assert found, f"nothing matched {text!r}"
    assert any(t.entry["cameo"] == entry["cameo"] or t.entry is entry for t in found), (
        text, [(t.entry["cameo"], t.entry["phrase"]) for t in found])


@pytest.mark.parametrize("code", sorted({e["cameo"] for e in LEXICON}))
def test_every_lexicon_code_is_fully_described(code):
    info = CODES[code]
    assert info["type"], f"{code} has no PLOVER type"
    assert -10.0 <= info["goldstein"] <= 10.0
    assert info["quad"] in (0, 1, 2, 3, 4)
    expected = {0: "neutral", 1: "cooperation", 2: "cooperation", 3: "conflict", 4: "conflict"}[info["quad"]]
    if info["quad"] == 0 and abs(info["goldstein"]) >= 1.0:
        # statements and appeals take the clear sign of their Goldstein value
        expected = "cooperation" if info["goldstein"] > 0 else "conflict"
    assert info["polarity"] == expected


def test_appeals_take_the_sign_of_their_goldstein_value():
    assert CODES["0233"]["polarity"] == "cooperation"   # appeal for humanitarian aid, +3.4
    assert CODES["0256"]["polarity"] == "neutral"       # appeal for de-escalation, -0.3
    assert CODES["010"]["polarity"] == "neutral"        # a bare statement, 0
    assert CODES["016"]["polarity"] == "conflict"       # deny responsibility, -2.0


# ---- lint: entries that cannot match as written -------------------------------------------------------------
# Every alternative of every entry is tried in a phrase built from the entry's own pattern; the phrase must be
# matched by the entry itself (or by a longer entry of the same code), every pattern word must be one token as the
# tokenizer cuts it, and the source lines must not repeat themselves or hide a multi-word alternative.

SOURCE = Path(__file__).resolve().parent.parent / "data-src" / "lexicon" / "en.tsv"
GAP_FILLERS = {4: ["quickly"], 6: ["quickly", "and", "very", "quietly", "then"]}  # "**": beyond the reach of "*"


def _probes(entry: dict) -> list[str]:
    """A phrase per alternative of each word of the pattern, the other words at their first alternative."""
    parts = entry["pattern"]
    phrases = []
    for index, part in enumerate(parts):
        for word in part.get("any", []):
            words = []
            for other, element in enumerate(parts):
                if "gap" in element:
                    words += GAP_FILLERS[element["gap"]]
                else:
                    words.append(word if other == index else element["any"][0])
            phrases.append(" ".join(words) + " Britain .")
    return phrases


def lint_entry(entry: dict) -> list[str]:
    """What keeps an entry from matching as written, in the lexicon the matcher has loaded."""
    problems = []
    for part in entry["pattern"]:
        for word in part.get("any", []):
            if [token.low for token in tokenize(word)] != [word]:
                problems.append(f"{word!r} is not one token")
    for text in _probes(entry):
        tokens = tokenize(text)
        if triggers._match(entry["pattern"], 0, tokens, 0) is None:
            problems.append(f"does not match {text!r}")
            continue
        found = find_triggers(tokens)
        if not any(t.entry is entry or (t.entry["cameo"] == entry["cameo"] and t.first == 0) for t in found):
            problems.append(f"loses {text!r} to {[(t.entry['cameo'], t.entry['phrase']) for t in found]}")
    return problems


def lint_source(lines: list[str]) -> list[str]:
    """Repeated entries (one of two entries with the same words never wins) and multi-word alternatives written
    with "|" ("hold up|delay|withhold" reads as "hold" then "up|delay|withhold")."""
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    heads = {word for row in rows if row[1] == "verb" for word in row[2].split()[0].strip("()").split("|")}
    problems, seen = [], {}
    for row in rows:
        key = (row[1], row[2].lower())
        if key in seen:
            problems.append(f"{row[0]} {row[2]!r} repeats {seen[key]} {row[2]!r}")
        seen.setdefault(key, row[0])
        words = row[2].split()
        if row[1] == "verb" and len(words) > 1 and "|" not in words[0] and "|" in words[1] \
                and any(word in heads for word in words[1].strip("()").split("|")):
            problems.append(f"{row[0]} {row[2]!r}: a verb among the alternatives after {words[0]!r} (one line per verb)")
    return problems


@pytest.mark.parametrize("entry", LEXICON, ids=[f"{e['cameo']}:{e['phrase']}" for e in LEXICON])
def test_every_alternative_of_an_entry_matches(entry):
    assert lint_entry(entry) == []


def test_the_lexicon_source_has_no_repeats_and_no_hidden_phrases():
    assert lint_source(SOURCE.read_text(encoding="utf-8").splitlines()) == []


def _entry(code: str, form: str, phrase: str) -> dict:
    return {"cameo": code, "form": form, "phrase": phrase, "flags": [], "pattern": BUILD.compile_phrase(form, phrase)}


@pytest.fixture
def lexicon_with(monkeypatch):
    """Load the lexicon with extra entries (the matcher's caches cleared before and after)."""
    def load(*extra):
        monkeypatch.setattr(triggers, "load_json", lambda name: [*LEXICON, *extra])
        triggers._index.cache_clear()
        triggers._compiled_index.cache_clear()
    yield load
    monkeypatch.undo()
    triggers._index.cache_clear()
    triggers._compiled_index.cache_clear()


def test_lint_finds_a_word_the_tokenizer_splits(lexicon_with):
    broken, sound = _entry("195", "verb", "shoot down * MiG-21|Mirage"), _entry("195", "verb", "shoot down * Mirage|Phantom")
    lexicon_with(broken, sound)
    problems = lint_entry(broken)
    assert any("'mig-21' is not one token" in p for p in problems)
    assert any("does not match" in p and "mig-21" in p for p in problems)
    assert lint_entry(sound) == []


def test_lint_finds_an_entry_another_code_always_beats(lexicon_with):
    # the same words under a second code, after the first: the first always wins the tie
    shadowed = _entry("036", "verb", "threaten * war|force|attack|invasion")
    lexicon_with(shadowed)
    assert any(p.startswith("loses") for p in lint_entry(shadowed))


def test_lint_passes_an_entry_a_longer_one_of_its_own_code_covers(lexicon_with):
    general = _entry("138", "verb", "threaten * reprisals|sanctions")
    lexicon_with(general)
    assert lint_entry(general) == []


def test_lint_finds_repeated_lines_and_multi_word_alternatives():
    lines = ["# a comment", "163\tverb\tembargo * grain", "163\tverb\tEmbargo * Grain", "162\tverb\tfreeze * aid",
             "162\tverb\tslow down|freeze * credits", "162\tverb\tslow down * credits|loans"]
    problems = lint_source(lines)
    assert len(problems) == 2
    assert "repeats" in problems[0]
    assert "slow down|freeze" in problems[1]


# ---- the entries the lint found, on sentences of our own -----------------------------------------------------


@pytest.mark.parametrize("text, source, target", [
    ("In 1965 the United States delayed wheat shipments to India.", "USA", "IND"),
    ("In June 1989 Japan withheld its loans to China.", "JPN", "CHN"),
    ("In February 1975 the United States held up arms deliveries to Turkey.", "USA", "TUR"),
    ("Britain is withholding credits to Argentina.", "GBR", "ARG"),
])
def test_holding_up_delaying_and_withholding_aid_reduce_it(text, source, target):
    events = [e for e in extract_text(text, origin="t.txt") if e.cameo == "162"]
    assert [(e.source, e.target) for e in events] == [(source, target)], text


@pytest.mark.parametrize("text", [
    "In 1969 the Soviet Union threatened China with a nuclear strike.",
    "Moscow threatened a nuclear attack on Peking.",
    "In 1956 the Soviet Union threatened Britain and France with atomic missile strikes.",
])
def test_a_threat_of_nuclear_attack_is_a_nuclear_threat(text):
    assert "1385" in [e.cameo for e in extract_text(text, origin="t.txt")], text


def test_a_threat_of_attack_without_nuclear_weapons_stays_a_threat_of_force():
    assert [e.cameo for e in extract_text("In 1990 Iraq threatened an attack on Kuwait.", origin="t.txt")] == ["138"]


def test_of_equal_matches_from_one_word_the_one_naming_more_words_wins(lexicon_with):
    plain, nuclear = _entry("138", "verb", "warn * of * attack"), _entry("1385", "verb", "warn * of * nuclear attack")
    lexicon_with(plain, nuclear)
    for text in ("In 1962 Moscow warned Washington of a nuclear attack.", "China warned India of nuclear attack in 1965."):
        chosen = [t.entry for t in find_triggers(tokenize(text))]
        assert any(entry is nuclear for entry in chosen) and all(entry is not plain for entry in chosen), text


def test_an_earlier_act_keeps_a_tie_with_a_later_one_naming_more_words():
    # "ended its decades-old ban" and "ban on arms sales" are as long: the act told first wins, whatever the words
    for text in ("In 2016 Washington ended its decades-old ban on arms sales to Vietnam.",
                 "The United States ended the long-standing American ban on weapons sales to Vietnam in 2016."):
        assert "081" in [e.cameo for e in extract_text(text, origin="t.txt")], text
