"""The event coder: sentences with actor mentions and dates -> coded, dated, sourced events.

For each sentence: find triggers from the lexicon; scope modality over each
(negated and hypothetical acts are dropped, refusals become REJECT, intentions
become AGREE or THREATEN); assign source and target from the clause; date it;
then merge events of one document that tell the same happening twice (an
entry's title and its description, a sentence's two verbs for one act).

This module walks the sentences and decides; the rules it applies live beside it:
``recode`` (what a code becomes in context), ``dyads`` (who acts on whom among
the participants), ``implicit`` (actors the sentence leaves unnamed) and
``dedupe`` (one event per happening within a document).
"""

from __future__ import annotations

import bisect
import datetime
import itertools
import re
from collections import Counter
from collections.abc import Callable

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
from detente.events.dedupe import merge_within
from detente.events.dyads import (
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
    _reporting_source,
    targets_of_bloc,
)
from detente.events.implicit import (
    _elided_subject,
    _governed_noun,
    _implicit_target,
    _names_the_pair,
    _object_pronoun,
    _pronoun_subject,
    _refers_back,
)
from detente.events.modality import modality
from detente.events.recode import (
    EASINGS,
    REVERSALS,
    _declinable,
    _eased,
    _other_sense,
    _promised_not,
    _recode,
    _reversed,
    codes,
)
from detente.events.roles import (
    Participant,
    by_agent,
    clause_bounds,
    is_passive,
    left_agents,
    noun_agent,
    participants,
    right_patients,
)
from detente.events.triggers import Trigger, any_trigger, find_triggers, tokenize
from detente.model import Document, Event, content_id

GENERIC = frozenset("every each any no all".split())
DEMONSTRATIVES = frozenset("this that these those such".split())


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
    if not found_triggers:
        return []  # a word that opens a trigger but no whole one: nothing below can find an event
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
        if any(tokens[i].low == "for" for i in range(max(0, trigger.first - 3), trigger.first)) \
                and any(e.cameo[:2] == "02" and e.trigger_span[1] <= trigger.start for e in events):
            # "appealed to Washington for military aid": asked of another state, not done; asked of one's own
            # parliament ("asked Congress for aid to Greece") it is how a state commits the aid, and is kept
            dropped["object_of_request"] += 1
            continue
        if _alleged(tokens, trigger, [e for e in events if e.cameo == "112"]):
            dropped["alleged"] += 1
            continue  # "accused the United States of preparing an invasion": the act is alleged, not told as done
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
        if not targets and trigger.entry["cameo"][:2] == "07" and trigger.entry["form"] == "verb":
            # "India appealed to the United States for arms, and Washington sent them": aid goes to who asked for it
            asked = [e.source for e in events if e.cameo[:2] == "02" and e.target in sources and e.source not in sources]
            targets = tuple(asked[:1])
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


def _alleged(tokens, trigger: Trigger, accusations: list[Event]) -> bool:
    """Whether an act is what an earlier accusation of the sentence charges ('accused X of preparing an invasion',
    'charged Y with spying'), up to a coordination that starts an act of its own ('... and shot down a plane')."""
    if not accusations:
        return False
    after = accusations[-1].trigger_span[1]
    for position in range(trigger.first - 1, max(-1, trigger.first - 9), -1):
        low = tokens[position].low
        if tokens[position].start < after or low in ("and", ",", ";", "but", "then", "while"):
            return False
        if low in ("of", "with"):
            return True
    return False


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


