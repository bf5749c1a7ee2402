"""What uvicorn, as the image's entrypoint starts it, bounds by itself: the size of a request
head, how long an idle keep-alive connection stays open, and whose X-Forwarded-For it takes
(no one's by default, so a client cannot choose the address its rate limit counts). A head
that arrives slowly it does not bound: tests/ops/test_proxy.py shows the proxy doing it."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import Databases, LiveServer
from tests.ops.front import (
    ANONYMOUS_BUDGET,
    entrypoint,
    read_until_closed,
    seconds_until_closed,
    send_oversized_header,
    statuses_claiming_new_addresses,
)

pytestmark = pytest.mark.real_server  # a uvicorn subprocess and raw sockets

KEEP_ALIVE_TIMEOUT = 5  # the entrypoint's default


@pytest.fixture(scope="module")
def served(databases: Databases, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The entrypoint with the image's defaults; only the X-Forwarded-For test spends its
    anonymous budget (the others call /healthz, which is never limited)."""
    server = entrypoint(databases, tmp_path_factory.mktemp("served") / "server.log")
    yield server
    server.stop()


def test_a_10_mb_header_line_is_refused_and_the_server_goes_on(served: LiveServer) -> None:
    answer = send_oversized_header(served.port)
    assert answer.startswith(b"HTTP/1.1 400 "), answer[:200]
    assert httpx.get(f"{served.url}/healthz", timeout=10).status_code == 200


def test_an_idle_keep_alive_connection_is_closed_after_the_timeout(served: LiveServer) -> None:
    with socket.create_connection(("127.0.0.1", served.port), timeout=30) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: test\r\n\r\n")
        first = sock.recv(65536)
        assert first.startswith(b"HTTP/1.1 200 "), first[:200]
        assert b"connection: close" not in first.lower(), "kept alive after the answer"
        idle = seconds_until_closed(sock, time.monotonic())
    assert KEEP_ALIVE_TIMEOUT - 1 <= idle <= KEEP_ALIVE_TIMEOUT + 2, idle


def test_with_the_image_default_a_local_client_cannot_choose_its_address(
    served: LiveServer,
) -> None:
    statuses = statuses_claiming_new_addresses(served.url, ANONYMOUS_BUDGET + 1)
    assert statuses == [200] * ANONYMOUS_BUDGET + [429], "one budget: the TCP peer's"


def test_trusting_the_local_address_would_let_it_choose(
    databases: Databases, tmp_path: Path
) -> None:
    """The control: with uvicorn's own default (127.0.0.1 trusted), every claimed address
    gets a budget of its own, which is what the image's empty default prevents."""
    server = entrypoint(databases, tmp_path / "server.log", FORWARDED_ALLOW_IPS="127.0.0.1")
    try:
        statuses = statuses_claiming_new_addresses(server.url, ANONYMOUS_BUDGET + 1)
    finally:
        server.stop()
    assert statuses == [200] * (ANONYMOUS_BUDGET + 1)


def test_uvicorn_keeps_a_request_head_that_never_ends(served: LiveServer) -> None:
    """Why compose.yaml puts a proxy in front: uvicorn has no header-read timeout, so a head
    cut off before its blank line holds the connection long after the keep-alive timeout."""
    with socket.create_connection(("127.0.0.1", served.port), timeout=KEEP_ALIVE_TIMEOUT + 3) as s:
        s.sendall(b"GET /v1/quotes HTTP/1.1\r\nHost: test\r\nX-Slow: 1\r\n")
        with pytest.raises(TimeoutError):
            read_until_closed(s)
