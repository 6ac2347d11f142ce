"""General forms found on the sent13 labelled rows (tests/data/event_sentences.jsonl, split sent13), shown on
sentences of our own about other pairs and years: each sentence with the (source, target, type) it must yield, and
look-alikes that must not yield it."""

from __future__ import annotations

import pytest

from detente import extract_text


def _coded(text: str) -> set[tuple]:
    return {(e.source, e.target, e.type) for e in extract_text(text)}


# Sanctions told as lists: put on (added to) an entity list, a blacklist, a sanctions list or the list of state
# sponsors of terrorism is a measure against the state; taken off or removed from such a list, the measure is eased.
@pytest.mark.parametrize("text, expected", [
    ("The US Treasury put Iran's central bank on its sanctions list in September 2019.", ("USA", "IRN", "COERCE")),
    ("The US Commerce Department added dozens of Russian defence firms to its entity list in 2014.",
     ("USA", "RUS", "COERCE")),
    ("The United States put North Korea back on its list of state sponsors of terrorism in November 2017.",
     ("USA", "PRK", "COERCE")),
    ("Washington took Libya off its list of state sponsors of terrorism in June 2006.", ("USA", "LBY", "CONCEDE")),
    ("The United States removed Sudan from its list of state sponsors of terrorism in December 2020.",
     ("USA", "SDN", "CONCEDE")),
])
def test_sanctions_told_as_lists(text, expected):
    assert expected in _coded(text)


# Travel and visa bans on a state's leaders or people; tariffs slapped on its goods; bans imposed on its imports.
@pytest.mark.parametrize("text, expected", [
    ("The European Union placed a travel ban on Robert Mugabe in 2002.", ("EU", "ZWE", "COERCE")),
    ("Washington barred Austria's president Kurt Waldheim from entering the United States in 1987.",
     ("USA", "AUT", "COERCE")),
    ("Washington slapped tariffs on Japanese electronics in April 1987.", ("USA", "JPN", "COERCE")),
    ("Russia imposed a ban on imports of Georgian wine and mineral water in 2006.", ("RUS", "GEO", "COERCE")),
])
def test_bans_and_tariffs(text, expected):
    assert expected in _coded(text)


# Acts named as nouns whose verbs the lexicon holds, with the doer before them ("Washington's suspension of grain
# shipments to the Soviet Union") or after "by".
@pytest.mark.parametrize("text, expected", [
    ("Washington's suspension of grain shipments to the Soviet Union in January 1980 angered American farmers.",
     ("USA", "SUN", "COERCE")),
    ("Ankara's downgrading of relations with Israel in September 2011 followed the Mavi Marmara affair.",
     ("TUR", "ISR", "SANCTION")),
    ("Egypt's restoration of ties with the Soviet Union in 1984 ended a long chill.", ("EGY", "SUN", "SUPPORT")),
    ("Mexico's nationalisation of American and British oil companies in March 1938 angered both governments.",
     ("MEX", "USA", "COERCE")),
    ("The Israeli downing of a Libyan airliner over Sinai in February 1973 killed 108 people.", ("ISR", "LBY", "ASSAULT")),
    ("Iran's arrest of fifteen British sailors in March 2007 set off a crisis with London.", ("IRN", "GBR", "COERCE")),
    ("Britain's dispatch of troops to Sierra Leone in May 2000 saved Freetown from the rebels.", ("GBR", "SLE", "AID")),
    ("Washington's termination of its commercial treaty with Japan took effect in January 1940.",
     ("USA", "JPN", "SANCTION")),
    ("Turkey's closure of its border with Armenia in April 1993 followed the Armenian capture of Kelbajar.", ("TUR", "ARM", "COERCE")),
])
def test_acts_named_as_nouns(text, expected):
    assert expected in _coded(text)


# Crossings shut or kept closed, reserves moved to a border, a blockade announced, objections lifted, a claim called
# baseless, land returned, a military base opened in another state.
@pytest.mark.parametrize("text, expected", [
    ("Jordan closed the Jaber crossing with Syria in April 2015.", ("JOR", "SYR", "COERCE")),
    ("Algeria has kept its border with Morocco closed since 1994.", ("DZA", "MAR", "COERCE")),
    ("Iraq moved its armoured reserves toward the Kuwaiti border in October 1994.", ("IRQ", "KWT", "MOBILIZE")),
    ("Britain announced a blockade of Germany in March 1915.", ("GBR", "GMY", "COERCE")),
    ("Russia lifted its objections to Georgia's entry into the World Trade Organization in 2011.",
     ("RUS", "GEO", "CONCEDE")),
    ("Athens called Ankara's claim to the islet of Imia baseless in 1996.", ("GRC", "TUR", "REJECT")),
    ("Israel returned the land it had held at Taba to Egypt in March 1989.", ("ISR", "EGY", "RETREAT")),
    ("The United States opened a base in Djibouti in 2002.", ("USA", "DJI", "COOPERATE")),
])
def test_vocabulary_found_on_sent13(text, expected):
    assert expected in _coded(text)


# Look-alikes: a list described, a restoration that is no one's relations, a rule never accepted.
@pytest.mark.parametrize("text, unwanted", [
    ("The list of state sponsors of terrorism has included Iran, North Korea and Syria.", "COERCE"),
    ("Syria has never accepted Israeli rule in the Golan.", "CONCEDE"),
    ("The restoration of the Meiji emperor in 1868 opened Japan to the West.", "SUPPORT"),
])
def test_look_alikes_keep_no_such_act(text, unwanted):
    assert unwanted not in {e.type for e in extract_text(text)}


# A denial scopes over its whole 'that' clause, however long the subject inside it; the denial ends at a coordinated
# verb ("..., and it expelled").
@pytest.mark.parametrize("text", [
    "India has denied that its intelligence agencies had any part in attacks inside Pakistan.",
    "Pakistan has long denied that its army or its intelligence service had any hand in the attack on the Indian parliament.",
    "Iran denied that its Revolutionary Guards had supplied the drones that struck Saudi oil plants in September 2019.",
])
def test_a_denial_scopes_over_its_clause(text):
    assert not extract_text(text)


def test_a_denial_ends_at_a_coordinated_verb():
    coded = _coded("Moscow denied that its military intelligence officers had poisoned anyone in Salisbury, "
                   "and it expelled 23 British diplomats in March 2018.")
    assert ("RUS", "GBR", "SANCTION") in coded


# A treaty's noun followed by "was to" tells its terms ("was to run for thirty years"), no signing; a sum that trade
# or exports "passed" or "surpassed" is a standing, also after a possessive ("India's exports to China").
@pytest.mark.parametrize("text", [
    "The Treaty of Friendship between China and the Soviet Union was to run for thirty years.",
    "The pact between Germany and Italy was to last ten years.",
    "India's exports to China passed 18 billion dollars in 2021.",
    "Japan's trade with China surpassed its trade with the United States in 2007.",
    "Brazil's trade with Argentina reached 30 billion dollars in 2011.",
])
def test_terms_and_sums_are_no_acts(text):
    assert not extract_text(text)


@pytest.mark.parametrize("text, expected", [
    ("The treaty of alliance between Britain and Japan was signed in London in January 1902.", ("GBR", "JPN", "SUPPORT")),
    ("The United States stopped its oil sales to Japan in August 1941.", ("USA", "JPN", "COERCE")),
])
def test_signings_and_measures_keep_their_act(text, expected):
    assert expected in _coded(text)


# Guns that bombard, tariffs put on goods with their rate between, a dialogue suspended, relations ended, an offer of
# talks (an intent to meet, not the talks), gas supplies stopped (an embargo, not aid withheld).
@pytest.mark.parametrize("text, expected", [
    ("Egyptian guns bombarded Israeli positions along the Suez Canal in March 1969.", ("EGY", "ISR", "ASSAULT")),
    ("Washington put tariffs of 25 per cent on Chinese goods worth 34 billion dollars in July 2018.",
     ("USA", "CHN", "COERCE")),
    ("Beijing suspended its military dialogue with Washington in August 2022.", ("CHN", "USA", "SANCTION")),
    ("Tonga ended relations with Taipei in November 1998.", ("TON", "TWN", "SANCTION")),
    ("Brandt's offer of talks to East Berlin in October 1969 opened the way to the Basic Treaty.", ("DEU", "DDR", "AGREE")),
    ("Russia stopped gas supplies to Ukraine in January 2006.", ("RUS", "UKR", "COERCE")),
])
def test_more_vocabulary_found_on_sent13(text, expected):
    assert expected in _coded(text)


def test_talks_ended_are_no_broken_relations():
    assert "SANCTION" not in {e.type for e in extract_text("The talks between Israel and Syria ended in January 2000.")}


# The making or mending of a tie told as a noun with the pair in one hyphenated word ("the normalisation of
# Sino-Vietnamese relations"): an act of the pair in its order, at its date, even as the subject opening the sentence;
# a standing pact named there keeps no act.
@pytest.mark.parametrize("text, expected", [
    ("The normalisation of Sino-American relations in 1979 changed the Cold War.", ("CHN", "USA", "SUPPORT")),
    ("The restoration of Anglo-Argentine relations in February 1990 came eight years after the war.",
     ("GBR", "ARG", "SUPPORT")),
    ("The downgrading of Turkish-Israeli relations in September 2011 followed a UN report on the flotilla raid.",
     ("TUR", "ISR", "SANCTION")),
])
def test_a_tie_made_or_mended_named_by_its_pair(text, expected):
    assert expected in _coded(text)


def test_a_standing_alliance_named_again_keeps_no_act():
    assert not extract_text("The alliance did not survive the war.")


# Two or more states that set up ties "with" a third each act with it, also when "with" closes the trigger's own words
# ("established relations with Cuba"), as when a longer name follows ("with the Soviet Union").
@pytest.mark.parametrize("text, expected", [
    ("Jamaica and Trinidad and Tobago established relations with Cuba in December 1972.",
     {("JAM", "CUB", "SUPPORT"), ("TTO", "CUB", "SUPPORT")}),
    ("Egypt and Syria broke off relations with Washington in June 1967.",
     {("EGY", "USA", "SANCTION"), ("SYR", "USA", "SANCTION")}),
    ("Guyana and Barbados established relations with Cuba in December 1972.",
     {("GUY", "CUB", "SUPPORT"), ("BRB", "CUB", "SUPPORT")}),
])
def test_each_subject_sets_up_ties_with_the_third(text, expected):
    assert expected <= _coded(text)


# Crowds that set fire to a mission's offices; warships (an armed force, not a leader) that call at a state's port.
@pytest.mark.parametrize("text, expected", [
    ("Protesters in Tehran set fire to offices of the Saudi embassy in January 2016.", ("IRN", "SAU", "PROTEST")),
    ("Soviet warships called at Havana in July 1969.", ("SUN", "CUB", "COOPERATE")),
])
def test_fires_at_missions_and_port_calls(text, expected):
    assert expected in _coded(text)


def test_a_leader_calling_at_a_port_is_no_naval_visit():
    assert "COOPERATE" not in {e.type for e in extract_text("Nixon called at Shannon in October 1970.")}


# A relative clause inside an apposition to the subject (", the army chief who had seized power in 1999,") tells of
# the subject: the main verb keeps the subject before the apposition and its own date, and the relative clause's
# act keeps its own.
@pytest.mark.parametrize("text, expected, date", [
    ("General Pervez Musharraf, the army chief who had seized power in 1999, travelled to Agra for a summit with "
     "Vajpayee in July 2001.", ("PAK", "IND", "CONSULT"), "2001-07"),
    ("Sadat, the president who had expelled the Soviet advisers in 1972, flew to Jerusalem in November 1977.",
     ("EGY", "ISR", "CONSULT"), "1977-11"),
])
def test_a_relative_clause_inside_an_apposition(text, expected, date):
    events = extract_text(text)
    assert any((e.source, e.target, e.type) == expected and e.date == date for e in events), events



# Troops that guard another state's airport or installations protect it; troops guarding a border protect no one.
def test_troops_guarding_installations_protect_the_state():
    assert ("CUB", "AGO", "AID") in _coded("Cuban troops guarded Angolan oil installations in Cabinda in the 1980s.")
    assert "AID" not in {e.type for e in extract_text("Soviet troops guarded the border with China in 1969.")}
