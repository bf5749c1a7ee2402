"""Many-to-many relations between items and entities, claims and their evidence."""

from __future__ import annotations

from sqlalchemy import Index
from sqlmodel import Field, SQLModel

from app.models.common import ENUM_AS_TEXT
from app.models.items import ItemType


class Involvement(SQLModel, table=True):
    """Every way an item involves an entity, one row per role.

    Roles: `speaker`, `actor`, `location`, `attributed_to`, `about`. Multi-valued relations
    (an event's actors, a claim's subjects) live only here; single-valued ones are also
    foreign-key columns on the item. The generic `entity` filter reads this table alone.
    """

    # The entity filter reads this index alone: the items that involve given entities.
    __table_args__ = (
        Index("ix_involvement_entity_item", "entity_id", "item_type", "item_id", "role"),
    )

    item_type: ItemType = Field(primary_key=True, sa_type=ENUM_AS_TEXT)
    item_id: str = Field(primary_key=True, max_length=120)
    role: str = Field(primary_key=True, max_length=20)
    entity_id: str = Field(primary_key=True, foreign_key="entity.id")
    position: int


class Evidence(SQLModel, table=True):
    claim_id: str = Field(primary_key=True, foreign_key="claim.id")
    evidence_type: ItemType = Field(primary_key=True, sa_type=ENUM_AS_TEXT)
    evidence_id: str = Field(primary_key=True, max_length=120, index=True)
    position: int


class Derivation(SQLModel, table=True):
    implication_id: str = Field(primary_key=True, foreign_key="implication.id")
    claim_id: str = Field(primary_key=True, foreign_key="claim.id", index=True)
    position: int
