"""The FastAPI application: JSON API under ``/api``, pages with ``.json`` twins, our own static assets.

``create_app(db_path)`` opens nothing until the first request; each worker thread then reads through its own
read-only store (SQLite connections are cheap and not shared between threads). Every error, from a bad query
parameter to a missing document, leaves as one body: ``{"error": {"status": 400, "message": "..."}}`` for the
API and the ``.json`` twins, and the same message in an HTML page for pages.
"""

from __future__ import annotations

import threading
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from detente.errors import ConfigError, StoreError
from detente.store import open_store
from detente.web import display

HERE = Path(__file__).resolve().parent

# The page's scripts and styles come from this server only; no inline script can run, whatever a document holds.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


class Stores:
    """One read-only store per thread (SQLite); PostgreSQL's store serializes its statements itself, so one is shared."""

    def __init__(self, target: str):
        self.target = target
        self.local = threading.local()
        self.shared = None
        self.lock = threading.Lock()
        self.opened: list[Any] = []

    def get(self):
        if self.target.startswith(("postgresql://", "postgres://")):
            with self.lock:
                if self.shared is None:
                    self.shared = open_store(self.target, readonly=True)
                    self.opened.append(self.shared)
                return self.shared
        store = getattr(self.local, "store", None)
        if store is None:
            store = open_store(self.target, readonly=True)
            self.local.store = store
            with self.lock:
                self.opened.append(store)
        return store

    def close(self) -> None:
        with self.lock:
            for store in self.opened:
                try:
                    store.close()
                except Exception:  # noqa: BLE001, S110 - closing at shutdown: nothing left to tell
                    pass
            self.opened.clear()


class SecurityHeaders:
    """Adds :data:`SECURITY_HEADERS` to every response that does not set them itself.

    A plain ASGI middleware: Starlette's ``@app.middleware("http")`` runs each request through a task group and
    a memory stream, which cost a page of the timeline more than its SQL.
    """

    def __init__(self, app):
        self.app = app
        self.headers = [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in SECURITY_HEADERS.items()]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(name, value) for name, value in self.headers if name not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def error_body(status: int, message: str) -> dict[str, Any]:
    """The one JSON error shape: ``{"error": {"status": int, "message": str}}``; never remove these keys."""
    return {"error": {"status": status, "message": message}}


def wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path.endswith(".json")


def create_app(db_path: str | Path) -> FastAPI:
    """The web app over the store at ``db_path`` (a SQLite file or a ``postgresql://`` URL), read-only."""
    from detente.web import api, pages

    stores = Stores(str(db_path))

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        yield
        stores.close()

    app = FastAPI(
        title="detente",
        lifespan=lifespan,
        version=_version(),
        description=(
            "Events between states, each with its sources: the merged timeline of a set of actors, the "
            "cooperation–conflict index and periods of a pair, actors, documents with their evidence spans and "
            "full-text search over evidence. Errors: `{\"error\": {\"status\", \"message\"}}`."
        ),
        docs_url=None,  # the Swagger page loads its scripts from a CDN: the schema stays at /openapi.json
        redoc_url=None,
    )
    app.state.stores = stores
    templates = Jinja2Templates(directory=str(HERE / "templates"))  # autoescape is on for .html
    templates.env.autoescape = True
    templates.env.filters["date_label"] = display.date_label
    templates.env.filters["address"] = display.plain_address
    app.state.templates = templates

    app.add_middleware(SecurityHeaders)

    def respond_error(request: Request, status: int, message: str):
        if wants_json(request):
            return JSONResponse(error_body(status, message), status_code=status)
        return templates.TemplateResponse(
            request, "error.html", {"status": status, "message": message, "title": f"Error {status}"}, status_code=status,
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        return respond_error(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        problems = []
        for error in exc.errors()[:3]:
            where = [str(part) for part in error.get("loc", ()) if part not in ("query", "path", "body")]
            problems.append(f"{'.'.join(where) or 'request'}: {error.get('msg', 'invalid')}")
        return respond_error(request, 400, "; ".join(problems) or "invalid request")

    @app.exception_handler(ConfigError)
    async def config_error(request: Request, exc: ConfigError):
        return respond_error(request, 400, str(exc))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):
        return respond_error(request, 503, str(exc))

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception):
        return respond_error(request, 500, f"internal error ({type(exc).__name__}); the server log has the details")

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    return app


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("detente")
    except PackageNotFoundError:
        return "0"


def html(request: Request, template: str, data: dict[str, Any], status: int = 200) -> HTMLResponse:
    """A page rendered from ``data``: the same dict its ``.json`` twin returns."""
    path = request.url.path
    twin = ("/timeline" if path == "/" else path.rstrip("/")) + ".json"
    if request.url.query:
        twin += "?" + request.url.query
    return request.app.state.templates.TemplateResponse(
        request, template, {**data, "data": data, "twin": twin}, status_code=status
    )
