"""Assembles the application: settings, lifespan, middleware, error handlers, routes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.routing import APIRoute

from app.api.router import api_router
from app.core.config import get_settings
from app.core.db import get_engine, is_empty, startup_lock
from app.core.errors import install_error_handlers
from app.core.migrations import upgrade_to_head
from app.core.openapi import build_openapi
from app.middleware.etag import ETagMiddleware
from app.middleware.head import HeadMiddleware
from app.seed.loader import load_seed

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
    with startup_lock(engine):
        upgrade_to_head(engine)
        if settings.load_seed_on_start and is_empty(engine):
            load_seed(engine, settings.seed_dir)
    yield


def create_app() -> FastAPI:
    app = FastAPI(
        title="Briefing API",
        version="1.0.0",
        summary="Analytic briefings as structured, citable data.",
        description=DESCRIPTION,
        lifespan=lifespan,
        generate_unique_id_function=_operation_id,
    )
    install_error_handlers(app)
    app.include_router(api_router)
    settings = get_settings()
    # Added innermost first: ETags see the identity body, GZip compresses it, HEAD is a GET
    # without its body, CORS is outermost.
    app.add_middleware(
        ETagMiddleware,
        max_age=settings.cache_max_age,
        gzip_minimum_size=settings.gzip_minimum_size,
    )
    app.add_middleware(GZipMiddleware, minimum_size=settings.gzip_minimum_size)
    app.add_middleware(HeadMiddleware)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["GET", "HEAD"],
        allow_headers=["If-None-Match"],
        expose_headers=["ETag", "Link"],
        max_age=600,
    )
    app.openapi = lambda: build_openapi(app)  # type: ignore[method-assign]
    return app


app = create_app()
