"""Curated writes of attribution and confidence: the cue given as text is anchored near the
item's excerpt as the seed's is, the seed's rules apply, and revisions record the change."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.api.curation import DOCUMENT, Curation, serve
from tests.conftest import BACKENDS, Databases

RUTTE = "/v1/claims/rutte-confirms-transfer-to-ukraine"
BASIS_CLAIM = "china-cannot-afford-russian-defeat"


@pytest.fixture(scope="module", params=BACKENDS)
def cur(request: pytest.FixtureRequest, databases: Databases) -> Iterator[Curation]:
    yield from serve(databases, request.param)


def claim_body(**changes: Any) -> dict[str, Any]:
    """Wang Yi's suggestion, put forward by him and hedged by its verb."""
    body: dict[str, Any] = {
        "statement": "China cannot afford a Russian defeat in Ukraine.",
        "claim_type": "assessment",
        "attributed_to": "wang-yi",
        "attribution": {"by": "speaker", "verb": "suggests", "cue": "suggested"},
        "confidence": {"modality": "evidential", "cue": "suggested"},
        "provenance": {"document_id": DOCUMENT, "excerpt": "Wang Yi suggested that China"},
    }
    return {**body, **changes}


def implication_body(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "statement": "Some partners will keep supporting Russia.",
        "confidence": {"modality": "estimative", "likelihood": "likely", "cue": "unlikely"},
        "derived_from": [{"type": "claim", "id": BASIS_CLAIM}],
        "provenance": {
            "document_id": DOCUMENT,
            "excerpt": "are unlikely to waver in their support for Russia",
        },
    }
    return {**body, **changes}


def spelled(cur: Curation, cue: dict[str, Any]) -> str:
    text = cur.http.get(f"/v1/documents/{DOCUMENT}/text").text
    return text[cue["char_start"] : cue["char_end"]]


def test_a_created_claim_has_its_cues_anchored_in_the_excerpt(cur: Curation) -> None:
    created = cur.post("claims", claim_body(id="wang-yi-suggests"))
    assert created.status_code == 201, created.text
    claim = created.json()
    assert claim["attribution"]["speaker_basis"] == "named", "named unless said otherwise"
    for part in ("attribution", "confidence"):
        assert spelled(cur, claim[part]["cue"]) == claim[part]["cue"]["text"] == "suggested"
    assert claim["confidence"]["hedged"] is True
    found = cur.http.get("/v1/claims", params={"attribution_verb": "suggests"}).json()
    assert "wang-yi-suggests" in {c["id"] for c in found["items"]}


def test_a_created_implication_takes_the_same_fields(cur: Curation) -> None:
    created = cur.post("implications", implication_body(id="partners-stay"))
    assert created.status_code == 201, created.text
    confidence = created.json()["confidence"]
    assert spelled(cur, confidence["cue"]) == "unlikely" and confidence["likelihood"] == "likely"
    attributed = cur.post(
        "implications",
        implication_body(
            attributed_to="mark-rutte",
            attribution={"by": "speaker", "verb": "warns", "cue": "waver"},
        ),
    )
    assert attributed.status_code == 201, attributed.text
    assert attributed.json()["attributed_to"]["id"] == "mark-rutte"
    found = cur.http.get("/v1/implications", params={"entity": "mark-rutte"}).json()
    assert attributed.json()["id"] in {i["id"] for i in found["items"]}


def test_cue_occurrence_picks_a_repeated_cue(cur: Curation) -> None:
    excerpt = "Rutte suggested in the interview that the current state of affairs suggested"
    body = claim_body(
        attributed_to="mark-rutte",
        attribution={"by": "speaker", "verb": "suggests", "cue": "suggested"},
        confidence={"modality": "evidential", "cue": "suggested", "cue_occurrence": 2},
        provenance={"document_id": DOCUMENT, "excerpt": excerpt},
    )
    created = cur.post("claims", body)
    assert created.status_code == 201, created.text
    claim = created.json()
    assert claim["confidence"]["cue"]["char_start"] > claim["attribution"]["cue"]["char_start"]
    assert claim["attribution"]["cue"]["char_start"] == claim["provenance"]["char_start"] + 6


INVALID: dict[str, tuple[dict[str, Any], str, list[str | int]]] = {
    "cue not in the excerpt": (
        claim_body(confidence={"modality": "possible", "cue": "may"}),
        "cue_not_found",
        ["body", "confidence", "cue"],
    ),
    "cue_within far from the excerpt": (
        claim_body(
            attribution={
                "by": "speaker",
                "verb": "says",
                "cue": "announced",
                "cue_within": "On July 14, President Trump announced",
            }
        ),
        "cue_out_of_range",
        ["body", "attribution", "cue"],
    ),
    "estimative without a likelihood": (
        claim_body(confidence={"modality": "estimative", "cue": "suggested"}),
        "value_error",
        ["body", "confidence"],
    ),
    "a speaker not named": (claim_body(attributed_to=None), "value_error", ["body"]),
    "the author named": (
        claim_body(attribution={"by": "author", "verb": "suggests", "cue": "suggested"}),
        "value_error",
        ["body"],
    ),
    "an unknown verb": (
        claim_body(attribution={"by": "speaker", "verb": "whispers", "cue": "suggested"}),
        "enum",
        ["body", "attribution", "verb"],
    ),
}


@pytest.mark.parametrize("case", INVALID)
def test_an_invalid_attribution_or_confidence_is_a_422_naming_it(cur: Curation, case: str) -> None:
    body, code, loc = INVALID[case]
    before = cur.corpus_version()
    response = cur.post("claims", body)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert {"loc": loc, "type": code} in [
        {"loc": e["loc"], "type": e["type"]} for e in response.json()["errors"]
    ]
    assert cur.corpus_version() == before


def test_an_implication_is_validated_like_a_claim(cur: Curation) -> None:
    response = cur.post(
        "implications", implication_body(confidence={"modality": "asserted", "cue": "unlikely"})
    )
    assert response.status_code == 422, response.text
    assert response.json()["errors"][0]["loc"] == ["body", "confidence"]


def test_a_patch_keeps_anchored_cues_and_revisions_record_a_change(cur: Curation) -> None:
    before = cur.http.get(RUTTE).json()
    edited = cur.patch(RUTTE, {"statement": before["statement"] + " Indeed."}, cur.etag(RUTTE))
    assert edited.status_code == 200, edited.text
    assert edited.json()["attribution"] == before["attribution"], "the pinned cue stays"

    hedged = {"modality": "estimative", "likelihood": "very_likely", "cue": "would"}
    patched = cur.patch(RUTTE, {"confidence": hedged}, edited.headers["etag"])
    assert patched.status_code == 200, patched.text
    confidence = patched.json()["confidence"]
    assert (confidence["likelihood"], spelled(cur, confidence["cue"])) == ("very_likely", "would")
    assert patched.json()["attribution"] == before["attribution"]

    cleared = cur.patch(RUTTE, {"confidence": None}, patched.headers["etag"])
    assert cleared.json()["confidence"] == before["confidence"], "null restores the default"

    history = cur.http.get(f"{RUTTE}/revisions").json()["items"]
    recorded = [r["representation"]["confidence"]["likelihood"] for r in history[:3]]
    assert recorded == [None, "very_likely", None]


def test_a_stale_cue_is_refused_when_the_excerpt_moves_away(cur: Curation) -> None:
    created = cur.post("claims", claim_body(id="wang-yi-suggests-again"))
    assert created.status_code == 201, created.text
    path = "/v1/claims/wang-yi-suggests-again"
    moved = {"document_id": DOCUMENT, "excerpt": "Fracturing Russia's support base"}
    response = cur.patch(path, {"provenance": moved}, created.headers["etag"])
    assert response.status_code == 422, response.text
    locs = [e["loc"] for e in response.json()["errors"]]
    assert ["body", "attribution", "cue"] in locs and ["body", "confidence", "cue"] in locs
