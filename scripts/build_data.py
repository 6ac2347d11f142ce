#!/usr/bin/env python3
"""Derive detente's event-coding data files from their sources.

    python scripts/build_data.py [--reference ../shared/reference/events] [--check]

Writes ``src/detente/data/cameo.json`` (every CAMEO code with its name, Goldstein
value, quad class and PLOVER type) and ``src/detente/data/lexicon_en.json`` (the
trigger lexicon of ``data-src/lexicon/en.tsv``, inflected).  ``--check`` rebuilds
in memory and exits 1 if a committed file differs.

Conventions, named once:
- Goldstein: GDELT's table; codes it lacks take the value of their parent code.
- quad class: Phoenix's convention (0 neutral statements and appeals, 1 verbal
  cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict),
  since it keeps statements neutral instead of calling them cooperation.
- polarity: cooperation for quads 1-2, conflict for 3-4; in quad 0 (statements and
  appeals) the sign of the Goldstein value when it is clear (|value| >= 1), else
  neutral: an appeal for aid (+3.4) or an empathetic comment (+3.4) is cooperative,
  as the Goldstein scale and the CAMEO manual's verbal-cooperation quad say, while an
  appeal to yield (-0.3) or a bare statement (0) stays neutral.
- PLOVER type and mode: the official CAMEO->PLOVER mapping, walking up to the
  parent code when a code is not listed.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "detente" / "data"
LEXICON_SRC = ROOT / "data-src" / "lexicon"

IRREGULAR = {
    "break": ["broke", "broken"], "fight": ["fought"], "give": ["gave", "given"], "hold": ["held"],
    "lend": ["lent"], "spend": ["spent"], "meet": ["met"], "send": ["sent"], "shoot": ["shot"], "take": ["took", "taken"],
    "withdraw": ["withdrew", "withdrawn"], "overthrow": ["overthrew", "overthrown"], "seize": ["seized"],
    "withhold": ["withheld"], "go": ["went", "gone"], "put": ["put"], "cut": ["cut"], "feed": ["fed"],
    "wage": ["waged"], "drop": ["dropped"], "ship": ["shipped"], "spite": ["spited"], "rebuff": ["rebuffed"],
    "veto": ["vetoed", "vetoes"], "bar": ["barred"], "plan": ["planned"], "ally": ["allied", "allies"],
    "lift": ["lifted"], "mass": ["massed", "masses"], "host": ["hosted"], "land": ["landed"],
    "leave": ["left"], "bring": ["brought"], "buy": ["bought"], "sell": ["sold"], "shake": ["shook", "shaken"],
    "fly": ["flew", "flown"], "drive": ["drove", "driven"], "lead": ["led"], "strike": ["struck"], "set": ["set"],
    "come": ["came"], "win": ["won"], "freeze": ["froze", "frozen"], "begin": ["began", "begun"], "seek": ["sought"],
    "sink": ["sank", "sunk"], "tell": ["told"], "stand": ["stood"], "forbid": ["forbade", "forbidden"],
    "undertake": ["undertook", "undertaken"], "shut": ["shut"], "hit": ["hit"], "lay": ["laid"], "keep": ["kept"],
    "retake": ["retook", "retaken"], "throw": ["threw", "thrown"], "make": ["made"], "run": ["ran"],
    "build": ["built"], "pay": ["paid"], "repay": ["repaid"], "burn": ["burnt"], "fall": ["fell", "fallen"], "overrun": ["overran", "overrun"],
    "wrest": ["wrested"], "beat": ["beaten"], "hurl": ["hurled"], "test-fire": ["test-fired"], "have": ["had", "has"],
    "blow": ["blew", "blown"], "speak": ["spoke", "spoken"], "write": ["wrote", "written"], "become": ["became"],
    "quit": ["quitted", "quitting"],
}
_DOUBLED = re.compile(r"^[^aeiou]*[aeiou][bdglmnprt]$")  # one-syllable verbs that double: ban -> banned
# verbs of two syllables stressed on the last, which double too: expel -> expelled, patrol -> patrolled
FINAL_STRESS = frozenset(
    "expel compel repel dispel propel patrol control commit admit permit omit submit transmit refer confer defer "
    "prefer occur recur regret equip acquit rebel embed readmit transfer".split()
)


def inflect(verb: str) -> list[str]:
    """The forms of a verb lemma: base, -s, -ed, -ing, plus irregular forms."""
    forms = {verb}
    if verb.endswith("ee"):
        forms |= {verb + "s", verb + "d", verb + "ing"}  # free -> freeing, agree -> agreeing
    elif verb.endswith("e"):
        forms |= {verb + "s", verb + "d", verb[:-1] + "ing"}
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    elif verb.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {verb + "es", verb + "ed", verb + "ing"}
    elif (_DOUBLED.match(verb) or verb in FINAL_STRESS) and not verb.endswith(("w", "x", "y")):
        forms |= {verb + "s", verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    else:
        forms |= {verb + "s", verb + "ed", verb + "ing"}
    if re.search(r"[^aeiou][aeiou]l$", verb) and len(verb) > 4:
        forms |= {verb + "led", verb + "ling"}  # British spelling: travelled, cancelled, signalled
    if verb in IRREGULAR:
        forms |= set(IRREGULAR[verb])
    return sorted(forms)


def pluralize(noun: str) -> list[str]:
    if noun.endswith(("s", "sh", "ch", "x")):
        return [noun, noun + "es"] if not noun.endswith("s") else [noun]
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return [noun, noun[:-1] + "ies"]
    return [noun, noun + "s"]


def compile_phrase(form: str, phrase: str) -> list[dict]:
    """Token pattern: a list of {"any": [...], "optional": bool} or {"gap": n}."""
    tokens = phrase.split()
    pattern: list[dict] = []
    for index, token in enumerate(tokens):
        if token in ("*", "**"):
            pattern.append({"gap": 4 if token == "*" else 6})  # "**": a longer object ("viewed the Libyan arms purchases from Moscow with alarm")
            continue
        optional = token.startswith("(") and token.endswith(")")
        words = token.strip("()").lower().split("|")
        if form == "verb" and index == 0:
            words = sorted({inflected for word in words for inflected in inflect(word)})
        elif form == "noun" and ((index == len(tokens) - 1 or tokens[index + 1] in ("between", "of", "to", "on", "against", "with", "in", "toward", "towards", "*")) and not any(t == "*" for t in tokens[:index])
                                 or index == len(tokens) - 1 and index > 0 and tokens[index - 1] == "*"):
            # the head noun: before its preposition or gap, or last after a gap ("joint * operation" matches
            # "joint naval operations")
            words = sorted({plural for word in words for plural in pluralize(word)})
        pattern.append({"any": sorted(set(words)), "optional": optional})
    return pattern


def read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


def build_codes(reference: Path) -> dict:
    goldstein: dict[str, float] = {}
    names: dict[str, str] = {}
    with open(reference / "cameo_goldstein.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            value = row["goldstein_gdelt"] or row["goldstein_fallback"]
            if value:
                goldstein[row["code"]] = float(value)
    with open(reference / "cameo_event_codes.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            names[row["code"]] = row["name"]
    quads: dict[str, int] = {}
    with open(reference / "cameo_quad_class.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            quads[row["root_code"]] = int(row["quad_phoenix"])
    plover: dict[str, tuple[str, str]] = {}
    with open(reference / "cameo_to_plover.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            plover[row["cameo_code"]] = (row["plover_event"], row["plover_mode"] or "")
    codes = {}
    for code in sorted(set(names) | set(goldstein)):
        parent = code
        while parent and parent not in plover:
            parent = parent[:-1]
        kind, mode = plover.get(parent, ("", ""))
        value = goldstein.get(code)
        probe = code
        while value is None and len(probe) > 2:
            probe = probe[:-1]
            value = goldstein.get(probe)
        quad = quads.get(code[:2], 0)
        codes[code] = {
            "name": names.get(code, ""),
            "goldstein": value if value is not None else 0.0,
            "quad": quad,
            "polarity": _polarity(quad, value if value is not None else 0.0),
            "type": kind or _plover_by_root(code[:2]),
            "mode": mode or None,
        }
    for code, name, kind, value, quad, polarity in read_tsv(LEXICON_SRC / "extensions.tsv"):
        codes[code] = {"name": name, "goldstein": float(value), "quad": int(quad), "polarity": polarity, "type": kind, "mode": None}
    return codes


# Goldstein values nearer zero than this leave a quad-0 code neutral
CLEAR_GOLDSTEIN = 1.0


def _polarity(quad: int, goldstein: float) -> str:
    if quad in (1, 2):
        return "cooperation"
    if quad in (3, 4):
        return "conflict"
    if goldstein >= CLEAR_GOLDSTEIN:
        return "cooperation"
    if goldstein <= -CLEAR_GOLDSTEIN:
        return "conflict"
    return "neutral"


def _plover_by_root(root: str) -> str:
    # roots the mapping leaves without a type: statements and appeals are not PLOVER acts of their own
    return {"01": "STATEMENT", "02": "REQUEST", "09": "ACCUSE"}.get(root, "")


def build_lexicon(codes: dict) -> list[dict]:
    entries = []
    for row in read_tsv(LEXICON_SRC / "en.tsv"):
        code, form, phrase = row[0], row[1], row[2]
        flags = sorted(row[3].split(",")) if len(row) > 3 and row[3] else []
        if code not in codes:
            raise SystemExit(f"data-src/lexicon/en.tsv: unknown CAMEO code {code} for {phrase!r}")
        entries.append({"cameo": code, "form": form, "phrase": phrase, "flags": flags, "pattern": compile_phrase(form, phrase)})
    return entries


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", default=str(ROOT.parent / "shared" / "reference" / "events"))
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed files differ from a rebuild")
    args = parser.parse_args(argv)
    codes = build_codes(Path(args.reference))
    outputs = {"cameo.json": codes, "lexicon_en.json": build_lexicon(codes)}
    stale = []
    for name, content in outputs.items():
        text = json.dumps(content, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        path = DATA / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
    if stale:
        print("stale data files (run scripts/build_data.py):", ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
