"""Who a `/v1` request acts as, decided once, before rate limits, the cache and routing.

The `Authorization` header is read and its key verified here, and the outcome is stored in
the request's scope (`scope["state"]`): a `Principal` (anonymous without a key), or the
`Unauthorized` refusal for a bad key (or none, with `READ_ACCESS=key`). Nothing here answers
that refusal: the rate limiter first charges it to the client's address, and the API's
authorization layer (`app.api.security.AuthorizationMiddleware`) answers it before routing.
Everything later reads the stored outcome (`app.api.security.authenticate` for routes)
instead of verifying the key again.

A key is looked up with the application's session provider (`app.state.session_provider`,
or whatever `app.dependency_overrides` puts in its place), so a test that substitutes the
database for the routes substitutes it here too. A request without a key costs no look-up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlmodel import Session
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from app.core.errors import DATABASE_UNAVAILABLE, Unauthorized, database_unavailable
from app.services.api_keys import Principal, identify

PRINCIPAL_STATE = "principal"
REFUSAL_STATE = "unauthorized"
ANONYMOUS = Principal(key_id=None, scope=None)

SessionProvider = Callable[[], Iterator[Session]]


def session_provider(app: Any) -> SessionProvider:
    """The provider the application's routes get their session from, overrides included."""
    provider: SessionProvider = app.state.session_provider
    overridden: SessionProvider = app.dependency_overrides.get(provider, provider)
    return overridden


def outcome(scope: Scope) -> Principal | Unauthorized | None:
    """What authentication decided for this request: None if it never ran."""
    state = scope.get("state", {})
    refusal: Unauthorized | None = state.get(REFUSAL_STATE)
    return refusal if refusal is not None else state.get(PRINCIPAL_STATE)


class AuthenticationMiddleware:
    def __init__(self, app: ASGIApp, *, key_required: bool, prefix: str = "/v1/") -> None:
        """`key_required`: every request needs a key (`READ_ACCESS=key`)."""
        self.app, self.key_required, self.prefix = app, key_required, prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(self.prefix):
            await self.app(scope, receive, send)
            return
        authorization = next((v for k, v in scope["headers"] if k == b"authorization"), None)
        state = scope.setdefault("state", {})
        if authorization is None and not self.key_required:
            state[PRINCIPAL_STATE] = ANONYMOUS
            await self.app(scope, receive, send)
            return
        try:
            state[PRINCIPAL_STATE] = await run_in_threadpool(
                self._identify, scope["app"], authorization
            )
        except Unauthorized as refusal:
            state[REFUSAL_STATE] = refusal
        except DATABASE_UNAVAILABLE as exc:
            response = await database_unavailable(Request(scope), exc)
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)

    def _identify(self, app: Any, authorization: bytes | None) -> Principal:
        header = authorization.decode("latin-1") if authorization is not None else None
        with contextmanager(session_provider(app))() as session:
            return identify(session, header, key_required=self.key_required)
