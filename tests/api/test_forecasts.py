"""Forecasts: what the briefing says will happen, by when and on what condition, served
with their subject's provenance, filtered by outcome, horizon and entity, and resolved by
curators with a revision history like any other field."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.api.curation import Curation, serve
from tests.conftest import BACKENDS, Databases

# The forecast sits on the forecast claim; `secondary-tariffs-100-percent-50-days` is the
# factual report that Trump threatened it.
TARIFFS = "us-tariffs-unless-deal-in-50-days"
CONDITION = "if Russia did not agree to a negotiated end to the war within 50 days"


def _ids(client: httpx.Client, **params: Any) -> list[str]:
    response = client.get("/v1/forecasts", params=params)
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]


def test_the_tariff_deadline_is_an_open_forecast_with_its_computed_horizon(
    client: httpx.Client, source_text: str
) -> None:
    forecast = client.get(f"/v1/forecasts/{TARIFFS}").json()
    assert forecast["subject"] == {"type": "claim", "id": TARIFFS}
    assert forecast["horizon"] == {
        "date_start": "2025-09-02",
        "date_end": "2025-09-02",
        "date_precision": "day",
        "date_basis": "computed",
        "date_note": "14 July 2025 + 50 days",
    }
    assert forecast["drawn_by"] == "author"
    assert forecast["outcome"]["status"] == "open"
    condition = forecast["condition"]
    assert condition["text"] == CONDITION
    assert source_text[condition["char_start"] : condition["char_end"]] == CONDITION
    claim = client.get(f"/v1/claims/{TARIFFS}").json()
    assert forecast["provenance"] == claim["provenance"]
    assert forecast["statement"] == claim["statement"]
    assert {e["id"] for e in forecast["about"]} == {e["id"] for e in claim["about"]}


def test_a_claim_names_its_forecast_and_others_name_none(client: httpx.Client) -> None:
    assert client.get(f"/v1/claims/{TARIFFS}").json()["forecast"] == {
        "id": TARIFFS,
        "status": "open",
    }
    assert client.get("/v1/claims/announcement-major-reversal").json()["forecast"] is None


@pytest.mark.parametrize(
    ("params", "listed"),
    [
        ({"outcome": "open"}, True),
        ({"outcome": "came_true"}, False),
        ({"horizon_after": "2025-09-02"}, True),
        ({"horizon_after": "2025-09-03"}, False),
        ({"horizon_before": "2025-09-02"}, True),
        ({"horizon_before": "2025-09-01"}, False),
        ({"entity": "russia"}, True),
        ({"entity": "kyiv"}, False),
        ({"drawn_by": "curator"}, False),
    ],
    ids=str,
)
def test_filters_narrow_the_forecasts(
    client: httpx.Client, params: dict[str, str], listed: bool
) -> None:
    assert (TARIFFS in _ids(client, **params)) is listed


def test_an_unknown_outcome_is_a_problem(client: httpx.Client) -> None:
    response = client.get("/v1/forecasts", params={"outcome": "maybe"})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")


def test_include_subject_embeds_the_claim(client: httpx.Client) -> None:
    page = client.get("/v1/forecasts", params={"id": TARIFFS, "include": "subject"}).json()
    assert [c["id"] for c in page["included"]["claims"]] == [TARIFFS]


@pytest.fixture(scope="module", params=BACKENDS)
def cur(request: pytest.FixtureRequest, databases: Databases) -> Iterator[Curation]:
    yield from serve(databases, request.param)


RESOLVED = {
    "status": "did_not",
    "resolved_on": {
        "date_start": "2025-09-02",
        "date_end": "2025-09-02",
        "date_precision": "day",
        "date_basis": "external",
        "date_note": "No tariffs were imposed at the deadline.",
    },
    "evidence": {"type": "event", "id": "secondary-tariffs-ultimatum"},
    "evidence_url": None,
    "note": "The deadline passed without the tariffs.",
}


def test_a_curator_resolves_a_forecast_and_its_outcome_keeps_its_history(cur: Curation) -> None:
    path = f"/v1/forecasts/{TARIFFS}"
    before = cur.http.get(path).json()
    response = cur.patch(path, {"outcome": RESOLVED}, cur.etag(path))
    assert response.status_code == 200, response.text
    assert response.json()["outcome"] == RESOLVED
    assert response.json()["version"] == 2
    assert response.json()["condition"] == before["condition"], "the condition stays anchored"
    history = cur.http.get(f"{path}/revisions", params={"sort": "version"}).json()["items"]
    assert [r["representation"]["outcome"]["status"] for r in history] == ["open", "did_not"]
    assert [r["action"] for r in history] == ["create", "update"]
    assert cur.http.get(f"/v1/claims/{TARIFFS}").json()["forecast"]["status"] == "did_not"
    assert TARIFFS in [
        f["id"] for f in cur.http.get("/v1/forecasts?outcome=did_not").json()["items"]
    ]


@pytest.mark.parametrize(
    ("patch", "where"),
    [
        (
            {"outcome": {**RESOLVED, "evidence": {"type": "event", "id": "no-such-event"}}},
            ["body", "outcome", "evidence"],
        ),
        (
            {"outcome": {"status": "open", "resolved_on": RESOLVED["resolved_on"]}},
            ["body", "outcome"],
        ),
        ({"condition": "if pigs could fly"}, ["body", "condition"]),
        ({"horizon": {**RESOLVED["resolved_on"], "date_start": "2025-09-03"}}, ["body", "horizon"]),
        ({"horizon": {**RESOLVED["resolved_on"], "date_note": None}}, ["body", "horizon"]),
        ({"subject": {"type": "claim", "id": "announcement-major-reversal"}}, ["body", "subject"]),
    ],
    ids=[
        "unknown-evidence",
        "open-yet-resolved",
        "condition-elsewhere",
        "horizon-backwards",
        "external-without-note",
        "other-subject",
    ],
)
def test_a_bad_forecast_patch_is_refused_naming_the_field(
    cur: Curation, patch: dict[str, Any], where: list[str]
) -> None:
    path = f"/v1/forecasts/{TARIFFS}"
    response = cur.patch(path, patch, cur.etag(path))
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    locations = [e["loc"][: len(where)] for e in response.json()["errors"]]
    assert where in locations, locations


def test_a_forecast_is_made_by_a_claim_or_an_implication(cur: Curation) -> None:
    body = {
        "subject": {"type": "event", "id": "secondary-tariffs-ultimatum"},
        "drawn_by": "curator",
    }
    response = cur.post("forecasts", body)
    assert response.status_code == 422
    assert "a forecast's subject is a claim or an implication" in response.text


def test_a_curator_adds_a_forecast_to_an_implication(cur: Curation) -> None:
    implication = "reassured-us-commitment-to-nato"
    body = {
        "subject": {"type": "implication", "id": implication},
        "drawn_by": "curator",
        "condition": "a continued US commitment to the NATO alliance",
    }
    made = cur.post("forecasts", body)
    assert made.status_code == 201, made.text
    assert made.headers["location"] == f"/v1/forecasts/{implication}"
    assert made.json()["outcome"] == {
        "status": "open",
        "resolved_on": None,
        "evidence": None,
        "evidence_url": None,
        "note": None,
    }
    assert made.json()["horizon"] is None
    assert cur.post("forecasts", body).status_code == 409
    items = cur.http.get("/v1/forecasts").json()["items"]
    dated = [at for at, f in enumerate(items) if f["horizon"] is not None]
    at = [f["id"] for f in items].index(implication)
    assert dated and at > max(dated), "a forecast without a horizon comes after every dated one"
    assert cur.http.get(f"/v1/implications/{implication}").json()["forecast"]["id"] == implication


def test_a_claim_with_a_forecast_cannot_be_deleted(cur: Curation) -> None:
    path = f"/v1/claims/{TARIFFS}"
    response = cur.delete(path, cur.etag(path))
    assert response.status_code == 409
    assert f"forecast {TARIFFS!r} (subject)" in response.json()["detail"]
