"""Dates put wrong in the event coder, fixed by dates13, each on sentences of our own (other pairs, years and words): a
chronology's date on a line of its own written year first with an abbreviated month ("1952 Mar." above its entry, as an
HTML <dt> is written out), a named text's date right before the participle of its making ("the Treaty of Lima of
9 March 1929, signed by ...") and a date in a 'where' clause on the place a journey started from."""

from __future__ import annotations

from detente import extract, extract_text
from detente.time import tag


def _value(text: str, words: str) -> str | None:
    return next((t.value for t in tag(text) if t.text == words), None)


def _dated(text: str, origin: str = "t.txt") -> set[tuple[str, str, str]]:
    return {(e.source, e.target, e.date) for e in extract_text(text, origin=origin)}


def test_a_chronology_date_on_a_line_of_its_own_dates_its_month():
    text = "Chronology\n\n- 1952 Mar.\n- Peru recognises the new government.\n- 1971 Nov.\n- Allende visits Lima.\n"
    assert _value(text, "Mar.") == "1952-03"
    assert _value(text, "Nov.") == "1971-11"
    text = "Chronology\n\n1984 Sept.\nAthens recalls its envoy.\n"
    assert _value(text, "Sept.") == "1984-09"
    # an abbreviation in a sentence, or a year and an abbreviation not opening their line, are still no month
    assert _value("In 1973 Aug. Smith, the envoy, came back.", "Aug.") is None
    assert _value("The minutes of the board, 1973 Jan.\n", "Jan.") is None


def test_a_chronology_entry_under_its_own_date_line_takes_its_month(tmp_path):
    page = ("<html><body><article><h1>Chile and Peru: a brief</h1>"
            "<p>Relations between Chile and Peru have had ups and downs over the decades.</p>"
            "<h2>Chronology</h2><dl class=\"chronology\">"
            "<dt>1952 Mar.</dt><dd>Peru the first state to recognise the new Chilean government.</dd>"
            "<dt>1971 Nov.</dt><dd>Allende visits Lima.</dd>"
            "<dt>1975</dt><dd>Peru expels Chile's ambassador.</dd></dl></article></body></html>")
    path = tmp_path / "brief.html"
    path.write_text(page, encoding="utf-8")
    dated = {(e.source, e.target, e.date) for e in extract(str(path))}
    assert ("PER", "CHL", "1952-03") in dated, dated
    assert ("CHL", "PER", "1971-11") in dated, dated
    assert ("PER", "CHL", "1975") in dated, dated


def test_a_named_texts_date_before_the_participle_of_its_making_is_the_signing():
    text = ("The Treaty of Lima of 9 March 1929, signed by Chile and Peru with the United States as mediator, fixed the "
            "border, and the last Chilean official left Tacna on 28 August 1929.")
    dated = _dated(text)
    assert ("CHL", "PER", "1929-03-09") in dated, dated
    text = ("The river accord of 19 November 1973 concluded by Uruguay and Argentina drew the line that the two navies "
            "crossed in 1988.")
    assert ("URY", "ARG", "1973-11-19") in _dated(text)
    # an act undoing the named text keeps its own date, not the text's
    text = "In May 1936 Bolivia denounced the Treaty of Petropolis of 17 November 1903, signed by Bolivia and Brazil."
    assert ("BOL", "BRA", "1936-05") in _dated(text)


def test_a_where_clause_on_the_place_a_journey_started_from_does_not_date_the_journey():
    text = ("Bolivian diplomats went to Lima in May 1953. The Bolivian minister had come to Santiago straight from Quito, "
            "where on 12 May 1953 the delegates of the Andean states signed a customs accord.")
    dated = _dated(text)
    assert ("BOL", "CHL", "1953-05-12") not in dated and ("BOL", "CHL", "1953-05") in dated, dated
    # a 'where' clause on the place reached is still the visit's time
    text = "In 1960 the Bolivian president flew to Santiago, where on 3 June he met the Chilean president."
    assert ("BOL", "CHL", "1960-06-03") in _dated(text)


def test_a_date_line_above_a_dateless_wire_dateline_is_the_reports_day():
    text = ("Tuesday, 3 March 1998\n\nSANTIAGO (AP) -- Chile recalled its ambassador from Peru on Monday after Lima "
            "expelled two Chilean diplomats on Friday.\n")
    dated = _dated(text)
    assert ("CHL", "PER", "1998-03-02") in dated and ("PER", "CHL", "1998-02-27") in dated, dated


def test_a_date_line_above_a_yearless_dateline_gives_its_year():
    text = ("3 March 1998\n\nSANTIAGO, March 2 -- Chile recalled its ambassador from Peru today after Lima expelled "
            "two Chilean diplomats on Friday.\n")
    dated = _dated(text)
    assert ("CHL", "PER", "1998-03-02") in dated and ("PER", "CHL", "1998-02-27") in dated, dated
    # a paper of the new year prints a report filed on the old year's last day
    text = "January 2, 1999\n\nQUITO, Dec. 31 -- Ecuador recalled its ambassador from Peru today.\n"
    assert ("ECU", "PER", "1998-12-31") in _dated(text)


def test_the_turn_of_the_decade_is_the_years_around_the_nearest_decade():
    text = "In 1967 Ghana and Togo closed their border. At the turn of the decade Togo expelled Ghana's envoy."
    turn = next(t for t in tag(text) if t.text.endswith("turn of the decade"))
    assert (turn.value, turn.begin, turn.until) == ("1970", "1969-01-01", "1971-12-31")
    assert ("TGO", "GHA", "1969/1971") in _dated(text)
    # a story early in a decade looks back to its first year; with no time told, the turn is not known
    assert _value("In 1982 Ghana and Togo quarrelled, as they had since the turn of the decade.", "the turn of the decade") == "1980"
    assert _value("At the turn of the decade Togo expelled Ghana's envoy.", "the turn of the decade") == "XXXX"


def test_a_deadline_in_the_condition_an_act_sets_is_not_its_date():
    text = ("In November 1990 the Security Council authorized the use of force against Iraq if it did not leave Kuwait "
            "by 15 January 1991.")
    assert ("UNSC", "IRQ", "1990-11") in _dated(text)
    # a date after 'by' with no condition before it still dates the act ("had recalled its envoy by 3 March")
    assert ("CHL", "PER", "1976-03-03") in _dated("Chile had recalled its envoy from Lima by 3 March 1976, and Peru protested.")
