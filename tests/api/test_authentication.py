"""The API key is verified once, before routing, with the session the routes get: a test
that overrides `get_session` reaches authentication too. (Refusals ahead of a bad body used
to verify the key again on a session of the global engine, out of reach of overrides.)"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlmodel import Session, SQLModel

from app.core.db import get_session, make_engine
from app.main import create_app
from app.models import Scope
from app.services import api_keys
from tests.conftest import bearer


def _engine(path: Path) -> Engine:
    engine = make_engine(f"sqlite:///{path}")
    SQLModel.metadata.create_all(engine)
    return engine


def test_authentication_uses_the_overridden_session_provider(tmp_path: Path) -> None:
    engine = _engine(tmp_path / "override.db")
    with Session(engine) as session:
        _, token = api_keys.create(session, "in-process admin", Scope.admin)

    def sessions() -> Iterator[Session]:
        with Session(engine) as session:
            yield session

    app = create_app()
    app.dependency_overrides[get_session] = sessions
    client = TestClient(app)
    listed = client.get("/v1/keys", headers=bearer(token))
    assert listed.status_code == 200, listed.text
    assert [key["name"] for key in listed.json()["items"]] == ["in-process admin"]
    malformed = client.post(
        "/v1/keys",
        content=b'{"name": ',
        headers={**bearer(token), "Content-Type": "application/json"},
    )
    assert malformed.status_code == 422, "the admin may call it: its body is judged"
    forged = client.get("/v1/keys", headers=bearer(token[:-4] + "AAAA"))
    assert forged.status_code == 401
    assert forged.headers["www-authenticate"].startswith("Bearer")
    engine.dispose()
