"""Shared fixtures: the user's seed pages (from ../shared, beside the repository) and a fresh store."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.store import open_store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"


@pytest.fixture
def seed_paths() -> list[Path]:
    paths = sorted(SEEDS.glob("*.txt"))
    if not paths:
        pytest.skip("../shared/seeds is not beside the repository")
    return paths


@pytest.fixture
def store():
    with open_store(":memory:") as opened:
        yield opened
