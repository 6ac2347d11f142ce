"""The event coder: sentences with actor mentions and dates -> coded, dated, sourced events.

For each sentence: find triggers from the lexicon; scope modality over each
(negated and hypothetical acts are dropped, refusals become REJECT, intentions
become AGREE or THREATEN); assign source and target from the clause; date it;
then merge events of one document that tell the same happening twice (an
entry's title and its description, a sentence's two verbs for one act).

This module walks a document's sentences and keeps its story (the narrative time, the pair in focus, the
states named so far); ``sentence`` codes one sentence, ``agents`` finds who acts on whom in a clause, and
the rules they apply live beside them:
``recode`` (what a code becomes in context), ``dyads`` (who acts on whom among
the participants), ``implicit`` (actors the sentence leaves unnamed) and
``dedupe`` (one event per happening within a document).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime
import itertools
import operator
import re
from collections import Counter
from collections.abc import Callable

from detente.events.context import Context, paragraph_start
from detente.events.dating import (
    Dated,
    _dated,
    datable,
    report_day,
    section_dates,
    units,
)
from detente.events.dedupe import merge_within
from detente.events.dyads import (
    BlocMembers,
)
from detente.events.followed import FOLLOW_WORDS
from detente.events.roles import SentenceMentions
from detente.events.sentence import _code_sentence, addresses_the_reader, quoted_speech_cue
from detente.events.triggers import any_trigger, tokenize
from detente.model import Document, Event, content_id, date_bounds

_QUOTE_MARKS = re.compile("[,?!][\"”’'»]")  # a quotation closed after a comma: its speaker may follow


# a verb right after a person's name: the person is a subject ("and in April 1977 Mengistu ordered ...")
_GOVERNED = re.compile(r"\b(?:of|with|to|by|for|from|against|under)[^\S\n]+(?:the[^\S\n]+)?$")
_VERB_AFTER = re.compile(r"[^\S\n]+(?:later[^\S\n]+|also[^\S\n]+|then[^\S\n]+|soon[^\S\n]+)?(?:[a-z]+ed|was|were|had|has|met|went|"
                         r"took|made|sent|gave|told|said|held|flew|broke|began|won|led|brought|came|wrote)\b")

# a person who acts in a clause of place or time set off after the subject's act ("paid a visit to Burma, where General
# Ne Win met him"): "he" in the next sentence is still the visitor, not the one who met him
_WHERE_BEFORE = re.compile(r",[^\S\n]+(?:where|when|whereupon)[^\S\n]+(?:[A-Z][\w.'-]*[^\S\n]+){0,3}$")


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
    persons: list[str | None] = []  # the states of the persons named so far as a sentence's first actor, in order
    # (None: a titled person the gazetteer does not know)
    openers: set[int] = set()  # the mentions that open their sentence: the subject "he" or "she" goes on with
    untitled: list[tuple[Event, int]] = []  # events of entry titles that name no state, with their section
    told_in: dict[int, list[Event]] = {}  # the events of those sections' descriptions
    pairs: Counter = Counter()  # pairs of state lines the document's events so far involve: "the two nations" is the leading one
    latest: dict[tuple[str, ...], tuple[str, ...]] = {}  # each counted pair of lines -> the codes last seen for it
    narrative: Dated | None = None
    narrative_section = -1
    tests: dict[str, list[str]] = {}  # each state's weapons tests told so far, by date: "condemned India's tests" names them again
    mention_index = 0
    mentions = doc.mentions
    # a contents list the splitter cut at its numbers ("Contents\n1." / "Trade and aid, 1970-1990\n4."): no sentence
    # of it opens with "Contents", so each is tested against the list's span
    listed_starts: set[int] = set()  # the sentences of such a list: coded as any other (their acts lend the pair and
    # context the text goes on with), their events dropped at the end
    listed = [m.span() for m in _CONTENTS_RUN.finditer(doc.text)] if "ontents\n" in doc.text or "CONTENTS\n" in doc.text else ()
    lead = doc.meta.get("dateline")
    if lead is not None:
        # "PANAMA CITY, April 11 (AP) - Obama and Castro met": the place a report is filed from is no party to what
        # it tells, unless the report names its state again ("ADDIS ABABA - Ethiopian forces recaptured Badme")
        home, again = set(), set()  # (plain loops in this function: a local a comprehension reads is a cell made per call)
        for m in mentions:
            if lead[0] <= m.start and m.end <= lead[1]:
                home.add(m.entity)
            else:
                again.update((m.entity, m.state))
        lead = lead if home - again else None
    all_tokens = tokenize(doc.text)  # once per document; each sentence takes its slice
    # "the two nations" stand for two states: an organization is never one of the pair a document is about
    organizations = {m.entity for m in mentions if m.kind == "organization"}
    state_lines = set()  # the states the text names
    for m in mentions:
        if m.kind == "state" and m.entity:
            state_lines.add(family(m.entity))
    token_starts = list(map(_TOKEN_START, all_tokens))  # [token.start for token in all_tokens], read in C
    token_ends = list(map(_TOKEN_END, all_tokens))  # (where each sentence's mentions are placed on its tokens)
    mention_starts = list(map(_START_OF, mentions))  # read in C
    by_start = mention_starts == sorted(mention_starts)  # in order of start (compared in C)
    back_matter = {number for number, section in enumerate(doc.sections or ())
                   if section.heading and _BACK_MATTER.fullmatch(section.heading.strip())}
    named_anywhere = {}
    for mention in mentions:
        if mention.kind == "state" and mention.entity and not mention.members and mention.entity not in organizations \
                and not (lead is not None and lead[0] <= mention.start and mention.end <= lead[1]):
            named_anywhere.setdefault(family(mention.entity), mention.entity)
            if len(named_anywhere) > 2:
                break
    if len(named_anywhere) == 2:
        # a text that names two states and no other ("ADDIS ABABA - Ethiopian forces recaptured Badme yesterday ...
        # Eritrea accepted the framework") is about them from its first sentence, before any sentence names both
        key = tuple(sorted(named_anywhere))
        pairs[key] += 0.25
        latest[key] = tuple(named_anywhere.values())  # in the order the text names them: "the two" act in that order
    context = Context()  # the acts of the paragraph's last sentences: roles a sentence leaves unsaid
    last_named: dict[str, int] = {}  # each state line -> the number of the last sentence that named it
    heading_states: dict[int, dict] = {}  # each section -> the states its heading or entry title names, by line
    paragraph, previous_end = -1, 0
    paragraph_bodies: list[tuple[int, str]] = []  # the organizations the current paragraph names: (sentence, code)
    # a feed's items are reports of their own, on whatever pairs each is about: the pair and the persons the items
    # before named are not what an item's "the two governments" or "he" stand for (a topic page or an archive of
    # clippings on one pair goes on with the pair its earlier reports named: not reset)
    report_starts, reports, next_report = (), 0, 1  # (the first item goes on from the page's head)
    if doc.format == "feed":
        report_starts = _report_starts(doc)
        reports = len(report_starts)
    for sentence in doc.sentences:
        start, end = sentence.start, sentence.end
        if next_report < reports and start >= report_starts[next_report]:
            while next_report < reports and start >= report_starts[next_report]:
                next_report += 1
            pairs.clear()
            latest.clear()
            last_named.clear()
            persons.clear()
            last_states.clear()
        if sentence.section in back_matter:
            dropped["back_matter"] += 1
            continue
        if sentence.section != narrative_section or paragraph_start(doc.text, start, previous_end):
            paragraph = start
        previous_end = end
        if paragraph != context.paragraph:
            paragraph_bodies.clear()
        context.start_sentence(paragraph)
        if sentence.section != narrative_section:
            narrative, narrative_section = None, sentence.section
        if end - start > max_sentence_chars:
            dropped["sentence_too_long"] += 1
            continue
        while mention_index < len(mentions) and mentions[mention_index].end <= start:
            _note_states(mentions[mention_index], last_states)
            if mentions[mention_index].kind == "person" and mentions[mention_index].state and (
                    mention_index in openers or _VERB_AFTER.match(doc.text, mentions[mention_index].end)
                    and not _WHERE_BEFORE.search(doc.text, max(0, mentions[mention_index].start - 40), mentions[mention_index].start)):
                # for "he" and "she": a person named first in a sentence or right before a verb, a subject ("Castro
                # toured Africa. ... he met Mengistu. On 16 March he brought ...": he is Castro, not Mengistu, the object)
                persons.append(mentions[mention_index].state)
            if mentions[mention_index].kind == "organization" and mentions[mention_index].entity:
                # "CENTO ... Iran and Turkey withdrew from the pact": the body named last, for a noun standing for it
                context.last_body = (mentions[mention_index].entity, mentions[mention_index].text, context.sentence)
            if mentions[mention_index].kind == "state" and mentions[mention_index].entity:
                for before in predecessors(mentions[mention_index].entity):
                    succeeded[before] = mentions[mention_index].entity
            mention_index += 1
        # the mentions from mention_index up to the first that starts at or after the sentence's end (by bisection
        # when they are sorted by start, as the actors stage gives them: no walk over the document's mentions)
        stop = bisect.bisect_left(mention_starts, end, mention_index) if by_start else _first_from(mentions, mention_index, end)
        inside = []
        for mention in mentions[mention_index:stop]:
            if mention.start >= start and mention.end <= end and not (
                    lead is not None and start <= lead[0] < end and lead[0] <= mention.start and mention.end <= lead[1]):
                # (rules that need the dateline's place, "arrived here today", read the dateline themselves)
                inside.append(mention)
        subject_first = bool(inside) and not _GOVERNED.search(doc.text, max(start, inside[0].start - 14), inside[0].start)
        if subject_first:
            # (its place in the document's list, found in C: a mention equal to it is it, or would come first in ``inside``;
            # not one a preposition governs: "X, an admirer of Ronald Reagan, was ...": Reagan is no subject)
            openers.add(mentions.index(inside[0], mention_index, stop))
        named = {}  # the states this sentence names, by line of succession: two of them hint at the pair in focus
        if organizations:
            paragraph_bodies.extend((context.sentence, m.entity) for m in inside if m.kind == "organization" and m.entity)
        for mention in inside:
            if mention.kind == "state" and mention.entity and not mention.members:
                named.setdefault(family(mention.entity), mention.entity)
            elif mention.state:  # a person, force or group of a state names its state for the pair in focus
                last_named[family(mention.state)] = context.sentence
        section = doc.sections[sentence.section] if doc.sections else None
        is_title = section is not None and section.heading_span == (start, end)
        if len(named) == 2:
            key = tuple(sorted(named))
            # the page's own title ("Relations between Spain and Morocco") says which pair it is about, more
            # surely than the first event told, which may involve a third state
            pairs[key] += TITLE_PAIR_WEIGHT if is_title and sentence.section == 0 else 0.5
            latest.setdefault(key, tuple(named.values()))  # in the order named
        for line in named:
            last_named[line] = context.sentence
        # (for "it" in the next sentence: not a people named in the plural, "the rear of the Poles", no lone state)
        states = {}
        for m in inside:
            if m.kind == "state" and m.entity and not m.members and not (m.via == "adjective" and not _NOUN_AFTER.match(doc.text, m.end)):
                states[family(m.entity)] = m.entity
        if not states:
            # "The Security Council met in 1977. It imposed an arms embargo": a body the sentence names, no state with
            # it, is what "it" in the next sentence stands for (the subject the body is, as a state would be)
            bodies = {m.entity for m in inside if m.kind == "organization" and m.entity}
            states = dict.fromkeys(bodies) if len(bodies) == 1 else states
            context.named = tuple(states)
        else:
            context.named = tuple(states.values())
        if is_title and named:
            heading_states[sentence.section] = named
        # (a state opening the sentence as its subject is the paragraph's topic; "Its ..." goes on with it)
        context.note_opening(inside[0].entity if subject_first and inside[0].kind == "state" else None,
                             doc.text.startswith(("Its ", "Their "), start))
        if is_title and (section is None or section.kind != "entry"):
            continue  # ordinary headings name topics, not events; timeline entry titles do state events
        if doc.text[start] == "=" and _WIKI_HEADING.fullmatch(doc.text, start, end):
            continue  # a heading in wiki markup ("== Thaw and talks ==") the layout left in the text
        if doc.text[start] in "-*+_[0123456789COIJ" and _CONTENTS_LINK.fullmatch(doc.text, start, end):
            dropped["contents_entry"] += 1
            continue  # a contents list links to the page's headings: it names topics, not events
        if doc.text[start] in "CTOcto" and _CONTENTS_BLOCK.fullmatch(doc.text, start, end):
            dropped["contents_entry"] += 1
            continue  # "Contents / 1 Recognition ... / 3 The Sino-Indian war": a plain contents list names the sections
        if doc.text[start] in "-*+•" and _GLOSSARY_ENTRY.match(doc.text, start, end):
            dropped["glossary_entry"] += 1
            continue  # "- **Colombo Plan**: the scheme of aid set up in 1950 ...": a term of a glossary and what it stands
            # for, told to explain a name; the acts it names are told (or not) in the text
        if doc.text.find("(talk)", start, end) >= 0 and _TALK_SIGNATURE.search(doc.text, start, end):
            dropped["talk_comment"] += 1
            continue  # '"Cut the paragraph on the border war." - Editor42 (talk)': a signed comment of a wiki's talk page
            # the scrape kept, about the article, not the history
        if section is not None and section.date_span == (start, end):
            continue
        offset = bisect.bisect_left(token_starts, start)
        tokens = all_tokens[offset : bisect.bisect_left(token_starts, end)]
        if not any_trigger(tokens) and not (_QUOTE_MARKS.search(doc.text, start, end) and quoted_speech_cue(tokens)) \
                and FOLLOW_WORDS.isdisjoint(map(_LOW, tokens)):  # ("France followed suit": the act before, in turn)
            # (a quotation before its speaker is an act with no trigger word: "'Stop the bombing,' the minister told NATO")
            if not _FACT_SENTENCE.fullmatch(doc.text, start, end):  # (a fact box's line sets no story time)
                narrative = _narrative_after(doc, timexes, start, end, is_title, narrative, news and not _background_section(doc, sentence.section))
            continue
        if doc.text[start] in _TITLE_INITIALS and (opener := _TITLED_OPENER.match(doc.text, start, end)) is not None \
                and not any(m.kind == "person" and m.start < opener.end() for m in inside):
            persons.append(None)  # "President Arzú flew to Havana ... he and Castro signed": "he" is a person the
            # gazetteer does not know, not the person named last before him
        leading = _successors(_leading_pair(pairs, latest), succeeded)
        in_focus = _paragraph_pair(leading, named, context, family, state_lines)
        if in_focus is leading and leading and len(named) == 1 and _the_two(doc.text, start, end) \
                and any(m.kind == "state" and m.via != "adjective" for m in inside):
            # (a state named by its name, not by a demonym: "American mediation persuaded both governments" is about
            # the pair the mediator stood between)
            in_focus = _pair_of_the_named(leading, named, pairs, latest, family)
        if in_focus is leading:  # (a pair the paragraph's last acts lend was named a sentence or two ago)
            in_focus = _unexpired(leading, family, last_named, context.sentence, heading_states.get(sentence.section))
        on_grid = SentenceMentions(inside)  # (participants() places them on the tokens once, from the document's lists)
        on_grid.tokens, on_grid.ends, on_grid.starts, on_grid.offset, on_grid.placed = tokens, token_ends, token_starts, offset, None
        # a backgrounder's history under a heading of its own is no news of the report's day: an act it leaves undated
        # is not dated by the dateline ("NEW DELHI, April 9 -- ..." then "The first years": "India opened a legation")
        found = _code_sentence(doc, tokens, on_grid, timexes, (start, end), sentence.section, by_section, narrative, focus,
                               last_states, in_focus, news and not _background_section(doc, sentence.section), dropped, is_title, bloc_members, family, state_at, persons, context)
        objective = bool(found) and addresses_the_reader(tokens)
        if found and listed and any(a <= start and end <= b for a, b in listed):
            listed_starts.add(start)
        if found and not objective:
            kept = []
            for e in found:
                if not (e.source and e.target and (e.target in predecessors(e.source) or e.source in predecessors(e.target)
                                                   or _one_state(e, state_at))):
                    kept.append(e)
            dropped["own_predecessor"] += len(found) - len(kept)
            # "Nationalist troops" of 1949 and Taiwan after it are one state's two periods, no dyad; nor are Soviet
            # Russia and the USSR, one line of succession named at two dates ("Soviet Union" in an infobox of 1920)
            found = [_at_its_date(e, state_at) for e in kept]
            if organizations:
                hosted = {(e.source, e.target) for e in found if e.cameo == "043" and (
                          e.trigger[:4] == "host" and e.target in organizations and _a_bodys_meeting(doc.text, e, inside)
                          or e.trigger in _MEETING_NOUNS and _named_host(doc.text, e, inside, organizations))}
                if hosted:
                    kept = [e for e in found if not (e.cameo == "043" and (e.source, e.target) in hosted)]
                    dropped["hosted_a_body"] += len(found) - len(kept)
                    found = kept
                    # "Havana hosted the summit of the Non-Aligned Movement": the host receives the body's members,
                    # not the body; no meeting of the host with the organization (the members it received are coded
                    # where the text names them)
        if objective:
            # "In this unit you will learn why India became involved ...": a textbook's objective names acts the
            # text tells later, where they are dated; they still say which pair the text is about
            dropped["objective"] += len(found)
            _count_pairs(found, pairs, latest, organizations, family)
            continue
        if found and doc.meta.get("dateline") and start <= doc.meta["dateline"][0] < end:
            day_line = doc.meta["dateline"]  # "UNITED NATIONS, Oct. 25 (AP)": a word of the dateline is no trigger
            kept = []
            for e in found:
                if not (e.trigger_span and day_line[0] <= e.trigger_span[0] < day_line[1]):
                    kept.append(e)
            found = kept
        if found and paragraph_bodies:
            found = [_walked_out_of_a_body(e, paragraph_bodies, context.sentence, organizations) if e.cameo == "143" else e
                     for e in found]
        if found and tests:
            found = _drop_retold_tests(found, tests, dropped)
        for event in found:
            if event.cameo == "150" and event.source and event.date:
                tests.setdefault(event.source, []).append(event.date)
        events.extend(found)
        context.told(found)
        if found and is_title and not named:
            untitled.extend(zip(found, itertools.repeat(sentence.section)))
        elif found and untitled:
            told_in.setdefault(sentence.section, []).extend(found)
        _count_pairs(found, pairs, latest, organizations, family)
        if found:
            focus[sentence.section] = found[-1]
        if not _FACT_SENTENCE.fullmatch(doc.text, start, end):
            narrative = _narrative_after(doc, timexes, start, end, is_title, narrative, news and not _background_section(doc, sentence.section))
    if listed_starts:
        kept = [e for e in events if e.span[0] not in listed_starts]
        dropped["contents_entry"] += len(events) - len(kept)
        events = kept
    if untitled:
        events = _drop_retold_titles(events, untitled, told_in, dropped)
    if news and report_day(doc) and doc.meta.get("dateline"):
        events = _drop_plans(events, doc, dropped)
    return merge_within(events, dropped, news)


# how many sentences back, within the paragraph, the body whose meeting a delegate walks out of may have been named
_BODY_REACH = 3
_WALKED_OUT = re.compile(r"walk(?:s|ed|ing)? out of ", re.I)


def _walked_out_of_a_body(event: Event, bodies: list[tuple[int, str]], sentence: int, organizations: set) -> Event:
    """"The foreign ministers of the OAS met at San José ... The Cuban foreign minister walked out of the meeting": a
    walk-out of a meeting, a hall or a session is a protest at the body that held it, the organization the paragraph
    named last (not a state named beside it, nor the page's pair); so the event's target, when it names no body."""
    if event.target in organizations or not _WALKED_OUT.match(event.trigger):
        return event
    body = next((code for number, code in reversed(bodies) if sentence - number <= _BODY_REACH and code != event.source), None)
    if body is None:
        return event
    return dataclasses.replace(event, target=body, actors=[event.source, body] if event.source else [body],
                               id=content_id(event.doc_id, str(event.span), str(event.trigger_span), event.cameo,
                                             str(event.source), body))


def _drop_plans(events: list[Event], doc: Document, dropped: Counter) -> list[Event]:
    """A report tells what has happened by its own day: an act it dates after that day ("Do Muoi will visit China
    next week", "talks are to open on Monday") is a plan, not yet an event. On a page of several reports, the day is
    that of the report the act is told in (not the first report's)."""
    kept = []
    day = report_day(doc)
    several = bool(doc.meta.get("articles"))
    for event in events:
        begin = date_bounds(event.date)[0] if event.date else None
        if begin and begin > (report_day(doc, event.span[0]) or day if several else day):
            dropped["planned_after_report"] += 1
            continue
        kept.append(event)
    return kept


_NOUN_AFTER = re.compile(r"[ -][a-z]")  # a lower-case word after a demonym: "Polish troops", not "the Poles"

_TOKEN_START = operator.itemgetter(2)  # Token.start
_TOKEN_END = operator.itemgetter(3)  # Token.end
_START_OF = operator.attrgetter("start")  # Mention.start
_LOW = operator.itemgetter(1)  # Token.low


def _at_its_date(event: Event, state_at: Callable[[str, str], str]) -> Event:
    """The event with a party that had ended before its date written as the one state continuing it then: "relations
    with the Democratic Republic of Vietnam followed in 1972; India stood by Vietnam when China attacked it in 1979"
    is an attack on the Socialist Republic, though the pronoun's antecedent was resolved at the earlier date. Only
    forward (an ended state with one successor on its line), never back to a predecessor: Bangladesh's acts of March
    1971 stay Bangladesh's."""
    begin, end = date_bounds(event.date) if event.date else (None, None)
    if not (begin and end):
        return event
    changed = {}
    for code in (event.source, event.target):
        if code and code not in changed:
            later = state_at(code, begin)
            if later != code and later == state_at(code, end) and later != state_at(code, _FIRST_DAY):
                changed[code] = later
    if not changed:
        return event
    source, target = changed.get(event.source, event.source), changed.get(event.target, event.target)
    if source == target:
        return event
    return dataclasses.replace(event, source=source, target=target,
                               actors=list(dict.fromkeys(changed.get(code, code) for code in event.actors)))


_FIRST_DAY = "0001-01-01"  # a day before every state's start: the predecessor a date too early steps back to, which
# is no successor (Soviet Russia named for March 1917 is not turned into the Provisional Government)


def _one_state(event: Event, state_at: Callable[[str, str], str]) -> bool:
    """Whether an event's two codes name one state on the first and the last day of its date: Soviet Russia and the
    USSR in 1921, when a page's infobox dated 1920 said "Soviet Union" (not Egypt and the United Arab Republic it
    founded in February 1958)."""
    begin, end = date_bounds(event.date) if event.date else (None, None)
    if not (begin and end) or event.source == event.target:
        return False
    for day in (begin, end):
        if state_at(event.source, day) != state_at(event.target, day):
            return False
    return True


def _count_pairs(found: list[Event], pairs: Counter, latest: dict, organizations: set, family) -> None:
    """Each event of two states counts once for the pair the document is about."""
    for event in found:
        states = tuple(sorted(set(itertools.filterfalse(organizations.__contains__, filter(None, (event.source, event.target)))),
                              key=family))
        if len(states) == 2:
            key = tuple(map(family, states))
            pairs[key] += 1
            # the codes last seen, in the order the pair was first named ("Peru and Ecuador fought ... They signed
            # a final peace": Peru first, as a mutual act is told in text order), else in the event's own order
            before = list(map(family, latest.get(key, ())))
            if len(before) == 2 and before[0] != before[1]:
                order = dict(zip(states, map(before.index, map(family, states)), strict=True))  # (no closure per event)
                latest[key] = tuple(sorted(states, key=order.__getitem__))
            else:
                latest[key] = (event.source, event.target) if event.source in states and event.target in states else states


def _drop_retold_titles(events: list[Event], untitled, told_in, dropped) -> list[Event]:
    """A timeline entry's title that names no one ("Talks", "Border clash") took the pair the page is about; when
    its description tells an act of the same kind between other states, the description's actors win and the
    title's event goes."""
    retold = set()
    for event, section in untitled:
        actors = set(event.actors)
        if any(other.cameo[:2] == event.cameo[:2] and not set(other.actors) & actors for other in told_in.get(section, ())):
            retold.add(id(event))
    dropped["title_retold"] += len(retold)
    return [event for event in events if id(event) not in retold]


def _drop_retold_tests(found: list[Event], tests: dict[str, list[str]], dropped: Counter) -> list[Event]:
    """A state's weapons test told again within a month of one already told ("India conducted five nuclear tests on
    11 and 13 May 1998. Pakistan condemned India's nuclear tests on 14 May"): the same tests, named by the reaction."""
    kept = []
    for event in found:
        if event.cameo == "150" and event.source in tests and event.date and len(event.actors) == 1:
            begin, until = date_bounds(event.date)
            if begin and any(_within_a_month(date_bounds(told), begin, until) for told in tests[event.source]):
                dropped["test_told_before"] += 1
                continue
        kept.append(event)
    return kept


def _within_a_month(told: tuple[str | None, str | None], begin: str, until: str) -> bool:
    if not told[0] or not told[1]:
        return False
    try:
        start = datetime.date.fromisoformat(told[0]) - datetime.timedelta(days=31)
        end = datetime.date.fromisoformat(told[1]) + datetime.timedelta(days=31)
        return start.isoformat() <= until and begin <= end.isoformat()
    except ValueError:
        return False


def _first_from(mentions, index: int, end: int) -> int:
    """The index of the first mention from ``index`` on that starts at or after ``end`` (or the length)."""
    while index < len(mentions) and mentions[index].start < end:
        index += 1
    return index


_WIKI_HEADING = re.compile(r"=+[^=\n]+=+\s*")
# a contents list's entry: a Markdown link to a heading of the same page ("- [Clashes on the border](#clashes)")
# a plain-text contents list: its heading, then numbered lines of a few words ("Contents\n1 Early contacts\n2 The war")
_CONTENTS_BLOCK = re.compile(r"(?:Contents|Table of contents|On this page|In this article)[ \t]*(?:\n[ \t]*\d+(?:\.\d+)*\.?[ \t]+[^\n]{1,80})+\s*",
                             re.I)
# the whole of such a list in a text: its title alone on its line (a blank line may follow), then two numbered lines or
# more, each short ("1. Introduction\n2. Beginnings, 1947-1970\n3. Trade and aid, 1970-1990")
_CONTENTS_RUN = re.compile(r"^[ \t]*(?:Table of contents|Contents|CONTENTS)[ \t]*\n(?:[ \t]*\n)?"
                           r"(?:[ \t]*\d{1,2}(?:\.\d{1,2})*\.?[ \t]+[^\n]{1,80}(?:\n|\Z)){2,}", re.M)
# (a numbered list's next number may end the sentence the splitter cut: "[The 2007 treaty](#2007)\n2.")
# (h14tune) or one line of them after a label, parted by middle dots ("*Contents:* [The 1950 treaty](#treaty) · [Rivers](#rivers)")
_CONTENTS_LINK = re.compile(r"(?:[*_]{0,2}(?:Contents|On this page|In this article|Jump to)[*_]{0,2}:[*_]{0,2})?"
                            r"(?:\s*(?:[-*+·•|]|\d+\.)?\s*\[[^\]\n]+\]\(#[^)\s]*\))+\s*(?:\d+(?:\.\d+)*\.\s*)?")
# a glossary's entry: a bold term (no date in it: "**1974:**" opens a timeline's entry), then a colon and its definition
# opened by an article or a word in lower case ("- **Rann of Kutch**: the salt marsh ...", "**SEATO:** a defence pact")
_GLOSSARY_ENTRY = re.compile(r"(?:[-*+•][ \t]+)?\*\*[^*\n\d]{1,60}?(?::\*\*|\*\*(?:[ \t]+or[ \t]+\*\*[^*\n\d]{1,60}\*\*)?[ \t]*:)"
                             r"[ \t]+(?:the|an?)?[ \t]*[a-z]")
# a body's meeting whose host is named after it: "the G8 summit hosted by Italy", "the APEC summit that Chile hosted",
# "the summit that Baghdad had been due to host"
_MEETING_NOUNS = frozenset("summit summits conference meeting".split())
_HOST_AFTER = re.compile(r"\s*(?:(?:hosted|chaired|organi[sz]ed) by(?: the)?\s+$|,?\s*(?:that|which)\s+(?:the\s+)?$)")
_HOST_VERB = re.compile(r"\s+(?:had\s+been\s+due\s+to\s+|was\s+(?:due\s+)?to\s+|would\s+)?(?:host|hosted|chaired|organi[sz]ed)\b")


def _named_host(text: str, event: Event, inside, organizations) -> bool:
    """Whether a meeting noun's 043 pairs a body with the state named after the noun as the meeting's host ("the
    APEC summit that Chile hosted", "the G8 summit hosted by Italy"): the host receives the body's members; no meeting
    of the host with the body."""
    if event.trigger_span is None or not (event.source in organizations) ^ (event.target in organizations):
        return False
    host, body = (event.target, event.source) if event.source in organizations else (event.source, event.target)
    end = event.trigger_span[1]
    for m in inside:
        if m.start >= end and m.entity == body and m.start - end < 12:
            end = m.end  # "the summit of the Non-Aligned Movement that Lima had been due to host"
        elif m.start >= end and m.entity == host:
            if m.start - end > 40 or not _HOST_AFTER.match(text, end, m.start):
                return False
            return text.startswith(("by", "By"), m.start - 3) or _HOST_VERB.match(text, m.end) is not None
    return False


# between a host's verb and the body it aims at: the body is a party to talks, not the one whose meeting is held
_PARTY_OF_TALKS = re.compile(r"\b(?:between|with|and)\b")


def _a_bodys_meeting(text: str, event: Event, inside) -> bool:
    """Whether the organization a host's event aims at is named after the verb as the body whose meeting is held
    ("hosted the summit of the Non-Aligned Movement", "hosted the SAARC summit"), not as a party to talks it hosted
    ("hosted the talks between the United States and the Taliban")."""
    if event.trigger_span is None:
        return False
    end = event.trigger_span[1]
    for m in inside:
        if m.entity == event.target and m.start >= end:
            return _PARTY_OF_TALKS.search(text, end, m.start) is None
    return False


# a wiki talk page's signature: a dash, the user's name and "(talk)" after a comment
# ('"Leave it." - Editor42 (talk)'), or the bold name before the comment ("> **Editor42** (talk) 11:02, 2 March 2011: ...")
_TALK_SIGNATURE = re.compile(r"(?:[-–—][ \t]*[\w.'-]+(?:[ \t][\w.'-]+)?|\*\*[\w.'-]+\*\*)[ \t]+\(talk\)")
# the apparatus after an article's text: its cited works name treaties and wars ("Text of the Delhi Pact",
# "Pakistan conducts nuclear tests") without telling an act of the history
_BACK_MATTER = re.compile(r"(?:[\d.]+\s+)?(?:references|notes|notes and references|sources|bibliography|further reading|"
                          r"external links|citations|footnotes|works cited|literature)\W*(?:edit\W*)?", re.IGNORECASE)


# what the page title naming two states counts for, against 1 for each event of a pair and 0.5 for a sentence
TITLE_PAIR_WEIGHT = 2.5


# a date that names its month or year ("on November 16", "in 1956"), unlike "yesterday" or "last week"
_APPOSED_DATE = re.compile(r"\s*,\s*(?:in|on)?\s*(?:the\s+)?")
_CALENDAR_NAMED = re.compile(r"\d{3,4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b", re.IGNORECASE)


# (irregular participles too: "where British troops had shot hundreds in 1919", "had sent", "had met", "had won")
_UNTIL_CLAUSE = re.compile(r"\b(?:last|first|only)\s[^.;:]{0,80}?\b(?:until|till)\s+\S+\s+\S+[^,.;:]{0,50}?\s(?:in|on)\s+$")
_PLUPERFECT_BEFORE = re.compile(
    r"\bhad\s+(?:\w+\s+)?\w+(?:ed|en|ned|ung|ought|aught|ade|igned|ot|ent|eld|ost|et|ept|on|own|awn|uck|uilt|aid|eft)\b[^,;.]*$")


def _recent(timex, published: str | None) -> bool:
    """A date of the report's own days: within a month before its publication, not after it."""
    if not published or not timex.begin or not timex.until:
        return False
    try:
        day = datetime.date.fromisoformat(published[:10]) if len(published) >= 10 else None
    except ValueError:
        return False
    return day is not None and (day - datetime.timedelta(days=31)).isoformat() <= timex.begin and timex.until[:10] <= published[:10]


def _before_an_earlier_date(unit, earlier) -> bool:
    """Whether a time unit ends in a year before one an earlier unit of the sentence begins in."""
    until = (unit[3] or unit[2]).until
    for v in earlier:
        if v[2].begin and until and until[:4] < v[2].begin[:4]:
            return True
    return False


def _report_starts(doc: Document) -> list[int]:
    """Where each report of a page of several reports starts: at its dateline or stamp line, or at the title right
    above it (a feed's item title over its stamp line, which names the report's topic)."""
    titled = {section.end: section.start for section in doc.sections if section.heading_span is not None}
    starts = []
    for start, _end, _day in doc.meta.get("articles") or ():
        above = titled.get(start)
        starts.append(above if above is not None and above < start else start)
    return starts


def _background_section(doc: Document, index: int) -> bool:
    """A report's section under a heading of its own after the one with its dateline: a backgrounder's history
    ("HARARE, April 23 - ..." then "Comrades from the bush war"), told as a story whose dates carry on."""
    lead = doc.meta.get("dateline")
    if not lead or index >= len(doc.sections):
        return False
    section = doc.sections[index]
    if section.heading_span is None or section.start <= lead[1]:
        return False
    # in a feed the first item's dateline leads that item only: the items after it, each under its own title, are
    # reports of their own days, not that report's backgrounder (an archive page of reprinted reports is left as it
    # was: its later reports go on with the dates the reports before them told)
    articles = doc.meta.get("articles") if doc.format == "feed" else None
    if articles:
        for start, end, _day in articles:
            if start <= lead[0] < end:
                return section.start < end
    return True


def _narrative_after(doc: Document, timexes, start: int, end: int, is_title: bool, narrative: Dated | None,
                     news: bool = False) -> Dated | None:
    """The story's time after a sentence: its last date, if precise enough, else the time before it.

    In a news report only a date the text spells out, of the report's own days, carries on to the sentences
    after it: "yesterday", "before May 1972" or "an agreement signed in 1975" date their own sentence, the
    rest is the day's news.
    """
    own = units(doc, timexes, start, end) if not is_title else []
    if not own:
        return narrative  # no date in the sentence (most sentences): nothing below can change the story's time
    # "the treaty it had signed with Moscow in 1974": an earlier act's date is no time the story has reached
    # (plain loops in this function: a local a comprehension reads is a cell made at every call)
    # "the last president to come until Clinton came in 2000": a date in an "until" clause with a subject and verb of
    # its own after "the last", "the first" or "the only" looks ahead to a time the story has not reached (not "the
    # war dragged on until the two settled it in 1938": the story goes on from there)
    kept = []
    for u in own:
        if (doc.text.find("had", (u[0] - 60 if u[0] - 60 > start else start), u[0]) < 0
                or not _PLUPERFECT_BEFORE.search(doc.text, max(start, u[0] - 60), u[0])) \
                and not (doc.text.find("til", max(start, u[0] - 150), u[0]) >= 0  # ("until", "till": the pattern needs one)
                         and _UNTIL_CLAUSE.search(doc.text, max(start, u[0] - 150), u[0])):
            kept.append(u)
    own = kept
    if news:
        kept = []
        for u in own:
            if _CALENDAR_NAMED.search(u[2].text) and _recent(u[2], report_day(doc)):
                kept.append(u)
        own = kept
    # "Two years later, in March 1985, ...": a calendar date set right after a counted one says which time it means
    kept = []
    for i, u in enumerate(own):
        if not (u[2].anchor == "narrative" and i + 1 < len(own) and own[i + 1][2].anchor == "absolute"
                and _APPOSED_DATE.fullmatch(doc.text, u[1], own[i + 1][0])):
            kept.append(u)
    own = kept
    # "In February 1976 Amin claimed that the land had been Uganda's until the British moved the boundary in 1902": a
    # date in a year before one told earlier in the sentence looks back; the story stays where the sentence set it
    if len(own) > 1:  # (one date has none before it: most sentences)
        kept = []
        for i, u in enumerate(own):
            if not _before_an_earlier_date(u, own[:i]):
                kept.append(u)
        own = kept
    if own:
        unit = own[-1]
        dated = _dated(unit[2], unit[3], "narrative", doc.text[unit[0] : unit[1]])
        if dated is not None and dated.precision == "range" and _looks_back_over(dated) \
                and _RELATIONS_SURVEYED.search(doc.text, start, end):
            return narrative  # "Relations between India and Pakistan from 1947 to 1990 were marked by three wars": a
            # look back over the pair's decades, no time the story has reached; the acts told next keep their own
        if dated is not None and dated.precision in ("day", "month", "year", "range", "season", "decade"):
            return dated
    return narrative


_RELATIONS_SURVEYED = re.compile(r"\b(?:[Rr]elations|[Tt]ies|[Rr]elationship)\b")
SURVEY_YEARS = 10  # a range this long or longer, over relations, is a survey ("from 1950 to 1990"), not a scene


def _looks_back_over(dated: Dated) -> bool:
    """Whether a range spans at least SURVEY_YEARS years ("1947/1990"), not a scene's few ("from 1950 to 1953")."""
    first, last = dated.begin[:4], dated.until[:4]
    return first.isdigit() and last.isdigit() and int(last) - int(first) >= SURVEY_YEARS


def _paragraph_pair(leading: tuple[str, ...] | None, named: dict, context: Context, family: Callable[[str], str],
                    state_lines: set[str]) -> tuple[str, ...] | None:
    """The pair a sentence's unnamed parties are: the document's leading pair, unless the sentence names no state of it
    and the paragraph's last sentences told an act between two other states ("China and the Soviet Union clashed on
    the Ussuri. The two sides held talks in Beijing" in a history of India and Pakistan: the two sides are China and
    the Soviet Union; the leading pair fills no missing party of an act about other states). An act with a body or a
    movement ("Iran stopped its aid to the Kurdish parties") leaves the leading pair in focus."""
    if not leading:
        return leading
    lines = set(map(family, leading))
    if lines & set(named):
        return leading
    told = context.last_act(False)
    if told is None or not told.source or not told.target:
        return leading
    told_lines = {family(told.source), family(told.target)}
    if told_lines & lines or not told_lines <= state_lines or len(told_lines) < 2:
        return leading
    return (told.source, told.target)


# how many sentences a state of the pair may go unnamed while the pair still fills the parties an act leaves unnamed:
# a chronology or textbook that has turned to other states ("Peace was signed in the spring", a dozen entries after
# one of the pair was last named) no longer tells the pair's acts (measured on the tuned page sets: 10 drops false events
# and loses no true one; 5, 8 and 9 lost true events after a page's furniture of many short lines, 12 dropped fewer)
FOCUS_REACH = 10


# a line of a fact box, "Diplomatic relations restored: November 1993": it dates its own act, not the story after it
_FACT_SENTENCE = re.compile(r"[A-Z][^\n.:;!?]{1,60}:[ \t][^\n.;!?]{0,40}\d")


# a sentence that opens with a titled person ("President Arzú", "Prime Minister Qarase", "General Pinochet")
_TITLED_OPENER = re.compile(r"(?:The\s+)?(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emperor|Shah|General"
                            r"|Marshal|Colonel|Foreign\s+Minister|Ambassador)\s+[A-Z][^\W\d_]+")
_TITLE_INITIALS = frozenset("TPCKQESGMFA")


# "the two governments", "both sides": a reference to a pair of states
_THE_TWO = re.compile(r"\b(?:[Tt]he two|[Bb]oth)\s+(?:governments|countries|states|sides|nations|neighbou?rs|capitals)\b")


def _the_two(text: str, start: int, end: int) -> bool:
    """Whether _THE_TWO finds "the two governments", "both sides" ... in text[start:end] (searched only where "he two" or
    "oth" stands: the search tries every position of the sentence, ~20 us on a long one)."""
    return (text.find("he two", start, end) >= 0 or text.find("oth", start, end) >= 0) \
        and _THE_TWO.search(text, start, end) is not None


def _pair_of_the_named(leading: tuple[str, ...], named: dict, pairs: Counter, latest: dict,
                       family: Callable[[str], str]) -> tuple[str, ...]:
    """The pair "the two governments" are in a sentence that names one state outside the leading pair: the pair of
    that state the document has told most ("Pakistan welcomed the new state, and in 1963 the two governments
    established diplomatic relations", after sentences on Iraq's claim to Kuwait: Pakistan and Kuwait)."""
    line = next(iter(named))
    if line in map(family, leading):
        return leading
    best, found = 0.0, leading
    for key, count in pairs.items():  # (the pairs told so far: a handful)
        if line in key and count >= best:
            best, found = count, latest[key]
    return found


def _unexpired(pair: tuple[str, ...] | None, family: Callable[[str], str], last_named: dict[str, int], sentence: int,
               heading: dict | None) -> tuple[str, ...] | None:
    """The pair in focus, unless it has expired: the section's heading or entry title names states and none of the
    pair (its acts are the heading's states': "1866 - Prussia and Austria" on a page about France and Britain), or
    one state of the pair was not named (by name, capital, leader or forces) in the last ``FOCUS_REACH`` sentences."""
    if not pair:
        return pair
    lines = list(map(family, pair))
    if heading and len(heading) > 1 and not any(map(heading.__contains__, lines)):
        # the heading's two states are the pair of its section, three make none (a heading of one state names a topic:
        # "Cyprus" in a history of Greece and Turkey)
        return tuple(heading.values()) if len(heading) == 2 else None
    seen = min(map(last_named.get, lines, itertools.repeat(-1)))
    if seen >= 0 and sentence - seen > FOCUS_REACH:
        return None
    return pair


def _leading_pair(pairs: Counter, latest: dict) -> tuple[str, ...] | None:
    """The pair the document is about so far: the most frequent pair of its events, the latest on a tie."""
    if not pairs:
        return None
    best = max(pairs.values())
    # insertion order: the last pair to reach the best count wins a tie (looked for from the end)
    for pair in reversed(pairs):
        if pairs[pair] == best:
            return latest[pair]
    return None  # (not reached: the best count is some pair's)


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
