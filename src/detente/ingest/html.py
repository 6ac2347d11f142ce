"""HTML to text with trafilatura: boilerplate removed, headings kept as their own lines."""

from __future__ import annotations

import re

from detente.errors import InputError

_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")


def extract_html(html: str, origin: str) -> tuple[str, dict[str, str | None]]:
    """Main text and metadata (title, date, url) of an HTML page.

    Headings come back on lines of their own between blank lines, so the section
    splitter sees them as it would in a plain-text page.
    """
    import trafilatura  # lazy: importing lxml and friends costs ~0.3 s

    result = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_formatting=True,
        output_format="python",
    )
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        raise InputError(origin, "no_text", "HTML page with no main text; check it is an article page, not a menu, feed or script")
    lines = []
    for line in text.splitlines():
        heading = _MARKDOWN_HEADING.match(line)
        if heading:
            lines.extend(["", heading.group(1), ""])
        else:
            lines.append(_EMPHASIS.sub(r"\2", line))
    meta = {
        "title": getattr(result, "title", None),
        "published": getattr(result, "date", None),
        "url": getattr(result, "url", None),
    }
    return "\n".join(lines).strip() + "\n", meta


def looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or ("<body" in head and "</" in head)
