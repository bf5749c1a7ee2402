"""Every error is an RFC 9457 problem: never a bare string, never a 500 for bad input."""

from __future__ import annotations

import httpx
import psycopg
import pytest
from sqlalchemy.engine import make_url

from tests.conftest import Databases
from tests.in_process import InProcessServer

PROBLEM = "application/problem+json"


def assert_problem(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status
    assert response.headers["content-type"] == PROBLEM
    body = response.json()
    assert body["status"] == status
    assert body["title"] and body["detail"] and body["type"]
    path = response.request.url.path
    assert body.get("instance") == (path if len(path) <= 1024 else None)
    return body


@pytest.mark.parametrize(
    "path", ["/v1/nothing-here", "/v2/quotes", "/nothing-here", "/v1/quotes/a/b"]
)
def test_an_unknown_path_is_a_404_problem(client: httpx.Client, path: str) -> None:
    assert_problem(client.get(path), 404)


@pytest.mark.parametrize(
    "collection", ["documents", "entities", "claims", "quotes", "events", "implications"]
)
def test_an_unknown_id_is_a_404_problem_naming_it(client: httpx.Client, collection: str) -> None:
    body = assert_problem(client.get(f"/v1/{collection}/no-such-item"), 404)
    assert "'no-such-item'" in body["detail"]
    assert body["type"].endswith("not-found")


def test_the_text_of_an_unknown_document_is_a_404_problem(client: httpx.Client) -> None:
    assert_problem(client.get("/v1/documents/no-such-document/text"), 404)


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("PUT", "/v1/quotes", "GET, POST, HEAD"),
        ("PATCH", "/v1/quotes", "GET, POST, HEAD"),
        ("DELETE", "/v1/quotes", "GET, POST, HEAD"),
        ("PUT", "/v1/quotes/trump-17-patriots", "GET, PATCH, DELETE, HEAD"),
        ("POST", "/v1/quotes/trump-17-patriots", "GET, PATCH, DELETE, HEAD"),
        ("POST", "/v1/documents/trump-pivot-against-russia/text", "GET, HEAD"),
    ],
)
def test_an_unsupported_method_is_a_405_problem_with_allow(
    client: httpx.Client, method: str, path: str, allowed: str
) -> None:
    response = client.request(method, path)
    assert_problem(response, 405)
    assert response.headers["allow"] == allowed


@pytest.mark.parametrize("item_id", ["Not_A_Slug", "%C3%A9t%C3%A9", "a" * 200, "a" * 5000])
def test_an_id_that_cannot_exist_is_a_404_like_any_unknown_id(
    client: httpx.Client, item_id: str
) -> None:
    assert_problem(client.get(f"/v1/quotes/{item_id}"), 404)


@pytest.mark.parametrize("path", ["/v1/quotes/{}", "/v1/documents/{}/text"])
def test_a_huge_id_is_not_echoed_back_whole(client: httpx.Client, path: str) -> None:
    """Neither in the detail nor as the problem's `instance`."""
    response = client.get(path.format("a" * 65_000))
    body = assert_problem(response, 404)
    assert len(response.content) < 1_000
    assert f"'{'a' * 120}'… (65000 characters)" in body["detail"]


def test_a_document_text_is_never_sniffed_as_another_type(client: httpx.Client) -> None:
    response = client.get("/v1/documents/trump-pivot-against-russia/text")
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert response.headers["x-content-type-options"] == "nosniff"


def test_validation_problems_list_every_error(client: httpx.Client) -> None:
    body = assert_problem(client.get("/v1/events", params={"limit": 0, "event_type": "x"}), 422)
    locs = {tuple(e["loc"][:2]) for e in body["errors"]}
    assert {("query", "limit"), ("query", "event_type")} <= locs
    for error in body["errors"]:
        assert set(error) == {"loc", "msg", "type"}


def test_a_lost_database_is_a_503_problem_with_retry_after(
    databases: Databases, postgres_admin: str
) -> None:
    url = databases.seeded("postgresql")
    server = InProcessServer(url)
    try:
        client = server.client
        assert client.get("/v1/quotes").status_code == 200
        with psycopg.connect(postgres_admin, autocommit=True) as admin:
            name = make_url(url).database
            admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        response = client.get(
            "/v1/quotes", params={"limit": 3}, headers={"X-Request-ID": "lost-db-1"}
        )
        body = assert_problem(response, 503)
        assert response.headers["x-request-id"] == "lost-db-1"
        assert body["type"].endswith("database-unavailable")
        assert int(response.headers["retry-after"]) > 0
    finally:
        server.stop()
