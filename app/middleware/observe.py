"""Each request, timed once: counted in the metrics and written to the access log, labelled
by its route template (`/v1/quotes/{quote_id}`) rather than its raw path.

It runs outside HEAD, CORS and compression, so it sees the method the client sent and the
time to the last byte; and outside the catch-all error layer, so a request that ends in an
unhandled error is recorded with the 500 it was answered.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Sequence

from starlette.applications import Starlette
from starlette.routing import BaseRoute, compile_path
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core import metrics
from app.core.logs import access_log


def _full_paths(routes: Sequence[BaseRoute]) -> list[str]:
    """Every route's whole path template, prefixes included. FastAPI versions that include
    routers lazily list them through `iter_route_contexts`; older ones list them flat."""
    try:
        from fastapi.routing import iter_route_contexts
    except ImportError:
        paths = [getattr(route, "path", None) for route in routes]
        return [path for path in paths if isinstance(path, str)]
    return [context.path for context in iter_route_contexts(routes) if context.path]


class RouteTemplates:
    """Maps a request path to the template of the route that serves it (whatever the
    method: a 405 is labelled with its route too), and every unknown path to one label."""

    def __init__(self, routes: Sequence[BaseRoute]) -> None:
        self.patterns = [(compile_path(path)[0], path) for path in _full_paths(routes)]
        # Dashboards ask for the same paths again and again; matching every pattern each
        # time cost more than the metrics themselves.
        self.match = functools.lru_cache(maxsize=4096)(self._match)

    def template(self, scope: Scope) -> str:
        path, root = scope["path"], scope.get("root_path", "")
        if root and path.startswith(root):
            path = path[len(root) :]
        return self.match(path)

    def _match(self, path: str) -> str:
        for pattern, template in self.patterns:
            if pattern.match(path):
                return template
        return metrics.UNMATCHED_ROUTE


class ObserveMiddleware:
    """The series are named by the routes of the application serving the request
    (`scope["app"]`)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.routes: RouteTemplates | None = None  # built on the first request: routes are final

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 500  # unless a response starts: an unhandled error is answered 500
        started = time.perf_counter()
        recorded = False

        def record() -> None:
            nonlocal recorded
            if recorded:
                return
            recorded = True
            metrics.IN_FLIGHT.dec()
            seconds = time.perf_counter() - started
            if self.routes is None:
                application: Starlette = scope["app"]
                self.routes = RouteTemplates(application.routes)
            route = self.routes.template(scope)
            metrics.observe_request(scope["method"], route, status, seconds)
            client = scope.get("client")
            access_log(
                method=scope["method"],
                path=scope["path"],
                route=route,
                status=status,
                duration_ms=round(seconds * 1000, 2),
                client=f"{client[0]}:{client[1]}" if client else None,
            )

        async def observed(message: Message) -> None:
            """Recorded as the last byte leaves, before any clean-up after the response (a
            closing session): a client's next request already sees this one counted."""
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)
            if message["type"] == "http.response.body" and not message.get("more_body", False):
                record()

        metrics.IN_FLIGHT.inc()
        try:
            await self.app(scope, receive, observed)
        finally:
            record()
