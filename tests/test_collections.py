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


def test_the_dashboard_knows_every_collection() -> None:
    """The dashboard's routes (`ROUTES` in dom.js) name every collection it can link to;
    its item views (`ITEM_COLLECTIONS` in app.js) every provenance-carrying one."""
    dom = (DASHBOARD_JS / "dom.js").read_text(encoding="utf-8")
    app_js = (DASHBOARD_JS / "app.js").read_text(encoding="utf-8")
    api = (DASHBOARD_JS / "api.js").read_text(encoding="utf-8")
    routes_block = re.search(r"export const ROUTES = \{(.*?)\};", dom, re.S)
    items_block = re.search(r"const ITEM_COLLECTIONS = new Set\(\[(.*?)\]\)", app_js, re.S)
    assert routes_block and items_block, "the dashboard's type lists moved: update this test"
    routes = dict(re.findall(r'(\w+): "(\w+)"', routes_block.group(1)))
    items = set(re.findall(r'"(\w+)"', items_block.group(1)))
    for spec in SPECS:
        if spec.item_type is None and f'"/{spec.name}"' in api:
            continue  # served by the dashboard's own view (documents)
        assert routes.get(spec.noun) == spec.name, f"dom.js ROUTES lacks {spec.noun}"
        if spec.item_type is not None:
            assert spec.name in items, f"app.js ITEM_COLLECTIONS lacks {spec.name}"
