"""The Alembic migrations build exactly the schema the models declare, on every backend."""

from __future__ import annotations

import json

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlmodel import SQLModel

from app.collections import REGISTRY
from app.core.db import make_engine
from app.core.migrations import (
    alembic_config,
    current_revision,
    head_revision,
    include_name,
    tables_with_change_trigger,
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


def test_upgrading_from_0007_adds_empty_forecast_relation_and_stance_tables(
    empty_database: str,
) -> None:
    engine = make_engine(empty_database)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0007")
        connection.execute(
            text(
                "INSERT INTO entity (id, name, kind, aliases, aliases_text, description, "
                "search_text, status, version, created_at, updated_at) VALUES ('nato', 'NATO', "
                "'organization', '[]', '', 'The alliance.', 'nato', 'published', 1, "
                "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            )
        )
    upgrade_to_head(engine)
    new_tables = {"forecast", "relation", "stance", "stance_evidence"}
    assert new_tables <= set(inspect(engine).get_table_names())
    with engine.connect() as connection:
        for table in new_tables:
            assert connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 0
        assert connection.execute(text("SELECT name FROM entity")).scalar_one() == "NATO"
    if engine.dialect.name == "postgresql":
        assert new_tables <= tables_with_change_trigger(engine)
