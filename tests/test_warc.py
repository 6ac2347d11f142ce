"""WARC input: HTML captures become documents, other records are skipped with a reason, archives stream."""

from __future__ import annotations

import gzip
from io import BytesIO

import pytest

from detente.ingest.read import read_inputs
from detente.model import Document, Skipped

pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

PAGE = """<html><head><title>Envoys meet in Geneva</title></head><body><nav>Home | World | Sport</nav>
<article><h1>Envoys meet in Geneva</h1>
<p>The foreign ministers of two neighbouring republics met in Geneva on Tuesday to discuss a border accord.</p>
<p>Both delegations said the talks were useful and agreed to meet again within three months.</p>
</article></body></html>"""


def _write_warc(path, records, gz: bool = True) -> None:
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        for kind, uri, status, content_type, body in records:
            if kind == "response":
                http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
                record = writer.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=http,
                                                   warc_headers_dict={"WARC-Date": "2021-03-04T05:06:07Z"})
            else:
                record = writer.create_warc_record(uri, kind, payload=BytesIO(body), warc_content_type=content_type)
            writer.write_record(record)


def _crawl(tmp_path, gz=True, name="crawl.warc.gz"):
    path = tmp_path / name
    _write_warc(path, [
        ("warcinfo", "", None, "application/warc-fields", b"software: test\r\n"),
        ("request", "https://news.example/geneva", None, "application/http; msgtype=request", b"GET /geneva HTTP/1.1\r\n\r\n"),
        ("response", "https://news.example/geneva", "200 OK", "text/html; charset=utf-8", PAGE.encode()),
        ("response", "https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(200)),
        ("response", "https://news.example/gone", "404 Not Found", "text/html", b"<html><body>gone</body></html>"),
    ], gz=gz)
    return path


@pytest.mark.parametrize("gz", [True, False])
def test_html_responses_become_documents_and_other_pages_are_skipped_with_reasons(tmp_path, gz):
    path = _crawl(tmp_path, gz, "crawl.warc.gz" if gz else "crawl.warc")
    items = list(read_inputs([str(path)]))
    documents = [item for item in items if isinstance(item, Document)]
    skipped = [item for item in items if isinstance(item, Skipped)]
    assert [doc.origin for doc in documents] == ["https://news.example/geneva"]
    doc = documents[0]
    assert "border accord" in doc.text and "Home | World" not in doc.text
    assert doc.format == "html" and doc.url == "https://news.example/geneva"
    assert doc.published == "2021-03-04"  # the page gives no date of its own: the capture date stands in
    assert sorted((item.origin, item.reason) for item in skipped) == [
        ("https://news.example/gone", "http_status"), ("https://news.example/logo.png", "not_html")]
    assert all(str(path) in item.message for item in skipped)


def test_a_directory_walk_finds_warc_files(tmp_path):
    _crawl(tmp_path)
    origins = [item.origin for item in read_inputs([str(tmp_path)]) if isinstance(item, Document)]
    assert origins == ["https://news.example/geneva"]


def test_a_truncated_archive_keeps_the_records_before_the_damage(tmp_path):
    path = _crawl(tmp_path)
    data = path.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 200])  # into the last record's headers
    items = list(read_inputs([str(cut)]))
    assert any(isinstance(item, Document) for item in items)
    assert items[-1].reason == "bad_warc" and "cut.warc.gz" in items[-1].message


def test_a_file_that_is_not_a_warc_is_skipped_not_raised(tmp_path):
    path = tmp_path / "fake.warc.gz"
    path.write_bytes(gzip.compress(b"this is plain text, not an archive\n" * 20))
    items = list(read_inputs([str(path)]))
    assert not any(isinstance(item, Document) for item in items)
    assert items[-1].reason == "bad_warc"


def test_payloads_over_the_size_limit_are_skipped(tmp_path):
    from detente.settings import Settings

    path = _crawl(tmp_path)
    items = list(read_inputs([str(path)], Settings(max_document_bytes=100)))
    assert "too_large" in {item.reason for item in items if isinstance(item, Skipped)}


# A short page in a legacy encoding: too little text for a detector to tell Latin-1 from its Baltic cousins.
LEGACY = ("<html><head><title>Talks</title></head><body><article><p>In November 1933 the United States established "
          "diplomatic relations with the Soviet Union, said the Café Zürich report.</p></article></body></html>")
RUSSIAN = ("<html><head><title>Отношения</title></head><body><article><p>В ноябре 1933 года Соединённые Штаты "
           "установили дипломатические отношения с Советским Союзом.</p></article></body></html>")


@pytest.mark.parametrize("charset, body, expected", [
    ("ISO-8859-1", LEGACY.encode("latin-1"), "Café Zürich"),
    ("windows-1252", LEGACY.encode("cp1252"), "Café Zürich"),
    ("koi8-r", RUSSIAN.encode("koi8_r"), "Соединённые Штаты"),
    ("windows-1251", RUSSIAN.encode("cp1251"), "Соединённые Штаты"),
])
def test_the_charset_the_http_header_declares_decodes_the_page(tmp_path, charset, body, expected):
    path = tmp_path / "legacy.warc.gz"
    _write_warc(path, [("response", "https://news.example/legacy", "200 OK", f"text/html; charset={charset}", body)])
    (doc,) = [item for item in read_inputs([str(path)]) if isinstance(item, Document)]
    assert expected in doc.text, doc.text


def test_a_meta_tag_charset_counts_when_the_header_declares_none(tmp_path):
    page = LEGACY.replace("<head>", '<head><meta charset="iso-8859-1">')
    path = tmp_path / "meta.warc.gz"
    _write_warc(path, [("response", "https://news.example/meta", "200 OK", "text/html", page.encode("latin-1"))])
    (doc,) = [item for item in read_inputs([str(path)]) if isinstance(item, Document)]
    assert "Café Zürich" in doc.text, doc.text


def test_a_bogus_declared_charset_falls_back_to_detection(tmp_path):
    path = tmp_path / "bogus.warc.gz"
    _write_warc(path, [("response", "https://news.example/b", "200 OK", "text/html; charset=x-no-such-thing",
                        RUSSIAN.encode("utf-8"))])
    (doc,) = [item for item in read_inputs([str(path)]) if isinstance(item, Document)]
    assert "Соединённые Штаты" in doc.text


def test_an_archive_gzipped_whole_is_read_like_one_gzipped_record_by_record(tmp_path):
    plain = _crawl(tmp_path, gz=False, name="crawl.warc")
    whole = tmp_path / "whole.warc.gz"
    whole.write_bytes(gzip.compress(plain.read_bytes()))  # `gzip crawl.warc`: one stream, not a member per record
    per_record = [(type(item).__name__, item.origin, getattr(item, "reason", None)) for item in read_inputs([str(plain)])]
    read = [(type(item).__name__, item.origin, getattr(item, "reason", None)) for item in read_inputs([str(whole)])]
    assert read == per_record
    assert ("Document", "https://news.example/geneva", None) in read


def test_a_crawls_images_and_error_pages_are_counted_not_failures_of_the_build(tmp_path):
    """Every crawl holds images, scripts and redirects: a build over one reports them in its summary, does not print
    each as an error, and exits 0; a damaged archive still exits 3."""
    from click.testing import CliRunner

    from detente.cli import cli

    path = _crawl(tmp_path)
    result = CliRunner().invoke(cli, ["build", str(path), "--db", str(tmp_path / "s.db"), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "skipped 2 (http_status 1, not_html 1)" in result.stdout and "logo.png" not in result.stderr
    data = path.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 200])
    damaged = CliRunner().invoke(cli, ["build", str(cut), "--db", str(tmp_path / "t.db"), "--quiet"])
    assert damaged.exit_code == 3 and "bad_warc" in damaged.stdout
