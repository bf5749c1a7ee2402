"""Rate limits: per client address without a key, per key with separate read and write
budgets; 429 problem+json with `Retry-After` and `RateLimit-*` headers; cached answers count
too; probes are never limited. The server runs behind `--proxy-headers`, as it would behind
a trusted proxy, so each test speaks from addresses of its own via `X-Forwarded-For`."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from sqlmodel import Session

from app.core.db import make_engine
from app.models import Scope
from app.services import api_keys
from tests.conftest import BACKENDS, Databases, bearer
from tests.in_process import InProcessServer
from tests.security.conftest import assert_problem

ANONYMOUS, READ, WRITE = 5, 8, 3
BODY_LIMIT = 2000
_addresses = (f"198.51.100.{n}" for n in itertools.count(1))


@pytest.fixture(scope="module", params=BACKENDS)
def limited(request: pytest.FixtureRequest, databases: Databases) -> Iterator[InProcessServer]:
    server = InProcessServer(
        databases.seeded(request.param),
        proxy_headers=True,
        rate_limit_enabled=True,
        rate_limit_anonymous=f"{ANONYMOUS}/hour",
        rate_limit_read=f"{READ}/hour",
        rate_limit_write=f"{WRITE}/hour",
        max_body_bytes=BODY_LIMIT,
        document_max_chars=BODY_LIMIT,
    )
    yield server
    server.stop()


def _key(server: InProcessServer, scope: Scope) -> str:
    engine = make_engine(server.database_url)
    try:
        with Session(engine) as session:
            return api_keys.create(session, f"limited {scope}", scope)[1]
    finally:
        engine.dispose()


def _client(server: InProcessServer, **headers: str) -> httpx.Client:
    """A client speaking from an address no other test uses."""
    return server.http(**{"X-Forwarded-For": next(_addresses), **headers})


def _assert_limited(response: httpx.Response, budget: int) -> None:
    assert_problem(response, 429)
    assert 1 <= int(response.headers["retry-after"]) <= 3600
    assert response.headers["ratelimit-limit"] == str(budget)
    assert response.headers["ratelimit-remaining"] == "0"


def test_an_address_without_a_key_has_its_budget_cached_answers_included(
    limited: InProcessServer,
) -> None:
    with _client(limited) as http:
        answers = [http.get("/v1/quotes") for _ in range(ANONYMOUS)]
        assert [a.status_code for a in answers] == [200] * ANONYMOUS
        assert answers[-1].headers.get("x-cache") == "hit"
        _assert_limited(http.get("/v1/quotes"), ANONYMOUS)
        _assert_limited(http.get("/v1/claims"), ANONYMOUS)
        assert http.get("/healthz").status_code == 200
        assert http.get("/readyz").status_code == 200
    with _client(limited) as other:  # another address has a budget of its own
        assert other.get("/v1/quotes").status_code == 200


def test_a_key_has_separate_read_and_write_budgets(limited: InProcessServer) -> None:
    admin = _key(limited, Scope.admin)
    with _client(limited, **bearer(admin)) as http:
        for _ in range(WRITE):
            created = http.post("/v1/keys", json={"name": "spare", "scope": "read"})
            assert created.status_code == 201
        _assert_limited(
            http.post("/v1/keys", json={"name": "one too many", "scope": "read"}), WRITE
        )
        assert http.get("/v1/keys").status_code == 200  # reads have their own budget
        for _ in range(READ - 1):
            assert http.get("/v1/quotes").status_code == 200
        _assert_limited(http.get("/v1/quotes"), READ)
    with _client(limited, **bearer(_key(limited, Scope.read))) as other:  # another key
        assert other.get("/v1/quotes").status_code == 200
    with _client(limited) as anonymous:  # the key's budget is not the address's
        assert anonymous.get("/v1/quotes").status_code == 200


def test_an_address_presenting_rejected_keys_is_limited(limited: InProcessServer) -> None:
    """Refused keys are charged to the address, like requests without a key; a key that
    verifies spends its own budget, wherever it comes from."""
    with _client(limited) as http:
        forged = [f"brf_{n:012x}_{'A' * 43}" for n in range(ANONYMOUS + 1)]
        for token in forged[:ANONYMOUS]:
            assert_problem(http.get("/v1/quotes", headers=bearer(token)), 401)
        _assert_limited(http.get("/v1/quotes", headers=bearer(forged[-1])), ANONYMOUS)
        _assert_limited(http.get("/v1/quotes"), ANONYMOUS)
        good = _key(limited, Scope.read)
        assert http.get("/v1/quotes", headers=bearer(good)).status_code == 200


def test_forgeries_of_a_real_key_id_do_not_spend_its_budget(limited: InProcessServer) -> None:
    """A key's id is no secret (revisions used to show it): a burst of `brf_<its id>_<junk>`
    from other addresses is refused and charged to them, and the key keeps its budget."""
    curator = _key(limited, Scope.curator)
    forged = bearer(f"brf_{curator.split('_')[1]}_{'B' * 43}")
    with ThreadPoolExecutor(max_workers=8) as pool:

        def forge(_: int) -> int:
            with _client(limited, **forged) as http:
                return http.post("/v1/keys", json={"name": "x", "scope": "read"}).status_code

        statuses = list(pool.map(forge, range(WRITE * 4)))
    assert set(statuses) == {401}
    with _client(limited, **bearer(curator)) as http:
        for _ in range(READ):
            assert http.get("/v1/quotes").status_code == 200
        writes = [http.post("/v1/entities", json={}).status_code for _ in range(WRITE)]
        assert 429 not in writes, writes


def _forged(n: int) -> dict[str, str]:
    return bearer(f"brf_{uuid.uuid4().hex[:12]}_{'A' * 43}")


def test_a_burst_of_forged_keys_is_charged_before_it_is_answered(limited: InProcessServer) -> None:
    """Each unproven key is charged to its address up front: a burst cannot slip past while
    its 401s are still on their way."""
    with _client(limited) as http, ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda n: http.get("/v1/quotes", headers=_forged(n)), range(24)))
    statuses = sorted(a.status_code for a in answers)
    assert statuses.count(401) == ANONYMOUS and statuses.count(429) == 24 - ANONYMOUS


def test_oversize_bodies_under_forged_keys_are_charged_too(limited: InProcessServer) -> None:
    body = b"x" * (BODY_LIMIT + 1)
    with _client(limited) as http:
        for n in range(ANONYMOUS):
            assert_problem(http.post("/v1/keys", content=body, headers=_forged(n)), 413)
        _assert_limited(http.post("/v1/keys", content=body, headers=_forged(99)), ANONYMOUS)


def test_a_proven_key_is_not_locked_out_by_its_neighbours(limited: InProcessServer) -> None:
    good = _key(limited, Scope.read)
    with _client(limited, **bearer(good)) as elsewhere:
        assert elsewhere.get("/v1/quotes").status_code == 200  # the key is now proven
    with _client(limited) as http:
        for n in range(ANONYMOUS):
            assert_problem(http.get("/v1/quotes", headers=_forged(n)), 401)
        _assert_limited(http.get("/v1/quotes", headers=_forged(99)), ANONYMOUS)
        assert http.get("/v1/quotes", headers=bearer(good)).status_code == 200


def test_limits_can_be_turned_off(client: httpx.Client) -> None:
    """The shared test server runs with RATE_LIMIT_ENABLED=false: no budget, no headers."""
    responses = [client.get("/v1/quotes") for _ in range(ANONYMOUS * 3)]
    assert {r.status_code for r in responses} == {200}
    assert "ratelimit-limit" not in responses[-1].headers
