"""Events of one document that tell the same happening twice (an entry's title and its text, two verbs for
one act) become one."""

from __future__ import annotations

import datetime
import re
from collections import Counter

from detente.actors import find_mentions
from detente.model import Event, date_bounds
from detente.text.layout import is_date_line


def merge_within(events: list[Event], dropped: Counter, news: bool = False) -> list[Event]:
    """One event per happening within a document.

    Two events are one when they share their actors and either their type and an
    overlapping date (an entry title and its description) or their sentence and
    polarity (two verbs for one act).  The kept one has the more precise date,
    then comes from a full sentence rather than a title, then is dated by its own
    sentence rather than by its heading or date line, then comes first.
    """
    if len(events) < 2:
        return list(events)  # nothing to merge (most short documents): no ranking needed
    received = _receptions(events)
    if received:
        # "arrived in Beijing on 28 May for a visit of six days, and Mao received him the following day", "arrived last
        # night and was welcomed by Begin", "visits Karachi. Liaquat Ali Khan receives him at the airport": the host's
        # reception told with the visit is part of the visit, one event (tests/data/other_pairs/CONVENTIONS.md)
        dropped["merged_within_document"] += len(received)
        events = [event for event in events if id(event) not in received]
        if len(events) < 2:
            return list(events)
    kept: list[Event] = []
    by_actors: dict[frozenset, list[Event]] = {}  # only events with the same actors can be one happening
    by_pair: dict[tuple, list[Event]] = {}  # ... or a key-dates line and the body's act with a third state beside them
    by_day: dict[str, list[Event]] = {}  # ... or a key-dates line and the body's act of its day (or month) among more parties
    by_words: dict[tuple, list[Event]] = {}  # ... or one doer's act told again in the same words
    merged: dict[tuple, list[Event]] = {}  # events merged into an act another sentence told, by their sentence
    for event in sorted(events, key=_preference):
        peers = by_actors.setdefault(frozenset(event.actors), [])
        duplicate = next((other for other in peers if _same_happening(event, other, news)), None)
        pair = by_pair.setdefault((event.source, event.target), [])
        if duplicate is None and event.source and event.target:
            # "stopped in Tokyo on his way to Washington and met Ikeda": a state named beside the pair in one verb's
            # actors (the journey's end) makes no second act of two verbs of one sentence
            duplicate = next((other for other in pair if other.span == event.span and other.actors != event.actors
                              and {other.cameo, event.cameo} <= _VISIT_TALKS and "042" in (other.cameo, event.cameo)
                              and _same_happening(event, other, news, pair_only=True)), None)
        if duplicate is None and not news and event.source and event.target:
            # "| 20 Oct 1973 | Saudi oil embargo on the United States |" after "Saudi Arabia cut off all oil shipments to
            # the United States, in answer to Washington's aid to Israel": the line retells the act, Israel aside
            # (or a lead that dates by the month what a section dates to the day, a third state named beside the pair
            # in one of them: "recognized the new republic in October 1949" / "established relations on 27 October")
            duplicate = next((other for other in pair if other.span != event.span and other.polarity == event.polarity
                              and _retold_across(event, other)), None)
            if duplicate is None and event.polarity == "cooperation":
                # "1947, April 13 - Diplomatic relations agreed" after "New Delhi and Moscow agreed to establish
                # relations on 13 April 1947": a thing two states did together, told of either side first
                duplicate = next((other for other in by_pair.get((event.target, event.source), ())
                                  if other.span != event.span and other.polarity == event.polarity
                                  and _retold_across(event, other, joint=True)), None)
        if duplicate is None and not news and event.source and event.target and len(event.date or "") in (7, 10):
            # "- 14 April 1988 - Geneva Accords signed" after "On 14 April 1988 Pakistan and Afghanistan signed the Geneva
            # Accords, with the United States and the Soviet Union as guarantors": the body's act names the line's pair
            # among more parties, and its source and target are two of them (also at a month: "- Apr. 1978 - Contract
            # for the power line signed" after "the two governments signed the contract in April 1978, with guarantees
            # of the World Bank")
            duplicate = next((other for other in by_day.get(event.date, ())
                              if _one_act(event, other) and other.polarity == event.polarity
                              and other.span != event.span
                              and {event.source, event.target} <= set(other.actors) and _recap_of(event, other)), None)
            if duplicate is not None:
                # what retells the line (its other words for the act: "armistice signed"; a coarser telling of it) retells
                # the body's act too
                peers.append(event)
                pair.append(event)
        if duplicate is None and not news and event.source and event.target and event.cameo in _ON_A_VISIT:
            # "King Saud arrived in India in November 1955 for a state visit. Nehru received him in New Delhi": the host's
            # reception the next sentence tells, dated by the visit's sentence, is the visit told again
            duplicate = next((other for other in by_pair.get((event.target, event.source), ())
                              if other.cameo in _ON_A_VISIT and _met_on_the_visit(event, other)), None)
        if duplicate is None and event.source and event.trigger_span and event.cameo[:2] not in _FORCE:
            # "> India called the talks a step forward" in a pull quote after "India called the talks a step forward and
            # sent its minister to the next round": the page repeats its own words for one act
            duplicate = next((other for other in by_words.get((event.source, event.cameo, event.trigger.lower()), ())
                              if _same_words(event, other)), None)
        if duplicate is None and event.span in merged:
            # "made his first journey to Chile in March 1997 ... and was received by the president" after "visited Chile
            # in March 1997": a later verb of a sentence for the act its earlier verb told, merged into that act told in
            # another sentence, is that act too (only a verb merged across sentences counts: two acts of one sentence
            # may each be one with a third)
            duplicate = next((other for other in merged[event.span] if _same_happening(event, other, news)), None)
        if duplicate is None:
            kept.append(event)
            if len(event.date or "") in (7, 10):
                by_day.setdefault(event.date, []).append(event)
            peers.append(event)
            pair.append(event)
            if event.source and event.trigger_span:
                by_words.setdefault((event.source, event.cameo, event.trigger.lower()), []).append(event)
        else:
            dropped["merged_within_document"] += 1
            if duplicate.span != event.span:
                merged.setdefault(event.span, []).append(event)
    return sorted(kept, key=lambda e: (e.span[0], e.trigger_span or (0, 0)))


# how many words of a sentence, from its act's verb on, a page repeats when it tells the act again in the same words
_SAME_WORDS = 3
# how far apart two sentences stand at least when neither is the next sentence of the other (a space or a line break)
_NEXT_SENTENCE = 20
_WORD = re.compile(r"[\w'’-]+")


def _same_words(later: Event, earlier: Event) -> bool:
    """Whether ``later``, in another sentence well apart from it, tells ``earlier``'s act (same doer, code and trigger)
    again in the same words: its target the other's target or among its actors, its date inside the other's or holding it, and the
    trigger with the words after it, at least three in all, repeated word for word ("called the talks a step forward",
    "condemned the Chilean mine-laying"), with no word saying the act was done again."""
    if later.span == earlier.span or later.polarity != earlier.polarity or not earlier.trigger_span:
        return False
    first, second = sorted((later, earlier), key=lambda e: e.span[0])
    if second.span[0] - first.span[1] < _NEXT_SENTENCE or _SAME_DAY.match(second.evidence or ""):
        # the next sentence in the same words tells a second act: "... signed a framework for peace. The two also
        # signed a framework for a treaty"; a retelling stands a sentence or more away (a pull quote, a later section)
        return False
    if later.target != earlier.target and later.target not in earlier.actors and earlier.target not in later.actors:
        return False
    if not _nested(later.date, earlier.date):
        return False
    words = [_WORD.findall(e.evidence[e.trigger_span[0] - e.span[0]:].lower())[:_SAME_WORDS] for e in (later, earlier)]
    return len(words[0]) == _SAME_WORDS and words[0] == words[1] and not (_again_by_trigger(later) or _again_by_trigger(earlier))


def _retold_across(a: Event, b: Event, joint: bool = False) -> bool:
    """Whether two events of one pair (``joint``: told of either side first), whose actor lists may differ by a state
    named beside them, tell one act twice on one page: a key-dates line, a lead's coarser date, the act named again."""
    if _recap_of(a, b) or _recap_of(b, a) or _coarse_retelling(a, b) or _coarse_retelling(b, a):
        return True
    if (_one_act(a, b, agreeing=False) or _intent_and_deed(a, b)) and a.date == b.date and len(a.date or "") == 10 \
            and not _SAME_DAY.match(max(a, b, key=lambda e: e.span[0]).evidence or ""):
        # a day names one act: a facts box's "signed 2 March 1963" and the body's signing that day (but "The same
        # day the two signed an extradition treaty" tells a second act of that day)
        return True
    if _signed_the_opening(a, b) or _signed_the_opening(b, a):
        # "On 4 May the two foreign ministers signed the communique that established diplomatic relations" in a section
        # and "The two states established diplomatic relations on 4 May 1985" in the lead: the signing is the opening
        return True
    if _same_code_same_date(a, b) and (not joint or a.cameo in _JOINT):
        # "The Chilean president visited Oslo in May 1994, on his way home from Sweden" in a lead and "The Chilean
        # president stopped in Oslo in May 1994" in a section: one code, one month, one pair, a third state named
        # beside it in one telling (two tellings with the same actors merge on this already: _same_happening)
        return True
    # "The Chinese treaty, which obliges each side ..." after "signed a treaty with Zhou Enlai on 11 July 1961"
    return a.type == b.type and (not joint or a.cameo in _JOINT and b.cameo in _JOINT) \
        and (_named_again(a, b) or _named_again(b, a))


# "signed the joint communique that established diplomatic relations", "signed a protocol establishing relations": the
# text signed is the opening of relations itself
_OPENS_RELATIONS = re.compile(r"(?:establish\w*|open\w*)\s+(?:full\s+|formal\s+)?(?:diplomatic\s+)?relations\b", re.I)
_SIGNED_TEXT = re.compile(r"\b(?:communiqu[eé]s?|protocols?|agreements?|declarations?|notes|treaty|accords?|documents?)\b", re.I)


def _signed_the_opening(signing: Event, opening: Event) -> bool:
    """Whether ``signing`` (057), in a sentence of its own, signs a text that its next words say established relations
    on the very day ``opening`` (054, its trigger naming the relations) tells relations established between the same
    pair: one act.  A second text signed "the same day" stays an act of its own."""
    if signing.cameo != "057" or opening.cameo != "054" or signing.date != opening.date or len(signing.date or "") != 10 \
            or "relations" not in (opening.trigger or "").lower():
        return False  # a recognition ("recognized the People's Republic as the sole government") is an act of its own
    if not (signing.trigger_span and signing.evidence) or _SAME_DAY.match(signing.evidence) or _again_by_trigger(signing):
        return False
    after = signing.evidence[max(0, signing.trigger_span[0] - signing.span[0]):][:140]
    found = _OPENS_RELATIONS.search(after)
    return found is not None and _SIGNED_TEXT.search(after, 0, found.start()) is not None


# codes that name one act on one day: an agreement by any of its words (agreed, signed: _AGREEING), and a ceasefire or
# an armistice and its signing ("Armistice signed at Panmunjom" after "the commanders signed the armistice")
_SIGNED_TRUCE = frozenset({"057", "0871"})


def _one_act(a: Event, b: Event, agreeing: bool = True) -> bool:
    """Whether two events' codes can name one act: the same code, two words for an agreement reached (``agreeing``: not
    where a page's sentences dated by one day tell a treaty's terms, "Peru agreed to open a port to Bolivian goods"), a
    truce and its signing, or a signing (057) and the agreement it made named by its field ("1962, Mar. - Trade
    agreement", coded as the cooperation it governs: 061 and the like)."""
    if a.cameo == b.cameo or agreeing and {a.cameo, b.cameo} <= _AGREEING or {a.cameo, b.cameo} == _SIGNED_TRUCE:
        return True
    signing, noun = (a, b) if a.cameo == "057" else (b, a)
    if signing.cameo != "057" or noun.cameo[:2] != "06" or _AGREEMENT_TEXT.fullmatch(noun.trigger.strip()) is None:
        return False
    # the agreement's field, the word before its noun, named by the signing's sentence too ("trade agreement" /
    # "signed an agreement on border trade"), not another agreement signed that day
    field = noun.trigger.split()[0].lower() if " " in noun.trigger.strip() else ""
    return bool(field) and field in signing.evidence.lower()


def _same_code_same_date(a: Event, b: Event) -> bool:
    """Whether two tellings of one pair, well apart on the page, give one act by one code at one month or day, each
    dated by its own words, with no word saying it was done again and no force (a month of war holds many blows)."""
    if a.cameo != b.cameo or a.date != b.date or len(a.date or "") not in (7, 10) or a.cameo[:2] in _FORCE:
        return False
    if not {a.date_source, b.date_source} <= {"clause", "sentence"}:
        return False
    first, second = sorted((a, b), key=lambda e: e.span[0])
    if second.span[0] - first.span[1] < _RETOLD_GAP or _SAME_DAY.match(second.evidence or ""):
        return False
    return not (_again_by_trigger(a) or _again_by_trigger(b))


# CAMEO's intents (03x) mirror the roots of the deeds they promise: "agreed to establish relations" (032) on the day the
# two "established relations" (05) is that act announced, not a second one
_INTENT_OF = {"031": "06", "032": "05", "033": "07", "034": "08", "035": "08", "036": "04"}


def _intent_and_deed(a: Event, b: Event) -> bool:
    """Whether one event is an intent or agreement to do what the other, of the root that intent promises, did; both
    dated by their own words (a sentence dated by the day of a signing before it often tells the treaty's terms)."""
    intent, deed = (a, b) if a.cameo[:2] == "03" else (b, a)
    return _INTENT_OF.get(intent.cameo[:3]) == deed.cameo[:2] and {intent.date_source, deed.date_source} <= {"clause", "sentence"}


# a journey (042) and the meeting, reception or talks (043, 040, 046) held on it
_ON_A_VISIT = frozenset({"042", "040", "043", "046"})
# how far after the visit's sentence a meeting dated by it may be told (the next sentence or two)
_VISIT_REACH = 300


def _met_on_the_visit(a: Event, b: Event) -> bool:
    """Whether one of two events is a visit (042) dated by its own sentence and the other, told after it within a
    sentence or two with no date of its own (its date taken from the visit's sentence, so inside the visit's), the host's
    reception of the visitor, a meeting or talks (040, 043, 046) from the visited side to the visitor's: the visit told
    again from the host's side ("Ford visited Beijing from 1 to 5 December 1975 ... Mao received him briefly").  The
    visitor's own talks there ("He held talks with Eisenhower at Camp David") are an act of the visitor's own, as the
    labelled rows code them (c2_026; and _visit_then_talks within one sentence); a return visit (042 the other way) and
    a meeting dated in its own sentence ("met again on 5 May") stay acts of their own too."""
    visit, meeting = (a, b) if a.cameo == "042" else (b, a)
    if visit.cameo != "042" or meeting.cameo == "042" or visit.polarity != meeting.polarity:
        return False
    if (meeting.source, meeting.target) != (visit.target, visit.source):
        return False
    if visit.date_source not in ("clause", "sentence") or meeting.date_source not in ("narrative", "section"):
        return False
    gap = meeting.span[0] - visit.span[1]
    if not 0 <= gap < _VISIT_REACH or not visit.date or not meeting.date:
        return False
    (v0, v1), (m0, m1) = date_bounds(visit.date), date_bounds(meeting.date)
    return bool(v0 and m0) and v0 <= m0 and m1 <= v1 and not _again_by_trigger(meeting)


# a visitor's speech to the host's legislature: "addressed both houses of Parliament", "spoke to a joint meeting of
# Congress", "addressed the Knesset", "addressed the National Assembly"
_TO_LEGISLATURE = re.compile(r"(?:address(?:ed|es|ing)?|spoke\s+to|speaks\s+to|speaking\s+to)\s+(?:[\w’'-]+\s+){0,5}?"
                             r"(?:Congress|[Pp]arliament|National\s+Assembly|Knesset|Diet|Bundestag|Duma|Senate|[Ll]egislature|"
                             r"Majlis|Lok\s+Sabha|Sejm|Storting|Riksdag|Cortes)\b")


def _address_on_the_visit(a: Event, b: Event) -> bool:
    """Whether one of two events of one doer and target is a visit (042) and the other the visitor's speech to the host's
    legislature (its trigger the speech, or the meeting or session spoken to) at a date inside the visit's."""
    visit, speech = (a, b) if a.cameo == "042" else (b, a)
    if visit.cameo != "042" or speech.cameo not in ("040", "043") or visit.polarity != speech.polarity \
            or not speech.trigger_span or not speech.evidence:
        return False
    start, end = speech.trigger_span[0] - speech.span[0], speech.trigger_span[1] - speech.span[0]
    found = _TO_LEGISLATURE.search(speech.evidence, max(0, start - 30), end + 60)
    if found is None or not found.start() <= max(0, start) < found.end():
        return False
    (v0, v1), (s0, s1) = date_bounds(visit.date), date_bounds(speech.date)
    return bool(v0 and s0) and v0 <= s0 and s1 <= v1


def _told_after_the_visit(later: Event, earlier: Event) -> bool:
    """Whether of a visit and the visitor's speech, the speech is told a sentence or two after the visit's sentence,
    dated by it or by the entry both stand in (no date of its own)."""
    visit, speech = (later, earlier) if later.cameo == "042" else (earlier, later)
    gap = speech.span[0] - visit.span[1]
    return 0 <= gap < _VISIT_REACH and speech.date_source in ("narrative", "section") \
        and visit.date_source in ("clause", "sentence", "section") and not _again_by_trigger(speech)


_WELCOMING = frozenset("welcomed welcome welcomes welcoming greeted greet greets greeting".split())
_PERSON_WELCOMED = re.compile(r"\s+(?:him|her|them|the\s+(?:visitor|visitors|guest|guests|delegation))\b", re.I)
_WELCOMED_BY = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+\s+)?$", re.I)
_RECEPTION_DAYS = 7  # a reception told in the visit's sentence with a day of its own: within the visit's first week


def _receptions(events: list[Event]) -> set[int]:
    """The ids of the hosts' receptions of visitors told with their visits (``_received_on_the_visit``), and of the
    visitors' speeches to the hosts' legislatures told with them (``_address_on_the_visit``); the visits stay."""
    visits = [e for e in events if e.cameo == "042" and e.source and e.target]
    if not visits:
        return set()
    found = set()
    for host in events:
        if host.cameo in _HOSTING and host.source and host.target:
            for visit in visits:
                if visit.source == host.target and visit.target == host.source and (
                        _received_on_the_visit(visit, host) or _reception_at_the_visits_date(visit, host)):
                    found.add(id(host))
                    break
        if host.cameo in _SPEAKING and host.source and host.target and host.trigger_span:
            # "visited Canada in June 1961 and addressed both houses of Parliament on 14 June", "paid a state visit to
            # Canada in June 1961. ... the president addressed a joint session of Parliament": the visitor's speech to
            # the host's legislature, on a day of the visit, is part of the visit (as the labelled rows code it)
            for visit in visits:
                if visit.source == host.source and visit.target == host.target and _address_on_the_visit(visit, host) \
                        and (visit.span == host.span or _told_after_the_visit(visit, host)):
                    found.add(id(host))
                    break
    return found


_HOSTING = frozenset({"043", "051"})
_SPEAKING = frozenset({"040", "043"})  # a speech to a legislature: "addressed Congress", "spoke to a joint meeting"
_RECEIVING_VERBS = ("receiv", "greet", "welcom")
_MET_ON_ARRIVAL = re.compile(r"\s+(?:(?:him|her|them)\s+)?(?:at|on)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)*(?:airport|airfield|station|quay|pier)\b")


def _a_reception(host: Event, visit: Event) -> bool:
    """Whether a host's act toward a visitor is a reception: "received him", "greeted him", "was met at the airport"
    (043; not talks: "talked with him"), or a welcome of the visitor (051: "welcomed him at the airport", "was welcomed by
    Begin"; not "welcomed the decision")."""
    trigger = (host.trigger or "").lower()
    if not host.evidence or not host.trigger_span:
        return False
    start, end = host.trigger_span[0] - host.span[0], host.trigger_span[1] - host.span[0]
    if not 0 <= start < end <= len(host.evidence):
        return False
    if host.cameo == "043":
        return trigger.startswith(_RECEIVING_VERBS) or trigger == "met" and _MET_ON_ARRIVAL.match(host.evidence, end) is not None
    if host.cameo != "051" or trigger not in _WELCOMING:
        return False
    return _PERSON_WELCOMED.match(host.evidence, end) is not None or (
        (host.span == visit.span or host.date == visit.date) and _WELCOMED_BY.search(host.evidence, max(0, start - 16), start) is not None)


def _reception_at_the_visits_date(visit: Event, host: Event) -> bool:
    """Whether the host's reception of the visitor, told apart from the visit (before it or well after it: a photograph's
    caption, a later section) and dated by its own words at the visit's very month or day, is that visit told again
    ("*Nyerere is welcomed by Kaunda at Lusaka airport, June 1965." beside "Nyerere visited Lusaka in June 1965")."""
    return host.span != visit.span and host.date == visit.date and len(host.date or "") in (7, 10) \
        and host.polarity == visit.polarity and {host.date_source, visit.date_source} <= {"clause", "sentence"} \
        and _a_reception(host, visit) and not _again_by_trigger(host) and not _again_by_trigger(visit)


def _received_on_the_visit(a: Event, b: Event) -> bool:
    """Whether one of two events is a visit (042) and the other, told after it in its sentence or in the next one or
    two with no date of its own, the visited side's reception of the visitor (043, or 051 for a welcome): one visit."""
    visit, host = (a, b) if a.cameo == "042" else (b, a)
    if visit.cameo != "042" or host.cameo == "042" or visit.polarity != host.polarity:
        return False
    if (host.source, host.target) != (visit.target, visit.source) or not (visit.trigger_span and host.trigger_span):
        return False
    if host.trigger_span[0] <= visit.trigger_span[1] or not visit.date or not host.date or not _a_reception(host, visit):
        return False
    (v0, v1), (h0, h1) = date_bounds(visit.date), date_bounds(host.date)
    if not (v0 and h0):
        return False
    if host.span == visit.span:
        return v0 <= h0 and (datetime.date.fromisoformat(h1) - datetime.date.fromisoformat(v1)).days <= _RECEPTION_DAYS
    gap = host.span[0] - visit.span[1]
    return 0 <= gap < _VISIT_REACH and host.date_source in ("narrative", "section") and v0 <= h0 and h1 <= v1 \
        and not _again_by_trigger(host)


def _preference(event: Event) -> tuple:
    begin, end = date_bounds(event.date)
    width = (_ordinal(end) - _ordinal(begin)) if begin and end else 10**9
    title_like = 1 if _title_like(event) else 0
    # a table row's "Relations broken." takes its date from its cell and its parties from the page's pair, in the
    # pair's order; the sentence that tells the act with its own date says who did it
    unit_dated = 1 if event.date_source == "section" else 0
    return (width, title_like, unit_dated, event.span[0])


def _ordinal(day: str) -> int:
    import datetime

    try:
        return datetime.date.fromisoformat(day).toordinal()
    except ValueError:
        return 0


def _same_happening(a: Event, b: Event, news: bool = False, pair_only: bool = False) -> bool:
    """Two verbs of one sentence for one act, or an entry's title and the sentence that tells it again (``pair_only``:
    the two share their source and target, whatever other states their actors name)."""
    if set(a.actors) != set(b.actors) and not pair_only:
        return False
    if a.trigger_span == b.trigger_span and a.date != b.date:
        return False  # one verb told at several dates ("met at Geneva in 1985 and at Reykjavik in 1986")
    if a.span == b.span and a.source != b.source and (a.trigger.startswith("follow") or b.trigger.startswith("follow")):
        return False  # "Britain recognized Beijing in January 1950, and Norway followed that month": each its own act
    if a.trigger_span == b.trigger_span and a.span == b.span and a.source == b.target and b.source == a.target \
            and a.source != b.source:
        return False  # "fired missiles at each other's capitals": one verb, two acts, one each way
    if a.span == b.span and a.type == b.type and a.date != b.date and a.date and b.date \
            and a.date_source == b.date_source == "clause":
        return False  # two acts each dated in its own clause: "took Shanghai in November and captured Nanking in December"
    if a.span == b.span and a.polarity == "conflict" and a.source != b.source and a.source == b.target \
            and b.source == a.target and a.trigger_span != b.trigger_span:
        return False  # "Libyan batteries fire missiles at American aircraft; US planes sink two Libyan boats": blow and answer
    if a.span == b.span and a.source != b.source and a.source == b.target and b.source == a.target \
            and a.trigger_span != b.trigger_span and ({a.cameo[:2], b.cameo[:2]} <= _GIVING or {a.cameo, b.cameo} <= _VISITS) \
            and _named_subject_between(a, b):
        # "Cuba released Alan Gross, and the United States freed three Cuban agents": an exchange, two acts; "Bhutto
        # visits Tehran several times, and the Shah pays return visits to Pakistan": a visit each way
        return False
    if a.span == b.span and (a.source, a.target, a.date) == (b.source, b.target, b.date) and a.cameo != b.cameo \
            and a.cameo[:2] in _FORCE and b.cameo[:2] in _FORCE and _verbs_of_one_object(a, b):
        return True  # "Iraq invaded and occupied Kuwait", "attacked and seized the island": one blow told by two verbs
    if a.span == b.span and a.type == b.type and _visit_then_talks(a, b):
        return False  # "visited Washington and met Vice President Nixon": the journey and the meeting are two acts
    if a.span == b.span and a.type == b.type and (a.source == b.source or a.date == b.date):
        if _own_subjects(a, b):
            # "the air force bombed targets inside Honduras, and the army crossed the border", "Iraqi aircraft struck
            # Iranian airfields, and Iraqi divisions crossed the border": two forces, two acts (of one code or two)
            return False
        if {a.cameo[:2], b.cameo[:2]} <= MATERIAL_CONFLICT and a.source == b.source and not a.cameo == b.cameo == "161" \
                and _own_objects(a, b):
            return False  # "froze all Chinese assets and banned American ships": two measures, each on its own object
        if a.cameo[:3] != b.cameo[:3] and _subject_named_again(a, b):
            return False  # "Brazil recalled its ambassador, and Brazil, Argentina and Uruguay suspended Paraguay": a
            # clause of its own, its subject named again, tells a second act of another code
        if a.cameo[:3] != b.cameo[:3] and _listed_acts(a, b):
            return False  # "expelled the Soviet advisers, renounced the 1974 treaty and broke off relations": a list of acts
        if a.source == b.source and a.date and b.date and a.date != b.date and "clause" in (a.date_source, b.date_source):
            return False  # "renounced the pact, and on 29 November broke off relations": a second act on its own day
        # two words of one sentence for one act ("formally recognized ... and established relations"); an act
        # and the other side's answer on another day are two ("Pakistan struck on 3 December, and India
        # declared war the next day")
        return True
    if a.span == b.span and {a.cameo[:2], b.cameo[:2]} <= STANCE_ROOTS and a.source == b.source and a.date == b.date:
        return True  # one stance told by two words ("caused alarm in Washington and made the US hesitate")
    if a.span == b.span and a.polarity == b.polarity and (_signed_text(a, b) or _signed_text(b, a)):
        return True  # "an armistice signed at Panmunjom", "the ceasefire was not signed until May": the text and its signing
    if a.span != b.span and a.polarity == b.polarity and (_entry_title_of(a, b) or _entry_title_of(b, a)):
        return True  # a timeline entry's title and the description under it, told with another word ("Armistice" /
        # "signed a general armistice agreement", "Relations restored" / "agreed to restore relations")
    if not news and a.span != b.span and a.polarity == b.polarity and (_recap_of(a, b) or _recap_of(b, a)):
        # a key-dates table retelling the body: "| 28 February 1921 | Treaty of friendship signed in Moscow |" (in a
        # report every sentence tells the day's news: "Sadat met Begin for two hours" is an act of its own)
        return True
    if a.span != b.span and (_coarse_retelling(a, b, news) or _coarse_retelling(b, a, news)):
        return True  # "normalized relations in 1995" in the lead, "on 11 July 1995 ... normalized relations" in a section
    if a.span != b.span and a.type == b.type and (_named_again(a, b) or _named_again(b, a)):
        return True  # the act named again by a noun of its own later ("met Peres ... the talks did not mean that")
    if a.span != b.span and (_pluperfect_retelling(a, b) or _pluperfect_retelling(b, a)):
        return True  # "stopped in Ottawa on 3 May ... Two days later ... He had come to Ottawa from Washington"
    if a.span != b.span and a.source != b.source and a.source == b.target and b.source == a.target \
            and a.cameo[:2] in _ANSWERED and _ANSWERING.search(max(a, b, key=lambda e: e.span[0]).evidence or ""):
        return False  # "Seoul raised its tariff on Chinese garlic. Beijing retaliated by banning imports": a measure answered
    if a.span != b.span and _SAME_DAY.match(max(a, b, key=lambda e: e.span[0]).evidence or ""):
        return False  # "... signed the Riyadh Declaration. The same day the two governments signed an extradition
        # treaty": a second act told on the day of the first, no retelling of it
    if a.type != b.type or not (_title_like(a) or _title_like(b) or a.cameo == b.cameo and a.date == b.date
                                or a.cameo == b.cameo and a.type == "TRANSITION" and _nested(a.date, b.date)):
        # a state is founded, becomes independent or dissolves once: "founded in 1949" in a page's opening and
        # "founded in May 1949" in its body tell one happening
        return False
    (a0, a1), (b0, b1) = date_bounds(a.date), date_bounds(b.date)
    if not (a0 and b0):
        return a.date == b.date
    return a0 <= b1 and b0 <= a1


_NEW_SUBJECT = re.compile(r",\s+and\s+(?:then\s+)?(?:the\s+)?[A-Z][\w'’-]*(?:\s+[a-z]+)?\s+(?:army|navy|air\s+force|troops|forces|"
                          r"aircraft|planes|ships|warships|units|columns|divisions|marines|paratroops|soldiers|infantry|"
                          r"artillery|tanks|guns|bombers|fighters|jets|guerrillas|police|armies|navies|brigades|battalions|"
                          r"regiments|squadrons|warplanes|submarines|commandos|dockers|workers|students|crowds|"
                          r"demonstrators|protesters|traders|unions|newspapers)\b")


# hostile measures one side answers in kind (a protest for a protest, a ban for a tariff): told of each side in its own
# sentence, the second saying it answers the first, two acts
_ANSWERED = frozenset({"11", "12", "13", "16", "17"})
_ANSWERING = re.compile(r"\b(?:retaliat\w*|in\s+reply|in\s+response|in\s+kind|responded|reciprocated)\b", re.I)
_VISIT_TALKS = frozenset({"040", "042", "043", "046"})  # a journey and the meeting or talks it was made for
_GIVING = frozenset({"06", "07", "08"})  # material cooperation, aid and yielding: what one side gives the other
_VISITS = frozenset({"042", "043"})  # a visit made or hosted: one side's act, never told of both at once
_SAME_DAY = re.compile(r"(?:On\s+)?(?:the|that)\s+same\s+(?:day|morning|afternoon|evening)\b|Later\s+(?:that|the\s+same)\s+day\b", re.I)
_NAMED_SUBJECT = re.compile(r",\s+(?:and|while|but)\s+(?:then\s+)?(?:the\s+)?[A-Z]")


_JUST_AND = re.compile(r"\s+and\s+")


def _verbs_of_one_object(a: Event, b: Event) -> bool:
    """Whether two triggers of one sentence are two verbs joined by a bare "and", the first with no object of its own
    ("invaded and occupied Kuwait", "invades and annexes"; not "bombed the port and occupied the islands")."""
    if not (a.trigger_span and b.trigger_span and a.evidence):
        return False
    first, second = sorted((a.trigger_span, b.trigger_span))
    if " " in a.evidence[first[0] - a.span[0] : first[1] - a.span[0]].strip():
        return False  # the first trigger holds its own object ("seized the island and bombed ...")
    return _JUST_AND.fullmatch(a.evidence, first[1] - a.span[0], second[0] - a.span[0]) is not None


def _named_subject_between(a: Event, b: Event) -> bool:
    """Whether the later act of one sentence opens its own clause with a name after ', and'."""
    if not (a.trigger_span and b.trigger_span and a.evidence):
        return False
    first, second = sorted((a.trigger_span, b.trigger_span))
    return _NAMED_SUBJECT.search(a.evidence, max(0, first[1] - a.span[0]), max(0, second[0] - a.span[0])) is not None


def _own_subjects(a: Event, b: Event) -> bool:
    """Whether the later act of one sentence has a force of its own named as its subject after ', and'."""
    if not (a.trigger_span and b.trigger_span and a.evidence):
        return False
    first, second = sorted((a.trigger_span, b.trigger_span))
    between = a.evidence[max(0, first[1] - a.span[0]) : max(0, second[0] - a.span[0])]
    return _NEW_SUBJECT.search(between) is not None


# ", and Brazil, Argentina and Uruguay" right before the later verb: names (and "the") in a list, nothing else
_NAMED_AGAIN = re.compile(r",\s+and\s+(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s*,\s*|\s+and\s+))*"
                          r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*$")


def _subject_named_again(a: Event, b: Event) -> bool:
    """Whether the later act of one sentence opens a clause after ', and' whose subject is named again."""
    if not (a.trigger_span and b.trigger_span and a.evidence):
        return False
    first, second = sorted((a.trigger_span, b.trigger_span))
    between = a.evidence[max(0, first[1] - a.span[0]) : max(0, second[0] - a.span[0])]
    return "and" in between and _NAMED_AGAIN.search(between[-120:]) is not None


# measures and force: two of them by one doer in one sentence, each with its own object, are two acts (two ways
# of breaking relations, "broke off relations and recalled its ambassador", stay one)
MATERIAL_CONFLICT = frozenset({"16", "17", "18", "19", "20"})
_SECOND_VERB = re.compile(r"\s*(?:,\s*)?\band\s+(?:then\s+|later\s+|also\s+)?$")
_PARTICLES = frozenset("to toward towards into onto on at in off up down back out with against from over across near along "
                       "upon".split())
_OBJECT_START = re.compile(r"\s+(?:the|a|an|its|their|his|her|two|three|four|five|six|several|some|all|most|[A-Z0-9])")


def _own_objects(a: Event, b: Event) -> bool:
    """Whether two acts of force or coercion by one doer are two verbs of one subject, each with its own object
    ("attacked the warships in the sound and sank the frigate Ardent", "destroys two oil platforms and sinks a
    frigate"), unlike two verbs for one act ("invaded and occupied the island")."""
    if not (a.trigger_span and b.trigger_span and a.evidence) or a.trigger_span == b.trigger_span:
        return False
    first, second = sorted((a.trigger_span, b.trigger_span))
    text, offset = a.evidence, a.span[0]
    between = text[max(0, first[1] - offset) : max(0, second[0] - offset)]
    joined = _SECOND_VERB.search(between)
    if joined is None:
        return False
    first_object = between[: joined.start()].strip() or " " in text[first[0] - offset : first[1] - offset]
    verb, *rest = text[second[0] - offset : second[1] - offset].split()
    # the object inside the trigger ("killed thirty-four sailors") or right after it; not "and advanced toward Lahore"
    second_object = any(word.lower() not in _PARTICLES for word in rest) \
        or _OBJECT_START.match(text, second[0] - offset + len(verb))
    return bool(first_object and second_object)


_AND_MET = re.compile(r"\band\s+(?:then\s+|later\s+|also\s+)?(?:met|meets|held|holds|had|has|conferred|confers)\b")
_LISTED = re.compile(r"(?:[a-z]+ed|met|broke|sent|took|made|gave|held|won|withdrew|froze|began|fought|struck|shot|sought)\s+"
                     r"(?:the|a|an|its|their|his|her|off|up|out|diplomatic|[A-Z]|(?!(?:to|by|in|on|at|with|from|for|and|or|as)\b)[a-z])")


_COMMA_ITEM = re.compile(r",\s+(?:[a-z]+ed|met|broke|sent|took|made|gave|held|won|withdrew|froze|began|fought|struck|shot|sought)\s")


_VERB_THEN_OBJECT = re.compile(r",\s+and\s+(?:then\s+|later\s+|also\s+)?(?:[a-z]+ed|sent|took|made|gave|held|won|began|fought|struck|"
                               r"brought|built|led|drew|set|put|cut|threw|undertook)\s+(?:the|a|an|its|their|his|her|several|some|"
                               r"new|two|three|four|five)\s+[^,;]{0,60}$")


def _listed_acts(a: Event, b: Event) -> bool:
    """Whether the later of two verbs of one sentence opens an item of a list of acts after a comma."""
    if not (a.trigger_span and b.trigger_span and a.evidence):
        return False
    first, second = sorted((a.trigger_span, b.trigger_span))
    text, offset = a.evidence, a.span[0]
    before = text[max(0, first[1] - offset) : max(0, second[0] - offset)]
    if _LISTED.match(text, max(0, second[0] - offset)) is None:
        # the later act a noun in the object of a verb of its own after ", and" ("cut the sugar quota, and organized
        # a series of covert operations against Cuba"): two predicates, two acts
        return _VERB_THEN_OBJECT.search(before) is not None
    if before.rstrip().endswith(",") and "," not in before.rstrip()[:-1][-40:]:
        return True
    # the last item after "and", in a list whose items a comma parted before ("broke off relations, closed the border
    # and halted the transit trade")
    return before.rstrip().endswith(" and") and "," not in before and _COMMA_ITEM.search(text, 0, max(0, second[0] - offset)) is not None


_AND_MET = re.compile(r"(?:\band|,)\s+(?:then\s+|later\s+|also\s+)?(?:met|meets|held|holds|had|has|conferred|confers)\b")


def _visit_then_talks(a: Event, b: Event) -> bool:
    """A journey (042) and, in a verb of its own after "and", a meeting or talks with someone there."""
    visit, talks = (a, b) if a.cameo == "042" else (b, a)
    if visit.cameo != "042" or talks.cameo not in ("040", "043", "046") or not (visit.trigger_span and talks.trigger_span):
        return False
    if talks.trigger_span[0] <= visit.trigger_span[1] or not visit.evidence:
        return False
    if visit.evidence[max(0, visit.trigger_span[0] - visit.span[0]) :].lower().startswith("stop"):
        return False  # "stopped in Tokyo on his way to Washington and met Ikeda": a stop made for the meeting, one act
    between = visit.evidence[max(0, visit.trigger_span[1] - visit.span[0]) : max(0, talks.trigger_span[1] - visit.span[0])]
    return _AND_MET.search(between) is not None


# disapproving and rejecting: two such words of one sentence by one actor toward another tell one stance
STANCE_ROOTS = frozenset({"11", "12"})


def _nested(a: str | None, b: str | None) -> bool:
    """Whether one date lies inside the other ("1949" and "1949-05")."""
    (a0, a1), (b0, b1) = date_bounds(a), date_bounds(b)
    return bool(a0 and b0) and (a0 <= b0 and b1 <= a1 or b0 <= a0 and a1 <= b1)


_SIGNING = re.compile(r"(?:sign|signs|signed|signing|conclude|concludes|concluded|initialled|initialed)", re.I)
_AGREEMENT_TEXT = re.compile(r"(?:[a-z]+[\s-]+)?(?:armistice|ceasefire|cease-fire|truce|treaty|treaties|accords?|agreements?|pact|protocol|"
                             r"declaration|memorandum|convention)", re.I)
_ONLY_LINKS = re.compile(r"[\s,]*(?:between\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+and\s+(?:the\s+)?[A-Z][\w'’-]*"
                         r"(?:\s+[A-Z][\w'’-]*)*\s+)?(?:(?:was|were|is|are|had|has|been|be|not|never|finally|formally|only|"
                         r"later|the|an|a|its|their)\s+)*")


def _signed_text(verb: Event, noun: Event) -> bool:
    """Whether a bare signing verb and a bare noun for an agreement, joined by nothing but its parties after "between",
    auxiliaries and articles, tell one act: the text and its signing ("the armistice signed at Panmunjom", "trade
    agreement signed in Lahore", "the ceasefire between Armenia and Azerbaijan was signed in Bishkek")."""
    if not (verb.trigger_span and noun.trigger_span and verb.evidence) or not _SIGNING.fullmatch(verb.trigger.strip()) \
            or not _AGREEMENT_TEXT.fullmatch(noun.trigger.strip()):
        return False
    first, second = sorted((verb.trigger_span, noun.trigger_span))
    between = verb.evidence[max(0, first[1] - verb.span[0]) : max(0, second[0] - verb.span[0])]
    return len(between) < 80 and _ONLY_LINKS.fullmatch(between) is not None


def _overlap(a: str | None, b: str | None) -> bool:
    (a0, a1), (b0, b1) = date_bounds(a), date_bounds(b)
    return bool(a0 and b0) and a0 <= b1 and b0 <= a1


# how far the description of a timeline entry may start after its title (a date line between them)
_ENTRY_REACH = 400


def _entry_title_of(title: Event, told: Event) -> bool:
    """Whether ``title`` is an entry's title (a line with no sentence's end, dated by the entry's date line) right before
    the full sentence ``told`` that tells the same act at a date that overlaps its own (another type is allowed: the
    title names the act by another word); a list line dated in itself ("1972: trade agreement signed") is no title."""
    return title.date_source == "section" and 0 <= told.span[0] - title.span[1] < _ENTRY_REACH and _title_like(title) \
        and not _title_like(told) and _overlap(title.date, told.date)


# "the talks", "this invasion", "the Soviet embargo": one noun (with at most one word before it) after an article
_DEFINITE_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?:[A-Za-z-]+\s+)?$")


def _named_again(later: Event, earlier: Event) -> bool:
    """Whether ``later`` names the act ``earlier`` told by a definite noun of one word, in a later sentence and with no
    date of its own ("Gandhi met Peres here today ... Officials stressed that the talks did not mean ...")."""
    if later.span[0] <= earlier.span[0] or not later.trigger_span or " " in later.trigger.strip() \
            or later.date_source in ("clause", "sentence") or not later.evidence or not later.trigger[:1].islower():
        return False
    start = later.trigger_span[0] - later.span[0]
    return _DEFINITE_BEFORE.search(later.evidence, max(0, start - 30), start) is not None and _overlap(later.date, earlier.date)


# "had come", "had already gone", "had been received": a pluperfect right before the trigger
_PLUPERFECT_BEFORE = re.compile(r"\bhad\s+(?:(?:already|just|first|earlier|previously)\s+)?(?:been\s+)?$", re.I)
# how far after an act a pluperfect verb of its code and actors, with no date of its own, tells it again
_PLUPERFECT_REACH = 1500
_PLUPERFECT_DAYS = 31


def _pluperfect_retelling(later: Event, earlier: Event) -> bool:
    """Whether ``later``, a verb in the pluperfect with no date of its own (dated by the story's time, which has moved on
    since), tells again the act of its code and actors a sentence shortly before told ("The Peruvian president stopped in
    Quito on 3 May ... Two days later the cabinet resigned. The president had come to Quito from Bogota"): the pluperfect
    looks back, and the act it looks back to is that one, not a second journey on the story's later day."""
    if later.date_source != "narrative" or earlier.date_source not in ("clause", "sentence", "narrative") \
            or later.cameo != earlier.cameo or (later.source, later.target) != (earlier.source, earlier.target) \
            or later.span[0] <= earlier.span[1] \
            or later.span[0] - earlier.span[1] > _PLUPERFECT_REACH or not (later.trigger_span and later.evidence):
        return False
    start = later.trigger_span[0] - later.span[0]
    if _PLUPERFECT_BEFORE.search(later.evidence, max(0, start - 30), start) is None or _again_by_trigger(later):
        return False
    (l0, _), (e0, _) = date_bounds(later.date), date_bounds(earlier.date)
    # the story moved on by days since the act, not by years ("had agreed to" in 2009 is no promise of 2002)
    return bool(l0 and e0) and 0 <= _ordinal(l0) - _ordinal(e0) <= _PLUPERFECT_DAYS and _ordinal(e0) > 0


# a recap line opens with the act's own noun ("Treaty of friendship signed in Moscow"), not with a subject or a scene
_RECAP_OPEN = re.compile(r"\W*(?:the\s+(?=[A-Z]))?(?!(?:The|A|An|In|On|At|By|After|Before|During|When|While|Both|Each|Its|Their|His|Her|This|That|"
                         r"These|Those|He|She|They|It|We)\b)(?:[A-Z][a-z]+|[A-Z]{2,5})\b")  # "US recognizes ...", "UN ..." too


# ... or, on a line that opens with its own date, with the act's noun in lower case ("1961 July 11 - treaty of
# friendship signed", "12 May 1981: armistice at Arusha"), not with a pronoun, an article or a scene
_RECAP_OPEN_LOWER = re.compile(r"\W*(?!(?:the|a|an|in|on|at|by|after|before|during|when|while|both|each|its|their|his|her|this|"
                               r"that|these|those|he|she|they|it|we|there)\b)[a-z]{3,}\b")


# how far a key-dates line stands at least from the sentence it retells (the next sentence of one item is no recap)
_RECAP_GAP = 200


def _recap_of(later: Event, earlier: Event) -> bool:
    """Whether ``later`` is a short line of a list or table of key dates (dated by its date cell or line) that names, at
    the very day, an act the text told well before it in a sentence dated in itself (not the next sentence of one list
    item: "- 2 April 1982: Argentine troops land on South Georgia. London protests to Buenos Aires.")."""
    if later.date_source == "section":
        head = 0
    else:  # a line that opens with its own date: "16 March 1921: Treaty of Moscow signed", "1914 Apr. 21 – ..."
        prefix = _ENTRY_PREFIX.match(later.evidence)
        if prefix is None or later.date_source != "clause" or not is_date_line(prefix.group("date")):
            return False
        head = prefix.end()
    return later.span[0] - earlier.span[1] > _RECAP_GAP and bool(later.date) and _recap_date(later, earlier) \
        and earlier.date_source in ("clause", "sentence", "narrative") and bool(later.trigger_span) \
        and len(later.evidence) - head < 80 and _act_opens_line(later, head) \
        and (_RECAP_OPEN.match(later.evidence, head) is not None
             or head > 0 and _RECAP_OPEN_LOWER.match(later.evidence, head) is not None)


# "Volta Estuary Fisheries agreement signed.": a line that names the act by a long noun and closes on its participle
_CLOSING_PARTICIPLE = re.compile(r"(?:signed|concluded|initialled|initialed|ratified)\W{0,3}$", re.I)
_NOUN_HEAD = re.compile(r"[^,;:()]*$")


def _act_opens_line(line: Event, head: int) -> bool:
    """Whether a key-dates line's act is its head: its trigger within the line's first words, or a participle that
    closes the line after the act's own noun, however long its name ("Volta Estuary Fisheries agreement signed.")."""
    start = line.trigger_span[0] - line.span[0]
    if start - head < 25:
        return True
    return start - head < 60 and _CLOSING_PARTICIPLE.match(line.evidence, start) is not None \
        and _NOUN_HEAD.match(line.evidence[head:start]) is not None


_ENTRY_PREFIX = re.compile(r"\W{0,3}(?P<date>[^–—:\n]{3,40}?)\s*(?::|\s[–—-])\s+")


def _recap_date(later: Event, earlier: Event) -> bool:
    """Whether a key-dates line's date tells the body's act again: the very day, or a month or year that holds the
    body's day when the line names the same kind of act ("August 1936: Treaty signed in London" after "signed in
    London on 26 August 1936"); a key-dates box often gives only the month or the year."""
    if later.date == earlier.date:
        # a day names one act; a month, the same act or two words for one agreement ("1990 June - Bush and Salinas
        # agree to seek free trade" after "In June 1990 Bush and Salinas agreed in Washington to work towards ...")
        return len(later.date or "") == 10 or len(later.date or "") == 7 and (
            later.cameo == earlier.cameo and later.cameo[:2] not in _FORCE or later.cameo != earlier.cameo and _one_act(later, earlier))
    if later.type != earlier.type or not earlier.date:
        return False
    (l0, l1), (e0, e1) = date_bounds(later.date), date_bounds(earlier.date)
    if not (l0 and e0):
        return False
    if l0 <= e0 and e1 <= l1 and (l0, l1) != (e0, e1):
        return True
    # the box gives the day the body tells only by its month: "13 November 2000 - Jiang Zemin arrives in Phnom Penh"
    # after "Jiang Zemin visited Cambodia in November 2000" (not force: a month of war holds many blows of one kind,
    # unless the line names the place the body's blow of that code fell on: "| 1975 Dec. 7-8 | Indonesia takes Dili |"
    # after "In December 1975 Indonesian troops took Dili")
    if not (e0 <= l0 and l1 <= e1 and len(earlier.date) == 7 and _ordinal(l1) - _ordinal(l0) < _LINE_DAYS):
        return False
    return later.cameo[:2] not in _FORCE or later.cameo == earlier.cameo and _same_place(later, earlier)


_PLACE_VIAS = frozenset({"capital", "place"})  # a mention that names a town or a region, not its state
_LINE_DAYS = 7  # a key-dates line's day, or its days ("18-19 Dec."), that the body tells by the month
_PLACE = re.compile(r"\b[A-Z][a-z]{2,}\b")
_NO_PLACE = frozenset("The This That These Those After Before During When While Then January February March April May June "
                      "July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov "
                      "Dec Operation".split())


def _same_place(line: Event, body: Event) -> bool:
    """Whether a key-dates line names a place (a town, a region, a capital; not a state, a people or a leader) that the
    body's sentence names too."""
    from detente.actors import find_mentions  # noqa: PLC0415  (only for the rare force line that retells a blow)

    if not (line.evidence and body.evidence):
        return False
    masked = [(m.start, m.end) for m in find_mentions(line.evidence) if m.via not in _PLACE_VIAS]
    told = set(_PLACE.findall(body.evidence)) - _NO_PLACE
    return any(word.group(0) in told for word in _PLACE.finditer(line.evidence)
               if not any(start <= word.start() < end for start, end in masked))


# an agreement reached, told by any of its words: agreed to, agreed on, signed
_AGREEING = frozenset({"030", "031", "032", "057"})
# acts two states do together, told of either side first ("Tokyo signed with Beijing", "China and Japan signed")
_JOINT = frozenset({"040", "043", "046", "057", "061", "062", "063", "064"})
_TALKS = frozenset({"040", "043", "046"})  # consulting, meeting, negotiating: one round of talks told by any of them
# how far apart a page tells one act twice (its lead and a section, its prose and a key-dates box)
_RETOLD_GAP = 200
# force: a war's season holds many blows of one code ("entered Egypt in the summer", "shelled Alexandria on 11 July")
_FORCE = frozenset({"18", "19", "20"})
# ... but a war or an invasion named whole ("invaded Grenada in October 1983", "went to war in September 1965", "the
# Chinese attack on Vietnam") is the blow of its doer on its foe that the page dates to the day inside it; and a
# blockade or a closed border or airspace is one measure, as a sanction is
_WHOLE_WAR = re.compile(r"(?:invad\w*|invasion|(?:went|go|goes|going)\s+to\s+war|war\b|attack\s+on\b)", re.I)
_ONE_MEASURE = frozenset({"191"})
# ... or the target state taken whole, by its name or its capital ("Iraq seized Kuwait in August 1990", "the rebels
# took Kabul in 1996"): the conquest the page dates to the day elsewhere ("crossed into Kuwait on 2 August 1990")
_TAKING = re.compile(r"(?:seiz|occup|annex|overr[au]n|conquer|captur|took\b|tak(?:e|es|ing)\b)", re.I)
_OBJECT_AFTER = re.compile(r"\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")
_LATER_STEP = re.compile(r"ratif|instruments|in(?:to)?\s+force|took\s+effect", re.I)
_RETOLD_WIDEST = 366  # a year, a season or a month retells a dated act; a decade sums up many
# a word by the trigger that says the act was done once more ("visited Delhi again", "a second round of talks")
_DONE_AGAIN = re.compile(r"\b(?:again|anew|another|second|third|fourth|fifth|renewed|resum\w*|returned|return|"
                         r"once\s+more|repeated\w*|new\s+round|later\s+that\s+year|also)\b", re.I)


def _coarse_retelling(coarse: Event, fine: Event, news: bool = False) -> bool:
    """Whether ``coarse``, dated by its own text at a year's, a season's or a month's precision, retells the act
    ``fine`` tells at a finer date inside it, well apart on the page: the same CAMEO code (or two words for one round
    of talks; not force, whose season holds many blows of one code, unless the coarse one names the war or invasion
    whole or is a blockade) between the same doer and target (either way
    round for an act done together), the same step of an agreement (a signing, a ratification), and no word by either
    trigger saying the act was done again ("visited Delhi in 1980" and "visited Delhi again in December 1980" are two
    visits)."""
    if coarse.cameo != fine.cameo and not {coarse.cameo, fine.cameo} <= _TALKS:
        return False
    if coarse.cameo[:2] in _FORCE and coarse.cameo not in _ONE_MEASURE and not _WHOLE_WAR.match(coarse.trigger) \
            and not _state_taken(coarse):
        return False
    if bool(_LATER_STEP.search(coarse.trigger)) != bool(_LATER_STEP.search(fine.trigger)):
        return False  # "signed the treaty on 2 May 1972" and "ratified it in 1972": two steps of one agreement
    if (coarse.source, coarse.target) != (fine.source, fine.target) and not (
            (coarse.cameo in _JOINT and fine.cameo in _JOINT or _mutual_ties(coarse, fine))
            and (coarse.source, coarse.target) == (fine.target, fine.source)):
        return False
    if coarse.date_source not in ("clause", "sentence", "section") or fine.date_source not in ("clause", "sentence", "publication") \
            and not (fine.date_source == "narrative" and coarse.date_source in ("clause", "sentence") and not news
                     and _same_verb(coarse, fine)):
        # ... or the fine one dated by the story around it, the coarse one by its own words, both naming the act by one
        # verb ("In 1977 Kenya closed its border with Tanzania" / "The airline stopped flying in February 1977. The Kenyan
        # government then closed the border"; not "Relations were broken in 1964" and "Cuba recalled its diplomats")
        return False
    if news and (coarse.date_source != "clause" or fine.date_source != "publication"):
        return False  # a report tells the day's news; only its own words for a month or year that holds it retell it
    (c0, c1), (f0, f1) = date_bounds(coarse.date), date_bounds(fine.date)
    if not (c0 and f0 and c1 and f1) or not (c0 <= f0 and f1 <= c1) or (c0, c1) == (f0, f1) \
            or _ordinal(c1) - _ordinal(c0) > _RETOLD_WIDEST:
        return False
    first, second = sorted((coarse.span, fine.span))
    if second[0] - first[1] < _RETOLD_GAP:
        return False
    return not (_again_by_trigger(coarse) or _again_by_trigger(fine))


# relations established, opened or restored: a thing two states do together, told of either side first ("The two
# states established relations in May 1970" / "Malta and Libya established diplomatic relations on 4 May 1970"), where
# a recognition (054 too) is one side's act
_MUTUAL_TIES = re.compile(r"(?:establish|open|restor|resum|normali[sz])\w*\s+(?:full\s+)?(?:diplomatic\s+)?(?:relations|ties)\b"
                          r"|(?:diplomatic\s+)?(?:relations|ties)\s+(?:were|was|had\s+been)\s+(?:established|opened|restored)\b", re.I)


_FULL = re.compile(r"\bfull\b", re.I)


def _mutual_ties(a: Event, b: Event) -> bool:
    """Whether two events both tell relations established (or restored) and at one level: "relations restored in 1990"
    and "established full diplomatic relations in May 1992" may be two steps, consular ties raised to full ones."""
    return a.cameo == b.cameo == "054" and _MUTUAL_TIES.search(a.trigger) is not None \
        and _MUTUAL_TIES.search(b.trigger) is not None and bool(_FULL.search(a.trigger)) == bool(_FULL.search(b.trigger))


def _state_taken(event: Event) -> bool:
    """Whether a taking's object, right after its verb, is its target state named whole or by its capital."""
    if not (event.trigger_span and event.evidence and event.target) or _TAKING.match(event.trigger) is None:
        return False
    found = _OBJECT_AFTER.match(event.evidence, event.trigger_span[1] - event.span[0])
    if found is None:
        return False
    return any(m.start == 0 and m.entity == event.target and m.via in ("name", "capital") for m in find_mentions(found.group(1)))
def _same_verb(a: Event, b: Event) -> bool:
    """Whether two triggers open with one verb (its stem's first letters: "closed" / "closes", "sent" / "send")."""
    first = [(e.trigger or "").split()[:1] for e in (a, b)]
    return bool(first[0] and first[1]) and first[0][0][:3].lower() == first[1][0][:3].lower()


def _again_by_trigger(event: Event) -> bool:
    if not (event.trigger_span and event.evidence):
        return False
    start, end = event.trigger_span[0] - event.span[0], event.trigger_span[1] - event.span[0]
    # "in the second half of 1990" dates the act; it does not say the act was done a second time; nor does an ordinal
    # that ranks the doer among states ("making Malta the third or fourth state in Europe to do so")
    return any(not _HALF.match(event.evidence, m.end()) and not _RANKED_DOER.match(event.evidence, m.end())
               for m in _DONE_AGAIN.finditer(event.evidence, max(0, start - 30), end + 30))


_HALF = re.compile(r"\s+half\b", re.I)
# "the second state", "the third or fourth country in Africa", "the second Arab government" (not "a second state visit")
_RANKED_DOER = re.compile(r"(?:\s+or\s+[a-z]+)?(?:\s+[A-Z][\w-]+)?\s+(?:state|country|nation|government)s?\b(?!\s+visit)")


def _title_like(event: Event) -> bool:
    return bool(event.evidence) and event.evidence.rstrip()[-1:] not in ".!?\"”'"
