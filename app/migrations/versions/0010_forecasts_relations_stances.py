"""Forecasts, relations between items, and stances (issue 13)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 10:00:00.000000

Only new tables, so stored rows are untouched: a claim or implication without a forecast
row makes none, an item without relation rows has no links. Each new table notifies the
API processes of its changes on PostgreSQL, as every served table does (see 0004).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.core.migrations import create_change_trigger, drop_change_trigger
from app.models.tracking import UtcDateTime

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("relation", "forecast", "stance", "stance_evidence")
ENUM = sa.String(32)


def _tracked() -> list[sa.Column[object]]:
    return [
        sa.Column("status", ENUM, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.Column("deleted_at", UtcDateTime(), nullable=True),
    ]


def _dating(prefix: str) -> list[sa.Column[object]]:
    return [
        sa.Column(f"{prefix}_start", sa.Date(), nullable=True),
        sa.Column(f"{prefix}_end", sa.Date(), nullable=True),
        sa.Column(f"{prefix}_precision", ENUM, nullable=True),
        sa.Column(f"{prefix}_basis", ENUM, nullable=True),
        sa.Column(f"{prefix}_note", sa.Text(), nullable=True),
    ]


def _relation() -> None:
    op.create_table(
        "relation",
        sa.Column("item_type", ENUM, nullable=False),
        sa.Column("item_id", sa.String(120), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("relation", ENUM, nullable=False),
        sa.Column("to_type", ENUM, nullable=False),
        sa.Column("to_id", sa.String(120), nullable=False),
        sa.Column("char_start", sa.Integer(), nullable=True),
        sa.Column("char_end", sa.Integer(), nullable=True),
        sa.Column("excerpt", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("item_type", "item_id", "position"),
    )
    op.create_index("ix_relation_target", "relation", ["to_type", "to_id"])


def _forecast() -> None:
    op.create_table(
        "forecast",
        *_tracked(),
        sa.Column("id", sa.String(120), nullable=False),
        sa.Column("subject_type", ENUM, nullable=False),
        sa.Column("subject_id", sa.String(120), nullable=False),
        sa.Column("horizon", sa.Date(), nullable=False),
        *_dating("horizon"),
        sa.Column("condition", sa.Text(), nullable=True),
        sa.Column("condition_start", sa.Integer(), nullable=True),
        sa.Column("condition_end", sa.Integer(), nullable=True),
        sa.Column("drawn_by", ENUM, nullable=False),
        sa.Column("outcome", ENUM, nullable=False),
        *_dating("resolved"),
        sa.Column("evidence_type", ENUM, nullable=True),
        sa.Column("evidence_id", sa.String(120), nullable=True),
        sa.Column("evidence_url", sa.Text(), nullable=True),
        sa.Column("outcome_note", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_forecast_subject", "forecast", ["subject_type", "subject_id"], unique=True)
    op.create_index("ix_forecast_horizon", "forecast", ["horizon"])
    op.create_index("ix_forecast_outcome", "forecast", ["outcome"])
    op.create_index("ix_forecast_updated_at", "forecast", ["updated_at"])


def _stance() -> None:
    op.create_table(
        "stance",
        sa.Column("topic", sa.String(), nullable=False),
        sa.Column("polarity", sa.Integer(), nullable=False),
        *_dating("date"),
        sa.Column("document_id", sa.String(), nullable=False),
        sa.Column("document_sha256", sa.String(64), nullable=False),
        sa.Column("section", sa.String(), nullable=False),
        sa.Column("char_start", sa.Integer(), nullable=False),
        sa.Column("char_end", sa.Integer(), nullable=False),
        sa.Column("excerpt", sa.Text(), nullable=False),
        sa.Column("provenance_method", ENUM, nullable=False),
        *_tracked(),
        sa.Column("id", sa.String(120), nullable=False),
        sa.Column("holder_id", sa.String(), nullable=False),
        sa.Column("target_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["document.id"]),
        sa.ForeignKeyConstraint(["holder_id"], ["entity.id"]),
        sa.ForeignKeyConstraint(["target_id"], ["entity.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    for column in (
        "topic",
        "date_start",
        "date_end",
        "document_id",
        "section",
        "char_start",
        "updated_at",
        "holder_id",
        "target_id",
    ):
        op.create_index(f"ix_stance_{column}", "stance", [column])
    op.create_table(
        "stance_evidence",
        sa.Column("stance_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("evidence_type", ENUM, nullable=False),
        sa.Column("evidence_id", sa.String(120), nullable=False),
        sa.ForeignKeyConstraint(["stance_id"], ["stance.id"]),
        sa.PrimaryKeyConstraint("stance_id", "position"),
    )
    op.create_index("ix_stance_evidence_evidence_id", "stance_evidence", ["evidence_id"])


def upgrade() -> None:
    _relation()
    _forecast()
    _stance()
    for table in TABLES:
        create_change_trigger(table)


def downgrade() -> None:
    for table in reversed(TABLES):
        drop_change_trigger(table)
    op.drop_table("stance_evidence")
    op.drop_table("stance")
    op.drop_table("forecast")
    op.drop_table("relation")
