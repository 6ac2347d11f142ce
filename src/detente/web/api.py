"""The JSON API: ``/api/...`` routes, each a thin call into :mod:`detente.store.queries`.

Parameters are checked twice: FastAPI checks types and lengths (and documents them in ``/openapi.json``),
then the queries module checks meaning (a known actor, a date, ``from`` before ``to``) and names the parameter
it refuses. Both end as a 400 with the one error body.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request

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
DetailParam = Annotated[
    str, Query(pattern="^(full|compact)$", description="full: every source with its evidence; compact: the events alone (for drawing).")
]


def store(request: Request):
    return request.app.state.stores.get()


def event_filters(
    actors: ActorsParam = None, start: FromParam = None, end: ToParam = None, type: TypeParam = None,
    polarity: PolarityParam = None, limit: LimitParam = None, offset: OffsetParam = None,
) -> queries.Filters:
    return queries.parse_filters(actors, start, end, type, polarity, limit, offset)


Filters = Annotated[queries.Filters, Depends(event_filters)]
Store = Annotated[Any, Depends(store)]


@router.get("/timeline", summary="The merged timeline of a set of actors")
def timeline(store: Store, filters: Filters, detail: DetailParam = "full") -> dict[str, Any]:
    """The timeline's events in date order (undated last), one page at a time: each with its id, date, precision,
    type, polarity, Goldstein score, actors and sources (document, span, evidence). When the store holds a merged
    timeline (``detente timeline`` merges the sources that report one happening) these are its events; otherwise
    the stored events."""
    return queries.timeline(store, filters, detail=detail == "full")


@router.get("/events", summary="Stored events, filtered and paged")
def events(store: Store, filters: Filters, detail: DetailParam = "full") -> dict[str, Any]:
    """Every event as extracted from one sentence of one document, filtered by actors, dates, type and polarity."""
    return queries.events_page(store, filters, detail=detail == "full")


@router.get("/events/{event_id}", summary="One event with every source")
def event(store: Store, event_id: Annotated[str, Path(max_length=64)]) -> dict[str, Any]:
    found = queries.timeline_event(store, event_id)
    if found is None:
        raise HTTPException(404, f"no event {event_id!r} in this store")
    return found


@router.get("/index", summary="The cooperation–conflict index of a set of actors")
def index(
    store: Store, filters: Filters,
    step: Annotated[str, Query(pattern="^(year|month|decade)$", description="Bucket: year, month or decade.")] = "year",
) -> dict[str, Any]:
    """Per bucket: events, cooperation, conflict and neutral counts, the Goldstein sum and mean."""
    return queries.index(store, filters, step)


@router.get("/periods", summary="Periods over the filtered dates")
def periods(store: Store, filters: Filters) -> dict[str, Any]:
    """Named periods (the Cold War, détente, ...) that overlap the dates, and those the texts themselves state."""
    return queries.periods_for(store, filters)


@router.get("/actors", summary="Actors, with search")
def actors(
    store: Store, q: Annotated[str, Query(max_length=queries.MAX_QUERY_CHARS, description="Part of a code or a name.")] = "",
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> dict[str, Any]:
    return {"q": q, "actors": queries.actors(store, q, limit)}


@router.get("/actors/{code}", summary="One actor and its partners")
def actor(store: Store, code: Annotated[str, Path(max_length=100)]) -> dict[str, Any]:
    found = queries.actor(store, code)
    if found is None:
        raise HTTPException(404, f"no actor {code!r}; search with /api/actors?q=")
    return found


@router.get("/documents/{doc_id}", summary="A document's text and its evidence spans")
def document(store: Store, doc_id: Annotated[str, Path(max_length=64)]) -> dict[str, Any]:
    found = queries.document(store, doc_id)
    if found is None:
        raise HTTPException(404, f"no document {doc_id!r} in this store")
    return found


@router.get("/search", summary="Full-text search over evidence")
def search(
    store: Store,
    q: Annotated[str, Query(min_length=1, max_length=queries.MAX_QUERY_CHARS, description="Words that must all occur; word* for a prefix.")],
    actors: ActorsParam = None, start: FromParam = None, end: ToParam = None, type: TypeParam = None,
    polarity: PolarityParam = None, limit: Annotated[int, Query(ge=1, le=500)] = 50, offset: OffsetParam = None,
) -> dict[str, Any]:
    filters = queries.parse_filters(actors, start, end, type, polarity, limit, offset, max_limit=500)
    return queries.search(store, q, filters)
