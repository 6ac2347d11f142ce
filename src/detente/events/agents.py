"""Who acts on whom in a clause: the subjects and objects of a trigger from voice, position, prepositions,
possessives, coordination, participles and the document's pair in focus, without a parser."""

from __future__ import annotations

import operator
import re
from itertools import chain, compress, filterfalse

from detente.events.dyads import (
    _joint,
)
from detente.events.implicit import (
    _elided_subject,
    _governed_noun,
    _implicit_target,
    _names_its_neighbour,
    _names_the_pair,
    _object_of_verb,
    _object_pronoun,
    _pronoun_subject,
    _refers_back,
    _they_the_pair,
    _told_that,
)
from detente.events.recode import (
    codes,
)
from detente.events.roles import (
    PAST_IRREGULAR,
    PREPOSITIONS,
    Participant,
    _place_phrase,
    before_object_relative,
    beside_the_act,
    by_agent,
    governed,
    is_passive,
    left_agents,
    noun_agent,
    passed_by,
    right_patients,
)
from detente.events.triggers import Trigger, _time_hop

# who arranged a mutual act between others: "a ceasefire requested by ...", "a truce brokered by ..."
_PASSIVE_AUX = frozenset("was were been".split())  # the noun's verb told in the passive: "relations ... were broken"
_ARRANGED = frozenset("requested arranged brokered mediated ordered proposed demanded urged sponsored".split())
_TOPICAL = frozenset("on about over concerning regarding".split())  # a topic named after these is no party to the act
_CODES = operator.attrgetter("codes")  # Participant.codes, read in C: tuple(chain.from_iterable(map(_CODES, parts)))
_FIRST = operator.attrgetter("first")  # Participant.first
_EACH = frozenset(("each", "one"))  # "each other", "one another" after the trigger: a mutual act
_OTHER = frozenset(("other", "another"))


_SANCTIONING_BODIES = frozenset(("UN", "UNSC", "UNGA", "OAS", "EU", "EEC", "OAU", "AU", "ARAB_LEAGUE", "COMMONWEALTH"))
# words that may stand between a verb and its subject ("the delegates also met", "the king later met")
_BETWEEN_SUBJECT_AND_VERB = frozenset("also later then again soon first finally jointly separately both all".split())
_AUXILIARIES = frozenset("was were is are be been being had has have".split())


# a visit paid back ("Nehru returned the visit", "Tito repaid the visit"): the lexicon's spellings of the one entry
RETURNED_VISIT = frozenset({"return * visit", "repay * visit", "return|repay * visit"})


def _named_subject_of_verb(tokens, start: int, trigger) -> bool:
    """Whether an active verb has a subject of its own that is no actor ("the delegates also met India's prime minister and
    China's president"): its objects are not each other's partners (tune29)."""
    index = trigger.first - 1
    while index >= start and tokens[index].low in _BETWEEN_SUBJECT_AND_VERB:
        index -= 1
    if index <= start:
        return False
    word, before = tokens[index], tokens[index - 1]
    return word.text.isalpha() and word.text.islower() and word.low not in _AUXILIARIES and word.low.endswith("s") \
        and word.low not in _PARTIES_NOUNS \
        and (before.low in ("the", "its", "their", "his", "her") or before.text[:1].isupper() and before.text.isalpha())


# nouns that name the parties themselves ("Twelve states signed the treaty, the Soviet Union and the United States among
# them"): their objects or an apposition may still be the pair
_PARTIES_NOUNS = frozenset("states nations countries governments powers members sides parties signatories allies "
                           "neighbours neighbors rivals republics monarchies".split())


def _antecedent(parts: list[Participant], tokens, start: int, first: int | None = None) -> list[Participant]:
    """The subject of a verb in a relative clause with none of its own: the state or person named just before ", who"
    or ", whose" ("Zhou Enlai, who had flown to New Delhi", "Ecuador, whose troops had clashed with Peru"); not before
    ", which", which may take up the whole clause ("shipped grain to Egypt, which was vital in ending the famine"),
    unless a movement or a body is named right before it, the act's verb right after and its object after that
    ("armed the Western Somali Liberation Front, which fought the Ethiopian army": the front fought)."""
    in_turn = first is not None and first == start + 2 and tokens[start].low == "in" and tokens[start + 1].low == "turn"
    if start >= 3 and (first == start or in_turn) and tokens[start - 1].low == "which" and tokens[start - 2].text == ",":
        # "broke off relations with Taiwan, which in turn suspended its flights": a state answering the act told
        named = [p for p in parts if p.last == start - 3 and p.mention.kind in ("organization", "group", "state")]
        if named and named[-1].mention.kind == "state" and not in_turn and not _past_word(tokens[first]):
            return []  # a state's own act after ", which" is told in the past ("Egypt, which signed ..."), not "which is"
        acted_on = any(first < p.first <= first + 6 for p in parts)
        return named[-1:] if acted_on else []
    if start < 3 or tokens[start - 1].low not in ("who", "whose") or tokens[start - 2].text != ",":
        return []
    if tokens[start - 1].low == "whose" and not (start < len(tokens) and tokens[start].low in _WHOSE_ORGANS):
        return []  # "Bhutto, whose father had signed ...": a relative's act, not the state's through its organs
    comma = start - 2
    before = [p for p in parts if comma - 4 <= p.last < comma
              and not any(t.text in _PUNCT_STOPS for t in tokens[p.last + 1 : comma])]
    return before[-1:]


def _relative_object(tokens, parts: list[Participant], trigger: Trigger, start: int, objects: list[Participant]) -> list[Participant]:
    """The object of a verb in a relative clause on a state, when "which" is that object ("Estonia, which the Soviet
    Union had annexed in 1940, restored ...": annexed Estonia): the state named right before ", which", when the verb
    has no object of its own before the comma that closes the clause (a state named after it belongs to the main
    clause: "restored relations with Finland")."""
    if any(token.text in ",;:" for token in tokens[start : trigger.first]):
        return objects  # "Portugal, which India expelled from Goa in 1961, France left": the main clause's verb
    close = next((i for i in range(trigger.last + 1, len(tokens)) if tokens[i].text in ",;:"), len(tokens))
    own = [p for p in objects if p.first < close]
    if own:
        return objects
    antecedent = [p for p in parts if p.last == start - 3 and p.mention.kind == "state"]
    return antecedent[-1:] or objects


_PUNCT_STOPS = frozenset(", ; : ( ) – —".split())
# what acts for a state after "whose": "Ecuador, whose troops had clashed with Peru"
_WHOSE_ORGANS = frozenset("government troops army armies forces navy soldiers jets aircraft planes warships diplomats agents "
                    "leaders leader president premier ministers minister police militia artillery embassy parliament "
                    "cabinet guerrillas fighters bombers ships".split())


_MOVING = frozenset("entry arrival advance deployment landing landings intervention return move".split())


_ACT_NOUNS = frozenset("decision decisions refusal move moves support recognition entry policy policies demand demands "
                       "claim claims attempt attempts offer offers plan plans choice agreement alliance treaty".split())


def _acts_by_possessive(tokens, participant) -> bool:
    """A state in the possessive before a noun of its own act ("Pakistan's decision", "Moscow's refusal")."""
    following = participant.last + 1
    return tokens[participant.last].text.endswith(("'s", "’s")) and following < len(tokens) \
        and tokens[following].low in _ACT_NOUNS


def _mover_of(tokens, parts: list[Participant], start: int, first: int) -> Participant | None:
    """The doer of a movement named as the subject, after "of": "The 1950 entry of the People's Liberation Army into
    Tibet alarmed New Delhi" (the army moved, not Tibet)."""
    for k in range(start + 1, first - 1):
        if tokens[k].low == "of" and tokens[k - 1].low in _MOVING:
            return next((p for p in parts if k < p.first <= k + 2 and p.last < first), None)
    for k in range(start + 1, first - 1):
        if tokens[k].low == "of":
            # "The Indonesian invasion of East Timor alarmed Portugal", "Iraq's invasion of Kuwait": the state named
            # by its adjective or possessive right before the act's noun did it; the one after "of" suffered it
            doer = next((p for p in parts if start <= p.first and p.last < k - 1 and 1 <= k - 1 - p.last <= 3
                         and (p.mention.via == "adjective" or tokens[p.last].text.endswith(("'s", "’s")))
                         and all(t.text.islower() for t in tokens[p.last + 1 : k])), None)
            if doer is not None:
                return doer
            break
    return None


# (the first word of a phrase trigger on a mission: "the Kenyan high commission in Accra reopened", "the Swiss interests
# section in Tehran opened" as "the embassy in ...")
_MISSIONS = frozenset("embassy embassies consulate consulates consulate-general consulates-general legation legations high "
                      "interests".split())
_ENVOYS = frozenset("ambassador ambassadors envoy envoys".split())


# participles whose doers after "by" are a pact's own parties: "the pact signed by Turkey and Iraq"
_MADE_BY = frozenset("signed founded concluded formed ratified initialled initialed".split())


def _reduced_passive(tokens, parts: list[Participant], trigger: Trigger) -> int | None:
    """The index of "by" after a participle on a common noun: the verb trigger 'founded' in 'the alliance founded by
    Cuba', or the noun trigger 'pact' in 'the pact signed by Egypt'; None otherwise."""
    if trigger.entry["form"] == "noun":
        participle, before = trigger.last + 1, trigger.last
        if participle >= len(tokens) or tokens[participle].low not in _MADE_BY:
            return None  # (not "a ceasefire requested by the United States": who asked for it is no party)
    else:
        participle, before = trigger.first, trigger.first - 1
    if participle + 1 >= len(tokens) or tokens[participle + 1].low != "by" or before < 0 \
            or trigger.entry["form"] != "noun" and trigger.first != trigger.last:
        return None
    word = tokens[participle]
    if not (word.text.islower() and word.low.endswith(("ed", "en")) and tokens[before].text.isalpha()
            and tokens[before].text.islower() and tokens[before].low not in PREPOSITIONS
            and tokens[before].low not in ("was", "were", "been", "being", "is", "are", "be", "had", "has", "have")):
        return None
    return None if any(p.first <= before <= p.last for p in parts) else participle + 1


def _visit_of(tokens, parts: list[Participant], trigger: Trigger, end: int):
    """A visit named as a noun with its visitor after "of" and the host after "to" or "in": "the 1994 visit of Yitzhak
    Rabin to Oman" (the visitor is the source, not an object)."""
    of = trigger.last if tokens[trigger.last].low == "of" else trigger.last + 1
    visitor = next((p for p in parts if of + 1 <= p.first <= of + 3), None)
    if visitor is None:
        return None
    host = next((p for p in parts if visitor.last < p.first < end and tokens[p.first - 1].low in ("to", "in")
                 and not set(p.codes) & set(visitor.codes)), None)
    return (visitor.codes[:1], host.codes[:1]) if host is not None else None


# before "the withdrawal of", "the recall of": what is paid for, asked or argued about is not yet done
_SOUGHT = frozenset("for demand demanded demanding demands seek sought seeking urge urged urging on over about".split())


# nouns of a state's joining a body, whose admitted state may follow "of" or "for"
_JOINING_NOUNS = frozenset("admission membership accession entry seating".split())


def _withdrawn_from(tokens, parts: list[Participant], trigger: Trigger, end: int) -> tuple[tuple, tuple] | None:
    """"The recall of France's ambassadors from Washington and Canberra", "the withdrawal of Soviet advisers from Egypt":
    whose people are recalled is named inside the phrase, the states they leave after "from"; None when the phrase
    names no one inside or nothing after "from"."""
    inner = [p for p in parts if trigger.first + 1 < p.first and p.last <= trigger.last]
    after = [p for p in parts if trigger.last < p.first < end or trigger.last < p.first and tokens[trigger.last].low == "from"]
    # "from Washington", "from the Sinai", "from southern Lebanon": the state left follows "from" and a word at most
    origin = next((p for p in after if "from" in {t.low for t in tokens[max(0, p.first - 2) : p.first]}), None)
    if not inner or origin is None or set(origin.codes) & set(inner[0].codes):
        return None
    left = [origin]
    for part in after:  # "from Washington and Canberra": every state named in the list after "from"
        if part.first > left[-1].last and {t.low for t in tokens[left[-1].last + 1 : part.first]} <= {",", "and", "the"}:
            left.append(part)
    return inner[0].codes[:1], tuple(dict.fromkeys(code for p in left for code in p.codes[:1]))


_REBELS = frozenset("rebels insurgents separatists insurgency insurgencies rebellion movements groups forces "
                    "movement group".split())


_LAST = operator.attrgetter("last")  # Participant.last


def _places_listed(tokens, parts: list[Participant], at: int) -> bool:
    """Whether two states or more are listed from token ``at`` on, parted only by commas and "and"."""
    listed, expected = 0, at
    for p in parts:
        if p.first < expected:
            continue
        if p.first > expected:
            break
        listed += 1
        expected = p.last + 1
        while expected < len(tokens) and tokens[expected].low in (",", "and"):
            expected += 1
    return listed >= 2


def _starts_within(parts: list[Participant], first: int, stop: int) -> bool:
    """Whether a participant starts at a token in [first, stop) (a plain loop: the caller makes no cell)."""
    for p in parts:
        if first <= p.first < stop:
            return True
    return False


def _listed_before(tokens, parts: list[Participant], listed: set[int], first: int) -> bool:
    """Whether a participant of ``listed`` (by id) ends before token ``first`` with only commas, "and" and "the" between
    them: "requested by the United States, Argentina and Brazil" (a plain loop)."""
    for q in parts:
        if q.last < first and id(q) in listed and {t.low for t in tokens[q.last + 1 : first]} <= {",", "and", "the"}:
            return True
    return False


def _all_defended_or_own(objects: list[Participant], defended: Participant, own: set[str]) -> bool:
    """Whether every object is the state defended or names only the subject's own states (a plain loop)."""
    for p in objects:
        if not (p is defended or set(p.codes) <= own):
            return False
    return True


_OUSTINGS = frozenset(("expulsion", "expulsions", "suspension", "exclusion"))


def _ousted_from(tokens, parts: list[Participant], trigger: Trigger, end: int):
    """(sources, targets) of a state's ouster told by a noun and "from": "Egypt's expulsion from the Arab League",
    "Cuba's suspension from the OAS": the body or state it is put out of acts on the state that owns the noun (not the
    reverse, as the owner of "Britain's expulsion of Soviet diplomats" does); () for "suspension from" that names no
    one put out of a body ("suspension from the talks"); None when the noun is told otherwise."""
    at = trigger.last + 1 if tokens[trigger.last].low != "from" else trigger.last
    if tokens[at].low != "from":
        return None
    origin = next((p for p in parts if at < p.first <= at + 2 and p.first < end), None)
    owner = noun_agent(parts, tokens, trigger.first)
    if origin is None or owner is None or owner.mention.kind != "state" or set(owner.codes) & set(origin.codes):
        return () if tokens[trigger.last].low == "from" else None
    return origin.codes[:1], owner.codes[:1]


# what befalls a ruler, or what a man takes, "in a coup": "Mujib was killed in a coup", "Rawlings took power in a
# military coup", "the king was deposed in a coup"
_FALLEN_IN = frozenset("killed murdered assassinated shot executed died overthrown ousted deposed toppled removed power".split())
_FALLEN_SUBJECT_KINDS = frozenset(("state", "person", "government"))


def _fallen_in_a_change(tokens, parts: list[Participant], start: int, first: int) -> Participant | None:
    """The subject of its clause as the state a coup or revolution named with no owner of its own befalls, when the
    noun follows "<killed|overthrown|took power> in a": "Sheikh Mujib was killed in a coup" (Bangladesh), "Jerry
    Rawlings took power in a coup" (Ghana); not "the envoy of Chile spoke in a coup's aftermath" nor any other verb."""
    k = first - 1
    if tokens[k].low not in ("a", "the"):
        k -= 1  # one word between: "in a military coup", "in a bloodless coup"
        if tokens[k].low not in ("a", "the"):
            return None
    if k < 2 or tokens[k - 1].low != "in" or tokens[k - 2].low not in _FALLEN_IN:
        return None
    verb = k - 2
    for p in parts:
        if p.first < start or p.last >= verb:
            if p.first >= verb:
                break
            continue
        if p.mention.kind in _FALLEN_SUBJECT_KINDS and (p.first == start or tokens[p.first - 1].low not in PREPOSITIONS):
            return p
        return None
    return None


def _roles(tokens, parts: list[Participant], trigger: Trigger, clause, previous_sources, focus_event, last_states, pair=None,
           previous_subject=(), persons=(), previous_target=(), context=None):
    start, end = clause
    flags = trigger.flags
    form = trigger.entry["form"]
    cameo = trigger.entry["cameo"]  # read once: the rules below test it, or its root, tens of times
    root = cameo[:2]
    coordinated = False
    if "named" in flags:
        # "the Sino-Indian war of 1962 broke out", "the Iran-Iraq War began": a war named by the pair that fought it,
        # both halves of one hyphenated word, is between them (not "when war broke out in Korea", "civil war broke out")
        halves = [p for p in parts if p.first == p.last == trigger.first - 1] if trigger.first > 0 else []
        if len(halves) == 2 and halves[0].codes[:1] != halves[1].codes[:1]:
            return halves[0].codes[:1], halves[1].codes[:1]
        return None
    if form == "noun" and "intrans" in flags:
        # a one-actor happening named by a noun: its actor is in the noun phrase ("the dissolution of the Soviet
        # Union", "the Russian Revolution"), never the subject of the clause around it
        if tokens[trigger.last].low == "of":
            objects = right_patients(parts, trigger.last, end)[:1]
            return (objects[0].codes[:1], ()) if objects else None
        agent = noun_agent(parts, tokens, trigger.first)
        if agent is None:
            following = right_patients(parts, trigger.last, min(end, trigger.last + 4))
            lead = {t.low for t in tokens[trigger.last + 1 : trigger.last + 3]}
            agent = following[0] if following and lead & {"of", "in"} else None
        if agent is None and trigger.first >= 3:
            agent = _fallen_in_a_change(tokens, parts, start, trigger.first)
        return (agent.codes[:1], ()) if agent else None
    if form == "noun" and "fromsrc" in flags:
        after = right_patients(parts, trigger.last, end)
        # (the name may take "the": "the expulsion of Yugoslavia from the Cominform")
        origin = next((p for p in after if p.first > 1 and "from" in (tokens[p.first - 1].low, tokens[p.first - 2].low)
                       and tokens[p.first - 1].low in ("from", "the")), None)
        if origin is not None:
            others = []  # (plain loops in this function: a local a comprehension reads is a cell made at every call)
            for p in after:
                if p is not origin:
                    others.append(p)
            return origin.codes[:1], tuple(code for p in others[:1] for code in p.codes)
    if form != "verb" and tokens[trigger.first].low in _OUSTINGS and trigger.last + 1 < end:
        ousted = _ousted_from(tokens, parts, trigger, end)
        if ousted is not None:
            return ousted or None
    means = _means_after_by(tokens, parts, trigger, start) if root in _FORCE_ROOTS else None
    if means is not None:
        return means
    if form == "noun" and root in ("16", "08") and trigger.last > trigger.first + 2 \
            and tokens[trigger.first + 1].low == "of" and noun_agent(parts, tokens, trigger.first) is None:
        if any(t.low in _SOUGHT for t in tokens[max(0, trigger.first - 4) : trigger.first]):
            return None  # "to pay for the withdrawal of Soviet troops from East Germany": an aim, not the act
        withdrawn = _withdrawn_from(tokens, parts, trigger, end)
        if withdrawn is not None:
            return withdrawn
    if form in ("noun", "verb", "phrase") and root == "04" and trigger.first > 0 and trigger.last + 3 < len(tokens) \
            and tokens[trigger.last].low == "of" or form == "verb" and root == "04" and trigger.first > 0 \
            and trigger.last + 3 < len(tokens) and tokens[trigger.last + 1].low == "of" and tokens[trigger.first - 1].text.isdigit():
        visit = _visit_of(tokens, parts, trigger, end)
        if visit is not None:
            return visit
    if form == "phrase" and tokens[trigger.first].low in _ENVOYS and cameo == "161":
        # "The Indian envoy in Beijing was recalled", "Moscow's ambassador was withdrawn from Tirana": the state whose
        # envoy it is recalls him from the state he served in
        owner = [p for p in parts if p.first < trigger.first and trigger.first - p.last <= 2]
        host = []
        for p in parts:
            if trigger.first < p.first <= trigger.last + 2 and p.first > (owner[-1].last if owner else -1) \
                    and not (owner and set(p.codes) & set(owner[-1].codes)):
                host.append(p)
        return (owner[-1].codes[:1], host[0].codes[:1]) if owner and host else None
    if form == "phrase" and tokens[trigger.first].low in _MISSIONS:
        # "The Egyptian embassy in Tel Aviv was opened": the state whose mission it is opens it in the host's capital
        owner = [p for p in parts if p.first < trigger.first <= p.last + 1]  # ("Egyptian embassy" may be one mention)
        if not owner and pair and len(pair) == 2:
            # "The embassy in Tehran was closed", its owner unnamed: in a text about two states, the other one's
            host = []
            for p in parts:
                if trigger.first < p.first and p.last <= trigger.last and p.codes[0] in pair:
                    host.append(p)
            return ((tuple(filter(host[0].codes[0].__ne__, pair))[:1], host[0].codes[:1])
                    if host and len(set(pair)) == 2 else None)
        host = []
        for p in parts if owner else ():
            if trigger.first < p.first and p.last <= trigger.last and not set(p.codes) & set(owner[0].codes):
                host.append(p)
        return (owner[0].codes[:1], host[0].codes[:1]) if host else None
    fronted = _fronted_participle(tokens, parts, trigger) if form == "verb" and start == 0 else None
    if fronted is not None:
        return fronted
    by = _reduced_passive(tokens, parts, trigger) if "sym" in flags and form in ("verb", "noun") else None
    if by is not None:
        # "Romania joined the alliance founded by Czechoslovakia and Yugoslavia", "the pact signed by Turkey and Iraq":
        # the parties follow "by"; the clause's subject is none of them
        agent = by_agent(parts, tokens, by - 1, end)
        listed = [agent] if agent is not None else []
        for part in parts:
            if listed and part.first > listed[-1].last and part.last < end and \
                    {t.low for t in tokens[listed[-1].last + 1 : part.first]} <= {",", "and", "the"}:
                listed.append(part)
        named = tuple(dict.fromkeys(code for p in listed for code in p.codes))
        if len(named) >= 2:
            return named[:1], named[1:]
    joined = _taking_part(tokens, start, trigger.first) if form == "noun" and "sym" not in flags else None
    if joined is not None:
        # "Hungarian troops took part in the Warsaw Pact invasion of Czechoslovakia": who takes part does the act
        subjects = left_agents(parts, tokens, start, joined)
        objects = []
        for p in right_patients(parts, trigger.last, end):
            if not set(p.codes) & set(chain.from_iterable(map(_CODES, subjects))):
                objects.append(p)
        if subjects and objects:
            return tuple(code for p in subjects for code in p.codes), objects[0].codes
    if form == "noun" and "sym" in flags and trigger.last > trigger.first + 2 and tokens[trigger.first + 1].low == "of":
        # "the normalisation of Sino-Vietnamese relations", "the downgrading of Chinese-Lithuanian relations": the pair
        # is named inside the phrase as one hyphenated word, in its order (unless a doer is named before the noun)
        inside = [p for p in parts if trigger.first + 1 < p.first and p.last < trigger.last]
        halves = [p for p in inside if p.first == p.last and "-" in tokens[p.first].text]
        if len(halves) == 2 and halves[0].first == halves[1].first and halves[0].codes[:1] != halves[1].codes[:1] \
                and len(inside) == 2 and noun_agent(parts, tokens, trigger.first) is None:
            return halves[0].codes[:1], halves[1].codes[:1]
    if form == "noun" and "sym" in flags and trigger.last > trigger.first + 2 and tokens[trigger.first + 1].low == "between":
        # "talks between Iraq and Kuwait broke down", "Talks between the two governments in Jeddah break down": the
        # parties are named inside the phrase, after "between" (not the place after "in")
        inside = [p for p in parts if trigger.first + 1 < p.first and p.last < trigger.last
                  and tokens[p.first - 1].low not in ("in", "at", "near")]
        named = list(dict.fromkeys(code for p in inside for code in (p.codes if p.mention.via == "reference" else p.codes[:1])))
        if len(named) >= 2:
            return (named[0],), (named[1],)
    # "with" right after the noun, or after the noun that a one-word modifier opens ("diplomatic relations with")
    with_at = trigger.first + 1 if trigger.last > trigger.first and tokens[trigger.first + 1].low == "with" else trigger.first + 2
    if form == "noun" and "sym" in flags and trigger.last > with_at + 1 and tokens[with_at].low == "with":
        # "India's talks with Pakistan broke down", "Soviet negotiations with China collapsed": the party whose talks
        # they are stands before the noun, the other is named inside the phrase, after "with"
        agent = noun_agent(parts, tokens, trigger.first)
        inside = [p for p in parts if with_at < p.first and p.last < trigger.last
                  and tokens[p.first - 1].low not in ("in", "at", "near")]
        if agent is None and inside and not _PASSIVE_AUX.isdisjoint(map(_LOW, tokens[inside[-1].last + 1 : trigger.last])):
            # "relations with Taipei were ended by Honduras", "ties with Israel were broken off by Ghana": told object
            # first, the doer follows "by", the other is the one named after "with"
            agent = by_agent(parts, tokens, trigger.last, end)
        if agent is not None and inside and not set(inside[0].codes[:1]) & set(agent.codes):
            return agent.codes[:1], inside[0].codes[:1]
    if form == "noun":
        if "sym" in flags and trigger.last + 2 < end and tokens[trigger.last + 1].low == "in" \
                and trigger.entry["cameo"][:3] == "087" and _places_listed(tokens, parts, trigger.last + 2):
            return None  # "the truce in Angola, Namibia and Mozambique": the states listed after "in" are where it held,
            # not its parties, who are not told
        after = _time_hop(tokens, trigger.last + 1) or trigger.last + 1  # "the treaty of 1978 between China and Japan"
        between = "sym" in flags and (tokens[trigger.last].low == "between" or
                                      after < len(tokens) and tokens[after].low == "between")
        # "the ceasefire between Iran and Iraq ..., watched by UN observers": the parties are named after "between"
        agent = noun_agent(parts, tokens, trigger.first) or (None if between else by_agent(parts, tokens, trigger.last, end))
        if agent is not None and agent.mention.kind == "organization" and agent.last == trigger.first - 1:
            agent = _applier(tokens, parts, agent, start) or agent
        if agent is not None and agent.last == trigger.first - 1 and _named_victim(tokens, trigger, agent):
            # "the Grenada invasion that Reagan ordered", "the Kuwait invasion of August 1990": a state's bare name
            # before a noun of force or coercion is where it was done, not who did it; the doer, if named, follows
            doer = _doer_after(tokens, parts, trigger, end)
            return (doer.codes[:1], agent.codes[:1]) if doer is not None and doer.codes[:1] != agent.codes[:1] else None
        if between and agent is not None and agent.mention.kind == "organization" and agent.first < trigger.first:
            agent = None  # "the UN ceasefire between India and Pakistan": the body arranged it, the parties follow "between"
        if "sym" in flags and agent is not None and agent.first > trigger.last:
            # "a ceasefire ordered by the Security Council": who arranged a mutual act is not one of its parties
            listed = {id(agent)}
            by = agent.first - (2 if agent.first >= 2 and tokens[agent.first - 1].low in ("the", "a", "an") else 1)
            arranged = by >= 1 and tokens[by].low == "by" and tokens[by - 1].low in _ARRANGED
            for p in parts:  # "a ceasefire requested by the United States, Argentina and Brazil": all of them arranged it
                if arranged and p.first > agent.first and _listed_before(tokens, parts, listed, p.first):
                    listed.add(id(p))
            others, arrangers = [], set()
            for p in parts:
                if id(p) not in listed and start <= p.first < end:
                    others.append(p)
                if id(p) in listed:
                    arrangers.update(p.codes)
            if not others and pair and not (arranged and set(pair) <= arrangers):
                return pair[:1], pair[1:]
            if arranged and len(others) >= 2 and len({code for p in others for code in p.codes}) >= 2:
                # "a ceasefire arranged by a UN commission took effect between India and Pakistan": the two named besides
                first_codes = others[0].codes
                return first_codes, tuple(filterfalse(first_codes.__contains__, chain.from_iterable(map(_CODES, others[1:]))))
        if "sym" in flags and agent is not None and agent.first > trigger.last and _arranged_by(tokens, agent) \
                and not _starts_within(parts, start, min(end, agent.first)):
            return None  # "The truce, mediated by Washington and Moscow, held": who the parties were, the clause does not say
        subjects = [agent] if agent else left_agents(parts, tokens, start, trigger.first)
        if not agent and subjects and _pronoun_after_that(tokens, subjects[-1], trigger.first):
            subjects = []  # "Egypt told the United Nations that it accepted the ceasefire": the pronoun's, resolved below
        if agent is not None and agent.mention.via == "adjective" and "sym" not in flags:
            # "the British and French attack on Egypt": demonyms listed before the noun are all its agents
            for part in reversed(list(compress(parts, map(subjects[0].first.__gt__, map(_LAST, parts))))):
                if {t.low for t in tokens[part.last + 1 : subjects[0].first]} in ({"and"}, {","}, {",", "and"}) \
                        and part.mention.via == "adjective":
                    subjects.insert(0, part)
                else:
                    break
        if agent is not None and agent.first > trigger.last and "sym" not in flags:
            # "A blockade of Qatar was imposed by Saudi Arabia, the Emirates, Bahrain and Egypt": every doer the
            # plain list after "by" names
            for part in parts:
                if part.first > subjects[-1].last and part.last < end and \
                        {t.low for t in tokens[subjects[-1].last + 1 : part.first]} <= {",", "and", "the"}:
                    subjects.append(part)
        objects = []
        for p in right_patients(parts, trigger.last, end):
            if p is not agent and p not in subjects and not beside_the_act(tokens, p, trigger):
                objects.append(p)
        if between and agent is None and len({code for p in objects for code in p.codes}) >= 2:
            subjects = []  # "Moscow viewed the treaty between China and Japan with hostility": the parties follow "between"
        if agent is None and "sym" not in flags and _governed_noun(tokens, trigger.first, start):
            return None  # "in reply to the invasion of Afghanistan": whose invasion, the clause's subject does not say
        if agent is not None and agent.first > trigger.last and trigger.last + 1 < end \
                and tokens[trigger.last + 1].low in ("its", "their") and _governed_noun(tokens, trigger.first, start):
            # "Russia answered the downing of its jet by Turkey (with a protest to the UN)": the state whose jet it
            # was, the answering subject, suffered the act
            objects = left_agents(parts, tokens, start, trigger.first)[-1:]
        if "sym" in flags and agent is not None and (agent.mention.via == "adjective" or agent.mention.kind == "organization"
                                                     and agent.first < trigger.first):
            # (and "the two neighbours accepted an OAS ceasefire": a body's plan, its parties the subjects)
            before_agent = left_agents(parts, tokens, start, agent.first)
            if len({code for p in before_agent for code in p.codes}) >= 2 and agent.first - before_agent[-1].last > 2:
                # "Israel and Egypt accept an American ceasefire plan": the two subjects are the parties
                subjects, objects, agent = before_agent, [], None
        if "sym" in flags and agent is not None:
            adjacent = []
            for p in parts:
                if p.last < trigger.first and p.first >= agent.first - 3 and p is not agent:
                    adjacent.append(p)
            subjects = adjacent + subjects
            if adjacent and not {t.low for t in tokens[trigger.last : trigger.last + 2]} & {"with", "between", "among"}:
                objects = []  # "the Nazi-Soviet pact ... shocked American opinion": the parties are the two before it
    elif is_passive(tokens, trigger):
        agent = by_agent(parts, tokens, trigger.last, end)
        subjects = [agent] if agent else []
        if agent is not None:
            # "was attacked by Egypt and Syria": the agents named in a plain list after "by"
            for part in parts:
                if part.first > subjects[-1].last and part.last < end and \
                        {t.low for t in tokens[subjects[-1].last + 1 : part.first]} <= {",", "and", "the"}:
                    subjects.append(part)
        else:
            # "Cuba was expelled from the Organization of American States": the body it is expelled from acts
            # "Soviet diplomats were expelled from Britain": a state expels from its own soil
            origin = [p for p in parts if p.first > trigger.last and p.last < end and (p.mention.kind == "organization"
                                                                                      or trigger.entry["cameo"] == "166")
                      and ("from" in {t.low for t in tokens[max(0, p.first - 2) : p.first]}
                           or tokens[trigger.last].low == "of" and p.first - trigger.last <= 2)]  # "ordered out of Delhi"
            if not origin and cameo == "057":
                # "Bhutan was admitted to the United Nations", "was admitted into NATO": the body entered admits it
                origin = [p for p in parts if trigger.first < p.first and p.last < end and p.mention.kind == "organization"
                          and {"to", "into"} & {t.low for t in tokens[max(0, p.first - 2) : p.first]}]
            if not origin and trigger.last > trigger.first + 1:
                # "Cuba was taken off the US terror list", "was suspended from the Commonwealth": whose list it is, or
                # the body the phrase names, acts (its full name may run past the phrase's last word: "suspended from
                # the Organization of American States")
                origin = [p for p in parts if trigger.first < p.first <= trigger.last]
            subjects = origin[:1]
        objects = left_agents(parts, tokens, start, trigger.first)
        if not subjects and root == "07":
            # "Soviet tanks were delivered to Egypt": the thing given names its giver; the receiver follows "to"
            givers = [p for p in objects if p.mention.via == "adjective"]
            receivers = [p for p in parts if trigger.last < p.first < end and tokens[
                p.first - (2 if p.first >= 2 and tokens[p.first - 1].low == "the" else 1)].low in ("to", "into")]
            if givers and receivers and not set(givers[0].codes) & set(receivers[0].codes):
                subjects, objects = givers[:1], receivers[:1]
        if not subjects and objects and root == "04":
            # "Mengistu was received in Havana", "was welcomed at Downing Street": the guest visits the host's state
            host = []
            for p in parts:
                if trigger.last < p.first < end and p.mention.via in ("place", "capital") \
                        and tokens[p.first - 1].low in ("in", "at") and not set(p.codes) & {c for q in objects for c in q.codes}:
                    host.append(p)
            if host:
                subjects, objects = objects, host[:1]
    else:
        addressed: list[Participant] = []  # those a note was sent to, when a participle after it asks something of them
        subjects = left_agents(parts, tokens, start, trigger.first)
        if subjects and form == "verb" and subjects[0].mention.via == "adjective" and _some_of_a_people(tokens, subjects[0]):
            return None  # "Some Chilean doctors complained ...", "many Peruvian exiles resented it": a part of a
            # people, not its state
        if subjects and form == "verb" and trigger.first > 1 and tokens[trigger.first - 1].text == "," \
                and tokens[trigger.first].low.endswith("ing") and subjects[-1].mention.via == "adjective" \
                and tokens[subjects[-1].first - 1].low in ("a", "an") and not previous_subject and not previous_sources:
            subjects = []  # "stormed a Chinese-run camp, killing nine Chinese workers": a thing's owner does not kill
        then_verb = not subjects and form == "verb" and start > 1 and tokens[start].low == "then" \
            and tokens[start - 1].text == "," and trigger.first == start + 1
        if then_verb:
            # "China fought India in October 1962, then declared a ceasefire": the subject of the clause before, not
            # a state named after the verb ("then withdrew the offer because Somali troops were fighting")
            if previous_subject or previous_sources:
                coordinated = True
            else:
                subjects = _subject_before_and(tokens, parts, start)
        elif not subjects and form == "verb" and "intrans" not in flags:
            subjects = _antecedent(parts, tokens, start, None if "exp" in flags else trigger.first)  # (not a coup: "of Huerta, who had seized power")
            if subjects and subjects[0].mention.kind == "person" and tokens[start - 1].low == "who" \
                    and root not in ("03", "04", "05"):
                subjects = []  # "Musharraf, who had fought in the Kashmir war": a life told, not an act of his state
        if not subjects and not previous_sources and form == "verb" and _coordinated_verb(tokens, trigger.first, start):
            subjects = _subject_before_and(tokens, parts, start)  # "built a road to Delaram, and handed it over"
        elif subjects and not previous_sources and form == "verb" and subjects[-1].mention.via in ("adjective", "name") \
                and _object_of_verb(tokens, subjects[-1]) and _coordinated_verb(tokens, trigger.first, start):
            # "Kuwait feared an Iraqi invasion and asked Britain for help", "Turkey handed Greece a list of fugitives
            # and asked for their return": the demonym or the name in the object of the verb before "and" is no
            # subject; the verb after "and" shares that verb's subject
            named_object = subjects[-1]
            subjects = _subject_of_verb_before(tokens, parts, start, named_object) or subjects
            if named_object.mention.via == "name" and root in ("02", "10") and subjects and subjects[-1] is not named_object:
                addressed = [named_object]  # (whom the list was handed is whom it asks of, when it names no one)
        if subjects and _pronoun_after_that(tokens, subjects[-1], trigger.first):
            subjects = []  # "Iran told the United Nations that it accepted": the pronoun is the subject, resolved below
        if previous_sources and form == "verb" and _coordinated_verb(tokens, trigger.first, start) \
                and not (subjects and start > 0 and tokens[start - 1].low in ("but", "while", "whereas", "yet", ";")
                         and subjects[0].first <= start + 1 and tokens[start].low in ("the", subjects[0].mention.text.split()[0].lower())):
            # "The US Navy destroys two Iranian platforms and sinks an Iranian frigate": the subject of the verb
            # before, not the state named in its object; but a state opening the clause is its own subject
            # ("..., but Romania changed sides and declared war on Hungary")
            subjects, coordinated = [], True
        elif (previous_subject or previous_sources) and form == "verb" and trigger.first > 1 \
                and tokens[trigger.first - 1].text == "," and tokens[trigger.first].low.endswith("ing") \
                and tokens[trigger.first].text.islower() and subjects \
                and not {code for p in subjects for code in p.codes} & set(previous_subject + tuple(previous_sources)) \
                and not _opens_own_clause(tokens, subjects[-1]):
            # "Somalia expelled the Soviet advisers and renounced its treaty with Moscow, accusing the Soviet Union of
            # arming Ethiopia": a participle after a comma has the subject of the verb before it, not the state
            # named in that verb's object
            subjects, coordinated = [], True
        elif form == "verb" and root in _WRITTEN_ROOTS and trigger.first > 3 and tokens[trigger.first - 1].text == "," \
                and tokens[trigger.first].low.endswith("ing") and tokens[trigger.first].text.islower():
            # "Moscow sent notes to London and Paris, demanding ...": what the notes ask is the sender's, of those
            # they were sent to (no act told before lends the subject: sending a note is none)
            sent = _sent_to(tokens, parts, trigger.first - 1, start)
            if sent is not None:
                subjects, addressed = sent
        # a gap in the trigger may hold the object: "promised North Vietnam reconstruction aid"; a verb of a list of
        # acts has its object before the next one ("renounced the treaty and broke off relations with Cuba")
        listed = coordinated or _past_word(tokens[trigger.first])  # (not a gerund: "after three months of fighting and")
        objects = right_patients(parts, trigger.first, next_listed_verb(tokens, trigger.last, end) if listed else end)
        if addressed and (not objects or {c for p in objects for c in p.codes} <= {c for p in subjects for c in p.codes}):
            objects = addressed  # (not the asker's own capital: "asked for them to be sent to Ankara")
        if form == "verb" and (subjects or tokens[start].low in ("it", "they")) and start >= 3 \
                and tokens[start - 1].low == "which" and tokens[start - 2].text == ",":
            # (with a pronoun subject too: "recognised Bangladesh, which it had fought two years earlier")
            objects = _relative_object(tokens, parts, trigger, start, objects)
        if cameo == "170" and tokens[trigger.last].low in _REBELS:
            # "backed Kurdish rebels in Iraq": the act is against the state the rebels fight, named after "in"
            fought = [p for p in objects if p.first > trigger.last and p.mention.kind == "state" and tokens[p.first - 1].low == "in"]
            objects = fought or objects
        if tokens[trigger.last].low == "of" and any(p.first > trigger.last for p in objects):
            # "cast its vote in the Security Council against the admission of Mongolia": a forum named in the gap is
            # where, the object follows "of" (not "drove the German troops out of Hungary", whose gap holds it)
            objects = [p for p in objects if p.first > trigger.last or tokens[p.first - 1].low not in ("in", "at", "before")
                       and not (p.first > 1 and tokens[p.first - 1].low == "the" and tokens[p.first - 2].low in ("in", "at", "before"))]
        if trigger.last + 1 < end and tokens[trigger.last].low in _JOINING_NOUNS and tokens[trigger.last + 1].low in ("of", "for") \
                and any(p.first == trigger.last + 2 and p.mention.kind == "state" for p in objects):
            # "vetoed UN membership for South Korea", "blocked the UN membership of Italy": the state admitted follows;
            # the body named before the noun is what it would join (not "Macedonia's membership of NATO")
            objects = [p for p in objects if p.first > trigger.last] + [p for p in objects if p.first <= trigger.last]
        if cameo == "139" and trigger.entry["phrase"].startswith("give") and tokens[trigger.last].low == "to" \
                and any(trigger.first < p.first < trigger.last for p in objects):
            # "gave Washington, London and Paris six months to turn West Berlin into a free city": whom the deadline is
            # given to fills the gap; what they are told to do, after "to", names no one it is aimed at
            objects = [p for p in objects if p.first < trigger.last]
        elif (tokens[trigger.last].low == "to" or tokens[trigger.last].low in ("at", "in", "before")
                and root == "02" or tokens[trigger.last].low == "with" and root == "04"
                and trigger.entry["phrase"].startswith("raise") or tokens[trigger.last].low in ("seated", "admitted")
                and root == "05") and any(p.first > trigger.last for p in objects):
            # (and "raised the matter of Guantanamo before the United Nations": the body after the last word; "raised
            # the question of the Aegean with Ankara": the state it was raised with; "voted for the Albanian resolution
            # that seated Beijing": the state seated, not the mover)
            # "took the question of the Kuomintang troops to the United Nations": the object follows "to"; the gap
            # names what the act is about
            objects = [p for p in objects if p.first > trigger.last] + [p for p in objects if p.first <= trigger.last]
        if objects and max(map(_FIRST, objects)) > trigger.last:  # (an object after the trigger's last word)
            # "switched its recognition from Taipei to Beijing": what the gap names after "from" is left, not the object
            # "shared intelligence on al-Qaeda with the United States": what the gap names after "on" or "about" is
            # the topic; the partner follows the trigger (not "called on Belgium to")
            kept = []
            for p in objects:
                if p.first > trigger.last or "from" not in {t.low for t in tokens[max(trigger.first, p.first - 2) : p.first]} \
                        and not _TOPICAL.intersection(t.low for t in tokens[max(trigger.first + 2, p.first - 3) : p.first]):
                    kept.append(p)
            objects = kept
        if objects and cameo == "150" and "intrans" in flags and _WEAPON_TEST.search(trigger.entry["phrase"]):
            # "set off a nuclear device in the Algerian Sahara", "at Lop Nur in Xinjiang": where a bomb was tested
            objects = [p for p in objects if not _test_site(tokens, p)]
        if objects:
            # "Peking warned through the Indian ambassador that it would intervene if the Americans crossed": a state
            # whose envoy or embassy carries the message is the go-between, not whom the act is aimed at
            objects = [p for p in objects if not _go_between(tokens, p) and not _on_a_side(tokens, p)
                       and not beside_the_act(tokens, p, trigger) and not passed_by(tokens, p, trigger, root)]
            objects = before_object_relative(tokens, objects, trigger)
        if "sym" in flags and len({p.codes[:1] for p in subjects}) > 1:
            # "China and the United States signed an agreement on China's accession to the WTO": the parties are the
            # two subjects; a state named in the agreement's topic is no third party
            objects = [p for p in objects if not _TOPICAL.intersection(t.low for t in tokens[trigger.last + 1 : p.first])]
            # "Israeli and Syrian forces exchanged fire on the Golan": a place of one of the two parties is where
            own = {p.codes[0] for p in subjects}
            objects = [p for p in objects if not (p.mention.via == "place" and set(p.codes) <= own)]
        # "overran the resistance camps along the Thai border": a border named by its state's adjective is where
        if root == "19" and "armed" not in flags:
            # force used "along the Thai border": where it was used; whom it was used on, the clause does not say
            # (exercises "near the Polish border" are a show of force toward that state, and keep it)
            kept = [p for p in objects if not (_place_phrase(tokens, p) and p.first >= 2
                                               and tokens[p.first - 2].low in ("along", "near", "at"))
                    and not (trigger.entry["phrase"].startswith("join") and p.first > 0 and tokens[p.first - 1].low == "in")]
            # ("joined the fighting in Korea": a war joined in a state may be joined on its side)
            if objects and not kept:
                return None
            objects = kept
            own = {code for s in subjects or _antecedent(parts, tokens, start, trigger.first) for code in s.codes}
            if objects and objects[0].mention.kind == "person" and objects[0].first <= trigger.last + 2 and own \
                    and set(objects[0].codes) <= own:
                return None  # "Sirisena, who defeated Rajapaksa in January 2015 on a promise to review the Chinese
                # contracts": a rival of the same state beaten at home; the state named later is no one fought
    if "exp" in flags and not subjects and form == "verb" and not is_passive(tokens, trigger):
        # "The expansion of Soviet influence ... worried the United States": the doer is named inside the subject
        subjects = [p for p in parts if start <= p.first and p.last < trigger.first][:1]
    if "exp" in flags and form == "verb" and subjects:
        doer = _mover_of(tokens, parts, start, trigger.first)
        subjects = [doer] if doer is not None else subjects
        opening = next((p for p in parts if start <= p.first and p.last < trigger.first), None)
        if doer is None and opening is not None and opening is not subjects[0] and _acts_by_possessive(tokens, opening) \
                and opening.first <= start + 1:
            # "Pakistan's decision to join SEATO in 1954 angered India": the possessor opening the subject did what
            # angered, not the state its act was aimed at
            subjects = [opening]
    if "exp" in flags:
        subjects, objects = objects[:1], subjects
    giver = _received_from(tokens, trigger, subjects, objects) if "rev" not in flags else None
    if giver is not None:
        # "France received about 2.7 billion dollars of Marshall Plan aid from the United States": aid the subject
        # receives, however long its phrase, is given by the state after "from"
        subjects, objects = [giver], subjects
    if "rev" in flags:
        subjects, objects = objects[:1], subjects
    sources = tuple(chain.from_iterable(map(_CODES, subjects)))
    if subjects and subjects[0].first >= 2 and tokens[subjects[0].first - 1].low == "and" \
            and tokens[subjects[0].first - 2].low in ("he", "she") and persons and persons[-1] and persons[-1] not in sources:
        # "where he and Leonid Brezhnev signed a declaration": the person "he" stands for acts with the one named
        sources = (persons[-1],) + sources
    received_by: tuple[str, ...] = ()
    if coordinated and "rev" in flags and sources:
        # "Egypt broke with Britain in 1956 and received a loan from Moscow in 1958": the giver after "from" gives, the
        # subject before "and" receives
        received_by = tuple(previous_subject or previous_sources)
    elif coordinated:
        sources = tuple(previous_subject or previous_sources)
    if form == "verb" and "sym" not in flags and sources and objects:
        # "tears up the Algiers Agreement in a speech to the Iraqi parliament": one's own body addressed in a
        # phrase after the object is no object of the act
        kept = []
        for p in objects:
            if not (set(p.codes) <= set(sources) and p.first - trigger.last > 2 and tokens[p.first - 1].low in ("to", "before", "in", "the")
                    and tokens[p.first - 2].low in ("to", "before", "in")):
                kept.append(p)
        objects = kept
    # "met without Britain", "decided without consulting Washington": who is left out takes no part
    if objects and "without" in map(_LOW, tokens):  # (the word looked for first, in C: most sentences have none)
        objects = [p for p in objects if p.mention.via == "adjective" or not (p.first > 0 and tokens[p.first - 1].low == "without"
                                              or p.first > 1 and tokens[p.first - 2].low == "without" and tokens[p.first - 1].low in _LEFT_OUT)]
    if root in _PAIR_ROOTS and len(set(chain.from_iterable(map(_CODES, subjects)))) > 1 \
            and cameo[:3] != "042" and (root != "19" or _fighting(trigger)):
        # "Argentina and Chile signed a treaty at the Vatican", "Taipei and Beijing opened talks in Singapore", "Iraqi
        # and Iranian troops clashed near Basra": two states named as the subject act with each other; a state or place
        # named after "at", "in" or "near" is where they did it, a city naming their text ("the Tashkent Declaration")
        # where it was signed (not after a visit, "Peng Dehuai and Mikoyan arrived in Pyongyang", nor force used on a
        # third, "the Anglo-French landing at Port Said": there it is the other party)
        objects = [p for p in objects if not _where(tokens, p) and not _text_named_by_place(tokens, p)]
        # "Ecuador and Peru fought over the Cenepa valley until Brazil brokered a ceasefire", "India and Pakistan met
        # in Tashkent after the Soviet Union invited them": a state named in a later clause of its own (a subject after
        # "until", "before", "after", "when") did something else; the two named first act with each other
        subordinate = _subordinate_subject(tokens, parts, trigger.last + 1, end)
        if subordinate is not None:
            objects = list(compress(objects, map(subordinate.__gt__, map(_FIRST, objects))))
        if root in ("03", "05"):
            # "Egypt and Syria merged into the United Arab Republic": the union the two make is no party to it
            objects = [p for p in objects if not (p.first > 1 and "into" in (tokens[p.first - 1].low, tokens[p.first - 2].low))]
        if root == "03":
            # "Indonesia and the Netherlands agreed to transfer the territory to United Nations administration", "Syria
            # and Egypt agreed to merge into one republic": a third named in what the two agreed to is no party to
            # their agreement (one after "with" is: "Britain and France agreed with Turkey on ...")
            objects = [p for p in objects if not _in_agreed_content(tokens, trigger, p)]
        elif root == "06":
            # "Cuban and Angolan troops fought side by side against South African forces": the two work together; the
            # one they act against is no partner of the cooperation
            objects = [p for p in objects if not (p.first > 1 and "against" in (tokens[p.first - 1].low, tokens[p.first - 2].low))]
    if len(objects) > 1 and root == "11" and _body_addressed(tokens, objects[0]):
        # "Iran complained to the Security Council about Iraqi attacks", "Cuba protested to the United Nations that the
        # United States was preparing an invasion": the body hears the complaint; the state complained of is its target
        accused = [p for p in objects[1:] if p.mention.kind != "organization" and not set(p.codes) & set(sources)]
        objects = accused[:1] or objects
    if len(objects) > 1 and root == "13" and _defended(tokens, objects[0]):
        # "threatened to defend Cuba with rockets if the United States attacked it", "warned that it would protect
        # Taiwan against any Chinese attack": the state defended is no target of the threat; the one it is defended
        # from is
        foes = []
        for p in objects[1:]:
            if not set(p.codes) & (set(sources) | set(objects[0].codes)):
                foes.append(p)
        objects = foes[:1] or objects
    defended = next((p for p in objects if _defended(tokens, p) and not set(p.codes) & set(sources)), None) \
        if root == "13" and objects else None
    if defended is not None and _all_defended_or_own(objects, defended, set(sources)):
        # "told the Soviet Union that the United States would defend West Berlin by force", "warned that Soviet
        # rockets could defend Cuba if the Pentagon dared to attack it": the state warned off is the one told, or the
        # one named after "if" or "against", not the state defended
        objects = _warned_off(tokens, parts, trigger, sources, defended) or objects
    elif defended is not None and defended is not objects[0]:
        # "threatened that Soviet rockets could defend Cuba if the United States attacked it": the subject's own force
        # named first, the foe after the state defended
        foes = []
        for p in objects:
            if p is not defended and not set(p.codes) & (set(sources) | set(defended.codes)):
                foes.append(p)
        objects = foes[:1] or objects
    resolution = trigger.entry["phrase"] == "veto" and _RESOLUTIONS.intersection(map(_LOW, tokens[trigger.last + 1 : trigger.last + 5]))
    if resolution:
        # "vetoed several resolutions on Lebanon", "vetoed a draft resolution about Syria": the state a resolution is
        # about is no target of the veto (its sponsor is: "vetoed Pakistani resolutions on Kashmir")
        objects = [p for p in objects if not (p.first > 0 and tokens[p.first - 1 - (tokens[p.first - 1].low == "the")].low in _ABOUT)]
    targets = received_by or tuple(chain.from_iterable(map(_CODES, objects)))
    if resolution and not targets:
        targets = ("UNSC",)  # a veto of a resolution is cast in the Security Council, named or not
    if "sym" in flags and not sources and not targets and pair and _refers_back(tokens):
        sources, targets = pair[:1], pair[1:]  # "This struggle ... is known as the Cold War": the pair in focus
    if not sources and not targets and pair and _names_the_pair(tokens, start, trigger.first):
        sources, targets = pair[:1], pair[1:]  # "Both governments agreed", "the two sides met": the pair in focus
    if not sources and not targets and pair and len(set(pair)) == 2 and _they_the_pair(tokens, parts, start, trigger.first):
        sources, targets = pair[:1], pair[1:]  # "persuaded both governments to stop, and they agreed": the pair in focus
    if not sources and pair and len(set(pair)) == 2 and _names_its_neighbour(tokens, start, trigger.first):
        # "Nepal's treaties with India lapsed. Its southern neighbour then shut the crossings": "its" stands for the
        # state the text is about (named first), its neighbour for the other; the act aims at the first unless named
        sources, targets = pair[1:2], targets or pair[:1]
    if not sources and root == "14":
        # "hundreds of thousands marched in Taipei against ...": a crowd unnamed acts for the state of the capital it is in
        seat = next((p for p in objects if p.mention.via == "capital" and p.first > 0 and tokens[p.first - 1].low in _CROWD_PLACES), None)
        if seat is None:
            # "Crowds in Pakistani cities burned Danish flags": the crowd is of the state whose towns it fills
            seat = next((p for p in parts if start <= p.first and p.last < trigger.first and p.mention.via == "adjective"
                         and p.first > 0 and tokens[p.first - 1].low == "in" and p.last + 1 < len(tokens)
                         and tokens[p.last + 1].low in _TOWNS), None)
        if seat is not None:
            sources = seat.codes[:1]
            targets = []
            for p in objects:
                if p is not seat:
                    targets.extend(filterfalse(sources.__contains__, p.codes))
            targets = tuple(targets)
    if not sources:
        sources = _pronoun_subject(tokens, parts, trigger, clause, focus_event, persons, context)
        if sources is None:
            return None
    if not sources:
        sources = _elided_subject(tokens, parts, trigger, clause, previous_sources, focus_event)
    if _object_pronoun(tokens, trigger, end) and "exp" not in flags:
        # "countered this with Comecon": the pronoun is the target, what follows is the means
        pointed = _implicit_target(tokens, parts, trigger, sources, last_states, focus_event, pronoun_only=True)
        if pointed:
            targets = pointed
    if not targets and len(subjects) == 1 and _joint(subjects[0]) and "intrans" not in flags and "sym" not in flags:
        return None  # "Egypt rejected the Anglo-French ultimatum": the two act together; on whom, the clause does not say
    if len(sources) > 1 and not targets and "sym" not in flags and len(subjects) == 1 and not _joint(subjects[0]):
        if subjects[0].mention.via == "group" and len(set(subjects[0].codes)) > 2 and subjects[0].mention.entity != "JOINT":
            # "Allied troops occupied the port": a group of many acts on no one of its own members; the act is the
            # group's, told with its members (sentence.py codes it by the group's code)
            return sources, ()
        sources, targets = sources[:1], sources[1:]  # "the two nations competed": a reference stands for the pair
    ahead = set(map(_LOW, tokens[trigger.last + 1 : trigger.last + 4]))
    mutual = ahead & _EACH and ahead & _OTHER
    if not mutual and trigger.last + 2 < len(tokens) and tokens[trigger.last + 1].low == "the" and tokens[trigger.last + 2].low == "other" \
            and any(t.low in ("both", "each") for t in tokens[max(start, trigger.first - 4) : trigger.first]):
        mutual = True  # "both sides accused the other": one on the other, each way
    if mutual and len(set(sources)) > 1:
        targets = ()  # "agreed to assist each other": the subjects act on each other
    # "Britain and the United States offered their good offices": what both offer goes to a third, not to each other
    shared_offer = not mutual and root == "03" and trigger.last + 1 < len(tokens) \
        and tokens[trigger.last + 1].low == "their"
    brokers = cameo in MEDIATING  # "The United States and Algeria brokered the ceasefire": not each other's
    # "Kabul and Islamabad broke off relations": a break in relations between the two named is of each with the other
    # (not with a state named later, "through the good offices of the Shah of Iran")
    severed = cameo == "161" and "relations" in {t.low for t in tokens[trigger.first : trigger.last + 3]}
    if not targets and len(set(sources)) > 1 and not shared_offer and not brokers and ((root in MUTUAL_ROOTS
                                                  and (root != "19" or _fighting(trigger)) or severed)
                                                  and not _object_pronoun(tokens, trigger, end) or mutual):
        # "Chinese and Soviet troops fought", "Chamberlain and Hitler pledged": acts done to each other (not "Tanzania
        # and Gabon recognized it": the pronoun is the object, not the other subject)
        sources, targets = sources[:1], tuple(code for code in dict.fromkeys(sources[1:]) if code != sources[0])
    if brokers and not targets and len(set(sources)) > 1:
        return None  # two mediators named, the parties not: on whom, the clause does not say
    own_object = bool(targets) and set(targets).issubset(sources) and not mutual and len(set(sources)) == 1
    if coordinated and not targets and "intrans" not in flags and "sym" not in flags and previous_target \
            and (next_listed_verb(tokens, trigger.last, end) < end or root == "16"
                 and not any(trigger.last < p.first < end for p in parts)):
        # "expelled the Soviet advisers, renounced the 1974 treaty and broke off relations with Cuba": an act of a list
        # that names no one is aimed where the act before it was, not at the state the next act names; so is a cut
        # in relations that ends the list ("accused the Ne Win government of fascism and recalled its ambassador")
        targets = tuple(previous_target)
    if targets and form == "verb" and trigger.last + 1 < end and (tokens[trigger.last + 1].low == "him" or trigger.last > trigger.first + 1
                                                                  and tokens[trigger.first + 1].low == "him") \
            and "exp" not in flags and "rev" not in flags:
        # (so too "him" inside the trigger's gap: "Cairo sent him some Soviet-made arms" is aid to the person, his state)
        # "Nasser accused him of plotting with Iraq": "him", the verb's own object, is the person named before; a
        # state in what he is accused of is no target
        targets = _person_pronoun_target(tokens, parts, trigger, end, sources, persons) or targets
    if not targets and root == "07" and previous_target and sources \
            and (tokens[trigger.first].low.endswith("ed") or tokens[trigger.first].low in ("sent", "gave", "lent")) \
            and set(sources) & set(previous_subject) and not any(trigger.last < p.first < end for p in parts):
        # "Turkey declared its solidarity with Pakistan, and Ankara sent ammunition": aid with no recipient named, sent
        # by the subject of the clause before (named again), goes to that clause's object
        targets = tuple(previous_target)
    if not targets and "intrans" not in flags and tokens and tokens[0].low in _FRONTED_AIMS:
        targets = _fronted_aim(tokens, parts, trigger, sources)  # "Against Finland, the Soviet Union waged war"
    if not targets and "intrans" not in flags:
        # (the state the next act of a list names may be this one's too: "crossed the 38th parallel and captured Seoul")
        targets = _implicit_target(tokens, parts, trigger, sources, last_states, focus_event)
    if not targets and "intrans" not in flags:
        targets = _person_pronoun_target(tokens, parts, trigger, end, sources, persons)
    targets = tuple(filterfalse(sources.__contains__, targets))
    if not targets and len(set(sources)) > 1 and "sym" not in flags and _object_pronoun(tokens, trigger, end) \
            and root in MUTUAL_ROOTS:
        return None  # "Tanzania and Gabon recognized it", "it" standing for no state named: no act of one on the other
    if own_object and "sym" not in flags and pair and sources[0] in pair and objects and \
            all(p.mention.via == "place" for p in objects) and codes()[cameo]["polarity"] == "conflict":
        # "A British task force retook South Georgia": force used on a place of one's own is used on who holds it
        return sources, tuple(code for code in pair if code != sources[0])[:1]
    if own_object and "sym" not in flags and trigger.entry["phrase"].endswith(" here"):
        # "Echeverria of Mexico arrived here today ..., the first by a Mexican head of state": the visitor's own state
        # named in an aside is no host; the report's dateline names it (sentence.py)
        return sources, ()
    if own_object and "sym" not in flags and trigger.entry["phrase"] in RETURNED_VISIT:
        # "Nehru returned the visit, the first Indian prime minister in Lahore": the visitor's own title in an aside is
        # no host; the visit goes back to whoever paid the first (sentence.py)
        return sources, ()
    if own_object and "sym" not in flags:
        return (sources, ()) if "intrans" in flags else None  # "attacked Stalin's memory": an act at home
    if "sym" in flags and not targets and len(set(sources)) >= 2:
        sources, targets = sources[:1], tuple(code for code in sources[1:] if code != sources[0])
    if "sym" in flags and objects and _asked_by(tokens, objects[0].first):
        # "The Security Council met at the request of Britain, France and Egypt": who asked for the meeting is no party
        # to it, nor are the askers parties meeting one another (sent22)
        askers = set(chain.from_iterable(map(_CODES, objects)))
        targets = tuple(code for code in targets if code not in askers)
        if not targets and len(set(sources)) >= 2:
            sources, targets = sources[:1], tuple(code for code in sources[1:] if code != sources[0])
        if not targets:
            return None
    if "sym" in flags and not sources and len(set(targets)) >= 2 and not (
            form == "verb" and objects and "with" in {t.low for t in tokens[max(0, objects[0].first - 2) : objects[0].first]}
            and not any(start <= p.first and p.last < trigger.first for p in parts)) \
            and not (form == "verb" and _named_subject_of_verb(tokens, start, trigger)):
        # "negotiations between Roosevelt, Churchill and Stalin" (not "it broke off relations with Britain and France":
        # a verb's partners after "with" are the other side of its unnamed subject, no pair among themselves)
        sources, targets = targets[:1], tuple(filter(targets[0].__ne__, targets[1:]))
    if sources and not targets and cameo == "042" and trigger.entry["phrase"].startswith(("return", "repay")):
        targets = _visitor_returned(parts, trigger, sources, focus_event)
    if not sources and not targets:
        return None
    if not sources and "intrans" in flags:
        sources, targets = targets[:1], ()
    if not sources and targets and pair and form == "verb" and is_passive(tokens, trigger) and targets[0] in pair \
            and codes()[cameo]["polarity"] == "conflict" \
            and not any(t.low == "by" for t in tokens[trigger.last + 1 : trigger.last + 3]) \
            and not _destination(tokens, parts, trigger, end, targets[0]):
        # (not "overrun by fascist forces": the doer is named, and is no state)
        # "an American U-2 spy plane was shot down near Sverdlovsk": in a history of two states, by the other
        # (not "an Ethiopian airliner was hijacked to Djibouti": where it was taken did not take it)
        sources = tuple(filter(targets[0].__ne__, pair))[:1]
    if not sources and targets and pair and targets[0] in pair and form == "verb" and not is_passive(tokens, trigger) \
            and _unnamed_government(tokens, parts, start, trigger.first):
        # "the new government recognized India's sovereignty over Goa", "the governor-general surrendered to the Indian
        # army": in a history of two states, an organ named without its state, acting on one of them, is the other's
        sources = tuple(filter(targets[0].__ne__, pair))[:1]
    if not sources and targets and pair and targets[0] in pair and form == "verb" and not is_passive(tokens, trigger) \
            and codes()[cameo]["polarity"] == "conflict" and _unnamed_crowd(tokens, parts, start, trigger.first):
        # "Mobs attack the Chinese embassy", "Angry crowds stoned the British consulate": in a history of two states, a
        # crowd named without its state, acting on one of them, is the other's people
        sources = tuple(filter(targets[0].__ne__, pair))[:1]
    if not sources and targets and focus_event is not None and form == "verb" and is_passive(tokens, trigger) \
            and codes()[cameo]["polarity"] == "conflict" and focus_event.polarity == "conflict" \
            and focus_event.target == targets[0] and focus_event.source and focus_event.source != targets[0] \
            and not any(t.low == "by" for t in tokens[trigger.last + 1 : trigger.last + 3]):
        # "Chinese troops attacked Indian posts on the Thag La ridge. Posts in Ladakh were overrun the same day": with no
        # doer named, the one whose hostile act on the same state was told just before
        sources = (focus_event.source,)
    if not sources:
        return None
    if targets and cameo == "163" and trigger.entry["phrase"].startswith("vote for "):
        # "voted for United Nations sanctions", "voted for new sanctions, adopted by the Security Council": the body that
        # imposes them is no target of the vote (tune29)
        targets = tuple(code for code in targets if code not in _SANCTIONING_BODIES)
        if not targets:
            return None
    return sources, targets


_WEAPON_TEST = re.compile(r"^(?!.*missile).*(?:\btest|detonat|explo|\bbombs?\b|device)")  # (a missile fired near a state is aimed at it)


def _test_site(tokens, p: Participant) -> bool:
    """Whether a participant after a weapons test is where it was set off: after "in", "at", "near" or "off", with or
    without "the" ("in the Algerian Sahara", "near Semipalatinsk")."""
    before = p.first - 1
    if before >= 0 and tokens[before].low == "the":
        before -= 1
    return before >= 0 and tokens[before].low in ("in", "at", "near", "off", "over")


def _visitor_returned(parts, trigger: Trigger, sources, focus_event) -> tuple[str, ...]:
    """Whom a returned visit goes to ("Mao visited Moscow in 1957, and Khrushchev returned the visit in 1958"): the
    state of the first visitor, the first state named before it that is not the returning one's, or the doer of the
    visit told just before to the returning state."""
    for p in parts:
        if p.first >= trigger.first:
            break
        if p.mention.via not in ("capital", "place") and p.codes[0] not in sources:
            return p.codes[:1]
    if focus_event is not None and focus_event.cameo[:2] == "04" and focus_event.target in sources and focus_event.source:
        return (focus_event.source,)
    return ()


def _destination(tokens, parts, trigger: Trigger, end: int, target: str) -> bool:
    """Whether the clause names, after the trigger, a place the target was taken to ("was hijacked to Djibouti", "was
    diverted into Syria"): the state of a destination, and no other, is named after the verb."""
    others = [p for p in parts if trigger.last < p.first < end and target not in p.codes]
    if not others:
        return False
    p = others[0]
    before = p.first - (2 if p.first >= 2 and tokens[p.first - 1].low == "the" else 1)
    return before > trigger.last - 1 and tokens[before].low in ("to", "into") and p.mention.via in ("place", "capital", "name")
_APPLYING = frozenset("applied apply applies applying enforced enforce enforces enforcing implemented implement implements "
                      "implementing observed observe observes observing imposed impose imposes imposing".split())


def _applier(tokens, parts: list[Participant], body: Participant, start: int) -> Participant | None:
    """'Zambia ... applied United Nations sanctions against the regime': a body's measure that a state applies,
    enforces or imposes is the state's act; the state is the subject of that verb."""
    verb = body.first - 1
    if verb > start and tokens[verb].low == "the":
        verb -= 1
    if verb <= start or tokens[verb].low not in _APPLYING:
        return None
    doers = left_agents(parts, tokens, start, verb)
    return doers[-1] if doers and doers[-1].mention.kind != "organization" else None


# the envoys and missions a message is passed through ("through the Indian ambassador", "via the Swiss embassy")
_GO_BETWEENS = frozenset(("ambassador ambassadors envoy envoys embassy embassies legation legations consul chargé "
                          "diplomats diplomat representative intermediaries intermediary channels channel").split())


# what a note sent may do, told in a participle after it: state, appeal, offer, demand, protest, reject, threaten
_WRITTEN_ROOTS = frozenset(("01", "02", "03", "10", "11", "12", "13"))
_SENT_NOTES = frozenset("note notes letter letters message messages protest protests memorandum cable cables telegram "
                        "telegrams ultimatum".split())


def _sent_to(tokens, parts: list[Participant], comma: int, start: int):
    """The sender and the addressees of a note whose participle follows the comma at ``comma`` ("sent notes to London
    and Paris, demanding", "sent a note to Britain, protesting"): the plain list of states between "to" and the
    comma, and the state named before the note's noun. None otherwise."""
    listed = [p for p in parts if start <= p.first and p.last < comma]
    if not listed or listed[-1].last != comma - 1:
        return None
    run = [listed[-1]]
    for p in reversed(listed[:-1]):
        if {t.low for t in tokens[p.last + 1 : run[0].first]} <= {",", "and", "the"}:
            run.insert(0, p)
        else:
            break
    to = run[0].first - (2 if run[0].first >= 2 and tokens[run[0].first - 1].low == "the" else 1)
    if to < 2 or tokens[to].low != "to":
        return None
    noun = next((i for i in range(to - 1, max(start, to - 5) - 1, -1) if tokens[i].low in _SENT_NOTES), None)
    if noun is None:
        return None
    sender = [p for p in parts if start <= p.first and p.last < noun]
    if not sender or set(sender[-1].codes) & {code for p in run for code in p.codes}:
        return None
    return [sender[-1]], run


def _go_between(tokens, p: Participant) -> bool:
    """Whether a participant is told as the channel of the act: its envoy or mission after "through" or "via"
    ("through the Indian ambassador", "via the Pakistani embassy"); a state crossed "through" keeps its part."""
    after = p.last + 1  # (a title names the envoy inside the mention: "the Indian ambassador")
    if tokens[p.last].low not in _GO_BETWEENS and (after >= len(tokens) or tokens[after].low not in _GO_BETWEENS):
        return False
    return any(t.low in ("through", "via") for t in tokens[max(0, p.first - 2) : p.first])


def _on_a_side(tokens, p: Participant) -> bool:
    """Whether a participant is the side fought on ("fought on the German side against the Soviet Union"): an ally,
    not whom the act is aimed at; "on the Indian side of the Line of Control" is a place, and keeps its holder."""
    return tokens[p.last].low == "side" and p.first >= 2 and tokens[p.first - 2].low == "on" \
        and not (p.last + 1 < len(tokens) and tokens[p.last + 1].low == "of")


# prepositions that, fronted and set off by a comma, name whom the sentence's act is aimed at
_FRONTED_AIMS = frozenset(("against", "toward", "towards"))


def _fronted_aim(tokens, parts, trigger: Trigger, sources) -> tuple[str, ...]:
    """ "Against Finland, the Soviet Union waged war", "Toward Cuba, Washington imposed an embargo": the state named in
    the phrase that opens the sentence, up to its comma before the trigger, is the act's target."""
    for p in parts:
        if p.first > 2:
            break
        if (p.first == 1 or p.first == 2 and tokens[1].low == "the") and p.last + 1 < trigger.first \
                and tokens[p.last + 1].text == "," and not set(p.codes) & set(sources):
            return p.codes
    return ()


def _person_pronoun_target(tokens, parts, trigger, end, sources, persons) -> tuple[str, ...]:
    """"refused to sell him arms", "asked her to mediate": the person the pronoun stands for, named before the act in
    the sentence, else the person who opened a sentence last."""
    window = list(map(_LOW, tokens[trigger.last + 1 : (trigger.last + 4 if trigger.last + 4 < end else end)]))
    if trigger.last > trigger.first + 1 and tokens[trigger.first + 1].low == "him":
        window.append("him")  # "sent him some arms": the pronoun in the trigger's gap
    if "him" not in window and "her" not in window or "her" in window and window.index("her") + 1 < len(window) \
            and window[window.index("her") + 1].isalpha() and "him" not in window:
        return ()  # ("her troops": a possessive)
    named = [p for p in parts if p.last < trigger.first and p.mention.kind == "person" and not set(p.codes) & set(sources)]
    if named:
        return named[-1].codes[:1]
    return (persons[-1],) if persons and persons[-1] and persons[-1] not in sources else ()


# a part of a people named by a quantifier and a group outside the state's service ("some Chilean doctors")
_SOME = frozenset("some many few".split())
_PEOPLES_PARTS = frozenset("civilians business labor intellectuals exiles opposition media sports religion".split())


def _some_of_a_people(tokens, subject: Participant) -> bool:
    """Whether a demonym subject is a part of its people named by a quantifier and a group outside the state's service
    ("Some Chilean doctors", "many Peruvian exiles", "a few Bolivian business leaders"), not an organ of its state
    (not "some Cuban diplomats", "many Indian soldiers")."""
    return subject.first > 0 and tokens[subject.first - 1].low in _SOME and subject.mention.kind == "group" \
        and subject.mention.role in _PEOPLES_PARTS


_LEFT_OUT = frozenset("consulting informing telling asking the".split())


# organs of a state named without the state: "the new government", "the governor-general", "the regime"
_ORGANS = frozenset("government regime authorities cabinet junta governor governor-general viceroy garrison "
                    "administration leadership".split())


def _unnamed_government(tokens, parts, start: int, first: int) -> bool:
    """Whether the clause's subject before the verb is an organ of a state named without any state ('the new
    government', 'the governor-general, Manuel ...,')."""
    comma = next((i for i in range(first - 1, start - 1, -1) if tokens[i].text == ","), None)
    if comma is not None and tokens[start].low in ("after", "before", "following", "when", "in", "on", "during"):
        start = comma + 1  # "After the Carnation Revolution of April 1974, the new government recognized ..."
    if any(start <= p.first and p.last < first for p in parts):
        return False
    words = [t.low for t in tokens[start:first]]
    return len(words) <= 10 and bool(words) and words[0] == "the" and bool(_ORGANS.intersection(words[:4]))


_CROWDS = frozenset("mob mobs crowd crowds rioters demonstrators protesters protestors students".split())
# where an unnamed crowd protests: in a capital, or marching through it (sent20: "marched through Taipei in protest at")
_CROWD_PLACES = frozenset(("in", "through"))
# ... and a state's armed men named without it: "Soldiers fired on the Cuban embassy in Santiago" (tune22; not gunmen,
# who may be anyone's: "Gunmen attacked the Indian parliament")
_UNNAMED_FORCES = frozenset("soldiers troops policemen police guards".split())


def _unnamed_crowd(tokens, parts, start: int, first: int) -> bool:
    """Whether the clause's subject before the verb is a crowd named without any state ('Mobs', 'angry crowds')."""
    if any(start <= p.first and p.last < first for p in parts):
        return False
    words = [t.low for t in tokens[start:first]]
    # (after a date or a comma that opens the clause: "On 11 September 1973 soldiers fired on ...")
    cut = max((i for i, word in enumerate(words) if word[:1].isdigit() or word == ","), default=-1)
    words = words[cut + 1 :]
    return 0 < len(words) <= 3 and (words[-1] in _CROWDS or words[-1] in _UNNAMED_FORCES)


def _fronted_participle(tokens, parts: list[Participant], trigger: Trigger) -> tuple | None:
    """An act told in a participle clause opening the sentence, whose doer or object is the subject of the main
    clause after its comma: "Having recognized Israel in 1949, Turkey ..." (Turkey recognized Israel),
    "Recognized by Egypt in May 1956, the People's Republic of China ..." (Egypt recognized China)."""
    having = tokens[0].low == "having" and trigger.first <= 2
    passive = trigger.first == 0 and tokens[0].low.endswith("ed") and trigger.last + 1 < len(tokens) \
        and tokens[trigger.last + 1].low == "by"
    if not (having or passive):
        return None
    return _fronted_parties(tokens, parts, trigger, having)


def _fronted_parties(tokens, parts: list[Participant], trigger: Trigger, having: bool) -> tuple | None:
    """The parties of a fronted participle's act (the rest of :func:`_fronted_participle`, a function of its own: the
    cells its comprehensions need are made only for a sentence that opens with one)."""
    comma = next((i for i in range(trigger.last + 1, min(len(tokens), trigger.last + 16)) if tokens[i].text == ","), None)
    if comma is None or any(tokens[i].text in ";:()" for i in range(trigger.last + 1, comma)):
        return None
    main = next((p for p in parts if comma < p.first <= comma + 4), None)
    if main is None or any(tokens[i].low in PREPOSITIONS for i in range(comma + 1, main.first)):
        return None  # "..., in 1950 Turkey": a place or a time opens the main clause, not its subject
    inside = [p for p in parts if trigger.first < p.first and p.last < comma]
    if having:
        targets = tuple(code for p in inside[:1] for code in p.codes if code not in main.codes)
        return main.codes[:1], targets
    agents = [p for p in inside if "by" in {t.low for t in tokens[max(trigger.last, p.first - 2) : p.first]}]
    if not agents:
        return None
    return agents[0].codes[:1], tuple(code for code in main.codes[:1] if code not in agents[0].codes)


PARTAKING = frozenset("participated participate participates participating".split())


def _taking_part(tokens, start: int, first: int) -> int | None:
    """Where 'took part in' or 'participated in' stands before a nominal act within a few words ('joined' is an
    act of its own, coded apart)."""
    for index in range(first - 1, (first - 7 if first - 7 > start else start) - 1, -1):
        low = tokens[index].low
        if low in ("took", "take", "takes", "taking") and index + 2 < first and tokens[index + 1].low == "part" \
                and tokens[index + 2].low == "in":
            return index
        if low in PARTAKING and index + 1 < first and tokens[index + 1].low == "in":
            return index
    return None


_LOW = operator.itemgetter(1)  # Token.low


def _pronoun_after_that(tokens, told, first: int) -> bool:
    """Whether a state is told something ("told the United Nations that it accepted"): "that" and a singular subject
    pronoun stand between it and the verb, and the pronoun is the teller's (not "they" after "Obama and Castro
    announced that", which stands for the two named)."""
    if "that" not in map(_LOW, tokens[told.last + 1 : first - 1]):
        return False  # (the words looked for first, in C: most sentences have no "that" there)
    for i in range(told.last + 1, first - 1):  # (a plain loop: no cell made at every call)
        if tokens[i].low == "that" and tokens[i + 1].low in ("it", "he", "she") and _told_that(tokens, told, i + 1):
            return True
    return False


MUTUAL_ROOTS = frozenset({"03", "04", "05", "06", "19"})

_TOWNS = frozenset("cities towns streets villages capitals".split())


def _where(tokens, participant) -> bool:
    """Whether a participant is named after "at", "in" or "near" ("at the Vatican", "in Moscow", "near Basra"): where
    an act took place."""
    before = [t.low for t in tokens[max(0, participant.first - 2) : participant.first]]
    return bool(before) and (before[-1] in _WHERE or before[-1] == "the" and len(before) == 2 and before[0] in _WHERE)


_WHERE = frozenset(("at", "in", "near"))
_SUBORDINATE_OPENERS = frozenset("until till before after when while once".split())
_SUBORDINATE_PRONOUNS = frozenset(("they", "it", "he", "she"))


def _subordinate_subject(tokens, parts: list[Participant], first: int, end: int) -> int | None:
    """The index of the first word after ``first`` that opens a subordinate clause with a subject and verb of its
    own: a named state or body, or a pronoun, right after "until", "before", "after", "when", ..., then a verb in the
    past ("until Brazil brokered a ceasefire", "before the United Nations mediated", "until they agreed to a truce");
    None when no such clause opens (not "until 1988", "after the war", "before the International Court")."""
    for index in range(first, min(end, len(tokens) - 1)):
        if tokens[index].low not in _SUBORDINATE_OPENERS:
            continue
        after = index + 2 if tokens[index + 1].low == "the" else index + 1  # (a name may hold its "the" or not)
        if tokens[index + 1].low in _SUBORDINATE_PRONOUNS:
            subject_last = index + 1
        else:
            subject = next((p for p in parts if index < p.first <= after), None)
            if subject is None:
                continue
            subject_last = subject.last
        if subject_last + 1 < len(tokens) and _clause_verb(tokens[subject_last + 1]):
            return index
    return None


_CLAUSE_AUXILIARIES = frozenset("had has was were did would could finally then".split())


def _clause_verb(token) -> bool:
    """A verb in the past, an auxiliary or an adverb before one, that makes the name before it a clause's subject."""
    return token.low in _CLAUSE_AUXILIARIES or token.low in PAST_IRREGULAR or _past_word(token)
_RESOLUTIONS = frozenset(("resolution", "resolutions"))
_ABOUT = frozenset(("on", "about", "concerning", "regarding"))


_DEFENDING = frozenset("defend defending protect protecting guard guarding".split())


def _defended(tokens, participant) -> bool:
    """Whether a participant is the object of "defend" or "protect" ("to defend Cuba", "protect the island of Taiwan")."""
    return any(t.low in _DEFENDING for t in tokens[max(0, participant.first - 3) : participant.first])


_FORCE_ROOTS = frozenset(("18", "19", "20"))
_BE = frozenset("was were been is are being".split())


def _means_after_by(tokens, parts, trigger: Trigger, start: int):
    """The roles of force named by its means after a passive's "by" ("The Chinese embassy in Belgrade was hit by five
    American bombs during NATO's air war"): the state the means are told of uses them, on the passive's subject (the
    first state it names), not on a state named later in the sentence; None unless so."""
    for by in range(trigger.first - 1, max(start, trigger.first - 5) - 1, -1):  # (plain loops: no cells made per call)
        if tokens[by].low == "by":
            break
    else:
        return None
    if by < start + 3 or any(t.text in (",", ";") for t in tokens[by + 1 : trigger.first]):
        return None
    if tokens[by - 1].low not in _STRUCK or not (tokens[by - 2].low in _BE or tokens[by - 3].low in _BE and tokens[by - 2].low.endswith("ly")):
        return None  # (not "were alarmed by the Japanese advance": a feeling, its act with an object of its own)
    if trigger.last + 1 < len(tokens) and tokens[trigger.last + 1].low in _OWN_OBJECT:
        return None  # "was damaged by the German invasion of Belgium": the act named has its own object
    doers, done = [], []
    for p in parts:
        if by < p.first and p.last < trigger.first:
            doers.append(p)
    for p in parts:
        if start <= p.first and p.last < by - 2 and not (doers and set(p.codes) & set(doers[-1].codes)):
            done.append(p)
    return (doers[-1].codes[:1], done[0].codes[:1]) if doers and done else None


# participles of a thing struck, whose means the phrase after "by" names ("was hit by", "were struck by")
_STRUCK = frozenset("hit struck shot sunk damaged destroyed wrecked bombed shelled strafed targeted raided attacked".split())
_OWN_OBJECT = frozenset("of on against towards toward into".split())
_RECEIVING = frozenset("received receives receiving obtained obtains obtaining got gets getting acquired acquires acquiring "
                       "accepted accepts accepting secured secures securing won wins winning".split())


_ASKING_NOUNS = frozenset("request requests invitation invitations initiative behest suggestion instance".split())


def _asked_by(tokens, first: int) -> bool:
    """Whether the phrase at `first` follows "at the request of", "at the invitation of", "on the initiative of": the
    asker of a meeting, no party to it."""
    if first >= 1 and tokens[first - 1].low == "the":
        first -= 1  # "at the request of the United States"
    return first >= 2 and tokens[first - 1].low == "of" and tokens[first - 2].low in _ASKING_NOUNS


def _received_from(tokens, trigger: Trigger, subjects, objects):
    """The state after "from" right after an aid word (read as a noun or a verb) the subject receives ("received ... aid from the United States",
    "obtained ... arms from Czechoslovakia"), the receiving verb anywhere between the subject and the noun; else None."""
    if trigger.entry["cameo"][:2] != "07" or not subjects or trigger.last + 2 >= len(tokens) \
            or tokens[trigger.last + 1].low != "from":
        return None
    for giver in objects:  # (a plain loop: no cell made at every call)
        if giver.first == trigger.last + 2 or giver.first == trigger.last + 3 and tokens[trigger.last + 2].low == "the":
            break
    else:
        return None
    if set(giver.codes) & {code for p in subjects for code in p.codes}:
        return None
    between = tokens[subjects[-1].last + 1 : trigger.first]
    return giver if len(between) <= 14 and not _RECEIVING.isdisjoint(t.low for t in between) else None


_WARNED = frozenset("told warned assured informed notified reminded".split())


def _warned_off(tokens, parts, trigger: Trigger, sources, defended) -> list:
    """Whom a threat to defend a state is aimed at: a state named right after "if" or "against" after the state defended
    ("could defend Cuba if the Pentagon dared to attack it"), else the one told right before "that" ("told the Soviet
    Union that ..."); [] when neither is named, or it is the subject's or the defended state's."""
    mine = set(sources) | set(defended.codes)
    for p in parts:
        if p.first > defended.last and not set(p.codes) & mine and p.mention.kind != "person" \
                and any(t.low in ("if", "against") for t in tokens[max(defended.last + 1, p.first - 3) : p.first]):
            return [p]
    for p in parts:
        if p.last + 1 < trigger.first and tokens[p.last + 1].low == "that" and p.first > 0 and not set(p.codes) & mine \
                and (tokens[p.first - 1].low in _WARNED or p.first > 1 and tokens[p.first - 1].low == "the"
                     and tokens[p.first - 2].low in _WARNED):
            return [p]
    return []


def _body_addressed(tokens, participant) -> bool:
    """Whether an organization is named right after "to" ("complained to the Security Council"): the addressee."""
    if participant.mention.kind != "organization" or participant.first < 1:
        return False
    before = participant.first - 2 if tokens[participant.first - 1].low == "the" else participant.first - 1
    return before >= 0 and tokens[before].low == "to"
# the roots of acts two subjects named together do with each other (force only when they fight: _fighting)
_PAIR_ROOTS = frozenset(("03", "04", "05", "06", "19"))
# nouns of a text or a meeting that a city names ("the Tashkent Declaration", "the Brasilia peace act", "the Geneva talks")
_TEXT_NOUNS = frozenset("act accord accords agreement agreements declaration treaty protocol protocols pact charter "
                        "communique communiqué conference summit talks convention understanding memorandum".split())


def _text_named_by_place(tokens, participant) -> bool:
    """Whether a city names the text or meeting right after it ("the Tashkent Declaration", "the Brasilia peace act")."""
    if participant.mention.via not in ("capital", "place") or participant.first == 0 or tokens[participant.first - 1].low != "the":
        return False
    following = tokens[participant.last + 1 : participant.last + 3]
    return any(t.low in _TEXT_NOUNS for t in following)


def _in_agreed_content(tokens, trigger: Trigger, participant) -> bool:
    """Whether a participant is named in what was agreed, after a "to" that follows the verb ("agreed in 1962 to transfer
    the territory to United Nations administration", "agreed to a United Nations mission"), and not after "with"."""
    if participant.first > 0 and tokens[participant.first - 1].low == "with" \
            or participant.first > 1 and tokens[participant.first - 2].low == "with":
        return False
    return any(t.low == "to" for t in tokens[trigger.first + 1 : participant.first])  # (the trigger may hold it: "agree to merge")


# mediation, offered or done: two mediators named together act on the parties, never on each other
MEDIATING = frozenset({"045", "039"})


def _arranged_by(tokens, agent) -> bool:
    """Whether the agent follows 'brokered/mediated/... by (the)'."""
    by = agent.first - (2 if agent.first >= 2 and tokens[agent.first - 1].low == "the" else 1)
    return by >= 1 and tokens[by].low == "by" and tokens[by - 1].low in _ARRANGED


_VICTIM_ROOTS = frozenset(("17", "18", "19", "20"))


def _named_victim(tokens, trigger: Trigger, agent: Participant) -> bool:
    """Whether a state named by its bare name right before a noun of coercion or force suffers it ("the Grenada
    invasion", "the Cuba blockade"); a demonym ("the Soviet invasion"), a possessive ("Iraq's invasion") or an
    abbreviation ("the US invasion", "the USSR blockade") names the doer."""
    return agent.mention.via == "name" and agent.mention.kind == "state" and "sym" not in trigger.flags \
        and trigger.entry["cameo"][:2] in _VICTIM_ROOTS and not tokens[agent.last].text.isupper() \
        and not tokens[agent.last].text.endswith(("'s", "’s", "'", "’"))


def _doer_after(tokens, parts: list[Participant], trigger: Trigger, end: int) -> Participant | None:
    """The doer named right after a noun of force: after "by" ("the Grenada invasion by the United States") or as the
    subject of the relative clause that follows it ("the Grenada invasion that Reagan ordered")."""
    after = trigger.last + 1
    if after + 1 >= len(tokens) or tokens[after].low not in ("by", "that", "which"):
        return None
    first = after + 2 if tokens[after + 1].low == "the" else after + 1
    return next((p for p in parts if after < p.first <= first and p.last < end), None)


def _fighting(trigger: Trigger) -> bool:
    """Force that two subjects use on each other ('Chinese and Soviet troops fought'), unlike force two allies use
    together on a third ('Ethiopian and Cuban forces recaptured Jijiga', 'invaded')."""
    return trigger.entry["phrase"].split()[0] in ("fight", "clash", "skirmish", "war", "clashes", "skirmishes") \
        or "sym" in trigger.flags  # "India and Pakistan went to war", "exchanged fire": a mutual act of force


def _opens_own_clause(tokens, subject: Participant) -> bool:
    """Whether a subject opens a clause of its own after 'and' or 'but' with its verb right after it ("..., and India
    voted for the resolution, siding with Washington": the participle is India's, not the first clause's doer's)."""
    before = subject.first - 2 if subject.first > 0 and tokens[subject.first - 1].low == "the" else subject.first - 1
    after = subject.last + 1
    return before >= 0 and tokens[before].low in ("and", "but", ";") and after < len(tokens) \
        and tokens[after].text.islower() and (_past_word(tokens[after]) or tokens[after].low.endswith("s"))


def _subject_before_and(tokens, parts: list[Participant], start: int) -> list[Participant]:
    """The subject of the clause before a clause cut at ", and" whose verb has none of its own, when the clause before
    told no act: "In 2009 India built a road from Zaranj to Delaram, and handed it over to the Afghan government"."""
    if not (start > 1 and tokens[start].low in ("and", "then") and tokens[start - 1].text == ","):
        return []
    for participant in reversed([p for p in parts if p.last < start - 1]):
        if not governed(tokens, participant, 0) and not _object_of_verb(tokens, participant):
            return [participant]
    return []


def _subject_of_verb_before(tokens, parts: list[Participant], start: int, demonym: Participant) -> list[Participant]:
    """The subject of the verb whose object a demonym qualifies ("Kuwait feared an Iraqi invasion"): Kuwait."""
    verb = demonym.first - 1
    while verb > start and tokens[verb].low in ("the", "a", "an"):
        verb -= 1
    return left_agents(parts, tokens, start, verb) if verb > start else []


def _coordinated_verb(tokens, first: int, start: int) -> bool:
    """Whether a verb follows 'and' with no subject of its own ('destroyed the bases and sank a frigate')."""
    index = first - 1
    if index - 1 > start and tokens[index].low == "to" and tokens[index - 1].low in _CONTROL:
        index -= 2  # "visited Beijing and agreed to return Port Arthur": the verb's subject is the first verb's
    while index > start and tokens[index].low in ("then", "also", "later", "soon", "promptly"):
        index -= 1
    aside = index - 1 if tokens[index].text == "," else index  # "praised Hanoi and, within days, gave it a loan"
    back = aside
    while back > start and aside - back < 4 and (tokens[back].low in _TIME_FILLER or tokens[back].low.isdigit()):
        back -= 1
    if aside < index and back < aside and back > start + 1 and tokens[back].text == "," and tokens[back - 1].low == "and":
        back -= 1  # the time set off by commas
    if back < aside and back > start and tokens[back].low == "and":
        index = back  # "visited Moscow and two days later signed", "and the next day speaks": a time between them
    if index > start and tokens[index].text == "," and index == first - 1 and _listed_verb(tokens, first) \
            and _list_item_before(tokens, index, start):
        # "Somalia expelled the Soviet advisers, renounced the treaty and broke off relations": a list of acts
        return True
    return tokens[index].low == "and" and (index > start or index == start > 0 and tokens[start - 1].text == ",")
    # (a clause cut at ", and" opens with it: "broke off relations with Germany in 1944, and declared war on it")


# the words of a time told between "and" and its verb ("and two days later signed", "and the next day spoke")
_TIME_FILLER = frozenset("a an one two three four five six seven eight nine ten few several the next following same day days "
                         "week weeks month months year years morning evening within later".split())


# verbs whose subject is the subject of the verb they govern with "to" ("agreed to return", "began to release")
_CONTROL = frozenset("agree agrees agreed promise promises promised decide decides decided begin begins began start starts "
                     "started undertake undertakes undertook pledge pledges pledged offer offers offered refuse refuses "
                     "refused threaten threatens threatened try tries tried seek seeks sought vow vows vowed".split())


# what follows a verb in a list of acts: its object or particle ("renounced the treaty", "met President Zia")
_OBJECT_OPENERS = frozenset("the a an its their his her off up out over back down away diplomatic".split())


def _listed_verb(tokens, first: int) -> bool:
    """A verb in the past right after a comma, with its object after it: not a participle aside (", signed in 1974,")."""
    word = tokens[first]
    if not (word.text.islower() and word.low.endswith("ed") or word.low in _LISTED_IRREGULAR):
        return False
    following = tokens[first + 1] if first + 1 < len(tokens) else None
    if any(t.low == "by" for t in tokens[first + 1 : first + 3]):
        return False  # ", owned largely by British shareholders": a participle aside
    return following is not None and (following.low in _OBJECT_OPENERS or following.text[:1].isupper()
                                      or following.text.isalpha() and following.text.islower()
                                      and following.low not in PREPOSITIONS and following.low not in _NOT_OBJECTS)


# words after a verb in the past that show it is no act of a list: a participle aside (", signed in 1974,") or a clause
_NOT_OBJECTS = frozenset("and or but that which who as not also".split())


def _list_item_before(tokens, comma: int, start: int) -> bool:
    """Whether the stretch before ``comma`` tells an act of its own: a verb in the past after the subject, or a list
    item opening with one; not a participle aside ("the Soviet Union, alarmed by the blockade, withdrew")."""
    previous = comma - 1
    while previous > start and tokens[previous].text != ",":
        previous -= 1
    stretch = tokens[previous + 1 : comma] if tokens[previous].text == "," else tokens[start:comma]
    if not any(_past_word(t) for t in stretch):
        return False
    if tokens[previous].text == ",":
        return _listed_verb(tokens, previous + 1)
    return True


def _past_word(token) -> bool:
    return token.text.islower() and token.low.endswith("ed") and len(token.low) > 4 or token.low in _LISTED_IRREGULAR


def next_listed_verb(tokens, after: int, end: int) -> int:
    """Where the next act of a list begins after ``after`` (", renounced the treaty", "and broke off relations"), else ``end``:
    the object of one verb of the list ends there."""
    stop = len(tokens) - 1 if len(tokens) - 1 < end else end
    # only a comma or "and" can open the next act: those positions found in C (a comma's low is its text)
    for index in compress(range(after + 1, stop), map(_LIST_JOINS.__contains__, map(_LOW, tokens[after + 1 : stop]))):
        # (not after an aside: "landed near Santiago and, with Cuban insurgents, defeated the Spanish")
        if _listed_verb(tokens, index + 1) and (tokens[index].text != "," or _list_item_before(tokens, index, after)):
            return index
    return end


_LIST_JOINS = frozenset((",", "and"))


_LISTED_IRREGULAR = frozenset("met broke sent took made gave held won struck shot fought sought began withdrew".split())
