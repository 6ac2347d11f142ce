"""Source and target without a parser: voice, position, prepositions, possessives and coordination.

Works on one clause at a time.  A participant is an actor mention mapped to the
state (or organization) that acts: a leader acts for the state they lead at the
date, a group for its state, "the two nations" for the pair in focus.
"""

from __future__ import annotations

import bisect
import operator
from dataclasses import dataclass
from itertools import compress, count, starmap

from detente.events.triggers import Token, Trigger
from detente.model import Mention

PREPOSITIONS = frozenset(
    "of in into to with from at on against by for toward towards under between over through across within about "
    "among amongst including like than via per after before since until during following near off outside opposite beyond "
    "around along beside alongside".split()
)
AGENT_NOUNS = frozenset(
    "government governments leader leaders president premier forces troops army armies navy people delegation "
    "representatives ambassador minister ministers officials authorities regime state states envoys ambassadors "
    "delegates delegations".split()
)
# titles and honorifics between coordinated names: "Mr. Bush and Mr. Gorbachev", "President Nixon and Premier Zhou"
TITLES = frozenset(
    "mr mrs ms dr sir . president premier chancellor chairman general secretary marshal king queen emperor prime "
    "minister foreign defence defense state party chief leader leaders ambassador envoy admiral field "
    "herr frau signor signora monsieur señor senor senhor".split()  # the older press: "Mr. Chamberlain and Herr Hitler"
)
# who is seated in a capital acts for its state: "the government in Taipei", "crowds in Beijing"
SEATED = frozenset("government governments regime authorities leadership rulers junta cabinet ministry crowds crowd students "
                   "demonstrators protesters protestors mobs mob rioters".split())
QUANTITIES = frozenset("thousands hundreds millions dozens tens scores crowds groups bands units".split())
COORDINATORS = frozenset({"and", ",", "both", "together", "along", "with", "as", "well", "the", "also", "its", "their", "other", "of"})
PASSIVE_AUX = frozenset("was were been being is are be got".split())
TARGET_PREPS = frozenset("to with against on toward towards of into at in from over upon".split())
CLAUSE_OPENERS = frozenset("which who whom whose when while whereas although though because since but so yet where".split())
_BREAK_PUNCT = frozenset(";:()—–[]")  # quotation marks do not end a clause: declared a "moral embargo" on
_MONTH_NAMES = frozenset("january february march april may june july august september october november december".split())


_START, _END = operator.itemgetter(2), operator.itemgetter(3)  # Token.start, Token.end
_LOW = operator.itemgetter(1)  # Token.low
_LAST = operator.attrgetter("last")  # Participant.last


@dataclass(slots=True)
class Participant:
    codes: tuple[str, ...]
    first: int  # token indices covered by the mention
    last: int
    mention: Mention


class SentenceMentions(list):
    """A sentence's mentions, with where its tokens lie among the document's: ``tokens`` is the sentence's slice
    ``all_tokens[offset : offset + len(tokens)]``, ``ends`` and ``starts`` the ends and starts of all the document's
    tokens, ``placed`` None until participants() has placed the mentions on those tokens. It does so once for the
    sentence (its rules ask again and again), by bisection within the document's lists: no list of the sentence's own
    is made per call. (Made as a list, then its five fields set: no Python call per sentence.)"""

    __slots__ = ("tokens", "ends", "starts", "offset", "placed")


def participants(mentions: list[Mention], tokens: list[Token]) -> list[Participant]:
    """Mentions that can act in an event, located on the token grid (new objects each call: rules change them)."""
    if type(mentions) is SentenceMentions and mentions.tokens is tokens:
        placed = mentions.placed
        if placed is None:  # the same first and last token as on the sentence's own lists (below)
            placed = mentions.placed = []
            ends, starts, low = mentions.ends, mentions.starts, mentions.offset
            size = len(tokens)
            high = low + size
            for mention in mentions:
                codes = acting_codes(mention)
                if not codes:
                    continue
                first = bisect.bisect_right(ends, mention.start, low, high) - low
                last = bisect.bisect_left(starts, mention.end, low, high) - 1 - low
                if first >= size or last < first:
                    continue
                placed.append((codes, first, last, mention))
        return list(starmap(Participant, placed))
    found = []
    ends = list(map(_END, tokens))  # [token.end for token in tokens], read in C
    starts = list(map(_START, tokens))
    for mention in mentions:
        codes = acting_codes(mention)
        if not codes:
            continue
        first = bisect.bisect_right(ends, mention.start)  # the first token ending after the mention starts
        last = bisect.bisect_left(starts, mention.end) - 1  # the last token starting before it ends
        if first >= len(tokens) or last < first:
            continue
        found.append(Participant(codes, first, last, mention))
    return found


def acting_codes(mention: Mention) -> tuple[str, ...]:
    if mention.members and mention.via in ("reference", "group") and mention.kind != "organization":
        return tuple(dict.fromkeys(mention.members))
    if mention.kind in ("person", "group"):
        return (mention.state,) if mention.state else ()
    return (mention.entity,) if mention.entity else ()


def clause_bounds(tokens: list[Token], first: int, last: int, split_fronted: bool = True) -> tuple[int, int]:
    """Token range [start, end) of the clause around a trigger; ``split_fronted=False`` keeps a fronted subordinate
    clause and the main clause one (where an act is dated: "After an earthquake struck Turkey in August 1999,
    Greece sent rescue teams")."""
    start = first
    while start > 0:
        previous = tokens[start - 1]
        if previous.low not in _WALK_STOPS:
            start = _stop_before(tokens, start - 1) + 1  # ordinary words: no test below stops or jumps at them
            continue
        if previous.text == ")":
            opening = _matching(tokens, start - 1, -1)
            if opening is not None:
                start = opening  # a parenthesis is an aside inside the clause: "the two rivals (A and B) were partners"
                continue
        if previous.text in _DASHES:
            opening = _opening_dash(tokens, start - 1)
            if opening is not None:
                start = opening  # "The Argentine commander – surrounded, and short of food – surrendered": an aside
                continue
        if previous.low in ("which", "who", "whose") and start >= 2 and tokens[start - 2].text == "," \
                and _relative_closed(tokens, start, first):
            start -= 2  # "Pakistan, which had expelled ... in 1971, restored relations": the main verb's clause has
            continue  # the subject before the relative clause
        if previous.low in ("who", "whose") and _apposed_relative(tokens, start - 1) is not None \
                and _relative_closed(tokens, start, first):
            start = _apposed_relative(tokens, start - 1)  # "Musharraf, the army chief who had seized power in 1999,
            continue  # travelled to Agra": a relative clause inside an apposition to the subject
        if previous.low == "who" and start >= 2 and tokens[start - 2].text[:1].isalpha() \
                and _restrictive_closed(tokens, start, first):
            start -= 1  # "Taliban gunmen who held Kunduz shelled a Tajik post": a relative clause with no comma closes
            continue  # at the main verb; the subject stands before it (actors9)
        if previous.low == "since" and start + 1 < len(tokens) and (tokens[start].text[:1].isdigit()
                                                                     or tokens[start].low in _MONTH_NAMES
                                                                     or tokens[start].low == "the" and tokens[start + 1].text[:1].isdigit()):
            start -= 1  # "Egypt, independent since 1922, had signed": "since" with a date is no clause of its own
            continue
        if previous.low == "though" and start >= 2 and tokens[start - 2].text == "," and start < len(tokens) \
                and tokens[start].text == ",":
            start -= 1  # "Neither government, though, broke off relations": "though" set off by commas is an adverb, as
            continue  # "however" is, and opens no clause (tune22)
        if previous.text in _BREAK_PUNCT or previous.low in CLAUSE_OPENERS:
            break
        if previous.text == "," and start < len(tokens) and tokens[start].low == "and" \
                and (opening := subject_apposition(tokens, start - 1)) is not None:
            start = opening  # "Chile, a former colony of Spain, and Peru signed": the apposition closes at the comma, the
            continue  # subject's list goes on after it (not a clause of its own)
        if previous.text == "," and start < len(tokens) and tokens[start].low == "and" and _serial_list(tokens, start - 1):
            start -= 1  # "Britain, France, and Italy signed": the serial comma before the list's last item opens no clause
            continue
        if previous.text == "," and start < len(tokens) and tokens[start].low in _AFTER_COMMA_OPENERS \
                and (tokens[start].low != "then" or start + 1 < len(tokens) and _past(tokens[start + 1])):
            break  # (", then released its pilot": a verb of the same subject, as after ", and"; not "France, then the
            # mandatory power in Syria, ceded": "then" of an aside)
        if previous.text == "," and _listed_clause_at(tokens, start - 1):
            break  # "Israel invaded Sinai, Britain and France bombed Egyptian airfields, and ...": a list of clauses
        if split_fronted and previous.text == "," and _closes_fronted(tokens, start - 1):
            break  # "When Spain withdrew from the Western Sahara, Algeria backed ...": the main clause starts here
        if previous.text == "," and _closes_aim(tokens, start - 1):
            break  # "To punish Qatar, Saudi Arabia cut ties with Doha": the state the aim names is no subject
        if previous.low == "and" and new_clause_at(tokens, start - 1):
            break
        start -= 1
    end = last + 1
    fronted = split_fronted and (start == 0 and tokens[0].low in FRONTING) or (start >= 1 and tokens[start - 1].low in FRONTING
                                                             and (start == 1 or tokens[start - 2].text == ","))
    while end < len(tokens):
        token = tokens[end]
        if token.low not in _WALK_STOPS:
            end = _stop_from(tokens, end + 1)
            continue
        if fronted and token.text == ",":
            break  # the fronted clause ends at its comma: what follows is the main clause
        if token.text == "(":
            closing = _matching(tokens, end, 1)
            if closing is not None:
                end = closing + 1
                continue
        if token.text in _BREAK_PUNCT or token.low in CLAUSE_OPENERS:
            break
        if token.text == "," and end + 1 < len(tokens) and (tokens[end + 1].low in _AFTER_COMMA_OPENERS
                                                          and (tokens[end + 1].low != "then" or end + 2 < len(tokens) and _past(tokens[end + 2]))
                                                          or _participle(tokens[end + 1])):
            break  # ", asking the Vatican to mediate": a participle after a comma tells a further act of the subject
        if token.text == "," and start >= 2 and tokens[start - 1].low in ("which", "who", "whom", "whose") and tokens[start - 2].text == "," \
                and end + 1 < len(tokens) and tokens[end + 1].text.islower() and tokens[end + 1].low not in ("and", "or", "nor"):
            break  # "The treaty, which Mexico and Brazil signed in 1967, banned ...": the relative clause ends at its comma
        if token.low == "and" and new_clause_at(tokens, end) or token.text == "," and _listed_clause_at(tokens, end):
            break
        if token.text == "," and _date_apposition(tokens, end) and _paired_subject(tokens, start, first):
            # "Spain and Ghana established relations in 1957, the year Spain signed a treaty with the Allies": what the
            # year saw is no part of an act whose two parties are named already (tune29); an act with one party named
            break  # may find its other in it ("suspended its agreement in May 1985, the day Radio Marti went on the air")
        end += 1
    return start, end


_DATE_NOUNS = frozenset(("year", "month", "day", "week", "date"))
# words that open an apposition describing the name before it (", the largest ... of X,", ", a former colony of X,",
# ", then an ally of X,", ", once a province of X,")
_APPOSITION_OPENERS = frozenset("the a an then once formerly long still".split())


def subject_apposition(tokens: list[Token], closing: int) -> int | None:
    """The opening comma of an apposition that ends at the comma ``closing`` right before "and" and a name: "Estonia,
    then an ally of Finland, and Latvia signed" (a list of subjects whose first is described by the phrase between
    the commas, so the state in it is no party), None when the commas set off no such phrase: "Britain, France, and
    Italy", "In 1992, ..., and"."""
    after = closing + 2
    if after < len(tokens) and tokens[after - 1].low == "and" and tokens[after].low == "the":
        after += 1
    if after >= len(tokens) or not tokens[after].text[:1].isupper():
        return None  # the cheap test first: a name follows the 'and'
    opening = closing - 1
    while opening > 0 and closing - opening <= 12 and tokens[opening].text != "," and tokens[opening].text not in _BREAK_PUNCT:
        opening -= 1
    if opening < 1 or tokens[opening].text != ",":
        return None
    name = tokens[opening - 1]
    if not name.text[:1].isupper() or name.low in _MONTH_NAMES or name.low in _WEEKDAYS:
        return None  # the phrase must follow a name, not a date ("In May 1955, the month ...")
    return opening if _describing_phrase(tokens, opening, closing) else None


def _name_run_before(tokens: list[Token], end: int) -> int | None:
    """The first position of the name that ends right before ``end`` ("France", "the United States"), None if none."""
    first = end
    while first > 0 and tokens[first - 1].text.isalpha() and tokens[first - 1].text[:1].isupper() \
            and tokens[first - 1].low not in _MONTH_NAMES and tokens[first - 1].low not in FRONTING \
            and tokens[first - 1].low not in PREPOSITIONS and end - first < 4:
        first -= 1
    if first == end:
        return None
    return first - 1 if first > 0 and tokens[first - 1].low == "the" else first


def _serial_list(tokens: list[Token], comma: int) -> bool:
    """Whether the comma at ``comma``, before "and" and a name, ends the items of a list of names ("Britain, France,
    and Italy"): two names or more, each followed by a comma, from the clause's start."""
    after = comma + 2
    if after < len(tokens) and tokens[after].low == "the":
        after += 1
    if after >= len(tokens) or not tokens[after].text[:1].isupper():
        return False
    items, end = 0, comma
    while True:
        first = _name_run_before(tokens, end)
        if first is None:
            return False
        items += 1
        if first == 0 or tokens[first - 1].text in _BREAK_PUNCT:
            return items >= 2
        if tokens[first - 1].text != ",":
            # the list opens the clause: after a date ("In 1930 Britain, France, and Italy") or a word that opens a
            # clause ("when Chile, Peru, and Bolivia"), not after a verb whose objects it lists
            return items >= 2 and (tokens[first - 1].text[:1].isdigit() or tokens[first - 1].low in FRONTING
                                   or tokens[first - 1].low == "that")
        end = first - 1


_NOT_IN_APPOSITION = frozenset(("and", "or", "is", "was", "were", "are", "had", "has")) | CLAUSE_OPENERS


def _describing_phrase(tokens: list[Token], opening: int, closing: int) -> bool:
    """Whether the words between the commas ``opening`` and ``closing`` are a noun phrase that describes the name
    before them: an article or "then", "once", "formerly" first, a common noun in it ("a former colony of Spain"), no
    verb and no clause of its own, or a possessive name first and an office ("Venezuela's president"); a name alone is
    the next item of a list ("Britain, the United States, and France")."""
    if tokens[opening + 1].low not in _APPOSITION_OPENERS and not (
            closing - opening > 2 and tokens[opening + 1].text[:1].isupper() and tokens[opening + 1].text.endswith(_POSSESSIVE_MARKS)):
        return False  # (an office by its state's possessive describes a person: "Chavez, Venezuela's president, and")
    described = False
    for index in range(opening + 1, closing):
        word = tokens[index]
        if _past(word) or word.low in _NOT_IN_APPOSITION:
            return False
        described = described or word.text.isalpha() and word.text.islower() and word.low not in _APPOSITION_OPENERS
    return described


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _paired_subject(tokens: list[Token], start: int, first: int) -> bool:
    """Whether two names joined by 'and' stand before the trigger in its clause ("Spain and Ghana established")."""
    for index in range(start + 1, first - 1):
        if tokens[index].low == "and" and tokens[index - 1].text[:1].isupper() and (
                tokens[index + 1].text[:1].isupper() or tokens[index + 1].low == "the"):
            return True
    return False


def _date_apposition(tokens: list[Token], comma: int) -> bool:
    """Whether the comma at ``comma`` opens an apposition to the date before it that tells what else that date saw (", the
    year Ghana became independent", ", the day the Soviet army entered Prague"): a clause of its own."""
    return 0 < comma and comma + 2 < len(tokens) and tokens[comma + 1].low == "the" and tokens[comma + 2].low in _DATE_NOUNS \
        and (tokens[comma - 1].text[:1].isdigit() or tokens[comma - 1].low in _MONTH_NAMES)


# words that open a clause of their own after a comma ("China fought India in October 1962, then declared a ceasefire")
_AFTER_COMMA_OPENERS = frozenset(("and", "but", "while", "which", "who", "then"))
# every word at which a test of clause_bounds' walks can stop or jump (a bracket, a dash, a comma, "and", "since", a
# clause opener, punctuation that breaks); the walks pass any other word at once (punctuation's low is its text)
_WALK_STOPS = frozenset(("(", ")", ",", "and", "since", "which", "who", "whose")) | _BREAK_PUNCT | CLAUSE_OPENERS
_IS_STOP = _WALK_STOPS.__contains__


def _stop_before(tokens: list[Token], index: int) -> int:
    """The position of the last word before ``index`` at which the walks stop or jump, -1 when none (found in C)."""
    return next(compress(range(index - 1, -1, -1), map(_IS_STOP, map(_LOW, reversed(tokens[:index])))), -1)


def _stop_from(tokens: list[Token], index: int) -> int:
    """The position of the first word from ``index`` on at which the walks stop or jump, len(tokens) when none."""
    return next(compress(count(index), map(_IS_STOP, map(_LOW, tokens[index:]))), len(tokens))


def _relative_closed(tokens: list[Token], opened: int, first: int) -> bool:
    """Whether a relative clause opened at ``opened`` (after ", which") ends at a comma before ``first`` with the main
    clause's verb right after it: "Pakistan, which had expelled ... in 1971, restored" (not the list comma of
    ", which Mexico, Brazil and Chile signed")."""
    comma = next((i for i in range(first - 1, opened, -1) if tokens[i].text == ","), None)
    if comma is None or comma + 1 >= len(tokens):
        return False
    after = tokens[comma + 1]
    return after.text.islower() and after.low not in ("and", "or", "nor", "the", "a", "an", "which", "who", "in", "on", "at")


_RELATIVE_OPENERS = frozenset(("which", "who", "whom", "whose"))


def _restrictive_closed(tokens: list[Token], opened: int, first: int) -> bool:
    """Whether a relative clause "who" opens with no comma before it ends before the verb at ``first``, that verb
    being the main clause's: the clause's own verb comes first ("who held Kunduz", "who had taken Herat"), then a
    name or a noun, and the trigger is a verb in the past after them with no comma, "and" or "or" right before it
    ("who had taken Herat and shelled ..." goes on with the relative clause)."""
    if first < opened + 2 or not _past(tokens[first]) or tokens[first - 1].low in ("and", "or", ",", "who", "had", "was", "were"):
        return False
    verb = tokens[opened].low
    if verb in ("had", "have", "has"):
        if not (tokens[opened + 1].text.isalpha() and tokens[opened + 1].text.islower()):
            return False  # (a participle follows "had": "who had taken Herat")
    elif verb not in PAST_IRREGULAR and not (verb.endswith("ed") and len(verb) > 4):
        return False
    for token in tokens[opened + 1 : first]:  # (plain loop: no cell made at every call)
        if token.text in (",", ";", ":") or token.low in CLAUSE_OPENERS:
            return False
    return True


def _apposed_relative(tokens: list[Token], who: int) -> int | None:
    """Index of the comma that opens an apposition whose noun a relative "who" follows (", the army chief who ..."):
    two to four lower-case words between the comma and "who"; else None."""
    for index in range(who - 2, max(0, who - 5) - 1, -1):
        if tokens[index].text == ",":
            return index if index > 0 and all(t.text.isalpha() and t.text.islower() for t in tokens[index + 1 : who]) else None
    return None


def in_relative(tokens: list[Token], participant, start: int, trigger_first: int) -> bool:
    """Whether a participant is named inside a relative clause (", which ... ,", ", the general who ... ,") that closes
    before the trigger."""
    if _RELATIVE_OPENERS.isdisjoint(map(_LOW, tokens[start + 1 : participant.first])):
        return False  # no word that opens one between the clause's start and the name (most names): no walk
    for opened in range(participant.first - 1, start, -1):  # (plain loops: no cell made at every call)
        if tokens[opened].low in ("which", "who", "whom", "whose") and (tokens[opened - 1].text == "," or tokens[opened].low in (
                "who", "whose") and _apposed_relative(tokens, opened) is not None):
            break
    else:
        return False
    for i in range(participant.last + 1, trigger_first):
        if tokens[i].text == ",":
            return _relative_closed(tokens, opened + 1, trigger_first)
    return False


# a town or a seat standing for its state: inside a relative clause on the subject it is what the subject did something
# to or at, never the doer of the main verb
_TOWN_VIAS = frozenset(("place", "capital"))


def _in_restrictive_who(tokens: list[Token], participant, start: int) -> bool:
    """Whether a town is named in a relative clause that "who" opens with no comma before it, on the subject of the
    clause ("Taliban fighters who had taken Herat stormed ...", "the men who held Kunduz shelled ..."): the clause
    has no comma to close it (in_relative's form); "who" must follow a word of the subject, not open the clause."""
    for index in range(participant.first - 1, start, -1):  # (plain loop: no cell made at every call)
        low = tokens[index].low
        if low == "who":
            return index - 1 > start and tokens[index - 1].text not in (",", ";", ":", "(")
        if low in (",", ";", ":", "and", "but", "that", "which"):
            return False
    return False


def _in_participle_aside(tokens: list[Token], participant, start: int, trigger_first: int) -> bool:
    """Whether a participant is named in an aside that a participle opens after a comma and a comma closes right before
    the trigger ("Nationalist aircraft, flying American Sabres, shot down"), the subject named before the aside."""
    if trigger_first < 2 or tokens[trigger_first - 1].text != ",":
        return False
    for opened in range(participant.first - 1, (participant.first - 6 if participant.first - 6 > start else start), -1):
        if tokens[opened - 1].text == "," and _participle(tokens[opened]):
            break  # (plain loops: no cell made at every call)
    else:
        return False
    if opened < 2:
        return False
    for t in tokens[participant.last + 1 : trigger_first - 1]:
        if t.text == ",":
            return False
    return True


def _place_of_participle(tokens: list[Token], participant) -> bool:
    """Whether a participant is the place of an aside a participle opens after a comma and a comma closes after the
    place (", meeting in Quito, Ecuador,", ", gathered at Geneva,"): where the subject was, not the subject."""
    after = participant.last + 1
    if after >= len(tokens) or tokens[after].text != ",":
        return False
    index = participant.first - 1
    while index > 2 and (tokens[index].text == "," or tokens[index].text[:1].isupper()) and participant.first - index < 6:
        index -= 1
    return index > 1 and tokens[index].low in ("in", "at", "near") and tokens[index - 2].text == "," \
        and (_participle(tokens[index - 1]) or tokens[index - 1].low in ("gathered", "assembled", "met", "based"))


# words that open a subordinate clause put before the main one ("When Spain withdrew ..., Algeria ...")
FRONTING = frozenset("when after as once before while although though because since until whereas".split())


def dating_bounds(tokens: list[Token], first: int, last: int, clause: tuple[int, int]) -> tuple[int, int]:
    """``clause_bounds(tokens, first, last, split_fronted=False)`` given ``clause``, the same call's result with
    ``split_fronted=True``: both walks read ``split_fronted`` only where the sentence opens with a word of
    ``FRONTING``, so for any other sentence the clause is the answer, with no second walk."""
    if tokens and tokens[0].low in FRONTING:
        return clause_bounds(tokens, first, last, split_fronted=False)
    return clause


_DATE_OPENERS = frozenset("in on during".split())


def past_relative(tokens: list[Token], clause: tuple[int, int]) -> tuple[int, int]:
    """A clause cut by a relative clause goes on after it when it goes on with its date: "joined the Baghdad Pact, of
    which Britain was a founding member, in September 1955" is dated by "in September 1955"."""
    start, end = clause
    if end + 2 >= len(tokens) or tokens[end].low not in ("which", "whose", "where") or not (
            tokens[end - 1].text == "," or tokens[end - 1].low in ("of", "in", "by", "under") and tokens[end - 2].text == ","):
        return clause
    for k in range(end + 1, min(len(tokens) - 2, end + 16)):
        if tokens[k].text in _BREAK_PUNCT:
            return clause
        if tokens[k].text == ",":
            if tokens[k + 1].low in _DATE_OPENERS and (tokens[k + 2].text[:1].isupper() or tokens[k + 2].text[:1].isdigit()):
                for stop in range(k + 2, len(tokens)):  # (a plain loop: no cell made at every call)
                    if tokens[stop].text in _BREAK_PUNCT or tokens[stop].text == ",":
                        return start, stop
                return start, len(tokens)
            return clause
    return clause


def _closes_fronted(tokens: list[Token], comma: int) -> bool:
    """Whether the comma at ``comma`` closes a subordinate clause that opens the sentence and has a verb of its own
    ('When Britain recognized Beijing in 1950,'; not 'After the war,' nor the list comma of 'When Egypt, Syria')."""
    if not tokens or tokens[0].low not in FRONTING:
        return False
    if any(tokens[i].text in (",", ";", ":") for i in range(1, comma)) and not any(_past(tokens[i]) for i in range(1, comma)):
        return False
    return any(_fronted_verb(tokens[i]) for i in range(1, comma)) \
        and not any(tokens[i].text in (";", ":") for i in range(1, comma)) \
        and _first_fronted_comma(tokens, comma)


def _closes_aim(tokens: list[Token], comma: int) -> bool:
    """Whether the comma at ``comma`` is the first of the sentence and closes the aim that opens it: "To punish
    Qatar,", "Seeking to isolate Taipei,", "In order to deter Pakistan,"."""
    first = tokens[0].low
    if first == "to":
        verb = 1
    elif first == "in" and comma > 3 and tokens[1].low == "order" and tokens[2].low == "to":
        verb = 3
    elif first.endswith("ing") and first not in ("according", "owing") and comma > 2 and tokens[1].low == "to" \
            and tokens[0].text[:1].isupper():
        verb = 2
    else:
        return False
    return verb < comma and tokens[verb].text.isalpha() and tokens[verb].text.islower() \
        and tokens[verb].low not in _NO_VERB and not any(tokens[i].text == "," for i in range(verb, comma))


# words that follow an opening "To" or "-ing to" where no aim does ("According to the Indian government,")
_NO_VERB = frozenset("the a an its his her their this that these those".split())


def _fronted_verb(token: Token) -> bool:
    """A verb in the past, or the auxiliary of one going on ("While India was fighting Pakistan,")."""
    return _past(token) or token.low in PAST_IRREGULAR or token.low in ("was", "were")


def _first_fronted_comma(tokens: list[Token], comma: int) -> bool:
    """The fronted clause's comma is the first one after its verb."""
    verb = next((i for i in range(1, comma) if _fronted_verb(tokens[i])), None)
    return verb is not None and not any(tokens[i].text == "," for i in range(verb + 1, comma))


# irregular verbs in the past, to tell "and Syria broke off relations" (a clause) from "and Syria in 1955" (a list)
PAST_IRREGULAR = frozenset(
    "broke sent took met held gave went left began fought sank shot struck made put cut won lost led brought sold "
    "bought flew drove threw withdrew overthrew stood kept ran laid told said came became tore froze swore rose".split())


def _past(token: Token) -> bool:
    return token.text.islower() and (token.low in PAST_IRREGULAR or token.low.endswith("ed") and len(token.low) > 4)


# words that open a clause of their own before its subject ("as Moscow and Delhi signed", "when Iraq and Iran agreed")
_SUBORDINATORS = frozenset("as when while whereas after before once until because although though".split())


def new_clause_at(tokens: list[Token], index: int) -> bool:
    """Whether 'and' (or a comma) at ``index`` opens a clause of its own: a verb in the past before it since the last break, and
    after it a subject with a capital (up to two words more: "the Soviet Union", "Iraqi troops") and its own verb in
    the past ("Libya denounced the pact and Iran broke off relations"); not coordinated subjects ("Britain and
    France declared war") or objects ("signed with Britain and France in 1955")."""
    following = tokens[index + 2] if index + 2 < len(tokens) and tokens[index + 1].low == "the" else \
        tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None or not following.text[:1].isupper():
        return False  # the cheap test first: most 'and's are followed by no name
    position = index - 1
    verb_before = False
    while position >= 0 and tokens[position].text not in _BREAK_PUNCT and tokens[position].text != ",":
        if tokens[position].low == "between":
            return False  # "talks brokered by Moscow between India and Pakistan were held": the pair "between" opens
        if tokens[position].low in _SUBORDINATORS and tokens[position + 1].text[:1].isupper():
            return False  # "protested as Moscow and Delhi signed": the verb before is another clause's, the names one list
        if _past(tokens[position]):
            verb_before = True
            break
        position -= 1
    if not verb_before:
        return False
    position = index + 1
    if position < len(tokens) and tokens[position].low == "the":
        position += 1
    names = 0
    while position < len(tokens) and tokens[position].text[:1].isupper() and names < 4:
        names += 1
        position += 1
    if not names:
        return False
    for extra in range(3):
        if position + extra < len(tokens) and _past(tokens[position + extra]):
            # "fought North Korean and Chinese troops armed by the Soviet Union": a participle, no verb of its own
            return not (position + extra + 1 < len(tokens) and tokens[position + extra + 1].low == "by")
        if position + extra >= len(tokens) or not tokens[position + extra].text.isalpha() or \
                tokens[position + extra].low in PREPOSITIONS:
            return False
    return False


def _listed_clause_at(tokens: list[Token], comma: int) -> bool:
    """Whether the comma at ``comma`` opens the next clause of a list of clauses, each with its subject and its verb in
    the past ("In 1965 Pakistan sent infiltrators in August, India crossed the border in September, and ..."); not the
    comma that closes a subordinate clause ("As Guyana neared independence in 1962, Venezuela renewed its claim", "In
    August 2008, after Georgian forces shelled Tskhinvali, Russian troops crossed"), which goes with the main clause."""
    if comma + 1 >= len(tokens) or not (tokens[comma + 1].text[:1].isupper() or tokens[comma + 1].low == "the"):
        return False  # the cheap test first
    opening = comma - 1
    while opening > 0 and tokens[opening - 1].text != "," and tokens[opening - 1].text not in _BREAK_PUNCT:
        opening -= 1
    if tokens[opening].low in FRONTING or tokens[opening].low in ("if", "unless"):
        return False  # (and a condition: "Unless Belgium withdrew its paratroopers, Lumumba warned")
    verb = next((i for i in range(comma - 1, opening, -1) if _past(tokens[i])), None)
    # the verb before the comma has its subject right before it ("Pakistan sent", "the Security Council condemned",
    # "Iraqi troops crossed"), not a noun it describes ("By a treaty signed in Moscow, Czechoslovakia handed")
    return verb is not None and (tokens[verb - 1].text[:1].isupper() or _force_noun(tokens[verb - 1])) \
        and new_clause_at(tokens, comma)


# words in -ing after a comma that go on with the clause rather than start a participle clause
_NOT_PARTICIPLES = frozenset("including excluding during concerning regarding following according notwithstanding "
                             "pending nothing something anything everything".split())


def _participle(token: Token) -> bool:
    return token.low.endswith("ing") and len(token.low) > 5 and token.text.islower() and token.low not in _NOT_PARTICIPLES


_DASHES = frozenset("–—")


def _opening_dash(tokens: list[Token], closing: int) -> int | None:
    """Index of the dash opening an aside that the dash at ``closing`` ends, within 20 tokens and the clause; None
    when the dash joins numbers ('1914–18') or stands alone."""
    def joins_numbers(at: int) -> bool:
        return 0 < at < len(tokens) - 1 and (tokens[at - 1].text[:1].isdigit() or tokens[at + 1].text[:1].isdigit())

    if joins_numbers(closing):
        return None
    for position in range(closing - 2, max(0, closing - 21), -1):
        text = tokens[position].text
        if text in _DASHES:
            return None if joins_numbers(position) or position == 0 else position
        if text in ";:()":
            return None
    return None


def _matching(tokens: list[Token], index: int, step: int) -> int | None:
    """Index of the bracket matching the one at ``index`` (step -1 from ")", +1 from "("), within 40 tokens."""
    depth = 0
    open_, close = ("(", ")") if step == 1 else (")", "(")
    position = index
    while 0 <= position < len(tokens) and abs(position - index) <= 40:
        text = tokens[position].text
        if text == open_:
            depth += 1
        elif text == close:
            depth -= 1
            if depth == 0:
                return position
        position += step
    return None


# irregular past participles that do not end in -ed or -en ("was sunk by a British submarine")
PARTICIPLES = frozenset(
    "met held sent fought broken given seized lent shot sunk struck hit won lost led brought bought sold built caught "
    "overrun beaten cut put set laid kept run shut dealt left flown".split())


def is_passive(tokens: list[Token], trigger: Trigger) -> bool:
    if trigger.entry["form"] != "verb":
        return False
    word = tokens[trigger.first].low
    if not (word.endswith(("ed", "en")) or word in PARTICIPLES):
        return False
    before = list(map(_LOW, tokens[(trigger.first - 3 if trigger.first > 3 else 0) : trigger.first]))
    return not PASSIVE_AUX.isdisjoint(before) or _bare_passive(tokens, trigger)


# a headline tells what was done in the present tense ("US bombs Libya"), so its bare participle, right after the
# subject and before one of these, is a passive ("Pakistan suspended from Commonwealth", "Cuba taken off US terror list")
_HEADLINE_PREPOSITIONS = frozenset(("from", "off", "to", "into"))
_NOT_DOERS = _MONTH_NAMES | frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


# a measure named right before its verb's participle, which then tells how the measure came about
_MEASURE_OBJECTS = frozenset("sanctions embargo embargoes blockade boycott ban bans restrictions curbs".split())


def measure_participle(tokens: list[Token], trigger: Trigger) -> bool:
    """Whether a verb is the participle of a measure named right before it, with its doer after "by": "the sanctions
    imposed on South Africa by Congress", "the embargo imposed by Washington on Cuba" (a passive that tells the act)."""
    after = trigger.first + 1
    return 0 < trigger.first and after < len(tokens) and tokens[trigger.first - 1].low in _MEASURE_OBJECTS \
        and tokens[after].low in ("by", "on", "against") and "by" in map(_LOW, tokens[after : after + 6])


def _bare_passive(tokens: list[Token], trigger: Trigger) -> bool:
    """A participle told with no auxiliary that is a passive: one between a name and 'by' and a named doer ("Iraq
    invaded by US-led coalition", "Indian diplomats expelled by Beijing"), or a headline's before a preposition, after
    its subject alone ("China admitted to the UN"; 'to' only for an admission: "India protested to China" is a
    timeline line's active verb)."""
    after = trigger.first + 1
    if after + 1 >= len(tokens):
        return False
    if measure_participle(tokens, trigger):
        return True
    if trigger.last == after and tokens[after].low in _PARTICLES and trigger.last + 2 < len(tokens):
        after = trigger.last + 1  # "shot down by Indian fighters": the particle is the verb's
    if tokens[after].low == "by":
        doer = tokens[after + 2] if tokens[after + 1].low in ("the", "a", "an") and after + 2 < len(tokens) else tokens[after + 1]
        # (right after a name, or a headline's subject: "the tariff truce struck by Xi and Trump" is a thing's making)
        return doer.text[:1].isupper() and doer.low not in _NOT_DOERS \
            and (trigger.first > 0 and tokens[trigger.first - 1].text[:1].isupper() or headline_participle(tokens, trigger)
                 or _after_a_named_comma(tokens, trigger.first)
                 or _named_thing_before(tokens, trigger.first) or _forced_thing_before(tokens, trigger))
    if tokens[after].low not in _HEADLINE_PREPOSITIONS:
        return False
    cameo = trigger.entry["cameo"]
    if cameo[:2] == "04" or cameo[:3] == "087" or "intrans" in trigger.flags \
            or tokens[after].low in ("to", "into") and cameo != "057":
        return False  # "Castro returned to Havana", "Soviet troops withdrawn from Afghanistan": the subject went
    return headline_participle(tokens, trigger)


_PARTICLES = frozenset(("down", "up", "off", "out"))


def _after_a_named_comma(tokens: list[Token], first: int) -> bool:
    """Whether a participle opens an aside right after a name and its comma ("Chile, alarmed by Argentine rearmament,
    drew closer to Peru": what the name suffered or felt, not what it did)."""
    return first > 1 and tokens[first - 1].low == "," and tokens[first - 2].text[:1].isupper() \
        and (first < 3 or tokens[first - 3].low not in ("and", "or"))


def _named_thing_before(tokens: list[Token], first: int) -> bool:
    """Whether a thing of a named state stands right before a participle ("the Pakistani navy patrol plane shot down
    by", "an Iranian airliner downed by"): a capitalized word, not the sentence's first, then one to four lower-case
    nouns up to the verb."""
    index = first - 1
    while index > 0 and first - index <= 4 and tokens[index].text.isalpha() and tokens[index].text.islower():
        index -= 1
    return 0 < index < first - 1 and tokens[index].text[:1].isupper() and tokens[index].text.isalpha()


_FORCE_ROOTS = frozenset(("18", "19", "20"))


def _forced_thing_before(tokens: list[Token], trigger: Trigger) -> bool:
    """Whether an act of force's participle follows a thing named in lower case ("the transport plane shot down by
    Turkish fighters", "the trawler sunk by an Argentine gunboat"): a thing struck, never a doer (an act of force by
    a doer has its object after it, not "by")."""
    before = tokens[trigger.first - 1] if trigger.first > 1 else None
    return before is not None and trigger.entry["cameo"][:2] in _FORCE_ROOTS and before.text.isalpha() \
        and before.text.islower() and before.low not in _NOT_THINGS and before.low not in _DEALS


# what is "struck" or "hit" as a deal is made, not attacked: "the tariff truce struck by Xi and Trump"
_DEALS = frozenset("truce truces deal deals bargain bargains agreement agreements accord accords pact pacts compromise "
                   "ceasefire treaty balance note chord tone pose".split())
_NOT_THINGS = frozenset("and or but then had has have was were is are be been being who which that also not never "
                        "first later soon were it they he she we".split())


def headline_participle(tokens: list[Token], trigger: Trigger) -> bool:
    """Whether a verb comes right after a headline's subject: the line ends with no stop (prose, whose bare participle
    is an active past, does) and only a few names and nouns stand before the verb ("Indian diplomats expelled ...")."""
    if tokens[-1].low in (".", "!", "?") or not 0 < trigger.first <= 4:
        return False
    return all(t.text[:1].isupper() or t.low.isalpha() and not t.low.endswith("ed") for t in tokens[: trigger.first])


# verbs of beginning and going on, and auxiliaries, that may stand between a subject and its act's verb ("a coalition
# led by the United States began bombing Iraq", "... had started shelling")
_BEGINNING = frozenset("began begin begins started start starts continued continues resumed kept".split())
_ASPECTUAL = _BEGINNING | {"had", "has", "have", "then", "to"}  # ("an invitation to Castro to visit": no verb of beginning)


def _right_before_verb(tokens: list[Token], participant: Participant, trigger_first: int) -> bool:
    """Whether only aspectual verbs and auxiliaries stand between a participant and the trigger's verb."""
    gap = tokens[participant.last + 1 : trigger_first]
    return len(gap) <= 3 and all(t.low in _ASPECTUAL for t in gap) and (not gap or not _BEGINNING.isdisjoint(map(_LOW, gap)))


def _office_apposition(tokens: list[Token], earlier: list[Participant], state: Participant, end: int) -> int | None:
    """The closing comma of an apposition that names a person's office by its state's possessive, between a person and
    ", and" ("Chavez, Venezuela's president, and Morales"); None otherwise."""
    if state.first < 2 or tokens[state.first - 1].text != "," \
            or not any(p.last == state.first - 2 and p.mention.kind == "person" for p in earlier):
        return None
    at = state.last + 1
    while at < end and at - state.last <= 3 and tokens[at].text.isalpha() and tokens[at].text.islower():
        at += 1
    return at if state.last + 1 < at < end - 1 and tokens[at].text == "," and tokens[at + 1].low == "and" else None


def left_agents(parts: list[Participant], tokens: list[Token], start: int, trigger_first: int) -> list[Participant]:
    """The subject: the nearest participant left of the trigger not governed by a preposition, with its coordinates."""
    aside = _joined_aside(tokens, start, trigger_first)
    if aside is not None:
        # "About 1,900 Marines, joined by soldiers from Jamaica and Barbados, invaded Grenada": those named in the aside
        # act with the subject before it
        opening, by, closing = aside
        before = left_agents(parts, tokens, start, opening)
        if before:
            for p in parts:  # (plain loops here: a local a comprehension reads is a cell made at every call)
                if by < p.first and p.last < closing:
                    before.append(p)
            return before
    closing = trigger_first - 1
    if closing > start + 3 and tokens[closing].text == "," and (opening := _together_opening(tokens, start, closing)) is not None:
        # "Trinidad and Tobago, together with Jamaica, Barbados and Guyana, established relations with Cuba": the
        # subject stands before the aside, not at the end of the list inside it (as with a list of two, "together with
        # Jamaica and Barbados", which has no comma of its own)
        before = left_agents(parts, tokens, start, opening)
        if before:
            return before
    candidates = []
    for p in parts:
        if start <= p.first and p.last < trigger_first and not _place_phrase(tokens, p):
            candidates.append(p)
    chosen: list[Participant] = []
    heads = set(map(_LAST, candidates))
    for participant in (candidates if _after_adjunct(tokens, start, trigger_first) else reversed(candidates)):
        # ("Castro reached Mozambique, after stops in Libya": the adjunct's act is the main clause's subject's, the
        # first named, not the object nearest to it)
        if governed(tokens, participant, start) and (not _right_before_verb(tokens, participant, trigger_first)
                                                     and not _named_aside(tokens, participant, trigger_first)
                                                     or participant.first >= 2
                                                     and tokens[participant.first - 1].low in ("in", "from")
                                                     and participant.first - 2 in heads or _envoy_to(tokens, participant)):
            continue  # "after Israel declared independence": right before its verb, a name is its subject; not in
            # "Japanese forces in China lay down their arms", where the name says where the subject is
        if _leader_of_named_force(tokens, participant, candidates):
            continue  # "Warsaw Pact troops led by the Soviet Union invaded": the force named before acts, its leader
            # with it ("coalition forces led by the United States attacked", no force named, stays the leader's)
        if _possessor(tokens, participant, trigger_first):
            continue  # "China, the Khmer Rouge's patron, attacked": the owner of a noun in an apposition
        if in_relative(tokens, participant, start, trigger_first):
            continue  # "Pakistan, which had expelled Indian diplomats in 1971, restored": named in the relative clause
        if participant.mention.via in _TOWN_VIAS and _in_restrictive_who(tokens, participant, start):
            continue  # "Taliban gunmen who held Kunduz shelled a Tajik post": the town the men took is no doer (actors9)
        if _in_participle_aside(tokens, participant, start, trigger_first):
            continue  # "Argentine pilots, flying French Mirages, attacked": named in a participle's aside (tune19)
        if _place_of_participle(tokens, participant):
            continue  # "its ministers, meeting in Quito, Ecuador, voted to condemn": where the subject met, no subject
        if _in_apposition(tokens, participant, candidates, trigger_first):
            continue  # "Pakistan, an American ally since 1954, signed": named in an apposition to the subject
        chosen.append(participant)
        break
    if not chosen:
        return []
    head = chosen[0]
    earlier = []
    for p in candidates:
        if p.last < head.first:
            earlier.append(p)
    aside = None
    for participant in reversed(earlier):
        if aside is None and tokens[participant.last].text.endswith(_POSSESSIVE_MARKS):
            closing = _office_apposition(tokens, earlier, participant, chosen[-1].first)
            if closing is not None:
                # "Hugo Chavez, Venezuela's president, and Evo Morales": the office says whom the person before acts
                # for; the list goes on with that person
                aside = (participant.first, closing)
                continue
        if aside is None and tokens[participant.last + 1].text == "," and participant.last + 2 < chosen[-1].first \
                and tokens[participant.last + 2].low == "and":
            opening = subject_apposition(tokens, participant.last + 1)
            if opening is not None and opening < participant.first \
                    and not any(p.last == opening - 1 and p.mention.kind == "person" for p in earlier):
                # (a person's office, "Mandela, then leader of the ANC, and ...", says whom the person acts for)
                aside = (opening, participant.last + 1)
        if aside is not None and aside[0] < participant.first <= aside[1]:
            continue  # "Kazakhstan, the largest successor state of the Soviet Union, and China": the state the
            # apposition names is no party; the list goes on with the name before it
        # "Vietnam, the four Cambodian parties and sixteen other states": a count is no break in a list
        stretch = tokens[participant.last + 1 : chosen[-1].first]
        if aside is not None and participant.last < aside[0] and chosen[-1].first > aside[1]:
            stretch = tokens[participant.last + 1 : aside[0]] + tokens[aside[1] : chosen[-1].first]
        between = _outside_brackets(_without_titled_name(stretch)) - TITLES - COUNTS
        if tokens[participant.last].text.endswith(_POSSESSIVE_MARKS) and "and" in between:
            # "Peru's troops and Ecuador's troops clashed", "Bangladesh's border guards and India's Border Security
            # Force": a state's own force, named by a possessive, is one item of the list
            between = between - AGENT_NOUNS - _OWN_FORCE_WORDS
        if chosen[-1].first >= 2 and tokens[chosen[-1].first - 1].low == "in" and tokens[chosen[-1].first - 2].low in _SEATED_ORGANS:
            # "Pakistan and the government in Kabul signed": the organ and its seat name the second item of the list
            between = between - _SEATED_ORGANS - _SEAT_WORDS
        if not between and participant.mention.kind == "organization" and _venue(tokens, participant, start):
            break  # "At the Security Council China backed Pakistan": the place where, not a name the subject goes by
        if not between:
            chosen.append(participant)  # apposition: "Soviet leader Mikhail Gorbachev", "Churchill (later Attlee)"
        elif between == {"of"} and participant.mention.kind == "person" and chosen[-1].mention.kind == "state":
            chosen.append(participant)  # "Menachem Begin of Israel": the person and the state they act for
        elif "," in between and between <= {",", "the"} and _town_and_state(tokens, parts, participant, start):
            break  # "At San José, Costa Rica, the OAS freed its members": where it met, no subject
        elif "of" in between and between <= _GOVERNMENT_OF and participant.mention.kind == "group" \
                and participant.codes == chosen[-1].codes:
            chosen.append(participant)  # "Cuba and the Government of Nicaragua": one name, so the list goes on before it
        elif (between if chosen[-1].mention.kind != "group" else between - _NEW_RULERS) <= COORDINATORS \
                and ("and" in between or "," in between or "with" in between) and \
                not ("," in between and "and" not in between and (governed(tokens, participant, start)
                                                                   or _governed_title(tokens, participant, start))):
            chosen.append(participant)  # not "in Turkey, Moscow agreed": a place before the subject is no subject
        else:
            break
    return list(reversed(chosen))


def _after_adjunct(tokens: list[Token], start: int, trigger_first: int) -> bool:
    """Whether the trigger is a noun or gerund right after "after" or "before" ("after stops in Libya", "before
    stopping in Cairo", "after a visit to Lima"), an adjunct with no subject of its own."""
    index = trigger_first - 1
    if index > start and tokens[index].low in _ADJUNCT_DETERMINERS:
        index -= 1
    return index > start and (tokens[index].low == "after" or tokens[index].low == "before") \
        and tokens[index - 1].low == ","


_ADJUNCT_DETERMINERS = frozenset("a an his her their its brief short".split())
_POSSESSIVE_MARKS = ("'s", "’s")
# the organs a page names by their seat ("the government in Kabul", "the junta in Rangoon") and the words around them
_SEATED_ORGANS = frozenset("government regime junta authorities leadership rulers".split())
_SEAT_WORDS = frozenset(("the", "in"))
# the words of a state's force after its possessive that AGENT_NOUNS leaves out ("border guards", "air force", "marines")
_OWN_FORCE_WORDS = frozenset("border guards guard air coast marines soldiers units police".split())


def _town_and_state(tokens: list[Token], parts: list[Participant], participant: Participant, start: int) -> bool:
    """'At San José, Costa Rica,', 'In Punta del Este, Uruguay,': a state named after its town, after "at" or "in"
    (not a list that goes on after a town of another state: "in London, India, Canada and ...")."""
    comma, after = participant.first - 1, participant.last + 1
    if comma <= start or tokens[comma].text != "," or participant.mention.kind != "state" \
            or participant.mention.via == "adjective" or after + 1 >= len(tokens) \
            or tokens[after].text != "," or tokens[after + 1].low != "the":
        return False  # (the subject follows, with its article: "Costa Rica, the OAS", not "London, India, Canada")
    for index in range(comma - 1, max(start, comma - 5) - 1, -1):
        if tokens[index].low in ("at", "in"):
            town = [p for p in parts if index < p.first and p.last < comma]
            return index < comma - 1 and all(p.codes == participant.codes for p in town)
        if not tokens[index].text[:1].isupper() and tokens[index].low not in ("del", "de", "la", "el", "es"):
            return False
    return False


# "the Government of Nicaragua", "the Sandinista-led Government of Nicaragua": a government and its state, one name
_GOVERNMENT_OF = frozenset("of government regime".split())
# "Cuba and the new Nicaraguan government": words before a government's name that break no list
_NEW_RULERS = frozenset("new provisional interim revolutionary military".split())


# ", joined by X," between a subject and its verb: X does the act too (not "backed by", "supported by": a backer's own act)
JOINING = frozenset("joined accompanied".split())


def _together_opening(tokens: list[Token], start: int, closing: int) -> int | None:
    """Index of the comma that opens ", together with" (or ", along with") before the comma at ``closing``, when the
    aside between them holds a comma of its own (a list); else None."""
    inner = False
    for index in range(closing - 1, (closing - 16 if closing - 16 > start else start), -1):
        low = tokens[index].low
        if low == "with" and tokens[index - 1].low in ("together", "along") and index - 2 > start \
                and tokens[index - 2].text == ",":
            return index - 2 if inner else None
        if low == ",":
            inner = True
        elif low in (";", ".") or low in _CLAUSE_BREAKS:
            return None
    return None


_CLAUSE_BREAKS = frozenset("which who that when while after before because".split())


def _joined_aside(tokens: list[Token], start: int, trigger_first: int) -> tuple[int, int, int] | None:
    """(opening comma, "by", closing comma) of an aside ", joined by ... ," that ends right before the verb."""
    closing = trigger_first - 1
    if closing <= start or tokens[closing].text != ",":
        return None
    for index in range(closing - 1, (closing - 16 if closing - 16 > start else start), -1):
        if tokens[index].low == "by" and tokens[index - 1].low in JOINING and tokens[index - 2].text == "," and index - 2 > start:
            return index - 2, index, closing
        if tokens[index].low == "with" and (comma := _with_forces(tokens, index, start)) is not None:
            return comma, index, closing
    return None


# ", with units from Jamaica and Barbados," / ", together with British forces,": forces named beside the subject act
# with it (not ", with Soviet help,": a backer's aid is an act of its own)
_FORCES = frozenset("units unit troops forces force soldiers contingents contingent paratroopers marines warships ships "
                    "aircraft planes detachments detachment battalions brigades".split())


def _with_forces(tokens: list[Token], index: int, start: int) -> int | None:
    """Index of the comma that opens ", with" (or ", together with", ", along with") at ``index`` when forces are named
    in the aside before the next comma; else None."""
    comma = index - 1 if tokens[index - 1].low not in ("together", "along") else index - 2
    if comma <= start or tokens[comma].text != ",":
        return None
    for following in tokens[index + 1 : index + 9]:
        if following.text in (",", ";"):
            return None
        if following.low in _FORCES:
            return comma
    return None


def joined_by(tokens: list[Token], first: int, start: int) -> int | None:
    """Index of the comma that opens ", joined by" (or "accompanied by", "backed by", ...) a few words before the
    name at ``first``, when a name comes before that comma; else None."""
    for index in range(first - 1, max(start, first - 8) - 1, -1):
        if tokens[index].text in (",", ";"):
            return None
        if tokens[index].low == "by" and index >= 2 and tokens[index - 1].low in JOINING and tokens[index - 2].text == "," \
                and index - 2 > start:
            return index - 2
        if tokens[index].low == "with" and index >= 2 and (comma := _with_forces(tokens, index, start)) is not None:
            return comma
    return None


def _venue(tokens: list[Token], participant: Participant, start: int) -> bool:
    """Whether a body is named as where something happens: "at the Security Council", "in the General Assembly"."""
    index = participant.first - 1
    if index >= start and tokens[index].low == "the":
        index -= 1
    return index >= start and tokens[index].low in ("at", "in", "inside", "before")


def _in_apposition(tokens: list[Token], participant: Participant, candidates: list[Participant], trigger_first: int) -> bool:
    """Whether a name sits in a phrase set off by commas right after another name, with a date in it ("Cuba, a Soviet
    ally since 1961, signed"): the phrase describes the subject named before it."""
    opening = participant.first - 1
    while opening >= 0 and tokens[opening].text != "," and participant.first - opening <= 4:
        opening -= 1
    if opening < 1 or tokens[opening].text != "," or opening - 1 not in map(_LAST, candidates):
        return False
    for closing in range(participant.last + 1, trigger_first):  # (plain loops: no cell made at every call)
        if tokens[closing].text == ",":
            break
    else:
        return False
    if closing + 3 < trigger_first:
        return False
    for i in range(participant.last + 1, closing):
        if tokens[i].low == "since":
            return True
    # "Ghana, once a British colony, signed": a describing phrase right before the verb (", and" after it is a list,
    # told by subject_apposition)
    return closing + 1 == trigger_first and _describing_phrase(tokens, opening, closing) \
        and not any(c.last == opening - 1 and c.mention.kind == "person" for c in candidates)  # (not "Mandela, then
    # leader of the ANC, visited": a person's office says whom the person acts for)


_SUBORDINATORS = frozenset("after before when until since while because as once".split())


def _named_aside(tokens: list[Token], participant, trigger_first: int) -> bool:
    """A name set off by commas between a subject after "after", "when", ... and its verb ("after an American
    cruiser, the Vincennes, shot down"): the subject still stands right before its verb (not "a Korean resident of
    Japan, Mun Se-gwang, fired", where the state is governed by "of")."""
    last, opener = participant.last, participant.first - 1
    while opener > 0 and tokens[opener].low in ("the", "a", "an"):
        opener -= 1
    if opener < 0 or tokens[opener].low not in _SUBORDINATORS:
        return False
    inside = tokens[last + 2 : trigger_first - 1]
    return 0 < len(inside) <= 5 and tokens[last + 1].text == "," and tokens[trigger_first - 1].text == "," \
        and inside[-1].text[:1].isupper() and all(t.text[:1].isupper() or t.low in ("the", "a", "an") or t.low.isdigit() for t in inside)


_ENVOYS = frozenset("envoy envoys ambassador ambassadors representative representatives delegate delegates delegation "
                    "mission emissary minister".split())


def _envoy_to(tokens: list[Token], participant: Participant) -> bool:
    """'The Syrian envoy to the UN accused Israel', "Malaysia's representative in the Security Council spoke": the
    body or state an envoy is sent to, or sits in, is no subject."""
    index = participant.first - 1
    if index >= 0 and tokens[index].low == "the":
        index -= 1
    return index >= 1 and tokens[index].low in ("to", "in", "at") and tokens[index - 1].low in _ENVOYS


def _governed_title(tokens: list[Token], participant: Participant, start: int) -> bool:
    """Whether a preposition governs a name with its title ("hosted by the Soviet premier Alexei Kosygin, ...")."""
    index = participant.first - 1
    while index >= start and (tokens[index].low in TITLES or tokens[index].low in ("the", "a", "an")
                              or tokens[index].text[:1].isupper() and tokens[index].text.isalpha()):
        index -= 1
    # (an article alone is no title: "the foreign ministers of the United States, Britain and France" lists three)
    return index >= start and index < participant.first - 1 and tokens[index].low in PREPOSITIONS \
        and any(t.low not in ("the", "a", "an") for t in tokens[index + 1 : participant.first])


_LEADING = frozenset("led headed commanded".split())


def _leader_of_named_force(tokens: list[Token], participant: Participant, candidates: list[Participant]) -> bool:
    """Whether a participant follows "led by" (or "headed by", "commanded by") right after a force another participant
    names ("Warsaw Pact troops led by the Soviet Union", "NATO forces led by the United States")."""
    by = participant.first - 1 - (participant.first > 1 and tokens[participant.first - 1].low == "the")
    if by < 2 or tokens[by].low != "by" or tokens[by - 1].low not in _LEADING:
        return False
    for q in candidates:  # (a plain loop: no cell made at every call)
        if q.last < by - 1 and by - 1 - q.last <= 2 and tokens[q.last + 1].low in _LED_FORCES:
            return True
    return False


_LED_FORCES = _FORCES | frozenset("army armies navy navies fleet fleets".split())


COUNTS = frozenset("two three four five six seven eight nine ten eleven twelve several many".split())


def _possessor(tokens: list[Token], participant: Participant, trigger_first: int) -> bool:
    """A name in the possessive before a common noun that is no agent ('the Khmer Rouge's patron'), far from the verb."""
    word = tokens[participant.last].text
    following = participant.last + 1
    if not word.endswith(("'s", "’s")) or following >= trigger_first - 1:
        return False
    while following + 1 < trigger_first - 1 and tokens[following].low in _BEFORE_AGENT_NOUN:
        following += 1  # "India's first ambassador to China": the envoy acts for India
    noun = tokens[following]
    if noun.low in _KIN and (participant.mention.kind == "person" or word.lower()[:-2] in _RULERS):
        return False  # "the Shah's twin sister, Princess Ashraf, travelled to Beijing": a ruler's kin sent for the state
    return noun.text.islower() and noun.low not in AGENT_NOUNS and noun.low not in TITLES and noun.low not in QUANTITIES \
        and noun.low not in SEATED and any(t.text == "," for t in tokens[following + 1 : trigger_first])


_BEFORE_AGENT_NOUN = frozenset("first new former chief top senior last own twin elder younger eldest youngest".split())
_RULERS = frozenset("king queen emperor empress shah sultan emir president".split())  # "the Ethiopian emperor's son"
_KIN = frozenset("sister brother son daughter wife consort nephew niece cousin heir half-brother".split())


# nouns that make an adjectival state name a place: "Persian routes", "Soviet waters", "the Korean border"
PLACE_NOUNS = frozenset(
    "route routes corridor corridors front fronts border borders frontier coast coasts waters soil airspace port ports "
    "territory territories side shore shores sector".split()
)


def _place_phrase(tokens: list[Token], participant: Participant) -> bool:
    if participant.mention.via != "adjective":
        return False
    following = participant.last + 1
    # across coordinated adjectives: "Persian and Pacific routes"
    while following < (participant.last + 5 if participant.last + 5 < len(tokens) else len(tokens)) and (tokens[following].low in ("and", "or", ",")
                                                                  or tokens[following].text[:1].isupper()):
        following += 1
    if following >= len(tokens) or tokens[following].low not in PLACE_NOUNS:
        return False
    after = tokens[following + 1].low if following + 1 < len(tokens) else ""
    return after not in AGENT_NOUNS and after not in ("guard", "guards", "guardsmen", "units", "patrols", "police")  # "border troops" act


def _outside_brackets(tokens: list[Token]) -> set[str]:
    """The words of a stretch of tokens, leaving out what stands in parentheses."""
    words, depth = set(), 0
    for token in tokens:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            words.add(token.low)
    return words


# words that are prepositions before a noun and conjunctions before a clause
_CONJUNCTIONS = frozenset("after before until since".split())
_FORCE_NOUNS = frozenset("aircraft troops forces jets planes bombers fighters warships ships army navy soldiers tanks "
                         "units gunboats submarines artillery guerrillas paratroops paratroopers marines".split())


def _force_noun(token: Token) -> bool:
    return token.low in _FORCE_NOUNS


def governed(tokens: list[Token], participant: Participant, start: int) -> bool:
    """Whether a preposition governs the mention ("of Germany"), unless it names whose agents act ("government of")."""
    index = participant.first - 1
    while index >= start and (tokens[index].low in ("the", "a", "an", "its", "their", "both", "all", "other", "western", "eastern")
                              or tokens[index].low in TITLES and tokens[index].text[:1].isupper()):
        index -= 1  # "beside President Rajendra Prasad": a title between the preposition and the name
    if index < start or tokens[index].low not in PREPOSITIONS:
        return False
    if tokens[index].low in _CONJUNCTIONS and participant.last + 2 < len(tokens) and _force_noun(tokens[participant.last + 1]) \
            and _past(tokens[participant.last + 2]):
        return False  # "after NATO aircraft bombed the Chinese embassy": the subject of a clause, no object of "after"
    if tokens[index].low == "of" and index - 1 >= start and (tokens[index - 1].low in AGENT_NOUNS | QUANTITIES
                                                             or tokens[index - 1].low in _MEMBERS):
        return False  # "the government of X", "thousands of X demonstrators", "a suicide bomber of X": X's people act
    if tokens[index].low == "of" and index - 1 >= start and tokens[index - 1].low in _BODY_ORGANS \
            and tokens[index - 1].text[:1].isupper() and participant.mention.kind == "organization":
        return False  # "the Council of the League of Arab States decided to suspend Syria": the organ acts for its body
    if tokens[index].low == "of" and index - 1 >= start and tokens[index - 1].low in _PARTITIVE and participant.mention.via == "adjective":
        return False  # "most of the Cuban advisers left": a share of X's people act (not "most of Germany", a land)
    if tokens[index].low == "of" and _titled_name_before(tokens, index, start):
        return False  # "Presidents Alberto Fujimori of Peru and Jamil Mahuad of Ecuador signed": the named person acts for X
    if tokens[index].low == "in" and index - 1 >= start and participant.mention.via == "capital" and \
            (tokens[index - 1].low in SEATED or seated_name(tokens, index, start)):
        return False  # "the government in Taipei", "crowds in Beijing": who is there acts for the state
    if index == 0 and tokens[0].low == "in" and participant.mention.via == "capital" and \
            [t.low for t in tokens[participant.last + 1 : participant.last + 3]] == [",", "the"] and \
            participant.last + 3 < len(tokens) and tokens[participant.last + 3].low in AGENT_NOUNS | {"authorities", "cabinet", "junta"}:
        return False  # "In London, the government broke off relations": the government seated there acts
    return True


# an organ of a body, named before it with a capital: "the Council of the League", "the General Assembly of the OAS"
_BODY_ORGANS = frozenset("council assembly commission committee secretariat conference summit board parliament".split())
# a share of a people named by its adjective: "most of the Soviet troops", "some of the Cuban workers"
_PARTITIVE = frozenset("most many some all half several few part".split())
# who act for the group named after "of": "gunmen of the Balochistan Liberation Army", "a suicide bomber of Hezbollah"
_MEMBERS = frozenset("bomber bombers gunman gunmen militants commandos members".split())
_PLURAL_TITLES = frozenset("presidents premiers ministers chancellors leaders generals kings ambassadors envoys".split())


def _titled_name_before(tokens: list[Token], of: int, start: int) -> bool:
    """Whether 'of' follows a person's name after a title: "President Alberto Fujimori of", "Minister Farouk al-Sharaa of"."""
    index = of - 1
    names = 0
    while index >= start and index >= of - 4 and tokens[index].text[:1].isupper() and tokens[index].low not in TITLES \
            and tokens[index].low not in _PLURAL_TITLES:
        names += 1
        index -= 1
    return 1 <= names <= 3 and index >= start and (tokens[index].low in TITLES or tokens[index].low in _PLURAL_TITLES) \
        and tokens[index].text[:1].isupper()


def _without_titled_name(stretch: list[Token]) -> list[Token]:
    """A stretch between two subjects less a person's name before 'of': "(Peru) and Jamil Mahuad of (Ecuador)"."""
    if len(stretch) < 3 or stretch[-1].low != "of" or not _name_word(stretch[-2].text):
        return stretch
    index = len(stretch) - 2
    while index >= 0 and _name_word(stretch[index].text) and len(stretch) - 2 - index < 5:
        index -= 1
    return stretch[: index + 1]


def _name_word(word: str) -> bool:
    return word[:1].isupper() or word.startswith(("al-", "el-", "bin ", "ibn")) or word in ("de", "van", "von", "bin", "ibn")


def seated_name(tokens: list[Token], index: int, start: int) -> bool:
    """'the Ministry of National Defence in Beijing': a body's name ending right before 'in' that opens with a seated noun."""
    back = index - 1
    while back >= (index - 5 if index - 5 > start else start) and (tokens[back].text[:1].isupper() or tokens[back].low in ("of", "for", "and")):
        if tokens[back].low in SEATED:
            return True
        back -= 1
    return False


def right_patients(parts: list[Participant], trigger_last: int, end: int) -> list[Participant]:
    found = []  # (a plain loop: no cells nor function made per call)
    for p in parts:
        if p.first > trigger_last and p.last < end:
            found.append(p)
    return found


def noun_agent(parts: list[Participant], tokens: list[Token], trigger_first: int) -> Participant | None:
    """A possessive or adjectival actor just before a nominal trigger: "Hitler's invasion", "the Nazi invasion"."""
    for participant in reversed(parts):
        if participant.last >= trigger_first:
            continue
        gap = list(map(_LOW, tokens[participant.last + 1 : trigger_first]))
        if participant.first > 0 and tokens[participant.first - 1].low in GIVING:
            return None  # "gave Greece an ultimatum": the one given to, not the owner of the act
        if len(gap) <= 3 and all(word not in PREPOSITIONS and word != "as" and word[0].isalpha() and not _verb_like(word) for word in gap):
            # (not "stood beside Tito as the chief guest": the name before "as" is no owner of the noun)
            return participant
        return None
    return None


GIVING = frozenset("gave give gives given sent send sends handed hand offered offer offers promised granted grant showed told".split())
_VERB_WORDS = frozenset("has have had was were is are will would did does do began begin held made took gave opened".split())


def _verb_like(word: str) -> bool:
    """A word that makes the name before a noun its verb's subject, not the noun's owner ("X resumed talks")."""
    return word in _VERB_WORDS or (word.endswith("ed") and len(word) > 4)


def by_agent(parts: list[Participant], tokens: list[Token], after: int, end: int) -> Participant | None:
    for participant in parts:
        if after < participant.first < end and participant.first >= 1:
            lead = [t.low for t in tokens[(participant.first - 3 if participant.first - 3 > after else after) : participant.first]]
            if "by" in lead:
                return participant
    return None


# roles a state named after "with ... as" plays beside the parties: "signed the accord, with France as mediator", "with
# Britain and France as guarantors" (guarantors, mediators, witnesses are no party: other_pairs/CONVENTIONS.md)
_BESIDE_ROLES = frozenset("observer observers witness witnesses mediator mediators sponsor sponsors guarantor guarantors "
                          "co-sponsor co-sponsors broker brokers go-between go-betweens".split())
# who acts with the subject, named after "with": "with its partners in the Community", "with the rest of the Union"
_FELLOWS = frozenset("partners allies rest fellow members".split())
_COMPLEMENT_DETERMINERS = frozenset(("a", "an", "the"))
# prepositions inside what was said: "protested that the dispute was a matter between Chad and France"
_SAID_PREPOSITIONS = frozenset("between against with for of in on over from by within among into".split())
_STOP_TEXT = frozenset((",", ";", ":", "(", ")", "—", "–"))
_COORDINATED = frozenset(("and", "or", "the"))
_SEAT_NOUNS = frozenset(("capital", "city", "port", "seat"))
_FORCE_ROOTS = frozenset(("15", "17", "18", "19", "20"))
_BEHALF = frozenset("support behalf defence defense aid help".split())


def _on_behalf(tokens: list[Token], of: int) -> bool:
    """Whether ``of`` closes "in support of", "on behalf of", "in defence of", "to the aid of"."""
    return of >= 2 and tokens[of].low == "of" and tokens[of - 1].low in _BEHALF and tokens[of - 2].low in ("in", "on", "the")


def beside_the_act(tokens: list[Token], participant: Participant, trigger: Trigger) -> bool:
    """Whether a state named after the trigger stands beside the act rather than taking it: a mediator or sponsor
    after "with ... as" ("the two signed the accord, with Italy and Spain as mediators"), the subject's fellows
    after "with" ("with its partners in the Arab League, halted oil sales"), the possessor in what an object is called
    after an accusation ("denounced the new state as a puppet of Vietnam"), or a state inside a prepositional phrase of
    what a complaint says ("protested that the dispute was a matter between Chad and France")."""
    first = participant.first
    if first <= trigger.last + 1:
        return False
    low = tokens[first - 1].low
    window = tokens[max(trigger.last + 1, first - 6) : first]
    if any(t.low == "with" for t in window):
        at = max(i for i, t in enumerate(window) if t.low == "with")
        between = window[at + 1 :]
        if not any(t.text in _STOP_TEXT for t in between):
            if any(t.low in _FELLOWS for t in between) and low in ("of", "in", "the"):
                return True
            for index in range(participant.last + 1, min(len(tokens), participant.last + 8)):
                t = tokens[index]
                if t.text in _STOP_TEXT or t.text == ".":
                    break
                if t.low == "as":
                    role = tokens[index + 1] if index + 1 < len(tokens) else None
                    if role is not None and role.low in _COMPLEMENT_DETERMINERS and index + 2 < len(tokens):
                        role = tokens[index + 2]
                    if role is not None and role.low in _BESIDE_ROLES:
                        return True
                    break
    if low == "of" and first >= 5 and tokens[first - 2].low in _SEAT_NOUNS and tokens[first - 3].low == "the" \
            and tokens[first - 4].text == "," and tokens[first - 5].text[:1].isupper():
        return True  # "talks in Kathmandu, the capital of Nepal": the state of the town where it was done, no party
    root = trigger.entry["cameo"][:2]
    if root in _FORCE_ROOTS and low in ("of", "the") and _on_behalf(tokens, first - (1 if low == "of" else 2)):
        return True  # "sent tanks across the border in support of the rebels": the side helped, not the one fought
    if root not in ("11", "12"):
        return False
    stretch = tokens[trigger.last + 1 : first]
    for i, t in enumerate(stretch):
        if t.text in _STOP_TEXT:
            return False
        if t.low == "as" and i > 0 and i + 1 < len(stretch) and stretch[i + 1].low in _COMPLEMENT_DETERMINERS \
                and any(s.low == "of" for s in stretch[i + 2 :]) and low in ("of", "the"):
            return True  # "branded the regime as a tool of Moscow": what the object is called, not whom it is aimed at
        if t.low == "that" and i == 0:
            # (across the states coordinated before it: "between Chad and France")
            index = first - 1
            while index > trigger.last + 2 and (tokens[index].low in _COORDINATED or tokens[index].text[:1].isupper()):
                index -= 1
            return tokens[index].low in _SAID_PREPOSITIONS
    return False


# verbs whose particle "off" is part of the act, not the place: "cut off Cuba", "fended off Iraq"
_OFF_VERBS = frozenset("cut cuts cutting broke break breaks breaking fend fended fending stave staved ward warded drive "
                       "drove driven fight fought beat beaten call called calls head headed seal sealed sealing shut "
                       "shook shake pay paid buy bought hold held kick kicked fought face faced sell sold sells "
                       "write wrote written ease eased".split())
# what may follow a state crossed: the sentence or clause going on
_AFTER_ROUTE = frozenset((".", ",", ";", ":", ")", "—", "–", "-"))
_FORCE_ROOTS = frozenset("13 15 16 17 18 19 20".split())
# ships and planes struck off a coast
_CRAFT = frozenset("ship ships tanker tankers trawler trawlers freighter freighters airliner airliners aircraft plane "
                   "planes boat boats vessel vessels submarine submarines destroyer destroyers cruiser frigate ferry "
                   "liner dhow dhows junk junks".split())
# coast words after "off the": "off the coast of Oman"
_COASTS = frozenset("coast coasts shore shores".split())


def passed_by(tokens: list[Token], p: Participant, trigger: Trigger, root: str) -> bool:
    """Whether a state named after the trigger is only the route of the act or the sea off which it happened, not whom
    it is aimed at: "sent the rebels rifles through Niger", "shipped grain via Sudan", "by way of Thailand" (force
    "through" a state is force on it: "invaded Cambodia through Laos" keeps Laos out only by its own object), "sank a
    trawler off Sri Lanka", "off the coast of Oman"."""
    before = p.first - 1
    if before > trigger.last and tokens[before].low == "the":
        before -= 1
    if before <= trigger.last:
        return False
    low = tokens[before].low
    if low in ("through", "via") or low == "of" and tokens[before - 1].low == "way" and tokens[before - 2].low == "by":
        # a state's own name, nothing after it that it qualifies ("through Iranian mediation", "through Pakistan's
        # good offices": the go-between takes part); a town crossed keeps its state ("towed through Istanbul")
        following = tokens[p.last + 1].text if p.last + 1 < len(tokens) else "."
        return root not in ("18", "19", "20") and p.mention.via == "name" \
            and (following in _AFTER_ROUTE or following.islower() and following not in ("s", "’s", "'s"))
    if low == "off":
        # force shown off a state is aimed at it ("fired missiles into the waters off Taiwan"), not force on a ship or a
        # plane that happened to be there ("sank a trawler off Sri Lanka", "the bombing of an airliner off Barbados")
        return tokens[before - 1].low not in _OFF_VERBS and (root not in _FORCE_ROOTS or any(
            t.low in _CRAFT for t in tokens[max(trigger.first, before - 3) : before]))
    return low == "of" and tokens[before - 1].low in _COASTS and tokens[before - 2].low == "the" \
        and tokens[before - 3].low == "off" and (root not in _FORCE_ROOTS or any(
            t.low in _CRAFT for t in tokens[max(trigger.first, before - 6) : before - 3]))


# nouns a "that" clause tells the content of ("rejected the claim that Togo had armed the rebels"), and addressees of
# an act of telling a "that" clause may follow with what is told them ("warned the government that ..."): no relative
_CONTENT_NOUNS = frozenset("claim claims charge charges allegation allegations report reports assurance assurances "
                           "promise promises demand demands fact view idea hope hopes fear fears warning warnings "
                           "condition conditions news rumour rumours rumor rumors suggestion proposal belief notion "
                           "argument statement position impression word grounds pledge guarantee guarantees threat"
                           .split())
_ADDRESSEES = frozenset("government ambassador envoy minister president leaders officials council assembly parliament "
                        "congress people world public press reporters journalists".split())
# acts of saying, asking and answering, whose addressee a "that" clause may follow ("warned the government that ...")
_TELLING_ROOTS = frozenset("01 02 03 10 11 12 13 14".split())


def in_object_relative(tokens: list[Token], p: Participant, trigger: Trigger) -> bool:
    """Whether a state named after the trigger stands inside a relative clause on the act's object, not as the object:
    "refused to join the sanctions that Britain and France imposed", "sold Mali grain, a step that angered Morocco",
    "blamed the militia, who had been armed by Uganda" (not a "that" clause telling a content: "rejected the claim that
    Togo had armed the rebels")."""
    if p.mention.via == "reference":
        return False  # "found a formula that each side later described": the pair itself, however named
    if p.first > 1 and tokens[p.first - 1].low == "in" and any(
            t.low in _GOVERNING_NOUNS for t in tokens[max(trigger.first, p.first - 8) : p.first - 2]):
        return False  # "would not recognize the government that seized power in Uganda": whose government it is
    for index in range(p.first - 1, trigger.last, -1):
        token = tokens[index]
        if token.text in (";", ":", "(", ")"):
            return False
        low = token.low
        if low in ("which", "who", "whom", "whose", "that") and p.mention.kind == "person" \
                and tokens[index - 1 - (tokens[index - 1].text == ",")].low in _POLITY_NOUNS:
            return False  # "recognized the republic that Agostinho Neto proclaimed": its leader names whose it is
        if low in ("which", "who", "whom", "whose"):
            # (right after a verb it asks: "decided which ..."; after a preposition it tells the terms of an agreement
            # and its party: "signed an agreement under which the Soviet Union would buy the sugar")
            return (index > trigger.last + 1 or trigger.last > trigger.first) and tokens[index - 1].low not in PREPOSITIONS \
                and not _apposed_act(tokens, index, trigger) and not _host_or_beneficiary(tokens, index, p)
        if low == "that":
            return _relative_that(tokens, index, p, trigger)
    return False


def _relative_that(tokens: list[Token], index: int, p: Participant, trigger: Trigger) -> bool:
    """Whether the "that" at ``index`` opens a relative clause on a noun ("the sanctions that Britain imposed"), not what
    a verb says ("said that"), a result ("so strongly that"), a content ("the claim that") or a time ("and that May")."""
    noun = tokens[index - 1]
    if not (index - 1 > trigger.last or index - 1 == trigger.last > trigger.first):
        return False  # the noun may end a trigger's phrase ("refused to sign the pact that ..."), not be its verb
    if any(t.text == "," for t in tokens[index + 1 : p.first]):
        return False  # a restrictive clause ends at a comma: "accused the governments that joined it, Jamaica's among them"
    following = tokens[index + 1].low if index + 1 < len(tokens) else ""
    return noun.text.isalpha() and noun.text.islower() and noun.low not in _CONTENT_NOUNS \
        and noun.low not in _NOT_NOUNS and noun.low not in PAST_IRREGULAR and not noun.low.endswith(("ed", "ly")) \
        and not (noun.low in _ADDRESSEES and (trigger.entry["cameo"][:2] in _TELLING_ROOTS or any(
            t.low.startswith(_TELLING_VERBS) for t in tokens[max(trigger.first, index - 5) : index]))) \
        and not _apposed_act(tokens, index, trigger) \
        and following not in _TIME_WORDS and not any(t.low in ("so", "such") for t in tokens[max(trigger.last, index - 3) : index]) \
        and not _host_or_beneficiary(tokens, index, p)


# polities a relative clause may say which of is meant by naming their leader
_POLITY_NOUNS = frozenset("republic republics state government governments regime regimes junta kingdom federation "
                          "administration authorities leadership".split())
# rulers named by where they rule: "the regime that took power in X"
_GOVERNING_NOUNS = frozenset("government governments regime regimes junta authorities leadership rulers".split())
# verbs that tell their addressee something ("tells the assembled officials that ...")
_TELLING_VERBS = ("tell", "told", "inform", "assur", "warn", "remind", "notif", "advis", "convinc", "persuad")


def _apposed_act(tokens: list[Token], opener: int, trigger: Trigger) -> bool:
    """Whether the relative clause opened at ``opener`` is on a noun set in apposition after a comma (", a measure that
    strikes at the Chinese shopkeepers", ", a missile that American analysts identified"): the act or its object told
    again, whose clause may name its real party; not a relative on the object itself."""
    for index in range(opener - 1, max(trigger.last, opener - 5), -1):
        if tokens[index].text == ",":
            return index + 1 < opener and tokens[index + 1].low in ("a", "an")
        if not tokens[index].text.isalpha():
            return False
    return False


# words before "that" that are no noun: verbs of saying and knowing, conjunctions, prepositions, adverbs
_NOT_NOUNS = frozenset("and or but so such now than in of on at for with to by from as all both say says tell tells "
                       "know knows think thinks believe believes feel feels insist insists warn warns claim claims "
                       "agree agrees announce announces declare declares hope hopes fear fears ensure ensures show "
                       "shows mean means meant argue argues add adds suggest suggests note notes realize realise "
                       "understand understood stated repeated today yesterday tonight again also then later once "
                       "first instead here there".split())
# "that" opening a time: "and that May voters approved it", "later that year"
_TIME_WORDS = frozenset("year years month months week weeks day days summer autumn winter spring evening night morning "
                        "afternoon time january february march april may june july august september october november "
                        "december".split())


# verbs of a relative clause that make its state the place or the beneficiary of the object, and so of the act: "a
# visit timed with the summit that Chile hosted" (a visit to Chile), "joined the loan that helped Burma", "the
# programme, which opened the American market to Jamaican goods"; the parties of what the object is: "brokered the
# truce that Chad and Libya signed"
_HOSTING_OR_HELPING = frozenset("host hosts hosted hosting chaired chairs held holds staged organized organised "
                                "helped helps aided aids benefited benefits assisted assists saved opened opens "
                                "signed signs concluded reached created creates founded established formed "
                                "placed gave gives granted grants ceded transferred awarded handed returned".split())


_SUBJECT_GLUE = frozenset(("and", ",", "the", "had", "has", "have", "then", "later", "jointly", "both"))


def _host_or_beneficiary(tokens: list[Token], opener: int, p: Participant) -> bool:
    """Whether the relative clause opened at ``opener`` names its state as the host or the beneficiary of its noun:
    the verb right after the state ("that Chile hosted") or right before it ("that helped Burma")."""
    after = p.last + 1  # the verb after the subject, across the rest of its list ("that Chad and Libya had signed")
    while after < len(tokens) and after <= p.last + 8 and (tokens[after].low in _SUBJECT_GLUE or tokens[after].text[:1].isupper()):
        after += 1
    return after < len(tokens) and tokens[after].low in _HOSTING_OR_HELPING or any(t.low in _HOSTING_OR_HELPING for t in tokens[opener + 1 : p.first])


def before_object_relative(tokens: list[Token], parts: list[Participant], trigger: Trigger) -> list[Participant]:
    """The participants named after the trigger up to the first one inside a relative clause on the act's object (what
    follows it is the relative clause's or a later clause's: "defended the pacts that Pakistan had signed with the
    West, while Egypt argued ...")."""
    for index, p in enumerate(parts):
        if p.first > trigger.last + 1 and in_object_relative(tokens, p, trigger):
            return parts[:index]
    return parts
