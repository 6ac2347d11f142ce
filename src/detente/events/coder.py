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
    report_day,
    section_dates,
    units,
)
from detente.events.dedupe import merge_within
from detente.events.dyads import (
    SEAT_NOUNS,
    BlocMembers,
    _addressee_elsewhere,
    _against,
    _agent_of_criticized_act,
    _beside,
    _dyads,
    _joint,
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
from detente.events.modality import modality, planned_after
from detente.events.recode import (
    EASINGS,
    REVERSALS,
    _declinable,
    _eased,
    _invited,
    _other_sense,
    _promised_not,
    _recode,
    _reversed,
    asked_by_a_text,
    codes,
    deployed,
    in_the_street,
    show_of_force,
)
from detente.events.roles import (
    PREPOSITIONS,
    Participant,
    _place_phrase,
    by_agent,
    clause_bounds,
    is_passive,
    left_agents,
    noun_agent,
    participants,
    right_patients,
)
from detente.events.triggers import Trigger, _time_hop, any_trigger, find_triggers, tokenize
from detente.model import Document, Event, content_id

GENERIC = frozenset("every each any no all".split())
DEMONSTRATIVES = frozenset("this that these those such".split())


def code_events(doc: Document, *, max_sentence_chars: int = 2000, news: bool = False, dropped: Counter | None = None,
                family: Callable[[str], str] | None = None, bloc_members: BlocMembers | None = None,
                state_at: Callable[[str, str], str] | None = None,
                predecessors: Callable[[str], tuple[str, ...]] | None = None) -> list[Event]:
    """All events of a document whose sentences, time expressions and mentions are filled in.

    ``family(code)`` names the line of succession a state belongs to (Soviet Russia and the USSR are one
    line), so that the pair a document is about is counted across the changes of regime it tells.
    """
    family = family or (lambda code: code)
    state_at = state_at or (lambda code, day: code)
    predecessors = predecessors or (lambda code: ())
    succeeded: dict[str, str] = {}  # a state of the pair -> the successor the text has named since ("Korea" -> South Korea)
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
    mention_starts = [mention.start for mention in mentions]
    by_start = all(a <= b for a, b in zip(mention_starts, mention_starts[1:], strict=False))
    for sentence in doc.sentences:
        start, end = sentence.start, sentence.end
        if sentence.section != narrative_section:
            narrative, narrative_section = None, sentence.section
        if end - start > max_sentence_chars:
            dropped["sentence_too_long"] += 1
            continue
        while mention_index < len(mentions) and mentions[mention_index].end <= start:
            _note_states(mentions[mention_index], last_states)
            if mentions[mention_index].kind == "state" and mentions[mention_index].entity:
                for before in predecessors(mentions[mention_index].entity):
                    succeeded[before] = mentions[mention_index].entity
            mention_index += 1
        # the mentions from mention_index up to the first that starts at or after the sentence's end (by bisection
        # when they are sorted by start, as the actors stage gives them: no walk over the document's mentions)
        stop = bisect.bisect_left(mention_starts, end, mention_index) if by_start else _first_from(mentions, mention_index, end)
        inside = [mention for mention in mentions[mention_index:stop] if mention.start >= start and mention.end <= end]
        named = {}  # the states this sentence names, by line of succession: two of them hint at the pair in focus
        for mention in inside:
            if mention.kind == "state" and mention.entity and not mention.members:
                named.setdefault(family(mention.entity), mention.entity)
        section = doc.sections[sentence.section] if doc.sections else None
        is_title = section is not None and section.heading_span == (start, end)
        if len(named) == 2:
            key = tuple(sorted(named))
            # the page's own title ("Relations between Spain and Morocco") says which pair it is about, more
            # surely than the first event told, which may involve a third state
            pairs[key] += TITLE_PAIR_WEIGHT if is_title and sentence.section == 0 else 0.5
            latest.setdefault(key, tuple(named[k] for k in key))
        if is_title and (section is None or section.kind != "entry"):
            continue  # ordinary headings name topics, not events; timeline entry titles do state events
        if doc.text[start] == "=" and _WIKI_HEADING.fullmatch(doc.text, start, end):
            continue  # a heading in wiki markup ("== Thaw and talks ==") the layout left in the text
        if section is not None and section.date_span == (start, end):
            continue
        tokens = all_tokens[bisect.bisect_left(token_starts, start) : bisect.bisect_left(token_starts, end)]
        if not any_trigger(tokens):
            narrative = _narrative_after(doc, timexes, start, end, is_title, narrative, news)
            continue
        found = _code_sentence(doc, tokens, inside, timexes, (start, end), sentence.section, by_section, narrative, focus,
                               last_states, _successors(_leading_pair(pairs, latest), succeeded), news, dropped, is_title,
                               bloc_members, family, state_at)
        if found:
            kept = [e for e in found if not (e.source and e.target and (e.target in predecessors(e.source) or e.source in predecessors(e.target)))]
            dropped["own_predecessor"] += len(found) - len(kept)
            found = kept  # "Nationalist troops" of 1949 and Taiwan after it are one state's two periods, no dyad
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


def _first_from(mentions, index: int, end: int) -> int:
    """The index of the first mention from ``index`` on that starts at or after ``end`` (or the length)."""
    while index < len(mentions) and mentions[index].start < end:
        index += 1
    return index


# who arranged a mutual act between others: "a ceasefire requested by ...", "a truce brokered by ..."
_ARRANGED = frozenset("requested arranged brokered mediated ordered proposed demanded urged sponsored".split())
_LASTING = frozenset("remained remains stayed stays endured".split())  # after a noun: a state that lasts, no act
_FORCE = frozenset({"18", "19", "20"})  # acts of force: a chain of them by one doer keeps its foe
_ANSWER = re.compile(r",\s*and\s|;\s")  # a clause of its own after the act answered
_WIKI_HEADING = re.compile(r"=+[^=\n]+=+\s*")


# what the page title naming two states counts for, against 1 for each event of a pair and 0.5 for a sentence
TITLE_PAIR_WEIGHT = 2.5


# a date that names its month or year ("on November 16", "in 1956"), unlike "yesterday" or "last week"
_CALENDAR_NAMED = re.compile(r"\d{3,4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b", re.IGNORECASE)


_PLUPERFECT_BEFORE = re.compile(r"\bhad\s+(?:\w+\s+)?\w+(?:ed|en|ned|ung|ought|aught|ade|igned)\b[^,;.]*$")


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
    # "the treaty it had signed with Moscow in 1974": an earlier act's date is no time the story has reached
    own = [u for u in own if doc.text.find("had", max(start, u[0] - 60), u[0]) < 0
           or not _PLUPERFECT_BEFORE.search(doc.text, max(start, u[0] - 60), u[0])]
    if news:
        own = [u for u in own if _CALENDAR_NAMED.search(u[2].text) and _recent(u[2], report_day(doc))]
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


def _successors(pair: tuple[str, ...] | None, succeeded: dict[str, str]) -> tuple[str, ...] | None:
    """The pair with each state that the text has since named a successor of replaced by it: a page that told the
    Korean Empire's annexation in 1910 means South Korea by "the two governments" of 1965."""
    if not pair or not succeeded:
        return pair
    current = []
    for code in pair:
        for _ in range(3):  # a short chain: Korean Empire -> Korea under Japan -> South Korea
            code = succeeded.get(code, code)
        current.append(code)
    return tuple(current)


def _note_states(mention, last_states: list[str]) -> None:
    code = mention.state if mention.kind in ("person", "group") else mention.entity
    if mention.kind != "organization" and code:
        if last_states and last_states[-1] == code:
            return
        last_states.append(code)


def _code_sentence(doc, tokens, mentions, timexes, span, section_index, by_section, narrative, focus, last_states, pair, news, dropped,
                   is_title=False, bloc_members: BlocMembers = lambda code: (), family_of: Callable[[str], str] = lambda code: code,
                   state_at: Callable[[str, str], str] = lambda code, day: code) -> list[Event]:
    if tokens and tokens[-1].low == "?" and not is_title:
        # a question asks, it does not tell: "Why did Britain break off relations?" (a textbook's exercise);
        # the act, if it happened, is told elsewhere in the text
        dropped["question"] += 1
        return []
    found_triggers = find_triggers(tokens)
    if not found_triggers:
        return []  # a word that opens a trigger but no whole one: nothing below can find an event
    trigger_tokens = {i for t in found_triggers for i in range(t.first, t.last + 1)}
    reporters = _reporting_source(tokens)
    everyone = [p for p in participants(mentions, tokens) if not _locative(tokens, p, trigger_tokens)]
    parts = [p for p in everyone if p.first not in reporters]
    # who tells of the act ("According to the Indian government, ...", "Radio Phnom Penh said that ..."): the side
    # it was done to when the sentence names no other
    tellers = [code for p in everyone if p.first in reporters or _tells(tokens, p) for code in p.codes[:1]]
    parts = [p for p in parts if not tokens[p.first].low.startswith(("anti-", "pro-", "non-"))]  # "anti-Bolshevik forces"
    parts = [p for p in parts if not _inside_a_name(tokens, p)]  # "the Western Somali Liberation Front" is no state
    parts = [p for p in parts if not _named_after_person(tokens, p)]  # "fought at Johnson South Reef": a place
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
        if "place" in trigger.flags and not any((trigger.last < p.first <= trigger.last + 2 or _town_of(tokens, trigger.last, p.first))
                                                and p.mention.via in ("place", "capital") for p in parts):
            dropped["not_a_place"] += 1
            continue  # "took Shanghai" is a capture; "took part", "took office", "take care of" are no act, nor next to one
        triggers.append((trigger, clause_bounds(tokens, trigger.first, trigger.last)))
    clause_spans = [(tokens[c[0]].start, tokens[c[1] - 1].end) for _, c in triggers]
    verb_ends = {t.last for t, _ in triggers if t.entry["form"] == "verb"}
    events: list[Event] = []
    previous_sources: tuple[str, ...] = ()
    previous_subject: tuple[str, ...] = ()  # who did the act before, for a verb after "and" with no subject
    threatened: set[int] = set()
    for index, (trigger, clause) in enumerate(triggers):
        if index in threatened:
            dropped["threatened"] += 1
            continue  # "threatened to march into": the act threatened is not done
        following = triggers[index + 1][0] if index + 1 < len(triggers) else None
        if trigger.entry["cameo"].startswith("03") and following is not None and 3 < following.first - trigger.last <= 6 \
                and tokens[following.first - 1].low == "to" and trigger.entry["phrase"] != "invite":
            threatened.add(index + 1)  # "offered in April 1955 to negotiate": the offer is the act, the talks are not held
        if trigger.entry["cameo"].startswith("03") and following is not None and following.first - trigger.last <= 3 \
                and trigger.entry["phrase"] != "invite":  # "invited Mr. Sadat to negotiate": the invitation is the act
            dropped["intent_of_next"] += 1
            continue  # "agreed to cooperate", "promised to send aid": the act promised is coded, once
        if trigger.entry["phrase"] == "agree" and following is not None and following.first - trigger.last <= 4 \
                and tokens[following.first - 1].low == "to":
            dropped["intent_of_next"] += 1
            continue  # "agreed today to withdraw its troops": the act agreed to is coded, once
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
        if trigger.entry["form"] == "noun" and trigger.last + 1 < len(tokens) and tokens[trigger.last + 1].low in _LASTING \
                and before == "the":
            dropped["told_before"] += 1
            continue  # "the treaty remained in force": a state of things named again, no act
        if trigger.entry["form"] == "verb" and before == "in" and trigger.first == trigger.last \
                and tokens[trigger.first].low in trigger.entry["phrase"].split()[0].split("|"):
            dropped["noun_after_in"] += 1
            continue  # "broke with Bonn in protest", "in return", "in support": a noun naming the act's manner
        if trigger.entry["form"] == "verb" and trigger.first == trigger.last and following is not None \
                and following.first == trigger.last + 1 and following.entry["form"] == "noun" \
                and tokens[trigger.first].low in trigger.entry["phrase"].split()[0].split("|"):
            dropped["modifier"] += 1
            continue  # "a trade embargo", "an aid agreement": the noun after it is the act ("vetoed ceasefire
            # resolutions" is a verb in the past, not a modifier)
        if trigger.entry["cameo"] == "062":
            trigger = show_of_force(tokens, trigger, tuple(code for p in left_agents(parts, tokens, clause[0], trigger.first)
                                                           for code in p.codes), clause)
        if "rev" in trigger.flags and trigger.entry["form"] == "phrase" and not _backed_state(tokens, parts, trigger):
            dropped["thing_backed"] += 1
            continue  # "a coup backed by the junta in Athens", "troops backed by tanks": no state backs a state here
        if asked_by_a_text(tokens, trigger):
            dropped["asked_by_a_text"] += 1
            continue  # "the plan called for a ceasefire": what a text provides for, not a state's request
        skip = _other_sense(tokens, trigger)
        agreed_to = skip == "date_not_object" and tokens[trigger.first].low.startswith("agree")
        if skip and not agreed_to:
            dropped[skip] += 1
            continue
        mood = modality(tokens, clause[0], trigger.first, trigger.last)
        if mood == "asserted" and trigger.entry["form"] == "noun" and planned_after(tokens, trigger.last):
            mood = "planned"  # "a joint docking mission planned for 1975": an act named only as a plan
        if mood == "negated" and (_declinable(trigger) or _would_not(tokens, trigger)):
            mood = "refused"  # "would not recognize", "never signed": a refusal, coded as REJECT like "refused to"
        assurance = mood == "negated" and _promised_not(tokens, trigger)
        if assurance:
            mood = "asserted"  # "pledged not to invade Cuba": a promise of restraint, itself an act
        if mood == "deadline":
            # "Khrushchev gave the United States, Britain and France six months to leave West Berlin": an ultimatum
            # from who gave the time to each state given it; the act demanded is not done
            events.extend(_ultimatums(doc, tokens, parts, trigger, clause, span, timexes, section, by_section,
                                      section_index, narrative, news))
            dropped["deadline"] += 1
            continue
        if mood in ("negated", "hypothetical", "planned", "requested"):
            dropped[mood] += 1
            continue
        cameo = trigger.entry["cameo"]
        if _reversed(tokens, trigger):
            # "stopped military aid", "cancelled its friendship treaty"; trade cut off is an embargo
            cameo = "163" if cameo.startswith("061") else REVERSALS.get(cameo[:2], cameo)
        elif in_the_street(tokens, trigger, clause[0]):
            cameo = "141"  # "Thousands of Japanese protested against the treaty": a demonstration
        elif deployed(tokens, trigger):
            cameo = "154"  # "sent tanks to the Jordanian border": force deployed, not aid given
        elif _eased(tokens, trigger):
            cameo = EASINGS.get(cameo[:2], "080")  # "lifted sanctions on Vietnam", "ended the blockade"
        if trigger.entry["phrase"] == "refuse" and trigger.last + 2 < len(tokens) and tokens[trigger.last + 1].low == "to" \
                and any(t.first == trigger.last + 2 or (t.first > trigger.last + 2 and t.first <= trigger.last + 3
                                                         and tokens[trigger.last + 2].low in HOSTILE_PREFIXES)
                        for t, _ in triggers if codes()[t.entry["cameo"]]["polarity"] == "conflict"
                        and not _eased(tokens, t)) and not _joining_anothers(tokens, parts, trigger, triggers):
            dropped["refused_hostile_act"] += 1
            continue  # the refusal of a hostile act is no rebuff of its object ("refused to invade Cuba")
        if mood == "refused" and codes()[cameo]["polarity"] == "conflict" and not cameo.startswith("12"):
            dropped["refused_hostile_act"] += 1
            continue  # "refused to renew sanctions against X", "refused to invade": a hostile act not done, no rebuff of X
        cameo = _recode(cameo, mood)  # after the reversal: "would end its defense treaty" threatens
        if assurance:
            cameo = "030"
        if agreed_to:
            cameo = "030"  # "agreed on October 28 to remove the missiles": agreed to do it
        if index + 1 in threatened and cameo == "130" and triggers[index + 1][0].entry["cameo"][:2] in ("18", "19", "20"):
            cameo = "138"  # threatened force
        if (cameo == "087" or cameo == "0356" and trigger.entry["cameo"] == "087") and \
                targets_of_bloc(trigger, tokens, parts, bloc_members):
            # "withdrew from the League of Nations": leaving an organization, not a retreat; "announced that
            # Hungary would leave the Warsaw Pact": a break announced, no promise of restraint
            cameo = "160"
        if "armed" in trigger.flags and not any(p.mention.role == "military" and 0 <= trigger.first - p.last <= 2 for p in parts) \
                and not (trigger.first > 0 and tokens[trigger.first - 1].low == "and" and
                         any(p.mention.role == "military" and clause[0] <= p.first and p.last < trigger.first for p in parts)):
            # ("Chadian soldiers took Fada and overran the base at Ouadi Doum": the armed subject of the verb before)
            dropped["unarmed_subject"] += 1
            continue  # "entered the war", "entered talks": only an armed force entering a place invades it
        if _invited(tokens, trigger, clause):
            cameo = "074"  # force sent at its host's request is protection given, not an attack
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
            acting = [p for p in parts if not (p.first > 0 and tokens[p.first - 1].low == "in" and p.first - 1 not in trigger_tokens
                                               and not (p.first > 1 and tokens[p.first - 2].low in SEAT_NOUNS))
                      and not _in_the_adjective(tokens, p, trigger_tokens)]
        from_pair = False  # actors taken from the pair the document is about: their states as of the act's date
        roles = _recalled_envoy(tokens, participants(mentions, tokens), trigger, clause) if trigger.entry["cameo"] == "161" else None
        roles = roles or _roles(tokens, acting, trigger, clause, previous_sources, focus.get(section_index), last_states, pair,
                                previous_subject)
        if roles is None and cameo[:2] == "14":
            roles = _crowds_at_home(tokens, participants(mentions, tokens), trigger, clause)
        if roles is None and cameo == "150" and "intrans" in trigger.flags:
            # "a plutonium device is exploded at Semipalatinsk": a test site is the testing state's ground
            site = [p for p in participants(mentions, tokens) if trigger.last < p.first < clause[1] and p.mention.via == "place"
                    and tokens[p.first - 1].low in ("at", "in", "near")]
            roles = (site[0].codes[:1], ()) if site else None
        if roles is None and "sym" in trigger.flags and pair and not [p for p in parts if clause[0] <= p.first and p.last < clause[1]]:
            roles = pair[:1], pair[1:]  # "The hotline went into service", "the treaty was signed": the pair in focus
            from_pair = True
        if roles is None and news and "sym" not in trigger.flags and trigger.entry["form"] == "verb" \
                and not is_passive(tokens, trigger):
            roles = _official_of_dateline(doc, tokens, parts, trigger, clause)
        if roles is None:
            dropped["no_actor"] += 1
            continue
        sources, targets = roles
        if not targets and len(set(sources)) > 1 and trigger.entry["cameo"][:2] == "03" and trigger.last + 1 < len(tokens) \
                and tokens[trigger.last + 1].low == "their":
            dropped["offered_to_a_third"] += 1
            continue  # "Britain and the United States offered their good offices": to a third, not to each other
        if trigger.entry["phrase"] == "join" and targets and _joined_in_doing(tokens, trigger, clause):
            # "Indonesia and Malaysia joined Thailand ... in founding ASEAN": all named do the act together
            sources, targets = sources[:1], tuple(dict.fromkeys(code for code in sources[1:] + targets if code != sources[0]))
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
        if codes()[trigger.entry["cameo"]]["polarity"] == "cooperation" and len(targets) > 0 and not trigger.entry["cameo"].startswith("08"):
            # "an alliance against Germany": the common adversary is no partner; "lifted the embargo against
            # Vietnam": who a measure eased was against is its target
            # within the act's own clause: "lifted the embargo against Vietnam, and ... announced the normalization
            # of relations with Hanoi" is no alliance against Vietnam
            against = _against(tokens, [p for p in parts if clause[0] <= p.first and p.last < clause[1]])
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
        if (cameo[:3] == "051" or cameo[:2] in ("08", "11", "12")) and trigger.entry["form"] == "verb" \
                and not right_patients(parts, trigger.last, clause[1]):
            # "Moscow condemned the attack", "would not recognize the annexation", "lifted the blockade": an act
            # told before, aimed at who did it (not "signed the treaty": the act itself)
            told = events[-1] if events else focus.get(section_index)
            targets = _told_act_target(tokens, trigger, told, sources) or targets
        targets = tuple(code for code in targets if not _own_bloc(code, sources, bloc_members, parts, tokens))
        if trigger.entry["cameo"].startswith("054") and "new" in {t.low for t in tokens[trigger.last + 1 : trigger.last + 3]}:
            # "Three days after Panama declared its independence from Colombia, the United States recognized the new
            # republic": the state just founded, not the one it left
            founded = [e.source for e in events + ([focus[section_index]] if section_index in focus else [])
                       if e.cameo == "D04" and e.source and e.source not in sources]
            if founded:
                targets = (founded[-1],)
        clause_codes = {code for p in parts if clause[0] <= p.first and p.last < clause[1] for code in p.codes}
        under = {code for p in parts if p.first > 0 and (tokens[p.first - 1].low == "under" or _auspices(tokens, p.first))
                 for code in p.codes}
        if under and set(targets) & under:
            targets = tuple(code for code in targets if code not in under)  # "under United Nations verification"
        if not targets and cameo.startswith("143"):
            # "a boycott of the Olympics in Moscow": the state where the boycotted event is held
            host = [p for p in participants(mentions, tokens) if trigger.last < p.first < clause[1] and tokens[p.first - 1].low == "in"
                    and p.mention.via in ("capital", "place", "name") and not set(p.codes) & set(sources)]
            targets = tuple(host[0].codes[:1]) if host else targets
        if not targets and trigger.entry["cameo"][:2] == "07" and trigger.entry["form"] == "verb":
            # "India appealed to the United States for arms, and Washington sent them": aid goes to who asked for it
            asked = [e.source for e in events if e.cameo[:2] == "02" and e.target in sources and e.source not in sources]
            targets = tuple(asked[:1])
        if not targets and trigger.last + 1 < len(tokens) and tokens[trigger.last + 1].low in ("it", "them") and events:
            # "invaded Kuwait and annexed it": the pronoun is the object of the act told just before by the same side
            earlier = [e for e in events if e.source in sources and e.target and e.target not in sources
                       and e.trigger_span and e.trigger_span[1] <= trigger.start]
            if earlier:
                targets = (earlier[-1].target,)
        if not targets and tellers and tellers[0] not in sources and clause_codes - under <= set(sources) | set(tellers) \
                and not generic_object and not trigger.entry["cameo"].startswith("D") and mood == "reported":
            targets = (tellers[0],)  # "The State Department said that North Korea had released the crew of the Pueblo"
        if not targets and pair and sources[0] in pair and clause_codes - under <= set(sources) and not generic_object \
                and not trigger.entry["cameo"].startswith("D"):
            # a history of two states tells acts of one toward the other without naming it again
            # ("Moscow refused to take part", "The Soviet Union tested its first atomic bomb")
            targets = tuple(code for code in pair if code != sources[0])[:1]
            from_pair = True
        if not targets and pair and sources[0] not in pair and trigger.entry["cameo"][:2] in ("02", "10", "11", "12", "13") \
                and clause_codes - under <= set(sources) and not generic_object \
                and any(p.mention.kind == "organization" and sources[0] in p.codes for p in parts):
            # "The Security Council adopts Resolution 598, demanding an immediate ceasefire": a body's words in a
            # history of two states bear on both
            targets = tuple(pair)
        if not targets and sources and trigger.entry["cameo"][:2] in ("18", "19", "20") and "sym" not in trigger.flags \
                and trigger.entry["form"] == "verb":
            # "struck back at the oil tanks at Acajutla": force used at a place of another state is used on that state
            site = [p for p in participants(mentions, tokens) if trigger.last < p.first < clause[1] and p.mention.via in ("place", "capital")
                    and tokens[p.first - 1].low in ("at", "in", "near", "on") and not set(p.codes) & set(sources)]
            targets = tuple(site[0].codes[:1]) if site else targets
        if not targets and sources and trigger.entry["cameo"][:2] in ("15", "18", "19", "20") and events \
                and trigger.entry["form"] == "verb":
            # "bombed targets inside Honduras, and the Salvadoran army crossed the border": the same side's next act
            # of force in the sentence is aimed where its first one was
            earlier = [e for e in events if e.source in sources and e.target and e.target not in sources
                       and e.cameo[:2] in ("15", "18", "19", "20") and e.trigger_span and e.trigger_span[1] <= trigger.start]
            if earlier:
                targets = (earlier[-1].target,)
        previous_sources = sources + targets if "sym" in trigger.flags else sources
        previous_subject = sources
        actors = tuple(dict.fromkeys(sources + targets))
        intrans = "intrans" in trigger.flags
        if len(actors) == 1 and not intrans and sources:
            # "Pakistani aircraft struck Indian air bases, and India declared war the following day": an answer to
            # the act told before it in the sentence is aimed at that act's doer
            answered = None
            if trigger.entry["form"] == "verb" and not tokens[trigger.first].low.endswith("ing") \
                    and codes()[cameo]["polarity"] == "conflict":
                answered = next((e.source for e in reversed(events) if e.target in sources and e.source and e.source not in sources
                                 and e.trigger_span[1] <= trigger.start
                                 and _ANSWER.search(doc.text, e.trigger_span[1], trigger.start)), None)
            if answered:
                targets = (answered,)
                actors = tuple(dict.fromkeys(sources + targets))
            elif trigger.first > 0 and tokens[trigger.first - 1].low == "and" and events and events[-1].source in sources \
                    and events[-1].target and events[-1].target not in sources and events[-1].cameo[:2] in _FORCE \
                    and cameo[:2] in _FORCE:
                # "took Fada from the Libyans and overran the base at Ouadi Doum": the same doer, the same foe
                targets = (events[-1].target,)
                actors = tuple(dict.fromkeys(sources + targets))
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
        if from_pair and dated is not None and dated.begin:
            # "President Clinton lifts the trade embargo" in 1994: South Vietnam's line is Vietnam by then
            sources, targets = (tuple(state_at(code, dated.begin) for code in codes) for codes in (sources, targets))
            actors = tuple(dict.fromkeys(sources + targets))
        if dated is not None and _earlier_in_aside(tokens, trigger) and \
                not [t for t in _within(timexes, tokens[trigger.first - 2].start, span[1]) if t.layer == "timex"]:
            dated = None  # "overthrows Mossadegh, who had nationalized the oil company": before the day told, not on it
        if cameo in ("D03", "D04") and targets:
            # "gained its independence in 1960 with Britain, Greece and Turkey as its guarantors": only the state it
            # leaves ("independence from Britain") is a party to a founding
            origin = {code for p in parts if p.first > trigger.last and "from" in {t.low for t in tokens[max(0, p.first - 2) : p.first]}
                      for code in p.codes}
            targets = tuple(code for code in targets if code in origin)
            actors = tuple(dict.fromkeys(sources + targets))
        if cameo == "D01" and targets and sources and not set(sources) & set(targets) and family_of(sources[0]) != family_of(targets[0]):
            cameo = "D02"  # "a coup organized by the CIA overthrows Prime Minister Mossadegh": force against another state
        dyads = _dyads(tokens, parts, trigger, clause, sources, targets)
        if dyads:
            # "Britain, France and the United States protested to Moscow": one act of each state named
            for source, target in dyads:
                pair_codes = tuple(code for code in (source, target) if code)
                events.append(_event(doc, cameo, (source,), pair_codes[1:], pair_codes, trigger, span, dated, mood))
            continue
        events.append(_event(doc, cameo, sources, targets, actors, trigger, span, dated, mood))
    return events


# verbs before a hostile act that keep it hostile when refused: "refused to renew sanctions"
HOSTILE_PREFIXES = frozenset("renew extend impose join support back continue".split())


# nouns that name an act already told when they follow a verb of judgement with "the"
TOLD_ACTS = frozenset(
    "attack attacks invasion occupation annexation bombing bombings raid raids strike strikes intervention blockade "
    "embargo coup treaty agreement pact accord accords deal communique declaration test tests landing offensive resolution "
    "proposal proposals plan offer ultimatum visit visits trip journey speech address summit".split())


def _told_act_target(tokens, trigger: Trigger, told: Event | None, sources) -> tuple[str, ...]:
    """The doer of the act a judgement names by a definite noun ('condemned the attack'); both parties of a pact."""
    if told is None:
        return ()
    after = [t.low for t in tokens[trigger.last + 1 : trigger.last + 4]]
    own = trigger.last > trigger.first and tokens[trigger.last].low in TOLD_ACTS and tokens[trigger.last - 1].low == "the"
    if not own and (len(after) < 2 or after[0] != "the" or not (after[1] in TOLD_ACTS or len(after) > 2 and after[2] in TOLD_ACTS)):
        return ()  # ("accepts the resolution": the trigger ends with the noun)
    if codes()[told.cameo]["polarity"] == "cooperation":
        return tuple(code for code in told.actors if code not in sources)[:2]
    return (told.source,) if told.source and told.source not in sources else ()


TELLING = frozenset("said says reported reports claimed claims announced announces stated charged alleged complained "
                    "disclosed revealed confirmed".split())


def _tells(tokens, participant) -> bool:
    """Whether a participant is the subject of a verb of telling right after it ('Radio Phnom Penh said that')."""
    following = [t.low for t in tokens[participant.last + 1 : participant.last + 3]]
    return bool(following) and (following[0] in TELLING or len(following) > 1 and following[0] in ("radio", "officials")
                                and following[1] in TELLING)


TOWN_NOUNS = frozenset("capital city town port village province provinces towns cities ports villages island islands base".split())


def _town_of(tokens, trigger_last: int, first: int) -> bool:
    """ "took the departmental capital of Nueva Ocotepeque": a place named after 'the ... capital/city/town of'."""
    between = [t.low for t in tokens[trigger_last + 1 : first]]
    return 3 <= len(between) <= 5 and between[0] == "the" and between[-1] == "of" and between[-2] in TOWN_NOUNS


def _joined_in_doing(tokens, trigger: Trigger, clause) -> bool:
    """'joined Thailand and the Philippines in founding ...': a verb in -ing after 'in' in the clause names the joint act."""
    for index in range(trigger.last + 1, min(clause[1], trigger.last + 14) - 1):
        if tokens[index].low == "in" and tokens[index + 1].low.endswith("ing") and tokens[index + 1].text.islower():
            return True
    return False


def _ultimatums(doc, tokens, parts, trigger, clause, span, timexes, section, by_section, section_index, narrative,
                news) -> list[Event]:
    giving = [i for i in range(clause[0], trigger.first) if tokens[i].low in ("gave", "give", "gives", "given", "giving")]
    if not giving:
        return []
    verb = giving[-1]
    sources = tuple(code for p in left_agents(parts, tokens, clause[0], verb) for code in p.codes)[:1]
    targets = tuple(dict.fromkeys(code for p in parts if verb < p.first < trigger.first for code in p.codes
                                  if code not in sources))
    if not sources or not targets:
        return []
    stand_in = Trigger({"cameo": "139", "form": "verb", "flags": [], "phrase": "give"}, verb, verb, tokens[verb].start,
                       tokens[verb].end)
    dated = date_event(doc, timexes, span, (tokens[clause[0]].start, tokens[clause[1] - 1].end),
                       (stand_in.start, stand_in.end), section, by_section[section_index] if by_section else None,
                       narrative, news)
    return [_event(doc, "139", sources, (target,), sources + (target,), stand_in, span, dated, "asserted")
            for target in targets]


def _backed_state(tokens, parts, trigger) -> bool:
    """'Israel, backed by the United States': a state right before the participle, and one within a few words after."""
    index = trigger.first - 1
    while index >= 0 and tokens[index].low in (",", "was", "were", "is", "are", "been", "being", "be", "heavily", "strongly"):
        index -= 1
    before = index >= 0 and any(p.last == index for p in parts)
    index = trigger.last + 1
    while index < len(tokens) and tokens[index].low in ("the", "a", "an", "its", "their", "his", "her"):
        index += 1
    return before and any(p.first == index for p in parts)


def _in_the_adjective(tokens, participant, trigger_tokens) -> bool:
    """'fought side by side in the Spanish Civil War': a demonym after 'in the' names where, not a partner."""
    return participant.mention.via == "adjective" and participant.first > 1 and tokens[participant.first - 1].low == "the" \
        and tokens[participant.first - 2].low == "in" and participant.first - 2 not in trigger_tokens


def _joining_anothers(tokens, parts, trigger: Trigger, triggers) -> bool:
    """'refused to join the Soviet boycott': a hostile act of another state, refused when asked to join it, rebuffs
    that state (unlike 'refused to invade Cuba', where Cuba is the object of the act not done)."""
    if trigger.last + 2 >= len(tokens) or tokens[trigger.last + 2].low not in ("join", "support", "back", "endorse"):
        return False
    joined = [t for t, _ in triggers if t.first >= trigger.last + 2 and t.first <= trigger.last + 3]
    return any(p.mention.via == "adjective" and t.first < p.first and p.last < t.last for t in joined for p in parts)


def _recalled_envoy(tokens, everyone, trigger: Trigger, clause) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """'called home the American ambassador in Moscow': the envoy's state recalls him from the state where he serves
    (named by its capital or after 'in', 'from' or 'to'), whoever the clause's subject is."""
    if trigger.entry["cameo"] != "161" or trigger.entry["form"] != "verb":
        return None
    envoy = [p for p in everyone if trigger.first < p.first and p.last <= trigger.last and p.mention.via == "adjective"]
    if not envoy:
        return None
    own = envoy[0].codes[:1]
    post = [p for p in everyone if trigger.last < p.first < clause[1] and tokens[p.first - 1].low in ("in", "from", "to")
            and not set(p.codes) & set(own)]
    return (own, post[0].codes[:1]) if post else None


def _crowds_at_home(tokens, everyone, trigger: Trigger, clause) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """'crowds stone the American embassy in Beijing': people protesting in a capital are that state's; the target
    is the state whose embassy or people they protest at."""
    seat = [p for p in everyone if trigger.last < p.first < clause[1] and p.mention.via == "capital"
            and tokens[p.first - 1].low == "in"]
    aimed = [p for p in everyone if trigger.first <= p.first < clause[1] and p not in seat]
    if not seat or not aimed:
        return None
    source = seat[0].codes[:1]
    target = tuple(code for code in aimed[0].codes[:1] if code not in source)
    return (source, target) if target else None


def _named_after_person(tokens, participant) -> bool:
    """A person's name after 'at', 'in', 'near' or 'off' and before another capitalized word names a place ('at
    Johnson South Reef', 'at Kennedy Airport', 'off Wilson Island'), not the person."""
    if participant.mention.kind != "person" or participant.first == 0 or participant.last + 1 >= len(tokens):
        return False
    after = tokens[participant.last + 1].text
    return tokens[participant.first - 1].low in ("at", "in", "near", "off", "from", "to") and after[:1].isupper() and after.isalpha()


def _inside_a_name(tokens, participant) -> bool:
    """A demonym between two capitalized words of a longer name ('Western Somali Liberation Front')."""
    if participant.mention.via != "adjective" or participant.first < 2 or participant.last + 1 >= len(tokens):
        return False
    before, after = tokens[participant.first - 1].text, tokens[participant.last + 1].text
    return before[:1].isupper() and before.isalpha() and after[:1].isupper() and after.isalpha() and \
        tokens[participant.first - 2].text not in (".", "—", "–", ":", ";") and before.lower() not in ("the", "and")


def _auspices(tokens, first: int) -> bool:
    """'under the mediation of the OAU', 'under the auspices of the United Nations': who oversees is no party."""
    words = [t.low for t in tokens[max(0, first - 5) : first]]
    if "under" in words and "pressure" in words[words.index("under") :] and words[-1] in ("from", "by"):
        return True  # "agreed to a ceasefire under heavy pressure from the United States": who presses is no partner
    return "under" in words and "of" in words[words.index("under") :]


def _earlier_in_aside(tokens, trigger: Trigger) -> bool:
    """A pluperfect verb in a relative clause ('who had nationalized'): an act before the story's time."""
    return trigger.entry["form"] == "verb" and trigger.first >= 2 and tokens[trigger.first - 1].low == "had" \
        and tokens[trigger.first - 2].low in ("who", "which", "that")


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


def _roles(tokens, parts: list[Participant], trigger: Trigger, clause, previous_sources, focus_event, last_states, pair=None,
           previous_subject=()):
    start, end = clause
    flags = trigger.flags
    form = trigger.entry["form"]
    coordinated = False
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
    fronted = _fronted_participle(tokens, parts, trigger) if form == "verb" and start == 0 else None
    if fronted is not None:
        return fronted
    joined = _taking_part(tokens, start, trigger.first) if form == "noun" and "sym" not in flags else None
    if joined is not None:
        # "Hungarian troops took part in the Warsaw Pact invasion of Czechoslovakia": who takes part does the act
        subjects = left_agents(parts, tokens, start, joined)
        objects = [p for p in right_patients(parts, trigger.last, end) if not set(p.codes) & {c for s in subjects for c in s.codes}]
        if subjects and objects:
            return tuple(code for p in subjects for code in p.codes), objects[0].codes
    if form == "noun":
        after = _time_hop(tokens, trigger.last + 1) or trigger.last + 1  # "the treaty of 1978 between China and Japan"
        between = "sym" in flags and (tokens[trigger.last].low == "between" or
                                      after < len(tokens) and tokens[after].low == "between")
        # "the ceasefire between Iran and Iraq ..., watched by UN observers": the parties are named after "between"
        agent = noun_agent(parts, tokens, trigger.first) or (None if between else by_agent(parts, tokens, trigger.last, end))
        if "sym" in flags and agent is not None and agent.first > trigger.last and pair:
            # "a ceasefire ordered by the Security Council": who arranged a mutual act is not one of its parties
            listed = {id(agent)}
            by = agent.first - (2 if agent.first >= 2 and tokens[agent.first - 1].low == "the" else 1)
            arranged = by >= 1 and tokens[by].low == "by" and tokens[by - 1].low in _ARRANGED
            for p in parts:  # "a ceasefire requested by the United States, Argentina and Brazil": all of them arranged it
                if arranged and p.first > agent.first and any(id(q) in listed and {t.low for t in tokens[q.last + 1 : p.first]} <= {",", "and", "the"}
                                                 for q in parts if q.last < p.first):
                    listed.add(id(p))
            others = [p for p in parts if id(p) not in listed and start <= p.first < end]
            if not others:
                return pair[:1], pair[1:]
        subjects = [agent] if agent else left_agents(parts, tokens, start, trigger.first)
        if agent is not None and agent.mention.via == "adjective" and "sym" not in flags:
            # "the British and French attack on Egypt": demonyms listed before the noun are all its agents
            for part in reversed([p for p in parts if p.last < subjects[0].first]):
                if {t.low for t in tokens[part.last + 1 : subjects[0].first]} in ({"and"}, {","}, {",", "and"}) \
                        and part.mention.via == "adjective":
                    subjects.insert(0, part)
                else:
                    break
        objects = [p for p in right_patients(parts, trigger.last, end) if p is not agent]
        if between and agent is None and len({code for p in objects for code in p.codes}) >= 2:
            subjects = []  # "Moscow viewed the treaty between China and Japan with hostility": the parties follow "between"
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
            # "Soviet diplomats were expelled from Britain": a state expels from its own soil
            origin = [p for p in parts if p.first > trigger.last and p.last < end and (p.mention.kind == "organization"
                                                                                      or trigger.entry["cameo"] == "166")
                      and "from" in {t.low for t in tokens[max(0, p.first - 2) : p.first]}]
            subjects = origin[:1]
        objects = left_agents(parts, tokens, start, trigger.first)
    else:
        subjects = left_agents(parts, tokens, start, trigger.first)
        if previous_sources and form == "verb" and _coordinated_verb(tokens, trigger.first, start) \
                and not (subjects and start > 0 and tokens[start - 1].low in ("but", "while", "whereas", "yet", ";")
                         and subjects[0].first <= start + 1 and tokens[start].low in ("the", subjects[0].mention.text.split()[0].lower())):
            # "The US Navy destroys two Iranian platforms and sinks an Iranian frigate": the subject of the verb
            # before, not the state named in its object; but a state opening the clause is its own subject
            # ("..., but Romania changed sides and declared war on Hungary")
            subjects, coordinated = [], True
        # a gap in the trigger may hold the object: "promised North Vietnam reconstruction aid"
        objects = right_patients(parts, trigger.first, end)
        # "overran the resistance camps along the Thai border": a border named by its state's adjective is where
        if trigger.entry["cameo"][:2] == "19" and "armed" not in flags:
            # force used "along the Thai border": where it was used; whom it was used on, the clause does not say
            # (exercises "near the Polish border" are a show of force toward that state, and keep it)
            kept = [p for p in objects if not (_place_phrase(tokens, p) and p.first >= 2
                                               and tokens[p.first - 2].low in ("along", "near", "at"))]
            if objects and not kept:
                return None
            objects = kept
    if "exp" in flags and not subjects and form == "verb" and not is_passive(tokens, trigger):
        # "The expansion of Soviet influence ... worried the United States": the doer is named inside the subject
        subjects = [p for p in parts if start <= p.first and p.last < trigger.first][:1]
    if "exp" in flags:
        subjects, objects = objects[:1], subjects
    if "rev" in flags:
        subjects, objects = objects[:1], subjects
    sources = tuple(code for p in subjects for code in p.codes)
    if coordinated:
        sources = tuple(previous_subject or previous_sources)
    if form == "verb" and "sym" not in flags and sources:
        # "tears up the Algiers Agreement in a speech to the Iraqi parliament": one's own body addressed in a
        # phrase after the object is no object of the act
        objects = [p for p in objects if not (set(p.codes) <= set(sources) and p.first - trigger.last > 2
                                              and tokens[p.first - 1].low in ("to", "before", "in", "the")
                                              and tokens[p.first - 2].low in ("to", "before", "in"))]
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
    if not targets and len(subjects) == 1 and _joint(subjects[0]) and "intrans" not in flags and "sym" not in flags:
        return None  # "Egypt rejected the Anglo-French ultimatum": the two act together; on whom, the clause does not say
    if len(sources) > 1 and not targets and "sym" not in flags and len(subjects) == 1 and not _joint(subjects[0]):
        sources, targets = sources[:1], sources[1:]  # "the two nations competed": a reference stands for the pair
    mutual = {t.low for t in tokens[trigger.last + 1 : trigger.last + 4]} & {"each", "one"} and \
        {t.low for t in tokens[trigger.last + 1 : trigger.last + 4]} & {"other", "another"}
    if mutual and len(set(sources)) > 1:
        targets = ()  # "agreed to assist each other": the subjects act on each other
    # "Britain and the United States offered their good offices": what both offer goes to a third, not to each other
    shared_offer = not mutual and trigger.entry["cameo"][:2] == "03" and trigger.last + 1 < len(tokens) \
        and tokens[trigger.last + 1].low == "their"
    if not targets and len(set(sources)) > 1 and not shared_offer and (trigger.entry["cameo"][:2] in MUTUAL_ROOTS and
                                                  (trigger.entry["cameo"][:2] != "19" or _fighting(trigger)) or mutual):
        # "Chinese and Soviet troops fought", "Chamberlain and Hitler pledged": acts done to each other
        sources, targets = sources[:1], tuple(code for code in dict.fromkeys(sources[1:]) if code != sources[0])
    own_object = bool(targets) and all(code in sources for code in targets) and not mutual and len(set(sources)) == 1
    if not targets and "intrans" not in flags:
        targets = _implicit_target(tokens, parts, trigger, sources, last_states, focus_event)
    targets = tuple(code for code in targets if code not in sources)
    if own_object and "sym" not in flags and pair and sources[0] in pair and objects and \
            all(p.mention.via == "place" for p in objects) and codes()[trigger.entry["cameo"]]["polarity"] == "conflict":
        # "A British task force retook South Georgia": force used on a place of one's own is used on who holds it
        return sources, tuple(code for code in pair if code != sources[0])[:1]
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
    if not sources and targets and pair and form == "verb" and is_passive(tokens, trigger) and targets[0] in pair \
            and codes()[trigger.entry["cameo"]]["polarity"] == "conflict" \
            and not any(t.low == "by" for t in tokens[trigger.last + 1 : trigger.last + 3]):
        # (not "overrun by fascist forces": the doer is named, and is no state)
        # "an American U-2 spy plane was shot down near Sverdlovsk": in a history of two states, by the other
        sources = tuple(code for code in pair if code != targets[0])[:1]
    if not sources:
        return None
    return sources, targets


# acts whose withholding, told as "would not", is a refusal: "would not negotiate with India over Goa"
WITHHELD = frozenset(("04", "05", "06", "07", "08"))


def _would_not(tokens, trigger: Trigger) -> bool:
    """'The Portuguese government would not negotiate': a refusal told in the past, unless a condition makes it
    a supposition ('would not have', 'if', 'had ...')."""
    if trigger.first < 2 or trigger.entry["form"] != "verb" or trigger.entry["cameo"][:2] not in WITHHELD:
        return False
    if not (tokens[trigger.first - 2].low == "would" and tokens[trigger.first - 1].low == "not"):
        return False
    return tokens[0].low not in ("had", "were", "should") and not {t.low for t in tokens} & {"if", "unless", "otherwise"}


def _fronted_participle(tokens, parts: list[Participant], trigger: Trigger) -> tuple | None:
    """An act told in a participle clause opening the sentence, whose doer or object is the subject of the main
    clause after its comma: "Having recognized Israel in 1949, Turkey ..." (Turkey recognized Israel),
    "Recognized by Egypt in May 1956, the People's Republic of China ..." (Egypt recognized China)."""
    having = tokens[0].low == "having" and trigger.first <= 2
    passive = trigger.first == 0 and tokens[0].low.endswith("ed") and trigger.last + 1 < len(tokens) \
        and tokens[trigger.last + 1].low == "by"
    if not (having or passive):
        return None
    comma = next((i for i in range(trigger.last + 1, min(len(tokens), trigger.last + 16)) if tokens[i].text == ","), None)
    if comma is None or any(tokens[i].text in ";:()" for i in range(trigger.last + 1, comma)):
        return None
    main = next((p for p in parts if comma < p.first <= comma + 4), None)
    if main is None or any(tokens[i].low in PREPOSITIONS for i in range(comma + 1, main.first)):
        return None  # "..., in 1950 Turkey": a place or a time opens the main clause, not its subject
    inside = [p for p in parts if trigger.first < p.first and p.last < comma]
    if having:
        targets = tuple(code for p in inside[:1] for code in p.codes if code not in main.codes)
        return main.codes[:1], targets
    agents = [p for p in inside if "by" in {t.low for t in tokens[max(trigger.last, p.first - 2) : p.first]}]
    if not agents:
        return None
    return agents[0].codes[:1], tuple(code for code in main.codes[:1] if code not in agents[0].codes)


# a state's own organs, named without the state in a report from its capital
OFFICIALS = frozenset("government treasury ministry cabinet authorities officials administration regime parliament "
                      "police army navy".split())


def _official_of_dateline(doc: Document, tokens, parts, trigger: Trigger, clause) -> tuple | None:
    """'LONDON, July 27 (Reuters) - The Treasury froze Egyptian balances': an organ of the state whose capital
    the dateline names, when the clause names no state before the verb."""
    lead = doc.meta.get("dateline")
    if not lead:
        return None
    home = next((m.entity for m in doc.mentions if lead[0] <= m.start and m.end <= lead[1] and m.kind == "state"
                 and m.entity), None)
    before = tokens[clause[0] : trigger.first]
    if home is None or any(clause[0] <= p.first and p.last < trigger.first for p in parts) or len(before) > 5 \
            or not any(t.low in OFFICIALS and i > 0 and before[i - 1].low in ("the", "its") for i, t in enumerate(before)):
        return None
    objects = [p for p in right_patients(parts, trigger.first, clause[1]) if home not in p.codes]
    return ((home,), objects[0].codes[:1]) if objects else None


PARTAKING = frozenset("participated participate participates participating".split())


def _taking_part(tokens, start: int, first: int) -> int | None:
    """Where 'took part in' or 'participated in' stands before a nominal act within a few words ('joined' is an
    act of its own, coded apart)."""
    for index in range(first - 1, max(start, first - 7) - 1, -1):
        low = tokens[index].low
        if low in ("took", "take", "takes", "taking") and index + 2 < first and tokens[index + 1].low == "part" \
                and tokens[index + 2].low == "in":
            return index
        if low in PARTAKING and index + 1 < first and tokens[index + 1].low == "in":
            return index
    return None


MUTUAL_ROOTS = frozenset({"03", "04", "05", "06", "19"})


def _fighting(trigger: Trigger) -> bool:
    """Force that two subjects use on each other ('Chinese and Soviet troops fought'), unlike force two allies use
    together on a third ('Ethiopian and Cuban forces recaptured Jijiga', 'invaded')."""
    return trigger.entry["phrase"].split()[0] in ("fight", "clash", "skirmish", "war", "clashes", "skirmishes")


def _coordinated_verb(tokens, first: int, start: int) -> bool:
    """Whether a verb follows 'and' with no subject of its own ('destroyed the bases and sank a frigate')."""
    index = first - 1
    while index > start and tokens[index].low in ("then", "also", "later", "soon", "promptly"):
        index -= 1
    return index > start and tokens[index].low == "and"


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


