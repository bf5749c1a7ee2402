"""`READ_ACCESS=key`: every /v1 read needs a key of at least the read scope (401 problem
otherwise, before the request's parameters are judged); probes and the API description stay
open; answers are marked private so shared caches do not hand them to others."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from sqlmodel import Session

from app.core.db import make_engine
from app.models import Scope
from app.services import api_keys
from tests.conftest import BACKENDS, Databases, bearer
from tests.in_process import InProcessServer
from tests.security.conftest import assert_problem, fill_path, operations


@pytest.fixture(scope="module", params=BACKENDS)
def keyed_server(
    request: pytest.FixtureRequest, databases: Databases
) -> Iterator[tuple[InProcessServer, str]]:
    """An app started with READ_ACCESS=key, and a read key for it."""
    url = databases.seeded(request.param)
    server = InProcessServer(url, read_access="key")
    engine = make_engine(url)
    with Session(engine) as session:
        token = api_keys.create(session, "reader", Scope.read)[1]
    engine.dispose()
    yield server, token
    server.stop()


def _reads(http: httpx.Client, token: str) -> list[str]:
    """Every GET under /v1, path parameters filled with a real id where there is one."""
    return [
        fill_path(http, op.path, bearer(token), token)
        for op in operations(http)
        if op.method == "get" and op.path.startswith("/v1/") and not op.required_scope
    ]


def test_every_read_needs_a_key(keyed_server: tuple[InProcessServer, str]) -> None:
    server, token = keyed_server
    with server.http() as http:
        paths = _reads(http, token)
        assert len(paths) >= 10
        for path in paths:
            for params in ({}, {"no_such_parameter": "1"}):
                refused = http.get(path, params=params)
                assert_problem(refused, 401)
                assert refused.headers["www-authenticate"].startswith("Bearer")
                assert_problem(http.get(path, params=params, headers=bearer("brf_bad")), 401)
            allowed = http.get(path, headers=bearer(token))
            # A required parameter left out (`/v1/search` without `q`) is now judged: 422.
            assert allowed.status_code in (200, 422), f"{path}: {allowed.text[:200]}"


def test_a_read_sent_as_post_needs_a_key_too(keyed_server: tuple[InProcessServer, str]) -> None:
    """The Reconciliation API's batch is a form POST; it is still a read."""
    server, token = keyed_server
    form = {"queries": '{"q0": {"query": "Putin"}}'}
    with server.http() as http:
        assert_problem(http.post("/v1/reconcile", data=form), 401)
        allowed = http.post("/v1/reconcile", data=form, headers=bearer(token))
        assert allowed.status_code == 200, allowed.text
        assert allowed.json()["q0"]["result"][0]["id"] == "vladimir-putin"


def test_keyed_answers_are_private_and_never_cached_for_others(
    keyed_server: tuple[InProcessServer, str],
) -> None:
    server, token = keyed_server
    with server.http() as http:
        first = http.get("/v1/quotes", headers=bearer(token))
        assert first.status_code == 200
        assert first.headers["cache-control"].startswith("private")
        assert_problem(http.get("/v1/quotes"), 401)  # not served from the response cache
        assert_problem(
            http.get("/v1/quotes", headers={"If-None-Match": first.headers["etag"]}), 401
        )


def test_probes_and_the_api_description_stay_open(
    keyed_server: tuple[InProcessServer, str],
) -> None:
    server, _ = keyed_server
    with server.http() as http:
        for path in ("/healthz", "/readyz", "/metrics", "/openapi.json", "/docs"):
            assert http.get(path).status_code == 200, path
