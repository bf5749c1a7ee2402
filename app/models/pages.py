"""Response envelopes: pages of a collection and the items expanded into them."""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, Field

from app.models.document import DocumentPublic
from app.models.entity import EntityPublic
from app.models.items import ClaimPublic, EventPublic, ImplicationPublic, QuotePublic
from app.models.revision import AuditEntry, RevisionPublic

T = TypeVar("T")


class Included(BaseModel):
    """Items referenced by the page, embedded on request with `include=`."""

    entities: list[EntityPublic] | None = None
    quotes: list[QuotePublic] | None = None
    events: list[EventPublic] | None = None
    claims: list[ClaimPublic] | None = None
    implications: list[ImplicationPublic] | None = None


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int = Field(description="Number of items matching the filters, on all pages.")
    limit: int = Field(description="The page size used.")
    next_cursor: str | None = Field(
        description="Pass as `cursor` to get the next page; null on the last page."
    )


class CollectionPage(Page[T], Generic[T]):
    included: Included | None = Field(
        default=None, description="Referenced items, when `include=` asks for them."
    )


class DocumentList(CollectionPage[DocumentPublic]):
    pass


class EntityList(CollectionPage[EntityPublic]):
    pass


class QuoteList(CollectionPage[QuotePublic]):
    pass


class EventList(CollectionPage[EventPublic]):
    pass


class ClaimList(CollectionPage[ClaimPublic]):
    pass


class ImplicationList(CollectionPage[ImplicationPublic]):
    pass


class RevisionList(Page[RevisionPublic]):
    pass


class AuditLog(Page[AuditEntry]):
    pass
