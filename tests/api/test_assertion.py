"""Attribution and confidence as served: the shapes on claims and implications, their
filters, their CSV columns and JSON-LD terms."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from rdflib import Literal, Namespace, URIRef

from app.models.knowledge import Likelihood
from tests.api.test_exports import csv_rows, graph_of, iri
from tests.conftest import fetch_all

BRF = Namespace("urn:briefing-api:vocab:")
COLLECTIONS = ("claims", "implications")
RUTTE = "rutte-confirms-transfer-to-ukraine"
UNLIKELY_TO_WAVER = "hardcore-partners-keep-supporting-russia"


def ids(items: list[dict[str, Any]]) -> set[str]:
    return {item["id"] for item in items}


def cue_text(source_text: str, cue: dict[str, Any]) -> str:
    return source_text[cue["char_start"] : cue["char_end"]]


def test_a_claim_says_who_asserts_it_by_which_verb_anchored(
    client: httpx.Client, source_text: str
) -> None:
    claim = client.get(f"/v1/claims/{RUTTE}").json()
    attribution = claim["attribution"]
    assert (attribution["asserted_by"], attribution["verb"]) == ("speaker", "confirms")
    assert attribution["speaker_basis"] == "named" and claim["attributed_to"]["id"] == "mark-rutte"
    assert attribution["cue"]["text"] == cue_text(source_text, attribution["cue"]) == "confirmed"
    p = claim["provenance"]
    assert p["char_start"] <= attribution["cue"]["char_start"] < p["char_end"]
    assert claim["confidence"] == {
        "modality": "asserted",
        "likelihood": None,
        "hedged": False,
        "cue": None,
    }


def test_an_implication_says_how_sure_the_text_is(client: httpx.Client, source_text: str) -> None:
    implication = client.get(f"/v1/implications/{UNLIKELY_TO_WAVER}").json()
    confidence = implication["confidence"]
    # The statement keeps "unlikely to waver": ICD 203's "unlikely" is the level it states.
    assert (confidence["modality"], confidence["likelihood"], confidence["hedged"]) == (
        "estimative",
        "unlikely",
        True,
    )
    assert cue_text(source_text, confidence["cue"]) == "unlikely to waver"
    assert implication["attribution"] == {
        "asserted_by": "author",
        "verb": "asserts",
        "cue": None,
        "speaker_basis": None,
    }
    assert implication["attributed_to"] is None


def _rank(item: dict[str, Any]) -> int:
    likelihood = item["confidence"]["likelihood"]
    return Likelihood(likelihood).rank if likelihood else 0


Selects = Callable[[dict[str, Any]], bool]
FILTERS: list[tuple[dict[str, Any], Selects]] = [
    (
        {"modality": ["estimative", "possible"]},
        lambda i: (
            i["confidence"]["modality"]
            in {
                "estimative",
                "possible",
            }
        ),
    ),
    ({"hedged": "true"}, lambda i: i["confidence"]["modality"] != "asserted"),
    ({"hedged": "false"}, lambda i: i["confidence"]["modality"] == "asserted"),
    ({"min_likelihood": "likely"}, lambda i: _rank(i) >= Likelihood.likely.rank),
    ({"min_likelihood": "almost_certain"}, lambda i: _rank(i) == 7),
    (
        {"asserted_by": ["source", "speaker"]},
        lambda i: (
            i["attribution"]["asserted_by"]
            in {
                "source",
                "speaker",
            }
        ),
    ),
    ({"attribution_verb": "alleges"}, lambda i: i["attribution"]["verb"] == "alleges"),
]


@pytest.mark.parametrize("collection", COLLECTIONS)
@pytest.mark.parametrize(("params", "selects"), FILTERS)
def test_each_filter_selects_the_items_whose_fields_say_so(
    client: httpx.Client, collection: str, params: dict[str, Any], selects: Selects
) -> None:
    everything = fetch_all(client, f"/v1/{collection}")
    expected = {item["id"] for item in everything if selects(item)}
    assert ids(fetch_all(client, f"/v1/{collection}", params)) == expected


def test_the_seeded_examples_are_found_by_their_filters(client: httpx.Client) -> None:
    def found(collection: str, **params: str) -> set[str]:
        return ids(fetch_all(client, f"/v1/{collection}", params))

    assert found("claims", attribution_verb="confirms") == {RUTTE}
    assert found("claims", asserted_by="source") == {"china-complicit-80pct-sanctions-evasion"}
    assert "us-presumably-security-guarantees" in found("claims", min_likelihood="likely")
    assert "russian-miscalculations-main-catalyst" in found("claims", hedged="true")
    assert UNLIKELY_TO_WAVER in found("implications", modality="estimative")
    assert found("claims", hedged="true").isdisjoint(found("claims", hedged="false"))


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("modality", "certain"),
        ("hedged", "maybe"),
        ("min_likelihood", "sure"),
        ("asserted_by", "ghost"),
        ("attribution_verb", "whispers"),
    ],
)
@pytest.mark.parametrize("collection", COLLECTIONS)
def test_an_unknown_value_is_a_422_problem_naming_the_parameter(
    client: httpx.Client, collection: str, name: str, value: str
) -> None:
    response = client.get(f"/v1/{collection}", params={name: value})
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert any(e["loc"][:2] == ["query", name] for e in response.json()["errors"])


def test_csv_has_flat_attribution_and_confidence_columns(client: httpx.Client) -> None:
    rows = {r["id"]: r for r in csv_rows(client.get("/v1/claims", params={"format": "csv"}))}
    rutte = rows[RUTTE]
    assert (rutte["asserted_by"], rutte["attribution_verb"], rutte["attribution_cue"]) == (
        "speaker",
        "confirms",
        "confirmed",
    )
    presumably = rows["us-presumably-security-guarantees"]
    assert (presumably["modality"], presumably["likelihood"], presumably["confidence_cue"]) == (
        "estimative",
        "likely",
        "presumably",
    )
    assert presumably["hedged"] == "true" and rutte["confidence_cue"] == ""
    assert "attribution" not in rutte and "confidence" not in rutte


def test_jsonld_names_attribution_and_confidence_in_its_own_vocabulary(
    client: httpx.Client,
) -> None:
    graph = graph_of(client, "/v1/claims?attribution_verb=confirms")
    node = iri(client, "claims", RUTTE)
    (attribution,) = graph.objects(node, BRF.attribution)
    assert (attribution, BRF.attributionVerb, Literal("confirms")) in graph
    assert (attribution, BRF.assertedBy, Literal("speaker")) in graph
    (confidence,) = graph.objects(node, BRF.confidence)
    assert (confidence, BRF.modality, Literal("asserted")) in graph
    assert (confidence, BRF.hedged, Literal(False)) in graph
    assert isinstance(node, URIRef)
