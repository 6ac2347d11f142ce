"""The day an HTML page was written, read from its markup or from its own stamp ("Updated 14 May 2021"), never
from a date of its text: a reading list's "2010-11", a reference's day, a history's own dates. Every page here is
written for the test, in the shapes sites give them."""

from __future__ import annotations

import pytest

import detente
from detente.ingest.html import extract_html

_HISTORY = ("<p>Hungary and Romania signed a basic treaty in Timisoara on 16 September 1996. The two prime ministers, "
            "Gyula Horn and Nicolae Vacaroiu, promised to respect the border between their states.</p>")


def _page(head: str, body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>Hungary and Romania</title>{head}</head><body><article>" \
           f"<h1>Hungary and Romania</h1>{body}</article></body></html>"


@pytest.mark.parametrize("tail", [
    # a wiki mirror's reading list, with a year and month in ISO form
    "<h2>Further reading</h2><ul><li>Smith, John. <i>Neighbours on the Danube</i>. Budapest: Central Press, 2010-11."
    "</li><li>Popescu, Ana. \"The treaty reconsidered\". <i>East European Review</i> 2008-04.</li></ul>",
    # a course page's reading list
    "<h2>Reading list</h2><ul><li>Radchenko, S. Two Suns in the Heavens, 2009-05.</li><li>Lüthi, L. The Split (2008)"
    "</li></ul>",
    # a reference entry with a day
    "<h2>References</h2><ol><li>^ \"Ministers meet in Bucharest\". <i>Wire report</i>. 27 January 2004.</li></ol>",
])
def test_a_date_in_a_reading_list_or_a_reference_is_not_the_page_date(tail):
    _, meta = extract_html(_page("", _HISTORY + tail), "page.html")
    assert meta["published"] is None


@pytest.mark.parametrize(("stamp", "published"), [
    ('<p class="byline">By A. Writer · Updated 14 May 2021 · 9 min read</p>', "2021-05-14"),
    ('<p class="post-meta">Posted on June 12, 2015 in History</p>', "2015-06-12"),
    ('<div class="note">Updated December 2010</div>', "2010-12"),
    ("<p>This page was last edited on 9 June 2016, at 10:12.</p>", "2016-06-09"),
    ('<div id="mirror-note">Copied on 2011-05-09 from the original site.</div>', "2011-05-09"),
])
def test_the_page_stamp_is_the_page_date_when_the_markup_names_none(stamp, published):
    tail = "<h2>Further reading</h2><ul><li>Smith, John. <i>The Danube</i>. Central Press, 2010-11.</li></ul>"
    _, meta = extract_html(_page("", stamp + _HISTORY + tail), "page.html")
    assert meta["published"] == published


def test_a_history_sentence_with_a_stamp_word_is_no_stamp():
    body = _HISTORY + "<p>Romania's constitution was revised in October 2003.</p>"
    _, meta = extract_html(_page("", body), "page.html")
    assert meta["published"] is None


def test_an_iso_day_in_the_text_is_no_page_date_but_one_in_the_markup_is():
    body = _HISTORY + "<p>Essays on the treaty are due on 2021-10-14 at noon.</p>"
    assert extract_html(_page("", body), "course.html")[1]["published"] is None
    head = '<script type="application/ld+json">{"@type": "Article", "datePublished": "2019-03-02"}</script>'
    assert extract_html(_page(head, body.replace("2021-10-14", "14 October")), "page.html")[1]["published"] == "2019-03-02"
    head = '<meta name="date" content="2019-03-02">'
    assert extract_html(_page(head, _HISTORY), "page.html")[1]["published"] == "2019-03-02"


def test_the_markup_date_comes_before_a_stamp_in_the_text():
    head = '<meta property="article:published_time" content="1998-03-05T10:00:00Z">'
    _, meta = extract_html(_page(head, "<p>Updated 14 May 2021</p>" + _HISTORY), "page.html")
    assert meta["published"] == "1998-03-05"


def test_a_history_with_a_reading_list_is_dated_by_its_text(tmp_path):
    body = ("<p>In this unit we read how the two neighbours made peace.</p>" + _HISTORY
            + "<h2>Reading list</h2><ul><li>Smith, J. Neighbours, 2010-11.</li></ul>")
    path = tmp_path / "unit.html"
    path.write_text(_page("", body), encoding="utf-8")
    dates = {(e.source, e.target, e.date) for e in detente.extract([str(path)])}
    assert ("HUN", "ROU", "1996-09-16") in dates
    assert not any(date and date.startswith("2010") for _, _, date in dates)
