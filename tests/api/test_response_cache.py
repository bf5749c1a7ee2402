"""The response cache answers a repeated GET with the same bytes and ETag, and forgets it all
as soon as any process commits a change to the data: on SQLite and PostgreSQL, with several
workers."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from app.core.db import make_engine
from tests.conftest import BACKENDS, DASHBOARD_ORIGIN, Databases, LiveServer
from tests.in_process import InProcessServer

CLAIM = "pivot-driven-by-pressure-miscalculation-and-smart-moves"


def test_a_repeated_get_is_answered_from_the_cache_with_the_same_bytes(
    client: httpx.Client,
) -> None:
    path = "/v1/claims?limit=13&sort=-id"
    first, second = client.get(path), client.get(path)
    assert first.headers["x-cache"] == "miss"
    assert second.headers["x-cache"] == "hit"
    assert second.content == first.content
    assert second.headers["etag"] == first.headers["etag"]
    assert second.headers["link"] == first.headers["link"]


def test_a_hit_repeats_the_headers_of_the_miss_for_the_same_origin(
    client: httpx.Client,
) -> None:
    path = "/v1/events?limit=4&sort=-title"
    origin = {"Origin": DASHBOARD_ORIGIN}
    miss, hit = client.get(path, headers=origin), client.get(path, headers=origin)
    assert (miss.headers["x-cache"], hit.headers["x-cache"]) == ("miss", "hit")
    per_response = {"date", "x-request-id", "x-cache"}
    assert {k: v for k, v in hit.headers.items() if k not in per_response} == {
        k: v for k, v in miss.headers.items() if k not in per_response
    }
    assert hit.headers["access-control-allow-origin"] == DASHBOARD_ORIGIN
    assert hit.headers["x-request-id"] != miss.headers["x-request-id"]
    elsewhere = client.get(path)
    assert elsewhere.headers["x-cache"] == "miss", "another origin is another entry"
    assert "access-control-allow-origin" not in elsewhere.headers


def test_a_cached_entry_answers_if_none_match_with_304(client: httpx.Client) -> None:
    path = "/v1/quotes?limit=3&sort=-date_start"
    etag = client.get(path).headers["etag"]
    response = client.get(path, headers={"If-None-Match": etag})
    assert response.status_code == 304
    assert (
        response.headers["etag"] == etag and "accept-encoding" in response.headers["vary"].lower()
    )
    assert client.get(path, headers={"If-None-Match": '"other"'}).status_code == 200


def test_gzip_and_identity_are_cached_apart(client: httpx.Client) -> None:
    path = "/v1/claims?limit=40&sort=claim_type"
    for _ in range(2):
        gzipped = client.get(path, headers={"Accept-Encoding": "gzip"})
        plain = client.get(path, headers={"Accept-Encoding": "identity"})
    assert gzipped.headers["x-cache"] == plain.headers["x-cache"] == "hit"
    assert gzipped.headers["content-encoding"] == "gzip"
    assert "content-encoding" not in plain.headers
    assert gzipped.headers["etag"] == plain.headers["etag"][:-1] + '-gzip"'
    assert gzipped.json() == plain.json()


def test_errors_and_operational_endpoints_are_not_cached(client: httpx.Client) -> None:
    for path in ("/v1/quotes/no-such-quote", "/v1/quotes?limit=0", "/healthz"):
        client.get(path)
        assert "x-cache" not in client.get(path).headers, path


def _statement_seen(client: httpx.Client, path: str) -> str:
    return client.get(path).json()["items"][0]["statement"]


@pytest.mark.real_server
def test_a_write_from_another_process_reaches_every_worker(
    seeded_database: str, tmp_path: Path
) -> None:
    server = LiveServer(seeded_database, tmp_path / "uvicorn.log", "--workers", "2")
    path = f"/v1/claims?id={CLAIM}"
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            before = {_statement_seen(client, path) for _ in range(20)}
            assert len(before) == 1
            assert client.get(path).headers["x-cache"] == "hit"
            engine = make_engine(seeded_database)
            with engine.begin() as connection:
                connection.execute(
                    text("UPDATE claim SET statement = 'Rewritten.' WHERE id = :id"), {"id": CLAIM}
                )
            engine.dispose()
            # PostgreSQL's notification reaches the workers a moment after the commit.
            deadline = time.monotonic() + 5
            while _statement_seen(client, path) != "Rewritten." and time.monotonic() < deadline:
                time.sleep(0.05)
            after = [_statement_seen(client, path) for _ in range(20)]
    finally:
        server.stop()
    assert after == ["Rewritten."] * 20, "no worker answers from a stale entry"


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_cache_can_be_turned_off(backend: str, databases: Databases) -> None:
    server = InProcessServer(databases.seeded(backend), response_cache_bytes=0)
    try:
        server.client.get("/v1/claims")
        assert "x-cache" not in server.client.get("/v1/claims").headers
    finally:
        server.stop()
