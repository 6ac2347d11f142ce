"""dedupe6: one act told twice on a page is one event (src/detente/events/dedupe.py merge_within).

Pages of our own about other pairs: the signing of the text that established relations, told in a section on the day
the lead gives for relations established; a measure a lead dates by its year and a section tells again with the month
of the sentence before it (no date of its own); beside them, acts of one pair that stay two (another text signed on
the day relations were established, a text signed "the same day", a measure taken again that year).
"""

from __future__ import annotations

from detente.pipeline import extract_text

_FILLER = ("Contacts began in Vienna in 1983 and went on for two years without much result, while both governments "
           "watched the border and counted the smugglers who crossed it.")


def _events(text: str) -> list[tuple[str, str, str, str]]:
    return sorted((e.date or "", e.source or "", e.target or "", e.cameo) for e in extract_text(text, origin="page.txt"))


_OPENING_LEAD = ("Relations between Ghana and Togo\n\n"
                 "Ghana and Togo established diplomatic relations on 4 May 1985, after two years of talks.\n"
                 "Trade grew slowly in the years that followed.\n\n"
                 "== Opening ==\n\n" + _FILLER + "\n")


def test_the_signed_communique_that_established_relations_is_the_opening_the_lead_told():
    text = _OPENING_LEAD + ("On 4 May 1985 the foreign ministers of Ghana and Togo signed the joint communique that "
                            "established diplomatic relations between the two states.\n")
    assert [e for e in _events(text) if e[0] == "1985-05-04"] == [("1985-05-04", "GHA", "TGO", "054")]


def test_a_protocol_establishing_relations_signed_that_day_is_the_opening_too():
    text = _OPENING_LEAD + ("On 4 May 1985 the two foreign ministers signed a protocol establishing relations at the "
                            "level of ambassadors.\n")
    assert [e[3] for e in _events(text) if e[0] == "1985-05-04"] == ["054"]


def test_a_trade_agreement_signed_on_the_day_relations_were_established_stays_its_own_act():
    text = _OPENING_LEAD + ("On 4 May 1985 the foreign ministers of Ghana and Togo signed a trade agreement in Lome, "
                            "the first between the two states.\n")
    assert sorted(e[3] for e in _events(text) if e[0] == "1985-05-04") == ["054", "057"]


def test_a_text_signed_the_same_day_stays_its_own_act():
    text = _OPENING_LEAD + ("On 4 May 1985 the two foreign ministers met in Lome. The same day they signed a minute that "
                            "established relations between their two customs services.\n")
    assert "057" in [e[3] for e in _events(text) if e[0] == "1985-05-04"]


_MEASURE = ("Relations between Kenya and Tanzania\n\n"
            "In 1977 Kenya closed its border with Tanzania, and the two governments spoke little for years.\n\n"
            "== The quarrel ==\n\n"
            "The Community's common services had been failing for some time, and its railways and harbours were run "
            "apart by then. Few of its officials expected it to last another year. The East African Airways stopped "
            "flying in February 1977. ")


def test_a_measure_told_again_in_the_month_of_the_sentence_before_it_is_the_measure_the_lead_dated_by_its_year():
    text = _MEASURE + "The Kenyan government then closed the border with Tanzania to all traffic.\n"
    assert _events(text) == [("1977-02", "KEN", "TZA", "191")]


def test_a_measure_taken_again_that_year_stays_a_second_act():
    text = _MEASURE + "The Kenyan government then closed the border with Tanzania again, to all traffic.\n"
    assert len([e for e in _events(text) if e[3] == "191"]) == 2


def test_a_recognition_told_on_the_day_of_the_signed_opening_stays_its_own_act():
    text = ("Relations between Ghana and Togo\n\n" + _FILLER + "\n\n"
            "On 4 May 1985 the foreign ministers of Ghana and Togo signed the joint communique that established "
            "diplomatic relations between the two states. Trade grew slowly in the years that followed.\n\n"
            "== Recognition ==\n\n" + _FILLER + "\n\n"
            "On 4 May 1985 Ghana recognized Togo's new constitution as the basis of its government.\n")
    assert sorted(e[3] for e in _events(text) if e[0] == "1985-05-04") == ["054", "057"]


def test_a_measure_of_one_code_told_by_another_verb_in_the_month_of_the_sentence_before_stays_its_own_act():
    text = (_MEASURE.replace("closed its border with Tanzania", "broke off relations with Tanzania")
            + "The Kenyan government then recalled its ambassador from Dar es Salaam.\n")
    assert [e[3] for e in _events(text)] == ["161", "161"]


def test_two_verbs_of_force_joined_by_and_on_one_object_are_one_blow():
    text = "On 20 July 1974 Turkey invaded and occupied northern Cyprus.\n"
    assert _events(text) == [("1974-07-20", "TUR", "CYP", "190")]


def test_a_seizure_after_an_attack_told_by_two_bare_verbs_is_one_blow():
    text = "On 4 May 1982 Argentina attacked and seized the island of South Georgia from Britain.\n"
    assert len(_events(text)) == 1


def test_two_verbs_of_force_each_with_its_own_object_stay_two_acts():
    text = "On 4 May 1982 Argentina bombed the port and occupied the islands of South Georgia.\n"
    assert sorted(e[3] for e in _events(text)) == ["192", "195"]


_WAR = ("Relations between Iraq and Iran\n\n"
        "The two states quarrelled over the Shatt al-Arab for most of the twentieth century.\n\n"
        "== The war ==\n\n"
        "The border incidents of the summer grew into open war in September 1980. In October 1980 Iraqi troops took "
        "Khorramshahr after weeks of fighting in the streets, and the city stayed in Iraqi hands until 1982.\n\n"
        "Schools on both sides taught in their own languages, and few officials spoke the other's well. The capitals "
        "lie far apart, and few travellers made the long journey between them.\n\n"
        "== Key dates ==\n\n| Date | Event |\n|---|---|\n")


def test_a_key_dates_line_naming_the_town_the_body_says_was_taken_that_month_is_that_blow():
    text = _WAR + "| 1980 Oct. 24 | Iraq takes Khorramshahr |\n| 1988 Aug. 20 | The guns fall silent |\n"
    assert [e for e in _events(text) if e[3] == "192"] == [("1980-10-24", "IRQ", "IRN", "192")]


def test_a_key_dates_line_naming_another_town_taken_that_month_stays_a_second_blow():
    text = _WAR + "| 1980 Oct. 24 | Iraq takes Abadan |\n| 1988 Aug. 20 | The guns fall silent |\n"
    assert len([e for e in _events(text) if e[3] == "192"]) == 2
