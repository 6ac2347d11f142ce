"""The JSON API: ``/api/...`` routes, each a thin call into :mod:`detente.store.queries`.

Parameters are checked twice: FastAPI checks types and lengths (and documents them in ``/openapi.json``),
then the queries module checks meaning (a known actor, a date, ``from`` before ``to``) and names the parameter
it refuses. Both end as a 400 with the one error body.

The routes are ``async`` and hand their work to a worker thread once (:func:`answer`): the thread takes its own
store, runs the reads and encodes the JSON, and the bytes leave as they are. FastAPI's own path would hop to a
thread for each sync dependency and again to validate the dict against ``dict[str, Any]``; on a million events
those hops, not the SQL, were most of a page's time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import Response
from pydantic_core import to_json
from starlette.concurrency import run_in_threadpool

from detente.store import queries

router = APIRouter(prefix="/api", tags=["api"])

ActorsParam = Annotated[
    str | None, Query(max_length=400, description="Comma-separated actors that must all take part: codes or names, e.g. USA,SUN or USA,USSR.")
]
FromParam = Annotated[str | None, Query(alias="from", max_length=10, description="First date: a year (1917), month (1933-11) or day.")]
ToParam = Annotated[str | None, Query(alias="to", max_length=10, description="Last date: a year (1991), month or day; inclusive.")]
TypeParam = Annotated[str | None, Query(max_length=200, description="Comma-separated PLOVER event types, e.g. AGREE,ACCUSE.")]
PolarityParam = Annotated[str | None, Query(max_length=40, description="Comma-separated: cooperation, conflict, neutral.")]
LimitParam = Annotated[int | None, Query(ge=1, le=queries.MAX_LIMIT, description=f"Page size (default {queries.DEFAULT_LIMIT}, at most {queries.MAX_LIMIT}).")]
OffsetParam = Annotated[int | None, Query(ge=0, le=queries.MAX_OFFSET, description="How many matching events to skip.")]
AfterParam = Annotated[
    str | None, Query(max_length=queries.MAX_CURSOR_CHARS, description=(
        "Keyset paging: the `next` of the previous page; this page starts after its last event. Reading a long "
        "timeline page by page this way costs the same for the last page as for the first (an offset does not)."))
]
DetailParam = Annotated[
    str, Query(pattern="^(full|compact)$", description="full: every source with its evidence; compact: the events alone (for drawing).")
]


class JSONBytes(Response):
    """A JSON body encoded by pydantic's Rust core (several times faster than ``json.dumps`` on a page of events)."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return content if isinstance(content, bytes) else to_json(content)


async def answer(request: Request, missing: str, work: Callable[..., Any], *args: Any, **kwargs: Any) -> Response:
    """``work(store, *args, **kwargs)`` on one worker thread with that thread's store, its dict encoded there too
    (or its bytes, already JSON, passed on); ``work`` returning None is a 404 with the message ``missing``."""
    stores = request.app.state.stores

    def run() -> bytes | None:
        found = work(stores.get(), *args, **kwargs)
        if found is None or isinstance(found, bytes):
            return found
        return to_json(found)

    body = await run_in_threadpool(run)
    if body is None:
        raise HTTPException(404, missing)
    return JSONBytes(body)


def store_of(request: Request):
    """The store of the calling thread. Sync routes call it in their own body: FastAPI runs a sync dependency
    on another worker thread than the route, and a store belongs to the thread that opened it."""
    return request.app.state.stores.get()


async def event_filters(
    actors: ActorsParam = None, start: FromParam = None, end: ToParam = None, type: TypeParam = None,
    polarity: PolarityParam = None, limit: LimitParam = None, offset: OffsetParam = None, after: AfterParam = None,
) -> queries.Filters:
    return queries.parse_filters(actors, start, end, type, polarity, limit, offset, after=after)


Filters = Annotated[queries.Filters, Depends(event_filters)]
Page = dict[str, Any]  # documents the answers as JSON objects in /openapi.json; the routes return the encoded bytes


@router.get("/timeline", summary="The merged timeline of a set of actors", response_model=Page)
async def timeline(request: Request, filters: Filters, detail: DetailParam = "full") -> Response:
    """The timeline's events in date order (undated last), one page at a time: each with its id, date, precision,
    type, polarity, Goldstein score, actors and sources (document, span, evidence; at most 20 an event, by document
    and span, with ``sources_total`` the number it has: ``/api/events/{id}`` gives them all). When the store holds a merged
    timeline (``detente timeline`` merges the sources that report one happening) these are its events; otherwise
    the stored events. ``next`` is the cursor of the following page (pass it as ``after``), null on the last."""
    return await answer(request, "", queries.timeline, filters, detail=detail == "full")


@router.get("/events", summary="Stored events, filtered and paged", response_model=Page)
async def events(request: Request, filters: Filters, detail: DetailParam = "full") -> Response:
    """Every event as extracted from one sentence of one document, filtered by actors, dates, type and polarity."""
    return await answer(request, "", queries.events_page, filters, detail=detail == "full")


@router.get("/events/{event_id}", summary="One event with every source", response_model=Page)
async def event(request: Request, event_id: Annotated[str, Path(max_length=64)]) -> Response:
    return await answer(request, f"no event {event_id!r} in this store", queries.timeline_event, event_id)


@router.get("/index", summary="The cooperation–conflict index of a set of actors", response_model=Page)
async def index(
    request: Request, filters: Filters,
    step: Annotated[str, Query(pattern="^(year|month|decade)$", description="Bucket: year, month or decade.")] = "year",
) -> Response:
    """Per bucket: events, cooperation, conflict and neutral counts, the Goldstein sum and mean."""
    return await answer(request, "", index_json, filters, step)


def index_json(store, filters: queries.Filters, step: str) -> bytes:
    """The index encoded, kept as long as the index itself: a monthly index of a century is 400 kB of JSON, and
    encoding it cost more than reading the kept points."""
    key = ("index.json", step, filters.actors, filters.begin, filters.end, filters.types, filters.polarities)
    return queries.kept(store, key, lambda: to_json(queries.index(store, filters, step)))


@router.get("/periods", summary="Periods over the filtered dates", response_model=Page)
async def periods(request: Request, filters: Filters) -> Response:
    """Named periods (the Cold War, détente, ...) that overlap the dates, and those the texts themselves state."""
    return await answer(request, "", queries.periods_for, filters)


@router.get("/actors", summary="Actors, with search", response_model=Page)
async def actors(
    request: Request,
    q: Annotated[str, Query(max_length=queries.MAX_QUERY_CHARS, description="Part of a code or a name.")] = "",
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> Response:
    return await answer(request, "", lambda store: {"q": q, "actors": queries.actors(store, q, limit)})


@router.get("/actors/{code}", summary="One actor and its partners", response_model=Page)
async def actor(request: Request, code: Annotated[str, Path(max_length=100)]) -> Response:
    return await answer(request, f"no actor {code!r}; search with /api/actors?q=", queries.actor, code)


@router.get("/documents/{doc_id}", summary="A document's text and its evidence spans", response_model=Page)
async def document(request: Request, doc_id: Annotated[str, Path(max_length=64)]) -> Response:
    return await answer(request, f"no document {doc_id!r} in this store", queries.document, doc_id)


@router.get("/search", summary="Full-text search over evidence", response_model=Page)
async def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=queries.MAX_QUERY_CHARS, description="Words that must all occur; word* for a prefix.")],
    actors: ActorsParam = None, start: FromParam = None, end: ToParam = None, type: TypeParam = None,
    polarity: PolarityParam = None, limit: Annotated[int, Query(ge=1, le=500)] = 50, offset: OffsetParam = None,
) -> Response:
    filters = queries.parse_filters(actors, start, end, type, polarity, limit, offset, max_limit=500)
    return await answer(request, "", queries.search, q, filters)
