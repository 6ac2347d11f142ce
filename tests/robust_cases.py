"""The bad-input matrix: each case builds its input in a folder and says what detente must do with it.

Shared by ``tests/test_robust_inputs.py`` (which asserts every case) and ``bench/robust.py`` (which prints the
matrix). A case names the reasons its inputs must be skipped for, the line a skip must name, how many documents
must still be read, and a text the read documents must hold (for the encodings that must come through intact).
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

PROSE = (
    "In March 1962 the United States protested to the Soviet Union about the blockade. "
    "Moscow rejected the protest two days later and recalled its ambassador.\n"
)
LIMITS = {"max_document_bytes": 1 << 20, "max_decompressed_bytes": 4 << 20}  # small limits keep the tests fast


@dataclass
class Case:
    name: str
    build: Callable[[Path], list[str]]
    skipped: dict[str, int] = field(default_factory=dict)  # reason -> how many inputs skipped for it
    documents: int = 0  # documents that must still be read
    documents_at_least: bool = False  # ``documents`` is a floor (how much a cut stream yields depends on zlib)
    line: int | None = None  # the line the (first) skip must name
    holds: str | None = None  # text every read document must contain
    settings: dict = field(default_factory=dict)
    slow: bool = False  # builds a big input: bench only, or tests with a marker


def _write(path: Path, data: bytes | str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return str(path)


def missing(folder: Path) -> list[str]:
    return [str(folder / "nowhere" / "gone.txt")]


def directory_loop(folder: Path) -> list[str]:
    root = folder / "loop"
    _write(root / "sub" / "a.txt", PROSE)
    os.symlink("..", root / "sub" / "back")  # sub/back -> loop: walking follows it forever unless it stops
    os.symlink("self.txt", root / "self.txt")  # a symlink to itself, named like a document
    return [str(root)]


def fifo(folder: Path) -> list[str]:
    # a named pipe never sends EOF: opening it to read would stall the batch (this works as root, too)
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return [str(path), _write(folder / "after.txt", PROSE)]


def empty(folder: Path) -> list[str]:
    return [_write(folder / "empty.txt", b""), _write(folder / "blank.html", b"  \n\t\n")]


def binary(folder: Path) -> list[str]:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40
    return [_write(folder / "image.html", png)]


def invalid_utf8(folder: Path) -> list[str]:
    # UTF-8 with a few bad bytes: the good characters stay, the bad bytes become U+FFFD
    data = ("Soviet–American relations in the era of Никита Хрущёв, as seen from São Paulo and Zürich\n\n".encode()
            + PROSE.encode() + b"A stray byte \xff here and a cut sequence \xe2\x82 there.\n" + PROSE.encode())
    return [_write(folder / "mixed.txt", data)]


def cp1251(folder: Path) -> list[str]:
    text = ("В марте 1962 года Соединённые Штаты заявили протест Советскому Союзу. "
            "Москва отклонила протест через два дня и отозвала посла.\n") * 3
    return [_write(folder / "russian.txt", text.encode("cp1251"))]


def latin1(folder: Path) -> list[str]:
    text = ("En mars 1962, les États-Unis protestèrent auprès de l'Union soviétique ; "
            "Moscou rejeta la protestation deux jours après et rappela son ambassadeur à l'été.\n") * 3
    return [_write(folder / "french.txt", text.encode("latin-1"))]


def html_no_text(folder: Path) -> list[str]:
    html = ("<html><head><title>Menu</title><script>var x = 1;</script></head><body>"
            "<nav><a href='/'>Home</a> | <a href='/a'>About</a></nav><div></div><footer></footer></body></html>")
    return [_write(folder / "menu.html", html)]


def deep_html(folder: Path) -> list[str]:
    depth = 100_000
    html = "<html><body>" + "<div>" * depth + f"<p>{PROSE}</p>" + "</div>" * depth + "</body></html>"
    return [_write(folder / "deep.html", html), _write(folder / "after.txt", PROSE)]


def enormous_html(folder: Path) -> list[str]:
    paragraph = f"<p>{PROSE}</p>\n"
    size = LIMITS["max_document_bytes"] * 2
    html = "<html><body><article>" + paragraph * (size // len(paragraph)) + "</article></body></html>"
    return [_write(folder / "enormous.html", html), _write(folder / "after.txt", PROSE)]


def long_line(size: int) -> Callable[[Path], list[str]]:
    """One line of ``size`` bytes with no line break, as .txt and as .jsonl, written in blocks (memory stays flat)."""

    def build(folder: Path) -> list[str]:
        block = (b"the treaty was signed and " * 4096)[: 1 << 20]
        paths = []
        for name, head, tail in (("line.txt", b"", b""), ("line.jsonl", b'{"id": "big", "text": "', b'"}\n')):
            path = folder / name
            with open(path, "wb") as handle:
                handle.write(head)
                left = size
                while left > 0:
                    handle.write(block[: min(left, len(block))])
                    left -= len(block)
                handle.write(tail)
            paths.append(str(path))
        with open(folder / "line.jsonl", "ab") as handle:  # a record after the giant one is still read
            handle.write(json.dumps({"id": "small", "text": PROSE}).encode() + b"\n")
        return paths

    return build


def slow(folder: Path) -> list[str]:
    """A document that takes the stages seconds (thousands of dated sections), then a small one."""
    text = "".join(f"{1900 + n % 90}\n\nThe treaty was signed in {1900 + n % 90}.\n\n" for n in range(6000))
    return [_write(folder / "a_slow.txt", text), _write(folder / "b_after.txt", PROSE)]


def invalid_json(folder: Path) -> list[str]:
    lines = [json.dumps({"id": "r1", "text": PROSE}), json.dumps({"id": "r2", "text": PROSE + " Later."}),
             '{"id": "r3", "text": "cut off', json.dumps({"id": "r4", "text": PROSE + " Much later."})]
    return [_write(folder / "wire.jsonl", "\n".join(lines) + "\n")]


def jsonl_without_text(folder: Path) -> list[str]:
    lines = [json.dumps({"id": "r1", "text": PROSE}), json.dumps({"id": "r2", "title": "no body"}),
             json.dumps({"id": "r3", "text": 42}), "[1, 2, 3]"]
    return [_write(folder / "records.jsonl", "\n".join(lines) + "\n")]


def truncated_gzip(folder: Path) -> list[str]:
    text = gzip.compress("".join(f"{number}: {PROSE}" for number in range(100)).encode())
    records = "".join(json.dumps({"id": f"g{number}", "text": f"{number}: {PROSE}"}) + "\n" for number in range(30))
    jsonl = gzip.compress(records.encode())
    # the JSONL stream is cut near its end: the records before the damage are read
    return [_write(folder / "cut.txt.gz", text[: len(text) // 2]), _write(folder / "cut.jsonl.gz", jsonl[: len(jsonl) - 40])]


def bomb(limit: int, factor: int = 4) -> Callable[[Path], list[str]]:
    """A gzip file that inflates to ``factor`` times ``limit`` (as text and as JSONL).

    One member of 1 MB of spaces (one endless line: no line end to stop at) is compressed once and written
    again and again: a gzip stream may hold many members, and readers inflate them all.
    """

    def build(folder: Path) -> list[str]:
        member = gzip.compress(b" " * (1 << 20), compresslevel=9)
        paths = []
        for name in ("bomb.txt.gz", "bomb.jsonl.gz"):
            path = folder / name
            path.write_bytes(member * (factor * limit >> 20))
            paths.append(str(path))
        return paths

    return build


def warc_mixed(folder: Path) -> list[str]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = f"<html><head><title>Protest</title></head><body><article><p>{PROSE}</p><p>{PROSE}</p></article></body></html>"
    records = [("http://example.org/a.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(200)),
               ("http://example.org/report.pdf", "application/pdf", b"%PDF-1.4 ..."),
               ("http://example.org/page", "text/html; charset=utf-8", page.encode())]
    path = folder / "crawl.warc.gz"
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for uri, content_type, body in records:
            http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=http))
    return [str(path)]


CASES: list[Case] = [
    Case("missing path", missing, {"missing": 1}),
    Case("directory loop (symlinks)", directory_loop, {"unreadable": 1}, documents=1),
    Case("named pipe (would block)", fifo, {"not_a_file": 1}, documents=1),
    Case("empty file", empty, {"empty": 2}),
    Case("binary file", binary, {"binary": 1}),
    Case("invalid UTF-8", invalid_utf8, documents=1, holds="Soviet–American relations in the era of Никита Хрущёв, as seen from São Paulo"),
    Case("legacy encoding cp1251", cp1251, documents=1, holds="Советскому Союзу"),
    Case("legacy encoding latin-1", latin1, documents=1, holds="États-Unis protestèrent"),
    Case("HTML with no text", html_no_text, {"no_text": 1}),
    Case("deeply nested HTML (100k divs)", deep_html, {"too_complex": 1}, documents=1),
    Case("enormous HTML", enormous_html, {"too_large": 1}, documents=1, settings=LIMITS),
    Case("HTML over max_html_bytes", enormous_html, {"too_large": 1}, documents=1,
         settings={"max_html_bytes": LIMITS["max_document_bytes"]}),
    Case("document over the time limit", slow, {"timeout": 1}, documents=1, settings={"document_timeout_seconds": 1}),
    Case("invalid JSON on line 3", invalid_json, {"invalid_json": 1}, documents=3, line=3),
    Case("JSONL record without text", jsonl_without_text, {"no_text": 2, "invalid_json": 1}, documents=1, line=2),
    Case("truncated gzip", truncated_gzip, {"bad_gzip": 2}, documents=20, documents_at_least=True),
    Case("decompression bomb", bomb(LIMITS["max_decompressed_bytes"]), {"too_large": 2}, settings=LIMITS),
    Case("WARC with non-HTML records", warc_mixed, {"not_html": 2}, documents=1),
    Case("single line over the limit", long_line(2 * LIMITS["max_document_bytes"]), {"too_large": 2}, documents=1,
         settings=LIMITS),
]

BIG_CASES: list[Case] = [  # the sizes the issue names, at the default limits: bench/robust.py and the slow test
    Case("single 200 MB line", long_line(200 << 20), {"too_large": 2}, documents=1, slow=True),
    Case("decompression bomb at the default limit", bomb(256 << 20, factor=2), {"too_large": 2}, slow=True),
]


# the server under attack and load -------------------------------------------------------------------------
HOSTILE = (
    "In March 1962 the United States protested to the Soviet Union <script>alert('pwned')</script> about the blockade.\n"
    "In April 1962 the Soviet Union rejected the protest <IMG SRC=x OnError=alert(1)> and <svg onload=alert(2)>.\n"
    "In May 1962 the United States accused the Soviet Union of <a href=\"javascript:alert(3)\">aggression</a> "
    "and <a href=\"jav&#x09;ascript:alert(4)\">threats</a>.\n"
    "In June 1962 the Soviet Union threatened the United States </script><script>alert(5)</script> again.\n"
)


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """`detente serve --db DB` on a free port of 127.0.0.1, as a child process; use as a context manager."""

    def __init__(self, db: str, python: str | None = None):
        import sys

        self.db, self.port = db, free_port()
        self.command = [python or sys.executable, "-m", "detente", "serve", "--db", db, "--port", str(self.port)]
        self.process = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> Server:
        import subprocess
        import tempfile
        import time
        import urllib.request

        self.log = tempfile.TemporaryFile("w+")  # a file, not a pipe: a pipe nobody reads would stall a server that logs
        self.process = subprocess.Popen(self.command, stdout=subprocess.DEVNULL, stderr=self.log)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"detente serve stopped: {self.stderr()[-2000:]}")
            try:
                with urllib.request.urlopen(self.url + "/api/timeline?limit=1", timeout=2):
                    return self
            except OSError:
                time.sleep(0.2)
        self.__exit__()
        raise RuntimeError("detente serve did not answer within 60 s")

    def __exit__(self, *exc: object) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except Exception:  # noqa: BLE001
                self.process.kill()
                self.process.wait()

    def stderr(self) -> str:
        """What the server wrote to stderr so far (its warnings and errors)."""
        self.log.flush()
        self.log.seek(0)
        text = self.log.read()
        self.log.seek(0, 2)
        return text

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None


def raw_request(port: int, target: str, method: str = "GET", headers: str = "") -> tuple[int, dict[str, str], bytes]:
    """One request sent byte for byte as given (no client cleans the path first); (status, headers, body).

    Status 0 means the server closed the connection without an answer (what servers do with a flood of headers).
    """
    import socket

    data = b""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=20) as sock:
            sock.sendall(f"{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n{headers}\r\n".encode("latin-1"))
            while chunk := sock.recv(1 << 16):
                data += chunk
    except ConnectionError:  # the server hung up on the request: status 0, unless it answered first
        if not data:
            return 0, {}, b""
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1]) if lines and len(lines[0].split()) > 1 else 0
    fields = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        fields[name.strip().lower()] = value.strip()
    if fields.get("transfer-encoding") == "chunked":
        plain = b""
        while body:
            size_line, _, rest = body.partition(b"\r\n")
            size = int(size_line.split(b";")[0] or b"0", 16)
            if not size:
                break
            plain, body = plain + rest[:size], rest[size + 2 :]
        body = plain
    return status, fields, body


def attack_requests() -> list[tuple[str, str, str]]:
    """(what, method, target) of requests a hostile client sends; each must get a clean 4xx."""
    big = "9" * 40
    return [
        ("path traversal in static files", "GET", "/static/../../../../etc/passwd"),
        ("encoded traversal in static files", "GET", "/static/..%2f..%2f..%2f..%2fetc%2fpasswd"),
        ("dot-dot to the source", "GET", "/static/%2e%2e/app.py"),
        ("traversal as a document id", "GET", "/api/documents/..%2f..%2f..%2fetc%2fpasswd"),
        ("raw traversal as a document id", "GET", "/api/documents/../../../etc/passwd"),
        ("traversal in a page's document id", "GET", "/documents/..%2F..%2Fdetente.db"),
        ("NUL in a document id", "GET", "/api/documents/abc%00def"),
        ("oversized document id", "GET", "/api/documents/" + "a" * 5000),
        ("oversized actors", "GET", "/api/timeline?actors=" + "USA," * 3000),
        ("oversized search", "GET", "/api/search?q=" + "x" * 5000),
        ("huge offset", "GET", f"/api/timeline?offset={big}"),
        ("huge limit", "GET", f"/api/events?limit={big}"),
        ("float offset", "GET", "/api/timeline?offset=1e308"),
        ("negative limit", "GET", "/api/timeline?limit=-5"),
        ("huge offset on a page", "GET", f"/search?q=treaty&offset={big}"),
        ("SQL in actors", "GET", "/api/timeline?actors=USA'%20OR%20'1'%3D'1"),
        ("SQL in type", "GET", "/api/events?type=AGREE'%20UNION%20SELECT%20sqlite_version()--"),
        ("SQL in polarity", "GET", "/api/events?polarity=conflict'%3B%20DROP%20TABLE%20events%3B--"),
        ("SQL in a date", "GET", "/api/timeline?from=1900'%20OR%201%3D1--"),
        ("SQL in an event id", "GET", "/api/events/1'%20OR%20'1'%3D'1"),
        ("SQL in an actor code", "GET", "/api/actors/USA'%3B%20DROP%20TABLE%20actors%3B--"),
        ("a method that writes", "DELETE", "/api/events/abc"),
        ("a body sent to a read", "POST", "/api/timeline"),
    ]
