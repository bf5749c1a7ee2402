"""The production ASGI app served in the test process, on a real database and settings of
its own, through starlette's `TestClient` (an `httpx.Client` that runs the app's lifespan:
migrations, then the seed load on an empty database).

The app reads its settings and engine from process-wide caches (`get_settings`,
`get_engine`, both `lru_cache`d) and keeps one data-version watcher per process, outside the
reach of dependency overrides: in the start-up lifespan, in authentication, in exports, in
readiness. So each `InProcessServer` owns a settings object, an engine and a watcher, and
makes them the process's own before each request it serves (`_Activate`). Several apps with
different settings can then live side by side in one test session, one request at a time.
"""

from __future__ import annotations

import time
from typing import Any
from unittest import mock

import httpx
from sqlalchemy import Engine
from starlette.testclient import TestClient
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from app.core import config, data_version, db
from app.core.config import Settings

DASHBOARD_ORIGIN = "http://dashboard.example"
BASE_URL = "http://testserver"

# As `LiveServer` runs uvicorn: the suite sends thousands of requests from one address, so
# rate limits are off unless a test turns them on.
DEFAULTS: dict[str, Any] = {"cors_origins": [DASHBOARD_ORIGIN], "rate_limit_enabled": False}


def build_app() -> ASGIApp:
    """The application exactly as `app.main:app` serves it, built from the settings in force."""
    from app.main import create_app

    return create_app()


_active: InProcessServer | None = None


def _install(settings: Settings, engine: Engine) -> None:
    """Make `settings` and `engine` what `get_settings()` and `get_engine()` return: each
    cache is cleared and filled once by a call whose constructor yields the given object."""
    config.get_settings.cache_clear()
    with mock.patch.object(config, "Settings", lambda: settings):
        assert config.get_settings() is settings
    db.get_engine.cache_clear()
    with mock.patch.object(db, "make_engine", lambda _url: engine):
        assert db.get_engine() is engine


def _forget() -> None:
    """Back to what the environment says, as in a process without an in-process app."""
    global _active
    _active = None
    config.get_settings.cache_clear()
    db.get_engine.cache_clear()


class InProcessServer:
    """One in-process app on `database_url`; `settings` override the defaults by field name
    (`max_included=5`, `read_access="key"`). `url` and `database_url` are as `LiveServer`'s."""

    url = BASE_URL

    def __init__(self, database_url: str, *, proxy_headers: bool = False, **settings: Any) -> None:
        """`proxy_headers`: take the client address from `X-Forwarded-For`, as `uvicorn
        --proxy-headers` does behind a trusted proxy."""
        self.database_url = database_url
        self.settings = Settings(database_url=database_url, **{**DEFAULTS, **settings})
        self.engine = db.make_engine(database_url, self.settings)
        self.watcher: data_version.Watcher = data_version.NoWatcher()
        self.activate()
        self.app = build_app()
        served = ProxyHeadersMiddleware(self.app, trusted_hosts="*") if proxy_headers else self.app
        self.client = TestClient(
            _Activate(self, served),
            base_url=BASE_URL,
            follow_redirects=False,  # as an `httpx.Client`: a test sees the redirect itself
        )
        self.client.__enter__()  # the lifespan: migrations, the seed, the watcher
        self._await_the_listener()

    def _await_the_listener(self, timeout: float = 10) -> None:
        """Until PostgreSQL's change listener has connected: before, the response cache is
        bypassed, as on a server in its first moments, before any test's first request."""
        if not isinstance(self.watcher, data_version.PostgresWatcher):
            return
        deadline = time.monotonic() + timeout
        while self.watcher.generation() is None and time.monotonic() < deadline:
            time.sleep(0.01)

    def activate(self) -> None:
        """Make this app's settings, engine and watcher the process's, if they are not."""
        global _active
        if _active is self:
            return
        if _active is not None:
            _active.watcher = data_version._watcher
        _install(self.settings, self.engine)
        data_version._watcher = self.watcher
        _active = self

    def http(self, **headers: str) -> httpx.Client:
        """Another client of this app, with default headers of its own; it shares the first
        client's event loop (and so the app's lifespan)."""
        return httpx.Client(
            transport=_Shared(self.client._transport), base_url=BASE_URL, headers=headers
        )

    def stop(self) -> None:
        """End the lifespan (the watcher stops), release the database, forget the caches."""
        self.activate()
        self.client.__exit__(None, None, None)
        self.watcher = data_version.NoWatcher()
        data_version._watcher = self.watcher
        self.engine.dispose()
        _forget()


class _Shared(httpx.BaseTransport):
    """Another client's transport, left open when this client closes."""

    def __init__(self, transport: httpx.BaseTransport) -> None:
        self.transport = transport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.transport.handle_request(request)


class _Activate:
    """Makes its server the active one before each request, and around its lifespan's
    start and end, so the app always meets its own settings, engine and watcher."""

    def __init__(self, server: InProcessServer, app: ASGIApp) -> None:
        self.server, self.app = server, app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.server.activate()
        if scope["type"] != "lifespan":
            await self.app(scope, receive, send)
            return

        async def receive_activated() -> Message:
            message = await receive()
            self.server.activate()
            return message

        async def send_noting_the_watcher(message: Message) -> None:
            if message["type"] == "lifespan.startup.complete":
                self.server.watcher = data_version._watcher
            await send(message)

        await self.app(scope, receive_activated, send_noting_the_watcher)
