"""News feeds read item by item as reports of their own days (branch feed2): what the feed layout lost, each shown
on feeds of our own about pairs and years other than those of tests/data/other_pairs/feeds1/."""

from __future__ import annotations

from detente.model import Document
from detente.pipeline import extract_documents
from detente.settings import DEFAULT


def _events(path) -> set[tuple]:
    found = set()
    for item in extract_documents([str(path)], DEFAULT):
        assert isinstance(item, Document), item
        found |= {(e.source, e.target, e.cameo[:2], e.date) for e in item.events}
    return found


def _rss(items: list[tuple[str, str, str]]) -> str:
    """An RSS 2.0 feed of (title, pubDate, description in HTML) items, the HTML escaped as feeds escape it."""
    body = "".join(f"<item><title>{title}</title><pubDate>{date}</pubDate><description>"
                   f"{text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')}</description></item>\n"
                   for title, date, text in items)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Ministry of Foreign Affairs: '
            f"press releases</title>\n{body}</channel></rss>\n")


def test_an_item_after_one_that_opens_with_a_dateline_is_no_backgrounder_of_that_report(tmp_path):
    # the first item's text opens with a dateline ("LIMA, 3 May 2011 -"): it was read as the dateline of the whole
    # document, and every later item, under a title of its own, as that report's background section, so an act told
    # with no date of its own was left undated instead of taking its item's day
    feed = tmp_path / "lima.rss"
    feed.write_text(_rss([
        ("Statement on the maritime case", "Tue, 03 May 2011 10:00:00 -0500",
         "<p>LIMA, 3 May 2011 - Peru protested to Chile against the new fishing rules.</p>"),
        ("Note to Santiago", "Mon, 14 Mar 2011 12:00:00 -0500",
         "<p>Peru sent a note to Chile proposing talks on the fishing zone.</p>"),
        ("Visit of the Minister to Quito", "Fri, 04 Feb 2011 12:00:00 -0500",
         "<p>The Foreign Minister of Peru held talks with the Foreign Minister of Ecuador in Quito.</p>"),
    ]), encoding="utf-8")
    found = _events(feed)
    assert any(e[:2] == ("PER", "CHL") and e[3] == "2011-03-14" for e in found), found
    assert any({"PER", "ECU"} == {e[0], e[1]} and e[3] == "2011-02-04" for e in found), found


def test_the_two_governments_of_an_item_are_its_own_pair_not_the_earlier_items(tmp_path):
    # the reports of a feed were one story to the coder: the pair the earlier items named most often (Kenya and
    # Tanzania) was what "the two governments" of a later item about Uganda and Rwanda stood for
    feed = tmp_path / "east_africa.rss"
    feed.write_text(_rss([
        ("Road agreement", "Mon, 27 Jul 2020 07:00:00 +0300", "<p>Kenya and Tanzania signed a road agreement today.</p>"),
        ("Border talks", "Mon, 03 Aug 2020 07:00:00 +0300", "<p>Kenya and Tanzania held talks on the border today.</p>"),
        ("Protest", "Mon, 10 Aug 2020 07:00:00 +0300", "<p>Kenya protested to Tanzania today.</p>"),
        ("First flight", "Fri, 14 Aug 2020 07:00:00 +0300",
         "<p>A Ugandan delegation arrived in Kigali today on the first direct flight to Rwanda.</p>"
         "<p>The two governments signed an agreement on visas.</p>"),
    ]), encoding="utf-8")
    found = {e for e in _events(feed) if e[3] == "2020-08-14"}
    assert not any("KEN" in e[:2] for e in found), found
    assert any({"UGA", "RWA"} == set(e[:2]) and e[2] == "05" for e in found), found


def test_an_html_list_item_with_no_stop_is_a_listed_act_not_a_heading(tmp_path):
    # "<li>The two ministers signed a fisheries agreement</li>" became a line of its own with no stop: read as a
    # heading over the next line, its act was never coded
    feed = tmp_path / "oslo.rss"
    feed.write_text(_rss([
        ("Visit of the Foreign Minister to Reykjavik", "Thu, 12 Sep 2013 18:00:00 +0200",
         "<p>The Foreign Minister of Norway arrived in Reykjavik today.</p>"
         "<ul><li>Norway and Iceland signed a fisheries agreement</li><li>The two ministers discussed the Arctic</li></ul>"),
        ("Note to Moscow", "Tue, 03 Sep 2013 12:00:00 +0200", "<p>Norway protested to Russia against the arrest of a trawler.</p>"),
    ]), encoding="utf-8")
    found = _events(feed)
    assert any({"NOR", "ISL"} == set(e[:2]) and e[2] == "05" and e[3] == "2013-09-12" for e in found), found


def test_a_headline_with_no_text_under_it_is_the_reports_sentence(tmp_path):
    # an item of a title and a date only: the title went above its stamp line as the heading of an empty report, and
    # the act it tells was lost
    feed = tmp_path / "headlines.rss"
    feed.write_text(_rss([
        ("Argentina recalls its ambassador from Paraguay", "Sat, 23 Jun 2012 09:00:00 -0300", ""),
        ("Brazil condemns the removal of the Paraguayan president", "Sat, 23 Jun 2012 08:00:00 -0300",
         "<p>Brazil condemned the removal of President Lugo by the Paraguayan Senate.</p>"),
    ]).replace("<description></description>", ""), encoding="utf-8")
    found = _events(feed)
    assert any(e[:2] == ("ARG", "PRY") and e[3] == "2012-06-23" for e in found), found
