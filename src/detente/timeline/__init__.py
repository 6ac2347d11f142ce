"""One timeline from many sources: merged events, their disagreements, the relations index and its periods.

    merge.update(store, event_ids)   after a build: the timeline events of the new events, recomputed
    merge.sync(store)                the same for every stored event not yet on the timeline
    conflicts.conflicts(store)       timeline events whose sources disagree on the date or the type
    index.relations_index(store, ...) counts by quad class, Goldstein sum and mean, a smoothed index
    periods.periods(store, ...)      detected (change points) and stated (named in the texts) periods

Actors are compared as *families*: a state together with its predecessors and successors on one line of
succession (Soviet Russia, the USSR and Russia share a Correlates of War number), see :mod:`.families`.
"""

from __future__ import annotations

from detente.timeline.merge import sync, update

__all__ = ["sync", "update"]
