"""Subtitle files (SubRip .srt, WebVTT .vtt) as running text.

A subtitle file cuts speech into cues of a line or two, each under its number and time code. The reader keeps the
words only: cue numbers, time codes, WebVTT's header, notes, styles and cue settings, and styling tags (``<i>``,
``<font>``, ``<c.x>``, ``{\\an8}``) go; a cue's lines and consecutive cues are joined into running sentences, since
a cue that ends without a full stop goes on in the next. A speaker label (an upper-case name and a colon,
"NARRATOR:", WebVTT's ``<v Name>``) or a dialogue dash ("- ") opens a new paragraph, as does a pause of
:data:`PAUSE_SECONDS` after a sentence's end. Sound descriptions alone on a line ("[MUSIC]", "♪ ... ♪") go too.
"""

from __future__ import annotations

import html
import re

from detente.errors import InputError

SUBTITLE_SUFFIXES = {".srt", ".vtt"}
PAUSE_SECONDS = 4.0
"""A pause this long after a cue that ends a sentence ends the paragraph: the film moves to another scene."""

_CLOCK = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,:]\d{1,3})?"
# a time code line: "00:01:02,000 --> 00:01:05,500" (WebVTT: "01:02.000 --> 01:05.500 align:start"), read loosely so
# that a broken one ("00:01:02,000 -> 00:01:05", "00:01:02 - 00:01:05") is dropped too
_TIMING = re.compile(rf"^[ \t]*(?P<start>{_CLOCK})[ \t]*(?:(?:-->|->|–>|—>)[ \t]*(?P<end>{_CLOCK})?|[-–—][ \t]*(?P<end2>{_CLOCK})).*$"
                     r"|^.*-->.*$")
_CUE_NUMBER = re.compile(r"^[ \t]*\d{1,6}[ \t]*$")
# what opens a subtitle file: WebVTT's header, or a cue number (perhaps none) over a time code
_OPENING = re.compile(rf"\ufeff?\s*(?:WEBVTT\b|(?:\d{{1,6}}[ \t]*\r?\n[ \t]*)?{_CLOCK}[ \t]*-->[ \t]*{_CLOCK})")
_VTT_BLOCK = re.compile(r"^(?:WEBVTT|NOTE|STYLE|REGION)\b")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?[ \t]+([^>]+)>")
_TAGS = re.compile(r"</?[A-Za-z][^<>]*>|<\d[\d:.]*>|\{\\[^{}]*\}")
_SOUND = re.compile(r"^[ \t]*(?:\[[^\]]*\]|♪[^\n]*|#[^\n]*#)[ \t]*$")
_LABEL = re.compile(r"^(?:[A-Z][A-Z0-9.'’ -]{1,30}[A-Z0-9.]|[A-Z][a-z]+ [A-Z][a-z]+)[ \t]*:[ \t]")
_DASH = re.compile(r"^[ \t]*[-–—][ \t]+")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


def looks_like_subtitles(text: str) -> bool:
    """Whether ``text`` opens as a subtitle file does: a WebVTT header, or a cue number over a time code."""
    return _OPENING.match(text[:400].lstrip()) is not None


def read_subtitles(text: str, origin: str) -> str:
    """The words of a subtitle file as running text in paragraphs; :class:`InputError` when no cue holds any."""
    # each cue: start, end, and its lines, each with whether it opened a block (came after a blank line)
    cues: list[tuple[float | None, float | None, list[tuple[str, bool]]]] = [(None, None, [])]
    after_blank, skipping = True, False
    for line in text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n"):
        if not line.strip():
            after_blank, skipping = True, False
            continue
        timing = _TIMING.match(line)
        if timing is not None:
            words = cues[-1][2]
            if words and (words[-1][1] or _CUE_NUMBER.match(words[-1][0])):  # the cue's number or WebVTT identifier
                words.pop()
            cues.append((_seconds(timing["start"]), _seconds(timing["end"] or timing["end2"]), []))
            skipping = after_blank = False
            continue
        if after_blank and _VTT_BLOCK.match(line):
            skipping = True  # the header, a note, a style or a region block, up to the next blank line
        if not skipping:
            cues[-1][2].append((line, after_blank))  # a line after a lost time code is kept with the cue before it
        after_blank = False
    paragraphs: list[list[str]] = []
    last_end: float | None = None
    for start, end, words in cues:
        pause = start is not None and last_end is not None and start - last_end >= PAUSE_SECONDS
        last_end = end if end is not None else last_end
        for line, opened in words:
            if opened and _CUE_NUMBER.match(line):
                continue  # a number alone on its block: a cue's, its time code lost (a caption's "1948" stays)
            voiced = "<v" in line and _VOICE.search(line) is not None
            line = _clean(line)
            if not line:
                continue
            speaker = voiced or _LABEL.match(line) is not None or _DASH.match(line) is not None
            if _DASH.match(line):
                line = _DASH.sub("", line)
            if not paragraphs or paragraphs[-1] and (speaker or pause and _ends(paragraphs[-1])):
                paragraphs.append([])
            paragraphs[-1].append(line)
            pause = False
    text = "\n\n".join(_join(lines) for lines in paragraphs if lines)
    if not text.strip():
        what = "no cue holds any words" if len(cues) > 1 else "no time codes and no words were found"
        raise InputError(origin, "no_text", f"subtitle file with no text ({what}); check it is an .srt or .vtt file")
    return text + "\n"


def _clean(line: str) -> str:
    """A cue line's words: a voice tag becomes a speaker label, other tags and sound descriptions go."""
    if "<v" in line:
        line = _VOICE.sub(lambda m: m.group(1).strip() + ": ", line, count=1)
    if "<" in line or "{" in line:
        line = _TAGS.sub("", line)
    if "&" in line:
        line = html.unescape(line)
    if _SOUND.match(line):
        return ""
    return " ".join(line.split())


def _ends(lines: list[str]) -> bool:
    return bool(lines) and _SENTENCE_END.search(lines[-1]) is not None


def _join(lines: list[str]) -> str:
    """Lines of one paragraph as one run of text; a sentence cut with "..." and taken up with "..." is mended."""
    out = lines[0]
    for line in lines[1:]:
        if out.endswith(("...", "…")) and line.startswith(("...", "…")):
            out = out.rstrip(".…").rstrip() + " " + line.lstrip(".…").lstrip()
        else:
            out += " " + line
    return out


def _seconds(clock: str | None) -> float | None:
    """Seconds of a clock reading: "00:01:02,500" and "01:02.500" -> 62.5."""
    found = _CLOCK_PARTS.match(clock or "")
    if found is None:
        return None
    total = 0
    for part in found["hms"].split(":"):
        total = total * 60 + int(part)
    return total + (int(found["ms"]) / 10 ** len(found["ms"]) if found["ms"] else 0.0)


_CLOCK_PARTS = re.compile(r"(?P<hms>\d+(?::\d+)*)(?:[.,](?P<ms>\d+))?$")
