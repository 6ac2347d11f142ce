"""General forms found on the wire13 labelled rows (tests/data/event_sentences.jsonl, split wire13: news-wire and
press-release language), shown on sentences of our own about other pairs and years: a meeting's purpose after a date
set ("are to meet at the border next week to discuss", "is due in Lima next week for talks") is planned, not held;
an act inside "refused to confirm that" is not told done, nor one a closing clause reports and then denies ("..., the
newspaper reported, but the ministry denied it", "..., a claim both governments denied"); "is unlikely to" is no act;
a hope a speaker tells ("said he hoped that X would") is no promise; a headline's "X, Y ink pact" signs one ("ink" is
a thing only when no deal follows: "India ink"); a demand told as what the other "must" do ("told X that it must pull
back"); and the vocabulary of a state "slammed", trade frozen, aid suspended by a sum with a word before "aid",
crowds marching or rallying past or outside an embassy, and an embassy pelted with stones."""

from __future__ import annotations

import pytest

from detente import extract_text


def _coded(text: str, dct: str | None = None) -> set[tuple]:
    return {(e.source, e.target, e.cameo) for e in extract_text(text, dct=dct)}


# a date set for a meeting makes its purpose ("to discuss", "for talks") a plan too: nothing held yet
@pytest.mark.parametrize("text", [
    "Greek and Turkish officials are to meet on Cyprus next month to discuss the fishing dispute.",
    "Brazil's finance minister is due in Buenos Aires next week for talks on the trade dispute with Argentina.",
    "Kenyan and Ugandan officers were to meet at the border on Friday to discuss grazing rights.",
])
def test_a_meetings_purpose_after_a_date_set_is_planned(text):
    assert _coded(text, dct="1994-05-10") == set()


@pytest.mark.parametrize("text, expected", [
    ("Brazil's foreign minister flew to Lima to discuss the border dispute with Peru.", ("BRA", "PER", "042")),
    ("The Ghanaian president arrived in Lome for talks with Togo's leader.", ("GHA", "TGO", "042")),
])
def test_a_journey_done_for_talks_keeps_its_visit(text, expected):
    assert expected in _coded(text)


@pytest.mark.parametrize("text", [
    "A spokesman for the ministry refused to confirm that Ugandan troops had shelled Kenyan villages.",
    "Officials in Nairobi would not confirm that Ugandan troops had shelled Kenyan villages.",
    "Syria shelled Turkish villages near the border, a charge Damascus denied.",
    "Chile has cut off gas exports to Argentina, a Buenos Aires newspaper reported, but the Chilean ministry denied it.",
    "Analysts say Iran is unlikely to retaliate against Iraq over the raid.",
    "Ghana's president said he hoped that Togo would help end the smuggling.",
])
def test_an_act_unconfirmed_denied_unlikely_or_hoped_for_is_not_coded(text):
    assert _coded(text, dct="1994-05-10") == set()


@pytest.mark.parametrize("text, expected", [
    ("Ugandan troops shelled Kenyan villages, the army said.", ("UGA", "KEN", "194")),
    ("Ghana's president said that Ghana would help Togo end the smuggling.", ("GHA", "TGO", "033")),
    ("Kenyan and Ugandan officers met at the border on Friday to discuss grazing rights.", ("KEN", "UGA", "043")),
])
def test_a_plain_report_or_promise_keeps_its_act(text, expected):
    assert expected in _coded(text, dct="1994-05-10")


@pytest.mark.parametrize("text, expected", [
    ("Vietnam, Laos ink border pact", ("VNM", "LAO", "057")),
    ("Peru, Chile ink 12 trade deals during state visit", ("PER", "CHL", "057")),
    ("Brazil, India ink space accord", ("BRA", "IND", "057")),
])
def test_a_headlines_ink_signs_a_deal(text, expected):
    assert expected in _coded(text)


def test_ink_with_no_deal_after_it_is_a_thing():
    assert _coded("The treaty was copied in India ink on parchment in Kabul.") == set()


@pytest.mark.parametrize("text, expected", [
    ("Egypt told Sudan on Monday that it must withdraw its troops from Halaib.", ("EGY", "SDN", "1056")),
    ("Moscow told Kiev that it must pay its gas debts.", ("RUS", "UKR", "100")),
])
def test_a_demand_told_as_what_the_other_must_do(text, expected):
    assert expected in _coded(text)


@pytest.mark.parametrize("text, expected", [
    ("Brazil slams Washington over spying", ("BRA", "USA", "111")),
    ("Turkey hit out at Greece over the island dispute.", ("TUR", "GRC", "111")),
    ("Kuwait froze new trade with Iraq today.", ("KWT", "IRQ", "163")),
    ("Washington suspended about $300 million in security aid to Egypt.", ("USA", "EGY", "1622")),
    ("Hundreds of Greeks rallied outside the Turkish consulate on Sunday.", ("GRC", "TUR", "141")),
    ("Iranian students pelted the British embassy with stones.", ("IRN", "GBR", "145")),
])
def test_wire_vocabulary(text, expected):
    assert expected in _coded(text)


# an abbreviation's initials ("U.S.", "U.K.") inside a trigger's gap are one word, not punctuation that ends the gap
@pytest.mark.parametrize("text, expected", [
    ("Libyan students stormed the U.S. embassy in Tripoli.", ("LBY", "USA", "145")),
    ("Thousands of Argentines marched past the U.K. embassy today.", ("ARG", "GBR", "141")),
])
def test_initials_inside_a_gap(text, expected):
    assert expected in _coded(text)


# diplomats "ordered to leave" are expelled (161), as "ordered out"; other people ordered to leave are deported (174)
def test_diplomats_ordered_to_leave_are_expelled():
    assert ("MEX", "CUB", "161") in _coded("Mexico ordered three Cuban diplomats to leave the country within 72 hours.")
    assert ("MEX", "CUB", "161") not in _coded("Mexico ordered three Cuban smugglers to leave the country.")


# a future act set on a condition after it ("once ...", "as long as ...") is not yet promised; "once again" is no condition
@pytest.mark.parametrize("text, expected", [
    ("Ecuador will reopen its embassy in Lima once Peru apologises, the minister said.", set()),
    ("Ecuador said it would reopen its embassy in Lima once Peru apologised.", set()),
])
def test_a_future_act_set_on_a_condition_after_it(text, expected):
    assert _coded(text) == expected


def test_once_again_is_no_condition():
    assert _coded("Ecuador said it would restore relations with Peru once again.") != set()


# "<demonym>-born" tells where a person was born: no actor ("the Peruvian-born rebel leader")
def test_a_persons_birthplace_is_no_actor():
    assert _coded("Bolivian troops have captured the Peruvian-born rebel leader, the army announced.") == set()
    assert ("BOL", "PER", "161") in _coded("Bolivia expelled two Peruvian diplomats.")
