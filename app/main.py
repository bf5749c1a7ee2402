"""Assembles the application: settings, lifespan, middleware, error handlers, routes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.routing import APIRoute
from starlette.types import ASGIApp

from app.api.deps import CORPUS_UPDATED_AT_HEADER, CORPUS_VERSION_HEADER
from app.api.openapi import build_openapi
from app.api.router import api_router
from app.api.routes import operations
from app.api.security import authorize_first, document_scopes
from app.core import data_version, metrics
from app.core.config import get_settings
from app.core.db import get_engine, startup_lock
from app.core.errors import install_error_handlers
from app.core.logs import configure_logging
from app.core.migrations import upgrade_to_head
from app.core.request_id import REQUEST_ID_HEADER
from app.dashboard import routes as dashboard
from app.middleware.body_limit import BodyLimitMiddleware
from app.middleware.etag import ETagMiddleware
from app.middleware.head import HeadMiddleware
from app.middleware.observe import ObserveMiddleware
from app.middleware.rate_limit import RATE_LIMIT_HEADERS, RateLimitMiddleware
from app.middleware.request_id import RequestIdMiddleware
from app.middleware.response_cache import ResponseCacheMiddleware
from app.services.seeding import is_empty, load_seed

DESCRIPTION = """\
Analytic briefings as structured, citable data: documents, entities, claims, quotes, events
and implications. Every item carries its provenance (document, section, exact character span
and excerpt), so a client can verify it against `GET /v1/documents/{id}/text`.
"""


def _operation_id(route: APIRoute) -> str:
    """Route function names (`list_quotes`, `get_quote`) make readable SDK method names."""
    return route.name


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings = get_settings()
    engine = get_engine()
    metrics.instrument_pool(engine)
    with startup_lock(engine):
        upgrade_to_head(engine)
        if settings.load_seed_on_start and is_empty(engine):
            load_seed(engine, settings.seed_dir)
    data_version.start_watching(engine, settings.db_connect_timeout)
    yield
    data_version.stop_watching()
    metrics.release_process()


def create_app() -> FastAPI:
    settings = get_settings()
    configure_logging(settings)
    metrics.check_mode(settings)
    app = FastAPI(
        title="Briefing API",
        version="1.0.0",
        summary="Analytic briefings as structured, citable data.",
        description=DESCRIPTION,
        lifespan=lifespan,
        generate_unique_id_function=_operation_id,
    )
    install_error_handlers(app)
    authorize_first(app)
    app.include_router(api_router)
    app.include_router(operations.router)
    app.include_router(operations.metrics_router)
    app.include_router(dashboard.router)
    # Added innermost first: ETags see the identity body, GZip compresses it, HEAD is a GET
    # without its body, CORS outermost.
    app.add_middleware(
        ETagMiddleware,
        max_age=settings.cache_max_age,
        gzip_minimum_size=settings.gzip_minimum_size,
        private=settings.read_access == "key",
    )
    app.add_middleware(GZipMiddleware, minimum_size=settings.gzip_minimum_size)
    app.add_middleware(HeadMiddleware)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["GET", "HEAD", "POST", "PATCH", "DELETE"],
        allow_headers=[
            "Authorization",
            "Content-Type",
            "If-Match",
            "If-None-Match",
            "Idempotency-Key",
            REQUEST_ID_HEADER,
        ],
        expose_headers=[
            "ETag",
            "Link",
            "Location",
            "Retry-After",
            REQUEST_ID_HEADER,
            CORPUS_VERSION_HEADER,
            CORPUS_UPDATED_AT_HEADER,
            *RATE_LIMIT_HEADERS,
        ],
        max_age=600,
    )
    app.openapi = lambda: document_scopes(app, build_openapi(app))  # type: ignore[method-assign]
    return app


def serve(api: FastAPI) -> ASGIApp:
    """The application as served: the API behind lean layers that run outside the
    framework, so that an answer from the response cache costs none of its machinery. From
    the outside in: the request id, for every response and log line; observation (metrics and
    the access log) of every request as the client sent it; rate limits (unless turned off),
    outside the cache so that cached answers count too; the request body limit; and the
    response cache, which keeps what leaves the API (CORS, compression and ETag included)."""
    settings = get_settings()
    cached = ResponseCacheMiddleware(
        api,
        max_bytes=settings.response_cache_bytes,
        generation=data_version.current_generation,
    )
    limited: ASGIApp = BodyLimitMiddleware(cached, max_bytes=settings.max_body_bytes)
    if settings.rate_limit_enabled:
        limited = RateLimitMiddleware(limited, settings=settings)
    observed = ObserveMiddleware(limited, api=api)
    return RequestIdMiddleware(observed, max_length=settings.request_id_max_length)


app = serve(create_app())
