"""The image's HTTP protocols (app/core/protocols.py): every TCP connection holds at most
`UNSENT_BYTES` unsent in the kernel, so a streamed response renders at its reader's pace."""

from __future__ import annotations

import asyncio
import socket

import pytest
import uvicorn
from starlette.types import Receive, Scope, Send

from app.core.protocols import UNSENT_BYTES, H11Protocol, HttpToolsProtocol
from tests.conftest import run_on_own_loop


async def hello(scope: Scope, receive: Receive, send: Send) -> None:
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b"hello"})


async def unsent_limit_of_a_connection(protocol: type[asyncio.Protocol]) -> int:
    """Serve one request on a real socket and read the server side's limit."""
    config = uvicorn.Config(
        hello, host="127.0.0.1", port=0, http=protocol, lifespan="off", log_level="warning"
    )
    server = uvicorn.Server(config)
    serving = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"GET / HTTP/1.1\r\nHost: test\r\n\r\n")
    await reader.readuntil(b"hello")
    (connection,) = server.server_state.connections
    sock = connection.transport.get_extra_info("socket")  # type: ignore[attr-defined]
    limit = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NOTSENT_LOWAT)
    writer.close()
    server.should_exit = True
    await serving
    return int(limit)


@pytest.mark.parametrize("protocol", [H11Protocol, HttpToolsProtocol])
def test_a_connection_holds_a_bounded_amount_unsent(protocol: type[asyncio.Protocol]) -> None:
    assert run_on_own_loop(lambda: unsent_limit_of_a_connection(protocol)) == UNSENT_BYTES
