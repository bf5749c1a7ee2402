"""Claims, quotes, events and implications: the items that carry provenance.

Each family is declared once: a `…Base` with the fields the table and the public model
share, the table model (entity references as foreign keys, provenance as columns), and the
`…Public` model the API serves (entity references embedded, provenance as one object).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import ClassVar, Self

from pydantic import BaseModel, ConfigDict, model_validator
from sqlalchemy import Text
from sqlmodel import Field, SQLModel

from app.models.assertion import AssertionColumns, AssertionPublic
from app.models.common import (
    ENUM_AS_TEXT,
    ClaimType,
    DatePrecision,
    EntityRef,
    EventType,
    Provenance,
    ProvenanceMethod,
    Slug,
)
from app.models.knowledge import (
    BasedDate,
    DateBasis,
    ForecastStatus,
    QuoteKind,
    RelationType,
    SpeakerBasis,
)
from app.models.searchable import Searchable
from app.models.tracking import TrackedBase


class ItemType(StrEnum):
    """The four provenance-carrying item types; also the `type` of an evidence reference."""

    claim = "claim"
    quote = "quote"
    event = "event"
    implication = "implication"


class EvidenceRef(BaseModel):
    """A reference from a claim to a quote or an event that supports it."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"type": "quote", "id": "trump-secondary-tariffs-50-days"}]}
    )

    type: ItemType = Field(description="`quote` or `event`.")
    id: Slug


# A claim's evidence as a curator gives it, in the seed and in a write: a quote or an event,
# by id. (No docstring: it would become the published schemas' description.)
class EvidenceAnnotation(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)

    type: ItemType
    id: Slug

    @model_validator(mode="after")
    def _quote_or_event(self) -> Self:
        if self.type not in (ItemType.quote, ItemType.event):
            raise ValueError("evidence is a quote or an event")
        return self


class StatedAt(BaseModel):
    """Where the text states a link: `text[char_start:char_end] == excerpt`."""

    char_start: int = Field(ge=0, description="Offset in Unicode code points, inclusive.")
    char_end: int = Field(ge=0, description="Offset in Unicode code points, exclusive.")
    excerpt: str = Field(description="The words that state the link, verbatim.")


class RelationPublic(BaseModel):
    """One typed link from this item to another stored item."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"relation": "causes", "type": "event", "id": "trump-pivot", "provenance": None}
            ]
        }
    )

    relation: RelationType = Field(description="How this item relates to the other.")
    type: ItemType = Field(description="The other item's type.")
    id: Slug = Field(description="The other item's id.")
    provenance: StatedAt | None = Field(
        description="Where the text states the link; null when it is the curator's reading."
    )


class ForecastSummary(BaseModel):
    """The forecast a claim or an implication makes: its id in `/v1/forecasts`, and how it
    has turned out so far."""

    id: Slug
    status: ForecastStatus


class ClaimRef(BaseModel):
    """A reference from an implication to a claim it rests on."""

    type: ItemType = Field(default=ItemType.claim, description="Always `claim`.")
    id: Slug


class Anchor(SQLModel):
    """Provenance columns: where in which document the item's excerpt stands."""

    document_id: str = Field(foreign_key="document.id", index=True)
    document_sha256: str = Field(max_length=64)
    section: str = Field(index=True)
    char_start: int = Field(index=True)
    char_end: int
    excerpt: str = Field(sa_type=Text)
    provenance_method: ProvenanceMethod = Field(
        default=ProvenanceMethod.curated, sa_type=ENUM_AS_TEXT
    )


class Dated(SQLModel):
    """An item's date with its basis. A bound the text does not give is null (open); an
    undated item has no bound and no precision. A null basis is one not recorded."""

    date_start: dt.date | None = Field(
        default=None, index=True, description="First day (inclusive); null if open or undated."
    )
    date_end: dt.date | None = Field(
        default=None, index=True, description="Last day (inclusive); null if open or undated."
    )
    date_precision: DatePrecision | None = Field(
        default=None,
        sa_type=ENUM_AS_TEXT,
        description="How precisely the source dates it; null if undated.",
    )
    date_basis: DateBasis | None = Field(
        default=None,
        index=True,
        sa_type=ENUM_AS_TEXT,
        description="Where the date comes from; null if undated or not recorded.",
    )
    date_note: str | None = Field(
        default=None,
        sa_type=Text,
        description="The computation, or the outside knowledge the date rests on.",
    )


class PeriodColumns(SQLModel):
    """A quote's `period` (`BasedDate`) as columns: `period_start`, `_end`, `_precision`,
    `_basis`, `_note`, all null when the quote speaks of no period."""

    period_start: dt.date | None = Field(default=None)
    period_end: dt.date | None = Field(default=None)
    period_precision: DatePrecision | None = Field(default=None, sa_type=ENUM_AS_TEXT)
    period_basis: DateBasis | None = Field(default=None, sa_type=ENUM_AS_TEXT)
    period_note: str | None = Field(default=None, sa_type=Text)


class ItemPublic(SQLModel):
    id: Slug
    document_id: Slug
    provenance: Provenance


class QuoteBase(Dated):
    text: str = Field(sa_type=Text, description="The words spoken, verbatim, without quote marks.")
    context: str = Field(description="The occasion: a phone call, a cabinet meeting, …")
    kind: QuoteKind = Field(
        default=QuoteKind.direct,
        index=True,
        sa_type=ENUM_AS_TEXT,
        description="Speech (`direct`, `partial`, `translated`) has a speaker; a "
        "`scare_quote` or a `term` is credited to no one.",
    )
    speaker_basis: SpeakerBasis | None = Field(
        default=None,
        sa_type=ENUM_AS_TEXT,
        description="How the speaker is known; null without a speaker or if not recorded.",
    )


class Quote(QuoteBase, PeriodColumns, Anchor, TrackedBase, Searchable, table=True):
    search_fields: ClassVar[tuple[str, ...]] = ("text", "context", "excerpt")

    id: str = Field(primary_key=True, max_length=120)
    speaker_id: str | None = Field(default=None, foreign_key="entity.id", index=True)


class QuotePublic(TrackedBase, QuoteBase, ItemPublic):
    speaker: EntityRef | None = Field(
        description="Who said it; null for a scare quote or a term, which no one is credited with."
    )
    about: list[EntityRef] = Field(description="Entities the quote is about.")
    period: BasedDate | None = Field(
        default=None, description="The period the quote speaks about, if it names one."
    )


class EventBase(Dated):
    title: str
    description: str = Field(sa_type=Text)
    event_type: EventType = Field(index=True, sa_type=ENUM_AS_TEXT)


class Event(EventBase, Anchor, TrackedBase, Searchable, table=True):
    search_fields: ClassVar[tuple[str, ...]] = ("title", "description", "excerpt")

    id: str = Field(primary_key=True, max_length=120)
    location_id: str | None = Field(default=None, foreign_key="entity.id", index=True)


class EventPublic(TrackedBase, EventBase, ItemPublic):
    actors: list[EntityRef]
    location: EntityRef | None
    relations: list[RelationPublic] = Field(description="Typed links to other items.")


class ClaimBase(SQLModel):
    statement: str = Field(sa_type=Text)
    claim_type: ClaimType = Field(index=True, sa_type=ENUM_AS_TEXT)


class Claim(ClaimBase, AssertionColumns, Anchor, TrackedBase, Searchable, table=True):
    search_fields: ClassVar[tuple[str, ...]] = ("statement", "excerpt")

    id: str = Field(primary_key=True, max_length=120)
    attributed_to_id: str | None = Field(default=None, foreign_key="entity.id", index=True)


class ClaimPublic(TrackedBase, AssertionPublic, ClaimBase, ItemPublic):
    attributed_to: EntityRef | None = Field(
        description="Who the briefing reports as asserting it; null for the briefing's authors."
    )
    about: list[EntityRef]
    evidence: list[EvidenceRef] = Field(description="Quotes and events that support the claim.")
    forecast: ForecastSummary | None = Field(
        description="The forecast it makes (see `/v1/forecasts`); null when it makes none."
    )
    relations: list[RelationPublic] = Field(description="Typed links to other items.")


class ImplicationBase(SQLModel):
    statement: str = Field(sa_type=Text)


class Implication(ImplicationBase, AssertionColumns, Anchor, TrackedBase, Searchable, table=True):
    search_fields: ClassVar[tuple[str, ...]] = ("statement", "excerpt")

    id: str = Field(primary_key=True, max_length=120)


class ImplicationPublic(TrackedBase, AssertionPublic, ImplicationBase, ItemPublic):
    attributed_to: EntityRef | None = Field(
        description="The speaker or source the briefing reports as drawing it; null for the "
        "briefing's authors."
    )
    about: list[EntityRef]
    derived_from: list[ClaimRef] = Field(description="The claims the implication rests on.")
    forecast: ForecastSummary | None = Field(
        description="The forecast it makes (see `/v1/forecasts`); null when it makes none."
    )
    relations: list[RelationPublic] = Field(description="Typed links to other items.")
