"""Request ids and structured logs: every response carries `X-Request-ID` (the caller's if
sane, a fresh one otherwise) and the server writes one JSON access line per request."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest
from sqlalchemy.engine import make_url

from tests.api.test_errors import assert_problem
from tests.conftest import DASHBOARD_ORIGIN, Databases, LiveServer

GENERATED = re.compile(r"[0-9a-f]{32}")
ACCESS_FIELDS = {"method", "path", "route", "status", "duration_ms", "client"}
LEADING_FIELDS = ["timestamp", "level", "logger", "message", "request_id"]


def json_lines(log: Path) -> list[dict[str, Any]]:
    """The log's JSON objects; uvicorn's own supervisor lines (under --workers) are not.
    A last line without its newline is still being written (another test's request on the
    shared server), so it is left for the next read."""
    lines = []
    for line in log.read_text(encoding="utf-8").split("\n")[:-1]:
        if line.startswith("{"):
            lines.append(json.loads(line))
    return lines


def access_line(log: Path, request_id: str) -> dict[str, Any]:
    """The access line of a request. It is written once the response is sent, so it may
    land just after the client has the response: read again for a while if need be."""
    deadline = time.monotonic() + 10
    while True:
        found = [
            line
            for line in json_lines(log)
            if line["logger"] == "app.access" and line["request_id"] == request_id
        ]
        if found or time.monotonic() > deadline:
            assert len(found) == 1, f"no single access line for {request_id}"
            return found[0]
        time.sleep(0.05)


def test_a_given_request_id_is_echoed_and_logged(
    real_client: httpx.Client, real_server: LiveServer
) -> None:
    response = real_client.get(
        "/v1/quotes", params={"limit": 2}, headers={"X-Request-ID": "abc-123"}
    )
    assert response.status_code == 200
    assert response.headers["x-request-id"] == "abc-123"
    line = access_line(real_server.log_path, "abc-123")
    assert list(line)[:5] == LEADING_FIELDS
    assert set(line) >= ACCESS_FIELDS
    assert line["level"] == "info" and line["message"] == "GET /v1/quotes 200"
    assert (line["method"], line["path"], line["route"], line["status"]) == (
        "GET",
        "/v1/quotes",
        "/v1/quotes",
        200,
    )
    assert line["duration_ms"] >= 0 and line["client"].startswith("127.0.0.1:")


def test_the_access_line_names_the_route_template(
    real_client: httpx.Client, real_server: LiveServer
) -> None:
    headers = {"X-Request-ID": "template-check-1"}
    assert real_client.get("/v1/quotes/no-such-quote", headers=headers).status_code == 404
    line = access_line(real_server.log_path, "template-check-1")
    assert line["path"] == "/v1/quotes/no-such-quote"
    assert (line["route"], line["status"]) == ("/v1/quotes/{quote_id}", 404)


def test_every_log_line_is_one_json_object(
    real_client: httpx.Client, real_server: LiveServer
) -> None:
    real_client.get("/healthz", headers={"X-Request-ID": "json-check-1"})
    access_line(real_server.log_path, "json-check-1")
    text = real_server.log_path.read_text(encoding="utf-8")
    for line in text.splitlines():
        record = json.loads(line)
        assert list(record)[:5] == LEADING_FIELDS, line
    assert "INFO:" not in text, "uvicorn's plain access log is replaced"


def test_without_a_request_id_one_is_generated(client: httpx.Client) -> None:
    first = client.get("/healthz").headers["x-request-id"]
    second = client.get("/healthz").headers["x-request-id"]
    assert GENERATED.fullmatch(first) and GENERATED.fullmatch(second)
    assert first != second


@pytest.mark.parametrize("sent", ["x" * 129, "two words", "tab\there", "é-non-ascii".encode()])
def test_an_oversized_or_garbage_request_id_is_replaced(
    real_client: httpx.Client, real_server: LiveServer, sent: str | bytes
) -> None:
    response = real_client.get("/healthz", headers={"X-Request-ID": sent})
    returned = response.headers["x-request-id"]
    assert GENERATED.fullmatch(returned), returned
    assert access_line(real_server.log_path, returned)["path"] == "/healthz"


@pytest.mark.parametrize(
    ("path", "params", "status"),
    [("/v1/claims/no-such-claim", {}, 404), ("/v1/events", {"limit": 0}, 422)],
)
def test_error_responses_carry_the_request_id(
    client: httpx.Client, path: str, params: dict, status: int
) -> None:
    response = client.get(path, params=params, headers={"X-Request-ID": f"error-{status}"})
    assert_problem(response, status)
    assert response.headers["x-request-id"] == f"error-{status}"


def test_the_request_id_is_exposed_to_cross_origin_clients(client: httpx.Client) -> None:
    response = client.get("/v1/quotes", params={"limit": 1}, headers={"Origin": DASHBOARD_ORIGIN})
    exposed = [
        h.strip().lower() for h in response.headers["access-control-expose-headers"].split(",")
    ]
    assert "x-request-id" in exposed
    preflight = client.options(
        "/v1/quotes",
        headers={
            "Origin": DASHBOARD_ORIGIN,
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "X-Request-ID",
        },
    )
    assert preflight.status_code == 200
    assert "x-request-id" in preflight.headers["access-control-allow-headers"].lower()


@pytest.mark.real_server  # its log, and a 500 rendered outside every middleware
def test_an_unexpected_error_is_a_500_with_the_request_id_and_logged(
    databases: Databases, tmp_path: Path, postgres_admin: str
) -> None:
    """A table gone from under the server is a programming error to PostgreSQL, not an
    unreachable database: the catch-all 500, rendered outside every middleware."""
    url = databases.new("postgresql")
    server = LiveServer(url, tmp_path / "uvicorn.log")
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            with psycopg.connect(
                make_url(url).set(drivername="postgresql").render_as_string(hide_password=False),
                autocommit=True,
            ) as conn:
                conn.execute("DROP TABLE quote CASCADE")
            response = client.get("/v1/quotes", headers={"X-Request-ID": "boom-500"})
            assert_problem(response, 500)
            assert response.headers["x-request-id"] == "boom-500"
        line = access_line(server.log_path, "boom-500")
        assert (line["route"], line["status"]) == ("/v1/quotes", 500)
        errors = [
            record
            for record in json_lines(server.log_path)
            if record["level"] == "error" and record["request_id"] == "boom-500"
        ]
        assert errors and "UndefinedTable" in errors[0]["exception"]
    finally:
        server.stop()
