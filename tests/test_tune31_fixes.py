"""General forms found on the seed-shaped pages of tests/data/other_pairs/tune31/ (README.md there), shown on texts of
our own about other pairs and years: each text with the events it must (or must not) give."""

from __future__ import annotations

from detente import extract_text
from detente.text.articles import article_datelines
from detente.text.clean import clean_text


def _dated(text: str, dct: str | None = None) -> set[tuple]:
    return {(e.source, e.target, e.cameo, e.date) for e in extract_text(text, dct=dct)}


# A treaty database lists each instrument as a record of labelled fields, one to a line: "Title:", "Signed:" with its
# date, "Place:", "Summary:". A field line is no typed line cut at its width (it is not run into the line before it),
# each field is a sentence of its own, and a label is no act: "Signed: - | Place: Lagos" signs nothing, and the title
# names the instrument the summary tells (read with the date of the record before it, it told acts at the wrong time).
_RECORDS = (
    "Bilateral instruments: Nigeria and Brazil. Dates are written day.month.year; a dash means no information is held in the archive.\n"
    "\n"
    "Record NG-BR-0003\n"
    "Title: Agreement on Cultural Cooperation between the Federal Republic of Nigeria and the Federative Republic of Brazil\n"
    "Signed: 12.05.1983 | Place: Lagos | EIF: 01.01.1984 | Gazette: 1,204 | Language versions: English, Portuguese\n"
    "Summary: Nigeria and Brazil signed an agreement on cultural cooperation in Lagos on 12 May 1983.\n"
    "\n"
    "Record NG-BR-0007\n"
    "Title: Visit file: President Shehu Shagari to the Federative Republic of Brazil (no instrument signed)\n"
    "Signed: - | Place: Brasília | EIF: - | Gazette: - | Language versions: none held by the archive\n"
    "Summary: President Shehu Shagari paid a state visit to Brazil in 1981.\n"
)


def test_a_record_of_fields_keeps_one_field_a_line():
    text = clean_text(_RECORDS).text
    assert "\nSigned: 12.05.1983" in text and "\nSummary: Nigeria" in text
    assert "\nSigned: - | Place: Brasília" in text


def test_field_labels_and_titles_of_records_tell_no_act():
    dated = _dated(_RECORDS)
    assert ("NGA", "BRA", "057", "1983-05-12") in dated
    assert ("NGA", "BRA", "042", "1981") in dated
    assert not any(d[2] == "120" for d in dated)  # "(no instrument signed)" refuses nothing
    assert not any(d[2] == "042" and d[3] != "1981" for d in dated)  # the title's "Visit" at the record before's date
    assert len([d for d in dated if d[2] == "057"]) == 1  # the "Signed:" label signs nothing


# A page's contact line is no telephone call.
def test_a_telephone_number_is_no_call():
    text = ("Kenya and Tanzania signed a border agreement in Arusha on 4 May 1982.\n\n"
            "Ministry of Foreign Affairs, Nairobi. Telephone 020-318-1,982. Fax 020-318-1,983.\n")
    dated = _dated(text)
    assert ("KEN", "TZA", "057", "1982-05-04") in dated
    assert not any(d[2].startswith("04") for d in dated)


# A wiki talk page: each reply opens its line with the colons of its indent, under a signature line with no full stop
# ("--Editor (talk) 14:02, 3 May 2009 (UTC)"). The reply is a sentence of its own; a reply of one word ("Thanks.",
# "Agree.") is a reader's word, no act of the states the page is about.
def test_one_word_replies_on_a_talk_page_tell_no_act():
    text = ("== Date of the treaty ==\n"
            "Ghana and Togo signed the border treaty on 9 June 1961. I have fixed the lead.\n"
            "--Volta88 (talk) 14:02, 3 May 2009 (UTC)\n"
            ":Thanks.\n"
            "--Kente (talk) 09:15, 4 May 2009 (UTC)\n"
            "::Agree. --Lome2 (talk) 10:00, 4 May 2009 (UTC)\n")
    dated = _dated(text)
    assert ("GHA", "TGO", "057", "1961-06-09") in dated
    assert not any(d[3] and d[3].startswith("2009") for d in dated)


# A print edition's clippings each sit under the paper's stamp: its name (and town), a bar, the weekday or the issue
# and a full date, and the page and column ("THE DAILY LEDGER, Leeds | Tuesday, 4 May 1982 | Page 1, Col. 2"). Each
# is a report of its issue's day, and a correspondent's line that names the town and a day with no year ("OTTAWA,
# May 29") is the day the report was filed: "today" and "yesterday" count from it. The stamp is not run into the
# headline under it, nor a rule line into the stamp.
_CLIPPINGS = (
    "THE DAILY LEDGER - ARCHIVE OF THE PRINT EDITION\n\n"
    "==============================================================\n"
    "THE DAILY LEDGER, Leeds | Tuesday, 4 May 1982 | Page 1, Col. 2\n"
    "LONDON PROTESTS AGAIN\n"
    "By Our Staff Reporter\n\n"
    "Britain on Monday condemned the Argentine landing on South Georgia.\n\n"
    "==============================================================\n"
    "THE DAILY LEDGER | Friday, 7 May 1982 | Page 3, Col. 1-2\n"
    "PARIS SIDES WITH LONDON\n"
    "From Our Correspondent, PARIS, May 5\n\n"
    "France condemned the Argentine occupation of the islands today.\n\n"
    "THE DAILY LEDGER | Weekly Review, 31 December 1982 | Page 4, Col. 5\n"
    "THE MONTH ABROAD\n\n"
    "Britain ended its military cooperation with Argentina this month.\n"
)


def test_print_edition_stamps_head_their_clippings():
    found = article_datelines(_CLIPPINGS)
    assert [line.day for line in found] == ["1982-05-04", "1982-05-05", "1982-12-31"]


def test_a_clipping_is_dated_from_its_stamp_and_its_correspondents_line():
    dated = _dated(_CLIPPINGS)
    assert ("GBR", "ARG", "110", "1982-05-03") in dated  # Monday before Tuesday 4 May, not 10 May
    assert ("FRA", "ARG", "110", "1982-05-05") in dated  # filed on 5 May, printed on the 7th
    assert any(d[:3] == ("GBR", "ARG", "160") and d[3] and d[3].startswith("1982-12") for d in dated)


# Cooperation ended as cooperation suspended (a reduction of relations).
def test_ended_cooperation_is_a_reduction_of_relations():
    dated = _dated("In March 1979 Australia ended its nuclear cooperation with India after the talks failed.")
    assert ("AUS", "IND", "160", "1979-03") in dated


# "X, together with Y, Z and W, did ...": the subject stands before the aside, even when the list inside the aside has
# commas of its own (a list of two, "together with Y and Z", already kept X).
def test_the_subject_before_a_together_with_list():
    dated = _dated("That changed on 3 March 1980, when Antigua and Barbuda, together with Kenya, Uganda and Sudan, "
                   "established diplomatic relations with China.")
    assert ("ATG", "CHN", "054", "1980-03-03") in dated


# A relief, rescue or medical team that lands somewhere brings help, not an armed landing.
def test_a_relief_team_landing_is_no_attack():
    dated = _dated("A Canadian military relief team landed in Dhaka on 2 May 1991 to help victims of the cyclone.")
    assert not any(d[2].startswith("19") for d in dated)
    assert ("ARG", "GBR", "190", "1982-04-02") in _dated("Argentine marines landed in Port Stanley on 2 April 1982.")


# Jet trainers ordered from a state, with their model between the verb and the noun, are arms bought.
def test_jet_trainers_ordered_from_a_state():
    dated = _dated("In 2008 Bolivia ordered six K-8 jet trainers from China.")
    assert ("BOL", "CHN", "062", "2008") in dated
