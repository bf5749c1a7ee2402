"""A start-up failure as one line, not the traceback uvicorn would log.

Starlette answers a lifespan that raised with `lifespan.startup.failed` carrying the whole
traceback, which uvicorn logs (a 130-line JSON string for a database that does not exist).
For a `StartupError` (a setting to fix) this layer reports the one line instead and sends the
failure without the traceback; uvicorn still exits with status 3. Any other exception is a
bug, and keeps its traceback.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.startup import StartupError, report


class StartupFailureMiddleware:
    def __init__(self, app: ASGIApp, with_traceback: bool = False) -> None:
        self.app = app
        self.with_traceback = with_traceback

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "lifespan":
            await self.app(scope, receive, send)
            return
        failure: Message | None = None

        async def hold_failure(message: Message) -> None:
            """Starlette sends the failure before it re-raises: it waits for the verdict."""
            nonlocal failure
            if message["type"] == "lifespan.startup.failed":
                failure = message
            else:
                await send(message)

        try:
            await self.app(scope, receive, hold_failure)
        except StartupError as error:
            report(error, with_traceback=self.with_traceback)
            failure = {"type": "lifespan.startup.failed", "message": ""}
        finally:
            if failure is not None:
                await send(failure)
