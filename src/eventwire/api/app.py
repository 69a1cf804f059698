"""The HTTP API (read-only JSON over one eventwire database) and the static dashboard.

``create_app(db_path)`` opens the database read-only and sandboxed (SQL cannot reach other
files) and returns a FastAPI app. Handlers only parse parameters and call ``api.queries``;
the one write-free compute endpoint, ``POST /api/extract``, runs the pipeline in-process.

Errors: a bad parameter is 422 with ``detail`` naming it; an unknown event id is 404; an
over-long text for ``/api/extract`` is 413.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar, get_args

from fastapi import Depends, FastAPI, HTTPException, Query, Request, Response
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from ..errors import EventwireError
from ..export import Filters
from ..model import PLOVER_TYPES, Article, Event, FactualStatus
from ..options import Options
from ..pipeline import Pipeline
from ..store import Store, StoreError
from . import queries

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
MAX_TEXT_CHARS = 20_000
"""Longest text ``/api/extract`` codes (about four long news articles)."""
MAX_BODY_BYTES = 4 * MAX_TEXT_CHARS + 1_000
STATUSES: tuple[str, ...] = get_args(FactualStatus)
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; frame-ancestors 'none'")
"""The dashboard loads nothing from another origin; the browser enforces it."""

T = TypeVar("T")


class ParamError(EventwireError):
    """A query parameter that parses but makes no sense (unknown type, end before start)."""

    def __init__(self, param: str, reason: str) -> None:
        self.param = param
        self.reason = reason
        super().__init__(f"{param}: {reason}")


class ExtractRequest(BaseModel):
    text: str = Field(min_length=1, description=f"at most {MAX_TEXT_CHARS:,} characters")
    published: date | None = Field(default=None, description="anchors 'on Monday' (YYYY-MM-DD)")


class Backend:
    """One read-only store and one pipeline, each used by one request at a time."""

    def __init__(self, store: Store, options: Options | None = None) -> None:
        self.store = store
        self.options = options or Options()
        self._store_lock = threading.Lock()
        self._nlp_lock = threading.Lock()

    def read(self, query: Callable[..., T], *args: Any) -> T:
        with self._store_lock:
            return query(self.store, *args)

    @cached_property
    def pipeline(self) -> Pipeline:
        return Pipeline(self.options)

    def extract(self, text: str, published: date | None) -> list[Event]:
        article = Article(id=Article.make_id(text), text=text, published=published)
        with self._nlp_lock:
            return self.pipeline.extract(article)


# ------------------------------------------------------------------ parameters

def _choices(param: str, value: str | None, allowed: tuple[str, ...], upper: bool
             ) -> tuple[str, ...]:
    """A comma-separated list of known values (case-insensitive)."""
    if not value:
        return ()
    items = tuple(v.strip().upper() if upper else v.strip().lower()
                  for v in value.split(",") if v.strip())
    unknown = [v for v in items if v not in allowed]
    if unknown:
        raise ParamError(param, f"unknown value {unknown[0]!r}; use one of {', '.join(allowed)}")
    return items


def filters(
    start: Annotated[date | None, Query(description="first event date, YYYY-MM-DD")] = None,
    end: Annotated[date | None, Query(description="last event date, YYYY-MM-DD")] = None,
    country: Annotated[str | None, Query(
        pattern=r"^[A-Za-z]{2,6}$",
        description="ISO alpha-3 or IGO code: source, target or place")] = None,
    plover_type: Annotated[str | None, Query(
        alias="type", description="PLOVER type(s), comma-separated")] = None,
    status: Annotated[str | None, Query(
        description="factual status(es), comma-separated")] = None,
) -> Filters:
    if start is not None and end is not None and end < start:
        raise ParamError("end", f"{end} is before start {start}")
    return Filters(start=start, end=end, country=country.upper() if country else None,
                   plover_types=_choices("type", plover_type, PLOVER_TYPES, upper=True),
                   statuses=_choices("status", status, STATUSES, upper=False))


FilterDep = Annotated[Filters, Depends(filters)]


# ------------------------------------------------------------------ errors

def _param_name(loc: tuple[Any, ...] | list[Any]) -> str:
    names = [str(x) for x in loc[1:] if not isinstance(x, int)]
    return ".".join(names) or str(loc[0])


async def _invalid_request(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    messages = [f"{_param_name(e['loc'])}: {e['msg']}" for e in errors]
    first = _param_name(errors[0]["loc"]) if errors else None
    return JSONResponse(status_code=422, content={
        "detail": "invalid parameter " + "; ".join(messages), "parameter": first,
        "errors": jsonable_encoder(errors, custom_encoder={Exception: str})})


async def _bad_param(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ParamError)
    return JSONResponse(status_code=422, content={
        "detail": f"invalid parameter {exc.param}: {exc.reason}", "parameter": exc.param})


async def _store_error(_: Request, exc: Exception) -> JSONResponse:
    return JSONResponse(status_code=500, content={"detail": str(exc)})


async def _limit_body(request: Request, call_next: Callable[[Request], Awaitable[Response]]
                      ) -> Response:
    length = request.headers.get("content-length")
    if request.method == "POST" and length and length.isdigit() and int(length) > MAX_BODY_BYTES:
        return JSONResponse(status_code=413, content={
            "detail": f"request body of {int(length):,} bytes is over {MAX_BODY_BYTES:,}"})
    return await call_next(request)


# ------------------------------------------------------------------ app

def create_app(db_path: str | Path, options: Options | None = None) -> FastAPI:
    """The API and dashboard over the database at ``db_path`` (opened read-only)."""
    backend = Backend(Store.open_read_only(db_path, sandbox=True), options)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        backend.store.close()

    # no /docs or /redoc: FastAPI's pages load Swagger UI from a CDN; the schema stays
    app = FastAPI(title="eventwire", version="1", lifespan=lifespan, docs_url=None,
                  redoc_url=None, summary="Who did what to whom, where, when, and who says so.")
    app.state.backend = backend
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(ParamError, _bad_param)
    app.add_exception_handler(StoreError, _store_error)
    app.middleware("http")(_limit_body)
    _add_api_routes(app, backend)
    _add_dashboard(app)
    return app


def _add_api_routes(app: FastAPI, backend: Backend) -> None:
    @app.get("/api/health")
    def health() -> dict[str, Any]:
        return {**backend.read(queries.health), "db": backend.store.path}

    @app.get("/api/stats")
    def stats(f: FilterDep) -> dict[str, Any]:
        return backend.read(queries.stats, f)

    @app.get("/api/events")
    def events(f: FilterDep, limit: Annotated[int, Query(ge=1, le=1000)] = 100,
               offset: Annotated[int, Query(ge=0)] = 0) -> dict[str, Any]:
        return backend.read(queries.events, f, limit, offset)

    @app.get("/api/events/{event_id}")
    def event(event_id: str) -> dict[str, Any]:
        found = backend.read(queries.event, event_id)
        if found is None:
            raise HTTPException(status_code=404, detail=f"no event with id {event_id!r}")
        return found.model_dump(mode="json")

    @app.get("/api/clusters")
    def clusters(f: FilterDep, limit: Annotated[int, Query(ge=1, le=500)] = 50,
                 sort: Literal["sources", "latest"] = "sources") -> list[dict[str, Any]]:
        return backend.read(queries.clusters, f, limit, sort)

    @app.get("/api/timeline")
    def timeline(f: FilterDep, bucket: Literal["day", "week"] = "day") -> dict[str, Any]:
        return {"bucket": bucket, "periods": backend.read(queries.timeline, f, bucket)}

    @app.get("/api/network")
    def network(f: FilterDep, min_events: Annotated[int, Query(ge=1)] = 1,
                max_edges: Annotated[int, Query(ge=1, le=1000)] = 150) -> dict[str, Any]:
        return backend.read(queries.network, f, min_events, max_edges)

    @app.get("/api/geo")
    def geo(f: FilterDep, limit: Annotated[int, Query(ge=1, le=20_000)] = 5_000
            ) -> dict[str, Any]:
        return backend.read(queries.geo, f, limit)

    @app.post("/api/extract")
    def extract(body: ExtractRequest) -> dict[str, Any]:
        if len(body.text) > MAX_TEXT_CHARS:
            raise HTTPException(status_code=413, detail=(
                f"text has {len(body.text):,} characters; the limit is {MAX_TEXT_CHARS:,}"))
        found = backend.extract(body.text, body.published)
        return {"count": len(found), "events": [e.model_dump(mode="json") for e in found]}


def _add_dashboard(app: FastAPI) -> None:
    if not (WEB_DIR / "index.html").is_file():
        raise EventwireError(f"{WEB_DIR}: dashboard files are missing from the installation")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB_DIR / "index.html", headers={"Content-Security-Policy": CSP})

    app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")
