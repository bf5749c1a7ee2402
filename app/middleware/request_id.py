"""Sets the request id first, so every later layer, log line and response carries it.

It replaces asgi-correlation-id's middleware, which did the same through Starlette's header
classes at several times the cost per request: at tens of thousands of cached answers a
second, that was a tenth of the time (bench/RESULTS.md).
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.request_id import current_request_id, new_request_id, sane_request_id

_HEADER = b"x-request-id"


class RequestIdMiddleware:
    def __init__(self, app: ASGIApp, *, max_length: int) -> None:
        self.app = app
        self.is_sane = sane_request_id(max_length)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = next((v for k, v in scope["headers"] if k == _HEADER), None)
        value = given.decode("latin-1") if given is not None else None
        request_id = value if value is not None and self.is_sane(value) else new_request_id()
        header = (_HEADER, request_id.encode("ascii"))
        token = current_request_id.set(request_id)

        async def with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [
                    *(h for h in message.get("headers", ()) if h[0].lower() != _HEADER),
                    header,
                ]
            await send(message)

        try:
            await self.app(scope, receive, with_id)
        finally:
            current_request_id.reset(token)
