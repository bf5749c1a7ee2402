"""API keys: shown once, stored as a hash, checked on every request that presents one."""

from __future__ import annotations

import hashlib

import httpx
from sqlmodel import Session

from app.core.db import make_engine
from app.models import ApiKey, Scope
from app.services import api_keys
from tests.conftest import bearer
from tests.in_process import InProcessServer


def test_a_key_is_stored_only_as_the_hash_of_its_secret(
    live_server: InProcessServer, tokens: dict[str, str]
) -> None:
    token = tokens["curator"]
    _, key_id, secret = token.split("_", 2)
    engine = make_engine(live_server.database_url)
    with Session(engine) as session:
        key = session.get(ApiKey, key_id)
        assert key is not None and key.scope == Scope.curator
        assert key.secret_sha256 == hashlib.sha256(secret.encode()).hexdigest()
        assert all(secret not in str(getattr(key, c)) for c in ApiKey.model_fields)
        assert api_keys.verify(session, token) == key
        assert api_keys.verify(session, token[:-1] + ("A" if token[-1] != "A" else "B")) is None
    engine.dispose()


def test_a_bad_key_is_refused_even_for_a_public_read(client: httpx.Client) -> None:
    for header in (bearer("brf_000000000000_" + "x" * 43), bearer("nonsense")):
        response = client.get("/v1/quotes", headers=header)
        assert response.status_code == 401
        assert response.headers["content-type"] == "application/problem+json"
        assert response.headers["www-authenticate"].startswith("Bearer")


def test_a_valid_key_reads_like_anyone(client: httpx.Client, tokens: dict[str, str]) -> None:
    anonymous = client.get("/v1/quotes").json()
    assert client.get("/v1/quotes", headers=bearer(tokens["read"])).json() == anonymous


def test_a_revoked_key_is_refused(live_server: InProcessServer, client: httpx.Client) -> None:
    engine = make_engine(live_server.database_url)
    with Session(engine) as session:
        key, token = api_keys.create(session, "short-lived", Scope.read)
        assert client.get("/v1/quotes", headers=bearer(token)).status_code == 200
        api_keys.revoke(session, key.id)
    engine.dispose()
    assert client.get("/v1/quotes", headers=bearer(token)).status_code == 401


def test_an_answer_to_a_key_is_kept_out_of_shared_caches(
    client: httpx.Client, tokens: dict[str, str]
) -> None:
    assert client.get("/v1/quotes").headers["cache-control"].startswith("public")
    keyed = client.get("/v1/quotes", headers=bearer(tokens["curator"]))
    assert keyed.headers["cache-control"] == "private, no-cache"
    assert "x-cache" not in keyed.headers
    assert "authorization" in keyed.headers["vary"].lower(), "a browser must not reuse it"
