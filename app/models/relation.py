"""Typed links between items (`RelationType`): a claim that causes an event, a heading's
claim that summarizes the passage under it. One row per link, owned by the item it starts
from; where the text states the link, the row keeps that span as its provenance."""

from __future__ import annotations

from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator
from sqlalchemy import Index, Text
from sqlmodel import Field as Column
from sqlmodel import SQLModel

from app.models.common import ENUM_AS_TEXT, Slug
from app.models.items import ItemType
from app.models.knowledge import RelationType


class Relation(SQLModel, table=True):
    """A link from one item (`item_type`, `item_id`, named as the involvement links name
    their owner) to another; `char_start`/`char_end`/`excerpt` where the text states it."""

    __table_args__ = (Index("ix_relation_target", "to_type", "to_id"),)

    item_type: ItemType = Column(primary_key=True, sa_type=ENUM_AS_TEXT)
    item_id: str = Column(primary_key=True, max_length=120)
    position: int = Column(primary_key=True)
    relation: RelationType = Column(sa_type=ENUM_AS_TEXT)
    to_type: ItemType = Column(sa_type=ENUM_AS_TEXT)
    to_id: str = Column(max_length=120)
    char_start: int | None = Column(default=None)
    char_end: int | None = Column(default=None)
    excerpt: str | None = Column(default=None, sa_type=Text)


class ItemRefInput(BaseModel):
    """Another item, by type and id."""

    model_config = ConfigDict(extra="forbid")

    type: ItemType
    id: Slug


# A link as a curator gives it, in the seed and in a write: `{type, to: {type, id}, excerpt}`.
# A link as served (`{relation, type, id, provenance}`) is read as the same link, so that a
# merge patch of an item keeps the links it does not change.
class RelationInput(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)

    type: RelationType = Field(description="How this item relates to the other.")
    to: ItemRefInput = Field(description="The other item; it must be stored.")
    excerpt: str | None = Field(
        default=None,
        min_length=1,
        description="The words inside this item's excerpt that state the link, verbatim.",
    )

    @model_validator(mode="before")
    @classmethod
    def _served_shape(cls, data: Any) -> Any:
        if isinstance(data, dict) and "relation" in data:
            stated = data.get("provenance") or {}
            return {
                "type": data["relation"],
                "to": {"type": data.get("type"), "id": data.get("id")},
                "excerpt": stated.get("excerpt"),
            }
        return data

    @model_validator(mode="after")
    def _not_blank(self) -> Self:
        if self.excerpt is not None and not self.excerpt.strip():
            raise ValueError("a relation's excerpt must hold words")
        return self


def stated_span(item_start: int, item_excerpt: str, excerpt: str | None) -> dict[str, Any]:
    """The link's columns for `excerpt` found inside the item's own excerpt (its first
    occurrence there); all null when the text does not state it."""
    if excerpt is None:
        return {"char_start": None, "char_end": None, "excerpt": None}
    offset = item_excerpt.find(excerpt)
    if offset < 0:
        raise ValueError(f"the relation's excerpt {excerpt!r} is not inside the item's excerpt")
    start = item_start + offset
    return {"char_start": start, "char_end": start + len(excerpt), "excerpt": excerpt}
