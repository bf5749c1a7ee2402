"""The generated files under `schemas/`: JSON Schemas of the seed format and of each
resource, and the OpenAPI document. A test regenerates them and fails on any drift."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from app.collections import REGISTRY
from app.core.config import PROJECT_ROOT
from app.seed.annotations import SeedAnnotation

SCHEMAS_DIR = PROJECT_ROOT / "schemas"

RESOURCE_MODELS: dict[str, type[BaseModel]] = {
    "seed-annotation": SeedAnnotation,
    **{spec.noun: spec.public for spec in REGISTRY.values()},
}


def _dump(document: object) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def render_schemas() -> dict[str, str]:
    """File name → content for everything under `schemas/`."""
    from app.main import create_app

    files = {
        f"{name}.schema.json": _dump(
            {"$schema": "https://json-schema.org/draft/2020-12/schema", **model.model_json_schema()}
        )
        for name, model in RESOURCE_MODELS.items()
    }
    files["openapi.json"] = _dump(create_app().openapi())
    return files


def write_schemas(directory: Path = SCHEMAS_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in render_schemas().items():
        path = directory / name
        path.write_text(content, encoding="utf-8")
        written.append(path)
    return written


def stale_schemas(directory: Path = SCHEMAS_DIR) -> list[str]:
    """Names of files under `directory` that differ from what the models generate."""
    return [
        name
        for name, content in render_schemas().items()
        if not (directory / name).is_file()
        or (directory / name).read_text(encoding="utf-8") != content
    ]
