"""The time tagger: finding, normalizing and anchoring expressions on our own short texts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from detente.model import Section
from detente.time import event_date, tag, timex_record

ROOT = Path(__file__).resolve().parent.parent


def values(text: str, **kwargs) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, **kwargs) if t.layer == "timex"}


def test_written_date_forms_normalize_to_the_same_day():
    for text in ("On March 8 1917 crowds gathered.", "On 8 March 1917 crowds gathered.",
                 "On Mar. 8, 1917 crowds gathered.", "On 1917-03-08 crowds gathered."):
        days = [t.value for t in tag(text) if t.layer == "timex"]
        assert days == ["1917-03-08"], text


def test_year_interval_is_the_whole_year_not_the_first_of_january():
    [year] = [t for t in tag("The pact was signed in 1939.") if t.layer == "timex"]
    assert (year.begin, year.until, year.precision) == ("1939-01-01", "1939-12-31", "year")
    assert event_date(year) == "1939"


def test_decades_centuries_seasons_and_bc():
    found = values("In the late 1920s, in the 20th century, in the summer of 1941 and in 264 BC.")
    assert found["the late 1920s"] == "192"
    assert found["the 20th century"] == "19"
    assert found["the summer of 1941"] == "1941-SU"
    assert found["264 BC"] == "BC0264"
    late = next(t for t in tag("the late 1920s") if t.layer == "timex")
    assert late.mod == "END" and event_date(late).startswith("192") and "/" in event_date(late)


def test_range_ends_share_the_range_span():
    for text in ("Fighting lasted 1939 - 1941 in the east.", "World War II (1939–45)", "It ruled from 1947 to 1991.",
                 "Between June and August 1941 the front moved."):
        ends = [t for t in tag(text) if t.layer == "timex"]
        assert len(ends) == 2, text
        assert ends[0].range == ends[1].range is not None
        assert ends[0].range == (ends[0].start, ends[1].end)
    short = [t.value for t in tag("World War II (1939–45)") if t.layer == "timex"]
    assert short == ["1939", "1945"]
    between = [t.value for t in tag("Between June and August 1941 the front moved.") if t.layer == "timex"]
    assert between == ["1941-06", "1941-08"]


def test_counts_and_labels_are_not_years():
    text = "There were 180 dead, 1,500 troops, 1500 troops, Resolution 242, Flight 007 and page 1200."
    assert [t for t in tag(text) if t.layer == "timex" and t.type == "DATE"] == []


def test_impossible_day_is_not_invented():
    assert all(t.value != "1941-02-30" for t in tag("On February 30, 1941 nothing happened."))


def test_narrative_relative_dates_follow_the_story():
    text = "In June 1941 the army crossed the border. The following year it retreated. In December it held firm."
    found = values(text, mode="narrative")
    assert found["The following year"] == "1942"
    assert found["December"] == "1942-12"


def test_aside_about_a_later_date_does_not_redate_what_follows():
    text = "In 1941 the siege began (it would last until 1944). The following year the city starved."
    assert values(text, mode="narrative")["The following year"] == "1942"


def test_news_anchors_to_the_dct():
    text = "The minister said on Friday that talks would resume next month. Yesterday the envoy left."
    found = values(text, dct="1998-01-08", mode="news")
    assert found["Friday"] == "1998-01-02"
    assert found["next month"] == "1998-02"
    assert found["Yesterday"] == "1998-01-07"


def test_section_heading_date_resets_the_story_time():
    text = "November 1933\nThe envoys met. The next day they signed.\n1941\nIn March the pact broke."
    second = text.index("1941")
    sections = [
        Section(start=0, end=second, heading="November 1933", heading_span=(0, 13)),
        Section(start=second, end=len(text), heading="1941", heading_span=(second, second + 4)),
    ]
    found = {t.text: t for t in tag(text, mode="narrative", sections=sections) if t.layer == "timex"}
    assert found["November 1933"].anchor == "heading"
    assert found["March"].value == "1941-03"


def test_named_periods_form_their_own_layer():
    periods = {t.text: t for t in tag("After the Second World War came the Cold War and later détente.") if t.layer == "period"}
    assert set(periods) == {"the Second World War", "the Cold War", "détente"}
    assert event_date(periods["the Second World War"]) == "1939-09-01/1945-09-02"


def test_event_anchored_phrase_resolves_against_the_event_table():
    [shifted] = [t for t in tag("Five days after the fall of Paris the talks began.") if t.layer == "timex"]
    assert (shifted.value, shifted.anchor) == ("1940-06-19", "event")


def test_durations_sets_and_vague_references_have_no_event_date():
    found = {t.text: t for t in tag("For three days, every year, the past was recalled.") if t.layer == "timex"}
    assert found["three days"].type == "DURATION" and found["three days"].value == "P3D"
    assert found["every year"].type == "SET"
    assert found["the past"].value == "PAST_REF"
    assert all(event_date(t) is None for t in found.values())


def test_timex_record_has_the_scorer_keys():
    [t] = [t for t in tag("in 1941") if t.layer == "timex"]
    assert timex_record(t) == {"start": 3, "end": 7, "text": "1941", "type": "DATE", "value": "1941", "mod": None}


def test_auto_mode_reads_a_report_as_news_and_a_history_as_narrative():
    from detente.time import choose_mode

    assert choose_mode("Officials said on Monday that the talks in 1998 went well.", "1998-01-08") == "news"
    assert choose_mode("In 1917 the tsar fell; in 1922 the union formed; in 1941 war came.", "2020-05-01") == "narrative"
    assert choose_mode("In 1941 war came.", None) == "narrative"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400), st.sampled_from(["auto", "news", "narrative"]), st.sampled_from([None, "1998-01-08", "bad"]))
def test_never_raises_and_spans_stay_inside(text, mode, dct):
    for t in tag(text, dct=dct, mode=mode):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["1941", "99999999999", " BC", "March", " 31 ", "–", "late ", "1920s", "ago", "Ж", "年", "\n", "(", ")"]), max_size=60))
def test_never_raises_on_date_like_soup(parts):
    text = "".join(parts)
    for t in tag(text, dct="1998-01-08"):
        assert 0 <= t.start < t.end <= len(text)


def test_long_line_is_handled():
    text = ("In 1941 the army of 1500 troops moved. " * 3000) + "x" * 100000
    found = tag(text)
    assert found and found[-1].end <= len(text)


def test_period_table_is_up_to_date():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_periods.py"), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
