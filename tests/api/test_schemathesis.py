"""Property-based tests from the app's own OpenAPI document, against the real server, with
every schemathesis check: no server error, no response that contradicts the schema, bad
input rejected, valid input accepted.

The schema is `schemas/openapi.json`, which `test_schemas.py` proves identical to what the
app serves; loading it from the file lets each operation be its own test case. Examples
are derandomized so that a run is reproducible.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from tests.api.test_filters import id_valued_filters
from tests.conftest import ROOT, LiveServer

schema = schemathesis.openapi.from_path(ROOT / "schemas" / "openapi.json")
ID_FILTERS = {name for _, name in id_valued_filters()}


def beyond_the_schema(query: dict[str, Any] | None) -> bool:
    """Whether the query holds what no schema can describe: a `cursor` is an opaque token
    only the server issues (a random one is rightly a 422; test_lists.py covers forged
    cursors), and `date_from` after `date_to` is a 422 by design (test_filters.py), as is
    `include` with an export `format` (test_exports.py), and an id filter naming an id that
    was never stored: which ids exist is data, not schema (test_filters.py). A reconciliation
    batch (`queries`) is JSON inside a string, which the OpenAPI document leaves to the
    Reconciliation API's own schemas (test_reconcile.py validates against them)."""
    if not query:
        return False
    start, end = query.get("date_from"), query.get("date_to")
    inverted = isinstance(start, str) and isinstance(end, str) and start > end
    exported = query.get("format") not in (None, "json") and bool(query.get("include"))
    opaque = {"cursor", "queries"} & query.keys()
    return bool(opaque) or inverted or exported or bool(ID_FILTERS & query.keys())


@schema.parametrize()
@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_the_api_honours_its_openapi_document(case, real_server: LiveServer) -> None:
    # A form body's fields are checked like a query's.
    form = case.body if isinstance(case.body, dict) else None
    beyond = beyond_the_schema(case.query) or beyond_the_schema(form)
    excluded = [positive_data_acceptance] if beyond else []
    case.call_and_validate(base_url=real_server.url, excluded_checks=excluded)
