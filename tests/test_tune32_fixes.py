"""General forms found on the pages of tests/data/other_pairs/tune32/ (README.md there), shown on texts of our own about
other pairs and years: each text with the events it must (or must not) give."""

from __future__ import annotations

from detente import extract_text


def _dated(text: str, dct: str | None = None, origin: str = "<text>") -> set[tuple]:
    return {(e.source, e.target, e.cameo, e.date) for e in extract_text(text, dct=dct, origin=origin)}


# A wire story whose dateline has no year ("LIMA, March 12 -") under a filing line that gives the full day ("Filed
# Thursday, 12 March 2009, 17:10 local time"): the filing line's year completes the dateline, so the report is read as
# news from that day; weekdays of past acts lie before it ("signed ... on Wednesday" is the day before), not after.
_FILED = (
    "Andes Wire -- World -- Americas\n"
    "\n"
    "Peru and Chile settle their dispute over fishing rights\n"
    "\n"
    "Filed Thursday, 12 March 2009, 17:10 local time\n"
    "\n"
    "LIMA, March 12 - Peru and Chile have ended their quarrel over fishing rights, officials said on Thursday.\n"
    "\n"
    "President Alan Garcia of Peru and President Michelle Bachelet of Chile signed an agreement on fishing on Wednesday.\n"
    "\n"
    "Last September Bachelet visited Lima and signed a trade agreement with Garcia.\n"
)


def test_a_filing_line_gives_a_yearless_dateline_its_year():
    events = _dated(_FILED)
    assert ("PER", "CHL", "057", "2009-03-11") in events or ("CHL", "PER", "057", "2009-03-11") in events
    assert not any(date == "2009-03-18" for *_, date in events)
    assert ("CHL", "PER", "042", "2008-09") in events
    # a filing line on another day than the dateline's completes nothing
    text = _FILED.replace("Filed Thursday, 12 March 2009", "Filed Friday, 13 March 2009")
    assert not any(date == "2009-03-11" for *_, date in _dated(text))


# "at the end of talks in Lima" says when an act was done; it is no end put to talks (a halt of negotiations, 164)
def test_at_the_end_of_talks_is_a_time_not_a_halt():
    text = "On 14 June 1996 Ecuador and Peru signed a protocol on the border at the end of talks in Brasilia."
    events = _dated(text)
    assert not any(cameo == "164" for _, _, cameo, _ in events)
    assert any(cameo == "057" for _, _, cameo, _ in events)
    halted = _dated("On 14 June 1996 Ecuador put an end to the talks with Peru on the border.")
    assert any(cameo == "164" for _, _, cameo, _ in halted)


# A chronology quoted as lines that open with a year ("1961  Kekkonen visits Mexico (May)."): a line whose year is
# followed by a name and a verb in -s reads as a year, not as a count ("1500 Cuban soldiers"), once the line before or
# after it opens with a year too; the entry is then dated by its own year, not by the story's last date.
_CHRONOLOGY = (
    "An essay on Finland and Mexico, with the chronology its seminar used.\n"
    "\n"
    "CHRONOLOGY\n"
    "1936  Diplomatic relations established between Finland and Mexico.\n"
    "1961  Kekkonen visits Mexico (May).\n"
    "1978  Finland signs a trade agreement with Mexico.\n"
)


def test_chronology_lines_take_their_own_years():
    events = _dated(_CHRONOLOGY)
    assert ("FIN", "MEX", "042", "1961") in events or ("FIN", "MEX", "042", "1961-05") in events
    assert ("FIN", "MEX", "057", "1978") in events or ("MEX", "FIN", "057", "1978") in events
    # a number opening a line with no year-led line beside it is still a count
    from detente import time
    text = "The landing was quick.\n1500 Cuban soldiers landed at the port.\nThe town fell."
    assert not any(t.text == "1500" and t.begin for t in time.tag(text))


# "marked twenty years since the accords": an anniversary kept, the act remembered is no act of the year it is kept
def test_years_since_an_act_kept_is_no_act():
    assert not _dated("In 1998 Egypt and Israel marked twenty years since the Camp David accords.")
    assert _dated("In 1998 Egypt and Israel signed accords twenty years after the war.")


# "..., was signed in Lima in May 2001, when President Lagos of Chile visited Peru": in a report, the "when" clause
# right after the date tells what else that month saw; its visit shares the month, not the report's day
def test_a_when_clause_after_a_date_shares_it_in_a_report():
    text = _FILED.replace("Last September Bachelet visited Lima and signed a trade agreement with Garcia.",
                          "The main trade agreement was signed in Lima in May 2001, when President Ricardo Lagos of Chile visited Peru.")
    events = _dated(text)
    assert ("CHL", "PER", "042", "2001-05") in events
    assert ("CHL", "PER", "042", "2009-03-12") not in events


# "regarded the visit as a sign that Egypt had sided with Israel": the "that" clause after "as proof", "as a sign", "as
# evidence" is what someone takes a fact to show, no act the text tells
def test_what_a_fact_is_taken_as_proof_of_is_no_act():
    assert not any(cameo == "051" for *_, cameo, _ in
                   _dated("In 1979 Syrian officials took the visit as a sign that Egypt had sided with Israel."))
    assert any(cameo == "051" for *_, cameo, _ in _dated("In 1979 Egypt sided with Israel."))


# "was received in Warsaw by large crowds": a welcome by the public is no meeting with the host state (043); a welcome
# by its leader is
def test_a_welcome_by_crowds_is_no_meeting():
    crowds = _dated("In June 1959 Sukarno visited Poland, on his way home from China, and was received in Warsaw by large crowds.")
    assert ("IDN", "POL", "042", "1959-06") in crowds
    assert not any(cameo == "043" for *_, cameo, _ in crowds)
    assert ("POL", "IDN", "043", "1959-06") in _dated("In June 1959 Sukarno was received in Warsaw by Gomulka.")


# "Mexican diplomats asked that question for years": a question put is no appeal to a state (020)
def test_asking_a_question_is_no_appeal():
    events = _dated("In 1990 Mexico established relations with Cuba. Mexican diplomats asked that question for years.")
    assert not any(cameo == "020" for *_, cameo, _ in events)
    # an appeal to release: 0253 (decision 10 of tests/data/other_pairs/CONVENTIONS.md)
    assert ("MEX", "CUB", "0253", "1990") in _dated("In 1990 Mexico asked Cuba to release the prisoners.")
