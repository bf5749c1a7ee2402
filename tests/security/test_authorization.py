"""Every operation that is not a public read, found in the live app's own OpenAPI document,
refuses callers without the scope it needs: no key, a malformed, unknown or revoked one
(401), a key of a lesser scope (403). Always as problem+json, before the request's body or
parameters are judged, and without writing anything."""

from __future__ import annotations

from typing import Any

import httpx

from app.models import Scope
from tests.conftest import bearer
from tests.security.conftest import Keys, Operation, assert_problem, fill_path, operations

MALFORMED_JSON = b'{"name": '


def _resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    if ref:
        return document["components"]["schemas"][ref.rsplit("/", 1)[1]]
    return schema


def _body(operation: Operation, document: dict[str, Any], client: httpx.Client, path: str) -> Any:
    """A JSON body the operation would accept if possible: its schema's example, else the
    item itself (for updates) or an existing item (for creates), else an empty object."""
    content = operation.spec.get("requestBody", {}).get("content", {})
    schema = _resolve(document, content.get("application/json", {}).get("schema", {}))
    if schema.get("examples"):
        return schema["examples"][0]
    current = client.get(path if operation.method != "post" else f"{path}?limit=1")
    if current.status_code == 200:
        body = current.json()
        return body["items"][0] if body.get("items") else body
    return {}


def test_every_write_and_every_scoped_read_refuses_callers_without_the_scope(
    client: httpx.Client, keys: Keys, unchanged: None
) -> None:
    document = client.get("/openapi.json").json()
    guarded = [op for op in operations(client) if op.is_write or op.required_scope]
    writes = [op for op in guarded if op.is_write]
    assert writes, "the OpenAPI document lists no write operation at all"
    unscoped = [str(op) for op in writes if op.required_scope not in ("curator", "admin")]
    assert not unscoped, f"writes without a curator or admin scope: {unscoped}"

    failures: list[str] = []
    tried = 0
    for operation in guarded:
        needed = Scope(operation.required_scope)
        path = fill_path(client, operation.path, bearer(keys.live["admin"]), keys.revoked)
        callers: list[tuple[str, dict[str, str], int]] = [
            ("no key", {}, 401),
            ("a malformed key", bearer(keys.malformed), 401),
            ("an unknown key", bearer(keys.unknown), 401),
            ("a revoked key", bearer(keys.revoked), 401),
            ("a bare scheme", {"Authorization": "Bearer"}, 401),
        ]
        callers += [
            (f"a {scope} key", bearer(keys.live[scope]), 403)
            for scope in ("read", "curator")
            if not Scope(scope).allows(needed)
        ]
        bodies: list[tuple[str, dict[str, Any]]] = [("no body", {})]
        if operation.is_write:
            bodies = [
                ("a valid body", {"json": _body(operation, document, client, path)}),
                (
                    "malformed JSON",
                    {"content": MALFORMED_JSON, "headers": {"Content-Type": "application/json"}},
                ),
                ("an unknown query parameter", {"json": {}, "params": {"no_such_parameter": "1"}}),
                (
                    "a body that is not UTF-8",
                    {"content": b"\xff\xfe{", "headers": {"Content-Type": "application/json"}},
                ),
            ]
        for who, headers, status in callers:
            for what, body in bodies:
                tried += 1
                request_headers = {**headers, **body.get("headers", {})}
                kwargs = {k: v for k, v in body.items() if k != "headers"}
                response = client.request(operation.method, path, headers=request_headers, **kwargs)
                try:
                    assert_problem(response, status)
                    if status == 401:
                        assert response.headers["www-authenticate"].startswith("Bearer")
                except AssertionError as exc:
                    failures.append(f"{operation} with {who} and {what}: {exc}")
    assert not failures, "\n".join(failures)
    assert tried >= len(writes) * 5
