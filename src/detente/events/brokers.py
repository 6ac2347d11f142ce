"""A go-between named in one word with the act it brought about: "a French-brokered ceasefire between Russia and
Georgia", "Algerian-mediated talks between Iran and Iraq", or after the act with "by" ("talks mediated by Algeria
between Iran and Iraq", "a truce brokered by the United States between Israel and Lebanon"). The state of the compound is no party to the act, which is
between the states its phrase names after "between"; the go-between mediates between them (045 on each), as "France
mediated between Russia and Georgia" codes it."""

from __future__ import annotations

import re
from dataclasses import replace

from detente.events.recode import codes
from detente.events.triggers import Token
from detente.model import Document, Event, Mention, content_id

__all__ = ["BROKERED", "go_betweens", "hyphenated_brokers", "in_compound", "may_name_broker", "mediations", "without_go_betweens"]

# searched in C on the sentence before anything else: the compound's second half, or the participle before "by"
BROKERED = re.compile(r"-(?:brokered|mediated)\b|\b(?:brokered|mediated) by\b", re.IGNORECASE)
_COMPOUND = re.compile(r"-(?:brokered|mediated)\b", re.IGNORECASE)
_BY_BROKER = re.compile(r"\b(?:brokered|mediated) by (?:the )?$", re.IGNORECASE)  # ends right before the go-between
_BETWEEN_AFTER = re.compile(r"\s+between\b")  # the parties named right after it ("mediated by the United Nations, Kosygin" names none)
_ACT_BEFORE = 30  # characters between the end of the act's word and its go-between ("talks mediated by the ")
_MEDIATE = "045"


def may_name_broker(sentence: str) -> bool:
    """Whether BROKERED can match in the sentence, told by substring tests in C (most sentences name no go-between, and
    the case-blind regex tries every position): lowered, each spelling it accepts holds "brokered", or "med" and "ated"
    (its "i" may be "İ" or "ı", which lower to no "i")."""
    low = sentence.lower()
    return "brokered" in low or "med" in low and "ated" in low


def go_betweens(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions that name the go-between of a compound ("French" in "French-brokered") or after "brokered by",
    "mediated by" ("Algeria" in "talks mediated by Algeria")."""
    return [m for m in mentions if _COMPOUND.match(text, m.end) is not None
            or _BY_BROKER.search(text, m.start - 24 if m.start > 24 else 0, m.start) is not None
            and _BETWEEN_AFTER.match(text, m.end) is not None]


def in_compound(text: str, broker: Mention) -> bool:
    """Whether the go-between is named in a compound before the act ("French-brokered"), not after "brokered by"."""
    return _COMPOUND.match(text, broker.end) is not None


def _state_of(broker: Mention) -> str | None:
    return broker.entity if broker.kind in ("state", "organization") else broker.state


def without_go_betweens(tokens, brokers: list[Mention], events: list[Event]) -> list[Event]:
    """The events less those that make a go-between a party to the act its compound names, as the states named before
    can ("to review the Norwegian-brokered ceasefire": Norway is no party to the truce)."""
    kept = []
    for event in events:
        named = event.trigger_span and any(
            0 <= event.trigger_span[0] - broker.end <= 40 and _state_of(broker) in (event.source, event.target)
            and not any(t.text in (",", ";", ".") for t in tokens if broker.end <= t.start < event.trigger_span[0])
            for broker in brokers)
        if not named:
            kept.append(event)
    return kept


def mediations(doc: Document, tokens, brokers: list[Mention], mentions: list[Mention], events: list[Event]) -> list[Event]:
    """The go-betweens' mediation between the two parties of the act each compound names, when its phrase names them
    after "between" ("a Soviet-brokered agreement between India and Pakistan"), before it ("Egypt and Israel signed the
    Carter-brokered accords") or in the text before ("Within days a French-brokered ceasefire halted the fighting")."""
    found: list[Event] = []
    info = codes()[_MEDIATE]
    for broker in brokers:
        state = _state_of(broker)
        compound = next((k for k, t in enumerate(tokens) if t.start <= broker.start < t.end), None)
        if not state or compound is None:
            continue
        after_by = not in_compound(doc.text, broker)  # "talks mediated by Algeria between Iran and Iraq"
        if after_by:
            compound = next((k for k, t in enumerate(tokens) if t.start < broker.end <= t.end), compound)  # its last word
        between = next((k for k in range(compound + 1, min(len(tokens), compound + 5)) if tokens[k].low == "between"), None)
        if between is None and after_by:
            continue
        reach = tokens[between].start + 1 if between is not None else tokens[min(len(tokens) - 1, compound + 3)].end
        for event in events:
            # after "by", the act named right before it ("talks mediated by Algeria between ..."); a compound's act
            # named after it ("a Russian-brokered truce"), right before it ("signed the Carter-brokered accords") or
            # around it ("signed the Algerian-brokered peace agreement")
            told = event.trigger_span and (0 <= broker.start - event.trigger_span[1] <= _ACT_BEFORE if after_by
                                           else tokens[compound].end < event.trigger_span[0] <= reach
                                           or 0 <= broker.start - event.trigger_span[1] <= 6
                                           or event.trigger_span[0] < broker.start < event.trigger_span[1])
            if not (told
                    and event.source and event.target and state not in (event.source, event.target)
                    and event.polarity == "cooperation"):
                continue
            for party in (event.source, event.target):
                if any(e.source == state and e.target == party for e in found):
                    continue
                found.append(replace(
                    event, id=content_id(doc.id, str(event.span), str((broker.start, tokens[compound].end)), _MEDIATE, state, party),
                    source=state, target=party, actors=[state, party], cameo=_MEDIATE, type=info["type"],
                    goldstein=info["goldstein"], quad=info["quad"], polarity=info["polarity"], mode=info["mode"],
                    trigger=doc.text[broker.start : tokens[compound].end], trigger_span=(broker.start, tokens[compound].end)))
    return found


# Mediators and hosts named after "brokered/mediated/hosted by" with the parties after "between" ("talks hosted by Oman
# between Iran and the United States"), and hyphenated ones that reach this pass with their mention still in the list:
# the mediator takes no part in the act, which is the parties'; it mediates with (045) or hosts (043) each party.
SUFFIXES = ("-brokered", "-mediated")
def _code(mention: Mention) -> str:
    return mention.state if mention.kind == "person" and mention.state else mention.entity


def _between(tokens: list[Token], mentions: list[Mention], after: int) -> list[str]:
    """The two parties named right after the first "between" that follows character ``after``."""
    for number, token in enumerate(tokens):
        if token.start >= after and token.low == "between":
            window_end = tokens[min(number + 8, len(tokens) - 1)].end
            named = [_code(m) for m in mentions if token.end <= m.start <= window_end]
            return list(dict.fromkeys(named))[:2]
    return []


def _recoded(event: Event, source: str, target: str, cameo: str) -> Event:
    info = codes()[cameo]
    return replace(event, id=content_id(event.id, source, target, cameo), source=source, target=target,
                   actors=[source, target], cameo=cameo, type=info["type"], goldstein=info["goldstein"],
                   quad=info["quad"], polarity=info["polarity"], mode=info["mode"])


_BY = frozenset(("brokered", "mediated", "hosted"))


def _mediator_after_by(tokens: list[Token], mentions: list[Mention], number: int) -> str | None:
    """The mediator or host named right after "brokered/mediated/hosted by" (the tokens at ``number``)."""
    if number + 1 >= len(tokens) or tokens[number + 1].low != "by":
        return None
    after = tokens[number + 1].end
    return next((_code(m) for m in mentions if after <= m.start <= after + 30), None)


def hyphenated_brokers(tokens: list[Token], mentions: list[Mention], events: list[Event]) -> list[Event]:
    """The sentence's events with each mediator's part set right (see the module's docstring); also a mediator or
    host named after "by" when the parties follow "between" ("talks hosted by Oman between Iran and the United
    States": the host hosts each party, 043)."""
    for number, token in enumerate(tokens):
        if token.low in _BY:
            mediator = _mediator_after_by(tokens, mentions, number)
            if mediator is None or len(_between(tokens, mentions, token.end)) < 2:
                continue
            cameo = "043" if token.low == "hosted" else _MEDIATE
        elif token.low.endswith(SUFFIXES):
            mediator = next((_code(m) for m in mentions if token.start <= m.start and m.end <= token.end), None)
            cameo = _MEDIATE
        else:
            continue
        acts = [e for e in events if e.cameo not in (_MEDIATE, "043") and e.trigger_span and e.trigger_span[0] >= token.start - 40]
        if mediator is None or not acts:
            continue
        parties = _between(tokens, mentions, token.end)
        if len(parties) < 2:  # "Egypt and Israel signed the Carter-brokered accords": the states named before it
            parties = list(dict.fromkeys(_code(m) for m in mentions if m.end <= token.start and _code(m) != mediator))
        if len(parties) < 2:
            parties = list(dict.fromkeys(code for e in acts for code in (e.source, e.target) if code and code != mediator))
        parties = [code for code in parties if code != mediator]
        if len(parties) < 2:
            continue
        first, second = parties[:2]
        act = acts[0]
        events = [e for e in events if e not in acts or mediator not in (e.source, e.target)]
        if not any({e.source, e.target} == {first, second} and e.type == act.type for e in events):
            events.append(_recoded(act, first, second, act.cameo))
        for party in (first, second):
            if not any(e.source == mediator and e.target == party and e.cameo == cameo for e in events):
                events.append(_recoded(act, mediator, party, cameo))
    return events
