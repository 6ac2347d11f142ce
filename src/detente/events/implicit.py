"""Actors a sentence leaves implicit: pronoun and elided subjects, "both governments", the pair a document
is about, and the target an act has without naming it."""

from __future__ import annotations

from detente.events.recode import codes
from detente.events.roles import (
    _closes_fronted,
    before_object_relative,
    beside_the_act,
    governed,
    left_agents,
    passed_by,
)

ANAPHORS = frozenset("this it these they such that those he she its their".split())


# words that may stand between a clause's start and its verb when the subject is left out ("and then also sent")
VERB_LEAD = frozenset("and then also later soon again further but so thereafter subsequently finally even still not".split())


# words before a state that make it no object a later "it" may stand for: a place ("in Egypt"), or a subject after a
# conjunction ("whereas India ...")
_NOT_GOVERNING = frozenset("in at near of and or but nor whereas while when although though because as if then".split())
OBJECT_PRONOUNS = frozenset("this it them these that those".split())
# what opens a clause after "that": "protested that the treaty ...", "said that it would ..."
_CLAUSE_SUBJECTS = frozenset("the a an its their his her it they he she this these those such".split())


SUBJECT_PRONOUNS = frozenset("they it he she we".split())

# past forms that do not end in -ed: "adopted Resolution 2758, which gave the seat to" (tune19)
_IRREGULAR_PAST = frozenset("gave made sent took set cut put struck brought won held kept paid sold built bound drew".split())
# more past forms of the lexicon's verbs, after "which" only: "Albania, which broke off relations with Moscow in 1961"
# is the state's act; a life told after "who" is not ("Musharraf, who had fought in the Kashmir war as a young officer")
_IRREGULAR_PAST_OF_STATES = _IRREGULAR_PAST | frozenset(
    "broke broken fought met withdrew withdrawn froze frozen sank sunk shot overthrew overthrown led lent left began begun "
    "flew flown sought stood told withheld given taken".split())


def _pronoun_subject(tokens, parts, trigger, clause, focus_event, persons=(), context=None) -> tuple[str, ...] | None:
    """A pronoun subject inside the clause ("because they refused to recognize"): the subject it stands for.

    Resolved to the last participant of the sentence before it that no preposition governs (the subject of
    the clause before), else what the sentence before gives (``Context.antecedent``), else the source of the
    event in focus. None when the sentence before names two states the pronoun may stand for: no act is coded.
    """
    start = clause[0]
    pronoun = next((i for i in range(trigger.first - 1, start - 1, -1) if tokens[i].low in SUBJECT_PRONOUNS
                    or (tokens[i].low in ("its", "their") and i + 1 < trigger.first and tokens[i + 1].low in FORCE_NOUNS
                        and not any(t.low in ("the", "a", "an") or t.text[:1].isupper() and t.low not in _MONTHS and k
                                    for k, t in enumerate(tokens[start:i], start)))
                    or (tokens[i].low in ("his", "her") and i + 1 < trigger.first and tokens[i + 1].low in LEADERS_ORGANS
                        and i == start)), None)
    if pronoun is None or any(start <= p.first and p.last < trigger.first and p.first > pronoun for p in parts):
        return ()
    before = [p for p in parts if p.last < pronoun]
    if tokens[pronoun].low in ("his", "her"):
        # "After Carlos Andrés Pérez became president of Venezuela, his government ...": the person's state
        person = next((p for p in reversed(before) if p.mention.kind == "person"), None)
        if person is not None:
            return person.codes[:1]
    for participant in reversed(before):
        if _told_that(tokens, participant, pronoun):
            continue  # "Moscow warned Peking that it would honor its treaty": the teller, not the told, is "it"
        if (participant.mention.kind == "person") != (tokens[pronoun].low in ("he", "she")) and tokens[pronoun].low != "they":
            continue  # "he" and "she" stand for a person, "it" for a state or body: "Khrushchev came to Belgrade, and he ..."
        if not _governed_anywhere(tokens, participant) and not _object_of_verb(tokens, participant):
            return participant.codes[:1] if tokens[pronoun].low != "they" else participant.codes
    if not before and context is not None and tokens[pronoun].low in ("it", "they"):
        found = context.antecedent(tokens[pronoun].low == "they")
        if found is not None:
            return found or None  # None: two states fit, no guess (not the doer of an older act either)
        kept = context.kept_topic() if tokens[pronoun].low == "it" and pronoun == 0 else None
        if kept is not None:
            return (kept,)  # "Senegal became independent. Its economy rested on French aid. It recognized ...": Senegal
    if tokens[pronoun].low in ("he", "she") and persons and persons[-1] and not any(
            t.text[:1].isupper() and t.low not in _MONTHS for t in tokens[1:pronoun]):
        # "Ranasinghe Premadasa, who became president in 1989, had opposed the accord. In June he demanded ...": the
        # person last named before the sentence, not the doer of the act told last
        return (persons[-1],)
    if focus_event is not None and focus_event.source:
        return (focus_event.source,)
    return ()


# "his government restored relations with Cuba": a leader's organ, named by a possessive opening the clause
LEADERS_ORGANS = frozenset("government administration regime cabinet ministers envoys".split())


# "its units were fighting", "when its forces occupied Badme": a state's force named by a possessive is that state
FORCE_NOUNS = frozenset("units troops forces army armies soldiers aircraft planes jets warships ships navy tanks artillery "
                        "gunners police".split())


_MONTHS = frozenset("january february march april may june july august september october november december".split())


# verbs whose object hears what follows "that"; a pronoun subject after it is the speaker's
TELLING = frozenset("warned warns warning told tells telling assured assures informed informs notified notifies "
                    "reminded reminds promised promises advised advises".split())


def _told_that(tokens, participant, pronoun: int) -> bool:
    before = participant.first - 1
    while before >= 0 and tokens[before].low in ("the", "its", "their"):
        before -= 1
    return before >= 0 and tokens[before].low in TELLING and any(t.low == "that" for t in tokens[participant.last + 1 : pronoun])


# words before a name that leave it the subject of what follows ("that Hungary would leave", "and Moscow agreed")
_SUBJECT_LEAD = frozenset("and but or that when while because after before as if so then which who whom whereas "
                          "although though since until once both".split())


def _object_of_verb(tokens, participant) -> bool:
    """Whether a name stands right after a lower-case word that is no function word: the object of a verb
    ('would leave the Warsaw Pact, and it appealed': 'it' is not the Pact)."""
    before = participant.first - 1
    while before >= 0 and tokens[before].low in ("the", "a", "an"):
        before -= 1
    if before < 0:
        return False
    word = tokens[before]
    return word.text.isalpha() and word.text.islower() and word.low not in _SUBJECT_LEAD and word.low not in _TIME_ADVERBS


# adverbs of time that end a fronted phrase, no verb: "Seven years later Khrushchev came", "a week afterwards Delhi";
# so too a unit of time ending one ("Within days China condemned ...")
_TIME_ADVERBS = frozenset("later earlier ago afterwards afterward subsequently thereafter meanwhile soon eventually finally "
                          "then next hours days weeks months years".split())


def _governed_anywhere(tokens, participant) -> bool:
    if governed(tokens, participant, 0):
        return True
    # "the dispute between Argentina and Britain": the second of two names after "between" is governed as the first is
    index = participant.first - 1
    if index > 0 and tokens[index].low == "the":
        index -= 1
    if index < 2 or tokens[index].low != "and":
        return False
    return any(tokens[i].low == "between" for i in range(max(0, index - 5), index - 1)) \
        and not any(tokens[i].text in (",", ";") for i in range(max(0, index - 5), index))


def _object_pronoun(tokens, trigger, end) -> bool:
    following = tokens[trigger.last + 1].low if trigger.last + 1 < (len(tokens) if len(tokens) < end else end) else ""
    return following in OBJECT_PRONOUNS and following not in ("that",)


GOVERNMENT_NOUNS = frozenset("regime government leadership authorities state republic".split())


def _names_a_government(tokens, position: int) -> bool:
    """'the new regime', 'the Bolshevik government': a government named by a common noun right after the verb."""
    words = [t.low for t in tokens[position : position + 4]]
    if not words or words[0] not in ("the", "its", "their"):
        return False
    return any(word in GOVERNMENT_NOUNS for word in words[1:])


# verbs that answer an act named after them: "Moscow answered the downing of its bomber with sanctions" tells who
# answered, not who downed it
ANSWERING = frozenset("answered answer answers answering avenged avenge avenges avenging".split())
NOUN_GOVERNORS = frozenset("to after following against over since despite about".split()) | ANSWERING


def _governed_noun(tokens, first: int, start: int) -> bool:
    """Whether a preposition governs a nominal act ("in reply to the invasion"), determiners between."""
    index = first - 1
    while index >= start and tokens[index].low in ("the", "a", "an", "its", "their", "his", "her", "this", "that"):
        index -= 1
    return index >= start and tokens[index].low in NOUN_GOVERNORS


PAIR_NOUNS = frozenset("governments countries sides states nations leaders powers neighbours neighbors".split())


def _they_the_pair(tokens, parts, start: int, end: int) -> bool:
    """'persuaded both governments to stop the fighting, and they agreed to a ceasefire': a subject "they" before the
    verb whose nearest antecedent in the sentence is "both governments" or "the two sides" (no state named after it)
    stands for the two states the text is about."""
    pronoun = next((i for i in range(end - 1, start - 1, -1) if tokens[i].low == "they"), None)
    if pronoun is None:
        return False
    for index in range(pronoun - 2, -1, -1):
        if tokens[index].low in ("both", "two") and tokens[index + 1].low in PAIR_NOUNS:
            return not any(index < p.first < pronoun for p in parts)
    return False


# what may stand between a bare "the two" and its verb: "the two (then, finally, formally) restored relations"
_AFTER_BARE_TWO = frozenset("then again finally soon later eventually also at last once more".split())


def _names_the_pair(tokens, start: int, end: int) -> bool:
    """'both governments', 'the two sides' before the trigger, or 'the two' alone as its subject: the two states the
    text is about."""
    for index in range(start, max(start, end - 1)):
        if tokens[index].low in ("both", "two") and tokens[index + 1].low in PAIR_NOUNS:
            return True
    for index in range(max(start + 1, end - 4), end):
        if tokens[index].low == "two" and tokens[index - 1].low == "the" and all(
                token.low in _AFTER_BARE_TWO or token.low.endswith("ly") for token in tokens[index + 1 : end]):
            return True  # "In 1991 the two restored them", "The two finally resumed talks"
    return False


NEIGHBOUR_NOUNS = frozenset(("neighbour", "neighbor"))


def _names_its_neighbour(tokens, start: int, end: int) -> bool:
    """'Its (southern) neighbour' as the subject before the trigger: the other state of the pair in focus."""
    for index in range(start, max(start, end - 1)):
        if tokens[index].low == "its" and (tokens[index + 1].low in NEIGHBOUR_NOUNS or index + 2 < end
                                           and tokens[index + 2].low in NEIGHBOUR_NOUNS):
            return True
    return False


def _refers_back(tokens) -> bool:
    return bool(tokens) and tokens[0].low in ANAPHORS


def _elided_subject(tokens, parts, trigger, clause, previous_sources, focus_event) -> tuple[str, ...]:
    """The subject a clause leaves out: a coordinated verb's ("..., and orchestrated"), or the focus's ("This caused")."""
    start = clause[0]
    if start > 0 and tokens[start - 1].low in ("which", "who") and trigger.entry["form"] == "verb" and \
            trigger.first - start <= 1 and (tokens[trigger.first].low.endswith(("ed", "s")) or tokens[trigger.first].low in
                                            (_IRREGULAR_PAST_OF_STATES if tokens[start - 1].low == "which" else _IRREGULAR_PAST)):
        # "Clinton signed the Helms-Burton Act, which tightened the embargo": the state of the clause it hangs on
        if tokens[start - 1].low == "who" and start >= 3 and tokens[start - 2].text == ",":
            # "refused to recognize the government of Victoriano Huerta, who had seized power": the person named
            # before "who", whose state the text may not give; not the main clause's subject
            named = next((p for p in parts if p.last == start - 3), None)
            if named is None:
                # "Maxim Litvinov, People's Commissar for Foreign Affairs, who arrived": a person before an apposition
                named = next((p for p in reversed(parts) if p.last < start - 3 and p.mention.kind == "person"
                              and tokens[p.last + 1].text == ","
                              and not any(t.text in (",", ";") for t in tokens[p.last + 2 : start - 2])), None)
            if named is not None:
                return named.codes[:1]
            if tokens[start - 3].text[:1].isupper():
                return ()
        main = left_agents(parts, tokens, 0, start - 1)
        if main:
            return tuple(code for p in main for code in p.codes)
    subject = trigger.first - 1
    if subject > start and tokens[subject].text[:1].isupper() and tokens[subject].low not in _MONTHS \
            and tokens[subject - 1].low in ("and", "but", ",", "while") and not any(p.first <= subject <= p.last for p in parts):
        return ()  # "..., and Öcalan left Syria": a subject of its own, a person the text names, no state's
    if start > 0 and tokens[start - 1].text == "," and not _closes_fronted(tokens, start - 1) \
            or (start < len(tokens) and tokens[start].low == "and"):
        # (not after the comma of a fronted clause: "When Germany invaded the Soviet Union, the diplomatic corps was
        # evacuated" has a subject of its own)
        if previous_sources:
            return previous_sources
    opener = tokens[0].low if tokens else ""
    before = [t for t in tokens[start : trigger.first] if t.low not in VERB_LEAD and t.text[:1].isalpha()]
    if not before and start > 0 and "but" in (tokens[start].low, tokens[start - 1].low):
        # "; the Soviet Union attended the conference but refused to sign": the subject of the verb before "but",
        # named in its part of the sentence (not the doer of the act in focus)
        opened = max((i for i in range(start) if tokens[i].text == ";"), default=-1) + 1
        subject = next((p for p in parts if opened <= p.first and p.last < start and not _governed_anywhere(tokens, p)
                        and not _object_of_verb(tokens, p)), None)
        if subject is not None:
            return subject.codes[:1]
    if focus_event is not None and (opener in ANAPHORS or not before):
        return (focus_event.source,) if focus_event.source else ()
    return ()


# prepositions that open a relative on the other party of an act ("Nicaragua, with which Ecuador broke off relations")
_RELATIVE_PREPOSITIONS = frozenset("with against to".split())
_TIME_UNITS = frozenset("year month week day spring summer autumn fall winter decade".split())


_BECAME = frozenset("became becomes gained gains won wins declared declares proclaimed proclaims achieved".split())


def _became_independent(tokens, last: int) -> bool:
    """Whether the state named up to token ``last`` is the subject of "became independent", "declared its
    independence" and the like: a new state, which a "recognised it" after it stands for."""
    if last + 2 >= len(tokens) or tokens[last + 1].low not in _BECAME:
        return False
    for token in tokens[last + 2 : last + 5]:
        if token.low.startswith("independen"):
            return True
    return False


def _implicit_target(tokens, parts, trigger, sources, last_states, focus_event, pronoun_only=False) -> tuple[str, ...]:
    """A target the clause does not name: 'countered this' points back; else the next state named in the sentence."""
    for i in range(trigger.first - 1, trigger.first - 8 if trigger.first > 8 else 2, -1):
        if tokens[i].low in ("which", "whom") and tokens[i - 1].low in _RELATIVE_PREPOSITIONS and tokens[i - 2].text == ",":
            # "his criticism of Nicaragua, with which Ecuador broke off relations": the state the relative opens on
            antecedent = next((p for p in parts if p.last == i - 3 and not set(p.codes) <= set(sources)), None)
            if antecedent is not None:
                return antecedent.codes[:1]
            break
    after = [t.low for t in tokens[trigger.last + 1 : trigger.last + 3]]
    if after[:1] == ["that"] and after[1:2] and (after[1] in _CLAUSE_SUBJECTS or tokens[trigger.last + 2].text[:1].isupper()):
        after = []  # "protested that the filling of its reservoir cut the river": "that" opens what was said, no pronoun
    if "that" in after and trigger.last + 2 + after.index("that") < len(tokens) \
            and tokens[trigger.last + 2 + after.index("that")].low in _TIME_UNITS:
        after = []  # "broke off relations later that year": "that" names a time, it points back to no state
    if any(word in OBJECT_PRONOUNS for word in after):
        if focus_event is not None and focus_event.source and focus_event.source not in sources \
                and not any(p.last < trigger.first and not set(p.codes) <= set(sources) for p in parts):
            # "Israel annexed the Golan Heights in 1981. Washington condemned it": the act told last, or its
            # doer, is what the pronoun stands for (not the last state named, the one the act was done to)
            return (focus_event.source,)
        if "it" in after and trigger.entry["cameo"][:2] != "11":
            # "voted to break relations with Havana and to suspend all trade with it": the state named last before the
            # act in the same sentence, no doer of it, is what "it" stands for (not a state of the sentence before;
            # not after "condemned", where "it" is an act told before)
            for p in reversed(parts):
                if p.last < trigger.first and not set(p.codes) <= set(sources) and p.mention.kind != "person":
                    # an object (after a verb or a preposition), not a subject of its own ("while Gabon recognized it")
                    # nor a place where something named before it is ("a UN force in Egypt ... sent soldiers to it")
                    if _became_independent(tokens, p.last):
                        return p.codes[:1]  # "On 24 May 1993 Eritrea became independent, and Kenya recognised it": the new state
                    governor = p.first - 2 if p.first >= 2 and tokens[p.first - 1].low == "the" else p.first - 1
                    word = tokens[governor].text if governor >= 0 else ""
                    if not any(t.text == ";" for t in tokens[p.last + 1 : trigger.first]) and word.isalpha() \
                            and word.islower() and word not in _NOT_GOVERNING:
                        return p.codes[:1]
                    break
        for code in reversed(last_states):
            if code not in sources:
                return (code,)
        if focus_event is not None and focus_event.target and focus_event.target not in sources:
            return (focus_event.target,)
    if pronoun_only:
        return ()
    later = [p for p in parts if p.first > trigger.last and not set(p.codes) <= set(sources)
             and not (p.first > 0 and tokens[p.first - 1].low == "without" and p.mention.via != "adjective")  # "met without Britain": left out
             and not beside_the_act(tokens, p, trigger)  # "with Italy as guarantor", "protested that ... between A and B"
             and not passed_by(tokens, p, trigger, trigger.entry["cameo"][:2])]  # "sent rifles through Niger"
    later = before_object_relative(tokens, later, trigger)  # "the sanctions that Britain imposed"
    boundary = _fronted_clause_end(tokens, trigger)
    if boundary is not None:
        # "When Spain withdrew from the Western Sahara in 1976, Algeria backed the Polisario": the subject of the
        # main clause acts on its own; an act told with its object in the fronted clause is not aimed at it
        later = [p for p in later if p.first < boundary]
    relative = next((i for i in range(trigger.last + 1, len(tokens) - 2) if tokens[i].text == ","
                     and tokens[i + 1].low in ("which", "whom") and tokens[i + 2].text[:1].isupper()), None)
    if relative is not None:
        # "revived its claim to the region of Tindouf, which French administrators had attached to Algeria": who is
        # named as the subject of a relative clause about the object is no party to the act (not "the Manila Pact,
        # which created the Southeast Asia Treaty Organization", where what the object made is named)
        later = [p for p in later if p.first < relative]
    contrast = next((i for i in range(trigger.last + 1, len(tokens) - 1) if tokens[i].text == ","
                     and tokens[i + 1].low in ("while", "whereas")), None)
    if contrast is not None and _same_act_after(tokens, trigger, contrast):
        # "refused to recognize the secessionist state, while Tanzania and Gabon recognized it", "Syrian tanks crossed
        # the ceasefire line, while Egyptian troops crossed the canal": the states of a contrasting clause that does
        # the same act do their own, not this one's object (but "went ashore, while Argentine aircraft attacked the
        # warships": the foe answering)
        later = [p for p in later if p.first < contrast]
    semicolon = next((i for i in range(trigger.last + 1, len(tokens)) if tokens[i].text == ";"), None)
    if semicolon is not None and any(semicolon < p.first <= semicolon + 2 for p in later):
        # "crossed the border and took the pass; Britain stopped its arms sales": a state opening the clause after a
        # semicolon is the subject of an act of its own, and what that clause names is no object of this one
        later = [p for p in later if p.first < semicolon]
    if later:
        # "brokered the peace, and many in Whitehall took that as a sign of how far British influence had fallen": a
        # clause after ", and" whose subject is a pronoun or a quantity tells something else; what it names is no object
        for i in range(trigger.last + 1, later[-1].first - 2):
            if tokens[i].text == "," and tokens[i + 1].low == "and" and tokens[i + 2].low in _OWN_SUBJECTS:
                later = [p for p in later if p.first < i]
                break
    if later and later[0].first > trigger.last + 2 and codes()[trigger.entry["cameo"]]["polarity"] == "conflict":
        # (a friendly act's object is often the next clause's subject, answering in kind: "Khrushchev agreed to
        # withdraw the missiles, and the United States pledged not to invade Cuba")
        later = [p for p in later if p.first < _own_clause_after_and(tokens, later, trigger.last)]
    if later:
        return later[0].codes
    if any(tokens[i].low in ("its", "their") and not (i + 1 < len(tokens) and tokens[i + 1].low == "own")
           for i in (trigger.first + 1, trigger.last + 1) if i < len(tokens)):
        # "Vietnam's coast guard said Chinese vessels had rammed its ships": what was done to "its" things was done
        # to the speaker, the state named just before the verb of saying
        speaker = next((p for p in parts if p.last < trigger.first and not set(p.codes) <= set(sources)
                        and any(t.low in _SAYING for t in tokens[p.last + 1 : p.last + 5])), None)
        if speaker is not None:
            return speaker.codes[:1]
    if _names_a_government(tokens, trigger.last + 1):
        # "refused to recognize the new regime": the other state last named
        earlier = [code for p in parts if p.last < trigger.first for code in p.codes]
        for code in list(reversed(earlier)) + list(reversed(last_states)):
            if code not in sources:
                return (code,)
    if tokens and tokens[0].low in ANAPHORS and focus_event is not None:
        pair = [code for code in focus_event.actors if code not in sources]
        return tuple(pair[:1])
    return ()


# subjects of a clause after ", and" that are no state: "and many in Whitehall took that as a sign"
_OWN_SUBJECTS = frozenset("many some most others few it they he she this these those we".split())


def _own_clause_after_and(tokens, later, start: int) -> int:
    """Where a clause after ", and" opens with a subject of its own that acts on another state ("imposed sanctions,
    and Saudi Arabia began to supply Pakistan"): that state acts on a third, and what the clause names is no object
    of the act before; the sentence's length when there is none (not "sanctions on Iraq, and Iran": a list, no verb
    after the state; nor "sent infiltrators into Kashmir, and Indian troops seized the pass": the foe answering)."""
    for part in later:
        before = part.first - 2 if part.first >= 2 and tokens[part.first - 1].low == "the" else part.first - 1
        if before > start and tokens[before].low == "and" and tokens[before - 1].text == "," \
                and part.last + 1 < len(tokens) and tokens[part.last + 1].text.isalpha() \
                and tokens[part.last + 1].text.islower() and tokens[part.last + 1].low not in _LIST_JOINS \
                and any(other.first > part.last and not set(other.codes) & set(part.codes) for other in later):
            return before - 1
    return len(tokens)


_LIST_JOINS = frozenset(("and", "or", "of", "nor"))


# verbs of saying after a state or its organ: "Vietnam's coast guard said", "the Indian army reported"
_SAYING = frozenset("said says reported reports announced announces claimed claims complained complains charged charges "
                    "alleged alleges protested protests".split())


def _same_act_after(tokens, trigger, contrast: int) -> bool:
    """Whether the clause after ``contrast`` tells the trigger's act again: one of its words of five letters or more
    begins with the same five letters ("recognize" / "recognized", "crossed" / "crossed")."""
    stems = {t.low[:5] for t in tokens[trigger.first : trigger.last + 1] if len(t.low) >= 5}
    for token in tokens[contrast + 2 :]:
        if token.text in (";", ":"):
            break
        if len(token.low) >= 5 and token.low[:5] in stems:
            return True
    return False


# words that open a clause put before the main one ("When Spain withdrew ..., Algeria ...")
FRONTING = frozenset("when after as once before while although though because since until whereas".split())


def _fronted_clause_end(tokens, trigger) -> int | None:
    """The comma that ends a fronted subordinate clause holding the trigger, when the trigger names its object
    there ('withdrew from the Western Sahara', 'left Aden'); None otherwise ("When Iraq attacked in 1980, Iran
    ...": an act with no object of its own may be aimed at the main clause's subject)."""
    opener = None
    for index in range(trigger.first - 1, -1, -1):
        if tokens[index].text in (",", ";", ":"):
            break
        if tokens[index].low in FRONTING and (index == 0 or tokens[index - 1].text == ","):
            opener = index
            break
    if opener is None:
        return None
    comma = next((i for i in range(trigger.last + 1, len(tokens)) if tokens[i].text in (",", ";", ":", "(")), None)
    if comma is None or tokens[comma].text != ",":
        return None
    following = tokens[trigger.last + 1] if trigger.last + 1 < comma else None
    if following is None or following.low in ("in", "on", "at", "during", "early", "late", "that", "this", "last"):
        return None  # nothing after the verb but its date
    if following.text[:1].isdigit():
        return None
    return comma
