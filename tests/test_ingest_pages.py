"""Wiki HTML: boxes beside the article leave, a table of events stays as dated rows (ingest/html.py)."""

from __future__ import annotations

from detente.ingest.html import extract_html
from detente.text.clean import clean_text

WIKI = """<!DOCTYPE html><html><head><title>Sweden–Norway relations</title></head><body><div id="content">
<h1>Sweden–Norway relations</h1>
<table class="infobox"><tr><th>Relations restored</th><td>26 October 1905</td></tr>
<tr><th>Union dissolved</th><td>7 June 1905</td></tr></table>
<p>The union of Sweden and Norway under one king lasted from 1814 until the Norwegian Storting ended it in 1905.</p>
<div id="toc" class="toc"><h2>Contents</h2><ul><li>1 History</li><li>2 Timeline</li></ul></div>
<h2>Timeline<span class="mw-editsection">[<a href="#">edit</a>]</span></h2>
<table class="wikitable"><tr><th>Date</th><th>Event</th></tr>
<tr><td>August 1905</td><td>Swedish and Norwegian delegates opened negotiations at Karlstad.</td></tr>
<tr><td>October 1905</td><td>Sweden recognized Norway as an independent state.</td></tr></table>
<table class="navbox"><tr><td>Denmark · Finland · Iceland · Norway · Sweden</td></tr></table>
</div></body></html>"""


def test_infobox_navbox_contents_and_edit_links_leave_and_the_event_table_stays():
    text, _ = extract_html(WIKI, "wiki.html")
    cleaned = clean_text(text).text
    assert "Relations restored" not in cleaned and "Union dissolved" not in cleaned
    assert "Contents" not in cleaned and "Iceland" not in cleaned and "edit" not in cleaned
    assert "August 1905\n\nSwedish and Norwegian delegates opened negotiations at Karlstad." in cleaned
    assert "October 1905\n\nSweden recognized Norway as an independent state." in cleaned


def test_the_article_text_after_a_box_is_kept():
    html = WIKI.replace('<table class="navbox">', 'The last words after the table of contents.<table class="navbox">')
    text, _ = extract_html(html.replace("</ul></div>", "</ul></div>Tail text of the section about the two kingdoms here."),
                           "wiki.html")
    assert "Tail text of the section about the two kingdoms here." in text
