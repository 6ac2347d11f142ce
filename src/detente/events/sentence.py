"""One sentence's events: its triggers, the modality over each, their roles and dates.

Called by ``coder.code_events`` with what the document has told so far (the narrative time, the pair in focus,
the last events); ``agents`` finds who acts on whom in each clause."""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Callable
from typing import NamedTuple

from detente.actors import gazetteer
from detente.events.agents import RETURNED_VISIT, _coordinated_verb, _roles, next_listed_verb
from detente.events.brokers import (
    BROKERED,
    go_betweens,
    hyphenated_brokers,
    may_name_broker,
    mediations,
    without_go_betweens,
)
from detente.events.context import Context
from detente.events.dating import (
    Dated,
    _dated,
    _into_entry_year,
    _within,
    coordinated_dates,
    date_event,
    dates_in_turn,
    place_and_date_after,
)
from detente.events.dyads import (
    GATHERINGS,
    SEAT_NOUNS,
    SIDE_BY_SIDE_ROOTS,
    BlocMembers,
    _addressee_elsewhere,
    _against,
    _agent_of_criticized_act,
    _beside,
    _dyads,
    _extended_to,
    _locative,
    _object_of_act,
    _own_bloc,
    _plain_list,
    _reporting_source,
    charged_list,
    compared_opening,
    each_apart,
    fled_states,
    many_states_gathering,
    many_states_met,
    named_group,
    own_states,
    targets_of_bloc,
)
from detente.events.followed import (
    FOLLOW_WORDS,
    FRONTED_GAP,
    GAPPED,
    STATE_GAPPED,
    followed_in_turn,
    fronted_time_objects,
    gapped_state_turns,
    gapped_turns,
)
from detente.events.implicit import (
    ANSWERING,
    FORCE_NOUNS,
    _fronted_clause_end,
    _governed_anywhere,
    _object_of_verb,
)
from detente.events.lifted import EASED_PARTICIPLES, lifted_later
from detente.events.modality import modality, not_until, planned_after, seen_as_proof, wished_after
from detente.events.quoted import judged_in_quotes, may_judge_in_quotes
from detente.events.recode import (
    _INTENT_CODES,
    ARMED_PEOPLE,
    EASINGS,
    INVITING,
    REVERSALS,
    _declinable,
    _eased,
    _invited,
    _other_sense,
    _promised_not,
    _recode,
    _reversed,
    _undertook_to_stop,
    asked_by_a_text,
    codes,
    de_escalation_asked,
    deployed,
    in_the_street,
    show_of_force,
)
from detente.events.roles import (
    JOINING,
    PREPOSITIONS,
    _past,
    by_agent,
    clause_bounds,
    dating_bounds,
    is_passive,
    left_agents,
    noun_agent,
    participants,
    past_relative,
    right_patients,
)
from detente.events.triggers import Trigger, find_triggers
from detente.model import Document, Event, content_id

# people held whose sending home is a release, not an expulsion
_CAPTIVES = frozenset("prisoners captives hostages detainees internees pows".split())
# people a state posts in another, whose sending home by their host is an expulsion ("the advisers were sent home from Egypt")
_POSTED = frozenset("advisers advisors experts technicians specialists instructors diplomats diplomat officials attache "
                    "attaché ambassador envoy envoys staff personnel".split())
# a meeting that is a fight's course: "meeting almost no resistance", "met stiff opposition"
_RESISTANCE = frozenset(("resistance", "opposition"))
# nouns after a violent act that make it a plan: "invasion plans", "war plan", "attack preparations"
_PLAN_NOUNS = frozenset(("plan", "plans", "planning", "planners", "preparations", "scenario", "scenarios"))
# words before "trade" that make it a noun: a determiner, a quantifier, a possessive or a preposition ("to trade" is the verb)
_TRADE_AS_NOUN = frozenset("all the a an its their his her our this that no any much of from in on for".split())
_TRADE_OPENED = ("resum", "restor", "reopen", "open", "expand", "began", "begin", "start", "increas", "boost", "develop",
                 "promot", "normali", "widen", "broaden", "doubl", "grew", "grow")
_PART_OF = re.compile(r"\bpart of(?: an?| the| its| their)?(?: [a-z-]+)?$")
_INVERTED_IF = frozenset(("Had", "Were", "Should"))  # capitalized: the sentence opens with the inversion
GENERIC = frozenset("every each any no all".split())


DEMONSTRATIVES = frozenset("this that these those such".split())


_LASTING = frozenset("remained remains stayed stays endured".split())  # after a noun: a state that lasts, no act
# after a treaty's noun: it ran out, no signing (a key-dates line's present too: "1989 Mar. 23 - Treaties lapse")
_LAPSING = frozenset("lapsed lapses lapse expired expires expire".split())
# after an act's noun: a sum it came to ("China's aid to Vietnam amounted to billions"), or how it is told since
_VALUED = frozenset("estimated valued put worth reckoned".split())  # "aid was estimated at": a sum
# a noun after an act's word that makes the word name a role: "the main trading partner", "the largest aid donor"
_ROLE_NOUNS = frozenset("partner partners donor donors supplier suppliers creditor creditors customer customers "
                        "recipient recipients".split())
_AMOUNTING = frozenset("amounted amounts totalled totaled totalling totaling accounted".split())
# after trade's or aid's noun: a sum that moved ("Trade between China and Pakistan reached 23 billion dollars")
_GROWING = frozenset("reached reaches rose rises grew grows fell falls doubled tripled trebled exceeded exceeds topped "
                     "tops declined declines dropped passed passes surpassed surpasses".split())
# nouns of sums that may be joined in one subject: "Soviet aid and trade subsidies to Cuba were worth billions"
_SUM_NOUNS = frozenset("aid trade subsidies subsidy credits credit loans loan grants investment investments exports "
                       "imports arms".split())
_TOLD = frozenset("described depicted remembered recounted portrayed commemorated celebrated studied discussed".split())
# after a treaty's noun: what its terms laid down ("the agreement of 1960 set the price", "the accord committed both")
_TERMS = frozenset("set sets fixed fixes provided provides stipulated stipulates required requires obliged obliges "
                   "committed commits bound binds guaranteed guarantees limited limits capped caps allows allowed permits "
                   "permitted gave gives granted grants allotted allots assigned assigns awarded awards divided divides "
                   "forbade forbids banned bans split splits partitioned partitions ceded cedes transferred transfers "
                   "created creates demilitarized demilitarizes demilitarised demilitarises called calls".split())


_FORCE = frozenset({"18", "19", "20"})  # acts of force: a chain of them by one doer keeps its foe


_ANSWER = re.compile(r",\s*and\s|;\s")  # a clause of its own after the act answered

def _jointly_does_another(tokens, parts, trigger, triggers) -> bool:
    """'jointly' beside another act ("jointly attacked", "defended jointly by") or before a verb's object state ("jointly
    advised Tokyo"); not "jointly began building the highway" or "developed jointly by China and Pakistan", where the
    doers' work together is the act."""
    near = (trigger.first - 1, trigger.last + 1)
    if any(t is not trigger and (t.first in near or t.last in near) for t, _ in triggers):
        return True
    if trigger.last + 1 < len(tokens) and tokens[trigger.last + 1].low == "by":
        return False
    return any(trigger.last + 1 < p.first <= trigger.last + 3 for p in parts)


def _trade_as_noun(tokens, first: int) -> bool:
    """'all trade', 'from trade', 'the entrepot trade', 'its semi-official trade': the word after a determiner or a
    preposition, or after one lowercase modifier that follows a determiner (not 'the Soviets trade', 'the two countries
    trade', whose word before is a name or a plural subject)."""
    if first < 1:
        return False
    start = first - 1
    if tokens[start].low not in _TRADE_AS_NOUN:
        modifier = tokens[start].text
        start -= 1
        if start < 0 or tokens[start].low not in _TRADE_AS_NOUN or not (modifier.islower() and modifier.replace("-", "").isalpha()) \
                or modifier.endswith("s") or modifier in _NUMBERS:
            return False
    return start == 0 or not tokens[start - 1].low.startswith(_TRADE_OPENED)  # "resumed their trade": trading told


# words that follow trade as a subject noun ("Trade resumed in a small way", "but trade drew him in", "Trade never
# followed the politics"), or a 'to trade' that trades nothing ("had little to trade, and"): trade as a thing, no one
# trading with a state told
_AFTER_TRADE_NOUN = frozenset("grew rose fell resumed drew followed increased expanded declined doubled tripled remained "
                              "stayed was were is has had never soon slowly continued recovered stopped ceased collapsed "
                              "picked dried".split())


_AFTER_BACK = frozenset("in home at from into then again".split())
_BEFORE_BACK = frozenset("came come comes coming went go goes going flew fly brought bring sent send was were is are be been "
                         "got get fought pushed drove turned gave give looked way moved called ran run".split())


def _adverb_sense(tokens, first: int, before: str) -> bool:
    """'back' as an adverb ("back in power", "came back", "back home") or 'sign' of a web page's "Sign up", "Sign in"."""
    after = tokens[first + 1].low if first + 1 < len(tokens) else ""
    if tokens[first].low == "sign":
        return after in ("up", "in", "out")
    return after in _AFTER_BACK or before in _BEFORE_BACK


_BEFORE_RETURNING = frozenset("before after on upon".split())
# visiting verbs whose place must be named at once: "left for Moscow", "flew to Berchtesgaden" are journeys; "left
# for exile", "the matter went to a meeting of foreign ministers in Santiago", "doctors went to work" are not
# the lexicon's vote against an admission told by the state's possessive (h16tune), with no "of" after its noun
_VOTE_AGAINST_POSSESSED = "vote|cast * against * admission|membership|seating|entry"
_TO_A_PLACE = frozenset(("leave for", "fly|travel|go to", "was|were back in"))
_RULED = frozenset("rule control sovereignty hands administration".split())


_COUNTED_BODIES = frozenset("states nations countries governments powers delegations".split())
_STATE_COUNTS = frozenset("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                          "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
                          "several many dozens".split())


def _a_count(word: str) -> bool:
    """Whether ``word`` counts: "22", "twenty-two", "forty", "several"."""
    return word.isdigit() or word in _STATE_COUNTS or "-" in word and all(w in _STATE_COUNTS for w in word.split("-"))


_CALLING_VERBS = frozenset("denounced denounces denouncing described describes branded brands labelled labeled condemned "
                           "condemns portrayed portrays dismissed dismisses attacked attacks regarded regards viewed views".split())


def _called_as(tokens, first: int) -> bool:
    """Whether the noun at ``first`` is what a verb of calling names its object as: "denounced the pact as an
    aggressive alliance", "described the treaty as a pact of submission" (at most two words between "as" and it)."""
    index = first - 1
    while index > 0 and first - index <= 3 and tokens[index].low != "as" and tokens[index].text[:1].islower():
        index -= 1
    if index < 1 or tokens[index].low != "as":
        return False
    return any(t.low in _CALLING_VERBS for t in tokens[max(0, index - 8) : index])


def _place_after(tokens, index: int) -> bool:
    """Whether a name opens at ``index``: a capitalized word, or 'the' and one ("to India", "to the Soviet Union"),
    not a people's adjective before a word of rule ("returned to Egyptian rule")."""
    if index < len(tokens) and tokens[index].low == "the":
        index += 1
    return index < len(tokens) and tokens[index].text[:1].isupper() \
        and not (index + 1 < len(tokens) and tokens[index + 1].low in _RULED)


def _trade_subject(tokens, first: int) -> bool:
    """Whether 'trade' at ``first`` is a subject noun before its verb, or a 'to trade' with no object after it."""
    after = tokens[first + 1].low if first + 1 < len(tokens) else ""
    if after in _AFTER_TRADE_NOUN:
        return True
    if first == 0 and after in ("(", ":"):
        return True  # an infobox's or a table's label: "Trade (2009): about 90 million dollars", "Trade: rice, tin"
    return first >= 1 and tokens[first - 1].low == "to" and after in ("", ",", ".", ";", "and")


# hostile measures and acts that a state can support without supporting the state they are aimed at
_SUPPORTED_MEASURES = frozenset("sanctions sanction embargo embargoes blockade blockades boycott boycotts quarantine ban bans "
                                "invasion intervention attack attacks strikes airstrikes air-strikes bombing bombings raids "
                                "war".split())
_MEASURE_AIMS = frozenset("on against of upon".split())


def _measure_supported(tokens, start: int) -> bool:
    """Whether the object of a verb of support at ``start`` is a hostile measure aimed at a state with no doer named
    before it: "backed the embargo against Iraq", "supported the economic sanctions imposed on South Africa" (not
    "the American blockade of Cuba", whose doer is supported, nor "supported Cuba against the blockade")."""
    end = start + 5 if start + 5 < len(tokens) else len(tokens)
    for index in range(start, end):
        token = tokens[index]
        if token.low in _SUPPORTED_MEASURES:
            following = index + 2 if index + 2 < len(tokens) and tokens[index + 1].low in ("imposed", "placed") else index + 1
            return following < len(tokens) and tokens[following].low in _MEASURE_AIMS
        if not token.text.isalpha() or not token.text.islower():
            return False  # a name or a demonym (the doer, or the state supported), or a clause break
    return False


def _named_then_doer(tokens, parts, trigger: Trigger, cameo: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The doer and the target of a hostile act named by a state's name before its noun and a relative clause after it
    whose subject did it: "the Cuba blockade that Kennedy ordered" (not "the Soviet blockade that", a demonym: its
    doer)."""
    if codes()[cameo]["polarity"] != "conflict":
        return None
    named = next((p for p in parts if p.last == trigger.first - 1), None)
    if named is None or named.mention.via != "name" or named.mention.kind != "state":
        return None
    subject = trigger.last + 3 if tokens[trigger.last + 2].low == "the" else trigger.last + 2
    doers = [p for p in parts if trigger.last + 1 < p.first <= subject][:1]
    while doers and doers[-1].last + 2 < len(tokens) and tokens[doers[-1].last + 1].low in ("and", ","):
        following = next((p for p in parts if doers[-1].last + 1 < p.first <= doers[-1].last + 3), None)
        if following is None:
            break
        doers.append(following)  # "that Britain and France launched": each of the doers listed
    if not doers or doers[-1].last + 1 >= len(tokens) or any(set(p.codes) & set(named.codes) for p in doers):
        return None
    verb = tokens[doers[-1].last + 1]
    if not (verb.text.islower() and verb.low.endswith("ed")):
        return None
    return tuple(dict.fromkeys(p.codes[0] for p in doers)), named.codes[:1]


_ADMITTING = frozenset("admit admits admitted admitting".split())


def _body_admits(tokens, parts, trigger: Trigger, clause) -> bool:
    """Whether a bare "admit" takes a member: an organization its subject, a state's name its object ("NATO admitted
    Poland", "the UN admitted the two Koreas", "the NATO summit in Washington admitted Poland")."""
    following = trigger.last + 1
    while following < len(tokens) and tokens[following].low in ("the", "both", "two", "three"):
        following += 1
    if not any(trigger.last < p.first <= following and (p.mention.kind == "state" or p.mention.members) for p in parts):
        return False
    return any(p.mention.kind == "organization" for p in left_agents(parts, tokens, clause[0], trigger.first))


def _before_a_condition(tokens, parts, trigger: Trigger, clause, targets: tuple[str, ...]) -> tuple[str, ...]:
    """The targets of a threatened act named before an "if" that follows it: "would attack if it did not leave Kuwait"
    names no target of the attack (the state left is no foe; the threat goes to whom it is told)."""
    condition = next((i for i in range(trigger.last + 1, clause[1]) if tokens[i].low in ("if", "unless")), None)
    if condition is None:
        return targets
    after = {code for p in parts if p.first > condition for code in p.codes}
    before = {code for p in parts if trigger.last < p.first < condition for code in p.codes}
    return tuple(code for code in targets if code in before or code not in after)


def _condition_doer(tokens, parts, trigger: Trigger, clause, sources) -> tuple[str, ...]:
    """The state that opens the "if" clause right after a threatened act ("would intervene if American troops
    crossed", "would retaliate if the United States invaded Cuba"): the subject of the condition, not a state named
    deeper in it ("if the invasion of Egypt went on" names no doer)."""
    condition = next((i for i in range(trigger.last + 1, min(clause[1], trigger.last + 8)) if tokens[i].low == "if"), None)
    if condition is None:
        return ()
    subject = condition + 2 if condition + 2 < len(tokens) and tokens[condition + 1].low == "the" else condition + 1
    return next((p.codes[:1] for p in parts if condition < p.first <= subject and p.mention.kind in ("state", "group", "person")
                 and not set(p.codes) & set(sources)), ())


_GATHERING_NOUNS = frozenset("summit conference meeting session congress".split())


def _gathering_body(tokens, parts, first: int) -> tuple[tuple[str, ...], int]:
    """The body whose gathering a fronted phrase before ``first`` names, and the comma that closes the phrase: "At
    the OAS meeting in Punta del Este,", "In 1989, at the Arab League summit in Casablanca,": the organization named
    right after "at the" and right before the gathering's noun."""
    for part in parts:
        if part.first >= first:
            break
        if part.mention.kind == "organization" and part.first >= 2 and tokens[part.first - 1].low == "the" \
                and tokens[part.first - 2].low == "at" and (part.first == 2 or tokens[part.first - 3].text == ",") \
                and tokens[part.last + 1].low in _GATHERING_NOUNS:
            comma = next((i for i in range(part.last + 2, first) if tokens[i].text == ","), None)
            if comma is not None and comma + 1 < first:
                return part.codes[:1], comma
    return (), 0


_NEAR = frozenset(("near", "nearer", "nears", "neared"))
_CLOSE = frozenset(("close", "closer"))


def _nearly_reached(tokens, first: int) -> bool:
    """Whether an agreement's noun comes at most three words after "near" or "close to" (a deal not yet struck)."""
    for index in range(first - 1, (first - 5 if first > 5 else -1), -1):
        low = tokens[index].low
        if low in _NEAR or low == "to" and index > 0 and tokens[index - 1].low in _CLOSE:
            return True
        if not low[0].isalnum():
            return False
    return False


def _trailing_tag(tokens, trigger: Trigger) -> bool:
    """Whether a verb closes its sentence as a wire's tag after a comma ("..., Kenyan officials fear."): nothing but
    punctuation after it, and a comma at most five words before it."""
    if any(token.low[0].isalnum() for token in tokens[trigger.last + 1 :]):
        return False
    return any(token.low == "," for token in tokens[(trigger.first - 5 if trigger.first > 5 else 0) : trigger.first])


def _after_and(tokens, first: int) -> bool:
    """Whether the verb at ``first`` opens a second predicate of the subject before it: "and" right before it, with
    an adverb of sequence ("and then", "and later") or a verb governing it ("and began to release")."""
    return _coordinated_verb(tokens, first, 0)


def _next_predicate(tokens, triggers, trigger, before: Event) -> bool:
    """Whether ``trigger`` is the verb coordinated with the act just told (``before``): no other act's word between
    them but a verb governing it ("and agreed to return"), and, for a bare verb, a first verb not in the past
    ("meet at Marsa Matruh and agree to open", not "rounded up hundreds ..., relatives and aid workers said")."""
    if not before.trigger_span or before.trigger_span[1] > trigger.start:
        return False
    for other, _ in triggers:
        if before.trigger_span[1] <= other.start and other.end <= trigger.start \
                and not (other.last + 2 == trigger.first and tokens[other.last + 1].low == "to"
                         or other.last + 1 == trigger.first and tokens[other.last].low == "to"):
            return False
    word = tokens[trigger.first].low
    if word in trigger.entry["phrase"].split()[0].split("|") and tokens[trigger.first - 1].low != "to":
        first = before.trigger.split()[0].lower() if before.trigger else ""
        return not first.endswith(("ed", "ought", "ook", "ent", "ew"))
    return True


def _new_predicate(tokens, start: int, stop: int) -> bool:
    """Whether the words from ``start`` to ``stop`` hold "and" followed by a word other than "to": "offered Iran
    peace and began to release prisoners" (a second act of its own), unlike "offered to mediate and to host talks"."""
    return any(tokens[i].low == "and" and tokens[i + 1].low != "to" for i in range(start, stop - 1))


def _code_sentence(doc, tokens, mentions, timexes, span, section_index, by_section, narrative, focus, last_states, pair, news, dropped,
                   is_title=False, bloc_members: BlocMembers = lambda code: (), family_of: Callable[[str], str] = lambda code: code,
                   state_at: Callable[[str, str], str] = lambda code, day: code, persons: list[str] = (),
                   context: Context | None = None) -> list[Event]:
    text = doc.text[span[0] : span[1]]  # the sentence, for the substring tests in C that gate its regexes
    brokers = go_betweens(doc.text, mentions) if may_name_broker(text) and BROKERED.search(doc.text, span[0], span[1]) else []
    if brokers:
        # "a French-brokered ceasefire between Russia and Georgia": the go-between is no party to the act
        mentions = [m for m in mentions if not any(m is b for b in brokers)]
    events = _code_clauses(doc, tokens, mentions, timexes, span, section_index, by_section, narrative, focus, last_states, pair,
                           news, dropped, is_title, bloc_members, family_of, state_at, persons, context)
    if brokers and events:
        events = without_go_betweens(tokens, brokers, events)
        events += mediations(doc, tokens, brokers, mentions, events)
    if not is_title and _may_quote(text) and _QUOTE_AFTER_COMMA.search(doc.text, span[0], span[1]) and quoted_speech_cue(tokens):
        # "'We will not accept this,' the foreign minister said of the Chinese proposal": the words quoted are the
        # speaker's act toward whom they are said to or about (kept beside the acts the words name, unless one of
        # those is already the speaker's own of that type)
        for event in _quoted_speech(doc, tokens, mentions, timexes, span, section_index, by_section, narrative, news):
            if not any(e.source == event.source and e.type == event.type for e in events):
                events.append(event)
    if not is_title and _QUOTE_AFTER_COLON.search(doc.text, span[0], span[1]):
        # 'In September 1965 China told India: "Dismantle your posts or bear the consequences"': the words quoted after
        # their speaker are the speaker's act toward whom they were spoken to (unless the sentence told it already)
        for event in _quoted_after_speaker(doc, tokens, mentions, timexes, span, section_index, by_section, narrative, news):
            if not any(e.source == event.source and e.target == event.target and e.cameo[:2] in ("10", "11", "12", "13", "03")
                       for e in events):
                events.append(event)
    if events and not is_title and may_judge_in_quotes(text):
        # "Libya called the Egyptian treaty with Israel 'a stab in the back'": a judgement of the act named, not the act
        events = judged_in_quotes(doc, mentions, span, events)
    if events and not is_title and not EASED_PARTICIPLES.isdisjoint(map(_LOW, tokens)):
        # "The sanctions that the OAS imposed on Cuba in July 1964 were lifted in July 1975": the measure told imposed,
        # then ended by the main clause's passive, at the main clause's date
        events = lifted_later(doc, tokens, timexes, span, events)
    if not is_title and not FOLLOW_WORDS.isdisjoint(map(_LOW, tokens)):
        # "Pakistan withdrew from CENTO in March 1979. Turkey followed that month": the act told before, in its turn
        events += followed_in_turn(doc, mentions, timexes, span, section_index, by_section, narrative, news, events, context)
    if events and ("brokered" in text or "mediated" in text or "hosted by" in text) and _HYPHEN_BROKER(doc.text, span[0], span[1]):
        events = hyphenated_brokers(tokens, mentions, events)  # "a UN-brokered ceasefire between India and Pakistan"
    if events and not is_title and "and" in text and GAPPED.search(doc.text, span[0], span[1]):
        # "Thatcher visited Moscow in 1987, and President Bush in 1991": the leader after "and" does the act in his turn
        events += gapped_turns(doc, mentions, timexes, span, events, state_at)
    if events and not is_title and "and" in text and STATE_GAPPED.search(doc.text, span[0], span[1]):
        # "Sweden recognized Namibia in March 1990, and Finland two days later": the state after "and" in its turn
        events += gapped_state_turns(doc, mentions, timexes, span, events, state_at)
    if events and "and," in text and FRONTED_GAP.search(doc.text, span[0], span[1]):
        # "Cuba sent troops to Angola and, in 1977, to Ethiopia": a second object at its own time
        events += fronted_time_objects(doc, mentions, timexes, span, events, state_at)
    return events


def _covered(start: int, end: int, spans) -> bool:
    """Whether [start, end) lies inside one of the spans (a plain loop: no generator made per trigger)."""
    for first, last in spans:
        if first <= start and end <= last:
            return True
    return False


def _named_between(parts, after: int, before: int) -> bool:
    """Whether a participant lies wholly after token ``after`` and before token ``before`` (a plain loop: the caller
    makes no cell for the bounds)."""
    for p in parts:
        if after < p.first and p.last < before:
            return True
    return False


def _codes_within(parts, first: int, last: int, codes: set) -> bool:
    """Whether every participant starting in [first, last) has only codes among ``codes`` (a plain loop)."""
    for p in parts:
        if first <= p.first < last and not set(p.codes) <= codes:
            return False
    return True


def _last_conflict_on(events: list[Event], victim: str) -> Event | None:
    """The last conflict event with a source whose target is ``victim`` (a plain loop)."""
    for e in reversed(events):
        if e.polarity == "conflict" and e.target == victim and e.source:
            return e
    return None


def _timex_before(timexes, end: int) -> bool:
    """Whether one of these time expressions is a timex (not a period) starting before ``end`` (a plain loop)."""
    for t in timexes:
        if t.layer == "timex" and t.start < end:
            return True
    return False


_SECOND = operator.itemgetter(1)  # a dyad's target


_STRUCK_PRONOUNS = frozenset("him her them me us".split())
# "struck him as he left": "as" opens a clause of its own (a subject, or a word that opens one)
_CLAUSE_OPENERS_AFTER_AS = frozenset("he she they it we i you the his her their its our this that these those soon "
                                     "well if though long far much many some".split())


def _struck_as(tokens, last: int) -> bool:
    """Whether "struck" goes on "him as a ..." or "her as naive": how one seemed to another, no blow (not "struck
    him as he left the palace", where "as" opens a clause of its own)."""
    at = last + 1
    if at + 2 >= len(tokens) or tokens[at].low not in _STRUCK_PRONOUNS or tokens[at + 1].low != "as":
        return False
    word = tokens[at + 2]
    return word.text[:1].islower() and word.low not in _CLAUSE_OPENERS_AFTER_AS


_LOAN_CREDITS = frozenset("lent loaned".split())  # an exhibit's credit line opens "Lent by", "Loaned by"


def _code_clauses(doc, tokens, mentions, timexes, span, section_index, by_section, narrative, focus, last_states, pair, news, dropped,
                  is_title=False, bloc_members: BlocMembers = lambda code: (), family_of: Callable[[str], str] = lambda code: code,
                  state_at: Callable[[str, str], str] = lambda code, day: code, persons: list[str] = (),
                  context: Context | None = None) -> list[Event]:
    if tokens and tokens[-1].low == "?" and not is_title:
        # a question asks, it does not tell: "Why did Britain break off relations?" (a textbook's exercise);
        # the act, if it happened, is told elsewhere in the text
        dropped["question"] += 1
        return []
    found_triggers = find_triggers(tokens)
    if found_triggers and tokens[0].text in _INVERTED_IF and any(t.text == "," for t in tokens[2:20]) and not is_title:
        # "Had the two governments failed to agree, the World Cup they were to host jointly might have been
        # overshadowed", "Were Moscow to invade, ...": a conditional by inversion imagines what did not happen, up to
        # the end of its main clause ("...; instead, Khrushchev agreed on October 28 to remove the missiles")
        imagined = next((i for i, t in enumerate(tokens) if t.text in (";", ":")), len(tokens))
        real, hypothetical = [], 0  # (plain loops in this setup: a local a comprehension reads is a cell made at every call)
        for t in found_triggers:
            if t.first > imagined:
                real.append(t)
            elif t.first < imagined:
                hypothetical += 1
        dropped["hypothetical"] += hypothetical  # (counted even when none is: the key is in the document's meta)
        found_triggers = real
    if not found_triggers:
        return []  # a word that opens a trigger but no whole one: nothing below can find an event
    trigger_tokens = set()
    for t in found_triggers:
        trigger_tokens.update(range(t.first, t.last + 1))
    lows = set(map(_LOW, tokens))  # cue words, read once: the rules below that need one run only when it is there
    # "Japan imposed sanctions on Iran, in a joint statement (issued) with Italy": the statement's partner is no party
    # of the act it announces, and the statement only tells of that act
    statement_partners = _joint_statement_partners(tokens, found_triggers) if "joint" in lows else ()
    if statement_partners:
        found_triggers = [t for t in found_triggers
                          if not any(start <= t.first and t.last < partner for start, partner in statement_partners)]
        if not found_triggers:
            return []
    reporters = _reporting_source(tokens)
    compared = compared_opening(tokens) if "unlike" in lows or "contrast" in lows else ()
    contrast = "not" in lows
    # one pass over the sentence's participants: who takes part (parts), who tells of the act (tellers) and who is set
    # aside by a contrast (aside), each filter in the order it was written
    parts, tellers, aside = [], [], []
    for p in participants(mentions, tokens):
        if _locative(tokens, p, trigger_tokens):
            continue
        # who tells of the act ("According to the Indian government, ...", "Radio Phnom Penh said that ..."): the side
        # it was done to when the sentence names no other
        if p.first in reporters or _tells(tokens, p):
            tellers += p.codes[:1]
        if p.first in reporters or p.first in compared:
            continue
        if tokens[p.first].low.startswith(("anti-", "pro-", "non-")) and p.mention.start > tokens[p.first].start:
            continue  # "anti-Bolshevik forces" (not a name that opens with the prefix: "the Non-Aligned Movement")
        if _inside_a_name(tokens, p):
            continue  # "the Western Somali Liberation Front" is no state
        # a party set aside by a contrast takes no part in the act, nor is it filled in from the page's pair: "Norway, not
        # India, brokered the ceasefire"
        if contrast and p.first >= 2 and tokens[p.first - 1].low == "not" and _set_aside(tokens, p):
            aside.append(p)
            continue
        if _named_after_person(tokens, p):
            continue  # "fought at Johnson South Reef": a place
        if statement_partners and any(p.first == partner for _, partner in statement_partners):
            continue  # "..., in a joint statement with the United States": a party of the statement, not of the act
        parts.append(p)
    if aside:
        set_aside = set(itertools.chain.from_iterable(map(_CODES, aside)))
        pair = tuple(itertools.filterfalse(set_aside.__contains__, pair)) if pair and set_aside & set(pair) else pair
    # a name inside a longer name is no second party: "the United Nations Security Council" (only parts that overlap
    # can hold one another: parts in order, each after the one before, need no pairwise test)
    if any(map(operator.ge, map(_PART_LAST, parts), map(_PART_FIRST, parts[1:]))):
        parts = [p for p in parts if not any(o is not p and o.first <= p.first and p.last <= o.last and o.last - o.first > p.last - p.first
                                             for o in parts)]
    # "the Polish government in London": a government of one state seated in another's capital (in exile) is the
    # first state's; the capital says where it sat
    if "in" in lows and "capital" in map(_VIA, parts):  # (only a capital can be the seat: none named, nothing to test)
        parts = [p for p in parts if not (p.mention.via == "capital" and p.first >= 3 and tokens[p.first - 1].low == "in"
                                          and tokens[p.first - 2].low in _EXILED_ORGANS
                                          and any(o.last in (p.first - 3, p.first - 2) and o.mention.via == "adjective"
                                                  and not set(o.codes) & set(p.codes) for o in parts))]
    # "the United Nations Security Council": a body named right after the organization it belongs to is one name
    for body in [p for p in parts if p.mention.kind == "organization"] if "organization" in map(_KIND, parts) else ():
        for k, owner in enumerate(parts):
            if owner.last + 1 == body.first and owner.mention.kind == "organization":
                body.first = owner.first
                parts = parts[:k] + parts[k + 1 :]
                break
    pair = _parties_cell(tokens, parts) or pair  # a table row's acts are between the states its parties cell lists
    if pair:
        for part in parts:
            if part.mention.via == "reference" and part.mention.kind != "organization" and len(part.codes) == 2 == len(pair):
                part.codes = pair  # "the two nations": the pair the document is about, not merely the last two named
                # unless it opens a clause after "and" in a sentence that named two other states or leaders before it
                # ("Mobutu made his peace with Neto, and the two governments agreed"): those two
                if part.first and tokens[part.first - 1].low == "and":
                    named = {}
                    for p in parts:
                        if p.last < part.first and p.codes and p.mention.kind in ("state", "person") \
                                and p.mention.via not in ("place", "capital"):
                            named.setdefault(p.codes[0])
                    named = list(named)
                    if len(named) == 2 and set(named) != set(pair):
                        part.codes = tuple(named)
    else:
        for part in parts:
            if part.mention.via == "reference" and part.mention.kind != "organization" and len(part.codes) == 2:
                # "When Wen Jiabao visited New Delhi, both sides agreed": the two in the order the sentence names them
                named = {}
                for p in parts:
                    if p.last < part.first:
                        for code in p.codes[:1]:
                            named.setdefault(code, p.first)
                if named.keys() >= set(part.codes):
                    part.codes = tuple(sorted(part.codes, key=named.get))
    periods = []
    for t in _within(timexes, span[0], span[1]):
        if t.layer == "period":
            periods.append((t.start, t.end))
    # A named period blocks triggers inside it ("the Cold War" is no act), except in a timeline entry's title,
    # where the named happening ("Russian Revolution") is the entry's event.
    blocked = list(map(_MENTION_SPAN, mentions)) + ([] if is_title else periods)
    section = doc.sections[section_index] if doc.sections else None
    triggers = []
    left_body = _body_left_before(context, tokens, parts) if not lows.isdisjoint(_LEAVING) and not lows.isdisjoint(_BODY_NOUNS) else None
    for trigger in found_triggers:
        if _covered(trigger.start, trigger.end, blocked):
            continue
        if trigger.entry["phrase"] == "strike" and _struck_as(tokens, trigger.last):
            dropped["other_sense"] += 1
            continue  # "Mobutu struck him as a true nationalist": how someone seemed to him, no blow
        if trigger.first == 0 and len(tokens) > 2 and tokens[1].low == "by" and tokens[0].low in _LOAN_CREDITS:
            dropped["credit_line"] += 1
            continue  # "Lent by a private collector.", "Loaned by the city museum": an exhibit's credit line, no loan
        if left_body is not None and trigger.entry["form"] == "noun" and _left_noun(tokens, trigger.first):
            dropped["body_left"] += 1
            continue  # "withdrew from the pact": the body named before, left; no pact made or broken here
        if trigger.entry["form"] == "noun" and tokens[trigger.first].low in _PACT_NOUNS and _pact_named_again(tokens, trigger.first):
            dropped["body_left"] += 1
            continue  # "Chile left the pact in 1976", "the members renamed the alliance", "the pact moved its seat to
            # Tehran": an alliance in being, named again as what is left, renamed or moved; no pact made here
        if trigger.entry["form"] == "noun" and tokens[trigger.first].low in _ALLIANCE_NOUNS and _alliance_in_being(tokens, trigger.first):
            dropped["alliance_in_being"] += 1
            continue  # "Norway sat in a Western alliance", "the alliance was by then a dead letter", "the heart of the
            # alliance": an alliance a state is in, or one named again as a thing; no alliance made here
        if "place" in trigger.flags and not any((trigger.last < p.first <= trigger.last + 2 or _town_of(tokens, trigger.last, p.first))
                                                and p.mention.via in ("place", "capital") for p in parts):
            dropped["not_a_place"] += 1
            continue  # "took Shanghai" is a capture; "took part", "took office", "take care of" are no act, nor next to one
        if "to" in trigger.flags and not (trigger.first > 1 and tokens[trigger.first - 1].low == "to"
                                          and tokens[trigger.first - 2].low in _ASPECTUAL):
            continue  # "began to arm Pakistan" is arming; "at arm's length", "the decision to arm" (a topic) are no act
        if "member" in trigger.flags and not _member_suspended(tokens, parts, trigger):
            dropped["not_a_member"] += 1
            continue  # "suspended its nuclear tests", "suspended Pakistan's overflights": no member put out of a body
        if trigger.entry["cameo"][:2] == "04" and trigger.entry["form"] == "verb" and _relief_travellers(tokens, trigger.first):
            # "Greek rescue teams flew to Turkey after the earthquake": relief sent, not a visit
            trigger = Trigger({**trigger.entry, "cameo": "073"}, trigger.first, trigger.last, trigger.start, trigger.end)
        triggers.append((trigger, clause_bounds(tokens, trigger.first, trigger.last)))
    # where each act is dated: a fronted clause and its main clause count as one ("After an earthquake struck
    # northwestern Turkey in August 1999, Greece sent rescue teams")
    # (clause_bounds, split_fronted=False), going on past a relative clause to the date the clause goes on with
    dating, clause_spans, verb_ends = [], [], set()  # (one pass over the triggers)
    for trigger, clause in triggers:
        bounds = past_relative(tokens, dating_bounds(tokens, trigger.first, trigger.last, clause))
        dating.append(bounds)
        clause_spans.append((tokens[bounds[0]].start, tokens[bounds[1] - 1].end))
        if trigger.entry["form"] == "verb":
            verb_ends.add(trigger.last)
    events: list[Event] = []
    backers = [p for p in parts if _backer(tokens, p)] \
        if lows & _BACKING_CUES or "-" in "".join(lows) and any(map(_BACKED_END, lows)) else []
    framed = "relations" in lows and "from" in lows  # "relations ... from X to Y": a page's span
    promised = bool(lows & _AGREEING)
    absent = not lows.isdisjoint(_ABSENCE_CUES)  # cue words of the rule on meetings stayed away from
    debated, polled = not lows.isdisjoint(_QUESTIONING), not lows.isdisjoint(_POLLS)  # cue words of two rules below
    habits = not lows.isdisjoint(_HABIT_CUES)  # and of the rule on habits
    compared = "than" in lows and "any" in lows  # and of the rule on standings ("more ... than any other country")
    perfect = "have" in lows or "has" in lows  # and of the rule on counted acts
    previous_sources: tuple[str, ...] = ()
    previous_subject: tuple[str, ...] = ()  # who did the act before, for a verb after "and" with no subject
    previous_target: tuple[str, ...] = ()  # on whom, for a verb of a list of acts whose object names no one
    threatened: set[int] = set()
    promised_objects: set[int] = set()  # help named as what a pledge or an offer gives: coded with the pledge
    if not lows.isdisjoint(_ADMITTING):
        # "Pakistan admitted that its troops were fighting", "promising to admit 20,000 Cubans": a fact owned or people
        # let in, no member; a bare "admit" is kept only for a body that takes in a state (read before any rule that
        # looks at the next trigger)
        kept = [(t, c) for t, c in triggers if t.entry["phrase"] != "admit" or _body_admits(tokens, parts, t, c)]
        dropped["admitted_no_member"] += len(triggers) - len(kept)
        triggers = kept
    if "intervene" in lows:
        # a bare "intervene" is coded only as what a state says it will do ("China would intervene"); "refused to
        # intervene" keeps the refusal as the act, read by the rules below as before
        kept = [(t, c) for t, c in triggers if t.entry["phrase"] != "intervene" or t.first > 0
                and tokens[t.first - 1].low in ("would", "will")]
        dropped["intervened_how"] += len(triggers) - len(kept)
        triggers = kept
    unnamed_meeting = -1  # where a meeting of counted, unnamed states was dropped: its purpose goes with it
    for index, (trigger, clause) in enumerate(triggers):
        if index in threatened:
            dropped["threatened"] += 1
            continue  # "threatened to march into": the act threatened is not done
        following = triggers[index + 1][0] if index + 1 < len(triggers) else None
        if index > 0 and trigger.entry["cameo"] in PURPOSE_CODES and trigger.entry["form"] == "verb" and trigger.first > 0 \
                and tokens[trigger.first - 1].low == "to" and triggers[index - 1][0].entry["cameo"][:2] in MATERIAL_ROOTS \
                and trigger.first - triggers[index - 1][0].last <= 8 \
                and "," not in {t.text for t in tokens[triggers[index - 1][0].last + 1 : trigger.first]}:
            dropped["purpose"] += 1
            continue  # "sent combat troops to Angola to defend the government": why the troops went, not a second act
        if index > 0 and trigger.entry["form"] == "verb" and trigger.first > 0 and tokens[trigger.first - 1].low == "to" \
                and triggers[index - 1][0].entry["cameo"][:2] == "07" and 0 < trigger.first - triggers[index - 1][0].last <= 10 \
                and not {",", ";", "and", "but"} & {t.low for t in tokens[triggers[index - 1][0].last + 1 : trigger.first]}:
            dropped["purpose"] += 1
            continue  # "gave the Tigers weapons to fight the Indian force": what the arms were for, no act of the giver
        if index > 0 and trigger.entry["cameo"][:2] in ("11", "14") and trigger.first > 0 and tokens[trigger.first - 1].low == "to" \
                and triggers[index - 1][0].entry["phrase"].startswith("summon") and 0 < trigger.first - triggers[index - 1][0].last <= 4:
            dropped["purpose"] += 1
            continue  # "summoned the French ambassador to protest": why the envoy was called in, the summons is the protest
        if index in promised_objects:
            dropped["promised_object"] += 1
            continue  # "pledged $4 billion in loans and aid to South Korea": the aid is what was pledged, coded with the pledge
        if trigger.entry["cameo"].startswith("03") and following is not None and _promised_object(tokens, trigger, following):
            promised_objects.add(index + 1)
            if trigger.entry["cameo"] == "030":
                trigger = Trigger({**trigger.entry, "cameo": _INTENT_CODES.get(following.entry["cameo"][:2], "030")},
                                  trigger.first, trigger.last, trigger.start, trigger.end)
        elif trigger.entry["cameo"].startswith("03") and following is not None and 3 < following.first - trigger.last <= 6 \
                and tokens[following.first - 1].low == "to" and trigger.entry["phrase"] != "invite" \
                and not _new_predicate(tokens, trigger.last + 1, following.first - 1):
            threatened.add(index + 1)  # "offered in April 1955 to negotiate": the offer is the act, the talks are not held
        if trigger.entry["cameo"] == "030" and following is not None and tokens[trigger.last].low in _PROPOSING \
                and following.entry["cameo"][:2] in _INTENT_CODES and following.first - trigger.last <= 3:
            # "sent a letter to Eisenhower proposing a summit", "sent notes to Bonn proposing a treaty": the proposal the
            # note makes is the act (an offer to meet, to sign), the summit or the treaty is not held on its day
            trigger = Trigger({**trigger.entry, "cameo": _INTENT_CODES[following.entry["cameo"][:2]]},
                              trigger.first, trigger.last, trigger.start, trigger.end)
            threatened.add(index + 1)
        elif trigger.entry["cameo"].startswith("03") and following is not None and following.first - trigger.last <= 3 \
                and index + 1 not in promised_objects and trigger.entry["phrase"] != "invite" and not any(t.text in (";", ":", "—", "–") for t in
                                                                   tokens[trigger.last + 1 : following.first]) \
                and not _named_between(parts, trigger.last, following.first):
            # ("invited Mr. Sadat to negotiate": the invitation is the act; "offered Pakistan diplomatic support": the
            # offer names whom it is made to, and is the act)
            dropped["intent_of_next"] += 1
            continue  # "agreed to cooperate", "promised to send aid": the act promised is coded, once
        if trigger.entry["phrase"] == "agree" and following is not None and following.first - trigger.last <= 4 \
                and tokens[following.first - 1].low == "to" and not _named_between(parts, trigger.last, following.first - 1):
            dropped["intent_of_next"] += 1
            continue  # "agreed today to withdraw its troops": the act agreed to is coded, once; "agreed with Peru to
            # raise relations" names the party agreed with, which the act after it does not name: the agreement is kept
        if trigger.entry["cameo"].startswith("13") and following is not None and \
                following.first - trigger.last <= (6 if trigger.entry["cameo"] == "139" else 3):
            threatened.add(index + 1)
        before = tokens[trigger.first - 1].low if trigger.first > 0 else ""
        if before in _NOT_AN_ACT.get(tokens[trigger.last].low, ()) or tokens[trigger.last].low == "free" \
                and trigger.last + 1 < len(tokens) and tokens[trigger.last + 1].low == "of":
            dropped["other_sense"] += 1
            continue  # "died of a heart attack", "a world free of nuclear weapons": no act of a state
        if trigger.entry["cameo"][:2] == "12" and _rebutted_charge(tokens, trigger):
            dropped["rebuttal"] += 1
            continue  # "Togo rejected the charges", "dismissed the accusation as baseless": a denial of one's own part is
            # no event (the accusation it answers is one): tests/data/other_pairs/CONVENTIONS.md
        if trigger.entry["phrase"] == "return to" and (not _place_after(tokens, trigger.last + 1)
                                                       or before in _BEFORE_RETURNING and tokens[trigger.first].low == "returning"):
            dropped["other_sense"] += 1
            continue  # "returned to power in 2009", "her return to office", "returned to Egyptian rule": no place gone
            # to; "lived in Paris and Moscow before returning to Vietnam": a journey home
        if trigger.first == trigger.last and tokens[trigger.first].low in ("back", "sign") and _adverb_sense(tokens, trigger.first, before):
            dropped["other_sense"] += 1
            continue  # "Somoza, back in power from 1950", "came back to Managua", "Sign up | Log in": no backing, no signing
        if trigger.entry["cameo"] == "1722" and trigger.first and tokens[trigger.first - 1].low in _BE_FORMS:
            dropped["passive_ban"] += 1
            continue  # "The film was banned in France for years": a thing banned at a place, no movement coerced by a state
        if tokens[trigger.last].low in ("power", "sovereignty") and trigger.last + 2 < len(tokens) \
                and tokens[trigger.last + 1].low == "to" and tokens[trigger.last + 2].low in ("his", "her"):
            dropped["succession"] += 1
            continue  # "forced him to hand power to his brother": a succession at home, no state made free
        if trigger.entry["cameo"] == "061" and tokens[trigger.first].low == "trade" \
                and (before == "free" or trigger.entry["form"] == "verb" and (_trade_as_noun(tokens, trigger.first)
                                                                              or _trade_subject(tokens, trigger.first))) \
                and not _reversed(tokens, trigger):
            dropped["noun_of_verb"] += 1
            continue  # "cut off all trade with Japan", "from trade carried on by private groups", "a free trade area":
            # trade named as a thing (another act's object, a field, a plan), no trading told; "resumed trade" keeps it,
            # and "ended all trade with Libya" is an embargo (below)
        if trigger.entry["cameo"] == "051" and trigger.entry["form"] == "verb" and _measure_supported(tokens, trigger.last + 1):
            dropped["measure_supported"] += 1
            continue  # "backed the embargo against Iraq", "supported sanctions on South Africa": a stance on a measure
            # aimed at the state, no support of it ("endorsed the Soviet invasion" names the doer it supports: kept)
        if trigger.first >= 2 and before == "to" and tokens[trigger.first - 2].low in _COMMITTING:
            dropped["promised"] += 1
            continue  # "signed a declaration pledging to withdraw their armies": what the text commits to, not done yet
        if trigger.entry["cameo"] == "087" and tokens[trigger.first].low.startswith("leav") and before in ("he", "she"):
            dropped["departure"] += 1
            continue  # "before he leaves on Friday": a visitor's departure, no withdrawal
        if trigger.entry["form"] != "phrase" and _topic_of_talks(tokens, trigger, triggers[:index]):
            dropped["topic"] += 1
            continue  # "signed agreements on trade and cultural exchanges": what the agreement is about, no act of its own
        if trigger.entry["cameo"][:2] in _FORCE_ROOTS_NAMED \
                and _topic_of_a_dispute(tokens, trigger, triggers[:index]):
            dropped["topic"] += 1
            continue  # "traded accusations over the Ussuri clashes", "protested to Delhi about the border fighting": the
            # fighting is what the words are about, told as a known happening, not done on the day of the words
        if trigger.entry["form"] == "verb" and before.isalpha() and before.islower() and _reaction_object(tokens, trigger, triggers[:index]):
            dropped["told_before"] += 1
            continue  # "Valletta protested against the naval blockade": the act judged, named again by its noun (its doer,
            # told before, is the protest's target); only the protest is an act here
        if trigger.entry["cameo"][:2] == "06" and trigger.entry["form"] == "noun" and _body_agreed(tokens, trigger, events):
            dropped["topic"] += 1
            continue  # "agreed to set up a joint commission", "signed an agreement for joint research": what the two
            # agree to set up, coded with the agreement; "an agreement which set up a joint committee" tells it done
        if trigger.entry["form"] == "verb" and trigger.entry["cameo"][:2] != "04" and trigger.first > 2 \
                and tokens[trigger.first - 1].low in ("to", "help") and _named_by_a_noun_of_intent(tokens, trigger):
            dropped["noun_of_intent"] += 1
            continue  # "withdrew its offer to help finance the dam", "welcomed Japan's decision to lift its sanctions": an
            # act offered, decided or tried, named by the noun; the verb that governs the noun is the act (an offer to
            # mediate or to talk is itself coded as one)
        if trigger.first > 2 and tokens[trigger.first - 1].low in ("to", "and", "or") and _left_free_to(tokens, trigger):
            dropped["permission"] += 1
            continue  # "voted to leave each member free to restore relations and trade with Cuba": what a body lets its
            # members do, not done (the vote that frees them is the act)
        if trigger.entry["form"] != "phrase" and _named_as(tokens, trigger):
            dropped["named_as"] += 1
            continue  # "It was the second Soviet veto", "describe it as an alliance against Pakistan": an act told, named
        if trigger.entry["form"] == "noun" and len(triggers) > 1 and _under_an_old_pact(tokens, trigger):
            dropped["told_before"] += 1
            continue  # "a request for help under the old Anglo-Portuguese alliance": a pact in force, the frame of another act
        if _inside_a_refusal(tokens, trigger, triggers[:index]):
            dropped["refused"] += 1
            continue  # "refused to let Portuguese troops cross its territory to retake them": the act refused is not done
        if absent and trigger.entry["form"] == "noun" and trigger.entry["cameo"][:2] == "04" and _meeting_stayed_away(tokens, trigger):
            dropped["meeting_stayed_away"] += 1
            continue  # "refused to attend the London conference", "stayed away from the summit": no meeting of the absent
        if trigger.entry["phrase"] == "fly|travel|go to" and _a_paper_went(tokens, trigger):
            dropped["paper_went"] += 1
            continue  # "a note to Moscow that also went to Paris", "copies of the letter went to Bonn": a paper sent on
        if trigger.entry["phrase"] == "summit" and _mountain_top(tokens, trigger):
            dropped["mountain_top"] += 1
            continue  # "climbers reached the summit of Everest", "held the summit of the pass": a hill's top, no meeting
        if trigger.entry["cameo"][:2] == "D0" and trigger.entry["form"] != "noun" and _describes_a_name(tokens, trigger) \
                and not _dated_in_relative(tokens, parts, trigger):
            dropped["description"] += 1
            continue  # "the republic proclaimed by the Polisario Front", "the government, which overthrew Qasim": what a
            # noun stands for, told to say which one; the change of rule is told elsewhere, if at all
        if trigger.entry["cameo"] == "D03" and trigger.entry["form"] == "verb" and _body_dissolved(tokens, trigger):
            dropped["body_dissolved"] += 1
            continue  # "voted to dissolve the council": a body, no state, comes to an end
        if trigger.entry["form"] == "noun" and trigger.first >= 3 and tokens[trigger.first - 1].low == "the" \
                and tokens[trigger.first - 2].low == "of" and tokens[trigger.first - 3].low in _TIMES_OF:
            dropped["time_of_an_act"] += 1
            continue  # "even in the years of the embargo", "during the months of the blockade": a time named by an act
            # told elsewhere, no act here
        if trigger.entry["form"] == "noun" and tokens[trigger.first].low in _STANDING and _standing_named(tokens, trigger):
            dropped["standing"] += 1
            continue  # "condemned the American embargo on Cuba", "throughout the Soviet occupation": a measure or an
            # occupation in force, named with its doer as what a clause judges or spans; imposed or begun elsewhere
        if trigger.entry["form"] == "noun" and trigger.first >= 2 and tokens[trigger.first].low == "war" \
                and tokens[trigger.first - 1].low == "of" and tokens[trigger.first - 2].low in _OF_WAR:
            dropped["prisoners_of_war"] += 1
            continue  # "freed 300 prisoners of war between May and July": captives named by their status, no war between
            # the states or dates after it
        if trigger.entry["form"] == "noun" and GENERIC.intersection(map(_LOW, tokens[(trigger.first - 2 if trigger.first > 2 else 0) : trigger.first])):
            dropped["generic"] += 1
            continue  # "at every meeting", "any attack": no one act
        if trigger.entry["form"] in ("noun", "verb") and before in DEMONSTRATIVES and not _reversed(tokens, trigger) \
                and not (before == "that" and trigger.entry["form"] == "verb" and _past(tokens[trigger.first])
                         and _one_of_the_states_that(tokens, trigger.first - 1)):
            # ("Pakistan was among the governments that sent arms", "Cuba was the first state that recognised it": 'that'
            # before a verb in the past opens a relative clause on the states the subject is one of, whose act is done)
            dropped["told_before"] += 1
            continue  # "this defeat", "that agreement": an act already told, named again
        if (trigger.entry["form"] == "noun" or trigger.entry["form"] == "verb" and not _past(tokens[trigger.first])
                and (before == "the" or _possessive(tokens, trigger.first - 1))) \
                and (before == "the" or trigger.first > 1 and tokens[trigger.first - 2].low == "the"
                                                and (tokens[trigger.first - 1].text[:1].isupper() or before.isdigit())
                                                or before == "of" and trigger.first > 2 and tokens[trigger.first - 3].low == "the"
                                                or _possessive(tokens, trigger.first - 1) or _the_name_before(tokens, trigger.first)) \
                and _lasting_after(tokens, trigger.last, terms=trigger.entry["cameo"][:2] in ("03", "05", "06", "07")):
            dropped["told_before"] += 1
            continue  # "the treaty remained in force", "the treaty of friendship of 1971 remained the basis of" (and its
            # "friendship between India and the Soviet Union"): a state
            # of things named again, no act
        if trigger.entry["form"] == "noun" and trigger.entry["cameo"][:2] in ("03", "05", "06") \
                and _lasting_after(tokens, trigger.last, lapsing=True):
            dropped["told_before"] += 1
            continue  # "The trade treaty of 1960 lapsed in 1970", "when the transit treaties expired": it ran out, no signing
        if trigger.entry["form"] == "noun" and _framing_text(tokens, trigger):
            dropped["told_before"] += 1
            continue  # "Under the Indus Waters Treaty, the eastern rivers are allotted to India": the text's terms
        if trigger.entry["cameo"] == "057" and trigger.entry["form"] == "noun" and _drafted(tokens, trigger.first):
            dropped["drafted"] += 1
            continue  # "The World Bank drafted the Indus Waters Treaty", "Moscow drew up a treaty of friendship": a text
            # written, no one signed it here
        if trigger.entry["cameo"][:2] in ("06", "07") and (trigger.last + 1 < len(tokens) and tokens[trigger.last + 1].low in _ROLE_NOUNS
                                                         or (trigger.entry["form"] == "noun" or trigger.first >= 1
                                                             and tokens[trigger.first - 1].text[:1].isupper())  # "Soviet aid"
                                                         and _lasting_after(tokens, trigger.last)
                                                         or _noun_use(tokens, trigger) and _lasting_after(tokens, trigger.last, growth=True)
                                                         or _valued_after_aside(tokens, trigger.last)
                                                         or _copular_standing(tokens, trigger.first)):
            dropped["statistic"] += 1
            continue  # "was the island's main trading partner", "the largest aid donor", "Soviet aid to Cuba was
            # estimated at several billion dollars a year", "sugar was the main export": a standing or a sum, no act
        if trigger.entry["form"] == "verb" and trigger.first == trigger.last and trigger.entry["cameo"][:2] == "06" \
                and (tokens[trigger.first - 1].low in _NOUN_BEFORE if trigger.first else
                     trigger.last + 1 < len(tokens) and (tokens[trigger.last + 1].text == ","
                                                         or tokens[trigger.last + 1].low in _COMPOUND_HEADS)):
            dropped["noun_use"] += 1
            continue  # "good for trade", "Buddhism, trade and ...", "Trade, students and ...": the word as a noun in a
            # list or after a preposition, no act ("Trade across the border resumes" stays: trade resumed); so too
            # opening a compound ("Trade friction followed", "Trade disputes grew")
        if trigger.first == trigger.last and tokens[trigger.first].low == "left" and _political_wing(tokens, trigger.first):
            dropped["noun_use"] += 1
            continue  # "The Chilean left saw the revolution as a model", "the far left": a wing of politics, no leaving
        if trigger.entry["phrase"] in ("meet", "meet with") and _met_a_thing(tokens, trigger.last):
            dropped["met_a_thing"] += 1
            continue  # "where most Indians met the boycott", "the plan met with resistance": a thing met, no meeting
        if trigger.first == trigger.last and tokens[trigger.first].low in INVITING and _at_the_asking(tokens, trigger.first):
            dropped["at_the_request"] += 1
            continue  # "landed in Kuwait at the emir's request": how another act came about, no request of its own
        if tokens[trigger.first].low == "leaving" and before == "," and events:
            dropped["result"] += 1
            continue  # "signed an armistice in February 1949, leaving the Gaza Strip under Egyptian rule": what the act left
        if trigger.entry["phrase"] == "charge" and (before in PRICES or trigger.last + 1 < len(tokens)
                                                    and tokens[trigger.last + 1].low == "for"
                                                    or PRICES.intersection(t.low for t in tokens[trigger.last + 1 : trigger.last + 6])):
            dropped["price"] += 1
            continue  # "the price charged for oil": a price, no accusation
        if trigger.entry["form"] == "noun" and trigger.first >= 2 and tokens[trigger.first].text[:1].isupper() \
                and tokens[trigger.first - 1].low in ("of", "and") and tokens[trigger.first - 2].text[:1].isupper():
            dropped["inside_a_name"] += 1
            continue  # "the Treaty of Peace and Friendship between Japan and China": a word of the treaty's name
        if trigger.entry["form"] == "noun" and trigger.entry["cameo"][:2] == "06" and tokens[trigger.last].low in _TEXT_NOUNS \
                and tokens[trigger.last].text[:1].isupper() and any(t.entry["phrase"].startswith("sign") for t, _ in triggers):
            dropped["inside_a_name"] += 1
            continue  # "The North American Free Trade Agreement, signed by Canada, Mexico and the United States": the
            # text's name, the signing is the act
        if trigger.entry["form"] == "verb" and trigger.first == trigger.last and trigger.first >= 1 \
                and tokens[trigger.first].text[:1].isupper() and tokens[trigger.first - 1].text[:1].isupper() \
                and _names_a_text(tokens, trigger.last + 1):
            dropped["inside_a_name"] += 1
            continue  # "signed the Anglo-Irish Free Trade Area Agreement": 'Free' and 'Trade' are words of its name
        if trigger.entry["form"] == "verb" and trigger.first == trigger.last and before in NOUN_MARKERS and trigger.first >= 2 \
                and tokens[trigger.first - 2].low in _SUSPECTING:
            dropped["alleged"] += 1
            continue  # "Colombo, suspecting foreign help for the rebels, expelled": a suspicion, no act told
        if trigger.entry["form"] == "verb" and trigger.first == trigger.last and (before in NOUN_MARKERS
                                                                                 or _possessive(tokens, trigger.first - 1)) \
                and (trigger.last + 1 >= len(tokens) or tokens[trigger.last + 1].low not in _OBJECT_PREPOSITIONS):
            dropped["noun_of_verb"] += 1
            continue  # "Taiwan's foreign trade went to Japan", "its help": the word is a noun here, naming no one act
        if trigger.first == trigger.last and tokens[trigger.first].low == "armed" and trigger.last + 1 < len(tokens) \
                and tokens[trigger.last + 1].low in _ARMED_NOUNS:
            dropped["noun_of_verb"] += 1
            continue  # "the recent armed intervention in Afghanistan", "armed clashes": an adjective, no one armed
        if trigger.first == trigger.last and before == "," and tokens[trigger.first].low in JOINING \
                and trigger.last + 1 < len(tokens) and tokens[trigger.last + 1].low == "by":
            dropped["joined_by"] += 1
            continue  # "Marines, joined by soldiers from Jamaica, invaded Grenada": those named act with the subject
        if tokens[trigger.first].low == "travel" and before in _BEFORE_TRAVEL:
            dropped["noun_of_verb"] += 1
            continue  # "lifted restrictions on travel to Cuba", "a ban on air travel to Libya": travel by people, no visit
        if trigger.entry["cameo"] == "045" and trigger.entry["form"] == "noun" \
                and not any(p.last == trigger.first - 1 for p in parts):
            dropped["mediator_unnamed"] += 1
            continue  # "American mediation", "Kosygin's mediation"; not "submit the dispute to papal mediation" or
            # "under the mediation of President Siad Barre of Somalia", whose mediator the roles do not read
        if trigger.entry["cameo"][:2] in ("05", "11", "12") and _scholars_judge(tokens, trigger) \
                or (trigger.entry["form"] == "noun" or _noun_after_determiner(tokens, trigger.first)) \
                and (_scholars_view(tokens, trigger) or _topic_of_a_work(tokens, trigger)) \
                or debated and _scholars_question(tokens, trigger):
            dropped["historiography"] += 1
            continue  # "Indian historians blame Nehru's forward policy": a judgement of scholars, no act of a state
        if "exp" in trigger.flags and _fronted_motive(tokens, trigger, triggers):
            dropped["fronted_motive"] += 1
            continue  # "Angered by the arrest of its diplomats, Moscow expelled ...": the motive of the act the clause tells
        if polled and _poll_finding(tokens, trigger):
            dropped["poll"] += 1
            continue  # "Polls in 2003 showed most Britons opposed to a war": a public's opinion measured, no act of a state
        if trigger.entry["cameo"] == "110" and _feared_outcome(tokens, trigger):
            dropped["feared_outcome"] += 1
            continue  # "feared that Khrushchev would move against Berlin": a worry about what may come, no attitude to an act
        if lows & _HAZARDS and _hazard_subject(tokens, trigger):
            dropped["natural_hazard"] += 1
            continue  # "after Hurricane Mitch struck", "the earthquake devastated Peru": a storm or a quake, no state, acts
        if lows & _FIGHT_WORDS and _fought_to_do(tokens, trigger):
            dropped["effort"] += 1
            continue  # "fought harder than any other government to slow China's entry": an effort for an end, no fighting
        if trigger.entry["form"] == "verb" and before == "in" and trigger.first == trigger.last \
                and tokens[trigger.first].low in trigger.entry["phrase"].split()[0].split("|"):
            dropped["noun_after_in"] += 1
            continue  # "broke with Bonn in protest", "in return", "in support": a noun naming the act's manner
        if trigger.entry["form"] == "verb" and trigger.first == trigger.last and trigger.last + 1 < len(tokens) \
                and tokens[trigger.last + 1].low in _PEOPLE_NOUNS and tokens[trigger.first].low == trigger.entry["phrase"]:
            dropped["modifier"] += 1
            continue  # "a Chinese aid worker is killed", "the aid experts": a noun naming people by their work, no act
        if tokens[trigger.first].low == "meeting" and trigger.first == trigger.last and 0 < trigger.first < len(tokens) - 2 \
                and tokens[trigger.first - 1].text == "," and tokens[trigger.first + 1].low in ("in", "at"):
            dropped["meeting_aside"] += 1
            continue  # "the Cominform, meeting in Bucharest, expelled ...": where the body sat, the act is the main verb
        if trigger.entry["cameo"] == "043" and _RESISTANCE.intersection(t.low for t in tokens[trigger.last + 1 : trigger.last + 5]):
            dropped["met_resistance"] += 1
            continue  # "retook the city, meeting almost no resistance", "met stiff opposition": how a fight went, no meeting
        if trigger.entry["form"] == "noun" and trigger.entry["cameo"][:2] in ("18", "19", "20") \
                and trigger.last + 1 < len(tokens) and tokens[trigger.last + 1].low in _PLAN_NOUNS:
            dropped["plan_of_act"] += 1
            continue  # "drawing up invasion plans", "the war plans of the general staff": an act planned, not done
        if trigger.entry["form"] == "noun" and trigger.first >= 2 and _PART_OF.search(
                " ".join(map(_LOW, tokens[(trigger.first - 4 if trigger.first > 4 else 0) : trigger.first]))):
            dropped["part_of"] += 1
            continue  # "troops landed at Vladivostok as part of an Allied intervention": the whole the act belongs to,
            # told by the act itself
        if trigger.entry["phrase"] == "sign" and _letter_after(tokens, trigger.last):
            dropped["letter_signed"] += 1
            continue  # "signed a letter accusing the Yugoslav leaders", "signed a protest": a text sent, no agreement;
            # what the letter does is told by its own words
        if trigger.entry["cameo"][:2] in ("06", "07") and _object_of_a_ban(tokens, trigger):
            dropped["object_of_a_ban"] += 1
            continue  # "an embargo on exports of scrap iron to Japan", "a ban on grain sales to Moscow": the trade the
            # ban stops, no act of its own
        if trigger.entry["cameo"] == "020" and trigger.first + 2 < len(tokens) and tokens[trigger.first].low in _ASKING_WORDS \
                and (tokens[trigger.first + 1].low in _QUESTIONS or tokens[trigger.first + 2].low in _QUESTIONS):
            dropped["asked_a_question"] += 1
            continue  # "Angolan diplomats asked that question for years": a question put, no request of a state
        if trigger.entry["cameo"] == "043" and tokens[trigger.first].low in _HAILED and _hailed_by_crowds(tokens, trigger):
            dropped["hailed_by_crowds"] += 1
            continue  # "was received in Warsaw by large crowds": a welcome by the public, no meeting of the state's
        if (lows & _REMEMBERING or lows & _KEEPING and ("day" in lows or "since" in lows) or trigger.entry["cameo"] == "051") \
                and _remembered(tokens, trigger, parts):
            dropped["remembered"] += 1
            continue  # "celebrates Vijay Diwas to remember the Pakistani surrender": a day kept, an act remembered
        if trigger.entry["form"] == "verb" and trigger.entry["cameo"][:2] not in ("11", "14") and _people_moving(tokens, trigger, clause[0]):
            dropped["people_moving"] += 1
            continue  # "More than a million Rwandan refugees crossed into Zaire": people on the move, no act of a state
        if trigger.entry["cameo"][:2] == "04" and trigger.entry["form"] == "verb" and lows.isdisjoint(_STATE_HOSTING) \
                and _private_visitors(tokens, clause[0], trigger.first):
            dropped["people_not_state"] += 1
            continue  # "The Pakistani cricket team toured India in 1979", "Chinese pilgrims visited Lumbini": people, no
            # state ("An American table tennis team visits China at Beijing's invitation" is a state's act: kept)
        if trigger.entry["form"] == "verb" and trigger.first == trigger.last and following is not None \
                and following.first == trigger.last + 1 and following.entry["form"] == "noun" \
                and tokens[trigger.first].low in trigger.entry["phrase"].split()[0].split("|"):
            dropped["modifier"] += 1
            continue  # "a trade embargo", "an aid agreement": the noun after it is the act ("vetoed ceasefire
            # resolutions" is a verb in the past, not a modifier)
        if trigger.entry["cameo"] == "062" and tokens[trigger.first].low == "jointly" and _jointly_does_another(tokens, parts, trigger, triggers):
            dropped["jointly"] += 1
            continue  # "Britain and France jointly attacked Egypt", "jointly advised Tokyo": how the doers acted together;
            # the act is the verb's, toward its object, not cooperation with that object
        if trigger.entry["cameo"] == "062":
            trigger = show_of_force(tokens, trigger, tuple(code for p in left_agents(parts, tokens, clause[0], trigger.first)
                                                           for code in p.codes), clause)
        if "rev" in trigger.flags and trigger.entry["form"] == "phrase" and not _backed_state(tokens, parts, trigger):
            dropped["thing_backed"] += 1
            continue  # "a coup backed by the junta in Athens", "troops backed by tanks": no state backs a state here
        if trigger.entry["form"] == "verb" and before in ("whose", "his", "her", "its", "their") \
                and tokens[trigger.first].low == trigger.entry["phrase"].split()[0].split("|")[0]:
            dropped["noun_after_possessive"] += 1
            continue  # "Haig, whose shuttle between London and Buenos Aires ended": a noun, the act told elsewhere
        if trigger.entry["form"] == "noun" and trigger.last + 1 < len(tokens) and tokens[trigger.last + 1].low in _WHO_WORK:
            dropped["people_of_a_field"] += 1
            continue  # "relatives and aid workers said": people who work in a field, no act
        if trigger.entry["cameo"] == "D03" and trigger.entry["form"] == "verb" and (_ties_as_subject(tokens, clause[0], trigger.first)
                                                                                  or _an_act_collapsed(tokens, parts, clause[0], trigger.first)):
            dropped["ties_ended"] += 1
            continue  # "Relations between India and China collapsed in 1962": ties broke down, no state dissolved
        if _third_sides(tokens, trigger):
            dropped["third_sides"] += 1
            continue  # "the two states backed opposing sides in the Saharan war": neither acts on the other
        if trigger.entry["cameo"].startswith("13") and (_warned_of_a_third(tokens, parts, trigger)
                                                        or _warned_of_a_danger(tokens, parts, trigger)):
            dropped["warned_of_a_third"] += 1
            continue  # "warned Golda Meir that Syria was preparing for war": news of a third, no threat to the one told
        if trigger.entry["form"] == "noun" and _known_as(tokens, trigger):
            dropped["known_as"] += 1
            continue  # "The 1975 treaty between Peru and Chile is known as the Lima Accord": a name given, no act told
        if trigger.entry["form"] == "noun" and _named_again(tokens, trigger):
            dropped["told_before"] += 1
            continue  # "The treaty did not stop Amanullah ...", "The Suez crisis strained the alliance": a pact named again
        if _described_in_relative(tokens, trigger):
            dropped["description"] += 1
            continue  # "joined the Baghdad Pact, of which Britain was a founding member": what the pact is, no act
        if trigger.entry["form"] == "noun" and trigger.last + 1 < len(tokens) and tokens[trigger.last + 1].low in _STANDING_AFTER:
            dropped["standing"] += 1
            continue  # "Vietnam's treaty ally", "until the accord's provisions were carried out": a standing named, no act
        if _content_of_a_text(tokens, trigger, tell_under=False):
            dropped["content_of_a_text"] += 1
            continue  # "signed a joint declaration ending the occupation": what the text provides, the signing is the act
        if trigger.entry["cameo"] == "043" and _received_a_thing(tokens, trigger):
            dropped["received_a_thing"] += 1
            continue  # "Ecuador received one square kilometre at Tiwintza", "the Act received the royal assent": a thing
            # got, no visitor received
        if trigger.entry["form"] == "noun" and trigger.entry["cameo"][:2] == "05" and _tie_in_a_view(tokens, trigger):
            dropped["tie_in_a_view"] += 1
            continue  # "held that the normalization of relations serves the interests of both peoples", "said that the
            # friendship between the two peoples would last": a view of a tie, no act that made it (sent22)
        if trigger.entry["form"] == "verb" and tokens[trigger.first].low == "agree" and _terms_agreed(tokens):
            dropped["terms_agreed"] += 1
            continue  # "The Governments of India and Nepal agree mutually to respect ...": a text's operative clause,
            # what its parties undertake, no act told (sent22)
        if trigger.entry["cameo"] in ("0256", "1056") and _ground_left(tokens, parts, trigger):
            dropped["ground_left"] += 1
            continue  # "called for the withdrawal of all foreign forces from Egyptian soil": the ground the forces are to
            # leave is no party asked, and whose forces they are the phrase does not say
        if asked_by_a_text(tokens, trigger):
            dropped["asked_by_a_text"] += 1
            continue  # "the plan called for a ceasefire": what a text provides for, not a state's request
        if trigger.entry["form"] == "phrase" and _participle_with_object(tokens, trigger):
            dropped["participle_with_object"] += 1
            continue  # "the two ambassadors exchanged notes": the noun's own verb and its object, no label
            # ("1972 – Ambassadors exchanged.")
        skip = _other_sense(tokens, trigger)
        agreed_to = skip == "date_not_object" and tokens[trigger.first].low.startswith("agree")
        if skip and not agreed_to:
            dropped[skip] += 1
            continue
        mood = modality(tokens, clause[0], trigger.first, trigger.last, lows)  # (the sentence's words, read once)
        if perfect and _counted_summary(tokens, trigger, clause[0]):
            dropped["summary"] += 1
            continue  # "India and Pakistan have fought four wars since independence": acts counted, none told
        if compared and _standing(tokens, trigger, clause):
            dropped["standing"] += 1
            continue  # "Cuba received more Soviet aid than any other country in the 1970s": a ranking, no one act
        if mood == "asserted" and habits and _habitual(tokens, trigger, clause):
            dropped["habit"] += 1
            continue  # "China's leaders usually stop in Pakistan", "the two hold talks almost every year": what is done
            # as a rule, no one act ("held their exercises every spring until 2018" tells acts done: kept)
        if trigger.entry["form"] == "noun" and trigger.entry["cameo"] == "057" and _nearly_reached(tokens, trigger.first):
            dropped["near_deal"] += 1
            continue  # "Chile, Bolivia near border pact", "are close to an agreement": a deal not yet made
        if trigger.entry["cameo"][:2] in ("06", "07") and trigger.entry["form"] != "verb" and _flow_per_period(tokens, trigger):
            dropped["habit"] += 1
            continue  # "Egypt received about two billion dollars a year in American aid": a flow over the years, no act
        if trigger.entry["cameo"][:1] == "1" and trigger.entry["form"] == "verb" and _displayed(tokens, trigger, clause[0]):
            dropped["displayed"] += 1
            continue  # "Billboards across Iran demanded the release of ...": what posters say, no state's act (fer1)
        if trigger.entry["phrase"] == "fear" and _trailing_tag(tokens, trigger):
            dropped["feared_tag"] += 1
            continue  # "Iran could test again within weeks, Iraqi officials fear.": a wire's closing tag, whose object is
            # the clause before it, an act that may come; no disapproval aimed at anyone
        if trigger.entry["phrase"] == "intervene" and mood != "intended":
            dropped["intervened_how"] += 1
            continue  # "the Secretary-General intervened", "Washington intervened with Tokyo": no force told; only
            # "would intervene" told to another state (a threat) or "intervened in Korea" (the lexicon's) are coded
        if trigger.entry["phrase"] == "fight" and _fought_for(tokens, trigger):
            dropped["fought_for"] += 1
            continue  # "volunteers were ready to fight for Syria", "China had fought for the North": the side fought
            # for is no foe (not "to fight for the MPLA against South African forces": the foe named after "against")
        if trigger.entry["phrase"] == "founding member" and _membership_aside(tokens, trigger):
            dropped["membership_aside"] += 1
            continue  # "Norway, a founding member of NATO, sent a battalion to Lebanon in 1978": what the state is, said
            # in passing; the sentence's date is the battalion's, not the founding's
        if trigger.entry["phrase"] == "leave" and _left_as_it_was(tokens, trigger):
            dropped["left_as_it_was"] += 1
            continue  # "the break left Denmark without an embassy", "left Iceland isolated": the state something put a
            # party in, no departure (not "left each member free to decide": a restriction lifted, told as a yield)
        said_refused = mood == "refused"  # "refused to sign", not "did not sign"
        if mood == "asserted" and (trigger.entry["form"] == "noun" and _imagined(tokens, trigger)
                                   or tokens[trigger.first].low.endswith("ing") and _imagined_doing(tokens, trigger)
                                   or _written_about(tokens, trigger)):
            mood = "hypothetical"  # "the idea of a Chinese invasion of Taiwan haunted planners": an act imagined
        if mood == "asserted" and _supposed_act(tokens, trigger):
            mood = "hypothetical"  # "argued that an air strike on Cuba would kill Soviet technicians": an act supposed
        if mood == "asserted" and trigger.entry["form"] == "noun" and planned_after(tokens, trigger.last):
            mood = "planned"  # "a joint docking mission planned for 1975": an act named only as a plan
        if mood == "asserted" and _asked_who(tokens, trigger):
            mood = "hypothetical"  # "archives do not say who fired the first shot", "Who ordered the troops in is disputed"
        if mood == "asserted" and trigger.entry["form"] == "noun" and wished_after(tokens, trigger.last):
            mood = "planned"  # "the treaty Warsaw hoped to conclude with Bonn": an act its relative clause only hopes for
        if mood == "asserted" and trigger.entry["form"] == "noun" and _kind_as_subject(tokens, trigger):
            mood = "hypothetical"  # "A German annexation of Austria was forbidden by the treaty": a kind of act, none told
        if mood == "asserted" and trigger.entry["form"] == "noun" and _unrealized_after(tokens, trigger):
            mood = "negated"  # "Eisenhower's visit to the Soviet Union never took place", "... was postponed"
        if promised and mood == "asserted" and _agreed_too(tokens, clause, trigger):
            mood = "intended"  # "agreed to restore relations and to begin talks": the talks are agreed, not held
        if mood == "negated" and trigger.entry["phrase"] == "ratify":
            dropped["negated"] += 1
            continue  # "the ABC treaty was never ratified": a text that never came into force, no one's refusal told
        if mood == "negated" and not _negated_passive(tokens, trigger) \
                and (_declinable(trigger) and not _for_a_while(tokens, trigger) and not _step_not_taken(tokens, trigger)
                     or _would_not(tokens, trigger)) and not _no_refusal_told(tokens, trigger):
            mood = "refused"  # "would not recognize", "never signed": a refusal, coded as REJECT like "refused to"
            # (not "did not exchange envoys for seven years": how long a step was not taken, no refusal told; not
            # "France did not recognize Beijing": a step not taken, told as a fact of its time)
        assurance = mood == "negated" and _promised_not(tokens, trigger)
        if assurance:
            mood = "asserted"  # "pledged not to invade Cuba": a promise of restraint, itself an act
        if mood == "deadline":
            # "Khrushchev gave the United States, Britain and France six months to leave West Berlin": an ultimatum
            # from who gave the time to each state given it; the act demanded is not done
            events.extend(_ultimatums(doc, tokens, parts, trigger, clause, span, timexes, section, by_section,
                                      section_index, narrative, news))
            dropped["deadline"] += 1
            continue
        if mood in ("negated", "hypothetical", "planned", "requested"):
            dropped[mood] += 1
            if mood == "negated" and _declinable(trigger):
                # "Greece did not sign it, and its fleet went on blockading the coast": the subject of a step withheld
                # is still the one a coordinated verb after it leaves out, as it was when the step was coded a refusal
                subject = tuple(code for p in left_agents(parts, tokens, clause[0], trigger.first) for code in p.codes)
                if subject:
                    previous_sources = previous_subject = subject
            continue
        if mood == "intended" and codes()[trigger.entry["cameo"]]["polarity"] == "conflict" and _pledged(tokens, clause, trigger):
            dropped["pledged_force"] += 1
            continue  # "Stalin pledged to enter the war against Japan": a promise to allies, no threat made to the foe
        if mood == "intended" and codes()[trigger.entry["cameo"]]["polarity"] == "conflict" and _prepared(tokens, clause, trigger):
            dropped["prepared"] += 1
            continue  # "Indonesia prepared to land paratroopers in Malaya": getting ready, no threat stated to the foe
        cameo = trigger.entry["cameo"]
        if _reversed(tokens, trigger) and not _denounced_others(tokens, trigger) \
                or cameo[:2] in ("06", "07") and trigger.entry["form"] == "noun" and _ended_after(tokens, trigger.last):
            # "stopped military aid", "cancelled its friendship treaty"; trade cut off is an embargo; "Soviet aid to
            # Cuba, about a million dollars a day, ended in 1991": aid stopped
            cameo = "163" if cameo.startswith("061") else REVERSALS.get(cameo[:2], cameo)
        elif in_the_street(tokens, trigger, clause[0]):
            cameo = "145" if cameo == "190" else "141"  # "Thousands of Japanese protested against the treaty": a
            # demonstration; "Turkish crowds attacked Greek shops": a riot
        elif deployed(tokens, trigger):
            cameo = "154"  # "sent tanks to the Jordanian border": force deployed, not aid given
        elif cameo[:2] == "19" and trigger.entry["phrase"].startswith("land") and _brought_arms(tokens, trigger, clause):
            cameo = "072"  # "American transport planes landed in Calcutta with infantry weapons": arms delivered
        elif cameo == "190" and trigger.entry["phrase"].startswith("land") and _cargo_landed(tokens, trigger, clause):
            cameo = "070"  # "a Cuban plane carrying doctors and medicine landed in Managua": relief delivered, no attack
        elif cameo == "190" and trigger.entry["phrase"].startswith("land") and _landing_guests(tokens, trigger, parts, clause):
            cameo = _landing_guests(tokens, trigger, parts, clause)  # "Obama landed in Havana": a visit;
            # "Australian-led peacekeepers landed in Dili": protection, no attack
        elif cameo == "042" and trigger.entry["form"] == "verb" and _ARMS.intersection(
                t.low for t in tokens[clause[0] : trigger.first]):
            cameo = "072"  # "American military advisers and weapons began to arrive in Greece": arms delivered, no visit
        elif _eased(tokens, trigger):
            cameo = EASINGS.get(cameo[:2], "080")  # "lifted sanctions on Vietnam", "ended the blockade"
        elif cameo[:2] == "10" and trigger.entry["form"] == "noun" and not _WAIVING.isdisjoint(
                t.low for t in tokens[max(0, trigger.first - 3) : trigger.first]):
            cameo = "080"  # "renounced its demand for war reparations" (tune19): a demand given up, a concession
        if trigger.entry["phrase"] == "send home from":
            sent = {t.low for t in tokens[max(0, trigger.first - 5) : trigger.first]}
            if sent & _CAPTIVES:
                cameo = "0841"  # "the prisoners of war were sent home from India": captives set free by the state that held them
            elif not sent & _POSTED:
                dropped["sent_home"] += 1
                continue  # "Japanese soldiers and settlers were sent home from China": people returned after a war, no one expelled
        if cameo[:2] == "04" and trigger.entry["form"] == "noun" and lows & _FAILING and _failed_after(tokens, trigger.last):
            cameo = "164"  # "the negotiations between Iceland and Britain on fishing limits collapsed": talks broken off
        if trigger.entry["phrase"] == "refuse" and trigger.last + 2 < len(tokens) and tokens[trigger.last + 1].low == "to" \
                and any(t.first == trigger.last + 2 or (t.first > trigger.last + 2 and t.first <= trigger.last + 3
                                                         and tokens[trigger.last + 2].low in HOSTILE_PREFIXES)
                        or _measure_refused(tokens, trigger.last, t)
                        for t, _ in triggers if codes()[t.entry["cameo"]]["polarity"] == "conflict"
                        and not _eased(tokens, t)) and not _joining_anothers(tokens, parts, trigger, triggers):
            dropped["refused_hostile_act"] += 1
            continue  # the refusal of a hostile act is no rebuff of its object ("refused to invade Cuba")
        if trigger.entry["form"] == "noun" and codes()[cameo]["polarity"] == "conflict" and any(
                t.entry["phrase"] == "refuse" and t.last + 1 < trigger.first and tokens[t.last + 1].low == "to"
                and _measure_refused(tokens, t.last, trigger) for t, _ in triggers):
            dropped["refused_hostile_act"] += 1
            continue  # "refused to renew European sanctions against Argentina": the sanctions were not renewed
        if mood == "refused" and any(t.entry["cameo"].startswith("12") and t.last < trigger.first <= t.last + 4
                                     and not {x.low for x in tokens[t.last + 1 : trigger.first]} & {",", "and", "to", "that"}
                                     for t, _ in triggers):
            dropped["refused_object"] += 1
            continue  # "India refused an American offer of aid": the refusal, coded by its own verb, is the act
        if mood == "refused" and codes()[cameo]["polarity"] == "conflict" and not cameo.startswith("12"):
            dropped["refused_hostile_act"] += 1
            continue  # "refused to renew sanctions against X", "refused to invade": a hostile act not done, no rebuff of X
        undertaking = mood == "intended" and cameo != trigger.entry["cameo"] and _undertook_to_stop(tokens, trigger)
        cameo = _recode(cameo, mood)  # after the reversal: "would end its defense treaty" threatens
        if trigger.entry["phrase"].startswith("refuse to recogni") and not_until(tokens, trigger.last):
            cameo = "054"  # "refused to recognize Bangladesh until August 1975": it recognized it then
        if undertaking and cameo == "130":
            cameo = "030"  # "agreed to stop selling arms to Iran": an undertaking, not a threat
        if cameo == "130" and trigger.entry["cameo"] == "154" and trigger.first >= 2 and tokens[trigger.first - 1].low == "to" \
                and tokens[trigger.first - 2].low in ("agree", "agreed", "agrees", "agreeing"):
            cameo = "0312"  # "agreed to station a brigade in Saudi Arabia": troops based in a state by agreement, no threat
        if assurance:
            cameo = "030"
        if agreed_to:
            cameo = "030"  # "agreed on October 28 to remove the missiles": agreed to do it
        if index + 1 in threatened and cameo == "130" and triggers[index + 1][0].entry["cameo"][:2] in ("18", "19", "20"):
            cameo = "138"  # threatened force
        if cameo[:2] == "10" and _deadline_set(tokens, trigger, clause):
            cameo = "139"  # "demanded that India dismantle its posts within three days": a demand with a deadline
        elif cameo in ("020", "100") and de_escalation_asked(tokens, trigger, clause[1]):
            cameo = "0256" if cameo == "020" else "1056"  # "urged India and Pakistan to show restraint"
        if (cameo == "087" or cameo == "0356" and trigger.entry["cameo"] == "087") and \
                targets_of_bloc(trigger, tokens, parts, bloc_members):
            # "withdrew from the League of Nations": leaving an organization, not a retreat; "announced that
            # Hungary would leave the Warsaw Pact": a break announced, no promise of restraint
            cameo = "160"
        if cameo == "042" and trigger.entry["form"] != "noun" and any(p.mention.role == "military" and 0 < trigger.first - p.last <= 2
                                                                       for p in parts) \
                and not (trigger.first > 0 and tokens[trigger.first - 1].low in _ENVOY_NOUNS):  # (not "a military delegation came")
            if tokens[trigger.first - 1].low in _ADVISER_NOUNS:
                cameo = "074"  # "the first Soviet military advisers arrived in Syria": advisers sent, as "sent advisers to"
            else:
                dropped["troops_arrived"] += 1
                continue  # "Cuban soldiers arrived in Angola", "Soviet units went to Prague": troops moved, no visit paid
        if trigger.entry["form"] == "noun" and _called_as(tokens, trigger.first):
            dropped["description"] += 1
            continue  # "denounced the new association as an anti-Chinese alliance": what it was called, no alliance made
        if cameo.startswith("04") and (trigger.first >= 2 and tokens[trigger.first - 1].low in _COUNTED_BODIES
                                       and _a_count(tokens[trigger.first - 2].low) and not any(p.last < trigger.first for p in parts)
                                       or 0 <= unnamed_meeting < trigger.first
                                       and not any(unnamed_meeting < p.first < trigger.first for p in parts)):
            unnamed_meeting = trigger.first
            dropped["unnamed_parties"] += 1
            continue  # "When twenty-two states met in London", "forty nations met in Geneva": a meeting of states the
            # sentence does not name, no meeting of the pair the page is about
        if trigger.entry["phrase"] == "come to" and not any(p.first == trigger.last + 1 or p.first == trigger.last + 2
                                                            and tokens[trigger.last + 1].low == "the" for p in parts) \
                or trigger.entry["phrase"] in _TO_A_PLACE and not _place_after(tokens, trigger.last + 1):
            dropped["not_a_place"] += 1
            continue  # "came to Beijing", "came to the United States" are visits; "came to regard India as an adversary",
            # "came to power" are not, nor "left for exile", "the matter went to a meeting", "loans go to infrastructure"
        if trigger.entry["phrase"] == "oppose" and tokens[trigger.first].low == "opposed" and trigger.first > 0 \
                and tokens[trigger.first - 1].low in _CROWD_NOUNS:
            dropped["described_people"] += 1
            continue  # "to disperse thousands of protesters opposed to the transfer": who the people were, no act
        if trigger.entry["phrase"] in ("meet", "meet with") and trigger.first > 0 and _met_by_no_state(tokens, trigger.first):
            dropped["no_state_met"] += 1
            continue  # "people I met there", "huge crowds met him", "their interests met in Korea", "the summit met in
            # Lima": the writer, a crowd, a thing or a meeting itself as the one that met; no meeting of states
        if trigger.entry["cameo"][:2] in ("04", "19") and trigger.entry["form"] != "noun" and trigger.first > 0 \
                and _goods_moving(tokens, trigger.first):
            dropped["goods_moving"] += 1
            continue  # "cheap shoes and toys were pouring into Chile", "trucks went on arriving at the port": trade goods
            # and civil vehicles on the move, no visit or attack
        if trigger.entry["phrase"] == "oppose" and _opposition_held(tokens, trigger.first):
            dropped["stance_held"] += 1
            continue  # "was firmly opposed to the plan", "kept opposing the embargo", "both opposing the occupation",
            # "had opposed the accord": a stance held or kept, told as how a state stood; "Italy opposed the plan" is kept
        if trigger.entry["phrase"] == _VOTE_AGAINST_POSSESSED and not tokens[trigger.last - 1].text.endswith(("'s", "\u2019s")):
            dropped["no_side_named"] += 1
            continue  # "voted against its admission", "voted against seating Beijing": only a state's possessive names
            # the one kept out here ("voted against Chile's admission"); "against the admission of Chile" is its own entry
        if trigger.entry["phrase"] == "release" and _thing_released(tokens, trigger.last):
            dropped["thing_released"] += 1
            continue  # "releasing wheat a few months at a time", "released a statement": no one set free
        if trigger.entry["phrase"] == "independent" and not _headline_independence(tokens, parts, trigger):
            dropped["not_a_headline"] += 1
            continue  # "an independent state", "Egypt remained independent": no line of a timeline
        if trigger.entry["phrase"] == "take power" and (
                lows.isdisjoint(_ARMED_RULERS) or not lows.isdisjoint(_ELECTION_WORDS)
                or not _LOW_SET(tokens[max(clause[0], trigger.first - 8) : trigger.first]) & _ARMED_RULERS
                or trigger.first > 0 and tokens[trigger.first - 1].low in FRONTING):
            dropped["power_taken_unarmed"] += 1
            continue  # "Fidel Castro took power" (a revolution), "the party that took power after the elections"; "soon
            # after taking power": a change told elsewhere, named here as a time
        if "dated" in trigger.flags and not _dated_change(tokens, trigger):
            dropped["undated_change"] += 1
            continue  # "after independence", "the revolution": an era named, no change told with its date
        if "staff" in trigger.flags and not _staff_at_work(tokens, parts, trigger):
            dropped["no_staff"] += 1
            continue  # "worked in Angola", "served in Venezuela" said of anyone but a state's professionals
        if "armed" in trigger.flags and not is_passive(tokens, trigger) and not any(p.mention.role == "military" and 0 <= trigger.first - p.last <= 2 for p in parts) \
                and not (trigger.first > 1 and tokens[trigger.first - 1].low in FORCE_NOUNS
                         and (tokens[trigger.first - 2].low in ("its", "their")
                              or any(p.last == trigger.first - 2 and p.mention.kind == "state" for p in parts))) \
                and not (trigger.first > 0 and tokens[trigger.first - 1].low == "and" and
                         any(p.mention.role == "military" and clause[0] <= p.first and p.last < trigger.first for p in parts)) \
                and not _forces_object(tokens, trigger):
            # ("Chadian soldiers took Fada and overran the base at Ouadi Doum": the armed subject of the verb before;
            # "Britain landed troops on the islands": the force is the verb's object)
            if trigger.entry["phrase"] == "enter" and targets_of_bloc(trigger, tokens, parts, bloc_members):
                cameo = "057"  # "Portugal entered the European Economic Community", "entered NATO": it joined
            else:
                dropped["unarmed_subject"] += 1
                continue  # "entered the war", "entered talks": only an armed force entering a place invades it
        if cameo == "087" and trigger.entry["phrase"] == "leave" and (
                trigger.first > 0 and tokens[trigger.first - 1].low in ("he", "she") or _a_person_moves(tokens, parts, clause, trigger)):
            dropped["person_left"] += 1
            continue  # "less than two weeks after he left", "Mikoyan ... left with a deal": a visitor going home, no retreat
        if cameo[:2] == "19" and trigger.entry["phrase"] in _MOVEMENTS and _a_person_moves(tokens, parts, clause, trigger):
            dropped["person_crossed"] += 1
            continue  # "The Dalai Lama crossed into India": a leader fleeing or travelling, no force used
        if cameo == "171" and any(p.mention.kind == "state" and p.mention.via in ("name", "capital")
                                  and p.first in (trigger.last + 1, trigger.last + 2) for p in parts):
            cameo = "192"  # "the Iraqi seizure of Kuwait", "seized Kuwait": a state taken is territory seized by force
            # (decision 8 of CONVENTIONS.md: 192, as a town or an island taken), not property seized
        if cameo == "192" and trigger.entry["phrase"] == "overrun" and _posts_overrun(tokens, trigger):
            cameo = "190"  # "overran the Indian posts", "the base at Fada was overrun": positions of a force fought
            # over, not territory occupied (decision 8)
        if _invited(tokens, trigger, clause):
            cameo = "074"  # force sent at its host's request is protection given, not an attack
        if cameo == "054" and any(t.low in _BREAKAWAY and i + 1 < len(tokens) and tokens[i + 1].low in _PARTS_OF_A_STATE
                                  and any(p.last == i - 1 and p.mention.kind == "state" for p in parts)
                                  for i, t in enumerate(tokens[trigger.last + 1 : trigger.last + 5], trigger.last + 1)):
            # "Russia recognized Georgia's breakaway regions": a defiance of the parent state named, no goodwill
            # (not "recognized the breakaway province of Kosovo", where the state recognized is named)
            cameo = "128"
        if cameo[:2] == "02" and _asks_own_legislature(parts, trigger):
            dropped["domestic_request"] += 1
            continue  # "Truman asked Congress for aid to Greece": a government asking its own parliament
        if "for" in map(_LOW, tokens[(trigger.first - 3 if trigger.first > 3 else 0) : trigger.first]) \
                and any(e.cameo[:2] == "02" and e.trigger_span[1] <= trigger.start for e in events):
            # "appealed to Washington for military aid": asked of another state, not done; asked of one's own
            # parliament ("asked Congress for aid to Greece") it is how a state commits the aid, and is kept
            dropped["object_of_request"] += 1
            continue
        if trigger.entry["cameo"] == "D03" and trigger.entry["form"] == "verb" and _a_things_collapse(tokens, parts, trigger, clause):
            dropped["thing_collapsed"] += 1
            continue  # "the Thai baht collapsed", "the Soviet economy broke up": a state's thing, not the state, ends
        if trigger.entry["cameo"] == "120" and trigger.last + 2 < len(tokens) and (
                tokens[trigger.last].low == "to" and tokens[trigger.last + 1].low in _NO_COMMENT
                or tokens[trigger.last + 1].low == "to" and tokens[trigger.last + 2].low in _NO_COMMENT):
            dropped["no_comment"] += 1
            continue  # "Soviet diplomats declined to comment": a word withheld from the press, no rebuff of a state
        if (trigger.entry["form"] == "noun" or tokens[trigger.first].low.endswith("ing")) and _predicate_of_it(tokens, trigger) \
                and by_agent(parts, tokens, trigger.last, clause[1]) is None:
            dropped["predicate_noun"] += 1
            continue  # "later admits it was a suicide bombing": what "it" was, told with no doer
        if _alleged(tokens, trigger, [e for e in events if e.cameo == "112"] if events else [], lows):
            dropped["alleged"] += 1
            continue  # "accused the United States of preparing an invasion": the act is alleged, not told as done
        if trigger.entry["form"] == "noun" and "sym" not in trigger.flags and "intrans" not in trigger.flags \
                and _object_of_act(tokens, trigger, verb_ends) and noun_agent(parts, tokens, trigger.first) is None \
                and by_agent(parts, tokens, trigger.last, clause[1]) is None \
                and not (lows & _JOIN_WORDS and _joined_measure_at(tokens, trigger) is not None):
            dropped["object_of_another_act"] += 1
            continue  # "condemned the attack on South Korea": whose attack, the condemning subject does not say
        if framed and trigger.entry["form"] != "verb" and _range_endpoint(tokens, trigger):
            dropped["range_endpoint"] += 1
            continue  # "relations between Moscow and Prague, from the wartime alliance to the departure of the last
            # Soviet troops": a page's span told by its ends, each act told in its place
        if trigger.entry["form"] == "noun" and trigger.last + 1 < len(tokens) and trigger.first > 0 and tokens[trigger.first - 1].low == "the" and (
                codes()[trigger.entry["cameo"]]["polarity"] == "cooperation" and tokens[trigger.last + 1].low in TERMS_VERBS
                or codes()[trigger.entry["cameo"]]["polarity"] == "conflict" and tokens[trigger.last + 1].low in ENDING_VERBS):
            dropped["terms_or_end_of_an_act"] += 1
            continue  # "the treaty left Okinawa under American control": its terms; "the day the occupation ended": its end
        if trigger.entry["phrase"].startswith("leave") and _left_in_hands(tokens, trigger):
            dropped["left_in_hands"] += 1
            continue  # "the treaty left Okinawa under American control": the settlement's terms, no one withdrew
        if trigger.entry["form"] == "noun" and _opposed_object(tokens, trigger) \
                and codes()[trigger.entry["cameo"]]["polarity"] == "cooperation":
            dropped["object_of_opposition"] += 1
            continue  # "Beijing denounced the treaty", "had opposed the accord": the stance is the act, not a signing
        if trigger.entry["phrase"] == "join" and following is not None and _joined_measure_at(tokens, following) == trigger.first:
            dropped["joined_a_measure"] += 1
            continue  # "joined the United Nations embargo on China": the embargo is the joiner's act, no alliance with the UN
        acting = parts
        if backers:
            # "rebels armed by Libya captured Faya-Largeau", "Algerian-backed guerrillas captured French technicians":
            # the state that backs the doers does not do the act, nor suffer it; the backing is an act of its own
            acting = []  # (plain loops here and below: a local a comprehension reads is a cell made at every call)
            for p in parts:
                if not (p.last < trigger.first and p in backers and not _backing_trigger(tokens, p, trigger)):
                    acting.append(p)
            subject = left_agents(acting, tokens, clause[0], trigger.first) if len(acting) < len(parts) else None
            if subject is not None and any(p.mention.kind in ("state", "group") for p in subject):
                acting = parts  # "Cuban exiles trained by the CIA landed at the Bay of Pigs": a state's people, the backer's act
            elif subject is not None and not subject and trigger.entry["form"] == "verb" \
                    and _named_between(itertools.filterfalse(acting.__contains__, parts), clause[0] - 1, trigger.first):
                dropped["backed_group"] += 1
                continue  # the doers are the backed group, no state named: not the backer's act, nor the pair's
        if "sym" in trigger.flags and trigger.entry["form"] == "verb" and codes()[trigger.entry["cameo"]]["polarity"] == "cooperation" \
                and not MISSION_NOUNS & set(map(_LOW, tokens[trigger.first : trigger.last + 1])) \
                and not _office_of_a_state(tokens, trigger):
            # "agreed on a landing in France", "signed an agreement in Helsinki": a state after "in" is where (but a
            # mission opened "in Pakistan" is opened with Pakistan)
            acting = [p for p in parts if not (p.first > 0 and tokens[p.first - 1].low == "in" and p.first - 1 not in trigger_tokens
                                               and not (p.first > 1 and tokens[p.first - 2].low in SEAT_NOUNS))
                      and not _in_the_adjective(tokens, p, trigger_tokens)]
        if trigger.entry["cameo"] == "182" and "down" in lows and trigger.first > 0 and tokens[trigger.first - 1].low not in _PASSIVE_AUX \
                and any(clause[0] <= p.first and p.last < trigger.first for p in acting):
            # "Israel shot down a drone over Lebanon": the state after "over" is where, not whose aircraft (that is
            # "a Lebanese drone"); in the passive ("a U-2 was shot down over the Soviet Union") it stays the doer
            acting = [p for p in acting if not (p.first > trigger.last and _over_at(tokens, p.first))]
        if trigger.entry["phrase"] == _MEETING_HELD and _meeting_of_one(tokens, parts, trigger, clause):
            dropped["meeting_of_one"] += 1
            continue  # "India held a meeting of its cabinet": one state's own meeting, no meeting with the other
        also = _did_as_well(tokens, acting, trigger, clause) if "did" in lows else ()
        if also:
            # "Britain vetoed the resolution, as did France": the state after "as did" does the act too (the verb's
            # act, below), to the same target; it is no object of the act (nor of a noun's: "condemned the invasion")
            kept = []
            for p in acting:
                if p not in also:
                    kept.append(p)
            acting = kept
        from_pair = False  # actors taken from the pair the document is about: their states as of the act's date
        roles = _recalled_envoy(tokens, participants(mentions, tokens), trigger, clause) if trigger.entry["cameo"] == "161" else None
        roles = roles or _between_who(tokens, parts, trigger) or _roles(tokens, acting, trigger, clause, previous_sources,
                                                                      focus.get(section_index), last_states, pair,
                                                                      previous_subject, persons, previous_target, context)
        if trigger.entry["form"] == "phrase" and trigger.entry["phrase"].startswith("seat|seats"):
            roles = _seat_given(parts, trigger)
            if roles is None:
                dropped["seat_of_no_body"] += 1
                continue  # "the seat went to the elder brother": no body's seat, no state it went to
        if trigger.entry["form"] == "verb" and not lows.isdisjoint(_LETTER_NOUNS) and cameo[:2] in _WRITTEN_ROOTS:
            roles = _letter_roles(tokens, parts, trigger, clause, roles) or roles
        if trigger.first > 3 and tokens[trigger.first - 2].low in ("honour", "honor") and "compliments" in lows:
            roles = _note_verbale_roles(tokens, parts, trigger) or roles  # "X presents its compliments to the Embassy
            # of Y and has the honour to protest ...": the note's sender to the one it is addressed to
        if roles is None and "named" in trigger.flags:
            dropped["war_not_named_by_pair"] += 1
            continue  # "when civil war broke out again": no pair named the war, and none is guessed for it
        if context is not None and cameo[:2] in ("11", "12", "14") and roles is not None and roles[0] and not is_title:
            # "Soviet troops entered Czechoslovakia. The invasion was condemned by Romania.": a reaction to an act named
            # again as a noun with no doer ("the invasion", "this raid"), in a clause naming no one but the reacting
            # state, is aimed at the doer of the act told last
            own_end = next_listed_verb(tokens, trigger.last, clause[1]) if trigger.entry["form"] == "verb" else clause[1]
            # (the verb's own part of a list of acts: "condemned the invasion and sent troops to Saudi Arabia")
            named_act = next((i for i in range(clause[0] + 1, own_end) if i != trigger.first and tokens[i].low in _ACT_NOUNS
                              and _the_act_noun(tokens, i)
                              and not any(i - 2 <= p.last < i or i < p.first <= i + 2 for p in parts)), None)
            if named_act is not None and _codes_within(parts, clause[0], own_end, set(roles[0])):
                told = next((e for e in reversed(events) if e.polarity == "conflict" and e.source and e.target
                             and e.source not in roles[0]), None) or context.last_act(True)
                # (not the reacting state's own word told before: "denounced the invasion ...; Castro called the attack a crime")
                if told is not None and told.source not in roles[0]:
                    roles = (roles[0], (told.source,))
            elif cameo[:2] == "11" and trigger.entry["form"] == "verb" and trigger.last + 1 < own_end \
                    and tokens[trigger.last + 1].low == "it" and events \
                    and not any(tokens[i].low in _ACT_NOUNS and tokens[i - 1].low in ("the", "this", "that")
                                for i in range(1, trigger.first)):
                # "Iraq invaded Kuwait; Chile condemned it": "it" after a verb of condemning, in a sentence that has
                # just told another state's act, is that act, aimed at its doer (not the state last named, nor the
                # pair in focus); not after an act named again by a noun, which "it" may stand for ("Seaga defends
                # the invasion; Castro condemns it")
                told = events[-1]
                if told.source and told.source not in roles[0] and (told.target or told.cameo[:2] == "15") \
                        and (told.cameo == "057" or told.cameo[:2] in _DEEDS_ROOTS):
                    # (a deed, not another's word on it)
                    roles = (roles[0], (told.source,))
        victim = _victim_named(tokens, parts, trigger, roles) if cameo[:2] == "11" and trigger.entry["form"] == "verb" else None
        doer = _doer_by(tokens, parts, trigger, clause) if victim is not None else None
        if doer is not None and doer not in roles[0]:
            # "condemned the occupation of Kuwait by Iraq": the doer named after "by" is the target
            roles = (roles[0], (doer,))
        elif victim is not None:
            # "condemned the invasion of Afghanistan", "joined Saudi Arabia in condemning the attack on Egypt": the
            # state the act was done to is no target of the condemnation; its doer, told just before, is
            told = _last_conflict_on(events, victim) \
                or (context.last_act(True) if context is not None else None)
            if told is None or told.target != victim or not told.source or told.source in roles[0]:
                dropped["victim_not_target"] += 1
                continue
            roles = (roles[0], (told.source,))
        if (roles is None or not roles[1]) and cameo[:2] == "11" and trigger.entry["form"] == "verb" and trigger.last + 1 < len(tokens) \
                and tokens[trigger.last + 1].low == "that":
            # "The Soviet government protests that the agreement threatens the security of the Soviet Union": a protest
            # at the act told just before, aimed at its doer
            told = events[-1] if events else focus.get(section_index)
            if not events and told is not None and doc.text[told.span[1] : span[0]].strip():
                told = None  # the act protested is told in this sentence or the one before, not pages earlier
            subject = tuple(code for p in left_agents(parts, tokens, clause[0], trigger.first) for code in p.codes)[:1]
            if told is not None and subject and told.source and told.source not in subject:
                roles = (subject, (told.source,))
        if roles is None and cameo[:2] == "14":
            roles = _crowds_at_home(tokens, participants(mentions, tokens), trigger, clause)
        if roles is None and cameo == "150" and "intrans" in trigger.flags:
            # "a plutonium device is exploded at Semipalatinsk": a test site is the testing state's ground
            site = [p for p in participants(mentions, tokens) if trigger.last < p.first < clause[1] and p.mention.via == "place"
                    and tokens[p.first - 1].low in ("at", "in", "near")]
            roles = (site[0].codes[:1], ()) if site else None
        if roles is None and "sym" in trigger.flags and pair and not [p for p in parts if clause[0] <= p.first and p.last < clause[1]] \
                and not (dating[index][1] > clause[1] and clause[0] <= 1 and before == "the") \
                and not _subject_of_refusal(tokens, parts, trigger, pair):
            # (not "the" act in a fronted clause before a main clause of its own: "After the talks broke down, the
            # Turkish army launched": talks already told, the time of the main act; "After further talks in Geneva,
            # France and Algeria signed" are new talks of the pair)
            roles = pair[:1], pair[1:]  # "The hotline went into service", "the treaty was signed": the pair in focus
            from_pair = True
        if roles is not None and roles[0] and (trigger.entry["phrase"].endswith(" here") or news and trigger.entry["phrase"] in ARRIVING
                                               and (_past_a_comma(tokens, parts, trigger, clause, roles[1]) if roles[1]
                                                    else _person_arrives(tokens, parts, trigger, clause))) \
                and not tokens[trigger.first].low.endswith("ing"):  # (not "travellers arriving here reported")
            # "PEKING, July 7 (Reuters) - India's first ambassador in fifteen years arrived here today": the place
            # a report is filed from is where the visitor came
            # (and "arrived here today from New York, two days after his talks with President Johnson": "here" is the
            # place, whoever else the sentence names)
            home = _dateline_state(doc)
            if home and home not in roles[0]:
                roles = (roles[0], (home,))
        if roles is None and news and "sym" not in trigger.flags and trigger.entry["form"] == "verb" \
                and not is_passive(tokens, trigger):
            roles = _official_of_dateline(doc, tokens, parts, trigger, clause)
        presser = _presser(tokens, parts, trigger.first) if cameo[:2] == "08" else ()
        if roles is None and presser:
            # "Under Soviet pressure Castro accepted the removal of the bombers": a yielding to who pressed for it
            subject = tuple(itertools.filterfalse(presser.__contains__, itertools.chain.from_iterable(
                map(_CODES, left_agents(parts, tokens, clause[0], trigger.first)))))
            roles = (subject[:1], presser) if subject else None
        if trigger.entry["cameo"][:2] == "04" and (roles is None or not roles[1]):
            roles = _headline_visit(tokens, participants(mentions, tokens), trigger) or roles
        if (roles is None or not roles[0] or not roles[1]) and trigger.entry["form"] == "noun" and cameo[:2] in ("18", "19", "20") \
                and events and _AGAIN_WORDS.intersection(t.low for t in tokens[max(clause[0], trigger.first - 2) : trigger.first]):
            # "Turkey landed troops on Cyprus; a second offensive in August took a third of the island": the next
            # act of force, with no doer named, is the same side's against the same foe
            force = [e for e in events if e.cameo[:2] in ("18", "19", "20") and e.source and e.target]
            if force and (roles is None or not roles[0]):
                roles = ((force[-1].source,), (force[-1].target,))
            elif force and force[-1].source in roles[0] and force[-1].target not in roles[0]:
                roles = (roles[0], (force[-1].target,))
        if context is not None and (roles is None or not roles[0]) and trigger.entry["form"] == "noun" and not is_title \
                and _told_on(tokens, trigger, cameo) and not any(clause[0] <= p.first < clause[1] for p in parts):
            # "Iraq massed troops on the border. The invasion began on 22 September.", "Turkey landed troops on Cyprus.
            # In August a second offensive took a third of the island": an act named by a noun with no doer, in a
            # sentence naming no state, goes on from the paragraph's last act of its kind (conflict or cooperation)
            told = context.last_act(codes()[cameo]["polarity"] == "conflict")
            if told is not None and (codes()[cameo]["polarity"] != "conflict" or told.cameo[:2] in ("15", "17", "18", "19", "20")):
                roles = ((told.source,), (told.target,))
        if context is not None and roles is None and not is_title and "intrans" not in trigger.flags \
                and "sym" not in trigger.flags and cameo[:2] not in _SPEECH_ROOTS:
            roles = _suffered_in_context(tokens, parts, trigger, clause, context, codes()[cameo]["polarity"])
        if trigger.entry["form"] == "verb" and tokens[0].low in ("at", "in") and is_passive(tokens, trigger) \
                and by_agent(parts, tokens, trigger.last, clause[1]) is None:
            body, comma = _gathering_body(tokens, parts, trigger.first)
            if body and (roles is None or not roles[0] or all(p.last < comma for p in parts if set(p.codes) & set(roles[0]))):
                # "At the OAS meeting in Punta del Este, Cuba was expelled": a passive with no doer, set at a body's
                # gathering, is the body's act (not the host city's) on the clause's subject
                patients = tuple(code for p in left_agents(parts, tokens, comma + 1, trigger.first) for code in p.codes)
                roles = (body, patients or (roles[1] if roles else ()))
        if roles is None and cameo == "057" and trigger.entry["form"] == "verb" and is_passive(tokens, trigger) \
                and by_agent(parts, tokens, trigger.last, clause[1]) is None:
            roles = _compound_signers(tokens, parts, clause[0], trigger.first)  # "The Sino-British Joint Declaration
            # was signed in Beijing": the two states its name joins signed it, in the order it names them
        if trigger.entry["form"] == "phrase" and trigger.entry["phrase"].endswith(" sent to"):
            # "Cuban soldiers were sent to Ethiopia", "troops were sent to Chad by Libya", "by 1976 troops had been sent
            # to Angola" (the sender the paragraph makes the only candidate): the troops' state, the doer after "by",
            # or that one; else no act
            roles = _passive_sender(tokens, parts, trigger, clause, context)
        if roles is None:
            dropped["no_actor"] += 1
            continue
        sources, targets = roles
        if cameo == "150" and len(targets) == 1 and "intrans" in trigger.flags and _TESTING.search(trigger.entry["phrase"]) \
                and _named_as_owner_or_range(tokens, participants(mentions, tokens), targets[0]):
            targets = ()  # (see _named_as_owner_or_range below: "in response to India's tests")
        if cameo == "075" and len(targets) == 1 and targets[0] not in sources:
            # "India gave the Dalai Lama asylum", "Mexico took in the Sandinistas' leaders": shelter given to a
            # movement out of power is aimed at the state it fled (exiles are of the state they left)
            targets = _fled_state(targets[0], sources) or targets
        if left_body is not None and trigger.entry["cameo"] == "087" and trigger.entry["form"] == "verb" \
                and _left_noun(tokens, _object_start(tokens, trigger.last + 1)) and left_body not in sources:
            # "Iran and Turkey withdrew from the pact", "both governments left the alliance": the body named before;
            # each state of the subject leaves it (the pair "both governments" stands for is no doer and target)
            subject = {code for p in parts if clause[0] <= p.first and p.last < trigger.first for code in p.codes}
            sources = tuple(code for code in dict.fromkeys(sources + targets) if code in sources or code in subject)
            cameo, targets = "160", (left_body,)
        if trigger.last + 3 < len(tokens) and tokens[trigger.last + 1].low in ("that", "which") and trigger.first > 1 \
                and tokens[trigger.first - 2].low == "the":  # (a noun, though the lexicon's verb may match it: "the Cuba blockade")
            # "The Cuba blockade that Kennedy ordered", "the Hungary invasion that Moscow launched": the state named
            # before the act's noun suffers it, the subject of the relative clause does it
            sources, targets = _named_then_doer(tokens, parts, trigger, cameo) or (sources, targets)
        joint_pairs = None
        each_other = ()  # a listed pair each acting toward the other
        them = ()  # the states "them" stands for, each the object of its own act
        back_year = None
        if " them" in trigger.entry["phrase"]:
            told_again = _them_relations(tokens, parts, trigger, events, span, sources, context)
            if told_again is None:
                dropped["pronoun_object"] += 1
                continue  # "broke them off" with no relations told before it in the sentence: what "them" is, unknown
            sources, targets, back_year = told_again
            named = next((p for p in parts if trigger.last < p.first <= trigger.last + 2 and p.codes), None)
            if trigger.entry["phrase"].endswith(" with") and named is not None:
                targets = named.codes[:1]  # "broke off relations with Taipei and established them with Beijing": with
                # the state named after "with", not the party of the relations told before
        if trigger.entry["phrase"].endswith(" it") and trigger.entry["cameo"] == "057":
            pact = _it_pact(tokens, parts, trigger, events, span, sources, context)
            if pact is None:
                dropped["pronoun_object"] += 1
                continue  # "renewed it" with no pact told before it: what "it" is, unknown
            sources, targets = pact
        if trigger.entry["phrase"] in _FOLLOWING:
            # "Pakistan recognizes the Taliban; Saudi Arabia and the United Arab Emirates follow within days": the act
            # told just before, done again by the states that follow
            told = events[-1] if events else focus.get(section_index)
            followers = tuple(p.codes[0] for p in parts if clause[0] <= p.first and p.last < trigger.first and p.codes
                              and not (p.first > 0 and tokens[p.first - 1].low in PREPOSITIONS))  # ("the division of Germany")
            if told is None or not told.target or not followers or told.source in followers or told.target in followers:
                dropped["nothing_followed"] += 1
                continue
            cameo, sources, targets = told.cameo, tuple(dict.fromkeys(followers)), (told.target,)
        if cameo[:2] in ("02", "10", "11", "13") and trigger.entry["form"] == "verb" and trigger.first > 0 \
                and tokens[trigger.first].low.endswith("ing") and tokens[trigger.first - 1].low in _NOTES:
            # "Washington sent Tokyo a note demanding that Japan withdraw": the note's sender asks it of whom "that"
            # names, not of the state the note was handed to
            sent = _note_roles(tokens, parts, trigger, pair)
            if sent is not None:
                sources, targets = sent
        if lows & _JOIN_WORDS and codes()[trigger.entry["cameo"]]["polarity"] == "conflict":
            sources, targets = _joiner_roles(tokens, parts, trigger, clause) or (sources, targets)
            joint = _joined_in_act(tokens, parts, trigger, clause) if targets else ()
            if joint and any(map(operator.not_, map(joint.__contains__, targets))):
                # "Japan joined the United States in demanding compensation": the joiner and the joined act together
                sources = tuple(dict.fromkeys(joint + tuple(sources)))
                targets = tuple(code for code in targets if code not in sources)
                joint_pairs = sources
        if trigger.entry["form"] == "noun" and targets and cameo[:2] in ("18", "19", "20") and not lows.isdisjoint(_LEADING):
            # "took part in the invasion of Grenada led by the United States": the leader named after the act's object
            # does the act too
            leader = _led_by(tokens, parts, trigger, clause)
            if leader and leader not in targets and leader not in sources:
                sources = joint_pairs = tuple(dict.fromkeys(sources + (leader,)))
        if also and sources and trigger.entry["form"] == "verb":
            extra = tuple(code for p in also for code in p.codes[:1] if code not in sources and code not in targets)
            if extra:
                sources = joint_pairs = tuple(dict.fromkeys(tuple(joint_pairs or sources) + extra))
        if targets and sources and not lows.isdisjoint(_ALONGSIDE_CUES):
            beside = _done_alongside(tokens, parts, trigger, clause)
            beside = tuple(code for code in beside if code not in sources and code != targets[0])
            if beside and is_passive(tokens, trigger) and len(set(sources)) == 1:
                # "South Korea was admitted to the United Nations together with the North": both were admitted
                them = tuple(dict.fromkeys(targets[:1] + beside))
            elif beside:
                targets = tuple(itertools.filterfalse(beside.__contains__, targets))
                # "Jamaica established relations with Cuba on the same day as Barbados and Guyana", "together with":
                # the states named after it did the act too
                sources = joint_pairs = tuple(dict.fromkeys(tuple(joint_pairs or sources) + beside))
        if targets and cameo[:3] == "143":
            host = _host_of_gathering(tokens, parts, mentions, trigger, clause, sources, targets)
            if host is not None:
                # "stayed away from the SAARC summit in Kathmandu", "boycotted the Arab summit in Baghdad": a boycott
                # of a gathering is aimed at the state that hosts it, not at the body or the people it gathers
                targets = (host,)
        if targets and trigger.entry["form"] == "verb" and not lows.isdisjoint(_TAKING_OVER):
            taker = _taker_of_land(tokens, parts, mentions, trigger, clause, sources, targets)
            if taker is not None:
                # "never recognized the Baltic states' annexation by the Soviet Union", "the incorporation of the
                # Baltic states into the Soviet Union": what is judged is the taker's act; the land taken is no party
                targets = (taker,)
        if targets and cameo == "115" and trigger.entry["form"] == "verb" and sources:
            court = _court_taken_to(tokens, parts, trigger, targets)
            if court is not None:
                # "took the dispute to the International Court of Justice": the court hears the case, it is not sued;
                # the case is against whom the sentence told acting on the plaintiff ("Chile seized Bolivian ports,
                # and La Paz took the dispute to the court"), or against no one the sentence names
                accused = tuple(dict.fromkeys(code for code in targets if code != court))
                if not accused:
                    accused = next(((told.source,) for told in reversed(events) if told.target in sources
                                    and told.polarity == "conflict" and told.source not in sources), ())
                targets = accused
        if len(targets) == 1 and cameo == "191" and sources and _route_end(tokens, parts, trigger, clause, targets[0]):
            # "after a NATO strike killed its soldiers, Pakistan closed the supply routes into Afghanistan": the
            # land a closed route leads to is no party when the closing answers whoever the sentence (or the one
            # before) told acting on the closer
            told = next((e for e in reversed(events) if e.target in sources and e.polarity == "conflict"), None)
            if told is None and context is not None:
                told = context.last_act(True)
            if told is not None and told.target in sources and told.source and told.source not in sources:
                targets = (told.source,)
        if targets and cameo[:2] in ("18", "19", "20") and trigger.entry["form"] == "verb" and len(set(targets)) <= 2:
            host = _host_of_premises(tokens, parts, mentions, trigger, clause, targets[0])
            if host is not None and host not in sources:
                # "raided ZAPU camps in Zambia", "bombed suspected ZANU offices in the Mozambican capital": force on a
                # movement's premises abroad is aimed at the state they stand in
                targets = (host,)
        if len(set(sources)) == 2 and trigger.entry["form"] == "verb" and _pair_of_subjects(tokens, parts, trigger, clause, sources):
            if "sym" in trigger.flags and targets and _third_party_after(tokens, parts, trigger, clause, targets):
                # "Iran and Iraq agreed to restore relations after talks hosted by Oman", "Chile, Peru sign trade deal
                # in blow to Bolivia's hopes": a mutual act of a listed pair is between the two; a state named after
                # the act but not as its partner ("with", "between") is a host, a topic or a bystander
                sources, targets = sources[:1], tuple(code for code in dict.fromkeys(sources[1:]) if code != sources[0])
            elif (cameo in _MUTUAL_DE_ESCALATION or cameo[:3] == "087" and trigger.entry["cameo"][:2] in ("18", "19")) \
                    and (not targets or _third_party_after(tokens, parts, trigger, clause, targets, by_only=True)):
                # "the Ecuadorian and Peruvian presidents declared an end to the war", "Greek and Turkish units stopped
                # firing", "agreed to pull back under a plan brokered by Brazil": a pair's end to a fight is an act
                # toward each other, whoever brokered it
                sources, targets = sources[:1], tuple(code for code in dict.fromkeys(sources[1:]) if code != sources[0])
            elif (not targets or _mediators(tokens, parts, trigger, targets)) and (cameo[:2] == "15" or cameo[:3] == "087") \
                    and _at_odds(tokens, lows):
                # "Greek and Turkish warships withdrew from the islets after American mediation", "the two armies
                # moved towards the border as the two governments prepared for war": a listed pair's show of force or
                # pull-back, where the sentence tells them at odds, is each toward the other
                each_other = tuple(dict.fromkeys(sources))
                sources, targets = each_other[:1], each_other[1:]
        if "sym" in trigger.flags and trigger.entry["form"] == "verb" and len(set(sources)) >= 2 and targets \
                and trigger.last + 2 < len(tokens) and tokens[trigger.last + 1].low == "to" \
                and not any(p.first <= trigger.last and set(p.codes) & set(targets) for p in parts):
            # "The CIA and Pakistan's ISI worked together to arm the Afghan mujahideen": the two act with each other;
            # whom the purpose names is no party to the mutual act
            sources, targets = sources[:1], tuple(code for code in dict.fromkeys(sources[1:]) if code != sources[0])
        if not targets and "sym" in trigger.flags and trigger.first > 0 and tokens[trigger.first - 1].low == "and" \
                and events and events[-1].source in sources and events[-1].target and events[-1].target not in sources \
                and events[-1].polarity == "cooperation" and trigger.entry["phrase"].startswith("sign"):
            # "India and Pakistan met at Simla and signed an agreement": a signing whose subject is left unsaid
            # after "and" is done with the partner of the act before it
            targets = (events[-1].target,)
        if not targets and len(set(sources)) > 1 and trigger.entry["cameo"][:2] == "03" and trigger.last + 1 < len(tokens) \
                and tokens[trigger.last + 1].low == "their":
            dropped["offered_to_a_third"] += 1
            continue  # "Britain and the United States offered their good offices": to a third, not to each other
        if trigger.entry["phrase"] == "join" and targets and _joined_in_doing(tokens, trigger, clause) \
                and any(t.first > trigger.last and t.first <= trigger.last + 14 and tokens[t.first].low.endswith("ing")
                        and tokens[t.first - 1].low == "in" and codes()[t.entry["cameo"]]["polarity"] == "conflict"
                        for t, _ in triggers):
            dropped["joined_in_a_hostile_act"] += 1
            continue  # "Japan joined the United States in demanding compensation": a joint demand, no alliance
        if trigger.entry["phrase"] == "join" and targets and _joined_in_doing(tokens, trigger, clause):
            # "Indonesia and Malaysia joined Thailand ... in founding ASEAN": all named do the act together
            sources, targets = sources[:1], tuple(dict.fromkeys(code for code in sources[1:] + targets if code != sources[0]))
        generic_object = False
        if (trigger.entry["form"] == "noun" and trigger.entry["phrase"] in GATHERINGS
                and not any(p.mention.kind == "organization" and not set(p.codes).isdisjoint(sources + targets) for p in parts)
                and many_states_gathering(tokens, parts, trigger, clause, sources + targets, participants(mentions, tokens))) \
                or (cameo[:3] == "043" and trigger.entry["form"] == "verb" and "sym" in trigger.flags
                    and many_states_met(tokens, parts, trigger, clause)):
            dropped["many_states_gathering"] += 1
            continue  # "the Non-Aligned summit in Havana": a gathering of many states, no meeting of two of them
            # (an event of the body itself, "the SAARC summit in Kathmandu", is left to stand)
        if trigger.entry["cameo"] == "D04" and any(p.mention.kind == "organization" and p.codes[0] in sources for p in parts):
            dropped["organization_founded"] += 1
            continue  # "the Warsaw Pact was founded": an organization, not a state, comes into being
        if trigger.last + 1 < len(tokens) and tokens[trigger.last + 1].low in ("any", "every") and \
                not any(trigger.last < p.first <= trigger.last + 4 for p in parts):
            targets = ()  # "promised to help any free people": no one state is the object
            generic_object = True
        if trigger.entry["cameo"].startswith("02") and trigger.entry["form"] == "verb" and _addressee_elsewhere(tokens, parts, trigger):
            dropped["domestic_addressee"] += 1
            continue  # "asked Congress for aid to Greece": the request goes to someone at home
        if codes()[trigger.entry["cameo"]]["polarity"] == "cooperation" and len(targets) > 0 and not trigger.entry["cameo"].startswith("08"):
            # "an alliance against Germany": the common adversary is no partner; "lifted the embargo against
            # Vietnam": who a measure eased was against is its target
            # within the act's own clause: "lifted the embargo against Vietnam, and ... announced the normalization
            # of relations with Hanoi" is no alliance against Vietnam
            against = _against(tokens, [p for p in parts if clause[0] <= p.first and p.last < clause[1]])
            targets = tuple(itertools.filterfalse(against.__contains__, targets))
            if not targets and "sym" in trigger.flags and len(set(sources)) >= 2:
                sources, targets = sources[:1], tuple(code for code in dict.fromkeys(sources[1:]) if code != sources[0])
        if cameo[:2] == "06" and trigger.entry["form"] == "verb" and len(targets) >= 1:
            # "shared intelligence on Soviet missile tests with China": the partner follows "with"; a state named in
            # what is shared is no partner
            partner = [p for p in parts if trigger.last < p.first < clause[1] and tokens[p.first - 1].low == "with"
                       and not set(p.codes) & set(sources)]
            topic = next((p for p in parts if trigger.first < p.first < clause[1] and targets[0] in p.codes), None)
            if partner and topic is not None and topic.first < partner[0].first \
                    and tokens[topic.first - 1].low in ("on", "about", "of", "over", "concerning", "regarding"):
                targets = tuple(partner[0].codes[:1])
        extended = _extended_to(tokens, parts, trigger, clause)
        if extended:
            targets = extended  # "extended its embargo on North Korea to cover China": the news is the new target
        if codes()[trigger.entry["cameo"]]["polarity"] == "conflict" and targets and not lows.isdisjoint(_SIDE_WORDS):
            # "entered the war on the side of the North", "fought alongside Britain": allies are no targets (an ally is
            # named by one of _SIDE_WORDS: a sentence with none of them names none, no party is read for one)
            allies = {code for p in parts if _beside(tokens, p) for code in p.codes}
            if allies:
                targets = tuple(itertools.filterfalse(allies.__contains__, targets))
                if not targets and pair and allies & set(pair):
                    # the ally's foe
                    targets = tuple(itertools.filterfalse(set(sources).__contains__, itertools.filterfalse(allies.__contains__, pair)))
        if trigger.entry["cameo"][:2] in ("11", "12"):
            targets = _agent_of_criticized_act(tokens, parts, triggers, index, clause, sources) or targets
        doers: tuple[str, ...] = ()  # the doers of an act told just before and judged here, when it had several
        if (cameo[:3] == "051" or cameo[:2] in ("08", "11", "12")) and trigger.entry["form"] == "verb" \
                and not right_patients(parts, trigger.last, _and_said(tokens, trigger.last, clause[1])):
            # (a state named in what the doer said next is no object: "condemned the embargo and said Cuba would
            # send oil to Nicaragua")
            # "Moscow condemned the attack", "would not recognize the annexation", "lifted the blockade": an act
            # told before, aimed at who did it (not "signed the treaty": the act itself)
            told = events[-1] if events else focus.get(section_index)
            judged = _told_act_target(tokens, trigger, told, sources, context)
            if judged and context is not None and judged == (told.source,) and not events:
                # "British and French aircraft began bombing Egyptian airfields. Nehru condemned the attack": the act
                # of several doers told just before is each doer's
                more = []
                for _, e in context.recent:
                    if e.span == told.span and e.cameo == told.cameo and e.target == told.target and e.source not in sources + judged:
                        more.append(e.source)
                judged += tuple(dict.fromkeys(more))
                doers = judged if len(judged) > 1 else ()
            targets = judged or targets
        outside = []
        for code in targets:
            if not _own_bloc(code, sources, bloc_members, parts, tokens):
                outside.append(code)
        targets = tuple(outside)
        if trigger.entry["cameo"].startswith("054") and "new" in {t.low for t in tokens[trigger.last + 1 : trigger.last + 3]}:
            # "Three days after Panama declared its independence from Colombia, the United States recognized the new
            # republic": the state just founded, not the one it left
            founded = [e.source for e in events + ([focus[section_index]] if section_index in focus else [])
                       if e.cameo == "D04" and e.source and e.source not in sources]
            if founded:
                targets = (founded[-1],)
        clause_codes = {code for p in parts if clause[0] <= p.first and p.last < clause[1] for code in p.codes}
        if cameo == "043" and len(targets) == 1 and sources and tokens[trigger.first].low == "received" \
                and is_passive(tokens, trigger) and _hosted_at(tokens, parts, trigger, clause) == targets[0]:
            # "Khrushchev was received at the White House by the president": a host named by title alone is of the
            # state of the place; the guest is the one received
            sources, targets = targets, sources[:1]
        under = _onlookers(tokens, parts, clause, lows)  # (not "..., leaving the area under Pakistani control")
        if under and set(targets) & under:
            targets = tuple(itertools.filterfalse(under.__contains__, targets))  # "under United Nations verification"
            if not targets and "sym" in trigger.flags and len(set(sources)) >= 2:
                # "King Hussein and Prime Minister Rabin ended the state of war ... in the presence of President
                # Clinton": the two subjects are the parties
                sources, targets = sources[:1], tuple(code for code in dict.fromkeys(sources[1:]) if code != sources[0])
        if under and set(sources) <= under and sources and "sym" in trigger.flags and trigger.entry["form"] == "noun":
            named = {}
            for p in parts:
                if clause[0] <= p.first < clause[1]:
                    named.update(dict.fromkeys(itertools.filterfalse(under.__contains__, p.codes)))
            named = tuple(named)
            if len(named) >= 2:
                sources, targets = named[:1], named[1:2]  # "talks under the mediation of the Peruvian president
                # between El Salvador and Honduras": the mediator is no party, those named beside are
        if not targets and (cameo.startswith("143") or "chief guest" in trigger.entry["phrase"]):
            # "a boycott of the Olympics in Moscow": the state where the boycotted event is held; so too the host of a
            # chief guest ("was the chief guest at the Republic Day parade in New Delhi"); games named by their city
            # ("the Moscow Olympics") are read below
            host = [p for p in participants(mentions, tokens) if trigger.last < p.first < clause[1]
                    and tokens[p.first - 1].low == "in"
                    and p.mention.via in ("capital", "place", "name") and not set(p.codes) & set(sources)]
            targets = tuple(host[0].codes[:1]) if host else targets
        if cameo.startswith("143"):
            # "boycotted the Moscow Olympics", "stayed away from the 1988 Seoul Games": the city that names the games
            # (no mention of its own: the actors stage reads it as the games' name) is their host's, whoever else the
            # clause names ("over the invasion of Afghanistan", "in solidarity with North Korea")
            host = _games_host(doc.text, trigger, mentions, span)
            targets = host if host and host[0] not in sources else targets
        if cameo[:2] == "12" and sources and events and trigger.last + 2 < len(tokens) \
                and tokens[trigger.last + 1].low in ("the", "this", "that", "these", "those") and tokens[trigger.last + 2].low in ADVICE_NOUNS:
            # "Washington urged India not to deal with Tehran, and Indian officials rejected the advice, saying ... its
            # relations with Iran": advice, a demand or an offer rejected is rejected to the one who gave it
            gave = [e.source for e in events if e.cameo[:2] in ("02", "03", "10", "13") and e.target in sources and e.source not in sources]
            targets = tuple(gave[-1:]) or targets
        if not targets and trigger.entry["cameo"][:2] == "07" and trigger.entry["form"] == "verb":
            # "India appealed to the United States for arms, and Washington sent them": aid goes to who asked for it
            asked = [e.source for e in events if e.cameo[:2] == "02" and e.target in sources and e.source not in sources]
            targets = tuple(asked[:1])
        them_next = trigger.last + 1 < len(tokens) and tokens[trigger.last + 1].low == "them"  # (the object: any target is a guess)
        if (not targets or them_next) and events and (
                trigger.last + 1 < len(tokens) and tokens[trigger.last + 1].low in ("it", "them")
                or trigger.last > trigger.first + 1 and tokens[trigger.first + 1].low in ("it", "them")):
            # "invaded Kuwait and annexed it": the pronoun is the object of the act told just before by the same side;
            # so too right after the verb inside the trigger ("arrested the diplomats and let them go", "sent them home")
            earlier = [e for e in events if e.source in sources and e.target and e.target not in sources
                       and e.trigger_span and e.trigger_span[1] <= trigger.start]
            if earlier:
                targets = (earlier[-1].target,)
            if earlier and "them" in (tokens[trigger.last + 1].low if trigger.last + 1 < len(tokens) else "",
                                      tokens[trigger.first + 1].low):
                # "broke off relations with Germany and Japan, and declared war on them": every state of that act
                them = {}
                for e in earlier:
                    if e.trigger_span == earlier[-1].trigger_span:
                        them.setdefault(e.target)
                them = tuple(them)
        if not targets and sources and events and trigger.entry["phrase"] in RETURNED_VISIT:
            # "Brezhnev paid a state visit to India, and Indira Gandhi returned the visit": back to the visitor
            earlier = [e for e in events if e.cameo[:2] == "04" and e.target in sources and e.source not in sources]
            if earlier:
                targets = (earlier[-1].source,)
        if not targets and tellers and tellers[0] not in sources and clause_codes - under <= set(sources) | set(tellers) \
                and not generic_object and not trigger.entry["cameo"].startswith("D") and mood == "reported":
            targets = (tellers[0],)  # "The State Department said that North Korea had released the crew of the Pueblo"
        if not targets and sources and trigger.entry["cameo"][:2] == "15" and not _ANSWERING.isdisjoint(lows) \
                and not _A_TEST.search(trigger.entry["phrase"]):
            # "After China fired missiles off Taiwan, Washington sent two carrier groups to the area", "Britain sent a
            # task force south after the Argentine invasion": a show of force answering another state's act is aimed
            # at the doer named right after "after" or "when"
            targets = _answered_doer(tokens, parts, sources)
        if sources and trigger.entry["cameo"][:2] in _PROTESTING_ROOTS and "protest" in lows:
            # "boycotted the Bonn conference on Afghanistan in protest at the NATO air strike", "recalled its envoy to
            # protest the Indian tests": the act is aimed at whoever did what it protests, not at the topic or place
            targets = _protested(tokens, parts, trigger, sources) or targets
        if sources and trigger.entry["cameo"][:2] == "15" and not _DETERRING.isdisjoint(lows):
            # "sent two carriers to the waters near Taiwan to deter China", "moved troops to Saudi Arabia to deter an
            # Iraqi attack": a show of force is aimed at the state it is meant to deter, not at where the force goes
            targets = _deterred(tokens, parts, trigger, clause, sources) or targets
        if not targets and pair and sources[0] in pair and _own_codes(tokens, parts, clause, trigger) - under <= set(sources) \
                and not generic_object and not GROUP_OBJECTS.intersection(t.low for t in tokens[trigger.last + 1 : trigger.last + 6]) \
                and not trigger.entry["cameo"].startswith("D") and not _main_subject_is_other(tokens, parts, trigger, pair, sources) \
                and not ("intrans" in trigger.flags and trigger.entry["cameo"][:2] == "15" and _partner_acts_apart(tokens, parts, clause, pair, sources)) \
                and not (trigger.entry["cameo"] == "150" and _first_named_later(
                    [p for p in participants(mentions, tokens) if not _locative(tokens, p, trigger_tokens)], pair, sources, last_states,
                    family_of)) \
                and not _side_by_side(trigger, pair, sources) \
                and not (cameo[:2] not in _REACTION_ROOTS and cameo != "051" and _partner_acted_apart(events, mentions, pair, sources, span)) \
                and not (also and set(pair) <= set(sources)):  # ("joined the Community in 1973, as did Denmark")
            # a history of two states tells acts of one toward the other without naming it again
            # ("Moscow refused to take part", "The Soviet Union tested its first atomic bomb"); but a test or show of
            # force whose sentence tells the other's own act apart ("Pakistan tested a missile, and India protested")
            # has no target: the other is named as reacting, not as struck; nor has a test told before the text
            # names the other at all ("India tested a device in 1974. Canada cut off its aid")
            targets = tuple(code for code in pair if code != sources[0])[:1]
            from_pair = True
            if trigger.entry["cameo"] == "150" and "intrans" in trigger.flags and _TESTING.search(trigger.entry["phrase"]) \
                    and _named_as_owner_or_range(tokens, participants(mentions, tokens), targets[0]):
                # "tested five devices, answering India's tests", "in response to India's", "a missile able to reach
                # Beijing": a test whose sentence names the other only as the owner of what it answers or as a
                # range is aimed at no one
                targets, from_pair = (), False
        if not targets and pair and sources[0] not in pair and trigger.entry["cameo"][:2] in ("02", "10", "11", "12", "13") \
                and clause_codes - under <= set(sources) and not generic_object \
                and any(p.mention.kind == "organization" and sources[0] in p.codes for p in parts):
            # "The Security Council adopts Resolution 598, demanding an immediate ceasefire": a body's words in a
            # history of two states bear on both
            targets = tuple(pair)
        if not targets and pair and sources and sources[0] not in pair and cameo in ("039", "045") \
                and clause_codes - under <= set(sources):
            # "Pope John Paul II offered to mediate": in a history of two states, between the two
            targets = tuple(pair)
        if not targets and sources and trigger.entry["cameo"][:2] in ("18", "19", "20") and "sym" not in trigger.flags \
                and trigger.entry["form"] == "verb":
            # "struck back at the oil tanks at Acajutla": force used at a place of another state is used on that state
            site = [p for p in participants(mentions, tokens) if trigger.last < p.first < clause[1] and p.mention.via in ("place", "capital")
                    and tokens[p.first - 1].low in ("at", "in", "near", "on") and not set(p.codes) & set(sources)]
            targets = tuple(site[0].codes[:1]) if site else targets
        if not targets and sources and trigger.entry["cameo"][:2] in ("15", "18", "19", "20") and events \
                and trigger.entry["form"] == "verb":
            # "bombed targets inside Honduras, and the Salvadoran army crossed the border": the same side's next act
            # of force in the sentence is aimed where its first one was
            earlier = [e for e in events if e.source in sources and e.target and e.target not in sources
                       and e.cameo[:2] in ("15", "18", "19", "20") and e.trigger_span and e.trigger_span[1] <= trigger.start]
            if earlier:
                targets = (earlier[-1].target,)
        foes = _fought_against(tokens, parts, trigger, clause, sources) \
            if targets and cameo[:2] in ("18", "19", "20") and codes()[cameo]["polarity"] == "conflict" else ()
        if foes and targets[0] not in foes:
            targets = foes[:1]  # "fought in Ethiopia against the Somali invasion": the foe, not the ground fought on
        else:
            foes = ()
        if not (trigger.entry["form"] == "noun" and _named_as_object(tokens, parts, trigger, verb_ends)):
            # (not "condemned India's nuclear tests and rejected ...": the doer of an act named as an object is
            # no subject of the verb after "and")
            previous_sources = sources + targets if "sym" in trigger.flags else sources
            previous_subject = sources
            previous_target = targets
        if mood == "intended" and cameo[:2] == "13" and targets and ("if" in lows or "unless" in lows) \
                and trigger.entry["form"] == "verb":
            targets = targets if _condition_doer(tokens, parts, trigger, clause, sources) \
                else _before_a_condition(tokens, parts, trigger, clause, targets)  # (a state acting in it: left as named)
        actors = tuple(dict.fromkeys(sources + targets))
        intrans = "intrans" in trigger.flags or said_refused and trigger.entry["cameo"][:3] == "057" \
            and len(actors) == 1 and clause[1] - trigger.last > 0 and _named_treaty(tokens, trigger)
        if not _APART_WORDS.isdisjoint(lows) and each_apart(tokens, parts, trigger, clause, sources, targets):
            # "India and Pakistan both tested nuclear weapons", "Britain and France each recognized the new government":
            # each subject acts on its own, neither on the other; an act that needs an object names none here
            if not intrans:
                dropped["each_apart"] += 1
                continue
            sources, targets = actors, ()
        if trigger.entry["phrase"] in _VOTES_FOR_TOLD:
            voted = _body_act_voted(events, context, sources) if sources and context is not None \
                and (trigger.last + 1 == len(tokens) or tokens[trigger.last + 1].low not in _RESOLUTION_TOLD_AFTER) else None
            if voted is None or targets and targets[0] not in (voted.source, voted.target):
                dropped["no_resolution_told"] += 1
                continue  # "Peru voted for it" after no body's act, "voted for the resolution that excluded Cuba"
            # "The OAS voted to lift the sanctions on Cuba. Jamaica voted for the resolution.": the voter does the
            # body's act with it, on the state the act was aimed at
            targets = (voted.target,)
            actors = tuple(dict.fromkeys(sources + targets))
            cameo = voted.cameo
        # ("Pakistan refused to sign the Nuclear Non-Proliferation Treaty": a treaty of many refused, no one partner)
        if len(actors) == 1 and not intrans and sources:
            # "Pakistani aircraft struck Indian air bases, and India declared war the following day": an answer to
            # the act told before it in the sentence is aimed at that act's doer
            answered = None
            if trigger.entry["form"] == "verb" and not tokens[trigger.first].low.endswith("ing") \
                    and codes()[cameo]["polarity"] == "conflict":
                answered = next((e.source for e in reversed(events) if e.target in sources and e.source and e.source not in sources
                                 and e.trigger_span[1] <= trigger.start
                                 and _ANSWER.search(doc.text, e.trigger_span[1], trigger.start)), None)
            if answered is None and cameo[:2] == "12" and trigger.first > 1:
                # "Washington denounced the Soviet brigade in Cuba, but Moscow refused to withdraw it": a refusal
                # after "but" answers whoever made the demand or the charge told just before it
                opened = {t.low for t in tokens[max(0, trigger.first - 6) : trigger.first]}
                if "but" in opened:
                    answered = next((e.source for e in reversed(events) if e.target in sources and e.source
                                     and e.source not in sources and e.trigger_span[1] <= trigger.start), None)
            if answered is None and cameo[:2] in ("11", "14") and trigger.entry["form"] == "verb":
                # "Washington sends arms to India; Ayub protests that the weapons will be turned against Pakistan":
                # a protest with no addressee, in a clause of its own after another state's act, is aimed at its doer
                answered = next((e.source for e in reversed(events) if e.source and e.source not in sources
                                 and e.target != sources[0] and e.trigger_span[1] <= trigger.start
                                 and _ANSWER.search(doc.text, e.trigger_span[1], trigger.start)), None)
            if answered is None and (cameo[:2] in ("16", "17") or cameo == "191") and (
                    trigger.entry["form"] == "noun" or trigger.first == trigger.last and trigger.first >= 2
                    and tokens[trigger.first - 2].low == "the"
                    and any(p.last == trigger.first - 1 and p.mention.via == "adjective" for p in parts)):
                # "Havana denounced the American blockade as piracy": a measure named with its doer alone, as what a
                # state denounces right after its verb, is a measure against that state
                answered = next((e.source for e in reversed(events) if e.cameo[:2] == "11" and e.target in sources
                                 and e.source and e.source not in sources and e.trigger_span[1] <= trigger.start
                                 and trigger.start - e.trigger_span[1] <= 25), None)
            if answered:
                targets = (answered,)
                actors = tuple(dict.fromkeys(sources + targets))
            elif trigger.entry["form"] == "verb" and not trigger.entry["phrase"].startswith("leave") \
                    and _after_and(tokens, trigger.first) and events and events[-1].source in sources \
                    and events[-1].target and events[-1].target not in sources \
                    and _next_predicate(tokens, triggers, trigger, events[-1]):
                # "took Fada from the Libyans and overran the base at Ouadi Doum": the same doer, the same foe; so
                # with any second verb of one subject whose object is a thing ("cut off all aid to Vietnam and
                # withdrew its technicians", "met King Hussein and agreed on a framework"): its act is aimed
                # where the first one was
                targets = (events[-1].target,)
                actors = tuple(dict.fromkeys(sources + targets))
        if len(actors) == 1 and sources and cameo[:3] in ("087", "080") and trigger.entry["form"] == "verb" \
                and trigger.first == trigger.last and any(0 < trigger.first - p.last <= 2 and set(p.codes) & set(sources) for p in parts):
            # (the yielder named right before the verb: not "closed its roads to Salvadoran trade and withdrew")
            # "North Vietnamese tanks entered Saigon, and South Vietnam surrendered": a yielding with no object, told
            # after another state's force on it in the sentence, yields to that state
            answered = next((e.source for e in reversed(events) if e.target in sources and e.source and e.source not in sources
                             and e.polarity == "conflict" and e.trigger_span and e.trigger_span[1] <= trigger.start), None)
            if answered:
                targets = (answered,)
                actors = tuple(dict.fromkeys(sources + targets))
        if len(actors) == 1 and not intrans and sources and "sym" not in trigger.flags and dating[index][0] < clause[0] \
                and tokens[clause[0] - 1].text == "," and not any(clause[0] <= t.first < trigger.first for t, _ in triggers):
            # "When Britain recognized Beijing in 1950, Washington protested": a main act with no object of its own
            # answers the fronted clause's act, and is aimed at the first other state named there
            fronted = []
            for p in parts:
                if dating[index][0] <= p.first and p.last < clause[0] and not set(p.codes) & set(sources):
                    fronted.append(p)
            if fronted:
                targets = fronted[0].codes[:1]
                actors = tuple(dict.fromkeys(sources + targets))
        if len(actors) == 1 and not intrans and sources and cameo[:2] in _STANCES and trigger.entry["form"] == "verb" \
                and not tokens[trigger.first].low.endswith("ing") \
                and (trigger.last + 1 == len(tokens) or tokens[trigger.last + 1].low in _NO_OBJECT):
            # "The OAS voted sanctions against Cuba. Mexico refused to comply.", "Iceland extended its fishing limit
            # ..., and London protested": a protest, a rebuke or a refusal with no object answers the doer of the act
            # told last, else the first other state the sentence names before it
            told = events[-1] if events else focus.get(section_index)
            earlier = [code for p in parts if p.last < trigger.first and p.mention.kind == "state" for code in p.codes[:1]]
            answered = told.source if told is not None and told.source and told.source not in sources \
                and (told.span == span or told.span[1] <= span[0]) else None
            answered = answered or next((code for code in earlier if code not in sources), None)
            if answered is not None and not _own_bloc(answered, sources, bloc_members, parts, tokens):
                targets = (answered,)
                actors = tuple(dict.fromkeys(sources + targets))
        if len(actors) == 1 and not intrans and sources and context is not None and "sym" not in trigger.flags \
                and not is_title and cameo[:2] not in _SPEECH_ROOTS:
            # "Delhi protested to Islamabad in March. It recalled its envoy.": an act that names no one, in a sentence
            # that names no other state, is aimed at the state its doer dealt with in the paragraph's last sentences
            # (no one else: "Nepal recalled its envoy"); what is said (appeals, intents, demands, charges) may be
            # addressed to anyone, and is not carried
            other = context.counterpart(sources[0])
            named = {code for p in parts for code in p.codes if code not in sources}
            if other is not None and other not in sources and named <= {other} \
                    and not _own_bloc(other, sources, bloc_members, parts, tokens):
                targets = (other,)
                actors = tuple(dict.fromkeys(sources + targets))
        if len(actors) == 1 and not intrans and sources and context is not None and "sym" not in trigger.flags \
                and not is_title and _ALSO.intersection(t.low for t in tokens[clause[0] : trigger.first]):
            # "Britain landed troops in Kuwait. Saudi Arabia also promised to send troops.": an act done "also" by
            # another state, naming no one, is aimed where the act before it was
            told = context.last_act(False)
            named = {code for p in parts for code in p.codes if code not in sources}
            if told is not None and told.source not in sources and told.target not in sources and named <= {told.target}:
                targets = (told.target,)
                actors = tuple(dict.fromkeys(sources + targets))
        if len(actors) == 1 and not intrans and sources and cameo[:2] in _SAID_TO_HOSTS:
            host = _envoy_host(tokens, participants(mentions, tokens), clause[0], trigger.first, sources)
            if host:
                # "The American ambassador in Islamabad protested": what an envoy posted in a capital says, he says
                # to the government there
                targets = host
                actors = tuple(dict.fromkeys(sources + targets))
        if len(actors) == 1 and not intrans and sources and mood == "asserted":
            told_to = _addressee_told(tokens, parts, trigger.first, sources)
            if told_to is not None:
                # "the Chinese government informed Albania that it was ending all aid": the act is aimed at the state told
                targets = (told_to,)
                actors = tuple(dict.fromkeys(sources + targets))
        if len(actors) == 1 and not intrans and sources and mood == "intended" and cameo[:2] == "13" and "if" in lows:
            warned = _condition_doer(tokens, parts, trigger, clause, sources)
            if warned:
                # "Zhou told India that China would intervene if American troops crossed the parallel": the threat is
                # aimed at the state whose act would set it off, whoever carries the message
                targets = warned
                actors = tuple(dict.fromkeys(sources + targets))
        if len(actors) == 1 and not intrans and sources and mood == "intended" and cameo[:2] == "13":
            told_to = _addressee_told(tokens, parts, trigger.first, sources, threat=True)
            if told_to is not None:
                # "Brezhnev told Nixon that Soviet forces would intervene": a blow the speaker's state says it will
                # strike, aimed at no one named, is a threat to the state told
                targets = (told_to,)
                actors = tuple(dict.fromkeys(sources + targets))
        if targets and not ANSWERING.isdisjoint(lows) and _named_in_answered_act(tokens, participants(mentions, tokens), trigger, clause,
                                                                                     targets):
            # "Beijing answered the bombing of its embassy in Belgrade with protests": the answer is aimed at who did
            # the act answered, when named ("... of its jet by Turkey with sanctions"), not at a state named in it
            targets = ()
            actors = tuple(dict.fromkeys(sources))
        if len(actors) < 2 and not intrans and not (cameo in _OWN_RETREATS and sources and mood == "asserted"
                                                     and trigger.entry["form"] == "verb" and any(
                    t.low in (_TRUCES if cameo == "0871" else _FORCES) for t in tokens[clause[0] : min(clause[1], trigger.last + 5)])
                                                     and not any(t.low == "to" for t in tokens[max(0, trigger.first - 4) : trigger.first])
                                                     and not any(t.low in _RELATIVES for t in tokens[clause[0] : trigger.first])):
            # (a truce declared or forces pulled back with no other state named are the doer's own act, kept with no
            # target: "Beijing declared a unilateral ceasefire", "China withdrew its last troops in March 1979"; not
            # what one is made, called on or agrees to do: "forced its garrison to withdraw", "to cease fire and withdraw";
            # nor a subject told by a relative clause, whose state the walk does not reach)
            dropped["no_target"] += 1
            continue
        if tokens[trigger.first].low in _PROVIDING and tokens[trigger.first - 1].low == "which" and _under_a_text(tokens, trigger):
            dropped["content_of_a_text"] += 1
            continue  # "the Jeddah Agreement, which provided for a ceasefire in Yemen": the text provides, no state gives
        if cameo[:2] != "03" and _under_a_text(tokens, trigger) and any(set(e.actors) == set(actors) and e.span[0] == span[0] and e.polarity == "cooperation"
                                                  for e in events):
            # "signed an agreement under which China lends Burma 84 million dollars": what the text provides, when the
            # signing is told between the same states, is no act of its own (a promise made under it is: "under which
            # Moscow promised to help China build a bomb")
            dropped["content_of_a_text"] += 1
            continue

        if cameo[:2] == "16" and trigger.first > 0 and tokens[trigger.first - 1].text == "," and tokens[trigger.first].low.endswith("ing") \
                and sources and any(e.source == sources[0] and e.polarity == "conflict" and e.span[0] == span[0] and e.trigger_span
                                    and e.trigger_span[1] < trigger.start for e in events):
            dropped["result"] += 1
            continue  # "imposed sanctions, cutting off aid and loans", "closed the border, cutting its trade route": what
            # the act told before did, no second act of its doer

        clause_chars = clause_spans[index]
        others = []
        for i, c in enumerate(clause_spans):
            if i != index and not (c[0] <= clause_chars[0] and clause_chars[1] <= c[1]):
                others.append(c)
        trigger_spans = [(t.start, t.end) for t, _ in triggers if t is not trigger]
        several = coordinated_dates(doc, timexes, place_and_date_after(doc.text, clause_chars, span[1]), (trigger.start, trigger.end),
                                    trigger_spans) if trigger.entry["form"] == "verb" or _plural_act(tokens, trigger) else []
        if not several and len(sources) == 2 and sources[0] != sources[1] and trigger.entry["form"] == "verb":
            # "Chile and Peru recognized Beijing in 1970 and 1971 respectively", "Bolivia and Chile followed in August
            # and September": one stretch of time split between the two doers in turn
            several = dates_in_turn(doc, timexes, place_and_date_after(doc.text, clause_chars, span[1]), (trigger.start, trigger.end))
        if several and (trigger.entry["form"] == "noun" or trigger.first and tokens[trigger.first - 1].low in _NOUN_OPENING) \
                and not _DATES_OF_NOUN.fullmatch(
                doc.text, trigger.end, max(trigger.end, doc.text.find(several[0].text, trigger.end))):
            several = []  # "the missile crises and the talks of 1993 and 1998": the dates are the talks', not the crises'
        if several:
            # "met at Geneva in November 1985 and at Reykjavik in October 1986": one act, told twice; "expelled the
            # Soviet ambassador in 1971 and the Chinese chargé in 1974": each told with its own object
            aimed = _conjunct_targets(doc, tokens, parts, trigger, several, sources) if targets else None
            doers = _gapped_doers(doc, tokens, parts, trigger, several, sources) if aimed is None and intrans and targets else None
            entry = by_section[section_index] if by_section and section is not None and section.kind in ("entry", "item") else None
            for number, dated in enumerate(several):
                if entry is not None:
                    dated = _into_entry_year(dated, entry)  # "on 19 January and on 20 February" under "(January and February 1978)"
                if doers:
                    # "India tested a nuclear device in 1974, Pakistan in 1998": each state named after the first time
                    # does the act in its turn, on no one
                    own_sources = (doers[number],) if number else sources
                    events.append(_event(doc, cameo, own_sources, (), own_sources, trigger, span, dated, mood, repeat=True))
                    continue
                own = (aimed[number],) if aimed else targets
                own_actors = tuple(dict.fromkeys(sources + own)) if aimed else actors
                if not aimed and len(several) == len(sources) > 1 and len(set(sources)) == len(sources):
                    # "Egypt and Jordan both made peace with Israel, in 1979 and 1994": each doer at its date in turn
                    own_sources = (sources[number],)
                    events.append(_event(doc, cameo, own_sources, own, own_sources + tuple(t for t in own if t not in own_sources),
                                         trigger, span, dated, mood, repeat=True))
                    continue
                events.append(_event(doc, cameo, sources, own, own_actors, trigger, span, dated, mood, repeat=True))
            continue
        dated = date_event(doc, timexes, span, clause_chars, (trigger.start, trigger.end), section,
                           by_section[section_index] if by_section else None, narrative, news, others, trigger_spans)
        if mood == "intended" and dated is not None and dated.source == "clause":
            dated = _announced_on(doc, timexes, tokens, trigger, span, dated) or dated
        if mood == "refused" and dated is not None and dated.source not in ("clause", "sentence") \
                and any(t.low == "never" for t in tokens[max(clause[0], trigger.first - 3) : trigger.first]):
            dated = None  # "Hungary never recognized the government in Taipei": a refusal that held all along, told with
            # no time of its own, has no day; the story's time around it is not when it was made (the labelled rows
            # code "Nasser never recognized Israel" undated)
        if context is not None and dated is not None and dated.source in ("clause", "sentence") \
                and "14" < cameo[:2] <= "20":
            context.note_dated_act(tuple(t.low for t in tokens[trigger.first : trigger.last + 1] if len(t.low) >= 4), dated)
        elif context is not None and context.dated_acts and cameo[:2] in _REACTING and (dated is None or dated.source == "narrative"):
            noun = _named_act_noun(tokens, trigger, clause)
            earlier = context.date_of_act_named(noun) if noun else None
            if earlier is not None and (dated is None or earlier.until < dated.begin):
                # "In October 1962 the United States imposed a blockade on Cuba. [...] Moscow protested against the
                # blockade": a reaction to an act named with no date of its own is dated by that act, told earlier,
                # when the story has moved on past it (a story time within the act's own is kept: it is finer)
                dated = earlier
        if trigger.entry["form"] == "phrase" and trigger.entry["phrase"].startswith("relations between") \
                and trigger.entry["cameo"] == "054" and (dated is None or dated.source not in ("clause", "sentence")):
            dropped["undated_summary"] += 1
            continue  # "ties between the two neighbours were set up only belatedly": a summary with no day of its own
        if from_pair and dated is not None and dated.begin:
            # "President Clinton lifts the trade embargo" in 1994: South Vietnam's line is Vietnam by then
            day = itertools.repeat(dated.begin)
            sources, targets = tuple(map(state_at, sources, day)), tuple(map(state_at, targets, day))
            actors = tuple(dict.fromkeys(sources + targets))
        aside = _earlier_in_aside(tokens, trigger) if dated is not None else None
        if aside is not None and not _timex_before(_within(timexes, tokens[aside[0]].start, span[1]), tokens[aside[1] - 1].end):
            # (a time that starts inside the aside is its own, whatever commas it holds: "on December 30, 1949,")
            # "overthrows Mossadegh, who had nationalized the oil company", "Lithuania, which the Soviet Union had
            # annexed, declared independence in 1990", "ten years after Iran had broken them off": an act before the
            # day told, not on it; dated only by a time of its own
            dated = None
        if back_year is not None:
            # "restored relations in 1995, twenty-two years after Santiago had broken them off": the break in 1973
            dated = Dated(str(back_year), "years after", f"{back_year}-01-01", f"{back_year}-12-31", "year", "clause")
        if cameo == "D03" and trigger.entry["form"] == "verb" and sources and lows & _UNION_NOUNS:
            partner = _union_partner(tokens, participants(mentions, tokens), trigger, clause, sources)
            if partner:
                # "Jakarta unilaterally dissolved the Netherlands-Indonesian Union", "Syria dissolved its union with
                # Egypt": a state ends its union with another, a break with that state (the act, not a state's end)
                cameo, targets = "160", partner
                actors = tuple(dict.fromkeys(sources + targets))
        if cameo in ("D03", "D04") and targets:
            # "gained its independence in 1960 with Britain, Greece and Turkey as its guarantors": only the state it
            # leaves ("independence from Britain") is a party to a founding
            origin = {code for p in parts if p.first > trigger.last and "from" in {t.low for t in tokens[max(0, p.first - 2) : p.first]}
                      for code in p.codes}
            # decision 6 (CONVENTIONS.md): an independence or founding is the new state's alone, even "from" the
            # old one ("Eritrea declared its independence from Ethiopia"); a dissolution keeps the state it leaves
            targets = () if cameo == "D04" else tuple(filter(origin.__contains__, targets))
            actors = tuple(dict.fromkeys(sources + targets))
        if cameo[:2] == "D0" and targets:
            # "Mobutu seized power and expelled the Soviet and Czechoslovak embassies": the states after the next
            # verb are that verb's objects, not the coup's
            later = [t.first for t, _ in triggers if t.first > trigger.last]
            if later:
                own, bound = set(), min(later)
                for p in parts:
                    if trigger.last < p.first < bound:
                        own.update(p.codes)
                targets = tuple(filter(own.__contains__, targets))
                actors = tuple(dict.fromkeys(sources + targets))
        if cameo == "D01" and targets and sources and not set(sources) & set(targets) and family_of(sources[0]) != family_of(targets[0]):
            cameo = "D02"  # "a coup organized by the CIA overthrows Prime Minister Mossadegh": force against another state
        if presser and sources and not set(presser) & set(sources) and not set(presser) & set(targets) and cameo != "080":
            # "Under pressure from Washington, Israel withdrew from Sinai": the withdrawal, and a yielding to Washington
            events.append(_event(doc, "080", sources[:1], presser, sources[:1] + presser, trigger, span, dated, mood))
        group = named_group(parts, trigger, sources) if len(sources) > 1 and ("sym" not in trigger.flags or targets) else None
        if group is not None:
            # "the Arab states broke off relations with West Germany": the group's act, by its own code, with its
            # members among the actors (not its first member alone)
            sources = (group.mention.entity,)
            actors = tuple(dict.fromkeys(sources + group.codes + targets))
            events.append(_event(doc, cameo, sources, targets[:1], actors, trigger, span, dated, mood))
            continue
        if cameo == "062" and trigger.entry["phrase"].startswith("fight alongside") and pair and len(targets) == 1 \
                and targets[0] in pair and sources and sources[0] not in pair and not group \
                and not any((set(p.codes) - {targets[0]}) & set(pair) for p in parts):  # (not "fought beside the Americans in Korea")
            # "Cuban troops arrived to fight beside the Ethiopians": beside an ally of the pair, against its foe too
            foe = next(code for code in pair if code != targets[0])
            events.append(_event(doc, "190", sources[:1], (foe,), (sources[0], foe), trigger, span, dated, mood))
        dyads = _dyads(tokens, parts, trigger, clause, sources, targets, pair, cameo)
        if not dyads and cameo[:2] == "11" and trigger.entry["form"] == "verb" and len(set(sources)) == 1 and targets:
            # "Guatemala charged that Honduras and Nicaragua had armed the rebels": the list the charge's clause opens
            # with is cut from the verb's clause at its "and", yet each state of it is accused
            dyads = [(sources[0], code) for code in charged_list(tokens, parts, trigger, sources)]
        if not dyads and doers and sources and set(doers) <= set(targets):
            dyads = [(sources[0], doer) for doer in doers]  # "Nehru condemned the attack": each attacker's
        if joint_pairs:
            # each of the joint doers does the act to each state its object names ("India and Pakistan"), else to the first
            aimed = list(dict.fromkeys(itertools.filterfalse(joint_pairs.__contains__, filter(None, map(_SECOND, dyads))))) \
                if dyads else list(targets[:1])
            dyads = list(itertools.product(joint_pairs, aimed or targets[:1]))
            if not dyads and also and not targets:
                dyads = [(code, None) for code in dict.fromkeys(sources)]  # "boycotted the Games, as did Cuba": each
        if len(them) > 1 and len(set(sources)) == 1:
            dyads = [(sources[0], target) for target in them]
        if len(each_other) == 2:
            dyads = [each_other, each_other[::-1]]
        if cameo == "D04" and not targets and sources:
            declared = own_states(tokens, parts, trigger, clause, sources)
            if declared and declared != list(sources[:1]):
                # "Estonia and Latvia each declared independence in 1990": each place of the Soviet Union declares
                # its own, as the state of its name (not the Union it leaves): decision 6 (CONVENTIONS.md), the new
                # state's alone, even "from" the state it leaves
                dyads = []
                for code in declared:
                    dyads.append((code, None))
        if dyads and foes:
            kept = {}
            for source, target in dyads:
                kept.setdefault((source, target if target in foes or target is None else foes[0]))
            dyads = list(kept)
        if dyads:
            if len(dyads) >= 3 and "sym" in trigger.flags:
                # "The Geneva Accords on Afghanistan were signed by Pakistan, Afghanistan, the Soviet Union and the
                # United States": the pact's noun, coded before its signers were read, is the same act as each pair's
                listed = {code for dyad in dyads for code in dyad if code}
                told = []
                for e in events:
                    if e.span == span and e.cameo[:2] == cameo[:2] and set(e.actors) <= listed:
                        told.append(e)
                dropped["told_by_the_list"] += len(told)
                told, remaining = set(map(id, told)), []
                for e in events:
                    if id(e) not in told:
                        remaining.append(e)
                events = remaining
            # "Britain, France and the United States protested to Moscow": one act of each state named
            for source, target in dyads:
                pair_codes = tuple(code for code in (source, target) if code)
                events.append(_event(doc, cameo, (source,), pair_codes[1:], pair_codes, trigger, span, dated, mood))
            continue
        if targets and cameo == "075":
            actors = tuple(dict.fromkeys(actors + fled_states(cameo, targets)))  # asylum for a state's exiles
        events.append(_event(doc, cameo, sources, targets, actors, trigger, span, dated, mood))
    if len(events) > 1 and any(e.cameo[:2] == "04" for e in events):
        events = _talks_of_a_signing(events, dropped)
    return events


# verbs that begin, go on with or undertake the act their "to" introduces ("began to arm", "went on to arm", "agreed
# to arm": the last an intention, scoped as any)
_ASPECTUAL = frozenset("began begin begins beginning begun started start starts starting continued continue continues "
                       "continuing on agreed agree agrees promised promise promises offered offer offers pledged pledge "
                       "pledges undertook undertake undertakes resumed resume".split())


def _member_suspended(tokens, parts, trigger: Trigger) -> bool:
    """Whether a body suspends a member state: the state right after the verb and a body before it ("the Commonwealth
    suspended Nigeria", "the Organization of American States suspended the Cuban government"), or the body after "by"
    in the passive ("Nigeria was suspended by the Commonwealth")."""
    after = trigger.last + 1
    if after < len(tokens) and tokens[after].low == "by":
        return any(p.mention.kind == "organization" and after < p.first <= after + 2 for p in parts)
    member = next((p for p in parts if after <= p.first <= after + 1 and (p.mention.kind == "state" or p.mention.role == "government")), None)
    return member is not None and (member.first == after or tokens[after].low == "the") \
        and not (member.last + 1 < len(tokens) and tokens[member.last + 1].low in ("'s", "’s")) \
        and any(p.mention.kind == "organization" and p.last < trigger.first for p in parts)


_STATEMENT_NOUNS = frozenset("statement communique communiqué declaration".split())
_STATEMENT_VERBS = frozenset("issued released signed published".split())


def _joint_statement_partners(tokens, triggers) -> list[tuple[int, int]]:
    """Each 'in a joint statement (issued) with (the) X' that follows an act told before it in the sentence: the
    token where 'in' opens it and the one where X's name starts ("Peru recalled its envoy from Quito, in a joint
    statement with Chile": Chile is a party of the statement only)."""
    found = []
    for index in range(2, len(tokens) - 2):
        if tokens[index].low != "joint" or tokens[index - 2].low != "in" or tokens[index + 1].low not in _STATEMENT_NOUNS:
            continue
        at = index + 2
        if at < len(tokens) and tokens[at].low in _STATEMENT_VERBS:
            at += 1
        if at >= len(tokens) or tokens[at].low != "with":
            continue
        partner = at + 1 + (at + 1 < len(tokens) and tokens[at + 1].low == "the")
        if any(t.last < index - 2 for t in triggers):
            found.append((index - 2, partner))
    return found


def _set_aside(tokens, part) -> bool:
    """A party named in a contrast set off by commas takes no part in the act: "Norway, not India, brokered the
    ceasefire", "the Soviet Union, not Britain, brought the two to Tashkent"."""
    return part.first >= 2 and tokens[part.first - 1].low == "not" and tokens[part.first - 2].text == "," \
        and part.last + 1 < len(tokens) and tokens[part.last + 1].text == ","


def _parties_cell(tokens, parts) -> tuple[str, ...] | None:
    """The two states a table row's first cell lists, read as a sentence ("Germany, Manchukuo; Treaty of friendship;
    Berlin establishes relations with Hsinking"): names, commas and 'and' alone before the first semicolon. The row's
    acts that name no one of their own are between them, not between the pair the page is about."""
    stop = next(itertools.compress(itertools.count(), map(";".__eq__, map(_TEXT, tokens[:16]))), None)  # (in C)
    if stop is None or stop < 3:
        return None
    return _listed_pair(tokens, parts, stop)


def _listed_pair(tokens, parts, stop: int) -> tuple[str, ...] | None:
    """The rest of :func:`_parties_cell`, for a row with a semicolon (a function of its own: the cells its
    comprehensions need are made only then)."""
    listed = [p for p in parts if p.last < stop]
    covered = {i for p in listed for i in range(p.first, p.last + 1)}
    if any(i not in covered and tokens[i].low not in (",", "and", "&") for i in range(stop)):
        return None
    codes = tuple(dict.fromkeys(p.codes[0] for p in listed if p.codes))
    return codes if len(codes) == 2 else None


def _asks_own_legislature(parts, trigger: Trigger) -> bool:
    """An appeal whose addressee, right after the verb, is the legislature of the state its subject belongs to:
    a domestic request (the coder codes what passes between states), not an appeal to that state."""
    addressee = next((p for p in parts if trigger.last < p.first <= trigger.last + 2), None)
    if addressee is None or addressee.mention.role != "legislature" or not addressee.mention.state:
        return False
    return any(p.last < trigger.first and addressee.mention.state in (p.mention.state, p.mention.entity) for p in parts)


def _between_who(tokens, parts, trigger: Trigger) -> tuple | None:
    """'mediates between Ayub Khan and the Indian prime minister, Lal Bahadur Shastri, who sign a declaration': a
    mutual act after 'who' is done by the parties named after 'between'."""
    if "sym" not in trigger.flags or trigger.first < 4 or tokens[trigger.first - 1].low != "who":
        return None
    between = next((i for i in range(trigger.first - 2, max(-1, trigger.first - 20), -1) if tokens[i].low == "between"), None)
    if between is None:
        return None
    codes = list(dict.fromkeys(code for p in parts if between < p.first and p.last < trigger.first - 1 for code in p.codes[:1]))
    return ((codes[0],), tuple(codes[1:])) if len(codes) >= 2 else None


def _named_as_object(tokens, parts, trigger: Trigger, verb_ends) -> bool:
    """Whether a nominal act is the object of a verb before it, its owner named between them ("condemned India's
    nuclear tests", "protested the Chinese shelling of Quemoy")."""
    agent = noun_agent(parts, tokens, trigger.first)
    first = agent.first if agent is not None else trigger.first
    index = first - 1
    while index >= 0 and tokens[index].low in ("the", "a", "an", "its", "their", "this", "that"):
        index -= 1
    return index in verb_ends


# what stands between a plural act noun and the first of its dates: "the wars (between India and Pakistan) in 1965 and 1971"
_NOUN_OPENING = frozenset("the a an its their these those armed".split())  # a verb's form used as a noun: "the armed clashes"
_DATES_OF_NOUN = re.compile(r"\s+(?:(?:between|and|the|to|by|of|[A-Z][\w'’.-]*)\s+){0,8}(?:of|in)\s+")


def _plural_act(tokens, trigger: Trigger) -> bool:
    """A noun trigger in the plural ("the wars between India and Pakistan in 1965 and 1971"): acts that dates joined
    by "and" may each tell once (not "talks", plural in the singular sense too)."""
    if trigger.entry["form"] != "noun":
        return False
    head = tokens[trigger.last].low if tokens[trigger.last].low.endswith("s") else tokens[trigger.first].low  # "wars between"
    return head.endswith("s") and not head.endswith("ss") and head != "talks"


def _conjunct_targets(doc, tokens, parts, trigger: Trigger, several, sources) -> list[str] | None:
    """The state each dated conjunct of one verb names as its object ("expelled the Soviet ambassador in 1971 and
    the Chinese chargé in 1974"), when every conjunct names one other than the doers and they differ; else None."""
    aimed, start = [], trigger.start
    for dated in several:
        at = doc.text.find(dated.text, max(start, trigger.end))
        if at < 0:
            return None
        named = [p for p in parts if start <= tokens[p.first].start and tokens[p.last].end <= at
                 and not set(p.codes) & set(sources) and p.mention.via in ("name", "adjective", "capital")]
        if len(named) != 1:  # (a capital too: "visited Moscow in June 1966 and Phnom Penh in September")
            return None
        aimed.append(named[0].codes[0])
        start = at + len(dated.text)
    return aimed if len(set(aimed)) == len(aimed) else None


def _gapped_doers(doc, tokens, parts, trigger: Trigger, several, sources) -> list[str | None] | None:
    """The state each later dated conjunct of a one-actor act names, as its doer in turn ("India tested a nuclear device
    in 1974, Pakistan in 1998"), when the first conjunct names no state but the doers and each later one names one
    other; else None."""
    doers: list[str | None] = []
    start = trigger.start
    for number, dated in enumerate(several):
        at = doc.text.find(dated.text, max(start, trigger.end))
        if at < 0:
            return None
        named = [p for p in parts if start <= tokens[p.first].start and tokens[p.last].end <= at
                 and not set(p.codes) & set(sources) and p.mention.via in ("name", "adjective")]
        if len(named) != (1 if number else 0):
            return None
        doers.append(named[0].codes[0] if number else None)
        start = at + len(dated.text)
    return doers


TALKS_NOUNS = frozenset("talks negotiations meeting conference".split())


def _talks_of_a_signing(events: list[Event], dropped) -> list[Event]:
    """Talks named beside the text or truce they produced ("Meeting on Rhodes, the delegates signed an armistice", "signed a
    common agenda for peace talks", "signed an agreement after talks mediated by the OAU") are the signing, told once;
    talks held in a verb of their own ("held talks at Puerto Montt and signed a protocol") are an act of their own."""
    signings = [e for e in events if e.cameo in ("057", "0871") or e.cameo[:2] == "03"]
    kept = []
    for event in events:
        if event.cameo[:2] == "04" and event.trigger.lower() in TALKS_NOUNS \
                and any(set(s.actors) == set(event.actors) and s.date == event.date for s in signings):
            dropped["talks_of_a_signing"] += 1
            continue
        kept.append(event)
    return kept


ANNOUNCING = frozenset("announced announces said says declared declares promised promises pledged pledges stated states".split())


def _announced_on(doc, timexes, tokens, trigger, span, dated):
    """An act announced for later is an intent, dated when it was announced: "On 15 December 1978 Carter announced
    that the United States would establish relations on 1 January" (the intent of 15 December, not 1 January)."""
    said = next((i for i in range(trigger.first - 1, -1, -1) if tokens[i].low in ANNOUNCING and tokens[i].text.islower()), None)
    if said is None:
        return None
    that = next((i for i in range(said + 1, trigger.first) if tokens[i].low == "that"), None)
    if that is None:
        return None
    stated = tokens[that].end
    if doc.text.find(dated.text, stated, span[1]) < 0 or doc.text.find(dated.text, span[0], stated) >= 0:
        return None  # the date is the announcement's own ("announced on 21 November that it would withdraw")
    own = [t for t in _within(timexes, span[0], stated) if t.layer == "timex" and t.type == "DATE"]
    if not own:
        return None  # no day for the announcement in the sentence: the planned day is all the text gives
    return _dated(own[-1], None, "clause", doc.text[own[-1].start : own[-1].end])


_CARRIERS = frozenset("transport transports cargo freighter freighters airlift".split())
_GOODS = frozenset("supplies equipment food medicine aid".split())
_VEHICLES = frozenset("planes aircraft airliners ships vessels".split())


def _brought_arms(tokens, trigger: Trigger, clause: tuple[int, int]) -> bool:
    """Whether what landed carried goods: transport planes, or planes or ships 'with' arms or supplies after the verb
    (not "exiles landed with American weapons": armed men, no delivery)."""
    subject = {t.low for t in tokens[clause[0] : trigger.first]}
    if subject & _CARRIERS:
        return True
    if not subject & _VEHICLES:
        return False
    after = [t.low for t in tokens[trigger.last + 1 : clause[1]]]
    return any(word == "with" and any(w in _ARMS or w in _GOODS for w in after[i + 1 : i + 4]) for i, word in enumerate(after))


# a plane or a ship that lands with a cargo of relief: the landing delivers it, no attack
_RELIEF = frozenset("doctors nurses medicine medicines food supplies aid wheat grain fuel relief".split())
_CRAFT = frozenset("plane planes airliner airliners aircraft ship ships vessel vessels".split())


def _cargo_landed(tokens, trigger: Trigger, clause: tuple[int, int]) -> bool:
    """'An Air Cuba plane carrying doctors and food landed in Managua': a craft landing with relief in its subject."""
    subject = [t.low for t in tokens[clause[0] : trigger.first]]
    return bool(_CRAFT.intersection(subject)) and ("carrying" in subject or "with" in subject) \
        and bool(_RELIEF.intersection(subject))


def _framing_text(tokens, trigger: Trigger) -> bool:
    """Whether a text's noun sits in an opening 'Under the ... Treaty (of 1960),' that frames the sentence as its terms."""
    if not tokens or tokens[0].low not in ("under", "by") or trigger.first > 8:
        return False
    if any(t.text in (",", ";", ".") for t in tokens[1 : trigger.first]):
        return False
    after = tokens[trigger.last + 1 : trigger.last + 8]
    subject = after[1:] if after and after[0].low == "the" else after  # "Under the accord the United Nations will deploy"
    if subject and subject[0].text[:1].isupper() and subject[0].text.isalpha() and len(subject) > 1 \
            and (subject[1].text[:1].islower() or subject is not after):
        return True  # "Under the Indus Waters Treaty India got the eastern rivers": no comma, the main clause's subject next
    return any(t.text == "," for t in after[:4]) or any(
        t.low in _DUTY_MODALS or t.low in _BE_FORMS and k + 1 < len(after) and after[k + 1].low == "to"
        for k, t in enumerate(after))  # "Under the Camp David accords Israel was to return the Sinai": its terms


_DUTY_MODALS = frozenset("would should shall must".split())


_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
# words before a one-word verb of cooperation that make it a noun ("for trade", "about trade", "Buddhism, trade and")
# the head of a compound a one-word verb of cooperation opens as a noun ("Trade friction followed")
_COMPOUND_HEADS = frozenset("friction frictions dispute disputes war wars tension tensions deficit deficits surplus surpluses "
                            "imbalance imbalances figures gap quarrel quarrels row rows".split())
_NOUN_BEFORE = frozenset({"for", "about", "of", "by", "on", "in", ",", "and", "the", "its", "their", "bilateral", "more",
                          "less", "much", "free"})


# what is met that is no party: a measure, a reaction, a limit ("met the boycott", "met with resistance", "met the deadline")
_MET_THINGS = frozenset("boycott boycotts embargo sanctions deadline deadlines resistance opposition criticism objections hostility "
                        "approval success failure fate end target targets cost costs challenge challenges needs expectations "
                        "standards conditions requirements press".split())


_WING_WORDS = frozenset("far radical extreme political new old moderate democratic parliamentary revolutionary".split())
# what follows "left" as a verb: its object, a place or a time ("The British left India", "left in 1947", "left for Delhi")
_LEFT_FOLLOWERS = frozenset("the a an its their his her for in on at to with after before by during when without behind "
                            "office power home quietly soon".split())


def _political_wing(tokens, index: int) -> bool:
    """Whether "left" names a wing of a country's politics: "the far left", "the Chilean left saw ..." (not "The
    British left India", "the Soviets left", "The British left in 1947")."""
    before = tokens[index - 1].low if index else ""
    if before in _WING_WORDS:
        return True
    if index < 2 or tokens[index - 2].low != "the" or not tokens[index - 1].text[:1].isupper() or before.endswith("s"):
        return False
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return after is not None and after.text[:1].islower() and after.text.isalpha() and after.low not in _LEFT_FOLLOWERS


def _met_a_thing(tokens, last: int) -> bool:
    """Whether the words right after "met" (up to three, before a name or a stop) name a thing met, not a party."""
    for token in tokens[last + 1 : last + 4]:
        if not token.text[:1].islower():
            return False
        if token.low in _MET_THINGS:
            return True
    return False


def _noun_use(tokens, trigger: Trigger) -> bool:
    """Whether a verb's word stands as a noun: first in its sentence or after a determiner ('Trade between ...',
    'the trade between ...', 'bilateral trade')."""
    return trigger.first == 0 or tokens[trigger.first - 1].low in ("the", "its", "their", "bilateral", "annual", "total") \
        or _possessive(tokens, trigger.first - 1)  # "India's exports to China passed 18 billion dollars"


_PEACEKEEPERS = frozenset("peacekeepers peacekeeping peace-keepers peace-keeping".split())


def _landing_guests(tokens, trigger: Trigger, parts, clause: tuple[int, int]) -> str | None:
    """What a landing is when no armed force made it: a visit when a person landed ("Obama landed in Havana"), a
    protection when peacekeepers did ("Australian-led peacekeepers landed in Dili"); None for an armed landing."""
    subject = [t.low for t in tokens[clause[0] : trigger.first]]
    if _PEACEKEEPERS.intersection(subject):
        return "074"
    if tokens[trigger.first].low == "landing" and tokens[trigger.first - 1].text == "," and not _JOURNEYS.isdisjoint(
            t.low for t in tokens[max(0, trigger.first - 25) : trigger.first - 1]):
        return "042"  # "paid a state visit to Pakistan in November 1980, landing at Lahore": the visitor's arrival
    doers = [p for p in parts if clause[0] <= p.first and p.last < trigger.first]
    if doers and doers[-1].mention.kind == "person" and doers[-1].mention.role != "military" \
            and _visitor_lands(tokens, doers[-1], trigger):
        return "042"
    if any(word in _DELEGATIONS and following in ("headed", "led")
           for word, following in zip(subject, subject[1:], strict=False)) and not (ARMED_PEOPLE.intersection(subject) or _LANDED_FORCES.intersection(subject)):
        return "042"  # "a Chilean delegation headed by Deputy Minister X landed in Lima": the visitors arrive
    return None


# who lands as a visitor however they are headed ("a delegation headed by ...")
_DELEGATIONS = frozenset("delegation delegations mission envoys".split())


def _visitor_lands(tokens, person, trigger: Trigger) -> bool:
    """Whether a person named before a landing is what landed: right before the verb, closing an aside ("the Latvian
    Prime Minister, Ivars Godmanis, landed in Oslo"), or owning the plane ("Godmanis's plane landed at Fornebu");
    no force named in the subject ("troops, led by Colonel X, landed")."""
    gap = tokens[person.last + 1 : trigger.first]
    if not gap:
        return True
    if not (len(gap) == 1 and gap[0].text == ","
            or len(gap) == 1 and gap[0].low in _CRAFT and _possessive(tokens, person.last)):
        return False
    return not any(t.low in _LANDED_FORCES or t.low in ARMED_PEOPLE for t in tokens[max(0, person.first - 8) : person.first])


# a journey told before ", landing at": the landing is how the traveller arrived
_JOURNEYS = frozenset("visit visits visited trip journey tour flew flight".split())
_PREPARING = frozenset("prepared preparing prepares prepare".split())
_STATING = frozenset("said says announced declared stated warned told threatened".split())


def _prepared(tokens, clause: tuple[int, int], trigger: Trigger) -> bool:
    """Whether a hostile act follows 'prepared to' with no word of its being stated ('said it was prepared to')."""
    before = [t.low for t in tokens[clause[0] : trigger.first]]
    return len(before) >= 2 and before[-1] == "to" and before[-2] in _PREPARING and _STATING.isdisjoint(before)


# verbs of force by movement alone: with a person for subject, someone crossed, no army
_MOVEMENTS = frozenset({"cross into", "enter", "move into", "roll|march|pour|drive into"})


def _a_person_moves(tokens, parts, clause: tuple[int, int], trigger: Trigger) -> bool:
    """Whether the subject of a movement verb is a person with no force named ("The Dalai Lama crossed into India";
    not "Hitler's troops entered Prague")."""
    subject = left_agents(parts, tokens, clause[0], trigger.first)
    if not subject and trigger.first > 0 and tokens[trigger.first - 1].low == "and" and parts and parts[0].first <= 5:
        # "Fidel Castro went to Vietnam ..., and crossed into the part of South Vietnam": the sentence's subject moves
        subject = parts[:1] if parts[0].last < trigger.first else []
    if not subject or any(p.mention.kind != "person" for p in subject):
        return False
    return not any(t.low in _LANDED_FORCES or t.low in _ARMS for t in tokens[subject[0].first : trigger.first])


# words that make a nominal act of force the next one of a series: "a second offensive", "another invasion"
_AGAIN_WORDS = frozenset("second third another new fresh further renewed".split())


# a force put ashore or sent in as the verb's object: "landed troops on", "landed 5,000 marines at"
_LANDED_FORCES = frozenset("troops forces soldiers marines paratroopers paratroops commandos divisions brigades "
                           "battalions regiments units".split())


def _forces_object(tokens, trigger: Trigger) -> bool:
    """Whether an armed force is the object right after the verb ("landed troops", "landed two divisions")."""
    for token in tokens[trigger.last + 1 : trigger.last + 4]:
        if token.low in _LANDED_FORCES:
            return True
        if not (token.low[:1].isdigit() or token.low in ("some", "about", "a", "two", "three", "several", "more", "its",
                                                           "their", "his", "fresh")):
            return False
    return False


# what "met" follows when no state met another: a thing that meets (interests, zones, borders) or the meeting itself
_MEETING_THINGS = frozenset("interests zones borders frontiers lines roads railways rivers waters summit conference "
                            "congress assembly session meeting".split())


def _met_by_no_state(tokens, index: int) -> bool:
    """Whether "met" at ``index`` follows a subject that is no state's agent: the writer ("people I met there", with no
    quotation in the sentence, where "I" would be a speaker), a crowd ("huge crowds met him"), or a thing or meeting
    ("their interests met again in Korea", "the summit met in Lima")."""
    before = tokens[index - 1]
    if before.text == "I":
        return not any(t.text in _QUOTE_TOKENS for t in tokens)
    return before.text == before.low and (before.low in _MEETING_THINGS or before.low in _CROWDS)


_CROWDS = frozenset("crowd crowds protesters protestors demonstrators students residents villagers people thousands".split())
_QUOTE_TOKENS = frozenset('" “ ” \' ‘ ’ « »'.split())


# trade goods and civil vehicles: a motion verb after them tells trade or traffic, no state's visit or attack
_GOODS = frozenset("shoes toys textiles garments goods wares crop crops wheat grain rice sugar coffee exports imports "
                   "products trucks lorries buses cars tractors".split())
# what may stand between the goods and the verb: "were pouring", "went on arriving", "kept coming"
_MOTION_AUX = frozenset("were was are is went go goes kept keep keeps continued continue continues began begin on to "
                        "still soon also already".split())


def _goods_moving(tokens, index: int) -> bool:
    """Whether a motion verb at ``index`` has trade goods or civil vehicles as its subject, right before it or past
    its auxiliaries ("shoes and toys were pouring into", "trucks and buses went on arriving at")."""
    j = index - 1
    while j > 0 and tokens[j].low in _MOTION_AUX and index - j <= 3:
        j -= 1
    return tokens[j].low in _GOODS and tokens[j].text == tokens[j].low  # (not "Condoleezza Rice arrived")


def _opposition_held(tokens, index: int) -> bool:
    """Whether "opposed"/"opposing" at ``index`` tells a stance held rather than an objection made: the adjective
    "opposed to" ("was firmly opposed to the plan"), the participle "opposing" ("kept opposing the embargo", "both
    opposing the occupation in the Assembly"), or "had opposed" looking back ("whose party had opposed the swap")."""
    word = tokens[index].low
    if word == "opposing":
        return index == 0 or tokens[index - 1].low not in ("for", "by")  # ("punished it for opposing": the act named)
    if word != "opposed" or index == 0:
        return False
    if index + 1 < len(tokens) and tokens[index + 1].low == "to":
        return True
    before = tokens[index - 1].low
    if before.endswith("ly") and index > 1:
        before = tokens[index - 2].low
    return before == "had"


# people described by what they oppose ("protesters opposed to the transfer"): a description, no act of a state
_CROWD_NOUNS = frozenset("protesters protestors demonstrators crowds students residents villagers refugees people groups "
                         "parties factions politicians deputies members activists".split())


# verbs of doing the act told before again: "X followed suit", "Y and Z follow within days"
_FOLLOWING = frozenset(("follow suit", "follow within|soon|shortly|quickly|later"))


# what is released when no one is set free: goods, money and papers
_RELEASED_THINGS = frozenset("wheat grain food rice oil fuel funds money aid loan loans credits statement statements report "
                             "reports communique communiqué documents document details figures text transcript transcripts "
                             "film photographs photos pictures data".split())


def _thing_released(tokens, last: int) -> bool:
    """Whether the object of 'release' is a thing ('released a statement', 'releasing wheat'), not people."""
    for token in tokens[last + 1 : last + 5]:
        if token.low in ("the", "a", "an", "its", "their", "some", "more", "further", "new") or token.low.isdigit():
            continue
        return token.low in _RELEASED_THINGS
    return False


_MONTHS = frozenset("january february march april may june july august september october november december".split())
_DATE_LEADS = frozenset(("of", "in", "on"))
_CHANGE_COMPOUNDS = frozenset("act acts day days movement movements struggle struggles war wars party parties leader leaders "
                              "fighters hero heroes bill constitution government governments era period square".split())


def _year(token) -> bool:
    return len(token.text) == 4 and token.text.isdigit() and token.text[0] in "12"


def _dated_change(tokens, trigger) -> bool:
    """Whether a noun naming a change of regime or statehood carries its date: 'the 1952 revolution', 'the revolution
    of January 1959', 'its independence in August 1947' (not 'after independence', 'the war of independence')."""
    first, last = trigger.first, trigger.last
    if first > 1 and tokens[first - 1].low == "of" and tokens[first - 2].low in ("war", "wars", "struggle", "declaration", "movement", "fighters"):
        return False
    if last + 1 < len(tokens) and (tokens[last + 1].text[:1].isupper() or tokens[last + 1].low in _CHANGE_COMPOUNDS):
        return False  # "the Indian Independence Act", "the 1947 independence movement": a thing named after the change
    for k in range(first - 1, max(-1, first - 4), -1):
        if _year(tokens[k]):
            return True  # "the 1952 revolution", "the 1990 democratic revolution"
        if not tokens[k].text[:1].isalpha() or tokens[k].low in ("the", "a", "an", "of", "in", "on", "after", "since", "before"):
            break  # ("in July 1947 the independence ...": the date of another phrase)
    if last + 1 < len(tokens) and tokens[last + 1].low in _DATE_LEADS:
        for token in tokens[last + 2 : last + 5]:
            if _year(token):
                return True
            if not (token.low in _MONTHS or token.low.isdigit() or token.low in ("the", "early", "late", "mid")):
                return False
    return False


# a vote for a resolution the text told just before (the lexicon's entries, by their phrase)
_VOTES_FOR_TOLD = frozenset(("vote for the|this|that resolution|motion|measure", "vote for it"))


def _body_act_voted(events: list[Event], context: Context, sources: tuple[str, ...]) -> Event | None:
    """The act of a body (an organization of states) told last in the sentence or the paragraph's last sentences,
    aimed at a state other than the voter's, or None when the act told last is none such ("Mexico sent aid. Peru
    voted for it." names no resolution)."""
    from detente.actors.gazetteer import entity

    for e in itertools.chain(reversed(events), (e for _, e in reversed(context.recent))):
        if not e.source or not e.target or e.source in sources or e.target in sources:
            continue
        record = entity(e.source)
        return e if record is not None and record.get("kind") == "organization" and e.cameo[:2] not in _NOT_VOTED else None
    return None


# what a resolution voted for is not, when the body's act told last is one: what it said, asked of its members (the
# members asked, no state acted on) or discussed
_NOT_VOTED = frozenset(("01", "02", "04"))
# words after "voted for the resolution" that tell what it was: the act is told there, not before
_RESOLUTION_TOLD_AFTER = frozenset("that which calling condemning demanding urging asking against of to".split())


def _headline_independence(tokens, parts, trigger: Trigger) -> bool:
    """Whether "independent" follows a state's name that opens a timeline's verbless line, only a date or marks
    before it: "Kuwait independent: 19 June 1961", "- 6 March 1957: Ghana independent under Nkrumah"."""
    named = next((p for p in parts if p.last == trigger.first - 1), None)
    if named is None or named.mention.kind != "state" or named.mention.via == "adjective":
        return False
    for token in tokens[: named.first]:
        if token.text[:1].isalpha() and token.low not in _MONTHS:
            return False
    return trigger.last + 1 == len(tokens) or tokens[trigger.last + 1].low in (":", "under", "on", "in", "(", "-", "–")


# who takes power by force: "General Ne Win took power in Rangoon", "the army under Conte took power", "the military
# regime that took power in 1973"
_ARMED_RULERS = frozenset("general generals army military officers junta colonel colonels major captain lieutenant soldiers derg".split())
_ELECTION_WORDS = frozenset("election elections elected polls vote voted".split())


def _LOW_SET(tokens) -> set[str]:
    return {t.low for t in tokens}


# military advisers who arrive in a state are sent to it (074), not a visit nor troops moving in
_ADVISER_NOUNS = frozenset("advisers advisors instructors experts technicians specialists".split())
# who travels as a visitor even when named with a military word ("a Chinese military delegation came to Pyongyang")
_ENVOY_NOUNS = frozenset("delegation delegations mission missions delegates envoy envoys attaché attache".split())
# what arrives as aid, not as a visitor: "Soviet arms began to arrive in Cuba"
_ARMS = frozenset("arms weapons tanks munitions ammunition rifles guns missiles artillery jets fighters bombers".split())


PRICES = frozenset("price prices fee fees rate rates rent tariff tariffs".split())


FRONTING = frozenset("after before following during despite amid".split())
# a state's missions abroad: one opened "in" a state is accredited to it
MISSION_NOUNS = frozenset("embassy embassies commission commissions consulate consulates consulate-general consulates-general "
                          "legation legations mission missions".split())
# a state's office of trade, representation or culture, opened "in" a state as a mission is ("opened a trade office in
# Seoul", "a cultural centre in Nairobi"; not any office: "an academy opened a liaison office in Beijing" names its host
# only as where)
_OFFICE_KINDS = frozenset("trade representative cultural".split())
_OFFICE_NOUNS = frozenset("office centre center institute".split())


def _office_of_a_state(tokens, trigger) -> bool:
    return tokens[trigger.last].low in _OFFICE_NOUNS and tokens[trigger.last - 1].low in _OFFICE_KINDS


# objects that name others than the pair in focus: "sought to help its Western European allies", "met reporters"
GROUP_OBJECTS = frozenset("allies neighbours neighbors partners friends peoples nations countries governments satellites "
                          "clients rebels guerrillas insurgents reporters journalists correspondents newsmen".split())


# nouns that, after a state's adjective, still name the state or its order ("the Soviet state collapsed")
STATE_NOUNS = frozenset("state states empire union federation confederation republic regime government monarchy kingdom bloc "
                        "system order".split())


def _a_things_collapse(tokens, parts, trigger: Trigger, clause) -> bool:
    """Whether the doer of an end of statehood is a thing a state's adjective qualifies ("the Thai baht collapsed")."""
    before = [p for p in parts if clause[0] <= p.first and p.last < trigger.first]
    if not before or before[-1].mention.via != "adjective":
        return False
    noun = before[-1].last + 1
    return noun < trigger.first and tokens[noun].text.islower() and tokens[noun].low not in STATE_NOUNS


# what one state puts to another and the other may reject ("rejected the advice", "turned down the offer")
ADVICE_NOUNS = frozenset("advice demand demands request requests offer offers proposal proposals appeal appeals call plea "
                         "pleas ultimatum suggestion suggestions invitation invitations".split())


# past forms a suffix does not show ("Australia let it test", "Japan sent a protest", "India broke off talks")
_IRREGULAR_PAST = frozenset("let put set cut shut quit cast spread sent gave took made told said met went held kept broke began "
                            "won lost left led flew drew threw sold paid struck fought bought brought sought stood".split())


def _partner_acts_apart(tokens, parts, clause, pair, sources) -> bool:
    """Whether the other state of the pair is the subject of a clause of its own after the act's ("..., and India
    protested", "...; Japan condemned the test"): not named as an object ("which alarmed Tokyo", "ending the United
    States' monopoly", "did not declare war on Turkey")."""
    others = set(pair) - set(sources)
    def opens_clause(first: int) -> bool:
        before = first - 2 if tokens[first - 1].low == "the" else first - 1
        return before >= 0 and tokens[before].low in ("and", ";", "but", "while", ",")

    def acts(p) -> bool:
        # ("...; India's prime minister called the test a danger": the state's official as the clause's subject)
        return p.last + 1 < len(tokens) and (tokens[p.last + 1].text.islower() and (tokens[p.last + 1].low.endswith(("ed", "s"))
                                                                                   or _past(tokens[p.last + 1])
                                                                                   or tokens[p.last + 1].low in _IRREGULAR_PAST)
                                             or tokens[p.last + 1].low in ("'s", "’s") or tokens[p.last].text.endswith(("'s", "’s")))

    if any(set(p.codes) & others and p.first >= clause[1] and opens_clause(p.first) and acts(p) for p in parts):
        return True
    # or before it, the act told in a clause of "while" or "as" ("Tokyo looked on uneasily while Beijing tested its first
    # bomb", "India protested as Pakistan tested a missile"): the onlooker is no target of what it watches
    doers = [p for p in parts if set(p.codes) & set(sources) and p.first > 0 and p.first < clause[1]
             and tokens[p.first - 2 if tokens[p.first - 1].low == "the" and p.first > 1 else p.first - 1].low in ("while", "as", "whereas")]
    return bool(doers) and any(set(p.codes) & others and p.last < doers[0].first and acts(p) for p in parts)


_ANSWERING = frozenset(("after", "when", "following"))
_A_TEST = re.compile(r"test|detonate|explo")  # a weapons test answers no one: "answered with five tests" has no target


def _side_by_side(trigger: Trigger, pair, sources) -> bool:
    """Whether both states of the pair are subjects of an act they do side by side: the other is a fellow doer, no
    target."""
    return len(set(sources)) > 1 and set(pair) <= set(sources) and "sym" not in trigger.flags \
        and trigger.entry["cameo"][:2] in SIDE_BY_SIDE_ROOTS


# games named by their host city after the act ("of the Moscow Olympics", "from the 1980 Moscow Summer Games"): the city
_GAMES = re.compile(r"[ \t]+(?:(?:of|from|at|to)[ \t]+)?the[ \t]+(?:\d{4}[ \t]+)?((?:[A-Z][\w'.-]*[ \t]+){1,3}?)"
                    r"(?:(?:Summer|Winter)[ \t]+)?(?:Olympics|Olympic[ \t]+Games|Games|Paralympics)\b")


def _games_host(text: str, trigger: Trigger, mentions, span) -> tuple[str, ...]:
    """The state of the city that names the games right after a boycott ("boycotted the Moscow Olympics"), resolved at
    the date of the sentence's other names; () when none is named so or the gazetteer knows no such city."""
    found = _GAMES.match(text, trigger.end)
    if found is None:
        return ()
    # (imported only here: a boycott of games named by a city is a rare sentence)
    from detente.actors import find_mentions

    day = next((m.date for m in mentions if span[0] <= m.start < span[1] and m.date), None)
    city = found.group(1).rstrip()
    named = find_mentions(city, when=(lambda _position: (day, day)) if day else None)
    whole = [m for m in named if m.kind == "state" and m.start == 0 and m.end == len(city)]
    return (whole[0].entity,) if whole else ()


def _answered_doer(tokens, parts, sources) -> tuple[str, ...]:
    """The state named right after "after", "when" or "following" (an article between), not the act's own source:
    the doer of the act a show of force answers; () when none is."""
    for p in parts:
        before = p.first - 1 - (p.first > 1 and tokens[p.first - 1].low == "the")
        if before >= 0 and tokens[before].low in _ANSWERING and not set(p.codes) & set(sources):
            return p.codes[:1]
    return ()


_PROTESTING_ROOTS = frozenset(("12", "14", "16"))
_PROTESTED_PREPOSITIONS = frozenset(("at", "against", "over"))


def _protested(tokens, parts, trigger: Trigger, sources) -> tuple[str, ...]:
    """The state named right after "in protest at (against, over)" or "to protest" after the trigger (an article
    between: "in protest at the NATO air strike", "to protest the Indian tests"), not the act's own source; () when
    none is."""
    for index in range(trigger.last + 1, len(tokens) - 1):
        if tokens[index].low != "protest" or tokens[index - 1].low not in ("in", "to"):
            continue
        first = index + 1 + (tokens[index + 1].low in _PROTESTED_PREPOSITIONS)
        first += first < len(tokens) and tokens[first].low in ("the", "a", "an")
        named = next((p for p in parts if p.first in (first - 1, first) and p.first > index
                      and not set(p.codes) & set(sources)), None)
        return named.codes[:1] if named is not None else ()
    return ()


_DETERRING = frozenset(("deter", "intimidate", "dissuade", "warn", "warning"))
_BEFORE_DETERRED = frozenset("the a an any further possible another".split())


def _deterred(tokens, parts, trigger: Trigger, clause, sources) -> tuple[str, ...]:
    """The state named right after "to deter", "to intimidate", "to warn", "as a warning to" (an article or "any"
    between: "to deter an Iraqi attack", "to warn the North") after the trigger in its clause, not the act's own
    source; () when none is."""
    for index in range(trigger.last + 1, min(clause[1], len(tokens)) - 1):
        if tokens[index].low not in _DETERRING or tokens[index - 1].low not in ("to", "a", "as"):
            continue
        first = index + 1 + (tokens[index + 1].low in _BEFORE_DETERRED or tokens[index + 1].low == "to")
        named = next((p for p in parts if p.first in (index + 1, first) and not set(p.codes) & set(sources)), None)
        if named is not None:
            return named.codes[:1]
    return ()


def _first_named_later(everyone, pair, sources, last_states, family_of) -> bool:
    """Whether the other state of the pair is named neither in a sentence before this one nor in this one: the pair
    was read ahead from the text ("China tested its first bomb in 1964. The test alarmed India")."""
    others = {family_of(code) for code in pair if code not in sources}
    if not others or any(family_of(code) in others for p in everyone for code in p.codes):
        return False
    return not any(family_of(code) in others for code in last_states)


def _own_codes(tokens, parts, clause, trigger: Trigger) -> set[str]:
    """The states named in a clause, less those of a phrase fronted before its subject ("After the Soviet invasion
    of Afghanistan, Carter offers 400 million dollars in aid": the aid is not for Afghanistan)."""
    start = clause[0]
    if tokens[start].low in FRONTING:
        comma = next((i for i in range(start + 1, trigger.first) if tokens[i].text == ","), None)
        if comma is not None and not any(_past(token) for token in tokens[start + 1 : comma]):
            start = comma + 1  # a phrase with no verb of its own ("After the Soviet invasion of Afghanistan,")
    return {code for p in parts if start <= p.first and p.last < clause[1] for code in p.codes}


# words of support that, as the purpose of a material act ("sent troops to Angola to defend its government"), tell
# why it was done rather than a second act
PURPOSE_CODES = frozenset({"050", "051", "052"})
MATERIAL_ROOTS = frozenset({"06", "07", "15", "18", "19"})
# verbal reactions, which may answer an act of the other state told just before ("Indonesia left the UN, and China
# praised the decision"): the other state stays their object
_REACTION_ROOTS = frozenset(("01", "02", "10", "11", "12", "13"))


def _partner_acted_apart(events, mentions, pair, sources, span) -> bool:
    """'Ghana recognized Biafra in 1968 while Nigeria fought the secession': the other state of the pair, told in the
    same sentence doing its own act to a third party, is no object left unnamed of the (material) act of a state the
    sentence names (a doer itself taken from the pair is left to the pair)."""
    if not any(m.entity == sources[0] or m.state == sources[0] for m in mentions if span[0] <= m.start < span[1]):
        return False
    return any(e.span == span and e.source in pair and e.source != sources[0] and e.target and e.target != sources[0]
               and e.target not in pair for e in events)


def _main_subject_is_other(tokens, parts, trigger: Trigger, pair, sources) -> bool:
    """'When Spain withdrew from the Western Sahara in 1976, Algeria backed the Polisario': the other state of the
    pair acts in the main clause after a fronted clause whose act names its own object; it is not that act's target."""
    boundary = _fronted_clause_end(tokens, trigger)
    if boundary is None:
        return False
    others = set(pair) - set(sources)
    return any(p.first > boundary and set(p.codes) & others for p in parts)


def _names_a_text(tokens, index: int) -> bool:
    """Whether the capitalized words from ``index`` on end in a text's or a body's name ('... Trade Area Agreement')."""
    while index < len(tokens) and tokens[index].text[:1].isupper():
        if tokens[index].low in _TEXT_NOUNS or tokens[index].low in ("association", "pact", "act", "charter", "community"):
            return True
        index += 1
    return False


_TEXT_NOUNS = frozenset("declaration declarations agreement agreements treaty treaties accord accords communique communiqué "
                        "protocol protocols convention resolution resolutions".split())
# verbs by which a body makes a resolution its own act
_PASSED_RESOLUTION = frozenset("passed passes adopted adopts approved approves voted".split())


# a resolution passed by a body or an assembly says what the body says: "the Knesset adopted a resolution condemning"
_MOTIONS = frozenset(("resolution", "resolutions"))
_PASSING = frozenset("passed passes pass adopted adopts adopt approved approves approve voted votes carried".split())


def _passed_motion(tokens, noun_at: int) -> bool:
    """Whether a verb of passing governs the resolution at ``noun_at``, over a determiner and at most two modifiers
    ("passed a unanimous resolution", "adopted the joint resolution")."""
    for index in range(noun_at - 1, (noun_at - 5 if noun_at > 5 else -1), -1):
        low = tokens[index].low
        if low in _PASSING:
            return True
        if not tokens[index].text.islower() or not low.replace("-", "").isalpha():
            return False
    return False


# participles of commitment: the act after them is promised, not done ("pledging to withdraw")
_COMMITTING = frozenset("pledging promising undertaking vowing".split())


# a word before a trigger's last word that gives it a sense of no act between states ("a heart attack")
_NOT_AN_ACT = {"attack": frozenset({"heart", "panic", "asthma"}), "attacks": frozenset({"heart", "panic", "asthma"})}


_TOPIC_WORDS = frozenset("on about concerning regarding".split())
_TOPIC_ROOTS = frozenset({"03", "04", "05"})


_MEETING_HELD = "hold * meeting|meetings"
_PROPOSING = frozenset(("proposing", "suggesting"))  # the last word of a note's entry when the note proposes an act


def _meeting_of_one(tokens, parts, trigger: Trigger, clause) -> bool:
    """Whether a meeting held names one state only: one before the verb and none after "with" or "between" ("India
    held a meeting of its cabinet"), unlike "the two states held a meeting" or "held a meeting with Pakistan"."""
    named = set()
    for p in parts:
        if clause[0] <= p.first and p.last < trigger.first:
            named.update(p.codes)
        elif trigger.last < p.first < clause[1] and tokens[p.first - 1 - (tokens[p.first - 1].low == "the")].low in ("with", "between"):
            return False
    return len(named) == 1


_FORCE_ROOTS_NAMED = frozenset({"18", "19", "20"})
_DISPUTE_TOPIC_WORDS = frozenset("over about concerning regarding".split())
_DISPUTE_ROOTS = frozenset({"10", "11", "12", "13"})  # demands, disapproval, rejection, threats


def _topic_of_a_dispute(tokens, trigger: Trigger, earlier) -> bool:
    """A word of force after "over" or "about" (and up to two words of its phrase: a noun there, whatever its form,
    "the Ussuri clashes") right after an earlier act of words in the sentence: a protest, an accusation, a rejection
    or a threat about the fighting."""
    index = trigger.first - 1
    while index > trigger.first - 4 and index >= 0 and tokens[index].low not in _DISPUTE_TOPIC_WORDS:
        index -= 1
    if index < 0 or tokens[index].low not in _DISPUTE_TOPIC_WORDS:
        return False
    return any(t.entry["cameo"][:2] in _DISPUTE_ROOTS and t.last < index and index - t.last <= 4 for t, _ in earlier)


def _reaction_object(tokens, trigger: Trigger, earlier) -> bool:
    """A verb's form that is an act's noun ("blockade", "attack") after "the" and one lower-case word, right after an
    earlier reaction in the sentence ("protested against the naval blockade", "condemned the aerial attack"), with no
    "of", "on" or "against" after it to name whom it was done to: the act judged, told before or not at all."""
    first = trigger.first
    if first < 3 or trigger.last != first or tokens[first].low not in _ACT_NOUNS or tokens[first - 2].low not in ("the", "this", "that"):
        return False
    if trigger.last + 1 < len(tokens) and tokens[trigger.last + 1].low in ("of", "on", "against", "by"):
        return False
    # the reaction's last word right before "the": its verb, or "against" after it as its own or not
    ends = (first - 3, first - 4) if tokens[first - 3].low == "against" else (first - 3,)
    return any(t.entry["cameo"][:2] in _REACTING and t.last in ends for t, _ in earlier)


def _topic_of_talks(tokens, trigger: Trigger, earlier) -> bool:
    """A noun after 'on' or 'about' (and up to two modifiers) in the phrase of an earlier agreement or talks in
    the sentence ("signed agreements on trade", "a memorandum of understanding on direct trade")."""
    index = trigger.first - 1
    if index >= 1 and tokens[index].low in ("of", "in") and tokens[index - 1].low in _FIELD_TEXTS:
        # "a treaty of trade and commerce", "cooperation in trade": the field a text or a cooperation covers, right
        # after its noun (the noun's own act, if any, is coded from it)
        return True
    while index > trigger.first - 3 and index >= 0 and tokens[index].text.islower() and tokens[index].low not in _TOPIC_WORDS:
        index -= 1
    if index < 0 or tokens[index].low not in _TOPIC_WORDS:
        return False
    return any(t.entry["cameo"][:2] in _TOPIC_ROOTS and t.last < index and index - t.last <= 10 for t, _ in earlier)


def _named_by_a_noun_of_intent(tokens, trigger: Trigger) -> bool:
    """The verb is the infinitive after a noun of offering, deciding or trying: "its offer to help finance", "Japan's
    decision to lift", "a promise to consult", "every proposal to give".  A word that is a verb too ("offer", "promise",
    "plan") counts as the noun only after a determiner or a possessive ("Peru offers to mediate" is a verb)."""
    k = trigger.first - 1
    if tokens[k].low == "help" and tokens[k - 1].low == "to":
        k -= 1
    if k < 2 or tokens[k].low != "to":
        return False
    noun = tokens[k - 1].low
    if noun in _INTENT_NOUNS:
        return True
    return noun in _INTENT_NOUNS_OR_VERBS and (tokens[k - 2].low in _DETERMINERS or tokens[k - 2].low.endswith("'s"))


def _left_free_to(tokens, trigger: Trigger) -> bool:
    """The verb is an infinitive (or the second of two) after "free to" or "frees ... to": what a body or a ruling
    leaves others free to do ("left each member free to restore relations and trade with", "frees its members to
    resume relations"), a permission and not an act."""
    for k in range(trigger.first - 1, max(0, trigger.first - 8), -1):
        low = tokens[k].low
        if low in (",", ";", ":"):
            return False
        if low == "to" and any(tokens[j].low in _FREEING for j in range(max(0, k - 4), k)):
            return True
    return False


_FREEING = frozenset("free frees freed freeing".split())
_INTENT_NOUNS = frozenset("decision decisions proposal proposals readiness willingness efforts".split())
_INTENT_NOUNS_OR_VERBS = frozenset("offer offers promise promises plan plans bid attempt attempts effort".split())
_DETERMINERS = frozenset("a an the its their his her every any this that new own first second 's".split())


def _body_agreed(tokens, trigger: Trigger, events) -> bool:
    """A joint body or joint work named as what an agreement sets up or is for, right after the agreement in the
    sentence: "agreed to set up a joint commission", "agreed on Saturday to establish a joint rivers commission",
    "signed an agreement for joint seismic research".  The agreement, already coded, is the act; a relative clause that
    tells the body set up ("an accord, which set up a joint committee") is not read here."""
    index = trigger.first - 1
    while index > trigger.first - 4 and index >= 0 and tokens[index].text.islower() and tokens[index].low not in _SETTING_UP:
        index -= 1  # the determiner and modifiers before the noun ("a", "an economic")
    if index < 1 or tokens[index].low not in _SETTING_UP:
        return False
    if tokens[index].low == "up" and tokens[index - 1].low == "set":
        index -= 1
    if tokens[index].low == "for":
        if tokens[index - 1].low not in _TEXT_NOUNS:
            return False
    elif index < 2 or tokens[index - 1].low != "to" or tokens[index].low == "up":
        return False
    start = tokens[index - 8].start if index >= 8 else 0
    return any((e.cameo[:2] == "03" or e.cameo == "057") and e.trigger_span and start <= e.trigger_span[1] < tokens[index].start
               for e in events)


# the verbs of setting a body up ("agreed to set up / establish / create a joint commission"), and "for" after a text
# ("an agreement for joint research")
_SETTING_UP = frozenset("set up establish create form found for".split())


_FIELD_TEXTS = frozenset("treaty treaties agreement agreements convention conventions pact accord accords protocol "
                         "memorandum cooperation".split())


_NAMING_VERBS = frozenset("describe describes described describing call calls called calling see sees saw seen regard "
                          "regards regarded brand brands branded term terms termed label labels labelled labeled denounce "
                          "denounces denounced denouncing condemn condemns condemned view views viewed portray portrays "
                          "portrayed characterize characterizes characterized".split())
_ORDINALS = frozenset("first second third fourth fifth sixth last latest".split())


def _named_as(tokens, trigger: Trigger) -> bool:
    """A noun naming an act already told: after 'as a/an' following a verb of naming ("described it as an alliance
    against Pakistan"), or as the predicate of 'it was the second ...' ("It was the second Soviet veto")."""
    words = list(map(_LOW, tokens[(trigger.first - 6 if trigger.first > 6 else 0) : trigger.first]))
    if "as" in words:
        at = len(words) - 1 - words[::-1].index("as")
        if (at + 1 >= len(words) or words[at + 1] in ("a", "an", "the")) and _NAMING_VERBS.intersection(words[:at]):
            return True
    if trigger.entry["form"] != "phrase" and _called_a(words):
        return True  # "which Cuba calls an illegal occupation", "what Beijing termed an invasion": a name given (a
        # verb's word used as the noun too: "called the ban a political attack")
    return len(tokens) > 3 and tokens[0].low in ("it", "this", "that") and tokens[1].low in ("was", "is") \
        and tokens[2].low == "the" and tokens[3].low in _ORDINALS and trigger.first <= 7


_CALLING = frozenset("call calls called calling term terms termed brand brands branded dub dubs dubbed label labels "
                     "labelled labeled".split())


_NOT_MODIFIERS = frozenset("to of for on the with from in at by and or halt end stop".split())


def _called_a(words: list[str]) -> bool:
    """Whether the words before a noun are a verb of naming, an optional pronoun, a determiner and lowercase
    modifiers: "calls an illegal occupation", "called it a blatant invasion"."""
    for at in range(len(words) - 1, -1, -1):
        if words[at] in ("a", "an"):
            head = words[:at]
            if head and head[-1] in ("it", "them", "this", "that"):
                head = head[:-1]
            elif head and head[-1] not in _CALLING:
                head = _before_a_named_object(head)  # "Taipei called the ban a political attack"
            return bool(head) and head[-1] in _CALLING and len(words) - at <= 3 and all(
                (w.isalpha() or "-" in w) and w not in _NOT_MODIFIERS for w in words[at + 1 :])
    return False


def _before_a_named_object(head: list[str]) -> list[str]:
    """``head`` cut back to a verb of naming before a short object of one to three words ("called the ban", "termed
    India's decision"), or left whole when there is none."""
    for k in range(len(head) - 2, (len(head) - 5 if len(head) > 5 else -1), -1):
        if head[k] in _CALLING:
            if all(w.isalpha() and (w == "the" or w not in _NOT_MODIFIERS) for w in head[k + 1 :]):
                return head[: k + 1]
            break
    return head


def _under_an_old_pact(tokens, trigger: Trigger) -> bool:
    """'under the old Anglo-Portuguese alliance', 'under the treaty': a pact named as the ground of another act."""
    words = [t.low for t in tokens[(trigger.first - 4 if trigger.first > 4 else 0) : trigger.first]]
    return "under" in words and all(w in ("the", "old", "existing", "ancient", "its", "their") or not w.isalpha()
                                    or tokens[trigger.first - len(words) + i].text[:1].isupper()
                                    for i, w in enumerate(words[words.index("under") + 1 :], words.index("under") + 1))


_SPANS = frozenset("years months decades weeks year month decade".split())


_BE_FORMS = frozenset("was were is are be been".split())


def _negated_passive(tokens, trigger: Trigger) -> bool:
    """Whether a negated verb is told in the passive, of the thing not done ("the pact was never signed", "has never
    been accepted by Quito", "was drafted in 1994 but never signed"): no one's refusal is told."""
    i = trigger.first - 1
    if i > 0 and tokens[i].low == "been":
        return tokens[i - 1].low in ("never", "not")
    if i < 1 or tokens[i].low not in ("never", "not"):
        return False
    before = tokens[i - 1].low
    if before in _BE_FORMS:
        return True
    if before in ("but", "and"):  # "was drafted in 1994 but never signed": the passive of the verb before
        for k in range(i - 2, max(-1, i - 12), -1):
            if tokens[k].text in (";", ":") or tokens[k].low in ("who", "which", "that"):
                return False
            if tokens[k].low in _BE_FORMS and tokens[k + 1].low.endswith(("ed", "en")):
                return True
    return False


def _for_a_while(tokens, trigger: Trigger) -> bool:
    """Whether "for" and a span of time follow the act within a few words ("did not exchange envoys for seven years"),
    or a span that bounds how long it was not done: "before" and a year ("had not recognized Israel before 1979"),
    "during" or "throughout" and a time ("never recognized Israel during the 1950s"): a state of things over a time."""
    after = [t.low for t in tokens[trigger.last + 1 : trigger.last + 6]]
    if "for" in after and not _SPANS.isdisjoint(after[after.index("for") + 1 :]):
        return True
    for k, word in enumerate(after):
        if word in _BOUNDING and k + 1 < len(after):
            bound = after[k + 1 : k + 4]
            return any(w.isdigit() and len(w) == 4 or w[:3].isdigit() and w.endswith("s") or w in _SPANS for w in bound)
        if word in (",", ";", "and", "but", "until", "till"):
            return False
    return False


# what bounds the time over which a step was not taken: "before 1979", "during the 1950s", "throughout the war years"
_BOUNDING = frozenset("before during throughout".split())


# what is received that is no visitor: help, consent, honours, land, money
_RECEIVED_THINGS = frozenset("help assistance support backing assent approval consent medal medals prize prizes award awards "
                             "concession concessions territory land lands kilometre kilometres kilometer kilometers miles "
                             "share shares payment payments compensation reparations money dollars pounds francs yen "
                             "rubles roubles marks waters "
                             # sent22: papers that reach a state ("had received the message of the Cuban Government",
                             # "received the note of 3 May"): something got, no visitor received
                             "message messages note notes letter letters reply replies telegram telegrams cable cables "
                             "memorandum aide-memoire".split())
# where the object of "received" has ended: a pronoun, a preposition, a stop
_RECEIVED_ENDS = frozenset("him her them us in at by with from for on to of , ; . :".split())


# words after which a "that" clause tells a view held, not a fact reported
_VIEW_WORDS = frozenset("held holds hold view position belief conviction opinion considered consider considers believed "
                        "believe believes felt feel feels said says stated states reaffirmed reaffirm reaffirms reiterated "
                        "reiterate reiterates emphasized emphasised stressed noted".split())
# a verb of that clause in the present or a modal: the view of a standing thing, not an act dated
_VIEW_VERBS = frozenset("is are remains remain serves serve lies lie would will shall should must can".split())


def _tie_in_a_view(tokens, trigger: Trigger) -> bool:
    """A tie named by a noun ("the normalization of relations", "the friendship between") inside a "that" clause of a
    view, whose verb is in the present or a modal and which gives no date: "held that the normalization of relations
    serves the interests of the two peoples", "reaffirmed its position that the Taiwan question is the crucial question
    obstructing the normalization of relations" (not "said that the normalization of relations in 1979 had ...")."""
    start = max(0, trigger.first - 14)
    at = None
    for index in range(trigger.first - 1, start, -1):
        if tokens[index].low == "that" and tokens[index - 1].low in _VIEW_WORDS:
            at = index
            break
    if at is None:
        return False
    clause = tokens[at + 1 :]
    if any(token.text[:1].isdigit() for token in clause):
        return False
    return any(token.low in _VIEW_VERBS for token in clause)


def _terms_agreed(tokens) -> bool:
    """A sentence opening with "The" whose verb "agree" is in the plain present and which gives no date: the operative
    clause of a text ("The Governments of India and Nepal agree mutually to ...", "The Parties agree that ...")."""
    return tokens[0].text == "The" and not any(token.text[:1].isdigit() for token in tokens)


def _received_a_thing(tokens, trigger: Trigger) -> bool:
    """'Received' with a thing as its object ("received one square kilometre", "had received Cuban help", "received
    oil and coal concessions", "received about two billion dollars a year"): something got, no visitor received (not
    "received him with full honours", "received Nehru in Washington", "was received in Moscow")."""
    if not tokens[trigger.first].low.startswith("receiv"):
        return False
    for token in tokens[trigger.last + 1 : trigger.last + 6]:
        if token.low in _RECEIVED_ENDS:
            return False
        if token.low in _RECEIVED_THINGS:
            return True
    return False


# a state's professionals at work in another (decision 11 of CONVENTIONS.md): the nouns a "staff" entry needs before it
_STAFF = frozenset("doctors nurses teachers engineers technicians specialists experts advisers advisors instructors "
                   "agronomists builders surgeons physicians".split())
_STAFF_GLUE = frozenset("and have has had been were was are is also still".split())


def _staff_at_work(tokens, parts, trigger: Trigger) -> bool:
    """'Cuban doctors worked in Angolan hospitals', 'Czechoslovak engineers and technicians have been working in
    Guinea': professionals named by their state (a demonym or name right before the first of them) right before the
    verb, past auxiliaries and a list of more professions allowed between. Not 'Egyptian workers' nor anyone else."""
    i = trigger.first - 1
    seen = False
    while i >= 0 and (tokens[i].low in _STAFF or tokens[i].low in _STAFF_GLUE):
        seen = seen or tokens[i].low in _STAFF
        i -= 1
    if not seen or i < 0:
        return False
    # the state's name or demonym right before the first profession, or a mention of the state's people that takes
    # it in ("Cuban doctors", a sector of Cuba in the gazetteer)
    return any(p.mention.kind == "state" and p.last == i or p.mention.kind == "group" and p.first <= i < p.last
               for p in parts)


# the positions of a force that an army overruns: a fight won, not territory occupied (decision 8 of CONVENTIONS.md)
_POSTS = frozenset("post posts position positions base bases line lines picket pickets camp camps garrison garrisons "
                   "outpost outposts trenches bunkers defences defenses".split())


def _posts_overrun(tokens, trigger: Trigger) -> bool:
    """'overran the Libyan air base at Ouadi Doum', 'overran the Indian posts': a post, position, base or line named
    within a few words after the active verb is fought over, not occupied. (The passive 'several posts were overrun'
    is left to the older reading: told after the attack on them, it is a second act the page sets code apart.)"""
    after = tokens[trigger.last + 1 : trigger.last + 6]
    for t in after:
        if t.low in _POSTS:
            return True
        if t.low in (",", ";", "and", "in", "on", "within", "after", "before"):
            break
    return False


def _ground_left(tokens, parts, trigger: Trigger) -> bool:
    """A call for forces to leave a place that names no state whose forces they are ("the withdrawal of all foreign
    troops from Afghanistan", "of the invading armies from"): the state after "from" is the ground left, no party
    asked (not "the withdrawal of British and French forces from Egypt": the states asked are named)."""
    if tokens[trigger.last].low != "from":
        return False
    of = next((i for i in range(trigger.first + 1, trigger.last) if tokens[i].low == "of" and tokens[i - 1].low == "withdrawal"), None)
    return of is not None and not any(of < p.first and p.last < trigger.last for p in parts)


_PLAIN_DO = frozenset("did does do".split())
# a concessive aside between "did not" and its verb, set off by commas ("did not, however, open relations")
_ASIDES = frozenset("however though yet then still therefore".split())
# a first step named before the act ("did not move to recognize", "made no move to", "took no steps to")
_MOVES = frozenset("move moves step steps".split())
_MAKING = frozenset("made make makes took take takes".split())
_PLAIN_DONT = frozenset("didn't doesn't don't".split())


# after "left" and its object, a word for the state the object was left in ("left Denmark once again without an
# embassy", "left Iceland isolated"), not where a mover went or how; not "free" ("left each member free to decide how to
# deal with Cuba" lifts a restriction: a yield the golds code)
_LEFT_IN = frozenset("alone unable isolated exposed vulnerable stranded powerless defenceless defenseless without".split())
# a mover whose leaving is a departure even "without" something ("the last troops left the city without a fight")
_LEAVING_FORCES = frozenset("troops forces army armies soldiers units advisers advisors fleet ships garrison garrisons contingent "
                                  "delegation mission ambassador envoy diplomats".split())


def _fought_for(tokens, trigger: Trigger) -> bool:
    """'fight for Syria', 'fought for the North': 'fight' with 'for' and the side named, and no foe named after
    'against' (not 'fought for four days': a span)."""
    after = trigger.last + 1
    if after + 1 >= len(tokens) or tokens[after].low != "for":
        return False
    side = after + 2 if tokens[after + 1].low == "the" and after + 2 < len(tokens) else after + 1
    if not tokens[side].text[:1].isupper():
        return False  # "fought for two weeks over a hill", "fought for four days": how long, not for whom
    return all(token.low not in ("against", "with") for token in tokens[after + 1 : after + 10])


def _membership_aside(tokens, trigger: Trigger) -> bool:
    """'Norway, a founding member of NATO, sent ...': an apposition set off by commas after the state's name, which
    says what the state is; not 'Norway joined NATO as a founding member in 1949' (the joining told)."""
    first = trigger.first
    if first < 3 or tokens[first - 1].low not in ("a", "an") or tokens[first - 2].text != ",":
        return False
    return any(token.text == "," for token in tokens[trigger.last + 1 : trigger.last + 8])


def _left_as_it_was(tokens, trigger: Trigger) -> bool:
    """'the suspension left Denmark without an embassy', 'the vote left Iceland isolated': 'leave' with an object and the
    state it was left in, no one leaving a place."""
    last = trigger.last
    if tokens[trigger.first].low not in ("left", "leaves", "leave", "leaving"):
        return False
    for index in range(last + 2, min(len(tokens), last + 7)):
        low = tokens[index].low
        if low in (",", ";", ":", ".", "and", "on", "in", "for", "after", "when"):
            return False
        if low in _LEFT_IN:
            return low != "without" or not (trigger.first >= 1 and tokens[trigger.first - 1].low in _LEAVING_FORCES)
    return False


# a verb of arguing or proposing that a "not" or "never" denies, before the "that" of the act: "did not argue that"
_ARGUING = frozenset("argue argued urge urged suggest suggested propose proposed say said claim claimed insist insisted "
                     "demand demanded ask asked press pressed".split())


def _unsaid_that(tokens, first: int) -> bool:
    """Whether the act lies in a 'that' clause of a denied verb of arguing: 'he did not argue that India should
    recognise East Berlin', 'Nasser never suggested that Egypt break with Taipei'."""
    for index in range(first - 1, max(2, first - 8), -1):
        low = tokens[index].low
        if low in (",", ";", ":", "."):
            return False
        if low == "that":
            return tokens[index - 1].low in _ARGUING and tokens[index - 2].low in ("not", "never", "n't")
    return False


def _no_refusal_told(tokens, trigger: Trigger) -> bool:
    """'neither accepting it nor challenging it', 'neither endorsed the claim nor rejected it': a stance held between two
    acts, both withheld; no refusal of either is told (a 'neither' right before the act and a 'nor' after it); nor is
    one in an act of which no trace is found ('there is no sign that Kenya recognised Uganda')."""
    first = trigger.first
    if trigger.last + 1 < len(tokens) and tokens[trigger.last + 1].low == "little":
        return True  # "talked of trade and signed little": not much done, nothing refused
    if first > 3 and seen_as_proof(tokens, first) == "negated":
        return True  # "there is no sign that Kenya recognised Uganda": no trace of the act, no refusal of it either
    if first > 3 and _unsaid_that(tokens, first):
        return True  # "he did not argue that India should recognise East Berlin": a case not made, no refusal told
    if not (first >= 1 and tokens[first - 1].low == "neither" or first >= 2 and tokens[first - 2].low == "neither"):
        return False
    return any(token.low == "nor" for token in tokens[trigger.last + 1 : trigger.last + 8])


def _step_not_taken(tokens, trigger: Trigger) -> bool:
    """'France did not recognize Beijing', 'Cuba did not sign the canal treaties', 'Bolivia does not restore relations
    with Havana': a step withheld, told with a plain 'did not' -- nothing said or done. 'Would not', 'never', 'refused
    to' tell a refusal, and so does a 'did not' that spans all time ('did not ever', 'did not ... at any time'), and
    not accepting what was put forward ('did not accept the explanation': an answer, a rejection)."""
    if "accept" in trigger.entry["pattern"][0].get("any", ()):
        return False
    index = trigger.first - 1
    if index > 1 and tokens[index].low in ("was", "were") and "no" in {t.low for t in tokens[max(0, index - 4) : index]}:
        return True  # "and no communiqué was signed", "no treaty was ever concluded": nothing done, no refusal told
    if _no_one_did(tokens, trigger):
        return True  # "No Arab state had recognized Israel", "No Syrian government has ever recognised the transfer"
    if index > 2 and tokens[index].low == "to" and tokens[index - 1].low in _MOVES:
        index -= 2  # "did not move to recognize Beijing": the first step not taken either
        if tokens[index].low == "no" and tokens[index - 1].low in _MAKING:
            return True  # "made no move to recognize the new state", "took no steps to open relations"
    while index > 1 and (tokens[index].low in _REFUSAL_ADVERBS or tokens[index].low.endswith("ly")
                         or tokens[index].text == "," and tokens[index - 1].low in _ASIDES and tokens[index - 2].text == ","):
        if tokens[index].low == "ever":
            return False
        index -= 3 if tokens[index].text == "," else 1  # "did not formally recognize", "did not yet sign", "did
        # not, however, open relations"
    if not (tokens[index].low in _PLAIN_DONT or tokens[index].low == "not" and tokens[index - 1].low in _PLAIN_DO):
        return False
    return " at any " not in " ".join(t.low for t in tokens[trigger.last : trigger.last + 14]) + " "


# verbs and words of knowing, saying or disputing that open an embedded question ("say who fired", "dispute who")
_ASKING_WHO = frozenset("say says said know knows knew unclear uncertain dispute disputes disputed ask asks asked tell tells "
                        "told show shows showed establish established determine determined wonder wondered over about "
                        "remember remembers recall recalls on".split())


def _asked_who(tokens, trigger: Trigger) -> bool:
    """Whether the act's subject is 'who' opening a question -- the sentence's first word ("Who ordered the troops into
    Kargil is still disputed") or after a verb of knowing, saying or disputing ("do not say who fired the first
    shot", "argue over who sent the troops"): the doer is asked about, no state's act told (not a relative 'who'
    after a noun: "the troops who crossed into India")."""
    for k in range(trigger.first - 1, (trigger.first - 4 if trigger.first > 4 else -1), -1):
        if tokens[k].low == "who":
            return k == 0 or tokens[k - 1].low in _ASKING_WHO
    return False


def _no_one_did(tokens, trigger: Trigger) -> bool:
    """Whether the negation is a subject opened by 'No' or 'Neither' ("No Arab state had recognized Israel", "No Syrian
    government has ever recognised the transfer", "Neither India nor Pakistan has signed the treaty"): how things stood,
    no one's refusal told (not "No Arab state would recognize": a refusal stated with 'would')."""
    start = next((k for k in range(trigger.first - 1, max(-1, trigger.first - 9), -1) if tokens[k].low in ("no", "neither")), None)
    if start is None or start and tokens[start - 1].low not in (",", ";", ":", "and", "but", "yet"):
        return False
    return not any(t.low in _NOT_YET_REFUSED for t in tokens[start + 1 : trigger.first])


_NOT_YET_REFUSED = frozenset("would will could can not never to".split())


def _inside_a_refusal(tokens, trigger: Trigger, earlier) -> bool:
    """An act in a further 'to' clause within the complement of a refusal told just before it, with no clause break
    between ("refused to let Portuguese troops cross its territory to retake them"; not the act refused itself, "refused
    to sign", which the refusal codes)."""
    if trigger.first < 2 or tokens[trigger.first - 1].low != "to":
        return False
    for t, _ in earlier:
        if t.entry["phrase"] == "refuse" and 2 < trigger.first - t.last <= 12 and tokens[t.last + 1].low == "to" \
                and not any(x.text in (",", ";", ":") or x.low in ("and", "but") for x in tokens[t.last + 1 : trigger.first]):
            return True
    return False


# staying away from a meeting: "stayed away from", "boycotted", "refused to attend", "did not attend"
_ABSENCE_CUES = frozenset("away absent boycott boycotts boycotted boycotting snubbed skipped attend attends attended attending "
                          "join joins joined joining part".split())
_ATTENDING = frozenset("attend attends attended attending join joins joined joining".split())
_NOT_ATTENDING = frozenset("refused refuses refusing declined declines declining not never".split())
_MEETING_STOPS = frozenset("from in at of on to for with by and or but while after before".split())


_PAPER_WORDS = frozenset("note notes letter letters message messages memorandum memorandums memoranda copy copies "
                         "cable cables telegram telegrams protest protests invitation invitations reply replies".split())


def _a_paper_went(tokens, trigger: Trigger) -> bool:
    """Whether "went to" (or "was sent on to") has a paper for its subject, named within a few words before it with no
    comma, "and" or other clause between: a note or a letter goes to a state, no one visits it."""
    for k in range(trigger.first - 1, max(-1, trigger.first - 8), -1):
        low = tokens[k].low
        if low in (",", ";", "and", "but", "who", "he", "she", "they", "it"):
            return False
        if low in _PAPER_WORDS:
            return True
    return False


_TERRAIN_WORDS = frozenset("pass mountain mount hill ridge peak volcano range heights plateau massif col".split())
_CLIMBING_WORDS = frozenset("reached reach reaches reaching climbed climb climbs climbing scaled scale scales scaling "
                            "ascended ascend ascends ascending conquered".split())


def _mountain_top(tokens, trigger: Trigger) -> bool:
    """"summit" as the top of a height: of a pass, a peak or a hill named after it ("the summit of the pass", "the
    summit of Mount Ararat"), or as what is climbed ("scaled the summit", "reached the summit of Everest")."""
    k = trigger.last + 1
    if k + 1 < len(tokens) and tokens[k].low == "of":
        k += 2 if tokens[k + 1].low in ("the", "a") else 1
        if k < len(tokens) and tokens[k].low in _TERRAIN_WORDS:
            return True
    k = trigger.first - 1
    if k >= 0 and tokens[k].low in ("the", "its", "their"):
        k -= 1
    if k >= 1 and tokens[k].low == "to":
        k -= 1  # "climbed to the summit"
    return k >= 0 and tokens[k].low in _CLIMBING_WORDS


def _meeting_stayed_away(tokens, trigger: Trigger) -> bool:
    """A meeting noun that the clause says someone kept away from: the object of "stay away from", "absent from",
    "boycotted", "skipped", or of "attend"/"join" after a refusal or a negation ("refused to attend the conference of the
    canal's users", "did not attend the summit"), with only its modifiers between (a name, "peace", a possessive)."""
    k = trigger.first - 1
    while k >= 0 and trigger.first - k <= 6 and tokens[k].low not in _ABSENCE_CUES and tokens[k].low not in _MEETING_STOPS \
            and (tokens[k].low[:1].isalnum() or tokens[k].low in ("'s", "'")):
        k -= 1  # over the meeting's modifiers: "the San Francisco peace", "the Commonwealth Prime Ministers'", "six-party"
    if k < 0:
        return False
    low = tokens[k].low
    if low == "from":
        return k >= 1 and tokens[k - 1].low in ("away", "absent")  # "stay away from the Paris conference"
    if low.startswith("boycott") or low in ("snubbed", "skipped"):
        return True  # "boycotted the summit"
    if low in _ATTENDING or low == "in" and k >= 2 and tokens[k - 1].low == "part":  # "refused to take part in the talks"
        words = [t.low for t in tokens[max(0, k - 4) : k]]
        return bool(_NOT_ATTENDING.intersection(words)) and not {",", ";", "and", "but"} & set(words)
    return False


_NAMED_STATES = frozenset("independence republic state government regime junta federation union".split())


_STATE_NOUNS = frozenset("state states country countries government governments nation nations power powers".split())
_BEING = frozenset("was were is are became".split())


def _one_of_the_states_that(tokens, that: int) -> bool:
    """'was among the governments that', 'was one of the countries that', 'was the first state that': 'that' after a
    noun for states that the subject is said to be (a form of "be" a few words before it)."""
    return that >= 2 and tokens[that - 1].low in _STATE_NOUNS \
        and not _BEING.isdisjoint(map(_LOW, tokens[(that - 7 if that > 7 else 0) : that - 1]))


def _describes_a_name(tokens, trigger: Trigger) -> bool:
    """A change of rule told inside a relative clause or a participle that says which state, regime or government a
    noun means: "the Sahrawi republic proclaimed by the Polisario Front", "the independence that King Amanullah
    proclaimed", "The new government in Baghdad, which overthrew General Qasim", "the officers who seized power"."""
    first = trigger.first
    if first >= 1 and trigger.last + 1 < len(tokens) and tokens[trigger.last + 1].low == "by" \
            and tokens[first].low.endswith("ed") and tokens[first - 1].low in _NAMED_STATES:
        return True  # a participle right after the noun it describes
    for k in range(first - 1, max(-1, first - 6), -1):
        low = tokens[k].low
        if tokens[k].text in (",", ";", ":", "(", ")") or low in ("and", "but"):
            return False
        if low in ("which", "who"):
            return k >= 1 and (tokens[k - 1].text == "," or tokens[k - 1].low.isalpha() and tokens[k - 1].low not in _VERB_BEFORE_WH)
        if low == "that":
            return k >= 1 and tokens[k - 1].low in _NAMED_STATES
    return False


def _dated_in_relative(tokens, parts, trigger: Trigger) -> bool:
    """Whether a change told in a relative clause gives its date and its state ("Ayub Khan, who seized power in Pakistan
    in October 1958, ..."): decision 6 makes it an event told in passing; "the officers who seized power" (no date),
    "the generals who deposed the president in March 1964 distrusted Havana" (no state of theirs) stay descriptions."""
    year = -1
    for k in range(trigger.last + 1, min(len(tokens), trigger.last + 9)):
        if tokens[k].text in (",", ";", ":", "(", ")"):
            break
        if _year(tokens[k]):
            year = k
            break
    if year < 0:
        return False
    for p in parts:
        if trigger.first - 6 <= p.first and (p.last < year or p.first == year + 2 and tokens[year + 1].low == "in"):
            return True
    return False


_VERB_BEFORE_WH = frozenset("asked know knew said says decide decided wondered explain explained see saw show showed".split())


_BODIES = frozenset("council councils parliament parliaments assembly assemblies legislature legislatures cabinet committee "
                    "congress party parties commission legislative".split())


def _body_dissolved(tokens, trigger: Trigger) -> bool:
    """'dissolve the council', 'dissolved the Legislative Council': a body, not a state, is dissolved; 'broke up Tibetan
    demonstrations', 'dissolved the Khmer-Chinese Friendship Association': a gathering or a society, not a state."""
    # the object only, up to six words: "the Khmer – Chinese Friendship Association", not ", and its republics held meetings"
    following = (t.low for t in tokens[trigger.last + 1 : trigger.last + 7])
    words = list(itertools.takewhile(lambda low: low not in _DISSOLVED_OBJECT_ENDS, following))
    return bool(words) and (words[0] in ("the", "its", "their", "a") and bool(_BODIES.intersection(words[1:4]))
                            or bool(_DISSOLVED_GATHERINGS.intersection(words)))


# where a verb's object ends: a stop, a new clause, a preposition ("was dissolved at a meeting in Prague": no object)
_DISSOLVED_OBJECT_ENDS = frozenset(", ; : . ( ) and but while which who after when at in on by from with for to during "
                                   "under into over within".split())


# what police break up and governments dissolve that is no state: crowds, protests, societies
_DISSOLVED_GATHERINGS = frozenset("demonstration demonstrations protest protests rally rallies crowd crowds riot riots march "
                                  "marches strike strikes meeting meetings association associations society societies club "
                                  "clubs".split())


# the subject nouns of a collapse or breakup that is no state's: "relations collapsed", "the talks broke up"
_TIES = frozenset("relations relationship ties talks negotiations truce ceasefire cease-fire alliance pact agreement "
                  "coalition friendship federation union".split())


def _ties_as_subject(tokens, start: int, first: int) -> bool:
    """Whether the clause before the verb opens with a noun of ties ('Relations between India and China collapsed')."""
    index = start
    while index < first and tokens[index].low in ("the", "a", "an", "their", "its", "diplomatic", "bilateral", "border"):
        index += 1
    return index < first and tokens[index].low in _TIES and tokens[index].text[:1].islower() | (index == start)


# nouns of acts, texts and efforts whose collapse or breakup ends no state: "the draft collapsed", "an offensive against
# UNITA collapsed" (not "union" or "federation", whose breakup is a state's)
_ACTS_ENDED = frozenset("relations relationship ties talks negotiations truce ceasefire cease-fire alliance pact agreement "
                        "coalition friendship draft drafts plan plans deal accord treaty offensive offensives attack attacks "
                        "campaign rising uprising revolt rebellion initiative effort efforts mission conference summit "
                        "scheme project economy currency market front defence defense resistance".split())
_AFTER_ACT_NOUN = frozenset("against of with between on over in into for by from".split())


def _an_act_collapsed(tokens, parts, start: int, first: int) -> bool:
    """Whether the subject right before a collapse or breakup is an act, a text or an effort: "the draft collapsed",
    "an Angolan offensive against UNITA collapsed", "the talks between Deng and Suslov in Moscow broke up" (the noun, or
    the noun and the phrases its prepositions open, up to the verb); a state named there with no preposition before it is
    the subject ("After the failure of the talks Yugoslavia broke up")."""
    if first - 1 < start:
        return False
    head = tokens[first - 1]
    if head.low in _ACTS_ENDED:
        return True
    if head.text.islower() and head.low.isalpha() and not head.low.endswith("ly"):
        return False  # "the Czechoslovak federation broke up": another noun is the subject
    firsts = {p.first for p in parts if start <= p.first < first}
    for k in range(first - 1, max(start, first - 12), -1):
        low = tokens[k].low
        if tokens[k].text in (",", ";", ":") or low in ("but", "which", "that", "who"):
            return False
        if k in firsts and tokens[k - 1].low not in _AFTER_ACT_NOUN and tokens[k - 1].low not in ("and", "the"):
            return False
        if low in _AFTER_ACT_NOUN:
            if tokens[k - 1].low in _ACTS_ENDED:
                return True
            if tokens[k - 1].text.islower() and tokens[k - 1].low.isalpha():
                return False  # "the federation of Czechoslovakia broke up": another noun heads the subject
    return False


_TIME_WORDS = frozenset("today yesterday tonight here".split())  # "signed a declaration today calling for ..."


_WHO_WORK = frozenset("workers worker agencies agency officials organisations organizations groups".split())


_SIDES = frozenset("sides factions camps parties forces".split())


def _third_sides(tokens, trigger: Trigger) -> bool:
    """'backed opposing sides', 'supported rival factions': the subjects act on others, not on each other."""
    after = trigger.last + 1  # the two words after the trigger, read in place (no list of them made per trigger)
    if tokens[trigger.first].low in ("opposing", "rival") and after < len(tokens) and tokens[after].low in _SIDES:
        return True  # the adjective of "opposing sides" is no act of opposing
    return after + 1 < len(tokens) and tokens[after].low in ("opposing", "rival", "opposite", "different") \
        and tokens[after + 1].low in _SIDES


def _warned_of_a_third(tokens, parts, trigger: Trigger) -> bool:
    """'warned Prime Minister Golda Meir that Syria was preparing for war': the news is of a state other than the one
    warned and the one warning, named as the subject after 'that'."""
    told = [p for p in parts if trigger.last < p.first <= trigger.last + 6]
    if not told:
        return False
    that = next((i for i in range(told[0].last + 1, min(len(tokens), told[0].last + 3)) if tokens[i].low == "that"), None)
    if that is None:
        return False
    subject = next((p for p in parts if that < p.first <= that + 3), None)
    before = [p for p in parts if p.last < trigger.first]
    return subject is not None and not set(subject.codes) & set(told[0].codes) \
        and not any(set(subject.codes) & set(p.codes) for p in before)


# participles that tell a text's terms after its signing ("signed a declaration ..., agreeing to separate their
# forces"); not "ending thirty years of war", an act the signing does
_TERMS_TOLD = frozenset("agreeing providing pledging promising undertaking committing guaranteeing allowing permitting "
                        "requiring calling setting".split())


def _content_of_a_text(tokens, trigger: Trigger, tell_under: bool = True) -> bool:
    """'a joint declaration ending the occupation', 'an agreement providing for ...': a participle right after the
    name of a text (the act's noun after a determiner or two) tells what the text provides."""
    for index in range(trigger.first, (trigger.first - 3 if trigger.first > 3 else 0), -1):
        if index < 1 or index > trigger.first:
            continue
        noun_at = index - 2 if index >= 2 and tokens[index - 1].low in _TIME_WORDS else index - 1
        if tokens[index].low.endswith("ing") and tokens[index].text.islower() and tokens[noun_at].low in _TEXT_NOUNS \
                and all(t.low in ("the", "a", "an", "its", "their") for t in tokens[index + 1 : trigger.first]):
            if index == trigger.first and tokens[noun_at].low in _MOTIONS \
                    and (not _PASSED_RESOLUTION.isdisjoint(t.low for t in tokens[max(0, noun_at - 3) : noun_at])
                         or _passed_motion(tokens, noun_at)) \
                    and "against" not in {t.low for t in tokens[max(0, noun_at - 3) : noun_at]}:
                # "the General Assembly passed a resolution condemning China", "the Lok Sabha passed a resolution
                # condemning Pakistan": the body's own act, by its vote (a vote against the resolution is none: what
                # it says is what the voter refused)
                return False
            return index == trigger.first or trigger.entry["form"] == "noun"
    first = trigger.first
    if first >= 1 and tokens[first].low in _TERMS_TOLD and tokens[first - 1].text == "," and any(
            t.low in _TEXT_NOUNS for t in tokens[max(0, first - 12) : first - 1]) and any(
            t.low in ("signed", "signs", "sign", "signing") for t in tokens[max(0, first - 14) : first - 1]):
        return True  # "signed a peace declaration in Brasília, agreeing to separate their forces": the text's terms
    return tell_under and _under_a_text(tokens, trigger)


# people named by what they work at: "aid workers", "trade officials"
# people who travel or meet on their own account, not for a state: a visit or a meeting by them is no state's act
_PRIVATE_TRAVELLERS = frozenset("cricketers footballers athletes sportsmen sportswomen players orchestra troupe musicians "
                                "tourists pilgrims climbers mountaineers trekkers backpackers fans".split())
# words that give a state a part in such a visit: "at Beijing's invitation", "invited by", "received by"
_STATE_HOSTING = frozenset("invitation invitations invited invite invites received hosted welcomed guests".split())
_SPORTS = frozenset("cricket football soccer hockey tennis rugby basketball volleyball chess olympic sports".split())


_RELIEF_KINDS = frozenset("rescue relief medical aid".split())
_RELIEF_BODIES = frozenset("team teams workers units brigade brigades squads".split())


def _relief_travellers(tokens, first: int) -> bool:
    """Whether the subject right before a verb of travel is a relief body ("rescue teams", "medical brigades", "relief
    workers") or "rescuers": relief sent to the place they go, not a visit."""
    for index in range(first - 1, max(-1, first - 5), -1):
        low = tokens[index].low
        if low == "rescuers" or low in _RELIEF_BODIES and index > 0 and tokens[index - 1].low in _RELIEF_KINDS:
            return True
        if not low.isalpha() or low in ("and", "the", "who", "which") or tokens[index].text[:1].isupper():
            return False
    return False


def _private_visitors(tokens, start: int, first: int) -> bool:
    """Whether the subject before a visit or meeting (from the clause start) is people on their own account: tourists,
    pilgrims, athletes, or a team or squad of a sport ('the Pakistani cricket team'); not 'a team of negotiators'."""
    for index in range(start, first):
        low = tokens[index].low
        if low in _PRIVATE_TRAVELLERS:
            return True
        if low in ("team", "teams", "squad", "squads") and index > start and tokens[index - 1].low in _SPORTS:
            return True
    return False


_PEOPLE_NOUNS = frozenset("worker workers expert experts official officials agency agencies staff personnel volunteers "
                          "convoy convoys".split())
_COPULA = frozenset("was were is are been".split())
# verbs that harm or test a standing tie named as their object: "strained the alliance"
_HARMING = frozenset("strained strains strain damaged damages soured sours weakened weakens tested tests undermined "
                     "undermines hurt hurts".split())
# words after a pact named at a sentence's opening that tell it was made then ("The treaty was signed", "The treaty of 1921")
_MADE_AFTER = frozenset("was were is are of between with signed concluded ratified , ( – — - that which".split())


# nouns that name the making or mending of a tie, an act at its date, not the standing tie named again
_MAKING_NOUNS = frozenset("normalization normalisation restoration resumption establishment re-establishment "
                          "reestablishment".split())


# things that display words, as a verb's subject: what they "demand" or "denounce" is a slogan shown, no act
_DISPLAYS = frozenset("billboard billboards poster posters banner banners placard placards graffiti mural murals "
                      "hoarding hoardings".split())


def _displayed(tokens, trigger: Trigger, start: int) -> bool:
    """Whether the verb's subject, up to six words before it in its clause, is a thing that displays words ("Billboards
    across Iran demanded", "Banners in the square denounced"), with no comma between (fer1)."""
    for index in range(trigger.first - 1, max(start - 1, trigger.first - 7), -1):
        low = tokens[index].low
        if low in _DISPLAYS:
            return True
        if low in (",", ";", ":", "and", "but", "that", "which", "who"):
            return False
    return False


# units of an amount given as a rate: "two billion dollars a year", "50,000 tons per month"
_AMOUNT_UNITS = frozenset("dollars pounds francs rubles roubles yen marks tons tonnes barrels million billion".split())
_PERIODS = frozenset("year month week day".split())


def _flow_per_period(tokens, trigger: Trigger) -> bool:
    """Whether aid or trade named as a noun is told as an amount per period within eight words of it ("received
    about 1.3 billion dollars a year in American aid"): a flow over the years, no one act (fer1). (Not a verb's act:
    "began to supply Pakistan with 50,000 barrels of oil a day", "agreed to raise trade to a billion dollars a year"
    start or set a flow.)"""
    for index in range(max(1, trigger.first - 8), min(len(tokens) - 1, trigger.last + 9)):
        if tokens[index].low in ("a", "per", "each") and tokens[index + 1].low in _PERIODS \
                and not _AMOUNT_UNITS.isdisjoint(map(_LOW, tokens[max(0, index - 3) : index])):
            return True
    return False


_NAMING = frozenset("known called named".split())


def _known_as(tokens, trigger: Trigger) -> bool:
    """Whether the noun act is the subject of "is known as", "was called", "is named" within its own phrase ("The 1975
    treaty between Peru and Chile is known as the Lima Accord"), or is the name given ("... is known as the Treaty of
    Lima"): the sentence gives the act's name (fer1)."""
    before = trigger.first - 1 if trigger.first >= 1 and tokens[trigger.first - 1].low == "the" else trigger.first
    if before >= 2 and (tokens[before - 1].low == "as" and tokens[before - 2].low == "known"
                        or tokens[before - 1].low in ("called", "named") and tokens[before - 2].low in ("is", "was", "are", "were")):
        return True
    for index in range(trigger.last + 1, min(len(tokens) - 2, trigger.last + 10)):
        low = tokens[index].low
        if low in ("is", "was", "are", "were"):
            return tokens[index + 1].low in _NAMING and (tokens[index + 1].low != "known" or tokens[index + 2].low == "as")
        if low in (",", ";", ":", "(", "which", "that", "who"):
            return False
    return False


def _named_again(tokens, trigger: Trigger) -> bool:
    """A pact or alliance named with "the" and nothing of its own, as the subject that opens the sentence (with no word
    that it was made then) or as the object of a verb that harms it: a standing tie named again, no new act."""
    if trigger.entry["cameo"][:2] not in ("03", "05", "06") or trigger.first < 1 or tokens[trigger.first - 1].low != "the":
        return False
    if tokens[trigger.first].low in _MAKING_NOUNS:
        return False  # "The normalisation of Sino-Vietnamese relations in November 1991 ended ...": the making of a tie
    if trigger.first == 1:
        after = tokens[trigger.last + 1].low if trigger.last + 1 < len(tokens) else ""
        return bool(after) and after not in _MADE_AFTER and not tokens[trigger.last + 1].text[:1].isupper() \
            and not tokens[trigger.last + 1].low.endswith("ed")
    return trigger.first >= 2 and tokens[trigger.first - 2].low in _HARMING


_BREAKAWAY = frozenset("breakaway separatist secessionist rebel renegade".split())
_PARTS_OF_A_STATE = frozenset("region regions republic republics province provinces territory territories enclave enclaves "
                              "areas".split())  # (not "the secessionist Biafran state": Biafra itself is recognized)
# nouns that a pact's name qualifies as a standing or a thing it holds: "a treaty ally", "the accord's provisions"
_STANDING_AFTER = frozenset("ally allies partner partners obligation obligations commitment commitments provision provisions "
                            "terms clause clauses signatory signatories".split())


def _described_in_relative(tokens, trigger: Trigger) -> bool:
    """A noun after a copula in a relative clause that describes what was named before (", of which Britain was a
    founding member", ", whose ally it was"): a standing, told as background."""
    if trigger.entry["form"] != "noun":
        return False
    for k in range(trigger.first - 1, (trigger.first - 9 if trigger.first > 9 else 0), -1):
        if tokens[k].text in (",", ";", ":", "(", ")"):
            return False
        if tokens[k].low in ("which", "whose"):
            opened = k - 1 if tokens[k - 1].text == "," else k - 2 if k >= 2 and tokens[k - 1].low == "of" and tokens[k - 2].text == "," else None
            return opened is not None and any(t.low in _COPULA for t in tokens[k + 1 : trigger.first])
    return False


def _under_a_text(tokens, trigger: Trigger) -> bool:
    """'an agreement, under which China lends Burma 84 million dollars', 'an agreement that legalizes trade': what a
    text provides, told in the clause that hangs on its name, is no act of its own."""
    for k in range(trigger.first - 1, (trigger.first - 12 if trigger.first > 12 else 0), -1):
        word = tokens[k].low
        if word in (";", ".", ":") or tokens[k].text in ("(", ")"):
            return False
        if word == "whereby" or word == "which" and k >= 2 and tokens[k - 1].low in ("under", "by"):
            # the text named just before, or before the partner it was made with ("an agreement with Burma under which")
            noun = k - 1 if word == "whereby" else k - 2
            return any(tokens[i].low in _TEXT_NOUNS for i in range(max(0, noun - 4), noun + 1))
        if word in ("that", "which") and k >= 1 and tokens[k - 1].low in _TEXT_NOUNS:
            # the text itself is the subject: the clause opens with the verb
            return k + 1 < len(tokens) and tokens[k + 1].text.islower() and all(t.text.islower() for t in tokens[k + 1 : trigger.first + 1])
        if word == "which" and k + 2 < len(tokens) and tokens[k + 1].low in _PROVIDING and tokens[k + 2].low == "for" \
                and tokens[k - 1].text == "," and any(t.low in _TEXT_NOUNS for t in tokens[max(0, k - 6) : k - 1]):
            return True  # "signed the Jeddah Agreement, which provided for a ceasefire and the end of Saudi aid": its terms
    return False


_PROVIDING = frozenset("provided provides provide".split())
_LOW = operator.itemgetter(1)  # Token.low, read in C
_PART_FIRST = operator.attrgetter("first")  # Participant.first, read in C
_PART_LAST = operator.attrgetter("last")
_MENTION_SPAN = operator.attrgetter("start", "end")  # (Mention.start, Mention.end), read in C
_CODES = operator.attrgetter("codes")  # Participant.codes
_KIND = operator.attrgetter("mention.kind")  # a Participant's Mention.kind
_VIA = operator.attrgetter("mention.via")  # a Participant's Mention.via
_TEXT = operator.itemgetter(0)  # Token.text
_READER_VERBS = frozenset("learn explain discover understand describe see find read know".split())


def addresses_the_reader(tokens) -> bool:
    """'you will learn why', 'you should be able to explain how': a sentence that tells the reader what to learn; so too
    a task set by an imperative opening it ("4. Compare China's response to the Suez war with ...", "- Explain why")."""
    opener = next((t for t in tokens[:3] if t.text[:1].isalpha()), None)
    if opener is not None and (opener.text in _READER_TASKS or opener.text.capitalize() in _READER_TASKS
                               and tokens[0].text in _BULLETS):
        return True  # (in lower case after a bullet: "- describe the quarrel over the falls;", a learning objective)
    if "you" not in map(_LOW, tokens):
        return False  # the words tested in C first: nearly every sentence has no "you"
    for index, token in enumerate(tokens):
        if token.low == "you" and any(t.low in _READER_VERBS for t in tokens[index + 1 : index + 6]):
            return True
    return False


_BULLETS = frozenset("- * • – —".split())
# imperatives that set the reader a task, opening a review question or an exercise (or a page's "Ask the community.")
_READER_TASKS = frozenset("Compare Contrast Explain Discuss Describe Assess Evaluate Outline Summarise Summarize Identify "
                          "Analyse Analyze Ask".split())


# a word right before a one-word verb trigger that makes it a noun: "Taiwan's foreign trade", "its help"
NOUN_MARKERS = frozenset("foreign its their his her".split())
_NO_COMMENT = frozenset("comment speculate elaborate confirm disclose".split())
_SUSPECTING = frozenset("suspecting suspected suspect suspects fearing feared alleging alleged".split())
# after such a noun, a preposition naming its object keeps it an act: "France's support for Morocco"
_OBJECT_PREPOSITIONS = frozenset("for to of against with from".split())
_MODALS = frozenset("would could might".split())
_INDEFINITE = frozenset(("a", "an"))
_NUMBERS = frozenset("one two three four five six seven eight nine ten twelve fifteen twenty thirty forty-eight".split())


_ENDING = frozenset("ended ceased stopped halted".split())
_APART_WORDS = frozenset(("both", "each"))  # "India and Pakistan both tested ...": acts side by side (dyads.each_apart)
_CLAUSE_WORDS = frozenset("which that who when after before until while and but because ; :".split())


_REFUSING = frozenset("refused refuses declined declines failed fails".split())


def _subject_of_refusal(tokens, parts, trigger: Trigger, pair) -> bool:
    """"the Soviet Union attended the conference but refused to sign": the act's doer is the subject of the verb of
    refusal before "to", a state named in its part of the sentence that is not of the pair; not the pair in focus."""
    if trigger.first < 2 or tokens[trigger.first - 1].low != "to" or tokens[trigger.first - 2].low not in _REFUSING:
        return False
    opened = max((i for i in range(trigger.first) if tokens[i].text == ";"), default=-1)
    return any(opened < p.first and p.last < trigger.first and not set(p.codes) & set(pair) for p in parts)


_NOTES = frozenset("note notes letter letters message messages memorandum ultimatum".split())


def _note_roles(tokens, parts, trigger: Trigger, pair) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Sender and addressee of what a note asks ("a note demanding that Japan withdraw"): the state after "that";
    the subject of the sentence that sent it (not a state the note was handed to), else the other of the pair."""
    if trigger.last + 2 >= len(tokens) or tokens[trigger.last + 1].low != "that":
        return None
    told = next((p for p in parts if p.first in (trigger.last + 2, trigger.last + 3)), None)
    if told is None:
        return None
    sender = next((p for p in parts if p.last < trigger.first - 1 and not set(p.codes) & set(told.codes)
                   and not _governed_anywhere(tokens, p) and not _object_of_verb(tokens, p)), None)
    if sender is not None:
        return sender.codes[:1], told.codes[:1]
    if pair and told.codes[0] in pair:
        return tuple(code for code in pair if code != told.codes[0])[:1], told.codes[:1]
    return None


# leaving a body told with a noun for it ("withdrew from the pact", "left the alliance", "quit the organization")
_LEAVING = frozenset("leave leaves left leaving withdraw withdraws withdrew withdrawn withdrawing quit quits quitting".split())
_BODY_NOUNS = frozenset("pact alliance organization organisation bloc treaty".split())
# a body's name that fits each noun: an alliance for "pact", "alliance", "bloc", "treaty"; any body for "organization"
_ALLIANCE_NAME = re.compile(r"Pact|Treaty|Alliance|Bloc|Entente|Axis|COMECON|Comecon|ANZUS|[A-Z]{2,}TO\b")
# how far back, in sentences, the body may have been named
BODY_REACH = 6


def _left_noun(tokens, index: int) -> bool:
    """Whether "the pact", "the alliance", "the organization" stands at ``index`` as the object of a verb of leaving
    ("left the alliance", "withdrew from the pact", "pulled out of the bloc"), with no partner after it ("the pact
    with Egypt" names another state)."""
    if index < 2 or index >= len(tokens) or tokens[index].low not in _BODY_NOUNS or tokens[index - 1].low != "the":
        return False
    if index + 1 < len(tokens) and tokens[index + 1].low in ("with", "of", "between"):
        return False
    before = tokens[index - 2].low
    if before in ("from", "of"):
        before = tokens[index - 3].low if index >= 3 else ""
        if before == "out" and index >= 4:
            before = tokens[index - 4].low
    return before in _LEAVING or before in ("pulled", "pull", "pulls", "pulling")


_OF_WAR = frozenset("prisoner prisoners".split())  # "prisoners of war": a status, no war
_PACT_NOUNS = frozenset("pact alliance bloc".split())
_RENAMING = frozenset("renamed rename renames renaming".split())
# what a body in being does after "the pact": it moves its seat
_MOVED_SEAT = frozenset("moved moves".split())


def _pact_named_again(tokens, index: int) -> bool:
    """Whether 'the pact' (or 'the alliance', 'the bloc') at ``index`` names an alliance in being again: the bare noun
    after 'the', as the object of a verb of leaving or renaming ("left the pact", "renamed the alliance") or as the
    subject of its move ("the pact moved its headquarters to Ankara"); never "the pact with Egypt", "the pact of 1955"."""
    if index < 1 or tokens[index - 1].low != "the":
        return False
    after = tokens[index + 1].low if index + 1 < len(tokens) else ""
    if after in ("with", "of", "between", "among", "signed", "was", "is"):
        return False
    if _left_noun(tokens, index) or index >= 2 and tokens[index - 2].low in _RENAMING:
        return True
    return after in _MOVED_SEAT or after == "," and index + 3 < len(tokens) and tokens[index + 2].low == "which" \
        and tokens[index + 3].low in _MOVED_SEAT


_ALLIANCE_NOUNS = frozenset("alliance alliances bloc blocs pact".split())
# between "in" and the noun of an alliance a state sits in: determiners, numbers and the words that say whose or
# what kind ("in a Western alliance", "inside two military blocs", "in an American-led alliance")
_IN_BODY = frozenset("in inside within".split())
_BEFORE_BODY_NOUN = frozenset("a an the two three both its their his her this that either neither rival military defence "
                              "defense formal western eastern northern southern regional opposing".split())
# what "the alliance was" goes on with when it is made ("was signed", "was sealed by", "was concluded"): a participle
_NOT_MADE_AFTER_WAS = frozenset("already still by then no not long never only history dead unpopular popular weak "
                                "strong over finished hollow nominal a an".split())
# nouns of making before "of the alliance" ("the signing of the alliance" tells it made),
# or of its end ("the end of the alliance", "the break-up of the bloc"): an act on the alliance, told
_MAKING_OF = frozenset("signing conclusion formation renewal creation founding birth extension making end dissolution "
                       "collapse break-up breakup".split())


def _alliance_in_being(tokens, index: int) -> bool:
    """Whether an alliance's noun at ``index`` names one that stands, with no act of making it: the body a state sits
    in ("Norway sat in a Western alliance", "still inside two military blocs"; never "the pact" a state is in), the
    bare noun after 'the' as a thing spoken of ("the heart of the alliance", "the alliance was by then a dead letter",
    "the alliance, an empty shell by then, was dissolved"), never "the alliance was signed", "the signing of the pact"."""
    low = tokens[index].low
    if low != "pact":
        j = index - 1
        while j >= 0 and index - j <= 4 and (tokens[j].low in _BEFORE_BODY_NOUN or "-" in tokens[j].text
                                             or tokens[j].text[:1].isupper() and j > 0):
            j -= 1
        if j >= 0 and j < index - 1 and tokens[j].low in _IN_BODY:
            return True
    if index < 1 or tokens[index - 1].low != "the":
        return False
    after = tokens[index + 1].low if index + 1 < len(tokens) else ""
    if index >= 3 and tokens[index - 2].low == "of" and tokens[index - 3].low not in _MAKING_OF and after not in ("of", "with", "between"):
        return True  # "the face of the alliance"
    if index + 2 < len(tokens) and after in ("was", "is") and tokens[index + 2].low in _NOT_MADE_AFTER_WAS:
        return True  # "the alliance was by then a dead letter", "the pact was unpopular"
    if after == "," and index + 2 < len(tokens) and tokens[index + 2].low in ("long", "by", "already", "then", "now"):
        return True  # "the alliance, long an empty shell, was wound up"
    return False


def _object_start(tokens, index: int) -> int:
    """The index of the noun after a verb of leaving: past "from the", "out of the", "the"."""
    while index < len(tokens) and tokens[index].low in ("from", "out", "of", "the"):
        index += 1
    return index


def _body_left_before(context, tokens, parts) -> str | None:
    """The body a sentence that names none leaves with a noun ("the pact"): the one the text named last, a few
    sentences back at most, of the kind the noun says (an alliance's name for "pact", "alliance", "bloc", "treaty")."""
    if context is None or context.last_body is None or any(p.mention.kind == "organization" for p in parts):
        return None
    code, name, sentence = context.last_body
    if context.sentence - sentence > BODY_REACH:
        return None
    nouns = {t.low for t in tokens if t.low in _BODY_NOUNS}
    if nouns - {"organization", "organisation"} and not _ALLIANCE_NAME.search(name):
        return None
    return code


# what a letter may do: state, appeal, offer or propose, praise, demand, blame, reject, threaten
_WRITTEN_ROOTS = frozenset(("01", "02", "03", "05", "10", "11", "12", "13"))
_LETTER_NOUNS = frozenset("letter letters message messages note notes cable cables telegram telegrams memorandum".split())
# words before a letter's noun: "a personal letter", "his secret message", "In an open letter to"
_LETTER_OPENERS = frozenset("a an the his her its their personal secret private open long formal handwritten".split())
# words between a letter's addressee and the verb or the comma: its date ("in March 1959", "of 3 May", "dated 3 May")
_LETTER_DATE_WORDS = frozenset("in on of dated early late mid".split())


def _note_verbale_roles(tokens, parts, trigger: Trigger) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A note verbale's act: "The Ministry of Foreign Affairs of Chile presents its compliments to the Embassy of Peru
    and has the honour to protest ...": the state before "presents its compliments to" does what follows "has the
    honour to", to the state of the mission or ministry it addresses. None for any other form."""
    if tokens[trigger.first - 1].low != "to" or tokens[trigger.first - 3].low != "the":
        return None
    compliments = next((i for i in range(trigger.first - 3) if tokens[i].low == "compliments" and tokens[i + 1].low == "to"), None)
    if compliments is None:
        return None
    senders = [p for p in parts if p.last < compliments and p.codes]
    if not senders:
        return None
    sender = senders[-1].codes[:1]
    addressees = [p for p in parts if compliments < p.first < trigger.first and p.codes and p.codes[0] not in sender]
    return (sender, addressees[-1].codes[:1]) if addressees else None


def _letter_roles(tokens, parts, trigger: Trigger, clause, roles) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The sender and the addressee of what a letter told as a noun phrase does: "a letter from Nasser to Nehru proposed
    a meeting" (the letter is the subject: its sender to its addressee), "In a letter to Tito, Nehru urged restraint"
    (fronted: the subject to the addressee, when the verb names no state of its own as object). None otherwise."""
    start, first = clause[0], trigger.first
    index = first - 1
    while index > start and (tokens[index].text[:1].isupper() or tokens[index].text[:1].isdigit()
                             or tokens[index].low in _LETTER_DATE_WORDS or tokens[index].low == ","):
        index -= 1  # back over the addressee's name and the letter's date
    addressee = next((p for p in parts if index < p.first and p.last < first and tokens[p.first - 1].low == "to"), None)
    if addressee is not None:
        # "a letter from Nasser to Nehru proposed": the noun phrase is the verb's subject
        to = addressee.first - 1
        sender = next((p for p in parts if p.last < to and p.first >= 2 and tokens[p.first - 1].low == "from"
                       and tokens[p.first - 2].low in _LETTER_NOUNS and all(t.text[:1].isupper() for t in tokens[p.first : to])), None)
        if sender is not None and _letter_opens(tokens, sender.first - 2, start) and not set(sender.codes) & set(addressee.codes) \
                and not any(t.low == "," for t in tokens[addressee.last + 1 : first]):
            return sender.codes[:1], addressee.codes[:1]
    if roles is not None and roles[1] or start >= first:
        return None
    # "In a letter to Tito in 1955, Nehru urged ...": the fronted phrase opens the clause, the subject follows its comma
    at = start + 1 if tokens[start].low == "in" else start + 2 if start + 1 < first and tokens[start + 1].low == "in" else -1
    if at < 0:
        return None
    while at < first and tokens[at].low in _LETTER_OPENERS:
        at += 1
    if at + 2 >= first or tokens[at].low not in _LETTER_NOUNS or tokens[at + 1].low != "to":
        return None
    addressee = next((p for p in parts if p.first == at + 2), None)
    comma = next((i for i in range(at + 2, first) if tokens[i].low == ","), None)
    if addressee is None or comma is None:
        return None
    writer = next((p for p in parts if comma < p.first and p.last < first), None)
    sources = roles[0] if roles is not None and roles[0] else writer.codes[:1] if writer is not None else ()
    if not sources or set(sources) & set(addressee.codes):
        return None
    return tuple(sources), addressee.codes[:1]


def _letter_opens(tokens, noun: int, start: int) -> bool:
    """Whether the letter's noun at ``noun`` opens its clause as the subject: only its determiner and adjectives before
    it, after the clause's start or an opening date ("In March 1959 a letter from ...")."""
    index = noun - 1
    while index >= start and tokens[index].low in _LETTER_OPENERS:
        index -= 1
    return index < start or tokens[index].low == "," or tokens[index].text[:1].isdigit()


# (not a note: "Chamberlain and Hitler also sign a note declaring the desire of their peoples": a joint declaration)
_LETTERS = frozenset("letter letters message messages petition petitions protest protests appeal appeals ultimatum".split())


def _letter_after(tokens, last: int) -> bool:
    """Whether a letter, a note or a protest is what was signed ("signed a letter", "signed a joint protest note")."""
    index = last + 1
    while index < len(tokens) and index <= last + 3 and tokens[index].low in ("a", "an", "the", "joint", "open", "personal",
                                                                              "secret", "formal", "diplomatic", "protest"):
        if tokens[index].low == "protest" and (index + 1 >= len(tokens) or tokens[index + 1].low not in _LETTERS):
            break
        index += 1
    return index < len(tokens) and tokens[index].low in _LETTERS


_BANS = frozenset("embargo embargoes ban bans boycott boycotts sanctions restrictions curbs blockade moratorium".split())


def _object_of_a_ban(tokens, trigger: Trigger) -> bool:
    """Trade or aid named as what a ban stops: "on", "of" or "against" right after the ban's noun, with at most one
    word between it and the trigger ("an embargo on grain exports to")."""
    index = trigger.first - 1
    if index >= 1 and tokens[index].low not in _ON_OF:
        index -= 1
    return index >= 1 and tokens[index].low in _ON_OF and tokens[index - 1].low in _BANS


_ON_OF = frozenset(("on", "of", "against"))


def _denounced_others(tokens, trigger: Trigger) -> bool:
    """'Beijing denounced the Indo-Soviet treaty': a treaty of others condemned, not one's own renounced ('denounced
    its non-aggression pact with Japan')."""
    window = tokens[max(0, trigger.first - 4) : trigger.first]
    at = next((i for i in range(len(window) - 1, -1, -1) if window[i].low.startswith("denounc")), None)
    return at is not None and not any(t.low in ("its", "their", "his", "her", "our") for t in window[at + 1 :])


def _ended_after(tokens, trigger_last: int) -> bool:
    """Whether the verb after a noun of aid or trade, past an aside between commas, says it ended."""
    for token in tokens[trigger_last + 1 : trigger_last + 13]:
        if token.low in _ENDING:
            return True
        if token.low in _CLAUSE_WORDS:
            return False
    return False


_REMEMBERING = frozenset("remember remembers remembered remembering commemorate commemorates commemorated commemorating "
                         "anniversary anniversaries memorial memorials memory mourn mourns mourned".split())
_CELEBRATING = frozenset("celebrate celebrates celebrated celebrating".split())
_ANNIVERSARIES = frozenset("anniversary anniversaries centenary centennial jubilee".split())
# a day kept: "Bangladesh celebrates Victory Day, the day in 1971 when ...", "marks 30 April as the day in 1975 when ..."
_KEEPING = _CELEBRATING | frozenset("mark marks marked observe observes observed keep keeps kept".split())


_ASKING_WORDS = frozenset("ask asks asked asking".split())
_QUESTIONS = frozenset("question questions".split())
_HAILED = frozenset("received welcomed greeted cheered".split())
_CROWDS = frozenset("crowd crowds people thousands throngs students residents citizens townspeople villagers onlookers "
                    "well-wishers".split())


def _hailed_by_crowds(tokens, trigger: Trigger) -> bool:
    """Whether a passive welcome's agent is the public: "was received in Warsaw by large crowds", "greeted by
    cheering students" (not "received by Gomulka")."""
    for index in range(trigger.last + 1, min(len(tokens), trigger.last + 6)):
        if tokens[index].low == "by":
            for word in tokens[index + 1 : index + 4]:
                if word.low in _CROWDS:
                    return True
                if word.text[:1].isupper() or word.text in ",;.":
                    return False
            return False
    return False


_SPANS_SINCE = frozenset("years decades months year decade".split())


def _remembered(tokens, trigger: Trigger, parts) -> bool:
    """An act named as what a day, a rite or a monument remembers ("to remember the Pakistani surrender", "the
    anniversary of the invasion"), or a celebration of a named day ("India celebrates Vijay Diwas"): no act now."""
    if tokens[trigger.first].low in _CELEBRATING:
        after = trigger.last + 1
        if after < len(tokens) and tokens[after].low == "the":
            after += 1
        if not _ANNIVERSARIES.isdisjoint(map(_LOW, tokens[after : after + 3])):
            return True  # "Pakistan celebrates the anniversary of its friendship with China": a date kept, no praise now
        return after < len(tokens) and tokens[after].text[:1].isupper() and not any(p.first == after for p in parts)
    before = [t.low for t in tokens[(trigger.first - 12 if trigger.first > 12 else 0) : trigger.first]]
    if "when" in before[-8:] and "day" in before and not _KEEPING.isdisjoint(t.low for t in tokens[: trigger.first]):
        return True  # "celebrates Victory Day, the day in 1971 when Pakistan's eastern command laid down its arms"
    for index in range(trigger.first - 1, max(-1, trigger.first - 7), -1):
        if tokens[index].text in ",;:":
            return False
        if tokens[index].low in _REMEMBERING:
            return True
        if tokens[index].low == "since" and index >= 2 and tokens[index - 1].low in _SPANS_SINCE \
                and not _KEEPING.isdisjoint(t.low for t in tokens[max(0, index - 5) : index - 1]):
            return True  # "marked twenty years since the accords of New York": an anniversary kept, no accord now
    return False


_BEFORE_TRAVEL = frozenset("on of for and air free visa-free ban bans banned barred restricted curbed".split())  # "travel" as a noun after these
_MOVERS = frozenset("refugee refugees emigrant emigrants migrant migrants immigrant immigrants asylum-seekers evacuees "
                    "tourists pilgrims origin descent".split()) | _PRIVATE_TRAVELLERS  # (tune25: "people of Indian origin
# left Burma"; "Indian cricket fans crossed into Pakistan")
_MULTITUDES = frozenset("million millions thousand thousands hundred hundreds".split())
_BEFORE_VERB = frozenset("had have has also then later soon".split())


def _people_moving(tokens, trigger: Trigger, clause_start: int) -> bool:
    """The verb's subject is people on the move, no state: refugees, migrants ("Afghan refugees poured into Pakistan"),
    or a count of a people ("About 1.2 million Cubans left the island", "Thousands of East Germans fled")."""
    k = trigger.first - 1
    while k > clause_start and (tokens[k].low in _BEFORE_VERB or tokens[k].low.endswith("ly")):
        k -= 1
    if k < clause_start or k < 0:
        return False
    word = tokens[k]
    if not _MOVERS.isdisjoint(map(_LOW, tokens[(k - 5 if k - 5 > clause_start else clause_start) : k + 1])):
        return True  # (and "refugees from East Pakistan crossed into India")
    return trigger.entry["cameo"][:2] not in ("15", "18", "19", "20") and word.text[:1].isupper() and word.low.endswith("s") \
        and any(t.low in _MULTITUDES or "," in t.text and t.text[:1].isdigit()
                for t in tokens[(k - 4 if k - 4 > clause_start else clause_start) : k])  # ("five thousand Americans
    # landed", "about 125,000 Cubans had left": a count written in figures with a comma, never a year)


_ARMED_NOUNS = frozenset("intervention interventions attack attacks forces clash clashes conflict conflicts struggle "
                         "resistance incursion incursions incident incidents aggression uprising rebellion men groups bands".split())
_TELLING = frozenset("told informed notified warned assured advised".split())
_TOLD_MODALS = frozenset("would will could might may should shall".split())
_TOLD_CONDITIONS = frozenset("if unless until once when".split())


# what an envoy says to the government of the state where he serves: appeals, demands, protests, rejections, threats
_SAID_TO_HOSTS = frozenset({"02", "10", "11", "12", "13"})
_POSTED = frozenset("ambassador envoy minister chargé charge consul embassy legation".split())


def _envoy_host(tokens, parts, start: int, first: int, sources) -> tuple[str, ...]:
    """The state whose capital an envoy of the subject is posted in ("the Soviet ambassador in Washington"), else ()."""
    for p in parts:
        if start + 2 <= p.first and p.last < first and p.mention.via == "capital" and tokens[p.first - 1].low == "in" \
                and tokens[p.first - 2].low in _POSTED and not set(p.codes) & set(sources):
            return p.codes[:1]
    return ()


def _addressee_told(tokens, parts, first: int, sources, threat: bool = False) -> str | None:
    """The state told, right after "told", "informed", "notified" (and "the"), that an act follows: "informed Albania
    that it was ending all aid" (the act itself names no one); with ``threat``, also an act told with a modal (the
    threat is made to the state told)."""
    for index in range(first - 1, 0, -1):
        if tokens[index].low != "that":
            continue
        if threat and any(t.low in _TOLD_CONDITIONS for t in tokens[index + 1 : first]):
            return None  # "told India that China would intervene if American troops crossed": the condition, no threat
        if not threat and any(t.low in _TOLD_MODALS for t in tokens[index + 1 : first]):
            return None  # "warned Greece that it would send its survey ship under naval escort": a threat, no act yet
        for participant in parts:
            if participant.last < index and participant.last >= index - 4 and participant.first >= 1 \
                    and (tokens[participant.first - 1].low in _TELLING or participant.first >= 2
                         and tokens[participant.first - 1].low == "the" and tokens[participant.first - 2].low in _TELLING) \
                    and participant.codes[0] not in sources:
                if threat and not any(p.last < participant.first - 1 and set(p.codes) & set(sources) for p in parts):
                    return None  # "told Nixon that Israeli forces would attack": a warning of a third state's blow
                return participant.codes[0]
        return None
    return None


def _possessive(tokens, index: int) -> bool:
    """'Pakistan's' (its lowered form drops the ending)."""
    return index >= 0 and tokens[index].text.endswith(("'s", "’s"))


def _the_name_before(tokens, first: int) -> bool:
    """'the Indus Waters Treaty': two to four capitalized words between 'the' and the noun at ``first``."""
    index = first - 1
    while index >= 0 and first - index <= 4 and tokens[index].text[:1].isupper() and tokens[index].text.isalpha() \
            and tokens[index].low != "the":
        index -= 1
    return first - index >= 3 and index >= 0 and tokens[index].low == "the"


_CREDITED = frozenset("credited attributed ascribed owed traced".split())  # "is generally credited to": a judgement
_DEGREE_ADVERBS = frozenset("less more often seldom rarely still now also much far sometimes widely".split())


def _lasting_after(tokens, trigger_last: int, terms: bool = False, growth: bool = False, lapsing: bool = False) -> bool:
    """Whether the noun's phrase ('of friendship of 1971', 'between India and the Soviet Union') is followed by a verb
    of lasting ('remained'); with ``terms``, a treaty's noun also by a verb of what it laid down ('the trade
    agreement of 1960 set the price of sugar'): its terms, told after the signing, are no act; with ``lapsing``, only
    by a verb of running out ('the trade treaty of 1960 lapsed')."""
    index, previous = trigger_last + 1, tokens[trigger_last].low  # ("war between": the names after it are its own)
    while index < len(tokens) and index <= trigger_last + 10:
        token = tokens[index]
        if lapsing:
            if token.low in _LAPSING or token.low in ("ran", "runs", "run") and index + 1 < len(tokens) and tokens[index + 1].low == "out":
                return True  # (and "the trade treaty ran out in 1970")
        elif token.low in _LASTING or terms and token.low in _TERMS or token.low in _AMOUNTING or growth and token.low in _GROWING \
                or token.low in ("came", "comes") and _sum_verb(tokens, index) \
                or token.low == "made" and index + 1 < len(tokens) and tokens[index + 1].low == "up":
            return True  # (and "China's aid to Vietnam amounted to billions of dollars": a sum, no act)
        if token.low in ("was", "were") and index + 1 < len(tokens) and tokens[index + 1].low in _VALUED:
            return True  # "Soviet aid to Cuba was estimated at several billion dollars a year": a sum, no act
        if token.low in ("has", "have") and index + 2 < len(tokens) and tokens[index + 1].low == "become" \
                and tokens[index + 2].low in ("a", "an", "part"):
            return True  # "Joint exercises have become a regular part of the ties": a standing, no act
        if terms and token.low in ("was", "were") and index + 1 < len(tokens) and tokens[index + 1].low == "to":
            return True  # "the treaty of friendship between China and the Soviet Union was to run for thirty years": its terms
        if token.low in ("is", "are") and index + 1 < len(tokens):
            after = index + 1
            while after + 1 < len(tokens) and (tokens[after].low in _DEGREE_ADVERBS or tokens[after].low.endswith("ly")
                                               and tokens[after].low != "only"):
                after += 1  # "is less often noticed than", "is seldom remembered" (sent21): the participle after them
            if not tokens[after].low.endswith(("ed", "en")) or tokens[after].low in _TOLD \
                    or after > index + 1 and tokens[after].low in _CREDITED:
                return True  # "the war between Iran and Iraq is the longest war of the century", "is described in": a description
        if not (token.low in ("of", "between", "with", "and", "the", "its", "their") or token.low.isdigit()
                or token.low == "s" and previous.isdigit()  # "in the 1960s"
                or previous in ("of", "between", "with", "the", "and", "on", "against", "to", "in") or token.text[:1].isupper()
                or token.low in _SUM_NOUNS and previous in _SUM_NOUNS  # "Soviet aid and trade subsidies to Cuba were worth"
                or index >= 2 and tokens[index - 2].low == "the" and token.text.isalpha() and token.text.islower()  # "the outside world"
                and index > trigger_last + 1 or token.low in ("on", "against", "to", "in") and previous not in ("of", "the")):
            return False
        previous, index = token.low, index + 1
    return False


# a measure or an occupation that lasts, named by its noun; the words before it that name its doer or its kind; the words
# that govern it when it is named as a thing in force (a judgement of it, or a preposition: "against", "throughout")
_STANDING = frozenset("embargo embargoes occupation".split())
_STANDING_KINDS = frozenset("arms trade oil grain economic military wartime".split())
_STANDING_GOVERNORS = frozenset("against to over during throughout under condemn condemns condemned condemning oppose opposes "
                                "opposed opposing denounce denounces denounced denouncing criticize criticizes criticized "
                                "criticised criticising criticizing deplored deplore".split())


def _standing_named(tokens, trigger: Trigger) -> bool:
    """'condemned the American embargo on Cuba', 'against the Soviet occupation', 'opposing Hanoi's occupation': the noun
    after 'the' and its doer's name (or after the doer's possessive), governed by a verb of judgement or a preposition,
    with no date of its own ('the American arms embargo of 1965' names one act and is kept)."""
    first = trigger.first
    index = first - 1
    named = False
    while index >= 0 and first - index <= 3:
        token = tokens[index]
        if token.low in _STANDING_KINDS:
            index -= 1
        elif token.text[:1].isupper() and token.text.isalpha() and token.low != "the":
            named, index = True, index - 1
        else:
            break
    if index < 1:
        return False
    if _possessive(tokens, index):
        named, index = True, index - 1
    elif tokens[index].low == "the" and named:
        index -= 1
    else:
        return False
    if tokens[index].low not in _STANDING_GOVERNORS:
        return False
    after = trigger.last + 1
    return not (after + 1 < len(tokens) and tokens[after].low in ("of", "in") and tokens[after + 1].low.isdigit())


# spans of time named by an act ("in the years of the embargo", "the days of the blockade")
_TIMES_OF = frozenset("years days months weeks decades era time times period".split())
# what is done as a rule, told by an adverb before the verb ("usually", "traditionally") or, with a verb in the present,
# by a recurring time after it ("every year", "each spring"): a habit, no one act
_HABITUAL = frozenset("usually traditionally customarily habitually routinely typically normally".split())
_RECURRING = frozenset("every each".split())
_COUNTLESS = frozenset("countless numerous innumerable".split())  # "have met countless times since 1974" (sent21)
_HABIT_CUES = _HABITUAL | _RECURRING | _COUNTLESS | {"long", "rule"}
_RECURRING_TIMES = frozenset("year years spring summer autumn winter month week january february march april may june july "
                             "august september october november december".split())
_NOT_PRESENT = frozenset("has have had was were did".split())


# a count of acts after a verb in the present perfect: "have fought four wars", "has signed more than forty agreements"
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve several many numerous dozen dozens scores "
                         "hundreds".split())
# plural nouns of acts so counted (not "has sent two divisions to the border": troops sent, an act)
_COUNTED_ACTS = frozenset("wars battles clashes conflicts rounds talks agreements treaties accords pacts resolutions vetoes "
                          "summits visits meetings tests crises disputes skirmishes".split())


def _counted_summary(tokens, trigger: Trigger, clause_start: int) -> bool:
    """Whether the trigger's verb is in the present perfect and its object a count of acts ("India and Pakistan have
    fought four wars since independence", "China has vetoed nine resolutions"): a sum, no one act told."""
    verb = trigger.first
    if trigger.entry["form"] == "noun":  # "have fought four wars" with the noun as the trigger
        verb = next((i for i in range(trigger.first - 2, max(clause_start, trigger.first - 6) - 1, -1)
                     if tokens[i - 1].low in ("have", "has")), None) if trigger.first > clause_start + 1 else None
        if verb is None:
            return False
    elif not (verb > clause_start and (tokens[verb - 1].low in ("have", "has")
                                       or verb > clause_start + 1 and tokens[verb - 2].low in ("have", "has")
                                       and tokens[verb - 1].low.endswith("ly"))):
        return False
    for index in range(verb + 1, min(verb + 5, len(tokens) - 1)):
        word = tokens[index].low
        if word in _COUNT_WORDS or word.isdigit() and len(word) < 4:
            return any(t.low in _COUNTED_ACTS for t in tokens[index + 1 : index + 5])
        if word in (",", ";", ".") or tokens[index].text[:1].isupper():
            return False
    return False


def _standing(tokens, trigger: Trigger, clause) -> bool:
    """Whether the trigger's clause ranks its subject by the act's amount: "more" or "less" after the trigger and
    "than any (other)" after that ("received more Soviet aid per head than any other country", "sold more arms to
    Pakistan than any other state"): a standing over a span, no one act."""
    more = next((i for i in range(trigger.first, clause[1]) if tokens[i].low in ("more", "less", "fewer")), None)
    if more is None or more > trigger.last + 4:
        return False
    return any(tokens[i].low == "than" and tokens[i + 1].low == "any" for i in range(more + 1, clause[1] - 1))


def _habitual(tokens, trigger: Trigger, clause) -> bool:
    """Whether the trigger's clause tells a habit: an adverb of habit before the trigger ("Finland's presidents
    traditionally made their first visit to Stockholm", "as a rule"), or a recurring time with no verb in the past before it ("India
    and China hold talks on the boundary almost every year"; not "held their exercises every spring until 2018", nor
    "have exchanged lists every year since 1992": acts done)."""
    if not _HABITUAL.isdisjoint(map(_LOW, tokens[clause[0] : trigger.first])):
        return True
    if any(tokens[i].low == "rule" and tokens[i - 1].low == "a" and tokens[i - 2].low == "as"
           for i in range(clause[0] + 2 if clause[0] + 2 > trigger.first - 12 else trigger.first - 12, trigger.first)):
        return True  # "as a rule the Cubans sent the aircraft and passengers home": what was done each time, no one act
    if trigger.first - 2 >= clause[0] and tokens[trigger.first - 1].low == "long" and tokens[trigger.first - 2].low in ("has", "have") \
            and trigger.entry["form"] == "verb":
        return True  # "Ankara has long resented Greek bases on the islands": a standing attitude, no one act
    for index in range(trigger.last + 1, clause[1] - 1):
        if tokens[index].low in _COUNTLESS and tokens[index + 1].low in ("times", "occasions"):
            return True  # "Greek and Turkish officials have met countless times since 1974": acts beyond counting, none told
        if tokens[index].low in _RECURRING and tokens[index + 1].low in _RECURRING_TIMES:
            return not any(_past(t) or t.low in _NOT_PRESENT or t.low.endswith("ing") for t in tokens[clause[0] : index]) \
                and not any(t.low == "since" for t in tokens[index:clause[1]])
    return False


SCHOLARS = frozenset("historian historians scholar scholars writer writers critic critics analyst analysts commentator "
                     "commentators biographer biographers author authors textbook textbooks book books memoir memoirs "
                     "study studies historiography".split())
_SOFT = frozenset("have has had also often still long later now generally usually widely rightly".split())
_TENDING = frozenset("tend tends tended came come".split())


def _scholars_judge(tokens, trigger: Trigger) -> bool:
    """Whether the subject right before a verb of judgement is a scholar or a book ('historians blame')."""
    index = trigger.first - 1
    while index >= 0 and (tokens[index].low in _SOFT or tokens[index].low.endswith("ly")
                          or tokens[index].low == "to" and index > 0 and tokens[index - 1].low in _TENDING):
        index -= 2 if tokens[index].low == "to" else 1  # "Cuban writers tend to blame the Americans"
    return index >= 0 and tokens[index].low in SCHOLARS


# verbs of a scholar's judgement of an act named as a noun: "Chinese historians describe the 1979 war with Vietnam as a
# counterattack", "historians still debate whether the attack of 1962 was provoked"
_JUDGING = frozenset("describe describes described call calls called regard regards regarded see sees saw view views "
                     "viewed consider considers considered debate debates debated dispute disputes disputed treat treats "
                     "treated portray portrays portrayed depict depicts depicted judge judges judged blame blames blamed "
                     "question questions questioned doubt doubts doubted".split())


# works that tell of an act: "a film about the Indian invasion of Goa" names the act as a topic, told elsewhere
_WORKS = frozenset("film films book books novel novels article articles essay essays documentary documentaries play plays "
                   "opera operas song songs poem poems study studies exhibition exhibitions".split())


def _headline_visit(tokens, everyone, trigger: Trigger):
    """A headline's visit with no verb: "Rajiv Gandhi in Beijing for first prime ministerial visit in 34 years" (who
    is in the capital, and the capital's state), or None."""
    if not everyone or everyone[0].first > 2 or everyone[0].last + 2 >= trigger.first:
        return None
    visitor = everyone[0]
    if tokens[visitor.last + 1].low != "in":
        return None
    host = next((p for p in everyone[1:] if p.first == visitor.last + 2 and p.mention.via in ("capital", "place", "name")), None)
    if host is None or set(host.codes) & set(visitor.codes):
        return None
    if "for" not in {t.low for t in tokens[host.last + 1 : trigger.first]} or trigger.first - host.last > 6:
        return None
    return visitor.codes[:1], host.codes[:1]


# verbs of what a work does with its topic: "'The Lessons of Modern War' analyses the fighting between Iran and Iraq"
_TREATING = frozenset("analyses analyzes analysed analyzed examines examined recounts recounted chronicles chronicled "
                      "traces traced explores explored surveys surveyed retells retold narrates narrated".split())
_CHRONICLES = frozenset("timeline timelines chronology chronologies".split())
_CLOSING_QUOTES = frozenset({'"', "”", "'", "’", "''"})


def _topic_of_a_work(tokens, trigger: Trigger) -> bool:
    """Whether the noun at ``trigger`` is what a film, book or study is about ('a film about the Indian invasion')."""
    for index in range(trigger.first - 1, (trigger.first - 5 if trigger.first > 5 else 0), -1):
        if tokens[index].low in ("about", "on") and tokens[index - 1].low in _WORKS:
            return True
        if tokens[index].low in _TREATING and index > 0 and (tokens[index - 1].text in _CLOSING_QUOTES
                                                             or tokens[index - 1].low in _WORKS
                                                             or tokens[index - 1].low in SCHOLARS):
            return True  # a work named by its quoted title, or a study, that analyses or recounts the act
        if tokens[index].low in _TELLING_WORK and _work_subject(tokens, index):
            return True  # "The official Pakistani history of the 1965 war describes the Indian offensive": a work tells it
        if tokens[index].low == "of" and index > 0 and tokens[index - 1].low in _CHRONICLES:
            return True  # "A timeline of the war between Ethiopia and Eritrea is printed at the end": a list of dates (fer1)
        if tokens[index].text in ",;:" or tokens[index].low in PREPOSITIONS_AND_VERBS:
            return False
    return False


PREPOSITIONS_AND_VERBS = frozenset("of to in by with against was were is are had has".split())
_TELLING_WORK = _TREATING | frozenset("describes described depicts depicted portrays portrayed tells presents presented".split())
_WORK_HEADS = _WORKS | frozenset("history histories account accounts memoir memoirs biography chronicle report "
                                  "textbook textbooks".split())


def _work_subject(tokens, verb: int) -> bool:
    """Whether the subject before the verb at ``verb`` is a work ('the official history of the war', 'his memoir')."""
    for index in range(verb - 1, max(-1, verb - 9), -1):
        if tokens[index].text in ",;:":
            return False
        if tokens[index].low in _WORK_HEADS:
            return True
    return False


def _scholars_view(tokens, trigger: Trigger) -> bool:
    """Whether the noun at ``trigger`` is what scholars judge: a verb of judgement with a scholar or a book as its
    subject up to twelve words before it, in the same clause."""
    for index in range(trigger.first - 1, (trigger.first - 13 if trigger.first - 13 > -1 else -1), -1):
        token = tokens[index]
        if token.text in ";:" or token.low in ("but", "while", "although"):
            return False
        if token.low in _JUDGING:
            subject = index - 1
            while subject >= 0 and (tokens[subject].low in _SOFT or tokens[subject].low.endswith("ly")):
                subject -= 1
            return subject >= 0 and tokens[subject].low in SCHOLARS
    return False


# an open question scholars are split on: "Scholars disagree about how much Chinese help Pakistan received"
_QUESTIONING = frozenset("disagree disagrees disagreed debate debates debated argue argues argued dispute disputes disputed "
                         "differ differs differed wonder wonders wondered".split())
_QUESTION_WORDS = frozenset("about over whether how why who what when if".split())


def _scholars_question(tokens, trigger: Trigger) -> bool:
    """Whether the act sits in what scholars debate, up to twelve words back: a scholar subject, a verb of dispute, then
    'about', 'over' or a question word."""
    for index in range(trigger.first - 1, max(0, trigger.first - 13), -1):
        token = tokens[index]
        if token.text in ";:":
            return False
        if token.low in _QUESTIONING and index + 1 < trigger.first and tokens[index + 1].low in _QUESTION_WORDS:
            subject = index - 1
            while subject >= 0 and (tokens[subject].low in _SOFT or tokens[subject].low.endswith("ly")):
                subject -= 1
            return subject >= 0 and tokens[subject].low in SCHOLARS
    return False


def _fronted_motive(tokens, trigger: Trigger, triggers) -> bool:
    """'Angered by X, Moscow expelled ...', 'Alarmed by the Chinese advance, the United States airlifted ...': a
    feeling opening the sentence ('-ed by'), with an act of its own after the comma that ends it."""
    first = trigger.first
    if not (tokens[first].low.endswith("ed") and first + 1 < len(tokens) and tokens[first + 1].low == "by"):
        return False
    if any(not t.low.endswith("ly") for t in tokens[:first]):
        return False  # only an adverb before it: "Deeply alarmed by ..."
    comma = next((i for i in range(first + 2, len(tokens)) if tokens[i].text == ","), None)
    return comma is not None and any(other.first > comma for other, _ in triggers)


_POLLS = frozenset("poll polls survey surveys".split())
_FINDING = frozenset("showed shows show found finds suggested suggests indicated indicates revealed reveals".split())


def _poll_finding(tokens, trigger: Trigger) -> bool:
    """Whether the act is what an opinion poll found ('Polls in 2003 showed most Britons opposed to a war', 'In a 1999
    poll, most Taiwanese preferred ...'): a poll or survey up to fifteen words back, in the same sentence part."""
    for index in range(trigger.first - 1, max(-1, trigger.first - 16), -1):
        token = tokens[index]
        if token.text in ";:":
            return False
        if token.low in _POLLS and (index == 0 or tokens[index - 1].low != "the" or any(
                t.low in _FINDING for t in tokens[index + 1 : trigger.first])) and (
                any(t.low in _FINDING for t in tokens[index + 1 : trigger.first])
                or index >= 2 and tokens[index - 2].low == "in" or index >= 3 and tokens[index - 3].low == "in"):
            return True
    return False


def _named_treaty(tokens, trigger: Trigger) -> bool:
    """Whether the treaty of a signing trigger is named with capitals ('the Nuclear Non-Proliferation Treaty') or as a
    ban ('the partial test ban treaty'): a treaty open to many states."""
    words = tokens[trigger.first + 1 : trigger.last + 1]
    return any(t.text[:1].isupper() for t in words[1:]) or any(t.low in ("ban", "non-proliferation", "nonproliferation")
                                                                for t in words)


# natural hazards, which strike and devastate but are no actor: "Hurricane Mitch struck", "the earthquake hit Peru"
_HAZARDS = frozenset("hurricane hurricanes cyclone cyclones typhoon typhoons storm storms earthquake earthquakes quake "
                     "tsunami tsunamis flood floods drought droughts eruption".split())


def _hazard_subject(tokens, trigger: Trigger) -> bool:
    """Whether the trigger's subject right before it is a hazard ("the floods hit", "Cyclone Nargis hit")."""
    first = trigger.first
    if first >= 2 and tokens[first - 1].low in ("had", "has", "have"):
        first -= 1  # "the region that an earthquake had struck three months earlier" (tune29)
    if first >= 1 and tokens[first - 1].low in _HAZARDS:
        return True
    return first >= 2 and tokens[first - 2].low in _HAZARDS and tokens[first - 1].text[:1].isupper()


_FIGHT_WORDS = frozenset("fought fight fights fighting".split())
# what may follow "fought ... to" when it is still a fight: "fought to the last", "fought to a standstill"
_FIGHT_TO_END = frozenset("the a an death last end standstill stalemate draw finish".split())
_FIGHT_AGAINST = frozenset("against with alongside beside over in on".split())


def _fought_to_do(tokens, trigger: Trigger) -> bool:
    """'fought (hard, harder than any other government) to slow/keep/block ...': an effort toward an end, not armed
    fighting; not 'fought to the last', nor 'fought against Britain to regain the islands'."""
    if tokens[trigger.first].low not in _FIGHT_WORDS:
        return False
    for k in range(trigger.last + 1, min(trigger.last + 9, len(tokens) - 1)):
        low = tokens[k].low
        if low in _FIGHT_AGAINST and not (low in ("in", "on") and tokens[k + 1].text[:1].isdigit()):
            return False  # (a date is no battlefield: "fought hard in 1998 to keep ...")
        if tokens[k].text[:1].isupper():
            return False  # "fought Iraq to free Kuwait": a state fought, for an end
        if low == "to":
            following = tokens[k + 1].text
            return following.isalpha() and following.islower() and following not in _FIGHT_TO_END
    return False


_WHEN_ASIDE = frozenset("in on by early late then still privately publicly openly already".split())


def _feared_outcome(tokens, trigger: Trigger) -> bool:
    """'feared that X would ...', 'Zhou Enlai feared, would encourage', 'worried that the opening would anger
    Washington': a fear of what may come."""
    if not tokens[trigger.first].low.startswith(("fear", "worr")):
        return False
    after = [t.low for t in tokens[trigger.last + 1 : trigger.last + 16]]
    while len(after) > 2 and (after[0] in _WHEN_ASIDE or after[0].isdigit()):
        after = after[1:]  # "worried in 2003 that ...", "feared privately that ...": a time or a manner before "that"
    if after[:1] in (["a"], ["an"]) and not tokens[trigger.first].low.startswith("worr"):
        return True  # "feared an attack from the mainland": an act that may come, not one done ("worried about a
        # Soviet intervention" is the worrier's disapproval of the doer, as the lexicon codes it)
    if len(after) >= 2 and tokens[trigger.last + 1].text[:1].isupper() and _MODALS & set(after[1:3]):
        return True  # "the invasion Washington feared China would launch": 'that' left out before the fear's clause
    return bool(after) and (after[0] == "that" or after[0] == "," and _MODALS & set(after[1:4])) and bool(_MODALS & set(after))


# nouns of an act imagined or feared: "the idea of a Chinese invasion", "the prospect of an Indian attack"
_IMAGINING = frozenset("idea prospect possibility threat fear fears spectre specter danger risk nightmare likelihood "
                       "chance chances scenario".split())


def _imagined(tokens, trigger: Trigger) -> bool:
    """Whether a noun act follows 'the idea/prospect/threat ... of a(n)' (two words of adjectives allowed)."""
    first = trigger.first
    for back in (1, 2, 3):
        if first - back - 2 >= 0 and tokens[first - back].low in _INDEFINITE and tokens[first - back - 1].low == "of" \
                and tokens[first - back - 2].low in _IMAGINING:
            return True
    # "condemned the embargo as a step toward invasion", "a pretext for an attack": an act it may lead to
    opening = first - 1 if first >= 1 and tokens[first - 1].low in _INDEFINITE else first
    return opening >= 2 and tokens[opening - 1].low in _LEADING_INTO and tokens[opening - 2].low in _STEPS


def _imagined_doing(tokens, trigger: Trigger) -> bool:
    """Whether a participle act follows 'the threat/prospect/fear of' and its doer ("the threat of Soviet rockets
    defending Cuba", "the prospect of Indian troops entering Nepal"): an act imagined, not told done (fer1)."""
    first = trigger.first
    for at in range(first - 2, (first - 6 if first > 6 else 0), -1):
        low = tokens[at].low
        if low == "of":
            return at >= 1 and tokens[at - 1].low in _IMAGINING
        if low in (",", ";", ":", "and", "or", "who", "which", "that") or low.endswith("ed"):
            return False
    return False


# verbs and nouns of writing and speaking whose "about" names a topic: "wrote at length about", "a film about"
_TELLING_OF = frozenset("wrote write writes written writing spoke speak speaks spoken talked talk lectured book books "
                        "film films novel novels article articles memoir memoirs documentary poem song".split())
_ABOUT_ADVERBS = frozenset("at length much little often mostly mainly chiefly".split())


def _written_about(tokens, trigger: Trigger) -> bool:
    """Whether the act lies in the topic of a verb or noun of writing or speaking ("Western newspapers wrote at length
    about the Bolivian and Chilean armies facing each other", "a film about the invasion of Grenada"): a topic named,
    no act told (fer1)."""
    for at in range(trigger.first - 1, (trigger.first - 10 if trigger.first > 10 else 0), -1):
        low = tokens[at].low
        if low == "about":
            back = at - 1
            while back > 0 and (tokens[back].low in _ABOUT_ADVERBS or tokens[back].low.endswith("ly")):
                back -= 1
            return tokens[back].low in _TELLING_OF
        if low in (",", ";", ":", "that", "which", "who", "when", "while", "after", "before"):
            return False
    return False


# modals that make a closing tag's clause a danger foreseen: "A war could kill millions, a study warned"
_DANGER_MODALS = frozenset("could might may can".split())


def _warned_of_a_danger(tokens, parts, trigger: Trigger) -> bool:
    """A verb of warning in a closing tag (", a study warned in 2019.", ", experts warned.") whose clause before the
    comma foresees a danger with "could", "might", "may" or "can", and whose own subject names no state: a forecast
    told, no threat made by anyone to anyone (fer1)."""
    if trigger.entry["form"] != "verb" or len(tokens) - trigger.last > 6:
        return False
    comma = next((i for i in range(trigger.first - 1, (trigger.first - 8 if trigger.first > 8 else 0), -1)
                  if tokens[i].text == ","), None)
    if comma is None or any(comma < p.first < trigger.first for p in parts):
        return False
    return not _DANGER_MODALS.isdisjoint(t.low for t in tokens[:comma])


_STEPS = frozenset("step steps prelude pretext excuse preparation preparations".split())
_LEADING_INTO = frozenset("toward towards to for".split())


# nouns of texts and meetings: "A treaty between Egypt and Israel was signed in 1979" tells the signing, so a text
# or meeting opening a sentence with "a" is still told
_TOLD_WITH_A = _TEXT_NOUNS | frozenset("pact pacts talks summit conference ceasefire cease-fire truce armistice".split())
_COPULAS = frozenset("was were is are remained remains seemed seems became would could might".split())


def _kind_as_subject(tokens, trigger: Trigger) -> bool:
    """'A Soviet withdrawal from Afghanistan was the subject of talks': an act named with 'a' or 'an' opening the
    sentence (demonyms or adjectives between) is spoken of as a kind of act, not told as done."""
    if tokens[trigger.first].low in _TOLD_WITH_A or tokens[trigger.last].low in _TOLD_WITH_A:
        return False
    if trigger.first >= 2 and tokens[trigger.first - 1].low in _INDEFINITE and tokens[trigger.first - 2].low in _EQUATING:
        said = [t.low for t in tokens[max(0, trigger.first - 12) : trigger.first - 2]]
        if any(word == "that" and said[k + 1] in _INDEFINITE for k, word in enumerate(said[:-1])):
            return True  # "... that an attack on Pakistan was an attack on Indonesia": the kind the first is set equal to
    opener = trigger.first - 1
    while opener > 0 and trigger.first - opener <= 3 and tokens[opener].low not in _INDEFINITE \
            and tokens[opener].text[:1].isalpha() and tokens[opener].low not in ("the", "of", "in", "on", "by", "to"):
        opener -= 1
    # or opening what was said, set equal to another kind ("told him that an attack on Pakistan was an attack on
    # Indonesia", "said that a blockade of Cuba was an act of war")
    equated = 0 < opener < trigger.first and tokens[opener - 1].low == "that" and tokens[opener].low in _INDEFINITE
    if not (opener == 0 and tokens[0].low in _INDEFINITE or equated):
        return False
    # its verb a copula ("was the subject of talks", "was forbidden"), not a telling one ("A ceasefire took effect");
    # a passive that tells the act done ("An embargo on Cuba was imposed by the United States") is told
    for index in range(trigger.last + 1, len(tokens)):
        token = tokens[index]
        if token.low in _COPULAS:
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if equated:
                return following is not None and following.low in _INDEFINITE
            return token.low in _MODAL_COPULAS or following is None or not _told_participle(following)
        if token.low in _CLAUSE_ENDS or token.low.endswith("ed") and token.text.islower():
            return False
    return False


_MODAL_COPULAS = frozenset("would could might".split())
_EQUATING = frozenset("was were is are".split())
# participles after "was" that speak of an act without telling it done
_UNTOLD_PARTICIPLES = frozenset("forbidden banned prohibited proposed planned discussed considered debated mooted feared "
                                "expected rumoured rumored suggested contemplated envisaged envisioned ruled "
                                "opposed resisted demanded sought urged".split())


def _told_participle(token) -> bool:
    """Whether a word after "was" is a past participle telling the act done ("imposed", "signed", "broken off")."""
    low = token.low
    return token.text.islower() and low not in _UNTOLD_PARTICIPLES and (
        low.endswith("ed") or low.endswith("en") or low in _IRREGULAR_TOLD)


# verbs that give up a demand or a claim: the demand then reads as a concession ("dropped its demand for")
_WAIVING = frozenset("renounce renounced renounces dropped drops abandoned abandons waived waives withdrew".split())
_IRREGULAR_TOLD = frozenset("made held sent set cut struck put laid led won fought begun met kept paid sold "
                            "brought built shot torn".split())


# after a noun naming an act, a predicate that tells it did not happen ("Eisenhower's visit to the Soviet Union never
# took place", "the recognition was never considered") or was put off ("Bush's visit to Moscow was postponed")
# ("the border pact was never signed", "the treaty Quito never signed": a text never made; not "never ratified", signed)
_OCCURRED = frozenset("place happened happen occurred occur materialized materialised considered realized realised signed concluded".split())
_PUT_OFF = frozenset("postponed cancelled canceled shelved abandoned deferred".split())
_CLAUSE_ENDS = frozenset(", ; : and but which that who when after before while".split())


def _PUT_OFF_ADVERB(word: str) -> bool:
    """An adverb or "been" between the auxiliary and 'postponed': "summits have regularly been postponed" (sent21)."""
    return word in ("been", "twice", "again", "already") or word.endswith("ly") and word not in ("only",)


def _unrealized_after(tokens, trigger: Trigger) -> bool:
    """Whether the act the noun names is the subject of 'never took place', 'was not considered', 'was postponed'."""
    end = min(len(tokens), trigger.last + 14)
    if any(token.low == "until" for token in tokens[trigger.last + 1 :]):
        return False  # "did not take place until May 1948": done at that date
    for index in range(trigger.last + 1, end):
        low = tokens[index].low
        if low in _CLAUSE_ENDS and not (low == "and" and _joins_names(tokens, index)):
            return False  # but "the meeting between Nixon and Brezhnev never took place": one subject
        rest = [word for word in map(_LOW, tokens[index + 1 : index + 7]) if not _PUT_OFF_ADVERB(word)][:4]
        if low in ("was", "were", "is", "are", "did", "does", "had", "has", "have"):
            if rest and rest[0] in ("never", "not", "n't"):
                return not _OCCURRED.isdisjoint(rest[1:4])
            if rest and (rest[0] in _PUT_OFF or rest[:2] == ["called", "off"]):
                return True
            if rest and rest[0].endswith("ed"):  # "was drafted (initialled) in 1994 but never signed"
                later = list(map(_LOW, tokens[index + 2 : index + 10]))
                return "never" in later and later[later.index("never") - 1] == "but" \
                    and not _OCCURRED.isdisjoint(later[later.index("never") + 1 : later.index("never") + 2])
            return False
        if low == "never":
            return not _OCCURRED.isdisjoint(rest[:3])
    return False


# what may follow a participle that closes a label ("Ambassadors exchanged between Cairo and Amman in 1980")
_AFTER_LABEL = frozenset("between by in on at with from to after for during following and or but as again".split())


def _participle_with_object(tokens, trigger: Trigger) -> bool:
    """Whether a two-word phrase of a noun and the participle right after it ("ambassadors exchanged") has an object
    after it ("the ambassadors exchanged notes on Berlin"): the noun is then the subject of a verb, not a label's act."""
    first, last = trigger.first, trigger.last
    if not (last == first + 1 and last + 1 < len(tokens) and tokens[last].low.endswith("ed")
            and not tokens[first].low.endswith(("ed", "ing"))):
        return False
    following = tokens[last + 1]
    return following.text[:1].islower() and following.text.isalpha() and following.low not in _AFTER_LABEL \
        and not following.low.endswith("ly")


def _joins_names(tokens, index: int) -> bool:
    """Whether the "and" at index joins two names ("Nixon and Brezhnev", "Iran and the Soviet Union")."""
    after = index + 2 if index + 2 < len(tokens) and tokens[index + 1].low == "the" else index + 1
    return index > 0 and tokens[index - 1].text[:1].isupper() and after < len(tokens) and tokens[after].text[:1].isupper()


def _supposed_act(tokens, trigger: Trigger) -> bool:
    """'an air strike on Cuba would kill': an act named with 'a' or 'an' as the subject of 'would', 'could', 'might'."""
    first = trigger.first
    if not (first > 0 and tokens[first - 1].low in _INDEFINITE or first > 1 and tokens[first - 2].low in _INDEFINITE
            or first > 2 and tokens[first - 3].low in _INDEFINITE):
        return False
    for index in range(trigger.last + 1, min(len(tokens), trigger.last + 11)):  # "an air strike on the missile sites in Cuba could"
        token = tokens[index]
        if token.low in _MODALS:
            return True
        if token.text in ",;:" or token.low in ("that", "which", "who", "when", "if", "but") \
                or token.low == "and" and not _joins_names(tokens, index):
            return False  # but "a war between Greece and Turkey would split NATO": the two names of one complement
    return False


def _deadline_set(tokens, trigger: Trigger, clause) -> bool:
    """'within three days', 'within 48 hours' in the clause of a demand."""
    for index in range(trigger.last + 1, min(clause[1], len(tokens)) - 2):
        if tokens[index].low == "within" and (tokens[index + 1].low in _NUMBERS or tokens[index + 1].low.isdigit()) \
                and tokens[index + 2].low in ("hours", "days", "weeks", "hour", "day", "week"):
            return True
    return False


# verbs before a hostile act that keep it hostile when refused: "refused to renew sanctions"
HOSTILE_PREFIXES = frozenset("renew extend impose apply join support back continue".split())


def _measure_refused(tokens, refusal_last: int, hostile: Trigger) -> bool:
    """'refused to renew European sanctions against': a measure's verb, then only words that qualify the measure."""
    prefix = refusal_last + 2
    if prefix >= hostile.first or tokens[prefix].low not in HOSTILE_PREFIXES or hostile.first > prefix + 4:
        return False
    return all(t.text.isalpha() and t.low not in ("to", "and", "or", "that") for t in tokens[prefix + 1 : hostile.first])


# nouns that name an act already told when they follow a verb of judgement with "the"
TOLD_ACTS = frozenset(
    "attack attacks invasion occupation annexation bombing bombings raid raids strike strikes intervention blockade "
    "embargo coup treaty agreement pact accord accords deal communique declaration test tests landing offensive resolution "
    "proposal proposals plan offer ultimatum visit visits trip journey speech address summit "
    "expulsion expulsions deportation deportations arrests executions shelling incursion incursions "
    "demand demands request requests claim claims terms conditions".split())


def _and_said(tokens, after: int, end: int) -> int:
    """Where "and said" (or "and announced", ...) opens what the doer said next after ``after``, else ``end``."""
    for index in range(after + 1, (len(tokens) if len(tokens) < end else end) - 1):
        if tokens[index].low == "and" and tokens[index + 1].low in TELLING:
            return index
    return end


def _told_act_target(tokens, trigger: Trigger, told: Event | None, sources, context=None) -> tuple[str, ...]:
    """The doer of the act a judgement names by a definite noun ('condemned the attack'); both parties of a pact."""
    if told is None:
        return ()
    after = [t.low for t in tokens[trigger.last + 1 : trigger.last + 4]]
    own = trigger.last > trigger.first and tokens[trigger.last].low in TOLD_ACTS and tokens[trigger.last - 1].low == "the"
    if not own and (len(after) < 2 or after[0] != "the" or not (after[1] in TOLD_ACTS or len(after) > 2 and after[2] in TOLD_ACTS)):
        return ()  # ("accepts the resolution": the trigger ends with the noun)
    if codes()[told.cameo]["polarity"] == "cooperation":
        if context is not None and not own and context.dated_acts:
            noun = after[1] if after[1] in _ACT_NOUNS else after[2] if len(after) > 2 and after[2] in _ACT_NOUNS else None
            if noun is not None and context.date_of_act_named(noun) is not None:
                return ()  # "imposed a naval blockade on Tunisia. [...] signed an aid accord with Rome. Tunis condemned
                # the naval blockade": the act of force told before on the page is judged, not the accord told last
        return tuple(code for code in told.actors if code not in sources)[:2]
    return (told.source,) if told.source and told.source not in sources else ()


TELLING = frozenset("said says reported reports claimed claims announced announces stated charged alleged complained "
                    "disclosed revealed confirmed".split())


# who speaks for a state after its name: "India's foreign minister said", "the Indian government announced"
SPEAKERS = frozenset("'s radio officials official foreign defence defense prime minister ministry government spokesman "
                     "ambassador envoy delegate delegation president premier press agency embassy high commission "
                     "commissioner military army command".split())


def _tells(tokens, participant) -> bool:
    """Whether a participant is the subject of a verb of telling right after it ('Radio Phnom Penh said that'), or
    the state of who speaks ('India's foreign minister said that', 'the Indian government announced')."""
    after = participant.last + 1
    if after >= len(tokens) or tokens[after].low not in TELLING and tokens[after].low not in SPEAKERS:
        return False  # the word right after tells nothing and names no speaker (most names): no window read
    following = list(map(_LOW, tokens[after : participant.last + 5]))
    for index, word in enumerate(following):
        if word in TELLING:
            return index == 0 or all(w in SPEAKERS for w in following[:index])
        if word not in SPEAKERS:
            return False
    return False


TOWN_NOUNS = frozenset("capital city town port village province provinces towns cities ports villages island islands base".split())


def _town_of(tokens, trigger_last: int, first: int) -> bool:
    """ "took the departmental capital of Nueva Ocotepeque": a place named after 'the ... capital/city/town of'."""
    between = [t.low for t in tokens[trigger_last + 1 : first]]
    return 3 <= len(between) <= 5 and between[0] == "the" and between[-1] == "of" and between[-2] in TOWN_NOUNS


def _joined_in_act(tokens, parts, trigger: Trigger, clause) -> tuple[str, ...]:
    """The joiner and the joined of 'X joined Y in <verb>ing', when the trigger is that verb: both do the act."""
    if trigger.first < 3 or tokens[trigger.first - 1].low != "in" or not tokens[trigger.first].low.endswith("ing"):
        return ()
    join = next((i for i in range(trigger.first - 2, max(clause[0] - 1, trigger.first - 10), -1) if tokens[i].low in _JOIN_WORDS), None)
    if join is None:
        return ()
    joiner = [code for p in left_agents(parts, tokens, clause[0], join) for code in p.codes[:1]]
    joined = [code for p in parts if join < p.first and p.last < trigger.first - 1 for code in p.codes[:1]]
    return tuple(dict.fromkeys(joiner + joined)) if joiner and joined else ()


def _joined_in_doing(tokens, trigger: Trigger, clause) -> bool:
    """'joined Thailand and the Philippines in founding ...': a verb in -ing after 'in' in the clause names the joint act."""
    for index in range(trigger.last + 1, min(clause[1], trigger.last + 14) - 1):
        if tokens[index].low == "in" and tokens[index + 1].low.endswith("ing") and tokens[index + 1].text.islower():
            return True
    return False


def _ultimatums(doc, tokens, parts, trigger, clause, span, timexes, section, by_section, section_index, narrative,
                news) -> list[Event]:
    giving = [i for i in range(clause[0], trigger.first) if tokens[i].low in ("gave", "give", "gives", "given", "giving")]
    if not giving:
        return []
    verb = giving[-1]
    agents = left_agents(parts, tokens, clause[0], verb)
    listed = agents[:1]
    for part in agents[1:]:  # "Britain and France gave Egypt and Israel twelve hours": each of a plain list gave it
        if {t.low for t in tokens[listed[-1].last + 1 : part.first]} <= {",", "and", "the"} and len(part.codes) == 1:
            listed.append(part)
        else:
            break
    sources = tuple(dict.fromkeys(p.codes[0] for p in listed if p.codes)) if len(listed) > 1 else \
        tuple(code for p in agents for code in p.codes)[:1]
    targets = tuple(dict.fromkeys(code for p in parts if verb < p.first < trigger.first for code in p.codes
                                  if code not in sources))
    if not sources or not targets:
        return []
    stand_in = Trigger({"cameo": "139", "form": "verb", "flags": [], "phrase": "give"}, verb, verb, tokens[verb].start,
                       tokens[verb].end)
    dated = date_event(doc, timexes, span, (tokens[clause[0]].start, tokens[clause[1] - 1].end),
                       (stand_in.start, stand_in.end), section, by_section[section_index] if by_section else None,
                       narrative, news)
    return [_event(doc, "139", (source,), (target,), (source, target), stand_in, span, dated, "asserted")
            for source in sources for target in targets]


# verbs of a stance against a thing: the thing after them ("denounced the treaty") is their object, no act told
OPPOSING = frozenset("denounce denounced denounces denouncing oppose opposed opposes opposing condemn condemned condemns "
                     "condemning criticize criticized criticizes criticise criticised criticises reject rejected rejects "
                     "rejecting deplore deplored deplores protested protest protests".split())
_OBJECT_STOPS = frozenset(", ; : and but or which that who by with to after before when while as".split())


# after an agreement's noun, verbs that tell its terms ("the treaty left Okinawa under American control", "the accord
# gave Egypt back the Sinai"), not its signing
TERMS_VERBS = frozenset("left gave allowed required obliged bound provided granted permitted forbade barred kept".split())
# after a hostile act's noun, verbs that tell its end ("the day the occupation ended"), not the act
ENDING_VERBS = frozenset("ended ends ceased".split())


# things that "leave" a place as it was ("the treaty left Okinawa under American control"): no one withdraws
_SETTLEMENT_NOUNS = frozenset("treaty treaties agreement accord accords settlement award partition decision armistice peace "
                              "plan conference resolution".split())


def _left_in_hands(tokens, trigger: Trigger) -> bool:
    """Whether 'left' has a settlement as its subject ("the treaty left Okinawa under American control")."""
    return trigger.first > 0 and tokens[trigger.first - 1].low in _SETTLEMENT_NOUNS


def _opposed_object(tokens, trigger: Trigger) -> bool:
    """Whether a noun is the object of a verb of opposition a few words before it ("opposed the Madrid Accords")."""
    for index in range(trigger.first - 1, (trigger.first - 5 if trigger.first - 5 > -1 else -1), -1):
        low = tokens[index].low
        if low in OPPOSING:
            return True
        if low in _OBJECT_STOPS:
            return False
    return False


BACKING = frozenset("backed supported armed trained financed funded equipped sponsored".split())
_BACKING_CUES = BACKING
# the words dyads._beside needs one of before or after a party it takes for an ally ("on the French side", "alongside")
_SIDE_WORDS = frozenset(("side", "alongside", "beside"))
_BACKED_SUFFIXES = tuple("-" + word for word in BACKING)
_BACKED_END = operator.methodcaller("endswith", _BACKED_SUFFIXES)  # tested over a sentence's words in C


def _backer(tokens, participant) -> bool:
    """A state named as the backer of a group that is no state: "rebels armed by Libya", "Algerian-backed guerrillas"."""
    if tokens[participant.last].low.endswith(_BACKED_SUFFIXES):
        return True
    index = participant.first - 1
    if index >= 0 and tokens[index].low == "the":
        index -= 1
    return index >= 2 and tokens[index].low == "by" and tokens[index - 1].low in BACKING \
        and tokens[index - 2].text[:1].islower() and tokens[index - 2].low not in ("was", "were", "is", "are", "been", "be")


def _backing_trigger(tokens, participant, trigger: Trigger) -> bool:
    """Whether the trigger is the backing itself ("backed by", "-backed"), which the backer does."""
    return participant.first - 3 <= trigger.last < participant.first or participant.first <= trigger.first <= participant.last


_RANGE_ENDS = frozenset("to into until through till".split())


def _range_endpoint(tokens, trigger: Trigger) -> bool:
    """Whether a named act is an end of the span that relations ran over ("relations ... from X to Y")."""
    start = next((i for i in range(trigger.first - 1, max(-1, trigger.first - 6), -1)
                  if tokens[i].low == "from" or tokens[i].low in _RANGE_ENDS), None)
    if start is None:
        return False
    opening = start if tokens[start].low == "from" else next(
        (i for i in range(start - 1, max(-1, start - 25), -1) if tokens[i].low == "from"), None)
    if opening is None or not any(t.low == "relations" for t in tokens[max(0, opening - 12) : opening]):
        return False
    return any(t.low in _RANGE_ENDS for t in tokens[opening + 1 :])


_PLEDGING = frozenset("pledged pledge pledges promised promise promises".split())
_THREATENING = frozenset("threatened threatens threaten threat threats warned warns warning vowed vows".split())


def _pledged(tokens, clause, trigger: Trigger) -> bool:
    """Whether a hostile act is what a state pledged or promised (to its allies), not what it threatened."""
    words = {t.low for t in tokens[max(0, clause[0] - 12, trigger.first - 20) : trigger.first]}
    return bool(words & _PLEDGING) and not words & _THREATENING


def _fought_against(tokens, parts, trigger: Trigger, clause, sources) -> tuple[str, ...]:
    """The states named right after "against" (or "against the") later in the clause of an act of force, when the
    clause also names where it was fought ("in Ethiopia") or the side fought for ("fought for the MPLA against South
    African forces"): the foe."""
    foes = []
    where = False
    for p in parts:
        if not (trigger.last < p.first < clause[1]) or set(p.codes) & set(sources):
            continue
        before = tokens[p.first - 1].low
        if before == "against" or before == "the" and p.first >= 2 and tokens[p.first - 2].low == "against":
            foes.extend(p.codes[:1])
        elif before in ("in", "into", "inside", "for") or before == "the" and tokens[p.first - 2].low == "for":
            where = True
    return tuple(foes) if where else ()


_AGREEING = frozenset("agreed agree agrees promised promise promises pledged pledge pledges vowed undertook undertake "
                      "undertakes offered".split())


def _agreed_too(tokens, clause, trigger: Trigger) -> bool:
    """A second act under one promise: "agreed to restore relations and to begin talks"."""
    for j in range(max(clause[0], trigger.first - 4), trigger.first - 1):
        if tokens[j].low == "and" and tokens[j + 1].low == "to":
            return any(tokens[k].low in _AGREEING and tokens[k + 1].low == "to" for k in range(max(clause[0], j - 12), j))
    return False


def _backed_state(tokens, parts, trigger) -> bool:
    """'Israel, backed by the United States': a state right before the participle, and one within a few words after."""
    index = trigger.first - 1
    while index >= 0 and tokens[index].low in (",", "was", "were", "is", "are", "been", "being", "be", "heavily", "strongly"):
        index -= 1
    before = index >= 0 and any(p.last == index for p in parts)
    index = trigger.last + 1
    while index < len(tokens) and tokens[index].low in ("the", "a", "an", "its", "their", "his", "her"):
        index += 1
    return before and any(p.first == index for p in parts)


def _in_the_adjective(tokens, participant, trigger_tokens) -> bool:
    """'fought side by side in the Spanish Civil War': a demonym after 'in the' names where, not a partner."""
    return participant.mention.via == "adjective" and participant.first > 1 and tokens[participant.first - 1].low == "the" \
        and tokens[participant.first - 2].low == "in" and participant.first - 2 not in trigger_tokens


def _joining_anothers(tokens, parts, trigger: Trigger, triggers) -> bool:
    """'refused to join the Soviet boycott': a hostile act of another state, refused when asked to join it, rebuffs
    that state (unlike 'refused to invade Cuba', where Cuba is the object of the act not done)."""
    if trigger.last + 2 >= len(tokens) or tokens[trigger.last + 2].low not in ("join", "support", "back", "endorse"):
        return False
    joined = [t for t, _ in triggers if t.first >= trigger.last + 2 and t.first <= trigger.last + 3]
    return any(p.mention.via == "adjective" and t.first < p.first and p.last < t.last for t in joined for p in parts)


# the house convention: talks that broke down or collapsed are broken off (164), an act of its own; talks that failed,
# stalled, foundered, "ended without agreement" or "came to nothing" were still held (04): an outcome, no act
_FAILING = frozenset("collapsed collapse collapses broke break breaks".split())
_NOT_THE_SUBJECT = frozenset(", ; : and but which that who when after before while".split())


def _failed_after(tokens, last: int) -> bool:
    """Whether the noun's phrase is the subject of a verb of failure ('talks between A and B in Jeddah broke down',
    'the negotiations ... on fishing limits collapsed'), within ten words and no clause break."""
    between = False
    for index in range(last + 1, min(len(tokens), last + 11)):
        low = tokens[index].low
        between = between or low == "between"
        if low in _NOT_THE_SUBJECT and not (low == "and" and between):  # ("between Iceland and Britain")
            return False
        if low in _FAILING:
            if tokens[index - 1].text[:1].isupper() and tokens[index - 2].low not in ("the", "on", "of", "over", "about") \
                    and not between:
                return False  # "At the Rio conference of January 1942 Brazil broke off relations": a subject of its own
            return not low.startswith("br") or index + 1 < len(tokens) and tokens[index + 1].low == "down"
    return False


def _valued_after_aside(tokens, last: int) -> bool:
    """'Soviet aid, much of it through the price paid for sugar, was estimated at several billion dollars': a sum told
    after an aside between commas."""
    # the noun's own phrase first ("American aid to India, most of it in surplus wheat, was estimated at ...")
    opened = next((i for i in range(last + 1, (last + 6 if last + 6 < len(tokens) else len(tokens))) if tokens[i].text == ","), None)
    if opened is None or any(_past(t) for t in tokens[last + 1 : opened]):
        return False
    for index in range(opened + 1, min(len(tokens) - 1, opened + 30)):
        if tokens[index].text in (";", ":", "."):
            return False
        if tokens[index].text == "," and index + 2 < len(tokens):
            return tokens[index + 1].low in ("was", "were") and tokens[index + 2].low in _VALUED \
                or _sum_verb(tokens, index + 1)  # "Trade between the two Koreas, most of it through Kaesong, came to"
    return False


_DRAFTING = frozenset("draft drafts drafted drafting redrafted".split())
_DRAWING = frozenset("draw draws drew drawn drawing".split())


def _drafted(tokens, first: int) -> bool:
    """Whether the text's noun at ``first`` is the object of a verb of drafting ('drafted the Indus Waters Treaty',
    'drew up a treaty'): a determiner, then up to four names or adjectives between."""
    index = first - 1
    while index >= 0 and first - index <= 5 and tokens[index].low not in ("the", "a", "an", "its", "their"):
        if not tokens[index].text[:1].isalpha():
            return False
        index -= 1
    if index < 1 or tokens[index].low not in ("the", "a", "an", "its", "their"):
        return False
    verb = tokens[index - 1].low
    return verb in _DRAFTING or verb == "up" and index >= 2 and tokens[index - 2].low in _DRAWING


_ROUGHLY = frozenset("about some nearly almost over more less roughly around only barely just".split())


def _sum_verb(tokens, index: int) -> bool:
    """Whether the verb at ``index`` tells a sum: 'amounted to', 'totalled', 'came to about $2.7 billion'."""
    low = tokens[index].low
    if low in _AMOUNTING or low in _GROWING:
        return True
    if low not in ("came", "comes") or index + 2 >= len(tokens) or tokens[index + 1].low != "to":
        return False
    after = tokens[index + 2]
    return after.low in _ROUGHLY or after.text[:1].isdigit() or after.text[:1] in "$£€"


# words before a noun that make it the complement of a copula: "was the main export", "remained the largest aid"
_COPULA_BEFORE = frozenset("is are was were remained remains became becomes".split())
_RANKS = frozenset("main chief largest biggest leading principal only single major greatest first second third "
                   "most important".split())


def _copular_standing(tokens, first: int) -> bool:
    """Whether the noun at ``first`` is ranked after a copula ('sugar was the main export of the island'): a standing."""
    index = first - 1
    ranked = False
    while index >= 0 and first - index <= 3 and tokens[index].low in _RANKS:
        index, ranked = index - 1, True
    if not ranked or index < 1:
        return False
    determiner = tokens[index]
    if not (determiner.low in ("the", "its", "their", "his", "her") or _possessive(tokens, index)):
        return False
    return tokens[index - 1].low in _COPULA_BEFORE


def _noun_after_determiner(tokens, first: int) -> bool:
    """Whether a verb's word stands as a noun after a determiner and a year or a name: 'the 1979 fighting with Vietnam',
    'the Chinese fighting'."""
    index = first - 1
    while index >= 0 and first - index <= 3 and (tokens[index].text[:1].isdigit() or tokens[index].text[:1].isupper()):
        index -= 1
    return index < first - 1 and index >= 0 and tokens[index].low in ("the", "its", "their", "this", "that")


def _at_the_asking(tokens, first: int) -> bool:
    """'at the request of', 'at the emir's request', 'upon the invitation of': a noun of asking after 'at' or 'upon'."""
    for index in range(first - 1, max(-1, first - 5), -1):
        low = tokens[index].low
        if low in ("at", "upon"):
            return True
        if not (low in ("the", "his", "her", "its", "their") or tokens[index].text[:1].isupper() or _possessive(tokens, index)):
            return False
    return False


_GIVEN_ROOTS = frozenset({"05", "06", "07"})
# what ends a pledge's object before a noun of help: the noun then belongs to a clause of its own
_OBJECT_ENDS = frozenset(", ; : ( ) but which that who whom after before when while because although".split())


def _promised_object(tokens, trigger: Trigger, following: Trigger) -> bool:
    """A noun of help in the object of a pledge or an offer: "pledged $4 billion in loans and aid to South Korea",
    "promised Beijing large loans and development aid" (not "promised to send aid", where the verb after "to" is the
    act promised, nor "invited").  The pledge is the act; the help is what it gives."""
    if trigger.entry["form"] != "verb" or trigger.entry["phrase"] == "invite" or following.entry["cameo"][:2] not in _GIVEN_ROOTS \
            or codes()[following.entry["cameo"]]["polarity"] != "cooperation" or following.first - trigger.last > 10:
        return False
    if following.entry["form"] == "verb" and (following.first == following.last and tokens[following.first].low.endswith("ed")
                                              or tokens[following.first - 1].low == "to"):
        return False  # a verb of its own: "promised to help", "offered aid and helped"
    if tokens[trigger.last].low in ("to", "that") or tokens[following.first].low.endswith("ing"):
        return False  # "agreed to stop supplying weapons": a verb names the act promised
    return not any(t.low in _OBJECT_ENDS or t.low == "to" for t in tokens[trigger.last + 1 : following.first])


_CAUSE_WORDS = frozenset("from under because after by at".split())
_JOIN_WORDS = frozenset("join joined joins joining".split())
# what ends the stretch between "joined" and the measure joined: a new phrase or clause ("joined France in an attack")
_NOT_IN_A_NAME = frozenset(", ; : ( ) and but or in with to by after before as when while which that who".split())


def _joined_measure_at(tokens, trigger: Trigger) -> int | None:
    """The index of "joined" when a hostile act is its object ("joined the United Nations embargo on", "joined the
    Soviet invasion of"), else None."""
    first = trigger.first
    if tokens[first].low in _JOIN_WORDS:
        return first  # the lexicon's "join * invasion of"
    if trigger.entry["form"] != "noun" or codes()[trigger.entry["cameo"]]["polarity"] != "conflict":
        return None
    for index in range(first - 1, max(-1, first - 6), -1):
        if tokens[index].low in _JOIN_WORDS:
            return index
        if tokens[index].low in _NOT_IN_A_NAME:
            return None
    return None


def _joiner_roles(tokens, parts, trigger: Trigger, clause) -> tuple[tuple, tuple] | None:
    """'Britain joined the United Nations embargo on strategic goods to China', 'Hungary joined the Soviet invasion of
    Czechoslovakia': the joiner does the act, to whom the act is aimed at after the noun; the state or body named
    inside the measure's name (the United Nations, Soviet) is another doer, neither the joiner nor the foe."""
    joined = _joined_measure_at(tokens, trigger)
    if joined is None:
        return None
    subject = tuple(dict.fromkeys(code for p in left_agents(parts, tokens, clause[0], joined) for code in p.codes))
    if not subject:
        return None
    # the foe is named in the measure's own phrase ("on strategic goods to China", "of Czechoslovakia"), not after
    # a new preposition of cause ("joined the invasion only under pressure from Moscow")
    foes = []
    for p in right_patients(parts, trigger.last, clause[1]):
        if any(t.low in _CAUSE_WORDS for t in tokens[trigger.last + 1 : p.first]) or p.first - trigger.last > 8:
            break
        foes += [code for code in p.codes if code not in subject]
    return subject, tuple(foes[:1])


def _seat_given(parts, trigger: Trigger) -> tuple[tuple[str], tuple[str]] | None:
    """A body's seat told passed to a state ("China's seat in the United Nations was transferred to Beijing"): the body
    named between the seat and its verb gives it, the state named right after "to" gets it (the state whose seat it
    was is neither)."""
    body = next((p for p in parts if trigger.first < p.first < trigger.last and p.mention.kind == "organization" and p.codes), None)
    given = next((p for p in parts if p.first == trigger.last + 1 or p.first == trigger.last + 2 and p.codes), None)
    if body is None or given is None or not given.codes or given.codes[0] == body.codes[0]:
        return None
    return (body.codes[0],), (given.codes[0],)


_PASSIVE_AUX = frozenset("was were is are been be being".split())


def _over_at(tokens, first: int) -> bool:
    """Whether the name at ``first`` follows "over" ("over Lebanon", "over the Sinai", "over northern Cuba")."""
    index = first - 1
    if index > 0 and (tokens[index].low == "the" or tokens[index].low in _COMPASS):
        index -= 1
    if index > 0 and tokens[index].low == "the":
        index -= 1
    return index >= 0 and tokens[index].low == "over"


_COMPASS = frozenset("northern southern eastern western central north south east west".split())


def _did_as_well(tokens, parts, trigger: Trigger, clause) -> list:
    """The states told to have done the act too, after it in its sentence: "..., as did France", "..., and so did
    Spain and Portugal" (each a doer of the act, not its object)."""
    lows = [t.low for t in tokens]
    for index in range(trigger.last + 1, len(tokens) - 1):
        if lows[index] != "did":
            continue
        if lows[index - 1] in ("as", "so") and lows[index - 2] in (",", "and"):
            listed, at = [], index + 1
            for part in parts:
                if part.first < at:
                    continue
                if not set(lows[at : part.first]) <= _LIST_WORDS or part.mention.kind != "state":
                    break
                listed.append(part)
                at = part.last + 1
            return listed
        return []  # ("..., and Japan did the same": the act told again, coded as such elsewhere)
    return []


_LEADING = frozenset(("led", "headed"))
# what says that states named after an act did it too: "on the same day as", "together with", "along with", "as did"
_ALONGSIDE = (("on", "the", "same", "day", "as"), ("at", "the", "same", "time", "as"), ("together", "with"),
              ("along", "with"), ("as", "did"))
_BOYCOTTED = frozenset("summit summits conference conferences forum meeting games olympics olympiad festival".split())


def _host_of_gathering(tokens, parts, mentions, trigger: Trigger, clause, sources, targets) -> str | None:
    """The state whose place hosts the gathering a boycott's target names right before its noun ("the SAARC summit in
    Kathmandu", "the Arab summit due in Baghdad"); None otherwise."""
    for p in parts:
        after = p.last + 1
        if p.codes[0] != targets[0] or p.first <= trigger.first or after + 2 >= clause[1] or tokens[after].low not in _BOYCOTTED:
            continue
        at = after + 1
        if tokens[at].low in ("due", "held", "planned", "scheduled", "hosted"):
            at += 1
        if tokens[at].low not in ("in", "at"):
            return None
        place = next((q for q in participants(mentions, tokens) if q.first > at), None)
        if place is None or place.first > at + 2 or len(place.codes) != 1 or place.mention.kind != "state" \
                or place.codes[0] in sources:
            return None
        return place.codes[0]
    return None


def _fled_state(code: str, sources: tuple[str, ...]) -> tuple[str] | None:
    """The one state a movement acts in while out of power (movements.txt periods other than GOV: rebels,
    opposition, a government-in-exile), when it is not the giver of shelter; None for a state or a body."""
    record = gazetteer.entity(code)
    periods = record.get("sectors") if record else None
    if not periods:
        return None
    states = {gazetteer.state_for(p["states"], None) for p in periods if p.get("sector") != "GOV" and p.get("states")}
    if len(states) != 1:
        return None
    state = states.pop()
    return None if state in sources else (state,)


_ROUTES = frozenset("route routes road roads corridor corridors passes railway railways".split())


def _route_end(tokens, parts, trigger: Trigger, clause, code: str) -> bool:
    """Whether ``code`` is named only as where a route in the act's object leads ("closed the supply routes into
    Afghanistan", "shut the roads to Nepal")."""
    end = next((p for p in parts if trigger.last < p.first < clause[1] and code in p.codes), None)
    if end is None or end.first - trigger.last > 6 or tokens[end.first - 1].low not in ("into", "to", "through"):
        return False
    return tokens[end.first - 2].low in _ROUTES


_TESTING = re.compile(r"test|detonat|explo|\bbombs?\b|device")  # a weapons test, not a drill or a show of force
_AIMED_AT = frozenset("toward towards near off over across into at on against".split())  # "fired toward Japan's coast"
_RANGE_WORDS = frozenset(("reach", "reaching", "hit", "hitting", "strike", "striking"))


def _named_as_owner_or_range(tokens, parts, code: str) -> bool:
    """Whether the sentence names ``code`` and only as a possessive ("India's tests") or after a verb of range ("able
    to reach Beijing", "capable of hitting Delhi")."""
    named = [p for p in parts if code in p.codes]
    return bool(named) and all(
        _possessive(tokens, p.last) and _AIMED_AT.isdisjoint(t.low for t in tokens[max(0, p.first - 3) : p.first])
        or p.first > 0 and tokens[p.first - 1].low in _RANGE_WORDS for p in named)


_TAKING_OVER = frozenset("annexation incorporation absorption".split())


def _taker_of_land(tokens, parts, mentions, trigger: Trigger, clause, sources, targets) -> str | None:
    """The state that took over the land the act's object names, told after "by" or "into" behind a noun of annexing
    ("the incorporation of the Baltic states into the Soviet Union", "the Baltic states' annexation by the Soviet
    Union") when the act's target is the land; None otherwise."""
    for k in range(trigger.last + 1, min(trigger.last + 8, clause[1] - 2)):
        if tokens[k].low not in _TAKING_OVER:
            continue
        land = next((p for p in parts if trigger.last < p.first and p.codes[0] == targets[0]), None)
        if land is None or not (land.last < k or tokens[k + 1].low == "of" and land.first > k):
            return None
        at = k + 1 if land.last < k else land.last + 1
        if tokens[at].low not in ("by", "into", "to"):
            return None
        taker = next((q for q in participants(mentions, tokens) if q.first > at), None)
        if taker is None or taker.first > at + 2 or len(taker.codes) != 1 or taker.codes[0] in sources \
                or taker.codes[0] == targets[0]:
            return None
        return taker.codes[0]
    return None


_COURT_WORDS = frozenset(("court", "tribunal", "arbitration"))


def _court_taken_to(tokens, parts, trigger: Trigger, targets) -> str | None:
    """The code of the court or tribunal a case is taken to ("took the dispute to the International Court of Justice"):
    a body after "to" inside the act's phrase, with a court's word in its name; None otherwise."""
    for p in parts:
        if trigger.first < p.first <= trigger.last + 1 and p.mention.kind == "organization" and p.codes[0] in targets \
                and "to" in {t.low for t in tokens[max(trigger.first, p.first - 3) : p.first]} \
                and not _COURT_WORDS.isdisjoint(t.low for t in tokens[p.first : p.last + 1]):
            return p.codes[0]
    return None


# where a movement lives or trains, named by the movement's name right before: "ZAPU camps", "ANC offices"
_PREMISES = frozenset("houses homes offices camps bases hideouts hideaways compounds residences safehouses".split())
_IN_PLACE = frozenset(("in", "at", "near", "outside", "around"))
_EDGES = frozenset("border borders frontier frontiers boundary".split())


def _host_of_premises(tokens, parts, mentions, trigger: Trigger, clause, target: str) -> str | None:
    """The state whose place holds the premises of the non-state group ``target`` named right before them, after the
    act ("raided ZAPU camps in Zambia", "ANC offices in the Zambian capital", "in Lusaka"); None otherwise (not "the
    PLO's headquarters near Tunis": a body's own seat is its)."""
    for p in parts:
        if p.codes[:1] != (target,) or p.first <= trigger.last or p.mention.kind == "state" or p.last + 3 >= clause[1] \
                or tokens[p.last + 1].low not in _PREMISES or tokens[p.last + 2].low not in _IN_PLACE:
            continue
        # (a capital after "in" is a place, not a party: it is among the mentions, not the act's participants)
        place = next((q for q in participants(mentions, tokens) if q.first > p.last + 2), None)
        if place is None or place.first > p.last + 5 or len(place.codes) != 1 or place.mention.kind != "state" \
                or any(t.low in ("and", ",", "to", "from") for t in tokens[p.last + 3 : place.first]) \
                or place.last + 1 < len(tokens) and tokens[place.last + 1].low in _EDGES:
            return None  # ("camps near the Zambian border": on either side of it)
        return place.codes[0]
    return None

class _Span(NamedTuple):
    first: int
    last: int
    codes: tuple[str, ...]


# words telling a listed pair at odds with each other (not allies acting side by side)
_RIVALRY_CUES = frozenset("mediation mediated ceasefire cease-fire standoff stand-off clash clashes dispute disputed "
                          "crisis rivals brink".split())


def _mediators(tokens, parts, trigger: Trigger, targets) -> bool:
    """Whether every state of ``targets`` is named after the act only right before a word of mediation ("after
    American mediation", "Brazilian mediators"): a go-between, not whom the act is aimed at."""
    named = [p for p in parts if set(p.codes) & set(targets)]
    return bool(named) and all(p.first > trigger.last and p.last + 1 < len(tokens)
                               and tokens[p.last + 1].low in ("mediation", "mediators", "mediator") for p in named)


def _at_odds(tokens, lows) -> bool:
    """Whether the sentence tells a pair at odds: a word of rivalry, or war prepared for or on the brink of ("prepared
    for war"; not a war told over: "after the war")."""
    if not lows.isdisjoint(_RIVALRY_CUES):
        return True
    return "war" in lows and any(t.low == "war" and k > 0 and tokens[k - 1].low in ("for", "of") for k, t in enumerate(tokens))
_MUTUAL_DE_ESCALATION = frozenset(("0871", "0356"))  # a ceasefire declared, a pledge to pull back from a fight
_PARTNER_WORDS = frozenset(("with", "between", "among", "amongst"))


def _pair_of_subjects(tokens, parts, trigger: Trigger, clause, sources) -> bool:
    """Whether the act's two sources are named as a plain list of subjects before it ("Ecuador and Peru agreed",
    "Ecuadorian and Peruvian troops", "the Peruvian president Fujimori and the Ecuadorian president Mahuad"), each a
    state of its own."""
    named: list[_Span] = []
    for p in parts:
        if clause[0] <= p.first and p.last < trigger.first and set(p.codes) & set(sources):
            if len(p.codes) != 1:
                return False
            if named and named[-1].codes == p.codes and named[-1].last + 1 == p.first:
                named[-1] = _Span(named[-1].first, p.last, p.codes)  # "Peruvian" + "President Fujimori": one subject
            else:
                named.append(_Span(p.first, p.last, p.codes))
    return len(named) == 2 and {p.codes[0] for p in named} == set(sources) \
        and _plain_list(tokens, named) and tokens[named[1].last + 1].low not in ("'s", "’s")


def _third_party_after(tokens, parts, trigger: Trigger, clause, targets, by_only: bool = False) -> bool:
    """Whether every state of ``targets`` is named after the act in the clause, none as its partner: not right after
    the verb ("met Kosygin") nor after "with" or "between"; with ``by_only``, each the agent of a "by" phrase
    ("a plan brokered by Brazil")."""
    named = [p for p in parts if set(p.codes) & set(targets)]
    return bool(named) and all(
        trigger.last + 2 < p.first < clause[1]
        and _PARTNER_WORDS.isdisjoint(t.low for t in tokens[trigger.last + 1 : p.first])
        and (not by_only or "by" in {t.low for t in tokens[p.first - 2 : p.first]})
        for p in named)

_ALONGSIDE_CUES = frozenset(("same", "together", "along", "did"))
_LIST_WORDS = frozenset((",", "and", "the"))


def _done_alongside(tokens, parts, trigger: Trigger, clause) -> tuple[str, ...]:
    """The states listed right after "on the same day as" (or "together with", "along with", "as did") that follows
    the act in its clause: each of them did the act too. A state's possessive ("along with Cuba's diplomats") or a
    name before a noun is no such state."""
    lows = [t.low for t in tokens]
    for index in range(trigger.last + 1, clause[1]):
        cue = next((c for c in _ALONGSIDE if tuple(lows[index : index + len(c)]) == c), None)
        if cue is None:
            continue
        at, listed = index + len(cue), []
        for part in parts:
            if part.first < at or part.last >= clause[1]:
                continue
            if not set(lows[at : part.first]) <= _LIST_WORDS or not part.codes:
                break
            after = lows[part.last + 1] if part.last + 1 < len(tokens) else "."
            if after not in (",", ".", ";", "and", "in", "on", "acting", ")") or part.mention.via == "adjective" \
                    or part.mention.kind not in ("state", "organization"):
                break  # "along with Cuba's diplomats", "together with Cuban advisers"
            listed.append(part.codes[0])
            at = part.last + 1
        return tuple(listed)
    return ()


def _led_by(tokens, parts, trigger: Trigger, clause) -> str | None:
    """The state after "led by" (or "headed by") that follows a hostile act's noun and its object within a few words:
    "the invasion of Grenada led by the United States", "the intervention in Vietnam led by the Americans"."""
    for index in range(trigger.last + 1, min(trigger.last + 6, clause[1] - 2)):
        if tokens[index].text in (",", ";") or tokens[index].low in ("and", "which", "that"):
            return None
        if tokens[index].low in ("led", "headed") and tokens[index + 1].low == "by":
            leader = next((p for p in parts if p.first in (index + 2, index + 3) and p.first < clause[1]), None)
            return leader.codes[0] if leader is not None and leader.codes else None
    return None


# hostile acts named again by a noun ("the invasion", "this raid"): what a reaction may be aimed at
def _victim_named(tokens, parts, trigger: Trigger, roles) -> str | None:
    """The state a verb's object names as the one a hostile act was done to, its doer unnamed ("condemned the
    invasion of Afghanistan", "the attack on Egypt"): the code of the state after "of", "on" or "against"."""
    if roles is None or not roles[1]:
        return None
    noun = _judged_noun(tokens, trigger)
    if noun is None:
        return None
    if tokens[noun + 1].low == "of" and tokens[noun].low in _DONE_BY_OF:
        return None  # "criticised the tests of India and Pakistan": who tested, not who suffered
    victim = next((p for p in parts if p.first in (noun + 2, noun + 3)), None)
    return victim.codes[0] if victim is not None and victim.codes and victim.codes[0] in roles[1] else None


def _judged_noun(tokens, trigger: Trigger) -> int | None:
    """Where the noun of a hostile act is, when a verb's object names it with whom it was done to: "condemned the
    invasion of Afghanistan", "protested against the naval blockade of Cuba" ("against" and one lower-case word
    between at most)."""
    index = trigger.last + 1
    if index < len(tokens) and tokens[index].low == "against" and tokens[trigger.last].low != "against":
        index += 1
    if index + 3 >= len(tokens) or tokens[index].low not in ("the", "this", "that"):
        return None
    index += 1
    if tokens[index].low not in _ACT_NOUNS and tokens[index].text.isalpha() and tokens[index].text.islower():
        index += 1  # "the naval blockade"
    if index + 2 >= len(tokens) or tokens[index].low not in _ACT_NOUNS or tokens[index + 1].low not in ("of", "on", "against"):
        return None
    return index


def _the_act_noun(tokens, index: int) -> bool:
    """Whether an act's noun is named again by "the", "this" or "that", at most one lower-case word between ("the
    invasion", "the naval blockade", "this air raid")."""
    before = tokens[index - 1].low
    if before in ("the", "this", "that"):
        return True
    return index > 1 and tokens[index - 1].text.isalpha() and tokens[index - 1].text.islower() \
        and tokens[index - 2].low in ("the", "this", "that")


def _doer_by(tokens, parts, trigger: Trigger, clause) -> str | None:
    """The state named after "by" right after the victim of an act a verb's object names ("the occupation of Kuwait
    by Iraq", "the attack on Egypt by the Israeli army"): who did it."""
    noun = _judged_noun(tokens, trigger)
    if noun is None:
        return None
    victim = next((p for p in parts if p.first in (noun + 2, noun + 3)), None)  # ("the" before it at most)
    if victim is None or victim.last + 2 >= clause[1] or tokens[victim.last + 1].low != "by":
        return None
    doer = next((p for p in parts if p.first in (victim.last + 2, victim.last + 3) and p.first < clause[1]), None)
    if doer is None or not doer.codes or (doer.first == victim.last + 3 and tokens[victim.last + 2].low != "the"):
        return None
    return doer.codes[0]


_REACTING = frozenset(("11", "12", "13", "14"))  # disapproving, rejecting, threatening, protesting


def _named_act_noun(tokens, trigger: Trigger, clause) -> str | None:
    """The act of force a reaction names as its object with no doer or date: "denounced the landing", "protested
    against the naval blockade" ("landing", "blockade"); None otherwise."""
    index = trigger.last + 1
    if index < clause[1] and tokens[index].low == "against" and tokens[trigger.last].low != "against":
        index += 1
    if index + 1 >= clause[1] or tokens[index].low not in ("the", "this", "that"):
        return None
    index += 1
    if tokens[index].low not in _ACT_NOUNS and index + 1 < clause[1] and tokens[index].text.isalpha() \
            and tokens[index].text.islower():
        index += 1  # "the naval blockade"
    return tokens[index].low if index < clause[1] and tokens[index].low in _ACT_NOUNS else None


_DONE_BY_OF = frozenset("test tests explosion explosions".split())  # "the tests of India": India's own tests
# acts of deed rather than word (aid, yielding, force), whose doer a condemnation of "it" told after them is aimed at
_DEEDS_ROOTS = frozenset(("06", "07", "08", "15", "16", "17", "18", "19", "20"))
_ACT_NOUNS = frozenset("raid raids attack attacks strike strikes invasion incursion incursions bombing bombings bombardment "
                       "shelling blockade quarantine occupation annexation seizure landing landings offensive assault "
                       "intervention massacre shooting sinking downing test tests explosion expulsion expulsions "
                       "embargo sanctions killing killings".split())


# what an act named by a noun with no doer does next when the text goes on with it: "The invasion began at dawn"
_ONSET_VERBS = frozenset("began begun begins started starts opened opens followed follows came comes continued continues "
                         "lasted resumed went took takes got".split())


def _told_on(tokens, trigger: Trigger, cameo: str) -> bool:
    """A noun act the sentence goes on with as its subject: "The invasion began", "A second offensive took", "The
    landings followed" (not "the attack on Goa", whose object is named, nor an act named as what was condemned)."""
    if trigger.first == 0 or trigger.last + 1 >= len(tokens) or tokens[trigger.last + 1].low not in _ONSET_VERBS:
        return False
    before = tokens[trigger.first - 1].low
    if before in ("the", "this", "that"):
        return trigger.first - 1 == 0 or tokens[trigger.first - 2].text in (",", ";", ":") or tokens[trigger.first - 2].text[:1].isdigit()
    return before in _AGAIN_WORDS and trigger.first >= 2 and tokens[trigger.first - 2].low in ("a", "an", "the")


def _suffered_in_context(tokens, parts, trigger: Trigger, clause, context: Context, polarity: str):
    """Who did an act whose doer the clause leaves unnamed, from the paragraph's last sentences: the state the one
    that suffers it last dealt with ("Japan attacked Pearl Harbor. In April 1942 sixteen bombers raided Tokyo"); with
    no state named at all, a passive hostile act goes on from the last hostile act ("Chinese troops attacked the
    Indian posts at dawn. Several posts were overrun.")."""
    if trigger.entry["form"] != "verb":
        return None  # ("the embargo on Pakistan was lifted": an act named by a noun with "the" was told before)
    named = [p for p in parts if clause[0] <= p.first < clause[1]]
    if not named:
        if polarity != "conflict" or not is_passive(tokens, trigger):
            return None
        told = context.last_act(True)
        return ((told.source,), (told.target,)) if told is not None and told.cameo[:2] in ("17", "18", "19", "20") else None
    codes_named = {code for p in named for code in p.codes[:1]}
    if len(codes_named) != 1 or any(p.first < trigger.first for p in named) or any(p.mention.kind != "state" for p in named):
        return None  # (a state named before the verb would be its subject: the rules above found none to take)
    (suffered,) = codes_named
    doer = context.counterpart(suffered)
    return ((doer,), (suffered,)) if doer and doer != suffered else None


_ALSO = frozenset("also too likewise similarly".split())
# a ceasefire declared and forces pulled back: kept with no target when the sentence names no other state
_OWN_RETREATS = frozenset(("0871", "087"))
_FORCES = frozenset("troops forces army armies soldiers units garrison garrisons brigade brigades divisions".split())
_TRUCES = frozenset("ceasefire cease-fire truce armistice".split())
_RELATIVES = frozenset("that which who whom whose".split())  # "The Vietnamese army that had invaded Cambodia ... withdrew"


# the roots of what is said rather than done: appeals, intents, demands, disapproval
_SPEECH_ROOTS = frozenset(("01", "02", "03", "09", "10", "11"))


def _recalled_envoy(tokens, everyone, trigger: Trigger, clause) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """'called home the American ambassador in Moscow': the envoy's state recalls him from the state where he serves
    (named by its capital or after 'in', 'from' or 'to'), whoever the clause's subject is."""
    if trigger.entry["cameo"] != "161" or trigger.entry["form"] != "verb" or trigger.entry["phrase"].startswith("expel"):
        return None  # (who expels diplomats acts on their state: "Castro's government expelled American diplomats")
    envoy = [p for p in everyone if trigger.first < p.first and p.last <= trigger.last and p.mention.via == "adjective"]
    if not envoy:
        return None
    own = envoy[0].codes[:1]
    post = [p for p in everyone if trigger.last < p.first < clause[1] and tokens[p.first - 1].low in ("in", "from", "to")
            and not set(p.codes) & set(own)]
    if not post:
        return None
    if any(set(p.codes) & set(post[0].codes) for p in left_agents(everyone, tokens, clause[0], trigger.first)):
        # "China closed the American consulate in Chengdu": the host named as the subject shuts another's mission on
        # its soil, an act on the mission's state
        return post[0].codes[:1], own
    return own, post[0].codes[:1]


_UNION_NOUNS = frozenset("union federation confederation condominium commonwealth".split())


def _union_partner(tokens, parts, trigger: Trigger, clause, sources) -> tuple[str, ...]:
    """The other state of a union the trigger's object names ('the Netherlands-Indonesian Union', 'its union with
    Egypt'); () when the object names none ('dissolved the Soviet Union')."""
    end = next((i for i in range(trigger.last + 1, len(tokens)) if tokens[i].text in (",", ";", ".", ":")), len(tokens))
    # (a dash inside the union's name is no break: "the Netherlands–Indonesian Union")
    noun = next((i for i in range(trigger.last + 1, min(end, trigger.last + 8)) if tokens[i].low in _UNION_NOUNS), None)
    if noun is None:
        return ()
    named = [p for p in parts if trigger.last < p.first and p.last <= noun + 3 and p.first < end
             and p.mention.kind == "state" and not set(p.codes) & set(sources)
             and (p.last < noun or tokens[p.first - 1].low == "with")]
    return named[0].codes[:1] if named else ()


_EXILED_ORGANS = frozenset("government governments cabinet authorities leadership committee".split())
_ARMED_DOERS = frozenset("gunmen gunman assassins assassin terrorists terrorist militants guerrillas commandos bombers "
                         "attackers hijackers kidnappers".split())


def _crowds_at_home(tokens, everyone, trigger: Trigger, clause) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """'crowds stone the American embassy in Beijing': people protesting in a capital are that state's; the target
    is the state whose embassy or people they protest at."""
    if any(t.low in _ARMED_DOERS for t in tokens[clause[0] : trigger.first]):
        return None  # "gunmen attacked Hosni Mubarak's motorcade in Addis Ababa": armed men, not the city's crowds
    seat = [p for p in everyone if trigger.last < p.first < clause[1] and p.mention.via == "capital"
            and tokens[p.first - 1].low == "in"]
    aimed = [p for p in everyone if trigger.first <= p.first < clause[1] and p not in seat]
    if not seat or not aimed:
        return None
    source = seat[0].codes[:1]
    target = tuple(code for code in aimed[0].codes[:1] if code not in source)
    return (source, target) if target else None


def _named_after_person(tokens, participant) -> bool:
    """A person's name after 'at', 'in', 'near' or 'off' and before another capitalized word names a place ('at
    Johnson South Reef', 'at Kennedy Airport', 'off Wilson Island'), not the person."""
    if participant.mention.kind != "person" or participant.first == 0 or participant.last + 1 >= len(tokens):
        return False
    after = tokens[participant.last + 1].text
    return tokens[participant.first - 1].low in ("at", "in", "near", "off", "from", "to") and after[:1].isupper() and after.isalpha()


def _inside_a_name(tokens, participant) -> bool:
    """A demonym between two capitalized words of a longer name ('Western Somali Liberation Front'); a group's
    one-word name before two more capitalized words ('the Arab Maghreb Union', 'the Sahrawi Arab Democratic Republic')."""
    if participant.mention.via == "group" and participant.first == participant.last and participant.last + 2 < len(tokens) \
            and participant.first > 0 and tokens[participant.first - 1].text[:1].isupper() | (tokens[participant.first - 1].low == "the"):
        after = tokens[participant.last + 1 : participant.last + 3]
        return all(t.text[:1].isupper() and t.text.isalpha() for t in after)
    if participant.mention.via == "group" and participant.first == participant.last and participant.first >= 2 \
            and participant.last + 1 < len(tokens) and tokens[participant.first - 1].low == "of" \
            and tokens[participant.first - 2].text[:1].isupper() and tokens[participant.last + 1].text[:1].isupper() \
            and tokens[participant.last + 1].text.isalpha():
        return True  # 'the Federation of Arab Republics': a group's word inside a name of the form 'X of Y Z'
    if participant.mention.via != "adjective" or participant.first < 2 or participant.last + 1 >= len(tokens):
        return False
    before, after = tokens[participant.first - 1].text, tokens[participant.last + 1].text
    return before[:1].isupper() and before.isalpha() and after[:1].isupper() and after.isalpha() and \
        tokens[participant.first - 2].text not in (".", "—", "–", ":", ";") and before.lower() not in ("the", "and")


def _presser(tokens, parts, trigger_first: int) -> tuple[str, ...]:
    """Who pressed for a yielding: 'under Soviet pressure', 'under pressure from Washington', 'under American
    financial pressure', told before the verb as the frame of the act."""
    for index, token in enumerate(tokens[:trigger_first]):
        if token.low != "pressure" or "under" not in {t.low for t in tokens[(index - 4 if index > 4 else 0) : index]}:
            continue
        for p in parts:
            if index - 3 <= p.first and p.last < index and p.mention.via == "adjective" \
                    or index < p.first <= index + 3 and tokens[p.first - 1].low in ("from", "by") \
                    or p.last + 2 == index and tokens[p.last + 1].low == "'s":
                return p.codes[:1]
    return ()


_HYPHEN_BROKER = re.compile(r"\w-(?:brokered|mediated)\b|\b(?:brokered|mediated|hosted) by\b").search  # one pass over the sentence: most have none
_MEDIATED = frozenset("mediated brokered arranged".split())  # not "hosted": a host of a summit takes part in it
_AUSPICES_CUES = frozenset(("by", "under", "presence"))
_ONLOOKER_CUES = _AUSPICES_CUES  # _onlookers' own "under" is among them


def _hosted_at(tokens, parts, trigger: Trigger, clause) -> str | None:
    """The state of the place a guest "was received in" or "at", when no state follows "by" (the host named by his
    title alone: "by the president", "by the king"); None otherwise."""
    if "by" not in [t.low for t in tokens[trigger.last + 1 : clause[1]]]:
        return None  # "Ayub Khan was received in Peking": no host told, the guest's visit
    place = None
    for part in parts:
        if part.first <= trigger.last or part.first >= clause[1] or not part.codes:
            continue
        before = tokens[part.first - 1].low
        if before == "by" or (before == "the" and tokens[part.first - 2].low == "by"):
            return None  # "was received by King Saud", "by the Soviet premier": the host is named
        if place is None and part.mention.via in ("place", "capital") and (before in ("in", "at") or (
                before == "the" and tokens[part.first - 2].low in ("in", "at"))):
            place = part.codes[0]
    return place


def _onlookers(tokens, parts, clause, words=None) -> set[str]:
    """The states that oversee or look on at the act, no party to it: "under United Nations verification", "under the
    auspices of the OAU", "with President Carter as witness", and each state of a list that goes on from one of them
    ("in the presence of the presidents of Argentina and Brazil"). ``words``: the sentence's words, when the caller
    has them."""
    under: set[str] = set()
    if words is not None and _ONLOOKER_CUES.isdisjoint(words) and _WITNESS_WORDS.isdisjoint(words) \
            and (_HELPING_NOUNS.isdisjoint(words) or _HELPING_OPENERS.isdisjoint(words)) \
            and not (len(tokens) > 1 and tokens[0].low in ("and", ",")):
        # every test below needs a word of these sets in the sentence ("under", _auspices's cue words, a witness, help
        # and its opener), or a list going on from the sentence's first word: most sentences hold none (one set test
        # for the sentence instead of three helpers called for each participant of each trigger)
        return under
    last = -1  # where the last onlooker of a list "in the presence of" ends
    for part in parts:
        if part.first == 0 or part.first >= clause[1]:
            continue
        before, witness = tokens[part.first - 1].low, _as_witness(tokens, part)
        if before == "under" or _auspices(tokens, part.first) or witness or _helping_hand(tokens, part) \
                or (last == part.first - 2 and before in ("and", ",") and part.mention.via != "adjective"):
            # (not "under the mediation of the Shah of Iran, Afghan and Pakistani delegations agreed": the list of
            # onlookers goes on by names, and an adjective after its comma opens the clause's subject)
            under.update(part.codes)
            # (only those present go on by a list: "talks mediated by Algeria between Iran and Iraq" are Iraq's)
            last = part.last if last == part.first - 2 or "presence" in [t.low for t in tokens[max(0, part.first - 8) : part.first]] else -1
            if witness:
                # "with Russia and Kyrgyzstan as witnesses": the states listed just before the last are witnesses too
                earlier = part
                for other in reversed([p for p in parts if p.last < part.first]):
                    if other.last != earlier.first - 2 or tokens[other.last + 1].low not in ("and", ","):
                        break
                    under.update(other.codes)
                    earlier = other
    return under


_CHARGE_NOUNS = frozenset("charge charges accusation accusations allegation allegations".split())
_CHARGE_STOPS = frozenset((",", ";", ".", ":", "and", "but", "to", "that"))


def _rebutted_charge(tokens, trigger: Trigger) -> bool:
    """Whether a rejection's object is a charge ("rejected the charges", "rebuffed these accusations", "dismissed the
    allegation as baseless"): the rejecting side denies its own part, no act toward the accuser; a rejected claim,
    demand or plan stays a rejection ("refused to pay the charges": the verb governs another act)."""
    last = trigger.last
    if tokens[last].low in _CHARGE_NOUNS:
        return True  # the lexicon's phrase ends in the noun ("dismiss * charges")
    for index in range(last + 1, min(len(tokens), last + 5)):
        low = tokens[index].low
        if low in _CHARGE_NOUNS:
            return True
        if low in _CHARGE_STOPS:
            return False
    return False


# (a guarantor too: guarantors, mediators, witnesses are no party to the act, tests/data/other_pairs/CONVENTIONS.md)
_WITNESS_WORDS = frozenset("witness witnesses observer observers guarantor guarantors".split())
# the help or go-between a state lends an act of others: "restored relations through Iranian mediation", "an agreement
# drafted with British help", "through the good offices of the Shah of Iran"
_HELPING_NOUNS = frozenset("mediation help assistance offices".split())
_HELPING_OPENERS = frozenset("through with by after via".split())


def _helping_hand(tokens, part) -> bool:
    """"through Iranian mediation", "with British help", "through the Shah's good offices", "through the good offices of
    the Shah of Iran": the state that lends its help or offices to the act is no party to it."""
    at = part.last + 1
    if at < len(tokens) and part.mention.via == "adjective":
        noun = tokens[at + 1].low if tokens[at].low == "good" and at + 1 < len(tokens) else tokens[at].low
        return noun in _HELPING_NOUNS and part.first >= 1 and tokens[part.first - 1].low in _HELPING_OPENERS
    if part.first >= 4 and tokens[part.first - 1].low in ("of", "the") and tokens[part.first - 2].low in ("of", "offices"):
        words = [t.low for t in tokens[max(0, part.first - 6) : part.first]]
        return "offices" in words and "good" in words and any(w in _HELPING_OPENERS for w in words)
    return False


def _as_witness(tokens, part) -> bool:
    """"signed the accords, with President Carter as witness", "with the World Bank as a witness": who is named as
    the act's witness is no party to it."""
    at = part.last + 1
    if at >= len(tokens) or tokens[at].low != "as" or "with" not in [t.low for t in tokens[max(0, part.first - 4) : part.first]]:
        return False
    words = [t.low for t in tokens[at + 1 : at + 3]]
    return bool(words) and (words[0] in _WITNESS_WORDS or (words[0] in ("a", "an", "the") and words[1:] and words[1] in _WITNESS_WORDS))


def _auspices(tokens, first: int) -> bool:
    """'under the mediation of the OAU', 'under the auspices of the United Nations': who oversees is no party."""
    wide = list(map(_LOW, tokens[(first - 8 if first > 8 else 0) : first]))
    if _AUSPICES_CUES.isdisjoint(wide):
        return False  # every test below needs one of these words before the name (most names have none)
    words = wide[-5:]  # the last five words of the wider window
    by = len(wide) - 1 - wide[::-1].index("by") if "by" in wide else -1
    if by >= 1 and wide[by - 1] in _MEDIATED and len(wide) - by <= 4 and not {",", ";", "and"} & set(wide[by:]):
        return True  # "after talks mediated by the Organisation of African Unity", "brokered by the former president"
    if "under" in wide and wide[wide.index("under") + 1 : wide.index("under") + 4][-2:] in (["mediation", "of"], ["auspices", "of"]) \
            and not {",", ";"} & set(wide[wide.index("under") :]):
        return True  # "under the mediation of the former Peruvian president": who mediates is no party
    if "under" in words and "pressure" in words[words.index("under") :] and words[-1] in ("from", "by"):
        return True  # "agreed to a ceasefire under heavy pressure from the United States": who presses is no partner
    at = wide.index("presence") if "presence" in wide else -1  # "in the presence of the presidents of Argentina"
    if at >= 1 and "of" in wide[at:] and "in" in wide[max(0, at - 2) : at] and not {",", ";"} & set(wide[at:]) \
            or words[-2:] == ["witnessed", "by"]:
        return True  # "signed at the White House in the presence of President Clinton": who looks on is no party
        # ("alarm at the presence of British warships": the force present is the act's doer)
    return "under" in words and "of" in words[words.index("under") :]


_RELATIONS_WORDS = frozenset("relations ties".split())
_UNIT_WORDS = {word: number for number, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen".split())}
_TEN_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


def _count_of(word: str) -> int | None:
    """A count written in figures or words: "12", "twelve", "twenty-two"."""
    if word.isdigit():
        return int(word)
    tens, _, unit = word.partition("-")
    if tens in _TEN_WORDS and (not unit or unit in _UNIT_WORDS):
        return _TEN_WORDS[tens] + _UNIT_WORDS.get(unit, 0)
    return _UNIT_WORDS.get(word)


def _compound_signers(tokens, parts, start: int, first: int) -> tuple[tuple[str], tuple[str]] | None:
    """The two states a hyphenated compound before a passive signing joins ("The Sino-British Joint Declaration was
    signed", "the Anglo-Irish Agreement was ratified"), in the order it names them; None when there is no such word."""
    for index in range(start, first):
        if "-" in tokens[index].text:
            joined = sorted((p for p in parts if p.first == index == p.last and p.codes and p.mention.via == "adjective"),
                            key=lambda p: p.mention.start)
            if len(joined) == 2 and joined[0].codes[0] != joined[1].codes[0]:
                return (joined[0].codes[0],), (joined[1].codes[0],)
    return None


def _passive_sender(tokens, parts, trigger: Trigger, clause, context) -> tuple[tuple, tuple] | None:
    """Sender and receiver of troops told sent in the passive (see _sender_in_focus)."""
    receiver = next((p for p in parts if p.first == trigger.last + 1 or p.first == trigger.last + 2
                     and tokens[trigger.last + 1].low == "the"), None)
    if receiver is None or not receiver.codes or receiver.mention.kind != "state":
        return None
    own = next((p for p in parts if p.first < trigger.first <= p.last + 1 and p.codes), None)  # (the troops' words may be the name's)
    if own is not None:
        return (own.codes[0],), receiver.codes[:1]  # "Cuban soldiers were sent to Ethiopia"
    agent = by_agent(parts, tokens, receiver.last, clause[1])
    if agent is not None:
        return (agent.codes[0],), receiver.codes[:1] if agent.codes else None
    return _sender_in_focus(tokens, parts, trigger, clause, context) if context is not None else None


def _sender_in_focus(tokens, parts, trigger: Trigger, clause, context) -> tuple[tuple, tuple] | None:
    """The sender of what a passive with no doer tells sent ("by 1976 troops had been sent to Angola"), when the
    paragraph makes it the only candidate: the one state other than the receiver that the sentence before named or
    that took part in the paragraph's acts within reach ("In 1975 Cuba backed the MPLA"); None where the sentence names
    another state before the verb, or the paragraph two candidates or none."""
    receivers = [p for p in parts if trigger.last < p.first < clause[1] and p.codes and p.mention.kind == "state"
                 and tokens[p.first - 1].low in ("to", "into", "for")]
    if len(receivers) != 1 or any(p.last < trigger.first and p.mention.kind == "state" for p in parts):
        return None
    receiver = receivers[0].codes[0]
    candidates = set(context.named_before)
    for event in context.acts_within_reach():
        candidates.update(event.actors)
    candidates.discard(receiver)
    candidates = {code for code in candidates if code.isalpha() and code.isupper() and len(code) == 3}
    if len(candidates) != 1:
        return None
    return (candidates.pop(),), (receiver,)


_PACT_WORDS = frozenset("treaty agreement pact accord convention".split())


def _it_pact(tokens, parts, trigger: Trigger, events: list[Event], span, sources: tuple, context=None) \
        -> tuple[tuple, tuple] | None:
    """The parties of a pact an act takes up again as "it" ("signed a fisheries agreement in 1950 [...] and renewed
    it in 1961"; "the trade treaty between Chile and Peru ran out in 1958; both renewed it"): the pact told as an act
    of two parties in the sentence or the paragraph's sentences before, else named with its two parties before the
    verb in the sentence. The doer, when one of them, renews it with the other; "both" or no party named, the two."""
    told = next((e for e in reversed(events) if e.span == span and len(set(e.actors)) == 2 and e.trigger
                 and _PACT_WORDS.intersection(w.rstrip("s") for w in e.trigger.lower().split())), None)
    if told is None and context is not None:
        told = next((e for e in reversed(context.acts_within_reach()) if len(set(e.actors)) == 2 and e.trigger
                     and _PACT_WORDS.intersection(w.rstrip("s") for w in e.trigger.lower().split())), None)
    if told is not None:
        pair = tuple(dict.fromkeys(told.actors))
    else:
        if not any(t.low.rstrip("s") in _PACT_WORDS for t in tokens[: trigger.first]):
            return None
        pair = tuple(dict.fromkeys(code for p in parts if p.last < trigger.first and p.mention.kind == "state"
                                   for code in p.codes[:1]))
        if len(pair) != 2:
            return None
    doer = sources[0] if len(set(sources)) == 1 else None
    if doer in pair:
        return (doer,), tuple(code for code in pair if code != doer)
    return pair, pair


def _them_relations(tokens, parts, trigger: Trigger, events: list[Event], span, sources: tuple, context=None) \
        -> tuple[tuple, tuple, int | None] | None:
    """Relations an act takes up again as "them", told before in the sentence: restored "twenty-two years after
    Santiago had broken them off" (in a pluperfect aside: the break told again, by the aside's subject against the
    other party, in the year the aside counts back to, or None when it gives no count), or broken off "and restored
    them in 1999" (by the verb's subject, against the other party). None where the doer is no party to an act on
    relations told before in the sentence."""
    told = next((e for e in reversed(events) if e.span == span and len(set(e.actors)) == 2 and e.trigger
                 and _RELATIONS_WORDS.intersection(e.trigger.lower().split())), None)
    if told is None:
        # "Indonesia suspended relations with China in 1967. The two countries restored them in 1990": relations told
        # in the paragraph's sentence before, taken up again by one of their parties
        told = next((e for e in reversed(context.acts_within_reach()) if len(set(e.actors)) == 2 and e.trigger
                     and _RELATIONS_WORDS.intersection(e.trigger.lower().split())), None) if context is not None else None
        doer = sources[0] if sources else None
        if told is None or doer not in told.actors:
            return None
        return (doer,), (next(code for code in told.actors if code != doer),), None
    aside = _earlier_in_aside(tokens, trigger)
    opener = aside[0] if aside is not None else _counted_after(tokens, trigger)
    if opener is None:
        doer = sources[0] if sources else None
        return ((doer,), (next(code for code in told.actors if code != doer),), None) if doer in told.actors else None
    subject = [p for p in parts if opener < p.first and p.last < trigger.first and p.codes]
    doer = subject[0].codes[0] if subject else told.source if tokens[opener + 1].low in ("it", "they") else None
    if doer not in told.actors:
        return None
    other = next(code for code in told.actors if code != doer)
    years = _count_of(tokens[opener - 2].low) if opener >= 2 and tokens[opener - 1].low in ("years", "year") else None
    back = int(told.date[:4]) - years if years and told.date and told.date[:4].isdigit() else None
    return (doer,), (other,), back


def _counted_after(tokens, trigger: Trigger) -> int | None:
    """The "after" of "22 years after Brazil's military rulers broke them off": a time counted back to the act, its
    subject between; None when the verb is not in such an aside."""
    for back in range(trigger.first - 1, max(0, trigger.first - 7), -1):
        low = tokens[back].low
        if low in ("after", "since"):
            return back if back < trigger.first - 1 and tokens[back - 1].low in _SPANS_BACK else None
        if not tokens[back].text[:1].isalpha() or low in _NOT_THE_SUBJECT:
            return None
    return None


# what opens an aside whose pluperfect verb has its own subject: "which the Soviet Union had annexed", "after Egypt
# had broken them off", "since Jakarta had suspended them"
_EARLIER_OPENERS = frozenset("which whom after since".split())
_BEFORE_HAD = frozenset("already previously earlier once first long".split())
# what, before "after" or "since", counts the time back to the earlier act: "ten years after", "long after"
_SPANS_BACK = frozenset("years year decades decade months long".split())


def _earlier_in_aside(tokens, trigger: Trigger) -> tuple[int, int] | None:
    """A pluperfect verb in a relative or "after" clause ('who had nationalized', 'which the Soviet Union had annexed',
    'after Egypt had broken them off'): an act before the story's time. Returns the aside's first token and the end
    of its clause (its closing comma, or the sentence's end), or None."""
    if trigger.entry["form"] != "verb" or trigger.first < 2:
        return None
    had = trigger.first - 1
    if tokens[had].low in _BEFORE_HAD:
        had -= 1
    if had < 1 or tokens[had].low != "had":
        return None
    opener = had - 1 if tokens[had - 1].low in ("who", "which", "that") else None
    for back in range(had - 1, max(-1, had - 6), -1) if opener is None else ():
        low = tokens[back].low
        if low in _EARLIER_OPENERS:
            opener = back if back < had - 1 else None  # a subject of its own between
            if low in ("after", "since") and not (back >= 1 and tokens[back - 1].low in _SPANS_BACK):
                opener = None  # "entered Egypt in 1882, after the navy had shelled Alexandria": just before, told at the date
            break
        if not tokens[back].text[:1].isalpha() or low in _NOT_THE_SUBJECT:
            return None
    if opener is None:
        return None
    close = next((i for i in range(trigger.last + 1, len(tokens)) if tokens[i].text in ",;:"), len(tokens))
    return opener, close


def _predicate_of_it(tokens, trigger: Trigger) -> bool:
    """'it was a suicide bombing', 'this was an invasion': a noun naming what a pronoun was, with no doer of its own
    (at most two words between the article and the noun)."""
    for article in range(trigger.first - 1, (trigger.first - 4 if trigger.first - 4 > 1 else 1), -1):
        if tokens[article].low in ("a", "an"):
            return tokens[article - 1].low in _EQUATING and article >= 2 and tokens[article - 2].low in ("it", "this", "that") \
                and not any(t.text[:1].isupper() for t in tokens[article + 1 : trigger.first])
    return False


def _named_in_answered_act(tokens, everyone, trigger: Trigger, clause, targets) -> bool:
    """Whether an act told after "with", in answer to an act named between an answering verb and it ("answered the
    downing of its bomber with sanctions"), has as targets only states named in the act answered (places too), other
    than its doer after "by"."""
    index = trigger.first - 1
    while index > clause[0] and tokens[index].text.islower() and tokens[index].low not in ("with", "by"):
        index -= 1  # "with trade sanctions", "with a formal protest"
    if index <= clause[0] or tokens[index].low != "with":
        return False
    answer = next((k for k in range(index - 1, clause[0] - 1, -1) if tokens[k].low in ANSWERING), None)
    if answer is None:
        return False
    inside = {code for p in everyone if answer < p.first < index and tokens[p.first - 1].low != "by" for code in p.codes}
    return set(targets) <= inside


_LIST_GLUE = frozenset(("and", ","))


def _inside_charged_list(tokens, position: int) -> bool:
    """Whether an "and" or a comma joins names in a list right after "that" ("that China and Thailand were")."""
    that = next((k for k in range(position - 1, max(-1, position - 8), -1) if tokens[k].low == "that"), None)
    return that is not None and position + 1 < len(tokens) and tokens[position + 1].text[:1].isupper() \
        and all(t.text[:1].isupper() or t.low in ("and", ",", "the") for t in tokens[that + 1 : position])


_ACCUSING = frozenset("accused accuses accusing charged charges charging".split())


def _alleged(tokens, trigger: Trigger, accusations: list[Event], lows=frozenset()) -> bool:
    """Whether an act is what an earlier accusation of the sentence charges ('accused X of preparing an invasion',
    'charged Y with spying'), up to a coordination that starts an act of its own ('... and shot down a plane'); the
    accusation need not be coded itself ("The council that took power accused Beijing of having armed ...": its
    doer unknown, what it charges is still no act told as done)."""
    if accusations:
        after = accusations[-1].trigger_span[1]
    elif not _ACCUSING.isdisjoint(lows):
        verb = next((i for i in range(trigger.first - 1, -1, -1) if tokens[i].low in _ACCUSING), None)
        if verb is None:
            return False
        after = tokens[verb].end
    else:
        return False
    for position in range(trigger.first - 1, max(-1, trigger.first - 9), -1):
        low = tokens[position].low
        if low in _LIST_GLUE and tokens[position].start >= after and _inside_charged_list(tokens, position):
            continue  # "charged that China and Thailand were arming the rebels": the list of states charged
        if tokens[position].start < after or low in ("and", ",", ";", "but", "then", "while"):
            return False
        if low in ("of", "with"):
            return True
        if low == "that":
            # "Beijing charged that Hanoi had shelled its villages", "alleged on Monday that": the clause the
            # accusation states right after its verb is what it charges, not an act told as done
            return sum(1 for t in tokens[:position] if t.start >= after) <= 3
    return False


# acts whose withholding, told as "would not", is a refusal: "would not negotiate with India over Goa"
WITHHELD = frozenset(("04", "05", "06", "07", "08"))


# disapproving, rejecting, protesting: said with no object, the stance answers the state told of last
_STANCES = frozenset({"11", "12", "14"})
_NO_OBJECT = frozenset((".", ",", ";", ":", "and", "but", "to"))
_REFUSAL_ADVERBS = frozenset("even ever yet now again immediately officially formally directly".split())


def _would_not(tokens, trigger: Trigger) -> bool:
    """'The Portuguese government would not negotiate' ('would never', 'will not', 'would not even'): a refusal,
    unless a condition makes it a supposition ('would not have', 'if', 'had ...')."""
    if trigger.first < 2 or trigger.entry["form"] != "verb" or trigger.entry["cameo"][:2] not in WITHHELD:
        return False
    index = trigger.first - 1
    while index > 1 and tokens[index].low in _REFUSAL_ADVERBS:
        index -= 1  # "would not even discuss its territories", "would never again negotiate"
    if not (tokens[index].low in ("wouldn't", "won't") or tokens[index].low in ("not", "never")
            and tokens[index - 1].low in ("would", "will")):
        return False  # ("could not agree": an inability, no refusal)
    return tokens[0].low not in ("had", "were", "should") and not {t.low for t in tokens} & {"if", "unless", "otherwise"}


# a state's own organs, named without the state in a report from its capital
OFFICIALS = frozenset("government treasury ministry cabinet authorities officials administration regime parliament "
                      "police army navy".split())


# arrivals told with no place (in a report: the place of its dateline): "Khatami arrived on Friday"
ARRIVING = frozenset(("arrive on", "arrive yesterday|today|tonight"))


def _past_a_comma(tokens, parts, trigger: Trigger, clause, targets) -> bool:
    """Whether the state an arrival seems aimed at is first named past a comma ("Gorbachev, who arrived on Sunday, leaves
    for London today"): the main clause's, not the arrival's."""
    named = next((p for p in parts if trigger.last < p.first and set(p.codes) & set(targets)), None)
    return named is not None and any(t.text == "," for t in tokens[trigger.last + 1 : named.first])


def _person_arrives(tokens, parts, trigger: Trigger, clause) -> bool:
    """Whether the one who arrives is a person ("Khatami arrived on Friday"), not troops ("the first units arrived today")."""
    subject = left_agents(parts, tokens, clause[0], trigger.first)
    return bool(subject) and subject[-1].mention.kind == "person"


def _dateline_state(doc: Document) -> str | None:
    """The state whose place a report's dateline names ("PEKING, July 7 (Reuters)")."""
    lead = doc.meta.get("dateline")
    if not lead:
        return None
    return next((m.entity for m in doc.mentions if lead[0] <= m.start and m.end <= lead[1] and m.kind == "state"
                 and m.entity), None)


def _organ_after_determiner(before, index: int) -> bool:
    """'the ministry', 'its army', 'the Foreign Ministry', 'the External Affairs Ministry': an organ after "the" or
    "its" and at most two capitalized words naming its branch."""
    for back in range(1, 4):
        if index - back < 0:
            return False
        word = before[index - back]
        if word.low in ("the", "its"):
            return True
        if not word.text[:1].isupper():
            return False
    return False


# what an organ issues, which speaks for it: "A Foreign Ministry statement accused", "a government spokesman said"
_ISSUED = frozenset("statement statements spokesman spokeswoman spokesperson communique communiqué note announcement".split())


def _organs_statement(before, index: int) -> bool:
    """'A Foreign Ministry statement', 'a government spokesman': what an organ issues, after "a" or "an" and at most
    two capitalized words naming its branch, speaks for the organ."""
    if index + 1 >= len(before) or before[index + 1].low not in _ISSUED:
        return False
    for back in range(1, 4):
        if index - back < 0:
            return False
        word = before[index - back]
        if word.low in ("a", "an"):
            return True
        if not word.text[:1].isupper():
            return False
    return False


_OFFICE_TITLES = frozenset("minister premier spokesman ambassador".split())


def _titled_unknown(before) -> bool:
    """'Deputy Foreign Minister Phan Hien': an office's title and a name the gazetteer does not hold, every word
    capitalized (in a report, the official of the dateline's state)."""
    return len(before) >= 2 and all(t.text[:1].isupper() and t.text.isalpha() for t in before) \
        and any(t.low in _OFFICE_TITLES for t in before[:-1])


def _official_of_dateline(doc: Document, tokens, parts, trigger: Trigger, clause) -> tuple | None:
    """'LONDON, July 27 (Reuters) - The Treasury froze Egyptian balances': an organ of the state whose capital
    the dateline names, when the clause names no state before the verb."""
    lead = doc.meta.get("dateline")
    if not lead:
        return None
    home = next((m.entity for m in doc.mentions if lead[0] <= m.start and m.end <= lead[1] and m.kind == "state"
                 and m.entity), None)
    first = clause[0]
    while first < trigger.first and tokens[first].start < lead[1]:
        first += 1  # the dateline itself names the home state, not the doer
    before = tokens[first : trigger.first]
    if home is None or any(first <= p.first and p.last < trigger.first for p in parts) or len(before) > 7 \
            or not (len(before) <= 5 and any(t.low in OFFICIALS and (_organ_after_determiner(before, i) or _organs_statement(before, i))
                                             for i, t in enumerate(before)) or _titled_unknown(before)):
        return None
    objects = [p for p in right_patients(parts, trigger.first, clause[1]) if home not in p.codes]
    return ((home,), objects[0].codes[:1]) if objects else None


def _event(doc: Document, cameo: str, sources, targets, actors, trigger: Trigger, span, dated: Dated | None, mood: str,
           repeat: bool = False) -> Event:
    info = codes()[cameo]
    source = sources[0] if sources else None
    target = targets[0] if targets else None
    keys = [doc.id, str(span), str((trigger.start, trigger.end)), cameo, str(source), str(target)]
    if repeat and dated is not None:
        keys.append(dated.label)  # one trigger told at several dates: one event per date
    return Event(
        id=content_id(*keys),
        doc=doc.origin,
        doc_id=doc.id,
        date=dated.label if dated else None,
        date_text=dated.text if dated else None,
        precision=dated.precision if dated else None,
        source=source,
        target=target,
        actors=list(actors),
        type=info["type"],
        cameo=cameo,
        goldstein=info["goldstein"],
        quad=info["quad"],
        polarity=info["polarity"],
        evidence=doc.text[span[0] : span[1]],
        span=span,
        trigger=doc.text[trigger.start : trigger.end],
        trigger_span=(trigger.start, trigger.end),
        mode=info["mode"],
        modality="asserted" if mood == "refused" else mood,
        date_source=dated.source if dated else None,
        title=doc.title,
    )


# -- quoted speech ---------------------------------------------------------------------------------------------------

_QUOTE_AFTER_COMMA = re.compile("[,?!][\"”’'»]")  # searched in C before any token is read
_QUOTE_AFTER_COLON = re.compile(":[ \t]*[\"“«]")


def _may_quote(sentence: str) -> bool:
    """Whether the sentence holds a closing mark _QUOTE_AFTER_COMMA looks for: five searches in C, cheaper than the
    regex's try at every position."""
    return "'" in sentence or '"' in sentence or "’" in sentence or "”" in sentence or "»" in sentence
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "«", "»"})
_SPEECH = frozenset("said says declared declares warned warns told tells replied replies wrote writes announced announces "
                    "insisted insists retorted retorts answered answers stated states proclaimed vowed vows called calls "
                    "added adds protested protests".split())
_IMPERATIVES = frozenset("stop withdraw leave end halt cease release free get pull give return lift let hand remove dismantle "
                         "evacuate".split())
_DE_ESCALATING = frozenset("stop withdraw leave end halt cease pull remove dismantle evacuate".split())
_REFUSED = frozenset("accept agree allow recognize recognise tolerate permit sign join surrender yield negotiate".split())
_NEGATIVE = frozenset("not never no cannot nor".split())
_FORCE_WORDS = frozenset("force forces weapon weapons strike strikes attack war military bomb bombs missiles nuclear "
                         "invade retaliate destroy crush".split())
_MENACE = frozenset("act hesitate pay consequences punish respond retaliate regret".split()) | _FORCE_WORDS
_QUOTED_PLEDGES = frozenset("peace settle cooperate cooperation talks negotiate friendship help assist support restore normalize "
                      "normalise end withdraw".split())
_CONDEMNING = frozenset("barbaric crime criminal aggression outrage outrageous provocation murder piracy terrorism "
                        "violation lie lies shameful unacceptable illegal brutal".split())


def quoted_speech_cue(tokens) -> bool:
    """A cheap gate: a quotation mark after a comma (or ?/!) with a verb of speech a few words on, or after a colon
    with a verb of speech a few words before."""
    for index in range(1, len(tokens) - 1):
        if tokens[index].text in _QUOTES and tokens[index - 1].text in (",", "?", "!") \
                and any(t.low in _SPEECH for t in tokens[index + 1 : index + 8]):
            return True
    return _speech_then_quote(tokens) is not None


def _speech_then_quote(tokens) -> tuple[int, int] | None:
    """The verb of speech and the opening mark of words quoted after their speaker and a colon ('China told India:
    "Dismantle your posts or bear the consequences"'), or None."""
    for index in range(2, len(tokens) - 1):
        if tokens[index].text in _QUOTES and tokens[index - 1].text == ":":
            verb = next((k for k in range(index - 2, max(-1, index - 9), -1) if tokens[k].low in _SPEECH), None)
            if verb is not None:
                return verb, index
    return None


def _quoted_cameo(said: str, quoted: list[str]) -> str | None:
    """The act of quoted words by what they say and the verb that tells them: a threat, a pledge, a demand, a
    refusal, a condemnation; None for words that are none of these."""
    words = set(quoted)
    negative = bool(words & _NEGATIVE) or any(w.endswith("n't") for w in quoted)
    future = bool(words & {"will", "shall", "'ll"})
    if said.startswith("call") and words & _CONDEMNING:
        return "111"
    if future and not negative and words & _QUOTED_PLEDGES and not said.startswith("warn"):
        return "030"
    if said.startswith("warn") or future and words & _MENACE and not (negative and words & _REFUSED):
        return "138" if words & _FORCE_WORDS else "130"
    if quoted[0] in _IMPERATIVES and not negative:
        return "1056" if quoted[0] in _DE_ESCALATING else "100"
    if negative and (words & _REFUSED or quoted[0] in ("never", "no")):
        return "120"
    if words & _CONDEMNING:
        return "111"
    return None


def _quoted_after_speaker(doc, tokens, mentions, timexes, span, section_index, by_section, narrative, news) -> list[Event]:
    """The act of words quoted after their speaker, a verb of speech, the one spoken to and a colon: 'In September
    1965 China told India: "Dismantle your posts or bear the consequences"' (a demand), 'Britain warned Germany:
    "Withdraw from Poland"'. The speaker is the actor named last before the verb, the target the first other actor
    between the verb and the colon; words with no one spoken to tell no act here."""
    found = _speech_then_quote(tokens)
    if found is None:
        return []
    verb, opening = found
    closing = next((i for i in range(opening + 1, len(tokens)) if tokens[i].text in _QUOTES), len(tokens))
    quoted = [t.low for t in tokens[opening + 1 : closing] if t.text not in (".", ",", "!", "?")]
    parts = participants(mentions, tokens)
    speakers = [p for p in parts if p.last < verb and p.codes]
    if not quoted or not speakers:
        return []
    sources = speakers[-1].codes[:1]
    addressed = [p for p in parts if verb < p.first and p.last < opening and p.codes and not set(p.codes) & set(sources)]
    cameo = _quoted_cameo(tokens[verb].low, quoted) if addressed else None
    if cameo is None:
        return []
    section = doc.sections[section_index] if doc.sections else None
    stand_in = Trigger({"cameo": cameo, "form": "verb", "flags": [], "phrase": tokens[verb].low}, verb, verb, tokens[verb].start,
                       tokens[verb].end)
    dated = date_event(doc, timexes, span, (tokens[0].start, tokens[-1].end), (stand_in.start, stand_in.end), section,
                       by_section[section_index] if by_section else None, narrative, news)
    target = addressed[0].codes[:1]
    return [_event(doc, cameo, sources, target, sources + target, stand_in, span, dated, "asserted")]


def _quoted_speech(doc, tokens, mentions, timexes, span, section_index, by_section, narrative, news) -> list[Event]:
    """The act of words quoted before their speaker: '"Stop the bombing at once," the Russian foreign minister told
    NATO' (a demand), '"We will not accept this," the minister said of the proposal' (a rejection), '"If X does not
    comply, we will act," the president warned' (a threat), '"A barbaric act," the ministry called the bombing'
    (a condemnation). The speaker is the first actor after the closing mark, before or after the verb of speech; the
    target the first other actor after the verb, else one named inside the quotation."""
    close = next((i for i in range(1, len(tokens) - 1) if tokens[i].text in _QUOTES and tokens[i - 1].text in (",", "?", "!")
                  and any(t.low in _SPEECH for t in tokens[i + 1 : i + 8])), None)
    if close is None:
        return []
    verb = next(i for i in range(close + 1, close + 8) if tokens[i].low in _SPEECH)
    opening = 1 if tokens[0].text in _QUOTES else 0
    quoted = [t.low for t in tokens[opening : close - 1]]
    if not quoted:
        return []
    parts = participants(mentions, tokens)
    speakers = [p for p in parts if close < p.first and p.last <= verb + 5 and p.last < len(tokens)]
    speakers = [p for p in speakers if p.first < verb or not any(q.first < verb and q.first > close for q in parts)]
    if not speakers:
        return []
    speaker = speakers[0]
    sources = speaker.codes[:1]
    if not sources:
        return []
    after = [p for p in parts if p.first > max(verb, speaker.last) and not set(p.codes) & set(sources)]
    inside = [p for p in parts if p.last < close and not set(p.codes) & set(sources)]
    fellow = [p for p in speakers[1:2] if {t.low for t in tokens[speaker.last + 1 : p.first]} <= {"and", ","}
              and not set(p.codes) & set(sources)]  # "Rabin and King Hussein declared": said by both, to each other
    targets = (fellow or after or inside)[:1]
    if not targets:
        return []
    said = tokens[verb].low
    cameo = _quoted_cameo(said, quoted)
    if cameo is None:
        return []
    section = doc.sections[section_index] if doc.sections else None
    stand_in = Trigger({"cameo": cameo, "form": "verb", "flags": [], "phrase": said}, verb, verb, tokens[verb].start,
                       tokens[verb].end)
    dated = date_event(doc, timexes, span, (tokens[0].start, tokens[-1].end), (stand_in.start, stand_in.end), section,
                       by_section[section_index] if by_section else None, narrative, news)
    target = targets[0].codes[:1]
    return [_event(doc, cameo, sources, target, sources + target, stand_in, span, dated, "asserted")]
