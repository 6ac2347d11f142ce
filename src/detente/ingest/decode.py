"""Bytes to text: encoding detection that never crashes a batch."""

from __future__ import annotations

import codecs

from detente.errors import InputError

_SNIFF = 8192
# the control bytes that mark binary data (all but tab, newline, form feed, carriage return and escape)
_CONTROLS = bytes(byte for byte in range(32) if byte not in (9, 10, 12, 13, 27))


def looks_binary(data: bytes) -> bool:
    """NUL bytes or a high share of control characters in the first block mark a binary file."""
    head = data[:_SNIFF]
    if not head:
        return False
    if b"\x00" in head and not (head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE)):
        return True
    controls = len(head) - len(head.translate(None, _CONTROLS))  # counted in C: every read file is sniffed
    return controls / len(head) > 0.10


def decode(data: bytes, origin: str, declared: str | None = None) -> str:
    """Decode ``data``: UTF-8 (with or without BOM) first, then UTF-16 by BOM, then the ``declared`` charset (an
    HTTP header's), then a detected legacy encoding.

    Valid UTF-8 wins over a declaration (servers that say ISO-8859-1 by default send UTF-8 pages); otherwise the
    declaration wins over detection, which cannot tell Latin-1 from its Baltic cousins in a short page. As browsers
    do, a declared Latin-1 or ASCII is read as windows-1252.

    Undecodable bytes become U+FFFD rather than an exception, so one bad byte never
    costs a document; a file that is binary is refused with an :class:`InputError`.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    if looks_binary(data):
        raise InputError(origin, "binary", "binary file, not text, HTML or JSONL; remove it from the input or convert it to text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    encoding = _codec(declared)
    if encoding is not None and encoding != "utf-8":
        return data.decode(encoding, errors="replace")
    damaged = _mostly_utf8(data)
    if damaged is not None:
        return damaged
    from charset_normalizer import from_bytes  # imported lazily: only legacy encodings need it

    best = from_bytes(data[: 1 << 20]).best()
    encoding = best.encoding if best is not None else "cp1252"
    try:
        return data.decode(encoding, errors="replace")
    except LookupError:
        return data.decode("cp1252", errors="replace")


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few bad bytes (a pasted fragment, a cut sequence) stays UTF-8, the bad bytes U+FFFD.

    A legacy encoding read as UTF-8 gives almost no valid multi-byte characters, so a text
    whose valid ones outnumber the bad bytes several times over is UTF-8, whatever a detector guesses.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    valid = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    return text if valid >= 4 * bad else None


def _codec(label: str | None) -> str | None:
    """Python's codec for a declared charset label (``ISO-8859-1`` -> ``cp1252``, as browsers read it); None when
    there is no label or Python knows no such codec."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name
