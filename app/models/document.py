"""Documents and their sections."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from sqlalchemy import Text
from sqlmodel import Field, SQLModel

from app.models.common import Slug
from app.models.searchable import Searchable
from app.models.tracking import TrackedBase


class DocumentBase(SQLModel):
    id: Slug = Field(primary_key=True, max_length=120)
    title: str
    subtitle: str | None = None
    published_on: dt.date


class Document(DocumentBase, TrackedBase, Searchable, table=True):
    search_fields: ClassVar[tuple[str, ...]] = ("title", "subtitle")

    source_name: str = Field(description="File name of the source text under `seed/`.")
    source_sha256: str = Field(max_length=64)
    char_count: int
    text: str = Field(sa_type=Text, description="The exact source text.")


class SectionBase(SQLModel):
    heading: str = Field(description="The heading line exactly as in the source.")
    level: int = Field(description="Nesting depth: 1 for the document's parts, 2 below them, ...")
    char_start: int = Field(description="Offset of the heading's first character (code points).")
    char_end: int = Field(description="Offset where the next section starts (exclusive).")
    parent: str | None = Field(
        default=None, description="Heading of the enclosing section; null for a top-level one."
    )


class Section(SectionBase, table=True):
    """Keyed by (document, position): natural keys keep reloads byte-identical."""

    document_id: str = Field(foreign_key="document.id", primary_key=True)
    position: int = Field(primary_key=True)


class SectionPublic(SectionBase):
    pass


class DocumentPublic(TrackedBase, DocumentBase):
    source_sha256: str = Field(description="Hex SHA-256 of the source file's bytes.")
    char_count: int = Field(description="Length of the text in Unicode code points.")
    sections: list[SectionPublic]
