"""Tokens with offsets, and trigger matching against the compiled lexicon.

The lexicon is indexed by the forms its entries can start with, so each token
is looked up once; an entry's remaining words and gaps are matched from there.
Overlapping matches are resolved longest first.
"""

from __future__ import annotations

import itertools
import operator
import re
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from detente.resources import load_json

# an aircraft's or a missile's model is one word ("U-2", "MiG-21", "F-16s", "SS-20"): its number no date, no count
# ("Mid-70s" is a time, not a model; that test after the capital, so that the split skips every other character at it)
_MODEL = r"[A-Z](?!(?<=M)id-|(?<=P)re-|(?<=P)ost-|(?<=L)ate-|(?<=E)arly-)[A-Za-z]{0,3}-\d{1,3}(?!\d)[A-Za-z]*"
# a word's letters: Latin-1's and Latin Extended-A, -B and Additional ("Erdoğan", "Davutoğlu", "Wałęsa", "Nguyễn"
# are one word each, not "Erdo", "ğ", "an": a name cut there left "an" before the verb, a determiner that made it a noun)
_LETTER = "A-Za-zÀ-ɏḀ-ỿ"
_TOKEN = re.compile(rf"{_MODEL}|[{_LETTER}][{_LETTER}'’\-]*|\d+(?:[.,]\d+)*|[^\s{_LETTER}\d]")
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
_APOSTROPHE = re.compile("['’]").search  # a word with an apostrophe: its low form may change (possessives)


# before these a verb's form is a noun or an adjective ("an end", "the first signs", "a defeated army")
DETERMINERS = frozenset("the a an its their his her our first second final all any some no more most".split())
# numbers too: "two opposing ideologies", "three invading armies" (a verb's -ing form as an adjective); written in
# lower case only: "the Big Three met" is a name and its verb
NUMBERS = frozenset("two three four five six several many".split())
DETERMINERS |= NUMBERS
# "ended all trade with Libya", "cut off all aid": after a verb that ends or cuts, "all" leaves the next word the act
CUTTING = frozenset("end ends ended ending cut cuts cutting stop stops stopped stopping halt halts halted suspend suspends "
                    "suspended ban bans banned off".split())


_CLOSE_TO = frozenset(("close", "closer"))  # before "to", the adjective: "close to a deal", no verb "to close"
QUOTES = frozenset("\"“”'‘’")
# marks a gap may cross: quotation marks, and a currency sign inside a sum ("paid Japan $2 million in compensation")
GAP_MARKS = QUOTES | frozenset("$£€¥")


class Token(NamedTuple):
    """A word or a punctuation mark with its character offsets (a tuple: millions are made per corpus)."""

    text: str
    low: str
    start: int
    end: int


@dataclass(slots=True)
class Trigger:
    entry: dict
    first: int  # token index
    last: int  # token index, inclusive
    start: int  # character offsets
    end: int
    # the entry's flags, read once here: the coder's rules test them tens of times per trigger
    flags: list[str] = field(init=False, repr=False, compare=False)

    def __init__(self, entry: dict, first: int, last: int, start: int, end: int) -> None:
        self.entry = entry
        self.first = first
        self.last = last
        self.start = start
        self.end = end
        self.flags = entry["flags"]


def tokenize(text: str, offset: int = 0) -> list[Token]:
    # One regex split gives gap, token, gap, token, ..., gap: a token starts where the lengths before it add up
    # to. The text is lowered once and each token's lower case sliced from it: the same as lowering each token,
    # unless lowering changes a length ("İ") or depends on context (Greek final sigma); then token by token.
    lowered = text.lower()
    if len(lowered) != len(text) or "Σ" in text:
        return _tokenize_each(text, offset)
    parts = _TOKEN_SPLIT.split(text)
    bounds = list(itertools.accumulate(map(len, parts), initial=offset))
    starts, ends = bounds[1::2], bounds[2::2]
    # with no length change and no sigma, lowering is one character for one: each word lowered alone (in C, by
    # map) is its slice of the lowered text
    lows = list(map(str.lower, parts[1::2]))
    if "-" in text:
        _plural_models(lows)
    if "'" in text or "’" in text:
        # only the words with an apostrophe (picked in C)
        for number in itertools.compress(itertools.count(), list(map(_APOSTROPHE, lows))):
            low = lows[number].replace("’", "'")
            if low.endswith("'s") and len(low) > 2:
                low = low[:-2]  # possessives match their noun: "Hitler's" -> "hitler"
            lows[number] = low
    if "co-op" in lowered:
        _co_operation(lows)
    # Token(...) through its generated __new__ costs a Python call per token; tuple.__new__ makes the same
    return list(map(tuple.__new__, itertools.repeat(Token), zip(parts[1::2], lows, starts, ends, strict=False)))


def _co_operation(lows: list[str]) -> None:
    """British spelling matches the lexicon's: "co-operation", "co-operated" are lowered as "cooperation", "cooperated"."""
    for number, low in enumerate(lows):
        if low.startswith("co-oper"):
            lows[number] = "cooper" + low[7:]


# an aircraft's model in the plural ("MiG-21s", "F-16s", "Su-30s"; not "SS-20s", a missile): matched as "jets", so
# that "sent the first MiG-19s" or "sold F-16s" is arms sent or sold as "sent jets" is (its text is kept)
_PLURAL_AIRCRAFT = re.compile(r"(?:mig|su|f|il|jf|a|j|tu|b|c)-\d{1,3}[a-z]?s$")


def _plural_models(lows: list[str]) -> None:
    # only the words with a hyphen, picked in C (a page with a hyphen has it in few of its words: no Python step for
    # each of its thousands of words)
    for number in itertools.compress(itertools.count(), map(operator.contains, lows, itertools.repeat("-"))):
        low = lows[number]
        if low[-1] == "s" and _PLURAL_AIRCRAFT.match(low):
            lows[number] = "jets"


def _tokenize_each(text: str, offset: int = 0) -> list[Token]:
    tokens = []
    append = tokens.append
    for match in _TOKEN.finditer(text):
        word = match.group(0)
        low = word.lower()
        if "-" in low and low[-1] == "s" and _PLURAL_AIRCRAFT.match(low):
            low = "jets"
        if "'" in low or "’" in low:
            low = low.replace("’", "'")
            if low.endswith("'s") and len(low) > 2:
                low = low[:-2]
        if low.startswith("co-oper"):
            low = "cooper" + low[7:]
        start = match.start() + offset
        append(Token(word, low, start, start + len(word)))
    return tokens


def starts_trigger(token: Token) -> bool:
    """Whether some trigger can start with this token: a sentence with none needs no closer look."""
    return token.low in _index()


def any_trigger(tokens: list[Token]) -> bool:
    """Whether some trigger can start with one of these tokens (one set operation for a whole sentence)."""
    return not _index().keys().isdisjoint(map(_LOW, tokens))  # stops at the first token that starts one


_LOW = operator.itemgetter(1)  # Token.low, read in C
_RANK = operator.itemgetter(0, 1, 2)  # a found match's length and specificity, position, words named: read in C


@cache
def _index() -> dict[str, list[dict]]:
    index: dict[str, list[dict]] = {}
    for entry in load_json("lexicon_en.json"):
        first = entry["pattern"][0]
        for form in first.get("any", []):
            index.setdefault(form, []).append(entry)
    return index


# A compiled part of a pattern: (forms, optional) for a word, (None, size) for a gap.
_Part = tuple[frozenset[str] | None, int | bool]


# nouns that open a phrase entry ("embassy in * was closed"): after "the" the phrase still stands, no verb used as a noun
_NOUN_OPENERS = frozenset("embassy embassies consulate consulates legation legations seat seats".split())  # ("the seat ... went to")


def _verbal(entry: dict) -> bool:
    """Whether an entry opens with a verb, so that after a determiner it is a noun's use, no act ("an end to")."""
    return entry["form"] == "verb" or entry["form"] == "phrase" and not _NOUN_OPENERS.issuperset(entry["pattern"][0].get("any", ("",)))


@cache
def _compiled_index() -> dict[str, tuple[tuple[dict, tuple[_Part, ...], bool, float, int, tuple[frozenset[str], ...], bool],
                                          ...]]:
    """``_index`` with each entry's pattern compiled once: word sets for the lists, the verb test, the specificity,
    the words it names,
    and the word sets of its later words that are not optional (a sentence with no word of one of them cannot
    match the entry anywhere: tested with one set operation each, before any matching), and whether it is a "call X
    a Y" entry (:func:`_call_not_naming`)."""
    compiled = {}
    for form, entries in _index().items():
        compiled[form] = tuple(
            (entry, tuple((None, part["gap"]) if "gap" in part else (frozenset(part["any"]), bool(part.get("optional")))
                          for part in entry["pattern"]),
             _verbal(entry), _specificity(entry), _named(entry),
             tuple(frozenset(part["any"]) for part in entry["pattern"][1:] if "gap" not in part and not part.get("optional")),
             _calls_a_thing(entry))
            for entry in entries
        )
    return compiled


def _entry_gates(index: dict) -> dict[str, tuple[frozenset[str], ...]]:
    """For each opening word, one word set per entry of ``index`` (``_compiled_index``, in its order) that a sentence
    must share for the entry to match: the entry's first later word that is not optional, or, for an entry with none,
    the opening word itself (always in a sentence where it opens an entry). Most entries of the commonest words
    ("sent", "gave") need a later word the sentence lacks: they are passed over in C, before the loop reads them.
    Made once per compiled index (held with it: a lexicon reloaded gets its own gates)."""
    global _GATES
    if _GATES is None or _GATES[0] is not index:
        _GATES = (index, {form: tuple(required[0] if required else frozenset((form,)) for *_, required, _ in entries)
                          for form, entries in index.items()})
    return _GATES[1]


_GATES: tuple | None = None  # (the compiled index, its gates)


_SHARES = operator.not_  # over lows.isdisjoint(gate): the sentence has some word of the gate


def find_triggers(tokens: list[Token]) -> list[Trigger]:
    """Non-overlapping trigger matches in token order, the longest winning each overlap."""
    if len(tokens) > 1 and tokens[1].text == ":" and tokens[0].low in _TITLE_LABELS:
        return []  # "Title: Visit file: President X", "Subject: Trade agreement": a record's title names it, tells no act
    if tokens[0].text == ":" and _one_word_reply(tokens):
        return []  # a reply of one word (":Thanks.", "::Agree. --Editor (talk)"): a reader's word, no act of anyone named
    index = _compiled_index()
    gates = _entry_gates(index)
    found: list[tuple[float, int, int, Trigger]] = []
    lows = frozenset(map(_LOW, tokens))  # the sentence's words: an entry needing a word not among them is passed over
    if not lows.isdisjoint(TRANSFERS) and (armed := _models_as_weapons(tokens)) is not None:
        tokens = armed  # "sold F-16s to Jordan", "supplied Mirages": a weapon named by its model is weapons to the lexicon
        lows = frozenset(map(_LOW, tokens))
    # only the positions whose word opens some entry (picked in C: most words open none)
    for position in itertools.compress(itertools.count(), map(index.__contains__, map(_LOW, tokens))):
        token = tokens[position]
        entries = index[token.low]
        if token.low in _PHONE_WORDS and position + 1 < len(tokens) and tokens[position + 1].text[0].isdigit():
            continue  # "Telephone 0212-806-1,974": a contact line's number, no call made
        if token.text[0].isupper() and _field_label(tokens, position):
            continue  # "Signed: 12.05.1983 | Place: Lagos", "Visit file: ...": a record's field label, not its act
        if token.low == "back" and position > 0 and tokens[position - 1].low[0].isalpha():
            continue  # "drove them back", "pulled back": a particle, not the verb "to back" (support)
        if token.low == "march" and _month_march(tokens, position):
            continue  # "In March 1994 Cameroon instituted proceedings against": the month, not the verb "to march"
        if token.low == "side" and _side_noun(tokens, position):
            continue  # "the Egyptian side signed an agreement with Israel": a party named, not the verb "to side with"
        if token.low in _CLOSE_TO and position + 1 < len(tokens) and tokens[position + 1].low == "to":
            continue  # "are close to a border pact": the adjective, nothing closed
        if token.low == "charge" and position > 0 and tokens[position - 1].low in ("of", "in"):
            continue  # "trained them free of charge", "the general in charge of the army": the noun, no accusation
        if token.low in _SUFFERED and _suffered_noun(tokens, position):
            continue  # "after Japan's defeat in 1945", "the French defeat at Dien Bien Phu": the one named lost
        after_determiner = position > 0 and tokens[position - 1].low in DETERMINERS and not (
            tokens[position - 1].low in NUMBERS and tokens[position - 1].text[0].isupper()) and not (
            tokens[position - 1].low == "all" and position > 1 and tokens[position - 2].low in CUTTING) \
            and not _adverb_first(tokens, position) and not _after_bare_two(tokens, position)
        hop = -1  # the end of a dated phrase after the word: looked for only when an entry needs it
        for entry, parts, verbal, specificity, named, required, calls in itertools.compress(
                entries, map(_SHARES, map(lows.isdisjoint, gates[token.low]))):
            if after_determiner and verbal:
                continue  # "an end to", "the first signs of": a verb's form used as a noun
            if calls and _call_not_naming(entry, tokens, position):
                continue
            if verbal and len(parts) == 1 and _modifies_a_noun(tokens, position):
                continue
            if len(parts) == 1 and entry["phrase"] in NAMED_OBJECT_ONLY and not _name_follows(tokens, position + 1):
                continue  # "suspended Nigeria" (a member suspended), not "suspended their campaign", "the aid it had suspended"
            if required:
                if any(map(lows.isdisjoint, required)):
                    continue  # a word the entry cannot do without is nowhere in the sentence
            last = _match_compiled(parts, 1, tokens, position + 1)
            if last is None and len(parts) > 1 and parts[1][0] is not None:
                if hop == -1:
                    hop = _time_hop(tokens, position + 1)
                if hop and (verbal or tokens[position + 1].low == "of"):
                    last = _match_compiled(parts, 1, tokens, hop)  # "agreed in December 1985 to": the date set in
            if last is None and verbal and token.low in GIVING and len(parts) > 1 and parts[1][0] is None:
                if (after := _indirect_object_end(tokens, position + 1)) is not None:
                    last = _match_compiled(parts, 1, tokens, after)  # "sold Pakistan its first Mirage III fighters"
            if last is not None:
                last -= 1
                if _date_for_place(tokens, position, last):
                    continue
                if entry["phrase"] in ONWARD and not _name_follows(tokens, last + 1):
                    continue  # "the five went on to call a conference": a verb after "on to", no place gone on to
                found.append((-(last - position + specificity), position, -named, Trigger(entry, position, last, token.start, tokens[last].end)))
    found.sort(key=_RANK)  # stable: equal keys keep the order they were found in
    chosen: list[Trigger] = []
    taken: set[int] = set()
    for _, _, _, trigger in found:
        span = range(trigger.first, trigger.last + 1)
        if not taken.isdisjoint(span):
            continue
        if trigger.entry["cameo"] == "190" and _fights_no_state(tokens, trigger.last + 1):
            continue  # "sent doctors to fight the cholera epidemic", "a war on drugs": no attack on a state
        if trigger.entry["cameo"] == "190" and _relief_landing(tokens, trigger.first):
            continue  # "a Canadian military relief team landed in Dhaka": help flown in, no landing in force
        taken.update(span)
        chosen.append(trigger)
        if trigger.last - trigger.first > 4:  # (only a long match can cross an aside)
            chosen.extend(_aside_acts(tokens, trigger, find_triggers))
    return with_fronted_objects(tokens, chosen, lows)


# the labels of a record's title field
_TITLE_LABELS = frozenset(("title", "subject", "headline"))
_PHONE_WORDS = frozenset(("telephone", "phone", "tel", "fax"))


def _one_word_reply(tokens: list[Token]) -> bool:
    """Whether a talk page's reply, opened by the colons of its indent, says one word before its full stop and then
    nothing but its signature ("::Agree. --Editor (talk) 10:00, 4 May 2009 (UTC)")."""
    at = 0
    while at < len(tokens) and tokens[at].text == ":":
        at += 1
    if at + 1 >= len(tokens) or not tokens[at].text.isalpha() or tokens[at + 1].text not in (".", "!"):
        return False
    return at + 2 == len(tokens) or tokens[at + 2].text == "-"


# what a team or a flight that lands somewhere brings when it brings no force
_RELIEF_WORDS = frozenset("relief rescue medical humanitarian aid disaster evacuation".split())


def _relief_landing(tokens: list[Token], first: int) -> bool:
    """Whether the one that "landed in" (or "came ashore at") a place is a relief, rescue or medical team named in
    the few words before the verb."""
    if tokens[first].low not in ("land", "landed", "lands", "landing", "come", "came"):
        return False
    for token in tokens[max(0, first - 6) : first]:
        if token.low in _RELIEF_WORDS:
            return True
    return False


def _field_label(tokens: list[Token], position: int) -> bool:
    """Whether the capitalized word at ``position`` opens a field label of a record: it opens the sentence or follows
    another label's colon, and a colon follows it or the one lower-case word after it ("Signed:", "Visit file:")."""
    if position and tokens[position - 1].text != ":":
        return False
    after = position + 1
    if after < len(tokens) and tokens[after].text != ":" and tokens[after].text.islower():
        after += 1
    return after < len(tokens) and tokens[after].text == ":"


# verbs that hand weapons over ("sold", "supplied", "delivered", "shipped", "sent", "gave", "received", "bought"): only
# a sentence with one of them looks for weapons named by their model
TRANSFERS = frozenset(
    f"{stem}{ending}" for stem, endings in (
        ("sell", ("", "s", "ing")), ("sold", ("",)), ("suppl", ("y", "ies", "ied", "ying")),
        ("deliver", ("", "s", "ed", "ing")), ("ship", ("", "s", "ped", "ping")), ("send", ("", "s", "ing")), ("sent", ("",)),
        ("give", ("", "s", "n")), ("gave", ("",)), ("giving", ("",)), ("receive", ("", "s", "d")), ("receiving", ("",)),
        ("buy", ("", "s", "ing")), ("bought", ("",)), ("airlift", ("", "s", "ed", "ing")), ("rush", ("", "es", "ed", "ing")),
        ("channel", ("", "s", "ed", "led", "ing", "ling")), ("fly", ("", "ing")), ("flew", ("",)), ("flies", ("",)),
        ("flown", ("",))) for ending in endings)
_MODEL_WORD = re.compile(_MODEL).fullmatch
# weapons known by a name, not a number: aircraft, tanks and missiles (capitalized; "the Mirage jets" keeps its noun)
WEAPON_NAMES = frozenset(
    f"{name}{plural}" for name in """mig sukhoi mirage mystere mystère vautour ouragan phantom sabre saber skyhawk
    starfighter freedom-fighter tiger harrier jaguar hunter vampire meteor spitfire kfir tornado patton centurion
    chieftain leopard sherman scud exocet stinger sidewinder tomahawk hawk awacs""".split() for plural in ("", "s"))


def _models_as_weapons(tokens: list[Token]) -> list[Token] | None:
    """The tokens with each weapon named by its model alone ("MiG-21s", "F-16s", "SS-20s", "Mirages", "Pattons")
    read as "weapons", or None when there is none. A model followed by its own noun ("T-54 tanks", "U-2 flights")
    is left: the noun tells what it is. A model's number is never a date or a count here: the tokenizer keeps it whole."""
    armed = None
    for position, token in enumerate(tokens):
        text = token.text
        if not text[:1].isupper() or not (token.low in WEAPON_NAMES or "-" in text and _MODEL_WORD(text)):
            continue
        following = tokens[position + 1].text if position + 1 < len(tokens) else ""
        if following[:1].islower() and following not in _AFTER_A_WEAPON:
            continue  # "T-54 tanks", "Mirage jets", "U-2 flights": the noun after it is the thing
        if armed is None:
            armed = list(tokens)
        armed[position] = token._replace(low="weapons")
    return armed


# words that may follow a weapon named alone: a list, a preposition or a verb's particle ("F-16s and tanks to")
_AFTER_A_WEAPON = frozenset("and or to from for in into on with worth valued at".split())


# a verb's base form that, as a noun after a possessive or a demonym, names what the state before it suffered ("Japan's
# defeat", "the French defeat"): who beat it is not told there; "Germany's defeat of France" still tells the act
_SUFFERED = frozenset(("defeat", "rout"))


def _suffered_noun(tokens: list[Token], position: int) -> bool:
    """Whether "defeat" at ``position`` is a noun whose possessor or adjective is the loser, with no "of" after it."""
    if position == 0 or position + 1 < len(tokens) and tokens[position + 1].low in ("of", "by"):
        return False
    before = tokens[position - 1]
    if before.low.endswith(("'s", "’s", "s'", "s’")):
        return True
    return before.text[:1].isupper() and position > 1 and tokens[position - 2].low in ("the", "a", "an")
def _fights_no_state(tokens: list[Token], after: int) -> bool:
    """Whether a fight's object is a disease, a pest, a disaster or a crime ("fought the cholera epidemic", "to combat
    locusts", "a war on drugs", "fought against drug trafficking"): the words right after it, before any name."""
    if after < len(tokens) and tokens[after].low in ("against", "on"):
        after += 1
    for token in tokens[after : after + 4]:
        if token.low in NO_STATE_FOES:
            return True
        if not token.text.islower():
            return False  # a name, a number or a comma: the object, if any, is told no further
    return False


# what a state may fight that is no state: diseases, pests, disasters and crimes
NO_STATE_FOES = frozenset((
    "disease diseases epidemic epidemics pandemic plague plagues outbreak outbreaks cholera malaria ebola smallpox polio "
    "tuberculosis typhus aids hiv foot-and-mouth influenza flu virus locust locusts pest pests screwworm famine drought "
    "fire fires wildfires floods flooding drug drugs narcotics trafficking smuggling crime crimes piracy poaching poverty "
    "hunger illiteracy corruption").split())


# a journey continued ("went on to Sofia"): "on to" is then followed by the place, not by a verb ("went on to win")
ONWARD = frozenset(("fly|travel|go|continue|proceed on to",))


# bare verbs that are an act only on a state named as their object: "The Commonwealth suspended Nigeria"
NAMED_OBJECT_ONLY = frozenset(("suspend",))


def _name_follows(tokens: list[Token], at: int) -> bool:
    """Whether a capitalized name (after "the" at most) is the next word, or no word follows to judge by; in the passive
    the doer's name after "by" ("Egypt was suspended by the African Union")."""
    if at + 1 < len(tokens) and tokens[at].low == "by":
        at += 1
    if at < len(tokens) and tokens[at].low == "the":
        at += 1
    return at >= len(tokens) or tokens[at].text[:1].isupper()


# verbs that take the receiver as a first object ("sold Pakistan fighters", "gave Greece and Turkey $400 million"): the
# receiver's name does not count against the gap before the thing given
GIVING = frozenset("""give gives gave given giving sell sells sold selling hand hands handed handing lease leases leased
leasing lend lends lent lending grant grants granted granting ship ships shipped shipping send sends sent sending offer
offers offered offering promise promises promised promising pay pays paid paying supply supplies supplied supplying loan
loans loaned loaning deliver delivers delivered delivering gift gifts gifted gifting""".split())
_NAME_JOINERS = frozenset(("and", "of"))


def _indirect_object_end(tokens: list[Token], start: int) -> int | None:
    """Index after a receiver named right after a giving verb (one to four capitalized words, "and" or "of" between
    them: "Pakistan", "South Vietnam", "Greece and Turkey"), when a further object follows it; else None."""
    stop = start
    while stop < len(tokens) and stop - start < 5 and (tokens[stop].text[:1].isupper() or (
            tokens[stop].low in _NAME_JOINERS and stop > start and stop + 1 < len(tokens) and tokens[stop + 1].text[:1].isupper())):
        if tokens[stop].low in _MONTH_NAMES:
            return None  # "granted in March ...": a date, not a receiver
        stop += 1
    if stop == start or stop >= len(tokens) or not tokens[stop].low[:1].isalnum() or tokens[stop].low in ("to", "in", "on"):
        return None
    return stop


# the participles of an act on relations told in an aside: "Relations between A and B, broken in 1961, were restored"
_ASIDE_PARTICIPLES = frozenset("broken severed cut suspended".split())


def _aside_acts(tokens: list[Token], trigger: Trigger, finder) -> list[Trigger]:
    """The act an aside of the trigger's own words tells with its participle: in "Relations between Chile and Cuba,
    broken in 1964, were restored in 1970" the trigger spans the aside, whose "broken" tells the break (dated by the
    aside's year) beside the restoration; none when the trigger crosses no such aside."""
    for comma in range(trigger.first + 1, trigger.last):
        if tokens[comma].low == "," and tokens[comma + 1].low in _ASIDE_PARTICIPLES:
            end = _aside_end(tokens, comma)
            if end is None or not any(len(t.low) == 4 and t.low.isdigit() for t in tokens[comma + 2 : end]):
                return []  # an aside with no year of its own ("broken during the war") is told, not dated: no act of its own
            joined = tokens[trigger.first : comma] + tokens[comma + 1 : end - 1]  # the words with the aside's comma left out
            inner = next((t for t in finder(joined) if t.first == 0 and t.last >= comma - trigger.first), None)
            if inner is None:
                return []
            last = trigger.first + inner.last + 1
            return [Trigger(inner.entry, trigger.first, last, trigger.start, tokens[last].end)]
    return []


def find_triggers_reference(tokens: list[Token]) -> list[Trigger]:
    """The plain form of :func:`find_triggers` (patterns read from the lexicon's lists): kept to test it against."""
    if len(tokens) > 1 and tokens[1].text == ":" and tokens[0].low in _TITLE_LABELS:
        return []  # a record's title names it, tells no act (as find_triggers)
    if tokens and tokens[0].text == ":" and _one_word_reply(tokens):
        return []  # a talk page's one-word reply (as find_triggers)
    index = _index()
    found: list[Trigger] = []
    if any(token.low in TRANSFERS for token in tokens):
        tokens = _models_as_weapons(tokens) or tokens
    for position, token in enumerate(tokens):
        if token.low in _PHONE_WORDS and position + 1 < len(tokens) and tokens[position + 1].text[0].isdigit():
            continue  # "Telephone 0212-806-1,974": a contact line's number, no call made
        if token.text[0].isupper() and _field_label(tokens, position):
            continue  # "Signed: 12.05.1983 | Place: Lagos", "Visit file: ...": a record's field label, not its act
        if token.low == "back" and position > 0 and tokens[position - 1].low[0].isalpha():
            continue  # "drove them back", "pulled back": a particle, not the verb "to back" (support)
        if token.low == "march" and _month_march(tokens, position):
            continue  # "In March 1994 Cameroon instituted proceedings against": the month, not the verb "to march"
        if token.low == "side" and _side_noun(tokens, position):
            continue  # "the Egyptian side signed an agreement with Israel": a party named, not the verb "to side with"
        if token.low in _CLOSE_TO and position + 1 < len(tokens) and tokens[position + 1].low == "to":
            continue  # "are close to a border pact": the adjective, nothing closed
        if token.low == "charge" and position > 0 and tokens[position - 1].low in ("of", "in"):
            continue  # "trained them free of charge", "the general in charge of the army": the noun, no accusation
        if token.low in _SUFFERED and _suffered_noun(tokens, position):
            continue  # "after Japan's defeat in 1945", "the French defeat at Dien Bien Phu": the one named lost
        after_determiner = position > 0 and tokens[position - 1].low in DETERMINERS and not (
            tokens[position - 1].low in NUMBERS and tokens[position - 1].text[0].isupper()) and not (
            tokens[position - 1].low == "all" and position > 1 and tokens[position - 2].low in CUTTING) \
            and not _adverb_first(tokens, position) and not _after_bare_two(tokens, position)
        hop = _time_hop(tokens, position + 1)
        for entry in index.get(token.low, ()):
            if after_determiner and _verbal(entry):
                continue
            if _call_not_naming(entry, tokens, position):
                continue
            if entry["form"] in ("verb", "phrase") and len(entry["pattern"]) == 1 and _modifies_a_noun(tokens, position):
                continue
            if len(entry["pattern"]) == 1 and entry["phrase"] in NAMED_OBJECT_ONLY and not _name_follows(tokens, position + 1):
                continue
            last = _match(entry["pattern"], 1, tokens, position + 1)
            if last is None and hop and (entry["form"] in ("verb", "phrase") or tokens[position + 1].low == "of") \
                    and len(entry["pattern"]) > 1 and "gap" not in entry["pattern"][1]:
                last = _match(entry["pattern"], 1, tokens, hop)
            if last is None and _verbal(entry) and token.low in GIVING and len(entry["pattern"]) > 1 and "gap" in entry["pattern"][1]:
                if (after := _indirect_object_end(tokens, position + 1)) is not None:
                    last = _match(entry["pattern"], 1, tokens, after)
            if last is not None:
                last -= 1
                if _date_for_place(tokens, position, last):
                    continue
                if entry["phrase"] in ONWARD and not _name_follows(tokens, last + 1):
                    continue  # "the five went on to call a conference": a verb after "on to", no place gone on to
                found.append(Trigger(entry, position, last, token.start, tokens[last].end))
    found.sort(key=lambda t: (-(t.last - t.first + _specificity(t.entry)), t.first, -_named(t.entry)))
    chosen: list[Trigger] = []
    taken: set[int] = set()
    for trigger in found:
        span = set(range(trigger.first, trigger.last + 1))
        if span & taken:
            continue
        if trigger.entry["cameo"] == "190" and _fights_no_state(tokens, trigger.last + 1):
            continue
        taken |= span
        chosen.append(trigger)
        if trigger.last - trigger.first > 4:
            chosen.extend(_aside_acts(tokens, trigger, find_triggers_reference))
    return with_fronted_objects(tokens, chosen)


# words that open a relative clause whose object is the noun before it ("the sanctions that the OAS imposed")
_RELATIVE_WORDS = frozenset(("that", "which", "whom"))
# auxiliaries of a passive: "the sanctions that were lifted", "relations that had been restored"
_PASSIVE_AUX = frozenset(("was", "were", "been", "be"))
_FRONTED_REACH = 6  # words between the fronted object and its verb


@cache
def _object_index() -> dict[str, tuple[frozenset[str], tuple[tuple[dict, int, int, frozenset[str]], ...]]]:
    """Verb entries "VERB [particles] * OBJECT..." by the last word of their object: the forms any of their verbs
    opens with, and each (entry, number of the verb's own words, number of the object's words, its verb's forms).
    The forms let a sentence skip every entry whose verb is nowhere in reach of the object (most of them)."""
    index: dict[str, list[tuple[dict, int, int, frozenset[str]]]] = {}
    for entry in load_json("lexicon_en.json"):
        pattern = entry["pattern"]
        gaps = [number for number, part in enumerate(pattern) if "gap" in part]
        if entry["form"] != "verb" or len(gaps) != 1 or gaps[0] == len(pattern) - 1:
            continue
        if any(part.get("optional") for part in pattern):
            continue
        for form in pattern[-1]["any"]:
            index.setdefault(form, []).append((entry, gaps[0], len(pattern) - gaps[0] - 1, frozenset(pattern[0]["any"])))
    return {form: (frozenset().union(*(verbs for *_, verbs in entries)), tuple(entries)) for form, entries in index.items()}


@cache
def _object_words() -> frozenset[str]:
    """The words ``_object_index`` holds, as a set: a sentence's words are intersected with it in one operation."""
    return frozenset(_object_index())


def _words_in_reach(tokens: list[Token], obj: int) -> set[str]:
    """The words a fronted object's verb may be (those :func:`_verb_after_object` tries): up to the reach, never past
    punctuation."""
    words = set()
    for verb in range(obj + 1, (len(tokens) if len(tokens) < obj + 2 + _FRONTED_REACH else obj + 2 + _FRONTED_REACH)):
        if not tokens[verb - 1].low[0].isalnum():
            break
        words.add(tokens[verb].low)
    return words


def _verb_after_object(tokens: list[Token], entry: dict, verb_words: int, obj: int) -> int | None:
    """The first token of the entry's verb told after its fronted object at ``obj``, or None: a relative clause
    ("the sanctions (that) the OAS imposed on") or a reduced relative ("the sanctions imposed on Cuba"). A passive
    main clause ("the agreement was renewed") is left to the noun entries: with no agent it names no party; one that
    names its doer after "by" ("arms were flown to India by the Americans") is the verb's."""
    pattern = entry["pattern"]
    for verb in range(obj + 1, min(obj + 2 + _FRONTED_REACH, len(tokens) - verb_words + 1)):
        if not tokens[verb - 1].low[0].isalnum():
            return None  # the clause never crosses punctuation
        low = tokens[verb].low
        if low not in pattern[0]["any"] or low.endswith("ing"):
            continue
        if any(tokens[verb + k].low not in pattern[k]["any"] for k in range(1, verb_words)):
            continue
        between = tokens[obj + 1:verb]
        if not between:  # "sanctions imposed on", not "kept its embassy open"
            after = verb + verb_words
            preposition = after < len(tokens) and tokens[after].low in ("on", "against", "by", "to", "with", "in", "from", "into")
            if low in _GO_BETWEEN_PARTICIPLES and preposition and tokens[after].low == "by" \
                    and any(t.low == "between" for t in tokens[after + 2 : after + 7]):
                return None  # "a truce brokered by France between ...": the truce is the act, France its go-between
            return verb if (low.endswith("ed") or low in _PARTICIPLES) and preposition else None  # not "forces cut the"
        if all(t.low in _PASSIVE_AUX for t in between) and (low.endswith("ed") or low in _PARTICIPLES) \
                and (_agent_follows(tokens, verb + verb_words)
                     or entry["cameo"][:2] == "07" and _giver_named_before(tokens, obj - (len(pattern) - verb_words - 1) + 1)
                     and _receiver_follows(tokens, verb + verb_words)):
            # "light arms were flown to India by American planes": a passive whose doer is told after "by"; "Soviet
            # tanks were delivered to Egypt": a thing given, its giver's name on it, its receiver after "to"
            return verb
        subject = between[1:] if between[0].low in _RELATIVE_WORDS else between
        if subject and (subject[0].text[0].isupper() or subject[0].low == "the") and not any(
                t.low in _NOT_DONE or t.low in _RELATIVE_WORDS for t in subject):
            return verb
        return None
    return None


def _giver_named_before(tokens: list[Token], first: int) -> bool:
    """Whether a capitalized word (a demonym or a name: "Soviet tanks", "Czech arms") comes right before the object's
    first word at ``first``, itself no sentence opener alone."""
    return first >= 1 and tokens[first - 1].text[:1].isupper() and tokens[first - 1].text.isalpha()


def _receiver_follows(tokens: list[Token], after: int) -> bool:
    """Whether "to" or "into" and a name (or "the" and one) come right after a passive verb: "were delivered to Egypt"."""
    if after + 1 >= len(tokens) or tokens[after].low not in ("to", "into"):
        return False
    following = tokens[after + 1]
    return following.text[:1].isupper() or following.low == "the" and after + 2 < len(tokens) and tokens[after + 2].text[:1].isupper()


def _agent_follows(tokens: list[Token], after: int) -> bool:
    """Whether "by" and a name (a capital, or "the" and one) follow a passive verb within a few words, before any
    punctuation: the doer the passive names ("were flown to India by American transport planes")."""
    for position in range(after, min(after + _FRONTED_REACH, len(tokens) - 1)):
        if not tokens[position].low[0].isalnum():
            return False
        if tokens[position].low == "by":
            following = tokens[position + 1]
            return following.text[0].isupper() or following.low == "the" and position + 2 < len(tokens) \
                and tokens[position + 2].text[0].isupper()
    return False


# participles whose fronted object is an act brought about by the go-between after "by" (see events/brokers.py)
_GO_BETWEEN_PARTICIPLES = frozenset(("brokered", "mediated"))
# past participles that do not end in -ed
_PARTICIPLES = frozenset("cut sent held made left lost won paid sold struck brought built put set shut kept met led "
                         "bought fought begun broken taken given driven frozen beaten thrown shown drawn withdrawn "
                         "forbidden sworn flown".split())
# words in a relative clause's subject that leave its act undone or not the subject's: a passive ("the relations
# that were restored"), a modal or a negation ("the terms Ankara would not accept", "the treaty Moscow never signed"),
# a place ("President Park in Seoul and killed": no subject of a relative clause)
_NOT_DONE = _PASSIVE_AUX | frozenset("would could might may should must can will not never to in at on".split())


def _fronted_candidates(tokens: list[Token], lows: frozenset[str] | None = None) -> set[str]:
    """The sentence's object words whose entries have a verb somewhere in the sentence: the only ones whose verb can
    be in reach of them (tested with set operations, before any walk over the words). ``lows``: the words of
    ``tokens``, when the caller has them already (find_triggers)."""
    if lows is None:
        lows = frozenset(map(_LOW, tokens))
    found = list(lows & _object_words())
    # (in C: each found word kept when some verb of its entries is among the sentence's words)
    return set(itertools.compress(found, map(_SHARES, map(lows.isdisjoint, map(_object_verbs().__getitem__, found)))))


@cache
def _object_verbs() -> dict[str, frozenset[str]]:
    """Each word of ``_object_index`` -> the forms any of its entries' verbs opens with."""
    return {form: verbs for form, (verbs, _) in _object_index().items()}


def with_fronted_objects(tokens: list[Token], chosen: list[Trigger], lows: frozenset[str] | None = None) -> list[Trigger]:
    """``chosen`` with the acts whose object comes before the verb: a verb entry matches its object, then its verb
    within a few words ("the relations that Cuba broke off", "the sanctions imposed on Haiti", "the embargo was
    lifted"). A noun entry on the object gives way to the verb ("sanctions on Cuba were lifted" lifts them)."""
    candidates = _fronted_candidates(tokens, lows)
    if not candidates:  # most sentences: no walk over their words
        return sorted(chosen, key=_BY_FIRST)
    return _with_fronted(tokens, chosen, candidates)


_BY_FIRST = operator.attrgetter("first")  # Trigger.first, read in C


def _words_match(tokens: list[Token], first: int, words: list[dict], size: int) -> bool:
    """Whether the ``size`` tokens from ``first`` are, one by one, among the forms of the pattern elements ``words``."""
    for k in range(size):
        if tokens[first + k].low not in words[k]["any"]:
            return False
    return True


def _taken_by_another(taken: dict[int, Trigger], holder: Trigger | None, first: int, last: int) -> bool:
    """Whether a token in [first, last] belongs to a trigger already chosen other than ``holder``."""
    for i in range(first, last + 1):
        if i in taken and taken[i] is not holder:
            return True
    return False


def _with_fronted(tokens: list[Token], chosen: list[Trigger], candidates: set[str]) -> list[Trigger]:
    """The walk of :func:`with_fronted_objects` over the candidate words (a function of its own: the cells its
    comprehensions need are made only for a sentence that has one)."""
    objects = _object_index()
    taken = {i: t for t in chosen for i in range(t.first, t.last + 1)}
    added: list[Trigger] = []
    # only the positions of the candidate words (picked in C)
    for obj in itertools.compress(itertools.count(), map(candidates.__contains__, map(_LOW, tokens))):
        token = tokens[obj]
        if obj and token.text[0].isupper() and not ("-" in token.text and any(ch.isdigit() for ch in token.text)):
            continue  # "fired at President Park in Seoul and killed": a title in a name is no fronted object (an aircraft's
            # type is one: "Soviet MiG-21s were delivered to Cuba")
        found = objects[token.low]
        holder = taken.get(obj)
        if holder is not None and holder.entry["form"] != "noun":
            continue
        verbs, entries = found
        in_reach = _words_in_reach(tokens, obj)
        if verbs.isdisjoint(in_reach):
            continue
        for entry, verb_words, object_words, entry_verbs in entries:
            if entry_verbs.isdisjoint(in_reach):
                continue
            words = entry["pattern"][-object_words:]
            if obj - object_words + 1 < 0 or not _words_match(tokens, obj - object_words + 1, words, object_words):
                continue
            verb = _verb_after_object(tokens, entry, verb_words, obj)
            if verb is None:
                continue
            if holder is not None and holder.entry["cameo"] == entry["cameo"] and verb == obj + 1:
                continue  # "the embargo imposed after the war": the noun tells the same act, its roles read from it
            last = verb + verb_words - 1
            if _taken_by_another(taken, holder, verb, last):
                journey = taken.get(verb)
                if not (entry["cameo"][:2] == "07" and journey is not None and journey.entry["cameo"] == "042"
                        and journey.first == verb and not _taken_by_another(taken, journey, verb, last)):
                    continue
                # "Soviet weapons were flown to Syria": the things flown are no travellers; the journey's verb
                # gives way to the arms sent
                kept = []
                for t in chosen:
                    if t is not journey:
                        kept.append(t)
                chosen = kept
                for i in range(journey.first, journey.last + 1):
                    taken.pop(i, None)
            if holder is not None:
                kept = []  # (plain loops and helpers here: a local a comprehension reads is a cell made at every call)
                for t in chosen:
                    if t is not holder:
                        kept.append(t)
                chosen = kept
                for i in range(holder.first, holder.last + 1):
                    taken.pop(i, None)
            trigger = Trigger(entry, verb, last, tokens[verb].start, tokens[last].end)
            added.append(trigger)
            taken.update(zip(range(verb, last + 1), itertools.repeat(trigger)))
            break
    return sorted(chosen + added, key=_BY_FIRST)


TIME_OPENERS = frozenset(("in", "on", "during", "of"))
# "called for an end to aggression", "called on Iraq to end its terrorism": a call for or on someone names nothing
_CALL_PARTICLES = frozenset(("for", "on", "upon", "off", "up", "in", "out", "back", "home"))


# heads of compounds whose first word is a verb's form used as a noun: "the Mercosur trade bloc", "a trade deficit",
# "blocked two supply boats", "cut the supply lines", "torpedo boats"
_COMPOUND_HEADS = frozenset("bloc blocs deficit deficits surplus surpluses figures fair fairs route routes barriers balance "
                            "volume volumes zone zones representative representatives office offices boat boats lines "
                            "depot depots".split())


def _side_noun(tokens: list[Token], position: int) -> bool:
    """Whether "side" is the noun after a determiner and a state's capitalized adjective ("the Chinese side", "the
    North Korean side"), not the verb of "India and Russia side with"."""
    index = position - 1
    while index >= 0 and index > position - 4 and tokens[index].text[:1].isupper() and tokens[index].low not in DETERMINERS:
        index -= 1
    return index < position - 1 and index >= 0 and tokens[index].low in DETERMINERS


def _month_march(tokens: list[Token], position: int) -> bool:
    """Whether a capital "March" is the month: a day or a year next to it, or "in", "on", "by", "of" ... before it."""
    if tokens[position].text[0] != "M":
        return False
    after = tokens[position + 1].low if position + 1 < len(tokens) else ""
    before = tokens[position - 1].low if position else ""
    return after[:1].isdigit() or before[:1].isdigit() or before in _MONTH_OPENERS


_MONTH_OPENERS = frozenset("in on by of since until till from to through during early late mid last next that this each "
                           "every".split())


def _adverb_first(tokens: list[Token], position: int) -> bool:
    """ "Pakistan first objects to", "Britain first recognised": "first" after a name, no article or possessive before
    it, is an adverb before a verb (not "the first signs", "its first visit", "India's first test")."""
    if tokens[position - 1].low != "first" or position < 2:
        return False
    before = tokens[position - 2]
    return (before.text[:1].isupper() or before.text == ",") and not before.low.endswith(("'s", "’s")) \
        and before.low not in _OWNERS  # (", first objects": after a relative clause set off by commas)


_OWNERS = frozenset("the a an its their his her our this that these those".split())


def _after_bare_two(tokens: list[Token], position: int) -> bool:
    """ "In 1991 the two restored them", "The two signed a treaty": a past tense after "the two", an object opening
    after it, is the verb of "the two" as a subject (the pair in focus), not an adjective ("the two divided states")."""
    return tokens[position - 1].low == "two" and position > 1 and tokens[position - 2].low == "the" \
        and tokens[position].low.endswith("ed") and position + 1 < len(tokens) and tokens[position + 1].low in _OBJECT_OPENERS


# the words an object opens with after a verb: an article, a possessive, a pronoun, or ties themselves ("restored
# relations", "resumed full diplomatic ties", "held talks")
_OBJECT_OPENERS = _OWNERS | frozenset("them it diplomatic full formal relations ties talks".split())


def _modifies_a_noun(tokens: list[Token], position: int) -> bool:
    """Whether a one-word verb entry's word is the first noun of a compound ("trade bloc"), or a noun of indication
    before "of" ("the sharpest sign yet of", "signs of a thaw"), not a verb."""
    if position + 1 >= len(tokens) or not tokens[position].text.islower():
        return False
    following = tokens[position + 1].low
    if following in _COMPOUND_HEADS:
        return True
    if following == "yet" and position + 2 < len(tokens):
        following = tokens[position + 2].low
    return following == "of" and tokens[position].low in _INDICATIONS


# nouns that point to something ("a sign of", "signs of"), unlike an act's own noun before "of" ("a tour of", "the
# capture of Herat"), which names the act
_INDICATIONS = frozenset("sign signs".split())


def _call_not_naming(entry: dict, tokens: list[Token], position: int) -> bool:
    """Whether a "call X a Y" entry ("called the sanctions terrorism") meets "call for", "call on" instead."""
    return _calls_a_thing(entry) and position + 1 < len(tokens) and tokens[position + 1].low in _CALL_PARTICLES


def _calls_a_thing(entry: dict) -> bool:
    """Whether an entry is a "call X a Y" entry: read once per entry when the lexicon is compiled."""
    return entry["phrase"].startswith("call * ")


TIME_OPENERS = frozenset(("in", "on", "during", "of"))
_MONTH_NAMES = frozenset("january february march april may june july august september october november december "
                         "jan feb mar apr jun jul aug sep sept oct nov dec".split())


def _date_for_place(tokens: list[Token], first: int, last: int) -> bool:
    """Whether a long entry that ends in "in" or "at" before the place it goes to reached a date instead ("attended
    the Bandung conference in April 1955"): the entry is not matched, so the shorter ones in its words may be."""
    return last > first + 1 and tokens[last].low in ("in", "at") and last + 1 < len(tokens) \
        and (tokens[last + 1].low in _MONTH_NAMES or tokens[last + 1].low[:1].isdigit())


def _time_hop(tokens: list[Token], position: int) -> int | None:
    """Index just past a dated phrase set between a verb and the rest of its phrase ("agreed in December 1985 to",
    "offered in 1982 to withdraw", "met on 3 May 1960 with"): "in", "on" or "during" and at most four more words,
    the last a year; None when the words there are no such phrase. After a noun, "of" and a year ("the treaty of
    1978 between China and Japan")."""
    if position >= len(tokens):
        return None
    if tokens[position].low not in TIME_OPENERS:
        return _relative_hop(tokens, position)
    if tokens[position].low == "on" and position + 1 < len(tokens) and tokens[position + 1].low in _WEEKDAYS:
        return position + 2  # a wire's "agreed on Monday to", "met on Tuesday with": the dateline dates it
    for index in range(position + 1, (len(tokens) if len(tokens) < position + 6 else position + 6)):
        low = tokens[index].low
        if len(low) == 4 and low.isdigit() and low[0] in "12":
            return index + 1
        if not low[0].isalnum() and low != ",":
            return None
    return None


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# a news wire's time words set between a verb and the rest of its phrase ("agreed today to", "said yesterday it",
# "met last week with"): one word, or a word of time after "last", "this", "early", "late" or "earlier"
_RELATIVE_DAYS = frozenset("today yesterday tonight".split())
_RELATIVE_OPENERS = frozenset("last this early late earlier".split())
_RELATIVE_SPANS = frozenset("night week month morning afternoon evening today yesterday weekend".split())


def _relative_hop(tokens: list[Token], position: int) -> int | None:
    """Index just past a wire's relative time phrase at ``position`` ("today", "last night", "earlier this week"),
    or None."""
    low = tokens[position].low
    if low in _RELATIVE_DAYS:
        return position + 1
    if low in _RELATIVE_OPENERS and position + 1 < len(tokens):
        following = tokens[position + 1].low
        if following in _RELATIVE_SPANS:
            return position + 2
        if low == "earlier" and following == "this" and position + 2 < len(tokens) and tokens[position + 2].low in _RELATIVE_SPANS:
            return position + 3
    return None


# words that open a participle or relative clause set off by commas after a noun: "Relations between Australia and the
# Soviet Union, cut after the Petrov affair, were restored"
_ASIDE_OPENERS = frozenset("cut broken broke shut which who whose long once then first severed".split())


def _aside_end(tokens: list[Token], comma: int) -> int | None:
    """Index just past an aside set off by commas that opens at ``comma``: a clause of at most ten words opened by a
    participle or a relative word ("broken off by Batista in 1952", "which had been cut in 1954"); None when there is
    none. A long gap (``**``) crosses it as if it were not there."""
    if tokens[comma].low != "," or comma + 1 >= len(tokens):
        return None
    opener = tokens[comma + 1]
    if not (opener.text.islower() and (opener.low in _ASIDE_OPENERS or opener.low.endswith("ed") and len(opener.low) > 4)):
        return _name_aside_end(tokens, comma)
    for index in range(comma + 2, min(comma + 12, len(tokens))):
        low = tokens[index].low
        if low == ",":
            return index + 1
        if not low[0].isalnum() and low not in ("-", "–"):
            return None
    return None


def _name_aside_end(tokens: list[Token], comma: int) -> int | None:
    """Index just past a person's name set off by commas after the lower-case noun of his office ("declared the
    naval attaché, Captain Anatoli Zotov, persona non grata", "the chargé d'affaires, Kim Yong-gi,"): one to four
    capitalised words; None when there is none."""
    if comma == 0 or not tokens[comma - 1].text[:1].islower():
        return None
    for index in range(comma + 1, min(comma + 6, len(tokens))):
        text = tokens[index].text
        if text == ",":
            return index + 1 if index > comma + 1 else None
        if not text[:1].isupper() or not text.replace("-", "").replace("'", "").isalpha():
            return None
    return None


def _list_comma(tokens: list[Token], index: int) -> bool:
    """A comma between two single lower-case words of a list that an "and" or "or" closes ("air, rail and road")."""
    return tokens[index].low == "," and 0 < index < len(tokens) - 2 and tokens[index - 1].text.isalpha() \
        and tokens[index - 1].text.islower() and tokens[index + 1].text.isalpha() and tokens[index + 1].text.islower() \
        and tokens[index + 2].low in ("and", "or", ",")


def _name_list_comma(tokens: list[Token], index: int) -> bool:
    """A comma between two names of a list that an "and" or "or" closes a few words on ("Britain, France and the United
    States", "Greece, Turkey, and Iran"): each name capitalized, "the" before it at most."""
    if tokens[index].low != "," or index == 0 or not tokens[index - 1].text[:1].isupper():
        return False
    for at in range(index + 1, min(index + 8, len(tokens) - 1)):
        low = tokens[at].low
        if low in ("and", "or"):
            return at > index + 1 and (tokens[at + 1].text[:1].isupper() or tokens[at + 1].low == "the")
        if not (tokens[at].text[:1].isupper() or low in (",", "the")):
            return False
    return False


def _joining_hyphen(tokens: list[Token], index: int) -> bool:
    """A hyphen inside one word, "200-mile" or "12-nautical", or a dash joining two names ("the Netherlands–Indonesian
    Union"), or the period of an initial inside an abbreviation ("stormed the U.S. embassy", wire13): no punctuation
    between words."""
    if tokens[index].low == "." and index > 0:
        letter = tokens[index - 1].text
        return len(letter) == 1 and letter.isupper() and tokens[index - 1].end == tokens[index].start \
            and index + 1 < len(tokens) and (tokens[index + 1].start == tokens[index].end or tokens[index + 1].text[:1].islower())
    return tokens[index].low in ("-", "–") and 0 < index < len(tokens) - 1 and tokens[index - 1].end == tokens[index].start \
        and tokens[index].end == tokens[index + 1].start


def _match_compiled(parts: tuple[_Part, ...], part: int, tokens: list[Token], position: int) -> int | None:
    """:func:`_match` over compiled parts."""
    if part == len(parts):
        return position
    forms, size = parts[part]
    if forms is None:
        limit = size
        skip = -1
        while skip < limit:
            skip += 1
            stop = position + skip
            if stop > len(tokens):
                break
            if skip and not tokens[stop - 1].low[0].isalnum() and tokens[stop - 1].low not in GAP_MARKS:
                if size >= 6 and (after := _aside_end(tokens, stop - 1)) is not None:
                    return _match_compiled(parts, part, tokens, after)  # across ", cut after the Petrov affair,"
                if _list_comma(tokens, stop - 1):
                    limit += 2  # "cut all air, rail and road links": a list of words is one in a gap
                elif size >= 6 and _name_list_comma(tokens, stop - 1):
                    limit += 3  # "sent notes to Britain, France and the United States proposing": a list of names
                elif not _joining_hyphen(tokens, stop - 1):
                    break  # a gap never crosses punctuation, quotation marks and currency signs aside ('called it an "evil empire"')
                else:
                    limit += 2  # "200-mile" is one word in a gap, not three
            result = _match_compiled(parts, part + 1, tokens, stop)
            if result is not None:
                return result
        return None
    if position < len(tokens) and tokens[position].low in forms:
        result = _match_compiled(parts, part + 1, tokens, position + 1)
        if result is not None:
            return result
    if size:
        return _match_compiled(parts, part + 1, tokens, position)
    return None


def _specificity(entry: dict) -> float:
    """Among matches of equal length, one with fewer gaps is more specific."""
    return -0.5 * sum(1 for part in entry["pattern"] if "gap" in part)


def _named(entry: dict) -> int:
    """The words an entry cannot do without: of two equal matches from the same word, the one naming more wins
    ("threatened a nuclear attack" is a nuclear threat before a threat of attack)."""
    return sum(1 for part in entry["pattern"] if "any" in part and not part.get("optional"))


def _match(pattern: list[dict], part: int, tokens: list[Token], position: int) -> int | None:
    """Index just past the match of ``pattern[part:]`` at ``position``, or None."""
    if part == len(pattern):
        return position
    element = pattern[part]
    if "gap" in element:
        limit = element["gap"]
        skip = -1
        while skip < limit:
            skip += 1
            stop = position + skip
            if stop > len(tokens):
                break
            if skip and not tokens[stop - 1].low[0].isalnum() and tokens[stop - 1].low not in GAP_MARKS:
                if element["gap"] >= 6 and (after := _aside_end(tokens, stop - 1)) is not None:
                    return _match(pattern, part, tokens, after)
                if _list_comma(tokens, stop - 1):
                    limit += 2  # "cut all air, rail and road links": a list of words is one in a gap
                elif element["gap"] >= 6 and _name_list_comma(tokens, stop - 1):
                    limit += 3  # "sent notes to Britain, France and the United States proposing": a list of names
                elif not _joining_hyphen(tokens, stop - 1):
                    break  # a gap never crosses punctuation, quotation marks and currency signs aside ('called it an "evil empire"')
                else:
                    limit += 2  # "200-mile" is one word in a gap, not three
            result = _match(pattern, part + 1, tokens, stop)
            if result is not None:
                return result
        return None
    if position < len(tokens) and tokens[position].low in element["any"]:
        result = _match(pattern, part + 1, tokens, position + 1)
        if result is not None:
            return result
    if element.get("optional"):
        return _match(pattern, part + 1, tokens, position)
    return None
