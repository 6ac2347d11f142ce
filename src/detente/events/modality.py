"""Modality of a trigger in its clause: asserted, negated, hypothetical, planned, intended, refused, reported, attempted,
deadline (an act someone was given until a time to do).

Cues are read between the clause start and the trigger, the way a reader
scopes "did not", "would" or "planned to" over the verb that follows them.
"""

from __future__ import annotations

import operator
from collections.abc import Set as AbstractSet

from detente.events.triggers import Token

_LOW = operator.itemgetter(1)  # Token.low, read in C

# after "without" or "no", what an act done all the same lacked: "without a dissenting vote", "with no objection"
_UNOPPOSED = frozenset("dissent dissenting objection objections opposition delay hesitation debate".split())
NEGATORS = frozenset("not never no none nothing neither nor without hardly nowhere".split())  # "nothing to discuss"
NEGATING_VERBS = frozenset("fail failed fails failing".split())  # "failed to sign"
DENYING = frozenset("denied denies deny denying".split())  # "denied that it had sent weapons"
REFUSALS = frozenset("refuse refused refuses refusing refusal refusals decline declined declines declining".split())
HYPOTHETICAL = frozenset("could might may should must if unless whether lest suppose supposing imagine unlikely".split())  # "insisted that X must recognize"
# a stated commitment makes "would" a promise or a threat: "announced that it would send aid"
COMMITTING = frozenset(
    "said says announced announces declared declares stated told tells promised pledged vowed warned threatened "
    "assured insisted signalled signaled indicated confirmed notified notice".split()  # "gave notice that it would end"
)
# mental states: a plan, a hope or a wish is no act ("planned to invade", "hoped to reach an agreement")
PLANNING = frozenset(
    "plan plans planned planning intend intends intended intending hope hoped hopes hoping want wanted wants "
    "wish wished wishes expect expected considered consider considering contemplated contemplate aims aimed "
    "dreamed dreamt preparing prepares weighed weighs weighing pondered ponders mulled mulls reviewing".split()
)  # "weighed an air strike on the missile sites", "were reviewing their military aid": a choice deliberated, nothing done
# a fear of an act not named as done: "feared an Indian strike on Kahuta" (an act that may come; "feared the Soviet
# intervention" names one done, and keeps it)
FEARING = frozenset("fear fears feared fearing dread dreads dreaded dreading".split())
# a text's leave to act is no act: "The Platt Amendment allowed the United States to intervene" (its terms)
PERMITTING = frozenset("allow allows allowed permit permits permitted authorize authorizes authorized authorise "
                       "authorises authorised entitle entitles entitled empower empowers empowered".split())
# verbs of formal leave: what a legislature authorises or empowers a government to do is not done by the leave (h13tune)
_AUTHORISING = frozenset("authorize authorizes authorized authorise authorises authorised empower empowers empowered".split())
_LAW_TEXTS = frozenset("treaty treaties agreement agreements accord accords pact pacts act amendment amendments law laws "
                       "constitution charter clause article protocol convention resolution lease".split())
# a declared readiness is an expressed intent ("was willing to negotiate", "declared his readiness to")
INTENT = frozenset(
    "willing ready readiness prepared propose proposed proposes offered offers vowed promised promise promises "
    "pledged pledge pledges agreed agree agrees".split()
)
REQUESTING = frozenset(
    "ask asked asks asking urge urged urges urging request requested requests called demand demanded demands demanding "
    "appeal appealed appeals appealing implored begged pressed ultimatum ultimatums "
    "apply applied applies applying application applications".split()
)  # "ignored an ultimatum to withdraw from Poland": the act demanded is not done; nor is one applied for ("applied to
# rejoin the Commonwealth", "Britain's application to join the Common Market")
MEANING = frozenset("mean means meant meaning".split())
# a resolve is no act either: "was determined to take Goa", "was eager to join the pact" (not "determined that": a finding)
RESOLVE = frozenset("determined eager keen anxious impatient".split())
GIVING_TIME = frozenset("gave give gives given giving".split())
DEADLINE = frozenset("until till hour hours day days week weeks month months midnight noon".split())  # "given a week to leave"
NEEDING = frozenset("need needs needed want wants wanted".split())
ATTEMPT = frozenset("try tried tries attempt attempted attempts seek sought seeks".split())
REPORTING = frozenset(
    "said says say claimed claims claim alleged alleges reported reports announced announces stated "
    "insisted asserted declared according".split()
)
_BREAKS = frozenset(";:()—–")
# a question set or asked: "explain how ...", "ask why ..."
ASKING = frozenset("explain explains describe describes understand assess evaluate examine wonder wondered ask asks "
                   "unclear uncertain".split())  # and a question left open: "it remains unclear how far Syria broke with" (sent21)
WH = frozenset("how why whether".split())
# a goal or a duty is no act yet: "their common goal was to defeat Hitler", "the summit was to open in May"
PURPOSE = frozenset("goal goals aim aims objective objectives purpose task mission ambition duty duties obligation "
                    "commitment commitments".split())  # (tune29: "a duty to help", "commitments to consult")
# a right or a leave to act is no act: "gave up its right to intervene", "more room to trade"
LICENCE = frozenset("right rights room freedom power powers authority permission option licence license".split())
# an offer taken back: "withdrew its offer to finance the dam" (an offer made stays an intent: "renewed its offer to mediate")
_TAKEN_BACK = frozenset("withdrew withdraw withdraws withdrawn cancelled canceled rescinded retracted dropped".split())
_SAID_TO = frozenset("reported said believed thought known understood alleged claimed rumoured rumored seen".split())
_OPEN = frozenset({"unclear", "uncertain"})  # a question left open spans its clause only:
_OPEN_BREAKS = frozenset({"but", ";", ".", "while", "whereas", "although", "though"})  # "unclear whether X knew, but Y broke with Z"
_HEARSAY = frozenset("reported said alleged claimed rumoured rumored supposed".split())  # (not "widely believed to have": a page's gold keeps it)
_BE_TO = frozenset("was were is are".split())
_PARTICIPLES = frozenset("held given taken made done paid drawn sent built".split())
# after "was" or "were" and before "to", what makes the act one set for a date: "were due to meet", "was scheduled to sign"
_SCHEDULED = frozenset("due scheduled slated".split())


# every word some rule below reads in the window before the trigger: a window with none of them (and no "n't",
# no negation inside the trigger, no inverted conditional opening the sentence) is asserted without the rules
OBLIGED = frozenset("bound obliged obligated commits obliges obligates binds required requires requiring obliging compelled compels compelling".split())  # "the Act commits the United States to"
_CONDITIONS = frozenset("after if when once".split())  # "only after", "only if": the act is a condition set
_CUES = frozenset().union(NEGATORS, NEGATING_VERBS, DENYING, REFUSALS, HYPOTHETICAL, PLANNING, INTENT, REQUESTING, ATTEMPT, NEEDING,
                          REPORTING, FEARING, MEANING, {"or", "nor", "would", "will", "shall", "to", "only"}, {"nearly", "almost"})
_INNER_NEGATION = frozenset({"no", "not", "never", "neither"})  # "took neither side"
# a modal inside a trigger's own words: "relations could be restored only when the frigates left"
_INNER_MODAL = frozenset({"could", "might", "may", "would", "should"})
_INNER_CUES = _INNER_NEGATION | _INNER_MODAL
_INVERTING = frozenset({"had", "were", "should"})


def _nothing_after(tokens: list[Token], trigger_last: int) -> bool:
    """'would sign nothing', 'offered nothing', 'recognised none of the treaties', 'offered no apology': the act's
    object denies it (not 'sent no fewer than 5,000 troops', 'was no longer'); and 'asked not to be named': what a
    source asks for its own name is no act between states."""
    if trigger_last + 3 < len(tokens) and tokens[trigger_last + 1].low == "not" and tokens[trigger_last].low in _ASKING_VERBS \
            and tokens[trigger_last + 2].low == "to" and tokens[trigger_last + 3].low == "be":
        return True
    if trigger_last + 2 < len(tokens) and tokens[trigger_last + 1].low == "no":
        return tokens[trigger_last + 2].low not in _NO_AS_DEGREE
    if trigger_last + 1 < len(tokens) and tokens[trigger_last + 1].low == "little":
        return trigger_last + 2 == len(tokens) or tokens[trigger_last + 2].low in _LITTLE_ENDS  # "talked of trade and signed
        # little": the pronoun, nothing much done (not "sent little aid")
    return trigger_last + 1 < len(tokens) and (tokens[trigger_last + 1].low == "nothing" or tokens[trigger_last + 1].low == "none"
                                               and trigger_last + 2 < len(tokens) and tokens[trigger_last + 2].low == "of")


_LITTLE_ENDS = frozenset({".", ",", ";", ":", "and", "but", "else", "of"})
_NO_AS_DEGREE = frozenset({"fewer", "less", "more", "longer", "sooner", "later", "doubt", "one"})
_ASKING_VERBS = frozenset("ask asks asked asking request requests requested requesting".split())


def _denied_from_afar(tokens: list[Token], clause_start: int, trigger_first: int) -> bool:
    """A denial further back than the eight-word window: a subject that denies the act ("Neither government, however,
    allowed the new relationship to grow into an alliance") or a complement "not to ..." the act lies in, with no
    break between ("undertook not to authorize French firms to take part in arming Taiwan")."""
    if tokens[clause_start].low == "neither":
        return True
    for index in range(trigger_first - 1, (trigger_first - 16 if trigger_first - 16 > clause_start else clause_start), -1):
        word = tokens[index].low
        if word in _COMPLEMENT_BREAKS:
            return False
        if word == "not" and tokens[index + 1].low == "to":
            return True
    return False


_COMPLEMENT_BREAKS = frozenset({",", ";", ":", "and", "but", "while", "which", "who", "then"})


def _window(tokens: list[Token], clause_start: int, trigger_first: int) -> list[Token]:
    """The eight words before the trigger, read past a relative clause set off right before "to" ("had expected Castro,
    who has often quarrelled with Moscow, to condemn": the cue "expected" scopes over the verb)."""
    window = tokens[(trigger_first - 8 if trigger_first - 8 > clause_start else clause_start) : trigger_first]
    if trigger_first >= 3 and tokens[trigger_first - 1].text == ",":
        # "Kennedy, who as a senator had pressed for more aid to India, received Nehru": the relative clause set off
        # before the verb tells of the subject, its cues do not scope over the verb (tune19)
        for index in range(trigger_first - 2, (trigger_first - 24 if trigger_first - 24 > clause_start else clause_start), -1):
            if tokens[index].text in (",", ";", "."):
                break
            if tokens[index].low in ("who", "which") and tokens[index - 1].text == ",":
                return tokens[max(clause_start, index - 7) : index - 1]
    if trigger_first >= 3 and tokens[trigger_first - 1].low == "to" and tokens[trigger_first - 2].text == ",":
        for index in range(trigger_first - 3, max(clause_start, trigger_first - 20), -1):
            if tokens[index].low in ("who", "which") and tokens[index - 1].text == ",":
                return tokens[max(clause_start, index - 7) : index - 1] + tokens[trigger_first - 1 : trigger_first]
            if tokens[index].text in (",", ";", "."):
                break
    return window


# a hope told by a speaker: "said he hoped that Pakistan would help" (no promise, whoever tells it)
_HOPING = frozenset("hope hoped hopes hoping wish wished wishes expect expected expects trust trusted".split())
# what "would" before the act makes a wish, not a promise: "would welcome talks", "would be happy to host" (fer1)
_LIKING = frozenset("welcome like love prefer".split())
_GLAD = tuple(["would", "be", word] for word in "happy glad pleased delighted".split())
# the verbs of confirming: what a speaker "refused to confirm" or "would not confirm" is not told done
_CONFIRMING = frozenset("confirm confirmed confirms verify verified".split())
# who reports an act a clause later denies: "..., the New York Times reported, but the ministry denied it"
_CLAIMS = frozenset("claim charge allegation report accusation".split())
_DENIED_OBJECTS = frozenset("it this that them the report reports story".split())


_ONCE_ADVERBS = frozenset("again more a an every before and or".split())  # "once again", "once a year": no condition


def _once_after(tokens: list[Token], trigger_last: int) -> bool:
    """Whether a future act is set on a condition after it: "will restore relations once Bogota respects its
    sovereignty", "would lift the embargo as long as ..." (the act awaits the condition; wire13)."""
    for index in range(trigger_last + 1, min(len(tokens) - 1, trigger_last + 12)):
        low = tokens[index].low
        if low in (".", ";", ":"):
            return False
        if low == "once" and tokens[index + 1].low not in _ONCE_ADVERBS:
            return True
        if low == "as" and tokens[index + 1].low == "long" and index + 2 < len(tokens) and tokens[index + 2].low == "as":
            return True
    return False


# "was said to have", "is often said to have", "were reported to have": an act told as hearsay (not "is known to have")
_HEARSAY = frozenset("said reported believed thought rumoured rumored alleged understood claimed".split())
_HEARSAY_ADVERBS = frozenset("often also widely generally sometimes commonly once".split())


def _hearsay(tokens: list[Token], trigger_first: int) -> bool:
    """Whether "to have" right before the trigger follows "was said", "is often reported" and the like."""
    if tokens[trigger_first - 2].low != "to" or tokens[trigger_first - 3].low not in _HEARSAY:
        return False
    be = trigger_first - 4
    if tokens[be].low in _HEARSAY_ADVERBS and be > 0:
        be -= 1
    return tokens[be].low in _BE_TO


def _wire_modality(tokens: list[Token], clause_start: int, trigger_first: int, trigger_last: int | None,
                   words: AbstractSet[str] | None = None) -> str | None:
    """News-wire framings that leave an act undone, read past the eight-word window (wire13): a meeting's purpose
    after a date set ("are to meet at the border next week to discuss", "is due in Beijing next week for talks"); an
    act inside "refused to confirm that", "would not confirm that"; and an act reported and then denied in a closing
    clause ("China has suspended exports to Japan, the New York Times reported, but the ministry denied it") or an
    apposition ("..., a claim both governments denied")."""
    before = tokens[trigger_first - 1].low if trigger_first > 0 else ""
    if before == "have" and trigger_first >= 4 and _hearsay(tokens, trigger_first):
        return "hypothetical"  # "Riyadh was said to have promised Mogadishu money": hearsay, no act told as done
    if before == "to" and _headline_to(tokens, trigger_first):
        return "planned"  # "Laos to buy Russian jets, ministry says": a headline's infinitive, an act to come (fer1)
    if tokens[-1].low in _BELIEVING or len(tokens) > 2 and tokens[-2].low in _BELIEVING:
        if _believed_after(tokens, trigger_first if trigger_last is None else trigger_last):
            return "hypothetical"  # "..., Western diplomats believe.", "..., officials fear.": what a closing tag's
            # speakers believe or fear, which the wire does not vouch for (fer1)
    if before in ("to", "for") and trigger_first - 2 > clause_start:
        for index in range(trigger_first - 2, max(clause_start, trigger_first - 16), -1):
            low = tokens[index].low
            if low in _COMPLEMENT_BREAKS or low in (".", "(", ")"):
                break
            if low in ("will", "shall") and tokens[index + 1].low in _GATHERING and index + 2 < trigger_first:
                return "planned"  # "will meet again next month to discuss the border": a meeting's purpose to come (fer1)
            if low in _BE_TO and index + 2 < trigger_first and (
                    tokens[index + 1].low == "to" or tokens[index + 1].low in _SCHEDULED
                    and tokens[index + 2].low in ("in", "at", "to", "for", "here", "back")):
                return "planned"
    # ``words`` (the sentence's words, when the caller has them): the two walks below return only for a sentence holding
    # the words they look for, "that" after a verb of confirming, and "or so", a claim or "but" with a word of denying;
    # most sentences hold none and skip them (two walks of up to 24 and 30 words a trigger, the costliest lines here)
    if words is None or "that" in words and not _CONFIRMING.isdisjoint(words):
        confirm = range(trigger_first - 1, max(clause_start - 12, trigger_first - 24, 0), -1)
    else:
        confirm = ()
    for index in confirm:
        low = tokens[index].low
        if low in (";", ".", "and", "but", "while"):
            break
        if low == "that" and index >= 2 and tokens[index - 1].low in _CONFIRMING and (
                tokens[index - 2].low in NEGATORS or tokens[index - 2].low.endswith("n't")
                or tokens[index - 2].low == "to" and index >= 3 and tokens[index - 3].low in REFUSALS):
            return "negated"
    if words is not None and not ("or" in words and "so" in words) and (
            DENYING.isdisjoint(words) or "but" not in words and _CLAIMS.isdisjoint(words)):
        return None
    last = trigger_first if trigger_last is None else trigger_last
    for index in range(last + 1, min(len(tokens) - 2, last + 30)):
        if tokens[index].text == "," and tokens[index + 1].low == "or" and tokens[index + 2].low == "so" and any(
                token.low in REPORTING for token in tokens[index + 3 : index + 8]):
            return "hypothetical"  # "Indonesia offered Pakistan naval help, or so Pakistani officers later claimed":
            # a claim the writer does not vouch for (sent21)
        if tokens[index].text == "," and tokens[index + 1].low in ("a", "an") and tokens[index + 2].low in _CLAIMS:
            if not DENYING.isdisjoint(token.low for token in tokens[index + 3 : index + 9]):
                return "negated"  # "Pakistan was said to have leased land to China, a claim both governments denied"
        if tokens[index].low == "but" and tokens[index - 1].text == "," and any(
                token.low in REPORTING for token in tokens[last + 1 : index]):
            for at in range(index + 1, min(len(tokens) - 1, index + 8)):
                if tokens[at].low in DENYING and tokens[at + 1].low in _DENIED_OBJECTS:
                    return "negated"
            break
    return None


# verbs of a meeting to come, whose purpose after "to" or "for" is no act yet: "will meet next week to discuss"
_GATHERING = frozenset("meet gather convene sit travel come go fly".split())
# the verbs of a closing tag that believes, suspects or fears what the clause before it tells
_BELIEVING = frozenset("believe believes believed suspect suspects suspected think thinks fear fears feared".split())
# words that open a sentence before "to" and are no subject of a headline: "According to", "Due to", "Next to"
_NOT_HEADLINE_SUBJECTS = frozenset("according due next owing thanks prior contrary close back up returning turning "
                                   "going in on at from".split())


def _believed_after(tokens: list[Token], trigger_last: int) -> bool:
    """Whether the sentence closes on a tag of belief after a comma past the act: "Cuban troops have been sent to
    Angola, Western diplomats here believe." (a few words between the comma and the verb: who believes)."""
    end = len(tokens) - 1 if tokens[-1].low in _BELIEVING else len(tokens) - 2
    for index in range(end - 1, max(trigger_last, end - 8), -1):
        if tokens[index].text == ",":
            return index > trigger_last
        if tokens[index].text in (";", ":", ".", "(", ")"):
            return False
    return False


def _headline_to(tokens: list[Token], trigger_first: int) -> bool:
    """A headline's infinitive: no full stop at its end, and only a name (capitalised words, "and", a comma) before
    "to" and the act ("Laos to buy Russian jets, ministry says", "Chile, Peru to resume talks")."""
    if tokens[-1].text in (".", "!", "?") or trigger_first < 2:
        return False
    start = _opening(tokens)
    if tokens[start].low in _NOT_HEADLINE_SUBJECTS or start >= trigger_first - 1:
        return False
    return all(token.text[:1].isupper() or token.low in ("and", ",", "'s") for token in tokens[start : trigger_first - 1])


def _denied_that(tokens: list[Token], clause_start: int, trigger_first: int) -> bool:
    """Whether "denied that" opens the clause further back than the eight-word window ("India has denied that its
    intelligence agencies had any part in attacks inside Pakistan"): a denial scopes over its whole 'that' clause, up
    to a coordinated verb or a clause break."""
    far = trigger_first - 8
    if far <= clause_start:
        return False  # the window reaches the clause's start: its own rule reads every cue
    start = trigger_first - 24 if trigger_first - 24 > clause_start else clause_start
    if DENYING.isdisjoint(map(_LOW, tokens[start:far])):
        return False  # none further back than the window (the window's own rule reads the nearer ones)
    for index in range(trigger_first - 1, start, -1):
        low = tokens[index].low
        if low in ("and", "but", ";", ".", "while", "whereas"):
            return False
        if low == "that" and tokens[index - 1].low in DENYING:
            return True
    return False


def modality(tokens: list[Token], clause_start: int, trigger_first: int, trigger_last: int | None = None,
             words: AbstractSet[str] | None = None) -> str:
    """The modality of the trigger spanning tokens ``trigger_first``..``trigger_last``. ``words``: the sentence's
    words (the coder has them, read once per sentence), else read here."""
    if words is None:
        words = frozenset(map(_LOW, tokens))
    if _nothing_after(tokens, trigger_first if trigger_last is None else trigger_last):
        return "negated"
    if trigger_last is not None and trigger_last + 3 < len(tokens) and tokens[trigger_last + 1].low in _BE_PLANNED \
            and tokens[trigger_last + 2].low == "to" and tokens[trigger_last + 3].low == "be":
        return "planned"  # "Summits are to be held every year", "talks were to be held in May": a plan (tune29)
    if trigger_first - clause_start > 8 and _denied_from_afar(tokens, clause_start, trigger_first) or _denied_that(
            tokens, clause_start, trigger_first):
        return "negated"
    if trigger_first > 3 and tokens[0].low in _SOME and tokens[1].low in _UNNAMED_SOURCES and tokens[2].low in _SOURCES_SAY \
            and tokens[trigger_first - 1].low not in _DETERMINERS:
        return "hypothetical"  # "Some books say that Nyerere visited Nairobi in 1979 or 1980": a claim of unnamed
        # writings the text does not make its own (not "the war with Kenya" named in it, a war the text takes as known)
    if trigger_first > 3 and "that" in words and not _PROOF.isdisjoint(words) \
            and (read := seen_as_proof(tokens, trigger_first)):  # (its walk only where "that" and a word of proof are)
        return read  # "regarded Chinese aid as proof that China sided with the United States": a reading; "there is no
        # sign that Cairo asked for them", "Nor have I found any sign that ... paid a visit": an act no trace shows
    wire = _wire_modality(tokens, clause_start, trigger_first, trigger_last, words)
    if wire:
        return wire
    if clause_start != 0 or not tokens or tokens[_opening(tokens)].low not in _INVERTING:
        lows = list(map(_LOW, _window(tokens, clause_start, trigger_first)))
        if _CUES.isdisjoint(lows) and "n't" not in " ".join(lows) and ("had" not in lows or not _had_pronoun(lows) and not _inverted_inside(tokens, trigger_first)) and (
                trigger_last is None or _INNER_CUES.isdisjoint(map(_LOW, tokens[trigger_first + 1 : trigger_last + 1]))) \
                and ASKING.isdisjoint(map(_LOW, tokens[(trigger_first - 30 if trigger_first > 30 else 0) : trigger_first])):  # its wider window
            return "asserted"  # no cue word any rule reads: the rules would all pass it by
    return _each_rule(tokens, clause_start, trigger_first, trigger_last)


def modality_each(tokens: list[Token], clause_start: int, trigger_first: int, trigger_last: int | None = None) -> str:
    """:func:`modality` rule by rule, with no cue-word gate (kept to test the gate against)."""
    if _denied_that(tokens, clause_start, trigger_first):
        return "negated"  # "has denied that its intelligence agencies had any part in attacks": past the window
    if trigger_first - clause_start > 8 and _denied_from_afar(tokens, clause_start, trigger_first):
        return "negated"  # "Neither government ... allowed", "undertook not to authorize ... arming": past the window
    wire = _wire_modality(tokens, clause_start, trigger_first, trigger_last)
    if wire:
        return wire
    return _each_rule(tokens, clause_start, trigger_first, trigger_last)


_BE_PLANNED = frozenset("is are was were".split())
# a sentence opened by unnamed writings that say something: "Some books say that ...", "Several websites claim ..."
_SOME = frozenset("some several many other various".split())
_UNNAMED_SOURCES = frozenset("books websites sites accounts sources histories writers authors textbooks articles blogs "
                             "memoirs".split())
_DETERMINERS = frozenset("the a an its their his her this that".split())
_SOURCES_SAY = frozenset("say claim suggest state assert maintain insist report".split())
_PROOF = frozenset("proof evidence sign signs signal indication confirmation record trace".split())


def seen_as_proof(tokens: list[Token], trigger_first: int) -> str | None:
    """"hypothetical" when the act is told in a "that" clause after "as proof", "as a sign", "as evidence" a few words
    before it: what someone takes a fact to show ("saw the vote as a sign that Cairo had sided with Moscow"), no act
    told; "negated" when the clause is of a trace denied ("there is no sign that Cairo asked for them", "I have found no
    evidence that Kenya sent troops", "Nor have I found any sign that a Syrian head of state ever paid a visit")."""
    for index in range(trigger_first - 1, max(1, trigger_first - 8), -1):
        low = tokens[index].low
        if low in (".", ";", ":"):
            return None
        if low == "that":
            before = [t.low for t in tokens[max(0, index - 6) : index]]
            if not before or before[-1] not in _PROOF:
                return None
            if "as" in before[-3:]:
                return "hypothetical"
            if before[-2:-1] == ["no"] or "any" in before[-3:-1] and not _DENIED_TRACE.isdisjoint(before[:-2]):
                return "negated"
            return None
    return None


# what denies a trace before "any sign that", "any evidence that": "Nor have I found any sign", "did not find any"
_DENIED_TRACE = frozenset({"not", "nor", "never", "n't", "no", "without", "hardly", "cannot"})


# a pledge's verb opening the trigger ("promised that Cuba would help", "pledged that it would send aid")
_PROMISE_HEADS = frozenset("promised pledged vowed promises pledges vows".split())


def _each_rule(tokens: list[Token], clause_start: int, trigger_first: int, trigger_last: int | None = None) -> str:
    """The rules of :func:`modality_each` after the denial read past the window (which :func:`modality` reads first)."""
    window = _window(tokens, clause_start, trigger_first)
    # "May" with a capital inside a sentence is the month ("In May 1961"), not the modal verb; a plan word with a
    # capital inside a sentence is part of a name ("Under the Marshall Plan the United States gave"), not a plan;
    # "May" opening a sentence is the month too when a number follows ("May 1997 - Russia signed", "May 12, 1997 -")
    opening = tokens[0] if tokens and (len(tokens) < 2 or not tokens[1].text[:1].isdigit()) else None
    words = [token.low if token.text != "May" or token is opening else "<month>" for token in window]
    words = [word if word not in PLANNING or not token.text[:1].isupper() or token is tokens[0] else "<name>"
             for word, token in zip(words, window, strict=True)]
    if trigger_last is not None and any(t.low in _INNER_NEGATION for t in tokens[trigger_first + 1 : trigger_last + 1]):
        return "negated"  # "sent no troops or arms to", "took neither side"
    if trigger_last is not None and tokens[trigger_first].low not in _PROMISE_HEADS \
            and any(t.low in _INNER_MODAL and t.text != "May" for t in tokens[trigger_first + 1 : trigger_last + 1]):
        return "hypothetical"  # "relations could be restored only when ...": a modal inside the act's own words
        # (not "promised that Cuba would help": the promise made is told, its "would" is what it pledges)
    if _nothing_after(tokens, trigger_first if trigger_last is None else trigger_last):
        return "negated"
    if trigger_last is not None and trigger_last + 3 < len(tokens) and tokens[trigger_last + 1].low in _BE_PLANNED \
            and tokens[trigger_last + 2].low == "to" and tokens[trigger_last + 3].low == "be":
        return "planned"  # "Summits are to be held every year", "talks were to be held in May": a plan (tune29)
    for index, word in enumerate(words):
        if word in NEGATORS or word.endswith("n't"):
            if word in ("not", "never") and ("if" in words[:index] or "unless" in words[:index]):
                return "hypothetical"  # "If Turkey had not ratified Finland's accession, ...": a condition, no refusal
            if word in ("without", "no") and "," in words[index + 1 :]:
                continue  # "After years without ambassadors, the two agreed": a phrase set off before the act
            if word in ("without", "no") and not _UNOPPOSED.isdisjoint(words[index + 1 : index + 4]):
                continue  # "voted without a dissenting vote to back", "agreed without delay": how the act was done
            if word == "not" and words[index - 1 : index] == [","] and "," in words[index + 2 : index + 6]:
                continue  # "Norway, not India, brokered the ceasefire": a contrast set off by commas, the act is done
            # "not only", "no longer" as comparison do not negate the act
            following = words[index + 1] if index + 1 < len(words) else ""
            # "it was not until 1979 that ...", "not until 1965 did ...": the act was done, at that time
            if following not in ("only", "just", "merely", "until", "till") and not (
                    (word == "not" or word.endswith("n't")) and not_until(tokens, trigger_last or trigger_first)
                    and MODALS.isdisjoint(words)):
                return "negated"
        if word in NEGATING_VERBS and index + 1 < len(words) and words[index + 1] == "to":
            return "negated"
        if word in DENYING and "and" not in words[index + 1 :]:
            return "negated"  # "denied any role and warned that": the denial ends where the next verb begins
    if words[-1:] == ["nearly"] or words[-1:] == ["almost"]:
        return "negated"  # "the two countries nearly went to war", "almost broke off relations": a near miss, not done
    if len(words) >= 3 and words[-1] == "to" and words[-3] == "too":
        return "negated"  # "Malaysia was too small to retaliate", "too weak to attack": the act is said to be out of reach
    if len(words) >= 1 and words[-1] in ("or", "nor"):
        # "did not cancel the grain agreement or break off the talks": the negation spans the coordinated verbs
        wide = [token.low for token in tokens[max(clause_start, trigger_first - 16) : trigger_first]]
        if any(word in ("not", "never") or word.endswith("n't") for word in wide) and not _BREAKS.intersection(wide):
            return "negated"
    if _inverted_conditional(tokens, clause_start, trigger_first):
        return "hypothetical"
    if _had_pronoun(words) or _inverted_inside(tokens, trigger_first):
        return "hypothetical"  # "Washington would have cut off aid had it refused to leave": an inverted condition
    if _failed_effort(tokens, words, trigger_last if trigger_last is not None else trigger_first):
        return "negated"  # "Soviet efforts to reconcile India and China came to nothing": the act was not done
    asked = tokens[(trigger_first - 30 if trigger_first > 30 else 0) : trigger_first]
    if not ASKING.isdisjoint(map(_LOW, asked)) and any(
            token.low in ASKING and index + 1 < len(asked) and asked[index + 1].low in WH
            and (token.low not in _OPEN or _OPEN_BREAKS.isdisjoint(map(_LOW, asked[index + 2 :])))
            for index, token in enumerate(asked)):
        return "hypothetical"  # "you should be able to explain how Hungary left the bloc": a question set, not a fact told
    if any(word == "only" and index + 1 < len(words) and words[index + 1] in _CONDITIONS for index, word in enumerate(words)):
        return "hypothetical"  # "would hand over the islands only after all foreign troops had left Japan": a condition
    if ("would" in words or "will" in words) and ("until" in words or "till" in words):
        at = max(index for index, word in enumerate(words) if word in ("would", "will"))
        if "until" in words[at + 1 :] or "till" in words[at + 1 :]:
            return "hypothetical"  # "would stay until a timetable was agreed": the act awaited is not yet done
    if words[-2:] == ["continue", "to"] and len(words) >= 3 and words[-3] in ("will", "shall", "would"):
        return "planned"  # "Pakistan will continue to offer scholarships", "shall continue to consult": a practice said
        # to go on, no new act nor a promise of one (sent22)
    if "would" in words:
        at = len(words) - 1 - words[::-1].index("would")
        if words[at + 1 : at + 2] == ["have"] and words[at + 2 : at + 3] != ["to"]:
            return "hypothetical"  # "Barak would have flown to Geneva": a counterfactual, whoever reports it
        if "whether" in words[at + 1 :]:
            return "hypothetical"  # "would have to decide whether to help": a choice still open, whoever states it
        if "if" in words[at + 1 :] or "unless" in words[at + 1 :]:
            return "hypothetical"  # "would retaliate if the United States invaded Cuba": the condition's act, not done
        before = [token.low for token in tokens[(clause_start - 12 if clause_start > 12 else 0) : trigger_first]]
        if "whether" in before:
            return "hypothetical"  # "has not said whether it would join": a choice left open, no promise
        if words[-1] == "would" and tokens[trigger_first].low in _LIKING or words[-2:-1] == ["would"] and words[-1] in _LIKING \
                or words[-3:-2] == ["would"] and words[-2] in _LIKING and words[-1] == "to" or words[-4:-1] in _GLAD:
            return "hypothetical"  # "said he would welcome talks with Washington", "would be glad to receive": a wish
            # told, no promise (fer1)
        if not COMMITTING.isdisjoint(before):
            last = max(index for index, word in enumerate(before) if word in COMMITTING)
            if not _HOPING.isdisjoint(before[last + 1 :]):
                return "hypothetical"  # "said he hoped that Pakistan would help": a hope told, no promise (wire13)
            if _once_after(tokens, trigger_first if trigger_last is None else trigger_last):
                return "hypothetical"
            return "intended"
        return "hypothetical"
    if "will" in words[-4:] or "shall" in words[-4:]:
        # the future: a promise when someone states it ("announced that it will withdraw"), else a plan
        before = [token.low for token in tokens[max(0, clause_start - 12) : trigger_first]]
        if "whether" in before:
            return "hypothetical"  # "has not yet said whether it will recognize Belize": a choice left open, no promise
        if _once_after(tokens, trigger_first if trigger_last is None else trigger_last):
            return "hypothetical"  # "will restore full relations once Bogota respects its sovereignty" (wire13)
        return "intended" if not COMMITTING.isdisjoint(before) or _attributed_after(tokens, trigger_first) else "planned"
    if words[-1:] == ["and"] and ("will" in words or "shall" in words):
        at = max(index for index, word in enumerate(words) if word in ("will", "shall"))
        if not (_BREAKS | {",", "."}).intersection(words[at + 1 : -1]):
            # "Castro will hold talks with Jiang and meet Li Peng": the future spans the coordinated verbs
            before = [token.low for token in tokens[max(0, clause_start - 12) : trigger_first]]
            return "intended" if not COMMITTING.isdisjoint(before) or _attributed_after(tokens, trigger_first) else "planned"
    if not HYPOTHETICAL.isdisjoint(words):
        return "hypothetical"
    near = _undated(words)  # "refused in 1950 to recognize", "agreed in November 1958 to unite": the date set in
    if not REFUSALS.isdisjoint(near[-3:]) and not _refusal_done(near[-3:]):
        return "refused"
    if any(word in PLANNING and _scopes(words, index) for index, word in enumerate(words)):
        return "planned"
    if any(word in FEARING and words[index + 1 : index + 2] in (["a"], ["an"]) and _scopes(words, index)
           for index, word in enumerate(words)):
        return "planned"  # "Pakistan feared an Indian strike on its nuclear plant": an act that may come, not one done
    if words[-1:] and words[-1] in MEANING and tokens[trigger_first].low.endswith("ing"):
        return "planned"  # "disengagement means pulling troops back": what a word means, no act
    if len(words) >= 3 and words[-1] == "to" and not PERMITTING.isdisjoint(words[-6:-1]) and not _LAW_TEXTS.isdisjoint(words[:-1]):
        return "planned"  # "The Platt Amendment allowed the United States to intervene": a text's leave, no act done
    if len(words) >= 3 and words[-1] == "to" and not _AUTHORISING.isdisjoint(words[-6:-1]) and not _LEGISLATURES.isdisjoint(words[:-1]):
        # "the National Assembly authorised Bhutto to recognise Bangladesh": a legislature's leave, the act not yet done
        # (not "Reagan authorized the CIA to arm the Contras", a government's order to its own agency, done by it)
        return "planned"
    if any((word in MEANING or word in RESOLVE) and words[index + 1 : index + 2] == ["to"] for index, word in enumerate(words)):
        return "planned"  # "Nasser meant to close the Straits of Tiran": an intent held, not the act ("meant that" is no plan)
    if len(words) >= 2 and words[-1] == "to" and (words[-2] in _BE_TO or not PURPOSE.isdisjoint(words)):
        return "planned"
    if len(words) >= 4 and words[-1] not in ("to", "and") and any(
            words[at] == "to" and words[at - 1] in _BE_TO and _COMPLEMENT_BREAKS.isdisjoint(words[at + 1 :])
            for at in range(max(1, len(words) - 5), len(words) - 1)):
        # "Russia was to hand the Liaodong lease to Japan": the verb after "was to" sets the act it governs for later
        return "planned"
    if len(words) >= 3 and words[-1] == "to" and words[-2] in _SCHEDULED and words[-3] in _BE_TO:
        return "planned"  # "the two ministers were due to meet in May", "was scheduled to sign": a date set, not the act
    if len(words) >= 3 and words[-1] == "to" and words[-2] in _MOTIONS and not _SPONSORING.isdisjoint(words[-6:-2]):
        return "planned"  # "Tirana sponsored the resolution to give China's seat to Beijing": what a motion asks (tune19)
    if len(words) >= 2 and words[-1] == "to" and not _TEXTS_AGREED.isdisjoint(words[-4:-1]):
        return "planned"  # "signed an agreement today to demarcate their boundary": the act the text provides for
    if len(words) >= 4 and words[-2:] == ["to", "have"] and words[-3] in _HEARSAY and not _BE_TO.isdisjoint(words[-6:-3]):
        return "hypothetical"  # "Ben Bella is sometimes said to have invited the Cubans": hearsay the writer does not
        # vouch for (not "is known to have", a fact owned; not "said it had expelled", a speaker's own act) (sent21)
    if words[-2:] == ["to", "be"] and len(words) >= 3 and words[-3] in _SAID_TO:
        return "reported"  # "were reported to be fighting Vietnamese militia": an act told at second hand, not a plan
    if words[-2:] == ["to", "be"] or any(word == "to" and words[index + 1 : index + 2] == ["be"] and index + 3 < len(words)
                                         and (words[index + 2].endswith("ed") or words[index + 2] in _PARTICIPLES)
                                         for index, word in enumerate(words)):
        return "planned"  # "left open, to be settled by negotiation within a year": an act set for later
    if len(words) >= 2 and words[-1] == "to" and not OBLIGED.isdisjoint(words[-5:-1]):
        return "planned"  # "bound by treaty to defend Mongolia": a duty held, not yet an act
    if len(words) >= 3 and words[-1] == "to" and _text_obliges(tokens, clause_start, trigger_first):
        return "planned"  # "The treaty of 1971 obliged India and the Soviet Union to consult each other": a text's terms
    if words[-1:] == ["and"] and "to" in words:
        at = len(words) - 1 - words[::-1].index("to")
        if not OBLIGED.isdisjoint(words[max(0, at - 4) : at]) and not (_BREAKS | {",", ";"}).intersection(words[at + 1 : -1]):
            return "planned"  # "requiring every member to break relations and suspend trade": both are what is required
    if len(words) >= 2 and words[-1] == "to" and (words[-2] in LICENCE or words[-2] in ("offer", "offers")
                                                  and not _TAKEN_BACK.isdisjoint(words[-5:-2])):
        return "planned"
    if not REQUESTING.isdisjoint(words[-8:]) and ("to" in words or "that" in words) and not _own_legislature_asked(words):
        return "requested"  # "asked the United Nations to withdraw": the act asked for is not done
    if not REQUESTING.isdisjoint(words[-7:]) and _asked_for_by_name(words):
        return "requested"  # "sent notes to Rome and Vienna demanding the end of the blockade": the end asked, not done
    wider = set(map(_LOW, tokens[(trigger_first - 16 if trigger_first - 16 > clause_start else clause_start) : trigger_first]))
    if words and words[-1] == "to" and GIVING_TIME & wider and DEADLINE & set(words):
        return "deadline"  # "gave the Iranian diplomats until midnight to leave": an ultimatum, not the act
    if "to" in words[-3:] and not REQUESTING.isdisjoint(wider) and not _own_legislature_asked(words):
        return "requested"  # "called on India and Pakistan on September 20, 1965 to stop fighting": asked from afar
    if not NEEDING.isdisjoint(near[-3:]):
        return "planned"  # "Pakistan needed American aid", "wanted to buy Soviet arms": a want, nothing given or done
    if not INTENT.isdisjoint(near[-4:]):
        return "intended"
    if not ATTEMPT.isdisjoint(near[-4:]):
        return "attempted"
    if not REPORTING.isdisjoint(words):
        return "reported"
    return "asserted"


_TEXT_OBLIGING = OBLIGED | {"committed", "pledged"}  # a text's words: "The Simla Agreement committed India and Pakistan to"


def _text_obliges(tokens: list[Token], clause_start: int, trigger_first: int) -> bool:
    """Whether a verb of obligation whose subject is a text governs the "to" before the trigger, past the parties it
    binds ("The treaty of 1971 obliged India and the Soviet Union to", "the accord required both sides to")."""
    start = trigger_first - 12 if trigger_first - 12 > clause_start else clause_start
    at = next((index for index in range(trigger_first - 2, start - 1, -1) if tokens[index].low in _TEXT_OBLIGING), None)
    return at is not None and not any(t.text in (",", ";", ":") for t in tokens[at:trigger_first]) \
        and not _LAW_TEXTS.isdisjoint(map(_LOW, tokens[clause_start:at]))


# a state's own legislature: a government that asks it to act ("asked parliament to abrogate the treaty") does the act
# by its own procedure, as when it ratifies
_LEGISLATURES = frozenset("parliament congress assembly legislature senate chamber duma majlis knesset diet bundestag "
                          "cortes sejm".split())


# verbs of asking whose object is the act asked for ("demanded the end of the blockade", "urging the lifting of the
# embargo"); the others take it after "for" ("called for the withdrawal of", "asked for an end to")
_DEMANDING = frozenset("demand demanded demands demanding urge urged urges urging request requested requests requesting "
                       "for".split())
_ASKING_FOR = frozenset("call called calls calling ask asked asks asking appeal appealed appeals appealing pressed press "
                        "presses pressing".split())
# words that end the noun phrase a verb of asking governs: past them the act may be one done ("demanded
# compensation and lifted the blockade")
_PAST_THE_OBJECT = frozenset(", ; : and but or that which who when while as after before because since was were is are "
                             "had has have did".split())


def _asked_for_by_name(words: list[str]) -> bool:
    """Whether the act is named by a noun in the object of a verb of asking right before it: "demanding the end of the
    occupation", "urged an end to the blockade", "called for the lifting of the embargo" (what is asked, not done),
    with no break, conjunction or verb of its own between (not "demanded talks and ended the blockade")."""
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if word in _PAST_THE_OBJECT or word.endswith("ed") and word not in _DEMANDING:
            return False
        if word in _DEMANDING and index + 1 < len(words):
            return word != "for" or index > 0 and (words[index - 1] in _ASKING_FOR or words[index - 1] in _DEMANDING)
    return False


def _own_legislature_asked(words: list[str]) -> bool:
    """Whether the request before the act is made to a legislature ("asked parliament to", "asked the assembly to")."""
    for index, word in enumerate(words):
        if word in REQUESTING and any(w in _LEGISLATURES for w in words[index + 1 : index + 4]) \
                and "to" in words[index + 2 : index + 5]:
            return True
    return False


def _attributed_after(tokens: list[Token], trigger_first: int) -> bool:
    """A statement closed by who made it: "India and Israel will establish full relations, the Foreign Secretary
    announced today" (the future stated is a commitment, as when the statement comes first)."""
    comma = next((i for i in range(len(tokens) - 2, trigger_first, -1) if tokens[i].text == ","), None)
    if comma is None or len(tokens) - comma > 12:
        return False
    return not COMMITTING.isdisjoint(t.low for t in tokens[comma + 1 :])


SUBJECT_PRONOUNS = frozenset("it they he she we".split())
# an effort named before the act, and its failure told after it: "efforts to reconcile them came to nothing"
EFFORTS = frozenset("effort efforts attempt attempts bid bids try tried tries attempted attempting sought".split())
# verbs that stop an effort told after them: "blocked Britain's attempt to join the EEC", "held up Finland's bid to join"
_BLOCKING = frozenset("vetoed vetoes vetoing blocked blocks blocking thwarted thwarts foiled foils frustrated frustrates defeated "
                      "held holds stalled stalls obstructed obstructs torpedoed torpedoes".split())
_FAILED = frozenset("failed fails foundered founders collapsed collapses miscarried".split())
_FAILED_PHRASES = (("came", "to", "nothing"), ("come", "to", "nothing"), ("comes", "to", "nothing"), ("fell", "through"),
                   ("was", "abandoned"), ("were", "abandoned"), ("proved", "fruitless"), ("proved", "futile"),
                   ("were", "unsuccessful"), ("was", "unsuccessful"), ("but", "failed"), ("without", "success"))


def _had_pronoun(words: list[str]) -> bool:
    if "had" not in words:
        return False
    return any(word == "had" and index + 1 < len(words) and words[index + 1] in SUBJECT_PRONOUNS for index, word in enumerate(words))


def _failed_effort(tokens: list[Token], words: list[str], trigger_last: int) -> bool:
    """An act after 'efforts to', 'an attempt to', 'tried to' when the sentence then tells that it failed."""
    if "to" not in words:
        return False
    before = words[: len(words) - 1 - words[::-1].index("to")]
    if EFFORTS.isdisjoint(before):
        return False
    if not _BLOCKING.isdisjoint(before):
        return True  # "Taiwan vetoed Mongolia's bid to join the United Nations": the effort blocked, the act not done
    after = [token.low for token in tokens[trigger_last + 1 :]]
    if not _FAILED.isdisjoint(after):
        return True
    return any(tuple(after[i : i + len(phrase)]) == phrase for phrase in _FAILED_PHRASES for i in range(len(after)))


# a text agreed, right before "to": what it provides for is yet to be done
_MOTIONS = frozenset("resolution resolutions motion motions draft drafts proposal proposals bill bills".split())
_SPONSORING = frozenset("sponsored sponsors sponsor cosponsored co-sponsored introduced introduces tabled tables proposed "
                        "proposes moved supported supports backed backs drafted".split())
_TEXTS_AGREED = frozenset("agreement agreements accord accords treaty treaties pact protocol arrangement deal".split())
# after a noun naming an act, these make it a plan: "a joint mission planned for 1975", "the summit scheduled for May"
PLANNED_AFTER = frozenset("planned scheduled slated envisaged envisioned proposed due".split())


def planned_after(tokens: list[Token], trigger_last: int) -> bool:
    """Whether the noun ending at ``trigger_last`` is followed by a word that makes it a plan, right after it or, past
    its own complement, as the verb it is the subject of ("the summit between Khrushchev and Eisenhower was to be held
    in Paris", "a visit by the Chinese premier to Delhi was due in May")."""
    index = trigger_last + 1
    if index < len(tokens) and tokens[index].low in ("was", "were", "is", "are"):
        index += 1
    if index < len(tokens) and tokens[index].low in PLANNED_AFTER:
        return True
    if index == trigger_last + 1 and index < len(tokens) and tokens[index].low in _COMPLEMENT_OPENERS:
        return _set_for_later(tokens, index)
    return False


# the verbs of a relative clause that hope for, expect or fear the act its noun names, before 'to' or a modal
_WISHING = frozenset("hoped hopes wanted wants wished wishes expected expects planned plans intended intends feared "
                     "fears sought seeks".split())


def wished_after(tokens: list[Token], trigger_last: int) -> bool:
    """Whether the noun ending at ``trigger_last`` opens a relative clause that hopes for, expects or fears it: "the
    treaty Warsaw hoped to conclude with Bonn", "the alliance that Pakistan expected SEATO to honour", "the attack
    the Americans feared Hanoi would launch" (its subject a name, with or without 'the', 'that' or 'which' before it).
    The act is wished or feared, not told done (not "the treaty Warsaw signed with Bonn")."""
    index = trigger_last + 1
    if index < len(tokens) and tokens[index].low in ("that", "which"):
        index += 1
    if index < len(tokens) and tokens[index].low == "the":
        index += 1
    names = 0
    while index < len(tokens) and names < 4 and tokens[index].text[:1].isupper():
        index += 1
        names += 1
    if not names or index + 1 >= len(tokens) or tokens[index].low not in _WISHING:
        return False
    following = tokens[index + 1 : index + 5]
    return following[0].low == "to" or any(t.low == "to" or t.low in MODALS for t in following[1:]) \
        and following[0].text[:1].isupper()


# what opens a noun's own complement before its verb: "the summit between ... was to be held", "the visit of ... was due"
_COMPLEMENT_OPENERS = frozenset("between of by to with in from".split())
_COMPLEMENT_STOPS = frozenset(", ; : ( ) which that who when after before while but because".split())


def _set_for_later(tokens: list[Token], index: int) -> bool:
    """Whether the first 'was'/'were' within ten words of ``index`` (no clause break between) opens a plan: 'was to be'
    and a participle ("was to be held", "were to be signed"), or 'was due', 'was scheduled'."""
    for at in range(index + 1, min(len(tokens) - 1, index + 10)):
        low = tokens[at].low
        if low in _COMPLEMENT_STOPS:
            return False
        if low in _BE_TO:
            following = [t.low for t in tokens[at + 1 : at + 4]]
            return bool(following) and following[0] in PLANNED_AFTER or following[:2] == ["to", "be"] and len(following) == 3 \
                and (following[2].endswith("ed") or following[2] in _PARTICIPLES)
    return False


MODALS = frozenset("would could will shall might may should can".split())


def not_until(tokens: list[Token], trigger_last: int) -> bool:
    """'did not call up its reserves until the morning of October 6': the act was done, at the time 'until' names."""
    for token in tokens[trigger_last + 1 : trigger_last + 12]:
        if token.low in ("until", "till"):
            return True
        if token.text in _BREAKS or token.text == "," or token.low in ("and", "but", "because", "when", "while"):
            return False
    return False


_MONTH_WORDS = frozenset("january february march april june july august september october november december "
                         "<month> spring summer autumn fall winter early late mid".split())


def _date_word(word: str) -> bool:
    return word in _MONTH_WORDS or word.isdigit() and (len(word) == 4 or len(word) <= 2)


def _undated(words: list[str]) -> list[str]:
    """The words without a dated phrase in them: "in December 1985", "on 3 May 1960", "in the spring of 1946"."""
    if not any(map(_date_word, words)):
        return words
    kept = []
    for index, word in enumerate(words):
        if _date_word(word) or word == "," and index > 0 and _date_word(words[index - 1]):
            continue
        if word in ("in", "on", "during", "the", "of") and index + 1 < len(words) and \
                (_date_word(words[index + 1]) or words[index + 1] in ("the", "of")):
            continue
        kept.append(word)
    return kept


def _scopes(words: list[str], index: int) -> bool:
    """Whether a mental state reaches the act: 'wanted to invade', 'hoped that', 'planned an invasion'; not
    'wanted peace with all its neighbours and invited Sadat', where it has an object of its own."""
    following = words[index + 1 : index + 2]
    if words[index].endswith("ing") and "," in words[index + 1 :] and (index == 0 or words[index - 1] in (",", ";")):
        return False  # "Hoping to revive the talks, Pakistan offered a ceasefire": a fronted clause's aim, the act done
    return not following or following[0] in ("to", "that") or len(words) - index <= 3 or "and" not in words[index + 1 :]


def _refusal_done(words: list[str]) -> bool:
    """A refusal followed by "and" and the act: a refusal told on its own, then another act ("Manley refused and spoke
    in support of the intervention"), not an act refused."""
    at = max(index for index, word in enumerate(words) if word in REFUSALS)
    return words[at + 1 : at + 2] == ["and"]


def _inverted_conditional(tokens: list[Token], clause_start: int, trigger_first: int) -> bool:
    """'Had Moscow refused, ...' and 'Were the talks to fail, ...' open a counterfactual clause."""
    if clause_start >= len(tokens) or clause_start != 0:
        return False
    clause_start = _opening(tokens)  # '3. "Had the United States offered more aid, ..."': a numbered, quoted question
    first = tokens[clause_start].low
    return first in ("had", "were", "should") and trigger_first - clause_start <= 12 and any(
        token.text == "," for token in tokens[clause_start : trigger_first + 20]
    )


_LEADING = frozenset('.)("“‘\'•*-–—')  # a list number's point or bracket, a bullet, an opening quote


def _opening(tokens: list[Token]) -> int:
    """The first word of a sentence after its list number, bullet or opening quote ('3. "Had ...')."""
    index = 0
    while index < (len(tokens) - 1 if len(tokens) - 1 < 4 else 4) and (tokens[index].text in _LEADING or tokens[index].text.isdigit()):
        index += 1
    return index


_CLAUSE_BREAKS = frozenset((";", ",", ":", "—", "–"))
_COUNTERFACTUAL_MODALS = frozenset(("would", "could", "might"))


def _inverted_inside(tokens: list[Token], trigger_first: int) -> bool:
    """'...; had China attacked Laos as it had attacked Vietnam, Vietnamese troops would have fought': a
    counterfactual condition opened by "had" after a clause break, reaching the act before its closing comma,
    with the modal of its consequence later in the sentence."""
    for index in range(trigger_first - 1, (trigger_first - 10 if trigger_first > 10 else 0), -1):
        token = tokens[index]
        if token.text == ",":
            return False  # the condition ends at its comma: "had it asked, Beijing would have sent" has its act after
        if token.low == "had" and tokens[index - 1].text in _CLAUSE_BREAKS and index + 1 < trigger_first \
                and tokens[index + 1].low not in ("been", "not", "never", "already", "long"):
            return any(later.low in _COUNTERFACTUAL_MODALS for later in tokens[trigger_first + 1 :])
    return False
