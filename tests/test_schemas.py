"""`schemas/` is generated from the models and must not drift from them."""

from __future__ import annotations

import json

from app.schema_export import RESOURCE_MODELS, SCHEMAS_DIR, render_schemas, stale_schemas


def test_schemas_dir_matches_the_models() -> None:
    assert stale_schemas() == [], "run `briefing schemas` and commit the result"


def test_every_resource_and_the_seed_format_has_a_schema() -> None:
    names = set(render_schemas())
    assert {f"{name}.schema.json" for name in RESOURCE_MODELS} | {"openapi.json"} == names
    assert {p.name for p in SCHEMAS_DIR.iterdir()} == names


def test_the_seed_schema_forbids_unknown_keys() -> None:
    schema = json.loads((SCHEMAS_DIR / "seed-annotation.schema.json").read_text())
    assert schema["additionalProperties"] is False
    assert schema["$defs"]["QuoteAnnotation"]["additionalProperties"] is False
