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


_ROWS_BEFORE_0009 = (
    "INSERT INTO document (id, title, published_on, source_name, source_sha256, char_count, "
    "text, created_at, updated_at) VALUES ('doc', 'Doc', '2025-07-14', 'doc.txt', :sha, 3, "
    "'Doc', :now, :now)",
    "INSERT INTO entity (id, name, kind, aliases, description, created_at, updated_at) "
    "VALUES ('trump', 'Trump', 'person', '[]', 'A president.', :now, :now)",
    "INSERT INTO quote (id, document_id, document_sha256, section, char_start, char_end, "
    "excerpt, date_start, date_end, date_precision, text, context, speaker_id, search_text, "
    "created_at, updated_at) VALUES ('q', 'doc', :sha, 'Doc', 0, 3, 'Doc', '2025-07-14', "
    "'2025-07-14', 'day', 'Doc', 'A call', 'trump', 'zanzibar', :now, :now)",
    "INSERT INTO event (id, document_id, document_sha256, section, char_start, char_end, "
    "excerpt, date_start, date_end, date_precision, title, description, event_type, "
    "search_text, created_at, updated_at) VALUES ('e', 'doc', :sha, 'Doc', 0, 3, 'Doc', "
    "'2025-07-14', '2025-07-14', 'day', 'Call', 'A call', 'phone_call', 'zanzibar', :now, "
    ":now)",
)


def test_0009_keeps_stored_items_with_defaults_and_their_search_and_triggers(
    empty_database: str,
) -> None:
    """Stored quotes become `direct` with no recorded date basis, entities `identified`
    with no roles; a rebuilt table (SQLite) still feeds its full-text index."""
    engine = make_engine(empty_database)
    config = alembic_config()
    values = {"sha": "0" * 64, "now": "2025-07-14 00:00:00"}
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0007")
        for statement in _ROWS_BEFORE_0009:
            connection.execute(text(statement), values)
    upgrade_to_head(engine)
    with engine.begin() as connection:
        quote = connection.execute(text("SELECT * FROM quote")).mappings().one()
        event = connection.execute(text("SELECT * FROM event")).mappings().one()
        entity = connection.execute(text("SELECT identified, roles FROM entity")).one()
        connection.execute(
            text(
                "INSERT INTO event (id, document_id, document_sha256, section, char_start, "
                "char_end, excerpt, title, description, event_type, search_text, created_at, "
                "updated_at) VALUES ('undated', 'doc', :sha, 'Doc', 0, 3, 'Doc', 'Undated', "
                "'x', 'deadline', 'quagga', :now, :now)"
            ),
            values,
        )
        found = {
            name: [r.id for r in connection.execute(REGISTRY[name].listing.filtered({"q": q}))]
            for name, q in (("quotes", "zanzibar"), ("events", "quagga"))
        }
    assert (quote["kind"], quote["speaker_id"], quote["date_basis"]) == ("direct", "trump", None)
    assert quote["period_start"] is None and str(quote["date_start"]) == "2025-07-14"
    assert (event["date_basis"], event["date_note"]) == (None, None)
    assert bool(entity.identified) is True
    assert entity.roles in ([], "[]")
    assert found == {"quotes": ["q"], "events": ["undated"]}, "search covers old and new rows"
    if engine.dialect.name == "postgresql":
        assert {"quote", "event", "entity"} <= tables_with_change_trigger(engine)
