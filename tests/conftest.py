"""Shared fixtures: the user's seed pages (from ../shared, beside the repository) and a fresh store.

The ``store`` fixture runs each store test on both backends: SQLite in memory, and
PostgreSQL in a schema of its own when a server answers at $DETENTE_TEST_POSTGRES
(``scripts/ci_postgres.sh`` starts one and prints the URL).
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest

from detente.store import open_store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
POSTGRES_URL = os.environ.get("DETENTE_TEST_POSTGRES", "")


@pytest.fixture
def seed_paths() -> list[Path]:
    paths = sorted(SEEDS.glob("*.txt"))
    if not paths:
        pytest.skip("../shared/seeds is not beside the repository")
    return paths


def postgres_schema_url() -> str:
    """A URL to a fresh, empty schema in the test database, or a skip saying why there is none."""
    if not POSTGRES_URL:
        pytest.skip("no PostgreSQL test server: set DETENTE_TEST_POSTGRES=postgresql://... (scripts/ci_postgres.sh starts one)")
    psycopg = pytest.importorskip("psycopg", reason="psycopg not installed: pip install 'detente[postgres]'")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    try:
        with psycopg.connect(POSTGRES_URL, autocommit=True, connect_timeout=5) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
    except psycopg.OperationalError as error:
        pytest.skip(f"PostgreSQL test server at {POSTGRES_URL} not reachable: {str(error).strip().splitlines()[0]}")
    separator = "&" if "?" in POSTGRES_URL else "?"
    return f"{POSTGRES_URL}{separator}options={quote(f'-csearch_path={schema}')}"


def drop_postgres_schema(url: str) -> None:
    import psycopg

    schema = url.rsplit("search_path%3D", 1)[1]
    with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


@pytest.fixture
def postgres_url():
    """A fresh PostgreSQL schema for one test, dropped afterwards."""
    url = postgres_schema_url()
    yield url
    drop_postgres_schema(url)


@pytest.fixture(params=["sqlite", "postgres"])
def store(request):
    if request.param == "sqlite":
        with open_store(":memory:") as opened:
            yield opened
        return
    url = postgres_schema_url()
    try:
        with open_store(url) as opened:
            yield opened
    finally:
        drop_postgres_schema(url)
