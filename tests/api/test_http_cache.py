"""HTTP caching, compression and CORS for dashboards."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import DASHBOARD_ORIGIN

PATHS = ["/v1/claims?limit=500", "/v1/entities/russia", "/v1/stats", "/openapi.json"]


@pytest.mark.parametrize("path", PATHS)
def test_every_get_has_a_strong_etag_and_cache_control(client: httpx.Client, path: str) -> None:
    response = client.get(path)
    etag = response.headers["etag"]
    assert etag.startswith('"') and etag.endswith('"'), "strong, not W/"
    assert "max-age=" in response.headers["cache-control"]
    assert client.get(path).headers["etag"] == etag, "stable for the same content"


@pytest.mark.parametrize("path", PATHS)
def test_if_none_match_gives_304_without_a_body(client: httpx.Client, path: str) -> None:
    etag = client.get(path).headers["etag"]
    response = client.get(path, headers={"If-None-Match": etag})
    assert response.status_code == 304
    assert response.content == b""
    assert response.headers["etag"] == etag
    assert "accept-encoding" in response.headers["vary"].lower(), "a 304 repeats Vary"
    assert client.get(path, headers={"If-None-Match": '"other", ' + etag}).status_code == 304
    assert client.get(path, headers={"If-None-Match": "*"}).status_code == 304
    assert client.get(path, headers={"If-None-Match": '"stale"'}).status_code == 200


def test_different_content_has_a_different_etag(client: httpx.Client) -> None:
    first = client.get("/v1/claims", params={"limit": 1}).headers["etag"]
    second = client.get("/v1/claims", params={"limit": 2}).headers["etag"]
    assert first != second


def test_large_bodies_are_gzipped_with_their_own_etag(client: httpx.Client) -> None:
    plain = client.get("/v1/claims?limit=500", headers={"Accept-Encoding": "identity"})
    zipped = client.get("/v1/claims?limit=500", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in plain.headers
    assert zipped.headers["content-encoding"] == "gzip"
    assert zipped.json() == plain.json()
    assert int(zipped.headers["content-length"]) < len(plain.content) / 3
    assert zipped.headers["etag"] != plain.headers["etag"]
    assert "Accept-Encoding" in zipped.headers["vary"]
    revalidated = client.get(
        "/v1/claims?limit=500",
        headers={"Accept-Encoding": "gzip", "If-None-Match": zipped.headers["etag"]},
    )
    assert revalidated.status_code == 304


def test_errors_are_not_cached(client: httpx.Client) -> None:
    response = client.get("/v1/quotes/no-such-quote")
    assert "etag" not in response.headers
    assert "max-age" not in response.headers.get("cache-control", "")


def test_cors_allows_the_configured_dashboard_origin(client: httpx.Client) -> None:
    response = client.get("/v1/quotes", headers={"Origin": DASHBOARD_ORIGIN})
    assert response.headers["access-control-allow-origin"] == DASHBOARD_ORIGIN
    exposed = response.headers["access-control-expose-headers"].lower()
    assert "etag" in exposed and "link" in exposed
    preflight = client.options(
        "/v1/quotes",
        headers={"Origin": DASHBOARD_ORIGIN, "Access-Control-Request-Method": "GET"},
    )
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == DASHBOARD_ORIGIN


def test_cors_lets_the_dashboard_origin_write_with_a_key(client: httpx.Client) -> None:
    """A curation front end on the configured origin may send the write headers."""
    preflight = client.options(
        "/v1/quotes/some-quote",
        headers={
            "Origin": DASHBOARD_ORIGIN,
            "Access-Control-Request-Method": "PATCH",
            "Access-Control-Request-Headers": "authorization, content-type, if-match",
        },
    )
    assert preflight.status_code == 200
    assert "PATCH" in preflight.headers["access-control-allow-methods"]
    allowed = preflight.headers["access-control-allow-headers"].lower()
    assert {"authorization", "content-type", "if-match"} <= {h.strip() for h in allowed.split(",")}
    other = client.options(
        "/v1/quotes/some-quote",
        headers={"Origin": "http://evil.example", "Access-Control-Request-Method": "PATCH"},
    )
    assert "access-control-allow-origin" not in other.headers


def test_a_refused_preflight_is_a_problem_naming_the_origin_and_the_setting(
    client: httpx.Client,
) -> None:
    refused = client.options(
        "/v1/quotes",
        headers={"Origin": "http://evil.example", "Access-Control-Request-Method": "GET"},
    )
    assert refused.status_code == 400
    assert refused.headers["content-type"] == "application/problem+json"
    problem = refused.json()
    assert problem["type"] == "urn:briefing-api:problem:cors-preflight-refused"
    assert problem["instance"] == "/v1/quotes"
    assert problem["detail"] == (
        "CORS preflight refused: the origin 'http://evil.example' is not listed in CORS_ORIGINS."
    )
    assert "access-control-allow-origin" not in refused.headers


def test_a_preflight_refused_for_its_method_and_headers_says_what_is_allowed(
    client: httpx.Client,
) -> None:
    refused = client.options(
        "/v1/quotes",
        headers={
            "Origin": DASHBOARD_ORIGIN,
            "Access-Control-Request-Method": "PUT",
            "Access-Control-Request-Headers": "x-secret",
        },
    )
    assert refused.status_code == 400
    detail = refused.json()["detail"]
    assert "the method 'PUT' is not allowed (allowed: DELETE, GET, HEAD, PATCH, POST)" in detail
    assert "the headers 'x-secret' are not all allowed" in detail
    assert "origin" not in detail.split(":", 1)[1].split(";")[0], "the origin was allowed"


def test_cors_ignores_other_origins(client: httpx.Client) -> None:
    response = client.get("/v1/quotes", headers={"Origin": "http://evil.example"})
    assert "access-control-allow-origin" not in response.headers


@pytest.mark.parametrize("size", [1, 500])
def test_vary_names_accept_encoding_once(client: httpx.Client, size: int) -> None:
    for encoding in ("gzip", "identity"):
        response = client.get(f"/v1/claims?limit={size}", headers={"Accept-Encoding": encoding})
        vary = [v.strip().lower() for v in response.headers["vary"].split(",")]
        assert vary.count("accept-encoding") == 1, (encoding, vary)


@pytest.mark.parametrize("path", ["/v1/quotes", "/v1/documents/trump-pivot-against-russia/text"])
def test_head_gives_the_get_headers_without_a_body(client: httpx.Client, path: str) -> None:
    get = client.get(path, headers={"Accept-Encoding": "identity"})
    head = client.head(path, headers={"Accept-Encoding": "identity"})
    assert head.status_code == 200
    assert head.content == b""
    for name in ("content-type", "content-length", "etag"):
        assert head.headers[name] == get.headers[name]
