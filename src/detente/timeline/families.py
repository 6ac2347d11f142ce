"""Actor families: a state with its predecessors and successors on one line of succession.

Two codes are one family when the gazetteer gives them the same Correlates of War number
(RSFSR, SUN and RUS are all 365); other actors (organizations, groups) are their own family.
"""

from __future__ import annotations

from functools import cache

from detente.actors import gazetteer


@cache
def family(code: str) -> str:
    """The family key of an actor code: ``"cow:365"`` for SUN, RSFSR, RUS; the code itself otherwise."""
    record = gazetteer.entity(code)
    if record and record.get("cow") is not None:
        return f"cow:{record['cow']}"
    return code


@cache
def _members() -> dict[str, tuple[str, ...]]:
    grouped: dict[str, set[str]] = {}
    for ident, record in gazetteer.entities().items():
        code = record.get("code") or ident
        grouped.setdefault(family(code), set()).update({code, ident})
    return {key: tuple(sorted(codes)) for key, codes in grouped.items()}


def codes(family_key: str) -> tuple[str, ...]:
    """Every actor code of a family (the codes events are stored with)."""
    return _members().get(family_key, (family_key,))


def families_of(actors: list[str]) -> dict[str, str]:
    """Family key -> the first of ``actors`` in that family, in the order of ``actors``."""
    found: dict[str, str] = {}
    for actor in actors:
        found.setdefault(family(actor), actor)
    return found
