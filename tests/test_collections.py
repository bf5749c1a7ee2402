"""Conformance of every collection in `REGISTRY`: a spec added without its routes, schema
file, exports, PostgreSQL change trigger or dashboard entry fails here, by name."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re

import httpx
import pytest

import app.collections
from app.collections import REGISTRY, CollectionSpec
from app.core.config import PROJECT_ROOT
from app.core.db import make_engine
from app.core.migrations import tables_with_change_trigger, upgrade_to_head
from app.main import create_app
from app.services.exports.negotiation import MEDIA_TYPES, ExportFormat
from tests.conftest import Databases

SPECS = list(REGISTRY.values())
DASHBOARD_JS = PROJECT_ROOT / "app" / "dashboard" / "static" / "js"
EXPORTS = (ExportFormat.csv, ExportFormat.ndjson, ExportFormat.jsonld)


def rendered_items(fmt: ExportFormat, body: str) -> int:
    """How many items an export holds: CSV rows after the header, NDJSON lines, nodes."""
    if fmt is ExportFormat.jsonld:
        return len(json.loads(body)["@graph"])
    lines = body.strip().splitlines()
    return len(lines) - 1 if fmt is ExportFormat.csv else len(lines)


def by_name(spec: CollectionSpec) -> str:
    return spec.name


def expected_operations(spec: CollectionSpec) -> dict[str, tuple[str, str]]:
    """operationId → (method, path) of every route a spec must have."""
    one = f"/v1/{spec.name}/{{{spec.noun}_id}}"
    found = {
        f"list_{spec.name}": ("get", f"/v1/{spec.name}"),
        f"get_{spec.noun}": ("get", one),
    }
    if spec.writable:
        found |= {
            f"create_{spec.noun}": ("post", f"/v1/{spec.name}"),
            f"update_{spec.noun}": ("patch", one),
            f"delete_{spec.noun}": ("delete", one),
            f"list_{spec.noun}_revisions": ("get", f"{one}/revisions"),
            f"get_{spec.noun}_revision": ("get", f"{one}/revisions/{{version}}"),
        }
    return found


@pytest.fixture(scope="module")
def operations() -> dict[str, tuple[str, str]]:
    document = create_app().openapi()
    return {
        operation["operationId"]: (method, path)
        for path, methods in document["paths"].items()
        for method, operation in methods.items()
    }


def test_every_spec_module_is_registered() -> None:
    """A module under app/collections/ that declares a SPEC is in REGISTRY."""
    declared = set()
    for module in pkgutil.iter_modules(app.collections.__path__):
        spec = getattr(importlib.import_module(f"app.collections.{module.name}"), "SPEC", None)
        if isinstance(spec, CollectionSpec):
            declared.add(spec.name)
    assert declared == set(REGISTRY)


@pytest.mark.parametrize("spec", SPECS, ids=by_name)
def test_every_route_exists(spec: CollectionSpec, operations: dict[str, tuple[str, str]]) -> None:
    missing = {
        op: where for op, where in expected_operations(spec).items() if operations.get(op) != where
    }
    assert not missing, f"{spec.name}: missing or misplaced operations {missing}"


@pytest.mark.parametrize("spec", SPECS, ids=by_name)
def test_its_schema_file_exists(spec: CollectionSpec) -> None:
    path = PROJECT_ROOT / "schemas" / f"{spec.noun}.schema.json"
    assert path.is_file(), f"{path} is missing: run `briefing schemas`"
    assert f'"title": "{spec.public.__name__}"' in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", EXPORTS, ids=str)
@pytest.mark.parametrize("spec", SPECS, ids=by_name)
def test_every_export_renders(
    spec: CollectionSpec, fmt: ExportFormat, client: httpx.Client
) -> None:
    response = client.get(f"/v1/{spec.name}", params={"format": fmt.value, "limit": 3})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == MEDIA_TYPES[fmt]
    assert rendered_items(fmt, response.text) >= 1, f"{spec.name} as {fmt}: no item"


def test_every_table_has_its_change_trigger(databases: Databases) -> None:
    """On PostgreSQL, each collection's table NOTIFYs the other workers of its changes."""
    engine = make_engine(databases.new("postgresql"))
    try:
        upgrade_to_head(engine)
        triggered = tables_with_change_trigger(engine)
    finally:
        engine.dispose()
    tables = {spec.source.name for spec in SPECS}
    assert tables <= triggered, f"no change trigger on {sorted(tables - triggered)}"


def dashboard_collections(document: dict) -> tuple[dict[str, str], set[str]]:
    """What the dashboard learns from the OpenAPI document (`collections()` in api.js):
    each type's collection, from its item path, and the collections whose items carry
    provenance (an item view each)."""
    routes: dict[str, str] = {}
    items: set[str] = set()
    for path, methods in document["paths"].items():
        match = re.match(r"^/v1/(\w+)/\{(\w+)_id\}$", path)
        if not match or "get" not in methods:
            continue
        routes[match[2]] = match[1]
        ref = methods["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
        if "provenance" in document["components"]["schemas"][ref.split("/")[-1]]["properties"]:
            items.add(match[1])
    return routes, items


def test_the_dashboard_knows_every_collection() -> None:
    """The dashboard keeps no list of collections (`ROUTES` in dom.js, `ITEM_COLLECTIONS` in
    app.js start empty); what it learns from the API names every collection, and gives
    every provenance-carrying one (forecasts and stances too) its item view."""
    dom = (DASHBOARD_JS / "dom.js").read_text(encoding="utf-8")
    app_js = (DASHBOARD_JS / "app.js").read_text(encoding="utf-8")
    api = (DASHBOARD_JS / "api.js").read_text(encoding="utf-8")
    assert "export const ROUTES = {};" in dom and "ITEM_COLLECTIONS = new Set();" in app_js
    assert 'fetch("/openapi.json"' in api and r"/^\/v1\/(\w+)\/\{(\w+)_id\}$/" in api
    routes, items = dashboard_collections(create_app().openapi())
    for spec in SPECS:
        assert routes.get(spec.noun) == spec.name, f"the dashboard cannot link to {spec.noun}"
        assert (spec.name in items) == ("provenance" in spec.public.model_fields), spec.name
