"""Reading a built store the way people ask: by actor names, years, formats.

The CLI and the web app both read through these functions, so an actor given as
"USSR", "Soviet Union" or "SUN" means the same thing everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from detente import actors
from detente.errors import ConfigError
from detente.model import Event


def actor_codes(names: Iterable[str]) -> list[str]:
    """Canonical codes for actor names or codes given by a user ("USSR" -> "SUN"); unknown names are an error."""
    codes = []
    for name in names:
        name = name.strip()
        if not name:
            continue
        record = actors.lookup(name)
        if record is None:
            raise ConfigError(f"unknown actor {name!r}; give a code such as USA or SUN, or a name (see `detente actor NAME`)")
        codes.append(record["code"])
    return codes


def parse_actor_list(text: str | None) -> list[str]:
    """``"USA,USSR"`` -> ``["USA", "SUN"]``."""
    return actor_codes(text.split(",")) if text else []


def timeline_events(store, actor_names: Iterable[str] = (), start: int | None = None, end: int | None = None) -> Iterator[Event]:
    """Stored events in date order in which every named actor takes part, within [start, end] years."""
    if start is not None and end is not None and start > end:
        raise ConfigError(f"--from {start} is after --to {end}; swap them")
    return store.events(actors=actor_codes(actor_names), start=start, end=end)


def merged_timeline(store, actor_names: Iterable[str] = (), start: int | None = None, end: int | None = None,
                    chunk: int = 500) -> Iterator[dict]:
    """The merged timeline in date order (undated last): one record per happening, with every source that
    reports it, in which every named actor's family takes part, within [start, end] years.

    Events stored but not yet merged (a store built by an older version, or by an engine that leaves the merge to
    the end) are merged first, as ``detente conflicts`` and the index do. Records are read ``chunk`` at a time, so
    a timeline of a million happenings streams.
    """
    from detente.store.queries import timeline_by_id
    from detente.timeline.families import family
    from detente.timeline.merge import sync

    if start is not None and end is not None and start > end:
        raise ConfigError(f"--from {start} is after --to {end}; swap them")
    families = [family(code) for code in actor_codes(actor_names)]
    sync(store)
    rows = [(record["id"], record["evidence"]) for record in store.timeline_records(families, start, end)]
    for first in range(0, len(rows), chunk):
        part = rows[first:first + chunk]
        evidence = dict(part)
        for record in timeline_by_id(store, [row[0] for row in part]):
            record["evidence"] = evidence[record["id"]]  # the sentence of the source the merge chose to speak for all
            yield record
