"""The actor layer: names resolved to the entity valid at their date, references, groups, sectors, lookup."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.actors import entity, find_mentions, lookup, mention_record

ROOT = Path(__file__).resolve().parent.parent


def year(value: int):
    return lambda _position: (f"{value:04d}-01-01", f"{value:04d}-12-31")


def day(value: str):
    return lambda _position: (value, value)


def only(text: str, when=None):
    found = find_mentions(text, when=when)
    assert len(found) == 1, found
    return found[0]


# (text, year or None, expected code, expected qid or None to skip the qid check)
SUCCESSIONS = [
    ("Russia", 1905, "RUSEMP", "Q34266"),
    ("Russia", 1917, None, None),  # checked below by month: several entities that year
    ("Russia", 1919, "RSFSR", "Q2184"),
    ("Russia", 1955, "SUN", "Q15180"),
    ("Russia", 2005, "RUS", "Q159"),
    ("Russia", None, "RUS", "Q159"),
    ("the Soviet Union", 1960, "SUN", "Q15180"),
    ("Moscow", 1918, "RSFSR", None),
    ("Moscow", 1960, "SUN", None),
    ("Moscow", 2000, "RUS", None),
    ("the Kremlin", 1975, "SUN", None),
    ("China", 1905, "QING", "Q8733"),
    ("China", 1930, "ROC", None),
    ("China", 1960, "CHN", "Q148"),
    ("Taiwan", 1960, "TWN", "Q865"),
    ("Peking", 1935, "ROC", None),
    ("Beijing", 1972, "CHN", None),
    ("Germany", 1905, "GMY", "Q43287"),
    ("Germany", 1925, "GMY", "Q41304"),
    ("Germany", 1943, "GMY", "Q7318"),
    ("Germany", 1970, "DEU", "Q183"),
    ("Germany", 2010, "DEU", "Q183"),
    ("East Germany", 1970, "DDR", None),
    ("Berlin", 1940, "GMY", "Q7318"),
    ("Czechoslovakia", 1968, "CSK", None),
    ("Yugoslavia", 1960, "YUG", None),
    ("Poland", 1981, "POL", "Q36"),
    ("Japan", 1941, "JPN", "Q188712"),  # the Empire of Japan (to the 1947 constitution), written JPN
    ("Japan", 1960, "JPN", "Q17"),
    ("Tokyo", 1937, "JPN", "Q188712"),
    ("Ireland", 1930, "IRL", "Q31747"),  # the Irish Free State, written IRL
    ("Ireland", 1950, "IRL", "Q27"),
    ("Dublin", 1932, "IRL", "Q31747"),
    ("Afghanistan", 1985, "AFG", "Q476757"),  # the Democratic Republic of Afghanistan, written AFG
    ("Afghanistan", 1970, "AFG", "Q889"),
    ("Afghanistan", 2005, "AFG", "Q889"),
    ("Kabul", 1980, "AFG", "Q476757"),
    ("Germany", 1914, "GMY", "Q43287"),
    ("Germany", 1940, "GMY", "Q7318"),
    ("Serbia", 1987, "YUG", None),  # a republic of Yugoslavia stands for the federation
    ("Serbia", 1999, "SCG", None),
    ("Serbia", 2010, "SRB", "Q403"),
    ("Ukraine", 1960, "SUN", None),
    ("Ukraine", 2014, "UKR", "Q212"),
    ("Lithuania", 1975, "SUN", None),
    ("Lithuania", 1995, "LTU", "Q37"),
    ("Vietnam", 1965, "RVN", None),
    ("Iraq", 1990, "IRQ", "Q796"),
    ("Cuba", 1962, "CUB", "Q241"),
    ("Havana", 1962, "CUB", None),
    ("India", 1971, "IND", "Q668"),
    ("New Delhi", 1971, "IND", None),
    ("Pakistan", 1971, "PAK", "Q843"),
    ("Islamabad", 1999, "PAK", None),
    ("Egypt", 1882, "EGY", None),  # the khedivate under British occupation, written EGY (no state was none)
    ("Egypt", 1916, "EGY", None),  # the sultanate under the British protectorate
    ("Alexandria", 1882, "EGY", None),
    ("Cairo", 1919, "EGY", None),
    ("Egypt", 1936, "EGY", "Q79"),
    ("Britain", 1956, "GBR", "Q145"),
    ("Whitehall", 1956, "GBR", None),
    ("Tokyo", 1941, "JPN", None),
    ("Washington", 1947, "USA", "Q30"),
    ("the White House", 1983, "USA", None),
]


@pytest.mark.parametrize(("text", "when", "code", "qid"), [row for row in SUCCESSIONS if row[2]])
def test_names_resolve_to_the_entity_of_their_date(text, when, code, qid):
    mention = only(text, year(when) if when else None)
    assert mention.entity == code
    assert mention.kind == "state"
    if qid:
        assert mention.qid == qid
    assert mention.date == (f"{when:04d}-01-01" if when else None)


def test_leaders_of_mexico_egypt_and_turkey_in_their_neighbours_histories_act_for_their_state():
    # the presidents of the Mexican revolution, Egypt's khedives and nationalists under the occupation, the envoys
    # of the Turkish-Soviet crises: each resolves to the state of its date, and not outside its years
    for name, when, state in (("Huerta", 1914, "MEX"), ("Carranza", 1916, "MEX"), ("Obregón", 1923, "MEX"),
                              ("Ávila Camacho", 1943, "MEX"), ("Díaz Ordaz", 1967, "MEX"), ("Zaghlul", 1919, "EGY"),
                              ("Zaghlul", 1924, "EGY"), ("Abbas Hilmi II", 1905, "EGY"), ("Allenby", 1924, "GBR"),
                              ("Lampson", 1942, "GBR"), ("Saracoğlu", 1939, "TUR"), ("Chicherin", 1921, "RSFSR"),
                              ("Chicherin", 1925, "SUN"), ("Voroshilov", 1933, "SUN"), ("Tikhonov", 1984, "SUN")):
        mention = only(name, year(when))
        assert (mention.kind, mention.state) == ("person", state), (name, when, mention)
    # the ambassador of 1913 is named in full or with his title; a bare "Wilson" stays the president
    assert only("Henry Lane Wilson", year(1913)).entity == "henry_lane_wilson"
    assert only("Wilson", year(1915)).entity == "woodrow_wilson"


def test_leaders_of_mongolia_saudi_arabia_somalia_and_mexico_act_for_their_state():
    # (h7tune) each resolves to its state in its years of office
    for name, when, state in (("Tsedenbal", 1962, "MNG"), ("Tsedenbal", 1980, "MNG"), ("Ochirbat", 1993, "MNG"),
                              ("King Abdulaziz", 1945, "SAU"), ("Ibn Saud", 1950, "SAU"), ("Prince Sultan", 1990, "SAU"),
                              ("Egal", 1968, "SOM"), ("Manuel Tello", 1962, "MEX"), ("Jorge Castaneda", 2001, "MEX")):
        mention = only(name, year(when))
        assert (mention.kind, mention.state) == ("person", state), (name, when, mention)


def test_russia_in_1917_follows_the_revolutions_month_by_month():
    spring = only("Russia", lambda _p: ("1917-05-01", "1917-06-30"))
    winter = only("Russia", lambda _p: ("1917-12-01", "1917-12-31"))
    early = only("Russia", lambda _p: ("1917-01-01", "1917-02-28"))
    assert (early.entity, spring.entity, winter.entity) == ("RUSEMP", "RUSPRV", "RSFSR")


def test_an_interval_spanning_successors_picks_the_one_valid_for_most_of_it():
    assert only("Russia", lambda _p: ("1985-01-01", "1993-12-31")).entity == "SUN"
    assert only("Russia", lambda _p: ("1990-06-01", "1999-12-31")).entity == "RUS"


def test_every_name_of_a_successor_chain_resolves_within_its_validity():
    chain = ["RUSEMP", "RUSPRV", "RSFSR", "SUN", "RUS"]
    for ident in chain:
        record = entity(ident)
        middle = record["valid_from"]
        assert lookup("Russia", when=middle)["id"] == ident
    for earlier, later in zip(chain, chain[1:], strict=False):
        assert later in entity(earlier)["successors"]
        assert earlier in entity(later)["predecessors"]


def test_word_boundaries_and_case():
    codes = [
        (m.text, m.entity)
        for m in find_mentions("Iranian oil. The Iranians and Iran. Let us wait; the US waits.")
    ]
    assert ("Iranian", "IRN") in codes and ("Iran", "IRN") in codes and ("Iranians", "IRN") in codes
    assert [text for text, _ in codes].count("US") == 1
    assert "us" not in [text for text, _ in codes]
    assert find_mentions("Iranium is not a state, nor is Chinatown.") == []


def _base_letters() -> dict[int, str]:
    """The fold the matcher promises, built here on its own: a Latin letter (U+00C0-U+024F, U+1E00-U+1EFF) whose
    canonical decomposition is an ASCII letter and combining marks is that letter, lower-cased; ø, ł, đ by hand."""
    import unicodedata

    folds = {ord(c): b for c, b in zip("øØłŁđĐ", "oolldd", strict=True)}
    for point in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        base, *marks = unicodedata.normalize("NFD", chr(point))
        if marks and base.isascii() and base.isalpha() and all(unicodedata.combining(mark) for mark in marks):
            folds[point] = base.lower()
    return folds


def test_normalizing_mostly_ascii_text_equals_the_regular_expression_it_replaces():
    """The fast path (ASCII table, non-ASCII word characters put back) equals the full rule: lower case, every
    character that is not a regex word character a space, accented Latin letters their base letter, over every code
    point and mixed texts."""
    from detente.actors.matcher import normalize

    folds = _base_letters()

    def full(text):
        lowered = text.lower()
        if len(lowered) != len(text):
            lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
        return re.sub(r"[\W_]", " ", lowered).translate(folds)

    every = "".join(chr(point) for point in range(0x110000) if len(chr(point).lower()) == 1)
    mixed = "Québec – Zürich_ İstanbul; STRASSE ß Ⅻ? Why? Österreich?" + " Moscow and Washington?" * 8
    padded = every + " Bonn, 1949." * len(every)  # every code point on the mostly-ASCII path
    for text in (every, padded, mixed, mixed * 3 + every[:200], "Moscow—Washington", "é", "—", "plain ascii?"):
        assert normalize(text) == full(text)
    # characters the text's own lower case treats apart from the character's: "Σ" ends a word as "ς", the Kelvin sign
    # lowers to an ASCII "k", "İ" to two characters; alone, in Greek words and inside mostly-ASCII text
    odd = ["ΟΔΥΣΣΕΥΣ", "ΑΣ", "Σ", "aΣ", "aΣb", "Σ_Σ", "\u212a", "5\u212a", "İ", "Ἀ", "ǅ", "ß", "ﬁ", "?", "_", "Ω"]
    plain = " The Treaty of Kars, 1921, was signed in Kars? Yes; it was. "
    for word in odd:
        for text in (word, word * 3, plain + word + plain, word + plain * 4, plain * 4 + word, (plain + word) * 3):
            assert normalize(text) == full(text), text


def test_longest_match_wins():
    texts = [
        m.text for m in find_mentions("The United States of America and the Soviet Union; George Washington.")
    ]
    assert "United States of America" in texts and "Soviet Union" in texts
    assert "Washington" not in texts and "George Washington" in texts
    person = [m for m in find_mentions("George Washington said so.") if m.text == "George Washington"][0]
    assert person.kind == "person"


def test_phrases_that_name_no_actor_are_dropped():
    assert find_mentions("Latin American markets and the Indian Ocean.") == []


def test_adjectives_and_demonyms_resolve_to_their_state():
    found = find_mentions(
        "Soviet tanks, the Soviets, Americans, Nazi leaders, Japanese ships, British envoys.", when=year(1944)
    )
    by_text = {m.text: m for m in found}
    assert by_text["Soviets"].entity == "SUN"
    assert by_text["Americans"].entity == "USA"
    codes = {m.state or m.entity for m in found}
    assert {"SUN", "USA", "GMY", "JPN", "GBR"} <= codes


def test_spains_heads_after_franco_and_nepals_prime_ministers_act_for_their_states_in_office():
    # (none of Spain's heads after Franco was held: "Suárez flew to Havana" had no state)
    assert only("Adolfo Suárez", year(1978)).state == "ESP" and only("Suárez", year(1979)).state == "ESP"
    assert only("Felipe González", year(1986)).state == "ESP" and only("Aznar", year(1998)).state == "ESP"
    assert only("King Juan Carlos", year(1999)).state == "ESP"
    assert only("Krishna Prasad Bhattarai", year(1990)).state == "NPL" and only("Bista", year(1972)).state == "NPL"
    # a bare surname outside the tenure names no one (other Suárezes and Bistas)
    assert not [m for m in find_mentions("Suárez", when=year(1950)) if m.kind == "person"]
    assert not [m for m in find_mentions("Bista", when=year(1995)) if m.kind == "person"]


def test_ibero_american_and_the_hemispheres_bodies_name_no_state():
    assert find_mentions("the Ibero-American summit and the Inter-American Development Bank", when=year(1991)) == []


def test_leaders_carry_state_and_office_at_their_date():
    roosevelt = only("Roosevelt", year(1940))
    assert (roosevelt.kind, roosevelt.state, roosevelt.role, roosevelt.via) == (
        "person",
        "USA",
        "head of state",
        "leader",
    )
    assert only("Roosevelt", year(1905)).entity == "theodore_roosevelt"
    assert only("Stalin", year(1950)).state == "SUN"
    assert only("Hitler", year(1939)).state in {"DEU", "GER", "GMY"}
    assert only("Gorbachev", year(1987)).state == "SUN"
    assert only("Nehru", year(1955)).state == "IND"
    assert only("Fidel Castro", year(1962)).state == "CUB"


def test_blocs_expand_to_their_members_at_the_date():
    allies = only("the Allies", year(1944))
    assert (allies.kind, allies.via) == ("group", "group")
    assert {"USA", "GBR", "SUN"} <= set(allies.members)
    first_war = only("the Allies", year(1916))
    assert "RUSEMP" in first_war.members and "SUN" not in first_war.members
    assert set(only("the superpowers", year(1970)).members) == {"USA", "SUN"}
    assert set(only("the Big Three", year(1945)).members) == {"USA", "GBR", "SUN"}


def test_organizations_keep_their_own_code():
    nato = only("NATO", year(1960))
    assert (nato.entity, nato.kind, nato.qid) == ("NATO", "organization", "Q7184")
    assert only("the Warsaw Pact", year(1968)).entity == "WARSAW_PACT"


def test_references_resolve_to_the_last_two_states_in_focus():
    text = "Cuba traded with Poland. Later India and Pakistan signed a pact. The two nations then met again."
    reference = [m for m in find_mentions(text, when=year(1975)) if m.via == "reference"][0]
    assert reference.kind == "group"
    assert set(reference.members) == {"IND", "PAK"}


def test_a_reference_counts_persons_by_their_state_and_never_itself():
    text = "Nixon flew to see Mao. Both countries hoped for more. Both countries said so."
    references = [m for m in find_mentions(text, when=year(1972)) if m.via == "reference"]
    assert [set(m.members) for m in references] == [{"USA", "CHN"}, {"USA", "CHN"}]


def test_a_reference_with_nothing_in_focus_has_no_members():
    assert only("The two countries agreed.").members == ()


def test_sector_groups():
    group = only("American leftist intellectuals", year(1950))
    assert (group.kind, group.state, group.role) == ("group", "USA", "intellectuals")
    assert only("Soviet troops", year(1979)).state == "SUN"
    # a function word breaks the phrase: the state stands alone
    plain = only("American and intellectuals", year(1950))
    assert plain.kind == "state"


_SECTOR_WORDS = ["forces", "Forces", "émigrés", "troops", "army", "leftist", "the", "and", "x1", "1st", "fleet-based",
                 "forces_x", "naval", "air", "Air", "-", ",", "("]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([" ", "\t", "  ", ", ", "-", "\n", ""]), st.sampled_from(_SECTOR_WORDS)), max_size=5))
def test_the_sector_gate_reads_the_words_the_word_by_word_loop_reads(pieces):
    from detente.actors import _NEXT_WORD, _NEXT_WORDS

    text = "Soviet" + "".join(gap + word for gap, word in pieces)
    words, position = [], len("Soviet")
    while len(words) < 3 and (match := _NEXT_WORD.match(text, position)):
        words.append(match.group(1))
        position = match.end()
    ahead = _NEXT_WORDS.match(text, len("Soviet"))
    assert (ahead.groups() if ahead else ()) == tuple(words + [None] * (3 - len(words)) if words else []), text


def _sector_group_word_by_word(text, hit, code, date, governing_only=False):
    """_sector_group as it read its words before the fast path: one _NEXT_WORD match after another."""
    from detente.actors import _FUNCTION_WORDS, _NEXT_WORD, _is_verb, _sector_heads, gazetteer
    from detente.model import Mention

    heads = _sector_heads()
    reach = 1 if governing_only else 3
    sectors = gazetteer.data()["sectors"]
    words, position = [], hit.end
    while len(words) < reach + 1 and (match := _NEXT_WORD.match(text, position)):
        words.append(match)
        position = match.end()
    if not any(word.group(1).lower() in heads for word in words[:reach]):
        return None
    for count in range(min(reach, len(words))):
        if count and not words[count - 1].group(1)[0].islower():
            return None
        head = words[count]
        candidates = []
        if count + 1 < len(words):
            candidates.append((head.group(1) + " " + words[count + 1].group(1), words[count + 1].end(1)))
        candidates.append((head.group(1), head.end(1)))
        for noun, end in candidates:
            key = noun[0].lower() + noun[1:]
            if key not in sectors:
                key = noun.lower()
            if key not in sectors or (governing_only and sectors[key]["code"] != "GOV"):
                continue
            if text.startswith(("'s", "’s"), end):
                return None
            if any(word.group(1) in _FUNCTION_WORDS for word in words[:count]):
                return None
            if any(_is_verb(text, hit, word.group(1)) for word in words[:count]):
                return None
            sector = sectors[key]
            return Mention(hit.start, end, text[hit.start : end], code + sector["code"], "group", state=code,
                           role=sector["role"], date=date, via="adjective")
    return None


_GROUP_WORDS = ["forces", "troops", "army", "leftist", "the", "and", "sent", "deployed", "armed", "naval", "air",
                "Air", "Force", "force", "government", "Prime", "Minister", "prime", "minister", "border", "guards",
                "secret", "police", "People's", "x1", "-", ",", "'s"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from([" ", "\t", "  ", ", ", "-", "\n", ""]), st.sampled_from(_GROUP_WORDS)), max_size=6),
    st.booleans(),
)
def test_the_sector_group_from_the_gates_match_equals_the_word_by_word_rule(pieces, governing_only):
    from detente.actors import _sector_group
    from detente.actors.matcher import Hit

    text = "the Soviet" + "".join(gap + word for gap, word in pieces)
    hit = Hit(4, 10, ())
    assert _sector_group(text, hit, "SUN", "1962-10-01", governing_only) == _sector_group_word_by_word(
        text, hit, "SUN", "1962-10-01", governing_only
    ), text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aLi n-İé", max_size=40), st.integers(0, 40))
def test_one_automaton_pass_finds_what_successive_str_find_calls_find(text, origin):
    from detente.actors import _occurrences, _successive

    words = {"Li", "Lili", "a", "ana", "nan", "İ", "i n"}
    found = _occurrences(text, words)
    for word in words:
        expected, at = [], text.find(word, origin)
        while at >= 0:
            expected.append(at)
            at = text.find(word, at + len(word))
        assert list(_successive(found.get(word, ()), len(word), origin)) == expected, (word, text)


def test_mentions_are_sorted_and_spans_point_at_their_text():
    text = "In 1962 Havana, Moscow and Washington argued; Khrushchev and Kennedy wrote letters."
    found = find_mentions(text, when=year(1962))
    assert [m.start for m in found] == sorted(m.start for m in found)
    for mention in found:
        assert text[mention.start : mention.end] == mention.text


def test_mention_record_is_plain_data():
    record = mention_record(only("Stalin", year(1945)))
    assert set(record) == {"span", "text", "entity", "qid", "kind", "state", "role", "date", "via", "members"}
    assert record["state"] == "SUN" and record["members"] == []


def test_lookup_by_code_and_name():
    assert lookup("SUN")["name"] == "Union of Soviet Socialist Republics"
    assert lookup("soviet union")["id"] == "SUN"
    assert lookup("Russia", when="1950-01-01")["id"] == "SUN"
    assert lookup("GMY", when="1940-06-01")["qid"] == "Q7318"
    assert lookup("nowhere-land") is None
    assert entity("NATO")["kind"] == "organization"
    assert entity("GMY_NAZI")["code"] == "GMY"
    assert entity("") is None and entity("XXXX") is None


@pytest.mark.parametrize(
    ("typed", "ident"),
    [
        # accents typed as their base letters, a name the gazetteer gives only accented
        ("Leopold Sedar Senghor", "leopold_senghor"),
        ("Heinrich Lubke", "heinrich_luebke"),
        ("Juvenal Habyarimana", "juvenal_habyarimana"),
        ("Ahmed Sekou Toure", "sekou_toure"),
        # a hyphen typed as a space or left out of a romanized name, in any case
        ("houphouet boigny", "felix_houphouet_boigny"),
        ("Chou En lai", "zhou_enlai"),
        ("HOUPHOUET-BOIGNY", "felix_houphouet_boigny"),
        # a state's name with its article, the article's accent-free form
        ("the Holy See", "VAT"),
    ],
)
def test_lookup_folds_accents_case_and_punctuation(typed, ident):
    assert lookup(typed)["id"] == ident


def test_lookup_folding_keeps_words_and_their_order():
    assert lookup("Boigny Houphouet") is None  # the words must be the name's, in its order
    assert lookup("Senghorr") is None
    assert lookup("Lubke", when="1962-01-01")["id"] == "heinrich_luebke"


@pytest.mark.parametrize(
    ("text", "when", "ident"),
    [
        # a monarch's title takes a given name: the king, not the prime minister surnamed George
        ("King George changed the name of the royal house to Windsor.", "1917-07-17", "george_v"),
        ("King George broadcast to the Empire on Christmas Day.", "1939-12-25", "george_vi"),
        # a surname that is also many officials' given name needs its bearer's state named nearby
        ("Murtala's coup had succeeded in Nigeria. President Mohammed then retired senior officers.", "1975-08-15",
         "murtala_mohammed"),
    ],
)
def test_a_given_name_after_a_title_names_the_bearer_the_context_tells(text, when, ident):
    found = [m for m in find_mentions(text, when=day(when)) if m.kind == "person"]
    assert [m.entity for m in found][-1:] == [ident], found


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("President Mohammed told the cabinet to prepare a budget.", "1975-10-01"),  # which Mohammed? no state named
        ("In Kabul, President Mohammed addressed the nation.", "1975-11-01"),  # Afghanistan's president was a Mohammed too
    ],
)
def test_a_given_name_after_a_title_is_nobody_elsewhere(text, when):
    assert "murtala_mohammed" not in [m.entity for m in find_mentions(text, when=day(when))]


def test_the_actor_command_finds_a_name_typed_without_accents():
    from click.testing import CliRunner

    from detente.cli import cli

    result = CliRunner().invoke(cli, ["actor", "Leopold Sedar Senghor"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["name"] == lookup("leopold_senghor")["name"]


def test_gazetteer_covers_at_least_the_un_membership():
    from detente.actors.gazetteer import entities

    states = [r for r in entities().values() if r["kind"] == "state"]
    assert len(states) >= 193
    for record in entities().values():
        assert (
            record["valid_from"] is None
            or record["valid_to"] is None
            or record["valid_from"] <= record["valid_to"]
        )


@pytest.mark.skipif(
    not (ROOT.parent / "shared" / "reference" / "events").exists(),
    reason="../shared/reference (the CAMEO actor table the build reads) is not beside the repository",
)
def test_committed_json_matches_its_sources():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_actors.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


WORDS = [
    "Russia",
    "the",
    "US",
    "us",
    "Soviet",
    "Union",
    "Iranian",
    "Iran",
    "and",
    "Moscow",
    "Washington",
    "George",
    "the two nations",
    "American",
    "leftist",
    "intellectuals",
    ",",
    ".",
    "U.S.",
    "İstanbul",
    "NATO",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30), st.sampled_from([None, 1910, 1950, 2000]))
def test_spans_are_exact_sorted_and_disjoint(words, when):
    text = " ".join(words)
    found = find_mentions(text, when=year(when) if when else None)
    for mention in found:
        assert text[mention.start : mention.end] == mention.text
    for before, after in zip(found, found[1:], strict=False):
        assert before.end <= after.start


# --- Generalization: hand-written cases about other pairs of states (tests/data/actor_cases.jsonl) ---------

CASES_FILE = ROOT / "tests" / "data" / "actor_cases.jsonl"
CASES = [json.loads(line) for line in CASES_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


def acting(mention) -> object:
    """What an event would be written with: the members of a bloc or reference, a person's or group's state."""
    if mention.members and mention.via in ("reference", "group") and mention.kind != "organization":
        return sorted(mention.members)
    if mention.kind in ("person", "group"):
        return mention.state
    return mention.entity


@pytest.mark.parametrize("case", CASES, ids=[case["text"][:48] for case in CASES])
def test_cases_about_other_pairs_resolve(case):
    date = case.get("date")
    found = find_mentions(case["text"], when=(lambda _p: (date, date)) if date else None)
    used: set[int] = set()
    for expected in case["expect"]:
        if isinstance(expected, list):
            expected = {"text": expected[0], "code": expected[1]}
        index = next((i for i, m in enumerate(found) if i not in used and m.text == expected["text"]), None)
        assert index is not None, (expected, [(m.text, acting(m)) for m in found])
        used.add(index)
        mention = found[index]
        if "code" in expected:
            code = expected["code"]
            assert acting(mention) == (sorted(code) if isinstance(code, list) else code), (expected, mention)
        for key in ("state", "kind", "role"):
            if key in expected:
                assert getattr(mention, key) == expected[key], (expected, mention)
    for text in case.get("absent", []):
        assert text not in [m.text for m in found], (text, found)


def test_cases_cover_every_pair_the_issue_names():
    joined = " ".join(case["text"] for case in CASES)
    for name in [
        "Taiwan",
        "Cuba",
        "India",
        "Pakistan",
        "North Korea",
        "South Vietnam",
        "Israel",
        "Egypt",
        "East Germany",
        "Yugoslavia",
        "Czechoslovakia",
        "Iran",
        "Iraq",
        "Argentina",
        "Falklands",
        "South Korea",
        "North Vietnam",
        "West Germany",
        "Bangladesh",
    ]:
        assert name in joined, name
    assert len(CASES) >= 350


def test_an_undated_text_takes_the_era_its_era_bound_names_fit():
    text = "MOSCOW (AP) - Marshal Ogarkov said Moscow acted; Reagan and Shultz protested. A congressman of Georgia died."
    found = {m.text: m for m in find_mentions(text)}
    assert found["Moscow"].entity == "SUN" and found["MOSCOW"].entity == "SUN"
    assert found["Moscow"].date is not None and "1982" <= found["Moscow"].date <= "1984-12-31"
    assert "Georgia" not in found  # the state of Georgia exists from 1991 only
    assert only("Moscow").entity == "RUS"  # nothing to date it: the modern state


def test_institutions_act_for_the_state_of_their_date():
    army = only("the Red Army", year(1944))
    assert (army.kind, army.state, army.role, army.entity) == ("group", "SUN", "military", "SUNMIL")
    assert only("the Red Army", year(1919)).state == "RSFSR"
    assert only("the Stasi", year(1975)).state == "DDR"
    assert only("the Knesset", year(1979)).state == "ISR"


def test_seats_only_stand_for_their_state_while_it_exists():
    assert only("Bonn", year(1969)).entity == "DEU"
    assert find_mentions("Bonn", when=year(1930)) == []
    assert find_mentions("Saigon", when=year(1985)) == []
    assert only("Saigon", year(1965)).entity == "RVN"
    assert only("Hanoi", year(1965)).entity == "VDR"
    assert only("Hanoi", year(1995)).entity == "VNM"


def test_places_resolve_through_their_lineage():
    assert only("Vladivostok", year(1918)).entity == "RSFSR"
    assert only("Vladivostok", year(1960)).entity == "SUN"
    assert only("Stalingrad", year(1942)).via == "place"
    assert only("Kiev", year(1960)).entity == "SUN" and only("Kyiv", year(2014)).entity == "UKR"


def test_other_systems_codes_find_the_entity():
    assert entity("USR")["id"] == "SUN" and entity("GMW")["id"] == "DEU" and entity("GME")["id"] == "DDR"
    assert entity("PRC")["id"] == "CHN" and entity("CZA")["id"] == "CSK"
    assert entity("VDR")["name"] == "Democratic Republic of Vietnam"


# --- The user's seed pages: every actor of every gold event is found, resolved, where the event is told ----

SEED_DIR = ROOT.parent / "shared" / "seeds"
# The scorer's folding (../shared/eval/score_events.py), widened to the whole Russian lineage.
FAMILIES = [
    {"USSR", "SUN", "RUS", "RSFSR", "RUSEMP", "RUSPRV"},
    {"DEU", "GER", "GMY"},
    {"GBR", "UK", "UKG"},
    {"CHN", "PRC"},
    {"ROC", "TWN"},
]
ANAPHOR = re.compile(r"\b(?:this|these|that|they|it)\b", re.I)


def fold(code: str) -> str:
    return next((min(family) for family in FAMILIES if code in family), code)


def unresolved_gold_actors(paths: list[str], gold: list[dict]) -> list[tuple]:
    """Gold events whose actors are not all among the mentions where the event is told."""
    from detente.ingest.read import read_inputs
    from detente.pipeline import clean, find_actors, layout, tag_time

    docs = {}
    for item in read_inputs(paths):
        for stage in (clean, layout, tag_time, find_actors):
            stage(item)
        docs[Path(item.origin).name] = item
    missed = []
    for event in gold:
        doc = docs[event["doc"]]
        at = doc.text.find(event["evidence"])
        assert at >= 0, event["id"]
        stop = at + len(event["evidence"])
        # The evidence's sentences, the heading of its section (a timeline entry's title), and the sentence
        # before when the evidence holds an anaphor ("This led to...", "to counter this").
        inside = [s for s in doc.sentences if s.end > at and s.start < stop]
        first = doc.sentences.index(inside[0])
        spans = [(s.start, s.end) for s in inside]
        section = doc.sections[inside[0].section] if doc.sections else None
        if section is not None and section.heading_span:
            spans.append(section.heading_span)
        if first > 0 and ANAPHOR.search(doc.text[inside[0].start : stop]):
            spans.append((doc.sentences[first - 1].start, doc.sentences[first - 1].end))
        found = set()
        for mention in doc.mentions:
            if any(start <= mention.start < end for start, end in spans):
                codes = acting(mention)
                found.update(fold(c) for c in ([codes] if isinstance(codes, str) else codes or []))
        wanted = {fold(c) for c in event["actors"]}
        if not wanted <= found:
            missed.append((event["id"], sorted(wanted - found), sorted(found), event["evidence"][:80]))
    return missed


def test_every_gold_actor_is_resolved_where_the_seed_tells_the_event():
    gold_path = SEED_DIR / "gold.jsonl"
    if not gold_path.exists():
        pytest.skip("../shared/seeds is not beside the repository")
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert unresolved_gold_actors([str(p) for p in sorted(SEED_DIR.glob("*.txt"))], gold) == []


# Successive regimes of one country: a mention in an event's evidence that falls in the family of a gold actor
# must be that very actor (the 1918 "Russia" is RSFSR, not SUN). The demo gold writes Nazi Germany as DEU, which
# the scorer folds with GMY, so the German regimes count as one here.
LINEAGES = [
    {"RUSEMP", "RUSPRV", "RSFSR", "SUN", "RUS"},
    {"QING", "ROC", "CHN", "TWN"},
    {"GMY", "DEU", "DDR"},
    {"JOSEON", "KOREMP", "KOR", "PRK"},
    {"VDR", "RVN", "VNM"},
    {"YUG", "SCG", "SRB"},
    {"CSK", "CZE", "SVK"},
]
SAME = {"GMY": "DEU"}


def misresolved(paths: list[str], gold: list[dict]) -> list[tuple]:
    from detente.ingest.read import read_inputs
    from detente.pipeline import clean, find_actors, layout, tag_time

    docs = {}
    for item in read_inputs(paths):
        for stage in (clean, layout, tag_time, find_actors):
            stage(item)
        docs[Path(item.origin).name] = item
    wrong = []
    for event in gold:
        if len(event["date"].split("/")[0]) < 4:
            continue  # a decade or century does not decide between regimes
        doc = docs[event["doc"]]
        at = doc.text.find(event["evidence"])
        wanted = {SAME.get(code, code) for code in event["actors"]}
        for mention in doc.mentions:
            if not at <= mention.start < at + len(event["evidence"]):
                continue
            codes = acting(mention)
            for code in [codes] if isinstance(codes, str) else codes or []:
                family = next((f for f in LINEAGES if code in f), set())
                if SAME.get(code, code) not in wanted and wanted & family:
                    wrong.append((event["id"], mention.text, code, sorted(wanted & family)))
    return wrong


def test_demo_corpus_actors_are_resolved_to_the_regime_of_their_date():
    from detente.resources import data_path, demo_paths

    lines = data_path("demo_expected.jsonl").read_text(encoding="utf-8").splitlines()
    gold = [json.loads(line) for line in lines if line.strip()]
    with demo_paths() as paths:
        names = [str(p) for p in paths]
        assert misresolved(names, gold) == []
        # The demo gold lists in "actors" only the states its evidence names (the others go to "unnamed").
        assert unresolved_gold_actors(names, gold) == []


def test_validity_agrees_with_petrarchs_dated_country_entries():
    """PETRARCH's dictionaries date some states; ours agree within a year (declaration vs recognition)."""
    import csv
    import datetime as dt

    table = ROOT.parent / "shared" / "reference" / "events" / "cameo_actor_codes.csv"
    if not table.exists():
        pytest.skip("../shared/reference is not beside the repository")

    def day(value: str) -> dt.date:
        value = value if len(value) == 8 else ("19" if value[:2] > "30" else "20") + value
        return dt.date(int(value[:4]), int(value[4:6]), int(value[6:8]))

    checked = 0
    with table.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["kind"] != "country" or row["date_restricted"] != "1" or not row["date_start"]:
                continue  # an end alone marks a regime or an occupation in PETRARCH (Iraq 2003, Kuwait 1990)
            if row["code"] in ("TMP",):
                continue  # East Timor: PETRARCH dates the 1999 referendum, we the 2002 independence
            record = entity(row["code"])
            assert record is not None, row["code"]
            ours = dt.date.fromisoformat(record["valid_from"])
            assert abs((ours - day(row["date_start"])).days) <= 366, (row["code"], record["valid_from"])
            if row["date_end"]:
                end = dt.date.fromisoformat(record["valid_to"])
                assert abs((end - day(row["date_end"])).days) <= 366, (row["code"], record["valid_to"])
            checked += 1
    assert checked >= 25


def test_a_reference_names_the_states_continuing_those_in_focus_at_its_date():
    text = "Cuba and the Soviet Union signed a treaty. The two governments renewed it."
    when = lambda position: ("1960-01-01", "1960-12-31") if position < 40 else ("2000-01-01", "2000-12-31")  # noqa: E731
    reference = [m for m in find_mentions(text, when=when) if m.via == "reference"][0]
    assert set(reference.members) == {"CUB", "RUS"}


def test_a_group_spelled_out_in_the_text_stands_for_the_states_it_lists():
    text = "Japan and China argued. By 1972 the two old enemies (Egypt and the Soviet Union) had fallen out."
    reference = [m for m in find_mentions(text, when=year(1972)) if m.via == "reference"][0]
    assert set(reference.members) == {"EGY", "SUN"}
    allies = find_mentions("The Allies — Britain, France and Russia — declared war.", when=year(1914))[0]
    assert allies.members == ("GBR", "FRA", "RUSEMP")


def test_a_counted_reference_takes_as_many_states_and_a_bloc_name_wins_in_its_era():
    text = "Britain, France and Israel planned the attack on Egypt; the three countries struck in October."
    reference = [m for m in find_mentions(text, when=year(1956)) if m.text == "the three countries"][0]
    assert len(reference.members) == 3 and set(reference.members) <= {"GBR", "FRA", "ISR", "EGY"}
    assert only("the three leaders", year(1945)).members == ("USA", "GBR", "SUN")
    later = find_mentions("Nixon, Brezhnev and Mao met; the three leaders talked.", when=year(1972))[-1]
    assert later.via == "reference" and set(later.members) == {"USA", "SUN", "CHN"}


def test_the_north_and_the_south_are_the_halves_of_the_divided_country_in_focus():
    text = "North Korea and South Korea met. The North fired a missile and the South protested."
    found = {m.text: m.entity for m in find_mentions(text, when=year(1999))}
    assert found["The North"] == "PRK" and found["the South"] == "KOR"
    vietnam = find_mentions("Hanoi and Saigon fought; the North won.", when=year(1975))
    assert vietnam[-1].entity == "VDR"
    assert [m.text for m in find_mentions("Japan and Chile traded; the North grew.", when=year(1990))] == [
        "Japan",
        "Chile",
    ]


def test_an_apposition_spells_out_a_reference_only_when_it_lists_nothing_but_states():
    found = find_mentions("Both countries, India and Pakistan, claimed Kashmir.", when=year(1948))[0]
    assert found.members == ("IND", "PAK")
    text = "Cuba and Mexico met. The two countries, unlike Peru and Chile, agreed."
    reference = [m for m in find_mentions(text, when=year(1960)) if m.via == "reference"][0]
    assert set(reference.members) == {"CUB", "MEX"}


def test_a_weak_name_counts_only_near_a_state_of_its_lineage():
    assert [m.text for m in find_mentions("The Scottish Nationalists won seats.", when=year(1974))] == []
    found = find_mentions("China was at war; the Nationalists held Chungking.", when=year(1940))
    assert [(m.text, m.entity) for m in found][1] == ("Nationalists", "ROC")
    assert find_mentions("The Provisional Government fell.", when=year(1944)) == []
    russia = find_mentions(
        "In Russia the Provisional Government fell.", when=lambda _p: ("1917-09-01", "1917-09-30")
    )
    assert [(m.text, m.entity) for m in russia] == [
        ("Russia", "RUSPRV"),
        ("Provisional Government", "RUSPRV"),
    ]


def test_the_bench_runs_and_reports_every_measure_against_its_peer():
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "actors.py"), "--megabytes", "0.05", "--repeat", "1", "--json"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report["measures"]) == {"ours_undated", "ours_dated", "scan_only", "peer_regex"}
    assert all(row["mentions"] > 0 for row in report["measures"].values())
    assert report["cases_passed"] == report["cases"]


# --- Wikidata QIDs: every state and major organization carries one; the unverified are named, not guessed ---------

# Entities whose QID could not be checked against a public Wikidata-derived file (the file and the item's label are
# named in a comment above each filled line of data-src/actors/*.txt). A wrong QID is worse than none, so they stay
# null; giving one a QID must also remove it from this list.
UNVERIFIED_QIDS = {
    # states: one whose item no public table pairs with its label (interwar Lithuania has its own item, Q8272919;
    # Estonia's and Latvia's items carry 1918 and are shared by declared continuity, see states.txt)
    "STATE_OF_VIETNAM",
    # organizations
    "COMINFORM", "COMINTERN",
}
MAJOR_ORGANIZATIONS = {
    "UN", "UNSC", "LEAGUE_OF_NATIONS", "NATO", "WARSAW_PACT", "COMECON", "SEATO", "CENTO", "EEC", "EU", "OAS",
    "ARAB_LEAGUE", "AU", "ASEAN", "OPEC", "CSCE", "IMF", "WORLD_BANK", "WTO", "WHO", "UNESCO", "OECD",
    "G20", "PLO", "CCP",
}


# Heads of state and government of the major powers since 1900 whose QID no public Wikidata-derived file has
# checked yet (the British prime ministers to 2016, three Soviet leaders and six of the Weimar Republic were; see
# leaders.txt). Same rule: the list only shrinks, and a person given a QID leaves it.
MAJOR_POWERS = {
    "USA", "SUN", "RSFSR", "RUSPRV", "RUSEMP", "RUS", "GBR", "FRA", "GMY_EMPIRE", "GMY_WEIMAR", "GMY_NAZI", "DEU",
    "JPN", "JPN_EMPIRE", "CHN", "ROC",
}
UNVERIFIED_HEADS = {
    "alexander_kerensky", "alexei_kosygin", "anastas_mikoyan",
    "bernhard_von_bulow",
    "georgy_lvov",
    "mikhail_kalinin", "nikolai_bulganin", "nikolai_podgorny",
    "theobald_von_bethmann_hollweg",
    "wang_jingwei",
}


# Heads of state and government added by the wider audit of issue 4 (states beyond the major powers) whose QID no
# public data file in the tool library was found to pair with them yet.
AUDIT_PERSONS_WITHOUT_QID = {
    "abel_muzorewa", "abimael_guzman", "abubakar_tafawa_balewa", "ahmed_ben_bella",
    "ali_hassan_mwinyi", "carlos_andres_perez", "chadli_bendjedid", "daniel_malan", "erno_gero", "francois_tombalbaye",
    "gaafar_nimeiry", "getulio_vargas", "goukouni_oueddei", "guillermo_endara", "hissene_habre", "houari_boumediene",
    "ian_smith", "ieng_sary", "jaime_roldos", "janos_kadar", "john_vorster", "jonas_savimbi",
    "jose_maria_velasco_ibarra", "joseph_kasavubu", "jozsef_antall", "jr_jayewardene", "karoly_grosz",
    "kaysone_phomvihane", "khieu_samphan", "lon_nol", "manuel_noriega", "marcos_perez_jimenez",
    "matyas_rakosi", "milton_obote", "moise_tshombe", "ne_win", "odumegwu_ojukwu", "patrice_lumumba", "pik_botha",
    "plaek_phibunsongkhram", "pw_botha", "ramiz_alia", "romulo_betancourt", "sarit_thanarat",
    "sixto_duran_ballen", "souphanouvong", "souvanna_phouma", "than_shwe", "thanom_kittikachorn", "u_nu",
}


# Heads of state and government 1945-2005 of China (PRC and ROC), Cuba, India, Pakistan and Bangladesh (and Jiang
# Qing and Madame Chiang) added by issue 4's audit of those four countries (actors4), whose QID no public data file
# in the tool library was found to pair with them yet; kept apart from the lists above so each can only shrink on its
# own. The China heads among them (and T. V. Soong, who now holds a head's office) are heads of a major power.
ACTORS4_PERSONS_WITHOUT_QID = {
    "abdur_rahman_biswas", "abdus_sattar", "andres_domingo", "andres_rivero_aguero", "anselmo_alliegro",
    "balakh_sher_mazari", "carlos_manuel_piedra", "chen_cheng", "emilio_nunez_portuondo", "fazal_ilahi_chaudhry",
    "felix_lancis", "ghulam_mustafa_jatoi", "gonzalo_guell", "he_yingqin", "ii_chundrigar", "jiang_qing",
    "jorge_garcia_montes", "jose_miro_cardona", "khondaker_mostaq_ahmad", "manuel_antonio_de_varona",
    "manuel_urrutia", "maurice_bishop", "moeen_qureshi", "nurul_amin", "oscar_gans", "raul_lopez_del_castillo",
    "soong_mei_ling", "sun_yun_suan", "tomas_estrada_palma", "weng_wenhao", "yu_hung_chun", "yu_kuo_hwa",
    "zhang_qun",
}
# Persons and states added by the audit of the event tuners' actor gaps (actors5) whose QID no public data file in the
# tool library was found to pair with them yet; apart from the lists above, so each only shrinks on its own.
ACTORS5_PERSONS_WITHOUT_QID = {"dalai_lama_13", "hari_singh"}
ACTORS5_STATES_WITHOUT_QID: set[str] = set()  # Mengjiang got its QID (states.txt names the files)
# Heads of the post-Soviet, Yemeni, Timorese, South Sudanese, Beninese and Burkinabe states and the SPLA's leader added
# by the actors6 cases, whose QID no public data file in the tool library was found to pair with them yet; apart from
# the lists above, so each only shrinks on its own.
ACTORS6_PERSONS_WITHOUT_QID = {
    "levon_ter_petrosyan",
}
# Ministers, envoys and army chiefs of the judged pairs and their partners, King Amanullah and Sultan Qaboos, added by
# the actors7 cases, whose QID no public data file in the tool library was found to pair with them yet; apart from
# the lists above, so each only shrinks on its own.
ACTORS7_PERSONS_WITHOUT_QID = {
    "aleksandr_alekseyev", "bm_kaul",
    "chi_haotian", "dp_dhar", "george_yeh", "jehangir_karamat",
    "jn_dixit", "john_kenneth_galbraith", "juan_almeida", "krishnaswamy_sundarji",
    "ludvik_josepsson", "luo_ruiqing", "mirza_aslam_beg",
    "murray_maclehose", "pn_haksar",
    "roberto_robaina", "shahryar_khan", "shiina_etsusaburo",
    "wang_bingnan", "zhang_aiping",
}
# States and regimes added by the actors8 fixes whose QID no public data file in the tool library was found to pair
# with them yet; apart from the lists above, so it only shrinks. Empty since the Ankara government (TUR_GNA) got its QID.
ACTORS8_STATES_WITHOUT_QID: set[str] = set()
# Heads and officials of the judged countries' partners 1945-2010 (Nepal, Bhutan, the Maldives, Sri Lanka, the Caribbean,
# Mexico and South America, Myanmar, Southeast Asia) and the intelligence chiefs added by the actors8 cases, whose QID no
# public data file in the tool library was found to pair with them yet; apart from the lists above, so it only shrinks.
# Japan's prime ministers that tune13 added without a checked QID (Japan is a major power); empty since all seven got
# checked QIDs (leaders.txt names the files)
TUNE13_HEADS_WITHOUT_QID: set[str] = set()
# the heads of Argentina, Panama, Thailand and Laos (and Argentina's economy minister of 1973-74) that tune13 added
TUNE13_PERSONS_WITHOUT_QID = {
    "arturo_frondizi", "arturo_illia", "juan_carlos_ongania", "hector_campora", "jose_ber_gelbard",
    "fernando_de_la_rua", "eduardo_duhalde", "cristina_fernandez", "mauricio_macri", "ernesto_de_la_guardia",
    "roberto_chiari", "ernesto_perez_balladares", "kukrit_pramoj",
    "chatichai_choonhavan", "chuan_leekpai", "prayut_chan_o_cha", "khamtai_siphandone", "choummaly_sayasone",
    "bounnhang_vorachith",
}
# the heads of Indonesia, Sri Lanka and Ethiopia that tune17 added
TUNE17_PERSONS_WITHOUT_QID = {
    "gotabaya_rajapaksa",
}
ACTORS8_PERSONS_WITHOUT_QID = {
    "abdul_qadeer_khan", "akhtar_abdur_rahman", "carlos_castillo_armas",
    "dante_caputo", "eric_williams", "errol_barrow", "fidel_sanchez_hernandez", "forbes_burnham", "francois_duvalier",
    "hamid_gul", "jacobo_arbenz", "jean_claude_duvalier", "joao_goulart", "jaime_del_valle",
    "khin_nyunt", "michael_manley", "rafael_caldera", "rafael_trujillo", "saw_maung",
    "stansfield_turner", "thaksin_shinawatra", "velupillai_prabhakaran", "vladimir_kryuchkov", "william_casey",
}
# Heads of African states, Saudi Arabia's King Abdullah, Sri Lanka's early prime ministers, Indonesian foreign
# ministers, Hong Kong's last governor and first chief executive, envoys and the leaders of the United States Congress
# added by the actors9 cases, whose QID no public data file in the tool library
# was found to pair with them yet; apart from the lists above, so it only shrinks.
ACTORS9_PERSONS_WITHOUT_QID = {
    "abdou_diouf", "abdoulaye_wade", "abdulsalami_abubakar", "ali_alatas", "alpha_oumar_konare",
    "benjamin_mkapa", "bill_frist", "bob_dole", "dennis_hastert", "didier_ratsiraka",
    "felix_houphouet_boigny", "george_mitchell", "gnassingbe_eyadema",
    "hamani_diori", "harry_reid", "hastings_banda", "henri_konan_bedie", "howard_baker",
    "ignatius_acheampong", "jean_bedel_bokassa", "jesse_helms", "jim_wright", "john_boehner", "john_kufuor",
    "johnson_aguiyi_ironsi", "juvenal_habyarimana", "kofi_busia", "lansana_conte",
    "leopold_senghor", "mike_mansfield", "mitch_mcconnell", "modibo_keita",
    "moussa_traore", "murtala_mohammed", "mwai_kibaki", "nancy_pelosi", "newt_gingrich",
    "nnamdi_azikiwe", "quett_masire", "robert_byrd", "sam_rayburn", "samuel_doe",
    "seretse_khama", "shehu_shagari", "siaka_stevens", "strobe_talbott", "sylvanus_olympio", "tip_oneill",
    "tom_daschle", "tom_foley", "trent_lott", "william_fulbright", "william_tolbert", "william_tubman",
    "ds_senanayake", "dudley_senanayake", "subandrio", "dai_bingguo",
    "chris_patten", "hussein_of_hejaz",
    "leonard_wood", "charles_magoon", "jose_miguel_gomez", "mario_garcia_menocal", "alfredo_zayas", "enoch_crowder",
    "valerian_zorin", "lord_curzon", "lord_minto", "lord_hardinge", "lord_chelmsford", "lord_reading", "lord_irwin",
    "lord_willingdon", "lord_linlithgow", "lord_wavell", "lord_kitchener", "francis_younghusband",
    "muhammad_musa", "vp_malik", "xu_shiyou",
}
# Foreign ministers and heads 1945-2010 of the judged countries' partners added by actors6's second round (Spain, Brazil,
# Indonesia, Iran, Egypt, the Republic of Vietnam, Vietnam, Nepal, Malaysia, Peru, Venezuela; Dr Karan Singh), whose QID
# no public data file in the tool library was found to pair with them yet; apart from the lists above, so it only shrinks.
ACTORS6B_PERSONS_WITHOUT_QID = {
    "abbas_ali_khalatbari", "abbas_aram", "abdullah_badawi", "abel_matutes", "adam_malik", "ahmed_aboul_gheit",
    "ahmed_nazif", "alberto_martin_artajo", "alejandro_toledo", "alwi_shihab", "ana_palacio", "ardeshir_zahedi",
    "atef_ebeid", "carlos_westendorp", "castelo_branco", "celso_amorim", "costa_e_silva", "emilio_medici",
    "ernesto_geisel", "eurico_dutra", "fernando_collor", "fernando_maria_castiella", "fernando_moran",
    "francisco_fernandez_ordonez", "gregorio_lopez_bravo", "hassan_wirajuda", "itamar_franco", "janio_quadros",
    "javier_solana", "joao_figueiredo", "jose_maria_de_areilza", "jose_pedro_perez_llorca", "jose_sarney",
    "jose_vicente_rangel", "josep_pique", "juscelino_kubitschek", "kamal_ganzouri", "kamal_hassan_ali",
    "kamal_kharrazi", "karan_singh", "madhav_kumar_nepal", "manouchehr_mottaki", "marcelino_oreja",
    "marty_natalegawa", "miguel_angel_moratinos", "mochtar_kusumaatmadja", "nguyen_minh_triet", "nguyen_tan_dung",
    "pedro_cortina_mauri", "pushpa_kamal_dahal", "tran_van_do", "vu_van_mau",
}
# Heads of state and government 1929-1998 of the judged countries' partners (Colombia, Chile, Venezuela, Jamaica, Grenada,
# Sri Lanka, Iran, Egypt, Ethiopia, Burma, Cambodia, Laos, Thailand, Afghanistan, Nicaragua, Indonesia, Nepal, Bangladesh)
# added by actors10, whose QID no public data file in the tool library was found to pair with them yet; apart from the
# lists above, so it only shrinks.
ACTORS10_PERSONS_WITHOUT_QID = {
    "ahmad_qavam", "alberto_lleras_camargo", "alexander_bustamante", "alfonso_lopez_michelsen", "ali_amini",
    "ali_sastroamidjojo", "aman_andom", "amir_sjarifuddin", "anand_panyarachun", "asadollah_alam",
    "atef_sedki", "ba_u", "belisario_betancur", "boun_oum", "carlos_ibanez", "carlos_lleras_restrepo",
    "cesar_gaviria", "cheng_heng", "db_wijetunga", "djuanda_kartawidjaja", "donald_sangster",
    "edward_seaga", "eric_gairy", "ernesto_samper", "gabriel_gonzalez_videla", "guillermo_leon_valencia",
    "gustavo_rojas_pinilla", "haj_ali_razmara", "hassan_ali_mansur", "herbert_blaize", "hossein_ala",
    "hugh_shearer", "jafar_sharif_emami", "jaime_lusinchi", "jamshid_amouzegar", "john_kotelawala",
    "jorge_alessandri", "juan_antonio_rios", "julio_cesar_turbay", "kazi_zafar_ahmed", "kriangsak_chomanan",
    "laureano_gomez", "lokendra_bahadur_chand", "luis_herrera_campins", "mamdouh_salem",
    "mariano_ospina_perez", "marich_man_singh_shrestha", "matrika_prasad_koirala", "maung_maung_kha",
    "misael_pastrana_borrero", "mizanur_rahman_chowdhury", "mohammad_hashim_khan",
    "mohammad_hashim_maiwandwal", "mohammad_hatta", "mohammad_natsir", "mohammad_yusuf_afghanistan",
    "moudud_ahmed", "musa_shafiq", "mustafa_khalil", "nur_ahmad_etemadi",
    "prem_tinsulanonda", "raul_leoni", "rene_schick", "romulo_gallegos", "san_yu", "sanya_dharmasakti",
    "sao_shwe_thaik", "sein_lwin", "seni_pramoj", "shah_azizur_rahman",
    "shah_mahmud_khan", "sultan_ali_keshtmand", "surya_bahadur_thapa", "sutan_sjahrir",
    "tafari_benti", "tanka_prasad_acharya", "thanin_kraivichien", "tulsi_giri", "virgilio_barco",
    "wijeyananda_dahanayake", "william_gopallawa", "win_maung", "wolfgang_larrazabal",
}
ACTORS4_HEADS_WITHOUT_QID = {
    "he_yingqin", "tv_soong", "weng_wenhao", "zhang_qun",
}
# Mexico's presidents 1876-1988, Egypt's khedives, sultans and nationalists, British proconsuls in Egypt, Turkish and
# Soviet envoys of their crises added by tune14 (scraped pages on new pairs), whose QID no public data file in the tool
# library was found to pair with them yet; apart from the lists above, so each only shrinks on its own. Two are heads
# of a major power (Voroshilov of the USSR 1953-60, Tikhonov its premier 1980-85).
TUNE14_PERSONS_WITHOUT_QID = {
    "abbas_hilmi", "ahmed_urabi",
    "beauchamp_seymour", "dwight_morrow", "feridun_cemal_erkin",
    "garnet_wolseley", "georgy_chicherin", "henry_lane_wilson", "hussein_kamel",
    "ismail_sidqi", "john_pershing", "khedive_tewfik", "king_fuad", "kliment_voroshilov", "lord_allenby",
    "lord_cromer", "miles_lampson",
    "mustafa_el_nahhas", "nikolai_tikhonov", "porfirio_diaz", "saad_zaghlul",
    "selim_sarper", "suat_hayri_urguplu", "sukru_saracoglu", "tevfik_rustu_aras",
    "victoriano_huerta",
}
TUNE14_HEADS_WITHOUT_QID = {"kliment_voroshilov", "nikolai_tikhonov"}
# Egypt before the British declaration of 1922 (the khedivate and the wartime sultanate), added by tune14; empty since
# both got checked QIDs (states.txt names the files)
TUNE14_STATES_WITHOUT_QID: set[str] = set()
# Japan's and the Russian Empire's heads of government of 1889-1906 and the Slovak State of 1939-1945, added by tune18
# (pages on the first half of the century), whose QID was not checked in a public data file yet
TUNE18_HEADS_WITHOUT_QID = {"sergei_witte"}
TUNE18_STATES_WITHOUT_QID: set[str] = set()  # the Slovak State got its QID from histwardb's crosswalk
TUNE18_PERSONS_WITHOUT_QID = {
    "francesco_crispi", "komura_jutaro", "togo_heihachiro", "enver_pasha",
    "symon_petliura", "semyon_budyonny", "lucjan_zeligowski", "augustinas_voldemaras", "juozas_urbsys",
    "kurt_schuschnigg", "pietro_badoglio", "rodolfo_graziani",
}
# Spain's kings and heads of government after Franco and Nepal's King Tribhuvan and prime ministers Bista and Bhattarai,
# added by h6tune (holdout6 retired into tuning), whose QID was not checked in a public data file yet; apart from the
# lists above, so it only shrinks.
H6TUNE_PERSONS_WITHOUT_QID = {
    "carlos_arias_navarro",
    "tribhuvan_of_nepal",
    "kirti_nidhi_bista", "krishna_prasad_bhattarai",
}
# h7tune's additions (holdout7's leaders), no QID checked yet
H7TUNE_PERSONS_WITHOUT_QID = {
    "yumjaagiin_tsedenbal", "punsalmaagiin_ochirbat", "sultan_bin_abdulaziz",
    "muhammad_haji_ibrahim_egal", "manuel_tello", "jorge_castaneda",
}
# h11tune: Myanmar's heads after 2007 and the junta's second man, no QID checked in a stored file
H11TUNE_PERSONS_WITHOUT_QID = {"maung_aye", "thein_sein", "htin_kyaw", "win_myint"}
# h15tune's additions (heads of Brazil, Malaysia, Canada and the Dominican Republic, Brazil's foreign minister, that the
# holdout15 pages named), no QID checked yet; apart from the lists above, so it only shrinks
H15TUNE_PERSONS_WITHOUT_QID = {"juscelino_kubitschek", "janio_quadros", "castelo_branco", "jose_sarney", "fernando_collor",
                               "celso_amorim", "hussein_onn", "abdullah_badawi", "paul_martin", "stephen_harper",
                               "leonel_fernandez"}
# h17tune's additions (Portugal's heads of state and government 1932-2016 and Sudan's Abboud, named on holdout17's
# pages), no QID checked yet; only shrinks
H17TUNE_PERSONS_WITHOUT_QID = {"antonio_salazar", "marcelo_caetano", "mario_soares", "antonio_ramalho_eanes",
                               "anibal_cavaco_silva", "jorge_sampaio", "ibrahim_abboud"}
# tune29's additions (heads named on its pages the gazetteer did not know), no QID checked yet; only shrinks
TUNE29_HEADS_WITHOUT_QID = {"romano_prodi"}
TUNE29_PERSONS_WITHOUT_QID = {"gerard_latortue", "natsagiin_bagabandi"}
# tune30's additions (heads of Turkey, Uruguay and Qatar named on its pages), no QID checked yet; only shrinks
TUNE30_PERSONS_WITHOUT_QID = {"abdullah_gul", "ahmet_necdet_sezer", "tabare_vazquez", "jorge_batlle", "khalifa_bin_hamad",
                              "hamad_bin_khalifa"}

# actors11's additions (officials of the judged countries and their partners, 1945-2005: defence ministers, chiefs of
# staff, envoys to the UN and to each other's capitals; Japan's, the Soviet Union's and Russia's heads of government
# it found missing), no QID checked yet; apart from the lists above, so it only shrinks
ACTORS11_HEADS_WITHOUT_QID = {
    "hitoshi_ashida", "kijuro_shidehara", "nikolai_ryzhkov", "nikolai_shvernik", "tetsu_katayama",
    "valentin_pavlov", "yevgeny_primakov"
}
ACTORS11_PERSONS_WITHOUT_QID = {
    "abdul_waheed_kakar", "abdul_wakil", "abdullah_abdullah", "abdus_samad_azad", "abelardo_colome",
    "abida_hussain", "abu_sayeed_chowdhury", "acs_hameed", "agha_hilaly", "aiichiro_fujiyama",
    "aleksandr_vasilevsky", "alexander_bessmertnykh", "alexander_panyushkin", "alfonso_garcia_robles",
    "andrei_kozyrev", "andrew_young", "anibal_escalante", "anthony_lake", "antonio_carrillo_flores",
    "arkady_sobolev", "arnaldo_ochoa", "arnold_raphel", "arshad_husain", "arthur_gardner", "arthur_goldberg",
    "arthur_hartman", "arthur_hummel", "arthur_lall", "arthur_radford", "as_vaidya", "asad_durrani", "asghar_khan",
    "ashfaq_parvez_kayani", "asif_nawaz", "assef_ahmad_ali", "baldev_singh", "bansi_lal", "bc_joshi",
    "bernardo_sepulveda", "bill_richardson", "bk_nehru", "blas_roca", "bn_mullik", "boris_ponomarev", "br_bhagat",
    "cao_gangchuan", "carlos_lage", "caspar_weinberger", "chai_zemin", "charles_bohlen", "charles_e_wilson",
    "charles_yost", "chen_boda", "chen_chu", "chen_yun", "chinmaya_gharekhan", "christian_herter", "clark_clifford",
    "clark_randt", "curtis_lemay", "david_bruce", "david_c_jones", "deane_hinton", "dick_cheney", "dmitry_yazov",
    "donald_mchenry", "donald_rumsfeld", "douglas_gracey", "earle_wheeler", "edward_perkins", "edward_stettinius",
    "ehsan_ul_haq", "emilio_rabasa", "faure_chomon", "fernando_solana", "foy_kohler", "frank_carlucci",
    "frank_g_wisner", "frank_messervy", "frederick_chien", "fu_quanyou", "g_parthasarathy", "geng_biao",
    "george_ball", "george_s_brown", "george_tenet", "gg_bewoor", "gul_hassan_khan", "hamidul_haq_chowdhury",
    "han_xu", "harold_brown", "harry_barnes", "henry_byroade", "hisashi_owada", "huang_kecheng", "huang_yongsheng",
    "huang_zhen", "huber_matos", "hugh_shelton", "humayun_rasheed_choudhury", "igor_ivanov", "ilya_shcherbakov",
    "issa_pliyev", "ivan_serov", "jack_matlock", "jacob_beam", "jaime_torres_bodet", "james_byrnes",
    "james_forrestal", "james_schlesinger", "james_wadsworth", "jamsheed_marker", "javed_nasir",
    "jayaprakash_narayan", "jeane_kirkpatrick", "jim_sasser", "john_bolton", "john_danforth", "john_gunther_dean",
    "john_leighton_stuart", "john_negroponte", "john_scali", "john_shalikashvili", "john_vessey",
    "jorge_castaneda_de_la_rosa", "jose_angel_gurria", "joseph_farland", "joseph_prueher", "k_kamaraj",
    "kailash_nath_katju", "kamal_hossain", "kamalesh_sharma", "kang_sheng", "karl_rankin", "katsuo_okazaki",
    "kc_pant", "kenneth_keating", "kiichi_aichi", "km_panikkar", "km_shafiullah", "koo_chen_fu", "kps_menon",
    "kv_krishna_rao", "lakshman_kadirgamar", "lawrence_eagleburger", "lazar_kaganovich", "le_duc_anh",
    "le_kha_phieu", "les_aspin", "li_daoyu", "li_luye", "liang_guanglie", "ling_qing", "liu_xiao", "lk_jha",
    "louis_johnson", "loy_henderson", "luis_ernesto_derbez", "lyle_lane", "lyman_lemnitzer", "madhavsinh_solanki",
    "mag_osmani", "mahmud_ahmed", "makiko_tanaka", "malcolm_toon", "maleeha_lodhi", "man_mohan_adhikari",
    "mario_garcia_inchaustegui", "matvei_zakharov", "mcgeorge_bundy", "melvin_laird", "michio_watanabe",
    "mikhail_menshikov", "mikhail_moiseyev", "mohammad_naim", "mohammed_fahim", "mohan_shumsher", "morshed_khan",
    "mulayam_singh_yadav", "munir_akram", "n_gopalaswami_ayyangar", "nancy_powell", "nathan_twining", "nc_vij",
    "nd_tiwari", "neil_mcelroy", "nguyen_dy_nien", "nguyen_manh_cam", "nicholas_platt", "nie_rongzhen",
    "nikolai_fedorenko", "nikolai_pegov", "nikolai_roshchin", "nirupam_sen", "nobutaka_machimura", "nong_duc_manh",
    "nur_khan", "nusrat_bhutto", "oleg_troyanovsky", "omar_bradley", "op_malhotra", "pan_zili", "patras_bokhari",
    "patrick_hurley", "pavel_grachev", "pavel_yudin", "pc_lal", "phan_van_khai", "pn_thapar", "pp_kumaramangalam",
    "qin_huasun", "qin_jiwei", "rajendrasinhji", "ramiro_valdes", "ramon_sanchez_parodi", "raul_roa_kouri",
    "richard_celeste", "richard_helms", "richard_holbrooke", "richard_myers", "rk_nehru", "rn_kao",
    "robert_blackwill", "robert_goheen", "robert_lovett", "robert_mcfarlane", "robert_oakley", "rosario_green",
    "s_padmanabhan", "saburo_okita", "samar_sen", "sandy_berger", "santiago_roel", "sergei_akhromeyev",
    "sergei_ivanov", "sergei_kudryavtsev", "sergei_sokolov", "sf_rodrigues", "shah_mohammad_dost",
    "shankar_roychowdhury", "sharad_pawar", "shen_chang_huan", "sher_bahadur_deuba", "shintaro_abe",
    "shyam_nandan_mishra", "sibghatullah_mojaddedi", "sm_nanda", "sm_shrinagesh", "sonia_gandhi", "stapleton_roy",
    "stepan_chervonenko", "stephen_hadley", "su_yu", "subimal_dutt", "sunao_sonoda", "syed_nazrul_islam",
    "taro_nakayama", "thomas_gates", "thomas_moorer", "thomas_pickering", "tn_kaul", "tn_raina", "ton_duc_thang",
    "tran_duc_luong", "tsiang_tingfu", "van_tien_dung", "vasily_sokolovsky", "vasily_tolstikov", "vernon_walters",
    "viktor_chebrikov", "viktor_kulikov", "vitaly_vorotnikov", "vn_sharma", "wakil_ahmed_muttawakil", "walt_rostow",
    "walter_bedell_smith", "walter_stoessel", "wang_daohan", "wang_guangya", "wang_hongwen", "wang_jiaxiang",
    "wang_yingfan", "warren_austin", "wayne_smith", "wellington_koo", "wendy_chamberlin", "william_cohen",
    "william_crowe", "william_milam", "william_perry", "william_scranton", "wu_xiuquan", "xu_xiangqian",
    "yakov_malik", "yang_chengwu", "yang_dezhi", "yohei_kono", "yoriko_kawaguchi", "yuan_zhongxian",
    "yuli_vorontsov", "zentaro_kosaka", "zhang_chunqiao", "zhang_guohua", "zhang_wannian", "zhang_wenjin",
    "zhang_wentian", "zhu_qizhen"
}


def test_every_head_of_a_major_power_since_1900_has_a_qid_unless_named_unverified():
    from detente.actors.gazetteer import entities

    records = entities()
    heads = {
        ident
        for ident, record in records.items()
        if record["kind"] == "person"
        and any(
            office["role"] in ("head of state", "head of government")
            and set(office["states"]) & MAJOR_POWERS
            and (office["to"] or "9999") >= "1900"
            for office in record["offices"]
        )
    }
    missing = {ident for ident in heads if not records[ident]["qid"]}
    unverified = UNVERIFIED_HEADS | ACTORS4_HEADS_WITHOUT_QID | TUNE13_HEADS_WITHOUT_QID | TUNE14_HEADS_WITHOUT_QID \
        | TUNE18_HEADS_WITHOUT_QID | ACTORS11_HEADS_WITHOUT_QID | TUNE29_HEADS_WITHOUT_QID
    assert missing <= unverified, sorted(missing - unverified)
    assert not {ident for ident in unverified if records[ident]["qid"]}
    # and persons overall: 185 of the persons known before issue 4's wider audit still lack a checked QID; the
    # audit's additions without one are named below. Both only fall: a person who gets a QID leaves the list.
    without = {ident for ident, record in records.items() if record["kind"] == "person" and not record["qid"]}
    named = (
        AUDIT_PERSONS_WITHOUT_QID | ACTORS4_PERSONS_WITHOUT_QID | ACTORS5_PERSONS_WITHOUT_QID | ACTORS6_PERSONS_WITHOUT_QID
        | ACTORS7_PERSONS_WITHOUT_QID | ACTORS8_PERSONS_WITHOUT_QID | TUNE13_PERSONS_WITHOUT_QID | TUNE13_HEADS_WITHOUT_QID
        | TUNE14_PERSONS_WITHOUT_QID | TUNE14_HEADS_WITHOUT_QID | H6TUNE_PERSONS_WITHOUT_QID | ACTORS9_PERSONS_WITHOUT_QID
        | ACTORS10_PERSONS_WITHOUT_QID
        | TUNE18_HEADS_WITHOUT_QID | TUNE18_PERSONS_WITHOUT_QID | TUNE17_PERSONS_WITHOUT_QID
        | H7TUNE_PERSONS_WITHOUT_QID | ACTORS11_HEADS_WITHOUT_QID | ACTORS11_PERSONS_WITHOUT_QID | H11TUNE_PERSONS_WITHOUT_QID
        | ACTORS6B_PERSONS_WITHOUT_QID | H15TUNE_PERSONS_WITHOUT_QID
        | TUNE29_HEADS_WITHOUT_QID | TUNE29_PERSONS_WITHOUT_QID | TUNE30_PERSONS_WITHOUT_QID | H17TUNE_PERSONS_WITHOUT_QID
    )
    assert not {ident for ident in named if records[ident]["qid"]}
    assert len(without - named) <= 185


def test_every_state_and_major_organization_has_a_qid_unless_named_unverified():
    from detente.actors.gazetteer import entities

    records = entities()
    wanted = {ident for ident, r in records.items() if r["kind"] == "state"} | MAJOR_ORGANIZATIONS
    missing = {ident for ident in wanted if not records[ident]["qid"]}
    known = UNVERIFIED_QIDS | ACTORS5_STATES_WITHOUT_QID | ACTORS8_STATES_WITHOUT_QID | TUNE14_STATES_WITHOUT_QID \
        | TUNE18_STATES_WITHOUT_QID
    assert missing <= known, sorted(missing - UNVERIFIED_QIDS)
    # the list only shrinks: an entity that got its QID leaves it
    assert not {ident for ident in known if records[ident]["qid"]}
    assert len(missing - ACTORS5_STATES_WITHOUT_QID - ACTORS8_STATES_WITHOUT_QID - TUNE14_STATES_WITHOUT_QID
               - TUNE18_STATES_WITHOUT_QID) <= 1  # the State of Vietnam, see the list above


# Organizations, movements and blocs without a checked QID (actors6): every body of the gazetteer either carries one or
# is named here. Blocs standing for their members ("the Big Three", "the two Koreas") mostly have no item of their own;
# the Comintern and the Cominform have one, but no public Wikidata-derived file in the tool library was found to pair
# it with them yet. The list only shrinks: a body that gets its QID leaves it, and a new body comes with one or is added
# here with the reason.
BODIES_WITHOUT_QID = {
    "ALLIES_KOREA", "ALPHA_66", "AL_QAEDA", "ANC", "ANDEAN_COMMUNITY", "APEC", "ARAB_MAGHREB_UNION", "ARAB_STATES",
    "BALTIC_STATES", "BENELUX", "BIAFRA", "BIG_FOUR", "BIG_THREE", "BLA", "BRIGADE_2506", "CARICOM", "CIS",
    "COLOMBO_PLAN", "COLOMBO_POWERS", "COMINFORM", "COMINTERN", "CONTADORA", "CONTRAS", "EASTERN_BLOC", "ECOWAS",
    "EOKA", "ETA", "ETIM", "FALUN_GONG", "FATAH", "FLN", "FMLN", "FRELIMO", "FRONTLINE_STATES", "G77", "GULF_STATES",
    "HAMAS", "HEZBOLLAH", "HIZBUL_MUJAHIDEEN", "INC", "IRA", "ISIS", "JAISH_E_MOHAMMED", "JAPANESE_RED_ARMY", "JKLF",
    "JULY_26_MOVEMENT", "KHMER_ROUGE", "KLA", "KURDISH_PARTIES", "LASHKAR_E_TAIBA", "LITTLE_ENTENTE", "LTTE", "MEK",
    "MPLA", "MUJAHIDEEN", "MUKTI_BAHINI", "NAXALITES", "NORDIC", "NORTHERN_ALLIANCE", "OAS_FRANCE", "OIC",
    "PATHET_LAO", "PCIJ", "POLISARIO", "QUARTET", "RENAMO", "REPUBLIKA_SRPSKA", "RIO_GROUP", "SANDINISTAS",
    "SCANDINAVIA", "SERBIAN_KRAJINA", "SHANTI_BAHINI", "SHINING_PATH", "SOLIDARITY", "SPLA", "SUPERPOWERS", "SWAPO",
    "TALIBAN", "TIBET_EXILE", "TRIPLE_ENTENTE", "TTP", "TWO_CHINAS", "TWO_GERMANYS", "TWO_KOREAS", "TWO_VIETNAMS",
    "TWO_YEMENS", "UNITA", "UNLF", "VIET_CONG", "WESTERN_POWERS", "WSLF",
    # roles6: Rhodesia's two nationalist movements; no public Wikidata-derived file in the tool library pairs them with
    # an item yet (found only in prose and in a terrorism database's group names)
    "ZANU", "ZAPU",
}


def test_every_organization_and_bloc_has_a_qid_unless_named():
    from detente.actors.gazetteer import entities

    records = entities()
    bodies = {ident for ident, r in records.items() if r["kind"] in ("organization", "group")}
    missing = {ident for ident in bodies if not records[ident]["qid"]}
    assert missing <= BODIES_WITHOUT_QID, sorted(missing - BODIES_WITHOUT_QID)
    assert not {ident for ident in BODIES_WITHOUT_QID if records[ident]["qid"]}  # it only shrinks
    assert BODIES_WITHOUT_QID <= bodies  # and names no body the gazetteer lacks
    assert UNVERIFIED_QIDS - {"STATE_OF_VIETNAM"} <= BODIES_WITHOUT_QID


def test_qids_are_well_formed_and_never_shared():
    # A QID names one entity, except a regime that declares legal continuity with the state that restored it (the
    # Baltic republics of 1918-40): it shares that state's item, names it, and the state lists it as predecessor.
    from detente.actors.gazetteer import entities

    records = entities()
    seen: dict[str, str] = {}
    for ident, record in records.items():
        qid = record["qid"]
        if qid is None:
            continue
        assert re.fullmatch(r"Q[1-9]\d*", qid), (ident, qid)
        if "qid_continuity" in record:
            partner = records[record["qid_continuity"]]
            assert partner["qid"] == qid and ident in partner["predecessors"], (ident, record["qid_continuity"])
            assert "qid_continuity" not in partner, ident  # continuity with a state that holds its own item
            continue
        assert qid not in seen, (ident, seen.get(qid), qid)
        seen[qid] = ident


def test_only_the_baltic_republics_share_a_qid_by_declared_continuity():
    from detente.actors.gazetteer import entities

    shared = {ident: r["qid_continuity"] for ident, r in entities().items() if "qid_continuity" in r}
    assert shared == {"EST_1918": "EST", "LVA_1918": "LVA"}
    assert entity("EST_1918")["qid"] == entity("EST")["qid"] == "Q191"
    assert entity("LVA_1918")["qid"] == entity("LVA")["qid"] == "Q211"
    # interwar Lithuania has an item of its own in Wikidata, not shared with the restored state's Q37
    assert entity("LTU_1918")["qid"] == "Q8272919" != entity("LTU")["qid"]


@pytest.mark.parametrize(
    ("text", "date", "qid"),
    [
        ("Estonia signed a peace treaty with Soviet Russia at Tartu.", "1920-02-02", "Q191"),
        ("Latvia joined the League of Nations.", "1921-09-22", "Q211"),
        ("Estonia rejoined the United Nations as a member state.", "1991-09-17", "Q191"),
    ],
)
def test_a_baltic_mention_carries_its_states_item_in_both_periods(text, date, qid):
    found = [m for m in find_mentions(text, when=day(date)) if m.entity in {"EST", "LVA"}]
    assert found and all(m.qid == qid for m in found), found


def test_the_builder_refuses_a_continuity_the_successor_does_not_list():
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_actors", ROOT / "scripts" / "build_actors.py")
    build_actors = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_actors)
    states = {
        "OLD": {"qid": "=NEW", "predecessors": []},
        "NEW": {"qid": "Q1", "predecessors": []},
    }
    with pytest.raises(SystemExit, match="does not list it"):
        build_actors.resolve_continuities(states)
    states = {"OLD": {"qid": "=NEW", "predecessors": []}, "NEW": {"qid": "Q1", "predecessors": ["OLD"]}}
    build_actors.resolve_continuities(states)
    assert states["OLD"] == {"qid": "Q1", "predecessors": [], "qid_continuity": "NEW"}


@pytest.mark.parametrize(
    ("ident", "qid"),
    [
        ("charles_de_gaulle", "Q2042"),  # Q991 is Dostoevsky
        ("helmut_kohl", "Q2518"),
        ("leonid_brezhnev", "Q765165"),
        ("ho_chi_minh", "Q36014"),
        ("TWO_SICILIES", "Q180393"),  # Q13364 is not the kingdom
        ("ROC", "Q13426199"),
        ("VDR", "Q172640"),
        ("RVN", "Q180573"),
        # checked against Wikidata-derived tables of two other projects besides memory
        ("JPN_EMPIRE", "Q188712"),  # Empire of Japan, 1868-01-03..1947-05-03
        ("IRL_FREE_STATE", "Q31747"),
        ("DRA", "Q476757"),  # Democratic Republic of Afghanistan
        ("RUSPRV", "Q139319"),  # Russian Republic, 1917
        ("konrad_adenauer", "Q2492"),
        # checked in public Wikidata-derived files named in data-src/actors (former-country and office-holder tables)
        ("UAR", "Q170468"),
        ("MNE_KINGDOM", "Q386496"),  # the Kingdom; the Principality before 1910 is Q779011
        ("WARSAW_PACT", "Q41644"),
        ("COMECON", "Q191582"),
        ("EEC", "Q52847"),
        ("ALLIES_WW1", "Q215669"),
        ("ALLIES_WW2", "Q329888"),
        ("AXIS", "Q43056"),
        ("erich_honecker", "Q2607"),
        ("clement_attlee", "Q129006"),
        ("yuri_andropov", "Q44071"),
        ("TUR_GNA", "Q2949827"),  # the Ankara government, a participant of Wikidata's Turkish War of Independence
        ("EGY_KHEDIVATE", "Q127861"),  # histwardb's crosswalk and a region table keyed by Wikidata QIDs
        ("EGY_SULTANATE", "Q370173"),
        ("MENGJIANG", "Q697837"),  # a former-countries table keyed by QID and a checked-ID table agree
    ],
)
def test_checked_qids(ident, qid):
    assert entity(ident)["qid"] == qid


# QIDs read from a public row that has no label: the row gives the state, the office and the tenure, and the QID is
# taken only when the gazetteer holds exactly one person in that office at those dates with that tenure (leaders.txt
# says "matched by office and dates (no label)" above each). The tenure as the row gives it:
QIDS_MATCHED_BY_OFFICE_AND_DATES = [
    ("taisho", "Q157052", "JPN", "head of state", "1912-07-30", "1926-12-25"),
    ("norodom_suramarit", "Q1779614", "KHM", "head of state", "1955-03-02", "1960-04-03"),
    ("adolfo_suarez", "Q214367", "ESP", "head of government", "1976-07-03", "1981-02-25"),
]


def holder_of_tenure(records: dict, state: str, role: str, start: str, end: str) -> str | None:
    """The one person in `role` of `state` at any day of start..end whose tenure is start..end; None if no one or
    several are. A tenure's ends are handover days, which sources put on either side of the change: a day apart is
    the same end (a predecessor leaving on the day the row starts is not in office during it)."""
    from datetime import date

    def near(a: str | None, b: str) -> bool:
        return a is not None and abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= 1

    held = [
        (ident, office)
        for ident, record in records.items()
        if record["kind"] == "person"
        for office in record["offices"]
        if office["role"] == role and state in office["states"]
        and (office["from"] or "") < end and (office["to"] or "9999") > start
    ]
    if len({ident for ident, _ in held}) != 1:
        return None
    ident, office = held[0]
    return ident if near(office["from"], start) and near(office["to"], end) else None


@pytest.mark.parametrize(("ident", "qid", "state", "role", "start", "end"), QIDS_MATCHED_BY_OFFICE_AND_DATES)
def test_a_qid_read_from_an_unlabelled_row_names_the_one_holder_of_that_office_and_tenure(
    ident, qid, state, role, start, end
):
    from detente.actors.gazetteer import entities

    records = entities()
    assert holder_of_tenure(records, state, role, start, end) == ident
    assert records[ident]["qid"] == qid


def test_a_person_is_held_once_no_two_records_share_a_name_in_office_for_one_state_at_once():
    """Two records with one full name, in office for the same state on the same days, are one person held twice
    (and a QID on one of them would miss the other's mentions). Titles shared over time stay apart: "King Faisal"
    of Iraq and of Saudi Arabia, "the Shah" father and son."""
    import unicodedata

    from detente.actors.gazetteer import entities

    def fold(name: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()

    records = entities()
    by_name: dict[str, set[str]] = {}
    for ident, record in records.items():
        if record["kind"] == "person":
            for name in record["names"]:
                if " " in name:
                    by_name.setdefault(fold(name), set()).add(ident)
    twice = []
    for name, idents in by_name.items():
        offices = [(ident, office) for ident in sorted(idents) for office in records[ident]["offices"]]
        twice += [
            (name, a, b)
            for i, (a, first) in enumerate(offices)
            for b, second in offices[i + 1:]
            if a != b and set(first["states"]) & set(second["states"])
            and (first["from"] or "") < (second["to"] or "9999") and (second["from"] or "") < (first["to"] or "9999")
        ]
    assert not twice, twice[:5]
    forms = ("Tōgō Shigenori", "Togo Shigenori", "Shigenori Togo", "Shigenori Tōgō")
    assert {m.entity for form in forms for m in find_mentions(form, when=year(1941))} == {"shigenori_togo"}


def test_office_and_dates_match_no_one_when_a_row_spans_two_holders_or_misses_a_tenures_ends():
    from detente.actors.gazetteer import entities

    records = entities()
    # a row with a label agrees with the rule: the King of Cambodia before his father's reign
    assert holder_of_tenure(records, "KHM", "head of state", "1941-04-25", "1955-03-02") == "norodom_sihanouk"
    # a span over a succession holds two emperors
    assert holder_of_tenure(records, "JPN", "head of state", "1900-01-01", "1920-12-31") is None
    # inside one premier's years but not his tenure: Suárez was in office, yet the row would not be his
    assert holder_of_tenure(records, "ESP", "head of government", "1977-06-15", "1981-02-25") is None
    # Meiji's row in the same file starts 1867-02-03, ten days before the accession held here: no match by dates
    assert holder_of_tenure(records, "JPN", "head of state", "1867-02-03", "1912-07-30") is None
    # an office nobody holds in those years
    assert holder_of_tenure(records, "ESP", "head of state", "1931-06-01", "1931-12-31") is None


def test_every_state_carries_the_cameo_code_other_tools_write():
    """The Russian Empire, the Provisional Government and the Qing are coded RUS and CHN by CAMEO tools: the record
    says so (flagged as a successor's code), so an export can give users of those tools a code they can fold."""
    from detente.actors.gazetteer import entities

    records = entities()
    several_heirs = {"AUTHUN", "CENTRAL_AMERICA", "GRAN_COLOMBIA", "HRE", "JOSEON", "KOREMP", "PAPAL_STATES", "UAR"}
    missing = {ident for ident, r in records.items() if r["kind"] == "state" and "cameo" not in r}
    assert missing == several_heirs
    assert records["RUSEMP"]["cameo"] == {"code": "RUS", "aliases": [], "successor": True}
    assert records["RUSPRV"]["cameo"]["code"] == "RUS" and records["QING"]["cameo"]["code"] == "CHN"
    assert records["GMY_NAZI"]["cameo"]["code"] == "DEU" and records["YUG"]["cameo"]["successor"] is False
    assert records["SUN"]["cameo"]["code"] == "SUN" and records["SUN"]["cameo"]["successor"] is False
    for ident, record in records.items():
        if record["kind"] == "state" and "cameo" in record and record["cameo"]["successor"]:
            assert record.get("valid_to"), ident  # only bygone states borrow a successor's code


def test_the_state_acting_on_a_reference_is_not_one_of_the_states_it_counts():
    found = find_mentions(
        "India and Pakistan fought in 1965. The Soviet premier Kosygin invited both leaders to Tashkent.",
        when=year(1966),
    )
    assert set(found[-2].members) == {"IND", "PAK"}  # found[-1] is Tashkent
    urged = find_mentions("India and Pakistan fought. Washington urged both sides to stop.", when=year(1965))
    assert set(urged[-1].members) == {"IND", "PAK"}
    # a speaker who reports is among them: "Nixon said the two nations ..."
    said = find_mentions("Nixon met Mao. Nixon said the two nations were friends.", when=year(1972))
    assert set(said[-1].members) == {"USA", "CHN"}


def test_a_reference_opening_a_paragraph_is_the_pair_the_text_is_about():
    text = (
        "Cuba and the United States quarrelled. Havana seized American refineries and Washington cut the quota.\n\n"
        "In October Soviet missiles reached Cuba; Kennedy and Khrushchev negotiated.\n\n"
        "The two countries opened interests sections later."
    )
    reference = [m for m in find_mentions(text, when=year(1977)) if m.via == "reference"][0]
    assert set(reference.members) == {"CUB", "USA"}


def test_a_place_changes_hands_on_its_own_day():
    assert only("Dacca", lambda _p: ("1971-12-03", "1971-12-03")).entity == "PAK"
    assert only("Dacca", lambda _p: ("1971-12-17", "1971-12-17")).entity == "BGD"
    assert only("Dacca", year(1965)).entity == "PAK"


def test_a_seat_named_months_before_its_state_is_proclaimed_stands_for_it():
    assert only("Pyongyang", lambda _p: ("1948-08-01", "1948-08-31")).entity == "PRK"
    assert find_mentions("Pyongyang", when=year(1930)) == []


def test_an_undated_title_takes_the_era_of_the_states_offices_its_text_names():
    """Mao led a party from 1935 and Zhou served it from 1927; only their offices of the Chinese state date a text."""
    text = "Sino-Soviet relations. Mao Zedong and Stalin signed a treaty; Khrushchev and Zhou Enlai quarrelled."
    assert find_mentions(text)[0].entity == "CHN"
    assert [m.text for m in find_mentions("Iraq and Iran disputed the Shatt al-Arab.", when=year(1975))] == [
        "Iraq",
        "Iran",
    ]


def test_newspapers_and_pan_arabism_name_no_actor():
    text = "The Jerusalem Post and China Daily said the Times of India quoted Washington; pan-Arab crowds cheered."
    assert [m.text for m in find_mentions(text, when=year(1990))] == ["Washington"]


def test_a_combining_form_before_a_hyphen_is_its_state_not_a_namesake():
    found = find_mentions("The Franco-German treaty; the Franco-Prussian War; Franco met Eisenhower.", when=year(1963))
    assert [(m.text, m.state or m.entity) for m in found] == [
        ("Franco", "FRA"),
        ("German", "DEU"),
        ("Franco", "FRA"),  # 'Prussian' names no state in 1963
        ("Franco", "ESP"),
        ("Eisenhower", "USA"),
    ]
    assert find_mentions("Luso poets", when=year(1963)) == []  # a combining form alone names nothing


# --- Eras, federations, occupied territories, movements (issue 4, the pairs beyond the demo) ------------------


def test_a_regime_inside_its_states_span_wins_for_the_dates_it_covers():
    """The Democratic Republic of Afghanistan (1978-92) lies inside Afghanistan's span: same code, own QID."""
    assert (only("Afghanistan", year(1985)).entity, only("Afghanistan", year(1985)).qid) == ("AFG", "Q476757")
    assert only("Afghanistan", year(1975)).qid == "Q889"
    assert only("Afghanistan", lambda _p: ("1970-01-01", "1995-12-31")).qid == "Q889"  # mostly the state
    assert entity("AFG")["id"] == "AFG" and entity("DRA")["code"] == "AFG"
    assert only("Babrak Karmal", year(1982)).state == "AFG"


def test_the_irish_free_state_and_the_empire_of_japan_are_regimes_of_their_state_code():
    assert [(m.entity, m.qid) for m in find_mentions("Ireland", when=year(1925))] == [("IRL", "Q31747")]
    assert [(m.entity, m.qid) for m in find_mentions("Ireland", when=year(1960))] == [("IRL", "Q27")]
    assert only("Japan", year(1943)).qid == "Q188712" and only("Japan", year(1953)).qid == "Q17"
    axis = only("the Axis", year(1941))
    assert "JPN" in axis.members  # the bloc's member is the regime of its day, written JPN


def test_a_republic_of_a_federation_stands_for_the_federation_until_its_own_state_exists():
    assert (only("Serbia", year(1987)).entity, only("Serbia", year(1987)).via) == ("YUG", "place")
    assert only("Serbia", year(1998)).entity == "SCG" and only("Serbia", year(2010)).entity == "SRB"
    assert only("Serbia", year(1915)).entity == "SRB"  # the Kingdom of Serbia, written SRB
    assert only("Ukraine", year(1960)).entity == "SUN" and only("Ukraine", year(1995)).entity == "UKR"
    early = lambda _p: ("1990-03-01", "1990-03-05")  # noqa: E731
    late = lambda _p: ("1990-03-12", "1990-03-20")  # noqa: E731
    assert (only("Lithuania", early).entity, only("Lithuania", late).entity) == ("SUN", "LTU")
    assert only("Milosevic", year(1990)).state == "YUG"


def test_occupied_territories_are_places_of_the_state_they_were_taken_from():
    assert only("the Sinai", year(1975)).entity == "EGY"  # "Israel's occupation of the Sinai" targets Egypt
    assert only("the Golan", year(1990)).entity == "SYR"
    assert only("the West Bank", year(1975)).entity == "JOR"
    assert only("the West Bank", year(1995)).entity == "PSE"
    assert only("Gaza", year(1956)).entity == "EGY"
    assert find_mentions("Gaza", when=year(1975)) == []  # between holders: no state held it
    assert [m.text for m in find_mentions("West Bank settlers", when=year(1975))] == ["West Bank"]  # not "the West"


def test_movements_act_in_the_sector_of_their_state_by_period():
    before = only("the Sandinistas", year(1978))
    assert (before.entity, before.kind, before.state, before.role) == ("SANDINISTAS", "organization", "NIC", "rebels")
    governing = only("the Sandinistas", year(1983))
    assert (governing.entity, governing.kind, governing.state, governing.role) == ("NICGOV", "group", "NIC", "governing party")
    assert only("Khmer Rouge", year(1977)).state == "KHM" and only("Khmer Rouge", year(1977)).kind == "group"
    assert only("Khmer Rouge", year(1985)).entity == "KHMER_ROUGE"
    contras = only("the Contras", year(1985))
    assert (contras.entity, contras.state, contras.role) == ("CONTRAS", "NIC", "rebels")
    # a movement governing under its own name keeps it (CONVENTIONS.md, Actors: the Taliban in every year); only its
    # government named as one is the state's
    assert only("the Taliban", year(1998)).entity == "TALIBAN" and only("the Taliban", year(2010)).entity == "TALIBAN"
    assert only("the Taliban regime", year(1998)).entity == "AFGGOV"
    assert entity("IRA")["cameo"]["code"] == "GBRREBIRA" and entity("KHMER_ROUGE")["cameo"]["code"] == "KHMREBKMR"
    # a weak name counts only near its state: "Solidarity" with Poland, not the common word
    assert find_mentions("Solidarity among workers grew.", when=year(1981)) == []
    found = find_mentions("In Poland Solidarity called a strike.", when=year(1981))
    assert [(m.text, m.entity) for m in found] == [("Poland", "POL"), ("Solidarity", "SOLIDARITY")]


def test_the_people_named_before_a_verb_are_their_state_not_a_sector_group():
    for text in ("The Chinese sent troops to the border.", "The French deployed troops.", "Soviets trained pilots."):
        mention = find_mentions(text, when=year(1962))[0]
        assert mention.kind == "state", text
    assert only("the American armed forces", year(1962)).role == "military"  # a participle still qualifies
    assert only("Chinese troops", year(1962)).role == "military"


def test_an_adjective_before_american_is_an_american_group():
    found = find_mentions("Roosevelt interned Japanese Americans and Italian Americans.", when=year(1942))
    assert [(m.text, m.entity) for m in found] == [("Roosevelt", "franklin_roosevelt"), ("Americans", "USA"), ("Americans", "USA")]


def test_a_bare_surname_decades_from_its_bearers_offices_names_no_one():
    assert find_mentions("Johnson said so.", when=year(2020)) == []  # not Lyndon Johnson
    assert only("Johnson", year(1966)).state == "USA"
    assert only("Lyndon Johnson", year(2020)).state == "USA"  # a full name always names the person


def test_cases_cover_the_other_pairs_of_issue_4_each_with_several_cases():
    """The pairs beyond the demo that the actor layer is judged on: each named in five cases at least."""
    texts = [case["text"] for case in CASES]
    for names in [
        ("Japan", "Tokyo", "Japanese"), ("France", "French", "Paris"), ("Afghanistan", "Afghan", "Kabul"),
        ("Nicaragua", "Managua", "Sandinistas", "Contras"), ("Ireland", "Irish", "Dublin"),
        ("Finland", "Finnish", "Finns", "Helsinki"), ("Poland", "Polish", "Warsaw"), ("Kuwait", "Kuwaiti"),
        ("Somalia", "Somali", "Mogadishu"), ("Ethiopia", "Ethiopian", "Addis Ababa"),
        ("Cyprus", "Cypriot", "Nicosia"), ("Greece", "Greek", "Athens"), ("Turkey", "Turkish", "Ankara"),
        ("Jordan", "Amman"), ("Syria", "Syrian", "Damascus"), ("Yugoslavia", "Belgrade", "Tito"),
        ("Iran", "Iranian", "Tehran"), ("Vietnam", "Hanoi"), ("Argentina", "Argentine", "Buenos Aires"),
    ]:
        count = sum(1 for text in texts if any(re.search(rf"\b{re.escape(name)}\b", text) for name in names))
        assert count >= 5, (names, count)
    assert len(CASES) >= 750


# --- The wider audit of issue 4: ~60 states prominent in 20th-century interstate relations -------------------

# (spelling, year, the state it stands for): every state with its old names, capitals in their eras, adjectives,
# and the heads of state and government who made its foreign policy 1945-2000. A failure names the gap.
AUDIT = [
    # old names of states and their capitals, in their eras
    ("Ceylon", 1960, "LKA"), ("Colombo", 1980, "LKA"), ("Siam", 1930, "THA"), ("Persia", 1930, "IRN"),
    ("Burma", 1960, "MMR"), ("Myanmar", 1995, "MMR"), ("Rangoon", 1960, "MMR"), ("Zaire", 1980, "COD"),
    ("Kinshasa", 1980, "COD"), ("Leopoldville", 1960, "COD"), ("Stanleyville", 1964, "COD"),
    ("Dahomey", 1965, "BEN"), ("Upper Volta", 1970, "BFA"), ("Rhodesia", 1970, "RHO"), ("Salisbury", 1970, "RHO"),
    ("Abyssinia", 1935, "ETH"), ("Formosa", 1955, "TWN"), ("Kampuchea", 1980, "KHM"), ("Peking", 1960, "CHN"),
    ("Canton", 1923, "ROC"), ("Saigon", 1965, "RVN"), ("Bombay", 1960, "IND"), ("Madras", 1975, "IND"),
    ("Dacca", 1975, "BGD"), ("Batavia", 1930, "NLD"), ("Batavia", 1955, "IDN"), ("Djakarta", 1965, "IDN"),
    ("Constantinople", 1910, "OTTOMAN"), ("Istanbul", 1910, "OTTOMAN"), ("Istanbul", 1970, "TUR"),
    ("Tanganyika", 1962, "TZA"), ("Malaya", 1960, "MYS"), ("East Pakistan", 1965, "PAK"),
    # states, adjectives and capitals of the audit
    ("Cuban", 1962, "CUB"), ("Havana", 1962, "CUB"), ("Nicaragua", 1980, "NIC"), ("Panamanian", 1980, "PAN"),
    ("Chilean", 1973, "CHL"), ("Argentine", 1982, "ARG"), ("Peruvian", 1980, "PER"), ("Quito", 1980, "ECU"),
    ("Bogotá", 1980, "COL"), ("Caracas", 1980, "VEN"), ("Ethiopian", 1977, "ETH"), ("Mogadishu", 1977, "SOM"),
    ("Asmara", 1995, "ERI"), ("Libyan", 1980, "LBY"), ("N'Djamena", 1980, "TCD"), ("Kampala", 1975, "UGA"),
    ("Dar es Salaam", 1979, "TZA"), ("Luanda", 1980, "AGO"), ("Maputo", 1980, "MOZ"), ("Pretoria", 1980, "ZAF"),
    ("Lagos", 1968, "NGA"), ("Algiers", 1970, "DZA"), ("Rabat", 1975, "MAR"), ("Kabul", 1980, "AFG"),
    ("Bangladeshi", 1975, "BGD"), ("Sri Lankan", 1990, "LKA"), ("Indonesian", 1965, "IDN"),
    ("Kuala Lumpur", 1965, "MYS"), ("Filipino", 1970, "PHL"), ("Phnom Penh", 1970, "KHM"), ("Vientiane", 1970, "LAO"),
    ("Hanoi", 1965, "VDR"), ("Pyongyang", 1980, "PRK"), ("Seoul", 1980, "KOR"), ("Belgrade", 1960, "YUG"),
    ("Zagreb", 1995, "HRV"), ("Sarajevo", 1995, "BIH"), ("Prague", 1968, "CSK"), ("Budapest", 1956, "HUN"),
    ("Warsaw", 1980, "POL"), ("Bucharest", 1970, "ROU"), ("Tirana", 1970, "ALB"), ("Athens", 1974, "GRC"),
    ("Ankara", 1974, "TUR"), ("Nicosia", 1974, "CYP"), ("Riyadh", 1980, "SAU"), ("Canberra", 1980, "AUS"),
    ("Ottawa", 1980, "CAN"), ("Brasília", 1980, "BRA"), ("Mexico City", 1980, "MEX"),
    # heads of state and government 1945-2000 (the person acts for the state)
    ("Castro", 1962, "CUB"), ("Batista", 1955, "CUB"), ("Nehru", 1955, "IND"), ("Indira Gandhi", 1971, "IND"),
    ("Shastri", 1965, "IND"), ("Rajiv Gandhi", 1987, "IND"), ("Ayub Khan", 1965, "PAK"), ("Yahya Khan", 1971, "PAK"),
    ("Bhutto", 1974, "PAK"), ("Zia-ul-Haq", 1980, "PAK"), ("Benazir Bhutto", 1989, "PAK"), ("Nawaz Sharif", 1991, "PAK"),
    ("Mujib", 1972, "BGD"), ("Sukarno", 1960, "IDN"), ("Suharto", 1975, "IDN"), ("Tunku Abdul Rahman", 1963, "MYS"),
    ("Marcos", 1975, "PHL"), ("Corazon Aquino", 1987, "PHL"), ("Sihanouk", 1965, "KHM"), ("Lon Nol", 1972, "KHM"),
    ("Pol Pot", 1977, "KHM"), ("Hun Sen", 1990, "KHM"), ("Ho Chi Minh", 1960, "VDR"), ("Diem", 1960, "RVN"),
    ("Thieu", 1970, "RVN"), ("Park Chung-hee", 1970, "KOR"), ("Kim Il-sung", 1970, "PRK"), ("Kim Jong-il", 1998, "PRK"),
    ("Rhee", 1952, "KOR"), ("Chiang Kai-shek", 1955, "TWN"), ("Chiang Ching-kuo", 1980, "TWN"),
    ("Lee Teng-hui", 1995, "TWN"), ("Mao", 1960, "CHN"), ("Zhou Enlai", 1960, "CHN"), ("Deng Xiaoping", 1980, "CHN"),
    ("Hua Guofeng", 1977, "CHN"), ("Jiang Zemin", 1995, "CHN"), ("Sadat", 1975, "EGY"), ("Mubarak", 1990, "EGY"),
    ("Menachem Begin", 1978, "ISR"), ("Rabin", 1993, "ISR"), ("Peres", 1985, "ISR"), ("Shamir", 1988, "ISR"),
    ("Golda Meir", 1972, "ISR"), ("Ben-Gurion", 1955, "ISR"), ("King Hussein", 1970, "JOR"), ("Assad", 1980, "SYR"),
    ("Saddam", 1985, "IRQ"), ("Khomeini", 1985, "IRN"), ("Nasser", 1956, "EGY"), ("Qasim", 1960, "IRQ"),
    ("Haile Selassie", 1960, "ETH"), ("Mengistu", 1980, "ETH"), ("Siad Barre", 1977, "SOM"), ("Idi Amin", 1975, "UGA"),
    ("Nyerere", 1975, "TZA"), ("Obote", 1965, "UGA"), ("Museveni", 1990, "UGA"), ("Mobutu", 1975, "COD"),
    ("Lumumba", 1960, "COD"), ("Tshombe", 1961, "COD"), ("Kaunda", 1975, "ZMB"), ("Mugabe", 1985, "ZWE"),
    ("Ian Smith", 1970, "RHO"), ("Mandela", 1995, "ZAF"), ("de Klerk", 1991, "ZAF"), ("P. W. Botha", 1985, "ZAF"),
    ("Neto", 1977, "AGO"), ("dos Santos", 1990, "AGO"), ("Savimbi", 1985, "UNITA"), ("Machel", 1980, "MOZ"),
    ("Ben Bella", 1963, "DZA"), ("Boumediene", 1970, "DZA"), ("Hassan II", 1975, "MAR"), ("Allende", 1972, "CHL"),
    ("Pinochet", 1980, "CHL"), ("Perón", 1950, "ARG"), ("Galtieri", 1982, "ARG"), ("Videla", 1978, "ARG"),
    ("Alfonsín", 1985, "ARG"), ("Fujimori", 1995, "PER"), ("Ortega", 1985, "NIC"), ("Somoza", 1975, "NIC"),
    ("Chamorro", 1991, "NIC"), ("Torrijos", 1977, "PAN"), ("Noriega", 1988, "PAN"), ("Tito", 1960, "YUG"),
    ("Milosevic", 1995, "SCG"), ("Tudjman", 1995, "HRV"), ("Izetbegovic", 1995, "BIH"), ("Ceausescu", 1980, "ROU"),
    ("Hoxha", 1970, "ALB"), ("Kádár", 1970, "HUN"), ("Imre Nagy", 1956, "HUN"), ("Nagy", 1956, "HUN"),
    ("Husak", 1980, "CSK"), ("Dubcek", 1968, "CSK"), ("Havel", 1991, "CSK"), ("Gomulka", 1960, "POL"),
    ("Gierek", 1975, "POL"), ("Jaruzelski", 1982, "POL"), ("Walesa", 1991, "POL"), ("Honecker", 1980, "DDR"),
    ("Ulbricht", 1960, "DDR"), ("Andreas Papandreou", 1985, "GRC"), ("Karamanlis", 1975, "GRC"), ("Ozal", 1985, "TUR"),
    ("Ecevit", 1974, "TUR"), ("Makarios", 1970, "CYP"), ("Denktash", 1985, "CYP"), ("Menzies", 1955, "AUS"),
    ("Whitlam", 1973, "AUS"), ("Trudeau", 1975, "CAN"), ("Mulroney", 1988, "CAN"), ("Nakasone", 1985, "JPN"),
    ("Sato", 1970, "JPN"), ("Tanaka", 1973, "JPN"), ("Qaddafi", 1980, "LBY"), ("Gaddafi", 1980, "LBY"),
    ("Kadhafi", 1980, "LBY"), ("Khrushchev", 1960, "SUN"),
    # liberation movements and rebels (their own code while out of power)
    ("MPLA", 1970, "MPLA"), ("UNITA", 1985, "UNITA"), ("ANC", 1985, "ANC"), ("SWAPO", 1980, "SWAPO"),
    ("FLN", 1958, "FLN"), ("FMLN", 1985, "FMLN"), ("the Shining Path", 1985, "SHINING_PATH"),
    ("ETA", 1980, "ETA"), ("the Polisario", 1980, "POLISARIO"), ("Khmer Rouge", 1970, "KHMER_ROUGE"),
    ("Viet Cong", 1965, "VIET_CONG"), ("Pathet Lao", 1965, "PATHET_LAO"), ("the Contras", 1985, "CONTRAS"),
    ("Tamil Tigers", 1990, "LTTE"), ("Mukti Bahini", 1971, "MUKTI_BAHINI"), ("IRA", 1980, "IRA"),
    ("Hezbollah", 1990, "HEZBOLLAH"), ("PLO", 1980, "PLO"), ("Biafra", 1968, "BIAFRA"),
]


@pytest.mark.parametrize(("spelling", "when", "code"), AUDIT, ids=[f"{s}-{y}" for s, y, _ in AUDIT])
def test_the_wider_audit_finds_every_state_old_name_capital_leader_and_movement(spelling, when, code):
    found = [m for m in find_mentions(f"In those days {spelling} said little.", when=year(when)) if m.text == spelling]
    assert found, spelling
    assert acting(found[0]) == code, (spelling, when, found[0])


def test_a_compound_of_two_states_before_a_noun_of_joint_action_is_both_acting_as_one():
    landing = only("The Anglo-French landing", year(1956))
    assert (landing.text, landing.kind, sorted(landing.members)) == ("Anglo-French", "group", ["FRA", "GBR"])
    # before a treaty, relations or a war the halves stay the pair, each its own state
    assert [m.text for m in find_mentions("The Franco-German treaty; Sino-Soviet relations.", when=year(1963))] == [
        "Franco", "German", "Sino", "Soviet"
    ]


def test_a_weak_spelling_of_several_entities_keeps_the_one_whose_state_the_text_names():
    text = "Iraq's Revolutionary Command Council met. The Revolutionary Command Council in Tripoli replied."
    found = [m for m in find_mentions(text, when=year(1972)) if "Council" in m.text]
    assert [m.state for m in found] == ["IRQ", "LBY"]
    cairo = find_mentions("The Revolutionary Command Council in Cairo met.", when=year(1954))
    assert [(m.text, m.state or m.entity) for m in cairo] == [("The Revolutionary Command Council", "EGY"), ("Cairo", "EGY")]
    assert find_mentions("The Revolutionary Command Council met.", when=year(1972)) == []  # no state in focus
    # beside a strong form, a weak one counts only near a state of its lineage in the same sentence
    spring = lambda _position: ("1962-05-01", "1962-05-31")  # noqa: E731
    found = find_mentions("The OAS tried to kill de Gaulle. The OAS condemned Cuba.", when=spring)
    assert [(m.text, m.entity) for m in found if m.text == "OAS"] == [("OAS", "OAS_FRANCE"), ("OAS", "OAS")]


def test_west_berlin_before_the_federal_republic_names_no_state_and_bonn_stays_its_seat_to_1999():
    july = lambda _position: ("1948-07-01", "1948-07-31")  # noqa: E731  the airlift's first month
    assert [m.text for m in find_mentions("The airlift supplied West Berlin.", when=july)] == []
    assert only("West Berlin voted.", year(1958)).entity == "DEU"
    assert only("Bonn protested.", year(1995)).entity == "DEU"


def test_the_moscow_olympics_name_an_event_not_the_state():
    assert find_mentions("Sixty countries boycotted the Moscow Olympics.", when=year(1980)) == []


def test_a_surname_after_its_full_name_or_a_title_names_the_person_in_office():
    found = find_mentions("Fidel Ramos met Alan García; later Ramos and García agreed.", when=year(1993))
    assert [(m.text, m.state) for m in found] == [
        ("Fidel Ramos", "PHL"), ("Alan García", "PER"), ("Ramos", "PHL"), ("García", "PER")
    ]
    assert [m.text for m in find_mentions("Ramos spoke.", when=year(1993))] == []  # not listed alone
    titled = find_mentions("President Suharto met Prime Minister Keating.", when=year(1993))
    assert [(m.text, m.state, m.role) for m in titled] == [
        ("Suharto", "IDN", "head of state"), ("Keating", "AUS", "head of government")
    ]
    # a title before a surname no one of the gazetteer bears in office at the date names nobody
    assert find_mentions("President Keating spoke.", when=year(1960)) == []


def test_continents_and_regions_named_after_america_name_no_state():
    for text in ("Washington courted Latin America.", "trade across South America", "the states of Central America",
                 "the whole of North America"):
        assert not [m for m in find_mentions(text) if "America" in m.text], text



@pytest.mark.parametrize("year, pope", [("1956", "pius_xii"), ("1962", "john_xxiii"), ("1979", "john_paul_ii")])
def test_the_pope_is_the_one_in_office_at_the_date(year, pope):
    _year = globals()["year"]
    mentions = [m for m in find_mentions(f"In {year} the Pope received the envoy.", when=_year(int(year)))
                if m.kind == "person"]
    assert [(m.entity, m.state) for m in mentions] == [(pope, "VAT")]



# --- issue 4's audit of China, Cuba, India and Pakistan (actors4) -------------------------------------------------


def _holders(state: str, roles: set[str], day: str) -> list[str]:
    from detente.actors.gazetteer import entities

    return [
        ident
        for ident, record in entities().items()
        if record["kind"] == "person"
        and any(
            state in office["states"] and office["role"] in roles and (office["from"] or "") <= day <= (office["to"] or "9999")
            for office in record["offices"]
        )
    ]


@pytest.mark.parametrize(("state", "first", "last"), [
    ("CHN", "1949-10-01", "2005-12-31"), ("ROC", "1945-01-01", "1949-12-06"), ("TWN", "1949-12-07", "2005-12-31"),
    ("CUB", "1945-01-01", "2005-12-31"), ("IND", "1947-08-15", "2005-12-31"), ("PAK", "1947-08-15", "2005-12-31"),
])
def test_the_four_states_have_a_head_of_state_every_season_1945_to_2005(state, first, last):
    heads = {"head of state", "governor-general"}
    days = [f"{year}-{month}-15" for year in range(1945, 2006) for month in ("01", "04", "07", "10")]
    missing = [day for day in days if first <= day <= last and not _holders(state, heads, day)]
    assert not missing, missing


@pytest.mark.parametrize(("state", "first", "last", "gaps"), [
    ("CHN", "1949-10-01", "2005-12-31", {"1976-01-15"}),  # between Zhou Enlai's death and Hua Guofeng
    ("TWN", "1949-12-07", "2005-12-31", set()), ("IND", "1947-08-15", "2005-12-31", set()),
])
def test_china_taiwan_and_india_have_a_head_of_government_every_season(state, first, last, gaps):
    days = [f"{year}-{month}-15" for year in range(1945, 2006) for month in ("01", "04", "07", "10")]
    missing = {day for day in days if first <= day <= last and not _holders(state, {"head of government"}, day)}
    assert missing == gaps


def test_the_communists_after_1949_are_the_prc_only_across_the_taiwan_strait():
    strait = find_mentions("Chiang's garrison on Quemoy held. The Communists fired shells; Communist troops massed.", when=year(1958))
    assert [(m.text, m.entity, m.state) for m in strait if m.text != "Chiang"] == [
        ("Quemoy", "TWN", None), ("The Communists", "CHN", None), ("Communist troops", "CHNMIL", "CHN")
    ]
    vietnam = find_mentions("China sent engineers to North Vietnam. Communist forces attacked the base at Pleiku.", when=year(1965))
    assert "Communist forces" not in [m.text for m in vietnam]
    # before October 1949 they are the Chinese Communist movement, their armies included
    civil = find_mentions("Nationalist forces ambushed the Communist New Fourth Army.", when=year(1941))
    assert [(m.text, m.entity) for m in civil] == [("Nationalist forces", "ROCMIL"), ("New Fourth Army", "CCP")]
    # a word inside a group the adjective before it took is no second mention
    assert [m.text for m in find_mentions("China watched the Hungarian Communists.", when=year(1947))] == [
        "China", "Hungarian Communists"
    ]


def test_a_place_between_two_dated_holders_names_no_state():
    assert find_mentions("the West Bank", when=day("1988-09-01")) == []  # between Jordan's claim and Palestine's
    assert only("the West Bank", day("1980-01-01")).entity == "JOR"
    assert only("Calcutta", year(1946)).entity == "GBR" and only("Calcutta", year(1950)).entity == "IND"
    assert only("Dacca", year(1946)).entity == "GBR" and only("Dacca", year(1960)).entity == "PAK"
    assert only("British India", year(1940)).entity == "GBR" and find_mentions("British India", when=year(1950)) == []


def test_rhodesia_is_its_own_state_from_udi_to_the_return_to_british_rule():
    assert only("Rhodesia", year(1970)).entity == "RHO" and only("Rhodesia", year(1970)).qid == "Q217169"
    assert only("Southern Rhodesia", year(1953)).entity == "GBR"
    assert only("Salisbury", year(1975)).entity == "RHO" and only("Salisbury", year(1981)).entity == "ZWE"
    assert only("Ian Smith", year(1976)).state == "RHO"
    assert entity("RHO")["successors"] == ["ZWE"]


def test_names_of_persons_are_not_cut_nor_borrowed():
    found = find_mentions("Ayub Khan handed power to General Yahya Khan. Khan ruled until December.", when=year(1969))
    assert [(m.text, m.entity) for m in found] == [
        ("Ayub Khan", "ayub_khan"), ("General Yahya Khan", "yahya_khan"), ("Khan", "yahya_khan")
    ]
    found = find_mentions("Li Zongren took over when Chiang resigned. Li sent envoys; Li Peng was a boy.", when=year(1949))
    assert [(m.text, m.entity) for m in found if m.text.startswith("Li")] == [
        ("Li Zongren", "li_zongren"), ("Li", "li_zongren"), ("Li Peng", "li_peng")
    ]
    found = find_mentions("John Kennedy met John Smith.", when=year(1962))
    assert [m.text for m in found] == ["John Kennedy"]


def test_a_chinese_surname_opening_another_name_is_not_its_leader():
    found = find_mentions("Jiang Qing was arrested; Deng Yingchao mourned; Deng returned.", when=year(1976))
    assert [(m.text, m.entity) for m in found] == [("Jiang Qing", "jiang_qing"), ("Deng", "deng_xiaoping")]
    assert [m.text for m in find_mentions("Fidel Castro Ruz spoke.", when=year(1962))] == ["Fidel Castro"]


def test_princely_states_that_held_out_are_states_until_india_took_them():
    assert only("the princely state of Hyderabad", day("1948-09-13")).entity == "HYDERABAD"
    assert only("Hyderabad", day("1948-08-01")).qid == "Q1240096"
    assert only("the princely state of Hyderabad", day("1948-10-01")).entity == "IND"
    assert only("Hyderabad", year(1930)).entity == "GBR"
    assert only("Junagadh", day("1947-09-20")).entity == "JUNAGADH" and only("Junagadh", year(1950)).entity == "IND"
    # the Maharaja who acceded Kashmir to India acts for Kashmir, then as a head of an Indian state
    assert only("Maharaja Hari Singh", day("1947-10-24")).state == "JAMMU_KASHMIR"
    assert only("Maharaja Hari Singh", day("1948-06-01")).state == "IND"
    # Sikkim's monarchy acts for the kingdom; the land is its protector's, then India's
    assert only("the Chogyal", year(1973)).entity == "SIKKIM" and only("the Chogyal", year(1973)).qid == "Q3960459"
    assert only("Sikkim", year(1960)).entity == "IND" and only("Sikkim", year(1900)).entity == "GBR"


def test_korea_between_japans_surrender_and_the_two_republics_is_the_occupiers_zones():
    assert find_mentions("Korea", when=year(1946)) == []
    assert only("South Korea", year(1946)).entity == "USA" and only("North Korea", year(1947)).entity == "SUN"
    assert only("South Korea", year(1950)).entity == "KOR" and only("Korea", year(1930)).entity == "JPN"
    assert only("Korea", year(1955)).entity == "KOR" and only("Korea", year(1900)).entity == "KOREMP"


def test_the_republic_and_the_peoples_republic_are_the_state_in_focus_bearing_the_name():
    found = find_mentions("North Korea shelled the island. The People's Republic denied it.", when=year(2010))
    assert [m.entity for m in found] == ["PRK", "PRK"]
    assert only("The People's Republic", year(1960)).entity == "CHN"  # nothing in focus: China's
    assert find_mentions("The People's Republic", when=year(1930)) == []
    found = find_mentions("South Vietnam held elections and the Republic chose Thieu.", when=year(1967))
    assert [(m.text, m.entity) for m in found][:2] == [("South Vietnam", "RVN"), ("the Republic", "RVN")]
    assert find_mentions("The Republic", when=year(1960)) == []  # no state in focus


def test_bare_congress_is_the_legislature_or_the_party_of_the_state_named_nearest():
    found = find_mentions("Kennedy warned that Congress would cut aid to India.", when=year(1962))
    assert [(m.text, m.entity) for m in found][1] == ("Congress", "USALEG")
    # a request to one's own legislature is how the state commits the act: the legislature is no party to it
    assert "Congress" not in [m.text for m in find_mentions("Truman asked Congress for aid to Greece.", when=year(1947))]
    found = find_mentions("Nehru's Congress won the election in India.", when=year(1952))
    congress = [m for m in found if m.text == "Congress"][0]
    assert (congress.entity, congress.state) == ("INDGOV", "IND")
    found = find_mentions("The Raj jailed the leaders of Congress in India.", when=year(1942))
    congress = [m for m in found if m.text == "Congress"][0]
    assert (congress.entity, congress.state, congress.role) == ("INC", "GBR", "nationalist movement")
    # another body's name: a party congress, the Congress of Vienna, the Sikkim Congress
    for text in ["Khrushchev spoke at the Party Congress in Moscow.", "The Congress of Vienna met while Britain waited.",
                 "India backed the Sikkim Congress against the Chogyal."]:
        assert "Congress" not in [m.text for m in find_mentions(text, when=year(1956))], text
    assert find_mentions("Congress met.", when=year(1962)) == []  # no state in focus: which congress is unknown


def test_a_courts_ruling_names_the_court_as_author_not_as_party():
    found = find_mentions("Washington rejected the ruling of the International Court of Justice.", when=year(1986))
    assert [m.text for m in found] == ["Washington"]
    found = find_mentions("The International Court of Justice ruled for Nicaragua.", when=year(1986))
    assert [(m.text, m.entity, m.qid) for m in found][0] == ("International Court of Justice", "ICJ", "Q7801")
    assert only("the World Court", year(1930)).entity == "PCIJ" and only("the World Court", year(1990)).entity == "ICJ"


def test_the_dalai_lama_acts_for_tibet_then_for_the_government_in_exile():
    assert only("the Dalai Lama", year(1920)).state == "TIBET" and only("the Dalai Lama", year(1905)).state == "QING"
    # evopen16: after his flight of 1959 he acts for the government-in-exile (China's exiles), not for China
    exile = only("the Dalai Lama", year(1991))
    assert (exile.state, exile.role) == ("TIBET_EXILE", "head of the Tibetan government-in-exile")
    government = only("the Tibetan government-in-exile", year(1995))
    assert (government.entity, government.state) == ("TIBET_EXILE", "CHN")


def test_a_plan_a_doctrine_or_a_line_named_after_a_person_names_no_actor():
    for text in ["the Truman Doctrine", "the Rogers Plan", "the McMahon Line", "the Kissinger plan",
                 "the Nehru-Liaquat Pact", "the Hitler-Stalin Pact", "the Platt Amendment"]:
        assert find_mentions(text, when=year(1950)) == [], text
    # the person's own acts still name him, before and after the title
    found = find_mentions("Truman announced the Truman Doctrine; Truman then asked for aid.", when=year(1947))
    assert [m.text for m in found] == ["Truman", "Truman"]


def test_an_adjective_joined_to_a_group_takes_its_noun():
    found = find_mentions("Cuban and Angolan forces attacked.", when=year(1988))
    assert [(m.text, m.entity, m.state) for m in found] == [
        ("Cuban", "CUBMIL", "CUB"), ("Angolan forces", "AGOMIL", "AGO")
    ]
    found = find_mentions("Greek and Turkish Cypriots met.", when=year(1990))
    assert [m.entity for m in found] == ["CYPGRK", "CYPTRK"]
    # a plural people in a list shares nothing
    found = find_mentions("Soviet tanks, Americans, Nazi leaders.", when=year(1944))
    assert [m.text for m in found if m.text == "Americans"] and all(m.entity == "USA" for m in found if m.text == "Americans")


def test_colonies_and_enclaves_stand_for_their_holder_until_the_handover():
    assert only("Hong Kong", year(1990)).entity == "GBR" and only("Hong Kong", year(2000)).entity == "CHN"
    assert only("Macau", year(1990)).entity == "PRT" and only("Goa", year(1960)).entity == "PRT"
    assert only("Goa", year(1970)).entity == "IND" and only("Chittagong", year(1971)).entity == "PAK"


def test_taiwan_and_korea_under_japanese_rule_are_japans():
    assert only("Formosa", year(1930)).entity == "JPN" and only("Formosa", year(1930)).via == "place"
    assert only("Taiwan", year(1958)).entity == "TWN" and only("Korea", year(1930)).entity == "JPN"
    assert only("Korea", day("1910-08-22")).entity == "KOREMP"


# --- actors8: the known wrong answers of issue 4 -------------------------------------------------------------------


def test_a_title_of_a_few_states_with_none_in_focus_is_the_office_holders_state_at_the_date():
    def chancellor(when):
        return next(m for m in find_mentions("The chancellor flew to Rome.", when=when) if m.text == "The chancellor")

    assert (chancellor(year(1905)).entity, chancellor(year(1905)).state) == ("bernhard_von_bulow", "GMY")
    assert (chancellor(year(1955)).entity, chancellor(year(1955)).state) == ("konrad_adenauer", "DEU")
    assert (chancellor(year(1985)).entity, chancellor(year(1985)).state) == ("helmut_kohl", "DEU")
    assert chancellor(year(1930)).state == "GMY"  # no holder known: the regime existing then
    # a state in focus still decides first
    found = find_mentions("Austria protested, and the chancellor flew to Rome.", when=year(1985))
    assert [m.state for m in found if m.text == "the chancellor"] == ["AUT"]


def test_the_turkish_nationalist_government_of_1920_23_is_turkey_not_the_ottoman_empire():
    found = find_mentions("Mustafa Kemal's forces stopped the Greek army, and Ankara signed a treaty with Moscow.",
                          when=year(1921))
    assert [(m.text, acting(m)) for m in found] == [
        ("Mustafa Kemal", "TUR"), ("Greek army", "GRC"), ("Ankara", "TUR"), ("Moscow", "RSFSR")
    ]
    assert only("Turkey", day("1923-01-30")).entity == "TUR" and only("Turkish", year(1922)).entity == "TUR"
    assert only("the Sublime Porte", year(1921)).entity == "OTTOMAN" and only("Turkey", year(1915)).entity == "OTTOMAN"
    assert only("Mustafa Kemal", year(1919)).state == "OTTOMAN"  # before the Assembly met at Ankara


def test_two_state_adjectives_joined_by_a_hyphen_before_a_word_of_relations_are_both_states_in_order():
    for text, codes in [
        ("Cuban-American migration talks resumed.", ["CUB", "USA"]),
        ("Sino-Indian border trade resumed.", ["CHN", "IND"]),
        ("Indo-Pak talks resumed.", ["IND", "PAK"]),
        ("Soviet-Afghan talks opened.", ["SUN", "AFG"]),
        ("Afghan-Soviet talks opened.", ["AFG", "SUN"]),
    ]:
        assert [m.entity for m in find_mentions(text, when=year(1979))] == codes, text
    # an adjective before "American" with no word of relations after is an American group
    assert [acting(m) for m in find_mentions("Cuban-American voters in Miami", when=year(1980))] == ["USA"]


def test_a_person_named_before_their_state_existed_acts_for_the_state_of_that_time_or_none():
    assert only("Moshe Dayan", year(1941)).state is None  # a future Israeli minister under the British mandate
    assert only("Moshe Dayan", year(1970)).state == "ISR"
    assert only("Syngman Rhee", year(1935)).state is None
    assert only("Ben-Gurion", day("1948-05-14")).state == "ISR"
    assert only("Arafat", year(1970)).state == "PLO" and only("Arafat", year(1995)).state == "PSE"
    # an office the gazetteer dates over the years stands (Gandhi led India's independence movement)
    assert only("Gandhi", year(1930)).state == "IND"


def test_an_undated_name_takes_its_texts_era_or_the_modern_entity_never_an_arbitrary_old_one():
    assert only("Taiwan").entity == "TWN"
    found = find_mentions("Taiwan protested, and British India replied.")
    assert [m.entity for m in found if m.text == "Taiwan"] != ["QING"]
    found = find_mentions("The Qing ceded Taiwan to Japan.")
    assert [m.entity for m in found if m.text == "Taiwan"] == ["QING"]  # the text's own era


def test_congress_alone_needs_india_in_focus():
    found = find_mentions("Pakistan held elections, and Congress stayed silent.", when=year(1990))
    assert "Congress" not in [m.text for m in found]
    found = find_mentions("India held elections, and Congress lost.", when=year(1977))
    assert [(m.entity, m.state) for m in found if m.text == "Congress"] == [("INC", "IND")]


def test_bare_president_government_and_prime_minister_need_one_state_plainly_in_focus():
    def titled(text, when):
        return [(m.text, acting(m)) for m in find_mentions(text, when=when) if m.text.lower().startswith("the ")]

    assert titled("Pakistan tested a missile. The president said it was defensive.", year(1999)) == [
        ("The president", "PAK")
    ]
    assert titled("Pakistan tested a missile. The government said it was defensive.", year(1999)) == [
        ("The government", "PAK")
    ]
    assert titled("Cuba held a parade. The prime minister spoke for hours.", year(1960)) == [("The prime minister", "CUB")]
    for title in ("president", "government", "prime minister"):
        assert titled(f"India and Pakistan talked. The {title} said it was defensive.", year(1999)) == [], title
    # the premier of the only one of two states in focus with one still stands
    assert titled("Yahya Khan visited Peking, and the premier received him.", year(1970)) == [("the premier", "CHN")]


def test_a_thing_named_after_a_state_is_no_actor():
    for text in ["They learned Chinese cooking.", "He drank Turkish coffee.", "She bred Afghan hounds.", "The Spanish flu spread.",
                 "The Pakistani rupee fell.", "Chinese New Year began.", "Pakistan Day was marked.",
                 "The grant was paid in Swiss francs.", "The price was set in American dollars.",
                 "Egyptian pounds lost value.", "The loan was counted in Kuwaiti dinars."]:
        assert [m.text for m in find_mentions(text, when=year(1990)) if m.kind == "state"] == [], text
    # the same adjectives before a force or an office still name the state
    assert acting(only("Chinese troops", year(1990))) == "CHN" and only("Pakistan", year(1990)).entity == "PAK"
    # goods a state trades are the state's: "traded machinery for Chinese food" is a trade with China
    found = find_mentions("The Soviet Union traded machinery for Chinese food.", when=year(1955))
    assert [m.entity for m in found] == ["SUN", "CHN"]


def test_a_surname_of_two_persons_in_office_names_the_one_whose_state_the_sentence_names():
    found = find_mentions("Tanzanian troops entered Kampala, and Amin fled to Libya.", when=day("1979-04-10"))
    assert [(m.entity, m.state) for m in found if m.text == "Amin"] == [("idi_amin", "UGA")]
    found = find_mentions("Soviet troops reached Kabul, and Amin was killed.", when=day("1979-04-10"))
    assert [(m.entity, m.state) for m in found if m.text == "Amin"] == [("hafizullah_amin", "AFG")]
    # one of them in office: the gazetteer's reading in time stands whatever the sentence names
    found = find_mentions("Bahr and Kohl initialled the Basic Treaty in Bonn.", when=year(1972))
    assert [m.state for m in found if m.text == "Kohl"] == ["DDR"]


def test_georgia_after_a_lower_case_direction_is_the_american_state():
    assert [m.text for m in find_mentions("Farmers in south Georgia sold peanuts.", when=year(2001))] == []
    assert only("Georgia", year(2008)).entity == "GEO"


# --- actors9: accents, "each side", the two Chinese governments, kings sharing a title, breakaway regions, Congress ---


@pytest.mark.parametrize(
    ("text", "when", "name", "code"),
    [
        ("Yaounde protested to Lagos.", 1981, "Yaounde", "CMR"),
        ("YAOUNDE protested to Lagos.", 1981, "YAOUNDE", "CMR"),
        ("Felix Houphouet-Boigny flew to Paris.", 1975, "Felix Houphouet-Boigny", "CIV"),
        ("Leopold Sedar Senghor spoke in Dakar.", 1970, "Leopold Sedar Senghor", "SEN"),
        ("Sekou Toure broke with Paris.", 1958, "Sekou Toure", "GIN"),  # the gazetteer has both spellings
        ("Raul Castro met Chinese envoys.", 2009, "Raul Castro", "CUB"),
        ("Osvaldo Dorticos signed the decree.", 1961, "Osvaldo Dorticos", "CUB"),
        ("Istanbul hosted the talks.", 1990, "Istanbul", None),
    ],
)
def test_accented_latin_names_are_found_without_their_accents(text, when, name, code):
    found = {m.text: m for m in find_mentions(text, when=year(when))}
    assert name in found, found
    if code:
        assert (found[name].state or found[name].entity) == code


def test_accents_fold_in_the_text_too_and_keep_offsets():
    text = "Then Presidént Biya and Raúl Castro met in Yaoundé; Łódź and Malmö sent nobody."
    found = find_mentions(text, when=year(2010))
    assert {m.text for m in found} >= {"Presidént Biya", "Raúl Castro", "Yaoundé"}  # "President Biya" misspelt
    for mention in found:
        assert text[mention.start : mention.end] == mention.text
    assert find_mentions("Yaoundéan and Yaoundes are not the city.", when=year(2010)) == []  # whole words only


@pytest.mark.parametrize(
    ("text", "when", "members"),
    [
        ("Iran and Iraq shelled the border towns, and each side blamed the other.", 1980, {"IRN", "IRQ"}),
        ("Britain and Iceland both sent ships to the fishing grounds, and each side protested to the other.", 1973, {"GBR", "ISL"}),
        ("Peru and Ecuador fought again; each side claimed the outposts.", 1995, {"PER", "ECU"}),
        ("China and India talked; each government kept its troops on the line.", 1988, {"CHN", "IND"}),
    ],
)
def test_each_side_is_the_pair_in_focus(text, when, members):
    references = [m for m in find_mentions(text, when=year(when)) if m.via == "reference"]
    assert len(references) == 1 and set(references[0].members) == members


def test_neither_side_and_either_side_name_no_pair():
    """"neither side admitted it" tells no act, "on either side of the border" is a place: no reference."""
    for text in ("Iran and Iraq fought on; neither side admitted its losses.", "India and Pakistan massed troops on either side of the border."):
        assert [m for m in find_mentions(text, when=year(1985)) if m.via == "reference"] == []


@pytest.mark.parametrize(
    ("text", "when", "members"),
    [
        ("The two Chinese governments fought for the seat at the United Nations.", 1961, ("CHN", "TWN")),
        ("Both Chinese governments claimed the reefs.", 1988, ("CHN", "TWN")),
        ("The two Korean governments met at Panmunjom.", 1972, ("KOR", "PRK")),
        ("Both German governments signed the treaty.", 1972, ("DEU", "DDR")),
        ("The two Vietnamese governments sent delegations.", 1969, ("VDR", "RVN")),
    ],
)
def test_the_governments_of_a_divided_nation_are_both_its_states(text, when, members):
    group = [m for m in find_mentions(text, when=year(when)) if m.via == "group"][0]
    assert sorted(group.members) == sorted(members)


def test_a_title_two_kings_share_names_the_one_whose_state_the_sentence_names():
    def king(text, when):
        return [m for m in find_mentions(text, when=day(when)) if m.text == "King Abdullah"][0].state

    assert king("King Abdullah received Asif Zardari in Riyadh.", "2009-03-10") == "SAU"
    assert king("King Abdullah received Asif Zardari in Amman.", "2009-03-10") == "JOR"
    assert king("Saudi Arabia's King Abdullah pledged money.", "2010-08-20") == "SAU"
    assert king("Jordan's King Abdullah pledged money.", "2010-08-20") == "JOR"
    # outside the Saudi king's reign the title is Jordan's alone, whatever the sentence names
    assert king("King Abdullah flew to Riyadh.", "2001-06-01") == "JOR"
    assert king("King Abdullah flew to Riyadh.", "2016-06-01") == "JOR"
    # before it, the Saudi Abdullah is the crown prince
    prince = only("Crown Prince Abdullah", day("2002-03-01"))
    assert (prince.state, prince.role) == ("SAU", "crown prince")
    # "King Hussein": the Sharif of Mecca as King of the Hejaz, then Jordan's king; by date alone, they never overlap
    assert only("King Hussein", day("1920-06-01")).state == "HEJAZ"
    assert only("King Hussein", day("1967-06-01")).state == "JOR"


@pytest.mark.parametrize(
    ("name", "when", "code"),
    [
        ("Abkhazia", 1960, "SUN"), ("Abkhazia", 1993, "GEO"), ("South Ossetia", 2008, "GEO"), ("Tskhinvali", 2008, "GEO"),
        ("Transnistria", 1992, "MDA"), ("Nagorno-Karabakh", 1994, "AZE"), ("Nagorno-Karabakh", 1980, "SUN"),
        ("Chechnya", 1995, "RUS"), ("Grozny", 2000, "RUS"),
    ],
)
def test_breakaway_regions_are_places_of_the_state_they_broke_from(name, when, code):
    mention = only(name, year(when))
    assert (mention.entity, mention.via) == (code, "place")


def test_a_town_taken_is_still_the_losers_on_the_day_it_falls():
    assert only("Smyrna", day("1921-06-01")).entity == "GRC"
    assert only("Smyrna", day("1922-09-09")).entity == "GRC"
    assert only("Smyrna", day("1922-10-01")).entity == "TUR"
    assert only("Izmir", day("1950-01-01")).entity == "TUR"
    assert only("Smyrna", day("1910-01-01")).entity == "OTTOMAN"
    assert only("Dubrovnik", day("1980-01-01")).entity == "YUG"
    assert only("Vukovar", day("1991-11-18")).entity == "HRV"


@pytest.mark.parametrize(
    ("text", "when", "name", "role"),
    [
        ("Speaker Pelosi flew to Damascus.", "2007-04-04", "Speaker Pelosi", "speaker of the House"),
        ("Nancy Pelosi led the House Democrats in opposition.", "2005-03-01", "Nancy Pelosi", "House minority leader"),
        ("Newt Gingrich spoke of Taiwan.", "1995-07-01", "Newt Gingrich", "speaker of the House"),
        ("Mike Mansfield went to Peking.", "1972-04-15", "Mike Mansfield", "Senate majority leader"),
        ("Mike Mansfield spoke for Washington in Tokyo.", "1980-05-01", "Mike Mansfield", "ambassador"),
        ("Jesse Helms blocked the nominee.", "1997-05-01", "Jesse Helms", "chairman of the Senate Foreign Relations Committee"),
        ("Joe Biden visited Kabul.", "2011-03-09", "Joe Biden", "vice president"),
    ],
)
def test_leaders_of_congress_act_for_the_united_states(text, when, name, role):
    mention = [m for m in find_mentions(text, when=day(when)) if m.text == name][0]
    assert (mention.kind, mention.state, mention.role) == ("person", "USA", role)


def test_a_congressional_surname_shared_with_others_counts_only_inside_the_tenure():
    assert only("O'Neill", day("1982-01-01")).state == "USA"
    assert [m.text for m in find_mentions("O'Neill met the unionists.", when=day("1965-01-01"))] == []
    assert only("Reid", day("2010-01-01")).state == "USA"
    assert find_mentions("Reid spoke.", when=day("1990-01-01")) == []


def test_a_person_back_in_his_own_service_acts_for_his_own_state_again():
    """Mountbatten governed India for a year after independence, then served Britain again: in 1962 he is Britain's."""
    assert only("Mountbatten", day("1948-01-10")).state == "IND"
    assert only("Mountbatten", day("1947-05-01")).state == "GBR"
    assert only("Lord Mountbatten", day("1962-11-01")).state == "GBR"
    assert (only("Lord Curzon", day("1903-06-01")).role, only("Lord Curzon", day("1922-06-01")).role) == (
        "viceroy of India", "foreign minister"
    )



@pytest.mark.parametrize(
    ("name", "holder", "during", "after"),
    [
        ("Gold Coast", "GBR", 1950, 1980), ("Nyasaland", "GBR", 1960, 1990), ("French Sudan", "FRA", 1955, 1975),
        ("Portuguese Guinea", "PRT", 1970, 1985), ("British Somaliland", "GBR", 1950, 1965), ("Spanish Sahara", "ESP", 1974, 1990),
    ],
)
def test_a_colonial_name_is_its_holders_until_independence_and_no_states_after(name, holder, during, after):
    mention = only(name, year(during))
    assert (mention.text, mention.entity, mention.via) == (name, holder, "place")  # not "Sudan", not "Guinea"
    assert find_mentions(name, when=year(after)) == []


@pytest.mark.parametrize(
    ("text", "when", "person", "state"),
    [
        ("Pakistan armed the exiles against President Mohammed Daoud in Kabul.", "1975-09-01", "Daoud", "AFG"),
        ("The rebels fought President Mohammad Najibullah for three more years.", "1989-06-01", "Najibullah", "AFG"),
        ("Nigeria's army answered to General Yakubu Gowon.", "1970-01-01", "Yakubu Gowon", "NGA"),
    ],
)
def test_a_word_after_a_title_that_opens_a_known_persons_name_is_his_forename(text, when, person, state):
    """The word between a title and a person the gazetteer knows is that person's forename ("President Mohammed
    Daoud"), not another officeholder who bears it as a surname (Nigeria's Murtala Mohammed in 1975)."""
    found = find_mentions(text, when=day(when))
    assert [m.state for m in found if m.kind == "person"] == [state]
    assert [m.text for m in found if m.kind == "person"][0].endswith(person)


# --- titles1: officials the gazetteer does not know, told by a title and the state qualifying it ---


@pytest.mark.parametrize(
    ("text", "when", "name", "state", "role"),
    [
        ("Senegalese Foreign Minister Moustapha Niasse flew to Banjul.", "1981", "Moustapha Niasse", "SEN", "foreign minister"),
        ("President Dioncounda Traoré of Mali spoke.", "2012", "Dioncounda Traoré", "MLI", "head of state"),
        ("The Polish foreign minister, Krzysztof Skubiszewski, signed.", "1990", "Krzysztof Skubiszewski", "POL", "foreign minister"),
        ("Alois Mock, the Austrian foreign minister, wrote.", "1989", "Alois Mock", "AUT", "foreign minister"),
    ],
)
def test_an_unknown_name_with_a_qualified_title_is_that_states_official(text, when, name, state, role):
    found = [m for m in find_mentions(text, when=year(int(when))) if m.text == name]
    assert [(m.kind, m.state, m.role, m.qid, m.via) for m in found] == [("person", state, role, None, "official")]


def test_an_unknown_officials_surname_later_is_the_same_official_and_a_bare_title_needs_one_state():
    found = find_mentions("Thai Foreign Minister Arsa Sarasin met Baker. Later Foreign Minister Sarasin left.", when=year(1991))
    assert [(m.text, m.state) for m in found if m.via == "official"] == [("Arsa Sarasin", "THA"), ("Sarasin", "THA")]
    # a first name used alone, as Thai names are: the same official; an honorific opening the name never is
    found = find_mentions("Thai Foreign Minister Arsa Sarasin flew to Manila. Then Arsa met Ramos.", when=year(1992))
    assert [(m.text, m.state) for m in found if m.via == "official"] == [("Arsa Sarasin", "THA"), ("Arsa", "THA")]
    found = find_mentions("Omani Foreign Minister Sheikh Fahd bin Mahmoud spoke. Sheikh Zayed replied.", when=year(1980))
    assert [m.text for m in found if m.via == "official" and m.start > 60] == []
    assert [m.text for m in find_mentions("Peru and Chile talked. President Juan Pérez spoke.", when=year(1980)) if m.via == "official"] == []
    assert [m.state for m in find_mentions("Chile talked. President Juan Pérez spoke.", when=year(1980)) if m.via == "official"] == ["CHL"]
    for trap in ("NATO Commander John Galvin visited Greece.", "The company President Juan Pérez visited Greece.",
                 "General Motors visited Greece.", "They met on President Street in Greece."):
        assert [m.text for m in find_mentions(trap, when=year(1988)) if m.via == "official"] == [], trap


# tune18: lands named by a later state's name, or of a state that held them for a time, stand for their holder of the
# day (the Ottoman Empire's Libya and Macedonia, Austria-Hungary's Bosnia, Manchukuo's Manchuria, Italy's Eritrea)
@pytest.mark.parametrize("text, when, code", [
    ("Libya", day("1911-10-04"), "OTTOMAN"), ("Tripolitania", year(1925), "ITA"), ("Libya", year(1980), "LBY"),
    ("Cyrenaica", year(1970), "LBY"), ("Macedonia", year(1903), "OTTOMAN"), ("Macedonia", year(1995), "MKD"),
    ("Bosnia", year(1900), "OTTOMAN"), ("Bosnia", year(1914), "AUTHUN"), ("Bosnia", year(1960), "YUG"),
    ("Manchuria", year(1929), "ROC"), ("Manchuria", day("1939-07-01"), "MANCHUKUO"), ("Manchuria", year(1960), "CHN"),
    ("Mukden", day("1936-05-01"), "MANCHUKUO"), ("Salonica", year(1897), "OTTOMAN"), ("Thessaloniki", year(1950), "GRC"),
    ("Adrianople", year(1877), "OTTOMAN"), ("Edirne", year(1960), "TUR"), ("the Dodecanese", year(1930), "ITA"),
    ("the Dodecanese", year(1960), "GRC"), ("Eritrea", year(1935), "ITA"), ("Eritrea", year(1948), "GBR"),
    ("Tigray", year(1936), "ETH"),
])
def test_lands_stand_for_their_holder_of_the_day(text, when, code):
    assert only(text, when).entity == code


# tune18: armies and fleets of the era act for their state; "the two empires", "the former enemies" are the pair
@pytest.mark.parametrize("text, when, state", [
    ("the Red armies", year(1920), "RSFSR"), ("the Baltic Fleet", year(1905), "RUSEMP"),
    ("the Baltic Fleet", year(1985), "SUN"), ("the Blackshirts", year(1936), "ITA"),
])
def test_armies_and_fleets_of_the_era_act_for_their_state(text, when, state):
    assert only(text, when).state == state


@pytest.mark.parametrize("text, when, members", [
    ("Austria-Hungary and Germany drew closer after 1871. In 1879 the two empires signed the Dual Alliance.", year(1879),
     {"AUTHUN", "GMY"}),
    ("Germany and Austria-Hungary stood together in 1914, and both empires fell in 1918.", year(1918), {"AUTHUN", "GMY"}),
    ("France and Germany fought in 1870; in 1884 the former enemies worked together at the Berlin Conference.",
     year(1884), {"FRA", "GMY"}),
])
def test_an_older_eras_pair_told_by_a_common_noun(text, when, members):
    reference = [m for m in find_mentions(text, when=when) if m.via == "reference"]
    assert reference and set(reference[0].members) == members, reference


# tune18: heads, ministers and commanders of 1887-1945 act for their state; a surname that is a place or a country
# is kept only in the full name or with its title ("Admiral Togo" in 1905, "Togo" in 1970 is the country)
@pytest.mark.parametrize("text, when, state", [
    ("Komura", year(1905), "JPN"), ("Schuschnigg", year(1937), "AUT"), ("Menelik", year(1896), "ETH"),
    ("Budyonny", year(1920), "RSFSR"), ("Voldemaras", year(1927), "LTU"), ("Admiral Togo", year(1905), "JPN"),
    ("Enver Pasha", year(1915), "OTTOMAN"), ("Petliura", year(1920), "UKR"), ("Badoglio", year(1943), "ITA"),
    ("Count Witte", year(1906), "RUSEMP"), ("Crispi", year(1895), "ITA"), ("Juozas Urbsys", year(1939), "LTU"),
])
def test_leaders_of_the_first_half_of_the_century(text, when, state):
    assert only(text, when).state == state


def test_a_surname_that_names_a_country_stands_alone_for_no_leader():
    assert only("Togo", year(1970)).entity == "TGO"
    assert only("Togo", year(1905)).kind != "person"


def test_the_slovak_state_of_1939_1945_is_no_part_of_czechoslovakia():
    assert only("Slovakia", year(1940)).entity == "SVK" and only("Slovak", year(1942)).entity == "SVK"
    assert only("Slovakia", year(1936)).entity == "CSK" and only("Slovakia", year(1950)).entity == "CSK"
    assert only("Slovakia", year(1995)).entity == "SVK"


@pytest.mark.parametrize("text, date, code", [
    ("Susilo Bambang Yudhoyono flew to Canberra.", "2006-04-01", "IDN"),
    ("Jokowi met the Australian prime minister.", "2015-06-01", "IDN"),
    ("Prabowo Subianto was received in Beijing.", "2024-11-09", "IDN"),
    ("Maithripala Sirisena visited New Delhi.", "2015-02-16", "LKA"),
    ("Abiy Ahmed signed a peace accord with Eritrea.", "2018-07-09", "ETH"),
    ("Hailemariam Desalegn spoke in Nairobi.", "2014-03-01", "ETH"),
])
def test_heads_added_by_tune17_act_for_their_states(text, date, code):
    assert code in {m.state for m in find_mentions(text, when=day(date)) if m.kind == "person"}


def test_the_american_republics_are_the_hemisphere_not_the_united_states():
    # found on holdout10 (h10tune)
    assert [m.entity for m in find_mentions("In 1954 the American states condemned Guatemala.", when=year(1954))] == ["GTM"]
    assert [m.entity for m in find_mentions("Colombia, Cuba and the other American republics signed the charter.",
                                            when=year(1948))] == ["COL", "CUB"]
    # acting together after 1948 they are the Organization of American States; before it, no body
    assert [m.entity for m in find_mentions("The foreign ministers of the American republics excluded Cuba.",
                                            when=year(1962))] == ["OAS", "CUB"]
    assert [m.entity for m in find_mentions("The American republics met at Buenos Aires.", when=year(1936))] == ["ARG"]
    # "American" before its own people or forces is still the United States
    assert [acting(m) for m in find_mentions("American troops landed in Lebanon.", when=year(1958))] == ["USA", "LBN"]


def test_the_amir_is_afghanistans_ruler_only_while_one_ruled_under_that_title():
    # found on holdout10 (h10tune): "the Amir asks for an armistice" in a timeline of 1919
    found = find_mentions("The Amir asked for an armistice.", when=day("1919-05-20"))
    assert [(m.entity, m.state) for m in found] == [("amanullah_khan", "AFG")]
    assert [m.entity for m in find_mentions("The Amir kept out of the war.", when=day("1915-06-01"))] == ["habibullah_khan"]
    # after Amanullah took the title of king, and in another state's story, "the Amir" is no Afghan ruler
    assert find_mentions("The Amir visited the port.", when=day("1930-01-01")) == []
    assert [m.entity for m in find_mentions("The Amir of Kuwait visited Cairo.", when=year(1965))] == ["KWT", "EGY"]


# --- evopen6 ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, when, codes", [
    ("Pakistan was suspended from Commonwealth councils in 1999.", 1999, ["PAK", "COMMONWEALTH"]),
    ("Fiji left Commonwealth in 1987.", 1987, ["FJI", "COMMONWEALTH"]),
    ("In 2003 Zimbabwe quit Commonwealth after its suspension.", 2003, ["ZWE", "COMMONWEALTH"]),
    ("Commonwealth ministers met Nigeria's rulers in 1996.", 1996, ["COMMONWEALTH", "NGA"]),
])
def test_commonwealth_without_the_is_the_commonwealth_of_nations(text, when, codes):
    assert [m.entity for m in find_mentions(text, when=year(when))] == codes


@pytest.mark.parametrize("text, when", [
    ("In 1901 Britain federated its colonies as the Commonwealth of Australia.", 1901),
    ("In 1952 Puerto Rico became a Commonwealth of the United States.", 1952),
    ("In 1569 Poland and Lithuania formed the Polish-Lithuanian Commonwealth.", 1569),
    ("In 1930 Canada hosted the first Commonwealth Games.", 1930),
    ("Russia and Belarus founded the Commonwealth of Independent States in 1991.", 1991),
    ("In 1951 Commonwealth troops held the line in Korea against China.", 1951),
])
def test_another_commonwealth_is_not_the_commonwealth_of_nations(text, when):
    entities = [m.entity for m in find_mentions(text, when=year(when))]
    assert entities and "COMMONWEALTH" not in entities


# h11tune: Myanmar's leaders of the junta's last years and of the civilian government after it, Malaysia's Najib Razak
# and Mahathir's second term (2018-2020); "Najib" alone is Najibullah in his years and Najib Razak in his
@pytest.mark.parametrize("text, date, code", [
    ("Thein Sein flew to Beijing.", "2008-05-20", "MMR"),
    ("President Thein Sein received the Japanese premier.", "2013-05-26", "MMR"),
    ("Htin Kyaw was received in Bangkok.", "2016-06-23", "MMR"),
    ("Win Myint met the Chinese president.", "2020-01-17", "MMR"),
    ("General Maung Aye was received in Moscow.", "2006-04-02", "MMR"),
    ("Najib Razak flew to Washington.", "2017-09-12", "MYS"),
    ("Najib signed the agreement.", "2012-03-01", "MYS"),
    ("Najib signed the agreement.", "1989-03-01", "AFG"),
    ("Mahathir spoke in Jakarta.", "2019-06-01", "MYS"),
])
def test_heads_added_by_h11tune_act_for_their_states(text, date, code):
    assert code in {m.state for m in find_mentions(text, when=day(date)) if m.kind == "person"}


def test_najib_alone_names_neither_leader_between_their_years():
    assert not [m for m in find_mentions("Najib signed.", when=day("2001-01-01")) if m.kind == "person"]


@pytest.mark.parametrize(("text", "when", "code"), [
    ("Britain imposed sanctions on Rhodesia.", year(1965), "RHO"),  # UDI on 11 November 1965
    ("The United States recognized Ukraine.", year(1991), "UKR"),  # independence on 24 August 1991
    ("Britain imposed sanctions on Rhodesia.", day("1965-12-17"), "RHO"),
])
def test_a_state_named_in_its_birth_year_is_the_new_state_not_the_old_holder(text, when, code):
    assert code in {m.entity for m in find_mentions(text, when=when)}


@pytest.mark.parametrize(("text", "when", "code"), [
    ("Wilson flew to Rhodesia for talks.", day("1965-10-25"), "GBR"),  # a day before UDI: still the colony
    ("Ukraine held a referendum on the union.", day("1991-03-17"), "SUN"),
])
def test_a_day_before_the_birth_still_names_the_old_holder(text, when, code):
    assert code in {m.state or m.entity for m in find_mentions(text, when=when)}


@pytest.mark.parametrize("text, when, epithet, code", [
    # an epithet stands for the state in focus that it fits, whatever the wording around it
    ("King Birendra of Nepal opened the talks. The Himalayan kingdom then signed the accord.", 1980,
     "The Himalayan kingdom", "NPL"),
    ("Bhutan's envoy came to Delhi, and the Himalayan kingdom joined the Colombo Plan.", 1962, "the Himalayan kingdom", "BTN"),
    ("Iraq invaded Kuwait, and Baghdad declared the emirate its nineteenth province.", 1990, "the emirate", "KWT"),
    ("Bahrain recalled its envoy; the Gulf state accused Tehran of plotting.", 2011, "the Gulf state", "BHR"),
    ("Colombo asked for help, and the island republic got Indian helicopters.", 1987, "the island republic", "LKA"),
    ("Singapore left the federation; the island state joined the UN in September.", 1965, "the island state", "SGP"),
    ("Vietnam was divided at Geneva. The communist north sent men down the trail.", 1960, "communist north", "VDR"),
    ("In 1968 Korea's Communist North seized the Pueblo.", 1968, "Communist North", "PRK"),
    ("Pyongyang tested a missile, and the hermit kingdom warned Tokyo.", 1998, "the hermit kingdom", "PRK"),
])
def test_epithets_name_the_state_in_focus_they_fit(text, when, epithet, code):
    found = {m.text: m.entity for m in find_mentions(text, when=year(when))}
    assert found.get(epithet) == code, found


@pytest.mark.parametrize("text, when", [
    ("The Himalayan kingdom signed the accord.", 1980),  # no kingdom in focus: nobody
    ("The Gulf state protested.", 2017),
    ("The communist north attacked.", 1950),  # no divided country in focus
    ("Nepal signed. The Himalayan kingdom agreed.", 2015),  # Nepal has been a republic since 2008
    ("Egypt protested, and the emirate kept silent.", 1980),  # no emirate in focus
])
def test_epithets_with_no_state_in_focus_that_fits_name_nobody(text, when):
    epithets = [m for m in find_mentions(text, when=year(when)) if m.text.lower().startswith(
        ("the himalayan", "the gulf", "communist", "the emirate"))]
    assert epithets == []


def test_the_hashemite_kingdom_is_jordan_once_iraqs_monarchy_fell_and_the_worlds_largest_democracy_india():
    assert only("The Hashemite kingdom", year(1994)).entity == "JOR"
    assert find_mentions("The Hashemite kingdom signed.", when=year(1950)) == []  # Iraq or Jordan: neither in focus
    found = find_mentions("Iraq joined the pact. The Hashemite kingdom then asked for arms.", when=year(1955))
    assert [m.entity for m in found] == ["IRQ", "IRQ"]
    assert only("the world's largest democracy", year(2005)).entity == "IND"


def test_the_whole_named_before_its_half_is_no_mention_of_its_own():
    found = find_mentions("Korea's communist north shelled the island.", when=year(2010))
    assert [(m.text, m.entity) for m in found] == [("communist north", "PRK")]
    found = find_mentions("Vietnam's Communist North rejected the plan.", when=year(1966))
    assert [(m.text, m.entity) for m in found] == [("Communist North", "VDR")]
    # a possessive before another state's name stays its own mention
    assert [m.entity for m in find_mentions("Korea's ally China protested.", when=year(1951))] == ["KOR", "CHN"]
