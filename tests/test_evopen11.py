"""evopen11: support of a measure aimed at a state is no support of that state; accusations, insults, threats and
fire traded are a mutual clash, not trade; hostilities opened start a war; a body whose name opens with "Non-" is
still a party; a state worried about another's act disapproves of it. Sentences of our own."""

from __future__ import annotations

import pytest

from detente import extract_text


def _acts(text: str) -> list[tuple]:
    return [(e.source, e.target, e.cameo) for e in extract_text(text, origin="t.txt")]


@pytest.mark.parametrize("text, target", [
    ("In 1990 Japan backed the embargo against Iraq.", "IRQ"),
    ("In 1986 Canada supported the sanctions on South Africa.", "ZAF"),
    ("In 1990 Egypt backed the sanctions imposed on Iraq.", "IRQ"),
    ("In 2011 Qatar backed the air strikes against Libya.", "LBY"),
    ("In 1980 Kenya endorsed the boycott of the Moscow Olympics.", "SUN"),
])
def test_support_of_a_measure_aimed_at_a_state_is_no_support_of_it(text, target):
    acts = _acts(text)
    assert not any(act[1] == target and act[2][:2] == "05" for act in acts), acts


@pytest.mark.parametrize("text, source, target", [
    ("In 1968 Castro endorsed the Soviet invasion of Czechoslovakia.", "CUB", "SUN"),
    ("In 1962 Britain supported the American blockade of Cuba.", "GBR", "USA"),
    ("In 1965 Britain supported Malaysia against Indonesia.", "GBR", "MYS"),
    ("In 1971 the Soviet Union supported India in the war against Pakistan.", "SUN", "IND"),
])
def test_support_of_a_named_doer_or_of_a_state_is_kept(text, source, target):
    assert (source, target, "051") in _acts(text)


@pytest.mark.parametrize("text, a, b, cameo", [
    ("In 1969 China and the Soviet Union traded accusations over the Ussuri border.", "CHN", "SUN", "112"),
    ("In 1960 the United States and the Soviet Union exchanged insults over the U-2 affair.", "USA", "SUN", "111"),
    ("In 1958 Egypt and Jordan traded charges of subversion.", "EGY", "JOR", "112"),
    ("In 1969 Iran and Iraq traded threats over the Shatt al-Arab.", "IRN", "IRQ", "130"),
    ("In 1962 China and India traded fire in the Himalayas.", "CHN", "IND", "190"),
    ("In April 1965 India and Pakistan traded shots in the Rann of Kutch.", "IND", "PAK", "190"),
    ("In 1985 Bulgaria and Turkey exchanged recriminations over the Turkish minority.", "BGR", "TUR", "112"),
])
def test_words_threats_or_fire_traded_are_a_clash_each_way_never_trade(text, a, b, cameo):
    acts = _acts(text)
    assert (a, b, cameo) in acts and (b, a, cameo) in acts, acts
    assert not any(act[2][:2] == "06" for act in acts), acts


def test_goods_traded_are_still_trade():
    assert ("SUN", "CHN", "061") in _acts("Throughout the 1950s the Soviet Union traded machinery for Chinese grain.")


@pytest.mark.parametrize("text, source, target", [
    ("In 1941 Japan opened hostilities against the United States.", "JPN", "USA"),
    ("In 1939 Germany commenced hostilities against Poland.", "GMY", "POL"),
    ("In 1904 Japan began hostilities with Russia at Port Arthur.", "JPN", "RUSEMP"),
    ("In May 1919 Afghanistan started hostilities against British India.", "AFG", "GBR"),
])
def test_hostilities_opened_against_a_state_are_an_attack(text, source, target):
    assert (source, target, "190") in _acts(text)


@pytest.mark.parametrize("text, source", [
    ("In 1973 Argentina joined the Non-Aligned Movement.", "ARG"),
    ("Pakistan joined the Non-Aligned Movement in 1979.", "PAK"),
    ("In 1979 Pakistan left CENTO and joined the Non-Aligned Movement.", "PAK"),
    ("In 1983 Colombia joined the non-aligned movement.", "COL"),
])
def test_a_body_whose_name_opens_with_non_is_a_party(text, source):
    assert (source, "NON_ALIGNED", "057") in _acts(text)


@pytest.mark.parametrize("text", [
    "In 1919 anti-Bolshevik forces attacked Soviet Russia.",
    "In 1960 the non-Soviet states of Europe protested.",
])
def test_a_prefix_before_a_name_still_names_no_party(text):
    assert _acts(text) == []


@pytest.mark.parametrize("text, source, target", [
    ("In 1948 Finland worried about a Soviet intervention.", "FIN", "SUN"),
    ("In 1978 Cambodia worried about a Vietnamese attack.", "KHM", "VNM"),
    ("In 1955 France worried about German rearmament.", "FRA", "DEU"),
    ("In December 1950 Britain fretted over American policy in Korea.", "GBR", "USA"),
    ("In 1962 India was worried about Chinese troops in Tibet.", "IND", "CHN"),
])
def test_the_worrier_disapproves_the_feared_doer_does_nothing(text, source, target):
    assert _acts(text) == [(source, target, "110")]


@pytest.mark.parametrize("text, act", [
    ("In 1971 the Lok Sabha adopted a resolution condemning Pakistan.", ("IND", "PAK", "110")),
    ("In 1962 the General Assembly passed a resolution condemning South Africa.", ("UN", "ZAF", "110")),
    ("In 1965 the UN passed a resolution calling on India and Pakistan to cease fire.", ("UN", "PAK", "0256")),
    ("In September 1967 the Arab League adopted a resolution rejecting peace with Israel.", ("ARAB_LEAGUE", "ISR", "120")),
    ("In April 1982 the Security Council adopted a resolution demanding an Argentine withdrawal from the Falklands.",
     ("UNSC", "ARG", "100")),
])
def test_a_resolution_passed_says_what_its_body_says(text, act):
    assert act in _acts(text)


def test_what_an_agreement_provides_is_still_no_act_of_its_own():
    acts = _acts("In 1963 the United States and the Soviet Union signed a treaty banning nuclear tests in the atmosphere.")
    assert [act[2] for act in acts] == ["057"], acts


@pytest.mark.parametrize("text, body, target, cameo", [
    ("At the OAS meeting in Punta del Este in January 1962, Cuba was expelled.", "OAS", "CUB", "166"),
    ("In May 1989, at the Arab League summit in Casablanca, Egypt was readmitted.", "ARAB_LEAGUE", "EGY", "057"),
    ("At the OAU summit in Addis Ababa in 1963, South Africa was condemned.", "OAU", "ZAF", "110"),
])
def test_a_passive_with_no_doer_at_a_bodys_gathering_is_the_bodys_act(text, body, target, cameo):
    assert _acts(text) == [(body, target, cameo)]


@pytest.mark.parametrize("text, body, target, cameo", [
    ("In January 1962 the OAS meeting at Punta del Este suspended Cuba.", "OAS", "CUB", "160"),
    ("The Arab League meeting in Khartoum rejected peace with Israel in 1967.", "ARAB_LEAGUE", "ISR", "120"),
    ("In 1985 the OAU meeting in Addis Ababa condemned South Africa.", "OAU", "ZAF", "110"),
])
def test_a_bodys_meeting_that_acts_is_the_body_acting_not_a_meeting(text, body, target, cameo):
    assert _acts(text) == [(body, target, cameo)]


def test_leaders_meeting_are_still_a_meeting():
    acts = _acts("In 1960 Soviet leaders meeting in Paris rejected the American plan.")
    assert ("SUN", "USA", "120") in acts, acts


@pytest.mark.parametrize("text, acts", [
    ("In March 1961 the Commonwealth conference in London admitted Cyprus.", [("COMMONWEALTH", "CYP", "057")]),
    ("In March 1999 NATO admitted Poland, Hungary and the Czech Republic.",
     [("NATO", "POL", "057"), ("NATO", "HUN", "057"), ("NATO", "CZE", "057")]),
    ("Comecon admitted Cuba in July 1972.", [("COMECON", "CUB", "057")]),
    ("In December 1955 the United Nations admitted Austria.", [("UN", "AUT", "057")]),
])
def test_a_body_admits_a_state_as_a_member(text, acts):
    assert _acts(text) == acts


@pytest.mark.parametrize("text", [
    "In 1986 Israel admitted the raid on Tunis.",
    "In 1990 the Soviet Union admitted its guilt for Katyn.",
    "In 1948 Pakistan admitted that its troops were in Kashmir.",
])
def test_a_state_that_admits_a_fact_admits_no_member(text):
    assert not any(act[2] == "057" for act in _acts(text))


@pytest.mark.parametrize("text, act", [
    ("In 1962 Khrushchev told Kennedy that the Soviet Union would retaliate if the United States invaded Cuba.",
     ("SUN", "USA", "130")),
    ("In November 1956 Bulganin warned Britain that Moscow would use rockets if the invasion of Egypt went on.",
     ("SUN", "GBR", "130")),
    ("In November 1990 Bush told Iraq that the United States would attack if it did not leave Kuwait.",
     ("USA", "IRQ", "130")),
    ("In October 1950 Zhou told India that China would intervene if American troops crossed the 38th parallel.",
     ("CHN", "USA", "130")),
])
def test_a_conditional_threat_in_reported_speech_is_one_threat_at_whom_it_warns(text, act):
    assert _acts(text) == [act]


@pytest.mark.parametrize("text", [
    "In 1950 Washington feared that China would intervene.",
    "In 1982 the Secretary-General intervened to save the talks between Britain and Argentina.",
])
def test_intervening_told_alone_is_no_act_of_force(text):
    assert not any(act[2][:2] in ("13", "19") for act in _acts(text))


@pytest.mark.parametrize("text, source, partners", [
    ("In 1961 Yugoslavia joined India and Egypt in founding the Non-Aligned Movement.", "YUG", ("IND", "EGY")),
    ("In 1949 Norway joined Britain and France in founding NATO.", "NOR", ("GBR", "FRA")),
])
def test_the_body_a_list_founds_with_the_joiner_leaves_each_partner_an_act(text, source, partners):
    assert _acts(text) == [(source, partner, "057") for partner in partners]


@pytest.mark.parametrize("text", [
    "Britain recognized Beijing in January 1950, but the two states exchanged only charges d'affaires until 1972.",
    "In 1954 Britain and China exchanged charges d'affaires.",
])
def test_charges_daffaires_are_envoys_never_accusations(text):
    assert not any(act[2][:2] == "11" for act in _acts(text))


def test_a_state_named_in_an_unless_clause_is_no_target_of_the_threat():
    acts = _acts("In 1957 Eisenhower warned Israel that the United States would cut off aid unless it left Sinai.")
    assert acts and all(act[:2] == ("USA", "ISR") for act in acts), acts


@pytest.mark.parametrize("text, act", [
    ("In August 2014 India called off the talks with Pakistan.", ("IND", "PAK", "164")),
    ("In May 2018 North Korea called off high-level talks with South Korea.", ("PRK", "KOR", "164")),
])
def test_talks_called_off_are_talks_halted_not_held(text, act):
    assert _acts(text) == [act]


@pytest.mark.parametrize("text, act", [
    ("The Cuba blockade that Kennedy ordered in October 1962 lasted four weeks.", ("USA", "CUB", "191")),
    ("The Hungary invasion that Moscow ordered in November 1956 crushed the revolt.", ("SUN", "HUN", "190")),
])
def test_a_state_named_before_an_acts_noun_suffers_what_the_relative_clause_subject_did(text, act):
    assert act in _acts(text) and act[1::-1] + act[2:] not in _acts(text)
