"""Schema migrations with Alembic, applied by the app on start and by `briefing load`."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

MIGRATIONS_DIR = Path(__file__).resolve().parents[1] / "migrations"


# The full-text index (migration 0003) is SQL the models cannot declare: SQLite FTS5 tables
# with their shadow tables; PostgreSQL's generated tsvector column and its GIN index.
# Migrations own them alone.
_SEARCH_INDEX = re.compile(r"^(\w+_fts(_\w+)?|ix_\w+_search|search_vector)$")


def include_name(name: str | None, type_: str, _parents: Any) -> bool:
    """Alembic's filter for comparing the database with the models: skips the search index."""
    return not (type_ in {"table", "index", "column"} and name and _SEARCH_INDEX.match(name))


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema to the newest revision; a no-op when it is there already."""
    config = alembic_config()
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # A schema change may rightly take longer than any request should.
            connection.execute(text("SET LOCAL statement_timeout = 0"))
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


# Every table whose changes the API processes must hear of carries a statement trigger that
# `NOTIFY`s `data_version.CHANNEL` (migration 0004 made the function); without it, other
# PostgreSQL workers keep serving cached answers. New tables get theirs from these helpers.
NOTIFY_FUNCTION = "briefing_notify_change"


def change_trigger(table: str) -> str:
    return f"{table}_notify_change"


def create_change_trigger(table: str) -> None:
    """In a migration: notify the API processes of every change to `table` (PostgreSQL)."""
    from alembic import op

    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"CREATE TRIGGER {change_trigger(table)} "
        f"AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {NOTIFY_FUNCTION}()"
    )


def drop_change_trigger(table: str) -> None:
    """In a migration's downgrade: the reverse of `create_change_trigger`."""
    from alembic import op

    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS {change_trigger(table)} ON {table}")


def tables_with_change_trigger(engine: Engine) -> set[str]:
    """The tables of a PostgreSQL database that notify the API processes of changes."""
    query = text(
        "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "JOIN pg_proc p ON p.oid = t.tgfoid WHERE NOT t.tgisinternal AND p.proname = :function"
    )
    with engine.connect() as connection:
        return set(connection.execute(query, {"function": NOTIFY_FUNCTION}).scalars())


def restore_search_triggers(table: str) -> None:
    """In a migration that rebuilds `table` (SQLite's batch mode copies it into a new table
    and drops the old one, triggers included): the triggers that keep its FTS5 index of
    migration 0003 in step. The index itself keeps its rows, keyed by the unchanged ids."""
    from alembic import op

    if op.get_bind().dialect.name != "sqlite":
        return
    fts = f"{table}_fts"
    insert = f"INSERT INTO {fts} (id, search_text) VALUES (new.id, new.search_text);"
    delete = f"DELETE FROM {fts} WHERE id = old.id;"
    for trigger in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS {fts}_{trigger}")
    op.execute(f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {table} BEGIN {insert} END")
    op.execute(f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {table} BEGIN {delete} END")
    op.execute(
        f"CREATE TRIGGER {fts}_update AFTER UPDATE OF id, search_text ON {table} "
        f"BEGIN {delete} {insert} END"
    )
