"""The Alembic migrations build exactly the schema the models declare, on every backend."""

from __future__ import annotations

import json

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel

from app.collections import REGISTRY
from app.core.db import make_engine
from app.core.migrations import (
    alembic_config,
    current_revision,
    head_revision,
    include_name,
    upgrade_to_head,
)


def test_migrating_an_empty_database_reaches_head_and_matches_the_models(
    empty_database: str,
) -> None:
    engine = make_engine(empty_database)
    assert current_revision(engine) is None
    upgrade_to_head(engine)
    assert current_revision(engine) == head_revision()
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_name": include_name})
        differences = compare_metadata(context, SQLModel.metadata)
    assert differences == [], "run `alembic revision --autogenerate` for the model change"


def test_migrating_twice_changes_nothing(empty_database: str) -> None:
    engine = make_engine(empty_database)
    upgrade_to_head(engine)
    upgrade_to_head(engine)
    assert current_revision(engine) == head_revision()


def test_upgrading_keeps_stored_rows_and_fills_new_columns(empty_database: str) -> None:
    engine = make_engine(empty_database)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(
            text(
                "INSERT INTO entity (id, name, kind, aliases, description) "
                "VALUES ('nato', 'NATO', 'organization', :aliases, 'The alliance.')"
            ),
            {"aliases": json.dumps(["the NATO alliance", "the transatlantic alliance"])},
        )
    upgrade_to_head(engine)
    with engine.connect() as connection:
        row = connection.execute(text("SELECT name, aliases_text, search_text FROM entity")).one()
        found = connection.execute(
            REGISTRY["entities"].listing.filtered({"q": "transatlantic"})
        ).all()
    assert row.name == "NATO"
    assert row.aliases_text == "the NATO alliance\nthe transatlantic alliance"
    assert row.search_text == "nato the nato alliance the transatlantic alliance the alliance"
    assert [r.id for r in found] == ["nato"], "the full-text index covers rows stored before it"
