"""Response shapes of the dashboard endpoints: timeline, search and stats."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from app.models.common import DatePrecision, EntityRef, Provenance, Slug
from app.models.items import EventPublic, ItemType, QuotePublic
from app.models.pages import Page


class TimelineType(StrEnum):
    event = "event"
    quote = "quote"


class TimelineEntry(BaseModel):
    """One dated item; exactly one of `event` and `quote` is set, as `type` says."""

    type: TimelineType
    id: Slug
    date_start: dt.date | None = Field(description="First day; null if the text leaves it open.")
    date_end: dt.date | None = Field(description="Last day; null if the text leaves it open.")
    date_precision: DatePrecision
    title: str = Field(description="The event's title, or the quote's words.")
    event: EventPublic | None = None
    quote: QuotePublic | None = None


class Timeline(Page[TimelineEntry]):
    pass


# What a search hit can be: an entity or any item type (a new item type is searchable
# as soon as it exists).
if TYPE_CHECKING:
    SearchType = StrEnum
else:
    SearchType = StrEnum("SearchType", {"entity": "entity", **{t.name: t.value for t in ItemType}})


class SearchHit(BaseModel):
    type: SearchType
    id: Slug
    title: str = Field(description="The item's headline: a name, title, statement or quote.")
    snippet: str = Field(description="The matching text around the first match.")
    provenance: Provenance | None = Field(description="Null for entities.")


class SearchResults(Page[SearchHit]):
    pass


class FacetCount(BaseModel):
    value: str
    count: int


class EntityCount(BaseModel):
    entity: EntityRef
    count: int


class Stats(BaseModel):
    """Facet counts over the items matching the filters."""

    total: int = Field(description="Items (claims, quotes, events, implications) matching.")
    by_type: list[FacetCount]
    by_entity: list[EntityCount] = Field(description="Items involving each entity, most first.")
    by_month: list[FacetCount] = Field(
        description="Dated items (events, quotes) by the month they start in, `YYYY-MM`; "
        "with `date_from`, an item that started earlier counts in `date_from`'s month."
    )
    by_section: list[FacetCount] = Field(description="Items by innermost section, in order.")
    by_claim_type: list[FacetCount]
    by_event_type: list[FacetCount]
