"""The event coder: sentences with actor mentions and dates -> coded, dated, sourced events.

For each sentence: find triggers from the lexicon; scope modality over each
(negated and hypothetical acts are dropped, refusals become REJECT, intentions
become AGREE or THREATEN); assign source and target from the clause; date it;
then merge events of one document that tell the same happening twice (an
entry's title and its description, a sentence's two verbs for one act).
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from detente.events.dating import Dated, _dated, datable, date_event, section_dates, units
from detente.events.modality import modality
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
from detente.events.triggers import Token, Trigger, find_triggers, tokenize
from detente.model import Document, Event, content_id, date_bounds
from detente.resources import load_json

ANAPHORS = frozenset("this it these they such that those he she its their".split())
TEMPORAL_LEADS = frozenset("after following before until since during amid throughout by".split())
OBJECT_PRONOUNS = frozenset("this it them these that those".split())


@cache
def codes() -> dict[str, dict]:
    return load_json("cameo.json")


def code_events(doc: Document, *, max_sentence_chars: int = 2000, news: bool = False, dropped: Counter | None = None) -> list[Event]:
    """All events of a document whose sentences, time expressions and mentions are filled in."""
    dropped = dropped if dropped is not None else Counter()
    timexes = datable(doc)
    by_section = section_dates(doc, timexes)
    events: list[Event] = []
    focus: dict[int, Event] = {}  # the last event of each section: what "this" and an elided subject refer to
    last_states: list[str] = []  # states in order of mention, for "countered this"
    narrative: Dated | None = None
    narrative_section = -1
    mention_index = 0
    mentions = doc.mentions
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
        inside = [m for m in mentions[mention_index:] if m.start >= start and m.end <= end]
        section = doc.sections[sentence.section] if doc.sections else None
        is_title = section is not None and section.heading_span == (start, end)
        if is_title and (section is None or section.kind != "entry"):
            continue  # ordinary headings name topics, not events; timeline entry titles do state events
        if section is not None and section.date_span == (start, end):
            continue
        tokens = tokenize(doc.text[start:end], offset=start)
        found = _code_sentence(doc, tokens, inside, timexes, (start, end), sentence.section, by_section, narrative, focus, last_states, news, dropped)
        events.extend(found)
        if found:
            focus[sentence.section] = found[-1]
        own = units(doc, timexes, start, end)
        if own and not is_title:
            unit = own[-1]
            dated = _dated(unit[2], unit[3], "narrative", doc.text[unit[0] : unit[1]])
            if dated is not None and dated.precision in ("day", "month", "year", "range", "season"):
                narrative = dated
    return merge_within(events, dropped)


def _note_states(mention, last_states: list[str]) -> None:
    code = mention.state if mention.kind in ("person", "group") else mention.entity
    if mention.kind != "organization" and code:
        if last_states and last_states[-1] == code:
            return
        last_states.append(code)


def _code_sentence(doc, tokens, mentions, timexes, span, section_index, by_section, narrative, focus, last_states, news, dropped) -> list[Event]:
    parts = participants(mentions, tokens)
    blocked = [(m.start, m.end) for m in mentions] + [(t.start, t.end) for t in timexes if t.layer == "period" and span[0] <= t.start < span[1]]
    section = doc.sections[section_index] if doc.sections else None
    events: list[Event] = []
    previous_sources: tuple[str, ...] = ()
    for trigger in find_triggers(tokens):
        if any(s <= trigger.start and trigger.end <= e for s, e in blocked):
            continue  # "Warsaw Pact" names an organization, "the Cold War" a period
        if trigger.entry["form"] == "noun" and _temporal_anchor(tokens, trigger):
            dropped["time_anchor"] += 1
            continue  # "after the invasion of Poland" dates another act, it does not tell this one
        clause = clause_bounds(tokens, trigger.first, trigger.last)
        mood = modality(tokens, clause[0], trigger.first)
        if mood in ("negated", "hypothetical"):
            dropped[mood] += 1
            continue
        cameo = _recode(trigger.entry["cameo"], mood)
        roles = _roles(tokens, parts, trigger, clause, previous_sources, focus.get(section_index), last_states)
        if roles is None:
            dropped["no_actor"] += 1
            continue
        sources, targets = roles
        previous_sources = sources
        actors = tuple(dict.fromkeys(sources + targets))
        intrans = "intrans" in trigger.flags
        if len(actors) < 2 and not intrans:
            dropped["no_target"] += 1
            continue
        clause_chars = (tokens[clause[0]].start, tokens[clause[1] - 1].end)
        dated = date_event(doc, timexes, span, clause_chars, (trigger.start, trigger.end), section,
                           by_section[section_index] if by_section else None, narrative, news)
        events.append(_event(doc, cameo, sources, targets, actors, trigger, span, dated, mood))
    return events


def _recode(cameo: str, mood: str) -> str:
    info = codes()[cameo]
    if mood == "refused" and not cameo.startswith("12"):
        return "120"
    if mood == "intended" and cameo[0].isdigit() and not cameo.startswith(("03", "13")):
        return "030" if info["polarity"] == "cooperation" else "130"
    return cameo


def _temporal_anchor(tokens: list[Token], trigger: Trigger) -> bool:
    lead = [t.low for t in tokens[max(0, trigger.first - 3) : trigger.first]]
    return any(word in TEMPORAL_LEADS for word in lead) and "of" in {t.low for t in tokens[trigger.last : trigger.last + 2]}


def _roles(tokens, parts: list[Participant], trigger: Trigger, clause, previous_sources, focus_event, last_states):
    start, end = clause
    flags = trigger.flags
    form = trigger.entry["form"]
    if form == "noun":
        agent = noun_agent(parts, tokens, trigger.first) or by_agent(parts, tokens, trigger.last, end)
        subjects = [agent] if agent else left_agents(parts, tokens, start, trigger.first)
        objects = [p for p in right_patients(parts, trigger.last, end) if p is not agent]
        if "sym" in flags and agent is not None:
            adjacent = [p for p in parts if p.last < trigger.first and p.first >= agent.first - 3 and p is not agent]
            subjects = adjacent + subjects
    elif is_passive(tokens, trigger):
        agent = by_agent(parts, tokens, trigger.last, end)
        subjects = [agent] if agent else []
        objects = left_agents(parts, tokens, start, trigger.first)
    else:
        subjects = left_agents(parts, tokens, start, trigger.first)
        objects = right_patients(parts, trigger.last, end)
    if "exp" in flags:
        subjects, objects = objects[:1], subjects
    if "rev" in flags:
        subjects, objects = objects[:1], subjects
    sources = tuple(code for p in subjects for code in p.codes)
    targets = tuple(code for p in objects for code in p.codes)
    if not sources:
        sources = _elided_subject(tokens, parts, trigger, clause, previous_sources, focus_event)
    if len(sources) > 1 and not targets and "sym" not in flags and len(subjects) == 1:
        sources, targets = sources[:1], sources[1:]  # "the two nations competed": a reference stands for the pair
    if not targets and "intrans" not in flags:
        targets = _implicit_target(tokens, parts, trigger, sources, last_states, focus_event)
    targets = tuple(code for code in targets if code not in sources) or (targets if "sym" in flags else ())
    if "sym" in flags and not targets and len(sources) >= 2:
        sources, targets = sources[:1], sources[1:]
    if not sources and not targets:
        return None
    if not sources and "intrans" in flags:
        sources, targets = targets[:1], ()
    if not sources:
        return None
    return sources, targets


def _elided_subject(tokens, parts, trigger, clause, previous_sources, focus_event) -> tuple[str, ...]:
    """The subject a clause leaves out: a coordinated verb's ("..., and orchestrated"), or the focus's ("This caused")."""
    start = clause[0]
    if start > 0 and tokens[start - 1].text == "," or (start < len(tokens) and tokens[start].low == "and"):
        if previous_sources:
            return previous_sources
    opener = tokens[0].low if tokens else ""
    left_of_trigger = [p for p in parts if p.last < trigger.first]
    if focus_event is not None and (opener in ANAPHORS or not left_of_trigger):
        return (focus_event.source,) if focus_event.source else ()
    return ()


def _implicit_target(tokens, parts, trigger, sources, last_states, focus_event) -> tuple[str, ...]:
    """A target the clause does not name: 'countered this' points back; else the next state named in the sentence."""
    after = [t.low for t in tokens[trigger.last + 1 : trigger.last + 3]]
    if any(word in OBJECT_PRONOUNS for word in after):
        for code in reversed(last_states):
            if code not in sources:
                return (code,)
        if focus_event is not None and focus_event.target and focus_event.target not in sources:
            return (focus_event.target,)
    later = [p for p in parts if p.first > trigger.last and not set(p.codes) <= set(sources)]
    if later:
        return later[0].codes
    if tokens and tokens[0].low in ANAPHORS and focus_event is not None:
        pair = [code for code in focus_event.actors if code not in sources]
        return tuple(pair[:1])
    return ()


def _event(doc: Document, cameo: str, sources, targets, actors, trigger: Trigger, span, dated: Dated | None, mood: str) -> Event:
    info = codes()[cameo]
    source = sources[0] if sources else None
    target = targets[0] if targets else None
    return Event(
        id=content_id(doc.id, str(span), str((trigger.start, trigger.end)), cameo, str(source), str(target)),
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
    for event in sorted(events, key=_preference):
        duplicate = next((other for other in kept if _same_happening(event, other)), None)
        if duplicate is None:
            kept.append(event)
        else:
            dropped["merged_within_document"] += 1
    return sorted(kept, key=lambda e: (e.span[0], e.trigger_span or (0, 0)))


def _preference(event: Event) -> tuple:
    begin, end = date_bounds(event.date)
    width = (_ordinal(end) - _ordinal(begin)) if begin and end else 10**9
    title_like = 1 if event.evidence and event.evidence[-1:] not in ".!?\"”'" else 0
    return (width, title_like, event.span[0])


def _ordinal(day: str) -> int:
    import datetime

    try:
        return datetime.date.fromisoformat(day).toordinal()
    except ValueError:
        return 0


def _same_happening(a: Event, b: Event) -> bool:
    if set(a.actors) != set(b.actors):
        return False
    if a.span == b.span and a.polarity == b.polarity:
        return True
    if a.type != b.type:
        return False
    (a0, a1), (b0, b1) = date_bounds(a.date), date_bounds(b.date)
    if not (a0 and b0):
        return a.date == b.date
    return a0 <= b1 and b0 <= a1
