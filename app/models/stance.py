"""Stances: how an entity (the holder) stands toward another (the target) on a topic, over
a dated span, on a scale from hostile to supportive, with the items that show it."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel
from sqlalchemy import Text
from sqlmodel import Field, SQLModel

from app.models.common import ENUM_AS_TEXT, DatePrecision, EntityRef, Slug
from app.models.items import Anchor, ItemPublic, ItemType
from app.models.knowledge import STANCE_POLARITY_MAX, STANCE_POLARITY_MIN, DateBasis
from app.models.tracking import TrackedBase

POLARITY = (
    f"From {STANCE_POLARITY_MIN} (hostile) through 0 (neutral) to {STANCE_POLARITY_MAX} "
    "(supportive)."
)


class StanceBase(SQLModel):
    topic: str = Field(index=True, description="What the stance is on: `war in Ukraine`.")
    polarity: int = Field(ge=STANCE_POLARITY_MIN, le=STANCE_POLARITY_MAX, description=POLARITY)
    date_start: dt.date | None = Field(
        default=None, index=True, description="First day (inclusive); null if open or undated."
    )
    date_end: dt.date | None = Field(
        default=None, index=True, description="Last day (inclusive); null if open or undated."
    )
    date_precision: DatePrecision | None = Field(
        default=None, sa_type=ENUM_AS_TEXT, description="How precisely the source dates it."
    )
    date_basis: DateBasis | None = Field(
        default=None, sa_type=ENUM_AS_TEXT, description="Where the date comes from."
    )
    date_note: str | None = Field(
        default=None, sa_type=Text, description="The computation or outside knowledge."
    )


class Stance(StanceBase, Anchor, TrackedBase, table=True):
    id: str = Field(primary_key=True, max_length=120)
    holder_id: str = Field(foreign_key="entity.id", index=True)
    target_id: str = Field(foreign_key="entity.id", index=True)


class StanceEvidence(SQLModel, table=True):
    """The items that show a stance, any type, in the order the curator gave them."""

    __tablename__ = "stance_evidence"

    stance_id: str = Field(primary_key=True, foreign_key="stance.id")
    position: int = Field(primary_key=True)
    evidence_type: ItemType = Field(sa_type=ENUM_AS_TEXT)
    evidence_id: str = Field(max_length=120, index=True)


class StanceEvidenceRef(BaseModel):
    """An item that shows the stance: a claim, quote, event or implication."""

    type: ItemType
    id: Slug


class StancePublic(TrackedBase, StanceBase, ItemPublic):
    holder: EntityRef
    target: EntityRef
    evidence: list[StanceEvidenceRef]


class StanceSeries(BaseModel):
    """One holder's stances, oldest first: how it stood toward its targets over time.
    Undated stances come last."""

    holder: EntityRef
    target: EntityRef | None = Field(description="The target asked for; null for all targets.")
    items: list[StancePublic]
