"""Hostile request bodies on every write: too large (declared or chunked), not JSON, of
the wrong media type, nested beyond reason. Each is refused as problem+json, before anything
is written. They are sent with an admin key, so that only the body stands in the way."""

from __future__ import annotations

from collections.abc import Iterator

import httpx

from app.core.config import get_settings
from tests.conftest import bearer
from tests.security.conftest import Keys, assert_problem, operations

LIMIT = get_settings().max_body_bytes  # the live server runs with the default


def _write_paths(client: httpx.Client) -> list[tuple[str, str]]:
    writes = [
        (op.method, op.path.split("{")[0].rstrip("/") or op.path)
        for op in operations(client)
        if op.is_write
    ]
    assert writes
    return writes


def test_a_declared_oversize_body_is_refused_unread(
    client: httpx.Client, keys: Keys, unchanged: None
) -> None:
    body = b"{" + b" " * LIMIT + b"}"
    for method, path in _write_paths(client):
        for headers in ({}, bearer(keys.live["admin"])):
            response = client.request(
                method, path, content=body, headers={**headers, "Content-Type": "application/json"}
            )
            assert_problem(response, 413)
            assert str(LIMIT) in response.json()["detail"]


def test_a_chunked_oversize_body_is_counted_and_refused(
    client: httpx.Client, keys: Keys, unchanged: None
) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"name": "'
        for _ in range(LIMIT // 65536 + 1):
            yield b"x" * 65536
        yield b'", "scope": "read"}'

    response = client.post(
        "/v1/keys",
        content=chunks(),
        headers={**bearer(keys.live["admin"]), "Content-Type": "application/json"},
    )
    assert "content-length" not in response.request.headers
    assert_problem(response, 413)


def test_a_chunked_body_within_the_limit_goes_through(client: httpx.Client, keys: Keys) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"name": "chunked", '
        yield b'"scope": "read"}'

    response = client.post(
        "/v1/keys",
        content=chunks(),
        headers={**bearer(keys.live["admin"]), "Content-Type": "application/json"},
    )
    assert response.status_code == 201, response.text
    assert response.json()["id"] != "chosen"
    client.delete(f"/v1/keys/{response.json()['id']}", headers=bearer(keys.live["admin"]))


def test_bodies_that_are_not_json_are_refused(
    client: httpx.Client, keys: Keys, unchanged: None
) -> None:
    admin = bearer(keys.live["admin"])
    valid = b'{"name": "x", "scope": "read"}'
    cases: list[tuple[bytes, str]] = [
        (b'{"name": ', "application/json"),
        (b"\xff\xfe\x00", "application/json"),
        (b"", "application/json"),
        (b"null", "application/json"),
        (b"[]", "application/json"),
        (b'"a string"', "application/json"),
        (b'{"name": "x", "scope": "root"}', "application/json"),
        (b'{"name": "", "scope": "read"}', "application/json"),
        (valid, "text/plain"),
        (valid, "application/xml"),
        (b"name=x&scope=read", "application/x-www-form-urlencoded"),
        (valid, "multipart/form-data; boundary=x"),
    ]
    for content, media_type in cases:
        response = client.post(
            "/v1/keys", content=content, headers={**admin, "Content-Type": media_type}
        )
        assert_problem(response, 400, 415, 422)


def test_deeply_nested_json_is_refused(client: httpx.Client, keys: Keys, unchanged: None) -> None:
    admin = {**bearer(keys.live["admin"]), "Content-Type": "application/json"}
    for depth in (1000, 100_000, LIMIT // 2 - 1):
        for body in (b"[" * depth + b"]" * depth, b'{"a":' * depth + b"1" + b"}" * depth):
            assert_problem(client.post("/v1/keys", content=body, headers=admin), 400, 413, 422)
