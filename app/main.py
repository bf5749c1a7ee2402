"""Assembles the application: settings, lifespan, middleware, error handlers, routes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.routing import APIRoute
from starlette.middleware import Middleware
from starlette.middleware.errors import ServerErrorMiddleware

from app.api import docs
from app.api.deps import CORPUS_UPDATED_AT_HEADER, CORPUS_VERSION_HEADER
from app.api.openapi import build_openapi
from app.api.router import api_router
from app.api.routes import operations
from app.api.security import AuthorizationMiddleware, document_scopes
from app.core import data_version, metrics
from app.core.config import Settings, get_settings
from app.core.db import check_reachable, get_engine, get_session, startup_lock
from app.core.errors import install_error_handlers, unexpected_error
from app.core.logs import configure_logging
from app.core.migrations import upgrade_to_head
from app.core.request_id import REQUEST_ID_HEADER
from app.dashboard import routes as dashboard
from app.extract.pool import POOL as EXTRACTION_POOL
from app.middleware.authentication import AuthenticationMiddleware
from app.middleware.body_limit import BodyLimitMiddleware
from app.middleware.cors import ProblemCORSMiddleware
from app.middleware.foreground import ForegroundMiddleware
from app.middleware.head import HeadMiddleware
from app.middleware.http_cache import HttpCacheMiddleware
from app.middleware.observe import ObserveMiddleware
from app.middleware.rate_limit import RATE_LIMIT_HEADERS, RateLimitMiddleware
from app.middleware.request_id import RequestIdMiddleware
from app.middleware.startup import StartupFailureMiddleware
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
    metrics.instrument_pool(engine)  # before the first connection, which it counts
    check_reachable(engine)
    with startup_lock(engine):
        upgrade_to_head(engine)
        if settings.load_seed_on_start and is_empty(engine):
            load_seed(engine, settings.seed_dir)
    data_version.start_watching(engine, settings.db_connect_timeout)
    yield
    data_version.stop_watching()
    EXTRACTION_POOL.shutdown()
    metrics.release_process()


def middleware(settings: Settings) -> list[Middleware]:
    """The whole stack, outermost first; each layer reads only the request in front of it
    and the response coming back. A response-cache hit is answered by `HttpCacheMiddleware`,
    so it costs only the layers above it: none of routing, dependencies or error handlers."""
    limits = [Middleware(RateLimitMiddleware, settings=settings)]
    return [
        # Start-up only (the lifespan): a failure to fix a setting is one line, no traceback.
        Middleware(StartupFailureMiddleware, with_traceback=settings.log_level == "DEBUG"),
        # The request id first, so every later layer, log line and response carries it.
        Middleware(RequestIdMiddleware, max_length=settings.request_id_max_length),
        # Metrics and the access log, for every request as the client sent it.
        Middleware(ObserveMiddleware),
        # Requests someone waits on go before an export's batches (app/core/foreground.py).
        Middleware(ForegroundMiddleware),
        # Unexpected errors as problem+json 500s, inside the request id and the observation.
        Middleware(ServerErrorMiddleware, handler=unexpected_error),
        # Who the request acts as, verified once, before anything that depends on it.
        Middleware(AuthenticationMiddleware, key_required=settings.read_access == "key"),
        # Budgets per verified key or per address, outside the cache: hits count too.
        *(limits if settings.rate_limit_enabled else []),
        # Oversize bodies refused before anything reads them.
        Middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes),
        # HEAD is a GET without its body, so it is tagged and cached as the GET.
        Middleware(HeadMiddleware),
        # ETags, 304s, Cache-Control and the response cache, on what compression sends.
        Middleware(
            HttpCacheMiddleware,
            max_age=settings.cache_max_age,
            private=settings.read_access == "key",
            max_bytes=settings.response_cache_bytes,
            generation=data_version.current_generation,
        ),
        Middleware(GZipMiddleware, minimum_size=settings.gzip_minimum_size),
        Middleware(
            ProblemCORSMiddleware,
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
        ),
        # 401/403 before routing, body or parameters; inside CORS, so browsers read it.
        Middleware(AuthorizationMiddleware),
    ]


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
        middleware=middleware(settings),
        # Served by `app.api.docs` with packaged assets: FastAPI's own pages load a CDN's.
        docs_url=None,
        redoc_url=None,
    )
    # Where authentication gets its session; overriding `get_session` reaches it too.
    app.state.session_provider = get_session
    install_error_handlers(app)
    app.include_router(api_router)
    app.include_router(operations.router)
    app.include_router(operations.metrics_router)
    app.include_router(dashboard.router)
    app.include_router(docs.router)
    app.openapi = lambda: document_scopes(app, build_openapi(app))  # type: ignore[method-assign]
    return app


app = create_app()
