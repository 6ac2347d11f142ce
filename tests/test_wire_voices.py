"""News wire reports in many agencies' voices (found on tune15, shown here on our own reports about other pairs):
relations re-established, organizations rejoined, readmitted or suspended from, aid frozen, envoys called home,
anniversaries ("forty years ago today"), a newspaper correspondent's dateline and agencies beyond the big four."""

from __future__ import annotations

import pytest

from detente import extract_text
from detente.model import Document
from detente.pipeline import reading_mode
from detente.time import tag


def _acts(text: str, dct: str | None = None) -> list[tuple]:
    return sorted((e.source, e.target, e.cameo, e.date) for e in extract_text(text, dct=dct, origin="t.txt"))


@pytest.mark.parametrize("text, dct, act", [
    ("DAMASCUS, Dec. 28 (Reuters) - Egypt and Syria re-established diplomatic relations yesterday after a break of "
     "twelve years.", "1989-12-28", ("EGY", "SYR", "054", "1989-12-27")),
    ("The Soviet Union reestablished full diplomatic relations with Israel in October 1991.", None,
     ("SUN", "ISR", "054", "1991-10")),
])
def test_relations_re_established_are_restored(text, dct, act):
    assert act in _acts(text, dct)


@pytest.mark.parametrize("text, act", [
    ("South Africa rejoined the Commonwealth on 1 June 1994.", ("ZAF", "COMMONWEALTH", "057", "1994-06-01")),
    ("The Arab League readmitted Egypt in May 1989.", ("ARAB_LEAGUE", "EGY", "057", "1989-05")),
    ("The Commonwealth suspended Nigeria from its councils in November 1995.", ("COMMONWEALTH", "NGA", "160", "1995-11")),
    # the organization's ministers or leaders act for it
    ("Commonwealth leaders suspended Zimbabwe from the councils of the organization in March 2002.",
     ("COMMONWEALTH", "ZWE", "160", "2002-03")),
])
def test_an_organization_rejoined_readmitted_or_suspending_a_member(text, act):
    assert act in _acts(text)


@pytest.mark.parametrize("text, act", [
    ("Japan froze most of its grant aid to China in August 1995 in protest at Chinese nuclear tests.",
     ("JPN", "CHN", "162", "1995-08")),
    # aid and loans frozen together are one sanction, not loans extended
    ("Japan froze grant aid and new yen loans to India in May 1998.", ("JPN", "IND", "162", "1998-05")),
    ("Australia called its High Commissioner in New Delhi back for consultations in May 1998.",
     ("AUS", "IND", "161", "1998-05")),
])
def test_aid_frozen_and_an_envoy_called_home_are_sanctions(text, act):
    acts = _acts(text)
    assert act in acts
    assert not any(cameo.startswith("07") for _, _, cameo, _ in acts)  # no aid given


@pytest.mark.parametrize("text, dct, value", [
    ("Forty years ago today the war ended.", "1985-05-08", "1945-05-08"),
    ("Twenty years ago yesterday the treaty was signed.", "1991-08-10", "1971-08-09"),
    ("Fifty years ago this week the envoys met.", "1989-08-23", "1939-W34"),
    ("Ten years ago this month the ceasefire in Algeria began.", "1972-03-15", "1962-03"),
])
def test_years_ago_today_is_the_anniversary_day(text, dct, value):
    timexes = tag(text, dct=dct, mode="news")
    assert [t.value for t in timexes] == [value]


def test_years_ago_alone_or_approximate_stays_a_year():
    assert [t.value for t in tag("About forty years ago the war ended.", dct="1985-05-08", mode="news")] == ["1945"]
    assert [t.value for t in tag("Forty years ago the war ended.", dct="1985-05-08", mode="news")] == ["1945"]


def test_an_anniversary_report_dates_the_act_it_recalls():
    text = ("TOKYO, Sept. 8 (AP) - Forty years ago today Japan and the United States signed a security treaty in "
            "San Francisco.")
    assert [date for _, _, cameo, date in _acts(text, "1991-09-08") if cameo == "057"] == ["1951-09-08"]


@pytest.mark.parametrize("text, published, date", [
    # the correspondent's day is "today"; the paper is printed the next morning
    ("From Our Own Correspondent, Nicosia, July 20. Turkish troops landed on the north coast of Cyprus this morning.",
     "1974-07-21", "1974-07-20"),
    ("From our Correspondent, Delhi, Dec. 4. Pakistani aircraft struck Indian airfields last night.",
     "1971-12-05", "1971-12-03"),
])
def test_a_correspondents_dateline_is_the_reports_day(text, published, date):
    events = extract_text(text, dct=published, origin="t.txt")
    assert events and {e.date for e in events} == {date}


@pytest.mark.parametrize("text, mode", [
    ("Beijing, May 5 (Xinhua) -- The two foreign ministers met here today.", "news"),
    ("New Delhi, Oct 27 (PTI) The government welcomed the decision today.", "news"),
    ("TOKYO, May 29 (Kyodo) -- The cabinet decided today to freeze aid.", "news"),
    ("From Our Diplomatic Correspondent, London, Feb. 4. Britain recognized the new state today.", "news"),
    # a history that names an agency in passing is no wire report
    ("The agency (Reuters later said) was misinformed. In 1971 the war began.", "narrative"),
])
def test_agencies_and_correspondents_mark_a_news_report(text, mode):
    doc = Document(id="x", origin="t.txt", text=text, published="1990-01-01")
    assert reading_mode(doc, "auto") == mode


@pytest.mark.parametrize("text, dct, act", [
    # an organ of the state whose capital the dateline names, the dateline's own place not counted as the doer
    ("LONDON, July 28 (Reuters) - The Treasury froze Egyptian balances in British banks today.", "1956-07-28",
     ("GBR", "EGY", "16")),
    ("NEW DELHI, Dec. 14 (PTI) The External Affairs Ministry accused Pakistan today of harbouring the attackers.",
     "2001-12-14", ("IND", "PAK", "11")),
    ("ANKARA, Nov. 21 (Reuters) - The Foreign Ministry condemned Italy today for refusing to hand over the rebel leader.",
     "1998-11-21", ("TUR", "ITA", "11")),
])
def test_an_organ_named_without_its_state_acts_for_the_datelines_state(text, dct, act):
    assert act in [(s, t, c[:2]) for s, t, c, _ in _acts(text, dct)]  # who did what kind of act to whom


def test_an_organ_named_with_another_state_is_that_states():
    text = ("WASHINGTON, May 7 (AP) - The Soviet Foreign Ministry accused the United States today of spying over Soviet "
            "territory.")
    assert [(s, t) for s, t, _, _ in _acts(text, "1960-05-07")] == [("SUN", "USA")]


def test_regretting_an_act_is_disapproval_of_its_doer():
    text = "CANBERRA, Sept. 6 (AAP) - Australia deeply regrets France's nuclear test at Mururoa, the Foreign Minister said today."
    assert ("AUS", "FRA", "111") in [(s, t, c) for s, t, c, _ in _acts(text, "1995-09-06")]
    # regret that names no act of a state is no event
    assert _acts("PARIS, Sept. 6 (AFP) - The French government regrets that the talks will be delayed.", "1995-09-06") == []


@pytest.mark.parametrize("text, dct", [
    ("WASHINGTON, Feb. 16 (AP) - President Nixon will fly to Peking next week and meet Premier Chou En-lai.", "1972-02-16"),
    ("MOSCOW, May 20 (Reuters) - President Nixon will arrive in Moscow on Monday and sign agreements with Leonid "
     "Brezhnev.", "1972-05-20"),
])
def test_a_future_spans_the_verbs_coordinated_after_it(text, dct):
    assert _acts(text, dct) == []


def test_a_done_act_and_the_next_one_are_both_acts():
    text = "PEKING, Feb. 21 (AP) - President Nixon arrived in Peking today and met Chairman Mao Tse-tung."
    assert {c for _, _, c, _ in _acts(text, "1972-02-21")} >= {"042", "043"}
