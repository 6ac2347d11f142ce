"""``detente serve``: the web page and HTTP API over a built store, read-only, on localhost unless told otherwise."""

from __future__ import annotations

import json
from pathlib import Path

import click

from detente.cli.base import cli, db_option


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on; 0.0.0.0 opens it to the network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--get", "path", default=None, metavar="PATH",
              help="Answer one request in-process and print it (e.g. --get '/api/timeline?actors=USA,SUN'); no port opened.")
def serve(db: str, host: str, port: int, path: str | None) -> None:
    """Serve the timeline page and the JSON API (/api/..., /openapi.json) over the store, read-only."""
    if not db.startswith(("postgresql://", "postgres://")) and not Path(db).exists():
        raise click.ClickException(f"{db}: no such store; build one first with `detente build PATH... --db {db}`")
    from detente.store import open_store
    from detente.web import create_app

    with open_store(db, readonly=True):  # fail here, with the store's own message, before the server starts
        pass
    app = create_app(db)
    if path is not None:
        _get(app, path)
        return
    import uvicorn

    click.echo(announcement(db, host, port), err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def announcement(db: str, host: str, port: int) -> str:
    """The line serve starts with: the store (a URL without its password) and where to point a browser."""
    from detente.cli.core import _redact

    return f"detente: serving {_redact(db)} at {address(host, port)} (Ctrl+C stops)"


def address(host: str, port: int) -> str:
    """The URL a browser opens for ``host``: an IPv6 address goes in brackets."""
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def _get(app, path: str) -> None:
    import warnings

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # starlette's note about its httpx-based client: not the user's concern
            from fastapi.testclient import TestClient
    except ImportError:  # TestClient needs httpx, a dev dependency
        raise click.ClickException("--get needs httpx: pip install httpx (or 'detente[dev]')") from None

    with TestClient(app) as client:
        response = client.get(path)
    body = response.text
    if response.headers.get("content-type", "").startswith("application/json"):
        body = json.dumps(response.json(), ensure_ascii=False, indent=2)
    click.echo(body)
    if response.status_code >= 400:
        raise SystemExit(1)
