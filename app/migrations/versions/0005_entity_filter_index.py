"""The entity filter's index: involvement by entity, then item

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 05:55:00.000000

`entity=` selects the items linked to given entities. With the entity id alone indexed, the
database tested every item of a type against the links; leading with the entity and
covering the item's type and id, the index answers the filter by itself, in time that
follows the matches rather than the corpus.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("involvement") as batch_op:
        batch_op.drop_index("ix_involvement_entity_id")
        batch_op.create_index(
            "ix_involvement_entity_item", ["entity_id", "item_type", "item_id", "role"]
        )


def downgrade() -> None:
    with op.batch_alter_table("involvement") as batch_op:
        batch_op.drop_index("ix_involvement_entity_item")
        batch_op.create_index("ix_involvement_entity_id", ["entity_id"])
