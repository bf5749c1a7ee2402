"""Relations: typed links from claims, events and implications to other stored items,
each with the words that state it (when the text does), expandable with
`include=related`, and never left dangling, on either database."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.api.curation import DOCUMENT, Curation, serve
from tests.conftest import BACKENDS, Databases

SUBTITLE = "pivot-driven-by-pressure-miscalculation-and-smart-moves"
LEAD = "change-driven-by-three-factors"
MEDIA = "strikes-raised-conservative-media-pressure"
BIPARTISAN = "attacks-created-bipartisan-pressure"


def test_a_relation_the_curator_reads_has_no_provenance(client: httpx.Client) -> None:
    claim = client.get(f"/v1/claims/{SUBTITLE}").json()
    summarizes = {"relation": "summarizes", "type": "claim", "id": LEAD, "provenance": None}
    assert summarizes in claim["relations"]


def test_a_relation_the_text_states_is_anchored_in_it(
    client: httpx.Client, source_text: str
) -> None:
    (relation,) = client.get(f"/v1/claims/{MEDIA}").json()["relations"]
    assert (relation["relation"], relation["type"], relation["id"]) == (
        "supports",
        "claim",
        BIPARTISAN,
    )
    stated = relation["provenance"]
    assert stated["excerpt"] == "increased pressure from conservative media"
    assert source_text[stated["char_start"] : stated["char_end"]] == stated["excerpt"]


def test_items_without_relations_serve_an_empty_list(client: httpx.Client) -> None:
    assert client.get("/v1/events/kyiv-largest-air-strikes").json()["relations"] == []
    implication = client.get("/v1/implications", params={"limit": 1}).json()["items"][0]
    assert implication["relations"] == []


def test_include_related_embeds_the_targets(client: httpx.Client) -> None:
    page = client.get("/v1/claims", params={"id": [SUBTITLE, MEDIA], "include": "related"}).json()
    assert sorted(c["id"] for c in page["included"]["claims"]) == sorted([LEAD, BIPARTISAN])


@pytest.fixture(scope="module", params=BACKENDS)
def cur(request: pytest.FixtureRequest, databases: Databases) -> Iterator[Curation]:
    yield from serve(databases, request.param)


def claim_body(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "statement": "Russia's strikes created pressure on Washington.",
        "claim_type": "causal",
        "about": ["russia"],
        "provenance": {
            "document_id": DOCUMENT,
            "excerpt": "The worsening attacks created political pressure",
        },
    }
    return {**body, **changes}


def test_a_written_relation_is_stored_and_kept_by_later_patches(
    cur: Curation, source_text: str
) -> None:
    relation = {
        "type": "causes",
        "to": {"type": "event", "id": "kyiv-largest-air-strikes"},
        "excerpt": "created political pressure",
    }
    made = cur.post("claims", claim_body(id="strikes-pressure", relations=[relation]))
    assert made.status_code == 201, made.text
    (served,) = made.json()["relations"]
    assert (served["relation"], served["type"], served["id"]) == (
        "causes",
        "event",
        "kyiv-largest-air-strikes",
    )
    assert source_text[served["provenance"]["char_start"] : served["provenance"]["char_end"]] == (
        "created political pressure"
    )
    patched = cur.patch(
        "/v1/claims/strikes-pressure", {"statement": "Reworded."}, made.headers["etag"]
    )
    assert patched.status_code == 200, patched.text
    assert patched.json()["relations"] == made.json()["relations"]


@pytest.mark.parametrize(
    ("relation", "where"),
    [
        ({"type": "supports", "to": {"type": "claim", "id": "no-such-claim"}}, "to"),
        (
            {"type": "supports", "to": {"type": "claim", "id": LEAD}, "excerpt": "not there"},
            "excerpt",
        ),
    ],
    ids=["dangling", "excerpt-elsewhere"],
)
def test_a_relation_that_cannot_resolve_is_refused(
    cur: Curation, relation: dict[str, Any], where: str
) -> None:
    response = cur.post("claims", claim_body(relations=[relation]))
    assert response.status_code == 422, response.text
    assert ["body", "relations", 0, where] in [e["loc"] for e in response.json()["errors"]]


def test_the_target_of_a_relation_cannot_be_deleted(cur: Curation) -> None:
    path = f"/v1/claims/{LEAD}"
    response = cur.delete(path, cur.etag(path))
    assert response.status_code == 409
    assert f"claim {SUBTITLE!r} (relations)" in response.json()["detail"]


def test_an_event_takes_relations_too(cur: Curation) -> None:
    event = cur.http.get("/v1/events/kyiv-largest-air-strikes").json()
    relation = {"type": "causes", "to": {"type": "claim", "id": MEDIA}}
    path = "/v1/events/kyiv-largest-air-strikes"
    response = cur.patch(path, {"relations": [relation]}, cur.etag(path))
    assert response.status_code == 200, response.text
    assert response.json()["relations"] == [
        {"relation": "causes", "type": "claim", "id": MEDIA, "provenance": None}
    ]
    assert response.json()["provenance"] == event["provenance"]
    page = cur.http.get("/v1/events", params={"id": event["id"], "include": "related"}).json()
    assert [c["id"] for c in page["included"]["claims"]] == [MEDIA]
