"""What the tests of the server's and the proxy's limits share: the image's entrypoint serving
a seeded database with the image's settings, and raw sockets for requests that an HTTP client
would not send (a head cut off, a 10 MB header line)."""

from __future__ import annotations

import re
import socket
import time
from pathlib import Path

import httpx

from tests.conftest import ROOT, Databases, LiveServer

ENTRYPOINT = ROOT / "docker-entrypoint.sh"
ANONYMOUS_BUDGET = 3
_CHUNK = 64 * 1024


def image_environment() -> dict[str, str]:
    """The settings the Dockerfile's ENV gives the image that the server reads itself
    (FORWARDED_ALLOW_IPS), so the tests serve with the image's defaults, not uvicorn's."""
    found = re.search(r"FORWARDED_ALLOW_IPS=(\S*)", (ROOT / "Dockerfile").read_text())
    assert found, "the Dockerfile sets FORWARDED_ALLOW_IPS"
    return {"FORWARDED_ALLOW_IPS": found.group(1).strip('"')}


class EntrypointServer(LiveServer):
    """A server started by the entrypoint: two Python start-ups (`briefing migrate`, then
    uvicorn), given longer than one on a machine busy with other tests."""

    def _wait(self, log: Path, timeout: float = 180) -> None:
        super()._wait(log, timeout)


def entrypoint(databases: Databases, log: Path, **env: str) -> LiveServer:
    """docker-entrypoint.sh on a seeded SQLite database, one worker (so that one in-memory
    rate limiter counts every request), an anonymous budget of `ANONYMOUS_BUDGET`."""
    return EntrypointServer(
        databases.seeded("sqlite"),
        log,
        command=[str(ENTRYPOINT)],
        env={
            **image_environment(),
            "WEB_CONCURRENCY": "1",
            "RATE_LIMIT_ENABLED": "true",
            "RATE_LIMIT_ANONYMOUS": f"{ANONYMOUS_BUDGET}/hour",
            **env,
        },
    )


def read_until_closed(sock: socket.socket) -> bytes:
    """Everything the peer sends until it closes (a reset ends it too)."""
    received = b""
    while True:
        try:
            data = sock.recv(65536)
        except ConnectionResetError:
            return received
        if not data:
            return received
        received += data


def send_oversized_header(port: int, size: int = 10_000_000) -> bytes:
    """A request with one header line of `size` bytes; what the server answered."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        try:
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: test\r\nX-Padding: ")
            for _ in range(size // _CHUNK):
                sock.sendall(b"a" * _CHUNK)
            sock.sendall(b"\r\n\r\n")
        except OSError:
            pass  # refused before the whole line was sent, as it should be
        return read_until_closed(sock)


def open_cut_off_heads(port: int, count: int) -> list[socket.socket]:
    """`count` connections, each having sent a request head without its final blank line."""
    heads = []
    for _ in range(count):
        sock = socket.create_connection(("127.0.0.1", port), timeout=60)
        sock.sendall(b"GET /v1/quotes HTTP/1.1\r\nHost: test\r\nX-Slow: 1\r\n")
        heads.append(sock)
    return heads


def seconds_until_closed(sock: socket.socket, started: float) -> float:
    """When the peer closed `sock`, in seconds since `started` (the socket's timeout bounds
    the wait)."""
    read_until_closed(sock)
    return time.monotonic() - started


def statuses_claiming_new_addresses(url: str, count: int) -> list[int]:
    """The statuses of `count` GETs of /v1, each claiming through X-Forwarded-For to come
    from an address not used before."""
    return [
        httpx.get(
            f"{url}/v1/quotes", params={"limit": 1}, headers={"X-Forwarded-For": f"203.0.113.{n}"}
        ).status_code
        for n in range(1, count + 1)
    ]
