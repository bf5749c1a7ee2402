"""uvicorn's HTTP protocols, with what a response may run ahead of its client bounded.

A streamed response (an export) is rendered only as fast as `send` returns, and `send`
waits only while the connection's buffers are full. Linux grows a TCP socket's send buffer
to megabytes (`net.ipv4.tcp_wmem`), so without a bound an export renders several MB for a
client that reads 2 KB a second: fifty such clients cost the CPU of fifty whole exports at
once. `TCP_NOTSENT_LOWAT` caps the bytes the kernel holds unsent, whatever its buffer (bytes
in flight are the receiver's window, as before), so a stream renders at its reader's pace,
and a fast reader is as fast as before (bench/bench_exports.py, bench/RESULTS.md).

The image's entrypoint serves with these (`--http app.core.protocols:H11Protocol`).
"""

from __future__ import annotations

import asyncio
import socket

from uvicorn.protocols.http.h11_impl import H11Protocol as _H11Protocol
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol as _HttpToolsProtocol

# Unsent bytes the kernel holds for a connection: a few writes' worth, so the socket still
# never waits on the event loop to be refilled.
UNSENT_BYTES = 64 * 1024


def bound_unsent(transport: asyncio.BaseTransport) -> None:
    """Cap what the kernel holds unsent on a TCP connection (not on a Unix socket)."""
    sock = transport.get_extra_info("socket")
    if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NOTSENT_LOWAT, UNSENT_BYTES)


class H11Protocol(_H11Protocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        bound_unsent(transport)
        super().connection_made(transport)


class HttpToolsProtocol(_HttpToolsProtocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        bound_unsent(transport)
        super().connection_made(transport)
