"""Prometheus metrics at `/metrics`: counters that move by exactly the requests made, labelled
by route template, and pool gauges, in one process and summed over `--workers`."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.conftest import LiveServer

REQUESTS = "briefing_http_requests_total"
DURATION_COUNT = "briefing_http_request_duration_seconds_count"
POOL_GAUGES = {
    "briefing_db_pool_size",
    "briefing_db_pool_connections",
    "briefing_db_pool_checked_out",
    "briefing_db_pool_overflow",
}


def scrape(client: httpx.Client) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """Every sample, keyed by name and sorted labels."""
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    samples = {}
    for family in text_string_to_metric_families(response.text):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return samples


def requests(samples: dict, route: str, status: str, method: str = "GET") -> float:
    labels = (("method", method), ("route", route), ("status", status))
    return samples.get((REQUESTS, labels), 0.0)


def test_request_counters_move_by_the_requests_made(client: httpx.Client) -> None:
    quote_id = client.get("/v1/quotes", params={"limit": 1}).json()["items"][0]["id"]
    before = scrape(client)
    for _ in range(3):
        assert client.get(f"/v1/quotes/{quote_id}").status_code == 200
    for missing in ("no-such-quote", "another-missing-quote"):
        assert client.get(f"/v1/quotes/{missing}").status_code == 404
    assert client.head(f"/v1/quotes/{quote_id}").status_code == 200
    after = scrape(client)

    template = "/v1/quotes/{quote_id}"
    assert requests(after, template, "200") - requests(before, template, "200") == 3
    assert requests(after, template, "404") - requests(before, template, "404") == 2
    assert requests(after, template, "200", "HEAD") - requests(before, template, "200", "HEAD") == 1
    duration = (DURATION_COUNT, (("method", "GET"), ("route", template)))
    assert after[duration] - before.get(duration, 0.0) == 5
    assert not any(quote_id in dict(labels).get("route", "") for _, labels in after)


def test_unknown_paths_share_one_label(client: httpx.Client) -> None:
    before = scrape(client)
    for path in ("/wp-admin", "/v1/nothing-here/at-all", "/.env"):
        assert client.get(path).status_code == 404
    after = scrape(client)
    assert requests(after, "<unmatched>", "404") - requests(before, "<unmatched>", "404") == 3
    routes = {dict(labels).get("route") for name, labels in after if name == REQUESTS}
    assert not routes & {"/wp-admin", "/v1/nothing-here/at-all", "/.env"}


def test_pool_and_in_flight_gauges_are_exposed(client: httpx.Client) -> None:
    names = {name for name, _ in scrape(client)}
    assert POOL_GAUGES | {"briefing_http_requests_in_flight"} <= names
    samples = scrape(client)
    assert samples[("briefing_db_pool_connections", ())] >= 1
    assert samples[("briefing_http_requests_in_flight", ())] >= 1  # the scrape itself


def test_metrics_are_never_cached_nor_documented(client: httpx.Client) -> None:
    response = client.get("/metrics")
    assert response.headers["cache-control"] == "no-store"
    assert "etag" not in response.headers
    assert "/metrics" not in client.get("/openapi.json").json()["paths"]


@pytest.mark.real_server
def test_workers_share_their_counts(seeded_database: str, tmp_path: Path) -> None:
    """With PROMETHEUS_MULTIPROC_DIR, whichever worker answers a scrape reports the requests
    of all of them; fresh connections spread the requests over the workers."""
    directory = tmp_path / "prometheus"
    directory.mkdir()
    server = LiveServer(
        seeded_database,  # already loaded: the workers start without a seed load
        tmp_path / "uvicorn.log",
        "--workers",
        "2",
        env={"PROMETHEUS_MULTIPROC_DIR": str(directory)},
    )
    try:
        for _ in range(10):
            with httpx.Client(base_url=server.url, timeout=30) as fresh:
                assert fresh.get("/v1/claims", params={"limit": 1}).status_code == 200
        for _ in range(4):
            with httpx.Client(base_url=server.url, timeout=30) as fresh:
                samples = scrape(fresh)
            assert requests(samples, "/v1/claims", "200") == 10
            assert samples[("briefing_db_pool_size", ())] > 0
    finally:
        server.stop()
    assert list(directory.glob("counter_*.db")), "the workers wrote their samples there"
