"""Who acts on whom among a sentence's participants: plain lists of states, places where an act happens,
blocs and their members, the agent of a criticized act, the state a measure is extended to."""

from __future__ import annotations

import operator
from collections.abc import Callable

from detente.actors import gazetteer
from detente.events.recode import codes
from detente.events.roles import (
    TITLES,
    Participant,
    is_passive,
    joined_by,
    noun_agent,
    seated_name,
    subject_apposition,
)
from detente.events.triggers import Token, Trigger

_LOW = operator.itemgetter(1)  # Token.low, read in C

BlocMembers = Callable[[str], tuple[str, ...]]


# nouns after a capital or seat that make it a place: "the White House lawn", "the Kremlin walls"
PLACE_NOUNS = frozenset("lawn lawns garden gardens steps grounds airport square hotel station walls gates palace".split())
LOCATIVE = frozenset("at in near outside inside off across over above".split())


_PLAIN_LIST = frozenset({",", "and", "the", "both"})


EXTENDING = frozenset("extend extended extends extending expand expanded expands expanding widen widened broaden broadened".split())


def _extended_to(tokens: list[Token], parts: list[Participant], trigger: Trigger, clause) -> tuple[str, ...]:
    """The states a measure is extended to ("extended its embargo to include Cuba", "expanded the sanctions to Iran")."""
    if trigger.entry["form"] != "noun" or not EXTENDING.intersection(map(_LOW, tokens[(trigger.first - 3 if trigger.first > 3 else 0) : trigger.first])):
        return ()
    for index in range(trigger.last + 1, clause[1] - 1):
        if tokens[index].low == "to":
            start = index + 2 if tokens[index + 1].low in ("include", "cover") else index + 1
            found = [p for p in parts if start <= p.first <= start + 2]
            if found:
                return found[0].codes
    return ()


def _addressee_elsewhere(tokens: list[Token], parts: list[Participant], trigger: Trigger) -> bool:
    """An appeal whose addressee, right after the verb, is no state ("asked Congress", "urged the Senate")."""
    position = trigger.last + 1
    if position >= len(tokens) or tokens[position].low in ("to", "for", "that", "on", "upon"):
        return False
    while position < len(tokens) and (tokens[position].low == "the" or tokens[position].low in TITLES):
        position += 1
    if position >= len(tokens) or not tokens[position].text[:1].isupper():
        return False
    if any(p.first <= position <= p.last for p in parts):
        return False
    # "asked the Council of the Organization of American States": an organ of a body or of another state, not one at home
    of = next((k for k in range(position + 1, min(len(tokens), position + 4)) if tokens[k].low == "of"), None)
    owner = next((p for p in parts if of is not None and of < p.first <= of + 2), None)
    own = {code for p in parts if p.last < trigger.first for code in p.codes}
    return owner is None or set(owner.codes) <= own


# acts two states named together as the subject do side by side, to a third or to no one: demands, complaints,
# refusals, boycotts ("Canada and Mexico refused to comply", "Egypt and Syria rejected the plan"); unlike what they do
# to each other (agree, sign, meet, end a war) or at each other (warships sent to the islets both claim)
SIDE_BY_SIDE_ROOTS = frozenset(("10", "11", "12", "14"))


def _plain_list(tokens: list[Token], members: list[Participant]) -> bool:
    """Whether participants are named as a plain list ("Britain, France and the United States"), not "X together with Y"."""
    for a, b in zip(members, members[1:], strict=False):
        between = {t.low for t in tokens[a.last + 1 : b.first]}
        if not between <= _PLAIN_LIST or not between & {",", "and"}:
            if _apposed_item(tokens, a, b):
                continue  # "Estonia, then an ally of Finland, and Latvia": the first item's apposition, then the next
            return False  # "the United Nations Security Council": names side by side are one body, not a list
    return True


def _apposed_item(tokens: list[Token], a: Participant, b: Participant) -> bool:
    """Whether ``a`` and ``b`` are listed with an apposition to ``a`` between them ("a, <apposition>, and b")."""
    closing = b.first - 2
    if closing > 0 and tokens[closing + 1].low == "the":
        closing -= 1
    return closing > a.last + 1 and tokens[closing + 1].low == "and" and tokens[closing].text == "," \
        and subject_apposition(tokens, closing) == a.last + 1


# what may join the stops of one journey besides a plain list's words: "travelled to Delhi and then to Karachi",
# "visited Hanoi, then Vientiane", "flew to Cairo and later to Amman"
_ITINERARY = _PLAIN_LIST | frozenset("then later afterwards subsequently next finally to on".split())


def _itinerary(tokens: list[Token], members: list[Participant], cameo: str) -> bool:
    """Whether the places a visit's verb names are the stops of one journey, each visited in turn: joined by "and" or a
    comma with at most "then", "later" and a repeated "to" besides (a visit to each)."""
    if cameo[:3] != "042":
        return False
    for a, b in zip(members, members[1:], strict=False):
        between = {t.low for t in tokens[a.last + 1 : b.first]}
        if not between <= _ITINERARY or not between & {",", "and"}:
            return False
    return True


def _joined_lists(tokens: list[Token], named: list[Participant], start: int) -> bool:
    """Whether the subjects are a plain list, then ", joined by" another plain list ("British and French troops,
    joined by Israeli paratroopers,"): all of them act."""
    split = next((k for k in range(1, len(named)) if joined_by(tokens, named[k].first, start) is not None), None)
    return split is not None and _plain_list(tokens, named[:split]) and _plain_list(tokens, named[split:])


def _leading_run(tokens: list[Token], named: list[Participant]) -> list[Participant]:
    """The first participants of ``named`` that follow one another as a plain list."""
    run = named[:1]
    for participant in named[1:]:
        if not _plain_list(tokens, [run[-1], participant]):
            break
        run.append(participant)
    return run


def charged_list(tokens: list[Token], parts: list[Participant], trigger: Trigger, sources) -> list[str]:
    """The states of a plain list that opens the clause a charge states right after its verb ("charged that Honduras
    and Nicaragua had armed the rebels", "alleged on Monday that Syria and Iraq were massing troops"): each is accused
    (as when the list is the verb's object, "accused Moscow and Havana of ..."); [] when no such list of two or more."""
    that = next((k for k in range(trigger.last + 1, min(len(tokens), trigger.last + 5)) if tokens[k].low == "that"), None)
    if that is None or any(trigger.last < p.first < that for p in parts):
        return []  # ("protested to Britain that France and Italy had ...": Britain is the one charged)
    after = [p for p in parts if p.first > that and len(p.codes) == 1 and p.codes[0] not in sources]
    if not after or after[0].first - that > 2:
        return []  # ("that the government of ...": the clause does not open with the list)
    run = _leading_run(tokens, after)
    return list(dict.fromkeys(p.codes[0] for p in run)) if len(run) >= 2 else []


# who stands behind a state: "its American backers", "their Soviet patrons"
_BACKERS = frozenset("backer backers ally allies patron patrons sponsor sponsors supporter supporters protector protectors "
                     "master masters".split())


def _and_its_backers(tokens: list[Token], named: list[Participant]) -> bool:
    """Whether two objects are a state and the state of its backers ("Israel and its American backers", "Cambodia
    and its Chinese patrons"): the second named only by the adjective of a noun of backing after "and its"."""
    if len(named) != 2 or len(named[0].codes) != 1 or len(named[1].codes) != 1 or named[1].mention.via != "adjective":
        return False
    after = named[1].last + 1
    return [t.low for t in tokens[named[0].last + 1 : named[1].first]] in (["and", "its"], ["and", "their"]) \
        and after < len(tokens) and tokens[after].low in _BACKERS


def own_states(tokens: list[Token], parts: list[Participant], trigger: Trigger, clause, sources) -> list[str]:
    """The states that declare their own independence, for subjects named as places of the state they leave
    ("Estonia and Latvia each declared independence in 1990", "Slovenia declared independence" while still in
    Yugoslavia): each place stands for the state of its name that follows its parent; [] when no subject is such a place."""
    named = [p for p in parts if clause[0] <= p.first and p.last < trigger.first and set(p.codes) <= set(sources)]
    if not any(p.mention.via == "place" for p in named) or len(named) > 1 and not _plain_list(tokens, named):
        return []
    return list(dict.fromkeys(_own_state(p) for p in named))


def _own_state(part: Participant) -> str:
    """The state named as the place is, once a state of its own after its parent; the parent otherwise."""
    if part.mention.via != "place":
        return part.codes[0]
    named = [gazetteer.entities()[ident] for ident in gazetteer.ids_named(part.mention.text)]
    states = [record for record in named if record["kind"] == "state" and record["code"] != part.codes[0]]
    for record in states:
        if part.codes[0] in record.get("predecessors", ()):
            return record["code"]
    if len({record["code"] for record in states}) == 1:
        # "Rhodesia declared independence in 1965": a colony's declaration makes the state of its name, whose
        # records need not list the empire it left among its predecessors
        return states[0]["code"]
    return part.codes[0]


def _joint(participant: Participant) -> bool:
    """A compound of two states that act together ("an Anglo-French landing"): a list of two, told in one word."""
    return participant.mention.entity == "JOINT" and len(participant.codes) == 2


def _paired_object(parts, trigger: Trigger, clause, sources, targets) -> Participant | None:
    """The pair named as one ("both Korean states", "the two Vietnams": a group of two states with a code of its own)
    after the act's first word ("urged the two Yemens to stop"), whose two states are all its targets, acted on by one state outside it; None otherwise."""
    if len(set(sources)) != 1:
        return None
    for p in parts:
        if trigger.first < p.first and p.last < clause[1] and p.mention.via == "group" and p.mention.kind == "group" \
                and len(p.codes) == 2 and set(p.codes) == set(targets) and sources[0] not in p.codes:
            return p
    return None


def named_group(parts, trigger: Trigger, sources) -> Participant | None:
    """The group of states named as the subject of an act ("the Arab states broke off relations with Bonn", "the
    Western powers protested to Moscow"): a group with a code of its own whose members are all the act's sources."""
    for participant in parts:
        if participant.last < trigger.first and participant.mention.via == "group" and participant.mention.kind == "group" \
                and len(participant.codes) >= 2 and participant.mention.entity and not _joint(participant) \
                and set(participant.codes) == set(sources):
            return participant
    return None


def _dyads(tokens, parts, trigger: Trigger, clause, sources, targets, pair=None, cameo=None) -> list[tuple[str, str]]:
    """One (source, target) pair per state of a plain list of subjects or objects of a directed act; [] otherwise."""
    if "intrans" in trigger.flags and not targets and len(set(sources)) >= 2 and trigger.entry["form"] != "noun":
        # "India and Pakistan became independent": each state's own happening
        named = [p for p in parts if clause[0] <= p.first and p.last < trigger.first and set(p.codes) & set(sources)]
        if len(named) >= 2 and _plain_list(tokens, named) and all(len(p.codes) == 1 for p in named):
            return [(code, None) for code in dict.fromkeys(sources)]
        return []
    if not targets and len(set(sources)) >= 2 and "sym" not in trigger.flags and trigger.entry["form"] == "verb" \
            and (cameo or trigger.entry["cameo"])[:2] in SIDE_BY_SIDE_ROOTS:
        # "Canada and Mexico refused to comply", "Egypt and Syria rejected the plan": each state of a plain list of
        # subjects does the act, at no one the clause names
        named = [p for p in parts if clause[0] <= p.first and p.last < trigger.first and set(p.codes) & set(sources)]
        if len(named) >= 2 and _plain_list(tokens, named) and all(len(p.codes) == 1 for p in named):
            return [(code, None) for code in dict.fromkeys(sources)]
    several = _several_parties(tokens, parts, trigger, clause, sources, targets, pair) if "sym" in trigger.flags else []
    if several:
        return several
    paired = _paired_object(parts, trigger, clause, sources, targets) if len(targets) == 2 else None
    if paired is not None:
        # "admitted both Korean states", "recognized the two Germanys", "sent aid to the two Yemens": a pair named as
        # one, acted on by another state, is acted on each; one act toward each of its two states
        return [(sources[0], code) for code in paired.codes]
    if len(set(sources + targets)) == 2 and (_reciprocal(tokens, trigger, cameo or trigger.entry["cameo"])
                                             or _missions_each_way(tokens, parts, trigger, clause, sources + targets,
                                                                   cameo or trigger.entry["cameo"])):
        # "the two countries fired missiles at each other's capitals", "accused one another", "recognized each other",
        # "exchanged ambassadors", "mutual expulsions", "reciprocal visits": a reciprocal act, hostile or friendly, is
        # two acts, one each way (the house convention since 2026-11-27); an agreement or a pledge between them
        # ("agreed not to attack each other's installations") stays one act of both
        first, second = dict.fromkeys(sources + targets)
        return [(first, second), (second, first)]
    if "sym" not in trigger.flags and len(set(sources + targets)) == 2 and _their_own(tokens, parts, trigger, clause) \
            and codes()[cameo or trigger.entry["cameo"]]["polarity"] == "conflict":
        # "both sides withdrew their ambassadors", "the two governments recalled their envoys": each its own, from the
        # other: two acts, one each way
        first, second = dict.fromkeys(sources + targets)
        return [(first, second), (second, first)]
    if "sym" in trigger.flags and targets and trigger.entry["form"] == "verb" and len(set(sources)) >= 2:
        # "Egypt and Syria broke off relations with the United States": each subject with the counterpart
        named = [p for p in parts if clause[0] <= p.first and p.last < trigger.first and set(p.codes) & set(sources)]
        # (the counterpart may follow the trigger's own "with": "established relations with Cuba")
        counterpart = [p for p in parts if p.first > trigger.last and "with" in {t.low for t in tokens[p.first - 2 : p.first]}
                       and set(p.codes) & set(targets)]
        if len(named) >= 2 and counterpart and _plain_list(tokens, named) and all(len(p.codes) == 1 for p in named):
            return [(s, t) for s in dict.fromkeys(sources) for t in counterpart[0].codes[:1] if s != t]
        return []
    if "sym" not in trigger.flags and targets and len(set(sources)) >= 2 and trigger.entry["form"] == "noun":
        # "the British and French attack on Egypt": demonyms listed right before the noun, one act of each
        named = [p for p in parts if p.last < trigger.first and trigger.first - p.last <= 6 and set(p.codes) & set(sources)]
        if len(named) >= 2 and all(p.mention.via == "adjective" and len(p.codes) == 1 for p in named) and _plain_list(tokens, named):
            return [(p.codes[0], t) for p in named for t in dict.fromkeys(targets[:1]) if p.codes[0] != t]
        if len(named) == 1 and _joint(named[0]):
            return [(code, t) for code in named[0].codes for t in dict.fromkeys(targets[:1]) if code != t]
        listed = [p for p in parts if p.first > trigger.last and set(p.codes) & set(sources)]
        if len(listed) >= 2 and tokens[listed[0].first - 1].low in ("by", "the") and "by" in \
                {t.low for t in tokens[max(0, listed[0].first - 2) : listed[0].first]} and _plain_list(tokens, listed) \
                and all(len(p.codes) == 1 for p in listed):
            # "A blockade of Qatar was imposed by Saudi Arabia, the Emirates, Bahrain and Egypt": one act of each doer
            return [(p.codes[0], t) for p in listed for t in dict.fromkeys(targets[:1]) if p.codes[0] != t]
        return []
    if "sym" not in trigger.flags and trigger.entry["form"] == "noun" and tokens[trigger.last].low in _AIMING and sources \
            and not (trigger.first > 0 and tokens[trigger.first - 1].low == "for"):  # (not "asked Congress for aid to A and B")
        aimed = _aimed_list(tokens, parts, trigger, clause, sources)
        if len(aimed) >= 2:
            # "sanctions on Poland and, a week later, on the Soviet Union", "aid to Egypt and Syria": one act on each
            return [(sources[0], code) for code in aimed]
    if "sym" in trigger.flags and trigger.entry["form"] == "verb" and len(set(sources)) == 1 and len(set(targets)) >= 2:
        mutual = _sym_list(tokens, parts, trigger, clause, sources, targets)
        if mutual:
            return mutual
    if "sym" in trigger.flags or not targets or not sources or trigger.entry["form"] != "verb" and not _bare_verb_phrase(trigger):
        return []  # a noun's subject list is often far from it ("A and B were for war with C"): one event
    unique_sources, unique_targets = list(dict.fromkeys(sources)), list(dict.fromkeys(targets))
    if len(unique_sources) < 2 and len(unique_targets) < 2:
        return []
    if len(unique_sources) >= 2:
        named = [p for p in parts if clause[0] <= p.first and p.last < clause[1] and set(p.codes) & set(sources)
                 and not set(p.codes) & set(targets)]
        before = [p for p in named if p.last < trigger.first]
        if len(before) >= 2 and _plain_list(tokens, before):
            named = before  # "British and French aircraft began bombing ..., a day after Egypt rejected an Anglo-French ultimatum"
        if len(named) == 1 and _joint(named[0]):
            pass  # "an Anglo-French force landed": each of the two acts
        elif len(named) == 1 and named[0].mention.via == "reference" and len(named[0].codes) == 2 \
                and named[0].last < trigger.first and not set(named[0].codes) & set(targets) \
                and not _told_after(tokens[trigger.first + 1 : clause[1]], ""):
            # "both governments left CENTO", "the two countries protested to Britain": each of the pair, to a third (not
            # a third named in what they agreed or said: "the two governments agreed that France would supply fuel")
            pass
        elif not named and any(t.low == "they" for t in tokens[clause[0] : trigger.first]):
            pass  # "Egypt and Syria planned together. They attacked Israel": doers the clause leaves to a pronoun, each acts
        elif len(named) < 2 or not (_plain_list(tokens, named) or _joined_lists(tokens, named, clause[0])) \
                or any(len(p.codes) > 1 for p in named):
            # ("About 1,900 Marines, joined by soldiers from Jamaica and Barbados, invaded": each of them acts)
            unique_sources = unique_sources[:1]
    if len(unique_targets) >= 2:
        # (after the verb's first word: a gap in the trigger may hold the list, "called on Honduras and El Salvador to
        # stop", "brought Shastri and Ayub Khan together")
        named = [p for p in parts if trigger.first < p.first and p.last < clause[1] and set(p.codes) & set(targets)]
        if not named and trigger.first > 1 and tokens[trigger.first - 1].text == "," and tokens[trigger.first].low.endswith("ing"):
            # "sent notes to London and Paris, demanding": the addressees listed before the participle's comma
            named = [p for p in parts if clause[0] <= p.first and p.last < trigger.first and set(p.codes) & set(targets)]
        if not named and is_passive(tokens, trigger):
            # "Greece and Turkey were admitted to NATO", "were attacked by Bulgaria": the patients listed before a passive
            named = [p for p in parts if clause[0] <= p.first and p.last < trigger.first and set(p.codes) & set(targets)]
        run = _leading_run(tokens, named)
        if len(run) >= 2 and len(run) < len(named) and all(len(p.codes) == 1 for p in run) and (
                _told_after(tokens[run[-1].last + 1 : named[len(run)].first], cameo or trigger.entry["cameo"])
                or _done_together(tokens[run[-1].last + 1 : named[len(run)].first])
                and set(unique_targets) <= {code for p in named for code in p.codes}
                or run[-1].last < trigger.last < named[len(run)].first and tokens[trigger.last].low.endswith("ing")):
            # "warned Britain and France that Soviet rockets could reach London and Paris": the list right after
            # the verb is its objects; states named later in a clause of what was said are none; so are those
            # named in what a list of states is accused of ("accused Moscow and Havana of arming the Salvadoran
            # rebels"); nor are those named after the participle that closes the act's phrase, in what the list was
            # sent ("sent notes to Britain, France and the United States proposing a treaty with Germany")
            named = run
            unique_targets = list(dict.fromkeys(p.codes[0] for p in run))
        if len(named) == 1 and _joint(named[0]):
            pass  # "rejected the Anglo-French ultimatum": aimed at each of the two
        elif len(named) == 1 and named[0].mention.via == "reference" and named[0].mention.kind != "organization" \
                and len(named[0].codes) == 2 and trigger.first < named[0].first \
                and not any(p.last < trigger.first and p.mention.kind == "organization" and sources[0] in p.codes for p in parts):
            # "called on both sides to cease fire", "cut off military supplies to both countries": aimed at each of
            # the pair; but a body's measure on both stays one act on the two ("the Security Council banned arms
            # sales to both")
            pass
        elif _and_its_backers(tokens, named):
            pass  # "condemned Israel and its American backers": the state and its backers' state, each a target
        elif len(named) < 2 or not (_plain_list(tokens, named) or _itinerary(tokens, named, cameo or trigger.entry["cameo"])) \
                or any(len(p.codes) > 1 for p in named):
            unique_targets = unique_targets[:1]
    if len(unique_sources) < 2 and len(unique_targets) < 2:
        return []
    return [(s, t) for s in unique_sources for t in unique_targets if s != t]


def _bare_verb_phrase(trigger: Trigger) -> bool:
    """Whether a phrase entry is one word, a verb's forms written out (so that its noun's forms stay out: "armed|arming",
    not "arms"): a verb all the same, whose plain list of objects is acted on each ("armed Laos and Cambodia")."""
    return trigger.entry["form"] == "phrase" and " " not in trigger.entry["phrase"]


_AIMING = frozenset(("on", "against", "to"))
_CHARGED_WITH = frozenset(("of", "with"))  # what a list of states is accused of or charged with


def _told_after(between: list[Token], cameo: str) -> bool:
    """Whether the words between a list of objects and the next state named open what they were told ("that"), or
    what they were accused of ("of", "with")."""
    words = {t.low for t in between}
    return "that" in words or cameo[:2] == "11" and not _CHARGED_WITH.isdisjoint(words)


def _done_together(between: list[Token]) -> bool:
    """Whether the words after a list of objects tell what they did with the subject: "joined India and Egypt in
    founding the Non-Aligned Movement" (the body founded is no object of "joined")."""
    return len(between) >= 2 and between[0].low == "in" and between[1].low.endswith("ing")
_LIST_WORDS = frozenset((",", "and", "the"))


def _aimed_list(tokens, parts, trigger: Trigger, clause, sources) -> list[str]:
    """The states a noun's preposition aims at, listed right after it: joined by 'and' and commas, or each after the
    same preposition again ("on Poland and, a week later, on the Soviet Union")."""
    after = [p for p in parts if trigger.last < p.first and len(p.codes) == 1 and p.codes[0] not in sources]
    if not after or after[0].first - trigger.last > 2 or after[0].first >= clause[1]:
        return []
    aimed = [after[0]]
    listed: list[Participant] = []  # states after a bare comma, kept once an "and" closes the list
    for part in after[1:]:
        between = [t.low for t in tokens[(listed or aimed)[-1].last + 1 : part.first]]
        if between == [","] and part.first < clause[1]:
            listed.append(part)  # "sanctions on India, Pakistan and Iran": a comma inside the list
            continue
        if "and" not in between or part.first >= clause[1] and not (listed and between[:2] == [",", "and"]):
            break  # (", and" closes a list of three or more, "India, Pakistan, and Iran", where a clause may end)
        if not (set(between) <= _LIST_WORDS or tokens[trigger.last].low in between[-2:] and len(between) <= 8):
            break
        aimed += listed + [part]
        listed = []
    return list(dict.fromkeys(p.codes[0] for p in aimed))


# what two states exchange, each giving the other: ambassadors, fire, prisoners (not instruments of ratification,
# which seal one agreement, nor information, pooled as one joint act); accusations, insults, threats or blows
# exchanged or traded (evopen11)
_EXCHANGED = frozenset("ambassadors envoys fire prisoners captives hostages spies detainees shots blows salvoes volleys "
                       "accusations charges allegations recriminations insults barbs invective denunciations jibes "
                       "polemics threats warnings ultimatums".split())
# a code for what two states settle together: one act of both, however worded
_ONE_ACT_OF_BOTH = ("03", "057", "046", "045")


def _reciprocal(tokens, trigger: Trigger, cameo: str) -> bool:
    """A reciprocal act of two states: "each other", "one another" or "the other" after "both sides" right after
    the trigger, an exchange of ambassadors, fire or prisoners, or a noun marked "mutual" or "reciprocal"."""
    if cameo.startswith(_ONE_ACT_OF_BOTH) or cameo[:2] != trigger.entry["cameo"][:2]:
        return False  # (an exchange refused or promised is one state's refusal or promise: "did not intend to exchange")
    first = tokens[trigger.first].low
    if first.startswith(("exchang", "trad")) and _EXCHANGED.intersection(t.low for t in tokens[trigger.first + 1 : trigger.last + 1]):
        return True  # "exchanged ambassadors", "exchanged artillery fire", "exchanged prisoners", "traded accusations"
    if first in ("ambassadors", "envoys") and any(t.low == "exchanged" for t in tokens[trigger.first : trigger.last + 1]):
        return True  # "ambassadors were exchanged"
    if trigger.entry["form"] == "noun" and trigger.first > 0 and tokens[trigger.first - 1].low in ("mutual", "reciprocal"):
        return True  # "mutual recognition", "reciprocal visits" (not "a mutual defence treaty": the treaty is one)
    if _each_other(tokens, trigger, inside=True):
        # (a meeting "with each other" is one act of both; embassies opened "in each other's capitals" are two)
        return "sym" not in trigger.flags or cameo[:2] != "04"
    return False


_OTHERS = frozenset(("other", "another"))  # the second words of "each other" and "one another"
# missions in the plural: two states that both open "embassies" or "liaison offices" open one each, in the other's capital
_PLURAL_MISSIONS = frozenset(("embassies", "legations", "consulates", "offices", "missions", "sections"))


def _missions_each_way(tokens, parts, trigger: Trigger, clause, codes, cameo: str) -> bool:
    """"The two countries opened embassies", "Israel and China opened embassies in 1992": the two states, both named
    as the subject (the caller checks that no third is named), open one mission each, in the other's capital (an
    agreement to open them is one act of both)."""
    if cameo[:2] != "05" or trigger.entry["cameo"][:2] != "05" or _PLURAL_MISSIONS.isdisjoint(map(_LOW, tokens[trigger.first : trigger.last + 1])):
        return False
    return set(codes) <= {code for p in parts if clause[0] <= p.first and p.last < trigger.first for code in p.codes}


def _each_other(tokens, trigger: Trigger, inside: bool = False) -> bool:
    """"each other" or "one another" right after the trigger ("fired at each other's ships", "accused one another"),
    or "the other" after a subject of both ("both sides accused the other"); ``_reciprocal`` says which acts this makes
    two (what two agree to do for each other is one act of both: "agreed not to attack each other's installations")."""
    words = list(map(_LOW, tokens[trigger.last + 1 : trigger.last + 4]))
    # (with ``inside``, also in a gap of the trigger: "expelled each other's diplomats", "released one another's prisoners")
    within = list(map(_LOW, tokens[trigger.first + 1 : trigger.last + 1])) if inside else []
    if not (_OTHERS.isdisjoint(words) and _OTHERS.isdisjoint(within)) and any(
            pair in (("each", "other"), ("one", "another")) for seq in (words, within) for pair in zip(seq, seq[1:], strict=False)):
        return True  # (the pairs read only when "other" or "another" is there: most acts have neither)
    # "both sides accused the other": "the other" after a subject of both
    # (or inside it: "each government expelled two of the other's diplomats")
    return (words[:2] == ["the", "other"] or inside and ("the", "other") in zip(within, within[1:], strict=False)) \
        and any(t.low in ("both", "each") for t in tokens[(trigger.first - 4 if trigger.first > 4 else 0) : trigger.first])


_APART = frozenset(("both", "each"))
# acts two states do side by side toward a third or none (tests, mobilizations, recognitions, aid, pledges); force,
# protests and cuts in relations told of "both" with no one else named are most often aimed at each other
_APART_ROOTS = frozenset(("03", "05", "06", "07", "15"))


def each_apart(tokens, parts, trigger: Trigger, clause, sources, targets) -> bool:
    """Whether two or more states named as a plain list of subjects, with "both" or "each" ("India and Pakistan both
    tested nuclear weapons", "Britain and France each recognized the new government", "both Cuba and Venezuela
    condemned"), do the act side by side, not to each other: the other subjects are all its targets, and it is no
    mutual act (a war, a treaty) and no reciprocal one ("each other", "both sides accused the other")."""
    if "sym" in trigger.flags or not targets or trigger.entry["form"] != "verb" or trigger.entry["cameo"][:2] not in _APART_ROOTS:
        return False
    named = [p for p in parts if clause[0] <= p.first and p.last < trigger.first]
    subjects = {code for p in named for code in p.codes}
    if len(named) < 2 or not set(targets) <= subjects or not set(sources) <= subjects or not _plain_list(tokens, named) \
            or _each_other(tokens, trigger, inside=True):
        return False
    # the marker stands with the subjects: before the first ("both Cuba and Venezuela") or between the last and the verb
    return named[0].first > 0 and tokens[named[0].first - 1].low in _APART \
        or not _APART.isdisjoint(t.low for t in tokens[named[-1].last + 1 : trigger.first])


def _their_own(tokens, parts, trigger: Trigger, clause) -> bool:
    """A verb whose object is the subjects' own ("both sides withdrew their ambassadors") with no state named after it:
    what the two do each with its own is done by each to the other."""
    if trigger.entry["form"] != "verb" or "their" not in set(map(_LOW, tokens[trigger.first + 1 : trigger.last + 1])):
        return False
    # the subject names the two as one ("both sides", "the two governments"), not a list ("the United States and
    # Britain withdrew their offer" to a third)
    subject = [p for p in parts if clause[0] <= p.first and p.last < trigger.first]
    return bool(subject) and subject[-1].mention.via == "reference" and len(set(subject[-1].codes)) == 2 \
        and not any(trigger.last < p.first < clause[1] for p in parts)


def _several_parties(tokens, parts, trigger: Trigger, clause, sources, targets, pair=None) -> list[tuple[str, str]]:
    """A mutual act of three states or more: each pair of a plain list of parties ("signed by India, Pakistan, Nepal,
    Sri Lanka and Bangladesh", "the leaders of China, the USSR and Mongolia met"), or one state with each of a plain
    list after the verb ("signed agreements with Nepal, Burma and Pakistan"); [] otherwise, and [] when both states
    of the pair the document is about take part ("Roosevelt, Churchill and Stalin meet" in a history of the two
    superpowers): the act of that pair, with the others among its actors, as histories of a pair tell it. (A third
    state's act with each of a list that holds both ("the United States signed defence agreements with Turkey, Iran and
    Pakistan" in a history of Pakistan and Turkey) is no act of the pair: one act with each.)"""
    wanted = set(sources) | set(targets)
    if len(wanted - {None}) < 3:
        return []
    pair_inside = bool(pair and len(pair) == 2 and set(pair) <= wanted)
    if pair_inside and (len(sources) != 1 or sources[0] in pair):
        return []
    named = [p for p in parts if clause[0] <= p.first and p.last < clause[1] and set(p.codes) & wanted
             and p.mention.kind != "organization" and not (p.first <= trigger.first and trigger.last <= p.last)]
    if len(named) < 3 or any(len(p.codes) != 1 for p in named):
        return []
    if _plain_list(tokens, named) and not pair_inside:
        codes = list(dict.fromkeys(p.codes[0] for p in named))
        return [(a, b) for number, a in enumerate(codes) for b in codes[number + 1 :]] if len(codes) >= 3 else []
    before = [p for p in named if p.last < trigger.first]
    after = [p for p in named if p.first > trigger.last]
    if len(before) == 1 and len(after) >= 2 and len(before) + len(after) == len(named) and _plain_list(tokens, after) \
            and "with" in {t.low for t in tokens[max(trigger.last + 1, after[0].first - 3) : after[0].first]}:
        one = before[0].codes[0]
        return [(one, p.codes[0]) for p in after if p.codes[0] != one]
    if pair_inside:
        return []
    if len(after) >= 3 and _plain_list(tokens, after) and "by" in {t.low for t in tokens[max(trigger.last + 1, after[0].first - 3) : after[0].first]}:
        # "The Geneva Accords on Afghanistan were signed in April 1988 by Pakistan, Afghanistan, the Soviet Union and the
        # United States": the signers are the list after "by" (a state named in the title of what was signed is its topic)
        codes = list(dict.fromkeys(p.codes[0] for p in after))
        return [(a, b) for number, a in enumerate(codes) for b in codes[number + 1 :]] if len(codes) >= 3 else []
    return []


BILATERAL = frozenset({"relations", "ties"})


def _sym_list(tokens, parts, trigger: Trigger, clause, sources, targets) -> list[tuple[str, str]]:
    """A mutual act of one state with a list of others: "broke off relations with Libya, Syria and Iraq" is the
    subject's act with each; [] otherwise (a list of signers is one multilateral act, as the gold sets code it)."""
    if not any(BILATERAL & set(part.get("any", ())) for part in trigger.entry["pattern"]):
        return []  # relations are held with one state at a time; a treaty signed with several is one act
    after = [p for p in parts if trigger.last < p.first and p.last < clause[1] and set(p.codes) & set(targets)]
    before = [p for p in parts if clause[0] <= p.first and p.last < trigger.first and set(p.codes) & set(sources)]
    if len(after) >= 2 and len(before) == 1 and _plain_list(tokens, after) and all(len(p.codes) == 1 for p in after):
        return [(sources[0], p.codes[0]) for p in after if p.codes[0] != sources[0]]
    return []


_LIST_GLUE = frozenset({"and", ",", "the", "or", "also", "then"})


def _object_of_act(tokens: list[Token], trigger: Trigger, verb_ends: set[int]) -> bool:
    """Whether a nominal act is the object of another act's verb ("condemned the attack", "protested the invasion")."""
    index = trigger.first - 1
    while index >= 0 and (tokens[index].low in ("the", "a", "an", "its", "their", "this", "that") or tokens[index].low in _ACT_ADJECTIVES):
        index -= 1
    return index in verb_ends


# words that describe an act named by a noun: "deplored the armed intervention in Grenada" is the intervention criticized
_ACT_ADJECTIVES = frozenset("armed military foreign recent continued illegal unprovoked brutal renewed latest".split())


def _beside(tokens: list[Token], part: Participant) -> bool:
    words = list(map(_LOW, tokens[(part.first - 4 if part.first > 4 else 0) : part.first]))
    if part.last + 1 < len(tokens) and tokens[part.last + 1].low == "side" and words[-2:] == ["on", "the"] \
            and (part.last + 2 >= len(tokens) or tokens[part.last + 2].low != "of"):
        return True  # "fought on the German side": the ally; "on the Indian side of the line" is a place
    return bool({"alongside", "beside"} & set(words[-2:])) or (len(words) >= 3 and "side" in words[-3:] and words[-1] in ("of", "the"))


def _against(tokens: list[Token], parts: list[Participant]) -> set[str]:
    """States named after "against", with those coordinated with them ("an alliance against Germany and Japan")."""
    codes_against: set[str] = set()
    previous: Participant | None = None
    for part in parts:
        if part.first > 0 and tokens[part.first - 1].low == "against":
            codes_against.update(part.codes)
            previous = part
        elif previous is not None and part.first > previous.last and \
                {t.low for t in tokens[previous.last + 1 : part.first]} <= _LIST_GLUE:
            codes_against.update(part.codes)
            previous = part
        else:
            previous = None
    return codes_against


def targets_of_bloc(trigger: Trigger, tokens, parts, bloc_members: BlocMembers) -> bool:
    """Whether the first party after a withdrawal trigger is an organization."""
    after = [p for p in parts if p.first > trigger.last or p.first > trigger.first and p.mention.kind == "organization"]
    # ("took Greek forces out of NATO's command": the subject's own forces named inside the trigger are not what is left)
    if not after or after[0].mention.kind != "organization":
        return False
    # "withdrew from the League of Nations", "pulled out of NATO"; not "dismantle the sites under UN verification";
    # "left the Organization of African Unity": an organization right after the verb is left, members known or not
    right_after = all(t.low in ("the", "its") for t in tokens[trigger.last + 1 : after[0].first]) and after[0].first <= trigger.last + 2
    if any(t.low == "under" for t in tokens[max(trigger.last + 1, after[0].first - 5) : after[0].first]):
        return False  # "left the strip in May 1994 under the watch of United Nations observers": who watches
    if right_after:
        return True
    return bool(bloc_members(after[0].codes[0])) and bool({"from", "of"} & {t.low for t in tokens[max(0, after[0].first - 2) : after[0].first]})


def _reporting_source(tokens: list[Token]) -> set[int]:
    """Token positions of "according to X," and "in the view of X,": who reports an act is no party to it."""
    if "according" not in map(_LOW, tokens):
        return set()  # the word looked for in C first: nearly every sentence has none
    for index in range(len(tokens) - 1):
        if tokens[index].low == "according" and tokens[index + 1].low == "to":
            end = next((j for j in range(index + 2, len(tokens)) if tokens[j].text in ",;:"), len(tokens))
            return set(range(index, end))
    return set()


def compared_opening(tokens: list[Token]) -> set[int]:
    """Token positions of an opening comparison set off by a comma ("Unlike Chile, Peru bought Soviet tanks", "In
    contrast to Norway, Sweden stayed out"): the state compared with the subject takes no part in the act told after it."""
    if not tokens:
        return set()
    if tokens[0].low == "unlike":
        start = 1
    elif len(tokens) > 3 and tokens[0].low == "in" and tokens[1].low == "contrast" and tokens[2].low == "to":
        start = 3
    else:
        return set()
    end = next((j for j in range(start, min(len(tokens), start + 12)) if tokens[j].text in ",;:"), None)
    if end is None or end + 1 < len(tokens) and tokens[end + 1].low in ("which", "who", "whose"):
        return set()  # "Unlike France, which left NATO's military command in 1966, ...": the relative clause's subject
    return set(range(0, end))


def _locative(tokens: list[Token], participant: Participant, trigger_tokens: set[int] = frozenset()) -> bool:
    """'met at Tehran', 'signed in Washington': a place where an act happens, not a party to it.

    Capitals named as subjects or objects still stand for their state ("Moscow protested").  A
    preposition that belongs to a trigger ("caused alarm in Washington") is matched before this.
    """
    at = participant.first - (1 if tokens[participant.first].low == "the" else 2)
    if participant.mention.via == "institution" and at >= 0 and tokens[at].low == "at" and at not in trigger_tokens \
            and (at + 1 == participant.first or tokens[at + 1].low == "the"):
        return True  # "signed a common agenda at the State Department": a ministry's building is where
    if _country_of_a_town(tokens, participant, trigger_tokens):
        return True  # "met at San José, Costa Rica": the country of the town where
    if participant.last + 1 < len(tokens) and tokens[participant.last + 1].low in ("headquarters", "hq"):
        seat = participant.first - (2 if participant.first >= 2 and tokens[participant.first - 1].low == "the" else 1)
        if seat >= 0 and tokens[seat].low in ("at", "in", "outside", "near") and seat not in trigger_tokens:
            return True  # "signed at United Nations headquarters", "met at NATO headquarters": a body's seat is where
    if participant.mention.via not in ("capital", "place"):
        return False
    following = tokens[participant.last + 1].low if participant.last + 1 < len(tokens) else ""
    if following in PLACE_NOUNS:
        return True  # "signed on the White House lawn", "met at Moscow airport": a place, not the state
    if participant.first == 0:
        # a news dateline: "WASHINGTON, Dec. 8 (AP) —" names where the report was filed
        text = participant.mention.text
        return text.isupper() and len(text) > 3
    before = participant.first - 1
    if before >= 0 and tokens[before].low == "the":  # 'on the Falklands', 'in the Crimea'
        before -= 1
    if before < 0 or before in trigger_tokens:
        return False
    if before > 0 and (tokens[before - 1].low in SEAT_NOUNS | CROWD_NOUNS or seated_name(tokens, before, 0)) \
            and participant.mention.via == "capital" and tokens[before].low == "in":
        return False  # "signed a treaty with the government in Taipei", "crowds in Beijing stoned": who is there acts
    if seat_of_subject(tokens, participant):
        return False
    if tokens[before].low == "in" and before - 1 in trigger_tokens and tokens[before - 1].low in _MISSIONS \
            and participant.mention.via == "capital":
        # "opens a mission in Male", "opened an embassy in Thimphu": a mission opened in a capital is accredited to its
        # state (not "bombs destroyed the Chinese embassy in Belgrade", where the embassy is only where)
        return False
    if tokens[before].low == "in" and before - 1 in trigger_tokens and tokens[before - 1].low in _ADDRESSED \
            and participant.mention.via == "capital" and (tokens[before - 1].low == "protested"
                                                          or not _HANDING.isdisjoint(t.low for t in tokens[max(0, before - 5) : before - 1])):
        # "delivered a protest in Berlin", "protested in Washington", "presented an ultimatum in Belgrade": what is
        # handed over in a capital is addressed to its government (the doer's own capital is dropped as its own)
        return False
    # 'on' before a place is where ('the garrison on the Falklands'); before a capital it is more often what an
    # act bears on ('pressure on Moscow'), so only places take it
    return tokens[before].low in LOCATIVE or (tokens[before].low == "on" and participant.mention.via == "place")


# words that end a protest or an ultimatum: handed over "in" a capital, to its government
_ADDRESSED = frozenset("protest protests protested ultimatum ultimatums note notes".split())
# verbs that hand a protest over (not "weeks of protests in Beirut", crowds in the streets)
_HANDING = frozenset("delivered handed presented lodged sent issued gave deliver hand present lodge send issue give".split())

_MISSIONS = frozenset("embassy embassies mission missions consulate consulates consulate-general consulates-general legation "
                      "legations".split())


def _country_of_a_town(tokens: list[Token], participant: Participant, trigger_tokens) -> bool:
    """A state named after a comma that follows a place after 'at', 'in' or 'near' ("met at San José, Costa Rica"),
    not the first of a list ("talks in Geneva, France and Algeria signed")."""
    first = participant.first
    if first < 3 or tokens[first - 1].text != ",":
        return False
    following = tokens[participant.last + 1].low if participant.last + 1 < len(tokens) else "."
    if following not in (".", ";", ")", "in", "on", "at", "during", "for", "from", "until"):
        return False  # ("By a treaty signed in Moscow, Czechoslovakia handed ...": the subject of the main clause)
    index = first - 2
    while index >= 0 and first - index <= 5 and tokens[index].text[:1].isupper() and tokens[index].text.isalpha():
        index -= 1
    return 0 <= index < first - 2 and tokens[index].low in ("at", "in", "near") and index not in trigger_tokens


SEAT_NOUNS = frozenset("government governments regime authorities leadership rulers junta cabinet ministry".split())
CROWD_NOUNS = frozenset("crowds crowd students demonstrators protesters protestors mobs mob rioters".split())


def seat_of_subject(tokens: list[Token], participant: Participant) -> bool:
    """'In London, the government broke off relations': a capital opening the sentence seats its subject."""
    if participant.mention.via != "capital" or participant.first != 1 or tokens[0].low != "in":
        return False
    after = [t.low for t in tokens[participant.last + 1 : participant.last + 4]]
    return len(after) == 3 and after[0] == "," and after[1] == "the" and after[2] in SEAT_NOUNS


def _agent_of_criticized_act(tokens, parts, triggers, index, clause, sources=()) -> tuple[str, ...]:
    """'condemned the Warsaw Pact invasion of Czechoslovakia': the criticism is aimed at the invader (at the state
    spoken to or the host when the act is a visit: _host_of_visit)."""
    for later, _ in triggers[index + 1 : index + 2]:  # the act right after it: another verb between starts another act
        if later.first >= clause[1]:
            break
        if later.entry["form"] == "noun" or tokens[later.first].low.endswith("ing"):
            # (a verb's gerund used as a noun: "complained ... about the Argentine landing on the Falklands")
            agent = noun_agent(parts, tokens, later.first)
            if agent is not None and agent.first > triggers[index][0].last and (
                    later.entry["form"] == "noun" or agent.first > 0 and tokens[agent.first - 1].low == "the"):
                if later.entry["cameo"][:3] in _VISITS:
                    return _host_of_visit(tokens, parts, triggers[index][0], later, agent, sources) or agent.codes
                return _with_listed_before(parts, tokens, agent, triggers[index][0].last)
    return ()


def _with_listed_before(parts, tokens, agent: Participant, after: int) -> tuple[str, ...]:
    """'protested the French and British nuclear tests': the doers listed before the act's noun, each of them."""
    codes_ = list(agent.codes)
    last = agent
    for p in reversed(parts):
        if p.last >= last.first or p.first <= after:
            continue
        if p.last != last.first - 2 or tokens[last.first - 1].low not in ("and", ","):
            break
        codes_[:0] = p.codes
        last = p
    return tuple(dict.fromkeys(codes_))


_VISITS = frozenset(("042", "043"))  # a visit made or hosted


def _host_of_visit(tokens, parts, trigger: Trigger, visit: Trigger, visitor: Participant, sources) -> tuple[str, ...]:
    """'protested to Ankara over the Shah's visit to Turkey': a complaint of a visit told to a state is aimed at the
    state spoken to; 'condemned the Dalai Lama's visit to Tokyo': one of a visit by the complainer's own people or by
    a group that is no state (exiles, a movement) is aimed at the state that hosts it. The visitor is the topic.
    (A state's envoy visiting a third state, told to no one, stays the target: "protested Pelosi's visit to Taiwan".)"""
    own = set(visitor.codes)
    stateless = own <= set(sources) or not all((gazetteer.entity(code) or {}).get("kind") == "state" for code in own)
    for p in parts:
        if p.first <= trigger.last or p.mention.kind != "state" or own.intersection(p.codes):
            continue
        before = tokens[p.first - 1].low if tokens[p.first - 1].low != "the" else tokens[p.first - 2].low
        if p.last < visit.first and before == "to" and p.first <= trigger.last + 3:
            return p.codes[:1]  # the state spoken to ("protested to India over ...")
        if stateless and visit.last < p.first <= visit.last + 3 and (
                before in ("to", "in") or tokens[visit.last].low in ("to", "in") and p.first == visit.last + 1):
            return p.codes[:1]  # the host ("the visit of the Dalai Lama to Japan")
    return ()


_ASYLUM = "075"
_EXILED = frozenset(("OPP", "REB"))  # the sectors of a movement at odds with its state


def fled_states(cameo: str, targets) -> tuple[str, ...]:
    """'India granted asylum to the Dalai Lama' (acting for the Tibetan government-in-exile): asylum given to a
    state's exiles or rebels is an act toward the state they fled, which stands among the event's actors."""
    if cameo != _ASYLUM:
        return ()
    fled = []
    for code in targets:
        record = gazetteer.entity(code)
        if record is None or record.get("kind") != "organization" or not record.get("sectors"):
            continue
        for period in record["sectors"]:
            if period.get("sector") in _EXILED and period.get("states"):
                fled.append(gazetteer.state_for(period["states"], None))
                break
    return tuple(fled)


GATHERINGS = frozenset(("summit", "summit meeting", "conference"))  # the lexicon's nouns of a meeting
# words before a gathering's noun that make it one of many states ("the San Francisco peace conference", "the
# Asia-Pacific summit"); a bloc or body named beside it does too ("the Non-Aligned summit", "a summit of the Arab League")
_MANY_STATES_WORDS = frozenset("peace international regional world multilateral asia-pacific commonwealth afro-asian "
                               "non-aligned islamic ibero-american pan-american inter-american".split())
_MANY_NOUNS = frozenset("nations states countries powers members governments leaders ministers delegations heads".split())
_MET_EACH_OTHER = frozenset("met sat talked held signed agreed conferred spoke shook discussed negotiated".split())
_ATTENDING = frozenset("attended attend attends attending came went returned travelled traveled flew arrived".split())
_COUNTED = ("-nation", "-power", "-state", "-country", "-nations", "-powers")


def many_states_gathering(tokens, parts: list[Participant], trigger: Trigger, clause, codes_=(), named=()) -> bool:
    """'A conference of twenty-two maritime nations opened in London', 'the Non-Aligned summit in Havana', 'the San
    Francisco peace conference': a gathering of many states is no meeting of two of those the clause names; only
    states named as meeting each other meet ("the Sino-Indian summit", "a conference between Egypt and Israel"), a
    state that hosts it is met by those told as coming ("attended the non-aligned summit, held in Cairo"), and states
    named together as the ones who call it act together ("Nehru, Nasser and Tito brought twenty-five governments to
    Belgrade for the conference"). ``codes_``: the states of the event; ``named``: every participant of the sentence
    (the host's city may stand past the clause: ", held in Cairo")."""
    first, last = trigger.first, trigger.last
    wanted = set(codes_)
    attended = not _ATTENDING.isdisjoint(t.low for t in tokens[clause[0] : first])
    if attended:
        known = {}
        for p in named or parts:
            known[p.first] = p
        for index in range(last + 2, min(len(tokens), last + 9)):
            if tokens[index - 1].low not in ("in", "at") or not tokens[index].text[:1].isupper():
                continue
            p = known.get(index)
            if p is None or p.mention.via in ("capital", "place") and wanted.intersection(p.codes):
                return False  # the host's city ("summit, held in Cairo"), or one not known: maybe a visit to the host
    listed = set()
    for one, other in zip(parts, parts[1:], strict=False):
        if clause[0] <= one.first and other.last < first and other.first == one.last + 2 \
                and tokens[one.last + 1].low in (",", "and"):
            listed.update(one.codes)
            listed.update(other.codes)
    if len(wanted & listed) >= 2:
        return False  # named together as the subject of the gathering's calling
    paired = set()
    for p in parts:
        if first - 3 <= p.first and p.last < first and p.mention.kind == "state":
            paired.update(p.codes)  # "the Sino-Indian summit", "the Soviet-American summit"
    if len(paired) >= 2:
        return False
    following = tokens[last + 1].low if last + 1 < clause[1] else ""
    if following == "between":
        return False
    for one, other in zip(parts, parts[1:], strict=False):
        if clause[0] <= one.first and other.last < clause[1] and other.first == one.last + 2 \
                and tokens[one.last + 1].low == "and" and not set(one.codes) & set(other.codes) \
                and one.mention.kind != "organization" and other.mention.kind != "organization" \
                and other.last + 1 < clause[1] and tokens[other.last + 1].low in _MET_EACH_OTHER:
            return False  # "at the Ibero-American summit Gonzalez and Castro sat at one table": two meet there
    if following == "of" and sum(1 for p in parts if last + 1 < p.first <= last + 8 and p.mention.kind == "state") >= 2:
        return False  # "a conference of India and Pakistan", "the summit of the United States and the Soviet Union"
    for p in parts:
        if first - 4 <= p.first <= last + 4 and p.mention.kind == "organization":
            return True
    for t in tokens[max(clause[0], first - 3) : first]:
        if t.low in _MANY_STATES_WORDS or t.low.endswith(_COUNTED):
            return True
    if following != "of":
        return False
    named = {index for p in parts for index in range(p.first, p.last + 1)}  # (not the "States" of "United States")
    return any(tokens[index].low in _MANY_NOUNS and index not in named for index in range(last + 2, min(clause[1], last + 9)))


_GATHERED = frozenset("conference conferences summit summits congress delegates delegations representatives".split())
_STATE_NOUNS = frozenset("nations states countries powers governments".split())
_TWO = frozenset(("two", "both", "pair"))


def many_states_met(tokens, parts: list[Participant], trigger: Trigger, clause) -> bool:
    """'Forty nations met in Geneva', 'a conference of thirty states met at Bandung, and India and China attended':
    a meeting whose subject is many states, none of them named, is no meeting of the states the sentence names
    after it."""
    subject = tokens[clause[0] : trigger.first]
    if not subject or any(clause[0] <= p.first and p.last < trigger.first for p in parts):
        return False
    lows = {t.low for t in subject}
    return not lows & _TWO and bool(lows & _GATHERED or lows & _STATE_NOUNS)  # (not "the two leaders met")


def _own_bloc(code: str, sources: tuple[str, ...], bloc_members: BlocMembers, parts, tokens) -> bool:
    """'countered with the Warsaw Pact': a bloc the source belongs to is its means, not its target."""
    members = bloc_members(code)
    if not members or not any(source in members for source in sources):
        return False
    for part in parts:
        if code in part.codes:
            index = part.first - 1
            while index >= 0 and tokens[index].low in ("the", "its", "their", "a", "an"):
                index -= 1
            if index >= 0 and tokens[index].low in ("with", "through", "via", "using"):
                return True
    return False
