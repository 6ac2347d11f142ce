"""A measure told with the date it was imposed, then ended in the main clause: "The sanctions that the OAS imposed on
Cuba in July 1964 were lifted in July 1975", "the arms embargo imposed on Turkey in February 1975 was lifted in 1978",
"the American embargo on Cuba, in force since 1962, was eased in 1977". The imposition is the act its own clause
tells, at its own date; the measure noun is also the subject of a passive that ends it, which is a second act: the
same side eases the measure on the same state, at the date of the main clause (the date after the participle, else a
date fronted before the subject: "In 1979 the sanctions imposed on Rhodesia in 1965 were lifted")."""

from __future__ import annotations

from dataclasses import replace

from detente.events.dating import _dated, units
from detente.events.recode import EASED_PARTICIPLES, codes
from detente.model import Document, Event, content_id

__all__ = ["lifted_later", "EASED_PARTICIPLES"]

# the nouns of a measure that a passive can end ("the embargo ... was lifted")
_MEASURES = frozenset("sanctions sanction embargo embargoes blockade blockades boycott boycotts ban bans quarantine "
                      "restrictions curbs".split())
# what may stand before the measure noun in its subject: an article, a kind of measure, a date fronted before it;
# names and demonyms are capitalized ("The American embargo", "United Nations sanctions")
_SUBJECT_WORDS = frozenset("the a an arms trade economic oil grain naval military financial international western "
                           "most all in by during , 's ’s".split())
_AUXILIARIES = frozenset(("was", "were", "been"))
_STANDING_FOR = frozenset(("they", "it", "which"))  # words that stand for the measure named before them
_LIFTED = "081"  # easing a measure ("the blockade ... was lifted"), as "lifted the blockade" codes it
_LIFTED_ECONOMIC = "085"  # easing economic sanctions or an embargo (root 16), as "lifted the sanctions" codes it


def lifted_later(doc: Document, tokens, timexes, span: tuple[int, int], told_here: list[Event]) -> list[Event]:
    """The sentence's events with the easings of the measures its subject names and it first tells imposed (see the
    module docstring); an imposition the measure's noun told, dated by the main clause, takes the date told between
    the noun and the passive ("the American embargo on Cuba, in force since 1962, was eased in 1977")."""
    measure = next((k for k, token in enumerate(tokens) if token.low in _MEASURES), None)
    if measure is None:
        return told_here
    participle = next((k for k in range(measure + 2, len(tokens)) if tokens[k].low in EASED_PARTICIPLES
                       and (tokens[k - 1].low in _AUXILIARIES or tokens[k - 1].low.endswith("ly") and tokens[k - 2].low in _AUXILIARIES)),
                      None)
    if participle is None:
        return told_here
    auxiliary = participle - 1 if tokens[participle - 1].low in _AUXILIARIES else participle - 2
    subject = all(t.low in _SUBJECT_WORDS or t.text[:1].isupper() or t.low.isdigit() for t in tokens[:measure])
    if not (subject and measure < 12 or tokens[auxiliary - 1].low in _STANDING_FOR and measure < auxiliary - 1):
        # ("Britain imposed sanctions on Rhodesia, whose leaders were removed": the measure is no subject; but "imposed
        # sanctions on India in 1998, and they were lifted in 2001": the pronoun or "which" stands for it)
        return told_here
    verb_start, verb_end = tokens[participle].start, tokens[participle].end
    imposed = [e for e in told_here if e.polarity == "conflict" and (e.cameo[:2] in ("16", "17") or e.cameo[:3] == "191")
               and e.source and e.target
               and e.trigger_span and tokens[measure].start <= e.trigger_span[1] and e.trigger_span[0] < tokens[auxiliary].start]
    eased = {(e.source, e.target) for e in told_here if e.polarity == "cooperation" and e.cameo[:2] == "08"}
    if not imposed:
        return told_here
    found = units(doc, timexes, verb_end, span[1])[:1] or units(doc, timexes, span[0], tokens[measure].start)[:1]
    if not found:
        return told_here
    start, end, first, last = found[0]
    dated = _dated(first, last, "clause", doc.text[start:end])
    if dated is None:
        return told_here
    told = units(doc, timexes, imposed[0].trigger_span[1], tokens[auxiliary].start)[:1]
    earlier = _dated(told[0][2], told[0][3], "clause", doc.text[told[0][0] : told[0][1]]) if told else None
    if earlier is not None:
        told_here = [replace(e, date=earlier.label, date_text=earlier.text, precision=earlier.precision, date_source=earlier.source)
                     if any(e is i for i in imposed) and e.date == dated.label else e for e in told_here]
    lifted = []
    for event in imposed:
        if (event.source, event.target) in eased or any(e.source == event.source and e.target == event.target for e in lifted):
            continue
        cameo = _LIFTED_ECONOMIC if event.cameo[:2] == "16" else _LIFTED
        info = codes()[cameo]
        lifted.append(replace(
            event, id=content_id(doc.id, str(span), str((verb_start, verb_end)), cameo, event.source, event.target),
            cameo=cameo, type=info["type"], goldstein=info["goldstein"], quad=info["quad"], polarity=info["polarity"],
            mode=info["mode"], date=dated.label, date_text=dated.text, precision=dated.precision, date_source=dated.source,
            trigger=doc.text[verb_start:verb_end], trigger_span=(verb_start, verb_end), modality="asserted"))
    return told_here + lifted
