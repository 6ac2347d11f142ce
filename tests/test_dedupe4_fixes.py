"""dedupe4: one act told twice on a page is one event (src/detente/events/dedupe.py merge_within).

Pages of our own about other pairs: a key-dates row that names the act by a long noun and closes on its participle,
a row that names an agreement by its field, a report's own month for an act an archive entry dates to the day, a
pull quote or a later sentence that repeats the act in the same words, an agreement to do what the pair did that
day, and a later verb of a sentence whose first verb retold an act; beside them, acts of one pair that stay two.
"""

from __future__ import annotations

from detente.pipeline import extract_text

_FILLER = ("The two capitals lie a short drive apart along the coast road, and families on either side of the line have "
           "long married across it. Schools on both sides taught in English or French, and few officials spoke both "
           "languages well.")


def _events(text: str) -> list[tuple[str, str, str, str]]:
    return sorted((e.date or "", e.source or "", e.target or "", e.cameo) for e in extract_text(text, origin="page.txt"))


def _table(*rows: str) -> str:
    return "Key dates\n\n| Date | Event |\n|---|---|\n" + "".join(f"| {row} |\n" for row in rows)


def test_a_key_dates_row_naming_the_act_by_a_long_noun_then_its_participle_retells_the_body():
    text = ("Relations between Ghana and Togo have been close since independence.\n\n"
            "In May 1965 Ghana and Togo signed an agreement in Lome on fishing in the Volta estuary.\n\n"
            + _FILLER + "\n\n" + _table("14 May 1965 | Volta Estuary Fisheries agreement signed."))
    assert [e[3] for e in _events(text)] == ["057"]


def _field_row(body_act: str) -> str:
    return ("Relations between Ghana and Togo have been close since independence.\n\n"
            f"In March 1962 Ghana and Togo signed {body_act}.\n\n" + _FILLER + "\n\nKey dates\n\n"
            "- 1962, Mar. – First trade agreement\n")


def test_a_key_dates_line_naming_an_agreement_by_its_field_is_its_signing_that_month():
    text = _field_row("a five-year trade agreement under which cocoa would be paid for in local currency")
    assert _events(text) == [("1962-03", "GHA", "TGO", "057")]


def test_an_agreement_named_by_a_field_the_months_signing_does_not_name_stays():
    assert len(_events(_field_row("a treaty fixing the border south of Lome"))) == 2


def test_an_infobox_row_naming_an_agreement_by_its_field_is_the_bodys_signing_that_day():
    text = ("Ghana–Togo relations\n\n| Ghana–Togo relations | |\n|---|---|\n"
            "| Border trade agreement | 9 March 1962 |\n| Embassies | Accra, Lome |\n\n"
            "Relations between Ghana and Togo have been close since independence.\n\n" + _FILLER + "\n\n"
            "On 9 March 1962 Ghana and Togo signed an agreement on border trade under which cocoa would be paid for in "
            "local currency.\n")
    assert _events(text) == [("1962-03-09", "GHA", "TGO", "057")]


_ARCHIVE = ("Ghana and Togo: the archive\n\n"
            "-----------------------------------------------------------\n"
            "ARCHIVE | 12 May 1998\nBorder talks in Lome\nStandfirst: Talks on the border and on electricity.\n"
            "President Jerry Rawlings spent the day in Lome and talked with President Eyadema about the border posts.\n"
            "Comments (14)\n\n"
            "-----------------------------------------------------------\n"
            "POLITICS | 3 June 2004\nBorder posts reopen after a long quarrel\nStandfirst: Lorries queue at Aflao.\n"
            "The two governments reopened the main border crossing at Aflao on Thursday, and traders who had waited for a "
            "week drove their lorries through before noon.\nComments (41)\n\n"
            "-----------------------------------------------------------\nBACKGROUND\n")


def test_a_reports_own_month_for_a_visit_an_archive_entry_dates_to_the_day_is_that_visit():
    text = _ARCHIVE + ("Rawlings's visit of May 1998 opened a better decade for the two neighbours, though the border was "
                       "closed twice after it.\n")
    assert [e[:4] for e in _events(text) if e[3] == "042"] == [("1998-05-12", "GHA", "TGO", "042")]


def test_a_visit_made_again_that_month_stays_in_a_report():
    text = _ARCHIVE + "Rawlings visited Lome again in May 1998, after the border talks had failed.\n"
    assert [e[3] for e in _events(text)].count("042") == 2


_CONDEMNED = ("Relations between Chile and Peru have been uneasy since the war of the Pacific.\n\n"
              "In March 1978 Peru condemned the Chilean mine-laying on the border, recalled its ambassador and asked the "
              "OAS to meet.\n\n" + _FILLER + "\n\n")


def _condemnations(text: str) -> list[tuple[str, str, str, str]]:
    return [e for e in _events(text) if (e[1], e[2], e[3]) == ("PER", "CHL", "110")]


def test_an_act_told_again_in_the_same_words_is_one_event():
    text = _CONDEMNED + ("On 12 March 1978 Chilean engineers laid mines near Tacna. Peru condemned the Chilean mine-laying "
                         "and asked for talks.\n")
    assert _condemnations(text) == [("1978-03-12", "PER", "CHL", "110")]


def test_the_same_words_for_an_act_of_another_year_stay_two():
    text = _CONDEMNED + ("On 12 March 1979 Chilean engineers laid more mines near Tacna. Peru condemned the Chilean "
                         "mine-laying and asked for talks.\n")
    assert len(_condemnations(text)) == 2


_RELATIONS = ("Relations between Chile and Norway have been friendly.\n\n"
              "Chile and Norway established diplomatic relations on 15 May 1968.\n\n" + _FILLER + "\n\n")


def test_an_agreement_to_do_what_the_pair_did_that_day_is_that_act():
    # a press release, not a joint statement: issuing a joint statement is an act of its own (057) since sent21
    text = _RELATIONS + ("A press release of 15 May 1968 said that the two states had agreed to establish "
                         "diplomatic relations.\n")
    assert [e[0] for e in _events(text)] == ["1968-05-15"]


def test_an_agreement_to_do_it_on_another_day_stays_its_own_event():
    text = _RELATIONS + ("A press release of 2 February 1968 said that the two states had agreed to establish "
                         "diplomatic relations.\n")
    assert sorted(e[0] for e in _events(text)) == ["1968-02-02", "1968-05-15"]


_VISITED = ("Relations between Norway and Chile have been friendly.\n\n"
            "The Norwegian prime minister visited Chile in March 1997, and trade grew in the years after it.\n\n"
            + _FILLER + "\n\n")


def test_a_later_verb_of_a_sentence_that_retells_a_visit_is_that_visit():
    text = _VISITED + ("The Norwegian prime minister made his first journey to Chile in March 1997, touring the south "
                       "for a week, and was received by the Chilean president in Santiago.\n")
    assert [e[3] for e in _events(text)] == ["042"]


def test_another_act_in_a_sentence_that_retells_a_visit_stays():
    text = _VISITED + ("The Norwegian prime minister made his first journey to Chile in March 1997, and on 20 March the "
                       "two governments signed a fisheries agreement in Santiago.\n")
    assert sorted(e[3] for e in _events(text)) == ["042", "057"]


def test_a_key_dates_line_of_a_month_retells_the_bodys_act_of_that_month_among_more_parties():
    text = ("Relations between Ghana and Togo have been close since independence.\n\n"
            "Togo agreed to buy electricity from the Akosombo dam, and the two governments signed the contract in April "
            "1978, with guarantees of the World Bank.\n\n" + _FILLER + "\n\nKey dates\n\n"
            "- Apr. 1978 – Contract for the Akosombo power line signed\n")
    signings = [e for e in extract_text(text, origin="page.txt") if e.cameo == "057"]
    assert len(signings) == 1 and {"GHA", "TGO"} <= set(signings[0].actors)


def test_the_second_half_of_a_year_dates_an_act_and_does_not_say_it_was_done_again():
    text = ("Relations between Ghana and Togo have been close since independence.\n\n"
            "Ghana sent several hundred soldiers to Togo in the second half of 1979, where they guarded the polling "
            "stations.\n\n" + _FILLER + "\n\n"
            "On 3 October 1979 Ghana sent soldiers to Togo to guard the polling stations.\n")
    assert _events(text) == [("1979-10-03", "GHA", "TGO", "074")]


def test_a_second_dispatch_of_soldiers_stays_its_own_act():
    text = ("Relations between Ghana and Togo have been close since independence.\n\n"
            "Ghana sent several hundred soldiers to Togo in 1979, where they guarded the polling stations.\n\n"
            + _FILLER + "\n\n"
            "On 3 October 1979 Ghana sent soldiers to Togo a second time to guard the polling stations.\n")
    assert len(_events(text)) == 2


def test_the_next_sentence_in_the_same_words_tells_a_second_act():
    text = ("Relations between Chile and Peru have been uneasy since the war of the Pacific.\n\n"
            "In May 1966 Chile and Peru signed a framework for trade in Lima. Chile and Peru signed a framework for the "
            "fisheries of the coast on 4 May 1966.\n")
    assert [e[3] for e in _events(text)].count("057") == 2
