"""Named people, countries, governments, organizations, places, groups, units, weapon
systems, operations, facilities, outlets and documents."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict
from sqlalchemy import JSON, Text
from sqlmodel import Field, SQLModel

from app.models.common import ENUM_AS_TEXT, DatePrecision, EntityKind, EntityRef, Slug
from app.models.knowledge import DateBasis
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
    identified: bool = Field(
        default=True,
        description='False for an entity the text does not name ("one country that has 17 '
        'Patriots"): it is one, but which is not known.',
    )


class _RoleTerm(BaseModel):
    """A title an entity holds, with the dates of its term as the text (or outside
    knowledge) gives them: an open bound is null, an undated role has no dates."""

    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, description="The title, e.g. `Secretary General`.")
    date_start: dt.date | None = Field(default=None, description="First day; null if open.")
    date_end: dt.date | None = Field(default=None, description="Last day; null if open.")
    date_precision: DatePrecision | None = Field(default=None, description="Null if undated.")
    date_basis: DateBasis | None = Field(default=None, description="Where the dates come from.")
    date_note: str | None = Field(default=None, description="The computation or the source.")


class EntityRole(_RoleTerm):
    """A role as stored and as a curator writes it: `of` names the entity by id."""

    of: Slug = Field(description="The entity the title is held in (id), e.g. `nato`.")


class EntityRolePublic(_RoleTerm):
    """A role as served: `of` embedded as a reference."""

    of: EntityRef = Field(description="The entity the title is held in.")


# Aliases are joined with a character no search text may contain (control characters are
# rejected), so a query can match within one alias but never across two.
ALIAS_SEPARATOR = "\n"


class Entity(EntityBase, TrackedBase, Searchable, table=True):
    search_fields: ClassVar[tuple[str, ...]] = ("name", "aliases_text", "description")

    roles: list[dict[str, Any]] = Field(
        default_factory=list, sa_type=JSON, description="`EntityRole`s, as JSON."
    )

    aliases_text: str = Field(
        default="",
        sa_type=Text,
        description="The aliases as plain text, for search; JSON punctuation must not match.",
    )


class EntityPublic(TrackedBase, EntityBase):
    roles: list[EntityRolePublic] = Field(
        default_factory=list, description="Titles it holds, each with its term's dates."
    )
