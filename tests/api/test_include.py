"""`include=` embeds referenced items so a dashboard needs no N+1 requests."""

from __future__ import annotations

import httpx
import pytest

from tests.api.test_errors import assert_problem
from tests.conftest import BACKENDS, Databases, fetch_all
from tests.in_process import InProcessServer


def _ids(items: list[dict] | None) -> set[str]:
    return {i["id"] for i in items or []}


def test_without_include_nothing_is_embedded(client: httpx.Client) -> None:
    assert client.get("/v1/claims").json()["included"] is None


def test_claims_include_their_evidence(client: httpx.Client) -> None:
    body = client.get("/v1/claims", params={"limit": 20, "include": "evidence"}).json()
    refs = [ref for claim in body["items"] for ref in claim["evidence"]]
    assert refs
    included = body["included"]
    assert _ids(included["quotes"]) == {r["id"] for r in refs if r["type"] == "quote"}
    assert _ids(included["events"]) == {r["id"] for r in refs if r["type"] == "event"}
    for quote in included["quotes"]:
        assert quote == client.get(f"/v1/quotes/{quote['id']}").json()


def test_implications_include_their_claims_and_those_claims_evidence(
    client: httpx.Client,
) -> None:
    body = client.get(
        "/v1/implications", params={"limit": 3, "include": ["claims", "evidence"]}
    ).json()
    derived = {ref["id"] for i in body["items"] for ref in i["derived_from"]}
    assert _ids(body["included"]["claims"]) == derived
    evidence = [ref for c in body["included"]["claims"] for ref in c["evidence"]]
    assert _ids(body["included"]["events"]) == {r["id"] for r in evidence if r["type"] == "event"}


def test_entities_include_the_items_that_involve_them(client: httpx.Client) -> None:
    body = client.get(
        "/v1/entities", params={"id": "donald-trump", "include": ["quotes", "events"]}
    ).json()
    assert [e["id"] for e in body["items"]] == ["donald-trump"]
    quotes = fetch_all(client, "/v1/quotes", {"entity": "donald-trump"})
    events = fetch_all(client, "/v1/events", {"entity": "donald-trump"})
    assert _ids(body["included"]["quotes"]) == _ids(quotes) != set()
    assert _ids(body["included"]["events"]) == _ids(events) != set()
    assert body["included"]["claims"] is None


def test_quotes_include_the_claims_they_support(client: httpx.Client) -> None:
    body = client.get("/v1/quotes", params={"include": "claims"}).json()
    quote_ids = _ids(body["items"])
    for claim in body["included"]["claims"]:
        assert any(r["type"] == "quote" and r["id"] in quote_ids for r in claim["evidence"])
    citing = {
        c["id"]
        for c in fetch_all(client, "/v1/claims")
        if any(r["type"] == "quote" and r["id"] in quote_ids for r in c["evidence"])
    }
    assert _ids(body["included"]["claims"]) == citing


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_include_past_the_bound_is_a_422_naming_it(backend: str, databases: Databases) -> None:
    # Above the most evidence one claim cites (7), below the claims about Trump.
    server = InProcessServer(databases.seeded(backend), max_included=8)
    try:
        client = server.client
        small = client.get("/v1/claims", params={"limit": 1, "include": "evidence"})
        assert small.status_code == 200 and len(small.json()["included"]["quotes"]) <= 8
        large = client.get("/v1/entities", params={"id": "donald-trump", "include": "claims"})
    finally:
        server.stop()
    problem = assert_problem(large, 422)
    assert problem["errors"][0]["loc"] == ["query", "include"]
    assert "limit=" in problem["detail"]
