"""The response cache never hands one client's answer to another: a request with an API key
(even an empty `Authorization` header beside it) or with a header it keys on given twice
is answered afresh and not kept."""

from __future__ import annotations

import httpx

from tests.security.conftest import assert_problem


def test_a_curators_answer_is_never_served_to_anonymous_clients(
    client: httpx.Client, tokens: dict[str, str]
) -> None:
    path = "/v1/entities?status=draft&limit=7"
    doubled = [("Authorization", f"Bearer {tokens['curator']}"), ("Authorization", "")]
    for _ in range(2):
        answer = client.get(path, headers=doubled)
        assert answer.status_code == 200, answer.text
        assert "x-cache" not in answer.headers
    assert_problem(client.get(path), 401)


def test_a_header_given_twice_does_not_poison_the_cache(client: httpx.Client) -> None:
    path = "/v1/claims?limit=3&sort=-char_start"
    for _ in range(2):
        client.get(path, headers=[("Accept", "text/csv"), ("Accept", "application/json")])
        client.get(path, headers=[("Accept", "text/csv"), ("Accept", "")])
        client.get(path, headers=[("Origin", "http://evil.example"), ("Origin", "")])
    for headers in ({"Accept": "application/json"}, {}):
        answer = client.get(path, headers=headers)
        assert answer.headers["content-type"] == "application/json", answer.headers
        assert "access-control-allow-origin" not in answer.headers
        assert answer.json()["limit"] == 3
