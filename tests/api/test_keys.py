"""Key management over HTTP, for admins: a token is shown once, by the request that creates
it; revoking keeps the row; nothing about keys is ever cacheable."""

from __future__ import annotations

import httpx

from tests.conftest import bearer


def test_an_admin_creates_reads_lists_and_revokes_a_key(
    client: httpx.Client, tokens: dict[str, str]
) -> None:
    admin = bearer(tokens["admin"])
    created = client.post("/v1/keys", json={"name": "dashboard", "scope": "read"}, headers=admin)
    assert created.status_code == 201, created.text
    assert created.headers["cache-control"] == "no-store"
    key = created.json()
    assert created.headers["location"] == f"/v1/keys/{key['id']}"
    assert key["token"].startswith(f"brf_{key['id']}_") and key["scope"] == "read"
    assert client.get("/v1/quotes", headers=bearer(key["token"])).status_code == 200

    shown = client.get(f"/v1/keys/{key['id']}", headers=admin)
    assert shown.headers["cache-control"] == "no-store"
    assert shown.json() == {k: v for k, v in key.items() if k != "token"}
    listed = client.get("/v1/keys", headers=admin)
    assert listed.headers["cache-control"] == "no-store"
    assert key["id"] in [k["id"] for k in listed.json()["items"]]
    assert listed.json()["total"] == len(listed.json()["items"])
    secret = key["token"].removeprefix(f"brf_{key['id']}_")  # may itself hold "_"
    assert len(secret) == 43
    assert secret not in listed.text and secret not in shown.text
    assert "secret" not in listed.text

    revoked = client.delete(f"/v1/keys/{key['id']}", headers=admin)
    assert revoked.status_code == 200 and revoked.json()["revoked_at"] is not None
    assert client.get("/v1/quotes", headers=bearer(key["token"])).status_code == 401
    again = client.delete(f"/v1/keys/{key['id']}", headers=admin)
    assert again.json()["revoked_at"] == revoked.json()["revoked_at"]
    kept = client.get(f"/v1/keys/{key['id']}", headers=admin)
    assert kept.status_code == 200 and kept.json()["revoked_at"] == revoked.json()["revoked_at"]


def test_a_curator_key_made_over_http_may_not_manage_keys(
    client: httpx.Client, tokens: dict[str, str]
) -> None:
    admin = bearer(tokens["admin"])
    curator = client.post("/v1/keys", json={"name": "editor", "scope": "curator"}, headers=admin)
    token = curator.json()["token"]
    refused = client.post(
        "/v1/keys", json={"name": "escalate", "scope": "admin"}, headers=bearer(token)
    )
    assert refused.status_code == 403
    assert refused.headers["content-type"] == "application/problem+json"
    client.delete(f"/v1/keys/{curator.json()['id']}", headers=admin)


def test_an_unknown_key_id_is_a_404_problem(client: httpx.Client, tokens: dict[str, str]) -> None:
    for method in ("GET", "DELETE"):
        response = client.request(method, "/v1/keys/000000000000", headers=bearer(tokens["admin"]))
        assert response.status_code == 404
        assert response.headers["content-type"] == "application/problem+json"


def test_key_operations_are_documented_with_their_scope(client: httpx.Client) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    operations = {
        (method, path): spec
        for path, item in paths.items()
        for method, spec in item.items()
        if path.startswith("/v1/keys")
    }
    assert {spec["operationId"] for spec in operations.values()} == {
        "create_key",
        "list_keys",
        "get_key",
        "revoke_key",
    }
    for spec in operations.values():
        assert spec["x-required-scope"] == "admin"
        assert "`admin` scope" in spec["description"]
        assert {"401", "403"} <= set(spec["responses"])
    assert "x-required-scope" not in paths["/v1/quotes"]["get"]


def test_an_authorization_header_that_is_not_a_bearer_key_is_refused_even_on_reads(
    client: httpx.Client,
) -> None:
    for value in ("Bearer", "Basic dXNlcjpwdw==", "brf_x"):
        response = client.get("/v1/quotes", headers={"Authorization": value})
        assert response.status_code == 401, value
        assert response.headers["content-type"] == "application/problem+json"
