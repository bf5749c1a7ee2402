"""The OpenAPI document, tuned for SDK generators: problem responses as named components
instead of FastAPI's default validation schema, and a description for every tag."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from app.collections import REGISTRY
from app.core.errors import PROBLEM_MEDIA_TYPE, Problem

TAGS = [
    *({"name": spec.name, "description": spec.tag_description} for spec in REGISTRY.values()),
    {"name": "exports", "description": "The whole corpus as one NDJSON stream."},
    {"name": "dashboard", "description": "Timeline, search and facet counts across types."},
    {"name": "keys", "description": "API keys and their scopes; admin only."},
    {"name": "audit", "description": "Every curated write, for administrators."},
    {"name": "operations", "description": "Liveness and readiness probes, outside `/v1`."},
]

_FASTAPI_VALIDATION_SCHEMAS = ("HTTPValidationError", "ValidationError")

# Errors any operation can answer with, whatever its parameters.
ANY_OPERATION_ERRORS = {
    "500": "An unexpected error; it has been logged.",
    "503": "The database is unavailable; retry after `Retry-After` seconds.",
}


def _problem_components() -> dict[str, Any]:
    schema = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    components = schema.pop("$defs", {})
    components["Problem"] = schema
    return components


def _not_nullable(schema: dict[str, Any]) -> None:
    """Drops the `null` that an optional parameter (`X | None = None`) adds to its schema: a
    query string cannot carry a null, only leave the parameter out, and generated clients
    would otherwise type it `X | None` (or `X | null`) besides the absent case."""
    branches = schema.get("anyOf")
    if not branches or {"type": "null"} not in branches:
        return
    rest = [branch for branch in branches if branch != {"type": "null"}]
    if schema.get("default", ...) is None:
        del schema["default"]
    del schema["anyOf"]
    if len(rest) == 1:
        schema.update(rest[0])
    else:
        schema["anyOf"] = rest


def build_openapi(app: FastAPI) -> dict[str, Any]:
    if app.openapi_schema:
        return app.openapi_schema
    document = get_openapi(
        title=app.title,
        version=app.version,
        summary=app.summary,
        description=app.description,
        routes=app.routes,
        tags=TAGS,
    )
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    for name in _FASTAPI_VALIDATION_SCHEMAS:
        schemas.pop(name, None)
    schemas.update(_problem_components())
    problem = {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}
    for path in document.get("paths", {}).values():
        for operation in path.values():
            for parameter in operation.get("parameters", []):
                if parameter["in"] == "query":
                    _not_nullable(parameter["schema"])
            responses = operation.setdefault("responses", {})
            for status, description in ANY_OPERATION_ERRORS.items():
                responses.setdefault(status, {"description": description})
            for status, response in responses.items():
                if status.startswith(("4", "5")):
                    response["content"] = problem
    app.openapi_schema = document
    return document
