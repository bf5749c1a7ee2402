"""Dates with their basis, open bounds and undated items; quote kinds; entity kinds, roles

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 10:00:00.000000

Quotes and events: `date_basis` and `date_note` (null on stored rows: the basis was not
recorded), and their dates become nullable (an open bound, or an undated item). Quotes:
`kind` (stored rows are `direct`), `speaker_basis`, a nullable `speaker_id` (a scare quote
has no speaker) and the `period_*` columns of the period a quote speaks about. Entities:
`identified` (true for stored rows) and `roles` (none), added in place.

SQLite cannot make a column nullable in place: batch mode rebuilds `quote` and `event`,
which drops their full-text triggers (0003); they are created again. PostgreSQL alters the
columns where they stand, so its generated search column and change triggers (0004) stay.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.core.migrations import restore_search_triggers

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TEXT_ENUM = sa.String(32)
DATED = ("quote", "event")
NULLABLE = {
    "quote": ("date_start", "date_end", "date_precision", "speaker_id"),
    "event": ("date_start", "date_end", "date_precision"),
}
COLUMN_TYPES = {
    "date_start": sa.Date(),
    "date_end": sa.Date(),
    "date_precision": TEXT_ENUM,
    "speaker_id": sa.String(),
}


def _period_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("period_precision", TEXT_ENUM, nullable=True),
        sa.Column("period_basis", TEXT_ENUM, nullable=True),
        sa.Column("period_note", sa.Text(), nullable=True),
    ]


def upgrade() -> None:
    for table in DATED:
        with op.batch_alter_table(table) as batch_op:
            batch_op.add_column(sa.Column("date_basis", TEXT_ENUM, nullable=True))
            batch_op.add_column(sa.Column("date_note", sa.Text(), nullable=True))
            if table == "quote":
                batch_op.add_column(
                    sa.Column("kind", TEXT_ENUM, nullable=False, server_default="direct")
                )
                batch_op.add_column(sa.Column("speaker_basis", TEXT_ENUM, nullable=True))
                for column in _period_columns():
                    batch_op.add_column(column)
                batch_op.create_index("ix_quote_kind", ["kind"])
            for name in NULLABLE[table]:
                batch_op.alter_column(name, existing_type=COLUMN_TYPES[name], nullable=True)
            batch_op.create_index(f"ix_{table}_date_basis", ["date_basis"])
        restore_search_triggers(table)
    # Constant defaults, so SQLite adds the columns in place (an expression would make
    # batch mode rebuild `entity`, which every item references).
    op.add_column(
        "entity", sa.Column("identified", sa.Boolean(), nullable=False, server_default="1")
    )
    op.add_column("entity", sa.Column("roles", sa.JSON(), nullable=False, server_default="[]"))


def downgrade() -> None:
    op.drop_column("entity", "roles")
    op.drop_column("entity", "identified")
    for table in DATED:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_index(f"ix_{table}_date_basis")
            for name in NULLABLE[table]:
                batch_op.alter_column(name, existing_type=COLUMN_TYPES[name], nullable=False)
            if table == "quote":
                batch_op.drop_index("ix_quote_kind")
                for column in _period_columns():
                    batch_op.drop_column(column.name)
                batch_op.drop_column("speaker_basis")
                batch_op.drop_column("kind")
            batch_op.drop_column("date_note")
            batch_op.drop_column("date_basis")
        restore_search_triggers(table)
