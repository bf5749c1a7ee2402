"""Full-text search: a folded search_text column, indexed by GIN or FTS5

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 05:10:00.000000

Each searchable table gets `search_text`: its searchable fields folded to plain words by
`app.models.searchable.index_text`. PostgreSQL keeps `to_tsvector('simple', search_text)`
in a generated column `search_vector` with a GIN index; SQLite with an FTS5 table `<table>_fts` that
triggers keep in step with every insert, update and delete.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.models.searchable import index_text

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The fields each table's search covers at this revision (the models' `search_fields`).
SEARCH_FIELDS = {
    "document": ("title", "subtitle"),
    "entity": ("name", "aliases_text", "description"),
    "quote": ("text", "context", "excerpt"),
    "event": ("title", "description", "excerpt"),
    "claim": ("statement", "excerpt"),
    "implication": ("statement", "excerpt"),
}


def _fill(name: str, fields: tuple[str, ...]) -> None:
    """Compute `search_text` for the rows already stored."""
    table = sa.table(name, sa.column("id"), sa.column("search_text"), *map(sa.column, fields))
    connection = op.get_bind()
    rows = connection.execute(sa.select(table.c.id, *(table.c[f] for f in fields))).all()
    if rows:
        connection.execute(
            table.update()
            .where(table.c.id == sa.bindparam("key"))
            .values(search_text=sa.bindparam("value")),
            [{"key": row[0], "value": index_text(*row[1:])} for row in rows],
        )


def _index_postgresql(name: str) -> None:
    # Stored, not an expression index: a plan that scans the table (a common word, a small
    # table) then reads the vector instead of computing it for every row.
    op.execute(
        f"ALTER TABLE {name} ADD COLUMN search_vector tsvector "
        "GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED"
    )
    op.execute(f"CREATE INDEX ix_{name}_search ON {name} USING gin (search_vector)")


def _index_sqlite(name: str) -> None:
    fts = f"{name}_fts"
    op.execute(
        f"CREATE VIRTUAL TABLE {fts} USING fts5("
        "id UNINDEXED, search_text, tokenize = 'unicode61 remove_diacritics 0')"
    )
    op.execute(f"INSERT INTO {fts} (id, search_text) SELECT id, search_text FROM {name}")
    insert = f"INSERT INTO {fts} (id, search_text) VALUES (new.id, new.search_text);"
    delete = f"DELETE FROM {fts} WHERE id = old.id;"
    op.execute(f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {name} BEGIN {insert} END")
    op.execute(f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {name} BEGIN {delete} END")
    op.execute(
        f"CREATE TRIGGER {fts}_update AFTER UPDATE OF id, search_text ON {name} "
        f"BEGIN {delete} {insert} END"
    )


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name, fields in SEARCH_FIELDS.items():
        with op.batch_alter_table(name) as batch_op:
            batch_op.add_column(
                sa.Column("search_text", sa.Text(), nullable=False, server_default="")
            )
        _fill(name, fields)
        if dialect == "postgresql":
            _index_postgresql(name)
        elif dialect == "sqlite":
            _index_sqlite(name)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name in SEARCH_FIELDS:
        if dialect == "postgresql":
            op.execute(f"DROP INDEX IF EXISTS ix_{name}_search")
            op.execute(f"ALTER TABLE {name} DROP COLUMN IF EXISTS search_vector")
        elif dialect == "sqlite":
            for trigger in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {name}_fts_{trigger}")
            op.execute(f"DROP TABLE IF EXISTS {name}_fts")
        with op.batch_alter_table(name) as batch_op:
            batch_op.drop_column("search_text")
