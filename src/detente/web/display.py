"""How stored values read on a page: dates at their precision, evidence cut out of its document, marked spans.

Pure functions over plain values, shared by the templates (as Jinja filters) and the JSON twins, so a page
and its ``.json`` say the same thing. Nothing here makes HTML: templates escape every piece of text.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from typing import Any

MONTHS = list(calendar.month_name)
# embeddings, overrides and isolates: in a URL or a file name they only ever disguise it ("\u202etxt.exe" reads "exe.txt")
DIRECTION_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def plain_address(text: str | None) -> str:
    """A URL or file name as a reader should see it: direction controls written out (``\\u202e``), not obeyed."""
    if not text:
        return ""
    return DIRECTION_CONTROLS.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def date_label(date: str | None, precision: str | None = None) -> str:
    """ "1933" -> "1933", "1933-11" -> "November 1933", "1933-11-16" -> "16 November 1933", "1939/1941" -> "1939–1941",
    "194" -> "1940s",
    "19" -> "20th century"; no date -> "undated"."""
    if not date:
        return "undated"
    if "/" in date:
        first, _, last = date.partition("/")
        return f"{date_label(first)}–{date_label(last)}"
    if len(date) == 3 and date.isdigit():
        return f"{date}0s"
    if len(date) == 2 and date.isdigit():
        return f"{ordinal(int(date) + 1)} century"
    parts = date.split("-")
    try:
        if len(parts) == 2:
            return f"{MONTHS[int(parts[1])]} {parts[0]}"
        if len(parts) == 3:
            return f"{int(parts[2])} {MONTHS[int(parts[1])]} {parts[0]}"
    except (ValueError, IndexError):
        return date
    return date


def ordinal(number: int) -> str:
    """1 -> "1st", 2 -> "2nd", 11 -> "11th", 21 -> "21st"."""
    suffix = "th" if number % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def segments(text: str, spans: Sequence[dict[str, Any]], start: int = 0, end: int | None = None) -> list[dict[str, Any]]:
    """``text[start:end]`` cut at the ``spans`` (dicts with ``span`` [s, e]) into pieces: plain ones and marked ones.

    A marked piece carries the spans that cover it (their dicts, minus ``span``); overlapping spans are merged
    into the pieces they share. The templates write each piece as escaped text, inside <mark> when marked.
    """
    end = len(text) if end is None else min(end, len(text))
    cuts = {start, end}
    for item in spans:
        s, e = item["span"]
        if e > start and s < end:
            cuts.update((max(s, start), min(e, end)))
    points = sorted(cuts)
    pieces = []
    for left, right in zip(points, points[1:], strict=False):
        covering = [
            {k: v for k, v in item.items() if k != "span"} for item in spans if item["span"][0] <= left and item["span"][1] >= right
        ]
        piece = {"text": text[left:right], "start": left, "marks": covering}
        if pieces and not covering and not pieces[-1]["marks"]:
            pieces[-1]["text"] += piece["text"]
        else:
            pieces.append(piece)
    return pieces


def context(text: str, span: Sequence[int], window: int = 400) -> dict[str, Any]:
    """The evidence sentence in its document: a window of text before and after it, cut at spaces."""
    s, e = int(span[0]), int(span[1])
    left = max(0, s - window)
    if left > 0:
        space = text.find(" ", left, s)
        left = space + 1 if space != -1 else left
    right = min(len(text), e + window)
    if right < len(text):
        space = text.rfind(" ", e, right)
        right = space if space != -1 else right
    return {
        "before": text[left:s], "evidence": text[s:e], "after": text[e:right],
        "clipped_before": left > 0, "clipped_after": right < len(text), "span": [s, e],
    }
