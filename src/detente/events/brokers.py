"""A mediator named in a hyphenated adjective before the act it arranged: "a UN-brokered ceasefire between India and
Pakistan", "an Egyptian-brokered truce between Israel and Hamas", "Egypt and Israel signed the Carter-brokered
accords". The mediator takes no part in the act: the act is the parties' (named after "between", or else the other
states the sentence's acts name), and the mediator mediates with each party (045)."""

from __future__ import annotations

from dataclasses import replace

from detente.events.recode import codes
from detente.events.triggers import Token
from detente.model import Event, Mention, content_id

SUFFIXES = ("-brokered", "-mediated")
_MEDIATE = "045"


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
