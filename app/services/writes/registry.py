"""Which collections curators write, and how: one `Writable` per collection.

Kept alone in this module so that a registry derived from the collections' specs can take
its place without touching the writes themselves.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from pydantic import BaseModel
from sqlalchemy import Table
from sqlmodel import SQLModel

from app.core.db import table_of
from app.models import Claim, Entity, Event, Implication, ItemType, Quote, Role
from app.models.writes import (
    ClaimCreate,
    ClaimUpdate,
    EntityCreate,
    EntityUpdate,
    EventCreate,
    EventUpdate,
    ImplicationCreate,
    ImplicationUpdate,
    QuoteCreate,
    QuoteUpdate,
)
from app.services.catalog import singular

ITEM_TABLES: dict[ItemType, type[SQLModel]] = {
    ItemType.quote: Quote,
    ItemType.event: Event,
    ItemType.claim: Claim,
    ItemType.implication: Implication,
}


@dataclass(frozen=True)
class Writable:
    """How one collection is written. `entity_fields` maps each input field that names
    entities to its involvement role; `foreign_keys` maps the single-valued ones to the
    table's column."""

    collection: str
    table: type[SQLModel]
    create: type[BaseModel]
    update: type[BaseModel]
    slug_source: str
    item_type: ItemType | None = None
    entity_fields: Mapping[str, Role] = field(default_factory=dict)
    foreign_keys: Mapping[str, str] = field(default_factory=dict)

    @property
    def noun(self) -> str:
        return singular(self.collection)

    @property
    def source(self) -> Table:
        return table_of(self.table)


WRITABLE: dict[str, Writable] = {
    spec.collection: spec
    for spec in (
        Writable(
            "quotes",
            Quote,
            QuoteCreate,
            QuoteUpdate,
            "text",
            ItemType.quote,
            {"speaker": Role.speaker, "about": Role.about},
            {"speaker": "speaker_id"},
        ),
        Writable(
            "events",
            Event,
            EventCreate,
            EventUpdate,
            "title",
            ItemType.event,
            {"actors": Role.actor, "location": Role.location},
            {"location": "location_id"},
        ),
        Writable(
            "claims",
            Claim,
            ClaimCreate,
            ClaimUpdate,
            "statement",
            ItemType.claim,
            {"attributed_to": Role.attributed_to, "about": Role.about},
            {"attributed_to": "attributed_to_id"},
        ),
        Writable(
            "implications",
            Implication,
            ImplicationCreate,
            ImplicationUpdate,
            "statement",
            ItemType.implication,
            {"about": Role.about},
        ),
        Writable("entities", Entity, EntityCreate, EntityUpdate, "name"),
    )
}
