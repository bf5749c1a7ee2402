"""Every HTTP request counts as foreground while it runs (`app.core.foreground`), until it
ends or steps back into bulk work, as a streamed export does."""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from app.core.foreground import in_foreground


class ForegroundMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        with in_foreground():
            await self.app(scope, receive, send)
