"""Liveness and readiness: `/healthz` answers whenever the process does; `/readyz` only when
the database answers, is migrated to head and holds documents, else a 503 problem."""

from __future__ import annotations

from pathlib import Path

import httpx
import psycopg
import pytest
from alembic import command
from sqlalchemy.engine import make_url

from app.core.db import make_engine
from app.core.migrations import alembic_config, current_revision, head_revision
from tests.api.test_errors import assert_problem
from tests.in_process import InProcessServer


def assert_not_cached(response: httpx.Response) -> None:
    assert response.headers["cache-control"] == "no-store"
    assert "etag" not in response.headers


def assert_not_ready(response: httpx.Response, failed_check: str) -> dict:
    body = assert_problem(response, 503)
    assert body["type"].endswith("not-ready")
    assert body["detail"].startswith(f"Not ready: {failed_check}: "), body["detail"]
    assert int(response.headers["retry-after"]) > 0
    assert_not_cached(response)
    return body


def test_healthz_says_ok_and_is_never_cached(client: httpx.Client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert_not_cached(response)
    assert client.get("/healthz", headers={"If-None-Match": "*"}).status_code == 200
    head = client.head("/healthz")
    assert head.status_code == 200 and head.content == b""


def test_readyz_lists_every_check_when_ready(client: httpx.Client) -> None:
    response = client.get("/readyz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert [c["name"] for c in body["checks"]] == ["database", "migrations", "documents"]
    assert all(c["ok"] and c["detail"] for c in body["checks"])
    assert_not_cached(response)


def test_probes_reject_unknown_parameters_like_every_operation(client: httpx.Client) -> None:
    assert_problem(client.get("/readyz", params={"verbose": "1"}), 422)


def test_probes_are_documented_under_operations_and_metrics_is_not(client: httpx.Client) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert paths["/healthz"]["get"]["operationId"] == "get_health"
    assert paths["/readyz"]["get"]["operationId"] == "get_readiness"
    assert paths["/healthz"]["get"]["tags"] == paths["/readyz"]["get"]["tags"] == ["operations"]
    assert "503" in paths["/readyz"]["get"]["responses"]
    assert "/metrics" not in paths
    assert not any(path.startswith("/v1/healthz") for path in paths)


def test_an_empty_database_is_not_ready(empty_database: str) -> None:
    server = InProcessServer(empty_database, load_seed_on_start=False)
    try:
        assert server.client.get("/healthz").status_code == 200
        body = assert_not_ready(server.client.get("/readyz"), "documents")
        assert "no document" in body["detail"]
    finally:
        server.stop()


def test_a_database_behind_the_head_revision_is_not_ready(empty_database: str) -> None:
    """Checked before the documents: an old schema is the first thing to fix. (Without the
    seed, because SQLite cannot downgrade 0002 with foreign keys on and rows in place.)"""
    server = InProcessServer(empty_database, load_seed_on_start=False)
    try:
        client = server.client
        assert_not_ready(client.get("/readyz"), "documents")
        engine = make_engine(empty_database)
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "-1")
        behind = current_revision(engine)
        engine.dispose()
        assert behind != head_revision()
        body = assert_not_ready(client.get("/readyz"), "migrations")
        expected = f"the database is at revision {behind}, the code's head is {head_revision()}"
        assert expected in body["detail"]
    finally:
        server.stop()


def test_a_lost_database_is_not_ready_but_the_process_is_alive(
    seeded_database: str, request: pytest.FixtureRequest
) -> None:
    server = InProcessServer(seeded_database)
    try:
        client = server.client
        assert client.get("/readyz").status_code == 200
        url = make_url(seeded_database)
        if url.get_backend_name() == "sqlite":
            Path(str(url.database)).unlink()
        else:
            admin = request.getfixturevalue("postgres_admin")
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE "{url.database}" WITH (FORCE)')
        body = assert_not_ready(client.get("/readyz"), "database")
        assert "postgres" not in body["detail"] and "127.0.0.1" not in body["detail"]
        assert client.get("/healthz").json() == {"status": "ok"}
    finally:
        server.stop()
