"""The pages. Each builds one dict and renders it as HTML, or returns it as JSON when the path ends in ``.json``
(``/timeline`` and ``/timeline.json``, ``/events/ID`` and ``/events/ID.json``): a page and its twin never differ.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import Response

from detente.store import queries
from detente.web import display
from detente.web.api import ActorsParam, FromParam, JSONBytes, PolarityParam, ToParam, TypeParam, store_of
from detente.web.app import html

router = APIRouter(include_in_schema=False)

LIST_EVENTS = 200  # events the timeline page lists in its HTML (the drawing loads them all through the API)


def render(request: Request, template: str, data: dict[str, Any], as_json: bool) -> Response:
    if as_json:
        return JSONBytes(data)
    return html(request, template, data)


def _split(name: str) -> tuple[str, bool]:
    """``"abc.json"`` -> ``("abc", True)``."""
    return (name[:-5], True) if name.endswith(".json") else (name, False)


# timeline ------------------------------------------------------------------------------------------------
def timeline_data(store, actors: str | None, start: str | None, end: str | None, types: str | None, polarity: str | None):
    filters = queries.parse_filters(actors, start, end, types, polarity, LIST_EVENTS, 0)
    page = queries.timeline(store, filters, detail=False)
    query = filters.query()
    chosen = queries.actor_names(store, filters.actors)
    names = " – ".join(item["name"] for item in chosen) or "All actors"
    span = ""
    if filters.begin or filters.end:
        span = f", {(filters.begin or '')[:4] or '…'}–{(filters.end or '')[:4] or '…'}"
    return {
        "title": names + span,
        "filters": query,
        "actors": chosen,
        "kind": page["kind"],
        "total": page["total"],
        "events": page["events"],
        "listed": len(page["events"]),
        "periods": queries.periods_for(store, filters),
        "api": {
            "timeline": "/api/timeline?" + urlencode({**query, "detail": "compact"}),
            "index": "/api/index?" + urlencode(query),
            "periods": "/api/periods?" + urlencode(query),
        },
    }


@router.get("/")
@router.get("/timeline")
def timeline_page(
    request: Request, actors: ActorsParam = None, start: FromParam = None, end: ToParam = None,
    type: TypeParam = None, polarity: PolarityParam = None,
) -> Response:
    store = store_of(request)
    return render(request, "timeline.html", timeline_data(store, actors, start, end, type, polarity), False)


@router.get("/timeline.json")
def timeline_json(
    request: Request, actors: ActorsParam = None, start: FromParam = None, end: ToParam = None,
    type: TypeParam = None, polarity: PolarityParam = None,
) -> Response:
    store = store_of(request)
    return render(request, "timeline.html", timeline_data(store, actors, start, end, type, polarity), True)


# one event -----------------------------------------------------------------------------------------------
def event_data(store, event_id: str) -> dict[str, Any]:
    record = queries.timeline_event(store, event_id)
    if record is None:
        raise HTTPException(404, f"no event {event_id!r} in this store")
    # only the texts: a source's document may hold thousands of other events, and an event hundreds of sources
    texts = queries.document_texts(store, [source["doc_id"] for source in record["sources"]])
    for source in record["sources"]:
        source["context"] = display.context(texts.get(source["doc_id"], ""), source["span"])
    record["title"] = f"{display.date_label(record.get('date'), record.get('precision'))}: {record['type']}"
    record["disagreements"] = disagreements(record)
    return record


def disagreements(record: dict[str, Any]) -> list[dict[str, Any]]:
    """What the sources of one event do not agree on (its date, its type), each version with its support and sources.

    A merged timeline event keeps every version (``versions``); otherwise the sources' own values are compared.
    """
    found = []
    versions = record.get("versions") or {}
    for key, field in (("dates", "date"), ("types", "type")):
        options = versions.get(key) or []
        if len(options) > 1:
            found.append({"field": field, "values": [
                {"value": option.get(field), "support": option.get("support"),
                 "sources": sorted({_name(s.get("doc")) for s in option.get("sources", [])})}
                for option in options
            ]})
    if versions:
        return found
    for field in ("date", "type", "polarity"):
        values: dict[Any, set[str]] = {}
        for source in record.get("sources", []):
            if source.get(field) is not None:
                values.setdefault(source[field], set()).add(_name(source.get("origin") or source.get("doc_id")))
        if len(values) > 1:
            found.append({"field": field, "values": [
                {"value": value, "support": len(names), "sources": sorted(names)} for value, names in values.items()
            ]})
    return found


def _name(origin: str | None) -> str:
    """A document's name as people read it: the last part of its path or URL."""
    text = (origin or "").rstrip("/")
    return text.rsplit("/", 1)[-1] or text


@router.get("/events/{event_id}")
def event_page(request: Request, event_id: Annotated[str, Path(max_length=70)]) -> Response:
    store = store_of(request)
    event_id, as_json = _split(event_id)
    return render(request, "event.html", event_data(store, event_id), as_json)


# one document --------------------------------------------------------------------------------------------
@router.get("/documents/{doc_id}")
def document_page(
    request: Request, doc_id: Annotated[str, Path(max_length=70)],
    event: Annotated[str | None, Query(max_length=64, description="The event whose evidence to bring into view.")] = None,
) -> Response:
    store = store_of(request)
    doc_id, as_json = _split(doc_id)
    record = queries.document(store, doc_id)
    if record is None:
        raise HTTPException(404, f"no document {doc_id!r} in this store")
    record["focus"] = event
    record["segments"] = display.segments(record["text"], record["spans"])
    record["title"] = record.get("title") or display.plain_address(record["origin"])
    return render(request, "document.html", record, as_json)


# actors --------------------------------------------------------------------------------------------------
@router.get("/actors")
@router.get("/actors.json")
def actors_page(
    request: Request, q: Annotated[str, Query(max_length=queries.MAX_QUERY_CHARS)] = "",
) -> Response:
    store = store_of(request)
    data = {"title": "Actors", "q": q, "actors": queries.actors(store, q, 500)}
    return render(request, "actors.html", data, request.url.path.endswith(".json"))


@router.get("/actors/{code}")
def actor_page(request: Request, code: Annotated[str, Path(max_length=100)]) -> Response:
    store = store_of(request)
    code, as_json = _split(code)
    record = queries.actor(store, code)
    if record is None:
        raise HTTPException(404, f"no actor {code!r}; see /actors")
    record["title"] = record.get("name") or record["code"]
    return render(request, "actor.html", record, as_json)


# search --------------------------------------------------------------------------------------------------
@router.get("/search")
@router.get("/search.json")
def search_page(
    request: Request, q: Annotated[str, Query(max_length=queries.MAX_QUERY_CHARS)] = "",
    actors: ActorsParam = None, start: FromParam = None, end: ToParam = None, type: TypeParam = None,
    polarity: PolarityParam = None,
    offset: Annotated[int, Query(ge=0, le=queries.MAX_OFFSET)] = 0,
) -> Response:
    store = store_of(request)
    filters = queries.parse_filters(actors, start, end, type, polarity, 50, offset, max_limit=500)
    data: dict[str, Any] = {"title": "Search", "q": q, "filters": filters.query(), "total": 0, "results": [],
                             "limit": filters.limit, "offset": filters.offset}
    if q.strip():
        data.update(queries.search(store, q, filters))
        data["title"] = f"Search: {q}"
        for result in data["results"]:
            source = result["source"]
            result["segments"] = display.segments(source["evidence"], [{"span": m} for m in result["matches"]])
    return render(request, "search.html", data, request.url.path.endswith(".json"))
