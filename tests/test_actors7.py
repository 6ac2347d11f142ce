"""actors7: forms that gave tuned pages' events the wrong actors, shown on sentences of our own about other pairs and
years: "the kingdom" standing for the monarchy a text turns to, the towns of Saudi Arabia and South Africa, and a
returned visit whose aside names the visitor's own title."""

from __future__ import annotations

import pytest

from detente import extract_text
from detente.actors import find_mentions


def _at(date: str):
    return lambda _position: (date, date)


def _read(text: str, date: str) -> list[tuple[str, str | None]]:
    """(text, code an event is written with) of every mention."""
    return [
        (m.text, m.state if m.kind in ("person", "group") else m.entity) for m in find_mentions(text, when=_at(date))
    ]


# --- "the kingdom": the monarchy in focus, while it is one ---------------------------------------------------------

@pytest.mark.parametrize(("text", "date", "code"), [
    ("Jordan feared a Syrian thrust. Britain flew paratroops in to protect the kingdom.", "1958-07-17", "JOR"),
    ("Nepal and China opened a road. The kingdom then asked India for a loan.", "1966-04-01", "NPL"),
    ("Morocco quarrelled with Algeria over the border; France armed the kingdom.", "1963-10-10", "MAR"),
    # the nearest named kingdom decides
    ("Iraq and Jordan formed a federation; Egypt denounced the kingdom.", "1958-02-20", "JOR"),
])
def test_the_kingdom_is_the_monarchy_in_focus(text, date, code):
    assert {found.lower(): code for found, code in _read(text, date)}["the kingdom"] == code


@pytest.mark.parametrize(("text", "date"), [
    ("India and Pakistan talked of trade. The kingdom was not mentioned.", "1975-01-01"),  # no monarchy in focus
    ("Nepal held its first elections. The kingdom of ideas is wide.", "2012-05-01"),  # a republic since 2008
    ("Iraq bought tanks from the Soviet Union, and the kingdom paid in oil.", "1975-01-01"),  # no kingdom after 1958
    ("Britain and France met. The kingdom kept its fleet at home.", "1960-01-01"),  # the United Kingdom is left out
])
def test_the_kingdom_with_no_monarchy_in_focus_is_nobody(text, date):
    assert "the kingdom" not in {found.lower() for found, _code in _read(text, date)}


def test_the_kingdom_of_opens_the_full_name():
    # "the Kingdom of Laos" is Laos once, not a weak "the Kingdom" beside it
    found = _read("Thailand and the Kingdom of Laos signed a river treaty.", "1962-06-01")
    assert found == [("Thailand", "THA"), ("Laos", "LAO")]


# --- towns of Saudi Arabia and South Africa -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "date", "code"), [
    ("The Shah landed at Jeddah.", "1968-11-01", "SAU"),
    ("American aircraft used the base at Dhahran.", "1955-01-01", "SAU"),
    ("The Sharif's troops held Jiddah.", "1920-01-01", "HEJAZ"),
    ("Police fired on a crowd at Sharpeville.", "1960-03-21", "ZAF"),
    ("Traders settled at Durban.", "1905-01-01", "GBR"),  # a British colony's port before the Union
    ("The miners of Johannesburg struck.", "1922-01-10", "ZAF"),
])
def test_towns_stand_for_the_state_holding_them(text, date, code):
    codes = [code for _text, code in _read(text, date)]
    assert code in codes


def test_the_kingdom_after_a_meeting_at_a_saudi_town():
    # the last kingdom named before "the kingdom" is Saudi Arabia's, where the meeting was held, not the guest's
    text = ("In 1957 King Hussein and the Imam of Yemen met King Saud at Jeddah. Months later the kingdom broke off "
            "relations with Syria.")
    assert dict(_read(text, "1957-06-01"))["the kingdom"] == "SAU"


# --- a visit repaid, with the visitor's own title in an aside ---------------------------------------------------------

def test_a_repaid_visit_goes_back_to_the_first_visitor():
    text = ("Gamal Abdel Nasser came to Belgrade in 1955.\n\n"
            "Tito repaid the visit in 1956, the first Yugoslav head of state in Alexandria.")
    events = [(e.source, e.target) for e in extract_text(text) if e.cameo.startswith("04")]
    assert ("YUG", "EGY") in events


# --- a party resolved at an earlier date, in an event dated after that state ended ------------------------------------

def test_an_ended_state_in_a_later_event_is_its_successor():
    # "it" takes the Democratic Republic named for 1972; the attack of 1979 is on the Socialist Republic
    text = ("Relations between Laos and the Democratic Republic of Vietnam were close in 1962; Laos stood by Vietnam "
            "when China attacked it in February 1979.")
    attacks = [(e.source, e.target) for e in extract_text(text) if e.cameo.startswith("19")]
    assert ("CHN", "VNM") in attacks and ("CHN", "VDR") not in attacks


def test_a_state_named_before_its_first_day_keeps_its_name():
    # only forward: a state acting before the day the gazetteer starts it is not turned into its predecessor
    text = "On 27 March 1971 Bangladesh forces attacked Pakistani posts near Chittagong."
    assert any(e.source == "BGD" for e in extract_text(text))


# --- "the islands": an archipelago state in focus, never disputed islands ------------------------------------------

def test_the_islands_are_the_archipelago_state_in_focus():
    found = _read("Sri Lanka shipped rice to the Seychelles, and its ships called at the islands each month.", "1985-01-01")
    assert ("the islands", "SYC") in found


@pytest.mark.parametrize("text", [
    "Argentina landed troops on the Falklands; Britain sent a fleet to retake the islands.",
    "Japan and China both claim the islands.",
])
def test_disputed_islands_name_nobody(text):
    assert "the islands" not in dict(_read(text, "1982-05-01"))


def test_a_state_named_for_a_date_before_its_first_day_is_not_turned_back():
    # the Soviet state named for March 1917 stays what the text names, not the Provisional Government before it
    events = extract_text("In March 1917 Sweden refused to recognise Soviet Russia.")
    assert events and all(e.target != "RUSPRV" for e in events)
