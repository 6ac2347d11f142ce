"""Titles and bodies named alone ("the junta", "the premier", "the embassy") resolved to the state they belong to.

A text names a government's organs and officers by title once the state is clear from the words around them:
"Buenos Aires refused to withdraw, and the junta sent more troops", "Nixon flew to Peking and met the Chairman".
The state is, in order:
  1. the state a phrase right after the title names: "the junta in Athens", "the premier of China", "the
     delegation from Islamabad" (for a diplomatic post "in X" names its host, which it is not: "the consulate in
     Karachi" is India's beside Pakistan's crowds);
  2. the state of the last earlier mention whose last word is the title's noun ("the American embassy ... the
     embassy");
  3. for an office, the person in focus holding it ("Shastri died at Tashkent, and the premier's body ..."),
     else the first state in focus whose holder of it at the date the gazetteer knows ("Yahya Khan visited
     Peking, and the premier ..." is Zhou Enlai);
  4. the state in focus: the sentence's subject first for bodies acting ("Nehru dismissed Krishna Menon, and the
     cabinet asked ..."), the most salient state for "the regime" and "the junta", which a text uses for a
     government it looks at from outside ("The United States embargoed Cuba, hoping the regime would collapse");
  5. for a title of a few states only, the first of them ("the Secretary of State" is the American one).
A title resolved to an office's holder is that person's mention; else a group of the state with the body's
sector, as "the Knesset" is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from detente.actors import gazetteer
from detente.actors.matcher import TITLE, Form, Hit
from detente.model import Mention

__all__ = ["resolve_title"]

# "in", "at", "of", "from" (and "the") right after a title, then the name that binds it.
_BINDING = re.compile(r"[ \t]+(in|at|of|from)[ \t]+(?:the[ \t]+)?")
_SENTENCE_END = re.compile(r"[.!?;][\"')\]]?\s+")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+(?:(?:the|a|an|its|their|his|her)[ \t]+)?$")
_PREPOSITIONS = frozenset(
    "after before in at from with against to of on by for following despite during over into toward towards under"
    " between among since until about across through within without near beyond behind".split()
)
# A title opening a clause that goes on with the sentence's subject: ", and the regime mobilized".
_CLAUSE_OPENS = re.compile(r"(?:,|\band|\bbut|\bwhile|\bthen|\byet)[ \t]+$")
_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w'’-]*)[ \t]+$")
# An antecedent is looked for this far back (characters), among this many mentions.
_REACH = 1500
_BACK = 40


@lru_cache(maxsize=1)
def _titles() -> dict[str, dict]:
    return gazetteer.data().get("titles", {})


@lru_cache(maxsize=256)
def _allowed(phrase: str) -> tuple[str, ...]:
    """The state codes a title belongs to (empty: any), in the order listed."""
    records = gazetteer.entities()
    return tuple(dict.fromkeys(records[ident]["code"] for ident in _titles()[phrase]["states"] if ident in records))


@lru_cache(maxsize=1)
def _holders() -> dict[tuple[str, str], list[tuple[int, int, str]]]:
    """(state code, role) -> (first day, last day, person id) of every office of the gazetteer."""
    records = gazetteer.entities()
    index: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
    for ident, record in records.items():
        if record["kind"] != "person":
            continue
        for office in record["offices"]:
            start = gazetteer.ordinal(office["from"]) or gazetteer.OPEN_START
            stop = gazetteer.ordinal(office["to"], end=True) or gazetteer.OPEN_END
            for state in office["states"]:
                if state in records:
                    index.setdefault((records[state]["code"], office["role"]), []).append((start, stop, ident))
    return index


def _holder(code: str, roles: Sequence[str], days: tuple[int, int] | None) -> str | None:
    """The one person holding one of ``roles`` for the state ``code`` at the start of ``days``."""
    if days is None:
        return None
    found = {
        ident: start
        for role in roles
        for start, stop, ident in _holders().get((code, role), ())
        if start <= days[0] <= stop
    }
    if len(found) > 1:
        # on the day of a handover both tenures touch it: the newcomer holds the office
        latest = max(found.values())
        found = {ident: start for ident, start in found.items() if start == latest}
    return next(iter(found)) if len(found) == 1 else None


def _form(hit: Hit) -> Form:
    return next(form for form in hit.forms if form.via == TITLE)


def resolve_title(
    text: str,
    hit: Hit,
    *,
    ranked: Callable[[], Sequence[str]],
    mentions: Sequence[Mention],
    following: Sequence[Hit],
    days: tuple[int, int] | None,
    date: str | None,
    resolve: Callable[[str, Hit, tuple[int, int] | None, str | None], Mention | None],
    states_of: Callable[[Mention], tuple[str, ...]],
    sole: Callable[[], str | None] = lambda: None,
) -> Mention | None:
    """The mention a title stands for here, or None when no state can be told (or the words make it no title).

    ``ranked()`` gives the states in focus, most salient first; ``mentions`` those found so far; ``following`` the hits
    after this one; ``resolve`` turns a hit into a mention at a date; ``states_of`` gives a mention's states; ``sole()``
    the one state plainly in focus, if any (what a `sole` title such as "the president" alone stands for)."""
    form = _form(hit)
    record = _titles()[form.text]
    how = record["how"]
    found = text[hit.start : hit.end]
    if not found.lower().startswith("the ") and _part_of_a_name(text, hit.start):
        return None  # "the European Parliament", "the Long Parliament": another body's name
    allowed = _allowed(form.text)
    excluded: set[str] = set()
    apposed = _apposed(text, hit, mentions, following, days, date, resolve, states_of)
    if apposed is not None:
        # "Sir Alec Douglas-Home, the Foreign Secretary", "the Foreign Secretary, J. N. Dixit": the person's state;
        # "The foreign minister, Einar Agustsson," a person the gazetteer does not know: no state to tell
        return _mention(text, hit, record, apposed[0], days, date, resolve) if apposed else None
    bound = _bound(text, hit, following, days, date, resolve, states_of)
    if bound is not None:
        word, states = bound
        if not states:
            return None  # "the delegation of the United Nations": no state's
        if "post" in how and word in ("in", "at"):
            excluded.update(states)  # "the consulate in Karachi": the post of another state, in Pakistan
        else:
            return _mention(text, hit, record, states[0], days, date, resolve)
    elif "bound" in how and "sole" not in how:
        return None  # "the mission" alone: too common to stand for a state
    if "styled" in how:
        # "King Gyanendra met Musharraf ... The king also met Singh": the last person in focus named with the title's
        # word, never a president or a premier named after him (tune29); with none, nobody
        person = _styled_in_focus(text, hit, found, mentions)
        return None if person is None else resolve(text, Hit(hit.start, hit.end, (Form(found, person, "leader"),)), days, date)
    if _IN_EXILE.match(text, hit.end):
        # "Germany overran Norway ... In 1941 the British government recognized the government in exile": a government
        # sitting abroad is not that of the states its sentence names before it (its host, its counterpart), but of the
        # state whose government the text named before, else of the state in focus besides them; none: no one's
        beside = set(_earlier(text, hit, mentions, states_of))
        exiled = [code for code in _antecedents(text, hit, form.text, mentions, states_of) if code not in beside]
        exiled = exiled or [code for code in ranked() if code not in beside]
        return _mention(text, hit, record, exiled[0], days, date, resolve) if exiled else None
    if ("salient" in how or "sole" in how) and "post" not in how:
        seat = _seat_before(text, hit, mentions, states_of)
        if seat:
            return _mention(text, hit, record, seat[0], days, date, resolve)  # "In Athens the junta decided ..."
    candidates = [code for code in _antecedents(text, hit, form.text, mentions, states_of, "salient" in how) if code not in excluded]
    if candidates and (not allowed or candidates[0] in allowed):
        return _mention(text, hit, record, candidates[0], days, date, resolve)
    if "sole" in how:
        # "the president", "the government" alone: the state when the text plainly speaks of one ("Pakistan tested a
        # missile. The president said ..."), nobody when two or more share the focus ("India and Pakistan ...")
        plain = sole()
        if plain is None and not allowed and not record["offices"] and _opens_clause(text, hit) \
                and not _earlier(text, hit, mentions, states_of):
            # "Ecuador and Colombia quarrelled. President Correa protested. The government broke off relations": of
            # two states in focus, the one whose leader the paragraph named last (not when its sentence names an
            # actor before it: "Bush lifted the embargo and promised aid to the new government" is another's)
            plain = _leader_in_paragraph(text, hit, mentions, ranked())
        if plain is None or plain in excluded or (allowed and plain not in allowed):
            return None
        if _ATTRIBUTION.match(text, hit.end) and _COMMA_BEFORE.search(text, max(0, hit.start - 4), hit.start):
            return None  # "..., the government said.": a tag on the report, no actor beside the one the clause names
        return _mention(text, hit, record, plain, days, date, resolve)
    if "post" in how:
        envoy = _envoy_in_focus(hit, mentions, excluded)
        if envoy is not None:
            return _mention(text, hit, record, envoy, days, date, resolve)
    if record["offices"]:
        person = _person_in_focus(hit, record["offices"], mentions, allowed, excluded)
        if person is not None:
            return resolve(text, Hit(hit.start, hit.end, (Form(found, person, "leader"),)), days, date)
    in_focus = ranked()
    order: list[str] = []
    subject = _subject(text, hit, mentions, states_of)
    if "subject" in how or (subject and _CLAUSE_OPENS.search(text, max(0, hit.start - 12), hit.start)):
        order.extend(subject)  # "Castro allowed the missiles in, and the regime mobilized": Cuba's
    elif "salient" in how:
        # "... hoping the regime would collapse", "... argued that the regime repudiated its debts": the regime is
        # what the sentence's subject (or every state named before it) looks at, not its own government
        clause = _subject(text, hit, mentions, states_of, clause=True)
        named = clause or list(dict.fromkeys(_earlier(text, hit, mentions, states_of)))
        if (clause or len(set(named)) == 1) and any(code not in excluded and code != named[0] for code in in_focus):
            excluded.add(named[0])  # and only when another state is in focus ("in Havana the regime paraded")
        elif not named and not excluded and not allowed and sole() is None:
            # "Iraq and Kuwait quarrelled. In August the regime invaded": two states share the focus and the sentence
            # looks at neither from outside; the regime is that of the state whose leader the paragraph named last,
            # else no one's (which it is, the words do not tell). (Not a title of a few states: "the federal
            # government" of a federation and a unitary state is the federation's.)
            led = _leader_in_paragraph(text, hit, mentions, in_focus)
            return None if led is None else _mention(text, hit, record, led, days, date, resolve)
        # the states its own paragraph names come first: "Ghana ... Ghana ...\n\nIn 1982 Argentina quarrelled with
        # Britain. The junta rejected ..." is Argentina's junta, though Ghana, named more, is still more salient
        in_focus = _paragraph_first(text, hit, mentions, states_of, in_focus)
    order.extend(in_focus)
    order = [code for code in dict.fromkeys(order) if code not in excluded and (not allowed or code in allowed)]
    if record["offices"]:
        held = [code for code in order[:2] if _holder(code, record["offices"], days) is not None]
        if len(held) == 2 and sole() is None and (not subject or _paired_subject(text, hit, mentions)):
            return None  # "India and Pakistan talked. The prime minister said ...": either's, so no one's
        for code in order:
            if _holder(code, record["offices"], days) is not None:
                return _mention(text, hit, record, code, days, date, resolve)
    if order:
        return _mention(text, hit, record, order[0], days, date, resolve)
    if allowed:
        fallback = _allowed_at(allowed, record["offices"], days, excluded)
        if fallback is not None:
            return _mention(text, hit, record, fallback, days, date, resolve)
    return None


_IN_EXILE = re.compile(r"(?:[ \t]+|-)in(?:[ \t]+|-)exile\b", re.IGNORECASE)
# "In Athens the junta", "in Havana, the regime": a seat named after "in" or "at" right before the title
_SEAT_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]t)[ \t]+$")
_SEAT_GAP = re.compile(r"[ \t]*,?[ \t]*")


def _seat_before(text, hit, mentions, states_of) -> tuple[str, ...]:
    """The states of a place or state named after "in"/"at" right before the title, opening its clause ("In Athens
    the junta ...", "..., and in Havana the regime ..."): the title's seat; () with none."""
    if not mentions:
        return ()
    last = mentions[-1]
    if last.end > hit.start or _SEAT_GAP.fullmatch(text, last.end, hit.start) is None:
        return ()
    if _SEAT_BEFORE.search(text, max(0, last.start - 4), last.start) is None:
        return ()
    head = text[max(0, last.start - 16) : last.start].rstrip()[:-2].rstrip()
    if head and head[-1] not in ".!?;:,\n" and not head.endswith(("and", "but", "while")):
        return ()  # "the troops in Athens the junta sent": no clause opens with the seat
    return states_of(last)


def _allowed_at(allowed: Sequence[str], offices: Sequence[str], days: tuple[int, int] | None, excluded: set[str]) -> str | None:
    """The state a title of a few states stands for when none is in focus: the first whose office has a holder at the
    date ("the chancellor" is Bülow's Germany in 1905, Adenauer's in 1955, Kohl's in 1985), else the first existing
    then, else the first listed; undated, the first listed."""
    candidates = [code for code in allowed if code not in excluded]
    if not candidates or days is None:
        return candidates[0] if candidates else None
    if offices:
        held = next((code for code in candidates if _holder(code, offices, days) is not None), None)
        if held is not None:
            return held
    return next((code for code in candidates if _exists(code, days)), candidates[0])


def _exists(code: str, days: tuple[int, int]) -> bool:
    records = gazetteer.entities()
    return any(
        gazetteer._overlaps(gazetteer.validity(records[ident]), days) for ident in gazetteer._by_code().get(code.upper(), ())
    )


_PAIRED = re.compile(r"[ \t]*(?:,[ \t]*)?(?:and|&)[ \t]+(?:the[ \t]+)?$")


def _paired_subject(text: str, hit: Hit, mentions: Sequence[Mention]) -> bool:
    """Whether the sentence opens with two actors joined by "and" ("China and India agreed ..., and the prime
    minister ..."): its subject is both, so it decides nothing between them."""
    found = _in_sentence(mentions, _sentence_start(text, hit.start), hit.start)
    return len(found) >= 2 and _PAIRED.fullmatch(text, found[0].end, found[1].start) is not None


def _part_of_a_name(text: str, start: int) -> bool:
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    head = text[max(0, before.start(1) - 8) : before.start(1)].rstrip()
    return before.start(1) > 0 and (not head or head[-1] not in ".!?:;\"'(“‘\n")


def _bound(text, hit, following, days, date, resolve, states_of) -> tuple[str, tuple[str, ...]] | None:
    """("in", states) when "in", "at", "of" or "from" and a mention follow the title right away; None else."""
    match = _BINDING.match(text, hit.end)
    if match is None or not following or following[0].start != match.end():
        return None
    mention = resolve(text, following[0], days, date)
    if mention is None:
        return None
    return match.group(1), states_of(mention)


_ATTRIBUTION = re.compile(r"[ \t]+(?:said|says|announced|reported|claimed|stated|added|confirmed)\b")
_COMMA_AFTER = re.compile(r"[ \t]*,[ \t]*(?=[^\W\d_])")
_COMMA_BEFORE = re.compile(r",[ \t]*$")


def _apposed(text, hit, mentions, following, days, date, resolve, states_of) -> tuple[str, ...] | None:
    """The states of a person standing in apposition to the title (before it or after it, between commas); () when
    a capitalised name the gazetteer does not know follows; None when there is no apposition."""
    if mentions and mentions[-1].kind == "person" and _COMMA_BEFORE.search(text, max(0, hit.start - 4), hit.start):
        if text[mentions[-1].end : hit.start].strip() == ",":
            return states_of(mentions[-1])
    after = _COMMA_AFTER.match(text, hit.end)
    if after is None:
        return None
    if following and following[0].start == after.end():
        mention = resolve(text, following[0], days, date)
        if mention is not None and mention.kind == "person":
            return states_of(mention)
        return None  # "the regime, Cuba's rulers": not a person
    name = _UNKNOWN_PERSON.match(text, after.end())
    return () if name is not None and all(word[0].isupper() for word in name.group(0).split()) else None


# Two to four words (initials too) closed by a comma, each capitalised: a person's name ("Einar Ágústsson,").
_UNKNOWN_PERSON = re.compile(r"(?:[^\W\d_][\w'\u2019.-]*[ \t]+){1,3}[^\W\d_][\w'\u2019-]*(?=[ \t]*[,)])")


def _antecedents(text, hit, phrase, mentions, states_of, paragraph: bool = False) -> list[str]:
    """States of the earlier mentions ending in the title's noun ("the American embassy"), the latest first. With
    ``paragraph`` (a salient title), one of an earlier paragraph counts only when the title's paragraph names its state
    or no state before the title: "Brazil ... the federal government ...\n\nGermany reunified. The federal government
    ..." is Germany's, not the government named a paragraph before. (Not for "the government", which a timeline's
    entries, each a paragraph, name after another state's adjective: "Pakistani-backed rebels attack the government
    garrison" is the government of the entries before.)"""
    noun = phrase.split()[-1].lower().rstrip("s")
    reach = hit.start - _REACH
    codes = []
    start = text.rfind("\n\n", 0, hit.start) if paragraph else -1
    named: set[str] | None = None
    for mention in reversed(mentions[-_BACK:]):
        if mention.end < reach:
            break
        if mention.end <= start:
            if named is None:
                named = {code for found in _in_sentence(mentions, start, hit.start) for code in states_of(found)}
            if named and not named.intersection(states_of(mention)):
                continue
        if mention.kind == "group" and _same_noun(mention.text.split()[-1].lower().rstrip("s"), noun):
            codes.extend(states_of(mention))
    return codes


# the words a text names one government by from outside, each standing for the other ("the junta ... the regime")
_RULERS = frozenset(("junta", "regime"))


def _same_noun(word: str, noun: str) -> bool:
    return word == noun or word in _RULERS and noun in _RULERS


def _person_in_focus(hit, offices, mentions, allowed, excluded) -> str | None:
    """The last person named in the sentences before the title who holds one of the offices (the text's last
    premier), of an allowed state."""
    for mention in reversed(mentions[-_BACK:]):
        if mention.end < hit.start - _REACH:
            break
        if mention.kind != "person" or mention.role not in offices or not mention.state:
            continue
        if mention.state in excluded or (allowed and mention.state not in allowed):
            continue
        return mention.entity
    return None


def _styled_in_focus(text: str, hit, found: str, mentions) -> str | None:
    """The last person named before the title with its word as a style ("King Gyanendra", "the Emir of Kuwait")."""
    word = found.rsplit(None, 1)[-1].lower()
    for mention in reversed(mentions[-_BACK:]):
        if mention.end < hit.start - _REACH:
            break
        if mention.kind != "person" or not mention.state:
            continue
        if word in text[max(0, mention.start - 12) : mention.end].lower().split():
            return mention.entity
    return None


_CLAUSE_WORDS = frozenset("and but then later soon so thereupon".split())


def _opens_clause(text, hit) -> bool:
    """Whether the title stands where a clause's subject does: after the sentence's start, a date or a capitalised
    word, or "and"/"then" ("In March 2008 the government ...", "..., and the government ..."), not after a verb or a
    preposition ("promised aid to the new government")."""
    before = _WORD_BEFORE.search(text, max(0, hit.start - 30), hit.start)
    if before is None:
        return True
    word = before.group(1)
    return word[0].isupper() or word.lower() in _CLAUSE_WORDS


def _leader_in_paragraph(text, hit, mentions, in_focus) -> str | None:
    """The state of the last person named in the title's paragraph before it, when it is one of the states in focus."""
    start = max(text.rfind("\n\n", 0, hit.start), hit.start - _REACH)
    for mention in reversed(mentions[-_BACK:]):
        if mention.end < start:
            break
        if mention.kind == "person" and mention.state:
            return mention.state if mention.state in in_focus else None
    return None


def _envoy_in_focus(hit, mentions, excluded) -> str | None:
    """The state of the last envoy named before a diplomatic post ("Harriman ... the embassy worked from there")."""
    for mention in reversed(mentions[-_BACK:]):
        if mention.end < hit.start - _REACH:
            break
        if mention.kind == "person" and mention.state and mention.state not in excluded and mention.role and (
            "ambassador" in mention.role or "envoy" in mention.role or "chargé" in mention.role
        ):
            return mention.state
    return None


def _in_sentence(mentions, start: int, stop: int) -> list[Mention]:
    """The mentions between ``start`` and ``stop`` (the last ones found), in order; read from the end."""
    found = []
    for mention in reversed(mentions):
        if mention.start < start:
            break
        if mention.end <= stop:
            found.append(mention)
    found.reverse()
    return found


def _paragraph_first(text, hit, mentions, states_of, in_focus: Sequence[str]) -> Sequence[str]:
    """``in_focus`` with the states named earlier in the title's paragraph (since the last blank line) first."""
    start = text.rfind("\n\n", 0, hit.start)
    if start < 0:
        return in_focus  # one paragraph so far: every state in focus is its own
    named = {code for mention in _in_sentence(mentions, start, hit.start) for code in states_of(mention)}
    if not named:
        return in_focus
    return [code for code in in_focus if code in named] + [code for code in in_focus if code not in named]


def _earlier(text, hit, mentions, states_of) -> list[str]:
    """The states of every mention of the sentence before the title."""
    start = _sentence_start(text, hit.start)
    return [code for mention in _in_sentence(mentions, start, hit.start) for code in states_of(mention)]


def _sentence_start(text: str, at: int) -> int:
    """Where the last sentence end of the 400 characters before ``at`` closes (0 with none): the end of the last match
    ``_SENTENCE_END.finditer`` would give there, found from ``at`` backwards. Its matches cannot overlap (one opens
    at a stop, which no quote or blank it reads can be), so the last is the one opening at the last stop where the
    pattern matches; the stops are looked for with ``str.rfind``, nearest first, rather than every position read."""
    low = max(0, at - 400)
    high = at
    while True:
        stop = max(text.rfind(".", low, high), text.rfind("!", low, high), text.rfind("?", low, high), text.rfind(";", low, high))
        if stop < 0:
            return 0
        found = _SENTENCE_END.match(text, stop, at)
        if found is not None:
            return found.end()
        high = stop


def _sentence_start_plain(text: str, at: int) -> int:
    """``_sentence_start`` as a forward pass reads it (kept for the tests)."""
    start = 0
    for end in _SENTENCE_END.finditer(text, max(0, at - 400), at):
        start = end.end()
    return start


_CLAUSE_BREAK = re.compile(r"(?:,[ \t]+(?:and|but|while|whereas)|;)[ \t]+")


def _subject(text, hit, mentions, states_of, clause: bool = False) -> list[str]:
    """The states of the sentence's mentions before the title that stand after no preposition, in order:
    "After the Chinese offensive Nehru dismissed Krishna Menon, and the cabinet asked": India. With ``clause``,
    those of the title's own clause ("The Taliban took Kabul, and Pakistan ... recognized the regime": Pakistan)."""
    start = _sentence_start(text, hit.start)
    if clause:
        for found in _CLAUSE_BREAK.finditer(text, start, hit.start):
            start = found.end()
    codes: list[str] = []
    for mention in _in_sentence(mentions, start, hit.start):
        before = _WORD_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        if before is not None and before.group(1).lower() in _PREPOSITIONS:
            continue
        codes.extend(states_of(mention))
    return codes


def _mention(text, hit, record, code, days, date, resolve) -> Mention | None:
    """The holder of the title's office for ``code`` at the date, else the state's body as a group."""
    found = text[hit.start : hit.end]
    if record["offices"]:
        person = _holder(code, record["offices"], days)
        if person is not None:
            mention = resolve(text, Hit(hit.start, hit.end, (Form(found, person, "leader"),)), days, date)
            if mention is not None and mention.state == code:
                return mention
    return Mention(
        hit.start, hit.end, found, code + record["sector"], "group", None, code, record["role"], date, "institution"
    )
