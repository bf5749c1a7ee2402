"""The OpenAPI document reads well in generated SDKs, and a generated SDK works."""

from __future__ import annotations

import importlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

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


@pytest.fixture(scope="module")
def generated_client(tmp_path_factory: pytest.TempPathFactory):
    """A Python SDK generated from schemas/openapi.json with openapi-python-client."""
    out = tmp_path_factory.mktemp("sdk") / "briefing_client"
    generator = shutil.which("openapi-python-client") or str(
        Path(sys.executable).parent / "openapi-python-client"
    )
    result = subprocess.run(
        [
            generator,
            "generate",
            "--path",
            str(ROOT / "schemas" / "openapi.json"),
            "--output-path",
            str(out),
            "--meta",
            "none",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Warning" not in result.stdout, result.stdout
    sys.path.insert(0, str(out.parent))
    try:
        yield importlib.import_module(out.name)
    finally:
        sys.path.remove(str(out.parent))


def test_a_generated_sdk_drives_the_live_api(generated_client, live_server) -> None:
    sdk = generated_client
    list_quotes = importlib.import_module(f"{sdk.__name__}.api.quotes.list_quotes")
    get_quote = importlib.import_module(f"{sdk.__name__}.api.quotes.get_quote")
    list_claims = importlib.import_module(f"{sdk.__name__}.api.claims.list_claims")
    models = importlib.import_module(f"{sdk.__name__}.models")
    client = sdk.Client(base_url=live_server.url)

    page = list_quotes.sync(client=client, speaker=["donald-trump"], limit=2)
    assert isinstance(page, models.QuoteList)
    assert page.items and all(q.speaker.id == "donald-trump" for q in page.items)
    quote = get_quote.sync(client=client, quote_id=page.items[0].id)
    assert quote.text == page.items[0].text
    assert quote.provenance.char_end > quote.provenance.char_start

    claims = list_claims.sync(
        client=client, claim_type=[models.ClaimType.CAUSAL], include=[models.ClaimInclude.EVIDENCE]
    )
    assert claims.items and all(c.claim_type == models.ClaimType.CAUSAL for c in claims.items)
    assert claims.included is not None

    missing = get_quote.sync_detailed(client=client, quote_id="no-such-quote")
    assert missing.status_code == 404
    assert missing.parsed.detail == "There is no quote with id 'no-such-quote'."
