"""Status, versions, timestamps and tombstones on every record; the corpus version; API keys

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 07:30:00.000000

Columns are only added (SQLite's ADD COLUMN), never rebuilt, so the full-text triggers of
0003 stay in place. SQLite cannot add a NOT NULL column whose default is not a constant, so
the timestamps get a constant default that is overwritten at once for the stored rows; on
PostgreSQL that default is dropped again.
"""

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.models.tracking import UtcDateTime

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRACKED = ("document", "entity", "claim", "quote", "event", "implication")
ANCHORED = ("claim", "quote", "event", "implication")
PLACEHOLDER = "1970-01-01 00:00:00"


def upgrade() -> None:
    now = dt.datetime.now(dt.UTC)
    postgresql = op.get_bind().dialect.name == "postgresql"
    for table in TRACKED:
        op.add_column(
            table, sa.Column("status", sa.String(32), nullable=False, server_default="published")
        )
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        for name in ("created_at", "updated_at"):
            op.add_column(
                table, sa.Column(name, UtcDateTime(), nullable=False, server_default=PLACEHOLDER)
            )
        op.add_column(table, sa.Column("deleted_at", UtcDateTime(), nullable=True))
        stored = sa.table(
            table, sa.column("created_at", UtcDateTime), sa.column("updated_at", UtcDateTime)
        )
        op.execute(stored.update().values(created_at=now, updated_at=now))
        if postgresql:
            for name in ("created_at", "updated_at"):
                op.alter_column(table, name, server_default=None)
        op.create_index(f"ix_{table}_updated_at", table, ["updated_at"])
    for table in ANCHORED:
        op.add_column(
            table,
            sa.Column("provenance_method", sa.String(32), nullable=False, server_default="curated"),
        )

    state = op.create_table(
        "corpus_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    has_content = op.get_bind().execute(sa.text("SELECT count(*) FROM document")).scalar_one()
    op.bulk_insert(
        state,
        [{"id": 1, "version": 1 if has_content else 0, "updated_at": now}],
    )

    op.create_table(
        "api_key",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("scope", sa.String(32), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("revoked_at", UtcDateTime(), nullable=True),
        sa.Column("secret_sha256", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("api_key")
    op.drop_table("corpus_state")
    for table in ANCHORED:
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column("provenance_method")
    for table in TRACKED:
        op.drop_index(f"ix_{table}_updated_at", table)
        with op.batch_alter_table(table) as batch_op:
            for name in ("deleted_at", "updated_at", "created_at", "version", "status"):
                batch_op.drop_column(name)
