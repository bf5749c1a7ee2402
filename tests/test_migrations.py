"""The Alembic migrations build exactly the schema the models declare, on every backend."""

from __future__ import annotations

import datetime as dt
import json

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, inspect, text
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


STORED = {"sha": "0" * 64, "at": dt.datetime(2025, 7, 14, tzinfo=dt.UTC)}


def _stored_before_0008(connection: Connection) -> None:
    """A document, an entity, a claim attributed to it, one that is not and an implication,
    as 0007 stores them."""
    connection.execute(
        text(
            "INSERT INTO document (id, title, published_on, source_name, source_sha256, "
            "char_count, text, created_at, updated_at) "
            "VALUES ('doc', 'Doc', '2025-07-14', 'doc.txt', :sha, 4, 'Text', :at, :at)"
        ),
        STORED,
    )
    connection.execute(
        text(
            "INSERT INTO entity (id, name, kind, aliases, description, created_at, "
            "updated_at) VALUES ('mark-rutte', 'Mark Rutte', 'person', '[]', "
            "'NATO Secretary General.', :at, :at)"
        ),
        STORED,
    )
    item = (
        "document_id, document_sha256, section, char_start, char_end, excerpt, statement, "
        "created_at, updated_at, id"
    )
    values = "'doc', :sha, 'S', 0, 4, 'Text', 'A statement.', :at, :at"
    connection.execute(
        text(
            f"INSERT INTO claim ({item}, claim_type, attributed_to_id) VALUES "
            f"({values}, 'rutte-says', 'factual', 'mark-rutte'), "
            f"({values}, 'author-says', 'factual', NULL)"
        ),
        STORED,
    )
    connection.execute(
        text(f"INSERT INTO implication ({item}) VALUES ({values}, 'it-follows')"), STORED
    )


def test_upgrading_to_0008_gives_stored_claims_and_implications_the_default_assertion(
    empty_database: str,
) -> None:
    engine = make_engine(empty_database)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0007")
        _stored_before_0008(connection)
    upgrade_to_head(engine)
    columns = "id, asserted_by, attribution_verb, speaker_basis, modality, likelihood_rank"
    with engine.connect() as connection:
        claims = connection.execute(text(f"SELECT {columns} FROM claim ORDER BY id")).all()
        implications = connection.execute(text(f"SELECT {columns} FROM implication")).all()
    assert [tuple(row) for row in claims] == [
        ("author-says", "author", "asserts", None, "asserted", None),
        ("rutte-says", "speaker", "asserts", "named", "asserted", None),
    ], "a claim attributed to someone is that speaker's; the rest are the author's"
    assert [tuple(row) for row in implications] == [
        ("it-follows", "author", "asserts", None, "asserted", None)
    ]


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
