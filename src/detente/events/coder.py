"""The event coder: sentences with actor mentions and dates -> coded, dated, sourced events.

For each sentence: find triggers from the lexicon; scope modality over each
(negated and hypothetical acts are dropped, refusals become REJECT, intentions
become AGREE or THREATEN); assign source and target from the clause; date it;
then merge events of one document that tell the same happening twice (an
entry's title and its description, a sentence's two verbs for one act).
"""

from __future__ import annotations

import bisect
import datetime
import itertools
import re
from collections import Counter
from collections.abc import Callable
from functools import cache

from detente.events.dating import (
    Dated,
    _dated,
    _within,
    coordinated_dates,
    datable,
    date_event,
    section_dates,
    units,
)
from detente.events.modality import modality
from detente.events.roles import (
    TITLES,
    Participant,
    by_agent,
    clause_bounds,
    governed,
    is_passive,
    left_agents,
    noun_agent,
    participants,
    right_patients,
)
from detente.events.triggers import Token, Trigger, any_trigger, find_triggers, tokenize
from detente.model import Document, Event, content_id, date_bounds
from detente.resources import load_json

BlocMembers = Callable[[str], tuple[str, ...]]

ANAPHORS = frozenset("this it these they such that those he she its their".split())
# words that may stand between a clause's start and its verb when the subject is left out ("and then also sent")
VERB_LEAD = frozenset("and then also later soon again further but so thereafter subsequently finally even still not".split())
GENERIC = frozenset("every each any no all".split())
DEMONSTRATIVES = frozenset("this that these those such".split())
OBJECT_PRONOUNS = frozenset("this it them these that those".split())


@cache
def codes() -> dict[str, dict]:
    return load_json("cameo.json")


def code_events(doc: Document, *, max_sentence_chars: int = 2000, news: bool = False, dropped: Counter | None = None,
                family: Callable[[str], str] | None = None, bloc_members: BlocMembers | None = None) -> list[Event]:
    """All events of a document whose sentences, time expressions and mentions are filled in.

    ``family(code)`` names the line of succession a state belongs to (Soviet Russia and the USSR are one
    line), so that the pair a document is about is counted across the changes of regime it tells.
    """
    family = family or (lambda code: code)
    bloc_members = bloc_members or (lambda code: ())
    dropped = dropped if dropped is not None else Counter()
    timexes = datable(doc)
    by_section = section_dates(doc, timexes)
    events: list[Event] = []
    focus: dict[int, Event] = {}  # the last event of each section: what "this" and an elided subject refer to
    last_states: list[str] = []  # states in order of mention, for "countered this"
    pairs: Counter = Counter()  # pairs of state lines the document's events so far involve: "the two nations" is the leading one
    latest: dict[tuple[str, ...], tuple[str, ...]] = {}  # each counted pair of lines -> the codes last seen for it
    narrative: Dated | None = None
    narrative_section = -1
    mention_index = 0
    mentions = doc.mentions
    all_tokens = tokenize(doc.text)  # once per document; each sentence takes its slice
    # "the two nations" stand for two states: an organization is never one of the pair a document is about
    organizations = {m.entity for m in mentions if m.kind == "organization"}
    token_starts = [token.start for token in all_tokens]
    for sentence in doc.sentences:
        start, end = sentence.start, sentence.end
        if sentence.section != narrative_section:
            narrative, narrative_section = None, sentence.section
        if end - start > max_sentence_chars:
            dropped["sentence_too_long"] += 1
            continue
        while mention_index < len(mentions) and mentions[mention_index].end <= start:
            _note_states(mentions[mention_index], last_states)
            mention_index += 1
        inside = []
        for mention in itertools.islice(mentions, mention_index, None):
            if mention.start >= end:
                break
            if mention.start >= start and mention.end <= end:
                inside.append(mention)
        named = {}  # the states this sentence names, by line of succession: two of them hint at the pair in focus
        for mention in inside:
            if mention.kind == "state" and mention.entity and not mention.members:
                named.setdefault(family(mention.entity), mention.entity)
        if len(named) == 2:
            key = tuple(sorted(named))
            pairs[key] += 0.5
            latest.setdefault(key, tuple(named[k] for k in key))
        section = doc.sections[sentence.section] if doc.sections else None
        is_title = section is not None and section.heading_span == (start, end)
        if is_title and (section is None or section.kind != "entry"):
            continue  # ordinary headings name topics, not events; timeline entry titles do state events
        if section is not None and section.date_span == (start, end):
            continue
        tokens = all_tokens[bisect.bisect_left(token_starts, start) : bisect.bisect_left(token_starts, end)]
        if not any_trigger(tokens):
            narrative = _narrative_after(doc, timexes, start, end, is_title, narrative, news)
            continue
        found = _code_sentence(doc, tokens, inside, timexes, (start, end), sentence.section, by_section, narrative, focus,
                               last_states, _leading_pair(pairs, latest), news, dropped, is_title, bloc_members)
        events.extend(found)
        for event in found:
            states = tuple(sorted({code for code in (event.source, event.target) if code and code not in organizations}, key=family))
            if len(states) == 2:
                key = tuple(family(code) for code in states)
                pairs[key] += 1
                latest[key] = states
        if found:
            focus[sentence.section] = found[-1]
        narrative = _narrative_after(doc, timexes, start, end, is_title, narrative, news)
    return merge_within(events, dropped)


# a date that names its month or year ("on November 16", "in 1956"), unlike "yesterday" or "last week"
_CALENDAR_NAMED = re.compile(r"\d{3,4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b", re.IGNORECASE)


def _recent(timex, published: str | None) -> bool:
    """A date of the report's own days: within a month before its publication, not after it."""
    if not published or not timex.begin or not timex.until:
        return False
    try:
        day = datetime.date.fromisoformat(published[:10]) if len(published) >= 10 else None
    except ValueError:
        return False
    return day is not None and (day - datetime.timedelta(days=31)).isoformat() <= timex.begin and timex.until[:10] <= published[:10]


def _narrative_after(doc: Document, timexes, start: int, end: int, is_title: bool, narrative: Dated | None,
                     news: bool = False) -> Dated | None:
    """The story's time after a sentence: its last date, if precise enough, else the time before it.

    In a news report only a date the text spells out, of the report's own days, carries on to the sentences
    after it: "yesterday", "before May 1972" or "an agreement signed in 1975" date their own sentence, the
    rest is the day's news.
    """
    own = units(doc, timexes, start, end) if not is_title else []
    if news:
        own = [u for u in own if _CALENDAR_NAMED.search(u[2].text) and _recent(u[2], doc.published)]
    if own:
        unit = own[-1]
        dated = _dated(unit[2], unit[3], "narrative", doc.text[unit[0] : unit[1]])
        if dated is not None and dated.precision in ("day", "month", "year", "range", "season", "decade"):
            return dated
    return narrative


def _leading_pair(pairs: Counter, latest: dict) -> tuple[str, ...] | None:
    """The pair the document is about so far: the most frequent pair of its events, the latest on a tie."""
    if not pairs:
        return None
    best = max(pairs.values())
    leading = None
    for pair, count in pairs.items():
        if count == best:
            leading = pair  # insertion order: the last pair to reach the best count wins a tie
    return latest[leading]


def _note_states(mention, last_states: list[str]) -> None:
    code = mention.state if mention.kind in ("person", "group") else mention.entity
    if mention.kind != "organization" and code:
        if last_states and last_states[-1] == code:
            return
        last_states.append(code)


def _code_sentence(doc, tokens, mentions, timexes, span, section_index, by_section, narrative, focus, last_states, pair, news, dropped,
                   is_title=False, bloc_members: BlocMembers = lambda code: ()) -> list[Event]:
    found_triggers = find_triggers(tokens)
    trigger_tokens = {i for t in found_triggers for i in range(t.first, t.last + 1)}
    reporters = _reporting_source(tokens)
    parts = [p for p in participants(mentions, tokens) if not _locative(tokens, p, trigger_tokens) and p.first not in reporters]
    parts = [p for p in parts if not tokens[p.first].low.startswith(("anti-", "pro-", "non-"))]  # "anti-Bolshevik forces"
    # a name inside a longer name is no second party: "the United Nations Security Council"
    parts = [p for p in parts if not any(o is not p and o.first <= p.first and p.last <= o.last and o.last - o.first > p.last - p.first
                                         for o in parts)]
    if pair:
        for part in parts:
            if part.mention.via == "reference" and part.mention.kind != "organization" and len(part.codes) == 2:
                part.codes = pair  # "the two nations": the pair the document is about, not merely the last two named
    periods = [(t.start, t.end) for t in _within(timexes, span[0], span[1]) if t.layer == "period"]
    # A named period blocks triggers inside it ("the Cold War" is no act), except in a timeline entry's title,
    # where the named happening ("Russian Revolution") is the entry's event.
    blocked = [(m.start, m.end) for m in mentions] + ([] if is_title else periods)
    section = doc.sections[section_index] if doc.sections else None
    triggers = []
    for trigger in found_triggers:
        if any(s <= trigger.start and trigger.end <= e for s, e in blocked):
            continue
        triggers.append((trigger, clause_bounds(tokens, trigger.first, trigger.last)))
    clause_spans = [(tokens[c[0]].start, tokens[c[1] - 1].end) for _, c in triggers]
    verb_ends = {t.last for t, _ in triggers if t.entry["form"] == "verb"}
    events: list[Event] = []
    previous_sources: tuple[str, ...] = ()
    threatened: set[int] = set()
    for index, (trigger, clause) in enumerate(triggers):
        if index in threatened:
            dropped["threatened"] += 1
            continue  # "threatened to march into": the act threatened is not done
        following = triggers[index + 1][0] if index + 1 < len(triggers) else None
        if trigger.entry["cameo"].startswith("03") and following is not None and following.first - trigger.last <= 3:
            dropped["intent_of_next"] += 1
            continue  # "agreed to cooperate", "promised to send aid": the act promised is coded, once
        if trigger.entry["cameo"].startswith("13") and following is not None and \
                following.first - trigger.last <= (6 if trigger.entry["cameo"] == "139" else 3):
            threatened.add(index + 1)
        before = tokens[trigger.first - 1].low if trigger.first > 0 else ""
        if trigger.entry["form"] == "noun" and GENERIC.intersection(t.low for t in tokens[max(0, trigger.first - 2) : trigger.first]):
            dropped["generic"] += 1
            continue  # "at every meeting", "any attack": no one act
        if trigger.entry["form"] in ("noun", "verb") and before in DEMONSTRATIVES and not _reversed(tokens, trigger):
            dropped["told_before"] += 1
            continue  # "this defeat", "that agreement": an act already told, named again
        if trigger.entry["form"] == "verb" and trigger.first == trigger.last and following is not None \
                and following.first == trigger.last + 1 and following.entry["form"] == "noun":
            dropped["modifier"] += 1
            continue  # "a trade embargo", "an aid agreement": the noun after it is the act
        skip = _other_sense(tokens, trigger)
        agreed_to = skip == "date_not_object" and tokens[trigger.first].low.startswith("agree")
        if skip and not agreed_to:
            dropped[skip] += 1
            continue
        mood = modality(tokens, clause[0], trigger.first, trigger.last)
        if mood == "negated" and _declinable(trigger):
            mood = "refused"  # "would not recognize", "never signed": a refusal, coded as REJECT like "refused to"
        assurance = mood == "negated" and _promised_not(tokens, trigger)
        if assurance:
            mood = "asserted"  # "pledged not to invade Cuba": a promise of restraint, itself an act
        if mood in ("negated", "hypothetical", "planned", "requested"):
            dropped[mood] += 1
            continue
        cameo = trigger.entry["cameo"]
        if _reversed(tokens, trigger):
            # "stopped military aid", "cancelled its friendship treaty"; trade cut off is an embargo
            cameo = "163" if cameo.startswith("061") else REVERSALS.get(cameo[:2], cameo)
        elif _eased(tokens, trigger):
            cameo = EASINGS.get(cameo[:2], "080")  # "lifted sanctions on Vietnam", "ended the blockade"
        cameo = _recode(cameo, mood)  # after the reversal: "would end its defense treaty" threatens
        if assurance:
            cameo = "030"
        if agreed_to:
            cameo = "030"  # "agreed on October 28 to remove the missiles": agreed to do it
        if index + 1 in threatened and cameo == "130" and triggers[index + 1][0].entry["cameo"][:2] in ("18", "19", "20"):
            cameo = "138"  # threatened force
        if cameo == "087" and targets_of_bloc(trigger, tokens, parts, bloc_members):
            cameo = "160"  # "withdrew from the League of Nations": leaving an organization, not a retreat
        if trigger.entry["form"] == "noun" and "sym" not in trigger.flags and "intrans" not in trigger.flags \
                and _object_of_act(tokens, trigger, verb_ends) and noun_agent(parts, tokens, trigger.first) is None \
                and by_agent(parts, tokens, trigger.last, clause[1]) is None:
            dropped["object_of_another_act"] += 1
            continue  # "condemned the attack on South Korea": whose attack, the condemning subject does not say
        acting = parts
        if "sym" in trigger.flags and trigger.entry["form"] == "verb" and codes()[trigger.entry["cameo"]]["polarity"] == "cooperation":
            # "agreed on a landing in France", "signed an agreement in Helsinki": a state after "in" is where
            acting = [p for p in parts if not (p.first > 0 and tokens[p.first - 1].low == "in" and p.first - 1 not in trigger_tokens)]
        roles = _roles(tokens, acting, trigger, clause, previous_sources, focus.get(section_index), last_states, pair)
        if roles is None and "sym" in trigger.flags and pair and not parts:
            roles = pair[:1], pair[1:]  # "The hotline went into service", "the treaty was signed": the pair in focus
        if roles is None:
            dropped["no_actor"] += 1
            continue
        sources, targets = roles
        generic_object = False
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
        if codes()[trigger.entry["cameo"]]["polarity"] == "cooperation" and len(targets) > 0:
            # "an alliance against Germany": the common adversary is no partner
            against = _against(tokens, parts)
            targets = tuple(code for code in targets if code not in against)
            if not targets and "sym" in trigger.flags and len(set(sources)) >= 2:
                sources, targets = sources[:1], tuple(code for code in dict.fromkeys(sources[1:]) if code != sources[0])
        extended = _extended_to(tokens, parts, trigger, clause)
        if extended:
            targets = extended  # "extended its embargo of Germany to include Russia": the news is the new target
        if codes()[trigger.entry["cameo"]]["polarity"] == "conflict" and targets:
            # "entered the war on the side of the North", "fought alongside Britain": allies are no targets
            allies = {code for p in parts if _beside(tokens, p) for code in p.codes}
            if allies:
                targets = tuple(code for code in targets if code not in allies)
                if not targets and pair and allies & set(pair):
                    targets = tuple(code for code in pair if code not in allies and code not in sources)  # the ally's foe
        if trigger.entry["cameo"][:2] in ("11", "12"):
            targets = _agent_of_criticized_act(tokens, parts, triggers, index, clause) or targets
        targets = tuple(code for code in targets if not _own_bloc(code, sources, bloc_members, parts, tokens))
        clause_codes = {code for p in parts if clause[0] <= p.first and p.last < clause[1] for code in p.codes}
        under = {code for p in parts if p.first > 0 and tokens[p.first - 1].low == "under" for code in p.codes}
        if under and set(targets) & under:
            targets = tuple(code for code in targets if code not in under)  # "under United Nations verification"
        if not targets and pair and sources[0] in pair and clause_codes - under <= set(sources) and not generic_object \
                and not trigger.entry["cameo"].startswith("D"):
            # a history of two states tells acts of one toward the other without naming it again
            # ("Moscow refused to take part", "The Soviet Union tested its first atomic bomb")
            targets = tuple(code for code in pair if code != sources[0])[:1]
        previous_sources = sources + targets if "sym" in trigger.flags else sources
        actors = tuple(dict.fromkeys(sources + targets))
        intrans = "intrans" in trigger.flags
        if len(actors) < 2 and not intrans:
            dropped["no_target"] += 1
            continue
        clause_chars = clause_spans[index]
        others = [c for i, c in enumerate(clause_spans) if i != index and not (c[0] <= clause_chars[0] and clause_chars[1] <= c[1])]
        trigger_spans = [(t.start, t.end) for t, _ in triggers if t is not trigger]
        several = coordinated_dates(doc, timexes, clause_chars, (trigger.start, trigger.end), trigger_spans) \
            if trigger.entry["form"] == "verb" else []
        if several:
            # "met at Geneva in November 1985 and at Reykjavik in October 1986": one act, told twice
            for dated in several:
                events.append(_event(doc, cameo, sources, targets, actors, trigger, span, dated, mood, repeat=True))
            continue
        dated = date_event(doc, timexes, span, clause_chars, (trigger.start, trigger.end), section,
                           by_section[section_index] if by_section else None, narrative, news, others, trigger_spans)
        dyads = _dyads(tokens, parts, trigger, clause, sources, targets)
        if dyads:
            # "Britain, France and the United States protested to Moscow": one act of each state named
            for source, target in dyads:
                pair_codes = tuple(code for code in (source, target) if code)
                events.append(_event(doc, cameo, (source,), pair_codes[1:], pair_codes, trigger, span, dated, mood))
            continue
        events.append(_event(doc, cameo, sources, targets, actors, trigger, span, dated, mood))
    return events


LOCATIVE = frozenset("at in near outside inside off across over above".split())
_PLAIN_LIST = frozenset({",", "and", "the", "both"})
ARMED_PEOPLE = frozenset("men groups bands gangs militants guerrillas infiltrators rebels civilians police guards units".split())
TOPIC_PREPOSITIONS = frozenset("on about over concerning regarding".split())
WEAPON_WORDS = frozenset("atomic hydrogen nuclear thermonuclear neutron".split())
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# a verb followed by these particles has a sense other than the act ("settled in Moscow", "settled down")
OTHER_SENSES = {"settle": frozenset("in into at down".split()), "settled": frozenset("in into at down".split())}


def _other_sense(tokens: list[Token], trigger: Trigger) -> str | None:
    """Why a matched trigger names no act here, or None: a topic, a weapon, a press conference, a date."""
    form = trigger.entry["form"]
    first, last = tokens[trigger.first], tokens[trigger.last]
    previous = tokens[trigger.first - 1].low if trigger.first > 0 else ""
    following = tokens[trigger.last + 1].low if trigger.last + 1 < len(tokens) else ""
    if form == "verb" and trigger.first == trigger.last and first.low.endswith("ed") and following in ("from", "by") and previous.endswith("s") \
            and trigger.first > 0 and tokens[trigger.first - 1].text.islower() and previous not in ("was", "has", "is", "its", "us"):
        return "participle"  # "rockets captured from Germany": what was done to a thing, told in passing
    if form == "noun" and following in ("line", "lines", "commission", "talks"):
        return "modifier"  # "across the ceasefire line": a place named after the act
    if form == "noun" and previous in ("news", "press"):
        return "press_conference"  # "told a news conference": no meeting between states
    if form == "noun" and "sym" in trigger.flags:
        index = trigger.first - 1
        while index >= 0 and trigger.first - index <= 5 and (tokens[index].low in ("the", "a", "an", "its", "their", "new", "proposed")
                                                               or tokens[index].text[:1].isupper() or tokens[index].text[:1].isdigit()):
            index -= 1
        if index >= 0 and tokens[index].low in TOPIC_PREPOSITIONS:
            return "topic"  # "the debate on the SALT II treaty": the treaty is what is talked about
    if form == "verb" and previous in WEAPON_WORDS and not first.low.endswith(("ed", "ing")):
        return "weapon"  # "the hydrogen bomb": a weapon, not a bombing
    if last.low in ("on", "in", "at") and (following in _MONTHS or following[:1].isdigit()) and trigger.last > trigger.first:
        return "date_not_object"  # "agreed on October 28 to dismantle": the date, not what was agreed
    if form == "verb" and trigger.first == trigger.last and following in OTHER_SENSES.get(first.low, ()):
        return "other_sense"
    if trigger.entry["cameo"] == "057" and form == "verb" and any(
            t.text in ("Act", "Bill", "bill", "law", "Law", "budget") for t in tokens[trigger.last + 1 : trigger.last + 7]):
        return "domestic_law"  # "signed the Helms-Burton Act": a law, not an agreement with a state
    if first.low == "armed" and trigger.first == trigger.last and (previous == "of" or previous[:1].isdigit() or previous.endswith("ly")
                                                                  or following in ARMED_PEOPLE):
        return "adjective"  # "thousands of armed infiltrators", "heavily armed": armed men, not arming
    return None


EXTENDING = frozenset("extend extended extends extending expand expanded expands expanding widen widened broaden broadened".split())


def _extended_to(tokens: list[Token], parts: list[Participant], trigger: Trigger, clause) -> tuple[str, ...]:
    """The states a measure is extended to ("extended its embargo to include Cuba", "expanded the sanctions to Iran")."""
    if trigger.entry["form"] != "noun" or not EXTENDING.intersection(t.low for t in tokens[max(0, trigger.first - 3) : trigger.first]):
        return ()
    for index in range(trigger.last + 1, clause[1] - 1):
        if tokens[index].low == "to":
            start = index + 2 if tokens[index + 1].low in ("include", "cover") else index + 1
            found = [p for p in parts if start <= p.first <= start + 2]
            if found:
                return found[0].codes
    return ()


PROMISING = frozenset("pledge pledged pledges promise promised promises vow vowed vows undertook undertake guarantee guaranteed".split())


def _promised_not(tokens: list[Token], trigger: Trigger) -> bool:
    """'pledged not to invade', 'promised never to attack': a hostile act sworn off."""
    if codes()[trigger.entry["cameo"]]["polarity"] != "conflict" or trigger.first < 3:
        return False
    words = [t.low for t in tokens[trigger.first - 3 : trigger.first]]
    return words[0] in PROMISING and words[1] in ("not", "never") and words[2] == "to"


def _addressee_elsewhere(tokens: list[Token], parts: list[Participant], trigger: Trigger) -> bool:
    """An appeal whose addressee, right after the verb, is no state ("asked Congress", "urged the Senate")."""
    position = trigger.last + 1
    if position >= len(tokens) or tokens[position].low in ("to", "for", "that", "on", "upon"):
        return False
    while position < len(tokens) and (tokens[position].low == "the" or tokens[position].low in TITLES):
        position += 1
    if position >= len(tokens) or not tokens[position].text[:1].isupper():
        return False
    return not any(p.first <= position <= p.last for p in parts)


def _plain_list(tokens: list[Token], members: list[Participant]) -> bool:
    """Whether participants are named as a plain list ("Britain, France and the United States"), not "X together with Y"."""
    for a, b in zip(members, members[1:]):
        between = {t.low for t in tokens[a.last + 1 : b.first]}
        if not between <= _PLAIN_LIST or not between & {",", "and"}:
            return False  # "the United Nations Security Council": names side by side are one body, not a list
    return True


def _dyads(tokens, parts, trigger: Trigger, clause, sources, targets) -> list[tuple[str, str]]:
    """One (source, target) pair per state of a plain list of subjects or objects of a directed act; [] otherwise."""
    if "intrans" in trigger.flags and not targets and len(set(sources)) >= 2 and trigger.entry["form"] != "noun":
        # "India and Pakistan became independent": each state's own happening
        named = [p for p in parts if clause[0] <= p.first and p.last < trigger.first and set(p.codes) & set(sources)]
        if len(named) >= 2 and _plain_list(tokens, named) and all(len(p.codes) == 1 for p in named):
            return [(code, None) for code in dict.fromkeys(sources)]
        return []
    if "sym" in trigger.flags and targets and trigger.entry["form"] == "verb" and len(set(sources)) >= 2:
        # "Egypt and Syria broke off relations with the United States": each subject with the counterpart
        named = [p for p in parts if clause[0] <= p.first and p.last < trigger.first and set(p.codes) & set(sources)]
        counterpart = [p for p in parts if p.first > trigger.last + 1 and "with" in {t.low for t in tokens[p.first - 2 : p.first]}
                       and set(p.codes) & set(targets)]
        if len(named) >= 2 and counterpart and _plain_list(tokens, named) and all(len(p.codes) == 1 for p in named):
            return [(s, t) for s in dict.fromkeys(sources) for t in counterpart[0].codes[:1] if s != t]
        return []
    if "sym" in trigger.flags or not targets or not sources or trigger.entry["form"] != "verb":
        return []  # a noun's subject list is often far from it ("A and B were for war with C"): one event
    unique_sources, unique_targets = list(dict.fromkeys(sources)), list(dict.fromkeys(targets))
    if len(unique_sources) < 2 and len(unique_targets) < 2:
        return []
    if len(unique_sources) >= 2:
        named = [p for p in parts if clause[0] <= p.first and p.last < clause[1] and set(p.codes) & set(sources)
                 and not set(p.codes) & set(targets)]
        if len(named) < 2 or not _plain_list(tokens, named) or any(len(p.codes) > 1 for p in named):
            unique_sources = unique_sources[:1]
    if len(unique_targets) >= 2:
        named = [p for p in parts if trigger.last < p.first and p.last < clause[1] and set(p.codes) & set(targets)]
        if len(named) < 2 or not _plain_list(tokens, named) or any(len(p.codes) > 1 for p in named):
            unique_targets = unique_targets[:1]
    if len(unique_sources) < 2 and len(unique_targets) < 2:
        return []
    return [(s, t) for s in unique_sources for t in unique_targets if s != t]
_LIST_GLUE = frozenset({"and", ",", "the", "or", "also", "then"})


def _object_of_act(tokens: list[Token], trigger: Trigger, verb_ends: set[int]) -> bool:
    """Whether a nominal act is the object of another act's verb ("condemned the attack", "protested the invasion")."""
    index = trigger.first - 1
    while index >= 0 and tokens[index].low in ("the", "a", "an", "its", "their", "this", "that"):
        index -= 1
    return index in verb_ends


def _beside(tokens: list[Token], part: Participant) -> bool:
    words = [t.low for t in tokens[max(0, part.first - 4) : part.first]]
    return "alongside" in words[-2:] or (len(words) >= 3 and "side" in words[-3:] and words[-1] in ("of", "the"))


def _against(tokens: list[Token], parts: list[Participant]) -> set[str]:
    """States named after "against", with those coordinated with them ("an alliance against Germany and Japan")."""
    codes_against: set[str] = set()
    previous: Participant | None = None
    for part in parts:
        if part.first > 0 and tokens[part.first - 1].low == "against":
            codes_against.update(part.codes)
            previous = part
        elif previous is not None and part.first > previous.last and \
                {t.low for t in tokens[previous.last + 1 : part.first]} <= _LIST_GLUE:
            codes_against.update(part.codes)
            previous = part
        else:
            previous = None
    return codes_against


def targets_of_bloc(trigger: Trigger, tokens, parts, bloc_members: BlocMembers) -> bool:
    """Whether the first party after a withdrawal trigger is an organization."""
    after = [p for p in parts if p.first > trigger.first]
    if not after or after[0].mention.kind != "organization" or not bloc_members(after[0].codes[0]):
        return False
    # "withdrew from the League of Nations", "pulled out of NATO"; not "dismantle the sites under UN verification"
    right_after = all(t.low in ("the", "its") for t in tokens[trigger.last + 1 : after[0].first]) and after[0].first <= trigger.last + 2
    return right_after or bool({"from", "of"} & {t.low for t in tokens[max(0, after[0].first - 2) : after[0].first]})


def _reporting_source(tokens: list[Token]) -> set[int]:
    """Token positions of "according to X," and "in the view of X,": who reports an act is no party to it."""
    for index in range(len(tokens) - 1):
        if tokens[index].low == "according" and tokens[index + 1].low == "to":
            end = next((j for j in range(index + 2, len(tokens)) if tokens[j].text in ",;:"), len(tokens))
            return set(range(index, end))
    return set()


def _locative(tokens: list[Token], participant: Participant, trigger_tokens: set[int] = frozenset()) -> bool:
    """'met at Tehran', 'signed in Washington': a place where an act happens, not a party to it.

    Capitals named as subjects or objects still stand for their state ("Moscow protested").  A
    preposition that belongs to a trigger ("caused alarm in Washington") is matched before this.
    """
    if participant.mention.via not in ("capital", "place"):
        return False
    if participant.first == 0:
        # a news dateline: "WASHINGTON, Dec. 8 (AP) —" names where the report was filed
        text = participant.mention.text
        return text.isupper() and len(text) > 3
    before = participant.first - 1
    if before >= 0 and tokens[before].low == "the":  # 'on the Falklands', 'in the Crimea'
        before -= 1
    if before < 0 or before in trigger_tokens:
        return False
    # 'on' before a place is where ('the garrison on the Falklands'); before a capital it is more often what an
    # act bears on ('pressure on Moscow'), so only places take it
    return tokens[before].low in LOCATIVE or (tokens[before].low == "on" and participant.mention.via == "place")


def _agent_of_criticized_act(tokens, parts, triggers, index, clause) -> tuple[str, ...]:
    """'condemned the Warsaw Pact invasion of Czechoslovakia': the criticism is aimed at the invader."""
    for later, _ in triggers[index + 1 : index + 2]:  # the act right after it: another verb between starts another act
        if later.first >= clause[1]:
            break
        if later.entry["form"] == "noun":
            agent = noun_agent(parts, tokens, later.first)
            if agent is not None and agent.first > triggers[index][0].last:
                return agent.codes
    return ()


def _own_bloc(code: str, sources: tuple[str, ...], bloc_members: BlocMembers, parts, tokens) -> bool:
    """'countered with the Warsaw Pact': a bloc the source belongs to is its means, not its target."""
    members = bloc_members(code)
    if not members or not any(source in members for source in sources):
        return False
    for part in parts:
        if code in part.codes:
            index = part.first - 1
            while index >= 0 and tokens[index].low in ("the", "its", "their", "a", "an"):
                index -= 1
            if index >= 0 and tokens[index].low in ("with", "through", "via", "using"):
                return True
    return False


# verbs that end or cut a cooperative act; the act then reads as its reversal, by the act's CAMEO root
REVERSING = frozenset(
    "stop stopped stops stopping cut cuts cutting cancel cancelled canceled cancels end ended ends ending suspend "
    "suspended suspends halt halted halts terminate terminated terminates abrogate abrogated renounce renounced "
    "denounce denounced scrap scrapped freeze froze frozen reduce reduced withdraw withdrew quit".split()
)
REVERSALS = {"04": "164", "05": "161", "06": "160", "07": "162"}


def _reversed(tokens: list[Token], trigger: Trigger) -> bool:
    """Whether a verb that ends or cuts stands right before a nominal cooperative act ("cut its economic aid")."""
    before = [t for t in tokens[max(0, trigger.first - 2) : trigger.first]]
    noun_use = trigger.entry["form"] == "verb" and bool(before) and (
        before[-1].low in REVERSING | {"of", "all"}
        # "cut oil exports to": a verb's form after a reversing verb and a lowercase modifier is a noun
        or (len(before) == 2 and before[0].low in REVERSING and before[1].text.islower() and tokens[trigger.first].low.endswith("s")))
    if trigger.entry["form"] != "noun" and not noun_use:
        return False
    window = [t.low for t in tokens[max(0, trigger.first - 4) : trigger.first]]
    wide = [t.low for t in tokens[max(0, trigger.first - 7) : trigger.first]]
    walked_out = " ".join(wide).find("out of") >= 0 and any(w in ("walked", "walk", "walks", "pulled", "stormed") for w in wide)
    return (walked_out or any(word in REVERSING for word in window)) and codes()[trigger.entry["cameo"]]["polarity"] == "cooperation"


WITHHELD_AGREEING = frozenset("sign ratify conclude accept renew extend".split())


# verbs that end a coercive act; the act then reads as its easing, by the act's CAMEO root
EASING = frozenset(
    "lift lifted lifts lifting ease eased eases easing end ended ends ending relax relaxed suspend suspended "
    "halt halted".split()
)
EASINGS = {"16": "085", "17": "081", "19": "087", "15": "087", "18": "087", "20": "087"}


def _eased(tokens: list[Token], trigger: Trigger) -> bool:
    """Whether a verb that ends stands right before a nominal coercive act ("lifted sanctions", "ended the blockade")."""
    if trigger.entry["form"] != "noun" or codes()[trigger.entry["cameo"]]["polarity"] != "conflict":
        return False
    window = [t.low for t in tokens[max(0, trigger.first - 4) : trigger.first]]
    return any(word in EASING for word in window)


def _declinable(trigger: Trigger) -> bool:
    """Acts whose withholding is itself an act: not recognizing a state, not signing a treaty."""
    if trigger.entry["form"] != "verb":
        return False
    if trigger.entry["cameo"].startswith("054"):
        return True
    # signing and ratifying withheld are refusals; not joining or not meeting is nothing done
    return trigger.entry["cameo"].startswith("057") and not WITHHELD_AGREEING.isdisjoint(trigger.entry["pattern"][0]["any"])


# what an intent to do an act is coded as, by the act's CAMEO root
_INTENT_CODES = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "030"}


def _recode(cameo: str, mood: str) -> str:
    info = codes()[cameo]
    if mood == "refused" and not cameo.startswith("12"):
        return "120"
    if mood == "intended" and cameo[0].isdigit() and not cameo.startswith(("03", "13")):
        if info["polarity"] != "cooperation":
            return "130"
        return _INTENT_CODES.get(cameo[:2], "030") if cameo != "087" else "0356"
    return cameo


def _roles(tokens, parts: list[Participant], trigger: Trigger, clause, previous_sources, focus_event, last_states, pair=None):
    start, end = clause
    flags = trigger.flags
    form = trigger.entry["form"]
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
        return (agent.codes[:1], ()) if agent else None
    if form == "noun" and "fromsrc" in flags:
        after = right_patients(parts, trigger.last, end)
        origin = next((p for p in after if p.first > 0 and tokens[p.first - 1].low == "from"), None)
        if origin is not None:
            others = [p for p in after if p is not origin]
            return origin.codes[:1], tuple(code for p in others[:1] for code in p.codes)
    if form == "noun":
        agent = noun_agent(parts, tokens, trigger.first) or by_agent(parts, tokens, trigger.last, end)
        if "sym" in flags and agent is not None and agent.first > trigger.last and pair:
            # "a ceasefire ordered by the Security Council": who arranged a mutual act is not one of its parties
            others = [p for p in parts if p is not agent and start <= p.first < end]
            if not others:
                return pair[:1], pair[1:]
        subjects = [agent] if agent else left_agents(parts, tokens, start, trigger.first)
        objects = [p for p in right_patients(parts, trigger.last, end) if p is not agent]
        if agent is None and "sym" not in flags and _governed_noun(tokens, trigger.first, start):
            return None  # "in reply to the invasion of Afghanistan": whose invasion, the clause's subject does not say
        if "sym" in flags and agent is not None and agent.mention.via == "adjective":
            before_agent = left_agents(parts, tokens, start, agent.first)
            if len({code for p in before_agent for code in p.codes}) >= 2 and agent.first - before_agent[-1].last > 2:
                # "Israel and Egypt accept an American ceasefire plan": the two subjects are the parties
                subjects, objects, agent = before_agent, [], None
        if "sym" in flags and agent is not None:
            adjacent = [p for p in parts if p.last < trigger.first and p.first >= agent.first - 3 and p is not agent]
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
            origin = [p for p in parts if p.first > trigger.last and p.last < end and p.mention.kind == "organization"
                      and "from" in {t.low for t in tokens[max(0, p.first - 2) : p.first]}]
            subjects = origin[:1]
        objects = left_agents(parts, tokens, start, trigger.first)
    else:
        subjects = left_agents(parts, tokens, start, trigger.first)
        # a gap in the trigger may hold the object: "promised North Vietnam reconstruction aid"
        objects = right_patients(parts, trigger.first, end)
    if "exp" in flags and not subjects and form == "verb" and not is_passive(tokens, trigger):
        # "The expansion of Soviet influence ... worried the United States": the doer is named inside the subject
        subjects = [p for p in parts if start <= p.first and p.last < trigger.first][:1]
    if "exp" in flags:
        subjects, objects = objects[:1], subjects
    if "rev" in flags:
        subjects, objects = objects[:1], subjects
    sources = tuple(code for p in subjects for code in p.codes)
    targets = tuple(code for p in objects for code in p.codes)
    if "sym" in flags and not sources and not targets and pair and _refers_back(tokens):
        sources, targets = pair[:1], pair[1:]  # "This struggle ... is known as the Cold War": the pair in focus
    if not sources and not targets and pair and _names_the_pair(tokens, start, trigger.first):
        sources, targets = pair[:1], pair[1:]  # "Both governments agreed", "the two sides met": the pair in focus
    if not sources:
        sources = _pronoun_subject(tokens, parts, trigger, clause, focus_event)
    if not sources:
        sources = _elided_subject(tokens, parts, trigger, clause, previous_sources, focus_event)
    if _object_pronoun(tokens, trigger, end) and "exp" not in flags:
        # "countered this with Comecon": the pronoun is the target, what follows is the means
        pointed = _implicit_target(tokens, parts, trigger, sources, last_states, focus_event, pronoun_only=True)
        if pointed:
            targets = pointed
    if len(sources) > 1 and not targets and "sym" not in flags and len(subjects) == 1:
        sources, targets = sources[:1], sources[1:]  # "the two nations competed": a reference stands for the pair
    mutual = {t.low for t in tokens[trigger.last + 1 : trigger.last + 4]} & {"each", "one"} and \
        {t.low for t in tokens[trigger.last + 1 : trigger.last + 4]} & {"other", "another"}
    if mutual and len(set(sources)) > 1:
        targets = ()  # "agreed to assist each other": the subjects act on each other
    if not targets and len(set(sources)) > 1 and (trigger.entry["cameo"][:2] in MUTUAL_ROOTS or mutual):
        # "Chinese and Soviet troops fought", "Chamberlain and Hitler pledged": acts done to each other
        sources, targets = sources[:1], tuple(code for code in dict.fromkeys(sources[1:]) if code != sources[0])
    own_object = bool(targets) and all(code in sources for code in targets) and not mutual and len(set(sources)) == 1
    if not targets and "intrans" not in flags:
        targets = _implicit_target(tokens, parts, trigger, sources, last_states, focus_event)
    targets = tuple(code for code in targets if code not in sources)
    if own_object and "sym" not in flags:
        return (sources, ()) if "intrans" in flags else None  # "attacked Stalin's memory": an act at home
    if "sym" in flags and not targets and len(set(sources)) >= 2:
        sources, targets = sources[:1], tuple(code for code in sources[1:] if code != sources[0])
    if "sym" in flags and not sources and len(set(targets)) >= 2:
        # "negotiations between Roosevelt, Churchill and Stalin"
        sources, targets = targets[:1], tuple(code for code in targets[1:] if code != targets[0])
    if not sources and not targets:
        return None
    if not sources and "intrans" in flags:
        sources, targets = targets[:1], ()
    if not sources:
        return None
    return sources, targets


MUTUAL_ROOTS = frozenset({"03", "04", "05", "06", "19"})
SUBJECT_PRONOUNS = frozenset("they it he she we".split())


def _pronoun_subject(tokens, parts, trigger, clause, focus_event) -> tuple[str, ...]:
    """A pronoun subject inside the clause ("because they refused to recognize"): the subject it stands for.

    Resolved to the last participant of the sentence before it that no preposition governs (the subject of
    the clause before), else the source of the event in focus.
    """
    start = clause[0]
    pronoun = next((i for i in range(trigger.first - 1, start - 1, -1) if tokens[i].low in SUBJECT_PRONOUNS), None)
    if pronoun is None or any(start <= p.first and p.last < trigger.first and p.first > pronoun for p in parts):
        return ()
    before = [p for p in parts if p.last < pronoun]
    for participant in reversed(before):
        if not _governed_anywhere(tokens, participant):
            return participant.codes[:1] if tokens[pronoun].low != "they" else participant.codes
    if focus_event is not None and focus_event.source:
        return (focus_event.source,)
    return ()


def _governed_anywhere(tokens, participant) -> bool:
    return governed(tokens, participant, 0)


def _object_pronoun(tokens, trigger, end) -> bool:
    following = tokens[trigger.last + 1].low if trigger.last + 1 < min(end, len(tokens)) else ""
    return following in OBJECT_PRONOUNS and following not in ("that",)


GOVERNMENT_NOUNS = frozenset("regime government leadership authorities state republic".split())


def _names_a_government(tokens, position: int) -> bool:
    """'the new regime', 'the Bolshevik government': a government named by a common noun right after the verb."""
    words = [t.low for t in tokens[position : position + 4]]
    if not words or words[0] not in ("the", "its", "their"):
        return False
    return any(word in GOVERNMENT_NOUNS for word in words[1:])


NOUN_GOVERNORS = frozenset("to after following against over since despite about".split())


def _governed_noun(tokens, first: int, start: int) -> bool:
    """Whether a preposition governs a nominal act ("in reply to the invasion"), determiners between."""
    index = first - 1
    while index >= start and tokens[index].low in ("the", "a", "an", "its", "their", "his", "her", "this", "that"):
        index -= 1
    return index >= start and tokens[index].low in NOUN_GOVERNORS


PAIR_NOUNS = frozenset("governments countries sides states nations leaders powers neighbours neighbors".split())


def _names_the_pair(tokens, start: int, end: int) -> bool:
    """'both governments', 'the two sides' before the trigger: the two states the text is about."""
    for index in range(start, max(start, end - 1)):
        if tokens[index].low in ("both", "two") and tokens[index + 1].low in PAIR_NOUNS:
            return True
    return False


def _refers_back(tokens) -> bool:
    return bool(tokens) and tokens[0].low in ANAPHORS


def _elided_subject(tokens, parts, trigger, clause, previous_sources, focus_event) -> tuple[str, ...]:
    """The subject a clause leaves out: a coordinated verb's ("..., and orchestrated"), or the focus's ("This caused")."""
    start = clause[0]
    if start > 0 and tokens[start - 1].low in ("which", "who") and trigger.entry["form"] == "verb" and \
            trigger.first - start <= 1 and tokens[trigger.first].low.endswith(("ed", "s")):
        # "Clinton signed the Helms-Burton Act, which tightened the embargo": the state of the clause it hangs on
        main = left_agents(parts, tokens, 0, start - 1)
        if main:
            return tuple(code for p in main for code in p.codes)
    if start > 0 and tokens[start - 1].text == "," or (start < len(tokens) and tokens[start].low == "and"):
        if previous_sources:
            return previous_sources
    opener = tokens[0].low if tokens else ""
    before = [t for t in tokens[start : trigger.first] if t.low not in VERB_LEAD and t.text[:1].isalpha()]
    if focus_event is not None and (opener in ANAPHORS or not before):
        return (focus_event.source,) if focus_event.source else ()
    return ()


def _implicit_target(tokens, parts, trigger, sources, last_states, focus_event, pronoun_only=False) -> tuple[str, ...]:
    """A target the clause does not name: 'countered this' points back; else the next state named in the sentence."""
    after = [t.low for t in tokens[trigger.last + 1 : trigger.last + 3]]
    if any(word in OBJECT_PRONOUNS for word in after):
        for code in reversed(last_states):
            if code not in sources:
                return (code,)
        if focus_event is not None and focus_event.target and focus_event.target not in sources:
            return (focus_event.target,)
    if pronoun_only:
        return ()
    later = [p for p in parts if p.first > trigger.last and not set(p.codes) <= set(sources)]
    if later:
        return later[0].codes
    if _names_a_government(tokens, trigger.last + 1):
        # "refused to recognize the new regime": the other state last named
        earlier = [code for p in parts if p.last < trigger.first for code in p.codes]
        for code in list(reversed(earlier)) + list(reversed(last_states)):
            if code not in sources:
                return (code,)
    if tokens and tokens[0].low in ANAPHORS and focus_event is not None:
        pair = [code for code in focus_event.actors if code not in sources]
        return tuple(pair[:1])
    return ()


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


def merge_within(events: list[Event], dropped: Counter) -> list[Event]:
    """One event per happening within a document.

    Two events are one when they share their actors and either their type and an
    overlapping date (an entry title and its description) or their sentence and
    polarity (two verbs for one act).  The kept one has the more precise date,
    then comes from a full sentence rather than a title, then comes first.
    """
    kept: list[Event] = []
    by_actors: dict[frozenset, list[Event]] = {}  # only events with the same actors can be one happening
    for event in sorted(events, key=_preference):
        peers = by_actors.setdefault(frozenset(event.actors), [])
        duplicate = next((other for other in peers if _same_happening(event, other)), None)
        if duplicate is None:
            kept.append(event)
            peers.append(event)
        else:
            dropped["merged_within_document"] += 1
    return sorted(kept, key=lambda e: (e.span[0], e.trigger_span or (0, 0)))


def _preference(event: Event) -> tuple:
    begin, end = date_bounds(event.date)
    width = (_ordinal(end) - _ordinal(begin)) if begin and end else 10**9
    title_like = 1 if _title_like(event) else 0
    return (width, title_like, event.span[0])


def _ordinal(day: str) -> int:
    import datetime

    try:
        return datetime.date.fromisoformat(day).toordinal()
    except ValueError:
        return 0


def _same_happening(a: Event, b: Event) -> bool:
    """Two verbs of one sentence for one act, or an entry's title and the sentence that tells it again."""
    if set(a.actors) != set(b.actors):
        return False
    if a.trigger_span == b.trigger_span and a.date != b.date:
        return False  # one verb told at several dates ("met at Geneva in 1985 and at Reykjavik in 1986")
    if a.span == b.span and a.type == b.type:
        return True  # two words of one sentence for one act ("formally recognized ... and established relations")
    if a.span == b.span and {a.cameo[:2], b.cameo[:2]} <= STANCE_ROOTS and a.source == b.source and a.date == b.date:
        return True  # one stance told by two words ("caused alarm in Washington and made the US hesitate")
    if a.type != b.type or not (_title_like(a) or _title_like(b) or a.cameo == b.cameo and a.date == b.date):
        return False
    (a0, a1), (b0, b1) = date_bounds(a.date), date_bounds(b.date)
    if not (a0 and b0):
        return a.date == b.date
    return a0 <= b1 and b0 <= a1


# disapproving and rejecting: two such words of one sentence by one actor toward another tell one stance
STANCE_ROOTS = frozenset({"11", "12"})


def _title_like(event: Event) -> bool:
    return bool(event.evidence) and event.evidence.rstrip()[-1:] not in ".!?\"”'"
