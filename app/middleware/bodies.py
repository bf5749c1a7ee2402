"""Seeing a response whole before it is sent, without ever buffering a streamed one."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.types import Message, Send

WholeResponse = Callable[[Message, bytes], Awaitable[None]]


def whole_or_streamed(send: Send, on_whole: WholeResponse) -> Send:
    """A `send` that holds the response's start back. A body that arrives in one message
    goes to `on_whole(start, body)`, which sends the answer; a streamed one (its first body
    message says `more_body`) is passed on as it comes, start first."""
    start: Message = {}
    streaming = False

    async def held(message: Message) -> None:
        nonlocal start, streaming
        if message["type"] == "http.response.start":
            start = message
            return
        if message["type"] != "http.response.body" or streaming:
            await send(message)
            return
        if message.get("more_body", False):
            streaming = True
            await send(start)
            await send(message)
            return
        await on_whole(start, message.get("body", b""))

    return held
