"""Stances: how an entity stands toward another over time. The briefing's thesis, Trump
turning from rapprochement with Russia to pressure on it, is one query."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.api.curation import Curation, serve
from tests.conftest import BACKENDS, Databases

CONCILIATORY = "trump-toward-russia-conciliatory-2025"
PRESSURING = "trump-toward-russia-pressuring-2025-07-14"
ADMINISTRATION = "trump-administration-toward-russia-conciliatory-2025"


def test_trumps_stance_toward_russia_turns_from_conciliatory_to_pressuring(
    client: httpx.Client,
) -> None:
    response = client.get("/v1/entities/donald-trump/stances", params={"target": "russia"})
    assert response.status_code == 200, response.text
    series = response.json()
    assert series["holder"]["id"] == "donald-trump" and series["target"]["id"] == "russia"
    assert [(s["id"], s["polarity"]) for s in series["items"]] == [
        (CONCILIATORY, 1),
        (PRESSURING, -1),
    ]
    conciliatory, pressuring = series["items"]
    assert (conciliatory["date_start"], conciliatory["date_end"]) == ("2025-01-01", "2025-07-14")
    assert (pressuring["date_start"], pressuring["date_end"]) == ("2025-07-14", None)
    # "since taking office in January": the year is inferred; "On July 14" is stated.
    assert [s["date_basis"] for s in series["items"]] == ["inferred", "stated"]


def test_a_stance_is_anchored_and_cites_stored_items(
    client: httpx.Client, source_text: str
) -> None:
    stance = client.get(f"/v1/stances/{CONCILIATORY}").json()
    p = stance["provenance"]
    assert source_text[p["char_start"] : p["char_end"]] == p["excerpt"]
    assert "rapprochement with Russia" in p["excerpt"]
    for ref in stance["evidence"]:
        assert client.get(f"/v1/{ref['type']}s/{ref['id']}").status_code == 200


def test_an_unknown_holder_is_a_404_and_an_unknown_target_a_422(client: httpx.Client) -> None:
    missing = client.get("/v1/entities/nobody-at-all/stances")
    assert missing.status_code == 404
    assert missing.headers["content-type"].startswith("application/problem+json")
    unknown = client.get("/v1/entities/donald-trump/stances", params={"target": "nobody-at-all"})
    assert unknown.status_code == 422
    assert unknown.json()["errors"][0]["loc"] == ["query", "target"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        (
            {"holder": "donald-trump"},
            {
                CONCILIATORY,
                PRESSURING,
                "trump-toward-putin-distrust-2025-07-08",
                "trump-toward-nato-supportive-2025-07-14",
            },
        ),
        ({"target": "china"}, {"rutte-toward-china-2025-07-07"}),
        (
            {"topic": "war in Ukraine"},
            {CONCILIATORY, PRESSURING, ADMINISTRATION, "china-toward-russia-supportive-2025-07-02"},
        ),
        ({"date_from": "2025-07-15"}, {PRESSURING}),
        ({"date_to": "2025-06-30"}, {CONCILIATORY, ADMINISTRATION}),
        ({"date_from": "2030-01-01"}, {PRESSURING}),
    ],
    # Sorted, so every xdist worker names a set the same way.
    ids=lambda value: str(sorted(value) if isinstance(value, set) else value),
)
def test_filters_narrow_the_stances(
    client: httpx.Client, params: dict[str, str], expected: set[str]
) -> None:
    response = client.get("/v1/stances", params=params)
    assert response.status_code == 200, response.text
    assert {s["id"] for s in response.json()["items"]} == expected


def test_a_date_range_that_ends_before_it_starts_is_a_problem(client: httpx.Client) -> None:
    response = client.get(
        "/v1/stances", params={"date_from": "2025-07-15", "date_to": "2025-07-01"}
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["query", "date_from"]


@pytest.fixture(scope="module", params=BACKENDS)
def cur(request: pytest.FixtureRequest, databases: Databases) -> Iterator[Curation]:
    yield from serve(databases, request.param)


def test_an_entity_or_item_a_stance_names_cannot_be_deleted(cur: Curation) -> None:
    path = "/v1/entities/russia"
    refused = cur.delete(path, cur.etag(path))
    assert refused.status_code == 409
    assert f"stance {CONCILIATORY!r} (target)" in refused.json()["detail"]
    path = "/v1/events/trump-inauguration"
    refused = cur.delete(path, cur.etag(path))
    assert refused.status_code == 409
    assert f"stance {CONCILIATORY!r} (evidence)" in refused.json()["detail"]
