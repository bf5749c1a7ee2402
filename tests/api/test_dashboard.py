"""Timeline, search and stats: dashboard views that honour the same filters."""

from __future__ import annotations

import httpx
import pytest

from app.collections import REGISTRY
from app.models.knowledge import QuoteKind
from tests.conftest import fetch_all

ITEMS = REGISTRY.provenanced()
DATED = {str(spec.item_type) for spec in ITEMS if spec.dated}
# The dashboard covers every quote; `/v1/quotes` lists only speech unless `kind=` asks for all.
EVERY_KIND = {"kind": [kind.value for kind in QuoteKind]}


def _every(collection: str) -> dict[str, list[str]]:
    """The filter that lists every item of the collection, as the dashboard counts them."""
    return EVERY_KIND if collection == "quotes" else {}


def test_the_timeline_holds_every_event_and_dated_quote_in_date_order(
    client: httpx.Client,
) -> None:
    entries = fetch_all(client, "/v1/timeline")
    events, quotes = fetch_all(client, "/v1/events"), fetch_all(client, "/v1/quotes", EVERY_KIND)
    dated = {i["id"] for i in [*events, *quotes] if i["date_start"] or i["date_end"]}
    assert {e["id"] for e in entries} == dated
    starts = [e["date_start"] for e in entries]
    known = [start for start in starts if start is not None]
    assert starts == sorted(known) + [None] * (len(starts) - len(known)), "nulls last"
    for entry in entries:
        embedded = entry[entry["type"]]
        assert embedded["id"] == entry["id"]
        assert embedded["date_start"] == entry["date_start"]
        assert entry["event" if entry["type"] == "quote" else "quote"] is None


def test_the_timeline_takes_the_same_filters(client: httpx.Client) -> None:
    params = {"entity": "vladimir-putin", "date_from": "2025-07-01"}
    entries = fetch_all(client, "/v1/timeline", params)
    expected = {e["id"] for e in fetch_all(client, "/v1/events", params)} | {
        q["id"] for q in fetch_all(client, "/v1/quotes", params)
    }
    assert entries and {e["id"] for e in entries} == expected
    newest_first = fetch_all(client, "/v1/timeline", {**params, "sort": "-date_start"})
    assert [e["date_start"] for e in newest_first] == sorted(
        (e["date_start"] for e in entries), reverse=True
    )
    only_quotes = fetch_all(client, "/v1/timeline", {"type": "quote"})
    assert {e["type"] for e in only_quotes} == {"quote"}


@pytest.mark.parametrize("q", ["Rutte", "nato", "Patriot"])
def test_search_finds_what_each_collection_finds_with_snippets(
    client: httpx.Client, q: str
) -> None:
    hits = fetch_all(client, "/v1/search", {"q": q})
    for hit_type in ("entity", "claim", "quote", "event", "implication"):
        collection = "entities" if hit_type == "entity" else f"{hit_type}s"
        params = {"q": q, **_every(collection)}
        expected = {i["id"] for i in fetch_all(client, f"/v1/{collection}", params)}
        assert {h["id"] for h in hits if h["type"] == hit_type} == expected, hit_type
    assert len({h["type"] for h in hits}) >= 3
    for hit in hits:
        assert q.lower() in hit["snippet"].lower()
        assert (hit["provenance"] is None) == (hit["type"] == "entity")


def test_search_requires_q_and_filters_by_type(client: httpx.Client) -> None:
    missing = client.get("/v1/search")
    assert missing.status_code == 422
    assert missing.headers["content-type"] == "application/problem+json"
    hits = fetch_all(client, "/v1/search", {"q": "Putin", "type": ["quote", "event"]})
    assert hits and {h["type"] for h in hits} <= {"quote", "event"}


def test_stats_counts_agree_with_the_collections(client: httpx.Client) -> None:
    stats = client.get("/v1/stats").json()
    by_type = {f["value"]: f["count"] for f in stats["by_type"]}
    for spec in ITEMS:
        listed = client.get(f"/v1/{spec.name}", params=_every(spec.name)).json()["total"]
        assert by_type.get(str(spec.item_type), 0) == listed
    assert stats["total"] == sum(by_type.values())
    claim_types = {f["value"]: f["count"] for f in stats["by_claim_type"]}
    for claim_type, count in claim_types.items():
        listed = client.get("/v1/claims", params={"claim_type": claim_type}).json()["total"]
        assert listed == count
    assert sum(f["count"] for f in stats["by_section"]) == stats["total"]
    dated = [
        item
        for spec in ITEMS
        if spec.dated
        for item in fetch_all(client, f"/v1/{spec.name}", _every(spec.name))
        if item["date_start"] or item["date_end"]
    ]
    assert sum(f["count"] for f in stats["by_month"]) == len(dated), "undated items have no month"


@pytest.mark.parametrize("entity", ["donald-trump", "china"])
def test_stats_per_entity_match_the_entity_filter(client: httpx.Client, entity: str) -> None:
    stats = client.get("/v1/stats").json()
    count = next(e["count"] for e in stats["by_entity"] if e["entity"]["id"] == entity)
    total = sum(
        client.get(f"/v1/{spec.name}", params={"entity": entity, **_every(spec.name)}).json()[
            "total"
        ]
        for spec in ITEMS
    )
    assert count == total
    filtered = client.get("/v1/stats", params={"entity": entity}).json()
    assert filtered["total"] == total


def test_stats_honour_date_filters(client: httpx.Client) -> None:
    stats = client.get("/v1/stats", params={"date_from": "2025-07-01"}).json()
    assert {f["value"] for f in stats["by_type"]} <= DATED
    months = [f["value"] for f in stats["by_month"]]
    assert months[0] == "2025-07" and months == sorted(months), "months before the window"
    assert sum(f["count"] for f in stats["by_month"]) == stats["total"]


def test_timeline_type_takes_only_timeline_types(client: httpx.Client) -> None:
    response = client.get("/v1/timeline", params={"type": "claim"})
    assert response.status_code == 422


def test_only_collections_carry_included(client: httpx.Client) -> None:
    assert "included" not in client.get("/v1/timeline").json()
    assert "included" not in client.get("/v1/search", params={"q": "NATO"}).json()
