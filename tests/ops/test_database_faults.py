"""A database that goes away, drops connections or stalls costs requests a quick 503, never a
hung worker or a restart: the same server process answers again once the database is back."""

from __future__ import annotations

import signal
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import psycopg
import pytest

from tests.api.test_errors import assert_problem
from tests.conftest import LiveServer
from tests.ops.conftest import PostgresCluster, table_locked, wait_for_lock_waiters

pytestmark = pytest.mark.real_server  # processes, ports or signals: a uvicorn subprocess

PATHS = [
    "/v1/quotes",
    "/v1/claims?limit=5",
    "/v1/documents/trump-pivot-against-russia",
    "/v1/search?q=Putin",
]
# Every request during an outage must end well within this: the app's own bounds
# (connect timeout 5 s by default) plus a generous margin. It shows "no hang", not speed.
NO_HANG_SECONDS = 15


def timed_get(client: httpx.Client, path: str) -> tuple[httpx.Response, float]:
    start = time.monotonic()
    response = client.get(path)
    return response, time.monotonic() - start


def await_outage_noticed(client: httpx.Client, path: str) -> None:
    """Until the server stops answering `path` from its response cache: it does so as soon
    as its listener for data changes loses the database, which takes a moment to see."""
    deadline = time.monotonic() + NO_HANG_SECONDS
    while client.get(path).status_code == 200:
        assert time.monotonic() < deadline, f"{path} still served from cache"
        time.sleep(0.05)


def assert_unavailable(response: httpx.Response) -> None:
    body = assert_problem(response, 503)
    assert body["type"].endswith("database-unavailable")
    assert int(response.headers["retry-after"]) > 0


@pytest.mark.parametrize("mode", ["fast", "immediate"])
def test_the_same_server_rides_out_a_database_restart(
    own_postgres: PostgresCluster, tmp_path: Path, mode: str
) -> None:
    url = own_postgres.create_database(f"briefing_restart_{mode}")
    log = tmp_path / "uvicorn.log"
    server = LiveServer(url, log)
    pid = server.process.pid
    try:
        with httpx.Client(base_url=server.url, timeout=60) as client:
            before = {}
            for path in PATHS:
                response, elapsed = timed_get(client, path)
                print(f"[up] {path} -> {response.status_code} in {elapsed:.3f}s")
                assert response.status_code == 200, response.text
                before[path] = response.content

            own_postgres.stop(mode)
            await_outage_noticed(client, PATHS[0])
            for attempt in range(2):
                for path in PATHS:
                    response, elapsed = timed_get(client, path)
                    print(
                        f"[down, pg_ctl stop -m {mode}, round {attempt + 1}] {path} -> "
                        f"{response.status_code} {response.headers['content-type']} "
                        f"Retry-After={response.headers.get('retry-after')} in {elapsed:.3f}s"
                    )
                    assert_unavailable(response)
                    assert elapsed < NO_HANG_SECONDS
            ready, elapsed = timed_get(client, "/readyz")
            print(f"[down] /readyz -> {ready.status_code} in {elapsed:.3f}s: {ready.text}")
            assert_problem(ready, 503)
            assert int(ready.headers["retry-after"]) > 0
            assert elapsed < NO_HANG_SECONDS

            own_postgres.start()
            ready, elapsed = timed_get(client, "/readyz")
            print(f"[back] /readyz -> {ready.status_code} in {elapsed:.3f}s")
            assert ready.status_code == 200, ready.text
            for path in PATHS:
                response, elapsed = timed_get(client, path)
                print(f"[back] {path} -> {response.status_code} in {elapsed:.3f}s")
                assert response.status_code == 200, response.text
                assert response.content == before[path], "the same data as before the outage"
    finally:
        server.stop()
    assert server.process.pid == pid
    text = log.read_text()
    assert text.count("Application startup complete") == 1, "the server never restarted"
    assert "Traceback" not in text, text


def test_killed_connections_are_replaced_on_the_next_request(
    own_postgres: PostgresCluster, tmp_path: Path
) -> None:
    name = "briefing_terminated"
    server = LiveServer(own_postgres.create_database(name), tmp_path / "uvicorn.log")
    try:
        with httpx.Client(base_url=server.url, timeout=60) as client:
            expected = client.get("/v1/quotes")
            assert expected.status_code == 200
            with psycopg.connect(own_postgres.admin_url, autocommit=True) as admin:
                row = admin.execute(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE datname = %s AND pid <> pg_backend_pid()",
                    (name,),
                ).fetchone()
            assert row and row[0] >= 1, "the app held a pooled connection"
            statuses = []
            for _ in range(5):
                response, elapsed = timed_get(client, "/v1/quotes")
                print(
                    f"[after pg_terminate_backend x{row[0]}] {response.status_code} {elapsed:.3f}s"
                )
                statuses.append(response.status_code)
                if response.status_code == 200:
                    assert response.content == expected.content
                else:
                    assert_unavailable(response)
                assert elapsed < NO_HANG_SECONDS
    finally:
        server.stop()
    assert statuses[0] in (200, 503), statuses
    assert statuses[1:] == [200] * 4, "at worst one 503, then recovery"


def test_a_frozen_server_costs_a_request_the_connect_timeout_not_a_hang(
    own_postgres: PostgresCluster, tmp_path: Path
) -> None:
    name = "briefing_frozen"
    url = own_postgres.create_database(name)
    server = LiveServer(url, tmp_path / "uvicorn.log", env={"DB_CONNECT_TIMEOUT": "2"})
    try:
        with httpx.Client(base_url=server.url, timeout=60) as client:
            expected = client.get("/v1/quotes").content
            with psycopg.connect(own_postgres.admin_url, autocommit=True) as admin:
                admin.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                    (name,),
                )
            own_postgres.signal_postmaster(signal.SIGSTOP)
            try:  # a page not asked for before, which no response cache can answer
                response, elapsed = timed_get(client, "/v1/quotes?limit=3")
            finally:
                own_postgres.signal_postmaster(signal.SIGCONT)
            print(f"[postmaster frozen, connect_timeout=2s] {response.status_code} {elapsed:.3f}s")
            assert_unavailable(response)
            assert elapsed < NO_HANG_SECONDS
            response = client.get("/v1/quotes")
            print(f"[postmaster thawed] {response.status_code}")
            assert response.content == expected
    finally:
        server.stop()


def test_a_statement_past_the_timeout_is_a_503(
    own_postgres: PostgresCluster, tmp_path: Path
) -> None:
    name = "briefing_statement_timeout"
    url = own_postgres.create_database(name)
    server = LiveServer(url, tmp_path / "uvicorn.log", env={"DB_STATEMENT_TIMEOUT": "500"})
    try:
        with httpx.Client(base_url=server.url, timeout=60) as client:
            assert client.get("/v1/quotes").status_code == 200
            with table_locked(own_postgres.admin_url, name, "quote"):
                response, elapsed = timed_get(client, "/v1/quotes?limit=2")
            print(f"[statement_timeout=500ms, table locked] {response.status_code} {elapsed:.3f}s")
            assert_unavailable(response)
            assert elapsed < NO_HANG_SECONDS
            assert client.get("/v1/quotes?limit=2").status_code == 200
    finally:
        server.stop()


def test_an_exhausted_pool_is_a_503_after_the_pool_timeout(
    own_postgres: PostgresCluster, tmp_path: Path
) -> None:
    name = "briefing_pool_timeout"
    url = own_postgres.create_database(name)
    pool = {"DB_POOL_SIZE": "1", "DB_MAX_OVERFLOW": "1", "DB_POOL_TIMEOUT": "1"}
    server = LiveServer(url, tmp_path / "uvicorn.log", env=pool)
    try:
        with (
            httpx.Client(base_url=server.url, timeout=60) as client,
            ThreadPoolExecutor(max_workers=2) as executor,
        ):
            with table_locked(own_postgres.admin_url, name, "quote"):
                held = [executor.submit(client.get, "/v1/quotes") for _ in range(2)]
                wait_for_lock_waiters(own_postgres.admin_url, name, 2)
                response, elapsed = timed_get(client, "/v1/claims?limit=2")
                print(f"[both pooled connections busy] {response.status_code} {elapsed:.3f}s")
                assert_unavailable(response)
                assert elapsed < NO_HANG_SECONDS
            assert [f.result().status_code for f in held] == [200, 200]
            assert client.get("/v1/claims?limit=2").status_code == 200
    finally:
        server.stop()
