"""Named people, countries, organizations, places and groups."""

from __future__ import annotations

from typing import ClassVar

from sqlalchemy import JSON, Text
from sqlmodel import Field, SQLModel

from app.models.common import ENUM_AS_TEXT, EntityKind, Slug
from app.models.searchable import Searchable
from app.models.tracking import TrackedBase


class EntityBase(SQLModel):
    id: Slug = Field(primary_key=True, max_length=120)
    name: str = Field(index=True)
    kind: EntityKind = Field(index=True, sa_type=ENUM_AS_TEXT)
    aliases: list[str] = Field(
        default_factory=list, sa_type=JSON, description="Other ways the text names the entity."
    )
    description: str = Field(description="Who or what it is, with the role at the time.")


# Aliases are joined with a character no search text may contain (control characters are
# rejected), so a query can match within one alias but never across two.
ALIAS_SEPARATOR = "\n"


class Entity(EntityBase, TrackedBase, Searchable, table=True):
    search_fields: ClassVar[tuple[str, ...]] = ("name", "aliases_text", "description")

    aliases_text: str = Field(
        default="",
        sa_type=Text,
        description="The aliases as plain text, for search; JSON punctuation must not match.",
    )


class EntityPublic(TrackedBase, EntityBase):
    pass
