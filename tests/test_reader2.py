"""E-mail messages, lettered list items and text extracted from PDFs, read as a user expects: the text the coder
gets, the events it finds with their dates, and bad messages named with what to do."""

from __future__ import annotations

import base64

from click.testing import CliRunner

from detente.cli import cli
from detente.engines.shards import _walk as shard_walk
from detente.ingest.mail import looks_like_mail
from detente.ingest.read import read_inputs
from detente.model import Document, Skipped
from detente.pipeline import extract_documents
from detente.settings import DEFAULT
from detente.text.clean import clean_text


def _read(*paths):
    return list(read_inputs([str(p) for p in paths], DEFAULT))


def _events(path) -> set[tuple]:
    found = set()
    for item in extract_documents([str(path)], DEFAULT):
        assert isinstance(item, Document), item
        found |= {(e.source, e.target, e.cameo[:2], e.date) for e in item.events}
    return found


# --- e-mail messages ---

# a press desk's release, as a mail program saves it: encoded-word headers, a plain part in quoted-printable (soft
# breaks, "=3D", "=20") with a signature, and the same words again as HTML
_MESSAGE = """Return-Path: <desk@example.org>
Received: from mail.example.org by mx.example.net; Thu, 16 Mar 2000 09:31:02 -0300
From: =?utf-8?q?Ministerio_de_Relaciones_Exteriores?= <desk@example.org>
To: press@example.net
Subject: =?utf-8?q?Chile_and_Norway_sign_a_fisheries_agreement_=E2=80=93_release?=
Date: Thu, 16 Mar 2000 09:30:00 -0300
Message-ID: <r-2000-31@example.org>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="==b1=="

This is a multi-part message in MIME format.
--==b1==
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

SANTIAGO, March 16 -- The foreign ministers of Chile and Norway signed a fis=
heries agreement in Santiago yesterday, the ministry said.=20

Chile recognised Norway's claim to the sea zone in 1952 and the two states =
opened embassies in 1965. The quota ratio is 1=3D2 in the agreement.

--=20
Press desk
Ministerio de Relaciones Exteriores
--==b1==
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body><p>SANTIAGO, March 16 -- The foreign ministers of Chile and Norwa=
y signed a fisheries agreement in Santiago yesterday, the ministry said.</p></body></html>
--==b1==--
"""

_MESSAGE_TEXT = (
    "SANTIAGO, March 16 -- The foreign ministers of Chile and Norway signed a fisheries agreement in Santiago "
    "yesterday, the ministry said.\n\n"
    "Chile recognised Norway's claim to the sea zone in 1952 and the two states opened embassies in 1965. The quota "
    "ratio is 1=2 in the agreement.\n"
)


def test_an_eml_message_gives_its_plain_part_once_its_subject_as_title_and_its_date_as_publication(tmp_path):
    (tmp_path / "release.eml").write_text(_MESSAGE, encoding="utf-8")
    [doc] = _read(tmp_path / "release.eml")
    assert isinstance(doc, Document) and doc.format == "email"
    assert doc.title == "Chile and Norway sign a fisheries agreement – release"
    assert doc.published == "2000-03-16"
    [extracted] = [item for item in extract_documents([str(tmp_path / "release.eml")], DEFAULT)]
    assert extracted.text == _MESSAGE_TEXT  # one copy of the words: the plain part, not the HTML one too
    for furniture in ("Content-Type", "==b1==", "=3D", "fis=", "Press desk", "MIME", "From:", "<p>"):
        assert furniture not in extracted.text


def test_a_messages_date_anchors_yesterday_and_never_dates_the_history_it_tells(tmp_path):
    (tmp_path / "release.eml").write_text(_MESSAGE, encoding="utf-8")
    events = _events(tmp_path / "release.eml")
    assert ("CHL", "NOR", "05", "2000-03-15") in events  # "yesterday" of a report sent on 16 March 2000
    assert {date for *_, date in events} >= {"1952", "1965"}  # the history keeps its own years
    assert not any(date == "2000-03-16" for *_, date in events)


def test_an_html_only_message_saved_as_text_is_known_by_its_headers_and_read_through_the_html_path(tmp_path):
    page = ("<html><head><style>p {color: navy}</style></head><body><p>The prime ministers of Ghana and Japan met in "
            "Accra on 4 May 1998 and agreed to open talks on a trade accord.</p><p>Japan promised aid to Ghana for the "
            "port of Tema.</p></body></html>")
    raw = ("Message-ID: <x1@example.org>\nFrom: Desk <desk@example.org>\nTo: list@example.net\n"
           "Subject: =?iso-8859-1?q?Ghana_and_Japan:_r=E9sum=E9?=\nDate: Mon, 11 May 1998 10:00:00 +0000\n"
           "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
           + base64.encodebytes(page.encode()).decode())
    (tmp_path / "saved.txt").write_text(raw, encoding="utf-8")
    [doc] = _read(tmp_path / "saved.txt")
    assert doc.format == "email" and doc.title == "Ghana and Japan: résumé" and doc.published == "1998-05-11"
    assert doc.text == ("The prime ministers of Ghana and Japan met in Accra on 4 May 1998 and agreed to open talks on "
                        "a trade accord.\n\nJapan promised aid to Ghana for the port of Tema.\n")
    assert ("GHA", "JPN", "04", "1998-05-04") in _events(tmp_path / "saved.txt") or \
        ("JPN", "GHA", "04", "1998-05-04") in _events(tmp_path / "saved.txt")


def test_a_typed_memo_with_from_and_date_lines_is_no_message():
    memo = ("FROM: Embassy Lima\nTO: Secretary of State\nSUBJECT: Border talks\nDATE: 12 March 1962\n\n"
            "Peru and Ecuador resumed talks on the border today.\n")
    assert not looks_like_mail(memo)
    assert not looks_like_mail("Title: Agreement on trade\nSigned: 12.05.1983\nPlace: Lagos\n\nThe two states ...\n")
    assert looks_like_mail("From: A Writer <a@example.org>\nTo: b@example.net\nSubject: talks\n"
                           "Date: Tue, 14 Mar 2000 09:30:00 +0100\n\nThe talks began.\n")


def test_a_folded_message_and_an_mbox_of_two_each_give_their_documents(tmp_path):
    box = ("From desk@example.org Tue Mar 14 09:30:00 2000\n"
           "From: desk@example.org\nTo: a@example.net\nSubject: First\nDate: Tue, 14 Mar 2000 09:30:00 +0100\n"
           "Content-Type: text/plain; charset=utf-8; format=flowed\n\n"
           "Kenya and Tanzania reopened their border crossing at Namanga on 2 March 2000 after \n"
           "a week of talks.\n\n"
           "From desk@example.org Wed Mar 15 10:00:00 2000\n"
           "From: desk@example.org\nTo: a@example.net\nSubject: Second\nDate: Wed, 15 Mar 2000 10:00:00 +0100\n\n"
           "Uganda protested to Kenya on 14 March 2000.\n\nFrom 1960 to 1965\nthe two states kept no border post.\n")
    (tmp_path / "desk.mbox").write_text(box, encoding="utf-8")
    docs = _read(tmp_path / "desk.mbox")
    assert [(doc.origin.rsplit("/", 1)[1], doc.title, doc.published) for doc in docs] == [
        ("desk.mbox#1", "First", "2000-03-14"), ("desk.mbox#2", "Second", "2000-03-15")]
    assert docs[0].text == "Kenya and Tanzania reopened their border crossing at Namanga on 2 March 2000 after a week of talks.\n"
    assert docs[1].text.endswith("From 1960 to 1965\nthe two states kept no border post.\n")  # a body line, no separator


def test_bad_messages_are_skipped_naming_the_file_and_a_directory_walk_takes_eml_files(tmp_path):
    (tmp_path / "a_empty.eml").write_text("", encoding="utf-8")
    (tmp_path / "b_junk.eml").write_text("just a note with no header block at all\n", encoding="utf-8")
    (tmp_path / "c_attachment.eml").write_text(
        "From: a@example.org\nTo: b@example.net\nSubject: scan\nDate: Tue, 14 Mar 2000 09:30:00 +0100\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="x"\n\n--x\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\n'
        "JVBERi0xLjQK\n--x--\n", encoding="utf-8")
    (tmp_path / "d_good.eml").write_text(_MESSAGE, encoding="utf-8")
    (tmp_path / "e_other.dat").write_text(_MESSAGE, encoding="utf-8")  # an unknown suffix is passed over
    items = _read(tmp_path)
    assert [type(item).__name__ for item in items] == ["Skipped", "Skipped", "Skipped", "Document"]
    assert all(isinstance(item, Skipped) for item in items[:3])
    assert [item.reason for item in items[:3]] == ["empty", "bad_mail", "no_text"]
    assert all(item.message.startswith(str(tmp_path)) and item.failed for item in items[:3])
    assert "no header block" in items[1].message and "no text part" in items[2].message
    assert [name.rsplit("/", 1)[1] for name in shard_walk(tmp_path)] == ["a_empty.eml", "b_junk.eml", "c_attachment.eml",
                                                                         "d_good.eml"]
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "b_junk.eml"), str(tmp_path / "d_good.eml")])
    assert result.exit_code == 3 and "b_junk.eml: not an e-mail message" in result.output and '"CHL"' in result.output


def test_extract_help_names_e_mail_messages():
    result = CliRunner().invoke(cli, ["extract", "--help"])
    assert ".eml" in result.output


# --- lettered list items ---

_QUESTIONS = """The commission put three questions to the two governments in 1971:

(a) whether Kenya and Tanzania would reopen the border post at Namanga;
(b) whether the two states would share the costs of the railway;
(c) whether Uganda would be asked to join the talks.

(c) whether the customs union would survive was left open.

(c) 2004 The Daily Ledger. All rights reserved.

(C) Ledger Press 1998

(c)
"""


def test_a_lists_third_item_is_kept_and_only_copyright_lines_go():
    text = clean_text(_QUESTIONS).text
    assert "(c) whether Uganda would be asked to join the talks." in text  # after (a) and (b)
    assert "(c) whether the customs union would survive was left open." in text  # a clause, not a name and a year
    assert "Ledger" not in text and "\n(c)\n" not in text  # copyright lines and a lone sign at the foot go


def test_a_copyright_line_after_a_list_far_below_it_still_goes():
    page = _QUESTIONS.split("\n\n(c) whether the customs")[0] + "\n\n" + "\n\n".join(
        f"Paragraph {n} tells of the railway between Kenya and Tanzania and of its costs in detail." for n in range(12)) \
        + "\n\n(c) 2004 The Daily Ledger\n"
    assert "Ledger" not in clean_text(page).text


# --- text extracted from PDFs ---

_PDF = """Ghana and Brazil: A Survey
Ghana and Brazil opened embassies in Accra and Brasilia in 1961, soon after
independence.1 In 1983 the two governments signed a cultural agreement, and
President Rawlings of Ghana visited Brazil in 1995,2 when the two presidents
agreed on a programme of technical cooperation signed by the
14
Journal of Atlantic Studies
Brazilian foreign minister and his Ghanaian colleague in Brasilia.3 Brazil
opened a cooperation office in Accra in 2006 and forgave part of the debt
of Ghana in 2008.4 Trade reached 250.5 million dollars in 2009, a record.
1 Embassy records, Accra.
2 Jornal do Brasil, 8 May 1995.
3 Ibid.
4 See Mensah, Ghana and the South, 88.
15
Journal of Atlantic Studies
In 2013 the foreign ministers of Ghana and Brazil met in Accra for talks and
agreed to meet every two years.
16
Journal of Atlantic Studies
"""

_PDF_TEXT = (
    "Ghana and Brazil: A Survey\n"
    "Ghana and Brazil opened embassies in Accra and Brasilia in 1961, soon after independence. In 1983 the two "
    "governments signed a cultural agreement, and President Rawlings of Ghana visited Brazil in 1995, when the two "
    "presidents agreed on a programme of technical cooperation signed by the Brazilian foreign minister and his "
    "Ghanaian colleague in Brasilia. Brazil opened a cooperation office in Accra in 2006 and forgave part of the debt "
    "of Ghana in 2008. Trade reached 250.5 million dollars in 2009, a record.\n"
    "In 2013 the foreign ministers of Ghana and Brazil met in Accra for talks and agreed to meet every two years.\n"
)


def test_pdf_text_loses_marks_after_years_its_footnotes_running_headers_and_page_numbers():
    cleaned = clean_text(_PDF)
    assert cleaned.text == _PDF_TEXT
    assert cleaned.citations == ["Embassy records, Accra.", "Jornal do Brasil, 8 May 1995.", "Ibid.",
                                 "See Mensah, Ghana and the South, 88."]


def test_pdf_text_events_keep_their_years(tmp_path):
    (tmp_path / "survey.txt").write_text(_PDF, encoding="utf-8")
    events = _events(tmp_path / "survey.txt")
    assert {("GHA", "BRA", "05", "1961"), ("GHA", "BRA", "05", "1983"), ("GHA", "BRA", "05", "1995"),
            ("GHA", "BRA", "04", "2013")} <= events
    # the sentence cut by the page turn is whole again, so the visit's year reaches its signing
    assert {date for *_, date in events} == {"1961", "1983", "1995", "2013"}


def test_a_year_mark_is_told_from_a_decimal_and_a_number():
    lines = clean_text("Peru and Sweden signed a trade pact in 1955,7 and the pact was renewed in 1960.8 The "
                       "harvest was 1250.5 tons, 1,985.2 tonnes more.\n")
    assert lines.text == ("Peru and Sweden signed a trade pact in 1955, and the pact was renewed in 1960. The harvest was "
                          "1250.5 tons, 1,985.2 tonnes more.\n")


def test_a_line_next_to_a_page_number_once_is_no_running_header():
    text = ("Peru and Sweden signed a trade pact in Lima in 1955 and renewed it in 1960.\n\n12\n\n"
            "The Second Round\n\nIn 1968 Sweden recognised the new government of Peru.\n")
    assert "The Second Round" in clean_text(text).text


def test_superscript_marks_leave_the_sentences_apart_and_their_notes_become_citations():
    text = ("Kenya and Ethiopia signed a defence pact in 1964.¹ The two governments renewed it in 1987,² and the "
            "treaty³ still stands.\n\n¹ Nairobi archives.\n² ibid.\n³ See Tadesse, Horn Alliances, 12.\n\n"
            "The disputed plot was 40 km² and cost 10⁶ shillings.\n")
    cleaned = clean_text(text)
    assert cleaned.text == ("Kenya and Ethiopia signed a defence pact in 1964. The two governments renewed it in 1987, "
                            "and the treaty still stands.\n\nThe disputed plot was 40 km² and cost 10⁶ shillings.\n")
    assert cleaned.citations == ["Nairobi archives.", "ibid.", "See Tadesse, Horn Alliances, 12."]


def test_the_printed_gate_finds_what_the_printed_regex_finds_for_year_and_superscript_marks():
    import random

    from detente.text import pages

    pieces = ["1985", "2004", "1,985", ".", ",", ")", "”", "2", "12", " The", " and", " tons", "\n", "¹", "²³", "ties",
              "km", "x", " "]
    rng = random.Random(5)
    found = 0
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        expected = pages.PRINTED.search(text) is not None
        assert pages.printed(text) == expected, repr(text)
        found += expected
    assert found > 1000
    # a text whose only trace of print is a mark after a year or a superscript one is read as printed
    assert pages.printed("They met in 1985.2 The talks failed.") and pages.printed("They met in 1985.² The talks failed.")


def test_running_headers_with_their_page_number_a_space_away_go_and_numbered_lines_stay():
    text = ("The ministers of Peru and Sweden met in Lima in 1955 and signed a trade agreement, ratified\n"
            "in Stockholm a year later.1 Sweden then opened a consulate in Callao and sent its first\n"
            "12 Journal of Nordic Studies\n"
            "trade mission to Peru in 1958, when the two governments agreed to raise their legations to\n"
            "embassies.\n"
            "1 Treaty Series.\n"
            "Peru and Sweden 13\n"
            "In 1968 Sweden recognised the new government of Peru after the coup in Lima that October.\n"
            "14 Journal of Nordic Studies\n"
            "Peru and Sweden 15\n\n"
            "Key dates\n\n12 March 1962\n\nPeru recognised Sweden's claim.\n\n14 March 1962\n\nSweden thanked Peru.\n\n"
            "Article 1\n\nThe parties keep the peace.\n\nArticle 2\n\nThe parties trade.\n")
    cleaned = clean_text(text).text
    assert "Journal" not in cleaned and "Peru and Sweden 1" not in cleaned
    assert "sent its first trade mission to Peru in 1958" in cleaned
    for kept in ("12 March 1962", "14 March 1962", "Article 1", "Article 2"):
        assert f"\n{kept}\n" in cleaned


def test_a_forwarded_and_quoted_message_is_read_without_the_mail_programs_lines(tmp_path):
    raw = ("From: Analyst <analyst@example.org>\nTo: desk@example.net\nSubject: Fwd: border talks\n"
           "Date: Fri, 7 Apr 2006 08:00:00 +0300\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
           "Worth a look.\n\n"
           "---------- Forwarded message ---------\nFrom: Desk <desk@example.org>\nDate: Thu, Apr 6, 2006 at 9:30 AM\n"
           "Subject: Border talks\nTo: analyst@example.org\n\n"
           "On Wed, 5 Apr 2006 at 18:02, Press Office <press@example.org> wrote:\n"
           "> Eritrea and Sudan reopened their border crossing at Kassala on\n> 3 April 2006.\n>\n"
           "> The two governments agreed to meet again in Khartoum.\n")
    (tmp_path / "fwd.eml").write_text(raw, encoding="utf-8")
    [doc] = _read(tmp_path / "fwd.eml")
    assert doc.title == "Fwd: border talks" and doc.published == "2006-04-07"
    assert doc.text == ("Worth a look.\n\n\nEritrea and Sudan reopened their border crossing at Kassala on\n3 April 2006.\n\n"
                        "The two governments agreed to meet again in Khartoum.\n")


def test_an_empty_plain_part_gives_way_to_the_html_one_and_a_raw_8bit_subject_is_read_as_utf8(tmp_path):
    raw = ("From: a@example.org\nTo: b@example.net\nSubject: Bogotá and Quito\nDate: Tue, 14 Mar 2000 09:30:00 +0100\n"
           'MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="x"\n\n--x\nContent-Type: text/plain\n\n\n'
           "--x\nContent-Type: text/html\n\n<p>Colombia and Ecuador agreed on 12 March 2000 to reopen the border bridge "
           "at Rumichaca.</p>\n--x--\n")
    (tmp_path / "bridge.eml").write_bytes(raw.encode("utf-8"))
    [doc] = _read(tmp_path / "bridge.eml")
    assert doc.title == "Bogotá and Quito"
    assert doc.text.strip() == "Colombia and Ecuador agreed on 12 March 2000 to reopen the border bridge at Rumichaca."


def test_a_footnote_runs_on_mid_sentence_but_the_next_pages_text_after_its_stop_is_text_again():
    text = ("Chile and Bolivia broke off relations in 1962.1 The two governments met again at Charaña in 1975,2 when\n"
            "the presidents embraced on the border and agreed to restore relations at the level of ambassadors.\n"
            "1 Ministry of Foreign Affairs, Santiago, note of April 1962, with the\n"
            "text of the Bolivian reply.\n"
            "2 El Mercurio, 9 February 1975.\n"
            "Chile and Bolivia broke off relations again in 1978 after the talks on a corridor to the sea failed.\n")
    cleaned = clean_text(text)
    assert cleaned.text.endswith("Chile and Bolivia broke off relations again in 1978 after the talks on a corridor to "
                                 "the sea failed.\n")
    assert cleaned.citations == ["Ministry of Foreign Affairs, Santiago, note of April 1962, with the",
                                 "text of the Bolivian reply.", "El Mercurio, 9 February 1975."]


def test_a_message_saved_as_text_by_a_desktop_mail_program_is_known_by_its_sent_line(tmp_path):
    raw = ("From: Desk Officer\nSent: Tuesday, March 14, 2000 9:30 AM\nTo: Analyst\nSubject: Talks in Lima\n\n"
           "The foreign ministers of Peru and Chile met in Lima yesterday.\n")
    (tmp_path / "saved.txt").write_text(raw, encoding="utf-8")
    [doc] = _read(tmp_path / "saved.txt")
    assert (doc.format, doc.title, doc.published) == ("email", "Talks in Lima", "2000-03-14")
    assert doc.text == "The foreign ministers of Peru and Chile met in Lima yesterday.\n"


def test_a_c_line_is_a_copyright_only_before_a_year_or_a_name():
    story = "Kenya and Tanzania signed a treaty in 1967 on the railway and the port of Dar es Salaam.\n\n"
    for clause in ("(c) Uganda and Kenya agreed in 1962 to share the railway.", "(c) whether Uganda joins in 1962",
                   "(c) 1962 the two states signed a second treaty."):
        assert clause in clean_text(story + clause + "\n").text
    for notice in ("(c) Reuters", "(c) The Daily Ledger of Accra", "(c) Ledger Press Ltd. 1998", "(c) 2004-2010 Ledger Media.",
                   "(C) Copyright 2004", "(c) The Daily Ledger, 2004. All rights reserved."):
        assert clean_text(story + notice + "\n").text == story.rstrip("\n") + "\n", notice


def test_a_message_forwarded_as_an_attachment_is_read_after_the_messages_own_words(tmp_path):
    raw = ("From: Analyst <analyst@example.org>\nTo: desk@example.net\nSubject: FW: border note\n"
           "Date: Mon, 10 Jul 2006 08:00:00 +0300\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"outer\"\n\n"
           "--outer\nContent-Type: text/plain; charset=utf-8\n\nSee the note below.\n\n"
           "--outer\nContent-Type: message/rfc822\n\nFrom: Press <press@example.org>\nSubject: Border note\n"
           "Date: Fri, 7 Jul 2006 18:00:00 +0300\nContent-Type: text/html; charset=utf-8\n\n"
           "<p>Eritrea and Sudan reopened their border crossing at Kassala on 3 July 2006.</p>\n--outer--\n")
    (tmp_path / "fw.eml").write_text(raw, encoding="utf-8")
    [doc] = _read(tmp_path / "fw.eml")
    assert doc.text == "See the note below.\n\nEritrea and Sudan reopened their border crossing at Kassala on 3 July 2006.\n"
    assert doc.published == "2006-07-10"
    # with no words of its own, the attached message is the text
    alone = raw.replace("--outer\nContent-Type: text/plain; charset=utf-8\n\nSee the note below.\n\n", "")
    (tmp_path / "alone.eml").write_text(alone, encoding="utf-8")
    [doc] = _read(tmp_path / "alone.eml")
    assert doc.text == "Eritrea and Sudan reopened their border crossing at Kassala on 3 July 2006.\n"
