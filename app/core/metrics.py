"""Prometheus metrics: requests by method, route template and status, latency, requests in
flight, and the database connection pool.

prometheus-client is the reference client and supports several processes: when
`PROMETHEUS_MULTIPROC_DIR` names a directory, every process (each `uvicorn --workers` worker)
writes its samples to files there and a scrape of any worker adds them all up. Gauges sum
over live processes (`livesum`); a worker's files are marked dead when it stops.

Route labels are templates (`/v1/quotes/{quote_id}`), never raw paths, and unknown methods
and paths collapse to one value each, so a scan of random URLs cannot blow up the series.
"""

from __future__ import annotations

import functools
import os
import threading
from typing import Any

from prometheus_client import REGISTRY, CollectorRegistry, Counter, Gauge, Histogram, values
from prometheus_client.exposition import choose_encoder
from prometheus_client.multiprocess import MultiProcessCollector, mark_process_dead
from sqlalchemy import Engine, event

from app.core.config import InvalidSettings, Settings

UNMATCHED_ROUTE = "<unmatched>"
OTHER_METHOD = "OTHER"
_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"})

REQUESTS = Counter(
    "briefing_http_requests",
    "HTTP requests answered, by method, route template and status code.",
    ["method", "route", "status"],
)
DURATION = Histogram(
    "briefing_http_request_duration_seconds",
    "Time to answer a request, body included, by method and route template.",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
IN_FLIGHT = Gauge(
    "briefing_http_requests_in_flight",
    "Requests being answered now.",
    multiprocess_mode="livesum",
)
POOL_SIZE = Gauge(
    "briefing_db_pool_size",
    "Connections the pool keeps open at most without overflow (its configured size).",
    multiprocess_mode="livesum",
)
POOL_CONNECTIONS = Gauge(
    "briefing_db_pool_connections",
    "Database connections open now, idle or checked out.",
    multiprocess_mode="livesum",
)
POOL_CHECKED_OUT = Gauge(
    "briefing_db_pool_checked_out",
    "Database connections in use by a request now.",
    multiprocess_mode="livesum",
)
POOL_OVERFLOW = Gauge(
    "briefing_db_pool_overflow",
    "Open database connections beyond the pool size.",
    multiprocess_mode="livesum",
)


def is_multiprocess() -> bool:
    """Whether prometheus_client found `PROMETHEUS_MULTIPROC_DIR` when it was imported."""
    return values.ValueClass is not values.MutexValue


def check_mode(settings: Settings) -> None:
    """A directory named only in `.env` would be validated but never used."""
    if settings.prometheus_multiproc_dir is not None and not is_multiprocess():
        raise InvalidSettings(
            [
                "PROMETHEUS_MULTIPROC_DIR: must be set in the environment; "
                "prometheus_client does not read .env"
            ]
        )


@functools.cache
def _series(method: str, route: str, status: int) -> tuple[Any, Any]:
    """The labelled children, found once per combination: `labels()` costs more than the
    update itself. Routes and methods are closed sets, so the combinations are few."""
    return REQUESTS.labels(method, route, str(status)), DURATION.labels(method, route)


def observe_request(method: str, route: str, status: int, seconds: float) -> None:
    count, duration = _series(method if method in _METHODS else OTHER_METHOD, route, status)
    count.inc()
    duration.observe(seconds)


def instrument_pool(engine: Engine) -> None:
    """Follow the engine's pool through its events, so the gauges are current in every
    worker without a scrape having to reach it.

    Call it before the engine's first connection. SQLite files and PostgreSQL use a
    `QueuePool` (size and overflow); pools without a size (`NullPool`, `StaticPool`) report 0.
    """
    size_of = getattr(engine.pool, "size", None)
    size = size_of() if callable(size_of) else 0
    lock = threading.Lock()
    opened = 0
    POOL_SIZE.set(size)

    def count_open(delta: int) -> None:
        nonlocal opened
        with lock:
            opened += delta
            POOL_CONNECTIONS.set(opened)
            POOL_OVERFLOW.set(max(0, opened - size) if size else 0)

    def on_connect(*_: Any) -> None:
        count_open(1)

    def on_close(*_: Any) -> None:
        count_open(-1)

    def on_checkout(*_: Any) -> None:
        POOL_CHECKED_OUT.inc()

    def on_checkin(*_: Any) -> None:
        POOL_CHECKED_OUT.dec()

    def on_detach(*_: Any) -> None:
        """A detached connection leaves the pool while checked out; no checkin follows."""
        POOL_CHECKED_OUT.dec()
        count_open(-1)

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "close", on_close)
    event.listen(engine, "checkout", on_checkout)
    event.listen(engine, "checkin", on_checkin)
    event.listen(engine, "detach", on_detach)


def exposition(accept: str) -> tuple[bytes, str]:
    """The metrics in the text format the scraper asked for, and its content type."""
    registry: CollectorRegistry = REGISTRY
    if is_multiprocess():
        registry = CollectorRegistry()
        MultiProcessCollector(registry)
    encoder, content_type = choose_encoder(accept)
    return encoder(registry), content_type


def release_process() -> None:
    """On a worker's exit: its live gauges no longer count (its counters still do)."""
    if is_multiprocess():
        mark_process_dead(os.getpid())
