"""An act named only to be judged in quotes: "Libya called the Egyptian treaty with Israel 'a stab in the back'",
"Syria described the Jordanian accord as "treason"". The words in quotes (or scare quotes) are the speaker's attitude to
the act its object names: the act is not told done by that sentence (it is the object of a judgement, dated by the
judgement), and the judgement is a disapproval (CAMEO 111) by the speaker of the state named first in the object, or
praise (051) when the quoted words praise ("called the pact 'a historic step'")."""

from __future__ import annotations

import re
from dataclasses import replace

from detente.events.recode import codes
from detente.model import Event, content_id

__all__ = ["judged_in_quotes", "may_judge_in_quotes"]

# a verb of naming, its object (no sentence mark, no quote), then the quoted words ("as" between them for "describe")
_JUDGED = re.compile(r"\b(?P<verb>call(?:ed|s|ing)?|term(?:ed|s|ing)?|brand(?:ed|s|ing)?|label(?:l?ed|s|l?ing)?|"
                     r"dub(?:bed|s|bing)?|describ(?:ed|es|ing)|denounc(?:ed|es|ing)|condemn(?:ed|s|ing)|"
                     r"decr(?:ied|ies|ying))\s+(?P<object>[^.;:!?\"“”‘’]{3,90}?)\s+(?:as\s+)?"
                     r"(?P<quote>[\"“‘']\w[^\"“”‘’.;]{0,60}?[\"”’'])")
# quoted words that praise the act rather than condemn it
_PRAISE = frozenset("historic landmark milestone model triumph victory great good friendly brotherly fraternal example "
                    "success breakthrough welcome turning positive important".split())
_DISAPPROVE, _PRAISED = "111", "051"


def may_judge_in_quotes(sentence: str) -> bool:
    """A cheap test before the regex: a double quote or an opening single quote after a space."""
    return '"' in sentence or "“" in sentence or " '" in sentence or " ‘" in sentence


def judged_in_quotes(doc, mentions, span: tuple[int, int], events: list[Event]) -> list[Event]:
    """The events of the sentence at ``span`` with each act named in the object of a quoted judgement taken out, and
    the judgement added (once a speaker and object pair) when the sentence codes none for it (see the module)."""
    text = doc.text
    for judged in _JUDGED.finditer(text, span[0], span[1]):
        start, end = judged.span("object")
        named = [e for e in events if e.trigger_span and start <= e.trigger_span[0] and e.trigger_span[1] <= end]
        if not named:
            continue
        speaker = next((m for m in reversed(mentions) if span[0] <= m.start and m.end <= judged.start("verb")), None)
        source = speaker and (speaker.entity if speaker.kind in ("state", "organization") else speaker.state)
        if not source:
            continue
        object_states = [m.entity if m.kind in ("state", "organization") else m.state for m in mentions if start <= m.start and m.end <= end]
        target = next((code for code in object_states if code and code != source), None)
        events = [e for e in events if not any(e is n for n in named)]
        if target is None or any(e.source == source and e.target == target and e.polarity == "conflict" for e in events):
            continue
        words = set(re.findall(r"[a-z]+", judged.group("quote").lower()))
        cameo = _PRAISED if words & _PRAISE and judged.group("verb")[:4] not in ("deno", "cond", "decr") else _DISAPPROVE
        info = codes()[cameo]
        verb = judged.span("verb")
        trigger = (verb[0], judged.end("quote"))
        events.append(replace(named[0], id=content_id(doc.id, str(span), str(trigger), cameo, source, target),
                              source=source, target=target, actors=[source, target], type=info["type"], cameo=cameo,
                              goldstein=info["goldstein"], quad=info["quad"], polarity=info["polarity"], mode=info["mode"],
                              trigger=text[trigger[0] : trigger[1]], trigger_span=trigger, modality="asserted"))
    return events
