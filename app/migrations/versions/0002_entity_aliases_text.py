"""Entity aliases as plain text for search

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 04:20:16.117406
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# The separator the app joins aliases with (app.models.entity.ALIAS_SEPARATOR), inlined so
# that this revision keeps its meaning whatever later code does.
ALIAS_SEPARATOR = "\n"


def upgrade() -> None:
    with op.batch_alter_table("entity", schema=None) as batch_op:
        batch_op.add_column(sa.Column("aliases_text", sa.Text(), nullable=False, server_default=""))
    # Fill the new column for the entities already stored.
    entity = sa.table(
        "entity",
        sa.column("id", sa.String),
        sa.column("aliases", sa.JSON),
        sa.column("aliases_text", sa.Text),
    )
    connection = op.get_bind()
    for entity_id, aliases in connection.execute(sa.select(entity.c.id, entity.c.aliases)):
        connection.execute(
            entity.update()
            .where(entity.c.id == entity_id)
            .values(aliases_text=ALIAS_SEPARATOR.join(aliases or []))
        )


def downgrade() -> None:
    with op.batch_alter_table("entity", schema=None) as batch_op:
        batch_op.drop_column("aliases_text")
