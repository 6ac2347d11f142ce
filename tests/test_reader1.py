"""News feeds (RSS, RDF, Atom) and subtitle files (.srt, .vtt) read as a user expects: the text the coder gets, the
events it finds with their dates, and bad files named with what to do."""

from __future__ import annotations

from click.testing import CliRunner

from detente.cli import cli
from detente.engines.shards import _walk as shard_walk
from detente.ingest.feeds import feed_date, looks_like_feed
from detente.ingest.read import read_inputs
from detente.ingest.subtitles import looks_like_subtitles
from detente.model import Document, Skipped
from detente.pipeline import extract_documents
from detente.settings import DEFAULT


def _read(*paths):
    return list(read_inputs([str(p) for p in paths], DEFAULT))


def _events(path) -> set[tuple]:
    found = set()
    for item in extract_documents([str(path)], DEFAULT):
        assert isinstance(item, Document), item
        found |= {(e.source, e.target, e.cameo[:2], e.date) for e in item.events}
    return found


# --- feeds ---

_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<!-- saved from the ministry's news page -->
<?xml-stylesheet type="text/xsl" href="feed.xsl"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Ministry of Foreign Affairs of Uruguay: news</title>
  <link>https://example.org/news</link>
  <description>Releases of the ministry</description>
  <lastBuildDate>Fri, 20 Oct 1995 08:00:00 GMT</lastBuildDate>
  <image><title>Logo</title><url>https://example.org/logo.png</url></image>
  <item>
    <title>Uruguay and Finland sign a trade agreement</title>
    <link>https://example.org/news/1</link>
    <pubDate>Fri, 13 Oct 1995 16:30:00 -0300</pubDate>
    <description>&lt;p&gt;The foreign ministers of &lt;a href="https://example.org/fi"&gt;Uruguay and Finland&lt;/a&gt; signed a
trade agreement in Montevideo on Tuesday.&lt;/p&gt;&lt;p&gt;&lt;img src="signing.jpg" alt="The signing"/&gt;&lt;/p&gt;</description>
  </item>
  <item>
    <title>A new envoy in Montevideo.</title>
    <dc:date>1995-10-19T10:00:00Z</dc:date>
    <content:encoded><![CDATA[<p>The president of Uruguay met the new ambassador of Finland.</p><script>count()</script>]]></content:encoded>
  </item>
</channel>
</rss>
"""

_RSS_TEXT = (
    "Uruguay and Finland sign a trade agreement\n\n"
    "Item | 13 October 1995\n\n"
    "The foreign ministers of Uruguay and Finland signed a\n"
    "trade agreement in Montevideo on Tuesday.\n\n"
    "Item | 19 October 1995\n\n"
    "A new envoy in Montevideo.\n\n"
    "The president of Uruguay met the new ambassador of Finland.\n"
)


def test_an_rss_feed_is_one_document_listing_its_items_each_under_its_day(tmp_path):
    path = tmp_path / "news.xml"  # an XML declaration, a comment and a stylesheet before the root: sniffed as HTML before
    path.write_text(_RSS, encoding="utf-8")
    (doc,) = _read(path)
    assert isinstance(doc, Document) and doc.format == "feed" and doc.origin == str(path)
    assert doc.text == _RSS_TEXT  # escaped HTML read, links kept as words, images and scripts gone
    assert doc.title == "Ministry of Foreign Affairs of Uruguay: news"
    assert doc.published is None  # no date made up: the items are dated by their own lines


def test_a_feed_saved_as_text_or_html_is_known_by_its_root(tmp_path):
    for name, body in (("feed.txt", _RSS.split("\n", 3)[3]), ("feed.html", _RSS), ("feed.rss", _RSS)):
        path = tmp_path / name
        path.write_text(body, encoding="utf-8")
        (doc,) = _read(path)
        assert isinstance(doc, Document) and doc.format == "feed" and doc.text == _RSS_TEXT, name


def test_each_feed_items_events_take_its_day_and_a_weekday_counts_back_from_it(tmp_path):
    path = tmp_path / "news.rss"
    path.write_text(_RSS, encoding="utf-8")
    events = _events(path)
    assert ("URY", "FIN", "05", "1995-10-10") in events  # Tuesday before Friday 13 October, not the 17th
    assert any(e[:2] == ("URY", "FIN") and e[3] == "1995-10-19" for e in events)  # an act told with no date: its day
    assert not any(e[3] == "1995-10-13" for e in events)  # the headline names the report's topic: no second signing


_ATOM = """<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Baltic desk</title>
  <updated>1993-01-01T00:00:00Z</updated>
  <entry>
    <title type="html">Latvia &amp;amp; Sweden open ferry talks</title>
    <published>1992-05</published>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Latvia and Sweden began talks on a ferry link in
      Riga.</p><p>A second round is planned.</p></div></content>
  </entry>
  <entry>
    <title>Latvian envoy recalled</title>
    <updated>1992-06</updated>
    <summary type="html">&lt;b&gt;Latvia&lt;/b&gt; recalled its ambassador from Sweden.</summary>
  </entry>
</feed>
"""


def test_an_atom_feed_dated_to_the_month_is_read_as_timeline_entries(tmp_path):
    path = tmp_path / "desk.atom"
    path.write_text(_ATOM, encoding="utf-8")
    (doc,) = _read(path)
    assert doc.format == "feed" and doc.title == "Baltic desk"
    assert doc.text == (
        "Latvia & Sweden open ferry talks\n\nMay 1992\n\n"
        "Latvia and Sweden began talks on a ferry link in\nRiga.\n\nA second round is planned.\n\n"
        "Latvian envoy recalled\n\nJune 1992\n\nLatvia recalled its ambassador from Sweden.\n")
    events = _events(path)
    assert ("LVA", "SWE", "04", "1992-05") in events and ("LVA", "SWE", "16", "1992-06") in events


def test_a_feed_that_is_not_well_formed_is_read_by_the_tolerant_reader(tmp_path):
    path = tmp_path / "wire.rss"
    path.write_text("<rss version='2.0'><channel><title>Desk & wire</title>\n<item><title>Peru & Kenya open embassies"
                    "</title><pubDate>Mon, 03 Jun 1991 00:00:00 GMT</pubDate>\n<description>Peru and Kenya agreed to "
                    "open embassies &amp; trade offices.&nbsp;</description></item>\n</channel>\n", encoding="utf-8")
    (doc,) = _read(path)
    assert doc.format == "feed" and doc.title == "Desk & wire"
    assert doc.text == "Peru & Kenya open embassies\n\n3 June 1991\n\nPeru and Kenya agreed to open embassies & trade offices.\n"


def test_bad_feeds_are_skipped_with_a_reason_naming_the_file_and_the_batch_goes_on(tmp_path):
    (tmp_path / "a_entities.rss").write_text('<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]>\n'
                                             "<rss><channel><title>&b;</title></channel></rss>\n", encoding="utf-8")
    (tmp_path / "b_empty.rss").write_text("<rss version='2.0'><channel><title>Nothing yet</title></channel></rss>\n", encoding="utf-8")
    (tmp_path / "c_junk.rss").write_text("<rss version='2.0'><chan<<>>\n", encoding="utf-8")
    (tmp_path / "d_good.rss").write_text(_RSS, encoding="utf-8")
    items = _read(tmp_path)
    assert [type(item).__name__ for item in items] == ["Skipped", "Skipped", "Skipped", "Document"]
    assert [item.reason for item in items[:3]] == ["unsafe_xml", "no_text", "bad_feed"]
    assert all(item.message.startswith(str(tmp_path)) and item.failed for item in items[:3])
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "c_junk.rss"), str(tmp_path / "d_good.rss")])
    assert result.exit_code == 3 and "c_junk.rss: malformed feed" in result.output and '"URY"' in result.output


def test_a_directory_walk_reads_xml_feeds_and_passes_over_other_xml(tmp_path):
    (tmp_path / "feed.xml").write_text(_RSS, encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url><loc>https://example.org/</loc></url></urlset>\n',
                                          encoding="utf-8")
    (tmp_path / "talk.srt").write_text(_SRT, encoding="utf-8")
    assert [(item.origin.rsplit("/", 1)[1], item.format) for item in _read(tmp_path)] == [("feed.xml", "feed"), ("talk.srt", "subtitles")]
    # the workers of a distributed build are handed the same files
    assert [name.rsplit("/", 1)[1] for name in shard_walk(tmp_path)] == ["feed.xml", "talk.srt"]


def test_feed_dates_are_written_at_the_precision_given():
    assert feed_date("Wed, 14 Mar 2007 09:30:00 GMT") == "14 March 2007"
    assert feed_date("14 Mar 2007 23:30 -0500") == "14 March 2007"  # the day written is the item's day
    assert feed_date("2007-03-14T09:30:00+01:00") == "14 March 2007"
    assert feed_date("2007-03") == "March 2007" and feed_date("2007") == "2007"
    assert feed_date("the spring of 2007") == "the spring of 2007"  # another form: kept as written


def test_only_a_feeds_root_element_makes_a_feed():
    assert looks_like_feed('<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="x">')
    assert not looks_like_feed('<?xml version="1.0"?>\n<!DOCTYPE html>\n<html><body>The feed</body></html>')
    assert not looks_like_feed("The rss feed of the ministry listed the talks of 1990.")


# --- subtitles ---

_SRT = """1
00:00:01,000 --> 00:00:04,000
{\\an8}<i>Montevideo, spring 1995</i>

2
00:00:05,000 --> 00:00:08,500
NARRATOR: In October 1995, Uruguay
and Finland signed

3
00:00:08,600 --> 00:00:11,000
a trade agreement
in Montevideo.

4
00:00:16,000 --> 00:00:19,000
[solemn music]

5
00:00:20,000 --> 00:00:23,000
- Did Sweden help?
- It mediated the talks.

6
00:00:30,000 --> 00:00:33,000
In 1996, the two countries exchanged ambassadors.
"""

_SRT_TEXT = (
    "Montevideo, spring 1995\n\n"
    "NARRATOR: In October 1995, Uruguay and Finland signed a trade agreement in Montevideo.\n\n"
    "Did Sweden help?\n\n"
    "It mediated the talks.\n\n"
    "In 1996, the two countries exchanged ambassadors.\n"
)


def test_an_srt_file_is_read_as_running_text(tmp_path):
    path = tmp_path / "film.srt"
    path.write_text(_SRT.replace("\n", "\r\n"), encoding="utf-8")
    (doc,) = _read(path)
    assert isinstance(doc, Document) and doc.format == "subtitles"
    assert doc.text == _SRT_TEXT  # numbers, time codes, tags and sounds gone; a cue's lowercase start joins the cue before


def test_subtitles_saved_as_text_are_known_by_how_they_open(tmp_path):
    path = tmp_path / "film.txt"
    path.write_text(_SRT, encoding="utf-8")
    (doc,) = _read(path)
    assert doc.format == "subtitles" and doc.text == _SRT_TEXT
    assert not looks_like_subtitles("1\nThe talks of 1990 opened in Lima.\n")


def test_subtitle_events_are_dated_as_the_narration_dates_them(tmp_path):
    path = tmp_path / "film.srt"
    path.write_text(_SRT, encoding="utf-8")
    events = _events(path)
    assert ("URY", "FIN", "05", "1995-10") in events
    assert any(e[:2] in (("URY", "FIN"), ("FIN", "URY")) and e[3] == "1996" for e in events)


_VTT = """WEBVTT - a documentary

NOTE written for the test;
these lines are no speech

STYLE
::cue { color: white }

intro
00:01.000 --> 00:04.000 align:start position:10%
<v Narrator>In 1949, Norway and the
<c.yellow>United States</c> signed a defence agreement.

00:05.000 --> 00:07.000
<v.loud Crowd>the air base opened

00:07.500 --> 00:09.000
at Bodo in 1952.
"""


def test_a_webvtt_file_drops_its_header_notes_styles_identifiers_and_cue_settings(tmp_path):
    path = tmp_path / "film.vtt"
    path.write_text(_VTT, encoding="utf-8")
    (doc,) = _read(path)
    assert doc.format == "subtitles"
    assert doc.text == ("Narrator: In 1949, Norway and the United States signed a defence agreement.\n\n"
                        "Crowd: the air base opened at Bodo in 1952.\n")
    assert ("NOR", "USA", "05", "1949") in _events(path)


def test_broken_subtitles_are_read_best_effort_or_skipped_with_a_reason(tmp_path):
    broken = tmp_path / "broken.srt"
    broken.write_text("1\n00:00:01,000 -> 00:00:0\nIn 1979, Spain and\n\n2\n00:00:05;000 --> \nMexico restored relations.\n\n"
                      "3\n\n4\n00:00:09,000 --> 00:00:10,000\n<i></i>\n", encoding="utf-8")
    empty = tmp_path / "empty.vtt"
    empty.write_text("WEBVTT\n\n00:01.000 --> 00:02.000\n[applause]\n", encoding="utf-8")
    doc, skipped = _read(broken, empty)
    assert doc.text == "In 1979, Spain and Mexico restored relations.\n"
    assert isinstance(skipped, Skipped) and skipped.reason == "no_text" and str(empty) in skipped.message


def test_a_number_under_a_time_code_is_text_and_a_number_alone_on_its_block_a_cue_number(tmp_path):
    path = tmp_path / "caption.srt"
    path.write_text("1\n00:00:01,000 --> 00:00:02,000\n1956\n\n2\n00:00:03,000 --> 00:00:05,000\nthe border with Chile\n"
                    "3\n00:00:06,000 --> 00:00:07,000\nwas closed by Bolivia.\n\n4\n\n", encoding="utf-8")
    (doc,) = _read(path)  # cue 3 lost its blank line, cue 4 its time code
    assert doc.text == "1956 the border with Chile was closed by Bolivia.\n"


def test_an_rdf_feed_keeps_its_items_after_the_channel(tmp_path):
    path = tmp_path / "digest.rdf"
    path.write_text(
        '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel rdf:about="x"><title>Andes digest</title></channel>\n'
        '<item rdf:about="a"><title>Ecuador and Japan hold talks</title><dc:date>2001-02-05</dc:date>'
        "<description>Ecuador and Japan held talks in Quito.</description></item>\n"
        '<item rdf:about="b"><title>Japan sends aid</title><dc:date>2001-02-09</dc:date>'
        "<description>Japan sent flood aid to Ecuador on Wednesday.</description></item>\n</rdf:RDF>\n", encoding="utf-8")
    (doc,) = _read(path)
    assert doc.title == "Andes digest"
    assert doc.text == ("Ecuador and Japan hold talks\n\nItem | 5 February 2001\n\nEcuador and Japan held talks in Quito.\n\n"
                        "Japan sends aid\n\nItem | 9 February 2001\n\nJapan sent flood aid to Ecuador on Wednesday.\n")
    events = _events(path)
    assert ("ECU", "JPN", "04", "2001-02-05") in events and ("JPN", "ECU", "07", "2001-02-07") in events


def test_html_escaped_twice_in_a_description_is_still_reduced_to_text(tmp_path):
    path = tmp_path / "twice.rss"
    path.write_text("<rss><channel><title>Wire</title><item><title>Talks</title><pubDate>2 May 1994</pubDate><description>"
                    "&amp;lt;p&amp;gt;Chad and Libya held talks.&amp;lt;/p&amp;gt;</description></item></channel></rss>",
                    encoding="utf-8")
    (doc,) = _read(path)
    assert doc.text == "Talks\n\n2 May 1994\n\nChad and Libya held talks.\n"
