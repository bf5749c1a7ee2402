"""Response envelopes: a page of anything. The collections' pages are generated in
`app.collections.pages`."""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, Field

from app.models.revision import AuditEntry, RevisionPublic

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int = Field(description="Number of items matching the filters, on all pages.")
    limit: int = Field(description="The page size used.")
    next_cursor: str | None = Field(
        description="Pass as `cursor` to get the next page; null on the last page."
    )


class RevisionList(Page[RevisionPublic]):
    pass


class AuditLog(Page[AuditEntry]):
    pass
