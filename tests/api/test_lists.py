"""Lists: the envelope, limits, sorting and cursor paging of every collection."""

from __future__ import annotations

import base64
import json

import httpx
import pytest

from tests.conftest import fetch_all

COLLECTIONS = ["documents", "entities", "claims", "quotes", "events", "implications"]
SORTS = {
    "documents": ["published_on", "-title"],
    "entities": ["name", "-name", "-kind", "id"],
    "claims": ["char_start", "-claim_type", "-id"],
    "quotes": ["date_start", "-date_end", "-char_start"],
    "events": ["-date_start", "title", "event_type"],
    "implications": ["-char_start", "id"],
}


@pytest.mark.parametrize("collection", COLLECTIONS)
def test_a_list_has_items_total_limit_and_next_cursor(
    client: httpx.Client, collection: str
) -> None:
    body = client.get(f"/v1/{collection}").json()
    assert set(body) >= {"items", "total", "limit", "next_cursor"}
    assert body["limit"] == 50
    assert body["total"] >= len(body["items"]) > 0
    assert (body["next_cursor"] is None) == (body["total"] <= 50)


@pytest.mark.parametrize("collection", COLLECTIONS)
@pytest.mark.parametrize("limit", [1, 7])
def test_following_next_cursor_visits_every_item_exactly_once(
    client: httpx.Client, collection: str, limit: int
) -> None:
    everything = fetch_all(client, f"/v1/{collection}")
    for sort in SORTS[collection]:
        seen, params = [], {"limit": limit, "sort": sort}
        while True:
            body = client.get(f"/v1/{collection}", params=params).json()
            assert body["total"] == len(everything)
            assert len(body["items"]) <= limit
            seen += [item["id"] for item in body["items"]]
            if body["next_cursor"] is None:
                break
            params["cursor"] = body["next_cursor"]
        assert sorted(seen) == sorted(item["id"] for item in everything), sort
        assert len(seen) == len(set(seen))


def _sort_value(item: dict, field: str):
    if field == "char_start":
        return item["provenance"]["char_start"]
    value = item[field]
    return value.lower() if value is not None and field in ("name", "title") else value


@pytest.mark.parametrize(
    ("collection", "sort"),
    [(c, s) for c, sorts in SORTS.items() for s in sorts],
)
def test_sort_orders_by_the_field_with_id_as_tie_breaker(
    client: httpx.Client, collection: str, sort: str
) -> None:
    items = fetch_all(client, f"/v1/{collection}", {"sort": sort})
    field, descending = sort.lstrip("-"), sort.startswith("-")
    keys = [(_sort_value(i, field), i["id"]) for i in items]
    assert keys == _nulls_last(keys, descending)


def _nulls_last(keys: list[tuple], descending: bool) -> list[tuple]:
    """The documented order: by value then id, nulls (open or absent dates) last in either
    direction, and among them by id in the same direction."""
    valued = sorted((k for k in keys if k[0] is not None), reverse=descending)
    nulls = sorted((k for k in keys if k[0] is None), reverse=descending)
    return valued + nulls


def test_the_link_header_points_at_the_next_page(client: httpx.Client) -> None:
    response = client.get("/v1/claims", params={"limit": 5, "claim_type": "causal"})
    cursor = response.json()["next_cursor"]
    link = response.headers["link"]
    assert link.endswith('>; rel="next"')
    url = httpx.URL(link[1 : link.index(">")])
    assert url.params["cursor"] == cursor
    assert url.params["claim_type"] == "causal" and url.params["limit"] == "5"
    assert client.get(url).status_code == 200
    last = fetch_all(client, "/v1/documents")
    assert last and "link" not in client.get("/v1/documents").headers


@pytest.mark.parametrize("limit", ["0", "501", "-1", "ten", "1.5"])
def test_a_limit_out_of_range_is_a_422_problem(client: httpx.Client, limit: str) -> None:
    response = client.get("/v1/quotes", params={"limit": limit})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"][0]["loc"] == ["query", "limit"]


def test_the_largest_limit_is_accepted(client: httpx.Client) -> None:
    assert client.get("/v1/claims", params={"limit": 500}).json()["limit"] == 500


def test_an_unknown_sort_field_is_a_422_problem(client: httpx.Client) -> None:
    response = client.get("/v1/claims", params={"sort": "statement"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["query", "sort"]


def _first_cursor(client: httpx.Client, **params) -> str:
    cursor = client.get("/v1/claims", params={"limit": 2, **params}).json()["next_cursor"]
    assert cursor
    return cursor


def test_a_forged_cursor_is_a_422_problem(client: httpx.Client) -> None:
    cursor = _first_cursor(client)
    raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
    payload = json.loads(raw[:-16])
    payload["k"] = [0, "a"]
    forged_body = json.dumps(payload, separators=(",", ":")).encode()
    forged = base64.urlsafe_b64encode(forged_body + raw[-16:]).rstrip(b"=").decode()
    for bad in (forged, "not-a-cursor", cursor[:-3], "x" * 40):
        response = client.get("/v1/claims", params={"limit": 2, "cursor": bad})
        assert response.status_code == 422, bad
        problem = response.json()
        assert problem["errors"][0]["loc"] == ["query", "cursor"]
        assert problem["type"].endswith("invalid-cursor")


def test_a_cursor_is_bound_to_its_filters_sort_and_collection(client: httpx.Client) -> None:
    cursor = _first_cursor(client)
    for path, params in [
        ("/v1/claims", {"claim_type": "causal"}),
        ("/v1/claims", {"sort": "-char_start"}),
        ("/v1/quotes", {}),
    ]:
        response = client.get(path, params={"limit": 2, "cursor": cursor, **params})
        assert response.status_code == 422
        assert "different collection, sort or set of filters" in response.json()["detail"]


@pytest.mark.parametrize("collection", COLLECTIONS)
def test_every_listed_item_is_served_by_its_detail_route(
    client: httpx.Client, collection: str
) -> None:
    for item in fetch_all(client, f"/v1/{collection}")[:10]:
        assert client.get(f"/v1/{collection}/{item['id']}").json() == item
