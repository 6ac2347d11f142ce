"""General forms found on the long pages of tests/data/other_pairs/tune30/ (README.md there), shown on texts of our
own about other pairs and years: each text with the events it must (or must not) give."""

from __future__ import annotations

from detente import extract_text
from detente.text.articles import article_datelines


def _dated(text: str, dct: str | None = None) -> set[tuple]:
    return {(e.source, e.target, e.cameo, e.date) for e in extract_text(text, dct=dct)}


# A topic page or an archive lists dated items, each under a stamp line of its own: a section label, a bar and the
# item's full date ("WORLD | 3 May 1990"). Each item is a report of that day: a bare weekday in its past-tense
# sentences is the one before the stamp's day (not the next one, as in a history that moves forward), and an act it
# tells with no date of its own is told on that day, not on another item's.
_TOPIC_PAGE = (
    "Topic: Brazil and Argentina\n\n"
    "POLITICS | 14 March 2003\n"
    "Presidents sign pact in Brasilia\n"
    "President Lula met President Duhalde in Brasilia on Tuesday and signed a trade agreement.\n\n"
    "TRADE | 9 June 2004\n"
    "Buenos Aires thanks Brasilia\n"
    "Argentina praised Brazil for its help with the debt talks.\n"
)


def test_stamp_lines_head_the_items_of_a_topic_page():
    found = article_datelines(_TOPIC_PAGE)
    assert [line.day for line in found] == ["2003-03-14", "2004-06-09"]
    assert article_datelines("Notes\nThe price | 3 May 1990 | rose\nand fell\n") == []  # a bar inside a table row


def test_a_weekday_in_an_item_looks_back_from_its_stamp():
    dated = _dated(_TOPIC_PAGE)
    assert ("BRA", "ARG", "043", "2003-03-11") in dated  # Tuesday before Friday 14 March, not 18 March
    assert not any(d[3] == "2003-03-18" for d in dated)
    assert any(d[:2] == ("ARG", "BRA") and d[3] == "2004-06-09" for d in dated)


# A page of several wire reports under datelines ("PARIS, 9 June 1991 - ..."): an act of the second report with no
# date of its own is told on that report's day, neither dated by the first report's dateline nor dropped as a plan
# for being later than it.
def test_an_undated_act_of_a_later_report_keeps_its_reports_day():
    text = ("Archive of reports\n\n"
            "LONDON, 3 May 1990 - Britain and France signed a fisheries treaty on Tuesday.\n"
            "France also praised Britain for its help.\n\n"
            "PARIS, 9 June 1991 - France and Germany signed a treaty on Monday.\n"
            "Germany also thanked France for the aid.\n")
    dated = _dated(text)
    assert ("FRA", "DEU", "057", "1991-06-03") in dated
    assert any(d[:2] == ("DEU", "FRA") and d[3] == "1991-06-09" for d in dated)
    assert not any(d[:2] == ("DEU", "FRA") and d[3].startswith("1990") for d in dated if d[3])


# A name written with a letter beyond Latin-1 ("ğ", "ł", "ő", "ễ") is one word: cut at that letter, its last piece
# could be a determiner ("Erdo", "ğ", "an"), which made the verb after the name a noun ("an signed") and lost the act.
def test_a_name_with_letters_beyond_latin_1_is_one_word():
    from detente.events.triggers import tokenize
    assert [t.text for t in tokenize("Prime Minister Davutoğlu and Wałęsa met")] == [
        "Prime", "Minister", "Davutoğlu", "and", "Wałęsa", "met"]
    text = "In 2012, Chinese Premier Wen Jiabao and Turkish Prime Minister Erdoğan signed an agreement on energy."
    assert any(d[:3] == ("CHN", "TUR", "057") for d in _dated(text))
