"""A stand-in for the pipeline's per-document steps, importable by worker processes.

The engine tests check where work runs and what reaches the store, not what the
stages find, so they use this quick, deterministic step: one event per sentence
that says "signed", keyed by content hash like the real events.
"""

from __future__ import annotations

from detente.model import Document, Event, content_id

STEPS = "tests.test_engines_support:sign_events"


def sign_events(doc: Document, settings=None, dct: str | None = None) -> Document:
    if dct:
        doc.published = dct
    if "explode" in doc.text:
        raise ValueError("a stage failed")
    doc.id = content_id(doc.text)
    doc.events = []
    start = 0
    for sentence in doc.text.split("."):
        end = start + len(sentence)
        if "signed" in sentence:
            doc.events.append(Event(
                id=content_id(doc.id, str(start)), doc=doc.origin, doc_id=doc.id, date=doc.published, date_text=None,
                precision=None, source=None, target=None, actors=[], type="AGREE", cameo="057", goldstein=4.8, quad=1,
                polarity="cooperation", evidence=doc.text[start:end], span=(start, end),
            ))
        start = end + 1
    return doc


SLOW_STEPS = "tests.test_engines_support:sign_events_slowly"


def sign_events_slowly(doc: Document, settings=None, dct: str | None = None) -> Document:
    """``sign_events``, but a document titled 'slow' takes a second: its shard finishes after the ones behind it."""
    if doc.title == "slow":
        import time

        time.sleep(1.0)
    return sign_events(doc, settings, dct)


BROKEN_STEPS = "tests.test_engines_support:sign_events_unstorably"


def sign_events_unstorably(doc: Document, settings=None, dct: str | None = None) -> Document:
    """``sign_events``, but a document that says 'corrupt' gets an event the store refuses (no CAMEO code)."""
    doc = sign_events(doc, settings, dct)
    if "corrupt" in doc.text:
        for event in doc.events:
            event.cameo = None  # type: ignore[assignment]
    return doc


LEISURELY_STEPS = "tests.test_engines_support:sign_events_leisurely"


def sign_events_leisurely(doc: Document, settings=None, dct: str | None = None) -> Document:
    """``sign_events`` taking 20 ms a document: a build of a few seconds, long enough to be killed half-way."""
    import time

    time.sleep(0.02)
    return sign_events(doc, settings, dct)
