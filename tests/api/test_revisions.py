"""Revision history: seed items have one, every write adds one, deleted items keep theirs;
and `briefing load` never replaces curated work."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from click.testing import Result
from sqlalchemy import func, select

from app.core.db import make_engine, table_of
from app.models import Revision
from tests.api.curation import Curation, quote_body, serve
from tests.conftest import BACKENDS, Databases, briefing
from tests.in_process import InProcessServer

CLAIM = "announcement-major-reversal"


@pytest.fixture(params=BACKENDS)
def cur(request: pytest.FixtureRequest, databases: Databases) -> Iterator[Curation]:
    yield from serve(databases, request.param)


def test_a_seed_item_has_its_loaded_version_as_history_then_every_change(cur: Curation) -> None:
    path = f"/v1/claims/{CLAIM}"
    original = cur.http.get(path).json()
    loaded = cur.http.get(f"{path}/revisions").json()
    assert loaded["total"] == 1
    assert loaded["items"][0]["version"] == 1 and loaded["items"][0]["api_key_id"] is None
    assert loaded["items"][0]["representation"] == original
    assert cur.http.get(f"{path}/revisions/1").json()["representation"] == original

    etag = cur.etag(path)
    for n in range(3):
        response = cur.patch(path, {"statement": f"Edit {n} of the reversal."}, etag)
        assert response.status_code == 200, response.text
        etag = response.headers["etag"]
    newest_first = cur.http.get(f"{path}/revisions", params={"limit": 2}).json()
    assert newest_first["total"] == 4
    assert [r["version"] for r in newest_first["items"]] == [4, 3]
    rest = cur.http.get(
        f"{path}/revisions", params={"limit": 2, "cursor": newest_first["next_cursor"]}
    ).json()
    assert [r["version"] for r in rest["items"]] == [2, 1]
    assert rest["items"][1]["representation"] == original
    assert cur.http.get(f"{path}/revisions/1").json()["representation"] == original
    assert cur.http.get(f"{path}/revisions/3").json()["representation"]["statement"] == (
        "Edit 1 of the reversal."
    )


def test_a_deleted_item_stays_readable_through_its_history(cur: Curation) -> None:
    made = cur.post("quotes", quote_body(id="short-lived"))
    path = "/v1/quotes/short-lived"
    assert cur.delete(path, made.headers["etag"]).status_code == 200
    assert cur.http.get(path).status_code == 410
    history = cur.http.get(f"{path}/revisions").json()["items"]
    assert [r["action"] for r in history] == ["delete", "create"]
    assert history[0]["representation"]["deleted_at"] is not None
    assert cur.http.get(f"{path}/revisions/1").json()["representation"] == made.json()
    assert cur.http.get("/v1/quotes/never-was/revisions").status_code == 404


def test_only_an_admin_learns_which_key_made_a_revision(cur: Curation) -> None:
    """A key id is where spending a curator's budget or guessing its secret starts, so the
    public history withholds it; admins read it here and in the audit log."""
    made = cur.post("quotes", quote_body(id="keyed"))
    path = "/v1/quotes/keyed"
    assert cur.patch(path, {"context": "Changed"}, made.headers["etag"]).status_code == 200
    key_id = cur.keys["curator"].split("_")[1]
    as_admin = cur.http.get(f"{path}/revisions", headers=cur.as_("admin")).json()["items"]
    assert {(r["api_key_id"], r["api_key_name"]) for r in as_admin} == {(key_id, "tests curator")}
    one = cur.http.get(f"{path}/revisions/2", headers=cur.as_("admin")).json()
    assert one["api_key_id"] == key_id
    for scope in (None, "read", "curator"):
        for url in (f"{path}/revisions", f"{path}/revisions/1", f"{path}/revisions/2"):
            response = cur.http.get(url, headers=cur.as_(scope))
            assert response.status_code == 200, response.text
            assert key_id not in response.text and "tests curator" not in response.text
    withheld = cur.http.get(f"{path}/revisions").json()["items"]
    assert [(r["api_key_id"], r["api_key_name"]) for r in withheld] == [(None, None)] * 2


def _load(database_url: str, *flags: str) -> Result:
    return briefing("load", "--database-url", database_url, *flags)


@pytest.mark.parametrize("backend", BACKENDS)
def test_load_refuses_to_replace_curated_work(backend: str, databases: Databases) -> None:
    url = databases.new(backend)
    server = InProcessServer(url)
    cur = Curation(server)
    try:
        assert _load(url).exit_code == 0, "an untouched seed reloads"
        path = f"/v1/claims/{CLAIM}"
        assert cur.patch(path, {"statement": "Curated."}, cur.etag(path)).status_code == 200
    finally:
        cur.close()
    refused = _load(url)
    assert refused.exit_code == 2
    assert "curated" in refused.stderr and "--discard-curated" in refused.stderr
    server = InProcessServer(url)
    cur = Curation(server)
    try:
        assert cur.http.get(path).json()["statement"] == "Curated."
    finally:
        cur.close()
    replaced = _load(url, "--discard-curated")
    assert replaced.exit_code == 0, replaced.stderr
    engine = make_engine(url)
    with engine.connect() as connection:
        kept = connection.execute(select(func.count()).select_from(table_of(Revision)))
        assert kept.scalar_one() == 2, "the history outlives a reload"
    engine.dispose()
