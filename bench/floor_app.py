"""The floor: a bare ASGI app that answers each benchmarked URL with the API's own bytes.

Served by the same uvicorn as the API, it measures what the server, the event loop and the
HTTP parsing cost by themselves on this machine, so the API's throughput can be read as a
fraction of the most any Python app could reach here. `bench_peer.py` captures the
responses from the API first and names their file in `BENCH_FLOOR_RESPONSES`: a JSON object
mapping the raw request target (`/v1/quotes?document_id=…`) to its status, headers and body.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

# Headers the server adds itself; replaying them would send them twice.
SERVER_HEADERS = {"date", "server", "content-length"}


def _load(path: str) -> dict[bytes, tuple[int, list[tuple[bytes, bytes]], bytes]]:
    with open(path, encoding="utf-8") as f:
        captured = json.load(f)
    responses = {}
    for target, r in captured.items():
        body = base64.b64decode(r["body"])
        headers = [
            (name.encode("latin-1"), value.encode("latin-1"))
            for name, value in r["headers"]
            if name.lower() not in SERVER_HEADERS
        ]
        headers.append((b"content-length", str(len(body)).encode()))
        responses[target.encode("latin-1")] = (r["status"], headers, body)
    return responses


RESPONSES = _load(os.environ["BENCH_FLOOR_RESPONSES"])
NOT_FOUND = (404, [(b"content-type", b"text/plain"), (b"content-length", b"9")], b"not found")


async def app(scope: Message, receive: Receive, send: Send) -> None:
    """Look the request target up and send the captured answer, nothing else."""
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    target = scope["raw_path"]
    if scope["query_string"]:
        target += b"?" + scope["query_string"]
    status, headers, body = RESPONSES.get(target, NOT_FOUND)
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
