"""Helpers for the curation tests: an app of their own (writes must not disturb the shared
one), keys of every scope, and request bodies anchored in the seed's text."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from tests.conftest import Databases, LiveServer, bearer, make_tokens
from tests.in_process import InProcessServer

DOCUMENT = "trump-pivot-against-russia"
JSON = {"Content-Type": "application/json"}
MERGE_PATCH = {"Content-Type": "application/merge-patch+json"}


class Curation:
    """An app (in-process, or a uvicorn subprocess) on its own database, and a client with
    each scope's key."""

    def __init__(self, server: InProcessServer | LiveServer) -> None:
        self.server = server
        self.keys = make_tokens(server.database_url)
        if isinstance(server, InProcessServer):
            self.http: httpx.Client = server.client
        else:
            self.http = httpx.Client(base_url=server.url, timeout=30)

    def as_(self, scope: str | None) -> dict[str, str]:
        return bearer(self.keys[scope]) if scope else {}

    def post(
        self, collection: str, body: dict[str, Any], scope: str = "curator", **headers: str
    ) -> httpx.Response:
        # json.dumps escapes to ASCII, so a body may carry what UTF-8 cannot (lone surrogates)
        return self.http.post(
            f"/v1/{collection}",
            content=json.dumps(body),
            headers={**self.as_(scope), **JSON, **headers},
        )

    def patch(
        self, path: str, body: dict[str, Any], etag: str | None, scope: str = "curator"
    ) -> httpx.Response:
        headers = {**self.as_(scope), **MERGE_PATCH}
        if etag is not None:
            headers["If-Match"] = etag
        return self.http.patch(path, content=json.dumps(body), headers=headers)

    def delete(self, path: str, etag: str | None, scope: str = "curator") -> httpx.Response:
        headers = self.as_(scope)
        if etag is not None:
            headers["If-Match"] = etag
        return self.http.delete(path, headers=headers)

    def etag(self, path: str, scope: str | None = None) -> str:
        response = self.http.get(path, headers=self.as_(scope))
        assert response.status_code == 200, response.text
        return response.headers["etag"]

    def corpus_version(self) -> int:
        return int(self.http.get("/v1/stats").headers["corpus-version"])

    def close(self) -> None:
        if isinstance(self.server, LiveServer):
            self.http.close()
        self.server.stop()


def serve(databases: Databases, backend: str) -> Iterator[Curation]:
    """The app in this process on a new seeded database of `backend`, for as long as the
    caller holds it."""
    yield from _held(Curation(InProcessServer(databases.seeded(backend))))


def serve_real(databases: Databases, backend: str, log: Path, *args: str) -> Iterator[Curation]:
    """`uvicorn app.main:app *args` on a new seeded database of `backend` (workers,
    processes); the start-up itself is tests/test_startup.py's."""
    yield from _held(Curation(LiveServer(databases.seeded(backend), log, *args)))


def _held(curation: Curation) -> Iterator[Curation]:
    try:
        yield curation
    finally:
        curation.close()


def quote_body(**changes: Any) -> dict[str, Any]:
    """A new quote anchored on a unique passage of the seed document."""
    body: dict[str, Any] = {
        "text": "Sanctions",
        "speaker": "donald-trump",
        "about": ["russia"],
        "context": "A heading, quoted for the tests",
        "date_start": "2025-07-14",
        "date_end": "2025-07-14",
        "date_precision": "day",
        "provenance": {"document_id": DOCUMENT, "excerpt": "Sanctions"},
    }
    return {**body, **changes}
