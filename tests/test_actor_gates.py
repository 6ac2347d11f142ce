"""The set looked up before the patterns that read the words after a mention lets through every place they match.

find_mentions reads the word after a mention once and runs _NAMES_A_THING, _AMERICAN_STATES, _PLACE_WAR, _NAMES_A_FEATURE,
_NAMES_A_DOCUMENT and _NAMES_A_PAPER only when that word (or a dash) is one their phrases open with; their
alternations are built from the same word lists. These tests hold the patterns to the ones written out by hand before
the lists (same matches, same spans) and the look-up to a superset of where they match.
"""

import json
import random
import re
from pathlib import Path

import detente.actors as actors
from detente.actors import find_mentions
from detente.resources import demo_files

ROOT = Path(__file__).resolve().parent.parent

# the patterns as they were written before their words were listed apart (the reference the built ones must equal)
_WRITTEN = {
    "_NAMES_A_DOCUMENT": re.compile(
        r"[ \t]+(?:(?i:declaration|agreements?|accords?|treat(?:y|ies)|conference|summit|pact|communiqu[eé]|protocol|charter"
        r"|convention|olympics|games)|Resolution|Talks|Peace|Process|Consensus|Doctrine|Plan|Statement|Formula|Memorandum"
        r"|peace[ \t]+(?:accords|talks|negotiations))\b"
    ),
    "_NAMES_A_PAPER": re.compile(r"[ \t]+(?:Post|Times|Herald|Daily|Tribune|Gazette|Chronicle|Telegraph)\b"),
    "_NAMES_A_FEATURE": re.compile(
        r"(?:[ \t]*[-–—][ \t]*[A-Z][\w'’]*)*[ \t]+(?:(?:North|South|East|West)[ \t]+)?"
        r"(?:Seas?|Straits?|Gulf|Bay|Channel|Ocean|River|Reefs?|Islands?|Isles|Islets?|Shoals?|Atolls?|Archipelago"
        r"|Peninsula|peninsula|straits?"
        r"|Street|Road|Avenue|Boulevard|Lane)\b"
        r"|(?P<event>[ \t]+(?:(?:(?:Civil|Liberation|Independence|Border)[ \t]+)?Wars?\b(?![ \t]+(?:Office|Cabinet|Ministry"
        r"|Minister|Department|Council|Secretary|Committee|Board|College))|civil[ \t]+wars?\b"
        r"|(?:Crisis|Incident|Affair|Airlift|Blockade)\b))"
    ),
    "_NAMES_A_THING": re.compile(
        r"[ \t]+(?:(?i:cuisine|restaurants?|dish(?:es)?|cooking|cats?|hounds?|dogs?|ponies|flu|influenza|twins|clay"
        r"|checkers|lanterns?|beetles?|sandwich(?:es)?|fries|rupees?|pesos?|yuan|renminbi|roubles?|rubles?|yen|taka|currency"
        r"|francs?|dollars?|pounds|shillings?|dinars?|riyals?|rials?|escudos?|cruzeiros?|lire|lira|kwacha|cedis?"
        r"|courage)\b"
        r"(?![ \t]+(?i:aid|shipments?|supplies|deliveries|assistance|relief|credits?|loans?|grants?|programmes?|programs?))"
        r"|(?i:ink)\b(?!(?:[ \t]+[\w$.,'’-]+){0,3}?[ \t]+(?i:deals?|pacts?|accords?|agreements?|treat(?:y|ies)|memorand))"
        r"|New[ \t]+Year\b|Day\b)"
    ),
    "_PLACE_WAR": re.compile(r"[ \t]+wars?\b"),
    "_AMERICAN_STATES": re.compile(r"[ \t]+(?:republics|states|nations|countries)\b"),
}


def _texts() -> list[str]:
    texts = [entry.read_text(encoding="utf-8", errors="replace") for entry in demo_files() if entry.name.endswith(".txt")]
    for line in (ROOT / "tests" / "data" / "actor_cases.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            texts.append(json.loads(line)["text"])
    words = sorted(actors._OPEN_PHRASES_AFTER)
    # the lists' words in every case, the words the patterns read after them, and letters outside ASCII that a
    # case-blind pattern takes for ASCII ones (the Kelvin sign for "k", the long s for "s", the dotted capital I)
    pieces = [*words, *(w.capitalize() for w in words), *(w.upper() for w in words), "aid", "loans", "Office", "Year",
              "Cabinet", "said", "and", "Moscow", "Anglo", "x", "'s", "\u212a", "\u017f", "\u0130", "é", "É"]
    glue = [" ", " ", "  ", "\t", "-", "–", "—", " - ", ", ", ".", "", "(", "_"]
    rng = random.Random(29)
    texts += ["".join(rng.choice(glue) + rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(20000)]
    # the case-blind words with a lookalike letter in place of their own
    for word in ("taka", "yuan", "pesos", "dishes", "treaties", "summit", "cooking"):
        texts.append("Pakistani " + word.replace("k", "\u212a").replace("s", "\u017f").replace("i", "\u0130"))
    return texts


def test_built_patterns_match_as_the_written_ones_and_the_word_set_lets_every_match_through():
    matched = {name: 0 for name in _WRITTEN}
    for text in _texts():
        # every match of every pattern opens with a blank or a dash: the other positions hold none, old or new
        for end in (at for at, character in enumerate(text) if character in actors._BLANK_OR_DASH):
            opens = actors._phrase_may_follow(text, end)
            for name, written in _WRITTEN.items():
                expected = written.match(text, end)
                found = getattr(actors, name).match(text, end)
                assert (found and (found.span(), found.groupdict())) == (expected and (expected.span(), expected.groupdict())), (name, text)
                if expected is not None:
                    assert opens, (name, text[end : end + 40])
                    matched[name] += 1
    assert min(matched.values()) > 50, matched


def test_a_common_word_after_a_mention_opens_none_of_the_phrases():
    for text in ("Moscow said", "Cairo and Damascus", "Peru, Chile", "Ghana's", "Laos\trefused", "Cuba -"):
        end = text.index(text.split()[0]) + len(text.split()[0].rstrip(","))
        assert actors._phrase_may_follow(text, end) == text.endswith("-"), text


def test_things_places_and_titles_after_a_name_still_take_it_out():
    # a currency, a paper, a strait, a war, a declaration and a holiday named after a state or a city: no actor
    cases = {
        "Kenyan traders sold Indian rupees in 1985.": ["Kenyan traders"],
        "Tanzanian diplomats quoted the Jerusalem Post in 1979.": ["Tanzanian diplomats"],
        "Japanese and Soviet boats crossed the Korea Strait in 1983.": ["Japanese", "Soviet"],
        "Argentina lost the Falklands war to Britain in 1982.": ["Argentina", "Britain"],
        "Ghanaian envoys read the Tashkent Declaration text in 1966.": ["Ghanaian envoys"],
        "Indonesian officials marked Chinese New Year in Jakarta in 2003.": ["Indonesian officials", "Jakarta"],
    }
    for text, expected in cases.items():
        assert [m.text for m in find_mentions(text)] == expected, text
