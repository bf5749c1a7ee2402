"""The response of a streamed export, whose body may fail after it has begun.

Once the status and the first bytes are sent, an error can no longer be a problem response,
and handing it to the error handlers only ends in `RuntimeError: response already started`.
So an error from the body is logged here, once, and the body is left unfinished: no last
chunk is sent, the server closes the connection, and the client sees an incomplete chunked
body, which every HTTP client reports as an error, never a body that looks whole.

However the response ends (the last byte sent, an error, the client gone), the export is
closed, which gives its slot back.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from starlette.responses import StreamingResponse
from starlette.types import Receive, Scope, Send

from app.services.exports.stream import ExportStream

logger = logging.getLogger("app.exports")


class ExportResponse(StreamingResponse):
    def __init__(self, stream: ExportStream, media_type: str, headers: Mapping[str, str]) -> None:
        super().__init__(stream.chunks, media_type=media_type, headers=headers)
        self.stream = stream

    async def stream_response(self, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": self.raw_headers})
        sent = 0
        while True:
            try:
                chunk = await anext(self.stream.chunks)
            except StopAsyncIteration:
                break
            except Exception:
                logger.exception("export failed after %d bytes; its body is cut short", sent)
                return
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
            sent += len(chunk)
        await send({"type": "http.response.body", "body": b"", "more_body": False})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            await self.stream.aclose()
