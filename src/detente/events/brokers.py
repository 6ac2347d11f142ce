"""A go-between named in one word with the act it brought about: "a French-brokered ceasefire between Russia and
Georgia", "Algerian-mediated talks between Iran and Iraq", or after the act with "by" ("talks mediated by Algeria
between Iran and Iraq", "a truce brokered by the United States between Israel and Lebanon"). The state of the compound is no party to the act, which is
between the states its phrase names after "between"; the go-between mediates between them (045 on each), as "France
mediated between Russia and Georgia" codes it."""

from __future__ import annotations

import re
from dataclasses import replace

from detente.events.recode import codes
from detente.model import Document, Event, Mention, content_id

__all__ = ["BROKERED", "go_betweens", "in_compound", "mediations", "without_go_betweens"]

# searched in C on the sentence before anything else: the compound's second half, or the participle before "by"
BROKERED = re.compile(r"-(?:brokered|mediated)\b|\b(?:brokered|mediated) by\b", re.IGNORECASE)
_COMPOUND = re.compile(r"-(?:brokered|mediated)\b", re.IGNORECASE)
_BY_BROKER = re.compile(r"\b(?:brokered|mediated) by (?:the )?$", re.IGNORECASE)  # ends right before the go-between
_BETWEEN_AFTER = re.compile(r"\s+between\b")  # the parties named right after it ("mediated by the United Nations, Kosygin" names none)
_ACT_BEFORE = 30  # characters between the end of the act's word and its go-between ("talks mediated by the ")
_MEDIATE = "045"


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
    after "between" ("a Soviet-brokered agreement between India and Pakistan") or the sentence names no party before
    it (the pair comes from the text before: "Within days a French-brokered ceasefire halted the fighting"); none for
    an act whose doers the sentence names first ("Both governments accepted a Russian-brokered truce": their act)."""
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
        if between is None and (after_by or any(m.end <= broker.start for m in mentions)):
            continue
        reach = tokens[between].start + 1 if between is not None else tokens[min(len(tokens) - 1, compound + 3)].end
        for event in events:
            told = event.trigger_span and (0 <= broker.start - event.trigger_span[1] <= _ACT_BEFORE if after_by
                                           else tokens[compound].end < event.trigger_span[0] <= reach)
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
