"""What an act's code becomes in its context: another sense of the word, a reversal ("broke off the
talks"), an easing ("lifted the embargo"), a refusal or an intention, a promise not to act."""

from __future__ import annotations

import operator
from functools import cache

from detente.events.roles import headline_participle, measure_participle
from detente.events.triggers import Token, Trigger
from detente.resources import load_json

_LOW = operator.itemgetter(1)  # Token.low, read in C


@cache
def codes() -> dict[str, dict]:
    return load_json("cameo.json")


ARMED_PEOPLE = frozenset("men groups bands gangs militants guerrillas infiltrators rebels civilians police guards units "
                         "exiles insurgents raiders volunteers fighters settlers nationalists".split())
# a preposition right before "armed" makes it the adjective of what follows ("a day after armed exiles crossed")
_BEFORE_ADJECTIVE = frozenset("of after before against among from with by for to into".split())
# what falls to an army when no name stands before "fell to" ("the capital fell to the rebels")
_FALLEN_PLACES = frozenset("city cities capital town towns port ports fortress fort island islands base bases garrison "
                           "province provinces region regions village villages stronghold strongholds".split())
_DUTIES = frozenset("task tasks job burden responsibility duty role honour honor leadership share lot decision choice "
                    "chairmanship presidency initiative command".split())
# what an official releases that is no person set free: a text, a recording, figures
RELEASED_THINGS = frozenset("recording recordings tape tapes transcript transcripts statement statements report reports "
                            "document documents details figures text texts photographs photos pictures film footage "
                            "list findings data communique communiqué papers letter letters files records results map "
                            "maps information version".split())
# who is named after a noun of exchange that only says what they deal with ("a Soviet trade official")
_OFFICE_NOUNS = frozenset("official officials representative representatives attaché attache attachés attaches envoy "
                          "envoys delegate delegates minister ministers ministry".split())


# what a state defends that is its own: no other state is supported
OWN_GROUND = frozenset("territory territories country soil borders border frontiers homeland sovereignty independence "
                       "interests coast coasts shores capital".split())


# what people join that is no treaty, alliance or organization of states
UNRULY = frozenset("rebellion rebellions revolt revolts uprising uprisings insurrection rebels insurgents guerrillas "
                   "mutiny mutineers strike strikes protest protests demonstration demonstrations crowd crowds".split())


TOPIC_PREPOSITIONS = frozenset("on about over concerning regarding".split())


WEAPON_WORDS = frozenset("atomic hydrogen nuclear thermonuclear neutron".split())


_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)


# a verb followed by these particles has a sense other than the act ("settled in Moscow", "settled down"); to leave
# for a place is to set out on a journey ("the mission leaves for home tomorrow"), no withdrawal
_FOR = frozenset({"for"})
_BEING = frozenset("was were is are be been being".split())
_GOING_ON = frozenset("continued continue continues continuing".split())
_CIVIL_CRAFT = frozenset("airliner airliners jetliner jetliners airbus boeing".split())
_BEFORE_A_THING = frozenset("a the of mobile cellular satellite field public their its".split())
OTHER_SENSES = {"settle": frozenset("in into at down".split()), "settled": frozenset("in into at down".split()),
                "leave": _FOR, "leaves": _FOR, "left": _FOR, "leaving": _FOR,
                "back": frozenset("from home".split()),  # "General Zia, back from Jordan,": returned, no backing
                "free": frozenset("to of from".split())}  # "leaving each member free to decide": able, no one freed
# what is fought when no war is ("the election was fought over Cuba", "fought the referendum campaign on aid")
_CONTESTS = frozenset("election elections campaign campaigns referendum poll polls by-election primary primaries".split())
# before aid, the words of needing it: "depended on Soviet aid", "relied on American credits"
_DEPENDING = frozenset("depend depends depended depending dependent dependence rely relies relied relying reliant "
                       "reliance".split())
# before "charge", the words of taking or holding a command: "took charge of", "was in charge of"
_TAKING_CHARGE = frozenset("take takes took taken taking in".split())
_BUYING = frozenset("buy buys bought buying".split())


# after "left" and its object, the state the object was left in: "left Israel in control", "left the question open"
_LEFT_STATES = frozenset("unresolved unsettled undecided unchanged intact open untouched unanswered stranded alone unclear "
                         "undefined unmarked uncertain vague ambiguous".split())
# people who leave a place of their own accord or are sent away, no state's forces
_CIVILIANS = frozenset("workers labourers laborers people refugees civilians emigrants migrants settlers families students "
                       "tourists residents inhabitants those".split())
_LEFT_AMOUNTS = frozenset("little few no nothing".split())  # "the debt crisis left little money for gestures"
_LEFT_IN = frozenset("control power charge place force doubt limbo".split())


def _left_in_a_state(tokens: list[Token], last: int) -> bool:
    """Whether "left" leaves something in a state, no one departing: "which left the border question where it was",
    "left Mexico's politics alone", "left little money for gestures"."""
    if last + 1 < len(tokens) and tokens[last + 1].low in _LEFT_AMOUNTS:
        return True
    for index in range(last + 1, min(len(tokens), last + 8)):
        low = tokens[index].low
        if low in (",", ";", ".", "and", "but", "for", "to", "from"):
            return False
        if low in _LEFT_STATES or low == "where" or low == "in" and index + 1 < len(tokens) and tokens[index + 1].low in _LEFT_IN:
            return True
    return False


# words after "armed" that keep it a verb: its object's determiner or a preposition of the arms' route
_ARMING_NEXT = frozenset("the a an its their his her them both and rebels guerrillas insurgents".split())


# verbs that take no object, so "-ed from" after a plural noun is the verb itself, never a participle told in
# passing: "Iraqi troops retreated from Kuwait" (but "rockets captured from Germany")
_NO_OBJECT = frozenset("retreated defected emigrated departed".split())


# an act of violence named with "the" and no doer, condemned in a sentence that then offers sympathy to its victim
_BLOWS = frozenset("attack attacks bombing bombings killing killings massacre blast blasts explosion explosions "
                   "assassination shooting shootings hijacking raid ambush".split())
_SYMPATHY = frozenset("condolences condolence sympathy sympathies regret regrets".split())
_CONDEMNING = frozenset("condemn condemns condemned condemning denounce denounces denounced denouncing deplore deplores "
                        "deplored deploring".split())


def _condemned_for_its_victim(tokens: list[Token], trigger: Trigger) -> bool:
    """ "Lima condemned the bombing and sent its condolences to Bogota": the victim offered sympathy is no target of a
    condemnation of a blow nobody is named for (the blow's doer, when named, is: "condemned the attack by ...")."""
    last = trigger.last
    if tokens[trigger.first].low not in _CONDEMNING or last + 3 >= len(tokens) or tokens[last + 1].low != "the" \
            or tokens[last + 2].low not in _BLOWS or tokens[last + 3].low != "and":
        return False
    return any(token.low in _SYMPATHY for token in tokens[last + 4 : last + 9])


# who lands somewhere on a visit, not at the head of a force ("the Cuban leader landed at Murmansk")
_VISITORS = frozenset("leader president premier minister king queen chancellor pope envoy envoys delegation secretary "
                      "shah emperor prince emir sultan".split())
# what a plane carries that makes its landing a visit or relief ("landed at Bagram with doctors and medicines")
_RELIEF_CARGO = _VISITORS | frozenset("doctors medicines medicine relief food supplies aid tents blankets".split())


def _landed_without_force(tokens: list[Token], trigger: Trigger) -> bool:
    """A leader or envoy who lands in a place, or a plane that lands with doctors, food or an envoy: an arrival, no
    landing of troops (a force named before the verb keeps it: "paratroopers landed at ...")."""
    before = {token.low for token in tokens[max(0, trigger.first - 3) : trigger.first]}
    if before & ARMED_PEOPLE or before & _FORCES:
        return False
    if before & _VISITORS or before & _OFFICE_CRAFT and before & _PLANES:
        return True  # "the Cuban leader landed", "the Chilean presidential plane landed": a visitor's arrival
    after = [token.low for token in tokens[trigger.last + 1 : trigger.last + 9]]
    return "with" in after and bool(_RELIEF_CARGO.intersection(after[after.index("with") + 1 :]))


# a plane named for the office it carries ("the presidential plane", "the royal jet")
_OFFICE_CRAFT = frozenset("presidential royal ministerial papal imperial".split())
_PLANES = frozenset("plane aircraft jet airliner".split())
_FORCES = frozenset("troops forces marines paratroopers paratroops soldiers commandos army armies units brigade "
                    "battalion battalions division divisions".split())


def _took_effect(tokens: list[Token], last: int) -> bool:
    """Whether 'took effect', 'came into effect' or '(came|entered) into force' follows within a few words."""
    after = [token.low for token in tokens[last + 1 : last + 10]]
    return "effect" in after or any(word == "into" and following == "force"
                                    for word, following in zip(after, after[1:], strict=False))


def _other_sense(tokens: list[Token], trigger: Trigger) -> str | None:
    """Why a matched trigger names no act here, or None: a topic, a weapon, a press conference, a date."""
    form = trigger.entry["form"]
    first, last = tokens[trigger.first], tokens[trigger.last]
    previous = tokens[trigger.first - 1].low if trigger.first > 0 else ""
    following = tokens[trigger.last + 1].low if trigger.last + 1 < len(tokens) else ""
    if trigger.entry["cameo"] == "190" and trigger.entry["phrase"] in ("land at|in", "land near", "land on") \
            and _landed_without_force(tokens, trigger):
        return "arrival"  # "the Cuban leader landed at Murmansk": a visitor's arrival, no landing of a force
    if form == "noun" and first.text == "cease-fire" and not _took_effect(tokens, trigger.last):
        return "cease_fire_named"  # "to supervise the cease-fire", "terms for a cease-fire": the truce only named (the
        # hyphenated spelling counts as a truce of its own where it took effect or came into force)
    if trigger.entry["cameo"].startswith("11") and _condemned_for_its_victim(tokens, trigger):
        return "sympathy"  # "condemned the attack and expressed its regret to Colombia": sympathy for the victim
    if trigger.entry["phrase"].startswith("occupy") and _PREMISES.intersection(t.low for t in tokens[trigger.last + 1 : trigger.last + 5]):
        return "premises"  # "the Indian High Commission in Dhaka occupies a large compound": a building held, no occupation
    if trigger.entry["phrase"] == "insist" and _claimed(tokens, trigger.last):
        return "claim"  # "insisted in 1998 that China had never sold nuclear materials": a claim, no demand
    if form == "verb" and trigger.first == trigger.last and first.low.endswith("ed") and following in ("from", "by") and previous.endswith("s") \
            and trigger.first > 0 and tokens[trigger.first - 1].text.islower() and previous not in ("was", "has", "is", "its", "us") \
            and first.low not in _NO_OBJECT and not headline_participle(tokens, trigger) and not measure_participle(tokens, trigger):
        return "participle"  # "rockets captured from Germany": what was done to a thing, told in passing (a headline's
        # verb is its act: "Indian diplomats expelled by Beijing")
    if trigger.entry["phrase"] == "armed|arming" and first.low == "armed" and (
            previous in ("them", "heavily", "lightly", "well", "poorly", "lavishly")
            or following in ("with", "forces", "force") or following.isalpha() and tokens[trigger.last + 1].text.islower()
            and following not in _ARMING_NEXT):
        return "armed_state"  # "fishing boats, some of them armed,", "backed armed movements", "pilots armed with": how a
        # force is equipped, no arms given (tune19)
    if form == "noun" and following in ("line", "lines", "commission", "talks", "resolution", "resolutions"):
        return "modifier"  # "across the ceasefire line": a place named after the act; "ceasefire resolutions": a text
    if trigger.entry["cameo"].startswith("06") and _trend(tokens, trigger):
        return "trend"  # "trade between Japan and China grew tenfold in the 1970s": a quantity that changed
    if form == "noun" and previous in ("news", "press"):
        return "press_conference"  # "told a news conference": no meeting between states
    if form == "noun" and "sym" in trigger.flags:
        index = trigger.first - 1
        modifiers = 0  # "talks on new canal treaties": a lower-case noun or two before the act's noun
        while index >= 0 and trigger.first - index <= 5 and (tokens[index].low in ("the", "a", "an", "its", "their", "new", "proposed")
                                                               or tokens[index].text[:1].isupper() or tokens[index].text[:1].isdigit()
                                                               or modifiers < 2 and tokens[index].text.isalpha()
                                                               and tokens[index].text.islower() and not tokens[index].low.endswith(("ed", "ing"))
                                                               and tokens[index].low not in TOPIC_PREPOSITIONS):
            modifiers += tokens[index].text.islower() and tokens[index].low not in ("the", "a", "an", "its", "their", "new", "proposed")
            index -= 1
        if index >= 0 and tokens[index].low in TOPIC_PREPOSITIONS:
            return "topic"  # "the debate on the SALT II treaty": the treaty is what is talked about
        if index >= 0 and tokens[index].low == "under":
            return "framework"  # "shared designs under their Mutual Defence Agreement": the frame of the act told, made before
    if form == "verb" and "sym" in trigger.flags and first.low.endswith("ing") and previous in TOPIC_PREPOSITIONS:
        return "topic"  # "held talks on normalizing relations": what the talks were about, not yet done
    if form == "verb" and trigger.first == trigger.last and previous in ("in", "for", "with", "of") and following == "of" \
            and not first.low.endswith(("ed", "ing", "s")):
        return "noun_of"  # "invaded the Ogaden in support of the rebels": a purpose named by a noun, no act of its own
    if form == "verb" and previous in WEAPON_WORDS and not first.low.endswith(("ed", "ing")):
        return "weapon"  # "the hydrogen bomb": a weapon, not a bombing
    if last.low in ("on", "in", "at") and (following in _MONTHS or following[:1].isdigit()) and trigger.last > trigger.first:
        return "date_not_object"  # "agreed on October 28 to dismantle": the date, not what was agreed
    if trigger.entry["cameo"] == "190" and trigger.entry["phrase"].startswith("land") \
            and _CIVIL_CRAFT.intersection(t.low for t in tokens[max(0, trigger.first - 4) : trigger.first]):
        return "civil_flight"  # "hijackers forced a Chinese airliner to land at a South Korean airfield": no landing in force
    if trigger.entry["phrase"].startswith("recognize") and (previous == "still" or previous == "to" and trigger.first > 1
                                                           and tokens[trigger.first - 2].low in _GOING_ON):
        return "standing"  # "Seoul continued to recognize only the government on Taiwan": a recognition held, none made
    gathering = trigger.first == trigger.last and first.low in _GATHERINGS and (
        form == "noun" or _named_gathering(tokens, trigger.first))
    if gathering and _fronted_setting(tokens, trigger):
        return "setting"  # "At the OAU summit in Kinshasa, Egal met Haile Selassie": where the act told took place
    if gathering and _gathering_acts(tokens, trigger):
        return "gathering_acts"  # "the Arab League summit at Casablanca readmitted Egypt": the body's act, no meeting
    if form == "verb" and first.low in _MEETING_OPENERS and first.text[0].isupper() and _fronted_participle(tokens, trigger):
        return "setting"  # "Meeting at Punta del Este, the foreign ministers excluded Cuba": where the act told was done
    if form == "noun" and _refused_to_join(tokens, trigger.first):
        return "refused_to_join"  # "praised Mexico's refusal to join the economic blockade of Cuba": no blockade by Mexico
    if trigger.entry["phrase"] == "telephone" and (previous in _BEFORE_A_THING or following in ("and", "or", "line", "lines", "call",
                                                                                        "calls", "network", "exchange")):
        return "thing"  # "banned imports of mobile telephones and polyethylene": telephones sold, no call made
    if last.low in ("charges", "charge") and following.startswith(("d'", "d’")) \
            and trigger.entry["phrase"].startswith("trade|exchange"):
        return "envoy_rank"  # "exchanged only charges d'affaires": envoys of a lower rank, no accusations traded
    if trigger.entry["phrase"] == "admit to|into" and previous not in _BEING and not headline_participle(tokens, trigger):
        return "confession"  # "admitted to shooting down the airliner"; only "was admitted to the United Nations" joins
    if trigger.entry["phrase"] == "stand by" and not (trigger.last + 1 < len(tokens) and tokens[trigger.last + 1].text[:1].isupper()
                                                      or following in ("the", "its", "their")):
        return "no_side_named"  # "stood by in their barracks", "stood by him as his quarrel grew": no state stood by
    if trigger.entry["phrase"] == "vote with" and _common_noun_after(tokens, trigger.last + 1):
        return "no_side_named"  # "voted with the majority to exclude Cuba": no state voted with, Cuba is the one excluded
    if form == "verb" and trigger.first == trigger.last and following in OTHER_SENSES.get(first.low, ()):
        return "other_sense"
    if trigger.entry["phrase"] == "fight" and _CONTESTS.intersection(
            t.low for t in (tokens[max(0, trigger.first - 8) : trigger.first] if previous in _BEING
                            else tokens[trigger.last + 1 : trigger.last + 4])):
        return "contest"  # "the election of 1980 was fought over Cuba", "fought the campaign on aid": votes, no war
    if first.low in _BUYING and trigger.first + 1 < len(tokens) and tokens[trigger.first + 1].low == "time":
        return "other_sense"  # "bought time from Germany at Munich": a delay won, nothing bought
    if form == "verb" and trigger.first == trigger.last and first.low in ("left", "leaves", "leave", "leaving") \
            and _left_in_a_state(tokens, trigger.last):
        return "left_in_a_state"  # "which left the border question where it was", "left Israel in control of the shore"
    if form == "verb" and trigger.first == trigger.last and first.low in ("left", "leave") and trigger.first >= 2 \
            and (previous in _CIVILIANS or previous == "who" and tokens[trigger.first - 2].low in _CIVILIANS):
        return "people_leaving"  # "Egyptian workers left the base", "those who left under the programme": people going,
        # no state's forces withdrawn
    if form == "verb" and trigger.first == trigger.last and first.low in ("left", "leave", "leaving", "fled", "flee") \
            and any(t.low == "ethnic" for t in tokens[max(0, trigger.first - 8) : trigger.first]):
        return "people_leaving"  # "tens of thousands of ethnic Chinese began to leave Vietnam": a people, not China's forces
    if trigger.entry["phrase"] == "discuss" and following in ("whether", "how", "why", "what", "if") and \
            not any(t.low in ("and", "&") for t in tokens[max(0, trigger.first - 6) : trigger.first]):
        # "the advisers discuss whether a blockade might work": a question weighed at home; "Nixon and Brezhnev
        # discussed how to limit arms" is a meeting
        return "deliberation"
    if trigger.entry["phrase"] == "defend" and following in ("its", "their", "his", "her", "our") and \
            trigger.last + 2 < len(tokens) and tokens[trigger.last + 2].low in OWN_GROUND:
        return "own_defence"  # "said it would defend its territory": no support given to anyone
    if trigger.entry["phrase"] == "join" and any(t.low in UNRULY for t in tokens[trigger.last + 1 : trigger.last + 4]):
        return "joined_a_revolt"  # "Americans who had joined a rebellion": people taking a side at home, no accession
    if trigger.entry["cameo"] == "057" and form == "verb" and any(
            t.text in ("Act", "Bill", "bill", "law", "Law", "budget") and not _named_after_place(tokens, i)
            for i, t in enumerate(tokens[trigger.last + 1 : trigger.last + 7], start=trigger.last + 1)):
        return "domestic_law"  # "signed the Helms-Burton Act": a law, not an agreement with a state
    if first.low == "armed" and trigger.first == trigger.last and (previous in _BEFORE_ADJECTIVE or previous[:1].isdigit()
                                                                  or previous.endswith("ly") or following in ARMED_PEOPLE):
        return "adjective"  # "thousands of armed infiltrators", "heavily armed": armed men, not arming
    if trigger.entry["phrase"] == "fall to" and not (tokens[trigger.first - 1].text[:1].isupper() if trigger.first else False) \
            and previous not in _FALLEN_PLACES or trigger.entry["phrase"] == "fall to" and \
            any(t.low in _DUTIES for t in tokens[max(0, trigger.first - 10) : trigger.first]):
        return "no_place_fell"  # "exports fell to half", "the task fell to Britain": only a place falls to a force
    if trigger.entry["phrase"] == "fall to" and previous == "it" and _task_infinitive(tokens, trigger.last + 1):
        return "no_place_fell"  # "It fell to Narendra Modi, whose party had opposed it, to carry it through": a task
    if form == "noun" and previous == "by" and trigger.first > 1 and tokens[trigger.first - 2].low == "bound":
        return "obligation"  # "bound by treaty to defend Mongolia": an obligation held, no treaty made here
    if trigger.entry["cameo"][:2] in ("19", "20") and previous == "of" and trigger.first > 1 and tokens[trigger.first - 2].low == "state":
        return "state_of_war"  # "the state of war between the two countries remained in force": a legal state, no fighting
    if first.low == "accord" and previous == "own":
        return "idiom"  # "withdrawn of its own accord": freely, no agreement
    if trigger.entry["cameo"][:2] == "07" and not _DEPENDING.isdisjoint(t.low for t in tokens[max(0, trigger.first - 4) : trigger.first]):
        return "dependence"  # "Cairo, which depended on Soviet aid to rebuild its army": a need told, no aid given here
    if first.low == "charge" and previous in _TAKING_CHARGE:
        return "idiom"  # "took charge of an armoured division", "in charge of its interests": a command held, no charge
    if trigger.first == trigger.last and trigger.entry["cameo"].startswith("06") and following in _OFFICE_NOUNS:
        return "modifier"  # "expelled a Soviet trade official": the official's field, no exchange between states
    if trigger.entry["cameo"] == "0841" and any(t.low in RELEASED_THINGS for t in tokens[trigger.first + 1 : trigger.first + 4]):
        return "released_text"  # "Tokyo released radio recordings of the pilot": a text made public, no one set free
    if form == "verb" and first.low == "accused" and following == "of" and previous not in ("was", "were", "been", "is", "are", "be", "being"):
        return "accused_party"  # "a trade official accused of spying": who is accused, told in passing; the accuser unnamed
    if form == "verb" and first.low in _BLAMED and previous in ("was", "were", "been", "is", "are", "being") \
            and not _by_later(tokens, trigger.last) and not _at_a_gathering(tokens, trigger.first):
        return "accuser_unnamed"  # "while Pakistan was accused of sheltering the Taliban", "was criticized at home": no
        # accuser named, none to code
    if form == "verb" and first.low.startswith("retaliat") and _means_follow(tokens, trigger.last):
        # "Moscow retaliated by expelling a diplomat", "retaliated within a week by banning imports": the act is the
        # one named after "by"
        return "means_follow"
    if trigger.entry["phrase"].endswith("protectorate") and any(t.low in ("end", "ending", "termination", "abolition")
                                                                 for t in tokens[trigger.first + 1 : trigger.last]):
        return "ended"  # "declared the end of its protectorate over Morocco": the protectorate's end, no occupation
    if trigger.entry["cameo"].startswith("02") and form == "verb" and trigger.first == trigger.last \
            and any(t.low in _LEGISLATURES for t in tokens[trigger.last + 1 : trigger.last + 4]):
        return "own_legislature"  # "asked parliament to abrogate the treaty": a government's request at home, no appeal
    if trigger.entry["cameo"] == "190" and trigger.entry["phrase"].startswith(("drop ", "parachute ")) \
            and _to_set_free(tokens, trigger.last):
        return "rescue"  # "paratroopers dropped on Stanleyville to free the hostages": the freeing is the act told
    if trigger.entry["cameo"] == "042" and form == "verb" and _people_travel(tokens, trigger.first):
        return "people_travelling"  # "Turkish workers travelled to Germany", "India's Muslims kept travelling to Mecca":
        # people on the move, no visit by a state
    if trigger.entry["phrase"] == "ask" and _asks_a_question(tokens, trigger.last):
        return "question"  # "some in Havana asked whether ...", "writers have asked the question": a question, no appeal
    if trigger.entry["cameo"] == "192" and trigger.last - trigger.first == 2 and tokens[trigger.first + 1].low == "over" \
            and last.low == "from":
        return "succession"  # "Raul Castro, who took over from his brother": an office passed on, nothing seized
    if trigger.entry["cameo"] == "190" and first.low in ("strike", "strikes") and trigger.first == trigger.last and (
            following in ("and", "or") and trigger.last + 2 < len(tokens) and tokens[trigger.last + 2].low in _UNREST
            or previous in _STRIKERS or previous in ("and", "or") and trigger.first > 1 and tokens[trigger.first - 2].low in _UNREST):
        return "labour_strike"  # "strikes and demonstrations spread across Iran", "a general strike": work stopped, no attack
    if trigger.entry["cameo"].startswith("07") and _aid_ended(tokens, trigger.first):
        return "aid_ended"  # "the end of Soviet aid in 1991 left Cuba short of food": aid that stopped, none given
    return None


_QUESTION_WORDS = frozenset("why whether if how what when where who".split())
_UNREST = frozenset("demonstrations demonstration protests protest riots riot marches rallies unrest boycotts".split())
_STRIKERS = frozenset("general labour labor hunger dock rail railway miners miners' workers' student students' national".split())


_BLAMED = frozenset("accused criticized criticised condemned denounced censured".split())


_TRAVELLERS = _CIVILIANS | frozenset("pilgrims muslims christians hindus jews catholics buddhists sikhs traders merchants "
                                     "sailors fishermen athletes tourists scholars".split())  # (not nurses: "a medical brigade of doctors and nurses")
# (and the auxiliaries of a habit told in the perfect: "Chilean traders have visited the port for centuries")
_GOING_ON_WORDS = frozenset("kept keep keeps continued continue continues began begin started also still often regularly "
                            "have has had long".split())


def _people_travel(tokens: list[Token], first: int) -> bool:
    """Whether the subject right before a visiting verb is a people's plural ("Turkish workers", "India's Muslims"),
    past words that keep the act going and an apposition set off by commas."""
    index = first - 1
    while index > 0 and (tokens[index].low in _GOING_ON_WORDS
                         or tokens[index].low == "to" and tokens[index - 1].low in _GOING_ON_WORDS):
        index -= 1  # (not "allowed its residents to visit": the state that lets them go acts)
    if index > 0 and tokens[index].text == ",":
        opening = next((i for i in range(index - 1, max(0, index - 14), -1) if tokens[i].text == ","), None)
        if opening is None:
            return False
        index = opening - 1  # "India's Muslims, one of the largest Muslim communities in the world, kept travelling"
    return index >= 0 and tokens[index].low in _TRAVELLERS


def _asks_a_question(tokens: list[Token], last: int) -> bool:
    """'asked why ...', 'asked, privately, whether ...', 'asked the question': a question put, past an aside."""
    index = last + 1
    while index < len(tokens) and index <= last + 3 and (tokens[index].low == "," or tokens[index].low.endswith("ly")):
        index += 1
    if index >= len(tokens):
        return False
    return tokens[index].low in _QUESTION_WORDS or tokens[index].low == "the" and index + 1 < len(tokens) \
        and tokens[index + 1].low in ("question", "questions")


def _by_later(tokens: list[Token], last: int) -> bool:
    """Whether "by" names a doer later in the clause ("was accused of spying by Moscow")."""
    for token in tokens[last + 1 :]:
        if token.low in (";", ":"):
            return False
        if token.low == "by":
            return True
    return False


def _aid_ended(tokens: list[Token], first: int) -> bool:
    """Aid named after "the end of" or "the loss of" with at most two modifiers between ("the end of Soviet aid")."""
    for back in range(2, (first + 1 if first < 4 else 5)):
        if tokens[first - back].low in ("end", "loss", "ending") and tokens[first - back + 1].low == "of":
            return True
    return False


def _means_follow(tokens: list[Token], last: int) -> bool:
    """Whether "by" and a verb in -ing follow within a few words, no comma or clause between ("within a week by banning")."""
    for index in range(last + 1, min(last + 6, len(tokens) - 1)):
        if tokens[index].low == "by":
            return tokens[index + 1].low.endswith("ing")
        if tokens[index].low in (",", ";", ".", "and", "but", "when", "after"):
            return False
    return False


_GATHERINGS = frozenset("summit summits conference conferences meeting meetings congress session".split())


def _at_a_gathering(tokens: list[Token], first: int) -> bool:
    """Whether the clause opens with "At the <body> <gathering>" before ``first`` ("At the OAU summit in Addis Ababa,
    South Africa was condemned"): the passive's doer is the body that met, named, so the act is coded as its own."""
    for index in range(first - 2):
        if tokens[index].low == "at" and (index == 0 or tokens[index - 1].text == ",") and tokens[index + 1].low == "the":
            return any(tokens[j].low in _GATHERINGS for j in range(index + 3, min(index + 6, first)))
    return False


def _fronted_setting(tokens: list[Token], trigger: Trigger) -> bool:
    """Whether a named gathering's noun stands in a phrase opened by "at the" at the start of the clause and closed by
    a comma before the clause's own verb ("At the Non-Aligned summit in Havana, Bhutan votes ...", "In 1967, at the OAU
    summit in Kinshasa, Egal met ...")."""
    at = next((i for i in range(trigger.first - 1, max(-1, trigger.first - 6), -1) if tokens[i].low == "at"), None)
    if at is None or not (at == 0 or tokens[at - 1].text == ",") or at + 2 > trigger.first or tokens[at + 1].low != "the" \
            or not all(t.text[:1].isupper() or t.low in _WHOSE_GATHERING and k > at + 2
                       for k, t in enumerate(tokens[at + 2 : trigger.first], at + 2)):
        return False  # (a named gathering only: "at a summit in Manila, Sukarno, Macapagal and the Tunku agreed" is theirs)
    comma = next((i for i in range(trigger.last + 1, min(trigger.last + 11, len(tokens))) if tokens[i].text == ","), None)
    return comma is not None and not any(t.text in (".", ";") for t in tokens[trigger.last + 1 : comma])


# who met, between a named gathering's name and its noun: "the Commonwealth prime ministers' conference"
_WHOSE_GATHERING = frozenset("prime foreign defence defense finance ministers ministers' ministers’ heads leaders "
                             "'".split())


def _named_gathering(tokens: list[Token], first: int) -> bool:
    """Whether the "-ing" form of a gathering verb at ``first`` is a noun named by its body: a determiner, then
    capitalized words only ("the OAS meeting", "the Arab League meeting"), not "Soviet leaders meeting in Paris"."""
    index = first - 1
    while index >= 0 and first - index <= 4 and tokens[index].text[:1].isupper() and tokens[index].low not in ("the", "a", "an"):
        index -= 1
    return index < first - 1 and index >= 0 and tokens[index].low in ("the", "a", "an")


def _gathering_acts(tokens: list[Token], trigger: Trigger) -> bool:
    """Whether a named gathering ("the Arab League summit at Casablanca", "an OAU summit in Cairo") is the subject of a
    verb of its own that tells what it did ("readmitted Egypt", "condemned Portugal", "voted to send"): the act is
    the body's, told by that verb, and the gathering no meeting of its own (not "the summit opened", "was held")."""
    if trigger.first < 1 or not (tokens[trigger.first - 1].text[:1].isupper() or tokens[trigger.first - 1].low in _LOWER_CASE_BODIES):
        return False
    index = trigger.last + 1
    while index < len(tokens) and index <= trigger.last + 7 and (
            tokens[index].low in _WHERE_WHEN or tokens[index].text[:1].isupper() or tokens[index].low[:1].isdigit()
            or tokens[index].low in _NAME_PARTICLES and index + 1 < len(tokens) and tokens[index + 1].text[:1].isupper()):
        index += 1
    if index >= len(tokens):
        return False
    verb = tokens[index].low
    return tokens[index].text.islower() and (verb.endswith("ed") or verb in _PAST_ACTS) and verb not in _GATHERING_OWN


# a body often named in lower case before its gathering: "the non-aligned summit in Colombo denounced ..."
_LOWER_CASE_BODIES = frozenset(("non-aligned", "nonaligned"))
_WHERE_WHEN = frozenset("in at on of the".split())
# lower-case words inside a place's name: "Punta del Este", "Dar es Salaam", "Rio de Janeiro"
_NAME_PARTICLES = frozenset("del de da do dos das la le les es el al di du des van von".split())
_PAST_ACTS = frozenset("left sent gave made took broke".split())
# what a gathering does as a gathering: its own course, no act on another
_GATHERING_OWN = frozenset("opened closed ended convened reconvened adjourned collapsed failed started finished "
                           "concluded lasted continued resumed stalled".split())


# a participle opening the sentence that tells where its subject met: "Meeting in Baghdad, the Arab League suspended ..."
_MEETING_OPENERS = frozenset("meeting gathering convening".split())


def _fronted_participle(tokens: list[Token], trigger: Trigger) -> bool:
    """Whether a meeting told by a participle opens the sentence with a place after "in" or "at", and a comma before
    the clause's subject, a body or its members ("Meeting in Baghdad, the Arab League suspended ...", "Meeting at Punta
    del Este, the foreign ministers of the OAS excluded ..."): the setting of the body's act, no meeting of its own.
    (States or leaders who met there met each other: "Meeting in Tehran, Afghan and Pakistani delegations agreed".)"""
    if trigger.first != 0 or trigger.last + 1 >= len(tokens) or tokens[trigger.last + 1].low not in ("in", "at"):
        return False
    comma = next((i for i in range(trigger.last + 2, min(trigger.last + 12, len(tokens))) if tokens[i].text == ","), None)
    if comma is None or comma + 1 >= len(tokens) or tokens[comma + 1].low != "the" \
            or any(t.text in (".", ";", ":") for t in tokens[trigger.last + 1 : comma]):
        return False
    return not _BODY_HEADS.isdisjoint(t.low for t in tokens[comma + 2 : comma + 9])


_BODY_HEADS = frozenset("league organization organisation council assembly community union ministers members "
                        "delegates".split())


def _refused_to_join(tokens: list[Token], first: int) -> bool:
    """Whether a noun act is what someone refused or declined to join a few words before ("refusal to join the
    economic blockade of Cuba", "declined to take part in the boycott")."""
    window = [t.low for t in tokens[(first - 7 if first > 7 else 0) : first]]
    for index, word in enumerate(window[:-2]):
        if word in ("refusal", "refused", "refusing", "refuses", "declined", "declining") and window[index + 1] == "to" \
                and window[index + 2] in ("join", "support", "enforce", "observe"):
            return True
    return False


_LEGISLATURES = frozenset("parliament congress legislature duma majlis knesset diet bundestag cortes sejm".split())
_SET_FREE = frozenset("free rescue evacuate liberate release".split())


def _to_set_free(tokens: list[Token], last: int) -> bool:
    """Whether the clause after an act goes on "to free|rescue|evacuate ..." within a few words."""
    for index in range(last + 1, min(last + 8, len(tokens) - 1)):
        if tokens[index].low in (",", ";", "and", "but"):
            return False
        if tokens[index].low == "to" and tokens[index + 1].low in _SET_FREE:
            return True
    return False


def _named_after_place(tokens: list[Token], index: int) -> bool:
    """'the Act of Montevideo', 'the Final Act of Helsinki': an instrument between states, named for where it was signed."""
    return index + 2 < len(tokens) and tokens[index + 1].low == "of" and tokens[index + 2].text[:1].isupper()


PROMISING = frozenset("pledge pledged pledges promise promised promises vow vowed vows undertook undertake guarantee guaranteed "
                      "agree agreed agrees".split())  # "agreed not to attack each other's nuclear installations"


def _promised_not(tokens: list[Token], trigger: Trigger) -> bool:
    """'pledged not to invade', 'promised never to attack': a hostile act sworn off."""
    if codes()[trigger.entry["cameo"]]["polarity"] != "conflict" or trigger.first < 3:
        return False
    words = [t.low for t in tokens[trigger.first - 3 : trigger.first]]
    return words[0] in PROMISING and words[1] in ("not", "never") and words[2] == "to"


# verbs that end or cut a cooperative act; the act then reads as its reversal, by the act's CAMEO root
REVERSING = frozenset(
    "stop stopped stops stopping cut cuts cutting cancel cancelled canceled cancels end ended ends ending suspend "
    "suspended suspends halt halted halts terminate terminated terminates abrogate abrogated renounce renounced "
    "denounce denounced scrap scrapped freeze froze frozen reduce reduced withdraw withdrew quit "
    "postpone postponed postpones postponing".split()  # "postponed the talks" (tune19): put off, not held
)


REVERSALS = {"04": "164", "05": "161", "06": "160", "07": "162"}

# agreeing and promising: "agreed to stop selling arms to Iran" is an undertaking given, no threat
UNDERTAKING = PROMISING | frozenset("agree agreed agrees undertakes consented consent consents".split())


def _undertook_to_stop(tokens: list[Token], trigger: Trigger) -> bool:
    """'agreed to stop selling arms to Iran', 'promised to end its aid to the rebels': an end of cooperation
    agreed or promised, not threatened ("threatened to cut aid" keeps its threat)."""
    words = [t.low for t in tokens[max(0, trigger.first - 7) : trigger.first]]
    return any(word in UNDERTAKING and words[index + 1 : index + 2] == ["to"] and REVERSING.intersection(words[index + 2 :])
               for index, word in enumerate(words))


def _reversed(tokens: list[Token], trigger: Trigger) -> bool:
    """Whether a verb that ends or cuts stands right before a nominal cooperative act ("cut its economic aid")."""
    before = tokens[(trigger.first - 2 if trigger.first > 2 else 0) : trigger.first]
    noun_use = trigger.entry["form"] == "verb" and bool(before) and (
        before[-1].low in REVERSING | {"of", "all"}
        # "cut oil exports to": a verb's form after a reversing verb and a lowercase modifier is a noun
        or (len(before) == 2 and before[0].low in REVERSING and before[1].text.islower() and tokens[trigger.first].low.endswith("s")))
    if trigger.entry["form"] != "noun" and not noun_use:
        return False
    if trigger.entry["cameo"] in ("042", "043") and not {"cut", "cuts", "cutting", "suspend", "suspended", "suspends", "halt", "halted",
                                                          "cancel", "cancelled", "canceled", "cancels", "postponed", "postpones",
                                                          "postpone"} & {t.low for t in tokens[max(0, trigger.first - 4) : trigger.first]}:
        return False  # "ended a week-long state visit to India": a visit ends by being made ("cut short his visit" is broken off)
    window = [t.low for t in tokens[(trigger.first - 4 if trigger.first > 4 else 0) : trigger.first]]
    wide = list(map(_LOW, tokens[(trigger.first - 7 if trigger.first > 7 else 0) : trigger.first]))
    walked_out = " ".join(wide).find("out of") >= 0 and any(w in ("walked", "walk", "walks", "pulled", "stormed") for w in wide)
    # ("the crisis ended with a French apology", "the talks ended in an agreement": what the ending came to, not ended)
    start = trigger.first - len(window)
    ending = any(word in REVERSING and window[index + 1 : index + 2] not in (["with"], ["in"])
                 and not _time_of_end(tokens, start + index) for index, word in enumerate(window))
    return (walked_out or ending) and codes()[trigger.entry["cameo"]]["polarity"] == "cooperation"


# prepositions of time before "the end of": "at the end of talks in Lima" says when, it ends nothing
_AT_THE_END = frozenset("at by towards toward near until till after before".split())


def _time_of_end(tokens: list[Token], index: int) -> bool:
    """Whether the word at ``index`` is the noun of "at/by/after the end of ..." (a time, not a reversal)."""
    return tokens[index].low == "end" and index >= 2 and tokens[index - 1].low == "the" \
        and tokens[index - 2].low in _AT_THE_END and index + 1 < len(tokens) and tokens[index + 1].low == "of"


WITHHELD_AGREEING = frozenset("sign ratify conclude accept renew extend".split())


# verbs that end a coercive act; the act then reads as its easing, by the act's CAMEO root
EASING = frozenset(
    "lift lifted lifts lifting ease eased eases easing end ended ends ending relax relaxed suspend suspended "
    "halt halted".split()
)


EASINGS = {"16": "085", "17": "081", "19": "087", "15": "087", "18": "087", "20": "087"}


def _eased(tokens: list[Token], trigger: Trigger) -> bool:
    """Whether a verb that ends stands right before a nominal coercive act ("lifted sanctions", "ended the blockade")."""
    if codes()[trigger.entry["cameo"]]["polarity"] != "conflict":
        return False
    if trigger.entry["form"] == "verb" and trigger.first > 0 and tokens[trigger.first].low.endswith("ing") \
            and tokens[trigger.first - 1].low in STOPPING:
        return True  # "ordered its guerrillas to stop fighting", "ceased shelling the town": the act ended
    if trigger.entry["form"] != "noun":
        return _ended_noun_use(tokens, trigger)
    window = [t.low for t in tokens[(trigger.first - 4 if trigger.first > 4 else 0) : trigger.first]]
    return any(word in EASING for word in window) or _eased_after(tokens, trigger)


# participles that tell a coercive act ended when it is their subject ("sanctions on Cuba were lifted", "the blockade
# was raised", "the embargo was finally eased in 1994")
EASED_PARTICIPLES = frozenset("lifted eased ended relaxed suspended removed raised rescinded revoked repealed "
                              "dropped halted".split())
_PASSIVE_AUXILIARIES = frozenset("was were is are had has have been be being".split())
_NOUN_PHRASE_ENDS = frozenset(", ; : and but which that who when after before while because as if".split())


def _eased_after(tokens: list[Token], trigger: Trigger) -> bool:
    """Whether the noun of a coercive act is the subject of a passive that ends it: past the rest of its noun phrase
    ("American sanctions on Cuba", "the blockade of the port by the navy"), an auxiliary, at most one adverb and an
    ending participle ("were lifted", "was finally eased", "had been relaxed")."""
    index = trigger.last + 1
    end = min(len(tokens), trigger.last + 10)
    while index < end and tokens[index].low not in _PASSIVE_AUXILIARIES:
        if tokens[index].low in _NOUN_PHRASE_ENDS:
            return False
        index += 1
    if index >= end:
        return False
    index += 1
    while index < len(tokens) and tokens[index].low in _PASSIVE_AUXILIARIES:
        index += 1  # "had been", "have been"
    if index < len(tokens) and tokens[index].low.endswith("ly") and tokens[index].low not in EASED_PARTICIPLES:
        index += 1  # "finally", "partly", "formally"
    return index < len(tokens) and tokens[index].low in EASED_PARTICIPLES


# what may stand between a verb that ends and the act it ends: "halted all attacks", "stopped their air strikes"
_ENDED_MODIFIERS = frozenset("the its their his her all any further air naval artillery rocket missile border cross-border "
                             "military armed guerrilla bombing hostile mutual".split())


def _ended_noun_use(tokens: list[Token], trigger: Trigger) -> bool:
    """A verb's form used as the noun a verb that ends governs: "halted attacks on cities", "agreed to halt air
    strikes on each other", "ended the raids" (not "stopped and attacked", "ended, attacks resumed")."""
    if trigger.first != trigger.last:
        return False
    for back in range(1, (trigger.first + 1 if trigger.first + 1 < 4 else 4)):
        word = tokens[trigger.first - back].low
        if word in EASING or word in STOPPING:
            between = tokens[trigger.first - back + 1 : trigger.first]
            return (bool(between) or tokens[trigger.first].low.endswith("s")) \
                and all(t.low in _ENDED_MODIFIERS for t in between)
        if word not in _ENDED_MODIFIERS:
            return False
    return False


STOPPING = frozenset("stop stopped stops stopping cease ceased ceases halt halted halts end ended ends suspend suspended".split())


def _declinable(trigger: Trigger) -> bool:
    """Acts whose withholding is itself an act: not recognizing a state, not signing a treaty."""
    if trigger.entry["form"] != "verb":
        return False
    if trigger.entry["cameo"].startswith("054"):
        return "sym" not in trigger.entry["flags"]  # not "has never established relations with": a tie both would
        # make, never made, is no one's refusal (fer1); "has never recognised Israel" is one
    # signing and ratifying withheld are refusals; not joining or not meeting is nothing done
    if trigger.entry["cameo"].startswith("080") and "accept" in trigger.entry["pattern"][0]["any"]:
        return True  # "did not accept the explanation", "never accepted the terms": a rejection
    # "never ratified it": a withholding with no time of its own, often told long after; the pronoun-object entry
    # codes only an act done ("did not ratify it until 1966")
    return trigger.entry["cameo"].startswith("057") and not WITHHELD_AGREEING.isdisjoint(trigger.entry["pattern"][0]["any"]) \
        and not (len(trigger.entry["pattern"]) == 2 and "it" in trigger.entry["pattern"][1].get("any", ()))


INVITING = frozenset("request invitation behest bidding appeal".split())


def _invited(tokens: list[Token], trigger: Trigger, clause: tuple[int, int]) -> bool:
    """Whether force is sent at the asking of its host ("landed in Lebanon at the request of its government",
    "moved in at Kabul's invitation"): protection given, not an attack."""
    if trigger.entry["cameo"][:2] not in ("15", "18", "19"):
        return False
    words = list(map(_LOW, tokens[clause[0] : clause[1]]))
    if tokens[trigger.first].low.startswith(_MOVING) and not PEACEKEEPING.isdisjoint(
            map(_LOW, tokens[max(clause[0], trigger.first - 10) : trigger.first])):
        return True  # "the first Indian troops of a peacekeeping force landed at Palaly": sent to keep a peace, no attack
    for index, word in enumerate(words):
        if word == "at" and any(w in INVITING for w in words[index + 1 : index + 5]):
            return True  # "at the request of", "at Kabul's request", "at the government's invitation"
        if word in ("invited", "requested", "asked") and index + 1 < len(words) and words[index + 1] == "by":
            return True  # "troops, invited by the government, landed"
    opening = list(map(_LOW, tokens[: clause[1]]))
    if "against" in opening[trigger.last - 0 :]:
        return False  # "with Rangoon's consent ... in operations against the Kuomintang units": force used on a foe
    for index, word in enumerate(opening):
        if word == "with" and any(w in CONSENTING for w in opening[index + 1 : index + 5]):
            return True  # "With Rangoon's consent, Chinese troops crossed the border": force let in by its host
        if word == "to" and trigger.entry["cameo"][:2] == "15" and index + clause[0] > trigger.last \
                and index + 1 < len(words) and words[index + 1] in HELPING:
            return True  # "flew a thousand soldiers to Uganda to help Amin hold the capital": troops sent to an ally's aid
    return False


PEACEKEEPING = frozenset("peacekeeping peace-keeping peacekeepers peace-keepers peacekeeper peace-keeper".split())
_MOVING = ("land", "enter", "cross", "arriv", "move", "deploy", "station", "sent", "send", "dispatch", "flew", "fly", "pour")
HELPING = frozenset("help helping assist support defend protect bolster reinforce".split())
CONSENTING = frozenset("consent permission approval agreement blessing".split())


# what an intent to do an act is coded as, by the act's CAMEO root
_INTENT_CODES = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "030"}


def _recode(cameo: str, mood: str) -> str:
    info = codes()[cameo]
    if mood == "refused" and not cameo.startswith("12"):
        return "120"
    if mood == "intended" and cameo[0].isdigit() and not cameo.startswith(("03", "13")):
        if info["polarity"] == "neutral":
            return cameo  # "would ask its allies to join the sanctions": an announced appeal is an appeal, no threat
        if info["polarity"] != "cooperation":
            return "130"
        return _INTENT_CODES.get(cameo[:2], "030") if cameo != "087" else "0356"
    return cameo


# exercises, manoeuvres and war games: done with a partner they are military cooperation, done alone a show of force
EXERCISES = frozenset("exercise exercises manoeuvres maneuvers drills games manoeuvre maneuver".split())
JOINT = frozenset("joint combined together jointly with".split())
# held around or off a state: aimed at it, even when two doers are named ("Soviet and Warsaw Pact forces held
# exercises around Poland")
AROUND = frozenset("around near off encircling".split())


def show_of_force(tokens: list[Token], trigger: Trigger, subjects: tuple[str, ...], clause: tuple[int, int]) -> Trigger:
    """An exercise held by one side alone ("held the Zapad-81 exercises near the Polish border", "staged manoeuvres
    in Czechoslovakia") is a show of force toward the state it is held near or in: the trigger recoded as 150, with
    no partner needed; an exercise held jointly, with another state or by two named together stays cooperation."""
    if trigger.entry["cameo"] != "062" or not EXERCISES.intersection(trigger.entry["pattern"][-1].get("any", ())):
        return trigger
    if len(set(subjects)) != 1 and not (trigger.last + 1 < len(tokens) and tokens[trigger.last + 1].low in AROUND):
        return trigger
    span = {t.low for t in tokens[max(clause[0], trigger.first - 2) : clause[1]]}
    if span & JOINT or "military" in {t.low for t in tokens[trigger.first : trigger.last + 1]} and trigger.entry["form"] == "noun":
        return trigger
    flags = [flag for flag in trigger.entry["flags"] if flag != "sym"] + ["intrans"]
    return Trigger({**trigger.entry, "cameo": "150", "flags": flags}, trigger.first, trigger.last, trigger.start, trigger.end)


# where force sent is deployed rather than given: "sent tanks to the Jordanian border"
FRONTIER_NOUNS = frozenset("border borders frontier frontiers front fronts line lines zone zones".split())


def deployed(tokens: list[Token], trigger: Trigger) -> bool:
    """Whether troops or arms sent (an AID code) go to a border or a front: a deployment (154), not aid to a state."""
    if not trigger.entry["cameo"].startswith(("072", "074")) or trigger.entry["form"] != "verb":
        return False
    following = tokens[trigger.last + 1 : trigger.last + 7]
    if tokens[trigger.last].low in ("to", "toward", "towards", "into"):
        following = [tokens[trigger.last]] + following
    if not following or following[0].low not in ("to", "toward", "towards", "along", "near", "up"):
        return False
    for token in following[1:5]:
        if not token.low[0].isalnum() or token.low in _PREPOSITIONS:
            return False  # "flew weapons to India during its border war": the border is another phrase's
        if token.low in FRONTIER_NOUNS or token.low == "disputed":
            return True  # ("sent more troops to the disputed area around the temple": a deployment against a rival)
    return False


_PREPOSITIONS = frozenset("of in with during for by against after before since on at from".split())


# who protests in the street, not through a government: their protest is a demonstration (141), not a complaint (114)
CROWDS = frozenset("crowd crowds students demonstrators protesters protestors mobs mob rioters thousands hundreds tens "
                   "workers marchers".split())


# who riots, not an army: "Turkish crowds attacked Greek shops" (no numbers: "thousands of troops attacked" is war)
RIOTERS = frozenset("crowd crowds demonstrators protesters protestors mobs mob rioters students".split())


def in_the_street(tokens: list[Token], trigger: Trigger, clause_start: int) -> bool:
    """'Thousands of Japanese protested against the treaty', 'Chinese students protested': people, not a state, protest;
    'Turkish crowds attacked Greek shops': a riot, not an attack by a state (the crowd right before the verb)."""
    if trigger.entry["cameo"] == "190" and trigger.entry["form"] == "verb" and trigger.first > 0:
        return tokens[trigger.first - 1].low in RIOTERS
    if not trigger.entry["cameo"].startswith("114") or trigger.entry["form"] != "verb":
        return False
    return any(t.low in CROWDS for t in tokens[max(clause_start, trigger.first - 5) : trigger.first])


# texts and doctrines that 'call for' or 'demand' what they contain: no state asks anything by them here
TEXTS = frozenset("doctrine doctrines plan plans treaty treaties agreement agreements accord accords pact protocol charter "
                  "constitution law laws programme program strategy proposal proposals settlement memorandum document "
                  "draft formula blueprint".split())


def asked_by_a_text(tokens: list[Token], trigger: Trigger) -> bool:
    """'Soviet military doctrine called for the rapid mobilization of reserves', 'the plan called for a ceasefire':
    what a text provides for is no request made by a state."""
    if not trigger.entry["cameo"].startswith(("02", "10")) or trigger.entry["form"] != "verb" or trigger.first == 0:
        return False
    index = trigger.first - 1
    while index > 0 and (tokens[index].low.endswith("ly") or tokens[index].low in ("also", "still", "then", "had", "has")):
        index -= 1
    return tokens[index].low in TEXTS


# verbs of a trend: "trade between Japan and China grew tenfold" tells how much, not an act
TREND = frozenset("grew grow grows rose rise rises increased increases doubled tripled trebled expanded expands fell "
                  "falls declined declines dropped shrank flourished boomed slumped "
                  "remained remains stayed stays".split())  # (and a level that lasted: "trade remained tiny")


# the lower-case tail of a group's name after the noun ("trade with the Soviet bloc doubled", "with the Gulf states")
_GROUP_TAILS = frozenset("bloc countries states nations powers allies neighbours neighbors".split())


def _trend(tokens: list[Token], trigger: Trigger) -> bool:
    """Whether the first verb after a noun act and the names that go with it is a verb of a trend."""
    for token in tokens[trigger.last + 1 : trigger.last + 10]:
        if token.low in ("between", "with", "and", "the", "of", ",") or token.text[:1].isupper() or token.low in _GROUP_TAILS:
            continue
        return token.low in TREND
    return False


# what an appeal or a demand asks for when it asks a fight to end: "called on India and Pakistan on September 20,
# 1965 to stop fighting", "urged both sides to show restraint"
_DE_ESCALATING = frozenset("stop halt cease end".split())


def de_escalation_asked(tokens: list[Token], trigger: Trigger, clause_end: int) -> bool:
    """Whether the appeal (02) or demand (10) at ``trigger`` asks, in its clause, for fighting to stop: its 'to'
    and a verb of stopping ('to stop', 'to cease', 'to show restraint') within 16 words; not 'to withdraw its
    peacekeepers', which asks for no end of fighting."""
    if trigger.entry["cameo"][:2] not in ("02", "10") or trigger.entry["cameo"] in ("0256", "1056"):
        return False
    words = [t.low for t in tokens[trigger.last + 1 : (trigger.last + 17 if trigger.last + 17 < clause_end else clause_end)]]
    for index, word in enumerate(words[:-1]):
        if word == "to" and (words[index + 1] in _DE_ESCALATING or words[index + 1] in ("show", "exercise", "use")
                             and "restraint" in words[index + 2 : index + 4]):
            return True
        if word in (";", ":", "and") and index > 0 and words[index - 1] == ",":
            return False
    return False


# after "insisted that X": a verb that tells what was or is so, where a demand would ask what must be ("insisted that
# Israel withdraw")
_TELLING = frozenset("had has was were did is are".split())
# what opens the clause told after "insisted" with no "that"
_CLAIM_SUBJECTS = frozenset("they it he she we the its their".split())


def _claimed(tokens: list[Token], trigger_last: int) -> bool:
    """Whether 'insisted ... that' goes on with what was so ('that China had never sold'): a claim, not a demand."""
    after = [t.low for t in tokens[trigger_last + 1 : trigger_last + 16]]
    if "that" not in after[:6]:
        # ... or with no "that": "insisted they served the Haitian people", "insist the visit is religious" (tune29)
        return bool(after) and after[0] in _CLAIM_SUBJECTS and any(
            word in _TELLING or word.endswith("ed") for word in after[1:4])
    rest = after[after.index("that") + 1 :]
    return not _TELLING.isdisjoint(rest[:5])


_PREMISES = frozenset("compound compounds building buildings premises offices office villa mansion house floor floors "
                      "site seat seats".split())


_NOT_A_VERB_AFTER_TO = frozenset("the a an its their his her this that these those".split())


def _task_infinitive(tokens, start: int) -> bool:
    """Whether a "to" with a verb after it follows ("it fell to Modi ... to carry it through"): a task, not a place."""
    for index in range(start, len(tokens) - 1):
        if tokens[index].low == "to" and tokens[index + 1].text.islower() and tokens[index + 1].low not in _NOT_A_VERB_AFTER_TO \
                and index > start:
            return True
    return False


def _common_noun_after(tokens, start: int) -> bool:
    """Whether the words after a verb, past an article, open with a common noun ("the majority", "most members")."""
    while start < len(tokens) and tokens[start].low in ("the", "a", "an"):
        start += 1
    return start < len(tokens) and tokens[start].text.islower()
