"""What the security tests share: the live app's operations read from its own OpenAPI
document, keys that must be refused, and a snapshot that shows nothing was written."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from sqlalchemy import func, inspect, select, table
from sqlmodel import Session

from app.core.db import make_engine
from app.models import Scope
from app.services import api_keys
from tests.conftest import bearer
from tests.in_process import InProcessServer

PROBLEM = "application/problem+json"
WRITE_METHODS = ("post", "put", "patch", "delete")
# Reads sent as POST: the Reconciliation API's batch of queries is a form, as OpenRefine posts
# it (app/api/routes/reconcile.py). It changes nothing, so any reader may send it.
READS_BY_POST = frozenset({"reconcile_post"})


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    operation_id: str
    spec: dict[str, Any]

    @property
    def required_scope(self) -> str | None:
        return self.spec.get("x-required-scope")

    @property
    def is_write(self) -> bool:
        return self.method in WRITE_METHODS and self.operation_id not in READS_BY_POST

    def __str__(self) -> str:
        return f"{self.method.upper()} {self.path} ({self.operation_id})"


def operations(client: httpx.Client) -> list[Operation]:
    """Every operation the live app documents."""
    document = client.get("/openapi.json").json()
    return [
        Operation(method, path, spec["operationId"], spec)
        for path, item in document["paths"].items()
        for method, spec in item.items()
        if method in ("get", *WRITE_METHODS)
    ]


def fill_path(client: httpx.Client, path: str, headers: dict[str, str], spare_key: str) -> str:
    """The path with each parameter filled, an item's with a real id (the first of its
    collection), so that the request would act on something if it were let through; a key's
    with `spare_key`'s id, which no test depends on; any other with `1`."""
    parts = path.split("/")
    for index, part in enumerate(parts):
        if not part.startswith("{"):
            continue
        collection = parts[index - 1]
        if collection == "keys":
            parts[index] = spare_key.split("_")[1]
            continue
        listing = client.get(f"/v1/{collection}", params={"limit": 1}, headers=headers)
        items = listing.json().get("items") if listing.status_code == 200 else None
        parts[index] = items[0]["id"] if items else "1"
    return "/".join(parts)


@dataclass(frozen=True)
class Snapshot:
    corpus_version: str
    rows: dict[str, int]


def snapshot(client: httpx.Client, database_url: str, headers: dict[str, str]) -> Snapshot:
    """The corpus version the API reports and the row count of every table."""
    version = client.get("/v1/documents", params={"limit": 1}, headers=headers)
    assert version.status_code == 200, version.text
    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            names = inspect(connection).get_table_names()
            rows = {
                name: connection.execute(select(func.count()).select_from(table(name))).scalar_one()
                for name in names
            }
    finally:
        engine.dispose()
    return Snapshot(version.headers["corpus-version"], rows)


@dataclass(frozen=True)
class Keys:
    """Keys a write route must refuse, and the live keys of each scope."""

    live: dict[str, str]
    revoked: str
    malformed: str
    unknown: str


@pytest.fixture(scope="session")
def keys(live_server: InProcessServer, tokens: dict[str, str]) -> Keys:
    engine = make_engine(live_server.database_url)
    try:
        with Session(engine) as session:
            key, revoked = api_keys.create(session, "tests revoked admin", Scope.admin)
            api_keys.revoke(session, key.id)
    finally:
        engine.dispose()
    return Keys(
        live=tokens,
        revoked=revoked,
        malformed="brf_not-a-key",
        unknown="brf_000000000000_" + "A" * 43,
    )


@pytest.fixture
def unchanged(
    client: httpx.Client, live_server: InProcessServer, tokens: dict[str, str], keys: Keys
) -> Iterator[None]:
    """Fails the test if the corpus version or any table's row count moved during it."""
    headers = bearer(tokens["read"])
    before = snapshot(client, live_server.database_url, headers)
    yield
    after = snapshot(client, live_server.database_url, headers)
    assert after == before


def assert_problem(response: httpx.Response, *statuses: int) -> None:
    assert response.status_code in statuses, (
        f"{response.request.method} {response.request.url}: {response.status_code} "
        f"{response.text[:300]}"
    )
    assert response.headers["content-type"] == PROBLEM, response.text[:300]
    body = response.json()
    assert body["status"] == response.status_code and body["title"] and body["detail"]
