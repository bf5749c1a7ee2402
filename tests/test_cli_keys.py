"""`briefing keys`: create (the token printed once), list (never a secret), revoke (the row
stays), on a real database of each backend."""

from __future__ import annotations

from sqlmodel import Session

from app.core.db import make_engine
from app.models import ApiKey, Scope
from app.services import api_keys
from tests.conftest import briefing


def test_keys_are_created_listed_and_revoked_from_the_command_line(empty_database: str) -> None:
    url = ["--database-url", empty_database]
    assert briefing("migrate", *url).exit_code == 0

    created = briefing("keys", "create", "--name", "ingest bot", "--scope", "curator", *url)
    assert created.exit_code == 0, created.stderr
    token = created.stdout.strip()
    assert token.count("\n") == 0 and token.startswith("brf_")
    assert "cannot be shown again" in created.stderr
    key_id = token.split("_")[1]

    engine = make_engine(empty_database)
    try:
        with Session(engine) as session:
            key = api_keys.verify(session, token)
            assert key is not None and key.scope == Scope.curator and key.name == "ingest bot"

        listed = briefing("keys", "list", *url)
        assert listed.exit_code == 0
        header, row = listed.stdout.strip().splitlines()
        assert header.split("\t") == ["id", "name", "scope", "created", "revoked"]
        assert row.split("\t")[:3] == [key_id, "ingest bot", "curator"] and row.endswith("\t-")
        assert token.split("_", 2)[2] not in listed.stdout

        revoked = briefing("keys", "revoke", key_id, *url)
        assert revoked.exit_code == 0 and f"revoked {key_id}" in revoked.stdout
        with Session(engine) as session:
            assert api_keys.verify(session, token) is None
            row_kept = session.get(ApiKey, key_id)
            assert row_kept is not None and row_kept.revoked_at is not None
        assert not briefing("keys", "list", *url).stdout.strip().endswith("\t-")
    finally:
        engine.dispose()


def test_the_command_line_refuses_what_it_cannot_do(empty_database: str) -> None:
    url = ["--database-url", empty_database]
    unmigrated = briefing("keys", "list", *url)
    assert unmigrated.exit_code == 1 and "briefing migrate" in unmigrated.stderr
    assert briefing("migrate", *url).exit_code == 0
    unknown = briefing("keys", "revoke", "000000000000", *url)
    assert unknown.exit_code == 1 and "no API key" in unknown.stderr
    bad_scope = briefing("keys", "create", "--name", "x", "--scope", "root", *url)
    assert bad_scope.exit_code == 2 and "root" in bad_scope.stderr
    empty_name = briefing("keys", "create", "--name", " ", "--scope", "read", *url)
    assert empty_name.exit_code == 2
    assert briefing("keys", "list", *url).stdout.strip() == "id\tname\tscope\tcreated\trevoked"
