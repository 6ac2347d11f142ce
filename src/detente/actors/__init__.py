"""Actors: find state, organization, person and group mentions and resolve each to the entity valid at its date.

Public contract (the pipeline and the CLI rely on it):

    find_mentions(text, *, when=None) -> list[Mention]
    lookup(code_or_name) -> dict | None
"""
