"""The Alembic migrations build exactly the schema the models declare, on every backend."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from app.core.db import make_engine
from app.core.migrations import current_revision, head_revision, upgrade_to_head


def test_migrating_an_empty_database_reaches_head_and_matches_the_models(
    empty_database: str,
) -> None:
    engine = make_engine(empty_database)
    assert current_revision(engine) is None
    upgrade_to_head(engine)
    assert current_revision(engine) == head_revision()
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    assert differences == [], "run `alembic revision --autogenerate` for the model change"


def test_migrating_twice_changes_nothing(empty_database: str) -> None:
    engine = make_engine(empty_database)
    upgrade_to_head(engine)
    upgrade_to_head(engine)
    assert current_revision(engine) == head_revision()
