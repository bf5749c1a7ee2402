"""SIGTERM (what `docker stop` and a rolling deploy send) stops new connections but lets the
requests in flight finish, so a deploy costs no client an error."""

from __future__ import annotations

import signal
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from tests.conftest import LiveServer
from tests.ops.conftest import PostgresCluster, table_locked, wait_for_lock_waiters

pytestmark = pytest.mark.real_server  # processes, ports or signals: a uvicorn subprocess

# As the image's entrypoint sets it: longer than any request may take (statement timeout).
GRACEFUL_SHUTDOWN = "--timeout-graceful-shutdown=30"


def wait_until_not_served(url: str, timeout: float = 10) -> str:
    """How a new request fails once the server stops taking work: refused, or never answered
    (with several workers the supervisor still holds the listening socket until it exits)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{url}/v1/documents", timeout=1)
        except httpx.ConnectError:
            return "refused"
        except (httpx.ReadTimeout, httpx.RemoteProtocolError, httpx.ReadError):
            return "not answered"
        time.sleep(0.05)  # answered while the signal reaches the workers; try again
    raise AssertionError("the server still took new requests after SIGTERM")


@pytest.mark.parametrize("workers", [1, 2], ids=["one-process", "two-workers"])
def test_sigterm_drains_the_request_in_flight(
    own_postgres: PostgresCluster, tmp_path: Path, workers: int
) -> None:
    name = f"briefing_sigterm_{workers}"
    url = own_postgres.create_database(name)
    args = [GRACEFUL_SHUTDOWN, *(["--workers", str(workers)] if workers > 1 else [])]
    log = tmp_path / "uvicorn.log"
    # No response cache: the request in flight must be one that waits on the database.
    server = LiveServer(url, log, *args, env={"RESPONSE_CACHE_BYTES": "0"})
    try:
        expected = httpx.get(f"{server.url}/v1/quotes").content
        with ThreadPoolExecutor(max_workers=1) as executor:
            with table_locked(own_postgres.admin_url, name, "quote"):
                in_flight = executor.submit(httpx.get, f"{server.url}/v1/quotes", timeout=60)
                wait_for_lock_waiters(own_postgres.admin_url, name, 1)
                signalled = time.monotonic()
                server.process.send_signal(signal.SIGTERM)
                new_request = wait_until_not_served(server.url)
                print(
                    f"[{workers} worker(s)] new request after SIGTERM: {new_request} "
                    f"after {time.monotonic() - signalled:.2f}s"
                )
                assert not in_flight.done(), "the request in flight is still waiting"
                assert server.process.poll() is None, "the server waits for it"
            response = in_flight.result(timeout=30)
            returncode = server.process.wait(timeout=30)
            print(
                f"[{workers} worker(s)] in-flight request: {response.status_code}, "
                f"{len(response.content)} bytes; exit code {returncode} "
                f"{time.monotonic() - signalled:.2f}s after SIGTERM"
            )
    finally:
        server.stop()
    assert response.status_code == 200
    assert response.content == expected, "the whole body"
    body = response.json()
    assert body["items"] and len(body["items"]) == body["total"], "every listed quote"
    # With --workers the supervisor exits 0 once every worker has drained. A single uvicorn
    # process drains just the same, then re-raises the SIGTERM it caught, so its status is
    # "terminated by SIGTERM" (uvicorn >= 0.29); the image always runs the supervisor.
    assert returncode == (0 if workers > 1 else -signal.SIGTERM), log.read_text()
    text = log.read_text()
    assert "Traceback" not in text and "Cancel" not in text, text
