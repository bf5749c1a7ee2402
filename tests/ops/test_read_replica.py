"""The API is read-only, so a replica may serve from a PostgreSQL hot standby."""

from __future__ import annotations

from pathlib import Path

import httpx
import psycopg
import pytest

from tests.conftest import LiveServer
from tests.ops.conftest import PostgresCluster

pytestmark = pytest.mark.real_server  # processes, ports or signals: a uvicorn subprocess


def test_a_replica_serves_from_a_streaming_standby(
    own_postgres: PostgresCluster, tmp_path: Path
) -> None:
    primary_server = LiveServer(own_postgres.create_database("briefing"), tmp_path / "p.log")
    try:
        expected = httpx.get(f"{primary_server.url}/v1/quotes").content
    finally:
        primary_server.stop()
    standby = PostgresCluster(own_postgres.bin_dir, standby_of=own_postgres)
    try:
        standby.start()
        with psycopg.connect(standby.admin_url) as conn:
            assert conn.execute("SELECT pg_is_in_recovery()").fetchone() == (True,)
        server = LiveServer(
            standby.url("briefing"), tmp_path / "s.log", env={"LOAD_SEED_ON_START": "false"}
        )
        try:
            response = httpx.get(f"{server.url}/v1/quotes")
        finally:
            server.stop()
    finally:
        standby.destroy()
    assert response.status_code == 200
    assert response.content == expected
