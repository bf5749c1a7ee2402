"""Attribution and confidence on claims and implications

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 09:30:00.000000

Who asserts an item, by which verb, and how sure the text is, each cue as a document span
(`app.models.assertion`). Stored rows take the defaults: asserted by the author, plainly,
with no hedge; except a claim that names whom it is attributed to, which that speaker
asserts (as `attributed_to` has always meant), known by name.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("claim", "implication")
INDEXED = ("modality", "likelihood")


def _columns() -> list[sa.Column]:  # type: ignore[type-arg]
    enum = sa.String(32)
    return [
        sa.Column("asserted_by", enum, nullable=False, server_default="author"),
        sa.Column("attribution_verb", enum, nullable=False, server_default="asserts"),
        sa.Column("attribution_cue", sa.Text(), nullable=True),
        sa.Column("attribution_cue_start", sa.Integer(), nullable=True),
        sa.Column("attribution_cue_end", sa.Integer(), nullable=True),
        sa.Column("speaker_basis", enum, nullable=True),
        sa.Column("modality", enum, nullable=False, server_default="asserted"),
        sa.Column("likelihood", enum, nullable=True),
        sa.Column("likelihood_rank", sa.Integer(), nullable=True),
        sa.Column("confidence_cue", sa.Text(), nullable=True),
        sa.Column("confidence_cue_start", sa.Integer(), nullable=True),
        sa.Column("confidence_cue_end", sa.Integer(), nullable=True),
    ]


def upgrade() -> None:
    for table in TABLES:
        for column in _columns():
            op.add_column(table, column)
        for name in INDEXED:
            op.create_index(f"ix_{table}_{name}", table, [name])
    op.execute(
        "UPDATE claim SET asserted_by = 'speaker', speaker_basis = 'named' "
        "WHERE attributed_to_id IS NOT NULL"
    )


def downgrade() -> None:
    for table in TABLES:
        for name in INDEXED:
            op.drop_index(f"ix_{table}_{name}", table)
        for column in _columns():
            op.drop_column(table, column.name)
