"""Domain models: tables, public shapes and the vocabulary they share."""

from app.models.common import (
    ClaimRef,
    ClaimType,
    DatePrecision,
    DateRange,
    EntityKind,
    EntityRef,
    EventType,
    EvidenceRef,
    ItemType,
    Provenance,
)
from app.models.document import Document, DocumentPublic, Section, SectionPublic
from app.models.entity import Entity, EntityPublic
from app.models.items import (
    Claim,
    ClaimPublic,
    Event,
    EventPublic,
    Implication,
    ImplicationPublic,
    Quote,
    QuotePublic,
)
from app.models.links import Derivation, Evidence, Involvement

__all__ = [
    "Claim",
    "ClaimPublic",
    "ClaimRef",
    "ClaimType",
    "DatePrecision",
    "DateRange",
    "Derivation",
    "Document",
    "DocumentPublic",
    "Entity",
    "EntityKind",
    "EntityPublic",
    "EntityRef",
    "Event",
    "EventPublic",
    "EventType",
    "Evidence",
    "EvidenceRef",
    "Implication",
    "ImplicationPublic",
    "Involvement",
    "ItemType",
    "Provenance",
    "Quote",
    "QuotePublic",
    "Section",
    "SectionPublic",
]
