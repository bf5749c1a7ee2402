"""The change feed: every record says when it changed, every answer names the corpus version,
and `updated_since` returns only what changed, deletions included on request."""

from __future__ import annotations

import datetime as dt
import time

import httpx
import pytest
from sqlalchemy import update

from app.core.db import make_engine, table_of
from app.models import Claim, Quote
from app.services import corpus
from tests.conftest import bearer, fetch_all
from tests.in_process import InProcessServer

CLAIM = "pivot-driven-by-pressure-miscalculation-and-smart-moves"
QUOTE = "trump-17-patriots"
COLLECTIONS = ["documents", "entities", "claims", "quotes", "events", "implications"]


def _instant(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


@pytest.mark.parametrize("collection", COLLECTIONS)
def test_every_record_says_when_it_changed_and_that_it_is_published(
    client: httpx.Client, collection: str
) -> None:
    response = client.get(f"/v1/{collection}", params={"limit": 500})
    stamped = _instant(response.headers["corpus-updated-at"])
    for item in response.json()["items"]:
        assert item["status"] == "published"
        assert item["version"] >= 1
        assert item["deleted_at"] is None
        assert _instant(item["created_at"]) <= _instant(item["updated_at"]) <= stamped


@pytest.mark.parametrize("path", ["/v1/quotes", "/v1/quotes/trump-17-patriots", "/v1/timeline"])
def test_every_answer_names_the_corpus_version(client: httpx.Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert int(response.headers["corpus-version"]) >= 1
    assert _instant(response.headers["corpus-updated-at"]).tzinfo is not None


def test_the_headers_are_exposed_to_dashboards(client: httpx.Client) -> None:
    exposed = client.get("/v1/quotes", headers={"Origin": "http://dashboard.example"}).headers
    names = {h.strip().lower() for h in exposed["access-control-expose-headers"].split(",")}
    assert {"corpus-version", "corpus-updated-at"} <= names


@pytest.mark.parametrize("collection", COLLECTIONS)
def test_nothing_changed_since_the_corpus_was_last_updated(
    client: httpx.Client, collection: str
) -> None:
    since = client.get(f"/v1/{collection}").headers["corpus-updated-at"]
    assert client.get(f"/v1/{collection}", params={"updated_since": since}).json()["total"] == 0
    before = "2000-01-01T00:00:00Z"
    everything = client.get(f"/v1/{collection}", params={"limit": 1}).json()["total"]
    assert client.get(f"/v1/{collection}", params={"updated_since": before}).json()["total"] == (
        everything
    )


@pytest.mark.parametrize(
    "value", ["0.5", "1700000000", "2026-11-25", "2026-11-25T08:00:00", "yesterday"]
)
def test_updated_since_takes_only_an_instant_with_its_offset(
    client: httpx.Client, value: str
) -> None:
    response = client.get("/v1/claims", params={"updated_since": value})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"][0]["loc"] == ["query", "updated_since"]


@pytest.mark.parametrize("value", ["9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+23:59"])
def test_an_instant_that_utc_cannot_hold_is_a_422_not_a_500(
    client: httpx.Client, tokens: dict[str, str], value: str
) -> None:
    """Valid RFC 3339 whose offset carries it past the years 1 to 9999 in UTC."""
    for path, name, headers in (
        ("/v1/claims", "updated_since", {}),
        ("/v1/audit", "since", bearer(tokens["admin"])),
    ):
        response = client.get(path, params={name: value}, headers=headers)
        assert response.status_code == 422, (path, response.text)
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["errors"][0]["loc"] == ["query", name]
    assert client.get("/healthz").status_code == 200


def test_a_change_shows_in_the_feed_and_a_deletion_only_on_request(seeded_database: str) -> None:
    """A write stamped as the service stamps it: the corpus advances, the item follows it."""
    server = InProcessServer(seeded_database)
    try:
        client = server.client
        first = client.get("/v1/claims")
        version, since = first.headers["corpus-version"], first.headers["corpus-updated-at"]
        engine = make_engine(seeded_database)
        with engine.begin() as connection:
            stamp = corpus.advance(connection)
            connection.execute(
                update(table_of(Claim))
                .where(table_of(Claim).c.id == CLAIM)
                .values(version=2, updated_at=stamp.at)
            )
            connection.execute(
                update(table_of(Quote))
                .where(table_of(Quote).c.id == QUOTE)
                .values(version=2, updated_at=stamp.at, deleted_at=stamp.at)
            )
        engine.dispose()
        deadline = time.monotonic() + 5  # PostgreSQL's notification comes a moment later
        while client.get("/v1/claims").headers["corpus-version"] == version:
            assert time.monotonic() < deadline, "the corpus version never advanced"
            time.sleep(0.05)
        answer = client.get("/v1/claims", params={"updated_since": since})
        assert int(answer.headers["corpus-version"]) == int(version) + 1
        assert [c["id"] for c in answer.json()["items"]] == [CLAIM]
        assert answer.json()["items"][0]["version"] == 2

        quotes = {"updated_since": since}
        assert client.get("/v1/quotes", params=quotes).json()["total"] == 0
        tombstones = fetch_all(client, "/v1/quotes", {**quotes, "include_deleted": "true"})
        assert [(q["id"], q["deleted_at"] is not None) for q in tombstones] == [(QUOTE, True)]
        assert QUOTE not in {q["id"] for q in fetch_all(client, "/v1/quotes")}
        gone = client.get(f"/v1/quotes/{QUOTE}")
        assert gone.status_code == 410
        assert gone.headers["content-type"] == "application/problem+json"
    finally:
        server.stop()
