"""Revision history (also the audit log) and idempotent responses

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 09:00:00.000000

Only new tables: the searchable tables and their full-text triggers are left alone. On
PostgreSQL the revision table notifies listeners like every served table (see 0004), so
cached history pages follow a write.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.models.tracking import UtcDateTime

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("collection", sa.String(32), nullable=False),
        sa.Column("item_id", sa.String(120), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("api_key_id", sa.String(32), nullable=True),
        sa.Column("api_key_name", sa.String(200), nullable=True),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("corpus_version", sa.Integer(), nullable=True),
        sa.Column("request_id", sa.String(128), nullable=True),
        sa.Column("representation", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("collection", "item_id", "version", name="uq_revision_item_version"),
    )
    op.create_index("ix_revision_at", "revision", ["at"])
    op.create_index("ix_revision_api_key_id", "revision", ["api_key_id"])
    op.create_table(
        "idempotent_response",
        sa.Column("api_key_id", sa.String(32), nullable=False),
        sa.Column("key", sa.String(255), nullable=False),
        sa.Column("request_sha256", sa.String(64), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=False),
        sa.Column("location", sa.Text(), nullable=True),
        sa.Column("etag", sa.String(100), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("api_key_id", "key"),
    )
    op.create_index("ix_idempotent_response_created_at", "idempotent_response", ["created_at"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE TRIGGER revision_notify_change "
            "AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON revision "
            "FOR EACH STATEMENT EXECUTE FUNCTION briefing_notify_change()"
        )


def downgrade() -> None:
    op.drop_index("ix_idempotent_response_created_at", "idempotent_response")
    op.drop_table("idempotent_response")
    op.drop_index("ix_revision_api_key_id", "revision")
    op.drop_index("ix_revision_at", "revision")
    op.drop_table("revision")
