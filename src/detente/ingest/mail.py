"""E-mail messages (RFC 822/5322: a saved ``.eml``, the same raw message saved as ``.txt``, an ``.mbox`` of several)
read as their text.

A message is a block of header fields ("From:", "To:", "Subject:", "Date:", "MIME-Version:", "Content-Type:"), a
blank line, then its body, which MIME may split into parts (text and HTML versions of the same words, attachments)
and encode (quoted-printable "=3D" and soft line breaks, base64, charsets, "=?utf-8?q?...?=" words in headers). The
stdlib ``email`` package (``policy.default``) undoes all of it; the reader keeps:

- the text of the message: its text/plain part, or, when it has none, its text/html part through the reader's HTML
  path (never both: they are the same words); a plain part's signature (under the "-- " line) goes, a
  ``format=flowed`` part's soft breaks are joined, and a quoted or forwarded message is read as the rest of the text,
  without the quote marks and the lines a mail program writes over it ("On ... wrote:", a forwarded message's
  "From:", "Date:", "Subject:" lines), as is a message forwarded as an attachment (message/rfc822), after the
  message's own words;
- the Subject as the document's title (as an HTML page's <title>: not in the text);
- the Date header's day as the publication date, as an HTML page's date from its markup: a dated news message's
  "yesterday" counts back from it; a history told in the message keeps its own dates.

Headers, MIME boundaries and transfer encodings never reach the text. A file known as a message (by its suffix, or
by how it opens: see :func:`looks_like_mail`) that holds no header block, or no part with text, is refused with an
:class:`InputError` naming the file.
"""

from __future__ import annotations

import datetime
import email
import email.utils
import re
from email import policy
from email.message import EmailMessage

from detente.errors import InputError
from detente.ingest.decode import decode
from detente.ingest.feeds import html_to_text

MAIL_SUFFIXES = {".eml"}
MBOX_SUFFIXES = {".mbox"}

# a header field ("Subject: ...", "X-Mailer: ...") or its folded continuation (a line that opens with white space)
_FIELD = re.compile(r"([A-Za-z][A-Za-z0-9_-]{0,76}):")
# header fields only a mail program writes: one of them at the head of a text marks a saved message
_MACHINE_FIELDS = frozenset(("mime-version", "content-type", "content-transfer-encoding", "message-id", "received",
                             "return-path", "delivered-to", "in-reply-to", "references", "x-mailer", "dkim-signature",
                             "user-agent", "x-original-to", "thread-index", "thread-topic"))
# without one, a From address and an RFC 5322 date with its clock time ("Tue, 14 Mar 2000 09:30:00 +0100") do: a typed
# cable's "FROM: Embassy Lima" over "DATE: 12 March 1962" is no message
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")
# an mbox's separator line: "From sender@example.org Tue Mar 14 09:30:00 2000", with its clock time and its year (a
# body's "From 1960 to 1965" is none; mbox writers also quote a body's "From " as ">From ")
_MBOX_FROM = re.compile(r"From \S+ [^\n]*\b\d\d:\d\d\b[^\n]*\d{4}\s*$")
_MBOX_SPLIT = re.compile(rb"(?:^|\n)(?=From \S+ [^\n]*\b\d\d:\d\d\b[^\n]*\d{4}[ \t]*\r?\n)")
_SIGNATURE = re.compile(r"\n-- ?\n")  # the signature's separator line, "-- " by the usage of every mail program
_HEAD_LINES = 60
# a Date or Sent value in another form than RFC 5322's: "2000-03-14 09:30", "14 March 2000"
_ISO_DAY = re.compile(r"\b(\d{4})-(\d\d)-(\d\d)\b")
_WRITTEN_DAY = re.compile(r"\b(\d{1,2})\.?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_MONTHS = {name: number for number, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_SURROGATE = re.compile("[\udc80-\udcff]")


def looks_like_mail(text: str) -> bool:
    """Whether ``text`` opens with a message's header block (perhaps under an mbox "From " line): fields up to a blank
    line, three or more, among them one only a mail program writes (MIME-Version, Content-Type, Message-ID, Received,
    ...) or a From with an address and a Date with its clock time."""
    head = text[:8000].lstrip("\ufeff")
    if not head[:1].isalpha():
        return False
    lines = head.split("\n", _HEAD_LINES)
    if lines and lines[0].startswith("From ") and _MBOX_FROM.match(lines[0].rstrip("\r")):
        lines = lines[1:]
    names: dict[str, str] = {}
    last = ""
    for line in lines[:_HEAD_LINES]:
        line = line.rstrip("\r")
        if not line.strip():
            break
        if line[0] in " \t" and last:  # a folded field goes on
            names[last] += " " + line.strip()
            continue
        found = _FIELD.match(line)
        if found is None:
            return False
        last = found.group(1).lower()
        names[last] = names.get(last, "") + " " + line[found.end(1) + 1:].strip()
    else:
        return False  # no blank line ends the head: no body follows
    if len(names) < 3:
        return False
    if not _MACHINE_FIELDS.isdisjoint(names):
        return True
    if "from" in names and "date" in names and _ADDRESS.search(names["from"]) is not None \
            and _CLOCK.search(names["date"]) is not None:
        return True
    # a message saved as text by a desktop mail program: "From:", "Sent: Tuesday, March 14, 2000 9:30 AM", "To:",
    # "Subject:" (the day it was sent, with its clock time, under a word no typed memo uses)
    return "from" in names and "subject" in names and "sent" in names and _CLOCK.search(names["sent"]) is not None


def read_mail(data: bytes, origin: str) -> tuple[str, str | None, str | None, str]:
    """The text, title (Subject), publication day (ISO, from Date) and format ("text" or "html": which part the text
    came from; an HTML part is returned as HTML for the reader's HTML path) of one message."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):  # a message saved as UTF-16: parsed from its text
        data = decode(data, origin).encode("utf-8")
    if data.startswith(b"From ") and _MBOX_FROM.match(data.split(b"\n", 1)[0].decode("latin-1").rstrip("\r")):
        data = data.split(b"\n", 1)[1] if b"\n" in data else b""
    try:
        message = email.message_from_bytes(data, policy=policy.default)
        if not isinstance(message, EmailMessage) or not message.keys():
            raise InputError(origin, "bad_mail", "not an e-mail message: no header block (From:, To:, Subject:, Date: "
                             "...) at its top; save the whole message (\"Save as\" / \"Show original\"), or name it .txt")
        title = _header(message, "subject")
        published = _date(_header(message, "date")) or _date(_header(message, "sent"))
        part = message.get_body(preferencelist=("plain", "html"))
        if part is None and not message.is_multipart() and message.get_content_maintype() == "text":
            part = message  # a lone text part of another subtype (text/enriched, text/x-...)
        attached = [words for words in map(_attached_text, _attached_messages(message)) if words.strip()]
        if part is None and not attached:
            raise InputError(origin, "no_text", "e-mail message with no text part (only attachments or an empty body); "
                             "nothing to read")
        text, kind = "", "text"
        if part is not None:
            text = _part_text(part, origin)
            if not text.strip() and part.get_content_subtype() == "plain":  # an empty plain part beside the HTML one
                part = message.get_body(preferencelist=("html",)) or part
                text = _part_text(part, origin)
            kind = "html" if part.get_content_subtype() == "html" else "text"
            if kind == "text":
                text = _plain(part, text)
        if attached:  # messages forwarded as attachments: their words follow the message's own, as plain text
            if kind == "html":
                text, kind = html_to_text(text), "text"
            text = "\n\n".join(words for words in (text.strip(), *(words.strip() for words in attached)) if words) + "\n"
    except InputError:
        raise
    except Exception as error:  # noqa: BLE001 - the parser's faults on one broken message must not stop the batch
        raise InputError(origin, "bad_mail", f"cannot read this e-mail message ({type(error).__name__}: {error}); "
                         "check it is a whole message") from None
    if not text.strip():
        raise InputError(origin, "no_text", "e-mail message with an empty body; nothing to read")
    return text, title, published, kind


def _part_text(part: EmailMessage, origin: str) -> str:
    """A part's words: its transfer encoding undone, its bytes decoded as the reader decodes a file (valid UTF-8 first,
    then the part's declared charset)."""
    raw = part.get_payload(decode=True) or b""
    return decode(raw, origin, part.get_content_charset()) if raw.strip() else ""


def _plain(part: EmailMessage, text: str) -> str:
    """A plain part's text with its soft breaks joined, its signature dropped and its quotes opened."""
    if str(part.get_param("format", "")).lower() == "flowed":
        text = _unflow(text, str(part.get_param("delsp", "")).lower() == "yes")
    return _unquoted(_without_signature(text.replace("\r\n", "\n")))


def _attached_messages(message: EmailMessage) -> list[EmailMessage]:
    """The messages attached to ``message`` (message/rfc822 parts, a forward "as attachment"), at any depth."""
    found = []
    for part in message.walk():
        if part is not message and part.get_content_type() == "message/rfc822":
            payload = part.get_payload()
            found.extend(sub for sub in (payload if isinstance(payload, list) else [payload]) if isinstance(sub, EmailMessage))
    return found


def _attached_text(message: EmailMessage) -> str:
    """The words of an attached message: its plain part, or its HTML part as plain text."""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    text = _part_text(part, "")
    return _plain(part, text) if part.get_content_subtype() == "plain" else html_to_text(text)


def split_mbox(data: bytes) -> list[bytes]:
    """The messages of an mbox file, each under its "From " separator line (which :func:`read_mail` drops)."""
    return [piece for piece in _MBOX_SPLIT.split(data) if piece.strip()]


def _header(message: EmailMessage, name: str) -> str | None:
    try:
        value = message.get(name)
    except Exception:  # noqa: BLE001 - a header the policy cannot parse is left out, not the message
        return None
    value = " ".join(str(value).split()) if value is not None else ""
    if _SURROGATE.search(value):  # raw 8-bit bytes in a header, never encoded: read as UTF-8 (else U+FFFD)
        value = value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return value or None


def _date(value: str | None) -> str | None:
    """The day a Date header names, in the sender's own zone ("Tue, 14 Mar 2000 23:30:00 -0500" is 2000-03-14)."""
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_tz(value)
    except (ValueError, TypeError, IndexError, OverflowError):
        return None
    if parsed is None:
        written = _ISO_DAY.search(value) or _WRITTEN_DAY.search(value)
        if written is None:
            return None
        if written.re is _ISO_DAY:
            year, month, day = (int(part) for part in written.groups())
        else:
            month = _MONTHS.get(written.group(2)[:3].lower())
            if month is None:
                return None
            year, day = int(written.group(3)), int(written.group(1))
        parsed = (year, month, day)
    year, month, day = parsed[:3]
    if year < 100:  # RFC 822's two-digit years, as RFC 5322 reads them
        year += 2000 if year < 50 else 1900
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _unflow(text: str, delsp: bool) -> str:
    """A format=flowed part (RFC 3676) with its soft breaks joined: a line that ends with a space goes on."""
    out: list[str] = []
    carry = ""
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.startswith(" "):  # space-stuffed
            line = line[1:]
        if line.endswith(" ") and line != "-- ":
            carry += line[:-1] if delsp else line
            continue
        out.append(carry + line)
        carry = ""
    if carry:
        out.append(carry)
    return "\n".join(out)


# what a mail program writes around a message it quotes or forwards: the line over a quote ("On Tue, 14 Mar 2000,
# A Writer <a@example.org> wrote:"), the line over a forwarded message and that message's own header fields
# ("---------- Forwarded message ---------" over "From: ...", "Date: ...", "Subject: ...", "To: ..."); and the quote
# marks that open each quoted line ("> ", ">> ")
_ATTRIBUTION = re.compile(r"^[ \t>]*On [^\n]{0,300}\bwrote:[ \t]*\n", re.M)
_FORWARDED = re.compile(r"^[ \t>]*-*[ \t]*(?:Forwarded message|Original message|Begin forwarded message:?)[ \t]*-*[ \t]*\n"
                        r"(?:[ \t>]*(?:From|Sent|Date|To|Cc|Subject|Reply-To)[ \t]*:[^\n]*\n)*", re.M | re.I)
_QUOTE_MARKS = re.compile(r"^(?:>[ \t]?)+", re.M)


def _unquoted(text: str) -> str:
    """A plain part with what the mail program wrote around quoted and forwarded messages dropped (see
    ``_ATTRIBUTION``): the words quoted or forwarded are read as the rest of the text is."""
    if "wrote:" in text:
        text = _ATTRIBUTION.sub("", text)
    if "essage" in text:
        text = _FORWARDED.sub("", text)
    if ">" in text:
        text = _QUOTE_MARKS.sub("", text)
    return text


def _without_signature(text: str) -> str:
    """A plain part without its signature: what follows the last "-- " line, when it is short (a name, an address)."""
    found = next(reversed(list(_SIGNATURE.finditer(text))), None) if "\n--" in text else None
    if found is not None and len(text) - found.end() < 800 and text[found.end():].count("\n") <= 12:
        return text[: found.start()] + "\n"
    return text
