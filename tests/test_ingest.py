"""Reading inputs: every format, and every bad input becomes a Skipped record naming the file."""

from __future__ import annotations

import gzip
import json

from detente.ingest.read import read_inputs
from detente.model import Document, Skipped
from detente.settings import DEFAULT
from detente.text.clean import clean_text


def _read(*paths, settings=DEFAULT):
    return list(read_inputs([str(p) for p in paths], settings))


def test_plain_text_file_is_one_document(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The treaty was signed in 1963.\n", encoding="utf-8")
    (doc,) = _read(path)
    assert isinstance(doc, Document)
    assert doc.origin == str(path) and doc.text.startswith("The treaty") and doc.format == "text"


def test_html_goes_through_trafilatura_and_keeps_metadata(tmp_path):
    body = " ".join(["The two governments exchanged ambassadors after long talks in the capital."] * 6)
    html = (
        "<html><head><title>Recognition at last</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/about'>About</a></nav>"
        f"<article><h1>Recognition at last</h1><h2>Background</h2><p>{body}</p><p>{body}</p></article>"
        "<footer>Copyright 2020 Example</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (doc,) = _read(path)
    assert isinstance(doc, Document) and doc.format == "html"
    assert "exchanged ambassadors" in doc.text
    assert "Copyright" not in doc.text
    assert doc.title == "Recognition at last"
    assert "\nBackground\n" in doc.text  # a heading comes back on a line of its own


def test_a_wiki_pages_footnote_marks_and_edit_links_leave_no_trace(tmp_path):
    # trafilatura's Markdown keeps <sup> as a tag and escapes brackets: a footnote mark must not glue two sentences
    sentences = ["Tanks crossed the border at dawn on 6 September.", "The ceasefire took hold three weeks later.",
                 "Talks opened at a hill resort in the following year."]
    paragraph = "".join(f"{text}<sup><a href='#n{n}'>[{n}]</a></sup> " for n, text in enumerate(sentences, 1))
    html = ("<html><head><title>A war</title></head><body><article><h1>A war</h1>"
            "<h2>The war of 1965<span>[<a href='?action=edit'>edit</a>]</span></h2>"
            f"<p>{paragraph}</p><p>{paragraph}</p><p>The area is 5 km<sup>2</sup> of high ground.</p></article></body></html>")
    path = tmp_path / "wiki.html"
    path.write_text(html, encoding="utf-8")
    (doc,) = _read(path)
    assert "<sup>" not in doc.text and "\\[" not in doc.text, doc.text
    text = clean_text(doc.text).text  # the pipeline's next stage drops the marks themselves
    assert "[" not in text and "\nThe war of 1965\n" in text, text
    assert "September. The ceasefire" in text and "5 km2 of" in text, text


def test_jsonl_records_and_a_broken_line_in_the_middle(tmp_path):
    lines = [
        json.dumps({"id": "r1", "text": "Moscow protested.", "published": "1960-05-07T10:00:00", "title": "U-2"}),
        "{not json",
        json.dumps({"id": "r3", "title": "no text here"}),
        json.dumps({"id": "r4", "text": "Washington replied.", "url": "http://example.org/4"}),
    ]
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _read(path)
    docs = [i for i in items if isinstance(i, Document)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [d.origin for d in docs] == ["r1", "r4"]
    assert docs[0].published == "1960-05-07" and docs[0].title == "U-2"
    assert docs[1].url == "http://example.org/4"
    assert [(s.reason, s.line) for s in skipped] == [("invalid_json", 2), ("no_text", 3)]
    assert f"{path}:2" in skipped[0].message and "fix or remove the line" in skipped[0].message


def test_gzip_is_read_and_a_truncated_one_is_refused(tmp_path):
    good = tmp_path / "a.txt.gz"
    good.write_bytes(gzip.compress(b"Stalin met Churchill in 1942.\n"))
    bad = tmp_path / "b.txt.gz"
    whole = gzip.compress(" ".join(str(n * 7919 % 10007) for n in range(5000)).encode())
    bad.write_bytes(whole[: len(whole) // 2])
    first, second = _read(good, bad)
    assert isinstance(first, Document) and "Churchill" in first.text
    assert isinstance(second, Skipped) and second.reason == "bad_gzip" and str(bad) in second.message


def test_decompression_bomb_is_refused_past_the_limit(tmp_path):
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 3_000_000))
    (item,) = _read(path, settings=DEFAULT.with_values(max_decompressed_bytes=1_000_000))
    assert isinstance(item, Skipped) and item.reason == "too_large"
    assert "max_decompressed_bytes" in item.message


def test_bad_inputs_are_skipped_with_a_reason_and_the_batch_goes_on(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    good = tmp_path / "good.txt"
    good.write_text("Nixon visited Moscow in May 1972.", encoding="utf-8")
    missing = tmp_path / "nowhere.txt"
    items = _read(empty, binary, missing, good)
    reasons = [(i.reason if isinstance(i, Skipped) else "ok") for i in items]
    assert reasons == ["empty", "binary", "missing", "ok"]
    for item in items[:3]:
        assert item.origin in item.message  # every message names the file


def test_legacy_encoding_is_detected(tmp_path):
    text = "Le traité franco-soviétique fut signé à Paris en mai 1935, après des négociations difficiles entre les deux États."
    path = tmp_path / "fr.txt"
    path.write_bytes(text.encode("cp1252"))
    (doc,) = _read(path)
    assert isinstance(doc, Document) and "traité" in doc.text and "signé" in doc.text


def test_directories_are_walked_recursively_in_order_and_unknown_suffixes_ignored(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second text about Cuba in 1962.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First text about Berlin in 1961.", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "b" / "loop").symlink_to(tmp_path, target_is_directory=True)
    docs = _read(tmp_path)
    assert [d.origin.replace(str(tmp_path), "") for d in docs] == ["/a.txt", "/b/two.txt"]


def test_a_jsonl_record_may_name_itself_doc_id(tmp_path):
    path = tmp_path / "tb.jsonl"
    path.write_text(json.dumps({"doc_id": "APW19980807.0261", "text": "Talks resumed on Friday."}) + "\n", encoding="utf-8")
    (document,) = list(read_inputs([str(path)], DEFAULT))
    assert document.origin == "APW19980807.0261"


def test_a_publication_date_is_kept_only_when_it_is_a_calendar_date(tmp_path):
    # only the shape was checked: "1962-13-45" became the document's publication date, shown on its page
    given = {"a": "1962-10-24T09:30:00Z", "b": "1962-10", "c": "1962", "d": "1962-13-45", "e": "1962-02-30",
             "f": "1962-00", "g": "1962-1x-01", "h": 1962, "i": "  1962-10-24  "}
    path = tmp_path / "wire.jsonl"
    path.write_text("".join(json.dumps({"id": key, "text": "Moscow protested.", "published": value}) + "\n"
                            for key, value in given.items()), encoding="utf-8")
    published = {doc.origin: doc.published for doc in _read(path)}
    assert published == {"a": "1962-10-24", "b": "1962-10", "c": "1962", "d": None, "e": None, "f": None, "g": None,
                         "h": None, "i": "1962-10-24"}


def test_lone_surrogate_escapes_in_json_lines_become_replacement_characters(tmp_path):
    # JSON may spell a lone surrogate ("\ud800"); Python keeps it in the string and every UTF-8 writer (the
    # store, stdout) then raised UnicodeEncodeError: one such record stopped a whole build with a traceback
    path = tmp_path / "wire.jsonl"
    path.write_text('{"id": "a\\udfff", "title": "T \\ud800", "url": "http://x.example/\\udc00", '
                    '"text": "Moscow protested. Bad \\ud800 here; a pair \\ud83d\\ude80 stays."}\n', encoding="utf-8")
    (doc,) = _read(path)
    assert isinstance(doc, Document)
    assert doc.text == "Moscow protested. Bad \ufffd here; a pair \U0001F680 stays."
    assert (doc.origin, doc.title, doc.url) == ("a\ufffd", "T \ufffd", "http://x.example/\ufffd")


def test_a_file_name_that_is_not_utf8_is_read_and_named_with_a_replacement_character(tmp_path):
    # os.walk hands such a name over with surrogate escapes; stored as the document's origin it raised
    # UnicodeEncodeError in the store, and one oddly named file stopped the whole build
    import os

    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"caf\xe9.txt"), "w", encoding="utf-8") as handle:
        handle.write("The treaty was signed in 1963.\n")
    with open(os.path.join(folder, b"vide\xe9.txt"), "wb"):
        pass
    items = _read(tmp_path)
    assert sorted(type(item).__name__ for item in items) == ["Document", "Skipped"]
    for item in items:
        assert item.origin.encode("utf-8") and "\ufffd" in item.origin
        if isinstance(item, Skipped):
            assert item.message.encode("utf-8") and item.reason == "empty"


def test_a_build_reads_a_file_whose_name_is_not_utf8(tmp_path):
    import os

    from detente.pipeline import build
    from detente.store import open_store

    folder = os.fsencode(tmp_path / "in")
    os.makedirs(folder)
    with open(os.path.join(folder, b"caf\xe9.txt"), "w", encoding="utf-8") as handle:
        handle.write("On 5 March 1962 the United States protested to the Soviet Union about the blockade.\n")
    with open_store(str(tmp_path / "s.db")) as store:
        report = build([str(tmp_path / "in")], store)
        assert report.stored == 1 and report.events >= 1
        assert [event.doc for event in store.events()][0].endswith("caf\ufffd.txt")
