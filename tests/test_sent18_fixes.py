"""General forms found on the sent18 labelled rows (tests/data/event_sentences.jsonl, split sent18: eventless
look-alikes and sentences of two or three acts), shown on sentences of our own about other pairs and years: habits,
counts of acts and a text's obligations are no act; a name given to a measure is no attack; fans are no army; a verb
after ", then" is the same subject's; "did so" repeats the act before by another state; one verb's dated objects are
each its own target; a signing in the passive is done by the two states its hyphenated name joins; relations taken
up "with" a state are set up with it; a step not taken under "if" is a condition, no refusal; and the vocabulary of answers in kind, asylum, help cut
off and ratifications."""

from __future__ import annotations

import pytest

from detente import extract_text


def _coded(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type) for e in extract_text(text)}


def _dated(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type, e.date) for e in extract_text(text)}


# What is done as a rule, told by an adverb of habit or, with a verb in the present, by a recurring time: no one act.
@pytest.mark.parametrize("text", [
    "Brazilian presidents customarily pay their first visit abroad to Buenos Aires.",
    "Japan and South Korea hold fisheries talks each spring.",
    "Norwegian prime ministers traditionally travelled to Stockholm first.",
    "The Argentine navy routinely seizes Chinese trawlers off Patagonia.",
    "Vietnam and Laos celebrate the anniversary of their treaty of friendship every July.",
])
def test_a_habit_is_no_act(text):
    assert not _coded(text)


# The same acts done at a time, or as acts done over a stretch in the past, keep their events.
@pytest.mark.parametrize("text, expected", [
    ("Japan and South Korea held fisheries talks in the spring of 1965.", ("JPN", "KOR", "CONSULT")),
    ("Finland's new president made his first foreign visit to Stockholm in March 1982.", ("FIN", "SWE", "CONSULT")),
])
def test_an_act_at_a_time_is_kept(text, expected):
    assert expected in _coded(text)


# A count of acts after a verb in the present perfect sums them up; it tells none of them.
@pytest.mark.parametrize("text", [
    "Israel and Syria have fought three wars since 1948.",
    "Russia has vetoed more than a dozen resolutions on Syria since 2011.",
    "Ethiopia and Eritrea have held several rounds of talks on their border.",
    "The two Koreas have signed four agreements on family reunions.",
])
def test_a_count_of_acts_in_the_present_perfect_is_no_act(text):
    assert not _coded(text)


def test_troops_sent_in_the_present_perfect_stay_an_act():
    assert ("USA", "POL", "AID") in _coded("The United States has sent two thousand troops to Poland.")


# What a treaty obliges, binds or commits its parties to do is its terms, however many words name the parties.
@pytest.mark.parametrize("text", [
    "The Rio Treaty of 1947 obliged the American republics to help any member attacked from outside.",
    "The treaty of 1950 obliged the Soviet Union and China to consult each other on all important questions.",
    "The 1954 accord bound France and the Viet Minh to regroup their forces within 300 days.",
])
def test_a_texts_obligation_is_no_act(text):
    assert not _coded(text)


def test_a_state_that_obliges_another_still_acts():
    assert ("PAK", "IND", "COERCE") in _coded("In 1965 Pakistan's army compelled the Indian garrison to retreat from the post.")


# A measure called "an attack" by its target is a name given, not a second attack; with a word of blame ("a
# political attack") it is the target's censure of the doer.
@pytest.mark.parametrize("text, doer, namer", [
    ("Russia banned Georgian wine in 2006, and Tbilisi called the ban an economic attack.", "RUS", "GEO"),
    ("Moscow cut off gas to Ukraine in January 2009, and Kiev called the cut an attack on Europe.", "RUS", "UKR"),
])
def test_a_measure_named_an_attack_is_no_attack(text, doer, namer):
    assert not any(e.type == "ASSAULT" and e.source == namer for e in extract_text(text))


@pytest.mark.parametrize("text, expected", [
    ("Russia banned Georgian wine in 2006, and Tbilisi called the ban an economic attack.", ("GEO", "RUS", "ACCUSE")),
    ("North Korea shelled Yeonpyeong in November 2010, and Seoul called it a deliberate attack.", ("KOR", "PRK", "ACCUSE")),
])
def test_a_measure_called_an_attack_with_blame_is_censure(text, expected):
    assert expected in _coded(text)


def test_a_call_for_an_attack_is_no_censure():
    assert not any(e.type == "ACCUSE" for e in extract_text("Hamas called for an attack on Israel."))


# Fans and other private travellers crossing a border are no army.
@pytest.mark.parametrize("text", [
    "Thousands of Argentine football fans poured into Chile for the Copa America of 2015.",
    "Chinese climbers crossed into Nepal over the Nangpa La in 1990.",
])
def test_private_travellers_crossing_a_border_are_no_invasion(text):
    assert not _coded(text)


# A verb after ", then" has the subject of the clause before it, not that clause's object.
@pytest.mark.parametrize("text, expected", [
    ("Iraq invaded Kuwait on 2 August 1990, then annexed it six days later.", ("IRQ", "KWT", "COERCE", "1990-08-08")),
    ("Egypt expelled the Soviet advisers in July 1972, then asked Washington for help.", ("EGY", "USA", "REQUEST", "1972-07")),
    ("Vietnam fought China in February 1979, then signed a truce with it in 1991.", ("VNM", "CHN", "SUPPORT", "1991")),
])
def test_a_verb_after_then_keeps_the_subject(text, expected):
    assert expected in _dated(text)


# "X did so" repeats the act told just before, done by X at the date of its own clause.
@pytest.mark.parametrize("text, expected", [
    ("Britain recognized the People's Republic in January 1950; France did so only in January 1964.",
     ("FRA", "CHN", "SUPPORT", "1964-01")),
    ("Egypt broke off relations with West Germany in May 1965, and Syria did so the same month.",
     ("SYR", "DEU", "SANCTION", "1965-05")),
])
def test_did_so_repeats_the_act_before(text, expected):
    assert expected in _dated(text)


def test_never_did_so_is_no_act():
    assert not any(e.source == "FIN" for e in extract_text("Sweden refused to join NATO in 1949, and Finland never did so."))


# One verb with two objects, each with its date: each object is the target at its own date, capitals too.
@pytest.mark.parametrize("text, expected", [
    ("De Gaulle visited Moscow in June 1966 and Phnom Penh in September.", {("FRA", "SUN", "1966-06"), ("FRA", "KHM", "1966-09")}),
    ("Kosygin visited Hanoi in February 1965 and Cairo in May 1966.", {("SUN", "VDR", "1965-02"), ("SUN", "EGY", "1966-05")}),
])
def test_each_dated_object_is_its_own_target(text, expected):
    assert expected <= {(e.source, e.target, e.date) for e in extract_text(text)}


# A text signed in the passive with no doer named is signed by the two states its hyphenated name joins.
@pytest.mark.parametrize("text, expected", [
    ("The Anglo-Irish Agreement was signed at Hillsborough in November 1985.", ("GBR", "IRL", "SUPPORT", "1985-11")),
    ("The Sino-Indian agreement on Tibet was signed in Peking on 29 April 1954.", ("CHN", "IND", "SUPPORT", "1954-04-29")),
    ("The Sino-British Joint Declaration was signed in Beijing on 19 December 1984 and ratified in May 1985.",
     ("CHN", "GBR", "SUPPORT", "1985-05")),
])
def test_a_passive_signing_by_the_states_of_its_name(text, expected):
    assert expected in _dated(text)


# Relations broken with one state and set up "with" another: the second act is with the state named after "with".
@pytest.mark.parametrize("text, expected", [
    ("The Solomon Islands broke off relations with Taipei in September 2019 and established them with Beijing days later.",
     ("SLB", "CHN", "SUPPORT")),
    ("Nicaragua broke off relations with Taiwan in December 2021 and established them with China the same day.",
     ("NIC", "CHN", "SUPPORT")),
])
def test_relations_established_with_another_state(text, expected):
    coded = _coded(text)
    assert expected in coded and (expected[0], "TWN", "SUPPORT") not in coded


# Vocabulary: an answer in kind ("ordered out ... ones"), asylum given to a person, a train link restored.
@pytest.mark.parametrize("text, expected", [
    ("Australia expelled two Russian diplomats in 2018; Moscow expelled two Australian ones a week later.",
     ("RUS", "AUS", "SANCTION")),
    ("Poland expelled 45 Russian diplomats in March 2023, and Moscow ordered out the same number of Polish ones.",
     ("RUS", "POL", "SANCTION")),
    ("Mexico gave the deposed Guatemalan president asylum in 1954.", ("MEX", "GTM", "AID")),
    ("Greece and Turkey restored the train link between Thessaloniki and Istanbul in 2005.", ("GRC", "TUR", "COOPERATE")),
])
def test_vocabulary_of_answers_asylum_and_links(text, expected):
    assert expected in _coded(text)


# A list of clauses joined by commas, each with its own subject and verb in the past: each verb keeps its own subject,
# not the object of the clause before it.
@pytest.mark.parametrize("text, expected, wrong", [
    ("In 1956 Israel invaded Sinai, Britain and France bombed Egyptian airfields, and Moscow threatened both with rockets.",
     ("GBR", "EGY", "ASSAULT"), ("EGY", None, "ASSAULT")),
    ("In 1990 Iraq invaded Kuwait, the Security Council condemned the invasion, and the United States sent troops to Saudi Arabia.",
     ("UNSC", "IRQ", "ACCUSE"), ("IRQ", "UNSC", "ASSAULT")),
    ("In 1979 Vietnam took Phnom Penh in January, China attacked Vietnam in February, and the Soviet Union sent arms to Hanoi.",
     ("CHN", "VNM", "ASSAULT"), ("KHM", "VNM", "ASSAULT")),
])
def test_each_clause_of_a_comma_list_keeps_its_subject(text, expected, wrong):
    coded = _coded(text)
    assert expected in coded and wrong not in coded


def test_a_gapped_second_object_is_no_new_clause():
    coded = _dated("Britain recognized Israel in 1949, France in 1950.")
    assert ("GBR", "ISR", "SUPPORT", "1949") in coded


def test_help_cut_off_is_aid_stopped():
    assert ("SUN", "CHN", "SANCTION") in _coded("In 1960 the Soviet Union cut off its technical help to China.")


# A step not taken inside a condition ("If Turkey had not ratified ...") is no refusal: the sentence imagines it.
@pytest.mark.parametrize("text", [
    "If Turkey had not ratified Sweden's accession, the enlargement of NATO would have stalled.",
    "If Egypt did not withdraw its forces, Britain would send troops.",
])
def test_a_step_not_taken_under_if_is_no_refusal(text):
    assert not _coded(text)


def test_a_step_not_taken_until_a_date_is_still_done():
    assert ("PAK", "BGD", "SUPPORT") in _coded("Pakistan did not recognize Bangladesh until February 1974.")


# A time named by an act told elsewhere ("in the years of the embargo") is no act of the states in the sentence.
@pytest.mark.parametrize("text", [
    "Ties between Caracas and Havana held firm even in the years of the embargo.",
    "During the months of the blockade Berliners lived on food flown in.",
])
def test_a_time_named_by_an_act_is_no_act(text):
    assert not any(e.type in ("COERCE", "SANCTION") for e in extract_text(text))


def test_the_act_itself_named_with_its_date_is_kept():
    assert ("USA", "CUB", "COERCE") in _coded("The American embargo on Cuba began in 1962.")


# The comma that closes a subordinate clause opens no clause of a list: the main clause after it keeps its act.
@pytest.mark.parametrize("text, expected", [
    ("When Portugal recognized Beijing in February 1979, Taipei protested at once.", ("TWN", "PRT", "ACCUSE")),
    ("After Turkish jets shot down a Russian bomber in November 2015, Moscow banned Turkish fruit.", ("RUS", "TUR", "COERCE")),
])
def test_a_fronted_clause_is_no_list_of_clauses(text, expected):
    assert expected in _coded(text)


# A thing received after "and" is given by the state after "from" (or named by its adjective) to the subject before "and".
@pytest.mark.parametrize("text, expected", [
    ("Egypt broke with Britain in 1956 and received a loan from Moscow in 1958.", ("SUN", "EGY", "AID")),
    ("Pakistan joined SEATO in 1954 and received American arms in 1955.", ("USA", "PAK", "AID")),
])
def test_a_thing_received_after_and_is_given_to_the_subject(text, expected):
    coded = _coded(text)
    assert expected in coded and (expected[1], expected[0], "AID") not in coded


# A text "never ratified" in the passive came into no force; no state's refusal is told.
def test_a_text_never_ratified_is_no_refusal():
    text = "Peru and Bolivia signed a customs union treaty in 1948; the treaty was never ratified."
    assert not any(e.type == "REJECT" for e in extract_text(text))


# "then" of an aside ("France, then the mandatory power in Syria, ceded ...") opens no clause.
def test_then_of_an_aside_keeps_the_subject():
    assert ("ESP", "USA", "RETREAT") in _coded("In 1898 Spain, then the colonial power in Cuba, ceded Puerto Rico to the United States.")


# A participle before a comma ("By a treaty signed in Moscow, ...") is no clause of a list: the main clause's subject
# signs.
def test_a_participle_before_a_comma_opens_no_list():
    coded = _coded("By a treaty signed in Moscow in 1945, Czechoslovakia handed Subcarpathian Ruthenia over to the Soviet Union.")
    assert ("CSK", "SUN", "SUPPORT") in coded and ("SUN", "CSK", "SUPPORT") not in coded
