"""The OpenAPI document reads well in generated SDKs (tests/sdk/ generates them and drives the
API with them)."""

from __future__ import annotations

import re

import httpx
import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def openapi(client: httpx.Client) -> dict:
    return client.get("/openapi.json").json()


def operations(openapi: dict):
    for path, item in openapi["paths"].items():
        for method, operation in item.items():
            yield path, method, operation


def test_it_is_openapi_3_1_and_serves_what_schemas_holds(openapi: dict) -> None:
    import json

    assert openapi["openapi"].startswith("3.1")
    assert openapi == json.loads((ROOT / "schemas" / "openapi.json").read_text())


def test_every_operation_has_a_readable_unique_id_a_tag_and_a_summary(openapi: dict) -> None:
    ids = [op["operationId"] for _, _, op in operations(openapi)]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z]+(_[a-z]+)*", i) for i in ids), ids
    assert {"list_quotes", "get_quote", "list_claims", "get_document_text"} <= set(ids)
    for _, _, op in operations(openapi):
        assert op["tags"] and op["summary"] and op["description"]


def test_every_parameter_is_described(openapi: dict) -> None:
    for path, method, op in operations(openapi):
        for parameter in op.get("parameters", []):
            assert parameter.get("description"), (path, method, parameter["name"])


def test_errors_are_documented_as_problem_json(openapi: dict) -> None:
    for path, method, op in operations(openapi):
        assert "422" in op["responses"], (path, method)
        for status, response in op["responses"].items():
            if status[0] in "45":
                content = response["content"]
                assert list(content) == ["application/problem+json"]
                assert content["application/problem+json"]["schema"] == {
                    "$ref": "#/components/schemas/Problem"
                }
    schemas = openapi["components"]["schemas"]
    assert "HTTPValidationError" not in schemas
    assert {"Problem", "ValidationIssue", "QuotePublic", "QuoteList", "Provenance"} <= set(schemas)


def test_key_schemas_and_filters_carry_examples(openapi: dict) -> None:
    schemas = openapi["components"]["schemas"]
    for name in ("Provenance", "EntityRef", "EvidenceRef", "Problem"):
        assert schemas[name]["examples"], name
    quote_filters = {p["name"]: p for p in openapi["paths"]["/v1/quotes"]["get"]["parameters"]}
    assert quote_filters["speaker"]["schema"]["examples"] == ["donald-trump"]


def test_closed_sets_are_named_enums(openapi: dict) -> None:
    schemas = openapi["components"]["schemas"]
    for name in ("EntityKind", "ClaimType", "EventType", "QuoteSort", "ClaimInclude"):
        assert schemas[name]["enum"], name
