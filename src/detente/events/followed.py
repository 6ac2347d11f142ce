"""An act done again by another state in its turn: "Pakistan withdrew from CENTO in March 1979. Turkey followed that
month", "Britain recognized Israel in 1949, and France followed suit", "Roh Tae-woo visited China in 1992; Kim Young-sam
followed in 1994", "Pakistan sent arms to Ceylon; India, Britain and the Soviet Union did the same", "The United States
recognized Israel in May 1948, and India did so in September 1950". The state (or a
leader of it) named right before "followed" or "did the same" does the act told just before it, to the same party, at
the date of its own clause, and so does each state listed with it; "followed" has no object of its own ("followed by",
"the years that followed", "followed the talks" are no such turn). A turn told in the pluperfect ("France had done so a
year earlier") came first: it is dated by its own clause or counted back from the act, and left out when the text gives
it no date. An agreement signed just before that "came into
force" or "took effect" under a pronoun ("It came into force in June 2005") is put in force by the states that signed
it, at the date of its own clause."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from detente.events.context import Context
from detente.events.dating import date_event, dates_in_turn
from detente.model import Document, Event, content_id

__all__ = ["followed_in_turn", "FOLLOW_WORDS", "GAPPED", "FRONTED_GAP", "STATE_GAPPED", "fronted_time_objects", "gapped_state_turns", "gapped_turns", "in_force"]

# the words that may tell a turn: tested as a set on the sentence's words before anything else
FOLLOW_WORDS = frozenset(("followed", "follows", "same", "likewise", "too", "so", "force", "effect"))  # ("did so")
# "followed", "followed suit", "followed its example", "did the same", "did likewise", "did too", "did so", then what may
# close it: a date, a time word, the clause's end
_TURN = re.compile(r"(?:soon\s+|quickly\s+|then\s+|later\s+)?(?P<verb>followed|follows|did\s+(?:the\s+same|likewise|too|so)|"
                   r"(?P<had>had|has|have)\s+(?:already\s+)?done\s+(?:the\s+same|likewise|so))"
                   r"(?:\s+suit|\s+(?:its|their|his|her)\s+"
                   r"(?:example|lead))?(?=\s*(?:[,.;]|$)|\s+(?:in|on|that|the|a|an|within|soon|shortly|later|two|three|four|"
                   r"five|six|several|some|\d))")
# a turn told before the act it repeats, by a count of time: "France had done so a year earlier", "three months before"
_EARLIER = re.compile(r"\s+(?P<count>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>day|week|month|year)s?"
                      r"\s+(?:earlier|before)(?=\s*(?:[,.;]|$))")
# a leader or a state named right before the verb is its subject: nothing but these words between them
_BETWEEN = re.compile(r"[\s,]*(?:soon|quickly|then|later)?\s*")
# what joins the states of a list that does the act in its turn: "India, Britain and the Soviet Union did the same"
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")
# an agreement told before put in force, named by a pronoun: "it came into force", "it took effect", "it entered into force"
_IN_FORCE = re.compile(r"\b(?:[Ii]t|[Tt]hey)\s+(?:(?:came|comes|entered|enters|went|goes)\s+into\s+(?:force|effect)|(?:took|takes)\s+effect)\b")
# the signing of an agreement (CAMEO 057), which the pronoun stands for
_SIGNING = "057"
# a clause that closes at a comma before "and" or "but", or at a semicolon
_CLAUSE_END = re.compile(r",\s*(?:and|but)\b|;")


def followed_in_turn(doc: Document, mentions, timexes, span: tuple[int, int], section_index: int, by_section, narrative,
                     news: bool, told_here: list[Event], context: Context | None) -> list[Event]:
    """The acts of the sentence at ``span`` that a state does in its turn (see the module docstring)."""
    text = doc.text
    found: list[Event] = []
    for turn in _TURN.finditer(text, span[0], span[1]):
        verb = turn.start("verb")
        before = text[max(span[0], verb - 12) : verb]
        if re.search(r"\b(?:was|were|is|are|been|be|that|which|who|years?|months?|weeks?|days?|what)\s*$", before, re.I):
            continue  # "was followed by", "the years that followed": no state's turn
        subject = next((m for m in reversed(mentions) if span[0] <= m.start and m.end <= turn.start()
                        and _BETWEEN.fullmatch(text, m.end, turn.start())), None)
        state = subject and (subject.entity if subject.kind in ("state", "organization") else subject.state)
        if not state:
            continue
        earlier = [e for e in told_here if e.trigger_span and e.trigger_span[1] <= subject.start]
        act = earlier[-1] if earlier else (context.last_act(False) if context is not None else None)
        if earlier and act.target == state and subject.kind == "state" and act.source and act.source != state \
                and not any(m.entity == state for m in mentions if span[0] <= m.start < subject.start):
            # "Hungary left the pact in 1956; Albania did so in 1968": the state that does the act in its turn is no
            # object of the act before (its object, unnamed, is left unknown)
            told_here[told_here.index(act)] = replace(act, target=None, actors=[act.source])
            continue
        if act is None or not act.target or act.target == state or state in act.actors and subject.kind != "person":
            continue  # (a leader of the same state may follow: "Roh visited China; Kim Young-sam followed")
        doers = [(subject, state)]
        for mention in reversed([m for m in mentions if span[0] <= m.start and m.end <= subject.start]):
            listed = mention.entity if mention.kind in ("state", "organization") else mention.state
            if not listed or not _LISTED.fullmatch(text, mention.end, doers[-1][0].start):
                break
            doers.append((mention, listed))
        close = _CLAUSE_END.search(text, turn.end(), span[1])
        clause = (doers[-1][0].start, close.start() if close else span[1])
        section = doc.sections[section_index] if doc.sections else None
        dated = date_event(doc, timexes, span, clause, (verb, turn.end("verb")), section,
                           by_section[section_index] if by_section else None, narrative, news)
        if turn.group("had"):
            # "France had done so a year earlier": the turn came first, so it is dated by its own clause or counted back
            # from the act; undated ("Finland had already done so") it has no date the text gives
            earlier = _EARLIER.match(text, turn.end())
            if earlier is not None:
                count = _COUNTS.get(earlier.group("count")) or int(earlier.group("count"))
                moved = _later_date(act, -count, earlier.group("unit"))
                dated = None if moved is None else replace(dated, label=moved[0], precision=moved[1], begin=moved[0],
                                                           until=moved[0], text=earlier.group(0).strip(), source="clause")
            elif dated is not None and dated.source != "clause":
                dated = None
        if dated is None:
            continue
        # "Bolivia and Chile followed in August and September": the two doers in turn, one month each
        turns = dates_in_turn(doc, timexes, clause, (verb, turn.end("verb"))) if len(doers) == 2 and doers[0][1] != doers[1][1] else []
        for number, (_, doer) in enumerate(reversed(doers)):
            if doer == act.target or doer in act.actors and doer != state:
                continue  # (of a list, a state already a party to the act does not do it again)
            if turns:
                dated = turns[number]
            actors = [doer] + [code for code in act.actors if code not in (act.source, doer)]
            found.append(replace(
                act, id=content_id(doc.id, str(span), str((verb, turn.end("verb"))), act.cameo, doer, str(act.target)),
                source=doer, actors=actors, date=dated.label, date_text=dated.text, precision=dated.precision,
                evidence=text[span[0] : span[1]], span=span, trigger=text[verb : turn.end("verb")],
                trigger_span=(verb, turn.end("verb")), date_source=dated.source, modality="asserted"))
    return found + in_force(doc, timexes, span, section_index, by_section, narrative, news, told_here, context)


def in_force(doc: Document, timexes, span: tuple[int, int], section_index: int, by_section, narrative, news: bool,
             told_here: list[Event], context: Context | None) -> list[Event]:
    """'It came into force in June 2005' after an agreement signed: the signers put it in force at that date."""
    found: list[Event] = []
    text = doc.text
    for turn in _IN_FORCE.finditer(text, span[0], span[1]):
        earlier = [e for e in told_here if e.trigger_span and e.trigger_span[1] <= turn.start()]
        act = earlier[-1] if earlier else (context.last_act(False) if context is not None else None)
        if act is None or act.cameo != _SIGNING or not act.target:
            continue
        close = _CLAUSE_END.search(text, turn.end(), span[1])
        clause = (turn.start(), close.start() if close else span[1])
        section = doc.sections[section_index] if doc.sections else None
        dated = date_event(doc, timexes, span, clause, (turn.start(), turn.end()), section,
                           by_section[section_index] if by_section else None, narrative, news)
        if dated is None or dated.label == act.date:
            continue  # (no date of its own: the signing's, told already)
        found.append(replace(
            act, id=content_id(doc.id, str(span), str((turn.start(), turn.end())), _SIGNING, act.source, str(act.target)),
            date=dated.label, date_text=dated.text, precision=dated.precision, evidence=text[span[0] : span[1]],
            span=span, trigger=turn.group(), trigger_span=(turn.start(), turn.end()), date_source=dated.source,
            modality="asserted"))
    return found


# a clause of "and", a leader named (with his titles) and a time, its verb and object left out: ", and President Chirac
# in 1997"; searched in C on the sentence before anything else
GAPPED = re.compile(r",\s+and\s+(?:[A-Z][\w'.-]*\s+){1,5}(?:in|on)\s+[\w ,]{1,24}?\s*(?:[.;]|$)")
_GAP_OPENS = re.compile(r",\s+and\s+(?:[A-Z][\w'.-]*\s+){0,4}\Z")
_GAP_CLOSES = re.compile(r"\s+(?:in|on)\s+")
_GAP_ENDS = re.compile(r"\s*(?:[.;]|$)")


def gapped_turns(doc: Document, mentions, timexes, span: tuple[int, int], told_here: list[Event],
                 state_at: Callable[[str, str], str]) -> list[Event]:
    """'Prime Minister Thatcher visited Moscow in 1987, and President Bush in 1991': the leader named after "and", with
    only a time after him, does the act told just before, to the same party, at that time. Only a person: a state
    there may as well be a second object ("visited Moscow in 1987, and Kiev in 1989")."""
    text = doc.text
    found: list[Event] = []
    for subject in mentions:
        if not (span[0] <= subject.start and subject.end <= span[1] and subject.kind == "person" and subject.state):
            continue
        opening = _GAP_OPENS.search(text, max(span[0], subject.start - 60), subject.start)
        closing = _GAP_CLOSES.match(text, subject.end)
        if opening is None or closing is None:
            continue
        time = next((t for t in timexes if t.start == closing.end() and t.end <= span[1]), None)
        if time is None or _GAP_ENDS.match(text, time.end) is None:
            continue  # the time must close the sentence or the clause: no verb of its own after it
        earlier = [e for e in told_here if e.trigger_span and e.trigger_span[1] <= opening.start() and e.target]
        act = earlier[-1] if earlier else None
        state = subject.state
        if act is None or act.target == state:
            continue
        dated = date_event(doc, timexes, span, (subject.start, time.end), (subject.start, subject.end), None, None, None, False)
        if dated is None or any(e.source == state and e.cameo == act.cameo and e.date == dated.label for e in told_here):
            continue  # (a leader of the same state may come in his turn: "Kissinger ... in 1971, and President Nixon in 1972")
        # the party as it was at the later time ("Kohl visited Moscow in 1988, and Schroeder in 1999": Russia by then)
        target = state_at(act.target, dated.begin) if dated.begin else act.target
        actors = [state, target] + [code for code in act.actors if code not in (act.source, act.target, state, target)]
        found.append(replace(
            act, id=content_id(doc.id, str(span), str((subject.start, subject.end)), act.cameo, state, str(target)),
            source=state, target=target, actors=actors, date=dated.label, date_text=dated.text, precision=dated.precision,
            evidence=text[span[0] : span[1]], span=span, trigger=act.trigger, trigger_span=act.trigger_span,
            date_source=dated.source, modality="asserted"))
    return found


# a state after ", and" with only a time counted from the act before it: "Sweden recognized Namibia in March 1990, and
# Finland two days later"; or, after a one-actor act, any time: "India tested a device in 1974, and Pakistan in 1998"
STATE_GAPPED = re.compile(r",\s+and\s+(?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}\s+(?:(?:in|on)\s+[\w ,]{1,24}?|"
                          r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days?|weeks?|months?|years?)"
                          r"\s+later|(?:the\s+)?(?:next|following)\s+(?:day|week|month|year))\s*(?:[.;]|$)")
_LATER = re.compile(r"\s+(?:(?P<count>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>day|week|month|year)s?"
                    r"\s+later|(?:the\s+)?(?:next|following)\s+(?P<next>day|week|month|year))(?=\s*(?:[.;]|$))")
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_UNIT_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}
_PRECISION_ORDER = {"day": 0, "month": 2, "year": 3}


def _later_date(act: Event, count: int, unit: str) -> tuple[str, str] | None:
    """The date ``count`` units after the act's own, at the act's precision: "two days later" than March 1990 is in
    March 1990 still (as the text lets know), than 6 December 1971 is 8 December; None when the act has no single date."""
    import datetime

    precision = act.precision
    if not act.date or precision not in _PRECISION_ORDER or "/" in act.date:
        return None
    if _UNIT_ORDER[unit] < _PRECISION_ORDER[precision]:
        return act.date, precision  # a few days after a month: that month, as far as the text tells
    parts = [int(p) for p in act.date.split("-")]
    if precision == "day":
        days = {"day": 1, "week": 7}.get(unit)
        if days is None:
            return None  # (months or years after a day: left to the text's own dates)
        return (datetime.date(*parts) + datetime.timedelta(days=days * count)).isoformat(), "day"
    if precision == "month" and unit == "month":
        months = parts[0] * 12 + parts[1] - 1 + count
        return f"{months // 12:04d}-{months % 12 + 1:02d}", "month"
    if unit == "year":
        return (f"{parts[0] + count:04d}" + act.date[4:]), precision
    return None


def gapped_state_turns(doc: Document, mentions, timexes, span: tuple[int, int], told_here: list[Event],
                       state_at: Callable[[str, str], str]) -> list[Event]:
    """'Sweden recognized Namibia in March 1990, and Finland two days later': the state named after ", and", with only a
    time counted from the act before it, does that act to the same party, that much later. After a one-actor act the
    state named so ('India tested a nuclear device in 1974, and Pakistan in 1998') does it at its own time; the first
    act, which took it for an object, is left with none. A state with "in 1993" after an act on another ("recognized
    Namibia in 1990, and Eritrea in 1993") may be a second object: no turn is read there."""
    text = doc.text
    found: list[Event] = []
    drop: set[int] = set()
    for gap in STATE_GAPPED.finditer(text, span[0], span[1]):
        subject = next((m for m in mentions if gap.start() < m.start < gap.start() + 12 and m.kind == "state"
                        and m.via == "name" and m.end <= span[1]), None)
        if subject is None or not re.fullmatch(r",\s+and\s+(?:the\s+)?", text[gap.start() : subject.start]):
            continue
        state = subject.entity
        earlier = [e for e in told_here if e.trigger_span and e.trigger_span[1] <= gap.start()]
        act = earlier[-1] if earlier else None
        if act is None or act.source == state or not act.source:
            continue
        later = _LATER.match(text, subject.end)
        if later is not None:
            if not act.target or act.target == state or state in act.actors:
                continue
            count = _COUNTS.get(later.group("count") or "a") if not (later.group("count") or "").isdigit() else int(later.group("count"))
            moved = _later_date(act, count, later.group("unit") or later.group("next"))
            if moved is None:
                continue
            label, precision = moved
            target = act.target
            date_text = later.group(0).strip()
            date_source = act.date_source
        else:
            # a one-actor act that took the state after ", and" for its object ("tested a device in 1974, and Pakistan")
            if act.target != state or any(m.entity == state and m.start < gap.start() and span[0] <= m.start for m in mentions):
                continue
            closing = re.compile(r"\s+(?:in|on)\s+").match(text, subject.end)
            time = next((t for t in timexes if closing and t.start == closing.end() and t.end <= span[1]), None) if closing else None
            if time is None:
                continue
            dated = date_event(doc, timexes, span, (subject.start, time.end), (subject.start, subject.end), None, None, None, False)
            if dated is None:
                continue
            label, precision, date_text, date_source, target = dated.label, dated.precision, dated.text, dated.source, None
            drop.add(id(act))
            found.append(replace(act, id=content_id(doc.id, str(span), str(act.trigger_span), act.cameo, act.source, "None"),
                                 target=None, actors=[act.source]))
        if any(e.source == state and e.cameo == act.cameo and e.date == label for e in told_here + found):
            continue
        if target and label[:4].isdigit():
            target = state_at(target, label if len(label) == 10 else label[:4] + "-01-01")
        actors = [state] + ([target] if target else [])
        found.append(replace(
            act, id=content_id(doc.id, str(span), str((subject.start, subject.end)), act.cameo, state, str(target)),
            source=state, target=target, actors=actors, date=label, date_text=date_text, precision=precision,
            evidence=text[span[0] : span[1]], span=span, date_source=date_source, modality="asserted"))
    if drop:
        told_here[:] = [e for e in told_here if id(e) not in drop]
    return found


# a second object of the act before, its own time fronted after "and": "sent troops to Angola and, in 1977, to Ethiopia"
FRONTED_GAP = re.compile(r"\band,\s+(?:in|on|by)\s+[^,;]{2,30},\s+(?:to|into|in|from|against|with|on)\s+(?:the\s+)?[A-Z]")


def fronted_time_objects(doc: Document, mentions, timexes, span: tuple[int, int], told_here: list[Event],
                         state_at: Callable[[str, str], str]) -> list[Event]:
    """'Cuba sent troops to Angola and, in 1977, to Ethiopia': the state after the fronted time and the preposition is
    a second object of the act told just before, at that time; the first object keeps the act's own time, not this one
    (an act dated only by it is left undated: the time is the second object's)."""
    text = doc.text
    found: list[Event] = []
    for gap in FRONTED_GAP.finditer(text, span[0], span[1]):
        time = next((t for t in timexes if gap.start() < t.start and t.end <= gap.end() and t.layer == "timex"), None)
        state = next((m for m in mentions if gap.end() - 1 <= m.start < gap.end() + 1 and m.kind == "state"), None)
        if time is None or state is None:
            continue
        acts = [e for e in told_here if e.trigger_span and e.trigger_span[1] <= gap.start() and e.span == span
                and e.target and e.source]
        if not acts:
            continue
        last = acts[-1]
        same = [e for e in acts if e.trigger_span == last.trigger_span]
        code = state.entity
        if code in (last.source, last.target) or any(e.target == code for e in same):
            continue
        dated = date_event(doc, timexes, span, (time.start, state.end), (state.start, state.end), None, None, None, False)
        if dated is None:
            continue
        for e in same:
            if e.date_text == time.text and e.date == dated.label:
                told_here.remove(e)  # "to Angola in 1975 and, in 1977, to Ethiopia": the 1977 act is Ethiopia's
        if not any(e.date for e in told_here if e.trigger_span == last.trigger_span) and last not in told_here:
            # the act was dated by the second object's time alone: its own is not told
            found.append(replace(last, id=content_id(doc.id, str(span), str(last.trigger_span), last.cameo, last.source,
                                                        str(last.target), "undated"),
                                 date=None, date_text=None, precision=None, date_source=None))
        target = state_at(code, dated.begin) if dated.begin else code
        found.append(replace(
            last, id=content_id(doc.id, str(span), str((state.start, state.end)), last.cameo, last.source, str(target)),
            target=target, actors=[last.source, target], date=dated.label, date_text=dated.text,
            precision=dated.precision, date_source=dated.source))
    return found
