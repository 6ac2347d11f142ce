"""An act done again by another state in its turn: "Pakistan withdrew from CENTO in March 1979. Turkey followed that
month", "Britain recognized Israel in 1949, and France followed suit", "Roh Tae-woo visited China in 1992; Kim Young-sam
followed in 1994", "Pakistan sent arms to Ceylon; India, Britain and the Soviet Union did the same", "The United States
recognized Israel in May 1948, and India did so in September 1950". The state (or a
leader of it) named right before "followed" or "did the same" does the act told just before it, to the same party, at
the date of its own clause, and so does each state listed with it; "followed" has no object of its own ("followed by",
"the years that followed", "followed the talks" are no such turn). An agreement signed just before that "came into
force" or "took effect" under a pronoun ("It came into force in June 2005") is put in force by the states that signed
it, at the date of its own clause."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from detente.events.context import Context
from detente.events.dating import date_event, dates_in_turn
from detente.model import Document, Event, content_id

__all__ = ["followed_in_turn", "FOLLOW_WORDS", "GAPPED", "gapped_turns", "in_force"]

# the words that may tell a turn: tested as a set on the sentence's words before anything else
FOLLOW_WORDS = frozenset(("followed", "follows", "same", "likewise", "too", "so", "force", "effect"))  # ("did so")
# "followed", "followed suit", "followed its example", "did the same", "did likewise", "did too", "did so", then what may
# close it: a date, a time word, the clause's end
_TURN = re.compile(r"(?:soon\s+|quickly\s+|then\s+|later\s+)?(?P<verb>followed|follows|did\s+(?:the\s+same|likewise|too|so))"
                   r"(?:\s+suit|\s+(?:its|their|his|her)\s+"
                   r"(?:example|lead))?(?=\s*(?:[,.;]|$)|\s+(?:in|on|that|the|a|an|within|soon|shortly|later|two|three|four|"
                   r"five|six|several|some|\d))")
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
